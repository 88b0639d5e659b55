package twilio_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
)

func newInbound(t testing.TB, eng twilio.InboundReceiver, cfg *twilio.WebhookConfig) *twilio.InboundHandler {
	t.Helper()
	h, err := twilio.NewInboundHandler(eng, cfg)
	require.NoError(t, err)
	return h
}

func TestInboundRecordsAndAnswersEmptyTwiML(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	h := newInbound(t, eng, testConfig())

	resp := serve(h, signedRequest("/twilio/inbound", inboundForm("SM1", "is this about my house?"), acctToken))
	requireTwiML(t, resp)
	require.Equal(t, []handoff.AddressedInbound{{TenantID: "acme", Line: ourLine, From: leadPhone,
		Body: "is this about my house?", ProviderID: "SM1"}}, eng.inbound)
}

// A provider retry is a duplicate for the engine and a plain 200 for
// Twilio.
func TestInboundRetryIsAnswered200(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{receive: func(context.Context, handoff.AddressedInbound) (handoff.Outcome, error) {
		return handoff.Outcome{Result: handoff.Result{Duplicate: true}, Kind: handoff.OutcomeNone}, nil
	}}
	h := newInbound(t, eng, testConfig())
	requireTwiML(t, serve(h, signedRequest("/twilio/inbound", inboundForm("SM1", "hi"), acctToken)))
}

// Forged, unsigned, re-targeted and tampered requests get 403 and the
// engine is never called.
func TestInboundRefusesUnauthenticated(t *testing.T) {
	t.Parallel()
	form := inboundForm("SM1", "hi")
	cases := map[string]func() *http.Request{
		"unsigned": func() *http.Request {
			r := signedRequest("/twilio/inbound", form, acctToken)
			r.Header.Del(twilio.SignatureHeader)
			return r
		},
		"garbage signature": func() *http.Request {
			r := signedRequest("/twilio/inbound", form, acctToken)
			r.Header.Set(twilio.SignatureHeader, "not-a-signature")
			return r
		},
		"signed with a guessed token": func() *http.Request { return signedRequest("/twilio/inbound", form, "12345") },
		"signed with another account's token": func() *http.Request {
			return signedRequest("/twilio/inbound", form, otherTok)
		},
		"unknown account": func() *http.Request {
			return signedRequest("/twilio/inbound", with(inboundForm("SM1", "hi"), "AccountSid", "AC999"), acctToken)
		},
		"no AccountSid": func() *http.Request {
			f := inboundForm("SM1", "hi")
			f.Del("AccountSid")
			return signedRequest("/twilio/inbound", f, acctToken)
		},
		"signed for another URL": func() *http.Request {
			return signedRequestFor("https://attacker.example", "/twilio/inbound", form, acctToken)
		},
		"signed for another path": func() *http.Request {
			r := signedRequest("/twilio/status", form, acctToken)
			r2 := httptest.NewRequest(http.MethodPost, "/twilio/inbound", strings.NewReader(form.Encode()))
			r2.Header = r.Header
			return r2
		},
		"query added after signing": func() *http.Request {
			r := signedRequest("/twilio/inbound", form, acctToken)
			r2 := httptest.NewRequest(http.MethodPost, "/twilio/inbound?tenant=other", strings.NewReader(form.Encode()))
			r2.Header = r.Header
			return r2
		},
		"body changed after signing": func() *http.Request {
			r := signedRequest("/twilio/inbound", form, acctToken)
			r2 := httptest.NewRequest(http.MethodPost, "/twilio/inbound", strings.NewReader(with(inboundForm("SM1", "hi"), "Body", "STOP").Encode()))
			r2.Header = r.Header
			return r2
		},
		"From changed after signing": func() *http.Request {
			r := signedRequest("/twilio/inbound", form, acctToken)
			r2 := httptest.NewRequest(http.MethodPost, "/twilio/inbound", strings.NewReader(with(inboundForm("SM1", "hi"), "From", "+15550000000").Encode()))
			r2.Header = r.Header
			return r2
		},
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			eng := &fakeEngine{}
			for _, h := range []http.Handler{newInbound(t, eng, testConfig()), newStatus(t, eng, testConfig())} {
				resp := serve(h, mk())
				require.Equal(t, http.StatusForbidden, resp.StatusCode)
				require.NotContains(t, readBody(t, resp), "attacker", "the refusal tells nothing")
			}
			require.Zero(t, eng.calls(), "nothing may reach the engine")
		})
	}
}

// Bad input is answered 400 (or 405) and nothing reaches the engine. Each
// request is correctly signed, so it is the input that is refused.
func TestInboundRefusesBadInput(t *testing.T) {
	t.Parallel()
	drop := func(name string) url.Values {
		f := inboundForm("SM1", "hi")
		f.Del(name)
		return f
	}
	cases := map[string]func() *http.Request{
		"missing From":       func() *http.Request { return signedRequest("/in", drop("From"), acctToken) },
		"missing To":         func() *http.Request { return signedRequest("/in", drop("To"), acctToken) },
		"missing MessageSid": func() *http.Request { return signedRequest("/in", drop("MessageSid"), acctToken) },
		"invalid UTF-8 Body": func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", ""), "Body", "caf\xe9"), acctToken)
		},
		"invalid UTF-8 From": func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", "hi"), "From", "+1555\xff"), acctToken)
		},
		"NumMedia not a number": func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", "hi"), "NumMedia", "lots"), acctToken)
		},
		"NumMedia too large": func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", ""), "NumMedia", "11"), acctToken)
		},
		"huge body": func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", strings.Repeat("a", 70<<10)), "x", ""), acctToken)
		},
		"malformed form": func() *http.Request {
			r := signedRequest("/in", inboundForm("SM1", "hi"), acctToken)
			r2 := httptest.NewRequest(http.MethodPost, "/in", strings.NewReader("Body=%zz&From=x"))
			r2.Header = r.Header
			return r2
		},
		"JSON content type": func() *http.Request {
			r := signedRequest("/in", inboundForm("SM1", "hi"), acctToken)
			r.Header.Set("Content-Type", "application/json")
			return r
		},
	}
	// A message of another channel (WhatsApp, Messenger, RCS) names its
	// addresses with the channel's prefix: this handler serves SMS and MMS.
	for name, kv := range map[string][2]string{
		"WhatsApp From":        {"From", "whatsapp:" + leadPhone},
		"WhatsApp To":          {"To", "whatsapp:" + ourLine},
		"Messenger From":       {"From", "messenger:1234567890"},
		"RCS To":               {"To", "rcs:" + ourLine},
		"any scheme":           {"From", "x-chan.v2+beta:" + leadPhone},
		"prefix behind spaces": {"From", " whatsapp:" + leadPhone},
	} {
		cases[name] = func() *http.Request {
			return signedRequest("/in", with(inboundForm("SM1", "hi"), kv[0], kv[1]), acctToken)
		}
	}
	for name, mk := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			eng := &fakeEngine{}
			resp := serve(newInbound(t, eng, testConfig()), mk())
			require.Equal(t, http.StatusBadRequest, resp.StatusCode, readBody(t, resp))
			require.Zero(t, eng.calls())
		})
	}
	t.Run("GET", func(t *testing.T) {
		t.Parallel()
		eng := &fakeEngine{}
		resp := serve(newInbound(t, eng, testConfig()), httptest.NewRequest(http.MethodGet, "/in?Body=hi", nil))
		require.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
		require.Equal(t, http.MethodPost, resp.Header.Get("Allow"))
		require.Zero(t, eng.calls())
	})
}

func TestInboundUnknownNumberIs404(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	resp := serve(newInbound(t, eng, testConfig()), signedRequest("/in", with(inboundForm("SM1", "hi"), "To", "+15550001111"), acctToken))
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	require.Zero(t, eng.calls())
}

// The default tenant mapping: the AccountSid is the tenant.
func TestInboundDefaultTenantIsTheAccount(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	h := newInbound(t, eng, &twilio.WebhookConfig{PublicURL: publicURL, AuthTokens: testTokens})
	requireTwiML(t, serve(h, signedRequest("/in", inboundForm("SM1", "hi"), acctToken)))
	require.Equal(t, acct, eng.inbound[0].TenantID)
}

// Engine errors map to statuses that make Twilio retry only what a retry
// can fix.
func TestInboundEngineErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		err  error
		want int
	}{
		{"input", &handoff.InputError{Field: "Body", Problem: "is longer than 1600 bytes"}, http.StatusBadRequest},
		{"not found", fmt.Errorf("wrapped: %w", handoff.ErrNotFound), http.StatusNotFound},
		{"refused by policy", fmt.Errorf("Config.NewConversation: %w", handoff.ErrForbidden), http.StatusForbidden},
		{"busy", handoff.ErrBusy, http.StatusServiceUnavailable},
		// (another process held SQLite's write lock past the store's
		// BusyTimeout: the STOP it carried is not lost if Twilio retries)
		{"database locked", fmt.Errorf("handoff: receive: %w: database is locked (5)", store.ErrBusy), http.StatusServiceUnavailable},
		{"store down", errStore, http.StatusInternalServerError},
		{"committed, a send still in flight", &handoff.InFlightError{Err: context.DeadlineExceeded}, http.StatusOK},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			eng := &fakeEngine{receive: func(context.Context, handoff.AddressedInbound) (handoff.Outcome, error) {
				return handoff.Outcome{}, tc.err
			}}
			resp := serve(newInbound(t, eng, testConfig()), signedRequest("/in", inboundForm("SM1", "hi"), acctToken))
			require.Equal(t, tc.want, resp.StatusCode)
			require.NotContains(t, readBody(t, resp), "disk on fire", "internal errors stay in the log")
		})
	}
}

// The handler's own deadline ends a slow engine call well before Twilio's
// 15 seconds, with a 503 so that Twilio may retry.
func TestInboundDeadline(t *testing.T) {
	t.Parallel()
	var deadline, called time.Time
	eng := &fakeEngine{receive: func(ctx context.Context, _ handoff.AddressedInbound) (handoff.Outcome, error) {
		called = time.Now()
		deadline, _ = ctx.Deadline()
		<-ctx.Done()
		return handoff.Outcome{}, fmt.Errorf("handoff: receive: %w", ctx.Err())
	}}
	cfg := testConfig()
	cfg.Timeout = 50 * time.Millisecond
	start := time.Now()
	resp := serve(newInbound(t, eng, cfg), signedRequest("/in", inboundForm("SM1", "hi"), acctToken))
	require.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	// The handler sets its deadline Timeout after it starts, which is
	// after start and before the engine is called: bounds by causality,
	// not by a tolerance a loaded machine can miss (a 40 ms window failed
	// under load at stop 55).
	require.False(t, deadline.Before(start.Add(50*time.Millisecond)), "deadline %v is less than the timeout after the request", deadline.Sub(start))
	require.False(t, deadline.After(called.Add(50*time.Millisecond)), "deadline %v is more than the timeout after the engine call", deadline.Sub(called))

	// The default deadline is well under Twilio's 15 seconds.
	deadline = time.Time{}
	eng.receive = func(ctx context.Context, _ handoff.AddressedInbound) (handoff.Outcome, error) {
		called = time.Now()
		deadline, _ = ctx.Deadline()
		return handoff.Outcome{}, nil
	}
	start = time.Now()
	requireTwiML(t, serve(newInbound(t, eng, testConfig()), signedRequest("/in", inboundForm("SM2", "hi"), acctToken)))
	require.False(t, deadline.Before(start.Add(twilio.DefaultTimeout)), "default deadline %v after the request", deadline.Sub(start))
	require.False(t, deadline.After(called.Add(twilio.DefaultTimeout)), "default deadline %v after the engine call", deadline.Sub(called))
	require.LessOrEqual(t, twilio.DefaultTimeout, 10*time.Second)
}

func TestInboundMedia(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	h := newInbound(t, eng, testConfig())

	mediaOnly := inboundForm("SM1", "")
	mediaOnly.Set("NumMedia", "2")
	mediaOnly.Set("MediaContentType0", "image/jpeg")
	mediaOnly.Set("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/SM1/Media/ME1")
	mediaOnly.Set("MediaContentType1", "image/png; charset=binary")
	requireTwiML(t, serve(h, signedRequest("/in", mediaOnly, acctToken)))

	textAndMedia := inboundForm("SM2", "STOP")
	textAndMedia.Set("NumMedia", "1")
	textAndMedia.Set("MediaContentType0", "image/gif")
	requireTwiML(t, serve(h, signedRequest("/in", textAndMedia, acctToken)))

	junkType := inboundForm("SM3", " ")
	junkType.Set("NumMedia", "1")
	junkType.Set("MediaContentType0", "<script>")
	requireTwiML(t, serve(h, signedRequest("/in", junkType, acctToken)))

	require.Equal(t, "[media: image/jpeg, image/png]", eng.inbound[0].Body)
	require.Equal(t, "STOP", eng.inbound[1].Body, "text with media is recorded as written: opt-out detection sees it")
	require.Equal(t, "[media: attachment]", eng.inbound[2].Body)
}

// Behind a proxy that terminates TLS and strips a path prefix, the
// handler checks the URL Twilio called, not the one the server sees; the
// handler also works under http.StripPrefix.
func TestInboundBehindProxy(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	cfg := testConfig()
	cfg.PublicURL = "https://example.com/hooks/"
	mux := http.NewServeMux()
	mux.Handle("/twilio/", http.StripPrefix("/twilio", newInbound(t, eng, cfg)))

	form := inboundForm("SM1", "hi")
	req := httptest.NewRequest(http.MethodPost, "http://10.0.0.7:8080/twilio/sms?tenant=acme", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set(twilio.SignatureHeader, twilio.SignedRequest{URL: "https://example.com/hooks/twilio/sms?tenant=acme", Form: form}.Sign(acctToken))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	require.Len(t, eng.inbound, 1)
}

func TestWebhookConfigValidation(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	for name, cfg := range map[string]*twilio.WebhookConfig{
		"nil":              nil,
		"no PublicURL":     {AuthTokens: testTokens},
		"relative URL":     {PublicURL: "/hooks", AuthTokens: testTokens},
		"ftp":              {PublicURL: "ftp://example.com", AuthTokens: testTokens},
		"query":            {PublicURL: "https://example.com/?a=1", AuthTokens: testTokens},
		"no tokens":        {PublicURL: "https://example.com"},
		"negative timeout": {PublicURL: "https://example.com", AuthTokens: testTokens, Timeout: -1},
	} {
		_, err := twilio.NewInboundHandler(eng, cfg)
		require.Error(t, err, name)
		_, err = twilio.NewStatusHandler(eng, cfg)
		require.Error(t, err, name)
	}
	_, err := twilio.NewInboundHandler(nil, testConfig())
	require.Error(t, err)
	_, err = twilio.NewStatusHandler(nil, testConfig())
	require.Error(t, err)
}

// A token source that fails is a server error, not a refusal: Twilio may
// retry once the secret store is back.
func TestInboundTokenSourceFailure(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	cfg := testConfig()
	cfg.AuthTokens = twilio.TokenSourceFunc(func(context.Context, string) ([]string, error) { return nil, errStore })
	resp := serve(newInbound(t, eng, cfg), signedRequest("/in", inboundForm("SM1", "hi"), acctToken))
	require.Equal(t, http.StatusInternalServerError, resp.StatusCode)
	require.Zero(t, eng.calls())
}

// During a token rotation either token signs.
func TestInboundTokenRotation(t *testing.T) {
	t.Parallel()
	eng := &fakeEngine{}
	cfg := testConfig()
	cfg.AuthTokens = twilio.Tokens{acct: {"old", "new"}}
	h := newInbound(t, eng, cfg)
	requireTwiML(t, serve(h, signedRequest("/in", inboundForm("SM1", "hi"), "old")))
	requireTwiML(t, serve(h, signedRequest("/in", inboundForm("SM2", "hi"), "new")))
	require.Equal(t, http.StatusForbidden, serve(h, signedRequest("/in", inboundForm("SM3", "hi"), acctToken)).StatusCode)
	require.Len(t, eng.inbound, 2)
}
