package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// This file implements store.MetricsTx with aggregate queries and one
// streaming scan, on the indexes of migration 0005_metrics.sql: the
// conversations of a tenant by creation time, its events by kind and
// time, its messages by origin and time. No query returns more rows than
// there are event kinds or handoff reasons, except the message scan,
// which the caller consumes row by row.

var _ store.MetricsTx = (*txn)(nil)

// metricsQueries holds the metrics statements of one dialect.
type metricsQueries struct {
	cohort, kinds, reasons, followups string
	scanWindow, scanWith              string // prefixes; the origin filter and order are appended
}

// sqlList quotes constant names as an SQL list: ('a', 'b').
func sqlList[S ~string](vs []S) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = "'" + strings.ReplaceAll(string(v), "'", "''") + "'"
	}
	return "(" + strings.Join(q, ", ") + ")"
}

func newMetricsQueries(q *queries) *metricsQueries {
	// the leading number of an outbox_cancelled detail, and a duration in
	// microseconds between two time columns
	n := `CAST(detail AS INTEGER)`
	micros := func(later, earlier string) string { return later + ` - ` + earlier }
	// The correlated lookups read one conversation's events. Without
	// statistics SQLite may pick the (tenant, kind, time) index for them,
	// which reads every event of the kind, per row: that is quadratic, so
	// they name the conversation index.
	byConv := ` INDEXED BY handoff_events_conversation`
	if q.dialect == Postgres {
		byConv = ``
		n = `COALESCE(CAST(substring(detail from '^[0-9]+') AS BIGINT), 0)`
		micros = func(later, earlier string) string {
			return `CAST(ROUND(EXTRACT(EPOCH FROM (` + later + ` - ` + earlier + `)) * 1000000) AS BIGINT)`
		}
	}
	// first is the time of the first event of kinds (an SQL list) in the
	// conversation of handoff h, at or after it, before To (a parameter)
	// and before the conversation's next handoff.
	first := func(kinds string) string {
		return `(SELECT MIN(r.created_at) FROM handoff_events r` + byConv + `
				WHERE r.tenant_id = h.tenant_id AND r.conversation_id = h.conversation_id
				AND r.kind IN ` + kinds + ` AND r.created_at >= h.created_at AND r.created_at < ?
				AND NOT EXISTS (SELECT 1 FROM handoff_events x` + byConv + ` WHERE x.tenant_id = h.tenant_id AND x.conversation_id = h.conversation_id
					AND x.kind = 'handoff' AND x.created_at > h.created_at AND x.created_at <= r.created_at))`
	}
	has := func(kind store.EventKind) string {
		return `COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM handoff_events e` + byConv + ` WHERE e.tenant_id = c.tenant_id
		AND e.conversation_id = c.id AND e.kind = '` + string(kind) + `' AND e.created_at < ?) THEN 1 ELSE 0 END), 0)`
	}
	m := &metricsQueries{
		cohort: `SELECT COUNT(*), ` + has(store.EventHandoff) + `, ` + has(store.EventOptOut) + `, ` + has(store.EventReview) + `
		FROM handoff_conversations c WHERE c.tenant_id = ? AND c.created_at >= ? AND c.created_at < ?`,
		kinds: `SELECT kind, COUNT(*), COALESCE(SUM(CASE WHEN kind = 'outbox_cancelled' AND reason IN ` + sqlList(store.CollisionReasons()) + `
		THEN ` + n + ` ELSE 0 END), 0)
		FROM handoff_events WHERE tenant_id = ? AND kind IN ` + sqlList(store.MetricEventKinds()) + `
		AND created_at >= ? AND created_at < ? GROUP BY kind`,
		reasons: `SELECT reason, COUNT(*) FROM handoff_events
		WHERE tenant_id = ? AND kind = 'handoff' AND created_at >= ? AND created_at < ? GROUP BY reason`,
		// Each handoff of the window with its first rep action, its first
		// complete and its first booked event (each before the
		// conversation's next handoff and before To); the delays of each
		// measure ranked by the database, which returns each measure's two
		// nearest-rank percentiles and its count. The "closed" and
		// "booked_only" (booked, no rep action) measures only count (their
		// delays are zero).
		followups: `WITH firsts AS (
			SELECT h.created_at AS at, ` + first(sqlList(store.RepActionKinds())) + ` AS first_at,
				` + first(sqlList([]store.EventKind{store.EventComplete})) + ` AS closed_at, ` + first(sqlList([]store.EventKind{store.EventBooked})) + ` AS booked_at
			FROM handoff_events h WHERE h.tenant_id = ? AND h.kind = 'handoff' AND h.created_at >= ? AND h.created_at < ?
		), ranked AS (
			SELECT 'response' AS m, ` + micros("first_at", "at") + ` AS delay FROM firsts WHERE first_at IS NOT NULL
			UNION ALL SELECT 'closed', CAST(0 AS BIGINT) FROM firsts WHERE closed_at IS NOT NULL
			UNION ALL SELECT 'handled', ` + micros("closed_at", "first_at") + ` FROM firsts WHERE closed_at IS NOT NULL AND first_at < closed_at
			UNION ALL SELECT 'booked', ` + micros("booked_at", "at") + ` FROM firsts WHERE booked_at IS NOT NULL
			UNION ALL SELECT 'booked_only', CAST(0 AS BIGINT) FROM firsts WHERE booked_at IS NOT NULL AND first_at IS NULL
		)
		SELECT m, delay, rn, n FROM (SELECT m, delay, ROW_NUMBER() OVER (PARTITION BY m ORDER BY delay) AS rn,
			COUNT(*) OVER (PARTITION BY m) AS n FROM ranked) y
		WHERE rn = (50 * n + 99) / 100 OR rn = (90 * n + 99) / 100`,
		scanWindow: `SELECT ` + messageColumns + ` FROM handoff_messages WHERE tenant_id = ? AND created_at >= ? AND created_at < ?`,
		scanWith: `SELECT ` + messageColumns + ` FROM handoff_messages m WHERE m.tenant_id = ? AND m.created_at < ?
		AND m.conversation_id IN (SELECT w.conversation_id FROM handoff_messages w
			WHERE w.tenant_id = ? AND w.origin = ? AND w.created_at >= ? AND w.created_at < ?)`,
	}
	for _, p := range []*string{&m.cohort, &m.kinds, &m.reasons, &m.followups} {
		*p = q.rebind(*p)
	}
	return m
}

var metricsQueriesFor = map[Dialect]*metricsQueries{
	SQLite:   newMetricsQueries(queriesFor[SQLite]),
	Postgres: newMetricsQueries(queriesFor[Postgres]),
}

// MetricsCount implements [store.MetricsTx]: four aggregate queries.
func (t *txn) MetricsCount(ctx context.Context, p store.MetricsParams) (store.MetricsCounts, error) {
	c := store.MetricsCounts{Events: map[store.EventKind]int64{}, HandoffReasons: map[string]int64{}}
	if err := t.use(ctx, "MetricsCount", false); err != nil {
		return c, err
	}
	if p.To.IsZero() {
		return c, fmt.Errorf("sqlstore: count metrics: To is required")
	}
	mq := metricsQueriesFor[t.q.dialect]
	from, to := t.tm(p.From), t.tm(p.To)
	if err := t.queryRow(ctx, mq.cohort, to, to, to, p.TenantID, from, to).Scan(&c.Conversations, &c.HandedOff, &c.OptedOut, &c.Reviewed); err != nil {
		return c, t.s.wrap("count metrics: conversations", err)
	}
	err := t.each(ctx, "count metrics: events", mq.kinds, []any{p.TenantID, from, to}, func(r *sql.Rows) error {
		var kind string
		var n, cancelled int64
		if err := r.Scan(&kind, &n, &cancelled); err != nil {
			return err
		}
		c.Events[store.EventKind(kind)] = n
		c.CollisionsPrevented += cancelled
		return nil
	})
	if err != nil {
		return c, err
	}
	err = t.each(ctx, "count metrics: reasons", mq.reasons, []any{p.TenantID, from, to}, func(r *sql.Rows) error {
		var reason string
		var n int64
		if err := r.Scan(&reason, &n); err != nil {
			return err
		}
		c.HandoffReasons[reason] = n
		return nil
	})
	if err != nil {
		return c, err
	}
	err = t.each(ctx, "count metrics: follow-ups", mq.followups, []any{to, to, to, p.TenantID, from, to}, func(r *sql.Rows) error {
		var m string
		var delay, rank, n int64
		if err := r.Scan(&m, &delay, &rank, &n); err != nil {
			return err
		}
		var count *int64
		var p50, p90 *time.Duration
		switch m {
		case "response":
			count, p50, p90 = &c.Responded, &c.ResponseP50, &c.ResponseP90
		case "closed":
			c.Closed = n
			return nil
		case "booked_only":
			c.BookedOnly = n
			return nil
		case "handled":
			count, p50, p90 = &c.Handled, &c.HandleP50, &c.HandleP90
		case "booked":
			count, p50, p90 = &c.BookedHandoffs, &c.BookingP50, &c.BookingP90
		default:
			return fmt.Errorf("unknown measure %q", m)
		}
		*count = n
		d := time.Duration(delay) * time.Microsecond
		if rank == int64(store.NearestRank(int(n), 50)) {
			*p50 = d
		}
		if rank == int64(store.NearestRank(int(n), 90)) {
			*p90 = d
		}
		return nil
	})
	return c, err
}

// MetricsScan implements [store.MetricsTx]: one query whose rows are
// handed to fn as they arrive.
func (t *txn) MetricsScan(ctx context.Context, p store.MetricsScanParams, fn func(store.Message) error) error {
	if err := t.use(ctx, "MetricsScan", false); err != nil {
		return err
	}
	if p.To.IsZero() {
		return fmt.Errorf("sqlstore: scan metrics: To is required")
	}
	mq := metricsQueriesFor[t.q.dialect]
	from, to := t.tm(p.From), t.tm(p.To)
	var query string
	var args []any
	origins := func(col string) {
		if len(p.Origins) == 0 {
			return
		}
		query += ` AND ` + col + ` IN (` + marks(len(p.Origins)) + `)`
		for _, o := range p.Origins {
			args = append(args, string(o))
		}
	}
	if p.With == "" {
		query, args = mq.scanWindow, []any{p.TenantID, from, to}
		origins("origin")
	} else {
		query, args = mq.scanWith, []any{p.TenantID, to, p.TenantID, string(p.With), from, to}
		origins("m.origin")
		query += ` ORDER BY m.conversation_id, m.created_at, m.seq`
	}
	return t.each(ctx, "scan metrics", t.q.rebind(query), args, func(r *sql.Rows) error {
		var m store.Message
		if err := scanMessage(r, &m); err != nil {
			return err
		}
		if err := fn(m); err != nil {
			return errCallback{err}
		}
		return nil
	})
}

// errCallback marks an error returned by a caller's function, which each
// passes through unwrapped.
type errCallback struct{ err error }

func (e errCallback) Error() string { return e.err.Error() }

// each runs query and calls row for every row, closing the rows.
func (t *txn) each(ctx context.Context, op, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := t.query(ctx, query, args...)
	if err != nil {
		return t.s.wrap(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			if cb, ok := err.(errCallback); ok {
				return cb.err
			}
			return t.s.wrap(op, err)
		}
	}
	return t.s.wrap(op, rows.Err())
}
