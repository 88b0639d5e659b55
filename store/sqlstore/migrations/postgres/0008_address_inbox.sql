-- handoffkit schema, version 8 (PostgreSQL): the conversations of one phone or
-- of one email key, in the order store.Tx.ConversationList returns them
-- (latest handoff first). An opt-out lists them by each address it
-- suppresses, to pause them and to find the addresses the lead gave with
-- its own (a phone's emails, an email's phones, which it suppresses as
-- linked); an opt-in lists them to bring them back. With indexes on
-- (tenant, phone, line, ...) and (tenant, email key) alone, SQLite's
-- planner chose the Hot inbox's index (tenant, handoff_at, id) to skip
-- the sort, and read every conversation of the tenant for each address.
-- These serve the filter and the order; the email key's index they
-- replace is a prefix of the new one.

CREATE INDEX handoff_conversations_phone_inbox ON handoff_conversations (tenant_id, lead_phone, handoff_at DESC, id DESC);
DROP INDEX handoff_conversations_email_key;
CREATE INDEX handoff_conversations_email_inbox ON handoff_conversations (tenant_id, lead_email_key, handoff_at DESC, id DESC);
