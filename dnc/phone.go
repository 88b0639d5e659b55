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
	Raw string // the input, at most 64 bytes
	// Reason is "empty", "too long", "not a phone number", "impossible
	// length" or [ReasonNoAreaCode].
	Reason string
	Err    error // the parser's error, if any
	// LegacyKey is, for a local number without its area code
	// ([ReasonNoAreaCode]), the key NormalizePhone returned for it before
	// it refused such numbers: the country code and the digits in E.164
	// shape ("+15512345" for "551-2345" in "US"), which is no E.164
	// number. A store may hold conversations and suppressions keyed by
	// it; a caller looks them up by it (an opt-out must still reach
	// them) but starts nothing new with it. "" for the other reasons.
	LegacyKey string
}

// ReasonNoAreaCode is the [PhoneError.Reason] of a local number dialled
// without its area code ("551-2345" in "US"): it may be a number, but
// not one that can be texted or keyed, since the area is unknown.
const ReasonNoAreaCode = "local number without an area code"

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
// their region (wrong length), and local numbers dialled without their
// area code ("551-2345" in "US", which has no E.164 form: its area is
// unknown; [ReasonNoAreaCode]), are refused with a [*PhoneError]
// wrapping [ErrInvalidPhone], as the numbering plan's possible lengths
// tell them (phonenumbers.IsPossibleNumberWithReason); numbers in
// unassigned ranges (such as the 555-01XX fiction range) are accepted,
// because carriers, not we, decide validity.
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
	switch phonenumbers.IsPossibleNumberWithReason(num) {
	case phonenumbers.IS_POSSIBLE:
		return phonenumbers.Format(num, phonenumbers.E164), nil
	case phonenumbers.IS_POSSIBLE_LOCAL_ONLY:
		return "", &PhoneError{Raw: s, Reason: ReasonNoAreaCode, LegacyKey: phonenumbers.Format(num, phonenumbers.E164)}
	}
	return "", &PhoneError{Raw: s, Reason: "impossible length"}
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
