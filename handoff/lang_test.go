package handoff_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

const (
	spanishOptOut = "Has sido dado de baja y no recibirás más mensajes de Acme Realty. Responde START para volver."
	spanishHelp   = "Acme Realty: mensajes sobre tu consulta. Responde STOP para no recibir más. Pueden aplicar tarifas."
)

// A lead who writes Spanish and texts the carrier keyword STOP or HELP
// is answered in Spanish: the conversation keeps the language the lead
// writes in (store.Conversation.Lang) from their messages, and a keyword
// alone, or an "ok", does not turn it to English.
func TestSpanishLeadKeywordAnsweredInSpanish(t *testing.T) {
	t.Parallel()
	acme := func(c *handoff.Config) { c.Voice.BusinessName = "Acme Realty" }
	for kw, want := range map[string]string{"STOP": spanishOptOut, "HELP": spanishHelp, "stop please": spanishOptOut} {
		b := setup(t, acme)
		b.start(t, "c1")
		b.receive(t, "c1", "Hola, quiero vender mi casa")
		require.Equal(t, "es", b.dump(t, "c1").Conv.Lang)
		b.receive(t, "c1", "ok")
		require.Equal(t, "es", b.dump(t, "c1").Conv.Lang, "an ok says nothing of the lead's language")
		out := b.receive(t, "c1", kw)
		require.Equal(t, want, out.Reply, kw)
		require.Equal(t, "es", b.dump(t, "c1").Conv.Lang, kw)
	}
}

// The language follows the lead: English of a few words or more turns a
// Spanish lead's conversation to English, a Spanish keyword ("ALTO")
// answers in Spanish whatever came before, and a lead's messages keep
// the language while the conversation is paused, so START after them
// is confirmed in it.
func TestLeadLanguageFollowsTheLead(t *testing.T) {
	t.Parallel()
	acme := func(c *handoff.Config) { c.Voice.BusinessName = "Acme Realty" }

	b := setup(t, acme)
	b.start(t, "switch")
	b.receive(t, "switch", "Hola, quiero vender mi casa")
	b.receive(t, "switch", "actually I'd rather we keep this in English")
	require.Equal(t, "en", b.dump(t, "switch").Conv.Lang)
	out := b.receive(t, "switch", "STOP")
	require.True(t, strings.HasPrefix(out.Reply, "You're unsubscribed"), out.Reply)

	a := setup(t, acme) // a fresh store: the STOP above suppressed the number
	a.start(t, "alto")
	a.receive(t, "alto", "we want to sell the house this summer")
	require.Equal(t, "en", a.dump(t, "alto").Conv.Lang)
	require.Equal(t, spanishOptOut, a.receive(t, "alto", "ALTO").Reply)

	p := setup(t, acme)
	p.start(t, "paused")
	require.Equal(t, handoff.OutcomeOptedOut, p.receive(t, "paused", "STOP").Kind)
	require.Equal(t, "en", p.dump(t, "paused").Conv.Lang)
	out = p.receive(t, "paused", "perdón, me equivoqué, sí quiero vender mi casa")
	require.Equal(t, handoff.OutcomeRecorded, out.Kind)
	require.Equal(t, "es", p.dump(t, "paused").Conv.Lang)
	out = p.receive(t, "paused", "START")
	require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
	require.True(t, strings.HasPrefix(out.Reply, "Acme Realty: te suscribiste"), out.Reply)
	require.Equal(t, store.StateAIActive, out.State)
}
