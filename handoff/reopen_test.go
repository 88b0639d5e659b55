package handoff_test

import (
	"context"
	"fmt"
	"strings"
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
// once. The reopened event names the message that reopened it
// ("message=", as a handoff event names the message that fired it), so an
// auditor can tie the reopening to it. On memstore, SQLite and
// PostgreSQL.
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
		require.Equal(t, out.MessageID, messageNamed(t, evs[0].Detail), "which message reopened it: %q", evs[0].Detail)
		require.True(t, strings.HasPrefix(evs[0].Detail, "prior_reason=explicit_ask "), "the handoff reason it had, first: %q", evs[0].Detail)

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

// TestLeadWritingAfterDoneOnAPausedConversationReopens: a rep may mark a
// conversation done while it is paused (a handoff or a thread the rep
// paused, or a pause a possible opt-out's review was released back to), or
// pause it after marking it done. When the lead writes again it reopens
// as a thread done while a rep drove does: Hot again and the rep's
// thread (state human, still assigned to that rep), the AI silent,
// nothing automated to the lead, the rep told, one reopened event, from
// paused to human. It had stayed paused: the inbox showed the reopened
// lead as "Paused" rather than a thread a rep must answer, and a reply
// from the rep left it paused. On memstore, SQLite and PostgreSQL.
func TestLeadWritingAfterDoneOnAPausedConversationReopens(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, team(t, st), nil)
		pause := func(t *testing.T, id, rep string) {
			t.Helper()
			_, err := env.e.Pause(ctx, handoff.PauseParams{TenantID: dspTenant, ConversationID: id, RepID: rep, Reason: "calling them"})
			require.NoError(t, err)
		}
		write := func(t *testing.T, id, rep string) {
			t.Helper()
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: id, RepID: rep,
				Body: "Hi Maria, talk tomorrow!", Send: true})
			require.NoError(t, err)
		}
		done := func(t *testing.T, id, rep string) {
			t.Helper()
			_, err := env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: id, RepID: rep})
			require.NoError(t, err)
		}
		cases := []struct {
			name   string
			phone  string
			before func(t *testing.T, id, rep string) // from the handoff to done, paused
		}{
			{"a handoff the rep paused, then done", "+12125550171", func(t *testing.T, id, rep string) {
				pause(t, id, rep)
				done(t, id, rep)
			}},
			{"a thread the rep paused, then done", "+12125550172", func(t *testing.T, id, rep string) {
				write(t, id, rep)
				pause(t, id, rep)
				done(t, id, rep)
			}},
			{"done, then paused", "+12125550173", func(t *testing.T, id, rep string) {
				write(t, id, rep)
				done(t, id, rep)
				pause(t, id, rep)
			}},
			{"a review released back to the pause, then done", "+12125550174", func(t *testing.T, id, rep string) {
				pause(t, id, rep)
				require.Equal(t, handoff.OutcomeReview, env.say(t, id, maybeRevoked).Kind)
				_, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: id, RepID: rep})
				require.NoError(t, err)
				require.Equal(t, store.StatePaused, env.conv(t, id).State)
				done(t, id, rep)
			}},
		}
		for i, tc := range cases {
			id := fmt.Sprintf("p%d", i)
			env.startWith(t, id, tc.phone, "America/New_York")
			h := env.say(t, id, "can you just call me").Conversation
			rep := h.AssignedTo
			require.NotEmpty(t, rep)
			tc.before(t, id, rep)
			c := env.conv(t, id)
			require.Equal(t, store.StatePaused, c.State, tc.name)
			require.Equal(t, store.StatusClosed, c.Status, tc.name)
			env.clock.Advance(time.Hour)
			env.runOnce(t)
			sent := len(env.sender.bodies())
			notes := len(env.notes.to())

			env.clock.Advance(24 * time.Hour)
			out := env.say(t, id, "hi, can someone call me back today? I got another offer")
			require.Equal(t, handoff.OutcomeRecorded, out.Kind, tc.name)
			require.Equal(t, store.StateHuman, out.State, tc.name)
			c = env.conv(t, id)
			require.Equal(t, store.StateHuman, c.State, "%s: the rep's thread; the AI stays silent", tc.name)
			require.Equal(t, store.StatusHot, c.Status, tc.name)
			require.Equal(t, rep, c.AssignedTo, tc.name)
			require.Equal(t, handoff.ReasonLeadWroteAfterClose, c.HandoffReason, tc.name)
			evs := env.events(t, id, store.EventReopened)
			require.Len(t, evs, 1, tc.name)
			require.Equal(t, store.StatePaused, evs[0].From, tc.name)
			require.Equal(t, store.StateHuman, evs[0].To, tc.name)
			require.Equal(t, store.ActorLead, evs[0].Actor, tc.name)
			require.Equal(t, out.MessageID, messageNamed(t, evs[0].Detail), "%s: which message reopened it: %q", tc.name, evs[0].Detail)

			env.clock.Advance(10 * time.Minute)
			env.runOnce(t)
			require.Len(t, env.sender.bodies(), sent, "%s: nothing automated to the lead", tc.name)
			require.Equal(t, []string{"rep_update:" + rep}, env.notes.to()[notes:], "%s: the rep is told", tc.name)

			require.Equal(t, handoff.OutcomeRecorded, env.say(t, id, "anyone?").Kind)
			require.Len(t, env.events(t, id, store.EventReopened), 1, "%s: reopened once", tc.name)
			write(t, id, rep)
			require.Equal(t, store.StateHuman, env.conv(t, id).State, "%s: the rep answers on their thread", tc.name)
			done(t, id, rep)
			require.Equal(t, store.StatusClosed, env.conv(t, id).Status, tc.name)
		}
	})
}
