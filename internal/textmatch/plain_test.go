package textmatch_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/testtexts"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestCommitmentMatchesPlain: on every message of the test sets, the
// commitment read (whose count of intensifiers a gate passes over)
// answers on the normalised text, with its gates, as on the same tokens
// built by hand, which take the plain pass over the tokens; and
// HasAnyWord answers as a test of each token's spelling, on the text,
// its plain copy and its tokens alone.
func TestCommitmentMatchesPlain(t *testing.T) {
	texts, err := testtexts.Read("../../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	sets := textmatch.GatedSets()
	for _, raw := range texts {
		x := textmatch.Normalize(raw)
		plain, words := testtexts.Plain(x), testtexts.Words(x)
		l1, c1, h1 := textmatch.Commitment(plain)
		l2, c2, h2 := textmatch.Commitment(x)
		require.Equal(t, []any{l1, c1, h1}, []any{l2, c2, h2}, "Commitment %q", raw)
		for i, s := range sets {
			want := slices.ContainsFunc(x.Toks, s.Has)
			require.Equal(t, want, x.HasAnyWord(s), "set %d on %q", i, raw)
			require.Equal(t, want, plain.HasAnyWord(s), "set %d on %q", i, raw)
			require.Equal(t, want, words.HasAnyWord(s), "set %d on %q", i, raw)
		}
	}
}
