package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// A seller's floor is often said as a negated downward bound; reading it as
// a ceiling would tell the rep the opposite of what the lead said.
func TestParsePrice_NegatedBounds(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, want string }{
		{"won't go below 310", "at least $310,000"},
		{"cant go any lower than 225k", "at least $225,000"},
		{"i dont want less than 300", "at least $300,000"},
		{"never under 200k", "at least $200,000"},
		{"not a dime under 275k", "at least $275,000"},
		{"no more than 250k for the lot", "up to $250,000"},
		{"wouldn't pay over 180k", "up to $180,000"},
		{"below 150 is fine honestly", "under $150,000"},
		{"less than 200k would be a steal", "under $200,000"},
		{"anything over 300 works", "more than $300,000"},
		{"at least 180", "at least $180,000"},
		// the negation a few words before the bound
		{"not gonna take less than 180 tho", "at least $180,000"},
		{"wouldnt take a penny less than 125k for it", "at least $125,000"},
		// (not across a clause: "no. more than 300 is fine")
		{"no. more than 300k is fine", "more than $300,000"},
	}
	for _, tc := range cases {
		p, err := qualify.ParsePrice(tc.in)
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, p.String(), tc.in)
	}
}
