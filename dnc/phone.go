package dnc

import (
	"errors"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// ErrInvalidPhone is wrapped by [NormalizePhone] errors.
var ErrInvalidPhone = errors.New("dnc: invalid phone number")

// PhoneError is the error [NormalizePhone] returns: the input (truncated)
// and why it was refused. It wraps [ErrInvalidPhone], so callers test it
// with errors.Is(err, dnc.ErrInvalidPhone) or read it with errors.As.
type PhoneError struct {
	Raw    string // the input, at most 64 bytes
	Reason string // "empty", "too long", "not a phone number", "impossible length"
	Err    error  // the parser's error, if any
}

// Error implements error.
func (e *PhoneError) Error() string {
	s := "dnc: invalid phone number " + strings.ToValidUTF8(e.Raw, "?") + ": " + e.Reason
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns [ErrInvalidPhone] and the parser's error.
func (e *PhoneError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrInvalidPhone, e.Err}
	}
	return []error{ErrInvalidPhone}
}

// NormalizePhone returns raw in E.164 form ("+15550101234"), parsing
// national formats in defaultRegion (an ISO 3166 code such as "US"; "" means
// "US"). Suppression is keyed on this form, so "+1 (555) 010-1234" and
// "555-010-1234" are one number. Numbers that cannot be a phone number of
// their region (wrong length) are refused with a [*PhoneError] wrapping
// [ErrInvalidPhone]; numbers in unassigned ranges (such as the 555-01XX
// fiction range) are accepted, because carriers, not we, decide validity.
func NormalizePhone(raw, defaultRegion string) (string, error) {
	if defaultRegion == "" {
		defaultRegion = "US"
	}
	s := strings.TrimSpace(raw)
	switch {
	case s == "":
		return "", &PhoneError{Raw: s, Reason: "empty"}
	case len(s) > 64:
		return "", &PhoneError{Raw: truncate(s, 64), Reason: "too long"}
	}
	num, err := phonenumbers.Parse(s, strings.ToUpper(defaultRegion))
	if err != nil {
		return "", &PhoneError{Raw: s, Reason: "not a phone number", Err: err}
	}
	if !phonenumbers.IsPossibleNumber(num) {
		return "", &PhoneError{Raw: s, Reason: "impossible length"}
	}
	return phonenumbers.Format(num, phonenumbers.E164), nil
}

// KnownRegion reports whether code is a region [NormalizePhone] can parse
// national numbers in: an ISO 3166 code the phone numbering plan knows
// ("US", "gb"; case does not matter). "" means "US" and is known.
func KnownRegion(code string) bool {
	if code == "" {
		return true
	}
	return phonenumbers.GetCountryCodeForRegion(strings.ToUpper(code)) != 0
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
