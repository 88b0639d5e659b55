package dnc

import (
	"errors"
	"fmt"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// ErrInvalidPhone is wrapped by [NormalizePhone] errors.
var ErrInvalidPhone = errors.New("dnc: invalid phone number")

// NormalizePhone returns raw in E.164 form ("+15550101234"), parsing
// national formats in defaultRegion (an ISO 3166 code such as "US"; "" means
// "US"). Suppression is keyed on this form, so "+1 (555) 010-1234" and
// "555-010-1234" are one number. Numbers that cannot be a phone number of
// their region (wrong length) are refused with an error wrapping
// [ErrInvalidPhone]; numbers in unassigned ranges (such as the 555-01XX
// fiction range) are accepted, because carriers, not we, decide validity.
func NormalizePhone(raw, defaultRegion string) (string, error) {
	if defaultRegion == "" {
		defaultRegion = "US"
	}
	s := strings.TrimSpace(raw)
	if s == "" || len(s) > 64 {
		return "", fmt.Errorf("%w: %q", ErrInvalidPhone, truncate(s, 64))
	}
	num, err := phonenumbers.Parse(s, strings.ToUpper(defaultRegion))
	if err != nil {
		return "", fmt.Errorf("%w: %q: %v", ErrInvalidPhone, s, err)
	}
	if !phonenumbers.IsPossibleNumber(num) {
		return "", fmt.Errorf("%w: %q is not a possible number", ErrInvalidPhone, s)
	}
	return phonenumbers.Format(num, phonenumbers.E164), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}
