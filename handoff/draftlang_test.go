package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// A draft in a language the lead does not write is refused, and the
// template answers in the lead's: a lead who asked for a person in
// Spanish was sent the model's English bridge, and a model's English
// reply reached a lead who writes Spanish (reviewer FF, D3). Config.Voice
// promises the drafter writes every text in the lead's language.
func TestDraftInTheLeadsLanguage(t *testing.T) {
	t.Parallel()
	voice := bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle"}
	drafting := func(reply, bridgeText string) func(*handoff.Config) {
		return func(c *handoff.Config) {
			c.Voice = voice
			c.Drafter = bridge.DrafterFunc(func(_ context.Context, req bridge.Request) (string, error) {
				if req.Purpose == bridge.PurposeBridge {
					return bridgeText, nil
				}
				return reply, nil
			})
		}
	}
	fallbacks := func(t *testing.T, b *bundle, id string) []string {
		var out []string
		for _, ev := range b.dump(t, id).Events {
			if ev.Kind == store.EventDrafterFallback {
				out = append(out, ev.Detail)
			}
		}
		return out
	}

	t.Run("english bridge to a spanish lead", func(t *testing.T) {
		t.Parallel()
		english := "Of course! My partner will reach out personally. What's the best time to call you?"
		b := setup(t, drafting("Gracias Dana. ¿Por qué quiere vender la casa?", english))
		b.start(t, "es1")
		out := b.receive(t, "es1", "Hola, ¿me puede llamar alguien? Quiero hablar con una persona.")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, "es", b.dump(t, "es1").Conv.Lang)
		require.NotEqual(t, english, out.Reply)
		require.Contains(t, out.Reply, "¿", "the Spanish template: %q", out.Reply)
		fb := fallbacks(t, b, "es1")
		require.Len(t, fb, 1)
		require.Contains(t, fb[0], string(bridge.ProblemLanguage))
	})

	t.Run("english reply to a spanish lead", func(t *testing.T) {
		t.Parallel()
		english := "Thanks Dana! What's behind the decision to sell?"
		b := setup(t, drafting(english, ""))
		b.start(t, "es2")
		out := b.receive(t, "es2", "Hola, vi su anuncio, quiero vender mi casa")
		require.Equal(t, handoff.OutcomeReplied, out.Kind)
		require.NotEqual(t, english, out.Reply)
		require.Contains(t, out.Reply, "¿", "the Spanish template: %q", out.Reply)
		require.Len(t, fallbacks(t, b, "es2"), 1)
	})

	// names, the business name and "OK" are no English: these Spanish
	// drafts are sent as written
	for i, spanish := range []string{
		"OK, gracias Dana.",
		"OK Dana! Bluebird Home Buyers te llama.",
		"¡Perfecto, Dana! Soy Kyle de Bluebird Home Buyers. ¿Por qué quiere vender la casa?",
	} {
		t.Run("spanish reply "+spanish[:8], func(t *testing.T) {
			t.Parallel()
			id := "es-ok" + string(rune('a'+i))
			b := setup(t, drafting(spanish, ""))
			b.start(t, id)
			out := b.receive(t, id, "Hola, vi su anuncio, quiero vender mi casa")
			require.Equal(t, handoff.OutcomeReplied, out.Kind)
			require.Equal(t, spanish, out.Reply)
			require.Empty(t, fallbacks(t, b, id))
		})
	}

	t.Run("english lead", func(t *testing.T) {
		t.Parallel()
		english := "OK Dana, thanks! What's behind the decision to sell?"
		b := setup(t, drafting(english, ""))
		b.start(t, "en1")
		out := b.receive(t, "en1", "hi, saw your ad, thinking about selling my house")
		require.Equal(t, english, out.Reply)
		b2 := setup(t, drafting("Gracias Dana. ¿Por qué quiere vender la casa?", ""))
		b2.start(t, "en2")
		out = b2.receive(t, "en2", "hi, saw your ad, thinking about selling my house")
		require.NotContains(t, out.Reply, "Gracias", "a Spanish reply to a lead who writes English")
		require.Equal(t, "en", b2.dump(t, "en2").Conv.Lang)
	})
}
