package handoff_test

import (
	"context"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A platform's tenants keep their own sending windows under one
// Dispatcher: globex's Engine sets Config.QuietHours to 9:00-17:00, acme's
// sets none and keeps the dispatcher's 8:00-21:00. At 18:00 in the lead's
// zone acme's reply goes, and globex's waits for 9:00 the next morning.
func ExampleConfig_quietHours() {
	ctx := context.Background()
	st := memstore.New()
	now := time.Date(2026, 6, 1, 22, 0, 0, 0, time.UTC) // 18:00 in New York
	engines := map[string]*handoff.Engine{}
	for tenant, quiet := range map[string]*dnc.QuietHours{"acme": nil, "globex": {Start: 9, End: 17}} {
		cfg := dispatchExampleConfig()
		cfg.Now = func() time.Time { return now }
		cfg.QuietHours = quiet // nil: the Dispatcher's
		engines[tenant], _ = handoff.NewEngine(st, cfg)
	}
	for _, tenant := range []string{"acme", "globex"} {
		e := engines[tenant]
		e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1",
			Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
		e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: "What's the address?", Send: true})
	}
	d, err := handoff.NewDispatcher(engines["acme"], &handoff.DispatcherConfig{
		Tenants: engines,
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			fmt.Printf("%s's reply sent\n", d.Item.TenantID)
			return handoff.SendResult{ProviderID: "SM-" + d.Item.TenantID}, nil
		}),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("18:00:")
	d.RunOnce(ctx)
	now = time.Date(2026, 6, 2, 13, 0, 0, 0, time.UTC)
	fmt.Println("9:00 the next morning:")
	d.RunOnce(ctx)
	// Output:
	// 18:00:
	// acme's reply sent
	// 9:00 the next morning:
	// globex's reply sent
}
