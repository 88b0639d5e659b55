package sqlstore_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// BenchmarkReceive measures the real Engine.Receive on a sqlstore.Store
// with the default adapters, each message carrying a provider ID as SMS
// webhooks do: "plain" is a message that fires nothing (replies off, as in
// BenchmarkFloor), "handoff" an explicit ask on a fresh conversation. It
// includes the snapshot read (conversation, provider-ID check, the last 20
// messages, suppression) that the floor does not do.
func BenchmarkReceive(b *testing.B) {
	for _, d := range databases {
		b.Run(d.name+"/plain", func(b *testing.B) {
			ctx := context.Background()
			st, _ := benchDB(b, d)
			e, err := handoff.NewEngine(st, &handoff.Config{NoReplies: true})
			require.NoError(b, err)
			_, err = e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "c", Lead: store.Lead{Name: "Dana", Phone: benchPhone}})
			require.NoError(b, err)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c",
					Body: "we were thinking about maybe later this year, not sure", ProviderID: "SM" + strconv.Itoa(i)})
				if err != nil || out.Kind != handoff.OutcomeNone {
					b.Fatal(out.Kind, err)
				}
			}
		})
		b.Run(d.name+"/handoff", func(b *testing.B) {
			ctx := context.Background()
			st, _ := benchDB(b, d)
			e, err := handoff.NewEngine(st, nil)
			require.NoError(b, err)
			ids := make([]string, b.N)
			for i := range ids {
				ids[i] = fmt.Sprintf("c%d", i)
				_, err := e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: ids[i], Lead: store.Lead{Name: "Dana", Phone: benchPhone}})
				require.NoError(b, err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: ids[i],
					Body: "can you just call me", ProviderID: "SM" + strconv.Itoa(i)})
				if err != nil || out.Kind != handoff.OutcomeHandoff {
					b.Fatal(out.Kind, err)
				}
			}
		})
	}
}
