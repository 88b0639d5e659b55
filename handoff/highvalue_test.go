package handoff_test

import (
	"context"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// valueTeam is two junior reps and a senior one, in turn by the store.
func valueTeam(t *testing.T, st store.Store) *route.Pool {
	t.Helper()
	p, err := route.New(&route.Config{Reps: []route.Rep{{ID: "amy", Name: "Amy"}, {ID: "sue", Name: "Sue", Senior: true}, {ID: "al", Name: "Al"}},
		Sequencer: handoff.StoreSequencer(st)})
	require.NoError(t, err)
	return p
}

// valuePolicy is the default policy with the high-value rule where
// trigger.DefaultPolicy's doc puts extra rules: after the explicit ask.
func valuePolicy() *trigger.Policy {
	p := trigger.DefaultPolicy()
	p.Rules = slices.Insert(p.Rules, 2, trigger.HighValue(100000, "enterprise"))
	return p
}

// A lead who asks for a person about a large deal is handed off for the
// ask, and is a high-value lead all the same: the policy's own high-value
// rule reads the message whatever rule fired, so the lead is tagged
// high_value and the value tier routes it to the senior rep. Before, only
// a handoff whose reason was high_value counted, and the $500k lead went
// round-robin to a junior rep.
func TestHighValueAskRoutedToSenior(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, valueTeam(t, st), func(cfg *handoff.Config) { cfg.Policy = valuePolicy() })
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
			Body: "we're looking at a $500k deal, can someone call me?"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, string(trigger.ReasonExplicitAsk), out.Conversation.HandoffReason, "the ask fired first")
		require.Equal(t, "sue", out.AssignedTo, "rule %q", out.Assignment.Rule)
		require.Equal(t, route.RuleValueTier, out.Assignment.Rule)
		c := env.conv(t, "c1")
		i := slices.IndexFunc(c.Tags, func(tg store.Tag) bool { return tg.Name == "high_value" })
		require.GreaterOrEqual(t, i, 0, "tags %v", c.Tags)
		require.Equal(t, "signal", c.Tags[i].Source)
		require.Equal(t, c.HandoffMessageID, c.Tags[i].MessageID, "tagged with the message that showed it")
		tagged := env.events(t, "c1", store.EventTagged)
		require.True(t, slices.ContainsFunc(tagged, func(ev store.Event) bool { return ev.Detail == "high_value" }), "events %v", tagged)

		// a small job asked about the same way is no high-value lead
		env.startWith(t, "c2", "+12125550111", "America/New_York")
		out, err = env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c2",
			Body: "it's about a $5k job, can someone call me?"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, route.RuleRoundRobin, out.Assignment.Rule)
		require.False(t, slices.ContainsFunc(env.conv(t, "c2").Tags, func(tg store.Tag) bool { return tg.Name == "high_value" }))
	})
}

// Without a high-value rule in the policy the engine has no threshold to
// read an amount against: a $500k ask is routed as any ask, and the host
// marks high-value leads with its own high_value tag.
func TestHighValueNeedsThePolicysRule(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		require.False(t, req.Signals.HighValue)
		return route.Assignment{RepID: "amy", RepName: "Amy"}, nil
	}), nil)
	env.start(t, "c1")
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
		Body: "we're looking at a $500k deal, can someone call me?"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.False(t, slices.ContainsFunc(env.conv(t, "c1").Tags, func(tg store.Tag) bool { return tg.Name == "high_value" }))
}
