package handoff_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestMeetingWithARepOffTheCalendar (reviewer Z, D4): a CRM books a
// meeting for a rep the calendar has no schedule for (a typo, a rep not
// set up yet) and gets an *InputError on RepID; a rep moves a meeting
// whose rep was taken off the calendar since and gets a *calendar.SlotError
// matching ErrSlotUnavailable; nothing is written either way, on every
// store, whether the calendar books in the engine's commit or before it.
// Both calls returned the calendar's own "calendar: not found", which is
// none of the errors their docs list (not handoff.ErrNotFound), so a
// host's error switch fell to "internal error". Calling the meeting off
// still works: cancelling asks no schedule.
func TestMeetingWithARepOffTheCalendar(t *testing.T) {
	t.Parallel()
	for _, remote := range []bool{false, true} {
		t.Run(fmt.Sprintf("remote=%v", remote), func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				var left atomic.Bool // Sarah was taken off the calendar
				env := meetSetup(t, st, func(c *handoff.Config) {
					hours := func(_ context.Context, _, repID string) (calendar.Schedule, error) {
						if repID != "sarah" || left.Load() {
							return calendar.Schedule{}, fmt.Errorf("calendar: no schedule for rep %q: %w", repID, calendar.ErrNotFound)
						}
						return calendar.Schedule{TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}, nil
					}
					cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: func() time.Time { return c.Now() },
						Schedules: calendar.ScheduleSourceFunc(hours), Policy: calendar.Policy{MeetingLength: 15 * time.Minute}})
					require.NoError(t, err)
					c.Booking.Calendar = cal
					if remote {
						c.Booking.Calendar = &remoteCal{cal: cal}
					}
				})
				ctx := context.Background()
				env.startWith(t, "c3", "+12125550103", "America/New_York") // nobody holds it: any rep may book

				before3 := env.trail(t, "c3")
				_, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c3", RepID: "bob",
					Start: wednesday10am, NotifyLead: true})
				var ie *handoff.InputError
				require.ErrorAs(t, err, &ie, "%v", err)
				require.ErrorIs(t, err, handoff.ErrInvalidInput)
				require.Equal(t, "RepID", ie.Field)
				require.Contains(t, err.Error(), "bob")
				require.Equal(t, before3, env.trail(t, "c3"), "nothing written")
				require.True(t, env.free(t, wednesday10am), "nothing booked")

				left.Store(true)
				before1 := env.snapshotOf(t)
				_, err = env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
					Start: wednesday10am, NotifyLead: true})
				var se *calendar.SlotError
				require.ErrorAs(t, err, &se, "%v", err)
				require.ErrorIs(t, err, calendar.ErrSlotUnavailable)
				require.Equal(t, "sarah", se.Slot.RepID)
				require.Equal(t, before1, env.snapshotOf(t), "nothing written")
				require.Equal(t, calendar.StatusBooked, env.status(t, env.m.BookingID), "the meeting stands")

				_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
				require.NoError(t, err)
				require.Equal(t, calendar.StatusCancelled, env.status(t, env.m.BookingID))
			})
		})
	}
}
