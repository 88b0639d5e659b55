package inbox_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBriefShowsCallbackTime: the lead answered the bridge's "what's your
// best time?" and wrote one more line. The conversation page's brief
// names the time they gave, among what not to ask again, with the
// summary and who decides, as the engine's brief has them; it showed
// none of them, and the rep asked for the time again (reviewer R's D2).
func TestBriefShowsCallbackTime(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142",
		"Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine.",
		"best time is tomorrow after 5pm",
		"also the garage door is stuck")
	b, err := f.eng.Brief(context.Background(), acme, "c1")
	require.NoError(t, err)
	require.NotNil(t, b.Callback, "the engine's brief has the time")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, body := dana.get("/inbox/c/c1")
	aside := body[strings.Index(body, `<aside class="brief card">`):]
	aside = aside[:strings.Index(aside, "</aside>")]
	require.Contains(t, aside, `<span class="label">Best time to call</span> `+b.Callback.Label)
	require.Contains(t, aside, "<li>callback time: "+b.Callback.Label)
	require.Equal(t, 1, strings.Count(aside, "<li>callback time: "), "once, as the brief's DoNotAsk has it")
	require.Contains(t, b.DoNotAsk, `callback time: `+b.Callback.Label+` ("best time is tomorrow after 5pm")`,
		"every rendering of the brief has it among what not to ask again, not only the page")
	require.Contains(t, aside, `id="brief-summary"`)
	require.Contains(t, aside, `<p id="brief-decision">`)
	require.Contains(t, b.Callback.Label, "tomorrow after 5pm")
}
