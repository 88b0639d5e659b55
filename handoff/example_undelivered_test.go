package handoff_test

import (
	"context"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// The provider accepted the bridge text, then the carrier reported it
// undelivered (a Twilio status callback "undelivered", 30003): the lead
// was never told a person will follow up. DeliveryFailed records it once,
// Undelivered lists it as not sent (the inbox marks its bubble so), and
// the rep the handoff waits on gets a rep update naming the text, to call
// the lead instead.
func ExampleEngine_DeliveryFailed() {
	ctx := context.Background()
	cfg := dispatchExampleConfig()
	now := cfg.Now()
	cfg.Now = func() time.Time { return now }
	engine, _ := handoff.NewEngine(memstore.New(), cfg)
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can you just call me"})
	d, _ := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Concurrency: 1,
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			return handoff.SendResult{ProviderID: "SM1"}, nil
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			for _, u := range n.Undelivered {
				fmt.Printf("%s to %s: not sent: %s\n", n.Item.Kind, n.Item.To, u.Why)
			}
			return nil
		}),
	})
	d.RunOnce(ctx) // the bridge goes as SM1; the team is notified of the handoff

	f := handoff.DeliveryFailure{TenantID: "acme", ProviderID: "SM1", Reason: "30003 unreachable destination handset"}
	engine.DeliveryFailed(ctx, f)
	res, _ := engine.DeliveryFailed(ctx, f) // the callback's retry
	fmt.Println("retry is a duplicate:", res.Duplicate)
	nots, _ := engine.Undelivered(ctx, "acme", "c1")
	for _, u := range nots {
		fmt.Printf("undelivered: %s (%s)\n", u.Failure, u.Status)
	}
	now = now.Add(time.Minute) // rep updates gather for a minute (Config.UpdateDelay)
	d.RunOnce(ctx)
	// Output:
	// retry is a duplicate: true
	// undelivered: 30003 unreachable destination handset (done)
	// rep_update to team: not sent: the carrier could not deliver it (30003 unreachable destination handset)
}
