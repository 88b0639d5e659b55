package sqlstore_test

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// The benchmarks of this package compare the real Engine.Receive on a
// sqlstore.Store (BenchmarkReceive) with the floor: the same rows written
// by hand-written SQL in one transaction, with no reads, no engine and no
// store layer (BenchmarkFloor; its statements are prepared once, as a
// careful hand-coder would). BenchmarkStoreTx writes the same rows
// through store.Tx in one InTx, to separate the store layer's cost from the
// snapshot read and the engine. All run on the migrated schema of one fresh
// database per sub-benchmark:
//
//	sqlite/plain     a message that fires nothing: insert the inbound
//	                 message, update the conversation (fields, score) by
//	                 version
//	sqlite/handoff   a handoff on a fresh conversation: insert the inbound
//	                 message, flip the conversation to handoff/hot, insert
//	                 the bridge message, enqueue the bridge SMS, the rep
//	                 notification and the 5-minute SLA check, append the
//	                 handoff event
//	postgres/...     the same on PostgreSQL
//
// scripts/bench-sql.sh runs both and prints the ratio table.

// benchDB opens the sub-benchmark's database and returns its Store (a
// migrated schema) and writer handle.
func benchDB(b *testing.B, d database) (*sqlstore.Store, *sql.DB) {
	st, w, _ := benchDBs(b, d)
	return st, w
}

// benchDBs is benchDB that also returns the reader pool (the writer when
// the dialect has none).
func benchDBs(b *testing.B, d database) (*sqlstore.Store, *sql.DB, *sql.DB) {
	b.Helper()
	d.require(b)
	w, r := d.open(b, d.location(b))
	st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
	require.NoError(b, err)
	require.NoError(b, st.Migrate(context.Background()))
	if r == nil {
		r = w
	}
	return st, w, r
}

const benchPhone = "+15550101234"

// slaPayload is the size of the SLA check's payload a handoff enqueues.
var slaPayload = []byte(`{"attempt":1,"rep_id":"","assigned_at":"0001-01-01T00:00:00Z","handoff_at":"2026-11-29T18:00:00Z","tried":null}`)

func BenchmarkFloor(b *testing.B) {
	for _, d := range databases {
		b.Run(d.name+"/plain", func(b *testing.B) { benchFloorPlain(b, d, false) })
		b.Run(d.name+"/handoff", func(b *testing.B) { benchFloorHandoff(b, d, false) })
	}
}

// BenchmarkFloorSnapshot is BenchmarkFloor preceded, each op, by the read
// Engine.Receive does before deciding, in hand-written SQL: one read-only
// transaction on the reader that loads the conversation, checks the
// provider ID, loads the last 20 messages and the suppression. It is the
// floor of Receive's design (snapshot read, then one write transaction).
func BenchmarkFloorSnapshot(b *testing.B) {
	for _, d := range databases {
		b.Run(d.name+"/plain", func(b *testing.B) { benchFloorPlain(b, d, true) })
		b.Run(d.name+"/handoff", func(b *testing.B) { benchFloorHandoff(b, d, true) })
	}
}

// floorSnapshot runs the hand-written snapshot read.
type floorSnapshot struct {
	d                             database
	db                            *sql.DB
	conv, byProvider, last, suppr *sql.Stmt
}

func newFloorSnapshot(b *testing.B, d database, reader *sql.DB) *floorSnapshot {
	st := floorStmts(b, d, reader,
		`SELECT lead_name, lead_phone, lead_email, lead_source, channel, time_zone, state, status, fields, score,
		handoff_reason, handoff_detail, handoff_at, assigned_to, created_at, updated_at, version
		FROM handoff_conversations WHERE tenant_id = ? AND id = ?`,
		`SELECT id FROM handoff_messages WHERE tenant_id = ? AND provider_id = ? AND provider_id <> ''`, // the partial unique index
		`SELECT id, direction, origin, author, body, provider_id, created_at FROM handoff_messages
		WHERE tenant_id = ? AND conversation_id = ? ORDER BY created_at DESC, seq DESC LIMIT 20`,
		`SELECT reason FROM handoff_suppressions WHERE tenant_id = ? AND address = ?`)
	return &floorSnapshot{d: d, db: reader, conv: st[0], byProvider: st[1], last: st[2], suppr: st[3]}
}

func (f *floorSnapshot) read(b *testing.B, ctx context.Context, conv, providerID string) {
	opts := &sql.TxOptions{ReadOnly: true}
	if f.d.dialect == sqlstore.Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := f.db.BeginTx(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	var c [17]any
	var strs [13]string
	var score, version int64
	var handoffAt, createdAt, updatedAt any
	for i, j := 0, 0; i < len(c); i++ {
		switch i {
		case 9:
			c[i] = &score
		case 12:
			c[i] = &handoffAt
		case 14:
			c[i] = &createdAt
		case 15:
			c[i] = &updatedAt
		case 16:
			c[i] = &version
		default:
			c[i] = &strs[j]
			j++
		}
	}
	if err := tx.StmtContext(ctx, f.conv).QueryRowContext(ctx, "t", conv).Scan(c[:]...); err != nil {
		b.Fatal(err)
	}
	var id string
	if err := tx.StmtContext(ctx, f.byProvider).QueryRowContext(ctx, "t", providerID).Scan(&id); err != sql.ErrNoRows {
		b.Fatal("provider ID check:", err)
	}
	rows, err := tx.StmtContext(ctx, f.last).QueryContext(ctx, "t", conv)
	if err != nil {
		b.Fatal(err)
	}
	var m [6]string
	var at any
	for rows.Next() {
		if err := rows.Scan(&m[0], &m[1], &m[2], &m[3], &m[4], &m[5], &at); err != nil {
			b.Fatal(err)
		}
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	var reason string
	if err := tx.StmtContext(ctx, f.suppr).QueryRowContext(ctx, "t", benchPhone).Scan(&reason); err != sql.ErrNoRows {
		b.Fatal("suppression check:", err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// floorConv inserts conversations with hand-written SQL.
func floorConvs(b *testing.B, d database, db *sql.DB, ids []string, now time.Time) {
	b.Helper()
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	require.NoError(b, err)
	for _, id := range ids {
		_, err := tx.ExecContext(ctx, rebindN(d, `INSERT INTO handoff_conversations (tenant_id, id, lead_name, lead_phone,
			lead_email, lead_source, channel, time_zone, state, status, fields, score, handoff_reason, handoff_detail,
			handoff_at, assigned_to, created_at, updated_at, version)
			VALUES (?, ?, 'Dana', ?, '', '', 'sms', '', 'ai_active', 'new', '', 0, '', '', ?, '', ?, ?, 1)`),
			"t", id, benchPhone, dbTime(d, time.Time{}), dbTime(d, now), dbTime(d, now))
		require.NoError(b, err)
	}
	require.NoError(b, tx.Commit())
}

func benchFloorPlain(b *testing.B, d database, withSnapshot bool) {
	ctx := context.Background()
	_, db, reader := benchDBs(b, d)
	var snap *floorSnapshot
	if withSnapshot {
		snap = newFloorSnapshot(b, d, reader)
	}
	now := time.Now()
	floorConvs(b, d, db, []string{"c"}, now)
	stmts := floorStmts(b, d, db,
		`INSERT INTO handoff_messages (tenant_id, id, conversation_id, direction, origin, author, body, provider_id, created_at)
		VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)`,
		`UPDATE handoff_conversations SET fields = ?, score = ?, updated_at = ?, version = version + 1
		WHERE tenant_id = ? AND id = ? AND version = ?`)
	insertMsg, update := stmts[0], stmts[1]
	version := 1
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := strconv.Itoa(i)
		if snap != nil {
			snap.read(b, ctx, "c", "SM"+id)
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		now := dbTime(d, time.Now())
		if _, err := tx.StmtContext(ctx, insertMsg).ExecContext(ctx, "t", "m"+id, "c", "inbound", "lead",
			"we were thinking about maybe later this year, not sure", "SM"+id, now); err != nil {
			b.Fatal(err)
		}
		fields := `{"timeline":{"v":"later this year","c":0.6,"m":"m` + id + `"}}`
		res, err := tx.StmtContext(ctx, update).ExecContext(ctx, fields, 20, now, "t", "c", version)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			b.Fatal("version moved")
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
		version++
	}
}

func benchFloorHandoff(b *testing.B, d database, withSnapshot bool) {
	ctx := context.Background()
	_, db, reader := benchDBs(b, d)
	var snap *floorSnapshot
	if withSnapshot {
		snap = newFloorSnapshot(b, d, reader)
	}
	now := time.Now()
	ids := make([]string, b.N)
	for i := range ids {
		ids[i] = fmt.Sprintf("c%d", i)
	}
	floorConvs(b, d, db, ids, now)
	stmts := floorStmts(b, d, db,
		`INSERT INTO handoff_messages (tenant_id, id, conversation_id, direction, origin, author, body, provider_id, created_at)
		VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)`,
		`UPDATE handoff_conversations SET state = 'handoff', status = 'hot', score = ?, handoff_reason = ?,
		handoff_detail = ?, handoff_at = ?, assigned_to = '', updated_at = ?, version = version + 1
		WHERE tenant_id = ? AND id = ? AND version = ?`,
		`INSERT INTO handoff_outbox (tenant_id, id, conversation_id, kind, to_addr, message_id, payload,
		idempotency_key, not_before, attempts, status, lease_until, last_error, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'pending', ?, '', ?, ?)`,
		`INSERT INTO handoff_events (tenant_id, id, conversation_id, kind, from_state, to_state, reason, detail, actor, created_at)
		VALUES (?, ?, ?, 'handoff', 'ai_active', 'handoff', ?, ?, 'ai', ?)`)
	insertMsg, update, enqueue, event := stmts[0], stmts[1], stmts[2], stmts[3]
	brief := []byte(`{"conversation_id":"c","lead":{"name":"Dana","phone":"+15550101234"},"reason":"explicit_ask",` +
		`"summary":"The lead asked to talk to a person.","last_message":"can you just call me","score":90}`)
	bridge := "Thanks! A member of our team will call you shortly. What's the best time to reach you?"
	zero := dbTime(d, time.Time{})
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, id := ids[i], strconv.Itoa(i)
		if snap != nil {
			snap.read(b, ctx, c, "SM"+id)
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		now, later := dbTime(d, time.Now()), dbTime(d, time.Now().Add(5*time.Minute))
		exec := func(st *sql.Stmt, args ...any) {
			if _, err := tx.StmtContext(ctx, st).ExecContext(ctx, args...); err != nil {
				b.Fatal(err)
			}
		}
		exec(insertMsg, "t", "mi"+id, c, "inbound", "lead", "can you just call me", "SM"+id, now)
		res, err := tx.StmtContext(ctx, update).ExecContext(ctx, 90, "explicit_ask", "the lead asked for a person", now, now, "t", c, 1)
		if err != nil {
			b.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			b.Fatal("version moved")
		}
		exec(insertMsg, "t", "mb"+id, c, "outbound", "ai", bridge, "", now)
		exec(enqueue, "t", "ob"+id, c, string(store.OutboxBridgeSMS), benchPhone, "mb"+id, []byte(`{"body":"`+bridge+`"}`),
			"bridge:t:mi"+id, now, zero, now, now)
		exec(enqueue, "t", "on"+id, c, string(store.OutboxRepNotification), "", "", brief, "notify:t:mi"+id, now, zero, now, now)
		exec(enqueue, "t", "os"+id, c, string(store.OutboxSLACheck), "", "", slaPayload, "sla:t:mi"+id, later, zero, now, now)
		exec(event, "t", "e"+id, c, "explicit_ask", "the lead asked for a person", now)
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

// floorStmts prepares hand-written statements once, as a careful
// hand-coder would; each transaction binds them with tx.StmtContext.
func floorStmts(b *testing.B, d database, db *sql.DB, queries ...string) []*sql.Stmt {
	b.Helper()
	out := make([]*sql.Stmt, len(queries))
	for i, q := range queries {
		st, err := db.PrepareContext(context.Background(), rebindN(d, q))
		require.NoError(b, err)
		b.Cleanup(func() { st.Close() })
		out[i] = st
	}
	return out
}

// rebindN rewrites '?' placeholders to $1.. for PostgreSQL.
func rebindN(d database, q string) string {
	if d.dialect != sqlstore.Postgres {
		return q
	}
	out := make([]byte, 0, len(q)+16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			out = append(out, '$')
			out = strconv.AppendInt(out, int64(n), 10)
			continue
		}
		out = append(out, q[i])
	}
	return string(out)
}
