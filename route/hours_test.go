package route_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/route"
)

func TestHoursOn(t *testing.T) {
	t.Parallel()
	nyDays := route.Hours{Zone: loc(t, "America/New_York"), Shifts: []route.Shift{{Day: time.Sunday, Start: 9 * time.Hour, End: 17 * time.Hour}}}
	kolkata := route.Hours{Zone: loc(t, "Asia/Kolkata"), Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}
	for _, tc := range []struct {
		name  string
		hours route.Hours
		at    time.Time
		want  bool
	}{
		// 2025-03-09: New York skips 02:00-03:00. Wall clock, not time
		// since midnight: 09:30 EDT is 7.5 hours after midnight EST.
		{"spring forward, on at 09:30 local", nyDays, time.Date(2025, 3, 9, 13, 30, 0, 0, time.UTC), true},
		{"spring forward, off at 08:59 local", nyDays, time.Date(2025, 3, 9, 12, 59, 0, 0, time.UTC), false},
		{"spring forward, off at 17:00 local", nyDays, time.Date(2025, 3, 9, 21, 0, 0, 0, time.UTC), false},
		// 2025-11-02: New York repeats 01:00-02:00. 16:59 EST is 22:59 UTC.
		{"fall back, on at 16:59 local", nyDays, time.Date(2025, 11, 2, 21, 59, 0, 0, time.UTC), true},
		{"fall back, off at 17:00 local", nyDays, time.Date(2025, 11, 2, 22, 0, 0, 0, time.UTC), false},
		{"fall back, off at 08:59 local", nyDays, time.Date(2025, 11, 2, 13, 59, 0, 0, time.UTC), false},
		{"half-hour zone, 09:00 IST", kolkata, time.Date(2025, 6, 11, 3, 30, 0, 0, time.UTC), true},
		{"half-hour zone, 08:59 IST", kolkata, time.Date(2025, 6, 11, 3, 29, 0, 0, time.UTC), false},
		// Friday 23:00 in Los Angeles is already Saturday in UTC and in
		// Kolkata: the rep's own weekday counts.
		{"weekday of the rep's zone", route.Hours{Zone: loc(t, "America/Los_Angeles"), Shifts: []route.Shift{{Day: time.Friday, Start: 22 * time.Hour, End: 24 * time.Hour}}},
			time.Date(2025, 6, 14, 6, 0, 0, 0, time.UTC), true},
		{"nil zone is UTC", route.Hours{Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}, time.Date(2025, 6, 11, 9, 0, 0, 0, time.UTC), true},
		{"no shifts is always on", route.Hours{Zone: loc(t, "Asia/Kolkata")}, wed, true},
	} {
		require.Equal(t, tc.want, tc.hours.On(tc.at), tc.name)
	}
}

func TestHoursNext(t *testing.T) {
	t.Parallel()
	ny := loc(t, "America/New_York")
	santiago := loc(t, "America/Santiago")
	for _, tc := range []struct {
		name   string
		shifts []route.Shift
		zone   *time.Location
		from   time.Time
		want   time.Time
	}{
		{"on shift now", route.Weekdays(9*time.Hour, 17*time.Hour), ny,
			at(t, "America/New_York", 2025, 6, 11, 12, 0), at(t, "America/New_York", 2025, 6, 11, 12, 0)},
		{"later today", route.Weekdays(9*time.Hour, 17*time.Hour), ny,
			at(t, "America/New_York", 2025, 6, 11, 7, 0), at(t, "America/New_York", 2025, 6, 11, 9, 0)},
		{"over the weekend", route.Weekdays(9*time.Hour, 17*time.Hour), ny,
			at(t, "America/New_York", 2025, 6, 13, 17, 0), at(t, "America/New_York", 2025, 6, 16, 9, 0)},
		// Friday before the spring change to Monday after: 63 hours, not 64.
		{"over the spring-forward weekend", route.Weekdays(9*time.Hour, 17*time.Hour), ny,
			at(t, "America/New_York", 2025, 3, 7, 18, 0), time.Date(2025, 3, 10, 13, 0, 0, 0, time.UTC)},
		{"over the fall-back weekend", route.Weekdays(9*time.Hour, 17*time.Hour), ny,
			at(t, "America/New_York", 2025, 10, 31, 18, 0), time.Date(2025, 11, 3, 14, 0, 0, 0, time.UTC)},
		// A shift starting at 02:30 on the day 02:00-03:00 is skipped
		// starts when the clocks jump, at 03:00 EDT.
		{"start in the skipped hour", []route.Shift{{Day: time.Sunday, Start: 2*time.Hour + 30*time.Minute, End: 4 * time.Hour}}, ny,
			time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC), time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC)},
		// 01:30-01:45 happens twice on the day 01:00-02:00 repeats: after
		// the first, the next start is the second, an hour later.
		{"start in the repeated hour", []route.Shift{{Day: time.Sunday, Start: 90 * time.Minute, End: 105 * time.Minute}}, ny,
			time.Date(2025, 11, 2, 5, 50, 0, 0, time.UTC), time.Date(2025, 11, 2, 6, 30, 0, 0, time.UTC)},
		// Falling back from 02:00 EDT to 01:00 EST re-enters a shift
		// that ended at 01:30.
		{"clock falls back into a shift", []route.Shift{{Day: time.Sunday, Start: 0, End: 90 * time.Minute}}, ny,
			time.Date(2025, 11, 2, 5, 40, 0, 0, time.UTC), time.Date(2025, 11, 2, 6, 0, 0, 0, time.UTC)},
		// Santiago skips Sunday 00:00-01:00 on 2025-09-07: a shift from
		// midnight starts at 01:00 -03.
		{"midnight that does not exist", []route.Shift{{Day: time.Sunday, Start: 0, End: 6 * time.Hour}}, santiago,
			time.Date(2025, 9, 7, 2, 0, 0, 0, time.UTC), time.Date(2025, 9, 7, 4, 0, 0, 0, time.UTC)},
		{"a week away", []route.Shift{{Day: time.Wednesday, Start: 9 * time.Hour, End: 10 * time.Hour}}, ny,
			at(t, "America/New_York", 2025, 6, 11, 10, 0), at(t, "America/New_York", 2025, 6, 18, 9, 0)},
	} {
		h := route.Hours{Zone: tc.zone, Shifts: tc.shifts}
		got, ok := h.Next(tc.from)
		require.True(t, ok, tc.name)
		require.True(t, got.Equal(tc.want), "%s: got %v, want %v", tc.name, got.In(tc.zone), tc.want.In(tc.zone))
	}
}

func TestRepNextAvailable(t *testing.T) {
	t.Parallel()
	ny := route.Hours{Zone: loc(t, "America/New_York"), Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}
	mon9 := at(t, "America/New_York", 2025, 6, 16, 9, 0)
	for _, tc := range []struct {
		name string
		rep  route.Rep
		want time.Time // zero: never
	}{
		{"next shift", route.Rep{Hours: ny}, mon9},
		{"absence ends mid-shift", route.Rep{Hours: ny, Away: []route.Period{{Start: mon9.Add(-time.Hour), End: mon9.Add(3 * time.Hour)}}}, mon9.Add(3 * time.Hour)},
		{"absence ends at night", route.Rep{Hours: ny, Away: []route.Period{{Start: mon9, End: mon9.Add(12 * time.Hour)}}}, mon9.Add(24 * time.Hour)},
		{"back-to-back absences", route.Rep{Hours: ny, Away: []route.Period{
			{Start: mon9.Add(2 * time.Hour), End: mon9.Add(26 * time.Hour)}, {Start: mon9.Add(-time.Hour), End: mon9.Add(3 * time.Hour)},
		}}, mon9.Add(26 * time.Hour)},
		{"open-ended absence", route.Rep{Hours: ny, Away: []route.Period{{Start: mon9}}}, time.Time{}},
		{"switched off", route.Rep{Hours: ny, Unavailable: true}, time.Time{}},
	} {
		got, ok := tc.rep.NextAvailable(at(t, "America/New_York", 2025, 6, 13, 17, 0))
		require.Equal(t, !tc.want.IsZero(), ok, tc.name)
		require.True(t, got.Equal(tc.want), "%s: got %v, want %v", tc.name, got, tc.want)
	}
}

// zones with a variety of clock changes: US and EU rules, the southern
// hemisphere, changes at midnight (Santiago), a 30-minute change
// (Lord Howe), half-hour offsets without changes (Kolkata).
var propertyZones = []string{
	"UTC", "America/New_York", "America/Los_Angeles", "America/Santiago", "Europe/London",
	"Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns",
}

// transitions are 2025 clock changes of propertyZones; random instants
// cluster around them.
var transitions = []time.Time{
	time.Date(2025, 3, 9, 7, 0, 0, 0, time.UTC),   // US spring
	time.Date(2025, 11, 2, 6, 0, 0, 0, time.UTC),  // US fall
	time.Date(2025, 3, 30, 1, 0, 0, 0, time.UTC),  // EU spring
	time.Date(2025, 10, 26, 1, 0, 0, 0, time.UTC), // EU fall
	time.Date(2025, 4, 6, 3, 0, 0, 0, time.UTC),   // Santiago fall
	time.Date(2025, 9, 7, 4, 0, 0, 0, time.UTC),   // Santiago spring
	time.Date(2025, 4, 5, 15, 0, 0, 0, time.UTC),  // Sydney, Lord Howe fall
	time.Date(2025, 10, 4, 16, 0, 0, 0, time.UTC), // Sydney, Lord Howe spring
	time.Date(2025, 6, 11, 15, 0, 0, 0, time.UTC), // no change
}

// randomInstant is a whole minute within four days of a clock change.
func randomInstant(r *rand.Rand) time.Time {
	base := transitions[r.IntN(len(transitions))]
	return base.Add(time.Duration(r.IntN(8*24*60)-4*24*60) * time.Minute)
}

// randomShifts returns up to n shifts on whole minutes, some short, some
// around midnight and the hours clocks change in.
func randomShifts(r *rand.Rand, n int) []route.Shift {
	out := make([]route.Shift, r.IntN(n+1))
	for i := range out {
		var start time.Duration
		if r.IntN(2) == 0 {
			start = time.Duration(r.IntN(4*60)) * time.Minute // 00:00-04:00, where clocks change
		} else {
			start = time.Duration(r.IntN(24*60-1)) * time.Minute
		}
		end := start + time.Duration(1+r.IntN(10*60))*time.Minute
		end = min(end, 24*time.Hour)
		out[i] = route.Shift{Day: time.Weekday(r.IntN(7)), Start: start, End: end}
	}
	return out
}

// onWall is the oracle for Hours.On: the wall clock of t in zone, in
// minutes.
func onWall(h route.Hours, t time.Time) bool {
	if len(h.Shifts) == 0 {
		return true
	}
	lt := t.In(h.Zone)
	m := time.Duration(lt.Hour()*60+lt.Minute()) * time.Minute
	for _, s := range h.Shifts {
		if s.Day == lt.Weekday() && s.Start <= m && m < s.End {
			return true
		}
	}
	return false
}

// TestHoursNextProperty checks Next against a minute-by-minute scan over
// random schedules in zones with clock changes.
func TestHoursNextProperty(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(10, 1))
	zones := make([]*time.Location, len(propertyZones))
	for i, z := range propertyZones {
		zones[i] = loc(t, z)
	}
	for i := range 300 {
		h := route.Hours{Zone: zones[r.IntN(len(zones))], Shifts: randomShifts(r, 4)}
		from := randomInstant(r)
		var want time.Time
		for m := range 8 * 24 * 60 {
			if c := from.Add(time.Duration(m) * time.Minute); onWall(h, c) {
				want = c
				break
			}
		}
		got, ok := h.Next(from)
		require.Equal(t, !want.IsZero(), ok, "case %d: %v from %v", i, h.Shifts, from.In(h.Zone))
		require.True(t, got.Equal(want), "case %d: %v in %v from %v: got %v, want %v",
			i, h.Shifts, h.Zone, from.In(h.Zone), got.In(h.Zone), want.In(h.Zone))
		require.Equal(t, onWall(h, from), h.On(from), "case %d", i)
	}
}
