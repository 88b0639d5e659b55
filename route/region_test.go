package route_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/route"
)

func TestRegionFromPhone(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, want string
	}{
		{"+15125550100", "TX"},
		{"+1 (713) 555-0100", "TX"}, // known only below the area-code level upstream
		{"+1.212.555.0100", "NY"},
		{"+12025550100", "DC"},
		{"+14165550100", "ON"},
		{"+15145550100", "QC"},
		{"+16045550100", "BC"},
		{"+19075550100", "AK"},
		{"+18085550100", "HI"},
		{"+13105550100", "CA"},
		{"+19055550100", "ON"},
		{"+18005550100", ""}, // toll-free
		{"+19025550100", ""}, // Nova Scotia or Prince Edward Island
		{"+18765550100", ""}, // Jamaica
		{"+442071234567", ""},
		{"15125550100", ""},   // not E.164
		{"+1512555010", ""},   // too short
		{"+151255501000", ""}, // too long
		{"+1512555O100", ""},  // a letter
		{"", ""},
	} {
		got, ok := route.RegionFromPhone(tc.in)
		require.Equal(t, tc.want, got, tc.in)
		require.Equal(t, tc.want != "", ok, tc.in)
	}
}

func FuzzRegionFromPhone(f *testing.F) {
	f.Add("+15125550100")
	f.Add("+1 (0")
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := route.RegionFromPhone(s)
		if ok != (r != "") || (ok && len(r) != 2) {
			t.Fatalf("RegionFromPhone(%q) = %q, %v", s, r, ok)
		}
	})
}
