package learned

import (
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/require"
)

// TestSumsExact: Model.sums, which adds a bucket's four weights as lanes
// of one word, gives the sums of the plain loop, for weights at both
// ends of int16 and for the longest list it takes in lanes (every lane
// at its maximum 65536 times); the embedded model's table takes the lane
// path.
func TestSumsExact(t *testing.T) {
	t.Parallel()
	plain := func(m *Model, hs []uint32) (s [NumTasks]int64) {
		for _, h := range hs {
			for k, v := range m.w[h&m.mask] {
				s[k] += int64(v)
			}
		}
		return s
	}
	r := rand.New(rand.NewPCG(1, 2))
	m := &Model{w: make([][NumTasks]int16, 1024), mask: 1023}
	for i := range m.w {
		for k := range m.w[i] {
			switch r.IntN(4) {
			case 0:
				m.w[i][k] = -32768
			case 1:
				m.w[i][k] = 32767
			default:
				m.w[i][k] = int16(r.Uint32())
			}
		}
	}
	m.w[0] = [NumTasks]int16{32767, -32768, 32767, -32768}
	m.w[1] = [NumTasks]int16{-32768, 32767, -32768, 32767}
	for _, n := range []int{0, 1, 7, 300, 5000} {
		hs := make([]uint32, n)
		for i := range hs {
			hs[i] = r.Uint32()
		}
		require.Equal(t, plain(m, hs), m.sums(hs), "%d hashes", n)
	}
	for _, b := range []uint32{0, 1} {
		hs := make([]uint32, 1<<16)
		for i := range hs {
			hs[i] = b
		}
		require.Equal(t, plain(m, hs), m.sums(hs))
		require.Equal(t, plain(m, hs[:len(hs)-1]), m.sums(hs[:len(hs)-1]))
		require.Equal(t, plain(m, append(hs, b)), m.sums(append(hs, b)), "past the lanes' reach: the plain loop")
	}
	hs := Features("please take me off your list, this is the wrong number", nil)
	d := Default()
	require.Zero(t, uintptr(unsafe.Pointer(unsafe.SliceData(d.w)))%8, "the embedded table is 8-aligned")
	require.Equal(t, plain(d, hs), d.sums(hs))
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
