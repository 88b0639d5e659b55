package learned

import (
	"slices"
	"strings"
	"sync"
)

// Feature namespaces: the first byte hashed, so that the same bytes in two
// kinds of feature (the word "stop" and the character n-gram "stop") hash
// apart.
const (
	nsWord   byte = 'w' // a word
	nsBigram byte = 'b' // two adjacent tokens, with "^" and "$" at the ends and "|" for clause breaks
	nsChar   byte = 'c' // a character n-gram of "<word>"
	nsNeg    byte = 'n' // a word inside a negation's scope ("dont [stop]")
	nsFirst  byte = 'f' // the first word of the message
	nsShape  byte = 's' // message shape: length, capitals, punctuation, digits
	nsSymbol byte = 'e' // an emoji
)

// Character n-gram sizes.
const (
	minGram = 3
	maxGram = 4
)

// negators are the words that open a negation scope lasting to the next
// clause break.
var negators = [...]string{"not", "no", "never", "dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "aint", "nope",
	"without", "nunca", "nada", "ni", "jamas", "nothing", "nobody", "neither", "nor"}

// isNegator reports a negator: the plain test, for the slots that
// several negators share (and the reference of the tests).
func isNegator(w []byte) bool {
	for _, n := range negators {
		if string(w) == n {
			return true
		}
	}
	return false
}

// isNegatorHashed is [isNegator] for the word w whose word feature hashes
// to h (hashWord's first result under nsWord), as the paths of every
// score have it: the top byte of h picks a slot of negatorSlots, so most
// words are ruled out by one load, without a comparison of strings.
func isNegatorHashed(w []byte, h uint32) bool {
	switch i := negatorSlots[h>>24]; i {
	case 0:
		return false
	case slotShared:
		return isNegator(w)
	default:
		return string(w) == negators[i-1]
	}
}

// slotShared marks a slot of negatorSlots that two negators or more hash
// to.
const slotShared = 0xFF

// negatorSlots holds, by the top byte of a word's hash, 1 + the index in
// negators of the one negator whose word hash has that byte, 0 for none
// or slotShared for several.
var negatorSlots = func() (s [256]uint8) {
	const _ = uint(slotShared - 1 - len(negators)) // every index fits below slotShared
	for i, n := range negators {
		k := fnvString(fnvByte(fnvOffset, nsWord), n) >> 24
		if s[k] == 0 {
			s[k] = uint8(i + 1)
		} else {
			s[k] = slotShared
		}
	}
	return s
}()

// FNV-1a, 32 bits.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

func fnvByte(h uint32, b byte) uint32 { return (h ^ uint32(b)) * fnvPrime }

func fnvBytes(h uint32, b []byte) uint32 {
	for _, c := range b {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

func fnvString(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// Features appends the feature hashes of s to dst and returns it. The
// same message always gives the same hashes in the same order; a hash may
// repeat (a word used twice counts twice). It never panics.
func Features(s string, dst []uint32) []uint32 {
	t := getTokens()
	defer tokPool.Put(t)
	t.tokenize(s)
	return t.featureHashes(dst)
}

// tokPool holds tokenizer scratch space, so scoring a message allocates
// nothing.
var tokPool = sync.Pool{New: func() any {
	return &tokens{buf: make([]byte, 0, 512), spans: make([]span, 0, 96), hashes: make([]uint32, 0, 1024)}
}}

func getTokens() *tokens { return tokPool.Get().(*tokens) }

// namesOf returns the names of the hashes in only as they occur in s,
// read as the models score it ([tokens.read]).
func namesOf(s string, only []uint32) map[uint32]string {
	t := getTokens()
	defer tokPool.Put(t)
	t.read(s)
	var found []Feature
	t.hashes = t.features(t.hashes[:0], nil, only, &found)
	out := make(map[uint32]string, len(only))
	for _, f := range found {
		if _, ok := out[f.Hash]; !ok {
			out[f.Hash] = f.Name
		}
	}
	return out
}

// Feature is one feature with a readable name, for explanations.
type Feature struct {
	Hash uint32
	Name string // "w:stop", "b:take|me", "c:<uns", "n:text", "f:please", "s:len2", "e:😡"
}

// FeatureNames returns the features of s with their names, in the order
// and with the hashes of [Features]. It is the slow path, for tests.
func FeatureNames(s string) []Feature {
	var t tokens
	t.tokenize(s)
	var names []string
	hs := t.features(nil, &names, nil, nil)
	out := make([]Feature, len(hs))
	for i := range hs {
		out[i] = Feature{Hash: hs[i], Name: strings.ToValidUTF8(names[i], "\uFFFD")}
	}
	return out
}

// features emits the hashes of t, as [tokens.featureHashes] does, and
// names them: when names is not nil it records a readable name for each;
// otherwise it records, in found, the names of the hashes in only. It is
// the path of explanations and tests; scores take featureHashes.
//
// A bigram's hash is carried from one token to the next: left is the
// hash of the bigram's first half ("b", the previous token or its
// marker, a 0 byte), computed while that token was the current one, so
// each token's bytes are read once, by [hashWord], for its own feature,
// the bigram it ends and the bigram it starts.
func (t *tokens) features(dst []uint32, names *[]string, only []uint32, found *[]Feature) []uint32 {
	// record names the hash just appended; name is called only when the
	// name is kept
	record := func(name func() string) {
		h := dst[len(dst)-1]
		if names != nil {
			*names = append(*names, name())
		} else if containsHash(only, h) {
			*found = append(*found, Feature{h, name()})
		}
	}
	nwords := 0
	var prev []byte // previous token for bigrams
	prevKind := tokBreak
	first := true
	left := bigramFirst
	negScope := false
	var gram [maxWordBytes + 2]byte
	for _, sp := range t.spans {
		w := t.buf[sp.start:sp.end]
		var bi uint32 // the bigram of the previous token and this one
		switch sp.kind {
		case tokBreak:
			negScope = false
			bi, left = fnvByte(left, '|'), bigramBreak
		case tokSymbol:
			var h uint32
			h, bi, left = hashWord(nsSymbol, left, w)
			dst = append(dst, h)
			record(func() string { return "e:" + string(w) })
		case tokWord:
			nwords++
			var h uint32
			h, bi, left = hashWord(nsWord, left, w)
			dst = append(dst, h)
			record(func() string { return "w:" + string(w) })
			if nwords == 1 {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsFirst), w))
				record(func() string { return "f:" + string(w) })
			}
			if negScope {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsNeg), w))
				record(func() string { return "n:" + string(w) })
			}
			if isNegatorHashed(w, h) {
				negScope = true
			}
			// character n-grams of "<word>"; a number has none (an order
			// number must not look like a phone number)
			if isNumber(w) {
				break
			}
			g := append(append(append(gram[:0], '<'), w...), '>')
			for a := 0; a+minGram <= len(g); a++ {
				h := fnvBytes(fnvByte(fnvOffset, nsChar), g[a:a+minGram-1])
				for n := minGram; n <= maxGram && a+n <= len(g); n++ {
					h = fnvByte(h, g[a+n-1])
					dst = append(dst, h)
					record(func() string { return "c:" + string(g[a:a+n]) })
				}
			}
		}
		dst = append(dst, bi)
		record(func() string { return "b:" + bigramName(prev, prevKind, first, w, sp.kind) })
		prev, prevKind, first = w, sp.kind, false
	}
	if !first {
		dst = append(dst, fnvByte(left, '$'))
		record(func() string { return "b:" + bigramName(prev, prevKind, false, nil, endKind) })
	}
	sh := t.shape(nwords)
	for i, h := range shapeHashes[sh] {
		dst = append(dst, h)
		record(func() string { return shapeLabels[sh][i] })
	}
	return dst
}

// featureHashes is [tokens.features] without names, the path of every score:
// the same hashes in the same order, from a loop that carries only what
// they need (the named loop's state, kept live across every token, cost
// it a quarter of its time). The reference test and FuzzFeatures compare
// the two through [Features] and [FeatureNames].
func (t *tokens) featureHashes(dst []uint32) []uint32 {
	nwords := 0
	left := bigramFirst
	negScope := false
	buf := t.buf
	for _, sp := range t.spans {
		w := buf[sp.start:sp.end]
		var bi uint32 // the bigram of the previous token and this one
		switch sp.kind {
		case tokBreak:
			negScope = false
			bi, left = fnvByte(left, '|'), bigramBreak
		case tokSymbol:
			var h uint32
			h, bi, left = hashWord(nsSymbol, left, w)
			dst = append(dst, h)
		case tokWord:
			nwords++
			var h uint32
			h, bi, left = hashWord(nsWord, left, w)
			dst = append(dst, h)
			if nwords == 1 {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsFirst), w))
			}
			if negScope {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsNeg), w))
			}
			if isNegatorHashed(w, h) {
				negScope = true
			}
			if !isNumber(w) {
				dst = appendGrams(dst, w)
			}
		}
		dst = append(dst, bi)
	}
	if len(t.spans) > 0 {
		dst = append(dst, fnvByte(left, '$'))
	}
	return append(dst, shapeHashes[t.shape(nwords)]...)
}

// The first halves of the bigrams that start the message and that
// follow a clause break: "b", "^" or "|", a 0 byte.
var (
	bigramFirst = fnvByte(fnvByte(fnvByte(fnvOffset, nsBigram), '^'), 0)
	bigramBreak = fnvByte(fnvByte(fnvByte(fnvOffset, nsBigram), '|'), 0)
)

// hashWord reads the token w once for three hashes: w under namespace
// ns, the bigram whose first half hashes to left and whose second half
// is w, and the first half of the bigram that w starts. The three FNV
// chains are independent, so the processor runs them side by side.
func hashWord(ns byte, left uint32, w []byte) (word, bi, next uint32) {
	word, bi, next = fnvByte(fnvOffset, ns), left, fnvByte(fnvOffset, nsBigram)
	for _, c := range w {
		word = (word ^ uint32(c)) * fnvPrime
		bi = (bi ^ uint32(c)) * fnvPrime
		next = (next ^ uint32(c)) * fnvPrime
	}
	return word, bi, fnvByte(next, 0)
}

// appendGrams appends the hashes of the character n-grams of "<w>", as
// the loop of features that also names them does: for each start the
// 3-gram, then the 4-gram, the 4-gram extending the 3-gram's hash. It is
// that loop unrolled for minGram 3 and maxGram 4, reading the markers
// '<' and '>' in place instead of copying w between them: the grams that
// start at '<', those inside w and those that end at '>'.
func appendGrams(dst []uint32, w []byte) []uint32 {
	n := len(w)
	if n == 0 {
		return dst // "<>" has no 3-gram
	}
	// n 3-grams and n-1 4-grams
	dst = slices.Grow(dst, 2*n-1)
	if n == 1 {
		return append(dst, fnvByte(fnvByte(gramSeed['<'], w[0]), '>'))
	}
	// from '<': "<ab" and "<abc" (or "<ab>")
	c0, c1 := w[0], w[1]
	h := fnvByte(gramSeed['<'], c0)
	h = fnvByte(h, c1)
	c := byte('>')
	if n > 2 {
		c = w[2]
	}
	dst = append(dst, h, fnvByte(h, c))
	// inside w, 4-grams ending before '>': the three bytes before each
	// byte from w[3] on are carried along, so that no byte of w is read
	// by index in the loop
	if n > 2 {
		c2 := w[2]
		for _, c3 := range w[3:] {
			h := fnvByte(fnvByte(gramSeed[c0], c1), c2)
			dst = append(dst, h, fnvByte(h, c3))
			c0, c1, c2 = c1, c2, c3
		}
		// the 3-gram of w's last three bytes and its 4-gram with '>'
		h := fnvByte(fnvByte(gramSeed[c0], c1), c2)
		dst = append(dst, h, fnvByte(h, '>'))
		c0, c1 = c1, c2
	}
	return append(dst, fnvByte(fnvByte(gramSeed[c0], c1), '>'))
}

// gramSeed is, by byte, the hash of a character n-gram's namespace and
// first byte: the first step of every n-gram's hash, looked up.
var gramSeed = func() (s [256]uint32) {
	for c := range s {
		s[c] = fnvByte(fnvByte(fnvOffset, nsChar), byte(c))
	}
	return s
}()

// appendGrams is written for 3- and 4-grams: a change to the sizes fails
// to compile here (a negative constant does not convert to uint).
const _ = uint(minGram-3) + uint(3-minGram) + uint(maxGram-4) + uint(4-maxGram)

func containsHash(hs []uint32, h uint32) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

func isNumber(w []byte) bool {
	for _, c := range w {
		if c != '0' {
			return false
		}
	}
	return true
}

// endKind marks the end of the message in a bigram.
const endKind uint8 = 255

func bigramName(prev []byte, prevKind uint8, first bool, cur []byte, kind uint8) string {
	a, b := string(prev), string(cur)
	if first {
		a = "^"
	} else if prevKind == tokBreak {
		a = "|"
	}
	if kind == endKind {
		b = "$"
	} else if kind == tokBreak {
		b = "|"
	}
	return a + "_" + b
}

// Shape features: the message's length in words, and flags for shouting
// (70% capitals), "!!", a question mark and a phone number's digit run
// (7 to 11 digits). shape returns the index into shapeHashes.
var (
	shapeLens  = []string{"len1", "len2", "len3-4", "len5-8", "len9-16", "len17-32", "len33+"}
	shapeFlags = []string{"caps", "bangs", "quest", "phone"}
	// by len*16 + flags: the hashes and names of that combination
	shapeHashes, shapeLabels = func() ([][]uint32, [][]string) {
		hs := make([][]uint32, len(shapeLens)<<len(shapeFlags))
		ls := make([][]string, len(hs))
		for l, ln := range shapeLens {
			for m := 0; m < 1<<len(shapeFlags); m++ {
				idx := l<<len(shapeFlags) | m
				names := []string{ln}
				for b, f := range shapeFlags {
					if m&(1<<b) != 0 {
						names = append(names, f)
					}
				}
				for _, n := range names {
					hs[idx] = append(hs[idx], fnvString(fnvByte(fnvOffset, nsShape), n))
					ls[idx] = append(ls[idx], "s:"+n)
				}
			}
		}
		return hs, ls
	}()
)

func (t *tokens) shape(nwords int) int {
	l := 0
	switch {
	case nwords <= 1:
		l = 0
	case nwords == 2:
		l = 1
	case nwords <= 4:
		l = 2
	case nwords <= 8:
		l = 3
	case nwords <= 16:
		l = 4
	case nwords <= 32:
		l = 5
	default:
		l = 6
	}
	m := 0
	if t.letters >= 4 && t.upper*10 >= t.letters*7 {
		m |= 1
	}
	if t.bangs >= 2 {
		m |= 2
	}
	if t.quests > 0 {
		m |= 4
	}
	if t.digits >= 7 && t.digits <= 11 {
		m |= 8
	}
	return l<<len(shapeFlags) | m
}
