package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
)

// TestScheduleZoneIsIANA: a rep's schedule is in the rep's IANA zone.
// "Local", which time.LoadLocation reads as the host's zone, is not one: a
// rep's 9:00 would be the server's, and two instances in different zones
// would offer different slots for one rep. It is refused as an unknown
// zone is, so no slot is offered on the host's clock.
func TestScheduleZoneIsIANA(t *testing.T) {
	t.Parallel()
	week := calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	for _, zone := range []string{"Local", "Mars/Olympus_Mons", ""} {
		s := calendar.Schedule{TimeZone: zone, Week: week}
		err := s.Validate()
		require.ErrorIs(t, err, calendar.ErrInvalidInput, "%q", zone)
		var ie *calendar.InputError
		require.ErrorAs(t, err, &ie, "%q", zone)
		require.Equal(t, "Schedule.TimeZone", ie.Field)
		slots, err := calendar.Policy{}.Free(calendar.FreeInput{RepID: "sarah", Schedule: s, Now: now})
		require.ErrorIs(t, err, calendar.ErrInvalidInput, "%q", zone)
		require.Empty(t, slots)
	}
	s := calendar.Schedule{TimeZone: "America/New_York", Week: week}
	require.NoError(t, s.Validate())
	slots, err := calendar.Policy{}.Free(calendar.FreeInput{RepID: "sarah", Schedule: s, Now: now, Limit: 1})
	require.NoError(t, err)
	require.Len(t, slots, 1)
	start, _ := slots[0].Local()
	require.Equal(t, 9, start.Hour(), "the rep's 9:00 in New York: %v", start)

	// A slot carrying the zone "Local" (from a host's Calendar) is read in
	// UTC, as one of an unknown zone, not on the host's clock.
	start, _ = calendar.Slot{Start: now, End: now.Add(time.Hour), TimeZone: "Local"}.Local()
	require.Equal(t, time.UTC, start.Location())
}
