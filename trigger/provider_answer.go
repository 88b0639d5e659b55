package trigger

import (
	"regexp"
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
		`|\b(?:who|whos|what|whats|which|quien|cual)\b[^|]{0,30}\b(?:current|actual)\s+(?:provider|carrier|lender|crm|software|tool|platform|company|vendor|insurer|insurance|bank|proveedor|aseguradora|compania|banco)\b`)
	// "Have you gotten any other offers so far?", "talked to any other
	// lenders yet?", "¿ya tiene otras cotizaciones?"
	othersQuestionRe = regexp.MustCompile(`\b(?:any|other|otras?|otros?)\s+(?:\w+\s+)?(?:offers?|quotes?|bids?|estimates?|lenders?|buyers?|companies|investors|carriers|ofertas?|cotizaciones|presupuestos|companias|empresas|prestamistas|bancos|compradores)\b`)
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
	t := textmatch.Cached(raw)
	words := t.Words()
	if len(words) == 0 || firstClauseSaysNo(t) {
		return ""
	}
	q := strings.Join(textmatch.Cached(asked).Toks, " ")
	if toolQuestionRe.MatchString(q) {
		if namesProduct(raw) {
			return "current provider"
		}
		return ""
	}
	if othersQuestionRe.MatchString(q) && len(words) <= 20 {
		// "just yours so far", "solo ustedes": the sender's own
		for _, w := range words[:min(len(words), 3)] {
			if senderOwn.Has(w) || w == "yours" || w == "ustedes" {
				return ""
			}
		}
		if textmatch.OpeningYes.Has(words[0]) || countOpening(words) || namesProduct(raw) {
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
		if !unicode.IsUpper(r) || utf8.RuneCountInString(word) < 3 {
			continue
		}
		low := strings.ToLower(word)
		if notProductName[low] || notProvider[low] && !dayOrMonth[low] {
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
