package handoff_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// manualClock only moves when told to.
type manualClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *manualClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *manualClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// Engine.Metrics reads what the engine itself recorded: a handoff the rep
// answered two minutes later with a question the lead had answered, the
// bridge text that answer cancelled, an unanswered ask, an opt-out, a lead
// repeating themselves (handed off too) and a resume.
func TestMetrics_ReportsWhatTheEngineRecorded(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	start := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	clk := &manualClock{t: start}
	var n atomic.Int64
	e, err := handoff.NewEngine(memstore.New(), &handoff.Config{Now: clk.Now, NewID: func() string { return fmt.Sprintf("id%04d", n.Add(1)) }})
	require.NoError(t, err)
	for _, id := range []string{"c1", "c2", "c3", "c4"} {
		_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: "+1555010123" + id[1:]}})
		require.NoError(t, err)
	}
	receive := func(id, body string) handoff.Outcome {
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: body})
		require.NoError(t, err)
		return out
	}
	require.Equal(t, handoff.OutcomeHandoff, receive("c1", twoFields).Kind)
	clk.Add(2 * time.Minute)
	res, err := e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah", Body: "Hi Dana! So why are you selling the house?"})
	require.NoError(t, err)
	require.Equal(t, 1, res.Cancelled, "the queued bridge text gives way to the rep")
	clk.Add(time.Minute)
	require.Equal(t, handoff.OutcomeHandoff, receive("c2", "can you just call me").Kind)
	receive("c3", "STOP")
	receive("c4", "like I already told you, I want to sell")
	_, err = e.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
	require.NoError(t, err)
	clk.Add(time.Minute)

	r, err := e.Metrics(ctx, handoff.MetricsParams{TenantID: tenant, From: start})
	require.NoError(t, err)
	require.EqualValues(t, 4, r.Conversations)
	require.EqualValues(t, 3, r.HandedOff)
	require.InDelta(t, 0.75, r.HandoffRate, 1e-9)
	require.EqualValues(t, 1, r.HandoffsByReason["fields"])
	require.EqualValues(t, 1, r.HandoffsByReason["explicit_ask"])
	require.EqualValues(t, 3, r.Handoffs)
	require.EqualValues(t, 1, r.Responded)
	require.EqualValues(t, 2, r.Unanswered)
	require.Equal(t, 2*time.Minute, r.TimeToRepP50)
	require.Equal(t, 2*time.Minute, r.TimeToRepP90)
	require.EqualValues(t, 1, r.CollisionsPrevented)
	require.EqualValues(t, 1, r.OptedOut)
	require.EqualValues(t, 1, r.RepMessages)
	require.EqualValues(t, 1, r.ReQuestions, "motivation was known")
	require.Equal(t, map[string]int64{"motivation": 1}, r.ReQuestionsByField)
	require.EqualValues(t, 1, r.ContextLoss)
	require.EqualValues(t, 1, r.Resumes)
	require.Contains(t, r.Table(), "re-questions")

	_, err = e.Metrics(ctx, handoff.MetricsParams{})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
	_, err = e.Metrics(ctx, handoff.MetricsParams{TenantID: tenant, From: start, To: start})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

// A rep who phones the lead from the CRM and then clicks Complete has
// acted on the handoff: the complete event says "engaged after 1m0s" and
// EngagedAt is set, so the report counts the handoff responded after one
// minute, not unanswered, on every store.
func TestMetrics_CompletedHandoffIsResponded(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		start := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
		clk := &manualClock{t: start}
		var n atomic.Int64
		e, err := handoff.NewEngine(st, &handoff.Config{Now: clk.Now, NewID: func() string { return fmt.Sprintf("id%04d", n.Add(1)) }})
		require.NoError(t, err)
		_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", Lead: store.Lead{Name: "Dana", Phone: "+15550101234"}})
		require.NoError(t, err)
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "can someone call me"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		clk.Add(time.Minute)
		res, err := e.Complete(ctx, handoff.HandoffActionParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		require.Equal(t, start.Add(time.Minute), res.Conversation.EngagedAt)
		clk.Add(time.Second)

		r, err := e.Metrics(ctx, handoff.MetricsParams{TenantID: tenant, From: start})
		require.NoError(t, err)
		require.EqualValues(t, 1, r.Handoffs)
		require.EqualValues(t, 1, r.Responded, "the rep completed the handoff")
		require.EqualValues(t, 0, r.Unanswered)
		require.Equal(t, time.Minute, r.TimeToRepP50)
		require.Equal(t, time.Minute, r.TimeToRepP90)
	})
}

// The seeds' follow-up figures, from what the engine recorded, on every
// store: four handoffs at 15:00; c1's lead books the first slot offered
// two minutes later, Sarah writes at 15:05 and completes at 15:15 (a
// handle time of ten minutes); c2's rep phones and completes at 15:20,
// their first action (closed, but no handle time: nothing records when
// they started); c3's lead complains half an hour after the handoff; c4
// was handed off for a complaint and then writes calmly, which is no
// complaint after the handoff.
func TestMetrics_CloseRateHandleTimeBookingAndComplaints(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		for i, id := range []string{"c1", "c2", "c3", "c4"} {
			env.startWith(t, id, fmt.Sprintf("+1212555010%d", i), "America/New_York")
		}
		for _, id := range []string{"c1", "c2", "c3"} {
			require.Equal(t, handoff.OutcomeHandoff, env.say(t, id, "can you call me").Kind)
		}
		out := env.say(t, "c4", "this is terrible service, I've asked three times!!!")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, "frustration", out.Conversation.HandoffReason)

		env.clock.Advance(2 * time.Minute)
		require.Contains(t, env.say(t, "c1", "the first one").Reply, "booked with Sarah")
		env.clock.Advance(3 * time.Minute)
		_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Body: "Hi Maria, Sarah here. Talk at 3:30!"})
		require.NoError(t, err)
		env.clock.Advance(10 * time.Minute)
		_, err = env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		env.clock.Advance(5 * time.Minute)
		_, err = env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah"})
		require.NoError(t, err)
		env.clock.Advance(10 * time.Minute)
		env.say(t, "c3", "this is ridiculous, still nobody has called me")
		env.say(t, "c4", "ok thanks, talk soon")
		env.clock.Advance(time.Minute)

		r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant, From: monday3pm})
		require.NoError(t, err)
		require.EqualValues(t, 4, r.Handoffs)
		require.EqualValues(t, 2, r.Closed, "c1 and c2 completed")
		require.InDelta(t, 0.5, r.CloseRate, 1e-9)
		require.EqualValues(t, 1, r.Handled, "c2 was completed as the rep's first action: no start")
		require.Equal(t, 10*time.Minute, r.HandleTimeP50)
		require.Equal(t, 10*time.Minute, r.HandleTimeP90)
		require.EqualValues(t, 1, r.BookedHandoffs)
		require.Equal(t, 2*time.Minute, r.TimeToBookingP50)
		require.Equal(t, 2*time.Minute, r.TimeToBookingP90)
		require.EqualValues(t, 1, r.Complained, "c3 complained after its handoff; c4's complaint fired its handoff")
		require.InDelta(t, 0.25, r.ComplaintRate, 1e-9)
		for _, row := range []string{"closed", "handle time", "time to booking", "complained after handoff"} {
			require.Contains(t, r.Table(), row)
		}

		// A window that ends before the completes and the complaint.
		early, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant, From: monday3pm, To: monday3pm.Add(10 * time.Minute)})
		require.NoError(t, err)
		require.EqualValues(t, 0, early.Closed)
		require.EqualValues(t, 0, early.Complained)
		require.EqualValues(t, 1, early.BookedHandoffs)
	})
}
