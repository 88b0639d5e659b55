package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A rep writing on the thread, from any tool, takes it over: the state
// moves to human and the AI's queued reply is cancelled in the same
// transaction, so the lead never hears two voices.
func ExampleEngine_RepMessage() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})
	out, _ := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "what would you offer?"})
	fmt.Println("AI:", out.Kind)

	res, err := engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: "acme", ConversationID: "c1",
		RepID: "sarah", Body: "Hi Dana, Sarah here. I can give you a number today."})
	if err != nil {
		panic(err)
	}
	fmt.Println("state:", res.Conversation.State)
	fmt.Println("AI replies cancelled:", res.Cancelled)

	out, _ = engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "great, thanks"})
	fmt.Println("next lead message:", out.Kind)
	// Output:
	// AI: replied
	// state: human
	// AI replies cancelled: 1
	// next lead message: recorded
}

// Only an explicit Resume hands the thread back to the AI, and never to a
// lead who opted out.
func ExampleEngine_Resume() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})
	engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah"})

	out, err := engine.Resume(ctx, handoff.ResumeParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah"})
	fmt.Println(out.State, err)

	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "STOP"})
	_, err = engine.Resume(ctx, handoff.ResumeParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah"})
	fmt.Println(err)
	// Output:
	// ai_active <nil>
	// handoff: resume conversation c1: handoff: lead opted out
}

// Undelivered tells a page which texts of the thread never reached the
// lead: here the AI's reply, queued but cancelled when the rep wrote.
func ExampleEngine_Undelivered() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), fixedConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234"}})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "what would you offer?"})
	engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: "acme", ConversationID: "c1",
		RepID: "sarah", Body: "Hi Dana, Sarah here. I can give you a number today."})

	notSent, err := engine.Undelivered(ctx, "acme", "c1")
	if err != nil {
		panic(err)
	}
	msgs, _ := engine.Transcript(ctx, "acme", "c1")
	for _, m := range msgs {
		mark := ""
		for _, n := range notSent {
			if n.MessageID == m.ID {
				mark = " [not sent: " + string(n.Status) + "]"
			}
		}
		fmt.Printf("%s%s\n", m.Origin, mark)
	}
	// Output:
	// lead
	// ai [not sent: cancelled]
	// rep
}
