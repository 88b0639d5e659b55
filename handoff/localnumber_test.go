package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestLocalNumberWithoutAreaCode: a US number of 7 digits ("551-2345")
// has no area code and no E.164 form; dnc.NormalizePhone returned
// "+15512345" for it, so Start, ReceiveAddressed and OptOutAddress took
// it as a lead's address. Now a new lead with such an address is an
// *InputError and nothing is written, while conversations a store holds
// from before, keyed "+15512345", still get their opt-outs: the lead's
// STOP from that address, and an opt-out a host reports for it.
func TestLocalNumberWithoutAreaCode(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e, err := handoff.NewEngine(st, nil)
		require.NoError(t, err)
		const line = "+12125550199"
		at := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
		require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			for id, phone := range map[string]string{"ann": "+15512345", "bob": "+15516789"} {
				c := &store.Conversation{ID: id, TenantID: tenant, Lead: store.Lead{Name: id, Phone: phone}, Line: line, Channel: store.ChannelSMS,
					State: store.StateAIActive, Status: store.StatusNew, Fields: map[store.FieldName]store.Field{}, CreatedAt: at, UpdatedAt: at}
				if err := tx.ConversationInsert(ctx, c); err != nil {
					return err
				}
			}
			return nil
		}))
		suppressed := func(addr string) bool {
			var err error
			require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
				_, err = tx.SuppressionGet(ctx, tenant, addr)
				return nil
			}))
			if err != nil {
				require.ErrorIs(t, err, store.ErrNotFound)
			}
			return err == nil
		}
		conversations := func() int {
			var list []store.Conversation
			require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
				var err error
				list, err = tx.ConversationList(ctx, store.ConversationListParams{TenantID: tenant})
				return err
			}))
			return len(list)
		}

		// A new lead: refused, nothing written.
		var ie *handoff.InputError
		_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "new", Lead: store.Lead{Phone: "551-9999"}})
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Lead.Phone", ie.Field)
		_, err = e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: tenant, Line: line, From: "5519999", Body: "hi"})
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "From", ie.Field)
		_, err = e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: "551-9999"})
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Address", ie.Field)
		require.Equal(t, 2, conversations(), "nothing started")
		require.False(t, suppressed("+15519999"), "nothing suppressed")

		// Ann's STOP from her stored address, in either form, opts her out.
		out, err := e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: tenant, Line: line, From: "551-2345", Body: "STOP", ProviderID: "p1"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		require.Equal(t, "ann", out.Conversation.ID)
		require.True(t, suppressed("+15512345"))

		// A host's opt-out of Bob's stored address reaches his conversation.
		_, err = e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: "+15516789", Rule: "crm"})
		require.NoError(t, err)
		bob, err := e.Conversation(ctx, tenant, "bob")
		require.NoError(t, err)
		require.Equal(t, store.StatePaused, bob.State)
		require.Equal(t, store.StatusOptedOut, bob.Status)
		require.True(t, suppressed("+15516789"))
		require.Equal(t, 2, conversations())
	})
}
