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
