package textmatch

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// randomPattern draws a pattern of one to five elements of elems: no gap
// first or after a gap, a gap last closed by "me", a quarter of the
// elements after the first optional; with rareLeadWild, a wildcard or a
// break is kept first only a quarter of the times it is drawn there.
func randomPattern(r *rand.Rand, elems []string, rareLeadWild bool) []string {
	var pat []string
	n := 1 + r.IntN(5)
	for len(pat) < n {
		e := elems[r.IntN(len(elems))]
		if strings.HasPrefix(e, "~") && (len(pat) == 0 || strings.HasPrefix(pat[len(pat)-1], "~")) {
			continue
		}
		if rareLeadWild && len(pat) == 0 && (e == "_" || e == "|") && r.IntN(4) != 0 {
			continue
		}
		if len(pat) > 0 && !strings.HasPrefix(e, "~") && r.IntN(4) == 0 {
			e += "?"
		}
		pat = append(pat, e)
	}
	if strings.HasPrefix(pat[len(pat)-1], "~") {
		pat = append(pat, "me")
	}
	return pat
}

// TestMatchFromRandomPatterns: matchFrom, which tests literals and
// classes by ID inline, gives what the plain refMatchFrom gives, for
// random patterns of literals, classes (with and without stems), stems,
// wildcards, gaps and optional elements, from every element and token,
// over random token sequences of a small vocabulary with breaks and

// unknown words.
func TestMatchFromRandomPatterns(t *testing.T) {
	t.Parallel()
	words := []string{"call", "me", "now", "please", "calling", "callback", "ring", "person", "human", "zzqx", "|", "tomorrow", "morn", "morning"}
	classes := map[string]Set{"v": NewSet("call", "ring"), "p": NewSet("person", "human")}
	elems := []string{"call", "me", "now", "please", "@v", "@p", "cal*", "morn*", "_", "call|ring|morn*", "me|now", "~1", "~2", "|"}
	r := rand.New(rand.NewPCG(5, 6))
	matched := 0
	for range 400 {
		pat := randomPattern(r, elems, false)
		m, err := Compile(classes, []Rule{{Name: "r", Pattern: strings.Join(pat, " ")}})
		require.NoError(t, err, "%q", pat)
		p := m.rules[0].pat
		for range 30 {
			toks := make([]string, r.IntN(9))
			for i := range toks {
				toks[i] = words[r.IntN(len(words))]
			}
			in := tokenSeq{toks, idsOf(toks)}
			for pi := range p {
				if p[pi].kind == elGap {
					continue
				}
				for ti := 0; ti <= len(toks); ti++ {
					wantEnd, wantOK := refMatchFrom(p, pi, &in, ti)
					end, ok := matchFrom(p, pi, &in, ti)
					require.Equal(t, wantOK, ok, "%q %q %d %d", pat, toks, pi, ti)
					require.Equal(t, wantEnd, end, "%q %q %d %d", pat, toks, pi, ti)
					if ok {
						matched++
					}
				}
			}
		}
	}
	require.Greater(t, matched, 1000)
}
