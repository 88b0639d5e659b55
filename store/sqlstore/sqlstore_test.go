package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

func TestMigrate(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		w, r := d.open(t, loc)
		st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
		require.NoError(t, err)

		// Unmigrated: a clear error naming the fix, never a panic.
		err = st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := tx.ConversationGet(ctx, "t", "c")
			return err
		})
		require.ErrorIs(t, err, sqlstore.ErrNotMigrated)
		require.Contains(t, err.Error(), "Migrate")

		require.NoError(t, st.Migrate(ctx))
		require.NoError(t, st.Migrate(ctx), "re-running Migrate is a no-op")
		var n int
		require.NoError(t, w.QueryRow(`SELECT COUNT(*) FROM handoff_schema_migrations`).Scan(&n))
		require.Equal(t, st.SchemaVersion(), n)

		// A second instance migrating the same database concurrently.
		st2 := d.newStore(t, loc)
		require.NoError(t, st2.Migrate(ctx))

		// A database newer than the code is refused.
		_, err = w.Exec(rebindN(d, `INSERT INTO handoff_schema_migrations (version, name, applied_at) VALUES (?, 'future', ?)`),
			st.SchemaVersion()+1, dbTime(d, time.Now()))
		require.NoError(t, err)
		err = st.Migrate(ctx)
		require.ErrorIs(t, err, sqlstore.ErrSchemaTooNew)
		require.Contains(t, err.Error(), "upgrade handoffkit")
	})
}

func TestClosed(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)

		// A closed *sql.DB.
		w, r := d.open(t, loc)
		st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
		require.NoError(t, err)
		require.NoError(t, st.Migrate(ctx))
		require.NoError(t, w.Close())
		if r != nil {
			require.NoError(t, r.Close())
		}
		for _, run := range []func(context.Context, func(context.Context, store.Tx) error) error{st.InTx, st.View} {
			err = run(ctx, func(ctx context.Context, tx store.Tx) error { return nil })
			require.ErrorIs(t, err, store.ErrClosed)
			require.Contains(t, err.Error(), "closed")
		}
		require.ErrorIs(t, st.Migrate(ctx), store.ErrClosed)

		// A closed Store.
		st2 := d.newStore(t, loc)
		require.NoError(t, st2.Close())
		err = st2.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return nil })
		require.ErrorIs(t, err, store.ErrClosed)
	})
}

func TestNew(t *testing.T) {
	_, err := sqlstore.New(sqlstore.SQLite, nil, nil)
	require.ErrorContains(t, err, "nil")
	db, err := sql.Open("sqlite", ":memory:")
	require.NoError(t, err)
	defer db.Close()
	_, err = sqlstore.New("mysql", db, nil)
	require.ErrorContains(t, err, "sqlstore.SQLite or sqlstore.Postgres")
}

func TestSQLiteDSN(t *testing.T) {
	path := t.TempDir() + "/a b?c#d.db"
	db, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	require.NoError(t, err)
	defer db.Close()
	var mode string
	require.NoError(t, db.QueryRow(`PRAGMA journal_mode`).Scan(&mode))
	require.Equal(t, "wal", mode)
	var timeout, sync, fk int
	require.NoError(t, db.QueryRow(`PRAGMA busy_timeout`).Scan(&timeout))
	require.NoError(t, db.QueryRow(`PRAGMA synchronous`).Scan(&sync))
	require.NoError(t, db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk))
	require.Positive(t, timeout)
	require.Equal(t, 1, sync, "synchronous NORMAL")
	require.Equal(t, 1, fk)
	var file string
	require.NoError(t, db.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file))
	require.Equal(t, path, file)
}

// TestSQLTx checks that SQLTx exposes the *sql.Tx of InTx only.
func TestSQLTx(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		st := d.newStore(t, d.location(t))
		require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			sqlTx, ok := sqlstore.SQLTx(tx)
			require.True(t, ok)
			var one int
			require.NoError(t, sqlTx.QueryRowContext(ctx, `SELECT 1`).Scan(&one))
			return nil
		}))
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			_, ok := sqlstore.SQLTx(tx)
			require.False(t, ok, "View's Tx is read-only")
			return nil
		}))
		_, ok := sqlstore.SQLTx(nil)
		require.False(t, ok)
	})
}

// TestDuplicateKeepsTxUsable checks that an ErrDuplicate does not abort
// the transaction (PostgreSQL aborts a transaction on any failed
// statement): the caller may go on and commit.
func TestDuplicateKeepsTxUsable(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		st := d.newStore(t, d.location(t))
		now := time.Now()
		c := &store.Conversation{TenantID: "t", ID: "c", State: store.StateAIActive, Status: store.StatusNew, CreatedAt: now, UpdatedAt: now}
		require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			require.NoError(t, tx.ConversationInsert(ctx, c))
			require.NoError(t, tx.MessageAppend(ctx, &store.Message{TenantID: "t", ID: "m1", ConversationID: "c", ProviderID: "p", CreatedAt: now}))
			err := tx.MessageAppend(ctx, &store.Message{TenantID: "t", ID: "m2", ConversationID: "c", ProviderID: "p", CreatedAt: now})
			require.ErrorIs(t, err, store.ErrDuplicate)
			require.ErrorIs(t, tx.ConversationInsert(ctx, c), store.ErrDuplicate)
			return tx.EventAppend(ctx, &store.Event{TenantID: "t", ID: "e", ConversationID: "c", Kind: store.EventCreated, CreatedAt: now})
		}))
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			ev, err := tx.EventList(ctx, "t", "c")
			require.NoError(t, err)
			require.Len(t, ev, 1)
			return nil
		}))
	})
}

// TestRetry checks that InTx retries a serialization failure and gives up
// after MaxRetries, and retries SQLITE_BUSY until BusyTimeout.
func TestRetry(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		w, r := d.open(t, d.location(t))
		// (long enough that a first run slowed by a loaded machine still
		// leaves time to look again: at 100 ms a CI run under load saw one
		// run and no retry)
		const busyFor = time.Second
		st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r, MaxRetries: 3, BusyTimeout: busyFor})
		require.NoError(t, err)
		require.NoError(t, st.Migrate(ctx))
		runs := 0
		began := time.Now()
		err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			runs++
			return retryableErr(d)
		})
		require.ErrorIs(t, err, store.ErrBusy, "retries spent: the caller may call again")
		if d.dialect == sqlstore.SQLite {
			// A lock another process holds: looked at again and again
			// until BusyTimeout, then the error.
			require.Greater(t, runs, 4, "SQLITE_BUSY is retried until BusyTimeout, not MaxRetries times")
			require.GreaterOrEqual(t, time.Since(began), busyFor)
		} else {
			require.Equal(t, 4, runs, "one run and three retries")
		}

		runs = 0
		err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			runs++
			return errors.New("not retryable")
		})
		require.Error(t, err)
		require.NotErrorIs(t, err, store.ErrBusy)
		require.Equal(t, 1, runs)
	})
}

// fakeDriverErr mimics the driver errors sqlstore recognises.
type fakeDriverErr struct {
	code  int
	state string
}

func (e fakeDriverErr) Error() string    { return "fake driver error" }
func (e fakeDriverErr) Code() int        { return e.code }
func (e fakeDriverErr) SQLState() string { return e.state }

func retryableErr(d database) error {
	if d.dialect == sqlstore.Postgres {
		return fakeDriverErr{state: "40001"}
	}
	return fakeDriverErr{code: 5} // SQLITE_BUSY
}

func dbTime(d database, t time.Time) any {
	if d.dialect == sqlstore.Postgres {
		return t.UTC()
	}
	return t.UnixMicro()
}

// TestNestedTx checks that a transaction started inside a SQLite InTx of
// the same Store fails fast instead of waiting forever for the single
// writer connection, and that a View on a separate reader still works.
func TestNestedTx(t *testing.T) {
	ctx := context.Background()
	d := databases[0]
	loc := d.location(t)
	withReader := d.newStore(t, loc)
	w, _ := d.open(t, loc)
	writerOnly, err := sqlstore.New(sqlstore.SQLite, w, nil)
	require.NoError(t, err)

	noop := func(context.Context, store.Tx) error { return nil }
	require.NoError(t, withReader.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		require.ErrorIs(t, withReader.InTx(ctx, noop), sqlstore.ErrNestedTx)
		require.NoError(t, withReader.View(ctx, noop), "View runs on the reader pool")
		return nil
	}))
	require.NoError(t, writerOnly.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		require.ErrorIs(t, writerOnly.View(ctx, noop), sqlstore.ErrNestedTx)
		return nil
	}))
}

// TestPostgresKeepsIdleConns: a burst of concurrent transactions, as a
// Dispatcher makes, leaves its connections open for the next burst instead
// of closing all but database/sql's default two; a negative IdleConns
// leaves the pool as the caller set it.
func TestPostgresKeepsIdleConns(t *testing.T) {
	d := databases[1]
	d.require(t)
	loc := d.location(t)
	burst := func(db *sql.DB, cfg *sqlstore.Config) sql.DBStats {
		st, err := sqlstore.New(sqlstore.Postgres, db, cfg)
		require.NoError(t, err)
		require.NoError(t, st.Migrate(context.Background()))
		for range 3 {
			start := make(chan struct{})
			done := make(chan error, 8)
			for range 8 {
				go func() {
					<-start
					done <- st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
						_, err := tx.ConversationGet(ctx, "t", "none")
						if errors.Is(err, store.ErrNotFound) {
							err = nil
						}
						time.Sleep(20 * time.Millisecond) // hold the connection so the eight overlap
						return err
					})
				}()
			}
			close(start)
			for range 8 {
				require.NoError(t, <-done)
			}
		}
		return db.Stats()
	}
	kept, _ := d.open(t, loc)
	require.Zero(t, burst(kept, nil).MaxIdleClosed, "connections closed between bursts")
	plain, _ := d.open(t, loc)
	require.NotZero(t, burst(plain, &sqlstore.Config{IdleConns: -1}).MaxIdleClosed,
		"IdleConns -1 should leave database/sql's default idle size")
}
