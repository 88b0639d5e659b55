// Package sqlstore is a [store.Store] on database/sql, for SQLite (the
// embedded default, through the pure-Go modernc.org/sqlite) and PostgreSQL
// (through github.com/jackc/pgx/v5/stdlib).
//
// The package imports no driver: the host imports one and opens the
// *sql.DB, then hands it to [New] with the matching [Dialect], and calls
// [Store.Migrate] once to create the tables (all named handoff_*; the
// versions applied are recorded in handoff_schema_migrations):
//
//	import _ "modernc.org/sqlite"
//
//	writer, err := sql.Open("sqlite", sqlstore.SQLiteDSN("handoff.db"))
//	reader, err := sql.Open("sqlite", sqlstore.SQLiteDSN("handoff.db"))
//	st, err := sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: reader})
//	err = st.Migrate(ctx)
//	engine, err := handoff.NewEngine(st, nil)
//
// SQLite runs in WAL mode with a busy timeout; every write goes through one
// connection (New limits the writer pool to one), begun IMMEDIATE so that a
// read-then-write transaction never deadlocks, and reads run on the reader
// pool. Several processes may share one file.
//
// PostgreSQL runs write transactions at READ COMMITTED, whatever the
// server's default: conversations are updated by compare-and-swap on their
// version, outbox items are claimed with FOR UPDATE SKIP LOCKED so several
// app instances can dispatch from one database, and serialization failures
// and deadlocks are retried by [Store.InTx]. A claim sets plan_cache_mode
// to force_generic_plan for the rest of its transaction (SET LOCAL): the
// custom plans PostgreSQL otherwise keeps choosing for it are planned
// afresh on every claim, at a cost that doubles with 100,000 deferred
// items. Claim in a transaction of its own, as the Dispatcher does. New
// sizes the writer's idle pool (see Config.IdleConns).
//
// A lead's email is stored as typed (lead_email, which the record
// returns) beside its store.EmailKey (lead_email_key, computed in Go and
// indexed), which ConversationListParams.Email matches; suppressions of
// an email are stored under their key. Migration 7 keyed the rows a
// database held before, in Go, so an old file matches as a new one.
// Migration 8 indexes the conversations of a phone and of an email key in
// the order ConversationList returns them, which an opt-out reads for
// every address it suppresses or links.
//
// A host joins the handoff transaction with [SQLTx], which returns the
// *sql.Tx of a [store.Tx] handed out by InTx: with handoff.Config.OnHandoff,
// a CRM flips its own lead row in the same commit as the handoff.
//
// Errors: [store.ErrNotFound], [store.ErrDuplicate], [store.ErrConflict],
// [store.ErrReadOnly] and [store.ErrClosed] as the contract says, with the
// driver error kept in the chain; [store.ErrBusy] wrapping the driver's
// error when a lock another process holds (SQLite) outlasts BusyTimeout,
// or serialization failures (PostgreSQL) outlast MaxRetries; [ErrNotMigrated] when Migrate was not run;
// [ErrSchemaTooNew] when the database was migrated by a newer handoffkit;
// [ErrNestedTx] when a SQLite transaction is started inside another of the
// same Store. A closed *sql.DB gives [store.ErrClosed], never a panic.
//
// Tests of this package run every check on both databases. PostgreSQL comes
// from a throwaway server started with initdb and pg_ctl when they are
// installed (see internal/pgtest), else from HANDOFF_TEST_POSTGRES_URL;
// otherwise those tests skip, or fail with HANDOFF_REQUIRE_POSTGRES=1.
// scripts/bench-sql.sh compares Engine.Receive with hand-written SQL.
package sqlstore
