package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestHandoffKeepsTheCallbackTimeOfTheAsk: seed 001's "asked to repeat
// everything". A lead who writes "can someone call me tomorrow after
// 5pm?" hands off on that message; the rep's brief carries the time (with
// the message it came from), the bridge says the rep will call then, asks
// for no time again and names no other day ("Mike can call you today.
// When's a good time?" had gone out), on every store.
func TestHandoffKeepsTheCallbackTimeOfTheAsk(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e := tenantEngine(t, st, &dspClock{t: dspNoonNY}, "acme", nil,
			route.Rep{ID: "sarah", Name: "Sarah"}, route.Rep{ID: "mike", Name: "Mike"})
		for i := range 8 { // every explicit-ask line, and both reps
			id := fmt.Sprintf("c%d", i)
			_, err := e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
			require.NoError(t, err)
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: id, Body: "can someone call me tomorrow after 5pm?"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)

			b, err := e.Brief(ctx, "acme", id)
			require.NoError(t, err)
			require.NotNil(t, b.Callback, "%s: the brief has no callback time", id)
			require.Equal(t, "tomorrow after 5pm", b.Callback.Label)
			c, err := e.Conversation(ctx, "acme", id)
			require.NoError(t, err)
			require.Equal(t, c.HandoffMessageID, c.Fields["callback_time"].MessageID, "with the message it came from")

			low := strings.ToLower(out.Reply)
			require.Contains(t, low, "tomorrow after 5pm", "%s: the bridge does not acknowledge the time: %q", id, out.Reply)
			require.NotContains(t, low, "today", "%s: %q contradicts tomorrow", id, out.Reply)
			var te *bridge.TextError
			require.True(t, errors.As(bridge.Validate(out.Reply, bridge.PurposeBridge), &te) && te.Problem == bridge.ProblemNoTimeAsk,
				"%s: the bridge asks for the time again: %q", id, out.Reply)

			evs, err := e.Events(ctx, "acme", id)
			require.NoError(t, err)
			n := 0
			for _, ev := range evs {
				if ev.Kind == store.EventCallbackTime {
					n++
					require.Equal(t, "tomorrow after 5pm", ev.Detail)
				}
			}
			require.Equal(t, 1, n, "one callback_time event")
		}
	})
}

// TestHandoffCallbackTimeOnlyWhenTheLeadSaysWhenToCall: a time that is no
// callback ("I need to sell by next week", "I'll talk to my husband
// tonight") is not read as one: the brief has none and the bridge asks for
// the best time, as before.
func TestHandoffCallbackTimeOnlyWhenTheLeadSaysWhenToCall(t *testing.T) {
	t.Parallel()
	for i, body := range []string{
		"can I talk to a real person? I need to sell by next week",
		"I'll talk to my husband tonight, can someone just call me",
		"please don't call before noon, can a person text me instead",
	} {
		b := setup(t, nil)
		id := fmt.Sprintf("c%d", i)
		b.start(t, id)
		out := b.receive(t, id, body)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind, body)
		require.NoError(t, bridge.Validate(out.Reply, bridge.PurposeBridge), "%q: the bridge asks for the best time: %q", body, out.Reply)
		d := b.dump(t, id)
		require.NotContains(t, d.Conv.Fields, store.FieldName("callback_time"), body)
	}
}

// TestHandoffCallbackTimeSaidBeforeTheAsk: a time the lead gave in the
// same turn, a message before the ask ("I'm free after 6" then "can
// someone call me"), is acknowledged too.
func TestHandoffCallbackTimeSaidBeforeTheAsk(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.NoReplies = true })
	b.start(t, "c1")
	out := b.receive(t, "c1", "I'm free after 6 most days")
	require.NotEqual(t, handoff.OutcomeHandoff, out.Kind)
	out = b.receive(t, "c1", "can someone call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Contains(t, out.Reply, "after 6")
	require.Error(t, bridge.Validate(out.Reply, bridge.PurposeBridge), "no time asked again: %q", out.Reply)
	d := b.dump(t, "c1")
	require.Equal(t, "after 6", d.Conv.Fields["callback_time"].Value)
}

// TestDrafterBridgeCheckedAgainstTheCallbackTime: a drafter's bridge is
// held to the time the lead gave as the template's is: one that names
// another day or asks for the time again is replaced by the template
// (and the fallback audited); one that states the time goes out.
func TestDrafterBridgeCheckedAgainstTheCallbackTime(t *testing.T) {
	t.Parallel()
	const ask = "can someone call me tomorrow after 5pm?"
	for name, tc := range map[string]struct {
		text string
		kept bool
	}{
		"contradicts":  {"Absolutely, my partner can call you today. When's a good time?", false},
		"asks again":   {"Of course, my partner will call you tomorrow. What time works best?", false},
		"another time": {"Of course, my partner will call you tomorrow at 6pm.", false},
		"omits it":     {"Of course, my partner will reach out shortly.", false},
		"states it":    {"You got it, my partner will call you tomorrow after 5 pm. Talk soon!", true},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var got bridge.Request
			env := drafterEnv(t, bridge.DrafterFunc(func(_ context.Context, r bridge.Request) (string, error) {
				got = r
				return tc.text, nil
			}), 0)
			out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: ask})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Equal(t, "tomorrow after 5pm", got.Callback, "the drafter is told the time")
			fb := env.events(t, "c1", store.EventDrafterFallback)
			if tc.kept {
				require.Equal(t, tc.text, out.Reply)
				require.Empty(t, fb)
				return
			}
			require.NotEqual(t, tc.text, out.Reply)
			require.Len(t, fb, 1)
			require.Contains(t, out.Reply, "tomorrow after 5pm")
		})
	}
}
