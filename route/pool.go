package route

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"
)

// Config configures a [Pool]. The zero value is valid: an empty team,
// the default rule order, an in-memory sequencer and time.Now.
type Config struct {
	// Reps is the team. IDs must be unique and not blank.
	Reps []Rep
	// Order is the rules to try, first match wins; nil means
	// [DefaultOrder]. Leave out a rule to disable it; leave out
	// [RuleRoundRobin] to send leads that match no rule to the team queue
	// ([ErrNoRep]) instead of the rotation.
	Order []Rule
	// TopicSkills maps a topic to the skill it needs. A topic not in the
	// map needs the skill of the same name ("technical" needs
	// "technical"); one mapped to "" needs none.
	TopicSkills map[Topic]Skill
	// ReasonSkills maps a trigger reason to the skill it needs
	// ("competitor" -> "competitive"); nil means reasons need no skill.
	ReasonSkills map[string]Skill
	// LangSkills maps the language a lead writes in ([Lead.Lang], "es")
	// to the skill it needs ("es" -> "spanish"); a language not in the
	// map, and nil, need none. A Spanish-speaking lead then goes to a rep
	// with that skill under [RuleSkill], and to the other rules' reps
	// when none is eligible.
	LangSkills map[string]Skill
	// Sequencer keeps round-robin positions; nil means a fresh
	// [MemorySequencer], fair only within this Pool. Give every instance
	// the store-backed one so the rotation survives restarts and is shared.
	Sequencer Sequencer
	// Load counts open handoffs for [Rep.MaxOpen]; required when a rep has
	// a cap.
	Load Load
	// ResponseTime is the [Assignment.Wait] of reps without their own
	// [Rep.ResponseTime]; 0 means "now".
	ResponseTime time.Duration
	// Now is the clock for requests without [Request.At]; nil means
	// time.Now.
	Now func() time.Time
}

// Pool is the reference [Router] over one team. For each request it keeps
// the reps who are eligible — not excluded, on duty ([Rep.AvailableAt])
// and under their cap — then tries the rules of [Config.Order]; the first
// rule with eligible reps picks among them in turn with the [Sequencer].
// See the package documentation for the rules.
//
// A Pool is safe for concurrent use. It holds no lock while it calls the
// Load or the Sequencer.
type Pool struct {
	cfg   Config // defaults applied; Reps unused
	order []Rule

	mu   sync.RWMutex
	reps []Rep // sorted by ID; replaced, never mutated in place
}

// New returns a Pool for cfg (nil means the zero Config), or a
// [*ConfigError] that names the invalid field.
func New(cfg *Config) (*Pool, error) {
	var c Config
	if cfg != nil {
		c = *cfg
	}
	order := c.Order
	if order == nil {
		order = DefaultOrder()
	}
	for i, r := range order {
		if !r.valid() {
			return nil, &ConfigError{fmt.Sprintf("Config.Order[%d]", i), fmt.Sprintf("is unknown rule %q", r)}
		}
		if slices.Contains(order[:i], r) {
			return nil, &ConfigError{fmt.Sprintf("Config.Order[%d]", i), fmt.Sprintf("lists rule %q twice", r)}
		}
	}
	if c.ResponseTime < 0 {
		return nil, &ConfigError{"Config.ResponseTime", fmt.Sprintf("is negative (%v)", c.ResponseTime)}
	}
	if c.Sequencer == nil {
		c.Sequencer = NewMemorySequencer()
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	c.TopicSkills = maps.Clone(c.TopicSkills)
	c.ReasonSkills = maps.Clone(c.ReasonSkills)
	c.LangSkills = maps.Clone(c.LangSkills)
	p := &Pool{cfg: c, order: slices.Clone(order)}
	if err := p.SetReps(c.Reps...); err != nil {
		return nil, err
	}
	p.cfg.Reps = nil
	return p, nil
}

// MustNew is like [New] but panics on an invalid Config.
func MustNew(cfg *Config) *Pool {
	p, err := New(cfg)
	if err != nil {
		panic(err)
	}
	return p
}

// NewPool returns a Pool over reps with the default Config: the
// constructor of the first Pool, kept for simple setups. It panics on
// invalid reps (an empty or duplicate ID, a bad shift, a cap without a
// Load), like [MustNew].
func NewPool(reps ...Rep) *Pool { return MustNew(&Config{Reps: reps}) }

// SetReps replaces the team, validated as [New] does; on error (a
// [*ConfigError] naming the rep's field, "Reps[2].ID") the team is
// unchanged. Hosts call it when reps, schedules or absences change.
func (p *Pool) SetReps(reps ...Rep) error {
	out := make([]Rep, len(reps))
	seen := make(map[string]bool, len(reps))
	for i, r := range reps {
		if field, problem := r.validate(); field != "" {
			return &ConfigError{fmt.Sprintf("Reps[%d].%s", i, field), problem}
		}
		if r.MaxOpen > 0 && p.cfg.Load == nil {
			return &ConfigError{fmt.Sprintf("Reps[%d].MaxOpen", i), "is set but Config.Load is nil"}
		}
		if seen[r.ID] {
			return &ConfigError{fmt.Sprintf("Reps[%d].ID", i), fmt.Sprintf("%q is listed twice", r.ID)}
		}
		seen[r.ID] = true
		out[i] = cloneRep(r)
	}
	slices.SortStableFunc(out, func(a, b Rep) int { return cmp.Compare(a.ID, b.ID) })
	p.mu.Lock()
	p.reps = out
	p.mu.Unlock()
	return nil
}

// Reps returns a copy of the team, sorted by ID.
func (p *Pool) Reps() []Rep {
	reps := p.snapshot()
	out := make([]Rep, len(reps))
	for i, r := range reps {
		out[i] = cloneRep(r)
	}
	return out
}

// SetAvailable sets the manual switch of one rep ([Rep.Unavailable]); an
// unknown ID is ignored. The switch lives in this Pool only: with several
// instances, keep it in the host's database and call [Pool.SetReps], or
// record absences as [Rep.Away].
func (p *Pool) SetAvailable(repID string, available bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	i, ok := slices.BinarySearchFunc(p.reps, repID, func(r Rep, id string) int { return cmp.Compare(r.ID, id) })
	if !ok || p.reps[i].Unavailable == !available {
		return
	}
	reps := slices.Clone(p.reps)
	reps[i].Unavailable = !available
	p.reps = reps
}

func (p *Pool) snapshot() []Rep {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.reps
}

// Route implements [Router]. It returns a [*NoRepError] (matching
// [ErrNoRep]) when no rep is eligible, or none matches a rule and the
// order leaves out [RuleRoundRobin]; an error from the Load or the
// Sequencer fails the call.
func (p *Pool) Route(ctx context.Context, req Request) (Assignment, error) {
	if err := ctx.Err(); err != nil {
		return Assignment{}, err
	}
	reps := p.snapshot()
	at := req.At
	if at.IsZero() {
		at = p.cfg.Now()
	}

	onDuty := make([]Rep, 0, len(reps))
	var capped []string
	for _, r := range reps {
		if slices.Contains(req.Exclude, r.ID) || !r.AvailableAt(at) {
			continue
		}
		onDuty = append(onDuty, r)
		if r.MaxOpen > 0 {
			capped = append(capped, r.ID)
		}
	}
	eligible := onDuty
	if len(capped) > 0 {
		open, err := p.cfg.Load.OpenHandoffs(ctx, req.TenantID, capped)
		if err != nil {
			return Assignment{}, fmt.Errorf("route: count open handoffs: %w", err)
		}
		eligible = slices.DeleteFunc(onDuty, func(r Rep) bool { return r.MaxOpen > 0 && open[r.ID] >= r.MaxOpen })
	}
	if len(eligible) == 0 {
		return Assignment{}, p.noRep(reps, req.Exclude, at, 0)
	}

	for _, rule := range p.order {
		cands, key, match := p.match(rule, req, eligible)
		if len(cands) == 0 {
			continue
		}
		r, err := p.pick(ctx, req.TenantID, key, cands)
		if err != nil {
			return Assignment{}, err
		}
		if rule == RuleSkill {
			match = strings.Join(haveSkills(r, p.needs(req)), ",")
		}
		wait := r.ResponseTime
		if wait == 0 {
			wait = p.cfg.ResponseTime
		}
		return Assignment{RepID: r.ID, RepName: r.Name, Rule: rule, Match: match, Wait: wait, MaxOpen: r.MaxOpen}, nil
	}
	return Assignment{}, p.noRep(reps, req.Exclude, at, len(eligible))
}

// match returns the eligible reps rule selects for req, the sequencer key
// of that group and what matched.
func (p *Pool) match(rule Rule, req Request, eligible []Rep) (cands []Rep, key, match string) {
	switch rule {
	case RuleOwner:
		if req.Lead.OwnerID == "" {
			return nil, "", ""
		}
		for _, r := range eligible {
			if r.ID == req.Lead.OwnerID {
				return []Rep{r}, "owner", ""
			}
		}
	case RuleTerritory:
		region := req.Lead.Region
		if region == "" {
			region, _ = RegionFromPhone(req.Lead.Phone)
		}
		if region == "" {
			return nil, "", ""
		}
		for _, r := range eligible {
			if slices.ContainsFunc(r.Territories, func(t string) bool { return strings.EqualFold(t, region) }) {
				cands = append(cands, r)
			}
		}
		return cands, "territory:" + strings.ToUpper(region), region
	case RuleSkill:
		needs := p.needs(req)
		if len(needs) == 0 {
			return nil, "", ""
		}
		best := 0
		for _, r := range eligible {
			n := len(haveSkills(r, needs))
			switch {
			case n == 0 || n < best:
			case n > best:
				best, cands = n, []Rep{r}
			default:
				cands = append(cands, r)
			}
		}
		var sb strings.Builder
		sb.WriteString("skill:")
		for i, s := range needs {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(string(s))
		}
		return cands, sb.String(), ""
	case RuleValueTier:
		if !req.Signals.HighValue {
			return nil, "", ""
		}
		for _, r := range eligible {
			if r.Senior {
				cands = append(cands, r)
			}
		}
		return cands, "value_tier", ""
	case RuleRoundRobin:
		return eligible, "team", ""
	}
	return nil, "", ""
}

// needs returns the skills req needs, sorted and without duplicates.
func (p *Pool) needs(req Request) []Skill {
	out := slices.Clone(req.Skills)
	if s := p.cfg.ReasonSkills[req.Reason]; s != "" {
		out = append(out, s)
	}
	if l := req.Lead.Lang; l != "" {
		out = append(out, p.cfg.LangSkills[l])
	}
	topics := req.Signals.Topics
	if len(req.Signals.Competitors) > 0 {
		topics = append(slices.Clone(topics), TopicCompetitor)
	}
	for _, t := range topics {
		s, ok := p.cfg.TopicSkills[t]
		if !ok {
			s = Skill(t)
		}
		out = append(out, s)
	}
	out = slices.DeleteFunc(out, func(s Skill) bool { return s == "" })
	slices.Sort(out)
	return slices.Compact(out)
}

// haveSkills returns the skills of needs that r has.
func haveSkills(r Rep, needs []Skill) []string {
	var out []string
	for _, s := range needs {
		if slices.Contains(r.Skills, s) {
			out = append(out, string(s))
		}
	}
	return out
}

// pick chooses among cands (sorted by ID) in turn: the Sequencer's next
// value for key, modulo the group's size. A single candidate needs no turn.
func (p *Pool) pick(ctx context.Context, tenantID, key string, cands []Rep) (Rep, error) {
	if len(cands) == 1 {
		return cands[0], nil
	}
	n, err := p.cfg.Sequencer.Next(ctx, tenantID, key)
	if err != nil {
		return Rep{}, fmt.Errorf("route: round-robin position %s: %w", key, err)
	}
	return cands[n%uint64(len(cands))], nil
}

// noRep builds the error for a request nobody can take, naming the first
// rep off duty now to come back.
func (p *Pool) noRep(reps []Rep, exclude []string, at time.Time, unmatched int) error {
	e := &NoRepError{Unmatched: unmatched}
	for _, r := range reps {
		if slices.Contains(exclude, r.ID) || r.AvailableAt(at) {
			continue
		}
		if n, ok := r.NextAvailable(at); ok && (e.NextRepID == "" || n.Before(e.NextAt)) {
			e.NextRepID, e.NextAt = r.ID, n
		}
	}
	return e
}

func cloneRep(r Rep) Rep {
	r.Skills = slices.Clone(r.Skills)
	r.Territories = slices.Clone(r.Territories)
	r.Hours.Shifts = slices.Clone(r.Hours.Shifts)
	r.Away = slices.Clone(r.Away)
	return r
}

var _ Router = (*Pool)(nil)
