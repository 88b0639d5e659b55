package handoff_test

import (
	"context"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// fixedConfig makes examples deterministic: a fixed clock and counting IDs.
func fixedConfig() *handoff.Config {
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	n := 0
	return &handoff.Config{
		Now:   func() time.Time { return t0 },
		NewID: func() string { n++; return fmt.Sprintf("id%d", n) },
	}
}

// A seller lead answers with two qualification fields at once: the engine
// hands off in one transaction — state, Hot status, reason, bridge text and
// rep notification.
func ExampleEngine_Receive() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})

	out, err := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1",
		Body: "Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine."})
	if err != nil {
		panic(err)
	}
	fmt.Println("outcome:", out.Kind, out.Reason)
	fmt.Println("detail:", out.Detail)
	fmt.Println("state:", out.State)
	fmt.Println("bridge:", out.Reply != "")
	// Output:
	// outcome: handoff fields
	// detail: two fields: motivation + condition
	// state: handoff
	// bridge: true
}

// A STOP wins over everything: the address is suppressed, the AI pauses and
// a message that would have handed off is only recorded.
func ExampleEngine_Receive_optOut() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Lee", Phone: "+1 555 010 9999"}})

	out, _ := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "STOP"})
	fmt.Println(out.Kind, out.State)
	out, _ = engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "actually call me"})
	fmt.Println(out.Kind, out.State)
	// Output:
	// opted_out paused
	// recorded paused
}
