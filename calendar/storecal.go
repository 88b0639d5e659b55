package calendar

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/internal/idcheck"
	"github.com/handoffkit/handoffkit/store"
)

// StoreConfig configures a [StoreCalendar]. Schedules is required; the
// other fields have documented defaults.
type StoreConfig struct {
	// Schedules gives each rep's working hours and zone. Required.
	Schedules ScheduleSource
	// Policy sets meeting length, start increment, buffer, lead time and
	// horizon; the zero value means the defaults of [Policy].
	Policy Policy
	// Now is the clock. Nil means time.Now.
	Now func() time.Time
	// NewID generates booking IDs. Nil means 16 random bytes in hex. An
	// ID it returns must be one the calendar takes back (see
	// [StoreCalendar]): a Book that gets another fails and books nothing.
	NewID func() string
}

// StoreCalendar is the reference [Calendar]: bookings are rows of a
// [store.Store] whose Tx implements [store.BookingTx] (memstore, sqlstore
// on SQLite and PostgreSQL), and free slots come from each rep's
// [Schedule] and the [Policy]. It also implements [TxBooker].
//
// No double booking, across every process that shares the database: a
// booking is inserted in a transaction that first takes the store's
// per-rep booking lock ([store.BookingTx.BookingLock]), then checks the
// rep's bookings (with the buffer) and inserts; the store itself refuses an
// overlapping active booking ([store.ErrOverlap]) and, in SQL, two active
// bookings of a rep with the same start (a unique index). Nothing is held
// in process memory.
//
// Input: every ID of every method's input (TenantID, RepID, BookingID,
// ConversationID, LeadID) is at most 256 bytes, and an IdempotencyKey at
// most 1024, of valid UTF-8 without control or format characters (NUL,
// tab, newline, ESC, zero-width and bidirectional marks), as the handoff
// engine's IDs are; anything else is an [*InputError] naming the field,
// checked before the store is touched, so that every store refuses the
// same input the same way (PostgreSQL cannot store a NUL or invalid UTF-8,
// where memstore and SQLite would).
//
// A StoreCalendar is safe for concurrent use.
type StoreCalendar struct {
	st  store.Store
	cfg StoreConfig
}

var (
	_ Calendar = (*StoreCalendar)(nil)
	_ TxBooker = (*StoreCalendar)(nil)
)

// NewStoreCalendar returns a calendar over st. It does not touch the store;
// a store whose Tx cannot hold bookings fails each call with
// [ErrUnsupported].
func NewStoreCalendar(st store.Store, cfg *StoreConfig) (*StoreCalendar, error) {
	if st == nil {
		return nil, errors.New("calendar: NewStoreCalendar: store is nil")
	}
	var c StoreConfig
	if cfg != nil {
		c = *cfg
	}
	if c.Schedules == nil {
		return nil, errors.New("calendar: NewStoreCalendar: StoreConfig.Schedules is required")
	}
	p, err := c.Policy.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("calendar: NewStoreCalendar: StoreConfig.Policy: %w", err)
	}
	c.Policy = p
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.NewID == nil {
		c.NewID = randomID
	}
	return &StoreCalendar{st: st, cfg: c}, nil
}

func randomID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Policy returns the policy in force, with its defaults applied.
func (c *StoreCalendar) Policy() Policy { return c.cfg.Policy }

// bookingTx asserts the booking ability of tx.
func bookingTx(tx store.Tx) (store.BookingTx, error) {
	b, ok := tx.(store.BookingTx)
	if !ok {
		return nil, fmt.Errorf("%w (%T)", ErrUnsupported, tx)
	}
	return b, nil
}

// schedule looks up a rep's schedule and validates it.
func (c *StoreCalendar) schedule(ctx context.Context, tenantID, repID string) (Schedule, error) {
	s, err := c.cfg.Schedules.RepSchedule(ctx, tenantID, repID)
	if err != nil {
		return Schedule{}, fmt.Errorf("calendar: schedule of rep %s: %w", repID, err)
	}
	if err := s.Validate(); err != nil {
		return Schedule{}, fmt.Errorf("calendar: schedule of rep %s: %w", repID, err)
	}
	return s, nil
}

// busy reads the rep's active bookings that can affect slots starting in
// [lo, hi).
func (c *StoreCalendar) busy(ctx context.Context, btx store.BookingTx, tenantID, repID string, lo, hi time.Time) ([]Interval, []string, error) {
	from, to := c.cfg.Policy.BusyWindow(lo, hi)
	rows, err := btx.BookingList(ctx, store.BookingListParams{TenantID: tenantID, RepID: repID, From: from, To: to, ActiveOnly: true})
	if err != nil {
		return nil, nil, fmt.Errorf("calendar: read bookings of rep %s: %w", repID, err)
	}
	busy := make([]Interval, len(rows))
	ids := make([]string, len(rows))
	for i, b := range rows {
		busy[i], ids[i] = Interval{Start: b.Start, End: b.End}, b.ID
	}
	return busy, ids, nil
}

// FreeSlots implements [Calendar]. It reads in one read-only transaction.
func (c *StoreCalendar) FreeSlots(ctx context.Context, p SlotsParams) ([]Slot, error) {
	if err := checkIDs("TenantID", p.TenantID, "RepID", p.RepID); err != nil {
		return nil, err
	}
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return nil, inputErr("To", "is before From")
	}
	sch, err := c.schedule(ctx, p.TenantID, p.RepID)
	if err != nil {
		return nil, err
	}
	now := c.cfg.Now()
	lo, hi := c.cfg.Policy.Window(p.From, p.To, now)
	if !lo.Before(hi) {
		return nil, nil
	}
	var slots []Slot
	err = c.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		btx, err := bookingTx(tx)
		if err != nil {
			return err
		}
		busy, _, err := c.busy(ctx, btx, p.TenantID, p.RepID, lo, hi)
		if err != nil {
			return err
		}
		slots, err = c.cfg.Policy.Free(FreeInput{RepID: p.RepID, Schedule: sch, From: lo, To: hi, Now: now, Busy: busy, Limit: p.Limit})
		return err
	})
	if err != nil {
		return nil, err
	}
	return slots, nil
}

// Book implements [Calendar]: [StoreCalendar.BookTx] in its own transaction.
// Its booking is not attached to a conversation: a rep books a
// conversation's meeting with handoff's Engine.BookMeeting, which books
// on this calendar in the engine's commit.
func (c *StoreCalendar) Book(ctx context.Context, p BookParams) (Booking, error) {
	if err := validateBook(p); err != nil {
		return Booking{}, err
	}
	var b Booking
	err := c.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		b, err = c.BookTx(ctx, tx, p)
		return err
	})
	if err != nil {
		return Booking{}, err
	}
	return b, nil
}

func validateBook(p BookParams) error {
	if err := checkIDs("TenantID", p.TenantID, "Slot.RepID", p.Slot.RepID); err != nil {
		return err
	}
	switch {
	case p.Slot.Start.IsZero():
		return inputErr("Slot.Start", "is required")
	case !p.Slot.End.IsZero() && !p.Slot.End.After(p.Slot.Start):
		return inputErr("Slot.End", "is not after Slot.Start")
	}
	if err := checkID("IdempotencyKey", p.IdempotencyKey, maxKeyBytes); err != nil {
		return err
	}
	for _, f := range []struct{ field, v string }{{"ConversationID", p.ConversationID}, {"LeadID", p.LeadID}} {
		if f.v != "" {
			if err := checkID(f.field, f.v, idcheck.MaxBytes); err != nil {
				return err
			}
		}
	}
	return nil
}

// maxKeyBytes caps an idempotency key, which holds IDs and more: the
// engine's name a conversation (up to 256 bytes), the offer or call, and
// the slot's start.
const maxKeyBytes = 1024

// checkID validates an identifier of the caller's, as the handoff engine
// does (internal/idcheck): not empty, at most maxBytes, valid UTF-8, no
// control or format characters. PostgreSQL refuses a NUL and invalid
// UTF-8 in text where memstore and SQLite keep them: checked here, every
// store refuses them alike.
func checkID(field, v string, maxBytes int) error {
	if v == "" {
		return inputErr(field, "is required")
	}
	if p := idcheck.Problem(v, maxBytes); p != "" {
		return inputErr(field, p)
	}
	return nil
}

// checkIDs validates name/value pairs of required identifiers.
func checkIDs(pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := checkID(pairs[i], pairs[i+1], idcheck.MaxBytes); err != nil {
			return err
		}
	}
	return nil
}

// BookTx implements [TxBooker]: it books inside tx, which the caller
// commits. In order: the rep's booking lock; the idempotency key (a replay
// returns the booking it made, even if its slot has expired since); the
// policy (working hours, grid, lead time, horizon) and the rep's bookings
// with their buffer; the insert.
func (c *StoreCalendar) BookTx(ctx context.Context, tx store.Tx, p BookParams) (Booking, error) {
	if err := validateBook(p); err != nil {
		return Booking{}, err
	}
	btx, err := bookingTx(tx)
	if err != nil {
		return Booking{}, err
	}
	sch, err := c.schedule(ctx, p.TenantID, p.Slot.RepID)
	if err != nil {
		return Booking{}, err
	}
	pol := c.cfg.Policy
	slot := p.Slot
	slot.TimeZone = sch.TimeZone
	if slot.End.IsZero() {
		slot.End = slot.Start.Add(pol.MeetingLength)
	}
	if err := btx.BookingLock(ctx, p.TenantID, slot.RepID); err != nil {
		return Booking{}, fmt.Errorf("calendar: lock rep %s: %w", slot.RepID, err)
	}
	if b, found, err := replay(ctx, btx, p, slot); found || err != nil {
		return b, err
	}
	now := c.cfg.Now()
	busy, ids, err := c.busy(ctx, btx, p.TenantID, slot.RepID, slot.Start, slot.Start.Add(1))
	if err != nil {
		return Booking{}, err
	}
	if err := pol.Check(CheckInput{Schedule: sch, Slot: slot, Now: now, Busy: busy, BusyIDs: ids}); err != nil {
		return Booking{}, err
	}
	id := c.cfg.NewID()
	if p := idcheck.Problem(id, idcheck.MaxBytes); p != "" {
		return Booking{}, fmt.Errorf("calendar: StoreConfig.NewID returned a booking ID that %s: %q", p, id)
	}
	row := store.Booking{
		ID:             id,
		TenantID:       p.TenantID,
		RepID:          slot.RepID,
		ConversationID: p.ConversationID,
		LeadID:         p.LeadID,
		Start:          slot.Start,
		End:            slot.End,
		TimeZone:       sch.TimeZone,
		Status:         store.BookingBooked,
		IdempotencyKey: p.IdempotencyKey,
		CreatedAt:      now,
		UpdatedAt:      now,
	}
	switch err := btx.BookingInsert(ctx, &row); {
	case errors.Is(err, store.ErrOverlap):
		return Booking{}, &SlotError{Slot: slot, Err: ErrSlotTaken, Detail: err.Error()}
	case errors.Is(err, store.ErrDuplicate):
		// The key was taken meanwhile by a booking of another rep (whose
		// lock we do not hold), or the ID generator repeated itself.
		if b, found, rerr := replay(ctx, btx, p, slot); found || rerr != nil {
			return b, rerr
		}
		return Booking{}, fmt.Errorf("calendar: insert booking: %w", err)
	case err != nil:
		return Booking{}, fmt.Errorf("calendar: insert booking: %w", err)
	}
	return fromStore(row), nil
}

// replay returns the booking already made with p's idempotency key, if
// any: found with a nil error when it is the same request, ErrKeyReused
// when the key booked something else.
func replay(ctx context.Context, btx store.BookingTx, p BookParams, slot Slot) (Booking, bool, error) {
	row, err := btx.BookingGetByKey(ctx, p.TenantID, p.IdempotencyKey)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return Booking{}, false, nil
	case err != nil:
		return Booking{}, false, fmt.Errorf("calendar: look up idempotency key: %w", err)
	}
	if row.RepID != slot.RepID || !row.Start.Equal(slot.Start) || !row.End.Equal(slot.End) ||
		row.ConversationID != p.ConversationID || row.LeadID != p.LeadID {
		return Booking{}, true, fmt.Errorf("%w: key %q booked rep %s at %s (booking %s)",
			ErrKeyReused, p.IdempotencyKey, row.RepID, row.Start.Format(time.RFC3339), row.ID)
	}
	return fromStore(row), true, nil
}

// Cancel implements [Calendar]: [StoreCalendar.CancelTx] in its own
// transaction.
func (c *StoreCalendar) Cancel(ctx context.Context, p CancelParams) (Booking, error) {
	return c.setStatus(ctx, p.TenantID, p.BookingID, StatusCancelled)
}

// CancelTx implements [TxBooker].
func (c *StoreCalendar) CancelTx(ctx context.Context, tx store.Tx, p CancelParams) (Booking, error) {
	return c.setStatusTx(ctx, tx, p.TenantID, p.BookingID, StatusCancelled)
}

// MarkParams is a rep's outcome of a booked meeting for [StoreCalendar.Mark].
type MarkParams struct {
	TenantID  string
	BookingID string
	Status    Status // StatusNoShow or StatusCompleted
}

// Mark records the outcome of a meeting: [StatusNoShow] or
// [StatusCompleted], from [StatusBooked] or from the other outcome (a
// correction). Marking the same status again is a no-op. A cancelled
// booking is a [*TransitionError]. So is a mark before the meeting's
// start by the calendar's clock (StoreConfig.Now), as for
// handoff.Engine.MeetingOutcome: whether the lead showed up is known only
// once the meeting has started, and the booking stays booked. A meeting
// that will not take place is cancelled ([StoreCalendar.Cancel]). A
// refused mark writes nothing.
func (c *StoreCalendar) Mark(ctx context.Context, p MarkParams) (Booking, error) {
	if p.Status != StatusNoShow && p.Status != StatusCompleted {
		return Booking{}, inputErr("Status", "must be no_show or completed")
	}
	return c.setStatus(ctx, p.TenantID, p.BookingID, p.Status)
}

// MarkTx is [StoreCalendar.Mark] inside the caller's transaction.
func (c *StoreCalendar) MarkTx(ctx context.Context, tx store.Tx, p MarkParams) (Booking, error) {
	if p.Status != StatusNoShow && p.Status != StatusCompleted {
		return Booking{}, inputErr("Status", "must be no_show or completed")
	}
	return c.setStatusTx(ctx, tx, p.TenantID, p.BookingID, p.Status)
}

// Get returns a booking of the tenant, or ErrNotFound. A malformed ID is
// an [*InputError].
func (c *StoreCalendar) Get(ctx context.Context, tenantID, bookingID string) (Booking, error) {
	if err := validateRef(tenantID, bookingID); err != nil {
		return Booking{}, err
	}
	var b Booking
	err := c.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		btx, err := bookingTx(tx)
		if err != nil {
			return err
		}
		row, err := btx.BookingGet(ctx, tenantID, bookingID)
		if err != nil {
			return translate("get booking "+bookingID, err)
		}
		b = fromStore(row)
		return nil
	})
	return b, err
}

func (c *StoreCalendar) setStatus(ctx context.Context, tenantID, id string, to Status) (Booking, error) {
	if err := validateRef(tenantID, id); err != nil {
		return Booking{}, err
	}
	var b Booking
	err := c.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		b, err = c.setStatusTx(ctx, tx, tenantID, id, to)
		return err
	})
	if err != nil {
		return Booking{}, err
	}
	return b, nil
}

func validateRef(tenantID, id string) error {
	return checkIDs("TenantID", tenantID, "BookingID", id)
}

// transitions lists the status changes a calendar allows; a change to the
// current status is a no-op and always allowed.
var transitions = map[Status][]Status{
	StatusBooked:    {StatusCancelled, StatusNoShow, StatusCompleted},
	StatusNoShow:    {StatusCompleted},
	StatusCompleted: {StatusNoShow},
}

// outcome reports whether s says how a meeting went: [StatusNoShow] or
// [StatusCompleted], known once it started.
func (s Status) outcome() bool { return s == StatusNoShow || s == StatusCompleted }

func (c *StoreCalendar) setStatusTx(ctx context.Context, tx store.Tx, tenantID, id string, to Status) (Booking, error) {
	if err := validateRef(tenantID, id); err != nil {
		return Booking{}, err
	}
	btx, err := bookingTx(tx)
	if err != nil {
		return Booking{}, err
	}
	row, err := btx.BookingGet(ctx, tenantID, id)
	if err != nil {
		return Booking{}, translate("get booking "+id, err)
	}
	from := Status(row.Status)
	if now := c.cfg.Now(); to.outcome() && now.Before(row.Start) {
		return Booking{}, fmt.Errorf("calendar: booking %s has not started (it starts at %s, now is %s): its outcome is not known yet: %w",
			id, row.Start.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339), &TransitionError{BookingID: id, From: from, To: to})
	}
	if from == to {
		return fromStore(row), nil
	}
	allowed := false
	for _, s := range transitions[from] {
		allowed = allowed || s == to
	}
	if !allowed {
		return Booking{}, &TransitionError{BookingID: id, From: from, To: to}
	}
	row, err = btx.BookingUpdate(ctx, store.BookingUpdateParams{
		TenantID: tenantID, ID: id, Status: store.BookingStatus(to), From: row.Status, Now: c.cfg.Now(),
	})
	if err != nil {
		// ErrConflict: another transaction changed the status since the
		// read above (PostgreSQL, READ COMMITTED); the caller may retry.
		return Booking{}, translate(fmt.Sprintf("set booking %s to %s", id, to), err)
	}
	return fromStore(row), nil
}

// translate maps a store error onto the calendar's sentinels, keeping it
// in the chain.
func translate(op string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("calendar: %s: %w (%w)", op, ErrNotFound, err)
	}
	return fmt.Errorf("calendar: %s: %w", op, err)
}

// fromStore converts a stored booking.
func fromStore(b store.Booking) Booking {
	return Booking{
		ID:             b.ID,
		TenantID:       b.TenantID,
		RepID:          b.RepID,
		ConversationID: b.ConversationID,
		LeadID:         b.LeadID,
		Start:          b.Start.UTC(),
		End:            b.End.UTC(),
		TimeZone:       b.TimeZone,
		Status:         Status(b.Status),
		IdempotencyKey: b.IdempotencyKey,
		CreatedAt:      b.CreatedAt.UTC(),
	}
}
