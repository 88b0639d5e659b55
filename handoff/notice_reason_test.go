package handoff_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestFrustratedLeadNoticeIsNoThanks: with Config.Notices on, a lead who
// wrote "this is terrible service!!!" gets a notice that acknowledges it,
// never "Thanks! I'm passing you to Carl now...".
func TestFrustratedLeadNoticeIsNoThanks(t *testing.T) {
	t.Parallel()
	pool := route.NewPool(route.Rep{ID: "carl", Name: "Carl", ResponseTime: time.Minute})
	b := setupStore(t, memstore.New(), &handoff.Config{Router: pool, Notices: []handoff.NoticeRule{{Reason: trigger.ReasonFrustration}}})
	for i := range 12 {
		id := fmt.Sprintf("c%d", i)
		b.start(t, id)
		out := b.receive(t, id, "this is terrible service!!!")
		require.Equal(t, trigger.ReasonFrustration, out.Reason)
		require.Contains(t, out.Reply, "Carl")
		require.NotContains(t, strings.ToLower(out.Reply), "thank", "%s: a frustrated lead is thanked: %q", id, out.Reply)
	}
}

// A model's notice states the wait the engine expects of the rep, or
// the template goes: with a rep who writes in about 15 minutes, a draft
// promising "in 2 minutes", "right now" or "ahora mismo" is replaced by
// the template's "in about 15 minutes" and a drafter_fallback event says
// why; a draft stating 15 minutes, or the hour, is sent as written (the
// Spanish drafts to a lead who writes Spanish: another language is
// refused).
// Before, every one of them was queued.
func TestDraftedNoticeStatesTheRepsWait(t *testing.T) {
	t.Parallel()
	r := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		return route.Assignment{RepID: "mike", RepName: "Mike", Wait: 15 * time.Minute}, nil
	})
	const english, spanish = "can you just call me", "¿me puede llamar alguien?"
	for _, tc := range []struct {
		lead, draft string
		sent        bool
	}{
		{english, "I'm connecting you with Mike, he'll text you in 2 minutes.", false},
		{english, "I'm connecting you with Mike, he'll text you right now.", false},
		{spanish, "Le comunico con Mike, le escribe ahora mismo.", false},
		{english, "I'm connecting you with Mike, he'll text you in about 15 minutes.", true},
		{spanish, "Le comunico con Mike, le escribe dentro de la próxima hora.", true},
	} {
		drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) { return tc.draft, nil })
		env := afterSetup(t, nil, r, func(c *handoff.Config) { c.Notices, c.Drafter = []handoff.NoticeRule{{}}, drafter })
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: tc.lead})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		fallbacks := env.events(t, "c1", store.EventDrafterFallback)
		if tc.sent {
			require.Equal(t, tc.draft, out.Reply)
			require.Empty(t, fallbacks)
			continue
		}
		require.NotEqual(t, tc.draft, out.Reply)
		require.Contains(t, out.Reply, "Mike")
		if tc.lead == english {
			require.Contains(t, out.Reply, "in about 15 minutes")
		} else {
			require.Contains(t, out.Reply, "15 minutos")
		}
		require.Len(t, fallbacks, 1, tc.draft)
		require.Contains(t, fallbacks[0].Detail, string(bridge.ProblemWait))
	}
}
