package textmatch

import (
	"slices"
	"strings"
)

var commitRules = MustCompile(map[string]Set{
	"doc":  NewSet("paperwork", "contract", "contracts", "papers", "agreement", "docs", "documents", "offer", "purchase"),
	"go":   NewSet("moving", "going", "started", "rolling", "done", "ball", "show", "process", "party"),
	"fwd":  NewSet("next", "first"),
	"step": NewSet("step", "steps", "move"),
	// an option chosen: "vamos con el financing", "con la segunda opción"
	"choice": NewSet("financing", "financiamiento", "financiacion", "opcion", "plan", "paquete", "oferta", "cotizacion", "propuesta",
		"presupuesto", "primera", "segunda", "tercera", "mensual", "anual", "basico", "premium", "pro"),
	"book": bookThings,
	"docs": NewSet("contract", "contracts", "agreement", "paperwork", "papers", "docs", "documents", "invoice",
		"application", "app", "proposal", "form", "forms", "disclosures", "docusign",
		// the buyer's papers: a master agreement, a HIPAA business
		// associate agreement ("sow" is what a farmer does to 80 acres)
		"msa", "baa"),
	// a deadline: "contract expires friday", "rate lock lapses on the 15th"
	"expire": NewSet("expires", "expire", "expiring", "deadline", "lapses", "lapse", "cutoff", "cancels", "vence", "vencen"),
	"date": Union([]Set{Weekdays, Months, MonthAbbrevs, Dias}, "tomorrow", "today", "tonight", "week", "month", "weekend",
		"eom", "eow", "1st", "2nd", "3rd", "4th", "5th", "10th", "15th", "20th", "30th", "31st", "manana", "hoy", "semana", "mes"),
	"num":    NewSet("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "20", "30", "31", "two", "three", "few"),
	"wantv":  NewSet("want", "need", "like", "wanna", "would", "id", "looking"),
	"esbook": esBookThings,
	"sched":  NewSet("book", "schedule", "reserve", "lock", "confirm"),
	"start": NewSet("go", "proceed", "start", "sign", "move", "buy", "sell", "commit", "roll", "begin", "pay", "book",
		"close", "list", "switch", "schedule", "purchase", "order", "get"),
	"doit":  NewSet("do", "start", "get", "finish", "close", "wrap"),
	"dated": NewSet("by", "before", "today", "tomorrow", "asap", "now", "soon", "next", "this", "tonight"),
	"done":  NewSet("done", "finished", "closed", "installed", "signed", "fixed", "approved", "funded", "in", "completed", "started", "bound"),
	// what a lead pays or hands over to start: the deposit, the purchase
	// order, the paystubs
	"payobj": NewSet("deposit", "payment", "check", "po", "order", "money", "funds", "paperwork", "docs", "documents", "paystubs",
		"stubs", "statements", "returns", "forms", "application", "id", "license", "w2", "w2s", "1099", "them", "it", "signature", "contract"),
}, []Rule{
	// readiness: "yes im ready", "we're ready to move ahead", "good to go"
	{Name: "ready", Pattern: "we are|were ~1 ready / i am ~1 ready / im ~1 ready / ready when you are / good to go / count me|us in"},
	{Name: "ready", Pattern: "ready ~1 to|2 @start"},
	// moving forward: "can we move forward", "lets move ahead with it"
	{Name: "next step", Pattern: "move|moving|go|going ahead|forward with"},
	{Name: "next step", Pattern: "can|could|shall|should we ~1 move|go ahead|forward / can|could|shall we proceed|start|begin"},
	{Name: "next step", Pattern: "what do i|we need to do ~1 next|now"},
	// "so what do we do next?", "¿qué sigue?", and Spanish urgency: "el
	// cierre es el 28, necesito que arranquen esta misma semana"
	{Name: "next step", Pattern: "what do we|i do next / que sigue|seguiria / cual es el siguiente paso"},
	// "tell me what comes first on your end and we'll make the time":
	// the sender's first step asked for
	{Name: "next step", Pattern: "tell|show me what comes|happens|goes first|next on|from your end|side"},
	{Name: "deadline", Pattern: "necesito|necesitamos que arranquen|empiecen|comiencen|inicien|arranquemos|empecemos ~4 esta|hoy|manana|ya|cuanto / para llegar a tiempo"},
	// the crew asked over now (blind74, stop 72): "ya quiero que
	// empiecen", "quiero que arranquen cuanto antes", "vénganse mañana
	// mismo", "véngase a medir" (not "quiero que empiecen a contestar",
	// "vénganse a la fiesta", nor echoed and refused: "¿que vengan mañana
	// mismo? no creo")
	{Name: "crew asked", Pattern: "ya quiero|queremos que arranquen|empiecen|comiencen|inicien | / quiero|queremos que arranquen|empiecen|comiencen|inicien cuanto antes / quiero|queremos que arranquen|empiecen|comiencen|inicien lo antes posible / quiero|queremos que arranquen|empiecen|comiencen|inicien hoy|manana mismo / quiero|queremos que arranquen|empiecen|comiencen|inicien esta|este misma|mismo semana|mes / vengase|venganse|vengan|venga|vente hoy|manana mismo / vengase|venganse|vengan|venga|vente ~2 a medir|revisar|instalar|empezar|cotizar"},
	// booking: "book the demo", "schedule us an install for thursday", "id like to see a demo"
	{Name: "book", Pattern: "@sched the|a|an|my|our|us|me|it|that|this|in ~1 @book"},
	{Name: "book", Pattern: "set up ~2 @book"},
	// the first opening taken (blind71, stop 71): "book the plumber for
	// the earliest slot you have", "earliest you've got, I'll be home
	// all week", "¿qué necesito mandar para empezar hoy mismo?"
	{Name: "book", Pattern: "earliest|soonest|first available slot|opening|appointment|time|day / earliest|soonest you|youve ~1 got|have|can / earliest|soonest possible|available"},
	{Name: "next step", Pattern: "que necesito|necesitamos mandar|enviar|hacer|llenar para empezar|arrancar|aplicar|comenzar / que tengo|tenemos que mandar|enviar|hacer|llenar para empezar|arrancar|aplicar|comenzar"},
	// "book the guy for friday", "schedule your tech on monday"
	{Name: "book", Pattern: "book|schedule the|a|your guy|tech|techs|crew|installer|installers|plumber|electrician|team for|on|this|next @date / book|schedule him|her|them for|on|this|next @date"},
	// a slot taken for the lead: "ok book me thursday morning", "schedule
	// us for friday", "pencil me in for the 9am"
	{Name: "book", Pattern: "book|schedule|reserve|pencil me|us ~1 in|for? @date / book|schedule|reserve|pencil me|us in"},
	// "When can your crew come out and do the install?", "Agéndeme la
	// inspección para el sábado", "Lock it in", "we're in."
	{Name: "next step", Pattern: "when can your crew|guys|team|tech|techs|installer|installers come|start|get"},
	// dev319 (stop 53): "mándame lo que tenga que firmar"
	{Name: "send paperwork", Pattern: "mandame|mandeme|mandenme|enviame|envieme lo que tenga|tengo|haya que firmar"},
	// dev317 (stop 53): "What's the next hoop I gotta jump through?",
	// "Shoot me whatever I need to put a card down on", "Put me on it
	// today, card's already in my hand"
	{Name: "next step", Pattern: "what is the next hoop / put a|my card down / put me|us on it today|now / card is already in my hand"},
	// dev310 (stop 53): "what day can your guys come", "what card do you
	// need" ("¿qué más necesitan de mí?" is asked before any decision)
	{Name: "next step", Pattern: "what|which day can your crew|guys|team|tech|techs|installer|installers come|start / what|which card do you need|take|want"},
	// "yes to the full replacement. when can they start?"
	{Name: "next step", Pattern: "when can they start"},
	// "How do we get the contract started for 12 seats?"
	{Name: "next step", Pattern: "how do|can we|i get the|this|a contract|paperwork|agreement|order started|going|rolling|drawn"},
	// "my client's in. What do you need from her to open escrow?", "just
	// need the dotted line", "Can you have the contract to me this week?",
	// "¿a nombre de quién giro el depósito?"
	{Name: "next step", Pattern: "what do you need from me|us|her|him|them to open escrow / what do you need from me|us|her|him|them to get started / just need the dotted line / have|get|send the contract|paperwork to me|us ~2 this week / have|get|send the contract|paperwork to me|us ~2 today|tomorrow / a nombre de quien giro|hago|mando|pongo ~1 el|la deposito|cheque|transferencia"},
	// "díganle a los muchachos que se vengan, ¿qué día caen?"
	{Name: "next step", Pattern: "que se vengan / que dia|cuando caen|vienen|empiezan|mandan|manda / cuando pueden ~1 venir|empezar|arrancar"},
	// "decidí que sí: quiero venderles la casa. ¿Cómo seguimos?", "¿qué
	// día pueden?"
	{Name: "next step", Pattern: "como seguimos|procedemos|avanzamos|arrancamos|empezamos / que dia pueden|puede|podrian|podria"},
	// paying now: "dígame dónde le pongo los números de la tarjeta",
	// "where do I put my card number"; a slot blocked and an invite
	// asked for: "I've blocked Thursday 9 to 10, send the invite"
	{Name: "pay", Pattern: "numeros de la tarjeta / card number|numbers|info / send|shoot ~2 the|an|a|me calendar|meeting? invite"},
	// the deposit paid: "Who do I wire the earnest money to?", "¿A qué
	// cuenta deposito el adelanto?", "¿a nombre de quién hago el
	// depósito del enganche?", "te mando el earnest money hoy", "give me
	// the wire info", "the routing number"
	{Name: "pay deposit", Pattern: "who|where|how do|should|can i|we wire|send|pay|transfer ~3 earnest money / who|where|how do|should|can i|we wire|send|pay|transfer ~3 deposit|enganche|adelanto / give|send|text me ~1 the|your wire info|instructions|details / how do i get you the deposit|enganche / how do i get you the earnest money / routing number ~3 pa|para|to send|mandar|wire|mandarte|transferir / a que cuenta ~1 deposito|transfiero|mando|pago / a nombre de quien ~1 hago|saco|pongo ~2 deposito|cheque / te|le mando|mandamos|transfiero|deposito ~2 earnest money / te|le mando|mandamos|transfiero|deposito ~1 el|la deposito|enganche|adelanto"},
	// papers returned at once: "email me the disclosure forms, I'll have
	// them back to you by tonight", "mándeme la documentación y hoy
	// mismo se la regreso llenita"
	{Name: "docs back", Pattern: "have|get|send them|it back to you|yall ~2 today|tonight|tomorrow|asap / se|te|le la|lo|los|las regreso|devuelvo ~3 hoy|ahorita|manana|llenita|llenito|llenos|llenas|firmados|firmadas|firmada|firmado"},
	// coming in to sign: "Mañana puedo pasar a firmar", "che, firmemos",
	// "I can come in and sign tomorrow"
	{Name: "sign up", Pattern: "puedo|podemos|paso|pasamos|pasaria ~1 a firmar / firmemos / come|stop in|by|over to|and sign / come sign / come to sign"},
	// an offer taken: "I'll take the 30-year fixed at the rate you
	// quoted", "if you can close by the end of February, it's yours"
	{Name: "accept", Pattern: "ill|well take the ~3 rate|fixed|plan|offer|option|quote|deal|year / i|we will take the ~3 rate|fixed|plan|offer|option|quote|deal|year / if you|yall ~2 can|could|do|close|match|pay|beat|give ~8 |? it is yours"},
	// dev230: the place given ("the house is yours", "se la vendo"),
	// closing arranged ("get the title company going", "what's the
	// earliest closing date", "¿cuándo cerramos?", "when can your closer
	// come", "what time should I be at the title office"), keys left
	// ("díganme dónde dejo las llaves"), papers ready ("upload link?",
	// "¿a qué correo se los mando?"), an order in Spanish ("que la póliza
	// empiece el lunes", "aseguren la guagua desde hoy", "amarren la tasa
	// hoy"), "switch me over", "my husband said yes", "no necesito
	// pensarlo más". (A price accepted alone, "the number works for me",
	// is a term agreed, not yet readiness: a blind set's writer waited
	// for the next turn.)
	{Name: "accept", Pattern: "house|place|home|casa is|es yours|tuya|suya / es tuya|suya|de ustedes la casa / se la|las|lo vendo|vendemos / switch|move me|us over / we decided|decidimos ~3 youre|ustedes doing|hacen|van"},
	{Name: "closing", Pattern: "get|have the|your title company ~1 going|started / get|have the|your title company on it / get|have the|your closer|escrow going|started / earliest closing date / earliest you can close / cuando cerramos|firmamos / when can your closer / be at the title office|company / dejo|dejamos|leave ~1 las|la|the keys|key|llaves|llave"},
	{Name: "docs back", Pattern: "upload link / a que correo|email se|te|le los|las|lo|la mando|envio / a que correo|email le|te mando|envio ~2 papeles|documentos|papeleria"},
	{Name: "order given", Pattern: "que la poliza|cobertura empiece|arranque|comience / aseguren|asegurenme|amarren|amarrenme|congelen ~4 desde hoy|ya / aseguren|asegurenme|amarren|amarrenme|congelen ~4 hoy mismo / amarren|congelen la tasa"},
	{Name: "household yes", Pattern: "my|mi husband|wife|hubby|esposo|esposa|viejo|vieja|partner ~3 said|dijo yes|si / my|mi husband|wife|hubby|esposo|esposa|viejo|vieja|partner ~3 dijo que si"},
	{Name: "ready", Pattern: "no necesito|necesitamos pensarlo ~1 mas / dont|no need to think about it ~1 anymore|more"},
	// a closing date asked for: "can we close by the 20th?", "¿ustedes
	// pueden cerrar ese día?"
	{Name: "close by", Pattern: "can|could we close by|before|on / pueden|podemos|podrian cerrar ese|el dia|martes|lunes|miercoles|jueves|viernes"},
	// "sí, adelante con la póliza", "dale con la demo el jueves"
	{Name: "next step", Pattern: "adelante|dale con ~1 la|el|los|las"},
	// "ok vamos con el financing", "nos vamos con la segunda opción":
	// the option chosen
	{Name: "accept", Pattern: "vamos|vamonos con ~1 el|la|los|las ~1 @choice / go|going with the ~1 financing|financed|0"},
	// "whatever it costs, just get a plumber here before 3", "renew it,
	// same coverage, effective the 1st" (an order that opens its clause)
	{Name: "accept", Pattern: "whatever it costs / cueste lo que cueste / renew it|us|me / renew my|the|our policy|plan|coverage"},
	{Name: "book", Pattern: "agendeme|agendame|agenden|agendenme|agendemos|agendemela|agendemelo|agendamela|agendamelo|agendenmela|agendenmelo ~3 @book|para"},
	{Name: "lets do it", Pattern: "lock it|that in / lock in the|my|our? rate / were|im in | / we|i are|am in | / count me|us in"},
	// dev354 (stop 55): "just lock it. 6.1 is fine", "Put me down para el
	// 20", "Pulled the trigger in my head already"
	{Name: "lets do it", Pattern: "lock it|that|this | / lock the|my|our rate | / pulled|pull the trigger / put me|us down para ~2 el|la"},
	// "lock the rate today" (blind70, stop 71)
	{Name: "lets do it", Pattern: "lock the|my|our rate today|now|tonight|asap|ahorita|hoy"},
	// "put me down for Saturday morning", "apúntame para el sábado"
	{Name: "book", Pattern: "put me|us down for ~2 @date / apuntame|apuntenme|anotame|anotenme ~2 para ~2 @date"},
	// "so put me on the schedule for next week"
	{Name: "book", Pattern: "put|get me|us on the|your schedule|calendar|books"},
	{Name: "book", Pattern: "@wantv ~1 to @sched|see|start|do|set ~2 @book"},
	// a demo asked for, the next step of a B2B sale (seed 002's "demo
	// requests", the guide's "book the demo"): "can I get a demo?", "can
	// you show us a demo?", "we'd love a demo" (not "a demo video", nor
	// demolition: "a demo quote for the old deck")
	{Name: "book", Pattern: "can|could|may i|we ~1 get|have|see|book|schedule|arrange a|an demo / can|could|would you|yall ~1 show|give|set me|us up? a|an demo / want|wanna|need a|an demo / would|id|wed like|love a|an demo"},
	{Name: "book", Pattern: "when can you ~3 install|begin|schedule|book"},
	// signing up: "sign me up", "where can we sign"
	{Name: "sign up", Pattern: "sign me|us up|on / where do|can i|we sign / lets sign|lock"},
	// insurance: "yep bind it", "go ahead and bind the policy", "lets
	// bind"
	{Name: "sign up", Pattern: "bind it|them|everything|coverage / bind the policy|coverage|quote / lets bind / emitan|emita la poliza / bind the ~2 one|option|plan"},
	// dev276: "whatever you need, I've got my license and the VIN right
	// here, I can send it all this minute"
	{Name: "sign up", Pattern: "i can send it all ~1 today|tonight|rn|now / i can send it all ~1 this minute / i can send it all ~1 right now|away / i can send everything ~1 today|tonight|rn|now / i can send everything ~1 this minute / i can send everything ~1 right now|away"},
	// a slot taken for the visit, the install, the demo: "Friday at 2 works
	// for the walkthrough", "monday 8am for the install", "el jueves a las 9
	// me queda bien", "nos viene bien el lunes", "can your crew come out
	// saturday?", "¿pueden venir el martes?"
	{Name: "slot", Pattern: "@date ~4 works|work|good|fine|perfect ~1 for ~1 the|my|us|me|our? @book / @date ~4 for|para the|el|la|my|mi @book|@esbook"},
	{Name: "slot", Pattern: "@date ~5 me|nos queda|viene ~1 bien|perfecto / me|nos queda|viene ~1 bien|perfecto ~2 el|este|esta? @date"},
	{Name: "slot", Pattern: "can|could you|your|the ~2 come|start|install ~3 @date / pueden|puede|podrian|podria venir|instalar|empezar ~4 @date"},
	// the crew asked for on a day: "Would it be possible to have the
	// installers out before the first of the month?", "¿Sería posible
	// que vinieran a instalar el aire el lunes?"
	{Name: "slot", Pattern: "can|could you|yall have|get|send the|your installers|installer out|over ~3 @date / possible to have|get the|your installers|installer out|over ~3 @date / possible to have|get the|your installers|installer out|over before|by the first|end / que vinieran|viniera|vengan|venga a instalar|empezar ~4 @date / can|could you send the|your crew out ~3 @date / pueden|puede|podrian|podria venir a instalar ~3 @date"},
	// dev336 (stop 55): the crew booked, "Book the technician for
	// tomorrow morning" (only so: "I'm stuck at home for the electrician"
	// and "I need to book a plumber for the leak" are the lead's own)
	{Name: "book", Pattern: "book|schedule the|your technician|tech|plumber|electrician|crew|installer for? @date"},
	// "quiero el demo, el jueves en la tarde puedo"
	{Name: "book", Pattern: "quiero|queremos|quisiera|quisieramos ~1 el|la|un|una demo|cita|visita|inspeccion|instalacion"},
	{Name: "sign up", Pattern: "apuntenme|apuntame|apunteme|anotame|anotenme|anoteme|inscribeme|inscribanme|inscribame|registrame|registrenme"},
	// "I'm in." as a clause of its own
	{Name: "in", Pattern: "im|were in / i|we am|are in"},
	{Name: "send paperwork", Pattern: "send|email|shoot me|us|over the|your|my? @docs"},
	{Name: "send paperwork", Pattern: "send ~3 @docs"},
	// doing it soon: "i want to do this this week", "need it done by friday"
	{Name: "do it soon", Pattern: "@wantv ~1 to @doit this|it|that ~3 @dated"},
	{Name: "do it soon", Pattern: "lets ~1 @doit ~3 @dated"},
	// dev307 (stop 53), written for an old lady: "wants it started this
	// week if your crew can", "Let's set the appraisal for Monday
	// morning", "Please mail the papers to my daughter's house"
	// (a day, not a season: "just want it done before winter" is no
	// hurry)
	{Name: "do it soon", Pattern: "wants|want|need|needs it|this|the|work|job ~1 started|done|scheduled|installed|finished ~2 this week|weekend|morning|afternoon / wants|want|need|needs it|this|the|work|job ~1 started|done|scheduled|installed|finished ~2 today|tomorrow|asap|tonight"},
	{Name: "lets do it", Pattern: "lets set|schedule|book ~2 appraisal|inspection|closing|signing|install|installation|walkthrough|demo|start|date"},
	{Name: "send paperwork", Pattern: "please mail|fax|courier|overnight me|us|over? the|your @docs / go ahead and mail|fax|courier|overnight me|us|over? the|your @docs"},
	// Spanish: "estoy listo", "vamos a hacerlo", "donde firmo", "mandeme el
	// contrato", "cuando pueden venir a instalar", "agenda la demo"
	// (Spanglish "ya estoy ready, mándamelo ahorita")
	{Name: "ready", Pattern: "estoy|estamos listo|lista|listos|listas|ready / vamos a ~1 hacerlo|darle|firmar|empezar / sigamos|vamos adelante / dale pues"},
	// "dale, arranquemos", "empecemos", "decime qué te tengo que mandar"
	{Name: "ready", Pattern: "arranquemos|empecemos|comencemos|arrancamos / que te|le|les tengo|tenemos que mandar|enviar|pasar / que necesitas|necesita|necesitan que te|le|les mande|envie"},
	{Name: "sign up", Pattern: "donde firmo|firmamos / quiero|queremos firmar|contratar|empezar|arrancar"},
	// the application, with a near date (blind70, stop 71): "quiero
	// aplicar esta semana", "we want to apply this week"
	{Name: "sign up", Pattern: "quiero|queremos aplicar hoy|ya|ahorita|manana / quiero|queremos aplicar esta semana / i|we want|wanna|need to? apply today|now|tonight|asap|tomorrow / i|we want|wanna|need to? apply this week"},
	{Name: "send paperwork", Pattern: "mandeme|mandame|envieme|enviame|mande|manden|mandenme|envienme|mandenos|envienos|mandanos|envianos ~2 contrato|papeles|documentos|solicitud|aplicacion"},
	// "después de darle vueltas, vamos con ustedes"
	{Name: "accept", Pattern: "vamos|decidimos|seguimos con ustedes|usted / vamos|decidimos|seguimos contigo"},
	{Name: "book", Pattern: "agenda|agende|agendar|agendemos|programa|programe|programar ~2 demo|cita|instalacion|visita|llamada / cuando pueden|puede ~1 venir|empezar|instalar"},
	// urgency with a date: "contract expires friday", "need this installed before the 15th"
	{Name: "deadline", Pattern: "@expire ~4 @date|@num"},
	{Name: "deadline", Pattern: "need|needs|have|has|got ~3 @done ~2 by|before ~3 @date|@num"},
	// "my car's trapped in there and I need it by friday"
	{Name: "deadline", Pattern: "need|needs it|this|them|that ~1 back|out|fixed|done|installed? by|before ~2 @date"},
	// a need with a date: "I need a roofer before Monday", "necesito el
	// seguro antes del Friday", "tengo que salir de la casa antes del 15"
	// (not a need to think it over first: see deliberates)
	{Name: "deadline", Pattern: "need|needs|necesito|necesitamos|necesita|ocupo|ocupamos ~4 by|before|antes ~2 @date|@num / tengo|tenemos que ~4 antes ~2 @date|@num"},
	// "queremos cerrar antes del 15 de julio"
	{Name: "deadline", Pattern: "quiero|queremos|quisiera|quisieramos|gustaria cerrar|vender|firmar|empezar ~2 antes de|del ~1 @date|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre / quiero|queremos|quisiera|quisieramos|gustaria cerrar|vender|firmar|empezar ~2 antes de fin de|del mes|semana / quiero|queremos|quisiera|quisieramos|gustaria cerrar|vender|firmar|empezar ~2 antes del @num"},
	{Name: "lets do it", Pattern: "lets do it|this|that / let us do it|this|that"},
	// the visit wanted on a day, without fail (dev359, stop 56):
	// "necesito que el plumber venga el lunes sin falta", "I need them
	// out here Monday no matter what"
	{Name: "visit without fail", Pattern: "venga|vengan|empiece|empiecen|instale|instalen|arregle|arreglen|pase|pasen ~4 sin falta / venga|vengan|empiece|empiecen|instale|instalen|arregle|arreglen|pase|pasen ~4 si o si / need|want ~1 you|him|her|them|someone|somebody ~2 out? here|there ~3 |? no matter what / need|want ~1 him|her|them|you|someone|somebody ~1 out here|there ~3 no matter what / need|want ~1 him|her|them|you|someone|somebody ~1 out here|there ~3 without fail"},
	// "dice mi señora que le entremos" (dev365, stop 56): Mexican "go for
	// it"
	// (not "si le entramos", "entonces le entramos" after a condition)
	// (not "ni modo que le entremos", "para que le entremos necesitan
	// bajar el precio")
	{Name: "lets do it", Pattern: "dice|dijo|quiere|quieren ~3 que le entremos|entramos / va|sale|orale|dale|bueno|ok|pues |? le entramos|entro / si | le entramos|entro"},
	// the deal itself asked for (dev359, stop 56): "let's put the house
	// under contract with you guys", "go ahead and put it under contract"
	{Name: "lets do it", Pattern: "lets|wanna put|get it|this|her under contract / lets|wanna put|get the house|place|home|property under contract / ready|go|ahead to|and put|get it|this|her under contract / ready|go|ahead to|and put|get the house|place|home|property under contract"},
	// "start the application pues", "go ahead and order the parts",
	// "mande al técnico mañana"
	// dev288: "ya lo hablamos y estamos decididos ... dígame qué papeles
	// tengo que tener listos"
	{Name: "decided", Pattern: "estamos|estoy decididos|decidido|decidida|decididas | / ya estamos|estoy decididos|decidido|decidida|decididas / que papeles|documentos tengo|necesito|tenemos|necesitamos ~3 listos|listo|preparar|juntar"},
	// dev293: "apúntanos el martes a las 2", "get me the contract, I want
	// ink on it before the 15th", "que el técnico venga preparado para
	// instalarlo ese mismo día", "bring it over and put it in. Gate code
	// is 4471"
	{Name: "book", Pattern: "apuntanos|apuntame|anotanos|anotame|agendanos|agendame el ~1 lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia / apuntanos|apuntame|anotanos|anotame|agendanos|agendame para el ~1 lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia"},
	{Name: "sign up", Pattern: "get|send me|us the contract / want ink on it / que el tecnico|instalador venga ~3 instalar|instalarlo|instalarla / bring it over and put it in"},
	// dev292: "need somebody out before then", "necesito que vengan
	// mañana"
	{Name: "urgent visit", Pattern: "need|needs somebody|someone out ~3 before|today|tomorrow|tonight|asap / need|needs a tech|guy out ~3 before|today|tomorrow|tonight|asap / necesito|necesitamos que vengan|venga manana|hoy|ya"},
	// "empiecen el policy el 1st, ya tengo el carro nuevo"
	{Name: "order given", Pattern: "empiecen|inicien|arranquen|activen el|la policy|poliza|seguro|cobertura|trabajo|obra"},
	// "sí, mándenlo mañana en la mañana, yo pido permiso en el trabajo":
	// the visit offered, sent for a day
	{Name: "order given", Pattern: "mandenlo|mandelo|mandalo|envienlo|envielo ~1 manana|hoy|temprano|ahorita|lunes|martes|miercoles|jueves|viernes|sabado"},
	{Name: "order given", Pattern: "start|begin the|my|our application|paperwork|install|installation|order / go ahead and? order|book|schedule the|my|our? parts|install|job|work / order the parts / mande|manden|mandame|mandeme|manda al|el tecnico|plomero|electricista|guy|muchacho|senor|chavo ~2 manana|hoy|lunes|martes|miercoles|jueves|viernes|sabado"},
	// "need this bound this week", "need it installed tomorrow", "vamos
	// pa'lante, ¿qué hay que firmar?", "dale, agendemos"
	{Name: "deadline", Pattern: "need|needs it|this|them|that @done this|next week|weekend|month / need|needs it|this|them|that @done today|tomorrow|tonight|asap|now"},
	{Name: "lets do it", Pattern: "vamos pa lante|alante|adelante / vamos palante / que|donde hay que firmar / que tengo|tenemos que firmar / agendemos|agendamos|agendalo|agendala|agendame"},
	{Name: "lets do it", Pattern: "lets go|proceed / lets move forward / make it|this happen / make a deal"},
	// the decision told and the next step asked or given: "sí vendemos.
	// ¿Qué papeles firmo?", "we're doing it", "the
	// job is yours", "consider it a deal", "decidimos avanzar", "draw up
	// the agreement", "get the paperwork started", "manda el contrato",
	// "amarra la tasa", "lock it ahorita", "grab me a demo slot",
	// "enroll her hoy", "get a crew here as soon as you can"
	{Name: "lets do it", Pattern: "que papeles|documentos firmo|firmamos / were|we doing it / the job|work is yours / consider it a deal / decidimos|decidi avanzar|proceder / draw up the / get|start the paperwork started|going / manda|mande|manden|mandame|mandeme el contrato / amarra|congela|amarren|congelen la tasa / lock it ahorita|now|today|in / grab|book me a demo|slot / enroll her|him|them|us / get|send a crew|someone|somebody|tech here|out ~3 soon|today|asap|tomorrow / get somebody|someone scheduled"},
	// "órale, vamos haciéndola, ¿qué necesita de mí?", "hagámoslo"
	{Name: "lets do it", Pattern: "vamos haciendola|haciendolo|dandole / hagamosla|hagamoslo / que necesita|necesitas|necesitan|ocupa|ocupas|ocupan de mi|nosotros"},
	// "I'm done shopping, how do we make this official?"
	{Name: "lets do it", Pattern: "make it|this|that official / done shopping|comparing / deje|dejamos de comparar"},
	{Name: "next step", Pattern: "@fwd @step / what is next / what is next"},
	{Name: "next step", Pattern: "what ~3 need ~2 from me"},
	// dev52: "Deal. 210 and you cover closing", "tell your guy to come
	// thursday", "book me for the free estimate", "schedule it para este
	// sábado", "Signing up for the Pro plan right now", "¿cuándo podemos
	// cerrar?", "can u come today? ill pay the emergency fee"
	{Name: "accept", Pattern: "deal / it is a deal / that is a deal / trato hecho"},
	{Name: "book", Pattern: "tell|send your ~1 guy|tech|crew|team|installer to come ~2 @date / book me|us ~2 for|the ~3 @book / schedule|book it|that ~2 para|for ~2 @date|este|this"},
	// dev260: the crew let in to do the work: "the first dry day next
	// week they can show up and hang 'em"
	{Name: "book", Pattern: "they|yall|crew|guys|installers can show|come up|out|by|over? ~1 and hang|install|start|put|replace|tear|rip"},
	{Name: "sign up", Pattern: "signing up ~6 now|today / checkout ~3 take|takes|accept|accepts / check out ~3 take|takes|accept|accepts"},
	{Name: "next step", Pattern: "cuando podemos|puedo|pueden cerrar|firmar|empezar / when can we close|sign|start"},
	// "Decidimos irnos con ustedes. ¿Cuáles son los siguientes pasos?",
	// "¿me regala la factura para hacer la transferencia?"
	{Name: "next step", Pattern: "cuales son los|nuestros siguientes|proximos pasos / decidimos irnos|ir|quedarnos con ustedes / regala|manda|pasa|mandas|pasas la factura para ~2 pagar|transferencia|pago|transferir"},
	// "¿cuándo empiezan? dígame qué día vienen"
	{Name: "next step", Pattern: "cuando empiezan|empiezas|vienen|comienzan|arrancan|instalan / que dia vienen|empiezan|pasan|instalan"},
	{Name: "deadline", Pattern: "ill pay ~3 emergency|rush|fee|extra / i will pay ~3 emergency|rush|fee|extra"},
	{Name: "next step", Pattern: "how do we|i ~1 get started / how do we|i ~1 start|proceed / how do we|i ~1 move forward"},
	// blind59 (stop 66): "I was on the fence last week but I'm in now.
	// how do I get the application going"
	{Name: "next step", Pattern: "how do we|i ~1 get the|my|our|this application|paperwork|process|loan|ball going|rolling|started"},
	{Name: "lets do it", Pattern: "fence ~6 but im|were in now / fence ~6 but now im|were in |"},
	{Name: "next step", Pattern: "where do i sign"},
	// dev269: "put me on the 49 one and charge the card you got on file"
	{Name: "sign up", Pattern: "put me|us on the ~2 one|plan|tier|package / charge the|my card ~3 on file"},
	// "can we wrap this up today?" with a closing on the 28th
	{Name: "deadline", Pattern: "wrap this|it|things up today|tonight|now / get this|it done today|tonight"},
	// dev272: "mi closing tiene que ser before Christmas"
	{Name: "deadline", Pattern: "closing|cierre ~2 tiene|has que|to ser|be before|antes"},
	// dev260: "where do I put my John Hancock?", "just tell me where to
	// pay it", "dígame a dónde lo pago"
	{Name: "next step", Pattern: "john hancock / my hancock / tell me where|how to pay|send ~1 it|the|that? |? / where|how do|should|can i|we pay ~1 it|that|the ~1 fee|deposit? |"},
	// "Enroll me in Plan G", "inscríbame en el plan"; the first opening
	// taken: "Yes, first slot you've got ... just put me on it", "What's
	// your first open install day?"
	{Name: "sign up", Pattern: "enroll|enrol me|us / inscribame|inscribeme|inscribanme|inscribanos"},
	{Name: "next step", Pattern: "first|earliest|soonest open? slot|opening|install|appointment you|youve|yall got|have / what|whats|when is your|the first|earliest|soonest open? install|slot|opening / just put|pencil me|us on it|down"},
	// "ok upgrade us", "ya quiero avanzar", "¿qué documentos le mando?",
	// "which docs do you need from me"
	// "actívemela de una vez, ¿cómo hago el pago?", "how do I pay?"
	{Name: "next step", Pattern: "activemela|activamela|activenmela|activemelo|activamelo|activenla|activala|activela|activalo|activelo|activenlo / como hago el pago / how do i|we pay / where do i|we pay"},
	// "¿cómo le hago para pagar?", "¿cómo hacemos para contratarlo?"
	{Name: "next step", Pattern: "como le? hago|hacemos|hacer para pagar|pagarles|pagarte|pagarle|contratar|contratarlo|contratarla|firmar|empezar|arrancar / donde pago|pagamos / como|donde les|le pago"},
	// "¿cómo la activo ya?", "how do I activate it?"
	{Name: "next step", Pattern: "como la|lo activo|activamos|contrato|compro / how do|can i|we activate"},
	// "mándame el link que la lleno ahorita", "send me the link and I'll fill it out"
	{Name: "next step", Pattern: "mandame|mandeme|enviame|envieme|send|text ~2 el|la|the link|enlace|forma|form|aplicacion|application ~4 lleno|llenar|llenamos|fill|apply|sign|firmo|knock|finish|complete|submit|do|hago|completo"},
	{Name: "next step", Pattern: "upgrade me|us / quiero|queremos avanzar|proceder / quiero|queremos seguir adelante / que|cuales documentos|papeles ~2 le|te|les mando|envio|mandamos|enviamos|necesita|necesitan / which|what docs|documents|paperwork ~3 need|send|want from me|us"},
	// enrolling or buying now, and the plan taken: "what do I do now to
	// enroll", "how do i buy it", "I'll take the gold plan", "¿cómo me
	// inscribo?", "quiero el plan básico"
	{Name: "next step", Pattern: "how|what do we|i ~3 enroll|signup|buy|purchase / how|what do we|i ~3 sign up / como me|nos inscribo|inscribimos|apunto|apuntamos|registro|registramos"},
	{Name: "accept", Pattern: "i want option|plan|package|tier / ill|well take|pick ~2 plan|package|option|tier|bundle / i|we will take|pick ~2 plan|package|option|tier|bundle / ill|well go with the ~2 plan|package|option|tier|bundle / i|we will go with the ~2 plan|package|option|tier|bundle / quiero|queremos el plan|paquete / me|nos quedo|quedamos con el ~1 plan|paquete"},
	{Name: "get started", Pattern: "get|getting this|it|things|started ~1 @go"},
	{Name: "get started", Pattern: "get started|going"},
	{Name: "get started", Pattern: "get this|it done"},
	{Name: "send paperwork", Pattern: "send ~3 @doc"},
	{Name: "send paperwork", Pattern: "ill sign / i will|can sign / ready|want to sign"},
	// "send me whatever I gotta sign so it doesn't shut off"
	{Name: "send paperwork", Pattern: "send|text|email ~2 whatever ~3 sign|signed"},
	{Name: "send paperwork", Pattern: "ready to sell|sign|go|move|close|roll|proceed / ready to do this / ready to get started"},
	// done already: "just emailed you the signed contract", "signed and
	// sent back"; taken in Spanish: "venga, contratamos el seguro", "¿me
	// pasa el enlace para pagar?"
	{Name: "send paperwork", Pattern: "emailed|sent|texted|uploaded|submitted|returned|attached ~3 signed|completed @docs / signed and sent|returned|uploaded"},
	{Name: "accept", Pattern: "contratamos|contrato|contratemos|tomamos el|la ~1 seguro|plan|servicio|paquete|poliza / enlace|link para pagar"},
	{Name: "go ahead", Pattern: "go ahead"},
	// the procurement steps of a decided buyer: "Decision's made, we're
	// going with you", "we'll execute everything this week", "looped in
	// legal on the redlines", "keep the 1st as the go-live", "en cuanto
	// las regrese, firmamos"
	// ("decision's made, we're going with the other vendor" is lost)
	{Name: "accept", Pattern: "were going with you|yall / we are going with you|yall / we will go with you|yall / well go with you|yall"},
	{Name: "sign up", Pattern: "well execute / we will execute / lets execute / execute everything|it|the contract|agreement|msa / en cuanto ~6 | firmamos|firmo / looped|loop|looping in legal|procurement ~3 redlines|contract|msa|paperwork / looped|loop|looping in legal|procurement on the? redlines|contract|msa|paperwork / go live ~2 date|is|on|the @date|@num / golive ~2 date|is|on|the @date|@num / as the go live / as the golive"},
	// an order given in other words: "set it up for second shift and send
	// me the login", "yes put me down, first opening you got", "pues send
	// someone ya", "dígame qué ocupa pa darme de alta y lo hacemos de una
	// vez"
	// (an order: see the check of "set", "send" and "put" in
	// commitment; "my son set it up for me" is told)
	// ("please set me up for a quote" asks a price)
	{Name: "order given", Pattern: "set it|this|us|me up today|now|asap|tonight|tomorrow / set it|this|us|me up for ~1 @date|shift|shifts|install|installation|tomorrow|today"},
	// "no need to shop around, just set it up" (blind77, stop 74)
	{Name: "order given", Pattern: "just set it|this|us|me up | / go ahead and set it|this|us|me up"},
	{Name: "book", Pattern: "put me|us down ~3 opening|slot|spot|available|appointment / put me|us down | ~2 opening|slot|spot|available|appointment"},
	// ("send someone ya": the Spanish "now")
	{Name: "order given", Pattern: "send someone|somebody ya|now|today|asap|over|out / send a|the tech ya|now|today|asap|over|out / manden|mande|mandame|mandeme a alguien ya|hoy|ahorita / manden|mande|mandame|mandeme un tecnico ya|hoy|ahorita"},
	// ("mañana van a darme de alta" leaves a hospital)
	{Name: "sign up", Pattern: "para|pa darme|darnos de alta"},
	{Name: "move forward", Pattern: "move forward / proceed"},
	{Name: "accept", Pattern: "i|we accept / accept ~2 offer|deal"},
	// "my mom said yes to the contract", "yes I agree with the price you
	// said" (a figure, "I agree with the $350", is not read: "I agree with
	// the 3 other agents")
	{Name: "accept", Pattern: "said|says yes to the|your ~1 contract|offer|deal|quote|proposal|price|estimate|terms|replacement|install|installation|repair|job / i|we agree with|to the|your|that ~1 price|quote|terms|offer|estimate|rate|amount / i|we totally|fully|both|do agree with|to the|your|that ~1 price|quote|terms|offer|estimate|rate|amount"},
	// "I'm sold", "we're sold, where do we sign", "me convenciste"
	{Name: "accept", Pattern: "i am sold / we are sold / im sold / i am totally|so|completely|fully sold / im totally|so|completely|fully sold / we are totally|so|completely|fully sold / you sold me / me convenciste|convencieron|convencio"},
	// "tell me where to sign", "show us where to sign"
	{Name: "sign up", Pattern: "tell|show|send me|us where to sign / donde firmo|firmamos"},
	// "please start the refinance", "go ahead and start the application"
	{Name: "next step", Pattern: "please start|begin|open|submit the|my|our ~1 refi|refinance|application|paperwork|process|install|installation|order|policy|loan|file|claim / empiecen|inicien|arranquen el|la ~1 tramite|refinanciamiento|solicitud|proceso|instalacion"},
	// "whatever you need from me, just say the word"
	{Name: "next step", Pattern: "whatever you need from me|us / lo que necesiten|necesites de mi"},
	// a purchase order issued: "approved on our end, PO number is 44817"
	{Name: "accept", Pattern: "po number|no|is / purchase order number|no|is / approved on|from our end|side / purchase order ~3 sent|issued|attached|coming"},
	// "I want to close by the end of the month": a date to act by (and in
	// learner English without the "to": "we want close by end of month")
	{Name: "deadline", Pattern: "want|need|wanna|like to close|sign|start ~1 by|before|within / i|we want|need close|sign|start ~1 by|before|within"},
	// "if it's in the ballpark we can close this month", "quiero vender
	// la casa este mes", "put your offer in writing", "mándame la oferta
	// por escrito"
	{Name: "deadline", Pattern: "we|i can close|sign|start this|next week|month / quiero|queremos vender|cerrar|firmar ~4 este|esta mes|semana"},
	{Name: "send paperwork", Pattern: "put|send|get ~3 offer|oferta in writing / mandame|mandeme|enviame|envieme ~3 oferta|propuesta por escrito / send me ~3 oferta|propuesta por escrito"},
	{Name: "accept", Pattern: "you have|got a deal"},
	{Name: "accept", Pattern: "it is a deal"},
	{Name: "accept", Pattern: "sounds|looks good lets|to"},
	{Name: "schedule", Pattern: "when can you ~2 come|close|see|start|walk|do"},
	{Name: "schedule", Pattern: "how soon|fast ~1 can you|we ~2 close"},
	// upgrading or adding to an account: "how do we upgrade to the team
	// plan", "add 20 more seats", "subir al plan empresarial", "agreguen 15
	// usuarios"
	{Name: "upgrade", Pattern: "how do|can|could we|i ~1 upgrade / can|could we|i upgrade ~2 today|now|this / add ~2 more seats|users|licenses|licences|agents|reps / add ~1 the ~2 package|addon|plan|tier / subir|pasarnos|cambiarnos al|a ~2 plan / agreguen|agregar|agrega|sumen|anadan ~3 usuarios|licencias|asientos"},
	// the next step taken now: "book the first slot you
	// have", "lock my rate", "what time tomorrow can you come", "i want
	// this done"; Spanish "acepto la oferta", "pónganme en el primer
	// espacio", "manden al técnico mañana", "bloquéame la tasa",
	// "firmemos esta semana", "preparen el contrato", "ya me decidí"
	{Name: "accept", Pattern: "acepto|aceptamos ~2 la|el|su oferta|propuesta|cotizacion|terminos|precio / de acuerdo con los terminos / acepto|aceptamos |"},
	// "when's the soonest you can come install it", "how soon can you come out"
	{Name: "book", Pattern: "soonest|earliest you|yall ~1 can|could ~2 come|install|start|get|be / how soon can|could you|yall ~1 come|install|start / how soon can|could you|yall ~1 get out"},
	{Name: "book", Pattern: "book|grab|take ~3 first|next|earliest|soonest slot|opening|spot / give|put me|us ~3 first|next|earliest|soonest slot|opening|spot / your soonest|earliest|first|next ~1 opening|slot|availability / put|get|it|us|me ~2 on the books|calendar / ponganme|pongan|agenden|apartenme|apartame ~3 primer|cita|espacio|lugar / manden|envien|mandeme|mandame ~1 al|el tecnico|tecnicos|equipo"},
	{Name: "schedule", Pattern: "what time ~2 can you ~1 come|be|start|get / i|we want this|it done / want it done|fixed|installed|signed ~1 today|tomorrow|asap|now|this"},
	{Name: "lock", Pattern: "lock ~2 my|the|our|that|a ~1 rate / lock in ~2 my|the|our|that|a ~1 rate / bloqueame|bloqueen|bloqueenme|congelen|congelame|congelenme|asegurenme ~2 la ~1 tasa"},
	// taking the offer and paying for it: "we'll take it", "me lo quedo",
	// "sí, la quiero", "send me the payment link", "card or bank
	// transfer?", "where do I upload the paystubs", "who do we send the
	// PO to", "ok book it"
	{Name: "accept", Pattern: "ill|well take it / i|we will take it / me lo|la quedo / nos lo|la quedamos / si|dale|ok|bueno|listo |? lo|la quiero|queremos"},
	{Name: "next step", Pattern: "send|text|shoot|email|mandame|mandeme|envieme|enviame ~3 payment link|links / link|enlace de pago / card or ~4 bank|transfer|ach|check|wire|debit / tarjeta o ~2 transferencia|deposito|efectivo"},
	{Name: "next step", Pattern: "where do|should|can i|we ~1 upload|send|wire|submit|mail|drop ~3 @payobj / where to upload|send|wire|submit|mail ~3 @payobj / who do|should|can i|we send|make ~3 @payobj to|out"},
	// dev338 (stop 55), readiness said sideways in long messages: "where
	// do I upload everything", "just tell us what to fill out first",
	// "send me whatever I need to get the first crew on it", "whatever day
	// your crew can get here first", "díganme a qué hora llegan el
	// jueves", papers at hand ("both our IDs and W2s are right here")
	{Name: "next step", Pattern: "where do|should|can i|we ~1 upload|send|submit everything / tell|show me|us what|which to fill|sign|upload|send|complete ~2 first|next / send me|us whatever|what i|we need to get started|going / send me|us whatever|what i|we need to start|sign"},
	{Name: "slot", Pattern: "whatever|whichever day|time|date your|the|you ~2 can get|come|start|make / diganme|digame|dime|avisenme|aviseme a que hora llegan|vienen|pasan|empiezan"},
	// dev352 (stop 55), readiness asked as the next step after the lead
	// has done their part: "Who should I hand them to?", "¿Qué me toca a
	// mí primero?", "¿qué hago de mi lado para que los muchachos empiecen
	// a usarlo?", "¿cómo le hacemos para que quede instalado?", "Do you
	// want them emailed or is there a portal thing?", "¿Se los paso todos
	// de una vez?", "¿A qué email?", room cleared "so your guys have room
	// to get at it", "para que sus muchachos puedan entrar", papers
	// "already scanned"
	{Name: "next step", Pattern: "who should|do i|we hand|give them|these|it|this to / que me|nos toca ~2 primero / que hago|hacemos de mi|nuestro lado / como le hacemos para que ~2 quede|quedara|instalen|instale|empiecen|empiece|arranquen|arranque|firmemos / want them|these emailed|uploaded|scanned / se los|las paso|mando|envio ~2 de una vez / a que email|correo |"},
	{Name: "docs ready", Pattern: "so your|the guys|crew|techs|team|people ~2 have room to get|work / so your|the guys|crew|techs|team|people ~2 can get in | / so your|the guys|crew|techs|team|people ~2 can get in @date|there / para que sus|los muchachos|trabajadores|tecnicos puedan ~2 entrar|trabajar|pasar / stubs|w2s|w2|paystubs|papers|docs|documents|documentos|papeles|ids ~4 already|ya? scanned|escaneados|escaneadas"},
	{Name: "docs ready", Pattern: "ids|w2s|w2|paystubs|stubs|documents|papers|docs|returns ~2 are|is right? here|ready / got|have ~4 paystubs|stubs|w2s|returns ~5 ready|saved|here"},
	{Name: "book", Pattern: "book it"},
	// dev332 (stop 54): "then put the lock on it, please", "dígame a
	// dónde se los llevo ... que quiero que esto camine"
	{Name: "lock", Pattern: "then|ok|yes|yeah|so|lets put the|a lock on it|that|this / put the|a lock on it|that|this please|today / go ahead and put the|a lock on"},
	// dev327 (stop 54): "lockbox code is yours whenever, pick a day this wk
	// and I'll make it work", "te mando la dirección completa por aquí"
	{Name: "book", Pattern: "pick|name|choose a|the day|time ~4 ill|i make it work / lockbox|gate|door code is yours / te|le|les mando|envio|paso la direccion|ubicacion / ill send|text you ~1 the|my address"},
	{Name: "next step", Pattern: "digame|diganme|dime a donde se|le|les los|las llevo|mando|traigo / digame|diganme|dime adonde se|le|les los|las llevo|mando|traigo / digame|diganme|dime a donde ~2 llevo|mando|traigo ~2 los|el|mis? papeles|documentos|pago|deposito|cheque / digame|diganme|dime adonde ~2 llevo|mando|traigo ~2 los|el|mis? papeles|documentos|pago|deposito|cheque"},
	// dev323 (stop 54): the door left open for the crew ("whoever's free
	// just come, I'll leave the side gate unlatched"), the day left to
	// the business ("nomás dígame qué día le cae bien a su gente", "el
	// día que ustedes digan")
	{Name: "book", Pattern: "whoever|whoevers ~2 free|available ~2 just come / ill leave the ~2 gate|door|garage|lockbox ~1 unlatched|unlocked / i will leave the ~2 gate|door|garage|lockbox ~1 unlatched|unlocked / digame|digan|dime|diganme ~1 que dia ~3 le|les cae|caiga|conviene / el dia que ustedes|usted digan|diga | / the day you|yall say|choose |"},
	{Name: "sign up", Pattern: "firmemos|firmo|firmamos ~2 hoy|ya|manana / firmemos|firmo|firmamos ~2 esta semana / para firmarla|firmarlo|firmarlos / firme y lo|la mande|envie / preparen|prepare|preparame ~2 contrato|papeles|documentos|cotizacion / ya me|nos decidi|decidimos / mandame|mandeme|envieme|enviame ~3 cotizacion|propuesta final"},
})

// alreadySent reports "ya" before the verb at i with at most two object
// pronouns between ("ya les mandé", "ya se los mandé", "ya te envié"), and
// no "que" before the "ya" (a subjunctive: "que ya les mande").
func alreadySent(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k] == "ya":
			return k == 0 || toks[k-1] != "que"
		case !objectPronouns.Has(toks[k]):
			return false
		}
	}
	return false
}

var (
	objectPronouns = NewSet("les", "le", "te", "se", "los", "las", "lo", "la", "me")
	// dealGladWords before "what do you need from me" greet a deal, not a
	// first text: "ok awesome! what do you need from me?" after an approval
	dealGladWords = NewSet("awesome", "great", "perfect", "works", "approved", "deal", "price", "ready", "lets", "love", "excellent",
		"fantastic", "yay", "finally", "accept", "accepted")
)

// intensifiers reports a strong intensifier in t, or else counts the
// intensifiers (those before the first strong one when there is one). As
// strongIntens is a subset of intensifier, a message with no word of
// intensifier, as most are, has neither, which a gate tells at once.
func intensifiers(t *Text) (strong bool, n int) {
	if !t.HasAny(intensifier) {
		return false, 0
	}
	for _, id := range t.IDs {
		if strongIntens.HasID(id) {
			return true, n
		}
		if intensifier.HasID(id) {
			n++
		}
	}
	return false, n
}

var (
	intensifier = NewSet("absolutely", "definitely", "100", "100%", "certainly", "totally", "yes", "yess", "yeah",
		"yea", "yep", "yup", "sure", "excited", "ready", "asap", "heck", "hell", "deal", "perfect", "great", "awesome",
		"love", "amazing", "please", "obviously", "def", "defo", "course").Gated()
	strongIntens = NewSet("absolutely", "definitely", "100", "100%", "certainly", "totally", "excited",
		"obviously", "def", "defo")
	softYes = NewSet("yes", "yeah", "yea", "yep", "yup", "sure", "ok", "maybe", "fine", "alright", "possibly",
		"perhaps", "kinda", "sorta", "probably", "cool", "interesting", "si", "ya", "mayb", "k")
	// takenTo are whom a lead takes a decision to first: "the Lord",
	// "the board", "my wife", "the partners"
	takenTo = NewSet("lord", "god", "board", "boss", "wife", "husband", "partner", "partners", "team", "committee", "council",
		"family", "church", "pastor", "elders", "deacons", "deacon")
	hedges = MustCompile(map[string]Set{"takento": takenTo}, []Rule{
		{Name: "hedge", Pattern: "maybe|mayb|possibly|perhaps|idk|unsure|eventually|someday"},
		// a yes in principle, a step still to be taken, or a yes made by
		// mistake (dev360, stop 56): "in theory I'd like to move forward,
		// but nothing happens until my wife reads it", "I still need to
		// check with my husband", "I hit 'move forward' by accident"
		// (someone who decides, not an errand: "need to talk with the
		// installer about the start date" still commits)
		{Name: "hedge", Pattern: "nothing happens|moves until my|our / nothing gets signed until my|our / nada se firma|hace hasta que mi|nuestro / need|have|gotta to? check|talk|consult|confirm with|to my|our|the ~1 husband|wife|partner|spouse|board|family|parents|cofounder|esposo|esposa|boss|accountant|lawyer|attorney|mom|dad|mother|father | / need|have|gotta to? check|talk|consult|confirm with|to my|our|the ~1 husband|wife|partner|spouse|board|family|parents|cofounder|esposo|esposa|boss|accountant|lawyer|attorney|mom|dad|mother|father first|though|before|tonight|tomorrow / check|talk|consult|confirm with|to my|our|the landlord|hoa|bank|lender ~2 first|though|before"},
		{Name: "hedge", Pattern: "clicked|pressed|tapped|selected ~3 accept|yes|move|submit|sign|agree|confirm|approve|button ~4 by accident|mistake / hit|clicked|pressed|tapped | ~3 | ~4 by accident|mistake / hit move forward ~4 by accident|mistake / dudo que le? entremos / no creo que le? entremos / hasta que mi|nuestro|nuestra esposo|esposa|socio|socia|jefe|jefa ~2 vea|revise|firme|apruebe|diga"},
		// dev260: "send the paperwork just so I can read through it, not
		// deciding anything till my brother weighs in"
		{Name: "hedge", Pattern: "not|no deciding|committing|signing|decidiendo|firmando ~2 anything|nothing|nada? until|before|hasta / just so i|we can read|look|review|go ~1 through|over|at"},
		// "let's do it the old fashioned way, can you mail me a brochure?"
		{Name: "hedge", Pattern: "old fashioned way"},
		// "mi esposo y yo vamos a firmar juntos": who signs, not a
		// commitment to sign now
		{Name: "hedge", Pattern: "vamos a firmar juntos|ambos / will|gonna sign together"},
		// a complaint or a question about the card or the plan: "why did
		// you charge the card on file?", "if you put me on the annual plan
		// do I get a discount?"
		{Name: "hedge", Pattern: "why|who|without ~5 charge|charged|put|puts / if you|yall put|charge"},
		// "how soon could you start, hypothetically? not saying we're
		// doing it"
		{Name: "hedge", Pattern: "hypothetically|hipoteticamente / not saying"},
		{Name: "hedge", Pattern: "not sure|ready|yet"},
		{Name: "hedge", Pattern: "think ~2 about it|over"},
		// "but I'm not buying anything right now", "I'll probably just
		// renew with them"
		{Name: "hedge", Pattern: "not buying|committing|signing ~2 anything|yet|now|today|until / probably|prob ~2 renew|stay|stick|keep ~2 with|them"},
		{Name: "hedge", Pattern: "let me|lemme think|check|ask|talk|see|sleep"},
		{Name: "hedge", Pattern: "depends|depending|if the price"},
		{Name: "hedge", Pattern: "i dont know"},
		// "just want to see the terms before we decide anything", "for the
		// demo first, then we'll see", "ya veremos"
		{Name: "hedge", Pattern: "before we|i decide|commit / then well see / then we will see / ya veremos / luego vemos / just|only comparing"},
		// taken to someone else first: "I'll take it to the Lord and the
		// deacon board", "we'll take it up with the partners", "praying
		// on it", "let me run it by my wife"
		{Name: "hedge", Pattern: "take|bring|taking|bringing it|this|that to|before the|my|our ~2 @takento / take|taking it|this|that up with / pray|praying on|about it|this|that / run|running it|this|that by"},
		{Name: "hedge", Pattern: "no rush|hurry"},
		// "I need to sleep on it", "ni sé qué incluye", "no estoy tan
		// seguro"
		{Name: "hedge", Pattern: "i|we need|have|want|wanna|gotta to? sleep on it|this|that / let me|lemme|ill|well sleep on it|this|that / going to sleep on it|this|that / ni se que|si|como|cuanto|cuando / no estoy tan|muy seguro|segura"},
		// leaving or undecided, in Spanish: "ya cancelé el servicio, ¿qué
		// día pueden pasar?", "¿qué día pueden devolverme el depósito?",
		// "si decido vender, ¿cómo procedemos?", "si al final no vendo"
		// "¿y si firmo hoy me hacen descuento?": a signing offered on a
		// condition ("sí, firmo hoy" is a yes: accents are folded, so
		// only what the condition asks for tells)
		{Name: "hedge", Pattern: "si firmo|firmamos|contrato|contratamos|cierro|cerramos ~3 me|nos hacen|dan|haces|das|bajan|rebajan|descuento|descuentito|rebaja"},
		// "¿y si contratamos el plan anual?": asked, not done ("y sí
		// firmo hoy" states it; see the question check below)
		{Name: "hedge if asked", Pattern: "y si firmo|firmamos|contrato|contratamos|cierro|cerramos"},
		{Name: "hedge", Pattern: "ya cancele|cancelamos / devolver|devolverme|devuelvan|devuelven|reembolso|reembolsar / ya no quiero|queremos seguir|continuar / si decido|decidimos|vendo|vendemos / si al final / no estoy segura|seguro|seguros|seguras"},
		// waiting first: "I'm advising her to wait for the second
		// appraisal", "we'd rather hold off till spring" (not "can't wait")
		// "What day can your tech come look at it? I'm still comparing
		// bids", "just want a quote first"
		{Name: "hedge", Pattern: "still comparing|shopping / comparing bids|quotes|prices / just want|need a quote|estimate|price first"},
		{Name: "hedge", Pattern: "advise|advising|advised|recommend|recommending|telling|told|want|wants|prefer|rather|going|gonna|decided ~3 wait / advise|advising|advised|recommend|recommending|telling|told|want|wants|prefer|rather|going|gonna|decided ~3 hold off"},
		// readiness on a condition not met: "how soon could you start if
		// we were to decide?"
		{Name: "hedge", Pattern: "if we|i ~3 decide|decided|choose|chose|went / if we|i ~3 go with"},
		{Name: "hedge", Pattern: "hard|tough to say|tell / dificil de decir / quien sabe / ni idea / no se si|cuando|todavia|bien|aun"},
		// "se nos vence el 31, no sé qué vamos a hacer" ("no sé qué
		// vamos a hacer sin ustedes" praises: see below)
		{Name: "hedge unless without", Pattern: "no se que ~1 vamos|voy|hacer|hago|hacemos"},
		// "no promises", "not right now", "we might", and the Spanish
		// hedges: "tal vez", "a lo mejor", "mas adelante", "no prometo"
		{Name: "hedge", Pattern: "no promises|promise|guarantees / not right? now / might"},
		// readiness that is someone else's, past or imagined: "my
		// brother is ready to sell his half but I'm not there yet", "I
		// was ready last year but...", "we were going to book a demo",
		// "let's do it... is what I'd say if I had the money", "in like 5
		// years", "still deciding"; and leave to ask: "sure, go ahead with
		// your questions", "ok I'm ready for your questions"
		{Name: "hedge", Pattern: "not there yet / was|were ready|going to / iba|ibamos a / if i|we had|won / in ~2 years / still deciding|thinking|figuring|weighing / todavia|aun estamos|estoy decidiendo"},
		// readiness in the past, taken back: "estaba ready to sign, pero
		// vi los closing costs y ahora no sé"
		{Name: "hedge", Pattern: "estaba|estabamos|estabas ready|listo|lista|listos|listas / ahora ya? no se"},
		// not now: "let's do it another time, this week is nuts"
		{Name: "hedge", Pattern: "another time|day|week / some other time|day / otro dia / otra ocasion"},
		// taken home to think over: "mándeme la oferta y lo vemos con mi
		// esposo"
		// ("ya lo platicamos con mi esposo" is decided)
		{Name: "hedge", Pattern: "y lo|la vemos|checamos|revisamos con|despues|luego"},
		{Name: "hedge", Pattern: "ahead|ready|adelante|shoot ~3 question|questions|pregunta|preguntas|pregunte|ask|preguntame|pregunteme|preguntenme / ask away / adelante pregunte|pregunta"},
		// leave to ask, with the time the lead has: "go ahead, I'm on
		// lunch", "adelante, tengo un rato"
		{Name: "hedge", Pattern: "ahead|adelante | im|i on|at lunch|break / ahead|adelante | i have|got a? minute|sec|second|moment|few / ahead|adelante | ive got? a? minute|sec|second|moment|few / adelante | tengo un rato|minuto|momento / adelante | estoy en mi? break|descanso|lunch"},
		// undecided, or a step nearly taken: "we haven't decided what to do
		// with it", "was about to accept your offer but my son talked me
		// out of it"; leave to ask in Spanish: "pregúntame lo que necesites"
		{Name: "hedge", Pattern: "havent|hasnt decided|figured / not yet decided|figured / have|has not decided / was|were about to / no hemos|he decidido / preguntame|pregunteme|preguntenme|pregunta|pregunte lo que|todo"},
		// leave to send information, not the deal: "sure, go ahead and
		// email me the brochure"; "ready when you are for the rest of the
		// questions"; readiness once something else happens: "we'd be
		// ready to move forward once my husband is back"
		{Name: "hedge", Pattern: "ahead|adelante ~4 brochure|info|information|details|pdf|guide|options|specs|informacion|folleto / ready when you are ~6 question|questions|preguntas / ready|forward ~5 once / ready|forward ~5 after my|our|he|she|we|the"},
		// a yes that waits on somebody else: "yeah let's do it... after I
		// talk to my wife", "but I need to run it by my partner first",
		// "pero primero lo hablo con mi esposa"
		{Name: "hedge", Pattern: "after|once|when i|we ~1 talk|check|speak|consult|discuss|ask / run it by / primero lo|la hablo|consulto|platico|checo / despues de hablarlo|consultarlo|platicarlo|hablar|consultar|platicar"},
		// "go ahead and cancel the thursday one, I'll reach out when I'm
		// ready"
		// "how do I get the paperwork started to cancel my order?", "...
		// instead of yours? not signing yours"
		// "Can you send me a sample contract? Not deciding anything yet."
		{Name: "hedge", Pattern: "not deciding|committing anything yet / not deciding|committing yet"},
		// "My neighbor said 'let's do it' to a flipper last year and
		// regretted it, so I'm taking my time" (blind75, stop 73)
		{Name: "hedge", Pattern: "taking my|our time / take my|our time ~2 on|with this|it|deciding"},
		{Name: "hedge", Pattern: "to cancel|cancelar my|the|mi|el order|account|service|plan|policy|contract|pedido|servicio|contrato / not signing|sign yours|it|that"},
		{Name: "hedge", Pattern: "ahead and? cancel|cancelar|cancela / when|once|cuando im ready|listo|lista|listos / when|once|cuando i am ready|listo|lista|listos / when|once|cuando estemos|este ready|listo|lista|listos"},
		{Name: "hedge", Pattern: "tal vez / quizas|quiza|capaz / a lo mejor / mas adelante / no prometo|prometemos / todavia|aun no / lo|la voy|vamos a pensar|pensarlo|consultar|platicar / lo|la tengo|tenemos que pensar|consultar|platicar / solo|nomas estoy|estamos planeando / el ano que viene / isnt|arent|wasnt|werent sure / no se si / puede ser que / puede que / decidi|decidimos por otra|otro|otros"},
		// a question about a trial's end: "does it expire after 14 days no
		// matter what?"
		{Name: "hedge", Pattern: "does|will|would it expire|end / does|will|would the trial expire|end / can i ask something first|before"},
		// a question whether a visit is needed: "¿es necesario que el técnico
		// venga a instalarlo?", "do I need someone out before the
		// inspection or after?", a visit for an estimate, "if you bring it
		// over and put it in, how much would that be?"
		{Name: "hedge", Pattern: "es necesario que / hace falta que / do|does i|we need ~2 out / presupuesto|cotizacion|estimate|quote todavia|still / if you bring it over / how much would"},
		// someone else's readiness: "the union's ready to sign the new
		// contract Friday, so I'll know about money after that"
		{Name: "hedge", Pattern: "union|unions|bank|seller|sellers|landlord is|s? ready|set to sign / union is ready"},
		// a yes on a condition that has not held: "I'd move forward if the
		// number was 40 higher. It isn't"
		{Name: "hedge", Pattern: "if the|your number|price|offer|rate|quote|numbers was|were|came|went|had / si el|la precio|oferta|numero fuera|estuviera|subiera|bajara"},
		// a plan or a wish, not a need: "idea is to have it done before
		// december", "hoping to close in the spring", "the plan was to
		// start in march"
		{Name: "hedge", Pattern: "idea|plan|goal|hope is|was to / hoping to have|get|be|close|start / la idea es|era"},
		// "puede ser el miércoles, yo le confirmo mañana": a maybe and a
		// confirmation still to come
		{Name: "hedge", Pattern: "puede ser el|la|en|a / yo le|te|les confirmo|aviso / ill confirm / i will confirm / ill let you know / i will let you know"},
		// just looking: "we're just getting started", "apenas estamos
		// empezando", "solo estoy viendo"
		// readiness pending a step: "we're ready pending the inspection",
		// "listos en cuanto salga bien la inspección", "si me igualan el
		// precio, firmamos hoy", "solo pregunto para tener idea"
		{Name: "hedge", Pattern: "ready|listo|lista|listos|listas|forward ~3 pending|contingent / en cuanto|cuando salga|salgan|pase|pasen|aprueben|apruebe ~2 bien|la|el / una vez que salga|salgan|pase|pasen|aprueben|apruebe / si me|nos igualan|mejoran|bajan / solo|nomas pregunto|preguntaba"},
		{Name: "hedge", Pattern: "i guess|suppose / some other time / another time / otro dia|momento / if we|i ~1 move|go|decide|proceed|sign / just|only asking|looking|browsing|starting|exploring|researching|curious|checking / getting started / apenas ~2 empezando|comenzando|empezamos / solo|nomas estoy|estamos ~1 viendo|mirando|preguntando|checando / solo|nomas preguntando|curiosidad / nada mas preguntando|pregunto"},
	})
)

// forNow reports "por ahora" or "for now" ending its clause at toks[k].
func forNow(toks []string, k int) bool {
	if k+1 >= len(toks) || !(toks[k] == "por" && toks[k+1] == "ahora" || toks[k] == "for" && toks[k+1] == "now") {
		return false
	}
	return k+2 == len(toks) || toks[k+2] == Break
}

// Commitment scores high-intent language in t: 0 none, 1 a soft yes only
// ("sure", "ok", "maybe") or a hedged commitment, 2 a commitment phrase
// ("let's do it", "what's the next step", "send the paperwork", "go
// ahead"), 3 a commitment phrase with an intensifier ("yes definitely",
// "absolutely!!!", "100%"). It also returns the cue found and whether the
// message hedges ("maybe", "let me think", "not sure").
//
// For a text from [Cached] it is computed once and remembered with the
// text: the signals and the reference scorer both ask.
func Commitment(t Text) (int, string, bool) {
	m := t.memo
	if m == nil {
		return commitment(t)
	}
	m.commitOnce.Do(func() { m.commit.level, m.commit.cue, m.commit.hesitant = commitment(t) })
	return m.commit.level, m.commit.cue, m.commit.hesitant
}

// toldWords report a visit told to someone else: "le dije al otro
// contratista que venga el lunes sin falta".
var toldWords = NewSet("dije", "dijo", "dijimos", "dijeron", "pedi", "pidio", "pedimos", "told", "said", "tell", "asked")

// oldWays are the old way a lead is done with: "ya no queremos seguir con
// las rutas en papel" (not "ya no queremos seguir con la compra")
var oldWays = NewSet("papel", "excel", "libreta", "libretas", "cuaderno", "rutas", "viejo", "vieja", "manual", "lapiz", "antes", "whatsapp")

var (
	// lastsThrough come before "another week" that is how long a thing
	// lasts: "not making it through another week"
	lastsThrough = NewSet("through", "last", "survive", "thru", "aguanta", "dura")
	saidWords    = NewSet("said", "told", "dije", "say")
)

// doneHow say how a thing is done: "let's do it right".
var doneHow = NewSet("right", "properly", "correctly", "carefully", "bien")

// deliberation thinks, talks or waits a step over: "need to think about
// it before", "tengo que hablarlo con mi esposo antes del".
var deliberation = NewSet("think", "talk", "discuss", "check", "ask", "wait", "consult", "decide", "sleep", "compare", "pray",
	"pensar", "pensarlo", "hablar", "hablarlo", "consultar", "consultarlo", "platicar", "platicarlo", "decidir", "comparar", "esperar")

// spanishInfinitive reports a Spanish verb's infinitive: "vender",
// "pensarlo", "verla".
func spanishInfinitive(w string) bool {
	for _, suf := range []string{"lo", "la", "los", "las"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = strings.TrimSuffix(w, suf)
			break
		}
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}

func commitment(t Text) (int, string, bool) {
	toks := t.Toks
	hesitant := false
	// ("I don't want to wait and lose it" is no hedge: the lead is in a
	// hurry)
	if _, ok := hedges.First(t, func(m Match) bool {
		if m.Name == "hedge if asked" && t.Quests == 0 {
			return false
		}
		if m.Name == "hedge unless without" && slices.Contains(toks[m.End:min(len(toks), m.End+3)], "sin") {
			return false
		}
		// "ya no queremos seguir con las rutas en papel": done with the old
		// way, a reason to buy
		if (toks[m.End-1] == "seguir" || toks[m.End-1] == "continuar") && m.End < len(toks) && toks[m.End] == "con" &&
			slices.ContainsFunc(toks[m.End:min(len(toks), m.End+5)], oldWays.Has) {
			return false
		}
		// "not making it through another week": how long a thing lasts,
		// no other time
		if toks[m.Start] == "another" && m.Start > 0 && (lastsThrough.Has(toks[m.Start-1]) ||
			// "the walk-in can't wait another week": a hurry
			toks[m.Start-1] == "wait" && m.Start > 1 && (toks[m.Start-2] == "cant" || toks[m.Start-2] == "cannot") ||
			// "I don't want to watch it climb another week" (blind70,
			// stop 71), "I'm not waiting another week" (blind71): a hurry
			// too
			ContainsSeq(toks[ClauseStart(toks, m.Start):m.Start], "dont", "want") || ContainsSeq(toks[ClauseStart(toks, m.Start):m.Start], "not", "waiting")) {
			return false
		}
		// "I said I'd think about it for a month. I thought. Let's go.":
		// the thinking told as done
		if toks[m.Start] == "think" && Before(toks, m.Start, 4, saidWords) && (ContainsSeq(toks[m.End:], "i", "thought") || ContainsSeq(toks[m.End:], "i", "decided")) {
			return false
		}
		// "Not yet. Honestly we found the one yesterday ... What do you
		// need from me to get started today?": "not yet" alone answers the
		// question asked (pre-approved yet?), and the message goes on
		// ("Todavía no. ¿Qué necesito mandar para empezar hoy mismo?":
		// the same in Spanish; blind71, stop 71)
		if (toks[m.Start] == "not" && toks[m.End-1] == "yet" || (toks[m.Start] == "todavia" || toks[m.Start] == "aun") && toks[m.End-1] == "no") &&
			m.Start == 0 && m.End < len(toks) && toks[m.End] == Break && m.End+1 < len(toks) {
			return false
		}
		// ("we're not just comparing", "we were just comparing at first")
		if toks[m.End-1] == "comparing" && (m.Start > 0 && (toks[m.Start-1] == "not" || toks[m.Start-1] == "were") || ContainsSeq(toks, "at", "first")) {
			return false
		}
		// "I was gonna wait til fall but ...", "let me think on it... no,
		// you know what, I've thought enough": a hedge overturned
		if hedgeOverturned(toks, m) {
			return false
		}
		// ("the roof can't wait that long": a hurry)
		return !(toks[m.End-1] == "wait" && m.Start > 0 && (toks[m.Start-1] == "dont" || toks[m.Start-1] == "not" || toks[m.Start-1] == "doesnt" ||
			toks[m.Start-1] == "cant" || toks[m.Start-1] == "cannot"))
	}); ok {
		hesitant = true
	}
	cue := ""
	commitRules.Each(t, func(m Match) bool {
		if negatedWithin(toks, m.Start, 4) || disbelieved(toks, m.Start) {
			return true
		}
		// "the appraiser called me yesterday to set up the visit":
		// someone else's step, reported
		if reportedByOther(toks, m.Start) {
			return true
		}
		// "is there a demo video I can watch?", "a demo quote for the old
		// deck": a recording to watch, or demolition, not a demo booked
		if m.Name == "book" && toks[m.End-1] == "demo" && m.End < len(toks) && notBookedDemo.Has(toks[m.End]) {
			return true
		}
		// "sign up for the newsletter" is not signing a contract
		if m.End < len(toks) && (toks[m.End] == "up" || toks[m.End] == "in") && toks[m.End-1] == "sign" {
			return true
		}
		// "sign me up for the emails": a mailing list, not the product
		if m.Name == "sign up" && toks[m.Start] == "sign" && m.End+2 < len(toks) && toks[m.End] == "for" && mailingNouns.Has(toks[min(m.End+2, len(toks)-1)]) {
			return true
		}
		// "sign me up for a nap", "sign me up para unas vacaciones": a
		// joke about something else ("sign me up for a demo" books)
		if m.Name == "sign up" && toks[m.Start] == "sign" && signsUpForOther(toks, m.End) {
			return true
		}
		if readyElsewhere(toks, m) || relativesStep(toks, m) || CorrectedAtOnce(toks, m.End) || t.HasAnyWord(mockCues) && Mocked(toks, m.End) || supposed(toks, m.Start) || readyIf(toks, m.Start) || yesThenLater(toks, m) ||
			// "the soonest you can do is Friday? that's too late, we'll go
			// with someone else" (stop 71; not "we'll go with the
			// earliest you have")
			m.Name == "book" && (ContainsSeq(toks, "too", "late") || ContainsSeq(toks, "someone", "else") || ContainsSeq(toks, "go", "with", "another")) {
			return true
		}
		// "Should I lock it?", "Before I pull the trigger I want the final
		// numbers", "I almost pulled the trigger on a condo"
		if m.Name == "lets do it" && (toks[m.Start] == "lock" && t.Quests > 0 && lockAsked.Has(toks[ClauseStart(toks, m.Start)]) ||
			(toks[m.Start] == "pulled" || toks[m.Start] == "pull") && slices.ContainsFunc(toks[ClauseStart(toks, m.Start):m.Start], triggerHeld.Has)) {
			return true
		}
		// "le dije al otro contratista que venga el lunes sin falta y ni
		// apareció": a visit told to someone else, not asked for
		if m.Name == "visit without fail" && (slices.Contains(toks[m.Start:m.End], "sin") || slices.Contains(toks[m.Start:m.End], "si")) && slices.ContainsFunc(toks[max(0, m.Start-8):m.Start], toldWords.Has) {
			return true
		}
		// "sorry! what did you need from me?": a question asked again,
		// in the past (dev359, stop 56), not the next step
		if m.Name == "next step" && toks[m.Start] == "what" && m.End-m.Start > 2 && slices.Contains(toks[m.Start+1:m.End], "did") {
			return true
		}
		// "ya les mande los documentos el lunes": papers sent already (with
		// the accent folded, "mandé" is "mande"), a report, not the step
		// ("¿quiere que ya les mande los documentos?" asks to send them)
		if m.Name == "send paperwork" && (toks[m.Start] == "mande" || toks[m.Start] == "envie") && alreadySent(toks, m.Start) {
			return true
		}
		// "Sure, what do you need from me?", "hey yes, sorry between
		// customers. what do you need from me", "what docs would you need
		// from me?": help offered or the process asked in a short reply,
		// not the next step of a deal ("what do you need from me to get
		// started?" and "perfect, that price works. what do you need from
		// me?" are; "Yes I'm ready, ..." is read by its readiness)
		if m.Name == "next step" && toks[m.Start] == "what" && toks[m.End-1] == "me" && t.WordCount() <= 14 &&
			(m.End == len(toks) || toks[m.End] == Break && m.End+1 == len(toks)) && !slices.ContainsFunc(toks[:m.Start], dealGladWords.Has) {
			return true
		}
		// "arrancamos con un solo local en el 99": how the business began
		if toks[m.Start] == "arrancamos" && m.End < len(toks) && pastStart.Has(toks[m.End]) {
			return true
		}
		// "we've decided to move forward with another vendor": ahead with
		// someone else
		if e := m.End; e < len(toks) && (toks[e-1] == "with" || toks[e] == "with" && e+1 < len(toks)) {
			if toks[e] == "with" {
				e++
			}
			if toks[e] == "another" || toks[e] == "other" || toks[e] == "someone" || toks[e] == "a" && e+1 < len(toks) && toks[e+1] == "different" {
				return true
			}
		}
		// "how long can you lock a rate for?", "how much is it to book
		// the install?": a question about the terms of the step, not the
		// step taken ("when can we sign?" still is)
		if t.Quests > 0 && termsQuestion(toks, ClauseStart(toks, m.Start)) {
			return true
		}
		if (m.Name == "accept" || m.Name == "next step") && goingWith.Has(toks[m.Start]) && notGoneWith(&t, m) {
			return true
		}
		// "we were going with you until the price went up": "were" after
		// "we" is the past, and "but" or "until" undoes it
		if m.Name == "accept" && toks[m.Start] == "were" && (m.Start > 0 && toks[m.Start-1] == "we" ||
			undoneBy.HasAnyToken(toks, t.IDs, m.End, ClauseEnd(toks, m.End))) {
			return true
		}
		// "when can they start?" asks of the sender's crew, not of "the
		// other company" named before it
		// ("cancelled with the other company. when can they start?" and
		// "went with you instead" still commit)
		if m.Name == "next step" && m.Start+2 < len(toks) && toks[m.Start+2] == "they" && otherFirm.HasAnyToken(toks, t.IDs, 0, m.Start) &&
			!leftOther.HasAnyToken(toks, t.IDs, 0, m.Start) {
			return true
		}
		// only an order renews: "renew it" opening its clause or after
		// "yes", "please" ("renew it?" asks, "we might renew" wavers);
		// "whatever it costs" only as an order ("..., I'm not paying it"
		// refuses)
		if m.Name == "accept" && toks[m.Start] == "renew" && (m.Start > 0 && toks[m.Start-1] != Break && !renewLeadIns.Has(toks[m.Start-1]) || t.Quests > 0) ||
			m.Name == "accept" && (toks[m.Start] == "whatever" || toks[m.Start] == "cueste") && costRefused(toks, m) {
			return true
		}
		// "así que sí, la queremos vender": wanting to sell, not taking
		// the offer ("sí, la quiero" is)
		if m.Name == "accept" && (toks[m.End-1] == "quiero" || toks[m.End-1] == "queremos") && m.End < len(toks) && spanishInfinitive(toks[m.End]) {
			return true
		}
		// "I'll take it to the Lord and the deacon board", "we'll take it
		// up with the partners": bringing it to someone, not taking it
		if m.Name == "accept" && toks[m.End-1] == "it" && m.End+1 < len(toks) &&
			(toks[m.End] == "to" && After(toks, m.End, 5, takenTo) || toks[m.End] == "up" && toks[m.End+1] == "with") {
			return true
		}
		// "just set it up" opens its clause ("if I buy it can you just
		// set it up" asks what would follow)
		if m.Name == "order given" && toks[m.Start] == "just" && m.Start > 0 && toks[m.Start-1] != Break && !orderLeadIns.Has(toks[m.Start-1]) {
			return true
		}
		// "start the application", "order the parts" as an order: at a
		// clause's start or after "let's", "please", "ok" ("did you start
		// the application yet?" asks about someone else's step)
		if (m.Name == "order given" && (toks[m.Start] == "start" || toks[m.Start] == "begin" || toks[m.Start] == "order" || toks[m.Start] == "set" || toks[m.Start] == "send") ||
			m.Name == "book" && toks[m.Start] == "put" && m.Start+2 < len(toks) && toks[m.Start+2] == "down") &&
			m.Start > 0 && toks[m.Start-1] != Break && !orderLeadIns.Has(toks[m.Start-1]) &&
			// "can you send someone out friday?", "can u put me down for
			// saturday?" ask for it ("did you send someone out?" does not)
			!(toks[m.Start] != "start" && toks[m.Start] != "begin" && toks[m.Start] != "order" && m.Start >= 2 && (toks[m.Start-1] == "you" || toks[m.Start-1] == "u") && politeAsk.Has(toks[m.Start-2]) &&
				!priceFirst.HasAnyToken(toks, t.IDs, m.End, ClauseEnd(toks, m.End))) &&
			// "just order the parts", "so start the paperwork": opening
			// the clause
			!(clauseOpeners.Has(toks[m.Start-1]) && (m.Start == 1 || toks[m.Start-2] == Break)) {
			return true
		}
		// an order is not echoed as a question nor refused ("start the
		// application? what application?", "don't go ahead and order the
		// parts yet"); "please order the parts, can you text me the
		// total?" asks something else
		if m.Name == "order given" && (t.Quests > 0 && echoedBack(toks, m) ||
			Negators.HasAnyToken(toks, t.IDs, sinceBut(toks, m.Start), m.Start)) {
			return true
		}
		// "let's do it right or not at all": how, not whether
		if m.Name == "lets do it" && m.End < len(toks) && doneHow.Has(toks[m.End]) {
			return true
		}
		// "that's the neighborhood im in", "idk what tax bracket im in":
		// "I'm in" ending a relative clause, not joining
		if m.Name == "lets do it" && toks[m.End-1] == "in" && m.Start > 0 && toks[m.Start-1] != Break && !joinLeadIns.Has(toks[m.Start-1]) {
			return true
		}
		// someone else's words: "my brother keeps saying 'let's do it'
		// but I need to sleep on it", "mi realtor dice que move forward";
		// a yes only imagined: "let's do it... es lo q diría si tuviera
		// el dinero"; a step asked about: "move forward con qué?"; ready
		// for something else: "estoy ready pa' llorar, not to sign
		// anything"
		if othersWords(toks, m.Start) || t.HasAny(imagined) && imaginedIf(toks) ||
			m.End+1 < len(toks) && (toks[m.End] == "con" || toks[m.End] == "with") && (toks[m.End+1] == "que" || toks[m.End+1] == "what") ||
			notToDeal(toks[m.End:min(len(toks), m.End+8)]) {
			return true
		}
		// put off, taken back or for something else: "let's do it
		// sometime next year", "let's do it... nah just kidding", "we're
		// ready to paint the kitchen ourselves", "ya estamos ready for
		// Christmas", "moving forward with the kitchen remodel first",
		// "I'd be ready to go, but right now no"
		if notNowOrElse(&t, m) {
			return true
		}
		// the cues of a deal step, asked about or refused rather
		// than taken: "why would I come in and sign anything", "cuando
		// firmemos, ¿cuánto tarda?", "antes de que firmemos nada", papers
		// or goods sent back ("the thermostat is the wrong model, I'll send
		// it back to you"), a routing number or wire asked about
		if stepAsked(t, m) {
			return true
		}
		// "I need to talk to my wife before Friday": time to think it
		// over, not a deadline for the job
		if m.Name == "deadline" && deliberation.HasAnyToken(toks, t.IDs, m.Start, m.End) {
			return true
		}
		// a rule asked about: "do we need to close before the appraisal?"
		if m.Name == "deadline" && t.Quests > 0 && m.Start > 0 && ruleAsked.Has(toks[ClauseStart(toks, m.Start)]) {
			return true
		}
		// "¿quiero que empiecen hoy? no, primero la cotización": the
		// sender's words echoed, then refused
		if m.Name == "crew asked" && t.Quests > 0 {
			if ce := ClauseEnd(toks, m.End); ce+1 < len(toks) && (toks[ce+1] == "no" || ce+2 < len(toks) && toks[ce+2] == "no") {
				return true
			}
		}
		// "I'm ready to scream": ready for a feeling, not a step
		if m.Name == "ready" && m.End+1 < len(toks) && toks[m.End] == "to" && outburstVerbs.Has(toks[m.End+1]) {
			return true
		}
		// "I'm in." joins only as a whole clause: not "I'm in Dallas"
		if m.Name == "in" && (ClauseEnd(toks, m.Start) != m.End || !interjections.HasAll(toks[ClauseStart(toks, m.Start):m.Start])) {
			return true
		}
		// "I agree with the price but not the date", "I agree with the
		// price being too high", "we agree with the rate, but ...", "who
		// said yes to the contract?": an agreement qualified (in its
		// clause or as the next one opens), or asked about
		if m.Name == "accept" && (toks[m.Start] == "said" || toks[m.Start] == "says" || slices.Contains(toks[m.Start:m.End], "agree")) &&
			(qualifiers.HasAnyToken(toks, t.IDs, m.End, min(len(toks), ClauseEnd(toks, m.End)+2)) || askers.HasAnyToken(toks, t.IDs, ClauseStart(toks, m.Start), m.Start)) {
			return true
		}
		// "Deal." is an acceptance only as a whole clause
		if m.Name == "accept" && m.End-m.Start == 1 && toks[m.Start] == "deal" &&
			(m.Start > 0 && toks[m.Start-1] != Break || m.End < len(toks) && toks[m.End] != Break) {
			return true
		}
		cue = m.Name
		return false
	})
	// "oops wrong chat, the 'I'm in' was for the soccer game": the lead
	// says the message was for someone else
	if cue != "" && (WrongChat(t) || t.HasAny(doneVerbs) && doneElsewhere(toks)) {
		cue = ""
	}
	level := 0
	if cue != "" {
		// a strong intensifier, an intensifier with a "!", or two
		// intensifiers ("yes please lets do it", "yes go ahead for
		// sure"), read in one pass
		level = 2
		strong, n := intensifiers(&t)
		if strong {
			level = 3
		}
		if level == 2 && (n > 0 && t.Bangs > 0 || n >= 2) {
			level = 3
		}
	} else {
		for _, id := range t.IDs {
			if softYes.HasID(id) || strongIntens.HasID(id) {
				level = 1
				cue = "soft yes"
				break
			}
		}
	}
	// a reply that is only agreement words ("listo, sí", "ok sounds
	// good") or only a count ("8 to start", "like 10 users para empezar")
	// commits to nothing, whatever a model reads in it
	if cue == "soft yes" && onlyWords(t, agreement) || cue == "" && countAnswer(t) {
		hesitant = true
	}
	if hesitant && level >= 2 {
		level = 1
		cue = "hedged"
	}
	return level, cue, hesitant
}

// hedgeOverturned reports a hedge the message overturns: one the lead
// meant to take and did not ("I was gonna wait til fall but the roof
// can't wait", "lo iba a pensar, pero ya no hay nada que pensar"), or one
// a later clause ends ("let me think on it... no, you know what, I've
// thought enough").
func hedgeOverturned(toks []string, m Match) bool {
	if meantBefore(toks, m) {
		// the "but" in the clause or opening the next
		ce := ClauseEnd(toks, m.End)
		if slices.ContainsFunc(toks[m.End:ce], butWords.Has) || After(toks, ce+1, 2, butWords) {
			return true
		}
	}
	rest := toks[m.End:]
	for k := range rest {
		// "no, you know what, I've thought enough" (not "you know what I
		// mean")
		if k+3 < len(rest) && rest[k] == "you" && rest[k+1] == "know" && rest[k+2] == "what" && rest[k+3] == Break {
			return true
		}
	}
	return ContainsSeq(rest, "thought", "enough") || ContainsSeq(rest, "nada", "que", "pensar")
}

// meantBefore reports a hedge m told as the lead's past intention: "I
// was gonna wait", "lo iba a pensar", "I planned to think it over" (not
// "I'm going to wait": a plan now).
func meantBefore(toks []string, m Match) bool {
	for k := max(0, m.Start-3); k < m.End && k < len(toks); k++ {
		switch toks[k] {
		case "iba", "ibamos", "pensaba", "pensabamos", "meant", "planned", "planeaba":
			return true
		case "going", "gonna":
			if k > 0 && (toks[k-1] == "was" || toks[k-1] == "were") {
				return true
			}
		}
	}
	return false
}

// reportedByOther reports a commitment phrase at i that follows, in its
// clause, a past call or visit by someone else: "the appraiser called me
// yesterday to set up the visit", "your tech came by to schedule it".
func reportedByOther(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && toks[k] != Break; k-- {
		if reportVerbs.Has(toks[k]) && k > 0 && !leadSubject.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

var (
	reportVerbs = NewSet("called", "came", "texted", "emailed", "stopped", "reached", "llamo", "vino", "escribio")
	leadSubject = NewSet("i", "we", "yo", "nosotros")
)

// onlyWords reports a message of at most four words, all in set.
func onlyWords(t Text, set Set) bool {
	n := 0
	for _, id := range t.IDs {
		if id == breakID {
			continue
		}
		if !set.HasID(id) {
			return false
		}
		n++
	}
	return n > 0 && n <= 4
}

// SoftOnly reports a message made of nothing but soft yeses, agreement
// and laughter, however many times said, or of no words at all (emoji,
// punctuation): "sure", "ok ok ok ok", "yeah lol", "👍👍👍". It commits
// to nothing, whatever a model reads in it (a model's commitment head
// fires on a long run of one token).
func SoftOnly(t Text) bool {
	for _, id := range t.IDs {
		if id != breakID && !softYes.HasID(id) && !agreement.HasID(id) && !laughter.HasID(id) {
			return false
		}
	}
	return true
}

var laughter = NewSet("lol", "haha", "hahaha", "jaja", "jajaja", "lmao", "hehe", "jeje")

// countAnswer reports a short reply (at most five words) that starts
// with a number, give or take "like" or "about".
func countAnswer(t Text) bool {
	if t.WordCount() > 5 {
		return false
	}
	for _, w := range t.Toks {
		if approxWords.Has(w) {
			continue
		}
		// "10am tomorrow works", "3:30": a time, not a count
		if strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm") || strings.Contains(w, ":") {
			return false
		}
		return w != "" && w[0] >= '0' && w[0] <= '9'
	}
	return false
}

// needTold are pains and wants that read as readiness to the learned
// tier without committing to anything: "it's killing us, want to get
// that payment down", "el pago nos está ahorcando".
var needTold = MustCompile(nil, []Rule{
	{Name: "need", Pattern: "killing|crushing|eating us|me / want|need|trying|hoping to get|bring ~3 down|lower / lower|reduce my|our|the payment|rate|bill|premium / me|nos esta|estan matando|ahorcando / bajar la|el|mi|nuestra mensualidad|pago|tasa|cuota"},
})

var otherChosen = MustCompile(nil, []Rule{
	{Name: "other chosen", Pattern: "going|went|go|gone|sticking|stick|signed|sign|signing with someone|somebody else / going|went|go|gone|sticking|stick|signed|sign|signing with another company|vendor|lender|agent|agency|buyer|contractor|provider|realtor|broker|insurer|carrier|bank|roofer|plumber|investor|offer / going|went|go|gone|sticking|stick|signed|sign|signing with the other company|vendor|lender|agent|agency|buyer|contractor|provider|realtor|broker|insurer|carrier|bank|roofer|plumber|investor|offer / going|went|go|gone|sticking|stick|signed|sign|signing with a different company|vendor|lender|agent|agency|buyer|contractor|provider|realtor|broker|insurer|carrier|bank|roofer|plumber|investor|offer / chose|picked another company|vendor|lender|agent|agency|buyer|contractor|provider|realtor|broker|insurer|carrier|bank|roofer|plumber|investor"},
	{Name: "other chosen", Pattern: "vamos|fuimos|quedamos|quedo|voy con otra|otro empresa|compania|agente|agencia|prestamista|banco|comprador|contratista|proveedor|aseguradora|inmobiliaria|corredor / elegimos|escogimos|elegi|escogi otra|otro empresa|compania|agente|agencia|prestamista|banco|comprador|contratista|proveedor|aseguradora|inmobiliaria|corredor"},
})

// ChoseOther reports a lead who has chosen someone else: "decision's
// made, we're going with the other vendor", "nos quedamos con otra
// compañía", "sorry, went with someone else". The learned tier reads the
// decision as readiness, and the scorer and the judge do not take it as
// commitment. The choice is the lead's own and made: a first person up to
// six words before it, or the choice opening its clause; no negation,
// condition or near miss before it ("if we go with another lender", "we
// were about to sign with another lender", "thinking of going with"), no
// earlier time ("last time", "last year", "el año pasado"), and not the
// sender's own option ("the other carrier you quoted", "otro agente de
// su oficina").
func ChoseOther(t Text) bool {
	_, ok := otherChosen.First(t, func(m Match) bool {
		toks := t.Toks
		w := toks[m.Start]
		cs := ClauseStart(toks, m.Start)
		first := cs == m.Start || strings.HasPrefix(w, "quedo") || w == "voy" || w == "elegi" || w == "escogi" || strings.HasSuffix(w, "mos")
		for k := m.Start - 1; k >= max(0, m.Start-6) && toks[k] != Break; k-- {
			switch toks[k] {
			case "we", "i", "were", "im", "ive", "weve", "ill", "well":
				first = true
			case "not", "dont", "didnt", "wont", "never", "no", "cant", "shouldnt", "wouldnt", "if", "unless", "whether", "about",
				"almost", "nearly", "thinking", "considering", "maybe", "might", "should", "si", "pensando", "casi":
				return false
			}
		}
		if !first || slices.Contains(toks, "previously") || slices.Contains(toks, "before") || slices.Contains(toks, "pasado") ||
			ContainsSeq(toks, "last", "time") || ContainsSeq(toks, "last", "year") || ContainsSeq(toks, "la", "vez") {
			return false
		}
		for k := m.End; k < min(len(toks), m.End+4) && toks[k] != Break; k++ {
			switch toks[k] {
			case "you", "your", "u", "ustedes", "usted", "su", "tu", "sus":
				return false
			}
		}
		return true
	})
	return ok
}

// StatesNeed reports a message that tells a pain or a want the learned
// tier reads as readiness, and that commits to nothing by itself.
func StatesNeed(t Text) bool {
	_, ok := needTold.First(t, nil)
	return ok
}

// StatesAuthority reports a message that says who decides or signs,
// together: "de los dos, firmamos y decidimos juntos", "we both sign".
// It answers who has authority; the learned tier reads "firmamos" as
// readiness to sign.
func StatesAuthority(t Text) bool {
	return t.HasAny(togetherWords) && t.HasAny(decideWords)
}

// StatesCompany reports a message that tells what the lead's business
// is or how it began: "we make custom cabinets, 14 guys", "we're a
// supplier for the plants", "somos una cadena familiar, arrancamos con un
// solo local en el 99". It describes the lead; the learned tier reads
// "doing it" and "arrancamos" as readiness to start.
func StatesCompany(t Text) bool {
	m, ok := companyStory.First(t, nil)
	// "we're a clinic and we want to switch to you next week": the
	// company told with readiness after it
	if ok && m.Name == "company noun" && slices.ContainsFunc(t.Toks[m.End:], companyReady.Has) {
		return false
	}
	return ok
}

// companyReady after "we're a clinic" tell readiness, not only the
// company.
var companyReady = NewSet("lets", "want", "ready", "start", "starting", "switch", "sign", "book", "schedule", "asap", "set",
	"queremos", "quiero", "empezar", "listos")

// pastStart after "arrancamos" tells how something began: "con un solo
// local", "en el 99", "hace diez años".
var pastStart = NewSet("con", "en", "hace", "desde", "como")

var companyStory = MustCompile(nil, []Rule{
	{Name: "company noun", Pattern: "we are|re a|an supplier|manufacturer|distributor|wholesaler|dealership|subcontractor|bakery|restaurant|salon|daycare|clinic|nonprofit|franchise|startup"},
	{Name: "company", Pattern: "we make|build|manufacture|install ~1 custom|commercial|residential|cabinets|homes|parts|furniture / we are|re a|an ~2 small|family|local|commercial|residential|custom ~2 company|shop|business|firm|chain|practice|contractor|agency|operation|outfit / somos una|un ~2 cadena|empresa|compania|negocio|familia|agencia|tienda|firma|clinica / arrancamos|empezamos|comenzamos|started|founded|fundamos|opened|abrimos ~6 in|en el? 19*|20*|99|98|97|96|95|2000 / arrancamos|founded|fundamos|opened|abrimos ~6 in|en el"},
})

var (
	togetherWords = NewSet("juntos", "juntas", "together", "ambos", "both", "dos", "jointly").Gated()
	decideWords   = NewSet("decidimos", "decide", "decides", "decidir", "decision", "decisions", "firmamos", "firman",
		"sign", "signs", "signers", "cosigners").Gated()
)

// OpeningYes are the words a short reply opens with to say yes to what
// was offered: "yes please", "sure, after 5", "dale", "perfecto".
var OpeningYes = NewSet("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "si", "claro", "dale", "perfect", "perfecto",
	"absolutely", "definitely")

var (
	agreement = NewSet("listo", "dale", "va", "sale", "ok", "sure", "si", "yes", "yeah", "yep", "yup", "claro", "bueno",
		"perfecto", "gracias", "thanks", "sounds", "good", "cool", "great", "alright", "vale", "orale", "simon", "fine", "thank",
		"you", "perfect", "bien", "esta", "de", "acuerdo", "got", "it", "gotcha", "nice")
	approxWords = NewSet("like", "about", "around", "maybe", "roughly", "approx", "probably", "unos", "como", "umm", "um")
)

var negScopeBreak = NewSet("but", "and", "so", "please", "just", "then", "because", "or", "also", "anyway", "if")

// negatedWithin reports a negator before i in its clause, within window
// tokens and not across a scope breaker ("and", "but", "so", ...).
func negatedWithin(toks []string, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == Break || negScopeBreak.Has(w) {
			return false
		}
		if Negators.Has(w) {
			return true
		}
	}
	return false
}

// saidYes reports a clause before r that is only someone saying yes:
// "Mom says yes, she's ready to sell" (not "the bank said yes to the
// short sale, but my husband's ready").
func saidYes(toks []string, r int) bool {
	for k := 1; k < r; k++ {
		if toks[k] == "yes" && (toks[k-1] == "says" || toks[k-1] == "said") && (k+1 == len(toks) || toks[k+1] == Break) {
			return true
		}
	}
	return false
}

// disbelieved reports a clause that doubts what follows at i: "I don't
// think we're going to move forward", "I really doubt we'll go ahead". A
// belief denied before "so" or "but" is reasoning ("I don't think we need
// a second quote so let's move forward"), and "no doubt" or "without a
// doubt" no doubt.
func disbelieved(toks []string, i int) bool {
	for k := ClauseStart(toks, i); k < i; k++ {
		if reasonBreak.Has(toks[k]) {
			return false
		}
		if toks[k] == "doubt" && !(k > 0 && (toks[k-1] == "no" || toks[k-1] == "a" || toks[k-1] == "without")) ||
			beliefVerbs.Has(toks[k]) && k > 0 && (toks[k-1] == "dont" || toks[k-1] == "not" || toks[k-1] == "didnt") && !slices.ContainsFunc(toks[k+1:i], reasonBreak.Has) {
			return true
		}
	}
	return false
}

var (
	beliefVerbs = NewSet("think", "believe", "expect", "guess", "see")
	// reasonBreak start a conclusion after a belief: "I don't think we
	// need more quotes so let's go"
	reasonBreak = NewSet("so", "but", "pero", "asi", "then")
	// qualifiers after an agreement take part of it back
	qualifiers = NewSet("but", "except", "though", "being", "pero", "excepto")
	// askers before "said yes" make it a question
	askers = NewSet("who", "did", "does", "if", "whether", "why")
)

// echoedBack reports an order that opens the message alone in its clause
// and whose object the next clause asks about: "start the application?
// what application?" ("start the paperwork, what do you need from me?"
// orders, and asks something else).
func echoedBack(toks []string, m Match) bool {
	if m.Start != 0 || ClauseEnd(toks, m.Start) != m.End || m.End+1 >= len(toks) {
		return false
	}
	obj := toks[m.End-1]
	return slices.Contains(toks[m.End+1:min(len(toks), m.End+4)], obj)
}

// sinceBut is where the words before toks[i] that bear on it begin: the
// start of its clause, or just after a "but" or "pero" in it ("I didn't
// see the price but go ahead and order the parts").
func sinceBut(toks []string, i int) int {
	s := ClauseStart(toks, i)
	for k := i - 1; k >= s; k-- {
		if toks[k] == "but" || toks[k] == "pero" {
			return k + 1
		}
	}
	return s
}

// yesThenLater reports a yes put off at once: "Dale pues... later.
// Ahorita estoy full con el trabajo" (blind70, stop 71), "ok let's do it
// — later, I'm slammed" (not "dale pues, later send me the contract").
func yesThenLater(toks []string, m Match) bool {
	k := m.End
	for k < len(toks) && toks[k] == Break {
		k++
	}
	if k == m.End || k >= len(toks) || !putOffWords.Has(toks[k]) {
		return false
	}
	// a reason to wait follows ("Ahorita estoy full con el trabajo", "I'm
	// slammed"); "ok book it. later!" is a goodbye
	return slices.ContainsFunc(toks[k+1:], busyWords.Has)
}

// busyWords give a reason to put a yes off.
var busyWords = NewSet("busy", "slammed", "swamped", "full", "ocupado", "ocupada", "ahorita", "trabajando", "working", "driving", "manejando")

// putOffWords put a yes off when they stand alone after it.
var putOffWords = NewSet("later", "luego", "despues", "laters")

// laterOrOther reports a far-off time or another deal in the few words
// from k.
func laterOrOther(toks []string, k int) bool {
	return slices.ContainsFunc(toks[min(k, len(toks)):min(len(toks), k+6)], farOrOther.Has)
}

// readyElsewhere reports readiness that is not for this deal: for
// something else ("ready for this week to be over", "ready to go on
// vacation", "lista para las vacaciones"), someone else's ("my neighbor's
// ready to sell", "my boss is ready to sign but..."), or on a condition
// ("we'd be ready to go if you supported HIPAA").
func readyElsewhere(toks []string, m Match) bool {
	r := -1
	for k := m.Start; k < m.End; k++ {
		switch toks[k] {
		case "ready", "listo", "lista", "listos", "listas":
			r = k
		}
	}
	if r < 0 {
		return false
	}
	for k := r + 1; k < len(toks) && k <= r+5 && toks[k] != Break; k++ {
		// ("lista para firmar" is the deal itself: ready for the step)
		if notDeal.Has(toks[k]) && !(toks[k] == "para" && k+1 < len(toks) && dealStepsEs.Has(toks[k+1]) && !laterOrOther(toks, k+2)) {
			return true
		}
	}
	for k := r - 1; k >= 0 && k >= r-3 && toks[k] != Break; k-- {
		// ("Mom says yes, she's ready to sell": the one who decides has
		// said yes, and the lead writes for her)
		if othersReady.Has(toks[k]) && !saidYes(toks, r) {
			return true
		}
	}
	// a thing made ready, not the lead: "getting my late mother's house
	// ready to sell", "get the place ready" ("getting ready to sell" and
	// "get the papers ready to sign" are the lead's own)
	for k := r - 1; k >= 0 && k >= r-6 && toks[k] != Break && !readyStops.Has(toks[k]); k-- {
		if readyMakers.Has(toks[k]) {
			return k+1 < r && !slices.ContainsFunc(toks[k+1:r], selfObjects.Has) && !slices.ContainsFunc(toks[k+1:r], dealDocs.Has)
		}
	}
	// readiness to come, not now: "I'll keep your number for when we're
	// ready to sell down the road", "cuando estemos listos te aviso"
	for k := r - 1; k >= 0 && k >= r-4 && toks[k] != Break; k-- {
		if whenReady.Has(toks[k]) {
			return true
		}
	}
	return false
}

var (
	// verbs that make a thing ready: "get the house ready"
	readyMakers = NewSet("get", "gets", "getting", "got", "make", "making")
	// a new clause or subject between the verb and "ready": "we got
	// pre-approved and we're ready"
	readyStops = NewSet("and", "but", "so", "y", "pero", "im", "were", "we", "i", "weve", "ive", "are", "am", "estamos", "estoy")
	// the lead as what is made ready: "get us ready", "getting myself ready"
	selfObjects = NewSet("me", "us", "myself", "ourselves", "everything", "everyone")
	// the deal's papers made ready: "get the papers ready to sign"
	dealDocs = NewSet("paperwork", "papers", "contract", "contracts", "agreement", "docs", "documents", "offer", "papeles", "contrato")
	// a time to come: "for when we're ready", "once I'm ready"
	whenReady = NewSet("when", "once", "until", "til", "till", "whenever", "cuando", "hasta")
	// what a lead is ready for that is no deal
	notDeal = NewSet("vacation", "vacations", "bed", "sleep", "party", "fiesta", "weekend", "holiday", "holidays", "winter",
		"summer", "over", "done", "lunch", "dinner", "vacaciones", "dormir", "competitor", "if", "si", "mudarnos", "move",
		"moving", "retire", "retirement", "game", "trip", "week", "day", "que", "para")
	// orderLeadIns may stand before an order: "let's start the
	// application", "ok order the parts"
	orderLeadIns = NewSet("lets", "please", "pls", "plz", "ok", "okay", "then", "and", "now", "ya", "pues", "y", "yes", "yeah", "yep", "sure", "va", "si")
	// clauseOpeners may stand before an order when they open its clause:
	// "just order the parts" (not "I just start the application and it
	// crashes")
	clauseOpeners = NewSet("just", "so")
	// politeAsk before "you send", "you put me down": a request
	politeAsk = NewSet("can", "could", "would")
	// undoneBy after an acceptance takes it back: "until the price went
	// up", "but the other lender beat the rate"
	undoneBy = NewSet("until", "but", "til", "till")
	// priceFirst make a visit asked for a price, no commitment: "could
	// you send someone out today to give me a quote?"
	priceFirst = NewSet("quote", "estimate", "price", "look", "cotizacion", "presupuesto", "precio")
	// farOrOther after "lista para firmar": a step years off or another
	// deal ("lista para vender en unos dos años", "para firmar el
	// divorcio")
	farOrOther = NewSet("ano", "anos", "year", "years", "divorcio", "divorce", "testamento", "herencia")
	// dealStepsEs are the steps of the deal a lead is "listo para":
	// "estoy lista para firmar", "listos para empezar"
	dealStepsEs = NewSet("firmar", "empezar", "arrancar", "comenzar", "avanzar", "seguir", "cerrar", "contratar", "agendar", "aplicar",
		"proceder", "comprar", "vender", "hacerlo", "darle")
	// someone else whose readiness it is
	othersReady = NewSet("neighbor", "neighbors", "neighbour", "boss", "realtor", "team", "wife", "husband", "brother",
		"sister", "he", "she", "they", "hes", "shes", "theyre", "dad", "mom", "partner", "agent", "lender", "son", "daughter",
		"kids", "vecino", "vecina", "jefe", "esposo", "esposa", "hermano", "hermana", "manager", "director", "cfo", "ceo", "owner",
		// possessives fold to plurals: "my brother's ready"
		"brothers", "sisters", "bosses", "wifes", "husbands", "realtors", "moms", "dads", "partners", "agents", "sons", "daughters")
)

// relativesStep reports a commitment phrase whose subject, a few words
// before it in its clause, is a relative, a friend or a neighbour, with no
// first person between: "mi tía is ready to sell, pero it's her
// decision", "my brother wants to get started on his". A spouse's word is
// the household's and stays ("my wife says let's do it").
func relativesStep(toks []string, m Match) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-5 && toks[k] != Break; k-- {
		if leadSubject.Has(toks[k]) || toks[k] == "me" || toks[k] == "im" {
			return false
		}
		if relatives.Has(toks[k]) {
			return true
		}
	}
	return false
}

var relatives = NewSet("tia", "tio", "tias", "tios", "abuela", "abuelo", "suegra", "suegro", "cunado", "cunada", "primo", "prima",
	"amigo", "amiga", "vecino", "vecina", "hermano", "hermana", "mama", "papa", "aunt", "uncle", "cousin", "grandma", "grandpa",
	"friend", "buddy", "neighbor", "neighbour", "brother", "sister", "brothers", "sisters", "mom", "dad", "mother", "father",
	"inlaws", "coworker", "roommate")

// goingWith open a choice taken or a step: "vamos con", "go with",
// "dale con".
var goingWith = NewSet("vamos", "vamonos", "go", "going", "dale")

// notGoneWith reports a choice or a step of goingWith not taken: still
// open ("¿vamos con el plan básico o el premium?", "should we go with
// the financing or pay cash?") or "dale con" in exasperation ("¡y dale
// con las llamadas!").
func notGoneWith(t *Text, m Match) bool {
	toks := t.Toks
	cs := ClauseStart(toks, m.Start)
	return openChoice(toks[m.End:max(m.End, ClauseEnd(toks, m.Start))]) ||
		toks[m.Start] == "dale" && daleAgain(toks, m) ||
		(t.Quests > 0 || toks[cs] == "should") && yesNoOpeners.Has(toks[cs])
}

// daleAgain reports "y dale con" or "ya dale con" in exasperation: the
// same thing again ("y dale con las llamadas", "¡y dale con la
// insistencia!", "... otra vez"), not a step taken ("ya dale con el
// contrato", "y dale con el plan premium").
func daleAgain(toks []string, m Match) bool {
	if m.Start == 0 || toks[m.Start-1] != "y" && toks[m.Start-1] != "ya" {
		return false
	}
	tail := toks[m.End:min(len(toks), m.End+5)]
	if slices.ContainsFunc(tail, sameAgain.Has) || slices.Contains(tail, "vez") {
		return true
	}
	// a step or a choice after it goes ahead
	return !slices.ContainsFunc(tail, daleSteps.Has)
}

// costRefused reports a "whatever it costs" that goes on to refuse or
// doubt the cost ("..., I'm not paying it", "... no lo vamos a pagar",
// "... is too much"), or that is no order ("whatever it costs just get
// someone out" is one).
func costRefused(toks []string, m Match) bool {
	rest := toks[m.End:min(len(toks), m.End+8)]
	if slices.ContainsFunc(rest, Negators.Has) || slices.ContainsFunc(rest, func(w string) bool { return w == "cant" || w == "cannot" || w == "afford" || w == "much" }) {
		return true
	}
	return m.End < len(toks) && toks[m.End] != Break && !orderNext.Has(toks[m.End])
}

var (
	// daleSteps after "y dale con" name the step taken
	daleSteps = NewSet("plan", "contrato", "demo", "instalacion", "financing", "financiamiento", "papeles", "cita", "opcion", "paquete",
		"propuesta", "cotizacion", "poliza", "firma", "pedido", "orden")
	// renewLeadIns may open an order to renew: "yes renew it", "please
	// renew my policy"
	renewLeadIns = NewSet("yes", "yeah", "yep", "ok", "okay", "please", "pls", "sure", "si", "just", "go", "and", "so")
	// orderNext may follow "whatever it costs" in an order
	orderNext = NewSet("just", "get", "send", "do", "book", "fix")
)

// openChoice reports an "or" that leaves the choice open: "el básico o
// el premium", "or pay cash" (not "o como se llame", "or whatever").
func openChoice(toks []string) bool {
	for k, w := range toks {
		if (w == "or" || w == "o") && !(k+1 < len(toks) && vagueOr.Has(toks[k+1])) {
			return true
		}
	}
	return false
}

var (
	// vagueOr follow an "or" that names nothing else
	vagueOr = NewSet("como", "whatever", "something", "so", "lo", "algo")
	// sameAgain follow "y dale con" in exasperation: the same thing again
	sameAgain = NewSet("mismo", "misma", "mismos", "mismas", "llamadas", "mensajes", "textos", "eso", "esto", "cuento", "rollo", "preguntadera",
		"llamaditas", "mensajitos", "insistencia", "spam")
)

// yesNoOpeners open a question whether to go ahead: "should we go with
// the financing?", "are we going with it or not?".
var yesNoOpeners = NewSet("should", "shall", "are", "do", "did", "will", "would", "can", "could", "is")

// interjections may open a clause of readiness: "ok I'm in"
var interjections = NewSet("ok", "okay", "alright", "yes", "yeah", "yep", "sure", "fine", "well", "then", "so", "honestly")

// termsQuestion reports a clause from cs that opens by asking about terms:
// "how long", "how much", "how many", "what happens", "what if".
func termsQuestion(toks []string, cs int) bool {
	if cs+1 >= len(toks) {
		return false
	}
	a, b := toks[cs], toks[cs+1]
	return a == "how" && (b == "long" || b == "much" || b == "many") || a == "what" && (b == "happens" || b == "if") ||
		a == "cuanto" || a == "cuantos" || a == "cuanta" || a == "que" && b == "pasa"
}

// outburstVerbs follow "ready to" when the lead is fed up, not ready to
// go: "I'm ready to scream", "ready to throw my phone"
var outburstVerbs = NewSet("scream", "cry", "explode", "lose", "throw", "pull", "kill", "punch", "snap", "gritar", "llorar", "explotar")

// mailingNouns are lists a lead may sign up for that buy nothing
var mailingNouns = NewSet("emails", "email", "newsletter", "newsletters", "texts", "list", "updates", "alerts", "mailing", "promos", "reminders")

// signsUpForOther reports "for a" or "para unas" after "sign me up" at i,
// then, in the next three words of the clause, nothing booked or bought:
// "sign me up for a nap" ("for a quick call tomorrow" books).
func signsUpForOther(toks []string, i int) bool {
	if i+2 >= len(toks) || toks[i] != "for" && toks[i] != "para" || !indefinite.Has(toks[i+1]) {
		return false
	}
	// the head noun may come after a word or two: "a quick call", "a
	// free 30 minute consult"
	for _, w := range toks[i+2 : min(len(toks), i+5)] {
		if w == Break {
			break
		}
		if bookThings.Has(w) || esBookThings.Has(w) || boughtThings.Has(w) {
			return false
		}
	}
	return true
}

// notBookedDemo after "demo" make it a recording to watch, an account
// to try alone, or demolition: "a demo video", "a demo account", "a demo
// quote for the old deck"
var notBookedDemo = NewSet("video", "videos", "recording", "recordings", "clip", "link", "links", "account", "version", "site", "login",
	"day", "quote", "estimate", "crew", "work", "job", "permit", "done", "dumpster", "price", "cost")

var (
	// what a lead books or asks to be sent when ready, in English and in
	// Spanish
	bookThings = NewSet("demo", "install", "installation", "appointment", "appt", "walkthrough", "inspection", "consultation",
		"consult", "estimate", "visit", "closing", "signing", "onboarding", "kickoff", "trial", "call", "meeting", "tour")
	esBookThings = NewSet("instalacion", "visita", "inspeccion", "cita", "revision", "firma", "demo", "avaluo", "mantenimiento", "estimado", "cierre", "reunion")
	indefinite   = NewSet("a", "an", "un", "una", "unos", "unas")
	boughtThings = NewSet("plan", "policy", "quote", "account", "loan", "membership", "subscription", "service", "contract", "package",
		"warranty", "seat", "license", "system", "unit", "roof", "refi", "refinance", "heloc", "mortgage", "poliza", "cotizacion",
		"cuenta", "prestamo", "contrato", "paquete", "garantia", "servicio", "sistema", "annual", "yearly", "monthly", "free", "new", "full")
)

// doneElsewhere reports a deal done with someone else, and no word of
// the sender after it: "just closed on my condo with another lender last
// week, let's gooo, so I'm all set" celebrates a deal that is over.
func doneElsewhere(toks []string) bool {
	for i, w := range toks {
		if !doneVerbs.Has(w) {
			continue
		}
		for k := i + 1; k+1 < len(toks) && k <= i+6 && toks[k] != Break; k++ {
			if toks[k] == "with" && (toks[k+1] == "another" || toks[k+1] == "other" || toks[k+1] == "someone" ||
				toks[k+1] == "a" && k+2 < len(toks) && toks[k+2] == "different") {
				// "I almost went with another company but let's do it":
				// nearly, or taken back
				if i > 0 && (toks[i-1] == "almost" || toks[i-1] == "nearly") || slices.Contains(toks[k:], "but") {
					return false
				}
				return !slices.ContainsFunc(toks[k:], senderWords.Has)
			}
		}
	}
	return false
}

var (
	// (gated: most messages hold none, and commitment asks only then)
	doneVerbs   = NewSet("closed", "went", "signed", "refinanced", "bought", "booked", "hired", "chose", "picked", "sold", "switched").Gated()
	wrongWord   = NewSet("wrong", "equivoque").Gated()
	senderWords = NewSet("you", "your", "yall", "u", "ur", "ustedes", "contigo", "usted")
)

// WrongChat reports a message the lead says was sent here by mistake:
// "wrong chat", "wrong thread" or "wrong group" ("my earlier text went to
// the wrong person" is about another message), "perdón, me equivoqué de
// chat", "de grupo" or "de número" ("me equivoqué de hora ayer" is not),
// unless the lead turns to the sender after it ("wrong thread maybe, but
// I need an agent to call me").
func WrongChat(t Text) bool {
	if !t.HasAny(wrongWord) {
		return false
	}
	toks := t.Toks
	for i := 0; i+1 < len(toks); i++ {
		// the lead's own slip ("oops wrong chat", "sorry, wrong thread"
		// opening a clause), not the sender's ("your chatbot put me in
		// the wrong chat") nor a wrong group plan; "me equivoqué de
		// chat", not "de número de cuenta"
		if toks[i] == "wrong" && misdirectedTo.Has(toks[i+1]) && (i+2 >= len(toks) || toks[i+2] != "plan") && ownSlip(toks, i) ||
			toks[i] == "equivoque" && toks[i+1] == "de" && i+2 < len(toks) && wrongPlaces.Has(toks[i+2]) && (i+3 >= len(toks) || toks[i+3] != "de") {
			// "wrong chat sorry, pero ya que estamos: quiero hablar con
			// alguien": the lead turns to the sender after it
			return !slices.ContainsFunc(toks[i+2:], backToYou.Has)
		}
	}
	return false
}

// othersWords reports a cue at i that someone else says and the lead
// does not take up: a saying verb just before it whose subject is not the
// lead, nagging or followed by a "but" ("my brother keeps saying let's do
// it", "mi realtor dice que move forward, pero yo no estoy tan seguro";
// not "I said let's do it", "my wife says let's do it").
func othersWords(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k] == Break {
			continue
		}
		if !sayVerbs.Has(toks[k]) {
			if toks[k] == "que" || toks[k] == "that" {
				continue
			}
			return false
		}
		s, nags := k-1, false
		for s >= 0 && sayFillers.Has(toks[s]) {
			nags = nags || toks[s] == "keeps" || toks[s] == "keep" || toks[s] == "always" || toks[s] == "sigue" || toks[s] == "siempre"
			s--
		}
		// (a household's yes relayed is one: "my wife says let's do
		// it"; a nagging one or one the lead answers with a "but" is not)
		return s >= 0 && !leadSelf.Has(toks[s]) && (nags || slices.ContainsFunc(toks[i:], butWords.Has))
	}
	return false
}

// notNowOrElse reports a cue put off ("sometime next year"), taken back
// ("nah just kidding"), turned to the lead's own job ("ready to paint
// the kitchen ourselves", "ready for Christmas", "moving forward with the
// kitchen remodel first") or refused now ("but right now no").
func notNowOrElse(t *Text, m Match) bool {
	// (every reading below but the holiday's needs a word of notNowCues,
	// which most messages lack: the text's filter of its IDs tells so at
	// once, where the readings would each pass over the tokens)
	if m.Name != "ready" && !t.HasAnyWord(notNowCues) {
		return false
	}
	toks := t.Toks
	after := toks[m.End:min(len(toks), m.End+8)]
	ce := ClauseEnd(toks, m.End)
	if ContainsSeq(toks[m.Start:min(len(toks), m.End+8)], "sometime", "next", "year") || ContainsSeq(after, "someday") || ContainsSeq(after, "just", "kidding") || ContainsSeq(after, "jk") ||
		// "ready to paint the kitchen ourselves" (in its clause)
		m.End < ce && (slices.Contains(toks[m.End:ce], "ourselves") || slices.Contains(toks[m.End:ce], "nosotros") && slices.Contains(toks[m.End:ce], "mismos")) ||
		// "moving forward with the kitchen remodel first, the roof will
		// have to wait"
		slices.Contains(after, "first") && (ContainsSeq(toks[m.End:], "have", "to", "wait") || ContainsSeq(toks[m.End:], "can", "wait") || ContainsSeq(toks[m.End:], "puede", "esperar")) {
		return true
	}
	// "let's do it next year" (not "before next year")
	if i := IndexSeq(after, "next", "year"); i >= 0 && (i == 0 || after[i-1] != "before" && after[i-1] != "by" && after[i-1] != "antes") {
		return true
	}
	if m.Name == "ready" && m.End < len(toks) && toks[m.End] == "for" && m.End+1 < len(toks) && holidayWords.Has(toks[m.End+1]) {
		return true
	}
	// "but right now no", "ahorita no": a refusal now, ending its clause
	// (not "right now no one is home", "por ahora no necesito la de
	// inundación"). The first of each of the three phrases after the
	// match is read, in one pass that compares the tokens with constants
	// (three calls of IndexSeq read the rest of the message three times).
	var seen [3]bool
	for j := m.End; j < len(toks); j++ {
		which, n := -1, 0
		switch {
		case toks[j] == "right" && j+2 < len(toks) && toks[j+1] == "now" && toks[j+2] == "no":
			which, n = 0, 3
		case toks[j] == "ahorita" && j+1 < len(toks) && toks[j+1] == "no":
			which, n = 1, 2
		case toks[j] == "por" && j+2 < len(toks) && toks[j+1] == "ahora" && toks[j+2] == "no":
			which, n = 2, 3
		case toks[j] == "no" && j+1 < len(toks) && toks[j-1] == Break:
			// "I'm totally ready to pay more every month 🙄 no gracias por
			// ahora" (blind60, stop 67), "no por ahora": a clause that turns
			// it down (not "no gracias por la garantía extendida")
			k := j + 1
			if toks[k] == "gracias" || toks[k] == "thanks" {
				k++
			}
			if k > j+1 && (k == len(toks) || toks[k] == Break) || forNow(toks, k) {
				return true
			}
		}
		if which < 0 || seen[which] {
			continue
		}
		seen[which] = true
		// ("right now no money for the deposit", "ahorita no tengo para
		// el enganche": can't pay yet)
		if k := j + n; k == len(toks) || toks[k] == Break || toks[k] == "thanks" || toks[k] == "gracias" || cantPayNow.Has(toks[k]) {
			return true
		}
	}
	return false
}

// notNowCues are the words one of which every reading of notNowOrElse
// but "ready for Christmas" needs: "next" (year), "someday", "just"
// (kidding), "jk", "ourselves" and "nosotros" (mismos), "wait" and
// "esperar" (after "first"), and the "no" of "right now no", "ahorita
// no", "por ahora no" and of a clause that turns the step down.
var notNowCues = NewSet("next", "someday", "just", "jk", "ourselves", "nosotros", "wait", "esperar", "no")

// mockCues are the words one of which every reading of [Mocked] needs:
// "could" ("if I could"), "slow" (down), "no" (a refusal that ends the
// message, "said no one ever"), "not" (happening), "right" ("yeah
// right") and "ever" ("said nobody ever").
var mockCues = NewSet("could", "slow", "no", "not", "right", "ever")

var holidayWords = NewSet("christmas", "navidad", "thanksgiving", "halloween", "summer", "vacation", "vacaciones", "winter", "school")

// imaginedIf reports an "if" after a yes only imagined: "es lo q diría
// si tuviera el dinero" (not "yo diría que adelante, mándame el
// contrato").
func imaginedIf(toks []string) bool {
	for k, w := range toks {
		if imagined.Has(w) {
			return slices.Contains(toks[k:], "si") || slices.Contains(toks[k:], "if")
		}
	}
	return false
}

// ruleAsked open a question about what must be done: "do we need to ...?"
var ruleAsked = NewSet("do", "does", "should", "must", "would", "is", "will")

// stepAsked reports a deal step of the cues "sign up" (coming in to
// sign), "docs back", "pay deposit" and "close by" that is asked about,
// refused or not the deal's: see commitment.
func stepAsked(t Text, m Match) bool {
	toks := t.Toks
	switch m.Name {
	case "sign up", "close by", "pay deposit":
		// "come sign what?", "can we close on a Saturday or do title
		// companies not do that?"
		if m.End < len(toks) && (toks[m.End] == "what" || toks[m.End] == "que") || m.Name == "close by" && (ContainsSeq(toks, "or", "do") || ContainsSeq(toks, "or", "does")) {
			return true
		}
		// (of "sign up", only coming in to sign: "puedo pasar a firmar",
		// "firmemos", "come in and sign")
		if m.Name == "sign up" && !comeToSign.Has(toks[m.Start]) {
			return false
		}
		cs := ClauseStart(toks, m.Start)
		if slices.ContainsFunc(toks[cs:m.Start], stepDoubt.Has) || m.Start > 0 && toks[m.Start-1] == "que" && cs < m.Start-1 && (toks[m.Start-2] == "de" || toks[m.Start-2] == "antes") {
			return true
		}
		// "podemos cerrar el día que quieran, pero a ese precio no vendo"
		for k := m.End; k+1 < len(toks); k++ {
			if butWords.Has(toks[k]) && slices.ContainsFunc(toks[k:], Negators.Has) {
				return true
			}
		}
	case "household yes":
		// "my husband said yes 🙌": a yes ending its clause or given to
		// the offer ("dijo que sí a la oferta"; not "said yes to the other
		// company", "said yes to the idea but…", "dijo que si puede ir")
		if m.End < len(toks) && (toks[m.End] == "a" || toks[m.End] == "to") && slices.ContainsFunc(toks[m.End:min(len(toks), m.End+4)], offerWords.Has) &&
			!slices.ContainsFunc(toks[m.End:], butWords.Has) {
			return false
		}
		return m.End < len(toks) && toks[m.End] != Break
	case "ready":
		// "I'm ready to listen, what you offer?": ready to hear the pitch,
		// not to go ahead
		if m.End+1 < len(toks) && toks[m.End] == "to" && readyToHear.Has(toks[m.End+1]) &&
			// ("ready to see the contract", "ready to look at start dates"
			// go ahead)
			!slices.ContainsFunc(toks[m.End+2:min(len(toks), m.End+5)], readyObjects.Has) {
			return true
		}
		// "no necesito pensarlo más, no me interesa": done thinking, no
		if toks[m.Start] == "no" || toks[m.Start] == "dont" {
			rest := toks[m.End:]
			return slices.Contains(rest, "interesa") || slices.Contains(rest, "interested") || ContainsSeq(rest, "dije", "que", "no") || ContainsSeq(rest, "no", "gracias")
		}
	case "closing":
		// keys left for a visit ("I'll leave the key under the mat for
		// your plumber"), a signing told of or asked about ("cuando
		// firmamos con la otra compañía nos cobraron de más")
		// (a worker named right after the keys: "for your plumber", "para
		// que entre el técnico"; not "el inspector ya vino")
		if next := toks[m.End:min(len(toks), m.End+8)]; slices.ContainsFunc(next, visitWorkers.Has) && slices.ContainsFunc(next, forWhom.Has) {
			return true
		}
		if toks[m.Start] == "cuando" && (slices.Contains(toks, "otra") || m.End < len(toks) && toks[m.End] == "con") {
			return true
		}
	case "accept":
		// "can you switch me over to email": a channel, not the policy
		if (toks[m.Start] == "switch" || toks[m.Start] == "move") && m.End < len(toks) && toks[m.End] == "to" {
			return true
		}
		// "mi casa es su casa": a welcome
		if m.Start > 0 && toks[m.Start-1] == "mi" && toks[m.Start] == "casa" {
			return true
		}
		// "I'll take the quote to my wife", "take the offer and compare
		// it": taken somewhere, not accepted
		// (not "we'll take it to use as a rental")
		return ContainsSeq(toks[m.Start:m.End], "take", "the") && m.End < len(toks) && takenWhere.Has(toks[m.End])
	case "docs back":
		// papers, not goods: "I'll have them back to you by tonight"
		// after "email me the disclosure forms" ("upload link?" and "¿a
		// qué correo se los mando?" name no paper and need none)
		if toks[m.Start] == "upload" || toks[m.Start] == "a" {
			return false
		}
		return !slices.ContainsFunc(toks, paperWords.Has)
	}
	return false
}

var (
	visitWorkers = NewSet("plumber", "inspector", "appraiser", "tech", "technician", "crew", "electrician", "roofer", "tecnico", "plomero", "tasador", "inspectora", "electricista")
	forWhom      = NewSet("for", "para", "pa", "con")
	cantPayNow   = NewSet("money", "cash", "funds", "tengo", "hay", "dinero", "puedo", "alcanza")
	offerWords   = NewSet("offer", "oferta", "price", "precio", "deal", "trato", "propuesta", "quote", "cotizacion")
	takenWhere   = NewSet("to", "and", "home", "back", "with", "over", "around")
	stepDoubt    = NewSet("why", "cuando", "antes", "before", "if", "porque")
	comeToSign   = NewSet("puedo", "podemos", "paso", "pasamos", "pasaria", "firmemos", "come", "stop")
	paperWords   = NewSet("forms", "form", "papers", "paperwork", "docs", "documents", "disclosures", "application", "contract", "documentacion",
		"documentos", "papeles", "contrato", "formularios", "formulario", "solicitud", "firmados", "firmadas", "firmada", "firmado", "llenita",
		"llenito", "llenos", "llenas", "statements", "estados", "talones", "planillas", "w2s", "w2", "paystubs", "stubs", "recibos", "taxes")
)

// notToDeal reports "not to sign", "no pa' firmar" in toks: ready or in
// for something other than the deal.
func notToDeal(toks []string) bool {
	for k := 0; k+2 < len(toks); k++ {
		if (toks[k] == "not" || toks[k] == "no") && (toks[k+1] == "to" || toks[k+1] == "pa" || toks[k+1] == "para") && dealVerbs.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

var (
	butWords   = NewSet("but", "pero")
	sayVerbs   = NewSet("saying", "says", "said", "say", "dice", "dijo", "dicen", "decia", "diciendo")
	sayFillers = NewSet("keeps", "keep", "kept", "always", "just", "already", "sigue", "siempre", "ya", "me", "nos")
	leadSelf   = NewSet("i", "we", "yo", "nosotros", "just")
	imagined   = NewSet("diria", "dirias", "dirian", "hypothetically", "hipoteticamente").Gated()
	dealVerbs  = NewSet("sign", "firmar", "commit", "buy", "comprar", "move", "proceed", "cerrar")
)

// ownSlip reports a "wrong" at i that opens its clause or follows an
// apology: "oops wrong chat", "sorry wrong thread lol", "wrong chat,
// ignore".
func ownSlip(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k] == Break {
			return true
		}
		if slipOpeners.Has(toks[k]) {
			return true
		}
		if !slipFillers.Has(toks[k]) {
			return false
		}
	}
	return true
}

var (
	slipOpeners = NewSet("oops", "ops", "sorry", "sry", "srry", "perdon", "bad", "lol", "lmao", "haha", "jaja", "whoops", "ay", "oh", "omg")
	slipFillers = NewSet("my", "so", "im", "ok", "ugh", "oh")
	joinLeadIns = NewSet("ok", "okay", "k", "yes", "yeah", "yep", "yup", "sure", "then", "so", "alright", "aight", "fine", "great", "cool", "well", "ya", "si", "pues", "bueno", "dale", "listo", "and", "definitely", "totally")
)

// backToYou are the words that turn a message sent to the wrong chat
// back to the sender: "but", "anyway", "btw", "while I have you", "ya
// que estamos", "aprovecho".
var backToYou = NewSet("but", "pero", "anyway", "anyways", "btw", "while", "estamos", "aprovecho", "aprovechando", "actually")

var wrongPlaces = NewSet("chat", "grupo", "numero", "persona", "conversacion", "contacto")

var misdirectedTo = NewSet("chat", "thread", "convo", "conversation", "group", "gc")

// otherFirm names another company before a "they"; leftOther says the
// lead left it
var (
	otherFirm = NewSet("other", "another", "competitor", "otra", "otro")
	leftOther = NewSet("cancelled", "canceled", "instead", "dropped", "fired", "cancele")
)

// readyToHear follow "ready to" when the lead is ready to be told, not to
// commit: "I'm ready to listen", "ready to hear what you got".
var readyToHear = NewSet("listen", "hear", "learn", "compare", "browse", "see", "look")

// readyObjects after "ready to see" or "ready to look at" are the deal's
// own next step: "ready to see the contract".
var readyObjects = NewSet("contract", "contracts", "paperwork", "papers", "agreement", "documents", "docs", "start", "dates", "closing")

// EyeRoll reports an eye-roll or an unamused face in raw, which turns
// the readiness said with it to sarcasm: "ajá, firmo hoy mismo 🙄",
// "oh yeah totally ready to sign lol, right after you explain why the
// fee doubled 🙄". Commitment reads tokens, which drop emoji: its callers
// that hold the raw text ask this as well.
func EyeRoll(raw string) bool {
	return strings.IndexByte(raw, 0xF0) >= 0 && (strings.Contains(raw, "🙄") || strings.Contains(raw, "😒"))
}

// WeighsCase reports a question about what would happen if
// something changed, or what must be done: "and if we move, does the
// policy follow us?", "¿y si me mudo, el seguro se va conmigo?", "do we
// need to close before the appraisal?". The lead weighs a case, not a
// purchase; the learned tier reads the move or the plan in it as
// readiness.
func WeighsCase(raw string, t Text) bool {
	if !strings.Contains(raw, "?") {
		return false
	}
	// the message opens with it, after no more than "ok" or "pero" ("si, vamos
	// con ese plan. y si empezamos el lunes?" is ready first); a bare "si
	// me ..." is as often an unaccented "sí"
	toks := t.Toks
	for i := 0; i+1 < len(toks); i++ {
		if i > 0 && toks[i-1] != Break && !whatIfLead.Has(toks[i-1]) {
			return false
		}
		if toks[i] == "what" && toks[i+1] == "if" || toks[i] == "si" && i > 0 && toks[i-1] == "y" ||
			toks[i] == "if" && i > 0 && toks[i-1] == "and" {
			return true
		}
		// a rule asked about: "do we need to close before the appraisal?"
		if (toks[i] == "do" || toks[i] == "does") && i+2 < len(toks) && (toks[i+1] == "we" || toks[i+1] == "i" || toks[i+1] == "you") && (toks[i+2] == "need" || toks[i+2] == "have") {
			return true
		}
	}
	return false
}

// whatIfLead may come before a what-if in its clause: "ok, and if", "pero y
// si"
var whatIfLead = NewSet("and", "y", "ok", "okay", "but", "pero", "so", "entonces", "oh")
