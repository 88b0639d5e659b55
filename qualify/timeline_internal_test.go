package qualify

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// refGrowthClause is growthClause as one pass that reads every token for
// a count: the plain reading the faster one must agree with.
func refGrowthClause(toks []string, ids []int32, cs, i int) bool {
	if cs >= i {
		return false
	}
	count, grow := false, growWords.HasAnyToken(toks, ids, cs, i)
	for k := cs; k < i; k++ {
		count = count || isNumberTok(toks[k])
		grow = grow || (toks[k] == "be" || toks[k] == "seremos") && k+1 < i && isNumberTok(toks[k+1])
	}
	return count && grow
}

// refStaysAway is staysAway reading the tokens by their spelling.
func refStaysAway(toks []string, cs int, x textmatch.Match) bool {
	k := slices.IndexFunc(toks[x.Start:x.End], func(w string) bool { return untilWords.Has(w) || w == "for" })
	if k < 0 {
		return false
	}
	k += x.Start
	if toks[k] == "for" && !(k+2 < len(toks) && toks[k+1] == "the" && (seasons.Has(toks[k+2]) || toks[k+2] == "season")) {
		return false
	}
	if toks[k] != "for" && slices.ContainsFunc(toks[cs:k], idleWords.Has) {
		return true
	}
	for i := cs + 1; i+1 < k; i++ {
		if toks[i] != "in" && toks[i] != "en" {
			continue
		}
		j := i - 1
		away := awayAdverbs.Has(toks[j]) && j > cs
		if away {
			j--
		}
		if stayerBe.Has(toks[j]) && !notPlaces.Has(toks[i+1]) && (away || toks[k] == "for") {
			return true
		}
	}
	return false
}

// TestGrowthClauseAndStaysAway: growthClause, which reads the counts only
// in a clause with a verb of growing, and staysAway, which tests the
// tokens by their IDs, answer as the plain readings on random clauses of
// counts, verbs of growing, "be" and the words of a stay, for every span;
// both kinds of answer occur.
func TestGrowthClauseAndStaysAway(t *testing.T) {
	t.Parallel()
	pool := []string{"we", "will", "be", "80", "seremos", "30", "more", "hiring", "growing", "people", "by", "two", "ten",
		"1,200", "next", "year", "in", "march", "the", "until", "for", "summer", "season", "empty", "sits", "were", "down",
		"florida", "contract", "staying", "im", "out", "escrow", "hasta", "spring", "house", "zebra", "."}
	rng := rand.New(rand.NewPCG(61, 62))
	var seen [2][2]int
	for range 3000 {
		words := make([]string, 1+rng.IntN(10))
		for i := range words {
			words[i] = pool[rng.IntN(len(pool))]
		}
		x := textmatch.Normalize(strings.Join(words, " "))
		toks := x.Toks
		for cs := 0; cs <= len(toks); cs++ {
			for i := cs; i <= len(toks); i++ {
				want := refGrowthClause(toks, x.IDs, cs, i)
				if got := growthClause(toks, x.IDs, cs, i); got != want {
					t.Fatalf("growthClause(%q, %d, %d) = %v, want %v", toks, cs, i, got, want)
				}
				if want {
					seen[0][1]++
				} else {
					seen[0][0]++
				}
				if cs < i {
					m := textmatch.Match{Start: cs, End: i}
					for c := 0; c <= cs; c++ {
						want := refStaysAway(toks, c, m)
						if got := staysAway(toks, x.IDs, c, m); got != want {
							t.Fatalf("staysAway(%q, %d, %d-%d) = %v, want %v", toks, c, cs, i, got, want)
						}
						if want {
							seen[1][1]++
						} else {
							seen[1][0]++
						}
					}
				}
			}
		}
	}
	for k, s := range seen {
		if s[0] == 0 || s[1] == 0 {
			t.Errorf("check %d: %d false, %d true; want both", k, s[0], s[1])
		}
	}
}
