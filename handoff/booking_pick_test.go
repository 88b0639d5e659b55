package handoff_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/store"
)

// TestBookingNextWeekdayAndNextWeek: on a Friday, offered "today at
// 3:30pm or Mon at 9am", a lead who answers "next friday" is offered the
// Friday a week away and nothing is booked; "next week" said on a
// Wednesday is offered slots of the week after, not more of this one,
// and not only its Monday.
func TestBookingNextWeekdayAndNextWeek(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env, _ := bookingSetup(t, time.Date(2026, 3, 6, 15, 0, 0, 0, ny))
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	out := env.say(t, "c1", "call me please")
	require.Contains(t, out.Reply, "today at 3:30pm")
	out = env.say(t, "c1", "next friday")
	c := env.conv(t, "c1")
	require.Empty(t, c.Meeting.BookingID, "nothing booked: %q", out.Reply)
	require.Empty(t, env.events(t, "c1", store.EventBooked))
	require.NotEmpty(t, c.Meeting.Offered, "%q", out.Reply)
	for _, s := range c.Meeting.Offered {
		require.Equal(t, 13, s.Start.In(ny).Day(), "offered %s for next friday: %q", s.Start.In(ny), out.Reply)
	}

	env, cal := bookingSetup(t, time.Date(2026, 3, 4, 15, 0, 0, 0, ny)) // a Wednesday
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Contains(t, env.say(t, "c1", "call me please").Reply, "tomorrow at 9am")
	// Sarah's Monday is full: next week is more than its Monday.
	ctx := context.Background()
	monday := time.Date(2026, 3, 9, 0, 0, 0, 0, ny)
	full, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: dspTenant, RepID: "sarah", From: monday, To: monday.AddDate(0, 0, 1), Limit: 200})
	require.NoError(t, err)
	require.NotEmpty(t, full)
	for i, s := range full {
		_, err := cal.Book(ctx, calendar.BookParams{TenantID: dspTenant, Slot: s, IdempotencyKey: fmt.Sprint("other-", i)})
		require.NoError(t, err)
	}
	out = env.say(t, "c1", "neither, next week")
	offered := env.conv(t, "c1").Meeting.Offered
	require.NotEmpty(t, offered, "%q", out.Reply)
	for _, s := range offered {
		st := s.Start.In(ny)
		require.True(t, !st.Before(time.Date(2026, 3, 9, 0, 0, 0, 0, ny)) && st.Before(time.Date(2026, 3, 16, 0, 0, 0, 0, ny)),
			"offered %s for next week: %q", st, out.Reply)
	}
}

// TestBookingSpanishDayPart: "ninguna, el martes en la tarde" is offered
// Tuesday afternoon, as "por la tarde" is.
func TestBookingSpanishDayPart(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env, _ := bookingSetup(t, time.Date(2026, 3, 6, 15, 0, 0, 0, ny))
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	env.say(t, "c1", "call me please")
	out := env.say(t, "c1", "ninguna, el martes en la tarde")
	offered := env.conv(t, "c1").Meeting.Offered
	require.NotEmpty(t, offered, "%q", out.Reply)
	for _, s := range offered {
		st := s.Start.In(ny)
		require.True(t, st.Weekday() == time.Tuesday && st.Hour() >= 12, "offered %s for Tuesday afternoon: %q", st, out.Reply)
	}
}
