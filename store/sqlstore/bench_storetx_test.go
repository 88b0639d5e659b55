package sqlstore_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// BenchmarkStoreTx writes the rows of BenchmarkFloor through the store.Tx
// methods in one Store.InTx: no snapshot read and no engine, so its ratio to
// the floor is the cost of the store layer alone.
func BenchmarkStoreTx(b *testing.B) {
	for _, d := range databases {
		b.Run(d.name+"/plain", func(b *testing.B) {
			ctx := context.Background()
			st, _ := benchDB(b, d)
			now := time.Now()
			c := store.Conversation{TenantID: "t", ID: "c", Lead: store.Lead{Name: "Dana", Phone: benchPhone},
				Channel: store.ChannelSMS, State: store.StateAIActive, Status: store.StatusNew, CreatedAt: now, UpdatedAt: now}
			require.NoError(b, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ConversationInsert(ctx, &c) }))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				id := strconv.Itoa(i)
				err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
					now := time.Now()
					if err := tx.MessageAppend(ctx, &store.Message{TenantID: "t", ID: "m" + id, ConversationID: "c",
						Direction: store.Inbound, Origin: store.OriginLead, Body: "we were thinking about maybe later this year, not sure",
						ProviderID: "SM" + id, CreatedAt: now}); err != nil {
						return err
					}
					c.Fields = map[store.FieldName]store.Field{"timeline": {Value: "later this year", Confidence: 0.6, MessageID: "m" + id, UpdatedAt: now}}
					c.Score, c.UpdatedAt = 20, now
					return tx.ConversationUpdate(ctx, &c)
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(d.name+"/handoff", func(b *testing.B) {
			ctx := context.Background()
			st, _ := benchDB(b, d)
			now := time.Now()
			convs := make([]store.Conversation, b.N)
			require.NoError(b, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
				for i := range convs {
					convs[i] = store.Conversation{TenantID: "t", ID: fmt.Sprintf("c%d", i), Lead: store.Lead{Name: "Dana", Phone: benchPhone},
						Channel: store.ChannelSMS, State: store.StateAIActive, Status: store.StatusNew, CreatedAt: now, UpdatedAt: now}
					if err := tx.ConversationInsert(ctx, &convs[i]); err != nil {
						return err
					}
				}
				return nil
			}))
			brief := []byte(`{"conversation_id":"c","lead":{"name":"Dana","phone":"+15550101234"},"reason":"explicit_ask",` +
				`"summary":"The lead asked to talk to a person.","last_message":"can you just call me","score":90}`)
			bridge := "Thanks! A member of our team will call you shortly. What's the best time to reach you?"
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				id := strconv.Itoa(i)
				c := &convs[i]
				err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
					now := time.Now()
					if err := tx.MessageAppend(ctx, &store.Message{TenantID: "t", ID: "mi" + id, ConversationID: c.ID,
						Direction: store.Inbound, Origin: store.OriginLead, Body: "can you just call me", ProviderID: "SM" + id, CreatedAt: now}); err != nil {
						return err
					}
					c.State, c.Status, c.Score = store.StateHandoff, store.StatusHot, 90
					c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.UpdatedAt = "explicit_ask", "the lead asked for a person", now, now
					if err := tx.ConversationUpdate(ctx, c); err != nil {
						return err
					}
					if err := tx.MessageAppend(ctx, &store.Message{TenantID: "t", ID: "mb" + id, ConversationID: c.ID,
						Direction: store.Outbound, Origin: store.OriginAI, Body: bridge, CreatedAt: now}); err != nil {
						return err
					}
					if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{TenantID: "t", ID: "ob" + id, ConversationID: c.ID,
						Kind: store.OutboxBridgeSMS, To: benchPhone, MessageID: "mb" + id, Payload: []byte(`{"body":"` + bridge + `"}`),
						IdempotencyKey: "bridge:t:mi" + id, NotBefore: now, CreatedAt: now, UpdatedAt: now}); err != nil {
						return err
					}
					if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{TenantID: "t", ID: "on" + id, ConversationID: c.ID,
						Kind: store.OutboxRepNotification, Payload: brief, IdempotencyKey: "notify:t:mi" + id,
						NotBefore: now, CreatedAt: now, UpdatedAt: now}); err != nil {
						return err
					}
					if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{TenantID: "t", ID: "os" + id, ConversationID: c.ID,
						Kind: store.OutboxSLACheck, Payload: slaPayload, IdempotencyKey: "sla:t:mi" + id,
						NotBefore: now.Add(5 * time.Minute), CreatedAt: now, UpdatedAt: now}); err != nil {
						return err
					}
					return tx.EventAppend(ctx, &store.Event{TenantID: "t", ID: "e" + id, ConversationID: c.ID, Kind: store.EventHandoff,
						From: store.StateAIActive, To: store.StateHandoff, Reason: "explicit_ask", Detail: "the lead asked for a person",
						Actor: "ai", CreatedAt: now})
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
