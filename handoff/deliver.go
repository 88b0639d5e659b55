package handoff

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Delivery is one text to a lead, handed to a [Sender] by the [Dispatcher].
//
// Item.To says where it goes. For an SMS conversation it is the lead's
// phone in E.164 (or, when the host gave no phone, the lead's email as
// [store.EmailKey] writes it: trimmed and lower-cased). For a
// chat conversation (Conversation.Channel is [store.ChannelChat]) it is
// "chat:" followed by the conversation's ID, whatever else the lead gave:
// a chat is answered in the chat, never by a text to the lead's phone. A
// host's Sender posts such a Delivery to its chat session for
// Conversation.ID (on the channel Conversation.Line names), and sends the
// rest by SMS. Opt-outs apply alike: a lead who opts out, in a chat or by
// text, is suppressed by every address they gave in that conversation (the
// phone and the email; a chat visitor who gave neither, by the chat
// address), and a conversation is opted out when any of its lead's
// addresses is: the STOP of an email-only chat reaches the same lead's SMS
// conversation with that email, and the reverse. An email is one address
// whatever its case ("Dana@Example.com" is "dana@example.com").
type Delivery struct {
	// Item is the outbox item being delivered (Kind, To, Attempts, ...).
	Item store.OutboxItem
	// Conversation is the conversation as read just before the send.
	Conversation store.Conversation
	// Body is the text to send.
	Body string
	// IdempotencyKey is stable across retries of the same item. Pass it to
	// the provider (or de-duplicate on it) to turn at-least-once delivery
	// into exactly once.
	IdempotencyKey string
}

// SendResult is what a [Sender] reports about an accepted message.
type SendResult struct {
	// ProviderID is the provider's message ID ("SM..." for Twilio), or "".
	// The engine records it so that [Engine.OutboundObserved] recognises
	// the provider's report of this message as our own echo rather than a
	// rep typing from a phone. An ID that OutboundObserved would refuse
	// (over 256 bytes, invalid UTF-8, a control character) is not
	// recorded, and a warning is logged: the text is settled delivered
	// all the same.
	ProviderID string
}

// Sender sends texts to leads, typically through an SMS provider's API,
// and, for chat conversations, through the host's chat (see [Delivery]).
//
// Send is called by the [Dispatcher] outside any transaction, possibly from
// several goroutines at once (at most DispatcherConfig.Concurrency), but
// within one process never concurrently for two texts of the same
// conversation, which go out in the order they were written. It must honour
// ctx (which carries DispatcherConfig.SendTimeout) and must not call the
// [Engine] for the same conversation synchronously.
//
// Delivery is at least once: after a crash or a lost reply the same
// Delivery may be sent again with the same IdempotencyKey. Errors decide
// what happens next:
//
//   - nil: delivered; the item is done.
//   - an error matching [ErrRecipientOptedOut] (the carrier refused because
//     the recipient opted out): the item is dead-lettered at once and the
//     address is suppressed, as if the lead had texted STOP.
//   - a [*PermanentError] (errors.As): the item is dead-lettered at once.
//   - an error matching [ErrMisconfigured] (the provider refused the
//     host's credentials or account, not the message): retried without
//     limit, at most DispatcherConfig.BackoffMax apart, never
//     dead-lettered, so that once the setup is fixed the text goes.
//   - any other error: retried with exponential backoff, dead-lettered
//     after DispatcherConfig.MaxAttempts attempts.
//
// The error's text is kept as the item's LastError and in its dead_letter
// event, whatever it holds (a provider's raw response body): invalid
// UTF-8 and NUL bytes become U+FFFD, and it is cut to 1,000 bytes at a
// character boundary.
type Sender interface {
	Send(ctx context.Context, d Delivery) (SendResult, error)
}

// SenderFunc adapts a function to [Sender].
type SenderFunc func(ctx context.Context, d Delivery) (SendResult, error)

// Send calls f(ctx, d).
func (f SenderFunc) Send(ctx context.Context, d Delivery) (SendResult, error) { return f(ctx, d) }

// ChannelSender is a [Sender] that sends each [Delivery] by where it
// goes: a chat conversation's texts (Item.To "chat:" and the
// conversation's ID) through Chat, every other text through SMS. A
// channel without a Sender dead-letters its texts at once (a
// [*PermanentError]), so a host that has no chat never hands a chat
// address to its SMS provider.
type ChannelSender struct {
	SMS  Sender // texts to a phone (or an email, when the lead gave no phone)
	Chat Sender // texts to a chat session (see [Delivery])
}

// Send hands d to the Sender of its channel.
func (s ChannelSender) Send(ctx context.Context, d Delivery) (SendResult, error) {
	to, name := s.SMS, "SMS"
	if strings.HasPrefix(d.Item.To, chatPrefix) {
		to, name = s.Chat, "chat"
	}
	if to == nil {
		return SendResult{}, &PermanentError{Err: fmt.Errorf("handoff: no %s sender for outbox item %s", name, d.Item.ID)}
	}
	return to.Send(ctx, d)
}

// Notification is one rep notification, handed to a [Notifier]: a lead was
// handed off (or re-routed to the rep, or a meeting with them booked,
// moved or called off, by the lead or another rep) and Brief is what the
// rep needs to pick it up.
type Notification struct {
	// Item is the outbox item being delivered; Item.To is the assigned
	// rep's ID (for a meeting booked, moved or called off, the meeting's
	// rep), or Config.Team ("team" by default) when the conversation is
	// unassigned or the handoff was escalated to the team.
	Item store.OutboxItem
	// Conversation is the conversation as read just before the send: on
	// the rep update that tells a rep the lead opted out after the
	// handoff, its Status is opted_out.
	Conversation store.Conversation
	// Brief is the rep brief captured when the notification was queued:
	// at the handoff, the re-route, the booking, the move or the
	// cancellation of a meeting (which it lists with Status "cancelled").
	Brief Brief
	// Undelivered lists the conversation's texts to the lead that will
	// never reach them, read as [Engine.Undelivered] reads them just
	// before the send: nil when every text went or is on its way. A
	// bridge listed here on a handoff that still waits for a rep means
	// the lead was never told a person will follow up: call them. When
	// the carrier reports the bridge (a notice, a booking offer) of a
	// waiting handoff undelivered ([Engine.DeliveryFailed]), or the
	// Dispatcher dead-letters it, the engine queues a rep update so that
	// the rep learns it.
	Undelivered []NotSent
	// IdempotencyKey is stable across retries of the same item.
	IdempotencyKey string
}

// Notifier alerts reps (push, email, Slack, a CRM task...). The contract
// is that of [Sender]: called outside transactions, concurrently, at least
// once with a stable IdempotencyKey; a [*PermanentError] dead-letters at
// once, an error matching [ErrMisconfigured] is retried without limit,
// other errors are retried with backoff. Notifications are not
// subject to quiet hours or suppression: they go to reps, not leads.
type Notifier interface {
	Notify(ctx context.Context, n Notification) error
}

// NotifierFunc adapts a function to [Notifier].
type NotifierFunc func(ctx context.Context, n Notification) error

// Notify calls f(ctx, n).
func (f NotifierFunc) Notify(ctx context.Context, n Notification) error { return f(ctx, n) }

// ErrRecipientOptedOut is returned (possibly wrapped) by a [Sender] when the
// provider or carrier refuses a message because the recipient opted out
// (e.g. Twilio error 21610). The dispatcher dead-letters the item and
// applies the opt-out as [Engine.OptOutAddress] does (the address
// suppressed for the tenant, its conversations paused, their reps told);
// [Engine.DeliveryFailed] with OptedOut set does the same for failures
// reported asynchronously.
var ErrRecipientOptedOut = errors.New("handoff: recipient opted out")

// PermanentError marks a delivery failure that retrying cannot fix (an
// invalid number, a landline, content rejected). The dispatcher
// dead-letters the item at once. Wrap the provider's error:
//
//	return handoff.SendResult{}, &handoff.PermanentError{Err: err}
type PermanentError struct {
	Err error
}

// Error implements error.
func (e *PermanentError) Error() string {
	if e.Err == nil {
		return "handoff: permanent delivery failure"
	}
	return "handoff: permanent delivery failure: " + e.Err.Error()
}

// Unwrap returns the provider's error.
func (e *PermanentError) Unwrap() error { return e.Err }

// ErrMisconfigured is returned (possibly wrapped) by a [Sender] or
// [Notifier] when the provider refused the send for a fault of the host's
// setup, not of the message: rejected credentials (an API key rotated
// wrongly), a suspended or closed account, test credentials used live
// (Twilio errors 20003, 20005 and 20008, an HTTP 401 or 403). Retrying cannot help until a person fixes it, and
// then every text must still go, so the [Dispatcher] keeps the item:
//
//   - it retries it without limit: these failures are no attempts
//     (Attempts does not grow) and never count toward
//     DispatcherConfig.MaxAttempts, and the item is never dead-lettered
//     for them;
//   - it waits between tries about as long as the item has been queued,
//     from BackoffBase up to BackoffMax (10 minutes by default), and at
//     least an error's [RetryAfter];
//   - each failure is logged at Error level ("sender or notifier
//     misconfigured") and kept as the item's LastError, prefixed
//     "misconfigured: ", so a platform's alerting and a look at the
//     outbox both show it.
//
// While it waits the item keeps its place like any text being retried:
// the conversation's later texts wait behind it and go, in order, once
// it went. It stays a queued text for everything else: an opt-out, a rep
// taking the thread from the AI or a pause cancels it as it would any
// queued text, and quiet hours hold it (an automated text) at night.
var ErrMisconfigured = errors.New("handoff: sender or notifier misconfigured")

// RetryAfter is implemented by a Sender's or Notifier's error that knows
// when to try again (an HTTP 429's Retry-After): the dispatcher waits at
// least that long before the next attempt, even past
// DispatcherConfig.BackoffMax (the provider knows best), up to a day.
type RetryAfter interface {
	RetryAfter() time.Duration
}

// retryAfter returns the wait an error asks for, or 0.
func retryAfter(err error) time.Duration {
	var ra RetryAfter
	if errors.As(err, &ra) {
		return max(ra.RetryAfter(), 0)
	}
	return 0
}

// deadReason is the Reason of a dead_letter audit event.
type deadReason string

const (
	deadPermanent   deadReason = "permanent"
	deadOptedOut    deadReason = "recipient_opted_out"
	deadMaxAttempts deadReason = "max_attempts"
	deadUndecodable deadReason = "undeliverable_payload"
)

// misconfiguredPrefix starts the LastError of an item held by an
// [ErrMisconfigured] failure: it marks the item as being retried (see
// Dispatcher.blockedBehind), though its Attempts did not grow.
const misconfiguredPrefix = "misconfigured: "

// classify maps a Sender/Notifier error to what the dispatcher does.
func classify(err error) (permanent, optedOut, misconfigured bool) {
	if errors.Is(err, ErrRecipientOptedOut) {
		return true, true, false
	}
	var pe *PermanentError
	if errors.As(err, &pe) {
		return true, false, false
	}
	return false, false, errors.Is(err, ErrMisconfigured)
}

// errString is a Sender's or Notifier's error as the item's LastError and
// its audit event keep it: storedText, at most maxErrorBytes.
func errString(err error) string { return storedText(err.Error(), maxErrorBytes) }
