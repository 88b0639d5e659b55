package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestReceive_ABareYesToStopTextingIsAnOptOut: the lead's "yes please"
// answers the assistant's "should I stop texting you?", so it revokes
// consent like STOP (address suppressed, AI paused); a rep's question
// after a handoff counts the same; the same yes after "mind if I ask a
// couple of questions?" revokes nothing.
func TestReceive_ABareYesToStopTextingIsAnOptOut(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	b := setup(t, nil)
	b.start(t, "c1")
	_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: "No problem. Should I stop texting you about the house?"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "yes please").Kind)
	d := b.dump(t, "c1")
	require.NotNil(t, d.Suppression, "the address is suppressed")
	require.Equal(t, store.StatePaused, d.Conv.State)

	// a rep's question, after a handoff
	b = setup(t, nil)
	b.start(t, "c2")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c2", callMe).Kind)
	_, err = b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c2", RepID: "rep1",
		Body: "Sorry we missed you. Want me to take you off our list?"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c2", "yep").Kind)
	require.NotNil(t, b.dump(t, "c2").Suppression)

	// the same yes to another question
	b = setup(t, nil)
	b.start(t, "c3")
	_, err = b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c3", Body: "Great! Mind if I ask a couple of quick questions?"})
	require.NoError(t, err)
	require.NotEqual(t, handoff.OutcomeOptedOut, b.receive(t, "c3", "yes please").Kind)
	require.Nil(t, b.dump(t, "c3").Suppression)
}

// TestReceive_SeatsAnsweredToTheQuestionAreHighValue: the engine hands
// the policy the assistant's last message, so a bare "roughly 350 to
// start" after "how many seats would you need?" fires the high-value
// rule; the same words after another question do not.
func TestReceive_SeatsAnsweredToTheQuestionAreHighValue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	withRule := func(cfg *handoff.Config) {
		pol := trigger.DefaultPolicy()
		pol.Rules = append(pol.Rules, trigger.HighValueScope(500_000))
		cfg.Policy = pol
	}
	for _, tc := range []struct {
		asked string
		want  handoff.OutcomeKind
	}{
		{"Great! How many agents would need seats?", handoff.OutcomeHandoff},
		{"Great! How many offices do you have?", handoff.OutcomeReplied},
	} {
		b := setup(t, withRule)
		b.start(t, "c1")
		_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: tc.asked})
		require.NoError(t, err)
		out := b.receive(t, "c1", "roughly 350 to start")
		require.Equal(t, tc.want, out.Kind, "after %q", tc.asked)
		if tc.want == handoff.OutcomeHandoff {
			require.Equal(t, trigger.ReasonHighValue, out.Reason)
		}
	}
}
