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

// emailHandoff opens an SMS conversation of Dana with phone and email and
// hands it off: a Hot lead in the Hot inbox.
func emailHandoff(t *testing.T, e *handoff.Engine, id, phone, email string) {
	t.Helper()
	ctx := context.Background()
	_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}})
	require.NoError(t, err)
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: "can someone call me please", ProviderID: id + "-ask"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
}

// requireConversation checks the state and status of a conversation.
func requireConversation(t *testing.T, e *handoff.Engine, id string, state store.State, status store.Status) store.Conversation {
	t.Helper()
	c, err := e.Conversation(context.Background(), dspTenant, id)
	require.NoError(t, err)
	require.Equal(t, state, c.State, id)
	require.Equal(t, status, c.Status, id)
	return c
}

// TestOptOutReachesTheLeadsEmailWhateverItsCase: a lead's email is one
// address however the host spelled it (the domain is case-insensitive,
// and so is the local part at every provider a lead uses). The lead's
// STOP in a web chat given "dana@example.com" pauses the same lead's SMS
// conversations stored with "Dana@Example.com" and " DANA@example.com"
// (one handed off, in the Hot inbox): paused, opted_out, out of the Hot
// inbox, as it does those with the exact spelling. The lead's START in the
// chat returns them where the opt-out found them. What the lead typed
// stays what the conversation shows.
func TestOptOutReachesTheLeadsEmailWhateverItsCase(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
		e := tenantEngine(t, st, clock, "team", nil, route.Rep{ID: "mike", Name: "Mike"})
		_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Email: "dana@example.com"}})
		require.NoError(t, err)
		_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "sms",
			Lead: store.Lead{Name: "Dana", Phone: "+12125550100", Email: "Dana@Example.com"}})
		require.NoError(t, err)
		emailHandoff(t, e, "hot", "+12125550101", "DANA@example.COM")
		page, err := e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Len(t, page.Entries, 1)

		out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "chat", Body: "STOP", ProviderID: "chat-stop"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		for id, email := range map[string]string{"sms": "Dana@Example.com", "hot": "DANA@example.COM"} {
			c := requireConversation(t, e, id, store.StatePaused, store.StatusOptedOut)
			require.Equal(t, email, c.Lead.Email, "the conversation shows what the lead typed")
		}
		page, err = e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Empty(t, page.Entries, "a lead who opted out is no Hot lead to call")
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "sms", Body: "Hi Dana", Send: true})
		require.ErrorIs(t, err, handoff.ErrOptedOut)

		out, err = e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "chat", Body: "START", ProviderID: "chat-start"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
		requireConversation(t, e, "sms", store.StateAIActive, store.StatusNew)
		requireConversation(t, e, "hot", store.StateHandoff, store.StatusHot)
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "sms", Body: "Hi Dana", Send: true})
		require.NoError(t, err)

		// And the reverse: a STOP by text, on the conversation stored
		// with capitals, pauses the chat given the lower-case address.
		out, err = e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "sms", Body: "STOP", ProviderID: "sms-stop"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		requireConversation(t, e, "chat", store.StatePaused, store.StatusOptedOut)
	})
}

// TestOptOutAddressReachesTheLeadsEmailWhateverItsCase: the host's (or a
// carrier's) opt-out of a number applies in the lead's newest conversation
// with it and suppresses the email the lead gave there, so the lead's web
// chat stored with that email in other capitals is paused too.
func TestOptOutAddressReachesTheLeadsEmailWhateverItsCase(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
		e := tenantEngine(t, st, clock, "team", nil, route.Rep{ID: "mike", Name: "Mike"})
		_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Email: "Dana.W@Example.com"}})
		require.NoError(t, err)
		clock.Advance(time.Minute)
		_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "sms",
			Lead: store.Lead{Name: "Dana", Phone: "+12125550100", Email: "dana.w@example.com"}})
		require.NoError(t, err)

		_, err = e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: "+12125550100", Rule: "carrier:opted_out"})
		require.NoError(t, err)
		requireConversation(t, e, "sms", store.StatePaused, store.StatusOptedOut)
		requireConversation(t, e, "chat", store.StatePaused, store.StatusOptedOut)
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "chat", Body: "Hi Dana", Send: true})
		require.ErrorIs(t, err, handoff.ErrOptedOut)
	})
}

// TestEmailSuppressedInOtherCapitals: the tenant's suppression list
// matches an email whatever its case and surrounding spaces, however the
// address was written to it (a host importing its own opt-out list
// through the store, a store written before the engine kept one
// spelling). Start with the address begins opted out, UpdateLead giving
// it opts the conversation out, nothing automated is sent to it, and the
// lead's START lifts it.
func TestEmailSuppressedInOtherCapitals(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
		e := tenantEngine(t, st, clock, "team", nil, route.Rep{ID: "mike", Name: "Mike"})
		require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.SuppressionPut(ctx, &store.Suppression{TenantID: dspTenant, Address: " Dana@Example.com", Channel: store.ChannelSMS,
				Reason: "host:import", CreatedAt: clock.Now()})
		}))

		c, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Email: "dana@example.com"}})
		require.NoError(t, err)
		require.Equal(t, store.StatePaused, c.State)
		require.Equal(t, store.StatusOptedOut, c.Status)

		_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "sms", Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}})
		require.NoError(t, err)
		email := "DANA@example.com"
		_, err = e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "sms", Email: &email})
		require.NoError(t, err)
		c = requireConversation(t, e, "sms", store.StatePaused, store.StatusOptedOut)
		require.Equal(t, email, c.Lead.Email)
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "sms", Body: "Hi Dana", Send: true})
		require.ErrorIs(t, err, handoff.ErrOptedOut)

		out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "sms", Body: "START", ProviderID: "sms-start"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
		requireConversation(t, e, "sms", store.StateAIActive, store.StatusNew)
		requireConversation(t, e, "chat", store.StateAIActive, store.StatusNew)
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := tx.SuppressionGet(ctx, dspTenant, "dana@example.com")
			require.ErrorIs(t, err, store.ErrNotFound, "START lifted the imported suppression")
			return nil
		}))
	})
}

// TestUpdateLeadWithAnOptedOutEmailInOtherCapitals: the email the lead
// opted out with in a chat, given by UpdateLead in other capitals, opts
// the SMS conversation out.
func TestUpdateLeadWithAnOptedOutEmailInOtherCapitals(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
		e := tenantEngine(t, st, clock, "team", nil, route.Rep{ID: "mike", Name: "Mike"})
		_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat", Channel: store.ChannelChat,
			Lead: store.Lead{Name: "Dana", Email: "Dana@Example.com"}})
		require.NoError(t, err)
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "chat", Body: "STOP", ProviderID: "chat-stop"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)

		emailHandoff(t, e, "hot", "+12125550101", "")
		email := "dana@EXAMPLE.com"
		_, err = e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "hot", Email: &email})
		require.NoError(t, err)
		requireConversation(t, e, "hot", store.StatePaused, store.StatusOptedOut)
		page, err := e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Empty(t, page.Entries)
	})
}
