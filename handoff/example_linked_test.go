package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A phone and an email the lead gave together are one lead's. Dana gave
// both in a web chat and has a second, email-only chat; her STOP by text,
// on an SMS thread that knows only her number, suppresses the email too
// (linked to the number, as its Reason says) and pauses both chats. Her
// START from the number lifts both addresses and gives every
// conversation back to the AI.
func ExampleEngine_ReceiveAddressed_linkedEmail() {
	ctx := context.Background()
	st := memstore.New()
	engine, _ := handoff.NewEngine(st, nil)
	_, _ = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "chat1", Channel: store.ChannelChat,
		Lead: store.Lead{Name: "Dana", Phone: "+15550101111", Email: "dana@example.com"}})
	_, _ = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "chat2", Channel: store.ChannelChat,
		Lead: store.Lead{Name: "Dana", Email: "dana@example.com"}})

	text := func(body, sid string) {
		out, err := engine.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: "acme", Line: "+15550109999",
			From: "+15550101111", Body: body, ProviderID: sid})
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("text %s: %s\n", body, out.Kind)
		for _, id := range []string{"chat1", "chat2"} {
			c, _ := engine.Conversation(ctx, "acme", id)
			fmt.Printf("  %s: %s, %s\n", id, c.State, c.Status)
		}
	}
	text("STOP", "SM1")
	_ = st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		s, err := tx.SuppressionGet(ctx, "acme", "dana@example.com")
		fmt.Printf("  dana@example.com suppressed: %q, %v\n", s.Reason, err)
		return nil
	})
	text("START", "SM2")
	// Output:
	// text STOP: opted_out
	//   chat1: paused, opted_out
	//   chat2: paused, opted_out
	//   dana@example.com suppressed: "keyword:STOP linked=+15550101111", <nil>
	// text START: opted_in
	//   chat1: ai_active, new
	//   chat2: ai_active, new
}
