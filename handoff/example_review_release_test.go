package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// While a possible opt-out waits for a person, the lead asks for a call;
// the message is only recorded. The person's release gives the thread back
// to the AI and judges what the lead wrote meanwhile: the ask hands off,
// with the bridge, as it would have had nobody been reviewing.
func ExampleEngine_ReviewOptOut_release() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})
	out, _ := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1",
		Body: "can you end the reminder calls on my calendar? I get two for the same visit"})
	fmt.Println("lead:", out.Kind)
	out, _ = engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can someone just call me?"})
	fmt.Println("lead:", out.Kind)

	res, err := engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: "acme", ConversationID: "c1", RepID: "sam"}) // "not an opt-out"
	c := res.Conversation
	fmt.Println("released:", c.State, c.Status, c.HandoffReason, err)
	texts, _ := engine.Transcript(ctx, "acme", "c1")
	last := texts[len(texts)-1]
	fmt.Println(last.Origin+":", last.Body)
	// Output:
	// lead: review
	// lead: recorded
	// released: handoff hot explicit_ask <nil>
	// ai: Of course! I'll have my partner give you a call. What time works best for you?
}
