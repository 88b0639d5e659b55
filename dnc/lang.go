package dnc

import (
	"slices"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// Language markers: words frequent in one language and rare in the other,
// after normalisation (lower case, accents folded). Words both languages
// use ("no", "me", "a") are in neither list.
var (
	spanishWords = textmatch.NewSet("de", "la", "el", "los", "las", "que", "por", "favor", "para", "con", "una", "uno",
		"mi", "mis", "su", "sus", "tu", "es", "esta", "este", "esto", "estoy", "soy", "muy", "mas", "ya", "quiero",
		"gracias", "hola", "buenos", "buenas", "dias", "tardes", "pero", "porque", "cuando", "donde", "como", "casa",
		"numero", "mensajes", "mensaje", "llamar", "llamen", "llamame", "hablar", "persona", "alguien", "ustedes",
		"usted", "nos", "les", "lo", "del", "al", "tengo", "tiene", "necesito", "puede", "pueden", "puedo", "hay",
		"bien", "ahora", "manana", "tambien", "nada", "nunca", "otra", "otro", "vez", "eso", "aqui", "baja", "alto",
		"cancelar", "ayuda", "parar", "detener", "dejen", "molesten", "equivocado", "lista", "correo", "precio",
		"oferta", "semana", "hoy", "todo", "todos", "estan", "quisiera", "podria", "porfa", "textos",
		"escriban", "manden", "envien", "contacten", "llamadas", "mande", "pare", "paren", "sr", "senor", "senora",
		"ningun", "ninguna", "tampoco", "entonces", "algo", "ella", "ellos", "nosotros", "yo", "estamos",
		"hablo", "espanol", "informacion", "iniciar", "comenzar", "reanudar", "suscribir", "fin", "terminar",
		"mandar", "recibir", "gustaria", "necesitamos", "cuanto", "cual", "quien", "tienen", "sabe", "dijo",
		// the contact verbs of a short request: "no me escriba", "no me
		// llames", "no me molestes"
		"escriba", "escribas", "escribir", "llames", "llame", "mandes", "envies", "envie", "molestes", "moleste",
		"contactes", "contacte", "textees", "textee")
	englishWords = textmatch.NewSet("the", "and", "you", "your", "to", "is", "are", "i", "im", "my", "it", "this",
		"that", "for", "with", "please", "stop", "text", "texts", "texting", "call", "calling", "not", "dont", "have",
		"can", "will", "would", "what", "when", "how", "we", "they", "be", "do", "of", "on", "in", "at", "about",
		"number", "thanks", "thank", "want", "just", "so", "unsubscribe", "quit", "end", "cancel", "help", "start",
		"messages", "message", "us", "our", "get", "got", "from", "if", "or", "but", "there", "here", "need",
		"know", "was", "were", "been", "remove", "again", "anymore", "never", "who", "why", "yes", "yeah", "ok", "hi",
		"hey", "info", "house", "home", "sell", "price", "offer", "week", "today", "tomorrow", "all", "any")
)

// language tells Spanish from English by counting marker words; "" when
// the message has neither.
func language(t textmatch.Text) string {
	es, en := 0, 0
	for i, id := range t.IDs {
		if id == textmatch.BreakID {
			continue
		}
		switch {
		case spanishWords.HasID(id):
			es++
		case englishWords.HasID(id):
			en++
		default:
			// Spanish spelling cues the lists do not hold: "-cion",
			// "-mente", "ll"/"ñ" already folded, infinitives with "-arme"
			w := t.Toks[i]
			if len(w) < 6 {
				continue // too short for any: hasSuffix wants two letters before a suffix
			}
			if hasSuffix(w, "cion") || hasSuffix(w, "ciones") || hasSuffix(w, "arme") || hasSuffix(w, "irme") ||
				hasSuffix(w, "enme") || hasSuffix(w, "anme") || hasSuffix(w, "ando") || hasSuffix(w, "iendo") {
				es++
			}
		}
	}
	switch {
	case es > en:
		return "es"
	case en > 0:
		return "en"
	}
	return ""
}

func hasSuffix(w, s string) bool { return len(w) > len(s)+1 && w[len(w)-len(s):] == s }

// modelReads reports a message the learned tier can judge, whose doubt
// of a rule means something (not on "rufen Sie mich nicht mehr an"): at
// least a quarter of its words are on the English or Spanish word lists
// (which hold the common words only: an ordinary English message has
// about half of its words on them).
func modelReads(t textmatch.Text) bool {
	known, n := 0, 0
	for _, id := range t.IDs {
		if id == textmatch.BreakID {
			continue
		}
		n++
		if spanishWords.HasID(id) || englishWords.HasID(id) {
			known++
		}
	}
	return 4*known >= n
}

// thirdLanguage reports a message with a word only Portuguese, French,
// German, Italian or Haitian Creole would use: the learned tier knows
// English and Spanish, and Portuguese passes for Spanish in modelReads
// ("pare de me mandar mensagem por favor"), so its doubt means nothing.
func thirdLanguage(t textmatch.Text) bool {
	return slices.ContainsFunc(t.Toks, thirdLanguageWords.Has)
}

var thirdLanguageWords = textmatch.NewSet(
	// Portuguese
	"nao", "mais", "voce", "voces", "mensagem", "mensagens", "ligar", "ligue", "ligacao", "ligacoes", "obrigado", "obrigada",
	"meu", "minha", "quero", "gostaria", "receber", "deixar", "contato", "parem", "isso",
	// French
	"vous", "merci", "svp", "arretez", "arreter", "moi", "envoyer", "appeler",
	// German ("mich" is also Michoacán, "je" a laugh)
	"nicht", "mehr", "keine", "bitte", "ich", "danke", "nachrichten", "anrufen", "schicken",
	// Italian
	"smettete", "smetti", "grazie", "piu", "chiamare", "scrivere",
	// Haitian Creole
	"mwen", "anko", "tanpri", "mesi", "voye", "sispann")
