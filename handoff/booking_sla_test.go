package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestBookingSettlesTheSLAButIsNoRepAction: in booking mode the lead's
// pick of a slot is a complete async handoff (a meeting on the rep's
// calendar, the rep briefed), so the 5-minute rule neither re-routes nor
// escalates it; but no rep acted, so EngagedAt stays zero and the report
// counts the handoff booked (BookedOnly), neither responded nor
// unanswered, with no SLA breach. The rep's accept later is the first
// rep action, and the time to rep is measured to it. A meeting booked on
// an earlier handoff does not settle a later one: its clock runs.
func TestBookingSettlesTheSLAButIsNoRepAction(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		ctx := context.Background()
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
		handoffAt := env.conv(t, "c1").HandoffAt
		env.clock.Advance(time.Second)
		require.Contains(t, env.say(t, "c1", "the first one").Reply, "booked with Sarah")
		c := env.conv(t, "c1")
		require.NotEmpty(t, c.Meeting.BookingID)
		require.Equal(t, "sarah", c.AssignedTo)
		require.True(t, c.EngagedAt.IsZero(), "the lead's pick is no rep's action: EngagedAt %v", c.EngagedAt)

		sla := func() int {
			return len(env.events(t, "c1", store.EventRerouted)) + len(env.events(t, "c1", store.EventSLAEscalated))
		}
		for range 4 { // 20 minutes, and nobody from the team acts
			env.clock.Advance(5*time.Minute + time.Second)
			env.runOnce(t)
		}
		require.Zero(t, sla(), "the booking settled the 5-minute rule")
		c = env.conv(t, "c1")
		require.Equal(t, "sarah", c.AssignedTo, "the meeting's rep keeps it")
		require.True(t, c.EngagedAt.IsZero())

		report := func() metrics.Report {
			t.Helper()
			r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
			require.NoError(t, err)
			return r
		}
		r := report()
		require.Equal(t, [6]int64{1, 0, 1, 0, 0, 1}, [6]int64{r.Handoffs, r.Responded, r.BookedOnly, r.Unanswered, r.SLABreaches, r.BookedHandoffs},
			"handoffs, responded, booked only, unanswered, SLA breaches, booked handoffs")

		// Sarah accepts: her first action, timed from the handoff.
		res, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		acceptAt := res.Conversation.EngagedAt
		require.False(t, acceptAt.IsZero())
		accepts := env.events(t, "c1", store.EventAccept)
		require.Len(t, accepts, 1)
		require.Equal(t, "engaged after "+acceptAt.Sub(handoffAt).Round(time.Second).String(), accepts[0].Detail)
		env.clock.Advance(time.Minute)
		r = report()
		require.Equal(t, [4]int64{1, 1, 0, 0}, [4]int64{r.Handoffs, r.Responded, r.BookedOnly, r.Unanswered})
		require.Equal(t, acceptAt.Sub(handoffAt), r.TimeToRepP50)

		// Back to the AI, the meeting still booked; the lead asks again and
		// picks nothing: this handoff's clock runs.
		_, err = env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "actually can someone call me right now").Kind)
		require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID, "the earlier meeting stands")
		env.clock.Advance(5*time.Minute + time.Second)
		env.runOnce(t)
		require.Equal(t, 1, sla(), "a meeting of an earlier handoff settles nothing")
	})
}
