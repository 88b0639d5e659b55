package handoff_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestCarrierOptOutOvertakesTheSenderThenRetried: a carrier's "recipient
// opted out" report for the bridge arrives while the Sender is still
// handing it over, so its provider ID is not known yet; the host's webhook
// gives up (its context ends, the opt-out committed, the bridge in
// flight) and the provider retries the same report, once before the
// Sender returned and once after. One carrier report is one opt-out: the
// retries are Result.Duplicate and the conversation's trail has one
// opt_out event and one delivery_failed event naming the provider ID and
// the carrier's reason, on memstore, SQLite and PostgreSQL.
func TestCarrierOptOutOvertakesTheSenderThenRetried(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		env.handoff(t, "c1")
		entered, release := make(chan struct{}), make(chan struct{})
		var once sync.Once
		env.sender.hook = func(_ context.Context, d handoff.Delivery) {
			if d.Item.Kind == store.OutboxBridgeSMS {
				once.Do(func() { close(entered) })
				<-release
			}
		}
		ran := make(chan error, 1)
		go func() { _, err := env.d.RunOnce(ctx); ran <- err }()
		<-entered // the bridge is with the Sender; its provider ID is the first the sender returns

		report := handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM0001", OptedOut: true,
			To: "+12125550100", Reason: "21610 unsubscribed"}
		wctx, cancel := context.WithCancel(ctx)
		first := make(chan error, 1)
		go func() { _, err := env.e.DeliveryFailed(wctx, report); first <- err }()
		require.Eventually(t, func() bool { return env.conv(t, "c1").Status == store.StatusOptedOut },
			10*time.Second, time.Millisecond, "the first report opts the lead out")
		cancel()
		if err := <-first; err != nil {
			// (the commit the status read above saw is reported as one:
			// a cancel landing on it cannot end it)
			require.ErrorIs(t, err, handoff.ErrInFlight, "the webhook's context ended with the bridge in flight")
		}

		tctx, tcancel := context.WithTimeout(ctx, 5*time.Second)
		defer tcancel()
		res, err := env.e.DeliveryFailed(tctx, report)
		require.NoError(t, err)
		require.True(t, res.Duplicate, "a retry while the provider ID is still unknown")

		close(release)
		require.NoError(t, <-ran)
		require.Equal(t, "SM0001", onlyKind(outboxOf(t, st, "c1"), store.OutboxBridgeSMS)[0].ProviderID)

		res, err = env.e.DeliveryFailed(ctx, report)
		require.NoError(t, err)
		require.True(t, res.Duplicate, "a retry once the Sender returned the provider ID")

		require.Len(t, env.events(t, "c1", store.EventOptOut), 1, "one carrier report, one opt-out")
		failed := env.events(t, "c1", store.EventDeliveryFailed)
		require.Len(t, failed, 1)
		require.Equal(t, "21610 unsubscribed", failed[0].Reason)
		require.Contains(t, failed[0].Detail, "provider_id=SM0001")
		require.Contains(t, failed[0].Detail, "opted_out=true")
	})
}
