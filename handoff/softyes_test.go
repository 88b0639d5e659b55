package handoff_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
)

// eagerScorer is a model scorer that scores every message 95.
type eagerScorer struct{}

func (eagerScorer) Score(context.Context, qualify.ScoreInput) (int, error) { return 95, nil }

// A model scorer cannot fire a soft yes: README's "soft yeses never fire"
// holds whatever a model scores "sure", "ok ok ok" or a run of emoji, and
// the same scorer still hands off on a message with more in it.
func TestModelScorerNeverFiresASoftYes(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Scorer = eagerScorer{} })
	for i, body := range []string{"sure", strings.Repeat("ok ", 30), strings.Repeat("😀", 50), "yeah lol"} {
		id := "soft" + string(rune('a'+i))
		b.start(t, id)
		out := b.receive(t, id, body)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q", body)
	}
	b.start(t, "more")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "more", "we need to sell before the fall, the roof leaks").Kind)
}

// The rule scorer alone does not fire a long soft yes either: the
// learned tier's commitment head fires on a long run of one token.
func TestRuleScorerLongSoftYes(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	for i, body := range []string{strings.Repeat("ok ", 30), strings.Repeat("😀", 50), strings.Repeat("sure ", 20)} {
		id := "long" + string(rune('a'+i))
		b.start(t, id)
		require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, id, body).Kind, "%.20q", body)
	}
}
