package brief

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// The cues of the brief, as data. Each rule's Name is the label the brief
// shows; patterns use the textmatch syntax (see internal/textmatch). They
// add to [trigger.Analyze], which finds questions, competitors, topics,
// frustration and the objections, price worries among them ("worried
// about the price", "rate seems too high": "price concern"), read here
// sentence by sentence.

// labelPriceWorry is trigger's objection for a price worry; the summary
// and the one thing the lead needs most put it first.
const (
	labelPriceWorry   = "price concern"
	labelDecidesAlone = "decides alone"
	// labelFrustrated is what a frustrated lead needs most.
	labelFrustrated = "to be heard by a person: they are frustrated"
)

// The cues read Spanish and Spanglish as they read English ("lo antes
// posible", "pago de contado", "tengo que consultarlo con mi esposo",
// "let me check con mi esposa"): a Spanish conversation's brief must not
// tell the rep to ask again what the lead said. Labels stay in English,
// the rep's language.

var urgencyCues = textmatch.MustCompile(map[string]textmatch.Set{
	"soon": textmatch.NewSet("asap", "urgent", "urgently", "immediately", "quickly", "fast", "soon", "hurry"),
	"unit": textmatch.NewSet("day", "days", "week", "weeks", "dia", "dias", "semana", "semanas"),
	"close": textmatch.NewSet("closing", "closes", "close", "deadline", "due", "auction", "expires", "expiring", "moving", "move", "leaving", "start", "starts",
		"cierro", "cierra", "cerramos", "cerrar", "cierre", "mudo", "mudamos", "mudarme", "mudarnos", "mudanza", "subasta", "remate",
		"vence", "vencen", "plazo", "empiezo", "empieza", "empezamos"),
	"dia": textmatch.NewSet("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "manana"),
}, []textmatch.Rule{
	{Name: "hard deadline", Pattern: "@close ~4 in|within|en|de _ @unit"},
	{Name: "hard deadline", Pattern: "by|before friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|tonight|eom"},
	{Name: "hard deadline", Pattern: "end of ~1 month|week / first of the month / deadline|auction ~3 is|on|date"},
	// "antes del viernes", "a más tardar el lunes", "la subasta es el 15"
	{Name: "hard deadline", Pattern: "antes del|de @dia / a mas tardar / fecha limite / fin de ~1 mes / primero de mes / subasta|remate ~3 es|el|fecha"},
	{Name: "this week", Pattern: "this|next week / esta|proxima semana / la semana que viene"},
	{Name: "wants it fast", Pattern: "asap / as soon as possible / right away / urgent|urgently / immediately / need|needs ~3 fast|quickly|soon"},
	{Name: "wants it fast", Pattern: "in a hurry / time sensitive / running out of time / cant wait"},
	{Name: "wants it fast", Pattern: "lo antes posible / lo mas pronto|rapido posible / pronto posible / cuanto antes / urgente|urgentemente|urgencia / de inmediato / inmediatamente / tengo|tenemos prisa / estoy|estamos apurado|apurada|apurados|apuradas / necesito|necesitamos|quiero|queremos ~3 rapido|pronto"},
})

var moneyCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "pre-approved", Pattern: "preapproved|preapproval / pre approved|approval"},
	{Name: "pre-approved", Pattern: "preaprobado|preaprobada|preaprobados|preaprobacion / pre aprobado|aprobada|aprobados|aprobacion"},
	{Name: "paying cash", Pattern: "pay|paying|buying in? cash / cash buyer|offer"},
	{Name: "paying cash", Pattern: "pago|pagar|pagaria|pagamos|pagariamos|compro|compramos|comprar|comprariamos en|de|al efectivo|contado / comprador|oferta en|de efectivo|contado"},
	{Name: "needs financing", Pattern: "financing|finance|loan|mortgage|lender|credit"},
	{Name: "needs financing", Pattern: "financiamiento|financiacion|financiar|financiado|prestamo|prestamos|hipoteca|hipotecario|credito|prestamista"},
	{Name: "owes on it", Pattern: "owe|owes|owed / still have a mortgage / behind on|in ~2 payments|mortgage / underwater / upside down"},
	// "todavía debo la hipoteca", "atrasado en los pagos" (a bare "debo"
	// is also "I must")
	{Name: "owes on it", Pattern: "debo|debemos|debe ~3 hipoteca|casa|banco|pagos|mensualidades|prestamo / todavia|aun tengo|tenemos|pagamos|pago ~1 hipoteca|prestamo / atrasado|atrasada|atrasados|atrasadas|atrasos ~3 pago|pagos|hipoteca|mensualidades / vale menos de lo que debo|debemos"},
	{Name: "budget", Pattern: "budget|budgeted / presupuesto|presupuestado"},
})

// decisionCues find who decides, in English, Spanish and the two mixed;
// "decides with" rules name the person from the first @who word they
// matched (whoLabels). A person named for another reason ("mi esposo
// trabaja hasta las 6", "el número es de mi esposo", "vamos a ver la
// casa con mi esposo") matches no rule: each needs a word of consulting,
// deciding, signing or owning.
var decisionCues = textmatch.MustCompile(map[string]textmatch.Set{
	"who":  decisionWho,
	"my":   textmatch.NewSet("my", "our", "the", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "el", "la", "los", "las"),
	"mine": textmatch.NewSet("my", "our", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"),
	// "consultarlo con", "platicarlo con", "lo decido con", "hablarlo con"
	"consulta": textmatch.NewSet("consultar", "consultarlo", "consultarla", "consulto", "consultare", "consultaria", "consultamos",
		"hablarlo", "hablarla", "platicar", "platicarlo", "platicarla", "platico", "platicare", "platicamos",
		"comentar", "comentarlo", "comento", "comentare", "checar", "checarlo", "checo", "chequearlo", "revisar", "revisarlo", "reviso",
		"discutir", "discutirlo", "decidir", "decidirlo", "decido", "decidimos", "decidiremos"),
	// speaking to or asking someone, which is consulting them only when
	// they are the lead's own ("hablar con mi esposo", not "quiero hablar
	// con el gerente", who is the business's)
	"habla":  textmatch.NewSet("hablar", "hablo", "hablare", "hablamos", "preguntar", "preguntarle", "preguntarles", "pregunto", "preguntare"),
	"decide": textmatch.NewSet("decide", "deciden", "decidira", "decidiran", "firma", "firman", "aprueba", "aprueban", "autoriza", "autorizan"),
	"debe":   textmatch.NewSet("aprobar", "firmar", "decidir", "autorizar", "aprobarlo", "firmarlo", "decidirlo", "autorizarlo"),
}, []textmatch.Rule{
	{Name: "decides with", Pattern: "talk|check|ask|discuss|consult ~3 @my @who / run it? by ~2 @my @who"},
	{Name: "decides with", Pattern: "my|our @who and i / @who and i ~3 decide|own|agree|need|want"},
	{Name: "decides with", Pattern: "@who ~2 decides|decide|signs|approves|approve / @who ~2 has the final / @who ~3 on the title / coowner|coowners"},
	// "tengo que consultarlo primero con mi esposo", "preguntarle a mis
	// hijos", "tengo que ver eso con mi socio" (not "ver la casa con")
	{Name: "decides with", Pattern: "@consulta ~3 con|a|entre @my @who / @habla ~3 con|a @mine @who / ver|verlo|veo|vemos eso|esto? con @my @who"},
	// "mis papás deciden", "lo decide el jefe", "lo tiene que aprobar la
	// junta", "la que decide es mi mamá", "depende de mi esposo"
	{Name: "decides with", Pattern: "@my @who ~2 @decide / @my @who ~3 tiene|tienen la ultima palabra / @my @who ~3 tiene|tienen que @debe"},
	{Name: "decides with", Pattern: "lo|la|eso @decide ~1 @my @who / tiene|tienen que @debe ~1 @my @who / quien|que @decide|manda es|son @my @who / depende de @my @who / la ultima palabra la tiene|tienen @my @who"},
	// "mi hermana y yo somos las dueñas", "lo decidimos entre mi esposa y
	// yo", "la casa está a nombre de mis papás", "mi hermano también está
	// en las escrituras"
	{Name: "decides with", Pattern: "@my @who y yo ~3 decidimos|decidiremos|decidir|heredamos|compramos|firmamos|queremos / @my @who y yo ~1 somos ~2 duenos|duenas|propietarios|propietarias / entre @my @who y yo"},
	{Name: "decides with", Pattern: "casa|propiedad|terreno|titulo|escritura|escrituras|departamento|apartamento|negocio|empresa|contrato ~3 a nombre de @my @who / @my @who ~3 en el|la|las|los titulo|escritura|escrituras / @my @who ~2 es|son dueno|duena|duenos|duenas|propietario|propietaria|propietarios|copropietario|copropietaria"},
	{Name: labelDecidesAlone, Pattern: "my call|decision / i decide|sign / i own it / im the owner / im the decision maker / im the only|sole owner / up to me"},
	{Name: labelDecidesAlone, Pattern: "yo decido|firmo / es mi decision / la decision es mia / soy el|la unico|unica? dueno|duena|propietario|propietaria / yo soy quien|el|la que? decide / depende de mi | / depende solo de mi"},
})

var interestCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "cash offer", Pattern: "cash offer / offer in cash / oferta|ofertas en|de efectivo|contado"},
	{Name: "selling as-is", Pattern: "as is / as it is / without repairs|fixing / tal|asi como|cual esta|estan / sin reparaciones|arreglos|arreglar|reparar|remodelar"},
	{Name: "quick close", Pattern: "quick|fast close|closing|sale / venta|cierre|compra rapida|rapido|express"},
	{Name: "renting back", Pattern: "rent back / rentback|leaseback / stay ~3 after closing / quedarme|quedarnos ~3 despues del|de cierre|venta|vender"},
	{Name: "closing costs", Pattern: "closing costs / costos|gastos de cierre|escrituracion"},
	{Name: "moving help", Pattern: "help|helping ~2 moving|move / moving costs / ayuda|ayudar|ayudan ~3 mudanza|mudarnos|mudarme / gastos|costos de mudanza"},
	{Name: "integrations", Pattern: "integrate|integrates|integration|integrations|api|salesforce|hubspot|zapier|slack / integrar|integra|integran|integracion|integraciones"},
	// ("informes" is also "information": "quiero informes de la casa")
	{Name: "reporting", Pattern: "report|reports|reporting|dashboard|dashboards|analytics / reporte|reportes|tablero|tableros|analitica|metricas|estadisticas"},
	{Name: "security", Pattern: "security|sso|soc|gdpr|hipaa|compliance|encryption / seguridad|cifrado|encriptacion|privacidad"},
	{Name: "onboarding", Pattern: "onboarding|training|setup|implementation|migrate|migration / capacitacion|entrenamiento|implementacion|migracion|migrar"},
	{Name: "a demo", Pattern: "demo|trial|walkthrough / walk through / demostracion / prueba gratis|gratuita / periodo de prueba"},
	{Name: "warranty", Pattern: "warranty|guarantee / garantia|garantias"},
	{Name: "installation", Pattern: "install|installation|installing / instalar|instalarlo|instalacion|instalan"},
})

// sentimentCues score a lead message: positive rules add, negative rules
// subtract; frustration ([trigger.Analyze]) is -2.
var sentimentCues = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "+", Pattern: "thanks|thank|great|perfect|awesome|excellent|amazing|wonderful|love|glad|excited|happy|appreciate|appreciated"},
	{Name: "+", Pattern: "sounds good|great / works for me / lets do it|this / cant wait / looking forward"},
	{Name: "+", Pattern: "gracias|genial|perfecto|perfecta|excelente|increible|maravilloso|encanta|encantado|encantada|feliz|contento|contenta|emocionado|emocionada|agradezco|agradecido|agradecida|buenisimo|chido|chevere"},
	{Name: "+", Pattern: "suena bien|genial|perfecto / me parece bien|perfecto / me funciona|sirve / hagamoslo"},
	{Name: "-", Pattern: "worried|worry|concerned|nervous|stressed|stressful|scared|confused|unfortunately|sad|upset|overwhelmed"},
	{Name: "-", Pattern: "not happy|sure|thrilled|interested / dont like|want / no thanks"},
	{Name: "-", Pattern: "preocupa|preocupado|preocupada|preocupados|preocupacion|nervioso|nerviosa|estresado|estresada|asustado|asustada|confundido|confundida|desafortunadamente|lamentablemente|triste|molesto|molesta|abrumado|abrumada"},
	{Name: "-", Pattern: "no me|nos gusta|gustan|convence|interesa / no gracias / no estoy|estamos seguro|segura|seguros|contento|contenta|interesado|interesada"},
})

// cueHits are the labels one message matched.
type cueHits struct {
	urgency, money, decision, interests []string
	pos, neg                            []string // sentiment cue words
}

func scan(text string) cueHits {
	t := textmatch.Cached(text)
	var h cueHits
	names := func(m *textmatch.Matcher) []string {
		var out []string
		m.Each(t, func(x textmatch.Match) bool {
			out = appendNew(out, x.Name)
			return true
		})
		return out
	}
	h.urgency = names(urgencyCues)
	h.money = names(moneyCues)
	for _, a := range textmatch.Amounts(t) {
		if a.Explicit {
			h.money = appendNew(h.money, "amount: "+dollars(a.Value))
		}
	}
	decisionCues.Each(t, func(x textmatch.Match) bool {
		label := x.Name
		if label != labelDecidesAlone {
			who := ""
			for _, w := range t.Toks[x.Start:x.End] {
				if decisionWho.Has(w) {
					who = w
					break
				}
			}
			if who == "" {
				return true
			}
			label = "decides with " + whoLabel(who)
		}
		h.decision = appendNew(h.decision, label)
		return true
	})
	h.interests = names(interestCues)
	sentimentCues.Each(t, func(x textmatch.Match) bool {
		words := strings.Join(t.Toks[x.Start:x.End], " ")
		if x.Name == "+" {
			h.pos = append(h.pos, words)
		} else {
			h.neg = append(h.neg, words)
		}
		return true
	})
	return h
}

// whoLabels are the people a lead decides with, in English and Spanish,
// each with the brief's English word for them.
var whoLabels = map[string]string{
	"wife": "wife", "husband": "husband", "spouse": "spouse", "partner": "partner", "brother": "brother", "sister": "sister",
	"mom": "mom", "dad": "dad", "mother": "mother", "father": "father", "parents": "parents", "boss": "boss", "board": "board",
	"team": "team", "cfo": "cfo", "ceo": "ceo", "owner": "owner", "kids": "kids", "son": "son", "daughter": "daughter",
	"family": "family", "lawyer": "lawyer", "attorney": "attorney", "accountant": "accountant", "siblings": "siblings",

	"esposo": "husband", "marido": "husband", "esposa": "wife", "mujer": "wife", "pareja": "partner",
	"socio": "business partner", "socia": "business partner", "socios": "business partners",
	"jefe": "boss", "jefa": "boss", "junta": "board", "directiva": "board", "gerente": "manager", "equipo": "team",
	"dueno": "owner", "duena": "owner", "hermano": "brother", "hermana": "sister", "hermanos": "siblings", "hermanas": "sisters",
	"mama": "mom", "madre": "mother", "papa": "dad", "padre": "father", "papas": "parents", "padres": "parents",
	"hijo": "son", "hija": "daughter", "hijos": "kids", "hijas": "daughters", "familia": "family",
	"abogado": "lawyer", "abogada": "lawyer", "contador": "accountant", "contadora": "accountant",
	"suegro": "father-in-law", "suegra": "mother-in-law", "suegros": "in-laws",
}

var decisionWho = textmatch.NewSet(slices.Collect(maps.Keys(whoLabels))...)

// whoLabel names the person of the @who word w for the rep.
func whoLabel(w string) string {
	if l, ok := whoLabels[w]; ok {
		w = l
	}
	switch w {
	case "cfo", "ceo":
		return "the " + w
	}
	return "their " + w
}

// sentimentOf scores one lead message.
func sentimentOf(m store.Message, sig trigger.Signals, h cueHits) SentimentPoint {
	p := SentimentPoint{MessageID: m.ID, At: m.CreatedAt}
	switch {
	case sig.Frustrated:
		p.Score, p.Cue = -2, sig.FrustrationRule
	case len(h.neg) > len(h.pos):
		p.Score, p.Cue = -1, h.neg[0]
	case len(h.pos) > len(h.neg):
		p.Score, p.Cue = 1, h.pos[0]
		if sig.Commitment >= 2 || len(h.pos) > 1 {
			p.Score = 2
		}
	case sig.Commitment >= 2:
		p.Score, p.Cue = 1, sig.CommitmentCue
	}
	switch {
	case p.Score < 0:
		p.Label = "negative"
	case p.Score > 0:
		p.Label = "positive"
	default:
		p.Label = "neutral"
	}
	return p
}

// dollars formats whole dollars with thousands separators.
func dollars(v int) string {
	s := fmt.Sprint(v)
	out := make([]byte, 0, len(s)+len(s)/3+1)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return "$" + string(out)
}
