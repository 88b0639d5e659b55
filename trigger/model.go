package trigger

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// ModelJudge is the learned tier shipped with the library as a [Judge]: a
// linear model over hashed word and character n-grams, trained by a
// command in the repository (internal/learned/cmd/train) on data the
// project owns, with weights embedded in the binary and thresholds
// calibrated on writers the model did not see. It reads explicit asks,
// frustration and buying commitment; it adds to the rules, never removes
// (see [Signals.Merge]). Frustration fires at the model's threshold, or
// from a probability of 0.6 when a cue too common to count alone
// confirms it ("not impressed", "the third time", a closing "Great.");
// its Why then ends "with" the cue's name. Opt-outs are not its business
// here: the dnc
// package's detector runs the same model behind its rules and sends the
// uncertain middle to a person's review.
//
// It is fast (a few microseconds, no I/O) and safe for concurrent use.
type ModelJudge struct {
	m *learned.Model
}

// Model returns the embedded learned tier. The weights are parsed once per
// process.
func Model() *ModelJudge { return &ModelJudge{m: learned.Default()} }

// Judge implements [Judge]. It never fails unless ctx is done. A signal
// that in.Rules already holds is reported without an explanation: the
// rules' own reason stands (see [Signals.Merge]), and naming features
// costs more than scoring.
func (j *ModelJudge) Judge(ctx context.Context, in JudgeInput) (Judgement, error) {
	if err := ctx.Err(); err != nil {
		return Judgement{}, err
	}
	out := j.judge(in.Text, &in.Rules)
	if out.ExplicitAsk && !in.Rules.ExplicitAsk && RoleAnswer(in.Text, in.History) {
		// "sales manager" after "what's your role?" names the lead's job
		out.ExplicitAsk = false
		out.Why = dropWhy(out.Why, "explicit_ask ")
	}
	return out, nil
}

// dropWhy removes the part of a Why that starts with prefix.
func dropWhy(why, prefix string) string {
	parts := strings.Split(why, "; ")
	parts = slices.DeleteFunc(parts, func(p string) bool { return strings.HasPrefix(p, prefix) })
	return strings.Join(parts, "; ")
}

// RoleAnswer reports a short message (at most four words, no call or
// talk in it) that answers the assistant's question about the lead's
// role: "sales manager", "owner", "la dueña" after "what's your role
// there?" or "¿cuál es su puesto?". A person's title in such an answer
// is the lead's job, not a request to deal with that person. history is
// the transcript before text, oldest first (a last lead turn equal to
// text is skipped); the assistant's last turn is the question.
func RoleAnswer(text string, history []Turn) bool {
	t := textmatch.Cached(text)
	if n := t.WordCount(); n == 0 || n > 4 {
		return false
	}
	for _, w := range t.Toks {
		if askCallvClass.Has(w) || talkWords.Has(w) {
			return false
		}
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		if h.FromLead {
			if i == len(history)-1 && h.Text == text {
				continue
			}
			return false
		}
		q := textmatch.Cached(h.Text)
		if q.Quests == 0 {
			return false
		}
		_, ok := roleQuestion.First(q, nil)
		return ok
	}
	return false
}

var (
	languages = textmatch.NewSet("english", "spanish", "espanol", "ingles", "inglish")
	aLanguage = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "a language", Pattern: "speak|talk|write|text|hablame|hableme|escribeme|escribame to? me|conmigo? in|en spanish|espanol|english|ingles"},
	})
	talkWords    = textmatch.NewSet("talk", "speak", "chat", "meet", "hablar", "llamar", "llamame", "hablame", "contact", "number", "numero")
	roleQuestion = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "role", Pattern: "your|su|tu role|title|position|job|rol|cargo|puesto / what do you do / a que te|se dedica|dedicas / what is your role|title"},
	})
)

// JudgeText is [ModelJudge.Judge] without a context. A commitment the
// model reads is level 2 (see [Signals.Commitment]): clear readiness,
// which the reference scorer counts enough to reach 70 on its own. Why
// names each task that fired with its probability and its strongest
// features: "explicit_ask p=0.97 w:ring+0.61 b:me_up+0.40 c:<rin+0.22",
// "commitment p=0.99 b:ball_rolling+0.52 ...".
func (j *ModelJudge) JudgeText(text string) Judgement { return j.judge(text, nil) }

func (j *ModelJudge) judge(text string, rules *Signals) Judgement {
	text, _ = textmatch.SplitQuoted(text) // as Analyze reads it
	s := j.m.Score(text)
	out := Judgement{Tier: "model"}
	var why []string
	// an ask inside quotes is someone else's words: the ask is read
	// without them
	asked, askText := s, text
	if q := textmatch.Unquoted(text); q != text && !textmatch.HouseholdQuote(text) {
		asked, askText = j.m.Score(q), q
	}
	// the vetoes below only matter where the rules found nothing: a merge
	// keeps what the rules found
	if j.m.Fires(asked, learned.ExplicitAsk) && (rules != nil && rules.ExplicitAsk || !askVetoed(askText, rules)) {
		out.ExplicitAsk = true
		if rules == nil || !rules.ExplicitAsk {
			why = append(why, "explicit_ask "+j.m.Why(askText, learned.ExplicitAsk))
		}
	} else if rules == nil || !rules.ExplicitAsk {
		if sn, ok := j.buriedAsk(askText, rules); ok {
			out.ExplicitAsk = true
			why = append(why, "explicit_ask in a sentence "+j.m.Why(sn, learned.ExplicitAsk))
		}
	}
	calm := func() bool {
		return shortHedge(text) || calmShort(text) || calmWords(textmatch.Cached(text)) || emotionElsewhere(text) || formerProviderStory(text) || calmWhy(text) || difficultyQuestion(text) ||
			eagerWait(textmatch.Cached(text)) || plainPraise(textmatch.Cached(text)) || pleasedSurprise(text, textmatch.Cached(text))
	}
	if j.m.Fires(s, learned.Frustration) && (rules != nil && rules.Frustrated || !calm()) {
		out.Frustrated = true
		if rules == nil || !rules.Frustrated {
			why = append(why, "frustration "+j.m.Why(text, learned.Frustration))
		}
	} else if (rules == nil || !rules.Frustrated) && s.Prob(learned.Frustration) >= weakCueProb {
		// two weak signals: the model leaning to frustration and a cue
		// that alone would be too common ("again", "not impressed",
		// "it's been 5 days", "Great." closing a complaint)
		if cue, ok := weakFrustration(text); ok && !calm() {
			out.Frustrated = true
			why = append(why, "frustration "+j.m.Why(text, learned.Frustration)+" with "+cue)
		}
	}
	// an angry message is no readiness: "this is the 5th text from you
	// people, what do you even want from me" reads to the model as a
	// commitment too; a commitment the rules see in it still counts
	frustrated := out.Frustrated || rules != nil && rules.Frustrated
	// nor is a need told: "it's killing us, want to get that payment down"
	ruleLevel := 0
	if rules != nil {
		ruleLevel = rules.Commitment
	}
	ct := textmatch.Cached(text)
	// nor is a message sent here by mistake ("me equivoqué de grupo,
	// vamos con el plan"), which the rules drop too
	// nor is a choice of someone else ("decision's made, we're going with
	// the other vendor"): readiness, but not for the sender
	// nor is readiness said with an eye-roll, which the rules drop too
	if j.m.Fires(s, learned.Commitment) && !textmatch.EyeRoll(text) && !((frustrated || textmatch.ChoseOther(ct) || textmatch.StatesNeed(ct) || textmatch.StatesAuthority(ct) || textmatch.StatesCompany(ct) || boughtInYear(ct) || textmatch.WrongChat(ct) || textmatch.WeighsCase(text, ct)) && ruleLevel < 2) {
		out.Commitment = 2
		if rules == nil || rules.Commitment < 2 {
			// a score handoff the model's commitment carried names it
			// (the engine's detail quotes the cue), so an auditor sees
			// which words counted, as for an ask
			why = append(why, "commitment "+j.m.Why(text, learned.Commitment))
		}
	}
	out.Why = strings.Join(why, "; ")
	return out
}

// boughtInYear reports a purchase told with its year: "desde el 2006, la
// compramos nuevecita", "we bought it in 2014". How long the lead has
// owned the place is history; the learned tier reads the buying as
// commitment.
func boughtInYear(t textmatch.Text) bool {
	if !t.HasAny(purchasedWords) {
		return false
	}
	for _, w := range t.Toks {
		if len(w) == 4 && textmatch.AllDigits(w) && (w[:2] == "19" || w[:2] == "20") {
			return true
		}
	}
	return false
}

var purchasedWords = textmatch.NewSet("bought", "purchased", "compramos", "compre", "compraron", "compro", "since", "desde").Gated()

// askVetoed reports a message whose words say it is no ask to the
// sender, whatever the model reads: a term of endearment (meant for a
// friend), a message sent to the wrong chat, the lead giving a name ("llámame Santi"), no way to reach a
// person named at all ([namesContact]), a short hedge ("puede ser").
func askVetoed(text string, rules *Signals) bool {
	t := textmatch.Cached(text)
	if hasEndearment(t) || textmatch.WrongChat(t) || selfNaming(t) || !namesContact(t, text) || laterIf(&t) || declinesTalk(t) && !askAfterProcessQuestion(text) {
		return true
	}
	// "speak to me en español": a language, not a person
	if _, ok := aLanguage.First(t, nil); ok {
		return true
	}
	// "did someone from your office try calling me?": a past call asked
	// about, not one asked for
	if _, ok := pastContact.First(t, nil); ok {
		return true
	}
	// "it's me on zoom all day": the lead's working day, not a call
	// asked for; "I'd rather you don't call her, text me instead": texts
	// asked for
	// ("a real person to text me instead of the automated system" asks)
	if _, ok := routineOrTexts.First(t, func(m textmatch.Match) bool { return m.End == len(t.Toks) || t.Toks[m.End] != "of" }); ok {
		return true
	}
	// "a quick look at the numbers would save us both time. Can you text
	// me the breakdown?": the answer asked for by text (not "text me the
	// number of whoever handles it")
	if _, ok := textsAsked.First(t, func(m textmatch.Match) bool { return !textmatch.After(t.Toks, m.End-1, 4, contactNouns) }); ok {
		return true
	}
	// "my grandma said always talk to a person before you sign": advice
	// someone gave, told (the rules found no other ask, or the model would
	// not be asked)
	if adviceTold(t) {
		return true
	}
	// "my dad keeps saying he wants to talk to a real person": someone
	// else's wish, told
	if othersWishToTalk(t) {
		return true
	}
	// "give liz a call", "call someone for me", "please call my sister":
	// a call the lead asks to be placed to someone else
	if callsThird(t) {
		return true
	}
	// "¿cuándo pueden venir a hacer el install?": the crew to do the work,
	// a commitment, not a person to talk to
	if _, ok := workVisit.First(t, nil); ok {
		return true
	}
	// "ocupo alguien de la oficina que me mande la factura por correo":
	// a paper sent, not a person to talk to
	if _, ok := paperSent.First(t, nil); ok {
		return true
	}
	// "puede ser" ("maybe") as the whole answer
	if t.WordCount() <= 3 && textmatch.ContainsSeq(t.Toks, "puede", "ser") {
		return true
	}
	if rules != nil && !rules.Hesitant {
		return false // a hedge is what shortHedge looks for
	}
	return shortHedge(text)
}

// callsThird reports a request, opening its clause, to place a call to
// someone other than the lead: "give liz a call", "call someone for me",
// "can you call my sister". "call me", "give us a ring", "call my cell"
// and "call someone from your office" are the lead's own.
func callsThird(t textmatch.Text) bool {
	toks := t.Toks
	for i, w := range toks {
		// "quiere que alguien la llame a ella, no a mí", "que llamen a mi
		// vecina": the call's person named after it, not the lead nor the
		// lead's household ("que alguien le llame a mi mamá, ella no sabe
		// mandar mensajes" asks)
		if esCallv.Has(w) && i+2 < len(toks) && toks[i+1] == "a" && esThirdPron.Has(toks[i+2]) && notMe(toks, i+3) {
			return true
		}
		if esCallv.Has(w) && i+3 < len(toks) && toks[i+1] == "a" && (toks[i+2] == "mi" || toks[i+2] == "su") && esOutsider.Has(toks[i+3]) {
			return true
		}
		cs := textmatch.ClauseStart(toks, i)
		lead := i == cs || i == cs+1 && (toks[cs] == "please" || toks[cs] == "pls") ||
			i >= cs+2 && i <= cs+3 && (toks[cs] == "can" || toks[cs] == "could" || toks[cs] == "would") && (toks[cs+1] == "you" || toks[cs+1] == "u")
		if !lead {
			continue
		}
		switch {
		case askCallvClass.Has(w) && i+1 < len(toks):
			// "call someone for me", "call my sister"
			n := toks[i+1]
			if n == "someone" || n == "somebody" {
				return i+3 < len(toks) && toks[i+2] == "for" && (toks[i+3] == "me" || toks[i+3] == "us")
			}
			if n == "my" && i+2 < len(toks) && thirdKin.Has(toks[i+2]) {
				return true
			}
			// "call me a taxi": a ride, not a call to the lead
			if n == "me" && i+3 < len(toks) && (toks[i+2] == "a" || toks[i+2] == "an") && rides.Has(toks[i+3]) {
				return true
			}
			// "ring jasper", "could you please dial marisol": a phone
			// assistant's call to someone named, the message ending on
			// the name (not "call me", "call back", "call tomorrow",
			// "call someone"; "please call mike, he's my husband and
			// handles this" asks for the household)
			if w != "phone" && i+2 == len(toks) && len(toks) <= 6 && !notAName.Has(n) && !strings.HasSuffix(n, "ly") && !strings.HasSuffix(n, "ente") && !strings.HasPrefix(n, "me") && !strings.HasPrefix(n, "pl") && !askPersonClass.Has(n) && !askStrongClass.Has(n) && !isNumberTok(n) {
				return true
			}
		case w == "give" && i+3 < len(toks) && (toks[i+2] == "a" || toks[i+2] == "the") && (toks[i+3] == "call" || toks[i+3] == "ring"):
			// "give liz a call" (not "give me a call", "give us a ring")
			n := toks[i+1]
			return n != "me" && n != "us" && n != "this" && n != "my" && !askPersonClass.Has(n)
		}
	}
	return false
}

var (
	// esCallv are Spanish calls placed by someone (not "llámame")
	esCallv = textmatch.NewSet("llame", "llamen", "llamar", "llamara", "llamaran", "marque", "marquen", "marcar")
	// esThirdPron are the third persons after "a": "llame a ella"
	esThirdPron = textmatch.NewSet("ella", "el", "ellos", "ellas")
	// esOutsider are people outside the lead's household a call may be
	// placed to: "a mi comadre"
	esOutsider = textmatch.NewSet("comadre", "compadre", "vecina", "vecino", "amiga", "amigo", "jefe", "jefa")
)

// notMe reports "no a mí" (or "no a nosotros") within three tokens from
// i: the call is someone else's, not the lead's.
func notMe(toks []string, i int) bool {
	for k := i; k+2 < len(toks) && k < i+3; k++ {
		if toks[k] == "no" && toks[k+1] == "a" && (toks[k+2] == "mi" || toks[k+2] == "nosotros") {
			return true
		}
	}
	return false
}

// rides are what "call me a ..." orders: "call me a taxi"
var rides = textmatch.NewSet("cab", "taxi", "uber", "lyft", "ride", "car", "ambulance", "tow", "limo", "shuttle")

// notAName are the words that may end a clause after a call verb and
// name no third party: the lead, a time, a line of theirs, politeness.
var notAName = textmatch.NewSet("me", "us", "back", "now", "today", "tomorrow", "tmrw", "tmr", "tonight", "later", "anytime", "asap",
	"soon", "please", "pls", "plz", "thanks", "thx", "again", "first", "instead", "pronto", "manana", "hoy", "ya", "porfa", "cell", "mobile",
	"home", "house", "office", "work", "here", "there", "this", "that", "it", "him", "her", "them", "someone", "somebody", "anyone",
	"anybody", "whenever", "morning", "afternoon", "evening", "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "am", "pm", "ok", "okay", "sometime", "sooner", "quick", "quickly", "directly", "mine", "both",
	"number", "line", "landline", "phone", "cellphone", "celular", "cel", "yourself", "hun", "hon", "sir", "maam", "dear",
	// urgency: "call urgent", "ring urgently"
	"urgent", "urgente", "urgencia", "rapido", "fast", "stat", "already", "ahorita", "ahora", "luego", "rn")

// thirdKin are people of the lead's own a call may be placed to
var thirdKin = textmatch.NewSet("mom", "mother", "dad", "father", "sister", "brother", "wife", "husband", "son", "daughter", "friend", "boss",
	"aunt", "uncle", "grandma", "grandpa", "cousin", "neighbor", "landlord", "doctor", "dentist", "lawyer")

// namesContact reports a message that names a way to deal with a
// person or a person to deal with: a call, a phone or a number, talking,
// meeting or a visit, a person, an agent or a team to be connected to
// ("give me a buzz", "¿me pasáis con alguien?", "📞 me pls"). The model's
// ask is taken only from such a message: without one its words are a
// need for a product or a service ("need a crm for our sales team",
// "VP of Sales here, we need an AI SDR live by Q3"), which the model
// reads as an ask from "sales", "need" and "team". No ask the model
// caught on the training writers' rows, the blind sets or the corpus
// lacks one.
func namesContact(t textmatch.Text, raw string) bool {
	letters := 0
	for i, w := range t.Toks {
		if len(w) == 1 {
			letters++
		}
		// "a 200-person fintech" is a size, not a person
		if (w == "person" || w == "people") && i > 0 && isNumberTok(t.Toks[i-1]) {
			continue
		}
		// "she doesn't speak English": a language spoken, not a talk
		if (w == "speak" || w == "speaks" || w == "habla" || w == "hablar") && i+1 < len(t.Toks) && languages.Has(t.Toks[i+1]) {
			continue
		}
		// "auto is with someone else": another provider, not a person to
		// talk to
		if (w == "someone" || w == "somebody") && i+1 < len(t.Toks) && t.Toks[i+1] == "else" {
			continue
		}
		// "7 single families over there": a place, not "come over"
		if w == "over" && i+1 < len(t.Toks) && (t.Toks[i+1] == "there" || t.Toks[i+1] == "here") {
			continue
		}
		if contactWords.Has(w) {
			return true
		}
		for _, p := range contactWordStems {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	// a word spelt out letter by letter ("C A L L  M E") is read whole
	// by the model, not here
	if letters > 2 && letters == t.WordCount() {
		return true
	}
	return strings.ContainsAny(raw, "📞☎📱")
}

var (
	// the words no stem below covers
	contactWords = textmatch.NewSet("ring", "number", "numbers", "num", "line", "extension", "ext", "cell",
		"buzz", "bell", "chat", "sit", "come", "stop", "swing", "over", "people", "ppl", "rep", "reps", "staff",
		"officer", "owner", "manager", "supervisor", "boss", "operator", "someone", "somebody", "anyone", "anybody", "whoever",
		"guy", "deal", "reach", "touch", "back", "put", "loop", "zoom", "office",
		"directly", "direct", "real", "actual", "automated", "bot", "robot", "face", "voice", "hear", "hit", "alguien",
		"nadie", "asesor", "asesora", "vendedor", "vendedora", "dueno", "gerente", "jefe", "oficina", "cita", "cel", "celular",
		"movil", "numero", "linea", "tratar", "videollamada", "platicar", "maquina", "write", "text",
		// "pásame con alguien", not "lo que pasa es que"
		"pasame", "paseme", "pasenme", "pasar", "pasas", "pasan", "pasen", "pasarme", "pasarnos", "pase")
	contactWordStems = []string{"cal", "cll", "phon", "telef", "teleph", "llam", "yam", "marc", "habl", "escrib", "contest",
		"comunic", "reun", "visit", "agent", "repres", "encarg", "contact", "human", "person", "especialist", "specialist",
		"marq", "talk", "speak", "spoke", "convers", "consult", "connect", "transfer", "meet", "advis", "expert"}
)

// shortHedge reports a short answer that hedges ("hard to say", "idk
// maybe", "no sé"): the model reads its words as exasperation, but an
// unsure answer is not frustration.
func shortHedge(text string) bool {
	t := textmatch.Cached(text)
	if len(t.Words()) > 5 {
		return false
	}
	_, _, hesitant := textmatch.Commitment(t)
	return hesitant
}

// calmWhy reports a short, plain question why or how something works,
// one clause with no mark of feeling: "why is it asking for my ssn",
// "how does the escrow part work?". "why are you still texting me", "why
// do you keep asking" and "why is this so hard??" carry one.
func calmWhy(text string) bool {
	t := textmatch.Cached(text)
	toks := t.Toks
	if len(toks) < 3 || len(toks) > 10 || t.Bangs > 0 || t.Quests > 1 || t.Letters >= 4 && t.Upper >= 0.7 || slices.Contains(toks, textmatch.Break) {
		return false
	}
	if toks[0] != "why" && toks[0] != "how" && toks[0] != "porque" && toks[0] != "como" || !plainAux.Has(toks[1]) {
		return false
	}
	return !slices.ContainsFunc(toks, feelingMarks.Has)
}

// eagerWait reports a wait told as eagerness, not a complaint: a yes
// opens the message and "been waiting on/for this" follows, with no
// word of a long or repeated wait ("absolutely!!! been waiting on this,
// send the paperwork", but not "yes, been waiting on this for weeks").
func eagerWait(t textmatch.Text) bool {
	toks := t.Toks
	i := textmatch.IndexSeq(toks, "been", "waiting")
	if i < 0 || i+3 >= len(toks) || toks[i+2] != "on" && toks[i+2] != "for" || !eagerObject.Has(toks[i+3]) {
		return false
	}
	first := slices.IndexFunc(toks, func(w string) bool { return w != textmatch.Break })
	return first >= 0 && eagerYes.Has(toks[first]) && !slices.ContainsFunc(toks, longWait.Has)
}

var (
	eagerYes    = textmatch.NewSet("absolutely", "yes", "yess", "yesss", "yeah", "yep", "definitely", "heck", "hell", "si", "claro")
	eagerObject = textmatch.NewSet("this", "it", "that", "you", "yall", "ya")
	longWait    = textmatch.NewSet("forever", "long", "still", "ages", "weeks", "months", "days", "again", "ugh", "smh", "since", "finally", "hours",
		"week", "month", "day", "hour", "year", "years", "wk", "wks", "hr", "hrs", "yr", "yrs", "mins", "minutes", "all")
)

// difficultyQuestion reports a short question that asks how hard a step
// is before taking it: "how hard is it to fill out the application?",
// "¿qué tan difícil es llenar la solicitud?". The learned tier reads the
// difficulty words as exasperation, and "why is it so hard to reach
// anyone?" is (see [calmWhy]), but asking ahead is calm.
func difficultyQuestion(text string) bool {
	t := textmatch.Cached(text)
	toks := t.Toks
	if len(toks) < 5 || len(toks) > 12 || t.Bangs > 0 || t.Quests != 1 || t.Letters >= 4 && t.Upper >= 0.7 || slices.Contains(toks, textmatch.Break) {
		return false
	}
	// the step is the lead's own: filling out, applying, switching ("how
	// hard is it to send a simple quote?" or "to get a callback?" asks
	// why the sender has not)
	switch {
	case toks[0] == "how" && difficultyWords.Has(toks[1]) && toks[2] == "is" && toks[3] == "it" && toks[4] == "to" && len(toks) > 5 && leadSteps.Has(toks[5]):
	case toks[0] == "que" && toks[1] == "tan" && difficultyWords.Has(toks[2]) && toks[3] == "es" && leadSteps.Has(toks[4]):
	default:
		return false
	}
	for k, w := range toks {
		// "cambiar con ustedes": the sender as where the lead goes
		if difficultyEdge.Has(w) && !(k > 0 && (toks[k-1] == "con" || toks[k-1] == "with" || toks[k-1] == "to")) {
			return false
		}
	}
	return true
}

// leadSteps are the steps a lead takes and may ask the difficulty of
// ahead: "fill out the application", "cambiarse de compañía".
var leadSteps = textmatch.NewSet("fill", "apply", "qualify", "switch", "refinance", "refi", "sign", "enroll", "transfer", "change",
	"cancel", "upgrade", "add", "sell", "list", "buy", "set", "install", "move", "close", "finance", "llenar", "aplicar",
	"calificar", "cambiar", "cambiarse", "cambiarme", "sacar", "tramitar", "inscribirse", "inscribirme", "registrarse", "registrarme",
	"vender", "comprar", "instalar", "agregar", "hacerlo", "solicitar", "refinanciar", "financiar", "cerrar")

var (
	difficultyWords = textmatch.NewSet("hard", "difficult", "easy", "complicated", "dificil", "facil", "complicado", "complicada")
	// difficultyEdge gives such a question an edge: "how hard is it to
	// get a call back from you people?"
	difficultyEdge = textmatch.NewSet("still", "again", "even", "ever", "you", "u", "yall", "ustedes", "people", "gente", "back",
		"answer", "reply", "respond", "contestar", "responder", "reach", "times", "veces")
	// plainAux follow "why" or "how" in a plain question
	plainAux = textmatch.NewSet("is", "does", "do", "are", "would", "can", "es", "funciona", "se")
	// feelingMarks give a why-question an edge
	feelingMarks = textmatch.NewSet("still", "keep", "keeps", "again", "even", "so", "always", "never", "ever", "hard", "difficult", "complicated",
		"you", "u", "yall", "todavia", "siguen", "sigue", "otra", "tan", "dificil", "ustedes",
		// "why do I have to ask three times?"
		"times", "twice", "three", "ask", "veces")
)

// calmShort reports a one-word answer with no mark of feeling (no "!",
// no "??", no capitals, no emoji): "sometimes", "mornings". The model's
// character n-grams read such answers as exasperation, and one word is
// too little evidence to hand off on; the rules still read "ugh",
// "seriously??" or a swear. (Two words are not enough to tell: "nothing
// changed" is calm, "lowballing scumbags" is not.)
func calmShort(text string) bool {
	t := textmatch.Cached(text)
	if len(t.Words()) > 1 || t.Bangs > 0 || t.Quests > 1 || t.Letters >= 4 && t.Upper >= 0.7 {
		return false
	}
	for _, r := range text {
		if r >= 0x2600 {
			return false // an emoji or a symbol
		}
	}
	return true
}

// selfNaming reports the lead telling the sender what to call them:
// "Santiago, pero llámame Santi", "call me Jim btw". The rules read it as
// a name; the model reads "call me" and must not overrule them.
func selfNaming(t textmatch.Text) bool {
	toks := t.Toks
	for k := 0; k+1 < len(toks); k++ {
		w := toks[k]
		n := k + 1
		switch {
		case w == "call" && toks[k+1] == "me" && k+2 < len(toks):
			n = k + 2
		case namingVerbs.Has(w):
		default:
			continue
		}
		name := toks[n]
		if name == textmatch.Break || len(name) < 3 || callTail.Has(name) || askCallmeClass.Has(name) || spanishNameTail.Has(name) ||
			notNames.Has(name) || isNumberTok(name) {
			continue
		}
		if n+1 >= len(toks) || toks[n+1] == textmatch.Break || nameFiller.Has(toks[n+1]) {
			return true
		}
	}
	return false
}

// words after "call me" that are not a name: "call me bro", "call me
// already", "cll me bck"
var notNames = textmatch.NewSet("bro", "bruh", "dude", "man", "sis", "fam", "girl", "already", "bck", "bak", "pls", "plz", "please",
	"asap", "lol", "now", "back", "again", "today", "tmrw", "tonight", "real", "quick", "fast", "soon", "maybe", "instead", "pues",
	"porfa", "ahorita", "luego", "urgente", "mija", "mijo", "mano", "chamo", "parce", "wey", "guey", "compa", "carnal", "hermano",
	// interjections and the Costa Rican and Nicaraguan "mae", "maje": "just
	// call me omg", "llámame mae, es más fácil"
	"omg", "omfg", "ffs", "fr", "smh", "lmao", "yo", "mae", "maje")

var namingVerbs = textmatch.NewSet("llamame", "llameme", "llamenme", "dime", "digame", "diganme", "decime")

// Judged is [Analyze] merged with the learned tier ([Model]): the
// signals the rules of this package read when [Input.Signals] is nil.
func Judged(text string, competitors ...string) Signals {
	return Analyze(text, competitors...).Merge(defaultModel().JudgeText(text))
}

var defaultModel = sync.OnceValue(Model)

// askOf returns the explicit ask of in: from in.Signals when the engine
// gave them, else from the rules and then the learned tier.
func askOf(in Input) (string, bool) {
	if in.Signals != nil {
		return in.Signals.ExplicitAskRule, in.Signals.ExplicitAsk
	}
	if rule, ok := explicitAsk(textmatch.Cached(in.Text)); ok {
		return rule, true
	}
	if j := defaultModel().JudgeText(in.Text); j.ExplicitAsk {
		return tierRule(j), true
	}
	return "", false
}

// frustrationOf is askOf for frustration.
func frustrationOf(in Input) (string, bool) {
	if in.Signals != nil {
		return in.Signals.FrustrationRule, in.Signals.Frustrated
	}
	if cue, ok := frustration(in.Text, textmatch.Cached(in.Text)); ok {
		return cue, true
	}
	if j := defaultModel().JudgeText(in.Text); j.Frustrated {
		return tierRule(j), true
	}
	return "", false
}

// pastContact asks about or reports a contact that happened.
var pastContact = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "past contact", Pattern: "did ~4 call|calling|try|reach|text / has|have ~3 called|tried|reached|texted / missed call|calls / missed your call"},
})

var routineOrTexts = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "routine", Pattern: "on zoom|calls|meetings|teams ~1 all day|nonstop / on the phone all day|nonstop / en juntas|llamadas|zoom todo el dia"},
	{Name: "texts instead", Pattern: "text|message|textea|escribeme|textame me|us? instead|mejor / mejor textea|escribeme|textame|mandame un? mensaje"},
	// "¿Marcarte? Nah, mejor seguimos por text"
	{Name: "texts instead", Pattern: "seguimos|sigamos|sigo por text|texto|mensaje|mensajes|whatsapp|aqui|aca / hit me up by|via|over text|texto"},
	// dev296 (stop 52): "you can reach me at this same number by text
	// anytime"
	{Name: "texts instead", Pattern: "reach|contact|get me|us ~5 by|via|over text|texting|sms|texto|mensaje"},
	// "le ruego no llamarme por teléfono ... prefiero los mensajes"
	{Name: "texts instead", Pattern: "prefiero|prefer|preferimos los|el? mensajes|textos|texto|texts|text|texting"},
})

var (
	textsAsked = textmatch.MustCompile(nil, []textmatch.Rule{
		// "I'd like to speak to the condition of the house: new water
		// heater 2021": to address a point, no person
		{Name: "speak to a point", Pattern: "speak|talk to the|that condition|state|quality|issue|point|question|age|roof"},
		{Name: "texts asked", Pattern: "can|could|would you text me|us the|a|an|it|that|those|them / please|just text me|us the|it|that|those|them"},
	})
	contactNouns = textmatch.NewSet("number", "cell", "line", "contact", "phone", "extension", "name")
)

// plainPraise reports praise of the sender's people with no complaint
// beside it: "Your tech was very professional.", "Thanks genius, that
// fixed it!" (the learned tier reads "professional" and "genius" from
// sarcastic complaints).
func plainPraise(t textmatch.Text) bool {
	for i, w := range t.Toks {
		// ("thanks again" is polite)
		if complaintCues.Has(w) && !(w == "again" && i > 0 && (t.Toks[i-1] == "thanks" || t.Toks[i-1] == "you")) {
			return false
		}
	}
	if t.HasAny(praiseTurned) {
		return false
	}
	_, ok := praise.First(t, nil)
	return ok
}

var (
	praise = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "praise", Pattern: "was|were|is|are|youre very|so|truly|really|super professional|helpful|kind|courteous|polite|patient / that|it fixed|worked it|that|everything? / thank you so much for the help|patience"},
	})
	// praiseTurned make praise sarcastic: "very professional, except
	// nobody showed up", "real impressive"
	praiseTurned = textmatch.NewSet("except", "but", "pero", "real", "sure", "yeah").Gated()
)

// buriedAskBytes is the length from which a message is long enough to
// hide an ask among other sentences.
// Measured on the development and regression sets: 200 bytes gains
// recall on seven sets; 120 and 80 cost conversations.
const buriedAskBytes = 200

// buriedAskProb is the probability a sentence needs, above the model's
// own threshold: a sentence out of its message is weaker evidence ("need
// to get dispatch into an actual system" scores 0.91). At 0.95 the seven
// sets keep their gains with no new false positive.
const buriedAskProb = 0.95

// buriedAsk finds an ask the model reads in one sentence of a long
// message whose other sentences (a service request, a story) dilute it
// when the message is scored whole.
func (j *ModelJudge) buriedAsk(text string, rules *Signals) (string, bool) {
	if len(text) < buriedAskBytes {
		return "", false
	}
	ss := textmatch.Sentences(text)
	if len(ss) < 2 {
		return "", false
	}
	for _, sn := range ss {
		sn = strings.TrimSpace(sn)
		if sn == "" {
			continue
		}
		if sc := j.m.Score(sn); j.m.Fires(sc, learned.ExplicitAsk) && sc.Prob(learned.ExplicitAsk) >= buriedAskProb && !askVetoed(sn, rules) {
			return sn, true
		}
	}
	return "", false
}

// calmWords reports words that keep the model's frustration out: the lead
// owning not knowing ([selfClueless]) or a calm reminder ([calmReminder]).
func calmWords(t textmatch.Text) bool {
	return selfClueless(t.Toks) || calmReminder(t) || ownNobody(t.Toks) || calmNoShow(t) || ownBurden(t) || content(t)
}

// content reports a lead who says they are content, with nothing turned
// against it ("but", "until", "pero"), no "!", capitals or profanity:
// "I'm 71 and I've had the same plan for six years, happy with it". The
// model reads "the same" as a complaint repeated.
func content(t textmatch.Text) bool {
	if t.Bangs > 0 || t.Upper > 0.5 || t.HasAny(profanity) {
		return false
	}
	m, ok := contentRules.First(t, nil)
	if !ok {
		return false
	}
	// ("no complaints": the "no" of the phrase itself turns nothing)
	return !slices.ContainsFunc(t.Toks[:m.Start], contentTurned.Has) && !slices.ContainsFunc(t.Toks[m.End:], contentTurned.Has)
}

var (
	contentRules = textmatch.MustCompile(nil, []textmatch.Rule{
		{Name: "content", Pattern: "happy|satisfied|content with ~1 it|them|my|our|what|the|that / no complaints / contento|contenta|contentos|satisfecho|satisfecha con ~1 el|la|mi|lo|eso"},
	})
	contentTurned = textmatch.NewSet("but", "until", "til", "till", "except", "though", "pero", "hasta", "anymore", "not", "no", "never", "nunca")
)

// ownBurden reports a seller's reason told as weariness with the lead's
// own lot, naming no sender and with no "!", capitals or profanity: "im
// just done being a landlord, tired of chasing rent every month",
// "estoy cansada de los inquilinos". The model reads the weariness as
// frustration; it is why they would sell.
func ownBurden(t textmatch.Text) bool {
	if t.Bangs > 0 || t.Upper > 0.5 || senderIn(t.Toks, 0, len(t.Toks)) {
		return false
	}
	weary := false
	for _, id := range t.IDs {
		switch {
		case wearyWords.HasID(id):
			weary = true
		case profanity.HasID(id):
			// a word of anger other than the weariness itself ("fed up")
			return false
		}
	}
	return weary && t.HasAny(ownLot)
}

var (
	wearyWords = textmatch.NewSet("tired", "done", "sick", "fed", "exhausted", "cansado", "cansada", "harto", "harta", "cansados")
	ownLot     = textmatch.NewSet("landlord", "landlording", "tenant", "tenants", "renters", "rent", "rental", "rentals", "commute", "commuting",
		"shoveling", "mowing", "upkeep", "stairs", "inquilinos", "inquilino", "renta", "rentar", "casero", "casera").Gated()
)

// calmNoShow reports a short, calm report that nobody came ("hm. nobody
// came", "no, nadie vino"): no capitals, no "!" or "?", at most eight
// words. The model reads "nobody" as exasperation.
func calmNoShow(t textmatch.Text) bool {
	if t.WordCount() > 8 || t.Bangs > 0 || t.Quests > 0 || t.Upper > 0.5 {
		return false
	}
	for i, w := range t.Toks {
		if nobodyWords.Has(w) && i+1 < len(t.Toks) && noShowVerbs.Has(t.Toks[i+1]) {
			return true
		}
	}
	return false
}

// ownNobody reports "nobody" said of the lead's own people: "our payroll
// guy retired and nobody else knows how to run it" is a pain to solve,
// which the model reads as "nobody answers".
func ownNobody(toks []string) bool {
	for i, w := range toks {
		if nobodyWords.Has(w) && i+1 < len(toks) && (toks[i+1] == "else" || toks[i+1] == "mas") &&
			slices.ContainsFunc(toks[max(0, i-12):i], ourTeam.Has) && !senderIn(toks, 0, len(toks)) {
			return true
		}
	}
	return false
}

// declinesTalk reports a talk or call named only as what the lead would
// rather not do ("chat is easier for me than talking to a person", "I
// like doing it by chat instead of talking to someone") or in a question
// how the process goes ("do I need to speak with someone to cancel?",
// see [howItGoes]).
func declinesTalk(t textmatch.Text) bool {
	for i, w := range t.Toks {
		if !talkVerbs.Has(w) {
			continue
		}
		m := textmatch.Match{Start: i, End: i + 1}
		if avoidsTalk(t.Toks, t.IDs, m) || howItGoes(t, m) {
			return true
		}
	}
	return false
}

// askAfterProcessQuestion reports a message whose talk verbs are not all
// declined: one sentence asks how the process goes ("Does anyone answer
// the phone over there?") and another names a talk or call the lead wants
// ("I'd like to call and ask about the HELOC"). The decline vetoes the
// model's ask only when it covers every sentence that names a contact.
func askAfterProcessQuestion(text string) bool {
	ss := textmatch.Sentences(text)
	if len(ss) < 2 {
		return false
	}
	for _, sn := range ss {
		t := textmatch.Cached(sn)
		if !declinesTalk(t) && (slices.ContainsFunc(t.Toks, talkVerbs.Has) || textmatch.ContainsSeq(t.Toks, "word", "with")) {
			return true
		}
	}
	return false
}

var nobodyWords = textmatch.NewSet("nobody", "nadie", "noone")

var talkVerbs = textmatch.NewSet("talk", "talking", "speak", "speaking", "call", "calling", "calls", "phone", "hablar")

// workVisit is a visit asked for to do the work: "cuándo pueden venir a
// hacer el install", "when can you come do the install".
// paperSent is a person asked only to send a paper (an invoice, a
// receipt, a quote, a contract) by mail or text: "necesito alguien que
// me mande la factura por correo", "can someone email me the receipt".
var paperSent = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "paper sent", Pattern: "que me|nos mande|manden|envie|envien|pase|pasen ~2 factura|recibo|cotizacion|contrato|papeles|presupuesto|estimado / someone|somebody ~2 send|email|mail|text me|us ~2 the|a|my invoice|receipt|quote|contract|estimate|bill|paperwork"},
})

var workVisit = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "work visit", Pattern: "venir|vengan|venga a hacer|poner|instalar ~2 install|instalacion|trabajo|techo|aire / come out ~1 do|start ~1 the install|installation|job|work / venir|vengan|venga a medir|arreglar|reparar|revisar|checar / venir|vengan|venga a ver la|el fuga|gotera|techo|aire|tuberia|calentador"},
})
