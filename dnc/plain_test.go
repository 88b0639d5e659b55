package dnc

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/testtexts"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestGatesMatchPlain: on every message of the test sets, the detector's
// rules (sentByMistake, pleadsToGoOn, jokingThreat, hoursOnly and the
// other gated tests) decide on the normalised text, with its gates, as
// on the same tokens built by hand, which take the plain pass over the
// tokens. It fails if a gate skips a check that would have answered
// otherwise.
func TestGatesMatchPlain(t *testing.T) {
	texts, err := testtexts.Read("../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	// and messages the gated rules answer true on, from their comments
	texts = append(texts, "puse ALTO sin querer, ¿igual me van a avisar de la cita?",
		"did I unsubscribe by mistake? I haven't gotten any updates", "mi hijo te mandó unsubscribe de broma",
		"haha if you send me one more pun I'm unsubscribing 😂 anyway when can you come out?",
		"jaja si me mandan otro meme me doy de baja, ¿cuándo vienen?",
		"I said STOP sending the contract to my old email, not stop texting me",
		"quit texting me at 6am lol, afternoons are better", "los domingos no me escriban, entre semana sin problema",
		"unsubscribe me from the promo emails but still get texts", "please DON'T stop texting me")
	d := New(nil)
	for _, raw := range texts {
		x := textmatch.Normalize(raw)
		plain := testtexts.Plain(x)
		require.Equal(t, d.detect(raw, plain), d.detect(raw, x), "detect %q", raw)
		require.Equal(t, welcomesTexts(plain), welcomesTexts(x), "welcomesTexts %q", raw)
	}
}
