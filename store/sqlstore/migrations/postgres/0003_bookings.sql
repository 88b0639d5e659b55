-- handoffkit schema, version 3 (PostgreSQL): bookings (store.BookingTx).
--
-- No two active bookings of a rep overlap, across every process on the
-- database. BookingInsert (and BookingLock) first take a transaction-scoped
-- advisory lock keyed by (tenant, rep), pg_advisory_xact_lock(42420003,
-- <32-bit hash of tenant and rep>), then check for an overlapping active row
-- and insert. At READ COMMITTED the check runs after the lock is granted, so
-- it sees every booking committed by the transaction that held it. The lock
-- is released at commit or rollback; a hash collision only serialises two
-- reps' bookings. An exclusion constraint (EXCLUDE USING gist with
-- tstzrange) would say the same in the schema but needs the btree_gist
-- extension for the text columns, which not every host may install.
-- The unique index on (tenant_id, rep_id, start_at) among active rows is a
-- backstop that holds even for writers that skip the lock.

CREATE TABLE handoff_bookings (
    tenant_id       TEXT    NOT NULL,
    id              TEXT    COLLATE "C" NOT NULL, -- byte order, like Go strings
    rep_id          TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    lead_id         TEXT    NOT NULL,
    start_at        TIMESTAMPTZ NOT NULL,
    end_at          TIMESTAMPTZ NOT NULL,
    time_zone       TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CHECK (end_at > start_at)
);

CREATE UNIQUE INDEX handoff_bookings_idempotency_key ON handoff_bookings (tenant_id, idempotency_key) WHERE idempotency_key <> '';
CREATE UNIQUE INDEX handoff_bookings_rep_start ON handoff_bookings (tenant_id, rep_id, start_at) WHERE status <> 'cancelled';
CREATE INDEX handoff_bookings_rep_end ON handoff_bookings (tenant_id, rep_id, end_at);
CREATE INDEX handoff_bookings_conversation ON handoff_bookings (tenant_id, conversation_id, start_at) WHERE conversation_id <> '';
