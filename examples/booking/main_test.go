package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBooking runs the example and checks what it prints.
func TestBooking(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out))
	require.Equal(t, `offered: today at 4:15pm | tomorrow at 9am
booked: 2026-03-02 16:15 EST with sarah
reminder queued for Mon Mar 2 15:45 EST
reminder sent at Mon Mar 2 15:45 EST
offered: tomorrow at 9am | tomorrow at 11am
offered: tomorrow at 11:15am | tomorrow at 1:15pm
booked: 2026-03-03 13:15 EST with sarah
rescheduled: 2026-03-03 13:15 EST with sarah -> 2026-03-06 09:00 EST with sarah
reminder cancelled (opted out)
`, out.String())
}
