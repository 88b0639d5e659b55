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

func TestKnownRegion(t *testing.T) {
	t.Parallel()
	for _, code := range []string{"", "US", "us", "GB", "MX", "PR"} {
		require.True(t, dnc.KnownRegion(code), "%q", code)
	}
	for _, code := range []string{"ZZ", "001", "USA", "U", "xx", " US"} {
		require.False(t, dnc.KnownRegion(code), "%q", code)
	}
}
