package bridge_test

import (
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestCheckFactsCertainAndDealTerms: a drafted text promises no outcome
// for sure in any of the words that say so ("definitely", "certainly",
// "absolutely", "100%"), commits to no deal term without a hedge
// ("We'll close in 7 days, no problem"), and offers no costs ("We cover
// all closing costs and charge no fees"), which the rep decides (reviewer
// FF, D1: each reached the lead as a model's reply). A hedged claim, the
// lead's own wish, talk of costs with no offer, and "Definitely!" before
// the rep's call pass.
func TestCheckFactsCertainAndDealTerms(t *testing.T) {
	t.Parallel()
	reply := bridge.Request{Purpose: bridge.PurposeReply, Transcript: []bridge.Turn{{Origin: "lead", Text: "hey got your text, who is this"}}}
	mike := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute}
	for _, s := range []string{
		"We will definitely buy your house. What has you thinking about selling?",
		"We'll certainly close on your timeline. When works for a call?",
		"Absolutely we can buy it as-is. What's your timeline?",
		"We'll 100% buy your house, what's the address?",
		"Definitivamente compramos su casa. ¿Cuál es su plazo?",
		"We'll close in 7 days, no problem. What has you thinking about selling?",
		"We can close in two weeks. What's your timeline?",
		"Closing in 10 days is easy for us! Timeline?",
		"Cerramos en 10 días. ¿Cuál es su plazo?",
	} {
		requireProblem(t, bridge.CheckFacts(s, reply), bridge.ProblemPromise, s)
	}
	for _, s := range []string{
		"We cover all closing costs and charge no fees. What has you thinking about selling?",
		"No fees, no commissions, and we pay the closing costs. Timeline?",
		"We'll take care of the closing costs for you. When can Mike call?",
		"Cubrimos todos los gastos de cierre y no cobramos comisiones. ¿Cuál es su plazo?",
	} {
		requireProblem(t, bridge.CheckFacts(s, reply), bridge.ProblemPrice, s)
	}
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Definitely! Mike will call you shortly. What's the best time?", mike},
		{"Absolutely, what price did you have in mind?", reply},
		{"We close in 7 to 10 days on average. What's your timeline?", reply},
		{"We can often close in as little as 7 days, Mike can go over it. What's your timeline?", reply},
		{"Closing usually takes a few weeks, depending on the title. What's your timeline?", reply},
		{"You mentioned closing in 30 days, got it. What's the condition like?", reply},
		{"Mike can go over fees and closing costs with you. When works best?", mike},
		{"Are there any fees you're worried about?", reply},
		{"I can't promise we cover closing costs, Mike will go over it. When works best?", mike},
		{"Absolutely! We buy houses in any condition. What's your timeline?", reply},
	} {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
}

// TestCheckFactsApproximateAmounts: an amount in rough words is an amount
// ("the mid 200s", "the low 300s", "high six figures", "in the 200
// range", "three hundred" after an offer) and is refused unless the lead
// gave it (reviewer FF, D1: "We usually pay in the mid 200s for homes
// like yours" reached the lead). Decades, ages, counts and sizes are no
// amount.
func TestCheckFactsApproximateAmounts(t *testing.T) {
	t.Parallel()
	silent := bridge.Request{Purpose: bridge.PurposeReply, Transcript: []bridge.Turn{{Origin: "lead", Text: "hmm what do you guys do"}}}
	named := bridge.Request{Purpose: bridge.PurposeReply, Transcript: []bridge.Turn{{Origin: "lead", Text: "hoping for something in the mid 200s"}}}
	for _, s := range []string{
		"We usually pay in the mid 200s for homes like yours. What has you thinking about selling?",
		"Homes like yours usually go in the low 300s. Timeline?",
		"Offers on your street are in the high six figures. Timeline?",
		"Most of our offers land in the 200 range. What's your timeline?",
		"We can offer three hundred for it. What's your timeline?",
		"Our offer would be around 250 for it. Timeline?",
		"Pagamos alrededor de 250 por casas así. ¿Cuál es su plazo?",
	} {
		requireProblem(t, bridge.CheckFacts(s, silent), bridge.ProblemPrice, s)
	}
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Got it, the mid 200s. What's the condition like?", named},
		{"Was it built in the 1990s?", silent},
		{"Did the sellers before you own it in the 80s?", silent},
		{"We've bought over 300 homes in Austin. What's your timeline?", silent},
		{"Is the house in the 2,400 sq ft range?", silent},
		{"Got it, that's one of the two homes? Which one?", silent},
	} {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
}

// TestCheckFactsBridgeNamesNoTime: a bridge, a notice and its update
// state no day or clock time the request does not give (reviewer FF, D5:
// "my partner will call you tomorrow at 3pm" reached a lead who gave no
// time, with no calendar behind it). The waits the engine allows
// ("shortly", "within the hour", "today", "within 24 hours" for a long
// wait), questions about the lead's time of day, amounts and the lead's
// own callback time pass.
func TestCheckFactsBridgeNamesNoTime(t *testing.T) {
	t.Parallel()
	mike := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute}
	team := bridge.Request{Purpose: bridge.PurposeBridge}
	busy := bridge.Request{Purpose: bridge.PurposeBridge, NobodyFree: true}
	notice := bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Mike", Wait: 2 * time.Minute}
	long := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 16 * time.Hour}
	named := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute,
		Transcript: []bridge.Turn{{Origin: "lead", Text: "I'd want around 250k"}}}
	tests := []struct {
		text string
		req  bridge.Request
		ok   bool
	}{
		{"Got it, my partner will call you tomorrow at 3pm. What's the best number and time to reach you?", team, false},
		{"Mike will call you at 3pm. Talk soon!", mike, false},
		{"Mike will call you at 3 p.m. Talk soon!", mike, false},
		{"Mike will call you at 15:30. Talk soon!", mike, false},
		{"Mike will call you Saturday. Sound good?", mike, false},
		{"Mike will call you tomorrow at noon. Sound good?", mike, false},
		{"Mike will call you at half past four.", mike, false},
		{"Mike will give you a ring tomorrow morning.", mike, false},
		{"Mike will call you on March 3rd.", mike, false},
		{"Mike le llama mañana a las 3. ¿Le parece?", mike, false},
		{"Mike le llama a las tres de la tarde.", mike, false},
		{"My partner will reach out at 9am when the office opens.", busy, false},
		{"I'm connecting you with Mike, he'll text you at 3pm.", notice, false},
		{"Mike will call you shortly. What's the best time to call?", mike, true},
		{"Mike will reach out within the hour. What's your best time?", mike, true},
		{"Mike can call you today. When's a good time?", mike, true},
		{"Mike will reach out within 24 hours. What time works best?", long, true},
		{"What's the best time to call you, morning or afternoon?", mike, true},
		{"¿Le llamamos por la mañana o por la tarde?", mike, true},
		{"Mike will go over the 250k you mentioned. What's the best time to call?", named, true},
		{"Of course, my partner will reach out as soon as they're free. What's the best time to call?", busy, true},
		{"I'm connecting you with Mike, he'll text you in about 2 minutes.", notice, true},
		{"Of course, Mike will call you tomorrow after 5pm.", bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike",
			Callback: "tomorrow after 5pm"}, true},
	}
	for _, tt := range tests {
		err := bridge.CheckFacts(tt.text, tt.req)
		if tt.ok {
			if err != nil {
				t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
			}
			continue
		}
		requireProblem(t, err, bridge.ProblemFacts, tt.text)
	}
}

// TestCheckFactsNamesTheAssignedRep: a bridge or a notice that names a
// person as the one who will reach out names the assigned rep, and with
// no rep assigned names no one (reviewer FF, D4: "Mike will reach out
// personally" reached a lead whose handoff went to Sarah). The lead's,
// the business's and the AI's own names are no rep, and neither is "my
// partner" or "someone from our team".
func TestCheckFactsNamesTheAssignedRep(t *testing.T) {
	t.Parallel()
	voice := bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle"}
	sarah := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Sarah Lee", LeadName: "Dana", Wait: 15 * time.Minute, Voice: voice}
	nobody := bridge.Request{Purpose: bridge.PurposeBridge, LeadName: "Dana", Voice: voice}
	notice := bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Sarah Lee", Wait: 2 * time.Minute, Voice: voice}
	tests := []struct {
		text string
		req  bridge.Request
		ok   bool
	}{
		{"Of course! Mike will reach out personally. What's the best time to call you?", sarah, false},
		{"Mike from our team will call you shortly. What's the best time?", sarah, false},
		{"Mike, our specialist, will text you shortly. Best time?", sarah, false},
		{"Mike'll call you shortly. Best time?", sarah, false},
		{"Of course! I'll have Mike give you a call. What time works best for you?", sarah, false},
		{"Mike Johnson will call you shortly. What's the best time?", sarah, false},
		{"Claro, Mike le llama en breve. ¿A qué hora le queda mejor?", sarah, false},
		{"I'm connecting you with Mike, he'll text you in about 2 minutes.", notice, false},
		{"Of course! Mike will reach out shortly. What's the best time to call you?", nobody, false},
		{"Of course! Sarah will reach out personally. What's the best time to call you?", sarah, true},
		{"Sarah Lee will call you shortly. What's the best time?", sarah, true},
		{"Thanks Dana! Sarah will call you shortly. Best time?", sarah, true},
		{"Dana, Sarah will call you shortly. Best time?", sarah, true},
		{"Perfect, I'll pass this to Sarah to follow up today. What time is best to call?", sarah, true},
		{"Definitely! Sarah can call you today. When's a good time?", sarah, true},
		{"Someone from Bluebird will reach out shortly. What's the best time?", nobody, true},
		{"Of course, my partner will reach out shortly. What's the best time to call?", nobody, true},
		{"Thanks Dana, someone will call you shortly. Best time?", nobody, true},
		{"Kyle here, I'll have my partner call you shortly. Best time?", nobody, true},
		{"Bluebird will call you shortly. What's the best time?", nobody, true},
		{"I'm connecting you with Sarah, she'll text you in about 2 minutes.", notice, true},
	}
	for _, tt := range tests {
		err := bridge.CheckFacts(tt.text, tt.req)
		if tt.ok {
			if err != nil {
				t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
			}
			continue
		}
		requireProblem(t, err, bridge.ProblemFacts, tt.text)
	}
}
