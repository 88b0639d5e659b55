package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A program texting from a US short code gets webhooks whose To is the
// short code's digits. It is the line as a phone number would be: the
// lead's messages on it find one conversation, and a STOP is honoured.
// The lead's own address must be a phone number.
func ExampleEngine_ReceiveAddressed_shortCode() {
	ctx := context.Background()
	n := 0
	engine, _ := handoff.NewEngine(memstore.New(), &handoff.Config{NewID: func() string { n++; return fmt.Sprintf("c%d", n) }})
	webhook := func(line, from, body, sid string) {
		out, err := engine.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: "acme", Line: line,
			From: from, Body: body, ProviderID: sid})
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%s on %s, line %s\n", out.Kind, out.Conversation.ID, out.Conversation.Line)
	}
	webhook("55123", "+15550101234", "hi, is this about my house?", "SM1")
	webhook("55123", "+15550101234", "STOP", "SM2")
	webhook("+15550101234", "55123", "hello", "SM3")
	// Output:
	// replied on c1, line 55123
	// opted_out on c1, line 55123
	// error: handoff: invalid input: From is not a phone number
}
