package dnc

import (
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// What a pattern of [optOutPhrases] cannot say about itself is in
// phraseRules: per rule, the readings of a match that are not a
// revocation (unless), a condition the match must meet (require), and
// whether the shared checks of acceptPhrase (a negation, a quotation or a
// conditional before the phrase) still apply. Each exclusion names the
// reading it rules out, with an example, so the table reads as the list
// of look-alikes each phrase has met; the predicates are small and guard
// their own bounds, so their order does not matter.

// phraseCheck is a predicate on a match of a phrase rule.
type phraseCheck func(toks []string, m textmatch.Match) bool

// exclusion is a reading of a match that is not an opt-out.
type exclusion struct {
	why     string
	applies phraseCheck
}

// oneMatter declines "no need for more follow up" said of one matter
// ("on the claim, it was paid"), and keepsReceivingX "no quiero dejar de
// recibir sus mensajes"; the model reads both as revocations, and
// bindsModel lets neither overrule the rule.
var (
	oneMatter       = exclusion{"one matter closed: 'no need for more follow up on the claim, it was paid'", afterIn(2, textmatch.NewSet("on", "about", "regarding", "re", "for"))}
	keepsReceivingX = exclusion{"not wanting them to stop: 'no quiero dejar de recibir sus mensajes'", keepsReceiving}
	// Stop 48's model, calibrated on conversations, acts from p 0.6
	// (review) and 0.745 (suppress) instead of 0.845 and 0.865, and
	// reached these three look-alikes, which name what they are about
	noneCameX = exclusion{"none came: 'I got no texts from you, just emails', 'no text yet, can you email the code?'", func(toks []string, m textmatch.Match) bool {
		return textmatch.Before(toks, m.Start, 2, gotWords) || textmatch.After(toks, m.End, 2, cameWords)
	}}
	waitingListX = exclusion{"a waiting list, not a contact list: 'remove este número de la lista de espera'", listOfWaiting}
	otherListX   = exclusion{"another list: 'déjenme fuera de la lista de reparaciones, eso ya lo arreglé'", func(toks []string, m textmatch.Match) bool {
		return m.End+1 < len(toks) && toks[m.End] == "de" && !contactLists.Has(toks[m.End+1])
	}}
	fewerX = exclusion{"fewer, not none: 'I don't need daily updates'", fewerNotNone}
	// the readings that bind the model are narrower: "from" after "no
	// texts" is whose texts ("no texts from you guys please, email
	// only"), and "anymore" makes daily texts all of them ("I don't need
	// your daily texts anymore")
	noneCameBound = exclusion{noneCameX.why, func(toks []string, m textmatch.Match) bool {
		return textmatch.Before(toks, m.Start, 2, gotWords) || textmatch.After(toks, m.End, 2, cameStrict)
	}}
	fewerBound = exclusion{fewerX.why, func(toks []string, m textmatch.Match) bool {
		cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
		clause := toks[cs:ce]
		return fewerNotNone(toks, m) && !slices.Contains(clause, "anymore") && !textmatch.ContainsSeq(clause, "ya", "no") && !textmatch.ContainsSeq(clause, "at", "all")
	}}
	cameStrict = textmatch.NewSet("came", "come", "arrived", "yet", "showed", "coming", "received", "todavia", "aun", "llegan", "llego")
)

// bindsModel are the exclusions whose reading the model may not overrule,
// by the rule they decline. With untilContrast the reading binds only
// when no "pero" or "but" follows it: "no quiero dejar de recibir el
// boletín pero los mensajes de texto ya no los quiero" wants the
// newsletter and revokes the texts, while "No, no quiero dejar de recibir
// sus mensajes, gracias" wants them all.
var bindsModel = []boundExclusion{{"dont follow up", oneMatter, false}, {"foreign", keepsReceivingX, true},
	{"no texts email", noneCameBound, false}, {"remove me", waitingListX, false}, {"dont want messages", fewerBound, true},
	{"left off the list", otherListX, false}}

// boundExclusion is an exclusion of rule's that the model may not overrule.
type boundExclusion struct {
	rule          string
	x             exclusion
	untilContrast bool
}

// contrasts are the words after which a message may take back what came
// before it.
var contrasts = textmatch.NewSet("pero", "but", "sino", "aunque", "though", "however", "except", "excepto")

// phraseRule holds the checks of one rule of optOutPhrases.
type phraseRule struct {
	unless  []exclusion
	require phraseCheck // when set, must hold
	// final: the rule's own checks decide; the shared checks of
	// acceptPhrase are not applied (the rule handles negation itself)
	final bool
	// othersNamed: people named around the match are not whose stop it
	// is (the customers a line is kept free for, the one whose old
	// number it was), so someoneElsesStop is not applied
	othersNamed bool
}

// neverBack reports "you never text me back", "u guys never call us
// back", "you never text me anymore": a complaint that the sender does
// not answer or write, from a lead who wants more contact, not a
// revocation. "Never text me again" and "never text me back. ever." have
// no subject before the "never": requests.
func neverBack(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) || toks[m.End] != "back" && toks[m.End] != "anymore" && toks[m.End] != "lately" {
		return false
	}
	for k := max(1, m.Start-3); k < m.End; k++ {
		if toks[k] == "never" && backSubjects.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

// backSubjects are who never answers in a neverBack complaint.
var backSubjects = textmatch.NewSet("you", "u", "ya", "yall", "guys", "they", "people", "nobody", "he", "she", "agent", "agents")

// acceptPhrase applies the checks a pattern alone cannot express.
func acceptPhrase(toks []string, m textmatch.Match) bool {
	if almostReported(toks, m) || !phraseRules[m.Name].othersNamed && someoneElsesStop(toks, m.Start, m.End) {
		return false
	}
	if reportedRules[m.Name] && (toldSomeoneElse(toks, m) || pastQuestion(toks, m)) {
		return false
	}
	if takenBack(toks, m) || asksMeaning(toks, m) || counterfactual(toks, m) || howItWorks(toks, m) || keptUntilThen(toks, m) || futureTelling(toks, m) || adviceDeclined(toks, m) || toldOtherSenderFine(toks, m) {
		return false
	}
	// "quit sending me the market report, text is fine though": a stop
	// that names no texts, in a message that says texts are welcome,
	// stops something else
	if !slices.ContainsFunc(toks[m.Start:m.End], textsNamed.Has) && textsFine(toks) {
		return false
	}
	if othersKept(toks, m) || textmatch.CorrectedAtOnce(toks, m.End) || neverBack(toks, m) {
		return false
	}
	r := phraseRules[m.Name]
	for _, x := range r.unless {
		if x.applies(toks, m) {
			return false
		}
	}
	if r.require != nil && !r.require(toks, m) {
		return false
	}
	if r.final {
		return true
	}
	// ("no necesito seguro de vida ni quiero que me sigan contactando":
	// "ni" goes on with the refusal, it does not undo it)
	if !(toks[m.Start] == "ni" && m.Name == "es dont want messages") && negatedBefore(toks, m.Start, 6) {
		return false
	}
	if m.Start > 0 && quoteVerbs.Has(toks[m.Start-1]) && !relayed(toks, m.Start-1) && !meansIt(toks, m.Start-1) {
		return false
	}
	// conditionals describe, they do not request: "if you go away i'd be
	// heartbroken"
	return !textmatch.Before(toks, m.Start, 6, litPhrases2) || politeIf(toks, m.Start)
}

// scheduleNouns are what a visit, not a lead, is removed from.
var scheduleNouns = textmatch.NewSet("schedule", "calendar", "route", "waitlist", "agenda")

// promiseBroken say the messages came after a removal was promised.
var promiseBroken = textmatch.NewSet("again", "still", "keep", "keeps")

var (
	// esSenderSubject may stand between "que" and "me" as the sender:
	// "no quiero que esta compañía me contacte más"
	esSenderSubject = textmatch.NewSet("ustedes", "usted", "uds", "esta", "este", "su", "sus", "compania", "empresa", "agencia", "negocio", "oficina", "gente")
	// notAPerson stand where a name would: "ain't no problem at this
	// number"
	notAPerson = textmatch.NewSet("signal", "problem", "problems", "service", "way", "reception", "answer", "bars", "wifi", "need", "reason", "rush", "issue")
	// othersAfter open a subject named after the verb: "que me dejen en
	// paz los cobradores"
	othersAfter = textmatch.NewSet("los", "las", "el", "la", "mi", "mis")
	// goOnVerbs ask for more after a refusal of something else
	goOnVerbs = textmatch.NewSet("send", "text", "keep", "mandame", "mandeme", "manden", "escribeme")
)

// blockedOthers name other senders after "blocked".
var blockedOthers = textmatch.NewSet("other", "others", "otro", "otra", "otros", "otras")

// ownDevice are the lead's own things a setting is changed on.
var ownDevice = textmatch.NewSet("phone", "settings", "setting", "app", "iphone", "android", "watch")

var (
	// thirdClicked are the third person's preterites of a click: "le dio
	// unsubscribe", "le puso stop"
	thirdClicked = textmatch.NewSet("dio", "puso", "hizo", "pico", "apreto", "marco")
	// clickedStillComing say the messages kept coming after it
	clickedStillComing = textmatch.NewSet("siguen", "sigue", "todavia", "aun", "still", "llegando", "mandando", "escribiendo", "llegan", "llego", "paran", "otro", "igual", "hoy")
)

// adviceDeclined reports a stop someone else advised, which the lead
// then declines: "my son says I should tell you to stop, but it's my house
// and I want to hear the number", "my niece says I should block you but I
// wanted to ask you directly", "my wife thinks I should unsubscribe ... I
// told her not yet" (not "... but honestly I agree").
func adviceDeclined(toks []string, m textmatch.Match) bool {
	advised := false
	for k := max(0, m.Start-10); k < m.Start && !advised; k++ {
		if !adviceVerbs.Has(toks[k]) || k == 0 || toks[k-1] == "i" || toks[k-1] == "yo" || toks[k-1] == textmatch.Break {
			continue
		}
		advised = slices.ContainsFunc(toks[k+1:m.Start], shouldWords.Has)
	}
	if !advised {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+24; k++ {
		if toks[k] == "agree" || toks[k] == "right" || toks[k] == "razon" {
			return false
		}
		if (toks[k] == "but" || toks[k] == "pero") && slices.ContainsFunc(toks[k+1:min(len(toks), k+7)], declinerWords.Has) ||
			toks[k] == "not" && k+1 < len(toks) && toks[k+1] == "yet" || toks[k] == "todavia" && k+1 < len(toks) && toks[k+1] == "no" ||
			// "I told her no, I like the updates"
			(toks[k] == "told" || toks[k] == "dije") && k+2 < len(toks) && toks[k+2] == "no" {
			return true
		}
	}
	return false
}

// quiteBefore: English words before "quite" ("I quite like", "not quite
// sure", "it's quite a number"), where Spanish "quite" would follow "me",
// "que" or open the request.
var quiteBefore = textmatch.NewSet("i", "im", "its", "is", "was", "not", "were", "thats", "it", "we", "are", "be", "been", "seems")

// toldOtherSenderFine reports a stop told to another sender, with this
// one reassured after it: "the other guys me llamaban every day, les dije
// que stop. ustedes are cool tho", "a la inmobiliaria de al lado le dije
// que no me llamen más, pero con ustedes sí quiero seguir".
func toldOtherSenderFine(toks []string, m textmatch.Match) bool {
	// ("le dije a la otra compañía que ya no me llamen")
	if m.Name != "es asked before" && m.Name != "asked before" && !textmatch.Before(toks, m.Start, 7, toldVerbs) {
		return false
	}
	r, ok := reassured.First(textmatch.Text{Toks: toks[m.End:]}, nil)
	if !ok {
		return false
	}
	// the other sender named as one ("the other guys", "la inmobiliaria
	// de al lado"), or by the comparison itself: "I told Opendoor que no
	// me escribieran más ... Ustedes are way better"
	return slices.ContainsFunc(toks[:m.Start], otherOnes.Has) || textmatch.ContainsSeq(toks[:m.Start], "de", "al", "lado") ||
		slices.ContainsFunc(toks[m.End+r.Start:m.End+r.End], comparedBetter.Has)
}

// comparedBetter in a reassurance compare this sender with another.
var comparedBetter = textmatch.NewSet("better", "mejores", "mejor")

// toldVerbs before a stop make it told to someone: "le dije que no me
// llamen", "I told them stop".
var toldVerbs = textmatch.NewSet("told", "dije", "dijimos", "dijo", "asked", "pedi", "pedimos")

var (
	// someone else's advice: "my son says", "my wife thinks", "mi hija dice"
	adviceVerbs = textmatch.NewSet("says", "thinks", "reckons", "suggests", "insists", "wants", "said", "dice", "piensa", "cree", "quiere", "dijo")
	// what makes it advice to the lead: "I should", "me to", "que"
	shouldWords = textmatch.NewSet("should", "to", "que", "deberia", "debo", "ought")
	// the lead's own way after "but": "but it's my house and I want",
	// "but I wanted to ask you"
	declinerWords = textmatch.NewSet("i", "im", "my", "yo", "quiero", "mi", "me", "id", "ill")
)

var phraseRules = map[string]phraseRule{
	// the one whose phone this is, relayed (blind75, stop 73): "My
	// husband Ray says quit sending him house offers on this phone"
	"relayed stop": {othersNamed: true, unless: []exclusion{
		{"nothing wanted but something: 'I want nothing further from your company than a fair quote', 'we want nothing else from you but the refund'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+6 && toks[k] != textmatch.Break; k++ {
				if toks[k] == "than" || toks[k] == "but" || toks[k] == "except" || toks[k] == "besides" {
					return true
				}
			}
			return false
		}},
	}},
	"mail only": {unless: []exclusion{
		{"how a payment or a bill travels: 'the payoff check goes by regular mail only', 'the county sends the tax bill by mail only'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "check", "checks", "payoff", "bill", "bills", "tax", "county", "bank", "payment", "payments", "statement", "statements", "wire", "wires", "refund", "rebate")
		}},
	}, require: func(toks []string, m textmatch.Match) bool {
		// a request, not a fact of the post: "the letters only came
		// yesterday", "regular mail only takes two days"
		return clauseEnds(toks, m) || hasWord(toks[m.Start:], "not", "no", "nada", "never", "nunca")
	}},
	"take the hint": {require: func(toks []string, m textmatch.Match) bool {
		// an imperative: at the clause's start or after a softener, not
		// "he never took the hint", "I can take a hint"
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || hintLead.Has(toks[m.Start-1])
	}},
	"correspondence end": {require: func(toks []string, m textmatch.Match) bool {
		// the end itself asked: not "I'd like our correspondence to end
		// up in one email thread"
		return clauseEnds(toks, m) || endNow.Has(toks[m.End])
	}},
	"go bother others": {require: func(toks []string, m textmatch.Match) bool {
		// an imperative: "go pester somebody else", not "can you bug
		// someone else at the office for the form?"
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || toks[m.Start-1] == "go" || hintLead.Has(toks[m.Start-1])
	}},
	"no business by text": {unless: []exclusion{
		{"another way wanted: 'I don't do deals over text, come by the house'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "call", "meet", "visit", "come", "stop", "person", "phone", "number", "ring", "talk", "speak", "llamame", "llameme", "llamenme", "marcame", "vengan", "venga", "persona", "numero", "hablar", "llamar")
		}},
	}},
	"minor's phone": {unless: []exclusion{
		{"another number of the lead's given: 'this is my kid's phone, text me at my cell instead'", func(toks []string, _ textmatch.Match) bool {
			return (textmatch.ContainsSeq(toks, "text", "me") || textmatch.ContainsSeq(toks, "call", "me") || textmatch.ContainsSeq(toks, "my", "cell") || slices.ContainsFunc(toks, phoneDigits)) && !hasWord(toks, "dont", "never", "stop")
		}},
	}},
	"not yours to use": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "phone", "cell", "number", "line", "device", "telefono", "celular", "numero")
	}},
	"not the right person": {require: func(toks []string, m textmatch.Match) bool {
		// the message opens with it and the clause ends: "Not the right
		// person." (not "it's not the right number of bedrooms", "not the
		// right person for this, the owner decides")
		return m.Start == 0 && clauseEnds(toks, m)
	}},
	"not to this phone": {require: func(toks []string, m textmatch.Match) bool {
		// a clause of its own, with the post or email named as the way:
		// "put it in the mail. Not to this phone."
		return (m.Start == 0 || toks[m.Start-1] == textmatch.Break) && hasWord(toks, "mail", "email", "letter", "letters", "address", "post", "po", "box", "mailbox", "correo", "carta")
	}},
	"leave me off": {require: func(toks []string, m textmatch.Match) bool {
		// "leave us off whatever this is", "leave me off your list" (not
		// "leave me off at the corner", "leave my number off the sign")
		return clauseEnds(toks, m) || textmatch.After(toks, m.End, 3, offWhat)
	}, unless: []exclusion{
		{"off a document or a sign: 'leave my number off the listing', 'leave him off the title'", paperThing},
		{"off a group, texts still wanted: 'leave me off the group text and just text me directly'", func(toks []string, _ textmatch.Match) bool {
			return textsWelcomed(toks) || hasWord(toks, "group", "directly", "instead", "thread", "chat")
		}},
	}},
	"asked to be left alone": {require: func(toks []string, m textmatch.Match) bool {
		// the lead asked: "wrote your office twice to be left alone", "I
		// told you to leave me alone" (not "the tenants asked to be left
		// alone during finals")
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || subjectSelf.Has(toks[m.Start-1])
	}},
	"off limits": {unless: []exclusion{
		{"off limits for hours only: 'my work phone is off limits during school hours, after 3 is fine'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "during", "hours", "until", "till", "before", "after", "between", "weekdays", "weekends", "mornings", "nights", "fine", "ok")
		}},
		{"someone else's line, the lead's own welcome: 'his cell is off limits, text me here', 'my husband's number is off limits, deal with me'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "text", "me") || textmatch.ContainsSeq(toks, "with", "me") || textmatch.ContainsSeq(toks, "call", "me") || hasWord(toks, "instead")
		}},
	}},
	"scratch me from": {require: func(toks []string, m textmatch.Match) bool {
		// struck from a list or the texts: "scratch my number from your
		// list", not "scratch my number from the flyer"
		// ("strike this number from your books": blind71, stop 71; not
		// "from my books")
		return textmatch.After(toks, m.End, 4, offWhat) || textmatch.After(toks, m.End, 4, textmatch.NewSet("sheet", "sheets", "whatever", "rotation", "calls", "everything")) ||
			textmatch.ContainsSeq(toks[m.End:], "your", "books")
	}, unless: []exclusion{{"a document or a sign: 'scratch my number from the flyer'", paperThing}}},
	"supposed to be removed": {require: func(toks []string, m textmatch.Match) bool {
		// the lead or the lead's number: "I was supposed to have been
		// dropped", not "the tenants were supposed to have been removed"
		return textmatch.Before(toks, m.Start, 3, textmatch.NewSet("i", "we", "im", "my", "number", "me", "us", "ive", "weve"))
	}},
	"es no need to write": {require: func(toks []string, m textmatch.Match) bool {
		// the contact itself, not one thing: "ya no hace falta que me
		// manden nada", not "... que me manden la cotización", "ya no me
		// anden buscando al técnico", "que me manden más fotos"
		if clauseEnds(toks, m) || onlyPoliteAfter(toks, m.End) {
			return true
		}
		if toks[m.End] == "mas" {
			return m.End+1 == len(toks) || toks[m.End+1] == textmatch.Break || esContactObj.Has(toks[m.End+1])
		}
		return esContactObj.Has(toks[m.End])
	}, unless: []exclusion{{"texts still wanted: 'ya no me estén mandando correos, mejor mándenme texto'", func(toks []string, _ textmatch.Match) bool {
		return textsWelcomed(toks) || textmatch.ContainsSeq(toks, "mejor", "por") || textmatch.ContainsSeq(toks, "mejor", "mandenme")
	}}}},
	"done here": {require: func(toks []string, m textmatch.Match) bool {
		// an ending, not the work: "we're done here, see you at closing",
		// "we're done here at the house, don't forget the lockbox"; after
		// it only politeness, "permanently", or a refusal of contact
		if m.End < len(toks) && (toks[m.End] == "at" || toks[m.End] == "with" || toks[m.End] == "for") {
			return false
		}
		if onlyPoliteAfter(toks, m.End) {
			return true
		}
		for k := m.End; k < len(toks) && k < m.End+4; k++ {
			if toks[k] == "permanently" || (toks[k] == "dont" || toks[k] == "never") && k+1 < len(toks) && contactVerbs.Has(toks[k+1]) {
				return true
			}
		}
		return false
	}},
	"es done here": {unless: []exclusion{
		{"a price's limit or a deal closed: 'podemos ofrecer 300 mil, hasta aquí llegamos', 'listo, demos esto por terminado'", func(toks []string, m textmatch.Match) bool {
			return hasWord(toks, "listo", "perfecto", "trato", "hecho", "oferta", "precio", "presupuesto", "ofrecer", "ofrecemos", "ofrezco", "mil") || slices.ContainsFunc(toks[:m.Start], textmatch.AllDigits)
		}},
	}},
	"give it a rest": {require: func(toks []string, m textmatch.Match) bool {
		// an imperative: not "let me give it a rest and think it over"
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || hintLead.Has(toks[m.Start-1]) || toks[m.Start-1] == "ok" || toks[m.Start-1] == "alright"
	}, unless: []exclusion{
		{"a pause, texts wanted later: 'give it a rest for the weekend, text me Monday'", func(toks []string, _ textmatch.Match) bool {
			return textsWelcomed(toks) || hasWord(toks, "weekend", "till", "until", "monday", "tuesday", "wednesday", "thursday", "friday", "week", "tomorrow", "later")
		}},
	}},
	"dont come back": {unless: []exclusion{
		{"a condition, not an ending: 'don't come back to me with anything under 300k'", afterIn(2, textmatch.NewSet("with", "until", "unless", "when", "if"))},
	}},
	"threat after": {unless: []exclusion{
		{"papers sent to the lead's lawyer: 'keep sending the docs and I'll forward them to my attorney', 'my attorney will review it if you send one more draft'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "docs", "documents", "draft", "drafts", "contract", "paperwork", "papers", "papeles", "opciones", "options", "review", "revise", "forward", "sign", "firma", "firmar", "pasa", "paso", "check")
		}},
	}},
	"es erase my number": {unless: []exclusion{
		{"off a sign or a listing, texts welcome: 'desaparezcan mi número del letrero, a mí escríbanme aquí'", func(toks []string, m textmatch.Match) bool {
			return paperThing(toks, m) || textsWelcomed(toks) || hasWord(toks, "escribanme", "escribame", "escribeme", "aqui")
		}},
	}},
	"no need for updates": {require: func(toks []string, m textmatch.Match) bool {
		// the updates themselves: not "no need for updates on the permit,
		// I'll check the portal"
		return clauseEnds(toks, m) && onlyPoliteAfter(toks, m.End)
	}},
	"never again": {require: func(toks []string, _ textmatch.Match) bool {
		// a curt reply on its own: "Nope. Never again." (not "never again
		// will I use a realtor, so what's your offer?")
		return len(toks) <= 5
	}},
	"never agreed": {unless: []exclusion{
		{"terms, not texts: 'I never agreed to these terms, can you send the contract again?'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "terms", "price", "contract", "fee", "fees", "rate", "offer", "send", "resend")
		}},
	}},
	"part ways": {unless: []exclusion{
		{"someone else parted: 'this is where we part ways with the old roofer'", afterIn(2, textmatch.NewSet("with"))},
	}},
	// ("I'd rather not get these anymore until after the holidays" is a
	// pause)
	"rather not get these": {require: func(toks []string, m textmatch.Match) bool {
		return !limitedAfterEn(toks, m.End)
	}},
	// out of the messages or a list ("count me out of all of it — texts,
	// calls"), not out of an event with texts welcome ("count me out of
	// the workshop, text me about listings", "out of the group text")
	"es dead sought": {require: func(toks []string, _ textmatch.Match) bool {
		return slices.ContainsFunc(toks, deathWords.Has)
	}},
	"count me out": {require: func(toks []string, m textmatch.Match) bool {
		return !textsWelcomed(toks) && !slices.Contains(toks[m.Start:m.End], "group") && !limitedAfterEn(toks, m.End) &&
			!(m.End+1 < len(toks) && (toks[m.End] == "for" || toks[m.End] == "about"))
	}},
	// "consider this the last text", not "the last text before I decide"
	"last message": {require: func(toks []string, m textmatch.Match) bool {
		return m.End >= len(toks) || !lastButNot.Has(toks[m.End])
	}},
	// reaching the lead ("no sense in anybody reaching out on this line
	// again"), not someone else ("no point in you calling the title
	// company again")
	"no point reaching again": {require: func(toks []string, m textmatch.Match) bool {
		return slices.ContainsFunc(toks[m.Start:m.End], leadOrLine.Has) || slices.ContainsFunc(toks[m.Start:m.End], reachedLead.Has)
	}},
	"leave me alone": {require: func(toks []string, m textmatch.Match) bool {
		// someone else left be only when messages are named: "your texts
		// wake him up... Leave him be" (not "the cabinets are fine, leave
		// them be")
		switch toks[m.Start+1] {
		case "me", "us", "him", "her", "my":
			return true
		}
		// "them": people who said no, or messages named ("leave them be,
		// they already said no"; not "the cabinets are fine, leave them
		// be")
		return mentionsMessages(toks, m) || textmatch.ContainsSeq(toks, "said", "no") || textmatch.ContainsSeq(toks, "not", "interested")
	}, unless: []exclusion{
		{"someone else is to leave the lead alone: 'I just want the roof fixed so my tenants will leave me alone'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && (toks[m.Start-1] == "will" || toks[m.Start-1] == "would" || toks[m.Start-1] == "finally") && !senderYou.Has(toks[m.Start-2])
		}},
	}},
	"dont want anyone texting": {unless: []exclusion{
		{"someone else wanted instead: 'I don't want anybody else calling me again, only Maria please'", func(toks []string, m textmatch.Match) bool {
			// ("anybody else", right after it; not "someone else" further on)
			return m.Start+3 < len(toks) && toks[m.Start+3] == "else"
		}},
	}},
	"texts end": {require: func(toks []string, m textmatch.Match) bool {
		// "before these end" names no messages: only a refusal ending the
		// message ("…we're not interested before these end"), not "before
		// they stop offering it", "the rebate before they end?"
		if toks[m.Start+1] != "these" && toks[m.Start+1] != "they" || dncContactnClass.Has(toks[m.Start+2]) {
			return true
		}
		// ("I'll keep blocking every number until they stop")
		return m.End == len(toks) && (slices.ContainsFunc(toks[:m.Start], textmatch.Negators.Has) || slices.ContainsFunc(toks[:m.Start], dncThreatClass.Has))
	}, unless: []exclusion{
		{"when they stop, asked: 'so your texts stop at 9pm, right?'", afterIn(3, whenWords)},
		{"sent elsewhere, not ended: 'update my number so your texts stop going to my old phone'", afterIn(1, textmatch.NewSet("going", "coming", "showing"))},
	}},
	"magic word": {require: func(toks []string, _ textmatch.Match) bool {
		// sent before, in vain: "I replied the magic word twice already"
		return hasWord(toks, "already", "twice", "again", "times", "ya", "veces", "still")
	}, unless: []exclusion{
		{"a keyword from an ad, to get the offer: 'I replied the magic word HOME like the postcard said'", afterIn(12, textmatch.NewSet("ad", "postcard", "flyer", "anuncio", "volante", "mailer", "valuation", "offer", "oferta", "nothing", "nada"))},
	}},
	"last one": {require: func(toks []string, m textmatch.Match) bool {
		// the message, not a form or a statement: the clause ends there
		// ("la última vez que quiero ver un text de ustedes", not "de mi
		// ex" nor "de otro inversionista")
		return m.End == len(toks) || toks[m.End] == textmatch.Break || senderYou.Has(toks[m.End]) || toks[m.End] == "from" ||
			toks[m.End] == "de" && m.End+1 < len(toks) && deSender.Has(toks[m.End+1]) ||
			// "the last follow-up"
			toks[m.End] == "up" && (m.End+1 == len(toks) || toks[m.End+1] == textmatch.Break)
	}, unless: []exclusion{
		{"paperwork: 'if this was the last one, I've uploaded 5 bank statements already'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "uploaded", "upload", "statement", "statements", "form", "forms", "documents", "document", "paperwork", "ssn", "sign", "signature", "fill", "docs")
		}},
	}},
	"line for family": {unless: []exclusion{
		{"asks about the sender's line, or gives another line: 'is this line for emergencies only?', 'my wife's cell is for emergencies only, text me at this one'", func(toks []string, m textmatch.Match) bool {
			return hasWord(toks, "is", "es") && m.Start > 0 && (toks[m.Start-1] == "is" || toks[m.Start-1] == "es") ||
				hasWord(toks, "wifes", "husbands", "home", "esposa", "esposo", "use", "escribanme", "escribeme", "text", "aqui", "file")
		}},
	}},
	"line for emergencies": {require: func(toks []string, _ textmatch.Match) bool {
		// a phone named: not "the generator? we use it for nothing but
		// emergencies"
		return hasWord(toks, "phone", "cell", "number", "line", "celular", "telefono", "numero", "mobile")
	}, unless: []exclusion{
		{"gives another line: 'use it for nothing but emergencies, text my husband's cell instead'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "wifes", "husbands", "esposa", "esposo", "escribanme", "escribeme", "aqui", "instead")
		}},
	}},
	"dont hear from you": {require: func(toks []string, m textmatch.Match) bool {
		// a wish: "make sure I don't hear from you guys again", "I hope I
		// never hear from you again"
		return textmatch.Before(toks, m.Start, 6, wishWords)
	}},
	"forwarded to lawyer": {require: func(toks []string, _ textmatch.Match) bool {
		// a lawyer or an authority named anywhere: "my lawyer is handling
		// the estate. anything else you send goes straight to her"
		return slices.ContainsFunc(toks, lawyerOrAuthority.Has)
	}, unless: []exclusion{
		{"papers passed on: 'anything else you send goes to my lawyer too, she reviews the contract', 'my attorney handles the closing'", func(toks []string, _ textmatch.Match) bool {
			return slices.ContainsFunc(toks, reviewWords.Has)
		}},
	}},
	"work phone": {require: func(toks []string, m textmatch.Match) bool {
		return toks[m.Start] != "no" || slices.ContainsFunc(toks, dncEsphoneClass.Has)
	}, unless: []exclusion{
		{"calls to the work line refused, texts here welcome: 'don't call my work line, just text this number instead'", callsOnlyTextsHere},
		{"the lead's other phone, this one given: 'my other phone is my work phone, don't use that one please, use this one only'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "use", "this", "one") || textmatch.ContainsSeq(toks, "usen", "este") || textmatch.ContainsSeq(toks, "use", "this", "number")
		}},
	}},
	"take them off": {unless: []exclusion{
		{"off an email list: 'take her off the email list, she wants the texts'", afterIn(4, textmatch.NewSet("email", "emails", "mailing", "newsletter", "correo", "correos"))},
		{"their own email, not this phone: 'my ex still gets ur promos at her email, she asked me to ask u to take her off' (dev356, stop 56; not 'she gets ur stuff at her email and by text', 'on whatsapp', nor a death)", func(toks []string, m textmatch.Match) bool {
			if hasWord(toks, "whatsapp", "here", "passed", "died", "deceased") {
				return false
			}
			ownEmail := textmatch.ContainsSeq(toks, "her", "email") || textmatch.ContainsSeq(toks, "his", "email") || textmatch.ContainsSeq(toks, "their", "email") ||
				textmatch.ContainsSeq(toks, "her", "inbox") || textmatch.ContainsSeq(toks, "his", "inbox") || textmatch.ContainsSeq(toks, "su", "correo")
			return ownEmail && !hasWord(toks, "text", "texts", "texting", "phone", "number", "cell", "sms", "mensajes", "textos", "celular")
		}},
		{"off a loan or a document: 'can you take my dad off as co-signer?'", afterIn(3, textmatch.NewSet("as", "cosigner", "co", "signer", "loan", "deed", "title", "account", "policy", "lease", "application", "insurance", "seguro", "plan"))},
		{"off a loan, a title or a policy: 'can I legally take him off without him signing?' (the ex on the loan)", func(toks []string, _ textmatch.Match) bool {
			return slices.ContainsFunc(toks, accountThings.Has)
		}},
		{"a person got or taken out somewhere: 'how do I legally get him out antes de vender?' (a tenant), 'when can I take her out for a spin' (not 'get her out of your system', 'my dad passed away, take him out please')", func(toks []string, m textmatch.Match) bool {
			if toks[m.End-1] != "out" || textmatch.After(toks, m.End, 4, outOfContact) {
				return false
			}
			return m.End < len(toks) && !takenOutEnd.Has(toks[m.End]) || toks[m.Start] == "get"
		}},
	}},
	"enough": {unless: []exclusion{
		{"a quantity of something else: 'ive read enough marketing pdfs to last a lifetime'", enoughOfOther},
	}},
	"stop": {unless: []exclusion{
		{"asked of the sender as a question of how it works: 'if a clinic cancels, do you delete it or keep it?'", askedOfSender},
		{"asks which will happen: 'do you stop texting or just keep checking in?'", stopOrKeep},
		{"a typo caught: 'Stop, I typed it wrong. It's 3 bedrooms'", stopThenCorrects},
		{"not a bare imperative: words other than politeness before it in its clause", prevOutside(stopHead)},
		{"more than politeness after it in its clause: 'stop smoking'", stopHasObject},
		{"describes the writer, nothing is told to stop: 'i want to stop'", stopDescribesWriter},
		{"an exclamation at the offer: 'lol stop, that's way too low', 'stop it, sounds too good to be true'", stopExclaims},
		{"wait, not stop: 'Stop. Before you send anything, is it contingent?', 'STOP. STOP. hold on'", func(toks []string, m textmatch.Match) bool {
			k, broke := m.End, false
			for k < len(toks) && (toks[k] == textmatch.Break || toks[k] == toks[m.Start]) {
				broke = broke || toks[k] == textmatch.Break
				k++
			}
			return k < len(toks) && broke && waitNext.Has(toks[k])
		}},
		{"asks whether one must: 'do I need to unsubscribe or do the texts just end?'", mustI},
		{"a thing named before and removed: 'They charged me a late fee, can you remove it?'", thingRemoved},
		{"asks whether the messages end by themselves: 'or do the texts just stop?'", messagesStopThemselves},
		{"asks before joining: 'if I sign up and hate it, how do I unsubscribe?'", ifJoining},
		{"'unsubscribe' from something other than these messages", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "unsubscribe" && otherObject(toks, m)
		}},
	}},
	"email only": {unless: []exclusion{
		{"an email, not the channel: 'send the email only to my husband'", beforeIn(1, textmatch.NewSet("the", "this", "that", "an", "el", "ese", "este"))},
		{"a document sent by email to someone: 'send the appraisal by email only to my wife', 'mándenme el contrato por correo solamente a mi esposa' (not 'send all updates by email only')", docSentTo},
	}},
	"unsubscribe": {unless: []exclusion{
		{"another channel or sender left, this one kept: 'unsubscribe del newsletter pero los texts sí mándenlos', 'I'm unsubscribing from the AARP emails not from you'", leftOtherKeptSender},
		{"nearly done, then not: 'I was about to unsubscribe, honestly, but that rate is better'", aboutToBut},
		{"someone else's click told in Spanish: 'mi primo le dio unsubscribe a todo' (not 'le di unsubscribe', the lead's own, nor a click that did not work: 'mi esposa le dio unsubscribe y siguen llegando')", func(toks []string, m textmatch.Match) bool {
			return m.Start > 0 && thirdClicked.Has(toks[m.Start-1]) && !slices.ContainsFunc(toks[m.End:], clickedStillComing.Has) && !textmatch.ContainsSeq(toks[m.End:], "por", "mi")
		}},
		{"many lists or someone's own left: 'I need to unsubscribe from like 40 newsletters', 'from their alerts'", leftOthersLists},
		{"how to leave another sender's emails: 'How to unsubscribe from Zillow emails? I get 10 per day'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "from" && otherPortals.Has(toks[m.End+1]) && textmatch.Before(toks, m.Start, 3, howAsked)
		}},
		{"another sender's newsletter left, this sender read: 'Unsubscribe from el newsletter de la otra compañía fue lo mejor que hice. Los de ustedes sí los leo.'", leftEmailsStillEngaged},
		{"someone else's account in a product: 'necesito hacer unsubscribe a un user que ya se fue de la empresa'", func(toks []string, m textmatch.Match) bool {
			if m.End >= len(toks) || toks[m.End] == "me" || toks[m.End] == "us" {
				return false
			}
			// ("a user", "three former employees", "dos usuarios")
			for k := m.End; k+1 < len(toks) && k < m.End+3; k++ {
				if userArticles.Has(toks[k]) && slices.ContainsFunc(toks[k+1:min(len(toks), k+3)], productUsers.Has) {
					return true
				}
			}
			return false
		}},
		{"asked for later, not now: 'is there a way to unsubscribe later if I change my mind? Not now, just want to know', 'How would I unsubscribe later, should I ever want to?'", askedForLater},
		{"a product question about the lead's own customers: 'how you handle unsubscribes, we get a ton of those at our gyms'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start, 3, textmatch.NewSet("handle", "handles", "process", "manage", "track", "count", "lots", "ton")) && !textmatch.Before(toks, m.Start, 1, textmatch.NewSet("my", "our"))
		}},
		{"the sender reassured after it: 'I blocked that number from the other roofing company, yall are fine though', 'I'm on the do not call list for telemarketers but I don't mind y'all'", senderReassuredAfter},
		{"from other companies' mail: 'how do I unsubscribe Dad from all the paper mail he gets from other companies?' (not 'unsubscribe me, I went with one of the other companies')", func(toks []string, m textmatch.Match) bool {
			return (textmatch.ContainsSeq(toks, "other", "companies") || textmatch.ContainsSeq(toks, "otras", "companias")) &&
				m.End < len(toks) && toks[m.End] != "me" && toks[m.End] != "us" && !textmatch.ContainsSeq(toks, "from", "you")
		}},
		{"asks what unsubscribing does: 'does unsubscribing from emails also cancel my rewards?'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "unsubscribing" && m.Start > 0 && (toks[m.Start-1] == "does" || toks[m.Start-1] == "will" || toks[m.Start-1] == "would")
		}},
		{"the link, not the act: 'the unsubscribe link in your newsletter is broken'", nextIn(textmatch.NewSet("link", "links", "button", "option", "page"))},
		{"the link, in Spanish: 'el link de unsubscribe en sus emails está roto'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && toks[m.Start-1] == "de" && (toks[m.Start-2] == "link" || toks[m.Start-2] == "enlace" || toks[m.Start-2] == "boton" || toks[m.Start-2] == "opcion")
		}},
		{"others left, not this sender: 'unsubscribing from like 10 newsletters today but not yours'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k+2 < len(toks) && k < m.End+10; k++ {
				if (toks[k] == "but" || toks[k] == "pero") && (toks[k+1] == "not" || toks[k+1] == "no") && (toks[k+2] == "yours" || toks[k+2] == "suyos" || toks[k+2] == "suyo") {
					return true
				}
			}
			return false
		}},
		{"another channel left, texts welcome: 'hice unsubscribe del newsletter pero por aquí sí me pueden escribir'", textsWelcomedElsewhere},
		{"another channel stopped, texts welcome: 'text only, unsubscribe me from the email newsletter'", keepsTexting},
		{"asks about the terms: 'if I sign up, can I unsubscribe later whenever I want?'", asksAboutTerms},
		{"asks before joining: 'if I sign up and hate it, how do I unsubscribe?'", ifJoining},
		{"from something other than these messages: 'unsubscribe from the gym newsletter'", otherObject},
		{"someone else unsubscribes: 'how do my customers unsubscribe from your texts'", beforeIn(3, otherUsers)},
		{"a product question about the lead's own customers: '¿cómo hago para unsubscribe a nuestros clientes?'", ourCustomers},
		{"people in general: 'how do folks usually unsubscribe'", beforeIn(4, genericPeople)},
		{"asks whether one must: 'do I need to unsubscribe or do the texts just end?'", mustI},
		{"asks how to leave another sender's messages: 'how do I unsubscribe de los emails de Zillow?'", howToLeaveOther},
		{"left something else, the sender kept: 'me unsubscribí del newsletter de Zillow, pero ustedes tranquilos, keep me posted'", senderKeptAfter},
		{"left something else, kept informed here in a later clause: 'had to unsubscribe from Zillow emails they was too much lol. yall fine, keep me posted'", keptPostedLater},
	}},
	// "I'd rather not get more, thanks": more of these, not "more quotes"
	"rather not get more": {require: func(toks []string, m textmatch.Match) bool {
		return m.End == len(toks) || toks[m.End] == textmatch.Break || messagingNouns.Has(toks[m.End]) || toks[m.End] == "of"
	}},
	"want to stop": {unless: []exclusion{
		{"a problem that should stop, no word of the messages: 'water keeps coming in, I need it to stop'", pronounNoContact},
		{"someone else's wish, the lead still interested: 'my neighbor said she wants your mailers to stop. Not my call, I'm still interested'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], thirdPronouns.Has) &&
				(textmatch.ContainsSeq(toks[m.End:], "still", "interested") || textmatch.ContainsSeq(toks[m.End:], "not", "my", "call"))
		}},
		{"told to another sender before: 'the last roofer was a mess, I had to tell them to stop calling me'", toldFormerSender},
	}},
	"opt out": {unless: []exclusion{
		{"asked for later, not now: 'If I change my mind down the road, how do I opt out of these? Just want to know before I give you my email'", askedForLater},
		{"asks what it is: 'hay una opción de opt out en la forma del préstamo, ¿qué es eso?'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "que", "es", "eso") || textmatch.ContainsSeq(toks, "que", "significa") || textmatch.ContainsSeq(toks, "what", "is", "that") || textmatch.ContainsSeq(toks, "what", "does")
		}},
		{"asks about a plan's terms: 'if we sign the annual plan, is there a way to opt out after 90 days?'", func(toks []string, m textmatch.Match) bool {
			cs := textmatch.ClauseStart(toks, m.Start)
			return textmatch.Before(toks, m.Start, 4, wayWords) && textmatch.Before(toks, m.Start, m.Start-cs, ifSi) ||
				// ("if we sign the annual plan, is there a way to opt out":
				// the condition in the clause before, about joining)
				cs > 0 && textmatch.Before(toks, m.Start, 4, wayWords) && slices.ContainsFunc(toks[textmatch.ClauseStart(toks, cs-1):cs], joinWords.Has) && slices.ContainsFunc(toks[:cs], ifSi.Has)
		}},
		{"asks what opting out does: 'does opting out of marketing emails also turn off my closing notifications?'", optingAsked},
		{"a feature: 'we need opt out handling built in'", afterIn(2, featureNouns)},
		{"from something other than these messages", otherObject},
		{"a product, not messages: 'opt out of PMI'", productSubscription},
		{"someone else opts out: 'can my clients opt out'", beforeIn(3, otherUsers)},
		{"a product question about the lead's own customers: 'if one of our customers clicks unsubscribe, does that remove them?'", ourCustomers},
		{"a feature for someone else: 'an opt out for customers who don't want SMS'", afterIn(4, otherUsers)},
		{"people in general: 'how do folks normally opt out of these'", beforeIn(4, genericPeople)},
		{"asks whether one must: 'do I have to opt out, or does it end on its own?'", mustI},
		{"a deal's way out, no messages named: 'whats the opt out if inspection goes bad'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks, dealTerms.Has) && !slices.ContainsFunc(toks, messagingNouns.Has) && !slices.ContainsFunc(toks, listWords.Has)
		}},
	}},
	"no consent": {unless: []exclusion{{"negated: 'never said I don't consent'", negated(4)}}, final: true},
	"if you stopped": {unless: []exclusion{
		{"negated", negated(4)},
		{"a joke: 'if you stop texting me who else will remind me'", afterIn(8, jokeTail)},
	}, final: true},
	"threat": {final: true, unless: []exclusion{
		{"a number of something else reported: 'ya reporté el número de orden a la compañía de teléfono porque no me llega el internet'", func(toks []string, m textmatch.Match) bool {
			for k := m.Start; k+2 < m.End; k++ {
				if toks[k] == "numero" && toks[k+1] == "de" && toks[k+2] != "telefono" && toks[k+2] != "ustedes" {
					return true
				}
			}
			return false
		}},
		{"news to bring, not a report: 'the next one is on friday, I'll report back', 'next text from me will be the screenshot of the appraisal report', 'next one of these closings I'll bring my attorney'", func(toks []string, m textmatch.Match) bool {
			if toks[m.Start] != "next" {
				return false
			}
			if m.End < len(toks) && (toks[m.End] == "back" || toks[m.End] == "on" || toks[m.End] == "in" || toks[m.End] == "number" || toks[m.End] == "card") {
				return true
			}
			// the lead's own next text, or the next of some other thing
			if m.Start+3 < m.End && toks[m.Start+2] == "from" && toks[m.Start+3] == "me" {
				return true
			}
			if m.Start+3 < m.End && toks[m.Start+1] == "one" && toks[m.Start+2] == "of" {
				w := toks[m.Start+4]
				return w != textmatch.Break && w != "that" && w != "i" && w != "you" && w != "comes" && w != "and" && !messagingNouns.Has(w)
			}
			return false
		}},
		{"a lawyer who reads the papers: 'my lawyer gets the next one, he reviews every contract before I sign'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:m.End], lawyerWords.Has) && slices.ContainsFunc(toks, reviewWords.Has)
		}},
		{"asks whether it happened: 'did you guys get your line shut down? I called twice'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start, 4, textmatch.NewSet("did", "does", "do", "is", "was"))
		}},
		{"a hearing, not a threat: 'see you in court Tuesday for the probate hearing'", func(toks []string, m textmatch.Match) bool {
			return toks[m.End-1] == "court" && toks[m.Start] == "see" && !clauseEnds(toks, m) && toks[m.End] != "if"
		}},
		{"a complaint settled: 'I filed a complaint about your texts last year but Mike fixed it'", func(toks []string, m textmatch.Match) bool {
			return m.Start+1 < len(toks) && (toks[m.Start+1] == "filed" || toks[m.Start] == "ive" || toks[m.Start] == "weve") && textmatch.After(toks, m.End, 8, textmatch.NewSet("but", "fixed", "resolved"))
		}},
		{"someone else's calls or messages: 'si vuelven a llamar los del banco', 'mi inquilino me manda mensajes a diario, eso ya es acoso'", func(toks []string, m textmatch.Match) bool {
			if toks[m.End-1] == "acoso" {
				// the harasser named ("mi inquilino me manda mensajes", "mi
				// casero entra sin avisar"), or no contact named at all ("el
				// HOA me multa cada semana"); "me llama todos los días" is
				// the sender
				// (said alone, "esto es puro acoso", it is said to the sender)
				return slices.ContainsFunc(toks, esOthersActing.Has) ||
					len(toks) > 6 && !slices.ContainsFunc(toks, esSenderYou.Has) && !slices.ContainsFunc(toks, esSenderVerbs.Has) && !slices.ContainsFunc(toks, esContactWords.Has)
			}
			return (toks[m.Start] == "si") && textmatch.ContainsSeq(toks[m.Start:m.End], "los", "del")
		}},
		{"threatens someone else: 'one more call and im reporting him'", nextIn(thirdParty)},
		{"the calls come from someone else: 'one more call from my boss'", callsFromOthers},
		{"negated", negated(4)},
		{"a document sent again: 'si me vuelven a mandar el contrato con ese error no lo firmo'", afterIn(3, esDocs)},
		{"a foreclosure sale: 'before the sheriff sale', 'the next text you get from me will have the sheriff sale date'", func(toks []string, m textmatch.Match) bool {
			for k := m.Start; k+1 < len(toks) && k <= m.End; k++ {
				if toks[k] == "sheriff" && (toks[k+1] == "sale" || toks[k+1] == "sales" || toks[k+1] == "auction" || toks[k+1] == "sheriffs") {
					return true
				}
			}
			return false
		}},
		{"the police as a job: 'trabajo de policía y si me siguen llamando en turno no puedo contestar'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "policia" && m.Start > 0 && (toks[m.Start-1] == "de" || toks[m.Start-1] == "soy" || toks[m.Start-1] == "como")
		}},
	}},
	"stop contact": {unless: []exclusion{
		{"the lead pausing to write, not a request: 'was at the union hall all day and couldn't stop to text' (blind76, stop 73)", stopToWrite},
		{"the lead's own last message taken back: 'sorry stop my last message, I meant the 14th'", func(toks []string, m textmatch.Match) bool {
			return m.Start+2 < len(toks) && toks[m.Start+1] == "my" && (toks[m.Start+2] == "last" || toks[m.Start+2] == "previous" || toks[m.Start+2] == "earlier")
		}},
		{"a place or a pause, not a request: 'I'm at the bus stop now, I'll text you the address', 'one more stop then I'll message you'", stopIsNoun},
		{"another channel stopped, texts welcome: 'can you stop con los emails y mejor text me aquí?'", keepsTexting},
		{"asks what a step does: 'will unsubscribing from the newsletter also stop the reminders?' ('can you stop the texts?' asks the sender)", asksEffect},
		{"one kind of content, with another asked for", redirectsContent},
		{"someone else stopped answering the lead: 'my son quit answering my texts so I'm asking you'", othersStoppedAnswering},
		{"the end of a message, a noun: 'the end of ur msg got cut off'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "end" && m.Start > 0 && toks[m.Start-1] == "the" && m.Start+1 < len(toks) && toks[m.Start+1] == "of"
		}},
		{"the lead unable to stop someone else's messages: 'I can't stop getting emails from parents at 10pm lol' (blind75, stop 73; 'I can't stop getting your texts' still asks)", cantStopOthers},
	}},
	"foreign": {final: true, unless: []exclusion{
		{"goods sent, not messages: 'dejen de enviar el paquete de este mes', 'no me envíen el segundo par de zapatos' (w94, stop 70)", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+3 && toks[k] != textmatch.Break; k++ {
				if dncFcontactnClass.Has(toks[k]) || dncContactnClass.Has(toks[k]) {
					return false
				}
				if sentGoods.Has(toks[k]) {
					return true
				}
			}
			return false
		}},
		{"listings of a kind the lead does not want: 'dejen de mandarme casas de dos recámaras, necesito tres', 'deja de mandarme casas de 400k'", func(toks []string, m textmatch.Match) bool {
			if m.End >= len(toks) || !listingNouns.Has(toks[m.End]) {
				return false
			}
			for k := m.End + 1; k < len(toks) && k <= m.End+4 && toks[k] != textmatch.Break; k++ {
				// ("casas 5 veces al día" counts how often, not a kind)
				if k+1 < len(toks) && (toks[k+1] == "veces" || toks[k+1] == "times") {
					return false
				}
				if listingSpecs.Has(toks[k]) || toks[k][0] >= '0' && toks[k][0] <= '9' || toks[k][0] == '$' {
					return true
				}
			}
			return false
		}},
		{"the lead's own customers or staff, not the sender: 'que los clientes dejen de llamar a preguntar dónde viene su pedido' (dev365, stop 56)", func(toks []string, m textmatch.Match) bool {
			// (not "ustedes y sus choferes dejen de llamar aquí")
			// (not "ya no tengo inquilinos, dejen de llamar": the noun must
			// be the subject, "los clientes dejen")
			// (not "ya les dije que los choferes dejen de llamar a esta
			// casa": told to the sender before)
			// (nor "que los empleados dejen de llamarme, no me interesa": the
			// lead called, not the lead's customers calling)
			return m.Start >= 2 && othersWhoCall.Has(toks[m.Start-1]) && (toks[m.Start-2] == "los" || toks[m.Start-2] == "las") && !textmatch.Before(toks, m.Start, 5, sendersOwnStaff) &&
				!hasWord(toks, "les", "ustedes", "dije", "supervisor", "hable", "llamarme", "llamarnos", "casa", "interesa", "pedi") && !textmatch.After(toks, m.End, 3, textmatch.NewSet("me", "nos", "mi"))
		}},
		{"the language, not whether: 'no me escriba en inglés por favor, no le entiendo, en español sí'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "en" && langNames.Has(toks[m.End+1]) && !hasWord(toks, "ni", "nor")
		}},
		{"calls refused, the lead will write: 'no gracias, no me llame, yo le escribo'", func(toks []string, _ textmatch.Match) bool {
			callsOnly := (textmatch.ContainsSeq(toks, "no", "me", "llame") || textmatch.ContainsSeq(toks, "no", "me", "llamen")) && !hasWord(toks, "baja", "mensajes", "escriban", "textos", "manden")
			// ("no me llame para eso, estoy en la chamba, mejor aquí")
			return callsOnly && (textmatch.ContainsSeq(toks, "mejor", "aqui") || textmatch.ContainsSeq(toks, "mejor", "por", "aqui") || textmatch.ContainsSeq(toks, "por", "aqui", "mismo") || ownClause(toks, "por", "aqui") || textmatch.ContainsSeq(toks, "yo", "le", "escribo") || textmatch.ContainsSeq(toks, "yo", "les", "escribo") || textmatch.ContainsSeq(toks, "yo", "le", "aviso") || textmatch.ContainsSeq(toks, "yo", "les", "aviso"))
		}},
		{"not yet, a step held back: 'todavía no me mandes el contract, mi esposo quiere revisar el número primero'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start+1, 3, notYet)
		}},
		{"a role ended, not the messages: '¿cómo puedo darme de baja como fiador del préstamo?'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 2, textmatch.NewSet("como")) && hasWord(toks, "fiador", "fiadora", "cosigner", "aval", "titular", "socio", "socia", "miembro", "beneficiario")
		}},
		{"don't you dare stop: 'ni se les ocurra dejar de mandarme las actualizaciones'", beforeIn(3, textmatch.NewSet("ocurra", "ocurran", "atrevan"))},
		{"asks what leaving another channel does: 'si me doy de baja del email, ¿igual me llegan las updates por text?'", func(toks []string, m textmatch.Match) bool {
			if !textmatch.Before(toks, m.Start, 3, ifSi) {
				return false
			}
			// (across the clause break the question makes)
			for k := m.End; k < len(toks) && k < m.End+8; k++ {
				if stillWords.Has(toks[k]) {
					return true
				}
			}
			return false
		}},
		{"another product's subscription: 'estamos por cancelar la suscripción del programa de contabilidad que usamos hoy'", func(toks []string, m textmatch.Match) bool {
			// (a subscription left, not a number removed: "quitad mi número
			// del sistema" is the sender's own)
			return slices.ContainsFunc(toks[m.Start:m.End], subscriptionWords.Has) && m.End+1 < len(toks) && (toks[m.End] == "del" || toks[m.End] == "de") && otherProducts.Has(toks[m.End+1])
		}},
		{"another channel refused, texts here welcome: 'no me escriban al correo, mejor todo por aquí', 'no me llamen pero textea lo que quieras'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "correo", "email", "llamen", "llamar", "llamadas", "llames", "llameis") &&
				(hasWord(toks, "textea", "texteame") || textmatch.ContainsSeq(toks, "mejor", "todo") || textmatch.ContainsSeq(toks, "mejor", "por") || textmatch.ContainsSeq(toks, "mejor", "x") ||
					// "no me llaméis ... por aquí escribidme lo que queráis"
					textsWelcomed(toks))
		}},
		{"another app refused, this chat welcome: 'No me escriban por WhatsApp porque casi no lo reviso, mejor por aquí mismo'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:min(len(toks), m.End+3)], otherApps.Has) &&
				(textmatch.ContainsSeq(toks[m.End:], "por", "aqui") || textmatch.ContainsSeq(toks[m.End:], "por", "aca"))
		}},
		{"another channel stopped, texts welcome: 'por mensaje está bien, solo no me llamen'", keepsTexting},
		{"one kind of content: 'no me mandes links, pon la info en el texto'", redirectsContent},
		{"calls or hours, not texts: 'no me llamen, solo por mensaje', 'no escriban despues de las 9'", spanishChannelOrHours},
		{"while busy: 'porfa no me texteen mientras manejo, mejor en el break', but not '... nunca más'", whileBusy},
		{"the lead's own sending stopped: 'dejé de mandar remesa este mes para pagar el seguro'", afterIn(3, sentMoney)},
		{"a number replaced, not contact refused: 'bota el número viejo, este es mi nuevo'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End-1, 2, formerNumber) || textmatch.ContainsSeq(toks, "numero", "nuevo") ||
				textmatch.ContainsSeq(toks, "nuevo", "numero") || textmatch.ContainsSeq(toks, "mi", "nuevo") && textmatch.ContainsSeq(toks, "es", "mi")
		}},
		{"someone or something else is removed: 'dar de baja a un usuario', 'el cargo extra'", bajaOtherObject},
		{"leaves something else: '¿cómo me doy de baja de la póliza vieja?'", bajaFromOther},
		{"negated: 'no quiero darme de baja', 'no dejen de escribirme'", negated(4)},
		keepsReceivingX,
		{"leaving another company: 'dar de baja mi plan con la otra compañía'", afterIn(6, esOtherSender)},
		{"told to another company: 'le dije a la otra aseguradora que ya no me llame'", toldAnotherEs},
		{"another phone asked for: 'no me estén llamando al trabajo, mejor al cel'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k+2 < len(toks) && k < m.End+8; k++ {
				if toks[k] == "mejor" && (toks[k+1] == "al" || toks[k+1] == "a" || toks[k+1] == "por" || toks[k+1] == "en") &&
					slices.ContainsFunc(toks[k+2:min(len(toks), k+5)], esOtherWay.Has) {
					return true
				}
			}
			return false
		}},
		{"a hope, not a request: 'espero que no me estén mandando spam' (not '... no me estén llamando más')", func(toks []string, m textmatch.Match) bool {
			k := m.Start - 1
			if k >= 0 && toks[k] == "que" {
				k--
			}
			if k < 0 || !hopeWords.Has(toks[k]) {
				return false
			}
			// "... llamando más" asks for no more ("más tarde", "más de
			// la cuenta" do not)
			for j := m.End; j < len(toks) && j < m.End+3; j++ {
				if toks[j] == "nunca" || toks[j] == "jamas" || toks[j] == "mas" && !(j+1 < len(toks) && (toks[j+1] == "tarde" || toks[j+1] == "de" || toks[j+1] == "temprano")) {
					return false
				}
			}
			return true
		}},
		{"asks about the terms: 'si me inscribo, ¿puedo darme de baja cuando quiera?'", asksAboutTerms},
		{"asks before joining: 'si me registro y no me gusta, ¿cómo me doy de baja?'", ifJoining},
		{"from someone else: 'ya no quiero más llamadas de la financiera'", otherSenderAfter},
		{"a paid plan, not messages: '¿hay penalización si cancelo la suscripción anual?'", esPaidPlan},
		{"voice messages, text preferred: 'no me manden mensajes de voz, mejor texto'", voiceNotText},
		{"a worker sent, not messages: 'dejen de mandar al tech sin avisar'", sendsWorker},
		{"the lead's own customers: '¿cómo se dan de baja nuestros pacientes?'", ourCustomers},
		{"another list: 'sáquenme de la lista de espera y pónganme el martes'", listOfWaiting},
		{"fewer, not none: 'no me manden tantos recordatorios'", fewerNotNone},
		{"a document, or not yet: 'no me manden la cotización todavía'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 2, esDocs) || textmatch.After(toks, m.End, 4, notYet)
		}},
	}},
	"es dont contact again": {unless: []exclusion{
		{"told to another, the sender welcome after it: 'Ya le dije a la otra compañía que no me volviera a llamar ..., pero ustedes sí me interesan'", senderReassuredAfter},
		{"the phone's setting: 'tengo el móvil en modo no molestar por las noches'", beforeIn(2, textmatch.NewSet("modo", "funcion", "opcion", "mode"))},
		{"from someone else: 'que no me llegue nada más de cobro del banco'", func(toks []string, m textmatch.Match) bool {
			last := toks[m.End-1]
			return (last == "mas" || last == "nada" || last == "na") && m.End+1 < len(toks) && toks[m.End] == "de" && !esSenderYou.Has(toks[m.End+1])
		}},
		{"someone else's phone, texts to the lead welcome: 'no le manden nada a él. Todo por aquí conmigo'", func(toks []string, _ textmatch.Match) bool {
			return (textmatch.ContainsSeq(toks, "a", "el") || textmatch.ContainsSeq(toks, "a", "ella")) && textsWelcomed(toks)
		}},
		{"another product wanted instead: 'no me manden más cotizaciones del plan familiar. Lo que necesito es el seguro para la flotilla'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "lo", "que", "necesito", "es") || textmatch.ContainsSeq(toks, "lo", "que", "quiero", "es") || textmatch.ContainsSeq(toks, "what", "i", "need", "is")
		}},
		{"calls or hours, not texts", spanishChannelOrHours},
		{"one kind of content, with another asked for: 'ya no me manden el PDF, mejor díganme el total por aquí'", redirectsContent},
		{"a document sent again: 'ya no me manden el contrato otra vez, ya lo firmé'", func(toks []string, m textmatch.Match) bool {
			// (not with the messages too: "ya no me manden sus papeles ni
			// sus mensajitos")
			if !textmatch.After(toks, m.End, 2, esDocs) {
				return false
			}
			for k := m.End; k+1 < len(toks) && k < m.End+7 && toks[k] != textmatch.Break; k++ {
				if toks[k] == "ni" && textmatch.After(toks, k+1, 2, dncFcontactnClass) {
					return false
				}
			}
			return true
		}},
		{"a worker not to be sent again: 'el técnico de ayer, que no lo vuelvan a mandar'", func(toks []string, m textmatch.Match) bool {
			return m.Start+1 < len(toks) && toks[m.Start] == "no" && (toks[m.Start+1] == "lo" || toks[m.Start+1] == "la") && slices.ContainsFunc(toks, visitingWorkers.Has)
		}},
		{"a person sent: 'ya no me manden al muchacho de la otra vez, mejor que venga otro técnico'", func(toks []string, m textmatch.Match) bool {
			return m.End < len(toks) && (toks[m.End] == "al" || toks[m.End] == "a" && m.End+1 < len(toks) && (toks[m.End+1] == "ese" || toks[m.End+1] == "esa" || toks[m.End+1] == "un" || toks[m.End+1] == "una" || toks[m.End+1] == "otro"))
		}},
		{"another channel left, texts welcome", textsWelcomedElsewhere},
		{"another channel stopped, texts welcome: 'no me llames porfa, estoy en la chamba, but texting está bien'", keepsTexting},
		{"voice messages, text preferred: 'no me manden mensajes de voz, mejor texto'", voiceNotText},
		{"the lead cannot: 'no sé mandar fotos por aquí', 'no puedo enviar nada hoy'", func(toks []string, m textmatch.Match) bool {
			// ("no se me incluya", "no se programen más mensajes": "se" of
			// a passive or of the lead, not "sé" before an infinitive)
			if toks[m.Start] == "no" && m.Start+2 < len(toks) && toks[m.Start+1] == "se" && !esInfinitive(toks[m.Start+2]) {
				return false
			}
			return toks[m.Start] == "no" && m.Start+1 < m.End && esUnable.Has(toks[m.Start+1])
		}},
		{"the list's name, which the list rules judge: 'la lista de no llamar es por los bancos'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && toks[m.Start-1] == "de" && (toks[m.Start-2] == "lista" || toks[m.Start-2] == "registro")
		}},
	}},
	// "I'd prefer to be left alone, thank you", not "I'd rather be left
	// alone during the showing": the wish ends its clause
	// "let us be" ends its clause: not "let me be clear" nor "let us be
	// the ones to decide"
	// not "I'd like to be taken out of this lease" nor "I'd like to be
	// left out of it, talk to my wife, she's handling the sale"
	"let us be": {require: clauseEnds, unless: []exclusion{
		{"sent to someone else: 'I'd like to be left out of it, talk to my wife'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:], redirectWords.Has)
		}},
	}},
	// the number left out ends its clause or holds from now on: not "I'd
	// like my number left out of it, call my husband's instead" nor "I'd
	// want our number kept out of it when you post the listing"
	"number left out": {require: func(toks []string, m textmatch.Match) bool {
		// or it ends the message but for politeness: not "I'd like my
		// number kept out of it, the tenants don't know we're selling"
		return fromNowOn(toks, m.End) || clauseEnds(toks, m) && onlyPoliteAfter(toks, m.End)
	}, unless: []exclusion{
		{"sent to someone else: 'keep my number out of it, call my husband'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:], redirectWords.Has)
		}},
	}},
	// "I'd like this to be the end of it", not "... the end of it, just
	// send the final numbers and we'll sign"; "I'd rather these texts
	// didn't continue", not "... didn't come after 8pm"
	"pass on texts": {require: func(toks []string, m textmatch.Match) bool {
		switch toks[m.End-1] {
		case "it", "conversation", "one":
			// ("the end of it, just send the final numbers and we'll
			// sign" ends a process, not the contact)
			if slices.ContainsFunc(toks[m.End:], dealWords.Has) {
				return false
			}
			return clauseEnds(toks, m) || toks[m.End-1] == "one" && m.End < len(toks) && toks[m.End] == "from"
		case "continue", "come":
			return !textmatch.After(toks, m.End, 5, askThatLimits) && !textmatch.After(toks, m.End, 5, pauseEnds)
		}
		return true
	}, unless: []exclusion{
		{"texts welcomed: 'I'll pass on the emails, texts are fine'", textsWelcomedAnywhere},
	}},
	// "ni por mensaje ni por llamada" refuses both, unless it tells of
	// none received: "no me han mandado nada, ni por mensaje ni por
	// llamada"
	"es neither channel": {unless: []exclusion{
		{"none received: 'no me han mandado nada, ni por mensaje ni por llamada'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[max(0, m.Start-8):m.Start], noneReceived.Has)
		}},
	}},
	// "no queremos nada con ustedes", not "... hasta que nos den el precio
	// por escrito"
	"es nothing with you": {unless: []exclusion{
		{"a condition: 'no queremos nada con ustedes hasta que nos den el precio'", afterIn(3, textmatch.NewSet("hasta", "mientras", "sin", "si"))},
	}},
	// "déjenlo en paz" of a person, at a clause's start: not "el jardín
	// déjenlo en paz"
	"es let him be": {require: func(toks []string, m textmatch.Match) bool {
		// ("que ya la dejen en paz": asked for her, "ya" opening it)
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || politeTail.Has(toks[m.Start-1]) || toks[m.Start] == "ya" && toks[m.Start-1] == "que"
	}},
	"rather not hear": {require: func(toks []string, m textmatch.Match) bool {
		if textmatch.After(toks, m.End, 4, pauseEnds) {
			// "until the numbers change": a pause, not a revocation
			return false
		}
		// "I'd rather not hear from anyone else again, you're my point
		// of contact": the sender is kept
		if textmatch.ContainsSeq(toks[m.Start:min(len(toks), m.End+1)], "anyone", "else") || textmatch.ContainsSeq(toks[m.Start:min(len(toks), m.End+1)], "anybody", "else") {
			return false
		}
		return toks[m.End-1] != "alone" || m.End == len(toks) || toks[m.End] == textmatch.Break || politeTail.Has(toks[m.End])
	}},
	"revoke consent": {unless: []exclusion{
		{"revoked by someone else, of something else: 'our permission was revoked by the HOA so the roof job is on hold'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "by" && (dncDetClass.Has(toks[m.End+1]) || toks[m.End+1] == "our" || toks[m.End+1] == "my" || toks[m.End+1] == "their")
		}},
	}},
	// "my wife opted us out in the spring", "I replied with the keyword
	// already": unless undone ("opted us out by mistake, add us back")
	"opted us out": {final: true, require: notUndone, unless: []exclusion{
		{"out of something else: 'the lender opted us out of escrow'", otherObject},
	}},
	// not a keyword that signs up or confirms: "I sent your keyword
	// CONFIRM already, are we good for Thursday?"
	"keyword sent": {final: true, require: notUndone, unless: []exclusion{
		{"a keyword that signs up or confirms: 'I texted your keyword JOIN twice and still no confirmation'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:min(len(toks), m.End+3)], optInWords.Has)
		}},
	}},
	// "how many times do I have to send you the Word doc??", "text the
	// word to get the showing time": a word for something else
	"how many times keyword": {unless: []exclusion{
		{"a document or a word sent for something else", func(toks []string, m textmatch.Match) bool {
			return m.End < len(toks) && (toks[m.End] == "doc" || toks[m.End] == "docs" || toks[m.End] == "document" || toks[m.End] == "file" || toks[m.End] == "to" || toks[m.End] == "for") ||
				slices.ContainsFunc(toks, wordForOther.Has)
		}},
	}},
	// the keyword named by a word for it, sent, and the texts still here
	// after it: "i texted the word you guys want ... still getting
	// stuff" (not "I texted the word JOIN", "I did the reply thing you
	// asked, what's next?")
	"keyword named sent": {final: true, require: func(toks []string, m textmatch.Match) bool {
		return notUndone(toks, m) && textsGoneOn(toks[m.End:])
	}, unless: []exclusion{
		{"a word sent for something else: 'for the open house', 'at the bank', 'en el link ... el código'", func(toks []string, _ textmatch.Match) bool {
			return slices.ContainsFunc(toks, wordForOther.Has)
		}},
		{"a keyword that signs up or confirms", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:min(len(toks), m.End+3)], optInWords.Has)
		}},
	}},
	// "I'd ask that the texts end here", not "I'd ask that you not call
	// before 9am, texts anytime"
	"ask that": {unless: []exclusion{
		{"a time, a condition or another line: 'I'd ask that you not text during school pickup'", afterIn(6, askThatLimits)},
		{"texts welcomed: 'I'd ask that you not call, texts anytime'", textsWelcomedAnywhere},
	}},
	// "there's no Mr. Okafor at this number", not "there's no one at this
	// number during the day"
	"no such person": {unless: []exclusion{
		{"nobody there now, not a wrong person: 'there's no one at this number during the day, text after 6'", func(toks []string, m textmatch.Match) bool {
			if toks[m.Start] != "there" && toks[m.Start] != "theres" {
				return false
			}
			for k := m.Start; k+1 < m.End; k++ {
				if toks[k] == "no" && noSuchNot.Has(toks[k+1]) {
					return true
				}
			}
			return false
		}},
	}},
	// "este número es nuevo" only with a denial: not "este teléfono es
	// nuevo, es el de mi esposa, sigan escribiendo aquí"
	"es new number": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "conozco", "equivocado", "equivocada", "anterior", "persona", "dueno", "duena", "era", "eran")
	}, unless: []exclusion{{"this line kept: 'sigan escribiendo aquí'", textsWelcomedAnywhere}}},
	// "this is a company-issued phone", not "this is a company issued
	// phone, text me here anytime" nor a question about the plan
	"work line": {unless: []exclusion{
		{"texts welcomed: 'this is a company issued phone, text me here anytime', 'este celular es de mi trabajo, escríbanme aquí', 'mándenme la oferta por aquí'", func(toks []string, m textmatch.Match) bool {
			return textsWelcomed(toks) || hasWord(toks, "escribanme", "escribeme", "escribame", "textame", "textenme", "anytime", "mandenme", "llamenme", "llameme", "escribir", "aqui", "aca")
		}},
		{"a question about the phone's service: 'it is a company owned line, can you port it to the new plan?'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "port", "plan", "upgrade", "bill", "carrier", "transfer", "switch", "porting", "data")
		}},
		{"the owner answering, or texts welcome at some hours: 'this is the shop phone, I'm the owner, what would you offer?', 'it belongs to my job so please text after 5', 'I use it for everything, go ahead'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "owner", "ahead", "everything", "after", "before", "during", "until", "offer", "offering", "price", "quote")
		}},
	}},
	"asked before": {final: true, require: askedBefore, unless: []exclusion{
		{"another sender left, this one welcome after it: 'Unsubscribed from Zillow alerts lol, they were driving me nuts. You're fine.'", senderReassuredAfter},
		{"another channel or sender left, this one kept: 'I unsubscribed from the yelp emails lol, not you'", leftOtherKeptSender},
		{"many lists or someone's own left: 'I unsubscribed from like 10 email lists today', 'from all their alerts', 'from spotify not you lol'", leftOthersLists},
		{"left something else, the sender kept: 'I unsubscribed from the Redfin alerts, but you guys are fine, keep me posted'", senderKeptAfter},
		{"glad it did not happen: 'thought I unsubscribed from you guys but glad I didn't'", afterIn(8, textmatch.NewSet("glad", "good", "luckily", "thankfully"))},
		{"left something else, these welcome: 'unsubscribed from the Zillow alerts ... yours are helpful, keep em coming'", func(toks []string, m textmatch.Match) bool {
			return m.End < len(toks) && toks[m.End] == "from" && (textsWelcomed(toks) || asksForSendersOwn(toks, m.End))
		}},
		{"unsubscribed from something else: 'from the gym emails', 'opted out of the pension plan'", unsubscribedFromOther},
		{"another sender's emails left, this sender read: 'I unsubscribed from Zillow emails ages ago, that's why I never saw your ad. Is the offer still good?'", leftEmailsStillEngaged},
		{"a competitor's messages left: 'I unsubscribed from your competitor's emails because they were garbage'", func(toks []string, m textmatch.Match) bool {
			// (not "I unsubscribed from your competitors and you're next")
			return m.End < len(toks) && toks[m.End] == "from" && textmatch.After(toks, m.End+1, 3, competitorWords) && !textmatch.After(toks, m.End+1, 12, nextWord)
		}},
		{"left another sender, kept informed here: 'I unsubscribed from Redfin emails, too many. you guys are fine, keep me posted'", keptPostedLater},
		{"another channel left, texts welcome: 'I unsubscribed from your emails but texting is fine'", textsWelcomedElsewhere},
		{"back after it: 'I know I unsubscribed last year, but things changed'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k+2 < len(toks) && k < m.End+14; k++ {
				if (toks[k] == "but" || toks[k] == "pero") && (toks[k+2] == "changed" || toks[k+2] == "cambiaron") {
					return true
				}
			}
			return false
		}},
		{"another company's texts: 'my last insurer kept texting even after I replied STOP'", formerKeptTexting},
		{"a portal's emails left, this sender's texts praised: 'I unsubscribed from Zillow's emails months ago because they were useless, your texts actually have real numbers in them' (dev357, stop 56)", leftPortalPraisesSender},
	}},
	// "didn't I reply STOP to you already?" reminds, as a question
	"asked before, asking": {final: true, unless: []exclusion{
		{"unsubscribed from something else", unsubscribedFromOther},
		{"a stop or a 'baja' of something else: 'you guys got my stop wrong again', 'did you get my baja de precio request?', 'my stop added to tomorrow's route'", func(toks []string, m textmatch.Match) bool {
			return m.End-2 >= m.Start && toks[m.End-2] == "my" && m.End < len(toks) && toks[m.End] != textmatch.Break && !keywordSentTail.Has(toks[m.End])
		}},
	}},
	"es asked before": {unless: []exclusion{
		{"denied: 'nunca dije que no me escribieran, dije que no me llamaran al trabajo', '¿cómo que me di de baja? yo no hice eso' (blind59, stop 66)", func(toks []string, m textmatch.Match) bool {
			return m.Start > 0 && (toks[m.Start-1] == "nunca" || toks[m.Start-1] == "no" && m.Start > 1 && (toks[m.Start-2] == "yo" || toks[m.Start-2] == "pero")) ||
				m.Start > 1 && toks[m.Start-2] == "como" && toks[m.Start-1] == "que"
		}},
		{"the sender welcome after it: 'me di de baja del boletín ... pero por mensaje de texto sí sigan avisándome', 'con ustedes es distinto'", senderReassuredAfter},
		{"asked to be contacted, not left alone: 'les dije que me llamaran en la tarde', 'que me escribieran por whatsapp' (not 'que ya no me escribieran', 'que dejaran de llamarme', 'que ni me llamaran')", func(toks []string, m textmatch.Match) bool {
			last := toks[m.End-1]
			return esContactPast.Has(last) && !textmatch.Before(toks, m.End-1, 4, esRefusals) && toks[m.End-1] != "volvieran"
		}},
		{"one thing or one time refused: 'que no me mandaran el contrato hasta que…', 'que no me molestaran en la mañana, que me llamaran en la tarde'", func(toks []string, m textmatch.Match) bool {
			last := toks[m.End-1]
			return (esContactPast.Has(last) || last == "molestaran") && (limitedAfter(toks, m.End) || slices.ContainsFunc(toks[m.End:], esContactPast.Has) && !slices.ContainsFunc(toks[m.End:], niNo.Has))
		}},
		{"laid off, not unsubscribed: 'me dieron de baja en el trabajo'", afterIn(4, esWorkLeave)},
		{"left something else: 'me di de baja del gimnasio'", bajaFromOther},
		{"left over there: 'les dije que me den de baja allá y me quiero cambiar con ustedes'", afterIn(4, leftThere)},
		{"another channel left, texts welcome: 'me di de baja del boletín por correo, pero sigan mandándome los mensajes'", textsWelcomedElsewhere},
		{"told to another company: 'le dije a Geico que me dejaran de llamar'", toldAnotherEs},
		{"another channel or one kind of message, not all: 'que ya no me escribieran al correo, mejor aquí', 'que ya no me mandaran listings de condos'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "que" && toks[m.End-1] != "mas" && m.End < len(toks) &&
				toks[m.End] != textmatch.Break && toks[m.End] != "mas" && toks[m.End] != "nunca" && toks[m.End] != "y" && toks[m.End] != "pero" && toks[m.End] != "porque" &&
				// ("que ya no me mandaran nada": nothing at all; blind72,
				// stop 71)
				!(toks[m.End] == "nada" && (m.End+1 == len(toks) || toks[m.End+1] == textmatch.Break || toks[m.End+1] == "mas"))
		}},
		{"told to another, this sender welcome: 'I told the other insurance que ya no me llamaran ... Ustedes sí me pueden escribir'", func(toks []string, m textmatch.Match) bool {
			return textsWelcomed(toks) && textmatch.Before(toks, m.Start, 6, otherOnes)
		}},
	}},
	"es dont want messages": {unless: []exclusion{
		{"a later time, not no more: 'no quiero que me llamen más tarde, mejor temprano' (stop 71)", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "mas" && toks[m.End+1] == "tarde"
		}},
		{"nothing but one thing: 'no quiero recibir nada más que la cotización final'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "nada", "mas", "que")
		}},
		{"papers, not messages: 'ya no quiere que le manden los estados de cuenta en papel'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 5, paperThings)
		}},
		{"one kind of thing sent: 'ni quiero que me manden más fotos de esa, pero la de Oak sí'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 3, sentThings) && !textmatch.After(toks, m.End, 5, dncFcontactnClass)
		}},
		{"a pause: 'no puedo hoy ni quiero que me llamen en el trabajo, mejor mañana'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "ni" && hasWord(toks, "hoy", "manana", "trabajo", "ahorita")
		}},
		{"another channel refused, texts welcome: 'no quiero que me llamen, mejor por texto'", textsWelcomedElsewhere},
		{"from someone else: 'no quiero más llamadas del banco'", otherSenderAfter},
		{"someday, not now: 'si algún día ya no quiero mensajes, ¿cómo le hago?'", ifJoining},
		{"fewer, not none: 'no necesito mensajes diarios'", fewerNotNone},
		{"voice messages, text preferred: 'ella no quiere mensajes de voz, mándele texto'", voiceNotText},
	}},
	"es remove me": {unless: []exclusion{
		{"the English 'quite': 'but I quite like the number you came in at'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "quite" && m.Start > 0 && quiteBefore.Has(toks[m.Start-1])
		}},
		{"another channel left, this one kept: 'desuscríbanme del boletín pero sigan mandando los whats de la cita'", leftOtherKeptSender},
		{"English 'quite': 'that's quite a number'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "quite" && m.Start+2 < len(toks) && (toks[m.Start+1] == "a" || toks[m.Start+1] == "an" || toks[m.Start+1] == "the") && englishAfterQuite.Has(toks[m.Start+2])
		}},
		{"an idiom: 'sáquenme de una duda'", func(toks []string, m textmatch.Match) bool {
			return m.End+2 < len(toks) && toks[m.End] == "de" && (toks[m.End+2] == "duda" || toks[m.End+2] == "dudas")
		}},
		{"someone else's data, a feature: '¿su programa permite eliminar los datos de un cliente si él lo pide?'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 6, othersRecords) || textmatch.Before(toks, m.Start, 3, allowsWords)
		}},
		{"gives, not removes: 'con que me den un precio justo me basta'", giveNotRemove},
		{"a waiting list: 'sáquenme de la lista de espera y agéndenme'", listOfWaiting},
		{"someone else's removal: 'mi hermana ... pidió que la quitaran de su lista'", herRemoval},
		{"makes, not removes: 'sáquenme una cita', 'sáquenme una copia'", nextIn(textmatch.NewSet("una", "un", "cita", "copia", "cotizacion", "turno", "presupuesto"))},
		{"removes a detail for the lead: 'bórrame el nombre de mi ex de la cotización', 'bórrenme el correo viejo'", removesDetail},
		{"removed over there: 'les dije que me den de baja allá y me quiero cambiar con ustedes'", afterIn(4, leftThere)},
		{"told to another company: 'le dije a la otra compañía que me borrara de su lista'", toldAnotherEs},
	}},
	"es prefer not": {unless: []exclusion{
		{"prefers to be written to: 'prefiero que me escriban los fines de semana'", prefersContact},
		{"one thing not over text: 'prefiero no dar eso por mensaje'", func(toks []string, m textmatch.Match) bool {
			for k := m.Start; k < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
				if oneThingOverText.Has(toks[k]) {
					return true
				}
			}
			return false
		}},
	}},
	"make it stop": {require: namesMessages},
	"es enough":    {require: namesMessages},
	"leave number alone": {unless: []exclusion{
		{"a story of another company made to: 'my sister had to threaten a lawyer to get a company to leave her alone'", beforeIn(5, textmatch.NewSet("get", "got", "make", "made", "getting"))},
	}},
	"last warning": {require: func(toks []string, _ textmatch.Match) bool {
		// a threat named in the message: "... the kind of thing the FCC
		// hears about. Last warning."
		return slices.ContainsFunc(toks, dncThreatClass.Has)
	}},
	"es none wanted": {require: namesMessages},
	"cant keep coming": {require: namesMessages, unless: []exclusion{
		{"the spam folder, the updates wanted: 'your texts can't keep landing in my spam folder, I want the updates'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "spam", "junk") || textmatch.ContainsSeq(toks, "want", "the", "updates") || textmatch.ContainsSeq(toks, "want", "them")
		}},
	}},
	"thread ends": {unless: []exclusion{
		{"another channel asked for: 'I'd prefer if this conversation ended here and we switched to a phone call' (not a phone named in a complaint: 'he keeps asking who's blowing up his company phone')", func(toks []string, _ textmatch.Match) bool {
			if hasWord(toks, "email", "switched", "switch", "llamada", "llamen") {
				return true
			}
			for k, w := range toks {
				if w != "call" && w != "phone" {
					continue
				}
				if k > 0 && channelLeadIns.Has(toks[k-1]) || k+1 < len(toks) && callObjects.Has(toks[k+1]) {
					return true
				}
			}
			return false
		}},
	}},
	"rather not hear about it": {require: namesMessages},
	"dont use it else": {require: func(toks []string, m textmatch.Match) bool {
		// a phone or a number named before it, no other thing the lead gave
		// ("here's my SSN, don't use it for anything else")
		if hasWord(toks, "email", "correo", "ssn", "social", "tarjeta", "card", "llave", "key", "keys", "password", "address", "direccion") {
			return false
		}
		return slices.ContainsFunc(toks[max(0, m.Start-15):m.Start], phoneNouns.Has)
	}},
	"forget about me": {unless: []exclusion{
		{"negated inside it: 'please never forget about me', 'if you didn't forget about us'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:m.End], negatorsInside.Has) || textmatch.ContainsSeq(toks, "still", "looking") || textmatch.ContainsSeq(toks, "still", "interested")
		}},
	}},
	"dead owners phone": {require: func(toks []string, _ textmatch.Match) bool {
		// the owner dead, and nobody left who wants it: "este phone era de
		// mi abuelo, he passed away. Nobody here wants to sell" (the death
		// alone, "this number belonged to my mother, Janet died in
		// August", waits for what the lead asks)
		// ("she won't be refinancing anything": the dead owner needs
		// nothing, dev357, stop 56)
		return (slices.ContainsFunc(toks, deathWords.Has) || textmatch.ContainsSeq(toks, "passed", "away")) &&
			(slices.ContainsFunc(toks, nobodyWords.Has) || textmatch.ContainsSeq(toks, "not", "interested") || textmatch.ContainsSeq(toks, "no", "one") ||
				deadNeedsNothing(toks))
	}},
	"polite removal": {require: func(toks []string, _ textmatch.Match) bool {
		// a list or the number named: "whatever list it's on, I'd be
		// grateful if it came off" (not "if it came off the roof")
		return hasWord(toks, "list", "lists", "number", "numbers", "contacts", "database", "system", "records")
	}, unless: []exclusion{
		{"a charge taken off: 'would appreciate it if this could come off my bill', 'if this came off the total', 'off the estimate'", afterIn(4, textmatch.NewSet("bill", "total", "invoice", "price", "charge", "statement", "account", "fee", "balance", "estimate", "quote", "asking", "bid"))},
	}},
	"es no more updates": {unless: []exclusion{
		{"calls wanted instead: 'ya no necesito más textos, mejor llámeme'", func(toks []string, m textmatch.Match) bool {
			return hasWord(toks[m.End:], "llameme", "llamame", "llamenme", "marqueme", "marcame", "hablame", "hableme")
		}},
		{"a pause till tomorrow: 'aquí le paramos, mañana seguimos con los papeles', 'aquí le paramos por hoy, mañana le hablo'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "aqui" && hasWord(toks[m.End:], "manana", "hablo", "llamo", "marco", "escribo", "confirmo", "seguimos", "mando", "mandamos", "vemos", "continuamos", "luego", "despues")
		}},
	}},
	"number given by mistake": {require: func(toks []string, _ textmatch.Match) bool {
		// the mistake and something refused: "he put my number on some
		// form by accident. i'm 15 i'm not buying a roof"; the mistake
		// alone, "I think he put my number on your form by mistake",
		// leaves the sender to ask whom to reach instead
		return slices.ContainsFunc(toks, textmatch.Negators.Has)
	}, unless: []exclusion{
		{"the right number given after it: 'I typed my number wrong by mistake, the right one is 555 0102', 'use my cell instead'", func(toks []string, _ textmatch.Match) bool {
			return slices.ContainsFunc(toks, phoneDigits) || hasWord(toks, "instead", "correcto", "fixed") ||
				textmatch.ContainsSeq(toks, "correct", "number") || textmatch.ContainsSeq(toks, "correct", "one") ||
				textmatch.ContainsSeq(toks, "right", "one") || textmatch.ContainsSeq(toks, "right", "number") || textmatch.ContainsSeq(toks, "new", "number") ||
				textmatch.ContainsSeq(toks, "new", "cell") || textmatch.ContainsSeq(toks, "numero", "nuevo")
		}},
		{"the lead's own sign-up welcomed: 'my wife put my number on the form by mistake but I'm glad she did' (not 'not happy about it')", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+10; k++ {
				if (toks[k] == "glad" || toks[k] == "happy") && !textmatch.Before(toks, k, 2, textmatch.Negators) {
					return true
				}
			}
			return false
		}},
		{"entered twice: 'i accidentally put my number in twice, dont want you to think im two people'", func(toks []string, _ textmatch.Match) bool {
			// (or mistyped: "i accidentally typed my cell wrong on the form,
			// can you resend it")
			return hasWord(toks, "twice", "double", "duplicate", "dos", "veces", "resend", "typo") || textmatch.ContainsSeq(toks, "update", "my") ||
				textmatch.ContainsSeq(toks, "fix", "my") || textmatch.ContainsSeq(toks, "wrong", "on") || textmatch.ContainsSeq(toks, "wrong", "in")
		}},
	}},
	"looking for the way out": {unless: []exclusion{
		{"an address changed, not left: 'where is the unsubscribe button? i want to unsubscribe my old email and add my new one' (stop 71)", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "old", "email") || textmatch.ContainsSeq(toks, "add", "my") || textmatch.ContainsSeq(toks, "new", "email")
		}},
		{"a membership left, not messages: '¿dónde está el botón para darse de baja del gimnasio?' (stop 71)", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && (toks[m.End] == "del" || toks[m.End] == "de") && !offWhat.Has(toks[m.End+1]) && !(m.End+2 < len(toks) && offWhat.Has(toks[m.End+2]))
		}},
		{"another sender's link: 'can't find the unsubscribe link on the Zillow emails', 'on my HOA newsletter', 'in my realtors newsletter', 'on a spam email'", func(toks []string, m textmatch.Match) bool {
			// ("on my phone", "for a week now" are no sender's mail)
			for k := m.End; k < len(toks) && k < m.End+6 && toks[k] != textmatch.Break; k++ {
				if otherPortals.Has(toks[k]) || otherSenderOrgs.Has(toks[k]) || otherMailOwners.Has(toks[k]) && textmatch.After(toks, k+1, 3, emailNouns) {
					return true
				}
			}
			return false
		}},
		{"a setting of the product for the lead's customers, or another product: 'trying to find the unsubscribe link setting in your template builder', 'cant find the opt out option in your software for our customers', 'an opt out option on the extended warranty'", afterIn(8, textmatch.NewSet("template", "templates", "software", "builder", "customers", "clients", "users", "subscribers", "feature", "dashboard", "campaign", "campaigns", "warranty", "coverage", "policy", "plan"))},
		{"someone else's: 'looking for the unsubscribe button for my mom's account'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && (toks[m.End] == "for" || toks[m.End] == "on") && slices.ContainsFunc(toks[m.End+1:min(len(toks), m.End+4)], ownerOthers.Has)
		}},
	}},
	"same from you": {require: func(toks []string, m textmatch.Match) bool {
		return slices.ContainsFunc(toks[:m.Start], removedWords.Has)
	}},
	"es enough last": {require: func(toks []string, m textmatch.Match) bool {
		for _, w := range toks[m.End:] {
			if w != textmatch.Break {
				return false
			}
		}
		// ("tres mensajes de la aseguradora vieja hoy. Basta ya.":
		// another sender's)
		return namesMessages(toks, m) && !slices.ContainsFunc(toks, otherSenders.Has)
	}},
	"last one wished": {final: true, require: func(toks []string, m textmatch.Match) bool {
		// a wish in the message ("me harías un favor", "I'd appreciate",
		// "ojalá"), or a count of the messages ("message #9 today");
		// not the lead's own last text ("es el último texto que te mando")
		// (not "the last text I got": one received)
		if slices.ContainsFunc(toks[m.End:min(len(toks), m.End+3)], ownSendVerbs.Has) && !(m.End+1 < len(toks) && toks[m.End] == "i" && receivedVerbs.Has(toks[m.End+1])) {
			return false
		}
		// the last of the messages, not of a change, a payment or a
		// document: the clause ends there, or a message word follows
		// ("que este sea el último cambio al contrato" is no request)
		// ("if this was the last I heard from your outfit": the sender
		// named after "from")
		if m.End < len(toks) && toks[m.End-1] != "from" && toks[m.End] != textmatch.Break && !dncFcontactnClass.Has(toks[m.End]) && !dncContactnClass.Has(toks[m.End]) && toks[m.End] != "que" && toks[m.End] != "i" {
			return false
		}
		cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
		// "Que este sea el último mensaje, ¿ok?": the subjunctive orders
		// it, the messages named
		if toks[m.Start] == "que" && m.End < len(toks) && (dncFcontactnClass.Has(toks[m.End]) || dncContactnClass.Has(toks[m.End])) {
			return true
		}
		return slices.ContainsFunc(toks[cs:ce], lastWishWords.Has) || namesMessages(toks, m) && slices.ContainsFunc(toks, textmatch.AllDigits)
	}},
	"es unsubscribed": {require: func(toks []string, m textmatch.Match) bool {
		// "ya me di de baja en la página y siguen mandando": of the
		// messages, or still coming; not "del club de golf"
		// ("yo ya me desuscribí, q raro q me siga llegando esto": still
		// coming, in the next clause)
		// (not "me di de baja del gym y ahora me llegan cobros": something
		// else left, and something else arriving)
		w := toks[m.End:min(len(toks), m.End+10)]
		return textmatch.After(toks, m.End, 8, unsubscribedHere) ||
			slices.ContainsFunc(w, stillArriving.Has) && slices.ContainsFunc(w, arrivingThese.Has) && !(m.End < len(toks) && (toks[m.End] == "del" || toks[m.End] == "de"))
	}, unless: []exclusion{
		{"another channel left, texts welcome: 'me desuscribí del boletín pero los textos sí los quiero'", textsWelcomedElsewhere},
	}},
	"i mind": {final: true, require: func(toks []string, m textmatch.Match) bool {
		// the whole clause, give or take "yes", "actually", "a lot": not
		// "I mind the noise", "I don't mind"
		cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
		return !negatedBefore(toks, m.Start, 2) && mindFiller.HasAll(toks[cs:m.Start]) && mindFiller.HasAll(toks[m.End:ce])
	}},
	"es dont insist": {require: func(toks []string, m textmatch.Match) bool {
		return wholeClause(toks, m) || m.End < len(toks) && (toks[m.End] == "mas" || toks[m.End] == "porfa" || toks[m.End] == "por")
	}},
	"es baja please": {final: true, require: func(_ []string, m textmatch.Match) bool { return m.Start == 0 }},
	"dont use number": {unless: []exclusion{
		{"one use refused, another named: 'don't use this number for the closing docs, use my email'", oneUseRefused},
		{"calls refused, texts welcome: 'I don't use this number for calls much, texting is better'", func(toks []string, _ textmatch.Match) bool { return textsWelcomed(toks) }},
	}},
	"es work phone": {require: func(toks []string, m textmatch.Match) bool {
		// the phone named as a work line or someone else's in the message
		// ("my husband works en el oil field y this is his only phone")
		return slices.ContainsFunc(toks, dncEsphoneClass.Has) && (slices.ContainsFunc(toks, esWorkOwner.Has) || hasWord(toks, "his", "her", "hers"))
	}},
	"es dont write them": {require: func(toks []string, m textmatch.Match) bool {
		// about the number's owner ("este número es de mi papá"), not
		// someone the lead would rather we did not write ("no le escriban
		// a mi esposo, mejor a mí")
		// ("no le manden nada a él. Todo por aquí conmigo": the lead's own
		// line welcomed)
		return hasWord(toks, "numero", "telefono", "celular", "cel") && !hasWord(toks, "mejor") && !textsWelcomed(toks) &&
			!(m.End < len(toks) && toks[m.End] == "a")
	}},
	"es delete it": {require: contactInClause, unless: []exclusion{
		{"a number changed, the new one given: 'número equivocado el que le di ... el bueno es 915', 'bórrenlo del file y anoten este'", numberReplaced},
		{"a policy or an account, not the lead's number: 'mi número de póliza'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "poliza", "cuenta", "pedido", "orden", "factura")
		}},
	}},
	"turn off": {require: mentionsMessages, unless: []exclusion{
		{"asks what opting out does: 'does opting out of marketing emails also turn off my closing notifications?'", optingAsked},
		{"the lead's own device: 'turn off the alerts on my phone' (not 'the deal alerts the app keeps pushing to my phone', the sender's app: stop 71)", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+4; k++ {
				if ownDevice.Has(toks[k]) && (toks[k] == "settings" || toks[k] == "setting" || slices.Contains(toks[max(m.End, k-3):k], "my") ||
					k >= 2 && toks[k-1] == "the" && (toks[k-2] == "on" || toks[k-2] == "in")) {
					return true
				}
			}
			return false
		}},
		{"someone else's notifications: 'can admins mute notifications for reps'", beforeIn(3, textmatch.NewSet("admins", "admin", "managers", "plumber", "tech", "technician"))},
	}},
	"es offers": {require: namesMessages},
	// "if this keeps up i will report you": the threat must aim at the
	// sender or its messages ("if it happens again I'll sue" may be about
	// a contractor)
	"conditional threat": {final: true, require: func(toks []string, m textmatch.Match) bool {
		return namesMessages(toks, m) || textmatch.After(toks, m.End, 3, threatTargets)
	}, unless: []exclusion{{"negated", negated(4)}}},
	// "me prometieron que me borraban y ahí siguen": removal from a list
	// or messages that go on ("me quitaban la comisión" is a discount)
	"es promised removal": {require: afterIn(5, textmatch.NewSet("lista", "numero", "datos", "base", "mensajes", "sistema", "siguen", "sigue", "escribiendo", "mandando"))},
	// "his name taken off the title, what number do I call?" names no list
	"taken off": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "list", "lista", "texts", "messages", "sms", "database", "marketing", "mensajes")
	}},
	"dont send more": {final: true, unless: append([]exclusion{
		{"more than politeness after it: 'don't send any more photos'", nextOutside(politeTail)},
		{"enough listings for now: 'those 3 houses are plenty, dont send me more ok?'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "houses", "listings", "options", "homes", "properties", "pictures", "photos", "quotes", "links")
		}},
	}, dontContactRule.unless...)},
	"no more send": {unless: []exclusion{
		{"inside a sentence: words other than the listed heads before it ('there is no more sending to do')", prevOutside(litPhrases1)},
		{"something else sent, not messages: 'no more sending papers, I uploaded all'", nextOutside(noMoreSendTail)},
		{"asked why they stopped", beforeIn(1, textmatch.NewSet("why"))},
		{"a window of time: 'no more texting me at 6am, after 9 is fine'", func(toks []string, m textmatch.Match) bool {
			k := m.End
			if k < len(toks) && (toks[k] == "me" || toks[k] == "us") {
				k++
			}
			return windowAfter(toks, k)
		}},
	}},
	"close contact": {unless: []exclusion{
		{"asked why, or whether: 'why you close all contact with us?'", beforeIn(4, textmatch.NewSet("why", "did", "you", "u"))},
	}},
	"no more messages": {unless: []exclusion{
		{"asked why they stopped: 'why no more emails de la aerolínea? me perdí la venta' (w94, stop 70)", beforeIn(1, textmatch.NewSet("why"))},
		{"another channel stopped, texts welcome: 'no more voicemails please, just text me'", keepsTexting},
		{"messages that stopped arriving, or contact someone has: 'no more messages came through yesterday', 'has no more contact with us'", func(toks []string, m textmatch.Match) bool {
			// ("no more calls come on!" is exasperation)
			return m.End < len(toks) && (toks[m.End] == "came" || toks[m.End] == "come" && !(m.End+1 < len(toks) && toks[m.End+1] == "on") || toks[m.End] == "arrived" || toks[m.End] == "went" || toks[m.End] == "got") ||
				m.Start > 0 && (toks[m.Start-1] == "has" || toks[m.Start-1] == "have" || toks[m.Start-1] == "had")
		}},
		{"quiet hours: 'no more calls after 9' (not the topic: 'no more messages on this please')", func(toks []string, m textmatch.Match) bool {
			return windowAfter(toks, m.End) && !topicEnds(toks, m.End)
		}},
		{"what the lead almost said: 'I was going to say please no more messages ... but then I read it'", beforeIn(6, textmatch.NewSet("going", "gonna", "almost", "about"))},
	}},
	"no contact list": {unless: []exclusion{
		{"reports, does not ask: 'no emails or calls from the bank yet, any news?'", listNotWholeMessage},
	}},
	"cancel subscription": {unless: []exclusion{
		{"another product's: 'quiero cancel mi subscription con el CRM viejo antes de empezar con ustedes'", afterIn(6, textmatch.NewSet("viejo", "vieja", "old", "anterior", "previous", "otro", "otra", "other"))},
		{"told to someone else: 'I told the newspaper to cancel my subscription, not you'", toldElsewhereTo},
		{"another channel stopped, texts welcome: 'can you stop mailing me paper letters? just text'", keepsTexting},
		{"a product: 'cancel the subscription on my streaming app'", productSubscription},
		{"a company's or a plan's subscription: 'how do I cancel our subscription? renewal is coming up'", func(toks []string, m textmatch.Match) bool {
			return m.End >= 2 && planSubscription.Has(toks[m.End-2])
		}},
		{"narrates: 'had to cancel a lot of subscriptions'", beforeIn(3, hadTo)},
		{"someone else's: 'trying to cancel my father's subscription, he passed in May'", othersSubscription},
	}},
	"leave to stop": {unless: []exclusion{
		{"a form of address, not calls: 'you can stop calling me sir lol'", calledByName},
	}},
	// "these promo texts keep popping over my nav ... i need them gone"
	// (not "I just want them gone" of termites)
	// "ni uno más" of the messages ("me están llegando charges por cada
	// mensaje. Ni uno más"), not of a price
	"es not one more": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "mensaje", "mensajes", "mensajito", "mensajitos", "text", "texts", "texto", "textos", "msj", "msjs")
	}},
	"texts gone": {require: func(toks []string, m textmatch.Match) bool {
		// the messages named before "them" ("these roaches ... i need them
		// gone. text me a time" names none)
		return slices.ContainsFunc(toks[max(0, m.Start-12):m.Start], textsGoneNamed.Has) || slices.ContainsFunc(toks[m.Start:m.End], textsGoneNamed.Has)
	}},
	// "I want off" with the contact named ("however yinz got it, I want
	// off"), not off a mortgage or a house
	// "let's both quit while we're ahead" of the texts, not "and sign
	// today"
	"quit while ahead": {require: func(toks []string, _ textmatch.Match) bool {
		return !hasWord(toks, "sign", "deal", "offer", "close", "buy", "firmar")
	}},
	"want off": {require: func(toks []string, m textmatch.Match) bool {
		return hasWord(toks, "number", "texts", "list", "messages", "text", "got", "this") && !hasWord(toks, "mortgage", "loan", "title", "lease", "deed", "show")
	}},
	// a line kept from sales, not a photo kept from the ads: "don't use
	// this pic for marketing, the kitchen looks dark"
	"dont use it for sales": {unless: []exclusion{
		{"a photo or a listing, not the line: 'esa foto salió borrosa, no la usen para la publicidad'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "photo", "photos", "pic", "pics", "picture", "pictures", "foto", "fotos", "listing", "brochure", "video", "imagen")
		}},
		{"asked, or contrasted with a place where they are: '¿y los anuncios aquí no?', 'las promos aquí no, pero en Phoenix sí'", func(toks []string, m textmatch.Match) bool {
			return m.Start > 0 && toks[m.Start-1] == "y" || slices.Contains(toks[m.End:], "pero") && slices.Contains(toks[m.End:], "si")
		}},
		{"sent elsewhere: 'las ofertas aquí no, mándenlas al correo de mi abogado'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:], otherChannel.Has)
		}},
	}},
	"cut it out": {unless: []exclusion{
		{"told to someone else: 'the pharmacy keeps texting me refill reminders and I told them to knock it off'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && toks[m.Start-1] == "to" && (toks[m.Start-2] == "them" || toks[m.Start-2] == "him" || toks[m.Start-2] == "her") &&
				textmatch.Before(toks, m.Start-2, 2, textmatch.NewSet("told", "asked", "said"))
		}},
	}},
	"lose my number": {unless: []exclusion{{"negated: 'don't lose my number, I might be ready by June'", negated(3)}}},
	"stop contacting": {unless: []exclusion{
		{"the lead pausing to write, not a request: 'was at the union hall all day and couldn't stop to text' (blind76, stop 73)", stopToWrite},
		{"the lead unable to stop someone else's messages: 'I can't stop getting emails from parents at 10pm lol' (blind75, stop 73)", cantStopOthers},
		{"someone else is texted, or texting somewhere: 'wife says quit texting her about the roof', 'I should stop texting strangers', 'mi jefe me dijo que quit texting at work'", func(toks []string, m textmatch.Match) bool {
			if m.End >= len(toks) {
				return false
			}
			// ("quit calling my husband", "tell you to stop calling him"
			// stop the sender; "quit texting her ... and text me instead"
			// redirects it)
			n := toks[m.End]
			return (n == "strangers" || n == "people" || n == "everyone") && textmatch.Before(toks, m.Start, 4, toldToLead) || n == "at" && m.End+1 < len(toks) && (toks[m.End+1] == "work" || toks[m.End+1] == "school") ||
				(n == "her" || n == "him") && textmatch.ContainsSeq(toks[m.End:], "me", "instead")
		}},
		{"paper, not texts: 'y'all can stop sending the paper mailers, I'd rather just get texts'", func(toks []string, m textmatch.Match) bool {
			e := textmatch.ClauseEnd(toks, m.Start)
			return slices.ContainsFunc(toks[m.End:min(e, m.End+4)], paperThings.Has) && !slices.ContainsFunc(toks[m.Start:e], textsNamed.Has)
		}},
		{"a hypothetical asked: 'would you quit texting me if I said no? just curious'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k+2 < len(toks) && k < m.End+4; k++ {
				if toks[k] == "if" && (toks[k+1] == "i" || toks[k+1] == "we") && (toks[k+2] == "said" || toks[k+2] == "say" || toks[k+2] == "told") {
					return true
				}
			}
			return false
		}},
		{"one item stopped, the rest still wanted: 'stop sending me the same brochure, I have it. But I still want to hear the options'", func(toks []string, m textmatch.Match) bool {
			return redirectsContent(toks, m) || contentNamed(toks, m) && stillWanted(toks[m.End:])
		}},
		{"hours, not the messages: 'can you stop texting during work hours? evenings work better' ('after this' is for good)", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+2 && toks[k] != textmatch.Break; k++ {
				if hourBounds.Has(toks[k]) {
					return k+1 >= len(toks) || !afterThis.Has(toks[k+1])
				}
			}
			return false
		}},
		{"someone else got one: 'the solar people next door got a cease and desist from my neighbor'", beforeIn(3, textmatch.NewSet("got", "received", "sent", "gets", "served"))},
		{"told to someone else before: 'I had to tell the other outfit, the one with the yellow signs, to stop calling me at dinner'", toldElsewhereTo},
		{"someone else of the lead's to be left out, the lead wanted: 'tell your guy to quit calling my brother, I'm the one you want'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && (toks[m.End] == "my" || toks[m.End] == "her" || toks[m.End] == "his") && leadsPeople.Has(toks[m.End+1]) &&
				routesToLead(textmatch.Text{Toks: toks})
		}},
		{"asks which will happen: 'if I say no, will you stop texting or keep following up?'", stopOrKeep},
		{"another channel stopped, texts welcome: 'please stop calling my landline, texting this cell is fine'", keepsTexting},
		{"a wrong detail sent, not messages: 'stop sending me the wrong address lol'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 3, wrongDetail)
		}},
		{"another sender made to stop: 'had to get a lawyer to make the other roofing company stop harassing us'", madeOtherStop},
		{"a kind of document: 'a cease-and-desist-style NDA'", nextIn(textmatch.NewSet("style", "nda", "clause", "template"))},
		{"prefers another channel: 'quit ringing me, email is fine'", stopCallingTextMe},
		{"one kind of content, with another asked for: 'stop sending the pricing pdf, just send the security doc'", redirectsContent},
		{"another channel stopped, texts welcome: 'can u stop emailing and just text me here?'", keepsTexting},
		{"a person sent, not messages: 'quit sending the guy with the muddy boots'", func(toks []string, m textmatch.Match) bool {
			return toks[m.End-1] == "sending" && m.End+1 < len(toks) && sentPeople.Has(toks[m.End+1])
		}},
		{"asked of someone else: 'ask him to quit texting my brother'", askedOfThirdParty},
		{"the lead's own sending: 'where should i stop sending the documents'", leadStopsSending},
		{"the lead will stop bothering: 'ok I'll stop pestering you, let me know when it's back'", leadWillStop},
		{"told to another company, in Spanglish: 'le dije al otro wholesaler que stop calling me'", toldAnotherEs},
		{"a document sent twice: 'stop sending me the same attachment'", afterIn(4, sentObjects)},
		{"what the lead is called, not calls: 'stop calling me sir lol, I'm 24', 'deja de decirme señora'", calledByName},
	}},
	"blocked": {unless: []exclusion{
		{"the phone blocked them, not the lead: 'my phone was blocking your texts by accident', 'for some reason'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && (toks[m.Start-1] == "was" || toks[m.Start-1] == "had") && (toks[m.Start-2] == "phone" || toks[m.Start-2] == "filter" || toks[m.Start-2] == "carrier" || toks[m.Start-2] == "app")
		}},
		{"the sender reassured after it: 'I blocked that number from the other roofing company, yall are fine though', 'I'm on the do not call list for telemarketers but I don't mind y'all'", senderReassuredAfter},
		{"a machine blocks something: 'our firewall is blocking your invite emails'", beforeIn(4, machineBlockers)},
		{"kept from something: 'we've been blocked from refinancing by our credit score'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "from" && strings.HasSuffix(toks[m.End+1], "ing")
		}},
		{"a calendar, not a sender: 'i blocked the morning for the inspection'", blockedCalendar},
		{"an impostor blocked: 'I blocked a number that called pretending to be you'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "pretending", "pretended", "impersonating", "posing", "scammer", "scammers", "fake", "haciendose", "fingiendo")
		}},
		{"someone else blocked: 'the last roofer kept spamming me so i blocked him'", nextIn(thirdParty)},
		{"others blocked: 'I blocked most of them, you at least answered'", nextIn(textmatch.NewSet("most", "some", "many", "several", "half", "a"))},
		{"other senders blocked: 'I blocked like 3 other \"we buy houses\" numbers this week', 'I blocked el número del otro guy' (blind70, stop 71)", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks) && k < m.End+4; k++ {
				// ("I blocked you guys otra vez": again)
				if blockedOthers.Has(toks[k]) && !(toks[k] == "otra" && k+1 < len(toks) && toks[k+1] == "vez") {
					return true
				}
			}
			return false
		}},
		{"would, not did: 'I'd block you but then I'd miss the free quote'", beforeIn(2, textmatch.NewSet("id", "would", "wd"))},
		{"a block by mistake or taken back: 'blocked you by accident, sorry', 'los bloqueé sin querer', 'blocked you last week, unblocked now' (blind74, stop 72)", blockUndone},
		{"someone else, the one the lead blocked: 'that roofing company I blocked in May'", func(toks []string, m textmatch.Match) bool {
			i := m.Start
			if toks[i] != "i" && i >= 1 && toks[i-1] == "i" {
				i--
			}
			return toks[i] == "i" && i >= 1 && senderNouns.Has(toks[i-1])
		}},
	}},
	"delete it": {final: true, require: namesContactInfo, unless: []exclusion{
		{"not a bare imperative", prevOutside(stopHead)},
		{"more than politeness after it", nextOutside(politeTail)},
	}},
	"leave us off": {unless: []exclusion{
		{"the lead will be in touch: 'no need to check back with me again, I'll call you when the appraisal is in'", func(toks []string, m textmatch.Match) bool {
			return leadWillCall(toks[m.End:])
		}},
	}},
	"prefer no messages": {unless: []exclusion{
		{"calls refused, texts welcome: 'prefiero que no me llamen ... pero por mensaje sí podemos seguir'", textsWelcomedAnywhere},
		{"another channel refused: 'prefiero que no me escriban al correo'", afterIn(3, otherChannel)},
		{"another sender's messages: 'I hope not to receive any more messages from the IRS this year'", func(toks []string, m textmatch.Match) bool {
			k := m.End
			for k < len(toks) && k < m.End+3 && toks[k] != "from" {
				k++
			}
			return k+1 < len(toks) && toks[k] == "from" && !senderWords.Has(toks[k+1])
		}},
		{"a time of day: 'I'd like not to receive any more texts after 8pm'", timeOfDayAfter},
	}},
	"es no more messages": {unless: []exclusion{
		{"more than politeness after it: 'no más mensajes de voz, mejor texto'", nextOutside(esPoliteTail)},
		{"told, not asked: 'me llegó el primer recordatorio y no más recordatorios'", beforeIn(6, textmatch.NewSet("y", "pero", "luego", "llego", "llegaron", "recibi", "recibimos", "mandaron"))},
	}},
	"spare the next one": {unless: []exclusion{
		{"the lead will call instead: 'save yourself the next text, I'll call you Monday myself'", func(toks []string, m textmatch.Match) bool {
			return leadWillCall(toks[m.End:])
		}},
	}, require: func(toks []string, m textmatch.Match) bool {
		// the clause ends there, or with "message" or politeness after it
		// ("ahórrese el siguiente paso" spares a step)
		return m.End == len(toks) || toks[m.End] == textmatch.Break || esPoliteTail.Has(toks[m.End]) ||
			(dncFcontactnClass.Has(toks[m.End]) || toks[m.End] == "texto" || toks[m.End] == "mensaje") && (m.End+1 == len(toks) || toks[m.End+1] == textmatch.Break)
	}},
	"no more": {unless: []exclusion{
		{"only this, nothing more: 'sólo quiero el seguro de responsabilidad, no más'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[textmatch.ClauseStart(toks, max(0, m.Start-1)):m.Start], onlyWords.Has)
		}},
		{"more than politeness after it", nextOutside(politeTail)},
		{"caps an amount: 'we can do hasta 6 mil max, no más', '$300 a month tops. no more'", capsAmount},
		{"inside a sentence: words other than the listed heads before it", prevOutside(litPhrases1)},
	}},
	"wrong number": {unless: []exclusion{
		{"a thing missing where the lead lives, not a person: 'the mine shut down and there's no work up here'", func(toks []string, m textmatch.Match) bool {
			return (toks[m.Start] == "there" || toks[m.Start] == "theres") && slices.ContainsFunc(toks[m.Start:m.End], missingThings.Has)
		}},
		{"the sender's own number printed wrong: 'the number on your flyer is wrong number, it went to a pizza shop'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start, 6, printedPlaces) && (slices.Contains(toks[:m.Start], "on") || slices.Contains(toks[:m.Start], "in"))
		}},
		{"a number corrected, the new one given: 'I gave you mi número viejo on the form, wrong number. Use este.'", numberReplaced},
		{"a number the lead gave before, corrected: 'perdón, wrong number the last time, el de mi esposo termina en 2290'", func(toks []string, m textmatch.Match) bool {
			// (the new number given: not "wrong number antes también les
			// dije", nor "wrong number, last time I'm telling you")
			end := min(len(toks), m.End+4)
			if k := slices.Index(toks[m.End:end], textmatch.Break); k >= 0 {
				end = m.End + k
			}
			after := toks[m.End:end]
			given := slices.ContainsFunc(toks, func(w string) bool { return len(w) >= 3 && textmatch.AllDigits(w) }) || hasWord(toks, "termina", "ending", "ends", "texted", "sent", "correct", "correcto", "mine", "mio", "mia")
			return given && textmatch.After(toks, m.End, 3, givenEarlier) || textmatch.ContainsSeq(after, "last", "time") || textmatch.ContainsSeq(after, "vez", "pasada")
		}},
		{"wrong numbers told of, this one the lead's: 'I'm a wrong number magnet ... but this one's actually me'", func(toks []string, _ textmatch.Match) bool {
			k := slices.Index(toks, "actually")
			return k >= 0 && k+1 < len(toks) && toks[k+1] == "me" && (k == 0 || toks[k-1] != "not") || textmatch.ContainsSeq(toks, "is", "me", "yes")
		}},
		{"a wrong figure sent, not a wrong line: 'sending me the same wrong number again'", beforeIn(3, textmatch.NewSet("same", "quoting", "quoted", "showing"))},
		{"the number on file replaced by this one: 'el número que tienen es el de mi ex, wrong number. Este es el mío, use this one'", thisLineGiven},
		{"the lead's own message misdirected: 'I sent my last reply to the wrong person'", ownMisdirected},
		{"a belief given up: 'I thought this was a wrong number at first but I did fill out the form'", beforeIn(4, textmatch.NewSet("thought", "figured", "assumed", "pense", "crei"))},
		{"told to another company: 'I told the other lender it was the wrong number and they stopped'", toldOtherCompany},
		{"the number of something else: 'puse el wrong number de apartamento en la forma', 'wrong number for the unit'", numberOfThing},
		{"a kind of question: 'is this a wrong number question?'", nextIn(textmatch.NewSet("question", "questions", "thing", "situation"))},
		{"a long-held number with no denial: 'i've had this number since 2010, text me anytime'", heldNumberNoDenial},
		{"invites: 'this is the business line, feel free to text here'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "this" && hasWord(toks, "free", "anytime", "welcome", "here")
		}},
		{"not the phone: 'youre the wrong person to ask', 'the wrong number of bedrooms'", wrongNumberOfThing},
		{"corrects a detail: 'typed the wrong number on the form'", leadDidBefore(5, correcting)},
		{"the lead's own slip: 'oops texted the wrong number earlier, that pic was for my sister'", leadDidBefore(3, ownSlip)},
		{"the lead's own slip, explained after: 'sorry wrong number, I meant to send that to my husband'", slipExplainedAfter},
		{"asked and denied: 'wrong number? no, this is Greg', '¿número equivocado? no, sí soy yo'", deniedWrongNumber},
		{"the right number given or asked after it: 'the wrong number was the one en el flyer, este es el correcto'", rightNumberAfter},
		{"a condition or a denial: 'if this is a wrong number let me know', 'is this a wrong number o es la compañía ...?'", wrongNumberIfOrDenied},
		{"asked as one of two: 'is this a wrong number or did my brother give you my info?'", func(toks []string, m textmatch.Match) bool {
			cs := textmatch.ClauseStart(toks, m.Start)
			return m.End < len(toks) && toks[m.End] == "or" && (toks[cs] == "is" || toks[cs] == "was" || toks[cs] == "did")
		}},
		{"corrects a figure or a document: 'wrong number en el form, el mío termina en 88'", correctsFigure},
		{"someone else told another sender: 'my brother told them wrong number'", reportedToOthers},
		{"a kind of message someone got: 'my dad got a wrong number text from a solar company'", nextIn(textmatch.NewSet("text", "texts", "call", "calls", "message", "messages"))},
		{"the lead's own misdirected text: 'sorry wrong person, that last text was meant for my sister'", misdirectedOwn},
		{"a relative's number corrected: 'that's the wrong number for my husband, his is 555-0132'", relativesNumber},
		{"a number the sender gave the lead: 'it's a wrong number el que me diste for the inspector'", afterIn(5, textmatch.NewSet("diste", "dieron", "pasaste", "pasaron", "mandaste", "gave"))},
	}},
	// "no sigan" ends its clause: "no sigan con el trámite sin mí" goes on
	"es dont continue": {require: func(toks []string, m textmatch.Match) bool {
		last := toks[m.End-1]
		return last != "sigan" && last != "vuelvan" && last != "insistan" && last != "sigais" && last != "volvais" && last != "insistais" || m.End == len(toks) || toks[m.End] == textmatch.Break ||
			// "que no sigáis escribiendo a este móvil"
			contactGerunds.Has(toks[m.End]) ||
			toks[m.End] == "por" || toks[m.End] == "porfa" || toks[m.End] == "please"
	}, unless: []exclusion{
		{"a plea to go on: 'no, sigan mandándome'", textsWelcomedAnywhere},
	}},
	"forget me": {unless: []exclusion{
		{"forgiven, not forgotten: 'forget about me being late'", afterIn(2, textmatch.NewSet("being", "asking", "saying", "calling", "texting"))},
		{"negated: 'don't forget about me when it lists'", negated(3)},
		{"asks whether the sender forgot: 'did you forget me? still waiting on that quote'", beforeIn(2, textmatch.NewSet("you", "yall", "u", "guys", "did", "ya"))},
		{"a flower: 'forget me not seeds'", afterIn(1, textmatch.NewSet("not", "nots"))},
	}},
	"no call no text": {unless: []exclusion{
		{"none came from someone: 'no calls no texts from my son all week'", afterIn(1, textmatch.NewSet("from", "de", "yet", "todavia"))},
	}},
	"dont follow up": {unless: []exclusion{oneMatter}},
	"line done hearing": {unless: []exclusion{
		{"a time, not a stop: 'my phone is done hearing from the hospital once the bill is paid'", afterIn(8, textmatch.NewSet("once", "when", "after", "until", "cuando"))},
	}},
	"done getting": {unless: []exclusion{
		{"other things got: 'once I'm done getting these quotes'", afterIn(1, contentNouns)},
		{"a time, not a stop: 'once I'm done getting these bids I'll decide'", beforeIn(3, textmatch.NewSet("once", "when", "after", "before", "until", "cuando"))},
	}},
	"no texts email": {require: emailWelcomed, unless: []exclusion{
		{"cannot text for now: 'I can not text at work, email me'", beforeIn(2, textmatch.NewSet("can", "cant", "cannot", "able", "puedo"))},
		{"texts welcome after all", textsWelcomedAnywhere},
		{"negated: 'not no texts'", negated(3)},
		noneCameX,
	}},
	"take me off": {unless: []exclusion{
		{"off a group, texts welcome: 'take me off the group text and just text me direct'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "group", "thread", "chat", "groupchat", "mass", "broadcast", "blast") && (textmatch.ContainsSeq(toks, "text", "me", "direct") || textmatch.ContainsSeq(toks, "text", "me", "directly"))
		}},
		{"someone else's name off a document: 'my ex is no longer on the deed, so you can take his name off the file'", func(toks []string, m textmatch.Match) bool {
			return m.Start+2 < len(toks) && (toks[m.Start+1] == "his" || toks[m.Start+1] == "her" || toks[m.Start+1] == "their") && toks[m.Start+2] == "name" &&
				textmatch.After(toks, m.End, 3, docNouns) && !textmatch.After(toks, m.End, 2, senderPossessives)
		}},
		{"a wait list or a schedule, moved: 'take me off the wait list for saturday and put me on next week'", slotMoved},
		{"a plan or a policy, not a list: 'take me off el plan premium'", afterIn(3, planWords)},
		{"a copy line, not a list: 'take me off the cc on those emails'", afterIn(2, copyLine)},
		{"another list: 'take the garage off the list of repairs'", offAnotherList},
		{"another sender's list after it", afterIn(4, otherSender)},
		{"another channel's list left, texts welcome: 'take me off the email newsletter but keep texting me'", keepsTexting},
	}},
	// "I'm done reading them" alone or after "third text this week";
	// "done reading them, the reviews are great" names no texts before
	"done reading": {require: func(toks []string, m textmatch.Match) bool {
		return len(toks) <= 6 || namesMessages(toks[:m.Start], m) || countedOnes(toks[:m.Start])
	}},
	"just not": {require: func(toks []string, m textmatch.Match) bool {
		// the request ends there: "can you just not", not "can you just
		// not send the pdf"
		return m.End == len(toks) || toks[m.End] == textmatch.Break
	}},
	"off your list": {unless: []exclusion{
		{"asked for some day, not now: 'how would I get off your list if I ever needed to? not now, just asking'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "how", "would") && (textmatch.ContainsSeq(toks, "if", "i", "ever") || textmatch.ContainsSeq(toks, "just", "asking"))
		}},
		{"another kind of list: 'take the garage door off the repair list'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:m.End], otherLists.Has)
		}},
		{"a thing left off, not the lead: 'we had the old water heater removed, so leave that off the list'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && toks[m.Start-2] == "leave" && thingPronouns.Has(toks[m.Start-1])
		}},
		{"a thing taken off, not the lead: 'take the kitchen off the list and stop at the bathrooms'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && (toks[m.Start-2] == "the" || toks[m.Start-2] == "that") && !leadOrLine.Has(toks[m.Start-1]) &&
				m.Start >= 3 && (toks[m.Start-3] == "take" || toks[m.Start-3] == "cross" || toks[m.Start-3] == "scratch" || toks[m.Start-3] == "leave")
		}},
		{"someone else taken off, as a story: 'my buddy says you took him off the list after one text'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && (toks[m.Start-1] == "him" || toks[m.Start-1] == "her") && pastTook.Has(toks[m.Start-2])
		}},
		{"equipment swapped out, not a list: 'swap out all three systems together'", func(toks []string, m textmatch.Match) bool {
			if m.Start > 0 && swapVerbs.Has(toks[m.Start-1]) {
				return true
			}
			for k := m.Start; k < m.End; k++ {
				if _, ok := textmatch.NumberWord(toks[k]); ok || textmatch.AllDigits(toks[k]) {
					return true
				}
			}
			return false
		}},
		{"a wait list or a schedule, moved", slotMoved},
		{"asks whether it happens by itself: 'will I get taken off the list automatically if I don't respond?'", afterIn(6, textmatch.NewSet("automatically", "automaticamente", "eventually"))},
		{"another list", offAnotherList},
		{"another sender's list: 'had to take my name off the other company's list'", afterIn(4, otherSender)},
		{"another sender before it", beforeIn(3, otherSender)},
		{"another channel's list left, texts welcome", keepsTexting},
		{"a property taken off, not the lead: 'take the Fort Lowell house off the list you sent me'", propertyOff},
	}},
	"es wrong number": {unless: []exclusion{
		{"the right number given or asked after it: 'número equivocado el que le di ayer, el correcto termina en 4471', 'ese es el wrong number de la oficina, el bueno es ...'", rightNumberAfter},
		{"a condition or a denial: 'si es número equivocado avísenme', 'número equivocado no, nada más el nombre'", wrongNumberIfOrDenied},
		{"a number changed, the new one given: 'número equivocado el que le di ... el bueno es 915', 'bórrenlo del file y anoten este'", numberReplaced},
		{"a document sent to the wrong person: 'le enviaron la factura a la persona equivocada en nuestra oficina'", beforeIn(6, esDocs)},
		{"the number given to the one interested: 'el número que tienen es de mi esposo, él es el interesado, llámenle en la tarde'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:], interestedOther.Has)
		}},
		{"asked and denied: '¿número equivocado? no, sí soy yo'", deniedWrongNumber},
		{"corrects a detail: 'le di el numero equivocado del candado'", beforeIn(3, esGave)},
		{"a wrong number given to the lead, not this line: 'me pasaron un número equivocado del fontanero'", func(toks []string, m textmatch.Match) bool {
			for k := max(1, m.Start-3); k < m.Start; k++ {
				if toLeadGave.Has(toks[k]) && (toks[k-1] == "me" || toks[k-1] == "nos") {
					return true
				}
			}
			return false
		}},
		{"a kind of message someone got: 'le llegó un mensaje de número equivocado'", beforeIn(2, textmatch.NewSet("mensaje", "mensajes", "llamada", "llamadas"))},
		{"corrects a figure or a document: 'no es el número de la casa, es 4521', 'número equivocado en la cotización'", correctsFigure},
		{"a relative's number corrected: 'ese no es el número de mi esposo, el de él es ...'", relativesNumber},
		{"the lead's own slip, explained after: 'número equivocado, le mandé a usted, era pa' mi prima'", slipExplainedAfter},
		{"in the lead's own message: 'número equivocado en mi mensaje anterior, el correcto es otro'", func(toks []string, m textmatch.Match) bool {
			// ("mi último mensaje" too; "mi último aviso" warns)
			for k := m.End; k+1 < len(toks) && k < m.End+5; k++ {
				if (toks[k] == "mi" || toks[k] == "my") && (ownMessage.Has(toks[k+1]) || lastWords.Has(toks[k+1]) && k+2 < len(toks) && ownMessage.Has(toks[k+2])) {
					return true
				}
			}
			return false
		}},
	}},
	"promised no more": {unless: []exclusion{
		{"a wait promised, not an end: 'I was told I wouldn't hear from you until Friday, any update?'", afterIn(6, textmatch.NewSet("until", "till", "til", "before"))},
	}},
	"keyword typed already": {unless: []exclusion{
		{"asked or supposed: 'did I text stop already? I didn't mean to'", beforeIn(2, textmatch.NewSet("did", "do", "if", "should"))},
	}},
	"stop using my number": {require: func(toks []string, m textmatch.Match) bool {
		// an order (not "I'll stop using this number next month, new
		// number is ...")
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || usingLeadIns.Has(toks[m.Start-1])
	}},
	// kitchen slang as an order, opening its clause (not "apt 86 my
	// number changed", "I'm 86 my number is ...")
	"86 me": {require: func(toks []string, m textmatch.Match) bool {
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || toks[m.Start-1] == "just" || toks[m.Start-1] == "please"
	}},
	"remove me": {unless: []exclusion{
		{"told to another sender before: 'I told the last guy who texted about the house to stop, lose my number'", toldFormerSender},
		{"the device lost, not the number: 'sorry I lose my phone last week and lose all your messages'", func(toks []string, m textmatch.Match) bool {
			w, last := toks[m.Start], toks[m.End-1]
			return (w == "lose" || w == "loose" || w == "lost") && (last == "phone" || last == "cell" || last == "cellphone")
		}},
		{"another company dropped the lead: 'old insurance company drop me after the hurricane'", beforeIn(3, textmatch.NewSet("company", "insurance", "insurer", "carrier", "they", "bank", "lender", "agent"))},
		{"a price drop, not a list: 'the rate drop text alerts'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "drop" && m.Start > 0 && (toks[m.Start-1] == "rate" || toks[m.Start-1] == "price" || toks[m.Start-1] == "payment")
		}},
		{"a role, not a list: 'remove me as co-signer and put my dad on'", nextIn(textmatch.NewSet("as", "como"))},
		{"a record, not a list: 'remove the number 3 from the address'", nextIsNumber},
		{"a record other than a contact list: 'remove my name from the title'", fromOtherRecord},
		{"invites: 'drop me a line when the tech is on the way'", nextIn(textmatch.NewSet("a", "an", "line"))},
		waitingListX,
		{"another channel removed, texts welcome: 'remove mi email viejo, pero keep texting this number'", keepsTexting},
		{"moved from another list to the sender's: 'I'd appreciate it if you took me off the waitlist at the other office and put me on yours'", movedToSenders},
	}},
	"no longer": {final: true, unless: []exclusion{
		{"the lead's own sending: 'we no longer send paper statements'", noLongerOwnSending},
	}},
	// the negation is the complaint: "wasn't i removed?"
	// "I swear if my phone buzzes with one more of your texts"
	"if one more": {final: true, require: func(toks []string, m textmatch.Match) bool {
		return textmatch.Before(toks, m.Start, 6, ifWord)
	}},
	"do not call list": {unless: []exclusion{
		{"the lead's own list, as data: 'Our do-not-call list has about 4,000 numbers on it. Can we upload it as a CSV?'", func(toks []string, m textmatch.Match) bool {
			return m.Start > 0 && toks[m.Start-1] == "our" || hasWord(toks, "csv", "spreadsheet", "xlsx")
		}},
		{"the sender reassured after it: 'I blocked that number from the other roofing company, yall are fine though', 'I'm on the do not call list for telemarketers but I don't mind y'all'", senderReassuredAfter},
		{"texts welcomed because of it: 'I'm on the Do Not Call list, which is why I like that you text instead'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "like", "that", "you", "text") || textmatch.ContainsSeq(toks, "you", "text", "instead") || textmatch.ContainsSeq(toks, "texting", "is", "fine")
		}},
		{"another line put on the list, this one given: 'I put my landline on the do not call list, so please use this cell for everything'", thisLineGiven},
		{"a feature: 'an internal do not contact list feature for our reps'", afterIn(2, featureNouns)},
		{"about the lead's own calling: 'do you honor the do-not-call list when your software dials our leads?'", aboutOwnOutreach},
		{"on the list, but this sender is allowed: 'estoy en la do not call list pero a ustedes sí les doy permiso'", grantsPermission},
		{"this sender is fine: 'we're on the do not call list but you're fine', 'but you're grand'", afterIn(8, textmatch.NewSet("fine", "ok", "exception", "grand", "cool"))},
		{"this sender is fine, after a but: 'Yes I'm on the Do Not Call list, but I'm the one who filled out your form, so you're fine'", func(toks []string, m textmatch.Match) bool {
			for k := m.End; k < len(toks); k++ {
				if toks[k] == "but" || toks[k] == "pero" {
					return keepsSender(toks[k:])
				}
			}
			return false
		}},
		{"not because of this sender: 'I joined the do not call list over robocalls, not you guys'", notThisSender},
		{"asks about someone else: 'is the seller on some do-not-call list? I need to reach her'", someoneElseOnList},
		{"asks how it works: 'are you guys on the do not call list thing or how does that work?'", func(toks []string, m textmatch.Match) bool {
			return hasWord(toks, "how") && hasWord(toks, "work", "works")
		}},
	}},
	"dont bother sending": {unless: []exclusion{
		{"things sent, not the messages: 'don't bother sending more pictures, I've seen it'", afterIn(3, enSentThings)},
		{"one more thing not needed: 'don't bother sending another inspector', 'texting me anything else about the appraisal'", func(toks []string, m textmatch.Match) bool {
			if m.End >= len(toks) || toks[m.End] == textmatch.Break || esPoliteTail.Has(toks[m.End]) || dncFcontactnClass.Has(toks[m.End]) {
				return false
			}
			return toks[m.End] == "about" || !moreOfIt.Has(toks[m.End])
		}},
		{"received, or the deal goes on: 'I got the offer and it looks good, what's next?', 'mi a come by di office tomorrow'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:], goesOn.Has)
		}},
		{"another channel refused, texts welcome: 'don't bother calling again, just text'", textsWelcomedAnywhere},
		{"not yet: 'don't bother sending anything until Friday'", afterIn(4, notUntil)},
	}},
	"end it here": {unless: []exclusion{
		{"more than politeness after it in its clause: 'let's end it here for today'", nextOutside(politeTail)},
		{"the deal wrapped up, not the messages: 'ok lets end it here, send me the contract tomorrow'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.End:min(len(toks), m.End+8)], dealPapers.Has) || slices.ContainsFunc(toks[m.End:], goesOn.Has)
		}},
		{"someone else's calls: 'I need the calls from the tenant to end now'", func(toks []string, m textmatch.Match) bool {
			for k := m.Start; k+1 < m.End; k++ {
				if toks[k] == "from" && !yourWords.Has(toks[k+1]) && toks[k+1] != "you" {
					return true
				}
			}
			return false
		}},
	}},
	"report spam": {unless: []exclusion{
		{"a report about fraud, not the texts: 'I filed a report with the FTC about identity theft'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "identity", "theft", "identidad", "robo")
		}},
		{"marked by mistake: 'marqué este número como spam sin querer, perdón', 'flagged you as spam by accident'", func(toks []string, _ textmatch.Match) bool {
			return textmatch.ContainsSeq(toks, "sin", "querer") || textmatch.ContainsSeq(toks, "por", "error") || textmatch.ContainsSeq(toks, "by", "accident") || hasWord(toks, "accidentally", "mistake")
		}},
		{"nearly, and glad not: 'I almost marked your text as spam'", beforeIn(3, textmatch.NewSet("almost", "nearly", "casi"))},
		{"reported someone else: 'your competitor kept texting me until I reported them to the FCC'", reportedThirdParty},
		{"someone else got reported: 'the last cash buyer who texted me got reported to the BBB by half my street' (dev362, stop 56)", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 1 && (toks[m.Start-1] == "got" || toks[m.Start-1] == "was" || toks[m.Start-1] == "were" || toks[m.Start-1] == "get") &&
				!textmatch.Before(toks, m.Start-1, 2, senderObj)
		}},
		{"another sender's message reported: 'I received a message from a different company ... and I reported it as spam'", func(toks []string, m textmatch.Match) bool {
			return otherCompanyAt(toks[:m.Start]) >= 0
		}},
		{"reported some other number: 'I had to report a number as spam yesterday', 'forwarded a scam text to 7726'", reportedOtherThing},
		{"not this sender's: 'forwarded some junk to 7726 this morning, not yours'", notYours},
		{"asks how one reports: 'is 7726 the number to report spam?', 'how do I report spam texts?'", howToReport},
		{"someone outside the household reported: 'my coworker flagged your ad as spam'", beforeIn(2, outsiders)},
		{"a phone's filter, not the lead: 'my phone marked you as spam', 'our current tool keeps marking customer replies as spam'", beforeIn(3, textmatch.NewSet("phone", "carrier", "iphone", "android", "filter", "app", "verizon", "tmobile",
			"tool", "software", "system", "platform", "crm", "gmail", "outlook", "inbox"))},
		{"meant to and did not: 'I was gonna report these texts as spam until I realized I did fill out the form'", func(toks []string, m textmatch.Match) bool {
			return m.Start >= 2 && (toks[m.Start-1] == "gonna" || toks[m.Start-1] == "about" || toks[m.Start-1] == "to" && toks[m.Start-2] == "going") &&
				slices.Contains(toks[max(0, m.Start-4):m.Start], "was")
		}},
	}},
	// "just leave me fuera de la lista ok" (blind60, stop 67)
	"left off the list": {unless: []exclusion{otherListX}},
	"was removed": {final: true, unless: []exclusion{
		{"another record: 'should have been removed from the deed'", fromOtherRecord},
		{"not the lead: 'is the fee supposed to be taken out'", removedNotLead},
	}},
	// "same goes for the texts" only after a list or a channel was left
	// or refused in the message: "ya me di de baja del correo ... lo mismo
	// va para los textos" (not "same goes for the texts you sent, all
	// good")
	"same for texts": {require: func(toks []string, m textmatch.Match) bool {
		return slices.ContainsFunc(toks[:m.Start], leftBefore.Has) && (m.End == len(toks) || toks[m.End] == textmatch.Break || toks[m.End] == "too" || toks[m.End] == "tambien")
	}, unless: []exclusion{{"the texts kept: '... yours are actually good, same goes for the texts, keep em coming'", func(toks []string, m textmatch.Match) bool {
		return textsWelcomedAnywhere(toks, m) || slices.Contains(toks[m.End:], "keep") || slices.Contains(toks[m.End:], "sigan")
	}}}},
	"dont want messages": {unless: []exclusion{
		{"afraid to miss them: 'I don't want to miss the closing updates' (w92, stop 70)", func(toks []string, m textmatch.Match) bool {
			return hasWord(toks[m.Start:m.End], "miss", "lose")
		}},
		{"'these' of a thing named, or limited: 'paper bills - I don't want these coming to me anymore, switch me to email', 'don't want these coming at 6am, send after 9', '... without the photos'", func(toks []string, m textmatch.Match) bool {
			if m.Start+2 >= m.End || toks[m.Start+2] != "these" && toks[m.Start+2] != "those" && toks[m.Start+2] != "em" {
				return false
			}
			return slices.ContainsFunc(toks[:m.Start], mailedThings.Has) || textmatch.After(toks, m.End, 6, askThatLimits) || textmatch.After(toks, m.End, 4, withoutOrAt)
		}},
		{"nothing further but one thing: 'I want nothing further from your company than a fair quote'", func(toks []string, m textmatch.Match) bool {
			return m.Start+1 < len(toks) && toks[m.Start+1] == "nothing" && textmatch.After(toks, m.End, 4, butOne)
		}},
		{"a time, not all texts: 'I'd rather not keep getting texts after 9pm'", func(toks []string, m textmatch.Match) bool {
			return (toks[m.Start] == "rather" || toks[m.Start] == "prefer") && textmatch.After(toks, m.End, 4, askThatLimits)
		}},
		{"another channel refused, texts welcome: 'I don't want calls before 10, texting is fine'", textsWelcomedElsewhere},
		{"someone else's wish: 'an opt out for customers who don't want SMS'", beforeIn(3, otherUsers)},
		{"from someone else: 'I don't want more calls from the old lender'", otherSenderAfter},
		{"texts sent to the lead instead of a relative: 'you don't need to text my husband, I'm the one to deal with'", func(toks []string, _ textmatch.Match) bool {
			return routesToLead(textmatch.Text{Toks: toks})
		}},
		{"someone else's need, the lead keeps the texts: 'remove my son from the texts, he's off at college and doesn't need the updates. Keep sending them to me.'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start, 6, thirdSubjects) && textsWelcomed(toks)
		}},
		fewerX,
		{"one subject not by text: 'i have a heart thing and dont want to explain it over text'", func(toks []string, m textmatch.Match) bool {
			for k := m.Start; k < m.End; k++ {
				switch toks[k] {
				case "explain", "discuss", "share", "type", "describe", "go", "into", "talk", "detail", "details":
					return true
				}
			}
			return false
		}},
		{"how often: 'i don't need updates every day, weekly is fine'", afterIn(4, howOften)},
		{"from someone else: 'no more calls from the title company'", fromSomeoneElse},
	}},
	"pass on": {unless: []exclusion{
		{"relays: 'can you pass on the message to your manager'", passOnRelays},
	}},
	"es dont want them": {require: namesMessages},
	// "ya saben qué hacer con mi número" ends its clause, with no call
	// asked for ("ya sabes qué hacer con mi número, llámame", "con mi
	// número de cuenta")
	"radio silence": {unless: []exclusion{
		{"an apology for the lead's own silence: 'sorry about the radio silence, back for good now'", beforeIn(4, textmatch.NewSet("sorry", "apologies", "apologize", "about", "for", "excuse"))},
	}},
	"keep off line": {unless: []exclusion{
		{"a document routed elsewhere: 'can you send the contract? not to my cell please, email is better'", func(toks []string, _ textmatch.Match) bool {
			return hasWord(toks, "send", "email", "mail", "contract", "documents", "paperwork")
		}},
	}},
	"retire thread": {unless: []exclusion{
		{"a thread about a thing, closed: 'end the thread on the inspection and send me the report'", func(toks []string, m textmatch.Match) bool {
			return m.End < len(toks) && threadTopic.Has(toks[m.End])
		}},
	}},
	"still texting": {unless: []exclusion{
		{"the content complained of, not the texts: 'why do you keep texting me the same quote? I asked about the 20 year term'", func(toks []string, m textmatch.Match) bool {
			k := m.End
			if k < len(toks) && (toks[k] == "the" || toks[k] == "that" || toks[k] == "this" || toks[k] == "those") {
				k++
			}
			return k < len(toks) && sameContent.Has(toks[k])
		}},
		{"another channel wanted instead: 'why are you still texting me and not calling?'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 4, insteadWords) && textmatch.After(toks, m.End, 6, otherChannels)
		}},
	}},
	"someone elses old number": {othersNamed: true, require: func(toks []string, m textmatch.Match) bool {
		// someone else's, not "this is my old number, text the new one"
		// nor "it was an old phone"
		// ("my uncle's old number" is the uncle's; "it is a really old
		// phone", "the same old line you guys use" are no one's; "it is my
		// wife's old cell but it's mine now" is the lead's; "this isn't
		// Carl's phone", "was Tammy's number before" name the owner)
		noun := m.End - 1
		if toks[noun] == "before" {
			noun--
		}
		if lineNouns.Has(toks[noun]) && noun >= 1 && (toks[m.Start] == "this" || toks[m.Start] == "that" || toks[m.Start] == "it" || toks[m.Start] == "was") {
			w := toks[noun-1]
			if w == "old" && noun >= 2 {
				w = toks[noun-2]
			}
			if ownOrYours.Has(w) || !(strings.HasSuffix(w, "s") && !notPossessive.Has(w) || w == "his" || w == "her" || w == "their") {
				return false
			}
		}
		// ("this isn't Carl's phone, never has been", "was Tammy's number
		// before she moved ... I ain't Tammy": the lead denies it; not
		// "this isn't Carl's phone, he's at work, I'll have him call you",
		// "that was Grandma's number before, now it's mine, keep me
		// posted", "oops this isn't Bob's number, wrong contact on my end")
		if (toks[m.Start+1] == "isnt" || toks[m.Start+1] == "is" || toks[m.Start] == "was") && !denied(toks[m.End:]) {
			return false
		}
		// ("este celular era de mi cuñado ... Yo no tengo nada que ver":
		// the Spanish past tells who had it, the lead's refusal must
		// follow; not "este número era de mi hijo, pero sígame escribiendo
		// a mí")
		// ("este celular era de mi empresa y sí me interesa" is the lead's)
		if toks[m.End-1] == "de" && (textmatch.ContainsSeq(toks, "si", "me", "interesa") || m.End+1 < len(toks) && (toks[m.End] == "mi" || toks[m.End] == "nuestra" || toks[m.End] == "nuestro") && ownConcerns.Has(toks[m.End+1])) {
			return false
		}
		if toks[m.End-1] == "de" && !(textmatch.ContainsSeq(toks, "nada", "que", "ver") || textmatch.ContainsSeq(toks, "no", "lo", "usa") ||
			textmatch.ContainsSeq(toks, "no", "soy") || textmatch.ContainsSeq(toks, "no", "conozco") || textmatch.ContainsSeq(toks, "no", "me", "interesa")) {
			return false
		}
		return !textmatch.ContainsSeq(toks, "mine", "now") && !textmatch.ContainsSeq(toks, "its", "mine") && !textmatch.ContainsSeq(toks, "use", "it", "now") &&
			!textmatch.ContainsSeq(toks, "es", "mio")
	}},
	"promised removal": {require: func(toks []string, m textmatch.Match) bool {
		// the promise told in the passive, then the messages kept up: "I
		// was told on the phone Tuesday I'd be taken off. It's Friday and
		// here you are again" (blind70, stop 71; not "I was told I'd be
		// removed from the schedule")
		if toks[m.Start] == "was" || toks[m.Start] == "were" {
			// (removed from a list or nothing named, not "from the
			// schedule")
			if m.End+1 < len(toks) && toks[m.End] == "from" && !offWhat.Has(toks[m.End+1]) && !offWhat.Has(toks[min(m.End+2, len(toks)-1)]) {
				return false
			}
			return slices.ContainsFunc(toks[m.End:], promiseBroken.Has)
		}
		// told by the sender's people, of the list: "Your colleague told
		// me Monday I'd be taken off the list" (not "my boss told me I'd
		// be removed from the schedule", "they told me I'd be taken off
		// the list of applicants if I didn't send docs", "your rep told me
		// I'd be removed from your waitlist once the unit is ready")
		if !textmatch.Before(toks, m.Start, 3, senderTellers) {
			return false
		}
		for k := m.End; k < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
			if toks[k] == "list" || toks[k] == "lista" {
				return k+1 == len(toks) || toks[k+1] == textmatch.Break || !slices.ContainsFunc(toks[k+1:], promiseConditions.Has) && toks[k+1] != "of"
			}
		}
		return false
	}},
	"es wrong person": {require: func(toks []string, m textmatch.Match) bool {
		// not "ese no soy yo en la foto", nor "me confunden con otra
		// persona? soy la de la casa azul, sí quiero la cotización"
		// (nor "esa no soy yo, es mi hermana, ella le llama mañana": the
		// right person pointed to)
		return !(m.End < len(toks) && toks[m.End] == "en") && !textmatch.ContainsSeq(toks, "si", "quiero") && !hasWord(toks, "cotizacion", "oferta", "interesa") &&
			!textmatch.ContainsSeq(toks[m.End:], "es", "mi")
	}},
	"es drop contact": {require: func(toks []string, m textmatch.Match) bool {
		// the number dropped, not corrected: not "borren ese contacto viejo
		// y usen este", "ignoren mi número de trabajo, escríbanme al
		// personal", "ignore este numero, el correcto es 555-2020"
		return clauseTailIn(toks, m.End, dropTail) &&
			!hasWord(toks, "usen", "use", "escribanme", "escribeme", "correcto", "nuevo", "personal", "equivoque", "otro", "firme", "firmamos", "contratamos")
	}},
	"meant stop": {require: func(toks []string, m textmatch.Match) bool {
		// the keyword meant as the message: "meant to type STOP. autocorrect
		// hates me", "meant to type stop sorry"; not "I meant to say stop
		// by Friday"
		return clauseTailIn(toks, m.End, meantTail)
	}},
	"block me": {require: func(toks []string, m textmatch.Match) bool {
		// an order: "honestly just block me on your end", not "did you
		// block me on your end?" nor "block me if you want, just send the
		// quote"
		// (not told of: "my sister keeps saying just block me on your end
		// to her ex"; nor an old number dropped for this one: "... for the
		// old number and use this one")
		at := m.Start == 0 || toks[m.Start-1] == textmatch.Break || orderLeadIns.Has(toks[m.Start-1]) || toks[m.Start-1] == "honestly"
		return at && !textmatch.Before(toks, m.Start, 4, saidOf) &&
			!textmatch.ContainsSeq(toks[m.End:], "if", "you") && !hasWord(toks[m.End:], "quote", "send", "offer", "use", "new", "old")
	}},
	"close my file": {require: func(toks []string, m textmatch.Match) bool {
		// an order, not "when you close my file at the title company"
		// nor "close my file with the old lender", nor for a while:
		// "close my file for now and check back in spring"
		at := m.Start == 0 || toks[m.Start-1] == textmatch.Break || orderLeadIns.Has(toks[m.Start-1])
		return at && !(m.End < len(toks) && fileElsewhere.Has(toks[m.End])) && !slices.ContainsFunc(toks[m.End:], resumeWhen.Has) &&
			!textmatch.ContainsSeq(toks[m.End:], "for", "now") && !textmatch.ContainsSeq(toks[m.End:], "check", "back")
	}},
	"keep texting": {require: func(toks []string, m textmatch.Match) bool {
		// the texts themselves, asked about as the whole clause: "why do
		// you keep texting me?", "¿por qué siguen escribiendo todavía?";
		// not what they carry or whom they go to ("why do you keep
		// texting me back so fast", "... sending me these deals? they're
		// great", "por qué siguen escribiendo en inglés", "why siguen
		// escribiendo a mi esposo")
		k := m.End
		for k < len(toks) && k < m.End+2 && keptObjects.Has(toks[k]) {
			k++
		}
		return k == len(toks) || toks[k] == textmatch.Break
	}},
	"keep line free": {othersNamed: true, require: func(toks []string, m textmatch.Match) bool {
		// the line named, kept for the lead's own: "this number is for
		// my bodega's deliveries. keep it free for my customers please"
		// (not "keep Saturday free for the walkthrough")
		if !slices.ContainsFunc(toks, lineNouns.Has) && !hasWord(toks, "numero", "linea", "telefono", "celular") {
			return false
		}
		return textmatch.ContainsSeq(toks[m.End:], "not", "for") || textmatch.After(toks, m.End, 3, lineKeptFor)
	}},
	// "off" ends the clause or names the list: not "told my boss I wanted
	// off friday"
	"wanted off": {require: func(toks []string, m textmatch.Match) bool {
		// (nor told to another company: "I told the gym I wanted off the
		// mailing list")
		if m.End < len(toks) && (toks[m.End] == "their" || toks[m.End] == "his" || toks[m.End] == "her") || slices.ContainsFunc(toks[m.Start:m.End], toldSenders.Has) {
			return false
		}
		return (m.End == len(toks) || toks[m.End] == textmatch.Break || textmatch.After(toks, m.End-1, 3, listWords)) && !toldOtherCompany(toks, m)
	}},
	"still on list": {unless: []exclusion{
		{"a list for something else: 'why am I still on your list for the open house?'", func(toks []string, m textmatch.Match) bool {
			return m.End < len(toks) && toks[m.End] == "for" && textmatch.After(toks, m.End+1, 3, eventNouns)
		}},
	}},
	"asked whole off": {require: func(toks []string, m textmatch.Match) bool {
		// the lead asked, or nobody is named: "I already asked your people
		// to take the whole office off" (not "my neighbor asked them to")
		k := m.Start - 1
		for k >= 0 && toks[k] != textmatch.Break && reportAdv.Has(toks[k]) {
			k--
		}
		return k < 0 || toks[k] == textmatch.Break || firstPerson.Has(toks[k])
	}},
	"es dont want them to": {require: func(toks []string, m textmatch.Match) bool {
		// not later ("no quiero que me llame más tarde"); the subject
		// between "que" and "me", if any, is the sender ("esta compañía",
		// "ustedes"), not the lead's son, the bank or another agent
		if m.End < len(toks) && toks[m.End] == "tarde" {
			return false
		}
		q := slices.Index(toks[m.Start:m.End], "que")
		for k := m.Start + q + 1; q >= 0 && k < m.End && toks[k] != "me" && toks[k] != "nos"; k++ {
			if !esSenderSubject.Has(toks[k]) {
				return false
			}
		}
		return true
	}},
	"aint no one here": {require: func(toks []string, m textmatch.Match) bool {
		// a name, not "ain't no problem at this number"
		return m.Start+2 < len(toks) && !notAPerson.Has(toks[m.Start+2])
	}},
	"es no more contact": {require: func(toks []string, m textmatch.Match) bool {
		// not with someone else: "no necesitamos más contacto con el
		// inquilino"
		if m.End+1 < len(toks) && (toks[m.End] == "con" || toks[m.End] == "de") {
			return esSenderSubject.Has(toks[m.End+1])
		}
		return true
	}},
	"keep name out": {unless: []exclusion{
		{"kept out only until then: 'keep my info out of your system until I sign' (stop 71)", afterIn(4, textmatch.NewSet("until", "till", "til", "before"))},
	}},
	"es let me be": {require: func(toks []string, m textmatch.Match) bool {
		// asked of the sender, not a reason told ("para que me dejen en
		// paz los cobradores")
		return !(m.Start > 0 && toks[m.Start-1] == "para") && !(m.End < len(toks) && othersAfter.Has(toks[m.End]))
	}},
	"rather not hear anyone": {require: func(toks []string, m textmatch.Match) bool {
		// not with a request to go on after it: "..., you included lol,
		// but yes send the listing"
		for k := m.End; k+1 < len(toks); k++ {
			if toks[k] == "but" || toks[k] == "pero" {
				return !slices.ContainsFunc(toks[k+1:min(len(toks), k+5)], goOnVerbs.Has)
			}
		}
		return true
	}},
	"warned": {require: func(toks []string, m textmatch.Match) bool {
		// whom the lead names is a threat ("my lawyer"), or the message
		// says why ("my cousin is a paralegal": a legal title), not "my
		// son, he's the one buying"
		return dncThreatClass.Has(toks[m.End-1]) || slices.ContainsFunc(toks, titleWords.Has)
	}},
	"es turn them off": {require: func(toks []string, m textmatch.Match) bool {
		// not the lead's own phone's or another sender's: "¿cómo desactivo
		// las llamadas de spam en mi celular?", "las notificaciones de mi
		// app del banco", "los mensajes de voz", "las alertas del
		// termostato"
		if hasWord(toks, "spam", "voz", "celular", "termostato", "banco") || textmatch.ContainsSeq(toks, "mi", "app") || textmatch.ContainsSeq(toks, "de", "otros") {
			return false
		}
		// the pronoun stands for messages named before it ("los surveys
		// ..., ¿cómo los apago?"), not for lights or a machine
		if toks[m.Start+1] != "los" && toks[m.Start+1] != "las" {
			return true
		}
		return slices.ContainsFunc(toks[:m.Start], contactNouns.Has)
	}},
	"number gone": {require: func(toks []string, m textmatch.Match) bool {
		// English "I want my number gone from your system tonight": wished
		// for, or gone from the sender's records (not "my number got
		// removed from the app")
		if toks[m.Start] == "my" || toks[m.Start] == "this" {
			if textmatch.Before(toks, m.Start, 3, goneWished) || m.End+1 < len(toks) && toks[m.End] == "from" && senderOwned.Has(toks[m.End+1]) ||
				m.End+2 < len(toks) && toks[m.End] == "out" && toks[m.End+1] == "of" && senderOwned.Has(toks[m.End+2]) {
				return true
			}
			// ("sorry, my phone got wiped"; the bare clause-end reading is
			// the Spanish rule's)
			if toks[m.Start+1] != "number" {
				return false
			}
		}
		return (m.End == len(toks) || toks[m.End] == textmatch.Break) && !hasWord(toks, "llamame", "llameme", "marcame", "marqueme", "call", "llamenme")
	}},
	"es keep writing can": {unless: []exclusion{
		{"another channel stopped, texts welcome: 'no me pueden estar llamando a cada rato, mejor mándeme mensaje'", keepsTexting},
		{"calls or hours, not texts: 'no me pueden estar llamando en horas de trabajo' (not 'a todas horas', all the time)", func(toks []string, m textmatch.Match) bool {
			if !textmatch.ContainsSeq(toks, "todas", "horas") {
				return spanishChannelOrHours(toks, m)
			}
			// "a todas horas" is all the time: only calls refused with
			// texts welcome and no message refused are none
			return toks[m.End-1] == "llamando" && (keepsTexting(toks, m) || textsWelcomed(toks) || hasWord(toks, "mandeme", "mandame", "escribame", "escribeme")) && !hasWord(toks, "mandando", "texteando", "mensajes", "textos", "escribiendo")
		}},
		{"asks to keep sending something wanted: '¿no me puede estar mandando las casas nuevas por aquí?' (not 'información que no pedí')", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 3, wantedSent) && (hasWord(toks, "aqui", "aca", "whatsapp", "nuevas", "nuevos") || textmatch.ContainsSeq(toks, "que", "salgan"))
		}},
	}},
	"es dont send them": {require: func(toks []string, m textmatch.Match) bool {
		// "ya no me los manden" alone, or after the messages named; not
		// "ya no me los manden, ya compré los materiales" (a thing named)
		if namesMessages(toks, m) {
			return true
		}
		for _, w := range toks {
			if w != textmatch.Break && !sendThemFiller.Has(w) {
				return false
			}
		}
		return true
	}, unless: []exclusion{
		{"another channel refused, texts welcome: 'no me los manden por correo, mejor por whatsapp'", textsWelcomedElsewhere},
		{"calls or hours, not texts", spanishChannelOrHours},
	}},
	"es left list": {unless: []exclusion{
		{"another list left, texts welcome: 'me salí de la lista de correos, pero sigan mandándome mensajes'", textsWelcomedElsewhere},
		{"another channel left, texts welcome", keepsTexting},
		{"a waiting list: 'me salí de la lista de espera'", listOfWaiting},
	}},
	"es stop sending": {unless: []exclusion{
		{"a service paused, not the messages: 'necesitamos suspender la limpieza de campanas durante las vacaciones'", func(toks []string, m textmatch.Match) bool {
			// (not "suspendan el servicio de mensajes": the messages named)
			return m.Start+2 < len(toks) && (toks[m.Start+1] == "la" || toks[m.Start+1] == "el" || toks[m.Start+1] == "los" || toks[m.Start+1] == "las") && pausedServices.Has(toks[m.Start+2]) &&
				!textmatch.After(toks, m.Start+3, 3, dncFcontactnClass)
		}},
		{"the lead's own doing with the messages, not sending: 'le dije a mi mamá \"ya deja de borrar los mensajes\"'", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[m.Start:m.End], readingVerbs.Has)
		}},
		{"a wish for some day, asked about: 'si algún día quiero que paren los mensajes, ¿qué pongo?'", beforeIn(6, textmatch.NewSet("si", "cuando"))},
	}},
	"asking you to stop": {require: func(toks []string, m textmatch.Match) bool {
		return m.End == len(toks) || toks[m.End] == textmatch.Break || messagingNouns.Has(toks[m.End]) || dncContactingClass.Has(toks[m.End]) ||
			toks[m.End] == "now" || toks[m.End] == "already" || toks[m.End] == "please"
	}, unless: []exclusion{
		{"someone else asked: 'my neighbor asked you to stop, I didn't'", func(toks []string, m textmatch.Match) bool { return someoneElsesStop(toks, m.Start, m.End) }},
		{"someone outside the household asks: 'the neighbors are asking you to stop, the noise starts at 6am', 'our HOA is asking you to stop'", beforeIn(5, askersOutside)},
	}},
	"es was removed": {require: func(toks []string, m textmatch.Match) bool {
		// "¿ya me quitaron de la lista?", "¿me quitaron de la lista o
		// no? ya lo pedí": a removal asked after, with "ya" or the
		// request named
		return textmatch.Before(toks, m.Start, 3, alreadyEs) || hasWord(toks, "pedi", "pedimos", "solicite", "asked", "pedido")
	}, unless: []exclusion{
		{"another list: 'me quitaron de la lista de precalificados?'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "de" && toks[m.End+1] != "ustedes" && toks[m.End+1] != "contactos"
		}},
		{"wanted back: '¿por qué me sacaron de la lista? sí quiero recibir las ofertas', '¿nos pueden volver a meter?'", func(toks []string, _ textmatch.Match) bool {
			for _, w := range []string{"si", "todavia", "aun"} {
				if textmatch.ContainsSeq(toks, w, "quiero") || textmatch.ContainsSeq(toks, w, "queremos") {
					return true
				}
			}
			return hasWord(toks, "volver")
		}},
	}},
	"es complaint": {unless: []exclusion{
		{"put there by mistake: 'te puse como spam sin querer, perdón, sigue escribiendo'", afterIn(4, textmatch.NewSet("sin", "error", "accidente", "equivocacion", "perdon", "querer", "mistake", "accident", "sorry"))},
		{"a day blocked in a calendar: 'ya te bloqueé el sábado en mi agenda para la visita'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "te" && textmatch.After(toks, m.End, 5, calendarWords)
		}},
		{"an hour kept, not a list: 'lo de no llamar antes de las diez sigue en pie'", func(toks []string, m textmatch.Match) bool {
			return toks[m.End-1] == "llamar" && textmatch.After(toks, m.End, 2, hourBounds)
		}},
		{"this sender allowed, the list is for others: 'estoy en la lista de no llamar del gobierno pero a ustedes sí les di permiso, seguimos por acá'", func(toks []string, _ textmatch.Match) bool {
			// ("yo nunca les di permiso": denied)
			if i := textmatch.IndexSeq(toks, "les", "di", "permiso"); i >= 0 && !textmatch.Before(toks, i, 2, esNever) {
				return true
			}
			return textmatch.ContainsSeq(toks, "seguimos", "por", "aca") || textmatch.ContainsSeq(toks, "seguimos", "por", "aqui")
		}},
		{"someone else blocked or reported: 'my neighbor dice que ya los bloqueó'", othersStory},
		{"a former provider named first: 'mi old insurance nunca me pagó el claim, los voy a reportar al estado'", formerProviderFirst},
		{"not because of this sender: 'lo de la lista de no llamar es por los bancos, no por ustedes'", notThisSender},
		{"reported some other number: 'ayer reporté un número que decía ser del banco'", reportedOtherThing},
		{"a lawyer with no threat: 'hablar con mi abogada sobre el contrato'", lawyerNoCondition},
		{"asks whether: '¿esto es spam o son ustedes?'", nextIn(textmatch.NewSet("o", "or"))},
		{"someone else's act, not contact: '¿el software puede block a los cashiers de hacer refunds sin mi permiso?'", withoutLeaveElsewhere},
		{"reported to someone, after the fact: 'los daños ya los reporté al seguro'", func(toks []string, m textmatch.Match) bool {
			// ("ya los reporté al tiro" is "right away")
			// (a carrier, an app or the police take reports of spam: "ya
			// los reporté con Telcel")
			return esReportedPast.Has(toks[m.End-1]) && m.End < len(toks) && esReportedTo.Has(toks[m.End]) &&
				!(m.End+1 < len(toks) && esAtOnce.Has(toks[m.End+1])) && !textmatch.After(toks, m.End, 4, spamReportTakers)
		}},
		{"someone or something named first: 'los recibos ya los reporté el lunes', 'mis inquilinos no pagan, ya los denuncié', 'los de la otra compañía ... ya los bloqueé'", func(toks []string, m textmatch.Match) bool {
			if !esReportedPast.Has(toks[m.End-1]) {
				return false
			}
			for k := 0; k < m.Start; k++ {
				// ("otra vez spam?" is again)
				if namedFirst.Has(toks[k]) && !(k+1 < len(toks) && esTimeNouns.Has(toks[k+1])) {
					return true
				}
			}
			return false
		}},
		{"others blocked, this sender welcome: 'a mis primos ya los bloqueé, ustedes sigan'", func(toks []string, m textmatch.Match) bool {
			return esReportedPast.Has(toks[m.End-1]) && textmatch.After(toks, m.End, 6, ustedesWord)
		}},
		{"asks whether, to be sure: '¿esto es spam? nomás quiero estar segura antes de mandar mis datos'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "esto" && textmatch.After(toks, m.End+1, 8, makingSure)
		}},
	}},
	"block threat": {final: true, unless: []exclusion{
		{"a joke: 'don't make me block you lol, ok send it'", afterIn(8, jokeTail)},
	}},
	"save your texts": {require: func(toks []string, m textmatch.Match) bool {
		// told, not described: "save your texts", "and save your texts
		// too"; not "you can save your messages in the app"
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || saveLead.Has(toks[m.Start-1])
	}},
	"dont use it": {require: func(toks []string, m textmatch.Match) bool {
		// the number or the phone named before it, and nothing after
		// ("don't use it for the quote"): "going to my work cell ...
		// please don't use it"
		// ("do not use it for this stuff" is for the sender's messages)
		if m.End < len(toks) && toks[m.End] != textmatch.Break && !(toks[m.End] == "for" && m.End+1 < len(toks) && forThese.Has(toks[m.End+1])) {
			return false
		}
		for k := max(0, m.Start-15); k < m.Start; k++ {
			if phoneNouns.Has(toks[k]) {
				return true
			}
		}
		return false
	}},
	"delete number": {require: func(toks []string, m textmatch.Match) bool {
		// the number or the lead's details named before it
		for k := max(0, m.Start-12); k < m.Start; k++ {
			if deleteTargets.Has(toks[k]) {
				return true
			}
		}
		return false
	}},
	"go away": {unless: []exclusion{
		{"told to another sender before: 'I told the last guy who texted to stop, lose my number'", toldFormerSender},
		{"lost, not told to get lost: 'new hires get lost in paperwork'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "get" && prevOutside(stopHead)(toks, m)
		}},
		{"the writer gets lost: 'this is where I get lost, I'm not great over text'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "get" && m.Start > 0 && lostSelf.Has(toks[m.Start-1])
		}},
		{"lost in something: 'I get lost with all these texts'", func(toks []string, m textmatch.Match) bool {
			return toks[m.End-1] == "lost" && m.End < len(toks) && lostIn.Has(toks[m.End])
		}},
		{"back off a shift, a rig or a trip: 'my husband will be back off the rig by then', 'when I get back off shift'", func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] == "back" && m.Start > 0 && returnedBy.Has(toks[m.Start-1]) && m.End < len(toks) && returnedFrom.Has(toks[m.End])
		}},
	}},
	"blocked at start": {unless: []exclusion{
		{"not at a clause's start: 'the road is blocked'", prevOutside(textmatch.Set{})},
		{"a block by mistake or taken back", blockUndone},
		{"followed by something else", blockedThenOther},
	}},
	"any more messages": {final: true, require: negated(8), unless: []exclusion{
		{"a time of day: 'I'd like not to receive any more texts after 9pm, mornings are fine'", timeOfDayAfter},
		{"messages missed, not refused: 'I'm not getting any notifications about my claim'", func(toks []string, m textmatch.Match) bool {
			return textmatch.Before(toks, m.Start, 2, receivingNow) && !textmatch.Before(toks, m.Start, 5, wantingWords)
		}},
		{"from someone else: 'no more calls from the title company'", fromSomeoneElse},
	}},
	// "rather not be contacted": the negation is the request; "i was
	// contacted" is not one
	"be removed": {final: true, require: beRemovedRequest, unless: []exclusion{
		{"a role ended, not the messages: 'How do I get removed as a co-signer on my son's loan?'", func(toks []string, m textmatch.Match) bool {
			return textmatch.After(toks, m.End, 3, roleNouns)
		}},
		{"taken off a schedule, not a list: 'I was told I'd be removed from the schedule, can you still come Tuesday?' (stop 71 review)", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && toks[m.End] == "from" && textmatch.After(toks, m.End+1, 2, scheduleNouns)
		}},
	}},
	// a whole clause: "Do not text, do not call. Done."; with texts
	// welcome it refuses another channel
	"dont contact bare": {require: wholeClauseOrAtAll, unless: []exclusion{
		{"a description, not a request: 'he's 81 and doesn't text' (\"doesn't\" reads \"dont\")", func(toks []string, m textmatch.Match) bool {
			return slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], describedPerson.Has)
		}},
		{"another channel stopped, texts welcome", keepsTexting},
		{"a call asked for instead: 'don't text, call me'", asksForCall},
	}},
	"dont contact me": dontContactRule,
	// "ya te dije que no me interesa y sigues" (not "ya le dije que no a
	// mi esposo y sigue insistiendo": a no said to someone else)
	"es told no": {require: func(toks []string, m textmatch.Match) bool {
		for k := m.Start; k+1 < m.End; k++ {
			if toks[k] == "no" && toks[k+1] == "a" {
				return false
			}
		}
		return true
	}},
	// the junk button or folder, not by accident nor undone: "I tapped
	// report junk by accident", "moved you back"
	"reported junk": {require: func(toks []string, _ textmatch.Match) bool {
		return !hasWord(toks, "accident", "mistake", "mistakenly", "accidentally", "wrong", "back")
	}},
	// told the number was out, not asking to be put back
	"told out of system": {require: func(toks []string, _ textmatch.Match) bool {
		return !hasWord(toks, "update", "readd") && !textmatch.ContainsSeq(toks, "add", "it", "back") && !textmatch.ContainsSeq(toks, "add", "me", "back") && !textmatch.ContainsSeq(toks, "put", "it", "back")
	}},
	// only as an order, "just stick my number in the shredder" (not "did
	// you put my number in the trash?", "your office put my number in the
	// trash lol")
	"bin my number": {require: orderedAtStart(textmatch.NewSet("please", "pls", "just", "now", "go", "and", "so"))},
	// "ya no se comuniquen conmigo", "que no se comuniquen más" asked
	// (not "me molesta que no se comuniquen más seguido")
	"es no se comuniquen": {require: func(toks []string, m textmatch.Match) bool {
		if orderedAtStart(esOrderLeadIns)(toks, m) {
			return true
		}
		return m.Start >= 2 && toks[m.Start-1] == "que" && esAskVerbs.Has(toks[m.Start-2])
	}},
	// a number kept, not a record: "leave my number alone, it's the same
	// one on the form"
	"leave my number alone": {require: func(toks []string, _ textmatch.Match) bool {
		return !hasWord(toks, "form", "file", "application", "update", "same", "record", "records", "account")
	}},
	"cancel rest": {final: true, unless: []exclusion{
		{"the rest of a day's calls: 'cancel the rest of the calls today, I'm in meetings'", func(toks []string, m textmatch.Match) bool {
			return toks[m.End-1] == "calls" && nextIn(timeLimit)(toks, m)
		}},
		{"another channel stopped, texts welcome: 'cancel the rest of the calls, text me instead'", keepsTexting},
		{"texts welcome anywhere", textsWelcomedAnywhere},
	}},
	"no need in touch": {final: true, unless: append([]exclusion{
		{"in touch with someone else: 'no need to stay in touch with the lender'", func(toks []string, m textmatch.Match) bool {
			return m.End+1 < len(toks) && (toks[m.End] == "with" || toks[m.End] == "con") && !touchUs.Has(toks[m.End+1])
		}},
		{"less often or another way: 'no need to keep in touch so often', '... until spring', '... with me by phone, texting works', '... through the agent, text me'", func(toks []string, m textmatch.Match) bool {
			k := m.End
			if k+1 < len(toks) && toks[k] == "with" && (toks[k+1] == "me" || toks[k+1] == "us") {
				k += 2
			}
			if k >= len(toks) {
				return false
			}
			switch {
			case touchLess.Has(toks[k]):
				return true
			case toks[k] == "so" || toks[k] == "as" || toks[k] == "that" || toks[k] == "too":
				return k+1 < len(toks) && (toks[k+1] == "often" || toks[k+1] == "much")
			case touchVia.Has(toks[k]):
				// another way, only with a channel welcomed after the
				// refused one ("by email or text, we bought elsewhere"
				// welcomes none)
				rest := toks[min(len(toks), k+3):]
				return textsWelcomed(rest) || emailWelcomed(rest, m)
			}
			return false
		}},
		{"asked about: 'is there no need to keep in touch after closing?'", func(toks []string, m textmatch.Match) bool {
			return m.Start > 0 && (toks[m.Start-1] == "there" || toks[m.Start-1] == "theres")
		}},
	}, dontContactRule.unless...)},
	"dont send":       dontContactRule,
	"dont call again": dontContactRule,
	// "company phone. yall cant be on it", "este es el phone del jale,
	// aquí no": only with a work phone named before it (not "aquí no, en
	// la otra casa", nor "get off it, the price is too high"), and not
	// with texts welcomed ("aquí no, textéame al personal" names another
	// phone, which still refuses this one)
	"work line refused": {require: func(toks []string, m textmatch.Match) bool {
		return workPhoneNamed(toks[:m.Start]) && m.Start > 0
	}, unless: []exclusion{{"texts welcomed: 'work cell, not here during shifts, text after 6'", textsWelcomedAnywhere}}},
	// "quit using it", "keep off it": only of this number, line or cell
	// named before it (not "quit using it, the app keeps crashing")
	"quit using it": {require: func(toks []string, m textmatch.Match) bool {
		return numberNamedBefore(toks, m.Start)
	}, unless: []exclusion{{"texts welcomed: 'this is my work cell, stop using it for calls, text me'", textsWelcomedAnywhere}}},
	// "any future messages should go to the front desk email, not here":
	// another way named
	// the messages sent to someone or somewhere else, or all of them
	// moved: not "send the contract to my wife's email instead of mine",
	// "my son filled it out, not me", "use the address on file, not this
	// one, for the mailing"
	"this line refused for another": {require: func(toks []string, m textmatch.Match) bool {
		sent := slices.ContainsFunc(toks[:m.Start], redirectVerbs.Has)
		switch toks[m.Start] {
		case "instead", "leave":
			return sent && (slices.ContainsFunc(toks, everythingWords.Has) || textmatch.ContainsSeq(toks, "from", "now", "on") || hasWord(toks, "cell", "phone", "number", "line"))
		case "and":
			return sent && (toks[m.End-1] != "one" || hasWord(toks, "cell", "phone", "number", "line", "landline"))
		case "not":
			if toks[m.Start+1] == "me" || toks[m.Start+1] == "mine" {
				// "text my son at 555 0101 about it, not me": all of it
				// sent to someone else (not "text my husband the address,
				// not me")
				return sent && slices.ContainsFunc(toks[:m.Start], otherPerson.Has) &&
					(slices.ContainsFunc(toks, everythingWords.Has) || slices.ContainsFunc(toks, numberPart) ||
						hasWord(toks, "cell", "number", "phone", "anymore") || textmatch.ContainsSeq(toks, "from", "now", "on"))
			}
			return sent || hasWord(toks, "email", "correo", "landline", "file")
		}
		return sent
	}},
	"es this line refused for another": {require: func(toks []string, m textmatch.Match) bool {
		if toks[m.Start+1] == "mi" {
			// "escríbanle a él, a mí ya no" (not "a mi esposo le interesa,
			// a mí ya no")
			return slices.ContainsFunc(toks[:m.Start], redirectVerbs.Has)
		}
		return hasWord(toks, "correo", "email", "mail", "whatsapp", "wasap", "esposo", "esposa", "hijo", "hija")
	}},
	// not with an ask: "save yourself the trouble, just call me"
	"spare the trouble": {unless: []exclusion{{"another way wanted: 'save yourself the trouble, call me at 5'", func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "call", "ring", "phone", "come", "meet", "llamame", "llameme", "llamenme", "marcame")
	}}}},
	// quiet from the sender, not quiet hours or a quiet place: "I'd
	// appreciate the quiet hours being respected", "we love the quiet
	// out here"
	"quiet wanted": {unless: []exclusion{{"quiet hours or a quiet time: 'I'd appreciate the quiet hours being respected'", func(toks []string, m textmatch.Match) bool {
		return m.End < len(toks) && (toks[m.End] == "hours" || toks[m.End] == "time" || toks[m.End] == "zone")
	}}}},
	// the messages named in the message: not "the old cabinets, I don't
	// want them anymore"
	"dont want them anymore": {require: func(toks []string, _ textmatch.Match) bool {
		return slices.ContainsFunc(toks, messagingNouns.Has) || textmatch.ContainsSeq(toks, "keep", "coming") || textmatch.ContainsSeq(toks, "keep", "waking")
	}},
	// of this line: not "Pets are not permitted in the rental"
	"not permitted here": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "line", "number", "phone", "cell", "device", "landline")
	}},
	"elsewhere not here": {require: func(toks []string, _ textmatch.Match) bool {
		return hasWord(toks, "email", "emails", "correo", "inbox", "portal")
	}},
	// "I am done receiving", "kindly spare me the rest": of the messages
	// (named, or the message is that short), not "I'm done receiving, the
	// movers dropped everything off"
	"done receiving": {require: func(toks []string, _ textmatch.Match) bool {
		return slices.ContainsFunc(toks, messagingNouns.Has) || len(toks) <= 6
	}},
	// "would prefer not to receive any further correspondence", not with
	// texts here welcome
	"prefer not to receive": {unless: []exclusion{{"another channel refused, texts here welcome: '... by mail, text us here instead'", textsWelcomedAnywhere}}},
	// "id rather this phone stay quiet from you folks", not for a time:
	// "keep my phone quiet till Monday, I'm at a funeral"
	"phone quiet": {unless: []exclusion{{"for a while: 'id like my phone to stay quiet till after the funeral'", afterIn(4, pauseUntil)}}},
	// "ya le paren" said of the sender's texts, not of a noise or a
	// neighbour: "los vecinos, ya le paren a la música"
	"es stop with": {unless: []exclusion{{"something else stopped: 'ya le paren a la música'", afterIn(1, textmatch.NewSet("a", "al"))}},
		// "ya le paren" of the texts: a short message naming nobody else
		// (not "los vecinos ponen música toda la noche, ojalá ya le paren")
		require: func(toks []string, m textmatch.Match) bool {
			return toks[m.Start] != "ya" && toks[m.Start] != "le" || len(toks) <= 10 && !hasWord(toks, "ojala", "vecinos", "vecino", "musica", "ruido", "perros", "perro", "fiesta")
		}},
}

// numberNamedBefore reports the lead's number, line or phone named in
// the 30 tokens before i with no other thing named between, which "it"
// in "quit using it" then stands for: "this is my personal cell ... quit
// using it" (not "my number is on the app ... quit using it, it's buggy").
func numberNamedBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-30; k-- {
		// a thing named with a determiner since: "my cell is 555-0143.
		// the deck stain is still tacky ... stay off it"
		if usedThings.Has(toks[k]) || newReferent.Has(toks[k]) {
			return false
		}
		if workPhoneWords.Has(toks[k]) || toks[k] == "number" || toks[k] == "numero" || toks[k] == "landline" {
			// the line declared: "this is my personal cell", "it's a Google
			// Voice line", "es mi celular" (not "got your text on my cell")
			return textmatch.Before(toks, k, 4, lineDeclared)
		}
	}
	return false
}

var (
	// things other than the line that "it" may stand for
	usedThings = textmatch.NewSet("app", "software", "card", "tool", "portal", "system", "platform", "truck", "code", "coupon", "link",
		"website", "site", "program", "service", "product", "account", "login", "password", "form", "car", "machine", "unit", "calculator")
	// determiners that bring in a new thing "it" may stand for
	newReferent = textmatch.NewSet("the", "a", "an", "his", "her", "your", "our", "their", "el", "la", "los", "las", "un", "una")
	// what declares the line the lead's: "this is my cell", "it's a line"
	lineDeclared = textmatch.NewSet("this", "its", "thats", "is", "es", "este", "esta")
	// "me lo dio el trabajo", "the company gave me"
	givenBy = textmatch.NewSet("dio", "dieron", "gave", "issued", "provided", "da", "dan")
)

// workPhoneNamed reports a work phone named in toks: "company phone", "the
// pushers rig phone", "es cel de la compañía", "el phone del jale".
func workPhoneNamed(toks []string) bool {
	for i, w := range toks {
		if !workPhoneWords.Has(w) {
			continue
		}
		// ("este teléfono me lo dio el trabajo": the giver, further on)
		if textmatch.Before(toks, i, 2, workOwners) || textmatch.After(toks, i+1, 4, workOwners) ||
			textmatch.After(toks, i+1, 3, givenBy) && textmatch.After(toks, i+1, 6, workOwners) {
			return true
		}
	}
	return false
}

var (
	butOne         = textmatch.NewSet("than", "except", "besides", "beyond", "aside", "apart", "but")
	calendarWords  = textmatch.Union([]textmatch.Set{textmatch.Dias}, "agenda", "calendario", "dia", "fecha", "hora", "horario", "cita", "manana", "tarde")
	otherOnes      = textmatch.NewSet("other", "otra", "otro", "another", "last", "previous")
	dealTerms      = textmatch.NewSet("inspection", "contract", "appraisal", "financing", "escrow", "contingency", "agreement", "lease", "closing", "offer")
	workPhoneWords = textmatch.NewSet("phone", "cell", "cel", "celular", "line", "telefono", "device", "mobile")
	workOwners     = textmatch.NewSet("company", "work", "rig", "job", "office", "shop", "business", "compania", "trabajo", "empresa", "oficina",
		"jale", "chamba", "jefe", "patron", "boss", "bosses", "yard", "clinic")
	pauseUntil = textmatch.NewSet("till", "until", "til", "for", "this", "tonight", "today", "during", "while", "after", "hasta", "por")
)

// dontContactRule: the phrase carries its own negation; a double negation
// ("i didnt say dont text me") is too rare to model.
var dontContactRule = phraseRule{final: true, unless: []exclusion{
	{"someone else never to be heard from again: 'Done with the other realtor, never want to hear from her again. So what's your offer?' (blind76, stop 73)", func(toks []string, m textmatch.Match) bool {
		for k := m.Start; k+1 < m.End; k++ {
			if toks[k] == "from" {
				return othersHeard.Has(toks[k+1])
			}
		}
		return false
	}},
	{"someone else's number: 'Don't text Jim's number anymore, this one's mine'", func(toks []string, m textmatch.Match) bool {
		// (only when this number is kept: "this one's mine", "use this")
		if !hasWord(toks, "mine") && !textmatch.ContainsSeq(toks, "use", "this") && !textmatch.ContainsSeq(toks, "this", "one", "is") && !textmatch.ContainsSeq(toks, "one", "to", "use") {
			return false
		}
		for k := m.Start + 1; k < len(toks) && k < m.End+2; k++ {
			if toks[k] == "number" && !ownNumberWords.Has(toks[k-1]) && len(toks[k-1]) > 2 && strings.HasSuffix(toks[k-1], "s") {
				return true
			}
		}
		return false
	}},
	{"a thing not to send again: 'No need to send the brochure again, I have it'", func(toks []string, m textmatch.Match) bool {
		// (the lead says they have it; not "don't send me the quote again"
		// nor "... or anything else")
		span := toks[m.Start:min(len(toks), m.End+3)]
		if slices.ContainsFunc(span, moreWords.Has) || !slices.ContainsFunc(toks[m.End:], hadWords.Has) {
			return false
		}
		return slices.ContainsFunc(span, alreadyHad.Has)
	}},
	{"a description, not a request: 'the texts don't bother me at all', 'it doesn't bother me'", func(toks []string, m textmatch.Match) bool {
		return m.Start >= 1 && m.End-m.Start >= 2 && toks[m.Start+1] == "bother" && describedSenders.Has(toks[m.Start-1])
	}},
	{"how to write, not whether: 'Don't text me novels. Short answers.'", func(toks []string, m textmatch.Match) bool {
		return m.End < len(toks) && longWriting.Has(toks[m.End])
	}},
	{"how many, not whether: 'don't send me more than one quote'", func(toks []string, m textmatch.Match) bool {
		return m.End+1 < len(toks) && toks[m.End] == "more" && toks[m.End+1] == "than"
	}},
	{"while busy: 'don't text me mientras estoy en la línea, después de las 3:30 sí'", whileBusy},
	{"the request denied: 'I'm not saying never contact me, I'm saying not this week'", func(toks []string, m textmatch.Match) bool {
		return m.Start >= 2 && textmatch.Negators.Has(toks[m.Start-2]) && (toks[m.Start-1] == "saying" || toks[m.Start-1] == "asking")
	}},
	{"someone else was told: 'my dad asked the other company to never contact him again'", thirdPartyTold},
	{"another's number, this one kept: 'don't text my mom's number anymore, everything goes to me at this number'", func(toks []string, m textmatch.Match) bool {
		// (not "don't text my old number or this number ever again")
		return slices.ContainsFunc(toks[m.Start:min(len(toks), m.End+1)], othersNumber.Has) && !textmatch.ContainsSeq(toks, "or", "this") &&
			(textmatch.ContainsSeq(toks, "to", "me") || textmatch.ContainsSeq(toks, "this", "number") || textmatch.ContainsSeq(toks, "text", "me"))
	}},
	{"the thing not to send is no message: 'please don't send me any links, just write the price'", sentThing},
	{"quiet hours: 'dont text me after 9pm', 'at all on weekends', but not 'until further notice' nor 'at all'", func(toks []string, m textmatch.Match) bool {
		return windowAfter(toks, m.End)
	}},
	{"a pause until something happens: 'could you not text me again until the appraisal is back', but not 'until I say so'", func(toks []string, m textmatch.Match) bool {
		k := m.End
		if k < len(toks) && (toks[k] == "again" || toks[k] == "anymore") {
			k++
		}
		return k+1 < len(toks) && untilWords.Has(toks[k]) && !openEnded.Has(toks[k+1])
	}},
	{"complains of silence: 'you never text me anymore'", complainsOfSilence},
	{"someone of the lead's kept out of it, the lead still the contact: 'please don't contact her directly, come through me'", throughMe},
	{"a verb list that goes on to someone else: 'never phone or email my boss'", verbListContinues},
	{"offers another way", positiveAlternative},
}}

// othersStoppedAnswering: a third person named just before the stop
// verb stopped answering the lead's own messages ("my son quit answering
// my texts", "she stopped returning my calls"): a story, not a request.
func othersStoppedAnswering(toks []string, m textmatch.Match) bool {
	if m.Start == 0 || !othersWhoStop.Has(toks[m.Start-1]) || m.Start+1 >= m.End || !answeringVerbs.Has(toks[m.Start+1]) {
		return false
	}
	for k := m.Start + 2; k < m.End; k++ {
		if toks[k] == "my" || toks[k] == "our" {
			return true
		}
	}
	return false
}

var (
	othersWhoStop = textmatch.NewSet("he", "she", "son", "daughter", "wife", "husband", "mom", "dad", "brother", "sister",
		"tenant", "tenants", "contractor", "adjuster", "landlord", "boss", "kid", "kids", "cousin", "friend")
	// what someone stopped doing with the lead's messages
	answeringVerbs = textmatch.NewSet("answering", "returning", "reading", "responding", "replying", "picking", "contestando")
)

// whileBusy: a "mientras" right after the match and a word of being
// busy bound the request to a time the lead is busy ("no me texteen
// mientras manejo", "don't text me mientras estoy en la línea"), unless
// the message says it is for good.
func whileBusy(toks []string, m textmatch.Match) bool {
	k := m.End
	if k < len(toks) && (toks[k] == "porfa" || toks[k] == "please" || toks[k] == "pls") {
		k++
	}
	// a busy doing follows: "mientras manejo", "mientras estoy en la
	// línea", not "mientras no les pida nada" nor "mientras yo viva"
	return k+1 < len(toks) && toks[k] == "mientras" && busyDoing.Has(toks[k+1]) && !slices.ContainsFunc(toks, forGood.Has)
}

var busyDoing = textmatch.NewSet("manejo", "manejando", "trabajo", "trabajando", "estoy", "estamos", "ando", "andamos", "duermo",
	"durmiendo", "maneje", "trabaje", "este", "esta", "cocino", "cuido", "im", "i", "driving", "working")

// prevOutside: the token before the match is in its clause and not in
// set (an empty set: any token before it in its clause).
func prevOutside(set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool {
		return m.Start > 0 && toks[m.Start-1] != textmatch.Break && !set.Has(toks[m.Start-1])
	}
}

// enoughOfOther: the contact noun "enough" names only qualifies another
// noun ("enough marketing pdfs", "enough sales decks"): a quantity of
// that, not of messages. "enough follow up texts" still names texts.
func enoughOfOther(toks []string, m textmatch.Match) bool {
	last := toks[m.End-1]
	if last != "marketing" && last != "sales" && last != "follow" || m.End >= len(toks) {
		return false
	}
	n := toks[m.End]
	return n != textmatch.Break && n != "up" && !dncContactnClass.Has(n)
}

// Sets the rules above test on every match, made once: NewSet takes the
// vocabulary's lock.
var (
	// threatTargets are who a conditional threat aims at: the sender or
	// its messages.
	threatTargets = textmatch.NewSet("you", "u", "yall", "your", "ur", "this", "ustedes", "los", "las")
	// wrongDetail marks a detail sent in error, not messages:
	// "stop sending me the wrong address".
	wrongDetail = textmatch.NewSet("wrong", "incorrect", "old")
	ifWord      = textmatch.NewSet("if")
)

// lostSelf before "get lost" make it the writer or others who get lost.
var lostSelf = textmatch.NewSet("i", "we", "they", "he", "she", "people", "folks", "always", "usually", "easily", "kinda", "totally")

// nextIn: the token after the match is in set.
func nextIn(set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool { return m.End < len(toks) && set.Has(toks[m.End]) }
}

// nextOutside: the token after the match is in its clause and not in set.
func nextOutside(set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool {
		return m.End < len(toks) && toks[m.End] != textmatch.Break && !set.Has(toks[m.End])
	}
}

// beforeIn: a token of set within n tokens before the match, in its clause.
func beforeIn(n int, set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool { return textmatch.Before(toks, m.Start, n, set) }
}

// afterIn: a token of set within n tokens after the match, in its clause.
func afterIn(n int, set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool { return textmatch.After(toks, m.End, n, set) }
}

// negated: a negation within n tokens before the match.
func negated(n int) phraseCheck {
	return func(toks []string, m textmatch.Match) bool { return negatedBefore(toks, m.Start, n) }
}

// stopHasObject: "stop" is followed in its clause by more than politeness
// ("stop smoking"); "or" ends the check ("stop it now or i'll report
// you"), and so does insisting on the keyword ("stop means stop").
func stopHasObject(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks) && toks[k] != textmatch.Break; k++ {
		if toks[k] == "or" {
			return false
		}
		if (toks[k] == "means" || toks[k] == "mean") && k+1 < len(toks) && (toks[k+1] == "stop" || toks[k+1] == "no") {
			return false
		}
		// "ya stp porfa im at work": a run-on's next clause, its subject
		// after the politeness
		if toks[k] == "im" && k > m.End {
			return false
		}
		if !stopTail.Has(toks[k]) {
			return true
		}
	}
	return false
}

// thingRemoved: "remove it", "cancel it" after a thing other than the
// messages is named earlier in the message: "They charged me a late fee
// de $35, can you remove it?"
func thingRemoved(toks []string, m textmatch.Match) bool {
	if toks[m.Start] == "stop" || m.End >= len(toks) || toks[m.End] != "it" && toks[m.End] != "that" && toks[m.End] != "this" {
		return false
	}
	// ("I never asked for an appointment. remove it all, I'm not
	// interested": everything removed, a revocation)
	return slices.ContainsFunc(toks[:m.Start], namedThings.Has) && !slices.ContainsFunc(toks[:m.Start], messagingNouns.Has) &&
		!slices.ContainsFunc(toks[m.End:min(len(toks), m.End+3)], thingDenied.Has) && !notInterested(toks)
}

// notInterested reports "not interested" or "no me interesa" anywhere: a
// refusal of the business, whatever else is removed.
func notInterested(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k] == "not" && toks[k+1] == "interested" || toks[k] == "me" && toks[k+1] == "interesa" && k > 0 && toks[k-1] == "no" {
			return true
		}
	}
	return false
}

// thingDenied: words after "remove it" that remove everything
var thingDenied = textmatch.NewSet("all", "everything")

// namedThings: things a lead asks to have removed or cancelled
var namedThings = textmatch.NewSet("fee", "fees", "charge", "charges", "payment", "order", "appointment", "photo", "pic", "picture",
	"listing", "review", "comment", "item", "cargo", "cargos", "multa", "cita", "foto", "pedido")

// stopDescribesWriter: "i want to stop" describes the writer ("to stop
// smoking" fails the tail check); only something told to stop counts.
func stopDescribesWriter(toks []string, m textmatch.Match) bool {
	// "I need to know if I still qualify before I quit", "once we stop":
	// the writer's own quitting, told in a clause of time or condition
	if m.Start > 1 && (toks[m.Start-1] == "i" || toks[m.Start-1] == "we") && writerClauseOpeners.Has(toks[m.Start-2]) {
		return true
	}
	return m.Start > 0 && toks[m.Start-1] == "to" && !textmatch.Before(toks, m.Start-1, 3, litPhrases0)
}

// writerClauseOpeners open a clause of time or condition whose subject
// quits: "before I quit", "if we stop".
var writerClauseOpeners = textmatch.NewSet("before", "after", "when", "once", "if", "until", "till", "til", "unless", "since")

// callsFromOthers: the threat's calls come from the lead's own people or
// a third party.
func callsFromOthers(toks []string, m textmatch.Match) bool {
	for k := m.Start; k+1 < m.End; k++ {
		if toks[k] == "from" && (toks[k+1] == "my" || thirdParty.Has(toks[k+1])) {
			return true
		}
	}
	return false
}

// addBackRules ask to be put back on the list.
var addBackRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "add back", Pattern: "add|put|sign me|us back / volver a agregar|agregarme|inscribir|inscribirme|suscribirme / agreguenme|agregame|agregueme ~2 de nuevo / agreguenme|agregame|agregueme ~2 otra vez"},
	// "I stopped getting the rate updates and I want them back"
	{Name: "add back", Pattern: "want|need them|those|em|it back / los|las quiero|necesito de vuelta / los|las quiero|necesito otra vez"},
})

// meansIt reports the lead's own "I mean" at toks[verb], which insists on
// what follows instead of quoting it: "nope, I mean no more texts,
// period", "I mean it, take me off" (not "I didn't mean stop", "do you
// mean remove me?").
func meansIt(toks []string, verb int) bool {
	return toks[verb] == "mean" && verb > 0 && toks[verb-1] == "i" && (verb < 2 || !textmatch.Negators.Has(toks[verb-2]))
}

// relayed reports a household member who says it for the phone's user:
// "mom says STOP", "my husband says stop". What a person in the house
// says to the sender is the lead's revocation, not a quotation. (Spanish
// "dice" is no quotation verb, so "mi mamá dice STOP" never gets here.)
//
// At a business line the one answering relays for whoever runs it: "the
// owner said take us off", "my boss says stop texting this line". "Said"
// relays as "says" does: the request was made, and it is for this number.
func relayed(toks []string, verb int) bool {
	if verb == 0 || toks[verb] != "says" && toks[verb] != "said" {
		return false
	}
	// ("my husband Ray says": the relation, then the name)
	return household.Has(toks[verb-1]) || office.Has(toks[verb-1]) ||
		verb > 1 && (household.Has(toks[verb-2]) || office.Has(toks[verb-2])) && !household.Has(toks[verb-1]) && toks[verb-1] != textmatch.Break
}

var (
	household = textmatch.NewSet("mom", "dad", "mother", "father", "husband", "wife", "son", "daughter", "grandma", "grandpa",
		"he", "she", "mama", "papa", "madre", "padre", "esposo", "esposa", "hijo", "hija", "abuela", "abuelo")
	office = textmatch.NewSet("owner", "boss", "manager", "assistant", "secretary", "receptionist", "partner", "ceo", "president",
		"director", "doctor", "dr", "supervisor")
)

// someoneElsesStop reports a stop that is someone else's wish, told by a
// lead who carries on with the business: "my brother wants off your list
// but I don't", "mi hija dice que ya no le manden mensajes, pero a mí
// sí", "lol my mom said 'tell them to stop texting' jk ... call her after
// 5". The stop at toks[start:end] has a third person before it (at most
// twelve words back, across one clause break, with no "I" or "we" in
// between) or as its object after it ([toldToOther]), and after it the lead takes it back ("but", "pero",
// "kidding") or asks for the business ("send me the quote", "cuánto me
// dan"). When the stop names the lead too ("stop texting us"), only a
// taking back counts. A relayed stop with nothing after it ("my husband
// says stop texting us") still revokes.
func someoneElsesStop(toks []string, start, end int) bool {
	third, breaks := false, 0
	for k := start - 1; k >= 0 && k >= start-12; k-- {
		w := toks[k]
		if w == textmatch.Break {
			if breaks++; breaks > 1 {
				break
			}
			continue
		}
		if firstPerson.Has(w) || w == "yo" || w == "nosotros" {
			break
		}
		if thirdPeople.Has(w) {
			third = true
			break
		}
	}
	if !third && !toldToOther(toks, start, end) {
		return false
	}
	us := false
	for k := end; k < len(toks) && k < end+3 && toks[k] != textmatch.Break; k++ {
		us = us || toks[k] == "me" || toks[k] == "us" || toks[k] == "nos"
	}
	for k := start - 2; k < end && k >= 0; k++ {
		us = us || toks[k] == "nos"
	}
	business, self := false, false
	for k := end; k < len(toks); k++ {
		if takenBackWords.Has(toks[k]) {
			return true
		}
		// "he wants these to stop, he's not selling the farm" goes on
		// with no business
		business = business || !us && carryOnWords.Has(toks[k]) && !negatedBefore(toks, k, 2)
		self = self || leadSelf.Has(toks[k])
	}
	// the business must be the lead's own: "send me the quote", "yo sí
	// quiero saber cuánto me dan"
	return business && self
}

// toldToOther reports a stop whose object, named after it, is someone
// else: "ya no le manden mensajes a mi hermano", "stop texting our
// tenants at 4B", "ya no le manden nada a los inquilinos".
func toldToOther(toks []string, start, end int) bool {
	for k := end; k < len(toks) && k < end+5 && toks[k] != textmatch.Break; k++ {
		if !objectLead.Has(toks[k]) {
			return objectPeople.Has(toks[k])
		}
	}
	return false
}

var (
	// objectLead may come between a stop and its object: "to our", "a
	// mis", "al", "mensajes a"
	objectLead = textmatch.NewSet("to", "our", "my", "the", "his", "her", "their", "a", "al", "mi", "mis", "su", "sus", "los", "las",
		"nuestros", "nuestras", "messages", "texts", "text", "mensajes", "textos", "nada", "anything", "more", "mas")
	// objectPeople are the people a stop may be about other than the
	// lead: the household, the office, tenants, staff and customers
	objectPeople = textmatch.Union([]textmatch.Set{thirdPeople, office, otherUsers}, "inquilinas", "employee", "coworker", "coworkers",
		"empleado", "empleada", "trabajadores", "workers", "owners", "duenos", "dueno")
)

var leadSelf = textmatch.NewSet("i", "im", "me", "my", "mine", "id", "ill", "we", "our", "yo", "mi", "mis", "nuestra", "nuestro")

var (
	// people other than the lead whose wish a lead may report
	// (the household and the Spanish stories' people, and more)
	thirdPeople = textmatch.NewSet(slices.Concat(household.Words(), esOtherPeople.Words(), []string{
		"brother", "sister", "law", "neighbour", "neighbors", "tenant", "tenants", "teenager", "teen", "kid", "kids",
		"roommate", "friend", "landlord", "vecinos", "inquilino", "inquilina", "boss", "partner",
		// "my buddy got y'all to quit calling ... I do wanna sell though"
		// (blind70, stop 71)
		"buddy", "cousin", "coworker", "neighbor", "uncle", "aunt"})...)
	// the lead taking the stop back: "but I don't", "pero a mí sí", "jk"
	takenBackWords = textmatch.NewSet("but", "pero", "kidding", "jk", "broma", "bromeando", "anyway", "anyways")
	// the lead going on with the business
	carryOnWords = textmatch.NewSet("quote", "send", "call", "offer", "selling", "sell", "refi", "refinance", "refinancing", "rate",
		"cuanto", "vender", "vendo", "cotizacion", "cotizar", "demo", "precio", "llamen", "llamenme", "manden", "mandame", "sigan",
		"next", "preapproval", "application", "appointment", "estimate", "replace", "tool", "mandeme", "mandenme", "informacion",
		"offers", "ofertas", "mandemelas", "mandenmelo", "mandenmelos")
)

// sentPeople are the people a crew sends: "quit sending the guy with the
// muddy boots".
var sentPeople = textmatch.NewSet("guy", "guys", "tech", "techs", "technician", "crew", "man", "kid", "person", "same", "rep")

// machineBlockers block mail or links, not the sender: "our firewall
// is blocking your invite emails".
var machineBlockers = textmatch.NewSet("firewall", "filter", "filters", "server", "network", "vpn", "proxy", "antivirus", "browser",
	"popup", "adblocker", "extension")

// calledByName reports "calling me" followed by a form of address: the
// lead objects to a name, not to calls ("stop calling me sir lol I'm
// 24", "quit calling me ma'am").
func calledByName(toks []string, m textmatch.Match) bool {
	k := m.End
	if k < len(toks) && (toks[k] == "me" || toks[k] == "us") {
		k++
	}
	return m.End > 0 && (toks[m.End-1] == "calling" || toks[m.End-1] == "call") && k > m.End && k < len(toks) && addressWords.Has(toks[k])
}

var addressWords = textmatch.NewSet("sir", "maam", "mam", "madam", "mister", "miss", "missus", "mrs", "mr", "ms", "senora", "senor",
	"senorita", "dona", "don", "buddy", "bro", "honey", "sweetie", "dear", "darling", "hon", "boss", "chief", "pal", "mijo", "mija",
	"mami", "papi", "grandma", "grandpa", "abuela", "abuelo", "old", "young", "kid", "son", "by")

// counterfactual: "I was about to unsubscribe but this rate is actually
// decent", "estuve a punto de darme de baja, pero...", "I was about to
// tell you to take me off your list, but the offer sounds good now": an
// opt-out nearly made, up to six words back in its own clause, and taken
// back by a "but" in that clause or opening the next one ("..., but
// thanks anyway" takes nothing back).
func counterfactual(toks []string, m textmatch.Match) bool {
	near := false
	for k := m.Start - 1; k >= max(0, m.Start-6) && toks[k] != textmatch.Break; k-- {
		switch toks[k] {
		case "almost", "nearly", "casi":
			near = true
		case "about", "punto", "going", "gonna":
			// the lead's own near miss: "I was about to", not "you were
			// going to take me off"
			near = near || k+1 < len(toks) && (toks[k+1] == "to" || toks[k+1] == "de") && k > 0 &&
				((toks[k-1] == "was" || toks[k-1] == "were") && k > 1 && (toks[k-2] == "i" || toks[k-2] == "we") ||
					toks[k-1] == "estuve" || toks[k-1] == "estaba" || toks[k-1] == "a")
		}
	}
	if !near {
		return false
	}
	breaks := 0
	for k := m.End; k < len(toks) && breaks < 2; k++ {
		switch toks[k] {
		case textmatch.Break:
			breaks++
		case "but", "pero", "though", "however":
			if breaks == 1 && toks[k-1] != textmatch.Break {
				continue // inside the next clause, not opening it
			}
			if k+1 < len(toks) && politeClose.Has(toks[k+1]) {
				return false
			}
			return true
		}
	}
	return false
}

// politeClose after a "but" closes politely and takes nothing back: "but
// thanks anyway".
var politeClose = textmatch.NewSet("thanks", "thank", "thx", "gracias", "anyway", "whatever", "ok", "okay", "appreciate")

// howItWorks: "how does the opt out work?", "¿cómo funciona lo de la
// baja?": a question about the mechanism, not a request.
func howItWorks(toks []string, m textmatch.Match) bool {
	// what a thing would do, asked: "that unsubscribe link, does it cut
	// off the texts too?", "will that stop the texts?"
	// (asked at a clause's start or after an "if" clause, with no
	// go-ahead after it: "will that remove me from the list? If so, do
	// it" asks for it, "ok do that unsubscribe me" orders)
	if m.Start >= 2 && thingAsked.Has(toks[m.Start-2]) && thingSubject.Has(toks[m.Start-1]) &&
		(m.Start == 2 || toks[m.Start-3] == textmatch.Break || toks[textmatch.ClauseStart(toks, m.Start-2)] == "if") && !goAhead(toks[m.End:]) {
		return true
	}
	how := false
	for k := max(0, m.Start-3); k < m.Start; k++ {
		how = how || toks[k] == "how" || toks[k] == "como"
	}
	return how && textmatch.After(toks, m.End, 2, worksWords)
}

var worksWords = textmatch.NewSet("work", "works", "funciona", "funcionan")

// goAhead reports a go-ahead in toks: "if so, do it", "I want out",
// "please do".
func goAhead(toks []string) bool {
	return textmatch.ContainsSeq(toks, "if", "so") || textmatch.ContainsSeq(toks, "do", "it") || textmatch.ContainsSeq(toks, "want", "out") ||
		textmatch.ContainsSeq(toks, "please", "do") || textmatch.ContainsSeq(toks, "go", "ahead")
}

var (
	thingAsked   = textmatch.NewSet("does", "do", "will", "would", "can", "could")
	thingSubject = textmatch.NewSet("it", "that", "this")
)

var usingLeadIns = textmatch.NewSet("please", "just", "you", "and", "so", "now")

// windowAfter reports a window of time opening at toks[k], after a
// request not to be contacted, which makes the request quiet hours: "after
// 9pm", "at all on weekends", "before noon". "at all" alone, "until
// further notice" and "at all after this" are for good.
func windowAfter(toks []string, k int) bool {
	if atAll(toks, k) {
		k += 2
		// "at all after this", "at all today, tomorrow, ever", "at
		// all this year or next": for good, not a window
		if k+1 < len(toks) && toks[k] == "after" && (toks[k+1] == "this" || toks[k+1] == "that" || toks[k+1] == "now") ||
			slices.ContainsFunc(toks[k:min(len(toks), k+7)], atAllForGood.Has) {
			return false
		}
	}
	return k < len(toks) && timeLimit.Has(toks[k]) && !(k+1 < len(toks) && untilWords.Has(toks[k]) && (toks[k+1] == "further" || toks[k+1] == "nuevo")) &&
		!onMyEnd(toks, k)
}

// topicEnds reports "on this", "on that" or "on it" at i ending its
// clause (but for a please): the topic of "no more messages on this
// please", not a time ("no more updates on that one for now").
func topicEnds(toks []string, i int) bool {
	if i+1 >= len(toks) || toks[i] != "on" || !thingSubject.Has(toks[i+1]) {
		return false
	}
	k := i + 2
	if k < len(toks) && toks[k] == "please" {
		k++
	}
	// (a talk named after it is a pause: "no more messages on this,
	// talk monday")
	return (k == len(toks) || toks[k] == textmatch.Break) && !slices.ContainsFunc(toks[k:], resumeWhen.Has)
}

var resumeWhen = textmatch.Union([]textmatch.Set{textmatch.Weekdays, textmatch.WeekdayAbbrevs, textmatch.Dias},
	"tomorrow", "later", "next", "then", "talk", "manana", "luego", "after", "until", "till", "when")

// keptUntilThen reports a request for later with the messages wanted
// meanwhile: "once the closing is done you can take me off the list, but
// until then keep the updates coming".
func keptUntilThen(toks []string, m textmatch.Match) bool {
	for k := m.End; k+1 < len(toks); k++ {
		if (toks[k] == "until" || toks[k] == "till" || toks[k] == "til" || toks[k] == "hasta") && (toks[k+1] == "then" || toks[k+1] == "entonces") {
			for j := k + 2; j < len(toks) && j < k+6 && toks[j] != textmatch.Break; j++ {
				// an order to keep them coming, not "I'll keep getting spam"
				if keepSending.Has(toks[j]) && !(j > 0 && selfBefore.Has(toks[j-1])) {
					return true
				}
			}
			return false
		}
	}
	return false
}

var (
	keepSending = textmatch.NewSet("keep", "send", "continue", "sigan", "manden", "mandenme", "sigue")
	selfBefore  = textmatch.NewSet("i", "ill", "will", "gonna", "to", "guess", "probably", "just")
)

// futureTelling reports a request the lead says they would make, not
// one made: "if your offer comes in under 200 I'll probably just tell you
// to stop texting" (a modal before "tell you to" in the clause).
func futureTelling(toks []string, m textmatch.Match) bool {
	s := m.Start
	if s < 3 || toks[s-1] != "to" || !toSenderNow.Has(toks[s-2]) || toks[s-3] != "tell" && toks[s-3] != "ask" {
		return false
	}
	return textmatch.Before(toks, s-3, 4, laterModals)
}

var laterModals = textmatch.NewSet("ill", "will", "would", "might", "gonna", "probably", "may", "maybe")

// almostReported: "I almost reported you as spam", "casi los reporto":
// a report nearly made and taken back is no revocation.
func almostReported(toks []string, m textmatch.Match) bool {
	for k := max(0, m.Start-4); k <= m.Start && k < len(toks); k++ {
		// "almost blocked you", and the intention of then, not carried
		// out: "was going to report you, but the offer is fair", "was gonna report
		// this" (not "I'm about to block you")
		if toks[k] != "almost" && toks[k] != "nearly" && toks[k] != "casi" && !(k > 0 && (toks[k-1] == "was" || toks[k-1] == "were") && (toks[k] == "about" || toks[k] == "gonna" || toks[k] == "going")) {
			continue
		}
		// the word must lead to the report: "it's almost midnight, stop
		// texting me" is a request
		if textmatch.After(toks, k+1, 3, reportWords) {
			return true
		}
	}
	return false
}

var reportWords = textmatch.NewSet("reported", "report", "reporto", "reporte", "reportarlos", "blocked", "block", "bloqueo", "bloquee", "denuncio")

// wantedSent after "mandando" name what the lead wants sent: "las casas
// nuevas", "fotos"
var wantedSent = textmatch.NewSet("casas", "fotos", "info", "informacion", "listados", "opciones", "propiedades", "precios", "cotizacion",
	"cotizaciones", "ofertas", "detalles")

// sendThemFiller may stand with "no me los manden" in a message that
// names nothing else: "ya no me los manden más porfa"
var sendThemFiller = textmatch.NewSet("ya", "no", "me", "nos", "los", "las", "manden", "mandes", "mande", "envien", "envies", "envie",
	"sigan", "mandando", "enviando", "mas", "porfa", "por", "favor", "gracias", "please", "pls", "plis", "ok", "oigan", "oiga", "senor",
	"senora", "nunca", "jamas")

var (
	// bajaDeterminer before a thing named after "de baja de todos":
	// "los seguros", "mis planes", "sus tarjetas"
	bajaDeterminer = textmatch.NewSet("los", "las", "mis", "sus", "tus", "estos", "estas", "nuestros", "nuestras")
	// sentToMe after "de todo lo que" make it the messages: "lo que me
	// mandan" (not "lo que tiene que ver con el seguro")
	sentToMe = textmatch.NewSet("mandan", "envian", "escriben", "mandas", "envias", "llega", "llegan", "mensajes", "textos", "correos",
		"mandado", "enviado", "mandando", "enviando", "mandaron", "enviaron", "tengan", "tienen", "han")
)

// takenOutEnd after "take him out" keep it a removal: "take him out
// please", "take him out asap", "take him out right away" (any other word
// makes it an outing or another paper: "this weekend", "of the will";
// contact named after "out" is a removal again: see outOfContact)
var takenOutEnd = textmatch.NewSet(textmatch.Break, "please", "pls", "now", "asap", "too", "immediately", "also", "thanks", "thank", "right")

// outOfContact after "get him out" make it a removal from contact: "of
// your system", "of the list"
var outOfContact = textmatch.NewSet("list", "lists", "system", "database", "records", "texts", "messages", "contacts", "lista", "phone", "phonebook", "book", "files", "rolodex", "crm", "directory",
	"mailings", "mailing", "chat", "group", "emails", "thread", "loop")

var (
	// formerNumber after "bota el número": one replaced, not refused
	formerNumber = textmatch.NewSet("viejo", "anterior")
	// alreadyEs before "me quitaron de la lista": a removal asked after
	alreadyEs = textmatch.NewSet("ya")
)

// askersOutside are people outside the lead's household who may ask the
// sender to stop something: "the neighbors are asking you to stop"
var askersOutside = textmatch.NewSet("neighbor", "neighbors", "neighbour", "neighbours", "hoa", "city", "landlord", "police", "county",
	"association", "management", "building", "boss", "school")

// sentMoney is what a lead sends that is no message: "dejé de mandar
// remesa"
var sentMoney = textmatch.NewSet("remesa", "remesas", "dinero", "plata", "pagos", "pago", "cheque", "cheques", "money", "payments")

// readingVerbs are what a person does with messages received: "deja de
// borrar los mensajes" stops deleting them
var readingVerbs = textmatch.NewSet("borrar", "leer", "ignorar", "contestar", "responder", "ver", "abrir", "revisar", "guardar", "checar")

// stopIsNoun reports "stop" as a place or a pause: "the bus stop", "a
// pit stop", and "one more stop" or "first stop" when nothing is stopped
// after it ("first stop the texts then maybe we can talk" asks).
func stopIsNoun(toks []string, m textmatch.Match) bool {
	if toks[m.Start] != "stop" || m.Start == 0 {
		return false
	}
	if stopPlaces.Has(toks[m.Start-1]) {
		return true
	}
	n := m.Start + 1
	return stopCounts.Has(toks[m.Start-1]) && (n == len(toks) || toks[n] == textmatch.Break || toks[n] == "then" || toks[n] == "and" || toks[n] == "now")
}

var (
	// stopPlaces before "stop" make it a place: "the bus stop"
	stopPlaces = textmatch.NewSet("bus", "truck", "pit", "rest", "train", "subway", "metro", "gas", "bathroom")
	// stopCounts before "stop" may make it one stop of several: "one
	// more stop then I'll message you"
	stopCounts = textmatch.NewSet("next", "last", "first", "full", "quick", "more", "one")
)

// redirectsContent: the thing to stop sending is one kind of content,
// not the messages: "stop sending the pricing pdf, just send the security
// doc", "stop sending me links, put the info in the text", "no me mandes
// links".
func redirectsContent(toks []string, m textmatch.Match) bool {
	content := false
	for k := m.Start; k < len(toks) && k < m.End+6 && toks[k] != textmatch.Break; k++ {
		// "the same useless link", "the generic crap": one kind of
		// content, named by what is wrong with it
		if contentNouns.Has(toks[k]) || cannedWords.Has(toks[k]) {
			content = true
			break
		}
	}
	// something else asked for: "just send the security doc", "give me a
	// real offer", "pon la info en el texto"; without it ("already have
	// insurance, quit sending me quotes") the content is the sales itself
	if !content {
		return false
	}
	for _, w := range toks[m.End:] {
		if askedInstead.Has(w) {
			return true
		}
	}
	return false
}

var askedInstead = textmatch.NewSet("just", "instead", "only", "give", "put", "pon", "ponga", "mejor", "solo", "mandame", "mandeme", "manden", "envia", "enviame",
	"hagame", "hazme", "haganme", "make", "mandenme", "envienme",
	// "mándamelos por email": the same things, another way
	"mandamelos", "mandamelas", "mandenmelos", "mandenmelas", "enviamelos", "enviamelas", "envienmelos", "envienmelas",
	"answer", "tell", "contesten", "contestame", "respondan", "dime", "digame")

// cannedWords name content by what is wrong with it: "the same link",
// "the generic crap", "your canned replies"
var cannedWords = textmatch.NewSet("same", "generic", "canned", "automated", "useless", "boilerplate", "template", "copypaste",
	// "pare de mandarme ofertas tan bajas y hágame una de verdad"
	"bajas", "lowball", "lowballs", "insulting")

var contentNouns = textmatch.NewSet("pdf", "pdfs", "link", "links", "pricing", "brochure", "brochures", "photos", "pics", "pictures",
	"attachments", "attachment", "files", "file", "numbers", "quotes", "quote", "estimates", "docs", "documents", "videos", "video",
	"surveys", "survey", "forms", "form", "spreadsheets", "enlaces", "enlace", "fotos", "archivos", "videos", "encuestas",
	// "stop sending the paper letters to the old address, send them to
	// my new apartment instead"
	"letters", "statements", "bills", "cartas", "papers", "papeles", "papeleo",
	// "dejen de mandarme la oferta vieja y mándenme la nueva"
	"oferta", "ofertas", "propuesta", "cotizacion", "cotizaciones")

// keepsTexting: the request stops another channel (email, calls) and
// welcomes texts: "can u stop emailing and just text me here?", "switch
// me to text only, unsubscribe me from the email newsletter", "por
// mensaje está bien, solo no me llamen". Consent to texts stands.
func keepsTexting(toks []string, m textmatch.Match) bool {
	other := false
	for k, e := textmatch.ClauseStart(toks, m.Start), min(textmatch.ClauseEnd(toks, m.Start), m.End+6); k < e; k++ {
		if otherChannel.Has(toks[k]) {
			other = true
			break
		}
	}
	return other && textsWelcomed(toks)
}

// callsOnlyTextsHere: the refusal names only calls ("don't call my work
// line") and the message welcomes texts with no other number named: "just
// text this number instead". "Don't call my work cell, text my personal
// one" still moves the lead off this number.
func callsOnlyTextsHere(toks []string, m textmatch.Match) bool {
	calls := false
	for _, w := range toks[m.Start:m.End] {
		if dncContactvClass.Has(w) || w == "use" {
			return false
		}
		calls = calls || dncCallvClass.Has(w)
	}
	if !calls || !textsWelcomed(toks) {
		return false
	}
	for _, w := range toks[m.End:] {
		if otherNumberWords.Has(w) || len(w) >= 7 && isAllDigits(w) {
			return false
		}
	}
	return true
}

var otherNumberWords = textmatch.NewSet("cell", "personal", "other", "another", "home", "celular", "otro", "casa")

// textsWelcomed reports a welcome to texts in toks ("text me", "texting
// is fine", "mejor por texto") that is not itself refused: "don't call or
// text me", "mejor ni me escriban" and "por acá sí que no" welcome
// nothing.
func textsWelcomed(toks []string) bool {
	_, ok := textsWelcome.First(textmatch.Text{Toks: toks}, func(m textmatch.Match) bool {
		// ("never gave your company permission to text me": five words)
		// ("don't just switch to sending everything by text", "tampoco
		// quiero todo por texto": refused in its clause; "you can't text
		// me": refused, not the lead's inability)
		if m.Name == "everything by text" && slices.ContainsFunc(toks[textmatch.ClauseStart(toks, m.Start):m.Start], refusingWords.Has) ||
			m.Start >= 2 && (toks[m.Start-1] == "cant" || toks[m.Start-1] == "cannot") && (toks[m.Start-2] == "you" || toks[m.Start-2] == "yall") {
			return false
		}
		return !negatedBefore(toks, m.Start, 5) && !(m.Start > 0 && (toks[m.Start-1] == "or" || toks[m.Start-1] == "ni" || toks[m.Start-1] == "nor")) &&
			!refusedWithin(toks[m.Start:m.End]) && !(m.End+1 < len(toks) && toks[m.End] == "que" && toks[m.End+1] == "no") &&
			!(toks[m.End-1] == "si" && !porAcaSi(toks, m)) && !textmatch.Before(toks, m.Start, 3, warnBefore)
	})
	return ok
}

// refusingWords refuse what follows in their clause.
var refusingWords = textmatch.Union([]textmatch.Set{textmatch.Negators}, "tampoco", "stop", "quit")

// porAcaSi: "por acá sí" welcomes texts only as a clause of its own
// ("no me llames que no puedo atender. Por acá sí."), not in "por acá sí
// te aviso" nor after texts refused with "ni me mandes".
func porAcaSi(toks []string, m textmatch.Match) bool {
	// "sí" ends its clause or takes politeness or a request after it
	// ("por acá sí porfa", "por aca si mandame la info"), not "por acá
	// sí te aviso"
	if m.End < len(toks) && toks[m.End] != textmatch.Break && !siTail.Has(toks[m.End]) {
		return false
	}
	// texts refused with "ni" before it ("ni me mandes nada"), unless
	// that "ni" names another channel ("ni me escribas al correo")
	for k := 0; k+2 < m.Start; k++ {
		if toks[k] == "ni" && toks[k+1] == "me" && esTextVerbs.Has(toks[k+2]) && !slices.ContainsFunc(toks[k+2:min(m.Start, k+6)], otherChannel.Has) {
			return false
		}
	}
	return true
}

var (
	siTail      = textmatch.NewSet("porfa", "please", "pls", "mandame", "mandeme", "escribeme", "escribame", "textea", "texteame", "gracias", "thanks")
	esTextVerbs = textmatch.NewSet("mandes", "manden", "escribas", "escriban", "textees", "texteen", "mensajees", "envies", "envien")
)

// refusedWithin reports a negator inside a welcome's own words, which
// the pattern's gap let in: "mejor ni me escriban", "mejor no me
// escriban" ("por aquí no más" is no refusal).
func refusedWithin(toks []string) bool {
	for i, w := range toks {
		switch w {
		case "ni", "nunca", "never", "nor", "not", "dont":
			return true
		case "no":
			if i+1 >= len(toks) || toks[i+1] != "mas" {
				return true
			}
		}
	}
	return false
}

// sentByMistake reports a keyword the lead says was sent by mistake or
// as a joke: "puse ALTO sin querer, ¿igual me van a avisar de la cita?",
// "did I unsubscribe by mistake? I haven't gotten any updates", "mi hijo
// te mandó unsubscribe de broma". The keyword must be a word named, not a
// request: "remove me, I was added by mistake" still opts out, and so do
// a threat and another keyword anywhere.
func sentByMistake(t textmatch.Text) bool {
	// (the rarer words first: most messages stop at one scan)
	if !t.HasAny(mistakeWords) || t.HasAny(threatWords) {
		return false
	}
	_, ok := mistakeRules.First(t, func(m textmatch.Match) bool {
		k := m.Start
		if !stopKeywords.Has(t.Toks[k]) && !unsubscribedWords.Has(t.Toks[k]) {
			k = m.End - 1 // "accidentally hit STOP"
		}
		// "accidentally hit stop? no, I meant it, stop texting me"
		for i, w := range t.Toks {
			if (i < m.Start || i >= m.End) && stopKeywords.Has(w) {
				return false
			}
		}
		if k+1 >= len(t.Toks) {
			return true
		}
		next := t.Toks[k+1]
		return next != "me" && next != "us" && next != "my" && next != "this" && next != "nos" && !dncContactingClass.Has(next)
	})
	return ok
}

var (
	stopKeywords      = dncStopkwClass
	unsubscribedWords = textmatch.NewSet("unsubscribed", "stopped", "opted")
	mistakeWords      = textmatch.NewSet("mistake", "accident", "querer", "error", "equivocacion", "broma", "joke", "accidentally", "mistakenly", "unintentionally").Gated()
	mistakeRules      = textmatch.MustCompile(dncClasses, []textmatch.Rule{
		{Name: "mistake", Pattern: "@stopkw|unsubscribed|stopped ~3 by mistake|accident / @stopkw ~3 sin querer / @stopkw ~3 por error|equivocacion|accidente / @stopkw ~3 de broma / @stopkw ~3 as a joke / accidentally|mistakenly|unintentionally ~2 @stopkw|unsubscribed"},
	})
)

// jokingThreat reports a threat to unsubscribe made laughing, on a
// condition, in a message that goes on with the business: "haha if you
// send me one more pun I'm unsubscribing 😂 anyway when can you come
// out?", "jaja si me mandan otro meme me doy de baja, ¿cuándo vienen?".
// Without the laugh, the condition or the question it stays a revocation,
// and a threat of a complaint never is a joke.
func jokingThreat(raw string, t textmatch.Text) bool {
	if !t.HasAny(textmatch.IfWords) || t.Quests == 0 && !t.HasAny(anywayWords) || t.HasAny(threatWords) || !laughs(raw, t.Toks) {
		return false
	}
	_, ok := oneMoreIf.First(t, nil)
	return ok
}

// playedOff reports a request the lead calls a joke, in a clause of its
// own, and then goes on with the business: "Leave me alone with all these
// questions lol I'm playing, yeah it's 3 bed 2 bath". Nothing after the
// joke may ask again ("I'm kidding. seriously stop"); "I'm not playing",
// "my kid was just playing on my phone" and "I'm just playing nice here"
// are no joke taken back. ("jk" and "lol" are laughs, which the
// normaliser reads as clause breaks.)
func playedOff(t textmatch.Text) bool {
	toks := t.Toks
	for k := 1; k+1 < len(toks); k++ {
		if !jokeOpeners.HasToken(toks, t.IDs, k) || !jokeWords.HasToken(toks, t.IDs, k+1) {
			continue
		}
		end := k + 2
		if toks[k-1] != textmatch.Break || end < len(toks) && toks[end] != textmatch.Break {
			continue
		}
		rest := t.From(end)
		if rest.WordCount() < 3 || rest.HasAny(againWords) {
			return false
		}
		_, again := optOutPhrases.First(rest, nil)
		return !again
	}
	return false
}

var (
	jokeOpeners = textmatch.NewSet("im", "just", "only")
	jokeWords   = textmatch.NewSet("playing", "playin", "kidding", "kiddin", "joking", "jokin", "bromeando", "jugando")
	// a request made again after the joke
	againWords = textmatch.NewSet("stop", "unsubscribe", "baja", "quit", "seriously", "serio", "remove", "block")
)

// accountTroubleOnly reports a message about the lead's account in an app
// or portal and no word about these messages: "my number got removed from
// the app and now I can't log in" (stop 55, after the retrain the model
// read it as a removal asked for).
func accountTroubleOnly(t textmatch.Text) bool {
	return t.HasAny(appWords) && t.HasAny(troubleWords) && !t.HasAny(messageWords)
}

// keepMeInMind reports "never forget about me", "don't forget about us":
// the lead asks to be remembered.
func keepMeInMind(toks []string) bool {
	return textmatch.ContainsSeq(toks, "never", "forget", "about") || textmatch.ContainsSeq(toks, "dont", "forget", "about")
}

var (
	appWords     = textmatch.NewSet("app", "portal", "login", "password", "website", "profile")
	troubleWords = textmatch.NewSet("login", "log", "password", "signin", "crashed", "crashing", "glitch", "loading")
	messageWords = textmatch.NewSet("texts", "text", "texting", "messages", "message", "sms", "list", "stop", "unsubscribe", "contact", "contacting", "mensajes", "textos", "messaging", "spam", "reporting", "clear")
)

// orderedAtStart reports a phrase that opens its clause, or follows only
// one of leadIns: an order, not a story or a question about one.
func orderedAtStart(leadIns textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool {
		return m.Start == 0 || toks[m.Start-1] == textmatch.Break || leadIns.Has(toks[m.Start-1])
	}
}

// laughs reports laughter in a message: "haha", "jajaja", "lol", "😂".
func laughs(raw string, toks []string) bool {
	return slices.ContainsFunc(toks, laughWord) ||
		strings.Contains(raw, "😂") || strings.Contains(raw, "🤣") || strings.Contains(raw, "😆") || strings.Contains(raw, "😅")
}

// laughWord reports laughter written out: "haha", "jajaja", "lol".
func laughWord(w string) bool {
	return strings.HasPrefix(w, "haha") || strings.HasPrefix(w, "jaja") || w == "lol" || w == "lmao" || w == "jeje" || w == "hehe"
}

var (
	anywayWords = textmatch.NewSet("anyway", "anyways", "serio", "seriously").Gated()
	oneMoreIf   = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "one more", Pattern: "if you ~3 one more|another / si me|nos ~2 otro|otra|uno|una / si me|nos ~2 mandan|envian|escriben ~1 otro|otra|mas"},
	})
)

// ownMisdirected reports the lead's own message sent to the wrong
// person: "I think I sent my last reply to the wrong person" ("you sent
// this to the wrong number" still denies the number).
func ownMisdirected(toks []string, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 1 && k >= m.Start-7 && toks[k] != textmatch.Break; k-- {
		if ownSent.Has(toks[k]) && (toks[k-1] == "i" || toks[k-1] == "accidentally" || toks[k-1] == "mistakenly") {
			return true
		}
	}
	return false
}

var ownSent = textmatch.NewSet("sent", "send", "texted", "replied")

// slipExplainedAfter: after the match the lead says the message was
// meant for someone else: "I meant to send that to my husband", "that
// was meant for my sister", or in Spanish a message of their own ("le
// mandé", "le escribí") that "era para" someone. "Ese número era para mi
// papá" alone is a number that changed hands, and stays a revocation.
func slipExplainedAfter(toks []string, m textmatch.Match) bool {
	sentOwn, forOther := false, false
	for k := m.End; k < len(toks) && k < m.End+14; k++ {
		w := toks[k]
		if w == "meant" && k+1 < len(toks) {
			if toks[k+1] == "for" || toks[k+1] == "to" && k+2 < len(toks) && slipVerbs.Has(toks[k+2]) {
				return true
			}
		}
		if ownSlip.Has(w) || w == "escribi" {
			sentOwn = true
		}
		if (w == "era" || w == "iba") && k+1 < len(toks) && (toks[k+1] == "para" || toks[k+1] == "pa") {
			forOther = true
		}
		// "le mandé tu mensaje a mi tía": sent on to the lead's own
		if ownSlip.Has(w) && textmatch.ContainsSeq(toks[k+1:min(len(toks), k+6)], "a", "mi") {
			forOther = true
		}
		// "sorry, wrong number, le quería escribir a mi prima"
		if (w == "queria" || w == "quise") && k+1 < len(toks) && esSlipVerbs.Has(toks[k+1]) {
			return true
		}
	}
	// "oops wrong number, esa foto era pa' mi hermana": the lead's
	// apology before it, and what was meant for someone else after it
	return forOther && (sentOwn || m.Start > 0 && oops.Has(toks[m.Start-1]))
}

var (
	esSlipVerbs = textmatch.NewSet("escribir", "escribirle", "mandar", "mandarle", "mandarselo", "mandarsela", "enviar", "enviarle", "textear", "textearle")
	oops        = textmatch.NewSet("oops", "ops", "ups", "sorry", "perdon", "disculpa", "disculpe", "woops", "whoops")
)

var slipVerbs = textmatch.NewSet("send", "text", "txt", "message", "reply", "write", "forward")

// leadDidBefore: a verb of set within n tokens before the match, in its
// clause, that the sender is not the subject of: "typed the wrong number"
// and "I sent that to the wrong number" are the lead's own doing, "you
// sent this to the wrong number" is the sender's.
func leadDidBefore(n int, set textmatch.Set) phraseCheck {
	return func(toks []string, m textmatch.Match) bool {
		for k := m.Start - 1; k >= 0 && k >= m.Start-n && toks[k] != textmatch.Break; k-- {
			if !set.Has(toks[k]) {
				continue
			}
			subj := k - 1
			if subj >= 0 && (toks[subj] == "guys" || toks[subj] == "all" || toks[subj] == "just") {
				subj-- // "you guys sent", "you all texted", "you just sent"
			}
			return subj < 0 || !toSenderNow.Has(toks[subj])
		}
		return false
	}
}

var ownSlip = textmatch.NewSet("texted", "messaged", "called", "txted", "mande", "envie", "marque")

// asksForSendersOwn reports, after i, a request that this sender send
// its own things by text: "unsubscribed from the MLS alerts, so just send
// me your off-market stuff direct". Email asked for instead is another
// channel, not a welcome.
func asksForSendersOwn(toks []string, i int) bool {
	for k := i; k+3 < len(toks); k++ {
		if (toks[k] == "send" || toks[k] == "text") && toks[k+1] == "me" && (toks[k+2] == "your" || toks[k+2] == "ur") &&
			!otherChannel.Has(toks[k+3]) {
			return true
		}
	}
	return false
}

// toldAnotherEs reports a request told to another company before the
// match in its clause: "le dije a la otra compañía que me borrara de su
// lista" ("les pedí que me borraran" told the sender, and stands).
func toldAnotherEs(toks []string, m textmatch.Match) bool {
	// "..., y ustedes tampoco", "ni ustedes": the sender too
	for k, w := range toks {
		if w == "tampoco" || w == "ni" && k+1 < len(toks) && (esSenderYou.Has(toks[k+1]) || toks[k+1] == "a" && k+2 < len(toks) && esSenderYou.Has(toks[k+2])) ||
			// "lo mismo para ustedes", "igual para ustedes", "ustedes también"
			w == "para" && k+1 < len(toks) && esSenderYou.Has(toks[k+1]) && k > 0 && (toks[k-1] == "mismo" || toks[k-1] == "igual") ||
			esSenderYou.Has(w) && k+1 < len(toks) && toks[k+1] == "tambien" {
			return false
		}
	}
	// "los de la otra compañía me tenían harta, les tuve que decir que me
	// borraran": the company named in the clause before, "les" taking it
	// up
	cs := textmatch.ClauseStart(toks, m.Start)
	if cs > 0 && (toks[cs] == "les" || toks[cs] == "le") && slices.ContainsFunc(toks[cs:m.Start], esToldVerbs.Has) {
		for k := 0; k+1 < cs; k++ {
			if (toks[k] == "otra" || toks[k] == "otro") && (otherSenders.Has(toks[k+1]) || toks[k+1] == "aseguradora") && !sendersOwn(toks, k+1) {
				return true
			}
		}
	}
	told, other := false, false
	for k := cs; k < m.End; k++ {
		switch toks[k] {
		case "dije", "pedi", "dijimos", "pedimos", "dijo", "pidio", "decir", "pedir":
			// ("a la otra aseguradora le dije que ya no me llamaran")
			if other {
				return true
			}
			told = true
			// "le dije a Geico que me dejaran de llamar": a company named
			// after "a", with no word of the sender before the request
			if k+2 < m.End && (toks[k+1] == "a" || toks[k+1] == "al") && !slices.ContainsFunc(toks[k+2:m.End], esSenderYou.Has) && !sendersOwn(toks, k+2) {
				return true
			}
		case "otra", "otro", "otras", "otros":
			// ("otra vez", "la otra semana", "otro día", "en otro
			// mensaje": a time or a message, not another company)
			if k+1 < len(toks) && otherTimes.Has(toks[k+1]) {
				continue
			}
			// ("le pedí a otra muchacha de ustedes": the sender's own)
			if told && !sendersOwn(toks, k+1) {
				return true
			}
			other = other || !sendersOwn(toks, k+1)
		}
	}
	return false
}

var esToldVerbs = textmatch.NewSet("dije", "pedi", "dijimos", "pedimos", "decir", "pedir")

// onlyWords make "no más" mean "nothing more" of what is asked: "sólo
// quiero el seguro básico, no más".
var onlyWords = textmatch.NewSet("solo", "solamente", "nomas", "only", "just", "unicamente")

// stopThenCorrects: a bare "stop" followed by the lead correcting their
// own words: "Stop, I typed it wrong", "stop, sorry, I meant the 15th".
func stopThenCorrects(toks []string, m textmatch.Match) bool {
	k := m.End
	for k < len(toks) && toks[k] == textmatch.Break {
		k++
	}
	if k >= len(toks) || k == m.End {
		return false
	}
	if toks[k] == "oops" || toks[k] == "typo" {
		return true
	}
	// "Stop, sorry, I typed it wrong": an apology for a slip; "STOP.
	// Sorry, too much going on with my dad right now" apologises for
	// the stop
	if toks[k] == "sorry" || toks[k] == "perdon" {
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if slipWords.Has(toks[j]) || toks[j] == "i" && j+1 < len(toks) && selfCorrectVerbs.Has(toks[j+1]) ||
				// "that was for my son", "era para mi hijo"
				(toks[j] == "for" || toks[j] == "para") && (toks[j-1] == "was" || toks[j-1] == "era" || toks[j-1] == "is") {
				return true
			}
		}
		return false
	}
	return toks[k] == "i" && k+1 < len(toks) && selfCorrectVerbs.Has(toks[k+1])
}

var selfCorrectVerbs = textmatch.NewSet("typed", "meant", "wrote", "put", "messed", "misspoke", "mistyped", "made")

// lawyerOrAuthority name whom a lead forwards the messages to as a
// threat; reviewWords say the lawyer is to read papers
var (
	lawyerOrAuthority = textmatch.NewSet("lawyer", "attorney", "abogado", "abogada", "fcc", "ftc", "bbb", "profeco", "daco")
	reviewWords       = textmatch.NewSet("review", "reviews", "reviewing", "look", "check", "checks", "read", "reads", "revisa", "revise", "revisar", "contract", "contrato", "papers", "papeles", "documents", "documentos", "offer", "oferta",
		"closing", "cierre", "sale", "venta", "claim", "reclamo", "title")
)

// senderYou name the sender as a subject: "you will leave me alone"
var senderYou = textmatch.NewSet("you", "yall", "u", "ya", "guys", "people", "company")

// otherApps are channels other than this chat: "no me escriban por
// WhatsApp ... mejor por aquí mismo"
var otherApps = textmatch.NewSet("whatsapp", "wasap", "wsp", "facebook", "messenger", "instagram", "telegram", "correo", "email", "mail", "signal")

// optingAsked reports a question about what opting out does: "does
// opting out of marketing emails also turn off my closing
// notifications?"
func optingAsked(toks []string, _ textmatch.Match) bool {
	for _, w := range []string{"does", "would", "will", "can"} {
		if textmatch.ContainsSeq(toks, w, "opting") || textmatch.ContainsSeq(toks, w, "unsubscribing") {
			return true
		}
	}
	// "if I unsubscribe from the marketing emails, does that also kill
	// these texts?" (dev set, stop 70)
	if textmatch.ContainsSeq(toks, "if", "i", "unsubscribe") || textmatch.ContainsSeq(toks, "if", "i", "opt", "out") {
		return textmatch.ContainsSeq(toks, "does", "that") || textmatch.ContainsSeq(toks, "will", "that") || textmatch.ContainsSeq(toks, "would", "that")
	}
	return false
}

// limitedAfter reports one thing or one time refused after a contact
// verb at i-1: "que no me mandaran el contrato", "en la mañana", "hasta
// el lunes" (not "la semana pasada", when it was said, nor "en todo el
// día").
func limitedAfter(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	switch w := toks[i]; {
	case timeLimits.Has(w):
		return true
	case w == "el" || w == "la" || w == "los" || w == "las":
		return i+1 < len(toks) && (esContent.Has(toks[i+1]) || esWeekdays.Has(toks[i+1]))
	case w == "en":
		return i+2 < len(toks) && (toks[i+1] == "la" || toks[i+1] == "las") && dayParts.Has(toks[i+2])
	}
	return false
}

var (
	timeLimits     = textmatch.NewSet("hasta", "antes", "despues", "temprano", "tan")
	esContent      = textmatch.NewSet("contrato", "papeles", "documentos", "oferta", "ofertas", "factura", "facturas", "correo", "carta", "cartas", "cotizacion", "avaluo", "paquete")
	dayParts       = textmatch.NewSet("manana", "mananas", "tarde", "tardes", "noche", "noches", "madrugada")
	niNo           = textmatch.NewSet("ni", "no")
	esOthersActing = textmatch.NewSet("casero", "casera", "dueno", "duena", "hoa", "anterior", "inquilino", "inquilina", "vecino", "vecina", "ex", "jefe", "jefa", "cobrador", "cobradores")
	esContactWords = textmatch.NewSet("llama", "llaman", "escribe", "escriben", "escriban", "manda", "mandan", "mensajes", "textos", "llamadas", "numero", "texteando", "mandando", "llamando")
	esWeekdays     = textmatch.NewSet("lunes", "martes", "miercoles", "jueves", "viernes", "sabados", "domingos", "sabado", "domingo", "fines")
	// esSenderVerbs say the sender is the one writing: "llevan tres
	// semanas escribiéndole a mi mamá"
	esSenderVerbs = textmatch.NewSet("llevan", "escribiendole", "escribiendome", "mandandole", "mandandome", "llamandole", "llamandome")
)

// esContactPast are the contact verbs of a request told ("les dije que
// me llamaran"): a removal only when negated.
var esContactPast = textmatch.NewSet("escribieran", "contactaran", "mandaran", "llamaran", "textearan", "marcaran")

// sendersOwn reports "de ustedes", "de su compañía" within three tokens
// from i: "otra muchacha de ustedes" is someone of the sender's.
func sendersOwn(toks []string, i int) bool {
	for k := i; k+1 < len(toks) && k < i+3; k++ {
		if toks[k] == "de" && (toks[k+1] == "ustedes" || toks[k+1] == "usted" || toks[k+1] == "su" || toks[k+1] == "sus" || toks[k+1] == "tu" ||
			// "otra muchacha de la compañía"
			k+2 < len(toks) && toks[k+1] == "la" && (toks[k+2] == "compania" || toks[k+2] == "empresa" || toks[k+2] == "oficina")) {
			return true
		}
	}
	return false
}

// otherTimes after "otra", "otro" make a time or a message: "la otra
// semana", "otro día", "en otro mensaje"
var otherTimes = textmatch.NewSet("vez", "veces", "semana", "dia", "mes", "ano", "momento", "mensaje", "texto", "rato", "noche", "tarde")

// receivingNow say messages are not arriving: "I'm not getting any
// notifications"
var receivingNow = textmatch.NewSet("getting", "receiving", "recibiendo", "gotten", "received")

// thisLineGiven reports the lead giving this line for contact: "please
// use this cell for everything", "este es el mío, use this one".
func thisLineGiven(toks []string, m textmatch.Match) bool {
	rest := toks[m.End:]
	return textmatch.ContainsSeq(rest, "use", "this") || textmatch.ContainsSeq(rest, "este", "es", "el", "mio") || textmatch.ContainsSeq(rest, "usen", "este")
}

// whenWords tell when something happens: "at 9pm", "after the
// weekend", "on Sundays"
var whenWords = textmatch.NewSet("at", "after", "before", "on", "by", "tonight", "today", "tomorrow", "pm", "am", "weekends", "weekend", "automatically", "when")

// slipWords after an apology say the word before it was a slip: "sorry,
// wrong chat", "perdón, fue el autocorrector", "sorry that was for my
// son".
var slipWords = textmatch.NewSet("wrong", "typo", "autocorrect", "autocorrector", "mistake", "accident", "accidentally", "meant", "ignore", "disregard",
	"equivoque", "error", "corrector", "butt", "pocket", "supposed", "talking", "wasnt")

// esWorkOwner names whose the phone is: "el cel del trabajo", "es de mi
// patrón".
var esWorkOwner = textmatch.NewSet("trabajo", "patron", "jefe", "jefa", "compania", "empresa", "work", "chamba")

// otherLists name a list that is not the sender's contact list.
var otherLists = textmatch.NewSet("repair", "repairs", "todo", "punch", "shopping", "grocery", "waiting", "wish", "guest", "bucket", "parts", "project", "chore", "chores",
	"inspection", "estimate", "quote", "work", "checklist")

// esSenderYou names the sender in a Spanish report: "le dije a su agente",
// "les pedí a ustedes".
var esSenderYou = textmatch.NewSet("ustedes", "usted", "uds", "ud", "su", "sus", "ti", "tu", "te", "les", "yall", "you")

// sendsWorker reports a worker as what is sent: "dejen de mandar al
// tech sin avisar", "no me manden a un muchacho diferente cada vez".
func sendsWorker(toks []string, m textmatch.Match) bool {
	w := toks[m.End-1]
	if !strings.HasPrefix(w, "mand") && !strings.HasPrefix(w, "envi") {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
		if workers.Has(toks[k]) {
			return true
		}
	}
	return false
}

var workers = textmatch.NewSet("tech", "techs", "tecnico", "tecnicos", "plomero", "plomeros", "muchacho", "muchachos", "crew", "guy", "guys",
	"señor", "senor", "trabajador", "trabajadores", "instalador", "instaladores", "electricista", "inspector", "ajustador", "cuadrilla", "gente")

// enSentThings are things sent, not the messages: "don't bother
// sending more pictures".
var enSentThings = textmatch.NewSet("pictures", "pics", "photos", "picture", "photo", "brochure", "brochures", "forms", "form", "contract", "papers",
	"paperwork", "quotes", "quote", "estimate", "listings", "links", "link", "pdf", "documents", "docs", "info", "details", "options")

// notUntil bound a pause: "don't bother sending anything until Friday".
var notUntil = textmatch.NewSet("until", "till", "til", "before", "after", "tomorrow", "hasta", "yet", "today", "tonight")

// contactGerunds after "no sigan" keep it about the messages: "no sigáis
// escribiendo a este móvil" ("no sigáis esperando al tasador" does not).
var contactGerunds = textmatch.NewSet("escribiendo", "mandando", "enviando", "llamando", "molestando", "contactando", "texteando", "textiando", "marcando")

// moreOfIt may follow "don't bother sending nothing" and leave it about
// the messages: "... else to this phone", "... again", "... here".
var moreOfIt = textmatch.NewSet("to", "this", "my", "pon", "on", "here", "else", "again", "anymore", "ever", "more", "at", "a", "me", "us")

// returnedFrom after "back off" is what the lead returns from: not "I'd
// like to get back off it" (the list).
var returnedFrom = textmatch.NewSet("the", "shift", "work", "duty", "leave", "vacation", "nights", "days", "my", "his", "her", "a", "deployment")

// returnedBy before "back off" make it a return: "will be back off the
// rig", "gets back off shift", "just got back off the road".
var returnedBy = textmatch.NewSet("be", "is", "was", "get", "gets", "got", "getting", "come", "comes", "came", "coming", "im", "hes", "shes", "were", "theyre")

// redirectVerbs send the messages somewhere: "send it to my wife",
// "text my son", "use my email", "mándenle todo a mi hija".
var redirectVerbs = textmatch.NewSet("send", "text", "email", "use", "put", "forward", "contact", "message", "write", "reach",
	"mandenle", "mandele", "mandale", "escribanle", "escribale", "escribele", "textenle", "textele", "contactenle", "contactele",
	"manden", "mande", "mandame", "mandenme", "escribanme", "escribeme")

// otherPerson are whom the messages go to instead of the lead.
var otherPerson = textmatch.NewSet("wife", "husband", "son", "daughter", "wifes", "husbands", "sons", "daughters", "him", "her",
	"mom", "dad", "brother", "sister", "assistant", "manager", "partner", "office", "agent", "attorney", "lawyer", "kid", "kids")

// toldFormerSender: what the lead told a former sender, before this
// one: "the last roofer was a mess, I had to tell them to stop calling
// me", "I told the last guy who texted about the house to stop, lose my
// number". "... and now you're doing the same" is this sender too.
func toldFormerSender(toks []string, m textmatch.Match) bool {
	k := slices.IndexFunc(toks[:m.Start], func(w string) bool { return w == "told" || w == "tell" })
	if k < 0 || toks[k] == "tell" && !textmatch.ContainsSeq(toks[max(0, k-2):k], "had", "to") {
		return false
	}
	return slices.ContainsFunc(toks[:m.Start], formerOnes.Has) && slices.ContainsFunc(toks[:m.Start], providerNouns.Has) &&
		!stillAtIt(toks[m.End:]) && !slices.Contains(toks[m.End:], "same")
}

var (
	// afterThis after one of hourBounds makes it for good: "stop texting
	// me after this"
	afterThis = textmatch.NewSet("this", "that", "today", "now", "tonight", "these")
)

// leadWillCall reports the lead promising to get in touch: "I'll call
// you Monday", "le llamo yo", "I'll reach out when I'm ready".
func leadWillCall(toks []string) bool {
	return textmatch.ContainsSeq(toks, "ill", "call") || textmatch.ContainsSeq(toks, "ill", "reach") || textmatch.ContainsSeq(toks, "ill", "text") ||
		textmatch.ContainsSeq(toks, "le", "llamo") || textmatch.ContainsSeq(toks, "les", "llamo") || textmatch.ContainsSeq(toks, "yo", "llamo")
}

// printedPlaces carry the sender's own number: "the number on your
// flyer is wrong".
var printedPlaces = textmatch.NewSet("flyer", "flier", "website", "site", "card", "ad", "sign", "truck", "mailer", "postcard", "billboard", "brochure")

// goesOn are words of a deal going on after "don't bother" or "let's
// end it here": "I got the offer, what's next?", "talk tomorrow about the
// price", "mi a come by di office tomorrow".
var goesOn = textmatch.NewSet("got", "received", "printed", "next", "tomorrow", "morning", "monday", "tuesday", "wednesday", "thursday",
	"friday", "later", "price", "numbers", "offer", "closing", "come", "coming", "set", "manana", "lunes")

// dealPapers close a deal: "lets end it here, send me the contract".
var dealPapers = textmatch.NewSet("contract", "paperwork", "papers", "agreement", "docs", "sign", "contrato", "papeles")

// hourBounds bound the hours of a call or a text: "no llamar antes de las
// diez", "stop texting during work hours".
var hourBounds = textmatch.NewSet("antes", "despues", "durante", "entre", "tras", "before", "after", "during", "between", "until", "till", "til")

// esPoliteTail is what may follow a bare Spanish request and leave it
// one: "no más recordatorios porfa", "ahórrese el siguiente, gracias".
var esPoliteTail = textmatch.NewSet("porfa", "por", "favor", "gracias", "please", "pls", "plis", "thanks", "ya", "ok", "vale", "eh")

// toLeadGave after "me" or "nos" give the lead a number: "me pasaron
// un número equivocado".
var toLeadGave = textmatch.NewSet("pasaron", "paso", "pasaste", "dieron", "dio", "diste", "mandaron", "mando", "mandaste")

// textsWelcomedAnywhere is [textsWelcomed] as an exclusion: a welcome to
// texts anywhere in the message.
func textsWelcomedAnywhere(toks []string, _ textmatch.Match) bool { return textsWelcomed(toks) }

// emailWelcomed reports email asked for instead, anywhere in the
// message: "just email", "email is fine", "by email from now on",
// "mejor por correo".
func emailWelcomed(toks []string, _ textmatch.Match) bool {
	_, ok := emailWelcome.First(textmatch.Text{Toks: toks}, func(m textmatch.Match) bool { return !negatedBefore(toks, m.Start, 3) })
	return ok
}

var (
	gotWords  = textmatch.NewSet("got", "get", "gotten", "received", "receive", "getting", "seen", "had", "recibi", "recibido", "llego", "llegan")
	cameWords = textmatch.NewSet("came", "come", "arrived", "yet", "from", "showed", "received", "coming", "todavia", "aun", "llegan", "llego", "de")
)

var emailWelcome = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "email welcome", Pattern: "email|mail|correo is|es|works|esta ~1 fine|ok|good|better|bien|mejor / email|mail|correo works / just|only|solo|prefer|mejor email|mail|correo / by|por|via email|mail|correo / email|mail|correo me|us instead / email|mail|correo only|nomas|solamente / switch|move|change ~2 to email|mail|correo"},
})

// pleadsToGoOn reports a plea to keep texting, which no phrase of
// stopping in the same message overrules: "I said STOP sending the
// contract to my old email, not stop texting me". A threat makes it a
// dare (see [welcomesTexts]).
func pleadsToGoOn(t textmatch.Text) bool {
	// (the rarer words first: most messages stop at one scan)
	if !t.HasAny(keepGoingWords) || t.HasAny(threatWords) {
		return false
	}
	// "Yes please, keep texting me at 6am ... Said no one ever": the plea
	// taken back as sarcasm (blind72, stop 71)
	if textmatch.ContainsSeq(t.Toks, "said", "no", "one", "ever") || textmatch.ContainsSeq(t.Toks, "said", "nobody", "ever") {
		return false
	}
	m, ok := keepGoing.First(t, nil)
	return ok && (m.Name == "keep for now" && keptNotDenied(t.Toks, m) || m.Name == "keep going" && (t.Toks[m.Start] == "not" || t.Toks[m.Start] == "dont" || t.Toks[m.Start] == "do" || t.Toks[m.Start] == "never") ||
		m.Name == "never said" && t.HasAny(goOnWords))
}

// goOnWords ask to go on after an opt-out denied: "I never said take me
// off the list, that was my son. Keep me on and send the offer".
var goOnWords = textmatch.NewSet("keep", "continue", "sigan", "siga", "sigue", "mandenme", "mandeme", "escribanme", "send").Gated()

// asksToJoin reports a message that asks to be signed up for messages:
// "I need assistance to receive your company newsletter", "help me
// subscribe to the mailing list", "quiero suscribirme al boletín". The
// model, which learned that a newsletter named at the end of a support
// request is most often one being left, may not overrule it. A message
// with any word of leaving, stopping or refusing in it is no sign-up
// ("subscribe me to the texts, unsubscribe me from the emails", "I don't
// want to receive your newsletter", "receive fewer emails").
func asksToJoin(t textmatch.Text) bool {
	if !t.HasAny(joinAskWords) || t.HasAny(leaveWords) && leaves(t.Toks) {
		return false
	}
	_, ok := joinRules.First(t, nil)
	return ok
}

// leaves reports a word of leaving, stopping or refusing in toks, but
// not a negation of not knowing: "I do not know how to receive the
// company newsletter" asks how to join.
func leaves(toks []string) bool {
	for k, w := range toks {
		if !leaveWords.Has(w) {
			continue
		}
		if (w == "not" || w == "dont" || w == "no") && k+1 < len(toks) && knowWords.Has(toks[k+1]) {
			continue
		}
		return true
	}
	return false
}

var knowWords = textmatch.NewSet("know", "understand", "remember", "see", "sure", "get", "se", "entiendo", "encuentro")

var (
	// joinAskWords are the words every joinRules pattern holds.
	joinAskWords = textmatch.NewSet("subscribe", "subscribing", "resubscribe", "receive", "receiving", "join", "joining", "sign", "signing",
		"suscribirme", "suscribir", "suscribirse", "recibir", "inscribirme").Gated()
	// leaveWords are words of leaving, stopping or refusing.
	leaveWords = textmatch.NewSet("unsubscribe", "unsub", "unsubscribing", "unsubscribed", "stop", "stopping", "cancel", "canceling", "cancelling",
		"remove", "removed", "quit", "opt", "optout", "off", "out", "no", "not", "dont", "never", "anymore", "less", "fewer", "instead",
		"baja", "desuscribir", "desuscribirme", "dejar", "dejen", "ya", "mas", "nunca", "ni", "quitar", "quitenme", "sacar", "sacarme").Gated()
	joinRules = textmatch.MustCompile(dncClasses, []textmatch.Rule{
		// ("subscribe me to the deals emails pls": four words between)
		{Name: "join", Pattern: "subscribe|subscribing|resubscribe|receive|receiving|join|joining ~4 newsletter|newsletters|mailing|emails|updates|alerts|boletin|offers|deals|promos|promotions / sign|signing up ~3 newsletter|newsletters|mailing|emails|updates|alerts / suscribirme|suscribir|suscribirse|recibir|inscribirme ~3 boletin|newsletter|correos|promociones"},
	})
)

// welcomesTexts reports a message that asks for texts: another channel
// refused with texts welcome ("unsubscribe me from the promo emails but
// still get texts"), or a plea to go on ("please DON'T stop texting me",
// "no dejen de escribirme"). The model never overrules it: it reads the
// words of stopping and not the request around them.
//
// A threat anywhere makes "keep texting me" a dare, not a plea: "keep
// texting me and I'm filing a complaint with the FCC".
func welcomesTexts(t textmatch.Text) bool {
	if t.HasAny(threatWords) {
		return false
	}
	if t.HasAny(keepGoingWords) {
		if _, ok := keepGoing.First(t, func(m textmatch.Match) bool {
			// "why do you keep sending me text messages?", "you people
			// keep texting me": a complaint, not a plea
			// ("you may contact me again if I ever reach out first" sets a
			// condition, it does not ask for texts)
			if m.Name == "you can text me" && textmatch.After(t.Toks, m.End, 3, conditionWords) {
				return false
			}
			// ("look it up before you text me again": a warning)
			if textmatch.Before(t.Toks, m.Start, 3, warnBefore) {
				return false
			}
			// ("don't use this number from now on", "no longer use this
			// number", "i don't want u to use my number" refuse the number)
			if m.Name == "new number" && textmatch.Before(t.Toks, m.Start, 4, refusalLeadIns) {
				return false
			}
			// ("my clients text me here": who else writes on the line, not
			// an invitation)
			if t.Toks[m.Start] == "text" && textmatch.Before(t.Toks, m.Start, 2, otherTexters) {
				return false
			}
			return t.Toks[m.Start] != "keep" || !textmatch.Before(t.Toks, m.Start, 3, keepComplainers)
		}); ok {
			return true
		}
	}
	return t.HasAny(otherChannel) && textsWelcomed(t.Toks)
}

// textsGoneOn reports the texts still coming after a keyword was sent:
// "still getting stuff", "and yet here we are", "you're still here", "y
// siguen mandando" (not "still nothing", "todavía no me llega el código").
func textsGoneOn(toks []string) bool {
	for k, w := range toks {
		if !goneOnWords.Has(w) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if comingWords.Has(toks[j]) {
				return true
			}
		}
		if k > 0 && comingWords.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

var (
	// goneOnWords say the texts went on after a keyword was sent
	goneOnWords = textmatch.NewSet("still", "yet", "again", "siguen", "sigue", "todavia", "aun")
	// comingWords say what goes on: "still getting", "yet here we are",
	// "you're still here", "siguen mandando"
	comingWords = textmatch.NewSet("getting", "coming", "here", "texting", "sending", "receiving", "mandando", "llegando", "escribiendo",
		"arriving", "hearing", "get", "come", "youre", "comes")
	// wordForOther name what else a word is sent for
	wordForOther = textmatch.NewSet("house", "showing", "bank", "code", "codigo", "link", "doc", "document", "file", "password", "contest",
		"raffle", "giveaway", "verification", "verify")
	// keywordSentTail may follow a keyword reported sent: "did you not
	// get my STOP yesterday?"
	keywordSentTail = textmatch.NewSet("yesterday", "earlier", "last", "twice", "again", "already", "message", "text", "reply", "ayer")
)

// warnBefore before "you text me again" make it a warning: "look it up
// before you text me again".
var warnBefore = textmatch.NewSet("before", "antes")

// conditionWords after "you can text me again" make it conditional.
var conditionWords = textmatch.NewSet("if", "when", "once", "after", "unless", "si", "cuando")

// otherTexters: people who write to the lead's line, before "text me
// here" ("my clients text me here").
var otherTexters = textmatch.NewSet("clients", "customers", "patients", "people", "they", "friends", "family", "crew", "boss", "kids",
	"tenants", "workers", "employees", "clientes", "ellos")

// keepComplainers before "keep texting me" make it a complaint, and so
// do the words of a need or a reason, which come before "keep" when it is
// denied: "no reason to keep messaging me", "there's no need to keep
// texting", "you don't have to keep hitting me up". (A plea names no need
// before its "keep": "please keep texting me here".)
var keepComplainers = textmatch.NewSet("why", "you", "u", "yall", "ya", "they", "people", "guys", "still", "reason", "need", "point", "sense", "have")

var (
	threatWords = dncThreatClass.Gated()
	// the words every keepGoing pattern holds
	keepGoingWords = textmatch.NewSet("stop", "keep", "dejen", "dejes", "deje", "dejeis", "dejaran", "dejara", "dejasen", "escribanme", "escribeme", "escribame", "textame", "textenme", "text", "now", "ahora", "never", "nunca",
		"anytime", "again", "quit", "leave", "unsubscribe", "use").Gated()
)

var (
	keepGoing = textmatch.MustCompile(dncClasses, []textmatch.Rule{
		{Name: "keep going", Pattern: "dont|never|not stop @contacting / not to stop @contacting / do not stop @contacting / keep @contacting me|us / no dejen|dejes|deje|dejeis|dejaran|dejara|dejasen de escribirme|mandarme|escribirnos|mandarnos|textearme|llamarme / no me|nos dejen|dejes|deje|dejeis|dejaran|dejara|dejasen de escribir|mandar|enviar|textear|avisar"},
		// a new number given: "este es mi número nuevo... escríbanme aquí"
		// dev294, dev296 (stop 52): "my carrier fixed it. You can message
		// me now", "I don't want to quit the list, can you just send these
		// weekly instead of daily?"
		{Name: "you can text me", Pattern: "you can|may message|text|contact|reach me|us now|again|anytime"},
		{Name: "keep going", Pattern: "dont|not want to quit|leave|unsubscribe from? the|this|your list"},
		// blind53 (stop 60): "please keep communicating by text rather
		// than phone"
		{Name: "keep going", Pattern: "keep|continue communicating|corresponding|messaging|texting ~1 by|via|over|through text|texts|texting|sms|message|messages|email"},
		{Name: "keep going", Pattern: "escribanme|escribeme|escribame|textame|textenme aqui / escribanme|escribeme|escribame|textame|textenme a mi? este / escribanme|escribeme|escribame a mi / text me here / text me at this number"},
		// "for now keep sending me updates", "por ahora sigan avisándome"
		{Name: "keep for now", Pattern: "for now ~3 keep|continue / por ahora ~2 sigan|sigue|siga|keep"},
		// dev307 (stop 53): "how would I unsubscribe if my daughter
		// wanted me to? I'm happy to keep getting them for now"
		{Name: "keep for now", Pattern: "happy|glad|fine|ok|content to keep|continue getting|receiving ~3 for now / dont mind getting|receiving ~3 for now"},
		// dev306 (stop 53): "How do I unsubscribe later if my husband
		// don't like it? Just asking, for now send me info."
		{Name: "keep for now", Pattern: "for now ~2 send|text|message me|us info|information|details|the|updates|it|them|everything"},
		// "remove my son from the texts ... keep sending them to me"
		// a number changed: "don't text my old number ending 4471 anymore,
		// this is my new one"
		{Name: "new number", Pattern: "this is my new number|one|cell / my old number|cell ending|is"},
		// blind53 (stop 60): "Texting from my personal phone since my work
		// line blocks these. Please use this number from now on."
		{Name: "new number", Pattern: "use this|my number|cell|phone|line from now on / use this|my number|cell|phone|line instead|going forward|from here on"},
		// "this isn't my work phone anymore ... you can use it for
		// everything now" (blind59, stop 66)
		{Name: "new number", Pattern: "you can|may use it|this for everything|anything / you can|may use this one|number for everything|anything"},
		// "never said don't text me, it was my husband"
		{Name: "never said", Pattern: "never|nunca said|dije ~1 dont|no stop|text|me"},
		// "por mensaje de texto sí sigan avisándome", "ustedes sí
		// mándenme la info", "dejen el mío como contacto principal"
		// "ya no uso el número viejo que les di ... anoten este", "el
		// bueno es 915...", "todo por aquí conmigo"
		{Name: "new number", Pattern: "use|usen este / use this one / numero viejo on|en the|el form|forma / numero viejo|anterior que les|le di / anoten|apunten|guarden|usen este / anoten|apunten|guarden|usen el nuevo / el bueno|correcto es / todo por aqui|aca conmigo"},
		{Name: "keep sending me", Pattern: "si sigan|siga|sigue avisandome|mandandome|escribiendome|informandome / ustedes si mandenme|escribanme|sigan|manden / dejen|deje el|mi mio|numero|correo|cel como contacto"},
		{Name: "keep sending me", Pattern: "keep|still sending|texting them|those|it to me|us / keep sending me|us the texts|updates|messages|them"},
		// "yo nunca dije que me quitaran de la lista, ese fue mi hijo"
		{Name: "never said", Pattern: "never|nunca said|dije|pedi|asked ~4 stop|remove|quitaran|quitara|quiten|take|unsubscribe|baja|alto"},
	})
	otherChannel = textmatch.NewSet("emailing", "emails", "email", "calling", "calls", "call", "llamadas", "correos", "correo",
		"llamen", "llames", "llamar", "llamarme", "llame", "marquen", "marque", "newsletter", "newsletters", "boletin", "mail", "mailers", "phoning", "ringing", "cartas",
		"letters", "correspondencia", "mailing", "postcards", "postcard", "flyers", "flyer", "catalog", "mailer", "voicemails", "voicemail", "robocalls", "catalogs", "catalogues",
		// "cancel the paper statements ... text messages are sufficient",
		// "refrain from telephoning"
		"statements", "statement", "paper", "telephoning", "telephone",
		// another line of the lead's: "quit texting the landline, use
		// this cell from now on"
		"landline", "fijo").Gated()
	textsWelcome = textmatch.MustCompile(nil, []textmatch.Rule{
		// "texts like this one are just fine" (dev361, stop 56)
		{Name: "texts fine", Pattern: "texts|messages|text|message like this|these ~2 are|is just? fine|ok|good|welcome"},
		// "u can stop calling lol ... texting is how i actually respond"
		{Name: "texts fine", Pattern: "texting|text|texts is|are how i ~1 respond|reply|answer|communicate"},
		// dev313 (stop 53): "i unsubscribed from Zillow emails ... pero u
		// guys can keep texting fr" (not "you can keep texting my
		// husband, not me", nor "you guys should keep texting people who
		// asked")
		{Name: "keep texting", Pattern: "you|guys can|may keep texting|messaging me|us|fr|though|here / you|guys can|may keep texting|messaging | / you all can|may keep texting|messaging me|us|fr|though|here / you all can|may keep texting|messaging |"},
		// "no le manden nada a él. Todo por aquí conmigo"
		{Name: "texts welcome", Pattern: "todo por aqui|aca conmigo / por aqui|aca conmigo / por aqui|aca ~2 mejor / mejor texteame|texteeme|textea|escribeme|escribame|escribanme / mejor send|shoot me a text|texts|message"},
		// the thing asked for sent here instead (blind71, stop 71): "no me
		// llamen porque no oigo bien. Mándenla por aquí"
		{Name: "texts welcome", Pattern: "mandenla|mandenlo|mandenlos|mandenlas|mandemela|mandemelo|mandamela|mandamelo|envienla|envienlo|mandela|mandelo por aqui|aca|mensaje|texto"},
		// "me basta con los mensajes, no hace falta que me llamen"
		{Name: "texts welcome", Pattern: "me|nos basta|bastan con los|sus? mensajes|textos|mensajitos"},
		// "remove my son from the texts ... keep sending them to me"
		{Name: "texts welcome", Pattern: "keep|still sending|send|texting them|those|it to me|us / keep|still sending|send|texting the texts|updates|messages to me|us / keep|still sending|send|texting me|us the texts|updates|messages"},
		{Name: "texts welcome", Pattern: "text me / text us here|instead / message me|us here|instead / just message me|us / text only / texting is|its ok|fine|good / just text / texts are fine|ok|good / por mensaje|texto|whatsapp ~1 esta bien|si|mejor / mejor text|texto|mensaje|whatsapp / texting ok"},
		// "Textéame mejor, no me llames", "keep the text reminders for my
		// appointments"
		{Name: "texts welcome", Pattern: "texteame|texteeme|texteenme|escribeme|escribame|escribanme mejor / keep the|my|those|these? text|texts|sms reminders|alerts|updates|messages"},
		// "mejor textea aquí", "textéame aquí": the Spanglish verb;
		// "texting works"
		{Name: "texts welcome", Pattern: "textea|textee|texteen|textear|textearme aqui|aca|por / texting|text|texts works|work"},
		// "texting is the best way to reach me"
		{Name: "texts welcome", Pattern: "texting|text|texts is|are ~1 easier|better / texting|text|texts is|are the best|easiest way / best way to reach|get me is text|texting|by"},
		// "escríbame por aquí mismo", "texts sí están bien"
		{Name: "texts welcome", Pattern: "escriban|escribanme|escribame|escribeme|textee|texteen|texteame|texteeme por aqui|aca / escriban|escribanme|escribame|escribeme|textee|texteen|texteame|texteeme aqui|aca mismo / text|texts|texting|textos|mensajes si is|are|es|esta|estan ~1 fine|ok|good|perfect|perfecto|bien"},
		// "mejor todo por texto", "texting está bien", "but still get
		// texts", "can you text it here?"
		// "no me llames, por aquí nomás"
		// "Le dije a la otra compañía que ya no me llamen, pero ustedes sí
		// me pueden escribir"
		{Name: "texts welcome", Pattern: "ustedes|usted si me|nos pueden|puede escribir|mandar|textear|contactar"},
		// "no me llames que no puedo atender. Por acá sí."
		{Name: "texts welcome", Pattern: "por aqui|aca nomas|nada|solamente|solo|si / por aqui|aca no mas / solo por aqui|aca"},
		// "no quiero que me llamen, prefiero mensajes", "no me llaméis ...
		// por aquí escribidme lo que queráis"
		// "text messages to this number are entirely sufficient"
		{Name: "texts welcome", Pattern: "text|sms messages ~4 are|is ~1 sufficient|welcome|fine|acceptable|preferred|best"},
		// "please no calls, only messages"
		{Name: "texts welcome", Pattern: "only|just|solo|nomas messages|texts|textos|mensajes|text|texting"},
		// "no me llames, text nomás"
		{Name: "texts welcome", Pattern: "text|texto|textos|mensaje|mensajes|texts|whatsapp nomas|solamente |"},
		{Name: "texts welcome", Pattern: "prefiero|preferimos|prefer|prefiere los|el|la? mensajes|textos|texto|mensaje|mensajitos|text|texts|texting|whatsapp / por aqui|aca escribidme|escribidnos|escribeme|escribame|escribanme|escribenos"},
		// "text is better", "texting is easier"
		{Name: "texts welcome", Pattern: "text|texts|texting|mensajes|whatsapp is|es|are better|easier|mejor|preferred / text is|its fine|ok|good"},
		// "que mejor le escriban a mi celular", "texts are useful, keep them coming"
		{Name: "texts welcome", Pattern: "mejor ~2 escriban|escribanme|escribame|escribeme|textee|texteen / escriban|escribanme|escribame|escribeme|textee|texteen ~2 a mi|este|al cel|celular|whatsapp / texts|messages|textos|mensajes ~4 useful|helpful|utiles / keep them|those|these|em coming"},
		// "texting is totally fine", "text away", "I still want the texts",
		// "los textos sí los quiero", "por mensaje está perfecto"
		{Name: "texts welcome", Pattern: "text|texts|texting|textos|mensajes|mensaje|sms is|are|es|esta|estan ~1 fine|ok|good|perfect|great|perfecto|bien / text away / still want|need ~1 the|your? texts|text|messages / textos|mensajes si los quiero / si quiero ~1 los? textos|mensajes"},
		// "but keep texting me about the quote", "happy to keep getting
		// texts", "pero sigan mandándome los mensajes"
		// "texting this cell is totally fine", "textear este cel está bien"
		{Name: "texts welcome", Pattern: "texting|textear|texts|mensajes ~3 is|es|esta totally|perfectly|totalmente|completely? fine|ok|good|bien"},
		{Name: "texts welcome", Pattern: "keep texting|messaging me|us / keep getting|receiving ~1 texts|text|messages|textos|mensajes / sigan|siga|sigue mandandome|enviandome|escribiendome|textandome"},
		// "unsubscribe me from the newsletter but keep getting the
		// appointment texts"
		{Name: "texts welcome", Pattern: "but|pero keep getting|receiving ~2 texts|text|messages|reminders|alerts"},
		// "pero keep texting this number"
		{Name: "texts welcome", Pattern: "keep texting|messaging this|my|here"},
		// "use this cell from now on", "usen este celular"
		{Name: "texts welcome", Pattern: "use|text|try this cell|cel|celular|number|one ~4 from now / use|text|try this cell|cel|celular|number|one ~2 instead|now / use|text|try this cell|cel|celular|number|one ~2 going forward / usa|usen|use|escriban|escribanme este cel|celular|numero"},
		// "dejar de recibir los correos pero seguir recibiendo los textos"
		{Name: "texts welcome", Pattern: "seguir|sigo|sigan|continuar recibiendo|recibir ~1 los? texts|textos|mensajes|sms"},
		// everything moved to texts (blind74, stop 72): "take me off the
		// paper mail list and do everything by text", "mándenme todo por
		// texto", "you can text me whatever you need"
		{Name: "everything by text", Pattern: "do|send|move|put|switch|sending|doing|moving everything by|via|over|through text|texting|sms / do|send|sending|doing everything ~1 by|via|over|through text|texting|sms / mandenme|manden|envien|envienme|mandar|enviar|hacer|hagamos|hagan|pasen todo por texto|textos|mensaje|whatsapp|sms / todo por texto|textos|mensaje|whatsapp|sms mejor / you can|may text|message me|us whatever|anything|everything"},
		{Name: "texts welcome", Pattern: "mejor ~2 por texto|text|mensaje|mensajes|whatsapp|sms|aqui / texting|text|texts|textos|mensajes esta|estan|es bien|ok / still get|receive ~1 texts|text|messages|mensajes / text it|them|this|that|everything ~1 here|instead / por aqui si ~2 pueden|puede|puedes escribir|escribirme|mandar|textear"},
	})
)

// oneThingOverText are the words of not wanting to give one thing by
// message: "prefiero no dar eso por mensaje".
var oneThingOverText = textmatch.NewSet("dar", "compartir", "explicar", "poner", "decir", "eso", "esa", "ese")

// removesDetail: a removal verb with the lead as the beneficiary and a
// detail as its object ("bórrame el nombre de mi ex", "bórrenme el correo
// viejo"); the number, the data or the list stay a removal.
func removesDetail(toks []string, m textmatch.Match) bool {
	if m.End+1 >= len(toks) || !spanishDet.Has(toks[m.End]) {
		return false
	}
	// "bórrame el número viejo de mi cuenta y deja solo este": an old
	// number of the lead's, not this one
	if m.End+2 < len(toks) && oldOnes.Has(toks[m.End+2]) {
		return true
	}
	return !dncEslistClass.Has(toks[m.End+1]) && toks[m.End+1] != "mensajes"
}

// leftThere: the place left is another company's ("allá")
var leftThere = textmatch.NewSet("alla", "alli", "there")

var oldOnes = textmatch.NewSet("viejo", "vieja", "anterior", "antiguo", "antigua", "otro", "otra")

var spanishDet = textmatch.NewSet("el", "la", "los", "las", "ese", "esa", "este", "esta")

// bajaOtherObject: "dar de baja" a user or a charge, not the lead.
func bajaOtherObject(toks []string, m textmatch.Match) bool {
	if toks[m.End-1] != "baja" || hasMessaging(toks, m) {
		return false
	}
	// the object may come after who does it: "¿tengo que dar de baja yo
	// la póliza que tengo ahora?"
	for k := m.End; k < len(toks) && k < m.End+3; k++ {
		w := toks[k]
		if bajaObject.Has(w) || w[0] >= '0' && w[0] <= '9' {
			return true
		}
		if !bajaSkip.Has(w) {
			return false
		}
	}
	return false
}

var (
	// lostIn: what one gets lost in, not a command
	lostIn = textmatch.NewSet("in", "with", "among", "on", "en", "con")
	// swapVerbs take equipment out: "swap out all three systems"
	swapVerbs = textmatch.NewSet("swap", "swapping", "replace", "replacing", "rip", "ripping", "tear", "tearing", "pull", "pulling", "cambiar", "sacar")
)

// makingSure: the lead checks before going on
var makingSure = textmatch.NewSet("segura", "seguro", "confirmar", "verificar", "saber", "legit", "real", "sure", "check")

// asksMeaning reports a match inside a question about what words mean
// (any rule):
// "what does opt out mean on this form?", "¿qué significa darse de baja?"
func asksMeaning(toks []string, m textmatch.Match) bool {
	what := false
	for k := max(0, m.Start-3); k < len(toks) && k < m.End+4; k++ {
		switch toks[k] {
		case "what", "que":
			what = true
		case "mean", "means", "meaning", "significa":
			if what {
				return true
			}
		}
	}
	return false
}

// bajaSkip are the words between "dar de baja" and its object: who does
// it and the article.
var bajaSkip = textmatch.NewSet("yo", "nosotros", "usted", "ustedes", "ellos", "vosotros", "tu", "el", "la", "los", "las", "mi", "mis", "un", "una")

// bajaFromOther: "me di de baja del gimnasio", "de la app de mi banco":
// left something named after "de", that is neither the sender nor its
// messages ("me di de baja la semana pasada" names no object).
func bajaFromOther(toks []string, m textmatch.Match) bool {
	k := m.Start
	for k < len(toks) && toks[k] != "baja" && toks[k] != textmatch.Break {
		k++
	}
	if k+1 >= len(toks) || toks[k] != "baja" {
		return false
	}
	// "denme de baja de todo, correo, llamadas y mensajes": everything
	// (not "de todos los seguros", "de todas las tarjetas": a thing named)
	if k+2 < len(toks) && (toks[k+1] == "de" || toks[k+1] == "del") && (toks[k+2] == "todo" || toks[k+2] == "todos" || toks[k+2] == "todas") &&
		!(k+4 < len(toks) && bajaDeterminer.Has(toks[k+3]) && !dncFcontactnClass.Has(toks[k+4]) && !listWords.Has(toks[k+4]) && toks[k+4] != "listas") &&
		!(k+4 < len(toks) && toks[k+3] == "lo" && toks[k+4] == "que" && !textmatch.After(toks, k+4, 4, sentToMe)) {
		return false
	}
	switch {
	case toks[k+1] == "del" || toks[k+1] == "de":
	case esObjectArticle.Has(toks[k+1]) && k+2 < len(toks) && !esNumberWords.Has(toks[k+2]):
		// something else cancelled, with its article: "me dieron de baja
		// el seguro", "dimos de baja la tarjeta"; not "el número"
	default:
		return false
	}
	return !hasMessaging(toks, m) && !textmatch.After(toks, k+2, 3, senderObj) && !textmatch.After(toks, k+2, 3, esSender)
}

var (
	esObjectArticle = textmatch.NewSet("el", "la", "los", "las", "mi", "mis")
	esNumberWords   = textmatch.NewSet("numero", "telefono", "cel", "celular", "whatsapp")
)

// oneUseRefused: "don't use this number for the closing docs" refuses one
// use and leaves the others; "for sales", "for marketing", "para
// publicidad" name the use that is all a sender's texts are.
func oneUseRefused(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) || toks[m.End] != "for" && toks[m.End] != "para" {
		return false
	}
	k := m.End + 1
	for k < len(toks) && purposeFiller.Has(toks[k]) {
		k++
	}
	return k < len(toks) && !contactPurpose.Has(toks[k])
}

var (
	purposeFiller  = textmatch.NewSet("any", "your", "ur", "the", "this", "cualquier", "su", "sus", "la", "el", "mas")
	contactPurpose = textmatch.NewSet("sales", "marketing", "ads", "advertising", "advertisements", "promotions", "promos", "offers", "deals",
		"solicitations", "solicitation", "spam", "texts", "texting", "messages", "calls", "robocalls", "anything", "nothing", "that", "this",
		"ventas", "publicidad", "anuncios", "promociones", "ofertas", "mensajes", "textos", "llamadas", "nada", "eso", "esto")
)

// esSender names the sender in Spanish: "de ustedes", "de su lista".
var esSender = textmatch.NewSet("ustedes", "usted", "su", "sus", "tu", "tus", "esta", "este", "estos", "esto", "eso", "aqui", "aca", "lista", "envios", "mensajes")

// unsubscribedFromOther: "unsubscribed from" or "opted out of" something
// that is neither the sender nor messages.
func unsubscribedFromOther(toks []string, m textmatch.Match) bool {
	l := toks[m.End-1]
	if !(l == "unsubscribed" || l == "out") || m.End >= len(toks) {
		return false
	}
	switch toks[m.End] {
	case "from", "of", "de", "del":
	default:
		return false
	}
	// "del newsletter del otro lender": messages, but another sender's
	return !textmatch.After(toks, m.End+1, 3, senderObj) && (!textmatch.After(toks, m.End+1, 3, messagingNouns) || productAfter(toks, m.End+1) ||
		otherSendersMessages(toks, m.End+1) || textmatch.After(toks, m.End+1, 2, otherSenderOrgs))
}

// otherSenderOrgs send their own newsletters and alerts: "unsubscribed
// from the county newsletter".
var otherSenderOrgs = textmatch.NewSet("county", "city", "school", "schools", "church", "gym", "hoa", "library", "district", "township", "state",
	"bank", "pharmacy", "utility", "utilities", "airline", "store", "team", "club", "condado", "ciudad", "escuela", "iglesia", "banco")

// howToLeaveOther: a how-to question about leaving messages named as
// another sender's ("how do I unsubscribe de los emails de Zillow?",
// "how do I stop the alerts from Redfin"): "how do I unsubscribe from
// your texts" still revokes.
func howToLeaveOther(toks []string, m textmatch.Match) bool {
	how := false
	for k := max(0, m.Start-4); k < m.Start; k++ {
		how = how || toks[k] == "how" || toks[k] == "como"
	}
	return how && m.End < len(toks) && (toks[m.End] == "from" || toks[m.End] == "de" || toks[m.End] == "del") && otherSendersMessages(toks, m.End+1)
}

// otherSendersMessages reports messages named as someone else's within a
// few tokens of i: "de los emails de Zillow", "the alerts from Redfin".
func otherSendersMessages(toks []string, i int) bool {
	for k := i; k+2 < len(toks) && k <= i+3 && toks[k] != textmatch.Break; k++ {
		if messagingNouns.Has(toks[k]) && (toks[k+1] == "de" || toks[k+1] == "from") && toks[k+2] != textmatch.Break && !yoursWords.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

// yoursWords name the sender as the owner of messages
var yoursWords = textmatch.NewSet("you", "your", "ur", "yall", "this", "these", "su", "sus", "ustedes", "usted", "esta", "este", "aqui", "here")

// listNotWholeMessage: a list of channels is a request only as the whole
// message, give or take politeness and more channels.
func listNotWholeMessage(toks []string, m textmatch.Match) bool {
	for k, w := range toks {
		if (k < m.Start || k >= m.End) && w != textmatch.Break && !listFiller.Has(w) && !dncContactnClass.Has(w) {
			return true
		}
	}
	return false
}

// askedOfThirdParty: "ask him to quit texting".
func askedOfThirdParty(toks []string, m textmatch.Match) bool {
	return m.Start >= 2 && toks[m.Start-1] == "to" && thirdParty.Has(toks[m.Start-2])
}

// blockedCalendar: "blocked the morning": a determiner then no sender.
func blockedCalendar(toks []string, m textmatch.Match) bool {
	return m.End+1 < len(toks) && blockDet.Has(toks[m.End]) && !blockObj.Has(toks[m.End+1])
}

// namesContactInfo: "delete it" must be about the lead's details.
func namesContactInfo(toks []string, _ textmatch.Match) bool {
	return hasWord(toks, "number", "info", "information", "details", "contact")
}

// heldNumberNoDenial: "got/have/had this number" needs a denial ("not",
// "wrong", "whoever", "new") to be a reassigned number.
func heldNumberNoDenial(toks []string, m textmatch.Match) bool {
	// ("gary had this number before me" names someone else's number)
	return (toks[m.Start] == "got" || toks[m.Start] == "have" || toks[m.Start] == "had") && toks[m.End-1] != "me" && toks[m.End-1] != "us" &&
		!hasWord(toks, "not", "isnt", "wrong", "nobody", "dont", "doesnt", "whoever", "new")
}

// wrongNumberOfThing: "wrong number of bedrooms", "wrong person to ask".
func wrongNumberOfThing(toks []string, m textmatch.Match) bool {
	return m.End < len(toks) && (toks[m.End] == "to" || wrongNumberTail.Has(toks[m.End]))
}

// offAnotherList: "off the list of repairs": a list that is not of
// messages or contacts.
func offAnotherList(toks []string, m textmatch.Match) bool {
	k := m.End
	return k+1 < len(toks) && toks[k] == "of" && !messagingNouns.Has(toks[k+1]) && !listWords.Has(toks[k+1]) && toks[k+1] != "contacts"
}

// nextIsNumber: "remove the number 3".
func nextIsNumber(toks []string, m textmatch.Match) bool {
	return m.End < len(toks) && isAllDigits(toks[m.End])
}

// fromOtherRecord: "from" a record that is neither a list nor messages.
func fromOtherRecord(toks []string, m textmatch.Match) bool {
	// ("supposed to be took off the lease by now", "... off the night
	// shift"; not "took off this back in august", "taken off back in
	// September"; "off the list" is checked below)
	off := m.End+1 < len(toks) && toks[m.End] == "off" && thingNamed.Has(toks[m.End+1])
	return m.End < len(toks) && (toks[m.End] == "from" || off) && !textmatch.After(toks, m.End+1, 4, listWords) &&
		!textmatch.After(toks, m.End+1, 4, messagingNouns)
}

// contactLists follow "lista de" for a list of contacts: "la lista de
// contactos", "de envío", "de ustedes".
var contactLists = textmatch.NewSet("contactos", "contacto", "mensajes", "textos", "envio", "envios", "difusion", "correos", "correo", "ustedes", "clientes", "marketing", "promociones", "llamadas")

// thingNamed open a thing named after "off": "off the lease", "off my
// policy" (not "off back in september", "off this").
var thingNamed = textmatch.NewSet("the", "my", "our", "his", "her", "a", "an")

// removedNotLead: a passive removal with no first person and no
// negation ("wasn't i removed?").
func removedNotLead(toks []string, m textmatch.Match) bool {
	// "my number should've been removed": the lead's own line
	own := m.Start >= 2 && (toks[m.Start-2] == "my" || toks[m.Start-2] == "our") && dncMynClass.Has(toks[m.Start-1])
	return !own && toks[m.Start] != "wasnt" && toks[m.Start] != "werent" && !textmatch.Before(toks, m.Start, 3, firstPerson) &&
		!textmatch.After(toks, m.Start, m.End-m.Start, firstPerson)
}

// noLongerOwnSending: "no longer send" with nobody addressed.
func noLongerOwnSending(toks []string, m textmatch.Match) bool {
	return sendVerbs.Has(toks[m.End-1]) && !textmatch.Before(toks, m.Start, 3, toSender)
}

// passOnRelays: "pass on the message to", "can you pass on".
func passOnRelays(toks []string, m textmatch.Match) bool {
	return m.End < len(toks) && toks[m.End] == "to" || m.Start > 0 && (toks[m.Start-1] == "you" || toks[m.Start-1] == "u")
}

// lawyerNoCondition: a lawyer named with no more messages as the
// condition.
func lawyerNoCondition(toks []string, m textmatch.Match) bool {
	return textmatch.After(toks, m.Start, m.End-m.Start, lawyerWords) &&
		!hasWord(toks, "si", "siguen", "sigue", "vuelven", "vuelve", "otra", "mas", "if", "again", "keep")
}

// blockUndone reports a block the lead made by mistake, told in its
// clause ("blocked you by accident", "los bloqueé sin querer"), or took
// back after it ("unblocked now", "ya los desbloqueé"; not "I won't
// unblock you", "maybe I'll unblock you if you stop").
func blockUndone(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks); k++ {
		if !unblockedWords.Has(toks[k]) {
			continue
		}
		// (not "there's no way you're getting unblocked", "if I unblocked
		// you it would just be more spam", nor "unblocked wed to get my
		// code, blocking again for good")
		cs := textmatch.ClauseStart(toks, k)
		return !slices.ContainsFunc(toks[cs:k], textmatch.Negators.Has) && !slices.ContainsFunc(toks[cs:k], ifWords.Has) &&
			!slices.ContainsFunc(toks[k+1:], blockAgain.Has)
	}
	s, e := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.End)
	for k := s; k < e; k++ {
		if textmatch.Before(toks, k, 2, textmatch.Negators) {
			continue // "no fue sin querer", "not by accident"
		}
		switch w := toks[k]; {
		case w == "accidentally" || w == "mistakenly" || w == "accidentalmente" || w == "unintentionally":
			return true
		case k+1 < e && (w == "by" && (toks[k+1] == "accident" || toks[k+1] == "mistake") || w == "sin" && toks[k+1] == "querer" || w == "por" && toks[k+1] == "error"):
			return true
		}
	}
	return false
}

// unblockedWords tell a block taken back, blockAgain a block made again
// after it.
var (
	unblockedWords = textmatch.NewSet("unblocked", "desbloquee", "desbloqueado", "desbloqueamos", "desbloquie")
	blockAgain     = textmatch.NewSet("block", "blocking", "blocked", "reblocked", "bloquee", "bloqueo", "bloquear", "bloquearlos", "bloqueando")
	ifWords        = textmatch.NewSet("if", "si", "unless", "would")
)

// blockedThenOther: "Blocked, you're being reported" but not "blocked
// road".
func blockedThenOther(toks []string, m textmatch.Match) bool {
	if m.Start+1 >= len(toks) {
		return false
	}
	n := toks[m.Start+1]
	return n != textmatch.Break && n != "and" && n != "you" && n != "this"
}

// beRemovedRequest: "rather not be contacted" (negated, neither
// "removed" nor "unsubscribed") or "be removed", "she'd like to be
// unsubscribed" (not negated; unsubscribed from these messages, not from
// "the gym newsletter").
func beRemovedRequest(toks []string, m textmatch.Match) bool {
	last := toks[m.End-1]
	// contact by someone else refused, this sender kept: "I do not wish
	// to be contacted by the buyer directly; all communication should go
	// through you"
	if byThirdParty(toks, m.End) {
		return false
	}
	if negatedBefore(toks, m.Start, 6) {
		// ("I don't want to get dropped": a policy kept, not contact
		// refused)
		return last != "removed" && last != "unsubscribed" && last != "dropped"
	}
	// a thing removed: "a stump I've been wanting to get removed", "the
	// late fee should be removed", "my ex's name removed from the deed"
	if textmatch.Before(toks, m.Start, 10, removedThings) || textmatch.After(toks, m.End, 3, removedFrom) {
		return false
	}
	// a thing named before, asked about: "there's a lien on it. can that
	// be removed at closing?" (not "can this number be removed")
	if m.Start >= 2 && thingPronouns.Has(toks[m.Start-1]) && askingModals.Has(toks[m.Start-2]) {
		return false
	}
	// "dropped from the sequence", not "the call got dropped"
	if last == "dropped" {
		return m.End < len(toks) && toks[m.End] == "from"
	}
	return last == "removed" || last == "unsubscribed" && !otherObject(toks, m)
}

var (
	// what else a lead has removed: yard, house, bill, record
	removedThings = textmatch.NewSet("stump", "stumps", "tree", "trees", "branch", "branches", "junk", "debris", "trash", "furniture",
		"shed", "fence", "pool", "carpet", "carpets", "wallpaper", "tile", "cabinets", "tank", "mold", "asbestos", "popcorn",
		"ceiling", "wall", "walls", "deck", "stains", "stain", "lien", "liens", "name", "fee", "fees", "charge", "charges",
		"ticket", "points", "cosigner", "pmi", "nest", "hive", "wasps", "bees", "snake", "raccoon", "appliances", "toilet", "tub",
		"stuff", "things", "belongings", "boxes", "items",
		// a job's parts: "the whole roof has to be removed?" (blind79)
		"roof", "shingles", "siding", "window", "windows", "floor", "floors", "flooring", "insulation", "drywall", "gutters",
		"chimney", "driveway", "door", "doors", "pipes", "furnace", "boiler", "countertops", "vanity", "shower", "sink", "concrete")
	// words before a channel asked for: "a phone call", "by phone"
	channelLeadIns = textmatch.NewSet("a", "the", "by", "over", "to", "via", "por", "on", "you", "can", "could", "please")
	// what follows a call asked for: "call me", "call instead", "could
	// call my wife instead"
	callObjects = textmatch.NewSet("me", "us", "instead", "my", "him", "her")
	// words that may open a Spanish order: "ya no se comuniquen", "por
	// favor no se comuniquen"
	esOrderLeadIns = textmatch.NewSet("ya", "favor", "porfa", "porfis", "y", "pero", "mejor", "gracias")
	// verbs that ask, before "que": "les pido que no se comuniquen"
	esAskVerbs = textmatch.NewSet("pido", "pedimos", "quiero", "queremos", "prefiero", "preferimos", "dijo", "dice", "digo", "favor", "y")
	// more of anything: "don't send me another quote or anything else"
	moreWords = textmatch.NewSet("more", "another", "any", "anything", "else", "ever")
	// the lead has it: "I have it", "already got it"
	hadWords = textmatch.NewSet("have", "got", "received", "printed", "signed", "downloaded", "saved")
	// whose number: "my number", "this number"
	ownNumberWords = textmatch.NewSet("my", "this", "our", "the", "that", "mine")
	// alreadyHad: things a lead already has, "no need to send the brochure again"
	alreadyHad = textmatch.NewSet("brochure", "info", "quote", "link", "form", "papers", "paperwork", "documents", "pictures", "photos", "pdf", "contract", "flyer", "invoice", "estimate")
	// languages a lead may ask to be written in
	langNames = textmatch.NewSet("ingles", "english", "espanol", "spanish", "portugues")
	// what a lead may say does not bother them: "the texts don't bother
	// me", "it doesn't bother me" (not "please don't bother me")
	describedSenders = textmatch.NewSet("texts", "messages", "calls", "it", "that", "they", "those", "these", "reminders", "emails")
	// a thing asked about: "can that be removed", "will it get removed"
	thingPronouns = textmatch.NewSet("that", "it", "those", "they")
	askingModals  = textmatch.NewSet("can", "could", "will", "would", "should", "does", "do", "cant", "wont")
	// where it comes off: "removed from the deed", "from the title"
	removedFrom = textmatch.NewSet("deed", "title", "loan", "policy", "bill", "account", "mortgage", "report")
)

// complainsOfSilence: "you never text me anymore" complains; "you will
// never text me again" commands.
func complainsOfSilence(toks []string, m textmatch.Match) bool {
	// ("I'd prefer you don't contact me de nuevo" asks)
	// ("we don't want to hear from your company again" is a wish, not
	// a complaint that nothing comes)
	return m.Start > 0 && (toks[m.Start] == "never" || toks[m.Start] == "dont") && statementSubject.Has(toks[m.Start-1]) &&
		!textmatch.Before(toks, m.Start-1, 3, preferWords) && !hasWord(toks[m.Start:m.End], "want", "wish", "wanna")
}

// leftOtherKeptSender reports a match followed by another channel or
// sender left ("from the Zillow alerts", "del newsletter", "a los emails
// de Realtor.com") and, later, this sender kept: "not you", "keep
// sending", "keep texting", "sigan mandando", "los texts sí mándenlos",
// "this is fine", "yours is useful".
func leftOtherKeptSender(toks []string, m textmatch.Match) bool {
	other := false
	for k := m.End; k < len(toks) && k < m.End+7 && toks[k] != textmatch.Break; k++ {
		if otherFeeds.Has(toks[k]) || otherPortals.Has(toks[k]) {
			other = true
			break
		}
	}
	if !other {
		return false
	}
	// ("unsubscribe me from your emails and texts", "del correo y de los
	// mensajes": the texts left too, before any turn to this sender)
	for k := m.End; k < len(toks) && toks[k] != textmatch.Break && !feedTurn.Has(toks[k]); k++ {
		if textsNamed.Has(toks[k]) {
			return false
		}
	}
	for k := m.End; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		switch {
		case a == "not" && (b == "you" || b == "from" || b == "yours" || b == "this"),
			// ("keep sending", not "why do you keep sending")
			a == "keep" && (b == "sending" || b == "texting" || b == "em" || b == "them" || b == "coming" || b == "the") && (k == 0 || keepLeadIn.Has(toks[k-1])),
			(a == "sigan" || a == "sigue" || a == "siga") && (b == "mandando" || b == "mandandome" || b == "escribiendo" || b == "texteando" || b == "enviando"),
			a == "si" && (b == "mandenlos" || b == "mandenmelos" || b == "sigan"),
			a == "this" && b == "is" && k+2 < len(toks) && toks[k+2] == "fine",
			// "era pa' los emails de Home Depot, no pa' ustedes" (blind79)
			a == "no" && (b == "pa" || b == "para" || b == "de" || b == "a") && k+2 < len(toks) && (toks[k+2] == "ustedes" || toks[k+2] == "usted" || toks[k+2] == "uds" || toks[k+2] == "ti"),
			a == "yours" && (b == "is" || b == "are"),
			// "so I'm only getting yours now"
			(a == "only" || a == "just") && onlyGetting.Has(b) && k+2 < len(toks) && toks[k+2] == "yours":
			return true
		}
	}
	return false
}

var onlyGetting = textmatch.NewSet("getting", "get", "receiving", "receive", "seeing", "see")

var (
	// listingNouns are what a sender of listings sends: "casas",
	// "houses"
	listingNouns = textmatch.NewSet("casas", "propiedades", "fotos", "opciones", "listings", "houses", "homes", "deptos", "departamentos", "condos", "terrenos")
	// listingSpecs narrow listings to a kind: "de dos recámaras", "tan
	// caras"
	listingSpecs = textmatch.NewSet("dos", "tres", "una", "uno", "recamaras", "cuartos", "habitaciones", "bedrooms", "beds", "bed", "caras", "chicas",
		"grandes", "pequenas", "two", "three", "one", "studio", "studios")
)

// leftOtherFeedOnly reports a message whose every opt-out phrase leaves
// another channel or sender and keeps this one (see
// leftOtherKeptSender): "Unsubscribe me del email pero keep texting
// aquí". The model reads the word "unsubscribe", not what it leaves.
func leftOtherFeedOnly(t textmatch.Text) bool {
	found, other := false, true
	optOutPhrases.Each(t, func(m textmatch.Match) bool {
		found = true
		if !leftOtherKeptSender(t.Toks, m) {
			other = false
			return false
		}
		return true
	})
	return found && other
}

// toldToLead before "stop texting strangers" make the lead the one told:
// "my daughter says I should stop texting strangers".
var toldToLead = textmatch.NewSet("i", "should", "says", "said", "told", "gotta")

// feedTurn turns from the feed left to this sender: "del newsletter pero
// los texts sí", "from the AARP emails not from you".
var feedTurn = textmatch.NewSet("but", "pero", "not", "no", "keep", "sigan", "sigue", "si", "though")

// keepLeadIn may come before an imperative "keep": "but keep texting",
// "please keep sending", ". Keep sending me your listings".
var keepLeadIn = textmatch.NewSet(textmatch.Break, "but", "pero", "please", "pls", "just", "so", "though", "yes")

// otherFeeds are channels and feeds a lead may leave while keeping the
// texts: "the marketing emails", "del newsletter", "all these spam".
var otherFeeds = textmatch.NewSet("email", "emails", "newsletter", "newsletters", "boletin", "alerts", "alertas", "mailing", "mailers",
	"mail", "correo", "correos", "journal", "magazine", "spam", "promos", "flyers", "catalog")

// aboutToBut reports an unsubscription nearly done and then not: "I was
// about to unsubscribe, honestly, but that rate is better".
func aboutToBut(toks []string, m textmatch.Match) bool {
	if !(m.Start >= 2 && toks[m.Start-2] == "about" && toks[m.Start-1] == "to" || m.Start >= 1 && (toks[m.Start-1] == "almost" || toks[m.Start-1] == "nearly")) {
		return false
	}
	return slices.Contains(toks[m.End:], "but")
}

// rightNumberAfter reports the right number named after a wrong one:
// "el correcto termina en 4471", "el bueno del shop es 708-555-0137",
// "¿cuál es el correcto?", "este es el correcto, text me here" (not "no
// es el bueno").
func rightNumberAfter(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks); k++ {
		if rightOne.Has(toks[k]) && k > 0 && rightOneBefore.Has(toks[k-1]) && !(k > 1 && (toks[k-2] == "no" || toks[k-2] == "not" || toks[k-2] == "isnt")) {
			return true
		}
	}
	return false
}

var rightOne = textmatch.NewSet("correcto", "correcta", "correct", "bueno", "buena")

// rightOneBefore name the right number before "correcto", "bueno": "el
// bueno", "the correct one", "es el correcto" (not "Bueno, que tenga buen
// día").
var rightOneBefore = textmatch.NewSet("el", "la", "the", "es", "is")

// tellMeWords ask to be told: "si es número equivocado avísenme".
var tellMeWords = textmatch.NewSet("avisenme", "avisen", "avise", "avisame", "digame", "diganme", "dime", "confirmen", "confirme", "let", "tell")

// wrongNumberIfOrDenied reports a wrong number supposed or denied: "si es
// número equivocado avísenme", "if this is a wrong number", "is this a
// wrong number o es la compañía del stair lift?", "número equivocado no,
// nada más el nombre".
func wrongNumberIfOrDenied(toks []string, m textmatch.Match) bool {
	// ("sí, número equivocado" says yes: "si" is a condition only
	// before "es" with a request to be told after it)
	for k := max(0, m.Start-4); k < m.Start; k++ {
		if toks[k] == textmatch.Break {
			continue
		}
		if toks[k] == "if" || toks[k] == "si" && k+1 < m.Start && (toks[k+1] == "es" || toks[k+1] == "fuera") && slices.ContainsFunc(toks[m.End:], tellMeWords.Has) {
			return true
		}
	}
	if cs := textmatch.ClauseStart(toks, m.Start); (toks[cs] == "is" || toks[cs] == "es") && slices.Contains(toks[m.End:textmatch.ClauseEnd(toks, m.Start)], "o") {
		return true
	}
	return m.End < len(toks) && toks[m.End] == "no" && (m.End+1 >= len(toks) || toks[m.End+1] == textmatch.Break)
}

// numberReplaced reports a message that gives a new number for an old
// one ("wrong number. Use este", "anoten este", "el bueno es 915..."):
// the keepGoing pattern named "new number", anywhere in the message.
func numberReplaced(toks []string, _ textmatch.Match) bool {
	_, ok := keepGoing.First(textmatch.Text{Toks: toks}, func(m textmatch.Match) bool { return m.Name == "new number" })
	return ok
}

// senderReassuredAfter reports a later clause that tells the sender it is
// welcome: "yall are fine though", "I don't mind y'all", "you're not
// junk". What came before is about someone else.
func senderReassuredAfter(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) {
		return false
	}
	// the clause refused names someone else ("that number from the other
	// roofing company", "for telemarketers", "de todas esas listas"), not
	// this sender ("please unsubscribe me. you guys are fine, I'm just not
	// buying")
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	if slices.ContainsFunc(toks[cs:min(ce, m.End+3)], refusedOwn.Has) || !slices.ContainsFunc(toks[cs:ce], elsewhereWords.Has) {
		return false
	}
	_, ok := reassured.First(textmatch.Text{Toks: toks[m.End:]}, nil)
	return ok
}

// threatensOther reports a threat at someone of the lead's own, not the
// sender: "one more email from my landlord and im reporting him". The
// model reads the threat's words; the rules' own threats check their
// target.
func threatensOther(t textmatch.Text) bool {
	_, ok := otherThreatened.First(t, nil)
	return ok
}

var otherThreatened = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "other threatened", Pattern: "reporting|report|suing|sue|blocking|block him|her"},
})

// reassuresSender reports a message that tells the sender it is welcome
// against something else refused: "I'm on the do not call list for
// telemarketers but I don't mind y'all". The model, which reads the
// refusal's words, does not overrule it.
func reassuresSender(t textmatch.Text) bool {
	// the sender named as not the cause, at the end: "I signed up for the
	// do not call list because of the robocalls, not you guys"
	if notTheSender(t.Toks) {
		return true
	}
	if !t.HasAny(reassureContrast) {
		return false
	}
	_, ok := reassured.First(t, nil)
	return ok
}

// notTheSender reports a message whose last clause clears the sender
// after a cause named: "... because of the robocalls, not you guys", "es
// por los bancos, no por ustedes".
func notTheSender(toks []string) bool {
	last := len(toks)
	for last > 0 && toks[last-1] == textmatch.Break {
		last--
	}
	if last == 0 {
		return false
	}
	start := textmatch.ClauseStart(toks, last-1)
	if start == 0 || !hasWord(toks[:start], "because", "cause", "por") {
		return false
	}
	return slices.Contains(senderCleared, strings.Join(toks[start:last], " "))
}

// senderCleared are the last clauses that clear the sender.
var senderCleared = []string{"not you", "not you guys", "not yall", "not you all", "no por ustedes", "no ustedes"}

var reassureContrast = textmatch.NewSet("but", "though", "tho", "pero", "although").Gated()

var reassured = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "reassured", Pattern: "ustedes tranquilos|tranquilas / ustedes sigan|siga"},
	// "... pero a ustedes sí los queremos recibir", "but yours I do want to
	// read"
	{Name: "reassured", Pattern: "ustedes si los|las|les? quiero|queremos leer|recibir|seguir|escuchar|oir / yours i|we do? want to? read|get|keep"},
	{Name: "reassured", Pattern: "ustedes si mandenme|escribanme|sigan|manden / si sigan|siga|sigue avisandome|mandandome|escribiendome|informandome"},
	{Name: "reassured", Pattern: "con ustedes es distinto|diferente / ustedes son distintos|diferentes / ustedes son otra cosa / with you its|is different"},
	// "You seem nicer", "You guys been cool tho", "yours came through
	// fine", "you guys are the only ones I kept", "with you I feel
	// comfortable", "pero ustedes sí me interesan"
	{Name: "reassured", Pattern: "you|yall seem|seems nicer|fine|different|decent / you|yall guys? been|are|re cool|nice|great|helpful|decent / you guys are|re the only ones / yours came|come|comes through fine|ok / with you i feel comfortable|fine|good / ustedes si me interesan / con ustedes si quiero|quiere|queremos / con ustedes si me interesa"},
	// "ustedes are cool tho"
	{Name: "reassured", Pattern: "ustedes are|son cool|nice|great|chidos|chidas|decent|decentes"},
	// "ustedes are way better", "ustedes sí me caen bien" (blind60, stop
	// 67)
	{Name: "reassured", Pattern: "ustedes|you|yall are|re|son way|much|mucho|muy? better|mejores / you guys are|re way|much? better / ustedes|usted si me caen|cae bien"},
	{Name: "reassured", Pattern: "you|ustedes are|re|estan fine|good|ok|bien|different|exempt / you all are|re? fine|good|ok|different|exempt / you are fine|good|ok|different|exempt / you guys are|re? fine|good|ok|different / i dont mind you|ustedes / youre|you|your not|arent junk|spam / you are not junk|spam"},
})

// textsGoneNamed are the messages a "them" may stand for
var textsGoneNamed = textmatch.NewSet("texts", "messages", "promos", "promo", "notifications", "alerts", "mensajes", "textos", "offers", "reminders")

// theseOnesOrTexts name this sender's messages after "from"
var theseOnesOrTexts = textmatch.NewSet("these", "this", "your", "ur", "texts", "messages", "estos", "sus", "mensajes")

// sendersOwn name this sender in a refused clause; elsewhereWords name
// another sender or a thing apart from this one
var (
	refusedOwn     = textmatch.NewSet("your", "ur", "you", "ustedes", "su", "sus")
	elsewhereWords = textmatch.NewSet("from", "that", "those", "other", "another", "for", "de", "los", "las", "esas", "esos", "otra", "otro", "otras", "otros")
)

// thirdSubjects say that a wish is someone else's
var thirdSubjects = textmatch.NewSet("he", "she", "hes", "shes", "they", "theyre", "el", "ella")

// preferWords before "you don't contact me" make it a wish, not a
// complaint
var preferWords = textmatch.NewSet("prefer", "rather", "wish", "want", "asking", "ask", "request", "requesting")

// verbListContinues: "never phone or email my boss": a verb list must end
// the request.
func verbListContinues(toks []string, m textmatch.Match) bool {
	last := toks[m.End-1]
	return m.End < len(toks) && toks[m.End] != textmatch.Break &&
		(dncContactvClass.Has(last) || dncCallvClass.Has(last)) && !verbListTail.Has(toks[m.End])
}

var (
	// people other than the lead, who opt out of the lead's own sending
	otherUsers = textmatch.NewSet("customers", "clients", "users", "members", "subscribers", "recipients", "contacts", "leads",
		"tenants", "employees", "staff", "patients", "buyers", "students", "guests", "clientes", "usuarios", "miembros", "inquilinos", "empleados",
		"pacientes", "socios", "suscriptores")
	esOtherSender = textmatch.NewSet("otra", "otro", "anterior", "antigua", "antiguo", "actual")
	// what may follow an exclamation "stop": the offer's price or truth
	exclaimCues = textmatch.NewSet("kidding", "joking", "kiddin", "catch", "cap", "bromeas", "broma", "neta",
		// teasing: "stop it, you're making me blush", "ur killing me"
		"blush", "blushing", "killing", "dying", "ticklish", "crying", "laughing", "hilarious", "funny", "cute", "flattered", "embarrassed", "silly")
	tooAdj = textmatch.NewSet("low", "high", "good", "cheap", "much", "little", "expensive", "bajo", "alto", "poco")
	// burdenNext follow "too much" told of a load: "too much going on",
	// "too much on my plate", "demasiado que hacer"
	burdenNext = textmatch.NewSet("going", "happening", "on", "stress", "stuff", "with", "que", "en", "con")
	firstSubj  = textmatch.NewSet("i", "we", "yo", "nosotros")
)

// stopExclaims: a bare "stop" that answers the offer, not the messages:
// what follows in the message is a reaction to the price or the offer
// ("too low", "too good to be true", "you're kidding", "what's the
// catch") and no message or contact is named anywhere.
func stopExclaims(toks []string, m textmatch.Match) bool {
	if mentionsMessages(toks, m) {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+12; k++ {
		// ("STOP. Sorry, too much going on with my dad": a load carried,
		// not an offer)
		if exclaimCues.Has(toks[k]) || (toks[k] == "too" || toks[k] == "muy" || toks[k] == "demasiado") && k+1 < len(toks) && tooAdj.Has(toks[k+1]) &&
			!(k+2 < len(toks) && burdenNext.Has(toks[k+2])) {
			return true
		}
	}
	return false
}

// mentionsMessages: the message names messages, calls or contacting.
func mentionsMessages(toks []string, _ textmatch.Match) bool {
	for _, w := range toks {
		if dncContactnClass.Has(w) || dncContactingClass.Has(w) || dncContactvClass.Has(w) || dncCallvClass.Has(w) {
			return true
		}
	}
	return false
}

// leadStopsSending: "should i stop sending the documents": the lead
// stops its own sending.
func leadStopsSending(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < m.End; k++ {
		if toks[k] == "sending" || toks[k] == "send" {
			return textmatch.Before(toks, m.Start, 2, firstSubj)
		}
	}
	return false
}

// reportedOtherThing: what was reported is some other number or text,
// with at most one word between the article and the noun: "report a
// number as spam", "forwarded a scam text to 7726", "reporté un número
// que decía ser del banco".
func reportedOtherThing(toks []string, m textmatch.Match) bool {
	// ("reporté un número como spam: el de ustedes", "I reported a
	// number as spam, it was yours")
	for k := m.End; k < len(toks) && k < m.End+7; k++ {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1]
		}
		// ("wasn't yours", "no era de ustedes" deny it)
		if k > 0 && (textmatch.Negators.Has(toks[k-1]) || toks[k-1] == "era" && k > 1 && toks[k-2] == "no") {
			continue
		}
		if toks[k] == "yours" || toks[k] == "suyo" || toks[k] == "tuyo" || toks[k] == "de" && next == "ustedes" ||
			(toks[k] == "was" || toks[k] == "were" || toks[k] == "era" || toks[k] == "eran") && (next == "you" || next == "ustedes") {
			return false
		}
	}
	for k := m.Start; k+1 < m.End; k++ {
		if !someArticles.Has(toks[k]) {
			continue
		}
		for j := k + 1; j < m.End && j <= k+2; j++ {
			if reportedThings.Has(toks[j]) {
				return true
			}
			if quantityWords.Has(toks[j]) { // "a couple texts" may be the sender's
				break
			}
		}
	}
	return false
}

var (
	someArticles   = textmatch.NewSet("a", "another", "some", "un", "una", "otro", "otra")
	reportedThings = textmatch.NewSet("number", "text", "texts", "company", "guy", "message", "call", "numero", "mensaje", "texto", "compania", "empresa", "tipo", "llamada")
	quantityWords  = textmatch.NewSet("couple", "few", "bunch", "lot", "ton", "dozen")
	// people outside the lead's household, whose reports are their own
	outsiders = textmatch.NewSet("neighbor", "neighbour", "neighbors", "coworker", "coworkers", "friend", "cousin", "buddy", "boss", "vecino", "vecina", "amigo", "amiga")
)

// withoutLeaveElsewhere: "sin mi permiso" after a clause that neither
// has the lead as its object nor names contact ("me dieron de alta sin mi
// permiso", "tienen mi número sin mi consentimiento" complain; "¿puede
// block a los cashiers de hacer refunds sin mi permiso?" asks about
// software), or whose doer is someone close to the lead and no contact
// is named ("mi ex me sacó del título sin mi permiso").
func withoutLeaveElsewhere(toks []string, m textmatch.Match) bool {
	if toks[m.Start] != "sin" || m.Start == 0 || toks[m.Start-1] == textmatch.Break {
		return false
	}
	// contact named complains: "el agente me sigue escribiendo sin mi
	// permiso"
	if textmatch.Before(toks, m.Start, 10, leaveContact) {
		return false
	}
	// otherwise someone of the lead's own did it ("mi ex me sacó del
	// título sin mi permiso"), or nothing was done to the lead
	return textmatch.Before(toks, m.Start, 10, leaveActors) || !textmatch.Before(toks, m.Start, 10, leaveObjects)
}

var (
	// the lead's own people and others close to the lead
	leaveActors = textmatch.NewSet("ex", "inquilino", "inquilina", "inquilinos", "esposo", "esposa", "marido", "vecino", "vecina",
		"hermano", "hermana", "jefe", "hijo", "hija", "socio", "socia", "cunado", "cunada", "suegro", "suegra")
	// contact and the ones who make it
	leaveContact = textmatch.NewSet("numero", "number", "telefono", "celular", "datos", "mensajes", "textos", "texts", "lista",
		"escriben", "mandan", "llaman", "contactan", "ustedes", "correo", "email", "whatsapp", "info", "informacion", "contacto",
		"llamando", "escribiendo", "mandando", "les")
	// the lead as the object, or put on a list
	leaveObjects = textmatch.NewSet("me", "nos", "alta", "agregaron", "inscribieron")
)

// stillAtIt reports "and you're still texting", "but you keep calling",
// "y ustedes siguen": a complaint that this sender goes on.
func stillAtIt(toks []string) bool {
	// "... how come I'm still on here", "we're still getting these": the
	// lead still on this sender's list
	for k := 1; k+1 < len(toks); k++ {
		if toks[k] == "still" && stillReceiving.Has(toks[k+1]) && (toks[k-1] == "im" || toks[k-1] == "i" || toks[k-1] == "we" || toks[k-1] == "were") {
			return true
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] != "and" && toks[k] != "but" && toks[k] != "y" && toks[k] != "pero" || !toSenderNow.Has(toks[k+1]) {
			continue
		}
		j := k + 2
		if j < len(toks) && (toks[j] == "are" || toks[j] == "guys") {
			j++
		}
		if j < len(toks) && stillTexting.Has(toks[j]) {
			return true
		}
	}
	return false
}

// stillReceiving follow "I still" of a lead still on a list: "I'm still
// on here", "we still getting these".
var stillReceiving = textmatch.NewSet("on", "getting", "receiving")

// stillTexting go on after "you": "you're still texting", "you keep".
var stillTexting = textmatch.NewSet("still", "keep", "keeps", "siguen", "todavia")

// pastTook tell that someone was taken off before: "took him off".
var pastTook = textmatch.NewSet("took", "taken", "got", "put", "removed", "quitaron", "sacaron")

// toldElsewhereTo reports the match as what the lead told someone else
// to do, across a clause or two: "I had to tell the other outfit, the
// one with the yellow signs, to stop calling me", "I told the newspaper
// to cancel my subscription, not you". The match follows "to" or
// "que", and a telling verb with another party ("the other ...", a
// company, the newspaper) comes within sixteen words before it, with no
// "you", "your" or new request in between ("I told you guys to stop
// calling me", "I told the lender no, please tell your people to stop
// calling me").
func toldElsewhereTo(toks []string, m textmatch.Match) bool {
	if m.Start == 0 || toks[m.Start-1] != "to" && toks[m.Start-1] != "que" {
		return false
	}
	// "... and you're still texting", "same goes for you", "you too"
	if rest := toks[m.End:]; stillAtIt(rest) || slices.ContainsFunc(rest, sameForYou.Has) {
		return false
	}
	for k := m.Start - 2; k >= 0 && k >= m.Start-16; k-- {
		switch {
		case toSenderNow.Has(toks[k]) || toks[k] == "your" || toks[k] == "ur" || newRequest.Has(toks[k]):
			// "please tell your people to stop calling me", "I want your
			// bot to stop": the sender told
			return false
		case tellVerbs.Has(toks[k]) && k+2 < m.Start && (toks[k+1] == "the" || toks[k+1] == "al" || toks[k+1] == "a" || toks[k+1] == "that"):
			// another party, not "the agent" or "the company" (often the
			// sender's)
			return formerOnes.Has(toks[k+2]) || toldSenders.Has(toks[k+2])
		}
	}
	return false
}

var (
	tellVerbs   = textmatch.NewSet("told", "tell", "asked", "ask", "dije", "pedi")
	sameForYou  = textmatch.NewSet("same", "too", "either", "also", "tambien", "mismo", "igual", "well", "still", "keep", "keeps")
	newRequest  = textmatch.NewSet("need", "want", "please", "pls", "have", "get", "make", "can", "could")
	toldSenders = textmatch.NewSet("newspaper", "paper", "gym", "magazine", "station", "church", "school", "periodico", "gimnasio", "iglesia")
)

// numberOfThing: the number after the match is of something that is no
// phone: "puse el wrong number de apartamento", "wrong number for the
// unit".
func numberOfThing(toks []string, m textmatch.Match) bool {
	k := m.End
	if k+1 >= len(toks) || toks[k] != "de" && toks[k] != "del" && toks[k] != "of" && toks[k] != "for" && toks[k] != "on" {
		return false
	}
	// the lead wrote it: "puse", "I put", "typed" ("tienen wrong number
	// de la casa" is a wrong person)
	if !textmatch.Before(toks, m.Start, 4, wroteNumber) {
		return false
	}
	if k+2 < len(toks) && (toks[k+1] == "the" || toks[k+1] == "my" || toks[k+1] == "la" || toks[k+1] == "mi" || toks[k+1] == "el") {
		k++
	}
	return numberedThings.Has(toks[k+1])
}

// wroteNumber: the lead wrote a number down.
var wroteNumber = textmatch.NewSet("puse", "put", "wrote", "typed", "entered", "escribi", "gave", "di", "pusimos", "filled")

// numberedThings have numbers that are not phones: a unit, an account.
var numberedThings = textmatch.NewSet("apartamento", "apartment", "apt", "unit", "unidad", "house", "casa", "account", "cuenta", "order",
	"policy", "poliza", "invoice", "factura", "lot", "suite", "room", "cuarto", "claim", "parcel", "model", "serial")

// toldOtherCompany reports a statement the lead made to another company,
// told before the match in its clause: "I told the other lender it was
// the wrong number".
func toldOtherCompany(toks []string, m textmatch.Match) bool {
	// ("... and you're still texting" is this sender; "you guys are
	// still fine to text" is not)
	if stillAtIt(toks[m.End:]) {
		return false
	}
	cs := textmatch.ClauseStart(toks, m.Start)
	for k := cs; k+2 < m.Start; k++ {
		if (toks[k] == "told" || toks[k] == "tell" || toks[k] == "dije") && (toks[k+1] == "the" || toks[k+1] == "al" || toks[k+1] == "a") &&
			(formerOnes.Has(toks[k+2]) || thirdNouns.Has(toks[k+2])) {
			return true
		}
	}
	return false
}

// ownMessage name a message the lead sent: "en mi mensaje anterior", "my
// last text" (lastWords may come between).
var (
	ownMessage = textmatch.NewSet("mensaje", "texto", "message", "text", "msg")
	lastWords  = textmatch.NewSet("ultimo", "last", "previous", "earlier")
)

// countedTexts reports a text counted by its order or as one more: "3rd
// text today", "another text today", "el tercer mensaje" ("another text
// from some crypto guy" is someone else's).
func countedTexts(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		if !textNouns.Has(toks[k+1]) || !textOrdinal(toks[k]) && toks[k] != "another" && toks[k] != "otro" && toks[k] != "otra" {
			continue
		}
		if k+3 < len(toks) && (toks[k+2] == "from" || toks[k+2] == "de") && !toSenderNow.Has(toks[k+3]) {
			continue
		}
		return true
	}
	return false
}

// countedOnes reports an ordinal count before a revocation: "fourth one
// today", "3rd text this week", "third today".
func countedOnes(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		if textOrdinal(toks[k]) && (toks[k+1] == "one" || toks[k+1] == "today" || textNouns.Has(toks[k+1])) {
			return true
		}
	}
	return false
}

// fromSender reports words that point at this sender's texts: "from
// you", "your texts", "de ustedes".
func fromSender(toks []string) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k] == "from" || toks[k] == "de") && toSenderNow.Has(toks[k+1]) || (toks[k] == "your" || toks[k] == "ur" || toks[k] == "sus") && textNouns.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

// textOrdinal reports "3rd", "second", "quinto".
func textOrdinal(w string) bool {
	return ordinalWords.Has(w) || len(w) >= 3 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "st"))
}

var (
	textNouns    = textmatch.NewSet("text", "texts", "message", "messages", "mensaje", "mensajes", "msg", "call", "llamada")
	ordinalWords = textmatch.NewSet("second", "third", "fourth", "fifth", "segundo", "tercer", "tercero", "cuarto", "quinto")
)

// notYours: the lead says, soon after, that what was reported was not
// this sender's: "not yours", "not from you", "no de ustedes" ("No you
// can't call me" refuses, "not you again" groans at the sender).
func notYours(toks []string, m textmatch.Match) bool {
	for k := m.End; k+1 < len(toks) && k < m.End+10; k++ {
		switch {
		case toks[k] == "not" && (toks[k+1] == "yours" || toks[k+1] == "from" && k+2 < len(toks) && toSenderNow.Has(toks[k+2])),
			// "not you guys lol", "not you though, you're fine" ("not you
			// again" groans)
			toks[k] == "not" && toSenderNow.Has(toks[k+1]) && (k+2 == len(toks) || notYouTail.Has(toks[k+2])),
			toks[k] == "no" && (toks[k+1] == "de" || toks[k+1] == "eran" || toks[k+1] == "son") && k+2 < len(toks) && toks[k+2] == "ustedes":
			return true
		}
	}
	return false
}

// notYouTail may follow "not you" that clears the sender.
var notYouTail = textmatch.NewSet("guys", "though", "tho", "lol", textmatch.Break, "folks", "people", "all")

// howToReport: the lead asks how or where spam is reported, a question
// about the means, not a report: "is 7726 the number to report spam?",
// "how do I report spam texts?", "¿cómo se reporta el spam?".
func howToReport(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	// ("where do I report spam like this?" names this sender's)
	if m.Start == cs || slices.ContainsFunc(toks[m.Start:max(m.End, textmatch.ClauseEnd(toks, m.Start))], thisSenderWords.Has) {
		return false
	}
	// ("how do i report spam? 3rd text from you today": the rest of the
	// message points at this sender's texts)
	if fromSender(toks[m.End:]) || countedTexts(toks[m.End:]) {
		return false
	}
	// "the number to report spam", "is 7726 where you report spam?"
	if reportDoer.Has(toks[m.Start-1]) && slices.ContainsFunc(toks[cs:m.Start-1], reportMeans.Has) {
		return true
	}
	// ("how many times do I have to say stop before I report you as
	// spam" counts, it threatens)
	return (toks[cs] == "how" || toks[cs] == "where" || toks[cs] == "como" || toks[cs] == "donde") && cs+1 < m.Start && howToAux.Has(toks[cs+1])
}

var (
	// reportMeans name the way a report is made
	reportMeans = textmatch.NewSet("how", "where", "number", "way", "button", "app", "link", "como", "donde", "numero", "forma", "manera")
	// howToAux follow "how" or "where" in a question about the means
	howToAux = textmatch.NewSet("do", "does", "can", "could", "should", "would", "se", "puedo", "hago", "lo", "los")
	// reportDoer stand before the report in a question about the means:
	// "to report", "where you report", "como se reporta"
	reportDoer = textmatch.NewSet("to", "para", "you", "u", "one", "i", "we", "se", "people")
	// thisSenderWords point at this sender or its messages
	thisSenderWords = textmatch.NewSet("this", "these", "you", "your", "u", "ur", "yall", "esto", "estos", "este", "estas", "ustedes", "su", "sus")
)

// notThisSender: later in the message the lead says it is not about
// this sender: "not you guys", "no por ustedes", "not because of you",
// "not yours".
func notThisSender(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks) && k < m.End+14; k++ {
		if toks[k] != "not" && toks[k] != "no" {
			continue
		}
		j := k + 1
		for j < len(toks) && j < k+3 && aboutWords.Has(toks[j]) {
			j++
		}
		if j < len(toks) && (toSenderNow.Has(toks[j]) || toks[j] == "yours") {
			return true
		}
	}
	return false
}

var aboutWords = textmatch.NewSet("for", "por", "para", "because", "of", "from", "de", "about")

// leadWillStop: the lead promises to stop their own messages to the
// sender: "I'll stop bugging you", "ok I will quit texting you so much".
// The lead's future is right before the stop and "you" right after.
func leadWillStop(toks []string, m textmatch.Match) bool {
	if m.Start < 1 || m.End >= len(toks) || !toSenderNow.Has(toks[m.End]) {
		return false
	}
	switch prev := toks[m.Start-1]; prev {
	case "ill", "gonna", "lemme":
		return true
	case "will":
		return m.Start >= 2 && (toks[m.Start-2] == "i" || toks[m.Start-2] == "we")
	case "me":
		return m.Start >= 2 && toks[m.Start-2] == "let"
	}
	return false
}

// reportedToOthers: "she told them wrong number": reported speech to a
// third party.
func reportedToOthers(toks []string, m textmatch.Match) bool {
	return textmatch.Before(toks, m.Start, 3, dncReportedClass) && textmatch.Before(toks, m.Start, 3, thirdParty)
}

// giveNotRemove: "que me den" removes only as "que me den de baja".
func giveNotRemove(toks []string, m textmatch.Match) bool {
	last := toks[m.End-1]
	if last != "den" && last != "dieran" {
		return false
	}
	return m.End+1 >= len(toks) || toks[m.End] != "de" || toks[m.End+1] != "baja"
}

// prefersContact: "prefiero que me escriban": a preference with no
// negation whose verb is a contact verb asks for contact.
func prefersContact(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < m.End; k++ {
		if textmatch.Negators.Has(toks[k]) {
			return false
		}
	}
	last := toks[m.End-1]
	for _, p := range []string{"recibir", "contact", "escrib", "mensaj", "volv", "envi", "mand"} {
		if strings.HasPrefix(last, p) {
			return true
		}
	}
	return false
}

// asksAboutTerms: "¿puedo darme de baja cuando quiera?", "if I sign up
// can I unsubscribe later whenever I want?": whether leaving is possible
// later, asked before signing up.
// messagesStopThemselves: a question whether the messages end on their
// own: "do the texts just stop?", "will these messages stop"; "make the
// texts stop" is a request.
func messagesStopThemselves(toks []string, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 1 && k >= m.Start-3; k-- {
		if messagingNouns.Has(toks[k]) {
			for j := k - 1; j >= 0 && j >= k-2; j-- {
				if askAux.Has(toks[j]) || toks[j] == "does" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// fromSomeoneElse: the messages not wanted come from a third party named
// after "from": "no more calls from the title company"; "from you" and
// "from this number" are this sender.
func fromSomeoneElse(toks []string, m textmatch.Match) bool {
	for k := m.End; k+1 < len(toks) && k < m.End+3; k++ {
		if toks[k] == textmatch.Break {
			return false
		}
		if toks[k] == "from" {
			// ("from here on out", "from now on": a time)
			return !thisSender.Has(toks[k+1]) && !fromTime.Has(toks[k+1])
		}
	}
	return false
}

// fromTime follow a "from" that starts a time: "from here on out", "from
// now on", "from today"
var fromTime = textmatch.NewSet("here", "now", "today", "tomorrow", "this", "then", "ahora", "hoy")

var (
	thisSender  = textmatch.NewSet("you", "u", "your", "ur", "yall", "this", "these", "y'all", "ya")
	senderNouns = textmatch.NewSet("company", "companies", "guy", "guys", "number", "numbers", "people", "realtor", "agent", "one", "ones", "outfit", "lender", "roofer", "contractor")
)

var (
	// paperThings are mailed papers: "los estados de cuenta en papel"
	paperThings = textmatch.NewSet("estados", "estado", "papel", "facturas", "recibos", "cartas", "statements", "bills", "paper", "letters", "mailers", "flyers", "postcards", "catalogs", "mail")
	// documents a lead may not want yet: "no me manden el contrato"
	esDocs = textmatch.NewSet("contrato", "cotizacion", "papeles", "documentos", "factura", "fotos", "pdf", "propuesta", "presupuesto", "estimado", "link", "links")
	notYet = textmatch.NewSet("todavia", "aun", "yet")
	// whose or which subscription is a paid plan: "our subscription",
	// "the annual subscription"
	planSubscription = textmatch.NewSet("our", "annual", "yearly", "monthly", "team", "company", "premium", "pro", "enterprise", "paid")
)

var (
	// what follows a joke "if you stop texting me": "who else will remind me"
	jokeTail = textmatch.NewSet("who", "miss", "extranaria", "quien", "think")
)

// copyLine: the copies of an email thread, which a lead leaves while
// someone else joins: "take me off the cc", "off the thread".
var copyLine = textmatch.NewSet("cc", "bcc", "ccd", "thread", "chain", "distribution", "copia")

// mustI: a question whether the lead must do it: "do I need to
// unsubscribe", "will I have to opt out".
func mustI(toks []string, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 1 && k >= m.Start-4; k-- {
		if mustWords.Has(toks[k]) {
			// "what do I need to do to unsubscribe" asks how, which is a
			// request
			return toks[k-1] == "i" && k >= 2 && askAux.Has(toks[k-2]) && (k < 3 || !howWords.Has(toks[k-3]))
		}
	}
	return false
}

var (
	// people in general, who opt out in a question about the process
	genericPeople = textmatch.NewSet("people", "folks", "someone", "somebody", "anyone", "anybody", "everyone", "others", "gente", "alguien")
	mustWords     = textmatch.NewSet("have", "need", "must", "gotta")
	askAux        = textmatch.NewSet("do", "will", "would", "should")
	howWords      = textmatch.NewSet("what", "how", "where", "whats")
	saveLead      = textmatch.NewSet("and", "just", "so", "pls", "please", "plz", "ok")
	phoneNouns    = textmatch.NewSet("number", "cell", "phone", "line", "celular", "numero", "telefono", "cel", "movil")
	deleteTargets = textmatch.NewSet("number", "info", "information", "data", "details", "contact", "name", "email", "phone")
	slotLists     = textmatch.NewSet("wait", "waitlist", "waiting", "schedule", "calendar", "route", "roster", "standby", "cancellation")
	featureNouns  = textmatch.NewSet("handling", "feature", "features", "functionality", "management", "support", "capability", "clause", "provision",
		"flow", "flows", "logic", "keywords", "compliance", "scrubbing", "integration", "option", "options", "settings", "setting", "requests",
		// "do your sequences include an opt-out line?"
		"line", "link", "links", "language", "footer", "button", "message", "keyword", "rate", "rates")
)

// otherSenderAfter: the messages named are someone else's, named right
// after them: "llamadas del banco", "de la financiera", "calls from the
// old lender"; "de ustedes", "from you" are the sender's own.
func otherSenderAfter(toks []string, m textmatch.Match) bool {
	k := m.End
	for k < len(toks) && k < m.End+3 && !fromWords.Has(toks[k]) {
		if toks[k] == textmatch.Break {
			return false
		}
		k++
	}
	if k+1 >= len(toks) || !fromWords.Has(toks[k]) {
		return false
	}
	next := toks[k+1]
	if next == "la" || next == "el" || next == "the" || next == "my" || next == "mi" {
		if k+2 >= len(toks) {
			return false
		}
		next = toks[k+2]
	}
	return otherSenders.Has(next)
}

var (
	fromWords = textmatch.NewSet("from", "de", "del")
	// who else sends: "del banco", "from the old lender", "de otra compañía"
	otherSenders = textmatch.NewSet("banco", "bank", "banks", "financiera", "compania", "company", "companies", "lender", "lenders",
		"aseguradora", "insurer", "agente", "agent", "carrier", "old", "previous", "former", "anterior", "otra", "otro", "other",
		"telemarketers", "scammers", "spammers", "cobradores", "collectors", "them", "ellos", "those", "esos", "esas")
	// how often, not whether: "daily updates", "mensajes diarios"
	oftenWords = textmatch.NewSet("daily", "hourly", "constant", "nightly", "diarios", "diarias", "diario", "diaria", "tantos", "tantas")
	joinWords  = textmatch.NewSet("sign", "join", "enroll", "subscribe", "register", "inscribo", "registro", "suscribo", "afilio", "contrato")
)

// fewerNotNone: the messages refused are only the frequent or the many
// ones: "once a week is plenty, I don't need daily updates".
func fewerNotNone(toks []string, m textmatch.Match) bool {
	return slices.ContainsFunc(toks[m.Start:min(len(toks), m.End+3)], oftenWords.Has) ||
		slices.ContainsFunc(toks[m.Start:m.End], manyWords.Has)
}

// manyWords inside the phrase refuse a number of messages, not all of
// them: "do you guys text a lot? I don't want a ton of messages". They
// count only inside the phrase: "I don't want any more texts, thanks a
// lot" still revokes.
var manyWords = textmatch.NewSet("ton", "tons", "bunch", "many", "lot", "lots", "flood", "barrage")

// ifJoining: a question how to leave, asked about joining first: "if I
// sign up and hate it, how do I unsubscribe?", "si me registro ... ¿cómo
// me doy de baja?".
func ifJoining(toks []string, m textmatch.Match) bool {
	for k := 0; k+1 < m.Start; k++ {
		if (toks[k] == "if" || toks[k] == "si") && (textmatch.After(toks, k+1, 3, joinWords) || textmatch.After(toks, k+1, 2, somedayWords)) {
			return true
		}
	}
	return false
}

// stillArriving and arrivingThese: these messages still coming, in the
// clause after an unsubscription
var (
	stillArriving = textmatch.NewSet("llegando", "llegan", "mandando", "escribiendo")
	arrivingThese = textmatch.NewSet("esto", "estos", "estas", "sus", "mensajes", "textos", "ustedes")
)

// unsubscribedHere: words after an unsubscription, in its clause, that
// make it one from these messages or say they still come
var unsubscribedHere = textmatch.NewSet("siguen", "sigue", "todavia", "aun", "still", "llegando", "mandando", "escribiendo",
	"lista", "mensajes", "textos", "pagina", "web", "link", "enlace", "sms")

// somedayWords after "if" make a question about leaving hypothetical: "si
// algún día ya no quiero mensajes, ¿cómo le hago?"
var somedayWords = textmatch.NewSet("algun", "someday", "ever", "later", "eventually", "alguna", "luego", "futuro")

func asksAboutTerms(toks []string, m textmatch.Match) bool {
	return textmatch.Before(toks, m.Start, 2, ableWords) && textmatch.After(toks, m.End, 3, wheneverWords)
}

var (
	ableWords     = textmatch.NewSet("puedo", "podre", "podria", "puede", "pueda", "can", "could")
	wheneverWords = textmatch.NewSet("cuando", "cualquier", "anytime", "any", "whenever", "later", "despues", "luego")
)

var (
	// someone other than the lead, in Spanish or Spanglish stories
	esOtherPeople = textmatch.NewSet("neighbor", "vecina", "vecino", "cunado", "cunada", "hermano", "hermana", "amigo", "amiga",
		"mama", "papa", "esposo", "esposa", "tio", "tia", "primo", "prima", "jefe", "jefa", "ella", "suegra", "suegro", "compadre", "comadre")
	planWords = textmatch.NewSet("plan", "premium", "tier", "policy", "coverage", "poliza", "cobertura", "account", "cuenta", "loan", "membership",
		// a schedule or a payment: "take me off the waitlist for the 9am",
		// "take me off autopay"
		"waitlist", "waiting", "autopay", "schedule", "route", "calendar", "title", "deed", "lease", "shift", "rotation",
		// "take me off the Saturday slot, I picked up a shift"
		"slot", "slots", "appointment", "appointments", "appt", "booking", "reservation",
		// "take me off the application, my wife will apply alone"
		"application", "app", "mortgage", "note", "solicitud",
		// "take us off the flood insurance, keep the home one"
		"insurance", "seguro", "rider")
)

// esPaidPlan: a subscription with a period, a plan or a penalty named is
// a paid plan: "¿hay penalización si cancelo la suscripción anual?".
func esPaidPlan(toks []string, m textmatch.Match) bool {
	return hasWord(toks, "anual", "mensual", "penalizacion", "multa", "cargo", "cobran", "reembolso", "plan", "premium", "gimnasio", "membresia")
}

// voiceNotText: "no me manden mensajes de voz que no los escucho, mejor
// texto": the lead asks for texts instead of voice messages.
func voiceNotText(toks []string, m textmatch.Match) bool {
	for k := m.Start; k+1 < len(toks) && k < m.End+4; k++ {
		if (toks[k] == "mensajes" || toks[k] == "mensaje" || toks[k] == "notas") && toks[k+1] == "de" && k+2 < len(toks) && toks[k+2] == "voz" || toks[k] == "audios" {
			return hasWord(toks, "texto", "textos", "mensaje", "whatsapp", "escrito", "text")
		}
	}
	return false
}

// othersStory: someone of the lead's circle and a verb of telling
// ("mi vecina dice que ya los bloqueó"): the story is theirs.
func othersStory(toks []string, _ textmatch.Match) bool {
	other, told := false, false
	// "mi papá dice que si siguen mandando textos va a hablar con un
	// abogado": the household's threat on more of these messages is the
	// lead's own
	if householdThreat(toks) {
		return false
	}
	for _, w := range toks {
		if esOtherPeople.Has(w) {
			other = true
		}
		if w == "dice" || w == "dijo" || w == "dicen" || w == "says" || w == "said" || w == "cuenta" || w == "conto" {
			told = true
		}
	}
	return other && told
}

// householdThreat reports the household's own threat on more of these
// messages, relayed: "mi papá dice que si siguen mandando textos va a
// hablar con un abogado" (not "mi vecina dice que ya los reportó, mi mamá
// pregunta si siguen teniendo casas"). The kin word says it ("mi papá
// dice", "dice mi papá"), and "si" comes with "siguen" or "vuelven" and
// a verb of sending.
func householdThreat(toks []string) bool {
	said := false
	for k := 1; k < len(toks); k++ {
		if (toks[k] == "dice" || toks[k] == "dijo") && householdSays.Has(toks[k-1]) ||
			(toks[k-1] == "dice" || toks[k-1] == "dijo") && k+1 < len(toks) && toks[k] == "mi" && householdSays.Has(toks[k+1]) {
			said = true
		}
	}
	if !said {
		return false
	}
	for k := 0; k+2 < len(toks); k++ {
		if toks[k] != "si" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if (toks[j] == "siguen" || toks[j] == "vuelven") && j+1 < len(toks) && (esSendingVerbs.Has(toks[j+1]) || toks[j+1] == "a" && j+2 < len(toks) && esSendingVerbs.Has(toks[j+2])) {
				return true
			}
		}
	}
	return false
}

var (
	householdSays  = textmatch.NewSet("mama", "papa", "esposo", "esposa", "abuela", "abuelo", "marido")
	esSendingVerbs = textmatch.NewSet("mandando", "escribiendo", "llamando", "enviando", "textiando", "texteando", "molestando",
		"mandar", "escribir", "llamar", "enviar", "textear", "molestar")
)

// namesMessages: the message names messages or contacting ("texts",
// "mensajes", "texting"), not merely a call.
func namesMessages(toks []string, _ textmatch.Match) bool {
	for _, w := range toks {
		if dncContactnClass.Has(w) || dncContactingClass.Has(w) || dncFcontactnClass.Has(w) {
			return true
		}
	}
	return false
}

// contactInClause: the lead's number or a list in the match's clause.
func contactInClause(toks []string, m textmatch.Match) bool {
	// the clause, or the one before it: "no sé de dónde sacaron este
	// número. Bórrenlo."
	start := textmatch.ClauseStart(toks, m.Start)
	if start > 1 {
		start = textmatch.ClauseStart(toks, start-2)
	}
	for k, end := start, textmatch.ClauseEnd(toks, m.Start); k < end; k++ {
		switch toks[k] {
		case "numero", "telefono", "movil", "celular", "cel", "lista", "contacto", "datos":
			return true
		}
	}
	return false
}

// clauseNamesContact reports a reference to the contact (the messages, a
// verb of contacting, "alone", "paz") in the clause holding token i.
func clauseNamesContact(t textmatch.Text, i int) bool {
	for k := textmatch.ClauseStart(t.Toks, i); k < textmatch.ClauseEnd(t.Toks, i); k++ {
		if namesContact(t, k) {
			return true
		}
	}
	return false
}

// leftOthersLists reports an unsubscription from lists named as many or
// as someone else's, or set against the sender: "unsubscribed from like
// 10 email lists", "from all their alerts", "from spotify not you lol".
// "from your texts", "from the texts" and "from all of it" stay the
// sender's.
func leftOthersLists(toks []string, m textmatch.Match) bool {
	from := -1
	for k := m.End - 1; k < len(toks) && k <= m.End+1; k++ {
		if k >= 0 && (toks[k] == "from" || toks[k] == "de" || toks[k] == "del") {
			from = k
			break
		}
	}
	if from < 0 {
		return false
	}
	// "unsubscribe me from their list too": the lead taken off, whoever's
	// list it is
	if slices.Contains(toks[m.Start:from], "me") || slices.Contains(toks[m.Start:from], "us") {
		return false
	}
	end := min(textmatch.ClauseEnd(toks, from), from+7)
	for k := from + 1; k < end; k++ {
		switch w := toks[k]; {
		case senderObj.Has(w) && w != "list" && w != "them" && w != "it":
			return false
		case w == "their" || w == "his" || w == "her":
			return true
		case w == "not" && k+1 < len(toks) && (toks[k+1] == "you" || toks[k+1] == "yall" || toks[k+1] == "u" || toks[k+1] == "yours"):
			return true
		case isCount(w) && k+2 < len(toks) && (messagingNouns.Has(toks[k+1]) || listWords.Has(toks[k+1]) || messagingNouns.Has(toks[k+2]) || listWords.Has(toks[k+2])):
			return true
		}
	}
	return false
}

// isCount reports a number of two or more: "10", "forty".
func isCount(w string) bool {
	if n, ok := textmatch.NumberWord(w); ok {
		return n >= 2
	}
	return textmatch.AllDigits(w) && w != "0" && w != "1"
}

// refusalLeadIns before "use this number" refuse it.
var refusalLeadIns = textmatch.NewSet("dont", "not", "never", "longer", "stop", "quit", "no")

// reachedLead in "no sense" in anybody reaching out again" make the
// lead the one reached.
var reachedLead = textmatch.NewSet("me", "us", "out", "here")

// limitedAfterEn reports a time limit within four tokens of i: "until
// after the holidays", "at 6am", "till June", "before noon".
func limitedAfterEn(toks []string, i int) bool {
	for k := i; k < len(toks) && k < i+4 && toks[k] != textmatch.Break; k++ {
		if enTimeLimits.Has(toks[k]) || toks[k] == "for" && k+1 < len(toks) && forSpans.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

var (
	enTimeLimits = textmatch.NewSet("until", "till", "til", "after", "before", "at", "during", "today", "tonight", "later", "then")
	// "for now", "for a while", "for the next month" (not "for good")
	forSpans = textmatch.NewSet("now", "a", "the", "awhile", "like", "about", "couple", "few", "this")
)

// lastButNot after "the last text" make it the last of something else:
// "the last text before I decide", "the last one of the day".
var lastButNot = textmatch.NewSet("before", "until", "till", "of", "for", "today", "tonight")

// leftBeInClause reports "leave me|us be|alone" or "déjame en paz" in
// the clause of toks[i].
func leftBeInClause(toks []string, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	for k := cs; k+2 < ce; k++ {
		if toks[k] == "leave" && (toks[k+1] == "me" || toks[k+1] == "us") && (toks[k+2] == "be" || toks[k+2] == "alone") {
			return true
		}
		if leftInPeace.Has(toks[k]) && toks[k+1] == "en" && toks[k+2] == "paz" {
			return true
		}
	}
	return false
}

var leftInPeace = textmatch.NewSet("dejame", "dejeme", "dejenme", "dejanos", "dejenos")

// shortUnits bound a pause within the day: "leave me be for about an
// hour" (not "for a while", "for a couple weeks").
var shortUnits = textmatch.NewSet("hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "hora", "horas", "rato", "ratito", "minutos")

// hoursOnly reports a stop bound to a time of day or a day, with another
// time welcomed in a clause of its own: "quit texting me at 6am lol,
// afternoons are better", "los domingos no me escriban, entre semana sin
// problema", "after 3pm is ok to call" (the welcome may name the call).
// Without the other time it stays a request to stop.
func hoursOnly(t textmatch.Text) bool {
	if t.HasAny(forGood) || !t.HasAny(timeWelcome) && !t.HasAnyWord(siWord) {
		return false
	}
	limited, welcome := false, false
	for s := 0; s < len(t.Toks); {
		e := textmatch.ClauseEnd(t.Toks, s)
		// "Good morning.", "Buenas tardes": a greeting welcomes no time
		if s+1 < e && greetingTime(t.Toks[s], t.Toks[s+1]) {
			s = e + 1
			continue
		}
		slot, ok := false, false
		for k := s; k < e; k++ {
			w := t.Toks[k]
			slot = slot || timeSlots.HasID(t.IDs[k]) || clockTime(w) ||
				k > s && clockPreps.Has(t.Toks[k-1]) && textmatch.AllDigits(w) ||
				// the time named before, pointed back to: "after that todo
				// bien", "después de eso sí" (blind71, stop 71)
				w == "that" && k > s && t.Toks[k-1] == "after" || w == "eso" && k > s+1 && t.Toks[k-1] == "de" && t.Toks[k-2] == "despues"
			// "en la tarde sí", "después sí": a yes that ends the clause
			ok = ok || timeWelcome.HasID(t.IDs[k]) || w == "si" && k == e-1 && k > s
		}
		if slot {
			contact := clauseNamesContact(t, s)
			limited = limited || contact && !ok
			// a welcome that names the call must say so plainly: "after
			// 3pm is ok to call", not "is it ok to call anyone at 6am??"
			// nor "who thinks it's ok to call at 11pm?"
			welcome = welcome || ok && (!contact || !askingOpen.Has(t.Toks[s]) && !slices.ContainsFunc(t.Toks[s:e], askingWho.Has) &&
				!slices.ContainsFunc(t.Toks[s:e], textmatch.Negators.Has))
		}
		s = e + 1
	}
	return limited && welcome
}

// propertyOff reports a home or a listing named just before "off the
// list", with no word of the lead's or of the line among those words:
// "scratch the Elm street house off the list, it sold", "take the Fort
// Lowell house off the list you sent me" ("I'd be taken off the list"
// after a home show is the lead's).
func propertyOff(toks []string, m textmatch.Match) bool {
	cs := max(textmatch.ClauseStart(toks, m.Start), m.Start-6)
	span := toks[cs:m.Start]
	return slices.ContainsFunc(span, propertyNouns.Has) && !slices.ContainsFunc(span, dncMynClass.Has) && !slices.ContainsFunc(span, firstPerson.Has)
}

// propertyNouns name a home or a listing a lead may strike from a list.
var propertyNouns = textmatch.NewSet("house", "home", "property", "place", "listing", "lot", "unit", "condo", "duplex", "townhouse", "land", "acres",
	"casa", "propiedad", "terreno", "lote")

// othersSubscription reports a subscription owned by someone else, named
// in the match or just after it: "cancel my father's subscription",
// "cancel his subscription", "cancel the subscription of (or for) my late
// husband".
func othersSubscription(toks []string, m textmatch.Match) bool {
	for k := m.Start + 1; k < m.End-1; k++ {
		if ownerOthers.Has(toks[k]) {
			return true
		}
	}
	return m.End+2 < len(toks) && (toks[m.End] == "of" || toks[m.End] == "for") &&
		(ownerOthers.Has(toks[m.End+1]) || toks[m.End+1] == "my" && relativeNouns.Has(toks[m.End+2]))
}

// relativeNouns name the family member a subscription may belong to, and
// "late" before one: "the subscription for my late father".
var relativeNouns = textmatch.NewSet("late", "father", "mother", "dad", "mom", "husband", "wife", "son", "daughter", "brother", "sister",
	"grandma", "grandpa", "aunt", "uncle")

// ownerOthers own a subscription that is not the lead's: "my fathers",
// "his".
var ownerOthers = textmatch.NewSet("his", "her", "their", "fathers", "mothers", "dads", "moms", "husbands", "wifes", "sons", "daughters",
	"brothers", "sisters", "grandmas", "grandpas", "aunts", "uncles", "partners", "fiances", "grandmothers", "grandfathers")

var (
	// words that open a question: "is it ok to call at 6am?"
	askingOpen = textmatch.NewSet("is", "are", "does", "do", "who", "how", "what", "why", "since", "when", "es", "quien", "desde", "como")
	// whoever is asked about: "who thinks it's ok"
	askingWho = textmatch.NewSet("who", "whoever", "anyone", "anybody", "quien")
)

// greetingTime reports a greeting that names a time of day: "good
// morning", "buenas tardes", "buenos días".
func greetingTime(a, b string) bool {
	return (a == "good" || a == "buenas" || a == "buenos") && (timeSlots.Has(b) || b == "dias")
}

// clockTime reports a time of day written as one token: "6am", "7pm".
func clockTime(w string) bool {
	w, ok := strings.CutSuffix(w, "am")
	if !ok {
		w, ok = strings.CutSuffix(w, "pm")
	}
	return ok && w != "" && textmatch.AllDigits(w)
}

var (
	timeSlots = textmatch.NewSet("morning", "mornings", "night", "nights", "evening", "evenings", "afternoon", "afternoons", "weekend",
		"weekends", "weekday", "weekdays", "sunday", "sundays", "saturday", "saturdays", "domingo", "domingos", "sabado", "sabados",
		"noche", "noches", "tarde", "tardes", "madrugada", "semana", "finde", "mananas", "early", "temprano", "lunch", "midnight",
		"noon", "mediodia", "despues", "afterwards")
	timeWelcome = textmatch.NewSet("better", "fine", "ok", "good", "works", "problema", "bien", "mejor", "perfecto").Gated()
	// clockPreps before a bare number make it a time of day: "entre las
	// 9 y las 5", "after 5", "before 7"
	clockPreps = textmatch.NewSet("las", "at", "after", "before", "until", "past", "antes", "despues")
	forGood    = textmatch.NewSet("ever", "again", "anymore", "never", "nunca", "jamas", "more", "mas", "permanently", "forever", "further").Gated()
	// siWord is the Spanish yes that may welcome a time ("en la tarde
	// sí"), looked for in the text's filter before its tokens
	siWord = textmatch.NewSet("si")
)

// goingThrough are the verbs of a time the lead lives through, not a
// pause asked for: "pasando por un momento difícil", "going through a
// rough patch".
var goingThrough = textmatch.NewSet("pasando", "atravesando", "passing", "going", "pasamos", "paso", "atravieso", "viviendo")

// pauseCue are the tokens the loop of pauseOnly tests: the permanence,
// until, today and resume words, and the few it compares by spelling.
var pauseCue = textmatch.Union([]textmatch.Set{permanence, untilWords, todayWords, resumeWords},
	"ya", "for", "por", "un", "una", "now", "week", "semana", "before", "antes", "give", "denos", "deme", "dame", "a", "an")

// nowAndLater reports "now or later" or "ahora ni despues" in toks, as
// textmatch.ContainsSeq does for each, in one pass that compares the
// tokens with constants (most tokens are neither "now" nor "ahora").
func nowAndLater(toks []string) bool {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i] {
		case "now":
			if toks[i+1] == "or" && toks[i+2] == "later" {
				return true
			}
		case "ahora":
			if toks[i+1] == "ni" && toks[i+2] == "despues" {
				return true
			}
		}
	}
	return false
}

// pauseOnly reports a request bounded in time that resumes contact:
// "leave me alone for like an hour, then text me the numbers", "no me
// escribas hasta el lunes", "no me textees hoy, mañana hablamos". It asks
// for a pause, not a revocation. Anything open-ended or permanent keeps
// the request an opt-out: "until further notice", "until I reach out",
// "never again", "not today or ever", "ya no".
func pauseOnly(t textmatch.Text) bool {
	toks, ids := t.Toks, t.IDs
	// "no reason for your bank to be texting me now or later": both
	// refused
	if nowAndLater(toks) {
		return false
	}
	bounded, today, resume, untilThen := false, false, false, false
	for i, id := range ids {
		// a token that is none of the words below takes part in no test:
		// most of a message
		if !pauseCue.HasID(id) {
			continue
		}
		w := toks[i]
		if permanence.HasID(id) || w == "ya" && i+1 < len(toks) && toks[i+1] == "no" {
			return false
		}
		switch {
		case untilWords.HasID(id):
			if i+1 < len(toks) && openEnded.HasID(ids[i+1]) {
				return false
			}
			// "until then" bounds only a time named elsewhere ("mi nieto me
			// ayuda los domingos, ¿puede esperar hasta entonces?"), not "if
			// I need you I'll reach out, until then don't text me"
			if i+1 < len(toks) && (toks[i+1] == "then" || toks[i+1] == "entonces") {
				untilThen = true
				continue
			}
			// "¿hasta cuándo me van a seguir mandando esto?", "you got till
			// sundown to quit blowing my phone up": a question how long, or
			// a deadline to stop by, bounds nothing
			if i+1 < len(toks) && toks[i+1] == "cuando" && (i == 0 || toks[i-1] == textmatch.Break) || deadlineTo(toks, i) {
				continue
			}
			// "nothing to talk about until 2027 at the earliest": a year away
			// is no pause
			if i+1 < len(toks) && len(toks[i+1]) == 4 && textmatch.AllDigits(toks[i+1]) {
				continue
			}
			// ("I'm on a rigging call til 3", "we're in Moab till Tuesday":
			// where the lead is until then, not the messages)
			bounded = bounded || i+1 < len(toks) && toks[i+1] != textmatch.Break && clauseNamesContact(t, i) && !leadStateUntil(toks, i)
		case w == "for" || w == "por":
			// "for like an hour", "for the next few days", "por unas horas";
			// not how long the messages have come: "every day for two
			// weeks", "for the past month", nor a hard time the lead goes
			// through: "estoy pasando por un momento muy difícil"
			// nor the stay of the one who writes: "Mom handed me her phone
			// while I'm here for the week"
			if pastSpan(toks, i) || i > 0 && goingThrough.Has(toks[i-1]) || i > 0 && hereForStay.Has(toks[i-1]) {
				continue
			}
			for k := i + 1; k < len(toks) && k <= i+4 && toks[k] != textmatch.Break; k++ {
				// ("I drive for Lyft all day": whom the lead works for, not
				// how long to wait; blind76, stop 73)
				if !durationUnits.HasID(ids[k]) && !spanWords.Has(toks[k]) && !isCount(toks[k]) && !spanExtra.Has(toks[k]) {
					break
				}
				if durationUnits.HasID(ids[k]) && !rateOf(toks, w, i, k) {
					// "leave me alone for a couple hours", not "nothing to
					// revisit for a while. please take me out of the sequence"
					// ("leave me be for about an hour" asks the same of the
					// sender, no contact word needed)
					bounded = bounded || clauseNamesContact(t, i) || shortUnits.HasID(ids[k]) && leftBeInClause(toks, i) ||
						// ("Leave me be for about a week, crab opener. Then we'll
						// talk": a longer span with the talk after it named)
						leftBeInClause(toks, i) && talkThen(toks[k:])
					break
				}
			}
		case (w == "un" || w == "una") && i+1 < len(toks) && shortSpan.HasID(ids[i+1]) && !(i > 1 && toks[i-1] == "por" && goingThrough.Has(toks[i-2])):
			// "déjeme en paz un ratito que ando manejando": a short while,
			// no preposition needed in Spanish
			bounded = true
		case (w == "a" || w == "an") && i > 0 && (toks[i-1] == "be" || toks[i-1] == "alone") && i+1 < len(toks) && briefSpan.Has(toks[i+1]) && leftBeInClause(toks, i):
			// "leave me be a minute, I'm at the hospital with my daddy":
			// a short while, no preposition (blind59, stop 66)
			bounded = true
		case (w == "before" || w == "antes") && dayNext(toks, i+1):
			// "me hace el favor de no mandarme la oferta antes del viernes,
			// que mi esposo regresa ese día": not before a day is after it
			bounded = bounded || clauseNamesContact(t, i)
		case (w == "give" || w == "denos" || w == "deme" || w == "dame") && i+3 < len(toks) && durationUnits.Has(toks[min(i+3, len(toks)-1)]) || (w == "give") && i+2 < len(toks) && durationUnits.Has(toks[i+2]):
			// "please give us two weeks and then message again"
			bounded = bounded || clauseNamesContact(t, i) || textmatch.ContainsSeq(toks, "then", "message") || textmatch.ContainsSeq(toks, "then", "text")
		case w == "now" && i > 0 && toks[i-1] == "for":
			// "for now" is at present, no day: "we've gone another
			// direction for now ... pause all messages until then"
		case todayWords.HasID(id), (w == "week" || w == "semana") && i > 0 && (toks[i-1] == "this" || toks[i-1] == "esta"):
			// "esta semana no me escriba, estoy de viaje. El lunes seguimos"
			today = true
		case resumeWords.HasID(id) && !(i > 0 && (toks[i-1] == "not" || toks[i-1] == "ni" || toks[i-1] == "never" || toks[i-1] == "nunca" || toks[i-1] == "a" || toks[i-1] == "un")) &&
			!(w == "later" && textmatch.Before(toks, i, 3, laterRefused)):
			// ("y'all just text people at 6am on a Sunday now?": any
			// Sunday is no day to resume on, blind75, stop 73)
			// ("not now and not later" refuses both, as does "not a fit
			// now, not a fit later")
			resume = true
		}
	}
	// "hablamos el lunes", "text me tomorrow": a time contact resumes;
	// not a day told of something else ("we closed on the house friday",
	// "I'll leave you a review this weekend"), checked only when it
	// decides
	if resume && (today || untilThen) && !bounded {
		resume = false
		for i, id := range ids {
			// (not a day told in the past, "I asked the lady on the phone
			// Monday to take me off", nor the lead's own errand, "im
			// sending screenshots to the attorney generals office
			// tomorrow")
			if resumeWords.HasID(id) && (toks[i] == "hablamos" || toks[i] == "seguimos" ||
				(clauseNamesContact(t, i) || resumeVerbNear(t, i)) && !pastClause(toks, i) && !leadActsAlone(toks, i)) {
				resume = true
				break
			}
		}
	}
	return bounded || today && resume || untilThen && (today || resume)
}

// rateOf reports a duration unit at toks[k] that is a rate, after "for"
// or "por" at toks[i]: "tres mensajes por día", "I drive for Uber twelve
// hours a day" (not "leave me alone for a couple hours").
func rateOf(toks []string, w string, i, k int) bool {
	if w == "por" && k == i+1 {
		return true
	}
	if !(k+2 < len(toks) && (toks[k+1] == "a" || toks[k+1] == "per" || toks[k+1] == "al" || toks[k+1] == "por") && durationUnits.Has(toks[k+2])) {
		return false
	}
	// a rate of something else between "for" and the count ("for Uber
	// twelve hours a day"), not a pause taken so often ("leave me alone
	// for a few hours a day")
	for j := i + 1; j < k; j++ {
		if !spanWords.Has(toks[j]) && !isCount(toks[j]) && toks[j] != "one" && toks[j] != "1" {
			return true
		}
	}
	return false
}

// spanExtra may stand between "for" and a duration besides spanWords:
// "for two whole days", "for one more week".
var spanExtra = textmatch.NewSet("whole", "full", "entire", "more", "another", "extra", "several", "one", "1", "otra", "otro", "mas")

// spanWords may stand between "for" and a duration: "for a few hours",
// "for like an hour".
var spanWords = textmatch.NewSet("a", "an", "the", "few", "couple", "of", "like", "about", "around", "some", "next", "un", "una", "unas", "unos")

// leadStateUntil reports an "until" at toks[i] that bounds where or how
// the lead is, with the lead the subject of its clause and no one
// contacted before it: "I'm on a rigging call til 3", "I am staying in
// this house until the Lord calls me home", "we're in Moab till Tuesday"
// (not "don't text me until Monday", "I'd rather you not text until
// after the holidays").
func leadStateUntil(toks []string, i int) bool {
	lead := false
	for k := textmatch.ClauseStart(toks, i); k < i; k++ {
		// ("I don't want any texts until January": the request's bound)
		if textsNamed.Has(toks[k]) || untilRefusals.Has(toks[k]) {
			return false
		}
		switch toks[k] {
		case "me", "us", "you", "u", "yall", "nos", "nadie":
			return false
		case "im", "i", "we", "were", "ill", "well", "estoy", "estamos", "ando", "andamos",
			// (or of the household: "my husband is out on the boat till
			// Sunday")
			"hes", "shes", "theyre", "esta", "estan", "anda":
			lead = true
		case "is", "was":
			lead = lead || k > 0 && household.Has(toks[k-1])
		}
	}
	return lead
}

// deadlineTo reports "until" at i giving the sender a deadline to stop
// by: "y'all got till sundown to quit", "you have until Friday to take
// me off" (a "to" after the time, a "got" or "have" before it).
func deadlineTo(toks []string, i int) bool {
	if i == 0 || toks[i-1] != "got" && toks[i-1] != "have" && toks[i-1] != "tienen" {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4 && toks[k] != textmatch.Break; k++ {
		if toks[k] == "to" || toks[k] == "para" {
			return true
		}
	}
	return false
}

// untilRefusals before "until" make it bound a request: "I don't need
// calls until after the holidays".
var untilRefusals = textmatch.NewSet("dont", "want", "need", "no", "not", "calls", "quiero", "necesito")

// pastClause reports a verb of the past in the clause of toks[i]: "I
// asked the lady on the phone Monday to take me off".
func pastClause(toks []string, i int) bool {
	return slices.ContainsFunc(toks[textmatch.ClauseStart(toks, i):textmatch.ClauseEnd(toks, i)], pastVerbs.Has)
}

var pastVerbs = textmatch.NewSet("asked", "told", "said", "replied", "texted", "sent", "called", "did", "was", "got", "had", "emailed", "wrote",
	"pedi", "dije", "mande", "conteste", "llame")

// leadActsAlone reports a clause of toks[i] whose subject is the lead and
// that names no one of the sender's: "im sending screenshots to the
// attorney generals office tomorrow" (not "I'll text you Monday").
func leadActsAlone(toks []string, i int) bool {
	lead := false
	for _, w := range toks[textmatch.ClauseStart(toks, i):textmatch.ClauseEnd(toks, i)] {
		// ("I'll reach out tomorrow", "we'll talk tomorrow": contact
		// again)
		if resumeVerbs.Has(w) {
			return false
		}
		switch w {
		case "you", "u", "yall", "your", "ur", "te", "les", "le", "ustedes", "usted":
			return false
		case "im", "ill", "i", "we", "were", "well":
			lead = true
		}
	}
	return lead
}

// givenEarlier: a number the lead gave earlier, corrected ("wrong number
// earlier").
var givenEarlier = textmatch.NewSet("earlier", "antes", "before")

// howAsked asks how: "how to unsubscribe from Zillow emails?"
var howAsked = textmatch.NewSet("how", "como")

// nextWord: "you're next", after a competitor's emails left.
var nextWord = textmatch.NewSet("next")

// otherPortals: listing sites and the like whose emails a lead may ask
// how to leave.
var otherPortals = textmatch.NewSet("zillow", "redfin", "trulia", "realtor", "realtorcom", "opendoor", "offerpad", "homes", "craigslist",
	"facebook", "nextdoor", "linkedin", "amazon", "groupon", "yelp", "angi", "thumbtack", "homeadvisor")

// leadOrLine: the lead or the line, taken off a list: what "take the
// ... off the list" must not name for a thing to be meant.
var leadOrLine = textmatch.NewSet("number", "phone", "cell", "line", "name", "contact", "info", "household", "family", "account",
	"landline", "cellphone", "mobile")

// englishAfterQuite: the word after English "quite a" ("quite a number").
var englishAfterQuite = textmatch.NewSet("number", "lot", "few", "bit", "while", "deal", "list", "good", "nice", "big", "long", "ways", "price", "sum", "view")

// othersNumber: whose number, after "don't text my": "my mom's number".
var othersNumber = textmatch.NewSet("moms", "mothers", "dads", "fathers", "wifes", "husbands", "sons", "daughters", "sisters", "brothers",
	"grandmas", "grandpas", "aunts", "uncles", "old", "previous", "other", "work", "ex", "exs")

// competitorWords name another sender left: "unsubscribed from your
// competitor's emails".
var competitorWords = textmatch.NewSet("competitor", "competitors", "competition", "competencia")

// eventNouns: what a list may be for besides messages ("still on your
// list for the open house").
var eventNouns = textmatch.NewSet("open", "house", "showing", "showings", "tour", "tours", "waitlist", "event", "class", "raffle", "drawing", "webinar", "auction")

// otherChannels: another way to reach the lead, wanted instead.
var otherChannels = textmatch.NewSet("calling", "call", "email", "emailing", "phone", "phoning", "llamar", "llamando")

// threadTopic: the word after a thread that names what it is about.
var threadTopic = textmatch.NewSet("on", "about", "for", "with", "regarding", "re")

// insteadWords: another way of reaching the lead wanted instead.
var insteadWords = textmatch.NewSet("instead", "not", "rather")

// goneWished: the wish before "my number gone": "I want my number gone".
var goneWished = textmatch.NewSet("want", "need", "like", "get", "have", "wanted", "expect", "appreciate")

// senderOwned: what the sender keeps a number in, after "from": "gone from
// your system".
var senderOwned = textmatch.NewSet("your", "ur", "yall")

// hereForStay: a visit's stay before "for": "while I'm here for the week".
var hereForStay = textmatch.NewSet("here", "visiting", "staying", "town")

// laterRefused: the words a few before "later" that refuse it ("not a
// fit later", "nor any time later").
var laterRefused = textmatch.NewSet("not", "nor", "never", "ni", "nunca", "wont")

// dayNext reports a day named at toks[i], after an article or "de":
// "before friday", "antes del viernes", "antes de mañana".
func dayNext(toks []string, i int) bool {
	for i < len(toks) && (toks[i] == "del" || toks[i] == "de" || toks[i] == "el" || toks[i] == "the" || toks[i] == "this") {
		i++
	}
	return i < len(toks) && resumeWords.Has(toks[i]) && toks[i] != "later" && toks[i] != "luego"
}

// asksEffect reports a question whose subject is a thing or a step, not
// the sender, asking whether it stops the messages: "will unsubscribing
// from your email newsletter also stop the appointment reminders?",
// "does that stop the texts too?". "Can you stop the texts?" and "would
// it be possible to stop the texts?" ask the sender.
func asksEffect(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	if cs+1 >= m.Start || !effectAux.Has(toks[cs]) || senderSubject.Has(toks[cs+1]) {
		return false
	}
	for k := cs; k < m.Start; k++ {
		if toks[k] == "possible" || toks[k] == "please" || toks[k] == "pls" {
			return false
		}
	}
	return true
}

var (
	effectAux     = textmatch.NewSet("will", "would", "does", "do", "did", "is", "can", "could", "should")
	senderSubject = textmatch.NewSet("you", "u", "ya", "yall", "someone", "somebody", "anyone", "anybody", "we", "i")
)

// forThese follow "don't use it for": the sender's messages
var forThese = textmatch.NewSet("this", "that", "these", "those", "marketing", "sales", "ads", "promotions", "texts", "messages", "solicitations")

// accountThings are what a person is taken off that is no message list
var accountThings = textmatch.NewSet("loan", "title", "deed", "policy", "lease", "mortgage", "account", "insurance", "prestamo", "titulo",
	"escrituras", "poliza", "hipoteca", "contrato", "contract", "plan",
	// "does he sign a quitclaim or does the lender just take him off?"
	"refi", "refinance", "lender", "quitclaim", "equity")

// describedPerson is the subject of "doesn't text", said of someone
var describedPerson = textmatch.NewSet("he", "she", "they", "hes", "shes", "theyre", "it", "who", "mom", "dad", "grandma", "grandpa",
	"grandmother", "grandfather", "mother", "father", "husband", "wife", "son", "daughter", "tenant", "tenants")

// resumeVerbNear reports a verb of talking again in the clause of the
// day at i: "talk tomorrow", "try me monday", "maybe later".
func resumeVerbNear(t textmatch.Text, i int) bool {
	return resumeVerbs.HasAnyToken(t.Toks, t.IDs, textmatch.ClauseStart(t.Toks, i), textmatch.ClauseEnd(t.Toks, i))
}

var resumeVerbs = textmatch.NewSet("talk", "try", "reach", "ping", "circle", "catch", "maybe", "hablamos", "hablemos", "escribeme", "escribame", "escribanme", "luego", "later", "then", "again", "back")

// deniedWrongNumber: "wrong number?" asked back and denied in the next
// clause: "no, this is Greg", "no, sí soy yo".
func deniedWrongNumber(toks []string, m textmatch.Match) bool {
	k := m.End
	for k < len(toks) && toks[k] == textmatch.Break {
		k++
	}
	if k == m.End || k >= len(toks) || toks[k] != "no" && toks[k] != "nope" && toks[k] != "nah" {
		return false
	}
	// "wrong number, no soy Carlos": I am not the one asked for, which
	// confirms it ("no, sí soy yo" denies it)
	if k+1 < len(toks) && toks[k+1] == "soy" {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if toks[j] == "this" || toks[j] == "soy" || toks[j] == "me" || toks[j] == "yo" || toks[j] == "its" || toks[j] == "im" {
			return true
		}
	}
	return false
}

// slotMoved: a place in a queue or a schedule, not a contact list, or a
// place moved ("take me off the wait list for saturday and put me on
// for next saturday").
func slotMoved(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < len(toks) && k < m.End+3; k++ {
		if slotLists.Has(toks[k]) {
			return true
		}
	}
	return hasWord(toks[m.End:], "put")
}

// pastSpan reports the "for" at i measuring what has happened: "every
// day for two weeks", "for the past month", "texting me for weeks now".
func pastSpan(toks []string, i int) bool {
	for k := i - 1; k >= 0 && toks[k] != textmatch.Break; k-- {
		if spanHistory.Has(toks[k]) {
			return true
		}
	}
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k] != textmatch.Break; k++ {
		if toks[k] == "past" || toks[k] == "last" || toks[k] == "now" || toks[k] == "straight" || toks[k] == "already" {
			return true
		}
	}
	return false
}

var (
	// words that make a span a history: "every day for", "been ... for"
	spanHistory = textmatch.NewSet("every", "each", "daily", "been", "texted", "called", "texting", "calling", "todos", "cada")
	permanence  = textmatch.NewSet("ever", "again", "anymore", "never", "nunca", "jamas", "more", "mas", "permanently", "forever",
		"further", "stop", "unsubscribe", "remove", "list", "lista", "baja")
	untilWords = textmatch.NewSet("until", "til", "till", "untill", "hasta")
	openEnded  = textmatch.NewSet("further", "nuevo", "i", "yo", "we", "nosotros", "aviso", "notice", "que", "you", "luego",
		// "dejamos los mensajitos hasta aquí": up to here, an end
		"aqui", "aca", "ahi")
	durationUnits = textmatch.NewSet("minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks",
		"bit", "while", "hora", "horas", "dia", "dias", "semana", "semanas", "rato", "minutos")
	shortSpan = textmatch.NewSet("rato", "ratito", "momento", "momentito")
	// things sent that "these" may name in "I don't want these coming to
	// me anymore"
	// sentGoods are things a shop sends that are not messages
	sentGoods = textmatch.NewSet("paquete", "paquetes", "pedido", "pedidos", "producto", "productos", "caja", "cajas", "par", "zapatos",
		"mercancia", "muestra", "muestras", "ropa", "envio", "orden", "package", "order", "box")
	mailedThings = textmatch.NewSet("bills", "statements", "letters", "flyers", "mail", "mailers", "packages", "signs", "papers", "catalogs",
		"boxes", "deliveries", "magazines", "postcards", "checks", "invoices", "samples", "brochures")
	// "I don't want these coming ... without the photos / at 6am"
	withoutOrAt = textmatch.NewSet("without", "unless", "at")
	// what was left or refused before "same goes for the texts"
	leftBefore = textmatch.NewSet("baja", "unsubscribed", "unsubscribe", "removed", "remove", "quitaron", "quiten", "quitar", "blocked", "bloquee", "opted", "stop", "alto")
	// a short while in English, right after "leave me be"
	briefSpan   = textmatch.NewSet("minute", "min", "sec", "second", "moment", "bit", "hour", "couple", "few")
	todayWords  = textmatch.NewSet("today", "tonight", "rn", "hoy", "ahorita", "now")
	resumeWords = textmatch.NewSet("tomorrow", "manana", "later", "luego", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "sundays", "saturdays", "weekend", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
		"sabados", "domingos", "hablamos", "seguimos")
	esUnable = textmatch.NewSet("se", "sabe", "sabemos", "puedo", "puede", "podemos", "pude", "logro")
)

// capsAmount: "no more" right after an amount or a cap ("hasta 6 mil
// max, no más", "300 tops, no more") limits the money, not the messages.
func capsAmount(toks []string, m textmatch.Match) bool {
	k := m.Start - 1
	for k >= 0 && toks[k] == textmatch.Break {
		k--
	}
	for j := k; j >= 0 && j >= k-3 && toks[j] != textmatch.Break; j-- {
		w := toks[j]
		if amountCap.Has(w) || wordAmount(toks, j) || w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$') {
			return true
		}
	}
	// "unos 50 dólares al mes es lo que puedo pagar, no más": the clause
	// before says what the lead can pay
	money, pay := false, false
	// (and the clause before it: "tengo 7 mil para el enganche, eso es
	// lo que hay, no más")
	breaks := 0
	for j := k; j >= 0; j-- {
		if toks[j] == textmatch.Break {
			if breaks++; breaks > 1 {
				break
			}
			continue
		}
		w := toks[j]
		money = money || amountCap.Has(w) || wordAmount(toks, j) || w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$')
		pay = pay || payWords.Has(w)
	}
	return money && pay
}

// payWords make money in the clause before "no más" what the lead can
// spend: "unos 50 dólares al mes es lo que puedo pagar, no más",
// "tenemos como trescientos al año para eso, no más" (what they have
// for it).
var payWords = textmatch.NewSet("pagar", "pago", "gastar", "pay", "spend", "afford", "budget", "presupuesto",
	"tenemos", "tengo", "tienen", "contamos", "alcanza", "have", "got",
	// "nos llegó el refund de 7 mil y eso es lo que hay, no más"
	"hay")

var amountCap = textmatch.NewSet("max", "maximo", "tops", "top", "mil", "thousand", "grand", "k", "dolares", "dollars", "bucks", "mes", "month")

// numberWordsCap are amounts in words, a cap only when no count of
// messages or times follows: "algo de unos doscientos cincuenta, no más",
// not "ya van como cuarenta llamadas esta semana. No más."
var numberWordsCap = textmatch.NewSet("cien", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
	"veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "hundred", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

// countedNouns after a number make it a count, not money.
var countedNouns = textmatch.NewSet("mensajes", "textos", "llamadas", "veces", "texts", "calls", "times", "messages", "correos", "emails")

// wordAmount reports a number word at j that names money: no count noun
// after it, no "número" before it.
func wordAmount(toks []string, j int) bool {
	if !numberWordsCap.Has(toks[j]) || j > 0 && toks[j-1] == "numero" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if countedNouns.Has(toks[k]) {
			return false
		}
	}
	return !slices.ContainsFunc(toks, countedNouns.Has)
}

// wholeClause: nothing follows the match in its clause.
func wholeClause(toks []string, m textmatch.Match) bool {
	return m.End >= len(toks) || toks[m.End] == textmatch.Break
}

// atAllForGood: words that make a time after "at all" forever, not a
// window ("this year or next").
var atAllForGood = textmatch.NewSet("ever", "again", "anymore", "forever", "next", "period", "nunca")

// atAll: toks[k:] starts with "at all", which widens a refusal ("don't
// text me at all") where "at" would otherwise start a time ("at 6am").
func atAll(toks []string, k int) bool {
	return k+1 < len(toks) && toks[k] == "at" && toks[k+1] == "all"
}

// wholeClauseOrAtAll: nothing but "at all" and politeness follows the
// match in its clause: "do not text at all", "don't message at all
// please".
func wholeClauseOrAtAll(toks []string, m textmatch.Match) bool {
	k := m.End
	if atAll(toks, k) {
		k += 2
	}
	for k < len(toks) && politeTail.Has(toks[k]) {
		k++
	}
	return k >= len(toks) || toks[k] == textmatch.Break
}

// asksForCall: the message asks for a call ("don't text, call me after
// 5"), so refusing texts moves the conversation to the phone.
func asksForCall(toks []string, _ textmatch.Match) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k] == "call" || toks[k] == "phone" || toks[k] == "ring") && (toks[k+1] == "me" || toks[k+1] == "us") ||
			toks[k] == "llamame" || toks[k] == "llamenme" || toks[k] == "marcame" {
			return true
		}
	}
	return false
}

// correctsFigure: the wrong number is a figure being corrected, in a
// document or with the right digits after it ("número equivocado en la
// cotización: termina en 7720", "wrong number on the form, mine ends in
// 88"), not this phone.
func correctsFigure(toks []string, m textmatch.Match) bool {
	// the document named in the wrong number's clause, after a word that
	// puts the figure on it ("on the estimate", "en la cotización"), with
	// no denial before it ("wrong number never asked for an estimate")
	clause, denied := true, false
	for k := m.End; k < len(toks) && k < m.End+12; k++ {
		w := toks[k]
		clause = clause && w != textmatch.Break
		denied = denied || textmatch.Negators.Has(w)
		if k < m.End+5 && clause && !denied && figureDocs.Has(w) && docFrame.Has(toks[k-1]) {
			return true
		}
		if len(w) >= 2 && w[0] >= '0' && w[0] <= '9' && textmatch.Before(toks, k, 3, correctionCue) {
			return true
		}
	}
	return false
}

// correctionCue: what stands before the right figure ("4521 no 4512",
// "ends in 88", "termina en 7720"), not before a number to call ("his
// new number is 555-0143" still refers the sender elsewhere).
var correctionCue = textmatch.NewSet("termina", "terminan", "ends", "ending", "mine", "mio", "correct", "right", "actual", "not", "no")

// hopeWords open a hope: "espero que no me estén mandando spam".
var hopeWords = textmatch.NewSet("espero", "ojala", "esperemos", "esperamos")

// esOtherWay: a phone or channel asked for instead ("mejor al cel", "mejor
// por correo").
var esOtherWay = textmatch.NewSet("cel", "celular", "correo", "email", "mail", "texto", "textos", "mensaje", "mensajes", "whatsapp", "numero", "telefono", "movil")

// touchUs: the lead, in touch with the sender.
var touchUs = textmatch.NewSet("me", "us", "migo", "nosotros", "ustedes")

// touchLess and touchVia: what follows "no need to keep in touch" when it
// asks for less contact ("every day", "until spring") or another way ("by
// phone", "through the agent"), not none.
var (
	touchLess = textmatch.NewSet("every", "often", "daily", "weekly", "until", "till", "til")
	touchVia  = textmatch.NewSet("by", "through", "via")
)

// docFrame: the word before a document a figure is on.
var docFrame = textmatch.NewSet("the", "my", "your", "this", "that", "on", "in", "el", "la", "mi", "su", "del", "de", "en", "al", "tu")

var figureDocs = textmatch.NewSet("form", "formulario", "cotizacion", "quote", "estimate", "presupuesto", "receipt", "recibo", "bill", "application", "solicitud", "address",
	"direccion", "licencia", "license", "poliza", "policy", "account", "cuenta", "invoice", "factura", "contract", "contrato")

// waitNext: what follows a "stop" that means "wait": "Stop. Before you
// send anything...", "ok stop, déjame ver si entendí".
var waitNext = textmatch.NewSet("before", "wait", "let", "lemme", "dejame", "dejeme", "hold", "espera", "espere", "back", "antes")

// grantsPermission: the lead allows this sender: "a ustedes sí les doy
// permiso", "you have my permission".
func grantsPermission(toks []string, _ textmatch.Match) bool {
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		if (a == "doy" || a == "damos" || a == "give" || a == "have") && (b == "permiso" || b == "permission" || b == "my" && k+2 < len(toks) && toks[k+2] == "permission") {
			return true
		}
	}
	return false
}

// reportedThirdParty: a report of someone else, named as its object:
// "I reported them to the FCC", "I reported the roofer to the BBB last
// year", "I'm reporting my old contractor to the BBB"; or a report
// someone else made with no word of this sender in it: "is this the same
// company my sister reported to the BBB?" ("my husband reported you to
// the FCC" still revokes).
func reportedThirdParty(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < m.End && k+1 < len(toks); k++ {
		if toks[k] != "reported" && toks[k] != "reporting" {
			continue
		}
		if toks[k+1] == "them" || toks[k+1] == "him" || toks[k+1] == "her" || toks[k+1] == "that" {
			return true
		}
		ours := false
		for j := k + 1; j < m.End; j++ {
			// "reported your company" is this sender's; "the company"
			// alone may be too ("I already reported the company to the
			// BBB"), "the old company" is not
			ours = ours || yourWords.Has(toks[j])
			if !ours && (otherParties.Has(toks[j]) || otherBusiness.Has(toks[j]) && j > 0 && otherMarks.Has(toks[j-1])) {
				return true
			}
		}
		// a relative clause: "the company my sister reported to the BBB"
		// ("my husband reported to the FCC already" reports this sender)
		if !ours && k >= 3 && thirdPeople.Has(toks[k-1]) && (toks[k-2] == "my" || toks[k-2] == "mi") && otherBusiness.Has(toks[k-3]) {
			return true
		}
	}
	return false
}

var (
	// otherParties are businesses and tradespeople a lead may have
	// reported other than this sender
	otherParties = textmatch.NewSet("contractor", "contractors", "roofer", "roofers", "builder", "plumber", "electrician", "lender",
		"dealer", "dealership", "landlord", "seller", "realtor", "installer", "mechanic", "handyman", "scammer", "scammers")
	// otherBusiness may be this sender or another: "the old company"
	// is another
	otherBusiness = textmatch.NewSet("company", "companies", "outfit", "guy", "guys", "agent", "one", "place", "business", "people")
	otherMarks    = textmatch.NewSet("other", "old", "previous", "last", "another", "former")
	// yourWords name this sender or its messages (normalised: "u" and
	// "y'all" are read "you")
	yourWords = textmatch.NewSet("you", "your", "this", "these", "number", "texts", "messages", "it")
)

// madeOtherStop: another sender was made to stop: "get a lawyer to make
// the other roofing company stop harassing us".
func madeOtherStop(toks []string, m textmatch.Match) bool {
	for k := m.Start - 1; k >= 0 && k >= m.Start-6 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "other" || toks[k] == "another" || toks[k] == "them" || toks[k] == "him" || toks[k] == "her" {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j] == "make" || toks[j] == "made" || toks[j] == "get" || toks[j] == "got" {
					return true
				}
			}
		}
	}
	return false
}

// someoneElseOnList: the clause asks whether someone else is on the list,
// "is the seller on some do-not-call list?", "is she on a dnc list or
// something": "is", "are" or "was", then she, he, or "the" and a person
// ("the seller", "the tenant"), none of the lead's own words before the
// list, and neither the lead's number nor a request anywhere in the
// message ("is the number on your do not call list yet?" asks about the
// lead's own).
func someoneElseOnList(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	if cs+2 > m.Start || (toks[cs] != "is" && toks[cs] != "are" && toks[cs] != "was") {
		return false
	}
	if s := toks[cs+1]; s != "she" && s != "he" && !(s == "the" && listedPeople.Has(toks[cs+2])) {
		return false
	}
	for _, w := range toks[cs:m.Start] {
		if leadSelf.Has(w) {
			return false
		}
	}
	for k, w := range toks {
		// ("her phone never rings" is hers)
		if ownListThings.Has(w) && !(k > 0 && (toks[k-1] == "her" || toks[k-1] == "his" || toks[k-1] == "their")) {
			return false
		}
	}
	return true
}

var (
	listedPeople  = textmatch.NewSet("seller", "sellers", "buyer", "buyers", "owner", "owners", "tenant", "tenants", "agent", "client", "landlord", "borrower", "homeowner")
	ownListThings = textmatch.NewSet("number", "phone", "line", "cell", "request", "this", "asked")
)

// aboutOwnOutreach: a question about the lead's own calling or texting
// of their customers ("when your software dials our leads").
func aboutOwnOutreach(toks []string, _ textmatch.Match) bool {
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k] == "our" || toks[k] == "my") && otherUsers.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

// textsWelcomedElsewhere: another channel named and texts welcomed
// anywhere in the message, the welcome not itself refused ("I
// unsubscribed from your emails but texting is fine", "no quiero que me
// llamen, mejor por texto", "por aquí sí me pueden escribir"); "don't
// call or text me" welcomes nothing.
func textsWelcomedElsewhere(toks []string, _ textmatch.Match) bool {
	for _, w := range toks {
		if otherChannel.Has(w) {
			return textsWelcomed(toks)
		}
	}
	return false
}

// docSentTo: "email only" with a send verb before it and a recipient
// in the match: "send the appraisal by email only to my wife".
func docSentTo(toks []string, m textmatch.Match) bool {
	return textmatch.Before(toks, m.Start, 5, docSent) && slices.ContainsFunc(toks[m.Start:m.End], recipientTo.Has)
}

var recipientTo = textmatch.NewSet("to", "a", "al")

// docSent: verbs that send a document, before "by email only to ..."
var docSent = textmatch.NewSet("send", "sending", "sent", "forward", "forwarding", "email", "mail", "mandar", "manden", "mandenme", "mandame",
	"mande", "envien", "envienme", "enviar", "envia", "enviame")

// onMyEnd: "on my end", "on our side", which say whose wish it is, not
// when: "no need to keep in touch on my end".
func onMyEnd(toks []string, k int) bool {
	return k+2 < len(toks) && toks[k] == "on" && (toks[k+1] == "my" || toks[k+1] == "our") &&
		(toks[k+2] == "end" || toks[k+2] == "side" || toks[k+2] == "part")
}

// listOfWaiting: "la lista de espera" (or "de citas"), another list than
// the contact list, in the match or just after it.
func listOfWaiting(toks []string, m textmatch.Match) bool {
	for k := m.Start; k+2 < len(toks) && k < m.End+4; k++ {
		if toks[k] == "lista" && toks[k+1] == "de" && esOtherLists.Has(toks[k+2]) {
			return true
		}
	}
	return false
}

// movedToSenders reports, after a removal m, the lead put on the
// sender's own list instead: "took me off the other office's waitlist and
// put me on yours".
func movedToSenders(toks []string, m textmatch.Match) bool {
	for k := m.End; k+3 < len(toks) && k < m.End+12; k++ {
		if (toks[k] == "put" || toks[k] == "add") && (toks[k+1] == "me" || toks[k+1] == "us") && (toks[k+2] == "on" || toks[k+2] == "to") &&
			(toks[k+3] == "yours" || toks[k+3] == "your" || toks[k+3] == "ur") {
			return true
		}
	}
	return false
}

// herRemoval: a third person's removal, the clitic naming her or them
// after someone else is named: "Mi hermana me dijo que ella pidió que la
// quitaran de su lista".
func herRemoval(toks []string, m textmatch.Match) bool {
	if m.Start == 0 {
		return false
	}
	switch toks[m.Start-1] {
	case "la", "las", "le", "les":
		return slices.ContainsFunc(toks[:m.Start-1], thirdPeople.Has)
	}
	return false
}

// mindFiller may stand around "I do mind" in its clause: "yeah I do mind
// actually"
var mindFiller = textmatch.NewSet("yes", "yeah", "yep", "actually", "i", "do", "a", "lot", "very", "much", "honestly", "well", "um", "uh")

// misdirectedOwn reports the lead owning up to a text sent to the wrong
// person ("oops wrong person, that was for my cousin", "that last text
// was meant for my sister"); a number the lead gave wrong ("le di el
// wrong number de mi hija") is the correcting exclusion's.
func misdirectedOwn(toks []string, m textmatch.Match) bool {
	for k := m.End; k < len(toks) && k < m.End+10; k++ {
		switch toks[k] {
		case "meant", "was", "era":
			// "that was for my cousin", "that text was meant for"
			for j := k + 1; j < len(toks) && j < k+4; j++ {
				if toks[j] == "for" || toks[j] == "para" {
					return true
				}
			}
		}
	}
	return false
}

// relativesNumber reports a wrong number that is a relative's on file,
// not this line: "that's the wrong number for my husband, his is
// 555-0132", "ese no es el número de mi esposo", or of someone around the
// property: "tienen el wrong number del tenant en el file". The lead
// corrects a record and stays in touch.
func relativesNumber(toks []string, m textmatch.Match) bool {
	// (the Spanish match ends in its own "de": "no es el número de")
	for k := m.End - 1; k+1 < len(toks) && k < m.End+3 && toks[k] != textmatch.Break; k++ {
		of := toks[k] == "for" || toks[k] == "para" || toks[k] == "de" || toks[k] == "of"
		if of && ownRelation.Has(toks[k+1]) {
			return true
		}
		// someone around the property only with the right number given:
		// "del tenant ..., it's 305-555-0142" ("tienen el wrong number del
		// inquilino, yo ni lo conozco" revokes)
		if (toks[k] == "del" && thirdPeople.Has(toks[k+1]) ||
			of && k+2 < len(toks) && (toks[k+1] == "the" || toks[k+1] == "el" || toks[k+1] == "la") && thirdPeople.Has(toks[k+2])) &&
			slices.ContainsFunc(toks, func(w string) bool { return len(w) >= 3 && textmatch.AllDigits(w) }) {
			return true
		}
	}
	return false
}

var ownRelation = textmatch.NewSet("my", "mi", "our", "nuestro", "nuestra")

// pronounNoContact reports a stop whose object is a pronoun ("I need it to
// stop", "all of this to stop") in a message that names no contact
// anywhere else: the water, the mice or the foreclosure should stop.
func pronounNoContact(toks []string, m textmatch.Match) bool {
	if p := toks[m.Start]; p != "it" && p != "this" && p != "these" && p != "them" {
		return false
	}
	for k, w := range toks {
		if k >= m.Start && k < m.End {
			continue
		}
		if contactRefs.Has(w) || slices.ContainsFunc(contactStems, func(s string) bool { return strings.HasPrefix(w, s) }) {
			return false
		}
	}
	return true
}

// throughMe reports a "don't contact her/him/them" that routes contact
// through the lead instead: "please don't contact her directly ... you can
// come through me", "I'd rather tell her myself".
func throughMe(toks []string, m textmatch.Match) bool {
	if o := toks[m.End-1]; o != "her" && o != "him" && o != "them" {
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i] == "through" || toks[i] == "thru") && toks[i+1] == "me" || toks[i] == "me" && toks[i+1] == "instead" {
			return true
		}
	}
	return hasWord(toks, "myself")
}

// ourCustomers reports a message about the lead's own customers' opting
// out, with no word of the lead being taken off: "if one of our customers
// clicks unsubscribe on a campaign, does that remove them from all lists?"
func ourCustomers(toks []string, m textmatch.Match) bool {
	for i := 0; i+1 < len(toks); i++ {
		if ownersOf.Has(toks[i]) && otherUsers.Has(toks[i+1]) {
			return !slices.Contains(toks[m.End:min(len(toks), m.End+2)], "me")
		}
	}
	return false
}

// esOtherLists name lists other than the contact list: "la lista de
// espera", "de citas".
var esOtherLists = textmatch.NewSet("espera", "citas", "precios", "reparaciones", "compras", "pendientes", "invitados")

var ownersOf = textmatch.NewSet("our", "my", "nuestros", "nuestras", "mis")

// textsNamed are the words that name texts themselves.
var textsNamed = textmatch.NewSet("text", "texts", "texting", "txt", "txts", "txting", "textos", "texto", "mensajes", "mensaje",
	"messages", "message", "messaging", "sms", "msgs", "msg", "textear", "textearme", "texteando")

// keptOnRules ask the sender to go on writing to someone: "keep me and
// the front desk on", "the rest of the team still needs them", "a la
// oficina sí sigan mandando", "send everything to the office line
// instead". What is still wanted must be the messages ("he still wants to
// live there" is not), and "si sigue mandando" is "if he keeps sending".
var keptOnRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "kept on", Pattern: "keep me|us ~4 on / still want|wants|need|needs ~2 them|texts|updates|messages|emails|reports|mensajes / si sigan|siga mandando|enviando|escribiendo / send everything|it|them ~5 instead"},
})

// othersKept reports a removal of someone else in a message that asks the
// sender to go on: "please stop sending to maria's cell, she left the
// company. send everything to the office line instead", "ya no le manden
// nada a lupita, ya no trabaja con nosotros. a la oficina sí sigan
// mandando". The clause of the removal names neither the lead nor this
// line, the message names a third person, and the request to go on comes
// in a later clause.
func othersKept(toks []string, m textmatch.Match) bool {
	start, end := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.End)
	return !slices.ContainsFunc(toks[start:end], selfWords.Has) && keptOnAfter(toks, end)
}

// keptOnAfter reports a request to go on writing in a clause that starts
// at or after i, when the words of the message before that clause name a
// third person and neither the lead nor this line. It is how the learned
// tier's verdict meets [othersKept]: the model has no phrase to place.
func keptOnAfter(toks []string, i int) bool {
	if i == 0 || i >= len(toks) {
		return false
	}
	_, ok := keptOnRules.First(textmatch.Text{Toks: toks}, func(k textmatch.Match) bool {
		cs := textmatch.ClauseStart(toks, k.Start)
		return cs >= i && cs > 0 && slices.ContainsFunc(toks[:cs], thirdPronouns.Has) && !slices.ContainsFunc(toks[:cs], selfWords.Has) &&
			!textmatch.Before(toks, k.Start, 3, textmatch.Negators)
	})
	return ok
}

var (
	// words that put the lead or this line in a clause
	selfWords = textmatch.NewSet("me", "us", "my", "our", "i", "im", "ive", "id", "mine", "this", "mi", "mis", "nos", "yo", "este", "esta", "nuestro", "nuestra")
	// third persons by pronoun: "she left the company", "ya no le manden"
	thirdPronouns = textmatch.NewSet("she", "he", "her", "him", "his", "shes", "hes", "le", "les", "ella", "ellas")
)

// textsFineRules say in so many words that texts are fine or wanted:
// "texting is fine", "the texts are ok", "I still want the texts", "sí
// quiero los mensajes". Narrower than [textsWelcome]: "why do you keep
// texting me" and "never gave you permission to text me" name texts
// without welcoming them.
var textsFineRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "texts fine", Pattern: "text|texts|texting|textos|mensajes|sms is|are|es|esta|estan ~1 fine|ok|good|perfect|bien|perfecto / fine|ok|good with ~1 the|your? texts|texting|textos|mensajes / text away / still want|need|like ~1 the|your? texts|textos|mensajes / si quiero ~1 los? texts|textos|mensajes / texts|textos|mensajes si los quiero / keep the|my|your? texts|textos|mensajes coming / send me|us ~4 by|via|over|por text|texto|sms instead|mejor / text|texts|textos|mensajes here|aqui are|estan ~1 fine|ok|good|bien / text|texts to me are ~1 fine|ok|good / keep me|us on for ~2 text|texts|textos|mensajes"},
})

// textsFine reports a statement in toks that texts are fine or wanted
// ("send me the estimate by text instead" wants one; "why do you send me
// offers by text??" does not), with no negation
// in or just before it: "texting is not ok" welcomes nothing.
func textsFine(toks []string) bool {
	_, ok := textsFineRules.First(textmatch.Text{Toks: toks}, func(m textmatch.Match) bool {
		for _, w := range toks[m.Start:m.End] {
			if textmatch.Negators.Has(w) {
				return false
			}
		}
		return !negatedBefore(toks, m.Start, 3)
	})
	return ok
}

// esReportedPast are the past forms of "los reporté", "los bloqueé";
// esReportedTo after them sends the report to someone ("al seguro", "a la
// aseguradora"), unless it is one who takes reports of spam
// (spamReportTakers: "con Telcel", "en la app", "a la policía"). namedFirst
// before the match name who or what "los" is: "mis inquilinos", "los
// recibos", "la otra compañía".
var (
	esReportedPast   = textmatch.NewSet("reporte", "bloquee", "denuncie")
	esReportedTo     = textmatch.NewSet("a", "al", "con", "ante", "en")
	spamReportTakers = textmatch.NewSet("telcel", "att", "verizon", "tmobile", "movistar", "claro", "app", "aplicacion", "policia", "fcc", "ftc",
		"compania", "operador", "operadora", "carrier", "celular", "telefono", "spam")
	namedFirst  = textmatch.NewSet("los", "las", "mis", "otra", "otro", "otros", "otras")
	esTimeNouns = textmatch.NewSet("vez", "veces", "dia", "dias", "semana", "mes", "ano")
	esAtOnce    = textmatch.NewSet("tiro", "toque", "instante", "momento", "rato", "ratito", "ratico", "tiempo")
	// (made once: NewSet takes the vocabulary's lock)
	ustedesWord = textmatch.NewSet("ustedes")
)

// stopOrKeep: a question between stopping and going on, "will you stop
// texting or keep following up?", "do you guys stop messaging or just keep
// checking in?": a clause that opens with will, do or can, and after the
// stop "or", then keep or continue (after "just" or "still"), then a word
// of the sender's outreach. "Would you stop texting me or just give it a
// rest" and "or continue bugging me" demand.
func stopOrKeep(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	if cs >= m.Start || !stopQuestionOpeners.Has(toks[cs]) {
		return false
	}
	for k := m.End; k+2 < len(toks) && k < m.End+4 && toks[k] != textmatch.Break; k++ {
		if toks[k] != "or" {
			continue
		}
		j := k + 1
		if toks[j] == "just" || toks[j] == "still" {
			j++
		}
		return j+1 < len(toks) && orGoOn.Has(toks[j]) && outreachGoingOn.Has(toks[j+1])
	}
	return false
}

var (
	stopQuestionOpeners = textmatch.NewSet("will", "would", "do", "does", "can", "could")
	orGoOn              = textmatch.NewSet("keep", "continue", "seguir", "siguen")
	// what goes on after "or keep": "following up", "checking in"
	outreachGoingOn = textmatch.NewSet("following", "checking", "texting", "messaging", "reaching", "sending", "going", "contacting",
		"calling", "mandando", "escribiendo", "insistiendo")
)

// keepsReceiving reports "no quiero dejar de recibir ...": the match reads
// "no quiero ... recibir" across "dejar de", but not wanting to stop
// receiving is wanting the messages.
func keepsReceiving(toks []string, m textmatch.Match) bool {
	if toks[m.Start] != "no" && toks[m.Start] != "nao" {
		return false
	}
	for _, w := range toks[m.Start:m.End] {
		if w == "dejar" || w == "deixar" || w == "parar" {
			return true
		}
	}
	return false
}

// words the checks of the newer phrase rules look for around a match,
// made once at package level
var (
	wishWords    = textmatch.NewSet("sure", "hope", "want", "wanna", "rather", "wish", "please", "let")
	esRefusals   = textmatch.NewSet("no", "nunca", "jamas", "dejaran", "ni")
	wantingWords = textmatch.NewSet("want", "wanna", "need", "quiero", "keep")
)

// pauseEnds bound a wish in time or on a condition: "I'd rather not hear
// from you again until the numbers change".
var pauseEnds = textmatch.NewSet("until", "till", "til", "unless", "before")

var (
	// optInWords sign up, confirm or ask for help: a keyword sent of these
	// is no earlier opt-out
	optInWords = textmatch.NewSet("start", "join", "yes", "confirm", "confirmed", "unstop", "subscribe", "info", "help", "y", "si", "signup", "enter")
	// askThatLimits bound "I'd ask that you not call" in time or to
	// another line
	askThatLimits = textmatch.NewSet("before", "after", "during", "until", "till", "til", "between", "weekends", "mornings", "evenings",
		"office", "landline", "work", "am", "pm", "school")
	// noSuchNot after "no" tell of nobody there now, or of something
	// else: "there's no one at this number during the day"
	noSuchNot = textmatch.NewSet("one", "body", "answer", "signal", "service", "reception", "way", "need")
)

// esContactObj after "no hace falta que me manden" is the contact itself
var esContactObj = textmatch.NewSet("nada", "mas", "mensajes", "textos", "recordatorios", "correos", "promociones", "ofertas", "informacion", "info", "publicidad", "mensajitos")

// subjectSelf before a reported request make it the lead's own
var subjectSelf = textmatch.NewSet("i", "we", "ive", "weve", "already", "id", "wed")

// offWhat after "leave me off" names what the lead is left off: a list
// or the texts ("whatever this is", "your list", "the texts")
var offWhat = textmatch.NewSet("whatever", "list", "lists", "texts", "messages", "system", "database", "mailing", "contacts", "records", "it", "outreach",
	"roster", "rosters", "rolls")

// paperThing reports a document, sign or record the lead's name or
// number is to be left off or struck from: privacy in the sale, not the
// texts ("leave my number off the listing", "scratch my number from the
// flyer", "leave her off the deed")
func paperThing(toks []string, _ textmatch.Match) bool {
	return hasWord(toks, "listing", "listings", "sign", "signs", "flyer", "flyers", "title", "deed", "paperwork", "mls", "contract", "ad", "ads",
		"website", "report", "application", "form", "forms", "loan", "mortgage", "lease", "insurance", "policy", "account",
		"letrero", "anuncio", "pagina", "listado", "volante", "contrato", "escritura")
}

// onlyPoliteAfter reports that nothing but politeness follows i
func onlyPoliteAfter(toks []string, i int) bool {
	for _, w := range toks[i:] {
		if w != textmatch.Break && !politeRest.Has(w) && !politeTail.Has(w) {
			return false
		}
	}
	return true
}

// contactVerbs after "don't" refuse contact: "we're done here, don't
// text again"
var contactVerbs = textmatch.NewSet("text", "txt", "contact", "message", "reach", "call", "email", "write", "bother")

// endNow after "our correspondence to end" asks for the end at once
var endNow = textmatch.NewSet("now", "here", "today", "immediately", "please", "pls", "effective")

// hintLead may come before an imperative "take the hint"
var hintLead = textmatch.NewSet("so", "just", "maybe", "please", "pls", "and", "now", "kindly", "perhaps")

// clauseEnds reports a match that ends its clause, or takes only
// politeness after it.
func clauseEnds(toks []string, m textmatch.Match) bool {
	return m.End == len(toks) || toks[m.End] == textmatch.Break || politeTail.Has(toks[m.End])
}

// fromNowOn reports "from here on", "from now on", "going forward" or
// "anymore" at i, and nothing after it but the clause's end
func fromNowOn(toks []string, i int) bool {
	n := 0
	switch {
	case i+3 <= len(toks) && toks[i] == "from" && (toks[i+1] == "here" || toks[i+1] == "now") && toks[i+2] == "on":
		n = 3
	case i+2 <= len(toks) && toks[i] == "from" && toks[i+1] == "now":
		n = 2
	case i+2 <= len(toks) && toks[i] == "going" && toks[i+1] == "forward":
		n = 2
	case i+1 <= len(toks) && toks[i] == "anymore":
		n = 1
	default:
		return false
	}
	return clauseEnds(toks, textmatch.Match{End: i + n})
}

// redirectWords send the contact to someone else: "talk to my wife,
// she's handling the sale"
var redirectWords = textmatch.NewSet("talk", "ask", "call", "contact", "handling", "handles", "llamenle", "hablen")

var (
	// dealWords after "the end of it" go on with the deal
	dealWords = textmatch.NewSet("send", "sign", "close", "quote", "offer", "schedule", "book", "numbers")
	// noneReceived before "ni por mensaje ni por llamada" tell of no
	// contact received
	noneReceived = textmatch.NewSet("nada", "han", "mandado", "contestado", "contestaron", "llamado", "escrito", "recibido", "respondido", "ha")
	// interestedOther after a relative's number send the contact to them
	interestedOther = textmatch.NewSet("llamenle", "llamele", "escribanle", "escribale", "interesado", "interesada", "contactenlo", "contactenla", "marquenle", "marquele")
)

// phoneDigits reports a token that can be a phone number: seven digits
// or more ("15", an age, is none)
func phoneDigits(w string) bool { return len(w) >= 7 && textmatch.AllDigits(w) }

// numberPart is a group of a phone number as typed: "555-201-3344" is
// three tokens.
func numberPart(w string) bool { return len(w) >= 3 && textmatch.AllDigits(w) }

// formerProviderFirst reports a complaint whose object is a former or
// other provider the lead named before it ("mi old insurance nunca me pagó
// el claim, los voy a reportar al estado"), taken up by a pronoun, with no
// word of the sender between.
func formerProviderFirst(toks []string, m textmatch.Match) bool {
	if toks[m.Start] != "los" && toks[m.Start] != "las" && toks[m.Start] != "lo" && toks[m.Start] != "la" {
		return false
	}
	// (in its clause and the one before)
	stop := textmatch.ClauseStart(toks, m.Start)
	if stop > 0 {
		stop = textmatch.ClauseStart(toks, stop-1)
	}
	for k := m.Start - 1; k > stop; k-- {
		if esSenderYou.Has(toks[k]) {
			return false
		}
		if esProviderNouns.Has(toks[k]) && (formerWords.Has(toks[k-1]) || k+1 < m.Start && formerWords.Has(toks[k+1])) {
			return true
		}
	}
	return false
}

var (
	formerWords     = textmatch.NewSet("old", "anterior", "previous", "former", "ex", "vieja", "viejo", "pasada", "pasado")
	esProviderNouns = textmatch.NewSet("insurance", "aseguranza", "aseguradora", "seguro", "compania", "company", "banco", "bank", "lender",
		"agente", "agent", "contratista", "contractor", "financiera", "prestamista")
)

// senderKeptAfter reports a request that, after it, turns to the sender
// ("but you", "pero ustedes") and asks to be kept informed: "me
// unsubscribí del newsletter de Zillow porque era too much, pero ustedes
// tranquilos, keep me posted". What was left is something else.
func senderKeptAfter(toks []string, m textmatch.Match) bool {
	for k := m.End; k+1 < len(toks); k++ {
		if toks[k] != "pero" && toks[k] != "but" {
			continue
		}
		if !slices.ContainsFunc(toks[k+1:min(len(toks), k+4)], esSenderYou.Has) {
			continue
		}
		for j := k + 2; j+1 < len(toks); j++ {
			if (toks[j] == "keep" && (toks[j+1] == "me" || toks[j+1] == "us") && j+2 < len(toks) && keptInformed.Has(toks[j+2])) ||
				(toks[j] == "mantenganme" || toks[j] == "mantenme" || toks[j] == "mantengame") && (toks[j+1] == "al" || keptInformed.Has(toks[j+1])) ||
				toks[j] == "sigan" && (toks[j+1] == "mandando" || toks[j+1] == "escribiendo" || toks[j+1] == "avisando") {
				return true
			}
		}
	}
	return false
}

// deadNeedsNothing reports the dead owner said to need nothing: "she
// won't be refinancing anything", "he won't need anything".
func deadNeedsNothing(toks []string) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k] == "wont" && deceasedWho.Has(toks[k-1]) && slices.ContainsFunc(toks[k+1:min(len(toks), k+5)], anythingWords.Has) {
			return true
		}
	}
	return false
}

var (
	// othersWhoCall: the lead's customers, staff or neighbours as the
	// subject of a call: "que los clientes dejen de llamar"
	othersWhoCall   = textmatch.NewSet("clientes", "choferes", "empleados", "inquilinos", "vecinos", "trabajadores", "customers", "drivers", "employees", "tenants", "neighbors")
	sendersOwnStaff = textmatch.NewSet("sus", "su", "ustedes", "your", "ur", "yall")
	anythingWords   = textmatch.NewSet("anything", "nothing")
	// otherMailOwners own mail that is not the sender's: "on my HOA
	// newsletter", "a spam email", "my realtors newsletter"
	otherMailOwners = textmatch.NewSet("my", "a", "spam", "realtors", "hoa", "his", "her", "their", "moms", "dads")
)

// leftPortalPraisesSender reports an unsubscription from a portal's
// messages ("from Zillow's emails") and a later word in praise of the
// sender's own ("your texts actually have real numbers in them").
func leftPortalPraisesSender(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) || toks[m.End] != "from" {
		return false
	}
	portal := false
	for k := m.End + 1; k < min(len(toks), m.End+3); k++ {
		portal = portal || otherPortals.Has(toks[k]) || otherPortals.Has(strings.TrimSuffix(toks[k], "s"))
	}
	if !portal {
		return false
	}
	for k := m.End + 1; k < len(toks); k++ {
		if (toks[k] == "your" || toks[k] == "ur" || toks[k] == "yours") && textmatch.After(toks, k+1, 4, senderPraise) {
			return true
		}
	}
	return false
}

// senderPraise speak well of the sender's messages: "yours are useful"
// ("actually" is none: "yours actually keep coming").
var senderPraise = textmatch.NewSet("helpful", "useful", "good", "great", "better", "real", "love", "like", "fine", "relevant")

// keptPostedLater reports an unsubscription from something named ("from
// Zillow emails") with a later clause asking to be kept posted: the lead
// left another sender and keeps this one.
func keptPostedLater(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) || toks[m.End] != "from" && toks[m.End] != "de" && toks[m.End] != "del" {
		return false
	}
	// ("unsubscribe from these texts. keep me posted by email instead":
	// these messages left)
	if slices.ContainsFunc(toks[m.End:min(len(toks), m.End+3)], theseOnesOrTexts.Has) {
		return false
	}
	for k := m.End; k+2 < len(toks); k++ {
		if toks[k] == "keep" && (toks[k+1] == "me" || toks[k+1] == "us") && keptInformed.Has(toks[k+2]) ||
			// "but I want to keep hearing from you about the offer"
			toks[k] == "keep" && toks[k+1] == "hearing" && toks[k+2] == "from" {
			return true
		}
	}
	return false
}

var keptInformed = textmatch.NewSet("posted", "updated", "informed", "informado", "informada", "tanto", "loop")

var (
	// lastWishWords make "this be the last one" a request: "me harías un
	// favor si este fuera el último", "I'd appreciate si este es el último"
	lastWishWords = textmatch.NewSet("favor", "appreciate", "agradeceria", "agradezco", "ojala", "please", "porfa", "pido", "prefiero", "preferiria", "helpful", "grateful")
	// ownSendVerbs after "the last one" make it the lead's own: "es el
	// último que te mando"
	ownSendVerbs = textmatch.NewSet("te", "les", "le", "mando", "envio", "escribo", "i", "im", "send")
)

// esInfinitive reports a Spanish infinitive, with or without a pronoun
// after it: "mandar", "enviarles", "escribirme".
func esInfinitive(w string) bool {
	for _, suf := range []string{"ar", "er", "ir", "arme", "erme", "irme", "arle", "erle", "irle", "arles", "arlo", "arla", "arnos"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// askedOfSender reports a match inside a question put to the sender about
// how it works: "if a clinic cancels, do you delete it or keep it?".
func askedOfSender(toks []string, m textmatch.Match) bool {
	cs := textmatch.ClauseStart(toks, m.Start)
	return m.Start-cs >= 2 && (toks[cs] == "do" || toks[cs] == "does" || toks[cs] == "will" || toks[cs] == "would" || toks[cs] == "can") &&
		(toks[cs+1] == "you" || toks[cs+1] == "yall" || toks[cs+1] == "u") && textmatch.After(toks, m.End, 3, orWord)
}

var (
	// othersRecords are someone else's data: "los datos de un cliente"
	othersRecords = textmatch.NewSet("cliente", "clientes", "paciente", "pacientes", "empleado", "empleados", "usuario", "usuarios", "customer", "customers", "patient", "patients")
	// otherProducts after "cancelar la suscripción del": another product
	otherProducts = textmatch.NewSet("programa", "software", "sistema", "app", "aplicacion", "plataforma", "servicio", "gimnasio", "gym", "periodico", "revista", "streaming", "cable")
	// pausedServices after "suspender la": a service, not the messages
	pausedServices = textmatch.NewSet("limpieza", "servicio", "mantenimiento", "poliza", "cobertura", "ruta", "entrega", "entregas", "obra", "instalacion", "fumigacion", "pagos", "nomina")
)

// stillWords ask whether something goes on: "¿igual me llegan?"
var stillWords = textmatch.NewSet("igual", "todavia", "aun", "seguiria", "seguirian", "still")

var (
	// removedWords tell a removal before "I expect the same from you"
	removedWords = textmatch.NewSet("pulled", "removed", "unsubscribed", "off", "deleted", "quitaron", "borraron", "sacaron")
)

// nobodyWords say nobody left wants it: "nobody here wants to sell"
var nobodyWords = textmatch.NewSet("nobody", "noone", "nadie", "ninguno", "ninguna")

// subscriptionWords make a "cancelar ..." match a subscription left.
var subscriptionWords = textmatch.NewSet("suscripcion", "membresia", "subscription", "plan", "cuenta")

// visitingWorkers are people a business sends to the house.
var visitingWorkers = textmatch.NewSet("tecnico", "muchacho", "muchacha", "plomero", "electricista", "instalador", "trabajador", "senor", "chavo", "inspector", "tech", "guy")

// docNouns are documents a name comes off: "take his name off the file".
var docNouns = textmatch.NewSet("file", "deed", "title", "loan", "policy", "account", "lease", "application", "mortgage", "contract")

// receivedVerbs after "the last text I" make it one received.
var receivedVerbs = textmatch.NewSet("got", "get", "receive", "received", "see")

var (
	// sentThings after "que me manden" are one kind of thing: "más fotos"
	sentThings = textmatch.NewSet("fotos", "casas", "opciones", "cotizaciones", "propiedades", "videos", "papeles", "facturas", "contrato")
)

// sets the checks of stop 50's phrase rules read, made once
var (
	wayWords          = textmatch.NewSet("way", "option", "forma", "manera")
	ifSi              = textmatch.NewSet("if", "si")
	allowsWords       = textmatch.NewSet("permite", "allows")
	negatorsInside    = textmatch.NewSet("dont", "didnt", "never", "not", "no", "nunca")
	senderPossessives = textmatch.NewSet("your", "su", "sus")
	esNever           = textmatch.NewSet("no", "nunca", "jamas")
	orWord            = textmatch.NewSet("or")
)

// contentNamed reports a content noun ("the same brochure", "that link")
// in the six words after the start of m, in its clause.
func contentNamed(toks []string, m textmatch.Match) bool {
	for k := m.Start; k < len(toks) && k < m.End+6 && toks[k] != textmatch.Break; k++ {
		if contentNouns.Has(toks[k]) {
			return true
		}
	}
	return false
}

// stillWanted reports "still want" or "still interested"
// in rest: the lead wants the rest of the contact.
func stillWanted(rest []string) bool {
	return textmatch.ContainsSeq(rest, "still", "want") || textmatch.ContainsSeq(rest, "still", "interested")
}

// productUsers are accounts in a product, unsubscribed by an admin, not
// the lead: "unsubscribe a un user que ya se fue", "unsubscribe the
// employee who left".
var productUsers = textmatch.NewSet("user", "users", "usuario", "usuarios", "employee", "employees", "empleado", "empleados", "member",
	"members", "seat", "seats", "license", "licenses", "licencia", "agent", "agents")

// keptNotDenied reports a plea to go on for now that stands: no negation
// just before it or inside it ("I'm not happy to keep getting these for
// now", "for now dont text me more"), and no "anymore" or stop request
// after it ("I was happy to keep getting them for now but not anymore,
// please stop texting me").
func keptNotDenied(toks []string, m textmatch.Match) bool {
	if slices.ContainsFunc(toks[max(0, m.Start-3):m.End], textmatch.Negators.Has) {
		return false
	}
	return !slices.ContainsFunc(toks[m.End:], func(w string) bool { return w == "anymore" || w == "longer" || dncStopkwClass.Has(w) })
}

// userArticles name one account before a productUsers noun: "a user",
// "un usuario", "the employee".
var userArticles = textmatch.NewSet("a", "an", "un", "una", "the", "el", "la", "that", "this", "ese", "esa", "este", "esta",
	"two", "three", "four", "five", "some", "several", "dos", "tres", "cuatro", "cinco", "unos", "2", "3", "4", "5")

// senderWords after "from" name the sender itself: "from you", "from
// your company".
var senderWords = textmatch.NewSet("you", "your", "ur", "yall", "u", "this", "these", "ustedes", "su", "sus")

// ownClause reports the words w as a clause of their own: "por aquí, no
// me llame" (not "ya les dije por aquí que no me interesa").
func ownClause(toks []string, w ...string) bool {
	for k := 0; k+len(w) <= len(toks); k++ {
		if slices.Equal(toks[k:k+len(w)], w) && (k == 0 || toks[k-1] == textmatch.Break) && (k+len(w) == len(toks) || toks[k+len(w)] == textmatch.Break) {
			return true
		}
	}
	return false
}

// missingThings are what "there's no ... here" says is missing when it is
// not a person: "there's no work up here", "there's no signal here".
var missingThings = textmatch.NewSet("work", "jobs", "job", "money", "point", "hurry", "rush", "way", "reason", "signal", "service",
	"reception", "internet", "wifi", "power", "water", "heat", "parking", "room", "space", "demand", "market", "buyers", "future",
	"nothing", "trabajo", "chamba", "senal")

// roleNouns after "removed as" name a role, not a contact: "removed as a
// co-signer", "taken off as beneficiary".
var roleNouns = textmatch.NewSet("cosigner", "co", "guarantor", "beneficiary", "member", "owner", "borrower", "signer", "trustee",
	"executor", "admin", "administrator", "user", "fiador", "aval", "titular")

// longWriting after "don't text me" asks for shorter texts: "don't text
// me novels", "essays", "paragraphs".
var longWriting = textmatch.NewSet("novels", "novel", "essays", "essay", "paragraphs", "paragraph", "books", "walls", "speeches", "lectures")

// leftEmailsStillEngaged reports an unsubscribe from emails or a
// newsletter ("from Zillow emails", "from el newsletter de la otra
// compañía") in a message that goes on with this sender: asks about the
// offer, or says its messages are read.
func leftEmailsStillEngaged(toks []string, m textmatch.Match) bool {
	if m.End >= len(toks) || toks[m.End] != "from" {
		return false
	}
	if !slices.ContainsFunc(toks[m.End:min(len(toks), m.End+6)], emailNouns.Has) {
		return false
	}
	return slices.ContainsFunc(toks[m.End:], stillEngaged.Has)
}

var (
	emailNouns   = textmatch.NewSet("emails", "email", "newsletter", "newsletters", "alerts", "correos", "boletin", "mailing")
	stillEngaged = textmatch.NewSet("offer", "oferta", "leo", "read", "interested", "interesa", "still",
		// "that's why I'm texting you guys direct" (blind60, stop 67)
		"direct", "directly")
)

// timeOfDayAfter reports an hour bound just after m, the request then a
// window rather than for good: "any more texts after 9pm", but not "any
// more messages after this".
func timeOfDayAfter(toks []string, m textmatch.Match) bool {
	return textmatch.After(toks, m.End, 2, hourBounds) && !textmatch.After(toks, m.End+1, 2, afterThis)
}

// askedForLater reports how to leave asked about a time to come, not
// now: "is there a way to unsubscribe later if I change my mind? Not
// now", "How would I unsubscribe later, should I ever want to?", "If I
// change my mind down the road, how do I opt out of these?" (not "how do
// I unsubscribe? I don't ever want these", nor "how do I opt out now").
func askedForLater(toks []string, _ textmatch.Match) bool {
	asked := textmatch.ContainsSeq(toks, "is", "there", "a", "way") || hasWord(toks, "how", "later")
	// (not "just do it now", "before I block your number")
	if !asked || hasWord(toks, "wont", "never", "already", "ya", "block", "report") || goAhead(toks) || textmatch.ContainsSeq(toks, "do", "it", "now") {
		return false
	}
	// "ever" only as a condition: "should I ever", "if I ever"
	for k, w := range toks {
		if w == "ever" && !(k >= 2 && (toks[k-2] == "should" || toks[k-2] == "if") && (toks[k-1] == "i" || toks[k-1] == "we")) {
			return false
		}
	}
	if textmatch.ContainsSeq(toks, "not", "now") || textmatch.ContainsSeq(toks, "just", "want", "to", "know") || textmatch.ContainsSeq(toks, "down", "the", "road") {
		return true
	}
	// "if I change my mind", not "ok i change my mind. how do i opt out"
	for k := 1; k+2 < len(toks); k++ {
		if toks[k] == "change" && toks[k+1] == "my" && toks[k+2] == "mind" && (toks[k-1] == "if" || k >= 2 && toks[k-2] == "if" || toks[k-1] == "case") {
			return true
		}
	}
	// "should I ever want to", "if I ever need to"
	for k := 2; k < len(toks); k++ {
		if toks[k] == "ever" && (toks[k-2] == "should" || toks[k-2] == "if") {
			return true
		}
	}
	return false
}

var (
	fileElsewhere = textmatch.NewSet("with", "at", "on", "over", "con", "en")
	// lineKeptFor are what a line is kept free for: "for my customers",
	// "for work calls"
	lineKeptFor = textmatch.NewSet("customers", "clients", "patients", "work", "business", "deliveries", "orders", "family", "emergencies", "emergency", "calls")
)

// sameContent after "why do you keep texting me" names what is sent
// wrong: "the same quote", "the wrong listing"
var sameContent = textmatch.NewSet("same", "wrong", "old", "outdated", "identical")

// talkThen reports "then we'll talk", "then text me" in toks: contact
// resumed after a span.
func talkThen(toks []string) bool {
	for k, w := range toks {
		if w == "then" || w == "entonces" || w == "after" || w == "despues" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if thenTalk.Has(toks[j]) {
					return true
				}
			}
		}
	}
	return false
}

var thenTalk = textmatch.NewSet("talk", "text", "call", "chat", "hablamos", "platicamos", "seguimos", "reach")

// notPossessive end in "s" without naming an owner: "this is a really
// old phone", "it is the same old line"
var notPossessive = textmatch.NewSet("is", "was", "its", "this", "thats", "whats", "less", "yes", "us", "as", "has", "does", "always", "various")

// deSender after "un text de" names the sender: "de ustedes", "de su
// compañía"
var deSender = textmatch.NewSet("ustedes", "uds", "usted", "su", "sus", "parte", "esta", "este")

// ownOrYours before "old number" make it the lead's or the sender's own:
// "this is my old number", "it was an old phone", "that's the old line"
var ownOrYours = textmatch.NewSet("my", "our", "your", "mi", "nuestro", "su", "the", "an", "a")

// keptObjects may follow "why do you keep texting me" in its clause and
// leave the texts the thing asked about: "why are you still sending
// these?", "¿por qué siguen escribiendo todavía?"
var keptObjects = textmatch.NewSet("these", "this", "them", "texts", "messages", "esto", "eso", "mensajes", "textos", "todavia", "aun", "still",
	"anymore", "everyday", "lol", "smh", "bro", "man")

// senderTellers before "told me I'd be removed" make it the sender's
// word: "your rep told me", "you told me", "ustedes me dijeron"
var senderTellers = textmatch.NewSet("your", "you", "yall", "ustedes", "colleague", "rep", "agent", "office", "manager")

// promiseConditions after "off the list" make the removal a condition
// told of: "... once the unit is ready", "if I didn't send docs"
var promiseConditions = textmatch.NewSet("once", "if", "when", "unless", "after")

// denied reports the lead's denial after a number named someone else's:
// "never has been", "she moved", "I ain't Tammy", with nothing of the
// lead's own business after it ("I'm his wife, what's the offer?", "now
// it's mine", "wrong contact on my end").
func denied(toks []string) bool {
	if hasWord(toks, "offer", "quote", "mine", "owner", "wife", "husband", "call", "text", "posted", "oops", "bad", "mistake", "contact", "interested") {
		return false
	}
	return hasWord(toks, "never", "moved", "passed", "died", "aint", "wrong", "nothing", "longer", "nobody", "gone") || textmatch.ContainsSeq(toks, "im", "not") ||
		textmatch.ContainsSeq(toks, "i", "am", "not") || textmatch.ContainsSeq(toks, "not", "me")
}

// saidOf before "block me on your end" make it words told of: "my
// sister keeps saying just block me"
var saidOf = textmatch.NewSet("saying", "says", "said", "told", "tells")

// ownConcerns after "era de mi" make the number the lead's own line:
// "este celular era de mi empresa"
var ownConcerns = textmatch.NewSet("empresa", "negocio", "trabajo", "oficina", "compania", "tienda")

// clauseTailIn reports that the words from i to the end of their clause
// are all in tail: a phrase that ends its clause but for politeness or
// a time from now on ("ignoren este número de ahora en adelante").
func clauseTailIn(toks []string, i int, tail textmatch.Set) bool {
	for k := i; k < len(toks) && toks[k] != textmatch.Break; k++ {
		if !tail.Has(toks[k]) {
			return false
		}
	}
	return true
}

var (
	// dropTail may follow "ignoren este número", "no tienen por qué seguir
	// escribiéndome" in their clause ("de ahora en adelante", "señor",
	// "cosas"); not "en inglés", "a esta hora"
	dropTail = textmatch.NewSet("de", "ahora", "en", "adelante", "senor", "senora", "por", "favor", "porfa", "gracias", "cosas", "mensajes", "nada", "mas", "ya", "pues")
	// meantTail may follow "meant to type STOP": "sorry", "lol", "fat
	// thumbs"
	meantTail = textmatch.NewSet("sorry", "lol", "haha", "oops", "perdon", "please", "porfa", "fat", "thumbs", "autocorrect", "lo", "siento", "jaja")
)

// cantStopOthers reports "can't stop" said of the lead's inability with
// messages from someone other than the sender: "I can't stop getting
// emails from parents at 10pm lol" (not "I can't stop getting your texts",
// "can't stop getting texts from you guys").
func cantStopOthers(toks []string, m textmatch.Match) bool {
	// ("cannot" arrives as "cant")
	if m.Start < 1 || toks[m.Start-1] != "cant" {
		return false
	}
	for k := m.Start; k < m.End; k++ {
		if senderWords.Has(toks[k]) {
			return false
		}
	}
	for k := m.End; k+1 < len(toks) && toks[k] != textmatch.Break; k++ {
		if toks[k] == "from" {
			return !senderWords.Has(toks[k+1]) && !senderYou.Has(toks[k+1]) && toks[k+1] != textmatch.Break
		}
	}
	// "can't stop getting robocalls about my car warranty smh"
	for k := m.Start; k < len(toks) && k < m.End+2 && toks[k] != textmatch.Break; k++ {
		if senderWords.Has(toks[k]) {
			return false // "can't stop getting your spam"
		}
		if othersCalls.Has(toks[k]) {
			return true
		}
	}
	return false
}

// othersCalls are calls and texts no business asks to send: spam and
// robocalls.
var othersCalls = textmatch.NewSet("robocalls", "robocall", "spam", "scam", "scams", "telemarketers", "telemarketing")

// stopToWrite reports "stop to text" with the lead the one who stops, to
// write or call: "couldn't stop to text", "had to stop to answer", "I'll
// stop to call you after work".
func stopToWrite(toks []string, m textmatch.Match) bool {
	if m.Start+1 >= len(toks) || toks[m.Start+1] != "to" || !stoppedForms.Has(toks[m.Start]) {
		return false
	}
	return textmatch.Before(toks, m.Start, 2, pausingLead)
}

var (
	stoppedForms = textmatch.NewSet("stop", "stopped", "stopping")
	pausingLead  = textmatch.NewSet("couldnt", "cant", "didnt", "had", "have", "gotta", "got", "will", "ill", "gonna", "need", "needed", "to")
)

// othersHeard are who a lead never wants to hear from when it is not the
// sender: "her", "him", "them", "the other realtor", "my ex".
var othersHeard = textmatch.NewSet("her", "him", "them", "the", "that", "those", "my", "his", "their", "ella", "el")
