package handoff_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// startChat opens a website chat conversation whose lead gave only lead.
func (env *dspEnv) startChat(t testing.TB, id string, lead store.Lead) store.Conversation {
	t.Helper()
	c, err := env.e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: id,
		Channel: store.ChannelChat, Line: "web-widget", Lead: lead})
	require.NoError(t, err)
	return c
}

func (env *dspEnv) receive(t testing.TB, id, body string) handoff.Outcome {
	t.Helper()
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: body})
	require.NoError(t, err)
	return out
}

// sent is what the Sender was handed, in order: "kind to: body".
func (env *dspEnv) sent() []string {
	env.sender.mu.Lock()
	defer env.sender.mu.Unlock()
	var out []string
	for _, d := range env.sender.calls {
		out = append(out, string(d.Item.Kind)+" "+d.Item.To+": "+d.Body)
	}
	return out
}

func (env *dspEnv) suppressed(t testing.TB, addr string) bool {
	t.Helper()
	var found bool
	require.NoError(t, env.st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		_, err := tx.SuppressionGet(ctx, dspTenant, addr)
		found = err == nil
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		return err
	}))
	return found
}

// A website chat visitor who gave only a name is answered like an SMS
// lead: the AI's replies, the bridge text and a rep's message are queued
// to the chat conversation ("chat:" + its ID), reported in the Outcome,
// and handed to the Sender with the conversation (channel chat, its line).
func TestChat_LeadWithoutPhoneOrEmailIsAnswered(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env := dspSetup(t, nil)
	env.startChat(t, "w1", store.Lead{Name: "Visitor"})

	out := env.receive(t, "w1", "hi, I'm thinking about selling my house")
	require.Equal(t, handoff.OutcomeReplied, out.Kind)
	require.NotEmpty(t, out.Reply)
	reply := out.Reply
	env.runOnce(t)
	out = env.receive(t, "w1", "can I talk to a person?")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.NotEmpty(t, out.Reply)
	bridgeText := out.Reply
	env.runOnce(t)
	require.Equal(t, []string{"ai_reply chat:w1: " + reply, "bridge_sms chat:w1: " + bridgeText}, env.sent())
	for _, d := range env.sender.calls {
		require.Equal(t, store.ChannelChat, d.Conversation.Channel)
		require.Equal(t, "web-widget", d.Conversation.Line)
	}
	require.Len(t, env.notifier.calls, 1, "the rep is notified too")

	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "w1", RepID: "rep1",
		Body: "Hi, this is Sam. Happy to help!", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	require.Equal(t, "rep_sms chat:w1: Hi, this is Sam. Happy to help!", env.sent()[2])
}

// A chat visitor's opt-out suppresses the chat conversation: what was
// queued is cancelled, only the confirmation goes, and nothing automated
// or sent by a rep follows; Resume is refused, also after the host learns
// the visitor's email, until the visitor opts in again.
func TestChat_OptOutSilencesTheConversation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env := dspSetup(t, nil)
	env.startChat(t, "w1", store.Lead{Name: "Visitor"})
	require.Equal(t, handoff.OutcomeReplied, env.receive(t, "w1", "hi, I'm thinking about selling my house").Kind)

	out := env.receive(t, "w1", "STOP")
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
	require.Equal(t, 1, out.Cancelled, "the queued AI reply")
	require.True(t, env.suppressed(t, "chat:w1"))
	env.runOnce(t)
	require.Equal(t, []string{"optout_confirmation chat:w1: " + out.Reply}, env.sent())

	require.Equal(t, handoff.OutcomeRecorded, env.receive(t, "w1", "hello?").Kind)
	before := env.items(t, "w1")
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "w1", RepID: "rep1", Body: "hi", Send: true})
	require.ErrorIs(t, err, handoff.ErrOptedOut)
	_, err = env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "w1"})
	require.ErrorIs(t, err, handoff.ErrOptedOut)
	require.Equal(t, before, env.items(t, "w1"), "nothing queued")
	env.runOnce(t)
	require.Len(t, env.sent(), 1)

	email := "visitor@example.com"
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "w1", Email: &email})
	require.NoError(t, err)
	_, err = env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "w1"})
	require.ErrorIs(t, err, handoff.ErrOptedOut)
	help := env.receive(t, "w1", "HELP")
	require.Equal(t, handoff.OutcomeHelp, help.Kind)
	require.Empty(t, help.Reply, "no help text to an opted-out visitor")
	in := env.receive(t, "w1", "START")
	require.Equal(t, handoff.OutcomeOptedIn, in.Kind)
	require.False(t, env.suppressed(t, "chat:w1"))
	require.Equal(t, store.StateAIActive, in.State, "the AI the STOP paused drives again")
	env.runOnce(t)
	require.Equal(t, "optin_confirmation chat:w1: "+in.Reply, env.sent()[1], "confirmed in the chat")
}

// A chat lead who also gave a phone number is still answered in the chat,
// never texted: the texts go to the chat conversation. Consent keeps
// following the phone: a STOP in the chat suppresses the number and
// pauses the lead's SMS conversation, and a STOP by SMS silences the chat,
// a rep's queued message included.
func TestChat_LeadWithPhoneIsAnsweredInTheChat(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const phone = "+12125550100"
	env := dspSetup(t, nil)
	env.startChat(t, "w1", store.Lead{Name: "Maria", Phone: phone})
	out := env.receive(t, "w1", "hi, I'm thinking about selling my house")
	require.Equal(t, handoff.OutcomeReplied, out.Kind)
	env.runOnce(t)
	require.Equal(t, []string{"ai_reply chat:w1: " + out.Reply}, env.sent())

	// STOP in the chat cancels a rep's message queued to the chat and
	// reaches the SMS conversation with the same number.
	env.start(t, "s1")
	env.aiReply(t, "s1", "Still thinking about selling?")
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "w1", RepID: "rep1", Body: "hi Maria", Send: true})
	require.NoError(t, err)
	stop := env.receive(t, "w1", "stop messaging me")
	require.Equal(t, handoff.OutcomeOptedOut, stop.Kind)
	require.Equal(t, 2, stop.Cancelled)
	require.True(t, env.suppressed(t, phone))
	env.runOnce(t)
	require.Equal(t, []string{"ai_reply chat:w1: " + out.Reply, "optout_confirmation chat:w1: " + stop.Reply}, env.sent())
	s1, err := env.e.Conversation(ctx, dspTenant, "s1")
	require.NoError(t, err)
	require.Equal(t, store.StatusOptedOut, s1.Status)
	for _, it := range env.items(t, "s1") {
		require.Equal(t, store.OutboxCancelled, it.Status, "%s to %s", it.Kind, it.To)
	}

	// STOP by SMS reaches a second chat of the same lead, where a rep's
	// message waits: it is cancelled with the STOP, and the rep is told.
	env2 := dspSetup(t, nil)
	env2.startChat(t, "w2", store.Lead{Name: "Maria", Phone: phone})
	env2.start(t, "s2")
	_, err = env2.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "w2", RepID: "rep1", Body: "hi Maria", Send: true})
	require.NoError(t, err)
	stop = env2.receive(t, "s2", "STOP")
	require.Equal(t, handoff.OutcomeOptedOut, stop.Kind)
	require.Equal(t, 1, stop.Cancelled)
	for _, it := range env2.items(t, "w2") {
		if it.Kind.ToLead() {
			require.Equal(t, store.OutboxCancelled, it.Status, "%s to %s", it.Kind, it.To)
		}
	}
	ups := onlyKind(env2.items(t, "w2"), store.OutboxRepUpdate)
	require.Len(t, ups, 1)
	require.Equal(t, "rep1", ups[0].To)
	require.Equal(t, store.OutboxPending, ups[0].Status)
	env2.runOnce(t)
	require.Equal(t, []string{"optout_confirmation " + phone + ": " + stop.Reply}, env2.sent())
}

// The dispatcher's send-time check stops a text to a chat whose lead's
// phone was suppressed after it was queued, even when nothing cancelled
// it (a suppression written straight into the store).
func TestChat_SendTimeCheckReadsTheLeadsPhone(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const phone = "+12125550100"
	env := dspSetup(t, nil)
	env.startChat(t, "w1", store.Lead{Name: "Maria", Phone: phone})
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "w1", RepID: "rep1", Body: "hi Maria", Send: true})
	require.NoError(t, err)
	require.NoError(t, env.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.SuppressionPut(ctx, &store.Suppression{TenantID: dspTenant, Address: phone, Channel: store.ChannelSMS,
			Reason: "host", CreatedAt: dspNoonNY})
	}))
	env.runOnce(t)
	require.Empty(t, env.sent())
	items := env.items(t, "w1")
	require.Len(t, items, 1)
	require.Equal(t, store.OutboxCancelled, items[0].Status)
}

// A chat Sender that reports the visitor unreachable for good
// (ErrRecipientOptedOut) opts the conversation's lead out, as a carrier's
// refusal does for SMS.
func TestChat_SenderOptOutOptsTheLeadOut(t *testing.T) {
	t.Parallel()
	const phone = "+12125550100"
	env := dspSetup(t, nil)
	env.sender.fail = func(handoff.Delivery) (error, bool) { return handoff.ErrRecipientOptedOut, false }
	env.startChat(t, "w1", store.Lead{Name: "Maria", Phone: phone})
	env.aiReply(t, "w1", "Happy to help!")
	env.runOnce(t)
	c, err := env.e.Conversation(context.Background(), dspTenant, "w1")
	require.NoError(t, err)
	require.Equal(t, store.StatusOptedOut, c.Status)
	require.Equal(t, store.StatePaused, c.State)
	require.True(t, env.suppressed(t, phone))
}

// For a chat conversation Line is the chat channel's ID, checked like
// other identifiers; for SMS it stays a phone number. Refused input
// writes nothing.
func TestStart_LineByChannel(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env := dspSetup(t, nil)
	c := env.startChat(t, "w1", store.Lead{Name: "Visitor"})
	require.Equal(t, "web-widget", c.Line)
	got, err := env.e.Conversation(ctx, dspTenant, "w1")
	require.NoError(t, err)
	require.Equal(t, "web-widget", got.Line)

	sms, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "s1", Line: "(212) 555-0199",
		Lead: store.Lead{Phone: "+12125550100"}})
	require.NoError(t, err)
	require.Equal(t, "+12125550199", sms.Line)

	for _, tc := range []struct {
		name    string
		channel store.Channel
		line    string
	}{
		{"sms line not a number", store.ChannelSMS, "web-widget"},
		{"default channel is sms", "", "web-widget"},
		{"chat line with a tab", store.ChannelChat, "web\twidget"},
		{"chat line with a NUL", store.ChannelChat, "web\x00widget"},
		{"chat line with a zero-width space", store.ChannelChat, "web\u200bwidget"},
		{"chat line not UTF-8", store.ChannelChat, "web\xffwidget"},
		{"chat line too long", store.ChannelChat, strings.Repeat("w", 257)},
	} {
		_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "bad", Channel: tc.channel, Line: tc.line,
			Lead: store.Lead{Name: "Visitor"}})
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie, tc.name)
		require.Equal(t, "Line", ie.Field, tc.name)
		_, err = env.e.Conversation(ctx, dspTenant, "bad")
		require.ErrorIs(t, err, handoff.ErrNotFound, "%s: nothing written", tc.name)
	}
}

// One lead, two conversations that share only an email: a website chat
// where the visitor gave the email alone, and an SMS conversation with
// their phone and the same email. A STOP in either reaches the other in
// the same commit (paused, opted out, what was queued there cancelled),
// and suppresses the phone too (in the chat, linked to the email the lead
// gave with it): it answers "can you call me" with no handoff, and
// nothing but the one confirmation reaches the Sender. START where the
// STOP was lifts the same addresses and brings both back.
func TestChat_OptOutByEmailReachesTheLeadsOtherConversation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const phone, email = "+12125550100", "Dana@Example.com" // the store matches emails as written
	for _, stopIn := range []string{"w1", "s1"} {
		t.Run("stop-in-"+stopIn, func(t *testing.T) {
			t.Parallel()
			env := dspSetup(t, nil)
			env.startChat(t, "w1", store.Lead{Name: "Dana", Email: email})
			_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "s1",
				Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}, TimeZone: "America/New_York"})
			require.NoError(t, err)
			other, confirmTo := "s1", "chat:w1"
			if stopIn == "s1" {
				other, confirmTo = "w1", phone
			}
			env.aiReply(t, other, "Still thinking about selling?")

			stop := env.receive(t, stopIn, "STOP")
			require.Equal(t, handoff.OutcomeOptedOut, stop.Kind)
			require.True(t, env.suppressed(t, "dana@example.com"))
			require.True(t, env.suppressed(t, phone), "the phone the lead gave with the email is suppressed wherever they opted out")
			c, err := env.e.Conversation(ctx, dspTenant, other)
			require.NoError(t, err)
			require.Equal(t, store.StatePaused, c.State)
			require.Equal(t, store.StatusOptedOut, c.Status)
			for _, it := range env.items(t, other) {
				require.Equal(t, store.OutboxCancelled, it.Status, "%s to %s", it.Kind, it.To)
			}

			call := env.receive(t, other, "can you call me")
			require.Equal(t, handoff.OutcomeRecorded, call.Kind)
			require.Equal(t, store.StatePaused, call.State)
			// a conversation started later with the email alone begins paused
			late := env.startChat(t, "w2", store.Lead{Email: "dana@example.com"})
			require.Equal(t, store.StatusOptedOut, late.Status)
			env.runOnce(t)
			require.Equal(t, []string{"optout_confirmation " + confirmTo + ": " + stop.Reply}, env.sent())

			// START where the STOP was: both come back, the email is free
			require.Equal(t, handoff.OutcomeOptedIn, env.receive(t, stopIn, "START").Kind)
			require.False(t, env.suppressed(t, "dana@example.com"))
			require.False(t, env.suppressed(t, phone))
			for _, id := range []string{"w1", "s1", "w2"} {
				c, err := env.e.Conversation(ctx, dspTenant, id)
				require.NoError(t, err)
				require.Equal(t, store.StateAIActive, c.State, id)
				require.Equal(t, store.StatusNew, c.Status, id)
			}
			require.Equal(t, handoff.OutcomeHandoff, env.receive(t, other, "can you call me").Kind)
		})
	}
}

// A START in the email-only chat lifts the email alone: the SMS
// conversation whose STOP suppressed the phone too stays opted out (a
// chat cannot subscribe a number again), and nothing is sent to it.
func TestChat_OptInByEmailLeavesTheNumberOptedOut(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const phone = "+12125550100"
	env := dspSetup(t, nil)
	env.startChat(t, "w1", store.Lead{Email: "dana@example.com"})
	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "s1",
		Lead: store.Lead{Phone: phone, Email: "dana@example.com"}})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, env.receive(t, "s1", "STOP").Kind)
	w1, err := env.e.Conversation(ctx, dspTenant, "w1")
	require.NoError(t, err)
	require.Equal(t, store.StatusOptedOut, w1.Status, "the STOP reached the chat")
	require.Equal(t, handoff.OutcomeOptedIn, env.receive(t, "w1", "START").Kind)
	require.False(t, env.suppressed(t, "dana@example.com"))
	require.True(t, env.suppressed(t, phone))
	w1, err = env.e.Conversation(ctx, dspTenant, "w1")
	require.NoError(t, err)
	require.Equal(t, store.StateAIActive, w1.State)
	s1, err := env.e.Conversation(ctx, dspTenant, "s1")
	require.NoError(t, err)
	require.Equal(t, store.StatusOptedOut, s1.Status)
	require.Equal(t, handoff.OutcomeRecorded, env.receive(t, "s1", "can you call me").Kind)
}
