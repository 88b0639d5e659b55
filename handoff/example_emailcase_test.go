package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// An email is one address whatever its case: the CRM stored Bob's SMS
// lead as "Bob.Lee@Example.com", the web chat has "bob.lee@example.com",
// and his STOP in the chat pauses the SMS conversation too. Each
// conversation keeps the email as it was typed.
func ExampleEngine_Receive_emailCase() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), nil)
	_, _ = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "sms",
		Lead: store.Lead{Name: "Bob", Phone: "+15550102222", Email: "Bob.Lee@Example.com"}})
	_, _ = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "chat", Channel: store.ChannelChat,
		Lead: store.Lead{Name: "Bob", Email: "bob.lee@example.com"}})

	out, err := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "chat", Body: "STOP", ProviderID: "w1"})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("chat:", out.Kind)
	c, _ := engine.Conversation(ctx, "acme", "sms")
	fmt.Printf("sms: %s, %s, email %s\n", c.State, c.Status, c.Lead.Email)
	// Output:
	// chat: opted_out
	// sms: paused, opted_out, email Bob.Lee@Example.com
}
