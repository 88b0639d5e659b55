package twilio

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/redact"
)

// DefaultTimeout bounds the work of one webhook request. Twilio waits at
// most 15 seconds for a response, counting the TCP connection (which it
// tries for up to 10 seconds, two 5-second attempts: see
// https://www.twilio.com/docs/api/errors/11205); 8 seconds leaves room for
// a slow connection and the network while still fitting an LLM-backed
// engine's drafting in the common case. A request that runs out of time
// is answered 503 and nothing half-done is left: the engine commits all or
// nothing, and the provider's retry is deduplicated by MessageSid.
const DefaultTimeout = 8 * time.Second

// DefaultMaxRequestBytes caps a webhook's body. An inbound SMS is at most
// 1,600 characters; percent-encoded UTF-8 and Twilio's ~25 other fields
// (media URLs, geography) stay far below 64 KiB.
const DefaultMaxRequestBytes = 64 << 10

// emptyTwiML is the answer to every accepted webhook: "do nothing more".
// Replies go out through the outbox and the [Sender], never in TwiML, so
// that they pass the dispatcher's checks (opt-outs, one voice, quiet hours).
const emptyTwiML = `<?xml version="1.0" encoding="UTF-8"?><Response></Response>`

// ErrUnknownTenant is returned (possibly wrapped) by a [TenantFunc] for an
// account and number this host does not serve. The handlers answer 404
// and write nothing.
var ErrUnknownTenant = errors.New("twilio: no tenant for this account and number")

// TokenSource returns the auth tokens that may sign webhooks of a Twilio
// account (a subaccount's webhooks are signed with the subaccount's
// token): the primary token, and during a rotation the secondary as well.
// No tokens (nil, nil) means the account is unknown: the request is
// refused with 403. An error is answered 500. AuthTokens is called once per
// request, concurrently; it must honour ctx.
type TokenSource interface {
	AuthTokens(ctx context.Context, accountSID string) ([]string, error)
}

// TokenSourceFunc adapts a function to [TokenSource].
type TokenSourceFunc func(ctx context.Context, accountSID string) ([]string, error)

// AuthTokens calls f(ctx, accountSID).
func (f TokenSourceFunc) AuthTokens(ctx context.Context, accountSID string) ([]string, error) {
	return f(ctx, accountSID)
}

// Tokens is a fixed [TokenSource]: account SID → auth tokens.
type Tokens map[string][]string

// AuthTokens returns t[accountSID].
func (t Tokens) AuthTokens(_ context.Context, accountSID string) ([]string, error) {
	return t[accountSID], nil
}

// TenantParams identifies whose webhook a request is, once its signature
// has been checked.
type TenantParams struct {
	AccountSID string
	// Line is our number: the To of an inbound message, the From of a
	// status callback, as Twilio sent it (E.164 for SMS, the digits of a
	// short code such as "55123").
	Line string
}

// TenantFunc maps a webhook to the handoffkit tenant it belongs to. It
// returns [ErrUnknownTenant] (possibly wrapped) for a number the host does
// not serve (answered 404); any other error is answered 500, so that
// Twilio may retry.
type TenantFunc func(ctx context.Context, p TenantParams) (string, error)

// WebhookConfig configures [NewInboundHandler] and [NewStatusHandler].
// Zero fields mean the documented defaults.
type WebhookConfig struct {
	// PublicURL is the base of the URLs Twilio is configured to call, as
	// Twilio sees them: scheme, host, the port if the URL names one, and
	// the path prefix a proxy strips, if any (e.g.
	// "https://sms.example.com" or "https://example.com/hooks"). The URL
	// whose signature is checked is PublicURL followed by the request's
	// path and query string as the server received them. It is required:
	// behind a TLS-terminating proxy or a load balancer the request's own
	// Host and scheme are not what Twilio signed, and trusting
	// X-Forwarded-* headers would let a client choose them.
	PublicURL string
	// AuthTokens supplies each account's auth tokens. Required.
	AuthTokens TokenSource
	// Tenant maps (AccountSid, our number) to the tenant. Nil means the
	// AccountSid is the tenant ID (one Twilio account or subaccount per
	// tenant).
	Tenant TenantFunc
	// Timeout bounds the engine call of one request. Zero means
	// [DefaultTimeout]; it must stay well under Twilio's 15 seconds.
	Timeout time.Duration
	// MaxRequestBytes caps the request body; a larger body is answered
	// 400 without being read further. Zero means [DefaultMaxRequestBytes].
	MaxRequestBytes int64
	// Logger receives operational logs. Nil discards them. Phone numbers
	// are logged only redacted and only at Debug; bodies never.
	Logger *slog.Logger
}

func (c *WebhookConfig) withDefaults() (WebhookConfig, error) {
	var cfg WebhookConfig
	if c != nil {
		cfg = *c
	}
	if cfg.PublicURL == "" {
		return cfg, errors.New("twilio: WebhookConfig.PublicURL is required (the base URL Twilio signs)")
	}
	u, err := url.Parse(cfg.PublicURL)
	if err != nil {
		return cfg, fmt.Errorf("twilio: WebhookConfig.PublicURL: %w", err)
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return cfg, fmt.Errorf("twilio: WebhookConfig.PublicURL %q must be http(s)://host[:port][/prefix] without query or fragment", cfg.PublicURL)
	}
	cfg.PublicURL = strings.TrimSuffix(cfg.PublicURL, "/")
	if cfg.AuthTokens == nil {
		return cfg, errors.New("twilio: WebhookConfig.AuthTokens is required")
	}
	if cfg.Tenant == nil {
		cfg.Tenant = func(_ context.Context, p TenantParams) (string, error) { return p.AccountSID, nil }
	}
	if cfg.Timeout < 0 || cfg.MaxRequestBytes < 0 {
		return cfg, errors.New("twilio: WebhookConfig.Timeout and MaxRequestBytes must not be negative")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxRequestBytes == 0 {
		cfg.MaxRequestBytes = DefaultMaxRequestBytes
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg, nil
}

// webhook is what both handlers share: reading, authenticating and
// attributing a request.
type webhook struct {
	cfg  WebhookConfig
	kind string // "inbound" or "status", for logs
}

// rejection is a request refused before the engine was called.
type rejection struct {
	status int
	reason string // logged, and sent as the plain-text body
}

func (r *rejection) Error() string { return r.reason }

func reject(status int, format string, args ...any) *rejection {
	return &rejection{status: status, reason: fmt.Sprintf(format, args...)}
}

// authenticated is a request whose signature checked out.
type authenticated struct {
	form    url.Values
	account string
}

// authenticate reads the form and checks the signature against the
// account's tokens. Nothing is written whatever it returns.
func (h *webhook) authenticate(w http.ResponseWriter, r *http.Request) (authenticated, *rejection) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return authenticated{}, reject(http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
	}
	form, rej := h.readForm(w, r)
	if rej != nil {
		return authenticated{}, rej
	}
	sig := r.Header.Get(SignatureHeader)
	if sig == "" {
		return authenticated{}, reject(http.StatusForbidden, "missing %s", SignatureHeader)
	}
	account := form.Get("AccountSid")
	if account == "" || len(account) > 64 || !utf8.ValidString(account) {
		return authenticated{}, reject(http.StatusForbidden, "missing or invalid AccountSid")
	}
	tokens, err := h.cfg.AuthTokens.AuthTokens(r.Context(), account)
	if err != nil {
		h.cfg.Logger.ErrorContext(r.Context(), "twilio: auth token lookup failed", "webhook", h.kind, "account", account, "err", err)
		return authenticated{}, reject(http.StatusInternalServerError, "auth token lookup failed")
	}
	signed := SignedRequest{URL: h.signedURL(r), Form: form}
	valid := false
	for _, tok := range tokens {
		if signed.Verify(tok, sig) {
			valid = true
		}
	}
	if !valid {
		return authenticated{}, reject(http.StatusForbidden, "invalid %s for %s", SignatureHeader, signed.URL)
	}
	return authenticated{form: form, account: account}, nil
}

// tenant maps an authenticated request and our number to its tenant.
func (h *webhook) tenant(ctx context.Context, account, line string) (string, *rejection) {
	tenant, err := h.cfg.Tenant(ctx, TenantParams{AccountSID: account, Line: line})
	switch {
	case errors.Is(err, ErrUnknownTenant) || (err == nil && tenant == ""):
		return "", reject(http.StatusNotFound, "no tenant for account %s and this number", account)
	case err != nil:
		h.cfg.Logger.ErrorContext(ctx, "twilio: tenant lookup failed", "webhook", h.kind, "account", account,
			"err", redact.Text(err.Error(), line))
		return "", reject(http.StatusInternalServerError, "tenant lookup failed")
	}
	return tenant, nil
}

// readForm reads a form-encoded body of at most MaxRequestBytes.
func (h *webhook) readForm(w http.ResponseWriter, r *http.Request) (url.Values, *rejection) {
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/x-www-form-urlencoded" {
		return nil, reject(http.StatusBadRequest, "Content-Type %q is not application/x-www-form-urlencoded", ct)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.cfg.MaxRequestBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, reject(http.StatusBadRequest, "body larger than %d bytes", h.cfg.MaxRequestBytes)
		}
		return nil, reject(http.StatusBadRequest, "reading body: %v", err)
	}
	form, err := url.ParseQuery(string(body))
	if err != nil {
		return nil, reject(http.StatusBadRequest, "malformed form body: %v", err)
	}
	return form, nil
}

// signedURL is the URL Twilio signed: PublicURL and the request target as
// the server received it (r.RequestURI keeps the original escaping and
// survives http.StripPrefix).
func (h *webhook) signedURL(r *http.Request) string {
	target := r.RequestURI
	switch {
	case target == "":
		target = r.URL.RequestURI()
	case !strings.HasPrefix(target, "/"):
		// Absolute form ("http://host/path?q"), as sent to proxies.
		if _, rest, ok := strings.Cut(target, "://"); ok {
			if i := strings.IndexByte(rest, '/'); i >= 0 {
				target = rest[i:]
			} else {
				target = "/"
			}
		}
	}
	return h.cfg.PublicURL + target
}

// refuse answers a rejected request and logs why.
func (h *webhook) refuse(w http.ResponseWriter, r *http.Request, rej *rejection) {
	level := slog.LevelInfo
	if rej.status == http.StatusForbidden || rej.status >= 500 {
		level = slog.LevelWarn
	}
	h.cfg.Logger.Log(r.Context(), level, "twilio: webhook refused", "webhook", h.kind, "status", rej.status,
		"reason", rej.reason, "remote", r.RemoteAddr)
	http.Error(w, http.StatusText(rej.status)+": "+publicReason(rej), rej.status)
}

// publicReason is what the response tells the caller: the reason for
// input errors, nothing for failed authentication and server errors.
func publicReason(rej *rejection) string {
	if rej.status == http.StatusForbidden || rej.status >= 500 {
		return "refused"
	}
	return rej.reason
}

// ok answers an accepted webhook with the empty TwiML response.
func ok(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/xml")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, emptyTwiML)
}

// field returns form[name] if it is valid UTF-8 of at most maxBytes
// bytes, and whether it was present.
func field(form url.Values, name string, maxBytes int, required bool) (string, *rejection) {
	v := form.Get(name)
	switch {
	case v == "" && required:
		return "", reject(http.StatusBadRequest, "missing %s", name)
	case len(v) > maxBytes:
		return "", reject(http.StatusBadRequest, "%s is longer than %d bytes", name, maxBytes)
	case !utf8.ValidString(v):
		return "", reject(http.StatusBadRequest, "%s is not valid UTF-8", name)
	}
	return v, nil
}

// addressField returns form[name], a From or To, checked like [field]
// and refused when it names another channel: WhatsApp, Messenger and RCS
// webhooks carry their addresses with the channel's prefix
// ("whatsapp:+15550101234"), and the engine, which expects phone numbers,
// would file such a message under the bare number's SMS conversation and
// answer it by SMS. Any "scheme:" prefix is refused, since neither an
// E.164 number, a short code nor an alphanumeric sender ID has a colon.
func addressField(form url.Values, name string, required bool) (string, *rejection) {
	v, rej := field(form, name, 64, required)
	if rej != nil {
		return "", rej
	}
	if scheme, _, ok := strings.Cut(v, ":"); ok {
		what := "another channel's address"
		if scheme = strings.TrimSpace(scheme); isScheme(scheme) {
			what = fmt.Sprintf("a %q address", scheme+":")
		}
		return "", reject(http.StatusBadRequest, "%s is %s: these webhooks serve SMS and MMS only", name, what)
	}
	return v, nil
}

// isScheme reports whether s is a URI scheme of at most 32 bytes (a
// letter, then letters, digits, '+', '-' or '.'), safe to name in a
// refusal: never a phone number's digits.
func isScheme(s string) bool {
	if s == "" || len(s) > 32 || !('a' <= s[0]|0x20 && s[0]|0x20 <= 'z') {
		return false
	}
	for _, r := range s {
		if !('a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// redactPhone keeps the last two characters of a phone number, for Debug
// logs.
func redactPhone(s string) string {
	if len(s) <= 4 {
		return "***"
	}
	return "***" + s[len(s)-2:]
}

// levelFor is the log level of an answered error status.
func levelFor(status int) slog.Level {
	if status >= 500 {
		return slog.LevelError
	}
	return slog.LevelInfo
}
