package trigger_test

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// EvaluateAlso decides as Evaluate does, and reads the high-value rule
// after an ask that fired first: the lead's "$500k deal" counts whatever
// rule handed them off, at the threshold the policy configured.
func TestEvaluateAlso(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	p := trigger.DefaultPolicy()
	p.Rules = slices.Insert(p.Rules, 2, trigger.HighValue(100000, "enterprise"))
	cases := []struct {
		text          string
		reason, extra trigger.Reason
	}{
		{"we're looking at a $500k deal, can someone call me?", trigger.ReasonExplicitAsk, trigger.ReasonHighValue},
		{"it's a $5k job, can someone call me?", trigger.ReasonExplicitAsk, ""},
		{"we are an enterprise account, can a real person text me", trigger.ReasonExplicitAsk, trigger.ReasonHighValue},
		{"we're looking at a $500k deal", trigger.ReasonHighValue, ""}, // the decision is the high value itself
		{"sure", "", ""},
	}
	for _, tc := range cases {
		in := trigger.Input{Text: tc.text, Required: 2, Fields: 4, Score: 10}
		d, extra, err := p.EvaluateAlso(ctx, in, trigger.ReasonHighValue)
		require.NoError(t, err)
		want, err := p.Evaluate(ctx, in)
		require.NoError(t, err)
		require.Equal(t, want, d, "%q: the decision is Evaluate's", tc.text)
		require.Equal(t, tc.reason, d.Reason, tc.text)
		require.Equal(t, tc.extra, extra.Reason, tc.text)
		require.Equal(t, tc.extra != "", extra.Handoff, tc.text)
	}

	// no rule runs twice, and none runs after the extra is found
	var runs []string
	counted := func(name string, d trigger.Decision, err error) trigger.Rule {
		return trigger.RuleFunc(func(context.Context, trigger.Input) (trigger.Decision, error) {
			runs = append(runs, name)
			return d, err
		})
	}
	ask := trigger.Decision{Handoff: true, Reason: trigger.ReasonExplicitAsk}
	value := trigger.Decision{Handoff: true, Reason: trigger.ReasonHighValue, Detail: "high value: $500000 >= $100000"}
	p = &trigger.Policy{Rules: []trigger.Rule{counted("none", trigger.Decision{}, nil), counted("ask", ask, nil),
		counted("score", trigger.Decision{Handoff: true, Reason: trigger.ReasonScore}, nil), counted("value", value, nil), counted("after", value, nil)}}
	d, extra, err := p.EvaluateAlso(ctx, trigger.Input{}, trigger.ReasonHighValue)
	require.NoError(t, err)
	require.Equal(t, ask, d)
	require.Equal(t, value, extra)
	require.Equal(t, []string{"none", "ask", "score", "value"}, runs)

	// an error before the decision is the policy's; one after leaves it standing
	boom := errors.New("boom")
	p = &trigger.Policy{Rules: []trigger.Rule{counted("err", trigger.Decision{}, boom), counted("ask", ask, nil)}}
	_, _, err = p.EvaluateAlso(ctx, trigger.Input{}, trigger.ReasonHighValue)
	require.ErrorIs(t, err, boom)
	p = &trigger.Policy{Rules: []trigger.Rule{counted("ask", ask, nil), counted("err", trigger.Decision{}, boom), counted("value", value, nil)}}
	d, extra, err = p.EvaluateAlso(ctx, trigger.Input{}, trigger.ReasonHighValue)
	require.NoError(t, err)
	require.Equal(t, ask, d)
	require.Zero(t, extra)

	var nilPolicy *trigger.Policy
	d, extra, err = nilPolicy.EvaluateAlso(ctx, trigger.Input{Text: "call me"}, trigger.ReasonHighValue)
	require.NoError(t, err)
	require.Zero(t, d)
	require.Zero(t, extra)
}
