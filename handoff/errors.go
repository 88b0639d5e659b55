package handoff

import (
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Sentinel errors. The store's sentinels are re-exported so callers of the
// engine need import only this package; errors.Is works with either name.
var (
	// ErrInvalidInput is matched by every [*InputError]: bad input was
	// refused and nothing was written.
	ErrInvalidInput = errors.New("handoff: invalid input")
	// ErrInvalidTransition is matched by every [*TransitionError].
	ErrInvalidTransition = errors.New("handoff: invalid transition")
	// ErrOptedOut means the lead's address is suppressed: the call would
	// send or resume automated messages to someone who opted out.
	ErrOptedOut = errors.New("handoff: lead opted out")
	// ErrForbidden means the caller may not act on the record: a rep
	// accepting, declining or completing a handoff assigned to another rep,
	// or recording the outcome of another rep's meeting.
	ErrForbidden = errors.New("handoff: forbidden")
	// ErrBusy means the conversation kept changing under the engine and
	// the compare-and-swap retries ran out; retrying the call is safe.
	ErrBusy = errors.New("handoff: conversation busy, retries exhausted")

	ErrNotFound  = store.ErrNotFound  // unknown ID, or another tenant's
	ErrConflict  = store.ErrConflict  // lost a compare-and-swap, or the caller's [Expectation] ([*StaleError])
	ErrDuplicate = store.ErrDuplicate // the ID already exists
)

// InputError describes one invalid argument, or a field of a [Config] or
// [DispatcherConfig] that [NewEngine] or [NewDispatcher] refuses. It
// matches [ErrInvalidInput].
type InputError struct {
	Field   string // the Go field name, e.g. "Body", "Config.Schema.Required"
	Problem string // e.g. "is empty", "is not valid UTF-8"
}

func (e *InputError) Error() string {
	return fmt.Sprintf("handoff: invalid input: %s %s", e.Field, e.Problem)
}

// Is reports whether target is [ErrInvalidInput].
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

// TransitionError is a forbidden state change. It matches
// [ErrInvalidTransition].
type TransitionError struct {
	From   store.State
	Action Action
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("handoff: invalid transition: cannot %s from %s", e.Action, e.From)
}

// Is reports whether target is [ErrInvalidTransition].
func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

// NoMeetingError is a call about a conversation's booked meeting
// ([Engine.MeetingOutcome], [Engine.MoveMeeting], [Engine.CancelMeeting])
// refused because the conversation has none: it was never booked, the
// lead has not picked an offered slot (or picked one after a rep took the
// thread, which books nothing: the rep books it with
// [Engine.BookMeeting]), or it was called off. Nothing was written. It
// matches [ErrInvalidTransition], and [errors.As] finds in it the
// [*TransitionError] callers written before it looked for.
type NoMeetingError struct {
	Action         Action      // what was refused: meeting_outcome, move_meeting, cancel_meeting
	ConversationID string      // the conversation without a meeting
	State          store.State // its state, which is not the reason
	// Offered reports slots offered to the lead and not picked (or
	// picked once a rep held the thread).
	Offered bool
}

func (e *NoMeetingError) Error() string {
	msg := fmt.Sprintf("handoff: invalid transition: cannot %s: conversation %s has no booked meeting", e.Action, e.ConversationID)
	if e.Offered {
		msg += " (slots were offered, none is booked: a rep books one with Engine.BookMeeting)"
	}
	return msg
}

// Is reports whether target is [ErrInvalidTransition].
func (e *NoMeetingError) Is(target error) bool { return target == ErrInvalidTransition }

// Unwrap returns the [*TransitionError] of the refused action in the
// conversation's state, for callers that look for one.
func (e *NoMeetingError) Unwrap() error { return &TransitionError{From: e.State, Action: e.Action} }

// MeetingBookedError is [Engine.BookMeeting] refused because the
// conversation has a meeting booked already: a conversation holds one
// meeting, which [Engine.MoveMeeting] moves and [Engine.CancelMeeting]
// calls off. Nothing was written. It matches [ErrInvalidTransition].
type MeetingBookedError struct {
	ConversationID string
	BookingID      string    // the meeting booked, its ID on the calendar
	RepID          string    // the rep it is with
	Start          time.Time // its start
}

func (e *MeetingBookedError) Error() string {
	return fmt.Sprintf("handoff: invalid transition: cannot book_meeting: conversation %s has meeting %s with %s at %s booked already; move it with Engine.MoveMeeting",
		e.ConversationID, e.BookingID, e.RepID, e.Start.UTC().Format(time.RFC3339))
}

// Is reports whether target is [ErrInvalidTransition].
func (e *MeetingBookedError) Is(target error) bool { return target == ErrInvalidTransition }

// ReviewPendingError is a call refused because the conversation waits for
// a person's decision on a possible opt-out ([OutcomeReview]): nothing may
// drive it, the AI or a rep, until [Engine.ReviewOptOut] confirms the
// opt-out or releases the conversation. Nothing was written. It matches
// [ErrInvalidTransition].
type ReviewPendingError struct {
	Action Action // what was refused: resume, take_over, rep_message (one to send)
}

func (e *ReviewPendingError) Error() string {
	return fmt.Sprintf("handoff: invalid transition: cannot %s: a possible opt-out waits for a decision; confirm or release it with Engine.ReviewOptOut", e.Action)
}

// Is reports whether target is [ErrInvalidTransition].
func (e *ReviewPendingError) Is(target error) bool { return target == ErrInvalidTransition }

// StaleError is a call refused because the conversation is no longer what
// its caller saw ([Expectation]): another rep took the thread, its state
// moved, or the possible opt-out the caller decided on is no longer the
// one in review. Nothing was written. State, AssignedTo and ReviewOf are
// what it is now, to show the person who holds it. It matches
// [ErrConflict]; unlike a compare-and-swap the engine lost, the engine
// does not retry it: the person decides again on what is there now.
type StaleError struct {
	Action     Action      // what was refused
	Expected   Expectation // what the caller saw
	State      store.State // the conversation's state now
	AssignedTo string      // the rep who holds it now; "" when nobody does
	// ReviewOf is the ID of the lead's message in review now; "" when no
	// possible opt-out waits for a decision.
	ReviewOf string
}

func (e *StaleError) Error() string {
	if e.State == e.Expected.State && e.AssignedTo == e.Expected.AssignedTo {
		now := "over"
		if e.ReviewOf != "" {
			now = "replaced by the review of message " + e.ReviewOf
		}
		return fmt.Sprintf("handoff: conflict: cannot %s: the review of message %s the caller saw is %s", e.Action, e.Expected.ReviewOf, now)
	}
	return fmt.Sprintf("handoff: conflict: cannot %s: the conversation is %s, held by %s, not %s, held by %s as the caller saw it",
		e.Action, e.State, holder(e.AssignedTo), e.Expected.State, holder(e.Expected.AssignedTo))
}

// Is reports whether target is [ErrConflict].
func (e *StaleError) Is(target error) bool { return target == ErrConflict }

func holder(repID string) string {
	if repID == "" {
		return "nobody"
	}
	return repID
}
