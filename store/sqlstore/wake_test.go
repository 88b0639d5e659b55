package sqlstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/internal/pgxlisten"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestWakeAcrossInstances: a commit that enqueues through one Store wakes
// the subscribers of another Store on the same PostgreSQL database (another
// process, as far as the database can tell) through LISTEN/NOTIFY.
func TestWakeAcrossInstances(t *testing.T) {
	url := pgtest.URL(t)
	writer := databases[1].newStore(t, url)
	db := openDB(t, "pgx", url)
	listening, err := sqlstore.New(sqlstore.Postgres, db, &sqlstore.Config{Listener: pgxlisten.Listener{URL: url}})
	require.NoError(t, err)
	t.Cleanup(func() { listening.Close() })

	ctx := t.Context()
	ch, err := listening.Subscribe(ctx)
	require.NoError(t, err)
	c := &store.Conversation{ID: "c1", TenantID: "t1", Lead: store.Lead{Phone: "+15550100001"}, State: store.StateAIActive,
		Status: store.StatusNew, CreatedAt: time.Now(), UpdatedAt: time.Now()}
	require.NoError(t, writer.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return tx.ConversationInsert(ctx, c) }))
	// The listener's first wake-up (it cannot know what it missed before
	// LISTEN) may arrive at any time: wait for it, then drain.
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("the listener did not start")
	}
	time.Sleep(100 * time.Millisecond)
	select {
	case <-ch:
	default:
	}
	for i := range 3 {
		require.NoError(t, writer.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: "o" + string(rune('0'+i)), TenantID: "t1", ConversationID: "c1",
				Kind: store.OutboxAIReply, To: "+15550100001", IdempotencyKey: "k" + string(rune('0'+i)), NotBefore: time.Now(),
				CreatedAt: time.Now(), UpdatedAt: time.Now()})
		}))
		select {
		case <-ch:
		case <-time.After(10 * time.Second):
			t.Fatalf("commit %d through another Store did not wake the listening Store", i)
		}
	}
}
