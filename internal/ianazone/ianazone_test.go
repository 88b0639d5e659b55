package ianazone_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/ianazone"
)

func TestLoad(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"America/New_York", "Asia/Kolkata", "UTC"} {
		l, err := ianazone.Load(name)
		require.NoError(t, err, name)
		require.Equal(t, name, l.String())
	}
	for _, name := range []string{"Local", "", "Mars/Olympus_Mons", "../etc/passwd", "/etc/localtime"} {
		_, err := ianazone.Load(name)
		require.ErrorIs(t, err, ianazone.ErrNotIANA, "%q", name)
	}
}

func TestPortable(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	local, err := time.LoadLocation("Local")
	require.NoError(t, err)
	for loc, want := range map[*time.Location]bool{nil: true, time.UTC: true, ny: true, time.FixedZone("EST", -5*3600): true,
		time.Local: false, local: false} {
		require.Equal(t, want, ianazone.Portable(loc), "%v", loc)
	}
}
