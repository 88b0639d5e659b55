package textmatch

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCorrectedAtOnce: a phrase the same message takes back at once is
// not acted on, whether the turn stands in the phrase's own clause ("pero
// nah") or in the next one ("bueno no, espere", "actually hold off"); a
// "wait" that only pauses for a question, and a "but" that goes on with a
// condition, take nothing back.
func TestCorrectedAtOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, phrase string
		want         bool
	}{
		{"quería pedir que me marcaran pero nah, mejor por texto", "marcaran", true},
		{"was gonna say call me but nah, text is fine", "me", true},
		{"call me, but better not today", "me", false},
		{"call me but not after 5", "me", false},
		{"take me off... bueno no, espere, mi hija quiere la oferta", "off", true},
		{"book it for friday... nah espérate, primero le pregunto a mi esposa", "it", true},
		{"order the unit — actually hold off till my landlord signs", "unit", true},
		{"let's do it... wait, what's the fee?", "it", false},
		{"let's do it. no, hold on, I need to ask my wife", "it", true},
	} {
		toks := Normalize(tc.text).Toks
		end := -1
		for i, w := range toks {
			if w == Normalize(tc.phrase).Toks[0] {
				end = i + 1
				break
			}
		}
		require.GreaterOrEqual(t, end, 0, "%q holds %q", tc.text, tc.phrase)
		require.Equal(t, tc.want, CorrectedAtOnce(toks, end), "%q", tc.text)
	}
}
