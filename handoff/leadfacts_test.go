package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

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
