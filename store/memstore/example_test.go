package memstore_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// Example shows a conversation created in one transaction, a
// compare-and-swap update that loses to a concurrent writer, and a
// transaction rolled back by an error.
func Example() {
	ctx := context.Background()
	st := memstore.New()
	now := time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

	c := store.Conversation{
		ID: "c1", TenantID: "acme",
		Lead:  store.Lead{Name: "Dana", Phone: "+15550101234"},
		State: store.StateAIActive, Status: store.StatusNew,
		CreatedAt: now, UpdatedAt: now,
	}
	err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ConversationInsert(ctx, &c)
	})
	fmt.Println("insert:", err, "version", c.Version)

	// Two writers read version 1; the second update loses.
	stale := c
	err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		c.State = store.StateHandoff
		return tx.ConversationUpdate(ctx, &c)
	})
	fmt.Println("first update:", err, "version", c.Version)
	err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		stale.State = store.StatePaused
		return tx.ConversationUpdate(ctx, &stale)
	})
	fmt.Println("stale update conflicts:", errors.Is(err, store.ErrConflict))

	// An error inside the transaction undoes its writes.
	errBoom := errors.New("boom")
	err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.MessageAppend(ctx, &store.Message{
			ID: "m1", TenantID: "acme", ConversationID: "c1",
			Direction: store.Inbound, Origin: store.OriginLead, Body: "hi", CreatedAt: now,
		}); err != nil {
			return err
		}
		return errBoom
	})
	fmt.Println("rolled back:", errors.Is(err, errBoom))

	_ = st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		got, _ := tx.ConversationGet(ctx, "acme", "c1")
		msgs, _ := tx.MessageList(ctx, store.MessageListParams{TenantID: "acme", ConversationID: "c1"})
		fmt.Println("state:", got.State, "version", got.Version, "messages", len(msgs))
		return nil
	})
	// Output:
	// insert: <nil> version 1
	// first update: <nil> version 2
	// stale update conflicts: true
	// rolled back: true
	// state: handoff version 2 messages 0
}
