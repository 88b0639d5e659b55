package sqlstore_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// TestOutboxClaimTwoInstances runs two "app instances" (two *sql.DB on one
// database) with four dispatcher goroutines each, claiming from one outbox
// until it is empty: every item is claimed exactly once.
func TestOutboxClaimTwoInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		instances := []store.Store{d.newStore(t, loc), d.newStore(t, loc)}

		const items = 300
		now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
		require.NoError(t, instances[0].InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			c := &store.Conversation{TenantID: "t", ID: "c", State: store.StateHandoff, Status: store.StatusHot, CreatedAt: now, UpdatedAt: now}
			if err := tx.ConversationInsert(ctx, c); err != nil {
				return err
			}
			for i := range items {
				err := tx.OutboxEnqueue(ctx, &store.OutboxItem{
					TenantID: "t", ID: fmt.Sprintf("o%03d", i), ConversationID: "c",
					Kind: store.OutboxRepNotification, To: "rep", IdempotencyKey: fmt.Sprintf("k%03d", i),
					NotBefore: now.Add(-time.Duration(i%7) * time.Second), CreatedAt: now, UpdatedAt: now,
				})
				if err != nil {
					return err
				}
			}
			return nil
		}))

		var (
			mu      sync.Mutex
			claimed = map[string]int{}
			wg      sync.WaitGroup
			errs    = make(chan error, 8)
		)
		for i := range 8 {
			st := instances[i%2]
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					var got []store.OutboxItem
					err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
						var err error
						got, err = tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: now, Limit: 3, LeaseFor: time.Hour})
						return err
					})
					if err != nil {
						errs <- err
						return
					}
					if len(got) == 0 {
						return
					}
					mu.Lock()
					for _, it := range got {
						claimed[it.ID]++
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		require.Len(t, claimed, items, "every item claimed")
		for id, n := range claimed {
			require.Equal(t, 1, n, "item %s claimed %d times", id, n)
		}
	})
}
