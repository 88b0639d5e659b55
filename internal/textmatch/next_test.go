package textmatch

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// refEach is [Matcher.Each] without its filters: at every token but a
// break, every rule the index has for the token's ID, then every rule
// of the stems of its first byte, then every rule that starts with a
// wildcard, is matched in full, in the order Each visits them. The
// filters (the next token, the need, the rows of starts) only pass over
// rules that cannot match there, so Each must find what refEach finds,
// in the same order.
func refEach(m *Matcher, t Text) []Match {
	var out []Match
	toks, ids := t.Toks, t.IDs
	if len(ids) != len(toks) {
		ids = idsOf(toks)
	}
	in := tokenSeq{toks, ids}
	for s := range toks {
		id := ids[s]
		if id == breakID {
			continue
		}
		for _, fr := range m.rulesAt(id) {
			if end, ok := matchFrom(fr.pat(m), 0, &in, s); ok {
				out = append(out, Match{Rule: int(fr.ri), Name: m.rules[fr.ri].name, Start: s, End: end})
			}
		}
		if w := toks[s]; len(w) > 0 {
			for _, sr := range m.prefixesAt(w[0]) {
				if !sr.starts(w, id) {
					continue
				}
				if end, ok := matchFrom(m.rules[sr.ri].pat, 0, &in, s); ok {
					out = append(out, Match{Rule: int(sr.ri), Name: m.rules[sr.ri].name, Start: s, End: end})
				}
			}
		}
		for _, ri := range m.always {
			if end, ok := matchFrom(m.rules[ri].pat, 0, &in, s); ok {
				out = append(out, Match{Rule: int(ri), Name: m.rules[ri].name, Start: s, End: end})
			}
		}
	}
	return out
}

// TestNextFilterReference: Each, whose index turns a rule away on the
// token after its first (see [nextFilter]) and on the text's filter of
// IDs, finds what refEach finds, matching every rule in full, for
// matchers of random rules (literals, classes with and without stems,
// stems, wildcards, gaps, breaks and optional elements, a second element
// of each kind) over random messages of their words, normalised (the
// rows of starts and the filter, when the matcher got a bit) and as
// bare tokens; and the filter turns most candidates away.
//
// It is not parallel, as TestNeedFilterKeepsMatches: a matcher gets a
// start-mask bit only among the first 64 registered.
func TestNextFilterReference(t *testing.T) {
	words := []string{"call", "me", "now", "please", "calling", "callback", "ring", "person", "human", "zzqx",
		"tomorrow", "morn", "morning", "the", "a", "real", "agent", "text", "stop", "no", "more"}
	classes := map[string]Set{"v": NewSet("call", "ring", "text"), "p": NewSet("person", "human", "agent"),
		"few": NewSet("me", "now"), "none": {}}
	elems := []string{"call", "me", "now", "please", "stop", "the", "@v", "@p", "@few", "@none", "cal*", "morn*", "_",
		"call|ring|morn*", "me|now", "real|the|a", "~1", "~2", "~3", "|"}
	r := rand.New(rand.NewPCG(70, 71))
	matched, visited, passed := 0, 0, 0
	for range 60 {
		var rules []Rule
		for k := range 40 {
			// (a few rules start with a wildcard or a break)
			pat := randomPattern(r, elems, true)
			rules = append(rules, Rule{Name: "r" + string(rune('a'+k%26)), Pattern: strings.Join(pat, " ")})
		}
		m, err := Compile(classes, rules)
		require.NoError(t, err)
		for range 60 {
			var b strings.Builder
			for range r.IntN(14) {
				b.WriteString(words[r.IntN(len(words))])
				switch r.IntN(6) {
				case 0:
					b.WriteString(", ")
				case 1:
					b.WriteString(". ")
				default:
					b.WriteString(" ")
				}
			}
			n := Normalize(b.String())
			want := refEach(m, n)
			require.Equal(t, want, m.All(n, nil), "%q", n.Toks)
			require.Equal(t, want, m.All(n.Slice(0, len(n.Toks)), nil), "%q", n.Toks)
			matched += len(want)
			near := newNear()
			for s, id := range n.IDs {
				nearBits(&near, n.IDs, s)
				for _, fr := range m.rulesAt(id) {
					visited++
					if fr.next&near[fr.reach] != 0 {
						passed++
					}
				}
			}
		}
	}
	t.Logf("matched %d visited %d passed %d", matched, visited, passed)
	require.Greater(t, matched, 2000)
	require.Less(t, passed, visited*2/3, "the filter turns candidates away")
}

// TestNextFilter: the filter of a pattern is that of the first element
// after its first that takes one token, a literal or a class, with the
// bit of each word the element takes, and its reach counts the elements
// and gaps before it; a pattern without one, or with one too far, has no
// filter. The bits near a token are those of the words of each reach.
func TestNextFilter(t *testing.T) {
	t.Parallel()
	m := MustCompile(map[string]Set{"p": NewSet("person", "human")}, []Rule{
		{Name: "lit", Pattern: "call me"},
		{Name: "class", Pattern: "a @p"},
		{Name: "alts", Pattern: "a real|live person"},
		{Name: "opt", Pattern: "call me? now"},
		{Name: "gap", Pattern: "call ~2 me"},
		{Name: "stem", Pattern: "call morn* me"},
		{Name: "any", Pattern: "call _ | me"},
		{Name: "far", Pattern: "call ~3 | me"},
		{Name: "one", Pattern: "call"},
		{Name: "stems", Pattern: "call me|morn*"},
		{Name: "farther", Pattern: "call ~2 _ ~1 me"},
		{Name: "none", Pattern: "call _ morn* |"},
	})
	bit := func(w string) uint64 { return 1 << nextHash(lookupID(w)) }
	for ri, want := range []struct {
		next  uint64
		reach int32
	}{{bit("me"), 1}, {bit("person") | bit("human"), 1}, {bit("real") | bit("live"), 1}, {bit("now"), 2},
		{bit("me"), 3}, {bit("me"), 2}, {bit("me"), 3}, {bit("me"), 5}} {
		next, reach := nextFilter(m.rules[ri].pat)
		if want.reach > maxReach {
			want.next, want.reach = ^uint64(0), 0
		}
		require.Equal(t, want.next, next, m.rules[ri].name)
		require.Equal(t, want.reach, reach, m.rules[ri].name)
	}
	for ri := 8; ri < len(m.rules); ri++ {
		next, reach := nextFilter(m.rules[ri].pat)
		require.Equal(t, ^uint64(0), next, m.rules[ri].name)
		require.Zero(t, reach, m.rules[ri].name)
	}
	ids := []int32{lookupID("call"), lookupID("me"), breakID, lookupID("now")}
	near := newNear()
	nearBits(&near, ids, 0)
	require.Equal(t, ^uint64(0), near[0])
	require.Equal(t, bit("me"), near[1])
	require.Equal(t, bit("me")|1<<nextHash(breakID), near[2])
	require.Equal(t, near[2]|bit("now"), near[3])
	require.Equal(t, near[3], near[maxReach], "past the last token")
	// (the array of the last start, rewritten: nothing after the last
	// token)
	nearBits(&near, ids, 3)
	require.Zero(t, near[1], "nothing after the last token")
	require.Zero(t, near[maxReach], "nothing after the last token")
}
