package handoff_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// A booking offer that quiet hours hold overnight is answered by a
// meeting booked before it goes, by the rep (BookMeeting) or by the
// lead's own pick: the offer still queued is cancelled in the booking's
// commit, audited, and the lead gets the confirmation in the morning, not
// slots for a meeting already booked.

// heldOffer starts c1, a New York lead whose engine holds texts to 8:00
// to 21:00, at `at`.
func heldOffer(t *testing.T, st store.Store, at time.Time) *afterEnv {
	t.Helper()
	env, _ := bookingSetupOn(t, st, at, func(c *handoff.Config) { c.QuietHours = &dnc.QuietHours{Start: 8, End: 21} },
		route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	return env
}

// offersSent lists the texts the lead got that offer slots: those whose
// body is one of offers.
func offersSent(env *afterEnv, offers ...string) []string {
	var out []string
	for _, b := range env.sender.bodies() {
		for _, o := range offers {
			if b == o {
				out = append(out, b)
			}
		}
	}
	return out
}

// requireOfferCancelled checks that c1's offer texts (its bridge and
// booking offers) still queued are cancelled, none pending, and that the
// trail audits the cancellation with reason, as other cancellations are.
func requireOfferCancelled(t *testing.T, env *afterEnv, st store.Store, reason string) {
	t.Helper()
	n := 0
	for _, it := range outboxOf(t, st, "c1") {
		if it.Kind == store.OutboxBridgeSMS || it.Kind == store.OutboxBookingOffer {
			require.NotEqual(t, store.OutboxPending, it.Status, "%s %s still queued", it.Kind, it.IdempotencyKey)
			if it.Status == store.OutboxCancelled {
				n++
			}
		}
	}
	require.Equal(t, 1, n, "the offer held overnight is cancelled")
	var audited []store.Event
	for _, ev := range env.events(t, "c1", store.EventOutboxCancelled) {
		if ev.Reason == reason && strings.Contains(ev.Detail, "queued automated text(s) cancelled") {
			audited = append(audited, ev)
		}
	}
	require.Len(t, audited, 1, "the cancellation is in the audit trail")
}

// TestBookMeetingCancelsAnOfferHeldOvernight: a lead hands off at 22:30
// and is offered Sarah's slots, a text quiet hours hold until 8:00; Sarah
// books the call at 22:45 (she phoned the lead from the CRM). The lead
// got, at 8:00, the offer of two slots for a meeting already booked, and
// the confirmation after it. So did a second offer ("neither works")
// held overnight after the first went by day.
func TestBookMeetingCancelsAnOfferHeldOvernight(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cases := []struct {
		name string
		// offer hands c1 off and returns the offer text the night
		// holds.
		offer func(t *testing.T, env *afterEnv) string
	}{
		{"the handoff's offer", func(t *testing.T, env *afterEnv) string {
			env.clock.Set(nightNY)
			out := env.say(t, "c1", "can you call me")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
			return out.Reply
		}},
		{"a second offer", func(t *testing.T, env *afterEnv) string {
			// at 20:30 the first offer goes
			out := env.say(t, "c1", "can you call me")
			require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
			env.runOnce(t)
			require.Contains(t, env.sender.bodies(), out.Reply)
			env.clock.Set(nightNY)
			out = env.say(t, "c1", "neither of those works, anything thursday?")
			require.Len(t, out.Conversation.Meeting.Offered, 2, "another offer: %q", out.Reply)
			return out.Reply
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				env := heldOffer(t, st, nightNY.Add(-2*time.Hour)) // 20:30
				offer := tc.offer(t, env)
				env.runOnce(t)
				require.Empty(t, offersSent(env, offer), "held by quiet hours")

				env.clock.Set(nightNY.Add(15 * time.Minute))
				res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
					Start: wednesday10amJune, NotifyLead: true})
				require.NoError(t, err)
				require.NotEmpty(t, res.Conversation.Meeting.BookingID)
				require.Empty(t, res.Conversation.Meeting.Offered)
				require.Equal(t, 1, res.Cancelled, "the offer still queued is cancelled")
				requireOfferCancelled(t, env, st, "update")

				texts := env.morning(t)
				require.Empty(t, offersSent(env, offer), "no offer for a meeting already booked")
				require.Contains(t, lastOf(texts), "Wed at 10am", "the lead gets the confirmation: %q", texts)
			})
		})
	}
}

// wednesday10amJune is Wednesday June 3, 2026, 10:00 in New York, a
// free time of Sarah's after the night of June 1.
var wednesday10amJune = time.Date(2026, 6, 3, 14, 0, 0, 0, time.UTC)

// TestLeadPickCancelsAnOfferHeldOvernight: the lead booking by text does
// as the rep's booking does: a lead who hands off at 22:30 and names one
// of the offered times at 22:40 ("tomorrow at 9am works"), before the
// offer quiet hours hold could go, is booked, and the offer is cancelled
// in the same commit: at 8:00 the lead gets the confirmation alone.
func TestLeadPickCancelsAnOfferHeldOvernight(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := heldOffer(t, st, nightNY)
		out := env.say(t, "c1", "can you call me")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
		offer := out.Reply
		env.runOnce(t)

		env.clock.Set(nightNY.Add(10 * time.Minute))
		pick := env.say(t, "c1", "tomorrow at 9am works")
		require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID, "booked: %q", pick.Reply)
		requireOfferCancelled(t, env, st, "message")

		texts := env.morning(t)
		require.Empty(t, offersSent(env, offer), "no offer for a meeting already booked")
		require.Equal(t, []string{pick.Reply}, texts, "the lead gets the confirmation alone")
	})
}

// TestWithdrawnOfferIsCancelled: the lead asks at 22:30 to move the
// meeting they booked by day, and is offered other times, a text quiet
// hours hold until 8:00. Whatever withdraws that offer overnight (the rep
// moves the meeting, the rep or the lead calls it off) cancels it in the
// same commit: the lead is not offered, in the morning, times to move a
// meeting already moved or called off.
func TestWithdrawnOfferIsCancelled(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cases := []struct {
		name     string
		reason   string // of the outbox_cancelled event
		withdraw func(t *testing.T, env *afterEnv)
	}{
		{"the rep moves the meeting", "update", func(t *testing.T, env *afterEnv) {
			_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
				Start: wednesday10amJune})
			require.NoError(t, err)
		}},
		{"the rep calls it off", "update", func(t *testing.T, env *afterEnv) {
			_, err := env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
			require.NoError(t, err)
		}},
		{"the lead calls it off", "message", func(t *testing.T, env *afterEnv) {
			env.say(t, "c1", "actually I need to cancel the call")
			require.Empty(t, env.conv(t, "c1").Meeting.BookingID)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				env := heldOffer(t, st, nightNY.Add(-2*time.Hour)) // 20:30
				require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
				env.runOnce(t)
				env.say(t, "c1", "the first one")
				require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID)
				env.runOnce(t)

				env.clock.Set(nightNY)
				out := env.say(t, "c1", "can we move it?")
				require.NotEmpty(t, out.Conversation.Meeting.Offered, "other times offered: %q", out.Reply)
				env.runOnce(t)
				require.Empty(t, offersSent(env, out.Reply), "held by quiet hours")

				env.clock.Set(nightNY.Add(15 * time.Minute))
				tc.withdraw(t, env)
				require.Empty(t, env.conv(t, "c1").Meeting.Offered)
				requireOfferCancelled(t, env, st, tc.reason)
				env.morning(t)
				require.Empty(t, offersSent(env, out.Reply), "no offer to move a meeting already moved or called off")
			})
		})
	}
}

// TestBookMeetingUnnotifiedKeepsTheHeldBridge: the handoff's bridge that
// offers slots is the lead's answer to asking for a person; quiet hours
// hold it overnight and the rep books a meeting with NotifyLead off.
// Nothing else tells the lead, so the bridge still goes in the morning
// (with the reminder later): cancelling it as a withdrawn offer, as a
// booking that confirms to the lead does, left the lead who asked for a
// person with nothing said (a re-read of this change).
func TestBookMeetingUnnotifiedKeepsTheHeldBridge(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := heldOffer(t, st, nightNY.Add(-2*time.Hour))
		env.clock.Set(nightNY)
		out := env.say(t, "c1", "can you call me")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Len(t, out.Conversation.Meeting.Offered, 2, "%q", out.Reply)
		env.runOnce(t)
		require.Empty(t, offersSent(env, out.Reply), "held by quiet hours")

		env.clock.Set(nightNY.Add(15 * time.Minute))
		res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Start: wednesday10amJune})
		require.NoError(t, err)
		require.NotEmpty(t, res.Conversation.Meeting.BookingID)
		require.Zero(t, res.Cancelled, "the bridge is the only text the lead gets tonight")
		env.morning(t)
		require.NotEmpty(t, offersSent(env, out.Reply), "the bridge goes in the morning")
	})
}
