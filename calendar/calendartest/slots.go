package calendartest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
)

func slotCases() []testCase {
	return []testCase{
		{"WorkingHours", testWorkingHours},
		{"SplitHours", testSplitHours},
		{"LengthAndIncrement", testLengthAndIncrement},
		{"LeadTime", testLeadTime},
		{"PastNeverOffered", testPastNeverOffered},
		{"Horizon", testHorizon},
		{"Window", testWindow},
		{"Limit", testLimit},
		{"BookingsAndBuffer", testBookingsAndBuffer},
		{"BadInput", testSlotsBadInput},
	}
}

// every returns the starts from first, step apart, before end.
func every(first, end time.Time, step time.Duration) []time.Time {
	var out []time.Time
	for t := first; t.Before(end); t = t.Add(step) {
		out = append(out, t)
	}
	return out
}

func testWorkingHours(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	week := h.slots(calendar.SlotsParams{RepID: repNY, From: ny(2026, 3, 15, 0, 0), To: ny(2026, 3, 22, 0, 0)})
	var want []time.Time
	for d := 16; d <= 20; d++ { // Monday to Friday
		want = append(want, every(ny(2026, 3, d, 9, 0), ny(2026, 3, d, 17, 0), 30*time.Minute)...)
	}
	wantStarts(t, "rep-ny's week (Mon-Fri 09:00-17:00, 30-minute meetings)", week, want...)
	for _, s := range week {
		if got := s.End.Sub(s.Start); got != calendar.DefaultMeetingLength {
			t.Fatalf("slot at %v lasts %v, want %v", s.Start, got, calendar.DefaultMeetingLength)
		}
	}
}

func testSplitHours(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	want := append(every(monday(9, 0), monday(12, 0), 30*time.Minute), every(monday(13, 0), monday(17, 0), 30*time.Minute)...)
	wantStarts(t, "Monday with a lunch break", h.day(repSplit, 2026, 3, 16), want...)
	wantStarts(t, "Tuesday (no hours)", h.day(repSplit, 2026, 3, 17))
}

func testLengthAndIncrement(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{MeetingLength: 45 * time.Minute, Increment: 15 * time.Minute}, sundayNoon)
	got := h.day(repNY, 2026, 3, 16)
	// The last 45-minute meeting that ends by 17:00 starts at 16:15.
	wantStarts(t, "45-minute meetings every 15 minutes", got, every(monday(9, 0), monday(16, 30), 15*time.Minute)...)
	if d := got[0].End.Sub(got[0].Start); d != 45*time.Minute {
		t.Fatalf("slot lasts %v, want 45m", d)
	}
}

func testLeadTime(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{LeadTime: 2 * time.Hour}, monday(10, 5))
	// 12:05 is the earliest start; the grid's next start is 12:30.
	wantStarts(t, "Monday at 10:05 with a 2h lead time", h.day(repNY, 2026, 3, 16), every(monday(12, 30), monday(17, 0), 30*time.Minute)...)
}

func testPastNeverOffered(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, monday(10, 0))
	// 10:00 is now: offered; 09:30 has begun: not.
	wantStarts(t, "Monday at 10:00", h.day(repNY, 2026, 3, 16), every(monday(10, 0), monday(17, 0), 30*time.Minute)...)
}

func testHorizon(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{Horizon: 48 * time.Hour}, sundayNoon)
	got := h.slots(calendar.SlotsParams{RepID: repNY, From: sundayNoon, To: sundayNoon.Add(10 * 24 * time.Hour)})
	// Sunday noon + 48h is Tuesday noon.
	want := append(every(monday(9, 0), monday(17, 0), 30*time.Minute), every(ny(2026, 3, 17, 9, 0), ny(2026, 3, 17, 12, 0), 30*time.Minute)...)
	wantStarts(t, "a 48h horizon", got, want...)
	// A zero window means now to the horizon.
	wantStarts(t, "the zero window", h.slots(calendar.SlotsParams{RepID: repNY}), want...)
}

func testWindow(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	wantStarts(t, "[10:00, 11:00)", h.slots(calendar.SlotsParams{RepID: repNY, From: monday(10, 0), To: monday(11, 0)}), monday(10, 0), monday(10, 30))
	// The grid stays anchored at the span's start.
	wantStarts(t, "[10:10, 11:01)", h.slots(calendar.SlotsParams{RepID: repNY, From: monday(10, 10), To: monday(11, 1)}), monday(10, 30), monday(11, 0))
	wantStarts(t, "an empty window", h.slots(calendar.SlotsParams{RepID: repNY, From: monday(10, 0), To: monday(10, 0)}))
	wantStarts(t, "the weekend", h.slots(calendar.SlotsParams{RepID: repNY, From: ny(2026, 3, 21, 0, 0), To: ny(2026, 3, 23, 0, 0)}))
}

func testLimit(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	wantStarts(t, "Limit 2", h.slots(calendar.SlotsParams{RepID: repNY, Limit: 2}), monday(9, 0), monday(9, 30))
}

func testBookingsAndBuffer(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{Buffer: 15 * time.Minute}, sundayNoon)
	h.mustBook(h.bookParams(repNY, monday(10, 0)))
	h.mustBook(h.bookParams(repNY, monday(15, 0)))
	// 09:30 ends at 10:00 and 10:30 starts when the 10:00 meeting ends:
	// both closer than the 15-minute buffer. 11:00 is 30 minutes away.
	var want []time.Time
	for _, s := range every(monday(9, 0), monday(17, 0), 30*time.Minute) {
		switch {
		case s.Equal(monday(9, 30)), s.Equal(monday(10, 0)), s.Equal(monday(10, 30)),
			s.Equal(monday(14, 30)), s.Equal(monday(15, 0)), s.Equal(monday(15, 30)):
		default:
			want = append(want, s)
		}
	}
	wantStarts(t, "Monday with bookings at 10:00 and 15:00 and a 15m buffer", h.day(repNY, 2026, 3, 16), want...)
	// Another rep is not affected.
	wantStarts(t, "rep-split's Monday", h.day(repSplit, 2026, 3, 16),
		append(every(monday(9, 0), monday(12, 0), 30*time.Minute), every(monday(13, 0), monday(17, 0), 30*time.Minute)...)...)
}

func testSlotsBadInput(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	for what, p := range map[string]calendar.SlotsParams{
		"no tenant":          {RepID: repNY},
		"no rep":             {TenantID: tenant1},
		"To before From":     {TenantID: tenant1, RepID: repNY, From: monday(12, 0), To: monday(11, 0)},
		"To before From (2)": {TenantID: tenant1, RepID: repNY, From: monday(12, 0), To: monday(12, 0).Add(-time.Nanosecond)},
	} {
		_, err := h.cal.FreeSlots(h.ctx, p)
		wantInputErr(t, err, "FreeSlots("+what+")")
	}
	_, err := h.cal.FreeSlots(h.ctx, calendar.SlotsParams{TenantID: tenant1, RepID: "rep-unknown"})
	wantErr(t, err, calendar.ErrNotFound, "FreeSlots(unknown rep)")

	ctx, cancel := context.WithCancel(h.ctx)
	cancel()
	_, err = h.cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: tenant1, RepID: repNY})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("FreeSlots with a cancelled context: got %v, want context.Canceled", err)
	}
}
