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

// A bare yes or no revokes consent when it answers a question about
// further contact: pass the business's last message as Asked.
func ExampleRuleDetector_Detect_asked() {
	d := dnc.New(nil)
	for _, in := range []dnc.Input{
		{Asked: "Should I stop texting you?", Text: "yes please"},
		{Asked: "OK if we check back in a few months?", Text: "no thanks"},
		{Asked: "Mind if I ask a couple of questions?", Text: "yes please"},
		{Text: "yes please"},
	} {
		r := d.Detect(in)
		if r.Kind == dnc.None {
			fmt.Printf("%q after %q: none\n", in.Text, in.Asked)
			continue
		}
		fmt.Printf("%q after %q: %s (%s)\n", in.Text, in.Asked, r.Kind, r.Rule)
	}
	// Output:
	// "yes please" after "Should I stop texting you?": opt_out (context:yes to stopping messages)
	// "no thanks" after "OK if we check back in a few months?": opt_out (context:no to further messages)
	// "yes please" after "Mind if I ask a couple of questions?": none
	// "yes please" after "": none
}

func ExampleNormalizePhone() {
	a, _ := dnc.NormalizePhone("+1 (555) 010-1234", "US")
	b, _ := dnc.NormalizePhone("555-010-1234", "US")
	fmt.Println(a, a == b)
	// Output: +15550101234 true
}
