package handoff_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// twoEngines returns two engines ("two app instances") on one store; the
// first keeps snapshots between messages unless cache is false.
func twoEngines(t *testing.T, cache bool) (*bundle, *handoff.Engine) {
	t.Helper()
	st := memstore.New()
	cfg := &handoff.Config{}
	if !cache {
		cfg.SnapshotCache = -1
	}
	a := setupStore(t, st, cfg)
	b, err := handoff.NewEngine(st, nil)
	require.NoError(t, err)
	return a, b
}

func forCache(t *testing.T, f func(t *testing.T, cache bool)) {
	for _, cache := range []bool{true, false} {
		t.Run(fmt.Sprintf("cache=%v", cache), func(t *testing.T) { t.Parallel(); f(t, cache) })
	}
}

// A STOP handled by another instance moves the version; the instance with a
// cached snapshot must notice and never hand off.
func TestSnapshotCache_OptOutOnAnotherInstanceWins(t *testing.T) {
	t.Parallel()
	forCache(t, func(t *testing.T, cache bool) {
		a, b := twoEngines(t, cache)
		a.start(t, "c1")
		require.Equal(t, handoff.OutcomeReplied, a.receive(t, "c1", "hmm, what would you pay?").Kind)
		out, err := b.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "STOP"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)

		out = a.receive(t, "c1", callMe)
		require.Equal(t, handoff.OutcomeRecorded, out.Kind)
		d := a.dump(t, "c1")
		require.Equal(t, store.StatePaused, d.Conv.State)
		require.Zero(t, countKind(d.Outbox, store.OutboxBridgeSMS, ""))
	})
}

// A suppression the host writes straight into the store does not move the
// conversation's version; the cached path re-checks it inside the commit.
func TestSnapshotCache_HostSuppressionWithoutVersionChange(t *testing.T) {
	t.Parallel()
	forCache(t, func(t *testing.T, cache bool) {
		a, _ := twoEngines(t, cache)
		a.start(t, "c1")
		require.Equal(t, handoff.OutcomeReplied, a.receive(t, "c1", "hmm, what would you pay?").Kind)
		require.NoError(t, a.st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
			return tx.SuppressionPut(ctx, &store.Suppression{TenantID: tenant, Address: leadPhone, Channel: store.ChannelSMS, Reason: "crm: do not contact"})
		}))
		before := countKind(a.dump(t, "c1").Outbox, store.OutboxAIReply, "")

		out := a.receive(t, "c1", callMe)
		require.Equal(t, handoff.OutcomeRecorded, out.Kind, "no handoff to a suppressed number")
		d := a.dump(t, "c1")
		require.Zero(t, countKind(d.Outbox, store.OutboxBridgeSMS, ""))
		require.Equal(t, before, countKind(d.Outbox, store.OutboxAIReply, ""), "no new AI reply")
	})
}

// A rep message on another instance moves the thread to human; the cached
// instance records the next lead message for the rep.
func TestSnapshotCache_RepOnAnotherInstance(t *testing.T) {
	t.Parallel()
	forCache(t, func(t *testing.T, cache bool) {
		a, b := twoEngines(t, cache)
		a.start(t, "c1")
		a.receive(t, "c1", "hmm, what would you pay?")
		_, err := b.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1", Body: "Sarah here"})
		require.NoError(t, err)
		out := a.receive(t, "c1", "what would you offer for it?")
		require.Equal(t, handoff.OutcomeRecorded, out.Kind)
		require.Zero(t, countKind(a.dump(t, "c1").Outbox, store.OutboxAIReply, store.OutboxPending))
	})
}
