package handoff_test

import (
	"context"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// staleReadStore hands its next transaction's first ConversationGet the
// row it was armed with, as PostgreSQL's READ COMMITTED can: a
// transaction that began before another committed sees that commit's new
// rows (a suppression) while the conversation row it read is the old one.
type staleReadStore struct {
	store.Store
	mu    sync.Mutex
	stale *store.Conversation
}

type staleReadTx struct {
	store.Tx
	s *staleReadStore
}

func (s *staleReadStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return fn(ctx, &staleReadTx{Tx: tx, s: s})
	})
}

func (tx *staleReadTx) ConversationGet(ctx context.Context, tenantID, id string) (store.Conversation, error) {
	tx.s.mu.Lock()
	stale := tx.s.stale
	tx.s.stale = nil
	tx.s.mu.Unlock()
	if stale != nil && stale.TenantID == tenantID && stale.ID == id {
		return *stale, nil
	}
	return tx.Tx.ConversationGet(ctx, tenantID, id)
}

// TestReviewReleaseLosingToConfirmIsATransitionError: two reps decide the
// same review at once, one confirming the opt-out and one releasing it;
// the confirm commits first. The release's transaction read the row still
// in review but saw the confirm's suppression, and answered ErrOptedOut;
// ReviewOptOut's doc promises a *TransitionError for a conversation no
// longer in review, which is what the release gets when it comes after,
// so a host that tells "someone already decided" by ErrInvalidTransition
// missed it by timing (reviewer Y, on PostgreSQL across two processes).
// The change is planned again from the row as it stands. Nothing more is
// written. On memstore, SQLite and PostgreSQL.
func TestReviewReleaseLosingToConfirmIsATransitionError(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		stale := &staleReadStore{Store: st}
		env := afterSetup(t, stale, nil, nil)
		env.start(t, "c1")
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)
		inReview, err := env.e.Conversation(ctx, dspTenant, "c1")
		require.NoError(t, err)

		_, err = env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c1", RepID: "dana", OptOut: true})
		require.NoError(t, err)
		after, err := env.e.Conversation(ctx, dspTenant, "c1")
		require.NoError(t, err)
		events, err := env.e.Events(ctx, dspTenant, "c1")
		require.NoError(t, err)

		stale.mu.Lock()
		stale.stale = &inReview
		stale.mu.Unlock()
		_, err = env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sam"})
		var te *handoff.TransitionError
		require.ErrorAs(t, err, &te, "got %v", err)
		require.ErrorIs(t, err, handoff.ErrInvalidTransition)
		require.NotErrorIs(t, err, handoff.ErrOptedOut)

		now, err := env.e.Conversation(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Empty(t, cmp.Diff(after, now), "the release wrote nothing")
		evs, err := env.e.Events(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, len(events), len(evs), "no event written")
		require.Equal(t, store.StatusOptedOut, now.Status)
	})
}
