package metrics

import (
	"context"
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/handoffkit/handoffkit/qualify"
)

// The two text detectors of the report, with their cues as data.
//
// AskedFields finds the schema fields a rep message asks the lead for. It
// reads only the message's questions (a sentence ending in "?", or one
// that opens like a question or a request: "what", "when", "tell me",
// "let me know") and takes a field as asked when either the rule
// extractor of package qualify (the one that fills fields from the lead's
// answers) finds it in the question ("is the roof in good shape?",
// "are you hoping to sell within 30 days?") or one of the field's ask cues
// below matches ("why are you selling?", "how much are you hoping to
// get?"). A question about when to talk ("does 3pm work for a call?") asks
// no field.
//
// ContextLoss finds a lead message that says the lead is repeating
// themselves: "like I already told you", "I told the bot", "how many
// times".

// askCues name the field each pattern asks for.
var askCues = textmatch.MustCompile(map[string]textmatch.Set{
	"sell":  textmatch.NewSet("sell", "selling", "move", "moving", "list", "listing", "buy", "buying", "purchase", "close", "closing", "start", "starting", "decide", "switch", "implement", "launch", "go", "sold"),
	"want":  textmatch.NewSet("want", "hoping", "looking", "expecting", "asking", "need", "get", "thinking", "take", "accept", "wanting"),
	"house": textmatch.NewSet("house", "home", "place", "property", "roof", "kitchen", "foundation", "condo", "it", "everything", "basement", "hvac", "plumbing"),
}, []textmatch.Rule{
	{Name: "motivation", Pattern: "why ~4 @sell / reason|reasons ~3 @sell|sale / what|whats ~3 prompting|prompted|brings / what|whats ~2 made|got you / motivat* / what is behind"},
	{Name: "motivation", Pattern: "what is going on with ~2 @house / what is the situation / what led"},
	{Name: "condition", Pattern: "condition|shape|repairs|repair|updates|updated|renovated|issues|problems|damage|fixing|maintenance"},
	{Name: "condition", Pattern: "how is ~2 @house / how is ~2 @house / how does ~2 @house / need|needs ~3 work|repairs|repair|fixing / what ~2 wrong with"},
	{Name: "timeline", Pattern: "when ~5 @sell|@want|ready|done|out / how soon|quickly|fast / timeline|timeframe|timing / time frame / by when / how long ~3 @want|have|until"},
	{Name: "timeline", Pattern: "what|whats ~2 your|the date|deadline / target date"},
	{Name: "price", Pattern: "how much ~5 @want|worth|think|sell|value / price|number|figure|amount ~3 in mind / what ~3 price|number|figure|value / asking price / bottom line / lowest ~2 take|accept|go"},
	{Name: "budget", Pattern: "budget|budgeted / price range / how much ~4 spend|invest|allocate|afford|budgeted / what ~2 spend"},
	{Name: "authority", Pattern: "who ~4 decision|decide|decides|sign|signs|signing|approve|approves|involved|else / decision maker|makers / decisionmaker / anyone else ~3 involved|decide|decision|title / on the title"},
	{Name: "need", Pattern: "what ~4 problem|problems|challenge|challenges|solve|fix|need|needs|pain / pain point|points / what brings you / looking for help with / what are you trying"},
	{Name: "company_size", Pattern: "how many ~3 employees|people|users|seats|reps|staff|agents|locations|team / how big|large ~2 team|company|org|staff / size of ~2 team|company|org"},
	{Name: "role", Pattern: "what|whats ~2 your role|title|position|job / what do you do / your role"},
	{Name: "use_case_fit", Pattern: "use case|cases / how would|will you use / what would|will you use / use it for / using it for"},
})

// questionStarts open a sentence that asks even without a "?".
var questionStarts = textmatch.NewSet("what", "whats", "when", "whens", "why", "how", "hows", "where", "which", "who", "whos",
	"is", "are", "do", "does", "did", "can", "could", "would", "will", "have", "has", "any", "mind", "tell", "let", "curious", "wondering", "quick")

// scheduling marks a question about when to talk, not about the lead.
var scheduling = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "schedule", Pattern: "work|works|good|free|available|best ~3 call|chat|talk|meeting|meet|zoom|phone|reach|catch"},
	{Name: "schedule", Pattern: "call|chat|talk|meet|hop|jump ~4 today|tomorrow|monday|tuesday|wednesday|thursday|friday|am|pm|morning|afternoon|evening|later|now"},
	{Name: "schedule", Pattern: "best time|number ~3 reach|call"},
})

var ruleExtractor = qualify.NewRuleExtractor(nil)

// AskedFields returns the fields of schema that the rep message text asks
// the lead for, in schema order (see the package's detector notes).
func AskedFields(text string, schema qualify.Schema) []qualify.Field {
	var asked []qualify.Field
	add := func(f qualify.Field) {
		if slices.Contains(schema.Fields, f) && !slices.Contains(asked, f) {
			asked = append(asked, f)
		}
	}
	for _, q := range questions(text) {
		t := textmatch.Normalize(q)
		if _, ok := scheduling.First(t, nil); ok {
			continue
		}
		askCues.Each(t, func(m textmatch.Match) bool {
			add(qualify.Field(m.Name))
			return true
		})
		vals, _ := ruleExtractor.Extract(context.Background(), qualify.ExtractInput{Schema: schema, Text: q})
		for _, v := range vals {
			add(v.Field)
		}
	}
	slices.SortFunc(asked, func(a, b qualify.Field) int { return slices.Index(schema.Fields, a) - slices.Index(schema.Fields, b) })
	return asked
}

// questions returns the sentences of text that ask.
func questions(text string) []string {
	var out []string
	start := 0
	flush := func(end int, mark bool) {
		s := strings.TrimSpace(text[start:end])
		start = end
		if s == "" {
			return
		}
		if mark {
			out = append(out, s)
			return
		}
		words := textmatch.Normalize(s).Words()
		if len(words) > 0 && questionStarts.Has(words[0]) {
			out = append(out, s)
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '?':
			flush(i+1, true)
		case '.', '!', '\n':
			if text[i] == '.' && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				continue
			}
			flush(i+1, false)
		}
	}
	flush(len(text), false)
	return out
}

var contextLossCues = textmatch.MustCompile(map[string]textmatch.Set{
	"said":  textmatch.NewSet("told", "said", "answered", "gave", "sent", "mentioned", "explained", "wrote", "texted", "covered", "shared", "asked"),
	"them":  textmatch.NewSet("you", "u", "ya", "yall", "that", "this", "it", "your", "the", "someone", "somebody", "them", "him", "her", "already", "before", "earlier"),
	"agent": textmatch.NewSet("bot", "ai", "robot", "assistant", "system", "agent", "guy", "girl", "lady", "person", "colleague", "coworker", "team", "computer", "automated"),
}, []textmatch.Rule{
	{Name: "already told", Pattern: "already @said ~2 @them / @said ~3 already / @said ~2 @them ~2 already|before|earlier|twice"},
	{Name: "already told", Pattern: "like|as i ~1 @said / i just @said|told / i ~1 @said ~2 @them ~1 @agent"},
	{Name: "already told", Pattern: "told|asked|answered ~3 @agent / @agent ~3 asked|knows / @agent ~3 has|had it"},
	{Name: "repeating", Pattern: "how many times / repeat|repeating myself|this|that|it / same question|questions / asked me ~2 that|this ~1 already|before / you asked ~2 already|before"},
	{Name: "repeating", Pattern: "again ~2 seriously|really / why do i ~3 again / didnt you ~2 read|see|get"},
})

// ContextLoss reports whether a lead message says they are repeating
// themselves, and names the cue ("already told", "repeating").
func ContextLoss(text string) (string, bool) {
	m, ok := contextLossCues.First(textmatch.Normalize(text), nil)
	return m.Name, ok
}
