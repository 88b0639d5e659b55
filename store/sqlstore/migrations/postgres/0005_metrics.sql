-- handoffkit schema, version 5 (PostgreSQL): the indexes of the metrics queries
-- (store.MetricsTx). A report reads a tenant's conversations by creation
-- time, its events by kind and time, and its messages by origin and time,
-- as range scans on these indexes instead of whole tables.

CREATE INDEX handoff_conversations_created ON handoff_conversations (tenant_id, created_at);
CREATE INDEX handoff_events_kind ON handoff_events (tenant_id, kind, created_at);
CREATE INDEX handoff_messages_origin ON handoff_messages (tenant_id, origin, created_at);
