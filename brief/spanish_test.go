package brief_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
)

// TestBuild_DecisionMakerInSpanish: who decides is read in Spanish and
// in Spanglish as it is in English, so that a rep is not told to ask
// who signs off right after the lead said she must consult her husband
// ("tengo que consultarlo con mi esposo primero" was listed as the
// objection "needs to consult" while DecisionMaker said "not stated" and
// DoNotAsk was empty). A relative or a boss named for another reason
// (whose number it is, who works late, who comes to see the house)
// says nothing of who decides.
func TestBuild_DecisionMakerInSpanish(t *testing.T) {
	t.Parallel()
	with := func(who string) string { return "decides with " + who + ": bring them into the call" }
	const notStated = "not stated: ask who else is on the title or signs off"
	cases := map[string]string{
		"tengo que consultarlo con mi esposo primero":         with("their husband"),
		"déjame platicarlo con mi esposa y te aviso":          with("their wife"),
		"lo tengo que hablar con mi pareja":                   with("their partner"),
		"primero tengo que ver con mi socio":                  with("their business partner"),
		"tengo que ver eso con mi marido":                     with("their husband"),
		"eso lo decide el jefe, no yo":                        with("their boss"),
		"lo tiene que aprobar la junta":                       with("their board"),
		"necesito preguntarle a mis hijos":                    with("their kids"),
		"mi papá tiene la última palabra":                     with("their dad"),
		"la que decide es mi mamá":                            with("their mom"),
		"mi hermana y yo somos las dueñas":                    with("their sister"),
		"lo decidimos entre mi esposa y yo":                   with("their wife"),
		"la casa está a nombre de mis papás":                  with("their parents"),
		"mi hermano también está en las escrituras":           with("their brother"),
		"déjame consultar con el abogado":                     with("their lawyer"),
		"let me check con mi esposa":                          with("their wife"),
		"I need to ask mi esposo first":                       with("their husband"),
		"tengo que talk with my husband":                      with("their husband"),
		"lo tengo que run by mi socia":                        with("their business partner"),
		"yo decido, soy la única dueña":                       "decides alone",
		"es mi decisión":                                      "decides alone",
		"mi esposo trabaja hasta las 6, mejor llámame a mí":   notStated,
		"vamos a ver la casa con mi esposo el sábado":         notStated,
		"el número que tienen es de mi esposo":                notStated,
		"tengo una junta a las 3, llámame después":            notStated,
		"mi hijo me ayuda con los mensajes":                   notStated,
		"mi papá falleció y heredé la casa":                   notStated,
		"mi esposo y yo vamos a estar fuera el fin de semana": notStated,
		"quiero hablar con el dueño":                          notStated,
		"¿puedo hablar con el gerente?":                       notStated,
		"prefiero hablar con el equipo de ventas":             notStated,
		"depende de mi esposo":                                with("their husband"),
	}
	for text, want := range cases {
		assert.Equal(t, want, brief.Build(leadSays(text)).DecisionMaker, text)
	}

	b := brief.Build(leadSays("¿me puede llamar alguien?", "tengo que consultarlo con mi esposo primero"))
	require.Contains(t, labelsOf(b.Objections), "needs to consult")
	require.Contains(t, b.DoNotAsk, `who decides: decides with their husband ("tengo que consultarlo con mi esposo primero")`)
}

// TestBuild_SpanishCues: the brief's other cues (urgency, money,
// interests, sentiment) read a Spanish conversation as they read an
// English one, so a Spanish lead's deadline, cash offer or worry reaches
// the rep; the words alone in another sense do not.
func TestBuild_SpanishCues(t *testing.T) {
	t.Parallel()
	cases := map[string][]string{
		"necesito vender lo antes posible":           {"wants it fast"},
		"es urgente, me cambio de trabajo":           {"wants it fast"},
		"tengo que cerrar antes del viernes":         {"hard deadline"},
		"nos mudamos en dos semanas":                 {"hard deadline"},
		"la subasta es el 15":                        {"hard deadline"},
		"quiero hacerlo esta semana":                 {"this week"},
		"ya estoy preaprobado":                       {"pre-approved"},
		"pago de contado":                            {"paying cash"},
		"voy a necesitar financiamiento":             {"needs financing"},
		"todavía debo la hipoteca":                   {"needs financing", "owes on it"},
		"tengo un presupuesto":                       {"budget"},
		"me interesa una oferta en efectivo":         {"cash offer", "paying cash"},
		"la vendo tal como está, sin reparaciones":   {"selling as-is"},
		"quiero una venta rápida":                    {"quick close"},
		"¿quién paga los costos de cierre?":          {"closing costs"},
		"¿se integra con nuestro sistema de nómina?": {"integrations"},
		"¿tienen reportes para el gerente?":          {"reporting"},
		"¿qué tal la seguridad de los datos?":        {"security"},
		"¿incluye la capacitación del equipo?":       {"onboarding"},
		"¿me pueden dar una demostración?":           {"a demo"},
		"¿tiene garantía?":                           {"warranty"},
		"¿cuánto cuesta la instalación?":             {"installation"},
	}
	cues := func(b brief.Brief) []string {
		return slices.Concat(labelsOf(b.Urgency), labelsOf(b.Money), labelsOf(b.Interests))
	}
	for text, want := range cases {
		got := cues(brief.Build(leadSays(text)))
		for _, w := range want {
			assert.Contains(t, got, w, text)
		}
	}
	for text, not := range map[string][]string{
		"la semana pasada vimos otra casa":                {"this week"},
		"me pagan en efectivo en el trabajo, ¿y ustedes?": {"paying cash", "cash offer"},
		"¿cómo está? quiero informes de la casa":          {"selling as-is", "reporting"},
		"debo llamar a mi hermano antes":                  {"owes on it"},
		"lo vimos pronto, gracias":                        {"wants it fast"},
	} {
		got := cues(brief.Build(leadSays(text)))
		for _, w := range not {
			assert.NotContains(t, got, w, text)
		}
	}

	scores := func(texts ...string) []int {
		var out []int
		for _, p := range brief.Build(leadSays(texts...)).Sentiment {
			out = append(out, p.Score)
		}
		return out
	}
	require.Equal(t, []int{2, 0, -1, -1}, scores("muchas gracias, perfecto", "ok", "me preocupa la casa", "no me gusta esa opción"))
	require.Equal(t, "cooling", brief.Build(leadSays("excelente, me encanta", "estoy muy preocupada")).Trend)
}
