package trigger_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// TestSpanishAsks covers Spanish and Spanglish asks with look-alikes.
func TestSpanishAsks(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"llámame mañana porfa", "¿me pueden llamar después de las 5?", "quiero hablar con una persona", "¿cuál es su número?",
		"a qué número les hablo", "que me llame el gerente por favor", "¿me comunica con un asesor?", "prefiero hablarlo por teléfono",
		"le agradecería que un agente se comunicara conmigo", "¿podemos vernos en persona en la oficina?",
		"call me porfa", "quiero talk con alguien", "me puedes call hoy?", "whats su numero",
	} {
		sig := trigger.Analyze(s)
		require.True(t, sig.ExplicitAsk, "%q is an ask", s)
	}
	for _, s := range []string{
		"llama a mi esposo sobre el techo", "¿cuál es el número de la póliza?", "háblame de la casa, ¿cuántos cuartos?",
		"puede llamarme Lupita", "le pido que me escriba en lugar de llamarme", "¿hablo con una persona o un robot?",
		"necesito un agente de bienes raíces para vender?", "mi hermano me llamó ayer", "estoy on the phone con el banco",
	} {
		sig := trigger.Analyze(s)
		require.False(t, sig.ExplicitAsk, "%q is not an ask (%s)", s, sig.ExplicitAskRule)
	}
}

// TestSeedSignals covers the signals the seeds name: topics, price
// worries, generic competitors, readiness and large scope.
func TestSeedSignals(t *testing.T) {
	t.Parallel()
	topics := map[string]trigger.Topic{
		"does it integrate with salesforce and support sso?": trigger.TopicTechnical,
		"what seer rating and tonnage do i need":             trigger.TopicTechnical,
		"can you customize the dashboard for our team":       trigger.TopicCustomization,
		"my pipe burst and there's water everywhere":         trigger.TopicEmergency,
		"i smell gas in the basement":                        trigger.TopicEmergency,
		"i was double charged and want a refund":             trigger.TopicBilling,
	}
	for s, want := range topics {
		require.Contains(t, trigger.Analyze(s).OutOfScope, want, "%q", s)
	}
	for _, s := range []string{"we have a custom home", "no water damage at all", "there's no emergency, take your time", "what time works?"} {
		require.Empty(t, trigger.Analyze(s).OutOfScope, "%q", s)
	}
	require.Contains(t, trigger.Analyze("honestly worried about the price").Objections, "price concern")
	require.Contains(t, trigger.Analyze("the rate seems too high").Objections, "price concern")
	require.Equal(t, []string{"other company"}, trigger.Analyze("another lender quoted me 6.1%").Competitors)
	require.Equal(t, []string{"other company"}, trigger.Analyze("got a cheaper bid from another contractor").Competitors)
	for _, s := range []string{"yes, I'm ready", "can we move forward", "I want to do this this week", "book the demo", "my contract expires Friday, need this done before"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, "%q", s)
	}
	for _, s := range []string{"sure", "ok", "maybe", "I'll think about it", "possibly later this year"} {
		require.LessOrEqual(t, trigger.Analyze(s).Commitment, 1, "%q", s)
	}
	hv := trigger.HighValueScope(500_000)
	ctx := context.Background()
	for _, s := range []string{"we own 4 rentals we'd sell together", "need a whole house repipe", "two zone system replacement", "hundreds of seats across the org", "it's about 650k"} {
		d, err := hv.Evaluate(ctx, trigger.Input{Text: s})
		require.NoError(t, err)
		require.True(t, d.Handoff, "%q", s)
		require.Equal(t, trigger.ReasonHighValue, d.Reason)
	}
	for _, s := range []string{"the house is 250k", "one rental, a duplex", "not a whole house job, just the kitchen"} {
		d, _ := hv.Evaluate(ctx, trigger.Input{Text: s})
		require.False(t, d.Handoff, "%q (%s)", s, d.Detail)
	}
}

// TestModelJudge: the learned tier as a Judge adds, names itself, and the
// rules read the engine's Signals when given.
func TestModelJudge(t *testing.T) {
	t.Parallel()
	j := trigger.Model()
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: "honestly a quick phone call would make this so much easier for me"})
	require.NoError(t, err)
	require.Equal(t, "model", got.Tier)
	require.False(t, got.OptOut, "opt-outs are the dnc detector's")
	if got.ExplicitAsk {
		require.Contains(t, got.Why, "explicit_ask p=")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = j.Judge(ctx, trigger.JudgeInput{Text: "call me"})
	require.ErrorIs(t, err, context.Canceled)

	// Merge never removes what the rules found
	rules := trigger.Analyze("call me at 5")
	require.True(t, rules.Merge(j.JudgeText("call me at 5")).ExplicitAsk)
	require.Equal(t, rules.ExplicitAskRule, rules.Merge(j.JudgeText("call me at 5")).ExplicitAskRule)

	// rules read Input.Signals when set
	ask := trigger.ExplicitAsk()
	d, _ := ask.Evaluate(context.Background(), trigger.Input{Text: "call me", Signals: &trigger.Signals{}})
	require.False(t, d.Handoff, "the engine's signals say no ask")
	d, _ = ask.Evaluate(context.Background(), trigger.Input{Text: "ok", Signals: &trigger.Signals{ExplicitAsk: true, ExplicitAskRule: "llm: asked"}})
	require.True(t, d.Handoff)
	require.Contains(t, d.Detail, "llm: asked")
	oos := trigger.OutOfScope(trigger.TopicEmergency)
	d, _ = oos.Evaluate(context.Background(), trigger.Input{Text: "ok", Signals: &trigger.Signals{OutOfScope: []trigger.Topic{trigger.TopicEmergency}}})
	require.True(t, d.Handoff)
}

// TestModelAskNeedsAContact: a lead stating what their business needs
// ("need a new crm for our sales team asap") is qualifying, not asking
// for a person, however much the model's "sales" and "team" read as an
// ask; an ask the rules miss but that names a way to reach a person
// ("would be easier to just talk it over") is still the model's.
func TestModelAskNeedsAContact(t *testing.T) {
	t.Parallel()
	j := trigger.Model()
	for _, s := range []string{"need a new crm for our sales team asap", "need a better crm for the sales team", "yes on the home, auto is with someone else"} {
		require.False(t, j.JudgeText(s).ExplicitAsk, "%q states a need", s)
	}
	for _, s := range []string{"would be easier to just talk it over, free after 4", "can someone give me a ring this afternoon"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q asks for a person", s)
	}
}

// TestRoleAnswer: the model's reading of a title as an ask is set aside
// when the title answers the assistant's question about the lead's role.
func TestRoleAnswer(t *testing.T) {
	t.Parallel()
	hist := []trigger.Turn{{Text: "Hi! Quick question, what's your role there?"}}
	require.True(t, trigger.RoleAnswer("sales manager", hist))
	require.True(t, trigger.RoleAnswer("la dueña", []trigger.Turn{{Text: "¿Cuál es su puesto?"}}))
	require.False(t, trigger.RoleAnswer("sales manager", nil), "no question asked")
	require.False(t, trigger.RoleAnswer("sales manager", []trigger.Turn{{Text: "Who should we send the quote to?"}}))
	require.False(t, trigger.RoleAnswer("can I talk to the sales manager", hist), "an ask in words")
	j, err := trigger.Model().Judge(context.Background(), trigger.JudgeInput{Text: "sales manager", History: hist})
	require.NoError(t, err)
	require.False(t, j.ExplicitAsk, "%s", j.Why)
}

// TestModelFindsBuriedAsk: in a long message the model scores each
// sentence too, so an ask after a story or a service request is not
// diluted by it; a long message whose person sentence tells of a call
// that happened asks for nothing.
func TestModelFindsBuriedAsk(t *testing.T) {
	t.Parallel()
	asks := "Our board approved the budget last night, we have 40 field techs across two states and the dispatch " +
		"spreadsheet is falling apart. Half the jobs get double booked, the invoices go out two weeks late and nobody " +
		"knows which van has which parts. Our office manager quit in March and the new one is still learning the ropes. " +
		"The owners want reports every Monday and we can't produce them. " +
		"We need to go live before the busy season, the techs hate the current app, the GPS is wrong half the time and " +
		"the parts list never syncs. Would your sales lead be free for a quick conversation Thursday?"
	require.False(t, trigger.Analyze(asks).ExplicitAsk, "the rules alone miss it")
	s := trigger.Judged(asks)
	require.True(t, s.ExplicitAsk)
	require.Contains(t, s.ExplicitAskRule, "in a sentence")
	told := "Our board approved the budget last night, we have 40 field techs across two states and the dispatch " +
		"spreadsheet is falling apart. Half the jobs get double booked, the invoices go out two weeks late and nobody " +
		"knows which van has which parts. Our office manager quit in March and the new one is still learning the ropes. " +
		"The owners want reports every Monday and we can't produce them. We had a good conversation with your sales lead on Thursday. Sending the signed order form tonight."
	require.False(t, trigger.Judged(told).ExplicitAsk)
}

// The learned tier's reason for a commitment names its strongest
// features, as for an ask: the audit trail shows which words counted.
func TestModelCommitmentWhyNamesFeatures(t *testing.T) {
	t.Parallel()
	j, err := trigger.Model().Judge(context.Background(), trigger.JudgeInput{Text: "lets get the ball rolling on the sale"})
	require.NoError(t, err)
	require.Equal(t, 2, j.Commitment)
	require.Regexp(t, `^commitment p=0\.\d\d( [wbc]:\S+\+\d\.\d\d)+$`, j.Why)
}
