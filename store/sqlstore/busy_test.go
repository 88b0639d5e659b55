package sqlstore_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// busyChildEnv names the SQLite file a re-executed test binary writes to
// back to back, from several goroutines, until it is killed.
const busyChildEnv = "HANDOFFKIT_BUSY_CHILD_DB"

// TestSQLiteTwoProcessWriters: one process writes to a SQLite file back
// to back from four goroutines, each transaction holding the lock for
// 2 ms, so its one writer connection is busy about 99% of the time;
// another process's writes must still get through, each within the
// Store's BusyTimeout (3 s here). With SQLite's own busy wait, which
// sleeps up to 100 ms between looks at the lock, the second process
// rarely saw the lock free and its writes failed with SQLITE_BUSY.
func TestSQLiteTwoProcessWriters(t *testing.T) {
	if path := os.Getenv(busyChildEnv); path != "" {
		busyChild(path) // never returns
	}
	t.Parallel()
	path := filepath.Join(t.TempDir(), "busy.db")
	st := openBusyStore(t, path)
	require.NoError(t, st.Migrate(context.Background()))
	require.NoError(t, st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, id := range []string{"parent", "child"} {
			now := time.Now()
			if err := tx.ConversationInsert(ctx, &store.Conversation{TenantID: "t", ID: id, State: store.StateAIActive,
				Status: store.StatusNew, CreatedAt: now, UpdatedAt: now}); err != nil {
				return err
			}
		}
		return nil
	}))

	child := exec.Command(os.Args[0], "-test.run=^TestSQLiteTwoProcessWriters$", "-test.count=1")
	child.Env = append(os.Environ(), busyChildEnv+"="+path)
	out, err := child.StdoutPipe()
	require.NoError(t, err)
	child.Stderr = os.Stderr
	require.NoError(t, child.Start())
	t.Cleanup(func() { _ = child.Process.Kill(); _ = child.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	require.NoError(t, err, "the child did not start writing")
	require.Equal(t, "writing\n", line)

	ctx := context.Background()
	childWrites := func() int {
		var n int
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			evs, err := tx.EventList(ctx, "t", "child")
			n = len(evs)
			return err
		}))
		return n
	}
	for childWrites() < 50 { // the child's four writers are under way
		time.Sleep(10 * time.Millisecond)
	}
	before := childWrites()
	loop := time.Now()
	var waits []time.Duration
	const writes = 30
	for i := range writes {
		began := time.Now()
		err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.EventAppend(ctx, &store.Event{TenantID: "t", ConversationID: "parent", Kind: store.EventRepMessage,
				ID: fmt.Sprint("p", i), Actor: "test", CreatedAt: time.Now()})
		})
		require.NoError(t, err, "write %d of the second process, while the first writes back to back", i)
		waits = append(waits, time.Since(began))
	}
	require.NoError(t, child.Process.Kill())
	during := childWrites() - before
	require.Positive(t, during, "the child wrote nothing meanwhile: the test raced no one")
	// Fair enough: while this process committed its 30 writes one after
	// another, the other process committed no more than ten times as many.
	require.LessOrEqual(t, during, 10*writes, "this process starved while the other wrote back to back")
	slices.Sort(waits)
	t.Logf("%d writes in %s while another process wrote %d: wait p50 %s, max %s", writes, time.Since(loop).Round(time.Millisecond), during,
		waits[writes/2].Round(time.Microsecond), waits[writes-1].Round(time.Microsecond))
}

func openBusyStore(t testing.TB, path string) *sqlstore.Store {
	w, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close() })
	st, err := sqlstore.New(sqlstore.SQLite, w, &sqlstore.Config{BusyTimeout: 3 * time.Second})
	require.NoError(t, err)
	return st
}

// busyChild writes events back to back from four goroutines until killed,
// each transaction holding the lock for 2 ms.
func busyChild(path string) {
	w, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err == nil {
		var st *sqlstore.Store
		if st, err = sqlstore.New(sqlstore.SQLite, w, nil); err == nil {
			err = busyWrite(st)
		}
	}
	fmt.Fprintln(os.Stderr, "busy child:", err)
	os.Exit(3)
}

func busyWrite(st *sqlstore.Store) error {
	ctx := context.Background()
	write := func(i int) error {
		return st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			time.Sleep(2 * time.Millisecond) // a long write
			return tx.EventAppend(ctx, &store.Event{TenantID: "t", ConversationID: "child", Kind: store.EventRepMessage,
				ID: fmt.Sprint("c", i), Actor: "test", CreatedAt: time.Now()})
		})
	}
	if err := write(0); err != nil {
		return err
	}
	fmt.Println("writing")
	errs := make(chan error, 4)
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := 1; ; i++ {
				if err := write(g*1_000_000 + i); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	return <-errs
}

// TestBusyTimeoutCountsOnlyTheOtherProcessesLock: a write that waited
// longer than BusyTimeout for the Store's one writer connection, behind
// this process's own transactions (a burst of webhooks, each a STOP), then
// meets another process's lock once, is retried as any other, not failed
// with SQLITE_BUSY on that first meeting: the time queued in the process
// is not time spent trying to take the other process's lock, and a lead's
// STOP must not be lost to it.
func TestBusyTimeoutCountsOnlyTheOtherProcessesLock(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	d := databases[0]
	w, r := d.open(t, d.location(t))
	const busyFor = time.Second
	st, err := sqlstore.New(sqlstore.SQLite, w, &sqlstore.Config{Reader: r, BusyTimeout: busyFor})
	require.NoError(t, err)
	require.NoError(t, st.Migrate(ctx))

	// This process's other work holds the writer connection.
	held, err := w.Conn(ctx)
	require.NoError(t, err)
	runs := 0
	done := make(chan error, 1)
	go func() {
		done <- st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			runs++
			if runs == 1 {
				return retryableErr(d) // the other process holds the lock, once
			}
			return nil
		})
	}()
	require.Eventually(t, func() bool { return w.Stats().WaitCount > 0 }, time.Minute, time.Millisecond,
		"the write queues for the writer connection")
	time.Sleep(busyFor + busyFor/10) // queued longer than BusyTimeout
	require.NoError(t, held.Close())
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatal("hung: InTx never returned")
	}
	require.NoError(t, err, "one SQLITE_BUSY after a wait in the process is retried")
	require.Equal(t, 2, runs)
}
