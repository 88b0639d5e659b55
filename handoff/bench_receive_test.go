package handoff_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// BenchmarkReceive measures Engine.Receive on memstore with the reference
// adapters: "plain" records a message that fires nothing (replies off),
// "handoff" fires an explicit-ask handoff on a fresh conversation each op.
func BenchmarkReceive(b *testing.B) {
	ctx := context.Background()
	b.Run("plain", func(b *testing.B) {
		e, _ := handoff.NewEngine(memstore.New(), &handoff.Config{NoReplies: true})
		_, _ = e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "c", Lead: store.Lead{Phone: "+15550101234"}})
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c", Body: "we were thinking about maybe later this year, not sure"})
			if err != nil || out.Kind != handoff.OutcomeNone {
				b.Fatal(out.Kind, err)
			}
		}
	})
	b.Run("handoff", func(b *testing.B) {
		e, _ := handoff.NewEngine(memstore.New(), nil)
		ids := make([]string, b.N)
		for i := range ids {
			ids[i] = fmt.Sprintf("c%d", i)
			_, _ = e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: ids[i], Lead: store.Lead{Phone: "+15550101234"}})
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: ids[i], Body: "can you just call me"})
			if err != nil || out.Kind != handoff.OutcomeHandoff {
				b.Fatal(out.Kind, err)
			}
		}
	})
}
