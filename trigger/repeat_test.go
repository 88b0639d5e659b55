package trigger_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// TestRepetitionAloneHandsNothingOff: markup pasted over and over is no
// ask, no frustration and no commitment; the learned tier had read
// "<b>x</b>" a hundred times as a commitment at p=0.79, and "please" or
// "asap" fifty times as one at p=1.00, on repetition alone. An ask said
// over and over still hands off.
func TestRepetitionAloneHandsNothingOff(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	j := trigger.Model()
	pol := trigger.DefaultPolicy()
	evaluate := func(s string) trigger.Decision {
		rules := trigger.Analyze(s)
		jd, err := j.Judge(ctx, trigger.JudgeInput{Text: s, Rules: rules})
		require.NoError(t, err)
		sig := rules.Merge(jd)
		d, err := pol.Evaluate(ctx, trigger.Input{Text: s, Turn: 1, Signals: &sig})
		require.NoError(t, err)
		return d
	}
	for _, s := range []string{
		strings.Repeat("<b>x</b>", 100), strings.Repeat("ש😀<b>x</b>", 50), strings.Repeat("<div><span>x</span></div>", 40),
		strings.Repeat("b ", 100), strings.Repeat("😀", 100), strings.Repeat("please ", 50), strings.Repeat("asap ", 50),
		strings.Repeat("no ", 50), strings.Repeat("sir ", 50),
	} {
		jd := j.JudgeText(s)
		require.False(t, jd.ExplicitAsk || jd.Frustrated || jd.Commitment > 0, "%q: %s", s, jd.Why)
		d := evaluate(s)
		require.False(t, d.Handoff, "%q: %s %s", s, d.Reason, d.Detail)
	}
	for _, s := range []string{
		"call me call me call me call me call me call me", strings.Repeat("call me ", 20),
		strings.Repeat("can someone call me? ", 8), strings.Repeat("llámame ", 15),
	} {
		d := evaluate(s)
		require.True(t, d.Handoff, "%q", s)
		require.Equal(t, trigger.ReasonExplicitAsk, d.Reason, "%q", s)
	}
}
