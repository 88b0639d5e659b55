package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestResumeDoesNotRefireOnFactsTheLeadGaveTheRep: the facts a lead gives
// while the handoff waits for a rep are facts the AI knows when the rep
// hands the lead back. The handoff fired on two fields (score 40); the
// lead then gave the timeline and the price, which fill the fields and
// now the score too (the rep's update and the brief show it). After the
// resume, "ok thanks" (a soft yes) and a plain answer that adds nothing
// hand off again on nothing: the lead used to be handed straight back to
// the rep with "score 73 >= 70", scored from the four fields everyone
// already knew against a baseline of the stale 40. A new field, or real
// readiness, still fires.
func TestResumeDoesNotRefireOnFactsTheLeadGaveTheRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}), nil)
		ctx := context.Background()
		env.start(t, "c1")
		out := env.say(t, "c1", "I inherited the house from my dad and the roof leaks")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		before := env.conv(t, "c1").Score

		env.clock.Advance(time.Minute)
		out = env.say(t, "c1", "We want to sell within 2 months and we're hoping for around 300k")
		require.Equal(t, handoff.OutcomeRecorded, out.Kind)
		c := env.conv(t, "c1")
		require.Contains(t, c.Fields, store.FieldName("timeline"))
		require.Contains(t, c.Fields, store.FieldName("price"))
		require.Greater(t, c.Score, before, "the facts given after the handoff count in the score the rep sees")
		require.Equal(t, c.Score, out.Score, "the outcome reports the score stored")
		b, err := env.e.Brief(ctx, dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, c.Score, b.Score, "the brief shows the score of the fields it lists")

		env.clock.Advance(time.Hour)
		_, err = env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		c = env.conv(t, "c1")
		require.Len(t, c.Baseline.Fields, 4)
		require.Equal(t, c.Score, c.Baseline.Score, "the baseline is the score of what the AI knows at the resume")

		for _, body := range []string{"ok thanks", "sounds good", "the kitchen is pretty old too"} {
			env.clock.Advance(time.Minute)
			out = env.say(t, "c1", body)
			require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q fired again on the facts known at the resume: %s %q", body, out.Reason, out.Detail)
		}
		env.clock.Advance(time.Minute)
		out = env.say(t, "c1", "yes I'm ready, let's list it this week")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind, "readiness is new evidence")
	})
}
