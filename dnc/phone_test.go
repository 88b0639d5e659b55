package dnc_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

func TestNormalizePhone(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		raw, region, want string
	}{
		{"+1 (555) 010-1234", "", "+15550101234"},
		{"555-010-1234", "US", "+15550101234"},
		{"(555) 010 1234", "us", "+15550101234"},
		{"+44 20 7946 0958", "US", "+442079460958"},
		{"020 7946 0958", "GB", "+442079460958"},
	} {
		got, err := dnc.NormalizePhone(tc.raw, tc.region)
		require.NoError(t, err, tc.raw)
		require.Equal(t, tc.want, got, tc.raw)
	}
	for _, bad := range []string{"", "   ", "hello", "12", "+1 555", string(make([]byte, 100))} {
		_, err := dnc.NormalizePhone(bad, "US")
		require.ErrorIs(t, err, dnc.ErrInvalidPhone, "%q", bad)
		var pe *dnc.PhoneError
		require.True(t, errors.As(err, &pe), "%q", bad)
		require.NotEmpty(t, pe.Reason)
	}
}

// A local number dialled without its area code ("551-2345" in the US)
// has no E.164 form: NormalizePhone refuses it with ReasonNoAreaCode,
// where it returned "+15512345", no valid number, and the error keeps
// that old key (LegacyKey) so conversations and suppressions a store
// holds under it can still be found.
func TestNormalizePhoneLocalNumber(t *testing.T) {
	t.Parallel()
	for _, raw := range []string{"5512345", "551-2345", "551 2345", "+15512345", "+1 551-2345"} {
		got, err := dnc.NormalizePhone(raw, "US")
		require.ErrorIs(t, err, dnc.ErrInvalidPhone, "%q gave %q", raw, got)
		require.Empty(t, got)
		var pe *dnc.PhoneError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, dnc.ReasonNoAreaCode, pe.Reason, raw)
		require.Equal(t, "+15512345", pe.LegacyKey, raw)
	}
	_, err := dnc.NormalizePhone("12", "US")
	var pe *dnc.PhoneError
	require.ErrorAs(t, err, &pe)
	require.Empty(t, pe.LegacyKey, "only a local number has a legacy key")
}

func TestKnownRegion(t *testing.T) {
	t.Parallel()
	for _, code := range []string{"", "US", "us", "GB", "MX", "PR"} {
		require.True(t, dnc.KnownRegion(code), "%q", code)
	}
	for _, code := range []string{"ZZ", "001", "USA", "U", "xx", " US"} {
		require.False(t, dnc.KnownRegion(code), "%q", code)
	}
}
