package sqlstore_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestLinkedOptOutOnADatabaseOfVersion7: a database written by a release
// before migration 8 holds Dana's web chat with her phone and email and
// her email-only chat. Once Migrate ran, her STOP by text from that phone,
// on an SMS thread that knows only the number, finds the chats by the
// indexes migration 8 adds and reaches the email-only one (paused, opted
// out; the email suppressed, linked to the number). On SQLite the
// conversations of a phone or an email are read by those indexes, not by
// a walk of the tenant's Hot inbox index, which the planner preferred
// before (to skip the sort), reading every conversation of the tenant for
// each address an opt-out suppresses.
func TestLinkedOptOutOnADatabaseOfVersion7(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		w, r := d.open(t, loc)
		st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
		require.NoError(t, err)
		require.NoError(t, st.MigrateTo(ctx, 7))

		created := time.Date(2026, 3, 2, 17, 0, 0, 0, time.UTC)
		for _, c := range []struct{ id, phone, email string }{
			{"chat1", "+12125550100", "Dana@Example.com"},
			{"chat2", "", "dana@example.com"},
		} {
			_, err := w.ExecContext(ctx, rebindN(d, `INSERT INTO handoff_conversations (tenant_id, id, lead_name, lead_phone, lead_email,
				lead_email_key, lead_source, channel, time_zone, state, status, fields, score, handoff_reason, handoff_detail, handoff_at,
				assigned_to, created_at, updated_at, version) VALUES (?, ?, 'Dana', ?, ?, ?, '', 'chat', '', 'ai_active', 'new', '', 0, '', '', ?, '', ?, ?, 1)`),
				"acme", c.id, c.phone, c.email, strings.ToLower(c.email), dbTime(d, time.Time{}), dbTime(d, created), dbTime(d, created))
			require.NoError(t, err)
		}

		require.NoError(t, st.Migrate(ctx))
		e, err := handoff.NewEngine(st, &handoff.Config{Now: func() time.Time { return created.Add(time.Hour) }})
		require.NoError(t, err)
		out, err := e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: "acme", Line: "+12125550199", From: "+12125550100",
			Body: "STOP", ProviderID: "SM1"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		for _, id := range []string{"chat1", "chat2"} {
			c, err := e.Conversation(ctx, "acme", id)
			require.NoError(t, err)
			require.Equal(t, store.StatePaused, c.State, id)
			require.Equal(t, store.StatusOptedOut, c.Status, id)
		}
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			s, err := tx.SuppressionGet(ctx, "acme", "dana@example.com")
			require.NoError(t, err)
			require.Equal(t, "keyword:STOP linked=+12125550100", s.Reason)
			return nil
		}))

		if d.dialect == sqlstore.Postgres {
			var n int
			require.NoError(t, w.QueryRowContext(ctx, `SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'handoff_conversations'
				AND indexname IN ('handoff_conversations_phone_inbox', 'handoff_conversations_email_inbox')`).Scan(&n))
			require.Equal(t, 2, n)
			return
		}
		for col, index := range map[string]string{"lead_phone": "handoff_conversations_phone_inbox", "lead_email_key": "handoff_conversations_email_inbox"} {
			rows, err := w.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT id FROM handoff_conversations WHERE tenant_id = ? AND `+col+
				` = ? ORDER BY handoff_at DESC, id DESC LIMIT 100`, "acme", "x")
			require.NoError(t, err)
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				require.NoError(t, rows.Scan(&id, &parent, &unused, &detail))
				plan = append(plan, detail)
			}
			require.NoError(t, rows.Err())
			rows.Close()
			require.Len(t, plan, 1, "%v", plan)
			require.Contains(t, plan[0], index, "the conversations of one %s", col)
			require.Contains(t, plan[0], col+"=?", "the conversations of one %s", col)
		}
	})
}
