package textmatch

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Said returns the words of raw behind the tokens toks[i:j] of
// Normalize(raw) (or Cached(raw)) as the writer wrote them: case,
// apostrophes, accents and the punctuation between the words kept
// ("CEO's chief-of-staff", "asistente del dueño" for the tokens "ceos
// chief of staff", "asistente del dueno"), on one line (runs of spaces
// and control characters and invalid UTF-8 read as one space). A
// token that shorthand expanded into several ("its" into "it is") is
// the whole word it came from. ok is false when the range is empty or
// holds only breaks, or when the tokens cannot be traced back to raw's
// words (toks are not raw's, or raw's words read differently in their
// message than alone); the caller then keeps the tokens.
func Said(raw string, toks []string, i, j int) (string, bool) {
	if i < 0 || j > len(toks) || i >= j {
		return "", false
	}
	// k is the next token of toks to trace to a word of raw
	k, start, end := 0, -1, -1
	for p := 0; p < len(raw) && k < j; {
		ps, pe := nextPiece(raw, p)
		if ps < 0 {
			break
		}
		p = pe
		// a piece is read alone as it is in its message: the pieces split
		// where Normalize splits words, so its tokens are the message's
		// (the few read by their neighbours, "2 hr" as "2 hour", differ
		// only in spelling, and are compared within the range only)
		for _, w := range Normalize(raw[ps:pe]).Toks {
			if w == Break {
				continue
			}
			for k < len(toks) && toks[k] == Break {
				k++
			}
			if k >= len(toks) {
				return "", false
			}
			if k >= i && k < j {
				if toks[k] != w {
					return "", false
				}
				if start < 0 {
					start = ps
				}
				end = pe
			}
			k++
		}
	}
	if start < 0 || k < j && anyWord(toks[k:j]) {
		return "", false
	}
	return oneLine(raw[start:end]), true
}

// anyWord reports a token of toks that is not a [Break].
func anyWord(toks []string) bool {
	for _, w := range toks {
		if w != Break {
			return true
		}
	}
	return false
}

// nextPiece returns the bytes [start, end) of the first word of raw at
// or after p: a run of letters, digits, marks and apostrophes, with the
// '.', ',' and ':' between digits ("3.5", "250,000") and a '$' before a
// digit or a '%' after one, which Normalize keeps in a token. start is
// -1 when raw has no word left.
func nextPiece(raw string, p int) (start, end int) {
	start = -1
	for q := p; q < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[q:])
		in := r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || apostrophe(r))
		if !in && start >= 0 && q+n < len(raw) {
			// "3.5", "250,000", "10:30" and "40%" inside a word
			prev, _ := utf8.DecodeLastRuneInString(raw[start:q])
			next, _ := utf8.DecodeRuneInString(raw[q+n:])
			in = (r == '.' || r == ',' || r == ':') && isDigitRune(prev) && isDigitRune(next)
		}
		if !in && start >= 0 && r == '%' {
			prev, _ := utf8.DecodeLastRuneInString(raw[start:q])
			in = isDigitRune(prev)
		}
		if !in && start < 0 && r == '$' && q+n < len(raw) {
			next, _ := utf8.DecodeRuneInString(raw[q+n:])
			in = isDigitRune(next)
		}
		switch {
		case in && start < 0:
			start = q
		case !in && start >= 0:
			return start, q
		}
		q += n
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(raw)
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// apostrophe reports the marks writers use for an apostrophe.
func apostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '`', '\u00b4':
		return true
	}
	return false
}

// oneLine returns s on one line: runs of spaces and control characters
// as one space (invalid UTF-8 too), and the apostrophes that only
// open or close it ("'cause", "'manager'") trimmed, except the one of a
// plural's possessive ("the partners'").
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToValidUTF8(s, " ") {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	out := strings.TrimLeftFunc(b.String(), apostrophe)
	if t := strings.TrimRightFunc(out, apostrophe); t != out && !strings.HasSuffix(t, "s") {
		out = t
	}
	return out
}
