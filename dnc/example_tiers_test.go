package dnc_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/dnc"
)

// Each verdict names its tier and the language to answer in. A message
// the rules leave ordinary is scored by the learned tier: above its
// suppression threshold it is an opt-out, in the review band below it a
// PossibleOptOut that the engine pauses for a person to decide.
func ExampleRuleDetector_Detect_tiers() {
	d := dnc.New(nil)
	for _, msg := range []string{"ALTO", "AYUDA", "quítenme de su lista por favor", "STOP"} {
		r := d.Detect(dnc.Input{Text: msg})
		fmt.Printf("%q: %s tier=%s lang=%s\n", msg, r.Kind, r.Tier, r.Lang)
	}
	// A review band wide open, to show it: SuppressAt and ReviewAt
	// override the calibrated thresholds.
	wide := dnc.New(&dnc.Config{SuppressAt: 0.9999, ReviewAt: 0.5})
	r := wide.Detect(dnc.Input{Text: "please quit with these"})
	fmt.Println(r.Kind, r.Tier, r.Score > 0.5)
	// Output:
	// "ALTO": opt_out tier=keyword lang=es
	// "AYUDA": help tier=keyword lang=es
	// "quítenme de su lista por favor": opt_out tier=rules lang=es
	// "STOP": opt_out tier=keyword lang=en
	// possible_opt_out model true
}
