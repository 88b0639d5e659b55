package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// The notified brief and Engine.Brief are one Build over the whole
// transcript: 44 messages are 44 messages in both, and both name the rep.
func TestBrief_NotificationAndEngineBriefCarryTheWholeTranscript(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) {
		c.NoReplies = true
		c.Router = route.RouterFunc(func(context.Context, route.Request) (route.Assignment, error) {
			return route.Assignment{RepID: "sarah", RepName: "Sarah Lee"}, nil
		})
	})
	b.start(t, "c1")
	for i := range 21 {
		b.receive(t, "c1", fmt.Sprintf("just browsing, note %d", i))
		_, err := b.engine.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: fmt.Sprintf("noted %d", i)})
		require.NoError(t, err)
	}
	out := b.receive(t, "c1", "ok can you just call me, the rate seems too high")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)

	var notified handoff.Brief
	for _, it := range b.dump(t, "c1").Outbox {
		if it.Kind == store.OutboxRepNotification {
			require.NoError(t, json.Unmarshal(it.Payload, &notified))
		}
	}
	require.Len(t, notified.Transcript, 43, "21 lead, 21 AI and the message that fired")
	require.Equal(t, "Sarah Lee", notified.AssignedName)
	require.Equal(t, brief.SchemaVersion, notified.SchemaVersion)

	got, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Len(t, got.Transcript, 44, "the bridge text too, once committed")
	require.Equal(t, "Sarah Lee", got.AssignedName, "Engine.Brief names the assigned rep like the notification")
	require.Contains(t, []string{got.Objections[0].Label}, "price concern")
}

func TestBrief_SummarizerWritesTheSummaryAndFailsSoft(t *testing.T) {
	t.Parallel()
	calls := 0
	b := setup(t, func(c *handoff.Config) {
		c.Summarizer = brief.SummarizerFunc(func(ctx context.Context, in brief.SummaryInput) (string, error) {
			calls++
			if calls > 1 {
				return "", errors.New("model overloaded")
			}
			return "Dana wants a call about the inherited house.", nil
		})
	})
	b.start(t, "c1")
	b.receive(t, "c1", "I inherited the house. can you call me?")
	var notified handoff.Brief
	for _, it := range b.dump(t, "c1").Outbox {
		if it.Kind == store.OutboxRepNotification {
			require.NoError(t, json.Unmarshal(it.Payload, &notified))
		}
	}
	require.Equal(t, "Dana wants a call about the inherited house.", notified.Summary)
	require.Equal(t, "summarizer", notified.SummaryBy)

	got, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Equal(t, "rules", got.SummaryBy, "a failing summarizer leaves the rule-based summary")
	require.Equal(t, brief.RuleSummary(got), got.Summary)
}
