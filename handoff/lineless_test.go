package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestReplyFindsTheConversationStartedWithoutALine: a host starts the
// lead's conversation as the README's "Embedding it" does (no Line), a rep
// texts the lead, and the lead's reply comes in on an SMS webhook (a Line,
// the number they wrote to). The reply lands on the rep's thread, which
// stays the rep's: no second, AI-driven conversation is started, nothing
// automated goes to the lead, and the thread now records the line, so
// later replies find it directly and the rep's texts go out from the
// number the lead wrote to. A web chat with the lead's phone and no line
// is not an SMS thread: it is never picked. On memstore, SQLite and
// PostgreSQL.
func TestReplyFindsTheConversationStartedWithoutALine(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		const lead, line = "+12125550101", "+12125550000"
		_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "lead-42",
			Lead: store.Lead{Name: "Dana", Phone: "(212) 555-0101"}})
		require.NoError(t, err)
		// a newer web chat with the lead's phone and no line
		_, err = env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat-1", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Phone: lead}})
		require.NoError(t, err)
		_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "lead-42", RepID: "sarah",
			Body: "Hi Dana, Sarah from Acme here. Still thinking about selling?", Send: true})
		require.NoError(t, err)
		env.runOnce(t)

		out, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: lead,
			Body: "yes! can you call me tomorrow morning?", ProviderID: "SM9"})
		require.NoError(t, err)
		require.Equal(t, "lead-42", out.Conversation.ID, "the reply lands on the rep's thread")
		c := env.conv(t, "lead-42")
		require.Equal(t, store.StateHuman, c.State)
		require.Equal(t, line, c.Line, "the thread records the line the lead wrote to")
		evs, err := env.e.Events(ctx, dspTenant, "lead-42")
		require.NoError(t, err)
		audited := false
		for _, ev := range evs {
			audited = audited || ev.Kind == store.EventLeadUpdated && ev.Reason == "line" && ev.Detail == "line="+line
		}
		require.True(t, audited, "recording the line is audited")

		out, err = env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: lead, Body: "around 9 works", ProviderID: "SM10"})
		require.NoError(t, err)
		require.Equal(t, "lead-42", out.Conversation.ID)
		env.runOnce(t)
		for _, d := range env.sender.calls {
			require.Equal(t, store.OutboxRepSMS, d.Item.Kind, "only the rep's text reaches the lead: %q", d.Body)
		}
		var all []store.Conversation
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			all, err = tx.ConversationList(ctx, store.ConversationListParams{TenantID: dspTenant, Phone: lead})
			return err
		}))
		require.Len(t, all, 2, "no second SMS conversation for the lead")
		require.Empty(t, outboxOf(t, st, "chat-1"))
	})
}
