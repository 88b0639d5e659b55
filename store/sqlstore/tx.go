package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// txn is the [store.Tx] of this package: one *sql.Tx and the dialect's
// statements.
type txn struct {
	s        *Store
	q        *queries
	sqlTx    *sql.Tx
	readOnly bool
	stmts    *stmtCache // nil: run statements unprepared
	done     atomic.Bool
	enqueued bool // an outbox item was enqueued: wake subscribers on commit
}

var _ store.Tx = (*txn)(nil)

// use checks that the Tx may run op.
func (t *txn) use(ctx context.Context, op string, write bool) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("sqlstore: %s: %w", op, err)
	}
	if t.done.Load() {
		return fmt.Errorf("sqlstore: %s: %w: the Tx was used after its transaction function returned", op, store.ErrClosed)
	}
	if write && t.readOnly {
		return fmt.Errorf("sqlstore: %s: %w", op, store.ErrReadOnly)
	}
	return nil
}

// stmt returns the Store's prepared statement for query on the
// transaction's connection, or nil to run query unprepared.
func (t *txn) stmt(ctx context.Context, query string) *sql.Stmt {
	if t.stmts == nil {
		return nil
	}
	ps := t.stmts.get(query)
	if ps == nil {
		return nil
	}
	return t.sqlTx.StmtContext(ctx, ps)
}

func (t *txn) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return t.sqlTx.ExecContext(ctx, query, args...)
}

func (t *txn) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return t.sqlTx.QueryContext(ctx, query, args...)
}

func (t *txn) queryRow(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return t.sqlTx.QueryRowContext(ctx, query, args...)
}

// ---- time and value codecs ----

// zeroMicros is time.Time{}.UnixMicro(): the zero time as stored by SQLite.
const zeroMicros = -62135596800000000

// tm converts a time for the dialect: unix microseconds (SQLite) or a UTC
// time truncated to microseconds (PostgreSQL).
func (t *txn) tm(v time.Time) any {
	if t.q.dialect == SQLite {
		if v.IsZero() {
			return int64(zeroMicros)
		}
		return v.UnixMicro()
	}
	if v.IsZero() {
		return time.Time{}
	}
	return v.UTC().Truncate(time.Microsecond)
}

// timeCol scans a time column of either dialect into a UTC time; the zero
// time comes back as time.Time{}.
type timeCol struct{ p *time.Time }

func (c timeCol) Scan(src any) error {
	switch v := src.(type) {
	case int64:
		if v == zeroMicros {
			*c.p = time.Time{}
		} else {
			*c.p = time.UnixMicro(v).UTC()
		}
	case time.Time:
		if v.IsZero() {
			*c.p = time.Time{}
		} else {
			*c.p = v.UTC()
		}
	case nil:
		*c.p = time.Time{}
	default:
		return fmt.Errorf("sqlstore: unexpected time column type %T", src)
	}
	return nil
}

// fieldJSON is the stored form of one qualification field. The time is
// unix microseconds, like every other time column.
type fieldJSON struct {
	Value      string  `json:"v"`
	Confidence float64 `json:"c"`
	MessageID  string  `json:"m,omitempty"`
	UpdatedAt  *int64  `json:"t,omitempty"`
}

func encodeFields(m map[store.FieldName]store.Field) (string, error) {
	if len(m) == 0 {
		return "", nil
	}
	out := make(map[store.FieldName]fieldJSON, len(m))
	for k, f := range m {
		j := fieldJSON{Value: f.Value, Confidence: f.Confidence, MessageID: f.MessageID}
		if !f.UpdatedAt.IsZero() {
			us := f.UpdatedAt.UnixMicro()
			j.UpdatedAt = &us
		}
		out[k] = j
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return "", fmt.Errorf("sqlstore: encode fields: %w", err)
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

func decodeFields(s string) (map[store.FieldName]store.Field, error) {
	if s == "" {
		return nil, nil
	}
	var in map[store.FieldName]fieldJSON
	if err := json.Unmarshal([]byte(s), &in); err != nil {
		return nil, fmt.Errorf("sqlstore: decode fields: %w", err)
	}
	if len(in) == 0 {
		return nil, nil
	}
	out := make(map[store.FieldName]store.Field, len(in))
	for k, j := range in {
		f := store.Field{Value: j.Value, Confidence: j.Confidence, MessageID: j.MessageID}
		if j.UpdatedAt != nil {
			f.UpdatedAt = time.UnixMicro(*j.UpdatedAt).UTC()
		}
		out[k] = f
	}
	return out, nil
}

// payload stores an empty payload as NULL.
func payload(p []byte) any {
	if len(p) == 0 {
		return nil
	}
	return p
}

type rowScanner interface{ Scan(dest ...any) error }

// ---- conversations ----

// Scans go into plain strings (the fast path of database/sql; named string
// types take a reflection path) and are converted afterwards.

func scanConversation(r rowScanner, c *store.Conversation) error {
	var fields, channel, state, status, extra string
	if err := r.Scan(&c.TenantID, &c.ID, &c.Lead.Name, &c.Lead.Phone, &c.Lead.Email, &c.Lead.Source,
		&channel, &c.TimeZone, &state, &status, &fields, &c.Score, &c.HandoffReason,
		&c.HandoffDetail, timeCol{&c.HandoffAt}, &c.AssignedTo, timeCol{&c.CreatedAt},
		timeCol{&c.UpdatedAt}, &c.Version, &c.Line, timeCol{&c.EngagedAt}, &extra); err != nil {
		return err
	}
	c.Channel, c.State, c.Status = store.Channel(channel), store.State(state), store.Status(status)
	f, err := decodeFields(fields)
	if err != nil {
		return err
	}
	c.Fields = f
	return decodeExtra(extra, c)
}

func (t *txn) ConversationGet(ctx context.Context, tenantID, id string) (store.Conversation, error) {
	var c store.Conversation
	if err := t.use(ctx, "ConversationGet", false); err != nil {
		return c, err
	}
	if err := scanConversation(t.queryRow(ctx, t.q.conversationGet, tenantID, id), &c); err != nil {
		return store.Conversation{}, t.s.wrap(fmt.Sprintf("get conversation %s", id), err)
	}
	return c, nil
}

func (t *txn) ConversationInsert(ctx context.Context, c *store.Conversation) error {
	if c == nil {
		return errors.New("sqlstore: insert conversation: nil record")
	}
	if err := t.use(ctx, "ConversationInsert", true); err != nil {
		return err
	}
	fields, err := encodeFields(c.Fields)
	if err != nil {
		return err
	}
	extra, err := encodeExtra(c)
	if err != nil {
		return err
	}
	res, err := t.exec(ctx, t.q.conversationInsert,
		c.TenantID, c.ID, c.Lead.Name, c.Lead.Phone, c.Lead.Email, c.Lead.Source,
		string(c.Channel), c.TimeZone, string(c.State), string(c.Status), fields, c.Score,
		c.HandoffReason, c.HandoffDetail, t.tm(c.HandoffAt), c.AssignedTo,
		t.tm(c.CreatedAt), t.tm(c.UpdatedAt), 1, c.Line, t.tm(c.EngagedAt), extra, store.EmailKey(c.Lead.Email))
	if err := t.inserted(res, err, "insert conversation "+c.ID); err != nil {
		return err
	}
	c.Version = 1
	return nil
}

func (t *txn) ConversationUpdate(ctx context.Context, c *store.Conversation) error {
	if c == nil {
		return errors.New("sqlstore: update conversation: nil record")
	}
	if err := t.use(ctx, "ConversationUpdate", true); err != nil {
		return err
	}
	fields, err := encodeFields(c.Fields)
	if err != nil {
		return err
	}
	extra, err := encodeExtra(c)
	if err != nil {
		return err
	}
	op := "update conversation " + c.ID
	if t.q.dialect == SQLite {
		// SQLite rewrites the entries of every index on a column the SET
		// list names, changed or not: try the updates that leave indexed
		// columns out first (see queries.go).
		updated, err := t.updated(t.exec(ctx, t.q.conversationUpdateUnindexed,
			c.Lead.Name, c.Lead.Source, string(c.Channel), c.TimeZone, string(c.State),
			fields, c.Score, c.HandoffReason, c.HandoffDetail, c.AssignedTo, t.tm(c.CreatedAt), t.tm(c.UpdatedAt),
			t.tm(c.EngagedAt), extra,
			c.TenantID, c.ID, c.Version, c.Lead.Phone, c.Lead.Email, c.Line, string(c.Status), t.tm(c.HandoffAt)))
		if !updated && err == nil {
			updated, err = t.updated(t.exec(ctx, t.q.conversationUpdateSamePhone,
				c.Lead.Name, c.Lead.Source, string(c.Channel), c.TimeZone, string(c.State),
				string(c.Status), fields, c.Score, c.HandoffReason, c.HandoffDetail, t.tm(c.HandoffAt),
				c.AssignedTo, t.tm(c.CreatedAt), t.tm(c.UpdatedAt), t.tm(c.EngagedAt), extra,
				c.TenantID, c.ID, c.Version, c.Lead.Phone, c.Lead.Email, c.Line))
		}
		if err != nil {
			return t.s.wrap(op, err)
		}
		if updated {
			c.Version++
			return nil
		}
	}
	res, err := t.exec(ctx, t.q.conversationUpdate,
		c.Lead.Name, c.Lead.Phone, c.Lead.Email, store.EmailKey(c.Lead.Email), c.Lead.Source,
		string(c.Channel), c.TimeZone, string(c.State), string(c.Status), fields, c.Score,
		c.HandoffReason, c.HandoffDetail, t.tm(c.HandoffAt), c.AssignedTo,
		t.tm(c.CreatedAt), t.tm(c.UpdatedAt), c.Line, t.tm(c.EngagedAt), extra,
		c.TenantID, c.ID, c.Version)
	if err != nil {
		return t.s.wrap(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return t.s.wrap(op, err)
	}
	if n == 0 {
		return t.missingOr(ctx, op, t.q.conversationExists, c.TenantID, c.ID, fmt.Errorf("version %d: %w", c.Version, store.ErrConflict))
	}
	c.Version++
	return nil
}

// updated reports whether an UPDATE changed exactly one row.
func (t *txn) updated(res sql.Result, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// missingOr distinguishes "no such row" (ErrNotFound) from other when an
// UPDATE matched nothing.
func (t *txn) missingOr(ctx context.Context, op, existsQuery, tenantID, id string, other error) error {
	var one int
	err := t.queryRow(ctx, existsQuery, tenantID, id).Scan(&one)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("sqlstore: %s: %w", op, store.ErrNotFound)
	case err != nil:
		return t.s.wrap(op, err)
	}
	return fmt.Errorf("sqlstore: %s: %w", op, other)
}

// inserted turns the result of an INSERT ... ON CONFLICT DO NOTHING into
// ErrDuplicate when no row was written. Conflicts are absorbed by the
// statement so that a PostgreSQL transaction stays usable after one.
func (t *txn) inserted(res sql.Result, err error, op string) error {
	if err != nil {
		return t.s.wrap(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return t.s.wrap(op, err)
	}
	if n == 0 {
		return fmt.Errorf("sqlstore: %s: %w", op, store.ErrDuplicate)
	}
	return nil
}

// whereBuilder appends "AND col = ?" terms and their arguments.
type whereBuilder struct {
	b    strings.Builder
	args []any
}

func (w *whereBuilder) eq(col string, v any) {
	w.b.WriteString(" AND ")
	w.b.WriteString(col)
	w.b.WriteString(" = ?")
	w.args = append(w.args, v)
}

func (t *txn) ConversationList(ctx context.Context, p store.ConversationListParams) ([]store.Conversation, error) {
	if err := t.use(ctx, "ConversationList", false); err != nil {
		return nil, err
	}
	var w whereBuilder
	w.b.WriteString(t.q.conversationList)
	w.args = append(w.args, p.TenantID)
	if p.Status != "" {
		w.eq("status", string(p.Status))
	}
	if p.State != "" {
		w.eq("state", string(p.State))
	}
	if p.Phone != "" {
		w.eq("lead_phone", p.Phone)
	}
	if p.Email != "" {
		if store.EmailKey(p.Email) == "" {
			return nil, nil // white space alone is no address: it matches nothing
		}
		w.eq("lead_email_key", store.EmailKey(p.Email))
	}
	if p.Line != "" {
		w.eq("line", p.Line)
	}
	if p.After != nil {
		at := t.tm(p.After.HandoffAt)
		w.b.WriteString(" AND (handoff_at < ? OR (handoff_at = ? AND id < ?))")
		w.args = append(w.args, at, at, p.After.ID)
	}
	limit := p.Limit
	if limit <= 0 {
		limit = 50
	}
	w.b.WriteString(" ORDER BY handoff_at DESC, id DESC LIMIT ?")
	w.args = append(w.args, limit)
	rows, err := t.sqlTx.QueryContext(ctx, t.q.rebind(w.b.String()), w.args...)
	if err != nil {
		return nil, t.s.wrap("list conversations", err)
	}
	defer rows.Close()
	var out []store.Conversation
	for rows.Next() {
		var c store.Conversation
		if err := scanConversation(rows, &c); err != nil {
			return nil, t.s.wrap("list conversations", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list conversations", err)
	}
	return out, nil
}

// ---- messages ----

func scanMessage(r rowScanner, m *store.Message) error {
	var direction, origin string
	if err := r.Scan(&m.TenantID, &m.ID, &m.ConversationID, &direction, &origin, &m.Author,
		&m.Body, &m.ProviderID, timeCol{&m.CreatedAt}); err != nil {
		return err
	}
	m.Direction, m.Origin = store.Direction(direction), store.Origin(origin)
	return nil
}

func (t *txn) MessageAppend(ctx context.Context, m *store.Message) error {
	if m == nil {
		return errors.New("sqlstore: append message: nil record")
	}
	if err := t.use(ctx, "MessageAppend", true); err != nil {
		return err
	}
	res, err := t.exec(ctx, t.q.messageAppend,
		m.TenantID, m.ID, m.ConversationID, string(m.Direction), string(m.Origin), m.Author,
		m.Body, m.ProviderID, t.tm(m.CreatedAt))
	return t.inserted(res, err, "append message "+m.ID)
}

func (t *txn) MessageList(ctx context.Context, p store.MessageListParams) ([]store.Message, error) {
	if err := t.use(ctx, "MessageList", false); err != nil {
		return nil, err
	}
	var rows *sql.Rows
	var err error
	if p.Last > 0 {
		rows, err = t.query(ctx, t.q.messageListLast, p.TenantID, p.ConversationID, p.Last)
	} else {
		rows, err = t.query(ctx, t.q.messageList, p.TenantID, p.ConversationID)
	}
	if err != nil {
		return nil, t.s.wrap("list messages", err)
	}
	defer rows.Close()
	var out []store.Message
	if p.Last > 0 {
		out = make([]store.Message, 0, min(p.Last, 64))
	}
	for rows.Next() {
		m := store.Message{TenantID: p.TenantID, ConversationID: p.ConversationID}
		var direction, origin string
		if err := rows.Scan(&m.ID, &direction, &origin, &m.Author, &m.Body, &m.ProviderID, timeCol{&m.CreatedAt}); err != nil {
			return nil, t.s.wrap("list messages", err)
		}
		m.Direction, m.Origin = store.Direction(direction), store.Origin(origin)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list messages", err)
	}
	if p.Last > 0 {
		slices.Reverse(out)
	}
	return out, nil
}

func (t *txn) MessageGetByProviderID(ctx context.Context, tenantID, providerID string) (store.Message, error) {
	var m store.Message
	if err := t.use(ctx, "MessageGetByProviderID", false); err != nil {
		return m, err
	}
	if err := scanMessage(t.queryRow(ctx, t.q.messageGetByProvider, tenantID, providerID), &m); err != nil {
		return store.Message{}, t.s.wrap("get message by provider ID", err)
	}
	return m, nil
}

// ---- events ----

func (t *txn) EventAppend(ctx context.Context, e *store.Event) error {
	if e == nil {
		return errors.New("sqlstore: append event: nil record")
	}
	if err := t.use(ctx, "EventAppend", true); err != nil {
		return err
	}
	res, err := t.exec(ctx, t.q.eventAppend,
		e.TenantID, e.ID, e.ConversationID, string(e.Kind), string(e.From), string(e.To),
		e.Reason, e.Detail, string(e.Actor), e.Key, t.tm(e.CreatedAt))
	return t.inserted(res, err, "append event "+e.ID)
}

func (t *txn) EventList(ctx context.Context, tenantID, conversationID string) ([]store.Event, error) {
	if err := t.use(ctx, "EventList", false); err != nil {
		return nil, err
	}
	rows, err := t.query(ctx, t.q.eventList, tenantID, conversationID)
	if err != nil {
		return nil, t.s.wrap("list events", err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		var e store.Event
		var kind, from, to, actor string
		if err := rows.Scan(&e.TenantID, &e.ID, &e.ConversationID, &kind, &from, &to,
			&e.Reason, &e.Detail, &actor, &e.Key, timeCol{&e.CreatedAt}); err != nil {
			return nil, t.s.wrap("list events", err)
		}
		e.Kind, e.From, e.To, e.Actor = store.EventKind(kind), store.State(from), store.State(to), store.Actor(actor)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list events", err)
	}
	return out, nil
}

// ---- outbox ----

// outboxRow scans an outbox row.
type outboxRow struct {
	it           store.OutboxItem
	kind, status string
}

func (r *outboxRow) dest() []any {
	it := &r.it
	return []any{&it.TenantID, &it.ID, &it.ConversationID, &r.kind, &it.To, &it.MessageID,
		&it.Payload, &it.IdempotencyKey, timeCol{&it.NotBefore}, &it.Attempts, &r.status,
		timeCol{&it.LeaseUntil}, &it.ProviderID, &it.LastError, timeCol{&it.CreatedAt}, timeCol{&it.UpdatedAt}}
}

// item finishes the scanned item; an empty payload is nil, as stored.
func (r *outboxRow) item() store.OutboxItem {
	it := r.it
	it.Kind, it.Status = store.OutboxKind(r.kind), store.OutboxStatus(r.status)
	if len(it.Payload) == 0 {
		it.Payload = nil
	}
	return it
}

func (t *txn) OutboxEnqueue(ctx context.Context, it *store.OutboxItem) error {
	if it == nil {
		return errors.New("sqlstore: enqueue outbox item: nil record")
	}
	if err := t.use(ctx, "OutboxEnqueue", true); err != nil {
		return err
	}
	status := store.OutboxPending
	res, err := t.exec(ctx, t.q.outboxEnqueue,
		it.TenantID, it.ID, it.ConversationID, string(it.Kind), it.To, it.MessageID,
		payload(it.Payload), it.IdempotencyKey, t.tm(it.NotBefore), it.Attempts, string(status),
		t.tm(it.LeaseUntil), it.ProviderID, it.LastError, t.tm(it.CreatedAt), t.tm(it.UpdatedAt))
	if err := t.inserted(res, err, "enqueue outbox item "+it.ID); err != nil {
		return err
	}
	t.enqueued = true
	it.Status = status
	return nil
}

func (t *txn) OutboxClaim(ctx context.Context, p store.OutboxClaimParams) ([]store.OutboxItem, error) {
	if err := t.use(ctx, "OutboxClaim", true); err != nil {
		return nil, err
	}
	limit := p.Limit
	if limit <= 0 {
		limit = 10
	}
	leaseFor := p.LeaseFor
	if leaseFor <= 0 {
		leaseFor = time.Minute
	}
	lease, now := t.tm(p.Now.Add(leaseFor)), t.tm(p.Now)
	if t.q.dialect == Postgres {
		// The claim's time lies below every deferred item's, so a custom
		// plan, which PostgreSQL keeps choosing for this statement, is
		// planned afresh on each claim at a cost that grows with the
		// deferred backlog (the claim doubled with 100,000 items). The
		// generic plan is the same index scan, planned once per connection.
		if _, err := t.sqlTx.ExecContext(ctx, `SET LOCAL plan_cache_mode = force_generic_plan`); err != nil {
			return nil, t.s.wrap("claim outbox items", err)
		}
	}
	expired, due := t.q.outboxClaimExpired, t.q.outboxClaimDue
	args := []any{lease, now, now}
	if len(p.TenantIDs) > 0 {
		expired, due = t.q.outboxClaimIn(len(p.TenantIDs))
		for _, id := range p.TenantIDs {
			args = append(args, id)
		}
	}
	got, err := t.claimRows(ctx, expired, nil, append(args, limit)...)
	if err == nil && len(got) < limit {
		got, err = t.claimRows(ctx, due, got, append(args, limit-len(got))...)
	}
	if err != nil {
		return nil, t.s.wrap("claim outbox items", err)
	}
	// RETURNING does not keep the subquery's order.
	sort.Slice(got, func(i, j int) bool {
		a, b := got[i], got[j]
		if c := a.item.NotBefore.Compare(b.item.NotBefore); c != 0 {
			return c < 0
		}
		if c := a.item.CreatedAt.Compare(b.item.CreatedAt); c != 0 {
			return c < 0
		}
		return a.seq < b.seq
	})
	out := make([]store.OutboxItem, len(got))
	for i := range got {
		out[i] = got[i].item
	}
	return out, nil
}

// claimed is one row a claim statement returned.
type claimed struct {
	seq  int64
	item store.OutboxItem
}

// claimRows runs one claim statement and appends its rows to got.
func (t *txn) claimRows(ctx context.Context, query string, got []claimed, args ...any) ([]claimed, error) {
	rows, err := t.query(ctx, query, args...)
	if err != nil {
		return got, err
	}
	defer rows.Close()
	for rows.Next() {
		var c claimed
		var r outboxRow
		if err := rows.Scan(append([]any{&c.seq}, r.dest()...)...); err != nil {
			return got, err
		}
		c.item = r.item()
		got = append(got, c)
	}
	return got, rows.Err()
}

func (t *txn) OutboxGet(ctx context.Context, tenantID, id string) (store.OutboxItem, error) {
	if err := t.use(ctx, "OutboxGet", false); err != nil {
		return store.OutboxItem{}, err
	}
	var r outboxRow
	if err := t.queryRow(ctx, t.q.outboxGet, tenantID, id).Scan(r.dest()...); err != nil {
		return store.OutboxItem{}, t.s.wrap("get outbox item "+id, err)
	}
	return r.item(), nil
}

func (t *txn) OutboxList(ctx context.Context, p store.OutboxListParams) ([]store.OutboxItem, error) {
	if err := t.use(ctx, "OutboxList", false); err != nil {
		return nil, err
	}
	var w whereBuilder
	w.b.WriteString(t.q.outboxList)
	w.args = append(w.args, p.TenantID)
	if p.ConversationID != "" {
		w.eq("conversation_id", p.ConversationID)
	}
	if p.To != "" {
		w.eq("to_addr", p.To)
	}
	if p.Status != "" {
		if p.Status.Open() {
			w.b.WriteString(" AND " + openStatuses) // selects the partial indexes
		}
		w.eq("status", string(p.Status))
	}
	w.b.WriteString(" ORDER BY created_at, seq")
	rows, err := t.sqlTx.QueryContext(ctx, t.q.rebind(w.b.String()), w.args...)
	if err != nil {
		return nil, t.s.wrap("list outbox items", err)
	}
	defer rows.Close()
	var out []store.OutboxItem
	for rows.Next() {
		var r outboxRow
		if err := rows.Scan(r.dest()...); err != nil {
			return nil, t.s.wrap("list outbox items", err)
		}
		out = append(out, r.item())
	}
	if err := rows.Err(); err != nil {
		return nil, t.s.wrap("list outbox items", err)
	}
	return out, nil
}

func (t *txn) OutboxSettle(ctx context.Context, p store.OutboxSettleParams) error {
	if err := t.use(ctx, "OutboxSettle", true); err != nil {
		return err
	}
	op := "settle outbox item " + p.ID
	var res sql.Result
	var err error
	switch p.Status {
	case store.OutboxSending:
		if p.LeaseFor <= 0 {
			return fmt.Errorf("sqlstore: %s: sending needs a positive LeaseFor", op)
		}
		res, err = t.exec(ctx, t.q.outboxMarkSending, t.tm(p.Now.Add(p.LeaseFor)), t.tm(p.Now),
			p.TenantID, p.ID, t.tm(p.LeaseUntil), t.tm(p.Now))
	case store.OutboxDone, store.OutboxDead, store.OutboxCancelled, store.OutboxPending:
		attempted := 0
		if p.Attempted {
			attempted = 1
		}
		notBefore := p.NotBefore
		if notBefore.IsZero() {
			notBefore = p.Now
		}
		pid := ""
		if p.Status == store.OutboxDone {
			pid = p.ProviderID
		}
		res, err = t.exec(ctx, t.q.outboxSettle,
			string(p.Status), p.Status == store.OutboxPending, t.tm(notBefore), attempted, p.LastError,
			t.tm(time.Time{}), t.tm(p.Now), pid, pid, p.TenantID, p.ID, p.LeaseUntil.IsZero(), t.tm(p.LeaseUntil))
	default:
		return fmt.Errorf("sqlstore: %s: invalid status %q", op, p.Status)
	}
	if err != nil {
		return t.s.wrap(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return t.s.wrap(op, err)
	}
	if n == 0 {
		return t.missingOr(ctx, op, t.q.outboxExists, p.TenantID, p.ID, fmt.Errorf("item is not leased, or its lease expired or was lost to another claim: %w", store.ErrConflict))
	}
	return nil
}

func (t *txn) OutboxCancel(ctx context.Context, p store.OutboxCancelParams) (int, error) {
	if err := t.use(ctx, "OutboxCancel", true); err != nil {
		return 0, err
	}
	if p.ConversationID == "" && p.To == "" {
		return 0, errors.New("sqlstore: cancel outbox items: ConversationID or To is required")
	}
	var w whereBuilder
	w.b.WriteString(t.q.outboxCancel)
	w.args = append(w.args, t.tm(time.Time{}), t.tm(p.Now), p.TenantID)
	if p.ConversationID != "" {
		w.eq("conversation_id", p.ConversationID)
	}
	if p.To != "" {
		w.eq("to_addr", p.To)
	}
	if len(p.Kinds) > 0 {
		w.b.WriteString(" AND kind IN (" + marks(len(p.Kinds)) + ")")
		for _, k := range p.Kinds {
			w.args = append(w.args, string(k))
		}
	}
	if len(p.IDs) > 0 {
		w.b.WriteString(" AND id IN (" + marks(len(p.IDs)) + ")")
		for _, id := range p.IDs {
			w.args = append(w.args, id)
		}
	}
	res, err := t.sqlTx.ExecContext(ctx, t.q.rebind(w.b.String()), w.args...)
	if err != nil {
		return 0, t.s.wrap("cancel outbox items", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, t.s.wrap("cancel outbox items", err)
	}
	return int(n), nil
}

// ---- suppressions ----

func (t *txn) SuppressionGet(ctx context.Context, tenantID, address string) (store.Suppression, error) {
	var s store.Suppression
	if err := t.use(ctx, "SuppressionGet", false); err != nil {
		return s, err
	}
	var channel string
	err := t.queryRow(ctx, t.q.suppressionGet, tenantID, store.AddressKey(address)).Scan(
		&s.TenantID, &s.Address, &channel, &s.Reason, &s.SourceMessageID, timeCol{&s.CreatedAt})
	if err != nil {
		return store.Suppression{}, t.s.wrap("get suppression", err)
	}
	s.Channel = store.Channel(channel)
	return s, nil
}

func (t *txn) SuppressionPut(ctx context.Context, s *store.Suppression) error {
	if s == nil {
		return errors.New("sqlstore: put suppression: nil record")
	}
	if err := t.use(ctx, "SuppressionPut", true); err != nil {
		return err
	}
	_, err := t.exec(ctx, t.q.suppressionPut,
		s.TenantID, store.AddressKey(s.Address), string(s.Channel), s.Reason, s.SourceMessageID, t.tm(s.CreatedAt))
	if err != nil {
		return t.s.wrap("put suppression", err)
	}
	return nil
}

func (t *txn) SuppressionDelete(ctx context.Context, tenantID, address string) error {
	if err := t.use(ctx, "SuppressionDelete", true); err != nil {
		return err
	}
	if _, err := t.exec(ctx, t.q.suppressionDelete, tenantID, store.AddressKey(address)); err != nil {
		return t.s.wrap("delete suppression", err)
	}
	return nil
}
