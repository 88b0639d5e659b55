package textmatch

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestJoinEmphaticPrecheck: joinEmphatic, which first looks for two
// periods with a one-word clause around each, drops the same breaks as
// trying every token, for every sequence of up to 12 words and breaks
// (no two breaks in a row, as Normalize makes them) with every set of
// its breaks made by periods, and at the 64-token edge of dots.
func TestJoinEmphaticPrecheck(t *testing.T) {
	t.Parallel()
	check := func(ids []int32, dots uint64) {
		spans := make([][2]int32, len(ids))
		for i := range spans {
			spans[i] = [2]int32{int32(i), int32(i)}
		}
		wi, ws := joinEmphaticRuns(slices.Clone(ids), slices.Clone(spans), dots)
		gi, gs := joinEmphatic(slices.Clone(ids), slices.Clone(spans), dots)
		require.Equal(t, wi, gi, "%v %b", ids, dots)
		require.Equal(t, ws, gs, "%v %b", ids, dots)
	}
	dropped := 0
	for n := 1; n <= 12; n++ {
		for pat := 0; pat < 1<<n; pat++ {
			ids := make([]int32, n)
			var breaks []int
			ok := true
			for i := range ids {
				ids[i] = 5
				if pat&(1<<i) != 0 {
					ids[i] = breakID
					if i == 0 || ids[i-1] == breakID {
						ok = false
					}
					breaks = append(breaks, i)
				}
			}
			if !ok {
				continue
			}
			for sub := 0; sub < 1<<len(breaks); sub++ {
				var dots uint64
				for k, b := range breaks {
					if sub&(1<<k) != 0 {
						dots |= 1 << b
					}
				}
				check(ids, dots)
				if got, _ := joinEmphaticRuns(slices.Clone(ids), make([][2]int32, n), dots); len(got) < n {
					dropped++
				}
			}
		}
	}
	require.Greater(t, dropped, 100, "the cases include runs that are joined")
	// runs that cross the 64 tokens dots covers
	for _, start := range []int{56, 57, 58, 59, 60, 61, 62} {
		ids := make([]int32, 72)
		for i := range ids {
			ids[i] = 5
		}
		var dots uint64
		for b := start + 1; b < 72; b += 2 {
			ids[b] = breakID
			if b < 64 {
				dots |= 1 << b
			}
		}
		check(ids, dots)
	}
}
