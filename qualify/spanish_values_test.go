package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestSpanishTimelineAsSaid: a Spanish span of time is kept as the lead
// said it, not half in English ("within los proximos 3 meses", "within 2
// semanas" reached the rep's brief); an English one is still "within".
func TestSpanishTimelineAsSaid(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ text, want string }{
		{"Queremos comprar en los próximos 3 meses", "en los proximos 3 meses"},
		{"en 2 semanas", "en 2 semanas"},
		{"dentro de un mes", "dentro de un mes"},
		{"we need it done in 2 weeks", "within 2 weeks"},
		{"in the next 3 months", "within the next 3 months"},
	} {
		require.Equal(t, tc.want, fieldValues(t, ex, qualify.BANT, tc.text)[qualify.Timeline], "%q", tc.text)
	}
}

// TestSpanishTitlesAreRoles: the Spanish of a title the rules know in
// English fills the role ("soy vicepresidente de ventas" filled none,
// while "soy VP de ventas" did).
func TestSpanishTitlesAreRoles(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.B2B, "", "soy vicepresidente de ventas", qualify.Role},
		{qualify.B2B, "", "soy la fundadora", qualify.Role},
		{qualify.B2B, "", "coordinadora de operaciones", qualify.Role},
		{qualify.BANT, "", "soy vicepresidenta de finanzas y yo decido", qualify.Authority},
	})
	requireNotStated(t, []stated{
		{qualify.B2B, "", "mi asesor me dijo que les escribiera", qualify.Role},
	})
}
