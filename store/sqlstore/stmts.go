package sqlstore

import (
	"context"
	"database/sql"
	"sync"
	"sync/atomic"
)

// stmtCache holds the record statements prepared on one *sql.DB. database/sql
// keeps one prepared copy per connection and Tx.StmtContext reuses it, so
// SQLite (whose driver otherwise compiles every statement on every call)
// parses each statement once per connection. PostgreSQL needs none: pgx
// caches prepared statements per connection itself.
type stmtCache struct {
	db    *sql.DB
	q     *queries
	mu    sync.Mutex // serialises prepare and close
	ready atomic.Pointer[map[string]*sql.Stmt]
}

// get returns the prepared statement for query, or nil.
func (c *stmtCache) get(query string) *sql.Stmt {
	m := c.ready.Load()
	if m == nil {
		return nil
	}
	return (*m)[query]
}

// prepare prepares every static statement, once. It must not run inside a
// transaction of c.db: with SQLite's single writer connection it would wait
// for the connection the transaction holds. A failure (typically: the
// tables do not exist yet) leaves the cache empty, to be tried again later.
func (c *stmtCache) prepare(ctx context.Context) {
	if c.ready.Load() != nil || !c.mu.TryLock() {
		return
	}
	defer c.mu.Unlock()
	if c.ready.Load() != nil {
		return
	}
	m := make(map[string]*sql.Stmt, len(c.q.static))
	for _, p := range c.q.static {
		if _, ok := m[*p]; ok {
			continue
		}
		st, err := c.db.PrepareContext(ctx, *p)
		if err != nil {
			for _, st := range m {
				_ = st.Close()
			}
			return
		}
		m[*p] = st
	}
	c.ready.Store(&m)
}

// close closes the prepared statements.
func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m := c.ready.Swap(nil); m != nil {
		for _, st := range *m {
			_ = st.Close()
		}
	}
}
