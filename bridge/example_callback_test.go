package bridge_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/bridge"
)

// A lead who wrote "can someone call me tomorrow after 5pm?" is not asked
// for a time again: with [bridge.Request].Callback the template's bridge
// says the rep will call then. A drafter's bridge is held to the same
// time: ValidateWith refuses one that asks for a time again, and
// CheckFacts one that names another day.
func ExampleTemplate_callback() {
	tpl := bridge.NewTemplate(bridge.Voice{})
	req := bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Mike"}
	fmt.Println(tpl.Line(req))
	req.Callback = "tomorrow after 5pm"
	fmt.Println(tpl.Line(req))

	drafted := "Absolutely, Mike can call you today. When's a good time?"
	fmt.Println(bridge.ValidateWith(drafted, req.Purpose, &bridge.ValidateOpts{Callback: req.Callback}))
	fmt.Println(bridge.CheckFacts("Absolutely, Mike can call you today.", req))
	fmt.Println(bridge.CheckFacts("Mike will call you tomorrow after 5 pm. Talk soon!", req))
	// Output:
	// Of course, Mike will reach out shortly. What's the best time to call?
	// Of course, Mike will call you tomorrow after 5pm.
	// bridge: invalid text: callback_asked_again: the lead gave a callback time; a bridge must not ask for one again
	// bridge: invalid text: facts: does not state the callback time the lead gave
	// <nil>
}
