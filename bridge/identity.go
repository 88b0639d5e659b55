package bridge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The AI never says it is a person, and never speaks as one: a text is
// refused ([ProblemHumanClaim]) when its writer
//
//   - denies being a bot, an AI or automated, wherever the denial stands
//     ("Nope, not a bot!", "I'm a real estate agent, not a bot", "this
//     text is not automated", "no soy un robot");
//   - says it is a person, a human or someone in a human role ("I'm a
//     real estate agent", "you are texting a real person", "100% human
//     here", "we're real people", "estás hablando con una persona real");
//   - introduces or signs itself by a name that is not the AI's own
//     ([Voice].AgentName) nor the business's: "Hi Sam, this is Mike",
//     "Mike here!", "Soy Carla", "... — Mike".
//
// A claim is about the writer: talking about someone else passes ("a
// real person will call you", "Mike is a real person, not a bot",
// "you'll be talking to a real person soon", "Mike will reach out"). A
// clause with no subject of its own ("A real person!") speaks of the
// subject of the sentence beside it: of the rep in "A real person! Mike
// will call you shortly.", of the writer in "I'm Kyle. A real person!"
// and when no sentence beside it has one. Opened by an answer word
// ("Yes, a real person! Mike will call you shortly.") it is the writer's
// answer to a question the check cannot see ("am I talking to a real
// person?"), and is refused. A person noun in a list of noun phrases
// ("Real people, real offers.") claims nothing; and a capitalised word
// after "I'm" that a complement follows ("I'm Delighted to help", "I'm
// Grateful for your patience") is an adjective, not a name. A denial of being a bot ("Nope, not a bot!")
// and a claim with a place ("100% human here") are the writer's
// wherever they stand.
// These rules read claimText's form of a text (lower case, one token per
// word and punctuation mark, contractions spelled out); the names are
// read from the text as written, where a capital tells a name. A rule
// that refuses too much costs a template text; one that refuses too
// little lets the AI lie to the lead about who is writing.

// Words of the rules, by role.
var (
	// negWords open a denial ("not a bot", "no soy un robot").
	negWords = wordSet(`not no never nunca ni`)
	// botWords are what a denial says the writer is not.
	botWords = wordSet(`bot bots robot robots ai machine computer chatbot chatbots program automated automatic autoresponder
		auto-reply autoreply script recording algorithm ia máquina maquina programa automático automatico automatizado
		automatizada artificial contestador chat-bot`)
	// denialFillers may stand between a negation and its bot word:
	// "not talking to a bot", "no soy una inteligencia artificial".
	denialFillers = wordSet(`a an some just really real chat talking texting chatting speaking messaging writing dealing to
		with un una ningún ningun ninguna ningunos simple mere actually even soy somos es está esta estás estas hablas hablando
		chateando con inteligencia`)
	// botSubjectVerbs after a bot word make it the subject, not what the
	// writer is: "no AI can replace Mike".
	botSubjectVerbs = wordSet(`can will is could would has was should does did puede va es`)
	// After a bot word, botContinuers go on with the denial ("not a bot
	// here, promise"), and writerNouns are the writer ("not an automated
	// message"); another word is what the bot word tells of ("no
	// automated calls").
	botContinuers = wordSet(`here promise lol haha at on over behind and but or i just either anymore whatever
		aquí aqui ni que y pero te lo se le`)
	writerNouns = wordSet(`message messages text texts reply replies response responder answer assistant system service
		agent program thing mensaje mensajes texto textos respuesta sistema asistente agente programa servicio`)
	// writerVerbs are verbs whose subject is the writer: "I am", "soy".
	writerVerbs = wordSet(`am soy somos estoy yo`)
	// auxVerbs take their subject from the word before: "this is",
	// "Mike is", "a real person will".
	auxVerbs = wordSet(`is are was were will can would could should may might es está esta será sera`)
	// writerSubjects are the subjects that stand for the writer: "this
	// is not a bot", "you are not talking to a bot", "this text is not
	// automated"; an empty subject ("No es un bot") too.
	writerSubjects = wordSet(`i we this it you text message texts messages chat conversation reply number line esto este
		mensaje texto chat aquí aqui`)
	// personNouns say a person; roleNouns a person's job as well.
	personNouns = wordSet(`person persons people human humans man woman guy gal lady flesh-and-blood persona personas
		humano humana humanos humanas hombre mujer carne`)
	roleNouns = wordSet(`agent agents realtor realtors broker brokers investor investors owner owners rep reps
		representative representatives salesperson salesman saleswoman employee employees staffer staff manager managers consultant consultants
		advisor advisors adviser specialist specialists agente agentes corredor corredora asesor asesora dueño dueña propietario propietaria inversionista
		inversor representante vendedor vendedora empleado empleada gerente chico chica señor señora`)
	// aiWords say the writer is the AI, whatever else it says: "I'm an
	// AI agent", "I'm the assistant".
	aiWords = wordSet(`ai bot chatbot robot assistant virtual automated automatic digital artificial program software system
		machine computer model ia asistente automático automatico automatizado automatizada programa sistema máquina maquina
		inteligencia modelo`)
	// claimAdverbs may stand before what the writer says it is: "I'm
	// 100% human", "I am really a person".
	claimAdverbs = wordSet(`really actually definitely totally truly honestly just still also 100 percent obviously literally
		fully completely very much only realmente totalmente verdaderamente solo sólo también tambien`)
	// phraseStops end the phrase that says what the writer is; after
	// claimEnders (or punctuation, or the text's end) the phrase is what
	// the writer says it is, after another word it is the subject of
	// another clause ("I'm glad, a real person will call you").
	phraseStops  = wordSet(`who that which and but so with from at for in on here now today not y con de en para que pero aquí aqui ahora hoy will can would is are 'll te le lo la los les se`)
	claimEnders  = wordSet(`who that which and but so with from at for in on here now today not y con de en para que pero aquí aqui ahora hoy`)
	claimPunct   = wordSet(`. ! ? , ; : ¡ ¿ - – —`)
	sentenceEnds = wordSet(`. ! ? ; : ¡ ¿`)
	// ellipsisLead may open a clause that is only a claim: "Nope, 100%
	// human here", "Just a real person!".
	ellipsisLead = wordSet(`nope nah no yes yep yeah sí si honestly promise seriously lol oh but and haha just totally
		definitely 100 percent a an un una real actual actually live genuine only fully really very much still`)
	// interjections may stand, with a comma, before a clause that is
	// only a claim: "Nope, human!".
	interjections = wordSet(`nope nah no yes yep yeah sí si honestly promise seriously lol oh haha hi hey hello hola thanks
		gracias trust relax tranquilo tranquila`)
	// nounTails may follow the noun of such a clause ("human being",
	// "persona real"), placeTails say the person is the one writing:
	// "Real person here!", "human on this end".
	nounTails  = [][]string{{"being"}, {"beings"}, {"real"}, {"de", "verdad"}, {"de", "carne", "y", "hueso"}}
	placeTails = [][]string{{"here"}, {"on", "this", "end"}, {"on", "my", "end"}, {"on", "the", "other", "end"},
		{"speaking"}, {"typing"}, {"texting"}, {"aquí"}, {"aqui"}, {"por", "aquí"}, {"por", "aqui"}, {"al", "habla"}}
	// progressiveVerbs after "a person is" are the writer's own acts: "a
	// real person is texting you".
	progressiveVerbs = wordSet(`texting typing writing answering replying responding chatting talking here escribiendo
		respondiendo contestando atendiendo hablando aquí`)
)

// claimOpener is a phrase after which the writer says what it is.
type claimOpener struct {
	words []string // the words, "*" for any of participles
	// roles: the writer may claim a human role here ("I'm an agent"), not
	// only to be a person ("we're real people"; "we're cash buyers" is
	// the business).
	roles bool
	// appositive: a name and a comma may come first ("I'm Kyle, a real
	// person").
	appositive bool
	// tail: what is said must be followed by one of ellipsisTails ("there
	// is a real person here").
	tail bool
}

// participles are the ways of being in touch with the writer: "you are
// texting a real person".
var participles = wordSet(`talking texting chatting speaking messaging writing dealing corresponding hablando chateando
	escribiendo`)

var claimOpeners = []claimOpener{
	{words: []string{"i", "am"}, roles: true, appositive: true},
	{words: []string{"this", "is"}, roles: true, appositive: true},
	{words: []string{"it", "is"}, roles: true, appositive: true},
	{words: []string{"we", "are"}},
	{words: []string{"soy"}, roles: true, appositive: true},
	{words: []string{"somos"}},
	{words: []string{"you", "are", "*", "to"}, roles: true},
	{words: []string{"you", "are", "*", "with"}, roles: true},
	{words: []string{"you", "are", "*"}, roles: true},
	{words: []string{"you", "are", "in", "touch", "with"}, roles: true},
	{words: []string{"you", "have", "reached"}, roles: true},
	{words: []string{"you", "have", "got"}, roles: true},
	{words: []string{"you've", "reached"}, roles: true},
	{words: []string{"you've", "got"}, roles: true},
	{words: []string{"estás", "*", "con"}, roles: true},
	{words: []string{"estas", "*", "con"}, roles: true},
	{words: []string{"está", "*", "con"}, roles: true},
	{words: []string{"estás", "con"}, roles: true},
	{words: []string{"hablas", "con"}, roles: true},
	{words: []string{"chateas", "con"}, roles: true},
	{words: []string{"te", "atiende"}, roles: true},
	{words: []string{"le", "atiende"}, roles: true},
	{words: []string{"te", "está", "*"}, roles: true},
	{words: []string{"le", "está", "*"}, roles: true},
	{words: []string{"there", "is"}, tail: true},
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// contractions are spelled out in claimText.
var contractions = map[string]string{"i'm": "i am", "im": "i am", "you're": "you are", "youre": "you are", "ur": "you are",
	"this's": "this is", "it's": "it is", "isn't": "is not", "isnt": "is not", "aren't": "are not", "ain't": "am not",
	"he's": "he is", "she's": "she is", "that's": "that is", "there's": "there is", "theres": "there is",
	"we're": "we are", "they're": "they are", "name's": "name is", "you've": "you have", "wasn't": "was not",
	"i'am": "i am", "i've": "i have"}

// claimText is s in the form the claim rules read: lower case, one space
// around every word and punctuation mark, contractions spelled out.
func claimText(s string) string {
	b := make([]byte, 0, len(s)+16)
	b = append(b, ' ')
	word := -1 // where the word being written starts in b, or -1
	endWord := func() {
		if word < 0 {
			return
		}
		if full, ok := contractions[string(b[word:])]; ok {
			b = append(b[:word], full...)
		}
		b, word = append(b, ' '), -1
	}
	for _, r := range s {
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '`':
			r = '\''
		case r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Cf):
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-':
			if word < 0 {
				word = len(b)
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case strings.ContainsRune(".!?,;:¡¿", r):
			endWord()
			b = utf8.AppendRune(b, r)
			b = append(b, ' ')
		default:
			endWord()
		}
	}
	endWord()
	return string(b)
}

// claimsHuman reports a text whose writer claims to be a person, denies
// being a bot or an AI, or speaks as a named person other than the AI
// (see id), and what it claims.
func claimsHuman(s string, id identity) (string, bool) {
	toks := strings.Fields(claimText(s))
	if what, ok := deniesBot(toks); ok {
		return what, true
	}
	if what, ok := assertsHuman(toks, id); ok {
		return what, true
	}
	return speaksAs(s, id)
}

// deniesBot finds a denial of being a bot whose subject is the writer.
func deniesBot(toks []string) (string, bool) {
	for i, w := range toks {
		if !negWords[w] {
			continue
		}
		j := i + 1
		for n := 0; j < len(toks) && n < 5 && denialFillers[toks[j]] && !botWords[toks[j]]; n++ {
			j++
		}
		if j >= len(toks) || !botWords[toks[j]] || j+1 < len(toks) && botSubjectVerbs[toks[j+1]] {
			continue
		}
		if j+1 < len(toks) && !claimPunct[toks[j+1]] && !botContinuers[toks[j+1]] && !botWords[toks[j+1]] && !writerNouns[toks[j+1]] {
			continue // "no automated calls": the bot word tells of calls, not of the writer
		}
		if deniedByWriter(toks, i, j) {
			return strings.Join(toks[i:j+1], " "), true
		}
	}
	return "", false
}

// deniedByWriter reports whether the denial toks[neg:bot+1] is about the
// writer: its nearest subject before it, in its sentence, stands for the
// writer ("I am", "this is", "you are talking to"), or it has none
// ("Nope, not a bot!").
func deniedByWriter(toks []string, neg, bot int) bool {
	for _, w := range toks[neg+1 : bot] {
		switch {
		case writerVerbs[w] || w == "estás" || w == "estas" || w == "hablas":
			return true
		case w == "es" || w == "está" || w == "esta":
			// "Mike no es un bot": the subject stands before the negation
			return neg == 0 || sentenceEnds[toks[neg-1]] || claimPunct[toks[neg-1]] || writerSubjects[toks[neg-1]]
		}
	}
	for k := neg - 1; k >= 0 && !sentenceEnds[toks[k]]; k-- {
		w := toks[k]
		switch {
		case writerVerbs[w]:
			return true
		case auxVerbs[w]:
			return k == 0 || sentenceEnds[toks[k-1]] || claimPunct[toks[k-1]] || writerSubjects[toks[k-1]]
		case strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d"):
			// "I'll ..., not a bot" is the writer; "you'll be talking to
			// a real person, not a bot", "he'll" another
			return w == "i'll" || w == "i'd"
		}
	}
	return true
}

// assertsHuman finds the writer saying it is a person or in a human role.
func assertsHuman(toks []string, id identity) (string, bool) {
	for i := range toks {
		for _, o := range claimOpeners {
			end, ok := matchOpener(toks, i, o.words)
			if !ok {
				continue
			}
			if i > 0 && negWords[toks[i-1]] || end < len(toks) && negWords[toks[end]] {
				continue // "no soy una persona", "I'm not a person who...": denials are deniesBot's
			}
			if what, ok := claimAfter(toks, end, o); ok {
				return strings.Join(toks[i:end], " ") + " " + what, true
			}
		}
		if what, ok := ellipticClaim(toks, i, id); ok {
			return what, true
		}
	}
	return "", false
}

// matchOpener reports whether words start at toks[i], "*" standing for a
// participle, and where they end.
func matchOpener(toks []string, i int, words []string) (int, bool) {
	if i+len(words) > len(toks) {
		return 0, false
	}
	for k, w := range words {
		t := toks[i+k]
		if w == "*" && participles[t] || w == t {
			continue
		}
		return 0, false
	}
	return i + len(words), true
}

// claimAfter reads what the writer says it is after an opener ending at
// toks[k]: a phrase, ended by punctuation, the text's end or a word of
// claimEnders, that says a person (or, with o.roles, a human role) and
// nothing that says the AI.
func claimAfter(toks []string, k int, o claimOpener) (string, bool) {
	for k < len(toks) && claimAdverbs[toks[k]] {
		k++
	}
	if what, ok := claimPhrase(toks, k, o); ok {
		return what, true
	}
	if o.appositive && k+2 < len(toks) && toks[k+1] == "," && !claimPunct[toks[k]] {
		return claimPhrase(toks, k+2, o) // "I'm Kyle, a real person"
	}
	return "", false
}

// claimPhrase reads the phrase at toks[k] for claimAfter.
func claimPhrase(toks []string, k int, o claimOpener) (string, bool) {
	start := k
	for k < len(toks) && k-start < 6 && !claimPunct[toks[k]] && !phraseStops[toks[k]] {
		k++
	}
	phrase := toks[start:k]
	if len(phrase) == 0 {
		return "", false
	}
	if o.tail {
		// "there is a real person here", "... texting you"
		p := slices.IndexFunc(phrase, func(w string) bool { return personNouns[w] })
		if p < 0 {
			return "", false
		}
		n, _ := tailAt(toks, start+p+1, nounTails)
		if _, ok := tailAt(toks, n, placeTails); !ok && (n >= len(toks) || !progressiveVerbs[toks[n]]) {
			return "", false
		}
	} else if k < len(toks) && !claimPunct[toks[k]] && !claimEnders[toks[k]] {
		return "", false
	}
	human := false
	for _, w := range phrase {
		switch {
		case aiWords[w]:
			return "", false
		case personNouns[w], o.roles && roleNouns[w]:
			human = true
		}
	}
	if !human && !(len(phrase) == 1 && phrase[0] == "real") { // "I'm real!"
		return "", false
	}
	return strings.Join(phrase, " "), true
}

// ellipticClaim reads a clause that is only a claim: a person noun at a
// clause's start, after modifiers, followed by the clause's end ("Human,
// not a bot", "Nope, a real person!"), by a place ("Real person here!",
// "100% human here", "humano por aquí") or by a verb of the writer's own
// ("a real person is texting you"). Without a place the clause must be a
// sentence of its own or follow an interjection: "My partner, a real
// person, will call you" speaks of the partner. A clause with no subject
// of its own takes the subject of the sentence beside it: "A real
// person! Mike will call you shortly." speaks of Mike (see
// besideSubject), unless an answer word opens it ("Yes, a real person!":
// see answersLead), and a phrase in a list claims nothing ("Real people,
// real offers.": see listGoesOn).
func ellipticClaim(toks []string, i int, id identity) (string, bool) {
	if !personNouns[toks[i]] {
		return "", false
	}
	k := i - 1
	for k >= 0 && ellipsisLead[toks[k]] {
		k--
	}
	startOK := k < 0 || claimPunct[toks[k]]
	k2, _ := tailAt(toks, i+1, nounTails)
	k2, place := tailAt(toks, k2, placeTails)
	switch {
	case k2+1 < len(toks) && (toks[k2] == "is" || toks[k2] == "está" || toks[k2] == "esta") && progressiveVerbs[toks[k2+1]]:
		// "a real person is texting you", "una persona real está escribiendo"
		if startOK {
			return strings.Join(toks[k+1:k2+2], " "), true
		}
		return "", false
	case !startOK, k2 < len(toks) && !claimPunct[toks[k2]]:
		return "", false
	case !place && k >= 0 && !sentenceEnds[toks[k]] && (k == 0 || !interjections[toks[k-1]]):
		return "", false
	case !place && k2 < len(toks) && toks[k2] == ",":
		// "A real person, Mike, will call you": the clause goes on about
		// someone; "Human, not a bot" and "A real person, promise!" do not
		for _, w := range toks[k2:] {
			if sentenceEnds[w] {
				break
			}
			if auxVerbs[w] || strings.HasSuffix(w, "'ll") || w == "le" || w == "te" || w == "lo" || w == "la" {
				return "", false
			}
		}
		if listGoesOn(toks, k2+1) {
			return "", false
		}
	}
	if !place && !answersLead(toks, i) && besideSubject(toks, k+1, k2, id) == subjectOther {
		return "", false
	}
	return strings.Join(toks[k+1:k2], " "), true
}

// answerWords open an answer to the lead ("Yes, a real person!").
var answerWords = wordSet(`yes yep yeah yup yess nope nah sí si claro absolutely definitely certainly totally`)

// answersLead reports whether the clause of the noun at toks[from] is
// opened, in its own sentence, by an answer word: "Yes, a real person!"
// answers the lead's last question, and the bridge cannot know whether
// it was "can I talk to a real person?" or "am I talking to a real
// person?". Read as the writer's, it costs an honest draft the template;
// read as the rep's, it could let the AI tell a lead who asked that it
// is human, which no text may do.
func answersLead(toks []string, from int) bool {
	k := from - 1
	for ; k >= 0 && !sentenceEnds[toks[k]]; k-- {
		if answerWords[toks[k]] {
			return true
		}
	}
	// "Yes! A real person!", "Yep. A real human!", "¡Sí! ¡Una persona
	// real!": the sentence before is the answer word alone
	for k >= 0 && sentenceEnds[toks[k]] {
		k--
	}
	answer := false
	for ; k >= 0 && !sentenceEnds[toks[k]]; k-- {
		switch w := toks[k]; {
		case answerWords[w]:
			answer = true
		case interjections[w], claimPunct[w]:
		default:
			return false
		}
	}
	return answer
}

// What may follow a claim and its comma and still be the claim's
// (affirmWords, with interjections, ellipsisLead and the words of a
// denial): "A real person, I promise", "Human, not a bot", "Real person,
// just like you!". Another word makes the claim a phrase of a list:
// "Real people, real offers.".
var affirmWords = wordSet(`i swear honest promise promised seriously lol haha trust me for real really truly totally
	definitely just like you yes yep yeah lo prometo juro te de verdad en serio como tú tu`)

// listGoesOn reports whether the sentence going on at toks[k], after a
// claim and its comma, is another item of a list ("real offers"), not
// an affirmation of the claim ("I promise", "not a bot") nor the writer
// at work ("texting you now").
func listGoesOn(toks []string, k int) bool {
	other := false
	for ; k < len(toks) && !sentenceEnds[toks[k]]; k++ {
		w := toks[k]
		switch {
		case progressiveVerbs[w] || w == "here" || w == "aquí" || w == "aqui":
			return false
		case claimPunct[w], affirmWords[w], interjections[w], ellipsisLead[w], negWords[w], botWords[w], denialFillers[w]:
		default:
			other = true
		}
	}
	return other
}

// Subjects of a sentence, as besideSubject reads them.
const (
	subjectNone   = iota // no subject it can read ("Thanks!", "What's the best time?")
	subjectWriter        // the writer or the lead: "I'll call you", "you'll love it"
	subjectOther         // someone the text speaks of: "Mike will call you"
)

// besideSubject is the subject of the sentence before the clause
// toks[from:to], else of the one after it, for a clause with none of its
// own: "Mike will call you shortly. Yes, a real person!" and "Yes, a
// real person! Mike will call you shortly." speak of Mike, "I'm Kyle.
// Yes, a real person!" of the writer.
func besideSubject(toks []string, from, to int, id identity) int {
	start := from
	for start > 0 && !sentenceEnds[toks[start-1]] {
		start--
	}
	end := to
	for end < len(toks) && !sentenceEnds[toks[end]] {
		end++
	}
	// the sentence before: back over its end marks ("!", "¡")
	b := start
	for b > 0 && sentenceEnds[toks[b-1]] {
		b--
	}
	if b > 0 {
		a := b
		for a > 0 && !sentenceEnds[toks[a-1]] {
			a--
		}
		if subj := subjectOf(toks[a:b], id); subj != subjectNone {
			return subj
		}
	}
	a := end
	for a < len(toks) && sentenceEnds[toks[a]] {
		a++
	}
	b = a
	for b < len(toks) && !sentenceEnds[toks[b]] {
		b++
	}
	return subjectOf(toks[a:b], id)
}

// Words of subjectOf: pronouns of someone else, words that open a noun
// phrase, and nouns of a person the text may speak of besides
// personNouns and roleNouns.
var (
	thirdPronouns = wordSet(`he she they he'll she'll they'll he'd she'd they'd él ella ellos ellas`)
	determiners   = wordSet(`my our a an the one someone somebody mi nuestro nuestra un una alguien`)
	otherPersons  = wordSet(`partner partners teammate teammates colleague colleagues someone somebody member team
		specialist compañero compañera equipo alguien`)
	spanishClitic = wordSet(`te le lo la se les`)
)

// subjectOf reads the subject of the sentence sent, after interjections
// and commas: the writer or the lead ("I", "we", "you", "this"), someone
// else (the rep by name, "he", "my partner", "someone from our team", or
// a word a verb follows: "Dana will call you", "Mike te llama"), or none.
func subjectOf(sent []string, id identity) int {
	k := 0
	for k < len(sent) && (interjections[sent[k]] || claimPunct[sent[k]]) {
		k++
	}
	if k >= len(sent) {
		return subjectNone
	}
	w := sent[k]
	next := ""
	if k+1 < len(sent) {
		next = sent[k+1]
	}
	switch {
	case writerSubjects[w] || writerVerbs[w] || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "we'") ||
		strings.HasPrefix(w, "you'"):
		return subjectWriter
	case thirdPronouns[w] || id.rep != "" && w == id.rep:
		return subjectOther
	case determiners[w]:
		for _, n := range sent[k:min(k+4, len(sent))] {
			if otherPersons[n] || personNouns[n] || roleNouns[n] {
				return subjectOther
			}
		}
	case !notNames[w] && (auxVerbs[next] || strings.HasSuffix(w, "'ll") || spanishClitic[next] || next == "from" || next == "de"):
		// a name ("Dana will call you", "Dana from our team will", "Mike te llama")
		return subjectOther
	}
	return subjectNone
}

// tailAt reads any of tails at toks[k], one after another ("persona real
// de verdad"), and reports where they end and whether there was one.
func tailAt(toks []string, k int, tails [][]string) (int, bool) {
	found := false
	for again := true; again; {
		again = false
		for _, t := range tails {
			if k+len(t) <= len(toks) && slices.Equal(toks[k:k+len(t)], t) {
				k, found, again = k+len(t), true, true
				break
			}
		}
	}
	return k, found
}

// identity is what a text may call its writer: the AI's name and the
// business's, and the rep's name, which it never takes.
type identity struct {
	agent    string          // the AI's first name, lower case; "" when it has none
	business map[string]bool // the words of the business's name, lower case
	rep      string          // the rep's first name, lower case
}

func newIdentity(voice Voice, repName string) identity {
	id := identity{agent: strings.ToLower(firstWord(clean(voice.AgentName))), business: map[string]bool{},
		rep: strings.ToLower(firstWord(clean(repName)))}
	for _, w := range words(strings.ToLower(clean(voice.BusinessName))) {
		id.business[w] = true
	}
	return id
}

// Self-introductions and signatures, as word sequences in lower case; a
// name follows an intro, precedes "here", follows a closer at the text's
// end.
var (
	selfIntros = [][]string{{"this", "is"}, {"this's"}, {"it's"}, {"it", "is"}, {"i'm"}, {"im"}, {"i", "am"},
		{"my", "name", "is"}, {"my", "name's"}, {"name's"}, {"the", "name's"}, {"you're", "texting"},
		{"you're", "texting", "with"}, {"you", "are", "texting"}, {"you", "are", "texting", "with"},
		{"you're", "talking", "to"}, {"you", "are", "talking", "to"}, {"you're", "talking", "with"},
		{"you", "are", "talking", "with"}, {"you're", "chatting", "with"}, {"you", "are", "chatting", "with"},
		{"you're", "speaking", "with"}, {"you're", "speaking", "to"}, {"you've", "reached"}, {"you", "have", "reached"},
		{"soy"}, {"me", "llamo"}, {"mi", "nombre", "es"}, {"le", "habla"}, {"te", "habla"}, {"les", "habla"},
		{"estás", "hablando", "con"}, {"estas", "hablando", "con"}, {"está", "hablando", "con"}, {"hablas", "con"}}
	// closers sign a text: "Best, Mike", "Saludos, Carla"; a dash or a
	// tilde does too ("— Mike").
	closers = wordSet(`best cheers regards sincerely warmly saludos atentamente abrazos`)
	// signedFrom may follow a signature's name: "— Mike from Bluebird".
	signedFrom = []string{"from", "at", "with", "de", "con", "@"}
	// greetings may open the clause of "Mike here".
	greetings = wordSet(`hi hey hello hola buenas ok okay yes yep sure`)
	// notNames are capitalised words that are no name: "I'm Not sure",
	// "It's Tuesday", "This is Great news".
	notNames = wordSet(`not so sorry glad happy here just really also still only great good excited back sure afraid on
		in at with from for your our the a an ai ia bot chatbot assistant virtual automated real human thrilled available
		ready totally definitely actually honestly always now today one part el la un una tu su asistente de muy aquí yes
		no ok okay hi hello hey hola thanks gracias what how when why where who that this it there all here's new
		reaching following texting writing checking connecting passing looking going calling happy-to`)
)

// speaksAs finds the writer introducing or signing itself by a name that
// is not the AI's nor the business's: "this is Mike", "Mike here!",
// "Soy Carla", "— Mike". Without an agent name any such name is refused:
// the AI has none to give.
func speaksAs(s string, id identity) (string, bool) {
	type tok struct{ w, low string }
	var toks []tok
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			w := strings.Trim(string(cur), "'-")
			if w != "" {
				toks = append(toks, tok{w, strings.ToLower(w)})
			}
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case r == '\u2019' || r == '\u2018' || r == '\u02bc':
			r = '\''
		case r >= utf8.RuneSelf && unicode.In(r, unicode.Mn, unicode.Cf):
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' && len(cur) > 0:
			cur = append(cur, r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			toks = append(toks, tok{string(r), string(r)})
		}
	}
	flush()
	punct := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(toks[i].w)
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	// name reports whether toks[i] names someone the writer may not be.
	name := func(i int) (string, bool) {
		if i >= len(toks) || punct(i) {
			return "", false
		}
		t := toks[i]
		if strings.HasSuffix(t.low, "'s") || strings.HasSuffix(t.low, "s'") { // "Mike's assistant"
			return "", false
		}
		if t.low == id.rep && id.rep != "" && t.low != id.agent {
			return t.w, true
		}
		r, _ := utf8.DecodeRuneInString(t.w)
		if !unicode.IsUpper(r) || t.w == strings.ToUpper(t.w) || notNames[t.low] || dayTimeWords[t.low] {
			return "", false // lower case, an acronym ("AI", "OK"), a word
		}
		if t.low == id.agent || id.business[t.low] {
			return "", false
		}
		return t.w, true
	}
	lows := make([]string, len(toks))
	for i, t := range toks {
		lows[i] = t.low
	}
	// adjectiveAt reports a word after an introduction that a complement
	// follows ("I'm Delighted to help", "I'm Confident that...", "I'm
	// Grateful for your patience"): an adjective capitalised, not a name,
	// which "from", "and", a comma or a name's "for Bluebird" follow.
	adjectiveAt := func(k int) bool {
		if k+1 >= len(toks) {
			return false
		}
		switch lows[k+1] {
		case "to", "that", "about", "because", "if":
			return true
		case "for": // "for your patience", but "for Bluebird"
			if k+2 >= len(toks) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(toks[k+2].w)
			return !unicode.IsUpper(r)
		}
		return false
	}
	for i := range toks {
		for _, intro := range selfIntros {
			if i+len(intro) > len(toks) || !slices.Equal(lows[i:i+len(intro)], intro) {
				continue
			}
			k := i + len(intro)
			for k < len(toks) && (lows[k] == "just" || lows[k] == "actually") {
				k++
			}
			if n, ok := name(k); ok && !adjectiveAt(k) {
				return strings.Join(lows[i:i+len(intro)], " ") + " " + n, true
			}
		}
		// "Mike here!", "Hi Sam, Mike here."
		if i+1 < len(toks) && lows[i+1] == "here" && punct(i+2) && (punct(i-1) || greetings[lows[i-1]]) {
			if n, ok := name(i); ok {
				return n + " here", true
			}
		}
	}
	// A signature: "— Mike", "-Mike from Bluebird", "Best, Mike".
	dash := func(i int) bool { return i >= 0 && slices.Contains([]string{"-", "—", "–", "~"}, toks[i].w) }
	end := len(toks)
	for end > 0 && punct(end-1) && !dash(end-1) {
		end--
	}
	for k := end - 1; k >= 0 && k >= end-6; k-- {
		if !dash(k) && !closers[lows[k]] {
			continue
		}
		n := k + 1
		if n < end && lows[n] == "," {
			n++
		}
		who, ok := name(n)
		if !ok {
			break
		}
		// a surname, or where the writer is from, may follow
		if rest := lows[n+1 : end]; len(rest) <= 1 || len(rest) <= 4 && slices.Contains(signedFrom, rest[0]) {
			return "signed " + who, true
		}
		break
	}
	return "", false
}
