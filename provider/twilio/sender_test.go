package twilio_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
)

func newSender(t testing.TB, api *fakeAPI, edit func(*twilio.SenderConfig)) *twilio.Sender {
	t.Helper()
	cfg := &twilio.SenderConfig{AccountSID: acct, AuthToken: "api-token", BaseURL: api.URL,
		StatusCallback: publicURL + "/twilio/status"}
	if edit != nil {
		edit(cfg)
	}
	s, err := twilio.NewSender(cfg)
	require.NoError(t, err)
	return s
}

func delivery(to, line, body, key string) handoff.Delivery {
	return handoff.Delivery{
		Item:           store.OutboxItem{ID: "item-1", TenantID: "acme", ConversationID: "c1", Kind: store.OutboxBridgeSMS, To: to, IdempotencyKey: key},
		Conversation:   store.Conversation{ID: "c1", TenantID: "acme", Line: line},
		Body:           body,
		IdempotencyKey: key,
	}
}

func TestSenderSends(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	s := newSender(t, api, nil)

	res, err := s.Send(context.Background(), delivery(leadPhone, ourLine, "Sarah will call you in 5 minutes.", "acme:item-1"))
	require.NoError(t, err)
	reqs := api.requests()
	require.Len(t, reqs, 1)
	require.Equal(t, reqs[0].SID, res.ProviderID)
	f := reqs[0].Form
	require.Equal(t, leadPhone, f.Get("To"))
	require.Equal(t, ourLine, f.Get("From"), "the conversation's line")
	require.Equal(t, "Sarah will call you in 5 minutes.", f.Get("Body"))
	require.Equal(t, publicURL+"/twilio/status", f.Get("StatusCallback"))
	require.Empty(t, f.Get("MessagingServiceSid"))
	require.Equal(t, "acme:item-1", reqs[0].Header.Get("Idempotency-Key"))
	require.Equal(t, "application/x-www-form-urlencoded", reqs[0].Header.Get("Content-Type"))

	// A retry of the same item sends again with the same key: the Sender
	// de-duplicates nothing itself.
	res2, err := s.Send(context.Background(), delivery(leadPhone, ourLine, "Sarah will call you in 5 minutes.", "acme:item-1"))
	require.NoError(t, err)
	require.NotEqual(t, res.ProviderID, res2.ProviderID)
	require.Equal(t, "acme:item-1", api.requests()[1].Header.Get("Idempotency-Key"))
}

func TestSenderFromFallbacks(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	ctx := context.Background()

	_, err := newSender(t, api, func(c *twilio.SenderConfig) { c.From = "+15550002222" }).Send(ctx, delivery(leadPhone, "", "hi", "k1"))
	require.NoError(t, err)
	require.Equal(t, "+15550002222", api.requests()[0].Form.Get("From"))

	_, err = newSender(t, api, func(c *twilio.SenderConfig) { c.MessagingServiceSID = "MG123" }).Send(ctx, delivery(leadPhone, "", "hi", "k2"))
	require.NoError(t, err)
	require.Equal(t, "MG123", api.requests()[1].Form.Get("MessagingServiceSid"))
	require.Empty(t, api.requests()[1].Form.Get("From"))

	_, err = newSender(t, api, nil).Send(ctx, delivery(leadPhone, "", "hi", "k3"))
	var pe *handoff.PermanentError
	require.ErrorAs(t, err, &pe, "nothing to send from")
	_, err = newSender(t, api, nil).Send(ctx, delivery("", ourLine, "hi", "k4"))
	require.ErrorAs(t, err, &pe, "nobody to send to")
	require.Len(t, api.requests(), 2, "no request made")
}

func TestSenderAPIKeyAndHeaders(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	api.user, api.pass = "SK123", "key-secret"
	s := newSender(t, api, func(c *twilio.SenderConfig) {
		c.AuthToken, c.APIKeySID, c.APIKeySecret = "", "SK123", "key-secret"
		c.IdempotencyHeader = "I-Twilio-Idempotency-Token"
		c.StatusCallback = ""
	})
	_, err := s.Send(context.Background(), delivery(leadPhone, ourLine, "hi", "acme:item-9"))
	require.NoError(t, err)
	r := api.requests()[0]
	require.Equal(t, "acme:item-9", r.Header.Get("I-Twilio-Idempotency-Token"))
	require.Empty(t, r.Header.Get("Idempotency-Key"))
	require.False(t, r.Form.Has("StatusCallback"))

	s = newSender(t, api, func(c *twilio.SenderConfig) {
		c.AuthToken, c.APIKeySID, c.APIKeySecret = "", "SK123", "key-secret"
		c.IdempotencyHeader = "-"
	})
	_, err = s.Send(context.Background(), delivery(leadPhone, ourLine, "hi", "acme:item-9"))
	require.NoError(t, err)
	require.Empty(t, api.requests()[1].Header.Get("Idempotency-Key"))
}

// Every Twilio answer is classified for the dispatcher, and the upstream
// response is kept.
func TestSenderErrorClassification(t *testing.T) {
	t.Parallel()
	type want int
	const (
		retry want = iota
		permanent
		optedOut
		misconfigured
	)
	cases := []struct {
		name   string
		status int
		code   int
		raw    string
		want   want
	}{
		{"unsubscribed recipient", 400, 21610, "", optedOut},
		{"invalid To", 400, 21211, "", permanent},
		{"not a mobile number", 400, 21614, "", permanent},
		{"cannot route", 400, 21612, "", permanent},
		{"region not enabled", 400, 21408, "", permanent},
		{"body too long", 400, 21617, "", permanent},
		{"host-listed code", 400, 63016, "", permanent},
		{"too many requests", 429, 20429, "", retry},
		{"internal error", 500, 20500, "", retry},
		{"a proxy's HTML page", 502, 0, "<html><body>Bad Gateway</body></html>", retry},
		{"bad credentials", 401, 20003, "", misconfigured},
		{"account suspended", 401, 20005, "", misconfigured},
		{"test credentials", 403, 20008, "", misconfigured},
		{"forbidden without a code", 403, 0, `{"message": "Forbidden"}`, misconfigured},
		{"a proxy's 401 page", 401, 0, "<html>Unauthorized</html>", misconfigured},
		{"queue full", 400, 21611, "", retry},
		{"permanent code on a 5xx", 503, 21211, "", retry},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			api := newFakeAPI(t)
			if tc.raw != "" {
				api.failRaw(leadPhone, tc.status, tc.raw)
			} else {
				api.failTo(leadPhone, tc.status, tc.code)
			}
			s := newSender(t, api, func(c *twilio.SenderConfig) { c.PermanentCodes = []int{63016} })
			res, err := s.Send(context.Background(), delivery(leadPhone, ourLine, "hi", "k"))
			require.Error(t, err)
			require.Empty(t, res.ProviderID)

			var apiErr *twilio.APIError
			require.ErrorAs(t, err, &apiErr)
			require.Equal(t, tc.status, apiErr.Status)
			require.Equal(t, tc.code, apiErr.Code)
			if tc.raw == "" {
				require.Contains(t, apiErr.Message, leadPhone, "Message keeps Twilio's text")
				require.Contains(t, apiErr.MoreInfo, "twilio.com/docs/errors/")
				require.NotContains(t, err.Error(), leadPhone, "the error string masks numbers")
			} else {
				require.NotEmpty(t, apiErr.Message)
				require.Contains(t, tc.raw, apiErr.Message, "Message keeps the body's text")
			}

			var pe *handoff.PermanentError
			switch tc.want {
			case optedOut:
				require.ErrorIs(t, err, handoff.ErrRecipientOptedOut)
			case permanent:
				require.ErrorAs(t, err, &pe)
				require.NotErrorIs(t, err, handoff.ErrRecipientOptedOut)
			case retry:
				require.False(t, errors.As(err, &pe), "retryable")
				require.NotErrorIs(t, err, handoff.ErrRecipientOptedOut)
				require.NotErrorIs(t, err, handoff.ErrMisconfigured)
			case misconfigured:
				require.ErrorIs(t, err, handoff.ErrMisconfigured, "retried until the setup is fixed")
				require.False(t, errors.As(err, &pe))
				require.NotErrorIs(t, err, handoff.ErrRecipientOptedOut)
			}
		})
	}
}

func TestSenderNetworkErrorsAndContext(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	s := newSender(t, api, nil)

	// The API holds the request until the test ends, and the Sender's
	// HTTP client has no timeout of its own: Send returns only if it
	// gives up when its context does. The minute is a deadline for a hung
	// test, not a speed target.
	api.block = make(chan struct{})
	s = newSender(t, api, func(c *twilio.SenderConfig) { c.HTTPClient = &http.Client{} })
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(ctx, delivery(leadPhone, ourLine, "hi", "k"))
		done <- err
	}()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatal("hung: Send still waits for an API that never answers, long after its context ended")
	}
	require.ErrorIs(t, err, context.DeadlineExceeded)
	var pe *handoff.PermanentError
	require.False(t, errors.As(err, &pe), "a timeout is retried")
	close(api.block)

	down := newFakeAPI(t)
	down.Close()
	_, err = newSender(t, down, nil).Send(context.Background(), delivery(leadPhone, ourLine, "hi", "k"))
	require.Error(t, err)
	require.False(t, errors.As(err, &pe), "a network error is retried")
}

// An accepted message whose answer has no readable sid is not an error:
// resending could text the lead twice.
func TestSenderAcceptedWithoutSID(t *testing.T) {
	t.Parallel()
	srv := newFakeAPI(t)
	srv.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(`not json`))
	})
	res, err := newSender(t, srv, nil).Send(context.Background(), delivery(leadPhone, ourLine, "hi", "k"))
	require.NoError(t, err)
	require.Empty(t, res.ProviderID)
}

func TestSenderConfigValidation(t *testing.T) {
	t.Parallel()
	for name, cfg := range map[string]*twilio.SenderConfig{
		"nil":                 nil,
		"no account":          {AuthToken: "t"},
		"account with a path": {AccountSID: "AC1/../x", AuthToken: "t"},
		"no credentials":      {AccountSID: acct},
		"key without secret":  {AccountSID: acct, APIKeySID: "SK1"},
		"bad base URL":        {AccountSID: acct, AuthToken: "t", BaseURL: "api.twilio.com"},
		"relative callback":   {AccountSID: acct, AuthToken: "t", StatusCallback: "/twilio/status"},
	} {
		_, err := twilio.NewSender(cfg)
		require.Error(t, err, name)
	}
}

func TestParseAPIError(t *testing.T) {
	t.Parallel()
	e := twilio.ParseAPIError(400, []byte(`{"code": 21610, "message": "Attempt to send to unsubscribed recipient", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}`))
	require.Equal(t, &twilio.APIError{Status: 400, Code: 21610, Message: "Attempt to send to unsubscribed recipient",
		MoreInfo: "https://www.twilio.com/docs/errors/21610"}, e)
	require.Equal(t, "twilio: HTTP 400, error 21610: Attempt to send to unsubscribed recipient", e.Error())

	e = twilio.ParseAPIError(400, []byte(`{"code": "21211", "message": "The 'To' number +15550101234 is not a valid phone number."}`))
	require.Equal(t, 21211, e.Code)
	require.Equal(t, "twilio: HTTP 400, error 21211: The 'To' number ***34 is not a valid phone number.", e.Error())

	e = twilio.ParseAPIError(503, nil)
	require.Equal(t, "twilio: HTTP 503", e.Error())
	e = twilio.ParseAPIError(502, []byte("\xffupstream down"))
	require.Equal(t, "upstream down", e.Message)
}

// A 429's Retry-After reaches the dispatcher through handoff.RetryAfter.
func TestSenderPassesRetryAfterOn(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "42")
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = w.Write([]byte(`{"code": 20429, "message": "Too Many Requests", "status": 429}`))
	}))
	defer srv.Close()
	s, err := twilio.NewSender(&twilio.SenderConfig{AccountSID: "AC1", AuthToken: "tok", From: "+15550009999", BaseURL: srv.URL})
	require.NoError(t, err)
	_, err = s.Send(context.Background(), handoff.Delivery{Item: store.OutboxItem{ID: "o1", To: "+15550101234"}, Body: "hi", IdempotencyKey: "k"})
	var ra handoff.RetryAfter
	require.ErrorAs(t, err, &ra)
	require.Equal(t, 42*time.Second, ra.RetryAfter())
}

// TestSenderRefusesAChatAddress: a chat conversation's text is never
// posted to Twilio (the chat ID is not a number, and a chat visitor is
// answered in the chat): it fails permanently without a request.
func TestSenderRefusesAChatAddress(t *testing.T) {
	t.Parallel()
	api := newFakeAPI(t)
	s := newSender(t, api, nil)
	_, err := s.Send(context.Background(), delivery("chat:c1", "web-widget", "Sarah will write to you here.", "acme:item-1"))
	var pe *handoff.PermanentError
	require.True(t, errors.As(err, &pe), "a permanent failure: %v", err)
	require.ErrorContains(t, err, "handoff.ChannelSender")
	require.Empty(t, api.requests(), "nothing posted to Twilio")
}
