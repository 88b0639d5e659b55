package handoff_test

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// stopStart has the lead of c1 opt out and back in at the times given:
// the STOP cancels what is queued to them, the START reopens the handoff.
func stopStart(t *testing.T, env *afterEnv, stop, start time.Time) {
	t.Helper()
	env.clock.Set(stop)
	require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
	env.clock.Set(start)
	env.say(t, "c1", "START")
	require.Equal(t, store.StateHandoff, env.conv(t, "c1").State, "START reopens the handoff")
}

// TestPickNeverReadAgainstAnOfferCancelledBeforeItWent: a pick by
// position ("the 2nd one") is read against an offer the lead could have
// got. An offer whose text was cancelled before it went (held by quiet
// hours overnight, then the lead's STOP cancelled it) never reached the
// lead: after their START, "the 2nd one" booked its second slot, or, once
// a later offer replaced it, that slot of the offer kept as the one the
// lead last got (store.Meeting.Seen). Now the cancelled offer is
// forgotten: the lead's pick is read against the offer they got before
// it, when there is one, and otherwise is an ordinary message.
func TestPickNeverReadAgainstAnOfferCancelledBeforeItWent(t *testing.T) {
	t.Parallel()
	t.Run("the handoff's offer, held then cancelled", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env := heldOffer(t, st, nightNY)
			out := env.say(t, "c1", "can you call me")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
			env.runOnce(t)
			require.Empty(t, offersSent(env, out.Reply), "held by quiet hours")
			stopStart(t, env, nightNY.Add(5*time.Minute), nightNY.Add(10*time.Minute))
			require.Empty(t, env.conv(t, "c1").Meeting.Offered, "an offer the lead never got is no offer")

			env.clock.Set(nightNY.Add(15 * time.Minute))
			env.say(t, "c1", "the 2nd one")
			require.Empty(t, env.conv(t, "c1").Meeting.BookingID, "nothing booked from an offer the lead never got")
			env.morning(t)
			require.Empty(t, offersSent(env, out.Reply), "the cancelled offer never goes")
		})
	})
	t.Run("a later offer, held then cancelled", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env, seen := dayOffer(t, st)
			env.clock.Set(nightNY)
			again := env.say(t, "c1", "neither of those works, anything thursday?")
			require.Len(t, again.Conversation.Meeting.Offered, 2, "another offer: %q", again.Reply)
			env.runOnce(t)
			require.Empty(t, offersSent(env, again.Reply), "held by quiet hours")
			stopStart(t, env, nightNY.Add(5*time.Minute), nightNY.Add(10*time.Minute))

			env.clock.Set(nightNY.Add(15 * time.Minute))
			pick := env.say(t, "c1", "ok the 2nd one")
			c := env.conv(t, "c1")
			require.NotEmpty(t, c.Meeting.BookingID, "booked: %q", pick.Reply)
			require.True(t, seen[1].Start.Equal(c.Meeting.Booked.Start),
				"booked %s, want %s, the slot of the offer the lead got", c.Meeting.Booked.Start, seen[1].Start)
		})
	})
	t.Run("an offer cancelled, then replaced", func(t *testing.T) {
		t.Parallel()
		tenantStores(t, func(t *testing.T, st store.Store) {
			env := heldOffer(t, st, nightNY)
			out := env.say(t, "c1", "can you call me")
			require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
			env.runOnce(t)
			stopStart(t, env, nightNY.Add(5*time.Minute), nightNY.Add(10*time.Minute))

			env.clock.Set(nightNY.Add(15 * time.Minute))
			env.say(t, "c1", "neither of those works, anything thursday?")
			require.Empty(t, env.conv(t, "c1").Meeting.Seen, "the offer the lead never got is not the one they saw")
			env.clock.Set(nightNY.Add(20 * time.Minute))
			env.say(t, "c1", "the 2nd one")
			if c := env.conv(t, "c1"); c.Meeting.BookingID != "" {
				for _, s := range out.Conversation.Meeting.Offered {
					require.False(t, s.Start.Equal(c.Meeting.Booked.Start), "booked %s, a slot of the offer the lead never got", s.Start)
				}
			}
		})
	})
}

// TestPickNeverReadAgainstAnOfferDeadLettered: an offer whose text the
// Dispatcher dead-lettered (the provider refused it every time) never
// reached the lead, yet their "the 2nd one" booked its second slot. The
// pick is read against the offer the lead got before it.
func TestPickNeverReadAgainstAnOfferDeadLettered(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := heldOffer(t, st, dspNoonNY)
		out := env.say(t, "c1", "can you call me")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		seen := out.Conversation.Meeting.Offered
		require.Len(t, seen, 2, "%q", out.Reply)
		env.runOnce(t)
		require.Contains(t, env.sender.bodies(), out.Reply, "the first offer goes")

		env.clock.Advance(10 * time.Minute)
		again := env.say(t, "c1", "neither of those works, anything thursday?")
		require.Len(t, again.Conversation.Meeting.Offered, 2, "another offer: %q", again.Reply)
		env.sender.fail = func(d handoff.Delivery) (error, bool) {
			if d.Body == again.Reply {
				return errors.New("provider refused it"), false
			}
			return nil, false
		}
		for range 12 {
			env.runOnce(t)
			env.clock.Advance(10 * time.Minute)
		}
		var dead []store.OutboxItem
		for _, it := range onlyKind(outboxOf(t, st, "c1"), store.OutboxBookingOffer) {
			if it.Status == store.OutboxDead {
				dead = append(dead, it)
			}
		}
		require.Len(t, dead, 1, "the second offer is dead-lettered")
		require.Equal(t, seen, env.conv(t, "c1").Meeting.Offered, "the offer standing is the one the lead got")

		pick := env.say(t, "c1", "ok the 2nd one")
		c := env.conv(t, "c1")
		require.NotEmpty(t, c.Meeting.BookingID, "booked: %q", pick.Reply)
		require.True(t, seen[1].Start.Equal(c.Meeting.Booked.Start),
			"booked %s, want %s, the slot of the offer the lead got", c.Meeting.Booked.Start, seen[1].Start)
	})
}
