package twilio_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
)

// Test accounts: each signs with its own token.
const (
	acct      = "AC00000000000000000000000000000001"
	acctToken = "tok-acme"
	otherAcct = "AC00000000000000000000000000000002"
	otherTok  = "tok-other"
	publicURL = "https://sms.example.com"
	ourLine   = "+15550009999"
	leadPhone = "+15550101234"
)

var testTokens = twilio.Tokens{acct: {acctToken}, otherAcct: {otherTok}}

// fakeEngine records what the handlers ask of the engine, and answers
// with the errors the test sets.
type fakeEngine struct {
	mu       sync.Mutex
	inbound  []handoff.AddressedInbound
	failures []handoff.DeliveryFailure
	observed []handoff.ObservedOutbound

	receive func(ctx context.Context, in handoff.AddressedInbound) (handoff.Outcome, error)
	// failErrs are returned by successive DeliveryFailed calls (then nil).
	failErrs   []error
	observeErr error
}

func (f *fakeEngine) ReceiveAddressed(ctx context.Context, in handoff.AddressedInbound) (handoff.Outcome, error) {
	f.mu.Lock()
	f.inbound = append(f.inbound, in)
	recv := f.receive
	f.mu.Unlock()
	if recv != nil {
		return recv(ctx, in)
	}
	return handoff.Outcome{Kind: handoff.OutcomeNone}, nil
}

func (f *fakeEngine) DeliveryFailed(_ context.Context, d handoff.DeliveryFailure) (handoff.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures = append(f.failures, d)
	if len(f.failErrs) > 0 {
		err := f.failErrs[0]
		f.failErrs = f.failErrs[1:]
		return handoff.Result{}, err
	}
	return handoff.Result{}, nil
}

func (f *fakeEngine) OutboundObserved(_ context.Context, o handoff.ObservedOutbound) (handoff.ObservedResult, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.observed = append(f.observed, o)
	return handoff.ObservedResult{Kind: handoff.ObservedEcho}, f.observeErr
}

// calls is how many engine calls were made of any kind.
func (f *fakeEngine) calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.inbound) + len(f.failures) + len(f.observed)
}

// testTenant maps the acme account's line to "acme", anything else to
// ErrUnknownTenant; the other account is its own tenant.
func testTenant(_ context.Context, p twilio.TenantParams) (string, error) {
	switch {
	case p.AccountSID == acct && p.Line == ourLine:
		return "acme", nil
	case p.AccountSID == otherAcct:
		return "other", nil
	}
	return "", twilio.ErrUnknownTenant
}

func testConfig() *twilio.WebhookConfig {
	return &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens, Tenant: testTenant}
}

// inboundForm is a Twilio-shaped inbound SMS webhook.
func inboundForm(sid, body string) url.Values {
	return url.Values{
		"AccountSid":    {acct},
		"ApiVersion":    {"2010-04-01"},
		"Body":          {body},
		"From":          {leadPhone},
		"FromCity":      {"BROOKLYN"},
		"FromCountry":   {"US"},
		"MessageSid":    {sid},
		"NumMedia":      {"0"},
		"NumSegments":   {"1"},
		"SmsMessageSid": {sid},
		"SmsSid":        {sid},
		"SmsStatus":     {"received"},
		"To":            {ourLine},
		"ToCountry":     {"US"},
	}
}

// statusForm is a Twilio-shaped status callback for a message we sent.
func statusForm(sid string, status twilio.MessageStatus, code string) url.Values {
	f := url.Values{
		"AccountSid":    {acct},
		"ApiVersion":    {"2010-04-01"},
		"From":          {ourLine},
		"MessageSid":    {sid},
		"MessageStatus": {string(status)},
		"SmsSid":        {sid},
		"SmsStatus":     {string(status)},
		"To":            {leadPhone},
	}
	if code != "" {
		f.Set("ErrorCode", code)
	}
	return f
}

// signedRequest is a POST of form to target, signed with token for the
// URL base+target.
func signedRequest(target string, form url.Values, token string) *http.Request {
	return signedRequestFor(publicURL, target, form, token)
}

func signedRequestFor(base, target string, form url.Values, token string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: base + target, Form: form}.Sign(token))
	return req
}

func serve(h http.Handler, req *http.Request) *http.Response {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func readBody(t testing.TB, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return string(b)
}

// requireTwiML checks the answer to an accepted webhook.
func requireTwiML(t testing.TB, resp *http.Response) {
	t.Helper()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	require.Equal(t, "text/xml", resp.Header.Get("Content-Type"))
	require.Equal(t, `<?xml version="1.0" encoding="UTF-8"?><Response></Response>`, readBody(t, resp))
}

var errStore = errors.New("store: disk on fire")
