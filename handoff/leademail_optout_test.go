package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestUpdateLeadWithAnOptedOutEmail: the engine treats a conversation
// whose lead has an address that opted out as opted out (nothing is sent,
// the AI is silent), however the address came. Given by UpdateLead, the
// email the lead unsubscribed in a chat makes the SMS conversation opted
// out as a Start with it would: paused, status opted_out, its queued texts
// cancelled, out of the Hot inbox, and the rep who held it told by a rep
// update in the same commit, so that no rep calls a Hot lead who opted out
// and a host reading the status sees what the engine does. The audit
// trail has the lead update and the opt-out; the lead's START returns the
// conversation to where it was.
func TestUpdateLeadWithAnOptedOutEmail(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
		e := tenantEngine(t, st, clock, "team", nil, route.Rep{ID: "mike", Name: "Mike"})
		_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Email: "dana@example.com"}})
		require.NoError(t, err)
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "chat", Body: "STOP", ProviderID: "chat-stop"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)

		// The AI's thread, a reply queued.
		_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "ai", Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}})
		require.NoError(t, err)
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "ai", Body: "Hi Dana, still selling?", Send: true})
		require.NoError(t, err)
		// A handoff Mike holds, in the Hot inbox.
		held := tenantHandoff(t, e, dspTenant, "hot", "+12125550101")
		require.Equal(t, "mike", held.AssignedTo)

		email := "dana@example.com"
		for _, id := range []string{"ai", "hot"} {
			res, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: id, Email: &email})
			require.NoError(t, err, id)
			c, err := e.Conversation(ctx, dspTenant, id)
			require.NoError(t, err)
			require.Equal(t, email, c.Lead.Email, id)
			require.Equal(t, store.StatePaused, c.State, id)
			require.Equal(t, store.StatusOptedOut, c.Status, id)
			evs, err := e.Events(ctx, dspTenant, id)
			require.NoError(t, err)
			var kinds []store.EventKind
			for _, ev := range evs {
				kinds = append(kinds, ev.Kind)
			}
			require.Contains(t, kinds, store.EventLeadUpdated, id)
			require.Contains(t, kinds, store.EventOptOut, id)
			if id == "ai" {
				require.Equal(t, 1, res.Cancelled, "the AI's queued reply")
			}
		}
		page, err := e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Empty(t, page.Entries, "a lead who opted out is no Hot lead to call")
		var told []string
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, ConversationID: "hot"})
			for _, it := range items {
				if it.Kind == store.OutboxRepUpdate && it.Status == store.OutboxPending {
					told = append(told, it.To)
				}
			}
			return err
		}))
		require.Equal(t, []string{"mike"}, told, "the rep holding the handoff hears of the opt-out")
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "ai", Body: "Hi again", Send: true})
		require.ErrorIs(t, err, handoff.ErrOptedOut)

		// Updating the lead again changes nothing of the opt-out.
		name := "Dana W."
		_, err = e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "hot", Name: &name, Email: &email})
		require.NoError(t, err)
		c, err := e.Conversation(ctx, dspTenant, "hot")
		require.NoError(t, err)
		require.Equal(t, store.StatusOptedOut, c.Status)

		// The lead's START in the chat lifts the email's suppression and
		// returns both conversations to where the opt-out found them.
		out, err = e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "chat", Body: "START", ProviderID: "chat-start"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
		for id, want := range map[string]store.State{"ai": store.StateAIActive, "hot": store.StateHandoff} {
			c, err := e.Conversation(ctx, dspTenant, id)
			require.NoError(t, err)
			require.Equal(t, want, c.State, id)
			require.NotEqual(t, store.StatusOptedOut, c.Status, id)
		}
	})
}
