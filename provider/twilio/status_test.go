package twilio_test

import (
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
)

func newStatus(t testing.TB, eng twilio.StatusRecorder, cfg *twilio.WebhookConfig) *twilio.StatusHandler {
	t.Helper()
	h, err := twilio.NewStatusHandler(eng, cfg)
	require.NoError(t, err)
	return h
}

// Every row of the StatusHandler's mapping table.
func TestStatusMapping(t *testing.T) {
	t.Parallel()
	receipt := func(sid string) []handoff.ObservedOutbound {
		return []handoff.ObservedOutbound{{TenantID: "acme", ProviderID: sid, To: leadPhone, Line: ourLine, ReceiptOnly: true}}
	}
	failure := func(sid, reason string, optedOut bool) []handoff.DeliveryFailure {
		return []handoff.DeliveryFailure{{TenantID: "acme", ProviderID: sid, Reason: reason, OptedOut: optedOut, To: leadPhone}}
	}
	cases := []struct {
		status   twilio.MessageStatus
		code     string
		observed []handoff.ObservedOutbound
		failed   []handoff.DeliveryFailure
	}{
		{status: twilio.StatusAccepted},
		{status: twilio.StatusScheduled},
		{status: twilio.StatusQueued},
		{status: twilio.StatusSending},
		{status: twilio.StatusSent, observed: receipt("SM1")},
		{status: twilio.StatusDelivered, observed: receipt("SM1")},
		{status: twilio.StatusRead, observed: receipt("SM1")},
		{status: twilio.StatusDelivered, code: "30007", observed: receipt("SM1")},
		{status: twilio.StatusUndelivered, code: "21610", failed: failure("SM1", "21610 recipient unsubscribed", true)},
		{status: twilio.StatusFailed, code: "21610", failed: failure("SM1", "21610 recipient unsubscribed", true)},
		{status: twilio.StatusUndelivered, code: "30007", failed: failure("SM1", "30007 message filtered", false)},
		{status: twilio.StatusFailed, code: "30006", failed: failure("SM1", "30006 landline or unreachable carrier", false)},
		{status: twilio.StatusFailed, code: "63016", failed: failure("SM1", "63016", false)},
		{status: twilio.StatusUndelivered, failed: failure("SM1", "undelivered", false)},
		{status: twilio.StatusFailed, failed: failure("SM1", "failed", false)},
		{status: twilio.StatusCanceled},
		{status: twilio.StatusReceived},
		{status: "partially_delivered"},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s/%s", tc.status, tc.code), func(t *testing.T) {
			t.Parallel()
			eng := &fakeEngine{}
			resp := serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SM1", tc.status, tc.code), acctToken))
			requireTwiML(t, resp)
			require.Equal(t, tc.observed, eng.observed)
			require.Equal(t, tc.failed, eng.failures)
		})
	}
}

// A callback for a message the engine does not know is answered 200:
// retrying cannot help. A failure is looked up once more first, since it
// can overtake the Sender's reply.
func TestStatusUnknownMessage(t *testing.T) {
	t.Parallel()
	notFound := fmt.Errorf("handoff: delivery failed: %w", handoff.ErrNotFound)

	eng := &fakeEngine{observeErr: notFound}
	requireTwiML(t, serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SMx", twilio.StatusDelivered, ""), acctToken)))
	require.Len(t, eng.observed, 1)

	eng = &fakeEngine{failErrs: []error{notFound, notFound}}
	start := time.Now()
	requireTwiML(t, serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SMx", twilio.StatusFailed, "21610"), acctToken)))
	require.Len(t, eng.failures, 2, "looked up twice")
	require.GreaterOrEqual(t, time.Since(start), 400*time.Millisecond)

	eng = &fakeEngine{failErrs: []error{notFound}}
	requireTwiML(t, serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SMx", twilio.StatusFailed, "21610"), acctToken)))
	require.Len(t, eng.failures, 2, "found the second time")
}

func TestStatusEngineErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		err  error
		want int
	}{
		{&handoff.InputError{Field: "ProviderID", Problem: "contains the control or format character U+0000"}, http.StatusBadRequest},
		{handoff.ErrBusy, http.StatusServiceUnavailable},
		{errStore, http.StatusInternalServerError},
		{&handoff.InFlightError{}, http.StatusOK},
	} {
		eng := &fakeEngine{failErrs: []error{tc.err}}
		resp := serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SM1", twilio.StatusFailed, "30003"), acctToken))
		require.Equal(t, tc.want, resp.StatusCode, "%v", tc.err)

		eng = &fakeEngine{observeErr: tc.err}
		resp = serve(newStatus(t, eng, testConfig()), signedRequest("/status", statusForm("SM1", twilio.StatusDelivered, ""), acctToken))
		require.Equal(t, tc.want, resp.StatusCode, "%v", tc.err)
	}
}

func TestStatusBadInput(t *testing.T) {
	t.Parallel()
	for name, form := range map[string]func() map[string][]string{
		"missing MessageSid": func() map[string][]string {
			f := statusForm("SM1", twilio.StatusSent, "")
			f.Del("MessageSid")
			return f
		},
		"missing MessageStatus": func() map[string][]string {
			f := statusForm("SM1", twilio.StatusSent, "")
			f.Del("MessageStatus")
			return f
		},
		"ErrorCode not a number": func() map[string][]string { return statusForm("SM1", twilio.StatusFailed, "21610; DROP TABLE") },
		"negative ErrorCode":     func() map[string][]string { return statusForm("SM1", twilio.StatusFailed, "-1") },
		"invalid UTF-8 To":       func() map[string][]string { return with(statusForm("SM1", twilio.StatusSent, ""), "To", "\xff") },
		// a WhatsApp message's report: the handlers serve SMS and MMS
		"WhatsApp To": func() map[string][]string {
			return with(statusForm("SM1", twilio.StatusFailed, "21610"), "To", "whatsapp:"+leadPhone)
		},
		"WhatsApp From": func() map[string][]string {
			return with(statusForm("SM1", twilio.StatusDelivered, ""), "From", "whatsapp:"+ourLine)
		},
	} {
		eng := &fakeEngine{}
		resp := serve(newStatus(t, eng, testConfig()), signedRequest("/status", form(), acctToken))
		require.Equal(t, http.StatusBadRequest, resp.StatusCode, name)
		require.Zero(t, eng.calls(), name)
	}
	// The status callback's tenant comes from its From, our number.
	eng := &fakeEngine{}
	resp := serve(newStatus(t, eng, testConfig()), signedRequest("/status", with(statusForm("SM1", twilio.StatusSent, ""), "From", "+15550001111"), acctToken))
	require.Equal(t, http.StatusNotFound, resp.StatusCode)
	require.Zero(t, eng.calls())
}
