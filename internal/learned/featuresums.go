package learned

import "sync/atomic"

// The path of every score adds each feature's weights up as the hash is
// made, instead of storing the ~300 hashes of a message and reading them
// back (featureHashes, then sums): featureSums repeats featureHashes'
// loop, and gramSums appendGrams', with an add where they append. The
// two must emit the same hashes in the same order; TestFeatureSums and
// FuzzFeatures compare them.

// laneTable is a model's weight table, [Model.lanes]. Its length is a
// power of two, the model's mask + 1, so a hash's bucket is the hash
// masked by the length less one: an index the compiler knows to be in
// range, with no check at each add, once it knows the table is not
// empty. The functions that add read lt.w[0] first to tell it so (an
// empty table panics there, as its first add would).
type laneTable struct {
	w []uint64
}

// laneHalves keeps lanes 0 and 2 of a word (see [Model.sums]).
const laneHalves = 0x0000FFFF0000FFFF

// add adds the weights of h's bucket to lo and hi, as sums does. Lanes
// 1 and 3 are what is left of the word once lanes 0 and 2 are taken
// out: a subtraction, where a second mask would cost the compiler a
// second load of the 64-bit constant.
func (lt laneTable) add(lo, hi uint64, h uint32) (uint64, uint64) {
	x := lt.w[uint(h)&uint(len(lt.w)-1)]
	even := x & laneHalves
	return lo + even, hi + (x-even)>>16
}

// maxFeatures bounds the hashes of a message: per token at most a word,
// first-word, negation and bigram hash and 2*maxWordBytes-1 character
// n-grams, then the closing bigram and the shapes. The lanes of
// featureSums hold the sums of up to 65536 hashes (see [Model.sums]);
// the constant below fails to compile if the bound passes that.
const maxFeatures = maxTokens*(4+2*maxWordBytes-1) + 1 + 1 + 4

const _ = uint(1<<16 - maxFeatures)

// featureSums returns, for the features of t, what m.sums returns for
// t.featureHashes, and their number.
func (t *tokens) featureSums(m *Model) (sum [NumTasks]int64, n int) {
	lt := laneTable{m.lanes}
	_ = lt.w[0] // not empty: lt.add's index needs no check
	var lo, hi uint64
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
			lo, hi = lt.add(lo, hi, h)
			n++
		case tokWord:
			nwords++
			var h uint32
			h, bi, left = hashWord(nsWord, left, w)
			n++
			if nwords == 1 {
				lo, hi = lt.add(lo, hi, fnvBytes(fnvByte(fnvOffset, nsFirst), w))
				n++
			}
			if negScope {
				lo, hi = lt.add(lo, hi, fnvBytes(fnvByte(fnvOffset, nsNeg), w))
				n++
			}
			if isNegatorHashed(w, h) {
				negScope = true
			}
			// the word's own weight, and those of its n-grams but for a
			// number's (lanes add as integers, in any order)
			if !isNumber(w) && len(w) > 0 {
				lo, hi = lt.cachedWordSums(m.grams, lo, hi, w, h)
				n += 2*len(w) - 1
			} else {
				lo, hi = lt.add(lo, hi, h)
			}
		}
		lo, hi = lt.add(lo, hi, bi)
		n++
	}
	if len(t.spans) > 0 {
		lo, hi = lt.add(lo, hi, fnvByte(left, '$'))
		n++
	}
	for _, h := range shapeHashes[t.shape(nwords)] {
		lo, hi = lt.add(lo, hi, h)
		n++
	}
	return unlane(lo, hi, n), n
}

// gramSlots is the number of words a model's gramCache holds.
const gramSlots = 2048

// gramCache remembers, for words a model has read, the sum of the
// weights of the word's own hash and of its character n-grams: a word
// met before, as most words of a message are (a lead writes the common
// words of the language), adds its weight and its n-grams with a probe or
// two instead of 2*len(w) reads of the weight table, most of the reads of
// a score. The sums are what an add of the word's hash and gramSums add,
// started from zero; added to the message's, they give the same lanes,
// since lanes are added as integers that never carry between them (see
// [Model.sums]), in any grouping.
//
// A word may sit in either of two slots chosen by its hash, so that two
// words of a message that share one slot do not evict each other at
// every message. A slot holds an immutable entry, replaced whole, so the
// cache is safe for concurrent use, and it holds at most gramSlots words.
type gramCache [gramSlots]atomic.Pointer[gramEntry]

// gramEntry is a word and the sum of the weights of its hash and of its
// n-grams, lanes as in [laneTable.add]. It is never changed once stored.
type gramEntry struct {
	lo, hi uint64
	n      int // the word is w[:n]
	w      [maxWordBytes]byte
}

// cachedWordSums adds the weight of the word w, whose hash as a word is
// h (see [hashWord]), and gramSums of w, read from c, which it fills,
// when c is not nil; w is not empty.
func (lt laneTable) cachedWordSums(c *gramCache, lo, hi uint64, w []byte, h uint32) (uint64, uint64) {
	if c == nil || len(w) > maxWordBytes {
		lo, hi = lt.add(lo, hi, h)
		return lt.gramSums(lo, hi, w)
	}
	first, second := &c[h&(gramSlots-1)], &c[(h>>16)&(gramSlots-1)]
	e1 := first.Load()
	if e1 != nil && e1.holds(w) {
		return lo + e1.lo, hi + e1.hi
	}
	e2 := second.Load()
	if e2 != nil && e2.holds(w) {
		return lo + e2.lo, hi + e2.hi
	}
	e := &gramEntry{n: len(w)}
	e.lo, e.hi = lt.add(0, 0, h)
	e.lo, e.hi = lt.gramSums(e.lo, e.hi, w)
	copy(e.w[:], w)
	// a free slot if there is one; else the second, so that a word
	// settled in its first slot stays
	if e1 == nil {
		first.Store(e)
	} else {
		second.Store(e)
	}
	return lo + e.lo, hi + e.hi
}

// holds reports whether e is the entry of the word w.
func (e *gramEntry) holds(w []byte) bool { return e.n == len(w) && string(e.w[:e.n]) == string(w) }

// gramSums adds the weights of the 2*len(w)-1 character n-grams of
// "<w>" that appendGrams appends, in its order; w is not empty.
func (lt laneTable) gramSums(lo, hi uint64, w []byte) (uint64, uint64) {
	_ = lt.w[0] // not empty: lt.add's index needs no check
	n := len(w)
	if n == 1 {
		return lt.add(lo, hi, fnvByte(fnvByte(gramSeed['<'], w[0]), '>'))
	}
	c0, c1 := w[0], w[1]
	h := fnvByte(gramSeed['<'], c0)
	h = fnvByte(h, c1)
	c := byte('>')
	if n > 2 {
		c = w[2]
	}
	lo, hi = lt.add(lo, hi, h)
	lo, hi = lt.add(lo, hi, fnvByte(h, c))
	if n > 2 {
		c2 := w[2]
		for _, c3 := range w[3:] {
			// fnvByte written out, here and in the second add's
			// argument: an inlined call whose line keeps no
			// instruction of its own costs a NOP (its inline mark)
			// at each pass of the loop
			h := (gramSeed[c0] ^ uint32(c1)) * fnvPrime
			h = (h ^ uint32(c2)) * fnvPrime
			lo, hi = lt.add(lo, hi, h)
			lo, hi = lt.add(lo, hi, (h^uint32(c3))*fnvPrime)
			c0, c1, c2 = c1, c2, c3
		}
		h := fnvByte(fnvByte(gramSeed[c0], c1), c2)
		lo, hi = lt.add(lo, hi, h)
		lo, hi = lt.add(lo, hi, fnvByte(h, '>'))
		c0, c1 = c1, c2
	}
	return lt.add(lo, hi, fnvByte(fnvByte(gramSeed[c0], c1), '>'))
}
