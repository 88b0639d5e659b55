package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestPassAfterEngagingStartsTheNextRepsClock: a rep who accepted a
// handoff, or wrote to the lead, and then passes it to the next rep
// (Decline) hands over a handoff nobody has engaged: the next rep gets a
// fresh 5-minute clock, as Decline's doc promises, and when they do
// nothing the 5-minute rule re-routes it, then escalates it to the team.
// The engagement was the first rep's: EngagedAt was kept, the queued
// check lapsed as if the new rep had acted, and a lead told "Mike will
// text you in about two minutes" waited forever (reviewer EE, D1). The
// one voice holds through the pass: a lead message is only recorded, as
// the conversation still waits for a person (handoff) or a person wrote
// to the lead (human). The report's time to rep is the first rep's
// accept, once: the pass is no second answer.
func TestPassAfterEngagingStartsTheNextRepsClock(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		state store.State // after the first rep's action
	}{
		{"accepted", store.StateHandoff},
		{"wrote", store.StateHuman},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.SLAReroutes = 1 })
				ctx := context.Background()
				first := env.handoff(t, "c1").AssignedTo
				env.runOnce(t)
				env.clock.Advance(time.Minute)
				if tc.state == store.StateHandoff {
					_, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: first})
					require.NoError(t, err)
				} else {
					_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: first, Body: "Hi Maria, this is your agent"})
					require.NoError(t, err)
				}
				require.False(t, env.conv(t, "c1").EngagedAt.IsZero())
				env.clock.Advance(time.Minute)
				res, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: first, Reason: "going on break"})
				require.NoError(t, err)
				next := res.Conversation.AssignedTo
				require.NotEmpty(t, next)
				require.NotEqual(t, first, next)
				require.Equal(t, tc.state, res.Conversation.State, "the pass keeps who may speak")
				require.True(t, res.Conversation.EngagedAt.IsZero(), "the next rep has not engaged")
				env.runOnce(t)

				out := env.say(t, "c1", "hello? anyone there")
				require.Equal(t, handoff.OutcomeRecorded, out.Kind, "the AI stays silent after the pass")

				env.clock.Advance(4 * time.Minute)
				env.runOnce(t)
				require.Equal(t, next, env.conv(t, "c1").AssignedTo, "not before five minutes")
				env.clock.Advance(time.Minute + time.Second)
				env.runOnce(t)
				ev := env.events(t, "c1", store.EventRerouted)
				require.Len(t, ev, 1, "the 5-minute rule on the next rep")
				third := env.conv(t, "c1").AssignedTo
				require.Equal(t, next+" -> "+third+" after 5m1s", ev[0].Detail)
				require.Equal(t, "sla", ev[0].Reason)
				env.clock.Advance(5*time.Minute + time.Second)
				env.runOnce(t)
				require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1, "then the team")
				c := env.conv(t, "c1")
				require.Empty(t, c.AssignedTo)
				require.True(t, c.EngagedAt.IsZero())
				require.Equal(t, tc.state, c.State)

				r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
				require.NoError(t, err)
				require.EqualValues(t, 1, r.Handoffs)
				require.EqualValues(t, 1, r.Responded, "the first rep answered the handoff")
				require.Equal(t, time.Minute, r.TimeToRepP50, "the first rep's action, not a later one")
				require.EqualValues(t, 1, r.SLABreaches, "the next rep let it wait")

				_, err = env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: next})
				require.NoError(t, err, "any rep of the team may accept it")
				require.False(t, env.conv(t, "c1").EngagedAt.IsZero())
			})
		})
	}
}
