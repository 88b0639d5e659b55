package dnc

import (
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/stretchr/testify/require"
)

// TestLoopCues: quotesKeyword and pauseOnly pass over a token outside
// their cue set without testing it, so each cue set must hold every
// word the loop tests, by set or by spelling; and the loops still find
// what they look for.
func TestLoopCues(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		cue   textmatch.Set
		sets  []textmatch.Set
		words []string
	}{
		{quotesCue, []textmatch.Set{marketing, footerKeyword, footerVerbs}, []string{"out", "to", "2"}},
		{pauseCue, []textmatch.Set{permanence, untilWords, todayWords, resumeWords},
			[]string{"ya", "for", "por", "un", "una", "now", "week", "semana"}},
	} {
		for _, s := range c.sets {
			require.True(t, c.cue.HasAll(s.Words()))
		}
		require.True(t, c.cue.HasAll(c.words))
	}
	require.True(t, quotesKeyword(textmatch.Normalize("Reply STOP to 12345 to opt out")))
	require.True(t, quotesKeyword(textmatch.Normalize("send WIN to enter or END to opt out")))
	require.False(t, quotesKeyword(textmatch.Normalize("please stop texting me")))
	require.True(t, pauseOnly(textmatch.Normalize("no me escribas hoy, mañana hablamos")))
	require.True(t, pauseOnly(textmatch.Normalize("leave me alone for like an hour, then text me the numbers")))
	require.False(t, pauseOnly(textmatch.Normalize("dont text me ever again")))
}

// TestNamedClasses: the classes the rules name are the map's sets (the
// map is never written after initialisation).
func TestNamedClasses(t *testing.T) {
	t.Parallel()
	for k, s := range map[string]textmatch.Set{"contactn": dncContactnClass, "contactv": dncContactvClass, "callv": dncCallvClass,
		"contacting": dncContactingClass, "stopkw": dncStopkwClass, "threat": dncThreatClass, "list": dncListClass} {
		require.ElementsMatch(t, dncClasses[k].Words(), s.Words(), k)
	}
}
