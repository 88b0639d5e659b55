package bridge_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/bridge"
)

// A drafted text speaks as the AI: given the business's Voice and the
// assigned rep, ValidateWith refuses a text that claims to be a person
// or introduces its writer as the rep ([bridge.ProblemHumanClaim]),
// while a text that introduces the AI by its own name and speaks of the
// rep passes.
func ExampleValidateWith_identity() {
	opts := &bridge.ValidateOpts{RepName: "Mike", Voice: bridge.Voice{AgentName: "Kyle", BusinessName: "Bluebird Home Buyers"}}
	fmt.Println(bridge.ValidateWith("Hi Sam, this is Mike, I'll call you shortly. What's the best time to call?", bridge.PurposeBridge, opts))
	fmt.Println(bridge.ValidateWith("Nope, not a bot! What's the best time to call?", bridge.PurposeBridge, opts))
	fmt.Println(bridge.ValidateWith("Hi Sam, this is Kyle from Bluebird. Mike will call you. What's the best time to call?", bridge.PurposeBridge, opts))
	// Output:
	// bridge: invalid text: human_claim: the writer claims to be a person ("this is Mike")
	// bridge: invalid text: human_claim: the writer claims to be a person ("not a bot")
	// <nil>
}

// A drafted reply may ask the lead about their price, and echo the
// number they gave, but names no amount the lead did not give and offers
// none ([bridge.ProblemPrice]).
func ExampleCheckFacts_price() {
	req := bridge.Request{Purpose: bridge.PurposeReply, Transcript: []bridge.Turn{{Origin: "lead", Text: "I was hoping for 250k"}}}
	fmt.Println(bridge.CheckFacts("Got it, is $250,000 roughly what you hoped for?", req))
	fmt.Println(bridge.CheckFacts("Homes like yours sell near $310k. What's your timeline?", req))
	fmt.Println(bridge.CheckFacts("We can pay $250k cash this week!", req))
	// Output:
	// <nil>
	// bridge: invalid text: price: names an amount the lead did not give: "310k"
	// bridge: invalid text: price: offers an amount ("we can pay"); pricing is the rep's
}
