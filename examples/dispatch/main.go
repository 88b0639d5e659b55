// Command dispatch shows a handoff leaving the process: the bridge text to
// the lead and the rep notification carrying the brief pass through a
// handoff.Dispatcher to a console Sender and Notifier. It uses the
// in-memory store and needs no network.
//
//	go run ./examples/dispatch
//
// It then shows the provider reporting our own bridge text back (an echo,
// not a takeover), a message typed on the rep's phone (a takeover that
// cancels the AI), and a flaky provider being retried with the same
// idempotency key.
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"
	"sync"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

const tenant = "bluebird"

// consoleSender prints texts instead of calling an SMS API. The first
// attempt of every text fails, to show retries keep the idempotency key.
type consoleSender struct {
	mu       sync.Mutex
	attempts map[string]int
	sent     chan string // provider IDs, one per delivered text
}

func (s *consoleSender) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attempts[d.IdempotencyKey]++
	if d.Item.Kind == store.OutboxRepSMS && s.attempts[d.IdempotencyKey] == 1 {
		fmt.Printf("  [sms] provider busy for %s (attempt 1), will be retried\n", d.IdempotencyKey)
		return handoff.SendResult{}, errors.New("503 from provider")
	}
	id := fmt.Sprintf("SM%03d", len(s.attempts))
	fmt.Printf("  [sms] to %s (%s, key %s, attempt %d): %s\n", d.Item.To, d.Item.Kind, d.IdempotencyKey, s.attempts[d.IdempotencyKey], d.Body)
	s.sent <- id
	return handoff.SendResult{ProviderID: id}, nil
}

// consoleNotifier prints the rep notification with the brief.
type consoleNotifier struct{ done chan struct{} }

func (n consoleNotifier) Notify(ctx context.Context, x handoff.Notification) error {
	fmt.Printf("  [notify %s]\n", x.Item.To)
	for _, line := range strings.Split(x.Brief.Text(), "\n") {
		fmt.Println("    " + line)
	}
	n.done <- struct{}{}
	return nil
}

func main() {
	if err := run(context.Background()); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context) error {
	st := memstore.New()
	// Noon in New York, so quiet hours (8:00-21:00 lead time) allow the
	// bridge text; at 23:00 it would wait until 8:00.
	now := time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		now = now.Add(time.Second)
		return now
	}
	var ids int
	engine, err := handoff.NewEngine(st, &handoff.Config{
		NewID: func() string {
			mu.Lock()
			defer mu.Unlock()
			ids++
			return fmt.Sprintf("id%03d", ids)
		},
		Voice:  bridge.Voice{BusinessName: "Bluebird Home Buyers", PartnerWord: "my partner"},
		Router: route.NewPool(route.Rep{ID: "rep-dana", Name: "Dana Whitfield"}),
		Now:    clock,
	})
	if err != nil {
		return err
	}
	sender := &consoleSender{attempts: map[string]int{}, sent: make(chan string, 10)}
	notified := make(chan struct{}, 10)
	dispatcher, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{
		Sender:      sender,
		Notifier:    consoleNotifier{done: notified},
		BackoffBase: 10 * time.Millisecond, BackoffMax: 50 * time.Millisecond, // quick retries for the demo
		PollInterval: 10 * time.Millisecond,
		QuietHours:   dnc.QuietHours{Start: 8, End: 21},
	})
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	stopped := make(chan error, 1)
	go func() { stopped <- dispatcher.Run(runCtx) }()

	if _, err := engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "lead-1",
		Lead: store.Lead{Name: "Maria Lopez", Phone: "+12125550142", Source: "web form"}, TimeZone: "America/New_York"}); err != nil {
		return err
	}

	fmt.Println("1. The lead qualifies herself; the handoff commit wakes the dispatcher:")
	out, err := engine.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "lead-1", ProviderID: "IN1",
		Body: "Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine."})
	if err != nil {
		return err
	}
	fmt.Printf("  outcome: %s (%s), assigned to %s\n", out.Kind, out.Detail, out.AssignedTo)
	bridgeID := <-sender.sent
	<-notified

	fmt.Println("\n2. The provider reports our bridge text on the thread: an echo, not a takeover.")
	obs, err := engine.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: tenant, ConversationID: "lead-1", ProviderID: bridgeID})
	if err != nil {
		return err
	}
	c, err := engine.Conversation(ctx, tenant, "lead-1")
	if err != nil {
		return err
	}
	fmt.Printf("  observed %s: %s; state stays %s\n", bridgeID, obs.Kind, c.State)

	fmt.Println("\n3. Dana replies through the CRM; the provider is flaky, the retry keeps the key:")
	if _, err := engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "lead-1", RepID: "rep-dana",
		Body: "Hi Maria, Dana here. Does 4pm work for a quick call?", Send: true}); err != nil {
		return err
	}
	<-sender.sent

	fmt.Println("\n4. Graceful shutdown: Run returns after the sends in flight finish.")
	stop()
	if err := <-stopped; err != nil {
		return err
	}

	fmt.Println("\nAudit trail:")
	events, err := engine.Events(ctx, tenant, "lead-1")
	if err != nil {
		return err
	}
	for _, ev := range events {
		fmt.Printf("  %-16s %-9s -> %-9s %s %s\n", ev.Kind, ev.From, ev.To, ev.Reason, ev.Detail)
	}
	return nil
}
