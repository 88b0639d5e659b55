package llmcore

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// Ground finds evidence in one of texts, ignoring case, runs of white
// space, curly versus straight quotes and the quotes, dots and spaces a
// model puts around a quotation. It returns the matching part of that
// text exactly as written (a byte-for-byte substring) and true, or "" and
// false when evidence is empty, longer than 300 bytes, has no letter or
// digit, or is not in any of texts.
//
// It also refuses evidence that cannot carry value, the field's value the
// model read from it: a soft yes or an acknowledgement alone ("ok",
// "yes", "sure", "sounds good", "gracias"), which is in most messages and
// states no fact, and a quote of fewer than four letters and digits ("a",
// "it", "me" within a longer message) unless it is the whole of the
// lead's message ("me" to "who decides?", "12") or every word of it is a
// word of value ("May" for "by May", "5" for "5 employees"; one letter
// never is).
func Ground(evidence, value string, texts []string) (string, bool) {
	evidence = strings.Trim(evidence, " \t\r\n\"'`“”‘’«».…,;:")
	if evidence == "" || len(evidence) > maxEvidenceBytes || !strings.ContainsFunc(evidence, isWordRune) {
		return "", false
	}
	if textmatch.SoftOnly(textmatch.Normalize(evidence)) {
		return "", false // "ok" is in half the messages a lead writes
	}
	needle := normalise(evidence).runes
	if len(needle) == 0 {
		return "", false
	}
	n := wordRunes(needle)
	short := n < minEvidenceRunes && !(wordsOf(needle, normalise(value).runes) && (n > 1 || unicode.IsDigit(needle[0])))
	for _, t := range texts {
		hay := normalise(t)
		i := index(hay.runes, needle)
		if i < 0 {
			continue
		}
		if short && !whole(hay.runes, i, i+len(needle)) {
			continue // a short quote carries a value only as the whole reply
		}
		return t[hay.start[i]:hay.end[i+len(needle)-1]], true
	}
	return "", false
}

// minEvidenceRunes is the fewest letters and digits a quote from within
// a lead's message needs to carry a value.
const minEvidenceRunes = 4

// wordRunes counts the letters and digits of rs.
func wordRunes(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isWordRune(r) {
			n++
		}
	}
	return n
}

// wordsOf reports that every word of quote (a run of letters and digits)
// is a word of value, both folded by normalise.
func wordsOf(quote, value []rune) bool {
	have := map[string]bool{}
	for _, w := range words(value) {
		have[w] = true
	}
	ws := words(quote)
	for _, w := range ws {
		if !have[w] {
			return false
		}
	}
	return len(ws) > 0
}

func words(rs []rune) []string {
	return strings.FieldsFunc(string(rs), func(r rune) bool { return !isWordRune(r) })
}

// whole reports that hay[i:j] holds every letter and digit of hay.
func whole(hay []rune, i, j int) bool {
	return wordRunes(hay[:i]) == 0 && wordRunes(hay[j:]) == 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normText is a text folded for matching, with the byte span of each rune
// in the original.
type normText struct {
	runes      []rune
	start, end []int
}

// normalise folds s: lower case, curly quotes straightened, each run of
// white space one space, leading and trailing space dropped. Invalid
// UTF-8 bytes stay as utf8.RuneError spanning one byte.
func normalise(s string) normText {
	var n normText
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && len(n.runes) > 0 {
			n.runes = append(n.runes, ' ')
			n.start = append(n.start, i-1)
			n.end = append(n.end, i)
		}
		space = false
		n.runes = append(n.runes, fold(r))
		n.start = append(n.start, i)
		n.end = append(n.end, i+size)
		i += size
	}
	return n
}

func fold(r rune) rune {
	switch r {
	case '’', '‘', '`', '´':
		return '\''
	case '“', '”', '«', '»':
		return '"'
	}
	return unicode.ToLower(r)
}

// index returns the first index of needle in hay, or -1.
func index(hay, needle []rune) int {
	for i := 0; i+len(needle) <= len(hay); i++ {
		j := 0
		for j < len(needle) && hay[i+j] == needle[j] {
			j++
		}
		if j == len(needle) {
			return i
		}
	}
	return -1
}
