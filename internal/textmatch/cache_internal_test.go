package textmatch

import (
	"slices"
	"strings"
	"testing"
)

// TestCachedTokensInEntry: Cached, which takes the slice of the tokens
// from the cache entry's own allocation, returns what Normalize returns,
// for messages of every number of tokens across the entry sizes (none,
// up to 16, 32 and 64, and past 64, which are allocated apart), and the
// tokens' slice has no room past its length, so that an append to it
// never writes into the entry.
func TestCachedTokensInEntry(t *testing.T) {
	words := []string{"call", "me", "tmrw", "we're", "selling", "the", "house", "in", "march.", "250k?", "lol", "stop"}
	for n := 0; n <= 90; n++ {
		var b strings.Builder
		for i := range n {
			b.WriteString(words[i%len(words)])
			b.WriteByte(' ')
		}
		// a distinct message at each n, so that it is not cached yet
		b.WriteString(strings.Repeat("x", n%7))
		s := b.String()
		want, got := Normalize(s), Cached(s)
		if !slices.Equal(got.Toks, want.Toks) || !slices.Equal(got.IDs, want.IDs) || !slices.Equal(got.starts, want.starts) ||
			got.mask != want.mask || got.known != want.known || got.Upper != want.Upper || got.Letters != want.Letters ||
			got.Bangs != want.Bangs || got.Quests != want.Quests || got.Repeats != want.Repeats {
			t.Fatalf("%d words: Cached(%q) = %+v, Normalize %+v", n, s, got, want)
		}
		if cap(got.Toks) != len(got.Toks) {
			t.Fatalf("%d words: the tokens' slice has capacity %d for %d tokens", n, cap(got.Toks), len(got.Toks))
		}
		if got.memo == nil {
			t.Fatalf("%d words: the cached text has no memo", n)
		}
		if again := Cached(s); len(got.Toks) > 0 && &again.Toks[0] != &got.Toks[0] {
			t.Fatalf("%d words: the second Cached of %q is not the cached text", n, s)
		}
	}
}
