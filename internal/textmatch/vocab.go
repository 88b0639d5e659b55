package textmatch

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Token IDs. Every word that appears in a pattern or a [Set] is interned
// when the pattern or set is built (at package initialisation), so that
// matching compares small integers and indexes slices instead of hashing
// strings. A token of a message that no pattern mentions has ID 0.
const (
	unknownID int32 = 0
	breakID   int32 = 1
)

// vocabulary is an immutable probe table built from the interned words:
// word -> entry, with the lexicon (shorthand, laughs, typos) folded in so
// that normalisation costs one lookup per token. Hashing the token bytes
// (see [keyHash]) and probing linearly beats a map on the short keys of an
// SMS.
type vocabulary struct {
	slots []vocabSlot
	mask  uint32
	// tails holds the bytes past the eighth of the keys longer than
	// eight bytes (see [vocabSlot])
	tails []byte
	// gates are the bits of the gated sets (see [Set.Gated]) registered
	// when the table was built: its entries carry those bits
	gates uint64
}

// vocabSlot is a word and its entry side by side, so that a lookup that
// finds its word reads one cache line: the word's first eight bytes are
// held in the slot (see [keyHead]) with its length, and only the rest of
// a longer word is read from the table's tails, so that the probe of a
// short word, most of a message, follows no pointer to the key's bytes.
// A slot holds no pointer, so the collector does not scan the table. A
// free slot has length 0 (no key is empty).
type vocabSlot struct {
	head uint64 // keyHead of the key
	klen uint32 // the key's length
	tail uint32 // where the key's bytes past the eighth start in tails
	vocabEntry
}

// keyHead packs the first eight bytes of w (fewer for a shorter word)
// into a word, the first byte lowest, the bytes past the end zero: two
// keys of the same length have the same head exactly when their first
// eight bytes are equal.
func keyHead[W string | []byte](w W) uint64 {
	var h uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		h = h<<8 | uint64(w[i])
	}
	return h
}

// holds reports whether sl holds the key w, whose head is head.
func (v *vocabulary) holds(sl *vocabSlot, head uint64, w string) bool {
	return sl.klen == uint32(len(w)) && sl.head == head && (len(w) <= 8 || string(v.tails[sl.tail:sl.tail+sl.klen-8]) == w[8:])
}

// holdsBytes is holds for a key given as bytes.
func (v *vocabulary) holdsBytes(sl *vocabSlot, head uint64, w []byte) bool {
	return sl.klen == uint32(len(w)) && sl.head == head && (len(w) <= 8 || string(v.tails[sl.tail:sl.tail+sl.klen-8]) == string(w[8:]))
}

// keyHash returns the hash that places the key w, whose head is head
// (see [keyHead]), in the table: its head and its length mixed by two
// multiplications, and for a key longer than eight bytes each further
// byte. A lookup has the head already, so the hash of a short word, most
// of a message, costs no pass over its bytes.
func keyHash[W string | []byte](head uint64, w W) uint32 {
	const k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := head + uint64(len(w))*k2
	for i := 8; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * k1
	}
	h *= k1
	h ^= h >> 32
	h *= k1
	return uint32(h >> 32)
}

// buildVocabulary fills a probe table from the interned words, at most
// half full. The words go in in a fixed order, not the map's, so that
// the same words always make the same table: where a word lands decides
// how many slots its lookups probe, and so the cost of a message, which
// would otherwise change from process to process. Shorter words go in
// first and so sit nearer their home slots: the commonest words of a
// message are short ("to", "the", "my").
func buildVocabulary(ids map[string]vocabEntry) *vocabulary {
	n := uint32(1)
	for n < uint32(len(ids))*2 {
		n <<= 1
	}
	v := &vocabulary{slots: make([]vocabSlot, n), mask: n - 1}
	keys := slices.Collect(maps.Keys(ids))
	slices.SortFunc(keys, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	for _, k := range keys {
		e := ids[k]
		i := keyHash(keyHead(k), k) & v.mask
		for v.slots[i].klen != 0 {
			i = (i + 1) & v.mask
		}
		sl := vocabSlot{head: keyHead(k), klen: uint32(len(k)), vocabEntry: e}
		if len(k) > 8 {
			sl.tail = uint32(len(v.tails))
			v.tails = append(v.tails, k[8:]...)
		}
		v.slots[i] = sl
	}
	return v
}

// lookup finds the entry for the token bytes w.
func (v *vocabulary) lookup(w []byte) (vocabEntry, bool) {
	head := keyHead(w)
	i := keyHash(head, w) & v.mask
	for {
		sl := &v.slots[i]
		if sl.klen == 0 {
			return vocabEntry{}, false
		}
		if v.holdsBytes(sl, head, w) {
			return sl.vocabEntry, true
		}
		i = (i + 1) & v.mask
	}
}

// lookupString is lookup for a string.
func (v *vocabulary) lookupString(w string) vocabEntry {
	head := keyHead(w)
	i := keyHash(head, w) & v.mask
	for {
		sl := &v.slots[i]
		if sl.klen == 0 {
			return vocabEntry{}
		}
		if v.holds(sl, head, w) {
			return sl.vocabEntry
		}
		i = (i + 1) & v.mask
	}
}

type vocabEntry struct {
	id int32
	// lex is 1 + the index of the word's entry in lexEntries; 0 unless
	// the word is in the lexicon and read as a break or replaced (an
	// index, not a pointer, so that the entry and its slot stay 32 bytes
	// with the gates; a word the lexicon keeps has 0)
	lex int32
	// gates are the bits of the gated sets the word is a member of
	gates uint64
}

// lexOf returns the lexicon entry of e, or nil.
func (e vocabEntry) lexOf() *lexEntry {
	if e.lex == 0 {
		return nil
	}
	return &lexEntries[e.lex-1]
}

// Matchers register the token IDs their rules start with, and the first
// two bytes of the stems their rules start with, so that a Text knows
// which matchers can match at all (Text.mask) and where each may start
// (see [Text.startRow]), and a matcher with nothing to find returns at
// once. Up to 64 matchers get a bit, the first 64 to run over a
// normalised message (see [Matcher.register]); later ones always scan.
var (
	matcherMu    sync.Mutex
	matcherCount int
	matchersSeen atomic.Uint64              // bits of the registered matchers
	startMasks   atomic.Pointer[startTable] // the starts of the registered matchers
)

// startTable says which registered matchers a token may start a rule of,
// each as its bit: by the token's ID, the matchers with a rule whose first
// element (a literal or a class) accepts the word, and by the token's
// first two bytes (see [pairOf]), the matchers with a rule whose first
// element is a stem, or a class with a stem, the token may start with.
// It is replaced, never changed, when a matcher registers.
//
// Two bytes, not one: a matcher of stems ("salesforce*", "state farm*",
// "sensaphone*") would otherwise be visited at every word of a message
// that starts with a common letter ("so", "some", "sell"), to find no stem
// there.
type startTable struct {
	byID   []uint64
	byPair [pairSyms * pairSyms]uint64
}

// The bytes of a pair are folded to pairSyms symbols, so that the table
// stays small: the 26 letters, the 10 digits, one for every other byte,
// and one for the end of a token of a single byte. A stem that starts a
// token starts it with the same symbols, so the table holds every
// matcher a token may start a stem of (and more, for other bytes).
const (
	pairOther = 36
	pairEnd   = 37
	pairSyms  = 38
)

// pairSym is the symbol of each byte.
var pairSym = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = uint8(c - 'a')
		case c >= '0' && c <= '9':
			t[c] = uint8(26 + c - '0')
		default:
			t[c] = pairOther
		}
	}
	return t
}()

// pairOf returns the index in [startTable.byPair] of the token w[:n],
// n >= 1: its first byte, then its second or the end.
func pairOf(w []byte, n int) uint {
	second := uint(pairEnd)
	if n > 1 {
		second = uint(pairSym[w[1]])
	}
	return uint(pairSym[w[0]])*pairSyms + second
}

// registerMatcher gives a matcher its bit and records its starts: ids
// are the IDs its rules start with, stems the stems they start with. The
// caller holds matcherMu.
func registerMatcher(ids []int32, stems []string) uint64 {
	if matcherCount >= 64 {
		return 0
	}
	bit := uint64(1) << matcherCount
	matcherCount++
	defer matchersSeen.Store(matchersSeen.Load() | bit)
	var old startTable
	if p := startMasks.Load(); p != nil {
		old = *p
	}
	n := len(old.byID)
	for _, id := range ids {
		n = max(n, int(id)+1)
	}
	st := &startTable{byID: make([]uint64, n), byPair: old.byPair}
	copy(st.byID, old.byID)
	for _, id := range ids {
		st.byID[id] |= bit
	}
	for _, p := range stems {
		first := uint(pairSym[p[0]]) * pairSyms
		if len(p) == 1 {
			// a stem of one byte starts every token with that byte
			for second := range uint(pairSyms) {
				st.byPair[first+second] |= bit
			}
			continue
		}
		st.byPair[first+uint(pairSym[p[1]])] |= bit
	}
	startMasks.Store(st)
	return bit
}

// startTableNow returns the starts of the matchers registered so far.
func startTableNow() *startTable {
	if p := startMasks.Load(); p != nil {
		return p
	}
	return &noStarts
}

// noStarts is the startTable before any matcher registers.
var noStarts startTable

// startMask returns the start masks by token ID (see [startTable]).
func startMask() []uint64 {
	if p := startMasks.Load(); p != nil {
		return p.byID
	}
	return nil
}

// The interned words live in one map that only the compilers of
// patterns and sets write, under vocabMu, at package initialisation (or
// when a caller compiles a matcher later). The probe table the hot path
// reads is built from it lazily, on the first normalisation after a
// change: interning every literal of every rule used to copy the map and
// rebuild the table per word, which made importing the library take half
// a second and allocate half a gigabyte.
var (
	vocabMu  sync.RWMutex
	vocabIDs = func() map[string]vocabEntry {
		ids := map[string]vocabEntry{Break: {id: breakID}}
		for w, e := range lexicon {
			if e.kind == lexKeep {
				// a word kept as written needs no entry: the slot
				// that holds it is enough
				ids[w] = vocabEntry{}
				continue
			}
			lexEntries = append(lexEntries, e)
			ids[w] = vocabEntry{lex: int32(len(lexEntries))}
		}
		return ids
	}()
	// lexEntries are the lexicon's entries, which vocabEntry.lex indexes
	lexEntries []lexEntry
	// gatesUsed are the bits given to gated sets so far
	gatesUsed  uint64
	gateCount  int
	gatedSets  []Set                      // the sets given a gate, in order
	vocabCount = breakID + 1              // next ID to assign
	vocabTable atomic.Pointer[vocabulary] // nil when stale
)

// vocabSnapshot returns the probe table of the words interned so far.
func vocabSnapshot() *vocabulary {
	if v := vocabTable.Load(); v != nil {
		return v
	}
	vocabMu.Lock()
	defer vocabMu.Unlock()
	if v := vocabTable.Load(); v != nil {
		return v
	}
	v := buildVocabulary(vocabIDs)
	v.gates = gatesUsed
	vocabTable.Store(v)
	return v
}

// intern returns the ID of w, assigning one if needed.
func intern(w string) int32 {
	internAll([]string{w})
	return lookupID(w)
}

// internAll assigns IDs to the words that have none.
func internAll(words []string) {
	vocabMu.Lock()
	defer vocabMu.Unlock()
	for _, w := range words {
		if e := vocabIDs[w]; e.id == unknownID {
			e.id = vocabCount
			vocabCount++
			vocabIDs[w] = e
			vocabTable.Store(nil)
		}
	}
}

// lookupID returns the ID of w, or 0.
func lookupID(w string) int32 {
	vocabMu.RLock()
	defer vocabMu.RUnlock()
	return vocabIDs[w].id
}

// Set is an immutable set of tokens, queried by string or by token ID.
//
// A Set is a pointer and a slice header, four words, so that it is
// passed and tested in registers: what the hot paths do not read is
// behind the pointer.
type Set struct {
	w    *setWords // nil for the zero Set
	bits []uint64
}

// setWords are the members of a set by spelling and its gate.
type setWords struct {
	m map[string]struct{}
	// gate is the set's bit in the gates of a normalised Text, 0 unless
	// the set is gated (see [Set.Gated])
	gate uint64
	// bloom is the filter of the members' IDs (see [idBloom]), which
	// [Text.HasAny] tests against a text's before its tokens
	bloom idBloom
}

// words returns the members by spelling (nil for the zero Set).
func (s Set) words() map[string]struct{} {
	if s.w == nil {
		return nil
	}
	return s.w.m
}

// gate returns the set's gate, or 0.
func (s Set) gate() uint64 {
	if s.w == nil {
		return 0
	}
	return s.w.gate
}

// maxGates is the number of sets that can be gated.
const maxGates = 64

// Gated returns s with a gate: a bit that the vocabulary's entries of its
// members carry, so that [Normalize] records in the Text, at the cost of
// an OR per word, whether any member occurs, and [Text.HasAny] answers
// with a bit test instead of a pass over the tokens. It is meant for the
// sets that rules test against whole messages, at package
// initialisation. Past maxGates sets, and for a set holding [Break], it
// returns s unchanged, and HasAny looks at the tokens.
func (s Set) Gated() Set {
	vocabMu.Lock()
	defer vocabMu.Unlock()
	if s.gate() != 0 || gateCount >= maxGates || hasID(s.bits, breakID) {
		return s
	}
	bit := uint64(1) << gateCount
	gateCount++
	m := s.words()
	for w := range m {
		e := vocabIDs[w]
		e.gates |= bit
		vocabIDs[w] = e
	}
	gatesUsed |= bit
	vocabTable.Store(nil)
	s.w = &setWords{m: m, gate: bit, bloom: s.w.bloom}
	gatedSets = append(gatedSets, s)
	return s
}

// NewSet returns the set of the given words. A word with spaces is split.
func NewSet(words ...string) Set {
	var all []string
	for _, w := range words {
		all = append(all, splitFields(w)...)
	}
	internAll(all)
	m := make(map[string]struct{}, len(all))
	s := Set{w: &setWords{m: m}}
	for _, w := range all {
		m[w] = struct{}{}
		id := lookupID(w)
		for int(id>>6) >= len(s.bits) {
			s.bits = append(s.bits, 0)
		}
		s.bits[id>>6] |= 1 << (uint(id) & 63)
		s.w.bloom.add(id)
	}
	return s
}

// Union returns the set of the members of sets and of words: the
// tokens a rule's loop tests, so that it can pass over the others with
// one bit test.
func Union(sets []Set, words ...string) Set {
	for _, s := range sets {
		words = append(words, s.Words()...)
	}
	return NewSet(words...)
}

// Has reports whether w is in s. Once the vocabulary's probe table is
// built it looks w up there, by the same path as normalisation, and tests
// its ID; while the table is stale (a set or pattern was compiled since)
// it asks the set's own map.
func (s Set) Has(w string) bool {
	if v := vocabTable.Load(); v != nil {
		return s.HasID(v.lookupString(w).id)
	}
	_, ok := s.words()[w]
	return ok
}

// HasID reports whether the token with ID id is in s.
//
// It is one bounds check and one bit test: a negative id converts to an
// index past any set, and the ID 0 of a word no pattern mentions is
// never a member (members are interned, so their IDs start at 1), so
// bit 0 of every set is clear.
func (s Set) HasID(id int32) bool { return hasID(s.bits, id) }

// hasID is [Set.HasID] on the set's bits.
func hasID(bits []uint64, id int32) bool {
	k := uint(id) >> 6
	return k < uint(len(bits)) && bits[k]&(1<<(uint(id)&63)) != 0
}

// HasToken reports whether toks[i] is in s, as s.Has(toks[i]) does, by
// the token's ID when ids are the IDs of toks (same length): the Toks and
// IDs of a normalised [Text], or of a [Text.Slice] or [Text.From] of one.
// It then costs a bit test instead of a lookup of the word.
//
// The two agree because a word's ID never changes once assigned and a
// set's members are interned when the set is built: a set built before
// the text was normalised finds its members under their IDs, and a word
// that is no member has an ID, or 0, that no member has.
func (s Set) HasToken(toks []string, ids []int32, i int) bool {
	if len(ids) == len(toks) {
		return s.HasID(ids[i])
	}
	return s.Has(toks[i])
}

// HasAnyToken reports whether any of toks[i:j] is in s, as
// slices.ContainsFunc(toks[i:j], s.Has) does, by the tokens' IDs when ids
// are the IDs of toks (see [Set.HasToken]).
func (s Set) HasAnyToken(toks []string, ids []int32, i, j int) bool {
	if len(ids) == len(toks) {
		return s.HasAnyID(ids[i:j])
	}
	for _, w := range toks[i:j] {
		if s.Has(w) {
			return true
		}
	}
	return false
}

// HasAnyID reports whether any of ids is in s.
func (s Set) HasAnyID(ids []int32) bool {
	for _, id := range ids {
		if s.HasID(id) {
			return true
		}
	}
	return false
}

// GatedSets returns the sets given a gate so far (see [Set.Gated]), for
// the tests of the packages that gate them.
func GatedSets() []Set {
	vocabMu.RLock()
	defer vocabMu.RUnlock()
	return append([]Set(nil), gatedSets...)
}

// HasAny reports whether any token of t is in s, as
// s.HasAnyID(t.IDs) does: with one bit test when s is gated and t was
// normalised after the gate was made (see [Set.Gated]), by looking at
// the tokens otherwise.
//
// The two agree because Normalize ORs into the text's gates the gates of
// the vocabulary entry of every word it emits, and an entry carries the
// bit of each gated set its word is a member of: the text holds a member
// exactly when the bit is set. A Text built by hand, or cut with
// [Text.Slice] or [Text.From], records no gates.
//
// For a set without a gate, the filter of the text's IDs (see
// [idBloom]) is tested first against the filter of the set's members: a
// member the text holds sets a bit of both, so when they share none the
// text holds no member, and the tokens need no look (a text without the
// filter passes any set's).
func (t *Text) HasAny(s Set) bool {
	if s.w == nil {
		return false // the zero Set has no member
	}
	if g := s.w.gate; g != 0 {
		if present, known := t.gateWords(); known&g != 0 {
			return present&g != 0
		}
	}
	if !t.bloom().meetsSlot(&s.w.bloom) {
		return false
	}
	return s.HasAnyID(t.IDs)
}

// HasAnyWord reports whether any token of t is in s, as
// slices.ContainsFunc(t.Toks, s.Has) does: by the tokens' IDs (see
// [Text.HasAny]) when t has the IDs of its tokens, which answer for
// their words as in [Set.HasToken].
func (t *Text) HasAnyWord(s Set) bool {
	if len(t.IDs) == len(t.Toks) {
		return t.HasAny(s)
	}
	return slices.ContainsFunc(t.Toks, s.Has)
}

// HasAll reports whether every word of words is in s (true for none).
func (s Set) HasAll(words []string) bool {
	for _, w := range words {
		if !s.Has(w) {
			return false
		}
	}
	return true
}

// Words returns the members, in no particular order.
func (s Set) Words() []string {
	m := s.words()
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// cache holds the last normalised message: the engine runs several
// detectors on the same text one after the other.
type cacheEntry struct {
	s    string
	t    Text
	memo memo // t.memo
}

// memo holds what is computed at most once per cached message, for the
// callers that ask about it in turn.
type memo struct {
	commitOnce sync.Once
	commit     struct {
		level    int
		cue      string
		hesitant bool
	}
}

var cache [8]atomic.Pointer[cacheEntry]

// cacheEntryOf is a cacheEntry allocated with room for the tokens of its
// text, so that a message is normalised into two allocations, the entry
// and the buffer of its IDs and bytes, instead of three. The cache keeps
// a pointer to the embedded entry, which keeps the whole alive.
type cacheEntryOf[A any] struct {
	cacheEntry
	toks A
}

// newCacheEntry returns an entry and the slice of its text's n tokens:
// in the entry's own allocation for a message of up to 64 tokens (room
// for a multiple of 8, so that a short message does not take the room
// of a long one), or allocated apart for a longer one.
func newCacheEntry(n int) (*cacheEntry, []string) {
	switch (n + 7) / 8 {
	case 0, 1:
		e := new(cacheEntryOf[[8]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 2:
		e := new(cacheEntryOf[[16]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 3:
		e := new(cacheEntryOf[[24]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 4:
		e := new(cacheEntryOf[[32]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 5:
		e := new(cacheEntryOf[[40]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 6:
		e := new(cacheEntryOf[[48]string])
		return &e.cacheEntry, e.toks[:n:n]
	case 7, 8:
		e := new(cacheEntryOf[[64]string])
		return &e.cacheEntry, e.toks[:n:n]
	}
	return new(cacheEntry), make([]string, n)
}

// Cached is [Normalize] with a small cache of recent messages. The
// returned Text is shared: callers must not modify its slices.
func Cached(s string) Text {
	h := uint32(len(s))
	if len(s) > 0 {
		h = h*31 + uint32(s[0])*7 + uint32(s[len(s)-1])*13 + uint32(s[len(s)/2])
	}
	slot := &cache[h%uint32(len(cache))]
	if e := slot.Load(); e != nil && e.s == s {
		return e.t
	}
	var e *cacheEntry
	t := normalize(s, func(n int) []string {
		var toks []string
		e, toks = newCacheEntry(n)
		return toks
	})
	e.s, e.t = s, t
	e.t.memo = &e.memo
	slot.Store(e)
	return e.t
}
