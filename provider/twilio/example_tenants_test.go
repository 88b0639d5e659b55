package twilio_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// tenantEngines is a platform's one Engine per tenant behind one webhook
// URL: it is the handlers' InboundReceiver and StatusRecorder, and calls
// the Engine of the tenant the TenantFunc gave the request. A tenant
// without one is handoff.ErrNotFound (answered 404 by InboundHandler),
// never another tenant's Engine.
type tenantEngines map[string]*handoff.Engine

func (m tenantEngines) engine(tenantID string) (*handoff.Engine, error) {
	if e, ok := m[tenantID]; ok {
		return e, nil
	}
	return nil, fmt.Errorf("no engine for tenant %q: %w", tenantID, handoff.ErrNotFound)
}

func (m tenantEngines) ReceiveAddressed(ctx context.Context, in handoff.AddressedInbound) (handoff.Outcome, error) {
	e, err := m.engine(in.TenantID)
	if err != nil {
		return handoff.Outcome{}, err
	}
	return e.ReceiveAddressed(ctx, in)
}

func (m tenantEngines) DeliveryFailed(ctx context.Context, f handoff.DeliveryFailure) (handoff.Result, error) {
	e, err := m.engine(f.TenantID)
	if err != nil {
		return handoff.Result{}, err
	}
	return e.DeliveryFailed(ctx, f)
}

func (m tenantEngines) OutboundObserved(ctx context.Context, o handoff.ObservedOutbound) (handoff.ObservedResult, error) {
	e, err := m.engine(o.TenantID)
	if err != nil {
		return handoff.ObservedResult{}, err
	}
	return e.OutboundObserved(ctx, o)
}

// A platform runs an Engine per tenant (its own voice, reps and consent
// texts) on one store, and one webhook URL for every tenant's numbers.
// The TenantFunc maps our number to its tenant (a number nobody owns is
// 404, nothing written), and the handlers call that tenant's Engine
// through tenantEngines; the Dispatcher's Tenants does the same for
// delivery. Mounted over one tenant's Engine, the handlers would run
// every tenant's leads with that Engine's Config: globex's lead would get
// acme's opt-out confirmation.
func Example_tenants() {
	st := memstore.New()
	engines := tenantEngines{}
	for tenant, business := range map[string]string{"acme": "Acme Homes", "globex": "Globex Realty"} {
		n := 0
		engines[tenant], _ = handoff.NewEngine(st, &handoff.Config{Voice: bridge.Voice{BusinessName: business},
			NewID: func() string { n++; return fmt.Sprintf("%s%d", tenant, n) }})
	}
	lines := map[string]string{"+15550000001": "acme", "+15550000002": "globex"}
	cfg := &twilio.WebhookConfig{
		PublicURL:  "https://sms.example.com",
		AuthTokens: twilio.Tokens{"AC123": {"auth-token"}}, // one account, a number per tenant
		Tenant: func(ctx context.Context, p twilio.TenantParams) (string, error) {
			if tenant, ok := lines[p.Line]; ok && p.AccountSID == "AC123" {
				return tenant, nil
			}
			return "", twilio.ErrUnknownTenant
		},
	}
	inbound, _ := twilio.NewInboundHandler(engines, cfg)
	status, _ := twilio.NewStatusHandler(engines, cfg)
	mux := http.NewServeMux()
	mux.Handle("POST /twilio/sms", inbound)
	mux.Handle("POST /twilio/status", status)

	post := func(sid, to, body string) {
		form := url.Values{"AccountSid": {"AC123"}, "MessageSid": {sid}, "From": {"+15550101234"},
			"To": {to}, "Body": {body}, "NumMedia": {"0"}}
		req := httptest.NewRequest(http.MethodPost, "/twilio/sms", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set(twilio.SignatureHeader,
			twilio.SignedRequest{URL: "https://sms.example.com/twilio/sms", Form: form}.Sign("auth-token"))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(to, rec.Code)
	}
	post("SM1", "+15550000002", "STOP") // globex's number
	post("SM2", "+15550000009", "STOP") // a number no tenant owns

	d, _ := handoff.NewDispatcher(engines["acme"], &handoff.DispatcherConfig{
		Tenants: engines,
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			fmt.Printf("%s's %s: %s\n", d.Conversation.TenantID, d.Item.Kind, d.Body)
			return handoff.SendResult{ProviderID: "SM9"}, nil
		}),
	})
	d.RunOnce(context.Background())
	// Output:
	// +15550000002 200
	// +15550000009 404
	// globex's optout_confirmation: You're unsubscribed and won't get more texts from Globex Realty. Reply START to resume.
}
