package sqlstore_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestPostgresDeadlockRetried provokes a real deadlock: two transactions
// update conversations a and b in opposite orders. PostgreSQL aborts one
// with 40P01; InTx runs its function again and both commit.
func TestPostgresDeadlockRetried(t *testing.T) {
	d := databases[1]
	d.require(t)
	ctx := context.Background()
	st := d.newStore(t, d.location(t))
	now := time.Now()
	require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, id := range []string{"a", "b"} {
			if err := tx.ConversationInsert(ctx, &store.Conversation{TenantID: "t", ID: id, State: store.StateAIActive,
				Status: store.StatusNew, CreatedAt: now, UpdatedAt: now}); err != nil {
				return err
			}
		}
		return nil
	}))

	var runs atomic.Int32
	var firstLocks sync.WaitGroup // both first attempts hold their first row
	firstLocks.Add(2)
	bump := func(first, second string) error {
		attempt := 0
		return st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			runs.Add(1)
			attempt++
			sqlTx, _ := sqlstore.SQLTx(tx)
			if _, err := sqlTx.ExecContext(ctx, `UPDATE handoff_conversations SET score = score + 1 WHERE id = $1`, first); err != nil {
				return err
			}
			if attempt == 1 {
				firstLocks.Done()
				firstLocks.Wait()
			}
			_, err := sqlTx.ExecContext(ctx, `UPDATE handoff_conversations SET score = score + 1 WHERE id = $1`, second)
			return err
		})
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Add(2)
	go func() { defer wg.Done(); errs[0] = bump("a", "b") }()
	go func() { defer wg.Done(); errs[1] = bump("b", "a") }()
	wg.Wait()
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	require.GreaterOrEqual(t, runs.Load(), int32(3), "one transaction was aborted by the deadlock and run again")
	require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		for _, id := range []string{"a", "b"} {
			c, err := tx.ConversationGet(ctx, "t", id)
			require.NoError(t, err)
			require.Equal(t, 2, c.Score, "conversation %s", id)
		}
		return nil
	}))
}
