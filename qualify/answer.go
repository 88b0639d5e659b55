package qualify

import (
	"slices"
	"strconv"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// A lead answering the assistant's question often states a field in a
// few bare words: "somewhere between 280 and 320" after "what price range
// are you shopping in?", "me, my husband's fine with whatever I pick"
// after "are you the one deciding?", "mostly my daughter's tuition" after
// "what would you use it for?". The words alone carry no cue; the
// question supplies it. The rule extractor reads the assistant's last
// turn in [ExtractInput.History], finds which fields it asks about
// (questionRules), and, for an asked field the message's own cues did not
// fill, reads the answer leniently (answerValue), at a confidence a
// little below a clear cue's.

// questionRules name the fields an assistant's question asks about.
var questionRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "money", Pattern: "budget|presupuesto|afford / price|precio range|rango / how much / cuanto / monthly payment / pago mensual / spend|gastar|pagar|paying|pay / number in mind / what would you take|accept"},
	{Name: "money", Pattern: "rango de|del precio / asking price / cuanto pide|piden|quiere|quisiera"},
	// "¿qué rango le queda cómodo?", "what range works for you?"
	{Name: "money", Pattern: "que|cual rango / what|which range"},
	// "Do you have a range in mind for the home price?"
	{Name: "money", Pattern: "range|figure|amount|price in mind / range for|on ~2 price|payment|loan|precio|pago"},
	// "what monthly premium could you manage?", "¿qué cuota le queda cómoda?"
	{Name: "money", Pattern: "premium|premiums|cuota|prima / could|can you manage / comfortable with|paying / monthly amount|payment"},
	// "what would you want to keep the total monthly under?"
	{Name: "money", Pattern: "keep ~4 under|below|less|bajo|debajo"},
	{Name: "authority", Pattern: "decide|decides|deciding|decision|decisions|decisiones|decida / anyone|someone|anybody else / alguien mas / who else / sign|signs off / approve|approves|aprueba / on the loan|title|deed|policy|application|mortgage / in your name / are you the one / quien decide|firma / es suyo|suya / your role|position|title|job / what do you do for a? living|work / what do you do there / the homeowner|owner|duena|dueno|propietario|propietaria / own or|o rent|renting|lease|leasing|renta|rentan / own ~2 the|this|your home|house|place|property|space / es suya|suyo|propia / are you renting|leasing / your home|house|place or"},
	// "the only owner, or is there a co-owner?", "¿usted es el dueño?",
	// "¿está a su nombre?", "is it your house?", "be the one approving"
	// "anyone buying with you?", "is it just you, or a partner too?"
	{Name: "authority", Pattern: "anyone|anybody|someone buying|applying|signing|deciding|on ~2 with you / just|only you / just|only be you / solo usted|tu / alguien mas / business partner|partners"},
	{Name: "authority", Pattern: "who handles|manages|runs|does|oversees / who takes care of / quien maneja|lleva|administra / quien se encarga / where do|does you sit / your role|position / what do you do at|there|for"},
	// "are you the policyholder, or is it under your husband?", "¿usted
	// es el titular?"
	{Name: "authority", Pattern: "policyholder|policyholders|titular / policy|account holder / named insured / under your|his|her|whose name"},
	// "what kind of role are you in?", "¿cuál es tu papel en la
	// gestoría?", "¿qué puesto tiene?"
	{Name: "authority", Pattern: "role|position|title ~2 are|do you / cual es tu|su papel|rol|puesto|cargo / que puesto|cargo|rol|papel / tu|su papel|rol|puesto|cargo en"},
	// "who'll be signing for the policy?", "¿quién va a firmar?"
	{Name: "authority", Pattern: "who ~2 signing|paying|approving|pays|signs / quien ~2 firma|firmaria|firmara|paga|pagara|aprueba|firmar|pagar|aprobar"},
	// "you're the one making the call?", "it's your house, right?"
	{Name: "authority", Pattern: "you are the one / it is your house|home|place|property|building / your own home|house|place|property|building"},
	{Name: "authority", Pattern: "owner|owners|coowner|dueno|duena|duenos|propietario|propietaria / a su|tu nombre / a nombre de|del / is it|this|that your house|home|place|property|building / es su|tu casa|propiedad / approving|aprobar|autoriza|autorizar"},
	{Name: "timeline", Pattern: "when|cuando|timeline|timeframe / how soon / by when / a|any|the date|deadline / need it|this|them by / fecha|plazo"},
	// a choice of times: "today, or is later this week okay?"
	{Name: "timeline", Pattern: "today|tomorrow|hoy|manana |? or|o / or|o ~3 later this|next week / this|esta week|semana |? or|o"},
	// "when's a good time to call?", "¿qué hora le conviene?" schedule a
	// call; the answer is no timeline for the deal
	{Name: "call time", Pattern: "good|best|better time / time ~3 call|reach|talk|chat|works|work / what time / que hora / a que hora / que dia ~2 va|conviene|queda / hora le|te conviene|queda"},
	// a turn that announces the call: "Amanda will call you with a
	// side-by-side. When works?"
	// "want me to check back next week?": when to follow up, no time
	// for the deal
	// (asked, not told: "I'll check back then, when are you thinking of
	// listing?" asks the timeline)
	{Name: "call time", Pattern: "want|should|shall|can|could|may me|i|we to? check back|in / want|should|shall|can|could|may me|i|we to? follow|circle|reach|touch up|back|base"},
	{Name: "call time", Pattern: "call|ring|phone|text|reach you / reach out / set up ~2 a|the visit|call|time / le|te|lo|la llame|llama|llamara|contacte|contacta|escriba|escribe / que le|te llame|contacte"},
	// "what prompted you to reach out?", "¿qué le hizo buscar?", "what
	// are you hoping it helps with?", "what do you need help with?"
	// "what's prompting the search?", "anything I can help with?", "¿en
	// qué le puedo ayudar?"
	{Name: "need", Pattern: "what is|was prompting|prompted|driving / what|anything can|could i|we help ~2 with / en que le|te|les puedo|podemos|podria ayudar / how can|could i|we help"},
	{Name: "need", Pattern: "off your plate / how can|could we|i help / pain point|points / biggest|main headache|frustration / what prompted you / what made you ~2 reach|look|start|call|think / hoping|want|need|expecting ~3 help|helps with / que le|te hizo ~2 buscar|llamar|pensar"},
	// what insurance should cover: "what are you mainly looking to
	// cover?", "¿qué le gustaría asegurar?"
	{Name: "need", Pattern: "looking|want|wanting|need|needing|hoping|trying to cover|insure|protect / want|need|like ~2 covered|insured|protected / que ~4 cubrir|asegurar|proteger"},
	// "what are you looking to do?", "¿qué quiere hacer?"
	{Name: "need", Pattern: "what are you looking|hoping|wanting|trying|planning to do|accomplish / what do you want|need to do / what are you thinking|picturing|envisioning / what do you have in mind / que ~1 quiere|quieres|quieren|busca|buscas|buscan|piensa|piensas hacer"},
	// "¿qué problema quieren resolver?", "what problem are you solving?"
	{Name: "need", Pattern: "que|cual problema|problemas|necesidad / what|which problem|problems|issue|issues"},
	{Name: "need", Pattern: "hoping|looking|want|wanting|expecting ~2 to? get out of / to use ~2 for / would you use ~2 for / use it|them|this|that for / use the money|loan|funds|credit|cash|equity|proceeds for / para que / what can we help / en que le|te|les podemos ayudar / what is going on / what is happening / the|main|any|biggest ~1 issue|issues|problem|problems|problema|problemas|challenge|challenges|trouble / looking|hoping|trying|want|wanting ~1 to solve|fix|replace / what brings you / what is it doing / que le pasa / que esta haciendo / what project|job / what is the project|job / what kind of work / que proyecto|trabajo / what are you looking for / que busca|buscas|buscan|necesita|necesitas"},
	// what the product would replace or what they use now: "what would
	// it be replacing?", "¿qué usan ahora para eso?"
	{Name: "need", Pattern: "replace|replacing / switch|switching from / what|which ~3 using|use now|today|currently / que|cual usan|usas|usa|utilizan ~2 ahora|hoy|actualmente"},
	{Name: "motivation", Pattern: "why ~5 sell|selling|vender|vende / por que ~5 sell|selling|vender|vende / what made you ~2 sell|selling|consider / what is|has got you / reason|motivo"},
	// "what's got you thinking about selling?", "¿qué la motiva a vender?"
	{Name: "motivation", Pattern: "thinking about|of selling|a sale / motiva|motivates|motivated|motivating / pensando en vender"},
	{Name: "condition", Pattern: "condition|shape|estado / repairs|updates|reparaciones / needs any work"},
	// "¿me cuenta un poco de la casa?", "¿cómo está la casa?", "tell me a
	// little about the house"
	{Name: "condition", Pattern: "contar|cuenta|cuente|cuentame|cuenteme|platiqueme|platicame ~4 de|sobre la ~1 casa|propiedad / como esta|estan la|el ~1 casa|propiedad|techo / tell me ~3 about the|your ~1 house|home|place|property|condo"},
	{Name: "size", Pattern: "how many ~3 people|folks|employees|users|seats|reps|agents|locations|staff|techs|empleados|usuarios / team size / size of your team|company / cuantos|cuantas ~3 empleados|usuarios|personas|sois|son|somos|restaurantes|locales|sucursales|tiendas|clinicas|oficinas|ubicaciones|trabajadores / how many ~3 restaurants|stores|clinics|offices|trucks|branches|sites / how big|large ~3 company|team|org|organization|business|shop|crew|staff|outfit|operation / tamano de"},
	// what the lead is after, asked as a kind or a choice: "what type of
	// coverage?", "¿qué tipo de seguro busca?", "buying or refinancing?",
	// "¿para usted o para la familia?", "personal or work?"; it names the
	// need only when no other field matched the question ("what kind of
	// shape is it in?" asks about condition)
	// a choice listed with commas: "buying, refinancing, or just looking?"
	// what they mean to buy: "what are you hoping to buy?", "¿qué busca
	// comprar?"
	{Name: "kind", Pattern: "what|que ~3 hoping|looking|wanting|planning|trying|quiere|quieres|busca|buscas|piensa|piensas to? buy|purchase|comprar|finance|financiar"},
	// "¿es para un carro o varios?"
	{Name: "kind", Pattern: "un|una carro|auto|casa|vehiculo|propiedad|camioneta|poliza ~1 o ~1 varios|varias|mas|dos"},
	// "¿busca comprar o refinanciar?"
	{Name: "kind", Pattern: "comprar|compra ~3 o ~2 refinanciar|refinanciamiento / refinanciar ~3 o ~2 comprar|compra"},
	// "buying or switching?", "new policy or switching carriers?"
	{Name: "kind", Pattern: "buy|buying|purchase|purchasing|new|first ~4 or ~2 switch|switching / switch|switching ~3 or ~2 buy|buying|new|first"},
	{Name: "kind", Pattern: "buy|buying|purchase|purchasing |? refi|refinance|refinancing|refinanciar / refi|refinance|refinancing |? buy|buying|purchase / home|auto|car|life|renters|health |? home|auto|car|life|renters|health"},
	// a choice between kinds of insurance: "life or health?", "¿de auto o de casa?"
	{Name: "kind", Pattern: "life|health|auto|car|home|homeowners|renters|dental|vida|salud|casa|hogar ~2 or|o ~2 life|health|auto|car|home|homeowners|renters|dental|vida|salud|casa|hogar"},
	{Name: "kind", Pattern: "what|which kind|type|sort of / que|cual tipo|clase de / buy|buying|purchase|purchasing|shopping ~3 or ~2 refi|refinance|refinancing / refi|refinance|refinancing ~3 or ~2 buy|buying|purchase / lower ~3 rate|payment or / repair or ~2 replace|replacement|replacing / reparacion|reparar ~3 o ~2 cambiar|cambiarlo|reemplazo / personal or|o ~2 work|business|trabajo|negocio / for|para you|usted|ti or|o ~3 family|familia|someone|alguien|team / term or whole / what|which coverage|coverages|policy|plan|plans|service|services / or both|either / o ambos|ambas / o los|las dos / what|which vehicle|vehicles|cars|car / que|cuales vehiculos|carros|autos|coches"},
})

// question is what the assistant's last turn before the message (see
// lastQuestion) asks about.
type question struct {
	fields []Field // the fields of the schema it asks about
	// kind: it asks for a kind or a choice (see the "kind" rule), whose
	// answer may be a single word ("auto", "refi")
	kind bool
	// purpose: it asks what the money or the product is for ("what would
	// you use the funds for?"), whose answer may be two words ("kitchen
	// redo")
	purpose bool
	// callTime: it schedules a call or a visit ("when's a good time?"),
	// so a short answer is no timeline for the deal
	callTime bool
	// count: it asks how many of something that is no field ("how many
	// invoices do you process a month?"), so a bare number in the answer
	// is a count, not money
	count bool
	// monthly: it asks for a monthly amount
	monthly bool
	// owner: it asks whether the lead owns or decides ("are you the
	// property owner?", "¿es usted el dueño?"), so a bare yes is the
	// lead's authority
	owner bool
	// needYes: it asks whether the lead wants what it names ("are you
	// buying a new home?", "looking to add him to your policy?", "¿busca
	// refinanciar?"), so a bare yes states that need; the question's words
	needYes string
}

// askedAbout reads q, the assistant's last turn, for schema.
func askedAbout(schema Schema, q string) question {
	// the question alone, when it names what it asks: "usted escoge la
	// fecha de cierre. ¿Me puede contar un poquito de la casa?" asks about
	// the house, not the date; "Many spend $60 to $150 a month. Does a
	// range like that work?" asks about what it told; a call told before
	// "When works?" makes it a time for the call
	whole := askedAboutText(schema, q)
	if p := questionPart(q); len(p) < len(q) && !whole.callTime {
		if a := askedAboutText(schema, p); !a.empty() {
			whole = a
		}
	}
	if whole.needYes == "" && slices.Contains(schema.Fields, Need) {
		whole.needYes = inquiryNamed(q)
	}
	return whole
}

// inquiryNamed returns the words in which the assistant's question
// names what the lead asked it for ("You asked about a commercial
// policy?", "Looking for a homeowners quote?", "¿Usted pidió información
// sobre paneles solares?"), or a thanks for the request with no question
// after it ("Thanks for requesting a homeowners quote!"); otherwise "".
// A yes to it confirms that need (see answers for the replies that do
// not). Only the question's own sentence counts: a yes to "Thanks for
// your interest. Do you own your home?" answers the question, and one to
// "You requested info on FHA loans. Still looking?" says the lead is
// still interested, which the writers of the development and blind sets
// do not read as a need.
func inquiryNamed(q string) string {
	p := questionPart(q)
	if end := strings.IndexByte(p, '?'); end >= 0 {
		p = p[:end+1]
	}
	return inquiryIn(p)
}

// inquiryIn returns the words of the first request inquiryRules find in
// q, at most 12, or "". "Have you asked your husband?" and "did you
// start the application?" ask whether the lead did something; they name
// no request.
func inquiryIn(q string) string {
	t := textmatch.Cached(q)
	m, ok := inquiryRules.First(t, func(m textmatch.Match) bool {
		return m.Start == 0 || !actAsked.Has(t.Toks[m.Start-1])
	})
	if !ok {
		return ""
	}
	end := min(textmatch.ClauseEnd(t.Toks, m.Start), m.Start+12)
	return strings.Join(t.Toks[m.Start:end], " ")
}

// countsWhatItHas reports a question that counts what the business has
// or employs ("how many barbers do you have?", "¿cuántas cuidadoras
// tienen?", "how many units does the association manage?"), not how
// often or how much ("how many years have you had the shop?", "how many
// invoices do you send a month?").
func countsWhatItHas(t textmatch.Text) bool {
	toks := t.Toks
	for i, w := range toks {
		if !(w == "many" && i > 0 && toks[i-1] == "how") && w != "cuantos" && w != "cuantas" {
			continue
		}
		e := textmatch.ClauseEnd(toks, i)
		if i+1 >= e || notSizeUnits.Has(toks[i+1]) || slices.ContainsFunc(toks[i+1:e], perPeriod.Has) {
			return false
		}
		return slices.ContainsFunc(toks[i+1:e], havingVerbs.Has)
	}
	return false
}

var (
	// notSizeUnits are counted without being the business's size: time,
	// money, events and rooms
	notSizeUnits = textmatch.NewSet("years", "yrs", "months", "weeks", "days", "hours", "hrs", "minutes", "mins", "min", "minute", "sec", "second", "seconds", "moment", "momento", "segundo", "times", "dollars", "bucks",
		"anos", "meses", "semanas", "dias", "horas", "minutos", "veces", "dolares", "pesos", "calls", "llamadas", "invoices", "facturas",
		"tickets", "orders", "pedidos", "appointments", "citas", "texts", "emails", "messages", "mensajes", "bedrooms", "baths", "bathrooms",
		"cuartos", "recamaras", "banos", "more", "mas", "of",
		// workload, not the business: "how many jobs do you have going?"
		"jobs", "projects", "customers", "clients", "leads", "deals", "accounts", "cases", "loads", "shipments", "deliveries", "visits",
		"trabajos", "proyectos", "clientes")
	// bigUnits after a number make it money: "20 millones"
	bigUnits = textmatch.NewSet("million", "millions", "millones", "millon", "mil", "k", "grand", "billion", "percent", "por")
	// perPeriod makes a count a rate: "how many jobs a week?"
	perPeriod = textmatch.NewSet("per", "daily", "weekly", "monthly", "yearly", "week", "month", "day", "year", "semana", "mes", "dia", "ano", "al", "por")
	// havingVerbs count what the business has: "do you have", "does it
	// run", "tienen", "hay"
	havingVerbs = textmatch.NewSet("have", "has", "got", "employ", "employs", "run", "runs", "manage", "manages", "operate", "operates",
		"staff", "tienen", "tiene", "tienes", "hay", "manejan", "maneja", "emplean", "trabajan")
)

// businessWork reports "work" at toks[i] asked of the business: "what
// kind of work does your crew do?", not "what kind of work do you need
// done?".
func businessWork(toks []string, i int) bool {
	if i >= len(toks) || toks[i] != "work" {
		return false
	}
	rest := toks[i:textmatch.ClauseEnd(toks, i)]
	return slices.ContainsFunc(rest, companyWords.Has) && !slices.ContainsFunc(rest, needDone.Has)
}

// needDone in a question about work ask what the lead needs done:
// "what kind of work do you need done?"
var needDone = textmatch.NewSet("need", "needs", "done", "want", "looking", "hoping", "planning", "necesita", "quiere", "busca")

// questionBack words in the first clause make it the question back: "do
// you buy them as is? we're done with it", "¿y ustedes compran casas?"
var questionBack = textmatch.NewSet("you", "u", "yall", "ustedes", "usted", "your", "ur", "what", "how", "why", "who", "when", "where",
	"which", "do", "does", "can", "could", "is", "are", "que", "como", "cuanto", "cuando", "donde", "quien", "cual", "por")

// selfIntro reports a clause that says who the lead is and nothing they
// need: "im the ops manager at a landscaping outfit", "trabajo en un law
// firm chiquito", "we're a 12 person agency".
func selfIntro(words []string) bool {
	if len(words) < 3 || !introOpeners.Has(words[0]) || slices.ContainsFunc(words, needVerbs.Has) || slices.ContainsFunc(words, introMore.Has) {
		return false
	}
	// "and we lose track of recalls" goes on to something else; "a
	// landscaping and snow removal outfit" does not
	for i := 1; i+1 < len(words); i++ {
		if introJoins.Has(words[i]) && introSubjects.Has(words[i+1]) {
			return false
		}
	}
	return slices.ContainsFunc(words, titleNouns.Has) || slices.ContainsFunc(words, companyWords.Has) || words[0] == "trabajo" || words[1] == "work"
}

// introMore in an introduction tell more than who the lead is: "I work
// at a dental office and we lose track of recalls", "I'm tired of
// missing calls at my shop".
var introMore = textmatch.NewSet("tired", "missing", "lose", "losing", "struggling", "problem", "problems",
	"mess", "help", "looking", "trying", "switching", "replace", "replacing", "cansado", "cansada", "problema", "buscando")

// introJoins and introSubjects start a second statement in the clause.
var (
	introJoins    = textmatch.NewSet("and", "but", "y", "pero", "so", "because", "porque")
	introSubjects = textmatch.NewSet("we", "were", "our", "it", "its", "they", "theyre", "nosotros", "tenemos", "nuestro", "nuestra", "no", "se", "nos")
)

// introOpeners open a clause about who the lead is.
var introOpeners = textmatch.NewSet("im", "i", "soy", "trabajo", "we", "were", "somos", "trabajamos")

// actAsked, before "you asked", make it a question about the act.
var actAsked = textmatch.NewSet("have", "has", "had", "did", "do", "does", "ya")

// inquiryRules name the lead's own request: what they asked about,
// requested, filled out or started, the request they are thanked for, or
// the product they are looking for.
var inquiryRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "inquiry", Pattern: "you|youd ~2 asked|requested|inquired|submitted|started|filled|downloaded ~2 about|for|a|an|on|out|info|information|the|our|your"},
	{Name: "inquiry", Pattern: "you were|had ~1 asking|inquiring|looking ~1 about|for|into|at"},
	{Name: "inquiry", Pattern: "thanks|thank ~2 for ~1 requesting|starting|submitting|filling / thanks|thank ~2 for ~1 asking|inquiring|reaching ~2 about"},
	{Name: "inquiry", Pattern: "gracias por ~2 pedir|solicitar|llenar"},
	{Name: "inquiry", Pattern: "pediste|solicitaste|preguntaste ~3 info|informacion|cotizacion|por|sobre|un|una / usted ~1 pidio|solicito|pregunto ~3 info|informacion|cotizacion|por|sobre|un|una / vimos que ~1 pidio|solicito|pregunto ~3 info|informacion|cotizacion|por|sobre|un|una"},
	{Name: "inquiry", Pattern: "looking for ~3 quote|policy|coverage|insurance|loan|mortgage|estimate|financing|refinance|refi|seguro|cotizacion|prestamo / interested in ~3 quote|policy|coverage|insurance|loan|mortgage|estimate|financing|refinance|refi / le|te interesa ~3 seguro|cotizacion|prestamo|financiamiento|poliza"},
})

func askedAboutText(schema Schema, q string) question {
	if q == "" {
		return question{}
	}
	t := textmatch.Cached(q)
	if t.Quests == 0 {
		return question{}
	}
	monthly := hasToken(t, "month", "monthly", "mes", "mensual", "mensuales")
	var out []Field
	kind, callTime, purpose := false, false, false
	add := func(fs ...Field) {
		for _, f := range fs {
			if slices.Contains(schema.Fields, f) && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	questionRules.Each(t, func(m textmatch.Match) bool {
		switch m.Name {
		case "money":
			// "how much time do you need?" asks about time, not money
			if !hasToken(t, "time", "tiempo", "long", "days", "dias") {
				add(Budget, Price)
			}
		case "authority":
			add(Authority, Role)
		case "timeline":
			add(Timeline)
		case "call time":
			callTime = true
		case "need":
			// "¿para qué tipo de negocio es?" asks who they are, not what
			// they need
			if m.End+2 < len(t.Toks) && t.Toks[m.End] == "tipo" && t.Toks[m.End+1] == "de" && companyWords.Has(t.Toks[m.End+2]) {
				break
			}
			// "what kind of work does your crew do?" asks what the
			// business does, not what it needs done
			if businessWork(t.Toks, m.End-1) {
				break
			}
			add(Need, UseCaseFit)
			// "what would you use the funds for?" takes a short answer:
			// "kitchen redo", "debt"
			purpose = purpose || m.End > 0 && t.Toks[m.End-1] == "for"
		case "motivation":
			// "what's got you thinking about selling?" asks why; "are you
			// still thinking about selling?", "¿sigue pensando en vender?"
			// ask whether
			if (t.Toks[m.Start] == "thinking" || t.Toks[m.Start] == "pensando") && !slices.ContainsFunc(t.Toks[textmatch.ClauseStart(t.Toks, m.Start):m.Start], whyWords.Has) {
				break
			}
			add(Motivation)
		case "condition":
			add(Condition)
		case "size":
			add(CompanySize)
		case "kind":
			// "what kind of company are you with?" asks who they are,
			// not what they need
			kind = kind || m.End >= len(t.Toks) || !companyWords.Has(t.Toks[m.End]) && !(m.End+1 < len(t.Toks) && t.Toks[m.End] == "de" && companyWords.Has(t.Toks[m.End+1])) && !businessWork(t.Toks, m.End)
		}
		return true
	})
	if callTime {
		out = slices.DeleteFunc(out, func(f Field) bool { return f == Timeline })
	}
	count := len(out) == 0 && (slices.ContainsFunc(t.Toks, func(w string) bool { return w == "many" }) && hasToken(t, "how") || hasToken(t, "cuantos", "cuantas"))
	// a count of what the business has is its size, whatever it calls
	// them: "how many barbers do you have?", "¿cuántas cuidadoras tienen
	// en la agencia?", "how many units does the association have?"
	if count && slices.Contains(schema.Fields, CompanySize) && countsWhatItHas(t) {
		add(CompanySize)
	}
	needYes := ""
	if m, ok := needQuestion.First(t, nil); ok && (slices.Contains(schema.Fields, Need) || slices.Contains(schema.Fields, UseCaseFit)) {
		needYes = strings.Join(t.Toks[m.Start:textmatch.ClauseEnd(t.Toks, m.Start)], " ")
	}
	if !kind || len(out) > 0 {
		_, owner := ownerQuestion.First(t, nil)
		return question{fields: out, purpose: purpose, callTime: callTime, monthly: monthly, count: count, owner: owner, needYes: needYes}
	}
	add(Need, UseCaseFit)
	return question{fields: out, kind: true, callTime: callTime, monthly: monthly}
}

// ownedSince reports a clause that only tells how long the lead has
// owned the place: "bought it in 2016", "had it since 2011", "owned it
// 12 years", "la compramos en el 2009".
func ownedSince(words []string) bool {
	if len(words) == 0 || len(words) > 6 || !ownedVerbs.Has(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !ownedFiller.Has(w) && !textmatch.AllDigits(w) {
			return false
		}
	}
	return slices.ContainsFunc(words[1:], textmatch.AllDigits)
}

var (
	ownedVerbs  = textmatch.NewSet("bought", "had", "owned", "purchased", "built", "compramos", "compre", "la", "lo", "tenemos", "tengo")
	ownedFiller = textmatch.NewSet("it", "the", "place", "house", "home", "in", "since", "back", "for", "about", "like", "years", "yrs", "year", "ago",
		"compramos", "compre", "tenemos", "tengo", "en", "el", "desde", "hace", "anos", "la", "lo")
)

// questionPart returns q from the start of its first question on. A
// period inside a number ("$1.5M") ends no sentence.
func questionPart(q string) string {
	end := strings.IndexByte(q, '?')
	if end < 0 {
		return q
	}
	start := 0
	for i := end - 1; i >= 0; i-- {
		c := q[i]
		if c == '!' || c == '\n' || c == ';' || c == '.' && (i+1 == len(q) || q[i+1] == ' ' || q[i+1] == '\n') {
			start = i + 1
			break
		}
	}
	if o := strings.Index(q[:end], "¿"); o >= 0 && o < start {
		start = o
	}
	return q[start:]
}

// lastQuestion is the text of the assistant's last turn before the
// lead's message (History may end with the message itself), or "" when
// the lead spoke last.
func lastQuestion(history []Turn, text string) string {
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		if h.FromLead {
			if h.Text == text && i == len(history)-1 {
				continue
			}
			return ""
		}
		return h.Text
	}
	return ""
}

// openQuestion is what the assistant asked that text may answer: the
// question of its last turn or, when that turn asks nothing and answers
// the lead's turn before it, which asked something back, the field
// question the lead has not answered yet. "ok we can do like 60 for both of us" answers "do
// you have a monthly budget in mind?" after "how much is it normally?" and
// the assistant's reply quoting a range.
func openQuestion(schema Schema, history []Turn, text string) question {
	q := askedAbout(schema, lastQuestion(history, text))
	if !q.empty() {
		return q
	}
	// the assistant answered the lead's question without asking another
	// of its own: a new question closes the old one
	lead, asked, ok := exchangeBack(history, text)
	if !ok || !asksSomething(textmatch.Cached(lead)) {
		return q
	}
	if prev := askedAbout(schema, asked); len(prev.fields) > 0 && !prev.callTime {
		return prev
	}
	return q
}

// exchangeBack returns, when the assistant's last turn asks nothing, the
// lead's turn before it and the assistant's turn before that: "Got a
// minute?", "give me 10 min", "No rush at all!"; "how much is it?",
// "Usually 900-1200.". ok is false when the last turn asks something or
// the history is shorter.
func exchangeBack(history []Turn, text string) (lead, asked string, ok bool) {
	i := len(history) - 1
	if i >= 0 && history[i].FromLead && history[i].Text == text {
		i--
	}
	if i < 0 || history[i].FromLead || textmatch.Cached(history[i].Text).Quests > 0 {
		return "", "", false
	}
	for i >= 0 && !history[i].FromLead {
		i--
	}
	if i < 1 || history[i-1].FromLead {
		return "", "", false
	}
	return history[i].Text, history[i-1].Text, true
}

// empty reports a question that asks about nothing the extractor reads.
func (q question) empty() bool { return len(q.fields) == 0 && !q.callTime && !q.count && !q.kind }

// asksSomething reports a message that asks a question: a question mark,
// or a clause that opens like one ("not really, what do they usually
// run").
func asksSomething(t textmatch.Text) bool {
	if t.Quests > 0 {
		return true
	}
	// a lone "why", "how come", "por qué"
	if words := t.Words(); len(words) <= 2 && len(words) > 0 && (words[0] == "why" || words[0] == "how" || words[0] == "por" || words[0] == "pq") {
		return true
	}
	for s := 0; s < len(t.Toks); {
		e := textmatch.ClauseEnd(t.Toks, s)
		if asksBack(t.Toks[s:e]) {
			return true
		}
		s = e + 1
	}
	return false
}

// questionNouns in a short first clause announce questions, not a need.
var questionNouns = textmatch.NewSet("question", "questions", "pregunta", "preguntas", "qs", "q")

// whyWords open a question about the reason: "what's got you thinking
// about selling?", "¿qué la tiene pensando en vender?"
var whyWords = textmatch.NewSet("what", "why", "que", "por", "how", "como", "whats")

var (
	firstPersonWords = textmatch.NewSet("i", "me", "myself", "im", "mine", "yo", "mio", "mia", "id", "ill", "ive")
	// someone else who decides, or a check with them: "I'd have to check
	// with my manager", "solo mi esposo decide"
	deferWords = textmatch.NewSet("check", "ask", "preguntar", "consultar", "preguntarle", "consultarle", "consultarlo", "preguntarles", "manager", "boss", "jefe", "jefa", "supervisor", "director")
	onlyWords  = textmatch.NewSet("just", "only", "solo", "nomas", "solamente")
	// the people a lead checks with
	otherDeciders = textmatch.NewSet("wife", "husband", "partner", "spouse", "boss", "manager", "supervisor", "director",
		"jefe", "jefa", "esposo", "esposa", "socio", "socia", "suegro", "suegra", "papa", "mama", "dad", "mom", "brother",
		"sister", "hermano", "hermana", "team", "board", "owner", "corporate", "him", "her", "el", "ella")
	// owning the place answers "are you the homeowner?": "own it",
	// "it's my house yeah", "es mía"
	ownerWords    = textmatch.NewSet("own", "owner", "homeowner", "mine", "dueno", "duena", "propietario", "propietaria", "mio", "mia")
	rentWords     = textmatch.NewSet("rent", "renting", "renter", "rento", "rentamos", "alquilo", "alquilamos")
	renterSubject = textmatch.NewSet("i", "we", "im", "were", "yo", "nosotros", "still")
	selfWords     = textmatch.NewSet("me", "myself", "mine", "mio", "mia")
	rentOut       = textmatch.NewSet("it", "out", "them", "rooms", "units")
	ownedPlace    = textmatch.NewSet("house", "home", "place", "property", "building", "casa", "propiedad", "carro", "troca", "car", "truck")
	jointWords    = textmatch.NewSet("both", "we", "us", "together", "juntos", "juntas", "ambos", "nosotros", "wife", "husband",
		"spouse", "partner", "esposo", "esposa")
	vagueAnswer = textmatch.NewSet("idk", "dunno", "depends", "maybe", "whatever", "nothing", "nada", "nose", "kinda", "sure",
		"yes", "yeah", "yep", "si", "ok", "okay", "no", "nah", "not", "lol", "hmm", "eh", "things", "stuff", "few", "bueno", "pues",
		// curiosity and deferral are no reason: "just curious mostly",
		// "ill explain later, at the bus stop rn"
		"just", "curious", "mostly", "wondering", "looking", "checking", "exploring", "options", "later", "explain", "tell",
		"busy", "rn", "now", "long", "story", "complicated", "luego", "despues", "curiosidad", "viendo", "ill", "will", "you",
		// browsing: "just seeing what's out there", "testing the market"
		"seeing", "see", "browsing", "testing", "what", "is", "it", "out", "there", "the", "market", "worth", "get", "could",
		// no one thing: "honestly a little of everything", "a bunch of
		// things, still making a list"
		"everything", "bunch", "little", "lot", "lots", "all", "various", "several", "list", "making", "of", "a", "honestly",
		"todo", "varias", "cosas", "un", "poco", "de",
		// still deciding: "hey yes still thinking", "todavía lo pienso"
		"hey", "hi", "hello", "still", "thinking", "considering", "deciding", "thought", "todavia", "pensando", "pienso",
		// an outburst answers nothing: "omg", "ugh"
		"omg", "wtf", "ugh", "jeez", "smh", "bruh", "dude", "ay", "uf", "seriously",
		// nor does a sound of hesitation: "mmm" (read "m"), "hmmm", "ummm"
		// ("um", "em" and "ah" alone may answer: uninsured motorist, an
		// engineering manager)
		"m", "mm", "hm", "umm", "uhm", "uh", "uhh", "ehh", "emm", "ahh",
		// nor a point granted: "fair", "gotcha"
		"fair", "gotcha", "understood", "alright", "noted")
)

// answerValue reads an answer to a question about f leniently and
// returns its value, or "". After a question for a kind or a choice
// ("what type of coverage?", "buying or refinancing?") a need may be
// one word ("auto, for my truck", "refi").
func answerValue(f Field, t textmatch.Text, q question) string {
	switch f {
	case Budget, Price:
		// "la de al lado se vendió en como 480 ... no quiero decir un
		// número todavía": a figure given only to refuse one ("i dont want
		// to put a number on it but we can do 500 a month" gives one after)
		if m, ok := numberRefusal.First(t, nil); ok && !slices.ContainsFunc(t.Toks[m.End:], butWords.Has) {
			return ""
		}
		if p, ok := parsePriceToks(t, true); ok {
			return p.String()
		}
		for _, a := range textmatch.Amounts(t) {
			if a.Per != "" && a.Value > 0 {
				return ParsedPrice{Value: a.Value, High: a.High, Per: a.Per, Qualifier: qualifierBefore(t.Toks, a.Start)}.String()
			}
		}
		// a plain number answers "what are you paying?": "2,400 a year"
		// (not a year: "desde 2019")
		for i, w := range t.Toks {
			if v, ok := plainInt(w); ok && v >= 50 && !(v >= 1900 && v <= 2100 && !strings.Contains(w, ",")) && !countedAt(t.Toks, i) {
				return ParsedPrice{Value: v, Qualifier: qualifierBefore(t.Toks, i)}.String()
			}
		}
		// "40ish" after "how much are you hoping to pull out?": a short
		// estimate whose scale the question leaves open, kept as written
		if words := t.Words(); len(words) <= 3 {
			for i, w := range words {
				if v, ok := plainInt(strings.TrimSuffix(w, "ish")); ok && v >= 10 && strings.HasSuffix(w, "ish") && !countedAt(words, i) {
					return strings.Join(words, " ")
				}
			}
		}
	case Authority:
		// "no, I rent" to "do you own the home?": not the owner; "nah my
		// cousin's the money guy, he'd have to ok it": someone else
		if words := t.Words(); q.owner && len(words) > 0 && (words[0] == "no" || words[0] == "nope" || words[0] == "nah") {
			// ("cousin's" reads "cousins", "he'd" reads "hed")
			other := func(w string) bool {
				b := strings.TrimSuffix(w, "s")
				return otherDeciders.Has(w) || otherDeciders.Has(b) || relatives.Has(b) || w == "he" || w == "she" || w == "hed" || w == "shed"
			}
			if slices.ContainsFunc(words, other) {
				return "someone else decides"
			}
			return ""
		}
		if a := answerAuthority(t); a != "" {
			return a
		}
		// "yep its one of my rentals" to "are you the property owner?"
		if words := t.Words(); q.owner && len(words) > 0 && textmatch.OpeningYes.Has(words[0]) && !t.HasAny(textmatch.Negators) {
			return "decision maker"
		}
		return ""
	case Role:
		// "that would be our HR director": someone else's job
		if othersTitle(t) {
			return ""
		}
		// "what's your title?" -> "warehouse supervisor"
		if r := roleClause(t); r != "" {
			return r
		}
		if narratesAct(t) {
			return ""
		}
		return answerAuthority(t)
	case Timeline:
		return answerWhen(t)
	case Need, UseCaseFit, Motivation:
		// "I'd rather keep that part to myself for now": a reason held
		// back answers nothing
		if f == Motivation && reasonHeldBack(t) {
			return ""
		}
		// "¿y ustedes compran casas así como está?" to "what has you
		// thinking of selling?": a question back about the sender, no
		// reason told
		// (an answer first and a question after, "Buying. First place.
		// Can you help with that?", answers)
		first, _ := firstClause(t)
		if t.Quests > 0 && hasToken(t, "you", "u", "yall", "ustedes", "usted") && !slices.ContainsFunc(t.Toks, leadOwn.Has) &&
			(len(first) == len(t.Words()) || slices.ContainsFunc(first, questionBack.Has)) {
			return ""
		}
		// the same without its "?": "who gave you my number", "ok what do
		// you want to know"; and a greeting alone, "hello from whatsapp"
		// (a review of stop 73: either had filled the motivation)
		if len(first) == len(t.Words()) && (unmarkedQuestionBack(first) || greetingOnly(first)) {
			return ""
		}
		// "algo de unos 300 mil, no más" to "¿qué precio de casa buscan?":
		// an amount answers the price, it states no need
		if len(first) <= 6 && len(textmatch.Amounts(t)) > 0 && !slices.ContainsFunc(first, needVerbs.Has) {
			return ""
		}
		if q.kind {
			return kindClause(t)
		}
		// "hey just got some questions" to "how can I help?": questions to
		// come, no need told
		if len(first) <= 5 && slices.ContainsFunc(first, questionNouns.Has) {
			return ""
		}
		// "I'm the ops manager at a landscaping outfit" to "what brings
		// you in?": who the lead is, no need
		if selfIntro(first) {
			return ""
		}
		// "bought it in 2016" to "how long have you owned it, and what's
		// got you thinking of selling?": how long, not why
		if f == Motivation && ownedSince(first) {
			return ""
		}
		// a loan product in one word: "heloc" after "what can we help
		// you with?"
		if f == Need && t.WordCount() <= 2 && slices.ContainsFunc(t.Toks, loanProducts.Has) {
			return strings.Join(t.Words(), " ")
		}
		if q.purpose {
			return answerClauseMin(t, 2)
		}
		return answerClause(t)
	case CompanySize:
		// a count, not money or time: "Como 45 tractocamiones", not
		// "unos cuantos, ... vende como 20 millones al año"
		for i, w := range t.Toks {
			if i+1 < len(t.Toks) && (notSizeUnits.Has(t.Toks[i+1]) || bigUnits.Has(t.Toks[i+1])) {
				continue
			}
			if w = strings.TrimSuffix(w, "ish"); isNumberTok(w) {
				return w
			}
		}
	}
	return ""
}

// countedAt reports a number at toks[i] that counts something other
// than money: a unit ("60 days", "1,200 sq ft") or the people and
// places the size rules count ("a 200 person company", "50 reps", "60
// sales reps", "80 of us"). A bare answer to a question about money
// reads no such number as an amount.
func countedAt(toks []string, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	if notBudgetUnit.Has(next) || sizeWho.Has(next) {
		return true
	}
	return i+2 < len(toks) && (sizeMod.Has(next) && sizeWho.Has(toks[i+2]) || next == "of" && toks[i+2] == "us")
}

// answerAuthority reads who decides from an answer: the lead ("me", "yo
// sola", "I'm the one picking") or the lead with someone ("both of us",
// "my wife and I"). A negation ("not me") states nothing.
func answerAuthority(t textmatch.Text) string {
	// the only one: "im the only member, nobody else to ask", "soy el
	// único dueño"; the lead and someone who must sign too: "a nombre de
	// mi y mi hermano, el tiene que firmar también"
	if m, ok := soleOrJoint.First(t, nil); ok {
		return m.Name
	}
	// "2 part time girls, and I rent" to "do you rent or own the space?":
	// a tenant, who owns nothing ("I rent it out" owns; "me and my wife,
	// we rent now" and "just me, I rent right now" name who decides, and
	// "rent is killing me" is the rent paid)
	for i, w := range t.Toks {
		if rentWords.Has(w) && (i == 0 || renterSubject.Has(t.Toks[i-1])) && !(i+1 < len(t.Toks) && rentOut.Has(t.Toks[i+1])) &&
			!slices.ContainsFunc(t.Toks, ownerWords.Has) && !slices.ContainsFunc(t.Toks, jointWords.Has) && !slices.ContainsFunc(t.Toks, selfWords.Has) {
			return ""
		}
	}
	// a check with someone else is their say, an authority statement:
	// "I'd have to check with my manager", "es de mi suegro, tengo que
	// preguntarle a él"; "why do you ask?" is no check
	for _, id := range t.IDs {
		if deferWords.HasID(id) {
			if refusal(t) {
				return ""
			}
			for _, w := range t.Toks {
				if otherDeciders.Has(w) {
					return "someone else decides"
				}
			}
			return ""
		}
	}
	first, joint := false, false
	for i, id := range t.IDs {
		if id == textmatch.BreakID {
			continue
		}
		// "nah just me", "no, solo yo": the negation answers the question,
		// the first person who decides
		if negatedAt(t, i) && !(i > 0 && onlyWords.Has(t.Toks[i-1]) && firstPersonWords.HasID(id)) {
			continue
		}
		switch {
		case jointWords.HasID(id):
			joint = true
		case firstPersonWords.HasID(id), ownerWords.HasID(id):
			first = true
		case (t.Toks[i] == "my" || t.Toks[i] == "mi") && i+1 < len(t.Toks) && ownedPlace.Has(t.Toks[i+1]):
			first = true // "it's my house yeah", "es mi casa"
		}
		if textmatch.Negators.HasID(id) && i+1 < len(t.IDs) && firstPersonWords.HasID(t.IDs[i+1]) {
			return "" // "not me"
		}
	}
	switch {
	case joint:
		return "joint decision"
	case first:
		return "decision maker"
	}
	return ""
}

// answerClause returns the answer's first clause when it says something
// (three or more words, not all of them vague), trimmed to eight words.
func answerClause(t textmatch.Text) string { return answerClauseMin(t, 3) }

// answerClauseMin is answerClause with at least minWords words, two of
// them saying something.
func answerClauseMin(t textmatch.Text, minWords int) string {
	words, content := firstClause(t)
	// a word or two that the next clause explains: "Overtime. Guys punch
	// in early and nobody catches it" to "what's the main headache?"
	// (one word of four letters or more, in a message that asks nothing:
	// not "Just looking. Queria ver precios", "First question: does it
	// integrate?")
	// Two words that say something do the same: "Swapping shifts. Right
	// now they text me at 11pm asking who can cover".
	if len(words) < minWords && minWords > 1 && content == len(words) && (len(words) == 2 || len(words) == 1 && len(words[0]) >= 4) && t.Quests == 0 && !onlyAgreement(words) && !answerAsides.Has(words[0]) {
		// (not a clause about when the lead will reply: "Driving. Will text
		// you back later")
		if next, n := clauseAfter(t, words); n >= 2 && len(next) >= 3 && !asksBack(next) && !repliesLater(next) {
			words, content = append(slices.Clip(words), next...), content+n
		}
	}
	if len(words) < minWords || content < 2 || isHedged(t) || refusal(t) || asksBack(words) || aboutTheSender(t, words) {
		return ""
	}
	return strings.Join(words[:min(len(words), 8)], " ")
}

// replyLaterWords: a clause about replying later, no answer ("will text you
// back later").
var replyLaterWords = textmatch.NewSet("later", "back", "text", "call", "luego", "despues", "tomorrow", "manana")

// repliesLater reports a clause about when the lead will reply ("Will text
// you back later", "Call me after 3"), not one about who texts when the
// trouble comes ("they text me at 11pm asking who can cover").
func repliesLater(words []string) bool {
	for i, w := range words {
		if replyLaterWords.Has(w) && !slices.ContainsFunc(words[max(0, i-6):i], othersTexting.Has) {
			return true
		}
	}
	return false
}

// othersTexting before "text" or "call" make it the trouble told: "they
// text me", "customers call".
var othersTexting = textmatch.NewSet("they", "people", "customers", "clients", "patients", "staff", "guys", "techs", "drivers", "he", "she", "everyone", "somebody", "someone")

// answerAsides open an answer with an aside, not the answer: "honestly.
// ...", "sorry, ..."
var answerAsides = textmatch.NewSet("sorry", "jaja", "jajaja", "jeje", "honestly", "first", "also", "well", "anyway", "anyways", "perdon", "disculpe", "bueno", "pues", "mira", "oye",
	"thanks", "thank", "gracias", "driving", "busy", "working", "manejando", "ocupado", "ocupada")

// clauseAfter returns the words of the clause after the clause first (the
// answer's first, as firstClause read it) and how many of them say
// something.
func clauseAfter(t textmatch.Text, first []string) (words []string, content int) {
	found := false
	for start := 0; start < len(t.Toks); {
		end := textmatch.ClauseEnd(t.Toks, start)
		clause := t.Toks[start:end]
		start = end + 1
		switch {
		case len(clause) == 0:
		case found:
			for _, w := range clause {
				if !vagueAnswer.Has(w) && !firstPersonWords.Has(w) {
					content++
				}
			}
			return clause, content
		default:
			found = slices.Equal(clause, first)
		}
	}
	return nil, 0
}

// aboutTheSender reports an answer that asks about the sender's product
// instead of telling what the lead needs: "your pricing page says
// $49/seat right? is that billed annually?" (a question about "your" with
// no word of the lead's own).
func aboutTheSender(t textmatch.Text, words []string) bool {
	if t.Quests == 0 || !slices.ContainsFunc(words, func(w string) bool { return w == "your" || w == "ur" || w == "su" || w == "tu" }) {
		return false
	}
	for _, w := range t.Toks {
		if leadOwn.Has(w) {
			return false
		}
	}
	return true
}

// leadOwn are the words of a lead speaking of their own: "we", "our
// team", "necesitamos".
var leadOwn = textmatch.NewSet("i", "im", "we", "were", "our", "my", "me", "us", "yo", "nosotros", "nuestro", "nuestra", "mi", "mis",
	"necesito", "necesitamos", "queremos", "quiero", "tenemos", "tengo")

var companyWords = textmatch.NewSet("company", "companies", "business", "firm", "organization", "org", "industry", "agency",
	"empresa", "negocio", "compania", "industria", "team", "teams", "equipo", "crew", "shop", "practice", "group")

// kindClause returns the answer's first clause (at most eight words)
// when it names something: "auto", "refi", "para mí y los niños".
func kindClause(t textmatch.Text) string {
	words, content := firstClause(t)
	if content == 0 || isHedged(t) || refusal(t) {
		return ""
	}
	if len(words) < 3 {
		// "auto, for my truck": the kind and what follows it
		words = t.Words()
	}
	return strings.Join(words[:min(len(words), 8)], " ")
}

// answerWhen reads a bare date as the answer to "when": "Q1", "june 1",
// "end of summer", "next month", "en marzo".
func answerWhen(t textmatch.Text) string {
	n := t.WordCount()
	if n > 30 {
		return ""
	}
	// a numeric date: "4/30" (read as "4 30") to "when does it renew?"
	if words, _ := firstClause(t); n <= 20 && len(words) == 2 && numericDate(words[0], words[1]) {
		return words[0] + "/" + words[1]
	}
	// a short first clause: "this week if possible, more rain coming";
	// after who said it: "el dueño dice que la otra semana", "my wife
	// says that next month" (a longer message may go on to say why)
	// ("after the storm last month, my neighbour says ..." tells a time
	// past)
	if words, _ := firstClause(t); len(reportedWhen(words)) <= 6 && (n <= 20 || !slices.ContainsFunc(words, pastMarkers.Has)) {
		words = reportedWhen(words)
		for _, w := range words {
			if whenWords.Has(w) {
				return strings.Join(words, " ")
			}
		}
	}
	if n > 20 {
		return ""
	}
	for i, w := range t.Toks {
		switch {
		case n <= 6 && (whenWords.Has(w) || ordinalDay(w)):
			return strings.Join(t.Words(), " ")
		case (calendarWords.Has(w) || ordinalDay(w)) && !negatedAt(t, i) && !textmatch.Before(t.Toks, i, 2, sincePast):
			// a longer answer names a date: "lease is up oct 31 so
			// sometime before that"
			return clauseAt(t.Toks, i)
		}
	}
	return ""
}

// reportedWhen returns words after a report of who said it in their
// first four ("el dueño dice que", "the landlord says that"), or words.
func reportedWhen(words []string) []string {
	for i := 1; i < len(words)-1 && i <= 4; i++ {
		if sayVerbs.Has(words[i]) && (words[i+1] == "que" || words[i+1] == "that") {
			return words[i+2:]
		}
	}
	return words
}

var sayVerbs = textmatch.NewSet("dice", "dijo", "dicen", "dijeron", "says", "said", "say", "thinks", "cree", "piensa")

// ordinalDay reports a day of the month: "15th", "1st", "22nd".
func ordinalDay(w string) bool {
	if len(w) < 3 || len(w) > 4 {
		return false
	}
	d, suf := w[:len(w)-2], w[len(w)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// sincePast: a date in the past ("since Christmas", "desde enero") is
// no timeline ahead.
var sincePast = textmatch.NewSet("since", "desde", "last", "pasado", "pasada", "ago")

// clauseAt returns the words of the clause holding toks[i], at most ten.
func clauseAt(toks []string, i int) string {
	s, e := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	return strings.Join(toks[s:min(e, s+10)], " ")
}

// calendarWords name a point in the calendar, which a longer answer to
// "when" states as its timeline; "week", "soon" or "year" alone do only
// in a short answer.
var calendarWords = textmatch.NewSet("q1", "q2", "q3", "q4", "january", "february", "march", "april", "june", "july",
	"august", "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "junio", "julio", "agosto", "septiembre", "octubre",
	"noviembre", "diciembre", "spring", "summer", "winter", "verano", "invierno", "primavera", "otono", "asap", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "lunes",
	"martes", "miercoles", "jueves", "viernes", "saturday", "sunday", "sabado", "domingo",
	"thanksgiving", "christmas", "xmas", "easter", "navidad", "pascua", "halloween")

var whenWords = textmatch.NewSet("q1", "q2", "q3", "q4", "january", "february", "march", "april", "june", "july", "august",
	"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"spring", "summer", "fall", "autumn", "winter", "asap", "soon", "week", "weeks", "month", "months", "year", "quarter",
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
	"verano", "invierno", "primavera", "otono", "semana", "semanas", "mes", "meses", "pronto", "today", "tomorrow", "hoy", "manana",
	"monday", "tuesday", "wednesday", "thursday", "friday", "lunes", "martes", "miercoles", "jueves", "viernes",
	// "this weekend is fine, sat morning ideally"
	"weekend", "saturday", "sunday", "sat", "sun", "sabado", "domingo", "finde")

// refusal reports an answer that declines to say: "I'd rather not get
// into that", "that's private", "prefiero no decir".
func refusal(t textmatch.Text) bool {
	_, ok := refusalRules.First(t, nil)
	return ok
}

var refusalRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "refusal", Pattern: "rather|prefer|prefiero ~1 not|no ~3 get|say|share|discuss|decir|hablar into / private|personal|privado / none of your / no comment / weighing ~2 options"},
	// a question back: "hmm why do you ask", "¿para qué quiere saber?"
	{Name: "refusal", Pattern: "why do|would you ~1 ask|need|want|wanna / por que ~2 pregunta|preguntas|quiere|quieres / para que ~1 quiere|quieres saber"},
	// "does it matter lol", "I will have to think about it": no answer yet
	{Name: "refusal", Pattern: "does|would that|it matter / have|need|got to|gotta think ~2 about|over / let me|lemme think ~2 about|over / lo|la voy a pensar / lo pienso / dejeme|dejame pensarlo"},
})

// numberRefusal declines to name a figure: "no quiero decir un número
// todavía", "not ready to put a number on it".
var numberRefusal = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "refusal", Pattern: "no quiero|quisiera|puedo decir|dar ~1 un|ningun numero|precio|cifra / dont|not want|ready to say|give|put ~1 a number|price|figure"},
})

// roleClause returns the answer's first clause (at most six words) when
// it names something: "warehouse supervisor", "la gerente".
func roleClause(t textmatch.Text) string {
	words, content := firstClause(t)
	if content == 0 || len(words) > 6 || isHedged(t) || refusal(t) {
		return ""
	}
	// "ummm" (read "um") or "ahh" alone is no title ("UM" may still
	// answer a question about coverage, and "EM" names a role)
	if len(words) == 1 && (words[0] == "um" || words[0] == "ah" || words[0] == "uh") {
		return ""
	}
	if narratesAct(t) || deflects(words) {
		return ""
	}
	// "¿tenéis integración con Holded?": a question back is no role
	if t.Quests > 0 && !slices.ContainsFunc(words, titleNouns.Has) {
		return ""
	}
	// "I'm the office manager": the title, without the lead's way into it
	s, e := roleWords(words, 0, len(words))
	return strings.Join(words[s:e], " ")
}

// deflects reports an answer to "what's your role?" that says what the
// lead wants instead: "nomás quiero ver precios primero", "just want
// pricing".
func deflects(words []string) bool {
	return slices.ContainsFunc(words, wantWords.Has) && !slices.ContainsFunc(words, titleNouns.Has) && !slices.ContainsFunc(words, roleVerbs.Has)
}

var wantWords = textmatch.NewSet("want", "wanna", "wanted", "quiero", "queremos", "queria", "necesito", "necesitamos", "need", "busco", "buscamos")

// asksBack reports a clause that asks the sender a question instead of
// answering: "what is this regarding", "who is this".
func asksBack(words []string) bool {
	return len(words) > 1 && askBackWords.Has(words[0]) && (words[1] == "is" || words[1] == "are" || words[1] == "es" || words[1] == "do" || words[1] == "does")
}

var askBackWords = textmatch.NewSet("what", "who", "why", "how", "which", "whats", "que", "quien", "quienes", "como")

// othersTitle reports an answer about someone else's job: "that would be
// our HR director", "my boss, the COO" (no first person of the lead's).
func othersTitle(t textmatch.Text) bool {
	words, _ := firstClause(t)
	other := false
	for _, w := range words {
		switch w {
		case "i", "im", "me", "soy", "yo", "myself", "ive":
			return false
		case "our", "my", "his", "her", "their", "nuestro", "nuestra", "mi", "su", "that", "she", "he":
			other = true
		}
	}
	return other
}

// narratesAct reports an answer to "what's your role?" that tells what
// the lead did ("I already started the trial"), not what they are; "I
// run ops", "I manage the office" still name a role.
func narratesAct(t textmatch.Text) bool {
	words, _ := firstClause(t)
	return len(words) > 1 && (words[0] == "i" || words[0] == "we") && !roleVerbs.Has(words[1])
}

var roleVerbs = textmatch.NewSet("am", "run", "manage", "head", "own", "lead", "oversee", "handle", "do", "work", "direct",
	"supervise", "coordinate", "sell", "teach", "founded", "started", "co", "cofounded", "make", "decide", "sign", "approve",
	"call", "have", "report", "signed", "help", "wear")

func hasToken(t textmatch.Text, words ...string) bool {
	for _, w := range t.Toks {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// firstClause returns the words of the answer's first clause and how
// many of them say something (neither vague nor a first person). A
// leading clause of agreement alone ("Sure. We're relocating for...")
// is skipped.
func firstClause(t textmatch.Text) (words []string, content int) {
	for _, w := range t.Toks {
		if w == textmatch.Break {
			if len(words) > 0 && !onlyAgreement(words) && !greetingClause(words) {
				break
			}
			words = words[:0]
			continue
		}
		words = append(words, w)
		if !vagueAnswer.Has(w) && !firstPersonWords.Has(w) {
			content++
		}
	}
	return words, content
}

// greetingClause reports a clause that only greets, with a name or not:
// "Hello Kevin", "hola doña Rosa", "good morning".
func greetingClause(words []string) bool {
	if len(words) == 0 || len(words) > 3 || !greetWords.Has(words[0]) {
		return false
	}
	return len(words) == 1 || words[0] != "good" || words[1] == "morning" || words[1] == "afternoon" || words[1] == "evening"
}

// unmarkedQuestionBack reports a clause that asks the sender something
// without its question mark: a question word or an inverted verb first
// (after "ok", "so", "wait"), then "you": "who gave you my number", "ok
// what do you want to know", "do you buy houses like mine".
func unmarkedQuestionBack(words []string) bool {
	i := 0
	for i < len(words) && questionLeadIn.Has(words[i]) {
		i++
	}
	if i >= len(words) || !questionOpen.Has(words[i]) {
		return false
	}
	// ("you" close after the question word: "who gave you my number",
	// not "why, my wife and I split and you know how it goes")
	return slices.ContainsFunc(words[i+1:min(len(words), i+4)], func(w string) bool {
		return w == "you" || w == "u" || w == "yall" || w == "ustedes" || w == "usted" || w == "le" || w == "les"
	})
}

// greetingOnly reports a greeting and nothing of the lead's: "hello",
// "hello from whatsapp", "hey there".
func greetingOnly(words []string) bool {
	if len(words) == 0 || len(words) > 4 || !greetWords.Has(words[0]) {
		return false
	}
	rest := words[1:]
	if len(rest) > 0 && (rest[0] == "there" || rest[0] == "again" || rest[0] == "all") {
		rest = rest[1:]
	}
	return len(rest) == 0 || rest[0] == "from" && len(rest) <= 3
}

var (
	questionLeadIn = textmatch.NewSet("ok", "so", "wait", "um", "uh", "hmm", "and", "but", "well", "lol", "y", "pero", "bueno", "oye")
	questionOpen   = textmatch.NewSet("who", "what", "how", "why", "where", "when", "which", "do", "does", "did", "can", "could",
		"would", "will", "are", "is", "quien", "que", "como", "por", "donde", "cuando", "cual")
)

var greetWords = textmatch.NewSet("hi", "hello", "hey", "hola", "buenas", "buenos", "good", "dear", "greetings", "howdy")

// onlyAgreement reports a clause of agreement or filler alone: "sure",
// "ok so", "mira".
func onlyAgreement(words []string) bool {
	for _, w := range words {
		if !agreementWords.Has(w) {
			return false
		}
	}
	return true
}

var agreementWords = textmatch.NewSet("sure", "ok", "okay", "yes", "yeah", "yep", "yup", "so", "well", "hmm", "hi", "hey",
	"hello", "si", "claro", "bueno", "pues", "mira", "oh", "um", "uh", "absolutely", "definitely", "of", "course", "hola",
	// granting a point before answering: "fair. I lead solutions
	// consulting", "gotcha, ops manager"; a sound of hesitation ("mmm"
	// reads "m")
	"fair", "gotcha", "understood", "alright", "noted", "cool", "m", "mm", "hm", "umm", "ahh")

// monthlyAnswer reads an answer to a question about a monthly amount:
// the first plain number, per month, as written.
func monthlyAnswer(t textmatch.Text, v string) string {
	for i, w := range t.Toks {
		if n, ok := plainInt(w); ok && n > 0 && n < 100000 {
			return ParsedPrice{Value: n, Per: "month", Qualifier: qualifierBefore(t.Toks, i)}.String()
		}
	}
	return v
}

var soleOrJoint = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "decision maker", Pattern: "im the only|sole member|owner|one / i am the only|sole member|owner|one / im|i the only|sole decision maker / i am the only|sole decision maker / nobody|noone else to ask|check / no one else to ask|check / soy el|la unico|unica dueno|duena|socio|socia / nadie mas ~1 decide|firma"},
	{Name: "joint decision", Pattern: "a nombre de mi|mio y|and ~1 mi|my / tiene|tienen que firmar ~1 tambien / has|have to sign too|also"},
})

// ownerQuestion asks whether the lead owns the place or decides: "are you
// the property owner?", "you're the homeowner, right?", "¿es usted el
// dueño?", "are you the one who decides?".
var ownerQuestion = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "owner", Pattern: "are you ~2 owner|homeowner|owners|decision|decider|one / you are the|a ~1 owner|homeowner / es usted|tu ~2 dueno|duena|propietario|propietaria / usted es|tu eres ~2 dueno|duena|propietario|propietaria"},
	// "do you own the home?", "¿la casa es propia?"
	{Name: "owner", Pattern: "do|you own ~2 home|house|place|property|building|condo / es propia|suya|tuya"},
})

// relatives name someone of the lead's own who may hold the say: "my
// cousin's the money guy".
var relatives = textmatch.NewSet("cousin", "uncle", "aunt", "son", "daughter", "father", "mother", "parents", "landlord", "primo", "prima",
	"tio", "tia", "hijo", "hija", "padre", "madre", "papas", "dueno", "duena")

// needQuestion asks whether the lead wants what it names: "Are you
// buying a new home?", "Are you looking to add him to a policy?", "Still
// house hunting?", "¿Busca refinanciar?".
var needQuestion = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "need yes", Pattern: "are|were you ~2 looking|hoping|wanting|planning|trying to / are|were you ~2 buying|refinancing|switching|adding / are|were you ~2 shopping for / do|did you ~1 need|want|wanna / still house|home hunting|shopping|looking / busca|buscando|quiere|necesita|piensa|planea ~2 comprar|refinanciar|cambiar|agregar|asegurar|vender / busca|buscando|necesita ~1 seguro|aseguranza|poliza|prestamo|credito"},
})

// needVerbs keep a short clause with an amount a need: "need 300k for the
// remodel".
var needVerbs = textmatch.NewSet("need", "needs", "want", "necesito", "necesitamos", "quiero", "queremos", "refinance", "refi", "refinanciar", "consolidate")

// numericDate reports a month and a day written with a slash: "4/30",
// "12/1".
func numericDate(m, d string) bool {
	mn, err1 := strconv.Atoi(m)
	dn, err2 := strconv.Atoi(d)
	return err1 == nil && err2 == nil && mn >= 1 && mn <= 12 && dn >= 1 && dn <= 31
}
