package bridge_test

import (
	"errors"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// requireProblem fails t unless err is a *TextError with problem p.
func requireProblem(t *testing.T, err error, p bridge.Problem, text string) {
	t.Helper()
	var te *bridge.TextError
	if !errors.As(err, &te) || te.Problem != p || !errors.Is(err, bridge.ErrInvalidText) {
		t.Errorf("CheckFacts(%q) = %v, want a *TextError with %s", text, err, p)
	}
}

// TestCheckFactsPrice: a drafted text, bridge or reply, names no money
// amount the lead did not give, in any shape, and offers none, not even
// the lead's own; pricing is the rep's (seed 002: "better to escalate
// cleanly than guess wrong"). Reviewer X, D2 and D3: "Our cash offer is
// $250,000" in a bridge and "We can pay $250k cash for it this week!" in
// a reply reached the lead. Talk of prices with no number, a question
// about the lead's number, and an echo of the number the lead gave pass.
func TestCheckFactsPrice(t *testing.T) {
	t.Parallel()
	silent := []bridge.Turn{{Origin: "lead", Text: "hmm what do you guys do exactly"}}
	named := []bridge.Turn{{Origin: "ai", Text: "Is there a number you'd be happy with?"},
		{Origin: "lead", Text: "I was hoping for around 250k, I owe 180 on it"}}
	bridgeReq := func(tr []bridge.Turn) bridge.Request {
		return bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute, Transcript: tr}
	}
	reply := func(tr []bridge.Turn) bridge.Request {
		return bridge.Request{Purpose: bridge.PurposeReply, Transcript: tr}
	}
	refused := []struct {
		text string
		req  bridge.Request
	}{
		{"Thanks Sam! Our cash offer is $250,000. What's the best time to call?", bridgeReq(silent)},
		{"We can pay $250k cash for it this week! When are you hoping to sell?", reply(silent)},
		{"Homes like yours go for about $310,000, does that sound right?", reply(silent)},
		{"Is $250k roughly what you hoped for?", reply(silent)},
		{"We could probably do 1.2M for it. What's your timeline?", reply(silent)},
		{"Mike can likely offer 240,000 for it. What time works best to call?", bridgeReq(silent)},
		{"We usually pay two hundred fifty thousand dollars for homes like that. Timeline?", reply(silent)},
		{"Half a million dollars is within reach. When can Mike call?", bridgeReq(silent)},
		{"Le podemos ofrecer 250 mil dólares. ¿Cuándo le llamamos?", bridgeReq(silent)},
		{"Pagamos doscientos cincuenta mil en efectivo. ¿Cuál es su plazo?", reply(silent)},
		{"Te ofrecemos 250.000 € por la casa. ¿Cuándo te llamamos?", bridgeReq(silent)},
		{"We can pay $250k cash, right in line with what you wanted. Timeline?", reply(named)},
		{"Would you take $250k? When are you hoping to close?", reply(named)},
		{"Our offer would be 250k. What's the best time to call?", bridgeReq(named)},
		{"We'd pay you $200,000 for it. Timeline?", reply(named)},
	}
	for _, tt := range refused {
		requireProblem(t, bridge.CheckFacts(tt.text, tt.req), bridge.ProblemPrice, tt.text)
	}
	fine := []struct {
		text string
		req  bridge.Request
	}{
		{"What price did you have in mind?", reply(silent)},
		{"Prices depend on the inspection, Mike can go over it. What time works best to call?", bridgeReq(silent)},
		{"Is $250k roughly what you hoped for?", reply(named)},
		{"Got it, 250k noted. What's the condition of the place?", reply(named)},
		{"So about $250,000, and you owe $180k on it? What's your timeline?", reply(named)},
		{"Mike will go over the numbers with you, including the 250k you mentioned. Best time to call?", bridgeReq(named)},
		{"Is the 2,400 sq ft listing right, built in 1998?", reply(silent)},
		{"About 1.5k sq ft and 3 bedrooms, right?", reply(silent)},
		{"We close in 7 to 10 days on average. What's your timeline?", reply(silent)},
		{"Mil gracias, ¿cuál es su plazo para vender?", reply(silent)},
		{"A thousand thanks! What's the condition like?", reply(silent)},
		{"Got it, that's one of the two homes? Which one?", reply(silent)},
		{"Was the house sold in 2019 last time?", reply(silent)},
		{"Is it 3.5% you're paying on the mortgage?", reply(silent)},
	}
	for _, tt := range fine {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
}

// TestCheckFactsPromise: a drafted text guarantees nothing and promises
// no outcome for sure (reviewer X, D2: "Mike guarantees we close in 7
// days" reached the lead in a bridge); saying what cannot be promised,
// and promising the rep's call, pass.
func TestCheckFactsPromise(t *testing.T) {
	t.Parallel()
	req := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute}
	for _, s := range []string{
		"Got it Sam, Mike guarantees we close in 7 days. What's the best time to call?",
		"We guarantee a fair cash offer. What time works best for a call?",
		"Guaranteed close in two weeks! When can Mike call?",
		"For sure we'll close on your timeline. When works for a call?",
		"I promise we'll buy it as-is. What time works best to call?",
		"Rest assured, we will pay cash. When can Mike call?",
		"You have my word we'll close fast. When works best?",
		"Le garantizamos la venta en 7 días. ¿A qué hora le llamamos?",
		"Te prometo que compramos tu casa. ¿Cuándo te llamamos?",
		"Sin duda cerramos esta semana. ¿A qué hora le llamamos?",
	} {
		requireProblem(t, bridge.CheckFacts(s, req), bridge.ProblemPromise, s)
		requireProblem(t, bridge.CheckFacts(s, bridge.Request{Purpose: bridge.PurposeReply}), bridge.ProblemPromise, s)
	}
	for _, s := range []string{
		"I can't guarantee a price, but Mike will go over it. What time works best to call?",
		"No guarantees on price until Mike sees it. When works best for a call?",
		"I promise Mike will call you today. What time works best?",
		"For sure! Mike will call you. What time works best?",
		"For sure, what price did you have in mind?",
		"We can't promise a closing date yet. When works best to call?",
		"No le puedo garantizar un precio, Mike lo revisa con usted. ¿A qué hora le llamamos?",
		"Prices depend on the inspection. When can Mike call?",
	} {
		if err := bridge.CheckFacts(s, req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", s, err)
		}
	}
}

// TestCheckFactsBridgeWait: a bridge promises no definite wait shorter
// than the assigned rep's (reviewer X, D2: "Mike will call you in 2
// minutes" for a rep expected in 15 reached the lead); with no rep it
// promises none under an hour. A later wait, a day, the template's vague
// "shortly", and the lead's own callback time pass.
func TestCheckFactsBridgeWait(t *testing.T) {
	t.Parallel()
	mike := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Wait: 15 * time.Minute}
	team := bridge.Request{Purpose: bridge.PurposeBridge}
	tests := []struct {
		text string
		req  bridge.Request
		ok   bool
	}{
		{"Thanks Sam! Mike will call you in 2 minutes. What's the best time to call?", mike, false},
		{"Mike will call you right away. When works best?", mike, false},
		{"Mike will ring you in a moment. When works best?", mike, false},
		{"Mike will call you within five minutes. When works best?", mike, false},
		{"Mike le llama en 2 minutos. ¿A qué hora le queda mejor?", mike, false},
		{"Mike le llama ahora mismo. ¿A qué hora le queda mejor?", mike, false},
		{"Someone will call you in 2 minutes. When works best?", team, false},
		{"Someone will call you right now. When works best?", team, false},
		{"Mike will call you in about 15 minutes. When works best?", mike, true},
		{"Mike will reach out within the hour. What's your best time?", mike, true},
		{"Mike will call you shortly. What's the best time to call?", mike, true},
		{"Mike can call you today. When's a good time?", mike, true},
		{"I'm passing this to Mike now. What time works best?", mike, true},
		{"My partner will reach out within the hour. What's your best time?", team, true},
		{"My partner will reach out shortly. What's your best time?", team, true},
		{"Of course, Mike will call you right now.", bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike",
			Wait: 15 * time.Minute, Callback: "right now"}, true},
	}
	for _, tt := range tests {
		err := bridge.CheckFacts(tt.text, tt.req)
		if tt.ok {
			if err != nil {
				t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
			}
			continue
		}
		requireProblem(t, err, bridge.ProblemWait, tt.text)
	}
}

// TestTemplateBridgePassesCheckFacts: every bridge the template writes,
// for every reason and a rep expected within the hour, or no rep,
// passes CheckFacts, so the fallback of a refused draft is sent.
func TestTemplateBridgePassesCheckFacts(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle"})
	for _, reason := range []string{"explicit_ask", "fields", "score", "frustration", "out_of_scope", "competitor", "high_value", "custom"} {
		for _, rep := range []string{"Mike", ""} {
			for _, w := range []time.Duration{0, 2 * time.Minute, 15 * time.Minute, time.Hour, 3 * time.Hour, 16 * time.Hour, 30 * time.Hour} {
				for i := range 8 {
					req := bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: string(rune('a' + i)), Reason: reason,
						RepName: rep, Wait: w, Voice: bridge.Voice{AgentName: "Kyle"}}
					line := tpl.Line(req)
					if err := bridge.CheckFacts(line, req); err != nil {
						t.Errorf("%s rep %q wait %v: %q: %v", reason, rep, w, line, err)
					}
					if err := bridge.ValidateWith(line, req.Purpose, &bridge.ValidateOpts{RepName: rep, Voice: req.Voice}); err != nil {
						t.Errorf("%s rep %q: %q: %v", reason, rep, line, err)
					}
				}
			}
		}
	}
}

// FuzzCheckFactsAnyPurpose: any text a model returns, for any purpose,
// is read for prices, promises, waits and times in words without
// panicking, and refused only with ErrInvalidText.
func FuzzCheckFactsAnyPurpose(f *testing.F) {
	for _, s := range []string{"Our cash offer is $250,000.", "We'd pay two hundred fifty thousand dollars", "half a million",
		"250.000 € o 1,5 millones", "at half past eight, a quarter to nine", "a las ocho y media, nueve menos cuarto",
		"I guarantee we close", "no guarantees", "we'll text you again right before", "y", "past", "quarter to", "$", "1.2.3,4k"} {
		f.Add(s, uint8(0), "I'd take 250")
	}
	purposes := []bridge.Purpose{bridge.PurposeBridge, bridge.PurposeReply, bridge.PurposeNotice, bridge.PurposeNoticeUpdate,
		bridge.PurposeBookingOffer, bridge.PurposeBookingConfirm, bridge.PurposeReminder}
	f.Fuzz(func(t *testing.T, s string, p uint8, lead string) {
		req := bridge.Request{Purpose: purposes[int(p)%len(purposes)], RepName: "Mike", Wait: 15 * time.Minute,
			Slots: []string{"tomorrow at 9am"}, Callback: lead, Transcript: []bridge.Turn{{Origin: "lead", Text: lead}}}
		if err := bridge.CheckFacts(s, req); err != nil && !errors.Is(err, bridge.ErrInvalidText) {
			t.Fatalf("CheckFacts(%q) = %v, not ErrInvalidText", s, err)
		}
	})
}
