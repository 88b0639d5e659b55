-- handoffkit schema, version 1 (PostgreSQL).
-- Times are TIMESTAMPTZ (microsecond precision). The zero time.Time is stored
-- as 0001-01-01 00:00:00+00, so it sorts before every real time.

CREATE TABLE handoff_conversations (
    tenant_id      TEXT    NOT NULL,
    id             TEXT    COLLATE "C" NOT NULL, -- byte order, like Go strings, for the inbox order
    lead_name      TEXT    NOT NULL,
    lead_phone     TEXT    NOT NULL,
    lead_email     TEXT    NOT NULL,
    lead_source    TEXT    NOT NULL,
    channel        TEXT    NOT NULL,
    time_zone      TEXT    NOT NULL,
    state          TEXT    NOT NULL,
    status         TEXT    NOT NULL,
    fields         TEXT    NOT NULL,
    score          BIGINT  NOT NULL,
    handoff_reason TEXT    NOT NULL,
    handoff_detail TEXT    NOT NULL,
    handoff_at     TIMESTAMPTZ NOT NULL,
    assigned_to    TEXT    NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT  NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX handoff_conversations_inbox ON handoff_conversations (tenant_id, handoff_at DESC, id DESC);
CREATE INDEX handoff_conversations_status ON handoff_conversations (tenant_id, status, handoff_at DESC, id DESC);
CREATE INDEX handoff_conversations_phone ON handoff_conversations (tenant_id, lead_phone);

CREATE TABLE handoff_messages (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    direction       TEXT    NOT NULL,
    origin          TEXT    NOT NULL,
    author          TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    provider_id     TEXT    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX handoff_messages_provider_id ON handoff_messages (tenant_id, provider_id) WHERE provider_id <> '';
CREATE INDEX handoff_messages_conversation ON handoff_messages (tenant_id, conversation_id, created_at, seq);

CREATE TABLE handoff_events (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    from_state      TEXT    NOT NULL,
    to_state        TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    detail          TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX handoff_events_conversation ON handoff_events (tenant_id, conversation_id, created_at, seq);

CREATE TABLE handoff_outbox (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    to_addr         TEXT    NOT NULL,
    message_id      TEXT    NOT NULL,
    payload         BYTEA,
    idempotency_key TEXT    NOT NULL,
    not_before      TIMESTAMPTZ NOT NULL,
    attempts        BIGINT  NOT NULL,
    status          TEXT    NOT NULL,
    lease_until     TIMESTAMPTZ NOT NULL,
    last_error      TEXT    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX handoff_outbox_id ON handoff_outbox (tenant_id, id);
CREATE UNIQUE INDEX handoff_outbox_idempotency_key ON handoff_outbox (tenant_id, idempotency_key) WHERE idempotency_key <> '';
CREATE INDEX handoff_outbox_due ON handoff_outbox (not_before, created_at, seq) WHERE status IN ('pending', 'leased');
CREATE INDEX handoff_outbox_conversation ON handoff_outbox (tenant_id, conversation_id, seq);
CREATE INDEX handoff_outbox_to ON handoff_outbox (tenant_id, to_addr) WHERE status IN ('pending', 'leased');

CREATE TABLE handoff_suppressions (
    tenant_id         TEXT    NOT NULL,
    address           TEXT    NOT NULL,
    channel           TEXT    NOT NULL,
    reason            TEXT    NOT NULL,
    source_message_id TEXT    NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, address)
);
