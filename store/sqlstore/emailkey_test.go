package sqlstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestEmailsStoredBeforeTheyWereKeyed: a database written by a release
// that matched emails by their exact text (schema version 6) holds
// conversations whose lead's email has capitals, surrounding white space
// or capitals outside ASCII, and suppressions of an email in capitals,
// one address in two spellings among them. Once Migrate ran, the lead's
// STOP in a chat given the address in lower case pauses every one of
// those conversations, each still showing the email as it was typed, and
// the suppressions match the address however it is spelled, the two
// spellings being one suppression, the oldest.
func TestEmailsStoredBeforeTheyWereKeyed(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		w, r := d.open(t, loc)
		st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
		require.NoError(t, err)
		require.NoError(t, st.MigrateTo(ctx, 6))

		created := time.Date(2026, 3, 2, 17, 0, 0, 0, time.UTC)
		exec := func(q string, args ...any) {
			t.Helper()
			_, err := w.ExecContext(ctx, rebindN(d, q), args...)
			require.NoError(t, err)
		}
		old := map[string]string{ // conversation: the email as release 6 stored it
			"sms":    "Dana@Example.com",
			"spaced": " DANA@example.com ",
			"accent": "Élodie@Example.fr",
		}
		phone := 100
		for id, email := range old {
			phone++
			exec(`INSERT INTO handoff_conversations (tenant_id, id, lead_name, lead_phone, lead_email, lead_source, channel,
				time_zone, state, status, fields, score, handoff_reason, handoff_detail, handoff_at, assigned_to,
				created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, '', 'sms', '', 'ai_active', 'new', '', 0, '', '', ?, '', ?, ?, 1)`,
				"acme", id, "Dana", fmt.Sprintf("+1212555%04d", phone), email, dbTime(d, time.Time{}), dbTime(d, created), dbTime(d, created))
		}
		for _, s := range []struct {
			address, reason string
			at              time.Time
		}{
			{"Ann@Example.com", "host:import", created.Add(-time.Hour)},
			{"ann@example.com", "keyword:STOP", created},
			{"Bob@Example.com", "host:import", created},
		} {
			exec(`INSERT INTO handoff_suppressions (tenant_id, address, channel, reason, source_message_id, created_at)
				VALUES (?, ?, 'sms', ?, '', ?)`, "acme", s.address, s.reason, dbTime(d, s.at))
		}

		require.NoError(t, st.Migrate(ctx))
		e, err := handoff.NewEngine(st, &handoff.Config{Now: func() time.Time { return created.Add(time.Hour) }})
		require.NoError(t, err)
		for id, email := range map[string]string{"chat": "dana@example.com", "chat-fr": "élodie@example.fr"} {
			_, err = e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: id, Channel: store.ChannelChat,
				Lead: store.Lead{Name: "Dana", Email: email}})
			require.NoError(t, err)
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: id, Body: "STOP", ProviderID: id + "-stop"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		}
		for id, email := range old {
			c, err := e.Conversation(ctx, "acme", id)
			require.NoError(t, err)
			require.Equal(t, store.StatePaused, c.State, id)
			require.Equal(t, store.StatusOptedOut, c.Status, id)
			require.Equal(t, email, c.Lead.Email, "%s shows the email as it was typed", id)
		}

		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			for _, a := range []string{"ann@example.com", "ANN@example.com", "Ann@Example.com"} {
				s, err := tx.SuppressionGet(ctx, "acme", a)
				require.NoError(t, err, a)
				require.Equal(t, "ann@example.com", s.Address)
				require.Equal(t, "host:import", s.Reason, "the oldest of the two spellings' suppressions")
			}
			_, err := tx.SuppressionGet(ctx, "acme", "bob@example.com")
			require.NoError(t, err)
			return nil
		}))
		c, err := e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "bob", Lead: store.Lead{Name: "Bob", Email: "bob@example.com"}})
		require.NoError(t, err)
		require.Equal(t, store.StatusOptedOut, c.Status, "Bob's imported opt-out holds for his address in lower case")
		var n int
		require.NoError(t, w.QueryRowContext(ctx, `SELECT COUNT(*) FROM handoff_suppressions WHERE address LIKE '%nn@%'`).Scan(&n))
		require.Equal(t, 1, n, "one suppression of Ann's address")
	})
}
