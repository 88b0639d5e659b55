package twilio

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/redact"
)

// StatusRecorder is what [StatusHandler] calls: [*handoff.Engine]
// satisfies it. Both methods must be safe for concurrent use, honour ctx,
// report a retry of a report already processed as Duplicate, and return
// an error matching [handoff.ErrNotFound] for a provider ID they do not
// know.
type StatusRecorder interface {
	DeliveryFailed(ctx context.Context, f handoff.DeliveryFailure) (handoff.Result, error)
	OutboundObserved(ctx context.Context, o handoff.ObservedOutbound) (handoff.ObservedResult, error)
}

var _ StatusRecorder = (*handoff.Engine)(nil)

// MessageStatus is the MessageStatus of a Twilio status callback.
type MessageStatus string

// Message statuses Twilio reports for outbound messages
// (https://www.twilio.com/docs/messaging/api/message-resource#message-status-values).
const (
	StatusAccepted    MessageStatus = "accepted"
	StatusScheduled   MessageStatus = "scheduled"
	StatusQueued      MessageStatus = "queued"
	StatusSending     MessageStatus = "sending"
	StatusSent        MessageStatus = "sent"
	StatusDelivered   MessageStatus = "delivered"
	StatusRead        MessageStatus = "read"
	StatusUndelivered MessageStatus = "undelivered"
	StatusFailed      MessageStatus = "failed"
	StatusCanceled    MessageStatus = "canceled"
	StatusReceiving   MessageStatus = "receiving"
	StatusReceived    MessageStatus = "received"
)

// CodeUnsubscribed is Twilio error 21610, "Attempt to send to unsubscribed
// recipient": the lead replied STOP to the carrier or Twilio, which will
// refuse every further message to the number from this sender.
const CodeUnsubscribed = 21610

// codeText names the Twilio error codes an SMS sender meets most, for the
// reason recorded with a delivery failure ("30007 message filtered").
var codeText = map[int]string{
	21211: "invalid To number",
	21408: "region not enabled",
	21610: "recipient unsubscribed",
	21612: "cannot route to this number",
	21614: "not a mobile number",
	30003: "unreachable destination handset",
	30004: "message blocked",
	30005: "unknown destination handset",
	30006: "landline or unreachable carrier",
	30007: "message filtered",
	30008: "unknown error",
	30034: "unregistered 10DLC sender",
}

// failureRecheck is how long the handler waits before looking a failure's
// MessageSid up a second time: a fast "failed" callback can overtake the
// Sender's reply, before the dispatcher has recorded the message's SID.
const failureRecheck = 500 * time.Millisecond

// StatusHandler is the http.Handler for Twilio's message status callbacks
// (the StatusCallback URL the [Sender] passes with every message). Create
// it with [NewStatusHandler]; it is safe for concurrent use.
//
// It reads AccountSid, MessageSid, MessageStatus, ErrorCode, To (the lead)
// and From (our number; it selects the tenant), and maps each status to
// one engine call:
//
//	MessageStatus                     ErrorCode  engine call                                    answer
//	queued, accepted, scheduled,      any        none (nothing to record yet)                   200
//	  sending
//	sent, delivered, read             ignored    OutboundObserved{ReceiptOnly: true}: confirms  200
//	                                             our echo, never a takeover (a rep's text from
//	                                             another tool is reported by the host: see the
//	                                             package doc, "A rep texting from another tool")
//	undelivered, failed               21610      DeliveryFailed{OptedOut: true, Reason:         200
//	                                             "21610 recipient unsubscribed"}: the address
//	                                             is suppressed as if the lead texted STOP
//	undelivered, failed               other      DeliveryFailed{Reason: "30007 message          200
//	                                             filtered"} (the code, named when known)
//	undelivered, failed               none       DeliveryFailed{Reason: "undelivered"}          200
//	canceled, receiving, received,    any        none, logged (handoffkit schedules nothing;    200
//	  anything else                              inbound messages come to InboundHandler)
//
// A failure the engine records makes the text one that will never reach
// the lead: [handoff.Engine.Undelivered] lists it with the reason above,
// the inbox marks its bubble "Not sent", and when it was the bridge of a
// handoff still waiting for a rep, the rep is told by a rep update.
//
// Engine outcomes:
//
//	unknown MessageSid (ErrNotFound)  200, logged: not a message handoffkit sent, or one whose
//	                                  SID is not recorded yet. A failure is looked up once more
//	                                  after half a second first. Answering 200 keeps Twilio from
//	                                  retrying a callback that can never succeed.
//	a retry already processed         200 (Result.Duplicate)
//	ErrInvalidInput                   400
//	ErrBusy, store.ErrBusy, timeout   503
//	any other error                   500, so that Twilio may retry (see [InboundHandler])
//
// Authentication, attribution and request errors (400, 403, 404, 405) are
// those of [InboundHandler], with From in place of To: the report of a
// message of another channel ("whatsapp:+1..." in From or To) is refused
// with 400, like its inbound webhook.
type StatusHandler struct {
	webhook
	rec StatusRecorder
}

// NewStatusHandler returns the status-callback handler over rec (usually
// the [*handoff.Engine]); with one Engine per tenant, see
// [NewInboundHandler].
func NewStatusHandler(rec StatusRecorder, cfg *WebhookConfig) (*StatusHandler, error) {
	if rec == nil {
		return nil, errors.New("twilio: NewStatusHandler: recorder is nil")
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &StatusHandler{webhook: webhook{cfg: c, kind: "status"}, rec: rec}, nil
}

// statusReport is a validated status callback.
type statusReport struct {
	tenantID string
	sid      string
	status   MessageStatus
	code     int // 0: none
	to, from string
}

// ServeHTTP implements http.Handler.
func (h *StatusHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	auth, rej := h.authenticate(w, r)
	if rej != nil {
		h.refuse(w, r, rej)
		return
	}
	rep, rej := statusFromForm(auth.form)
	if rej != nil {
		h.refuse(w, r, rej)
		return
	}
	if rep.tenantID, rej = h.tenant(r.Context(), auth.account, rep.from); rej != nil {
		h.refuse(w, r, rej)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	log := h.cfg.Logger.With("tenant", rep.tenantID, "message_sid", rep.sid, "message_status", rep.status)
	var err error
	switch rep.status {
	case StatusQueued, StatusAccepted, StatusScheduled, StatusSending:
		log.DebugContext(ctx, "twilio: status callback: nothing to record")
	case StatusSent, StatusDelivered, StatusRead:
		var res handoff.ObservedResult
		res, err = h.rec.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: rep.tenantID, ProviderID: rep.sid,
			To: rep.to, Line: rep.from, ReceiptOnly: true})
		if err == nil {
			log.DebugContext(ctx, "twilio: delivery receipt", "kind", res.Kind, "duplicate", res.Duplicate)
		}
	case StatusUndelivered, StatusFailed:
		f := handoff.DeliveryFailure{TenantID: rep.tenantID, ProviderID: rep.sid, Reason: failureReason(rep.status, rep.code),
			OptedOut: rep.code == CodeUnsubscribed, To: rep.to}
		var res handoff.Result
		res, err = h.rec.DeliveryFailed(ctx, f)
		if errors.Is(err, handoff.ErrNotFound) && sleep(ctx, failureRecheck) {
			res, err = h.rec.DeliveryFailed(ctx, f)
		}
		if err == nil {
			log.InfoContext(ctx, "twilio: delivery failed", "reason", f.Reason, "opted_out", f.OptedOut,
				"duplicate", res.Duplicate, "cancelled", res.Cancelled)
		}
	default:
		log.InfoContext(ctx, "twilio: status callback ignored")
	}
	switch {
	case err == nil, errors.Is(err, handoff.ErrInFlight):
		ok(w)
	case errors.Is(err, handoff.ErrNotFound):
		// Not ours, or not known yet: a retry cannot help.
		log.InfoContext(ctx, "twilio: status callback for an unknown message", "err", redact.Text(err.Error(), rep.to, rep.from))
		ok(w)
	default:
		status := engineStatus(ctx, err)
		// The error may name the request's numbers (a host hook's),
		// which the log never holds.
		log.Log(ctx, levelFor(status), "twilio: status callback not recorded", "status", status,
			"err", redact.Text(err.Error(), rep.to, rep.from))
		http.Error(w, http.StatusText(status), status)
	}
}

// statusFromForm validates the status callback's fields.
func statusFromForm(f url.Values) (statusReport, *rejection) {
	var rep statusReport
	var rej *rejection
	if rep.sid, rej = field(f, "MessageSid", 64, true); rej != nil {
		return rep, rej
	}
	st, rej := field(f, "MessageStatus", 32, true)
	if rej != nil {
		return rep, rej
	}
	rep.status = MessageStatus(st)
	if rep.to, rej = addressField(f, "To", false); rej != nil {
		return rep, rej
	}
	if rep.from, rej = addressField(f, "From", false); rej != nil {
		return rep, rej
	}
	if s := f.Get("ErrorCode"); s != "" {
		code, err := strconv.Atoi(s)
		if err != nil || code <= 0 || code > 999999 {
			return rep, reject(http.StatusBadRequest, "ErrorCode %q is not a Twilio error code", s)
		}
		rep.code = code
	}
	return rep, nil
}

// failureReason is the Reason recorded for a failed delivery. It is the
// same for every retry of the callback, which keeps the engine's record
// of it unique.
func failureReason(status MessageStatus, code int) string {
	if code == 0 {
		return string(status)
	}
	s := strconv.Itoa(code)
	if text, ok := codeText[code]; ok {
		s += " " + text
	}
	return s
}

// sleep waits for d or until ctx ends; it reports whether d elapsed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
