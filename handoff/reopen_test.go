package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestLeadWritingAfterDoneReopens: the rep marked a handoff done
// (Complete), and a day later the lead writes again, asking for a call.
// The message reaches a person: the conversation is Hot again (status
// hot, reason lead_wrote_after_close, newest in the Hot inbox), still the
// rep's, the AI still silent, the rep told by a rep update, and the trail
// says so (a reopened event). It had been recorded only, status closed,
// invisible in the Hot inbox; without a Notifier nobody saw it (reviewer
// R's D3). The report counts the reopening and still one handoff, closed
// once. On memstore, SQLite and PostgreSQL.
func TestLeadWritingAfterDoneReopens(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		env.startWith(t, "c1", "+12125550161", "America/New_York")
		h := env.say(t, "c1", "can you just call me").Conversation
		rep := h.AssignedTo
		require.NotEmpty(t, rep)
		_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep,
			Body: "Hi Maria, talk tomorrow!", Send: true})
		require.NoError(t, err)
		_, err = env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep})
		require.NoError(t, err)
		env.runOnce(t)
		hot := func() []string {
			page, err := env.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
			require.NoError(t, err)
			var ids []string
			for _, en := range page.Entries {
				ids = append(ids, en.Conversation.ID)
			}
			return ids
		}
		require.Empty(t, hot(), "done: out of the Hot inbox")
		sent := len(env.sender.bodies())
		notes := len(env.notes.to())

		env.clock.Advance(24 * time.Hour)
		out := env.say(t, "c1", "hi, can someone call me back today? I got another offer")
		require.Equal(t, handoff.OutcomeRecorded, out.Kind)
		c := env.conv(t, "c1")
		require.Equal(t, store.StateHuman, c.State, "the rep's thread; the AI stays silent")
		require.Equal(t, store.StatusHot, c.Status)
		require.Equal(t, rep, c.AssignedTo)
		require.Equal(t, handoff.ReasonLeadWroteAfterClose, c.HandoffReason)
		require.True(t, c.HandoffAt.After(h.HandoffAt), "newest in the Hot inbox")
		require.Equal(t, []string{"c1"}, hot())
		evs := env.events(t, "c1", store.EventReopened)
		require.Len(t, evs, 1)
		require.Equal(t, handoff.ReasonLeadWroteAfterClose, evs[0].Reason)
		require.Equal(t, store.ActorLead, evs[0].Actor)

		env.clock.Advance(10 * time.Minute) // past Config.UpdateDelay, which gathers lead messages into one update
		env.runOnce(t)
		require.Len(t, env.sender.bodies(), sent, "nothing automated to the lead")
		require.Equal(t, []string{"rep_update:" + rep}, env.notes.to()[notes:], "the rep is told")

		require.Equal(t, handoff.OutcomeRecorded, env.say(t, "c1", "anyone?").Kind)
		require.Len(t, env.events(t, "c1", store.EventReopened), 1, "reopened once")
		_, err = env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep})
		require.NoError(t, err, "done again")
		require.Empty(t, hot())

		r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.EqualValues(t, 1, r.Handoffs)
		require.EqualValues(t, 1, r.Closed, "one handoff, closed once")
		require.EqualValues(t, 1, r.Reopened)
	})
}
