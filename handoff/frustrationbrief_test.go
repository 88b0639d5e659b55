package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestFrustrationHandoffBriefShowsTheLeadFrustrated: a handoff for
// frustration tells the rep the lead is frustrated beyond the reason line,
// whichever tier read it (the learned model behind the rules, or the
// host's judge): the notification's brief and Engine.Brief say Frustrated,
// read the message as negative and put "to be heard" as the one thing the
// lead needs most. For "this isn't working" the brief said "Sentiment:
// neutral (steady)" and nothing the lead needed most, right under "Why
// now: Lead is frustrated", because it read frustration with the rule
// cues only (reviewer GG, D4).
func TestFrustrationHandoffBriefShowsTheLeadFrustrated(t *testing.T) {
	t.Parallel()
	judge := trigger.JudgeFunc(func(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
		return trigger.Judgement{Frustrated: in.Text == "so is this going anywhere", Tier: "llm", Why: "impatient"}, nil
	})
	for _, tc := range []struct {
		name, text string
		judge      trigger.Judge
	}{
		{"learned tier", "this isn't working", nil},
		{"judge", "so is this going anywhere", judge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			require.False(t, trigger.Analyze(tc.text).Frustrated, "the rules alone do not read it")
			env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "mike", Name: "Mike"}), func(c *handoff.Config) { c.Judge, c.NoLearnedTier = tc.judge, tc.judge != nil })
			ctx := context.Background()
			env.start(t, "c1")
			out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: tc.text})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Equal(t, trigger.ReasonFrustration, out.Reason, out.Detail)
			env.runOnce(t)
			require.Len(t, env.notes.n, 1)
			stored, err := env.e.Brief(ctx, dspTenant, "c1")
			require.NoError(t, err)
			for _, b := range []handoff.Brief{env.notes.n[0].Brief, stored} {
				require.True(t, b.Frustrated, b.Text())
				require.NotNil(t, b.NeedsMost, b.Text())
				require.Equal(t, "to be heard by a person: they are frustrated", b.NeedsMost.Label)
				require.Equal(t, tc.text, b.NeedsMost.Quote)
				last := b.Sentiment[len(b.Sentiment)-1]
				require.Equal(t, "negative", last.Label, b.Text())
				require.NotEmpty(t, last.Cue)
			}
		})
	}
}
