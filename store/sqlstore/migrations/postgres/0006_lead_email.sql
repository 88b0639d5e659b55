-- handoffkit schema, version 6 (PostgreSQL): conversations by the lead's email
-- (store.ConversationListParams.Email). A lead's opt-out reaches every
-- conversation of the tenant that shares its email, found on this index
-- in the opt-out's commit instead of by a scan of the tenant.

CREATE INDEX handoff_conversations_email ON handoff_conversations (tenant_id, lead_email);
