package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestWhenIsNoNeed: a wish whose only complement is a time ("we want to
// do it this month", "queremos hacerlo este mes", "Queremos
// implementarlo el próximo trimestre") says when, not what the lead
// needs: it fills the timeline and no need or use-case fit (a reviewer
// saw need "queremos hacerlo este mes" replace the lead's refinance in
// the brief). A purchase wished by a time ("hoping to buy in the next 3
// months") is a need, the purchase without the time words, and a wish
// with its object and a time is still a need.
func TestWhenIsNoNeed(t *testing.T) {
	t.Parallel()
	var not []stated
	for _, s := range []string{
		"we want to do it this month",
		"we'd like to get it done before the end of the quarter",
		"want to start next week",
		"queremos hacerlo este mes",
		"Queremos implementarlo el próximo trimestre",
		"quiero empezar en enero",
	} {
		not = append(not, stated{qualify.BANT, "", s, qualify.Need}, stated{qualify.B2B, "", s, qualify.UseCaseFit})
		require.Contains(t, fieldValues(t, qualify.NewRuleExtractor(nil), qualify.BANT, s), qualify.Timeline, "%q says when", s)
	}
	requireNotStated(t, not)
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ text, want string }{
		{"hoping to buy in the next 3 months", "hoping to buy"},
		{"Queremos comprar en los próximos 3 meses", "queremos comprar"},
	} {
		require.Equal(t, tc.want, fieldValues(t, ex, qualify.BANT, tc.text)[qualify.Need], "%q", tc.text)
	}
	requireStated(t, []stated{
		{qualify.BANT, "", "hoping to buy a condo in the next 3 months", qualify.Need},
		{qualify.BANT, "", "queremos comprar una casa este año", qualify.Need},
		{qualify.B2B, "", "we want to automate our invoicing this quarter", qualify.UseCaseFit},
		{qualify.BANT, "", "Looking to buy my first home, need a mortgage", qualify.Need},
	})
}
