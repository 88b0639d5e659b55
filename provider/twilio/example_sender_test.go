package twilio_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/provider/twilio"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// The REST Sender plugs into the Dispatcher. Here a stand-in for Twilio's
// API prints what it receives; a host leaves BaseURL empty.
func ExampleNewSender() {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		fmt.Println(r.Method, r.URL.Path)
		fmt.Println("  From:", r.PostForm.Get("From"), "To:", r.PostForm.Get("To"))
		fmt.Println("  Body:", r.PostForm.Get("Body"))
		fmt.Println("  StatusCallback:", r.PostForm.Get("StatusCallback"))
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `{"sid": "SM0123456789abcdef0123456789abcdef", "status": "queued"}`)
	}))
	defer api.Close()

	ctx := context.Background()
	n := 0
	engine, _ := handoff.NewEngine(memstore.New(), &handoff.Config{
		Now:   func() time.Time { return time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) },
		NewID: func() string { n++; return fmt.Sprintf("id%d", n) },
	})
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1", Line: "+12125550199",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can you just call me", ProviderID: "SM1"})

	sender, err := twilio.NewSender(&twilio.SenderConfig{
		AccountSID:     "AC123",
		APIKeySID:      "SK123",
		APIKeySecret:   "secret",
		StatusCallback: "https://sms.example.com/twilio/status",
		BaseURL:        api.URL, // empty in production: https://api.twilio.com
	})
	if err != nil {
		panic(err)
	}
	d, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{Sender: sender, Concurrency: 1})
	if err != nil {
		panic(err)
	}
	handled, _ := d.RunOnce(ctx) // hosts run d.Run(ctx) in a goroutine
	fmt.Println("handled:", handled)
	// Output:
	// POST /2010-04-01/Accounts/AC123/Messages.json
	//   From: +12125550199 To: +12125550100
	//   Body: Of course! I'll have my partner give you a call. What time works best for you?
	//   StatusCallback: https://sms.example.com/twilio/status
	// handled: 2
}
