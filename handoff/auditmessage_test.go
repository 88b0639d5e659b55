package handoff_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// messageNamed is the message a handoff or review event's Detail names
// (its last "message=" pair, query-unescaped), "" for none.
func messageNamed(t *testing.T, detail string) string {
	t.Helper()
	fs := strings.Fields(detail)
	for i := len(fs) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(fs[i], "message="); ok {
			id, err := url.QueryUnescape(v)
			require.NoError(t, err)
			return id
		}
	}
	return ""
}

// TestAudit_HandoffAndReviewEventsNameTheirMessage: an auditor must be able
// to say which lead message caused each automated decision, as the
// opt_out event's "message=" says for an opt-out (store.EventHandoff,
// store.EventReview). Walk: a possible opt-out goes to review; the lead
// asks for a call while it waits; the release hands off on that backlog
// message (dated at the release, so no time ties them); a resume and a
// second ask hand off again, after which Conversation.HandoffMessageID
// names only the second. Each event names its own message; a host's
// escalation, which no message caused, names none.
func TestAudit_HandoffAndReviewEventsNameTheirMessage(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	b.start(t, "c1")
	review := b.receive(t, "c1", "enough already")
	require.Equal(t, handoff.OutcomeReview, review.Kind)
	ask := b.receive(t, "c1", "can someone call me tomorrow")
	_, err := b.engine.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: tenant, ConversationID: "c1", RepID: "sam"})
	require.NoError(t, err)
	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "sam"})
	require.NoError(t, err)
	second := b.receive(t, "c1", "I want to talk to a real person")
	require.Equal(t, handoff.OutcomeHandoff, second.Kind)

	var handoffs, reviews []store.Event
	for _, ev := range b.dump(t, "c1").Events {
		switch ev.Kind {
		case store.EventHandoff:
			handoffs = append(handoffs, ev)
		case store.EventReview:
			reviews = append(reviews, ev)
		}
	}
	require.Len(t, reviews, 1)
	require.Len(t, handoffs, 2)
	require.Equal(t, review.MessageID, messageNamed(t, reviews[0].Detail), "review: %q", reviews[0].Detail)
	require.Contains(t, reviews[0].Detail, "prior_status=new", "what the review found stays")
	require.Equal(t, ask.MessageID, messageNamed(t, handoffs[0].Detail), "the release's backlog handoff: %q", handoffs[0].Detail)
	require.Equal(t, second.MessageID, messageNamed(t, handoffs[1].Detail), "second handoff: %q", handoffs[1].Detail)
	require.True(t, strings.HasPrefix(handoffs[1].Detail, second.Detail+" "), "the trigger's detail first: %q", handoffs[1].Detail)
	require.Equal(t, second.Detail, b.dump(t, "c1").Conv.HandoffDetail, "the conversation's detail is the trigger's")

	// a host's escalation: no lead message caused it
	b.start(t, "c2")
	b.receive(t, "c2", "hi, what is this about?")
	_, err = b.engine.Escalate(ctx, handoff.EscalateParams{TenantID: tenant, ConversationID: "c2", Reason: "pricing_page", Detail: "viewed pricing 3 times"})
	require.NoError(t, err)
	var escalated []store.Event
	for _, ev := range b.dump(t, "c2").Events {
		if ev.Kind == store.EventHandoff {
			escalated = append(escalated, ev)
		}
	}
	require.Len(t, escalated, 1)
	require.Equal(t, store.ActorHost, escalated[0].Actor)
	require.Equal(t, "viewed pricing 3 times", escalated[0].Detail)
}
