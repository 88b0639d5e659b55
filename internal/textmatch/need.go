package textmatch

import "math/bits"

// A rule rarely matches: of the rules a token starts, most need a word
// further on that the message does not contain at all ("call|ring @callme"
// at "call" in a message with no "me", "us" or "back"). Normalize records
// which IDs a text holds in a small Bloom filter, and each rule the few
// words it cannot match without, so that such a rule is dropped with a
// few bit tests instead of a walk through its pattern.

// bloomWords is the size of an [idBloom] in words.
const bloomWords = 2

// idBloom is a Bloom filter of token IDs with one hash: bit bloomBit(id)
// is set for every ID added. A set bit may come from another ID; a clear
// one means the ID is absent.
type idBloom [bloomWords]uint64

// bloomBit spreads the IDs (assigned in the order words were interned,
// so that a rule's words are often neighbours) over the filter's bits.
func bloomBit(id int32) uint32 { return uint32(id) * 0x9E3779B1 >> (32 - 7) }

func (b *idBloom) add(id int32) {
	h := bloomBit(id)
	b[h>>6] |= 1 << (h & 63)
}

// passAll is the filter of a text whose IDs are not recorded (built by
// hand, or cut from a normalised one with [Text.Slice]): it meets every
// need.
var passAll = idBloom{^uint64(0), ^uint64(0)}

// bloom returns the filter of the IDs of t, or passAll when t has none.
// Normalize stores it after the start masks, in the same allocation; a
// Text has start masks only as Normalize made them, so the words past
// their length are the filter.
func (t *Text) bloom() *idBloom {
	if cap(t.starts)-len(t.starts) < bloomWords {
		return &passAll
	}
	return (*idBloom)(t.starts[len(t.starts) : len(t.starts)+bloomWords])
}

// whole reports whether t is a message as Normalize returned it, with
// the filter, gates and rows it stores (a message with no token has
// none), not a text built by hand or a [Text.Slice] of one: a matcher
// that runs over it takes a bit (see [Matcher.register]).
func (t *Text) whole() bool { return cap(t.starts)-len(t.starts) >= bloomWords }

// startRow returns the row of start bits Normalize recorded for the
// matcher with bit bit, one of t.mask: bit s of the row (word s/64, bit
// s%64) is set when token s may start one of the matcher's rules (see
// [startTable]). Only the matchers of t.mask have a row (a message
// starts the rules of about half of them): the rows are stored one
// after another, in the order of the matchers' bits, so that the row of
// bit comes after those of the bits of t.mask below it.
func (t *Text) startRow(bit uint64) []uint64 {
	n := (len(t.IDs) + 63) / 64
	k := bits.OnesCount64(t.mask&(bit-1)) * n
	return t.starts[k : k+n]
}

// gateLen is the number of words Normalize stores after the filter: the
// gates of the text's words and the gates known to the vocabulary it was
// normalised with (see [Set.Gated]), then the number of its words (see
// [Text.WordCount]).
const gateLen = 3

// gateWords returns the gates of the words of t and the gates known when
// it was normalised, stored after its filter, or 0, 0 when t has none
// (see [Text.bloom]).
func (t *Text) gateWords() (present, known uint64) {
	if cap(t.starts)-len(t.starts) < bloomWords+gateLen {
		return 0, 0
	}
	w := t.starts[len(t.starts) : len(t.starts)+bloomWords+gateLen]
	return w[bloomWords], w[bloomWords+1]
}

// storedWords returns the number of words of t that Normalize stored
// after its gates, and false when t has none (see [Text.bloom]).
func (t *Text) storedWords() (int, bool) {
	if cap(t.starts)-len(t.starts) < bloomWords+gateLen {
		return 0, false
	}
	return int(t.starts[len(t.starts) : len(t.starts)+bloomWords+gateLen][bloomWords+2]), true
}

// ruleNeed is what a text must hold for a rule to match it: for each of
// up to two required elements of the pattern (after the first, which the
// index tests), the filter bits of the words that element accepts. An
// unused slot is all ones. A rule meets its need when each slot shares a
// bit with the text's filter, which holds whenever the text contains,
// for each of those elements, a word it accepts.
type ruleNeed [2]idBloom

// needOf returns the need of pattern p: its two most selective required
// elements after the first, literals and classes without stems (a stem,
// a wildcard or a gap needs no particular word; an optional element
// needs nothing).
func needOf(p []elem) ruleNeed {
	n := ruleNeed{passAll, passAll}
	pop := [2]int{1 << 30, 1 << 30}
	for i := 1; i < len(p); i++ {
		e := &p[i]
		if e.opt {
			continue
		}
		var f idBloom
		switch {
		case e.kind == elLit && e.id == breakID:
			// the end of the text matches a break too
			continue
		case e.kind == elLit:
			f.add(e.id)
		case e.kind == elClass && len(e.pfx) == 0:
			for id := range setIDs(e.bits) {
				f.add(id)
			}
		default:
			continue
		}
		c := bits.OnesCount64(f[0]) + bits.OnesCount64(f[1])
		// keep the two slots with the fewest bits
		switch {
		case c < pop[0]:
			n[1], pop[1] = n[0], pop[0]
			n[0], pop[0] = f, c
		case c < pop[1]:
			n[1], pop[1] = f, c
		}
	}
	return n
}

// meets reports whether the text whose filter is b may hold a word for
// each element of need n.
func (b *idBloom) meets(n *ruleNeed) bool {
	return b.meetsSlot(&n[0]) && b.meetsSlot(&n[1])
}

// meetsSlot reports whether the text whose filter is b may hold a word
// of the one slot f of a need (see [ruleNeed]).
func (b *idBloom) meetsSlot(f *idBloom) bool { return b[0]&f[0]|b[1]&f[1] != 0 }
