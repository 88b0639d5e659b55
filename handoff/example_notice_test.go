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

// A transparent notice names the rep and the wait (Config.Notices). At
// noon it goes at once, and Mike accepts. At 22:30 quiet hours hold the
// next lead's, and by 8:00 its promise of "about two minutes" has lapsed
// (the 5-minute rule has since passed the handoff to the team): that lead
// gets the bridge as it reads then, with no wait, asking for a good time.
func ExampleConfig_notices() {
	ctx := context.Background()
	now := time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) // noon in New York
	cfg := dispatchExampleConfig()
	cfg.Now = func() time.Time { return now }
	cfg.Notices = []handoff.NoticeRule{{}}
	cfg.Router = route.NewPool(route.Rep{ID: "mike", Name: "Mike", ResponseTime: 2 * time.Minute})
	e, err := handoff.NewEngine(memstore.New(), cfg)
	if err != nil {
		panic(err)
	}
	d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			fmt.Printf("  to %s's lead: %s\n", d.Item.ConversationID, d.Body)
			return handoff.SendResult{ProviderID: "SM-" + d.Item.ID}, nil
		}),
	})
	if err != nil {
		panic(err)
	}
	ask := func(id, phone string) {
		e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: phone}, TimeZone: "America/New_York"})
		e.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: id, Body: "can someone call me"})
	}

	fmt.Println("12:00, the lead asks for a person:")
	ask("noon", "+12125550100")
	d.RunOnce(ctx)
	e.Accept(ctx, handoff.HandoffActionParams{TenantID: "acme", ConversationID: "noon", RepID: "mike"})

	now = time.Date(2026, 6, 2, 2, 30, 0, 0, time.UTC)
	fmt.Println("22:30, another lead asks:")
	ask("night", "+12125550101")
	d.RunOnce(ctx)
	for range 3 { // nobody picks it up: the 5-minute rule escalates to the team
		now = now.Add(5*time.Minute + time.Second)
		d.RunOnce(ctx)
	}
	now = time.Date(2026, 6, 2, 12, 0, 0, 0, time.UTC)
	fmt.Println("8:00:")
	d.RunOnce(ctx)
	d.RunOnce(ctx)
	// Output:
	// 12:00, the lead asks for a person:
	//   to noon's lead: Thanks! I'm passing you to Mike now, they'll text you in about two minutes.
	// 22:30, another lead asks:
	// 8:00:
	//   to night's lead: Of course! I'll have my partner give you a call. What time works best for you?
}
