package handoff_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// BenchmarkDispatchLatency measures the time from an engine commit that
// queues a text (RecordAIMessage with Send) to the Sender being called by
// a running Dispatcher, on the in-memory store. The clock starts before
// the commit, so the figures include the commit itself. Reported as
// p50_us and p99_us; the goal is p99 <= 5 ms.
func BenchmarkDispatchLatency(b *testing.B) {
	ctx := context.Background()
	st := memstore.New()
	e, err := handoff.NewEngine(st, nil)
	if err != nil {
		b.Fatal(err)
	}
	called := make(chan time.Time, 1)
	d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{
		Sender: handoff.SenderFunc(func(ctx context.Context, _ handoff.Delivery) (handoff.SendResult, error) {
			called <- time.Now()
			return handoff.SendResult{}, nil
		}),
		PollInterval: time.Hour, // only the wake-up on commit can be fast
		QuietHours:   dnc.QuietHours{Start: 0, End: 24},
	})
	if err != nil {
		b.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- d.Run(runCtx) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			b.Error(err)
		}
	}()

	lat := make([]time.Duration, 0, b.N)
	conv := ""
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%100 == 0 { // keep conversations a realistic size
			conv = fmt.Sprintf("bench%07d", i)
			if _, err := e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: conv,
				Lead: store.Lead{Phone: fmt.Sprintf("+1212%07d", i/100)}}); err != nil {
				b.Fatal(err)
			}
		}
		t0 := time.Now()
		if _, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: "t", ConversationID: conv, Body: "hello", Send: true}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, (<-called).Sub(t0))
	}
	b.StopTimer()
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Nanoseconds()) / 1e3
	}
	b.ReportMetric(pct(0.50), "p50_us")
	b.ReportMetric(pct(0.99), "p99_us")
}
