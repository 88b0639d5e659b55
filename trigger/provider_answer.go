package trigger

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// The business's questions whose answer names a competitor, matched
// against the question's normalised words (lower case, accents folded,
// "|" between clauses).
var (
	// "What are you using right now to keep track of projects?", "¿Qué
	// usáis ahora para facturar?", "who's your current carrier?" (not "what
	// would you use it for?": no now, so a use case)
	toolQuestionRe = regexp.MustCompile(`\b(?:what|which|que|cual)\b[^|]{0,50}\b(?:using|use|usan|usas|usais|utilizan|utilizas|utilizais|run|running)\b[^|]{0,40}\b(?:now|today|currently|ahora|ahorita|actualmente|hoy)\b` +
		`|\b(?:who|whos|what|whats|which|quien|cual)\b[^|]{0,30}\b(?:current|actual)\s+(?:provider|carrier|lender|crm|software|tool|platform|company|vendor|insurer|insurance|bank|proveedor|aseguradora|compania|banco)\b` +
		// "who are you insured with right now?", "do you know who was
		// servicing it before?", "who's your carrier?"
		`|\b(?:who|quien)\b[^|]{0,40}\b(?:insured|insures|with|servicing|serviced|service|services|handles|handling|handled|con|asegurado|asegurada|atiende|atendia)\b[^|]{0,30}\b(?:now|currently|today|before|ahora|actualmente|antes)\b` +
		`|\b(?:who|whos|quien)\b[^|]{0,20}\b(?:your|ur|su|tu)\s+(?:provider|carrier|lender|insurer|insurance|company|vendor|aseguradora|compania|banco|proveedor)\b` +
		// "have you tried any booking apps before?", "¿ha probado alguna
		// herramienta?"
		// "looking at any other tools?", "¿están viendo otras opciones?"
		`|\b(?:looking|considering|evaluating|comparing|checking|viendo|mirando|evaluando|comparando)\b[^|]{0,20}\b(?:any|other|otras?|otros?|alguna|algun)\b[^|]{0,20}\b(?:tools?|apps?|software|platforms?|options|vendors?|solutions?|herramientas?|opciones|plataformas?|proveedores)\b` +
		`|\b(?:tried|used|trialed|probado|usado|probaron|usaron)\b[^|]{0,30}\b(?:any|other|some|alguna|algun|algunas|algunos|otra|otro|otras|otros)\b[^|]{0,30}\b(?:tools?|apps?|software|platforms?|systems?|crms?|programs?|services?|providers?|vendors?|herramientas?|aplicaciones|aplicacion|programas?|sistemas?|plataformas?|apps)\b`)
	// "are you using anything for dispatch today?", "do you use any
	// software for it now?": a yes-or-no question about a tool, which a
	// bare yes answers only with a complaint about it
	usingQuestionRe = regexp.MustCompile(`\b(?:are|do)\s+(?:you|u|yall)\s+(?:\w+\s+)?(?:using|use|run|running)\s+(?:anything|any\s+\w+|something|a\s+\w+)\b[^|]{0,40}\b(?:now|today|currently)\b`)
	// "Have you gotten any other offers so far?", "talked to any other
	// lenders yet?", "¿ya tiene otras cotizaciones?"
	othersQuestionRe = regexp.MustCompile(`\b(?:any|other|otras?|otros?|algun|alguna|algunos|algunas)\s+(?:\w+\s+)?(?:offers?|quotes?|bids?|estimates?|lenders?|buyers?|companies|company|investors|carriers|contractors?|ofertas?|cotizaciones|presupuestos|companias|compania|empresas|empresa|prestamistas|bancos|banco|compradores)\b` +
		// "has anyone else given you a quote?", "¿alguien ya le revisó el
		// techo o le dio un presupuesto?"
		`|\b(?:anyone|anybody|someone|somebody|alguien)\b[^|]{0,50}\b(?:quote|quoted|estimate|bid|offer|offered|look|looked|came|checked|presupuesto|cotizacion|cotizo|oferta|reviso|vino|ofrecio)\b`)
)

// answeredProvider reads a short reply against the business's last
// message: a name given to "what are you using right now?" ("ahorita
// usamos Monday pero ya no nos gusta", "tiramos de Holded") or a yes to
// "any other offers so far?" ("yeah two so far") says a competitor is in
// play. It returns what was found ("current provider" or "other
// company"), or "" when the reply says no, names no product or answers
// something else.
func answeredProvider(asked, raw string) string {
	if asked == "" || raw == "" || len(raw) > 400 {
		return ""
	}
	q := strings.Join(textmatch.Cached(asked).Toks, " ")
	tool := toolQuestionRe.MatchString(q)
	if !tool && usingQuestionRe.MatchString(q) {
		return yesWithComplaint(raw)
	}
	if !tool && !othersQuestionRe.MatchString(q) {
		return ""
	}
	t := textmatch.Cached(raw)
	words := t.Words()
	if len(words) == 0 || firstClauseSaysNo(t) {
		return ""
	}
	if tool {
		if namesProduct(raw) || leadingName(t) || usedName(words) {
			return "current provider"
		}
		return ""
	}
	if len(words) <= 30 {
		// "just yours so far", "solo ustedes": the sender's own
		for _, w := range words[:min(len(words), 3)] {
			if senderOwn.Has(w) || w == "yours" || w == "ustedes" {
				return ""
			}
		}
		if textmatch.OpeningYes.Has(words[0]) || countOpening(words) || namesProduct(raw) || slices.ContainsFunc(words, gaveWords.Has) {
			return "other company"
		}
	}
	return ""
}

// firstClauseSaysNo reports a reply that opens with a no: "no", "not
// yet", "nothing really", "todavía no", "none of those".
func firstClauseSaysNo(t textmatch.Text) bool {
	for i, w := range t.Toks {
		if w == textmatch.Break || i == 2 {
			return false
		}
		if textmatch.Negators.Has(w) || w == "none" || w == "nada" || w == "ninguno" || w == "ninguna" || w == "todavia" || w == "aun" {
			return true
		}
	}
	return false
}

// countOpening reports a reply that opens with a count: "two so far", "a
// couple", "3 offers", "unas dos".
func countOpening(words []string) bool {
	for _, w := range words[:min(len(words), 3)] {
		if n, ok := countWord(w); ok && n > 0 {
			return true
		}
		if w == "couple" || w == "few" || w == "several" || w == "par" || w == "varias" || w == "varios" {
			return true
		}
	}
	return false
}

// namesProduct reports a capitalised name in raw that is no common word:
// "Holded" mid-sentence, or a reply that is the name alone ("Pipedrive."),
// and not a tool everyone has ("Excel", "Google Sheets").
func namesProduct(raw string) bool {
	start := true // at the start of a sentence
	prev := ""    // the word before, lower case
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[i:])
		if !unicode.IsLetter(r) {
			if r == '.' || r == '!' || r == '?' || r == '¿' || r == '¡' || r == '\n' {
				start = true
			}
			i += n
			continue
		}
		j := i
		for j < len(raw) {
			r2, n2 := utf8.DecodeRuneInString(raw[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '\'' && r2 != '&' && r2 != '-' {
				break
			}
			j += n2
		}
		word := raw[i:j]
		first := start
		start = false
		i = j
		before := prev
		prev = strings.ToLower(word)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(word) < 3 {
			continue
		}
		low := prev
		if notProductName[low] || notProvider[low] && !dayOrMonth[low] {
			continue
		}
		// a person after a title ("Sister Mae counts it by hand") and a
		// day after "on" ("on Monday") name no product
		if personTitles[before] || dayOrMonth[low] && dayBefore[before] {
			continue
		}
		// an acronym is seldom a product's name ("CRM", "IT", "HR")
		if strings.ToUpper(word) == word && utf8.RuneCountInString(word) <= 3 {
			continue
		}
		// a word capitalised at a sentence start is a name only when it
		// stands alone: "Pipedrive." or "Holded, pero…"
		if first && j < len(raw) && raw[j] == ' ' {
			continue
		}
		return true
	}
	return false
}

// personTitles come before a person's name: "Sister Mae", "Mr. Huang".
var personTitles = map[string]bool{"sister": true, "brother": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"pastor": true, "dr": true, "don": true, "doña": true, "aunt": true, "uncle": true, "tia": true, "tio": true, "tía": true, "tío": true}

// dayBefore come before a day named as a day: "on Monday", "every Friday".
var dayBefore = map[string]bool{"on": true, "every": true, "next": true, "this": true, "last": true, "el": true, "los": true, "by": true, "till": true, "until": true}

// dayOrMonth are capitalised anyway; after "what are you using now?"
// they are a product's name ("usamos Monday").
var dayOrMonth = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// notProductName are words capitalised for emphasis or as a habit that
// name no product.
var notProductName = map[string]bool{"yes": true, "yeah": true, "yep": true, "nope": true, "nothing": true, "just": true,
	"mostly": true, "honestly": true, "right": true, "now": true, "currently": true, "still": true, "some": true, "our": true,
	"nada": true, "solo": true, "pues": true, "bueno": true, "ahora": true, "ahorita": true, "todo": true, "nosotros": true,
	"spreadsheet": true, "notebook": true, "whiteboard": true, "pen": true, "lol": true, "jaja": true, "haha": true,
	"drive": true, "docs": true, "zoom": true, "slack": true, "teams": true}

// leadingName reports a reply whose first clause is a name alone, in one
// to three words of no common kind: "progressive. price went up again",
// "state farm", "servicetitan".
func leadingName(t textmatch.Text) bool {
	n := 0
	for _, w := range t.Toks {
		if w == textmatch.Break {
			break
		}
		// two names: "asana and monday"
		if n > 0 && (w == "and" || w == "y" || w == "or" || w == "plus") {
			continue
		}
		if notNameWord.Has(w) || textmatch.Negators.Has(w) || notProvider[w] && !dayOrMonth[w] || notProductName[w] || textmatch.AllDigits(w) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

// usedName reports a name after a verb of using: "previous owners used
// leslies weekly", "we're with geico", "usamos contpaq".
func usedName(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if !useVerbs.Has(words[i]) {
			continue
		}
		w := words[i+1]
		if notNameWord.Has(w) || textmatch.Negators.Has(w) || notProvider[w] || notProductName[w] || textmatch.AllDigits(w) {
			continue
		}
		return true
	}
	return false
}

var (
	useVerbs = textmatch.NewSet("used", "use", "using", "with", "had", "have", "usamos", "usaban", "usaba", "uso", "con", "tenemos",
		"tenian", "tengo", "via", "through", "thru")
	// words of a reply that name no company
	notNameWord = textmatch.NewSet("just", "mostly", "only", "we", "i", "im", "my", "our", "the", "a", "an", "to", "it", "them", "that",
		"this", "some", "someone", "somebody", "nobody", "none", "nothing", "idk", "dont", "know", "not", "sure", "honestly", "yeah", "yes",
		"yep", "nope", "no", "same", "guy", "company", "one", "local", "small", "family", "friend", "brother", "sister", "dad", "mom",
		"husband", "wife", "myself", "ourselves", "hand", "paper", "in", "house", "inhouse", "homegrown", "built", "own", "el", "la", "un",
		"una", "mi", "mis", "nuestro", "nuestra", "nada", "nadie", "solo", "yo", "nosotros", "mismo", "misma", "todo", "like", "um", "uh",
		"well", "so", "and", "or", "but", "y", "o", "pero", "is", "was", "are", "been", "be", "of", "for", "on", "at", "previous", "old",
		"new", "other", "another", "different", "usual", "regular", "neighbor", "cousin", "uncle", "aunt", "landlord", "hoa", "work",
		"job", "employer", "whoever", "whatever", "who", "what", "why", "how", "lol", "haha", "jaja", "ok", "okay", "hmm",
		"hi", "hello", "hey", "hola", "sorry", "thanks", "gracias", "good", "fine", "bien", "bueno", "pues", "este", "ese", "eso")
	// a quote or offer given: "rocket me dio un pre-approval", "one guy
	// came out and said 6800"
	gaveWords = textmatch.NewSet("gave", "given", "quoted", "offered", "dio", "dieron", "ofrecio", "ofrecieron", "mando", "mandaron",
		"cotizo", "cotizaron", "preapproval", "preapproved", "preaprobacion", "preaprobado", "preaprobada", "quote", "quotes",
		"estimate", "estimates", "presupuesto", "cotizacion", "offer", "offers", "oferta", "ofertas", "bid", "bids", "vino", "came")
)

// siteRe finds a web address in a message: "better.com", "getjobber.io".
var siteRe = regexp.MustCompile(`(?i)(^|[^\w@./])([a-z0-9][a-z0-9-]{1,30})\.(com|io|net|co|app)\b`)

// namedSite returns a company named by its web address ("used
// better.com"), not the sender's own ("your site example.com"), a mail
// address, or a site everyone uses to search, mail or post.
func namedSite(raw string) string {
	for _, m := range siteRe.FindAllStringSubmatchIndex(raw, -1) {
		name := strings.ToLower(raw[m[4]:m[5]])
		if commonSites[name] {
			continue
		}
		before := strings.Fields(strings.ToLower(raw[:m[4]]))
		if n := len(before); n > 0 && (senderOwn.Has(before[n-1]) || n > 1 && senderOwn.Has(before[n-2])) {
			continue
		}
		return name
	}
	return ""
}

var commonSites = map[string]bool{"google": true, "gmail": true, "yahoo": true, "hotmail": true, "outlook": true, "icloud": true,
	"facebook": true, "instagram": true, "youtube": true, "yelp": true, "nextdoor": true, "craigslist": true, "linkedin": true,
	"tiktok": true, "twitter": true, "amazon": true, "aol": true, "live": true, "msn": true, "reddit": true}

// yesWithComplaint reads a yes to "are you using anything for it now?"
// that complains about the tool: "we are but it keeps going down during
// our busiest hours" names a current provider.
func yesWithComplaint(raw string) string {
	words := textmatch.Cached(raw).Words()
	if len(words) == 0 || !(textmatch.OpeningYes.Has(words[0]) || len(words) > 1 && words[0] == "we" && (words[1] == "are" || words[1] == "do")) {
		return ""
	}
	if complaintRe.MatchString(raw) {
		return "current provider"
	}
	return ""
}
