package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/llm/anthropic"
	"github.com/handoffkit/handoffkit/llm/openai"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// A choice is what runs one step (extraction, judging, drafting):
//
//	rules          the library's own tiers (the rules and the learned
//	               model shipped with it); the default
//	llm:anthropic  the model alone, through llm/anthropic
//	llm:openai     the model alone, through llm/openai (any compatible server)
//	mixed          the library's tiers with the model over them, as the
//	               engine runs an adapter: the model may add, never remove;
//	               mixed:anthropic or mixed:openai name the vendor, plain
//	               mixed takes the one whose key is set
//
// The adapters read their key, base URL and model from the environment
// (anthropic.FromEnv, openai.FromEnv). In replay the engine keeps the rules
// as a floor under any adapter, so llm:<vendor> and mixed behave alike
// there.
type choice struct {
	mode   string // "rules", "llm" or "mixed"
	vendor string // "anthropic" or "openai" unless mode is "rules"
}

func (c choice) model() bool { return c.mode != "rules" }

func (c choice) String() string {
	if c.mode == "rules" {
		return "rules"
	}
	return c.mode + ":" + c.vendor
}

// parseChoice reads a --extractor, --judge or --drafter value.
func parseChoice(flag, v string) (choice, error) {
	mode, vendor, _ := strings.Cut(v, ":")
	switch {
	case v == "rules":
		return choice{mode: "rules"}, nil
	case mode == "llm" && (vendor == "anthropic" || vendor == "openai"):
		return choice{mode: mode, vendor: vendor}, nil
	case mode == "mixed" && (vendor == "anthropic" || vendor == "openai"):
		return choice{mode: mode, vendor: vendor}, nil
	case v == "mixed":
		switch {
		case os.Getenv("ANTHROPIC_API_KEY") != "" || os.Getenv("ANTHROPIC_AUTH_TOKEN") != "":
			return choice{mode: mode, vendor: "anthropic"}, nil
		case os.Getenv("OPENAI_API_KEY") != "" || os.Getenv("OPENAI_BASE_URL") != "":
			return choice{mode: mode, vendor: "openai"}, nil
		}
		return choice{}, fmt.Errorf("--%s mixed: set ANTHROPIC_API_KEY or OPENAI_API_KEY (or OPENAI_BASE_URL), or say mixed:anthropic or mixed:openai", flag)
	}
	return choice{}, fmt.Errorf("--%s %q: want rules, llm:anthropic, llm:openai or mixed", flag, v)
}

// model is what both adapters are.
type model interface {
	qualify.Extractor
	qualify.Scorer
	trigger.Judge
	bridge.Drafter
}

// tiers holds the three choices and the adapters they need, built once per
// vendor and schema. It also counts the model calls, their tokens and
// cost, and the failed ones: a row whose call failed counts as the
// library's tiers answered it, and the count is reported, never hidden.
type tiers struct {
	extractor, judge, drafter choice

	mu       sync.Mutex
	adapters map[string]model
	calls    int
	failed   int
	lastErr  error
	tokens   int64 // input, cache and output tokens
	cost     float64
}

func defaultTiers() *tiers {
	r := choice{mode: "rules"}
	return &tiers{extractor: r, judge: r, drafter: r}
}

// newAdapter builds a vendor's adapter from the environment; onCall sees
// every model call.
func newAdapter(vendor string, schema qualify.Schema, competitors []string, onCall func(context.Context, llm.CallInfo)) (model, error) {
	if vendor == "anthropic" {
		return anthropic.FromEnv(&anthropic.Config{Schema: schema, Competitors: competitors, OnCall: onCall})
	}
	return openai.FromEnv(&openai.Config{Schema: schema, Competitors: competitors, OnCall: onCall})
}

func (t *tiers) adapter(c choice, schema qualify.Schema, competitors []string) (model, error) {
	key := c.vendor + "|" + schemaKey(schema)
	t.mu.Lock()
	defer t.mu.Unlock()
	if a, ok := t.adapters[key]; ok {
		return a, nil
	}
	a, err := newAdapter(c.vendor, schema, competitors, t.onCall)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c, err)
	}
	if t.adapters == nil {
		t.adapters = map[string]model{}
	}
	t.adapters[key] = a
	return a, nil
}

func schemaKey(s qualify.Schema) string {
	names := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		names[i] = string(f)
	}
	return strings.Join(names, ",")
}

// onCall records one model call (with its retries).
func (t *tiers) onCall(_ context.Context, info llm.CallInfo) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.calls++
	t.tokens += info.InputTokens + info.CacheReadTokens + info.CacheWriteTokens + info.OutputTokens
	t.cost += info.CostUSD
	if info.Err != nil {
		t.failed++
		t.lastErr = info.Err
	}
}

// report prints a line about the model calls, when any were made, and
// returns an error when any failed.
func (t *tiers) report(w io.Writer) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.calls == 0 {
		return nil
	}
	fmt.Fprintf(w, "model calls=%d failed=%d tokens=%d cost_usd=%.4f\n", t.calls, t.failed, t.tokens, t.cost)
	if t.failed == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d model calls failed; those rows were counted as the library's tiers answered them (last error: %v)", t.failed, t.calls, t.lastErr)
}

// withJudge wraps a binary task's predictor with the judge choice: the
// model's answer alone (llm) or over the library's tiers (mixed), where
// it counts in the model column of the tiers line.
func (t *tiers) withJudge(task string, base func(string) prediction) (func(string) prediction, error) {
	if !t.judge.model() {
		return base, nil
	}
	j, err := t.adapter(t.judge, qualify.RealEstate, nil)
	if err != nil {
		return nil, err
	}
	scorer := qualify.NewRuleScorer(&qualify.ScorerConfig{NoModel: true})
	mixed := t.judge.mode == "mixed"
	return func(text string) prediction {
		var p prediction
		in := trigger.JudgeInput{Text: text}
		if mixed {
			p = base(text)
			in.Rules = trigger.Analyze(text)
		}
		got, err := j.Judge(context.Background(), in)
		if err != nil {
			return base(text) // counted as the library's tiers answered
		}
		fired, review := judged(task, text, got, scorer)
		p.review = p.review || review
		if fired {
			p.model = true
			if !p.rules {
				p.why = t.judge.String() + ": " + got.Why
			}
		}
		return p
	}, nil
}

// judged reads one task's answer from a model's judgement. An opt-out
// below the engine's confidence threshold goes to review, as in the
// engine; the silenced task counts it.
func judged(task, text string, j trigger.Judgement, scorer qualify.Scorer) (fired, review bool) {
	switch task {
	case "explicit_ask":
		return j.ExplicitAsk, false
	case "frustration":
		return j.Frustrated, false
	case "optout":
		return j.OptOut && j.OptOutConfidence >= handoff.JudgeOptOutConfidence, j.OptOut && j.OptOutConfidence < handoff.JudgeOptOutConfidence
	case "optout_silenced":
		return j.OptOut, j.OptOut && j.OptOutConfidence < handoff.JudgeOptOutConfidence
	case "commitment":
		if j.Commitment < 2 {
			return false, false
		}
		sc, _ := scorer.Score(context.Background(), qualify.ScoreInput{Schema: qualify.RealEstate, Text: text, Commitment: j.Commitment})
		return sc >= 70, false
	}
	return false, false
}

// fieldExtractor is the extractor the choice names for a field task.
func (t *tiers) fieldExtractor(schema qualify.Schema) (qualify.Extractor, error) {
	rules := qualify.NewRuleExtractor(nil)
	if !t.extractor.model() {
		return rules, nil
	}
	m, err := t.adapter(t.extractor, schema, nil)
	if err != nil {
		return nil, err
	}
	if t.extractor.mode == "llm" {
		return orRules{model: m, rules: rules}, nil
	}
	return mergedExtractor{floor: rules, model: m}, nil
}

// orRules is the model extractor alone; a row whose call failed (onCall
// counted it) is answered by the rules.
type orRules struct{ model, rules qualify.Extractor }

func (o orRules) Extract(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
	vals, err := o.model.Extract(ctx, in)
	if err != nil {
		return o.rules.Extract(ctx, in)
	}
	return vals, nil
}

// mergedExtractor is the rules with a model over them, as the engine merges
// them: the model may add a field or state one more confidently, never
// drop one the rules found.
type mergedExtractor struct{ floor, model qualify.Extractor }

func (m mergedExtractor) Extract(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
	vals, err := m.floor.Extract(ctx, in)
	if err != nil {
		return nil, err
	}
	more, err := m.model.Extract(ctx, in)
	if err != nil {
		return vals, nil // counted by onCall; the rules answer the row
	}
	for _, v := range more {
		i := indexOfField(vals, v.Field)
		switch {
		case i < 0:
			vals = append(vals, v)
		case v.Confidence > vals[i].Confidence:
			vals[i] = v
		}
	}
	return vals, nil
}

func indexOfField(vals []qualify.Value, f qualify.Field) int {
	for i, v := range vals {
		if v.Field == f {
			return i
		}
	}
	return -1
}

// configure puts the chosen adapters in a replay engine's Config: the
// extractor choice sets the Extractor and Scorer, the judge choice the
// Judge, the drafter choice the Drafter. The engine keeps the rules as a
// floor under each.
func (t *tiers) configure(cfg *handoff.Config) error {
	set := func(c choice, fn func(model)) error {
		if !c.model() {
			return nil
		}
		m, err := t.adapter(c, cfg.Schema, cfg.Competitors)
		if err != nil {
			return err
		}
		fn(m)
		return nil
	}
	return errors.Join(
		set(t.extractor, func(m model) { cfg.Extractor, cfg.Scorer = m, m }),
		set(t.judge, func(m model) { cfg.Judge = m }),
		set(t.drafter, func(m model) { cfg.Drafter = m }),
	)
}
