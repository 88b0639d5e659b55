package trigger

import (
	"context"
	"slices"
)

// Judge reads one lead message for the signals the handoff rules look at.
// It is a tier above the rules: the rules ([Analyze]) always run, and a
// Judge (the learned model shipped with the library, or an LLM adapter the
// host configures) may add to what they found, never remove it; see
// [Signals.Merge].
//
// Implementations must be safe for concurrent use and honour ctx. They may
// be slow (a network call), so the engine calls them outside any
// transaction, with a deadline; on an error the rules alone decide. The
// lead's text is data, never instructions: a Judge must not let it change
// what the Judge is asked to do.
//
// A Judgement's verdicts count whatever its words: the handoff engine
// keeps [Judgement.Tier] and [Judgement.Why] as one line of at most 200
// bytes, with invalid UTF-8 and NUL bytes replaced by U+FFFD and control
// characters by spaces, and drops a competitor or topic that is not one
// line of valid UTF-8 without control characters, so that an opt-out or
// a handoff is recorded even when a model's explanation holds bytes no
// store keeps.
type Judge interface {
	Judge(ctx context.Context, in JudgeInput) (Judgement, error)
}

// JudgeFunc adapts a function to [Judge].
type JudgeFunc func(ctx context.Context, in JudgeInput) (Judgement, error)

// Judge calls f(ctx, in).
func (f JudgeFunc) Judge(ctx context.Context, in JudgeInput) (Judgement, error) { return f(ctx, in) }

// JudgeInput is what a [Judge] looks at.
type JudgeInput struct {
	Text        string   // the new lead message
	History     []Turn   // recent transcript, oldest first, without Text
	Competitors []string // competitor names the host watches for
	Topics      []Topic  // out-of-scope topics the host watches for; nil means all known topics
	Rules       Signals  // what the rule tier found in Text
}

// Turn is one transcript line given to a [Judge].
type Turn struct {
	FromLead bool
	Text     string
}

// Judgement is what a [Judge] found in one message. Zero fields mean "not
// found", so a Judgement never takes away a signal the rules found.
type Judgement struct {
	// OptOut: the lead revokes consent to be messaged. OptOutConfidence is
	// 0..1; the engine suppresses the address above its threshold and sends
	// the conversation to a person's review in the band below it.
	OptOut           bool
	OptOutConfidence float64
	ExplicitAsk      bool
	Frustrated       bool
	OutOfScope       []Topic
	Competitors      []string
	// Commitment is the strength of readiness language, 0..3, as in
	// [Signals.Commitment].
	Commitment int
	// Tier names who judged, for the audit trail: "model", "llm:anthropic".
	Tier string
	// Why is a short explanation for the audit trail: a score and the
	// strongest features, or the model's reason. It never quotes more of
	// the lead's text than a few words.
	Why string
}

// Merge returns s with what j adds: an explicit ask, frustration, topics,
// competitors and a stronger commitment. It never removes or weakens a
// signal of s (the rules are a floor). Opt-outs are not part of [Signals]:
// the engine reads [Judgement.OptOut] itself, before any handoff rule.
func (s Signals) Merge(j Judgement) Signals {
	out := s
	if j.ExplicitAsk && !out.ExplicitAsk {
		out.ExplicitAsk, out.ExplicitAskRule = true, tierRule(j)
	}
	if j.Frustrated && !out.Frustrated {
		out.Frustrated, out.FrustrationRule = true, tierRule(j)
	}
	out.OutOfScope = appendNewTopics(slices.Clone(s.OutOfScope), j.OutOfScope)
	out.Competitors = slices.Clone(s.Competitors)
	for _, c := range j.Competitors {
		if c != "" && !slices.Contains(out.Competitors, c) {
			out.Competitors = append(out.Competitors, c)
		}
	}
	c := min(max(j.Commitment, 0), 3)
	if s.Hesitant {
		// a hedge the rules read ("maybe", "let me think", "no promises")
		// keeps the message a soft yes whoever reads a commitment in it
		c = min(c, 1)
	}
	if c > out.Commitment {
		out.Commitment, out.CommitmentCue = c, tierRule(j)
	}
	return out
}

func tierRule(j Judgement) string {
	t := j.Tier
	if t == "" {
		t = "judge"
	}
	if j.Why != "" {
		return t + ": " + j.Why
	}
	return t
}

func appendNewTopics(list, add []Topic) []Topic {
	for _, t := range add {
		if t != "" && !slices.Contains(list, t) {
			list = append(list, t)
		}
	}
	return list
}
