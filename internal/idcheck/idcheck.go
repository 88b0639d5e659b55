// Package idcheck says whether a string is fit to be an identifier: a
// tenant, conversation, lead, rep or booking ID, an idempotency key. One
// is not empty, within a byte limit, valid UTF-8, and free of control and
// format characters (NUL, tab, newline, ESC, DEL, U+0085, zero-width and
// bidirectional marks), which would be invisible or break logs, URLs and
// SQL text types: PostgreSQL refuses NUL and invalid UTF-8 in text, where
// memstore and SQLite keep them, so an unchecked ID would behave
// differently by store.
//
// The handoff engine and the calendar check their callers' IDs with it,
// each returning its own typed error, so that an ID one of them takes the
// other takes too.
package idcheck

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes caps an identifier: tenant, conversation, lead, rep, booking,
// provider and outbox item IDs.
const MaxBytes = 256

// Problem says what is wrong with v as an identifier of at most maxBytes
// bytes, as words that follow the field's name ("is empty", "is longer
// than 256 bytes", "is not valid UTF-8", "contains the control or format
// character U+0000"), or "" when nothing is.
func Problem(v string, maxBytes int) string {
	switch {
	case v == "":
		return "is empty"
	case len(v) > maxBytes:
		return fmt.Sprintf("is longer than %d bytes", maxBytes)
	case !utf8.ValidString(v):
		return "is not valid UTF-8"
	}
	if i := strings.IndexFunc(v, Hidden); i >= 0 {
		r, _ := utf8.DecodeRuneInString(v[i:])
		return fmt.Sprintf("contains the control or format character %U", r)
	}
	return ""
}

// Hidden reports whether r is a control character (Unicode Cc) or a
// format character (Cf), which an identifier may not hold.
func Hidden(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }
