package trigger_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/testtexts"
	"github.com/handoffkit/handoffkit/internal/textmatch"
	_ "github.com/handoffkit/handoffkit/qualify"
)

// TestGatedSetsAgree: for every set the rules of trigger, dnc, qualify
// and textmatch gate, Text.HasAny answers as the pass over the text's IDs
// it replaced, on every message of the test sets. The gates answer for
// most of them (a text normalised after the gates were made, with a
// token that starts a rule, records them).
func TestGatedSetsAgree(t *testing.T) {
	sets := textmatch.GatedSets()
	require.GreaterOrEqual(t, len(sets), 42)
	texts, err := testtexts.Read("../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	agree, hits := 0, 0
	for _, msg := range texts {
		x := textmatch.Normalize(msg)
		for i, s := range sets {
			want := s.HasAnyID(x.IDs)
			require.Equal(t, want, x.HasAny(s), "gated set %d on %q", i, msg)
			agree++
			if want {
				hits++
			}
		}
	}
	t.Logf("%d texts, %d gated sets, %d answers, %d true", len(texts), len(sets), agree, hits)
}

// TestWordCountStored: the count of words Normalize stores answers as
// the pass over the tokens it replaced, on every message of the test
// sets, and on the same tokens built by hand, which count their IDs.
func TestWordCountStored(t *testing.T) {
	texts, err := testtexts.Read("../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	for _, msg := range texts {
		x := textmatch.Normalize(msg)
		words := 0
		for _, w := range x.Toks {
			if w != textmatch.Break {
				words++
			}
		}
		require.Equal(t, words, x.WordCount(), "%q", msg)
		require.Equal(t, words, testtexts.Plain(x).WordCount(), "plain %q", msg)
		require.Equal(t, 0, testtexts.Words(x).WordCount(), "no IDs %q", msg)
		if n := len(x.Toks); n > 1 {
			cut := 0
			for _, w := range x.Toks[n/2:] {
				if w != textmatch.Break {
					cut++
				}
			}
			require.Equal(t, cut, x.From(n/2).WordCount(), "from %q", msg)
		}
	}
}
