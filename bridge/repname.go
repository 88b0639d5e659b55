package bridge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A handoff's text that names a person as the one who will reach out
// names the assigned rep ([Request].RepName), and with none assigned
// names no one: the lead waits for the person it names. A name stands in
// that place as the subject of a modal or a Spanish clitic ("Mike will
// call you", "Mike'll text you", "Mike from our team can", "Mike, our
// specialist, will", "Mike te llama"), or after a verb that hands the
// lead over ("connecting you with Mike", "I'll have Mike call you",
// "get Mike to reach out", "te paso con Mike"). At a sentence's start,
// where any noun is capitalised, a word before a modal is a name only
// when a verb of contact follows the modal ("Mike will call you", not
// "Rates can change" or "Everything will be handled by Mike").
var (
	// repModals after a name make it the one who acts.
	repModals = wordSet(`will can could would should may might 'll gonna le te les se va puede podrá podra`)
	// repGoing after a name's "'s" or "is" do too: "Mike's going to
	// call", "Mike is calling you".
	repGoing = wordSet(`going gonna about calling texting reaching`)
	// handOverVerbs, up to three words before "with", "to", "con" or
	// "a", hand the lead to the name after it; handOverDirect take it
	// right after them ("have Mike call you").
	handOverVerbs = wordSet(`connect connecting connected pass passing passed hand handing handed transfer transferring
		put putting introduce introducing bring bringing loop looping touch comunico paso conecto pongo comunicar
		conectar pasar poner transfiero`)
	handOverPreps  = wordSet(`with to con a in`)
	handOverDirect = wordSet(`have get ask`)
	// repNotNames are capitalised words in those places that name no
	// person: pronouns, determiners, greetings, people in general.
	repNotNames = wordSet(`i we you he she they it this that there who what which someone somebody everyone anyone
		nobody one our my your the a an team partner teammate rep agent specialist person human sure great perfect thanks
		thank got of course absolutely definitely okay ok yes yeah yep sounds awesome no not hi hey hello claro perfecto
		gracias listo alguien nuestro nuestra mi el la un una usted tú él ella ellos también tambien que and or but y o
		so then also if when please let perdona perdone perdón perdon disculpa disculpe disculpas lamento siento cuándo
		cuando cuál cual qué cómo como dónde donde quién quien hola buenas buenos excelente genial entendido vale bueno
		muchas además entonces ahora aquí pronto esto eso todo todos ya luego enseguida después despues`)
	// contactVerbs after a modal make a capitalised word at a
	// sentence's start (or after "your", "the") the one who will reach
	// out: "Mike will call you" names Mike, "Rates can change" and
	// "Everything will be handled" name no one. "be" counts with "in
	// touch" or "with you" after it.
	contactVerbs = wordSet(`call calls calling text texts texting reach reaches reaching contact contacts contacting
		follow follows following get gets getting give gives giving ring rings phone email message touch help helps
		handle handles walk walks speak talk chat meet reply respond answer llama llamará llamara llamar llamo
		llamamos escribe escribirá escribira escribir contacta contactará contactara contactar comunica comunicará
		comunicara comunicar atiende atenderá atendera atender manda mandará enviará envía envia marca ayuda ayudará`)
	// contactAdverbs may stand between the modal and its verb of
	// contact: "Mike will personally call", "Mike is going to text",
	// "Mike will be in touch", "Carla le va a llamar".
	contactAdverbs = wordSet(`personally also soon directly then just gladly happily quickly be going to in va a`)
	// sentenceOpeners before a word put it at a sentence's start.
	sentenceOpeners = wordSet(`. ! ? ¡ ¿ : ; your my our the a an this that su tu el la`)
	// orgBefore before a name make it a place or a company: "my partner
	// at Bluebird will", "Carl from Onepath will".
	orgBefore = wordSet(`at from of de del for with`)
)

// namedRep returns a name text gives the one who will reach out that is
// not the assigned rep's, nor the lead's, the business's, the AI's or
// the partner word's.
func namedRep(text string, req Request) (string, bool) {
	allowed := nameWords(req)
	for _, w := range words(strings.ToLower(clean(req.Voice.PartnerWord))) {
		allowed[w] = true
	}
	toks := caseTokens(text)
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = strings.ToLower(t)
	}
	isName := func(i int) bool {
		if i < 0 || i >= len(toks) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(toks[i])
		base := strings.TrimSuffix(strings.TrimSuffix(low[i], "'ll"), "'s")
		return unicode.IsUpper(r) && toks[i] != strings.ToUpper(toks[i]) && !repNotNames[base] && !notNames[base] &&
			!dayTimeWords[base] && !strings.Contains(base, "'")
	}
	for i := range toks {
		if !isName(i) || i > 0 && isName(i-1) {
			continue
		}
		e := i + 1 // a surname may follow
		for e < len(toks) && isName(e) {
			e++
		}
		if !actsAsRep(low, i, e) {
			continue
		}
		var unknown []string
		rep := false
		repWords := words(strings.ToLower(clean(req.RepName)))
		for _, w := range toks[i:e] {
			base := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'ll"), "'s")
			for _, part := range strings.Split(base, "-") { // "Maximilian-Alexander"
				if slices.Contains(repWords, part) {
					rep = true
				}
				if !allowed[part] {
					unknown = append(unknown, w)
				}
			}
		}
		if !rep && len(unknown) > 0 {
			return strings.Join(toks[i:e], " "), true
		}
	}
	return "", false
}

// actsAsRep reports whether the name low[i:e] stands where the one who
// will reach out does.
func actsAsRep(low []string, i, e int) bool {
	at := func(k int) string {
		if k >= 0 && k < len(low) {
			return low[k]
		}
		return ""
	}
	before := i - 1
	if r, _ := utf8.DecodeRuneInString(at(before)); before > 0 && at(before) != "," && unicode.IsPunct(r) && orgBefore[at(before-1)] {
		before-- // "from .Biz Acme", a name's own mark
	}
	if orgBefore[at(before)] && !(at(before) == "with" && slices.ContainsFunc(low[max(i-4, 0):i-1], func(w string) bool { return handOverVerbs[w] })) {
		return false
	}
	// At a sentence's start a capitalised word may be any noun ("Rates
	// can change", "Zillow can be off", "Your Realtor can join"): it is
	// a name only when a verb of contact follows its modal.
	opener := i == 0 || sentenceOpeners[at(i-1)]
	contacts := func(from int) bool {
		if !opener {
			return true
		}
		for k := from; k < len(low) && k < from+4; k++ {
			if contactVerbs[low[k]] || low[k] == "with" && at(k+1) == "you" && at(k-1) == "be" {
				return true
			}
			if !contactAdverbs[low[k]] {
				return false
			}
		}
		return false
	}
	last := low[e-1]
	if strings.HasSuffix(last, "'ll") {
		return contacts(e)
	}
	if strings.HasSuffix(last, "'s") {
		return repGoing[at(e)] && contacts(e+1)
	}
	j := e
	switch at(j) {
	case ",": // an apposition: "Mike, our specialist, will"
		for k := j + 1; k < len(low) && k <= j+5; k++ {
			if low[k] == "," {
				j = k + 1
				break
			}
		}
	case "from", "de", "at": // "Mike from our team will"
		for k := j + 1; k < len(low) && k <= j+5; k++ {
			if repModals[low[k]] {
				j = k
				break
			}
		}
	}
	if repModals[at(j)] || at(j) == "is" && repGoing[at(j+1)] {
		if repGoing[at(j+1)] && contactVerbs[at(j+1)] {
			return true // "Mike is calling you"
		}
		return contacts(j + 1)
	}
	if handOverDirect[at(i-1)] {
		return true
	}
	if handOverPreps[at(i-1)] {
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if handOverVerbs[low[k]] {
				return true
			}
		}
	}
	return false
}

// caseTokens splits s into its words as written (letters, digits,
// apostrophes, inner hyphens) and its marks of punctuation, one token
// each.
func caseTokens(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if w := strings.Trim(string(cur), "'-"); w != "" {
			out = append(out, w)
		}
		cur = cur[:0]
	}
	for _, r := range s {
		if r == '’' || r == '‘' {
			r = '\''
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-' && len(cur) > 0:
			cur = append(cur, r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			out = append(out, string(r))
		}
	}
	flush()
	return out
}
