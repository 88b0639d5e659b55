package sqlstore

import (
	"strconv"
	"strings"
)

// queries holds the statements of one dialect. They are written once with
// '?' placeholders and rebound to $1, $2, ... for PostgreSQL.
type queries struct {
	dialect Dialect

	conversationGet    string
	conversationInsert string
	conversationUpdate string
	conversationExists string

	conversationUpdateUnindexed string
	conversationUpdateSamePhone string
	conversationList            string // prefix; filters, order and limit are appended

	messageAppend        string
	messageList          string
	messageListLast      string
	messageGetByProvider string
	eventAppend          string
	eventList            string
	outboxEnqueue        string
	outboxClaim          string
	outboxGet            string
	outboxList           string // prefix
	outboxSettle         string
	outboxExists         string
	outboxCancel         string // prefix
	suppressionGet       string
	suppressionPut       string
	suppressionDelete    string
	schemaCreate         string
	schemaVersion        string
	schemaRecord         string
	migrationLock        string // "" when the dialect needs none

	// static lists the fixed statements of record operations, which a
	// Store may prepare once per connection.
	static []*string
}

const (
	conversationColumns = `tenant_id, id, lead_name, lead_phone, lead_email, lead_source, channel, time_zone,
	state, status, fields, score, handoff_reason, handoff_detail, handoff_at, assigned_to,
	created_at, updated_at, version`
	messageColumns     = `tenant_id, id, conversation_id, direction, origin, author, body, provider_id, created_at`
	messageListColumns = `id, direction, origin, author, body, provider_id, created_at`
	eventColumns       = `tenant_id, id, conversation_id, kind, from_state, to_state, reason, detail, actor, created_at`
	outboxColumns      = `tenant_id, id, conversation_id, kind, to_addr, message_id, payload, idempotency_key, not_before, attempts, status, lease_until, last_error, created_at, updated_at`
	suppressionColumns = `tenant_id, address, channel, reason, source_message_id, created_at`

	migrationsTable = "handoff_schema_migrations"
)

// marks returns n comma-separated '?' placeholders.
func marks(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

func newQueries(d Dialect) *queries {
	q := &queries{dialect: d}
	q.conversationGet = `SELECT ` + conversationColumns + ` FROM handoff_conversations WHERE tenant_id = ? AND id = ?`
	q.conversationInsert = `INSERT INTO handoff_conversations (` + conversationColumns + `) VALUES (` + marks(19) + `) ON CONFLICT DO NOTHING`
	q.conversationUpdate = `UPDATE handoff_conversations SET lead_name = ?, lead_phone = ?, lead_email = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, status = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	handoff_at = ?, assigned_to = ?, created_at = ?, updated_at = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ?`
	// With SQLite, an UPDATE rewrites the entries of every index on a
	// column of its SET list, changed or not. The common update (a message
	// that changes fields and score) leaves the indexed columns alone, so it
	// is tried first without them; when they did change, it matches no row
	// and the handoff-shaped update (status and handoff_at change, the phone
	// does not) runs, then, when the phone changed too, the full update.
	q.conversationUpdateUnindexed = `UPDATE handoff_conversations SET lead_name = ?, lead_email = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	assigned_to = ?, created_at = ?, updated_at = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ? AND lead_phone = ? AND status = ? AND handoff_at = ?`
	// The handoff update changes status and handoff_at but not the phone.
	q.conversationUpdateSamePhone = `UPDATE handoff_conversations SET lead_name = ?, lead_email = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, status = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	handoff_at = ?, assigned_to = ?, created_at = ?, updated_at = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ? AND lead_phone = ?`
	q.conversationExists = `SELECT 1 FROM handoff_conversations WHERE tenant_id = ? AND id = ?`
	q.conversationList = `SELECT ` + conversationColumns + ` FROM handoff_conversations WHERE tenant_id = ?`

	q.messageAppend = `INSERT INTO handoff_messages (` + messageColumns + `) VALUES (` + marks(9) + `) ON CONFLICT DO NOTHING`
	// Listing does not select the tenant and conversation IDs: they are the
	// parameters (fewer columns is measurably cheaper with SQLite).
	q.messageList = `SELECT ` + messageListColumns + ` FROM handoff_messages WHERE tenant_id = ? AND conversation_id = ? ORDER BY created_at, seq`
	// Newest first; MessageList reverses the rows.
	q.messageListLast = `SELECT ` + messageListColumns + ` FROM handoff_messages WHERE tenant_id = ? AND conversation_id = ?
	ORDER BY created_at DESC, seq DESC LIMIT ?`
	q.messageGetByProvider = `SELECT ` + messageColumns + ` FROM handoff_messages WHERE tenant_id = ? AND provider_id = ? AND provider_id <> ''`

	q.eventAppend = `INSERT INTO handoff_events (` + eventColumns + `) VALUES (` + marks(10) + `) ON CONFLICT DO NOTHING`
	q.eventList = `SELECT ` + eventColumns + ` FROM handoff_events WHERE tenant_id = ? AND conversation_id = ? ORDER BY created_at, seq`

	q.outboxEnqueue = `INSERT INTO handoff_outbox (` + outboxColumns + `) VALUES (` + marks(15) + `) ON CONFLICT DO NOTHING`
	// Due: pending and NotBefore reached, or leased with an expired lease.
	// The status IN (...) term lets the planner use the partial index
	// handoff_outbox_due. PostgreSQL skips rows another transaction has
	// locked, so concurrent claimers never wait for nor return the same item;
	// SQLite runs one write transaction at a time.
	due := `SELECT seq FROM handoff_outbox
	WHERE status IN ('pending', 'leased')
	  AND ((status = 'pending' AND not_before <= ?) OR (status = 'leased' AND lease_until <= ?))
	ORDER BY not_before, created_at, seq LIMIT ?`
	if d == Postgres {
		due += ` FOR UPDATE SKIP LOCKED`
	}
	q.outboxClaim = `UPDATE handoff_outbox SET status = 'leased', lease_until = ?, updated_at = ?
	WHERE seq IN (` + due + `)
	RETURNING seq, ` + outboxColumns
	q.outboxGet = `SELECT ` + outboxColumns + ` FROM handoff_outbox WHERE tenant_id = ? AND id = ?`
	q.outboxList = `SELECT ` + outboxColumns + ` FROM handoff_outbox WHERE tenant_id = ?`
	q.outboxSettle = `UPDATE handoff_outbox SET status = ?, not_before = CASE WHEN ? THEN ? ELSE not_before END,
	attempts = attempts + ?, last_error = ?, lease_until = ?, updated_at = ?
	WHERE tenant_id = ? AND id = ? AND status = 'leased' AND (? OR lease_until = ?)`
	q.outboxExists = `SELECT 1 FROM handoff_outbox WHERE tenant_id = ? AND id = ?`
	q.outboxCancel = `UPDATE handoff_outbox SET status = 'cancelled', lease_until = ?, updated_at = ?
	WHERE tenant_id = ? AND status IN ('pending', 'leased')`

	q.suppressionGet = `SELECT ` + suppressionColumns + ` FROM handoff_suppressions WHERE tenant_id = ? AND address = ?`
	q.suppressionPut = `INSERT INTO handoff_suppressions (` + suppressionColumns + `) VALUES (` + marks(6) + `)
	ON CONFLICT (tenant_id, address) DO UPDATE SET channel = excluded.channel, reason = excluded.reason,
	source_message_id = excluded.source_message_id, created_at = excluded.created_at`
	q.suppressionDelete = `DELETE FROM handoff_suppressions WHERE tenant_id = ? AND address = ?`

	switch d {
	case SQLite:
		q.schemaCreate = `CREATE TABLE IF NOT EXISTS ` + migrationsTable + ` (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`
	case Postgres:
		q.schemaCreate = `CREATE TABLE IF NOT EXISTS ` + migrationsTable + ` (
		version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`
		// One migrator at a time per database; the key is arbitrary and fixed.
		q.migrationLock = `SELECT pg_advisory_xact_lock(4242000001)`
	}
	q.schemaVersion = `SELECT COALESCE(MAX(version), 0) FROM ` + migrationsTable
	q.schemaRecord = `INSERT INTO ` + migrationsTable + ` (version, name, applied_at) VALUES (?, ?, ?)`

	q.static = []*string{
		&q.conversationGet, &q.conversationInsert, &q.conversationUpdate, &q.conversationExists,
		&q.conversationUpdateUnindexed, &q.conversationUpdateSamePhone,
		&q.messageAppend, &q.messageList, &q.messageListLast, &q.messageGetByProvider,
		&q.eventAppend, &q.eventList, &q.outboxEnqueue, &q.outboxClaim, &q.outboxGet,
		&q.outboxSettle, &q.outboxExists, &q.suppressionGet, &q.suppressionPut,
		&q.suppressionDelete,
	}
	for _, p := range append(q.static, &q.schemaVersion, &q.schemaRecord) {
		*p = q.rebind(*p)
	}
	return q
}

// rebind rewrites '?' placeholders for the dialect. Statements of this
// package contain no '?' inside string literals.
func (q *queries) rebind(s string) string {
	if q.dialect != Postgres || !strings.Contains(s, "?") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

var queriesFor = map[Dialect]*queries{
	SQLite:   newQueries(SQLite),
	Postgres: newQueries(Postgres),
}
