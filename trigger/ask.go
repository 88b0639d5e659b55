package trigger

import "github.com/handoffkit/handoffkit/internal/textmatch"

var askClasses = map[string]textmatch.Set{
	// the sender's people the lead would hop on a call with: "I'd rather
	// hop on with your engineers" (not "with your competitor")
	"hopTeam": textmatch.NewSet("team", "engineer", "engineers", "rep", "reps", "sales", "specialist", "specialists", "people", "guys", "folks", "expert", "experts", "agent", "agents"),
	// the sender's people who come out or sell: "can the tech who did
	// my furnace reach out?" (not "can the lender reach out")
	"staff": textmatch.NewSet("tech", "techs", "technician", "plumber", "installer", "roofer", "guy", "lady", "estimator", "electrician",
		"rep", "fellow", "gentleman", "man", "woman", "salesman", "saleswoman", "salesperson", "contractor", "crew", "adjuster", "agent"),
	// people the lead may ask for
	"person": textmatch.NewSet("person", "human", "whoevers", "humans", "agent", "agents", "someone", "somebody", "rep", "reps",
		"representative", "representatives", "owner", "manager", "operator", "supervisor", "boss", "anyone", "anybody",
		"assistant", "advisor", "adviser", "specialist", "staff", "individual", "employee", "customer", "support",
		"helpdesk", "people", "guy", "lady", "whoever", "realtor", "broker", "investor", "buyer", "team", "tech",
		"technician", "plumber", "lead", "crew", "one", "personnel", "associate", "consultant", "expert", "sales",
		"salesperson", "salesman", "coordinator", "officer", "manger", "persn", "somone", "someome", "sombody", "humn",
		"proprietor", "ae", "aes", "engineer", "engineers", "adjuster", "adjusters", "estimator", "estimators", "roofer",
		"electrician", "installer", "gentleman", "fella", "fellow", "gal", "woman",
		// the support-chat register: "speak to costumer service", "need
		// 2 talk to cust service"
		"costumer", "cust",
		// Spanglish: "talk con alguien"
		"alguien", "persona", "humano", "agente", "asesor"),
	// strong person nouns: these alone, with politeness, are a request
	"strong": textmatch.NewSet("human", "representative", "rep", "agent", "operator", "supervisor", "manager",
		"person", "someone", "somebody", "callback", "humans", "agents"),
	"live":  textmatch.NewSet("real", "live", "actual", "human", "living", "breathing", "physical", "actually"),
	"callv": textmatch.NewSet("call", "ring", "phone", "dial", "buzz", "callback", "cll", "cal", "telephone", "telephoned", "phoned"),
	"callme": textmatch.NewSet("me", "us", "back", "now", "today", "tomorrow", "tonight", "anytime", "asap", "whenever", "at", "after", "before", "on", "this", "between", "around", "later", "soon", "when", "in", "then", "please", "my", "instead", "thru", "through", "directly", "quick", "real", "sometime", "whenever", "morning", "afternoon", "evening", "tmrw", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "again", "asap",
		"evenings", "mornings", "afternoons", "nights", "weekends", "weekdays", "noon", "lunch", "early", "late",
		// Spanglish: "call me porfa"
		"porfa", "xfa", "plis", "porfavor", "por", "manana", "hoy", "ahorita", "luego", "despues"),
	"talkv": textmatch.NewSet("speak", "speaking", "talk", "talking", "chat", "chatting", "connect", "connecting",
		"transfer", "transferred", "put", "contact", "contacting", "reach", "reaching", "touch", "call", "calling",
		"ring", "phone", "speek", "spek", "tlk", "talkt", "contac", "conttact", "contct", "cntact", "conact", "spak", "spaek", "hear", "discuss", "explain", "reached", "email", "escalate", "escalating", "get",
		// connection verbs: "get me routed to", "pass us along to", "patch me through to"
		"connected", "switch", "switched", "patch", "patched", "forward", "forwarded", "route", "routed", "pass",
		"passed", "redirect", "redirected", "escalated", "hand", "handed", "word"),
	"to":       textmatch.NewSet("to", "with", "w", "wit", "from", "through", "thru", "con"),
	"want":     textmatch.NewSet("want", "need", "like", "prefer", "rather", "wanna", "give", "get", "connect", "put", "transfer", "request", "requesting", "demand", "speak", "talk", "looking", "for"),
	"obj":      textmatch.NewSet("me", "us"),
	"ask":      textmatch.NewSet("can", "could", "would", "will", "please", "have", "get", "need", "want", "let", "lets", "may", "should", "pls", "just", "gotta", "i", "plz", "someone", "somebody", "to"),
	"phonen":   textmatch.NewSet("phone", "call", "line", "voice", "calls"),
	"preps":    textmatch.NewSet("over", "on", "by", "via", "thru", "through"),
	"whenq":    textmatch.NewSet("minute", "moment", "sec", "second", "time", "available", "free", "around", "able", "chance", "min"),
	"numq":     textmatch.NewSet("number", "line", "cell", "extension", "numbr", "nmber", "phonenumber", "numero", "numerito"),
	"yourq":    textmatch.NewSet("your", "ur", "direct", "office", "company", "business", "main", "best", "callback", "support", "service", "agents", "customer", "su", "tu"),
	"botneg":   textmatch.NewSet("cant", "doesnt", "isnt", "arent", "wont", "couldnt", "dont", "aint"),
	"callonly": textmatch.NewSet("call", "calling", "phone", "phoning", "ring", "callong", "cll"),
	"reachv":   textmatch.NewSet("contact", "contacting", "reach", "reaching", "call", "calling", "phone", "phoning", "ring", "email", "emailing", "message", "messaging", "callong", "cll", "conttact", "contac", "contct", "cntact", "conact"),
	"talkn":    textmatch.NewSet("talk", "speak", "chat", "conversation", "voice", "verbally", "spoke", "discuss", "call", "phone", "convo"),
	// what a lead may prefer to texting
	"phonepref": textmatch.NewSet("phone", "call", "calling", "voice", "callback", "calls", "phonecall"),
	"better": textmatch.NewSet("better", "easier", "best", "great", "ideal", "simpler", "quicker", "faster", "preferable",
		"nice", "helpful", "good", "easiest", "awesome", "perfect", "preferred"),
	"adjq": textmatch.NewSet("quick", "short", "brief", "phone", "real", "live", "voice", "5", "10", "15", "few", "minute"),
}

// The classes the rules name one by one, looked up once: a lookup of
// the map in a token loop cost more than the test it served.
var (
	askCallmeClass   = askClasses["callme"]
	askCallonlyClass = askClasses["callonly"]
	askCallvClass    = askClasses["callv"]
	askObjClass      = askClasses["obj"]
	askPersonClass   = askClasses["person"]
	askStrongClass   = askClasses["strong"]
	askTalkvClass    = askClasses["talkv"]
	askToClass       = askClasses["to"]
)

// esPeople are the people a lead asks for in Spanish, with the English
// ones a Spanglish message mixes in ("hablar con someone").
// esStrong are the Spanish person nouns a bare request asks for: "un
// asesor por favor"
var esStrong = textmatch.NewSet("asesor", "asesora", "representante", "agente", "persona", "humano", "humana", "operador",
	"operadora", "gerente", "encargado", "encargada", "jefe", "jefa", "alguien")

var esPeople = textmatch.NewSet("alguien", "persona", "agente", "asesor", "asesora", "humano", "dueno", "duena", "gerente",
	"encargado", "encargada", "representante", "vendedor", "vendedora", "supervisor", "ejecutivo", "ejecutiva",
	"tecnico", "tecnica", "especialista", "tech", "oficial",
	"someone", "somebody", "person", "agent", "human", "rep", "manager", "owner", "real", "guy", "sales", "salesperson")

// spanishAsk are the Spanish and Spanglish asks: a call verb with its
// object pronoun ("llamame", "marqueme", "hableme"), "me pueden llamar",
// "quiero hablar con una persona", "cual es su numero", "a que numero les
// hablo", "que alguien me regrese la llamada", "prefiero por telefono".
var spanishAsk = textmatch.MustCompile(map[string]textmatch.Set{
	"callme": textmatch.NewSet("llamadme", "llamadnos", "marcadme", "llamame", "llameme", "llamenme", "marcame", "marqueme", "marquenme", "hableme", "hablame",
		"hablenme", "yamame", "yameme", "yamenme", "llamarme", "marcarme", "hablarme", "llamanos", "llamenos", "marquenos", "telefoneame",
		// rioplatense and Caribbean: "timbrame", "timbreme"
		"timbrame", "timbreme", "timbrenme",
		// Venezuelan "repicar", a call (dev358, stop 56): "repícame
		// cuando puedas"
		"repicame", "repiqueme", "repiquenme"),
	// a call asked for the household, and nothing else "que le ..." may
	// ask ("que le pongan pisos", "que le regresen su depósito")
	"relaycall": textmatch.NewSet("llame", "llamen", "marque", "marquen", "hable", "hablen", "contacte", "contacten", "comunique",
		"comuniquen", "llamara", "llamaran", "marcara", "marcaran", "yame", "yamen"),
	"kin": textmatch.NewSet("mama", "mami", "papa", "papi", "abuela", "abuelo", "abuelita", "abuelito", "tia", "tio", "esposo", "esposa",
		"marido", "hijo", "hija", "suegra", "suegro", "mom", "dad", "grandma", "grandpa"),
	"can":   textmatch.NewSet("puede", "pueden", "puedes", "podria", "podrian", "podrias", "podra", "podran", "podeis", "podriais", "podes"),
	"callv": textmatch.NewSet("llamar", "marcar", "hablar", "contactar", "telefonear", "call", "dial", "ring", "llamarme", "marcarme", "hablarme", "timbrar", "timbrarme"),
	"callyou": textmatch.NewSet("llaman", "llamas", "marcas", "marcan", "hablan", "hablas", "yaman", "yamas", "marca", "llama",
		// Spain's vosotros: "¿me llamáis vosotros?"
		"llamais", "marcais", "llamareis",
		// Venezuelan "¿me repicas?"
		"repicas",
		"timbra", "timbras", "timbran"),
	// (Central American "ocupo": "I need")
	"want": textmatch.NewSet("quiero", "necesito", "ocupo", "ocupamos", "quisiera", "gustaria", "puedo", "podria", "queremos", "necesitamos", "deseo", "prefiero", "want", "need", "preferiria"),
	"talk": textmatch.NewSet("hablar", "comunicarme", "platicar", "hablo", "talk", "speak", "comunicarnos", "tratar", "conversar",
		"resolver", "hablarlo", "tratarlo", "platicarlo", "verlo"),
	"with":     textmatch.NewSet("con", "w", "with"),
	"putme":    textmatch.NewSet("paseme", "pasame", "comuniqueme", "comunicame", "pasenme", "comuniquenme", "conecteme", "ponme", "pongame"),
	"boss":     textmatch.NewSet("jefe", "jefa", "supervisor", "supervisora", "gerente", "encargado", "encargada", "superior"),
	"esperson": esPeople,
	"numero":   textmatch.NewSet("numero", "telefono", "cel", "celular", "whatsapp", "number", "phone", "linea"),
	"your":     textmatch.NewSet("su", "tu", "el", "sus", "un", "una"),
	"call":     textmatch.NewSet("hablo", "llamo", "marco", "hablar", "llamar", "marcar", "comunico", "hablamos", "llamamos", "llamarles", "marcarles", "llamarle", "marcarle", "comunicarme", "call", "timbro", "timbrar"),
	"better":   textmatch.NewSet("mejor", "prefiero", "preferiria", "facil", "rapido", "preferible", "comodo"),
	"return": textmatch.NewSet("regrese", "regresen", "regresar", "devuelva", "devuelvan", "devolver", "regresa", "devuelve",
		"devuelvame", "devuelveme", "devuelvanme", "regreseme", "regresame", "regresenme",
		// the voseo: "devolveme la llamada cuando podás" (blind27)
		"devolveme",
		"regresan", "devuelven", "regresas", "devuelves", "regresarian", "devolverian", "regresaria", "devolveria"),
	"someone": textmatch.NewSet("alguien", "persona", "agente", "asesor", "asesora", "vendedor", "dueno", "gerente", "encargado", "representante",
		// "que el ajustador me timbre mañana", "quiero que el mero mero me
		// atienda" (blind45, blind46)
		"ajustador", "ajustadora", "tecnico", "mero", "licenciado", "licenciada", "jefe", "jefa"),
	"meverb": textmatch.NewSet("llame", "llamen", "marque", "marquen", "marke", "marken", "hable", "hablen", "contacte", "contacten", "regrese", "regresen",
		"llamara", "llamaran", "marcara", "marcaran", "contactara", "contactaran", "atienda", "atiendan", "atendiera", "atendieran",
		"comunique", "comuniquen", "comunicara", "comunicaran", "comunica", "pase", "pasen", "pasara", "ponga", "pongan",
		// the familiar forms: "para que me llames"
		"llames", "marques", "hables", "contactes", "regreses", "atiendas", "comuniques", "timbres", "timbre", "timbren",
		// Spain's vosotros: "casi prefiero que me llaméis" (blind17)
		"llameis", "marqueis", "hableis",
		// "que alguien de la empresa me telefoneara"
		"telefonee", "telefoneen", "telefoneara", "telefonearan"),
	"comm": textmatch.NewSet("comunique", "comunicara", "comuniquen", "comunicaran", "comunicarse", "contacte", "contactara", "comuniquese", "comunicarnos"),
	"meet": textmatch.NewSet("vernos", "verlos", "verte", "verlo", "verla", "reunirme", "reunirnos", "reunir",
		// "¿podemos juntarnos en persona?": to meet, where "juntar" alone gathers money
		"juntarnos", "juntarme", "juntemonos", "conocer", "conocerlo", "conocerla", "platicar", "meet", "meeting", "cita", "junta", "ir", "pasar", "visitarlos"),
	"sched": textmatch.NewSet("agendar", "programar", "hacer", "tener", "haces", "hace", "hacemos", "agenda", "agende", "podemos"),
	"there": textmatch.NewSet("ahi", "alli", "real", "disponible", "disponibles"),
}, []textmatch.Rule{
	{Name: "es call me", Pattern: "@callme"},
	// "quiero preguntarle yo directo lo del descuento"
	{Name: "es call me", Pattern: "quiero|quisiera|prefiero preguntarle|hablarle yo directo|directamente|personalmente"},
	// "better si me hablas, I can't text y manejar el forklift"
	{Name: "es call me", Pattern: "mejor|better si|if me hablas|hablan|llamas|llaman|marcas|marcan"},
	// Andean "deme llamando en la tarde", "dame marcando"
	{Name: "es call me", Pattern: "deme|denme|dame llamando|marcando|timbrando"},
	{Name: "es call me", Pattern: "me|nos @can ~3 @callv"},
	{Name: "es call me", Pattern: "me|nos @callyou"},
	// shorthand "m" for "me" (dev358, stop 56): "y si mejor m repicas?",
	// "m llamas al rato?"
	// (second person only: not "mi jefa m llama", nor "si m llamas no
	// contesto")
	{Name: "es call me", Pattern: "mejor|porfa|favor|pues m llamas|marcas|repicas|hablas / m llamas|marcas|repicas|hablas al|cuando|hoy|manana|ahorita|luego|porfa|xfa|plis|rapido|tantito|orita"},
	{Name: "es call me", Pattern: "@return ~1 la llamada"},
	{Name: "es call me", Pattern: "@someone ~3 me|nos @meverb"},
	// looked for at a number (blind70, stop 71): "decile al ajustador que
	// me busque a este número después de las cinco" (not "que me busque
	// una casa")
	{Name: "es call me", Pattern: "@someone ~3 me|nos busque|busquen|localice|localicen a|en|al este|mi? numero|cel|celular|telefono|linea"},
	// by phone, asked for (blind70, stop 71): "lo primero, pero por
	// teléfono, por favor" (not "escribir me cuesta" alone: "..., pero
	// aquí le mando las fotos")
	{Name: "es call me", Pattern: "pero|mejor|solo por telefono |? por favor / pero|mejor|solo por telefono |? porfa|please"},
	// "quiero que un señor de ustedes me marque", "que alguien me dé una
	// llamada", "mejor una llamadita", "¿a qué hora le queda bien que
	// platiquemos por teléfono?" ("mejor por voz" is a voice note)
	{Name: "es call me", Pattern: "quiero|necesito|queremos que ~4 de ustedes me|nos @meverb / alguien me|nos de|den una|un llamada|llamadita|telefonazo / mejor ~1 una llamada|llamadita / platiquemos|hablemos por telefono"},
	// "¿pueden mandar a alguien para que hablemos de la oferta en
	// persona?", "el muchacho que vino, ¿me lo pueden mandar para que me
	// explique?"
	{Name: "es talk to person", Pattern: "mandar|manden|mande|mandarme a? alguien ~4 hablemos|hablar|platicar|platiquemos|explique|expliquen / mandar|manden ~3 para que me|nos explique|expliquen|hablen|hable / alguien me|nos explique|expliquen ~3 en persona|por telefono"},
	// "mándeme a alguien a la casa pa' platicar" (someone sent to talk;
	// "mándeme a alguien a medir" sends the work, a commitment)
	{Name: "es send someone", Pattern: "mandeme|mandenme|mandame|envieme|envienme|manden a? un|una? alguien|asesor|agente|vendedor|representante|persona ~4 pa|para platicar|hablar|conversar|explicarme"},
	{Name: "es call me", Pattern: "que ~1 me|nos @meverb"},
	// dev331 (stop 54): "¿tienen gente en Houston? Para que me reciban en
	// persona"
	{Name: "es face to face", Pattern: "que me|nos reciban|atiendan|vean|reciba|atienda en persona"},
	// dev328 (stop 54): "dígale al gerente que me busque, por favor" (a
	// boss or a person told to reach the lead; "que me busque una casa"
	// alone asks a search)
	{Name: "es have them reach me", Pattern: "digale|dile|diganle|avisele|avisale|pidale|pidele al|a ~1 @boss|@esperson que me|nos busque|busquen|llame|llamen|marque|marquen|contacte|hable"},
	// a grandchild or a child texting for the household: "dice mi tía que
	// le llamen mañana", "my mom dice que le llamen please"
	{Name: "es relayed call", Pattern: "mi|my @kin ~1 dice|dijo|quiere|pide|pidio|says|wants que le|la|lo @relaycall / dice|dijo|pide|pidio mi @kin que le|la|lo @relaycall"},
	// "mejor que el electricista le marque a mi abuela directo": the
	// business's person asked to call the household
	{Name: "es relayed call", Pattern: "mejor|porfa|favor que el|la|su|un|una|alguien ~2 le|les @relaycall a mi|mis @kin"},
	// "can the estimate guy just marcarle a ella? she's home all day"
	{Name: "es relayed call", Pattern: "can|could the|your ~4 marcarle|llamarle|hablarle a ella|el|mi"},
	{Name: "es call me", Pattern: "@comm conmigo / @comm ~3 por telefono"},
	// a visit asked with someone there, Southern for a talk: "Who's your
	// boss? Let me visit with them" (blind75, stop 73)
	{Name: "talk to person", Pattern: "let me|us visit with ~1 them|him|her|someone|somebody|your|yall|you / can|could i|we visit with ~1 them|him|her|someone|somebody|your|yall|you / id|wed like to visit with ~1 them|him|her|someone|somebody|your|yall|you / want to visit with ~1 them|him|her|someone|somebody|your|yall|you"},
	// talking it over by phone, asked (blind75, stop 73): "¿Habría chance
	// de platicarlo por teléfono mañana temprano?", "¿podemos verlo por
	// teléfono?", "prefiero hablarlo por teléfono" (not "prefiero no
	// hablar por teléfono")
	{Name: "es call me", Pattern: "chance de|pa|para platicarlo|platicar|platicarla|hablarlo|hablar|hablarla|verlo|verla|checarlo|checarla|discutirlo|revisarlo|vernos por telefono|llamada / podemos|podriamos|puedo|podria|podrian|quisiera|prefiero|preferiria platicarlo|platicar|platicarla|hablarlo|hablar|hablarla|verlo|verla|checarlo|checarla|discutirlo|revisarlo|vernos por telefono|llamada / se puede|podra platicarlo|platicar|platicarla|hablarlo|hablar|hablarla|verlo|verla|checarlo|checarla|discutirlo|revisarlo|vernos por telefono|llamada"},
	{Name: "es call me", Pattern: "@sched ~2 un|una call|llamada|meeting|reunion"},
	{Name: "es talk to person", Pattern: "@talk ~1 @with ~3 @esperson"},
	// "¿Hay alguien que hable español?" (a person asked for in the
	// lead's language)
	{Name: "spanish speaker", Pattern: "hay alguien|algun|alguna ~1 que hable espanol / is|do there|you ~2 someone|somebody|anyone|anybody who|that speaks spanish|espanol"},
	// Spain: "¿me podéis poner con un comercial?"
	{Name: "es talk to person", Pattern: "me|nos podeis|puede|pueden|podrias|podrian|podria poner|pasar|comunicar con ~2 @esperson|comercial"},
	// "¿tenéis un teléfono de contacto? os llamo yo" ("te llamo yo si me
	// decido" alone promises a call later, no ask)
	{Name: "es your number", Pattern: "teneis|tienen|tiene|tienes|tenes ~2 un|algun telefono|numero de contacto"},
	// "esto se resuelve antes con una llamada, ¿no?"
	{Name: "es by phone", Pattern: "resuelve|resolvemos|arregla|arreglamos|soluciona ~3 con una llamada / con una llamada ~2 se resuelve|arregla|soluciona"},
	// "en cinco minutos por teléfono lo resolvemos"
	{Name: "es by phone", Pattern: "por telefono ~2 lo|la|se|eso resolvemos|arreglamos|solucionamos|aclaramos|resuelve|arregla|soluciona|resolveriamos|arreglariamos / resolvemos|arreglamos|solucionamos|aclaramos|resolveriamos ~3 por telefono"},
	// "cuadremos una llamada y lo resolvemos", "¿el dueño de la compañía
	// está disponible?"
	{Name: "es call me", Pattern: "cuadremos|cuadrar|cuadramos|cuadrame|cuadreme una|un llamada|llamadita|call|cita|reunion"},
	{Name: "es talk to person", Pattern: "el|la dueno|duena|gerente|encargado|encargada|supervisor|supervisora ~4 esta disponible / is|are your|the owner|manager|boss|supervisor available"},
	// dev271: "prefiero oír la voz", "¿quién me puede atender de
	// palabra?", "¿puede la señora que me ayudó el año pasado atenderme
	// otra vez?", "prefiere que un señor de la compañía le hable por
	// teléfono", "mándeme al muchacho que compra casas ... y platicamos"
	{Name: "es voice", Pattern: "prefiero|quiero|quisiera oir|escuchar la|una voz / atender|atienda|atenderme|preguntar|hablar|explicar ~3 de palabra"},
	{Name: "es that person", Pattern: "puede|pueden la|el senora|senor|muchacha|muchacho|agente que me|nos ~4 atenderme|atendernos|ayudarme|ayudarnos / que un|una senor|senora|persona|agente ~4 le|les|me|nos hable|llame|marque"},
	{Name: "es send someone", Pattern: "mandeme|mandenme|mande|manden al|a la? muchacho|muchacha|senor|senora|agente ~8 platicamos|platicar|hablamos|hablar"},
	// dev301 (stop 52): "mejor que venga alguno de ustedes el sábado ... y
	// ahí en la casa platicamos bien"
	{Name: "es send someone", Pattern: "que venga|vengan alguno|alguien|alguna ~1 de ustedes"},
	// "mándeme al muchacho de los préstamos a mi casa", "mándeme al señor
	// que vino la otra vez, él sí me explicaba bien" (blind40, blind46)
	{Name: "es send someone", Pattern: "mandeme|mandenme|mande|manden al|a la? muchacho|muchacha|senor|senora|senorita|agente|tecnico|ajustador|alguien ~6 a mi|la casa / mandeme|mandenme|mande|manden al|a la? muchacho|muchacha|senor|senora|senorita|agente|tecnico|ajustador ~8 |? ~4 explicaba|explicaria|explique|explica|sabia|atendio"},
	// "denle un toque a ella al 646...", "dame un timbrazo"
	{Name: "es call me", Pattern: "denle|dele|deme|dame|denme|dale|denos|danos un timbrazo|telefonazo|fonazo / regaleme|regalame|regalenme una timbrada|llamada|llamadita / denle|dele|deme|dame|denme|dale|denos|danos un toque | / denle|dele|deme|dame|denme|dale|denos|danos un toque a|al ella|el|mi|su|este|ese|numero|cel|celular"},
	// "¿me hacen una videollamada por WhatsApp?"
	{Name: "es call me", Pattern: "me|nos hacen|hace|haces|pueden|puede|podrian|podria ~1 una videollamada|videollamadita / hacemos|hagamos|podemos|tenemos ~2 videollamada|videollamadita"},
	// "¿quién me puede atender en vivo?"
	{Name: "es talk to person", Pattern: "quien|alguien me|nos puede|pueden|podria atender|atenderme ~2 vivo|persona|telefono|llamada / quien|alguien me|nos atiende|atienda ~2 vivo|persona|telefono|llamada"},
	// dev255 (lost to the retrain's model): "que me den un timbrazo
	// cuando puedan", "my husband wants to meet el dueño before signing"
	{Name: "es give a ring", Pattern: "me|nos den|de ~1 un|una timbrazo|telefonazo|llamada|llamadita|grito|toque"},
	// dev295 (stop 52), Spain: "¿me podéis dar un toque esta tarde?",
	// "¿podría alguien de preventa darme un toque?", "un toque cuando
	// podáis"
	{Name: "es give a ring", Pattern: "darme|darnos|dadme|dame|deme|denme un toque|toquecito|telefonazo|timbrazo / me|nos @can ~1 dar un toque|toquecito|telefonazo|timbrazo / un toque|toquecito|telefonazo cuando|si ~1 podais|podeis|puedan|pueda|puedas|quieras|quieran"},
	{Name: "es face to face", Pattern: "meet|conocer|conocerlo al|el|the dueno|owner|jefe|gerente|manager"},
	// "quisiera oír la voz de quien me va a hacer la oferta"
	{Name: "es voice", Pattern: "oir|escuchar la|su voz de|del ~1 quien|que|agente|dueno|comprador|asesor|persona"},
	// "que me escriba alguien que trabaje ahí": a person to answer,
	// not the machine
	{Name: "es that person", Pattern: "que me|nos escriba|escriban|conteste|contesten|responda|respondan|atienda alguien|persona|humano|humana|cristiano / que me|nos escriba|conteste|responda|atienda una|un persona|humano|humana|agente|cristiano"},
	// dev261 to dev264 (new this stop): "¿me pasás con quien sea que
	// decide los precios?", "pueden mandar a una señorita que me
	// explique", "que le marquen a él, él es el que decide"
	{Name: "es put through", Pattern: "me|nos pasas|pasa|pasan|pasen|comunicas|comunica|comunican con quien|alguien / me|nos pasas|pasa|pasan|pasen|comunicas|comunica|comunican con el|la|su encargado|encargada|dueno|duena|gerente|supervisor|supervisora|jefe|jefa"},
	{Name: "es talk to person", Pattern: "mandar|manden|mande a? un|una? alguien|senorita|muchacho|muchacha|persona|asesor|asesora|agente ~2 que me|nos explique|expliquen|atienda|atiendan"},
	{Name: "es relayed call", Pattern: "que le|les marquen|llamen|hablen a el|ella"},
	// "preferiría revisarlo con quien lleve la obra, de preferencia por
	// teléfono", "me explique las opciones en persona", "que lo vea
	// conmigo alguien de su departamento comercial"
	{Name: "es by phone", Pattern: "de preferencia por telefono|llamada / preferentemente|preferiblemente por telefono|llamada"},
	{Name: "es talk to person", Pattern: "revisarlo|verlo|platicarlo|hablarlo|revisar|ver con quien ~2 decide|lleve|maneja|encarga|este / me|nos explique|expliquen ~4 en persona / vea|revise|platique|vean|revisen|platiquen conmigo alguien / que|pueden|puede|manden|mande|quiero|necesito|quisiera ~4 alguien de su departamento|equipo|area / que|pueden|puede|manden|mande|quiero|necesito|quisiera ~4 alguien del departamento|equipo|area"},
	// a meeting proposed: "coordinar una reunión presencial", "le propongo
	// una videollamada con su equipo", "¿cuándo tendría disponibilidad su
	// gerente para una reunión breve?", "una cita con alguno de sus
	// asesores"
	{Name: "es face to face", Pattern: "reunion|junta|cita|visita presencial / reunion|junta en persona / propongo|proponemos|agendemos|coordinemos|agendar|coordinar|programar|programemos|solicito|solicitar|sugiero ~1 una videollamada|videoconferencia|reunion|junta|llamada / disponibilidad ~4 para ~1 una? reunion|llamada|junta|cita|videollamada / cita|reunion|llamada|junta con alguno|alguna|uno|una de sus|los asesores|agentes|ejecutivos|representantes|vendedores"},
	// "me entró una llamada de ustedes ... ¿me la pueden regresar?"
	{Name: "es call me", Pattern: "llamada ~8 | me|nos la pueden|puede|podrian|podria|puedes regresar|devolver / llamada ~8 me|nos la pueden|puede|podrian|podria|puedes regresar|devolver"},
	// "eso lo quisiera ver con una persona, no por aquí"
	{Name: "es talk to person", Pattern: "ver|verlo|verla|revisar|revisarlo|checar|checarlo|tratar|tratarlo|discutir|discutirlo|platicarlo|hablarlo con una|un persona|humano|humana|agente|asesor|asesora|representante|senor|senora"},
	// "prefiero explicarlo en vivo", "I'd rather explain this en vivo",
	// "¿cuál es la extensión de la señora Ramírez?"
	{Name: "es by phone", Pattern: "prefiero|preferiria|rather|mejor ~1 explicarlo|explicarle|explicar|explain|platicarlo|hablarlo ~3 en vivo|persona / prefiero|preferiria|rather|mejor ~1 explicarlo|explicarle|explicar|explain|platicarlo|hablarlo ~3 por telefono"},
	{Name: "es your number", Pattern: "cual es ~1 la|su extension / cual es ~1 la|su linea directa"},
	{Name: "es talk to person", Pattern: "@putme ~1 con|al|a ~2 @esperson"},
	// "pásame a tu jefe"
	{Name: "es talk to person", Pattern: "@putme ~1 con|al|a ~1 tu|su|el|la @boss"},
	// "Ponme con él que yo no me entiendo con estos mensajitos",
	// "páseme con usted"
	{Name: "es talk to person", Pattern: "@putme ~1 con el|ella|ellos|ellas porque|pues|ya|porfa / @putme ~1 con el|ella|ellos que yo|no|me|ya|porque / @putme ~1 con el|la que|quien maneja|lleva|sabe|atiende|decide|manda / @putme ~1 con ella|usted|ustedes|ellos"},
	{Name: "es talk to person", Pattern: "me|nos @meverb|comunicas|pasas|comunicar|pasar|pasa|pasan|comunica|comunican ~1 con|al ~2 @esperson"},
	// "¿es posible que una persona real me escriba?"
	{Name: "es talk to person", Pattern: "persona|alguien real|humana|humano ~2 me|nos escriba|escriban|conteste|contesten|atienda|atiendan|responda|respondan"},
	// "¿y no hay un humano por ahí?", "¿hay alguna persona real ahí?"
	{Name: "es talk to person", Pattern: "hay un|una|alguna|algun humano|humana|persona ~2 ahi|alli|aca|disponible / no hay un|una|algun humano|humana|persona ~2 ahi|alli|aca"},
	{Name: "es talk to person", Pattern: "@want ~1 un|una|algun|alguna @esperson"},
	{Name: "es talk to person", Pattern: "con quien ~2 hablar|puedo|comunicarme"},
	// "quiero que venga alguien a la casa", "¿el dueño puede venir?", "¿nos
	// podemos ver en un café?", "pásame con alguien que sepa", "quiero
	// hablar con Mario", "¿sería tan amable de llamarme?"
	// ("prefiero que venga alguien a la casa y me explique con calma",
	// blind47)
	{Name: "es talk to person", Pattern: "quiero|queremos|necesito|necesitamos|pueden|puede|podrian|podria|prefiero|preferimos|quisiera que? venga|vengan|venir ~2 alguien|@esperson / @esperson ~2 puede|pueden|podria venir / nos podemos|podriamos|pudieramos ver|reunir / @putme ~1 con ~2 alguien|@esperson"},
	{Name: "es talk to person", Pattern: "quiero|quisiera|necesito|ocupo|ocupamos|puedo hablar|platicar con"},
	// "prefiero en persona", "mejor en persona, ¿tienen oficina?"
	{Name: "es talk to person", Pattern: "prefiero|preferiria|preferimos|mejor ~1 en persona / prefiero|preferiria|preferimos personalmente"},
	// "si alguien me llama antes de las 2, lo dejamos hecho"
	{Name: "es call me", Pattern: "si alguien|ustedes|usted|uds me|nos llama|llaman|marca|marcan|habla|hablan"},
	{Name: "es call me", Pattern: "amable|favor de ~1 llamarme|marcarme|contactarme|hablarme"},
	{Name: "es talk to person", Pattern: "hay ~1 un|una|algun|alguna|alguien @esperson? ~1 @there|con"},
	{Name: "es talk to person", Pattern: "@meet ~4 en persona|oficina"},
	{Name: "es your number", Pattern: "cual|whats|what es|is ~1 @your phone? @numero"},
	{Name: "es your number", Pattern: "a|al que|cual @numero ~3 @call / que @numero ~2 @call"},
	// ("me da ansiedad el phone" gives no number)
	{Name: "es your number", Pattern: "me|nos das|da|pasas|pasa|mandas|manda|dan|pasan|mande|proporcionar|proporcione|dar porfa|rapido|ya|mejor? @your ~2 @numero"},
	{Name: "es your number", Pattern: "@putme|mandame|mandeme ~1 tu|su|el @numero / send me ~1 tu|su|el @numero"},
	// "preferimos hablarlo con alguien de vuestra oficina", "¿podríamos
	// quedar un día en persona?"
	{Name: "es talk to someone", Pattern: "hablarlo|hablarla|platicarlo|platicarla|verlo|tratarlo con alguien|alguno / hablarlo|hablarla|platicarlo|platicarla|verlo|tratarlo con una persona / quedar|vernos|reunirnos ~3 en persona"},
	// "pásame el cel del señor que hace las ofertas"
	{Name: "es your number", Pattern: "pasame|pasenme|paseme|dame|deme|denme el|su|tu @numero"},
	{Name: "es your number", Pattern: "@numero directo|directa / @numero ~2 para|donde ~3 @call"},
	{Name: "es by phone", Pattern: "hablar|hablamos|hablemos|platicar|platicamos ~2 por telefono|phone|fon|cel|celular"},
	// "denme una llamada", "me hace una llamadita", "echame un telefonazo"
	{Name: "es call me", Pattern: "denme|dame|deme|dadme|hazme|hagame|haganme|hacedme|echame|echeme|echenme|echadme|pegame|pegueme|peguenme|tirame|tireme ~1 un|una llamada|llamadita|telefonazo|timbrazo|tubazo|timbre|fonazo|toque|buzz|ring|call|grito"},
	{Name: "es call me", Pattern: "me|nos hace|hacen|haces|da|dan|das|echa|echan|echas|pega|pegan ~1 un|una llamada|llamadita|telefonazo|timbrazo|tubazo|timbre|fonazo|toque|buzz|call|ring"},
	// "llamen a este número después de las 4", "dime tu número y te marco"
	{Name: "es call me", Pattern: "llamen|llame|llamame|llamenme|marquen|marque|marcame|marquenme a|al ~1 este|mi|ese numero|cel|celular|telefono"},
	{Name: "es your number", Pattern: "dime|digame|diganme|decime ~1 tu|su|el @numero"},
	// "¿puede escribirme una persona y no el sistema?"
	{Name: "es talk to person", Pattern: "escribirme|contestarme|escribame|contesteme|escribanme|contestenme ~1 un|una|alguna? persona|humano|alguien / escribirme|contestarme ~1 alguien de verdad"},
	// "me puede atender una persona?", "que me conteste una persona"
	{Name: "es talk to person", Pattern: "me|nos ~2 atender|atienda|atiendan|conteste|contesten|contestar|responda|respondan ~1 un|una|el|la|alguna? @esperson"},
	// "¿me puede escribir una persona real en vez de la máquina?", "que
	// me escriba una persona", asked or wished ("me acaba de escribir la
	// agente" tells what happened)
	{Name: "es talk to person", Pattern: "me|nos puede|pueden|podria|podrian|podra ~1 escribir ~1 un|una|el|la|alguna? @esperson / me|nos escriba|escriban ~1 un|una|el|la|alguna? @esperson"},
	// "una cita con un vendedor", "una reunion con el asesor"
	{Name: "es talk to person", Pattern: "cita|reunion|junta con ~1 un|una|el|la|algun|alguna? @esperson"},
	{Name: "es by phone", Pattern: "@better ~3 por telefono|llamada / @better ~2 hablar|llamada|llamar|hablarlo|call"},
	// "espero su llamada", "¿me vuelven a marcar?", "podemos vernos",
	// "una videollamada con alguien de su equipo"
	{Name: "es call me", Pattern: "espero|esperamos|aguardo|quedo ~4 su|tu|sus llamada|llamadas|call"},
	{Name: "es call me", Pattern: "me|nos vuelve|vuelven|vuelvas|volveran|regresan|pueden|puede volver? a llamar|marcar|hablar"},
	{Name: "es talk to person", Pattern: "podemos|podriamos|pudieramos|quisiera|quiero|prefiero|vamos ~2 vernos|reunirnos|juntarnos"},
	{Name: "es talk to person", Pattern: "videollamada|videoconferencia|llamada|zoom con ~3 alguien|@esperson"},
	// a call for the one the lead writes for: "ella quiere que le llame
	// una persona", "¿el comprador lo puede llamar directo?", "pregunta
	// si alguien de su equipo le puede marcar" (see forPrincipal)
	{Name: "es call principal", Pattern: "que mejor le|lo|la llamen|marquen|llame|marque / que le|lo|la llame|llamen|marque|marquen ~2 una|un|alguien|@esperson / @esperson|alguien|comprador ~4 le|lo|la puede|pueden|podria ~1 llamar|marcar / alguien|@esperson ~3 le|lo|la llame|llamen|marque|marquen / si le|lo|la puede|pueden|podria|podrian llamar|marcar / quiere|quieren|pidio|pide|prefiere que ~1 le|lo|la llamen|marquen|llame|marque"},
	// "¿tenés un número fijo para llamarte?", "que alguien pase por la
	// casa pa hablar", "¿me podés pasar con alguien que sepa?"
	{Name: "es your number", Pattern: "@numero ~3 para llamarte|llamarle|llamarlos|llamarles|marcarte|marcarle"},
	{Name: "es talk to person", Pattern: "alguien|@esperson ~1 pase|pasen|venga|vengan ~4 hablar|platicar|explicar"},
	{Name: "es put through", Pattern: "me|nos puede|puedes|podes|pueden|podria|podrian pasar|comunicar|transferir con ~1 alguien|una|un|el|la"},
	// "¿con una persona de verdad se puede hablar?", "mejor por phone"
	{Name: "es talk to person", Pattern: "persona|alguien de verdad|real ~3 se puede hablar / se puede hablar con ~2 persona|alguien"},
	{Name: "es by phone", Pattern: "mejor|prefiero por phone|fon|cel|llamada|telefono"},
	// "por teléfono mejor", "mejor que la llamen a ella", "¿no tienen una
	// persona de verdad disponible?"
	{Name: "es by phone", Pattern: "por telefono|llamada|phone|cel mejor"},
	// "por teléfono nos entenderíamos mejor", "hablando nos entendemos",
	// "mejor si hablo con uno de sus asesores"
	{Name: "es by phone", Pattern: "telefono|llamada|llamadita|phone ~3 entenderiamos|entendemos|entenderemos / hablando nos|se entiende|entendemos|entenderiamos"},
	{Name: "es by phone", Pattern: "mejor|rapido|facil si hablo|hablamos con uno|una de sus|tus|ustedes / mejor|rapido|facil si hablo|hablamos con ustedes|usted|ti"},
	{Name: "es call principal", Pattern: "mejor que le|lo|la llamen|marquen|llame|marque"},
	// "prefiero sentarme con alguien", "quisiera platicarlo con un asesor"
	{Name: "es talk to person", Pattern: "sentarme|sentarnos|reunirme|reunirnos|juntarme|juntarnos|juntemonos con ~1 alguien|un|una|el|la|algun|alguna? @esperson / charlarlo|platicarlo|hablarlo|charlar|platicar con ~1 un|una|el|la|algun|alguna @esperson"},
	{Name: "es talk to person", Pattern: "persona|humano|alguien de verdad|real ~4 tienen|tiene|hay|disponible"},
	// dev229: "dígale al jefe q me eche un grito al cel", "¿No será más
	// fácil por teléfono?", "¿tenés un fijo o un celu donde te ubique?",
	// "quiero preguntarle cara a cara", "con ese quiero hablar", "quiero
	// que ella me siga el caso", "¿me lo pueden conectar?", "¿me pone en
	// contacto con quien maneja los créditos?", "q venga alguien de
	// ustedes a verla y platicamos ahí", "agendar una cita presencial"
	// dev231: "prefiero oír una voz", "deme un teléfono y yo mismo
	// marco", "¿tienen un número fijo?", "necesito que alguien me oiga",
	// "¿hay forma de hacer esto por teléfono?", "quiero a alguien de la
	// empresa", "mejor por voz", "me explico mejor hablando", "que vengan
	// y lo hablemos", "quiero pasar pa que nos expliquen"
	{Name: "es voice", Pattern: "oir|escuchar una voz / voz humana / de viva voz / mejor|prefiero|prefiere por|de voz / me explico mejor hablando|platicando / explain it? better talking|out|aloud / explain it? better by phone / explain it? better in person"},
	{Name: "es your number", Pattern: "dame|deme|denme|pasame|paseme|mandame|mandeme un numero|telefono|cel ~4 marco|llamo|hablo|dial|call / tienen|tiene|hay ~1 un numero|telefono fijo|directo"},
	{Name: "es that person", Pattern: "alguien ~2 me oiga|escuche|oigan|escuchen / quiero|necesito|ocupo a? alguien de la empresa|compania|oficina / me lo|la consigue|consiguen|consigues / vengan|venga ~4 hablemos|platiquemos / pasar|ir ~4 pa|para que nos|me expliquen|atiendan"},
	{Name: "es by phone", Pattern: "hacer|hablar|ver|arreglar esto|lo por telefono|llamada / forma|manera de ~2 por telefono|llamada"},
	{Name: "es give a ring", Pattern: "eche|echen|echa|echame|echeme|echenme|echarme ~1 un grito|telefonazo|timbrazo|fonazo|llamadita"},
	{Name: "es easier by phone", Pattern: "mas facil|rapido|sencillo por telefono|llamada / mas facil|rapido hablarlo|platicarlo|llamarnos|hablarnos"},
	{Name: "es your number", Pattern: "tenes|tiene|tienen|tienes|hay ~1 un|algun? fijo|celu|cel|celular|telefono|numero ~4 donde|para|pa ~2 ubique|ubico|llame|llamo|marque|marco|llamar|marcar|hablar|comunicarme"},
	{Name: "es face to face", Pattern: "cara a cara / face to face / en vivo y en directo"},
	{Name: "es that person", Pattern: "con ese|esa|el|ella|usted quiero|quisiera|necesito hablar / quiero|quisiera que ella|el|usted me siga|atienda|lleve ~1 el|mi caso|tramite|reclamo"},
	{Name: "es that person", Pattern: "me lo|la pueden|puede|podrian|podria conectar|comunicar / me|nos pone|ponga|pones|ponen|puede|pueden ~1 en contacto con"},
	{Name: "es that person", Pattern: "que venga|vengan alguien ~6 platicamos|hablamos|platicar|hablar / cita presencial / agendar|hacer|sacar ~1 una cita con ~1 el|la|un|una @esperson"},
	// a call promised and not made: "dijo q me iba a llamar back. ¿Me lo
	// recuerdan? still waiting", "quedaron de marcarme el lunes y nadie se
	// comunicó", "me dijeron que un agent me iba a llamar ayer y nada"
	// (the promise: see spanishAskRules)
	{Name: "es call owed", Pattern: "still waiting / sigo|seguimos esperando / todavia|aun estoy|estamos esperando / y nada / hasta ahorita|ahora nada / nadie se comunico|llamo|marco|hablo / nunca me|nos llamaron|marcaron|hablaron"},
	// "necesito un callback"
	{Name: "es call me", Pattern: "necesito|quiero|pido|queremos un|una callback|llamadita"},
	// "¿me puedes hacer callback?", "hágame un callback"
	{Name: "es call me", Pattern: "hacer|hacerme|hazme|haces|hace|hagan|haganme|hagame|dar|darme|dame|deme un? callback"},
	// "¿alguien tiene cinco minutos para una llamada?"
	{Name: "es call me", Pattern: "minutos|minutitos|momento ~2 para una|un llamada|llamadita|call"},
	// dev248: the direct line of the one who helped before, to go on
	// with her: "¿tiene el directo de la señora?", "me gustaría seguir
	// con ella"
	{Name: "es that person", Pattern: "tiene|tienen|tienes|pasa|pasan|das|dan|da el|su directo / el directo de|del / gustaria|quiero|quisiera|prefiero seguir con la|el senora|senor|muchacha|muchacho|agente|senorita que me|nos atendio|ayudo|atendieron|ayudaron|vino"},
	// stop 47: someone of the business to seek the lead out: "mejor que
	// me busque el señor que vino", "mejor que me llamen ustedes"
	{Name: "es seek me", Pattern: "mejor que me|nos busque|busquen|llame|llamen|marque|marquen|hable|hablen"},
	// "quiero que alguien me lo explique por teléfono"
	{Name: "es someone by phone", Pattern: "que alguien ~6 por telefono|llamada"},
})

// talkHappened reports a talk or call at i that is a noun for one that
// happened, not a request: "had a good talk with your rep", "we already
// had the call with your rep", "ya tuve la call con tu rep".
func talkHappened(toks []string, i int) bool {
	switch toks[i] {
	case "talk", "chat":
		return i > 0 && talkNounDet.Has(toks[i-1])
	case "call", "llamada", "videollamada", "reunion", "cita", "junta":
		return i >= 2 && (toks[i-1] == "the" || toks[i-1] == "la") && hadVerbs.Has(toks[i-2])
	}
	return false
}

var (
	esDontYouDare = textmatch.NewSet("ocurra", "atrevan", "atrevas")
	esInstead     = textmatch.NewSet("vez", "lugar")
	ownPeopleEs   = textmatch.NewSet("esposo", "esposa", "hijo", "hija", "mama", "papa", "abogado", "abogada", "contador", "contadora", "banco", "hermano", "hermana", "familia")
)

var requestVerbs = textmatch.NewSet("venga", "vengan", "venir", "pasame", "paseme", "pasenme", "comunicame", "comuniqueme", "comuniquenme", "ponme", "pongame")

var meetingNoun = textmatch.NewSet("videollamada", "videoconferencia", "llamada", "zoom", "cita", "reunion", "junta")

var (
	hadVerbs     = textmatch.NewSet("had", "did", "finished", "after", "tuve", "tuvimos", "tuvo", "tuvieron", "hicimos", "despues")
	dislikeWords = textmatch.NewSet("hate", "dislike", "avoid", "odio", "detesto")
	busyBefore   = textmatch.NewSet(textmatch.Break, "im", "am", "currently", "just", "still", "was", "rn", "already", "sorry",
		// Spanglish: "ando on a call con el foreman", "estoy on a call"
		"ando", "estoy", "toy", "sigo", "ahorita", "ahora")
	decideVerbs   = textmatch.NewSet("make", "makes", "making", "made", "my", "final", "tough", "right", "your")
	comparedAdj   = textmatch.NewSet("fast", "quick", "smart", "good", "polite", "nice", "friendly", "funny", "helpful")
	transactVerbs = textmatch.NewSet("pay", "paying", "order", "ordering", "renew", "renewing", "sign", "signing", "vote", "apply", "applying", "book", "booking")
	textChannel   = textmatch.NewSet("text", "texting", "txt", "texts", "email", "emails", "sms", "chat", "whatsapp")
	personAttr    = textmatch.NewSet("id", "number", "code", "license", "licence", "name", "fee", "fees", "commission", "portal", "login")
	talkNounDet   = textmatch.NewSet("a", "great", "good", "nice", "long", "quick", "the", "our", "that")
)

// spanishOwn are the sender's own people and places after "de":
// "el telefono de la oficina", "el numero del asesor".
var (
	spanishOwn = textmatch.NewSet("oficina", "empresa", "compania", "negocio", "agente", "asesor", "gerente", "equipo",
		"ustedes", "usted", "vendedor", "encargado", "dueno", "office", "agent",
		// the person who does the work: "el cel del señor que hace las
		// ofertas", "el teléfono del que compra las casas"
		"senor", "senora", "muchacho", "muchacha", "joven", "persona", "que")
	spanishDet = textmatch.NewSet("la", "el", "su", "sus", "tu", "los", "las", "un", "una")
)

// spanishNameTail may follow "llamame" or "me llaman" in a request; any
// other single word that ends the clause is a name ("puede llamarme
// Lupita", "me llaman Chuy").
var spanishNameTail = textmatch.NewSet("por", "porfa", "xfa", "plis", "porfavor", "a", "al", "manana", "hoy", "despues",
	"pues", "entonces", "mejor", "aqui", "ahi",
	// a subject after the verb: "¿me puede llamar alguien?"
	"alguien", "alguno", "alguna", "usted", "ustedes",
	"en", "cuando", "ahorita", "ahora", "luego", "temprano", "tarde", "ya", "de", "este", "mi", "lo", "please", "pls",
	"asap", "now", "today", "tomorrow", "urgente", "rapido", "pronto", "otra", "nuevo", "gracias", "si", "cuanto",
	// the subject pronoun of an imperative: "llamame vos", "llameme usted"
	"vos", "tu", "usted", "ustedes")

var botWords = textmatch.NewSet("robot", "bot", "maquina", "ia", "automatico", "automatica", "contestadora")

var askMatcher = textmatch.MustCompile(askClasses, []textmatch.Rule{
	// "call me", "give me a ring", "ring me tmrw"
	{Name: "call me", Pattern: "call|ring|dial|buzz|callback|cull @callme"},
	// dev340, dev336 (stop 55): "im drivin, can u ring insted", "please
	// let him know Abu Khalil wants a word"
	{Name: "call me", Pattern: "can|could|would you call|ring|phone|buzz instead / please|just call|ring|phone|buzz instead"},
	{Name: "talk to person", Pattern: "wants|want a word | / like|want|wants|need a quick? word with you|your|the|whoever|someone|somebody|one"},
	// dev342 (stop 55): "My lawyer would like a quick conference call with
	// your closing coordinator", "I'd like five minutes with him"
	{Name: "call me", Pattern: "would like|love a quick? conference|phone? call with your|the|someone|somebody|a|an / wants|needs|need a quick? conference|phone? call with your|someone|somebody"},
	{Name: "person to talk to", Pattern: "like|want|need ~2 minutes|mins|min with him|her|you|them|someone|somebody / can|could|may i|we get ~2 minutes|mins|min with him|her|you|them|someone|somebody"},
	// dev343 (stop 55): "can I get whoever's in charge?"; in Spanish a
	// visit, a video call or an appointment with a person: "quisiera que
	// alguien de ustedes nos visitara para platicarlo", "para hacerle una
	// videollamada", "hacer cita en su oficina con el que ve lo de los
	// seguros"
	// dev338 (stop 55): "it would probably be easier for everyone if one
	// of your guys just rang me on the drive home", "it would put my mind
	// at ease if a licensed person walked me through it by phone"
	{Name: "call me", Pattern: "@better ~3 if one of your|you ~2 called|rang|phoned|call|ring me|us / @better ~3 if a|an|the|your|one|someone|somebody ~3 walked|talked|took me through ~4 by|over|on the? phone|call / mind at ease ~2 if a|an|the|your|one|someone|somebody ~3 walked|talked|took me through ~4 by|over|on the? phone|call"},
	// dev350, dev351, dev355 (stop 55), short messages: "loan officer
	// swing by the house?", "anyone real there?", "who's the boss there?
	// need him", "me tiran un call ahorita?", "tienen oficina? paso a
	// verlos", "¿será posible que él mismo me contacte?"
	{Name: "call me", Pattern: "officer|agent|rep|adviser|advisor|salesman swing|stop|come by|over ~2 the|my? house|home|place / can|could|would someone|somebody swing|stop|come by|over ~2 the|my? house|home|place"},
	{Name: "real person", Pattern: "anyone|anybody|someone|somebody real|human|alive there|here|around |"},
	{Name: "whoever in charge", Pattern: "who is the boss|manager|owner|supervisor there | i? need him|her |"},
	{Name: "es call me", Pattern: "me|nos tiran|tiras|tira|tire|echan|echas un|una call|llamada|telefonazo|llamadita"},
	{Name: "es visit", Pattern: "paso|pasamos a verlos|visitarlos / sera|seria posible que ~1 me|nos contacte|contacten|llame|llamen|hable|hablen|visite|visiten / sera|seria posible que el|ella mismo|misma me|nos contacte|llame|hable|visite"},
	{Name: "whoever in charge", Pattern: "get|give me? whoever|whoevers ~1 in charge"},
	// "I need whoever's over the install crew." (stop 75's fresh set;
	// not "... over the install crew to bring the permit")
	{Name: "whoever in charge", Pattern: "need|want whoever|whoevers ~1 over|runs|supervises ~3 crew|crews|team|installers|techs|department|office|shop|site|job|jobs |"},
	{Name: "es visit", Pattern: "quisiera|quiero|queremos|necesito|necesitamos|pueden|puede|podria|podrian|gustaria ~3 alguien|alguno de ustedes ~2 visitara|visite|visiten|venga|vengan|viniera|pase|pasara"},
	{Name: "es visit", Pattern: "hacerle|hacerles una? videollamada|videollamadas|videocall / una videollamada con ustedes|usted|alguien / hacer|sacar|agendar|pedir una? cita ~3 en su oficina"},
	// dev226: "Can you get me to a specialist?", "book a time with an
	// underwriter", "I'd still like to go over the quote with someone",
	// "I'd like to sit down con el dueño", "nobody ever returned my
	// voicemail"
	// "someone on your end to hear me out", "I rather go in person",
	// "can you guys try again? I missed your call", "need this escalated"
	{Name: "hear me out", Pattern: "someone|somebody|anyone ~4 hear me out / i|id rather go in person / need|want this|it escalated / escalate this|it to"},
	// "I missed a call de ustedes como a las 3, can you guys try again?"
	// (a missed call named: see askRules)
	{Name: "call again", Pattern: "can|could you|yall ~2 try|call ~1 again|back / can|could whoever ~3 try|call ~1 again|back"},
	// "Who owns the company? I'd want to deal with them directly",
	// "Anybody free to go over this out loud tonight?"
	{Name: "hear me out", Pattern: "want|wanna|like|prefer|rather|need to? deal with you|them|him|her|someone directly / can|could i|we deal with you|someone directly / want|wanna|like|prefer|rather|need to? deal directly with / anybody|anyone|someone|somebody|can|could ~5 go over|through|talk ~3 out loud|aloud"},
	{Name: "get me to", Pattern: "get|put me|us through? to|with a|an|the|your ~1 @person / get|put me|us through? to|with someone|somebody"},
	{Name: "meet person", Pattern: "book|schedule|set up? ~2 time|call|meeting|appointment with a|an|the|your ~1 underwriter|underwriters|processor|adjuster|specialist|advisor|broker|agent / go over|through ~5 with someone|somebody / go over|through ~5 with an|a agent|person|specialist / sit down with|con you|yall|someone|somebody|alguien / sit down with|con one of your / sit down con el|la dueno|duena|gerente|jefe|jefa / sit down with the|your adjuster|owner|manager|agent|underwriter|specialist|supervisor|broker"},
	{Name: "call owed", Pattern: "nobody|noone ~1 returned|answered my|our voicemail|voicemails|call|calls / no one ~1 returned|answered my|our voicemail|voicemails|call|calls / still waiting on|for a|the|your|that call|callback"},
	// "could we do this on zoom w/ an interpreter?", "can we do FaceTime?",
	// "can we set up a video call?"
	{Name: "video call", Pattern: "can|could|should|shall we|i|you ~2 do|setup|set|schedule|have|get|hop|jump ~3 zoom|facetime|videocall|videollamada / can|could|should|shall we|i|you ~2 do|setup|set|schedule|have ~3 video call|chat|meeting|conference / can|could|should|shall we|i|you ~2 do|setup|set|schedule|have|get|hop|jump ~3 google meet|hangout / can|could|should|shall we|i|you ~2 do|setup|set|schedule|have|get|hop|jump ~3 teams|skype|webex"},
	{Name: "call me", Pattern: "phone me|us|back"},
	// dev267, dev268: "mind having your manager get in touch?", "I want him
	// on the horn", "send someone out to the shop to walk me through it",
	// "I'll deal with a person or nobody"
	{Name: "talk to person", Pattern: "have|having|get your manager|boss|supervisor|owner ~1 get in touch / have|having|get your manager|boss|supervisor|owner ~1 call|reach|contact me|us / want|get him|her|someone|somebody|you on the horn|phone|line / send|get someone|somebody ~4 to walk me|us through / send|get someone|somebody ~4 to explain|show"},
	// dev274, dev275, dev277 (stop 51): "who over you? I need whoever make
	// the decisions", "go get me a grown-up", "is the owner around? I want
	// to run something by him myself", "text ain't cutting it. need
	// voices", "mándame al jefe", "quiero que me visite un asesor", "yo
	// quiero resolver esto con gente, no con un programa", "¿me podría
	// atender el mismo señor que vino la otra vez?"
	{Name: "talk to person", Pattern: "who is|s over you / who is over you / who over you / need|want ~2 whoever make|makes|calls the decisions|decision|shots / get|put me ~2 whoever make|makes|calls the decisions|decision|shots"},
	{Name: "talk to person", Pattern: "get me a|an grown up|grownup|adult / get me someone|somebody real"},
	{Name: "talk to person", Pattern: "is the|your owner|manager|boss|supervisor around|in|there|available ~4 run|talk|speak|ask|discuss / is the|your owner|manager|boss|supervisor around|in|there|available | ~4 run|talk|speak|ask|discuss"},
	{Name: "not by text", Pattern: "text|texting|texts aint|isnt|not cutting it / text|texting|texts is not cutting it / need|want|needs voices |"},
	{Name: "es put through", Pattern: "mandame|mandeme|manden|pasame|paseme|pasenme al jefe|encargado|supervisor|dueno|gerente / mandame|mandeme|manden|pasame|paseme|pasenme con el|la jefe|jefa|encargado|encargada|supervisor|dueno|duena|gerente"},
	{Name: "es that person", Pattern: "que me|nos visite|visiten|venga|vengan un|una|el|la asesor|asesora|agente|vendedor|vendedora|representante|ajustador / que me|nos visite|visiten alguien"},
	{Name: "es that person", Pattern: "con gente|personas|humanos ~1 no con un|una? programa|robot|maquina|bot|sistema|computadora / con gente|personas|humanos | no con un|una? programa|robot|maquina|bot|sistema|computadora / con una persona | no con un|una? programa|robot|maquina|bot|sistema|computadora / ustedes tienen gente|personas|humanos | / tienen gente|personas real|reales|humana|humanas"},
	{Name: "es that person", Pattern: "me|nos ~1 atender|atienda|atiendan el|la mismo|misma|senor|senora|muchacho|muchacha|joven|licenciado|licenciada|ingeniero"},
	// dev280, dev283: "a mí denme una voz, no mensajitos", "mi mamá
	// quiere que alguien de la aseguranza le hable", "quiero con el
	// encargado", "dígame dónde y cuándo y allá voy", "Carl me tomorrow
	// morning" (voice-to-text), "a flesh and blood person", "mándeme a
	// alguien a la casa"
	// dev307 (stop 53), a neighbour writing for an old man: "pide que
	// alguien de la compañía le hable a su casa mañana temprano"
	// (asked for by the one written for; "mi vecina quiere que alguien
	// le hable de los paneles" refers someone else)
	// dev313 (stop 53): "can the owner marcarle a mi abuela?", "¿me
	// pasan el cel de quien lleva lo de la casa?"
	// (asked of the sender: "voy a llamarle a mi tía" is the lead's own
	// call; "¿me pasas el teléfono del plomero?" someone else's number)
	{Name: "es call for kin", Pattern: "puede|pueden|podria|podrian|can|could|porfa|favor ~4 marcarle|llamarle|hablarle a mi|mis abuela|abuelo|abuelita|abuelito|mama|papa|mami|papi|esposo|esposa|tia|tio|suegra|suegro"},
	{Name: "es whose number", Pattern: "pasan|pasas|pasa|pasar|pasenme|pasame|paseme|dan|da|das|dar|denme|dame|deme|mandan|manda|mandar el|su cel|celular|numero|telefono|whatsapp de quien ~2 lleva|maneja|ve|atiende|encarga"},
	{Name: "es call for kin", Pattern: "pide|pidio que alguien ~4 le|les hable|llame|marque|hablen|llamen|marquen"},
	{Name: "es that person", Pattern: "denme|deme|dame|den una voz|llamada / que alguien ~4 me|nos hable|llame|marque|hablen|llamen|marquen / mama|mami|papa|papi|abuela|abuelo|esposo|esposa|suegra|suegro quiere|necesita que alguien ~4 le hable|llame|marque"},
	{Name: "es put through", Pattern: "quiero|quisiera|necesito con el|la encargado|encargada|jefe|jefa|gerente|dueno|duena|supervisor|supervisora"},
	{Name: "meet person", Pattern: "digame|dime|diganme|digan donde y cuando ~3 voy|vamos|alla / digame|dime|diganme|digan donde y cuando ~3 nos vemos / tell me where and when |"},
	// dev287: "necesito que un ser humano revise mi caso", "solicita una
	// llamada con el director comercial"
	{Name: "es that person", Pattern: "que un ser humano ~1 revise|atienda|vea|lea|conteste|responda|diga|explique|llame|hable / que una persona ~1 revise|atienda|vea|lea|conteste|responda|diga|explique|llame|hable"},
	{Name: "es call me", Pattern: "solicita|solicito|solicitamos|pido|pedimos|pide una llamada|videollamada|reunion"},
	// dev289, dev290: "mándeme a su jefe", "hit me up por teléfono",
	// "¿quién es el mero mero ahí?", "FaceTime works for me if your guy's
	// got a minute", "is there a human in the building?"
	{Name: "es put through", Pattern: "mandame|mandeme|manden|pasame|paseme|pasenme a su|tu jefe|jefa|encargado|encargada|supervisor|supervisora|dueno|duena|gerente / quien es el mero mero / con el mero mero"},
	{Name: "call me", Pattern: "hit me|us up por|by|on|over my|the|el? telefono|phone|cel|cell|llamada"},
	{Name: "by phone", Pattern: "facetime works|sounds ~2 good|better|easier|fine / facetime works|sounds for me / facetime is fine / facetime would work"},
	{Name: "anyone there", Pattern: "is there a|one human|person|humano|persona in the building / is there a|one human|person|humano|persona there|anywhere|alive |"},
	// dev286: "I'd rather the owner of the company come take a look
	// himself", "I'd love 20 min live with one of your solutions engineers"
	{Name: "meet person", Pattern: "rather|prefer|want|like the owner|manager|boss of the|your company ~4 come|call|visit|himself|herself|personally / rather|prefer|want|like your owner|manager|boss|supervisor ~4 come|call|visit|himself|herself|personally"},
	{Name: "meet person", Pattern: "min|mins|minutes live with"},
	// dev299 (stop 52), formal: "is a real person able to correspond
	// with me by text?", "I must insist on dealing with a licensed
	// professional rather than an automated service", "your office may
	// reach me in chambers between two and four. I look forward to the
	// conversation"
	{Name: "real person", Pattern: "real|live|actual person|human able|available to ~1 correspond|communicate|talk|speak|chat"},
	// dev302 (stop 52): "go ahead and try my cell around noon", "we'd
	// like a quick conference call with someone from your company"
	{Name: "try my cell", Pattern: "try|ring|buzz my cell|phone|number|landline / ring|buzz me on my? cell|phone|landline"},
	{Name: "conference call", Pattern: "conference|video|zoom|phone|quick call|meeting with someone|somebody|anyone / conference|video|zoom|phone|quick call|meeting with one of|from your / conference|video|zoom|phone|quick call|meeting with an|a agent|person|rep|specialist"},
	{Name: "person not a machine", Pattern: "dealing|deal|speak|speaking|talk|talking with|to a|an ~2 professional|person|human|agent rather|instead than|of a|an automated|automatic|bot|robot|machine / dealing|deal|speak|speaking|talk|talking with|to a|an ~2 professional|person|human|agent rather|instead than|of automated|bots|robots|machines / look forward to the|our conversation|call |"},
	// dev291: "¿me pasas con la muchacha que me atendió la otra vez?"
	{Name: "es put through", Pattern: "me|nos pasas|pasa|pasan|pasen|comunicas|comunica|comunican con la|el muchacha|muchacho|senora|senor|chica|chico|joven|licenciada|licenciado"},
	// dev292: "is there a fella I could just get on the horn?", "yo
	// quiero una voz, not a computer"
	{Name: "call me", Pattern: "get|got on the horn / is there a|some fella|guy|gal|lady|person|someone|somebody i|we could|can ~2 call|ring|phone|talk"},
	{Name: "es that person", Pattern: "quiero|necesito|prefiero una voz"},
	// dev282: "who is the broker in charge? my husband wants to meet him"
	{Name: "your number", Pattern: "who is|s the broker|agent|manager|person in charge / who is the broker|agent|manager|person in charge"},
	{Name: "meet person", Pattern: "wants|want|like|need to meet him|her before / wants|want|like|need to meet the broker|agent|owner before"},
	{Name: "call me", Pattern: "carl|call|coll me|us tomorrow|today|tonight|back|asap|after|before|anytime|at"},
	{Name: "real person", Pattern: "a|some flesh and blood / with flesh and blood"},
	// (not "mándeme a alguien este sábado para empezar": the work)
	{Name: "es that person", Pattern: "mandeme|mandenme|manden|mande|mandame a alguien|un|una ~5 que nos|me ~1 sentemos|platiquemos|hablemos|explique|expliquen|revisemos|asesore"},
	// dev272: "please ask him to try me again after 3", "tell him to try
	// again, se cortó la llamada", "would the loan officer be able to come
	// by the house?"
	{Name: "call me", Pattern: "try me again|back / tell|ask him|her to try again|me / officer|agent|rep|adviser|advisor|salesman ~4 come by|over|out ~2 the|my? house|home|place"},
	// dev271: "she'd rather someone from your office rings her"
	{Name: "call me", Pattern: "rather|prefer someone|somebody ~4 rings|calls|phones|call|ring|phone her|him|me|us"},
	// "I'd like to set up 15 minutes with them" (the account exec)
	{Name: "talk to person", Pattern: "set up|aside ~1 minutes with / grab|book|schedule|get ~1 minutes with"},
	// "I would much rather you just telephone me"
	{Name: "call me", Pattern: "telephone me|us|back"},
	// "please return my call", "facetime me", "ft me?"
	{Name: "call me", Pattern: "return my|our call|calls / facetime|ft me|us"},
	// "who's the person I'd talk to about a pilot?"
	{Name: "your number", Pattern: "person|one|guy i|we would|should talk|speak to|with / person|one|guy id|ill talk|speak to|with"},
	// "set up time with a solutions engineer", "I want a word with them",
	// "meet the loan officer", "somebody to come out and talk with me"
	{Name: "meet person", Pattern: "set|setup|schedule|book|grab ~2 time|call|meeting|chat with ~3 @person / word with ~2 @person|them|you|whoever / meet|meeting with? the|your|a|an|one ~2 @person"},
	// dev36: "grab coffee with one of your loan officers", "have the guy
	// who did the estimate call me back"
	{Name: "meet person", Pattern: "coffee|lunch|breakfast with your|someone|somebody / coffee|lunch|breakfast with one of your"},
	{Name: "have call me", Pattern: "have|get the|your ~5 call|ring|phone me|us"},
	// "can the roofer who did the estimate give me a buzz?", "could the
	// tech who did my furnace in November reach out?", "can the guy who
	// came out hit me back?"
	{Name: "have call me", Pattern: "can|could|would the|your @staff ~6 give me|us a buzz|ring|call|jingle / can|could|would the|your @staff ~6 reach out / can|could|would the|your @staff ~6 hit me|us back"},
	// "can you have the fellow who did the estimate ring my cell?"
	{Name: "have call me", Pattern: "can|could|would you have|get the|your ~5 call|ring|phone my cell|phone|mobile|number / please have|get the|your ~5 call|ring|phone my cell|phone|mobile|number"},
	// "I'd feel better hearing this from a person"
	{Name: "talk to person", Pattern: "hear|hearing this|it from a|an real|live|actual? person|human"},
	// "can your rep come by our office Thursday?"
	{Name: "meet person", Pattern: "can|could your|the rep|agent|salesperson|representative come by|out|over|visit / can|could your|the rep|agent|salesperson|representative stop|swing by"},
	// "can you have Jessica reach out? she did our refi", "could you get
	// Marcus to call me"
	{Name: "have call me", Pattern: "can|could|would you have|get ~2 reach out / can|could|would you have|get ~3 call|ring|phone|text|contact|email me|us"},
	// "do you guys do callbacks? I'm driving all day"
	{Name: "call me", Pattern: "do|can you|yall ~1 do|offer callbacks|callback"},
	// a call invited: "is a callback possible?", "leave a voicemail if i
	// dont pick up", "i will literally pick up if anyone dials this
	// number rn"
	{Name: "call me", Pattern: "is|are a|an? callback|callbacks possible|available / voicemail|vm if i dont|cant pick up|answer / pick up|answer if anyone|someone|somebody|you ~1 dials|calls|rings"},
	// a call accepted: "yes a call works, tmrw before 10", "the 3pm call
	// slot works, put me down"
	{Name: "call me", Pattern: "a|the|that ~2 call|callback ~3 works / a|the|that ~2 call|callback would work"},
	// a call accepted in two words: "sure, call", "ok call"
	{Name: "yes call", Pattern: "sure|ok|yes|yeah|yep|yea|si|dale|claro |? call|llama|llamame|llamen|marca|marcame"},
	// "im not good with texting can u call": a call asked for with no
	// object, ending its clause
	{Name: "you call", Pattern: "can|could|would|will you|yall ~1 call|ring|phone"},
	{Name: "come talk", Pattern: "come|coming out|over|by ~4 talk|meet|explain|discuss|sit"}, // someone sent: checked in askRules
	// "is there a sales guy i can just hop on the phone w for 10 min" (a
	// person named with it: checked in askRules)
	{Name: "hop on a call", Pattern: "hop|jump|get on the|a phone|call"},
	// "anyone with a pulse I can ask?", "can somebody get on speaker with
	// us?"
	{Name: "talk to person", Pattern: "anybody|anyone|somebody|someone|human|person with a pulse / alguien con pulso"},
	// dev322 (stop 54): "I want one of the ones with a pulse" (not "is
	// there a person behind this?" alone: a question whether it is a bot)
	{Name: "talk to person", Pattern: "one|ones|people|folks|guy|gal|man|woman|lady with a pulse|heartbeat"},
	// dev333 (stop 54), English as a second language: "is there any live
	// employee I can discuss the renewal with?", "better someone dials me
	// in the evening"
	{Name: "talk to person", Pattern: "any|a live employee|person|human|agent|rep|representative|worker ~3 i|we can|could talk|discuss|speak|ask"},
	{Name: "call me", Pattern: "better|best|please someone|somebody dials|calls|rings|phones me|us"},
	// dev327 (stop 54), tech workers: "mejor hacemos un quick sync por
	// teléfono?", "ponme 20 min en el calendario con un SE"
	{Name: "sync by phone", Pattern: "hacemos|hagamos|do|can ~2 sync|call|huddle|chat por|by|over|on telefono|phone|zoom|video"},
	{Name: "time with a person", Pattern: "ponme|ponnos|agendame|agendanos ~3 min|mins|minutos|minutes ~4 con|with un|una|a|an ~1 se|engineer|ingeniero|rep|specialist|especialista|persona|human|humano / book|put me|us ~3 min|mins|minutos|minutes ~4 con|with un|una|a|an ~1 se|engineer|ingeniero|rep|specialist|especialista|persona|human|humano"},
	{Name: "hop on a call", Pattern: "get|hop|jump on speaker|speakerphone ~1 with us|me"},
	// "can I get your account exec on a quick 15 min call?", "get someone
	// on the phone with me"
	{Name: "get someone on a call", Pattern: "get|grab|put you|someone|somebody|anyone|your ~3 on a|the ~3 call|phone|zoom|line"},
	// dev321 (stop 54): "who's your boss and can i get them on the line?"
	{Name: "get someone on a call", Pattern: "get|grab|put your|the? boss|manager|supervisor on the|a line|phone|call / boss|manager|supervisor ~6 get|grab|put him|her|them on the|a line|phone|call"},
	// dev326 (stop 54): "would one of your folks be willing to meet us at
	// the church Saturday?"
	{Name: "meet us", Pattern: "would|could|can|will one|someone|somebody|anyone of? your? folks|people|guys|team|reps|agents|men ~4 meet|visit me|us / would|could|can|will one|someone|somebody|anyone of? your? folks|people|guys|team|reps|agents|men ~4 meet with me|us"},
	// "can a human please look at my application"
	{Name: "talk to person", Pattern: "can|could a|an? human|person|rep ~1 look|check|review|help|handle|see"},
	// "Is this a real person? If not I need to talk to one" (the person
	// asked after: checked in acceptAsk)
	{Name: "talk to one", Pattern: "need|want|like|have to talk|speak to|with one"},
	// blind59 (stop 66): "you're clearly not a person. Get me one."
	{Name: "talk to one", Pattern: "get|find|put me one | / get|find me one now|please|then|asap"},
	// "does anybody over there pick up a phone?", "does anybody there
	// answer phones" (blind39, blind42, blind57)
	{Name: "anyone answer", Pattern: "does|do anybody|anyone|somebody|someone ~3 answer ~1 phones|phone|calls / does|do anybody|anyone|somebody|someone ~3 pick up ~1 phones|phone|calls / is there anybody|anyone|somebody|someone ~3 who ~1 answers ~1 phones|phone|calls / is there anybody|anyone|somebody|someone ~3 who ~1 picks up ~1 phones|phone|calls"},
	// "Ring 555-0199 and ask for Nev", "dial 414-555-0199 after 6 and ask
	// for Marisol" (an order: checked in askRules)
	{Name: "ring and ask for", Pattern: "ring|dial|phone|call ~4 and ask for"},
	// "Need someone to return it" (a voicemail), "somebody return my call"
	{Name: "return my call", Pattern: "need|want someone|somebody to return it |? today|asap|please|soon / need|want someone|somebody to return it | / need|want someone|somebody to return my|the call|voicemail|message / someone|somebody ~2 return my call|calls|voicemail"},
	// "Who's my rep? I want their cell" (a person named before: checked
	// in askRules)
	{Name: "their number", Pattern: "want|need their|his|her cell|number|direct|phone|digits"},
	// a call for the one the lead writes for: "he wants you guys to call
	// him at 7", "she'd like somebody to call her" (who calls, and
	// forPrincipal: checked in askRules)
	{Name: "call principal", Pattern: "call|phone|ring him|her / call|phone|ring his|her cell|phone|number|line"},
	// "my wife does the bills, can somebody give her a holler on her
	// cell" (blind60, stop 67)
	{Name: "call principal", Pattern: "give him|her ~1 ring|call|shout|buzz|holler|callback"},
	{Name: "call me", Pattern: "can|could|may|should i @callv you|someone|somebody"},
	{Name: "call me", Pattern: "give|gimme me|us ~1 ring|call|shout|buzz|callback|bell|jingle|tinkle|holler"},
	// "hit my line when you're ready", "call my house, my son will translate",
	// "text me your cell and I'll call you"
	{Name: "call me", Pattern: "hit my|me line|cell|phone / call my house|home|landline"},
	{Name: "your number", Pattern: "text|send|give|shoot me|us ~1 your cell|number|line|phone / text|send|give|shoot me|us ~1 a direct line|number"},
	// "un zoom con sales", "hop on a zoom with someone"
	{Name: "talk to person", Pattern: "zoom|videocall|facetime with|con ~2 sales|someone|somebody|your|one|alguien|un|una|el|la"},
	{Name: "call me", Pattern: "hit me up on the phone"},
	{Name: "call me", Pattern: "call this|my number|cell|phone"},
	// "which number I can call for speak about the insurance?", "would
	// love an in-person with your team", "would you mind giving me a
	// call?"
	{Name: "your number", Pattern: "which|what number|phone|line i|we can|could call|ring|reach"},
	{Name: "in person", Pattern: "an in person|inperson with|at"},
	{Name: "call me", Pattern: "giving me|us ~1 ring|call|shout|buzz|callback"},
	// "someone call", "have the rep phone", "can somebody give me a ring"
	{Name: "person call", Pattern: "@person ~3 @callv"},
	// "would it be ok if someone called me tonight?"
	{Name: "ok if called", Pattern: "ok|alright|possible|fine if @person ~1 called|phoned|rang|texted me|us"},
	{Name: "person call", Pattern: "@person ~2 give me ~1 ring|call|shout"},
	{Name: "person call", Pattern: "@person ~4 reach out"},
	// "can someone get in touch with me", "Could the gentleman who came
	// out in March get in touch?"
	{Name: "person call", Pattern: "@person ~2 get in touch with me|us / @person ~2 be in touch with me|us / can|could|would @person get in touch | / can|could|would the|your|that @person ~10 get in touch |"},
	// "Just have somebody ring my office", "when you can ring?", "can i
	// get 15 min on someone's calendar this week?", "I'd appreciate a
	// technician ringing me"
	{Name: "have someone ring", Pattern: "have @person ring|call|phone my office|cell|work|house|landline|line"},
	{Name: "when can ring", Pattern: "when you can ring|call|phone |"},
	{Name: "calendar time", Pattern: "min|mins|minutes on someones|your|his|her calendar"},
	{Name: "person call", Pattern: "appreciate|grateful ~3 ringing|calling|phoning me|us"},
	{Name: "person call", Pattern: "@person ~3 contact|reach|text|email|message me|us"},
	// a named person asked for (stop 63): "Can you have Brother Nielsen
	// reach me?", "I'd like Rodney to reach me directly", "can I have a
	// word with the fella who did the inspection?", "put me through to
	// Mike please"
	{Name: "named person call", Pattern: "can|could|would|please you|yall have ~3 reach|call|contact|ring|phone|text me|us / id|would like ~3 to reach|contact|ring|phone me|us"},
	{Name: "named person talk", Pattern: "can|could|may i|we have a word|natter with / like a word|natter with / put me|us through to"},
	// a person of the sender's named before: "ustedes tienen un guy que
	// habla español. Can he reach out to me?"
	{Name: "named person call", Pattern: "can|could he|she reach out to me|us / can|could he|she call|ring|phone|contact me|us"},
	{Name: "customer service", Pattern: "customer service|support|care|assistance ~2 hours|open|available|number|line|phone|email|mail|chat|contact|address|e / hours ~4 customer|support"},
	// the number named first: "is there a number for customer service",
	// "give me the number for support"; a help desk: "how do i contact
	// the help desk"
	{Name: "customer service", Pattern: "number|line|phone|hours|email for|of|to ~1 customer|client? service|support|care / number|line|phone|hours|email for|of|to ~1 customer|client assistance / contact|reach|call ~2 help desk / contact|reach|call ~2 helpdesk"},
	// the support-chat register (stop 68, training writers w83 and w85):
	// "when is the help desk open", "let me talk to the help desk",
	// "whats ur support email", "the support hotline", "email for the
	// support team" (not "your support line" as a feature: "does your
	// support line run 24/7?"); Spanish "¿a qué hora abre servicio al
	// cliente?", "comunicarme con atención al cliente", "el teléfono de
	// soporte", "hablar con soporte"
	{Name: "customer service", Pattern: "help desk|helpdesk ~2 open|close|hours|available|number|email|phone / @talkv ~2 @to the? help desk|helpdesk / your|the support email|hotline / email|number|phone for|of|to the? support team"},
	// (not "I sent my docs to the email address for customer service":
	// see askRules)
	{Name: "support email", Pattern: "email address for|of|to the|your? support / email address for|of|to the|your? customer|client support|care|service"},
	// a bare or hurried request for the people: "customer service pls",
	// "gimme customer service", "agent please", "dame una persona", "hay
	// alguien humano que me pueda atender?", "pasame con customer care",
	// "what's el numero de customer service", "customer care cuando
	// abre?"
	{Name: "customer service", Pattern: "customer|costumer|cust service|servce|servise|support|care please|now|asap|porfa / gimme|give|get me? the? customer|costumer|cust service|servce|servise|support|care / give|get me the help desk|helpdesk / agent|operator|representative|human|humen|helpdesk please|porfa"},
	{Name: "customer service", Pattern: "dame|deme|pasame|paseme un|una agente|agent|persona|humano|operador|operadora|asesor|representante / hay alguien|algun|un|una humano|human|real|persona ~3 que me|nos pueda|pueden atender|ayudar / is there alguien real|humano"},
	{Name: "customer service", Pattern: "pasame|paseme|pasa|comunica|comunicame|connect me? con|with|to ~1 customer|costumer service|support|care / pasame|paseme|comunicame|connect me? con|with|to ~1 soporte|atencion|servicio / numero|telefono|correo|email|whatsapp de|a customer|costumer service|support|care / customer service|support|care ~2 opens|closes|abre|cierra|atiende"},
	{Name: "customer service", Pattern: "comunicarme|comunico|comunica|comunicame|contactar|contacto|contacte|contactarlos|hablar|pasame|pase|llamar ~3 atencion|servicio al cliente / comunicarme|comunico|comunica|comunicame|contactar|contacto|hablar|pasame|llamar ~2 soporte|helpdesk"},
	{Name: "customer service", Pattern: "numero|telefono|correo|email|whatsapp|horario|linea ~2 atencion|servicio al cliente / numero|telefono|correo|email|whatsapp|horario|linea de soporte|support|helpdesk / abre|atiende|atienden|cierra ~2 atencion|servicio al cliente / abre|atiende|atienden|cierra soporte / atencion|servicio al cliente ~2 abre|atiende|atienden|cierra"},
	// Spanglish and Spanish support chat (blind65, studied after its two
	// measurements, stop 69): "¿cómo contacto al help desk?", "¿a qué hora
	// abre customer care?", "transfiérame con un operador"
	{Name: "customer service", Pattern: "comunicarme|comunico|contactar|contacto|contacte|hablar|llamar ~2 help desk / comunicarme|comunico|contactar|contacto|contacte|hablar|llamar ~2 customer|costumer service|care|support / abre|atiende|atienden|cierra ~2 customer|costumer service|care|support / abre|atiende|atienden|cierra ~2 help desk"},
	{Name: "customer service", Pattern: "transfierame|transfieranme|transfiereme|transfiera|transfiere|comuniqueme|comuniquenme|conecteme|conectame|conectenme con|a un|una|el|la? operador|operadora|agente|asesor|asesora|persona|humano|representante|ejecutivo|ejecutiva|supervisor|supervisora"},
	// the breadth writers of stop 70 (training writers w89 and w91, whose
	// rows the model also learns): a case to escalate ("please escalate
	// my ticket", "que escalen mi caso"), a department to be put through
	// to ("patch me through to claims", "conéctame con el departamento de
	// cobranza"), when the people work ("when is the help desk staffed",
	// "what time do your reps start", "does support work past 6?" (not
	// "do your agents work weekends?", about the staff),
	// "¿a qué hora abren las líneas de atención?") and the people needed, said alone ("I need customer
	// care.", "necesito servicio al cliente, el técnico nunca llegó"; not
	// "we need customer service software")
	// a person asked for by name, back again (blind72, stop 71): "Can I
	// get Linda back? She was the one who actually helped me"; a meeting
	// across a desk, a walk-in: "I want to sit across a desk from
	// somebody", "does your office take walk-ins?"
	{Name: "person by name", Pattern: "can|could i|we get|have ~1 back |? she|he was|is the one"},
	{Name: "in person", Pattern: "sit across a|the desk|table from somebody|someone|you|yall / sit across a|the desk|table from a person / your ~2 office|branch|location take|takes|taking|accept|accepts walk ins|walkins / do|does you|yall take|accept walk ins|walkins"},
	{Name: "escalate", Pattern: "escalate|escalar|escalen|escale|escalarlo|escalenlo ~2 ticket|case|issue|complaint|claim|caso|queja|reclamo|reporte|problema|esto|this|it / kick|bump|move this|it up the chain"},
	{Name: "department", Pattern: "patch me|us through / put|transfer|connect|send me|us through? to|with the? ~2 department|dept / conectame|conecteme|conectenme|comunicame|comuniqueme|pasame|paseme|transfierame|transfiereme con|a el|al|la? departamento|area"},
	{Name: "support hours", Pattern: "does the|your? support|helpdesk work|answer past|weekends|saturdays|sundays|late|nights / does the|your? support|helpdesk work|answer on weekends|saturdays|sundays"},
	{Name: "customer service", Pattern: "help desk|helpdesk|support|service|line|lines|phones|chat ~2 staffed / what time|when do|does your|the? phone? reps|representatives|operators|asesores start|open|come / abren|cierran|contestan ~3 atencion|servicio al cliente / abren|cierran|contestan ~4 soporte|ayuda|helpdesk"},
	// the hours of support asked (blind63 and blind66, stop 71): "what
	// time does customer care close today", "what time does your support
	// team open", "¿a qué hora abren customer support el sábado?", "¿en
	// qué horario atiende el centro de llamadas?" (not "what time does the
	// store open", nor "when does the service start")
	{Name: "customer service", Pattern: "what time|hour does|do the|your? customer|client service|care|support team|line|desk? open|close|opens|closes / what time|hour does|do the|your? support|helpdesk team|line|desk? open|close / when does|do the|your? customer|client service|care|support team|line|desk? open|close / a que hora abren|cierran|atienden|contestan ~1 customer|client support|service|care / a que hora abren|cierran|atienden|contestan ~1 support|soporte / que|cual horario atiende|atienden|abre|abren|contesta|contestan ~2 centro de llamadas|atencion|soporte|support / que|cual horario tiene|tienen ~2 call center|soporte|support"},
	{Name: "customer service", Pattern: "i|im|really need|needing|want|wanna ~1 customer|costumer service|care|support | / necesito|ocupo ~1 servicio|atencion al cliente |"},
	// blind67 and blind68, studied after both of their measurements: the
	// live chat asked for ("where's the live chat?", "¿dónde puedo chatear
	// con soporte en vivo?"), an operator reached ("¿cómo llego a un
	// operator?") and the manager needed ("necesito al manager")
	{Name: "customer service", Pattern: "where|wheres ~2 live chat / donde ~4 chatear|chat con ~2 soporte|support|agente|asesor|asesora / donde ~4 chatear|chat ~3 en vivo / como|donde llego|llegar a|con un|una|el|la? operator|operador|operadora|agente|asesor|asesora|humano|representante"},
	{Name: "customer service", Pattern: "necesito|ocupo|busco al|a ~1 manager|gerente|supervisor|supervisora|encargado|encargada"},
	// "speak to a person", "talk w the owner", "contact customer service"
	{Name: "talk to person", Pattern: "@talkv ~2 @to ~3 @person"},
	// "can you get me on the phone with your adjuster?"; an underwriter
	// only as whom to talk to ("is a human underwriter reviewing my
	// file?" asks how it works)
	{Name: "talk to person", Pattern: "me|us on the phone|line with ~2 @person / @talkv ~2 @to ~2 underwriter|underwriters"},
	{Name: "talk to person", Pattern: "speak|speaking|talk|talking|chat|chatting|connect|transfer|escalate @person"},
	{Name: "talk to person", Pattern: "@reachv a|an|the|some|your|one|any @live? @person"},
	{Name: "talk to person", Pattern: "@reachv @live? @person"},
	{Name: "talk to person", Pattern: "in touch ~2 @person"},
	// "put me in touch with Jeff please" ("someone who speaks Spanish"
	// asks for staff as often as for a call: left to the model)
	{Name: "in touch with", Pattern: "put|get me|us in touch with"},
	{Name: "talk to person", Pattern: "ahold|hold of ~2 @person"},
	// "is there anyone around i could speak with", "a person we can ring"
	{Name: "person to talk to", Pattern: "@person ~4 i|we can|could ~2 @talkv"},
	{Name: "person to talk to", Pattern: "@person ~2 to talk|speak|chat|call"},
	// "is there a real person I can text with", "can I get 20 minutes
	// with a sales rep this week?"
	{Name: "person to talk to", Pattern: "there a|an|any @live? @person i|we can|could text|message|chat / minutes|mins|min with ~2 @person"},
	{Name: "person to talk to", Pattern: "@person ~1 available"},
	{Name: "person to talk to", Pattern: "@person ~3 on the phone|line"},
	{Name: "person to talk to", Pattern: "@person ~3 walk me through"},
	{Name: "person to talk to", Pattern: "explain ~3 to @person"},
	{Name: "person to talk to", Pattern: "hear ~2 from @person"},
	{Name: "person to talk to", Pattern: "hear a|the voice"},
	{Name: "person to talk to", Pattern: "voice to voice"},
	// "a real person", "live agent"
	{Name: "real person", Pattern: "@live @person"},
	{Name: "real person", Pattern: "@want ~2 a|an|the|some|your @strong"},
	// "over the phone", "by phone", "on a call"
	{Name: "by phone", Pattern: "@preps the|a @phonen"},
	{Name: "by phone", Pattern: "by phone"},
	{Name: "by phone", Pattern: "phone call|calls"},
	{Name: "by phone", Pattern: "@ask ~2 set|hop|jump|get|schedule|book|arrange ~2 a|quick|phone call"},
	{Name: "by phone", Pattern: "time|day|morning|afternoon|evening ~1 for a|the call"},
	{Name: "bare phone", Pattern: "phone"}, // a bare "phone?" — checked in acceptAsk
	{Name: "by phone", Pattern: "verbally"},
	// "I'd rather explain this live than in 15 texts", "what's the
	// extension for the underwriting person I spoke with"
	// (not "I'd rather explain it to my wife in person first")
	{Name: "by phone", Pattern: "rather|prefer|easier ~2 explain|discuss|walk ~2 live / rather|prefer|easier ~2 explain|discuss|walk ~2 in person / rather|prefer|easier ~2 explain|discuss|walk ~2 on|over a|the call|phone"},
	// a voice preferred to typing (dev356, stop 56): "easier to explain
	// out loud than type all this out", "quicker to say it than text it"
	{Name: "by phone", Pattern: "rather|prefer|easier|quicker|faster|simpler ~2 explain|discuss|say|tell ~3 out loud / rather|prefer|easier|quicker|faster|simpler ~2 explain|discuss|say|tell ~3 aloud / easier|quicker|faster|simpler ~2 explain|talk|say|tell ~4 than type|typing|write|writing|text|texting"},
	// ("what's the extension for the rate lock going to cost?" is a term)
	{Name: "direct line", Pattern: "what is ~3 extension|ext for|of|to / what is ~3 direct line / what is your extension"},
	{Name: "by phone", Pattern: "on the phone / over the phone"},
	// "can we talk", "prefer to talk", "a minute to talk", "if we spoke"
	{Name: "lets talk", Pattern: "can|could|should|shall we ~1 talk|chat|speak|discuss|hop|jump"},
	{Name: "lets talk", Pattern: "lets ~2 talk|chat|speak"},
	{Name: "lets talk", Pattern: "prefer|rather|better|easier ~4 @talkn"},
	{Name: "lets talk", Pattern: "@whenq to @talkn"},
	// "can you text me from a real person's phone instead of this system?"
	{Name: "real person", Pattern: "@live persons|humans phone|number|cell|line|account"},
	// "¿qué número tiene el técnico? pa llamarlo directo"
	{Name: "es number to call", Pattern: "numero ~4 |? para|pa llamarlo|llamarla|llamarle|hablarle|marcarle"},
	// "please get me someone from your billing department"
	{Name: "get me someone", Pattern: "get|find|grab me|us someone|somebody from|in|at / get|find|grab me|us a|an person|human|agent|rep|manager|supervisor"},
	// "mind if I call you? what's the number"
	{Name: "lets talk", Pattern: "mind if i|we call|ring|phone you|yall"},
	// "is there a good time for me to call your team?"
	{Name: "lets talk", Pattern: "good|best|convenient|better time ~3 to call|ring|phone you|your|yall|someone|somebody"},
	// "can a person get back to me today?"
	{Name: "talk to person", Pattern: "a|an|real|actual|live person|human|rep|agent|someone|somebody get back to me|us"},
	{Name: "lets talk", Pattern: "if we spoke|talked|chatted"},
	{Name: "lets talk", Pattern: "a conversation over|instead"},
	// "what's your number", "direct line", "who do i call"
	{Name: "your number", Pattern: "what|whats|give|send|have|got|need|get|share|is ~3 @yourq ~1 phone? @numq"},
	{Name: "your number", Pattern: "a|the number|line|numero ~2 to contact|reach|call"},
	// "y'all got a phone number?", "do you have a direct line"
	{Name: "have a number", Pattern: "you|yall|ya all? got|have a|any phone|direct|contact number|line / you|yall|ya all? got|have a|any number|line / company|office|yall|you have an|a actual|real phone? number|line"},
	// "send me the number for the guy who did the walkthrough", "let me
	// know el número de la oficina"
	{Name: "staff number", Pattern: "send|text|give|need|whats me? the number for the @staff who / send|text|give|pasame|mandame me? el numero de el|la? muchacho|senor|tecnico|senora que / let me know el|su|the numero|number de la|of oficina|office / send|text me el|su|the numero|number de la|of oficina|office"},
	// "what time works para una llamada?", "I need to hablar con un loan
	// officer", "when are you free para hablar?"
	{Name: "es call me", Pattern: "time|hora|cuando|when ~4 para una|un llamada|llamadita|call / free|libre para hablar|platicar|una llamada / need|want to hablar|platicar con alguien|someone|somebody / need|want to hablar|platicar con un|una agente|asesor|asesora|loan|persona|representante|vendedor|vendedora|especialista|officer"},
	// "can you call the church office Tuesday morning, ext 204, and ask
	// for me, Gloria" (a call named before it is required)
	{Name: "ask for me", Pattern: "and|then|y ask|pregunte|pregunten|preguntar for|por me|mi"},
	// "What's the number pa' llamarlos?"
	{Name: "your number", Pattern: "the|el number|line|numero pa|para llamarlos|llamarles|llamarte|marcarles|call"},
	{Name: "your number", Pattern: "what ~1 number|line ~3 reach|call|contact"},
	{Name: "your number", Pattern: "number|line ~2 i|we can|could ~1 call|reach|ring|dial|contact"},
	{Name: "your number", Pattern: "who ~2 i|we @callv|contact|talk|speak|reach"},
	{Name: "your number", Pattern: "who ~3 can|could|should i ~1 talk|speak|call"},
	{Name: "your number", Pattern: "how can|do i reach you|someone|somebody"},
	{Name: "your number", Pattern: "how can|do|could|should i|we contact|call|phone|ring you|yall|someone|somebody"},
	// "best to reach me on my cell", "you can ring me at this number"
	{Name: "call me", Pattern: "reach|ring|phone me|us at|on this|my number|cell|phone|mobile"},
	// dev308 (stop 53): "is there a warm body over there who can hop on
	// with me before the lunch rush"
	{Name: "talk to person", Pattern: "warm|live body / who|that can|could hop|jump|get on with me|us"},
	// dev315 (stop 53): "Put your boss on.", "Can somebody return my
	// call already?", "who's the guy I can actually yell at?"
	{Name: "talk to person", Pattern: "put your|the boss|manager|supervisor|owner on / someone|somebody ~1 return my call|calls / who is the guy|person|one i|we can ~2 yell|complain|vent"},
	// dev319 (stop 53): "Easiest is one of your guys rings the office"
	{Name: "call me", Pattern: "easiest|best is one of your|you ~2 rings|calls|phones|ring|call"},
	// dev317 (stop 53): "Is there a muchacha or muchacho over there que
	// me lo explique con su voz?"
	{Name: "talk to person", Pattern: "que me|nos lo|la explique|expliquen con su voz / is there a|an muchacha|muchacho|person|somebody|someone|human over there"},
	// dev316 (stop 53), spelled as it sounds: "get me the boss ther
	// plz", "hook me up with a loan offiser", "my husbnd wants somone to
	// fone him", "is ther a ofice i can walk in an see somone"
	{Name: "talk to person", Pattern: "get me the|your boss|manager|owner|supervisor / hook me|us up with a|an|your ~1 officer|agent|rep|person|specialist|advisor / wants|want someone|somebody to phone|call|ring him|her|us|me / walk in and see|talk ~1 someone|somebody|a person"},
	// dev309 (stop 53): "The best is if a staff member rings me between
	// 2 and 4", "Can Mr. Boateng himself contact me?"
	{Name: "call me", Pattern: "best|better|easiest|prefer ~2 if|that|when you|yall|someone|somebody|a|an|your|one ~2 rings|calls|phones|rang|called|ring|call me|us / himself|herself|personally contact|call|ring|phone|reach me|us"},
	// dev306 (stop 53): "you can reach me at the shop line anytime"
	{Name: "call me", Pattern: "reach|ring|phone|catch me|us at|on the|my ~1 line|landline|cell|mobile"},
	// "someone in charge", "a higher up"
	{Name: "talk to person", Pattern: "someone|somebody|anyone|person|one in charge / higher up|ups / a superior"},
	{Name: "your number", Pattern: "your contact number|info|details"},
	// "the number for the sales team", "the loan officer's cell"
	{Name: "your number", Pattern: "number|line|cell for ~1 the|your sales|support|team|office|agent|manager|owner|billing|service|underwriter"},
	{Name: "your number", Pattern: "officers|agents|reps|managers|owners|advisors|brokers|realtors|adjusters|underwriters cell|cellphone|mobile|direct"},
	// in person: "can we meet at the property", "sit down face to face",
	// "a demo with one of your reps"
	{Name: "in person", Pattern: "meet|meeting|sit|talk|chat ~4 in person / meet|meeting|sit|talk|chat ~4 face to face / meet|meeting|sit|talk|chat ~4 en persona / in person ~3 meet|meeting|visit|talk|chat|conversation / face to face ~3 meet|meeting|visit|talk|chat|conversation"},
	{Name: "in person", Pattern: "can|could|should|shall we ~1 meet|meetup / lets ~1 meet|meetup"},
	// "can your guy meet me at the property Saturday?": one of the
	// business's people asked to meet the lead (a tech or a crew coming
	// out is a service visit)
	{Name: "in person", Pattern: "can|could|would|will your ~1 guy|agent|rep|buyer|realtor|broker|investor|officer|advisor|person|manager|owner|lady|consultant|specialist|associate|salesperson|team meet with? me|us / can|could|would|will someone|somebody meet with? me|us / can|could|would|will a|an agent|rep|specialist|advisor|consultant|representative|associate|officer meet with? me|us / can|could|would|will one of your ~1 meet with? me|us"},
	// "Is Linda still over there? I'd just as soon sit down with her":
	// a person at the business, asked about in the same message
	{Name: "in person", Pattern: "sit down with her|him"},
	{Name: "in person", Pattern: "demo|meeting|appointment|consultation|consult|walkthrough|zoom with ~3 @person"},
	// "queremos un meeting con el loan officer", "una cita con un asesor"
	{Name: "in person", Pattern: "demo|meeting|reunion|cita|junta|videollamada|zoom con el|la|un|una|su ~2 @person / demo|meeting|reunion|cita|junta|videollamada|zoom con alguien"},
	// "I'll answer if you call now"
	{Name: "answer if called", Pattern: "answer if you|yall call|ring / pick up if you|yall call|ring"},
	// a callback after a missed call: "try me again around 4"; waiting
	// for the call: "ill wait for your call"
	{Name: "call me", Pattern: "try|call|ring me|us again|later|tomorrow|tonight|around|after / wait|waiting|await|awaiting ~2 your call|callback / forward to ~2 your|a call|callback"},
	// "is there a direct line for the shipping team", "the cell of whoever
	// does the estimates", "can a person help me", "a human who can
	// confirm", "anyone there who isn't automated", "if not I'd like one"
	{Name: "your number", Pattern: "direct line|number|dial|extension / cell|number|line of|for whoever|someone|somebody"},
	{Name: "real person", Pattern: "@strong ~2 help|assist|helping me|us / if not ~3 like|want|get|need one|someone|somebody / if not ~3 like|want|get|need a person|human"},
	// a human, not the bot: "anyone there who isn't automated", "talk to
	// them, not an assistant", "no more bots. person. now."
	{Name: "human not bot", Pattern: "anyone|someone|somebody ~4 isnt|not automated|ai|human / anyone|someone|somebody ~4 not|isnt a bot|robot|machine / not|no ~1 a|an assistant|ai|bot|robot / no more bots|robots|automated|bot / enough bots|robots|automated|bot"},
	{Name: "person to talk to", Pattern: "@person ~4 who|that can|could ~2 confirm|help|check|handle|fix|sort"},
	// "yes please call, anytime", "rather just talk than text"
	{Name: "call me", Pattern: "please call|ring|phone"},
	{Name: "phone preferred", Pattern: "rather ~2 talk|call|speak|chat than text|texting|type|typing"},
	// "it would be easiest if someone from your office just called me"
	// (blind3), "I'd rather hop on with one of your engineers" (blind39)
	// (not "easiest if someone from the bank called me")
	{Name: "call me", Pattern: "easiest|easier|best|better|simpler|simplest if someone|somebody|you|yall just? called|call|calls|rang|phoned me|us / easiest|easier|best|better|simpler|simplest if someone|somebody from your|the office|team just? called|call|calls|rang|phoned me|us / easiest|easier|best|better|simpler|simplest if someone|somebody|you from? your? team? just? gave me|us a call|ring"},
	// (not "we'd rather hop on with your competitor")
	{Name: "talk to person", Pattern: "rather hop|jump|get on with one|someone|somebody|anyone / rather hop|jump|get on with your @hopTeam / like|want to hop|jump|get on with one|someone|somebody|anyone / like|want to hop|jump|get on with your @hopTeam"},
	// a call said better as a clause of its own: "Text is hard for me.
	// Call better.", "better una llamada", "better por teléfono" (blind16,
	// blind25, blind38; not "mejor por teléfono no le entiendo")
	{Name: "phone preferred", Pattern: "call|calling|llamada|phone better|mejor | / better|mejor una|a|por? llamada|call|telefono|phone |"},
	// "can we FaceTime?" (blind11)
	// (not "can we FaceTime with the tenants?")
	{Name: "talk to person", Pattern: "can|could we|you facetime|zoom|videocall|videollamada | / can|could we|you facetime|zoom|videocall ~1 today|tonight|tomorrow|later|now|sometime|this|real"},
	// "what's yalls phone number" (blind19)
	{Name: "your number", Pattern: "what|whats is? yalls|youalls phone|cell|direct? number|line"},
	{Name: "your number", Pattern: "number|line ~2 whoever|someone|somebody|person|rep|agent"},
	{Name: "your number", Pattern: "you|yall have|got a|an phone? number|line"},
	// "do you have a 1-800 number or something"
	{Name: "your number", Pattern: "you|yall have|got ~2 800|tollfree number|line / you|yall have|got ~2 toll free number|line"},
	{Name: "your number", Pattern: "who is in charge|responsible"},
	{Name: "call me", Pattern: "can|could|would|please you call|ring|phone"},
	// "it'd be easier if you called me", "better if someone calls me",
	// "mind calling me instead?"
	{Name: "call me", Pattern: "@better if you|someone|somebody|yall ~1 called|call|calls|phoned|rang me|us"},
	// "it'd go faster if I just talked to one of your loan officers"
	{Name: "call me", Pattern: "@better if i|we ~1 talked|spoke|talk|speak|called|call to|with ~1 one of your|yall / @better if i|we ~1 talked|spoke|talk|speak|called|call to|with ~1 your ~2 @person|underwriter|closer|office|team|estimator|adjuster|broker|lender|technician|installer|officer|officers / @better if i|we ~1 talked|spoke|talk|speak|called|call to|with ~1 you|yall"},
	// "easier if your AE just calls me", "I'd feel better if a technician
	// talked me through it", "I'm more of a phone person", "who over
	// there can?"
	{Name: "call me", Pattern: "@better if your|the|a|an @person ~1 called|call|calls|phoned|rang|talked|walked|explained me|us / more of a phone|call person|guy|gal / who over there can|could|knows|would"},
	{Name: "call me", Pattern: "mind calling|phoning|ringing me|us"},
	{Name: "lets talk", Pattern: "not a|much texter|texting"},
	// "this bot cant follow me", "automated messages arent answering"
	{Name: "bot complaint", Pattern: "bot|bots|automated|auto|robot|ai|machine ~3 @botneg"},
	{Name: "bot complaint", Pattern: "not|no ~1 a|an bot|robot|machine|autoreply|reply / another ~1 bot|robot|machine|autoreply|reply"},
	{Name: "bot complaint", Pattern: "not another auto"},
	{Name: "transfer me", Pattern: "transfer|connect|escalate me|us|this"},
	// "anybody on your team that could go over this", "someone who could walk me through it"
	{Name: "person to talk to", Pattern: "@person ~4 who|that can|could ~2 explain|talk|call|walk|answer|go"},
	// a person at the business to look at the lead's matter (dev360,
	// stop 56): "is there a person on your end who can look at my
	// account?", "anyone over there who could check this"
	{Name: "person to talk to", Pattern: "@person on your end|side ~2 who|that can|could|would|will / anyone|anybody on your end|side ~2 who|that can|could|would|will / is there a|an? @person over there ~2 who|that can|could|would ~1 explain|talk|call|walk|help|look|check|answer|go|sort|fix / is there anyone|anybody over there ~2 who|that can|could|would ~1 explain|talk|call|walk|help|look|check|answer|go|sort|fix"},
	// "does anyone there do quick calls?": whether a call is on offer
	{Name: "person to talk to", Pattern: "anyone|anybody|someone|somebody there ~1 do|does|take|make quick|short|phone? calls / anyone|anybody|someone|somebody over there ~1 do|does|take|make quick|short|phone? calls"},
	// a stated preference for a call with no request verb: "calling
	// works best for us", "voice would be simpler", "id welcome a call"
	{Name: "phone preferred", Pattern: "@phonepref call|calls|conversation|chat? is|would|works|be|seems ~2 @better"},
	{Name: "phone preferred", Pattern: "appreciate|love|welcome|like|prefer ~1 a|an|the @adjq? @phonepref"},
	{Name: "phone preferred", Pattern: "talk|chat|speak|discuss|conversation live|verbally|voice"},
	// call-time scheduling: "after 2 tomorrow works for a chat", "easiest
	// to ring me weekends", "free for a quick call at noon"
	{Name: "call time", Pattern: "works|work|free|available|open|good|fine|ok|great|perfect ~2 for a|the @adjq? call|callback|chat|phone"},
	{Name: "call time", Pattern: "best|better|easiest|good|ok|fine|safest ~1 time? to @callv|reach ~1 @callme"},
	// "i never negotiate deals by text", "too long a story for texting"
	{Name: "not by text", Pattern: "dont|not|cant|never ~4 over|by|via text|texting|texts / too ~4 for text|texting|texts / hard|difficult|complicated ~3 explain|do ~1 over|by|in|via text|texting"},
	{Name: "bot complaint", Pattern: "trust ~1 automated|texts|bots|text"},
	// stop 47: the house phone named for a call: "ring the house after
	// supper?", "call the landline instead"
	{Name: "ring the house", Pattern: "ring|call|phone the house|landline / ring|call|phone the home|house phone|line"},
	// "I'd like to discuss this by telephone", "can we go over it on the
	// phone" (checked: asked, not told)
	{Name: "by telephone", Pattern: "discuss|talk|speak|chat ~4 by|over|on telephone|phone / discuss|talk|speak|chat ~4 by|over|on the telephone|phone"},
	// "I want one of your people at my kitchen table", "send one of your
	// guys out"
	{Name: "your people here", Pattern: "want|need|send one of your people|guys|folks|reps|agents|team ~2 at|out|over|here|to"},
	// a call's line and hours given: "the landline works anytime after 5",
	// "home phone is best mornings"
	{Name: "call time", Pattern: "landline works ~2 anytime|after|before|between|mornings|evenings|weekdays|weekends / home|house|office phone|line works ~2 anytime|after|before|between|mornings|evenings|weekdays|weekends / landline is best|good|fine ~2 anytime|after|before|between|mornings|evenings|weekdays|weekends / home|house|office phone|line is best|good|fine ~2 anytime|after|before|between|mornings|evenings|weekdays|weekends"},
})

var (
	// subjects that make "call me" a report, not a request
	thirdSubject = textmatch.NewSet("they", "he", "she", "tenants", "tenant", "people", "everyone", "who", "kids",
		"always", "keeps", "folks", "everybody", "friends", "may", "might", "lender", "bank", "inspector", "appraiser",
		// "the contractor said he'd call me back"
		"hed", "shed", "theyd", "contractor")
	callIdiom = textmatch.NewSet("crazy", "loco", "loca", "anticuado", "anticuada", "old", "names", "paranoid", "skeptical", "whatever", "lucky", "silly", "dumb",
		"stupid", "a", "an", "the", "by", "ishmael", "cab", "taxi", "uber", "ambulance", "lyft", "mr", "ms", "mrs", "dr", "mister", "miss", "cynical", "picky", "biased",
		// "call me dramatic pero i'm in love with the pink house"
		"dramatic", "extra", "obsessed", "impatient", "nosy", "petty", "cheap", "naive", "sentimental", "romantic", "superstitious", "weird",
		"traditional", "boring", "basic", "spoiled", "jaded", "desperate", "greedy", "dramatica", "dramatico", "exagerada", "exagerado")
	identityQ = textmatch.NewSet("is", "are", "am", "was", "were", "r")
	identityS = textmatch.NewSet("this", "you", "these", "it", "that", "there", "u", "thesе", "ur", "your", "i")
	askBreak  = textmatch.NewSet("but", "and", "so", "please", "just", "then", "because", "or", "also", "anyway", "if", "y", "pero", "pues", "entonces")
	// third parties after "talk to my ..."
	ownPeople = textmatch.NewSet("my", "his", "her", "their", "our")
	bareQ     = textmatch.NewSet("phone", "callback", "representative", "human", "agent", "operator", "person",
		"please", "a", "an", "real", "live", "actual", "want", "need", "get", "me", "i", "rep", "someone", "somebody",
		"now", "just", "ok", "thanks", "customer", "service", "support", "human", "hey", "hi", "to", "talk", "speak", "give",
		"your", "ur", "the", "manager", "supervisor", "boss", "owner", "actual", "with", "let", "put", "connect", "transfer", "operator",
		// "un asesor por favor", "pásame a tu jefe", "una persona real porfa"
		"un", "una", "asesor", "asesora", "representante", "agente", "persona", "humano", "humana", "operador", "operadora",
		"gerente", "encargado", "encargada", "jefe", "jefa", "por", "favor", "porfa", "quiero", "necesito", "con", "hablar",
		"de", "verdad", "pasame", "paseme", "comunicame", "comuniqueme", "alguien", "ya", "tu", "su", "a", "ahora", "asap")
)

// explicitAsk applies the ask rules with their clause checks.
func explicitAsk(t textmatch.Text) (string, bool) {
	toks := t.Toks
	// a message made only of request words and a person noun: "human
	// please", "representative", "live rep please"
	if whole, n := t.Toks, t.WordCount(); n > 0 && n <= 5 {
		strong := false
		for _, w := range whole {
			if w == textmatch.Break {
				continue
			}
			if !bareQ.Has(w) {
				strong = false
				break
			}
			if askStrongClass.Has(w) || w == "service" || w == "support" || w == "boss" || w == "owner" || esStrong.Has(w) {
				strong = true
			}
		}
		if strong && !identityQuestion(toks, t.IDs, 0) {
			return "person", true
		}
	}
	// a clause of request words and a person noun alone in a longer
	// message: "I'm done talking to a computer. HUMAN. PLEASE."
	if bareClause(t) {
		return "person", true
	}
	// an ask in a message sent here by mistake is meant for someone
	// else: "oops wrong chat, call me when you get off work", "me
	// equivoqué de grupo, márcame al rato"
	if hasEndearment(t) || textmatch.WrongChat(t) {
		return "", false
	}
	m, ok := askMatcher.First(t, func(m textmatch.Match) bool { return acceptAsk(t, m) })
	if !ok {
		if m, ok := spanishAsk.First(t, func(m textmatch.Match) bool { return acceptSpanishAsk(t, m) }); ok {
			return m.Name, true
		}
		return "", false
	}
	return m.Name, true
}

var (
	callNoun = textmatch.NewSet("un", "una", "en", "team", "conference", "zoom", "video", "group", "weekly", "daily", "status", "good", "great", "bad", "smart", "wise", "tough", "close", "right", "wrong", "final",
		"judgment", "judgement", "whose", "your", "ur", "his", "their", "nice", "excellent", "solid", "fair", "sound",
		"hard", "easy", "best", "my", "our", "tough", "last",
		// Spanglish: "es tu call on the closing date"
		"tu", "su")
	thirdObject = textmatch.NewSet("them", "him", "her", "it", "they", "their", "his", "my", "the")
	deviceDet   = textmatch.NewSet("my", "his", "her", "their", "the", "this", "that", "new", "old", "our", "cell")
	comparative = textmatch.NewSet("better", "best", "easier", "easiest")
	// past-tense verbs of talking that make a phone mention a narrative
	pastTalk = textmatch.NewSet("talked", "spoke", "spoken", "called", "chatted", "discussed", "had", "was", "were", "phoned", "telephoned",
		"yesterday", "earlier", "ago", "promised", "quoted", "last", "made", "told", "met",
		// "i explained all this on the phone TWICE already"
		"explained", "gave", "went", "already", "twice")
	whWords     = textmatch.NewSet("how", "what", "why", "where", "who", "when", "it", "this", "that", "which")
	reportVerbs = textmatch.NewSet("said", "says", "told", "tells", "mentioned", "promised", "dijo", "dijeron")
	requestMark = textmatch.NewSet("can", "could", "would", "please", "want", "prefer", "rather", "need", "lets", "pls", "should", "will", "id", "wed", "if")
)

var (
	connectVerbs = textmatch.NewSet("switch", "switched", "patch", "patched", "forward", "forwarded", "route", "routed",
		"pass", "passed", "redirect", "redirected", "hand", "handed", "transfer", "transferred", "connected", "escalated")
	connectObj = textmatch.NewSet("me", "us", "my", "call", "chat", "conversation", "line", "case", "ticket", "request", "question", "questions")
	connectTo  = textmatch.NewSet("to", "with", "w", "through", "thru", "over", "along")
)

// leadSide are the words that put the lead or the sender on the line.
var leadSide = textmatch.NewSet("me", "us", "you", "yall", "u", "someone", "somebody", "anyone", "anybody")

// callTail are what may follow "call me" in a request: times, politeness,
// channels, reasons.
var callTail = textmatch.NewSet("please", "thanks", "asap", "now", "today", "tomorrow", "tonight", "back", "at", "on",
	"after", "before", "about", "re", "regarding", "when", "whenever", "if", "so", "and", "or", "but", "instead",
	"later", "soon", "sometime", "anytime", "first", "directly", "quick", "real", "maybe", "again", "to", "for",
	"with", "from", "because", "its", "it", "i", "im", "we", "this", "my", "in", "around", "between", "by", "once",
	"ok", "any", "right", "pls", "plz", "thx", "lol", "back",
	// Spanglish: "CALL ME YA PORFA"
	"ya", "ahora", "pronto", "urgente", "rapido")

// namingCall reports "call me captain", "id like you to call me danny" and
// "what should i call you": the lead gives or asks a name, not a call. A
// single word that ends the clause after "call me", and is neither a
// time, a reason nor politeness, is a name, and so is a title with a
// name ("call me Deacon Jim"); a "what" question about calling the
// sender asks for one.
func namingCall(toks []string, m textmatch.Match) bool {
	for k := m.Start; k+1 < m.End+1 && k+1 < len(toks); k++ {
		if !askCallvClass.Has(toks[k]) {
			continue
		}
		if toks[k+1] == "you" || toks[k+1] == "u" || toks[k+1] == "yall" {
			// "what should I call you", "sorry, how do I call you"
			cs := textmatch.ClauseStart(toks, k)
			return toks[cs] == "what" || toks[cs] == "how" || cs+1 < k && interjections.Has(toks[cs]) && (toks[cs+1] == "what" || toks[cs+1] == "how")
		}
		if toks[k+1] == "me" && k+3 < len(toks) && nameTitles.Has(toks[k+2]) && toks[k+3] != textmatch.Break &&
			(k+4 >= len(toks) || toks[k+4] == textmatch.Break || nameFiller.Has(toks[k+4])) {
			return true // "Call me Deacon Jim. Everybody does."
		}
		if toks[k+1] == "me" && k+2 < len(toks) {
			n := toks[k+2]
			// "call me Sam btw", "call me Ana por favor"
			end := k+3 >= len(toks) || toks[k+3] == textmatch.Break || nameFiller.Has(toks[k+3])
			return n != textmatch.Break && end && !callTail.Has(n) && !askCallmeClass.Has(n) && !notNames.Has(n) && !spanishNameTail.Has(n) && !isNumberTok(n)
		}
	}
	return false
}

var interjections = textmatch.NewSet("sorry", "ok", "okay", "so", "oh", "hey", "hi", "hello", "um", "uh", "and", "btw", "wait")

// nameTitles come before a name the lead gives: "call me Deacon Jim",
// "llámame Doña Rosa".
var nameTitles = textmatch.NewSet("deacon", "pastor", "brother", "sister", "mr", "mrs", "ms", "miss", "dr", "doc", "father", "coach",
	"captain", "cap", "sarge", "aunt", "auntie", "uncle", "granny", "grandma", "grandpa", "mama", "papa", "big", "lil", "don", "dona",
	"hermano", "hermana", "tia", "tio", "profe", "elder", "mother", "reverend", "rev", "bishop")

var nameFiller = textmatch.NewSet("btw", "instead", "not", "from", "lol", "haha", "thanks", "thx", "por", "porfa", "gracias", "by", "please", "pls", "plz",
	// "call me Maria no más, no señora jaja", "Call me Bubba everybody
	// does"
	"no", "nomas", "jaja", "jajaja", "everybody", "everyone", "todos",
	// "call me Titi like everybody else", "call me Lupe nadie me dice
	// Guadalupe", "call me Bubba, as everyone does"
	"like", "nadie", "as")

func isNumberTok(w string) bool { return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$') }

// connectsLead reports "switch me over to a human", "be transferred to an
// agent", "patch my call through to sales", "escalate this to a manager":
// the object of the connection verb is the lead, their call or case, or
// nothing at all.
func connectsLead(toks []string, m textmatch.Match) bool {
	k := m.Start + 1
	if k < m.End && connectTo.Has(toks[k]) {
		return true // "transfer to an agent", "passed over to"
	}
	for ; k < m.End && !connectTo.Has(toks[k]); k++ {
		if connectObj.Has(toks[k]) {
			return true
		}
		if toks[k] == "this" || toks[k] == "it" {
			return askStrongClass.Has(toks[m.End-1])
		}
	}
	// passive: "be connected to", "get transferred to"
	return m.Start > 0 && (toks[m.Start-1] == "be" || toks[m.Start-1] == "get" || toks[m.Start-1] == "been" || toks[m.Start-1] == "getting")
}

// pastNarrative reports a clause that tells of a past call ("we
// discussed it with the appraiser by phone earlier") rather than asking
// for one. ids are the IDs of toks, or nil.
func pastNarrative(toks []string, ids []int32, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	past, reported := false, false
	for k := cs; k < ce; k++ {
		// "we spoke on the phone and he said it would be done": a
		// request word in what someone said is no request
		reported = reported || k > i && reportVerbs.HasToken(toks, ids, k)
		if requestMark.HasToken(toks, ids, k) && !reported {
			return false
		}
		// "i asked for a human 20 min ago": the lead's own request, still
		// waiting
		if (toks[k] == "asked" && k+1 < ce && toks[k+1] == "for" || toks[k] == "requested") && k > cs && (toks[k-1] == "i" || toks[k-1] == "we" || toks[k-1] == "already") {
			return false
		}
		// ("someone call me about this already": an impatient
		// "already" ends the request; "we talked already" has its own
		// past verb)
		if pastTalk.HasToken(toks, ids, k) && !(toks[k] == "already" && k == ce-1) {
			past = true
		}
	}
	return past
}

// someoneElses reports "of the hotel" or "at her bank" after a person
// noun: the manager of some other business, not of the sender's.
func someoneElses(toks []string, k int) bool {
	if k+2 >= len(toks) || toks[k] != "of" && toks[k] != "at" {
		return false
	}
	// "someone at her bank", "a rep of their insurer"
	if toks[k+1] == "her" || toks[k+1] == "his" || toks[k+1] == "their" {
		return toks[k+2] != textmatch.Break
	}
	return (toks[k+1] == "the" || toks[k+1] == "this" || toks[k+1] == "that") && !ownBusiness.Has(toks[k+2])
}

// negated reports a negator before i in its clause, within window
// tokens and not across a scope breaker. "stop trying to" negates; "dont
// know how to" does not (it asks how). ids are the IDs of toks, or nil
// (see [textmatch.Set.HasToken]).
func negated(toks []string, ids []int32, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == textmatch.Break || askBreak.HasToken(toks, ids, k) {
			return false
		}
		if textmatch.Negators.HasToken(toks, ids, k) || w == "stop" || w == "quit" {
			// "dont get how to": understanding; "would not get on a call":
			// a negated request
			if k+1 < i && knowing.HasToken(toks, ids, k+1) && (toks[k+1] != "get" || k+2 < len(toks) && whWords.HasToken(toks, ids, k+2)) {
				return false
			}
			return true
		}
	}
	return false
}

var (
	politeEnd     = textmatch.NewSet("please", "now", "asap", "thanks", "pls", "plz", "immediately")
	pastAux       = textmatch.NewSet("did", "was", "were")
	ownBusiness   = textmatch.NewSet("company", "business", "team", "office", "firm", "agency", "outfit")
	phoneCallTail = textmatch.NewSet("please", "with", "would", "is", "works", "work", "at", "on", "tomorrow", "today",
		"tonight", "later", "instead", "asap", "me", "sometime", "this", "then", "when", "after", "before", "so", "if",
		"better", "easier", "but", "and", "or", "around", "between", "in", "about", "sounds", "might", "could", "can", "from")
	knowing   = textmatch.NewSet("know", "understand", "see", "remember", "sure", "find", "get")
	inability = textmatch.NewSet("cant", "cannot", "couldnt", "unable")
	// rules whose object is a person: "i cant reach a person" still asks
	personRule = map[string]bool{"talk to person": true, "person to talk to": true, "real person": true, "person call": true}
)

// inabilityOnly reports that the negation before i is an inability ("i
// cant reach anybody"), which for a person request is the request.
func inabilityOnly(toks []string, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == textmatch.Break || askBreak.Has(w) {
			return true
		}
		if textmatch.Negators.Has(w) && !inability.Has(w) {
			return false
		}
	}
	return true
}

// identityQuestion reports a clause that asks whether the sender is a
// person ("am i texting a human", "are you a bot"). ids are the IDs of
// toks, or nil.
func identityQuestion(toks []string, ids []int32, i int) bool {
	cs := textmatch.ClauseStart(toks, i)
	for k := cs; k < i+1 && k < len(toks) && k <= cs+3; k++ {
		if identityQ.HasToken(toks, ids, k) && k+1 < len(toks) && identityS.HasToken(toks, ids, k+1) {
			return true
		}
	}
	return false
}

// hasAny reports whether the clause holding toks[i] contains one of words.
func hasAny(toks []string, i int, words ...string) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	for k := cs; k < ce; k++ {
		for _, w := range words {
			if toks[k] == w {
				return true
			}
		}
	}
	return false
}

// sets used inside functions, built once
var (
	litAsk0 = textmatch.NewSet("cell", "phone", "number", "mobile", "line", "home", "work")
	litAsk1 = textmatch.NewSet("number", "phone", "cell")
	litAsk2 = textmatch.NewSet("was", "im", "am", "been", "is", "are", "were", "be", "while", "when", "hes", "shes", "estoy", "estaba", "estamos", "esta", "toy", "tamo", "ando")
	litAsk3 = textmatch.NewSet("get", "put", "have")
	litAsk4 = textmatch.NewSet("make", "place", "start", "a")
	litAsk5 = textmatch.NewSet("make", "place", "start")
	litAsk6 = textmatch.NewSet("gave", "is", "are", "this", "was", "sent")
)

// bareClause reports a clause made only of a strong person noun and
// request words ("HUMAN.", "agent please") after an earlier clause, or
// first when it urges ("manager please. asked three times ..."): the
// message's own demand, shouted apart.
func bareClause(t textmatch.Text) bool {
	toks := t.Toks
	if !t.HasAny(strongPerson) {
		return false
	}
	// "Agent please. jk lol we're fine texting": taken back ("not
	// kidding" insists; most messages have no such word, which HasAny
	// tells from the text's filter)
	if t.HasAnyWord(takenBack) {
		for i := range toks {
			if takenBack.HasToken(toks, t.IDs, i) && !(i > 0 && (toks[i-1] == "not" || toks[i-1] == "no")) {
				return false
			}
		}
	}
	first := true
	for s := 0; s < len(toks); {
		e := textmatch.ClauseEnd(toks, s)
		if e-s >= 1 && e-s <= 3 {
			strong, other, urged := false, false, false
			for _, id := range t.IDs[s:e] {
				switch {
				case strongPerson.HasID(id):
					strong = true
				case bareUrge.HasID(id):
					urged = true
				case bareFiller.HasID(id):
				default:
					other = true
				}
			}
			// (a first clause must urge: "Manager. I run a team of 12"
			// answers a question, "manager please. asked three times
			// ..." demands)
			if strong && !other && (!first || urged) && !identityQuestion(toks, t.IDs, s) {
				return true
			}
		}
		if e > s {
			first = false
		}
		s = e + 1
	}
	return false
}

var (
	strongPerson = askStrongClass.Gated()
	bareFiller   = textmatch.NewSet("a", "real", "live", "now", "asap", "ahora", "ya")
	takenBack    = textmatch.NewSet("jk", "kidding", "joking", "jking", "broma", "bromeando")
	// (a first clause is urged by politeness, not by "now": "Agent now.
	// We signed with Keller last week" tells what the lead is)
	bareUrge = textmatch.NewSet("please", "pls", "porfa", "plz", "plis")
)
