package handoff_test

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// escalated hands c1 off with an offer of Sarah's slots and lets the
// 5-minute rule escalate it to the team, unassigned, with the offer
// still waiting for a pick.
func escalated(t *testing.T, env *afterEnv) store.Conversation {
	t.Helper()
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
	env.runOnce(t)
	env.clock.Advance(5*time.Minute + time.Second)
	env.runOnce(t)
	c := env.conv(t, "c1")
	require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
	require.Empty(t, c.AssignedTo, "escalated to the team")
	require.Len(t, c.Meeting.Offered, 2)
	return c
}

// TestEscalatedHandoffOffersOtherTimes: after the 5-minute rule escalates
// a handoff to the team, a lead's wish for other times is answered with
// fresh slots of the rep the offer was made for, whose slot a pick books,
// as "the first one" of the first offer would have.
func TestEscalatedHandoffOffersOtherTimes(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetup(t, monday3pm)
	escalated(t, env)

	out := env.say(t, "c1", "neither, how about thursday")
	require.Contains(t, out.Reply, "Sarah", "fresh slots of the rep the offer was made for: %q", out.Reply)
	c := env.conv(t, "c1")
	require.Len(t, c.Meeting.Offered, 2)
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for _, o := range c.Meeting.Offered {
		require.Equal(t, "sarah", o.RepID)
		require.Equal(t, time.Thursday, o.Start.In(ny).Weekday())
	}
	require.Len(t, onlyKind(env.items(t, "c1"), store.OutboxBookingOffer), 1)
	env.runOnce(t) // the lead gets the fresh slots, and picks one of them

	out = env.say(t, "c1", "the first one")
	require.Contains(t, out.Reply, "booked with Sarah")
	c = env.conv(t, "c1")
	require.Equal(t, "sarah", c.Meeting.Booked.RepID)
	require.Equal(t, time.Thursday, c.Meeting.Booked.Start.In(ny).Weekday())
}

// failingCalendar is the store calendar whose FreeSlots fails once down
// is set.
type failingCalendar struct {
	*calendar.StoreCalendar
	down atomic.Bool
}

func (f *failingCalendar) FreeSlots(ctx context.Context, p calendar.SlotsParams) ([]calendar.Slot, error) {
	if f.down.Load() {
		return nil, errors.New("calendar unreachable")
	}
	return f.StoreCalendar.FreeSlots(ctx, p)
}

// TestOtherTimesWithNoneToOfferGetAHoldingText: a wish for other times
// when no slot can be offered (the calendar fails) is answered with the
// bridge's holding text, that a person will follow up, never silence;
// the offer stands and the rep hears of the message.
func TestOtherTimesWithNoneToOfferGetAHoldingText(t *testing.T) {
	t.Parallel()
	var cal *failingCalendar
	env, sc := bookingSetupWith(t, monday3pm, func(b *handoff.BookingConfig) {
		cal = &failingCalendar{StoreCalendar: b.Calendar.(*calendar.StoreCalendar)}
		b.Calendar = cal
	}, route.Rep{ID: "sarah", Name: "Sarah"})
	require.Same(t, sc, cal.StoreCalendar)
	before := escalated(t, env)
	cal.down.Store(true)

	out := env.say(t, "c1", "neither, how about thursday")
	require.NotEmpty(t, out.Reply, "the lead asked and is answered")
	bridges := onlyKind(env.items(t, "c1"), store.OutboxBridgeSMS)
	require.Len(t, bridges, 2, "the holding text goes like the bridge")
	require.Equal(t, store.OutboxPending, bridges[1].Status)
	c := env.conv(t, "c1")
	require.Equal(t, before.Meeting, c.Meeting, "nothing new offered")
	ms, err := env.e.Transcript(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	require.Equal(t, out.Reply, ms[len(ms)-1].Body)
	require.Len(t, onlyKind(env.items(t, "c1"), store.OutboxRepUpdate), 1, "the rep hears of it")
}
