package bridge_test

import (
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestCheckFactsHonestTextsPass: the checks of deal terms, certainty,
// offered amounts, times and rep names read the words in their place, so
// that an honest model draft does not fall back to the template
// (reviewer 82, findings 2 to 6: each text below was refused). A
// greeting or a sign-off is no appointment, "24/7" no clock time, an
// ordinal before "Street" no date; a capitalised common noun before a
// modal is no rep; the rep's own wait is no closing date; a certainty
// word away from the outcome promises nothing; a street number is no
// offered amount; "no cost to chat" offers to bear no cost.
func TestCheckFactsHonestTextsPass(t *testing.T) {
	t.Parallel()
	voice := bridge.Voice{AgentName: "Kyle", BusinessName: "Bluebird Home Buyers"}
	mike := bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: "c", LeadName: "Dana", Reason: "explicit_ask",
		RepName: "Mike Rowe", Wait: 15 * time.Minute, Voice: voice}
	long := mike
	long.Wait = 16 * time.Hour
	street := mike
	street.Transcript = []bridge.Turn{{Origin: "lead", Text: "I want to sell 742 Elm St, can someone call me? how fast can you close?"}}
	tests := []struct {
		text string
		req  bridge.Request
	}{
		// finding 2: greetings, sign-offs, 24/7, a street's ordinal
		{"Good morning Dana! Mike will reach out within the hour. What's the best time to call?", mike},
		{"Good evening, Dana! Mike will reach out within the hour. What's the best time to call?", mike},
		{"Thanks Dana! Mike will reach out within the hour. Have a great weekend!", mike},
		{"Thanks Dana! Mike will reach out within the hour. Have a good night!", mike},
		{"Thanks! Mike will reach out within the hour. Happy Friday!", mike},
		{"Thanks for your patience! Mike will reach out within the hour. Enjoy your evening!", mike},
		{"Thanks Dana! Mike will reach out within the hour. We're available 24/7 if anything comes up.", mike},
		{"Thanks Dana! Mike will reach out within the hour about the house on 5th Street.", mike},
		// finding 3: common nouns before a modal, Spanish clitics
		{"Thanks Dana! Rates can change, so Mike will reach out within the hour to go over options.", mike},
		{"Great question! Pricing can vary, so Mike will reach out within the hour.", mike},
		{"Thanks Dana! Everything will be handled by Mike, who will reach out within the hour.", mike},
		{"Thanks! Mike will reach out within the hour. Zillow can be off, so he'll walk you through a real number.", mike},
		{"Thanks! Mike will reach out within the hour. Your Realtor can join the call too.", mike},
		{"¡Claro! Pronto le llamará Mike. ¿A qué hora le queda mejor?", mike},
		{"¡Perfecto! Esto se lo paso a Mike, que te llama en menos de una hora.", mike},
		// finding 4: the rep's wait is no closing date
		{"Thanks! Mike will reach out within 24 hours to talk through closing.", long},
		{"Thanks! Mike will reach out tomorrow to talk about closing.", long},
		{"Mike will reach out within the hour to see if closing in 2 weeks works for you.", mike},
		{"Mike will reach out within the hour to talk through your timeline and closing.", mike},
		// finding 5: a certainty word away from the outcome
		{"Absolutely, Mike can go over the closing timeline with you. He'll reach out within the hour.", mike},
		{"Thanks! I'm certainly happy to have Mike go over the price with you. He'll reach out within the hour.", mike},
		{"I 100% understand, selling is a big decision. Mike will reach out within the hour.", mike},
		// finding 6: a street number, no cost to chat, how costs are handled
		{"Mike will reach out within the hour to go over our offer for 742 Elm St.", street},
		{"Thanks! Mike will reach out within the hour to go over our offer on your place at 415 Oak Ave.", street},
		{"There's no cost or obligation to chat. Mike will reach out within the hour.", mike},
		{"Mike will reach out within the hour. He'll explain how we handle closing costs.", mike},
		{"Mike will reach out within the hour. He can explain who pays closing costs.", mike},
	}
	for _, tt := range tests {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
}

// TestCheckFactsStillRefusedNearHonestForms: the forms the honest texts
// above sit beside are still refused: a date by an ordinal, a day after
// a greeting-like word that is no greeting, a stranger who will call at
// a sentence's start, a closing date next to "close", a certainty word
// on the outcome, an offer of a number, no fees.
func TestCheckFactsStillRefusedNearHonestForms(t *testing.T) {
	t.Parallel()
	sarah := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Sarah Lee", LeadName: "Dana", Wait: 15 * time.Minute}
	reply := bridge.Request{Purpose: bridge.PurposeReply, Transcript: []bridge.Turn{{Origin: "lead", Text: "hey got your text, who is this"}}}
	for _, tt := range []struct {
		text    string
		req     bridge.Request
		problem bridge.Problem
	}{
		{"Sarah will call you on the 3rd. Talk soon!", sarah, bridge.ProblemFacts},
		{"Sarah will call you on the 3rd of March.", sarah, bridge.ProblemFacts},
		{"Great, Sarah will call you Friday. Talk soon!", sarah, bridge.ProblemFacts},
		{"Sarah will call you this weekend. Have a good one!", sarah, bridge.ProblemFacts},
		{"Thanks! Mike will call you shortly. Best time?", sarah, bridge.ProblemFacts},
		{"Thanks! Mike can reach out today. Best time?", sarah, bridge.ProblemFacts},
		{"¡Claro! Mike le llama en breve. ¿A qué hora le queda mejor?", sarah, bridge.ProblemFacts},
		{"Mike will be in touch shortly. Best time?", sarah, bridge.ProblemFacts},
		{"Mike is going to text you shortly. Best time?", sarah, bridge.ProblemFacts},
		{"Thanks! Mike will personally call you. Best time?", sarah, bridge.ProblemFacts},
		{"¡Gracias! Carla le va a llamar hoy.", sarah, bridge.ProblemFacts},
		{"We can close within 10 days of your call. Timeline?", reply, bridge.ProblemPromise},
		{"Thanks! We'll close on your house in 10 days. Timeline?", reply, bridge.ProblemPromise},
		{"It takes 10 days to close with us. Timeline?", reply, bridge.ProblemPromise},
		{"We can close by Friday. Timeline?", reply, bridge.ProblemPromise},
		{"We'll buy it for sure. Timeline?", reply, bridge.ProblemPromise},
		{"I promise we'll close fast. Timeline?", reply, bridge.ProblemPromise},
		{"Absolutely, we can buy it as-is. Timeline?", reply, bridge.ProblemPromise},
		{"Le aseguro la venta. ¿Cuál es su plazo?", reply, bridge.ProblemPromise},
		{"Our offer would be around 250 for it. Timeline?", reply, bridge.ProblemPrice},
		{"No cost and no fees to you. Timeline?", reply, bridge.ProblemPrice},
		{"We can offer 742 for it. Timeline?", reply, bridge.ProblemPrice},
		{"No fees and no obligation. Timeline?", reply, bridge.ProblemPrice},
		{"We pay all the closing costs. How does that sound?", reply, bridge.ProblemPrice},
	} {
		requireProblem(t, bridge.CheckFacts(tt.text, tt.req), tt.problem, tt.text)
	}
}
