package qualify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/testtexts"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestGatesMatchPlain: on every message of the test sets, freeAt,
// hypotheticalSale and the whole extraction answer on the normalised
// text, with its gates, as on the same tokens built by hand, which take
// the plain pass over the tokens (and freeAt and hypotheticalSale as on
// the tokens alone, read by spelling). It fails if a gate skips a check
// that would have answered otherwise.
func TestGatesMatchPlain(t *testing.T) {
	texts, err := testtexts.Read("../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	// and messages freeAt and hypotheticalSale answer true on
	texts = append(texts, "I'll have more time friday", "ahorita estoy en el trabajo, para el viernes tengo más tiempo",
		"I'm free after 5 tomorrow", "estoy libre el viernes", "if we ever sold it would be in march",
		"si algún día vendemos, en 3 weeks", "we'd have time in march")
	e := NewRuleExtractor(nil)
	for _, raw := range texts {
		x := textmatch.Normalize(raw)
		plain, words := testtexts.Plain(x), testtexts.Words(x)
		for _, val := range []string{"tomorrow", "friday", "march", "3 weeks", "viernes", "after"} {
			require.Equal(t, refFreeAt(x, val), freeAt(x, val), "freeAt %q %q", val, raw)
			require.Equal(t, freeAt(plain, val), freeAt(x, val), "freeAt %q %q", val, raw)
			require.Equal(t, freeAt(words, val), freeAt(x, val), "freeAt by words %q %q", val, raw)
		}
		if len(x.Toks) > 0 {
			val := x.Toks[len(x.Toks)/2]
			require.Equal(t, refFreeAt(x, val), freeAt(x, val), "freeAt %q %q", val, raw)
		}
		require.Equal(t, refHypotheticalSale(x.Toks), hypotheticalSale(x), "hypotheticalSale %q", raw)
		require.Equal(t, hypotheticalSale(plain), hypotheticalSale(x), "hypotheticalSale %q", raw)
		require.Equal(t, hypotheticalSale(words), hypotheticalSale(x), "hypotheticalSale by words %q", raw)
		in := ExtractInput{Schema: RealEstate, Text: raw, MessageID: "m"}
		require.Equal(t, e.extract(plain, in), e.extract(x, in), "extract %q", raw)
	}
}

// refFreeAt is freeAt as it was, without the gate.
func refFreeAt(t textmatch.Text, val string) bool {
	first, _, _ := strings.Cut(val, " ")
	for i, w := range t.Toks {
		if w != first {
			continue
		}
		cs, ce := textmatch.ClauseStart(t.Toks, i), textmatch.ClauseEnd(t.Toks, i)
		for k := cs; k < ce; k++ {
			if freeWords.HasToken(t.Toks, t.IDs, k) || (t.Toks[k] == "tiempo" || t.Toks[k] == "time") && k > cs && haveTime.HasToken(t.Toks, t.IDs, k-1) {
				return true
			}
		}
	}
	return false
}

// refHypotheticalSale is hypotheticalSale as it was, without the gate.
func refHypotheticalSale(toks []string) bool {
	for i, w := range toks {
		if (w == "ever" || w == "algun") && textmatch.Before(toks, i, 3, ifWords) {
			return true
		}
	}
	return false
}
