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
	messageGet           string
	eventAppend          string
	eventList            string
	outboxEnqueue        string
	outboxClaimExpired   string
	outboxClaimDue       string
	outboxClaimExpiredIn string // unbound; tenantsMark where the tenant filter goes
	outboxClaimDueIn     string // unbound; tenantsMark where the tenant filter goes
	outboxByProvider     string
	outboxOpen           string // prefix
	conversationFind     string
	counterNext          string
	addressLock          string // "" when the dialect needs none
	outboxGet            string
	outboxList           string // prefix
	outboxSettle         string
	outboxMarkSending    string
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
	created_at, updated_at, version, line, engaged_at, extra`
	messageColumns     = `tenant_id, id, conversation_id, direction, origin, author, body, provider_id, created_at`
	messageListColumns = `id, direction, origin, author, body, provider_id, created_at`
	eventColumns       = `tenant_id, id, conversation_id, kind, from_state, to_state, reason, detail, actor, key, created_at`
	outboxColumns      = `tenant_id, id, conversation_id, kind, to_addr, message_id, payload, idempotency_key, not_before, attempts, status, lease_until, provider_id, last_error, created_at, updated_at`
	// openStatuses is the predicate of the partial indexes on open items;
	// queries repeat it word for word so that SQLite uses them.
	openStatuses       = `status IN ('pending', 'leased', 'sending')`
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
	// lead_email_key (store.EmailKey of lead_email, computed in Go) is
	// written with the email and only read by ConversationList's filter.
	q.conversationInsert = `INSERT INTO handoff_conversations (` + conversationColumns + `, lead_email_key) VALUES (` + marks(23) + `) ON CONFLICT DO NOTHING`
	q.conversationUpdate = `UPDATE handoff_conversations SET lead_name = ?, lead_phone = ?, lead_email = ?, lead_email_key = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, status = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	handoff_at = ?, assigned_to = ?, created_at = ?, updated_at = ?, line = ?, engaged_at = ?, extra = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ?`
	// With SQLite, an UPDATE rewrites the entries of every index on a
	// column of its SET list, changed or not. The common update (a message
	// that changes fields and score) leaves the indexed columns alone, so it
	// is tried first without them; when they did change, it matches no row
	// and the handoff-shaped update (status and handoff_at change, the phone
	// and the email do not) runs, then, when either changed too, the full
	// update.
	q.conversationUpdateUnindexed = `UPDATE handoff_conversations SET lead_name = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	assigned_to = ?, created_at = ?, updated_at = ?, engaged_at = ?, extra = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ? AND lead_phone = ? AND lead_email = ? AND line = ? AND status = ? AND handoff_at = ?`
	// The handoff update changes status and handoff_at but not the addresses.
	q.conversationUpdateSamePhone = `UPDATE handoff_conversations SET lead_name = ?, lead_source = ?,
	channel = ?, time_zone = ?, state = ?, status = ?, fields = ?, score = ?, handoff_reason = ?, handoff_detail = ?,
	handoff_at = ?, assigned_to = ?, created_at = ?, updated_at = ?, engaged_at = ?, extra = ?, version = version + 1
	WHERE tenant_id = ? AND id = ? AND version = ? AND lead_phone = ? AND lead_email = ? AND line = ?`
	q.conversationFind = `SELECT ` + conversationColumns + ` FROM handoff_conversations
	WHERE tenant_id = ? AND lead_phone = ? AND line = ? AND (? = '' OR channel = ?) ORDER BY created_at DESC, id DESC LIMIT 1`
	q.conversationExists = `SELECT 1 FROM handoff_conversations WHERE tenant_id = ? AND id = ?`
	q.counterNext = `INSERT INTO handoff_counters (tenant_id, key, value) VALUES (?, ?, 1)
	ON CONFLICT (tenant_id, key) DO UPDATE SET value = handoff_counters.value + 1 RETURNING value - 1`
	q.conversationList = `SELECT ` + conversationColumns + ` FROM handoff_conversations WHERE tenant_id = ?`

	q.messageAppend = `INSERT INTO handoff_messages (` + messageColumns + `) VALUES (` + marks(9) + `) ON CONFLICT DO NOTHING`
	// Listing does not select the tenant and conversation IDs: they are the
	// parameters (fewer columns is measurably cheaper with SQLite).
	q.messageList = `SELECT ` + messageListColumns + ` FROM handoff_messages WHERE tenant_id = ? AND conversation_id = ? ORDER BY created_at, seq`
	// Newest first; MessageList reverses the rows.
	q.messageListLast = `SELECT ` + messageListColumns + ` FROM handoff_messages WHERE tenant_id = ? AND conversation_id = ?
	ORDER BY created_at DESC, seq DESC LIMIT ?`
	q.messageGetByProvider = `SELECT ` + messageColumns + ` FROM handoff_messages WHERE tenant_id = ? AND provider_id = ? AND provider_id <> ''`
	q.messageGet = `SELECT ` + messageColumns + ` FROM handoff_messages WHERE tenant_id = ? AND id = ? ORDER BY seq DESC LIMIT 1`

	q.eventAppend = `INSERT INTO handoff_events (` + eventColumns + `) VALUES (` + marks(11) + `) ON CONFLICT DO NOTHING`
	q.eventList = `SELECT ` + eventColumns + ` FROM handoff_events WHERE tenant_id = ? AND conversation_id = ? ORDER BY created_at, seq`

	q.outboxEnqueue = `INSERT INTO handoff_outbox (` + outboxColumns + `) VALUES (` + marks(16) + `) ON CONFLICT DO NOTHING`
	// A claim is two bounded range scans on partial indexes: leases that
	// expired, then pending items now due. Items deferred to later are never
	// read, so a night's backlog held by quiet hours costs nothing.
	// PostgreSQL skips rows another transaction has locked, so concurrent
	// claimers never wait for nor return the same item; SQLite runs one write
	// transaction at a time.
	lock := ""
	if d == Postgres {
		lock = ` FOR UPDATE SKIP LOCKED`
	}
	claim := func(due string) string {
		return `UPDATE handoff_outbox SET status = 'leased', lease_until = ?, updated_at = ?
	WHERE seq IN (` + due + lock + `)
	RETURNING seq, ` + outboxColumns
	}
	// A claim of some tenants (store.OutboxClaimParams.TenantIDs) is the
	// same scan with the tenants filtered out of it.
	q.outboxClaimExpiredIn = claim(`SELECT seq FROM handoff_outbox WHERE status IN ('leased', 'sending') AND lease_until <= ?` + tenantsMark + `
	ORDER BY lease_until, seq LIMIT ?`)
	q.outboxClaimDueIn = claim(`SELECT seq FROM handoff_outbox WHERE status = 'pending' AND not_before <= ?` + tenantsMark + `
	ORDER BY not_before, created_at, seq LIMIT ?`)
	q.outboxClaimExpired = strings.Replace(q.outboxClaimExpiredIn, tenantsMark, "", 1)
	q.outboxClaimDue = strings.Replace(q.outboxClaimDueIn, tenantsMark, "", 1)
	q.outboxByProvider = `SELECT ` + outboxColumns + ` FROM handoff_outbox
	WHERE tenant_id = ? AND provider_id = ? AND provider_id <> '' ORDER BY seq DESC LIMIT 1`
	q.outboxOpen = `SELECT ` + outboxColumns + ` FROM handoff_outbox WHERE tenant_id = ? AND conversation_id = ? AND ` + openStatuses
	q.outboxGet = `SELECT ` + outboxColumns + ` FROM handoff_outbox WHERE tenant_id = ? AND id = ?`
	q.outboxList = `SELECT ` + outboxColumns + ` FROM handoff_outbox WHERE tenant_id = ?`
	q.outboxSettle = `UPDATE handoff_outbox SET status = ?, not_before = CASE WHEN ? THEN ? ELSE not_before END,
	attempts = attempts + ?, last_error = ?, lease_until = ?, updated_at = ?,
	provider_id = CASE WHEN ? <> '' THEN ? ELSE provider_id END
	WHERE tenant_id = ? AND id = ? AND status IN ('leased', 'sending') AND (? OR lease_until = ?)`
	q.outboxMarkSending = `UPDATE handoff_outbox SET status = 'sending', lease_until = ?, updated_at = ?
	WHERE tenant_id = ? AND id = ? AND status = 'leased' AND lease_until = ? AND lease_until > ?`
	q.outboxExists = `SELECT 1 FROM handoff_outbox WHERE tenant_id = ? AND id = ?`
	// Never a sending item: it is in flight (see store.Tx.OutboxCancel).
	// The open-items predicate selects the partial indexes; the status
	// term below it excludes sending rows.
	q.outboxCancel = `UPDATE handoff_outbox SET status = 'cancelled', lease_until = ?, updated_at = ?
	WHERE tenant_id = ? AND ` + openStatuses + ` AND status <> 'sending'`

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
		// A transaction-scoped advisory lock on a hash of the address. A
		// collision only serialises two unrelated addresses.
		q.addressLock = `SELECT pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 4242))`
	}
	q.schemaVersion = `SELECT COALESCE(MAX(version), 0) FROM ` + migrationsTable
	q.schemaRecord = `INSERT INTO ` + migrationsTable + ` (version, name, applied_at) VALUES (?, ?, ?)`

	q.static = []*string{
		&q.conversationGet, &q.conversationInsert, &q.conversationUpdate, &q.conversationExists,
		&q.conversationUpdateUnindexed, &q.conversationUpdateSamePhone,
		&q.messageAppend, &q.messageList, &q.messageListLast, &q.messageGetByProvider,
		&q.eventAppend, &q.eventList, &q.outboxEnqueue, &q.outboxClaimExpired, &q.outboxClaimDue, &q.outboxGet,
		&q.outboxSettle, &q.outboxMarkSending, &q.outboxExists, &q.suppressionGet, &q.suppressionPut,
		&q.suppressionDelete, &q.messageGet, &q.outboxByProvider, &q.conversationFind, &q.counterNext,
	}
	for _, p := range append(q.static, &q.schemaVersion, &q.schemaRecord, &q.addressLock) {
		*p = q.rebind(*p)
	}
	return q
}

// tenantsMark marks where a claim of some tenants filters them.
const tenantsMark = "/*tenants*/"

// outboxClaimIn returns the claim statements limited to n tenants, whose
// IDs are bound after the claim's time and before its limit.
func (q *queries) outboxClaimIn(n int) (expired, due string) {
	in := ` AND tenant_id IN (` + marks(n) + `)`
	return q.rebind(strings.Replace(q.outboxClaimExpiredIn, tenantsMark, in, 1)),
		q.rebind(strings.Replace(q.outboxClaimDueIn, tenantsMark, in, 1))
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
