package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// TestMeetingOutcomeOnlyOnceTheMeetingStarted: whether the lead showed up
// is known only once the meeting has started. An outcome recorded the day
// before (a rep clicking "no show" on tomorrow's meeting) is refused with
// a *TransitionError and writes nothing: the show rate is not spoiled,
// the calendar still holds the meeting, its reminder still goes, and the
// meeting gets its real outcome when it has started.
func TestMeetingOutcomeOnlyOnceTheMeetingStarted(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		outcome := func(noShow bool) error {
			_, err := env.e.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NoShow: noShow})
			return err
		}
		start := env.m.Booked.Start
		require.True(t, start.After(env.clock.Now().Add(12*time.Hour)), "the meeting is tomorrow: %v", start)

		before := env.snapshotOf(t)
		for _, noShow := range []bool{true, false} {
			err := outcome(noShow)
			var te *handoff.TransitionError
			require.ErrorAs(t, err, &te, "no_show=%v before the meeting started", noShow)
			require.ErrorIs(t, err, handoff.ErrInvalidTransition)
			require.Equal(t, before, env.snapshotOf(t), "a refused outcome writes nothing")
		}
		env.clock.Set(start.Add(-time.Second))
		require.ErrorIs(t, outcome(true), handoff.ErrInvalidTransition, "a second before the start")
		require.Equal(t, calendar.StatusBooked, env.status(t, env.m.BookingID))
		rem := env.byKey(t, "reminder:")
		require.Len(t, rem, 1)
		require.Equal(t, store.OutboxPending, rem[0].Status, "the meeting's reminder still goes")
		m, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Equal(t, [2]int64{0, 0}, [2]int64{m.MeetingsCompleted, m.NoShows}, "no outcome counted")

		// The meeting starts; the lead is not there.
		env.clock.Set(start.Add(10 * time.Minute))
		require.NoError(t, outcome(true))
		require.Len(t, env.events(t, "c1", store.EventNoShow), 1)
		require.Equal(t, calendar.StatusNoShow, env.status(t, env.m.BookingID))
		env.clock.Advance(time.Minute)
		m, err = env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.Equal(t, [2]int64{0, 1}, [2]int64{m.MeetingsCompleted, m.NoShows})
	})
}

// TestMeetingOutcomeWithoutAMeetingSaysSo: the outcome of a meeting on a
// conversation without one names the missing meeting, not the state the
// rep holds the thread in (it read "cannot meeting_outcome from human");
// it is still an invalid transition, and writes nothing.
func TestMeetingOutcomeWithoutAMeetingSaysSo(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetupOn(t, memstore.New(), monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
	repHeldOffer(t, env)
	ctx := context.Background()
	before := env.trail(t, "c1")
	calls := map[string]func() error{
		"meeting_outcome": func() error {
			_, err := env.e.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
			return err
		},
		"move_meeting": func() error {
			_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: wednesday10am})
			return err
		},
		"cancel_meeting": func() error {
			_, err := env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
			return err
		},
	}
	for action, call := range calls {
		err := call()
		var nm *handoff.NoMeetingError
		require.ErrorAs(t, err, &nm, action)
		require.Equal(t, handoff.Action(action), nm.Action)
		require.Equal(t, "c1", nm.ConversationID)
		require.True(t, nm.Offered, "the lead's pick waits for the rep")
		require.ErrorIs(t, err, handoff.ErrInvalidTransition)
		var te *handoff.TransitionError
		require.ErrorAs(t, err, &te, "callers that looked for a TransitionError still find one")
		require.Contains(t, err.Error(), "no booked meeting")
		require.Contains(t, err.Error(), "BookMeeting")
		require.NotContains(t, err.Error(), "from human")
		require.Equal(t, before, env.trail(t, "c1"), "%s: nothing written", action)
	}
}
