package handoff_test

import (
	"context"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A platform gives each tenant an Engine with its own reps, on one store,
// and tells its one Dispatcher whose Engine is whose: the 5-minute rule of
// globex's handoff re-routes to globex's other rep, never to acme's.
func ExampleDispatcherConfig_tenants() {
	ctx := context.Background()
	now := time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC)
	st := memstore.New()
	engines := map[string]*handoff.Engine{}
	for tenant, reps := range map[string][]route.Rep{
		"acme":   {{ID: "alice", Name: "Alice"}},
		"globex": {{ID: "gary", Name: "Gary"}, {ID: "gina", Name: "Gina"}},
	} {
		cfg := dispatchExampleConfig()
		cfg.Now = func() time.Time { return now }
		cfg.Router = route.MustNew(&route.Config{Reps: reps, Sequencer: handoff.StoreSequencer(st)})
		engines[tenant], _ = handoff.NewEngine(st, cfg)
	}
	globex := engines["globex"]
	globex.Start(ctx, handoff.StartParams{TenantID: "globex", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	globex.Receive(ctx, handoff.Inbound{TenantID: "globex", ConversationID: "c1", Body: "can you just call me"})

	d, err := handoff.NewDispatcher(engines["acme"], &handoff.DispatcherConfig{
		Tenants:     engines, // each tenant's items run with its own Engine
		Concurrency: 1,       // deterministic output
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			return handoff.SendResult{ProviderID: "SM1"}, nil
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			fmt.Printf("%s's lead to %s\n", n.Conversation.TenantID, n.Item.To)
			return nil
		}),
	})
	if err != nil {
		panic(err)
	}
	d.RunOnce(ctx)
	now = now.Add(6 * time.Minute) // nobody engaged: the 5-minute rule
	d.RunOnce(ctx)
	// Output:
	// globex's lead to gary
	// globex's lead to gina
}
