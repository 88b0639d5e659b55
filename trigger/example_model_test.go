package trigger_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/trigger"
)

// The engine runs the rules, asks the learned tier (or an LLM judge) what
// it adds, merges, and hands the merged signals to the policy. A signal
// the model adds names the model as its tier.
func ExampleModel() {
	ctx := context.Background()
	judge := trigger.Model()
	for _, msg := range []string{"can someone call me after 5?", "sure, maybe"} {
		rules := trigger.Analyze(msg)
		j, _ := judge.Judge(ctx, trigger.JudgeInput{Text: msg, Rules: rules})
		sig := rules.Merge(j)
		d, _ := trigger.DefaultPolicy().Evaluate(ctx, trigger.Input{Text: msg, Signals: &sig})
		fmt.Printf("%q: handoff=%v reason=%q rules=%v\n", msg, d.Handoff, d.Reason, rules.ExplicitAsk)
	}
	// Output:
	// "can someone call me after 5?": handoff=true reason="explicit_ask" rules=true
	// "sure, maybe": handoff=false reason="" rules=false
}
