package qualify

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestConfidentOnePass: Confident, which looks each field up once, returns
// what the two passes (count, then copy) return, with the same length
// and capacity, for every subset of the schemas' fields at confidences
// around the threshold, for a schema that names a field twice and for
// one with more than 64 fields.
func TestConfidentOnePass(t *testing.T) {
	t.Parallel()
	var many []Field
	for i := range 70 {
		many = append(many, Field(fmt.Sprintf("f%d", i)))
	}
	schemas := []Schema{RealEstate, BANT, B2B, {}, {Fields: []Field{Price, Timeline, Price}, MinConfidence: 0.5},
		{Fields: many, MinConfidence: 0.6}}
	r := rand.New(rand.NewPCG(3, 4))
	for _, s := range schemas {
		for range 300 {
			known := map[Field]Value{}
			for _, f := range s.Fields {
				switch r.IntN(4) {
				case 0:
				case 1:
					known[f] = Value{Field: f, Value: "x", Confidence: s.MinConfidence}
				case 2:
					known[f] = Value{Field: f, Value: "x", Confidence: s.MinConfidence - 0.01}
				default:
					known[f] = Value{Field: f, Confidence: 1}
				}
			}
			known["other"] = Value{Value: "x", Confidence: 1}
			got, want := s.Confident(known), s.confidentTwoPass(known)
			require.Equal(t, want, got)
			require.Equal(t, cap(want), cap(got))
			require.Equal(t, len(got), s.confident(known))
		}
		require.Nil(t, s.Confident(nil))
	}
}
