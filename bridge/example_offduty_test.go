package bridge_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/bridge"
)

// A lead who asks for a person at 10pm, when nobody is on duty until 9am,
// is told when someone is back ([bridge.Request].NextOnDuty, which the
// engine renders in the lead's zone from the router's
// route.NoRepError.NextAt), never "shortly". CheckFacts holds a drafter's
// bridge to it.
func ExampleCheckFacts_nextOnDuty() {
	req := bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", NextOnDuty: "tomorrow at 9am"}
	fmt.Println(bridge.NewTemplate(bridge.Voice{}).Line(req))
	fmt.Println(bridge.CheckFacts("Of course, my partner will reach out shortly. What's the best time to call?", req))
	fmt.Println(bridge.CheckFacts("We're back tomorrow at 9am, but someone will reach out shortly. Best time to call?", req))
	fmt.Println(bridge.CheckFacts("We're back tomorrow at 9am and will call you then. What time works best?", req))
	// Output:
	// Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best time to call?
	// bridge: invalid text: facts: does not say when someone is back ("tomorrow at 9am")
	// bridge: invalid text: wrong_wait: promises "shortly"; nobody is on duty until tomorrow at 9am
	// <nil>
}
