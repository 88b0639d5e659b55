package handoff_test

import (
	"context"
	"fmt"
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

// TestLateSLACheckJudgesTheBookingAsOfItsDueTime: a Dispatcher that runs
// late (RunOnce from cron, or after downtime) judges the 5-minute rule as
// its check stood when it came due. A meeting the lead booked before the
// check came due settled the handoff, and calling it off after that
// settles nothing back: the check lapses as it would have on time, and
// the meeting's rep keeps the lead. The run had escalated such a handoff
// ("escalated to team after 15m0s, unassigned from sarah"), paged the team
// and counted a breach. A meeting called off before the check came due
// settled nothing, so the late check escalates; one booked after it came
// due but before the run still settles it, as it does today.
func TestLateSLACheckJudgesTheBookingAsOfItsDueTime(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		t0 := monday3pm
		// c1: booked at 0:30, the check due at 5:00, cancelled at 7:00;
		// c2: booked at 0:30, cancelled at 3:00; c3: booked at 7:00.
		for i, id := range []string{"c1", "c2", "c3"} {
			env.startWith(t, id, fmt.Sprintf("+1212555010%d", i+1), "America/New_York")
			require.Equal(t, handoff.OutcomeHandoff, env.say(t, id, "can you call me").Kind)
		}
		book := func(id, pick string) {
			env.say(t, id, pick)
			require.NotEmpty(t, env.conv(t, id).Meeting.BookingID, "%s booked", id)
		}
		env.clock.Set(t0.Add(30 * time.Second))
		book("c1", "the first one")
		book("c2", "the second one")
		env.clock.Set(t0.Add(3 * time.Minute))
		env.say(t, "c2", "I need to cancel the call")
		require.Empty(t, env.conv(t, "c2").Meeting.BookingID)
		env.clock.Set(t0.Add(7 * time.Minute))
		env.say(t, "c1", "I need to cancel the call")
		book("c3", "the first one")
		require.Empty(t, env.conv(t, "c1").Meeting.BookingID)

		env.clock.Set(t0.Add(15 * time.Minute)) // the run comes 10 minutes late
		env.runOnce(t)
		escalated := func(id string) int {
			return len(env.events(t, id, store.EventRerouted)) + len(env.events(t, id, store.EventSLAEscalated))
		}
		require.Zero(t, escalated("c1"), "booked when the check came due: settled, whatever happened after")
		require.Equal(t, "sarah", env.conv(t, "c1").AssignedTo)
		require.Equal(t, 1, escalated("c2"), "called off before the check came due: the 5-minute rule runs")
		require.Zero(t, escalated("c3"), "booked before the run: settled")
		for _, id := range []string{"c1", "c3"} {
			var items []store.OutboxItem
			require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
				var err error
				items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, ConversationID: id})
				return err
			}))
			items = onlyKind(items, store.OutboxSLACheck)
			require.Len(t, items, 1, id)
			require.Equal(t, store.OutboxDone, items[0].Status, "%s: the check lapsed", id)
		}
	})
}
