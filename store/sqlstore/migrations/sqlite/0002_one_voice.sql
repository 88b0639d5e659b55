-- handoffkit schema, version 2 (SQLite): the sending state and provider IDs
-- of outbox items, keyed audit events, indexed lookups, claims that read
-- only due rows, and the lead's line and data. Times are unix microseconds;
-- the zero time is -62135596800000000.

ALTER TABLE handoff_conversations ADD COLUMN line TEXT NOT NULL DEFAULT '';
ALTER TABLE handoff_conversations ADD COLUMN engaged_at INTEGER NOT NULL DEFAULT -62135596800000000;
-- JSON of the lead data no query filters on: company, account owner,
-- language, assigned rep's name, tags, attributes, resume baseline.
ALTER TABLE handoff_conversations ADD COLUMN extra TEXT NOT NULL DEFAULT '';
DROP INDEX handoff_conversations_phone;
CREATE INDEX handoff_conversations_address ON handoff_conversations (tenant_id, lead_phone, line, created_at DESC, id DESC);

CREATE INDEX handoff_messages_id ON handoff_messages (tenant_id, id);

ALTER TABLE handoff_events ADD COLUMN key TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX handoff_events_key ON handoff_events (tenant_id, key) WHERE key <> '';

ALTER TABLE handoff_outbox ADD COLUMN provider_id TEXT NOT NULL DEFAULT '';
CREATE INDEX handoff_outbox_provider_id ON handoff_outbox (tenant_id, provider_id, seq) WHERE provider_id <> '';
DROP INDEX handoff_outbox_due;
CREATE INDEX handoff_outbox_pending_due ON handoff_outbox (not_before, created_at, seq) WHERE status = 'pending';
CREATE INDEX handoff_outbox_lease_due ON handoff_outbox (lease_until, seq) WHERE status IN ('leased', 'sending');
DROP INDEX handoff_outbox_to;
CREATE INDEX handoff_outbox_to_open ON handoff_outbox (tenant_id, to_addr, seq) WHERE status IN ('pending', 'leased', 'sending');
CREATE INDEX handoff_outbox_conversation_open ON handoff_outbox (tenant_id, conversation_id, seq) WHERE status IN ('pending', 'leased', 'sending');
