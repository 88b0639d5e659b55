package handoff_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestPassBriefNamesWhoHoldsTheLeadNow: the brief of the notification a
// pass queues (a re-route by the 5-minute rule, an escalation to the team,
// a Decline) names who holds the lead after the pass: the rep it went to,
// or nobody when the team's queue holds it. The re-routed rep's brief said
// assigned_to the rep who ignored it, and the team was sent "HOT: ... ->
// Sarah" right after the handoff was taken off Sarah, or after Sarah
// declined it, so the team read it as owned and nobody picked it up
// (reviewer GG, D3).
func TestPassBriefNamesWhoHoldsTheLeadNow(t *testing.T) {
	t.Parallel()
	names := map[string]string{"ana": "Ana", "ben": "Ben", "cy": "Cy", "dee": "Dee"}
	held := func(t *testing.T, n handoff.Notification, repID string) {
		t.Helper()
		head, _, _ := strings.Cut(n.Brief.Text(), "\n")
		if repID == "" {
			require.Empty(t, n.Brief.AssignedTo, "the team's queue holds it: %s", head)
			require.Empty(t, n.Brief.AssignedName, "the team's queue holds it: %s", head)
			require.NotContains(t, head, "->", "the header names nobody")
			return
		}
		require.Equal(t, repID, n.Brief.AssignedTo, head)
		require.Equal(t, names[repID], n.Brief.AssignedName, head)
		require.True(t, strings.HasSuffix(head, "-> "+names[repID]), head)
	}
	lastNote := func(env *afterEnv) handoff.Notification {
		env.notes.mu.Lock()
		defer env.notes.mu.Unlock()
		return env.notes.n[len(env.notes.n)-1]
	}

	t.Run("rerouted then escalated", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.SLAReroutes = 1 })
			first := env.handoff(t, "c1").AssignedTo
			env.runOnce(t)
			held(t, lastNote(env), first)

			env.clock.Advance(5 * time.Minute)
			env.runOnce(t)
			env.runOnce(t)
			second := env.conv(t, "c1").AssignedTo
			require.NotEqual(t, first, second)
			n := lastNote(env)
			require.Equal(t, second, n.Item.To)
			held(t, n, second)

			env.clock.Advance(5 * time.Minute)
			env.runOnce(t)
			env.runOnce(t)
			n = lastNote(env)
			require.Equal(t, "team", n.Item.To)
			held(t, n, "")
		})
	})

	t.Run("declined", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env := afterSetup(t, st, team(t, st), nil)
			ctx := context.Background()
			first := env.handoff(t, "c1").AssignedTo
			res, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: first, Reason: "on vacation"})
			require.NoError(t, err)
			next := res.Conversation.AssignedTo
			require.NotEqual(t, first, next)
			env.runOnce(t)
			n := lastNote(env)
			require.Equal(t, next, n.Item.To)
			held(t, n, next)
		})
	})

	t.Run("declined to the team", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env := afterSetup(t, st, route.NewPool(route.Rep{ID: "ana", Name: "Ana"}), nil)
			ctx := context.Background()
			require.Equal(t, "ana", env.handoff(t, "c1").AssignedTo)
			_, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: "ana", Reason: "on vacation"})
			require.NoError(t, err)
			env.runOnce(t)
			n := lastNote(env)
			require.Equal(t, "team", n.Item.To)
			held(t, n, "")
		})
	})
}
