package brief

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// SchemaVersion is the version of the JSON form of a [Brief]
// (brief.schema.json). It changes only when a field is removed or changes
// meaning; new optional fields keep the version.
const SchemaVersion = 1

// CallbackField is the conversation field under which the engine stores
// the callback time the lead asked for ("tomorrow after 5"):
// [qualify.CallbackField].
const CallbackField = store.FieldName(qualify.CallbackField)

// Brief is what a rep reads before picking up a handed-off lead: a
// summary and the signals that matter first (the 60-second read), then
// every field with the lead's own words, and the whole transcript on
// demand. [Build] makes it; [Brief.Text], [Brief.SMS], [Brief.Markdown]
// and [Brief.JSON] render it. Its job is that the rep walks in primed and
// asks the lead nothing twice ([Brief.DoNotAsk]).
type Brief struct {
	SchemaVersion  int    `json:"schema_version"`
	TenantID       string `json:"tenant_id"`
	ConversationID string `json:"conversation_id"`
	Lead           Lead   `json:"lead"`
	Channel        string `json:"channel,omitempty"`

	// Summary is two or three sentences for the rep: the rule-based one
	// from [Build], or a [Summarizer]'s ([Summarize]). SummaryBy says which:
	// "rules" or "summarizer".
	Summary   string `json:"summary"`
	SummaryBy string `json:"summary_by"`

	// Reason is the trigger reason ("explicit_ask", "fields", ...),
	// ReasonLabel its wording for people, Detail the trigger's detail.
	Reason      string    `json:"reason"`
	ReasonLabel string    `json:"reason_label"`
	Detail      string    `json:"detail,omitempty"`
	HandoffAt   time.Time `json:"handoff_at"`
	// WhyNow lists the reason and the signals met by the message that
	// fired the handoff ("asked for a person: \"can you just call me\"").
	WhyNow []string `json:"why_now"`
	Score  int      `json:"score"`

	AssignedTo   string `json:"assigned_to,omitempty"`
	AssignedName string `json:"assigned_name,omitempty"`

	// Consent is "" while the lead may be contacted, "opted_out" once they
	// revoked consent (the conversation's status is opted out: nobody
	// calls or texts them), and "possible_opt_out" while a person must
	// decide whether a message revoked it (the opt-out review). The
	// renderings lead with it in place of "HOT".
	Consent string `json:"consent,omitempty"`

	// Urgency is what says how soon the lead wants to move: the timeline
	// field and urgency cues ("asap", "closing in 9 days").
	Urgency []Signal `json:"urgency"`
	// Money lists money signals: amounts, budget, financing, debts.
	Money []Signal `json:"money"`
	// DecisionMaker is one line on who decides ("decides with their
	// spouse", "decides alone", "not stated"); DecisionEvidence the lead's
	// words behind it.
	DecisionMaker    string   `json:"decision_maker"`
	DecisionEvidence []Signal `json:"decision_evidence"`
	// NeedsMost is the one thing the lead seems to need most (see
	// [Build] for the order of the rules).
	NeedsMost *Signal `json:"needs_most,omitempty"`
	// Objections are what the lead pushed back on: the objection cues of
	// [trigger.Analyze] ("price concern", "price too low", "needs to
	// consult", ...), each with the sentence it came from.
	Objections []Signal `json:"objections"`
	// Questions are the lead's own questions, in order, to answer first.
	Questions []string `json:"questions"`
	// Competitors are the competitors the lead mentioned.
	Competitors []string `json:"competitors"`
	// Topics are the out-of-scope topics asked about (pricing, legal,
	// billing) that the AI did not answer.
	Topics []string `json:"topics"`
	// Interests are features or topics the lead showed interest in.
	Interests []Signal `json:"interests"`
	// Sentiment is one point per lead message, oldest first; Trend sums
	// it up: "warming", "cooling", "steady", "mixed" or "" with no lead
	// message.
	Sentiment []SentimentPoint `json:"sentiment"`
	Trend     string           `json:"trend"`
	// Frustrated is set when any lead message read as annoyed, and for a
	// handoff whose reason is frustration (the message that fired it
	// reads as frustrated, whichever tier read it so).
	Frustrated bool `json:"frustrated"`

	// Callback is the callback time the lead gave, when known.
	Callback *Signal `json:"callback,omitempty"`
	// Meetings are the meetings booked for this conversation (its
	// bookings and Conversation.Meeting); Offered the slots offered to the
	// lead that wait for a pick.
	Meetings []Meeting `json:"meetings"`
	Offered  []Meeting `json:"offered"`

	Tags       []Tag             `json:"tags"`
	Attributes map[string]string `json:"attributes"`

	// Fields lists every schema field in schema order (Known false for
	// the ones still to ask), then other known fields by name.
	Fields []Field `json:"fields"`
	// DoNotAsk lists, one line each, what the lead already told us, so
	// that nobody asks twice: every known field ("motivation: inherited
	// (\"I inherited it from my dad\")"), then the callback time they gave
	// ("callback time: tomorrow after 5 (\"...\")"), each meeting booked
	// ("meeting: Mon 16 Mar 10:30-10:45 CDT with sarah (booked)") and who
	// decides when they said it ("who decides: decides with their husband
	// (\"...\")").
	DoNotAsk []string `json:"do_not_ask"`
	// StillToAsk lists the schema fields nobody has answered yet.
	StillToAsk []string `json:"still_to_ask"`

	// LastLeadMessage is the lead's latest message.
	LastLeadMessage string `json:"last_lead_message"`
	// Transcript is the whole conversation, oldest first: never cut.
	Transcript []Turn `json:"transcript"`
}

// Lead is the contact in a [Brief].
type Lead struct {
	Name    string `json:"name"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Source  string `json:"source,omitempty"`
	Company string `json:"company,omitempty"`
}

// Signal is one thing the rep should know, with the lead's own words and
// the message they came from.
type Signal struct {
	Label     string    `json:"label"`                // "price concern", "timeline: within 30 days"
	Quote     string    `json:"quote,omitempty"`      // the lead's words
	MessageID string    `json:"message_id,omitempty"` // the message quoted
	At        time.Time `json:"at,omitzero"`          // when it was written
}

// SentimentPoint is the sentiment of one lead message: Score from -2
// (angry) to 2 (delighted), Label "negative", "neutral" or "positive",
// and Cue the words that decided it ("" for neutral).
type SentimentPoint struct {
	MessageID string    `json:"message_id"`
	At        time.Time `json:"at"`
	Score     int       `json:"score"`
	Label     string    `json:"label"`
	Cue       string    `json:"cue,omitempty"`
}

// Meeting is a meeting booked on a rep's calendar.
type Meeting struct {
	Start    time.Time `json:"start"`
	End      time.Time `json:"end"`
	TimeZone string    `json:"time_zone,omitempty"`
	RepID    string    `json:"rep_id"`
	Status   string    `json:"status"`
}

// Tag is a label on the conversation and where it came from.
type Tag struct {
	Name   string `json:"name"`
	Source string `json:"source,omitempty"`
}

// Field is one qualification field with the lead's own words.
type Field struct {
	Name       string    `json:"name"`
	Known      bool      `json:"known"`
	InSchema   bool      `json:"in_schema"`
	Value      string    `json:"value,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
	Quote      string    `json:"quote,omitempty"`      // the lead message it came from
	MessageID  string    `json:"message_id,omitempty"` // that message's ID
	At         time.Time `json:"at,omitzero"`          // when that message was written
	// Source is "transcript" for a field the conversation did not hold
	// that Build read from the lead's messages with the rule extractor (a
	// lead who answered after the handoff); "" for a stored field.
	Source string `json:"source,omitempty"`
}

// Input is what [Build] reads.
type Input struct {
	// Conversation is the conversation as handed off: its handoff reason,
	// detail, time and triggering message, assignee (AssignedName is shown), fields, score,
	// tags and attributes.
	Conversation store.Conversation
	// Messages is the whole transcript, oldest first. Build keeps every
	// message: pass all of them, not a recent window.
	Messages []store.Message
	// Schema orders the fields; zero means [qualify.RealEstate].
	Schema qualify.Schema
	// Competitors are names to look for in lead messages ("Opendoor").
	Competitors []string
	// Bookings are the conversation's meetings (store.BookingTx); those
	// cancelled are left out.
	Bookings []store.Booking
}

// Consent values of a [Brief].
const (
	ConsentOptedOut       = "opted_out"
	ConsentPossibleOptOut = "possible_opt_out"
)

// consentOf is a conversation's [Brief.Consent]: opted out by its status,
// a possible opt-out while its review waits (paused, handed off for
// possible_opt_out).
func consentOf(c store.Conversation) string {
	switch {
	case c.Status == store.StatusOptedOut:
		return ConsentOptedOut
	case c.State == store.StatePaused && c.HandoffReason == ConsentPossibleOptOut:
		return ConsentPossibleOptOut
	}
	return ""
}

// Build makes the brief of a conversation. It is pure and deterministic:
// the same input gives the same brief. The summary is the rule-based one
// ([RuleSummary]); [Summarize] replaces it with a [Summarizer]'s.
//
// The one thing the lead needs most is picked by the first rule that
// applies: a deadline or urgency cue; frustration; a price concern or
// another objection; the lead's latest question; the motivation field;
// an ask for a person.
//
// The lead message that fired the handoff is read with what the handoff's
// reason says of it: for a handoff for frustration it reads as frustrated
// (Frustrated, its sentiment, NeedsMost, WhyNow), whichever tier fired,
// though the brief's own rule cues may not read it so.
func Build(in Input) Brief {
	c := in.Conversation
	schema := in.Schema
	if len(schema.Fields) == 0 {
		schema = qualify.RealEstate
	}
	b := Brief{
		SchemaVersion: SchemaVersion, TenantID: c.TenantID, ConversationID: c.ID,
		Lead:    Lead{Name: c.Lead.Name, Phone: c.Lead.Phone, Email: c.Lead.Email, Source: c.Lead.Source, Company: c.Lead.Company},
		Channel: string(c.Channel), SummaryBy: "rules",
		Reason: c.HandoffReason, ReasonLabel: ReasonLabel(c.HandoffReason, ""), Detail: c.HandoffDetail, HandoffAt: c.HandoffAt,
		Score: c.Score, AssignedTo: c.AssignedTo, AssignedName: c.AssignedName, Consent: consentOf(c),
		WhyNow: []string{}, Urgency: []Signal{}, Money: []Signal{}, DecisionEvidence: []Signal{}, Objections: []Signal{},
		Questions: []string{}, Competitors: []string{}, Topics: []string{}, Interests: []Signal{},
		Sentiment: []SentimentPoint{}, Meetings: []Meeting{}, Offered: []Meeting{}, Tags: []Tag{}, Attributes: map[string]string{},
		Fields: []Field{}, DoNotAsk: []string{}, StillToAsk: []string{}, Transcript: make([]Turn, 0, len(in.Messages)),
	}
	byID := make(map[string]store.Message, len(in.Messages))
	trig := handoffMessage(c, in.Messages)
	var firstObjection, firstUrgency, frustration *Signal
	var lastQuestion *Signal
	var askedForPerson *Signal
	for i := range in.Messages {
		m := in.Messages[i]
		byID[m.ID] = m
		b.Transcript = append(b.Transcript, Turn{ID: m.ID, Origin: string(m.Origin), Author: m.Author, Text: m.Body, At: m.CreatedAt})
		if m.Origin != store.OriginLead {
			continue
		}
		b.LastLeadMessage = m.Body
		sig := trigger.Analyze(m.Body, in.Competitors...)
		if trig == &in.Messages[i] {
			sig = handoffSignals(c, sig)
		}
		quote := func(label, q string) Signal { return Signal{Label: label, Quote: q, MessageID: m.ID, At: m.CreatedAt} }
		for _, q := range sig.Questions {
			if trigger.Analyze(q).ExplicitAsk {
				continue // an ask for a person is the reason, not a question
			}
			if !slices.Contains(b.Questions, q) {
				b.Questions = append(b.Questions, q)
			}
			s := quote("an answer to their question", q)
			lastQuestion = &s
		}
		b.Competitors = appendNew(b.Competitors, sig.Competitors...)
		for _, t := range sig.OutOfScope {
			b.Topics = appendNew(b.Topics, string(t))
		}
		// Cues are read sentence by sentence, so that each quotes only
		// the sentence it came from.
		var all cueHits
		for _, sentence := range sentences(m.Body) {
			cues := scan(sentence)
			for _, o := range trigger.Analyze(sentence).Objections {
				if !hasLabel(b.Objections, o) {
					b.Objections = append(b.Objections, quote(o, sentence))
					if firstObjection == nil || o == labelPriceWorry && firstObjection.Label != labelPriceWorry {
						s := quote(o, sentence)
						firstObjection = &s
					}
				}
			}
			for _, u := range cues.urgency {
				if !hasLabel(b.Urgency, u) && !slices.ContainsFunc(b.Urgency, func(x Signal) bool { return x.MessageID == m.ID && x.Quote == sentence }) {
					b.Urgency = append(b.Urgency, quote(u, sentence))
					if firstUrgency == nil {
						s := quote(u, sentence)
						firstUrgency = &s
					}
				}
			}
			for _, mo := range cues.money {
				if !hasLabel(b.Money, mo) {
					b.Money = append(b.Money, quote(mo, sentence))
				}
			}
			for _, d := range cues.decision {
				if !hasLabel(b.DecisionEvidence, d) {
					b.DecisionEvidence = append(b.DecisionEvidence, quote(d, sentence))
				}
			}
			for _, it := range cues.interests {
				if !hasLabel(b.Interests, it) {
					b.Interests = append(b.Interests, quote(it, sentence))
				}
			}
			all.pos = append(all.pos, cues.pos...)
			all.neg = append(all.neg, cues.neg...)
		}
		if sig.Frustrated {
			b.Frustrated = true
			if frustration == nil {
				s := quote(labelFrustrated, m.Body)
				frustration = &s
			}
		}
		if sig.ExplicitAsk && askedForPerson == nil {
			s := quote("a call from a person", m.Body)
			askedForPerson = &s
		}
		b.Sentiment = append(b.Sentiment, sentimentOf(m, sig, all))
	}
	b.Trend = trend(b.Sentiment)
	if frustration == nil && c.HandoffReason == string(trigger.ReasonFrustration) {
		// no lead message of the handoff at hand: the reason still says it
		b.Frustrated = true
		frustration = &Signal{Label: labelFrustrated}
	}
	var read map[store.FieldName]bool
	c.Fields, read = withTranscriptFields(schema, c.Fields, in.Messages)
	b.fields(schema, c, byID, read)
	b.moneyFields(c, byID)
	b.whyNow(in.Conversation, schema, trig, in.Competitors) // the fields known at the handoff
	b.DecisionMaker = decisionLine(b.DecisionEvidence, c)
	if f, ok := c.Fields[CallbackField]; ok && f.Value != "" {
		s := fieldSignal(f, byID)
		s.Label = f.Value
		b.Callback = &s
	}
	for _, bk := range in.Bookings {
		if !bk.Status.Active() {
			continue
		}
		b.Meetings = append(b.Meetings, Meeting{Start: bk.Start.UTC(), End: bk.End.UTC(), TimeZone: bk.TimeZone, RepID: bk.RepID, Status: string(bk.Status)})
	}
	if bk := c.Meeting.Booked; !bk.Start.IsZero() && !slices.ContainsFunc(b.Meetings, func(m Meeting) bool {
		return m.RepID == bk.RepID && m.Start.Equal(bk.Start.UTC())
	}) {
		b.Meetings = append(b.Meetings, Meeting{Start: bk.Start.UTC(), End: bk.End.UTC(), TimeZone: bk.TimeZone, RepID: bk.RepID, Status: string(store.BookingBooked)})
	}
	for _, o := range c.Meeting.Offered {
		b.Offered = append(b.Offered, Meeting{Start: o.Start.UTC(), End: o.End.UTC(), TimeZone: o.TimeZone, RepID: o.RepID, Status: "offered"})
	}
	slices.SortStableFunc(b.Meetings, func(x, y Meeting) int { return x.Start.Compare(y.Start) })
	b.answered()
	for _, t := range c.Tags {
		if !slices.ContainsFunc(b.Tags, func(x Tag) bool { return x.Name == t.Name }) {
			b.Tags = append(b.Tags, Tag{Name: t.Name, Source: t.Source})
		}
	}
	maps.Copy(b.Attributes, c.Attributes)

	// The one thing the lead needs most.
	var motivation *Signal
	if f, ok := c.Fields[store.FieldName(qualify.Motivation)]; ok && f.Value != "" {
		s := fieldSignal(f, byID)
		s.Label = "a way out of their situation: " + f.Value
		motivation = &s
	}
	for _, s := range []*Signal{firstUrgency, frustration, firstObjection, lastQuestion, motivation, askedForPerson} {
		if s != nil {
			needs := *s
			switch {
			case s == firstUrgency:
				needs.Label = "speed: " + s.Label
			case s == firstObjection:
				needs.Label = "reassurance on " + s.Label
			}
			b.NeedsMost = &needs
			break
		}
	}
	b.Summary = RuleSummary(b)
	return b
}

// transcriptSource marks a field that Build read from the lead's messages
// because the conversation did not hold it (the lead said it after the
// handoff, or the engine's extractor missed it).
const transcriptSource = "transcript"

var ruleExtractor = qualify.NewRuleExtractor(nil)

// withTranscriptFields returns fields plus the schema fields it lacks that
// the rule extractor finds, confidently, in the lead's messages (the
// latest statement wins), and the names of those it added.
func withTranscriptFields(schema qualify.Schema, fields map[store.FieldName]store.Field, msgs []store.Message) (map[store.FieldName]store.Field, map[store.FieldName]bool) {
	missing := false
	for _, f := range schema.Fields {
		if v, ok := fields[store.FieldName(f)]; !ok || v.Value == "" {
			missing = true
		}
	}
	if !missing {
		return fields, nil
	}
	out := maps.Clone(fields)
	if out == nil {
		out = map[store.FieldName]store.Field{}
	}
	read := map[store.FieldName]bool{}
	for _, m := range msgs {
		if m.Origin != store.OriginLead {
			continue
		}
		vals, _ := ruleExtractor.Extract(context.Background(), qualify.ExtractInput{Schema: schema, Text: m.Body, MessageID: m.ID})
		for _, v := range vals {
			name := store.FieldName(v.Field)
			if cur, ok := fields[name]; (ok && cur.Value != "") || v.Confidence < schema.MinConfidence {
				continue
			}
			out[name] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: m.ID, UpdatedAt: m.CreatedAt}
			read[name] = true
		}
	}
	return out, read
}

// fields fills Fields, DoNotAsk and StillToAsk.
func (b *Brief) fields(schema qualify.Schema, c store.Conversation, byID map[string]store.Message, read map[store.FieldName]bool) {
	seen := map[store.FieldName]bool{CallbackField: true}
	add := func(name store.FieldName, inSchema bool) {
		seen[name] = true
		bf := Field{Name: string(name), InSchema: inSchema}
		f, ok := c.Fields[name]
		if !ok || f.Value == "" {
			if inSchema {
				b.StillToAsk = append(b.StillToAsk, string(name))
				b.Fields = append(b.Fields, bf)
			}
			return
		}
		s := fieldSignal(f, byID)
		bf.Known, bf.Value, bf.Confidence, bf.Quote, bf.MessageID, bf.At = true, f.Value, f.Confidence, s.Quote, f.MessageID, s.At
		if read[name] {
			bf.Source = transcriptSource
		}
		b.DoNotAsk = append(b.DoNotAsk, answer(fmt.Sprintf("%s: %s", name, f.Value), bf.Quote))
		b.Fields = append(b.Fields, bf)
	}
	for _, f := range schema.Fields {
		add(store.FieldName(f), true)
	}
	for _, name := range slices.Sorted(maps.Keys(c.Fields)) {
		if !seen[name] {
			add(name, false)
		}
	}
}

// answer is one line of DoNotAsk: what the lead told, then their words
// when there are some.
func answer(line, quote string) string {
	if quote == "" {
		return line
	}
	return line + fmt.Sprintf(" (%q)", quote)
}

// answered adds to DoNotAsk, after the fields, what else the lead told
// that a rep could ask again: the callback time, each meeting booked (a
// time only offered is still the lead's to pick) and who decides, when
// the lead said it (a role field is among the fields already).
func (b *Brief) answered() {
	if b.Callback != nil {
		b.DoNotAsk = append(b.DoNotAsk, answer("callback time: "+b.Callback.Label, b.Callback.Quote))
	}
	for _, m := range b.Meetings {
		if m.Status == string(store.BookingBooked) {
			b.DoNotAsk = append(b.DoNotAsk, "meeting: "+meeting(m))
		}
	}
	if len(b.DecisionEvidence) > 0 && strings.HasPrefix(b.DecisionMaker, "decides ") {
		who, _, _ := strings.Cut(b.DecisionMaker, ":")
		b.DoNotAsk = append(b.DoNotAsk, answer("who decides: "+who, b.DecisionEvidence[0].Quote))
	}
}

// moneyFields puts the money fields first in Money and the timeline
// field first in Urgency.
func (b *Brief) moneyFields(c store.Conversation, byID map[string]store.Message) {
	money := []Signal{}
	for _, name := range []qualify.Field{qualify.Price, qualify.Budget} {
		if f, ok := c.Fields[store.FieldName(name)]; ok && f.Value != "" {
			s := fieldSignal(f, byID)
			s.Label = string(name) + ": " + f.Value
			money = append(money, s)
		}
	}
	for _, cue := range b.Money {
		if v, ok := strings.CutPrefix(cue.Label, "amount: "); ok && slices.ContainsFunc(money, func(f Signal) bool { return strings.HasSuffix(f.Label, ": "+v) }) {
			continue // the price or budget field says it already
		}
		money = append(money, cue)
	}
	b.Money = money
	if f, ok := c.Fields[store.FieldName(qualify.Timeline)]; ok && f.Value != "" {
		s := fieldSignal(f, byID)
		s.Label = "timeline: " + f.Value
		b.Urgency = append([]Signal{s}, b.Urgency...)
	}
}

// whyNow lists the reason, then the signals the triggering message met.
func (b *Brief) whyNow(c store.Conversation, schema qualify.Schema, trig *store.Message, competitors []string) {
	if c.HandoffReason != "" {
		b.WhyNow = append(b.WhyNow, ReasonLabel(c.HandoffReason, c.HandoffDetail))
	}
	if trig != nil {
		sig := handoffSignals(c, trigger.Analyze(trig.Body, competitors...))
		q := fmt.Sprintf(" (%q)", trig.Body)
		if sig.ExplicitAsk {
			b.WhyNow = append(b.WhyNow, "asked for a person"+q)
		}
		if sig.Frustrated {
			b.WhyNow = append(b.WhyNow, "sounded frustrated"+q)
		}
		if sig.Commitment >= 2 {
			b.WhyNow = append(b.WhyNow, "ready to move: "+sig.CommitmentCue+q)
		}
		for _, t := range sig.OutOfScope {
			b.WhyNow = append(b.WhyNow, "asked about "+string(t)+q)
		}
		if len(sig.Competitors) > 0 {
			b.WhyNow = append(b.WhyNow, "mentioned "+strings.Join(sig.Competitors, ", ")+q)
		}
	}
	var confident []string
	for _, f := range schema.Fields {
		if v, ok := c.Fields[store.FieldName(f)]; ok && v.Value != "" && v.Confidence >= schema.MinConfidence {
			confident = append(confident, string(f))
		}
	}
	if len(confident) > 0 {
		b.WhyNow = append(b.WhyNow, fmt.Sprintf("%d of %d fields known: %s", len(confident), len(schema.Fields), strings.Join(confident, ", ")))
	}
	if c.Score > 0 {
		b.WhyNow = append(b.WhyNow, fmt.Sprintf("score %d/100", c.Score))
	}
}

// handoffMessage is the lead message that fired c's handoff: the one c
// names (HandoffMessageID), else (a handoff recorded without it, or a
// window of the transcript without it) the latest lead message written by
// the handoff's time; nil when msgs has none.
func handoffMessage(c store.Conversation, msgs []store.Message) *store.Message {
	var trig *store.Message
	for i := range msgs {
		m := &msgs[i]
		if m.Origin != store.OriginLead {
			continue
		}
		if c.HandoffMessageID != "" && m.ID == c.HandoffMessageID {
			return m
		}
		if c.HandoffAt.IsZero() || !m.CreatedAt.After(c.HandoffAt) {
			trig = m
		}
	}
	return trig
}

// handoffSignals are sig, the rule signals of the message that fired c's
// handoff, with what the handoff's reason says of it: a handoff for
// frustration read the lead frustrated, by whichever tier (the rules, the
// learned model, an LLM judge) or by the host (Escalate), and the brief
// says so rather than contradict its reason line. The cue is the
// trigger's, from the handoff's detail ("frustration (learned: ...)").
func handoffSignals(c store.Conversation, sig trigger.Signals) trigger.Signals {
	if sig.Frustrated || c.HandoffReason != string(trigger.ReasonFrustration) {
		return sig
	}
	cue := "frustration"
	if d, ok := strings.CutPrefix(c.HandoffDetail, "frustration ("); ok && strings.HasSuffix(d, ")") && len(d) > 1 {
		cue = strings.TrimSuffix(d, ")")
	}
	sig.Frustrated, sig.FrustrationRule = true, cue
	return sig
}

// fieldSignal quotes the message a field came from.
func fieldSignal(f store.Field, byID map[string]store.Message) Signal {
	s := Signal{Label: f.Value, MessageID: f.MessageID}
	if m, ok := byID[f.MessageID]; ok {
		s.Quote, s.At = m.Body, m.CreatedAt
	}
	return s
}

// decisionLine is the one line on who decides.
func decisionLine(ev []Signal, c store.Conversation) string {
	for _, name := range []qualify.Field{qualify.Authority, qualify.Role} {
		if f, ok := c.Fields[store.FieldName(name)]; ok && f.Value != "" {
			return "their role: " + f.Value
		}
	}
	var with []string
	alone := false
	for _, s := range ev {
		if w, ok := strings.CutPrefix(s.Label, "decides with "); ok {
			with = appendNew(with, w)
		} else if s.Label == labelDecidesAlone {
			alone = true
		}
	}
	switch {
	case len(with) > 0:
		return "decides with " + strings.Join(with, " and ") + ": bring them into the call"
	case alone:
		return "decides alone"
	}
	return "not stated: ask who else is on the title or signs off"
}

// trend sums up a sentiment trajectory: the last third against the first.
func trend(ps []SentimentPoint) string {
	if len(ps) == 0 {
		return ""
	}
	if len(ps) == 1 {
		return "steady"
	}
	k := max(1, len(ps)/3)
	first, last := 0, 0
	for _, p := range ps[:k] {
		first += p.Score
	}
	for _, p := range ps[len(ps)-k:] {
		last += p.Score
	}
	neg, pos := false, false
	for _, p := range ps {
		neg = neg || p.Score < 0
		pos = pos || p.Score > 0
	}
	switch {
	case last > first:
		return "warming"
	case last < first:
		return "cooling"
	case neg && pos:
		return "mixed"
	}
	return "steady"
}

func hasLabel(list []Signal, label string) bool {
	return slices.ContainsFunc(list, func(s Signal) bool { return s.Label == label })
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

// ReasonLabel is the wording of a handoff reason for people:
// "Explicit ask", "Qualification fields filled (two fields: motivation +
// condition)". Unknown reasons are shown as they are.
func ReasonLabel(reason, detail string) string {
	label, ok := reasonLabels[reason]
	if !ok {
		label = reason
	}
	if detail != "" && !strings.EqualFold(detail, label) {
		label += " (" + detail + ")"
	}
	return label
}

var reasonLabels = map[string]string{
	"explicit_ask":           "Explicit ask",
	"fields":                 "Qualification fields filled",
	"score":                  "Score crossed the threshold",
	"frustration":            "Lead is frustrated",
	"out_of_scope":           "Question the AI should not answer",
	"competitor":             "Competitor mentioned",
	"high_value":             "High-value lead",
	"possible_opt_out":       "Possible opt-out: a person decides",
	"escalate":               "Escalated",
	"lead_wrote_after_close": "The lead wrote after it was marked done",
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	return slices.SortedFunc(maps.Keys(m), cmp.Compare[string])
}

// sentences splits a message into its sentences (at . ! ? and line
// breaks, not inside numbers such as "3.5"), trimmed, the closing mark
// kept.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != '\n' {
			continue
		}
		if c == '.' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			continue
		}
		for i+1 < len(text) && (text[i+1] == '.' || text[i+1] == '!' || text[i+1] == '?') {
			i++
		}
		if t := strings.TrimSpace(text[start : i+1]); t != "" && strings.Trim(t, ".!?") != "" {
			out = append(out, t)
		}
		start = i + 1
	}
	if t := strings.TrimSpace(text[start:]); t != "" {
		out = append(out, t)
	}
	return out
}
