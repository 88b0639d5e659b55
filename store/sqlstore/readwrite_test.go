package sqlstore_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestReadThenWriteTwoInstances runs read-then-write transactions (get the
// conversation, update it by version) from 8 goroutines on two *sql.DB
// handles on one database, with InTx's retries turned off. With SQLite the
// write lock is taken at BEGIN (SQLiteDSN's _txlock=immediate), so no
// transaction fails to upgrade its lock (SQLITE_BUSY) and none sees a
// moved version; with PostgreSQL a moved version is ErrConflict and the
// caller retries. Either way no increment is lost.
func TestReadThenWriteTwoInstances(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		var stores []*sqlstore.Store
		for range 2 {
			w, r := d.open(t, loc)
			st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r, MaxRetries: -1})
			require.NoError(t, err)
			require.NoError(t, st.Migrate(ctx))
			stores = append(stores, st)
		}
		now := time.Now()
		require.NoError(t, stores[0].InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.ConversationInsert(ctx, &store.Conversation{TenantID: "t", ID: "c", State: store.StateAIActive,
				Status: store.StatusNew, CreatedAt: now, UpdatedAt: now})
		}))

		const workers, each = 8, 25
		var wg sync.WaitGroup
		var mu sync.Mutex
		conflicts := 0
		errs := make(chan error, workers)
		for i := range workers {
			st := stores[i%2]
			wg.Add(1)
			go func() {
				defer wg.Done()
				for done := 0; done < each; {
					err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
						c, err := tx.ConversationGet(ctx, "t", "c")
						if err != nil {
							return err
						}
						c.Score++
						return tx.ConversationUpdate(ctx, &c)
					})
					switch {
					case err == nil:
						done++
					case errors.Is(err, store.ErrConflict) && d.dialect == sqlstore.Postgres:
						mu.Lock()
						conflicts++
						mu.Unlock()
					default:
						errs <- err
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err)
		}
		require.NoError(t, stores[1].View(ctx, func(ctx context.Context, tx store.Tx) error {
			c, err := tx.ConversationGet(ctx, "t", "c")
			require.NoError(t, err)
			require.Equal(t, workers*each, c.Score, "no lost update")
			require.Equal(t, int64(workers*each+1), c.Version)
			return nil
		}))
		t.Logf("%s: %d compare-and-swap conflicts retried by the caller", d.name, conflicts)
	})
}
