// Package redact masks what must not reach a log from error text written
// by others (an SMS provider's or a host's Sender): phone numbers, and the
// addresses and message bodies the caller knows were handed over.
package redact

import (
	"slices"
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

// Text returns s with every occurrence of each non-empty value replaced
// by "[redacted]", then with [Numbers] applied: for an error that may
// repeat the address a text was sent to and the text itself. The longer
// values go first, so that a value inside another (a name inside a
// message) does not leave the rest of the longer one behind.
func Text(s string, values ...string) string {
	values = slices.Clone(values)
	slices.SortStableFunc(values, func(a, b string) int { return len(b) - len(a) })
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			s = strings.ReplaceAll(s, v, "[redacted]")
		}
	}
	return Numbers(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
