package brief

import (
	"context"
	"time"
)

// Summarizer writes the short summary at the top of a brief: two or three
// sentences a rep reads first. The rule-based summary is the default; the
// LLM adapters implement Summarizer too. Implementations must be safe for
// concurrent use and honour ctx; the engine calls them outside any
// transaction, with a deadline, and falls back to the rule-based summary
// on an error.
type Summarizer interface {
	Summarize(ctx context.Context, in SummaryInput) (string, error)
}

// SummarizerFunc adapts a function to [Summarizer].
type SummarizerFunc func(ctx context.Context, in SummaryInput) (string, error)

// Summarize calls f(ctx, in).
func (f SummarizerFunc) Summarize(ctx context.Context, in SummaryInput) (string, error) {
	return f(ctx, in)
}

// SummaryInput is what a [Summarizer] summarises.
type SummaryInput struct {
	LeadName   string
	Reason     string            // the handoff reason, e.g. "explicit_ask"
	Detail     string            // e.g. "two fields: motivation + condition"
	Fields     map[string]string // known qualification values
	Transcript []Turn            // the whole conversation, oldest first
}

// Turn is one transcript line.
type Turn struct {
	Origin string // "lead", "ai", "rep", "system"
	Text   string
	At     time.Time
}
