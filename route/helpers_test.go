package route_test

import (
	"testing"
	"time"
	_ "time/tzdata" // zone rules fixed by the Go release, not the host

	"github.com/stretchr/testify/require"
)

// wed is a Wednesday: 10:00 in Chicago, 11:00 in New York, 08:00 in Los
// Angeles.
var wed = time.Date(2025, 6, 11, 15, 0, 0, 0, time.UTC)

func loc(t testing.TB, name string) *time.Location {
	t.Helper()
	l, err := time.LoadLocation(name)
	require.NoError(t, err)
	return l
}

// at builds a wall-clock time in zone name.
func at(t testing.TB, name string, y int, m time.Month, d, hh, mm int) time.Time {
	t.Helper()
	return time.Date(y, m, d, hh, mm, 0, 0, loc(t, name))
}
