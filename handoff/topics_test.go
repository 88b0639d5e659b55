package handoff_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// topicEnv is an engine whose policy adds [trigger.OutOfScope] (every
// topic), with a team of reps each named by skill: skills[i] is the
// skill of the rep with that ID.
func topicEnv(t *testing.T, st store.Store, skills ...route.Skill) *afterEnv {
	t.Helper()
	reps := []route.Rep{{ID: "gen", Name: "Gen"}}
	for _, s := range skills {
		reps = append(reps, route.Rep{ID: string(s), Name: string(s), Skills: []route.Skill{s}})
	}
	pool, err := route.New(&route.Config{Reps: reps, Sequencer: handoff.StoreSequencer(st)})
	require.NoError(t, err)
	pol := trigger.DefaultPolicy()
	pol.Rules = append(pol.Rules, trigger.OutOfScope())
	return afterSetup(t, st, pool, func(c *handoff.Config) { c.Policy = pol })
}

// TestDisputedChargeRoutesToBillingRep: "there's an incorrect charge on
// my bill" is a billing dispute (seed 003), so it goes by the skill rule
// to the billing rep and the brief's topics say billing; it had been read
// as a pricing question, and round robin gave it to whoever was next.
func TestDisputedChargeRoutesToBillingRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := topicEnv(t, st, "billing", "pricing")
		for _, id := range []string{"c1", "c2", "c3"} {
			env.start(t, id)
			out := env.say(t, id, "there's an incorrect charge on my bill")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Equal(t, "out-of-scope question: billing", out.Detail)
			require.Equal(t, "billing", out.AssignedTo, "%s: by %s", id, out.Assignment.Rule)
			require.Equal(t, route.RuleSkill, out.Assignment.Rule)
			b, err := env.e.Brief(context.Background(), dspTenant, id)
			require.NoError(t, err)
			require.Equal(t, []string{"billing"}, b.Topics)
		}
		// what a charge will be is still pricing
		env.start(t, "c4")
		out := env.say(t, "c4", "is there an extra charge for weekend service?")
		require.Equal(t, "out-of-scope question: pricing", out.Detail)
		require.Equal(t, "pricing", out.AssignedTo)
	})
}

// TestComplexInquiriesHandOffToFinancingRep: seed 003's complex
// inquiries (a loan for a major renovation, an insurance claim the
// business is asked to coordinate) hand off with every out-of-scope
// topic on, to the rep with the financing skill; the AI had kept
// qualifying them.
func TestComplexInquiriesHandOffToFinancingRep(t *testing.T) {
	t.Parallel()
	env := topicEnv(t, memstore.New(), "financing", "billing")
	for i, body := range []string{
		"can you coordinate with my insurance company on the claim?",
		"I'm applying for a loan for a major home renovation, can you help with that?",
		"do you offer financing for a big renovation?",
	} {
		id := fmt.Sprintf("c%d", i)
		env.start(t, id)
		out := env.say(t, id, body)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind, "%q: reply %q", body, out.Reply)
		require.Equal(t, trigger.ReasonOutOfScope, out.Reason, "%q", body)
		require.Equal(t, "out-of-scope question: financing", out.Detail, "%q", body)
		require.Equal(t, "financing", out.AssignedTo, "%q: by %s", body, out.Assignment.Rule)
		b, err := env.e.Brief(context.Background(), dspTenant, id)
		require.NoError(t, err)
		require.Equal(t, []string{"financing"}, b.Topics)
	}
	// a plain yes-or-no about financing is the AI's to answer
	env.start(t, "plain")
	require.NotEqual(t, handoff.OutcomeHandoff, env.say(t, "plain", "do you offer financing?").Kind)
}
