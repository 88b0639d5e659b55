// Package redact masks what must not reach a log from error text written
// by others (an SMS provider's or a host's Sender): phone numbers, and the
// addresses and message bodies the caller knows were handed over.
package redact

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
)

// Numbers replaces every run of 7 or more digits that may be a phone
// number by "***" and its last two digits. A run may start with "+" or
// "(" and keep going across one or two of the separators people write in
// numbers (" ", "-", ".", "(", ")"), so "+15550101234", "(212) 555-0100"
// and "212.555.0100" are all masked.
func Numbers(s string) string {
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := i
		if (s[j] == '+' || s[j] == '(') && j+1 < len(s) && isDigit(s[j+1]) {
			j++
		}
		digits, end := 0, -1
		for j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				digits++
				j++
			}
			end = j
			k := j
			for k < len(s) && k-j < 2 && strings.IndexByte(" -.()", s[k]) >= 0 {
				k++
			}
			if k == j || k == len(s) || !isDigit(s[k]) {
				break
			}
			j = k
		}
		switch {
		case digits >= 7:
			b.WriteString("***")
			b.WriteString(s[end-2 : end])
			i = end
		case end > i:
			b.WriteString(s[i:end])
			i = end
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// Text returns s with every occurrence of each non-blank value replaced
// by "[redacted]", then with [Numbers] applied: for an error that may
// repeat the address a text was sent to and the text itself. A value is
// masked in each form an error may quote it in: as it is, on one line
// (its white space collapsed), quoted by %q or %+q, escaped as JSON, and
// each of its lines and sentences of 16 bytes or more alone (so that an
// error quoting one line of a long text is masked too). The longer
// forms go first, so that a value inside another (a name inside a
// message) does not leave the rest of the longer one behind.
func Text(s string, values ...string) string {
	given, seen := map[string]bool{}, map[string]bool{}
	var all []string
	for _, v := range values {
		if given[v] {
			continue
		}
		given[v] = true
		for _, f := range forms(v) {
			if !seen[f] {
				seen[f] = true
				all = append(all, f)
			}
		}
	}
	slices.SortStableFunc(all, func(a, b string) int { return len(b) - len(a) })
	for _, f := range all {
		s = strings.ReplaceAll(s, f, "[redacted]")
	}
	return Numbers(s)
}

// minPiece is the length in bytes from which a line or a sentence of a
// value is masked alone (see forms): a shorter one ("Hi,", "Yes.") is
// words any error may hold.
const minPiece = 16

// forms lists the forms in which an error may repeat v, for [Text]: v
// itself; v on one line (its runs of white space as one space, as a
// one-line rendering writes it); each of those as strconv.Quote and
// strconv.QuoteToASCII write it (%q, %+q) and as encoding/json does
// (with and without its HTML escaping), without the outer quotation
// marks; and the same forms of each line and each sentence of v of
// minPiece bytes or more, so that an error quoting one line of a long
// text, or one sentence, is masked too. A blank v has none.
func forms(v string) []string {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	bases := []string{v, strings.Join(strings.Fields(v), " ")}
	for _, p := range pieces(v) {
		bases = append(bases, p, strings.Join(strings.Fields(p), " "))
	}
	var out []string
	add := func(f string) {
		if strings.TrimSpace(f) != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	for _, b := range bases {
		add(b)
		if !strings.ContainsFunc(b, escaped) {
			continue // every quoted form is b itself
		}
		add(unquote(strconv.Quote(b)))
		add(unquote(strconv.QuoteToASCII(b)))
		add(unquote(jsonString(b, true)))
		add(unquote(jsonString(b, false)))
	}
	return out
}

// escaped reports whether %q, %+q or JSON may write r other than as it
// is: a quotation mark, a backslash, a control character, '&', '<', '>'
// or any rune beyond ASCII.
func escaped(r rune) bool {
	return r < 0x20 || r >= 0x7f || strings.ContainsRune(`"\&<>`, r)
}

// pieces are the lines and sentences of v of minPiece bytes or more,
// trimmed; none when v is one such piece itself.
func pieces(v string) []string {
	var out []string
	keep := func(p string) {
		if p = strings.TrimSpace(p); len(p) >= minPiece && p != strings.TrimSpace(v) && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for _, line := range strings.FieldsFunc(v, func(r rune) bool { return r == '\n' || r == '\r' }) {
		keep(line)
		start := 0
		for i := 0; i < len(line); i++ {
			if strings.IndexByte(".!?", line[i]) >= 0 && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t') {
				keep(line[start : i+1])
				start = i + 1
			}
		}
		keep(line[start:])
	}
	return out
}

// jsonString is s as a JSON string, quotation marks included, with or
// without encoding/json's escaping of '&', '<' and '>'.
func jsonString(s string, escapeHTML bool) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(escapeHTML)
	if err := enc.Encode(s); err != nil {
		return ""
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// unquote drops the outer quotation marks of a quoted string.
func unquote(q string) string {
	if len(q) >= 2 {
		return q[1 : len(q)-1]
	}
	return ""
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
