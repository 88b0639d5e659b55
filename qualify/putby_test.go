package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestDownPaymentIsNoPurchaseBudget: money a borrower has put by (a down
// payment, an enganche, savings) or the monthly payment they want is
// part of their money, not the price of what they mean to buy: when the
// message also states the purchase budget, the budget is that one,
// whichever comes first, in English and Spanish (a reviewer saw "We have
// about 40k for the down payment and the budget is 350k" give budget
// $40,000, and the loan officer's brief say "Budget: $40,000"). Alone,
// the money put by is still the budget, as the package's doc says.
func TestDownPaymentIsNoPurchaseBudget(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ text, want string }{
		{"We have about 40k for the down payment and the budget is 350k", "$350,000"},
		{"Tenemos unos 40 mil para el enganche y el presupuesto es de 350 mil", "$350,000"},
		{"Tengo 30 mil ahorrados y busco casas de 300 mil", "$300,000"},
		{"we've saved 25k so far, looking at homes around 280k", "around $280,000"},
		{"20k down, and we're pre-approved up to 410k", "up to $410,000"},
		{"el enganche sería de 15 mil y la casa de unos 220 mil", "$220,000"},
		{"we'd like the payment around 1800 a month, on a house around 300k", "around $300,000"},
		{"tenemos unos 10 mil en ahorros, buscamos algo de 250 mil", "$250,000"},
		// the purchase first, the money put by after
		{"budget is 350k, we have 40k for the down payment", "$350,000"},
		// alone, the money put by is the budget
		{"tenemos 15 mil para el enganche", "$15,000"},
		{"We have 40k for the down payment", "$40,000"},
		{"Tengo 30 mil ahorrados", "$30,000"},
	} {
		require.Equal(t, tc.want, fieldValues(t, ex, qualify.BANT, tc.text)[qualify.Budget], "%q", tc.text)
	}
}
