package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Dialect names the SQL database behind a [Store].
type Dialect string

// The supported dialects.
const (
	// SQLite is SQLite 3.35 or later through modernc.org/sqlite (pure Go,
	// driver name "sqlite"). Open the database with [SQLiteDSN].
	SQLite Dialect = "sqlite"
	// Postgres is PostgreSQL 13 or later through
	// github.com/jackc/pgx/v5/stdlib (driver name "pgx").
	Postgres Dialect = "postgres"
)

// DefaultMaxRetries is how many times [Store.InTx] retries a transaction
// that failed on a serialization failure or deadlock (PostgreSQL) when
// Config.MaxRetries is zero.
const DefaultMaxRetries = 8

// DefaultBusyTimeout is how long a SQLite transaction keeps trying to take
// a lock another process holds when Config.BusyTimeout is zero.
const DefaultBusyTimeout = 10 * time.Second

// DefaultIdleConns is how many idle connections [New] keeps in a PostgreSQL
// pool when Config.IdleConns is zero: enough for a Dispatcher's default
// concurrency, its claims and the engine's calls between bursts.
const DefaultIdleConns = 16

// DefaultIdleTime is how long an idle PostgreSQL connection is kept when
// [New] sizes the pool (see Config.IdleConns).
const DefaultIdleTime = 5 * time.Minute

// Config configures a [Store]. A nil *Config means the defaults.
type Config struct {
	// Reader is an optional pool for [Store.View]. With SQLite, open it on
	// the same file as the writer (see [SQLiteDSN]) so that reads run
	// concurrently with the single writer connection. It must reach the
	// same database as the writer, never a lagging replica. Nil means reads
	// use the writer. The Store does not close it.
	Reader *sql.DB

	// MaxRetries bounds the retries of one [Store.InTx] call after a
	// PostgreSQL serialization failure (40001) or deadlock (40P01). Zero
	// means [DefaultMaxRetries]; negative means no retry.
	MaxRetries int

	// BusyTimeout bounds, with SQLite, how long one transaction keeps
	// trying to take a lock that another process holds (SQLITE_BUSY or
	// SQLITE_LOCKED), counted from the first time it finds the lock held:
	// time spent waiting for the Store's one writer connection behind
	// this process's own transactions is not counted. The caller's
	// context bounds both. Zero means [DefaultBusyTimeout]; negative means
	// no wait beyond the DSN's busy_timeout. The Store polls for the lock every millisecond or so,
	// which is what keeps two processes writing one file fair: see
	// [SQLiteDSN].
	BusyTimeout time.Duration

	// KeepWriterPool stops [New] from limiting a SQLite writer to one open
	// connection. Leave it false: with several writer connections, SQLite
	// writers starve each other under load.
	KeepWriterPool bool

	// IdleConns is how many idle connections [New] keeps in a PostgreSQL
	// writer pool (SetMaxIdleConns), closing those idle for
	// [DefaultIdleTime] (SetConnMaxIdleTime). With database/sql's default
	// of two, a pool serving a Dispatcher closes connections after each
	// burst and opens new ones, each a new server process that parses
	// every statement again. Zero means [DefaultIdleConns]; negative leaves
	// the pool's idle settings as the caller made them (behind PgBouncer,
	// say).
	IdleConns int

	// Logger receives retry notices at Debug level. Nil discards.
	Logger *slog.Logger

	// Listener, with PostgreSQL, delivers the notifications that commits
	// in other processes send when they enqueue outbox items (the schema
	// has a trigger for that), so [Store.Subscribe] wakes a Dispatcher
	// within milliseconds of a commit anywhere, not only at its next poll.
	// Nil means Subscribe sees only this Store's own commits. The package
	// imports no driver; see [Listener] for a pgx implementation.
	Listener Listener
}

// Listener receives PostgreSQL notifications for a [Store]. Build one from
// your driver; with pgx (github.com/jackc/pgx/v5) it is a few lines:
//
//	type pgxListener struct{ pool *pgxpool.Pool }
//
//	func (l pgxListener) Listen(ctx context.Context, channel string, notify func()) error {
//		conn, err := l.pool.Acquire(ctx)
//		if err != nil {
//			return err
//		}
//		defer conn.Release()
//		if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
//			return err
//		}
//		for {
//			if _, err := conn.Conn().WaitForNotification(ctx); err != nil {
//				return err
//			}
//			notify()
//		}
//	}
type Listener interface {
	// Listen runs LISTEN channel on a connection of its own and calls
	// notify for every notification until ctx is done (then it returns
	// ctx's error) or the connection fails (then it returns that error,
	// and the Store listens again after a pause).
	Listen(ctx context.Context, channel string, notify func()) error
}

// notifyChannel is the channel the schema's trigger notifies on every
// statement that inserts outbox items: "handoff_" and the name of the
// schema the tables are in, cut to PostgreSQL's 63 characters.
func (s *Store) notifyChannel(ctx context.Context) (string, error) {
	var ch string
	err := s.writer.QueryRowContext(ctx, `SELECT left('handoff_' || current_schema(), 63)`).Scan(&ch)
	return ch, err
}

// Store is a [store.Store] on a database/sql database. It is safe for
// concurrent use. Create it with [New] and create its tables with
// [Store.Migrate].
type Store struct {
	dialect    Dialect
	writer     *sql.DB
	reader     *sql.DB
	maxRetries int
	busyFor    time.Duration // how long SQLITE_BUSY is retried
	log        *slog.Logger
	q          *queries
	closed     atomic.Bool
	// Prepared statements (SQLite only) for the writer and the reader;
	// rstmts == wstmts when there is no separate reader.
	wstmts, rstmts *stmtCache

	// wake-ups (see Subscribe)
	listener  Listener
	subsMu    sync.Mutex
	subs      map[chan struct{}]struct{}
	listening bool
	bg        context.Context // ends at Close
	stop      context.CancelFunc
}

var _ store.Store = (*Store)(nil)

// New returns a Store on writer, a database opened by the caller with the
// driver of dialect: modernc.org/sqlite for [SQLite], pgx's stdlib driver for
// [Postgres]. The package imports no driver itself.
//
// For SQLite, New limits writer to one open connection (writes through one
// connection are fair under load; several starve each other) unless
// cfg.KeepWriterPool is set, and cfg.Reader, when set, serves [Store.View].
// Open both with [SQLiteDSN]:
//
//	writer, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
//	reader, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
//	st, err := sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: reader})
//	err = st.Migrate(ctx)
//
// For PostgreSQL one pool serves both. New keeps [DefaultIdleConns] of its
// connections idle (database/sql keeps two; see cfg.IdleConns): a
// Dispatcher's bursts otherwise close and reopen connections, which
// delayed deliveries by 100-250 ms in the commit-to-Sender benchmark:
//
//	db, err := sql.Open("pgx", "postgres://user@host/db")
//	st, err := sqlstore.New(sqlstore.Postgres, db, nil)
//
// New does not touch the database; [Store.Migrate] creates or upgrades the
// schema and must run once before the first transaction.
func New(dialect Dialect, writer *sql.DB, cfg *Config) (*Store, error) {
	if writer == nil {
		return nil, errors.New("sqlstore: New: writer *sql.DB is nil")
	}
	var c Config
	if cfg != nil {
		c = *cfg
	}
	q, ok := queriesFor[dialect]
	if !ok {
		return nil, fmt.Errorf("sqlstore: New: unknown dialect %q (use sqlstore.SQLite or sqlstore.Postgres)", dialect)
	}
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	}
	switch {
	case c.BusyTimeout == 0:
		c.BusyTimeout = DefaultBusyTimeout
	case c.BusyTimeout < 0:
		c.BusyTimeout = 0
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case dialect == SQLite && !c.KeepWriterPool:
		writer.SetMaxOpenConns(1)
	case dialect == Postgres && c.IdleConns >= 0:
		n := c.IdleConns
		if n == 0 {
			n = DefaultIdleConns
		}
		writer.SetMaxIdleConns(n)
		writer.SetConnMaxIdleTime(DefaultIdleTime)
	}
	reader := c.Reader
	if reader == nil {
		reader = writer
	}
	s := &Store{
		dialect:    dialect,
		writer:     writer,
		reader:     reader,
		maxRetries: c.MaxRetries,
		busyFor:    c.BusyTimeout,
		log:        c.Logger,
		q:          q,
		listener:   c.Listener,
		subs:       map[chan struct{}]struct{}{},
	}
	s.bg, s.stop = context.WithCancel(context.Background())
	if dialect == SQLite {
		s.wstmts = &stmtCache{db: writer, q: q}
		s.rstmts = s.wstmts
		if reader != writer {
			s.rstmts = &stmtCache{db: reader, q: q}
		}
	}
	return s, nil
}

// Dialect returns the store's dialect.
func (s *Store) Dialect() Dialect { return s.dialect }

// Close marks the store closed: later calls return [store.ErrClosed]. It
// does not close the *sql.DB handles, which belong to the caller. It does
// not wait for running transactions.
func (s *Store) Close() error {
	s.closed.Store(true)
	s.stop()
	if s.wstmts != nil {
		s.wstmts.close()
		s.rstmts.close()
	}
	return nil
}

// SQLiteDSN returns a modernc.org/sqlite data source name for the database
// file at path with the settings handoffkit relies on under load:
//
//   - journal_mode WAL: readers do not block the writer nor it them;
//   - busy_timeout 5 ms: SQLite's own wait for a lock held by another
//     process is short, and the Store retries for up to
//     Config.BusyTimeout. SQLite's wait sleeps up to 100 ms between looks
//     at the lock, so a process whose writer commits back to back could
//     hold it for seconds while another waited; the Store's retries look
//     every millisecond or so and find the gaps between its commits;
//   - synchronous NORMAL: no fsync per commit; a crash of the process
//     loses no committed transaction, a power loss may lose the last ones
//     but never corrupts the file;
//   - foreign_keys on;
//   - _txlock=immediate: write transactions take the write lock at BEGIN, so
//     a read-then-write transaction never fails to upgrade its lock
//     (SQLITE_BUSY) when another connection or process writes.
//
// Use it with sql.Open("sqlite", sqlstore.SQLiteDSN(path)) after importing
// modernc.org/sqlite. Read-only transactions ([Store.View]) begin deferred
// on any connection, so the reader pool may use the same DSN.
func SQLiteDSN(path string) string {
	v := url.Values{}
	v.Add("_pragma", "busy_timeout(5)")
	v.Add("_pragma", "journal_mode(WAL)")
	v.Add("_pragma", "synchronous(NORMAL)")
	v.Add("_pragma", "foreign_keys(1)")
	v.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + v.Encode()
}

// SQLTx returns the *sql.Tx under tx when tx was handed out by [Store.InTx]
// of this package, so a host can write its own tables in the same commit:
//
//	cfg.OnHandoff = func(ctx context.Context, tx store.Tx, c store.Conversation) error {
//		sqlTx, ok := sqlstore.SQLTx(tx)
//		if !ok {
//			return errors.New("not a sqlstore transaction")
//		}
//		_, err := sqlTx.ExecContext(ctx, `UPDATE leads SET status = 'hot' WHERE id = ?`, c.ID)
//		return err
//	}
//
// It reports false for any other Tx, including the read-only Tx of
// [Store.View]. The *sql.Tx must not be committed or rolled back by the
// caller, nor used after the function given to InTx returns.
func SQLTx(tx store.Tx) (*sql.Tx, bool) {
	t, ok := tx.(*txn)
	if !ok || t.readOnly || t.sqlTx == nil {
		return nil, false
	}
	return t.sqlTx, true
}

// InTx implements [store.Store]. It runs fn in one read-write transaction:
// with SQLite, on the single writer connection, begun IMMEDIATE when the
// writer was opened with [SQLiteDSN]; with PostgreSQL, at READ COMMITTED
// (conversation updates are compare-and-swap on the version column). When
// the database reports a serialization failure or a deadlock, InTx rolls
// back and runs fn again, up to Config.MaxRetries times; when SQLite
// reports another process's lock (SQLITE_BUSY), for up to
// Config.BusyTimeout from the first time it does.
//
// ctx bounds fn's statements and the wait to begin; a ctx that ends
// before the commit starts rolls the transaction back, and InTx returns
// ctx's error. Once fn returned nil and the commit started, ctx no longer
// ends it: the commit runs to its end, bounded by 30 seconds of its own,
// and InTx reports what the database answered. (A cancel landing on the
// commit had ended it after PostgreSQL applied it, and InTx reported
// "sqlstore: commit: context canceled" for a transaction that was
// there.)
//
// fn runs again on a retry, so it must not have side effects outside tx.
// It must not start another transaction of the same Store with SQLite:
// the single writer connection is taken. With the ctx InTx passes to fn,
// such a nested InTx (or View, when there is no Config.Reader) returns
// [ErrNestedTx] instead of waiting forever.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.run(ctx, false, fn)
}

// View implements [store.Store]. It runs fn in a read-only transaction on
// the reader pool (Config.Reader, or the writer): a deferred transaction
// with SQLite (a WAL snapshot taken at the first read), REPEATABLE READ
// READ ONLY with PostgreSQL. Write methods of its Tx return
// [store.ErrReadOnly].
func (s *Store) View(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.run(ctx, true, fn)
}

// inWriteTx marks the ctx handed to fn by a SQLite InTx; its value is the
// *Store.
type inWriteTx struct{}

// ErrNestedTx is returned when InTx, or View without a separate reader,
// is called with the ctx of a running SQLite InTx of the same Store: it
// would wait forever for the single writer connection that the outer
// transaction holds. Do the work in the outer transaction instead.
var ErrNestedTx = errors.New("sqlstore: transaction started inside a SQLite InTx of the same Store (it would wait for the writer connection the outer transaction holds); use the outer Tx")

func (s *Store) run(ctx context.Context, readOnly bool, fn func(ctx context.Context, tx store.Tx) error) error {
	if fn == nil {
		return errors.New("sqlstore: nil transaction function")
	}
	if s.dialect == SQLite && ctx.Value(inWriteTx{}) == s && (!readOnly || s.reader == s.writer) {
		return ErrNestedTx
	}
	return s.retry(ctx, func() error {
		if s.closed.Load() {
			return fmt.Errorf("sqlstore: %w: the Store was closed", store.ErrClosed)
		}
		return s.runOnce(ctx, readOnly, fn)
	})
}

// commitTimeout bounds a commit, which the caller's context no longer
// can once it has started (see runOnce): a database that does not answer
// fails the commit after this long instead of holding the caller.
const commitTimeout = 30 * time.Second

// retry runs once until it succeeds or fails for good: after a PostgreSQL
// serialization failure or deadlock up to maxRetries times with a jittered
// backoff growing to about 25 ms; after SQLITE_BUSY for up to busyFor from
// the first one, looking again every millisecond or so. The context bounds
// both. The busy clock starts at the first SQLITE_BUSY, not at the call:
// time the call queued for the one writer connection behind this process's
// own transactions is no time spent on another process's lock, and had
// counted, so that a write queued longer than busyFor in a burst failed on
// the first lock it met. A retryable error it gives up on is returned
// wrapped with store.ErrBusy, so a caller (a webhook) can tell "try again
// later" from a failure.
func (s *Store) retry(ctx context.Context, once func() error) error {
	var busySince time.Time
	for attempt, polls := 0, 0; ; {
		err := once()
		if err == nil || !s.retryable(err) {
			return err
		}
		var d time.Duration
		if s.busy(err) {
			if busySince.IsZero() {
				busySince = time.Now()
			}
			if time.Since(busySince) >= s.busyFor {
				return fmt.Errorf("%w: %w", store.ErrBusy, err)
			}
			polls++
			d = time.Duration(rand.Int64N(int64(time.Millisecond))) + 100*time.Microsecond
		} else {
			if attempt >= s.maxRetries {
				return fmt.Errorf("%w: %w", store.ErrBusy, err)
			}
			attempt++
			d = time.Duration(rand.Int64N(int64(time.Millisecond)*int64(min(attempt, 25)))) + 50*time.Microsecond
		}
		if polls <= 1 {
			s.log.DebugContext(ctx, "sqlstore: retrying transaction", "attempt", attempt+polls, "err", err)
		}
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w: %w", store.ErrBusy, err)
		case <-t.C:
		}
	}
}

func (s *Store) runOnce(ctx context.Context, readOnly bool, fn func(ctx context.Context, tx store.Tx) error) error {
	db, opts, stmts := s.writer, (*sql.TxOptions)(nil), s.wstmts
	if s.dialect == Postgres {
		// Said, not left to the server's default: the locks taken before a
		// read (an address, a rep's capacity) rely on each statement seeing
		// what committed while it waited, which a role or database set to
		// REPEATABLE READ would not give.
		opts = &sql.TxOptions{Isolation: sql.LevelReadCommitted}
	}
	if readOnly {
		db, stmts = s.reader, s.rstmts
		opts = &sql.TxOptions{ReadOnly: true}
		if s.dialect == Postgres {
			opts.Isolation = sql.LevelRepeatableRead
		}
	}
	if stmts != nil {
		stmts.prepare(ctx) // before BeginTx: it may need the only writer connection
	}
	// The transaction runs on txCtx, not ctx: database/sql ties a
	// transaction's life to its context, and a driver may run the commit
	// on it (pgx does), so a cancel of ctx landing on the commit could
	// end it after the server applied it, reported as failed. txCtx
	// follows ctx until the commit starts (detach), then only the
	// commit's own bound (commitTimeout).
	txCtx, cancelTx := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelTx()
	detach := context.AfterFunc(ctx, cancelTx)
	defer detach()
	sqlTx, err := db.BeginTx(txCtx, opts)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil && errors.Is(err, context.Canceled) {
			err = ctxErr // ctx's own error (a deadline), not txCtx's cancel
		}
		return s.wrap("begin transaction", err)
	}
	t := &txn{s: s, q: s.q, sqlTx: sqlTx, readOnly: readOnly, stmts: stmts}
	if s.dialect == SQLite && !readOnly {
		ctx = context.WithValue(ctx, inWriteTx{}, s)
	}
	committed := false
	defer func() {
		t.done.Store(true)
		if !committed {
			_ = sqlTx.Rollback()
		}
	}()
	if err := fn(ctx, t); err != nil {
		return err
	}
	t.done.Store(true)
	if !detach() {
		// ctx ended before the commit started: nothing is applied
		// (database/sql rolls back, and so does the deferred Rollback)
		return fmt.Errorf("sqlstore: commit: %w", ctx.Err())
	}
	// From here on ctx cannot end the transaction: it commits, or fails
	// as a commit fails, within commitTimeout.
	bound := time.AfterFunc(commitTimeout, cancelTx)
	defer bound.Stop()
	committed = true
	if err := sqlTx.Commit(); err != nil {
		if txErr := txCtx.Err(); txErr != nil && errors.Is(err, sql.ErrTxDone) {
			err = fmt.Errorf("no answer within %v: %w", commitTimeout, txErr)
		}
		return s.wrap("commit", err)
	}
	if t.enqueued {
		s.wake()
	}
	return nil
}

// Subscribe implements [store.Waker]. The channel receives after every
// commit of this Store that enqueued outbox items and, with PostgreSQL and
// a Config.Listener, after such commits in any process on the database,
// until ctx is done.
func (s *Store) Subscribe(ctx context.Context) (<-chan struct{}, error) {
	if s.closed.Load() {
		return nil, fmt.Errorf("sqlstore: subscribe: %w", store.ErrClosed)
	}
	ch := make(chan struct{}, 1)
	s.subsMu.Lock()
	s.subs[ch] = struct{}{}
	startListener := s.dialect == Postgres && s.listener != nil && !s.listening
	s.listening = s.listening || startListener
	s.subsMu.Unlock()
	if startListener {
		go s.listen()
	}
	context.AfterFunc(ctx, func() {
		s.subsMu.Lock()
		delete(s.subs, ch)
		s.subsMu.Unlock()
	})
	return ch, nil
}

// listen keeps the Listener running until Close, pausing after failures.
func (s *Store) listen() {
	for s.bg.Err() == nil {
		ch, err := s.notifyChannel(s.bg)
		if err == nil {
			err = s.listener.Listen(s.bg, ch, s.wake)
		}
		if s.bg.Err() != nil {
			return
		}
		s.log.Warn("sqlstore: listener failed; listening again in a second", "err", err)
		s.wake() // a commit may have been missed
		select {
		case <-s.bg.Done():
		case <-time.After(time.Second):
		}
	}
}

func (s *Store) wake() {
	s.subsMu.Lock()
	defer s.subsMu.Unlock()
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}
