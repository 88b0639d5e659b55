package textmatch

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type elemKind uint8

const (
	elLit elemKind = iota
	elClass
	elPrefix
	elGap
	elAny
)

// optional marks an element that may be skipped.

type elem struct {
	opt  bool
	kind elemKind
	id   int32 // for literals
	lit  string
	set  Set
	pfx  []string // for classes: members given as "stem*"
	max  int      // for gaps: at most max tokens skipped
}

func (e *elem) match(w string, id int32) bool {
	switch e.kind {
	case elLit:
		return id == e.id
	case elClass:
		if e.set.HasID(id) {
			return true
		}
		for _, p := range e.pfx {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
		return false
	case elPrefix:
		return strings.HasPrefix(w, e.lit)
	case elAny:
		return id != breakID
	}
	return false
}

// Rule is one named pattern. The pattern is a space-separated list of
// elements:
//
//	word      the literal token
//	@class    any token of the named class
//	stem*     any token starting with stem
//	_         any one token (not a break)
//	~N        skip 0..N tokens, never across a clause break
//	a|b|c     any of the alternatives
//	x?        the element x, optionally (not first)
//
// " / " separates whole alternative patterns of the same rule:
// "move in ready / turnkey".
//
// A pattern never matches across a [Break] unless it names "|" literally.
type Rule struct {
	Name    string
	Pattern string
}

// Match is one rule occurrence: Toks[Start:End] matched rule Rule.
type Match struct {
	Rule       int
	Name       string
	Start, End int
}

// Matcher finds rule occurrences in token streams. It is immutable and safe
// for concurrent use.
type Matcher struct {
	bit       uint64 // this matcher's bit in Text.mask, 0 if unassigned
	hasPrefix bool
	names     []string
	pats      [][]elem
	second    []int32    // by rule: the ID its second token must have, or -1
	index     [][]int    // first token ID -> rules
	prefix    [256][]int // rules starting with a prefix element, by its first byte
	always    []int      // rules starting with "_"
}

// Compile builds a Matcher. classes maps class names (without "@") to
// members. It returns an error naming the rule for an unknown class or a
// malformed element.
func Compile(classes map[string]Set, rules []Rule) (*Matcher, error) {
	m := &Matcher{}
	index := map[int32][]int{}
	var expanded []Rule
	for _, r := range rules {
		for _, alt := range strings.Split(r.Pattern, " / ") {
			expanded = append(expanded, Rule{Name: r.Name, Pattern: alt})
		}
	}
	for i, r := range expanded {
		var p []elem
		for _, f := range strings.Fields(r.Pattern) {
			opt := false
			if len(f) > 1 && strings.HasSuffix(f, "?") {
				opt, f = true, strings.TrimSuffix(f, "?")
			}
			n0 := len(p)
			switch {
			case f != "|" && strings.Contains(f, "|"):
				var words, pfx []string
				for _, alt := range strings.Split(f, "|") {
					if len(alt) > 1 && strings.HasSuffix(alt, "*") {
						pfx = append(pfx, strings.TrimSuffix(alt, "*"))
						continue
					}
					if strings.HasPrefix(alt, "@") {
						cs, ok := classes[alt[1:]]
						if !ok {
							return nil, fmt.Errorf("textmatch: rule %q: unknown class %s", r.Name, alt)
						}
						words = append(words, cs.Words()...)
					} else if alt != "" {
						words = append(words, alt)
					}
				}
				p = append(p, elem{kind: elClass, set: NewSet(words...), pfx: pfx})
			case strings.HasPrefix(f, "@"):
				s, ok := classes[f[1:]]
				if !ok {
					return nil, fmt.Errorf("textmatch: rule %q: unknown class %s", r.Name, f)
				}
				p = append(p, elem{kind: elClass, set: s})
			case strings.HasPrefix(f, "~"):
				n, err := strconv.Atoi(f[1:])
				if err != nil || n < 0 {
					return nil, fmt.Errorf("textmatch: rule %q: bad gap %s", r.Name, f)
				}
				p = append(p, elem{kind: elGap, max: n})
			case f == "_":
				p = append(p, elem{kind: elAny})
			case len(f) > 1 && strings.HasSuffix(f, "*"):
				p = append(p, elem{kind: elPrefix, lit: strings.TrimSuffix(f, "*")})
			default:
				p = append(p, elem{kind: elLit, lit: f, id: intern(f)})
			}
			if opt {
				if p[n0].kind == elGap {
					return nil, fmt.Errorf("textmatch: rule %q: optional gap %s", r.Name, f)
				}
				p[n0].opt = true
			}
		}
		if len(p) == 0 || p[0].kind == elGap || p[len(p)-1].kind == elGap || p[0].opt {
			return nil, fmt.Errorf("textmatch: rule %q: empty or gap at an end", r.Name)
		}
		m.names = append(m.names, r.Name)
		m.pats = append(m.pats, p)
		second := int32(-1)
		if len(p) > 1 && p[1].kind == elLit && !p[1].opt {
			second = p[1].id
		}
		m.second = append(m.second, second)
		switch p[0].kind {
		case elLit:
			index[p[0].id] = append(index[p[0].id], i)
		case elClass:
			for _, w := range p[0].set.Words() {
				id := lookupID(w)
				index[id] = append(index[id], i)
			}
			for _, pf := range p[0].pfx {
				m.prefix[pf[0]] = append(m.prefix[pf[0]], i)
				m.hasPrefix = true
			}
		case elPrefix:
			m.prefix[p[0].lit[0]] = append(m.prefix[p[0].lit[0]], i)
			m.hasPrefix = true
		default:
			m.always = append(m.always, i)
		}
	}
	maxID := int32(0)
	for id := range index {
		maxID = max(maxID, id)
	}
	m.bit = registerMatcher(index)
	m.index = make([][]int, maxID+1)
	for id, rs := range index {
		sort.Ints(rs)
		m.index[id] = rs
	}
	return m, nil
}

// MustCompile is [Compile] that panics on error, for package-level rules.
func MustCompile(classes map[string]Set, rules []Rule) *Matcher {
	m, err := Compile(classes, rules)
	if err != nil {
		panic(err)
	}
	return m
}

// Name returns the name of rule i.
func (m *Matcher) Name(i int) string { return m.names[i] }

// Len returns the number of rules, counting each " / " alternative.
func (m *Matcher) Len() int { return len(m.names) }

// Each calls fn for every match in t, leftmost first (for each start,
// rules in declaration order, shortest match). It stops when fn returns
// false.
func (m *Matcher) Each(t Text, fn func(Match) bool) {
	toks, ids := t.Toks, t.IDs
	if len(ids) != len(toks) {
		ids = idsOf(toks)
	} else if t.masked && t.known&m.bit != 0 && !m.hasPrefix && len(m.always) == 0 {
		// a normalised text knows where rules start: visit only those
		// tokens (a matcher registered after it was normalised scans all)
		if t.mask&m.bit == 0 {
			return // no token of t starts any rule
		}
		m.eachStart(t, fn)
		return
	}
	// the shared start masks say, in one word per token ID, whether the
	// token starts any rule of this matcher: cheaper than the index
	var masks []uint64
	if m.bit != 0 {
		masks = startMask()
	}
	for s := 0; s < len(toks); s++ {
		id := ids[s]
		if id == breakID {
			continue
		}
		var cands []int
		if int(id) < len(masks) {
			if masks[id]&m.bit != 0 {
				cands = m.index[id]
			}
		} else if int(id) < len(m.index) {
			cands = m.index[id]
		}
		for _, ri := range cands {
			if !m.secondFits(ri, ids, s) {
				continue
			}
			if end, ok := matchRest(m.pats[ri], toks, ids, s); ok {
				if !fn(Match{Rule: ri, Name: m.names[ri], Start: s, End: end}) {
					return
				}
			}
		}
		if w := toks[s]; len(w) > 0 {
			for _, ri := range m.prefix[w[0]] {
				if end, ok := matchFrom(m.pats[ri], 0, toks, ids, s); ok {
					if !fn(Match{Rule: ri, Name: m.names[ri], Start: s, End: end}) {
						return
					}
				}
			}
		}
		for _, ri := range m.always {
			if end, ok := matchFrom(m.pats[ri], 0, toks, ids, s); ok {
				if !fn(Match{Rule: ri, Name: m.names[ri], Start: s, End: end}) {
					return
				}
			}
		}
	}
}

// eachStart is [Matcher.Each] over the start positions a normalised Text
// recorded, for a matcher with neither prefix nor wildcard first elements.
func (m *Matcher) eachStart(t Text, fn func(Match) bool) {
	toks, ids := t.Toks, t.IDs
	masks := startMask()
	for _, p := range t.starts {
		s := int(p)
		id := ids[s]
		if int(id) >= len(masks) || masks[id]&m.bit == 0 || int(id) >= len(m.index) {
			continue
		}
		for _, ri := range m.index[id] {
			if !m.secondFits(ri, ids, s) {
				continue
			}
			if end, ok := matchRest(m.pats[ri], toks, ids, s); ok {
				if !fn(Match{Rule: ri, Name: m.names[ri], Start: s, End: end}) {
					return
				}
			}
		}
	}
}

// secondFits is a cheap test before matchFrom for rule ri, whose first
// element (a literal or a class, one token) matched at s: a rule whose
// second element is a required literal needs that token next.
func (m *Matcher) secondFits(ri int, ids []int32, s int) bool {
	want := m.second[ri]
	return want < 0 || (s+1 < len(ids) && ids[s+1] == want)
}

// idsOf looks up the token IDs of toks (for a Text built by hand).
func idsOf(toks []string) []int32 {
	ids := make([]int32, len(toks))
	for i, w := range toks {
		ids[i] = lookupID(w)
	}
	return ids
}

// All appends every match to dst and returns it.
func (m *Matcher) All(t Text, dst []Match) []Match {
	m.Each(t, func(x Match) bool { dst = append(dst, x); return true })
	return dst
}

// First returns the leftmost match for which keep returns true (keep may
// be nil).
func (m *Matcher) First(t Text, keep func(Match) bool) (Match, bool) {
	var out Match
	found := false
	m.Each(t, func(x Match) bool {
		if keep == nil || keep(x) {
			out, found = x, true
			return false
		}
		return true
	})
	return out, found
}

// matchRest matches pattern p at token s of a rule found through the
// index by the ID of toks[s]: its first element (a literal or a class,
// never optional) matches that token by construction, so matching starts
// at the second element.
func matchRest(p []elem, toks []string, ids []int32, s int) (int, bool) {
	return matchFrom(p, 1, toks, ids, s+1)
}

// matchFrom matches the elements p[pi:] from token ti and returns where
// the match ends.
func matchFrom(p []elem, pi int, toks []string, ids []int32, ti int) (int, bool) {
	for pi < len(p) {
		e := &p[pi]
		if e.kind == elGap {
			for k := 0; k <= e.max; k++ {
				if end, ok := matchFrom(p, pi+1, toks, ids, ti+k); ok {
					return end, true
				}
				if ti+k >= len(toks) || ids[ti+k] == breakID {
					return 0, false
				}
			}
			return 0, false
		}
		if e.opt {
			if ti < len(toks) && e.match(toks[ti], ids[ti]) {
				if end, ok := matchFrom(p, pi+1, toks, ids, ti+1); ok {
					return end, true
				}
			}
			pi++
			continue
		}
		if ti >= len(toks) || !e.match(toks[ti], ids[ti]) {
			return 0, false
		}
		pi++
		ti++
	}
	return ti, true
}

// ClauseStart returns the index of the first token of the clause holding
// toks[i].
func ClauseStart(toks []string, i int) int {
	for i > 0 && toks[i-1] != Break {
		i--
	}
	return i
}

// ClauseEnd returns the index just past the clause holding toks[i].
func ClauseEnd(toks []string, i int) int {
	for i < len(toks) && toks[i] != Break {
		i++
	}
	return i
}

// Before reports whether a token of set occurs in the window tokens before
// index i within the same clause.
func Before(toks []string, i, window int, set Set) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		if toks[k] == Break {
			return false
		}
		if set.Has(toks[k]) {
			return true
		}
	}
	return false
}

// After reports whether a token of set occurs in the window tokens from
// index i within the same clause.
func After(toks []string, i, window int, set Set) bool {
	for k := i; k < len(toks) && k < i+window; k++ {
		if toks[k] == Break {
			return false
		}
		if set.Has(toks[k]) {
			return true
		}
	}
	return false
}

// Negators are the tokens that negate what follows in a clause.
var Negators = NewSet("not", "no", "never", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent",
	"wont", "cant", "couldnt", "wouldnt", "shouldnt", "aint", "nobody", "nothing", "neither", "nor", "without", "hardly", "havent", "hasnt", "dnt", "nope", "nah")
