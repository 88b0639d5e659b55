package handoff_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
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

// modelCalls counts the calls of a model Extractor, Drafter and Summarizer
// (each waiting delay, or until its context ends, as a model does) and
// answers like the rules, or with a timeline and a motivation (two fields,
// which hand an ai_active conversation off) when the message names them.
type modelCalls struct {
	delay                       time.Duration
	extracts, drafts, summaries atomic.Int32
}

func (m *modelCalls) wait(ctx context.Context) error {
	select {
	case <-time.After(m.delay):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (m *modelCalls) install(c *handoff.Config) {
	rules := qualify.NewRuleExtractor(nil)
	c.Extractor = qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
		m.extracts.Add(1)
		if err := m.wait(ctx); err != nil {
			return nil, err
		}
		if strings.Contains(in.Text, "kids finish school") {
			return []qualify.Value{{Field: qualify.Timeline, Value: "early summer", Confidence: 0.9, Evidence: "once the kids finish school"},
				{Field: qualify.Motivation, Value: "relocating", Confidence: 0.9, Evidence: "we can move"}}, nil
		}
		return rules.Extract(ctx, in)
	})
	c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		m.drafts.Add(1)
		if err := m.wait(ctx); err != nil {
			return "", err
		}
		return bridge.NewTemplate(c.Voice).Draft(ctx, req)
	})
	c.Summarizer = brief.SummarizerFunc(func(ctx context.Context, in brief.SummaryInput) (string, error) {
		m.summaries.Add(1)
		return "", m.wait(ctx)
	})
}

// TestPostHandoffMessagesCostOneAnalysisAndNoDrafts: once a change this
// engine committed takes the conversation out of ai_active (a handoff, a
// rep's takeover, an escalation, an opt-out, here or on another
// conversation with the number, a possible opt-out's review, a pause),
// the lead's next message is planned from what the conversation is now:
// after a handoff one extraction (the fields keep filling) and no draft
// or summary; while paused no model call at all. A snapshot cached from
// before the change had planned each message as an ai_active one first
// (an analysis, a bridge draft, a summary) and thrown it away.
func TestPostHandoffMessagesCostOneAnalysisAndNoDrafts(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		leave    func(t *testing.T, b *bundle)
		extracts int32
	}{
		{"handoff", func(t *testing.T, b *bundle) {
			require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c", callMe).Kind)
		}, 1},
		{"rep_takeover", func(t *testing.T, b *bundle) {
			_, err := b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c", RepID: "sarah", Body: "Hi Dana, Sarah here"})
			require.NoError(t, err)
		}, 1},
		{"escalate", func(t *testing.T, b *bundle) {
			_, err := b.engine.Escalate(ctx, handoff.EscalateParams{TenantID: tenant, ConversationID: "c", Reason: "pricing_page"})
			require.NoError(t, err)
		}, 1},
		{"opt_out", func(t *testing.T, b *bundle) {
			require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c", "STOP").Kind)
		}, 0},
		{"sibling_opt_out", func(t *testing.T, b *bundle) {
			b.start(t, "c2") // the same number
			require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c2", "STOP").Kind)
		}, 0},
		{"review", func(t *testing.T, b *bundle) {
			require.Equal(t, handoff.OutcomeReview, b.receive(t, "c", maybeRevoked).Kind)
		}, 0},
		{"pause", func(t *testing.T, b *bundle) {
			_, err := b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c", Reason: "host"})
			require.NoError(t, err)
		}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := &modelCalls{}
			b := setup(t, m.install)
			b.start(t, "c")
			require.Equal(t, handoff.OutcomeReplied, b.receive(t, "c", "hi, who is this?").Kind, "an AI reply: the snapshot is cached")
			tc.leave(t, b)
			for i := range 3 {
				e0, d0, s0 := m.extracts.Load(), m.drafts.Load(), m.summaries.Load()
				out := b.receive(t, "c", "the roof leaks, I inherited it from my dad")
				require.NotEqual(t, store.StateAIActive, out.State)
				require.Equal(t, [3]int32{tc.extracts, 0, 0}, [3]int32{m.extracts.Load() - e0, m.drafts.Load() - d0, m.summaries.Load() - s0},
					"message %d after %s: extractions, drafts, summaries", i+1, tc.name)
			}
		})
	}
}

// TestPostHandoffModelExtractionNotStarvedByStalePlan: the model calls of
// one Receive share DraftTimeout, so a plan from a stale snapshot (an
// analysis, a bridge draft and a summary for an ai_active conversation
// that had handed off) left the real extraction after the handoff no
// time: the timeline the lead gave never reached the rep's fields.
func TestPostHandoffModelExtractionNotStarvedByStalePlan(t *testing.T) {
	m := &modelCalls{delay: 350 * time.Millisecond}
	b := setup(t, func(c *handoff.Config) {
		m.install(c)
		c.DraftTimeout = 1200 * time.Millisecond
	})
	b.start(t, "c")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c", callMe).Kind)
	out := b.receive(t, "c", "we can move once the kids finish school")
	require.Equal(t, store.StateHandoff, out.State)
	c, err := b.engine.Conversation(context.Background(), tenant, "c")
	require.NoError(t, err)
	require.Equal(t, "early summer", c.Fields[store.FieldName(qualify.Timeline)].Value, "the timeline the model read after the handoff")
}
