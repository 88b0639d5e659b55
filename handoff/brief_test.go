package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

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

// The brief in the handoff notification (the rep's first read) dates the
// message that fired the handoff when it arrived, like every other turn:
// its transcript turn and sentiment point had the zero time, and
// TranscriptText printed "0001-01-01 00:00 lead: ...".
func TestBrief_NotificationDatesTheTriggeringMessage(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}), nil)
	env.start(t, "c1")
	env.say(t, "c1", "I inherited the house from my dad")
	env.clock.Advance(time.Minute)
	fired := env.clock.Now()
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "the roof leaks, can someone call me").Kind)
	env.runOnce(t)
	require.NotEmpty(t, env.notes.n)
	b := env.notes.n[0].Brief
	last := b.Transcript[len(b.Transcript)-1]
	require.Equal(t, "the roof leaks, can someone call me", last.Text)
	require.True(t, last.At.Equal(fired), "the triggering message is dated %v, want %v; transcript:\n%s", last.At, fired, b.TranscriptText())
	for _, turn := range b.Transcript {
		require.False(t, turn.At.IsZero(), "turn %q has no time", turn.Text)
	}
	for _, p := range b.Sentiment {
		require.False(t, p.At.IsZero(), "sentiment point of %s has no time", p.MessageID)
	}
	require.NotContains(t, b.TranscriptText(), "0001-01-01")
}

// With a clock that moves on every reading, as a real one does, the lead
// message is stamped at the commit, after the handoff's planned time: the
// stored brief still names the message that fired the handoff, not the one
// before it.
func TestBrief_WhyNowNamesTheTriggeringMessageWithARealClock(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	b := setup(t, func(c *handoff.Config) {
		c.NoReplies = true
		c.Now = func() time.Time {
			mu.Lock()
			defer mu.Unlock()
			now = now.Add(time.Millisecond)
			return now
		}
	})
	b.start(t, "c1")
	b.receive(t, "c1", "I'm thinking about maybe selling")
	out := b.receive(t, "c1", "can you just call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)

	got, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Contains(t, got.WhyNow, `asked for a person ("can you just call me")`, "why now: %q", got.WhyNow)
}
