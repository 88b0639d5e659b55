package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRun runs the example against both fake APIs, with no key in the
// environment (so no network), and checks what it prints.
func TestRun(t *testing.T) {
	t.Parallel()
	noEnv := func(string) string { return "" }
	for _, vendor := range []string{"anthropic", "openai"} {
		var out bytes.Buffer
		require.NoError(t, run(context.Background(), &out, vendor, noEnv))
		s := out.String()
		require.Contains(t, s, "on a local fake")
		require.Contains(t, s, `field motivation "inherited" (confidence 0.90) from "I inherited my dad's house last year"`)
		require.Contains(t, s, "outcome handoff (fields)")
		require.Contains(t, s, "queued (model): Thanks Sam, that helps.")
		require.Contains(t, s, "draft contains a phone number")
		require.Contains(t, s, "judge (llm:"+vendor+"): explicit ask true")
		// The engine's Summarizer wrote the summary in the brief the rep
		// was notified with, once per handoff (Sam and Rita).
		require.Contains(t, s, "summary for the rep (by summarizer): Sam was handed off")
		require.Equal(t, 2, strings.Count(s, "summary for the rep (by summarizer)"), s)
		require.Equal(t, 2, strings.Count(s, "model call: summarize"), s)
		for _, line := range strings.Split(s, "\n") {
			if strings.Contains(line, "queued") {
				require.NotContains(t, line, "555-201-3344", "the owner's cell never reaches the lead")
			}
		}
		// One analysis per lead message: four messages, four analyses.
		require.Equal(t, 4, strings.Count(s, "model call: analyze"), s)
	}
	require.Error(t, run(context.Background(), &bytes.Buffer{}, "gemini", noEnv))
}
