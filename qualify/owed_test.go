package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestOwedIsNoAskingPrice: what a seller still owes on the house (the
// mortgage's balance, the payoff, a lien, "debo") is not what they ask
// for it. When the message names both, the price is the amount the
// asking cue is tied to, whichever comes first, in English and Spanish
// (a reviewer saw "I still owe 120k on it, I'd want at least 250k" give
// price $120,000, the balance, on the rep's Price chip). Money owed
// stays the price when it is the only amount and the lead makes it
// their floor ("we owe 190 so anything less than that doesn't work").
func TestOwedIsNoAskingPrice(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ text, want string }{
		{"I still owe 120k on it, I'd want at least 250k", "at least $250,000"},
		{"Todavía debo 120 mil, quiero por lo menos 250 mil", "at least $250,000"},
		{"we owe about 95 on it and we're asking 180", "$180,000"},
		{"there's about 140k left on the mortgage, we'd take 260k", "$260,000"},
		{"the payoff is around 88k but I'm hoping for 210k", "$210,000"},
		{"there's a 30k lien on it, asking 150k", "$150,000"},
		{"Debemos como 80 mil al banco y pedimos 200 mil", "$200,000"},
		{"Nos quedan 60 mil de hipoteca, la vendo en 185 mil", "$185,000"},
		// the balance as the floor, the only amount
		{"we owe 190 so anything less than that doesn't work", "$190,000"},
		{"payoff is 118, plus enough for a down payment", "$118,000"},
	} {
		require.Equal(t, tc.want, fieldValues(t, ex, qualify.RealEstate, tc.text)[qualify.Price], "%q", tc.text)
	}
	// what is owed alone is no price
	for _, s := range []string{"we still owe about 140 on the mortgage", "todavía debemos 120 mil"} {
		require.NotContains(t, fieldValues(t, ex, qualify.RealEstate, s), qualify.Price, "%q", s)
	}
}
