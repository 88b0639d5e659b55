package handoff_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// lastEvent is the conversation's latest audit event of kind k.
func lastEvent(t testing.TB, d dump, k store.EventKind) store.Event {
	t.Helper()
	for i := len(d.Events) - 1; i >= 0; i-- {
		if d.Events[i].Kind == k {
			return d.Events[i]
		}
	}
	t.Fatalf("no %s event", k)
	return store.Event{}
}

func (b *bundle) hot(t testing.TB) []string {
	t.Helper()
	page, err := b.engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: tenant})
	require.NoError(t, err)
	var ids []string
	for _, e := range page.Entries {
		ids = append(ids, e.Conversation.ID)
	}
	return ids
}

// TestOptIn_ReturnsTheAIItsOptOutPaused: STOP, then START, on a
// conversation the AI drove. START gets one confirmation, the AI drives
// again without anyone's Resume, and the lead's next message is judged as
// any other: two fields hand off and the lead is in the Hot inbox, where
// it had been recorded for nobody.
func TestOptIn_ReturnsTheAIItsOptOutPaused(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeReplied, b.receive(t, "c1", "hi, is this about my house?").Kind)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)

	out := b.receive(t, "c1", "START")
	require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
	require.Equal(t, store.StateAIActive, out.State)
	require.Equal(t, "You're subscribed again to texts about your inquiry. Reply HELP for help, STOP to opt out. Msg & data rates may apply.", out.Reply)
	d := b.dump(t, "c1")
	require.Nil(t, d.Suppression)
	require.Equal(t, store.StatusNew, d.Conv.Status, "the status before the STOP")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxOptInConfirm, store.OutboxPending))
	last := d.Messages[len(d.Messages)-1]
	require.Equal(t, store.OriginSystem, last.Origin)
	require.Equal(t, out.Reply, last.Body)
	ev := lastEvent(t, d, store.EventOptIn)
	require.Equal(t, store.StatePaused, ev.From)
	require.Equal(t, store.StateAIActive, ev.To)
	require.Equal(t, "keyword:START", ev.Reason)
	require.Equal(t, store.ActorLead, ev.Actor)

	// A second START subscribes nobody again: no second confirmation.
	again := b.receive(t, "c1", "START")
	require.Equal(t, handoff.OutcomeOptedIn, again.Kind)
	require.Empty(t, again.Reply)
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxOptInConfirm, ""))

	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", twoFields).Kind)
	require.Equal(t, []string{"c1"}, b.hot(t))
	_, err := b.engine.Resume(context.Background(), handoff.ResumeParams{TenantID: tenant, ConversationID: "c1"})
	require.NoError(t, err, "resumable as any handoff")
}

// TestOptIn_AnswersInTheLeadsLanguage: a lead who opted out in Spanish
// ("ALTO") and answers the Spanish confirmation's "Responde START" is
// confirmed in Spanish; so is "INICIAR". NoOptInConfirmation sends none,
// and the conversation still returns to the AI.
func TestOptIn_AnswersInTheLeadsLanguage(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "ALTO").Kind)
	out := b.receive(t, "c1", "START")
	require.Equal(t, "Te suscribiste de nuevo a los mensajes sobre tu consulta. Responde AYUDA para ayuda, STOP para no recibir más. Pueden aplicar tarifas.", out.Reply)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
	require.Equal(t, out.Reply, b.receive(t, "c1", "INICIAR").Reply)

	quiet := setup(t, func(c *handoff.Config) { c.NoOptInConfirmation = true })
	quiet.start(t, "c1")
	quiet.receive(t, "c1", "STOP")
	out = quiet.receive(t, "c1", "UNSTOP")
	require.Equal(t, store.StateAIActive, out.State)
	require.Empty(t, out.Reply)
	require.Zero(t, countKind(quiet.dump(t, "c1").Outbox, store.OutboxOptInConfirm, ""))

	named := setup(t, func(c *handoff.Config) { c.Voice.BusinessName = "Acme Homes" })
	named.start(t, "c1")
	named.receive(t, "c1", "STOP")
	require.Equal(t, "Acme Homes: you're subscribed again to texts about your inquiry. Reply HELP for help, STOP to opt out. Msg & data rates may apply.",
		named.receive(t, "c1", "START").Reply)
}

// TestOptIn_ReturnsTheThreadToItsRep: a conversation a rep had taken over
// when the lead texted STOP stays the rep's after START: state human,
// status hot as before, in the Hot inbox, and the rep gets an update; the
// lead's next message reaches the rep, and the AI says nothing.
func TestOptIn_ReturnsTheThreadToItsRep(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	_, err := b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1", Body: "Hi Dana, Sam here."})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
	require.Empty(t, b.hot(t))
	require.Equal(t, "rep1", countTo(b.dump(t, "c1").Outbox, store.OutboxRepUpdate), "the rep is told of the opt-out")

	out := b.receive(t, "c1", "START")
	require.Equal(t, store.StateHuman, out.State)
	require.NotEmpty(t, out.Reply)
	d := b.dump(t, "c1")
	require.Equal(t, store.StatusHot, d.Conv.Status)
	require.Equal(t, "rep1", d.Conv.AssignedTo)
	require.Equal(t, store.StateHuman, lastEvent(t, d, store.EventOptIn).To)
	require.Equal(t, "rep1", countTo(d.Outbox, store.OutboxRepUpdate), "the rep is told (one update, read when it goes)")
	require.Equal(t, []string{"c1"}, b.hot(t))

	next := b.receive(t, "c1", "the house needs a new roof and I'm moving for work")
	require.Equal(t, handoff.OutcomeRecorded, next.Kind)
	require.Equal(t, store.StateHuman, next.State)
	d = b.dump(t, "c1")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxRepUpdate, store.OutboxPending), "one update, with both messages")
	require.Zero(t, countKind(d.Outbox, store.OutboxAIReply, store.OutboxPending))
}

// TestOptIn_ReopensTheHandoff: a lead who texted STOP while waiting for a
// rep is Hot again after START, and the team is told.
func TestOptIn_ReopensTheHandoff(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	b.receive(t, "c1", "STOP")
	require.Empty(t, b.hot(t))

	out := b.receive(t, "c1", "START")
	require.Equal(t, store.StateHandoff, out.State)
	d := b.dump(t, "c1")
	require.Equal(t, store.StatusHot, d.Conv.Status)
	require.Equal(t, "team", countTo(d.Outbox, store.OutboxRepUpdate))
	require.Equal(t, []string{"c1"}, b.hot(t))
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", "after 5 works best").Kind, "the AI stays silent")
}

// TestOptIn_LeavesOtherPausesPaused: START does not resume a conversation
// paused for another reason before the STOP (a rep's pause, a review): it
// stays paused with the status it had, and the lead is confirmed. A
// review goes back in front of a person.
func TestOptIn_LeavesOtherPausesPaused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	_, err := b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1", Reason: "calling them"})
	require.NoError(t, err)
	b.receive(t, "c1", "STOP")
	out := b.receive(t, "c1", "START")
	require.Equal(t, store.StatePaused, out.State)
	require.NotEmpty(t, out.Reply)
	d := b.dump(t, "c1")
	require.Nil(t, d.Suppression)
	require.Equal(t, store.StatusNew, d.Conv.Status)
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", callMe).Kind)
	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1"})
	require.NoError(t, err, "the rep resumes when they choose")

	r := setup(t, nil)
	r.start(t, "c1")
	require.Equal(t, handoff.OutcomeReview, r.receive(t, "c1", "can you end the reminder calls on my calendar? I get two for the same visit").Kind)
	r.receive(t, "c1", "STOP")
	require.Empty(t, r.hot(t))
	out = r.receive(t, "c1", "START")
	require.Equal(t, store.StatePaused, out.State)
	require.Equal(t, store.StatusHot, r.dump(t, "c1").Conv.Status)
	require.Equal(t, []string{"c1"}, r.hot(t), "the review waits for a person again")
	_, err = r.engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1"})
	require.NoError(t, err)
}

// TestOptIn_OtherRoutesAndConversations: an opt-out by another route (the
// host's, a carrier's) is lifted by START as before and returns the
// conversation too, and the other conversations with the number, which
// the opt-out also paused, with it (a START there later subscribes nobody
// again); a conversation that began paused because its number had opted
// out is the AI's after START.
func TestOptIn_OtherRoutesAndConversations(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	b.start(t, "c2")
	_, err := b.engine.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: leadPhone, Rule: "carrier:opted_out"})
	require.NoError(t, err)
	require.Equal(t, store.StatePaused, b.dump(t, "c2").Conv.State)

	require.Equal(t, store.StateAIActive, b.receive(t, "c1", "START").State)
	require.Nil(t, b.dump(t, "c1").Suppression)
	d2 := b.dump(t, "c2")
	require.Equal(t, store.StateAIActive, d2.Conv.State)
	require.Equal(t, store.StatusNew, d2.Conv.Status)
	require.Zero(t, countKind(d2.Outbox, store.OutboxOptInConfirm, ""))
	out := b.receive(t, "c2", "START")
	require.Equal(t, store.StateAIActive, out.State)
	require.Empty(t, out.Reply)
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c2", callMe).Kind)

	b.receive(t, "c1", "STOP")
	c3, err := b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c3", Lead: store.Lead{Phone: leadPhone}})
	require.NoError(t, err)
	require.Equal(t, store.StatePaused, c3.State)
	require.Equal(t, store.StateAIActive, b.receive(t, "c3", "START").State)
	require.Equal(t, store.StatusNew, b.dump(t, "c3").Conv.Status)
}

// TestOptIn_ReturnsEveryConversationItsOptOutPaused: the opt-out paused
// every conversation with the number, so the opt-in brings back every one
// it paused, each where the opt-out found it: START in the first returns
// it to the AI and the second, which waited for a rep, to its Hot
// handoff (the team is told), audited as opt_in on each, with one
// confirmation in the conversation START arrived in. A third the rep
// paused before the STOP stays paused.
func TestOptIn_ReturnsEveryConversationItsOptOutPaused(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	b.start(t, "c2")
	b.start(t, "c3")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c2", callMe).Kind)
	_, err := b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c3", RepID: "rep1", Reason: "calling them"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
	for _, id := range []string{"c1", "c2", "c3"} {
		d := b.dump(t, id)
		require.Equal(t, store.StatePaused, d.Conv.State, id)
		require.Equal(t, store.StatusOptedOut, d.Conv.Status, id)
	}
	require.Empty(t, b.hot(t))
	require.Equal(t, "team", countTo(b.dump(t, "c2").Outbox, store.OutboxRepUpdate), "the team its handoff waited on is told of the opt-out")

	out := b.receive(t, "c1", "START")
	require.Equal(t, handoff.OutcomeOptedIn, out.Kind)
	require.Equal(t, store.StateAIActive, out.State)
	require.NotEmpty(t, out.Reply)
	d1 := b.dump(t, "c1")
	require.Equal(t, store.StatusNew, d1.Conv.Status)
	require.Equal(t, 1, countKind(d1.Outbox, store.OutboxOptInConfirm, store.OutboxPending))

	d2 := b.dump(t, "c2")
	require.Equal(t, store.StateHandoff, d2.Conv.State)
	require.Equal(t, store.StatusHot, d2.Conv.Status)
	require.Zero(t, countKind(d2.Outbox, store.OutboxOptInConfirm, ""), "one confirmation only")
	require.Equal(t, "team", countTo(d2.Outbox, store.OutboxRepUpdate), "the team is told")
	require.True(t, slices.ContainsFunc(d2.Outbox, func(it store.OutboxItem) bool {
		return it.Kind == store.OutboxSLACheck && it.Status == store.OutboxPending && strings.HasSuffix(it.IdempotencyKey, ":c2:reopen")
	}), "the 5-minute rule starts again for the reopened handoff")
	ev := lastEvent(t, d2, store.EventOptIn)
	require.Equal(t, store.StatePaused, ev.From)
	require.Equal(t, store.StateHandoff, ev.To)
	require.Equal(t, "keyword:START", ev.Reason)
	require.Equal(t, store.ActorLead, ev.Actor)
	require.Equal(t, []string{"c2"}, b.hot(t))
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c2", "after 5 works best").Kind, "the AI stays silent")

	d3 := b.dump(t, "c3")
	require.Equal(t, store.StatePaused, d3.Conv.State, "the rep's pause holds")
	require.Equal(t, store.StatusNew, d3.Conv.Status, "no longer opted out")
	require.Zero(t, countKind(d3.Outbox, store.OutboxOptInConfirm, ""))
	ev = lastEvent(t, d3, store.EventOptIn)
	require.Equal(t, store.StatePaused, ev.To)
	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c3"})
	require.NoError(t, err, "the rep resumes when they choose")
}
