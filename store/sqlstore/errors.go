package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strings"

	"github.com/handoffkit/handoffkit/store"
)

// Errors of this package, in addition to the sentinels of package store.
var (
	// ErrNotMigrated means the handoffkit tables do not exist (or are
	// older than this code) in the database: call [Store.Migrate] once
	// after [New].
	ErrNotMigrated = errors.New("sqlstore: database schema is not migrated; call (*sqlstore.Store).Migrate(ctx) once after sqlstore.New")

	// ErrSchemaTooNew means the database was migrated by a newer version of
	// handoffkit than this one. Upgrade the code; the schema is never
	// downgraded.
	ErrSchemaTooNew = errors.New("sqlstore: database schema is newer than this version of handoffkit")
)

// The driver error shapes this package recognises without importing a
// driver: modernc.org/sqlite's *sqlite.Error has Code() int (the extended
// result code), pgx's *pgconn.PgError has SQLState() string.
type (
	sqliteCoder interface{ Code() int }
	sqlStater   interface{ SQLState() string }
)

// SQLite result codes (https://sqlite.org/rescode.html).
const (
	sqliteBusy                 = 5
	sqliteLocked               = 6
	sqliteConstraint           = 19
	sqliteConstraintPrimaryKey = 1555
	sqliteConstraintUnique     = 2067
	sqliteConstraintForeignKey = 787
)

// wrap translates a database error of operation op into the sentinels of
// package store, keeping the driver error in the chain.
func (s *Store) wrap(op string, err error) error {
	if err == nil {
		return nil
	}
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("sqlstore: %s: %w", op, store.ErrNotFound)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("sqlstore: %s: %w", op, err)
	case isClosedDB(err):
		return fmt.Errorf("sqlstore: %s: %w: the *sql.DB was closed; open it again and call sqlstore.New (%w)", op, store.ErrClosed, err)
	case s.isUnique(err):
		return fmt.Errorf("sqlstore: %s: %w: %w", op, store.ErrDuplicate, err)
	case s.isMissingTable(err):
		return fmt.Errorf("sqlstore: %s: %w (%w)", op, ErrNotMigrated, err)
	case errors.Is(err, driver.ErrBadConn), s.isConnectionLost(err):
		return fmt.Errorf("sqlstore: %s: %w: database unreachable: %w", op, store.ErrClosed, err)
	}
	return fmt.Errorf("sqlstore: %s: %w", op, err)
}

// isClosedDB reports database/sql's error for a closed *sql.DB, which is
// not exported.
func isClosedDB(err error) bool {
	return err != nil && strings.Contains(err.Error(), "sql: database is closed")
}

func (s *Store) isUnique(err error) bool {
	var c sqliteCoder
	if errors.As(err, &c) {
		switch c.Code() {
		case sqliteConstraintUnique, sqliteConstraintPrimaryKey:
			return true
		}
	}
	var st sqlStater
	return errors.As(err, &st) && st.SQLState() == "23505"
}

func (s *Store) isMissingTable(err error) bool {
	var st sqlStater
	if errors.As(err, &st) {
		return st.SQLState() == "42P01" || st.SQLState() == "42703" // undefined table / column
	}
	msg := err.Error()
	return strings.Contains(msg, "no such table: handoff_") || strings.Contains(msg, "no such column")
}

func (s *Store) isConnectionLost(err error) bool {
	var st sqlStater
	if errors.As(err, &st) {
		class := st.SQLState()
		return strings.HasPrefix(class, "08") || class == "57P01" || class == "57P02" || class == "57P03"
	}
	return false
}

// busy reports SQLITE_BUSY and SQLITE_LOCKED: another connection or
// process holds the lock.
func (s *Store) busy(err error) bool {
	var c sqliteCoder
	if errors.As(err, &c) {
		switch c.Code() & 0xff {
		case sqliteBusy, sqliteLocked:
			return true
		}
	}
	return false
}

// retryable reports errors after which running the whole transaction again
// may succeed.
func (s *Store) retryable(err error) bool {
	var st sqlStater
	if errors.As(err, &st) {
		switch st.SQLState() {
		case "40001", "40P01": // serialization_failure, deadlock_detected
			return true
		}
	}
	return s.busy(err)
}
