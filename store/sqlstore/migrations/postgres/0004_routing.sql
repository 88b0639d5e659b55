-- handoffkit schema, version 4: routing state kept in the store, so that
-- round-robin stays fair across restarts and instances.

CREATE TABLE handoff_counters (
    tenant_id TEXT   NOT NULL,
    key       TEXT   NOT NULL,
    value     BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);

-- Open handoffs per rep: the capacity check of routing.
CREATE INDEX handoff_conversations_assignee ON handoff_conversations (tenant_id, assigned_to) WHERE status = 'hot';
