package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// The host's clock steps back 10 minutes (NTP) after a handoff: what the
// conversation records next (the lead's message, the rep's accept and
// text) is never dated before the handoff, so the accept counts as the
// rep's response, while the rep's text still goes out at once.
func TestClockSteppedBackKeepsTheTrailInOrder(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	c := env.handoff(t, "c1")
	env.runOnce(t)
	env.clock.Advance(-10 * time.Minute)

	_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "are you there?"})
	require.NoError(t, err)
	res, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
	require.NoError(t, err)
	require.False(t, res.Conversation.EngagedAt.Before(res.Conversation.HandoffAt),
		"engaged at %s, before the handoff at %s", res.Conversation.EngagedAt, res.Conversation.HandoffAt)
	acc := env.events(t, "c1", store.EventAccept)
	require.Len(t, acc, 1)
	require.Equal(t, "engaged after 0s", acc[0].Detail)

	sent := len(env.sender.bodies())
	_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo,
		Body: "Hi Maria, calling you now", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), sent+1, "the rep's text goes at once, whatever the clock did")

	evs, err := env.e.Events(ctx, dspTenant, "c1")
	require.NoError(t, err)
	for i := 1; i < len(evs); i++ {
		require.False(t, evs[i].CreatedAt.Before(evs[i-1].CreatedAt), "%s at %s after %s at %s",
			evs[i].Kind, evs[i].CreatedAt, evs[i-1].Kind, evs[i-1].CreatedAt)
	}
	require.Equal(t, store.EventHandoff, evs[1].Kind, "the audit trail lists the handoff before what followed it")
	ms, err := env.e.Transcript(ctx, dspTenant, "c1")
	require.NoError(t, err)
	require.Equal(t, "Hi Maria, calling you now", ms[len(ms)-1].Body)
	for i := 1; i < len(ms); i++ {
		require.False(t, ms[i].CreatedAt.Before(ms[i-1].CreatedAt), "message %d dated before message %d", i, i-1)
	}

	env.clock.Advance(30 * time.Minute)
	r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
	require.NoError(t, err)
	require.Equal(t, [2]int64{1, 0}, [2]int64{r.Responded, r.Unanswered}, "responded, unanswered")
	require.GreaterOrEqual(t, r.TimeToRepP50, time.Duration(0))
}
