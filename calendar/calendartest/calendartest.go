// Package calendartest is the conformance suite of [calendar.Calendar]. It
// uses only the standard library testing package (and package calendar),
// so a host's adapter can import it without extra dependencies.
//
// An adapter's test calls [Run] once with a constructor that builds a
// calendar honouring a [Setup]:
//
//	func TestConformance(t *testing.T) {
//		calendartest.Run(t, func(t *testing.T, s calendartest.Setup) calendar.Calendar {
//			st := memstore.New()
//			c, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{
//				Schedules: s.Schedules, Policy: s.Policy, Now: s.Now,
//			})
//			if err != nil {
//				t.Fatal(err)
//			}
//			return c
//		})
//	}
//
// It checks, one subtest per rule and a fresh calendar for each: slots
// honour working hours (split spans, increments, lengths), the minimum
// lead time, the horizon, the requested window and limit, buffers and
// existing bookings; zones with half-hour offsets and both clock changes
// of a year (a span across a change holds its real time; 09:00 stays 09:00
// on the wall); Book is idempotent per key (also after a cancel and after
// the slot expired) and refuses a reused key; a taken or unavailable slot
// is a *calendar.SlotError; 20 concurrent Books of one slot make exactly
// one booking, and concurrent Books of overlapping slots never overlap;
// Cancel frees the slot and is idempotent; tenants are isolated; bad input
// and a cancelled context get typed errors and write nothing.
//
// # What the suite assumes of an adapter
//
// The calendar reads time only through Setup.Now (the suite moves it) and
// takes each rep's hours and zone from Setup.Schedules (the same in every
// tenant) and its meeting length, increment, buffer, lead time and horizon
// from Setup.Policy, with the defaults documented on [calendar.Policy].
// Booking.CreatedAt must be set; its value is not checked (a remote
// calendar stamps it with its own clock).
package calendartest

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
)

// Setup is the world one subtest asks the calendar under test to honour.
type Setup struct {
	Policy    calendar.Policy
	Schedules calendar.Schedules
	// Now is the suite's clock; the calendar must read time through it.
	Now func() time.Time
}

// Run runs the conformance suite. newCalendar is called once per subtest
// and should register any cleanup with t.Cleanup. Subtests do not run in
// parallel.
func Run(t *testing.T, newCalendar func(t *testing.T, s Setup) calendar.Calendar) {
	t.Helper()
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			for _, c := range g.cases {
				t.Run(c.name, func(t *testing.T) {
					c.fn(t, newCalendar)
				})
			}
		})
	}
}

type newFunc = func(t *testing.T, s Setup) calendar.Calendar

type testCase struct {
	name string
	fn   func(t *testing.T, newCalendar newFunc)
}

type group struct {
	name  string
	cases []testCase
}

var groups = []group{
	{"Slots", slotCases()},
	{"Zones", zoneCases()},
	{"Book", bookCases()},
	{"Concurrency", concurrencyCases()},
	{"Cancel", cancelCases()},
	{"Tenant", tenantCases()},
}

// Tenants, reps and zones of the fixtures.
const (
	tenant1, tenant2 = "t1", "t2"

	repNY     = "rep-ny"     // America/New_York, Mon-Fri 09:00-17:00
	repSplit  = "rep-split"  // America/New_York, Mon 09:00-12:00 and 13:00-17:00
	repIndia  = "rep-india"  // Asia/Kolkata (UTC+05:30), Mon-Fri 09:00-17:00
	repLondon = "rep-london" // Europe/London, Mon-Fri 09:00-17:00
	repNight  = "rep-night"  // America/New_York, Sun 00:00-04:00 (across the clock changes) and Mon-Fri 09:00-10:00

	zoneNY = "America/New_York"
)

// schedules are the reps of every Setup.
var schedules = calendar.Schedules{
	repNY:     {TimeZone: zoneNY, Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))},
	repSplit:  {TimeZone: zoneNY, Week: []calendar.Hours{{Day: time.Monday, Start: calendar.Clock(9, 0), End: calendar.Clock(12, 0)}, {Day: time.Monday, Start: calendar.Clock(13, 0), End: calendar.Clock(17, 0)}}},
	repIndia:  {TimeZone: "Asia/Kolkata", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))},
	repLondon: {TimeZone: "Europe/London", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))},
	repNight: {TimeZone: zoneNY, Week: append(calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(10, 0)),
		calendar.Hours{Day: time.Sunday, Start: calendar.Clock(0, 0), End: calendar.Clock(4, 0)})},
}

// clock is the suite's movable clock.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// harness is one subtest's calendar with helpers that fail the test on
// unexpected errors.
type harness struct {
	t     *testing.T
	cal   calendar.Calendar
	clock *clock
	ctx   context.Context
	seq   int
}

// setup builds a calendar with policy p and the clock at now.
func setup(t *testing.T, newCalendar newFunc, p calendar.Policy, now time.Time) *harness {
	t.Helper()
	c := &clock{now: now}
	cal := newCalendar(t, Setup{Policy: p, Schedules: schedules, Now: c.Now})
	if cal == nil {
		t.Fatal("newCalendar returned nil")
	}
	return &harness{t: t, cal: cal, clock: c, ctx: t.Context()}
}

// local returns the wall-clock time in zone.
func local(zone string, y int, m time.Month, d, hh, mm int) time.Time {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		panic(err)
	}
	return time.Date(y, m, d, hh, mm, 0, 0, loc)
}

// ny returns a New York wall-clock time.
func ny(y int, m time.Month, d, hh, mm int) time.Time { return local(zoneNY, y, m, d, hh, mm) }

// utc returns a UTC time.
func utc(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

// The base week: Sunday 2026-03-15 noon in New York (after the spring
// change of March 8), Monday the 16th is the first working day.
var (
	sundayNoon = ny(2026, 3, 15, 12, 0)
	monday     = func(hh, mm int) time.Time { return ny(2026, 3, 16, hh, mm) }
)

func (h *harness) slots(p calendar.SlotsParams) []calendar.Slot {
	h.t.Helper()
	if p.TenantID == "" {
		p.TenantID = tenant1
	}
	got, err := h.cal.FreeSlots(h.ctx, p)
	if err != nil {
		h.t.Fatalf("FreeSlots(%s %s..%s): %v", p.RepID, p.From.Format(time.RFC3339), p.To.Format(time.RFC3339), err)
	}
	for i, s := range got {
		if s.RepID != p.RepID {
			h.t.Fatalf("slot %d: RepID %q, want %q", i, s.RepID, p.RepID)
		}
		if want := schedules[p.RepID].TimeZone; s.TimeZone != want {
			h.t.Fatalf("slot %d: TimeZone %q, want %q", i, s.TimeZone, want)
		}
		if i > 0 && !got[i-1].Start.Before(s.Start) {
			h.t.Fatalf("slots are not ordered by Start: %v then %v", got[i-1].Start, s.Start)
		}
	}
	return got
}

// day returns the free slots of rep on the New York day of t (or rep's own
// day for other zones).
func (h *harness) day(rep string, y int, m time.Month, d int) []calendar.Slot {
	h.t.Helper()
	zone := schedules[rep].TimeZone
	return h.slots(calendar.SlotsParams{RepID: rep, From: local(zone, y, m, d, 0, 0), To: local(zone, y, m, d+1, 0, 0)})
}

// starts returns the starts of slots.
func starts(slots []calendar.Slot) []time.Time {
	out := make([]time.Time, len(slots))
	for i, s := range slots {
		out[i] = s.Start
	}
	return out
}

// wantStarts fails the test unless got's starts are want, in order.
func wantStarts(t *testing.T, what string, got []calendar.Slot, want ...time.Time) {
	t.Helper()
	g := starts(got)
	ok := len(g) == len(want)
	for i := 0; ok && i < len(g); i++ {
		ok = g[i].Equal(want[i])
	}
	if !ok {
		t.Fatalf("%s: slot starts\n got  %v\n want %v", what, fmtTimes(g), fmtTimes(want))
	}
}

func fmtTimes(ts []time.Time) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.UTC().Format("Mon 01-02 15:04Z")
	}
	return out
}

// contains reports whether slots has one starting at t.
func contains(slots []calendar.Slot, t time.Time) bool {
	for _, s := range slots {
		if s.Start.Equal(t) {
			return true
		}
	}
	return false
}

// nextKey returns a fresh idempotency key.
func (h *harness) nextKey() string {
	h.seq++
	return "key-" + strconv.Itoa(h.seq)
}

// bookParams returns a request for rep at start, in tenant1, with a fresh key.
func (h *harness) bookParams(rep string, start time.Time) calendar.BookParams {
	key := h.nextKey()
	return calendar.BookParams{
		TenantID:       tenant1,
		Slot:           calendar.Slot{RepID: rep, Start: start},
		ConversationID: "conv-" + key,
		LeadID:         "lead-" + key,
		IdempotencyKey: key,
	}
}

// mustBook books and checks the booking's fields.
func (h *harness) mustBook(p calendar.BookParams) calendar.Booking {
	h.t.Helper()
	b, err := h.cal.Book(h.ctx, p)
	if err != nil {
		h.t.Fatalf("Book(%s at %s, key %s): %v", p.Slot.RepID, p.Slot.Start.UTC().Format(time.RFC3339), p.IdempotencyKey, err)
	}
	checkBooking(h.t, b, p)
	return b
}

// checkBooking fails the test unless b is what p booked (End only when p
// names it).
func checkBooking(t *testing.T, b calendar.Booking, p calendar.BookParams) {
	t.Helper()
	switch {
	case b.ID == "":
		t.Fatalf("booking has no ID: %+v", b)
	case b.TenantID != p.TenantID, b.RepID != p.Slot.RepID, b.ConversationID != p.ConversationID,
		b.LeadID != p.LeadID, b.IdempotencyKey != p.IdempotencyKey:
		t.Fatalf("booking %+v does not match the request %+v", b, p)
	case !b.Start.Equal(p.Slot.Start), !b.End.After(b.Start), !p.Slot.End.IsZero() && !b.End.Equal(p.Slot.End):
		t.Fatalf("booking %s is %v-%v, want %v-%v", b.ID, b.Start, b.End, p.Slot.Start, p.Slot.End)
	case b.TimeZone != schedules[p.Slot.RepID].TimeZone:
		t.Fatalf("booking %s: TimeZone %q, want the rep's %q", b.ID, b.TimeZone, schedules[p.Slot.RepID].TimeZone)
	case b.CreatedAt.IsZero():
		t.Fatalf("booking %s: CreatedAt is zero", b.ID)
	}
}

// wantErr fails the test unless errors.Is(err, target).
func wantErr(t *testing.T, err, target error, what string) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: got error %v, want one matching %v", what, err, target)
	}
}

// wantSlotErr fails the test unless err is a *calendar.SlotError matching
// target.
func wantSlotErr(t *testing.T, err, target error, what string) {
	t.Helper()
	wantErr(t, err, target, what)
	var se *calendar.SlotError
	if !errors.As(err, &se) {
		t.Fatalf("%s: %v is not a *calendar.SlotError", what, err)
	}
}

// wantInputErr fails the test unless err is a *calendar.InputError.
func wantInputErr(t *testing.T, err error, what string) {
	t.Helper()
	wantErr(t, err, calendar.ErrInvalidInput, what)
	var ie *calendar.InputError
	if !errors.As(err, &ie) || ie.Field == "" {
		t.Fatalf("%s: %v is not a *calendar.InputError naming a field", what, err)
	}
}
