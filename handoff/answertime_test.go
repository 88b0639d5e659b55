package handoff_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// leadTimeSetup is examples/booking's calendar on st: Sarah 9-17 New
// York, 15-minute meetings on a 15-minute grid, an hour of lead time;
// Monday 15:00 in New York. mod may adjust the booking config.
func leadTimeSetup(t *testing.T, st store.Store, mod func(*handoff.BookingConfig)) *afterEnv {
	t.Helper()
	clk := &dspClock{t: monday3pm}
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: clk.Now,
		Schedules: calendar.Schedules{"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}},
		Policy:    calendar.Policy{MeetingLength: 15 * time.Minute, Increment: 15 * time.Minute, LeadTime: time.Hour}})
	require.NoError(t, err)
	env := afterSetup(t, st, route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}), func(c *handoff.Config) {
		c.Booking = &handoff.BookingConfig{Calendar: cal}
		if mod != nil {
			mod(c.Booking)
		}
		c.Now = clk.Now
	})
	env.clock = clk
	return env
}

// TestPickOfAnOfferedSlotMinutesLaterIsBooked: a lead answers the offer
// a few minutes after it, as leads do, and the slot they pick is booked.
// The first slot used to be offered at the calendar's very edge (now plus
// its hour of lead time), so two minutes later the calendar no longer
// took it: nothing was booked and the lead got two other times. The
// offered slots now start BookingConfig.AnswerTime (15 minutes by
// default) past the calendar's lead time.
func TestPickOfAnOfferedSlotMinutesLaterIsBooked(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := leadTimeSetup(t, st, nil)
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		out := env.say(t, "c1", "can you call me about selling")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		offered := env.conv(t, "c1").Meeting.Offered
		require.Len(t, offered, 2, "the bridge offers two slots: %q", out.Reply)
		require.False(t, offered[0].Start.Before(monday3pm.Add(time.Hour+15*time.Minute)),
			"the first slot leaves the lead the answer time past the calendar's lead time: %q", out.Reply)

		env.clock.Advance(2 * time.Minute)
		out = env.say(t, "c1", "the first one")
		c := env.conv(t, "c1")
		require.NotEmpty(t, c.Meeting.BookingID, "the pick is booked: %q", out.Reply)
		require.True(t, c.Meeting.Booked.Start.Equal(offered[0].Start), "the slot picked is booked: %s", c.Meeting.Booked.Start)
	})
}

// TestAnswerTimeIsTheLeadsToAnswer: with AnswerTime set, a pick made just
// within it books; and a pick of a slot the calendar no longer takes (an
// answer after the answer time, inside its lead time) is answered with
// the other slot still on offer, first, and another, not with times after
// both: the lead did not turn that one down.
func TestAnswerTimeIsTheLeadsToAnswer(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := leadTimeSetup(t, st, func(b *handoff.BookingConfig) { b.AnswerTime = 30 * time.Minute })
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me about selling").Kind)
		offered := env.conv(t, "c1").Meeting.Offered
		require.Len(t, offered, 2)
		require.False(t, offered[0].Start.Before(monday3pm.Add(90*time.Minute)), "%s", offered[0].Start)

		env.clock.Advance(29 * time.Minute)
		out := env.say(t, "c1", "the first one")
		require.True(t, env.conv(t, "c1").Meeting.Booked.Start.Equal(offered[0].Start), "booked within the answer time: %q", out.Reply)

		env.startWith(t, "c2", "+12125550102", "America/New_York")
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c2", "can you call me about selling").Kind)
		offered = env.conv(t, "c2").Meeting.Offered
		require.Len(t, offered, 2)
		env.clock.Set(offered[0].Start.Add(-30 * time.Minute)) // inside the calendar's hour
		out = env.say(t, "c2", "the first one")
		c := env.conv(t, "c2")
		require.Empty(t, c.Meeting.BookingID, "the calendar no longer takes it")
		require.Len(t, c.Meeting.Offered, 2, "other times: %q", out.Reply)
		require.True(t, c.Meeting.Offered[0].Start.Equal(offered[1].Start),
			"the slot still on offer is offered first: %s, want %s (%q)", c.Meeting.Offered[0].Start, offered[1].Start, out.Reply)
	})
}
