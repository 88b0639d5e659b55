package llmcore

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/llm"
)

// CheckDraft checks a drafted text before the Drafter returns it: no link,
// e-mail address or phone number (an error matching llm.ErrUnsafeText),
// then bridge.ValidateWith for purpose with maxSegments SMS segments (an
// error matching bridge.ErrInvalidText). The lead may have asked for any
// of those ("send me the owner's cell"); the model is told never to
// comply, and this check holds even when it does.
func CheckDraft(text string, purpose bridge.Purpose, maxSegments int) error {
	if what := Unsafe(text); what != "" {
		return fmt.Errorf("draft contains %s: %w", what, llm.ErrUnsafeText)
	}
	return bridge.ValidateWith(text, purpose, &bridge.ValidateOpts{MaxSegments: maxSegments})
}

// Unsafe names what makes s unfit to send to a lead: "a link", "an e-mail
// address" or "a phone number"; "" when s has none.
func Unsafe(s string) string {
	lower := strings.ToLower(s)
	switch {
	case hasLink(lower):
		return "a link"
	case hasEmail(lower):
		return "an e-mail address"
	case hasPhone(s):
		return "a phone number"
	}
	return ""
}

// linkTLDs are the top-level domains that make "word.tld" a web address.
var linkTLDs = []string{
	"com", "net", "org", "io", "co", "us", "uk", "ca", "biz", "info", "ly", "me", "app", "link", "site",
	"online", "xyz", "ai", "gg", "to", "tv", "cc", "gl", "page", "dev", "top", "click", "shop", "live",
}

func hasLink(lower string) bool {
	if strings.Contains(lower, "://") || strings.Contains(lower, "www.") {
		return true
	}
	// word.tld followed by the end, a space, a slash or punctuation.
	for i := 1; i < len(lower); i++ {
		if lower[i] != '.' || !isAlnum(lower[i-1]) {
			continue
		}
		j := i + 1
		for j < len(lower) && lower[j] >= 'a' && lower[j] <= 'z' {
			j++
		}
		tld := lower[i+1 : j]
		if tld == "" || j < len(lower) && (isAlnum(lower[j]) || lower[j] == '@') {
			continue
		}
		for _, t := range linkTLDs {
			if tld == t {
				return true
			}
		}
	}
	return false
}

func hasEmail(lower string) bool {
	for i := strings.IndexByte(lower, '@'); i >= 0; {
		if i > 0 && i+1 < len(lower) && isAlnum(lower[i-1]) && isAlnum(lower[i+1]) {
			return true
		}
		next := strings.IndexByte(lower[i+1:], '@')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// hasPhone reports a run of at least 7 digits, possibly separated by
// spaces, dashes, dots or parentheses and led by '+' — the shape of a
// phone number in any country. Money ("$1,250,000" uses commas) and times
// and dates ("10:30", "11/29") are separated otherwise and do not count.
func hasPhone(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
			if digits >= 7 {
				return true
			}
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '+' || r == '\u00a0' || r == '‑' || r == '–':
			// a separator keeps the run going
		default:
			digits = 0
		}
	}
	return false
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
