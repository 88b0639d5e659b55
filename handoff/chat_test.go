package handoff_test

import (
	"context"
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
