package twilio_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A host mounts the two webhook handlers on its own mux, in front of the
// engine. Twilio's number is configured with
// https://sms.example.com/twilio/sms ("A message comes in") and the Sender
// passes https://sms.example.com/twilio/status as StatusCallback.
func ExampleNewInboundHandler() {
	n := 0
	engine, _ := handoff.NewEngine(memstore.New(), &handoff.Config{
		NewID: func() string { n++; return fmt.Sprintf("id%d", n) },
	})
	cfg := &twilio.WebhookConfig{
		PublicURL:  "https://sms.example.com", // what Twilio calls, not what the proxy forwards to
		AuthTokens: twilio.Tokens{"AC123": {"auth-token"}},
		Tenant: func(ctx context.Context, p twilio.TenantParams) (string, error) {
			if p.AccountSID == "AC123" && p.Line == "+15550009999" {
				return "acme", nil
			}
			return "", twilio.ErrUnknownTenant
		},
	}
	inbound, err := twilio.NewInboundHandler(engine, cfg)
	if err != nil {
		panic(err)
	}
	status, err := twilio.NewStatusHandler(engine, cfg)
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /twilio/sms", inbound)
	mux.Handle("POST /twilio/status", status)

	// What Twilio posts when a lead texts the number, signed with the
	// account's auth token.
	post := func(token string) {
		form := url.Values{"AccountSid": {"AC123"}, "MessageSid": {"SM1"}, "From": {"+15550101234"},
			"To": {"+15550009999"}, "Body": {"can you just call me"}, "NumMedia": {"0"}}
		req := httptest.NewRequest(http.MethodPost, "/twilio/sms", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set(twilio.SignatureHeader,
			twilio.SignedRequest{URL: "https://sms.example.com/twilio/sms", Form: form}.Sign(token))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	post("auth-token")
	post("auth-token") // Twilio retries: recorded once
	post("guessed")    // forged: nothing written

	page, _ := engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: "acme"})
	for _, e := range page.Entries {
		fmt.Println("hot:", e.Conversation.Lead.Phone, e.Conversation.HandoffReason)
	}
	// Output:
	// 200 <?xml version="1.0" encoding="UTF-8"?><Response></Response>
	// 200 <?xml version="1.0" encoding="UTF-8"?><Response></Response>
	// 403 Forbidden: refused
	// hot: +15550101234 explicit_ask
}

// Twilio's documented example request, signed with the auth token 12345.
func ExampleSignedRequest_Sign() {
	r := twilio.SignedRequest{
		URL: "https://mycompany.com/myapp.php?foo=1&bar=2",
		Form: url.Values{"CallSid": {"CA1234567890ABCDE"}, "Caller": {"+14158675309"}, "Digits": {"1234"},
			"From": {"+14158675309"}, "To": {"+18005551212"}},
	}
	sig := r.Sign("12345")
	fmt.Println(sig)
	fmt.Println(r.Verify("12345", sig), r.Verify("54321", sig))
	// Output:
	// RSOYDt4T1cUTdK1PDd93/VVr8B8=
	// true false
}
