package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// draftedEnv is an engine whose drafter answers every draft with text,
// an AI named Kyle, and a router that hands every lead to Mike, expected
// in 15 minutes.
func draftedEnv(t *testing.T, text string) *afterEnv {
	t.Helper()
	r := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		return route.Assignment{RepID: "mike", RepName: "Mike", Wait: 15 * time.Minute}, nil
	})
	drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) { return text, nil })
	env := afterSetup(t, nil, r, func(c *handoff.Config) {
		c.Drafter = drafter
		c.Voice = bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle", PartnerWord: "my partner"}
	})
	env.start(t, "c1")
	return env
}

// requireDraft receives body on c1 and checks that the drafter's text
// was sent as written (problem "") or replaced by the template with a
// drafter_fallback event naming problem.
func requireDraft(t *testing.T, env *afterEnv, body, draft string, kind handoff.OutcomeKind, problem bridge.Problem) {
	t.Helper()
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: body})
	require.NoError(t, err)
	require.Equal(t, kind, out.Kind, draft)
	fallbacks := env.events(t, "c1", store.EventDrafterFallback)
	if problem == "" {
		require.Equal(t, draft, out.Reply)
		require.Empty(t, fallbacks, draft)
		return
	}
	require.NotEqual(t, draft, out.Reply, "the draft reached the lead")
	require.NotEmpty(t, out.Reply, "the template goes instead")
	require.Len(t, fallbacks, 1, draft)
	require.Contains(t, fallbacks[0].Detail, string(problem), draft)
}

// A model's bridge that claims to be a person, speaks as the rep or
// another named person, invents a price, promises the rep sooner than
// the router's wait, or guarantees an outcome falls back to the
// template, with a drafter_fallback event that says why; a bridge that
// speaks of the rep in the third person, with no number, is sent as
// written (reviewer X, D1 and D2: each of the refused shapes reached the
// lead).
func TestDraftedBridgeClaimsAndInventions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		draft   string
		problem bridge.Problem
	}{
		{"Hi Maria, this is Mike, I'll call you shortly. What's the best time to call?", bridge.ProblemHumanClaim},
		{"Nope, not a bot! Mike will call you. What's the best time to call?", bridge.ProblemHumanClaim},
		{"I'm a real estate agent, not a bot. What's the best time to call?", bridge.ProblemHumanClaim},
		{"You are texting a real person. What's the best time to call?", bridge.ProblemHumanClaim},
		{"100% human here. What's the best time to call?", bridge.ProblemHumanClaim},
		{"Hola Maria, soy Mike. ¿A qué hora le llamo?", bridge.ProblemHumanClaim},
		{"Thanks Maria! Our cash offer is $250,000. What's the best time to call?", bridge.ProblemPrice},
		{"Thanks Maria! Mike will call you in 2 minutes. What's the best time to call?", bridge.ProblemWait},
		{"Got it Maria, Mike guarantees we close in 7 days. What's the best time to call?", bridge.ProblemPromise},
		{"Claro, le garantizamos la venta. ¿A qué hora le llamamos?", bridge.ProblemPromise},
		{"Thanks Maria! A real person, Mike, will call you shortly. What's the best time to call?", ""},
		{"Thanks Maria! Mike will reach out within the hour. What's your best time?", ""},
		{"Hi Maria, this is Kyle from Bluebird. Prices depend on the inspection, so Mike will call. When works best?", ""},
	} {
		t.Run(tc.draft, func(t *testing.T) {
			t.Parallel()
			requireDraft(t, draftedEnv(t, tc.draft), "can you just call me", tc.draft, handoff.OutcomeHandoff, tc.problem)
		})
	}
}

// A model's AI reply while qualifying commits to no price: a number the
// lead did not give, or an offer of any amount, falls back to the
// template reply (reviewer X, D3: "We can pay $250k cash for it this
// week!" was queued). Asking about the lead's number, and echoing the
// number the lead wrote, are sent.
func TestDraftedReplyQuotesNoPrice(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		body, draft string
		problem     bridge.Problem
	}{
		{"hmm what do you guys do exactly", "We can pay $250k cash for it this week! When are you hoping to sell?", bridge.ProblemPrice},
		{"hmm what do you guys do exactly", "Is $250k roughly what you hoped for?", bridge.ProblemPrice},
		{"I'd want around 250k for it", "We'd pay $250k cash, right in line. When are you hoping to sell?", bridge.ProblemPrice},
		{"hmm what do you guys do exactly", "We buy houses as-is. What price did you have in mind?", ""},
		{"I'd want around 250k for it", "Got it, is $250,000 roughly what you hoped for? What's your timeline?", ""},
	} {
		t.Run(tc.draft, func(t *testing.T) {
			t.Parallel()
			requireDraft(t, draftedEnv(t, tc.draft), tc.body, tc.draft, handoff.OutcomeReplied, tc.problem)
		})
	}
}
