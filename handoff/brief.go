package handoff

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// Brief is what the rep reads before picking up a handed-off lead: a
// 60-second summary first, the full transcript on demand. Its job is that
// nobody asks the lead anything twice: every field the lead already
// answered is listed with the lead's own words, under [Brief.DoNotAsk].
//
// The rep notification outbox item carries a Brief as JSON.
type Brief struct {
	TenantID       string     `json:"tenant_id"`
	ConversationID string     `json:"conversation_id"`
	Lead           store.Lead `json:"lead"`
	Reason         string     `json:"reason"`           // trigger reason, e.g. "fields"
	Detail         string     `json:"detail,omitempty"` // e.g. "two fields: motivation + condition"
	HandoffAt      time.Time  `json:"handoff_at"`
	AssignedTo     string     `json:"assigned_to,omitempty"`
	AssignedName   string     `json:"assigned_name,omitempty"`
	Score          int        `json:"score"`

	// Fields lists every schema field in schema order; Known is false for
	// the ones still to ask ("not yet").
	Fields []BriefField `json:"fields"`
	// DoNotAsk lists, one line each, what the lead already told us
	// ("motivation: inherited (\"I inherited it from my dad\")").
	DoNotAsk []string `json:"do_not_ask"`
	// StillToAsk lists the schema fields nobody has answered yet.
	StillToAsk []string `json:"still_to_ask"`
	// Questions are the lead's own questions, in order, for the rep to
	// answer first.
	Questions []string `json:"questions,omitempty"`
	// Objections are what the lead pushed back on ("price too low", "need
	// to ask my wife"), so the rep does not walk into them.
	Objections []string `json:"objections,omitempty"`
	// Competitors are the competitors the lead mentioned (Config.Competitors
	// by name, "other company" for generic mentions).
	Competitors []string `json:"competitors,omitempty"`
	// Topics are the out-of-scope topics the lead asked about (pricing,
	// legal, billing) that the AI did not answer.
	Topics []string `json:"topics,omitempty"`
	// Frustrated is set when any lead message read as annoyed or offensive.
	Frustrated bool `json:"frustrated,omitempty"`
	// LastLeadMessage is the message that fired the handoff.
	LastLeadMessage string `json:"last_lead_message"`
	// Transcript is the recent conversation, oldest first.
	Transcript []BriefTurn `json:"transcript"`
}

// BriefField is one qualification field in a [Brief].
type BriefField struct {
	Name       string  `json:"name"`
	Known      bool    `json:"known"`
	Value      string  `json:"value,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
	Quote      string  `json:"quote,omitempty"` // the lead message it came from
}

// BriefTurn is one transcript line in a [Brief].
type BriefTurn struct {
	Origin store.Origin `json:"origin"`
	Body   string       `json:"body"`
	At     time.Time    `json:"at"`
}

func buildBrief(schema qualify.Schema, competitors []string, c store.Conversation, msgs []store.Message, repName string) Brief {
	b := Brief{TenantID: c.TenantID, ConversationID: c.ID, Lead: c.Lead, Reason: c.HandoffReason, Detail: c.HandoffDetail,
		HandoffAt: c.HandoffAt, AssignedTo: c.AssignedTo, AssignedName: repName, Score: c.Score,
		DoNotAsk: []string{}, StillToAsk: []string{}}
	byID := make(map[string]string, len(msgs))
	for _, m := range msgs {
		byID[m.ID] = m.Body
		b.Transcript = append(b.Transcript, BriefTurn{Origin: m.Origin, Body: m.Body, At: m.CreatedAt})
		if m.Origin == store.OriginLead {
			b.LastLeadMessage = m.Body
			sig := trigger.Analyze(m.Body, competitors...)
			b.Questions = appendNew(b.Questions, sig.Questions...)
			b.Objections = appendNew(b.Objections, sig.Objections...)
			b.Competitors = appendNew(b.Competitors, sig.Competitors...)
			for _, t := range sig.OutOfScope {
				b.Topics = appendNew(b.Topics, string(t))
			}
			b.Frustrated = b.Frustrated || sig.Frustrated
		}
	}
	for _, f := range schema.Fields {
		bf := BriefField{Name: string(f)}
		if v, ok := c.Fields[store.FieldName(f)]; ok && v.Value != "" {
			bf.Known, bf.Value, bf.Confidence, bf.Quote = true, v.Value, v.Confidence, byID[v.MessageID]
			line := fmt.Sprintf("%s: %s", f, v.Value)
			if bf.Quote != "" {
				line += fmt.Sprintf(" (%q)", bf.Quote)
			}
			b.DoNotAsk = append(b.DoNotAsk, line)
		} else {
			b.StillToAsk = append(b.StillToAsk, string(f))
		}
		b.Fields = append(b.Fields, bf)
	}
	return b
}

// appendNew appends the values of vs not already in list.
func appendNew(list []string, vs ...string) []string {
	for _, v := range vs {
		if !slices.Contains(list, v) {
			list = append(list, v)
		}
	}
	return list
}

// Text renders the brief for a notification: the summary a rep reads in
// under a minute, then the transcript.
func (b Brief) Text() string {
	var s strings.Builder
	name := b.Lead.Name
	if name == "" {
		name = "Lead"
	}
	fmt.Fprintf(&s, "HOT: %s", name)
	if b.Lead.Phone != "" {
		fmt.Fprintf(&s, " %s", b.Lead.Phone)
	}
	if b.Lead.Source != "" {
		fmt.Fprintf(&s, " (via %s)", b.Lead.Source)
	}
	fmt.Fprintf(&s, "\nWhy now: %s", reasonLabel(b.Reason, b.Detail))
	fmt.Fprintf(&s, "\nScore: %d/100", b.Score)
	s.WriteString("\nFields:")
	for _, f := range b.Fields {
		v := "not yet"
		if f.Known {
			v = f.Value
		}
		fmt.Fprintf(&s, " [%s: %s]", f.Name, v)
	}
	if len(b.DoNotAsk) > 0 {
		s.WriteString("\nAlready answered, don't ask again:")
		for _, l := range b.DoNotAsk {
			s.WriteString("\n  - " + l)
		}
	}
	if len(b.StillToAsk) > 0 {
		s.WriteString("\nStill to ask: " + strings.Join(b.StillToAsk, ", "))
	}
	if len(b.Questions) > 0 {
		s.WriteString("\nTheir questions:")
		for _, q := range b.Questions {
			s.WriteString("\n  - " + q)
		}
	}
	if len(b.Objections) > 0 {
		s.WriteString("\nObjections: " + strings.Join(b.Objections, "; "))
	}
	if len(b.Competitors) > 0 {
		s.WriteString("\nCompetitors mentioned: " + strings.Join(b.Competitors, ", "))
	}
	if len(b.Topics) > 0 {
		s.WriteString("\nAsked about (not answered by the AI): " + strings.Join(b.Topics, ", "))
	}
	if b.Frustrated {
		s.WriteString("\nHeads up: the lead sounded frustrated")
	}
	if b.LastLeadMessage != "" {
		fmt.Fprintf(&s, "\nLast message: %q", b.LastLeadMessage)
	}
	return s.String()
}

// ReasonLabel is the Hot inbox wording of a handoff reason, with its
// detail: "Explicit ask", "Qualification fields filled (two fields:
// motivation + condition)".
func ReasonLabel(reason, detail string) string { return reasonLabel(reason, detail) }

// reasonLabel is the Hot inbox wording of a handoff reason.
func reasonLabel(reason, detail string) string {
	var label string
	switch reason {
	case "explicit_ask":
		label = "Explicit ask"
	case "fields":
		label = "Qualification fields filled"
	case "score":
		label = "Score crossed the threshold"
	case "frustration":
		label = "Lead is frustrated"
	case "out_of_scope":
		label = "Question the AI should not answer"
	case "competitor":
		label = "Competitor mentioned"
	case "high_value":
		label = "High-value lead"
	case "possible_opt_out":
		label = "Possible opt-out: a person decides"
	default:
		label = reason
	}
	if detail != "" && !strings.EqualFold(detail, label) {
		label += " (" + detail + ")"
	}
	return label
}
