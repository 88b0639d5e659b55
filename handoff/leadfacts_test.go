package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// TestReceive_SellerPriceIsNotWhatTheyOwe: a seller who names what they
// still owe before what they want ("I still owe 120k on it, I'd want at
// least 250k", and in Spanish) has the price they ask on the
// conversation and in the rep's brief, not the loan's balance (a
// reviewer saw the Price chip and the summary show $120,000).
func TestReceive_SellerPriceIsNotWhatTheyOwe(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"I still owe 120k on it, I'd want at least 250k",
		"Todavía debo 120 mil, quiero por lo menos 250 mil",
	} {
		b := setup(t, nil)
		b.start(t, "c1")
		recordAI(t, b, "c1", "Is there a number you'd be happy with for the house?")
		b.receive(t, "c1", msg)
		c := b.dump(t, "c1").Conv
		require.Equal(t, "at least $250,000", c.Fields[store.FieldName(qualify.Price)].Value, "%q", msg)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.Contains(t, br.Summary, "$250,000", "%q", msg)
		require.NotContains(t, br.Summary, "$120,000", "%q", msg)
	}
}

// TestReceive_DownPaymentIsNotTheBudget: a borrower's down payment or
// savings named beside the price of the home they want is not their
// BANT budget: the conversation and the loan officer's brief carry the
// purchase budget (a reviewer saw "Budget: $40,000" for a $350k
// purchase), in English and Spanish, and a budget told in a later message
// replaces the savings told alone before it.
func TestReceive_DownPaymentIsNotTheBudget(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		msgs []string
		want string
	}{
		{[]string{"We have about 40k for the down payment and the budget is 350k"}, "$350,000"},
		{[]string{"Tenemos unos 40 mil para el enganche y el presupuesto es de 350 mil"}, "$350,000"},
		{[]string{"Tengo 30 mil ahorrados y busco casas de 300 mil"}, "$300,000"},
		{[]string{"Tengo 30 mil ahorrados", "busco casas de unos 300 mil"}, "$300,000"},
	} {
		b := setup(t, func(c *handoff.Config) { c.Schema = qualify.BANT })
		b.start(t, "c1")
		recordAI(t, b, "c1", "What budget range are you working with?")
		for _, m := range tc.msgs {
			b.receive(t, "c1", m)
		}
		c := b.dump(t, "c1").Conv
		require.Contains(t, c.Fields[store.FieldName(qualify.Budget)].Value, tc.want, "%q", tc.msgs)
		br, err := b.engine.Brief(context.Background(), tenant, "c1")
		require.NoError(t, err)
		require.Contains(t, br.Summary, tc.want, "%q", tc.msgs)
	}
}
