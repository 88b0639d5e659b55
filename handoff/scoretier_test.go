package handoff_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// A score handoff names the tier it depends on, as an ask or frustration
// the model caught does: "lets get the ball rolling on the sale" scores
// 10 by the rules alone and 70 with the learned tier's commitment, and
// the detail (the outcome's, the conversation's and the audit event's)
// keeps "score 70 >= 70" first and then says the model did it, with its
// probability, strongest features and the rules' own score. A score the
// rules reach alone says nothing more.
func TestScoreHandoffNamesTheModelTier(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, body string
		mod        func(*handoff.Config)
		want       string // the detail's form
	}{
		{"learned judge", "lets get the ball rolling on the sale", nil,
			`^score 70 >= 70 \(model: commitment p=0\.\d\d( [wbc]:\S+\+\d\.\d\d)+; rules alone 10\)$`},
		{"learned tier of the rule scorer", "lets get the ball rolling on the sale", func(c *handoff.Config) { c.NoLearnedTier = true },
			`^score 70 >= 70 \(model: commitment p=0\.\d\d( [wbc]:\S+\+\d\.\d\d)+; rules alone 10\)$`},
		{"model scorer", "tell me more about how this works", func(c *handoff.Config) { c.Scorer = eagerScorer{} },
			`^score 95 >= 70 \(scorer: 95; rules alone 10\)$`},
		{"rules alone", "yes I'm ready, send the paperwork", nil, `^score \d+ >= 70$`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, tc.mod)
			b.start(t, "c")
			out := b.receive(t, "c", tc.body)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Equal(t, trigger.ReasonScore, out.Reason)
			require.Regexp(t, tc.want, out.Detail)
			d := b.dump(t, "c")
			require.Equal(t, out.Detail, d.Conv.HandoffDetail)
			found := false
			for _, ev := range d.Events {
				if ev.Kind == store.EventHandoff {
					found = true
					// the trigger's detail, then the message that fired it
					require.Equal(t, out.Detail+" message="+out.MessageID, ev.Detail)
				}
			}
			require.True(t, found, "no handoff event")
		})
	}
}
