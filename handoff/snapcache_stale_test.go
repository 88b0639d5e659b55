package handoff_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestResumeElsewhereIsSeen: instance A hands a lead off, instance B (another
// process on the same store) resumes the AI; A's next lead message is
// answered as ai_active, not recorded on a stale cached handoff state.
func TestResumeElsewhereIsSeen(t *testing.T) {
	st := memstore.New()
	a := setupStore(t, st, &handoff.Config{})
	b := setupStore(t, st, &handoff.Config{})
	a.start(t, "c")
	require.Equal(t, handoff.OutcomeHandoff, a.receive(t, "c", callMe).Kind)
	_, err := b.engine.Resume(context.Background(), handoff.ResumeParams{TenantID: tenant, ConversationID: "c"})
	require.NoError(t, err)
	out := a.receive(t, "c", "hello?")
	require.Equal(t, store.StateAIActive, out.State, "A sees B's resume")
	require.NotEqual(t, handoff.OutcomeRecorded, out.Kind)
}

type countingJudge struct{ n atomic.Int32 }

func (j *countingJudge) Judge(context.Context, trigger.JudgeInput) (trigger.Judgement, error) {
	j.n.Add(1)
	return trigger.Judgement{}, nil
}

// TestProviderRetryCostsNoJudgement: a provider's retry of a message the
// engine already recorded is answered as a duplicate without judging it
// (no model call) again.
func TestProviderRetryCostsNoJudgement(t *testing.T) {
	j := &countingJudge{}
	b := setup(t, func(c *handoff.Config) { c.Judge = j })
	b.start(t, "c")
	ctx := context.Background()
	in := handoff.Inbound{TenantID: tenant, ConversationID: "c", Body: "maybe later this year", ProviderID: "SM1"}
	_, err := b.engine.Receive(ctx, in)
	require.NoError(t, err)
	for range 2 {
		out, err := b.engine.Receive(ctx, in)
		require.NoError(t, err)
		require.True(t, out.Duplicate)
	}
	require.Equal(t, int32(1), j.n.Load(), "judged once")
}
