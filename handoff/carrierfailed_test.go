package handoff_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// bridgeOf is the message ID of the conversation's bridge text.
func bridgeOf(t *testing.T, st store.Store, id string) string {
	t.Helper()
	b := onlyKind(outboxOf(t, st, id), store.OutboxBridgeSMS)
	require.Len(t, b, 1)
	return b[0].MessageID
}

// TestUndelivered_ATextTheCarrierReportedUndelivered: the rep replies,
// the provider accepts the text (the Dispatcher settles it done), then
// the carrier reports it undelivered (a Twilio status callback
// "undelivered", 30003). Undelivered lists it, with the carrier's report,
// so the inbox marks it "Not sent" and the rep calls instead; it listed
// only cancelled and dead-lettered texts, and the rep believed the lead
// had their reply (reviewer W, D1). The report is recorded once, a report
// for a provider ID the tenant does not know (another tenant's, or none)
// is ErrNotFound and writes nothing, and the texts that went are not
// listed. On memstore, SQLite and PostgreSQL.
func TestUndelivered_ATextTheCarrierReportedUndelivered(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		env.handoff(t, "c1")
		env.runOnce(t) // the bridge: SM0001
		rm, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Body: "Hi Maria, Sarah here. Is 5pm good for a call?", Send: true})
		require.NoError(t, err)
		env.runOnce(t) // the rep's text: SM0002
		require.Len(t, env.sender.bodies(), 2)
		evs, err := env.e.Events(ctx, dspTenant, "c1")
		require.NoError(t, err)

		const reason = "30003 unreachable destination handset"
		for _, f := range []handoff.DeliveryFailure{
			{TenantID: dspTenant, ProviderID: "SM9999", Reason: reason},
			{TenantID: "globex", ProviderID: "SM0002", Reason: reason},
			{TenantID: "globex", ConversationID: "c1", ProviderID: "SM0002", Reason: reason},
		} {
			_, err := env.e.DeliveryFailed(ctx, f)
			require.ErrorIs(t, err, handoff.ErrNotFound, "%+v", f)
		}
		after, err := env.e.Events(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, evs, after, "an unknown report writes nothing")
		got, err := env.e.Undelivered(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Empty(t, got)

		f := handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM0002", Reason: reason}
		res, err := env.e.DeliveryFailed(ctx, f)
		require.NoError(t, err)
		require.False(t, res.Duplicate)
		res, err = env.e.DeliveryFailed(ctx, f)
		require.NoError(t, err)
		require.True(t, res.Duplicate, "the callback's retry")

		got, err = env.e.Undelivered(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, []handoff.NotSent{{MessageID: rm.MessageID, Status: store.OutboxDone,
			Why: "the carrier could not deliver it (30003 unreachable destination handset)", Failure: reason}}, got,
			"the rep's text, not the bridge that went")
		failed := 0
		all, err := env.e.Events(ctx, dspTenant, "c1")
		require.NoError(t, err)
		for _, ev := range all {
			if ev.Kind == store.EventDeliveryFailed {
				failed++
			}
		}
		require.Equal(t, 1, failed, "recorded once")
		env.clock.Advance(time.Hour)
		env.runOnce(t)
		require.NotContains(t, env.notes.to(), "rep_update:", "the rep drives: the page tells them, no update")
	})
}

// TestDeliveryFailed_TheBridgeOfAWaitingHandoffTellsTheRep: the bridge of
// a handoff no rep has picked up yet never reached the lead (the carrier
// reported it undelivered after the provider accepted it, or the Sender
// failed for good and the Dispatcher dead-lettered it): the lead was
// never told a person would follow up and waits in silence. The rep the
// handoff waits on is told by a rep update (once, however often the
// carrier repeats its report), whose Notification lists the bridge as
// undelivered; the bridge was only audited and nobody's view showed it
// (reviewer W, D1). On memstore, SQLite and PostgreSQL.
func TestDeliveryFailed_TheBridgeOfAWaitingHandoffTellsTheRep(t *testing.T) {
	t.Parallel()
	for name, fail := range map[string]func(t *testing.T, env *afterEnv){
		"carrier report": func(t *testing.T, env *afterEnv) {
			env.runOnce(t) // the bridge (SM0001) and the rep's notification
			f := handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM0001", Reason: "30005 unknown destination handset"}
			for range 2 {
				_, err := env.e.DeliveryFailed(context.Background(), f)
				require.NoError(t, err)
			}
		},
		"dead letter": func(t *testing.T, env *afterEnv) {
			env.sender.fail = func(d handoff.Delivery) (error, bool) {
				return &handoff.PermanentError{Err: errors.New("21614 not a mobile number")}, false
			}
			env.runOnce(t)
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				ctx := context.Background()
				env := afterSetup(t, st, team(t, st), nil)
				c := env.handoff(t, "c1")
				fail(t, env)
				require.Equal(t, []string{"rep_notification:" + c.AssignedTo}, env.notes.to())
				env.clock.Advance(time.Minute)
				env.runOnce(t)
				require.Equal(t, []string{"rep_notification:" + c.AssignedTo, "rep_update:" + c.AssignedTo}, env.notes.to(),
					"the rep the handoff waits on is told, once")
				got, err := env.e.Undelivered(ctx, dspTenant, "c1")
				require.NoError(t, err)
				require.Len(t, got, 1)
				require.Equal(t, bridgeOf(t, st, "c1"), got[0].MessageID)
				env.notes.mu.Lock()
				update := env.notes.n[1]
				env.notes.mu.Unlock()
				require.Equal(t, got, update.Undelivered, "the update says which text did not reach the lead")
				require.Equal(t, store.StateHandoff, update.Conversation.State)
			})
		})
	}
}

// TestDeliveryFailed_AnAIReplyTellsNobody: the carrier's report of an AI
// reply the lead did not get, while the AI drives, is listed by
// Undelivered and tells no rep: there is no handoff to break.
func TestDeliveryFailed_AnAIReplyTellsNobody(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "Hi Maria! When would you like to sell?")
	env.runOnce(t)
	_, err := env.e.DeliveryFailed(context.Background(), handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM0001", Reason: "undelivered"})
	require.NoError(t, err)
	env.clock.Advance(time.Hour)
	env.runOnce(t)
	require.Empty(t, env.notes.to())
	got, err := env.e.Undelivered(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, "the carrier could not deliver it (undelivered)", got[0].Why)
	require.Equal(t, store.StateAIActive, env.conv(t, "c1").State)
}
