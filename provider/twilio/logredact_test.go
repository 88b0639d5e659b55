package twilio_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
)

// syncBuffer is a log sink a handler writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// loggedConfig is testConfig with a Debug logger into buf.
func loggedConfig(buf *syncBuffer) *twilio.WebhookConfig {
	cfg := testConfig()
	cfg.Logger = slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return cfg
}

// TestWebhookLogsNoNumberOrBodyOfAnEngineError: the package promises
// "Phone numbers are logged only redacted and only at Debug; message
// bodies never". An engine error that names the request's numbers or
// repeats its text (a host hook's: "lookup of lead +1555... timed out")
// is logged with them masked, by the inbound and the status handler.
func TestWebhookLogsNoNumberOrBodyOfAnEngineError(t *testing.T) {
	t.Parallel()
	const body = "my husband passed away, can someone call me"
	digits := strings.TrimPrefix(leadPhone, "+")
	t.Run("inbound", func(t *testing.T) {
		t.Parallel()
		var buf syncBuffer
		eng := &fakeEngine{receive: func(_ context.Context, in handoff.AddressedInbound) (handoff.Outcome, error) {
			return handoff.Outcome{}, fmt.Errorf("crm: lookup of lead %s (%s) to %s timed out on %q", in.From, digits, in.Line, in.Body)
		}}
		resp := serve(newInbound(t, eng, loggedConfig(&buf)), signedRequest("/in", inboundForm("SM1", body), acctToken))
		require.Equal(t, http.StatusInternalServerError, resp.StatusCode)
		logs := buf.String()
		require.Contains(t, logs, "crm: lookup of lead", "the engine's error is logged")
		for _, leak := range []string{digits[1:], "5550009999", "husband"} {
			require.NotContains(t, logs, leak)
		}
	})
	t.Run("status", func(t *testing.T) {
		t.Parallel()
		var buf syncBuffer
		eng := &fakeEngine{failErrs: []error{fmt.Errorf("crm: note for %s from %s (%s) failed", leadPhone, ourLine, digits)}}
		resp := serve(newStatus(t, eng, loggedConfig(&buf)), signedRequest("/status", statusForm("SM1", twilio.StatusFailed, "30003"), acctToken))
		require.Equal(t, http.StatusInternalServerError, resp.StatusCode)
		logs := buf.String()
		require.Contains(t, logs, "crm: note for", "the engine's error is logged")
		for _, leak := range []string{digits[1:], "5550009999"} {
			require.NotContains(t, logs, leak)
		}
	})
	t.Run("tenant lookup", func(t *testing.T) {
		t.Parallel()
		var buf syncBuffer
		cfg := loggedConfig(&buf)
		cfg.Tenant = func(_ context.Context, p twilio.TenantParams) (string, error) {
			return "", fmt.Errorf("tenants: no row for number %s", p.Line)
		}
		resp := serve(newInbound(t, &fakeEngine{}, cfg), signedRequest("/in", inboundForm("SM1", body), acctToken))
		require.Equal(t, http.StatusInternalServerError, resp.StatusCode)
		logs := buf.String()
		require.Contains(t, logs, "tenants: no row for number")
		require.NotContains(t, logs, "5550009999")
	})
}
