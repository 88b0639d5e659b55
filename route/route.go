package route

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// ErrNoRep means no available rep matches the request: the handoff goes to
// the team queue. Routers return it wrapped or as a [*NoRepError]; callers
// test with errors.Is(err, ErrNoRep).
var ErrNoRep = errors.New("route: no available rep")

// ErrInvalidConfig is matched by every [*ConfigError]: [New] or
// [Pool.SetReps] refused the configuration and changed nothing.
var ErrInvalidConfig = errors.New("route: invalid config")

// ConfigError names the field of a [Config], or of a rep given to
// [Pool.SetReps], that is out of its documented range. It matches
// [ErrInvalidConfig].
type ConfigError struct {
	Field   string // e.g. "Config.Order[1]", "Reps[0].MaxOpen"
	Problem string // e.g. "is negative"
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("route: invalid config: %s %s", e.Field, e.Problem)
}

// Is reports whether target is [ErrInvalidConfig].
func (e *ConfigError) Is(target error) bool { return target == ErrInvalidConfig }

// NoRepError is the [ErrNoRep] a [Pool] returns, with what a caller needs
// to tell the lead or the team when someone will be back.
type NoRepError struct {
	// Unmatched counts reps who were available but matched no rule of
	// [Config.Order]: non-zero only when the order leaves out
	// [RuleRoundRobin], so unmatched leads go to the team queue.
	Unmatched int
	// NextRepID and NextAt name the first rep who is off shift or out of
	// office at the request time to come on duty, and when. NextRepID is
	// "" when nobody will within the horizon a [Rep.NextAvailable] scans.
	// Capacity is not predicted: the rep may still be full then.
	NextRepID string
	NextAt    time.Time
}

// Error implements error.
func (e *NoRepError) Error() string {
	switch {
	case e.Unmatched > 0:
		return fmt.Sprintf("%v: %d available, none matched a rule", ErrNoRep, e.Unmatched)
	case e.NextRepID != "":
		return fmt.Sprintf("%v: next on duty %s at %s", ErrNoRep, e.NextRepID, e.NextAt.UTC().Format(time.RFC3339))
	}
	return ErrNoRep.Error()
}

// Is reports whether target is [ErrNoRep].
func (e *NoRepError) Is(target error) bool { return target == ErrNoRep }

// Skill is a capability a rep has and a lead may need: "technical" (a
// sales engineer), "spanish", "enterprise". The host names them.
type Skill string

// Topic is what the lead's conversation is about, as the extractor or the
// trigger signals found it. A topic needs the [Skill] that
// [Config.TopicSkills] maps it to (by default the skill of the same name).
type Topic string

// Topics the engine reports. Hosts may use others.
const (
	TopicTechnical     Topic = "technical"     // how the product works, integrations
	TopicPricing       Topic = "pricing"       // fees, plans, exact offer math
	TopicLegal         Topic = "legal"         // contracts, liens, lawsuits
	TopicBilling       Topic = "billing"       // charges, refunds, disputes
	TopicEmergency     Topic = "emergency"     // a leak, no heat, safety
	TopicCustomization Topic = "customization" // custom work, non-standard deals
	TopicFinancing     Topic = "financing"     // a loan for the job, insurance claims
	// TopicCompetitor is added by the [Pool] when [Signals.Competitors] is
	// not empty, so a competitor mention can need a skill too.
	TopicCompetitor Topic = "competitor"
)

// Rule names the routing rule that chose a rep. A [Pool] tries its rules in
// [Config.Order]; the first that has an eligible rep wins.
type Rule string

// Rules, in their default order.
const (
	// RuleOwner: the lead's account owner in the CRM ([Lead.OwnerID]).
	RuleOwner Rule = "owner"
	// RuleTerritory: a rep whose [Rep.Territories] holds the lead's region.
	RuleTerritory Rule = "territory"
	// RuleSkill: the reps with the most of the skills the reason, the
	// topics, the lead's language and [Request.Skills] need.
	RuleSkill Rule = "skill"
	// RuleValueTier: a high-value lead ([Signals.HighValue]) to a senior rep.
	RuleValueTier Rule = "value_tier"
	// RuleRoundRobin: any eligible rep, in turn (the team rotation).
	RuleRoundRobin Rule = "round_robin"
)

// DefaultOrder returns the rules a [Pool] tries when [Config.Order] is nil:
// owner, territory, skill, value tier, then round-robin over the team.
func DefaultOrder() []Rule {
	return []Rule{RuleOwner, RuleTerritory, RuleSkill, RuleValueTier, RuleRoundRobin}
}

func (r Rule) valid() bool {
	return slices.Contains(DefaultOrder(), r)
}

// Lead is what the CRM knows about the person being handed off.
type Lead struct {
	// OwnerID is the rep ID of the account owner, "" when none.
	OwnerID string
	// Company is the lead's company, "" when unknown.
	Company string
	// Region is the territory key the host derived from the lead's address
	// or number: a state or province code ("TX", "ON") or any key the
	// host's territories use ("EMEA", "enterprise"). When empty, a [Pool]
	// uses [RegionFromPhone] on Phone. The handoff engine fills it from
	// the lead's "region" attribute (handoff.AttributeRegion, set with
	// handoff.StartParams.Attributes or handoff.LeadUpdate.SetAttributes).
	Region string
	// Phone is the lead's number in E.164, "" when unknown.
	Phone string
	// Lang is the language the lead writes in ("es"), "" when unknown or
	// the default. [Config.LangSkills] may map it to a skill. The handoff
	// engine fills it from the conversation, as read from the lead's
	// messages up to the one that hands off.
	Lang string
}

// Signals are what the conversation showed, for skill and value routing.
type Signals struct {
	Topics      []Topic  // what the lead asked about
	Competitors []string // competitors mentioned, as found
	HighValue   bool     // an enterprise account, a large deal, a strategic lead
}

// Request describes the handoff being routed. Only TenantID is required;
// every other field narrows the choice when set. A [Pool] reads Reason,
// Lead, Signals, Skills, Exclude and At; the others are there for custom
// [Router]s.
type Request struct {
	TenantID       string
	ConversationID string
	// Reason is the trigger reason ("explicit_ask", "out_of_scope",
	// "high_value", ...); [Config.ReasonSkills] may map it to a skill.
	Reason  string
	Lead    Lead
	Fields  map[string]string // qualification values by field name
	Score   int               // qualification score, 0-100
	Signals Signals
	Tags    []string // the conversation's tags ("urgent", "repeat_customer")
	Message string   // the lead message that triggered the handoff
	// Skills are skills the host says this lead needs, besides those the
	// reason and topics need ("spanish").
	Skills []Skill
	// Exclude lists rep IDs that must not be chosen: the reps a handoff was
	// already offered to (the SLA re-route) or who declined it.
	Exclude []string
	// At is when the handoff happens; zero means [Config.Now].
	At time.Time
}

// Assignment is the chosen rep and why.
type Assignment struct {
	RepID   string
	RepName string
	Rule    Rule
	// Match is what the rule matched: the region for [RuleTerritory], the
	// needed skills the rep has (comma-separated) for [RuleSkill], "" for
	// the others.
	Match string
	// Wait is how soon the rep is expected to text the lead: the rep's
	// [Rep.ResponseTime] or [Config.ResponseTime]. Zero means "now". A
	// [Pool] assigns only reps on duty, so no shift wait is included; see
	// [NoRepError.NextAt] for when the next rep comes on.
	Wait time.Duration
	// MaxOpen is the rep's cap on open handoffs ([Rep.MaxOpen]), 0 for
	// none. A router counts a rep's load outside any transaction, so two
	// handoffs at once could both take a rep's last place; the engine
	// checks the cap again inside the commit that assigns the rep and
	// routes again when the rep is full.
	MaxOpen int
}

// Router assigns a rep to a handoff.
//
// Implementations must be safe for concurrent use. They run outside any
// store transaction and may call out (a CRM, the store's counters), so they
// must honour ctx. They must never return a rep listed in
// [Request.Exclude], and return an error matching [ErrNoRep] (errors.Is)
// when no rep can take the handoff; any other error means routing failed.
//
// The handoff engine treats an [Assignment] whose RepID is not an
// identifier (more than 256 bytes, invalid UTF-8, a NUL or another control
// or format character) as a failed routing: the handoff goes to the team
// queue, unassigned. A RepName that is not one line of valid UTF-8
// without control characters, at most 1,024 bytes, is dropped (no text
// names the rep); Rule and Match are kept with invalid bytes replaced.
type Router interface {
	Route(ctx context.Context, req Request) (Assignment, error)
}

// RouterFunc adapts a function to [Router].
type RouterFunc func(ctx context.Context, req Request) (Assignment, error)

// Route calls f(ctx, req).
func (f RouterFunc) Route(ctx context.Context, req Request) (Assignment, error) { return f(ctx, req) }

// NextEligible routes req again for the SLA re-route (the 5-minute rule) or
// after a decline: tried (the reps the handoff was already offered to) are
// added to [Request.Exclude] and r picks the next eligible rep. It returns
// an error matching [ErrNoRep] when nobody is left, so the caller escalates
// to the team, and also when r breaks its contract by returning an
// excluded rep.
func NextEligible(ctx context.Context, r Router, req Request, tried ...string) (Assignment, error) {
	ex := slices.Clone(req.Exclude)
	for _, id := range tried {
		if id != "" && !slices.Contains(ex, id) {
			ex = append(ex, id)
		}
	}
	req.Exclude = ex
	a, err := r.Route(ctx, req)
	if err != nil {
		return Assignment{}, err
	}
	if slices.Contains(ex, a.RepID) {
		return Assignment{}, fmt.Errorf("route: router chose excluded rep %s: %w", a.RepID, ErrNoRep)
	}
	return a, nil
}
