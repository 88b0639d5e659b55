package dnc_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/dnc"
)

func ExampleRuleDetector_Detect() {
	d := dnc.New(nil)
	for _, msg := range []string{"STOP!!", "pls take me off your list", "stop by tuesday?", "Reply STOP to opt out", "START"} {
		r := d.Detect(dnc.Input{Text: msg})
		if r.Kind == dnc.None {
			fmt.Printf("%q: none\n", msg)
			continue
		}
		fmt.Printf("%q: %s (%s)\n", msg, r.Kind, r.Rule)
	}
	// Output:
	// "STOP!!": opt_out (keyword:STOP)
	// "pls take me off your list": opt_out (phrase:take me off)
	// "stop by tuesday?": none
	// "Reply STOP to opt out": none
	// "START": opt_in (keyword:START)
}

func ExampleNormalizePhone() {
	a, _ := dnc.NormalizePhone("+1 (555) 010-1234", "US")
	b, _ := dnc.NormalizePhone("555-010-1234", "US")
	fmt.Println(a, a == b)
	// Output: +15550101234 true
}
