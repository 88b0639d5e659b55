package handoff

import (
	"errors"
	"fmt"

	"github.com/handoffkit/handoffkit/store"
)

// Result is what every call that changes a conversation reports, in the
// same shape. [Outcome] (lead messages) and [ObservedResult] (provider
// reports) add what is particular to them.
type Result struct {
	// Conversation is the conversation afterwards; zero for a duplicate.
	Conversation store.Conversation
	// MessageID is the message the call recorded, if any.
	MessageID string
	// Duplicate reports a retry of something already processed (the same
	// provider message ID, the same provider report): nothing was written.
	// It is the one way the engine says "duplicate"; it is not an error.
	Duplicate bool
	// Cancelled is how many queued automated texts this change cancelled,
	// and for a possible opt-out sent to review the rep's texts it
	// cancelled too (see [Engine.RepMessage]). An opt-out counts every
	// text it stopped, a rep's too, in each of the lead's conversations;
	// each conversation's trail audits its own (an outbox_cancelled
	// event, reason opt_out).
	Cancelled int
	// InFlight lists automated texts (and, for a possible opt-out sent to
	// review, a rep's text) that were already being handed to a Sender
	// when this change committed and had not settled when the call
	// returned, because ctx ended first. It is non-empty only together
	// with an [*InFlightError]; see [Engine.RepMessage] for the promise.
	InFlight []store.OutboxItem
}

// ErrInFlight is matched by every [*InFlightError].
var ErrInFlight = errors.New("handoff: automated texts still in flight")

// InFlightError is returned by a call that silenced a conversation (a rep
// message, a takeover, a pause, an opt-out, a possible opt-out sent to
// review) when its change committed but ctx ended before every text it
// stops (automated texts; a review's, a rep's text too) already handed to
// a Sender had settled. The change stands; Items may still reach the lead, and are also
// in the call's [Result.InFlight]. It matches [ErrInFlight] and unwraps to
// ctx's error.
type InFlightError struct {
	Items []store.OutboxItem
	Err   error
}

func (e *InFlightError) Error() string {
	return fmt.Sprintf("handoff: the change committed, but %d text(s) it stops were still in flight when the call returned: %v", len(e.Items), e.Err)
}

// Is reports whether target is [ErrInFlight].
func (e *InFlightError) Is(target error) bool { return target == ErrInFlight }

// Unwrap returns the context's error.
func (e *InFlightError) Unwrap() error { return e.Err }
