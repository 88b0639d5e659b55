package bridge_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestTemplateNoticeVariesByReason: a transparent notice to a frustrated
// lead ("this is terrible service!!!") acknowledges the frustration, as
// the frustration bridges do, and never opens with thanks; a notice for
// another reason may. Every variant of both channels names the rep and
// passes ValidateWith.
func TestTemplateNoticeVariesByReason(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Onepath"})
	for _, ch := range []string{"sms", "chat"} {
		for i := range 64 {
			req := bridge.Request{Purpose: bridge.PurposeNotice, ConversationID: fmt.Sprintf("c%d", i), Reason: "frustration",
				RepName: "Carl", Wait: time.Minute, Channel: ch}
			got := tpl.Line(req)
			require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNotice, &bridge.ValidateOpts{RepName: "Carl"}), got)
			low := strings.ToLower(got)
			require.False(t, strings.HasPrefix(low, "thanks") || strings.Contains(low, "thank you") || strings.Contains(low, "thanks!"),
				"%s %s: a frustrated lead is thanked: %q", ch, req.ConversationID, got)
			require.True(t, strings.Contains(low, "sorry") || strings.Contains(low, "i hear you"),
				"%s %s: the notice does not acknowledge the frustration: %q", ch, req.ConversationID, got)
		}
	}
	// Another reason keeps the plain notices, thanks included.
	seen := map[string]bool{}
	for i := range 64 {
		seen[tpl.Line(bridge.Request{Purpose: bridge.PurposeNotice, ConversationID: fmt.Sprintf("c%d", i), Reason: "explicit_ask",
			RepName: "Carl", Wait: time.Minute})] = true
	}
	require.Contains(t, seen, "Thanks! I'm passing you to Carl from Onepath now, they'll text you in about a minute.")
}

// A notice or its update in Spanish is one: it names who picks up and
// when in the lead's language, and a Spanish text that says neither is
// not.
func TestSpanishNotice(t *testing.T) {
	t.Parallel()
	opts := &bridge.ValidateOpts{RepName: "Carla"}
	for _, s := range []string{
		"¡Gracias! Le comunico con Carla, le escribe en unos minutos.",
		"Perdón la espera: Carla le va a llamar hoy mismo.",
	} {
		require.NoError(t, bridge.ValidateWith(s, bridge.PurposeNotice, opts), s)
		require.NoError(t, bridge.ValidateWith(s, bridge.PurposeNoticeUpdate, opts), s)
	}
	require.ErrorIs(t, bridge.ValidateWith("¡Gracias por su mensaje!", bridge.PurposeNotice, opts), bridge.ErrInvalidText)
	require.ErrorIs(t, bridge.ValidateWith("Le comunico con Carla.", bridge.PurposeNotice, opts), bridge.ErrInvalidText, "no wait said")
}
