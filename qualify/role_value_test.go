package qualify_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestRoleIsTheTitleAsWritten: the rep reads the role in the brief and
// does not ask again, so the value is the lead's title as they wrote it
// (case, apostrophes and accents kept), without the lead's way into it
// ("I'm the", "I'm our", "soy la", "I" before the verb of a job), and not
// cut inside the title: a possessive before it and an "of", "de" or
// "del" after it are part of it, a place or a clause after it is not.
// The role read "im the owners assistant", "im our ceos chief" and "soy
// la asistente" (reviewer, stop 82).
func TestRoleIsTheTitleAsWritten(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for text, want := range map[string]string{
		"I'm the owner's assistant, we have 40 people": "owner's assistant",
		"I'm our CEO's chief of staff":                 "CEO's chief of staff",
		"soy la asistente del dueño":                   "asistente del dueño",
		"I'm the practice's office manager":            "practice's office manager",
		"I run ops at O'Reilly's Pub, 12 staff":        "runs ops",
		"soy gerente, una empresa muy pequeña":         "gerente",
		// look-alikes: the complement ends at a preposition, a verb or
		// a clause; a curly apostrophe and a hyphen stay as written
		"I'm chief of staff to the CEO":                        "chief of staff",
		"I'm the head of IT at Acme":                           "head of IT",
		"I'm head of IT looking for a tool":                    "head of IT",
		"I’m the CEO’s chief-of-staff":                         "CEO’s chief-of-staff",
		"I'm the VP of Sales and Marketing, we need 20 seats":  "VP of Sales and Marketing",
		"I'm the head of manufacturing":                        "head of manufacturing",
		"I am the CFO":                                         "CFO",
		"I'm the owner it is a small shop":                     "owner",
		"I run the front desk":                                 "runs the front desk",
		"I basically run patient scheduling":                   "basically runs patient scheduling",
		"soy directora de recursos humanos de una clínica":     "directora de recursos humanos",
		"soy la dueña de una compañía de limpieza":             "dueña de una compañía de limpieza",
		"Soy el Gerente de Operaciones y necesito 10 usuarios": "Gerente de Operaciones",
		"yo manejo las cuentas de la oficina":                  "maneja las cuentas de la oficina",
		"me encargo de la facturación y poco más":              "se encarga de la facturación",
		"Head of ops here":                                     "Head of ops",
		"la gerente":                                           "gerente",
		"Hola, soy la gerente comercial. Necesitamos un CRM":   "gerente comercial",
		// a complement is kept whole or not at all
		"I'm on the board of a 300-member credit union, asking for my shop":   "on the board of a 300-member credit union",
		"I'm on the board of the big regional hospital network in town":       "on the board of the big regional hospital network",
		"I'm the treasurer of the east side youth soccer league booster club": "treasurer",
	} {
		got := fieldValues(t, ex, qualify.B2B, text)[qualify.Role]
		require.Equal(t, want, got, "%q", text)
	}
	// the BANT authority a title fills reads the same
	require.Equal(t, "CEO's chief of staff", fieldValues(t, ex, qualify.BANT, "I'm our CEO's chief of staff")[qualify.Authority])
	// a label of the rules stays a label
	require.Equal(t, "decision maker", fieldValues(t, ex, qualify.BANT, "I'm the Decision Maker here")[qualify.Authority])
}

// TestRoleAnswerIsTheTitleAsWritten: a bare answer to "what's your
// role?" is the title as written, without "I'm the".
func TestRoleAnswerIsTheTitleAsWritten(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(&qualify.ExtractorConfig{NoModel: true})
	for text, want := range map[string]string{
		"Warehouse supervisor":      "Warehouse supervisor",
		"La gerente de la tienda":   "gerente de la tienda",
		"I'm the front-office lead": "front-office lead",
	} {
		vals, err := ex.Extract(t.Context(), qualify.ExtractInput{Schema: qualify.B2B, Text: text,
			History: []qualify.Turn{{Text: "And what's your role there?"}}})
		require.NoError(t, err)
		got := ""
		for _, v := range vals {
			if v.Field == qualify.Role {
				got = v.Value
			}
		}
		require.Equal(t, want, got, "%q", text)
	}
}
