package handoff_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

var errInjected = errors.New("injected fault")

// faultStore wraps a Store and fails the n-th write operation (1-based)
// counted across all transactions; failAt 0 never fails.
type faultStore struct {
	store.Store
	failAt int
	writes int
}

func (f *faultStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return f.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return fn(ctx, &faultTx{Tx: tx, f: f})
	})
}

type faultTx struct {
	store.Tx
	f *faultStore
}

func (t *faultTx) step() error {
	t.f.writes++
	if t.f.writes == t.f.failAt {
		return errInjected
	}
	return nil
}

func (t *faultTx) ConversationUpdate(ctx context.Context, c *store.Conversation) error {
	if err := t.step(); err != nil {
		return err
	}
	return t.Tx.ConversationUpdate(ctx, c)
}

func (t *faultTx) MessageAppend(ctx context.Context, m *store.Message) error {
	if err := t.step(); err != nil {
		return err
	}
	return t.Tx.MessageAppend(ctx, m)
}

func (t *faultTx) EventAppend(ctx context.Context, e *store.Event) error {
	if err := t.step(); err != nil {
		return err
	}
	return t.Tx.EventAppend(ctx, e)
}

func (t *faultTx) OutboxEnqueue(ctx context.Context, it *store.OutboxItem) error {
	if err := t.step(); err != nil {
		return err
	}
	return t.Tx.OutboxEnqueue(ctx, it)
}

func (t *faultTx) OutboxCancel(ctx context.Context, p store.OutboxCancelParams) (int, error) {
	if err := t.step(); err != nil {
		return 0, err
	}
	return t.Tx.OutboxCancel(ctx, p)
}

func (t *faultTx) SuppressionPut(ctx context.Context, s *store.Suppression) error {
	if err := t.step(); err != nil {
		return err
	}
	return t.Tx.SuppressionPut(ctx, s)
}

// TestHandoffIsAllOrNothing fails each write step of the handoff
// transaction in turn and checks that none of the handoff's records exist
// after the failure, then that the same message succeeds on retry.
func TestHandoffIsAllOrNothing(t *testing.T) {
	t.Parallel()
	for _, body := range []string{twoFields, callMe, "STOP"} {
		steps := 0
		for failAt := 1; ; failAt++ {
			fs := &faultStore{Store: memstore.New()}
			b := setupStore(t, fs, nil)
			b.start(t, "c1")
			before := b.dump(t, "c1")
			fs.writes, fs.failAt = 0, failAt

			_, err := b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: body, ProviderID: "SM1"})
			if err == nil {
				steps = failAt - 1
				break
			}
			require.ErrorIs(t, err, errInjected)
			after := b.dump(t, "c1")
			require.Equal(t, before, after, "%q: failing write %d left a trace", body, failAt)
			require.Equal(t, store.StateAIActive, after.Conv.State)
			require.Equal(t, store.StatusNew, after.Conv.Status)

			// The provider retries the webhook: it succeeds whole.
			fs.failAt = 0
			out, err := b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: body, ProviderID: "SM1"})
			require.NoError(t, err)
			if body == "STOP" {
				require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
			} else {
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)
				requireHandedOffOnce(t, b.dump(t, "c1"))
			}
		}
		require.GreaterOrEqual(t, steps, 4, "%q: the transaction has several write steps to fail", body)
	}
}

func TestOnHandoffHookErrorAbortsEverything(t *testing.T) {
	t.Parallel()
	hookErr := errors.New("crm row locked")
	calls := 0
	b := setup(t, func(c *handoff.Config) {
		c.OnHandoff = func(ctx context.Context, tx store.Tx, conv store.Conversation) error {
			calls++
			require.Equal(t, store.StatusHot, conv.Status)
			return hookErr
		}
	})
	b.start(t, "c1")
	before := b.dump(t, "c1")
	_, err := b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: callMe})
	require.ErrorIs(t, err, hookErr)
	require.Equal(t, 1, calls)
	require.Equal(t, before, b.dump(t, "c1"))
}
