package trigger_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// TestReviewedLookAlikes: ordinary messages that this stop's new
// patterns read as frustration, an ask or a rule until a review of every
// added pattern (each confirmed by running it).
func TestReviewedLookAlikes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Thanks a lot for the quick reply!", "ok so now you have everything you need?", "You're kidding! That's amazing",
		"la neta me gusta mucho la casa", "¿Qué más necesitas para la solicitud?", "That's enough for us, 3 bedrooms",
		"I have not read the contract yet", "Does anyone answer the phone on Saturdays?", "Pay attention to the roof, it leaks",
		"Finally someone who seems to know what they're doing!", "Don't forget it's due Friday", "Unbelievable price, I'll take it",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is not frustration (%s)", s, trigger.Analyze(s).FrustrationRule)
	}
	for _, s := range []string{
		"I already have an agent helping me", "I'm waiting for a call from the bank before I decide", "Necesito hablar con él primero",
		"Can we meet in the middle at 410?", "My direct line is 415-555-0134", "i'm not an assistant, i'm the owner, send the contract",
		"tengo una llamada con el asesor del banco mañana",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q is not an ask (%s)", s, trigger.Analyze(s).ExplicitAskRule)
	}
	for _, s := range []string{"ni modo, llámame mañana", "¿puedo hablar con un oficial de préstamos?", "do you have someone there who could walk me through it"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks", s)
	}
	ctx := context.Background()
	fires := func(r trigger.Rule, text string) bool {
		d, err := r.Evaluate(ctx, trigger.Input{Text: text})
		require.NoError(t, err)
		return d.Handoff
	}
	require.False(t, fires(trigger.OutOfScope(), "Does the payment include escrow?"))
	require.False(t, fires(trigger.OutOfScope(), "Does the new toilet use a lot of water?"))
	require.False(t, fires(trigger.Competitor(), "Can you match this tile?"))
	require.False(t, fires(trigger.HighValueScope(500000), "Need to replace the AC condenser"))
	require.False(t, fires(trigger.HighValueScope(500000), "Can you install a smart thermostat? The furnace and AC are only 2 years old"))
	// a last development set's classes (dev9)
	require.False(t, trigger.Analyze("ugh i do a bit of everything haha").Frustrated)
	require.False(t, trigger.Analyze("ya me cansé de los inquilinos, por eso vendo").Frustrated)
	require.False(t, trigger.Analyze("lets book the demo with the team, whats the next step?").ExplicitAsk)
	require.True(t, fires(trigger.Competitor(), "we're also looking at Freshdesk, what makes you different?"))
}
