package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestLeadEmailIsAnAddressOrNothing: a lead's email is an opt-out address
// (a STOP suppresses it, and pauses every conversation of the tenant with
// it), so a CRM's placeholder such as "n/a" joined strangers: Ann's STOP
// paused Bob, another phone, as opted out, and the AI stopped answering
// him (reviewer K's repro). Start and UpdateLead refuse an email that is
// not a bare address with an *InputError naming it and write nothing;
// an address of any case or script, and "" for none, are taken.
func TestLeadEmailIsAnAddressOrNothing(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e, err := handoff.NewEngine(st, nil)
		require.NoError(t, err)
		_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", Lead: store.Lead{Name: "Ann", Phone: "+15550101111"}})
		require.NoError(t, err)
		before, err := e.Conversation(ctx, tenant, "c1")
		require.NoError(t, err)
		events, err := e.Events(ctx, tenant, "c1")
		require.NoError(t, err)

		for _, bad := range []string{"n/a", "none", "-", "unknown", "Ann <ann@example.com>", "ann@example.com (home)", " ann@example.com",
			"ann@example.com ", "ann @example.com", `"ann lee"@example.com`, "@example.com", "ann@", "ann@@example.com", "ann@example.com, bob@example.com"} {
			_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c2", Lead: store.Lead{Name: "Bob", Phone: "+15550102222", Email: bad}})
			requireInputError(t, err, "Lead.Email", bad)
			_, err = e.Conversation(ctx, tenant, "c2")
			require.ErrorIs(t, err, handoff.ErrNotFound, "%q: nothing written", bad)

			_, err = e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: tenant, ConversationID: "c1", Email: &bad})
			requireInputError(t, err, "Email", bad)
			after, err := e.Conversation(ctx, tenant, "c1")
			require.NoError(t, err)
			require.Equal(t, before.Version, after.Version, "%q: nothing written", bad)
			evs, err := e.Events(ctx, tenant, "c1")
			require.NoError(t, err)
			require.Len(t, evs, len(events), "%q: nothing written", bad)
		}

		for i, good := range []string{"ann@example.com", "Ann.Lee+home@Example.COM", "zoë@exämple.de", ""} {
			good := good
			_, err := e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: tenant, ConversationID: "c1", Email: &good})
			require.NoError(t, err, good)
			_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "ok" + string(rune('a'+i)),
				Lead: store.Lead{Name: "Bob", Email: good, Phone: "+1555010333" + string(rune('0'+i))}})
			require.NoError(t, err, good)
		}
	})
}

// TestStoredPlaceholderEmailJoinsNoStrangers: conversations a store holds
// from before the check, each lead with the placeholder email "n/a", are
// not one lead: Ann's STOP suppresses her phone alone, and Bob, another
// phone, is neither paused nor suppressed, and still gets the AI's reply.
func TestStoredPlaceholderEmailJoinsNoStrangers(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e, err := handoff.NewEngine(st, nil)
		require.NoError(t, err)
		at := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
		require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			for id, phone := range map[string]string{"ann": "+15550101111", "bob": "+15550102222"} {
				c := &store.Conversation{ID: id, TenantID: tenant, Lead: store.Lead{Name: id, Phone: phone, Email: "n/a"}, Channel: store.ChannelSMS,
					State: store.StateAIActive, Status: store.StatusNew, Fields: map[store.FieldName]store.Field{}, CreatedAt: at, UpdatedAt: at}
				if err := tx.ConversationInsert(ctx, c); err != nil {
					return err
				}
			}
			return nil
		}))

		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "ann", Body: "STOP", ProviderID: "p1"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)

		bob, err := e.Conversation(ctx, tenant, "bob")
		require.NoError(t, err)
		require.Equal(t, store.StateAIActive, bob.State, "Ann's STOP paused Bob")
		require.NotEqual(t, store.StatusOptedOut, bob.Status)
		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			_, err := tx.SuppressionGet(ctx, tenant, "n/a")
			require.ErrorIs(t, err, store.ErrNotFound, "the placeholder is no address to suppress")
			return nil
		}))
		out, err = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "bob", Body: "hi, is the house still for sale?", ProviderID: "p2"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeReplied, out.Kind, "Bob is answered: %s", out.Detail)
	})
}

// requireInputError asserts that err is an *InputError for field,
// matching handoff.ErrInvalidInput.
func requireInputError(t *testing.T, err error, field, input string) {
	t.Helper()
	require.ErrorIs(t, err, handoff.ErrInvalidInput, "%q", input)
	var ie *handoff.InputError
	require.ErrorAs(t, err, &ie, "%q", input)
	require.Equal(t, field, ie.Field, "%q", input)
}
