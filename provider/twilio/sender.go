package twilio

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/redact"
)

// DefaultBaseURL is Twilio's REST API.
const DefaultBaseURL = "https://api.twilio.com"

// DefaultIdempotencyHeader carries the outbox idempotency key on every
// send; see [SenderConfig.IdempotencyHeader].
const DefaultIdempotencyHeader = "Idempotency-Key"

// maxResponseBytes caps what the Sender reads of a response.
const maxResponseBytes = 1 << 20

// permanentCodes are Twilio error codes for which resending the same
// message cannot succeed: the number is invalid, unreachable by SMS, a
// landline, or in a region the account may not text, or the body is
// refused. The Sender wraps them in [*handoff.PermanentError], so the
// dispatcher dead-letters the item at once.
var permanentCodes = map[int]bool{
	21211: true, // invalid 'To' phone number
	21214: true, // 'To' phone number cannot be reached
	21217: true, // phone number does not appear to be valid
	21401: true, // invalid phone number
	21407: true, // this phone number type does not support SMS or MMS
	21408: true, // permission to send an SMS has not been enabled for the region
	21421: true, // PhoneNumber is invalid
	21602: true, // message body is required
	21612: true, // the 'To' phone number is not currently reachable via SMS
	21614: true, // 'To' number is not a valid mobile number
	21617: true, // the concatenated message body exceeds the 1600 character limit
}

// misconfiguredCodes are Twilio error codes that refuse the host's
// credentials or account rather than the message: the Sender wraps them,
// and any HTTP 401 or 403 without a permanent code, in
// [handoff.ErrMisconfigured], so the dispatcher keeps the item and retries
// it until the setup is fixed.
var misconfiguredCodes = map[int]bool{
	20003: true, // authentication failed (a wrong or revoked API key or auth token)
	20005: true, // account not active (suspended or closed)
	20008: true, // the resource is not accessible with test account credentials
}

// SenderConfig configures [NewSender].
type SenderConfig struct {
	// AccountSID is the account the messages are sent from ("AC...").
	// Required.
	AccountSID string
	// Credentials for HTTP basic auth: an API key and its secret
	// (recommended), or else the account's AuthToken.
	APIKeySID    string
	APIKeySecret string
	AuthToken    string

	// From is the sender number used when the conversation has no Line.
	// MessagingServiceSID ("MG...") is used when neither is set. A
	// delivery with none of the three fails permanently.
	From                string
	MessagingServiceSID string
	// StatusCallback is the public URL of the [StatusHandler], passed with
	// every message so that Twilio reports its delivery. Empty sends none.
	StatusCallback string

	// IdempotencyHeader names the request header that carries the outbox
	// item's idempotency key, stable across retries of the same item.
	// Empty means [DefaultIdempotencyHeader]; "-" sends none. Twilio's
	// Messages API does not document request idempotency, so against
	// Twilio itself a resend after a lost response may reach the lead
	// twice; Twilio-compatible APIs and proxies that honour the header
	// make it exactly once. The Sender itself de-duplicates nothing.
	IdempotencyHeader string
	// PermanentCodes adds Twilio error codes to treat as permanent
	// failures, beyond the built-in list (21211, 21214, 21217, 21401,
	// 21407, 21408, 21421, 21602, 21612, 21614, 21617).
	PermanentCodes []int

	// BaseURL is the API's base URL. Empty means [DefaultBaseURL].
	BaseURL string
	// HTTPClient sends the requests. Nil means a client with a 30-second
	// timeout; the ctx given to Send (which carries the dispatcher's
	// SendTimeout) bounds each call either way.
	HTTPClient *http.Client
	// Logger receives operational logs. Nil discards them.
	Logger *slog.Logger
}

// Sender is a [handoff.Sender] on Twilio's Messages API: one POST to
// {BaseURL}/2010-04-01/Accounts/{AccountSID}/Messages.json per delivery,
// with the form fields To (the outbox item's address), From (the
// conversation's Line, else SenderConfig.From) or MessagingServiceSid,
// Body and StatusCallback, the idempotency key in a header, and basic
// auth. It returns the message's SID as [handoff.SendResult.ProviderID], so
// that the [StatusHandler]'s callbacks find the message. A chat
// conversation's texts ("chat:" addresses) are refused with a
// [*handoff.PermanentError] and never posted: a host with a chat puts this
// Sender beside its chat's in a [handoff.ChannelSender].
//
// Errors follow the [handoff.Sender] contract; each keeps Twilio's
// response as an [*APIError] (errors.As):
//
//	Twilio answer                               Send returns                  dispatcher
//	2xx with a sid                              SendResult{ProviderID: sid}   done
//	error 21610 (unsubscribed recipient)        ErrRecipientOptedOut          dead-letter, suppress address
//	21211 21214 21217 21401 21407 21408 21421   *handoff.PermanentError       dead-letter
//	  21602 21612 21614 21617, PermanentCodes
//	401, 403, error 20003 20005 20008           ErrMisconfigured              retry without limit
//	  (credentials, account)
//	429, 5xx, any other code, network error,    plain error                   retry with backoff
//	  ctx done
//
// Credential and account errors are retried rather than dead-lettered so
// that a misconfiguration, once fixed, loses no message: they match
// [handoff.ErrMisconfigured], which the dispatcher retries without limit
// and without counting them toward MaxAttempts, logging each at Error
// level (see there). A 429's
// Retry-After is passed on ([APIError.RetryAfter]): the dispatcher waits at
// least that long. Send is safe for concurrent use.
//
// One Sender sends for one account. A host with an account per tenant
// keeps a Sender per account and picks one by d.Item.TenantID in a
// [handoff.SenderFunc].
type Sender struct {
	cfg      SenderConfig
	endpoint string
	user     string
	pass     string
	perm     map[int]bool
}

var _ handoff.Sender = (*Sender)(nil)

// NewSender returns a Sender for cfg.
func NewSender(cfg *SenderConfig) (*Sender, error) {
	var c SenderConfig
	if cfg != nil {
		c = *cfg
	}
	if c.AccountSID == "" || strings.ContainsAny(c.AccountSID, "/?#% ") {
		return nil, errors.New("twilio: SenderConfig.AccountSID is required and must be a SID")
	}
	s := &Sender{user: c.AccountSID, pass: c.AuthToken}
	switch {
	case c.APIKeySID != "" && c.APIKeySecret != "":
		s.user, s.pass = c.APIKeySID, c.APIKeySecret
	case c.APIKeySID != "" || c.APIKeySecret != "":
		return nil, errors.New("twilio: SenderConfig.APIKeySID and APIKeySecret go together")
	case c.AuthToken == "":
		return nil, errors.New("twilio: SenderConfig needs APIKeySID and APIKeySecret, or AuthToken")
	}
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("twilio: SenderConfig.BaseURL %q is not an http(s) URL", c.BaseURL)
	}
	if c.StatusCallback != "" {
		if u, err := url.Parse(c.StatusCallback); err != nil || !u.IsAbs() {
			return nil, fmt.Errorf("twilio: SenderConfig.StatusCallback %q is not an absolute URL", c.StatusCallback)
		}
	}
	if c.IdempotencyHeader == "" {
		c.IdempotencyHeader = DefaultIdempotencyHeader
	}
	if c.HTTPClient == nil {
		c.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	s.perm = make(map[int]bool, len(permanentCodes)+len(c.PermanentCodes))
	for code := range permanentCodes {
		s.perm[code] = true
	}
	for _, code := range c.PermanentCodes {
		s.perm[code] = true
	}
	s.cfg = c
	s.endpoint = strings.TrimSuffix(c.BaseURL, "/") + "/2010-04-01/Accounts/" + url.PathEscape(c.AccountSID) + "/Messages.json"
	return s, nil
}

// Send sends d.Body to d.Item.To; see [Sender] for the errors.
func (s *Sender) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	if d.Item.To == "" {
		return handoff.SendResult{}, &handoff.PermanentError{Err: fmt.Errorf("twilio: outbox item %s has no recipient", d.Item.ID)}
	}
	if strings.HasPrefix(d.Item.To, "chat:") {
		// a chat conversation is answered in the chat (see handoff.Delivery):
		// never posted to Twilio as a number
		return handoff.SendResult{}, &handoff.PermanentError{Err: fmt.Errorf("twilio: outbox item %s goes to a chat session, not a phone: send chat texts with a chat Sender (handoff.ChannelSender)", d.Item.ID)}
	}
	form := url.Values{"To": {d.Item.To}, "Body": {d.Body}}
	switch {
	case d.Conversation.Line != "":
		form.Set("From", d.Conversation.Line)
	case s.cfg.From != "":
		form.Set("From", s.cfg.From)
	case s.cfg.MessagingServiceSID != "":
		form.Set("MessagingServiceSid", s.cfg.MessagingServiceSID)
	default:
		return handoff.SendResult{}, &handoff.PermanentError{Err: errors.New("twilio: no sender: the conversation has no Line and SenderConfig has no From or MessagingServiceSID")}
	}
	if s.cfg.StatusCallback != "" {
		form.Set("StatusCallback", s.cfg.StatusCallback)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return handoff.SendResult{}, fmt.Errorf("twilio: send: %w", err)
	}
	req.SetBasicAuth(s.user, s.pass)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "handoffkit-twilio")
	if s.cfg.IdempotencyHeader != "-" && d.IdempotencyKey != "" {
		req.Header.Set(s.cfg.IdempotencyHeader, d.IdempotencyKey)
	}
	resp, err := s.cfg.HTTPClient.Do(req)
	if err != nil {
		return handoff.SendResult{}, fmt.Errorf("twilio: send outbox item %s: %w", d.Item.ID, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil && resp.StatusCode/100 != 2 {
		return handoff.SendResult{}, fmt.Errorf("twilio: send outbox item %s: reading the response: %w", d.Item.ID, err)
	}
	if resp.StatusCode/100 == 2 {
		var msg struct {
			SID string `json:"sid"`
		}
		if err := json.Unmarshal(body, &msg); err != nil || msg.SID == "" {
			// Accepted, but we cannot tell its ID: do not resend (it would
			// reach the lead twice). Its status callbacks will be unknown.
			s.cfg.Logger.WarnContext(ctx, "twilio: message accepted without a readable sid", "outbox_item", d.Item.ID,
				"http_status", resp.StatusCode)
			return handoff.SendResult{}, nil
		}
		return handoff.SendResult{ProviderID: msg.SID}, nil
	}
	apiErr := ParseAPIError(resp.StatusCode, body)
	apiErr.Wait = retryAfterHeader(resp.Header.Get("Retry-After"), time.Now())
	err = s.classify(apiErr)
	s.cfg.Logger.InfoContext(ctx, "twilio: send refused", "outbox_item", d.Item.ID, "http_status", apiErr.Status,
		"code", apiErr.Code, "permanent", isPermanent(err))
	return handoff.SendResult{}, err
}

// classify wraps apiErr by what the dispatcher should do about it.
func (s *Sender) classify(apiErr *APIError) error {
	switch {
	case apiErr.Code == CodeUnsubscribed:
		return fmt.Errorf("twilio: send: %w: %w", handoff.ErrRecipientOptedOut, apiErr)
	case s.perm[apiErr.Code] && apiErr.Status/100 == 4:
		return &handoff.PermanentError{Err: apiErr}
	case misconfiguredCodes[apiErr.Code] || apiErr.Status == http.StatusUnauthorized || apiErr.Status == http.StatusForbidden:
		return fmt.Errorf("twilio: send: %w: %w", handoff.ErrMisconfigured, apiErr)
	default:
		return fmt.Errorf("twilio: send: %w", apiErr)
	}
}

func isPermanent(err error) bool {
	var pe *handoff.PermanentError
	return errors.As(err, &pe) || errors.Is(err, handoff.ErrRecipientOptedOut)
}

// APIError is an error response of Twilio's REST API: the HTTP status and
// the JSON body {"code", "message", "more_info", "status"}.
type APIError struct {
	Status   int    // the HTTP status code
	Code     int    // Twilio's error code, e.g. 21610; 0 when the body had none
	Message  string // Twilio's message, verbatim (it may quote phone numbers)
	MoreInfo string // a link to the error's documentation
	// Wait is the response's Retry-After (a 429's), 0 when absent; the
	// dispatcher waits at least that long (see handoff.RetryAfter).
	Wait time.Duration
}

// RetryAfter implements handoff.RetryAfter.
func (e *APIError) RetryAfter() time.Duration { return e.Wait }

// retryAfterHeader reads a Retry-After header: seconds, or an HTTP date.
func retryAfterHeader(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if secs, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && secs > 0 {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// ParseAPIError reads an error response of Twilio's API. A body that is
// not Twilio's JSON error (a proxy's HTML page, an empty body) gives an
// APIError with Code 0 and the start of the body as Message.
func ParseAPIError(httpStatus int, body []byte) *APIError {
	e := &APIError{Status: httpStatus}
	var raw struct {
		Code     json.Number `json:"code"`
		Message  string      `json:"message"`
		MoreInfo string      `json:"more_info"`
	}
	if err := json.Unmarshal(body, &raw); err == nil {
		if n, err := strconv.Atoi(raw.Code.String()); err == nil && n > 0 {
			e.Code = n
		}
		e.Message, e.MoreInfo = raw.Message, raw.MoreInfo
		return e
	}
	msg := strings.ToValidUTF8(string(body[:min(len(body), 200)]), "")
	e.Message = strings.TrimSpace(msg)
	return e
}

// Error describes the failure. Digit runs that look like phone numbers in
// Twilio's message are masked, since error strings end up in logs and in
// the outbox's LastError; Message keeps the original.
func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "twilio: HTTP %d", e.Status)
	if e.Code != 0 {
		fmt.Fprintf(&b, ", error %d", e.Code)
	}
	if e.Message != "" {
		b.WriteString(": ")
		b.WriteString(redact.Numbers(e.Message))
	}
	return b.String()
}
