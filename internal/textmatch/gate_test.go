package textmatch

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// gateTexts reach every path by which Normalize emits a word: a word
// kept as written, shorthand and typo expansions ("tmrw", "wanna"), a
// contraction ("we're"), a correction, "2" after a verb of talking, the
// signs read as words ("#", "~"), a laugh read as a break, and periods
// joined by joinEmphatic.
var gateTexts = []string{
	"", "ok", "call me tmrw", "i wanna talk 2 sum1 asap", "we're never selling, lol", "whats ur # ~75k maybe",
	"Take. Me. Off.", "stop!!! STOP", "unsubscirbe me", "no thx", "mr. smith said $250,000 is fine?",
	"hablame mañana porfa", "i'd rather not... maybe later", "both of us decide together",
	"we have to decide, my wife and i", "n e v e r", "yall should txt me at 5'2 haha",
	"cannot do it", "its fine", "idk tbh", "dunno, prolly not",
}

// checkHasAny compares HasAny with the plain pass over the IDs for every
// set, on t and on cuts of t, and reports whether a gate answered.
func checkHasAny(t *testing.T, msg string, sets []Set) (gated int) {
	t.Helper()
	x := Normalize(msg)
	_, known := x.gateWords()
	for i, s := range sets {
		want := s.HasAnyID(x.IDs)
		require.Equal(t, want, x.HasAny(s), "set %d on %q", i, msg)
		if s.gate() != 0 && known&s.gate() != 0 {
			gated++
		}
		// a cut records no gates: HasAny looks at its tokens
		for _, c := range []Text{x.From(len(x.Toks) / 2), x.Slice(0, len(x.Toks)/2)} {
			require.Equal(t, s.HasAnyID(c.IDs), c.HasAny(s), "set %d on a cut of %q", i, msg)
		}
	}
	return gated
}

// TestHasAnyGated: Text.HasAny answers as HasAnyID over the text's IDs,
// for gated sets (with the text's gates) and for others, on texts that
// reach every path by which Normalize emits a word and on random texts
// of interned words, shorthand and unknown words. It fails if a path
// forgets to record the gates of the words it emits, or if a gate is
// set for a word that is no member.
func TestHasAnyGated(t *testing.T) {
	plain := NewSet("tomorrow", "want", "to", "someone", "are", "number", "about", "take", "me", "off", "call")
	sets := []Set{
		NewSet("tomorrow").Gated(), NewSet("want", "going").Gated(), NewSet("to").Gated(),
		NewSet("someone", "somebody").Gated(), NewSet("are", "will").Gated(), NewSet("number").Gated(),
		NewSet("about").Gated(), NewSet("take", "off").Gated(), NewSet("unsubscribe").Gated(),
		NewSet("no", "thanks").Gated(), NewSet("dont", "know").Gated(), NewSet("probably").Gated(),
		NewSet("you", "all").Gated(), NewSet("cant").Gated(), NewSet("it", "is").Gated(),
		NewSet("2", "5").Gated(), plain, Negators, togetherWords, decideWords, Set{},
	}
	gated := 0
	for _, msg := range gateTexts {
		gated += checkHasAny(t, msg, sets)
	}
	// the gates answered, not only the pass over the tokens
	require.Greater(t, gated, len(gateTexts))

	// random texts of words the sets hold, shorthand that expands to
	// them and words no pattern mentions
	pool := []string{"tomorrow", "tmrw", "wanna", "gonna", "2", "talk", "sum1", "ur", "#", "~5", "we're", "you'll",
		"take.", "me.", "off.", "lol", "haha", "unsubscirbe", "thx", "idk", "prolly", "yall", "cannot", "its",
		"zebra", "quux", "call", "me", "please", "both", "decide", "not", "never", "5", ",", "!", "?"}
	rng := rand.New(rand.NewSource(35))
	for range 3000 {
		n := 1 + rng.Intn(12)
		words := make([]string, n)
		for i := range words {
			words[i] = pool[rng.Intn(len(pool))]
		}
		checkHasAny(t, strings.Join(words, " "), sets)
	}
}

// TestGatedAfterNormalize: a text normalised before a set was gated does
// not know its gate, and HasAny looks at its tokens; a text normalised
// after it knows it.
func TestGatedAfterNormalize(t *testing.T) {
	before := Normalize("call me about the roof")
	s := NewSet("call", "gutter").Gated()
	require.NotZero(t, s.gate())
	_, known := before.gateWords()
	require.Zero(t, known&s.gate())
	require.True(t, before.HasAny(s))
	after := Normalize("call me about the roof")
	_, known = after.gateWords()
	require.NotZero(t, known&s.gate())
	require.True(t, after.HasAny(s))
	other := Normalize("ring me about the gate")
	require.False(t, other.HasAny(s))
}

// TestGatedRefusesBreak: a set holding Break gets no gate (Normalize
// does not record the gates of the breaks it emits and drops), and
// HasAny still answers as HasAnyID.
func TestGatedRefusesBreak(t *testing.T) {
	s := NewSet(Break, "roof").Gated()
	require.Zero(t, s.gate())
	x := Normalize("no. never")
	require.Equal(t, s.HasAnyID(x.IDs), x.HasAny(s))
	require.True(t, x.HasAny(s))
	// gating twice keeps the first gate
	g := NewSet("shingles").Gated()
	require.Equal(t, g.gate(), g.Gated().gate())
}

// TestStrongIntensInIntensifier: commitment passes over its count of
// intensifiers when a message has no word of intensifier, which holds
// only while every strong intensifier is one.
func TestStrongIntensInIntensifier(t *testing.T) {
	for _, w := range strongIntens.Words() {
		require.True(t, intensifier.Has(w), w)
	}
}

// refIntensifiers is intensifiers without the gate: the pass over the
// IDs it replaced.
func refIntensifiers(ids []int32) (strong bool, n int) {
	for _, id := range ids {
		if strongIntens.HasID(id) {
			return true, n
		}
		if intensifier.HasID(id) {
			n++
		}
	}
	return false, n
}

// TestIntensifiersGate: intensifiers answers as the plain pass over the
// IDs, on texts with strong, plain and no intensifiers, and on random
// texts of them. It fails if the gate passes over a message that has an
// intensifier.
func TestIntensifiersGate(t *testing.T) {
	texts := append([]string{"yes definitely let's do it", "ok lets do it!!", "sure, sounds great, yes lets do it please",
		"100% lets go", "obviously yes", "def", "yeah sure", "nope"}, gateTexts...)
	pool := append(intensifier.Words(), "ok", "lets", "do", "it", "!", "no", "maybe", "tmrw", "roof")
	rng := rand.New(rand.NewSource(36))
	for range 2000 {
		words := make([]string, 1+rng.Intn(8))
		for i := range words {
			words[i] = pool[rng.Intn(len(pool))]
		}
		texts = append(texts, strings.Join(words, " "))
	}
	for _, msg := range texts {
		x := Normalize(msg)
		s1, n1 := refIntensifiers(x.IDs)
		s2, n2 := intensifiers(&x)
		require.Equal(t, [2]any{s1, n1}, [2]any{s2, n2}, msg)
	}
}

// TestHasAnyFilter: for sets without a gate, Text.HasAny answers as
// HasAnyID over the text's IDs, on random texts and random sets of
// interned words, shorthand, breaks and unknown words, and the filter of
// the text's IDs turned some sets away without a look at the tokens. It
// fails if the filter turns away a set the text holds a member of.
func TestHasAnyFilter(t *testing.T) {
	pool := []string{"tomorrow", "tmrw", "wanna", "talk", "sum1", "ur", "we're", "take", "me", "off", "lol", "thx",
		"zebra", "quux", "call", "please", "both", "decide", "not", "never", "5", "roof", "kitchen", "march", "someone",
		"leaks", "the", "a", "to", "is", "can", "original", "morning", "inherited", "aunt", Break}
	rng := rand.New(rand.NewSource(37))
	sets := []Set{Set{}, NewSet(Break), Negators, togetherWords, decideWords}
	for range 200 {
		words := make([]string, 1+rng.Intn(4))
		for i := range words {
			words[i] = pool[rng.Intn(len(pool))]
		}
		sets = append(sets, NewSet(words...))
	}
	filtered := 0
	for range 1000 {
		words := make([]string, rng.Intn(14))
		for i := range words {
			words[i] = pool[rng.Intn(len(pool))]
			if words[i] == Break {
				words[i] = "."
			}
		}
		x := Normalize(strings.Join(words, " "))
		for i, s := range sets {
			want := s.HasAnyID(x.IDs)
			require.Equal(t, want, x.HasAny(s), "set %d (%q) on %q", i, s.Words(), x.Toks)
			if s.w != nil && s.gate() == 0 && !x.bloom().meetsSlot(&s.w.bloom) {
				filtered++
			}
		}
	}
	require.Greater(t, filtered, 1000)
}
