package learned

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSumsExact: Model.sums, which adds a bucket's four weights as lanes
// of one word, gives the sums of a plain loop over the weights by
// bucket, for weights at both ends of int16 and for the longest list it
// takes in lanes (every lane at its maximum 65536 times); past that the
// plain loop serves. The weights read back from the lanes are those
// packed.
func TestSumsExact(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([][NumTasks]int16, 1024)
	for i := range rows {
		for k := range rows[i] {
			switch r.IntN(4) {
			case 0:
				rows[i][k] = -32768
			case 1:
				rows[i][k] = 32767
			default:
				rows[i][k] = int16(r.Uint32())
			}
		}
	}
	rows[0] = [NumTasks]int16{32767, -32768, 32767, -32768}
	rows[1] = [NumTasks]int16{-32768, 32767, -32768, 32767}
	m := &Model{lanes: packLanes(rows), mask: 1023}
	require.Equal(t, rows, m.rows())
	plain := func(hs []uint32) (s [NumTasks]int64) {
		for _, h := range hs {
			for k, v := range rows[h&m.mask] {
				s[k] += int64(v)
			}
		}
		return s
	}
	for _, n := range []int{0, 1, 7, 300, 5000} {
		hs := make([]uint32, n)
		for i := range hs {
			hs[i] = r.Uint32()
		}
		require.Equal(t, plain(hs), m.sums(hs), "%d hashes", n)
	}
	for _, b := range []uint32{0, 1} {
		hs := make([]uint32, 1<<16)
		for i := range hs {
			hs[i] = b
		}
		require.Equal(t, plain(hs), m.sums(hs))
		require.Equal(t, plain(hs[:len(hs)-1]), m.sums(hs[:len(hs)-1]))
		require.Equal(t, plain(append(hs, b)), m.sums(append(hs, b)), "past the lanes' reach: the plain loop")
	}
}

// TestLanesRoundTrip: the embedded model, parsed into lanes and written
// out again, is the embedded file, byte for byte.
func TestLanesRoundTrip(t *testing.T) {
	t.Parallel()
	require.Equal(t, embedded, appendModel(nil, Default()))
}

// TestIsAlnumTable: the table the tokenizer's isAlnum reads holds the
// ASCII letters and digits, and only them (the tokenizer is frozen).
func TestIsAlnumTable(t *testing.T) {
	t.Parallel()
	for c := 0; c < 256; c++ {
		b := byte(c)
		require.Equal(t, b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9', isAlnum(b), "%#x", c)
	}
}
