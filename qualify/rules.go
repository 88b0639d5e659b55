package qualify

import (
	"context"
	"strings"
)

// RuleExtractor is the reference [Extractor]: keyword cues for the
// real-estate fields.
type RuleExtractor struct{}

// ExtractorConfig configures [NewRuleExtractor]. The zero value means defaults.
type ExtractorConfig struct{}

// NewRuleExtractor returns the reference extractor. cfg may be nil.
func NewRuleExtractor(cfg *ExtractorConfig) *RuleExtractor { return &RuleExtractor{} }

var cues = map[Field][][2]string{
	Motivation: {{"inherit", "inherited"}, {"divorce", "divorce"}, {"relocat", "relocating"}, {"tenants", "tired landlord"}},
	Condition:  {{"roof", "roof issues"}, {"needs work", "needs work"}, {"foundation", "foundation issues"}},
	Timeline:   {{"asap", "asap"}, {"this month", "this month"}, {"next month", "next month"}},
	Price:      {{"$", "price given"}, {"k ", "price given"}},
}

// Extract implements [Extractor].
func (e *RuleExtractor) Extract(ctx context.Context, in ExtractInput) ([]Value, error) {
	t := strings.ToLower(in.Text) + " "
	var out []Value
	for _, f := range in.Schema.Fields {
		for _, c := range cues[f] {
			if strings.Contains(t, c[0]) {
				out = append(out, Value{Field: f, Value: c[1], Confidence: 0.8, MessageID: in.MessageID})
				break
			}
		}
	}
	return out, nil
}

// RuleScorer is the reference [Scorer]: confident fields and commitment words.
type RuleScorer struct{}

// ScorerConfig configures [NewRuleScorer]. The zero value means defaults.
type ScorerConfig struct{}

// NewRuleScorer returns the reference scorer. cfg may be nil.
func NewRuleScorer(cfg *ScorerConfig) *RuleScorer { return &RuleScorer{} }

// Score implements [Scorer].
func (s *RuleScorer) Score(ctx context.Context, in ScoreInput) (int, error) {
	score := 10 + 15*len(in.Schema.Confident(in.Known))
	t := strings.ToLower(in.Text)
	if strings.Contains(t, "definitely") || strings.Contains(t, "next step") {
		score += 50
	}
	if score > 100 {
		score = 100
	}
	if score < in.Prior {
		score = in.Prior
	}
	return score, nil
}
