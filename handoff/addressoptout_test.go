package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestAddressOptOutSuppressesTheNewestConversationsEmail: an opt-out known
// only by the lead's number (the host's OptOutAddress, a carrier's
// "recipient opted out" report for a text we do not know, as Twilio's
// 21610 status callback) is the lead's opt-out in their newest
// conversation with the number: the email they gave there is suppressed
// too, so a web chat the lead opens with it begins opted out. The older
// conversation was handed off and its ID sorts last, so neither the Hot
// inbox's order (latest handoff first) nor the IDs may pick it.
func TestAddressOptOutSuppressesTheNewestConversationsEmail(t *testing.T) {
	t.Parallel()
	const phone = "+12125550100"
	for name, optOut := range map[string]func(ctx context.Context, e *handoff.Engine) (handoff.Result, error){
		"OptOutAddress": func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: phone, Rule: "carrier"})
		},
		"DeliveryFailed": func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.DeliveryFailed(ctx, handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM-unknown",
				Reason: "21610", OptedOut: true, To: phone})
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				ctx := context.Background()
				clock := &dspClock{t: time.Date(2026, 3, 3, 15, 0, 0, 0, time.UTC)}
				e := tenantEngine(t, st, clock, "team", nil)
				_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "z-old",
					Lead: store.Lead{Name: "Dana", Phone: phone, Email: "old@example.com"}})
				require.NoError(t, err)
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "z-old", Body: "can someone call me please", ProviderID: "SM-old"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)

				clock.Advance(24 * time.Hour)
				_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "a-new",
					Lead: store.Lead{Name: "Dana", Phone: phone, Email: "new@example.com"}})
				require.NoError(t, err)

				_, err = optOut(ctx, e)
				require.NoError(t, err)
				for _, id := range []string{"z-old", "a-new"} {
					c, err := e.Conversation(ctx, dspTenant, id)
					require.NoError(t, err)
					require.Equal(t, store.StatusOptedOut, c.Status, "conversation %s has the number", id)
				}

				chat, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "chat-new", Channel: store.ChannelChat,
					Lead: store.Lead{Name: "Dana", Email: "new@example.com"}})
				require.NoError(t, err)
				require.Equal(t, store.StatusOptedOut, chat.Status, "the newest conversation's email is the lead's now: it must be suppressed")
				_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "chat-new", Body: "Hi Dana!", Send: true})
				require.ErrorIs(t, err, handoff.ErrOptedOut)
			})
		})
	}
}

// TestAddressOptOut_AuditedAsWhoReportedIt: who opted an address out must
// be told apart in the trail: the host's own (a do-not-contact list, a
// request taken by phone) is actor host, as store.ActorHost says of the
// embedding application acting through the API; a carrier's report
// (AddressOptOut.Carrier, and DeliveryFailed's recipient-opted-out report
// for a text handoffkit does not know, as Twilio's status callback
// passes) is actor system. Every conversation with the number says so.
func TestAddressOptOut_AuditedAsWhoReportedIt(t *testing.T) {
	t.Parallel()
	const phone = "+12125550100"
	for _, tc := range []struct {
		name   string
		actor  store.Actor
		optOut func(ctx context.Context, e *handoff.Engine) (handoff.Result, error)
	}{
		{"host", store.ActorHost, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: phone, Rule: "crm_dnc_list"})
		}},
		{"host default rule", store.ActorHost, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: phone})
		}},
		{"carrier", store.ActorSystem, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: phone, Rule: "carrier:opted_out", Carrier: true})
		}},
		{"DeliveryFailed", store.ActorSystem, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.DeliveryFailed(ctx, handoff.DeliveryFailure{TenantID: tenant, ProviderID: "SM-unknown", Reason: "21610", OptedOut: true, To: phone})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			b := setup(t, nil)
			for _, id := range []string{"c1", "c2"} {
				_, err := b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Name: "Lee", Phone: phone}})
				require.NoError(t, err)
			}
			_, err := tc.optOut(ctx, b.engine)
			require.NoError(t, err)
			for _, id := range []string{"c1", "c2"} {
				var actors []store.Actor
				for _, ev := range b.dump(t, id).Events {
					if ev.Kind == store.EventOptOut {
						actors = append(actors, ev.Actor)
					}
				}
				require.Equal(t, []store.Actor{tc.actor}, actors, "conversation %s", id)
			}
		})
	}
}
