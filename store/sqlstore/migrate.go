package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

//go:embed migrations
var migrationFS embed.FS

// migration is one embedded schema step, migrations/<dialect>/NNNN_name.sql.
type migration struct {
	version int
	name    string
	stmts   []string
}

// loadMigrations reads the embedded migrations of a dialect, in version order.
func loadMigrations(d Dialect) ([]migration, error) {
	dir := path.Join("migrations", string(d))
	entries, err := fs.ReadDir(migrationFS, dir)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, rest, ok := strings.Cut(strings.TrimSuffix(name, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlstore: migration %s: name must be NNNN_name.sql", name)
		}
		body, err := fs.ReadFile(migrationFS, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("sqlstore: read migration %s: %w", name, err)
		}
		out = append(out, migration{version: v, name: rest, stmts: splitStatements(string(body))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("sqlstore: migrations of %s are not numbered 1..n (found %d at position %d)", d, m.version, i+1)
		}
	}
	return out, nil
}

// splitStatements splits a migration file on semicolons that end a line,
// dropping comment-only lines. Migrations contain no semicolon inside a
// statement.
func splitStatements(s string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(t, ";") {
			out = append(out, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(cur.String()), ";")))
			cur.Reset()
		}
	}
	if rest := strings.TrimSpace(cur.String()); rest != "" {
		out = append(out, rest)
	}
	return out
}

// SchemaVersion is the schema version this code migrates to.
func (s *Store) SchemaVersion() int {
	ms, err := loadMigrations(s.dialect)
	if err != nil {
		return 0
	}
	return len(ms)
}

// Migrate creates or upgrades the handoffkit tables (all named handoff_*)
// in one transaction, recording each applied version in the table
// handoff_schema_migrations. Running it again is a no-op. Concurrent calls
// from several processes are safe: SQLite takes the write lock at BEGIN
// IMMEDIATE, PostgreSQL an advisory lock. A database migrated by a newer
// handoffkit is refused with [ErrSchemaTooNew] and left untouched.
func (s *Store) Migrate(ctx context.Context) error {
	if s.closed.Load() {
		return fmt.Errorf("sqlstore: migrate: %w: the Store was closed", store.ErrClosed)
	}
	ms, err := loadMigrations(s.dialect)
	if err != nil {
		return err
	}
	return s.retry(ctx, func() error { return s.migrate(ctx, ms) })
}

func (s *Store) migrate(ctx context.Context, ms []migration) error {
	tx, err := s.writer.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap("migrate: begin", err)
	}
	defer func() { _ = tx.Rollback() }()
	if s.q.migrationLock != "" {
		if _, err := tx.ExecContext(ctx, s.q.migrationLock); err != nil {
			return s.wrap("migrate: lock", err)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q.schemaCreate); err != nil {
		return s.wrap("migrate: create "+migrationsTable, err)
	}
	var current int
	if err := tx.QueryRowContext(ctx, s.q.schemaVersion).Scan(&current); err != nil {
		return s.wrap("migrate: read version", err)
	}
	if current > len(ms) {
		return fmt.Errorf("%w: the database is at version %d, this code knows versions up to %d; upgrade handoffkit", ErrSchemaTooNew, current, len(ms))
	}
	if current == len(ms) {
		return nil
	}
	now := time.Now()
	t := &txn{q: s.q}
	for _, m := range ms[current:] {
		for _, stmt := range m.stmts {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return s.wrap(fmt.Sprintf("migrate: version %d (%s)", m.version, m.name), err)
			}
		}
		if step := afterStatements[m.version]; step != nil {
			if err := step(ctx, tx, s.q); err != nil {
				return s.wrap(fmt.Sprintf("migrate: version %d (%s)", m.version, m.name), err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.q.schemaRecord, m.version, m.name, t.tm(now)); err != nil {
			return s.wrap(fmt.Sprintf("migrate: record version %d", m.version), err)
		}
	}
	if err := tx.Commit(); err != nil {
		return s.wrap("migrate: commit", err)
	}
	return nil
}

// afterStatements holds, by version, what a migration does in Go once its
// statements ran, in the same transaction: data steps whose result must be
// the one the Store computes in Go, which SQL's functions do not give alike
// on both databases.
var afterStatements = map[int]func(ctx context.Context, tx *sql.Tx, q *queries) error{
	7: keyEmails,
}

// keyEmails finishes migration 7 (0007_email_key.sql). Every
// conversation's lead_email_key becomes the [store.EmailKey] of its
// lead_email where the statements' lower(trim()) gave another (SQLite's
// lower() folds ASCII letters only, PostgreSQL's follows the database's
// collation, and trim() drops spaces only), and every email suppression is
// stored under its [store.AddressKey]: of two spellings of one address the
// oldest suppression is kept (the lead's first opt-out), the other
// dropped. Rows read are few to change: those are collected first, then
// written.
func keyEmails(ctx context.Context, tx *sql.Tx, q *queries) error {
	type rekey struct{ tenant, id, key string } // id: a conversation's, or a suppression's address
	var convs, supps []rekey
	rows, err := tx.QueryContext(ctx, `SELECT tenant_id, id, lead_email, lead_email_key FROM handoff_conversations WHERE lead_email <> ''`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r rekey
		var email string
		if err := rows.Scan(&r.tenant, &r.id, &email, &r.key); err != nil {
			rows.Close()
			return err
		}
		if k := store.EmailKey(email); k != r.key {
			r.key = k
			convs = append(convs, r)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT tenant_id, address FROM handoff_suppressions WHERE address LIKE '%@%'`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r rekey
		if err := rows.Scan(&r.tenant, &r.id); err != nil {
			rows.Close()
			return err
		}
		if k := store.AddressKey(r.id); k != r.id {
			r.key = k
			supps = append(supps, r)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, r := range convs {
		if _, err := tx.ExecContext(ctx, q.rebind(`UPDATE handoff_conversations SET lead_email_key = ? WHERE tenant_id = ? AND id = ?`),
			r.key, r.tenant, r.id); err != nil {
			return err
		}
	}
	for _, r := range supps {
		for _, st := range []struct {
			sql  string
			args []any
		}{
			// the key's suppression, when it is newer than this spelling's
			{`DELETE FROM handoff_suppressions WHERE tenant_id = ? AND address = ?
			AND created_at > (SELECT created_at FROM handoff_suppressions WHERE tenant_id = ? AND address = ?)`,
				[]any{r.tenant, r.key, r.tenant, r.id}},
			// this spelling's, when the key's (as old or older) stays
			{`DELETE FROM handoff_suppressions WHERE tenant_id = ? AND address = ?
			AND EXISTS (SELECT 1 FROM handoff_suppressions WHERE tenant_id = ? AND address = ?)`,
				[]any{r.tenant, r.id, r.tenant, r.key}},
			// this spelling's, still there, moved to the key
			{`UPDATE handoff_suppressions SET address = ? WHERE tenant_id = ? AND address = ?`,
				[]any{r.key, r.tenant, r.id}},
		} {
			if _, err := tx.ExecContext(ctx, q.rebind(st.sql), st.args...); err != nil {
				return err
			}
		}
	}
	return nil
}
