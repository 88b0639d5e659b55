package brief

import (
	"fmt"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// The cues of the brief, as data. Each rule's Name is the label the brief
// shows; patterns use the textmatch syntax (see internal/textmatch). They
// add to [trigger.Analyze], which finds questions, competitors, topics,
// frustration and the objections, price worries among them ("worried
// about the price", "rate seems too high": "price concern"), read here
// sentence by sentence.

// labelPriceWorry is trigger's objection for a price worry; the summary
// and the one thing the lead needs most put it first.
const (
	labelPriceWorry   = "price concern"
	labelDecidesAlone = "decides alone"
)

var urgencyCues = textmatch.MustCompile(map[string]textmatch.Set{
	"soon":  textmatch.NewSet("asap", "urgent", "urgently", "immediately", "quickly", "fast", "soon", "hurry"),
	"unit":  textmatch.NewSet("day", "days", "week", "weeks"),
	"close": textmatch.NewSet("closing", "closes", "close", "deadline", "due", "auction", "expires", "expiring", "moving", "move", "leaving", "start", "starts"),
}, []textmatch.Rule{
	{Name: "hard deadline", Pattern: "@close ~4 in|within _ @unit"},
	{Name: "hard deadline", Pattern: "by|before friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|eom"},
	{Name: "hard deadline", Pattern: "end of ~1 month|week / first of the month / deadline|auction ~3 is|on|date"},
	{Name: "this week", Pattern: "this|next week"},
	{Name: "wants it fast", Pattern: "asap / as soon as possible / right away / urgent|urgently / immediately / need|needs ~3 fast|quickly|soon"},
	{Name: "wants it fast", Pattern: "in a hurry / time sensitive / running out of time / cant wait"},
})

var moneyCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "pre-approved", Pattern: "preapproved|preapproval / pre approved|approval"},
	{Name: "paying cash", Pattern: "pay|paying|buying in? cash / cash buyer|offer"},
	{Name: "needs financing", Pattern: "financing|finance|loan|mortgage|lender|credit"},
	{Name: "owes on it", Pattern: "owe|owes|owed / still have a mortgage / behind on|in ~2 payments|mortgage / underwater / upside down"},
	{Name: "budget", Pattern: "budget|budgeted"},
})

// decisionCues find who decides; "decides with" rules name the person
// from the @who word they matched.
var decisionCues = textmatch.MustCompile(map[string]textmatch.Set{"who": decisionWho}, []textmatch.Rule{
	{Name: "decides with", Pattern: "talk|check|ask|discuss|consult ~3 my|our|the @who / run it by ~2 my|our|the @who"},
	{Name: "decides with", Pattern: "my|our @who and i / @who and i ~3 decide|own|agree|need|want"},
	{Name: "decides with", Pattern: "@who ~2 decides|decide|signs|approves|approve / @who ~2 has the final / @who ~3 on the title / coowner|coowners"},
	{Name: labelDecidesAlone, Pattern: "my call|decision / i decide|sign / i own it / im the owner / im the decision maker / im the only|sole owner / up to me"},
})

var interestCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "cash offer", Pattern: "cash offer / offer in cash"},
	{Name: "selling as-is", Pattern: "as is / as it is / without repairs|fixing"},
	{Name: "quick close", Pattern: "quick|fast close|closing|sale"},
	{Name: "renting back", Pattern: "rent back / rentback|leaseback / stay ~3 after closing"},
	{Name: "closing costs", Pattern: "closing costs"},
	{Name: "moving help", Pattern: "help|helping ~2 moving|move / moving costs"},
	{Name: "integrations", Pattern: "integrate|integrates|integration|integrations|api|salesforce|hubspot|zapier|slack"},
	{Name: "reporting", Pattern: "report|reports|reporting|dashboard|dashboards|analytics"},
	{Name: "security", Pattern: "security|sso|soc|gdpr|hipaa|compliance|encryption"},
	{Name: "onboarding", Pattern: "onboarding|training|setup|implementation|migrate|migration"},
	{Name: "a demo", Pattern: "demo|trial|walkthrough / walk through"},
	{Name: "warranty", Pattern: "warranty|guarantee"},
	{Name: "installation", Pattern: "install|installation|installing"},
})

// sentimentCues score a lead message: positive rules add, negative rules
// subtract; frustration ([trigger.Analyze]) is -2.
var sentimentCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "+", Pattern: "thanks|thank|great|perfect|awesome|excellent|amazing|wonderful|love|glad|excited|happy|appreciate|appreciated"},
	{Name: "+", Pattern: "sounds good|great / works for me / lets do it|this / cant wait / looking forward"},
	{Name: "-", Pattern: "worried|worry|concerned|nervous|stressed|stressful|scared|confused|unfortunately|sad|upset|overwhelmed"},
	{Name: "-", Pattern: "not happy|sure|thrilled|interested / dont like|want / no thanks"},
})

// cueHits are the labels one message matched.
type cueHits struct {
	urgency, money, decision, interests []string
	pos, neg                            []string // sentiment cue words
}

func scan(text string) cueHits {
	t := textmatch.Cached(text)
	var h cueHits
	names := func(m *textmatch.Matcher) []string {
		var out []string
		m.Each(t, func(x textmatch.Match) bool {
			out = appendNew(out, x.Name)
			return true
		})
		return out
	}
	h.urgency = names(urgencyCues)
	h.money = names(moneyCues)
	for _, a := range textmatch.Amounts(t) {
		if a.Explicit {
			h.money = appendNew(h.money, "amount: "+dollars(a.Value))
		}
	}
	decisionCues.Each(t, func(x textmatch.Match) bool {
		label := x.Name
		if label != labelDecidesAlone {
			who := ""
			for _, w := range t.Toks[x.Start:x.End] {
				if decisionWho.Has(w) {
					who = w
				}
			}
			if who == "" {
				return true
			}
			label = "decides with " + whoLabel(who)
		}
		h.decision = appendNew(h.decision, label)
		return true
	})
	h.interests = names(interestCues)
	sentimentCues.Each(t, func(x textmatch.Match) bool {
		words := strings.Join(t.Toks[x.Start:x.End], " ")
		if x.Name == "+" {
			h.pos = append(h.pos, words)
		} else {
			h.neg = append(h.neg, words)
		}
		return true
	})
	return h
}

var decisionWho = textmatch.NewSet("wife", "husband", "spouse", "partner", "brother", "sister", "mom", "dad", "mother", "father",
	"boss", "board", "team", "cfo", "ceo", "owner", "kids", "son", "daughter", "family", "lawyer", "attorney", "accountant", "siblings")

func whoLabel(w string) string {
	switch w {
	case "wife", "husband", "spouse", "partner":
		return "their " + w
	case "cfo", "ceo":
		return "the " + w
	}
	return "their " + w
}

// sentimentOf scores one lead message.
func sentimentOf(m store.Message, sig trigger.Signals, h cueHits) SentimentPoint {
	p := SentimentPoint{MessageID: m.ID, At: m.CreatedAt}
	switch {
	case sig.Frustrated:
		p.Score, p.Cue = -2, sig.FrustrationRule
	case len(h.neg) > len(h.pos):
		p.Score, p.Cue = -1, h.neg[0]
	case len(h.pos) > len(h.neg):
		p.Score, p.Cue = 1, h.pos[0]
		if sig.Commitment >= 2 || len(h.pos) > 1 {
			p.Score = 2
		}
	case sig.Commitment >= 2:
		p.Score, p.Cue = 1, sig.CommitmentCue
	}
	switch {
	case p.Score < 0:
		p.Label = "negative"
	case p.Score > 0:
		p.Label = "positive"
	default:
		p.Label = "neutral"
	}
	return p
}

// dollars formats whole dollars with thousands separators.
func dollars(v int) string {
	s := fmt.Sprint(v)
	out := make([]byte, 0, len(s)+len(s)/3+1)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return "$" + string(out)
}
