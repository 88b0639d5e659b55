package handoff_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestReceive_ABareYesToStopTextingIsAnOptOut: the lead's "yes please"
// answers the assistant's "should I stop texting you?", so it revokes
// consent like STOP (address suppressed, AI paused); a rep's question
// after a handoff counts the same; the same yes after "mind if I ask a
// couple of questions?" revokes nothing.
func TestReceive_ABareYesToStopTextingIsAnOptOut(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	b := setup(t, nil)
	b.start(t, "c1")
	_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: "No problem. Should I stop texting you about the house?"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "yes please").Kind)
	d := b.dump(t, "c1")
	require.NotNil(t, d.Suppression, "the address is suppressed")
	require.Equal(t, store.StatePaused, d.Conv.State)

	// a rep's question, after a handoff
	b = setup(t, nil)
	b.start(t, "c2")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c2", callMe).Kind)
	_, err = b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c2", RepID: "rep1",
		Body: "Sorry we missed you. Want me to take you off our list?"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c2", "yep").Kind)
	require.NotNil(t, b.dump(t, "c2").Suppression)

	// the same yes to another question
	b = setup(t, nil)
	b.start(t, "c3")
	_, err = b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c3", Body: "Great! Mind if I ask a couple of quick questions?"})
	require.NoError(t, err)
	require.NotEqual(t, handoff.OutcomeOptedOut, b.receive(t, "c3", "yes please").Kind)
	require.Nil(t, b.dump(t, "c3").Suppression)
}

// TestReceive_SeatsAnsweredToTheQuestionAreHighValue: the engine hands
// the policy the assistant's last message, so a bare "roughly 350 to
// start" after "how many seats would you need?" fires the high-value
// rule; the same words after a budget question do not. (After "how many
// offices?" they fire too: 350 offices are many sites.)
func TestReceive_SeatsAnsweredToTheQuestionAreHighValue(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, tc := range []struct {
		asked string
		want  handoff.OutcomeKind
	}{
		{"Great! How many agents would need seats?", handoff.OutcomeHandoff},
		{"Great! What monthly budget did you have in mind?", handoff.OutcomeReplied},
	} {
		b := setup(t, withHighValue)
		b.start(t, "c1")
		_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: tc.asked})
		require.NoError(t, err)
		out := b.receive(t, "c1", "roughly 350 to start")
		require.Equal(t, tc.want, out.Kind, "after %q", tc.asked)
		if tc.want == handoff.OutcomeHandoff {
			require.Equal(t, trigger.ReasonHighValue, out.Reason)
		}
	}
}

// TestReceive_AQuestionStaysOpenWhileTheLeadAsksBack: when the lead asks
// something back and the assistant only answers, the assistant's question
// before is still the one a bare reply answers. "no thank you" after
// "Keep sending you rate alerts?", "how often?", "About twice a month."
// revokes consent; after the lead answered the first question itself
// ("no, by text is fine. is the deductible 1000?") a later "ok" takes
// nothing from it.
func TestReceive_AQuestionStaysOpenWhileTheLeadAsksBack(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	recordAI(t, b, "c1", "Congrats on the refi! Would you like me to keep sending you rate alerts?")
	b.receive(t, "c1", "hmm how often do they come")
	recordAI(t, b, "c1", "About twice a month, only when rates move.")
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "no thank you").Kind)
	require.NotNil(t, b.dump(t, "c1").Suppression)

	b = setup(t, nil)
	b.start(t, "c2")
	recordAI(t, b, "c2", "Want our agent to give you a call to walk through the quote?")
	b.receive(t, "c2", "no, by text is fine. is the deductible 1000?")
	recordAI(t, b, "c2", "Yes, the deductible is $1,000.")
	require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, "c2", "ok, I'll think about it").Kind)
}

// TestReceive_AQuestionStaysOpenAfterAnUnsureReply: "not sure" to "How
// many seats would you need?", then "A ballpark is fine!", then "about
// 300": the seats question is still the one answered, so the high-value
// rule fires; "about 300" after "A ballpark is fine!" alone does not.
func TestReceive_AQuestionStaysOpenAfterAnUnsureReply(t *testing.T) {
	t.Parallel()
	b := setup(t, withHighValue)
	b.start(t, "c1")
	recordAI(t, b, "c1", "Thanks for asking about team pricing. How many seats would you need?")
	b.receive(t, "c1", "hmm not sure")
	recordAI(t, b, "c1", "A ballpark is fine!")
	out := b.receive(t, "c1", "about 300")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, trigger.ReasonHighValue, out.Reason)

	b = setup(t, withHighValue)
	b.start(t, "c2")
	recordAI(t, b, "c2", "A ballpark is fine!")
	require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, "c2", "about 300").Kind)
}

// withHighValue adds the high-value rule ($500,000 or a large scope) to
// the default policy.
func withHighValue(cfg *handoff.Config) {
	pol := trigger.DefaultPolicy()
	pol.Rules = append(pol.Rules, trigger.HighValueScope(500_000))
	cfg.Policy = pol
}

// recordAI records the assistant's message body in conv.
func recordAI(t *testing.T, b *bundle, conv, body string) {
	t.Helper()
	_, err := b.engine.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: tenant, ConversationID: conv, Body: body})
	require.NoError(t, err)
}

// TestReceive_NotKnowingTheSenderIsNoWrongNumber: "¿Quién es? No conozco
// a ningún Marcus." after the assistant introduced itself as Marcus asks
// who is writing, so it revokes nothing; the same words about the person
// the business asked for ("¿Es usted Marcus Ortiz?") say the number is
// wrong, which is an opt-out, and so does a request to stop beside the
// sender's name.
func TestReceive_NotKnowingTheSenderIsNoWrongNumber(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		asked, lead string
		optOut      bool
	}{
		{"Hi! This is Marcus with Killeen Cash Offers. Would you consider an offer on your house?", "¿Quién es? No conozco a ningún Marcus.", false},
		{"Tenemos este número a nombre de Marcus Ortiz. ¿Es usted?", "No. No conozco a ningún Marcus.", true},
		{"Hi! This is Marcus with Killeen Cash Offers. Would you consider an offer on your house?", "No conozco a ningún Marcus. No me escriban más.", true},
	} {
		b := setup(t, nil)
		b.start(t, "c1")
		recordAI(t, b, "c1", tc.asked)
		out := b.receive(t, "c1", tc.lead)
		require.Equal(t, tc.optOut, out.Kind == handoff.OutcomeOptedOut, "%q after %q: %+v", tc.lead, tc.asked, out)
		require.Equal(t, tc.optOut, b.dump(t, "c1").Suppression != nil)
	}
}

// TestReceive_AnOptOutStandsWhenReadAgain: the engine reads a message
// against the business's last message again only where that may change
// the verdict (dnc.Result.AskedMayChange). A host's detector that says
// opt-out once and nothing the second time (a sampled model, say) still
// opts the lead out.
func TestReceive_AnOptOutStandsWhenReadAgain(t *testing.T) {
	t.Parallel()
	var calls atomic.Int64
	flaky := dnc.DetectorFunc(func(in dnc.Input) dnc.Result {
		if calls.Add(1) == 1 {
			return dnc.Result{Kind: dnc.OptOut, Rule: "llm:opt_out", Tier: "model", Score: 0.9}
		}
		return dnc.Result{}
	})
	b := setup(t, func(cfg *handoff.Config) { cfg.Detector = flaky })
	b.start(t, "c1")
	recordAI(t, b, "c1", "Hi! This is Marcus with Killeen Cash Offers. Would you consider an offer?")
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "please stop texting me about this").Kind)
	require.NotNil(t, b.dump(t, "c1").Suppression)
}

// TestReceive_ReadinessToACheckInHandsOff: after the common opener
// "Still interested in selling the house?", readiness in the lead's own
// words hands off on the score; a bare yes to the same check-in does not
// (reviewer N saw "let's do it" there score 13 and the AI go on
// qualifying).
func TestReceive_ReadinessToACheckInHandsOff(t *testing.T) {
	t.Parallel()
	const checkIn = "Hi Dana, this is Jordan with Maple Key. Still interested in selling the house?"
	for _, tc := range []struct {
		lead string
		want handoff.OutcomeKind
	}{
		{"Can we move forward with this?", handoff.OutcomeHandoff},
		{"let's do it", handoff.OutcomeHandoff},
		{"send the paperwork", handoff.OutcomeHandoff},
		{"sure", handoff.OutcomeReplied},
		{"yes go ahead", handoff.OutcomeReplied},
	} {
		b := setup(t, nil)
		b.start(t, "c1")
		recordAI(t, b, "c1", checkIn)
		out := b.receive(t, "c1", tc.lead)
		require.Equal(t, tc.want, out.Kind, "%q after the check-in (score %d)", tc.lead, out.Score)
		if tc.want == handoff.OutcomeHandoff {
			require.Equal(t, trigger.ReasonScore, out.Reason)
		}
	}
}

// TestReceive_HeadCountToABudgetQuestionIsNoMoney: "we're a 200 person
// company and I'm the VP of Sales" after "Do you have a budget in mind
// for this?" fills the lead's role, not a budget: the conversation holds
// no budget and the rep's brief shows no money (reviewer N saw "Money:
// budget: $200" and a BANT handoff on it).
func TestReceive_HeadCountToABudgetQuestionIsNoMoney(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Schema = qualify.BANT })
	b.start(t, "c1")
	recordAI(t, b, "c1", "Thanks Dana! Do you have a budget in mind for this?")
	b.receive(t, "c1", "we're a 200 person company and I'm the VP of Sales")
	c := b.dump(t, "c1").Conv
	require.NotContains(t, c.Fields, store.FieldName(qualify.Budget))
	require.Contains(t, c.Fields, store.FieldName(qualify.Authority))
	br, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Empty(t, br.Money)
}
