package trigger

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// questionsRef is questions as it was written before the ValidString
// test: the reference it is held to.
func questionsRef(raw string) []string {
	var out []string
	start := 0
	for {
		k := strings.IndexByte(raw[start:], '?')
		if k < 0 {
			return out
		}
		i := start + k
		if d := strings.LastIndexAny(raw[start:i], ".!\n"); d >= 0 {
			start += d + 1
		}
		end := i + 1
		for end < len(raw) && raw[end] == '?' {
			end++
		}
		q := strings.TrimSpace(raw[start:end])
		if q != "" && q != "?" {
			out = append(out, strings.ToValidUTF8(q, ""))
		}
		start = end
	}
}

// TestQuestionsReference: questions agrees with questionsRef on texts
// made of sentence ends, question marks, multibyte and invalid UTF-8
// (and U+FFFD written out, which ToValidUTF8 keeps).
func TestQuestionsReference(t *testing.T) {
	parts := []string{"a", "call me", ".", "!", "\n", "?", "??", " ", "é", "¿", "\xff", "\xe2", "\xe2\x80", "\ufffd", "wait. what?", "ok!? no"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		require.Equal(t, questionsRef(s), questions(s), "%q", s)
	}
}
