package handoff_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
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

// TestDemoRequestAndComplianceConcernsHandOff: on the B2B schema with
// every out-of-scope topic on (seed 002), a demo request is commitment and
// lifts the score to a handoff, and compliance concerns raised by the
// lead's legal team are a legal question; neither had handed off. A plain
// price question is the AI's to answer, as the labelling guide has it
// (out of scope is "pricing specifics that depend on context"), while
// the price for the lead's own case still hands off.
func TestDemoRequestAndComplianceConcernsHandOff(t *testing.T) {
	t.Parallel()
	pol := trigger.DefaultPolicy()
	pol.Rules = slices.Insert(pol.Rules, 2, trigger.OutOfScope())
	env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "sam", Name: "Sam"}), func(c *handoff.Config) {
		c.Policy, c.Schema = pol, qualify.B2B
	})
	for i, tc := range []struct {
		body   string
		reason trigger.Reason
		detail string
	}{
		{"can I get a demo?", trigger.ReasonScore, ""},
		{"could we get a demo for the team next week?", trigger.ReasonScore, ""},
		{"our legal team has compliance concerns", trigger.ReasonOutOfScope, "out-of-scope question: legal"},
		{"what does pricing look like for 50 users?", trigger.ReasonOutOfScope, "out-of-scope question: pricing"},
		{"how much does it cost?", "", ""},
		{"what's your pricing?", "", ""},
		{"is there a demo video I can watch?", "", ""},
	} {
		id := fmt.Sprintf("d%d", i)
		env.start(t, id)
		env.aiReply(t, id, "Hi Maria, thanks for checking out Demoship. What brings you here?")
		out := env.say(t, id, tc.body)
		if tc.reason == "" {
			require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q: %s", tc.body, out.Detail)
			continue
		}
		require.Equal(t, handoff.OutcomeHandoff, out.Kind, "%q: score %d, reply %q", tc.body, out.Score, out.Reply)
		require.Equal(t, tc.reason, out.Reason, "%q", tc.body)
		if tc.detail != "" {
			require.Equal(t, tc.detail, out.Detail, "%q", tc.body)
		}
	}
}
