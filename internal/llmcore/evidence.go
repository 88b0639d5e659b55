package llmcore

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ground finds evidence in one of texts, ignoring case, runs of white
// space, curly versus straight quotes and the quotes, dots and spaces a
// model puts around a quotation. It returns the matching part of that
// text exactly as written (a byte-for-byte substring) and true, or "" and
// false when evidence is empty, longer than 300 bytes, has no letter or
// digit, or is not in any of texts.
func Ground(evidence string, texts []string) (string, bool) {
	evidence = strings.Trim(evidence, " \t\r\n\"'`“”‘’«».…,;:")
	if evidence == "" || len(evidence) > maxEvidenceBytes || !strings.ContainsFunc(evidence, isWordRune) {
		return "", false
	}
	needle := normalise(evidence).runes
	if len(needle) == 0 {
		return "", false
	}
	for _, t := range texts {
		hay := normalise(t)
		if i := index(hay.runes, needle); i >= 0 {
			return t[hay.start[i]:hay.end[i+len(needle)-1]], true
		}
	}
	return "", false
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
