package textmatch

import (
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
// with FNV-1a and probing linearly beats a map on the short keys of an SMS.
type vocabulary struct {
	slots []vocabSlot
	mask  uint32
}

// vocabSlot is a word and its entry side by side, so that a lookup that
// finds its word reads one cache line. A free slot has an empty key.
type vocabSlot struct {
	key string
	vocabEntry
}

func fnv32(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

// buildVocabulary fills a probe table from the interned words, at most
// half full.
func buildVocabulary(ids map[string]vocabEntry) *vocabulary {
	n := uint32(1)
	for n < uint32(len(ids))*2 {
		n <<= 1
	}
	v := &vocabulary{slots: make([]vocabSlot, n), mask: n - 1}
	for k, e := range ids {
		i := fnv32([]byte(k)) & v.mask
		for v.slots[i].key != "" {
			i = (i + 1) & v.mask
		}
		v.slots[i] = vocabSlot{key: k, vocabEntry: e}
	}
	return v
}

// lookup finds the entry for the token bytes w.
func (v *vocabulary) lookup(w []byte) (vocabEntry, bool) {
	i := fnv32(w) & v.mask
	for {
		sl := &v.slots[i]
		if sl.key == "" {
			return vocabEntry{}, false
		}
		if sameBytes(sl.key, w) {
			return sl.vocabEntry, true
		}
		i = (i + 1) & v.mask
	}
}

// lookupString is lookup for a string.
func (v *vocabulary) lookupString(w string) vocabEntry {
	i := fnv32String(w) & v.mask
	for {
		sl := &v.slots[i]
		if sl.key == "" {
			return vocabEntry{}
		}
		if sameBytes(sl.key, w) {
			return sl.vocabEntry
		}
		i = (i + 1) & v.mask
	}
}

// sameBytes reports whether k and w, of the same length, hold the same
// bytes: a loop the lookups inline, for the few bytes of a word, instead
// of a call of the runtime's memequal.
func sameBytes[W string | []byte](k string, w W) bool {
	if len(k) != len(w) {
		return false
	}
	for i := range len(w) {
		if k[i] != w[i] {
			return false
		}
	}
	return true
}

func fnv32String(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

type vocabEntry struct {
	id  int32
	lex *lexEntry // nil unless the word is in the lexicon
}

// Matchers register the token IDs their rules start with, so that a Text
// knows which matchers can match at all (Text.mask) and a matcher with
// nothing to find returns at once. Up to 64 matchers get a bit; later ones
// always scan.
var (
	matcherMu    sync.Mutex
	matcherCount int
	matchersSeen atomic.Uint64            // bits of the registered matchers
	startMasks   atomic.Pointer[[]uint64] // by token ID: OR of matcher bits
)

func registerMatcher(index map[int32][]int) uint64 {
	matcherMu.Lock()
	defer matcherMu.Unlock()
	if matcherCount >= 64 {
		return 0
	}
	bit := uint64(1) << matcherCount
	matcherCount++
	defer matchersSeen.Store(matchersSeen.Load() | bit)
	var old []uint64
	if p := startMasks.Load(); p != nil {
		old = *p
	}
	n := len(old)
	for id := range index {
		n = max(n, int(id)+1)
	}
	masks := make([]uint64, n)
	copy(masks, old)
	for id := range index {
		masks[id] |= bit
	}
	startMasks.Store(&masks)
	return bit
}

func startMask() []uint64 {
	if p := startMasks.Load(); p != nil {
		return *p
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
			ids[w] = vocabEntry{lex: &e}
		}
		return ids
	}()
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
type Set struct {
	m    map[string]struct{}
	bits []uint64
}

// NewSet returns the set of the given words. A word with spaces is split.
func NewSet(words ...string) Set {
	var all []string
	for _, w := range words {
		all = append(all, splitFields(w)...)
	}
	internAll(all)
	s := Set{m: make(map[string]struct{}, len(all))}
	for _, w := range all {
		s.m[w] = struct{}{}
		id := lookupID(w)
		for int(id>>6) >= len(s.bits) {
			s.bits = append(s.bits, 0)
		}
		s.bits[id>>6] |= 1 << (uint(id) & 63)
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
	_, ok := s.m[w]
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
	out := make([]string, 0, len(s.m))
	for w := range s.m {
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
	e := &cacheEntry{s: s, t: Normalize(s)}
	e.t.memo = &e.memo
	slot.Store(e)
	return e.t
}
