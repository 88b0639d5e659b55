package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A provider's webhook carries phone numbers. ReceiveAddressed finds the
// lead's conversation on the line, or starts one by Config.NewConversation.
func ExampleEngine_ReceiveAddressed() {
	ctx := context.Background()
	n := 0
	engine, _ := handoff.NewEngine(memstore.New(), &handoff.Config{
		NewID: func() string { n++; return fmt.Sprintf("c%d", n) },
		NewConversation: func(ctx context.Context, in handoff.AddressedInbound) (handoff.StartParams, error) {
			return handoff.StartParams{Lead: store.Lead{Source: "sms campaign"}}, nil
		},
	})
	webhook := func(from, body, sid string) {
		out, err := engine.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: "acme", Line: "+15550009999",
			From: from, Body: body, ProviderID: sid})
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%s on %s (%s), duplicate=%v\n", out.Kind, out.Conversation.ID, out.Conversation.Lead.Source, out.Duplicate)
	}
	webhook("(555) 010-1234", "hi, is this about my house?", "SM1")
	webhook("+15550101234", "can you call me", "SM2")
	webhook("+15550101234", "can you call me", "SM2") // the provider retries
	// Output:
	// replied on c1 (sms campaign), duplicate=false
	// handoff on c1 (sms campaign), duplicate=false
	// none on  (), duplicate=true
}
