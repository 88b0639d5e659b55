package handoff_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// A lead who writes Spanish gets the AI's qualifying replies in Spanish
// from the defaults (the template, no LLM), as they get the bridge and
// the notices: each reply asks the next missing field of the schema in
// Spanish, and the lead's short answer to it fills that field, so the
// conversation moves on to the next question (or, two fields given,
// hands off under the real-estate schema). The replies were English
// ("Thanks Dana! What's behind the decision to sell?") between a Spanish
// greeting and a Spanish bridge.
func TestSpanishLeadGetsSpanishReplies(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{})
	for _, tc := range []struct {
		schema  qualify.Schema
		hello   string
		answers []string // to the first questions, in order
	}{
		{qualify.RealEstate, "Hola, vi su anuncio de que compran casas", []string{"nos vamos a otro estado por trabajo", "necesita techo nuevo"}},
		{qualify.BANT, "Hola, me interesa su servicio", []string{"como 20 mil", "no, solo yo"}},
		{qualify.B2B, "Hola, me interesa su software", []string{"somos unos 40", "soy la gerente de ventas"}},
	} {
		t.Run(tc.schema.Name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, func(c *handoff.Config) { c.Schema = tc.schema })
			c := b.start(t, "c1")
			out := b.receive(t, "c1", tc.hello)
			require.Equal(t, handoff.OutcomeReplied, out.Kind, "%+v", out)
			for i, f := range tc.schema.Fields[:len(tc.answers)] {
				var missing []string
				for _, m := range tc.schema.Fields[i:] {
					missing = append(missing, string(m))
				}
				want := tpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: c.ID, LeadName: c.Lead.Name, Lang: "es", Missing: missing})
				require.Equal(t, want, out.Reply, "asks %s", f)
				require.NotEqual(t, want, tpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: c.ID, LeadName: c.Lead.Name, Missing: missing}))
				out = b.receive(t, "c1", tc.answers[i])
				if i < len(tc.answers)-1 {
					require.Equal(t, handoff.OutcomeReplied, out.Kind, "%+v", out)
				}
				conv := b.dump(t, "c1").Conv
				require.Equal(t, "es", conv.Lang)
				require.Contains(t, conv.Fields, store.FieldName(f), "%q to %q fills %s", tc.answers[i], want, f)
			}
		})
	}
}
