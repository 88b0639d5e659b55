package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// The example prints the three renderings of one brief built by a real
// engine on SQLite, with the meeting booked on the reference calendar.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), filepath.Join(t.TempDir(), "h.db"), &out))
	s := out.String()
	for _, want := range []string{
		"== SMS", "== Text (Slack)", "== Markdown (e-mail, CRM note)", "== JSON (schema_version 1)",
		"HOT: Dana Whitfield +15550101234 (via zillow) -> Sarah Lee",
		"Decision-maker: decides with their husband",
		"price concern (\"I'm worried about the price, the last offer seemed too low.\")",
		"Meeting: Mon 2 Mar 09:30-10:00 CST with sarah (booked)",
		"Competitors mentioned: Opendoor",
		"## Transcript (8 messages)",
		`"schema_version": 1`,
	} {
		require.Contains(t, s, want)
	}
}
