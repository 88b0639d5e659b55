package memstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.RunFeatures(t, storetest.Features{Index: true, AddressLock: true, Wake: true, Bookings: true, Routing: true, Metrics: true, Parallel: true}, func(t *testing.T) store.Store { return memstore.New() })
}

// BenchmarkInTx measures the engine's common path: one transaction that
// reads a conversation and its recent messages, appends the inbound and the
// reply messages (with provider-ID dedup), updates the conversation by
// compare-and-swap, enqueues an outbox item and appends an audit event.
func BenchmarkInTx(b *testing.B) {
	ctx := context.Background()
	st := memstore.New()
	now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)
	const convs = 1000
	err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		for i := range convs {
			c := &store.Conversation{ID: fmt.Sprintf("c%d", i), TenantID: "acme", State: store.StateAIActive, CreatedAt: now}
			if err := tx.ConversationInsert(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		id := fmt.Sprintf("c%d", i%convs)
		err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			c, err := tx.ConversationGet(ctx, "acme", id)
			if err != nil {
				return err
			}
			if _, err := tx.MessageList(ctx, store.MessageListParams{TenantID: "acme", ConversationID: id, Last: 10}); err != nil {
				return err
			}
			t := now.Add(time.Duration(i) * time.Millisecond)
			in := &store.Message{ID: fmt.Sprintf("m%d-in", i), TenantID: "acme", ConversationID: id,
				Direction: store.Inbound, Origin: store.OriginLead, Body: "sounds good", ProviderID: fmt.Sprintf("SM%d", i), CreatedAt: t}
			if err := tx.MessageAppend(ctx, in); err != nil {
				return err
			}
			out := &store.Message{ID: fmt.Sprintf("m%d-out", i), TenantID: "acme", ConversationID: id,
				Direction: store.Outbound, Origin: store.OriginAI, Body: "great, when works?", CreatedAt: t}
			if err := tx.MessageAppend(ctx, out); err != nil {
				return err
			}
			c.Score++
			c.UpdatedAt = t
			if err := tx.ConversationUpdate(ctx, &c); err != nil {
				return err
			}
			if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: fmt.Sprintf("o%d", i), TenantID: "acme", ConversationID: id,
				Kind: store.OutboxAIReply, To: "+15550101234", MessageID: out.ID, IdempotencyKey: out.ID, NotBefore: t, CreatedAt: t}); err != nil {
				return err
			}
			return tx.EventAppend(ctx, &store.Event{ID: fmt.Sprintf("e%d", i), TenantID: "acme", ConversationID: id,
				Kind: store.EventDelivered, From: c.State, To: c.State, Actor: "ai", CreatedAt: t})
		})
		if err != nil {
			b.Fatal(err)
		}
		// Keep the pending set small, as a running dispatcher would.
		if i%100 == 0 {
			err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
				items, err := tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: now.Add(time.Hour * 1000), Limit: 200})
				for _, it := range items {
					if err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: it.TenantID, ID: it.ID, Status: store.OutboxDone, Now: now}); err != nil {
						return err
					}
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
