package calendartest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
)

func bookCases() []testCase {
	return []testCase{
		{"BookTakesSlot", testBookTakesSlot},
		{"SlotTaken", testSlotTaken},
		{"OverlapAndBuffer", testOverlapAndBuffer},
		{"Idempotent", testIdempotent},
		{"IdempotentAfterCancel", testIdempotentAfterCancel},
		{"IdempotentAfterExpiry", testIdempotentAfterExpiry},
		{"KeyReused", testKeyReused},
		{"Unavailable", testUnavailable},
		{"BadInput", testBookBadInput},
		{"CancelledContext", testBookCancelledContext},
	}
}

func testBookTakesSlot(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	b := h.mustBook(p)
	if b.Status != calendar.StatusBooked {
		t.Fatalf("Status %q, want booked", b.Status)
	}
	if !b.End.Equal(monday(10, 30)) {
		t.Fatalf("End %v, want Start + 30m", b.End)
	}
	got := h.day(repNY, 2026, 3, 16)
	if contains(got, monday(10, 0)) || !contains(got, monday(9, 30)) || !contains(got, monday(10, 30)) {
		t.Fatalf("after booking 10:00 (no buffer): slots %v; want 10:00 gone, 09:30 and 10:30 free", fmtTimes(starts(got)))
	}
	// An explicit End equal to the meeting length is the same slot.
	p2 := h.bookParams(repNY, monday(11, 0))
	p2.Slot.End = monday(11, 30)
	h.mustBook(p2)
}

func testSlotTaken(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	first := h.mustBook(h.bookParams(repNY, monday(10, 0)))
	_, err := h.cal.Book(h.ctx, h.bookParams(repNY, monday(10, 0)))
	wantSlotErr(t, err, calendar.ErrSlotTaken, "Book(a booked slot, another key)")
	var se *calendar.SlotError
	errors.As(err, &se)
	if se.Slot.RepID != repNY || !se.Slot.Start.Equal(monday(10, 0)) {
		t.Fatalf("SlotError.Slot %+v, want rep-ny at 10:00", se.Slot)
	}
	// The winner is untouched and the slot stays taken.
	if got := h.day(repNY, 2026, 3, 16); contains(got, first.Start) {
		t.Fatal("the booked slot is offered again after a refused Book")
	}
}

func testOverlapAndBuffer(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{MeetingLength: 45 * time.Minute, Increment: 15 * time.Minute, Buffer: 15 * time.Minute}, sundayNoon)
	h.mustBook(h.bookParams(repNY, monday(10, 0))) // 10:00-10:45
	for _, c := range []struct {
		what  string
		start time.Time
	}{
		{"overlapping the start", monday(9, 30)},
		{"overlapping the end", monday(10, 30)},
		{"inside the buffer after", monday(10, 45)},
		{"ending inside the buffer before", monday(9, 15)},
	} {
		_, err := h.cal.Book(h.ctx, h.bookParams(repNY, c.start))
		wantSlotErr(t, err, calendar.ErrSlotTaken, "Book("+c.what+")")
	}
	// Exactly one buffer away on either side is free.
	h.mustBook(h.bookParams(repNY, monday(11, 0)))
	h.mustBook(h.bookParams(repNY, monday(9, 0)))
}

func testIdempotent(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	first := h.mustBook(p)
	again := h.mustBook(p)
	if again.ID != first.ID || again.Status != calendar.StatusBooked {
		t.Fatalf("second Book with the same key: %+v, want booking %s again", again, first.ID)
	}
	// One booking only: the next slot is still free, the slot is not.
	got := h.day(repNY, 2026, 3, 16)
	if contains(got, monday(10, 0)) || !contains(got, monday(10, 30)) {
		t.Fatalf("slots after two Books with one key: %v", fmtTimes(starts(got)))
	}
	// With an explicit End the request is the same.
	p.Slot.End = monday(10, 30)
	if b := h.mustBook(p); b.ID != first.ID {
		t.Fatalf("same key with explicit End: booking %s, want %s", b.ID, first.ID)
	}
}

func testIdempotentAfterCancel(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	first := h.mustBook(p)
	if _, err := h.cal.Cancel(h.ctx, calendar.CancelParams{TenantID: tenant1, BookingID: first.ID}); err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	// The key names the cancelled booking: a replay does not rebook.
	again := h.mustBook(p)
	if again.ID != first.ID || again.Status != calendar.StatusCancelled {
		t.Fatalf("Book with the key of a cancelled booking: %+v, want booking %s, cancelled", again, first.ID)
	}
	if got := h.day(repNY, 2026, 3, 16); !contains(got, monday(10, 0)) {
		t.Fatal("a replayed key booked the cancelled slot again")
	}
}

func testIdempotentAfterExpiry(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{LeadTime: time.Hour}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	first := h.mustBook(p)
	// The slot is now inside the lead time (and then in the past): a
	// retry of the same request still returns the booking it made.
	for _, now := range []time.Time{monday(9, 30), monday(11, 0)} {
		h.clock.Set(now)
		if b := h.mustBook(p); b.ID != first.ID {
			t.Fatalf("replay at %v: booking %s, want %s", now, b.ID, first.ID)
		}
	}
	// A new request for an expired slot is refused.
	_, err := h.cal.Book(h.ctx, h.bookParams(repNY, monday(11, 30)))
	wantSlotErr(t, err, calendar.ErrSlotUnavailable, "Book(a slot inside the lead time)")
}

func testKeyReused(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	p := h.bookParams(repNY, monday(10, 0))
	h.mustBook(p)
	for what, mutate := range map[string]func(p *calendar.BookParams){
		"another start":        func(p *calendar.BookParams) { p.Slot.Start = monday(11, 0) },
		"another rep":          func(p *calendar.BookParams) { p.Slot.RepID = repSplit },
		"another conversation": func(p *calendar.BookParams) { p.ConversationID = "conv-other" },
		"another lead":         func(p *calendar.BookParams) { p.LeadID = "lead-other" },
	} {
		q := p
		mutate(&q)
		_, err := h.cal.Book(h.ctx, q)
		wantErr(t, err, calendar.ErrKeyReused, "Book(same key, "+what+")")
	}
	if got := h.day(repNY, 2026, 3, 16); !contains(got, monday(11, 0)) {
		t.Fatal("a refused reuse of a key booked 11:00")
	}
	if got := h.day(repSplit, 2026, 3, 16); !contains(got, monday(10, 0)) {
		t.Fatal("a refused reuse of a key booked rep-split")
	}
}

func testUnavailable(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{LeadTime: 2 * time.Hour, Horizon: 7 * 24 * time.Hour}, monday(8, 0))
	before := len(h.slots(calendar.SlotsParams{RepID: repNY}))
	for _, c := range []struct {
		what  string
		start time.Time
		end   time.Time
	}{
		{"Saturday", ny(2026, 3, 21, 10, 0), time.Time{}},
		{"before the working day", ny(2026, 3, 17, 8, 30), time.Time{}},
		{"ending after the working day", ny(2026, 3, 17, 16, 45), time.Time{}},
		{"off the grid", ny(2026, 3, 17, 9, 10), time.Time{}},
		{"another length", ny(2026, 3, 17, 9, 0), ny(2026, 3, 17, 9, 45)},
		{"inside the lead time", monday(9, 30), time.Time{}},
		{"in the past", ny(2026, 3, 13, 10, 0), time.Time{}},
		{"beyond the horizon", ny(2026, 3, 23, 10, 0), time.Time{}},
		{"in the lunch break of another rep's day", ny(2026, 3, 16, 12, 0), time.Time{}},
	} {
		p := h.bookParams(repNY, c.start)
		if c.what == "in the lunch break of another rep's day" {
			p.Slot.RepID = repSplit
		}
		p.Slot.End = c.end
		_, err := h.cal.Book(h.ctx, p)
		wantSlotErr(t, err, calendar.ErrSlotUnavailable, "Book("+c.what+")")
	}
	if after := len(h.slots(calendar.SlotsParams{RepID: repNY})); after != before {
		t.Fatalf("refused Books changed the free slots: %d, then %d", before, after)
	}
}

func testBookBadInput(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	before := len(h.slots(calendar.SlotsParams{RepID: repNY}))
	good := h.bookParams(repNY, monday(10, 0))
	for what, mutate := range map[string]func(p *calendar.BookParams){
		"no tenant":        func(p *calendar.BookParams) { p.TenantID = "" },
		"no rep":           func(p *calendar.BookParams) { p.Slot.RepID = "" },
		"no start":         func(p *calendar.BookParams) { p.Slot.Start = time.Time{} },
		"no key":           func(p *calendar.BookParams) { p.IdempotencyKey = "" },
		"End at Start":     func(p *calendar.BookParams) { p.Slot.End = p.Slot.Start },
		"End before Start": func(p *calendar.BookParams) { p.Slot.End = p.Slot.Start.Add(-time.Minute) },
	} {
		p := good
		mutate(&p)
		_, err := h.cal.Book(h.ctx, p)
		wantInputErr(t, err, "Book("+what+")")
	}
	p := good
	p.Slot.RepID = "rep-unknown"
	_, err := h.cal.Book(h.ctx, p)
	wantErr(t, err, calendar.ErrNotFound, "Book(unknown rep)")
	if after := len(h.slots(calendar.SlotsParams{RepID: repNY})); after != before {
		t.Fatalf("refused Books changed the free slots: %d, then %d", before, after)
	}
	// The key was not consumed by the refusals.
	h.mustBook(good)
}

func testBookCancelledContext(t *testing.T, newCalendar newFunc) {
	h := setup(t, newCalendar, calendar.Policy{}, sundayNoon)
	ctx, cancel := context.WithCancel(h.ctx)
	cancel()
	p := h.bookParams(repNY, monday(10, 0))
	if _, err := h.cal.Book(ctx, p); !errors.Is(err, context.Canceled) {
		t.Fatalf("Book with a cancelled context: got %v, want context.Canceled", err)
	}
	if got := h.day(repNY, 2026, 3, 16); !contains(got, monday(10, 0)) {
		t.Fatal("a Book with a cancelled context took the slot")
	}
	h.mustBook(p)
}
