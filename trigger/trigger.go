package trigger

import "context"

// Reason is why a handoff fired.
type Reason string

// Reasons.
const (
	ReasonExplicitAsk Reason = "explicit_ask"
	ReasonFields      Reason = "fields"
	ReasonScore       Reason = "score"
	ReasonFrustration Reason = "frustration"
	ReasonOutOfScope  Reason = "out_of_scope"
	ReasonCompetitor  Reason = "competitor"
	ReasonHighValue   Reason = "high_value"
	ReasonCustom      Reason = "custom"
)

// Input is what rules look at: the new lead message and the conversation's
// qualification state after extraction and scoring.
type Input struct {
	Text      string   // the new lead message
	History   []string // earlier lead messages, oldest first
	Confident []string // schema fields known with enough confidence, in schema order
	Required  int      // how many confident fields qualify the lead (N of M)
	Fields    int      // M, the number of fields in the schema
	Score     int      // 0..100 after this message
	Turn      int      // 1-based index of this lead message in the conversation
	// OptedOut is set when the DNC detector classified this message as an
	// opt-out or the address is suppressed; the [OptOut] rule then stops
	// the policy with [ErrOptedOut].
	OptedOut bool
	// Signals, when set, are the signals of Text as the engine already
	// found them: the rule tier merged with any [Judge] (see
	// [Signals.Merge]). Rules read them instead of analysing Text again;
	// when nil, rules analyse Text themselves.
	Signals *Signals
	// Asked, when set, is the business's last message before Text (the
	// assistant's or a rep's) when Text may answer it: "roughly 350 to
	// start" after "how many seats would you need?" counts hundreds of
	// seats for [HighValueScope].
	Asked string
}

// Decision is the outcome of evaluating rules.
type Decision struct {
	Handoff bool
	Reason  Reason
	Detail  string // for the brief and the inbox, e.g. "two fields: motivation + condition"
	Rule    string // the name of the rule that fired
}

// Rule evaluates one handoff condition. A rule that does not fire returns a
// zero Decision. Rules must be safe for concurrent use and must not panic.
type Rule interface {
	Evaluate(ctx context.Context, in Input) (Decision, error)
}

// RuleFunc adapts a function to [Rule].
type RuleFunc func(ctx context.Context, in Input) (Decision, error)

// Evaluate calls f(ctx, in).
func (f RuleFunc) Evaluate(ctx context.Context, in Input) (Decision, error) { return f(ctx, in) }

// Policy evaluates its rules in order; the first that fires wins.
type Policy struct {
	Rules []Rule
}

// Evaluate runs the rules in order and returns the first firing decision,
// or a zero Decision when none fires. A rule's error stops evaluation.
func (p *Policy) Evaluate(ctx context.Context, in Input) (Decision, error) {
	if p == nil {
		return Decision{}, nil
	}
	for _, r := range p.Rules {
		d, err := r.Evaluate(ctx, in)
		if err != nil {
			return Decision{}, err
		}
		if d.Handoff {
			return d, nil
		}
	}
	return Decision{}, nil
}

// EvaluateAlso runs the rules in order as [Policy.Evaluate] does and
// returns the first firing decision as d. When d fires for a reason other
// than also, the rules after the one that fired run too, and extra is the
// first of their decisions with reason also, a zero Decision when none
// fires so. A lead who asks for a person about "a $500k deal" is handed
// off for the ask and is high value all the same: the engine passes
// [ReasonHighValue] and routes and tags the lead by what the policy's own
// [HighValue] or [HighValueScope] rule found, at its threshold. No rule
// runs twice. A rule's error before d fires is returned as Evaluate
// returns it; one after leaves d standing and extra zero.
func (p *Policy) EvaluateAlso(ctx context.Context, in Input, also Reason) (d, extra Decision, err error) {
	if p == nil {
		return Decision{}, Decision{}, nil
	}
	for _, r := range p.Rules {
		got, err := r.Evaluate(ctx, in)
		if d.Handoff { // looking for extra
			if err != nil {
				return d, Decision{}, nil
			}
			if got.Handoff && got.Reason == also {
				return d, got, nil
			}
			continue
		}
		if err != nil {
			return Decision{}, Decision{}, err
		}
		if got.Handoff && got.Reason == also {
			return got, Decision{}, nil
		}
		if got.Handoff {
			d = got
		}
	}
	return d, Decision{}, nil
}
