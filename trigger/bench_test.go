package trigger_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// benchText is a 160-character lead message.
const benchText = "yeah we inherited the place from my aunt last yr, roof leaks and the kitchen is original. " +
	"want to close by march, around 250k. can someone call me tmrw morning?"

// BenchmarkAnalyze measures the whole per-message analysis the engine
// runs, rules plus the learned tier: DNC detection (keywords, rules, then
// the model), field extraction, the rules' signals merged with the model
// as a Judge, scoring with the merged commitment and the default policy
// reading the merged signals. Goal: <= 10 µs per 160-character message.
func BenchmarkAnalyze(b *testing.B) {
	if len(benchText) != 160 {
		b.Fatalf("benchText is %d bytes, want 160", len(benchText))
	}
	// 64 distinct 160-byte variants, so each iteration normalises and
	// scores its message once (as the engine does) instead of hitting the
	// caches
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = strings.Replace(benchText, "250k", fmt.Sprintf("%03dk", 200+i), 1)
	}
	ctx := context.Background()
	det := dnc.New(nil)
	ex := qualify.NewRuleExtractor(nil)
	sc := qualify.NewRuleScorer(nil)
	judge := trigger.Model()
	pol := trigger.DefaultPolicy()
	schema := qualify.RealEstate
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	i := 0
	for b.Loop() {
		benchText := texts[i%len(texts)]
		i++
		if det.Detect(dnc.Input{Text: benchText}).Kind != dnc.None {
			b.Fatal("unexpected opt-out")
		}
		vals, _ := ex.Extract(ctx, qualify.ExtractInput{Schema: schema, Text: benchText, MessageID: "m1"})
		known := make(map[qualify.Field]qualify.Value, len(vals))
		for _, v := range vals {
			known[v.Field] = v
		}
		rules := trigger.Analyze(benchText)
		j, _ := judge.Judge(ctx, trigger.JudgeInput{Text: benchText, Rules: rules})
		sig := rules.Merge(j)
		score, _ := sc.Score(ctx, qualify.ScoreInput{Schema: schema, Text: benchText, Known: known, Commitment: sig.Commitment})
		conf := schema.Confident(known)
		names := make([]string, len(conf))
		for i, f := range conf {
			names[i] = string(f)
		}
		d, _ := pol.Evaluate(ctx, trigger.Input{Text: benchText, Confident: names, Required: schema.Required,
			Fields: len(schema.Fields), Score: score, Turn: 1, Signals: &sig})
		if !d.Handoff {
			b.Fatal("expected a handoff")
		}
	}
}

// BenchmarkModel measures the learned tier alone (tokenize, featurize,
// four dot products) on distinct 160-byte messages.
func BenchmarkModel(b *testing.B) {
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = strings.Replace(benchText, "250k", fmt.Sprintf("%03dk", 200+i), 1)
	}
	j := trigger.Model()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = j.JudgeText(texts[i%len(texts)])
		i++
	}
}

// BenchmarkAnalyzeSignals measures [trigger.Analyze] alone, on distinct
// messages.
func BenchmarkAnalyzeSignals(b *testing.B) {
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = strings.Replace(benchText, "250k", fmt.Sprintf("%03dk", 200+i), 1)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = trigger.Analyze(texts[i%len(texts)])
		i++
	}
}
