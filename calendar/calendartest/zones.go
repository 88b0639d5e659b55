package calendartest

import (
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
)

func zoneCases() []testCase {
	return []testCase{
		{"HalfHourOffset", testHalfHourOffset},
		{"WallClockAcrossSpringChange", testWallClockAcrossSpringChange},
		{"SpanAcrossSpringForward", testSpanAcrossSpringForward},
		{"SpanAcrossFallBack", testSpanAcrossFallBack},
		{"BookInRepeatedHour", testBookInRepeatedHour},
	}
}

func testHalfHourOffset(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, utc(2026, 3, 15, 12, 0))
	got := h.slots(calendar.SlotsParams{RepID: repIndia, Limit: 2})
	// 09:00 in Kolkata (UTC+05:30) is 03:30 UTC.
	wantStarts(t, "rep-india's first slots", got, utc(2026, 3, 16, 3, 30), utc(2026, 3, 16, 4, 0))
	if s, _ := got[0].Local(); s.Hour() != 9 || s.Minute() != 0 {
		t.Fatalf("Slot.Local of the first slot: %v, want 09:00", s)
	}
}

// testWallClockAcrossSpringChange: 09:00 stays 09:00 on the rep's wall
// when the clocks change (New York on 2026-03-08, London on 2026-03-29).
func testWallClockAcrossSpringChange(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{Horizon: 60 * 24 * time.Hour}, utc(2026, 3, 1, 12, 0))
	first := func(rep string, y int, m time.Month, d int) time.Time {
		t.Helper()
		got := h.day(rep, y, m, d)
		if len(got) == 0 {
			t.Fatalf("%s has no slots on %d-%02d-%02d", rep, y, m, d)
		}
		return got[0].Start
	}
	for _, c := range []struct {
		rep      string
		y        int
		m        time.Month
		d        int
		wantUTC  time.Time
		whatTime string
	}{
		{repNY, 2026, 3, 6, utc(2026, 3, 6, 14, 0), "Friday 09:00 EST"},
		{repNY, 2026, 3, 9, utc(2026, 3, 9, 13, 0), "Monday 09:00 EDT"},
		{repLondon, 2026, 3, 27, utc(2026, 3, 27, 9, 0), "Friday 09:00 GMT"},
		{repLondon, 2026, 3, 30, utc(2026, 3, 30, 8, 0), "Monday 09:00 BST"},
	} {
		if got := first(c.rep, c.y, c.m, c.d); !got.Equal(c.wantUTC) {
			t.Fatalf("%s first slot on %s: %v, want %v", c.rep, c.whatTime, got.UTC(), c.wantUTC)
		}
	}
}

// testSpanAcrossSpringForward: rep-night works Sunday 00:00-04:00; on
// 2026-03-08 New York skips 02:00-03:00, so the span holds three real
// hours: six slots, none at 02:xx.
func testSpanAcrossSpringForward(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, utc(2026, 3, 1, 12, 0))
	got := h.day(repNight, 2026, 3, 8)
	wantStarts(t, "Sunday 2026-03-08 00:00-04:00 in New York", got,
		utc(2026, 3, 8, 5, 0), utc(2026, 3, 8, 5, 30), // 00:00, 00:30 EST
		utc(2026, 3, 8, 6, 0), utc(2026, 3, 8, 6, 30), // 01:00, 01:30 EST
		utc(2026, 3, 8, 7, 0), utc(2026, 3, 8, 7, 30), // 03:00, 03:30 EDT
	)
	for _, s := range got {
		if l, _ := s.Local(); l.Hour() == 2 {
			t.Fatalf("a slot at %v, in the hour New York skips", l)
		}
		if d := s.End.Sub(s.Start); d != 30*time.Minute {
			t.Fatalf("slot at %v lasts %v of real time, want 30m", s.Start, d)
		}
	}
}

// testSpanAcrossFallBack: on 2026-11-01 New York lives 01:00-02:00 twice,
// so Sunday 00:00-04:00 holds five real hours: ten slots, 01:00 and 01:30
// twice each (EDT, then EST).
func testSpanAcrossFallBack(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, utc(2026, 10, 28, 12, 0))
	wantStarts(t, "Sunday 2026-11-01 00:00-04:00 in New York", h.day(repNight, 2026, 11, 1),
		every(utc(2026, 11, 1, 4, 0), utc(2026, 11, 1, 9, 0), 30*time.Minute)...)
	// Friday before is EDT, Monday after is EST.
	wantStarts(t, "Friday 2026-10-30", h.day(repNight, 2026, 10, 30), utc(2026, 10, 30, 13, 0), utc(2026, 10, 30, 13, 30))
	wantStarts(t, "Monday 2026-11-02", h.day(repNight, 2026, 11, 2), utc(2026, 11, 2, 14, 0), utc(2026, 11, 2, 14, 30))
}

// testBookInRepeatedHour: booking the second 01:30 of the fall-back night
// leaves the first one free: slots are instants, not wall-clock readings.
func testBookInRepeatedHour(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, utc(2026, 10, 28, 12, 0))
	est := utc(2026, 11, 1, 6, 30) // 01:30 EST
	edt := utc(2026, 11, 1, 5, 30) // 01:30 EDT
	b := h.mustBook(h.bookParams(repNight, est))
	if !b.Start.Equal(est) {
		t.Fatalf("booked %v, want %v", b.Start, est)
	}
	got := h.day(repNight, 2026, 11, 1)
	if contains(got, est) || !contains(got, edt) {
		t.Fatalf("after booking 01:30 EST: 01:30 EST offered=%v (want false), 01:30 EDT offered=%v (want true)", contains(got, est), contains(got, edt))
	}
}
