package handoff_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// maybeRevoked is a message the rules doubt: a possible opt-out, in review.
const maybeRevoked = "can you end the reminder calls on my calendar? I get two for the same visit"

// TestReview_ResumeAndTakeOverWaitForTheDecision: a possible opt-out waits
// for a person to confirm or release it (ReviewOptOut, audited as
// review_confirmed or review_released, which the metrics count). Resume
// and TakeOver, which would let the AI or a rep drive the thread, are
// refused while it waits, with an error that names ReviewOptOut, and write
// nothing; the decision still settles it.
func TestReview_ResumeAndTakeOverWaitForTheDecision(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeReview, b.receive(t, "c1", maybeRevoked).Kind)
	before := b.dump(t, "c1")

	_, err := b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	var re *handoff.ReviewPendingError
	require.ErrorAs(t, err, &re)
	require.ErrorIs(t, err, handoff.ErrInvalidTransition)
	require.Equal(t, handoff.ActionResume, re.Action)
	require.Contains(t, err.Error(), "ReviewOptOut")

	_, err = b.engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	require.ErrorAs(t, err, &re)
	require.Equal(t, handoff.ActionTakeOver, re.Action)
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")

	_, err = b.engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: tenant, ConversationID: "c1", RepID: "dana"})
	require.NoError(t, err)
	d := b.dump(t, "c1")
	require.Equal(t, store.StateAIActive, d.Conv.State)
	require.Equal(t, store.EventReviewReleased, d.Events[len(d.Events)-1].Kind)
}
