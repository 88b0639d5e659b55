package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// blindModel is a model tier that finds nothing: no field, a zero score,
// no signal. The rules are a floor under it.
type blindModel struct{}

func (blindModel) Extract(context.Context, qualify.ExtractInput) ([]qualify.Value, error) {
	return nil, nil
}
func (blindModel) Score(context.Context, qualify.ScoreInput) (int, error) { return 0, nil }
func (blindModel) Judge(context.Context, trigger.JudgeInput) (trigger.Judgement, error) {
	return trigger.Judgement{Tier: "llm:blind"}, nil
}

// TestModelNeverRemovesWhatTheRulesFound: a model extractor, scorer and
// judge that find nothing do not take away the fields, the score or the
// explicit ask the rules found.
func TestModelNeverRemovesWhatTheRulesFound(t *testing.T) {
	b := setup(t, func(c *handoff.Config) {
		c.Extractor, c.Scorer, c.Judge = blindModel{}, blindModel{}, blindModel{}
	})
	b.start(t, "fields")
	out := b.receive(t, "fields", twoFields)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind, "the rules' two fields fire the handoff")
	got := map[qualify.Field]bool{}
	for _, v := range out.Fields {
		got[v.Field] = true
	}
	require.True(t, got[qualify.Motivation] && got[qualify.Condition], "fields %v", out.Fields)
	require.Positive(t, out.Score, "the rules' score stands over the model's zero")

	b.start(t, "ask")
	out = b.receive(t, "ask", callMe)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, trigger.ReasonExplicitAsk, out.Reason, "the rules' explicit ask stands over the model's nothing")
}
