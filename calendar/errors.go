package calendar

import (
	"errors"
	"fmt"
	"time"
)

// Sentinel errors of every [Calendar]; callers use errors.Is. The typed
// errors below carry the details and match these.
var (
	// ErrInvalidInput means a request is malformed (a missing tenant, rep,
	// idempotency key or time; a window that ends before it starts; for
	// [StoreCalendar], an ID or key that is too long, not UTF-8 or holds a
	// control character). The error is an [*InputError] naming the field.
	ErrInvalidInput = errors.New("calendar: invalid input")

	// ErrNotFound means the rep has no schedule, or the booking does not
	// exist in the tenant.
	ErrNotFound = errors.New("calendar: not found")

	// ErrSlotTaken means the slot is not free: it is booked, or overlaps
	// a booking of the rep or the buffer around one. Offer other slots.
	ErrSlotTaken = errors.New("calendar: slot taken")

	// ErrSlotUnavailable means the calendar would not offer the slot at
	// all: outside the rep's working hours, off the slot grid, of another
	// length, inside the minimum lead time (an offer that expired), or
	// beyond the horizon. Offer other slots.
	ErrSlotUnavailable = errors.New("calendar: slot unavailable")

	// ErrKeyReused means the idempotency key already names a booking of
	// another slot, conversation or lead.
	ErrKeyReused = errors.New("calendar: idempotency key already used for another booking")

	// ErrInvalidTransition means a booking cannot move to the requested
	// status (cancelling a completed booking, for instance). The error is
	// a [*TransitionError].
	ErrInvalidTransition = errors.New("calendar: invalid booking status change")

	// ErrUnsupported means the store under a [StoreCalendar] cannot hold
	// bookings: its Tx does not implement store.BookingTx.
	ErrUnsupported = errors.New("calendar: the store does not support bookings (its Tx is not a store.BookingTx)")
)

// InputError is a malformed request: Field names the parameter, Reason
// says what is wrong with it. It matches [ErrInvalidInput].
type InputError struct {
	Field  string // e.g. "TenantID", "Slot.Start"
	Reason string // e.g. "is required"
}

func (e *InputError) Error() string {
	return fmt.Sprintf("calendar: invalid input: %s %s", e.Field, e.Reason)
}

// Unwrap returns [ErrInvalidInput].
func (e *InputError) Unwrap() error { return ErrInvalidInput }

// SlotError is a refused slot. Err is [ErrSlotTaken] or
// [ErrSlotUnavailable], and the error matches it; Detail says why ("overlaps
// booking b12 with its 15m buffer", "starts inside the 2h lead time").
type SlotError struct {
	Slot   Slot
	Err    error
	Detail string
}

func (e *SlotError) Error() string {
	return fmt.Sprintf("%v: rep %s at %s: %s", e.Err, e.Slot.RepID, e.Slot.Start.UTC().Format(time.RFC3339), e.Detail)
}

// Unwrap returns Err.
func (e *SlotError) Unwrap() error { return e.Err }

// TransitionError is a refused status change of a booking. It matches
// [ErrInvalidTransition].
type TransitionError struct {
	BookingID string
	From, To  Status
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("calendar: booking %s cannot go from %s to %s", e.BookingID, e.From, e.To)
}

// Unwrap returns [ErrInvalidTransition].
func (e *TransitionError) Unwrap() error { return ErrInvalidTransition }

// inputErr returns an *InputError.
func inputErr(field, reason string) error { return &InputError{Field: field, Reason: reason} }
