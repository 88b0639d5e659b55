package handoff_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestRepMessage_SendRefusesTextOverTheSMSLimit: a rep's text to an SMS
// lead is at most handoff.MaxSMSLength (1,600) characters, counted as a
// browser's maxlength counts them (an emoji outside the Basic Multilingual
// Plane counts two): longer, the provider refuses it (Twilio's 21617) and
// the Dispatcher dead-letters it, so the engine refuses it first with an
// *InputError and writes nothing. A text the rep's own tool already sent
// is recorded whatever its length, and a chat has no SMS limit.
func TestRepMessage_SendRefusesTextOverTheSMSLimit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	before := b.dump(t, "c1")
	send := func(id, body string, sendIt bool) error {
		_, err := b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: id, RepID: "dana", Body: body, Send: sendIt})
		return err
	}
	for _, body := range []string{strings.Repeat("你", handoff.MaxSMSLength+1), strings.Repeat("😀", handoff.MaxSMSLength/2+1),
		strings.Repeat("a", handoff.MaxSMSLength+1)} {
		err := send("c1", body, true)
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Body", ie.Field)
		require.Contains(t, ie.Problem, "1600")
	}
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")

	require.NoError(t, send("c1", strings.Repeat("😀", handoff.MaxSMSLength/2), true), "1,600 characters fit")
	require.NoError(t, send("c1", strings.Repeat("你", handoff.MaxSMSLength+1), false), "what the rep's tool sent is recorded")
	d := b.dump(t, "c1")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxRepSMS, ""))
	require.Equal(t, store.StateHuman, d.Conv.State)

	_, err := b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "chat1", Channel: store.ChannelChat, Line: "web-widget"})
	require.NoError(t, err)
	require.NoError(t, send("chat1", strings.Repeat("你", handoff.MaxSMSLength+1), true), "a chat has no SMS limit")
}

// TestExpect_RefusesAnActionFromAStalePage: two reps see the same lead
// waiting, unassigned. Sam takes it over; Dana's take over, reply, resume
// and pause, each carrying what her page showed (Expect), are refused with
// a *StaleError that says who holds it now, matching ErrConflict, and write
// nothing: the thread stays Sam's. Taken over from a page that showed Sam
// holding it, the thread is Dana's: a deliberate take-over stays possible.
func TestExpect_RefusesAnActionFromAStalePage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	seen := &handoff.Expectation{State: store.StateHandoff} // waiting, unassigned
	_, err := b.engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "sam", Expect: seen})
	require.NoError(t, err)
	before := b.dump(t, "c1")

	stale := map[string]func() error{
		"take over": func() error {
			_, err := b.engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "dana", Expect: seen})
			return err
		},
		"reply": func() error {
			_, err := b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "dana",
				Body: "Hi, Dana here", Send: true, Expect: seen})
			return err
		},
		"resume": func() error {
			_, err := b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "dana", Expect: seen})
			return err
		},
		"pause": func() error {
			_, err := b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c1", RepID: "dana", Expect: seen})
			return err
		},
	}
	for name, call := range stale {
		err := call()
		var se *handoff.StaleError
		require.ErrorAs(t, err, &se, name)
		require.ErrorIs(t, err, handoff.ErrConflict, name)
		require.Equal(t, store.StateHuman, se.State, name)
		require.Equal(t, "sam", se.AssignedTo, name)
		require.Equal(t, *seen, se.Expected, name)
		require.Contains(t, err.Error(), "sam", name)
	}
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written: the thread stays Sam's")

	_, err = b.engine.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "dana",
		Expect: &handoff.Expectation{State: store.StateHuman, AssignedTo: "sam"}})
	require.NoError(t, err, "taken over from a page that showed Sam holding it")
	require.Equal(t, "dana", b.dump(t, "c1").Conv.AssignedTo)

	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", Expect: &handoff.Expectation{State: "gone"}})
	var ie *handoff.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "Expect.State", ie.Field)
}

// TestResume_TheAIDoesNotAskItsLastQuestionAgain: after a handoff and a
// resume, the AI's next replies never ask the question it asked last once
// the lead has answered it with some text; an answer with no words ("...")
// gets the question again.
func TestResume_TheAIDoesNotAskItsLastQuestionAgain(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	first := b.receive(t, "c1", "hi, got your text")
	require.Equal(t, handoff.OutcomeReplied, first.Kind)
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	_, err := b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1",
		Body: "Hi Dana, Sam here. Tried calling, I'll hand you back to our assistant for now."})
	require.NoError(t, err)
	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1"})
	require.NoError(t, err)

	last := ""
	for _, said := range []string{"ok", "not sure, still thinking", "hmm"} {
		out := b.receive(t, "c1", said)
		require.Equal(t, handoff.OutcomeReplied, out.Kind, said)
		require.NotEqual(t, last, out.Reply, "the lead answered %q: the AI asks something else", said)
		last = out.Reply
	}
	out := b.receive(t, "c1", "...")
	require.Equal(t, last, out.Reply, "an answer with no words gets the question again")
}

// TestResume_OldOfferOfACallIsNoAsk: after a Resume with no rep message,
// the last business message is still the bridge that offered a person;
// "ok thanks" to it is no fresh ask, and the resumed AI answers it
// instead of handing off again on what the lead accepted before the
// resume. A new ask after the resume still hands off.
func TestResume_OldOfferOfACallIsNoAsk(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	_, err := b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1"})
	require.NoError(t, err)
	out := b.receive(t, "c1", "ok thanks")
	require.Equal(t, handoff.OutcomeReplied, out.Kind, "%+v", out)
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", "actually yes, please have someone call me").Kind)
}

// TestRecordAIMessage_SendRefusesTextOverTheSMSLimit: the host's AI text
// queued to an SMS lead is held to handoff.MaxSMSLength as a rep's is:
// longer, the provider refuses it (Twilio's 21617) and the Dispatcher
// dead-letters it, so the lead would silently never get it. The engine
// refuses it with an *InputError and writes nothing. A text the host
// already sent is recorded whatever its length, and a chat has no SMS
// limit.
func TestRecordAIMessage_SendRefusesTextOverTheSMSLimit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	before := b.dump(t, "c1")
	record := func(id, body string, sendIt bool) error {
		_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: body, Send: sendIt})
		return err
	}
	for _, body := range []string{strings.Repeat("a", handoff.MaxSMSLength+1), strings.Repeat("😀", handoff.MaxSMSLength/2+1)} {
		err := record("c1", body, true)
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Body", ie.Field)
		require.Contains(t, ie.Problem, "1600")
	}
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")

	require.NoError(t, record("c1", strings.Repeat("a", handoff.MaxSMSLength), true), "1,600 characters fit")
	require.NoError(t, record("c1", strings.Repeat("a", handoff.MaxSMSLength+1), false), "what the host sent is recorded")
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxAIReply, ""))

	_, err := b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "chat1", Channel: store.ChannelChat, Line: "web-widget"})
	require.NoError(t, err)
	require.NoError(t, record("chat1", strings.Repeat("a", handoff.MaxSMSLength+1), true), "a chat has no SMS limit")
}

// TestScheduleMessage_RefusesTextOverTheSMSLimit: a text the host
// schedules for an SMS lead is held to handoff.MaxSMSLength too; longer,
// it would be dead-lettered when it came due, so it is refused at once
// with an *InputError and nothing is written. A chat has no SMS limit.
func TestScheduleMessage_RefusesTextOverTheSMSLimit(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	before := b.dump(t, "c1")
	schedule := func(id, body string) error {
		_, err := b.engine.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: tenant, ConversationID: id, Body: body})
		return err
	}
	for _, body := range []string{strings.Repeat("a", handoff.MaxSMSLength+1), strings.Repeat("你", handoff.MaxSMSLength+1)} {
		err := schedule("c1", body)
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, "Body", ie.Field)
		require.Contains(t, ie.Problem, "1600")
	}
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")

	require.NoError(t, schedule("c1", strings.Repeat("你", handoff.MaxSMSLength)), "1,600 characters fit")
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxReminder, ""))

	_, err := b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "chat1", Channel: store.ChannelChat, Line: "web-widget"})
	require.NoError(t, err)
	require.NoError(t, schedule("chat1", strings.Repeat("a", handoff.MaxSMSLength+1)), "a chat has no SMS limit")
}
