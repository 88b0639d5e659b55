package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestReplaces: a later value replaces a known one when it is more
// confident; at the same confidence a price, budget or timeline (a fact
// of one value, or a field the package does not know) is updated, while a
// stated need, fit, motivation or condition stays unless the message
// corrects it, in English or Spanish.
func TestReplaces(t *testing.T) {
	t.Parallel()
	val := func(f qualify.Field, v string, c float64) qualify.Value {
		return qualify.Value{Field: f, Value: v, Confidence: c}
	}
	for _, tc := range []struct {
		known, v qualify.Value
		text     string
		want     bool
	}{
		{val(qualify.Need, "looking to buy my first home", 0.8), val(qualify.Need, "hoping to buy in the next", 0.8), "hoping to buy in the next 3 months", false},
		{val(qualify.UseCaseFit, "necesitamos automatizar la prospeccion", 0.8), val(qualify.UseCaseFit, "queremos implementarlo", 0.8), "Queremos implementarlo el próximo trimestre", false},
		{val(qualify.Motivation, "inherited", 0.8), val(qualify.Motivation, "relocating", 0.8), "and we're moving for work", false},
		{val(qualify.Need, "looking to buy my first home", 0.8), val(qualify.Need, "refinance", 0.8), "actually we want to refinance instead", true},
		{val(qualify.Need, "comprar casa", 0.8), val(qualify.Need, "refinanciar", 0.8), "en realidad queremos refinanciar", true},
		{val(qualify.Need, "hoping to buy", 0.65), val(qualify.Need, "first home", 0.8), "it's our first home", true},
		{val(qualify.Need, "first home", 0.8), val(qualify.Need, "something", 0.68), "we need something", false},
		{val(qualify.Price, "$250,000", 0.8), val(qualify.Price, "$240,000", 0.8), "ok I could take 240k", true},
		{val(qualify.Budget, "$30,000", 0.8), val(qualify.Budget, "$300,000", 0.8), "busco casas de 300 mil", true},
		{val(qualify.Timeline, "within 30 days", 0.8), val(qualify.Timeline, "within 60 days", 0.8), "more like 60 days", true},
		{val("pets", "a dog", 0.8), val("pets", "two cats", 0.8), "two cats", true},
		// said again: the first message it was told in stays its source
		{val(qualify.Price, "$250,000", 0.8), val(qualify.Price, "$250,000", 0.8), "like I said, 250k", false},
	} {
		require.Equal(t, tc.want, qualify.Replaces(tc.known, tc.v, tc.text), "%s %q -> %q on %q", tc.known.Field, tc.known.Value, tc.v.Value, tc.text)
	}
}
