package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"

	"github.com/handoffkit/handoffkit/store"
)

// This file implements store.BookingTx on the handoff_bookings table
// (migration 0003_bookings.sql, which explains the no-overlap rule).

var _ store.BookingTx = (*txn)(nil)

// bookingLockClass is the first key of the advisory locks that serialise a
// rep's booking writes on PostgreSQL (the second is a hash of the rep).
const bookingLockClass = 42420003

const bookingColumns = `tenant_id, id, rep_id, conversation_id, lead_id, start_at, end_at, time_zone,
	status, idempotency_key, created_at, updated_at`

// bookingQueries holds the booking statements of one dialect.
type bookingQueries struct {
	lock, overlap, insert, get, getByKey, list, update, exists string
}

func newBookingQueries(q *queries) *bookingQueries {
	b := &bookingQueries{
		lock: `SELECT pg_advisory_xact_lock(?, ?)`,
		overlap: `SELECT id FROM handoff_bookings
		WHERE tenant_id = ? AND rep_id = ? AND status <> 'cancelled' AND end_at > ? AND start_at < ? LIMIT 1`,
		insert:   `INSERT INTO handoff_bookings (` + bookingColumns + `) VALUES (` + marks(12) + `) ON CONFLICT DO NOTHING`,
		get:      `SELECT ` + bookingColumns + ` FROM handoff_bookings WHERE tenant_id = ? AND id = ?`,
		getByKey: `SELECT ` + bookingColumns + ` FROM handoff_bookings WHERE tenant_id = ? AND idempotency_key = ? AND idempotency_key <> ''`,
		// Prefix: filters, order and limit are appended.
		list: `SELECT ` + bookingColumns + ` FROM handoff_bookings WHERE tenant_id = ?`,
		// A cancelled booking never becomes active again (?7 is "the new
		// status is active"): its time may have been booked since.
		update: `UPDATE handoff_bookings SET status = ?, updated_at = ?
		WHERE tenant_id = ? AND id = ? AND (? = '' OR status = ?) AND NOT (status = 'cancelled' AND ?)
		RETURNING ` + bookingColumns,
		exists: `SELECT 1 FROM handoff_bookings WHERE tenant_id = ? AND id = ?`,
	}
	for _, p := range []*string{&b.lock, &b.overlap, &b.insert, &b.get, &b.getByKey, &b.update, &b.exists} {
		*p = q.rebind(*p)
	}
	return b
}

var bookingQueriesFor = map[Dialect]*bookingQueries{
	SQLite:   newBookingQueries(queriesFor[SQLite]),
	Postgres: newBookingQueries(queriesFor[Postgres]),
}

func (t *txn) bq() *bookingQueries { return bookingQueriesFor[t.q.dialect] }

// bookingLockKey is the second advisory-lock key of a rep: a 32-bit FNV-1a
// hash of the tenant and rep, length-prefixed so that no two pairs share
// an input. Every process computes the same key.
func bookingLockKey(tenantID, repID string) int32 {
	h := fnv.New32a()
	h.Write([]byte(strconv.Itoa(len(tenantID))))
	h.Write([]byte{':'})
	h.Write([]byte(tenantID))
	h.Write([]byte(repID))
	return int32(h.Sum32())
}

func scanBooking(r rowScanner, b *store.Booking) error {
	var status string
	if err := r.Scan(&b.TenantID, &b.ID, &b.RepID, &b.ConversationID, &b.LeadID,
		timeCol{&b.Start}, timeCol{&b.End}, &b.TimeZone, &status, &b.IdempotencyKey,
		timeCol{&b.CreatedAt}, timeCol{&b.UpdatedAt}); err != nil {
		return err
	}
	b.Status = store.BookingStatus(status)
	return nil
}

// BookingLock implements [store.BookingTx]: a transaction-scoped advisory
// lock on PostgreSQL; nothing on SQLite, whose write transactions already
// run one at a time.
func (t *txn) BookingLock(ctx context.Context, tenantID, repID string) error {
	if err := t.use(ctx, "BookingLock", true); err != nil {
		return err
	}
	return t.lockRep(ctx, tenantID, repID)
}

func (t *txn) lockRep(ctx context.Context, tenantID, repID string) error {
	if t.q.dialect != Postgres {
		return nil
	}
	if _, err := t.sqlTx.ExecContext(ctx, t.bq().lock, bookingLockClass, bookingLockKey(tenantID, repID)); err != nil {
		return t.s.wrap("lock bookings of rep "+repID, err)
	}
	return nil
}

// BookingInsert implements [store.BookingTx]: it locks the rep (see
// BookingLock), looks for an overlapping active booking, then inserts.
func (t *txn) BookingInsert(ctx context.Context, b *store.Booking) error {
	if err := b.Validate(); err != nil {
		return fmt.Errorf("sqlstore: insert booking: %w", err)
	}
	if err := t.use(ctx, "BookingInsert", true); err != nil {
		return err
	}
	op := "insert booking " + b.ID
	q := t.bq()
	if b.Status.Active() {
		if err := t.lockRep(ctx, b.TenantID, b.RepID); err != nil {
			return err
		}
		var other string
		err := t.sqlTx.QueryRowContext(ctx, q.overlap, b.TenantID, b.RepID, t.tm(b.Start), t.tm(b.End)).Scan(&other)
		switch {
		case err == nil:
			return fmt.Errorf("sqlstore: %s: overlaps booking %s: %w", op, other, store.ErrOverlap)
		case !errors.Is(err, sql.ErrNoRows):
			return t.s.wrap(op, err)
		}
	}
	res, err := t.sqlTx.ExecContext(ctx, q.insert,
		b.TenantID, b.ID, b.RepID, b.ConversationID, b.LeadID, t.tm(b.Start), t.tm(b.End),
		b.TimeZone, string(b.Status), b.IdempotencyKey, t.tm(b.CreatedAt), t.tm(b.UpdatedAt))
	return t.inserted(res, err, op)
}

// BookingGet implements [store.BookingTx].
func (t *txn) BookingGet(ctx context.Context, tenantID, id string) (store.Booking, error) {
	var b store.Booking
	if err := t.use(ctx, "BookingGet", false); err != nil {
		return b, err
	}
	if err := scanBooking(t.sqlTx.QueryRowContext(ctx, t.bq().get, tenantID, id), &b); err != nil {
		return store.Booking{}, t.s.wrap("get booking "+id, err)
	}
	return b, nil
}

// BookingGetByKey implements [store.BookingTx].
func (t *txn) BookingGetByKey(ctx context.Context, tenantID, key string) (store.Booking, error) {
	var b store.Booking
	if err := t.use(ctx, "BookingGetByKey", false); err != nil {
		return b, err
	}
	if err := scanBooking(t.sqlTx.QueryRowContext(ctx, t.bq().getByKey, tenantID, key), &b); err != nil {
		return store.Booking{}, t.s.wrap(fmt.Sprintf("get booking by idempotency key %q", key), err)
	}
	return b, nil
}

// BookingList implements [store.BookingTx]. With a RepID it reads the
// index on (tenant_id, rep_id, end_at) from From on, so past bookings are
// not scanned.
func (t *txn) BookingList(ctx context.Context, p store.BookingListParams) ([]store.Booking, error) {
	if err := t.use(ctx, "BookingList", false); err != nil {
		return nil, err
	}
	if p.TenantID == "" || p.RepID == "" && p.ConversationID == "" {
		return nil, errors.New("sqlstore: list bookings: TenantID and RepID or ConversationID are required")
	}
	var w whereBuilder
	w.b.WriteString(t.bq().list)
	w.args = append(w.args, p.TenantID)
	if p.RepID != "" {
		w.eq("rep_id", p.RepID)
	}
	if p.ConversationID != "" {
		w.eq("conversation_id", p.ConversationID)
	}
	if !p.From.IsZero() {
		w.b.WriteString(" AND end_at > ?")
		w.args = append(w.args, t.tm(p.From))
	}
	if !p.To.IsZero() {
		w.b.WriteString(" AND start_at < ?")
		w.args = append(w.args, t.tm(p.To))
	}
	if p.ActiveOnly {
		w.b.WriteString(" AND status <> 'cancelled'")
	}
	w.b.WriteString(" ORDER BY start_at, id")
	if p.Limit > 0 {
		w.b.WriteString(" LIMIT ?")
		w.args = append(w.args, p.Limit)
	}
	rows, err := t.sqlTx.QueryContext(ctx, t.q.rebind(w.b.String()), w.args...)
	if err != nil {
		return nil, t.s.wrap("list bookings", err)
	}
	defer rows.Close()
	var out []store.Booking
	for rows.Next() {
		var b store.Booking
		if err := scanBooking(rows, &b); err != nil {
			return nil, t.s.wrap("list bookings", err)
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list bookings", err)
	}
	return out, nil
}

// BookingUpdate implements [store.BookingTx] with one conditional UPDATE:
// at READ COMMITTED, PostgreSQL re-checks its conditions on the latest row
// version after waiting for a concurrent writer, so a cancellation and a
// status change racing each other cannot revive a cancelled booking.
func (t *txn) BookingUpdate(ctx context.Context, p store.BookingUpdateParams) (store.Booking, error) {
	if err := t.use(ctx, "BookingUpdate", true); err != nil {
		return store.Booking{}, err
	}
	op := "update booking " + p.ID
	if !p.Status.Valid() {
		return store.Booking{}, fmt.Errorf("sqlstore: %s: unknown status %q", op, p.Status)
	}
	var b store.Booking
	q := t.bq()
	err := scanBooking(t.sqlTx.QueryRowContext(ctx, q.update, string(p.Status), t.tm(p.Now),
		p.TenantID, p.ID, string(p.From), string(p.From), p.Status.Active()), &b)
	if errors.Is(err, sql.ErrNoRows) {
		return store.Booking{}, t.missingOr(ctx, op, q.exists, p.TenantID, p.ID,
			fmt.Errorf("status is not %q, or a cancelled booking would become active: %w", p.From, store.ErrConflict))
	}
	if err != nil {
		return store.Booking{}, t.s.wrap(op, err)
	}
	return b, nil
}
