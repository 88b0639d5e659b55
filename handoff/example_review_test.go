package handoff_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A page that asks a person to settle a possible opt-out passes what it
// showed: the decision applies to that review only. Here another person
// released it and the lead wrote a second doubtful message meanwhile, so
// the decision from the first page is refused, and nothing is written,
// until the person has seen the message now in review.
func ExampleEngine_ReviewOptOut() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})
	doubtful := "can you end the reminder calls on my calendar? I get two for the same visit"
	out, _ := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: doubtful})
	fmt.Println("lead:", out.Kind)

	shown := func() *handoff.Expectation { // what the page renders, and sends back with the decision
		c, _ := engine.Conversation(ctx, "acme", "c1")
		return &handoff.Expectation{State: c.State, AssignedTo: c.AssignedTo, ReviewOf: c.HandoffMessageID}
	}
	page := shown()

	engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: "acme", ConversationID: "c1", RepID: "sam"}) // "not an opt-out"
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: doubtful})

	_, err := engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah",
		OptOut: true, Expect: page})
	var stale *handoff.StaleError
	fmt.Println("stale page refused:", errors.As(err, &stale), errors.Is(err, handoff.ErrConflict))

	res, err := engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah",
		OptOut: true, Expect: shown()})
	fmt.Println("decided on the page that shows it:", res.Conversation.Status, err)
	// Output:
	// lead: review
	// stale page refused: true true
	// decided on the page that shows it: opted_out <nil>
}
