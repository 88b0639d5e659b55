package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestShortCodeLine: a platform texting from a US short code gets its
// webhooks with To = "55123". The short code is a business line wherever
// a line is given (AddressedInbound.Line, StartParams.Line,
// ObservedOutbound.Line), so the lead's STOP on it is honoured and their
// later messages find the same conversation; the lead's own address is
// still a phone number, and a line that is neither a phone number nor a
// short code is refused with nothing written, on memstore, SQLite and
// PostgreSQL.
func TestShortCodeLine(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		const lead = "+12125550100"

		out, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: "55123", From: lead, Body: "hi, how much?", ProviderID: "m1"})
		require.NoError(t, err, "a short-code line")
		require.Equal(t, "55123", out.Conversation.Line)
		first := out.Conversation.ID
		out, err = env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: " 55123 ", From: "(212) 555-0100", Body: "STOP", ProviderID: "m2"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind, "the STOP on the short code is honoured")
		require.Equal(t, first, out.Conversation.ID, "on the conversation the line and number name")

		c, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c6", Line: "650123", Lead: store.Lead{Phone: "+12125550111"}})
		require.NoError(t, err, "a six-digit short code")
		require.Equal(t, "650123", c.Line)
		obs, err := env.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: dspTenant, ProviderID: "rep1", Body: "Hi, it's Sam from the office",
			To: "+12125550111", Line: "650123"})
		require.NoError(t, err, "a rep's text from the short code finds the conversation")
		require.Equal(t, handoff.ObservedTakeover, obs.Kind)
		require.Equal(t, "c6", obs.Conversation.ID)

		snap := func() trail {
			evs, err := env.e.Events(ctx, dspTenant, "c6")
			require.NoError(t, err)
			return trail{Conv: env.conv(t, "c6"), Events: evs, Items: outboxOf(t, st, "c6")}
		}
		before := snap()
		for name, call := range map[string]func() error{
			"lead phone": func() error {
				_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "bad1", Lead: store.Lead{Phone: "55123"}})
				return err
			},
			"From": func() error {
				_, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: lead, From: "55123", Body: "hi", ProviderID: "bad2"})
				return err
			},
			"leading 1": func() error {
				_, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: "12345", From: lead, Body: "hi", ProviderID: "bad3"})
				return err
			},
			"leading 0": func() error {
				_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "bad4", Line: "055123"})
				return err
			},
			"letters": func() error {
				_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "bad5", Line: "55l23"})
				return err
			},
			"four digits": func() error {
				_, err := env.e.ReceiveAddressed(ctx, handoff.AddressedInbound{TenantID: dspTenant, Line: "5512", From: lead, Body: "hi", ProviderID: "bad6"})
				return err
			},
		} {
			var ie *handoff.InputError
			require.ErrorAs(t, call(), &ie, name)
		}
		_, err = env.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: dspTenant, ProviderID: "bad7", Body: "hi", To: "55123", Line: "650123"})
		require.ErrorIs(t, err, handoff.ErrNotFound, "a short code is no lead's address")
		require.Equal(t, before, snap(), "nothing was written")
		for _, id := range []string{"bad1", "bad4", "bad5"} {
			_, err := env.e.Conversation(ctx, dspTenant, id)
			require.ErrorIs(t, err, handoff.ErrNotFound, id)
		}
	})
}
