package handoff_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// A lead who asks for other times overnight is offered them in texts
// quiet hours hold until 8:00. A later offer replaces the earlier one
// still queued, which is cancelled in the same commit, and a reply
// before the later offer goes is read against the offer the lead last
// got.

// dayOffer hands c1 off at 20:30 in New York, where the engine holds
// texts to 8:00 to 21:00, and sends the lead the offer, which it returns
// with its slots.
func dayOffer(t *testing.T, st store.Store) (*afterEnv, []store.MeetingSlot) {
	t.Helper()
	env := heldOffer(t, st, nightNY.Add(-2*time.Hour)) // 20:30
	out := env.say(t, "c1", "can you call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
	env.runOnce(t)
	require.Contains(t, env.sender.bodies(), out.Reply, "the first offer goes by day")
	return env, out.Conversation.Meeting.Offered
}

// TestNewOfferCancelsAnEarlierOfferNotSent: the lead, offered slots by
// day, asks for other times at 22:30 and again at 22:35; both offers are
// held by quiet hours. The lead got both at 8:00, the first offering
// slots no longer on offer. The second cancels the first in its commit,
// audited, and the lead gets the latest alone.
func TestNewOfferCancelsAnEarlierOfferNotSent(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env, _ := dayOffer(t, st)
		env.clock.Set(nightNY)
		first := env.say(t, "c1", "neither of those works, anything thursday?")
		require.Len(t, first.Conversation.Meeting.Offered, 2, "another offer: %q", first.Reply)
		env.runOnce(t)
		require.Empty(t, offersSent(env, first.Reply), "held by quiet hours")

		env.clock.Set(nightNY.Add(5 * time.Minute))
		second := env.say(t, "c1", "hmm none of those either, how about friday?")
		require.Len(t, second.Conversation.Meeting.Offered, 2, "another offer: %q", second.Reply)
		require.NotEqual(t, first.Reply, second.Reply)
		var status []store.OutboxStatus
		for _, it := range onlyKind(outboxOf(t, st, "c1"), store.OutboxBookingOffer) {
			status = append(status, it.Status)
		}
		require.Equal(t, []store.OutboxStatus{store.OutboxCancelled, store.OutboxPending}, status,
			"the earlier offer held is cancelled, the latest queued")
		audited := 0
		for _, ev := range env.events(t, "c1", store.EventOutboxCancelled) {
			if ev.Reason == "message" && strings.Contains(ev.Detail, "1 queued automated text(s) cancelled") {
				audited++
			}
		}
		require.Equal(t, 1, audited, "the cancellation is in the audit trail")

		texts := env.morning(t)
		require.Empty(t, offersSent(env, first.Reply), "the earlier offer is not sent: %q", texts)
		require.Equal(t, []string{second.Reply}, offersSent(env, second.Reply), "the latest offer goes")
	})
}
