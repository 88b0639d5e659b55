package twilio

import (
	"context"
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/redact"
	"github.com/handoffkit/handoffkit/store"
)

// InboundReceiver is what [InboundHandler] calls: [*handoff.Engine]
// satisfies it. ReceiveAddressed must be safe for concurrent use and honour
// ctx; a retry of a message already recorded (the same ProviderID) must be
// reported as [handoff.Result.Duplicate], not as an error.
type InboundReceiver interface {
	ReceiveAddressed(ctx context.Context, in handoff.AddressedInbound) (handoff.Outcome, error)
}

var _ InboundReceiver = (*handoff.Engine)(nil)

// maxMedia is the most attachments Twilio delivers with one message.
const maxMedia = 10

// InboundHandler is the http.Handler for Twilio's "A message comes in"
// webhook. Create it with [NewInboundHandler]; it is safe for concurrent
// use.
//
// It reads the form fields AccountSid, MessageSid, From (the lead), To
// (our number), Body, NumMedia and MediaContentType0..9, and calls
// ReceiveAddressed with {TenantID, Line: To, From, Body, ProviderID:
// MessageSid}. The engine finds the lead's conversation on that number or
// starts one, runs opt-out detection first, and records the message
// exactly once per MessageSid.
//
// Media-only messages (an MMS without text) are recorded with a body that
// names the attachments' types, "[media: image/jpeg, image/png]", so the
// rep sees that something arrived; the engine has no attachment field and
// the media URLs are not kept. A message with both text and media is
// recorded with its text alone, untouched, so opt-out detection sees
// exactly what the lead wrote.
//
// It serves SMS and MMS: the engine expects phone numbers, so a webhook
// of another channel, whose From or To carries the channel's prefix
// ("whatsapp:+1...", "messenger:...", "rcs:...", any "scheme:"), is
// refused with 400 and nothing is written. To refuse a lead by
// policy, a handoff.Config.NewConversation returns an error wrapping
// handoff.ErrForbidden (answered 403, final) rather than a plain error
// (answered 500, which Twilio may retry).
//
// Responses (nothing is written unless the answer is 200, but for an
// opt-out: a STOP whose conversation the engine can neither find nor
// start, a 400, 403 or 404 from the engine, still suppresses the lead's
// number, see handoff.Engine.ReceiveAddressed):
//
//	200  recorded, or a provider retry of a message already recorded;
//	     body: the empty TwiML response, Content-Type text/xml
//	400  malformed or oversized body, wrong Content-Type, missing
//	     MessageSid/From/To, a From or To of another channel
//	     ("whatsapp:+1..."), invalid UTF-8, bad NumMedia, or input the
//	     engine refuses (handoff.ErrInvalidInput: an empty body, a body over
//	     handoff.Config.MaxBodyBytes, an unparseable number, a
//	     ConversationID from handoff.Config.NewConversation that names
//	     another lead's conversation)
//	403  no or wrong X-Twilio-Signature, unknown AccountSid, or a URL other
//	     than the one Twilio signed (forged, replayed elsewhere, or
//	     PublicURL misconfigured: the log says which URL was checked); or
//	     the engine reports ErrForbidden
//	404  the TenantFunc does not know (AccountSid, To); or the engine
//	     reports ErrNotFound
//	405  not a POST
//	500  token or tenant lookup failed, or another engine or store error
//	503  the engine ran out of time (WebhookConfig.Timeout) or retries
//	     (handoff.ErrBusy), or the database stayed locked by another
//	     process (store.ErrBusy)
//
// Twilio treats a 4xx as final (the message is logged as error 11200 in
// its console and not re-sent). A 5xx or a timeout fails the request too:
// Twilio then calls the number's fallback URL if one is set (mount the
// same handler there), and re-sends the request when the webhook URL's
// connection overrides ask for retries (for example a URL ending in
// "#rc=3&rp=5xx,rt"; the fragment is not sent to the server). Every retry
// carries the same MessageSid, so it is safe: the engine records it once.
// Twilio gives up after 15 seconds in all, hence [DefaultTimeout].
//
// A Twilio message can be 1,600 characters, which is up to 6,400 bytes of
// UTF-8: the engine's default cap (handoff.DefaultMaxBodyBytes) takes it.
type InboundHandler struct {
	webhook
	rcv InboundReceiver
}

// NewInboundHandler returns the inbound-message handler over rcv
// (usually the [*handoff.Engine]). Every request is handed to rcv, for
// the tenant cfg.Tenant gives: a platform with one Engine per tenant
// passes a receiver that calls the tenant's Engine, or mounts a handler
// per tenant whose TenantFunc knows only its numbers (see the package
// doc, "Several tenants").
func NewInboundHandler(rcv InboundReceiver, cfg *WebhookConfig) (*InboundHandler, error) {
	if rcv == nil {
		return nil, errors.New("twilio: NewInboundHandler: receiver is nil")
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &InboundHandler{webhook: webhook{cfg: c, kind: "inbound"}, rcv: rcv}, nil
}

// ServeHTTP implements http.Handler.
func (h *InboundHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	auth, rej := h.authenticate(w, r)
	if rej != nil {
		h.refuse(w, r, rej)
		return
	}
	in, rej := inboundFromForm(auth.form)
	if rej != nil {
		h.refuse(w, r, rej)
		return
	}
	if in.TenantID, rej = h.tenant(r.Context(), auth.account, in.Line); rej != nil {
		h.refuse(w, r, rej)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), h.cfg.Timeout)
	defer cancel()
	start := time.Now()
	out, err := h.rcv.ReceiveAddressed(ctx, in)
	if err != nil && !errors.Is(err, handoff.ErrInFlight) {
		status := engineStatus(ctx, err)
		// The error may name the request's numbers or repeat its text
		// (a host hook's), which the log never holds.
		h.cfg.Logger.Log(ctx, levelFor(status), "twilio: inbound message not recorded", "tenant", in.TenantID,
			"message_sid", in.ProviderID, "status", status, "err", redact.Text(err.Error(), in.From, in.Line, in.Body))
		http.Error(w, http.StatusText(status), status)
		return
	}
	// An *InFlightError means the change committed: answer 200, or the
	// retry would only find a duplicate.
	h.cfg.Logger.DebugContext(ctx, "twilio: inbound message", "tenant", in.TenantID, "message_sid", in.ProviderID,
		"from", redactPhone(in.From), "conversation", out.Conversation.ID, "kind", out.Kind,
		"duplicate", out.Duplicate, "elapsed", time.Since(start))
	ok(w)
}

// inboundFromForm validates the inbound fields; TenantID is left to the
// caller.
func inboundFromForm(f url.Values) (handoff.AddressedInbound, *rejection) {
	sid, rej := field(f, "MessageSid", 64, true)
	if rej != nil {
		return handoff.AddressedInbound{}, rej
	}
	from, rej := addressField(f, "From", true)
	if rej != nil {
		return handoff.AddressedInbound{}, rej
	}
	to, rej := addressField(f, "To", true)
	if rej != nil {
		return handoff.AddressedInbound{}, rej
	}
	body, rej := field(f, "Body", DefaultMaxRequestBytes, false)
	if rej != nil {
		return handoff.AddressedInbound{}, rej
	}
	numMedia := 0
	if s := f.Get("NumMedia"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > maxMedia {
			return handoff.AddressedInbound{}, reject(http.StatusBadRequest, "NumMedia %q is not a number from 0 to %d", s, maxMedia)
		}
		numMedia = n
	}
	if strings.TrimSpace(body) == "" && numMedia > 0 {
		body = mediaBody(f.Get, numMedia)
	}
	return handoff.AddressedInbound{Line: to, From: from, Body: body, ProviderID: sid}, nil
}

// mediaBody is the recorded body of a media-only message.
func mediaBody(get func(string) string, n int) string {
	types := make([]string, 0, n)
	for i := range n {
		mt, _, err := mime.ParseMediaType(get("MediaContentType" + strconv.Itoa(i)))
		if err != nil || len(mt) > 100 {
			mt = "attachment"
		}
		types = append(types, mt)
	}
	return "[media: " + strings.Join(types, ", ") + "]"
}

// engineStatus maps an engine error to the HTTP status Twilio gets.
func engineStatus(ctx context.Context, err error) int {
	switch {
	case errors.Is(err, handoff.ErrInvalidInput):
		return http.StatusBadRequest
	case errors.Is(err, handoff.ErrNotFound):
		return http.StatusNotFound
	case errors.Is(err, handoff.ErrForbidden):
		return http.StatusForbidden
	case errors.Is(err, handoff.ErrBusy), errors.Is(err, store.ErrBusy), errors.Is(err, context.DeadlineExceeded), ctx.Err() != nil:
		return http.StatusServiceUnavailable
	default:
		return http.StatusInternalServerError
	}
}
