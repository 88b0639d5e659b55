package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// This file checks store.BookingTx (Features.Bookings): the "Booking/..."
// group, whose cases skip on a store without the ability.

func init() { groups = append(groups, group{"Booking", bookingCases()}) }

// needBookings skips unless the store's Tx has [store.BookingTx]
// (RunFeatures fails separately when the ability was declared).
func needBookings(t *testing.T, st store.Store) {
	t.Helper()
	_ = st.View(t.Context(), func(ctx context.Context, tx store.Tx) error {
		if _, ok := tx.(store.BookingTx); !ok {
			t.Skip("the store has no store.BookingTx")
		}
		return nil
	})
}

func bookingCases() []testCase {
	cases := []testCase{
		{"InsertGetRoundTrip", testBookingRoundTrip},
		{"GetByKey", testBookingGetByKey},
		{"DuplicateIDAndKey", testBookingDuplicate},
		{"InvalidRecord", testBookingInvalid},
		{"Overlap", testBookingOverlap},
		{"CancelledFreesTime", testBookingCancelledFreesTime},
		{"List", testBookingList},
		{"Update", testBookingUpdate},
		{"Rollback", testBookingRollback},
		{"ReadOnly", testBookingReadOnly},
		{"TenantIsolation", testBookingTenants},
		{"ConcurrentOverlap", testBookingConcurrentOverlap},
		{"LockSerialisesReadThenWrite", testBookingLock},
	}
	for i, c := range cases {
		cases[i].fn = func(t *testing.T, st store.Store) {
			needBookings(t, st)
			c.fn(t, st)
		}
	}
	return cases
}

// bt0 is the base time of booking fixtures: a Monday, 09:00 UTC.
var bt0 = time.Date(2026, 3, 16, 9, 0, 0, 0, time.UTC)

// booking returns an active booking of rep from bt0+start, lasting length.
func booking(tenantID, id, repID string, start, length time.Duration) *store.Booking {
	return &store.Booking{
		ID:             id,
		TenantID:       tenantID,
		RepID:          repID,
		ConversationID: "conv-" + id,
		LeadID:         "lead-" + id,
		Start:          bt0.Add(start),
		End:            bt0.Add(start + length),
		TimeZone:       "America/New_York",
		Status:         store.BookingBooked,
		IdempotencyKey: "key-" + id,
		CreatedAt:      t0,
		UpdatedAt:      t0,
	}
}

func normBooking(b store.Booking) store.Booking {
	b.Start, b.End = nt(b.Start), nt(b.End)
	b.CreatedAt, b.UpdatedAt = nt(b.CreatedAt), nt(b.UpdatedAt)
	return b
}

// mustEqualBooking fails the test unless got equals want after
// normalisation, and checks that got's times are UTC.
func mustEqualBooking(t *testing.T, what string, got, want store.Booking) {
	t.Helper()
	for name, v := range map[string]time.Time{"Start": got.Start, "End": got.End, "CreatedAt": got.CreatedAt, "UpdatedAt": got.UpdatedAt} {
		if !v.IsZero() && v.Location() != time.UTC {
			t.Errorf("%s: %s is in %v, want UTC", what, name, v.Location())
		}
	}
	if g, w := normBooking(got), normBooking(want); !reflect.DeepEqual(g, w) {
		t.Fatalf("%s:\n got  %+v\n want %+v", what, g, w)
	}
}

// bookingIDs returns the IDs of bs in order.
func bookingIDs(bs []store.Booking) []string {
	out := make([]string, 0, len(bs))
	for _, b := range bs {
		out = append(out, b.ID)
	}
	return out
}

// btx asserts the booking ability of tx.
func btx(tx store.Tx) store.BookingTx {
	b, ok := tx.(store.BookingTx)
	if !ok {
		panic(fmt.Sprintf("storetest: %T does not implement store.BookingTx", tx))
	}
	return b
}

func (h *harness) insertBooking(b *store.Booking) error {
	return h.st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		return btx(tx).BookingInsert(ctx, b)
	})
}

func (h *harness) mustInsertBooking(bs ...*store.Booking) {
	h.t.Helper()
	for _, b := range bs {
		if err := h.insertBooking(b); err != nil {
			h.t.Fatalf("BookingInsert(%s): %v", b.ID, err)
		}
	}
}

func (h *harness) getBooking(tenantID, id string) (store.Booking, error) {
	var b store.Booking
	err := h.st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		b, err = btx(tx).BookingGet(ctx, tenantID, id)
		return err
	})
	return b, err
}

func (h *harness) mustGetBooking(tenantID, id string) store.Booking {
	h.t.Helper()
	b, err := h.getBooking(tenantID, id)
	if err != nil {
		h.t.Fatalf("BookingGet(%s, %s): %v", tenantID, id, err)
	}
	return b
}

func (h *harness) listBookings(p store.BookingListParams) []store.Booking {
	h.t.Helper()
	var out []store.Booking
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = btx(tx).BookingList(ctx, p)
		return err
	})
	return out
}

func (h *harness) updateBooking(p store.BookingUpdateParams) (store.Booking, error) {
	var b store.Booking
	err := h.st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		b, err = btx(tx).BookingUpdate(ctx, p)
		return err
	})
	return b, err
}

func testBookingRoundTrip(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	ny, err := time.LoadLocation("America/New_York")
	noErr(t, err, "load zone")
	b := booking(tenant1, "b1", "rep1", 0, 30*time.Minute)
	// Non-UTC zone and a sub-microsecond part: stored as the same instant.
	b.Start = b.Start.In(ny).Add(400)
	b.End = b.End.In(ny)
	b.CreatedAt = t0.In(ny).Add(300)
	b.UpdatedAt = t0.Add(time.Second)
	b.ConversationID = `conv "quoted" \ 'x' 💬`
	want := *b
	h.mustInsertBooking(b)
	mustEqualBooking(t, "BookingGet", h.mustGetBooking(tenant1, "b1"), want)
	if _, err := h.getBooking(tenant1, "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("BookingGet(missing): got %v, want ErrNotFound", err)
	}
	// Empty optional fields round-trip too.
	c := booking(tenant1, "b2", "rep1", time.Hour, time.Hour)
	c.ConversationID, c.LeadID, c.TimeZone, c.IdempotencyKey = "", "", "", ""
	wantC := *c
	h.mustInsertBooking(c)
	mustEqualBooking(t, "BookingGet(no optional fields)", h.mustGetBooking(tenant1, "b2"), wantC)
}

func testBookingGetByKey(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	b := booking(tenant1, "b1", "rep1", 0, 30*time.Minute)
	want := *b
	h.mustInsertBooking(b)
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		got, err := btx(tx).BookingGetByKey(ctx, tenant1, "key-b1")
		noErr(t, err, "BookingGetByKey")
		mustEqualBooking(t, "BookingGetByKey", got, want)
		for _, c := range []struct{ tenant, key string }{{tenant1, "key-other"}, {tenant2, "key-b1"}, {tenant1, ""}} {
			_, err := btx(tx).BookingGetByKey(ctx, c.tenant, c.key)
			wantErr(t, err, store.ErrNotFound, fmt.Sprintf("BookingGetByKey(%q, %q)", c.tenant, c.key))
		}
		return nil
	})
	// Empty keys never collide.
	c := booking(tenant1, "b2", "rep1", time.Hour, 30*time.Minute)
	d := booking(tenant1, "b3", "rep1", 2*time.Hour, 30*time.Minute)
	c.IdempotencyKey, d.IdempotencyKey = "", ""
	h.mustInsertBooking(c, d)
}

func testBookingDuplicate(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", 0, 30*time.Minute))

	sameID := booking(tenant1, "b1", "rep2", 5*time.Hour, 30*time.Minute)
	sameID.IdempotencyKey = "other"
	wantErr(t, h.insertBooking(sameID), store.ErrDuplicate, "BookingInsert(same ID)")

	sameKey := booking(tenant1, "b2", "rep2", 5*time.Hour, 30*time.Minute)
	sameKey.IdempotencyKey = "key-b1"
	wantErr(t, h.insertBooking(sameKey), store.ErrDuplicate, "BookingInsert(same idempotency key, other rep)")

	// The same ID and key in another tenant are distinct records.
	h.mustInsertBooking(booking(tenant2, "b1", "rep1", 0, 30*time.Minute))
	if got := h.listBookings(store.BookingListParams{TenantID: tenant1, RepID: "rep2"}); len(got) != 0 {
		t.Fatalf("refused inserts left rows: %v", bookingIDs(got))
	}
}

func testBookingInvalid(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	cases := map[string]func(b *store.Booking){
		"no ID":          func(b *store.Booking) { b.ID = "" },
		"no tenant":      func(b *store.Booking) { b.TenantID = "" },
		"no rep":         func(b *store.Booking) { b.RepID = "" },
		"zero start":     func(b *store.Booking) { b.Start = time.Time{} },
		"end at start":   func(b *store.Booking) { b.End = b.Start },
		"end before":     func(b *store.Booking) { b.End = b.Start.Add(-time.Minute) },
		"unknown status": func(b *store.Booking) { b.Status = "tentative" },
		"empty status":   func(b *store.Booking) { b.Status = "" },
	}
	for name, mutate := range cases {
		b := booking(tenant1, "bad", "rep1", 0, 30*time.Minute)
		mutate(b)
		err := h.insertBooking(b)
		if err == nil {
			t.Fatalf("BookingInsert(%s): no error", name)
		}
		for _, s := range []error{store.ErrDuplicate, store.ErrOverlap, store.ErrNotFound, store.ErrConflict} {
			if errors.Is(err, s) {
				t.Fatalf("BookingInsert(%s): %v wraps %v; an invalid record is not a conflict", name, err, s)
			}
		}
	}
	if got := h.listBookings(store.BookingListParams{TenantID: tenant1, RepID: "rep1"}); len(got) != 0 {
		t.Fatalf("invalid inserts left rows: %v", bookingIDs(got))
	}
	h.mustInsertBooking(booking(tenant1, "good", "rep1", 0, 30*time.Minute))
}

func testBookingOverlap(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	// rep1 is booked 10:00-11:00.
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", time.Hour, time.Hour))
	refused := []struct {
		name          string
		start, length time.Duration
	}{
		{"same interval", time.Hour, time.Hour},
		{"same start, shorter", time.Hour, 15 * time.Minute},
		{"inside", 75 * time.Minute, 15 * time.Minute},
		{"around", 30 * time.Minute, 2 * time.Hour},
		{"overlaps the start", 30 * time.Minute, 45 * time.Minute},
		{"overlaps the end", 90 * time.Minute, time.Hour},
		{"one microsecond into it", 2*time.Hour - time.Microsecond, time.Hour},
	}
	for i, c := range refused {
		b := booking(tenant1, fmt.Sprintf("x%d", i), "rep1", c.start, c.length)
		wantErr(t, h.insertBooking(b), store.ErrOverlap, "BookingInsert("+c.name+")")
	}
	// Touching ends, another rep, another tenant, and a cancelled record
	// are accepted.
	h.mustInsertBooking(
		booking(tenant1, "before", "rep1", 0, time.Hour),
		booking(tenant1, "after", "rep1", 2*time.Hour, time.Hour),
		booking(tenant1, "rep2", "rep2", time.Hour, time.Hour),
		booking(tenant2, "t2", "rep1", time.Hour, time.Hour),
	)
	cancelled := booking(tenant1, "cancelled", "rep1", time.Hour, time.Hour)
	cancelled.Status = store.BookingCancelled
	h.mustInsertBooking(cancelled)
	// no_show and completed bookings hold their time.
	for _, s := range []store.BookingStatus{store.BookingNoShow, store.BookingCompleted} {
		_, err := h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: s, Now: t0})
		noErr(t, err, "BookingUpdate("+string(s)+")")
		wantErr(t, h.insertBooking(booking(tenant1, "y-"+string(s), "rep1", time.Hour, time.Hour)), store.ErrOverlap,
			"BookingInsert over a "+string(s)+" booking")
	}
	got := h.listBookings(store.BookingListParams{TenantID: tenant1, RepID: "rep1"})
	if want := []string{"before", "b1", "cancelled", "after"}; !reflect.DeepEqual(bookingIDs(got), want) {
		t.Fatalf("rep1's bookings: got %v, want %v", bookingIDs(got), want)
	}
}

func testBookingCancelledFreesTime(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", 0, time.Hour))
	_, err := h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingCancelled, Now: t0})
	noErr(t, err, "cancel")
	// The same start, and an overlapping interval, can be booked again.
	h.mustInsertBooking(booking(tenant1, "b2", "rep1", 0, time.Hour))
	wantErr(t, h.insertBooking(booking(tenant1, "b3", "rep1", 30*time.Minute, time.Hour)), store.ErrOverlap, "BookingInsert over b2")
	// The cancelled booking cannot come back: its time is b2's now.
	_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingBooked, Now: t0})
	wantErr(t, err, store.ErrConflict, "reviving a cancelled booking")
	if got := h.mustGetBooking(tenant1, "b1"); got.Status != store.BookingCancelled {
		t.Fatalf("b1 status %s after a refused revival, want cancelled", got.Status)
	}
}

func testBookingList(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	hr := time.Hour
	a := booking(tenant1, "a", "rep1", 0, hr)    // 09-10
	b := booking(tenant1, "b", "rep1", 2*hr, hr) // 11-12
	c := booking(tenant1, "c", "rep1", 4*hr, hr) // 13-14, cancelled below
	d := booking(tenant1, "d", "rep1", 4*hr, hr) // 13-14
	e := booking(tenant1, "e", "rep2", 0, hr)    // other rep
	c.Status = store.BookingCancelled
	b.ConversationID, d.ConversationID, e.ConversationID = "convX", "convX", "convX"
	// Insert out of order: the list orders by Start, then ID.
	h.mustInsertBooking(d, b, e, c, a)

	ids := func(p store.BookingListParams) []string { return bookingIDs(h.listBookings(p)) }
	check := func(what string, got []string, want ...string) {
		t.Helper()
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: got %v, want %v", what, got, want)
		}
	}
	p := store.BookingListParams{TenantID: tenant1, RepID: "rep1"}
	check("all of rep1", ids(p), "a", "b", "c", "d")
	p.ActiveOnly = true
	check("active", ids(p), "a", "b", "d")
	p.Limit = 2
	check("limit 2", ids(p), "a", "b")
	p.Limit = 0
	// Overlap with [From, To): touching ends are out.
	p.From, p.To = bt0.Add(hr), bt0.Add(4*hr)
	check("10:00-13:00", ids(p), "b")
	p.From, p.To = bt0.Add(hr-time.Microsecond), bt0.Add(4*hr+time.Microsecond)
	check("09:59:59.999999-13:00:00.000001", ids(p), "a", "b", "d")
	p.From, p.To = bt0.Add(2*hr+30*time.Minute), time.Time{}
	check("from 11:30, open end", ids(p), "b", "d")
	p.From, p.To = time.Time{}, bt0.Add(30*time.Minute)
	check("open start, to 09:30", ids(p), "a")
	check("by conversation", ids(store.BookingListParams{TenantID: tenant1, ConversationID: "convX"}), "e", "b", "d")
	check("by rep and conversation", ids(store.BookingListParams{TenantID: tenant1, RepID: "rep1", ConversationID: "convX"}), "b", "d")
	check("other tenant", ids(store.BookingListParams{TenantID: tenant2, RepID: "rep1"}))
	err := st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := btx(tx).BookingList(ctx, store.BookingListParams{TenantID: tenant1})
		return err
	})
	if err == nil {
		t.Fatal("BookingList without RepID or ConversationID: no error")
	}
}

func testBookingUpdate(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	b := booking(tenant1, "b1", "rep1", 0, time.Hour)
	want := *b
	h.mustInsertBooking(b)
	now := t0.Add(time.Hour)
	got, err := h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingNoShow, From: store.BookingBooked, Now: now})
	noErr(t, err, "BookingUpdate(booked -> no_show)")
	want.Status, want.UpdatedAt = store.BookingNoShow, now
	mustEqualBooking(t, "BookingUpdate result", got, want)
	mustEqualBooking(t, "BookingGet after update", h.mustGetBooking(tenant1, "b1"), want)

	_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingCompleted, From: store.BookingBooked, Now: now})
	wantErr(t, err, store.ErrConflict, "BookingUpdate with a stale From")
	_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "missing", Status: store.BookingCancelled, Now: now})
	wantErr(t, err, store.ErrNotFound, "BookingUpdate(missing)")
	_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant2, ID: "b1", Status: store.BookingCancelled, Now: now})
	wantErr(t, err, store.ErrNotFound, "BookingUpdate(other tenant)")
	_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: "tentative", Now: now})
	if err == nil || errors.Is(err, store.ErrConflict) || errors.Is(err, store.ErrNotFound) {
		t.Fatalf("BookingUpdate(unknown status): got %v, want a plain error", err)
	}
	mustEqualBooking(t, "BookingGet after refused updates", h.mustGetBooking(tenant1, "b1"), want)

	// Cancelling twice is allowed (cancelled is not active).
	for range 2 {
		_, err = h.updateBooking(store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingCancelled, Now: now})
		noErr(t, err, "BookingUpdate(-> cancelled)")
	}
}

func testBookingRollback(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", 0, time.Hour))
	boom := errors.New("boom")
	err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		b := btx(tx)
		if err := b.BookingLock(ctx, tenant1, "rep1"); err != nil {
			return err
		}
		if err := b.BookingInsert(ctx, booking(tenant1, "b2", "rep1", 2*time.Hour, time.Hour)); err != nil {
			return err
		}
		if _, err := b.BookingUpdate(ctx, store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingCancelled, Now: t0}); err != nil {
			return err
		}
		return boom
	})
	wantErr(t, err, boom, "InTx")
	if _, err := h.getBooking(tenant1, "b2"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("rolled-back insert is visible: %v", err)
	}
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		_, err := btx(tx).BookingGetByKey(ctx, tenant1, "key-b2")
		wantErr(t, err, store.ErrNotFound, "key of a rolled-back insert")
		return nil
	})
	if got := h.mustGetBooking(tenant1, "b1"); got.Status != store.BookingBooked {
		t.Fatalf("rolled-back update is visible: status %s", got.Status)
	}
	// The rolled-back booking's time, ID and key are free.
	h.mustInsertBooking(booking(tenant1, "b2", "rep1", 2*time.Hour, time.Hour))
}

func testBookingReadOnly(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", 0, time.Hour))
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		b := btx(tx)
		wantErr(t, b.BookingLock(ctx, tenant1, "rep1"), store.ErrReadOnly, "BookingLock in View")
		wantErr(t, b.BookingInsert(ctx, booking(tenant1, "b2", "rep1", 2*time.Hour, time.Hour)), store.ErrReadOnly, "BookingInsert in View")
		_, err := b.BookingUpdate(ctx, store.BookingUpdateParams{TenantID: tenant1, ID: "b1", Status: store.BookingCancelled, Now: t0})
		wantErr(t, err, store.ErrReadOnly, "BookingUpdate in View")
		return nil
	})
}

func testBookingTenants(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustInsertBooking(booking(tenant1, "b1", "rep1", 0, time.Hour))
	if _, err := h.getBooking(tenant2, "b1"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("BookingGet from another tenant: got %v, want ErrNotFound", err)
	}
	if got := h.listBookings(store.BookingListParams{TenantID: tenant2, ConversationID: "conv-b1"}); len(got) != 0 {
		t.Fatalf("BookingList from another tenant: %v", bookingIDs(got))
	}
}

// testBookingConcurrentOverlap: many transactions insert pairwise
// overlapping bookings of one rep (all different starts, so only the
// overlap rule can refuse them): exactly one commits.
func testBookingConcurrentOverlap(t *testing.T, st store.Store) {
	const workers = 20
	h := newHarness(t, st)
	errs := make([]error, workers)
	g := newGate(workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			errs[i] = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
				if err := g.arrive(ctx, tx, i); err != nil {
					return err
				}
				b := booking(tenant1, fmt.Sprintf("w%02d", i), "rep1", time.Duration(i)*time.Minute, time.Hour)
				return btx(tx).BookingInsert(ctx, b)
			})
		})
	}
	wg.Wait()
	won := 0
	for i, err := range errs {
		switch {
		case err == nil:
			won++
		case !errors.Is(err, store.ErrOverlap):
			t.Errorf("worker %d: %v, want nil or ErrOverlap", i, err)
		}
	}
	if got := h.listBookings(store.BookingListParams{TenantID: tenant1, RepID: "rep1"}); won != 1 || len(got) != 1 {
		t.Fatalf("%d inserts succeeded and %d bookings are stored, want exactly 1", won, len(got))
	}
}

// testBookingLock: many transactions each lock the rep, read its bookings
// of the day and book a distinct, non-overlapping hour only when the day
// is empty. Only BookingLock keeps the read true until commit, so exactly
// one books.
func testBookingLock(t *testing.T, st store.Store) {
	const workers = 20
	h := newHarness(t, st)
	errs := make([]error, workers)
	g := newGate(workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Go(func() {
			errs[i] = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
				if err := g.arrive(ctx, tx, i); err != nil {
					return err
				}
				b := btx(tx)
				if err := b.BookingLock(ctx, tenant1, "rep1"); err != nil {
					return err
				}
				got, err := b.BookingList(ctx, store.BookingListParams{
					TenantID: tenant1, RepID: "rep1", From: bt0, To: bt0.Add(workers * time.Hour), ActiveOnly: true,
				})
				if err != nil || len(got) > 0 {
					return err
				}
				// Widen the window between the read and the write: without
				// the lock, other workers read an empty day meanwhile.
				time.Sleep(2 * time.Millisecond)
				return b.BookingInsert(ctx, booking(tenant1, fmt.Sprintf("w%02d", i), "rep1", time.Duration(i)*time.Hour, time.Hour))
			})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("worker %d: %v", i, err)
		}
	}
	if got := h.listBookings(store.BookingListParams{TenantID: tenant1, RepID: "rep1"}); len(got) != 1 {
		t.Fatalf("%d bookings stored (%v), want exactly 1: BookingLock did not serialise read-then-write", len(got), bookingIDs(got))
	}
}

// gate lines up the transactions of a race test: each one, once it has
// begun and read, waits until all have (so that a database that runs them
// concurrently really does), or until a deadline (a store that runs one
// transaction at a time never gets them all in at once).
type gate struct {
	arrived sync.WaitGroup
	once    []sync.Once
	open    chan struct{}
}

func newGate(n int) *gate {
	g := &gate{once: make([]sync.Once, n), open: make(chan struct{})}
	g.arrived.Add(n)
	go func() {
		done := make(chan struct{})
		go func() { g.arrived.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(500 * time.Millisecond):
		}
		close(g.open)
	}()
	return g
}

// arrive reads in tx (so the transaction holds a connection and a
// snapshot), marks worker i arrived (once, across retries of InTx) and
// waits for the gate.
func (g *gate) arrive(ctx context.Context, tx store.Tx, i int) error {
	if _, err := btx(tx).BookingList(ctx, store.BookingListParams{TenantID: tenant1, RepID: "rep-none", Limit: 1}); err != nil {
		return err
	}
	g.once[i].Do(g.arrived.Done)
	select {
	case <-g.open:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
