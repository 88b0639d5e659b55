package sqlstore_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestCommitOutlivesTheCallersCancel: a transaction whose statements all
// ran either commits and InTx reports success, or InTx reports failure
// and nothing was applied, however the caller's context is cancelled
// around the commit. A cancel that lands as the commit starts (a wrapped
// driver cancels the caller's context when database/sql calls the
// driver's Commit) no longer interrupts it: PostgreSQL's commit ran on
// the caller's context, so a cancel there could end it after the server
// had applied it, reported as "sqlstore: commit: context canceled" with
// the row in the table (handoff's TestCarrierOptOutOvertakesTheSender-
// ThenRetried saw it). A cancel before the commit starts still rolls
// back, and says so.
func TestCommitOutlivesTheCallersCancel(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		loc := d.location(t)
		d.newStore(t, loc) // migrated
		var onCommit atomic.Pointer[context.CancelFunc]
		w := commitHookDB(t, d, loc, func() {
			if f := onCommit.Load(); f != nil {
				(*f)()
			}
		})
		st, err := sqlstore.New(d.dialect, w, nil)
		require.NoError(t, err)
		put := func(ctx context.Context, tx store.Tx, addr string) error {
			return tx.SuppressionPut(ctx, &store.Suppression{TenantID: "t", Address: addr, Channel: store.ChannelSMS,
				Reason: "keyword:STOP", CreatedAt: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)})
		}
		stored := func(addr string) bool {
			var err error
			require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
				_, err = tx.SuppressionGet(ctx, "t", addr)
				return nil
			}))
			if err != nil {
				require.ErrorIs(t, err, store.ErrNotFound)
			}
			return err == nil
		}

		// Cancelled as the commit starts: committed, and reported so.
		for i, addr := range []string{"+15550100001", "+15550100002", "+15550100003"} {
			ctx, cancel := context.WithCancel(context.Background())
			onCommit.Store(&cancel)
			err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return put(ctx, tx, addr) })
			onCommit.Store(nil)
			require.ErrorIs(t, ctx.Err(), context.Canceled, "the cancel landed (%d)", i)
			require.NoError(t, err, "a commit the caller's cancel cannot interrupt (%d)", i)
			require.True(t, stored(addr), "reported committed, so applied (%d)", i)
		}

		// Cancelled after the last statement, before the commit: rolled
		// back, and reported so.
		ctx, cancel := context.WithCancel(context.Background())
		err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			err := put(ctx, tx, "+15550100009")
			cancel()
			return err
		})
		require.ErrorIs(t, err, context.Canceled)
		require.False(t, stored("+15550100009"), "reported failed, so not applied")

		// The store goes on as before.
		require.NoError(t, st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error { return put(ctx, tx, "+15550100010") }))
		require.True(t, stored("+15550100010"))
	})
}

// commitHookDB opens d at loc through a driver whose transactions call
// onCommit as database/sql hands them the commit, before the driver's
// own Commit runs.
func commitHookDB(t *testing.T, d database, loc string, onCommit func()) *sql.DB {
	t.Helper()
	name, dsn := "sqlite", sqlstore.SQLiteDSN(loc)
	if d.dialect == sqlstore.Postgres {
		name, dsn = "pgx", loc
	}
	probe, err := sql.Open(name, dsn)
	require.NoError(t, err)
	drv := probe.Driver()
	require.NoError(t, probe.Close())
	var c driver.Connector = dsnConnector{dsn: dsn, drv: drv}
	if dc, ok := drv.(driver.DriverContext); ok {
		c, err = dc.OpenConnector(dsn)
		require.NoError(t, err)
	}
	db := sql.OpenDB(hookConnector{Connector: c, onCommit: onCommit})
	t.Cleanup(func() { db.Close() })
	return db
}

type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

type hookConnector struct {
	driver.Connector
	onCommit func()
}

func (c hookConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &hookConn{Conn: conn, onCommit: c.onCommit}, nil
}

// hookConn passes every ability of the driver's connection through, and
// wraps its transactions.
type hookConn struct {
	driver.Conn
	onCommit func()
}

func (c *hookConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	var tx driver.Tx
	var err error
	if b, ok := c.Conn.(driver.ConnBeginTx); ok {
		tx, err = b.BeginTx(ctx, opts)
	} else {
		tx, err = c.Conn.Begin() //nolint:staticcheck // the driver has nothing else
	}
	if err != nil {
		return nil, err
	}
	return hookTx{Tx: tx, onCommit: c.onCommit}, nil
}

func (c *hookConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	if p, ok := c.Conn.(driver.ConnPrepareContext); ok {
		return p.PrepareContext(ctx, query)
	}
	return c.Conn.Prepare(query)
}

func (c *hookConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	if e, ok := c.Conn.(driver.ExecerContext); ok {
		return e.ExecContext(ctx, query, args)
	}
	return nil, driver.ErrSkip
}

func (c *hookConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	if q, ok := c.Conn.(driver.QueryerContext); ok {
		return q.QueryContext(ctx, query, args)
	}
	return nil, driver.ErrSkip
}

func (c *hookConn) CheckNamedValue(v *driver.NamedValue) error {
	if n, ok := c.Conn.(driver.NamedValueChecker); ok {
		return n.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

func (c *hookConn) Ping(ctx context.Context) error {
	if p, ok := c.Conn.(driver.Pinger); ok {
		return p.Ping(ctx)
	}
	return nil
}

func (c *hookConn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *hookConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

type hookTx struct {
	driver.Tx
	onCommit func()
}

func (t hookTx) Commit() error {
	t.onCommit()
	return t.Tx.Commit()
}
