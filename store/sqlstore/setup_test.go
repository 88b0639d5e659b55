package sqlstore_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// database is one of the two databases every test runs against.
type database struct {
	name string
	// require skips (or fails, in CI) when the database is unavailable.
	require func(t testing.TB)
	// open returns a new, empty database handle pair (writer, reader) that
	// later calls of open for the same location share: "another app
	// instance" on the same database.
	location func(t testing.TB) string
	open     func(t testing.TB, location string) (writer, reader *sql.DB)
	dialect  sqlstore.Dialect
}

var databases = []database{
	{
		name:     "sqlite",
		require:  func(testing.TB) {},
		location: func(t testing.TB) string { return filepath.Join(t.TempDir(), "handoff.db") },
		open: func(t testing.TB, path string) (*sql.DB, *sql.DB) {
			return openDB(t, "sqlite", sqlstore.SQLiteDSN(path)), openDB(t, "sqlite", sqlstore.SQLiteDSN(path))
		},
		dialect: sqlstore.SQLite,
	},
	{
		name:     "postgres",
		require:  pgtest.Require,
		location: pgtest.URL,
		open: func(t testing.TB, url string) (*sql.DB, *sql.DB) {
			return openDB(t, "pgx", url), nil
		},
		dialect: sqlstore.Postgres,
	},
}

func openDB(t testing.TB, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

// newStore opens a migrated Store on location.
func (d database) newStore(t testing.TB, location string) *sqlstore.Store {
	t.Helper()
	w, r := d.open(t, location)
	st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	return st
}

// forEachDB runs fn as a subtest per database.
func forEachDB(t *testing.T, fn func(t *testing.T, d database)) {
	for _, d := range databases {
		t.Run(d.name, func(t *testing.T) {
			d.require(t)
			fn(t, d)
		})
	}
}
