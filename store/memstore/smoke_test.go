package memstore_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

func TestSmoke(t *testing.T) {
	ctx := context.Background()
	st := memstore.New()
	now := time.Now()
	must(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		must(t, tx.ConversationInsert(ctx, &store.Conversation{ID: "c", TenantID: "t"}))
		must(t, tx.MessageAppend(ctx, &store.Message{ID: "m", TenantID: "t", ConversationID: "c", ProviderID: "p"}))
		mustIs(t, tx.MessageAppend(ctx, &store.Message{ID: "m2", TenantID: "t", ConversationID: "c", ProviderID: "p"}), store.ErrDuplicate)
		must(t, tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: "o", TenantID: "t", ConversationID: "c", IdempotencyKey: "k", NotBefore: now}))
		return nil
	}))
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		_ = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			must(t, tx.SuppressionPut(ctx, &store.Suppression{TenantID: "t", Address: "a"}))
			n, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: "t", ConversationID: "c"})
			must(t, err)
			if n != 1 {
				t.Fatalf("cancelled %d", n)
			}
			panic("x")
		})
	}()
	err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.SuppressionGet(ctx, "t", "a")
		mustIs(t, err, store.ErrNotFound)
		items, err := tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: now})
		must(t, err)
		if len(items) != 1 {
			t.Fatalf("claimed %d", len(items))
		}
		must(t, tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: "t", ID: "o", Status: store.OutboxDone, Now: now}))
		return errors.New("boom")
	})
	if err == nil || err.Error() != "boom" {
		t.Fatal(err)
	}
	must(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		it, err := tx.OutboxGet(ctx, "t", "o")
		must(t, err)
		if it.Status != store.OutboxPending {
			t.Fatal(it.Status)
		}
		mustIs(t, tx.EventAppend(ctx, &store.Event{}), store.ErrReadOnly)
		return nil
	}))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustIs(t *testing.T, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("got %v, want %v", err, target)
	}
}
