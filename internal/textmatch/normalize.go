package textmatch

import (
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// BreakID is the token ID of [Break].
const BreakID = breakID

// Break is the token that marks a clause boundary (. , ! ? ; : and line
// breaks). Patterns never match across it.
const Break = "|"

// Text is a normalised message.
type Text struct {
	// IDs are the interned IDs of Toks (0 for words no pattern mentions).
	IDs []int32
	// Toks are the lowercase word tokens, with [Break] between clauses.
	// Numbers keep their inner separators and a leading "$" or a trailing
	// "%" ("$250,000", "3.5", "40%").
	Toks []string
	// Upper is the share of letters that were upper case in the raw text.
	Upper float64
	// Letters is the number of letters in the raw text.
	Letters int
	// mask is the OR of the start masks of the tokens (see [startTable])
	// of the matchers known, those registered when Normalize computed
	// it (0 for a Text built by hand), and starts holds a row of bits for
	// each matcher of mask, in the order of their bits: bit s of a
	// matcher's row is set when token s may start one of its rules (see
	// [Text.startRow]), so that a matcher visits those tokens alone. The
	// words of starts past its length are the text's [idBloom], in the
	// same allocation (see [Text.bloom]), then its gates (see
	// [Text.gateWords]), then the IDs and the bytes of Toks: starts is
	// never resliced, and From and Slice drop it (and a Text built by
	// hand has none).
	mask   uint64
	known  uint64
	starts []uint64
	memo   *memo // results remembered with a text from Cached; nil for others
	// Bangs counts '!' and Quests counts '?' in the raw text; Repeats
	// counts runs of two or more of them ("??", "!!", "?!").
	Bangs, Quests, Repeats int
}

// From returns the text from token i on (the raw-text counts are not
// kept): what a message says after one of its matches.
func (t Text) From(i int) Text {
	i = min(max(i, 0), len(t.Toks))
	if len(t.IDs) != len(t.Toks) {
		return Text{Toks: t.Toks[i:]}
	}
	return Text{Toks: t.Toks[i:], IDs: t.IDs[i:]}
}

// Slice returns the tokens i to j of the text, with their IDs (the
// raw-text counts are not kept): a clause or a phrase of a message, to
// match on without looking its words up again.
func (t Text) Slice(i, j int) Text {
	if len(t.IDs) != len(t.Toks) {
		return Text{Toks: t.Toks[i:j]}
	}
	return Text{Toks: t.Toks[i:j], IDs: t.IDs[i:j]}
}

// Words returns the tokens without breaks (a new slice).
func (t Text) Words() []string {
	out := make([]string, 0, len(t.Toks))
	for _, w := range t.Toks {
		if w != Break {
			out = append(out, w)
		}
	}
	return out
}

// WordCount returns the number of tokens that are not breaks (by their
// IDs: 0 for a text without them). Normalize counts them once for the
// many rules that ask; other texts are counted here.
func (t Text) WordCount() int {
	if n, ok := t.storedWords(); ok {
		return n
	}
	return countWords(t.IDs)
}

// countWords returns the number of ids that are not [BreakID].
func countWords(ids []int32) int {
	n := 0
	for _, id := range ids {
		if id != breakID {
			n++
		}
	}
	return n
}

// String joins the tokens with spaces.
func (t Text) String() string { return strings.Join(t.Toks, " ") }

// contractions that would collide with other words once the apostrophe
// is dropped ("we're" -> "were", "he'll" -> "hell").
var contractions = map[string]string{"we're": "we are", "were'": "were", "he'll": "he will", "she'll": "she will",
	"we'll": "we will", "it'll": "it will", "they'll": "they will", "you'll": "you will", "we'd": "we would",
	"she'd": "she would", "he'd": "he would", "shell": "shell", "who're": "who are", "they're": "they are",
	"we've": "we have", "i'd": "id", "i'll": "ill", "i'm": "im", "who'll": "who will", "who'd": "who would"}

// laughs are read as clause breaks.
var laughs = map[string]bool{"lol": true, "lmao": true, "lmfao": true, "rofl": true, "haha": true, "hahaha": true,
	"hehe": true, "jk": true, "lolol": true, "ha": true}

// spokenBreaks are punctuation said aloud to voice-to-text and left in
// the message as a word: "stop all comma thank you". Each reads as a
// clause break, as the sign would. ("period" and "coma" are words too
// often to be read so.)
var spokenBreaks = []string{"comma", "commas"}

// shorthand expands common SMS shorthand to the words patterns are written
// with. Values with spaces become several tokens.
var shorthand = map[string]string{
	"u": "you", "yu": "you", "ur": "your", "ure": "your", "youre": "you are", "r": "are",
	"pls": "please", "plz": "please", "plse": "please", "pleas": "please", "pl": "please", "plss": "please",
	"txt": "text", "txts": "texts", "txting": "texting", "txted": "texted", "texting": "texting",
	"msg": "message", "msgs": "messages", "msging": "messaging", "mssg": "message",
	"ppl": "people", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "ty": "thanks", "tx": "thanks",
	"tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
	"n": "and", "w": "with", "b4": "before", "abt": "about", "bc": "because", "cuz": "because", "cos": "because", "coz": "because",
	"wanna": "want to", "gonna": "going to", "gotta": "got to", "gimme": "give me", "lemme": "let me", "hafta": "have to",
	"idk": "i dont know", "dunno": "dont know", "k": "ok", "kk": "ok", "okay": "ok", "okey": "ok", "okie": "ok",
	"thru": "through", "wat": "what", "wats": "what is", "whats": "what is", "whos": "who is", "hows": "how is",
	"wheres": "where is", "whens": "when is", "thats": "that is", "its": "it is", "theres": "there is",
	"rn": "right now", "asap": "asap", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "mo": "month", "mos": "months",
	"min": "min", "hr": "hour", "hrs": "hours", "cant": "cant", "cannot": "cant", "wont": "wont",
	"doesnt": "dont", "didnt": "didnt", "do not": "dont", "fone": "phone", "ph": "phone", "num": "number", "no.": "number",
	"sum1": "someone", "some1": "someone", "sumone": "someone", "sumbody": "somebody", "speek": "speak",
	"any1": "anyone", "every1": "everyone", "ppls": "people",
	// Spanish "y" for "ll": "me pueden yamar?"
	"yamar": "llamar", "yamen": "llamen", "yame": "llame", "yamarme": "llamarme", "yamada": "llamada",
	"bout": "about", "prolly": "probably", "probs": "probably", "tho": "though", "thnks": "thanks", "hv": "have",
	"wud": "would", "shud": "should", "cud": "could", "cn": "can", "nd": "and", "pic": "picture", "pics": "pictures",
	"convo": "conversation", "info": "info", "yall": "you all", "yinz": "you all", "yunz": "you all", "youse": "you", "yous": "you", "y'all": "you all", "unsub": "unsubscribe",
	"optout": "opt out", "stopall": "stop all", "untill": "until", "til": "until", "till": "until",
	// Caribbean English as it is texted: "lose dis number", "allyuh doh
	// message me again" ("di" and "mi" stay: they are Spanish words too)
	"yuh": "you", "unu": "you", "allyuh": "you all", "dis": "this", "dat": "that", "wid": "with", "doh": "dont", "badda": "bother",
	// "nuh bother send nothing else", "mi cyaan help unno"
	"nuh": "dont", "unno": "you", "cyaan": "cant",
	"rmv": "remove", "frm": "from",
	// Spanish SMS shorthand: "ya no kiero q me escriban grax", "xfa", "xq"
	"q": "que", "kiero": "quiero", "qiero": "quiero", "mensages": "mensajes", "mensage": "mensaje", "kieren": "quieren", "xq": "porque", "pq": "porque", "xfa": "por favor", "porfis": "porfa",
	"tmb": "tambien", "tb": "tambien", "grax": "gracias", "grasias": "gracias", "msj": "mensaje", "msjs": "mensajes",
	// spelled as they sound, by writers who struggle with spelling
	// (dev316, stop 53): "pls loose my numbr", "leev me alone pleese",
	// "delet my numbr", "u got the rong numbr", "ya no me ablen", "dame
	// de vaja". Only spellings that are no word of their own ("rite",
	// "reel", "loose" and "manger" stay as written; "agen", which five
	// writers used for "again" and none for "agent", is a typo of
	// "again" in shortTypos)
	"numbr": "number", "nmbr": "number", "numbre": "number", "nummber": "number", "numba": "number",
	"leev": "leave", "leav": "leave", "leeve": "leave", "alon": "alone", "pleese": "please", "pleeze": "please", "pleez": "please",
	"delet": "delete", "rong": "wrong", "evr": "ever", "nevr": "never", "mor": "more", "enuf": "enough", "alredy": "already",
	"mesage": "message", "mesages": "messages", "mesagin": "messaging", "mesaging": "messaging", "messeges": "messages",
	"werk": "work", "atorny": "attorney", "attorny": "attorney", "lawyr": "lawyer", "genral": "general", "gona": "going to",
	"canel": "cancel", "tomoro": "tomorrow", "usless": "useless", "readin": "reading", "redy": "ready", "wana": "want to",
	"ofice": "office", "nothin": "nothing", "offiser": "officer", "somone": "someone", "anothr": "another", "jus": "just", "outta": "out of",
	// a dropped g ("lookin at a buck fifty", "quit textin me", "nobody's
	// buyin it"): the forms writers of several regions used, each no word
	// of its own ("chin", "thin", "begin" and "cousin" are not among them)
	"lookin": "looking", "gettin": "getting", "textin": "texting", "sellin": "selling", "sayin": "saying", "askin": "asking",
	"goin": "going", "comin": "coming", "closin": "closing", "messagin": "messaging", "thinkin": "thinking", "waitin": "waiting",
	"tryin": "trying", "buyin": "buying", "drivin": "driving", "somethin": "something", "doin": "doing", "movin": "moving",
	"talkin": "talking", "sendin": "sending", "livin": "living", "stayin": "staying", "seein": "seeing", "typin": "typing",
	"blockin": "blocking", "removin": "removing", "offerin": "offering", "lettin": "letting", "workin": "working", "payin": "paying",
	"hearin": "hearing", "buggin": "bugging", "botherin": "bothering", "pesterin": "pestering",
	"ablen": "hablen", "escrivan": "escriban", "escrivir": "escribir", "vaja": "baja", "keja": "queja",
	// dev340 (stop 55): "my lawer says this is harasment", "fone is easyer
	// 4 me", "can u ring insted", "ya estuvo con los mesajes"
	"lawer": "lawyer", "lawyar": "lawyer", "easyer": "easier", "insted": "instead", "mesajes": "mensajes", "mesaje": "mensaje",
	"breathin": "breathing",
	// words run together on a phone keyboard (dev343, stop 55):
	// "yanomemande masmensajes porfavor", "quemellamen"
	"porfavor": "por favor", "yanomemande": "ya no me mande", "yanomemanden": "ya no me manden", "nomemande": "no me mande",
	"nomemanden": "no me manden", "masmensajes": "mas mensajes", "quemellamen": "que me llamen", "mellamen": "me llamen",
	"kien": "quien", "ekivocado": "equivocado", "ekivocada": "equivocada", "aki": "aqui", "servisio": "servicio", "veses": "veces",
}

// hourCount reports a word after which "hr" is the hour: a number or a
// count ("2 hr", "an hr", "per hr", "half hr").
func hourCount(w []byte) bool {
	if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch string(w) {
	case "a", "an", "per", "one", "two", "three", "four", "five", "six", "eight", "ten", "twelve", "half", "each", "every", "few", "couple":
		return true
	}
	return false
}

// thousandCount reports a count after which "k" is thousands: digits, or
// a number word ("twenty k", "cincuenta k").
func thousandCount(w []byte) bool {
	if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch string(w) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty",
		"fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "diez", "quince", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta",
		"setenta", "ochenta", "noventa", "cien":
		return true
	}
	return false
}

// talkBefore2 reports a verb after which "2" means "to".
func talkBefore2(w []byte) bool {
	switch string(w) {
	case "talk", "talking", "speak", "speaking", "chat", "chatting", "back", "reply", "respond", "listen", "explain":
		return true
	}
	return false
}

// lexKind says what the lexicon does with a word.
type lexKind uint8

const (
	lexLaugh  lexKind = iota + 1 // read as a clause break
	lexExpand                    // replaced by one or more words
	lexKeep                      // a known word: never typo-corrected
)

type lexEntry struct {
	kind lexKind
	toks []string
}

// lexicon merges the laughs, the spoken breaks, shorthand and typo tables
// into one lookup.
var lexicon = func() map[string]lexEntry {
	m := map[string]lexEntry{}
	for w := range laughs {
		m[w] = lexEntry{kind: lexLaugh}
	}
	for _, w := range spokenBreaks {
		m[w] = lexEntry{kind: lexLaugh}
	}
	for w, ex := range shortTypos {
		m[w] = lexEntry{kind: lexExpand, toks: expandTo(ex)}
	}
	for w, ex := range shorthand {
		m[w] = lexEntry{kind: lexExpand, toks: expandTo(ex)}
	}
	for _, w := range fuzzyVocab {
		if _, ok := m[w]; !ok {
			m[w] = lexEntry{kind: lexKeep}
		}
	}
	return m
}()

// expandTo splits an expansion, applying shorthand to its words once
// ("touchwith" -> "touch with").
func expandTo(ex string) []string {
	var out []string
	for _, p := range splitFields(ex) {
		if e2, ok := shorthand[p]; ok && e2 != p {
			out = append(out, splitFields(e2)...)
			continue
		}
		out = append(out, p)
	}
	return out
}

// Normalize lowercases s, folds curly quotes and Latin diacritics ("é" ->
// "e"), drops punctuation, symbols and emoji, keeps clause breaks, expands
// SMS shorthand, corrects a few misspelt key words (never their
// inflections: "unsubscribed" stays) and collapses letters stretched three
// or more times ("stopppp" -> "stop"). It never panics; invalid UTF-8
// bytes are treated as separators.
func Normalize(s string) Text { return normalize(s, nil) }

// normalize is [Normalize] that takes the slice of the tokens from
// toks, when it is not nil, instead of allocating it: toks(n) returns a
// slice of length and capacity n, which the caller may allocate along
// with what it keeps the text in (see [Cached]).
func normalize(s string, toks func(n int) []string) Text {
	var t Text
	// the IDs, the token spans and the token bytes are read into the
	// buffers of a pooled normalizer, for a message of up to 64 tokens,
	// and copied at the end
	z := normPool.Get().(*normalizer)
	z.reset(vocabSnapshot())
	upper := 0
	// dots marks the breaks (by position in ids, up to 64) that a period
	// made, for joinEmphatic
	var dots uint64
	for i := 0; i < len(s); {
		c := s[i]
		// ASCII fast path
		if c < utf8.RuneSelf {
			switch {
			case isAlnum(c):
				// a run of ASCII letters and digits, most of a message, is
				// read here with its state in locals: the normalizer's
				// fields live in memory, for its methods
				// (every byte of the run counts as a letter: their number
				// is the run's length, not a counter the loop keeps)
				w, l, rn, i0 := z.arena, z.last, z.run, i
				for {
					if c >= 'A' && c <= 'Z' {
						upper++
						c += 'a' - 'A'
					}
					if r := rune(c); r == l && c > '9' {
						rn++
						if rn == 2 {
							w = w[:len(w)-1]
						}
					} else {
						l, rn = r, 0
					}
					if rn < 2 {
						w = append(w, c)
					}
					i++
					if i == len(s) || !isAlnum(s[i]) {
						break
					}
					c = s[i]
				}
				if i-i0 == 3 && len(w) == z.ws+1 && w[z.ws] == 'b' && rn == 2 && !letterAt(s, i) {
					// "the BBB" is the Better Business Bureau, a word of
					// its own, not a "b" stretched
					w = append(w, 'b', 'b')
				}
				z.arena, z.last, z.run = w, l, rn
				t.Letters += i - i0
				continue
			case c == ' ':
				// the commonest separator, before the tests of the
				// signs below (it is none of them: the default case)
				z.flush()
			case c == '\'' && len(z.arena) > z.ws && isDigit(z.arena[len(z.arena)-1]) && i+1 < len(s) && isDigit(s[i+1]):
				// "5'2": feet and inches, two numbers, not 52
				z.flush()
			case c == '\'' || c == '`':
				if len(z.arena) > z.ws {
					z.arena = append(z.arena, '\'')
					z.hasApos = true
					// the apostrophe ends a run of one letter: the
					// collapsing below must not cut into it ("ǅǅ'ǅ")
					z.last, z.run = 0, 0
				}
			case (c == ',' || c == '.') && len(z.arena) > z.ws && isDigit(z.arena[len(z.arena)-1]) && i+1 < len(s) && isDigit(s[i+1]):
				z.arena = append(z.arena, c)
			case c == '#' && (i+1 >= len(s) || !isDigit(s[i+1])) && len(z.ids) > 0 && z.ids[len(z.ids)-1] != breakID && len(z.arena) == z.ws:
				// "wrong #", "whats ur #": the sign stands for "number"
				z.emit("number")
			case c == '*' && len(z.arena) == z.ws && (i == 0 || s[i-1] == ' ') && i+1 < len(s) && (s[i+1]|0x20 >= 'a' && s[i+1]|0x20 <= 'z') && !starClosed(s[i+1:]):
				// "Can you cal me *call": a correction of the word before
				// starts a clause of its own, so "call me *call" is not
				// "call me Jim" ("*Jim*" is emphasis, not a correction)
				z.flush()
				z.brk()
			case c == '~' && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == '$'):
				// "~75k" reads "about 75k"
				z.flush()
				z.emit("about")
			case c == '$' && i+1 < len(s) && isDigit(s[i+1]):
				z.flush()
				z.arena = append(z.arena, '$')
			case c == '%' && len(z.arena) > z.ws && isDigit(z.arena[len(z.arena)-1]):
				z.arena = append(z.arena, '%')
				z.flush()
			case c == '.' && titleAbbrev(z.arena[z.ws:]):
				// "Mr. Alvarez", "Sra. Medina": a title's period ends no
				// clause
				z.flush()
			case c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r' ||
				c == '(' || c == ')' || c == '"':
				if c == '!' || c == '?' {
					if i > 0 && (s[i-1] == '!' || s[i-1] == '?') && (i < 2 || (s[i-2] != '!' && s[i-2] != '?')) {
						t.Repeats++
					}
					if c == '!' {
						t.Bangs++
					} else {
						t.Quests++
					}
				}
				z.flush()
				z.brk()
				if n := len(z.ids); c == '.' && n > 0 && n <= 64 && z.ids[n-1] == breakID {
					dots |= 1 << (n - 1)
				}
			case c == '/' && len(z.arena) == z.ws+1 && z.arena[z.ws] == 'w' && i+1 < len(s) && s[i+1]|0x20 == 'o' && (i+2 == len(s) || !isAlnum(s[i+2])):
				// "w/o roommates" is "without", one word ("w/" alone is
				// "with", by the shorthand table)
				z.arena = z.arena[:z.ws]
				z.last, z.run = 0, 0
				z.emit("without")
				t.Letters++
				i += 2
				continue
			case c == '-' && dashBreak(s, i, 1):
				// "STOP - not interested": a dash set off by spaces ends
				// a clause like a comma
				z.flush()
				z.brk()
			default:
				z.flush()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			z.flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t.Letters++
			if unicode.IsUpper(r) {
				upper++
			}
			r = unicode.ToLower(r)
			// fold Latin diacritics ("arrêt" -> "arret", "más" -> "mas") so
			// keywords and patterns are written once, in ASCII
			if f, ok := foldLatin(r); ok {
				if f == 's' && r == 'ß' {
					z.arena = append(z.arena, 's')
				}
				r = f
			}
			if r == z.last && unicode.IsLetter(r) {
				z.run++
				if z.run >= 2 {
					if z.run == 2 {
						z.arena = z.arena[:len(z.arena)-utf8.RuneLen(r)]
					}
					i += size
					continue
				}
			} else {
				z.last, z.run = r, 0
			}
			z.arena = utf8.AppendRune(z.arena, r)
		case r == '\u2019' || r == '\u2018' || r == '\u00b4' || r == '\u02bc':
			if len(z.arena) > z.ws {
				z.arena = append(z.arena, '\'')
				z.hasApos = true
				z.last, z.run = 0, 0
			}
		case r == '\u201c' || r == '\u201d' || r == '\u2026' || r == '\u00a1' || r == '\u00bf' ||
			r == '\u2014' && !numberRange(s, i, i+size) || r == '\u2013' && dashBreak(s, i, size):
			z.flush()
			z.brk()
		case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) || (r >= 0x1F000 && r <= 0x1FAFF):
			// emoji and pictographs end a clause, like punctuation
			z.flush()
			z.brk()
		default:
			z.flush()
		}
		i += size
	}
	z.flush()
	if n := len(z.ids); n > 0 && z.ids[n-1] == breakID {
		z.ids = z.ids[:n-1]
		z.spans = z.spans[:n-1]
	}
	if dots != 0 {
		z.ids, z.spans = joinEmphatic(z.ids, z.spans, dots)
	}
	// one allocation of plain words: the rows of starts, the filter of
	// the IDs, the gates and the count of words (when the message has a
	// token), the IDs two to a word, then the bytes of the tokens, which
	// the tokens point into
	t.known = matchersSeen.Load()
	nid := len(z.ids)
	rowLen := (nid + 63) / 64
	// (a message is stored so before any matcher registers, too: the
	// first matchers to run over one take their bits, see
	// [Matcher.register])
	stored := nid > 0
	// the start mask of each token, the matchers it may start a rule of
	// by its ID and by its first two bytes (see [startTable]), is read before
	// the allocation: only the matchers some token starts a rule of (t.mask,
	// about half of them in a message) get a row, so the rows of a
	// message of up to 64 tokens are first set in r, a row per bit
	var (
		r  [64]uint64
		st *startTable
	)
	nrows := 0
	if stored {
		st = startTableNow()
		if rowLen == 1 {
			t.mask = z.startRow64(&r, st, t.known)
		} else {
			t.mask = z.startMaskAll(st, t.known)
		}
		nrows = bits.OnesCount64(t.mask) * rowLen
	}
	head := 0
	if stored {
		head = nrows + bloomWords + gateLen
	}
	idWords := (nid + 1) / 2
	buf := make([]uint64, head+idWords+(len(z.arena)+7)/8)
	if nid == 0 {
		t.IDs = make([]int32, 0)
	} else {
		t.IDs = unsafe.Slice((*int32)(unsafe.Pointer(&buf[head])), nid)
		copy(t.IDs, z.ids)
	}
	if stored {
		// the rows of the matchers of t.mask, in the order of their
		// bits, each rowLen words whose bit s is set when token s may
		// start a rule of the matcher (see [Text.startRow])
		rows := buf[:nrows]
		if rowLen == 1 {
			k := 0
			for m := t.mask; m != 0; m &= m - 1 {
				rows[k] = r[bits.TrailingZeros64(m)&63]
				k++
			}
		} else {
			z.startRows(rows, rowLen, st, t.known, t.mask)
		}
		b := (*idBloom)(buf[nrows:])
		words := 0
		for _, id := range z.ids {
			b.add(id)
			if id != breakID {
				words++
			}
		}
		t.starts = rows
		buf[nrows+bloomWords], buf[nrows+bloomWords+1], buf[nrows+bloomWords+2] = z.gates, z.vocab.gates, uint64(words)
	}
	all := ""
	if len(z.arena) > 0 {
		bytes := unsafe.Slice((*byte)(unsafe.Pointer(&buf[head+idWords])), len(z.arena))
		copy(bytes, z.arena)
		all = unsafe.String(&bytes[0], len(bytes))
	}
	if toks != nil {
		t.Toks = toks(len(z.spans))
	} else {
		t.Toks = make([]string, len(z.spans))
	}
	for i, sp := range z.spans {
		if sp[0] < 0 {
			t.Toks[i] = Break
		} else {
			t.Toks[i] = all[sp[0]:sp[1]]
		}
	}
	if t.Letters > 0 {
		t.Upper = float64(upper) / float64(t.Letters)
	}
	normPool.Put(z)
	return t
}

// letterAt reports a letter at s[i] ("the BBB’s form" and "“BBB”" have
// none after the word; "BBBé" has one).
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// normalizer is the state Normalize shares with the words it flushes: a
// pooled struct whose methods reach it through one pointer (closures
// over the same variables reached each through a pointer of its own).
type normalizer struct {
	// the word being read is built in place at the end of the arena, from
	// ws on, so that a word kept as written is never copied; ws ==
	// len(arena) when no word is pending
	arena []byte
	spans [][2]int32 // token bytes in arena; {-1,-1} for Break
	ids   []int32
	vocab *vocabulary
	// gates is the OR of the gates of the words emitted
	gates uint64
	ws    int
	// last rune written and its run length, for stretch collapsing
	last    rune
	run     int
	hasApos bool
	// the first buffers of ids, spans and arena
	idBuf    [64]int32
	spanBuf  [64][2]int32
	arenaBuf [320]byte
}

// normPool holds normalizers between calls. Nothing Normalize returns
// points into one: the IDs, the spans and the token bytes are copied out.
var normPool = sync.Pool{New: func() any { return new(normalizer) }}

// reset readies z for a message.
func (z *normalizer) reset(v *vocabulary) {
	z.arena, z.spans, z.ids = z.arenaBuf[:0], z.spanBuf[:0], z.idBuf[:0]
	z.vocab, z.ws, z.last, z.run, z.hasApos = v, 0, 0, 0, false
	z.gates = 0
}

// emit appends the token w; no word may be pending.
func (z *normalizer) emit(w string) {
	z.arena = append(z.arena, w...)
	z.spans = append(z.spans, [2]int32{int32(z.ws), int32(len(z.arena))})
	e := z.vocab.lookupString(w)
	z.ids = append(z.ids, e.id)
	z.gates |= e.gates
	z.ws = len(z.arena)
}

// startMask returns the start mask of token i: the matchers known it
// may start a rule of, by its ID and by its first two bytes (see
// [startTable]).
func (z *normalizer) startMask(st *startTable, i int, known uint64) uint64 {
	var mk uint64
	if k := uint(z.ids[i]); k < uint(len(st.byID)) {
		mk = st.byID[k]
	}
	// (a break's span starts at -1)
	if sp := z.spans[i]; uint(sp[0]) < uint(len(z.arena)) {
		mk |= st.byPair[pairOf(z.arena[sp[0]:], int(sp[1]-sp[0]))]
	}
	// (a matcher registered since known was loaded has no row)
	return mk & known
}

// startMaskAll returns the OR of the start masks of the tokens read (see
// [normalizer.startMask]): the matchers that get a row of starts.
func (z *normalizer) startMaskAll(st *startTable, known uint64) (mask uint64) {
	for i := range z.ids {
		mask |= z.startMask(st, i, known)
	}
	return mask
}

// startRows records where the matchers of mask, the OR of the start
// masks of the tokens read (see [normalizer.startMaskAll]), may start a
// rule: for each token, the bits of its start mask are set in rows,
// rowLen words per matcher of mask in the order of their bits, so that
// bit i of the row of the k-th matcher of mask,
// rows[k*rowLen:(k+1)*rowLen], is set when token i may start one of its
// rules (see [Text.startRow]).
func (z *normalizer) startRows(rows []uint64, rowLen int, st *startTable, known, mask uint64) {
	for i := range z.ids {
		for mk := z.startMask(st, i, known); mk != 0; mk &= mk - 1 {
			k := bits.OnesCount64(mask & (1<<bits.TrailingZeros64(mk) - 1))
			rows[k*rowLen+i>>6] |= 1 << (i & 63)
		}
	}
}

// startRow64 sets in rows, for a text of at most 64 tokens, a row of
// one word for every matcher bit, whose bit i is set when token i may
// start a rule of the matcher, and returns the OR of the tokens' start
// masks (see [normalizer.startMask]): a loop with few variables, kept
// in registers, and indexes the compiler proves in range. Normalize
// keeps the rows of the bits of the mask.
func (z *normalizer) startRow64(rows *[64]uint64, st *startTable, known uint64) (mask uint64) {
	byID, byPair, arena, spans := st.byID, &st.byPair, z.arena, z.spans[:len(z.ids)]
	for i, id := range z.ids {
		var mk uint64
		if k := uint(id); k < uint(len(byID)) {
			mk = byID[k]
		}
		// (a break's span starts at -1)
		if sp := spans[i]; uint(sp[0]) < uint(len(arena)) {
			mk |= byPair[pairOf(arena[sp[0]:], int(sp[1]-sp[0]))]
		}
		mk &= known
		mask |= mk
		at := uint64(1) << (i & 63)
		for ; mk != 0; mk &= mk - 1 {
			rows[bits.TrailingZeros64(mk)&63] |= at
		}
	}
	return mask
}

// brk appends a clause break, unless the last token is one.
func (z *normalizer) brk() {
	if n := len(z.ids); n > 0 && z.ids[n-1] != breakID {
		z.spans = append(z.spans, [2]int32{-1, -1})
		z.ids = append(z.ids, breakID)
	}
}

// flush ends the pending word, if any.
func (z *normalizer) flush() {
	if len(z.arena) != z.ws {
		z.flushWord()
	}
}

// flushWord ends the pending word: it is looked up, and expanded,
// corrected or kept as written.
func (z *normalizer) flushWord() {
	z.last, z.run = 0, 0
	if z.hasApos {
		z.hasApos = false
		w := string(z.arena[z.ws:])
		z.arena = z.arena[:z.ws]
		if ex, ok := contractions[w]; ok {
			w = ex
		} else {
			w = strings.ReplaceAll(w, "'", "")
		}
		if w == "" {
			return
		}
		if strings.IndexByte(w, ' ') >= 0 {
			for _, p := range splitFields(w) {
				z.emit(p)
			}
			return
		}
		z.arena = append(z.arena, w...)
	}
	ws, arena := z.ws, z.arena
	word := arena[ws:]
	// "talk 2 sum1", "get back 2 me": after a verb of talking "2"
	// is "to"
	if len(word) == 1 && word[0] == '2' && len(z.spans) > 0 && z.spans[len(z.spans)-1][0] >= 0 &&
		talkBefore2(arena[z.spans[len(z.spans)-1][0]:z.spans[len(z.spans)-1][1]]) {
		z.arena = arena[:ws]
		z.emit("to")
		return
	}
	// "talk to HR", "head of HR": the department; "hr" is the hour only
	// after a count ("2 hr", "an hr", "14 hr clock")
	if len(word) == 2 && word[0] == 'h' && word[1] == 'r' &&
		!(len(z.spans) > 0 && z.spans[len(z.spans)-1][0] >= 0 && hourCount(arena[z.spans[len(z.spans)-1][0]:z.spans[len(z.spans)-1][1]])) {
		z.arena = arena[:ws]
		z.emit("hr")
		return
	}
	// "twenty k", "250 k": thousands after a count, not "ok"
	if len(word) == 1 && word[0] == 'k' && len(z.spans) > 0 && z.spans[len(z.spans)-1][0] >= 0 &&
		thousandCount(arena[z.spans[len(z.spans)-1][0]:z.spans[len(z.spans)-1][1]]) {
		z.arena = arena[:ws]
		z.emit("k")
		return
	}
	ve, known := z.vocab.lookup(word)
	if ve.lex != 0 {
		e := &lexEntries[ve.lex-1]
		z.arena = arena[:ws]
		switch e.kind {
		case lexLaugh:
			// laughter ends a clause: "never owned a place haha quit messaging"
			z.brk()
		case lexExpand:
			for _, p := range e.toks {
				z.emit(p)
			}
		}
		return
	}
	if !known && len(word) >= 5 {
		if c := correctBytes(word); c != "" {
			z.arena = arena[:ws]
			if e := z.vocab.lookupString(c).lexOf(); e != nil && e.kind == lexExpand {
				for _, p := range e.toks {
					z.emit(p)
				}
				return
			}
			z.emit(c)
			return
		}
	}
	// the word stands as written: it is already in the arena
	z.spans = append(z.spans, [2]int32{int32(ws), int32(len(arena))})
	z.ids = append(z.ids, ve.id)
	z.gates |= ve.gates
	z.ws = len(arena)
}

// joinEmphatic drops the periods between three or more one-word
// sentences in a row, which say one thing with emphasis: "Take. Me. Off."
// reads "take me off". dots marks the breaks a period made.
func joinEmphatic(ids []int32, spans [][2]int32, dots uint64) ([]int32, [][2]int32) {
	// three one-word clauses in a row need two periods two tokens apart
	// with one word on each side of each; a text with none, as most
	// are, is passed over after a look at its periods alone
	for d := dots; d != 0; d &= d - 1 {
		p := bits.TrailingZeros64(d)
		if p >= 1 && p+3 < len(ids) && p+2 < 64 && dots&(1<<(p+2)) != 0 && singleAt(ids, p-1) && singleAt(ids, p+1) && singleAt(ids, p+3) {
			return joinEmphaticRuns(ids, spans, dots)
		}
	}
	return ids, spans
}

// singleAt reports a one-word clause at i.
func singleAt(ids []int32, i int) bool {
	return ids[i] != breakID && (i == 0 || ids[i-1] == breakID) && (i+1 == len(ids) || ids[i+1] == breakID)
}

// joinEmphaticRuns is joinEmphatic without the look at the periods
// first: every token is tried as the start of a run.
func joinEmphaticRuns(ids []int32, spans [][2]int32, dots uint64) ([]int32, [][2]int32) {
	single := func(i int) bool { return singleAt(ids, i) }
	var drop uint64
	for i := 0; i < len(ids) && i < 64; i++ {
		if !single(i) {
			continue
		}
		// extend the run of one-word clauses joined by periods from i
		j := i
		for j+2 < len(ids) && j+1 < 64 && dots&(1<<(j+1)) != 0 && single(j+2) {
			j += 2
		}
		if (j-i)/2+1 >= 3 {
			for k := i + 1; k < j; k += 2 {
				drop |= 1 << k
			}
		}
		i = j
	}
	if drop == 0 {
		return ids, spans
	}
	n := 0
	for i := range ids {
		if i < 64 && drop&(1<<i) != 0 {
			continue
		}
		ids[n], spans[n] = ids[i], spans[i]
		n++
	}
	return ids[:n], spans[:n]
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// isAlnum reports an ASCII letter or digit: one load from a table, as
// Normalize asks it of nearly every byte of a message.
func isAlnum(b byte) bool { return alnumBytes[b] }

var alnumBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// latinFrom and latinTo map lower-case Latin letters with diacritics to
// their base letter (Latin-1 Supplement and Latin Extended-A).
const (
	latinFrom = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžøđłß"
	latinTo   = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzodls"
)

var latinFold = func() map[rune]rune {
	m := map[rune]rune{}
	to := []rune(latinTo)
	for i, r := range []rune(latinFrom) {
		m[r] = to[i]
	}
	return m
}()

// foldLatin returns the base letter of a lower-case Latin letter with a
// diacritic ("ê" -> 'e'); "ß" folds to 's' and the caller doubles it.
func foldLatin(r rune) (rune, bool) {
	if r < 0xDF || r > 0x17F {
		return r, false
	}
	f, ok := latinFold[r]
	return f, ok
}

// titleAbbrev reports a title abbreviated before a name: mr, mrs, ms,
// dr, sr, sra, srta (any case).
func titleAbbrev(w []byte) bool {
	switch len(w) {
	case 2, 3, 4:
	default:
		return false
	}
	var b [4]byte
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "mr", "mrs", "ms", "dr", "sr", "sra", "srta":
		return true
	}
	return false
}

// Sentences splits s at sentence ends ('.', '!', '?', ';' and line
// breaks), dropping empty pieces; pieces keep their spaces.
func Sentences(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' || r == ';' })
}

// SplitQuoted separates the lines an email or a messaging app marks as
// quoted (the first character other than a space is '>'), the words of
// an earlier message the lead replies to, from the lead's own: for
// "> Reply STOP to opt out\nok STOP" it returns reply "ok STOP" and
// quoted "Reply STOP to opt out". A line that also holds '<' is an arrow
// for emphasis (">>> STOP <<<"), not a quote. When no line is quoted, when
// no other line has a letter or a digit, or when the reply says the
// quote is the lead's own earlier words ("> stop texting me\nlike I said
// yesterday"), reply is raw and quoted is empty.
func SplitQuoted(raw string) (reply, quoted string) {
	if !strings.Contains(raw, ">") {
		return raw, ""
	}
	var r, q strings.Builder
	marked, words := false, false
	for line := range strings.Lines(raw) {
		if rest, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), ">"); ok && !strings.Contains(rest, "<") {
			marked = true
			q.WriteString(strings.TrimLeft(rest, "> \t"))
			continue
		}
		words = words || strings.IndexFunc(line, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
		r.WriteString(line)
	}
	if !marked || !words || ownWordsQuoted(r.String()) {
		return raw, ""
	}
	return r.String(), strings.TrimSpace(q.String())
}

// ownWordsQuoted reports a reply that calls what it quotes the lead's
// own earlier words: "like I said", "as I wrote", "I sent this 3 days
// ago", "asked this yesterday", "I already asked", "como les dije", "ya
// les dije". A verb of saying with another object ("I texted my wife",
// "I sent the photos") is about something else.
func ownWordsQuoted(reply string) bool {
	toks := Normalize(reply).Toks
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k]
	}
	for k, w := range toks {
		if !selfSaidVerbs.Has(w) {
			continue
		}
		// ("I already told my wife" tells of someone else)
		next := at(k + 1)
		switch {
		case (at(k-1) == "i" || at(k-1) == "we") && (at(k-2) == "like" || at(k-2) == "as"),
			next == "this" || next == "that" || next == "it" || next == "esto" || next == "eso",
			next == "you" || next == "u" || next == "yall" || next == "ya",
			(at(k-1) == "already" || at(k-2) == "already") && (next == "" || next == Break),
			spanishSelfSaid.Has(w) && (at(k-1) == "te" || at(k-1) == "les" || at(k-1) == "le" || at(k-1) == "lo" || at(k-1) == "como" || at(k-1) == "ya"):
			return true
		}
	}
	return false
}

var (
	selfSaidVerbs   = NewSet("said", "sent", "asked", "wrote", "texted", "told", "dije", "mande", "escribi", "pedi", "dijimos", "mandamos", "pedimos")
	spanishSelfSaid = NewSet("dije", "mande", "escribi", "pedi", "dijimos", "mandamos", "pedimos")
)

// HouseholdQuote reports a message whose one quotation relays the words
// of someone in the lead's household to the business, who may ask or
// revoke for the lead: 'my husband says: "have the owner call me"', 'Mi
// esposa dice: "que nos llame el dueño"', 'Forwarding my dad's text:
// "..."'. The few words before the quotation name a spouse, a parent or a
// child of the lead's ("my", "our", "mi") and a saying or a message; 'your
// ad says "call us today"' and 'my neighbor said "stop"' relay no one of
// the lead's, and words said to someone else ('my dad texted "call me" to
// me, not you') or taken back ('... on the wrong thread, ignore it') are
// no relay.
func HouseholdQuote(raw string) bool {
	i := strings.IndexAny(raw, "\"“”")
	if i < 0 || i > 160 {
		return false
	}
	rest := raw[i+1:]
	j := strings.IndexAny(rest, "\"”")
	if j < 0 || strings.ContainsAny(rest[j+1:], "\"“”") {
		return false // unpaired, or more than one quotation
	}
	toks := Normalize(raw[:i]).Toks
	if len(toks) > 10 {
		return false
	}
	kin, said := false, false
	for k, w := range toks {
		kin = kin || householdKin.Has(w) && k > 0 && (toks[k-1] == "my" || toks[k-1] == "mi" || toks[k-1] == "our")
		said = said || relayWords.Has(w)
		// 'my abuela always says "nunca firmes nada sin hablar con
		// alguien"': a saying of hers, not a message relayed ('mi esposo
		// que siempre contesta dice: "..."' relays)
		if relayWords.Has(w) && k > 0 && habitWords.Has(toks[k-1]) {
			return false
		}
	}
	if !kin || !said {
		return false
	}
	after := Normalize(rest[j+1:]).Toks
	// '"call me" to me', '"llámenme" a su hermana', '"remove us" on
	// the wrong thread'
	if len(after) > 1 && elsewhereTo.Has(after[0]) && (otherAddressee.Has(after[1]) || after[1] == "the" && len(after) > 2 && after[2] == "wrong") {
		return false
	}
	for k, w := range after {
		if takenBackWords.Has(w) || w == "wrong" && k+1 < len(after) && wrongPlace.Has(after[k+1]) ||
			(w == "equivocado" || w == "equivocada") && k > 0 && wrongPlace.Has(after[k-1]) {
			return false
		}
	}
	return true
}

var (
	householdKin = NewSet("husband", "wife", "hubby", "dad", "mom", "father", "mother", "son", "daughter", "esposo", "esposa", "marido",
		"mujer", "papa", "mama", "hijo", "hija", "partner", "spouse", "dads", "moms", "husbands", "wifes",
		// the grandparents a grandchild texts for: 'dice mi abuela: "que
		// me hable alguien"'
		"grandma", "grandpa", "grandmother", "grandfather", "abuela", "abuelo", "abuelita", "abuelito")
	// habitWords make a saying a habit: "always says"
	habitWords = NewSet("always", "siempre", "usually", "solia")
	relayWords = NewSet("says", "said", "wrote", "texted", "text", "texto", "message", "msg", "fwd", "forward", "forwarding", "forwarded",
		"dice", "dijo", "escribio", "mensaje", "manda", "mando", "wants")
	// elsewhereTo, before otherAddressee, send the quoted words to
	// someone else: '"call me" to me', '"llámenme" a su hermana'
	elsewhereTo    = NewSet("to", "a", "al", "on", "en", "in")
	otherAddressee = NewSet("me", "him", "her", "his", "my", "someone", "everyone", "su", "sus", "mi", "mis", "el", "ella", "otra", "otro")
	// takenBackWords take the relayed words back
	takenBackWords = NewSet("ignore", "ignora", "ignoren", "ignorelo", "disregard")
	// wrongPlace follow "wrong" where the words went astray: "wrong chat"
	// (and before "equivocado": "número equivocado")
	wrongPlace = NewSet("chat", "thread", "group", "convo", "conversation", "person", "number", "text", "chatroom", "numero", "grupo", "mensaje", "persona")
)

// NextQuotation returns the words inside the first pair of double quotes
// in raw ("" or “”) and what follows its closing mark; ok is false when
// raw has no pair.
func NextQuotation(raw string) (quoted, rest string, ok bool) {
	i := strings.IndexAny(raw, "\"“")
	if i < 0 {
		return "", "", false
	}
	_, n := utf8.DecodeRuneInString(raw[i:])
	after := raw[i+n:]
	j := strings.IndexAny(after, "\"”")
	if j < 0 {
		return "", "", false
	}
	_, m := utf8.DecodeRuneInString(after[j:])
	return after[:j], after[j+m:], true
}

// Unquoted returns raw with the text inside each pair of double quotes
// ("" or “”) replaced by a clause break, or raw itself when it
// has no quotes or an unpaired one: 'your ad says "call us today"' reads
// 'your ad says , '.
func Unquoted(raw string) string {
	if strings.IndexByte(raw, '"') < 0 && !strings.Contains(raw, "“") {
		return raw
	}
	var b strings.Builder
	in := false
	last := 0
	for i, r := range raw {
		switch {
		case !in && (r == '"' || r == '“'):
			b.WriteString(raw[last:i])
			in, last = true, i
		case in && (r == '"' || r == '”'):
			b.WriteString(" , ")
			in, last = false, i+utf8.RuneLen(r)
		}
	}
	if in {
		return raw // unpaired
	}
	b.WriteString(raw[last:])
	return b.String()
}

// starClosed reports a word that ends in '*' before the next space:
// "*Jim*" is emphasis.
func starClosed(s string) bool {
	for i := 0; i < len(s) && s[i] != ' '; i++ {
		if s[i] == '*' {
			return true
		}
	}
	return false
}

// dashBreak reports a dash at s[i:i+size] set off by spaces (or the
// text's ends), a run of hyphens counted as one: "STOP - not interested",
// "stop -- wrong number". Hyphens inside words ("opt-out") and a range
// between numbers ("300 - 350k") are no break.
func dashBreak(s string, i, size int) bool {
	if i > 0 && s[i-1] != ' ' {
		return false
	}
	j := i + size
	for j < len(s) && s[j] == '-' {
		j++
	}
	return (j == len(s) || s[j] == ' ') && !numberRange(s, i, j)
}

// numberRange reports the dash at s[i:j] between a number and a number
// or an amount, spaces aside: "3 - 4 bedrooms", "$300—$350k".
func numberRange(s string, i, j int) bool {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if i == 0 || j == len(s) {
		return false
	}
	p := s[i-1]
	if (p == 'k' || p == 'K') && i > 1 {
		p = s[i-2]
	}
	return isDigit(p) && (isDigit(s[j]) || s[j] == '$')
}
