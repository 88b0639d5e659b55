package dnc

import "github.com/handoffkit/handoffkit/internal/textmatch"

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
	{Name: "stop", Pattern: "stop|quit|pause ~2 texting|messaging|contacting|reaching|sending|writing|bothering|texts|messages|emails|updates / take|took you|u off / remove you|u / unsubscribe you|u / opt you|u out / dejemos|deje|dejamos|dejar de ~1 escribirle|escribirte|contactarle|contactarte|mandarle|mandarte|enviarle|enviarte|molestarle|molestarte|escribirles / lo|la|te|le|los quitemos|quite|saquemos|saque|borremos|borre / dar|demos|de de baja"},
	{Name: "mind", Pattern: "mind if|me|us / would|do you|u mind / le|te|les molesta|importa si|que"},
	{Name: "leave", Pattern: "ok|okay|alright|fine if|to / is it|would it be|that ok|okay|alright / can|could|may i|we ~1 keep|continue|check|follow|reach|text|message|stay|touch|write|email / should i|we keep|continue / want me|us to keep|continue / puedo|podemos ~1 seguir|escribir|escribirle|escribirte|contactar|contactarle|contactarte|volver|mandarle|mandarte / le|te parece bien si|que / esta bien si|que"},
})

// contactWords name contact by message (not a call).
var contactWords = textmatch.NewSet("text", "texting", "texts", "message", "messages", "messaging", "reach", "reaching",
	"contact", "contacting", "check", "checking", "follow", "following", "followup", "update", "updates", "posted", "touch",
	"email", "emails", "write", "writing", "escribir", "escribirle", "escribirte", "escribiendo",
	"escribo", "mensaje", "mensajes", "contactar", "contactarle", "contactarte", "contacto", "comunicarme", "seguimiento",
	"avisarle", "avisarte", "list", "lista")

// replyWords are all a bare answer may hold: its yes or no and politeness.
var (
	yesWords   = textmatch.NewSet("yes", "yeah", "yep", "yup", "ya", "yea", "ye", "sure", "si", "claro", "correct", "definitely", "absolutely", "do", "please", "pls", "plz", "bit", "kinda", "little", "molesta", "importa", "mind")
	noWords    = textmatch.NewSet("no", "nope", "nah", "not", "dont", "rather", "prefer", "mejor", "thanks", "gracias", "really", "didnt", "wouldnt")
	replyExtra = textmatch.NewSet("thank", "you", "u", "thanks", "thx", "ty", "gracias", "por", "favor", "me", "i", "a", "ok", "okay", "actually",
		"honestly", "lol", "um", "uh", "sorry", "the", "its", "it", "is", "that", "would", "be", "great", "id", "you", "did", "do", "bien")
)

// answersContactQuestion reports a reply t that revokes consent as the
// answer to asked, and the audit rule.
func answersContactQuestion(asked string, t textmatch.Text) (string, bool) {
	words := t.Words()
	if len(words) == 0 || len(words) > 6 || t.Quests > 0 {
		return "", false
	}
	q := textmatch.Cached(asked)
	if q.Quests == 0 {
		return "", false
	}
	// the reply's polarity; any other word says more than yes or no
	yes, no, please := false, false, false
	for i, w := range words {
		switch {
		case w == "no" || w == "nope" || w == "nah" || w == "not" || w == "dont" || w == "didnt" || w == "wouldnt" ||
			(w == "rather" || w == "prefer") && i+1 < len(words) && words[i+1] == "not" || w == "mejor" && i+1 < len(words) && words[i+1] == "no":
			no = true
		case w == "yes" || w == "yeah" || w == "yep" || w == "yup" || w == "ya" || w == "yea" || w == "ye" || w == "sure" || w == "si" ||
			w == "claro" || w == "correct" || w == "definitely" || w == "absolutely" || w == "do" && i > 0 && words[i-1] == "i":
			yes = true
		case w == "please" || w == "pls" || w == "plz":
			// "please do" says yes; "please don't" says no
			please = true
		case yesWords.Has(w) || noWords.Has(w) || replyExtra.Has(w):
		default:
			return "", false
		}
	}
	yes = yes || please && !no
	// "sure" or a bare "yes" to "mind if...?" usually lets the sender go
	// ahead: minding takes its verb ("yes I do", "sí me molesta")
	minds := false
	for i, w := range words {
		minds = minds || w == "mind" || w == "molesta" || w == "importa" || w == "do" && i > 0 && words[i-1] == "i"
	}
	if yes == no {
		return "", false
	}
	kind := ""
	contact := false
	for _, w := range q.Toks {
		if contactWords.Has(w) {
			contact = true
			break
		}
	}
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
	switch {
	case kind == "stop" && yes:
		return "context:yes to stopping messages", true
	case kind == "mind" && yes && minds && contact:
		return "context:minds further messages", true
	case kind == "leave" && no && contact:
		return "context:no to further messages", true
	}
	return "", false
}
