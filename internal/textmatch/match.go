package textmatch

import (
	"fmt"
	"iter"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
)

type elemKind uint8

const (
	elLit elemKind = iota
	elClass
	elPrefix
	elGap
	elAny
)

// elem is one element of a compiled pattern in 64 bytes, so that an
// element is one cache line of its matcher's pattern array (see
// Compile): the kind and the fields a match reads, nothing else.
type elem struct {
	kind elemKind
	opt  bool     // the element may be skipped
	id   int32    // for literals
	max  int      // for gaps: at most max tokens skipped
	bits []uint64 // for classes: the members' IDs, as in [Set]
	pfx  []string // for classes: members given as "stem*"; for prefixes: the stem
}

// match reports whether e matches token i of in; it reads the token's
// word only for a prefix.
func (e *elem) match(in *tokenSeq, i int) bool {
	id := in.ids[i]
	switch e.kind {
	case elLit:
		return id == e.id
	case elClass:
		if hasID(e.bits, id) {
			return true
		}
		for _, p := range e.pfx {
			if strings.HasPrefix(in.toks[i], p) {
				return true
			}
		}
		return false
	case elPrefix:
		return strings.HasPrefix(in.toks[i], e.pfx[0])
	case elAny:
		return id != breakID
	}
	return false
}

// missesID reports that e, a literal or a class without stems, does not
// match a token with ID id: the test of most elements, without a call.
// It is false for the other kinds, which [elem.match] tests.
func (e *elem) missesID(id int32) bool {
	switch e.kind {
	case elLit:
		return id != e.id
	case elClass:
		return len(e.pfx) == 0 && !hasID(e.bits, id)
	}
	return false
}

// tokenSeq is the tokens a pattern is matched against and their IDs (of
// the same length), passed by one pointer so that the recursive matching
// keeps its few arguments in registers.
type tokenSeq struct {
	toks []string
	ids  []int32
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
// A "|" after the first element also matches the end of the text, which
// ends a clause as a break does ("vale mas |" matches "vale más." and
// "vale más, la verdad"), without taking a token.
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

// Matcher finds rule occurrences in token streams. It is safe for
// concurrent use, and what it finds never changes: the one field that
// does is its bit of the start masks, which it takes at its first run
// over a normalised message (see [Matcher.register]).
//
// The fields a match reads are laid out to touch few cache lines: the
// rules are one slice of structs, the index from first token to rules is
// two flat slices whose entries carry what testing a candidate needs, and
// the table of prefix rules comes last, behind a bitset of the bytes that
// start any.
type Matcher struct {
	// bit is this matcher's bit in Text.mask, 0 until it registers (see
	// [Matcher.register]) and for one that found no bit free; asked is
	// set once it has tried
	bit       atomic.Uint64
	asked     atomic.Bool
	hasPrefix bool
	prefixed  [4]uint64 // bitset of the bytes that index prefix
	always    []int32   // rules starting with "_"
	rules     []rule
	// elems are the patterns of rules side by side, in rule order (each
	// rule's pat is a slice of it), which firstRule entries point into
	elems []elem
	// the rules whose first element matches the token with ID id are
	// byFirst[firstAt[id]:firstAt[id+1]], in order
	firstAt []int32
	byFirst []firstRule
	// groupNext[firstAt[id]] is the filter of the rules the token with
	// ID id starts, the OR of theirs (all bits when one has no filter;
	// see [groupFails]), one past the last entry of byFirst
	groupNext []uint64
	// needs, by rule, what a text must contain for the rule to match
	// anywhere in it (see [ruleNeed])
	needs  []ruleNeed
	stems  []string        // every stem a rule starts with, for register
	prefix [256][]stemRule // rules starting with a prefix element, by its first byte
}

// stemRule is a rule whose first element has stems, filed under the
// first byte of one of them: the element's stems and IDs let the loops
// pass over a token the rule cannot start at without calling matchFrom.
type stemRule struct {
	ri    int32
	stems []string
	bits  []uint64 // the element's members, for a class
}

// starts reports whether the first element of r matches the token w
// with ID id, as its match in matchFrom would.
func (r *stemRule) starts(w string, id int32) bool {
	if hasID(r.bits, id) {
		return true
	}
	for _, p := range r.stems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// rule is one compiled pattern (one " / " alternative of a [Rule]).
type rule struct {
	name string
	pat  []elem
}

// firstRule is an entry of the first-token index: a rule, the filter of
// the tokens near its start that one of its elements needs (see
// [nextFilter]) and where its pattern is in m.elems, so that a
// candidate is tested and matched without reading the rule. An entry
// is 24 bytes: a message visits a few hundred of them, and the filter,
// a test of the few tokens after the start in place of the whole
// text's, turns away most (the benchmark's message visits 410, of which
// 59 pass, and 21 meet their need and are matched, where the test of a
// literal second token and the need let 57 through: its rules more
// often need a word of a class of two to nine, or one after a gap, than
// a literal next); the rule's need is read from m.needs only for those
// it lets through.
type firstRule struct {
	next  uint64 // the filter of nextFilter, or all bits
	reach int32  // its reach, 1 to maxReach, or 0 for no filter
	ri    int32
	at, n int32 // the pattern is m.elems[at : at+n]
}

// maxReach is the farthest from its start, in tokens, that a rule's
// filter looks (see [nextFilter]); at most 7, the reaches indexing an
// array of 8 (see [nearBits]).
const maxReach = 4

// nextFilter returns the filter of the first element of pattern p after
// its first that takes exactly one token (a literal other than a break,
// or a class without stems, not optional): bit nextHash(id) of each ID
// it accepts; and its reach, how far from the pattern's first token it
// may be at most: one past it, plus one for every element between them
// (optional ones, and stems, wildcards and breaks, which take one token
// at most) and the length of every gap. A match has a token that sets a
// bit of the filter within that reach. A pattern with no such element,
// or whose element may be beyond maxReach, has reach 0 and all bits.
func nextFilter(p []elem) (uint64, int32) {
	d := int32(1)
	for i := 1; i < len(p) && d <= maxReach; i++ {
		e := &p[i]
		switch {
		case e.kind == elGap:
			d += int32(e.max)
			continue
		case e.opt:
		case e.kind == elLit && e.id != breakID:
			return 1 << nextHash(e.id), d
		case e.kind == elClass && len(e.pfx) == 0:
			var f uint64
			for id := range setIDs(e.bits) {
				f |= 1 << nextHash(id)
			}
			return f, d
		}
		d++
	}
	return ^uint64(0), 0
}

// nextHash spreads the token IDs over the 64 bits of a [nextFilter], as
// bloomBit does over an [idBloom].
func nextHash(id int32) uint32 { return uint32(id) * 0x9E3779B1 >> (32 - 6) }

// nearBits sets near[d], for each reach d from 1 to maxReach, to the
// bits (see [nextFilter]) of the tokens from s+1 to s+d: a rule whose
// filter shares no bit with that of its reach cannot match at s. Tokens
// past the last add none (an element that takes a token cannot match
// there). near[0], all bits for reach 0, is the caller's (see
// [newNear]): the loops over starts keep one array and have it
// rewritten at each start, instead of a new one returned by value. The
// array has room for 8 reaches, so that near[reach&7] needs no bounds
// check.
func nearBits(near *[8]uint64, ids []int32, s int) {
	if s+maxReach < len(ids) {
		// (most starts: every token of the reach is there, read with
		// one bounds check and no loop)
		next := ids[s+1 : s+maxReach+1 : s+maxReach+1]
		w := uint64(1) << nextHash(next[0])
		near[1] = w
		w |= 1 << nextHash(next[1])
		near[2] = w
		w |= 1 << nextHash(next[2])
		near[3] = w
		near[4] = w | 1<<nextHash(next[3])
		return
	}
	var w uint64
	for d := 1; d <= maxReach; d++ {
		if s+d < len(ids) {
			w |= 1 << nextHash(ids[s+d])
		}
		near[d] = w
	}
}

// newNear returns the array [nearBits] fills, with all bits for reach
// 0, the reach of a rule without a filter.
func newNear() (near [8]uint64) {
	near[0] = ^uint64(0)
	return near
}

// pat returns the pattern of fr's rule.
func (fr *firstRule) pat(m *Matcher) []elem { return m.elems[fr.at : fr.at+fr.n] }

// Compile builds a Matcher. classes maps class names (without "@") to
// members. It returns an error naming the rule for an unknown class or a
// malformed element.
func Compile(classes map[string]Set, rules []Rule) (*Matcher, error) {
	m := &Matcher{}
	index := map[int32][]int{}
	var stems []string // every stem a rule starts with, for register
	addPrefix := func(b byte, i int, e elem) {
		m.prefix[b] = append(m.prefix[b], stemRule{ri: int32(i), stems: e.pfx, bits: e.bits})
		m.prefixed[b>>6] |= 1 << (b & 63)
		m.hasPrefix = true
		for _, p := range e.pfx {
			if p[0] == b {
				stems = append(stems, p)
			}
		}
	}
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
				p = append(p, elem{kind: elClass, bits: NewSet(words...).bits, pfx: pfx})
			case strings.HasPrefix(f, "@"):
				s, ok := classes[f[1:]]
				if !ok {
					return nil, fmt.Errorf("textmatch: rule %q: unknown class %s", r.Name, f)
				}
				p = append(p, elem{kind: elClass, bits: s.bits})
			case strings.HasPrefix(f, "~"):
				n, err := strconv.Atoi(f[1:])
				if err != nil || n < 0 {
					return nil, fmt.Errorf("textmatch: rule %q: bad gap %s", r.Name, f)
				}
				p = append(p, elem{kind: elGap, max: n})
			case f == "_":
				p = append(p, elem{kind: elAny})
			case len(f) > 1 && strings.HasSuffix(f, "*"):
				p = append(p, elem{kind: elPrefix, pfx: []string{strings.TrimSuffix(f, "*")}})
			default:
				p = append(p, elem{kind: elLit, id: intern(f)})
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
		m.rules = append(m.rules, rule{name: r.Name, pat: p})
		switch p[0].kind {
		case elLit:
			index[p[0].id] = append(index[p[0].id], i)
		case elClass:
			for id := range setIDs(p[0].bits) {
				index[id] = append(index[id], i)
			}
			for _, pf := range p[0].pfx {
				addPrefix(pf[0], i, p[0])
			}
		case elPrefix:
			addPrefix(p[0].pfx[0][0], i, p[0])
		default:
			m.always = append(m.always, int32(i))
		}
	}
	// the patterns side by side in one array, in rule order: the rules a
	// token starts are near each other, and each element is one cache
	// line
	n := 0
	for _, r := range m.rules {
		n += len(r.pat)
	}
	all := make([]elem, 0, n)
	at := make([]int32, len(m.rules)) // where each pattern starts in all
	for i := range m.rules {
		at[i] = int32(len(all))
		all = append(all, m.rules[i].pat...)
		m.rules[i].pat = all[len(all)-len(m.rules[i].pat) : len(all) : len(all)]
	}
	m.elems = all
	m.needs = make([]ruleNeed, len(m.rules))
	for i := range m.rules {
		m.needs[i] = needOf(m.rules[i].pat)
	}
	maxID := int32(0)
	for id := range index {
		maxID = max(maxID, id)
	}
	m.stems = stems
	m.firstAt = make([]int32, maxID+2)
	for id := int32(0); id <= maxID; id++ {
		rs := index[id]
		sort.Ints(rs)
		m.firstAt[id] = int32(len(m.byFirst))
		for _, ri := range rs {
			p := m.rules[ri].pat
			next, reach := nextFilter(p)
			m.byFirst = append(m.byFirst, firstRule{next: next, reach: reach, ri: int32(ri), at: at[ri], n: int32(len(p))})
		}
	}
	m.firstAt[maxID+1] = int32(len(m.byFirst))
	m.groupNext = make([]uint64, len(m.byFirst)+1)
	for id := int32(0); id <= maxID; id++ {
		var g uint64
		for _, fr := range m.byFirst[m.firstAt[id]:m.firstAt[id+1]] {
			g |= fr.next // (all bits for a rule without a filter)
		}
		if m.firstAt[id] < m.firstAt[id+1] {
			m.groupNext[m.firstAt[id]] = g
		}
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
func (m *Matcher) Name(i int) string { return m.rules[i].name }

// Len returns the number of rules, counting each " / " alternative.
func (m *Matcher) Len() int { return len(m.rules) }

// register gives m a bit, if one is free, and records where its rules
// start (see [registerMatcher]); it returns the bit, or 0. A matcher
// registers the first time it runs over a whole normalised message, not
// when it is compiled: the packages compile more than 64 matchers and a
// process runs only some of them on its messages, so that the bits go
// to those, and not to the first compiled. It tries once.
func (m *Matcher) register() uint64 {
	matcherMu.Lock()
	defer matcherMu.Unlock()
	if m.asked.Load() {
		return m.bit.Load()
	}
	// the IDs the rules of the index start with
	var ids []int32
	for id := range int32(len(m.firstAt) - 1) {
		if m.firstAt[id] < m.firstAt[id+1] {
			ids = append(ids, id)
		}
	}
	bit := registerMatcher(ids, m.stems)
	// (the bit is stored once the start masks and matchersSeen have it,
	// so that a caller that reads it finds them)
	m.bit.Store(bit)
	m.asked.Store(true)
	return bit
}

// rulesAt returns the rules whose first element matches the token with ID
// id, in order.
func (m *Matcher) rulesAt(id int32) []firstRule {
	if uint(id)+1 >= uint(len(m.firstAt)) {
		return nil
	}
	at := m.firstAt[id : id+2 : id+2]
	return m.byFirst[at[0]:at[1]]
}

// group returns the rules whose first element matches the token with ID
// id, as [Matcher.rulesAt] does, and the filter of the group (see
// [Matcher.groupNext]).
func (m *Matcher) group(id int32) ([]firstRule, uint64) {
	if uint(id)+1 >= uint(len(m.firstAt)) {
		return nil, 0
	}
	at := m.firstAt[id : id+2 : id+2]
	return m.byFirst[at[0]:at[1]], m.groupNext[at[0]]
}

// groupFails reports that no rule of a group whose filter is g (see
// [Matcher.group]) passes its own filter at a start whose bits near it
// are near (see [nearBits]): the group's filter, the OR of its rules',
// shares no bit with the tokens within the farthest reach, which hold
// those of every nearer one, and no rule of the group is without a
// filter (its filter all bits, which a rule's passes at any start). A
// group that fails is passed over with one test instead of one per
// rule: most of the rules a token starts need a word after it that the
// message does not have there.
func groupFails(g uint64, near *[8]uint64) bool {
	return g&near[maxReach] == 0 && g != ^uint64(0)
}

// prefixesAt returns the rules starting with a prefix element whose first
// byte is b.
func (m *Matcher) prefixesAt(b byte) []stemRule {
	if m.prefixed[b>>6]&(1<<(b&63)) == 0 {
		return nil
	}
	return m.prefix[b]
}

// emit calls fn with the match of rule ri over toks[s:end].
func (m *Matcher) emit(fn func(Match) bool, ri int32, s, end int) bool {
	return fn(Match{Rule: int(ri), Name: m.rules[ri].name, Start: s, End: end})
}

// Each calls fn for every match in t, leftmost first (for each start,
// rules in declaration order, shortest match). It stops when fn returns
// false.
func (m *Matcher) Each(t Text, fn func(Match) bool) { m.each(&t, fn) }

// each is [Matcher.Each] on a Text passed by pointer: [Matcher.First] and
// the loops below take it without copying the Text again.
func (m *Matcher) each(t *Text, fn func(Match) bool) {
	toks, ids := t.Toks, t.IDs
	bit := m.bit.Load()
	if bit == 0 && !m.asked.Load() && t.whole() {
		bit = m.register()
	}
	if len(ids) != len(toks) {
		ids = idsOf(toks)
	} else if t.known&bit != 0 && len(m.always) == 0 {
		// a normalised text knows where rules may start: visit only
		// those tokens (a matcher registered after it was normalised, or
		// with rules that start with a wildcard, scans all)
		if t.mask&bit == 0 {
			return // no token of t starts any rule
		}
		if m.hasPrefix {
			m.eachScan(t, bit, fn)
		} else {
			m.eachStart(t, bit, fn)
		}
		return
	}
	// the shared start masks say, in one word per token ID, whether the
	// token starts any rule of this matcher: cheaper than the index
	var masks []uint64
	if bit != 0 {
		masks = startMask()
	}
	// the IDs a normalised text holds (see [idBloom]); for others, a
	// filter that lets every rule through
	b := t.bloom()
	in := tokenSeq{toks, ids}
	near := newNear()
	for s := 0; s < len(toks); s++ {
		id := ids[s]
		if id == breakID {
			continue
		}
		var (
			cands []firstRule
			g     uint64
		)
		if int(id) >= len(masks) || masks[id]&bit != 0 {
			cands, g = m.group(id)
		}
		// (most tokens start no rule: the bits near one are read only
		// for those that do)
		if len(cands) > 0 {
			nearBits(&near, ids, s)
			if groupFails(g, &near) {
				cands = nil
			}
			for k := range cands {
				fr := &cands[k]
				if fr.next&near[fr.reach&7] == 0 || !b.meets(&m.needs[fr.ri]) {
					continue
				}
				if end, ok := matchRest(fr.pat(m), &in, s); ok {
					if !m.emit(fn, fr.ri, s, end) {
						return
					}
				}
			}
		}
		if w := toks[s]; len(w) > 0 {
			srs := m.prefixesAt(w[0])
			for k := range srs {
				sr := &srs[k]
				ri := sr.ri
				if !sr.starts(w, id) || !b.meets(&m.needs[ri]) {
					continue
				}
				if end, ok := matchFrom(m.rules[ri].pat, 0, &in, s); ok {
					if !m.emit(fn, ri, s, end) {
						return
					}
				}
			}
		}
		for _, ri := range m.always {
			if !b.meets(&m.needs[ri]) {
				continue
			}
			if end, ok := matchFrom(m.rules[ri].pat, 0, &in, s); ok {
				if !m.emit(fn, ri, s, end) {
					return
				}
			}
		}
	}
}

// eachStart is [Matcher.Each] over the row of start bits a normalised
// Text recorded for the matcher, whose bit is bit (see [Text.startRow]),
// for a matcher with neither stem nor wildcard first elements. The Text
// was normalised after the matcher registered, so the row has bit s
// exactly when token s starts one of its rules, and t.mask has bit.
func (m *Matcher) eachStart(t *Text, bit uint64, fn func(Match) bool) {
	in := tokenSeq{t.Toks, t.IDs}
	ids := t.IDs
	b := t.bloom()
	near := newNear()
	for k, row := range t.startRow(bit) {
		for ; row != 0; row &= row - 1 {
			s := k<<6 | bits.TrailingZeros64(row)
			frs, g := m.group(ids[s])
			nearBits(&near, ids, s)
			if groupFails(g, &near) {
				continue
			}
			for i := range frs {
				fr := &frs[i]
				if fr.next&near[fr.reach&7] == 0 || !b.meets(&m.needs[fr.ri]) {
					continue
				}
				if end, ok := matchRest(fr.pat(m), &in, s); ok {
					if !m.emit(fn, fr.ri, s, end) {
						return
					}
				}
			}
		}
	}
}

// eachScan is eachStart for a matcher with rules that start with a stem
// (but none with a wildcard): the row of the matcher also has the tokens
// whose first two bytes may start one of its stems (see [startTable]),
// and at each token it visits, but for breaks, the rules of the index
// (none when the token starts only a stem) are tried, then the rules of
// the stems of its first byte, as [Matcher.Each]'s own loop does.
func (m *Matcher) eachScan(t *Text, bit uint64, fn func(Match) bool) {
	in := tokenSeq{t.Toks, t.IDs}
	toks, ids := t.Toks, t.IDs
	b := t.bloom()
	near := newNear()
	for k, row := range t.startRow(bit) {
		for ; row != 0; row &= row - 1 {
			s := k<<6 | bits.TrailingZeros64(row)
			id := ids[s]
			if id == breakID {
				continue
			}
			// (a token the row has for a stem alone starts no rule of
			// the index)
			if frs, g := m.group(id); len(frs) > 0 {
				nearBits(&near, ids, s)
				if groupFails(g, &near) {
					frs = nil
				}
				for i := range frs {
					fr := &frs[i]
					if fr.next&near[fr.reach&7] == 0 || !b.meets(&m.needs[fr.ri]) {
						continue
					}
					if end, ok := matchRest(fr.pat(m), &in, s); ok {
						if !m.emit(fn, fr.ri, s, end) {
							return
						}
					}
				}
			}
			if w := toks[s]; len(w) > 0 {
				srs := m.prefixesAt(w[0])
				for k := range srs {
					sr := &srs[k]
					ri := sr.ri
					if !sr.starts(w, id) || !b.meets(&m.needs[ri]) {
						continue
					}
					if end, ok := matchFrom(m.rules[ri].pat, 0, &in, s); ok {
						if !m.emit(fn, ri, s, end) {
							return
						}
					}
				}
			}
		}
	}
}

// idsOf looks up the token IDs of toks (for a Text built by hand) in
// the vocabulary's probe table, as [Normalize] does, without the lock
// and the map of lookupID.
func idsOf(toks []string) []int32 {
	ids := make([]int32, len(toks))
	v := vocabSnapshot()
	for i, w := range toks {
		ids[i] = v.lookupString(w).id
	}
	return ids
}

// IDsOf returns the token IDs of toks as [Normalize] assigns them, for
// tokens held without their IDs (a [Text] built by hand): a caller that
// tests many tokens against sets can then test them all by ID with
// [Set.HasID], which answers as [Set.HasToken] does.
func IDsOf(toks []string) []int32 { return idsOf(toks) }

// All appends every match to dst and returns it.
func (m *Matcher) All(t Text, dst []Match) []Match {
	m.each(&t, func(x Match) bool { dst = append(dst, x); return true })
	return dst
}

// First returns the leftmost match for which keep returns true (keep may
// be nil).
func (m *Matcher) First(t Text, keep func(Match) bool) (Match, bool) {
	var out Match
	found := false
	m.each(&t, func(x Match) bool {
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
func matchRest(p []elem, in *tokenSeq, s int) (int, bool) {
	return matchFrom(p, 1, in, s+1)
}

// matchFrom matches the elements p[pi:] from token ti and returns where
// the match ends.
func matchFrom(p []elem, pi int, in *tokenSeq, ti int) (int, bool) {
	for pi < len(p) {
		e := &p[pi]
		if e.kind == elGap {
			// (a gap is never last; a required element after it that
			// cannot match at ti+k fails there at once, as matchFrom
			// would find)
			next := &p[pi+1]
			for k := 0; k <= e.max; k++ {
				if next.opt || next.kind == elGap || ti+k < len(in.ids) && !next.missesID(in.ids[ti+k]) ||
					ti+k == len(in.ids) && next.kind == elLit && next.id == breakID {
					if end, ok := matchFrom(p, pi+1, in, ti+k); ok {
						return end, true
					}
				}
				if ti+k >= len(in.ids) || in.ids[ti+k] == breakID {
					return 0, false
				}
			}
			return 0, false
		}
		if e.opt {
			if ti < len(in.ids) && e.match(in, ti) {
				if end, ok := matchFrom(p, pi+1, in, ti+1); ok {
					return end, true
				}
			}
			pi++
			continue
		}
		if ti >= len(in.ids) {
			// the end of the text ends a clause: a "|" element matches
			// there, taking no token
			if e.kind == elLit && e.id == breakID {
				pi++
				continue
			}
			return 0, false
		}
		// e.match, with the tests of literals and classes written out
		// and made once: a literal or a class member that matches by ID
		// is not tested again (TestMatchFromReference)
		switch id := in.ids[ti]; {
		case e.kind == elLit:
			if id != e.id {
				return 0, false
			}
		case e.kind == elClass && hasID(e.bits, id):
		case e.kind == elClass && len(e.pfx) == 0:
			return 0, false
		default:
			if !e.match(in, ti) {
				return 0, false
			}
		}
		pi++
		ti++
	}
	return ti, true
}

// Options splits a question that offers two options at its last "or"
// ("o"): the clause before it ("should we stop texting you, or check
// back in the spring?": the first option may end a clause of its own)
// and everything after it. ok is false when there is no "or" with an
// option before it.
func Options(q Text) (first, rest []string, ok bool) {
	or := -1
	for i, w := range q.Toks {
		if w == "or" || w == "o" {
			or = i
		}
	}
	end := or
	for end > 0 && q.Toks[end-1] == Break {
		end--
	}
	if end <= 0 {
		return nil, nil, false
	}
	return q.Toks[ClauseStart(q.Toks, end-1):end], q.Toks[or+1:], true
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

// BeforeToken is [Before] by the tokens' IDs when ids are the IDs of toks
// (see [Set.HasToken]): a bit test per token instead of a lookup.
func BeforeToken(toks []string, ids []int32, i, window int, set Set) bool {
	if len(ids) != len(toks) {
		return Before(toks, i, window, set)
	}
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		if ids[k] == breakID {
			return false
		}
		if set.HasID(ids[k]) {
			return true
		}
	}
	return false
}

// AfterToken is [After] by the tokens' IDs when ids are the IDs of toks
// (see [Set.HasToken]).
func AfterToken(toks []string, ids []int32, i, window int, set Set) bool {
	if len(ids) != len(toks) {
		return After(toks, i, window, set)
	}
	for k := i; k < len(ids) && k < i+window; k++ {
		if ids[k] == breakID {
			return false
		}
		if set.HasID(ids[k]) {
			return true
		}
	}
	return false
}

// IfWords open a condition, in English and Spanish: "if", "si". The set
// is gated (see [Set.Gated]), one gate for every package that asks.
var IfWords = NewSet("if", "si").Gated()

// Negators are the tokens that negate what follows in a clause.
var Negators = NewSet("not", "no", "never", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent",
	"wont", "cant", "couldnt", "wouldnt", "shouldnt", "aint", "nobody", "nothing", "neither", "nor", "without", "hardly", "havent", "hasnt", "dnt", "nope", "nah").Gated()

// IndexSeq returns where the tokens seq first occur together, in order,
// in toks, or -1: IndexSeq(toks, "what", "part", "of").
func IndexSeq(toks []string, seq ...string) int {
	if len(seq) == 0 {
		return 0
	}
	// (the lengths and the first bytes are compared before the words: a
	// comparison of two words of the same length calls the runtime)
	first := seq[0]
	for i := 0; i+len(seq) <= len(toks); i++ {
		if w := toks[i]; len(w) == len(first) && (w == "" || w[0] == first[0]) && w == first && slices.Equal(toks[i:i+len(seq)], seq) {
			return i
		}
	}
	return -1
}

// ContainsSeq reports whether the tokens seq occur together, in order, in
// toks: ContainsSeq(toks, "at", "first").
func ContainsSeq(toks []string, seq ...string) bool { return IndexSeq(toks, seq...) >= 0 }

// setIDs yields the IDs whose bits are set, in increasing order.
func setIDs(set []uint64) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		for k, word := range set {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				if !yield(int32(k<<6 | b)) {
					return
				}
				word &= word - 1
			}
		}
	}
}
