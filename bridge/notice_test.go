package bridge_test

import (
	"errors"
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

// TestCheckFactsNoticeWait: a notice, or its update, promises the wait
// the engine expects ([bridge.Request].Wait) or a longer one, never a
// shorter one: a model's "he'll text you in 2 minutes" or "right now"
// when the rep usually writes in 15 minutes is refused, so the engine
// sends its template, which states the wait it was given. An update that
// hands the lead to the team, whose wait nobody knows, promises no
// definite one. English and Spanish.
func TestCheckFactsNoticeWait(t *testing.T) {
	t.Parallel()
	notice := func(wait time.Duration) bridge.Request {
		return bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Mike Rowe", Wait: wait}
	}
	update := func(rep string, wait time.Duration) bridge.Request {
		return bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: rep, Wait: wait}
	}
	tests := []struct {
		text string
		req  bridge.Request
		ok   bool
	}{
		{"I'm connecting you with Mike, he'll text you in 2 minutes.", notice(15 * time.Minute), false},
		{"I'm connecting you with Mike, he'll text you in two mins.", notice(15 * time.Minute), false},
		{"Mike will text you right now.", notice(15 * time.Minute), false},
		{"Mike will text you right away!", notice(15 * time.Minute), false},
		{"Connecting you with Mike now.", notice(15 * time.Minute), false},
		{"Mike will be with you in a moment.", notice(15 * time.Minute), false},
		{"Mike will text you in a few minutes.", notice(15 * time.Minute), false},
		{"Mike will text you in 5 to 10 minutes.", notice(15 * time.Minute), false},
		{"Mike will text you within 30 seconds.", notice(15 * time.Minute), false},
		{"Mike will text you in about 15 minutes.", notice(15 * time.Minute), true},
		{"Mike will text you in 15-20 minutes.", notice(15 * time.Minute), true},
		{"Mike will text you in about fifteen minutes.", notice(15 * time.Minute), true},
		{"Mike will text you within the hour.", notice(15 * time.Minute), true},
		{"Mike will text you in half an hour.", notice(15 * time.Minute), true},
		{"Thanks! I'm passing you to Mike now, he'll text you in about 15 minutes.", notice(15 * time.Minute), true},
		{"Connecting you now, Mike will text you later today.", notice(15 * time.Minute), true},
		{"Le comunico con Mike, le escribe en 2 minutos.", notice(15 * time.Minute), false},
		{"Le comunico con Mike, le escribe ahora mismo.", notice(15 * time.Minute), false},
		{"Le comunico con Mike, le escribe enseguida.", notice(15 * time.Minute), false},
		{"Le comunico con Mike, le escribe en un par de minutos.", notice(15 * time.Minute), false},
		{"Le comunico con Mike, le escribe en unos 15 minutos.", notice(15 * time.Minute), true},
		{"Le comunico con Mike, le escribe en quince minutos.", notice(15 * time.Minute), true},
		{"Le comunico con Mike, le va a llamar en media hora.", notice(15 * time.Minute), true},
		{"Le comunico con Mike, le va a llamar hoy mismo.", notice(15 * time.Minute), true},

		{"Mike will text you in about two minutes.", notice(2 * time.Minute), true},
		{"Mike will text you shortly.", notice(2 * time.Minute), true},
		{"Mike will text you in a minute.", notice(2 * time.Minute), false},
		{"Mike will text you right now.", notice(2 * time.Minute), false},
		{"Mike will text you right now.", notice(0), true},
		{"Mike will text you within the hour.", notice(45 * time.Minute), true},
		{"Mike will text you in half an hour.", notice(45 * time.Minute), false},
		{"Mike will text you in a few hours.", notice(3 * time.Hour), true},
		{"Mike will text you within the hour.", notice(3 * time.Hour), false},

		{"Sorry for the wait! Sarah will text you in 2 minutes instead.", update("Sarah", 15*time.Minute), false},
		{"Sorry for the wait! Sarah will text you in about 15 minutes instead.", update("Sarah", 15*time.Minute), true},
		{"Perdón la espera, Sarah le escribe ahora mismo.", update("Sarah", 15*time.Minute), false},
		{"Sorry for the wait! Someone from our team will text you right now.", update("", 0), false},
		{"Sorry for the wait! Someone from our team will text you in 2 minutes.", update("", 0), false},
		{"Sorry for the wait! Someone from our team will text you as soon as they can.", update("", 0), true},
		{"Sorry for the wait! Someone from our team will text you shortly.", update("", 0), true},
	}
	for _, tt := range tests {
		err := bridge.CheckFacts(tt.text, tt.req)
		if tt.ok {
			require.NoError(t, err, "%q, wait %v", tt.text, tt.req.Wait)
			continue
		}
		var te *bridge.TextError
		require.ErrorAs(t, err, &te, "%q, wait %v", tt.text, tt.req.Wait)
		require.Equal(t, bridge.ProblemWait, te.Problem, "%q", tt.text)
		require.ErrorIs(t, err, bridge.ErrInvalidText)
	}
}

// TestTemplateNoticeStatesItsWait: the template's notices and updates,
// for every wait and channel, state the wait they were given, so the
// engine's fallback passes the check a model's draft failed.
func TestTemplateNoticeStatesItsWait(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Onepath"})
	waits := []time.Duration{0, 20 * time.Second, 30 * time.Second, 40 * time.Second, time.Minute, 90 * time.Second,
		2*time.Minute + 20*time.Second, 2*time.Minute + 40*time.Second, 5 * time.Minute, 10 * time.Minute, 11 * time.Minute,
		12 * time.Minute, 44 * time.Minute, 46 * time.Minute, time.Hour, 61 * time.Minute, 5 * time.Hour}
	for _, w := range waits {
		for _, ch := range []string{"sms", "chat"} {
			for _, p := range []bridge.Purpose{bridge.PurposeNotice, bridge.PurposeNoticeUpdate} {
				for _, rep := range []string{"Carl", ""} {
					for i := range 16 {
						req := bridge.Request{Purpose: p, ConversationID: fmt.Sprintf("c%d", i), RepName: rep, Wait: w, Channel: ch,
							Reason: []string{"explicit_ask", "frustration"}[i%2]}
						got := tpl.Line(req)
						require.NoError(t, bridge.CheckFacts(got, req), "%s %s %v %q", p, ch, w, got)
					}
				}
			}
		}
	}
}

// FuzzCheckFactsNotice: any text a model returns for a notice is
// checked without panicking, and refused only with ErrInvalidText.
func FuzzCheckFactsNotice(f *testing.F) {
	for _, s := range []string{"Mike will text you in 2 minutes.", "Le comunico con Mike, le escribe en unos 15 minutos.",
		"in a few hours", "within the hour now", "half an hour or 10-15 mins", "1 2 3 4 5 6 7 minutes", ""} {
		f.Add(s, int64(15*time.Minute), true)
	}
	f.Fuzz(func(t *testing.T, s string, wait int64, rep bool) {
		req := bridge.Request{Purpose: bridge.PurposeNotice, Wait: time.Duration(wait)}
		if rep {
			req.RepName = "Mike"
		}
		if err := bridge.CheckFacts(s, req); err != nil && !errors.Is(err, bridge.ErrInvalidText) {
			t.Fatalf("CheckFacts(%q) = %v, not ErrInvalidText", s, err)
		}
	})
}
