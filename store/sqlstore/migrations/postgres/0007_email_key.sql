-- handoffkit schema, version 7 (PostgreSQL): emails matched by their key
-- (store.EmailKey: trimmed and lower-cased). lead_email keeps what the lead
-- or the host typed, for display; lead_email_key is what an opt-out finds
-- the lead's other conversations by (store.ConversationListParams.Email),
-- written by the Store from Go with every insert and update of the email.
-- The UPDATE below fills it for the rows already stored; Migrate then
-- re-keys, in Go and in the same transaction, any row whose key SQL's
-- lower() and trim() computed otherwise (letters outside ASCII, white
-- space other than spaces), and stores the suppression list's email
-- addresses under their keys (store.AddressKey), merging two spellings of
-- one address into its oldest suppression.

ALTER TABLE handoff_conversations ADD COLUMN lead_email_key TEXT NOT NULL DEFAULT '';
UPDATE handoff_conversations SET lead_email_key = lower(trim(lead_email)) WHERE lead_email <> '';
DROP INDEX handoff_conversations_email;
CREATE INDEX handoff_conversations_email_key ON handoff_conversations (tenant_id, lead_email_key);
