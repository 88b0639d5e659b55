package textmatch

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAmountWords: Amounts passes over a word that is neither a number
// nor one of amountWords, so amountWords must hold every word its word
// branches start from; and the amounts those words start are still
// found.
func TestAmountWords(t *testing.T) {
	t.Parallel()
	for w := range numberWords {
		require.True(t, amountWords.Has(w), "%q", w)
	}
	for _, w := range spanishNumberSet.Words() {
		require.True(t, amountWords.Has(w), "%q", w)
	}
	for _, w := range []string{"half", "quarter", "couple", "few", "low", "mid", "high", "upper", "lower"} {
		require.True(t, amountWords.Has(w), "%q", w)
	}
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"half a million", 500000},
		{"a quarter mil", 250000},
		{"a couple thousand", 2000},
		{"mid threes", 300000},
		{"a hundred and forty thousand", 140000},
		{"two fifty", 250000},
		{"doscientos mil", 200000},
		{"around 250k", 250000},
		{"a buck fifty", 150000},
		{"would take a buck eighty", 180000},
		{"under dos cincuenta", 250000},
		{"como tres veinte", 320000},
	} {
		as := Amounts(Normalize(tc.in))
		require.NotEmpty(t, as, "%q", tc.in)
		require.Equal(t, tc.want, as[0].Value, "%q", tc.in)
	}
	require.Empty(t, Amounts(Normalize("we inherited the place from my aunt, roof leaks")))
	// a rate in dollars and cents, and a time of day, are no price
	require.Empty(t, Amounts(Normalize("gas is a buck fifty a gallon")))
	require.Empty(t, Amounts(Normalize("nos vemos a las dos cincuenta")))
}

// TestIsAlnumTable: the table isAlnum reads holds the ASCII letters and
// digits, and only them.
func TestIsAlnumTable(t *testing.T) {
	t.Parallel()
	for c := 0; c < 256; c++ {
		b := byte(c)
		require.Equal(t, b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9', isAlnum(b), "%#x", c)
	}
}

// TestNumberWordShapes: the first-byte and length filter of NumberWord
// lets every number word through.
func TestNumberWordShapes(t *testing.T) {
	t.Parallel()
	for w, n := range numberWords {
		require.Less(t, len(w), 16, w)
		got, ok := NumberWord(w)
		require.True(t, ok, w)
		require.Equal(t, n, got, w)
	}
	for _, w := range []string{"", "a", "house", "twentyfive", "Two"} {
		_, ok := NumberWord(w)
		require.False(t, ok, w)
	}
}

// TestSmallSpelledAmountsWithAPeriod: a spelled number under a hundred
// with a period is money as said after a word of paying ("I can swing
// about sixty a month"), and otherwise no money at all ("sixty a month"
// may count deals); it is never sixty thousand.
func TestSmallSpelledAmountsWithAPeriod(t *testing.T) {
	t.Parallel()
	got := Amounts(Cached("I can swing about sixty a month if it's worth having"))
	require.Len(t, got, 1)
	require.Equal(t, 60, got[0].Value)
	require.Equal(t, "month", got[0].Per)
	require.Empty(t, Amounts(Cached("we close about sixty a month")))
	got = Amounts(Cached("they want sixty for it"))
	require.Len(t, got, 1)
	require.Equal(t, 60000, got[0].Value)
}

// TestSmallSpelledAmountsCappedOrCounted: a cap after the period makes a
// small spelled number money ("sixty a month max"); a count of things
// after it does not ("pay for maybe sixty a month of leads"), nor a
// "max out" of bookings.
func TestSmallSpelledAmountsCappedOrCounted(t *testing.T) {
	t.Parallel()
	got := Amounts(Cached("sixty a month max"))
	require.Len(t, got, 1)
	require.Equal(t, 60, got[0].Value)
	require.Empty(t, Amounts(Cached("I can pay for maybe sixty a month of leads")))
	require.Empty(t, Amounts(Cached("we max out at like seventy a month in bookings")))
}
