package textmatch_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestSaid: the tokens of a message read back as the writer wrote them,
// so that a value quoted to a rep keeps its case, apostrophes and
// accents ("CEO's chief of staff", not "ceos chief of staff").
func TestSaid(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		raw, seq, want string
	}{
		{"I'm our CEO's chief of staff", "ceos chief of staff", "CEO's chief of staff"},
		{"soy la asistente del dueño", "asistente del dueno", "asistente del dueño"},
		{"I’m the CEO’s chief-of-staff!!", "ceos chief of staff", "CEO’s chief-of-staff"},
		{"RevOps manager here - does it sync?", "revops manager", "RevOps manager"},
		{"ok, I run ops at O'Reilly's Pub", "i run ops", "I run ops"},
		{"we're 40 ppl, budget $2,500/mo", "40 people", "40 ppl"},
		{"the 'office manager' of it", "office manager", "office manager"},
		{"the  office\n\tmanager", "office", "office"},
		// a word shorthand expanded is the whole word: "its" of "it is"
		{"its urgent", "is urgent", "its urgent"},
	} {
		toks := textmatch.Normalize(tc.raw).Toks
		i := textmatch.IndexSeq(toks, strings.Fields(tc.seq)...)
		require.GreaterOrEqual(t, i, 0, "%q in %q", tc.seq, toks)
		got, ok := textmatch.Said(tc.raw, toks, i, i+len(strings.Fields(tc.seq)))
		require.True(t, ok, tc.raw)
		require.Equal(t, tc.want, got, tc.raw)
	}
	// tokens that are not the message's, and empty ranges
	toks := textmatch.Normalize("im the vp of sales").Toks
	_, ok := textmatch.Said("I'm the VP of Marketing", toks, 3, 5)
	require.False(t, ok)
	_, ok = textmatch.Said("I'm the VP of Sales", toks, 2, 2)
	require.False(t, ok)
	_, ok = textmatch.Said("I'm the VP", toks, 2, 5)
	require.False(t, ok)
}

func FuzzSaid(f *testing.F) {
	for _, s := range []string{"I'm our CEO's chief of staff", "soy la asistente del dueño", "\xff'a", "3.5% of $1,2", "it's 2 hr, u ok?",
		"a\x00b", "'''", "R&D. U.S.", strings.Repeat("x'", 50)} {
		f.Add(s, 1, 3)
	}
	f.Fuzz(func(t *testing.T, raw string, i, j int) {
		toks := textmatch.Normalize(raw).Toks
		got, ok := textmatch.Said(raw, toks, i, j)
		if !ok {
			return
		}
		if !utf8.ValidString(got) || strings.ContainsFunc(got, func(r rune) bool { return r < ' ' || r == '\n' }) {
			t.Fatalf("Said(%q, %d, %d) = %q: not one line of UTF-8", raw, i, j, got)
		}
		// the words said read as the tokens asked for
		var want []string
		for _, w := range toks[i:j] {
			if w != textmatch.Break {
				want = append(want, w)
			}
		}
		words := textmatch.Normalize(got).Words()
		found := false
		for k := 0; k+len(want) <= len(words) && !found; k++ {
			found = slices.Equal(words[k:k+len(want)], want)
		}
		if !found {
			t.Fatalf("Said(%q, %d, %d) = %q, reads %q, want %q", raw, i, j, got, words, want)
		}
	})
}
