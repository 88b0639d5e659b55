package handoff_test

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// dispatchExampleConfig is a fixed clock (noon in New York) and counting
// IDs that are safe for the dispatcher's goroutines.
func dispatchExampleConfig() *handoff.Config {
	var mu sync.Mutex
	n := 0
	return &handoff.Config{
		Now: func() time.Time { return time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) },
		NewID: func() string {
			mu.Lock()
			defer mu.Unlock()
			n++
			return fmt.Sprintf("id%d", n)
		},
	}
}

// A handoff's bridge text goes to the lead through the Sender and its
// brief to the rep through the Notifier. Hosts usually call Run in a
// goroutine; RunOnce delivers what is due now.
func ExampleDispatcher() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), dispatchExampleConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can you just call me"})

	d, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Concurrency: 1, // deterministic output
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			fmt.Printf("SMS %s: %s\n", d.Item.Kind, d.Body)
			return handoff.SendResult{ProviderID: "SM1"}, nil
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			fmt.Printf("rep notified: %s, %s\n", n.Brief.Reason, n.Brief.LastLeadMessage)
			return nil
		}),
	})
	if err != nil {
		panic(err)
	}
	n, _ := d.RunOnce(ctx)
	fmt.Println("handled:", n)
	// Output:
	// SMS bridge_sms: Of course! I'll have my partner give you a call. What time works best for you?
	// rep notified: explicit_ask, can you just call me
	// handled: 2
}

// The provider reports every outbound message on the thread. Our own
// messages are echoes; anything else is a rep typing from a phone, which
// takes the thread over from the AI.
func ExampleEngine_OutboundObserved() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), dispatchExampleConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: "acme", ConversationID: "c1", Body: "Hi Dana, is now a good time?", Send: true})
	d, _ := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			return handoff.SendResult{ProviderID: "SM1"}, nil
		}),
	})
	d.RunOnce(ctx)

	res, _ := engine.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: "acme", ConversationID: "c1", ProviderID: "SM1"})
	fmt.Println("SM1:", res.Kind, res.Conversation.State)
	res, _ = engine.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: "acme", ConversationID: "c1", ProviderID: "SM2",
		Body: "Sarah here, calling you now"})
	fmt.Println("SM2:", res.Kind, res.Conversation.State)
	// Output:
	// SM1: echo ai_active
	// SM2: takeover human
}

// A host with a web chat beside SMS gives the Dispatcher a ChannelSender:
// a chat visitor is answered in the chat, an SMS lead by text, and a
// channel the host has no Sender for is dead-lettered instead of handed to
// the wrong provider.
func ExampleChannelSender() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), dispatchExampleConfig())
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "sms1",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "web1", Channel: store.ChannelChat, Line: "web-widget",
		Lead: store.Lead{Name: "Sam", Email: "sam@example.com"}, TimeZone: "America/New_York"})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "sms1", Body: "can you just call me"})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "web1", Body: "can I talk to a person"})

	d, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Concurrency: 1, // deterministic output
		Sender: handoff.ChannelSender{
			SMS: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
				fmt.Printf("SMS to %s: %s\n", d.Item.To, d.Item.Kind)
				return handoff.SendResult{}, nil
			}),
			Chat: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
				fmt.Printf("chat %s on %s: %s\n", d.Conversation.ID, d.Conversation.Line, d.Item.Kind)
				return handoff.SendResult{}, nil
			}),
		},
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error { return nil }),
	})
	if err != nil {
		panic(err)
	}
	d.RunOnce(ctx)
	// Output:
	// SMS to +12125550100: bridge_sms
	// chat web1 on web-widget: bridge_sms
}
