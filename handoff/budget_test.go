package handoff_test

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/trigger"
)

// hangingJudge is a model judge whose server never answers.
type hangingJudge struct{}

func (hangingJudge) Judge(ctx context.Context, _ trigger.JudgeInput) (trigger.Judgement, error) {
	<-ctx.Done()
	return trigger.Judgement{}, ctx.Err()
}

// TestModelBudgetNeverCutsTheRules: a hung model judge spends the call's
// DraftTimeout, but the rule extractor and scorer, which are not models,
// still run in full: the two fields and their score hand the lead off.
func TestModelBudgetNeverCutsTheRules(t *testing.T) {
	want := setup(t, nil)
	want.start(t, "c")
	plain := want.receive(t, "c", twoFields)
	require.Positive(t, plain.Score)

	b := setup(t, func(c *handoff.Config) { c.Judge, c.DraftTimeout = hangingJudge{}, 50*time.Millisecond })
	b.start(t, "c")
	out := b.receive(t, "c", twoFields)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, plain.Score, out.Score, "the rules' score stands")
	require.Len(t, out.Fields, len(plain.Fields))
}

type quickDrafter struct{}

func (quickDrafter) Draft(context.Context, bridge.Request) (string, error) {
	return "Dana will call you in a few minutes. What's the best number to reach you?", nil
}

// TestModelBudgetChargesOnlyModelCalls: a slow router (the host's CRM, say)
// does not use up the drafter's time: the budget counts model calls only.
// The router takes all the time it is given, a DraftTimeout of its own, so
// were routing charged, the drafter would find the budget spent; the
// drafter answers at once. Nothing here races the scheduler: no sleep is
// weighed against the budget.
func TestModelBudgetChargesOnlyModelCalls(t *testing.T) {
	routed := make(chan struct{})
	slow := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		<-ctx.Done() // a CRM lookup that takes its whole DraftTimeout
		close(routed)
		return route.Assignment{RepID: "dana", RepName: "Dana"}, nil
	})
	var drafted atomic.Int32
	drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		select {
		case <-routed: // the draft under test comes after the routing
			drafted.Add(1)
		default:
		}
		return quickDrafter{}.Draft(ctx, req)
	})
	b := setup(t, func(c *handoff.Config) {
		c.Router, c.Drafter, c.DraftTimeout = slow, drafter, 100*time.Millisecond
	})
	b.start(t, "c")
	out := b.receive(t, "c", callMe)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, int32(1), drafted.Load(), "the bridge is drafted after the router took its time")
	require.Equal(t, "Dana will call you in a few minutes. What's the best number to reach you?", out.Reply, "the drafter's text, not the template")
}

// TestFullRepIsExcludedNotRetriedForever: a router whose Load disagrees
// with the store (it always says the rep is free) keeps choosing a rep at
// its cap; the commit's check refuses the rep, the same call routes again
// without it, and the handoff goes to the team queue instead of failing.
func TestFullRepIsExcludedNotRetriedForever(t *testing.T) {
	pool, err := route.New(&route.Config{Reps: []route.Rep{{ID: "ana", Name: "Ana", MaxOpen: 1}},
		Load: route.LoadFunc(func(context.Context, string, []string) (map[string]int, error) { return nil, nil })})
	require.NoError(t, err)
	b := setup(t, func(c *handoff.Config) { c.Router = pool })
	for i, want := range []string{"ana", "", ""} {
		id := string(rune('a' + i))
		b.start(t, id)
		out := b.receive(t, id, callMe)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, want, out.AssignedTo, "handoff %d", i)
	}
}

// zebraJudge sees an explicit ask the rules cannot ("zebra") and counts
// its calls.
type zebraJudge struct{ n atomic.Int32 }

func (j *zebraJudge) Judge(_ context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
	j.n.Add(1)
	return trigger.Judgement{ExplicitAsk: strings.Contains(in.Text, "zebra"), Tier: "llm:zebra"}, nil
}

// TestFullRepKeepsTheJudgement: when the commit finds the routed rep full,
// the call routes again on the judgement it already made: the model is not
// asked twice, and the handoff only the model saw still happens.
func TestFullRepKeepsTheJudgement(t *testing.T) {
	j := &zebraJudge{}
	pool, err := route.New(&route.Config{Reps: []route.Rep{{ID: "ana", Name: "Ana", MaxOpen: 1}},
		Load: route.LoadFunc(func(context.Context, string, []string) (map[string]int, error) { return nil, nil })})
	require.NoError(t, err)
	b := setup(t, func(c *handoff.Config) { c.Router, c.Judge = pool, j })
	for i, want := range []string{"ana", ""} {
		id := string(rune('a' + i))
		b.start(t, id)
		out := b.receive(t, id, "zebra")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind, "lead %d", i)
		require.Equal(t, want, out.AssignedTo, "lead %d", i)
	}
	require.Equal(t, int32(2), j.n.Load(), "one judgement per message")
}
