package store

import (
	"context"
	"errors"
	"time"
)

// This file holds the optional booking ability of a store: the record of a
// meeting booked on a rep's calendar, and [BookingTx], the Tx methods that
// read and write it. Package calendar builds its reference calendar on it.

// ErrOverlap means a booking would overlap an active booking of the same
// rep: [BookingTx.BookingInsert] refuses it. Callers use errors.Is.
var ErrOverlap = errors.New("store: overlapping booking")

// BookingStatus is the lifecycle state of a [Booking].
type BookingStatus string

// Booking statuses.
const (
	// BookingBooked: the meeting is on the rep's calendar.
	BookingBooked BookingStatus = "booked"
	// BookingCancelled: the meeting was called off; its time is free again.
	BookingCancelled BookingStatus = "cancelled"
	// BookingNoShow: the meeting time came and the lead did not show up.
	BookingNoShow BookingStatus = "no_show"
	// BookingCompleted: the meeting took place.
	BookingCompleted BookingStatus = "completed"
)

// Active reports whether a booking in this status holds its time on the
// rep's calendar: every known status except [BookingCancelled].
func (s BookingStatus) Active() bool {
	switch s {
	case BookingBooked, BookingNoShow, BookingCompleted:
		return true
	}
	return false
}

// Booking is one meeting booked on a rep's calendar for a lead. It holds
// the interval [Start, End) of its rep while it is [BookingStatus.Active].
type Booking struct {
	ID             string // unique per tenant
	TenantID       string
	RepID          string
	ConversationID string // the conversation that booked it, "" when none
	LeadID         string // the host's lead or contact ID, "" when unknown
	Start, End     time.Time
	TimeZone       string // IANA zone the slot was offered in (the rep's), "" when unknown
	Status         BookingStatus
	IdempotencyKey string // unique per tenant when set
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// BookingTx is the optional ability of a [Tx] to store bookings. Find it by
// type assertion on the Tx handed to [Store.InTx] or [Store.View]:
//
//	btx, ok := tx.(store.BookingTx)
//
// memstore and sqlstore (SQLite and PostgreSQL) implement it; store/storetest
// checks it when an adapter declares Features{Bookings: true}.
//
// The rule it keeps: no two active bookings of one rep (same tenant and
// RepID) overlap, whichever process writes them. BookingInsert enforces it
// on its own. A caller that needs a stronger rule than "no overlap" (a
// buffer between meetings, a daily cap) calls BookingLock first, then reads
// with BookingList and writes: what it read stays true until the
// transaction ends.
//
// Methods honour ctx, wrap the sentinel errors of this package, and return
// times in UTC. Write methods on the Tx of [Store.View] return [ErrReadOnly].
type BookingTx interface {
	// BookingLock serialises the booking writes of one rep: until the
	// transaction ends, no other transaction's BookingLock or BookingInsert
	// for the same tenant and rep proceeds. It never blocks another rep's
	// bookings for long (an adapter may map reps onto a fixed set of locks).
	// Calling it again in the same transaction is a no-op.
	BookingLock(ctx context.Context, tenantID, repID string) error

	// BookingInsert stores b. b needs an ID, TenantID and RepID, End after
	// Start, and a known Status (a calendar books with [BookingBooked]).
	// ErrOverlap when b is active and an active booking of the same tenant
	// and rep overlaps [b.Start, b.End) (touching ends do not overlap);
	// ErrDuplicate when the tenant already has a booking with b.ID, or with
	// the non-empty b.IdempotencyKey. Invalid records get an error that
	// wraps none of the sentinels.
	BookingInsert(ctx context.Context, b *Booking) error

	// BookingGet returns the tenant's booking with id, or ErrNotFound.
	BookingGet(ctx context.Context, tenantID, id string) (Booking, error)

	// BookingGetByKey returns the tenant's booking with the idempotency
	// key, or ErrNotFound (also for an empty key).
	BookingGetByKey(ctx context.Context, tenantID, key string) (Booking, error)

	// BookingList lists a tenant's bookings that match params, ordered by
	// Start, then ID. It looks rows up by index (rep and end time, or
	// conversation), so its cost follows the rows it returns, not the
	// rep's history.
	BookingList(ctx context.Context, params BookingListParams) ([]Booking, error)

	// BookingUpdate sets the status of a booking and returns the stored
	// result. ErrNotFound when it does not exist in the tenant; ErrConflict
	// when params.From is set and the stored status differs, or when the
	// update would make a cancelled booking active again (its time may
	// have been booked since: book anew instead).
	BookingUpdate(ctx context.Context, params BookingUpdateParams) (Booking, error)
}

// BookingListParams filters [BookingTx.BookingList]. TenantID and at least
// one of RepID and ConversationID are required.
type BookingListParams struct {
	TenantID       string
	RepID          string // "" for any (then ConversationID is required)
	ConversationID string // "" for any
	// From and To, when set, keep the bookings whose [Start, End) overlaps
	// [From, To). A zero From or To leaves that side open.
	From, To time.Time
	// ActiveOnly drops cancelled bookings.
	ActiveOnly bool
	Limit      int // <= 0 means no limit
}

// BookingUpdateParams is a status change for [BookingTx.BookingUpdate].
type BookingUpdateParams struct {
	TenantID string
	ID       string
	Status   BookingStatus // the new status
	// From, when set, is the status the booking must have for the update
	// to apply (compare-and-swap); otherwise ErrConflict.
	From BookingStatus
	Now  time.Time // stored as UpdatedAt
}

// Validate reports what makes b unfit for [BookingTx.BookingInsert] other
// than a conflict with stored rows: a missing ID, TenantID or RepID, a zero
// Start, End not after Start, or an unknown Status. Adapters call it first.
func (b *Booking) Validate() error {
	switch {
	case b == nil:
		return errors.New("store: booking: nil record")
	case b.ID == "" || b.TenantID == "" || b.RepID == "":
		return errors.New("store: booking: ID, TenantID and RepID are required")
	case b.Start.IsZero() || !b.End.After(b.Start):
		return errors.New("store: booking: Start is required and End must be after it")
	case !b.Status.Valid():
		return errors.New("store: booking: unknown Status " + string(b.Status))
	}
	return nil
}

// Valid reports whether s is one of the four booking statuses.
func (s BookingStatus) Valid() bool { return s.Active() || s == BookingCancelled }
