package handoff

import (
	"fmt"
	"net/mail"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/idcheck"
	"github.com/handoffkit/handoffkit/store"
)

// Validation: every public call validates its input before it reads or
// writes, and bad input is an [*InputError] with nothing written.

// maxIDBytes caps identifiers: tenant, conversation, rep, provider and
// outbox item IDs, actors and cursors.
const maxIDBytes = idcheck.MaxBytes

// checkID validates an identifier: not empty, at most 256 bytes, valid
// UTF-8, and no control or format characters (tab, NUL, ESC, DEL, U+0085,
// zero-width and bidirectional marks), which would be invisible or break
// logs, URLs and SQL text types. The calendar checks its IDs by the same
// rule (internal/idcheck).
func checkID(field, v string) error {
	if p := idcheck.Problem(v, maxIDBytes); p != "" {
		return &InputError{Field: field, Problem: p}
	}
	return nil
}

// checkOptionalID is checkID for an identifier that may be empty.
func checkOptionalID(field, v string) error {
	if v == "" {
		return nil
	}
	return checkID(field, v)
}

// checkIDs validates name/value pairs of required identifiers.
func checkIDs(pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := checkID(pairs[i], pairs[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// checkText validates free text (names, reasons): at most maxBytes, valid
// UTF-8, no NUL.
func checkText(field, v string, maxBytes int, optional bool) error {
	switch {
	case v == "" && optional:
		return nil
	case v == "":
		return &InputError{Field: field, Problem: "is empty"}
	case len(v) > maxBytes:
		return &InputError{Field: field, Problem: fmt.Sprintf("is longer than %d bytes", maxBytes)}
	case !utf8.ValidString(v):
		return &InputError{Field: field, Problem: "is not valid UTF-8"}
	case strings.ContainsRune(v, 0):
		return &InputError{Field: field, Problem: "contains a NUL byte"}
	}
	return nil
}

// checkLine validates one line of free text (a lead's name, e-mail,
// source, company): checkText, and no control characters (newline, tab,
// ESC, DEL, the C1 controls), which would break the brief, the inbox and
// logs. Letters of any script, marks, emoji and the joiners they use
// (U+200C, U+200D) are text.
func checkLine(field, v string, maxBytes int, optional bool) error {
	if err := checkText(field, v, maxBytes, optional); err != nil {
		return err
	}
	if i := strings.IndexFunc(v, unicode.IsControl); i >= 0 {
		return &InputError{Field: field, Problem: fmt.Sprintf("contains the control character %U", []rune(v[i:])[0])}
	}
	return nil
}

// checkConfigText validates a text of the Config the engine sends or
// hands to a drafter (a consent text, Voice.Tone): valid UTF-8, no NUL
// (PostgreSQL's text columns refuse it, so the commit that records the
// text would fail) and no control character but a newline (an escape
// sequence or a tab breaks the SMS, the brief and logs). Format
// characters such as the joiners of emoji sequences are text.
func checkConfigText(field, v string) error {
	if err := checkText(field, v, len(v), true); err != nil {
		return err
	}
	if i := strings.IndexFunc(v, func(r rune) bool { return r != '\n' && unicode.IsControl(r) }); i >= 0 {
		return &InputError{Field: field, Problem: fmt.Sprintf("contains the control character %U", []rune(v[i:])[0])}
	}
	return nil
}

// checkEmail validates a lead's email: "" for none, or one bare address
// (local@domain) as net/mail reads it, without a display name, angle
// brackets, a comment, a second address or white space, at most 512
// bytes. A lead's email is an opt-out address that joins the tenant's
// conversations with it, so a placeholder ("n/a", "none") would make one
// lead's STOP pause strangers.
func checkEmail(field, v string) error {
	if err := checkLine(field, v, 512, true); err != nil {
		return err
	}
	if v != "" && !isEmail(v) {
		return &InputError{Field: field, Problem: "is not an email address (local@domain, without a name, brackets or spaces; \"\" for none)"}
	}
	return nil
}

// isEmail reports whether v is one bare email address (see checkEmail).
func isEmail(v string) bool {
	a, err := mail.ParseAddress(v)
	return err == nil && a.Name == "" && a.Address == v && !strings.ContainsFunc(v, unicode.IsSpace)
}

// maxErrorBytes caps an error text the engine stores from others (a
// Sender's, Notifier's or drafter's error): an outbox item's LastError, an
// audit event's detail.
const maxErrorBytes = 1000

// storedText is text written by others (an SMS provider's response body
// in a Sender's error, a model gateway's reply in a drafter's) made fit
// for every store, PostgreSQL included, which refuses NUL and invalid
// UTF-8 in text: each invalid byte sequence and each NUL becomes U+FFFD,
// and a text over maxBytes is cut at a character boundary and ends in
// "...", within maxBytes. Input is checked and refused instead; this is
// for what the engine records of an extension's failure, which it cannot
// refuse.
func storedText(s string, maxBytes int) string {
	if len(s) > 4*maxBytes {
		s = s[:4*maxBytes] // the cut below keeps less; bound the cleaning's work
	}
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
	if len(s) <= maxBytes {
		return s
	}
	cut := maxBytes - len("...")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

// hostLine is one line of text a host component answered for the audit
// trail and the rep's views (a Judge's tier and reason, a Router's rule
// and match): storedText, with each control character (a newline, a tab,
// ESC) a space, so that it neither fails a commit nor breaks the brief,
// the inbox or a log line.
func hostLine(s string, maxBytes int) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, storedText(s, maxBytes))
}

// maxHostValueBytes caps a value a host component answers that the engine
// stores as it came, or not at all: an Extractor's field value, a Judge's
// competitor, a Router's rep name (as Start caps an attribute's value).
const maxHostValueBytes = 1024

// checkHostValue reports why v, a value a host component answered, is no
// value the engine stores: empty, over maxHostValueBytes, invalid UTF-8, a
// NUL or another control character (checkLine). Such a value is dropped,
// never cleaned: "$300k" with a NUL in it is no price anyone said.
func checkHostValue(field, v string) error { return checkLine(field, v, maxHostValueBytes, false) }

// checkSMSLength refuses a text to an SMS lead over MaxSMSLength
// characters (UTF-16 code units).
func checkSMSLength(field, v string) error {
	if n := smsLength(v); n > MaxSMSLength {
		return &InputError{Field: field, Problem: fmt.Sprintf("is %d characters, longer than the %d an SMS can carry", n, MaxSMSLength)}
	}
	return nil
}

// smsLength is the length of v in UTF-16 code units, as MaxSMSLength
// counts it.
func smsLength(v string) int {
	n := 0
	for _, r := range v {
		n += utf16.RuneLen(r)
	}
	return n
}

// checkLeadText refuses v as a text to be sent to c's lead when c's
// channel cannot carry it: over MaxSMSLength characters to an SMS lead.
// A chat has no SMS limit.
func checkLeadText(c store.Conversation, field, v string) error {
	if c.Channel == store.ChannelChat {
		return nil
	}
	return checkSMSLength(field, v)
}

// checkBody validates a message body: not blank, then checkText.
func checkBody(field, v string, maxBytes int) error {
	if strings.TrimSpace(v) == "" {
		return &InputError{Field: field, Problem: "is empty"}
	}
	return checkText(field, v, maxBytes, false)
}
