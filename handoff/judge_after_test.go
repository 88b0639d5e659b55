package handoff_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// revokes is a revocation in words no rule of the detector reads as one:
// only a model (Config.Judge) does.
const revokes = "this chapter is closed for us, we are done with all of this"

// optOutJudge is a host Judge that reads revokes as an opt-out with the
// given confidence, and counts the messages it is asked about.
type optOutJudge struct {
	confidence float64
	mu         sync.Mutex
	asked      map[string]int
}

func (j *optOutJudge) Judge(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.asked == nil {
		j.asked = map[string]int{}
	}
	j.asked[in.Text]++
	if in.Text == revokes {
		return trigger.Judgement{OptOut: true, OptOutConfidence: j.confidence, Tier: "llm:host", Why: "revokes consent"}, nil
	}
	return trigger.Judgement{Tier: "llm:host"}, nil
}

func (j *optOutJudge) times(text string) int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.asked[text]
}

// TestJudgeOptOutAfterTheHandoff: Config.Judge's opt-out is the lead's
// revoked consent in every state, as before the handoff: after the
// handoff, while a rep drives and while the conversation is paused, a
// message the rules miss but the judge reads as an opt-out at 0.97 opts
// the lead out (the address suppressed, everything queued to them
// cancelled, the rep or the team told by a rep update), and the bridge
// still queued from the handoff is never sent; at 0.6 it goes to a
// person's review, which silences it too. The judge is asked once per
// message. The reviewer saw 'recorded', a Hot lead and the bridge sent.
func TestJudgeOptOutAfterTheHandoff(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name       string
		confidence float64
		then       func(t *testing.T, e *handoff.Engine) // after the handoff, before the revocation
		want       handoff.OutcomeKind
		status     store.Status
	}{
		{name: "waiting for a rep", confidence: 0.97, want: handoff.OutcomeOptedOut, status: store.StatusOptedOut},
		{name: "a rep drives", confidence: 0.97, want: handoff.OutcomeOptedOut, status: store.StatusOptedOut,
			then: func(t *testing.T, e *handoff.Engine) {
				_, err := e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "ana",
					Body: "Hi Dana, I'll call you at 5", Send: true})
				require.NoError(t, err)
			}},
		{name: "paused", confidence: 0.97, want: handoff.OutcomeOptedOut, status: store.StatusOptedOut,
			then: func(t *testing.T, e *handoff.Engine) {
				_, err := e.Pause(context.Background(), handoff.PauseParams{TenantID: tenant, ConversationID: "c1", RepID: "ana"})
				require.NoError(t, err)
			}},
		{name: "possible opt-out", confidence: 0.6, want: handoff.OutcomeReview, status: store.StatusHot},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				ctx := context.Background()
				judge := &optOutJudge{confidence: tc.confidence}
				var n atomic.Int64
				clock := &dspClock{t: dspNoonNY}
				e, err := handoff.NewEngine(st, &handoff.Config{Now: clock.Now, Judge: judge,
					NewID: func() string { return fmt.Sprintf("id%06d", n.Add(1)) }})
				require.NoError(t, err)
				_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1",
					Lead: store.Lead{Name: "Dana", Phone: leadPhone}, TimeZone: "America/New_York"})
				require.NoError(t, err)
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: callMe, ProviderID: "SM1"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)
				if tc.then != nil {
					tc.then(t, e)
				}
				require.Equal(t, dnc.None, dnc.New(nil).Detect(dnc.Input{Text: revokes}).Kind, "the rules miss it")

				out, err = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: revokes, ProviderID: "SM2"})
				require.NoError(t, err)
				require.Equal(t, tc.want, out.Kind, "the judge's opt-out at %.2f", tc.confidence)
				require.Contains(t, out.Rule, "judge:llm:host")
				require.Equal(t, 1, judge.times(revokes), "the judge is asked once")
				c, err := e.Conversation(ctx, tenant, "c1")
				require.NoError(t, err)
				require.Equal(t, store.StatePaused, c.State)
				require.Equal(t, tc.status, c.Status)

				sender, notes := newDspSender(), &noteLog{}
				d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: sender, Notifier: notes,
					QuietHours: dnc.QuietHours{Start: 0, End: 24}})
				require.NoError(t, err)
				_, err = d.RunOnce(ctx)
				require.NoError(t, err)
				for _, dl := range sender.calls {
					require.NotEqual(t, store.OutboxBridgeSMS, dl.Item.Kind, "the bridge %q went to a lead who revoked consent", dl.Body)
					require.NotEqual(t, store.OutboxRepSMS, dl.Item.Kind, "the rep's text %q went to a lead who revoked consent", dl.Body)
				}
				if tc.want == handoff.OutcomeOptedOut {
					var sup bool
					require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
						_, err := tx.SuppressionGet(ctx, tenant, leadPhone)
						sup = err == nil
						return nil
					}))
					require.True(t, sup, "the address is suppressed")
					var open []store.OutboxItem
					require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
						var err error
						open, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: "c1"})
						return err
					}))
					var ups []store.OutboxItem
					for _, it := range open {
						if it.Kind == store.OutboxRepUpdate {
							ups = append(ups, it)
						}
					}
					require.Len(t, ups, 1, "the rep or the team learns it, as of a STOP")
				}
			})
		})
	}
}

// TestJudgeAfterTheHandoffOnePerMessage: after the handoff a message the
// judge finds nothing in is recorded as before (fields and all), and the
// judge and the extractor are each asked once about it; a message paused
// by an opt-out already (suppressed) asks the judge nothing.
func TestJudgeAfterTheHandoffOnePerMessage(t *testing.T) {
	t.Parallel()
	judge := &optOutJudge{confidence: 0.97}
	var extracted atomic.Int32
	b := setup(t, func(c *handoff.Config) {
		c.Judge = judge
		c.Extractor = qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
			extracted.Add(1)
			return nil, nil
		})
	})
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	before := extracted.Load()
	out := b.receive(t, "c1", "the roof leaks a bit")
	require.Equal(t, handoff.OutcomeRecorded, out.Kind)
	require.Equal(t, 1, judge.times("the roof leaks a bit"))
	require.EqualValues(t, 1, extracted.Load()-before)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
	require.Equal(t, 0, judge.times("STOP"), "the rules decided first")
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", revokes).Kind, "opted out already")
	require.Equal(t, 0, judge.times(revokes))
}
