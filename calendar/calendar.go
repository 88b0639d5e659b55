package calendar

import (
	"context"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Calendar is a rep calendar that async booking reads free slots from and
// books meetings on. [StoreCalendar] is the reference implementation over a
// [store.Store]; Google Calendar, Outlook or Calendly are host adapters of
// the same interface (see the HTTP adapter example of this package).
// calendartest.Run checks every rule below.
//
// The contract:
//
//   - Concurrency: a Calendar is safe for concurrent use by multiple
//     goroutines. Calendars whose bookings live in shared storage are
//     also safe across processes: of several concurrent Books of
//     overlapping slots of one rep, whichever instance runs them, at most
//     one succeeds, and the others get ErrSlotTaken.
//   - Context: every method honours ctx. A method that returns an error
//     wrapping ctx.Err() from Book or Cancel may or may not have taken
//     effect when the calendar is remote; retrying with the same
//     idempotency key (Book) or booking ID (Cancel) is always safe.
//   - Times are instants: compare them with time.Time.Equal. Their
//     Location is not part of the contract; TimeZone names the rep's IANA
//     zone to render them in.
//   - Tenants: bookings and booking IDs are scoped to TenantID; another
//     tenant's booking is ErrNotFound, and its bookings never make a slot
//     of this tenant busy (a rep ID names a rep within one tenant).
//   - Errors: bad input is an [*InputError] (errors.Is ErrInvalidInput);
//     an unknown rep or booking is ErrNotFound; a slot is refused with a
//     [*SlotError] matching ErrSlotTaken or ErrSlotUnavailable. A method
//     that returns one of these wrote nothing.
type Calendar interface {
	// FreeSlots returns the slots of the rep that could be booked now,
	// with Start in [params.From, params.To), ordered by Start, at most
	// params.Limit of them when it is positive. A slot lies inside the
	// rep's working hours, after the minimum lead time, before the
	// horizon, and clear of the rep's bookings (and of the buffer around
	// them). Nothing is held: a slot may be taken before it is booked.
	FreeSlots(ctx context.Context, params SlotsParams) ([]Slot, error)

	// Book books params.Slot for a lead and returns the booking, with
	// Status StatusBooked. It is idempotent per (TenantID,
	// IdempotencyKey): a later Book with the same key returns the booking
	// that key made, in its current status, and books nothing new; with a
	// different slot, conversation or lead it fails with ErrKeyReused.
	// A slot that is not free (booked, or overlapping a booking or its
	// buffer) is a *SlotError matching ErrSlotTaken; a slot the calendar
	// would not offer (outside working hours, off the slot grid, of
	// another length, inside the lead time, beyond the horizon) is one
	// matching ErrSlotUnavailable.
	//
	// A booking made here is not attached to a conversation, whatever
	// params.ConversationID says: to book a conversation's meeting (its
	// reminder, the lead's text, the audit trail and the report with it),
	// call handoff's Engine.BookMeeting, which books on this calendar.
	Book(ctx context.Context, params BookParams) (Booking, error)

	// Cancel cancels a booking and frees its slot. Cancelling a cancelled
	// booking returns it unchanged without error. ErrNotFound when the
	// booking does not exist in the tenant; a [*TransitionError]
	// (ErrInvalidTransition) when it is already completed or a no-show.
	Cancel(ctx context.Context, params CancelParams) (Booking, error)
}

// TxBooker is the optional ability of a calendar whose bookings live in the
// same [store.Store] as the conversation: it books and cancels inside the
// caller's transaction, so that the booking, the confirmation text and the
// reminder commit together or not at all. The engine finds it by type
// assertion on its Calendar; [StoreCalendar] implements it.
//
// tx must be a read-write Tx of the Store the calendar was built on; the
// methods follow the contract of [Calendar.Book] and [Calendar.Cancel],
// except that nothing is committed until the caller's transaction is, and
// a rolled-back transaction leaves no booking. On PostgreSQL the rep's
// booking lock is then held until that commit: keep the transaction short
// and never call out to the network inside it.
type TxBooker interface {
	BookTx(ctx context.Context, tx store.Tx, params BookParams) (Booking, error)
	CancelTx(ctx context.Context, tx store.Tx, params CancelParams) (Booking, error)
}

// Slot is a bookable interval of one rep.
type Slot struct {
	RepID      string
	Start, End time.Time
	TimeZone   string // the rep's IANA zone, e.g. "America/New_York"
}

// Local returns Start and End in the slot's zone (UTC when the zone is
// empty or unknown, or "Local", which names no zone of its own).
func (s Slot) Local() (start, end time.Time) {
	loc, err := loadZone(s.TimeZone)
	if err != nil || s.TimeZone == "" {
		loc = time.UTC
	}
	return s.Start.In(loc), s.End.In(loc)
}

// Status is the lifecycle state of a [Booking]. Its values equal those of
// [store.BookingStatus].
type Status string

// Booking statuses.
const (
	StatusBooked    Status = "booked"    // on the rep's calendar
	StatusCancelled Status = "cancelled" // called off; the slot is free again
	StatusNoShow    Status = "no_show"   // the lead did not show up
	StatusCompleted Status = "completed" // the meeting took place
)

// Booking is a meeting booked on a rep's calendar for a lead.
type Booking struct {
	ID             string
	TenantID       string
	RepID          string
	ConversationID string // "" when not booked from a conversation
	LeadID         string // the host's lead or contact ID, "" when unknown
	Start, End     time.Time
	TimeZone       string // the rep's IANA zone the slot was offered in
	Status         Status
	IdempotencyKey string
	CreatedAt      time.Time
}

// Slot returns the booked slot.
func (b Booking) Slot() Slot {
	return Slot{RepID: b.RepID, Start: b.Start, End: b.End, TimeZone: b.TimeZone}
}

// SlotsParams selects the slots of [Calendar.FreeSlots].
type SlotsParams struct {
	TenantID string // required
	RepID    string // required
	// From and To bound the slots' starts: [From, To). A zero From means
	// now; a zero To means the calendar's horizon.
	From, To time.Time
	Limit    int // <= 0 means no limit
}

// BookParams is one booking request for [Calendar.Book].
type BookParams struct {
	TenantID string // required
	// Slot is the slot to book, as FreeSlots returned it: RepID and Start
	// are required; a zero End means Start plus the meeting length;
	// TimeZone is ignored (the rep's zone is used).
	Slot Slot
	// ConversationID is the conversation the meeting is for, "" when
	// none. It is a label: a booking made here is not the conversation's
	// meeting to the engine (no reminder, outcome or report); a rep
	// books one for a conversation with handoff's Engine.BookMeeting,
	// which books on this calendar.
	ConversationID string
	LeadID         string
	// IdempotencyKey names this booking request, e.g. the conversation ID
	// and the offer it answers. Required; unique per tenant.
	IdempotencyKey string
}

// CancelParams names the booking to cancel.
type CancelParams struct {
	TenantID  string // required
	BookingID string // required
}
