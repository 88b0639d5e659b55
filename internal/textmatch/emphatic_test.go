package textmatch

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// joinEmphaticAll is joinEmphatic without the look at the periods
// first: every token is tried as the start of a run.
func joinEmphaticAll(ids []int32, spans [][2]int32, dots uint64) ([]int32, [][2]int32) {
	single := func(i int) bool {
		return ids[i] != breakID && (i == 0 || ids[i-1] == breakID) && (i+1 == len(ids) || ids[i+1] == breakID)
	}
	var drop uint64
	for i := 0; i < len(ids) && i < 64; i++ {
		if !single(i) {
			continue
		}
		j := i
		for j+2 < len(ids) && j+1 < 64 && dots&(1<<(j+1)) != 0 && single(j+2) {
			j += 2
		}
		if (j-i)/2+1 >= 3 {
			for k := i + 1; k < j; k += 2 {
				drop |= 1 << k
			}
		}
		i = j
	}
	if drop == 0 {
		return ids, spans
	}
	n := 0
	for i := range ids {
		if i < 64 && drop&(1<<i) != 0 {
			continue
		}
		ids[n], spans[n] = ids[i], spans[i]
		n++
	}
	return ids[:n], spans[:n]
}

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
		wi, ws := joinEmphaticAll(slices.Clone(ids), slices.Clone(spans), dots)
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
				if got, _ := joinEmphaticAll(slices.Clone(ids), make([][2]int32, n), dots); len(got) < n {
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
