package trigger_test

import (
	"context"
	"fmt"
	"slices"

	"github.com/handoffkit/handoffkit/trigger"
)

func ExampleDefaultPolicy() {
	p := trigger.DefaultPolicy()
	p.Rules = slices.Insert(p.Rules, 2, trigger.Competitor("Opendoor"))
	for _, in := range []trigger.Input{
		{Text: "sure", Score: 13, Required: 2, Fields: 4},
		{Text: "roof leaks", Confident: []string{"motivation", "condition"}, Required: 2, Fields: 4, Score: 40},
		{Text: "can a real person text me?", Score: 10, Required: 2, Fields: 4},
		{Text: "opendoor offered more", Score: 10, Required: 2, Fields: 4},
	} {
		d, _ := p.Evaluate(context.Background(), in)
		if !d.Handoff {
			fmt.Printf("%-28q no handoff\n", in.Text)
			continue
		}
		fmt.Printf("%-28q handoff=%v %s: %s\n", in.Text, d.Handoff, d.Reason, d.Detail)
	}
	// Output:
	// "sure"                       no handoff
	// "roof leaks"                 handoff=true fields: two fields: motivation + condition
	// "can a real person text me?" handoff=true explicit_ask: lead asked for a person (real person)
	// "opendoor offered more"      handoff=true competitor: competitor mentioned: Opendoor
}

func ExampleAnalyze() {
	s := trigger.Analyze("yes definitely, what's the next step? do you pay closing costs?")
	fmt.Println(s.Commitment, s.CommitmentCue)
	fmt.Println(s.Questions)
	fmt.Println(s.Objections)
	// Output:
	// 3 next step
	// [yes definitely, what's the next step? do you pay closing costs?]
	// [fees]
}
