package dnc

import (
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// A question about further contact turns a bare yes or no into a
// revocation. Three kinds of question, and the answer that revokes:
//
//   - stop: "Should I stop texting you?", "Want me to take you off our
//     list?", "¿Prefiere que dejemos de escribirle?": a yes;
//   - mind: "Mind if we keep texting?", "¿Le molesta si le escribo?": a
//     yes that says it minds ("yes I do", "sí me molesta"; a bare "sure"
//     or "yes" lets the sender go ahead);
//   - leave: "OK if I check back in a few months?", "Can I keep you
//     posted?", "¿Le puedo escribir más adelante?": a no.
//
// Only a reply that is nothing but the answer counts ("no thanks", "yes
// please", "nope", "sí, por favor"); "no, call me instead" or "yes but not
// till June" say more than yes or no and are left to the other rules.
// The question must be about contact itself (texting, reaching out,
// checking back, updates, "escribirle"): "mind if I call?" answered "yes"
// refuses a call, and "can I send a quick estimate?" answered "no" refuses
// the estimate, not the texts.

// contactQuestion classifies what the business asked about contact.
var contactQuestion = textmatch.MustCompile(nil, []textmatch.Rule{
	// ("would you prefer I don't text you anymore?", "would you like to
	// unsubscribe?", "should I stop following up?")
	// ("would you rather we not text this number anymore?", "should we
	// take your number off our list?", "want me to close out your file
	// so the texts end here?", "¿prefiere que no le escribamos más?":
	// blind79, after its measurement)
	{Name: "stop", Pattern: "not text|message|contact|email|write ~2 anymore|again / take|took your|this|the number off / texts|messages end|stop here|now / no le|te|les escribamos|escriba|mandemos|enviemos|contactemos|molestemos|sigamos ~1 mas|escribiendo"},
	{Name: "stop", Pattern: "dont|not text|message|contact you anymore|again / like|want to unsubscribe / stop|quit|pause ~2 following|texting|messaging|contacting|reaching|sending|writing|bothering|texts|messages|emails|updates|promos / take|took you off / remove you|it|them / remove your|this|the number / unsubscribe you / opt you out / leave you alone / dejemos|deje|dejamos|dejar de ~1 escribirle|escribirte|contactarle|contactarte|mandarle|mandarte|enviarle|enviarte|molestarle|molestarte|escribirles / lo|la|te|le|los quitemos|quite|saquemos|saque|borremos|borre / dar|demos de baja / de de baja / que no le|te|les sigamos|siga|sigan ~1 escribiendo|mandando|enviando|contactando|molestando"},
	{Name: "mind", Pattern: "mind if|me|us / would|do you mind / le|te|les molesta|importa si|que"},
	{Name: "leave", Pattern: "ok|alright|fine if|to|with / is it ok|alright / would it be ok|alright / is that ok|alright / are you ok|fine|good with / can|could|may i|we ~1 keep|continue|check|follow|reach|text|message|stay|touch|write|email|add / i|we can ~1 keep|continue|check|follow|reach|text|message|write|email / should i|we keep|continue / want|like me|us to keep|continue|check|follow|text|message|write|email / keep|continue sending|texting|messaging|checking|reaching|emailing / want|like to stay|remain on|in / stay on|in our|the list / puedo|podemos ~1 seguir|escribir|escribirle|escribirte|contactar|contactarle|contactarte|volver|mandarle|mandarte / le|te parece ~1 si|que / esta bien si|que / quiere|quieres que ~1 le|te siga|sigamos|sigan / te|le|les sigo|seguimos mandando|enviando|escribiendo|avisando / quiere|quieres|queres que le|te|les avise|avisemos"},
})

// contactWords name contact by message (not a call) or what it goes to;
// a question about contact holds one.
var contactWords = textmatch.NewSet("text", "texting", "texts", "message", "messages", "messaging", "reach", "reaching",
	"contact", "contacting", "check", "checking", "checked", "follow", "following", "followup", "update", "updates", "posted",
	"touch", "email", "emails", "write", "writing", "escribir", "escribirle", "escribirte", "escribiendo", "escribimos",
	"escribamos", "escriba", "escriban", "escribo", "escribe", "mensaje", "mensajes", "contactar", "contactarle", "contactarte", "contacto",
	"comunicarme", "seguimiento", "avisarle", "avisarte", "list", "lista", "mandando", "enviando",
	// "¿te sigo mandando opciones?", "¿querés que te avise?" (blind61,
	// stop 67: a reaction's question)
	"avise", "avisemos", "avisando", "unsubscribe",
	// what the business would stop: "remove it from our system?",
	// "leave you alone?", "stop sending these promos?"
	"number", "numero", "system", "database", "alone", "promos", "sending", "mensajes", "contactos",
	"promociones", "mandandole", "mandandote", "enviandole", "enviandote", "escribiendole", "escribiendote")

// The words a bare answer may hold. An answer is nothing but these: its
// yes or no, what the yes or no is about ("I do", "me molesta", "no
// need") and politeness.
var (
	replyYes = textmatch.NewSet("yes", "yeah", "yep", "yup", "yah", "yea", "ye", "sure", "si", "claro", "correct", "definitely", "absolutely", "great", "best", "good", "perfect", "fine", "okay", "ok")
	replyNo  = textmatch.NewSet("no", "nope", "nah", "nel", "not", "dont", "didnt", "wouldnt", "neither")
	replyPad = textmatch.NewSet("thank", "thanks", "thx", "ty", "you", "u", "gracias", "por", "favor", "kindly", "me", "i", "a", "actually", "honestly", "truthfully", "frankly", "tbh", "lol", "um", "uh", "sorry",
		"the", "its", "it", "is", "that", "would", "be", "id", "did", "do", "bien", "la", "verdad", "think", "really", "tho", "though", "need", "hace", "falta", "ya", "so", "much",
		"please", "pls", "plz", "rather", "prefer", "mejor", "mind", "molesta", "importa", "but", "and", "just", "guess", "pero", "mija", "mijo",
		// "No sir, I don't reckon so", "no señora"
		"sir", "maam", "senor", "senora", "senorita", "reckon", "suppose", "believe")
)

// answersContactQuestion reports a reply t that revokes consent as the
// answer to asked, and the audit rule. A long reply counts by its last
// sentence: "sorry I've been MIA, between work and the kids I barely
// look at my phone.. but honestly yes please".
func answersContactQuestion(asked string, t textmatch.Text) (string, bool) {
	if t.WordCount() == 0 || t.Quests > 0 {
		return "", false
	}
	q := textmatch.Cached(asked)
	if q.Quests == 0 {
		// "I'll check back in a couple of weeks." answered "Honestly I'd
		// rather you didn't": the announced follow-up declined
		if announcesFollowUp(q) && declinesFollowUp(t.Toks) {
			return "context:declines the announced follow-up", true
		}
		return "", false
	}
	kind := ""
	contactQuestion.Each(q, func(m textmatch.Match) bool {
		if m.Name == "stop" {
			kind = "stop" // "mind if I take you off the list?" asks about stopping
			return false
		}
		if kind == "" {
			kind = m.Name
		}
		return true
	})
	words := t.Words()
	// "the second one please" to "OK if I check back in a few months, or
	// would you rather we not reach out again?"
	if rule, ok := choosesNoContact(q, words); ok {
		return rule, true
	}
	// "neither tbh" to "would email be easier than texting?": no way of
	// contact at all
	if offersChannels(q) {
		if rule, ok := refusesEvery(words); ok {
			return rule, true
		}
	}
	if kind == "" || !contactWords.HasAnyID(q.IDs) {
		return "", false
	}
	// "Prefiero que no, la verdad" to "¿le importa si le escribo en unos
	// meses?": a preference against it is minding it
	if kind != "stop" && prefersNot(t.Toks) {
		return "context:prefers no further messages", true
	}
	yes, no, minds, ok := replyPolarity(words)
	if !ok {
		// "not really, i only filled out the card for the raffle", "I'd
		// prefer you didn't, but thanks for being nice about it": a bare
		// answer in a clause of its own, and a reason that offers no other
		// way or time to be reached
		yes, no, minds, ok = answerClause(t.Toks)
	}
	if !ok && len(words) > 12 {
		// the last sentence, after an explanation
		toks := t.Toks
		last := len(toks)
		for last > 0 && toks[last-1] == textmatch.Break {
			last--
		}
		s := last
		for s > 0 && toks[s-1] != textmatch.Break {
			s--
		}
		if s > 0 && last-s <= 6 {
			// "... but honestly yes please": from "but" on
			tail := toks[s:last]
			for i, w := range tail {
				if w == "but" || w == "pero" {
					tail = tail[i+1:]
					break
				}
			}
			yes, no, minds, ok = replyPolarity(tail)
		}
	}
	if !ok {
		return "", false
	}
	switch {
	case kind == "stop" && yes && !no:
		return "context:yes to stopping messages", true
	case kind == "mind" && minds && !no:
		return "context:minds further messages", true
	case kind == "leave" && no && !yes:
		return "context:no to further messages", true
	}
	return "", false
}

// answerClause finds the first clause of toks that is a bare answer with
// a yes, a no or a "me molesta" in it, when no clause offers another way
// or time to be reached ("no, call me instead", "no, check back next
// week").
func answerClause(toks []string) (yes, no, minds, ok bool) {
	for _, w := range toks {
		if contactWords.Has(w) || otherWay.Has(w) {
			return false, false, false, false
		}
	}
	for s := 0; s < len(toks); {
		e := textmatch.ClauseEnd(toks, s)
		if e > s {
			if y, n, m, good := replyPolarity(toks[s:e]); good && (y || n || m) {
				return y, n, m, true
			}
		}
		s = e + 1
	}
	return false, false, false, false
}

// otherWay offers another way or time to be reached.
var otherWay = textmatch.NewSet("call", "calls", "calling", "phone", "email", "instead", "later", "after", "next", "llamar", "llame",
	"llameme", "llamame", "llama", "correo", "luego", "despues", "proximo", "proxima", "whatsapp")

// replyPolarity reads a bare answer: whether it says yes or no, whether it
// says it minds ("yes I do", "sí me molesta"), and ok false when it holds
// any other word ("no, call me instead", "yes but not till June").
func replyPolarity(words []string) (yes, no, minds, ok bool) {
	please := false
	for i, w := range words {
		switch {
		case w == "rather" || w == "prefer":
			// "rather not", "id prefer you didnt"
			if i+1 < len(words) && (words[i+1] == "not" || words[i+1] == "you") {
				no = true
			}
		case w == "mejor" && i+1 < len(words) && words[i+1] == "no":
			no = true
		case w == "need" && i > 0 && words[i-1] == "no", w == "falta" && i > 1 && words[i-2] == "no":
			// "no need", "no hace falta"
			no = true
		case w == "molesta" || w == "importa" || w == "mind":
			minds = minds || !(i > 0 && replyNo.Has(words[i-1])) && !(i > 1 && replyNo.Has(words[i-2]))
		case w == "do" && i > 0 && words[i-1] == "i":
			// "yes I do"
			yes, minds = true, true
		case replyNo.Has(w):
			no = true
		case replyYes.Has(w):
			yes = true
		case w == "please" || w == "pls" || w == "plz":
			please = true
		case replyPad.Has(w):
		default:
			return false, false, false, false
		}
	}
	// "please do" says yes; "please don't" says no; "that would be great"
	// says yes
	yes = yes || please && !no
	return yes, no, minds && (yes || !no), true
}

// offersChannels reports a question that offers one way of contact for
// another: "Would it be easier if I emailed you updates instead of
// texting?", "text or call, what's better?", "¿prefiere correo o
// WhatsApp?".
func offersChannels(q textmatch.Text) bool {
	n, alt := 0, false
	var seen [3]bool
	for _, w := range q.Toks {
		switch w {
		case "or", "o", "instead", "than", "vez", "lugar", "rather", "prefer", "prefiere", "prefieres":
			alt = true
		}
		if c := channelOf(w); c >= 0 && !seen[c] {
			seen[c] = true
			n++
		}
	}
	return alt && n >= 2
}

// channelOf names the way of contact w is: 0 a text, 1 an email, 2 a
// call; -1 none.
func channelOf(w string) int {
	switch w {
	case "text", "texting", "texts", "texted", "sms", "message", "messages", "mensaje", "mensajes", "whatsapp", "wa":
		return 0
	case "email", "emailed", "emailing", "emails", "mail", "correo", "correos", "mails":
		return 1
	case "call", "calls", "calling", "called", "phone", "llamada", "llamadas", "llamar", "llamarle", "llamarte":
		return 2
	}
	return -1
}

// refusesEvery reports a bare answer that takes none of the ways offered:
// "neither", "id rather you did neither tbh", "ninguno, gracias", "ni uno
// ni otro".
func refusesEvery(words []string) (string, bool) {
	if len(words) > 10 {
		return "", false
	}
	found := false
	for i, w := range words {
		switch {
		case w == "neither" || w == "ninguno" || w == "ninguna" || w == "none":
			found = true
		case w == "ni" && i+3 < len(words) && words[i+1] == "uno" && words[i+2] == "ni":
			found = true
		}
	}
	if !found {
		return "", false
	}
	// nothing but the refusal and politeness: not "neither, call me"
	rest := make([]string, 0, len(words))
	for i, w := range words {
		if w == "neither" || w == "ninguno" || w == "ninguna" || w == "none" || w == "ni" || w == "uno" || w == "otro" ||
			w == "of" && i > 0 && words[i-1] == "none" || w == "those" || w == "them" || w == "thing" {
			continue
		}
		rest = append(rest, w)
	}
	if _, _, _, ok := replyPolarity(rest); !ok {
		return "", false
	}
	return "context:neither way of contact", true
}

// choosesNoContact reports a short reply that picks, by its place, the
// option of a two-way question that ends contact: "the second one
// please" to "OK if I check back in a few months, or would you rather we
// not reach out again?", "la segunda" to "¿le escribo en unos meses o
// prefiere que no lo contactemos más?".
func choosesNoContact(q textmatch.Text, words []string) (string, bool) {
	if len(words) == 0 || len(words) > 8 {
		return "", false
	}
	pick := 0
	for _, w := range words[:min(len(words), 3)] {
		switch w {
		case "first", "1st", "former", "primera", "primero":
			pick = 1
		case "second", "2nd", "latter", "last", "segunda", "segundo", "ultima", "ultimo":
			pick = 2
		}
	}
	if pick == 0 {
		return "", false
	}
	// the two options: what comes before and after the last "or"
	side, rest, ok := textmatch.Options(q)
	if !ok {
		return "", false
	}
	if pick == 2 {
		side = rest[:textmatch.ClauseEnd(rest, 0)]
	}
	if endsContact(side) {
		return "context:chose no further contact", true
	}
	return "", false
}

// endsContact reports an option that stops contact: "we not reach out
// again", "stop texting", "take you off the list", "no lo contactemos
// más".
func endsContact(toks []string) bool {
	for i, w := range toks {
		if textmatch.Negators.Has(w) || w == "no" {
			for k := i + 1; k < len(toks) && k <= i+3; k++ {
				if contactWords.Has(toks[k]) || strings.HasPrefix(toks[k], "contact") || strings.HasPrefix(toks[k], "escrib") {
					return true
				}
			}
		}
		if (w == "stop" || w == "remove" || w == "unsubscribe" || w == "dejemos" || w == "quitemos") && i+1 < len(toks) {
			return true
		}
	}
	return false
}

// prefersNot reports a reply whose first clause says the lead would
// rather it did not happen: "prefiero que no", "I'd rather you didn't",
// "mejor que no", "preferiría que no"; no later clause offers another
// way or time.
func prefersNot(toks []string) bool {
	for _, w := range toks {
		if otherWay.Has(w) {
			return false
		}
	}
	e := textmatch.ClauseEnd(toks, 0)
	first := toks[:e]
	for i, w := range first {
		switch w {
		case "prefiero", "preferiria", "preferimos", "mejor":
			if i+2 < len(first) && first[i+1] == "que" && first[i+2] == "no" {
				return len(first) <= 6
			}
		}
	}
	return false
}

// followUpNotice is the business announcing that it will be back in touch,
// with no question: "I'll check back in a couple of weeks", "we'll follow
// up next month", "I'll text you again soon", "le escribo la próxima
// semana". Sending one thing ("I'll text you the link") is no follow-up.
var followUpNotice = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "notice", Pattern: "ill|well|will|gonna ~1 check|follow|circle|touch|reach back|up|in|base|out / ill|well|will be in touch / ill|well|will|gonna ~1 text|message|ping|email|write you again|back|soon|later|next|around / le|te|les escribo|escribimos|escribire|escribiremos|contacto|contactamos|contactare|contactaremos ~1 mas|la|el|en|pronto|luego / le|te|les vuelvo|volvemos a escribir|contactar|mandar / me|nos comunico|comunicamos|comunicare|comunicaremos con usted|ustedes|ud|uds|tigo"},
})

func announcesFollowUp(q textmatch.Text) bool {
	found := false
	followUpNotice.Each(q, func(m textmatch.Match) bool {
		// one thing promised is no follow-up: "I'll text you back in a few
		// minutes with the address", "I'll follow up with the comps"
		e := textmatch.ClauseEnd(q.Toks, m.Start)
		if slices.ContainsFunc(q.Toks[m.End:e], oneThing.Has) {
			return true
		}
		found = true
		return false
	})
	return found
}

// oneThing after a notice names the one thing it promises: "with the
// address", "the comps", "con la dirección"
var oneThing = textmatch.NewSet("with", "con", "address", "link", "comps", "quote", "estimate", "photos", "pictures", "numbers", "details",
	"info", "contract", "paperwork", "offer", "docs", "documents", "form", "direccion", "cotizacion", "fotos", "oferta", "contrato")

// politeRest are the words a decline may close on and still say nothing
// else: "no thanks, have a good day"; any other word gives a reason ("no
// need, I have it", "no thanks, we listed with an agent"), which
// declines the thing, not the contact.
var politeRest = textmatch.NewSet("cuidese", "cuidate", "bendiciones", "suerte", "thanks", "thank", "you", "thx", "ty", "gracias", "bye", "take", "care", "a", "good", "great", "nice", "day", "night",
	"weekend", "though", "anyway", "appreciate", "it", "sir", "maam", "really", "much", "so", "buen", "dia", "muchas", "igual", "saludos", "cheers", "have")

// declinesFollowUp reports a reply whose first clause declines it and
// says nothing else but politeness ("I'd rather you didn't", "please don't", "no thanks",
// "prefiero que no"), when no later clause invites the sender back: not
// "I'd rather you didn't, just text me when the quote's ready" nor "no
// thanks, check back in the spring". What the lead will do ("she'll reach
// out if she wants to") invites nothing.
func declinesFollowUp(toks []string) bool {
	e := textmatch.ClauseEnd(toks, 0)
	if prefersNot(toks) {
		return true
	}
	first := toks[:e]
	yes, no, _, ok := replyPolarity(first)
	if !ok || !no || yes || !slices.ContainsFunc(first, declineWords.Has) {
		// a bare "no" or "nah" may be about the day, not the contact
		return false
	}
	// "please don't", "I'd rather you didn't": a refusal whatever reason
	// follows ("Please don't. We found a buyer.")
	strong := slices.ContainsFunc(first, strongDecline.Has)
	// after "no thanks" or "no need" a later clause may be politeness or
	// the lead's own word that they
	// will be in touch ("if we change our minds we'll reach out"); any
	// other gives a reason or invites the sender back ("no need, I have
	// it", "no thanks, check back in the spring"): not a bare refusal of
	// contact
	for s := e + 1; s < len(toks); {
		ce := textmatch.ClauseEnd(toks, s)
		clause := toks[s:ce]
		s = ce + 1
		if !slices.ContainsFunc(clause, func(w string) bool { return !politeRest.Has(w) }) {
			continue
		}
		contact := slices.ContainsFunc(clause, contactWords.Has) || slices.ContainsFunc(clause, otherWay.Has)
		if contact && slices.ContainsFunc(clause, leadSubject.Has) && !slices.ContainsFunc(clause, func(w string) bool { return w == "you" || w == "u" || w == "yall" }) {
			continue
		}
		// after a strong refusal only an invitation back undoes it ("just
		// text me once the quote is done"); a reason does not
		if strong && !contact {
			continue
		}
		return false
	}
	return true
}

// strongDecline make a no a refusal of the contact itself
var strongDecline = textmatch.NewSet("please", "pls", "plz", "rather", "prefer")

// leadSubject says the lead or their people will be in touch: "we'll
// reach out", "she'll text if she wants to"
var leadSubject = textmatch.NewSet("i", "ill", "id", "we", "well", "wed", "she", "shell", "he", "hell", "they", "theyll")

var (
	// declineWords make a no a refusal: "rather not", "please don't",
	// "no thanks", "no need"
	declineWords = textmatch.NewSet("rather", "prefer", "please", "pls", "plz", "thanks", "thank", "thx", "gracias", "need", "falta")
)
