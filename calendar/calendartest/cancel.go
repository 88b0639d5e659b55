package calendartest

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
)

func concurrencyCases() []testCase {
	return []testCase{
		{"OneSlotManyBookers", testOneSlotManyBookers},
		{"OneKeyManyRetries", testOneKeyManyRetries},
		{"OverlappingSlots", testOverlappingSlotsConcurrently},
	}
}

func cancelCases() []testCase {
	return []testCase{
		{"FreesSlot", testCancelFreesSlot},
		{"Twice", testCancelTwice},
		{"Unknown", testCancelUnknown},
		{"BadInput", testCancelBadInput},
	}
}

func tenantCases() []testCase {
	return []testCase{
		{"Isolated", testTenantsIsolated},
	}
}

// workers is how many goroutines race in the concurrency tests.
const workers = 20

// race runs fn(i) for i in [0, workers) at once and returns their results.
func race[T any](fn func(i int) (T, error)) ([]T, []error) {
	out := make([]T, workers)
	errs := make([]error, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i], errs[i] = fn(i)
		}()
	}
	close(start)
	wg.Wait()
	return out, errs
}

func testOneSlotManyBookers(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	params := make([]calendar.BookParams, workers)
	for i := range params {
		params[i] = h.bookParams(repNY, monday(10, 0))
	}
	got, errs := race(func(i int) (calendar.Booking, error) { return h.cal.Book(h.ctx, params[i]) })
	won := -1
	for i, err := range errs {
		switch {
		case err == nil && won >= 0:
			t.Fatalf("workers %d and %d both booked the slot (bookings %s and %s)", won, i, got[won].ID, got[i].ID)
		case err == nil:
			won = i
			checkBooking(t, got[i], params[i])
		default:
			wantSlotErr(t, err, calendar.ErrSlotTaken, fmt.Sprintf("worker %d", i))
		}
	}
	if won < 0 {
		t.Fatal("no worker booked the slot")
	}
	if slots := h.day(repNY, 2026, 3, 16); contains(slots, monday(10, 0)) {
		t.Fatal("the slot is still offered")
	}
	// The losers' keys booked nothing: each can book another slot.
	for i, p := range params {
		if i == won {
			continue
		}
		p.Slot.Start = monday(11, 0).Add(time.Duration(i) * 30 * time.Minute)
		if p.Slot.Start.Before(monday(17, 0)) {
			h.mustBook(p)
		}
	}
}

func testOneKeyManyRetries(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	got, errs := race(func(int) (calendar.Booking, error) { return h.cal.Book(h.ctx, p) })
	for i, err := range errs {
		if err != nil {
			t.Fatalf("worker %d: %v (every retry of one request must return its booking)", i, err)
		}
		checkBooking(t, got[i], p)
		if got[i].ID != got[0].ID {
			t.Fatalf("workers 0 and %d got bookings %s and %s for one key", i, got[0].ID, got[i].ID)
		}
	}
	if slots := h.day(repNY, 2026, 3, 16); contains(slots, monday(10, 0)) || !contains(slots, monday(10, 30)) {
		t.Fatalf("after 20 retries of one key: slots %v", fmtTimes(starts(slots)))
	}
}

// testOverlappingSlotsConcurrently: 45-minute meetings every 15 minutes
// with a 15-minute buffer; on each of three days, 20 goroutines book 20
// consecutive starts at once. Whatever wins, no two bookings come closer
// than the buffer.
func testOverlappingSlotsConcurrently(t *testing.T, newCalendar newFunc) {
	const buffer = 15 * time.Minute
	h := setup(t, newCalendar, calendar.Policy{MeetingLength: 45 * time.Minute, Increment: 15 * time.Minute, Buffer: buffer}, sundayNoon)
	for day := 16; day <= 18; day++ {
		params := make([]calendar.BookParams, workers)
		for i := range params {
			params[i] = h.bookParams(repNY, ny(2026, 3, day, 9, 0).Add(time.Duration(i)*15*time.Minute))
		}
		got, errs := race(func(i int) (calendar.Booking, error) { return h.cal.Book(h.ctx, params[i]) })
		var booked []calendar.Booking
		for i, err := range errs {
			if err != nil {
				wantSlotErr(t, err, calendar.ErrSlotTaken, fmt.Sprintf("worker %d", i))
				continue
			}
			booked = append(booked, got[i])
		}
		if len(booked) == 0 {
			t.Fatal("no worker booked")
		}
		for i, a := range booked {
			for _, b := range booked[i+1:] {
				if a.Start.Before(b.End.Add(buffer)) && b.Start.Before(a.End.Add(buffer)) {
					t.Fatalf("bookings %s (%v) and %s (%v) are closer than the %v buffer", a.ID, a.Start, b.ID, b.Start, buffer)
				}
			}
		}
	}
}

func testCancelFreesSlot(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	b := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	c, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant1, BookingID: b.ID})
	if err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	if c.ID != b.ID || c.Status != calendar.StatusCancelled || !c.Start.Equal(b.Start) || c.RepID != b.RepID {
		t.Fatalf("Cancel returned %+v, want booking %s cancelled", c, b.ID)
	}
	if got := h.day(repNY, 2026, 3, 16); !contains(got, monday(10, 0)) {
		t.Fatal("the cancelled slot is not offered again")
	}
	// Another lead can book it.
	h.mustBook(h.bookParams(repNY, monday(10, 0)))
}

func testCancelTwice(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	b := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	for i := range 2 {
		c, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant1, BookingID: b.ID})
		if err != nil || c.Status != calendar.StatusCancelled {
			t.Fatalf("Cancel #%d: %+v, %v; want the cancelled booking", i+1, c, err)
		}
	}
	// A second cancel does not cancel a later booking of the same slot.
	b2 := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	if _, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant1, BookingID: b.ID}); err != nil {
		t.Fatalf("Cancel #3: %v", err)
	}
	if got := h.day(repNY, 2026, 3, 16); contains(got, b2.Start) {
		t.Fatal("cancelling the old booking again freed the new booking's slot")
	}
}

func testCancelUnknown(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	b := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	_, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant1, BookingID: "no-such-booking"})
	wantErr(t, err, calendar.ErrNotFound, "Cancel(unknown ID)")
	_, err = h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant2, BookingID: b.ID})
	wantErr(t, err, calendar.ErrNotFound, "Cancel(another tenant's booking)")
	if got := h.day(repNY, 2026, 3, 16); contains(got, b.Start) {
		t.Fatal("another tenant's Cancel freed the slot")
	}
}

func testCancelBadInput(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	b := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	for what, p := range map[string]calendar.CancelParams{
		"no tenant":  {BookingID: b.ID},
		"no booking": {TenantID: tenant1},
	} {
		_, err := h.cal.Cancel(h.ctx, p)
		wantInputErr(t, err, "Cancel("+what+")")
	}
	if got := h.day(repNY, 2026, 3, 16); contains(got, b.Start) {
		t.Fatal("a refused Cancel freed the slot")
	}
}

func testTenantsIsolated(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	h.mustBook(p)
	// rep-ny of tenant 2 is another person: the slot is free there.
	free2, err := h.cal.FreeSlots(h.ctx, calendar.SlotsParams{TenantID: tenant2, RepID: repNY, From: monday(0, 0), To: monday(24, 0)})
	if err != nil {
		t.Fatalf("FreeSlots(tenant 2): %v", err)
	}
	if !contains(free2, monday(10, 0)) {
		t.Fatal("tenant 1's booking made tenant 2's rep busy")
	}
	// The same key in tenant 2 is another request.
	p.TenantID = tenant2
	b2 := h.mustBook(p) // checks b2 is tenant 2's
	busy2, err := h.cal.FreeSlots(h.ctx, calendar.SlotsParams{TenantID: tenant2, RepID: repNY, From: monday(0, 0), To: monday(24, 0)})
	if err != nil {
		t.Fatalf("FreeSlots(tenant 2): %v", err)
	}
	if contains(busy2, monday(10, 0)) {
		t.Fatalf("tenant 2's booking %+v did not take tenant 2's slot", b2)
	}
	if _, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant2, BookingID: b2.ID}); err != nil {
		t.Fatalf("Cancel(tenant 2): %v", err)
	}
	if got := h.day(repNY, 2026, 3, 16); contains(got, monday(10, 0)) {
		t.Fatal("cancelling tenant 2's booking freed tenant 1's slot")
	}
}
