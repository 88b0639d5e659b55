package trigger

import (
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// What a pattern of [askMatcher] cannot say about itself is in askRules:
// per rule, the readings of a match that are not an ask (unless) and a
// condition the match must meet (require). Each exclusion names the
// reading it rules out, with an example where one is known, so the table
// reads as the list of look-alikes each ask has met; the predicates are
// small and guard their own bounds, so their order does not matter. The
// checks every rule shares (a negation, a past-auxiliary question) are in
// acceptAsk. A rule with no entry ("customer service", "not by text") has
// only those.

// askCheck is a predicate on a match of an ask rule.
type askCheck func(t textmatch.Text, m textmatch.Match) bool

// exclusion is a reading of a match that is not an ask.
type exclusion struct {
	why     string
	applies askCheck
}

// askRule holds the checks of one rule of askMatcher.
type askRule struct {
	unless  []exclusion
	require askCheck // when set, must hold
}

// wantSaidAfresh reports an ask that starts with its own subject and
// wish, unpunctuated after a refusal: "i dont want a chatbot i want
// customer service" (not "not that i want to talk to anyone", whose
// wish the refusal governs).
func wantSaidAfresh(toks []string, i int) bool {
	return i > 0 && i+1 < len(toks) && (toks[i] == "i" || toks[i] == "we") && wishVerbs.Has(toks[i+1]) && !governing.Has(toks[i-1])
}

var (
	wishVerbs = textmatch.NewSet("want", "wanna", "need", "needa")
	governing = textmatch.NewSet("that", "if", "think", "say", "said", "guess", "sure", "cuz", "because", "bc", "unless", "until", "til", "till", "when", "whether")
)

// acceptAsk applies the checks a pattern alone cannot express.
func acceptAsk(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	// ("im not good with texting can u call": the question "can u call"
	// starts afresh, unpunctuated, after the negated statement)
	if m.Name != "not by text" && m.Name != "you call" && negated(toks, t.IDs, m.Start, 6) && !(personRule[m.Name] && inabilityOnly(toks, m.Start, 6)) && !ifNotBefore(toks, m.Start) && !wantSaidAfresh(toks, m.Start) {
		return false
	}
	// "did someone from your office call me earlier?" asks about the past
	if cs := textmatch.ClauseStart(toks, m.Start); pastAux.HasToken(toks, t.IDs, cs) && !(cs+1 < len(toks) && (toks[cs+1] == "do" || toks[cs+1] == "can")) {
		return false // ("were do i ..." is a misspelt "where")
	}
	// ("she said she would speak with your manager at the closing":
	// someone of the lead's will talk)
	if forOthers(toks, t.IDs, m) || laterIf(&t) || reportedAdvice(toks, m) || botTest(toks, m) || maybeLaterForNow(&t) || futureForNow(&t, m) || processQuestion(toks, m) || howItGoes(t, m) || avoidsTalk(toks, t.IDs, m) || textmatch.CorrectedAtOnce(toks, m.End) || othersTalk(t, m) ||
		namesAThing(toks, m) {
		return false
	}
	r := askRuleOf(m)
	for _, x := range r.unless {
		if x.applies(t, m) {
			return false
		}
	}
	return r.require == nil || r.require(t, m)
}

var (
	// numbers that identify, not reach: "your NMLS number", "the policy
	// number"
	idNumbers = textmatch.NewSet("nmls", "license", "licence", "policy", "account", "claim", "case", "ticket", "order", "tracking",
		"reference", "confirmation", "routing", "member", "ein", "vin", "serial", "model", "permit", "parcel", "lot", "loan",
		"invoice", "dot", "tax", "registration", "poliza", "cuenta", "licencia")
	// "can u call", "please call": a request to call that must not name
	// whom to call
	pleaseCall = firstIs("can", "could", "would", "please")
	// a call verb first: "call me", "ring me", "phone me"
	callFirst = anyOf(firstIs("call"), firstIn(askCallvClass))
	// a preposition before the phone: "on the phone", "over a call"
	phonePrep = firstIs("on", "over", "by", "via", "thru", "through")
	// a stated preference: "prefer to talk", "easier to call"
	preferFirst = firstIs("prefer", "rather", "better", "easier")
)

// othersTalk reports a talk someone else of the lead's will have: "my
// landlord said he'd talk to your manager about the bill".
func othersTalk(t textmatch.Text, m textmatch.Match) bool {
	// ("hed talk", "shed talk" written without the apostrophe; not "they
	// could call me tomorrow": a call to the lead)
	if m.Start+1 < len(t.Toks) && (t.Toks[m.Start+1] == "me" || t.Toks[m.Start+1] == "us") {
		return false
	}
	return othersTalkVerbs.HasToken(t.Toks, t.IDs, m.Start) && (m.Start >= 2 && willWould.HasToken(t.Toks, t.IDs, m.Start-1) && thirdPersons.HasToken(t.Toks, t.IDs, m.Start-2) ||
		m.Start >= 1 && (t.Toks[m.Start-1] == "hed" || t.Toks[m.Start-1] == "shed" || t.Toks[m.Start-1] == "theyd"))
}

var othersTalkVerbs = textmatch.NewSet("talk", "speak", "chat", "meet")

// crewWords name the people who come to do the work: "tell the crew in
// person", a call when the tech gets here.
var crewWords = textmatch.NewSet("crew", "tech", "technician", "guy", "driver", "installer", "installers", "plumber", "electrician", "roofer", "contractor", "inspector")

// callOnArrivalOrNone reports a call refused inside the match or wanted
// only on arrival.
func callOnArrivalOrNone(t textmatch.Text, m textmatch.Match) bool {
	return textmatch.Negators.HasAnyToken(t.Toks, t.IDs, m.Start, m.End) || onArrival(t.Toks, m.End)
}

// onArrival reports "when he gets here|there", "when she arrives" within
// a few words after i: a call on arrival, a heads-up.
func onArrival(toks []string, i int) bool {
	for k := i; k+2 < len(toks) && k < i+6; k++ {
		if toks[k] != "when" && toks[k] != "once" && toks[k] != "cuando" {
			continue
		}
		// someone who comes to do the work arriving: not "call me when
		// you get home", "when he gets home, he needs to hear this", "once
		// the paperwork arrives"
		if leadOrSender.Has(toks[k+1]) || !slices.ContainsFunc(toks[:k], crewWords.Has) {
			continue
		}
		// ("when you get this", "when you get a chance" are no arrival)
		for j := k + 2; j <= k+3 && j < len(toks); j++ {
			if arrives.Has(toks[j]) && (arrivalOnly.Has(toks[j]) || j+1 < len(toks) && arrivalPlaces.Has(toks[j+1])) {
				return true
			}
		}
	}
	return false
}

var willWould = textmatch.NewSet("would", "will", "could", "can", "should")

var leadOrSender = textmatch.NewSet("you", "u", "yall", "ya", "i", "we", "im", "usted", "ustedes")

var (
	arrives       = textmatch.NewSet("gets", "get", "arrives", "arrive", "pulls", "llegue", "lleguen", "shows")
	arrivalOnly   = textmatch.NewSet("arrives", "arrive", "llegue", "lleguen")
	arrivalPlaces = textmatch.NewSet("here", "there", "home", "up", "in", "outside", "aqui", "alla")
	// habitAdverbs stand between a third subject and its call: "who
	// just phone me", "they always call me"
	habitAdverbs = textmatch.NewSet("just", "always", "usually", "still", "normally", "often", "sometimes", "never", "all", "also", "typically")
	askModals    = textmatch.NewSet("can", "could", "would", "will", "please", "pls", "cant", "couldnt")
)

// passedOnTo name who a number is passed on to: "give your number to my
// neighbor".
var passedOnTo = textmatch.NewSet("my", "a", "her", "him", "them", "our", "mi", "his", "their", "friends", "neighbors")

// thirdPersons are someone other than the lead, as a subject: "my wife
// would rather say it out loud".
var thirdPersons = textmatch.NewSet("wife", "husband", "he", "she", "they", "son", "daughter", "mom", "dad", "partner", "boss", "esposa", "esposo")

// ownChannels are the lead's own ways to be reached: "send your number
// to my email".
var ownChannels = textmatch.NewSet("email", "cell", "phone", "inbox", "number", "whatsapp", "correo")

// callsBeforeComing: a question how the visit works, "do you guys call
// before you show up?", "does the tech call first?".
var callsBeforeComing = allOf(beforeIn(4, textmatch.NewSet("do", "does")),
	anyOf(nextIn(textmatch.NewSet("before", "first", "ahead", "beforehand", "prior")), spanHas("before", "first", "ahead", "beforehand", "prior")))

// onTheWay: a heads-up when the crew is coming ("can the tech text me
// when he's on the way?", "cuando esté on the way"), not a call asked
// for.
func onTheWay(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	when := false
	for k := m.End; k+2 < len(toks) && k < m.End+8; k++ {
		when = when || toks[k] == "when" || toks[k] == "cuando" || toks[k] == "once"
		if !when {
			continue
		}
		if toks[k] == "on" && (toks[k+1] == "the" || toks[k+1] == "his" || toks[k+1] == "her" || toks[k+1] == "their") && toks[k+2] == "way" {
			return true
		}
		if toks[k] == "en" && toks[k+1] == "camino" {
			return true
		}
	}
	return false
}

// privateMatter names what a lead keeps to themselves
var privateMatter = textmatch.NewSet("personal", "private", "privado", "privada", "personales").Gated()

// haggleWords make "your best number" a price: "meet me at 175 and it's a
// deal".
var (
	// a door rung, not a phone
	doorWords = textmatch.NewSet("bell", "doorbell", "buzzer", "door", "gate", "intercom")
	// offices of others whose number the lead passes on
	otherOffices = textmatch.NewSet("hoa", "county", "city", "bank", "escrow", "clinic", "pharmacy", "school", "dmv", "courthouse", "utility").Gated()
)

// numberChanged after "I want his number": a record changed, not a
// number asked for.
var numberChanged = textmatch.NewSet("updated", "changed", "on", "removed", "blocked", "corrected", "fixed", "added", "in", "off", "taken", "deleted")

// revisionWords name what may change an offer: "the inspector said the
// foundation's fine, so what's your new number?"
var revisionWords = textmatch.NewSet("inspector", "inspection", "appraisal", "appraiser", "appraised", "foundation", "repairs", "comps", "estimate").Gated()

var haggleWords = textmatch.NewSet("deal", "offer", "price", "cash", "counter", "meet", "trato", "oferta", "precio").Gated()

// callWithOwn reports a call the match names that is with someone of the
// lead's own: "get on a call with my lender first", "hop on the phone
// with our accountant".
func callWithOwn(t textmatch.Text, m textmatch.Match) bool {
	return m.End+1 < len(t.Toks) && (t.Toks[m.End] == "with" || t.Toks[m.End] == "w" || t.Toks[m.End] == "con") && ownPossessive.Has(t.Toks[m.End+1])
}

var ownPossessive = textmatch.NewSet("my", "our", "his", "her", "their", "mi", "mis", "nuestro", "nuestra")

// figureWords name a figure that "the real one" may be: "not the ad
// rate, the real one"
var figureWords = textmatch.NewSet("rate", "rates", "price", "prices", "number", "numbers", "quote", "quotes", "offer", "apr", "premium", "payment", "fee", "cost").Gated()

// yesCallTail may follow "sure, call" in the same clause: "sure call
// now", "ok call anytime"
var yesCallTail = textmatch.NewSet("now", "anytime", "whenever", "today", "tomorrow", "tmrw", "later", "pls", "please", "porfa", "ahorita", "asap", "away")

// hopWith name, after "hop on a call", who the call is with: "hop on the
// phone with someone", "get on a call with whoever does pricing"
var hopWith = textmatch.NewSet("someone", "somebody", "your", "ur", "whoever", "you", "yall")

var ownMeetingWith = spanHas("my", "our", "his", "her", "their")

// sitWithThem reports the match "sit down with her|him".
func sitWithThem(t textmatch.Text, m textmatch.Match) bool {
	return t.Toks[m.Start] == "sit" && (t.Toks[m.End-1] == "her" || t.Toks[m.End-1] == "him")
}

// atTheBusiness reports a person asked about at the business: "is Linda
// still over there?", "does Mike still work there?", "is she still with
// you guys?".
func atTheBusiness(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i] == "still" && (toks[i+1] == "there" || toks[i+1] == "over" || toks[i+1] == "with" || toks[i+1] == "work" || toks[i+1] == "works") {
			return true
		}
	}
	return false
}

// othersWantTalk reports a wish to talk of someone outside the
// household, told in the clause before the match: "my neighbor wants
// to", "mi jefe quiere" (see wantedByOther).
func othersWantTalk(t textmatch.Text, m textmatch.Match) bool { return wantedByOther(t.Toks, m.Start) }

// wantedByOther reports a want verb in the eight words before i, in its
// clause, whose subject is someone outside the household, with no first
// person between: "my neighbor saw your truck and wants [to talk]".
func wantedByOther(toks []string, i int) bool {
	for k := i - 1; k >= textmatch.ClauseStart(toks, i) && k >= i-8; k-- {
		if leadSubjects.Has(toks[k]) {
			return false
		}
		if othersWantVerbs.Has(toks[k]) {
			for j := k - 1; j >= 0 && j >= k-8 && toks[j] != textmatch.Break; j-- {
				if leadSubjects.Has(toks[j]) {
					return false
				}
				if wantersOther.Has(toks[j]) {
					return true
				}
			}
		}
	}
	return false
}

// othersWishToTalk reports the wish to talk of someone outside the
// household told in t: "my neighbor wants to talk to someone", "mi jefe
// quiere hablar con su agente". The model's ask is vetoed on it; an ask
// of the lead's own the rules read still stands.
func othersWishToTalk(t textmatch.Text) bool {
	for i, id := range t.IDs {
		if wishTalkWords.HasID(id) && wantedByOther(t.Toks, i) {
			return true
		}
	}
	return false
}

var wishTalkWords = textmatch.NewSet("talk", "speak", "chat", "hablar", "platicar")

var (
	// the lead as a subject ("my place" is no subject)
	leadSubjects    = textmatch.NewSet("i", "im", "me", "we", "yo", "nosotros", "id")
	othersWantVerbs = textmatch.NewSet("wants", "wanted", "quiere", "quieren", "queria", "needs", "would")
	// people outside the household: a household member's wish to talk is
	// an ask for them ("my husband wants to talk to someone first")
	wantersOther = textmatch.NewSet("neighbor", "neighbour", "neighbors", "boss", "friend", "friends", "coworker", "coworkers", "buddy",
		"jefe", "jefa", "vecino", "vecina", "vecinos", "amigo", "amiga", "companero", "companera",
		// "my doctor wants to speak with me about my test results"
		"doctor", "doc", "dentist", "lawyer", "attorney", "pastor", "teacher", "nurse", "doctora", "abogado", "maestra")
)

var (
	// esWhenWords after an article say when, not who: "que le llamen el
	// lunes"
	esWhenWords = textmatch.NewSet("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "dia", "fin", "proximo",
		"proxima", "semana", "mes", "tarde", "manana", "noche", "otro", "otra", "sabados", "domingos", "dias", "fines", "tardes", "mananas",
		"noches", "semanas")
)

// extendedThings after "the extension for|to" make it a term or a
// building's addition, not a phone's: "the rate lock", "the kitchen"
var extendedThings = textmatch.NewSet("rate", "lock", "closing", "deadline", "cost", "lease", "contract", "date", "kitchen", "deck", "porch",
	"room", "garage", "addition", "bathroom", "patio", "permit", "filing", "tax", "taxes", "cord", "run")

// forSomeoneElse name a number asked for to give it on: "es para
// dárselo a mi cuñado"
var forSomeoneElse = textmatch.NewSet("darselo", "darsela", "pasarselo", "pasarsela", "mandarselo", "mandarsela")

// ifNotBefore reports "if not" ("otherwise") opening the clause of i, a
// few tokens before it: "is this a real person? if not I need to talk to
// one" asks; its "not" negates nothing after it.
func ifNotBefore(toks []string, i int) bool {
	cs := textmatch.ClauseStart(toks, i)
	return i-cs <= 4 && cs+1 < i && (toks[cs] == "if" || toks[cs] == "si") && (toks[cs+1] == "not" || toks[cs+1] == "no")
}

// senderPossessive name the sender's: "from your underwriter", "to your
// manager"
var senderPossessive = textmatch.NewSet("your", "ur", "yall", "you")

// whenFrom are the times a call owed is from: "the callback from
// Tuesday", "from yesterday", "from last week", "from this morning".
var whenFrom = textmatch.Union([]textmatch.Set{textmatch.Weekdays, textmatch.WeekdayAbbrevs, textmatch.Dias},
	"yesterday", "last", "this", "earlier", "before", "today", "ayer")

// sendersStaff after "the" are the sender's people: "the call back from
// the agent you promised"
var sendersStaff = textmatch.NewSet("agent", "adjuster", "underwriter", "rep", "representative", "manager", "office", "team", "specialist")

// escalateTo are whom an escalation reaches at the sender's
var escalateTo = textmatch.NewSet("someone", "somebody", "supervisor", "manager", "management", "corporate", "a", "office", "branch", "store", "showroom")

// missedWords name a call the lead missed
var missedWords = textmatch.NewSet("missed", "perdi")

// mealWords: "que lo llamen a cenar" calls to the table
var mealWords = textmatch.NewSet("cenar", "comer", "almorzar", "desayunar", "mesa")

// callKinds name a call that is no ask to talk: "the service call"
var callKinds = textmatch.NewSet("service", "sales", "conference", "cold", "robo", "spam", "trip", "chain", "prayer", "church")

// askRuleOf returns the checks of the rule of askMatcher that made m:
// askRules[m.Name], read by the rule's index (see askRulesByIndex).
func askRuleOf(m textmatch.Match) *askRule {
	if uint(m.Rule) < uint(len(askRulesByIndex)) {
		if r := askRulesByIndex[m.Rule]; askMatcher.Name(m.Rule) == m.Name {
			return r
		}
	}
	r := askRules[m.Name]
	return &r
}

// askRulesByIndex holds askRules by the index of each rule of askMatcher
// (an empty askRule for a rule without checks), so that a match finds
// its checks without a lookup of its name.
var askRulesByIndex = func() []*askRule {
	by := make([]*askRule, askMatcher.Len())
	for i := range by {
		r := askRules[askMatcher.Name(i)]
		by[i] = &r
	}
	return by
}()

var askRules = map[string]askRule{
	// stop 53's Spanish asks in this matcher
	"es call for kin": {unless: []exclusion{
		{"the lead's own call, or a call refused: 'porfa déjeme hablarle a mi esposo primero', 'can I llamarle a mi abuela first', 'favor de no llamarle a mi mamá'", func(t textmatch.Text, m textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks[m.Start:m.End], ownCallWords.Has)
		}},
		{"a referral, not the lead's ask: 'mi vecina también pide que alguien le llame, ¿le paso su número?'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.Before(t.Toks, m.Start, 4, alsoWords) || textmatch.ContainsSeq(t.Toks[m.End:], "le", "paso") || textmatch.ContainsSeq(t.Toks[m.End:], "su", "numero")
		}},
	}},
	"es whose number": {unless: []exclusion{
		{"a story, not a request: 'mi comadre me pasa el número de quien le maneja las rentas' (asked: '¿me pasan...?', 'pásenme...')", func(t textmatch.Text, m textmatch.Match) bool {
			return !slices.ContainsFunc(t.Toks[m.Start:m.End], passImperatives.Has) && m.Start > 0 && !slices.Contains(t.Toks[max(0, m.Start-3):m.Start], "pueden") &&
				textmatch.Before(t.Toks, m.Start, 4, storySubjects)
		}},
	}},
	// the Spanish asks of askMatcher (stop 51): someone sent to do the
	// work, a complaint told, "dame una voz" as "let me know"
	"es put through": {unless: []exclusion{
		{"someone sent to do the work: 'manden al encargado de obra el lunes para medir'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 4, esWorkErrand)
		}},
		{"told, not asked: 'lo que me pasa con el muchacho es que nunca llega'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.Before(t.Toks, m.Start, 2, textmatch.NewSet("que", "lo"))
		}},
	}},
	"es that person": {unless: []exclusion{
		{"'dame una voz cuando...' is 'let me know': 'dame una voz cuando esté el presupuesto', 'cuando esté listo, dame una voz'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.End-1] == "voz" && (m.End < len(t.Toks) && (t.Toks[m.End] == "cuando" || t.Toks[m.End] == "si") || textmatch.Before(t.Toks, m.Start, 8, textmatch.NewSet("cuando")))
		}},
	}},
	"call owed": {unless: []exclusion{
		{"another's call: 'still waiting on the call from my lender' (not 'from your underwriter')", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			k := m.End
			if k < len(toks) && toks[k] == "back" {
				k++ // "the call back from my lender"
			}
			// ("from the agent you promised": the sender's)
			// ("still waiting on that callback from Tuesday": a time)
			return k+1 < len(toks) && toks[k] == "from" && !senderPossessive.Has(toks[k+1]) && !whenFrom.Has(toks[k+1]) &&
				!(toks[k+1] == "the" && k+2 < len(toks) && sendersStaff.Has(toks[k+2]))
		}},
	}},
	"hear me out": {unless: []exclusion{
		{"escalated or gone to someone else: 'I'll escalate it to my attorney', 'escalated to the city', 'go in person to the bank'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			k := m.End
			if toks[m.End-1] == "to" {
				k = m.End - 1
			}
			return k+1 < len(toks) && toks[k] == "to" && !senderPossessive.Has(toks[k+1]) && !escalateTo.Has(toks[k+1])
		}},
	}},
	"call again": {require: func(t textmatch.Text, _ textmatch.Match) bool {
		// a call of the sender's missed: "I missed a call de ustedes" (not
		// "the appraiser missed the appointment")
		if !t.HasAnyWord(missedWords) {
			return false
		}
		for k, w := range t.Toks {
			if missedWords.Has(w) && textmatch.After(t.Toks, k, 3, callNouns) {
				return true
			}
		}
		return false
	}},
	"direct line": {unless: []exclusion{
		{"a term's or a room's extension: 'what's the extension for the rate lock going to cost?', 'the extension to the kitchen'", func(t textmatch.Text, m textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks[m.End:textmatch.ClauseEnd(t.Toks, m.End)], extendedThings.Has)
		}},
	}},
	// "does anybody over there pick up a phone?" (not "lol does anybody
	// pick up the phone anymore? my own kids don't. anyway text is fine")
	"anyone answer": {unless: []exclusion{{"texts preferred: '... anyway text is fine'", prefersTexts}, {"another place's phones: 'does anybody at the HOA pick up a phone?', 'is there anybody who picks up the phone at the title company?'", func(t textmatch.Text, m textmatch.Match) bool {
		toks := t.Toks
		for k := m.Start; k+1 < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
			if (toks[k] == "at" || toks[k] == "in") && toks[k+1] != "your" && toks[k+1] != "ur" && toks[k+1] != "yall" && toks[k+1] != "you" {
				return true
			}
		}
		return false
	}}}},
	// ("ring the bell and ask for Nev", "dial 555-0188 and ask for billing,
	// that's the HOA office": a door, or someone else's office)
	"ring and ask for": {unless: []exclusion{{"a door or another office", func(t textmatch.Text, m textmatch.Match) bool {
		return slices.ContainsFunc(t.Toks[m.Start:m.End], doorWords.Has) || t.HasAny(otherOffices)
	}}}, require: func(t textmatch.Text, m textmatch.Match) bool {
		// "Ring 555-0199 and ask for Nev": an order, opening its clause
		// (not "I'll call tomorrow and ask for the manager")
		return m.Start == 0 || t.Toks[m.Start-1] == textmatch.Break || t.Toks[m.Start-1] == "please" || t.Toks[m.Start-1] == "just" || t.Toks[m.Start-1] == "pls"
	}},
	// "Who's my rep? I want their cell": the sender's person named before
	// (not "I want his number updated on the file")
	"their number": {unless: []exclusion{{"a number changed, not asked for: 'I want his number updated on the file'", nextIn(numberChanged)}}, require: func(t textmatch.Text, m textmatch.Match) bool {
		// ("you want her number?", "want his number?": a number offered)
		toks := t.Toks
		if m.Start > 0 && (toks[m.Start-1] == "you" || toks[m.Start-1] == "u" || toks[m.Start-1] == "ya" || toks[m.Start-1] == "yall") ||
			textmatch.ClauseStart(toks, m.Start) == m.Start && t.Quests > 0 {
			return false
		}
		return slices.ContainsFunc(toks[:m.Start], askPersonClass.Has) && !slices.ContainsFunc(toks[:m.Start], ownPersonNouns.Has)
	}},
	"talk to one": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// "one" stands for a person named before: "is this a real person?
		// if not I need to talk to one"
		return slices.ContainsFunc(t.Toks[:m.Start], askPersonClass.Has)
	}},
	"not by text": {unless: []exclusion{
		{"another way that is no person named: 'is there a secure upload link?', 'a form I can fill out'", func(t textmatch.Text, _ textmatch.Match) bool { return t.HasAny(otherWays) }},
		{"the phone refused too: 'not by phone either'", func(t textmatch.Text, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(t.Toks, "phone", "either") || textmatch.ContainsSeq(t.Toks, "call", "either")
		}},
		{"the sender's limit accepted: 'I get that you can't quote rates over text'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.Start > 0 && senderPronoun.Has(t.Toks[m.Start-1])
		}},
		{"a private matter kept back: 'personal stuff, rather not get into it over text'", func(t textmatch.Text, _ textmatch.Match) bool {
			return t.HasAny(privateMatter)
		}},
		{"someone else's habit told, no call asked: 'he's old school, he doesn't like talking money over text'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.Before(t.Toks, m.Start, 3, heShe) && !t.HasAny(callAsked)
		}},
	}},
	"meet person": {unless: []exclusion{
		{"the lead's own plan with someone else: 'I'm meeting with a realtor Friday'", meetingOther},
		{"the lead busy in a meeting: 'in a meeting with the site manager til 3, text me after'", inAMeeting},
		{"the lead's own meeting, already booked: 'is my meeting with the agent still on?'", ownBooking},
		{"someone else meets: 'the landlord will meet the plumber', 'our IT person needs to meet with your security team'", othersMeet},
		{"the lead's own team meeting: 'before our Monday staff meeting with the crew leads'", ownTeamMeeting},
		{"the lead's own company's, or the lead's own sit-down: 'I'll sit down with the owner of my company', 'I'll sit down with the owner this week and get back to you'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "sit" && (textmatch.ContainsSeq(t.Toks[m.End:min(len(t.Toks), m.End+3)], "of", "my") ||
				// ("I'll sit down with you guys whenever works" asks)
				m.Start+3 < len(t.Toks) && t.Toks[m.Start+3] == "the" && textmatch.Before(t.Toks, m.Start, 3, laterOpeners))
		}},
		{"the lead's own adviser: 'I'll go over it with someone at my bank before I decide'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "go" && (textmatch.After(t.Toks, m.End-1, 2, ownAdviserNext) || textmatch.Before(t.Toks, m.Start, 3, laterOpeners))
		}},
	}},
	"call principal": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// someone of the sender's calls: "he wants you guys to call him",
		// "have your estimator call his cell"
		return forPrincipal(t.Toks) && textmatch.Before(t.Toks, m.Start, 5, callerWords)
	}},
	// "sure, call" ends its clause: "ok call Mark about it" calls someone
	// else, "ok call me" is another rule's
	"yes call": {require: callEndsClause},
	// "can u call" ends its clause too: "can you call the inspector"
	// calls someone else
	"you call": {require: callEndsClause},
	"hop on a call": {unless: []exclusion{{"a call with the lead's own: 'hop on the phone with our accountant'", callWithOwn}}, require: func(t textmatch.Text, m textmatch.Match) bool {
		// "a sales guy i can just hop on the phone w", "hop on a call
		// with someone"
		return textmatch.Before(t.Toks, m.Start, 6, askPersonClass) ||
			textmatch.After(t.Toks, m.End, 3, hopWith)
	}},
	"come talk": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// "I'd like somebody from the company to come out and talk"
		return textmatch.Before(t.Toks, m.Start, 5, askPersonClass)
	}, unless: []exclusion{
		{"someone else comes: 'the landlord will come by and talk to the tenant'", func(t textmatch.Text, m textmatch.Match) bool {
			return othersMeet(t, m) && !textmatch.Before(t.Toks, m.Start, 5, textmatch.NewSet("someone", "somebody", "your", "ur"))
		}},
	}},
	"call me": {unless: []exclusion{
		{"someone else's promise told: 'El roofer dijo que me iba a call back y nunca lo hizo' (blind75, stop 73)", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			// (the call itself told: not "my mom says she'd rather someone
			// from your office rings her")
			return m.Start >= 3 && (toks[m.Start-1] == "a" || toks[m.Start-1] == "would" || toks[m.Start-1] == "will") && toldCall.Has(toks[m.Start]) &&
				textmatch.Before(toks, m.Start, 5, reportVerbs) && textmatch.Before(toks, m.Start, 3, promiseWords)
		}},
		{"a call on arrival: 'if the guy needs to call me when he gets there that's fine, otherwise text is best'", func(t textmatch.Text, m textmatch.Match) bool {
			return onArrival(t.Toks, m.End)
		}},
		{"a call refused or praised, not asked for: 'I'd prefer if you didn't call me at work', 'the best part is when your team calls me back'", func(t textmatch.Text, m textmatch.Match) bool {
			w := t.Toks[m.Start]
			if w != "best" && w != "better" && w != "easiest" && w != "prefer" {
				return false
			}
			return slices.ContainsFunc(t.Toks[m.Start:m.End], textmatch.Negators.Has) || m.Start+1 < len(t.Toks) && t.Toks[m.Start+1] == "part"
		}},
		{"the sender's own words quoted: 'your automated reminder said to call us with questions, but I figured I'd just ask here'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return toks[m.End-1] == "us" && m.Start >= 2 && toks[m.Start-1] == "to" && saidWords.Has(toks[m.Start-2]) &&
				textmatch.Before(toks, m.Start-2, 4, senderNotices)
		}},
		{"reachable, texts preferred: 'you can reach me at this number anytime, texts are best'", allOf(spanHas("reach"), prefersTexts)},
		{"narrates a past call or talk: 'the last company made me talk to four people', 'we had a great call with your rep last week'", narrates},
		{"a call handled by software: 'how does your API handle a call when the webhook times out?'", beforeIn(2, textmatch.NewSet("handle", "handles", "route", "routes", "log", "logs", "drop", "drops", "record", "records", "transcribe", "transcribes"))},
		{"a visit billed as a call: '$95 for the service call when it broke', 'a sales call'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "call" && m.Start > 0 && callKinds.Has(t.Toks[m.Start-1])
		}},
		{"the gate, not a call: 'buzz me in at the gate'", allOf(firstIs("buzz"), nextIs("in"))},
		{"a name given: 'call me Tess, everyone does'", func(t textmatch.Text, m textmatch.Match) bool {
			// (across the comma: "call me Tess lang, everyone does")
			for k := m.End; k < len(t.Toks) && k < m.End+5; k++ {
				if namingCrowd.Has(t.Toks[k]) {
					return k+1 < len(t.Toks) && (t.Toks[k+1] == "does" || t.Toks[k+1] == "do" || t.Toks[k+1] == "did" || t.Toks[k+1] == "calls")
				}
			}
			return false
		}},
		{"someone else of the lead's calls: 'my supervisor will call me if they need me to come in', 'My attorney is going to call me tomorrow'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			if toks[m.Start] != "call" || m.Start < 2 {
				return false
			}
			return toks[m.Start-1] == "will" && leadsOwnCallers.Has(toks[m.Start-2]) ||
				m.Start >= 5 && toks[m.Start-1] == "to" && toks[m.Start-2] == "going" && toks[m.Start-3] == "is" &&
					leadsOwnCallers.Has(toks[m.Start-4]) && ownPeople.Has(toks[m.Start-5])
		}},
		{"called in to work by the lead's boss: 'sorry my manager call me in, brb'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return toks[m.End-1] == "me" && m.End < len(toks) && toks[m.End] == "in" && (m.End+1 == len(toks) || toks[m.End+1] == textmatch.Break) &&
				m.Start > 0 && (leadsOwnCallers.Has(toks[m.Start-1]) || m.Start > 1 && toks[m.Start-1] == "just" && leadsOwnCallers.Has(toks[m.Start-2]))
		}},
		{"one of the lead's own or another office will call: 'Our IT guy will call me after he reviews the report', 'The man from the county will phone me about the permit', 'My husband will give you a call tomorrow'", othersWillCall},
		{"how it is done, asked: 'does an agent come out to the house, or is it all remote?'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Quests > 0 && m.Start >= 2 && (t.Toks[m.Start-2] == "does" || t.Toks[m.Start-2] == "do") && (t.Toks[m.Start-1] == "an" || t.Toks[m.Start-1] == "a" || t.Toks[m.Start-1] == "the")
		}},
		{"a prayer, not a call: 'when in doubt, call on the Lord'", func(t textmatch.Text, m textmatch.Match) bool {
			// (only "call on|upon" the divine: not "call me, God bless")
			k := slices.IndexFunc(t.Toks[m.Start:min(len(t.Toks), m.End+1)], func(w string) bool { return w == "on" || w == "upon" })
			return k >= 0 && slices.ContainsFunc(t.Toks[m.Start+k:min(len(t.Toks), m.Start+k+4)], divine.Has)
		}},
		{"a joke taken back at once: 'call me maybe, just kidding, texting is fine' (a bare 'jk' is a laugh, read as a break)", func(t textmatch.Text, m textmatch.Match) bool {
			// (across an emoji's break, not after "not": "not kidding")
			for k, n := m.End, 0; k < len(t.Toks) && n < 5; k++ {
				if t.Toks[k] == textmatch.Break {
					continue
				}
				if jokeTakenBack.Has(t.Toks[k]) {
					// (not "I'm not even kidding", "you gotta be kidding";
					// "kidding, don't" takes it back as a clause of its own)
					return jokeOpeners.Has(t.Toks[k-1]) || t.Toks[k-1] == textmatch.Break && refusedNext(t.Toks, k+1)
				}
				n++
			}
			return false
		}},
		{"waiting on someone else's call: 'still waiting on the adjuster to even call me back'", waitingOnCall},
		{"the lead will call: 'I'll give you a call sometime next month'", leadWillCall},
		{"calling around or calling in oneself: 'I'll have my accountant call around', 'a fee if I call in to cancel?'", func(t textmatch.Text, m textmatch.Match) bool {
			for k := m.Start; k < m.End; k++ {
				if t.Toks[k] != "call" || k+1 >= len(t.Toks) {
					continue
				}
				if t.Toks[k+1] == "around" || t.Toks[k+1] == "in" && k > 0 && (t.Toks[k-1] == "i" || t.Toks[k-1] == "we") {
					return true
				}
			}
			return false
		}},
		{"a name given or asked: 'call me captain', 'id like you to call me danny', 'what should i call you'", namesSomeone},
		{"an idiom: 'call me a cab', 'call me crazy'", callMeIdiom},
		{"dials someone else: 'could you call grandma'; only a time or politeness may follow 'can u call'", allOf(pleaseCall, nextOutside(askCallmeClass))},
		{"a third party's line: 'could you ring my cousin' ('my' names the lead's own line only before cell, phone, number...)", allOf(pleaseCall, ringsMyOther)},
		{"the noun, not the verb: 'smart call on the roof', 'your call'", allOf(firstIn(askCallvClass), prevIn(callNoun))},
		{"a decision, not a phone call: 'i make the call on this'", decisionCall},
		{"a call the lead is busy with: 'I have to step into a call in about twenty minutes', 'just got out of a call'", func(t textmatch.Text, m textmatch.Match) bool {
			k := m.Start
			// ("have a call at 0500 for formation" is busy; "could we have a
			// call this week?" asks)
			if t.Toks[k] == "call" && k >= 2 && (t.Toks[k-1] == "a" || t.Toks[k-1] == "another") && haveWords.Has(t.Toks[k-2]) {
				return k+1 < len(t.Toks) && (t.Toks[k+1] == "at" || t.Toks[k+1] == "in" || t.Toks[k+1] == "for")
			}
			return t.Toks[k] == "call" && k >= 2 && (t.Toks[k-1] == "a" || t.Toks[k-1] == "another") && busyWithCall.Has(t.Toks[k-2])
		}},
		{"a third subject makes it a report, not a request", prevIn(thirdSubject)},
		{"the lead's own people who call, told of: 'our producers call me every time the renewal list breaks' (blind60, stop 67)", ownCallersTold},
		{"a third subject before an adverb of habit: 'repeat folks who just phone me every fall'", func(t textmatch.Text, m textmatch.Match) bool {
			// ("can they just call me instead?" asks)
			return m.Start >= 2 && habitAdverbs.Has(t.Toks[m.Start-1]) && thirdSubject.HasToken(t.Toks, t.IDs, m.Start-2) &&
				!textmatch.Before(t.Toks, m.Start, 5, askModals)
		}},
		{"the lead will call someone else: 'ill call my lender', 'to call back my mom'", leadCallsOther},
		{"someone's instruction told of: 'she said leave a voicemail if I don't pick up and she'd call back'", func(t textmatch.Text, m textmatch.Match) bool {
			first := t.Toks[m.Start]
			return (first == "voicemail" || first == "vm" || first == "pick" || first == "answer") && textmatch.Before(t.Toks, m.Start, 5, reportVerbs)
		}},
		{"others' calls told of: 'my old agent used to call me every single week', 'ur the 4th company to call me this week'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			if m.Start < 2 || toks[m.Start-1] != "to" {
				return false
			}
			p := toks[m.Start-2]
			return p == "used" || callerNouns.Has(p) && m.Start >= 3 && (ordinalWord(toks[m.Start-3]) || toks[m.Start-3] == "another" || toks[m.Start-3] == "only")
		}},
		{"on duty: 'on call at the clinic'", prevIs("on")},
		{"asks how the crew works: 'does the crew call before they show up?'", callsBeforeComing},
		{"a heads-up on the way: 'can the tech text me when he's on the way instead of calling?'", onTheWay},
		{"someone else's promise: 'the contractor said he'd call me back'", othersPromise},
		{"the sender's habit reported: 'my tío said y'all call back super fast'", allOf(prevIn(textmatch.NewSet("yall", "you", "u", "they", "all")), beforeIn(5, textmatch.NewSet("said", "says", "heard", "told", "dijo", "dice")))},
		{"asks about a past call: 'why did u call me at 7am'", beforeIn(3, textmatch.NewSet("did", "didnt"))},
		{"a call in progress or a feature: 'how many users can be on a call at once'", onACall},
		{"an idiom after the match: 'call me crazy'", allOf(callFirst, lastIs("me"), nextIn(callIdiom), func(t textmatch.Text, m textmatch.Match) bool { return !spanishHour(t.Toks, m.End) })},
		{"calls someone of the lead's own: 'call back my mom', 'on call'; after back, this, at, on or in a first person or a time must follow", allOf(callFirst, lastIs("back", "this", "at", "on", "in"), nextIn(ownPeople))},
		{"calls a friend: 'call my friend'; 'my' must name the lead's own line (cell, phone, number...)", allOf(callFirst, lastIs("my"), nextNotIn(litAsk0), func(t textmatch.Text, m textmatch.Match) bool {
			return !householdOnThisLine(t.Toks, m.End-1)
		})},
		{"'call this' must name the lead's number, phone or cell", allOf(callFirst, lastIs("this"), nextNotIn(litAsk1))},
	}},
	"by telephone": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// asked or wished, not told: not "we talk by phone every week"
		// (a question, or a wish before it)
		return t.Quests > 0 || textmatch.Before(t.Toks, m.Start, 6, wishAsk)
	}},
	"your people here": {unless: []exclusion{
		{"a visit refused or told: 'we don't need one of your guys out here'", beforeIn(4, textmatch.NewSet("dont", "not", "never", "no"))},
		{"a visit of the past: 'you sent one of your guys out last month'", anyOf(spanHas("sent"), afterIn(8, textmatch.NewSet("already", "last", "yesterday", "ago")), beforeIn(4, textmatch.NewSet("already")))},
	}},
	"ring the house": {unless: []exclusion{
		{"someone else rang: 'the inspector will call the house first'", func(t textmatch.Text, m textmatch.Match) bool {
			return prevIn(thirdSubject)(t, m) || textmatch.Before(t.Toks, m.Start, 2, textmatch.NewSet("will", "gonna", "would", "going", "said", "should")) &&
				!textmatch.Before(t.Toks, m.Start, 4, textmatch.NewSet("you", "u", "yall", "can", "could", "please"))
		}},
		{"the lead is to ring: 'I'll call the house and ask my son'", beforeIn(2, textmatch.NewSet("ill", "i", "we", "well", "lemme"))},
	}},
	"support email": {unless: []exclusion{
		{"sent to it, told: 'I sent my docs to the email address for customer service' (stop 71)", beforeIn(6, textmatch.NewSet("sent", "emailed", "mailed", "wrote", "forwarded"))},
		{"another company's: 'the email address for customer service at Zillow' (stop 71)", nextIn(textmatch.NewSet("at", "of", "for"))},
	}},
	"support hours": {unless: []exclusion{
		{"past something that is no hour: 'does your support work past the warranty?' (stop 71)", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.End-1] == "past" && m.End < len(t.Toks) && !isNumberTok(t.Toks[m.End]) && !clockWords.Has(t.Toks[m.End])
		}},
	}},
	"person by name": {unless: []exclusion{
		{"a thing, not a person: 'Can I get it back? He was the one who lost my keys' (stop 71)", func(t textmatch.Text, m textmatch.Match) bool {
			return m.Start+3 < m.End && notNamed.Has(t.Toks[m.Start+3])
		}},
	}},
	"person call": {unless: []exclusion{
		{"a call to someone named, somewhere: 'tell your roofer to call Mark at the co-op' (blind72, stop 71)", callsNamedOther},
		{"told of, not asked: 'The tenant said someone would get in touch with us about the lease'", allOf(spanHas("would", "will"), beforeIn(8, reportVerbs))},
		{"a call on arrival, or none: 'tell the guy not to call when he gets here', 'if the guy needs to call me when he gets there that's fine, otherwise text is best' (dev363, stop 56)", callOnArrivalOrNone},
		{"a call to someone named by title: 'tell your technician to call Mrs. Ahmed at the front desk when he arrives'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End < len(t.Toks) && enTitles.Has(t.Toks[m.End])
		}},
		{"texts preferred over talk: 'I'd rather text than talk, the phone is hard for me'", func(t textmatch.Text, _ textmatch.Match) bool {
			// ("rather text than" or "rather texts than", in one pass
			// comparing with constants, in a message that has "rather":
			// a test of its filter for most)
			if !t.HasAnyWord(ratherWord) {
				return false
			}
			toks := t.Toks
			for i := 0; i+2 < len(toks); i++ {
				if toks[i] == "rather" && (toks[i+1] == "text" || toks[i+1] == "texts") && toks[i+2] == "than" {
					return true
				}
			}
			return false
		}},
		{"advice reported: 'the listing agent said to reach out to y'all for a quote'", spanHas("said", "says", "told", "suggested", "recommended", "dijo")},
		{"the lead's own people will call: 'our IT guy will call your support line'", beforeIn(3, textmatch.NewSet("our", "my"))},
		{"people described: '2 AEs who refuse to dial'", spanHas("refuse", "refuses", "refused", "hate", "hates", "never", "wont")},
		{"a call that was cut: 'the relay operator dropped the call halfway through'", spanHas("dropped", "disconnected", "hung")},
		{"the noun: 'one more 2am call about a clogged toilet'", anyOf(beforeIn(3, textmatch.NewSet("more", "another", "every", "each")), spanHas("more", "another", "every", "each"))},
		{"asks how the crew works: 'does the crew call before they show up?'", callsBeforeComing},
		{"a heads-up on the way: 'can the tech text me when he's on the way instead of calling?'", onTheWay},
		{"someone else's promise: 'the plumber said he'd call me back'", othersPromise},
		{"waiting on someone else's call: 'still waiting on the adjuster to call me back'", waitingOnCall},
		{"a device counted, not a person: 'just whatsapp on one phone'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End-m.Start == 2 && t.Toks[m.Start] == "one" && t.Toks[m.End-1] == "phone"
		}},
		{"deciding, not calling: 'I'm the one making the call'", func(t textmatch.Text, m textmatch.Match) bool {
			e := m.End - 1
			return e >= 2 && t.Toks[e] == "call" && t.Toks[e-1] == "the" && (t.Toks[e-2] == "making" || t.Toks[e-2] == "make" || t.Toks[e-2] == "makes" || t.Toks[e-2] == "made")
		}},
		{"a call center, not a call: 'about 120 agents in the call center'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End < len(t.Toks) && (t.Toks[m.End] == "center" || t.Toks[m.End] == "centre" || t.Toks[m.End] == "centers")
		}},
		{"a name: 'people call me siobhan wrong all the time'", peopleCallMeName},
		{"the lead's own person: 'my son ... call', 'my broker buddy told me to call him'", prevIn(ownPeople)},
		{"a meeting, not a request: 'we have a team call on mondays'", teamCall},
		{"narrates: 'we chatted with a rep by phone on monday'", narrates},
		{"the person calls someone else, not the lead", callsOther},
		{"the person calls the lead's own customers: 'can reps call leads from the dashboard'", nextIn(customersOf)},
		{"people described doing it: 'people text me at midnight to swap', 'customers call us all day'", habitualPeople},
		{"asks what it talks to, with no word of talking", identityNotTalk},
	}},
	"conference call": {unless: []exclusion{
		{"a call that happened: 'we had a conference call with someone from the bank yesterday'", beforeIn(3, textmatch.NewSet("had", "have", "got", "was", "did", "after", "during", "on"))},
		{"narrates a past call or talk", narrates},
	}},
	"try my cell": {unless: []exclusion{
		{"the number itself checked: 'try my cell phone number in the form, is it right?'", afterIn(5, textmatch.NewSet("form", "right", "correct", "works", "work", "file", "account"))},
	}},
	"person to talk to": {unless: []exclusion{
		{"a call to someone named, somewhere: 'tell your roofer to call Mark at the co-op' (blind72, stop 71)", callsNamedOther},
		{"a call on arrival, or none (see 'person call')", callOnArrivalOrNone},
		{"a call to someone named by title: 'tell your technician to call Mrs. Ahmed'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End < len(t.Toks) && enTitles.Has(t.Toks[m.End])
		}},
		{"someone of a place of the lead's: 'I need to ask the building manager if I can fix it myself'", prevIn(placeOwners)},
		{"a talk someone else wants the lead to have: 'warehouse manager wants me to talk to HR first'", func(t textmatch.Text, m textmatch.Match) bool {
			// (the person first: "manager wants me to talk")
			span := t.Toks[max(0, m.Start-6):m.End]
			// (not "my boss wants me to talk to your manager": the sender's)
			// (only a talk with a third party of the lead's: "HR", "the
			// bank"; not "find a person I can talk to")
			return slices.ContainsFunc(span, othersWish.Has) && (slices.Contains(span, "me") || slices.Contains(span, "us")) &&
				textmatch.After(t.Toks, m.End, 4, leadsThirdParties)
		}},
		{"a call already promised: 'the adjuster is supposed to call me Monday'", spanHas("supposed", "scheduled", "due", "going")},
		{"the lead already has one: 'we already have an agent who can handle it'", leadAlreadyHas},
		{"the person is to call someone else: 'ask your crew to call my neighbor'", callsOther},
		{"the lead's own person: 'my son is the one to talk to'", prevIn(ownPeople)},
		{"the lead's own person a few words before: 'my son is the one to talk to'", beforeIn(4, ownPeople)},
		{"narrates: 'we chatted with a rep by phone on monday'", narrates},
		{"asks what it talks to, with no word of talking", identityNotTalk},
	}},
	"video call": {unless: []exclusion{
		{"a video tour, not a talk: 'can you do facetime tours of the house?'", nextIn(textmatch.NewSet("tour", "tours", "walkthrough", "walkthroughs", "showing", "showings", "recorrido"))},
		{"the product, not a talk: 'can we get Zoom integration on the starter plan?', 'can I get my Zoom meetings transcribed?'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 2, toolFeatures) || m.End >= 2 && (t.Toks[m.End-2] == "my" || t.Toks[m.End-2] == "our" || t.Toks[m.End-2] == "the")
		}},
	}},
	"have call me": {unless: []exclusion{
		{"a call on the crew's arrival: 'have the tech call me when he gets here, gate is locked'", func(t textmatch.Text, m textmatch.Match) bool {
			return onArrival(t.Toks, m.End)
		}},
	}},
	"talk to person": {unless: []exclusion{
		{"someone else's habit: 'my grandma asks to talk to a manager at every restaurant'", othersHabit},
		{"a pulse on a market, a heartbeat monitor: 'we need a guy with a pulse on the local market'", func(t textmatch.Text, m textmatch.Match) bool {
			return (t.Toks[m.End-1] == "pulse" || t.Toks[m.End-1] == "heartbeat") && m.End < len(t.Toks) && pulseThings.Has(t.Toks[m.End])
		}},
		{"narrates a past call or talk: 'the last company made me talk to four people', 'we had a great call with your rep last week'", narrates},
		{"a saying: 'talk to anybody in this holler and they'll tell you the same thing' (blind59, stop 66)", anybodyWillTell},
		{"already talking: 'I'm already talking to someone at your Denver office'", beforeIn(3, textmatch.NewSet("already"))},
		{"a plan's feature asked about: 'is phone support included in the basic plan?', 'do u guys have phone support on weekends?'", phoneSupportAsked},
		{"a judgement of the phone support: 'your phone support used to be better' (stop 71)", phoneSupportJudged},
		{"someone else told to: 'the agent my brother used told him to call the title company n talk to some lady named Pam' (blind60, stop 67)", toldOtherTo},
		{"a burden supposed, not asked for: 'so I'd have to talk to a person for every little change?' (blind60, stop 67)", wouldHaveTo},
		{"busy on a call with someone: 'on a call w a customer, ill text back'", busyOnACallWith},
		{"a label quoted: 'your pricing page says talk to sales'", beforeIn(2, textmatch.NewSet("says", "said", "button", "link", "reads"))},
		{"someone of another business: 'of the hotel' after the person", personOfOther},
		{"a talk that happened: 'had a great talk with your rep', 'we already had the call with your rep'", happened},
		{"asks what it talks to: 'am i chatting with a live agent?'", allOf(firstEndsIn("ing"), identity)},
		{"dials a third party: 'call someone', 'call the broker'; only a strong person noun after a call verb is a request", callsThirdParty},
		{"someone of the lead's own: 'talk to my agent'", spanIn(ownPeople)},
		{"someone else will talk", prevIs("ill", "he", "she", "they")},
		{"someone outside the household wants to talk: 'my neighbor wants to talk to someone too', 'my boss quiere hablar con su agente' ('my husband wants to talk to someone' asks for him)", othersWantTalk},
		{"a client's or seller's wish to talk, which the lead turns down: 'My seller keeps saying he wants to talk to someone in person, but honestly texting works better for me'", clientWishDeclined},
		{"the lead's own word to someone, kept by texting: 'Told my boss I'd talk to your team this week, so here I am'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return m.Start >= 2 && (toks[m.Start-1] == "id" || toks[m.Start-1] == "would") && textmatch.Before(toks, m.Start-1, 4, reportVerbs) &&
				textmatch.ContainsSeq(toks[m.End:], "here", "i", "am")
		}},
		{"someone of the lead's will talk to someone else: 'my attorney is going to talk to the seller's agent'", allOf(
			beforeIn(6, textmatch.NewSet("attorney", "lawyer", "realtor", "accountant", "cpa", "husband", "wife", "partner", "contractor", "landlord", "son", "daughter")),
			beforeIn(3, textmatch.NewSet("going", "gonna", "will", "plans", "planning")))},
		{"'get' with no connection: neither touch, through, connected nor hold ('get me someone from billing' asks)", allOf(firstIs("get"), clauseLacks("touch", "through", "thru", "connected", "hold"),
			func(t textmatch.Text, m textmatch.Match) bool {
				return !(m.Start+2 < len(t.Toks) && (t.Toks[m.Start+1] == "me" || t.Toks[m.Start+1] == "us") && (t.Toks[m.Start+2] == "someone" || t.Toks[m.Start+2] == "somebody" || t.Toks[m.Start+2] == "a"))
			})},
		{"the lead's own people will talk: 'our IT guy will call your support line'", allOf(beforeIn(4, textmatch.NewSet("our", "my")), beforeIn(2, textmatch.NewSet("will", "gonna", "would", "can")))},
		{"'put' with no connection: neither me, through, touch nor on", allOf(firstIs("put"), clauseLacks("me", "through", "thru", "touch", "on"))},
		{"moves something else: 'hand the keys to the buyer', 'transfer money to a customer'; a connection verb must move the lead or the conversation", movesOther},
		{"a call center, not a call: 'we have a call center with 25 agents'", callCompound},
		{"the lead's own address, a noun: 'update my email to the new one i sent' (w83, stop 68; 'can i email the same one i spoke with' still asks)", allOf(prevIs("my", "our"), firstIn(ownedContactWords))},
	}},
	"real person": {unless: []exclusion{
		{"someone else's habit: 'my grandma asks to talk to a manager at every restaurant'", othersHabit},
		{"a person wanted for a task of the sender's: 'you need a human being to proofread these texts'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End+1 < len(t.Toks) && t.Toks[m.End] == "to" && !personTalks.Has(t.Toks[m.End+1]) && textmatch.Before(t.Toks, m.Start, 4, taskNeeds)
		}},
		{"an idiom: 'real human behavior is ignoring texts for 3 days'", nextIs("behavior", "behaviour", "moment", "moments", "stuff", "thing", "things", "problems", "energy")},
		{"says someone is one: 'my realtor is a real person, unlike whatever this is'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.Start >= 2 && (t.Toks[m.Start-1] == "a" || t.Toks[m.Start-1] == "an") && (t.Toks[m.Start-2] == "is" || t.Toks[m.Start-2] == "was") &&
				!(m.Start >= 3 && (t.Toks[m.Start-3] == "this" || t.Toks[m.Start-3] == "there" || t.Toks[m.Start-3] == "who"))
		}},
		{"someone outside the household wants to talk: 'my neighbor wants a real person'", othersWantTalk},
		{"what someone said the sender is: 'My neighbor said you folks are real people and not robots. Is that so?'", saidSenderIs},
		{"what someone else said of someone: 'my son said someone could help me lower my premium' ('my daughter says I should ask for a human' still asks)", allOf(firstIn(askPersonClass), beforeIn(4, reportVerbs))},
		{"narrates a past call or talk: 'the last company made me talk to four people', 'we had a great call with your rep last week'", narrates},
		{"a feature asked about: 'does yours have live support?'", beforeIn(3, textmatch.NewSet("have", "has", "offer", "offers", "include", "includes"))},
		{"who decides, not whom to talk to: 'my wife's the real boss here'", allOf(prevIs("the"), beforeIn(3, textmatch.NewSet("is", "s", "shes", "hes", "thats", "its", "are", "wifes", "husbands")))},
		{"who does the work: 'you guys have real people working there or is it outsourced?'", nextIn(textmatch.NewSet("working", "doing", "work", "do", "install", "installing"))},
		{"asks what it talks to: 'am i texting a human'", identity},
		{"the real figure, not a person: 'not the ad rate, the real one'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.End-1] == "one" && t.HasAny(figureWords)
		}},
		{"an identity question asked out of curiosity: 'eres real person o bot? just curious'", func(t textmatch.Text, m textmatch.Match) bool {
			if t.Quests == 0 {
				return false
			}
			for i, w := range t.Toks {
				if w == "curious" || w == "curiosidad" || w == "wondering" || w == "igual" || w == "pregunto" || w == "preguntaba" ||
					// "es un bot or a real person? just asking"
					w == "asking" && i > 0 && t.Toks[i-1] == "just" {
					return true
				}
			}
			return false
		}},
		{"a talk that happened: 'had a good talk with your rep', 'we already had the call with your rep'", happened},
		{"the lead describes itself: 'i'm a real person, yes'", selfDescribed},
		{"praise, not a request: 'you sound like a real person'", beforeIn(3, textmatch.NewSet("sound", "sounds", "seem", "seems", "sounded", "seemed"))},
		{"a comparison: 'you're better than the human agents I've dealt with'", beforeIn(2, textmatch.NewSet("than", "que"))},
		{"asks what it talks to: 'u a real person or nah'", nextIs("or")},
		{"asks what it talks to: 'pretty fast for a human, is this a bot?'", allOf(firstIs("for"), prevIn(comparedAdj))},
		{"an attribute of the person: 'it asks for your agent ID'", nextIn(personAttr)},
		{"someone of another business: 'of the hotel' after the person", personOfOther},
		{"real estate", allOf(firstIs("real"), nextIs("estate"))},
		{"a live session or recording, not a person: 'I missed the live one'", allOf(firstIs("live"), lastIs("one", "ones"), prevIs("the"))},
		{"narrates another company's: 'the last company had a real person texting'", beforeIn(2, textmatch.NewSet("had"))},
		{"the lead already has one: 'I already have an agent helping me', 'I know a plumber who can fix it'", leadAlreadyHas},
	}},
	"in person": {unless: []exclusion{
		{"refused or disliked: 'I hate having to sit across a desk from someone' (stop 71)", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "sit" && textmatch.Before(t.Toks, m.Start, 4, textmatch.NewSet("hate", "dont", "not", "never"))
		}},
		{"walk-ins for something else: 'does your office take walk ins for the flu shot?' (stop 71)", func(t textmatch.Text, m textmatch.Match) bool {
			return (t.Toks[m.End-1] == "ins" || t.Toks[m.End-1] == "walkins") && m.End < len(t.Toks) && t.Toks[m.End] == "for"
		}},
		{"a client's or seller's wish, which the lead turns down: 'My seller keeps saying he wants to talk to someone in person, but honestly texting works better for me'", clientWishDeclined},
		{"the lead busy in a meeting: 'in a meeting with the site manager til 3, text me after'", inAMeeting},
		{"the lead's own plan with someone else: 'I'm meeting with a realtor Friday'", meetingOther},
		{"negated inside the span", spanIn(textmatch.Negators)},
		{"a price or terms met, not a person: 'will your buyer meet us at 415?', 'can someone meet us at 5% down'", meetsAtFigure},
		{"asks how a visit goes: 'will your agent meet us there or do we use the lockbox?'", orHowQuestion},
		{"her or him not at the business: 'I need to sit down with her first' (a wife); 'is Linda still over there? ... sit down with her' is", func(t textmatch.Text, m textmatch.Match) bool {
			return sitWithThem(t, m) && !atTheBusiness(t.Toks)
		}},
		{"the lead's own meeting, already booked: 'what should I bring to my appointment with the loan officer?'", ownBooking},
		{"a demo booked, which commits: 'book the demo with whoever does onboarding'", allOf(firstIs("demo", "walkthrough"), beforeIn(3, textmatch.NewSet("book", "schedule", "booking", "scheduling", "set", "lock")))},
		{"someone else's meeting: 'the buyer wants to meet at closing'", prevIn(thirdSubject)},
		{"cancels or moves a meeting: 'i need to cancel my tuesday appointment with your guy'", beforeIn(5, textmatch.NewSet("cancel", "cancelled", "canceled", "cancelling", "reschedule", "move", "moved", "postpone", "skip", "cancelar"))},
		{"asks the format: 'is the meeting in person or virtual?'", afterIn(3, textmatch.NewSet("virtual", "online", "remote", "remotely", "zoom", "virtually"))},
		{"meets someone of the lead's own: 'meeting in person with our lawyer'", meetsOwn},
		{"the lead's own team meeting: 'our Monday staff meeting with the crew leads'", ownTeamMeeting},
		{"a meeting with someone of the lead's own: 'a meeting with my financial advisor friday' (\"sit down with her\" is checked above)", func(t textmatch.Text, m textmatch.Match) bool {
			return !sitWithThem(t, m) && ownMeetingWith(t, m)
		}},
		{"meets a target, not a person: 'can we meet the deadline if i sign fri'", meetsTarget},
		{"the lead's own team: 'let's book the demo with the team', 'a meeting with our team'", demoWithOwnTeam},
		{"narrates or states the lead's own plan: 'we had a consultation with an agent from redfin', 'I'll be there in person to meet the inspector'", beforeIn(3, textmatch.NewSet("had", "did", "be"))},
	}},
	"bare phone": {unless: []exclusion{
		{"not a bare 'phone?': more than the word in its clause", notWholeClause},
		{"not a bare 'phone?': no question mark", noQuestion},
	}},
	"by phone": {unless: []exclusion{
		{"phone calls named as what the lead is bad with: 'Keep it by text porfa, I'm bad with phone calls'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.Before(t.Toks, m.Start, 3, badWith) && m.Start > 0 && t.Toks[m.Start-1] == "with"
		}},
		{"refused inside the preference: 'I'd rather not say it out loud, can I text you the details?'", func(t textmatch.Text, m textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks[m.Start:m.End], textmatch.Negators.Has)
		}},
		{"this channel preferred, or a talk with someone of the lead's: 'easier to tell you here than text my contractor', 'id rather tell my husband out loud tonight than text him', 'easier to tell the crew in person than text them'", func(t textmatch.Text, m textmatch.Match) bool {
			span := t.Toks[m.Start:m.End]
			return slices.Contains(span, "here") || slices.Contains(span, "aqui") || slices.ContainsFunc(span, thirdPersons.Has) || slices.ContainsFunc(span, crewWords.Has)
		}},
		{"someone else's preference: 'my wife would rather say it out loud at the closing' (not 'my husband set this up but id rather explain it out loud')", func(t textmatch.Text, m textmatch.Match) bool {
			cs := textmatch.ClauseStart(t.Toks, m.Start)
			for k := m.Start - 1; k >= cs; k-- {
				if t.Toks[k] == "but" || t.Toks[k] == "pero" || t.Toks[k] == "though" || t.Toks[k] == "i" || t.Toks[k] == "id" || t.Toks[k] == "im" || t.Toks[k] == "me" || t.Toks[k] == "we" || t.Toks[k] == "its" || t.Toks[k] == "it" || t.Toks[k] == "and" {
					return false
				}
				if thirdPersons.Has(t.Toks[k]) {
					return true
				}
			}
			return false
		}},
		{"how the lead's customers reach them: 'by phone mostly. on fridays the phone doesn't stop ringing and we lose orders'", func(t textmatch.Text, m textmatch.Match) bool {
			cs, ce := textmatch.ClauseStart(t.Toks, m.Start), textmatch.ClauseEnd(t.Toks, m.Start)
			if slices.ContainsFunc(t.Toks[cs:ce], askMarkers.Has) || t.Quests > 0 {
				return false
			}
			return textmatch.After(t.Toks, m.End, 1, mostlyWords) || slices.ContainsFunc(t.Toks[cs:ce], customerOrders.Has)
		}},
		{"texts preferred: 'prefiero texto, I'm bad with phone calls'", prefersTexts},
		{"'over the phone' with no ask in its clause: 'my brother walked me through it over the phone already', 'no need to walk me through this over the phone', 'my realtor will walk me through this over the phone tonight' (stop 72)", func(t textmatch.Text, m textmatch.Match) bool {
			if m.End-m.Start != 3 || t.Toks[m.Start] != "over" || t.Toks[m.Start+2] != "phone" {
				return false // ("best over a call" prefers one)
			}
			cs, ce := textmatch.ClauseStart(t.Toks, m.Start), textmatch.ClauseEnd(t.Toks, m.End)
			return !slices.ContainsFunc(t.Toks[cs:ce], overPhoneAsk.Has) || slices.ContainsFunc(t.Toks[cs:m.Start], textmatch.Negators.Has)
		}},
		{"what never to give out that way: 'never to give anyone my bank information over the phone'", allOf(phonePrep, neverGiven)},
		{"asks what something means: 'does that mean a phone call or an email?'", beforeIn(4, meanWords)},
		{"narrates: 'spoke to my lender over the phone earlier'", narrates},
		{"what was said in a talk before: 'anywhere near what we talked about on the phone'", beforeIn(4, textmatch.NewSet("talked", "spoke", "discussed", "agreed"))},
		{"what someone told on a call: 'she told me on the phone no more than six grand' (not 'I said phone call, not text!')", allOf(phonePrep, beforeIn(4, textmatch.NewSet("told", "said", "mentioned", "dijo", "explained")))},
		{"a production line: 'about 2,800 on the line across two shifts'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return toks[m.End-1] == "line" && (m.Start > 0 && textmatch.AllDigits(toks[m.Start-1]) || textmatch.After(toks, m.End, 3, productionLine))
		}},
		{"busy: 'on the phone with the bank, one sec'", allOf(firstIs("on"), nextIs("with"))},
		{"busy between calls: 'caught about half of it between phone calls'", beforeIn(2, textmatch.NewSet("between", "entre"))},
		{"someone got a call: 'my husband got a phone call and we got distracted'", beforeIn(2, textmatch.NewSet("got", "gets", "had", "received", "took", "answered"))},
		{"asks what the service offers: 'do y'all do estimates over the phone or does somebody come out?'", offersByPhone},
		{"a call with the lead's own: 'I have to get on a call with my lender first'", callWithOwn},
		{"describes: 'our reps live on the phone'", beforeIn(2, textmatch.NewSet("live", "lives", "living", "always", "constantly"))},
		{"compared: 'I prefer this over phone calls'", allOf(firstIs("phone"), beforeIn(2, textmatch.NewSet("over", "than")))},
		{"dislikes calls: 'i prefer texting, i hate phone calls'", beforeIn(3, dislikeWords)},
		{"busy, not asking for one: 'on a call, one sec', 'i'm on a call'", busyOnACall},
		{"chooses how to pay, not whom to talk to: 'can i pay by phone'", beforeIn(2, transactVerbs)},
		{"a state, not an ask: 'i was on the phone', 'my phone'", allOf(phonePrep, prevIn(litAsk2))},
		{"a named third party: 'connect me with tom on the phone'", allOf(phonePrep, namedThirdParty)},
		{"'the call', not 'a call': a call already there, not one asked for", allOf(phonePrep, theCall)},
		{"a third party put on the line: 'get grandpa on the phone'", allOf(phonePrep, thirdPartyOnLine)},
		{"dials a third party: 'could you place a phone call for my uncle'", allOf(firstIs("phone"), prevIn(litAsk4), beforeIn(3, litAsk5))},
		{"'phone' followed by anything but a call's tail", allOf(firstIs("phone"), nextOutside(phoneCallTail))},
		{"hard to reach that way: 'i'm hard to reach by phone, text is best'", beforeIn(3, textmatch.NewSet("hard", "difficult", "tough", "impossible"))},
		{"a feature on the device: 'need routing and invoicing on the phone'", allOf(phonePrep, beforeIn(4, deviceFeatures))},
		{"a way of working listed: 'dispatch is all whiteboard and phone calls'", allOf(firstIs("phone"), prevIn(textmatch.NewSet("and", "y", "plus")))},
		{"calls counted or timed, a burden told: '3am phone calls, chasing rent', 'endless phone calls from tenants'", allOf(firstIs("phone"), lastIs("calls"), timedCalls)},
		{"calls as a burden: 'front desks are drowning in phone calls'", beforeIn(3, textmatch.NewSet("drowning", "buried", "flooded", "swamped", "slammed", "overwhelmed", "inundated", "ahogados", "saturados"))},
		{"how it shows on the device: 'it has to look decent on a phone'", allOf(phonePrep, beforeIn(4, textmatch.NewSet("look", "looks", "display", "displays", "render", "renders", "fill", "filled", "load", "loads", "fits", "fit", "read",
			// "my eyes are not so good with the small letters on the phone"
			"letters", "print", "words", "screen", "buttons")))},
		{"the texts on the device: 'my granddaughter showed me how to answer these on the phone'", allOf(phonePrep, beforeIn(2, textmatch.NewSet("these", "texts", "messages", "emails", "mensajes", "textos")))},
	}},
	"escalate": {unless: []exclusion{
		{"the lead's own step: 'I'll escalate it to my attorney', 'im gonna escalate this'", anyOf(
			prevIn(textmatch.NewSet("ill", "will", "gonna", "shall", "i", "we", "well", "may", "might")),
			allOf(prevIn(textmatch.NewSet("to")), beforeIn(3, textmatch.NewSet("going", "about", "plan", "planning"))))},
		{"to someone outside: 'escalate this to the BBB', 'escalarlo con mi abogado'", afterIn(5, textmatch.NewSet("attorney", "attorneys", "lawyer", "lawyers", "bbb", "abogado", "abogada", "court", "state", "ag", "fcc", "media"))},
	}},
	"transfer me": {unless: []exclusion{
		{"dials a contact: 'connect me with mike'; only 'transfer me' alone or with politeness asks", nextOutside(politeEnd)},
	}},
	"bot complaint": {require: nextToRequest, unless: []exclusion{
		{"asks what it talks to: 'are you a bot'", identity},
		{"asks, does not complain: 'youre a bot arent you' (only 'automated messages arent answering' complains)", tagQuestion},
		{"the lead says they are human: 'Human here not a bot lol. what else do u need'", leadSaysHuman},
	}},
	"customer service": {unless: []exclusion{
		{"another company's: 'what's the customer service number for delta'", numberForOther},
		{"the lead's own work told: 'customer support emails and chat, the usual'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Quests == 0 && textmatch.After(t.Toks, m.Start+1, 2, workItems) && !clauseIn(serviceReach)(t, m)
		}},
	}},
	"human not bot": {require: personRequested, unless: []exclusion{
		{"the lead says what they are: 'i'm not an assistant, i'm the owner'", prevIn(textmatch.NewSet("im", "am"))},
		{"the lead says they are human: 'I'm a real person btw, not a bot', 'Human here not a bot lol'", leadSaysHuman},
		{"what someone said the sender is: 'my sister says you folks are real people, not a bot'", saidSenderIs},
	}},
	"phone preferred": {unless: []exclusion{
		{"asked at the start, not said: 'call better? the line kept cutting out', 'better una llamada? no, prefiero texto'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Quests > 0 && m.End-m.Start <= 4 && textmatch.ClauseStart(t.Toks, m.Start) == 0 && textmatch.ClauseEnd(t.Toks, m.Start) < len(t.Toks)
		}},
		{"'like' as a comparison: 'it sounded like a phone call with a robot'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "like" && m.Start > 0 && likeComparers.Has(t.Toks[m.Start-1])
		}},
		{"the device: 'my phone is nicer now', 'the phone works great'", prevIn(deviceDet)},
		{"the device works: 'the phone works great'", deviceWorks},
		{"narrates a past call", narrates},
	}},
	"call time": {unless: []exclusion{
		{"texts named the best way: 'text is the best way to reach me this week'", prefersTexts},
		{"narrates a past call", narrates},
		{"the answer names another channel: 'best way to reach me is text'", afterIn(3, textChannel)},
	}},
	"named person call": {unless: []exclusion{
		{"the lead's own people or nobody: 'I'd like my wife to reach me at work', 'I would like no one to contact me again'", func(t textmatch.Text, m textmatch.Match) bool {
			return slices.ContainsFunc(t.Toks[m.Start:m.End], ownOrNobody.Has)
		}},
		{"a channel or a number named, not a talk: 'I'd like you to contact me only by text', 'reach me at my work number from now on'", func(t textmatch.Text, m textmatch.Match) bool {
			return textmatch.After(t.Toks, m.End, 3, channelNamed)
		}},
		{"he or she not named as the sender's: 'my husband is the one deciding. can he call me when he gets home?', 'my brother is a realtor too, could he reach out to me' ('ustedes tienen un guy que habla español. Can he reach out to me?' asks)", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			if m.Start+1 >= len(toks) || toks[m.Start+1] != "he" && toks[m.Start+1] != "she" {
				return false
			}
			return !sendersPersonBefore(toks, m.Start)
		}},
	}},
	"have someone ring": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// an order: "Just have somebody ring my office", not "why do you
		// have someone call my house at 7am", "I'll have my husband call"
		toks := t.Toks
		if m.Start >= 2 && toks[m.Start-1] == "you" {
			// "can you have someone ring me", not "why do you have ..."
			return toks[m.Start-2] == "can" || toks[m.Start-2] == "could" || toks[m.Start-2] == "would" || toks[m.Start-2] == "please"
		}
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || orderOpeners.Has(toks[m.Start-1])
	}},
	"when can ring": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// asked: "When you can ring?", not "idk when you can call, text is
		// better"
		return (m.Start == 0 || t.Toks[m.Start-1] == textmatch.Break) && t.Quests > 0
	}},
	"calendar time": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// time asked for: "can i get 15 min on someone's calendar", not "I
		// spent 30 minutes on your calendar link"
		return textmatch.Before(t.Toks, m.Start, 4, calendarAsk) && !textmatch.After(t.Toks, m.End, 1, calendarThings)
	}},
	"named person talk": {unless: []exclusion{
		{"a word with the lead's own: 'can I have a word with my husband first'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.End < len(t.Toks) && ownOrNobody.Has(t.Toks[m.End])
		}},
		{"put through told of: 'they put me through to voicemail 3 times today'", func(t textmatch.Text, m textmatch.Match) bool {
			toks := t.Toks
			return toks[m.Start] == "put" && m.Start > 0 && toks[m.Start-1] != textmatch.Break && !putLeadIns.Has(toks[m.Start-1])
		}},
	}},
	"lets talk": {unless: []exclusion{
		{"a third party: 'a good time to call the vet'", callsTheOther},
		{"a third party: him or them", nextIs("him", "them")},
		{"a third party: 'better if we talked to a lawyer first', 'rather talk to my wife' ('to a real person', 'to the office' still ask)", talksToOther},
		{"negated inside the span: 'prefer not to do a phone call'", spanIn(textmatch.Negators)},
		{"negotiates by text: 'lets talk about the price'", allOf(nextIs("about"), clauseLacks("phone", "call", "person", "voice"))},
		{"negotiates by text: 'let's talk numbers, what's your best offer'", allOf(nextIn(dealTerms), clauseLacks("phone", "call", "person", "voice"))},
		{"talks of texting, with no stated preference", allOf(clauseHas("text", "texting", "texts"), not(preferFirst))},
		{"prefers another channel: 'i prefer email', 'texting is better than calling', 'i prefer this over phone calls', 'rather keep it in the chat'", allOf(preferFirst, spanHas("than", "text", "texting", "email", "over", "this", "here", "keep", "stay", "continue"))},
		{"compares: 'better than ...'", allOf(preferFirst, nextIs("than"))},
	}},
	"ask for me": {require: func(t textmatch.Text, m textmatch.Match) bool {
		// a call asked for earlier: "call the office ... and ask for me"
		for k := range m.Start {
			if askCallvClass.Has(t.Toks[k]) || t.Toks[k] == "llamen" || t.Toks[k] == "llame" {
				return true
			}
		}
		return false
	}},
	// "put me in touch with Jeff please", not "my wife put me in touch
	// with you"
	"in touch with": {unless: []exclusion{
		{"told of someone who did: 'my wife put me in touch with you'", func(t textmatch.Text, m textmatch.Match) bool {
			return m.Start > 0 && t.Toks[m.Start-1] != textmatch.Break && !askOpeners.Has(t.Toks[m.Start-1])
		}},
	}},
	"have a number": {unless: []exclusion{
		{"someone else's number, a figure or a list: 'do you have a phone number for the inspector?', 'do you have a number in mind?', 'do y'all have a number yet?', 'any line items for the permit?'", afterIn(1, textmatch.NewSet("for", "of", "in", "yet", "items", "item", "on", "ready"))},
		{"a figure: 'do you have a number in mind for the deposit?'", afterIn(2, textmatch.NewSet("mind"))},
		{"a number to pass on: 'do y'all have a number I can give my neighbor?'", afterIn(4, textmatch.NewSet("give", "pass", "send", "share", "forward"))},
	}},
	"your number": {unless: []exclusion{
		{"someone else's number: 'what's the seller's agent's number?', 'what number did the appraiser call from'", numberOfRole},
		{"the number passed on to someone else: 'can i give ur number to my neighbor, her ac is out too' (dev356, stop 56)", func(t textmatch.Text, m textmatch.Match) bool {
			// (not "send your number to my email so I can call you")
			// (the lead gives it: "can i give ur number to my neighbor"; not
			// "give your number to my wife, she'll call you tonight")
			return m.End+1 < len(t.Toks) && (t.Toks[m.End] == "to" || t.Toks[m.End] == "a") && passedOnTo.Has(t.Toks[m.End+1]) &&
				(t.Toks[m.Start] == "give" || t.Toks[m.Start] == "share" || t.Toks[m.Start] == "pass" || t.Toks[m.Start] == "send") &&
				!textmatch.After(t.Toks, m.End, 3, ownChannels) && textmatch.Before(t.Toks, m.Start, 3, textmatch.NewSet("i", "we"))
		}},
		{"how a number shows: 'What phone number shows up on caller ID when our reps dial out?'", func(t textmatch.Text, m textmatch.Match) bool {
			// (the lead's own line named, "we need our main line to
			// display"; "can I get your number, caller ID says unknown"
			// still asks)
			return t.HasAny(callerIDWords) && (slices.Contains(t.Toks[m.Start:m.End], "our") || slices.Contains(t.Toks[m.Start:m.End], "my"))
		}},
		{"a listing's agent: 'whats the listing agent's phone number? the one on the sign'", func(t textmatch.Text, m textmatch.Match) bool {
			for k := max(0, m.Start-4); k+1 < m.End; k++ {
				if t.Toks[k] == "listing" && (t.Toks[k+1] == "agent" || t.Toks[k+1] == "agents" || t.Toks[k+1] == "realtor" || t.Toks[k+1] == "broker") {
					return true
				}
			}
			return false
		}},
		{"only a name wanted: 'who's in charge de la instalación? just want el nombre pa decirle al super'", func(t textmatch.Text, m textmatch.Match) bool {
			return t.Toks[m.Start] == "who" && t.HasAny(nameOnly) && t.HasAny(nameWanted) && !t.HasAny(callOrNumber)
		}},
		{"a figure, not a phone: 'do you have a number in mind for the deposit?'", afterIn(2, textmatch.NewSet("mind"))},
		{"how the lead came by it: 'got your number from my neighbor'", allOf(anyOf(beforeIn(3, textmatch.NewSet("got", "found", "saw", "have", "had", "pulled")), spanHas("got", "found", "saw", "pulled")),
			afterIn(2, textmatch.NewSet("from", "through", "off", "via", "on", "in")))},
		{"a number for pictures or files: 'whats the best number to send pics to?'", afterIn(4, textmatch.NewSet("pics", "pictures", "photos", "fotos", "docs", "documents", "files", "videos"))},
		{"a number the lead gave someone: 'les di el número para llamarlos a mis hijos'", beforeIn(3, textmatch.NewSet("di", "dio", "dimos", "dieron", "gave", "pase", "pasamos"))},
		{"the lead's own line: 'my direct line is 415...'", prevIn(textmatch.NewSet("my", "our", "his", "her", "their"))},
		{"a third party's: 'a number to reach him' ('the number to call the office' is still the sender's)", numberOfThird},
		{"someone else's business: 'who runs the front desk of the hotel'", personOfOther},
		{"a third party's: 'does the restaurant have a number i can call'", allOf(firstIs("number", "line"), not(lastIn(askPersonClass)), clauseLacks("you", "your", "ur", "there", "someone", "somebody", "u", "yall"))},
		{"an identity question: 'is that your number' ('their number', 'his number', 'the contractors number' never match)", firstIs("is")},
		{"a licence or an account, not a phone: 'what's your NMLS number?'", func(t textmatch.Text, m textmatch.Match) bool {
			for k := max(m.Start, 1); k < m.End; k++ {
				if (t.Toks[k] == "number" || t.Toks[k] == "numero" || t.Toks[k] == "no") && idNumbers.Has(t.Toks[k-1]) {
					return true
				}
			}
			return false
		}},
		{"who gave or is a number, not whom to call", whoIsNumber},
		{"another company's: 'what's the customer service number for delta'", numberForOther},
		{"an offer's number: 'i need to see your number first'", spanHas("see", "hear", "beat", "match", "top")},
		{"a revised offer: 'the inspector called and said the foundation's fine, so what's your new number?' (blind59, stop 66; 'my phone died, what's your new number?' still asks)", allOf(
			spanHas("new", "revised", "updated"), nextNotIn(textmatch.NewSet("to", "for", "at", "where", "i", "we", "you", "u")),
			func(t textmatch.Text, _ textmatch.Match) bool {
				return t.HasAny(haggleWords) || t.HasAny(revisionWords)
			})},
		{"a price, not a phone: 'meet me at 175 ... what's your best number?' ('the best number to reach you' still asks)", allOf(
			spanHas("best", "lowest", "final", "bottom", "highest"), nextNotIn(textmatch.NewSet("to", "for", "at", "where", "i", "we", "you", "u")),
			func(t textmatch.Text, _ textmatch.Match) bool { return t.HasAny(haggleWords) })},
	}},
}

// busyWithCall: the lead is in, or between, calls of their own
var (
	busyWithCall = textmatch.NewSet("into", "in", "during", "between", "from", "of")
	// "I have a call at 0500 for formation"
	haveWords = textmatch.NewSet("have", "got", "gotta")
)

// spanishDocs: what a Spanish speaker may be wanted for other than a
// talk
var spanishDocs = textmatch.NewSet("documentos", "documents", "papeles", "papers", "mandarle", "mandar", "send", "translate", "traducir",
	"escribir", "write", "email", "correo", "forms", "formularios")

// soonAfterHas: a word of set in the six tokens after the match.
func soonAfterHas(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return slices.ContainsFunc(t.Toks[m.End:min(len(t.Toks), m.End+6)], set.Has)
	}
}

// callEndsClause: the call asked for ends its clause or takes only a
// time or politeness after it ("ok call", "can u call tomorrow").
func callEndsClause(t textmatch.Text, m textmatch.Match) bool {
	return m.End == len(t.Toks) || t.Toks[m.End] == textmatch.Break || yesCallTail.Has(t.Toks[m.End])
}

// allOf: every check holds.
var (
	// nameOnly and nameWanted: the name of whoever is in charge asked for,
	// to pass on, not a person to talk to
	nameOnly   = textmatch.NewSet("just", "only", "solo", "nomas").Gated()
	nameWanted = textmatch.NewSet("name", "nombre", "names", "nombres").Gated()
	// ("just give me their name and number, I'll call them" asks)
	callOrNumber = textmatch.NewSet("number", "call", "llamar", "talk", "numero").Gated()
	// heShe are the subjects of someone else's habit: "he doesn't like
	// talking money over text"
	heShe = textmatch.NewSet("he", "she", "they", "hes", "shes", "theyre", "el", "ella", "ellos")
	// callAsked are the words of a call asked for in the same message:
	// "he doesn't do texts, call him"
	callAsked = textmatch.NewSet("call", "ring", "llame", "llamen", "llamarle", "llamale", "phone", "talk", "hablar", "hable").Gated()
)

func allOf(cs ...askCheck) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		for _, c := range cs {
			if !c(t, m) {
				return false
			}
		}
		return true
	}
}

// anyOf: some check holds.
func anyOf(cs ...askCheck) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		for _, c := range cs {
			if c(t, m) {
				return true
			}
		}
		return false
	}
}

// not: the check does not hold.
func not(c askCheck) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return !c(t, m) }
}

// firstIs: the match's first token is one of words.
func firstIs(words ...string) askCheck {
	ws := newWordList(words)
	return func(t textmatch.Text, m textmatch.Match) bool { return ws.has(t.Toks[m.Start]) }
}

// firstIn: the match's first token is in set.
func firstIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return set.HasToken(t.Toks, t.IDs, m.Start) }
}

// firstEndsIn: the match's first token ends in suffix.
func firstEndsIn(suffix string) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return strings.HasSuffix(t.Toks[m.Start], suffix) }
}

// lastIs: the match's last token is one of words.
func lastIs(words ...string) askCheck {
	ws := newWordList(words)
	return func(t textmatch.Text, m textmatch.Match) bool { return ws.has(t.Toks[m.End-1]) }
}

// lastIn: the match's last token is in set.
func lastIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return set.HasToken(t.Toks, t.IDs, m.End-1) }
}

// prevIn: the token right before the match is in set.
func prevIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.Start > 0 && set.HasToken(t.Toks, t.IDs, m.Start-1)
	}
}

// prevIs: the token right before the match is one of words.
func prevIs(words ...string) askCheck {
	ws := newWordList(words)
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.Start > 0 && ws.has(t.Toks[m.Start-1])
	}
}

// nextIn: the token right after the match is in set.
func nextIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.End < len(t.Toks) && set.HasToken(t.Toks, t.IDs, m.End)
	}
}

// nextIs: the token right after the match is one of words.
func nextIs(words ...string) askCheck {
	ws := newWordList(words)
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.End < len(t.Toks) && ws.has(t.Toks[m.End])
	}
}

// nextNotIn: the match ends the message or the token after it is not in
// set.
func nextNotIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.End >= len(t.Toks) || !set.HasToken(t.Toks, t.IDs, m.End)
	}
}

// nextOutside: the token after the match is in its clause and not in set.
func nextOutside(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return m.End < len(t.Toks) && t.Toks[m.End] != textmatch.Break && !set.HasToken(t.Toks, t.IDs, m.End)
	}
}

// beforeIn: a token of set within n tokens before the match, in its clause.
func beforeIn(n int, set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return textmatch.BeforeToken(t.Toks, t.IDs, m.Start, n, set)
	}
}

// afterIn: a token of set within n tokens after the match, in its clause.
func afterIn(n int, set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		return textmatch.AfterToken(t.Toks, t.IDs, m.End, n, set)
	}
}

// spanIn: a token of the match is in set.
func spanIn(set textmatch.Set) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool {
		for k := m.Start; k < m.End; k++ {
			if set.HasToken(t.Toks, t.IDs, k) {
				return true
			}
		}
		return false
	}
}

// spanHas: a token of the match is one of words.
func spanHas(words ...string) askCheck {
	ws := newWordList(words)
	return func(t textmatch.Text, m textmatch.Match) bool {
		for k := m.Start; k < m.End; k++ {
			if ws.has(t.Toks[k]) {
				return true
			}
		}
		return false
	}
}

// clauseHas: the clause holding the match's first token has one of words.
func clauseHas(words ...string) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return hasAny(t.Toks, m.Start, words...) }
}

// clauseLacks: the clause holding the match's first token has none of
// words.
func clauseLacks(words ...string) askCheck {
	return func(t textmatch.Text, m textmatch.Match) bool { return !hasAny(t.Toks, m.Start, words...) }
}

func isOneOf(w string, words []string) bool {
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// wordList is a short list of words for the checks above, with a mask of
// their keys (see [wordKey]), so that a token whose key is none of
// theirs, nearly all of them, is passed over without a comparison:
// isOneOf compares a token with every word, each a call of the runtime
// when the lengths agree.
type wordList struct {
	words []string
	keys  uint64
}

func newWordList(words []string) wordList {
	ws := wordList{words: words}
	for _, w := range words {
		ws.keys |= wordKey(w)
	}
	return ws
}

// wordKey is the bit of a word in a [wordList]'s mask, by its length and
// its first byte: two equal words have the same, and two words that
// differ in either mostly have different ones (a mask of the lengths
// alone let through every token of a listed length: "call" for "hate",
// "someone" for "refused").
func wordKey(w string) uint64 {
	if w == "" {
		return 1
	}
	return 1 << ((uint(len(w))*7 + uint(w[0])) & 63)
}

// has reports whether w is one of the words, as isOneOf does.
func (ws *wordList) has(w string) bool {
	return ws.keys&wordKey(w) != 0 && isOneOf(w, ws.words)
}

// otherWays are channels with no person on them that a lead names
// instead of texting: an upload link, a form, email, a portal.
var otherWays = textmatch.NewSet("upload", "portal", "form", "email", "emails", "fax", "link", "computer", "website", "online", "mail", "correo", "formulario", "pagina").Gated()

// deviceFeatures are what a product does on a phone: "routing and
// invoicing on the phone", "the app on my phone".
var deviceFeatures = textmatch.NewSet("routing", "invoicing", "invoices", "scheduling", "schedule", "app", "apps", "dashboard",
	"checklists", "forms", "receipts", "timesheets", "payments", "notifications", "alerts", "everything", "work", "tickets")

// narrates: the match's clause tells of a past call (see pastNarrative).
func narrates(t textmatch.Text, m textmatch.Match) bool { return pastNarrative(t.Toks, t.IDs, m.Start) }

// keepsAccounts: "does the bills", "handles the money".
var keepsAccounts = textmatch.NewSet("does", "handles", "pays", "runs", "manages", "do", "handle")

// refusedNext reports a refusal at toks[k], past any breaks: "kidding,
// don't".
func refusedNext(toks []string, k int) bool {
	for k < len(toks) && toks[k] == textmatch.Break {
		k++
	}
	return k < len(toks) && (toks[k] == "dont" || toks[k] == "no" || toks[k] == "nah" || toks[k] == "never")
}

// ownCallersTold reports a call verb whose subject is the lead's own
// people, opening the clause: "our producers call me every time the list
// breaks", "my kids ring me on Sundays" (not "can our agent call me",
// nor "my cell, call me").
func ownCallersTold(t textmatch.Text, m textmatch.Match) bool {
	s := m.Start
	if s < 2 || !ownDeterminers.Has(t.Toks[s-2]) || !callVerbsTold.Has(t.Toks[s]) || phoneNouns.Has(t.Toks[s-1]) || t.Toks[s-1] == textmatch.Break {
		return false
	}
	return s == 2 || t.Toks[s-3] == textmatch.Break || clauseJoins.Has(t.Toks[s-3])
}

var (
	ownDeterminers = textmatch.NewSet("our", "my", "their")
	callVerbsTold  = textmatch.NewSet("call", "ring", "phone")
	phoneNouns     = textmatch.NewSet("cell", "phone", "number", "line", "landline", "mobile", "celular", "cel")
	clauseJoins    = textmatch.NewSet("and", "but", "so", "because", "cause", "cuz", "since")
)

// phoneSupportAsked reports "phone support" asked about as a feature of
// what is sold, in a question: "is phone support included in the basic
// plan?", "is there phone support after the install?", "do you guys have
// phone support on weekends?" (not "I need phone support, call me").
func phoneSupportAsked(t textmatch.Text, m textmatch.Match) bool {
	if t.Quests == 0 || m.End-m.Start != 2 || t.Toks[m.Start] != "phone" || t.Toks[m.Start+1] != "support" {
		return false
	}
	return textmatch.Before(t.Toks, m.Start, 4, featureAsks) || textmatch.After(t.Toks, m.End, 2, featureIncluded)
}

// callsNamedOther reports a call verb in the match whose object, right
// after it, is someone named with a place or a matter: "call Mark at the
// co-op about the ladder" (not "call me at 5", "call back about it").
func callsNamedOther(t textmatch.Text, m textmatch.Match) bool {
	toks, ids := t.Toks, t.IDs
	if m.End+1 >= len(toks) || !callVerbs.HasToken(toks, ids, m.End-1) {
		return false
	}
	// (the two words after the match first: most matches fail there,
	// before the pass over the rest of the message)
	who, next := toks[m.End], toks[m.End+1]
	if next != "at" && next != "about" && next != "from" && next != "over" ||
		leadSide.HasToken(toks, ids, m.End) || callTail.HasToken(toks, ids, m.End) || isNumberTok(who) {
		return false
	}
	// ("Can your rep call Maria at the office? She's my wife": the
	// lead's own people are the lead's side)
	return !leadsOwnSide.HasAnyToken(toks, ids, m.End, len(toks))
}

// ratherWord is the word of a preference: "I'd rather text than talk".
var ratherWord = textmatch.NewSet("rather")

var (
	callVerbs    = textmatch.NewSet("call", "ring", "phone", "text", "contact")
	leadsOwnSide = textmatch.NewSet("wife", "husband", "partner", "spouse", "son", "daughter", "mom", "dad", "esposa", "esposo", "socio")
	clockWords   = textmatch.NewSet("noon", "midnight", "five", "six", "seven", "eight", "nine", "ten")
	notNamed     = textmatch.NewSet("it", "that", "this", "my", "the", "them", "those", "these", "one", "him", "her", "mine", "everything")
)

// phoneSupportJudged reports the sender's phone support as the subject of
// a judgement: "your phone support used to be better", "the phone
// support is a joke" (not "your phone support, please").
func phoneSupportJudged(t textmatch.Text, m textmatch.Match) bool {
	if m.End-m.Start != 2 || t.Toks[m.Start] != "phone" || t.Toks[m.Start+1] != "support" || m.Start == 0 || m.End >= len(t.Toks) {
		return false
	}
	return (t.Toks[m.Start-1] == "your" || t.Toks[m.Start-1] == "the" || t.Toks[m.Start-1] == "ur") && judgedBy.Has(t.Toks[m.End])
}

var judgedBy = textmatch.NewSet("used", "was", "is", "has", "sucks", "got", "seems", "isnt", "wasnt", "aint", "stinks", "rocks", "gets", "keeps", "been")

var (
	featureAsks     = textmatch.NewSet("is", "there", "have", "has", "offer", "offers", "include", "includes", "any", "hay", "tienen")
	featureIncluded = textmatch.NewSet("included", "incluido", "incluida", "available", "extra")
)

// toldOtherTo reports a match told to someone else earlier in its clause:
// "told him to call the title company and talk to some lady named Pam",
// "tell her to talk to a manager" (not "told me to talk to someone").
func toldOtherTo(t textmatch.Text, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-12 && t.Toks[k] != textmatch.Break; k-- {
		if (t.Toks[k] == "told" || t.Toks[k] == "tell" || t.Toks[k] == "tells") && k+2 < m.Start && thirdObjects.Has(t.Toks[k+1]) && t.Toks[k+2] == "to" {
			return true
		}
	}
	return false
}

// thirdObjects are told to do something: "told him to".
var thirdObjects = textmatch.NewSet("him", "her", "them")

// wouldHaveTo reports a talk the lead supposes would be required, not
// one asked for: "so I'd have to talk to a person for every little
// change?", "we would have to speak with someone each time", "so I'd need
// to speak to an agent every time?".
func wouldHaveTo(t textmatch.Text, m textmatch.Match) bool {
	s := m.Start
	return s >= 3 && t.Toks[s-1] == "to" && (t.Toks[s-2] == "have" || t.Toks[s-2] == "need") && supposing.Has(t.Toks[s-3])
}

// supposing stand before "have to" in a supposed duty: "I'd have to".
var supposing = textmatch.NewSet("id", "would", "wed", "youd")

// identity: the match's clause asks whether the sender is a person (see
// identityQuestion).
func identity(t textmatch.Text, m textmatch.Match) bool {
	return identityQuestion(t.Toks, t.IDs, m.Start)
}

// happened: the talk or call at the match's start already happened (see
// talkHappened).
func happened(t textmatch.Text, m textmatch.Match) bool { return talkHappened(t.Toks, m.Start) }

// personOfOther: "of the hotel" after the match (see someoneElses).
func personOfOther(t textmatch.Text, m textmatch.Match) bool { return someoneElses(t.Toks, m.End) }

// namesSomeone: the lead gives or asks a name, not a call (see
// namingCall).
func namesSomeone(t textmatch.Text, m textmatch.Match) bool { return namingCall(t.Toks, m) }

// spanishHour reports "a las ..." or "a la una" at i: Spanglish for a
// time ("call me a las 6"), not "call me a cab".
func spanishHour(toks []string, i int) bool {
	return i+1 < len(toks) && toks[i] == "a" && (toks[i+1] == "las" || toks[i+1] == "la")
}

// callMeIdiom: "call me a cab", "call me crazy": a call verb, "me", then
// an idiom word, anywhere from the match's second token to just past it.
func callMeIdiom(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start + 1; k <= m.End && k+1 < len(toks); k++ {
		if toks[k] == "me" && askCallvClass.Has(toks[k-1]) && callIdiom.Has(toks[k+1]) && !spanishHour(toks, k+1) {
			return true
		}
		// a name just given: "everyone calls me Güero, you can call me
		// that too" ("call me that afternoon" is a time)
		if toks[k] == "me" && askCallvClass.Has(toks[k-1]) && toks[k+1] == "that" &&
			(k+2 == len(toks) || toks[k+2] == textmatch.Break || toks[k+2] == "too" || toks[k+2] == "also" || toks[k+2] == "instead") {
			return true
		}
	}
	return false
}

// ringsMyOther: "could you ring my cousin": "my" after the match starts a
// third party unless it names the lead's own line ("my cell").
func ringsMyOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.End+1 < len(toks) && toks[m.End] == "my" && !litAsk0.Has(toks[m.End+1]) && !householdOnThisLine(toks, m.End)
}

// householdOnThisLine: toks[i] is "my" before one of the lead's household
// and "on this phone" follows: "can you call my husband on this phone
// after 5" asks for a call to the lead's own line.
func householdOnThisLine(toks []string, i int) bool {
	return i+1 < len(toks) && toks[i] == "my" && relayers.Has(toks[i+1]) && onThisLine(toks, i+2)
}

// decisionCall: "i make the call on this": "call" after "the" and a verb
// of deciding is a decision, not a phone call.
func decisionCall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return toks[m.Start] == "call" && m.Start >= 2 && toks[m.Start-1] == "the" && decideVerbs.Has(toks[m.Start-2])
}

// leadCallsOther: "ill call my lender", "to call back my mom": after
// "ill", "will" or "to", a match that does not end the message must end
// on the lead ("me", "us").
func leadCallsOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if !(m.Start > 0 && (toks[m.Start-1] == "ill" || toks[m.Start-1] == "will" || toks[m.Start-1] == "to")) {
		return false
	}
	// "i'll pick up if someone rings": the lead takes the sender's call
	if toks[m.Start] == "pick" || toks[m.Start] == "answer" {
		return false
	}
	if toks[m.Start-1] == "to" && (m.Start > 2 && toks[m.Start-3] == "feel" && toks[m.Start-2] == "free" || relayedToLead(t, m)) {
		// "feel free to dial this number", "could you ask Dave to
		// give me a shout?": the business is asked to call
		return false
	}
	return m.End < len(toks) && !askObjClass.Has(toks[m.End-1])
}

// relayedToLead reports a call to the lead asked of the business for one
// of its people: "could you ask Dave to give me a shout?", "would you
// kindly ask Mr. Jenkins to return my call?" (the lead, "me" or "my
// call", in the match; a request and "ask" or "have" before it).
func relayedToLead(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	lead := false
	for k := m.Start; k < m.End && k < len(toks); k++ {
		if toks[k] == "me" || toks[k] == "us" || toks[k] == "my" && k+1 < len(toks) && toks[k+1] == "call" {
			lead = true
		}
	}
	if m.End < len(toks) && toks[m.End] == "call" && toks[m.End-1] == "my" {
		lead = true
	}
	cs := textmatch.ClauseStart(toks, m.Start)
	asked, req := false, false
	for k := cs; k < m.Start; k++ {
		switch toks[k] {
		case "ask", "have", "get", "tell":
			// the one asked is the business's: a name or its staff, not
			// "the tenant", "the neighbor", "my wife"
			if k+1 < m.Start && !relayedToStaff(toks, k+1) {
				return false
			}
			asked = true
		case "can", "could", "would", "please", "kindly", "pls":
			req = true
		}
	}
	return lead && asked && req
}

// callerNouns are who may be the nth to call the lead: "the 4th company
// to call me".
var callerNouns = textmatch.NewSet("company", "companies", "person", "one", "lender", "agent", "guy", "investor", "buyer", "outfit")

// ordinalWord reports "4th", "third", "1st".
func ordinalWord(w string) bool {
	if ordinalWords.Has(w) {
		return true
	}
	n := len(w)
	return n >= 3 && w[0] >= '0' && w[0] <= '9' && (w[n-2:] == "th" || w[n-2:] == "st" || w[n-2:] == "nd" || w[n-2:] == "rd")
}

var ordinalWords = textmatch.NewSet("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "tenth", "last")

// relayedToStaff reports toks[i], after "ask" or "have", as one of the
// business's people: a name ("Dave", "Mr. Jenkins"), "your tech",
// "someone", "the agent" (not "the tenant", "my wife").
func relayedToStaff(toks []string, i int) bool {
	switch toks[i] {
	case "my", "our", "his", "their", "a":
		return false
	case "the":
		return i+1 < len(toks) && relayStaff.Has(toks[i+1])
	}
	return true
}

var relayStaff = textmatch.NewSet("agent", "rep", "manager", "tech", "technician", "estimator", "inspector", "adjuster", "officer", "owner",
	"guy", "lady", "gentleman", "fella", "person", "broker", "realtor", "office", "salesman", "supervisor", "plumber", "electrician")

// peopleCallMeName: "people call me siobhan wrong all the time": what
// people, everyone or friends call the lead is a name, unless a time or
// politeness follows "me".
func peopleCallMeName(t textmatch.Text, m textmatch.Match) bool {
	toks, first := t.Toks, t.Toks[m.Start]
	return m.End+1 < len(toks) && toks[m.End] == "me" && (first == "people" || first == "everyone" || first == "everybody" || first == "friends" || first == "folks") &&
		!askCallmeClass.Has(toks[m.End+1])
}

// teamCall: "we have a team call on mondays": a meeting of a team after
// "a", "our" or "weekly", not a request.
func teamCall(t textmatch.Text, m textmatch.Match) bool {
	toks, first := t.Toks, t.Toks[m.Start]
	return m.Start > 0 && (toks[m.Start-1] == "a" || toks[m.Start-1] == "our" || toks[m.Start-1] == "weekly") &&
		(first == "team" || first == "sales" || first == "staff" || first == "crew" || first == "support")
}

// callsOther: the match ends on a call verb whose object is someone else:
// one of the lead's own people, you, her, him, them or it.
func callsOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if !askCallvClass.HasToken(toks, t.IDs, m.End-1) {
		return false
	}
	if m.End >= len(toks) {
		return false
	}
	switch n := toks[m.End]; {
	case (n == "him" || n == "her" || n == "my" && m.End+1 < len(toks) && relayers.Has(toks[m.End+1])) && forPrincipal(toks):
		// "my dad owns it and doesn't text. can your buyer call him
		// directly?": the one called is the lead's principal
		return false
	case n == "my" && m.End+1 < len(toks) && (relayers.Has(toks[m.End+1]) || toks[m.End+1] == "client" || toks[m.End+1] == "clients") && askedOfBusiness(t, m.Start):
		// "can your agent call my dad tomorrow?", "can a loan officer
		// call my client today?": the business asked to call the one the
		// lead speaks for
		return false
	case householdOnThisLine(toks, m.End):
		// "can you call my husband on this phone after 5": the lead's own
		// line, so a call to the household
		return false
	case ownPeople.Has(n), n == "you", n == "her", n == "him", n == "them", n == "it":
		return true
	case n == "the" || n == "our":
		// "call the building superintendent", "call the gate attendant";
		// "call the house phone" is the lead's line
		return m.End+1 < len(toks) && !leadLines.Has(toks[m.End+1])
	}
	return false
}

// onThisLine reports the lead's own line named within a few tokens from
// i, in its clause: "this phone", "this number", "the same line", "my
// cell" ("on this phone after 5", "at my number"; not "not my phone").
func onThisLine(toks []string, i int) bool {
	for k := i; k+1 < len(toks) && k < i+5 && toks[k] != textmatch.Break; k++ {
		if (toks[k] == "this" || toks[k] == "same" || toks[k] == "my" && (k == 0 || toks[k-1] != "not")) && phoneLines.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

// meetsAtFigure: "meet me|us at" a price ("will your buyer meet us at
// 415?", "at 250k", "at 5% down") or "in the middle", "halfway": terms
// met, not a person. A time or an address ("at 5 at the house", "at 123
// Main St", "at 4:30") is a meeting.
func meetsAtFigure(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	k := m.End
	if k+1 < len(toks) && toks[k] == "halfway" || k+2 < len(toks) && toks[k] == "in" && toks[k+1] == "the" && toks[k+2] == "middle" {
		return true
	}
	if k+1 >= len(toks) || toks[k] != "at" {
		return false
	}
	n, next := toks[k+1], ""
	if k+2 < len(toks) {
		next = toks[k+2]
	}
	return priceLike(n, next)
}

// priceLike reports a figure that reads as a price: "$415", "250k", "5%",
// or a bare number of 100 or more that ends its clause or is followed by
// "or", "and", "k", "down", "cash" or "flat".
func priceLike(n, next string) bool {
	if n == "" {
		return false
	}
	if n[0] == '$' || strings.HasSuffix(n, "%") || len(n) > 1 && n[len(n)-1] == 'k' && textmatch.AllDigits(n[:len(n)-1]) {
		return true
	}
	return len(n) >= 3 && textmatch.AllDigits(n) && (next == "" || next == textmatch.Break || priceTail.Has(next))
}

var priceTail = textmatch.NewSet("or", "and", "k", "down", "cash", "flat", "thats", "is")

// orHowQuestion: the clause goes on "or do we ...", "or should I ...",
// "or just ...", "or is there a lockbox?": it asks which way a step goes,
// not for the person.
func orHowQuestion(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.End; k+1 < len(toks); k++ {
		// ("will your guy meet us there, or is there a lockbox?": the
		// alternative may open the next clause)
		if toks[k] == textmatch.Break && toks[k+1] != "or" {
			break
		}
		if toks[k] == "or" && (orHow.Has(toks[k+1]) || k+2 < len(toks) && (toks[k+1] == "is" || toks[k+1] == "are") && toks[k+2] == "there") {
			return true
		}
	}
	return false
}

var orHow = textmatch.NewSet("do", "does", "should", "shall", "just", "use")

var phoneLines = textmatch.NewSet("phone", "number", "line", "cell", "cellphone", "mobile", "#")

// askedOfBusiness reports a question put to the business about one of
// its people: the clause before i opens with "can", "could", "would" or
// "will" and then "your", "a" or "someone" ("can a loan officer ...",
// "could someone from your office ..."), and names none of the lead's own
// people ("can my realtor call my dad?" is the lead's business; "can the
// agent on the buyer side ..." someone else's).
func askedOfBusiness(t textmatch.Text, i int) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, i)
	if cs >= i || !modalOpeners.Has(toks[cs]) || !businessDet.Has(toks[cs+1]) {
		return false
	}
	// "can a buyer's agent call my client": the other side's agent
	if cs+2 < i && otherSides.Has(toks[cs+2]) {
		return false
	}
	// "will your agent call my dad directly or go through me?": how
	// calls go, asked
	for k := i; k+1 < len(toks); k++ {
		if toks[k] == "or" && howAlternatives.Has(toks[k+1]) {
			return false
		}
	}
	for _, w := range toks[cs:i] {
		if ownPeople.Has(w) {
			return false
		}
	}
	return true
}

var (
	modalOpeners = textmatch.NewSet("can", "could", "would", "will")
	businessDet  = textmatch.NewSet("your", "ur", "a", "an", "someone", "somebody", "one")
	otherSides   = textmatch.NewSet("buyers", "sellers", "listing", "other", "different")
	// "or does it have to go through me", "or go through me"
	howAlternatives = textmatch.NewSet("does", "do", "go", "is", "has", "have", "should", "through", "thru")
)

// forPrincipal reports a message written for someone who owns or
// decides and does not text: "my dad is the one who owns it and he
// doesn't text", "mi papá es el dueño y no usa mensajes", "she handles
// this"; or for someone of the household or the office who asks for the
// call through the lead: "my wife asks if someone can call her", "la
// secretaria pregunta si alguien le puede marcar". A call asked for them
// is an ask.
func forPrincipal(toks []string) bool {
	for i, w := range toks {
		switch w {
		case "owns", "owner", "dueno", "duena", "decides", "decide", "handles", "decisions", "maneja", "decisiones":
			return true
		case "asks", "asked", "wants", "needs", "would", "pregunta", "quiere", "necesita", "pide", "pidio", "quisiera", "says", "said", "dice", "dijo", "d":
			if i > 0 && (relayers.Has(toks[i-1]) || relayPronouns.Has(toks[i-1])) {
				return true
			}
			// "dice mi mamá que mejor la llamen"
			if (w == "dice" || w == "dijo") && i+2 < len(toks) && toks[i+1] == "mi" && relayers.Has(toks[i+2]) {
				return true
			}
			// "él me pidió que alguien le llame", "she asked me to have
			// someone call her"
			if i+1 < len(toks) && w == "asked" && toks[i+1] == "me" || i > 0 && (w == "pidio" || w == "pide" || w == "dijo") && toks[i-1] == "me" {
				return true
			}
		case "behalf":
			return true // "on behalf of my mother"
		case "bills", "finances", "paperwork", "money":
			// "my wife does the bills, can somebody give her a holler"
			// (blind60, stop 67)
			if i >= 2 && toks[i-1] == "the" && keepsAccounts.Has(toks[i-2]) {
				return true
			}
		case "de":
			// "la casa es de mi papá": the place is the principal's
			if i > 0 && toks[i-1] == "es" && i+2 < len(toks) && toks[i+1] == "mi" && relayers.Has(toks[i+2]) {
				return true
			}

		case "hates", "hate":
			// "he hates texting"
			if i+1 < len(toks) && (toks[i+1] == "texting" || toks[i+1] == "texts" || toks[i+1] == "text") {
				return true
			}
		case "sabe":
			// "no sabe usar mensajes"
			if i > 0 && toks[i-1] == "no" && i+1 < len(toks) && toks[i+1] == "usar" {
				return true
			}
		case "text", "texting", "texts", "mensajes", "textos":
			if i > 0 && (textmatch.Negators.Has(toks[i-1]) || toks[i-1] == "usa" && i > 1 && toks[i-2] == "no") {
				return true // "doesn't text", "no usa mensajes"
			}
		case "confunde", "confunden", "confused":
			return true // "con los mensajes se confunde"
		}
	}
	return false
}

// relayers are the people a lead writes for: the household and the
// office.
// callerWords are who is asked to make a call for the principal.
var callerWords = func() textmatch.Set {
	ws := []string{"you", "u", "yall", "someone", "somebody", "anyone", "alguien"}
	ws = append(ws, askPersonClass.Words()...)
	return textmatch.NewSet(ws...)
}()

// relayPronouns stand for the one the lead writes for before a verb of
// asking or wanting: "she'd like somebody to call her", "ella quiere que
// alguien la llame".
var relayPronouns = textmatch.NewSet("she", "he", "ella", "el", "shed", "hed")

var relayers = textmatch.NewSet("wife", "husband", "mom", "dad", "mother", "father", "son", "daughter", "grandma", "grandpa", "foreman", "super",
	"boss", "manager", "secretary", "assistant", "receptionist", "partner", "esposa", "esposo", "mama", "papa", "madre", "padre",
	"hijo", "hija", "abuela", "abuelo", "jefe", "jefa", "secretaria", "asistente", "socio", "socia", "gerente")

// leadLines are the lead's own lines after "call the": "the house phone",
// "the landline", "the cell".
var leadLines = textmatch.NewSet("house", "home", "cell", "landline", "number", "phone", "main", "office", "shop", "store", "line")

// identityNotTalk: the clause asks whether the sender is a person and has
// no word of talking, calling or availability.
func identityNotTalk(t textmatch.Text, m textmatch.Match) bool {
	return identityQuestion(t.Toks, t.IDs, m.Start) &&
		!hasAny(t.Toks, m.Start, "talk", "speak", "call", "chat", "phone", "ring", "reach", "available", "explain", "walk", "who") &&
		!personToText(t.Toks, m)
}

// wishAsk before "discuss it by phone" make it asked: "I'd like to
// discuss this by telephone", "can we talk it over by phone"
var wishAsk = textmatch.NewSet("like", "want", "wish", "prefer", "can", "could", "would", "should", "lets", "please", "rather", "need")

// prefersTexts reports a message that asks for texts over calls:
// "prefiero texto", "I prefer text", "rather text".
func prefersTexts(t textmatch.Text, _ textmatch.Match) bool {
	_, ok := textsPreferred.First(t, func(m textmatch.Match) bool { return !negated(t.Toks, t.IDs, m.Start, 3) })
	return ok
}

var textsPreferred = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "texts preferred", Pattern: "prefiero|prefer|preferiria|rather ~1 texto|textos|text|texting|mensajes|mensaje|whatsapp|sms"},
	// "please do not call the house ... texts to this number are fine"
	{Name: "texts preferred", Pattern: "text|texts|texting|textos|mensajes ~4 are|is|son|estan fine|ok|good|best|bien|mejor / text|texting|texts is|are the best|easiest way"},
	// "Mejor por texto, ... on the phone no oigo nada. Please don't call."
	{Name: "texts preferred", Pattern: "mejor|better por|by texto|text|mensaje|mensajes / please dont call / no me llames|llamen|llame|marques|marquen"},
})

// personToText reports a match that asks for a person the lead can text
// with or who can text the lead: "is there a real person I can text with
// or is this all automated?", "is there a human that can text me?" ask
// for one, whatever they ask about the sender.
func personToText(toks []string, m textmatch.Match) bool {
	end := m.End
	// "is there a human that can text me?": the lead named after it
	if end-m.Start > 3 && (toks[end-1] == "me" || toks[end-1] == "us") {
		end--
	}
	last := toks[end-1]
	return end-m.Start > 2 && (last == "text" || last == "txt" || last == "message") && (toks[end-2] == "can" || toks[end-2] == "could")
}

// callsThirdParty: "call someone", "call the broker": after a call verb
// only a strong person noun (or customer, support) is a request, and not
// someone, somebody or person.
func callsThirdParty(t textmatch.Text, m textmatch.Match) bool {
	if !askCallonlyClass.Has(t.Toks[m.Start]) {
		return false
	}
	last := t.Toks[m.End-1]
	return !(askStrongClass.Has(last) || last == "customer" || last == "support") || last == "someone" || last == "somebody" || last == "person"
}

// movesOther: a connection verb ("hand", "transfer", "patch") whose
// object is not the lead, their call or case (see connectsLead).
func movesOther(t textmatch.Text, m textmatch.Match) bool {
	return connectVerbs.Has(t.Toks[m.Start]) && !connectsLead(t.Toks, m)
}

// selfDescribed: "im a" or "am a" before the match.
func selfDescribed(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	// ("I am real person, not spam": no article)
	return m.Start >= 2 && toks[m.Start-1] == "a" && (toks[m.Start-2] == "im" || toks[m.Start-2] == "am") ||
		m.Start >= 1 && (toks[m.Start-1] == "im" || toks[m.Start-1] == "am")
}

// leadSaysHuman reports the lead's own word of being human a few words
// before "not a bot": "I'm a real person btw, not a bot", "Human here not
// a bot lol".
func leadSaysHuman(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start - 1; k >= 0 && k >= m.Start-8; k-- {
		switch toks[k] {
		case "im", "am":
			for j := k + 1; j < m.Start && j <= k+3; j++ {
				if humanSelf.Has(toks[j]) {
					return true
				}
			}
		case "here":
			if k > 0 && humanSelf.Has(toks[k-1]) {
				return true
			}
		}
	}
	return false
}

// humanSelf: what a lead says they are, "a real person", "human".
var humanSelf = textmatch.NewSet("human", "person", "real", "humano", "persona")

// notWholeClause: the match is not a clause of its own.
func notWholeClause(t textmatch.Text, m textmatch.Match) bool {
	return textmatch.ClauseEnd(t.Toks, m.Start)-textmatch.ClauseStart(t.Toks, m.Start) != 1
}

// noQuestion: the message has no question mark.
func noQuestion(t textmatch.Text, _ textmatch.Match) bool { return t.Quests == 0 }

// busyOnACall: "on a call" at the start of the message or after a word of
// being busy ("im", "just", "still").
func busyOnACall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return toks[m.Start] == "on" && m.Start+1 < len(toks) && toks[m.Start+1] == "a" && (m.Start == 0 || busyBefore.Has(toks[m.Start-1]))
}

// toolFeatures follow a video tool named as a product feature: "Zoom
// integration", "Zoom meetings transcribed".
var toolFeatures = textmatch.NewSet("integration", "integrations", "app", "apps", "recordings", "recording", "meetings", "transcribed",
	"transcription", "transcripts", "plugin", "sync", "account", "accounts", "link", "links", "calendar", "license", "licenses", "plan", "feature", "features")

// busyOnACallWith: the lead is on a call with someone now, the match
// starting at its "call": "on a call w a customer, ill text back in 10",
// "sorry on a call with the bank", and in Spanglish "ando en un call con
// mi supervisor".
func busyOnACallWith(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if m.Start < 2 || toks[m.Start] != "call" {
		return false
	}
	if toks[m.Start-1] == "a" && toks[m.Start-2] == "on" {
		return m.Start == 2 || busyBefore.Has(toks[m.Start-3])
	}
	// (the Spanglish one needs who is busy: "en un call con tu manager
	// porfa" asks for one)
	return toks[m.Start-1] == "un" && toks[m.Start-2] == "en" && m.Start > 2 && busyBefore.Has(toks[m.Start-3])
}

// namedThirdParty: "connect me with tom on the phone": "to" or "with"
// two tokens before the match and, between, someone who is neither a
// person noun, the lead's side nor a verb of talking or calling.
func namedThirdParty(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.Start >= 2 && askToClass.Has(toks[m.Start-2]) && !askPersonClass.Has(toks[m.Start-1]) &&
		!leadSide.Has(toks[m.Start-1]) && !askTalkvClass.Has(toks[m.Start-1]) && !askCallvClass.Has(toks[m.Start-1]) && !talkedThings.Has(toks[m.Start-1])
}

// overPhoneAsk make "over the phone" a request in its clause: "can we
// do this over the phone?", "does anyone there have a few minutes to walk
// me through this over the phone".
var overPhoneAsk = textmatch.NewSet("can", "could", "lets", "prefer", "rather", "please", "pls", "someone", "somebody", "anyone", "anybody", "possible")

// talkedThings are what a talk goes through, not whom it is with: "walk
// me through this over the phone" (blind74, stop 72).
var talkedThings = textmatch.NewSet("this", "it", "that", "everything", "things", "todo", "esto", "eso")

// theCall: the match ends on "call" not after "a" ("on the call").
func theCall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.End-m.Start >= 2 && toks[m.End-1] == "call" && toks[m.End-2] != "a"
}

// thirdPartyOnLine: "get grandpa on the phone": get, put or have two
// tokens before the match and, between, someone who is neither a person
// noun nor the lead.
func thirdPartyOnLine(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.Start >= 2 && litAsk3.Has(toks[m.Start-2]) && !askPersonClass.Has(toks[m.Start-1]) && toks[m.Start-1] != "me" && toks[m.Start-1] != "us"
}

// tagQuestion: the match ends on "arent" or "isnt" with no -ing verb after
// it ("youre a bot arent you").
func tagQuestion(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	last := toks[m.End-1]
	return (last == "arent" || last == "isnt") && (m.End >= len(toks) || !strings.HasSuffix(toks[m.End], "ing"))
}

// nextToRequest: "give me a human, not a bot": a complaint that starts
// with "not", "no" or "another" counts only next to a request.
func nextToRequest(t textmatch.Text, m textmatch.Match) bool {
	if first := t.Toks[m.Start]; first != "not" && first != "no" && first != "another" {
		return true
	}
	return hasAny(t.Toks, 0, "want", "need", "prefer", "rather", "talk", "speak", "person", "human", "agent", "someone")
}

// deviceWorks: "the phone works great": "works" then anything but a
// comparative ("calling works better" prefers).
func deviceWorks(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.End-m.Start >= 2 && toks[m.End-2] == "works" && !comparative.Has(toks[m.End-1])
}

// callsTheOther: "a good time to call the vet": "the" or the lead's own
// people after the match, then neither a person noun nor a business.
func callsTheOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.End+1 < len(toks) && (toks[m.End] == "the" || ownPeople.Has(toks[m.End])) && !askPersonClass.Has(toks[m.End+1]) && !ownBusiness.Has(toks[m.End+1])
}

// talksToOther: the talk the match names is with someone the lead
// names by an article or a possessive and no word of the business's
// people: "better if we talked to a lawyer first", "I'd rather talk with
// my wife". "to a real person", "to one of your agents" and "to the
// office" still ask.
func talksToOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	k := m.End
	if k+2 >= len(toks) || toks[k] != "to" && toks[k] != "with" {
		return false
	}
	k++
	if toks[k] != "a" && toks[k] != "an" && toks[k] != "the" && !ownPeople.Has(toks[k]) {
		return false
	}
	for _, w := range toks[k+1 : min(len(toks), k+3)] {
		if askPersonClass.Has(w) || askClasses["live"].Has(w) || ownBusiness.Has(w) || w == "your" || w == "you" || w == "ur" || w == "yall" {
			return false
		}
	}
	return true
}

// numberOfThird: "a number to reach him": a third object after the
// match, except "the" before the sender's business or a strong person
// noun ("the number to call the office").
func numberOfThird(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if !(m.End < len(toks) && thirdObject.Has(toks[m.End])) {
		return false
	}
	n := toks[m.End]
	return n != "the" || m.End+1 >= len(toks) || !ownBusiness.Has(toks[m.End+1]) && !askStrongClass.Has(toks[m.End+1])
}

// whoIsNumber: "who" then gave, is, are, this, was or sent, except a
// four-token match with "in" third ("who is in charge").
func whoIsNumber(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return toks[m.Start] == "who" && m.Start+1 < len(toks) && litAsk6.Has(toks[m.Start+1]) && !(m.End-m.Start == 4 && toks[m.Start+2] == "in")
}

var (
	// whom a business's users call: not the lead
	customersOf = textmatch.NewSet("leads", "customers", "clients", "prospects", "patients", "contacts", "users", "tenants", "buyers", "sellers")
	// what a lead negotiates by text
	dealTerms = textmatch.NewSet("numbers", "price", "pricing", "money", "terms", "offers", "dollars", "numeros", "precio",
		// "Let's talk timing: we can't close before May"
		"timing")
)

// badWith are the words of "bad with phone calls", "terrible with the
// phone".
var badWith = textmatch.NewSet("bad", "terrible", "awful", "horrible", "hopeless", "useless", "pesimo", "malo", "mala")

// onACall: "on a call", "in a call" before the match: a call already
// going on, or a product's calls.
func onACall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.Start >= 2 && (toks[m.Start-2] == "on" || toks[m.Start-2] == "in") && (toks[m.Start-1] == "a" || toks[m.Start-1] == "the")
}

// callCompound: "call center", "call centre", "call list": a noun.
func callCompound(t textmatch.Text, m textmatch.Match) bool {
	for k := m.Start; k+1 < m.End && k+1 < len(t.Toks); k++ {
		if t.Toks[k] == "call" && (t.Toks[k+1] == "center" || t.Toks[k+1] == "centre" || t.Toks[k+1] == "centers" || t.Toks[k+1] == "list") {
			return true
		}
	}
	return false
}

// ownedContactWords are contact words that, after "my" or "our", name
// the lead's own address, a noun, not a verb of contact.
var ownedContactWords = textmatch.NewSet("email", "phone", "contact", "number")

// meetsOwn: "meeting in person with our lawyer": the meeting is with
// someone of the lead's own, not the sender.
func meetsOwn(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	return m.End+1 < len(toks) && toks[m.End] == "with" && (toks[m.End+1] == "my" || toks[m.End+1] == "our" || ownPeople.Has(toks[m.End+1]))
}

// meetsTarget: "can we meet the deadline": meet a date, a goal or terms.
func meetsTarget(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.End; k < len(toks) && k < m.End+3 && toks[k] != textmatch.Break; k++ {
		if meetTargets.Has(toks[k]) {
			return true
		}
	}
	return false
}

var alreadyHave = textmatch.NewSet("have", "has", "got", "know", "tengo", "conozco")

// leadAlreadyHas: "I already have an agent helping me", "we know a
// plumber who can": the lead has one of their own, within four tokens
// before the match ("do you have someone there" asks the sender).
func leadAlreadyHas(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start - 1; k >= 0 && k >= m.Start-4 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "already" || toks[k] == "tengo" || toks[k] == "conozco" {
			return true
		}
		if alreadyHave.Has(toks[k]) && k > 0 && (toks[k-1] == "i" || toks[k-1] == "we" || toks[k-1] == "already") {
			return true
		}
	}
	return false
}

var meetTargets = textmatch.NewSet("deadline", "deadlines", "target", "targets", "requirements", "requirement", "goal", "goals",
	"criteria", "budget", "expectations", "quota", "needs", "payment", "payments", "terms", "price", "number", "minimum", "halfway",
	"date", "dates", "timeline", "closing", "schedule", "middle", "halfway", "somewhere")

// hasEndearment reports a term of endearment for family or a friend:
// "ring me back babe", "llámame cuando salgas, bff" are meant for them,
// and never ask the sender; not "mija", which older leads call anyone.
func hasEndearment(t textmatch.Text) bool {
	return t.HasAny(endearments)
}

var endearments = textmatch.NewSet("babe", "bby", "bestie", "bff", "hubby", "wifey").Gated()

// numberForOther: "the customer service number for delta", "a number
// for tech support at comcast": a number "for" or "at" someone who is
// neither the sender nor one of its people.
func numberForOther(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.End; k+1 < len(toks) && k < m.End+2; k++ {
		if toks[k] == "for" || toks[k] == "at" {
			n := toks[k+1]
			// ("a number I can call for speak about the insurance": "for" a
			// verb is "to", no one else's)
			return n != "you" && n != "your" && n != "ur" && n != "yall" && n != "the" && !askPersonClass.Has(n) && !ownBusiness.Has(n) &&
				!askTalkvClass.Has(n) && n != "ask" && n != "discuss"
		}
	}
	return false
}

// personRequested: the message asks for a person somewhere ("talk",
// "person", "human", "someone"...), not only about bots.
func personRequested(t textmatch.Text, _ textmatch.Match) bool {
	for _, w := range t.Toks {
		if personWords.Has(w) {
			return true
		}
	}
	return false
}

var personWords = textmatch.NewSet("want", "need", "prefer", "rather", "talk", "speak", "person", "human", "agent", "someone",
	"somebody", "anyone", "real", "rep", "people", "owner", "manager", "persona", "alguien", "humano")

// demoWithOwnTeam: "book the demo with the team", "a meeting with our
// team": the lead's own team, which is a next step, not a person of the
// sender's.
func demoWithOwnTeam(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	last := toks[m.End-1]
	return (last == "team" || last == "staff") && m.End >= 2 && (toks[m.End-2] == "the" || toks[m.End-2] == "my" || toks[m.End-2] == "our")
}

// forOthers reports an ask made on behalf of someone other than the
// lead, or asked about the product: the lead's customers or users in the
// clause ("we want our customers to be able to talk to a human", "can
// leads request a callback through the widget?", "do you offer phone
// support for admins?") or a question whose subject is the product ("does
// it record phone calls?", "¿tu sistema hace handoff a un human agent?").
// The lead in the clause ("can your team call me", "is there a number I
// can call") keeps it an ask. ids are the IDs of toks, or nil.
//
// Each set is tested on its stretch of the clause with one
// [textmatch.Set.HasAnyToken]: the lead anywhere in it, the others up to
// four tokens past the ask, the product before it.
func forOthers(toks []string, ids []int32, m textmatch.Match) bool {
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	if leadSelf.HasAnyToken(toks, ids, cs, ce) {
		return false
	}
	near := min(ce, m.End+4) // cs <= m.Start <= near
	return usersOf.HasAnyToken(toks, ids, cs, near) ||
		productSubject.HasAnyToken(toks, ids, cs, m.Start) && questionAux.HasToken(toks, ids, cs)
}

var (
	// the lead in person: an ask that names them is theirs
	leadSelf = textmatch.NewSet("i", "me", "my", "im", "id", "ill", "myself", "mi", "yo", "conmigo", "llamame", "llameme")
	// the people a business lead serves or manages
	usersOf = textmatch.NewSet("customers", "clients", "users", "leads", "callers", "admins", "members",
		"patients", "visitors", "prospects", "end", "clientes", "usuarios", "prospectos", "pacientes")
	// the product as the subject of a question
	productSubject = textmatch.NewSet("product", "system", "software", "tool", "platform", "app", "widget", "bot",
		"feature", "plan", "sistema", "plataforma", "herramienta", "producto")
	questionAux = textmatch.NewSet("does", "do", "can", "could", "will", "is", "are", "would", "hace", "puede", "tiene", "ofrecen",
		"tu", "su", "el")
)

// maybeLaterForNow reports a talk put off as a maybe, with the lead's
// present told apart: "tal vez más adelante we can talk on the phone,
// ahorita solo estoy viendo opciones", "maybe down the road we could hop
// on a call, but honestly I'm just poking around for now", "a lo mejor
// luego les hablo por teléfono, todavía no decido nada". All four must
// be there: a maybe, a later, a now and a possibility.
func maybeLaterForNow(t *textmatch.Text) bool {
	// most messages say no maybe: one test of the text's words first
	if !t.HasAnyWord(maybeWords) {
		return false
	}
	toks := t.Toks
	maybe, later, now, modal := false, false, false, false
	for i, w := range toks {
		// a possibility, not an order: "we can", "podemos", "les hablo"
		// ("maybe call me later, I'm at work right now" asks)
		if w == "can" || w == "could" || w == "might" || w == "podemos" || w == "podriamos" || w == "hablo" || w == "llamo" {
			modal = true
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		switch {
		case w == "maybe" || w == "perhaps" || w == "quizas" || w == "quiza" || w == "tal" && next == "vez" || w == "lo" && next == "mejor" && i > 0 && toks[i-1] == "a":
			maybe = true
		case w == "later" || w == "luego" || w == "adelante" || w == "after" || w == "despues" || w == "road" || w == "eventually" || w == "someday":
			later = true
		case w == "ahorita" || w == "todavia" || w == "now" && i > 0 && (toks[i-1] == "for" || toks[i-1] == "right") || w == "poking" || w == "browsing":
			now = true
		}
	}
	return maybe && later && now && modal
}

// futureForNow reports a talk wanted at a time ahead, named before the
// ask in its clause, with the present put off after it: "next month I'll
// probably want to talk to someone about the loan, for now just texts are
// fine", "el otro mes quizás quiero hablar con alguien, por ahora mándeme
// todo por aquí", "next month sí quiero hablar con el loan officer, but not
// yet" (blind59, stop 66). A time ahead alone still asks ("next week I
// want to talk to someone about the rate").
func futureForNow(t *textmatch.Text, m textmatch.Match) bool {
	if !t.HasAnyWord(forNowWords) {
		return false
	}
	toks := t.Toks
	ahead := false
	for k := textmatch.ClauseStart(toks, m.Start); k < m.Start && !ahead; k++ {
		switch w := toks[k]; {
		case w == "later" || w == "eventually" || w == "adelante":
			ahead = true
		case (w == "next" || w == "proximo" || w == "proxima" || w == "otro" || w == "otra" || w == "siguiente") && k+1 < m.Start:
			ahead = aheadUnits.Has(toks[k+1])
		case aheadUnits.Has(w) && k+2 < m.Start && toks[k+1] == "que" && toks[k+2] == "viene":
			// "el mes que viene"
			ahead = true
		}
	}
	if !ahead {
		return false
	}
	for k := m.End; k+1 < len(toks); k++ {
		if toks[k] == "for" && toks[k+1] == "now" || toks[k] == "por" && (toks[k+1] == "ahora" || toks[k+1] == "ahorita") || toks[k] == "not" && toks[k+1] == "yet" {
			return true
		}
	}
	return false
}

var (
	// the second words of "for now", "por ahora", "not yet": a test of
	// the text's words first
	forNowWords = textmatch.NewSet("now", "ahora", "ahorita", "yet")
	// "next month", "el otro mes", "la próxima semana"
	aheadUnits = textmatch.NewSet("month", "week", "year", "spring", "summer", "fall", "mes", "semana", "ano", "quarter")
)

// maybeWords holds the words of a maybe for [maybeLaterForNow] ("tal
// vez", "a lo mejor" by their second word).
var maybeWords = textmatch.NewSet("maybe", "perhaps", "quizas", "quiza", "vez", "mejor")

// laterIf reports an ask put off to a condition the lead will report
// back on: "if I end up needing someone to walk me through it I'll let
// you know", "si después necesito que alguien me explique, le aviso".
func laterIf(t *textmatch.Text) bool {
	// a condition needs "if", "si" or "once": most messages have none
	if !t.HasAnyWord(textmatch.IfWords) && !t.HasAnyWord(onceWord) {
		return false
	}
	toks := t.Toks
	cond, opens := false, false
	for i, w := range toks {
		switch {
		case w == "if" || w == "si":
			cond = true
			opens = opens || condOpens(toks, i)
		case w == "once":
			opens = opens || condOpens(toks, i)
		// the talk put off past the present, in a clause of its own:
		// "Once my principal signs off, maybe we can set up a call. Not
		// yet though", "si después tengo dudas, a lo mejor le pido hablar
		// con un agente, pero por ahora así está bien", "if the quote is
		// too high maybe I'll want to talk to a manager, pero let's see
		// first" (not "Sí, quiero hablar con un agente. Todavía no
		// entiendo el contrato")
		case opens && deferralAt(toks, i):
			return true
		case cond && (w == "aviso" || w == "avisamos" || w == "know" && letYouKnow(toks, i)):
			return true
		// "if i need to speak with a person ill tell you", "si quiero
		// hablar con alguien ya les digo"
		case cond && youAll.Has(w) && i > 1 && (toks[i-1] == "tell" || toks[i-1] == "ask" || toks[i-1] == "text") && (toks[i-2] == "ill" || toks[i-2] == "will"):
			return true
		// "if the rate drops I'll want to talk to someone, but for now
		// just keep me posted"
		case cond && (w == "now" && i > 0 && toks[i-1] == "for" || w == "posted" && i > 0 && toks[i-1] == "me" || w == "meantime"):
			return true
		}
	}
	return false
}

var onceWord = textmatch.NewSet("once")

// youAll are the sender as "you": "let y'all know" ("y'all" reads "you
// all"), "I'll tell u".
var youAll = textmatch.NewSet("you", "u", "yall", "ya", "yous", "youse")

// letYouKnow reports "let you know", "let y'all know" ending at the
// "know" at i.
func letYouKnow(toks []string, i int) bool {
	k := i - 1
	if k > 0 && toks[k] == "all" {
		k--
	}
	return k > 0 && youAll.Has(toks[k]) && toks[k-1] == "let"
}

var (
	// the lead's own people, nobody, or a way ("the best way to reach me
	// to be text"), named in a request for a contact
	ownOrNobody = textmatch.NewSet("my", "our", "his", "her", "nobody", "noone", "no", "mi", "nuestro", "way")
	// a channel or a number named after "reach me": a preference, not a
	// talk
	channelNamed = textmatch.NewSet("by", "via", "only", "through", "thru")
	// what may come before "put me through": "please put me through"
	putLeadIns = textmatch.NewSet("please", "just", "you", "can", "could", "ok", "so")
)

// namesAThing reports "call" asking for a name: "What would you call
// this kind of loan?" (a "what" opening the clause, "this", "that" or
// "it" after the call).
func namesAThing(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	if toks[cs] != "what" && toks[cs] != "como" {
		return false
	}
	// (a kind named after "this": not "what time can you call this
	// afternoon?", "... call this number")
	for k := m.Start; k < m.End; k++ {
		if (toks[k] == "call" || toks[k] == "llama" || toks[k] == "llaman") && k+2 < len(toks) && (toks[k+1] == "this" || toks[k+1] == "that" || toks[k+1] == "these") &&
			kindWords.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

var kindWords = textmatch.NewSet("kind", "type", "sort", "thing", "kinds", "types", "sorts", "things")

// condOpens reports a condition word at i that opens a condition: "if"
// anywhere, "si" or "once" at a clause's start and followed by its
// clause ("si después tengo dudas", "once the board signs off"; not
// "Sí, llámeme", "once again", "I called once").
func condOpens(toks []string, i int) bool {
	if toks[i] == "if" {
		return true
	}
	return (i == 0 || toks[i-1] == textmatch.Break) && i+1 < len(toks) && toks[i+1] != textmatch.Break && toks[i+1] != "again" && toks[i+1] != "more"
}

// deferralAt reports a clause at i that only puts off: "not yet
// (though)", "todavía no", "let's see first", "por ahora así está bien".
func deferralAt(toks []string, i int) bool {
	if i > 0 && toks[i-1] != textmatch.Break && toks[i-1] != "but" && toks[i-1] != "pero" && toks[i-1] != "lets" {
		return false
	}
	ce := textmatch.ClauseEnd(toks, i)
	switch {
	case toks[i] == "not" && i+1 < ce && toks[i+1] == "yet", toks[i] == "todavia" && i+1 < ce && toks[i+1] == "no":
		return ce == i+2 || ce == i+3 && (toks[i+2] == "though" || toks[i+2] == "tho")
	case toks[i] == "see" && i+1 < ce && toks[i+1] == "first":
		return ce == i+2
	case toks[i] == "por" && i+1 < ce && (toks[i+1] == "ahora" || toks[i+1] == "ahorita"):
		for _, w := range toks[i+2 : ce] {
			if !contentNow.Has(w) {
				return false
			}
		}
		return true
	}
	return false
}

// contentNow are the words of "por ahora así está bien", "por ahora
// todo bien": the lead content as things are.
var contentNow = textmatch.NewSet("asi", "esta", "estoy", "estamos", "bien", "todo", "nada", "no", "vamos", "ok", "bueno")

// timeAsked reports someone's time asked for: "does anyone there have a
// few minutes to walk me through this", "does somebody have time today"
// (blind74, stop 72), which asks now and tells no habit.
func timeAsked(toks []string) bool {
	for k, w := range toks {
		if w == "have" || w == "got" {
			return textmatch.After(toks, k+1, 3, spareTime)
		}
	}
	return false
}

var spareTime = textmatch.NewSet("minute", "minutes", "min", "mins", "time", "sec", "second", "moment")

// howItGoes reports a question about how the process goes, which asks
// for nobody:
//   - a habit: "do your loan officers usually call before closing?",
//     "does someone call to verify my identity?" (not "do you ...");
//   - an obligation: "will I have to get on a phone call to get a
//     quote?", "would he have to speak with the loan officer?";
//   - the lead's own future in a hypothetical or beside an alternative:
//     "if something went wrong, who would I call?", "would I be able to
//     call someone, or is it only text?" ("would I be able to speak with
//     someone today?" alone still asks);
//   - anything put "hypothetically".
func howItGoes(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, m.Start)
	if cs+1 < m.Start && toks[cs] == "or" {
		cs++ // "..., or does it get passed to someone else?"
	}
	// a habit asked about, with or without its question mark
	if cs+1 <= m.Start && cs+1 < len(toks) && (toks[cs] == "do" || toks[cs] == "does") && habitSubject.Has(toks[cs+1]) && actsInSpan(toks, m) && !timeAsked(toks[cs+1:m.Start]) {
		return true
	}
	if t.Quests == 0 {
		return false
	}
	if t.HasAny(hypothetical) {
		return true
	}
	oblig, future := false, false
	for k := cs; k+1 < m.End; k++ {
		w := toks[k]
		if (w == "have" || w == "need" || w == "required" || w == "supposed") && toks[k+1] == "to" {
			oblig = true
		}
		// "do I need an agent to sell to you, or can I do it myself?"
		if w == "need" && (toks[k+1] == "a" || toks[k+1] == "an") && (toks[cs] == "do" || toks[cs] == "does") && slices.Contains(toks[m.End:], "or") {
			oblig = true
		}
		if (w == "would" || w == "will") && futureSubject.Has(toks[k+1]) {
			future = true
		}
	}
	if oblig && questionAux.Has(toks[cs]) && !youWords.Has(toks[min(cs+1, len(toks)-1)]) {
		return true
	}
	if !future {
		return false
	}
	// an "if" in the clauses just before, or an "or" just after
	for k := m.Start - 1; k >= 0 && k >= m.Start-14; k-- {
		if toks[k] == "if" {
			return true
		}
	}
	for k := m.End; k < len(toks) && k < m.End+8; k++ {
		if toks[k] == "or" {
			return true
		}
	}
	return false
}

// actsInSpan reports a verb of calling, talking or passing on in the
// match: what a habit question asks about ("does someone call to
// verify?"), unlike an availability ("does your team have an AE
// available?", which asks for one).
func actsInSpan(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < m.End; k++ {
		if askCallvClass.Has(toks[k]) || askTalkvClass.Has(toks[k]) || toks[k] == "passed" {
			return true
		}
	}
	return false
}

var (
	hypothetical  = textmatch.NewSet("hypothetically", "hypothetical", "hipoteticamente").Gated()
	youWords      = textmatch.NewSet("you", "u", "yall", "ya", "ustedes", "usted")
	futureSubject = textmatch.NewSet("i", "we", "he", "she", "they", "my", "our")
	habitSubject  = textmatch.NewSet("someone", "somebody", "anyone", "anybody", "they", "your", "ur", "the", "he", "she", "i", "we", "it", "a", "an", "my", "our")
)

// avoidsTalk reports a talk named as what the lead would rather not do:
// "chat is easier for me than talking to a person", "I like doing it by
// chat instead of talking to someone" ("I'd rather talk to someone than
// text" keeps its ask: the "than" comes after). ids are the IDs of toks,
// or nil.
func avoidsTalk(toks []string, ids []int32, m textmatch.Match) bool {
	// from the talk itself, which may be inside the match: "rather keep
	// it in the chat instead of speaking to a person"
	at := m.Start
	for k := m.Start; k < m.End; k++ {
		if talkVerbs.HasToken(toks, ids, k) {
			at = k
			break
		}
	}
	for k := at - 1; k >= 0 && k >= min(at, m.Start)-5 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "than" || toks[k] == "of" && k > 0 && toks[k-1] == "instead" || toks[k] == "vez" && k > 0 && toks[k-1] == "en" {
			return true
		}
	}
	return false
}

// processQuestion reports a question about whether the process will
// need a person, with the alternative named: "would I eventually have
// to talk to a loan officer, or is the whole thing online?", "¿tengo
// que hablar con un asesor o todo se hace en línea?".
func processQuestion(toks []string, m textmatch.Match) bool {
	must := false
	for k := m.Start - 1; k >= 0 && k >= m.Start-4 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "have" || toks[k] == "has" || toks[k] == "tengo" || toks[k] == "tendre" || toks[k] == "hay" || toks[k] == "got" && toks[k+1] == "to" {
			must = true
		}
	}
	if !must {
		return false
	}
	alt, altAsked, online, texting := false, false, false, false
	rest := toks[m.End:]
	for k, w := range rest {
		if w == "or" || w == "o" {
			alt = true
			// "... or can I do todo por text?": the other way asked about
			altAsked = altAsked || k+1 < len(rest) && altAsk.Has(rest[k+1])
		}
		online = online || onlineWords.Has(w)
		texting = texting || textWays.Has(w)
	}
	// (texting is the other way only when asked for: "I have to talk to
	// someone today or I'm canceling, texting isn't working" demands)
	return alt && online || altAsked && texting
}

var (
	altAsk = textmatch.NewSet("can", "could", "is", "do", "puedo", "puede", "se", "es", "just")
	// "do I gotta hablar con alguien or can I do todo por text?"
	textWays = textmatch.NewSet("text", "texto", "texting", "mensaje", "mensajes", "chat")
)

var onlineWords = textmatch.NewSet("online", "linea", "app", "digital", "automated", "automatico", "web", "website", "portal", "email",
	"electronico", "electronica", "electronic", "virtual", "remote", "remoto", "docusign")

// leadWillCall: the lead will make the call, later: "I'll give you a call
// sometime next month", "we'll ring you when we decide".
func leadWillCall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	you := false
	for k := m.Start - 1; k >= 0 && k >= m.Start-4 && toks[k] != textmatch.Break; k-- {
		switch toks[k] {
		case "you", "u", "yall":
			you = true
		case "ill", "well", "i", "we", "id":
			return you
		}
	}
	return false
}

// othersMeet: the one who meets is someone else, named before the verb
// with no first person: "the landlord will meet the plumber at 9".
func othersMeet(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, m.Start)
	other := false
	for k := cs; k < m.Start; k++ {
		switch w := toks[k]; {
		case w == "i" || w == "we" || w == "me" || w == "us" || w == "id" || w == "im":
			return false
		case thirdSubject.Has(w) || w == "person" || w == "landlord" || w == "tenant" || w == "he" || w == "she" || w == "they" || w == "someone" || w == "somebody":
			other = true
		}
	}
	return other
}

// othersPromise: a call someone else promised ("the contractor said he'd
// call me back and never did"): he, she or they, then would or will,
// before the call verb.
var thirdSupposed = textmatch.NewSet("hes", "shes", "theyre", "he", "she", "they", "is", "are")

// offersByPhone reports a question whether the sender does something by
// phone: "do y'all do estimates over the phone", "do you give quotes by
// phone or in person?". It asks about the service, not for a call.
func offersByPhone(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, m.Start)
	for k := cs; k+2 < m.Start; k++ {
		if (toks[k] == "do" || toks[k] == "does" || toks[k] == "can") && (senderPronoun.Has(toks[k+1]) || toks[k+1] == "ya") {
			for j := k + 2; j < m.Start && j <= k+4; j++ {
				if offerVerbs.Has(toks[j]) {
					return true
				}
			}
		}
	}
	return false
}

var offerVerbs = textmatch.NewSet("do", "give", "offer", "provide", "handle", "quote")

// ownPersonNouns are people of the lead's own, after "my" or "mi".
// wentWell tell how a talk someone had went: "y le fue bien", "la
// ayudaron"
var wentWell = textmatch.NewSet("fue", "ayudo", "ayudaron", "resolvio", "resolvieron")

var ownPersonNouns = textmatch.NewSet("wife", "husband", "son", "daughter", "mom", "dad", "mother", "father", "brother", "sister", "partner",
	"boss", "neighbor", "cousin", "friend", "realtor", "lawyer", "accountant", "agent",
	"esposo", "esposa", "hijo", "hija", "mama", "papa", "hermano", "hermana", "vecino", "vecina", "amigo", "amiga", "primo", "prima", "jefe", "jefa", "suegra", "suegro", "socio", "socia")

// ownPersonTalked: a person of the lead's own talked with the sender
// before, told in the past: "mi vecino habló con un agente de ustedes y le
// fue muy bien" ("hablo" is also "I talk": only after such a person).
func ownPersonTalked(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	p := m.Start - 1
	// "mi socio ya habló con su gerente"
	if p >= 0 && (toks[p] == "ya" || toks[p] == "tambien") {
		p--
	}
	return toks[m.Start] == "hablo" && p >= 1 && ownPersonNouns.HasToken(toks, t.IDs, p) &&
		(toks[p-1] == "mi" || toks[p-1] == "my" || toks[p-1] == "nuestro" || toks[p-1] == "nuestra" ||
			// "la vecina habló con un representante de ustedes y le fue
			// bien": told of someone named, ending well or after
			(toks[p-1] == "la" || toks[p-1] == "el") && slices.ContainsFunc(toks[m.End:], wentWell.Has))
}

func othersPromise(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start; k < m.End; k++ {
		if askCallvClass.HasToken(toks, t.IDs, k) {
			// "he's supposed to call me about it this week"
			if k >= 3 && toks[k-1] == "to" && toks[k-2] == "supposed" && thirdSupposed.HasToken(toks, t.IDs, k-3) {
				return true
			}
			// "he'll call me", "my wife will call me when the appraiser
			// leaves"
			if k >= 2 && (toks[k-1] == "would" || toks[k-1] == "will" || toks[k-1] == "gonna") &&
				(toks[k-2] == "he" || toks[k-2] == "she" || toks[k-2] == "they" ||
					k >= 3 && (toks[k-3] == "my" || toks[k-3] == "our") && ownPersonNouns.HasToken(toks, t.IDs, k-2)) {
				return true
			}
			return thirdWillCall(t, k)
		}
	}
	return false
}

// thirdWillCall reports that someone else named will call the lead,
// told or asked about: "my brother's gonna call me when he gets off",
// "is the inspector going to call me or do I call him?", "will the
// technician call me before he shows up?", "mi suegra me va a call
// tonight". A request for their call ("can the inspector call me?",
// "have my agent call me") is an ask; so is the call of anyone else
// ("will someone call me?", "are they gonna call me?") and of the
// sender's people ("is your agent gonna call me").
func thirdWillCall(t textmatch.Text, k int) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, k)
	j, future := k-1, false
	for ; j >= cs && j >= k-4 && futureSkip.HasToken(toks, t.IDs, j); j-- {
		future = future || toks[j] != "me" && toks[j] != "to" && toks[j] != "a" && toks[j] != "is" && toks[j] != "are"
	}
	if j <= cs {
		return false
	}
	// the sender's people are the sender ("is your agent gonna call me",
	// "is the realtor going to call me?"): only a tradesman of the job or
	// the lead's own person ("my brother", "mi suegra") is someone else
	det := toks[j-1]
	own := det == "my" || det == "our" || det == "mi" || det == "mis"
	subject := thirdCallers.HasToken(toks, t.IDs, j) && det != "your" && det != "ur" && det != "su" ||
		own && ownPersonNouns.HasToken(toks, t.IDs, j) ||
		// "my brother's gonna" reads "my brothers gonna"
		own && len(toks[j]) > 3 && strings.HasSuffix(toks[j], "s") && ownPersonNouns.Has(toks[j][:len(toks[j])-1])
	if !subject {
		return false
	}
	// a request for their call, in the words just before them: "can
	// the inspector call me", "have my agent call me"
	if requestWords.HasAnyToken(toks, t.IDs, max(cs, j-4), j) {
		return false
	}
	// told: "the inspector is going to call me"; asked with the verb
	// first: "will the technician call me"
	return future || j-2 >= cs && questionFirst.HasToken(toks, t.IDs, j-2) && (det == "the" || own)
}

var (
	// the words between someone and a call to come: "is going to",
	// "gonna", "will", "me va a"
	futureSkip = textmatch.NewSet("going", "gonna", "will", "would", "to", "is", "are", "va", "van", "a", "me", "supposed", "finna")
	// people of the job who call a lead: the inspector, the tech
	thirdCallers = textmatch.NewSet("inspector", "technician", "tech", "adjuster", "appraiser", "roofer", "plumber", "contractor",
		"electrician", "landlord", "tecnico", "inspectora", "contratista", "plomero")
	// a request for someone's call: "can the inspector call me", "have my
	// agent call me", "que mi hija me llame"
	requestWords = textmatch.NewSet("can", "could", "please", "pls", "plz", "have", "get", "tell", "ask", "que", "want", "need", "wanna",
		"dile", "pidele", "puede", "pueden", "podria")
	questionFirst = textmatch.NewSet("will", "is", "does", "would", "did")
)

// waitingOnCall reports a call the lead is waiting for from someone else
// named before it: "still waiting on the adjuster to even call me back",
// "esperando que el banco me llame" ("waiting for you to call me back"
// still asks).
func waitingOnCall(t textmatch.Text, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(t.Toks, m.Start)
	for k := max(cs, m.Start-6); k+2 < m.Start; k++ {
		switch t.Toks[k] {
		case "waiting", "waited", "wait", "esperando", "espero":
			on, who := t.Toks[k+1], t.Toks[k+2]
			if on == "que" || on == "a" {
				on, who = "on", on
				if k+3 < m.Start {
					who = t.Toks[k+3]
				}
			}
			return (on == "on" || on == "for") && !senderOwn.Has(who) && who != "ustedes" && who != "yall"
		}
	}
	return false
}

// callTimes are the words that count or time calls: "3am phone calls",
// "nonstop phone calls", "all the phone calls".
var callTimes = textmatch.NewSet("midnight", "late", "night", "nightly", "constant", "endless", "nonstop", "random", "spam",
	"robo", "daily", "weekly", "all", "those", "these", "more", "many", "few", "several", "angry", "weekend", "sales", "cold")

// timedCalls reports "phone calls" after a number or a word that counts
// or times them: the calls a lead puts up with, not one asked for.
func timedCalls(t textmatch.Text, m textmatch.Match) bool {
	if m.Start == 0 {
		return false
	}
	p := t.Toks[m.Start-1]
	return callTimes.Has(p) || p != "" && p[0] >= '0' && p[0] <= '9'
}

// pluralPeople are the plural person nouns that, as a subject followed at
// once by the verb, describe what people do.
var pluralPeople = textmatch.NewSet("people", "customers", "clients", "tenants", "folks", "employees", "guys", "reps",
	"agents", "humans", "buyers", "investors", "realtors", "staff", "techs", "adjusters", "engineers", "representatives")

// habitualPeople reports a plural subject and its verb in the present,
// with nothing asking before it in the clause: "people text me at
// midnight", "customers call us all day". "Have your people call me",
// "can your reps text me" and "I want reps to call" keep their asks.
func habitualPeople(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if !pluralPeople.HasToken(toks, t.IDs, m.Start) || m.Start+1 >= len(toks) || !askCallvClass.HasToken(toks, t.IDs, m.Start+1) && !reachVerbs.HasToken(toks, t.IDs, m.Start+1) {
		return false
	}
	for k := textmatch.ClauseStart(toks, m.Start); k < m.Start; k++ {
		if requestMark.Has(toks[k]) || peopleAskers.Has(toks[k]) {
			return false
		}
	}
	return true
}

var (
	peopleAskers = textmatch.NewSet("have", "get", "let", "your", "ur", "you", "to", "tell", "ask", "make")
	reachVerbs   = textmatch.NewSet("text", "email", "message", "txt", "contact", "reach")
)

// ownBooking reports a meeting the lead already has: "my appointment
// with the loan officer", "our consultation with the agent" (a meeting
// word right after "my" or "our").
func ownBooking(t textmatch.Text, m textmatch.Match) bool {
	return m.Start > 0 && (t.Toks[m.Start-1] == "my" || t.Toks[m.Start-1] == "our") && bookedWords.Has(t.Toks[m.Start])
}

var (
	bookedWords = textmatch.NewSet("appointment", "appt", "meeting", "consultation", "consult", "call", "walkthrough", "visit")
	meanWords   = textmatch.NewSet("mean", "means", "meaning", "meant")
)

// placeOwners before a person noun make the person someone of another
// place: "the building manager", "the hoa president", "the school
// counselor".
var placeOwners = textmatch.NewSet("building", "property", "apartment", "hoa", "complex", "store", "school", "bank", "site",
	"county", "city", "leasing", "condo")

var (
	// workItems are what a support team handles: "customer support
	// emails and chat"
	workItems = textmatch.NewSet("emails", "chats", "chat", "tickets", "calls", "inquiries", "requests", "cases", "queue")
	// serviceReach are the words of reaching a service (its number, line,
	// hours or contact) or of asking for it ("please", "asap")
	serviceReach = textmatch.NewSet("your", "ur", "su", "number", "line", "phone", "contact", "reach", "hours", "need", "want", "talk", "speak",
		"please", "pls", "plz", "asap", "now")
)

// ownTeamMeeting: a meeting of the lead's own team, "before our Monday
// staff meeting with the crew leads", not one asked of the sender.
func ownTeamMeeting(t textmatch.Text, m textmatch.Match) bool {
	return t.Toks[m.Start] == "meeting" && textmatch.Before(t.Toks, m.Start, 3, ownMeetingWords)
}

var ownMeetingWords = textmatch.NewSet("our", "my", "staff", "team", "weekly", "board", "monthly", "internal")

// words the English ask checks look for around a match, made once at
// package level
var (
	callNouns      = textmatch.NewSet("call", "calls", "llamada", "llamadas")
	ownAdviserNext = textmatch.NewSet("at", "from", "i", "who")
	laterOpeners   = textmatch.NewSet("ill", "let", "lemme", "gonna")
)

// meetingOther: "I'm meeting with a realtor Friday", "we're meeting with
// our attorney": a meeting the lead already has with someone else, not
// one asked of the sender ("I'm meeting with your agent Friday, right?"
// names the sender's).
//
// A question is no plan told: "Am I meeting with an adviser or a
// salesperson? Either way let's set it up."
func meetingOther(t textmatch.Text, m textmatch.Match) bool {
	if m.Start >= 2 && (t.Toks[m.Start-1] == "i" || t.Toks[m.Start-1] == "we") && progressiveBe.Has(t.Toks[m.Start-2]) {
		return false
	}
	return t.Toks[m.Start] == "meeting" && textmatch.Before(t.Toks, m.Start, 2, progressiveBe) &&
		textmatch.After(t.Toks, m.Start+1, 2, otherArticles)
}

var (
	progressiveBe = textmatch.NewSet("im", "am", "were", "are", "was")
	otherArticles = textmatch.NewSet("a", "an", "another", "my", "our")
)

// askOpeners may come just before an imperative ask: "can you put me in
// touch with Jeff", "please put me in touch"
var askOpeners = textmatch.NewSet("you", "u", "please", "pls", "plz", "can", "could", "would", "just", "kindly", "yall")

var (
	// askMarkers in a clause make "by phone" a request: "can we go over it
	// by phone too?"
	askMarkers = textmatch.NewSet("can", "could", "lets", "prefer", "rather", "please", "we", "you", "someone", "somebody")
	// mostlyWords after "by phone" say how it usually goes
	mostlyWords = textmatch.NewSet("mostly", "mainly", "usually")
	// customerOrders: the lead's customers' orders, not the lead's ask
	customerOrders = textmatch.NewSet("ringing", "orders", "customers", "clientes", "pedidos")
)

// productionLine after "on the line" makes it a plant's line
var productionLine = textmatch.NewSet("across", "shifts", "shift", "production", "assembly", "workers")

var (
	// saidWords report words: "the reminder said to call us".
	saidWords = textmatch.NewSet("said", "says", "say", "told", "tells")
	// senderNotices are the sender's own messages and papers, whose
	// "call us" is theirs, not the lead's ask.
	senderNotices = textmatch.NewSet("reminder", "notice", "letter", "email", "text", "message", "flyer", "ad", "website", "site", "card", "mailer", "voicemail", "postcard", "bill", "it")
)

// inAMeeting: the lead's own meeting under way, before the match: "in a
// meeting with the site manager til 3, text me after".
var inAMeeting = allOf(beforeIn(2, textmatch.NewSet("in", "at", "from", "after", "during")), not(visitIn))

// visitIn: "could I stop in and sit down with one of your people?": a
// visit ("stop in", "come in", "drop in", "pop in"), not a meeting the
// lead is in.
func visitIn(t textmatch.Text, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 1 && k >= m.Start-3; k-- {
		if t.Toks[k] == "in" && visitVerbs.Has(t.Toks[k-1]) {
			return true
		}
	}
	return false
}

var visitVerbs = textmatch.NewSet("stop", "come", "drop", "pop", "swing", "walk", "stopping", "coming", "dropping", "popping")

// enTitles open someone else's name after "call": "call Mrs. Ahmed".
var enTitles = textmatch.NewSet("mrs", "mr", "ms", "miss", "mister", "dr", "doctor", "sister", "brother", "pastor", "father", "officer", "coach")

// neverGiven reports a warning about what to hand over on a channel, not
// a wish to use it: "my son warned me never to give anyone my bank
// information over the phone or by text": a verb of giving out before
// the match, with a negation just before it.
func neverGiven(t textmatch.Text, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-10 && t.Toks[k] != textmatch.Break; k-- {
		if giveOutVerbs.Has(t.Toks[k]) && textmatch.Before(t.Toks, k, 3, textmatch.Negators) {
			return true
		}
	}
	return false
}

var giveOutVerbs = textmatch.NewSet("give", "share", "provide", "disclose", "hand", "read", "send", "tell")

// callerIDWords ask how a number displays, not for one to call.
var callerIDWords = textmatch.NewSet("caller", "callerid", "display", "displays", "displayed", "shows", "spoofed", "spoofing")

// alsoWords before a relayed call make it someone else's: "mi vecina
// también pide que alguien le llame".
var alsoWords = textmatch.NewSet("tambien")

// personTalks after "a human being to" keep the person one to talk to;
// taskNeeds before it make the person one to do a task ("you need a
// human being to proofread these texts").
var (
	personTalks = textmatch.NewSet("talk", "speak", "call", "help", "chat")
	taskNeeds   = textmatch.NewSet("need", "needs", "hire", "get")
)

// jokeOpeners: the word before "kidding" when a joke is taken back
// ("just kidding", "only joking").
var jokeOpeners = textmatch.NewSet("just", "only", "im", "lol", "haha", "jaja", "es")

// jokeTakenBack: the words that take back what was just said as a joke
// ("call me maybe, just kidding").
var jokeTakenBack = textmatch.NewSet("kidding", "joking", "jking", "broma", "bromeando")

// pulseThings: what follows a pulse or heartbeat that is no person's:
// "a pulse on the market", "a heartbeat monitor".
var pulseThings = textmatch.NewSet("on", "monitor", "monitors", "condition", "rate", "sensor")

// leadsThirdParties: those of the lead's own whom someone else wants the
// lead to talk to ("wants me to talk to HR first").
var leadsThirdParties = textmatch.NewSet("hr", "payroll", "bank", "lender", "accountant", "lawyer", "attorney", "benefits", "insurance", "union", "landlord", "doctor")

// othersWish: someone else's wish or word that the lead talk to someone
// ("wants me to talk to HR").
var othersWish = textmatch.NewSet("wants", "told", "asked", "said", "needs")

// namingCrowd: who calls the lead by a name ("call me Tess, everyone
// does").
var namingCrowd = textmatch.NewSet("everyone", "everybody", "friends", "people", "family", "todos")

// leadsOwnCallers: people of the lead's own life who will call them
// ("my supervisor will call me if they need me").
// likeComparers come before "like" as a comparison: "sounded like a call".
var likeComparers = textmatch.NewSet("sounded", "sounds", "seemed", "seems", "felt", "feels", "looks", "looked", "just", "more", "less", "almost")

var leadsOwnCallers = textmatch.NewSet("supervisor", "boss", "manager", "charge", "wife", "husband", "mom", "dad", "doctor", "school", "daycare", "job",
	"attorney", "lawyer", "accountant", "cpa", "son", "daughter", "brother", "sister", "pastor")

// divine: the one a prayer calls on ("call on the Lord").
var divine = textmatch.NewSet("lord", "god", "jesus", "heaven", "dios")

// saidSenderIs reports a match told as what someone said the sender is:
// "my neighbor said you folks are real people and not robots".
func saidSenderIs(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start - 1; k >= 1 && k >= m.Start-8; k-- {
		if senderAre.Has(toks[k]) && (senderYou.Has(toks[k-1]) || k >= 2 && senderYou.Has(toks[k-2])) {
			return textmatch.Before(toks, k, 6, reportVerbs)
		}
	}
	return false
}

var (
	senderAre = textmatch.NewSet("are", "were", "re", "son", "eran")
	senderYou = textmatch.NewSet("you", "yall", "folks", "guys", "ustedes")
)

// sendersPersonBefore reports the person "he" or "she" at i+1 takes up
// named as the sender's in the sentence before: "ustedes tienen un guy
// que habla español. Can he reach out to me?", "your rep from last
// week, could she call me?", "y'all have a lady who speaks Spanish". A
// person of the lead's own ("my brother is a realtor", "the guy from
// the bank") is not.
func sendersPersonBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		if !personNouns.Has(toks[k]) {
			continue
		}
		// "the inspector you sent out", "the guy from your company"
		for j := k + 1; j < i && j <= k+3 && toks[j] != textmatch.Break; j++ {
			if toks[j] == "you" || toks[j] == "your" || toks[j] == "yall" || toks[j] == "ustedes" {
				return true
			}
		}
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if sendersMark.Has(toks[j]) {
				return true
			}
			if ownOrNobody.Has(toks[j]) || toks[j] == textmatch.Break {
				return false
			}
		}
		return false
	}
	return false
}

var (
	// personNouns are someone of the sender's, whom "he" may name: "un
	// guy que habla español"
	personNouns = textmatch.NewSet("guy", "rep", "agent", "person", "someone", "somebody", "alguien", "representante", "agente", "muchacho", "man",
		"lady", "gal", "fella", "tech", "inspector", "manager", "realtor", "officer", "advisor", "adjuster", "estimator", "woman", "gentleman", "senor", "senora")
	// sendersMark before a person makes them the sender's: "your rep",
	// "ustedes tienen un guy", "y'all have a lady"
	sendersMark = textmatch.NewSet("your", "yall", "ustedes", "tienen", "you", "su", "uds")
)

// clientWishDeclined reports the wish to talk of the lead's client,
// seller or customer, told before the match and turned down after it:
// "My seller keeps saying he wants to talk to someone in person, but
// honestly texting works better for me", "Mi cliente dice que quiere
// hablar con el dueño, pero yo le dije que mejor avanzamos por aquí".
func clientWishDeclined(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	client := false
	for k := m.Start - 1; k >= 0 && k >= m.Start-10 && toks[k] != textmatch.Break; k-- {
		if leadSubjects.Has(toks[k]) {
			return false
		}
		client = client || clientWanters.Has(toks[k])
	}
	if !client {
		return false
	}
	for k := m.End; k < len(toks); k++ {
		if toks[k] == "but" || toks[k] == "pero" {
			rest := toks[k+1 : min(len(toks), k+10)]
			return slices.ContainsFunc(rest, hereOrText.Has) && slices.ContainsFunc(rest, betterWords.Has)
		}
	}
	return false
}

var (
	clientWanters = textmatch.NewSet("seller", "sellers", "client", "clients", "buyer", "buyers", "customer", "customers", "cliente", "clientes",
		"vendedor", "vendedora", "comprador", "compradora")
	hereOrText  = textmatch.NewSet("texting", "text", "texts", "here", "aqui", "aca", "texto", "mensajes", "chat")
	betterWords = textmatch.NewSet("better", "best", "works", "fine", "mejor", "bien", "avanzamos", "seguimos")
)

var (
	// orderOpeners may open an order: "Just have somebody ring my office"
	orderOpeners = textmatch.NewSet("just", "please", "pls", "and", "so", "then", "kindly")
	// calendarAsk before "15 min on someone's calendar" ask for the time
	calendarAsk = textmatch.NewSet("get", "grab", "book", "have", "find", "snag", "put", "schedule")
	// calendarThings after "on your calendar" are a tool, not time
	// asked for: "I spent 30 minutes on your calendar link"
	calendarThings = textmatch.NewSet("link", "app", "page", "tool")
)

// othersHabit: someone else's habit, told: "my grandma asks to talk to a
// manager at every restaurant" (a third person's verb before the match,
// "every" or "always" after it).
func othersHabit(t textmatch.Text, m textmatch.Match) bool {
	return textmatch.Before(t.Toks, m.Start, 3, habitVerbs) && textmatch.After(t.Toks, m.End, 4, habitWords)
}

// numberOfRole: a number of someone the lead names by role ("the seller's
// agent's number"), or one another party called from ("what number did
// the appraiser call from").
func numberOfRole(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	for k := m.Start; k < m.End && k < len(toks); k++ {
		if (toks[k] == "number" || toks[k] == "numero") && k > 0 && roleOwners.Has(toks[k-1]) {
			return true
		}
		// "did the appraiser call from": a third party calls, not you
		if (toks[k] == "did" || toks[k] == "does") && k+2 < len(toks) && (toks[k+1] == "the" || toks[k+1] == "my" || toks[k+1] == "that") && roleNouns.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

var (
	habitVerbs = textmatch.NewSet("asks", "demands", "insists", "likes", "loves", "wants", "always")
	habitWords = textmatch.NewSet("every", "everywhere", "whenever", "always")
	roleNouns  = textmatch.NewSet("appraiser", "inspector", "seller", "buyer", "agent", "realtor", "lender", "contractor", "adjuster", "tenant", "landlord", "bank", "plumber", "electrician", "surveyor")
	roleOwners = textmatch.NewSet("appraisers", "inspectors", "sellers", "buyers", "agents", "realtors", "lenders", "contractors", "adjusters", "tenants", "landlords",
		"plumbers", "electricians", "surveyors", "attorneys", "lawyers")
)

// othersWillCall: a call someone of the lead's or of another office will
// make, told: "Our IT guy will call me after he reviews the SOC 2 report",
// "The man from the county will phone me", "My husband will give you a
// call tomorrow" (not "your guy will call me, right?").
func othersWillCall(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	cs := textmatch.ClauseStart(toks, m.Start)
	// "will call me", "will give you a call"
	w := -1
	for k := max(cs, m.Start-4); k < m.Start; k++ {
		if toks[k] == "will" && willCallVerbs.Has(toks[k+1]) {
			w = k
		}
	}
	if w < 1 {
		return false
	}
	subj := toks[max(cs, w-5):w]
	if slices.ContainsFunc(subj, yourWords.Has) {
		return false
	}
	if slices.ContainsFunc(subj, myOur.Has) {
		return true
	}
	// "the man from the county"
	for k := 0; k+1 < len(subj); k++ {
		if subj[k] == "from" && (subj[k+1] == "the" || subj[k+1] == "a") {
			return true
		}
	}
	return false
}

var (
	willCallVerbs = textmatch.NewSet("call", "phone", "ring", "give", "buzz")
	yourWords     = textmatch.NewSet("your", "ur", "you", "yall", "someone", "somebody", "anyone")
	myOur         = textmatch.NewSet("my", "our")
)

// anybodyWillTell reports "talk to anybody ... and they'll tell you" at
// the start of a clause: a saying that everyone knows, not an ask
// ("talk to anyone around here and you'll hear the same").
func anybodyWillTell(t textmatch.Text, m textmatch.Match) bool {
	toks := t.Toks
	if toks[m.Start] != "talk" && toks[m.Start] != "ask" || m.Start > 0 && toks[m.Start-1] != textmatch.Break {
		return false
	}
	if !slices.ContainsFunc(toks[m.Start:m.End], anyOne.Has) {
		return false
	}
	ce := textmatch.ClauseEnd(toks, m.End)
	for k := m.End; k+1 < ce; k++ {
		if toks[k] == "and" && (toks[k+1] == "they" || toks[k+1] == "you" || toks[k+1] == "youll" || toks[k+1] == "everybody" || toks[k+1] == "everyone") {
			return true
		}
	}
	return false
}

// anyOne: "anybody", "anyone" in "talk to anybody ... and they'll tell you"
var anyOne = textmatch.NewSet("anybody", "anyone", "any")

// promiseWords put a call told of in the future of the past: "dijo que me
// iba a call back", "said he would call me back".
var promiseWords = textmatch.NewSet("iba", "iban", "would", "was", "were", "va", "van")

// toldCall are the calls a promise told of names: "call (me) back",
// "llamar", "marcar".
var toldCall = textmatch.NewSet("call", "llamar", "marcar", "hablar", "llamarme", "marcarme", "hablarme", "text", "textear")

// reportedAdvice reports an ask that is advice someone else gave the
// lead, told as such: "my pastor said always speak to a person before
// you sign anything", "mi prima says I should talk to a human antes de
// firmar". A request relayed for someone ("my husband says have the
// owner call him") carries no word of advice and still asks.
func reportedAdvice(toks []string, m textmatch.Match) bool {
	for k := m.Start - 1; k > 0 && k >= m.Start-6 && toks[k] != textmatch.Break; k-- {
		if !adviceWords.Has(toks[k]) {
			continue
		}
		// the advice is reported: "said always", "says i should", "dice
		// que siempre", by someone who is not the lead or the sender
		for j := k - 1; j > 0 && j >= k-3; j-- {
			if adviceReport.Has(toks[j]) {
				return !leadOrSender.Has(toks[j-1]) && toks[j-1] != "yo" && adviceDismissed(toks[m.End:])
			}
		}
	}
	return false
}

// adviceDismissed reports the lead setting the advice aside after it:
// "... but honestly texting is fine with me", "I ain't signing nothing
// yet", "it's just a quote". Advice told alone is taken, and asks: "my
// son says I should get a person on the phone for this".
func adviceDismissed(after []string) bool {
	for k, w := range after {
		switch {
		case fineWords.Has(w) && k > 0 && slices.ContainsFunc(after[max(0, k-3):k], adviceChannel.Has):
			return true
		case w == "quote" && k > 1 && after[k-2] == "just",
			w == "yet" && k > 0 && (after[k-1] == "nothing" || after[k-1] == "not"),
			w == "no" && k > 0 && after[k-1] == "todavia":
			return true
		}
	}
	return false
}

var (
	fineWords     = textmatch.NewSet("fine", "ok", "okay", "good", "bien", "perfect")
	adviceChannel = textmatch.NewSet("texting", "text", "texts", "mensaje", "mensajes", "this", "esto", "chat")
)

var (
	adviceWords  = textmatch.NewSet("should", "shd", "always", "siempre", "deberia", "debo", "debes", "deberias", "better")
	adviceReport = textmatch.NewSet("said", "says", "told", "tells", "say", "dijo", "dice", "dicen", "dijeron", "recommends", "recommended",
		"advised", "advises", "suggests", "suggested", "recomienda", "recomendo", "aconseja", "aconsejo")
)

// adviceTold reports an ask pattern in t that is advice told
// ([reportedAdvice]).
func adviceTold(t textmatch.Text) bool {
	if !t.HasAny(adviceWords) {
		return false
	}
	adv := func(m textmatch.Match) bool { return reportedAdvice(t.Toks, m) }
	if _, ok := askMatcher.First(t, adv); ok {
		return true
	}
	_, ok := spanishAsk.First(t, adv)
	return ok
}

// botTest reports a person named in a test of whether one is typing: "lol
// say pineapple if a real human is typing", 'type "banana" if
// you're a real person', "di papa si eres persona". It asks whether the
// sender is a person, not for one.
func botTest(toks []string, m textmatch.Match) bool {
	// (the test word may be quoted, and its quotes end a clause: 'type
	// "banana" if ...')
	cs := textmatch.ClauseStart(toks, m.Start)
	for k := m.Start - 1; k >= cs && k >= m.Start-5; k-- {
		if toks[k] != "if" && toks[k] != "si" {
			continue
		}
		return slices.ContainsFunc(toks[max(0, k-4):k], testVerbs.Has)
	}
	return false
}

var testVerbs = textmatch.NewSet("say", "type", "reply", "text", "send", "write", "di", "dime", "escribe", "escribeme", "pon", "responde", "manda")
