package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestNewConversationNamesAnExistingConversation: a CRM's
// Config.NewConversation returns its own lead ID, which the host has
// already started. When it is the lead's SMS conversation (here on
// another line) the lead's STOP is received on it: suppressed, paused,
// audited, and a webhook retry is a duplicate, not an error. When the ID
// is another lead's, the message is refused with an *InputError (a final
// answer, not a retryable failure) and that conversation is untouched,
// but the STOP is not lost: the sender's number is suppressed, so a
// conversation started later with it begins opted out. A host refusing
// the lead by policy (an error) keeps the STOP the same way. On memstore,
// SQLite and PostgreSQL.
func TestNewConversationNamesAnExistingConversation(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		const line, other = "+12125550000", "+12125550999"
		crm := map[string]string{"+12125550101": "lead-42", "+12125550102": "lead-43"}
		env := afterSetup(t, st, nil, func(c *handoff.Config) {
			c.NewConversation = func(ctx context.Context, in handoff.AddressedInbound) (handoff.StartParams, error) {
				if id, ok := crm[in.From]; ok {
					return handoff.StartParams{ConversationID: id, Lead: store.Lead{Name: "Dana"}}, nil
				}
				return handoff.StartParams{}, fmt.Errorf("unknown number: %w", handoff.ErrForbidden)
			}
		})
		suppressed := func(addr string) bool {
			var err error
			require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
				_, err = tx.SuppressionGet(ctx, dspTenant, addr)
				return nil
			}))
			return err == nil
		}
		_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "lead-42", Line: other,
			Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
		require.NoError(t, err)
		_, err = env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "lead-43", Line: line,
			Lead: store.Lead{Name: "Ann", Phone: "+12125550177"}}) // the CRM's lead-43 has another number
		require.NoError(t, err)

		for i := range 2 { // the provider's retry
			out, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: "+12125550101", Body: "STOP", ProviderID: "SM-stop"})
			require.NoError(t, err, "attempt %d", i)
			require.Equal(t, i > 0, out.Duplicate)
			if i == 0 {
				require.Equal(t, "lead-42", out.Conversation.ID)
				require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
			}
		}
		c := env.conv(t, "lead-42")
		require.Equal(t, store.StatusOptedOut, c.Status)
		require.Equal(t, other, c.Line, "the conversation keeps its line")
		require.True(t, suppressed("+12125550101"))
		evs, err := env.e.Events(ctx, dspTenant, "lead-42")
		require.NoError(t, err)
		named := false
		for _, ev := range evs {
			named = named || ev.Kind == store.EventLeadUpdated && ev.Reason == "Config.NewConversation"
		}
		require.True(t, named, "receiving on the conversation the host named is audited")

		before := trail{Conv: env.conv(t, "lead-43"), Items: outboxOf(t, st, "lead-43")}
		_, err = env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: "+12125550102", Body: "STOP", ProviderID: "SM-stop2"})
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Config.NewConversation", ie.Field)
		require.False(t, errors.Is(err, handoff.ErrDuplicate))
		require.Equal(t, before, trail{Conv: env.conv(t, "lead-43"), Items: outboxOf(t, st, "lead-43")}, "another lead's conversation is untouched")
		require.True(t, suppressed("+12125550102"), "the STOP is not lost")

		_, err = env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: "+12125550103", Body: "STOP", ProviderID: "SM-stop3"})
		require.ErrorIs(t, err, handoff.ErrForbidden)
		require.True(t, suppressed("+12125550103"), "a refused lead's STOP is kept")
		_, err = env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: line, From: "+12125550104", Body: "how much is it?", ProviderID: "SM-q"})
		require.ErrorIs(t, err, handoff.ErrForbidden)
		require.False(t, suppressed("+12125550104"), "only an opt-out suppresses")

		c, err = env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "later", Line: line, Lead: store.Lead{Phone: "+12125550102"}})
		require.NoError(t, err)
		require.Equal(t, store.StatusOptedOut, c.Status, "a conversation started later with the number begins opted out")
	})
}
