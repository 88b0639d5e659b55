package qualify

import "context"

// Field names a qualification field.
type Field string

// Real-estate seller fields.
const (
	Motivation Field = "motivation"
	Condition  Field = "condition"
	Timeline   Field = "timeline"
	Price      Field = "price"
)

// BANT and B2B fields.
const (
	Budget      Field = "budget"
	Authority   Field = "authority"
	Need        Field = "need"
	CompanySize Field = "company_size"
	Role        Field = "role"
	UseCaseFit  Field = "use_case_fit"
	// Timeline is shared with the real-estate schema.
)

// Schema is a set of fields and the rule "Required of them, each with
// confidence >= MinConfidence, make the lead qualified". Schemas are plain
// values: build custom ones as struct literals.
type Schema struct {
	Name          string
	Fields        []Field
	Required      int     // N of len(Fields)
	MinConfidence float64 // a field counts when its confidence is >= this
}

// Value is one extracted field value.
type Value struct {
	Field      Field
	Value      string  // normalised, e.g. "inherited", "$250,000"
	Confidence float64 // 0..1
	MessageID  string  // the lead message it came from (see [ExtractInput.MessageID])
	// Evidence is the lead's own words the value was read from, quoted
	// from the message ("I inherited it from my dad"); "" when unknown.
	Evidence string
	// Why says how the value was read when it was not by a cue of the
	// rules, for the audit trail: "model p=0.97" for the learned field
	// model; "" for the rules and for extractors that do not say.
	Why string
}

// Turn is one message of the transcript given to extractors and scorers.
type Turn struct {
	FromLead bool
	Text     string
	// MessageID is the message's ID, "" when the caller does not give
	// one (the engine always does). A Value an extractor reads from this
	// turn, a lead's, names it as its MessageID.
	MessageID string
}

// ExtractInput is what an [Extractor] looks at.
type ExtractInput struct {
	Schema Schema
	Text   string // the new lead message
	// MessageID is its ID, the MessageID of every Value read from it. A
	// value read from an earlier lead message of History names that
	// Turn's MessageID instead, so that the brief quotes the message the
	// lead said it in; the engine takes an ID that names no lead message
	// it gave (History, Text, or a Known value's) for this message's.
	MessageID string
	Known     map[Field]Value // values already known
	History   []Turn          // recent transcript, oldest first
}

// Extractor fills schema fields from a lead message. It returns only the
// values this message sets or changes. Implementations must be safe for
// concurrent use and honour ctx; they may be slow (an LLM call), so the
// engine never calls them inside a transaction.
//
// A Value's Value is one line of valid UTF-8: the handoff engine drops a
// value that is empty, over 1,024 bytes, not valid UTF-8 or holds a NUL or
// another control character (such a value is no value, and a NUL would
// keep PostgreSQL from recording the lead's message), keeps the others,
// and records the message all the same.
type Extractor interface {
	Extract(ctx context.Context, in ExtractInput) ([]Value, error)
}

// ExtractorFunc adapts a function to [Extractor].
type ExtractorFunc func(ctx context.Context, in ExtractInput) ([]Value, error)

// Extract calls f(ctx, in).
func (f ExtractorFunc) Extract(ctx context.Context, in ExtractInput) ([]Value, error) {
	return f(ctx, in)
}

// ScoreInput is what a [Scorer] looks at.
type ScoreInput struct {
	Schema  Schema
	Text    string          // the new lead message
	Known   map[Field]Value // all values known after extraction
	History []Turn
	Prior   int // the previous score
	// Commitment is the strength of readiness language the engine already
	// found in Text (trigger.Signals.Commitment after merging any judge),
	// 0..3; 0 when unknown. The reference scorer counts the stronger of it
	// and its own reading.
	Commitment int
}

// Scorer estimates how warm a lead is, 0..100. 70 or more fires a handoff
// under the default policy.
type Scorer interface {
	Score(ctx context.Context, in ScoreInput) (int, error)
}

// ScorerFunc adapts a function to [Scorer].
type ScorerFunc func(ctx context.Context, in ScoreInput) (int, error)

// Score calls f(ctx, in).
func (f ScorerFunc) Score(ctx context.Context, in ScoreInput) (int, error) { return f(ctx, in) }
