-- handoffkit schema, version 3 (SQLite): bookings (store.BookingTx).
-- Times are INTEGER unix microseconds, UTC, like every other table.
--
-- No two active bookings of a rep overlap. SQLite runs one write
-- transaction at a time (sqlstore begins them IMMEDIATE), so the overlap
-- check that BookingInsert runs before its INSERT cannot race; the unique
-- index on (tenant_id, rep_id, start_at) among active rows is a backstop
-- that holds even for writers that skip the check.

CREATE TABLE handoff_bookings (
    tenant_id       TEXT    NOT NULL,
    id              TEXT    NOT NULL,
    rep_id          TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    lead_id         TEXT    NOT NULL,
    start_at        INTEGER NOT NULL,
    end_at          INTEGER NOT NULL,
    time_zone       TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (end_at > start_at)
);

CREATE UNIQUE INDEX handoff_bookings_idempotency_key ON handoff_bookings (tenant_id, idempotency_key) WHERE idempotency_key <> '';
CREATE UNIQUE INDEX handoff_bookings_rep_start ON handoff_bookings (tenant_id, rep_id, start_at) WHERE status <> 'cancelled';
CREATE INDEX handoff_bookings_rep_end ON handoff_bookings (tenant_id, rep_id, end_at);
CREATE INDEX handoff_bookings_conversation ON handoff_bookings (tenant_id, conversation_id, start_at) WHERE conversation_id <> '';
