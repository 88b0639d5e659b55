package bridge

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// humanClaims are the ways a writer claims to be a person, or denies
// being a bot or an AI, in English and Spanish. Each is matched against
// claimText's form of a text: lower case, one space around every word
// and punctuation mark, contractions spelled out ("i'm" is "i am"). A
// claim is about the writer ("I", "you are talking to"), never about the
// rep: "a real person will call you" and "my partner, a real person,
// will call" claim nothing.
var humanClaims = []struct {
	example string
	key     string // a word the claim has, to skip the expression cheaply
	re      *regexp.Regexp
}{
	{"I'm a real person; I am human; I'm 100% human", " i am ", claimRe(` i am (?:(?:really|actually|definitely|totally|truly|honestly|just|still|also|100|percent|a|an|real|actual|live|genuine|living|breathing|flesh-and-blood|real-life) )*(?:person|human|human being|humano|humana) `)},
	{"I'm not a bot; I am not an AI", " i am ", claimRe(` i am (?:(?:really|actually|definitely|totally|truly|honestly|just|seriously) )*(?:not|no) (?:(?:a|an|real|actual|automated|chat|ai|virtual) )*(?:bot|robot|ai|machine|computer|chatbot|program|automated|autoresponder) `)},
	{"You're talking to a real person", " you are ", claimRe(` you are (?:talking|texting|chatting|speaking|messaging|writing) (?:to|with) (?:(?:a|an|real|actual|live|genuine) )*(?:person|human|human being) `)},
	{"You're not talking to a bot", " you are ", claimRe(` you are not (?:talking|texting|chatting|speaking|messaging|writing) (?:to|with) (?:(?:a|an|chat) )*(?:bot|robot|ai|machine|chatbot) `)},
	{"This is a real person", " this is ", claimRe(` this is (?:(?:a|an) )?(?:(?:real|actual|live|genuine) )+(?:person|human) `)},
	{"Real person here!", " here ", claimRe(`(?:^|[.!?¡¿]) (?:(?:a|an) )?(?:(?:real|actual|live|genuine) )*(?:person|human) here `)},
	{"Not a bot, promise!", " not ", claimRe(`(?:^|[.!?¡¿]) (?:(?:and|but|also|promise|honestly|seriously|nope) )*not (?:a|an) (?:(?:real|chat) )?(?:bot|robot|ai|machine|chatbot) [.!?,;]`)},
	{"I'm Kyle, a real person.", " i am ", claimRe(` i am [^ ]+ , (?:(?:a|an|real|actual|live|genuine) )*(?:person|human|human being) (?:[.!?,;]|$)`)},
	{"Soy una persona real; soy humano", " soy ", claimRe(` soy (?:(?:realmente|de verdad|totalmente|una|un) )*(?:persona|humano|humana|ser humano|de carne y hueso) `)},
	{"No soy un robot; no soy bot; no soy una IA", " soy ", claimRe(` no soy (?:(?:un|una) )?(?:robot|bot|ia|máquina|maquina|programa|chatbot|inteligencia artificial|contestador) `)},
	{"Estás hablando con una persona real", " con ", claimRe(` (?:estás|estas|está|esta|hablas|chateas) (?:(?:hablando|chateando|escribiendo) )?con (?:(?:una|un) )?(?:persona|humano|ser humano) `)},
	{"Soy Kyle, una persona real.", " soy ", claimRe(` soy [^ ]+ , (?:una )?(?:persona|humano|humana|ser humano) (?:real )?(?:[.!?,;]|$)`)},
}

func claimRe(expr string) *regexp.Regexp { return regexp.MustCompile(expr) }

// negators, just before a claim, deny it: "no soy una persona" is no
// claim to be one.
var negators = []string{" no", " not", " never", " nunca"}

// contractions are spelled out in claimText.
var contractions = map[string]string{"i'm": "i am", "im": "i am", "you're": "you are", "youre": "you are", "ur": "you are",
	"this's": "this is"}

// claimText is s in the form humanClaims are matched against.
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

// claimsHuman reports a text whose writer claims to be a person or
// denies being a bot or an AI, and the claim's example.
func claimsHuman(s string) (string, bool) {
	t := claimText(s)
	for _, c := range humanClaims {
		if !strings.Contains(t, c.key) {
			continue
		}
		for _, m := range c.re.FindAllStringIndex(t, -1) {
			before := strings.TrimRight(t[:m[0]], " ")
			if strings.HasPrefix(t[m[0]:], " ") && containsSuffix(" "+before, negators) {
				continue
			}
			return c.example, true
		}
	}
	return "", false
}

func containsSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
