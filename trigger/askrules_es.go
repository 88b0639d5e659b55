package trigger

import (
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// spanishAskRules are the look-alike readings of the Spanish ask patterns
// (spanishAsk), shaped like askRules; acceptSpanishAsk holds the checks
// every Spanish rule shares.
var spanishAskRules = map[string]askRule{
	"es send someone": {unless: []exclusion{
		{"someone sent to do the work: 'que venga alguien de ustedes a medir la ventana'", afterIn(8, textmatch.NewSet("medir", "arreglar", "instalar", "reparar", "cambiar", "limpiar", "pintar", "revisar", "fumigar", "empezar"))},
	}},
	"es give a ring": {unless: []exclusion{
		{"a touch of something, not a ring: 'dale un toque de color', 'darme un toque final al baño'", func(t textmatch.Text, m textmatch.Match) bool {
			return (t.Toks[m.End-1] == "toque" || t.Toks[m.End-1] == "toquecito") && m.End < len(t.Toks) && touchOf.Has(t.Toks[m.End])
		}},
		{"a touch the place needs: 'el baño necesita un toque cuando puedan'", beforeIn(3, textmatch.NewSet("necesita", "necesitan", "falta", "faltan", "le", "darle", "dale"))},
		{"a ping by text, not a ring: 'dadme un toque por aquí cuando esté la tasación', 'dame un toque por WhatsApp'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			end := textmatch.ClauseEnd(toks, m.End)
			return textmatch.ContainsSeq(toks[m.End:end], "por", "aqui") || textmatch.ContainsSeq(toks[m.End:end], "por", "aca") ||
				slices.ContainsFunc(toks[m.End:end], textPings.Has)
		}},
	}},
	"es that person": {unless: []exclusion{
		{"'dame una voz cuando...' is 'let me know': 'dame una voz cuando esté el presupuesto'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.End-1] == "voz" && m.End < len(t.Toks) && (t.Toks[m.End] == "cuando" || t.Toks[m.End] == "si")
		}},
		{"someone sent to do the work: 'quiero a alguien de la empresa que venga a medir'", afterIn(6, textmatch.NewSet("medir", "arreglar", "instalar", "reparar", "cambiar", "limpiar", "pintar"))},
		{"a thing connected or got, not a person: 'la secadora nueva, ¿me la pueden conectar también?', '¿me lo consigue más barato?'", func(t textmatch.Text, m textmatch.Match) bool {
			last := t.Toks[m.End-1]
			return (last == "conectar" || last == "comunicar" || last == "consigue" || last == "consiguen" || last == "consigues") && !t.HasAnyWord(esStaffWords)
		}},
		{"papers sent, or the lead's own bank: 'ocupo alguien de la oficina que me mande la factura', 'voy a pasar al banco para que me expliquen'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 3, esSendVerbs) || (t.Toks[m.Start] == "pasar" || t.Toks[m.Start] == "ir") && t.HasAnyWord(bankWords)
		}},
		{"someone sent to inspect: 'necesito a alguien de la compañía que venga a revisar la fuga'", func(t textmatch.Text, m textmatch.Match) bool {
			return (t.Toks[m.Start] == "quiero" || t.Toks[m.Start] == "necesito" || t.Toks[m.Start] == "ocupo" || t.Toks[m.Start] == "quisiera") &&
				(textmatch.After(t.Toks, m.End, 6, esInspectVerbs) || textmatch.After(t.Toks, m.End, 6, esComeWords) && textmatch.After(t.Toks, m.End, 8, esSeeVerbs))
		}},
		{"the lead's own family: 'mi esposa decide, con ella necesito hablar primero' (not 'mi esposa habló con la agente Marta, con ella necesito hablar')", func(t textmatch.Text, m textmatch.Match) bool {
			if t.Toks[m.Start] != "con" {
				return false
			}
			for k := m.Start - 1; k >= 0; k-- {
				if esStaffWords.Has(t.Toks[k]) {
					return false
				}
				if householdEs.Has(t.Toks[k]) {
					return true
				}
			}
			return false
		}},
	}},
	"es face to face": {unless: []exclusion{
		{"the lead's own meeting or one that happened: 'coordinar una junta con mi socio', 'ya tuve una llamada con uno de sus asesores'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 2, esOwnPossessives) && textmatch.ContainsSeq(t.Toks[m.End:min(len(t.Toks), m.End+2)], "con") ||
				textmatch.Before(t.Toks, m.Start, 3, esHadPast)
		}},
		{"writing preferred: 'face to face I'm a pushover, that's why I'd rather do this in writing'", func(t textmatch.Text, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(t.Toks, "in", "writing") || textmatch.ContainsSeq(t.Toks, "por", "escrito") || textmatch.ContainsSeq(t.Toks, "by", "text")
		}},
		{"a meeting of the lead's own people: 'le propongo una reunión de nuestro equipo interno primero'", afterIn(5, textmatch.NewSet("interno", "interna", "internos", "internas"))},
		{"refused or past: 'nada de cara a cara', 'ya hablamos cara a cara con el vendedor'", beforeIn(3, textmatch.NewSet("nada", "sin", "no", "hablamos", "tuvimos", "hable", "fuimos", "vimos", "vieron"))},
		{"said to be unneeded: 'en persona no hace falta', 'face to face isn't needed, the site covers it'", func(t textmatch.Text, m textmatch.Match) bool {
			return unneededAfter(t.Toks, m.End)
		}},
	}},
	"es voice": {unless: []exclusion{
		{"told of, not asked for: 'me lo dijo de viva voz su agente'", beforeIn(3, textmatch.NewSet("dijo", "dijeron", "explico", "explicaron", "conto", "contaron", "comento"))},
		{"a voice note: 'prefiero por voz, te mando una nota de voz', 'le mando un audio'", func(t textmatch.Text, _ textmatch.Match) bool {
			// (offered now: "te mando una nota de voz"; not "ya les mandé
			// audios y nadie contesta")
			return t.HasAnyWord(voiceNotes) && !t.HasAnyWord(nobodyAnswers)
		}},
	}},
	"es call owed": {require: func(t textmatch.Text, _ textmatch.Match) bool {
		// a call promised before: "dijo q me iba a llamar back", "quedaron
		// de marcarme el lunes", "me dijeron que un agent me iba a llamar";
		// not the lead's own ("yo les iba a llamar") nor the lead's bank's
		// or appraiser's ("mi banco quedó de llamarme")
		_, ok := callPromised.First(t, func(m textmatch.Match) bool {
			return !textmatch.Before(t.Toks, m.Start, 4, promisersNotSender)
		})
		return ok
	}, unless: []exclusion{
		{"a technician's call about a visit: 'el técnico dijo que me iba a llamar para la cita, y nada'", func(t textmatch.Text, _ textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks, esWorkers.Has)
		}},
	}},
	"es relayed call": {unless: []exclusion{
		{"called to the table, or a message for the family in the wrong chat: 'mi abuelito dice que lo llamen a cenar... perdón, me equivoqué de chat'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 2, mealWords) || textmatch.WrongChat(t)
		}},
		{"someone named calls: 'mi esposo dice que le llame el plomero' (not 'que le llamen el lunes', 'el 15', 'los sábados')", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return m.End+1 < len(toks) && esArticles.Has(toks[m.End]) && !esWhenWords.Has(toks[m.End+1]) && !isNumberTok(toks[m.End+1])
		}},
	}},
	"spanish speaker": {unless: []exclusion{
		{"a document or a text in Spanish, not a talk: 'Hay alguien que hable español? Para mandarle los documentos a mi mamá'", soonAfterHas(spanishDocs)},
	}},
	"es call principal": {require: func(t textmatch.Text, _ textmatch.Match) bool { return forPrincipal(t.Toks) }},
	"es call me": {unless: []exclusion{
		{"a clause of time: 'cuando el contratista me llame le digo que ya aprobaron el estimado', 'en cuanto mi asesor me marque'", func(t textmatch.Text, m textmatch.Match) bool {
			k := m.Start - 1
			if k >= 0 && esDeterminers.Has(t.Toks[k]) {
				k--
			}
			return k >= 0 && (t.Toks[k] == "cuando" || t.Toks[k] == "mientras" || t.Toks[k] == "apenas" || t.Toks[k] == "cuanto" && k > 0 && t.Toks[k-1] == "en")
		}},
		{"someone of another place: 'quiero que el jefe del banco me atienda, el cajero no sabe nada'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			for k := m.Start; k+2 < m.End; k++ {
				if (toks[k] == "del" || toks[k] == "de") && esOtherPlaces.Has(toks[k+1]) || toks[k] == "de" && toks[k+1] == "la" && esOtherPlaces.Has(toks[k+2]) {
					return true
				}
			}
			return false
		}},
		{"a name or a title to call the lead by: 'puede llamarme licenciada Ortiz, así me conocen'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End < len(t.Toks) && esTitles.Has(t.Toks[m.End])
		}},
		{"someone else calls the lead, told: 'los clientes me llaman a mí directo'", func(t textmatch.Text, m textmatch.Match) bool {
			// ("dígales a ellos que me llamen hoy" asks)
			return textmatch.Before(t.Toks, m.Start, 3, esCallersTold) && !slices.Contains(t.Toks[max(0, m.Start-1):m.End], "que")
		}},
		{"marks a date, not dials: 'márqueme la cita en el calendario para el sábado'", func(t textmatch.Text, m textmatch.Match) bool {
			return strings.HasPrefix(t.Toks[m.Start], "marq") && textmatch.After(t.Toks, m.End, 3, markedThings)
		}},
		{"money back, not a call: 'me cobraron la llamada dos veces, ¿me la pueden devolver?'", func(t textmatch.Text, m textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks, esBillingWords.Has)
		}},
		{"refused inside it: 'prefiero que no me llamen, por mensaje es más fácil'", func(t textmatch.Text, m textmatch.Match) bool {
			for k := m.Start; k+1 < m.End; k++ {
				if t.Toks[k] == "no" && (t.Toks[k+1] == "me" || t.Toks[k+1] == "nos") {
					return true
				}
			}
			return false
		}},
		{"a call to someone else: 'mejor una llamada a mi hermana primero' (not 'regrésame la llamada al rato')", func(t textmatch.Text, m textmatch.Match) bool {
			last := t.Toks[m.End-1]
			return t.Toks[m.Start] == "mejor" && (last == "llamada" || last == "llamadita") && m.End < len(t.Toks) && (t.Toks[m.End] == "a" || t.Toks[m.End] == "al") &&
				textmatch.After(t.Toks, m.End+1, 2, callOthers)
		}},
		{"someone else calls the lead: 'me llaman del trabajo'", llamanDe},
		{"a topic, not a call: 'háblame del precio'", hablameDe},
		{"what the sender talks about, asked back: '¿de qué reparaciones me hablas?'", func(t textmatch.Text, m textmatch.Match) bool {
			last := t.Toks[m.End-1]
			return (last == "hablas" || last == "hablan" || last == "habla") && textmatch.Before(t.Toks, m.Start, 4, esWhatWords)
		}},
		{"instead of or no more calls: 'en lugar de llamarme', 'deje de llamarme'", prevIs("de", "sin")},
		{"a name: 'me llaman Ana' (one word, then the end of the clause)", esNameAfter},
		{"someone else to call: 'estoy esperando que me llamen de allá', 'que me llamen del taller'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End+1 < len(t.Toks) && (t.Toks[m.End] == "de" || t.Toks[m.End] == "del") && (t.Toks[m.End] == "del" || otherPlaces.Has(t.Toks[m.End+1]))
		}},
		{"what to call the lead: 'todos me dicen Will, así me podés llamar'", prevIs("asi")},
		{"what the lead goes by: 'Llámeme Tito no más, todos me dicen así' (a short clause, the next one saying so; not 'siempre me dicen así y nunca llaman. Llámenme hoy')", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			ce := textmatch.ClauseEnd(toks, m.End)
			if m.Start != textmatch.ClauseStart(toks, m.Start) || ce-m.Start > 4 || ce >= len(toks) {
				return false
			}
			next := toks[ce+1 : textmatch.ClauseEnd(toks, ce+1)]
			return textmatch.ContainsSeq(next, "me", "dicen", "asi") || textmatch.ContainsSeq(next, "asi", "me", "dicen")
		}},
		{"what people somewhere call the lead: 'en el trabajo me llaman \"la tía\"'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.End-1] == "llaman" && textmatch.Before(t.Toks, m.Start, 5, esNamingCrowd)
		}},
		{"an idiom: 'me llama la atención'", allOf(lastIs("llama"), nextIs("la"))},
		{"a box ticked, not a number dialled: '¿me marcas la opción de rideshare?'", func(t textmatch.Text, m textmatch.Match) bool {
			return esDialVerbs.Has(t.Toks[m.End-1]) && textmatch.After(t.Toks, m.End, 3, esTicked)
		}},
		{"the number of something else: '¿me pasan el teléfono de la compañía de títulos?'", allOf(spanHas("telefono", "numero", "cel", "celular", "whatsapp", "linea"), esNumberOfOther)},
		{"someone of the lead's own calls them: 'mi corredor me llama a cada rato'", esOwnCaller},
		{"someone else's step asked about: '¿el inspector me llama antes de venir?'", beforeIn(2, textmatch.NewSet("inspector", "tasador", "valuador", "appraiser"))},
		{"someone else's promise: 'el contratista quedó en llamarme y nunca llamó'", beforeIn(2, textmatch.NewSet("quedo", "quedaron", "prometio", "prometieron"))},
		{"a call asked of another firm before: 'le dije a la otra aseguradora que me llamara'", askedOfOtherFirm},
		{"an idiom: 'llámame loca pero ...'", nextIn(esCallIdiom)},
		{"someone to call refused: 'no me pongan a un vendedor a llamarme'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			for k := m.Start - 1; k >= 2 && k >= m.Start-8 && toks[k] != textmatch.Break; k-- {
				if esPutOn.Has(toks[k]) && toks[k-1] == "me" && toks[k-2] == "no" {
					return true
				}
			}
			return false
		}},
		{"money given back, not a call returned: 'quiero que me regresen uno de esos cobros'", func(t textmatch.Text, m textmatch.Match) bool {
			return esReturnVerbs.Has(t.Toks[m.End-1]) && textmatch.After(t.Toks, m.End, 4, esMoneyBack)
		}},
		{"the caller named after it, told not asked: 'mañana me llama el del banco'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Quests == 0 && m.End-m.Start == 2 && (t.Toks[m.End-1] == "llama" || t.Toks[m.End-1] == "llaman") && m.End < len(t.Toks) && callerDet.Has(t.Toks[m.End])
		}},
	}},
	"es your number": {unless: []exclusion{
		{"the lead's own number for a form: '¿cuál es el phone number que tengo que poner en la aplicación?'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 6, formFill)
		}},
		{"a price, not a phone: 'si alguien nos da un buen número por el paquete completo'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.Before(t.Toks, m.End, 3, priceAdj) || m.End+1 < len(t.Toks) && t.Toks[m.End] == "por" && textmatch.After(t.Toks, m.End+1, 1, textmatch.NewSet("el", "la", "los", "las", "todo"))
		}},
		{"a claim's, policy's or order's number, not a phone: '¿cuál es el número de reclamo?'", afterIn(3, textmatch.NewSet("reclamo", "poliza", "cuenta", "orden", "referencia", "caso", "confirmacion", "factura", "pedido", "serie", "lote", "prestamo"))},
		{"a number to fill in: '¿cuál es el phone number que pongo en la aplicación?'", afterIn(3, textmatch.NewSet("pongo", "poner", "pongamos", "anoto", "escribo", "lleno"))},
		{"a number for someone else or of another company: '¿me pasa el número de la oficina? es para dárselo a mi cuñado', '¿cuál es el number de la compañía que instaló el water heater?'", func(t textmatch.Text, m textmatch.Match) bool {
			// ("la compañía que me va a hacer la instalación" is the sender)
			// (another company's number: "la compañía que instaló el
			// boiler", "que tiene mi hipoteca"; not the sender's "que me va
			// a hacer la instalación" nor "la compañía que me
			// recomendaron")
			if (textmatch.ContainsSeq(t.Toks, "compania", "que") || textmatch.ContainsSeq(t.Toks, "company", "que")) &&
				!textmatch.ContainsSeq(t.Toks, "que", "me", "va") && !textmatch.ContainsSeq(t.Toks, "que", "me", "van") &&
				!textmatch.ContainsSeq(t.Toks, "que", "nos", "va") && !textmatch.ContainsSeq(t.Toks, "que", "me", "recomendaron") {
				return true
			}
			return t.HasAny(forSomeoneElse)
		}},
		{"the number of something else: 'el número de la póliza', 'la oficina de permisos'", esNumberOfOther},
		{"an offer's figure: '¿y cuál es el número que me ofrecen por la casa?' (blind59, stop 66)", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return m.End+2 < len(toks) && toks[m.End] == "que" && (toks[m.End+1] == "me" || toks[m.End+1] == "nos") && esOfferVerbs.Has(toks[m.End+2]) &&
				!textmatch.After(toks, m.End+3, 3, esToCall)
		}},
		{"a count, not a phone: '¿cuál es el número máximo de casas?'", nextIn(textmatch.NewSet("minimo", "maximo", "promedio", "aproximado", "total"))},
		{"a joke: 'cuál es su número lol jk'", func(t textmatch.Text, m textmatch.Match) bool { return textmatch.After(t.Toks, m.End, 3, jokeWords) }},
	}},
	"es by phone": {unless: []exclusion{
		{"done already: 'ya lo aclaramos por teléfono con su compañero ayer'", beforeIn(4, textmatch.NewSet("ya", "ayer"))},
		{"to the lead's own people: 'prefiero explicarle a mi esposa en persona primero'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.ContainsSeq(t.Toks[m.Start:m.End], "a", "mi") || textmatch.ContainsSeq(t.Toks[m.Start:m.End], "con", "mi")
		}},
		{"negated inside the span: 'prefiero no hablar por teléfono'", spanIn(textmatch.Negators)},
		{"turned down at once: 'por teléfono nos entenderíamos mejor, pero ahorita no puedo, sigamos por texto'", callTurnedDown},
	}},
	"es talk to person": {unless: []exclusion{
		{"a client's wish to talk, which the lead turns down: 'Mi cliente dice que quiere hablar con el dueño, pero yo le dije que mejor avanzamos por aquí'", clientWishDeclined},
		{"a technician's visit, no talk: 'el técnico puede venir el jueves en la mañana'", spanHas("tecnico", "tech", "plomero", "electricista", "instalador", "tecnicos")},
		{"a call that happened: 'estuve en una llamada con el ejecutivo ayer'", beforeIn(4, textmatch.NewSet("estuve", "estuvimos", "estaba", "estabamos", "tuve", "tuvimos"))},
		{"a talk told of: 'mi esposo dice que habló con un agente la semana pasada', 'mi vecino dice que habló con una persona de ustedes muy amable'", func(t textmatch.Text, m textmatch.Match) bool {
			// ("habló", past, once its accent is gone, reads as "hablo";
			// after "dice que" it is the one told of who talked)
			return textmatch.Before(t.Toks, m.Start, 4, esSaysWords) && (textmatch.After(t.Toks, m.End, 8, esPastTimes) || t.Toks[m.Start] == "hablo")
		}},
		{"the lead's own: 'reunión con mi asesor financiero'", spanHas("mi", "mis")},
		{"another company's person: 'una llamada con el asesor del banco'", personOfOtherEs},
		{"a call or meeting already had or held: 'tengo una llamada con', 'ayer tuve una llamada con'", prevIn(textmatch.NewSet("tengo", "tenemos", "tuve", "tuvimos", "tiene"))},
		{"a talk that happened", happened},
		{"someone of the lead's own talked before: 'mi vecino habló con un agente de ustedes'", ownPersonTalked},
		{"someone else's person: 'junta con el gerente de mi banco'", ofMine},
		{"the lead's own people: 'quiero hablar con mi esposa primero'", withOwnPeople},
		{"a meeting with another party: 'vamos a reunirnos con el banco'", meetsOtherParty},
		{"someone of the lead's family: 'alguien de mi familia'", allOf(lastIs("alguien"), nextIs("de"), afterNextIs("mi", "la"))},
		{"a role, not a request: 'un agente de bienes raíces', 'una persona para limpiar'", esPersonForOther},
		// ("¿me puede escribir una persona real en vez de la máquina?"
		// asks for the person over the bot)
		{"about a bot", allOf(clauseIn(botWords), not(botSetAside))},
	}},
}

// botSetAside reports a bot word of the match's clause set aside just
// before it: "en vez de la máquina", "no un robot", "instead of the bot".
func botSetAside(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := textmatch.ClauseStart(toks, m.Start); k < textmatch.ClauseEnd(toks, m.Start); k++ {
		if botWords.Has(toks[k]) && textmatch.Before(toks, k, 3, asideWords) {
			return true
		}
	}
	return false
}

// asideWords set aside what follows them: "en vez de", "no", "instead of".
var asideWords = textmatch.NewSet("vez", "lugar", "instead", "no", "not", "ni")

// acceptSpanishAsk applies the checks a Spanish pattern alone cannot
// express: not negated ("no me llamen"), not a warning ("ni se les
// ocurra llamarme"), then the rule's own look-alikes: a third party's
// number, "háblame de la casa", a name ("me llaman Chuy"), "en lugar de
// llamarme", an identity question ("¿hablo con una persona o un robot?").
// jokeWords after an ask take it back: "jk", "es broma".
var jokeWords = textmatch.NewSet("jk", "kidding", "broma", "bromeando", "jaja", "jajaja")

func acceptSpanishAsk(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	// "she said she would speak with your manager": someone of the
	// lead's will talk (the English half of a Spanglish rule)
	if othersTalk(t, m) || maybeLaterForNow(&t) || futureForNow(&t, m) || laterIf(&t) || reportedAdvice(toks, m) {
		return false
	}
	// "¿no me puede marcar?" asks; "no me llamen" refuses
	// ("¿No será más fácil por teléfono?" asks too)
	if negated(toks, t.IDs, m.Start, 4) && !(t.Quests > 0 && m.Name == "es call me" && toks[m.Start] == "me" && m.Start > 0 && toks[m.Start-1] == "no") &&
		!(t.Quests > 0 && m.Name == "es easier by phone") {
		return false
	}
	// how the process goes, a talk the lead would rather avoid, in
	// English or Spanglish ("do I need to speak with someone to
	// cancel?"), or an ask taken back at once ("llámame... no espera")
	if howItGoes(t, m) || avoidsTalk(toks, t.IDs, m) || textmatch.CorrectedAtOnce(toks, m.End) {
		return false
	}
	// "ni se les ocurra llamarme": a warning, not an ask; "en vez de que
	// venga alguien": an alternative to it
	if textmatch.Before(toks, m.Start, 5, esDontYouDare) || m.Start > 0 && (toks[m.Start-1] == "que" || toks[m.Start-1] == "de") && textmatch.Before(toks, m.Start, 4, esInstead) {
		return false
	}
	// "si me vuelven a llamar los voy a reportar": a condition, not an ask
	if m.Name == "es call me" && conditionalSi(toks, m.Start) {
		return false
	}
	if laterIf(&t) || processQuestion(toks, m) || othersPastTalk(toks, m.Start) || callBeforeArriving(toks, t.IDs, m) {
		return false
	}
	// "my boss at the warehouse quiere hablar con su agente": someone
	// else's wish
	if othersWantTalk(t, m) {
		return false
	}
	r := spanishAskRules[m.Name]
	for _, x := range r.unless {
		if x.applies(t, m) {
			return false
		}
	}
	return r.require == nil || r.require(t, m)
}

// nextTok returns the token after the match, or "".
func nextTok(t textmatch.Text, m textmatch.Match) string {
	if m.End < len(t.Toks) {
		return t.Toks[m.End]
	}
	return ""
}

// afterNextIs: the second token after the match is one of words.
func afterNextIs(words ...string) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.End+1 < len(t.Toks) && isOneOf(t.Toks[m.End+1], words)
	}
}

// clauseIn: a token of set in the match's clause.
func clauseIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		cs, ce := textmatch.ClauseStart(t.Toks, m.Start), textmatch.ClauseEnd(t.Toks, m.Start)
		for k := cs; k < ce; k++ {
			if set.Has(t.Toks[k]) {
				return true
			}
		}
		return false
	}
}

// llamanDe: "me llaman del trabajo": someone else calls.
func llamanDe(t textmatch.Text, m textmatch.Match) bool {
	last, next := t.Toks[m.End-1], nextTok(t, m)
	return (last == "llaman" || last == "llama") && (next == "del" || next == "de" || next == "desde")
}

// esOwnCaller: the lead's own person, named before the match, calls
// them ("mi corredor me llama a cada rato", "mi broker me llama every
// day"): a report, not a request; "quiero que mi agente me llame" asks.
func esOwnCaller(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if toks[m.Start] != "me" {
		return false
	}
	for k := m.Start - 1; k >= 0 && k >= m.Start-3 && toks[k] != textmatch.Break; k-- {
		switch toks[k] {
		case "que", "q":
			return false
		case "mi", "mis", "my", "our":
			// "mi corredor me llama", Spanglish "my tenant me llama"
			return true
		}
	}
	return false
}

// hablameDe: "háblame del precio": talk to me about; and what the
// sender talks about, told: "tú me hablas de upgrade" (blind71, stop 71).
func hablameDe(t textmatch.Text, m textmatch.Match) bool {
	last, next := t.Toks[m.End-1], nextTok(t, m)
	return (last == "hablame" || last == "hableme" || last == "hablenme" || last == "hablarme" || last == "hablas" || last == "hablan") && (next == "de" || next == "del" || next == "sobre") &&
		!slices.Contains(t.Toks[m.End:textmatch.ClauseEnd(t.Toks, m.End)], "telefono") &&
		// ("¿me hablan de nuevo a las 5?", "me hablas de vuelta", "de la
		// oficina": a call again, or from where)
		!(next == "de" && m.End+1 < len(t.Toks) && (t.Toks[m.End+1] == "nuevo" || t.Toks[m.End+1] == "vuelta" || t.Toks[m.End+1] == "la" && m.End+2 < len(t.Toks) && t.Toks[m.End+2] == "oficina"))
}

// esNameAfter: one word after the match ends its clause and is neither a
// time, politeness nor a number: "me llaman Ana".
func esNameAfter(t textmatch.Text, m textmatch.Match) bool {
	toks, next := t.Toks, nextTok(t, m)
	// "Llámeme Don Cheo, que aquí nadie me conoce por José": a title,
	// then the name
	if esTitles.Has(next) && m.End+1 < len(toks) && toks[m.End+1] != textmatch.Break {
		// ("llámeme Doña Rosa a las 3": a call, with the name to use)
		e := m.End + 2
		return e >= len(toks) || !esCallWhen.Has(toks[e])
	}
	// "llámame Pepe nomás": the name, then "just"
	end := m.End + 1
	if end < len(toks) && (toks[end] == "nomas" || toks[end] == "nada" || toks[end] == "mejor") {
		end++
	}
	// ("llámenme nomás, que escribiendo no avanzamos": "just", no name)
	// The name may be followed by who uses it: "me llaman Chepe en el
	// barrio" (blind70, stop 71).
	return next != "" && next != textmatch.Break && next != "nomas" && !esYouSubjects.Has(next) && (end >= len(toks) || toks[end] == textmatch.Break || crowdAfter(toks, end)) &&
		!spanishNameTail.Has(next) && !callTail.Has(next) && !notNames.Has(next) && !isNumberTok(next)
}

// crowdAfter reports "en el barrio", "entre mis compas" at i: who calls
// the lead by the name just given.
func crowdAfter(toks []string, i int) bool {
	if toks[i] != "en" && toks[i] != "entre" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k] != textmatch.Break; k++ {
		if esNamingCrowd.Has(toks[k]) {
			return true
		}
	}
	return false
}

// esNamingCrowd before "me llaman" say who calls the lead by a name: "en
// el trabajo me llaman 'la tía'", "mis compas me llaman Chuy".
var esNamingCrowd = textmatch.NewSet("trabajo", "chamba", "todos", "amigos", "compas", "familia", "casa", "barrio", "iglesia", "escuela", "rancho", "pueblo")

// esTitles open a name: "llámeme Don Cheo", "Doña Rosa"
var esTitles = textmatch.NewSet("don", "dona", "senor", "senora", "sr", "sra", "dr", "doc", "lic", "ing", "profe", "tio", "tia",
	"licenciada", "licenciado", "doctora", "doctor", "dra", "ingeniero", "ingeniera", "profesora", "profesor", "maestra", "maestro", "arquitecta", "arquitecto")

// esYouSubjects after "me llamáis" say who calls, not a name: "¿me
// llamáis vosotros?"
var esYouSubjects = textmatch.NewSet("vosotros", "vosotras", "ustedes", "usted", "tu", "vos")

// esNumberOfOther: "el número de la póliza", "la oficina de permisos": a
// number "de" something that is not the sender's, or another office.
func esNumberOfOther(t textmatch.Text, m textmatch.Match) bool {
	toks, next := t.Toks, nextTok(t, m)
	if next != "de" && next != "del" {
		return false
	}
	k := m.End + 1
	for k < len(toks) && spanishDet.Has(toks[k]) {
		k++
	}
	if k >= len(toks) || !spanishOwn.Has(toks[k]) {
		return true
	}
	return k+1 < len(toks) && (toks[k+1] == "de" || toks[k+1] == "del")
}

// ofMine: "el gerente de mi banco": "de mi" after the person.
func ofMine(t textmatch.Text, m textmatch.Match) bool {
	next := nextTok(t, m)
	return m.End+1 < len(t.Toks) && (next == "de" || next == "del") && (t.Toks[m.End+1] == "mi" || t.Toks[m.End+1] == "mis")
}

// withOwnPeople: "hablar con mi esposa", "con el contador".
func withOwnPeople(t textmatch.Text, m textmatch.Match) bool {
	toks, next := t.Toks, nextTok(t, m)
	if toks[m.End-1] != "con" {
		return false
	}
	if next == "mi" || next == "mis" || ownPeopleEs.Has(next) || next == "ella" || next == "ellos" || next == "ellas" {
		return true
	}
	// "con él primero" (él folds to el), "con la familia antes"
	if next == "el" || next == "la" || next == "los" {
		return m.End+1 >= len(toks) || toks[m.End+1] == textmatch.Break || ownPeopleEs.Has(toks[m.End+1]) ||
			toks[m.End+1] == "primero" || toks[m.End+1] == "antes" || toks[m.End+1] == "familia"
	}
	return false
}

// meetsOtherParty: the meeting named is with the lead's own people or
// another institution: "vamos a juntarnos con el banco", "reunirnos con
// la familia el domingo".
func meetsOtherParty(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if m.End >= len(toks) || toks[m.End] != "con" {
		return false
	}
	k := m.End + 1
	if k < len(toks) && (toks[k] == "mi" || toks[k] == "mis" || toks[k] == "nuestro" || toks[k] == "nuestra") {
		return true
	}
	for k < len(toks) && spanishDet.Has(toks[k]) {
		k++
	}
	return k < len(toks) && (ownPeopleEs.Has(toks[k]) || otherPartiesEs.Has(toks[k]))
}

// otherPartiesEs are institutions and people a lead meets besides
// ownPeopleEs (the bank, the family and the lawyer are there).
var otherPartiesEs = textmatch.NewSet("notario", "notaria", "aseguradora", "prestamista", "inquilino", "inquilinos", "vecinos",
	"iglesia", "escuela")

// personOfOtherEs: "el asesor del banco", "un agente de otra compañía":
// "de" then someone other than the sender.
func personOfOtherEs(t textmatch.Text, m textmatch.Match) bool {
	toks, next := t.Toks, nextTok(t, m)
	// "del banco", "de otra compañía", "de la aseguradora"; not "un
	// oficial de préstamos", which names the role
	if next != "del" && !(next == "de" && m.End+1 < len(toks) && otherDet.Has(toks[m.End+1])) {
		return false
	}
	k := m.End + 1
	for k < len(toks) && spanishDet.Has(toks[k]) && toks[k] != "su" && toks[k] != "sus" && toks[k] != "tu" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k]
	// ("alguien de la compañía", "de la oficina": the sender's own)
	return w != "su" && w != "sus" && w != "tu" && w != "ustedes" && w != "usted" && !spanishOwn.Has(w) && w != "verdad" && w != "carne" && w != textmatch.Break &&
		w != "compania" && w != "empresa" && w != "oficina" && w != "equipo"
}

// esPersonForOther: a person named for another purpose in a short span
// ("un agente de bienes raíces", "una persona para limpiar", "alguien
// que limpie"), unless a request names the sender's people ("una
// videollamada con alguien de su equipo", "que venga alguien de
// ustedes", "pásame con alguien que sepa").
func esPersonForOther(t textmatch.Text, m textmatch.Match) bool {
	toks, next := t.Toks, nextTok(t, m)
	request := meetingNoun.Has(toks[m.Start]) || requestVerbs.Has(toks[m.Start])
	switch next {
	case "para", "que":
		return !request
	case "de":
		if m.End-m.Start > 3 {
			return false
		}
		if m.End+1 >= len(toks) {
			return true
		}
		a := toks[m.End+1]
		if a == "verdad" || a == "carne" {
			return false
		}
		// one of the sender's people to meet the lead: "¿puede venir
		// alguien de ustedes a ver la propiedad conmigo?"
		if a == "ustedes" && slices.ContainsFunc(toks[m.End:textmatch.ClauseEnd(toks, m.End)], withLeadEs.Has) {
			return false
		}
		return !(request && (a == "su" || a == "tu" || a == "sus" || a == "ustedes"))
	}
	return false
}

// withLeadEs put the lead in the meeting: "conmigo", "con nosotros".
var withLeadEs = textmatch.NewSet("conmigo", "nosotros", "juntos")

var otherDet = textmatch.NewSet("la", "el", "los", "las", "otra", "otro", "mi", "mis", "un", "una")

// conditionalSi reports a "si" in the two tokens before i that is "if"
// ("si me vuelven a llamar ..."), not an affirming "sí" written without
// its accent ("ahora sí llámame", "ya sí me pueden marcar").
func conditionalSi(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "si" {
			// ("¿y si mejor me dan un timbrazo?": a suggestion)
			if k+1 < len(toks) && toks[k+1] == "mejor" && k > 0 && toks[k-1] == "y" {
				return false
			}
			return k == 0 || !affirmSi.Has(toks[k-1])
		}
	}
	return false
}

var (
	// words before an affirming "sí": "ahora sí", "ya sí", "pues sí"
	affirmSi = textmatch.NewSet("ahora", "ya", "pues", "claro", "bueno", "ok", "eso", "ahorita", "hoy", "mañana", "manana")
	// what "llámame" says of the lead in an idiom: "llámame loca"
	esCallIdiom = textmatch.NewSet("loca", "loco", "exagerada", "exagerado", "anticuada", "anticuado", "paranoica", "paranoico",
		"chismosa", "chismoso", "tonta", "tonto", "ingenua", "ingenuo", "desconfiada", "desconfiado", "rara", "raro", "como")
	// who calls, named after "me llama": "el del banco", "la señora de"
	callerDet = textmatch.NewSet("el", "la", "los", "las", "mi", "un", "una", "alguien")
)

var (
	// esReturnVerbs give back a call or money: "que me regresen"
	esReturnVerbs = textmatch.NewSet("regrese", "regresen", "devuelva", "devuelvan", "regresa", "devuelve", "regreses", "devuelvas")
	// esMoneyBack is what is given back when it is no call: "uno de esos
	// cobros", "el dinero", "mi depósito"
	esMoneyBack = textmatch.NewSet("cobro", "cobros", "cargo", "cargos", "dinero", "plata", "deposito", "pago", "pagos", "uno", "reembolso", "diferencia", "lana", "feria")
)

// esPutOn are the verbs of putting someone on the lead: "no me pongan a
// un vendedor a llamarme".
var esPutOn = textmatch.NewSet("pongan", "ponga", "pongas", "manden", "mande", "mandes", "echen", "pasen")

var (
	// the verbs of dialling, which also tick a box
	esDialVerbs = textmatch.NewSet("marcas", "marca", "marcan", "marque", "marquen", "marcame", "marqueme", "marquenme")
	// what is ticked or marked on a form: "la opción", "la casilla"
	esTicked = textmatch.NewSet("opcion", "opciones", "casilla", "casillas", "cuadrito", "cuadro", "box", "checkbox", "x")
)

// askedOfOtherFirm: a past request to another firm, reported: "le dije a
// la otra aseguradora que me llamara pero nunca llamaron". A verb of
// telling or asking in the past and "otra", "otro" or "anterior" come in
// the eight tokens before the match.
func askedOfOtherFirm(t textmatch.Text, m textmatch.Match) bool {
	told, other := false, false
	for k := m.Start - 1; k >= 0 && k >= m.Start-8 && t.Toks[k] != textmatch.Break; k-- {
		told = told || esToldPast.Has(t.Toks[k])
		other = other || esOtherOne.Has(t.Toks[k])
	}
	return told && other
}

var (
	esToldPast = textmatch.NewSet("dije", "pedi", "dijimos", "pedimos", "dijo", "pidio", "avise", "avisamos", "solicite")
	esOtherOne = textmatch.NewSet("otra", "otro", "otras", "otros", "anterior")
)

// callTurnedDown reports a call the lead wishes for and turns down in
// the same breath: "por teléfono nos entenderíamos mejor, pero ahorita no
// puedo, sigamos por texto". A "pero" after the match, then "no puedo",
// "ahorita no", "can't" or texts kept ("mejor por teléfono, pero después
// del trabajo" still asks).
func callTurnedDown(t textmatch.Text, m textmatch.Match) bool {
	p := slices.Index(t.Toks[m.End:], "pero")
	if p < 0 {
		p = slices.Index(t.Toks[m.End:], "but")
	}
	if p < 0 {
		return false
	}
	rest := t.Toks[m.End+p:]
	for k, w := range rest {
		switch {
		case w == "cant" || w == "cannot" || w == "sigamos" || w == "texting":
			return true
		case w == "no" && k+1 < len(rest) && (rest[k+1] == "puedo" || rest[k+1] == "podemos"):
			return true
		case w == "ahorita" && k+1 < len(rest) && rest[k+1] == "no":
			return true
		case (w == "por" || w == "by") && k+1 < len(rest) && (rest[k+1] == "texto" || rest[k+1] == "mensaje" || rest[k+1] == "mensajes" || rest[k+1] == "text"):
			return true
		// "estoy en el trabajo", "ocupada", "no tengo tiempo", "mándenme
		// mensaje primero", "no contesto números desconocidos"
		case w == "ocupado" || w == "ocupada" || w == "busy" || w == "contesto":
			return true
		case w == "en" && k+2 < len(rest) && rest[k+1] == "el" && rest[k+2] == "trabajo":
			return true
		case w == "tengo" && k > 0 && rest[k-1] == "no" && k+1 < len(rest) && rest[k+1] == "tiempo":
			return true
		case (w == "mandenme" || w == "mandame" || w == "mandeme" || w == "escribanme" || w == "escribeme") && k+1 < len(rest) && (rest[k+1] == "mensaje" || rest[k+1] == "texto"):
			return true
		}
	}
	return false
}

// promisersNotSender promise a call that is not the sender's: the lead
// ("yo les iba a llamar") or the lead's own bank, lender or appraiser
var promisersNotSender = textmatch.NewSet("yo", "les", "banco", "tasador", "tasadora", "abogado", "abogada", "lender", "appraiser", "inspector",
	"contador", "contadora", "realtor", "prestamista", "notario", "notaria")

// esStaffWords name someone of the sender's to be connected with
var esStaffWords = textmatch.NewSet("adjuster", "ajustador", "ajustadora", "agente", "agent", "gerente", "jefe", "jefa", "asesor", "asesora",
	"persona", "senor", "senora", "muchacha", "muchacho", "supervisor", "supervisora", "manager", "representante", "guy", "lady", "vendedor", "vendedora", "encargado", "encargada")

// householdEs are the lead's family, whom the lead talks with
var householdEs = textmatch.NewSet("esposa", "esposo", "marido", "mujer", "mama", "papa", "hijo", "hija", "socio", "socia", "wife", "husband", "familia")

// voiceNotes are recorded messages, not calls: "te mando una nota de
// voz"; bankWords name the lead's own bank
var (
	voiceNotes = textmatch.NewSet("nota", "notas", "audio", "audios", "audito", "memo")
	bankWords  = textmatch.NewSet("banco", "bank")
)

// callPromised is a call promised to the lead: "me iba a llamar",
// "quedaron de marcarme", "was supposed to call me"
var callPromised = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "promised", Pattern: "iba|iban a llamar|llamarme|marcar|marcarme|hablarme / quedaron|quedo de marcarme|llamarme|hablarme|llamar|marcar / supposed to call|ring / said ~3 would|will|gonna call"},
})

// words the Spanish ask checks look for around a match, made once at
// package level: a set built inside a check interns its words after the
// text was read, and Text.HasAnyWord cannot see them
var (
	nobodyAnswers  = textmatch.NewSet("nadie", "contesta", "contestan", "responde", "responden")
	esComeWords    = textmatch.NewSet("venga", "vengan")
	esSeeVerbs     = textmatch.NewSet("ver")
	esCallWhen     = textmatch.NewSet("a", "at", "en", "manana", "hoy", "despues", "antes", "tomorrow", "today", "after", "before", "este", "el")
	esSendVerbs    = textmatch.NewSet("mande", "envie", "manden", "envien", "mandara")
	esInspectVerbs = textmatch.NewSet("revisar", "inspeccionar", "componer")
	esWorkers      = textmatch.NewSet("tecnico", "tech", "plomero", "instalador", "electricista")
)

// callOthers after "mejor una llamada a" name someone else to call: "a
// mi hermana primero"
var callOthers = textmatch.NewSet("hermana", "hermano", "esposo", "esposa", "mama", "papa", "banco", "abogado", "abogada", "hijo", "hija",
	"tia", "tio", "jefe", "jefa", "prima", "primo", "suegra", "suegro", "contador", "contadora")

// otherPlaces after "que me llamen de": where another party calls from.
var otherPlaces = textmatch.NewSet("alla", "alli", "ahi", "la", "los", "las", "mi", "su")

// esBillingWords make "¿me la pueden devolver?" money, not a call.
var esBillingWords = textmatch.NewSet("cobraron", "cobro", "cobran", "cargo", "cargaron", "dinero", "reembolso", "cobrado")

// sets the checks of stop 50's Spanish ask rules read, made once
var (
	esOwnPossessives = textmatch.NewSet("mi", "mis", "nuestro", "nuestra", "nuestros")
	esHadPast        = textmatch.NewSet("tuve", "tuvimos", "hubo", "tuvieron")
	esWhatWords      = textmatch.NewSet("que", "cual", "cuales")
)

// markedThings are what "márqueme" marks when it dials nobody: "márqueme
// la cita en el calendario"
var markedThings = textmatch.NewSet("cita", "calendario", "fecha", "casilla", "agenda", "opcion", "dia", "hora", "cuadrito", "x")

// formFill are a form filled in: "el número que tengo que poner en la
// aplicación"
var formFill = textmatch.NewSet("poner", "llenar", "escribir", "anotar", "aplicacion", "forma", "formulario", "put", "enter", "form")

// priceAdj make "número" a price: "un buen número", "el mejor número"
var priceAdj = textmatch.NewSet("buen", "mejor", "bonito", "justo", "good", "best")

// esWorkErrand send someone to do the work, not to talk: "al encargado
// de obra el lunes para medir"
var esWorkErrand = textmatch.NewSet("obra", "medir", "revisar", "empezar", "instalar", "arreglar", "trabajo", "destapar", "checar")

// esCallersTold are the subjects of a call told, not asked: "los
// clientes me llaman a mí directo"
var esCallersTold = textmatch.NewSet("clientes", "ellos", "ellas", "gente", "todos", "techs", "tecnicos", "customers", "iglesia", "escuela", "banco",
	"doctor", "clinica", "inquilinos", "inquilino", "inquilina", "tenants", "vecinos", "hijos", "cobradores", "bill", "collectors")

// textPings after "dame un toque" make it a ping by text.
var textPings = textmatch.NewSet("whatsapp", "mensaje", "mensajito", "texto", "text", "wasap", "correo", "email")

// touchOf after "un toque" make it a touch, not a ring: "un toque de
// color", "un toque final".
var touchOf = textmatch.NewSet("de", "final", "personal", "especial", "mas", "del")

// ownCallWords inside a relayed call make it the lead's own or refused:
// "déjeme hablarle", "can I llamarle", "no llamarle", "chance de".
var ownCallWords = textmatch.NewSet("i", "me", "yo", "dejeme", "dejame", "dejenme", "chance", "no", "primero")

// passImperatives ask for a number outright: "pásenme el cel de quien
// lleva lo de la casa".
var passImperatives = textmatch.NewSet("pasenme", "pasame", "paseme", "pasar", "denme", "dame", "deme")

// storySubjects tell of someone else passing a number along: "mi comadre
// me pasa el número".
var storySubjects = textmatch.NewSet("comadre", "compadre", "vecina", "vecino", "amiga", "amigo", "prima", "primo", "hermana", "hermano",
	"tia", "tio", "mama", "papa", "ella", "el", "esposo", "esposa", "jefe", "jefa")

// esSaysWords report what someone said ("mi esposo dice que habló...").
var esSaysWords = textmatch.NewSet("dice", "dijo", "dicen", "dijeron")

// esPastTimes place a talk in the past ("la semana pasada", "ayer").
var esPastTimes = textmatch.NewSet("pasada", "ayer", "pasado")

// othersPastTalk reports a talk someone of the lead's had, told in the
// preterite, which folds to the first person's present: "mi cuñado habló
// con un representante suyo la semana pasada" (not "yo hablo con
// quien sea").
func othersPastTalk(toks []string, i int) bool {
	if toks[i] != "hablo" {
		return false
	}
	k := i - 2
	if k >= 1 && toks[i-1] == "ya" {
		k--
	}
	return k >= 0 && esPossessives.Has(toks[k])
}

// (not "el" or "la": "el lunes hablo con el gerente" is the lead's)
var esPossessives = textmatch.NewSet("mi", "mis", "su", "sus", "tu")

// callBeforeArriving reports a call the one who comes makes on the way, a
// heads-up rather than a talk: "¿el técnico me llama antes de llegar?",
// "que me marquen antes de venir".
func callBeforeArriving(toks []string, ids []int32, m textmatch.Match) bool {
	e := m.End
	return m.Name == "es call me" && e+2 < len(toks) && toks[e] == "antes" && toks[e+1] == "de" && arrivingVerbs.Has(toks[e+2]) &&
		esCrew.HasAnyToken(toks, ids, 0, m.Start)
}

// esCrew are the people who come to do the work (not "llámeme antes de ir
// al banco": the lead's own errand).
var esCrew = textmatch.NewSet("tecnico", "tecnicos", "plomero", "electricista", "instalador", "instaladores", "muchacho", "muchachos",
	"trabajador", "trabajadores", "senor", "chofer", "inspector", "tech", "crew", "guy", "installer")

var arrivingVerbs = textmatch.NewSet("llegar", "venir", "pasar", "salir", "ir", "entrar")

// esOfferVerbs after "el número que me": a figure offered or paid, not a
// phone ("el número que me ofrecen por la casa").
var esOfferVerbs = textmatch.NewSet("ofrecen", "ofrece", "ofrecieron", "ofrecio", "dan", "da", "pagan", "paga", "darian", "pagarian", "ofrecerian")

// esToCall after "el número que me dan": the number given is to call
// ("el número que me dan para llamar").
var esToCall = textmatch.NewSet("llamar", "llamarles", "llamarlos", "marcar", "marcarles", "hablar", "call")

// esOtherPlaces after "el jefe del" name another business: "el jefe del
// banco me atienda".
var esOtherPlaces = textmatch.NewSet("banco", "hospital", "trabajo", "condado", "escuela", "gobierno", "ciudad", "clinica", "tienda", "cajero", "seguro", "municipio")

// esDeterminers stand before the one who calls: "cuando el contratista",
// "cuando mi asesor".
var esDeterminers = textmatch.NewSet("el", "la", "mi", "su", "tu", "los", "las", "mis")

// unneededAfter reports a meeting said, in its own clause, to be unneeded:
// "... no es necesario", "... no hace falta", "... is not necessary",
// "... isn't needed".
func unneededAfter(toks []string, end int) bool {
	stop := min(len(toks), end+5)
	if k := slices.Index(toks[end:stop], textmatch.Break); k >= 0 {
		stop = end + k
	}
	w := toks[end:stop]
	for i, x := range w {
		switch x {
		case "unnecessary", "innecesario", "innecesaria":
			return true
		case "no", "not", "isnt", "aint":
			if i+1 < len(w) && unneeded.Has(w[i+1]) || i+2 < len(w) && (w[i+1] == "es" || w[i+1] == "is" || w[i+1] == "hace" || w[i+1] == "really") && unneeded.Has(w[i+2]) {
				return true
			}
		}
	}
	return false
}

// unneeded words follow a negation in unneededAfter
var unneeded = textmatch.NewSet("necessary", "needed", "need", "necesario", "necesaria", "falta", "required", "hace")
