package twoproc_test

import (
	"context"
	"database/sql"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// Holding one process inside its call. The tests that order two
// processes' commits run the other process's call through a hold point
// (a calendar, an Extractor or a store that reaches it after the call
// read what it decides on and before its commit): the child creates the
// file Blocked and waits for the file Release, which this process
// creates once its own call has committed or waits on the child's.

// holdPoint is the child's side: the first call of wait holds until the
// parent releases it; every call returns that hold's error.
type holdPoint struct {
	blocked, release string
	once             sync.Once
	held             bool
	err              error
}

func newHoldPoint(cfg sideConfig) *holdPoint {
	return &holdPoint{blocked: cfg.Blocked, release: cfg.Release}
}

// wait creates the file blocked and returns when the file release exists
// (or ctx ends), the first time; later calls return at once.
func (h *holdPoint) wait(ctx context.Context) error {
	h.once.Do(func() {
		h.held = true
		if h.err = os.WriteFile(h.blocked, nil, 0o600); h.err == nil {
			h.err = fileAppears(ctx, h.release)
		}
	})
	return h.err
}

// check is the error a held side returns after its call: the hold's, or
// one saying the call never reached the hold point (so the test ordered
// nothing).
func (h *holdPoint) check(what string) error {
	switch {
	case h.err != nil:
		return &holdError{what: what, err: h.err}
	case !h.held:
		return &holdError{what: what}
	}
	return nil
}

type holdError struct {
	what string
	err  error
}

func (e *holdError) Error() string {
	if e.err == nil {
		return e.what + ": the call never reached its hold point, so it was not held"
	}
	return e.what + ": " + e.err.Error()
}

func (e *holdError) Unwrap() error { return e.err }

// heldChild is the parent's side: a child process running side cfg,
// held at its hold point.
type heldChild struct {
	cfg      sideConfig
	cmd      *exec.Cmd
	released bool
}

// startHeld starts side cfg in a child process (cfg's Dialect, DSN and
// Mode set by the caller; its Log, Blocked, Release and a Deadline a
// minute away filled in here) and returns once the child holds its call.
// A test that ends before release lets the child go and waits for it.
func startHeld(t *testing.T, cfg sideConfig) *heldChild {
	t.Helper()
	dir := t.TempDir()
	cfg.Log, cfg.Blocked, cfg.Release = filepath.Join(dir, "child.log"), filepath.Join(dir, "blocked"), filepath.Join(dir, "release")
	if cfg.Deadline.IsZero() {
		cfg.Deadline = time.Now().Add(time.Minute)
	}
	h := &heldChild{cfg: cfg, cmd: startChild(t, cfg)}
	t.Cleanup(func() {
		if !h.released {
			_ = os.WriteFile(cfg.Release, nil, 0o600)
			_ = h.cmd.Wait()
		}
	})
	ctx, cancel := context.WithDeadline(context.Background(), cfg.Deadline)
	defer cancel()
	require.NoError(t, fileAppears(ctx, cfg.Blocked), "the other process holds its call at its hold point")
	return h
}

// release lets the child go on, waits for it to end and returns its
// log's lines.
func (h *heldChild) release(t *testing.T) []string {
	t.Helper()
	require.NoError(t, os.WriteFile(h.cfg.Release, nil, 0o600))
	h.released = true
	require.NoError(t, h.cmd.Wait(), "the child process's side")
	return readLines(t, h.cfg.Log)
}

// holdStore is a store.Store whose write transactions reach hold at one
// Tx method: before the first call of the method named at (or just after
// it returned, when after is set), once. Its Tx keeps the address lock
// and the indexes of the Tx it wraps.
type holdStore struct {
	store.Store
	at    string // "ConversationInsert", "ConversationUpdate" or "MessageAppend"
	after bool
	hold  func(ctx context.Context) error
}

func (s *holdStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return fn(ctx, holdTx{Tx: tx, s: s})
	})
}

type holdTx struct {
	store.Tx
	s *holdStore
}

// around runs op, reaching the hold point before or after it when op is
// the method held at.
func (tx holdTx) around(ctx context.Context, method string, op func() error) error {
	if method != tx.s.at {
		return op()
	}
	if !tx.s.after {
		if err := tx.s.hold(ctx); err != nil {
			return err
		}
		return op()
	}
	if err := op(); err != nil {
		return err
	}
	return tx.s.hold(ctx)
}

func (tx holdTx) ConversationInsert(ctx context.Context, c *store.Conversation) error {
	return tx.around(ctx, "ConversationInsert", func() error { return tx.Tx.ConversationInsert(ctx, c) })
}

func (tx holdTx) ConversationUpdate(ctx context.Context, c *store.Conversation) error {
	return tx.around(ctx, "ConversationUpdate", func() error { return tx.Tx.ConversationUpdate(ctx, c) })
}

func (tx holdTx) MessageAppend(ctx context.Context, m *store.Message) error {
	return tx.around(ctx, "MessageAppend", func() error { return tx.Tx.MessageAppend(ctx, m) })
}

func (tx holdTx) AddressLock(ctx context.Context, tenantID, address string) error {
	return store.LockAddress(ctx, tx.Tx, tenantID, address)
}

func (tx holdTx) MessageGet(ctx context.Context, tenantID, id string) (store.Message, error) {
	return tx.Tx.(store.IndexTx).MessageGet(ctx, tenantID, id)
}

func (tx holdTx) OutboxGetByProviderID(ctx context.Context, tenantID, providerID string) (store.OutboxItem, error) {
	return tx.Tx.(store.IndexTx).OutboxGetByProviderID(ctx, tenantID, providerID)
}

func (tx holdTx) OutboxOpen(ctx context.Context, p store.OutboxOpenParams) ([]store.OutboxItem, error) {
	return tx.Tx.(store.IndexTx).OutboxOpen(ctx, p)
}

func (tx holdTx) ConversationFind(ctx context.Context, p store.ConversationFindParams) (store.Conversation, error) {
	return tx.Tx.(store.IndexTx).ConversationFind(ctx, p)
}

var _ interface {
	store.IndexTx
	store.AddressLockTx
} = holdTx{}

// lockWaits tells when a transaction of this process waits for a lock
// another process's transaction holds: with SQLite, the Store's notice
// that it retries a transaction on the other process's write lock
// (SQLITE_BUSY); with PostgreSQL, a backend of the database waiting for
// a lock (an address's advisory lock, a row's).
type lockWaits struct {
	db     database
	dsn    string
	busy   chan struct{}
	once   sync.Once
	logger *slog.Logger
}

func newLockWaits(db database, dsn string) *lockWaits {
	w := &lockWaits{db: db, dsn: dsn, busy: make(chan struct{})}
	w.logger = slog.New(busyHandler{w})
	return w
}

// busyHandler closes busy on the Store's retry notice.
type busyHandler struct{ w *lockWaits }

func (h busyHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h busyHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h busyHandler) WithGroup(string) slog.Handler            { return h }
func (h busyHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "sqlstore: retrying transaction" {
		h.w.once.Do(func() { close(h.w.busy) })
	}
	return nil
}

// open opens this process's store on the database, its retries reported
// to w.
func (w *lockWaits) open(t *testing.T) store.Store {
	t.Helper()
	st, closeDB, err := openStoreLogged(w.db.dialect, w.dsn, w.logger)
	require.NoError(t, err)
	t.Cleanup(closeDB)
	return st
}

// waitOrReturn returns true once a call of this process waits for the
// other process's transaction, false once it returned (done closed)
// without waiting.
func (w *lockWaits) waitOrReturn(t *testing.T, done <-chan struct{}) bool {
	t.Helper()
	var probe *sql.DB
	if w.db.dialect == sqlstore.Postgres {
		var err error
		probe, err = sql.Open("pgx", w.dsn)
		require.NoError(t, err)
		defer probe.Close()
	}
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		select {
		case <-done:
			return false
		case <-w.busy:
			return true
		default:
		}
		if probe != nil {
			var waiting int
			require.NoError(t, probe.QueryRow(`SELECT count(*) FROM pg_stat_activity
				WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`).Scan(&waiting))
			if waiting > 0 {
				return true
			}
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("the call neither returned nor waited for the other process within a minute")
	return false
}
