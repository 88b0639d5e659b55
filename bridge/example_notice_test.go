package bridge_test

import (
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// A transparent notice tells the lead when the rep will write, and a
// drafter's notice is held to the rep's expected wait
// ([bridge.Request].Wait): CheckFacts refuses one that promises the rep
// sooner ([bridge.ProblemWait]), so the engine sends the template, which
// states the wait it was given. A later promise passes.
func ExampleCheckFacts_notice() {
	req := bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Mike", Wait: 15 * time.Minute}
	fmt.Println(bridge.NewTemplate(bridge.Voice{}).Line(req))
	fmt.Println(bridge.CheckFacts("I'm connecting you with Mike, he'll text you right now.", req))
	fmt.Println(bridge.CheckFacts("Le comunico con Mike, le escribe en 2 minutos.", req))
	fmt.Println(bridge.CheckFacts("I'm connecting you with Mike, he'll text you within the hour.", req))
	// Output:
	// I'm connecting you with Mike, who will text you in about 15 minutes.
	// bridge: invalid text: wrong_wait: promises "right now"; the rep is expected in about 15 minutes
	// bridge: invalid text: wrong_wait: promises "en 2 minutos"; the rep is expected in about 15 minutes
	// <nil>
}
