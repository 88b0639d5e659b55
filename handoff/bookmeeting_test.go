package handoff_test

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// repHeldOffer is c1, a New York lead offered Sarah's slots on a handoff
// at Monday 15:00; Sarah wrote a minute later, so she holds the thread,
// and the lead then picked the second slot (tomorrow at 9am), which the
// engine rightly did not book. It returns the slot the lead picked.
func repHeldOffer(t *testing.T, env *afterEnv) store.MeetingSlot {
	t.Helper()
	ctx := context.Background()
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	out := env.say(t, "c1", "can you call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Len(t, out.Conversation.Meeting.Offered, 2)
	picked := out.Conversation.Meeting.Offered[1]
	env.runOnce(t) // the bridge offering the slots goes: the lead's pick reads it
	env.clock.Advance(time.Minute)
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Body: "Hi, Sarah here!", Send: true})
	require.NoError(t, err)
	env.clock.Advance(time.Minute)
	env.say(t, "c1", "the second one works")
	require.Empty(t, env.conv(t, "c1").Meeting.BookingID, "a pick once a rep holds the thread books nothing by itself")
	return picked
}

func itemBody(t *testing.T, it store.OutboxItem) string {
	t.Helper()
	var p struct{ Body string }
	require.NoError(t, json.Unmarshal(it.Payload, &p))
	return p.Body
}

// reminderItems lists c1's queued texts whose key starts with prefix
// ("reminder:" a meeting's reminder, "notice:" a rep's text about it).
func reminderItems(t *testing.T, st store.Store, prefix string) []store.OutboxItem {
	t.Helper()
	var out []store.OutboxItem
	for _, it := range onlyKind(outboxOf(t, st, "c1"), store.OutboxReminder) {
		if strings.HasPrefix(it.IdempotencyKey, prefix) {
			out = append(out, it)
		}
	}
	return out
}

func eventsOf(t *testing.T, e *handoff.Engine, id string, kind store.EventKind) []store.Event {
	t.Helper()
	evs, err := e.Events(context.Background(), dspTenant, id)
	require.NoError(t, err)
	var out []store.Event
	for _, ev := range evs {
		if ev.Kind == kind {
			out = append(out, ev)
		}
	}
	return out
}

// TestRepBooksTheMeetingAfterTakingOver (reviewer V, D4): a rep who took
// the thread over books the lead's pick through the engine: it is on her
// calendar and on the conversation, the lead's reminder is queued for 30
// minutes before in the lead's day and goes, the rep records the
// outcome, and the report counts the meeting booked and held.
func TestRepBooksTheMeetingAfterTakingOver(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env, cal := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		picked := repHeldOffer(t, env)
		engaged := env.conv(t, "c1").EngagedAt
		require.False(t, engaged.IsZero())

		res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: picked.Start})
		require.NoError(t, err)
		c := res.Conversation
		require.Equal(t, store.StateHuman, c.State, "the rep still holds the thread")
		require.Equal(t, "sarah", c.AssignedTo)
		require.NotEmpty(t, c.Meeting.BookingID)
		require.True(t, picked.Start.Equal(c.Meeting.Booked.Start))
		require.Equal(t, 15*time.Minute, c.Meeting.Booked.End.Sub(c.Meeting.Booked.Start), "the calendar's meeting length")
		require.Equal(t, "Sarah", c.Meeting.Booked.RepName)
		require.Empty(t, c.Meeting.Offered, "the offer is answered")
		require.True(t, c.Meeting.BookedAt.IsZero(), "BookedAt is the lead's booking; a rep's is a rep's action (EngagedAt)")
		require.True(t, engaged.Equal(env.conv(t, "c1").EngagedAt), "EngagedAt keeps the rep's first action")
		b, err := cal.Get(ctx, dspTenant, c.Meeting.BookingID)
		require.NoError(t, err)
		require.Equal(t, calendar.StatusBooked, b.Status)
		require.Equal(t, "c1", b.ConversationID)

		// The reminder, 30 minutes before, in the lead's words; no text to
		// the lead now, as the rep did not ask for one.
		rem := reminderItems(t, st, "reminder:")
		require.Len(t, rem, 1)
		require.True(t, picked.Start.Add(-30*time.Minute).Equal(rem[0].NotBefore), "due %v", rem[0].NotBefore)
		require.Contains(t, itemBody(t, rem[0]), "Sarah")
		require.Contains(t, itemBody(t, rem[0]), "9am")
		require.Empty(t, reminderItems(t, st, "notice:"))
		booked := eventsOf(t, env.e, "c1", store.EventBooked)
		require.Len(t, booked, 1)
		require.Equal(t, "rep", booked[0].Reason)
		require.Equal(t, store.RepActor("sarah"), booked[0].Actor)

		env.clock.Set(picked.Start.Add(-29 * time.Minute))
		env.runOnce(t)
		require.Contains(t, strings.Join(env.sent(), "\n"), itemBody(t, rem[0]), "the reminder went")

		env.clock.Set(picked.Start.Add(10 * time.Minute))
		_, err = env.e.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		b, err = cal.Get(ctx, dspTenant, c.Meeting.BookingID)
		require.NoError(t, err)
		require.Equal(t, calendar.StatusCompleted, b.Status)

		env.clock.Advance(time.Minute)
		m, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.EqualValues(t, 1, m.Booked)
		require.EqualValues(t, 1, m.MeetingsCompleted)
		require.EqualValues(t, 1, m.Responded)
		require.EqualValues(t, 0, m.BookedOnly)
	})
}

// TestRepBookingEngagesTheHandoff: a rep who books a meeting on a
// handoff nobody acted on yet (she phoned the lead from the CRM) has
// acted: the 5-minute clock stops (EngagedAt, an accept event reason
// book_meeting), the report counts the handoff responded, not booked
// only, and with NotifyLead the lead is texted the time.
func TestRepBookingEngagesTheHandoff(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
		env.clock.Advance(2 * time.Minute)
		res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Start: wednesday10am, NotifyLead: true})
		require.NoError(t, err)
		c := res.Conversation
		require.Equal(t, store.StateHandoff, c.State)
		require.False(t, c.EngagedAt.IsZero(), "the rep's booking is her action on the handoff")
		acc := eventsOf(t, env.e, "c1", store.EventAccept)
		require.Len(t, acc, 1)
		require.Equal(t, "book_meeting", acc[0].Reason)
		require.Contains(t, acc[0].Detail, "engaged after 2m0s")

		notice := reminderItems(t, st, "notice:")
		require.Len(t, notice, 1)
		require.Contains(t, itemBody(t, notice[0]), "Wed at 10am")
		require.Contains(t, res.Conversation.Meeting.Booked.RepName, "Sarah")
		require.Len(t, reminderItems(t, st, "reminder:"), 1)

		// The 5-minute rule leaves the handoff with her.
		env.clock.Advance(10 * time.Minute)
		env.runOnce(t)
		require.Empty(t, eventsOf(t, env.e, "c1", store.EventRerouted))
		require.Empty(t, eventsOf(t, env.e, "c1", store.EventSLAEscalated))
		require.Equal(t, "sarah", env.conv(t, "c1").AssignedTo)

		m, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.EqualValues(t, 1, m.Booked)
		require.EqualValues(t, 1, m.Responded)
		require.EqualValues(t, 0, m.BookedOnly)
		require.EqualValues(t, 0, m.Unanswered)
	})
}

// TestRepBookingTextsNoOptedOutLead: a rep may still book a call with a
// lead who opted out of texts, but no reminder and no text is queued to
// them, whatever NotifyLead says.
func TestRepBookingTextsNoOptedOutLead(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		picked := repHeldOffer(t, env)
		require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
		res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Start: picked.Start, NotifyLead: true})
		require.NoError(t, err)
		require.NotEmpty(t, res.Conversation.Meeting.BookingID)
		for _, it := range onlyKind(outboxOf(t, st, "c1"), store.OutboxReminder) {
			require.NotEqual(t, store.OutboxPending, it.Status, "queued to an opted-out lead: %s", it.IdempotencyKey)
		}
		require.Empty(t, reminderItems(t, st, "reminder:"))
		require.Empty(t, reminderItems(t, st, "notice:"))
	})
}

// TestBookMeetingRefused: bad input, an unknown conversation or another
// tenant's, a meeting already booked (MoveMeeting moves it), another
// rep's thread, a time past, too soon, taken or off the rep's hours are
// refused with typed errors, and nothing is written: not the
// conversation, its trail, its outbox nor the calendar.
func TestBookMeetingRefused(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := meetSetup(t, st, nil) // c1 has a meeting with Sarah
		picked := func() time.Time {
			env.startWith(t, "c2", "+12125550102", "America/New_York")
			out := env.say(t, "c2", "can you call me")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			_, err := env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah"})
			require.NoError(t, err)
			return wednesday10am
		}()
		taken := wednesday10am.Add(30 * time.Minute)
		_, err := env.cal.Book(ctx, calendar.BookParams{TenantID: dspTenant, ConversationID: "other", IdempotencyKey: "other",
			Slot: calendar.Slot{RepID: "sarah", Start: taken, End: taken.Add(15 * time.Minute), TimeZone: "America/New_York"}})
		require.NoError(t, err)

		ok := handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah", Start: picked, NotifyLead: true}
		with := func(f func(*handoff.BookMeetingParams)) handoff.BookMeetingParams {
			p := ok
			f(&p)
			return p
		}
		cases := []struct {
			name string
			p    handoff.BookMeetingParams
			want error
		}{
			{"a meeting booked already", with(func(p *handoff.BookMeetingParams) { p.ConversationID = "c1" }), handoff.ErrInvalidTransition},
			{"another rep's thread", with(func(p *handoff.BookMeetingParams) { p.RepID = "mallory" }), handoff.ErrForbidden},
			{"in the past", with(func(p *handoff.BookMeetingParams) { p.Start = monday3pm.Add(-time.Hour) }), handoff.ErrInvalidInput},
			{"no time", with(func(p *handoff.BookMeetingParams) { p.Start = time.Time{} }), handoff.ErrInvalidInput},
			// (a JSON time cannot carry it: this panicked in the outbox payload)
			{"past year 9999", with(func(p *handoff.BookMeetingParams) { p.Start = time.Date(10001, 1, 6, 15, 0, 0, 0, time.UTC) }), handoff.ErrInvalidInput},
			{"sooner than the notice", with(func(p *handoff.BookMeetingParams) { p.Start = monday3pm.Add(15 * time.Minute) }), calendar.ErrSlotUnavailable},
			{"a taken time", with(func(p *handoff.BookMeetingParams) { p.Start = taken }), calendar.ErrSlotTaken},
			{"outside the rep's hours", with(func(p *handoff.BookMeetingParams) { p.Start = wednesday10am.Add(8 * time.Hour) }), calendar.ErrSlotUnavailable},
			{"off the rep's grid", with(func(p *handoff.BookMeetingParams) { p.Start = wednesday10am.Add(7 * time.Minute) }), calendar.ErrSlotUnavailable},
			{"empty rep", with(func(p *handoff.BookMeetingParams) { p.RepID = "" }), handoff.ErrInvalidInput},
			{"control character", with(func(p *handoff.BookMeetingParams) { p.RepID = "sarah\x00" }), handoff.ErrInvalidInput},
			{"a name over a line", with(func(p *handoff.BookMeetingParams) { p.RepName = "Sarah\nJones" }), handoff.ErrInvalidInput},
			{"unknown conversation", with(func(p *handoff.BookMeetingParams) { p.ConversationID = "nope" }), handoff.ErrNotFound},
			{"another tenant's", with(func(p *handoff.BookMeetingParams) { p.TenantID = "other-tenant" }), handoff.ErrNotFound},
		}
		before1, before2 := env.trail(t, "c1"), env.trail(t, "c2")
		for _, tc := range cases {
			_, err := env.e.BookMeeting(ctx, tc.p)
			require.ErrorIs(t, err, tc.want, "%s: %v", tc.name, err)
			require.Equal(t, before1, env.trail(t, "c1"), "%s: nothing written", tc.name)
			require.Equal(t, before2, env.trail(t, "c2"), "%s: nothing written", tc.name)
			require.True(t, env.free(t, wednesday10am), "%s: nothing booked", tc.name)
			require.Equal(t, calendar.StatusBooked, env.status(t, env.m.BookingID), "%s: the meeting stands", tc.name)
		}
		var be *handoff.MeetingBookedError
		_, err = env.e.BookMeeting(ctx, with(func(p *handoff.BookMeetingParams) { p.ConversationID = "c1" }))
		require.ErrorAs(t, err, &be)
		require.Equal(t, env.m.BookingID, be.BookingID)
		require.Contains(t, err.Error(), "MoveMeeting")
	})
}

// trail is dspEnv.trail on any store.
func (env *meetEnv) trail(t *testing.T, id string) trail {
	t.Helper()
	evs, err := env.e.Events(context.Background(), dspTenant, id)
	require.NoError(t, err)
	return trail{Conv: env.conv(t, id), Events: evs, Items: outboxOf(t, env.st, id)}
}

// remoteCal is the store calendar seen as a remote one: no TxBooker, so
// the engine books before its commit and cancels after it. before, when
// set, runs once before the first Book.
type remoteCal struct {
	cal    *calendar.StoreCalendar
	mu     sync.Mutex
	before func()
}

func (r *remoteCal) FreeSlots(ctx context.Context, p calendar.SlotsParams) ([]calendar.Slot, error) {
	return r.cal.FreeSlots(ctx, p)
}

func (r *remoteCal) Book(ctx context.Context, p calendar.BookParams) (calendar.Booking, error) {
	r.mu.Lock()
	f := r.before
	r.before = nil
	r.mu.Unlock()
	if f != nil {
		f()
	}
	return r.cal.Book(ctx, p)
}

func (r *remoteCal) Cancel(ctx context.Context, p calendar.CancelParams) (calendar.Booking, error) {
	return r.cal.Cancel(ctx, p)
}

// TestRepBookingOnARemoteCalendar: with a calendar that cannot book in
// the engine's transaction, the rep's booking is made before the commit;
// when the commit loses to a meeting booked meanwhile (another tab of
// the rep), the call is refused and its own booking cancelled again, so
// the calendar holds one meeting for the conversation.
func TestRepBookingOnARemoteCalendar(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	remote := &remoteCal{}
	env, cal := bookingSetupConfig(t, monday3pm, func(c *handoff.Config) {
		remote.cal = c.Booking.Calendar.(*calendar.StoreCalendar)
		c.Booking.Calendar = remote
	}, route.Rep{ID: "sarah", Name: "Sarah"})
	picked := repHeldOffer(t, env)

	res, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: picked.Start})
	require.NoError(t, err)
	require.NotEmpty(t, res.Conversation.Meeting.BookingID)
	require.Len(t, reminderItems(t, env.st, "reminder:"), 1)
	_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
	require.NoError(t, err)

	// Another tab books Wednesday while this call books the pick.
	remote.before = func() {
		_, err := env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: wednesday10am})
		require.NoError(t, err)
	}
	_, err = env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: picked.Start})
	var be *handoff.MeetingBookedError
	require.ErrorAs(t, err, &be)
	c := env.conv(t, "c1")
	require.True(t, wednesday10am.Equal(c.Meeting.Booked.Start))
	slots, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: dspTenant, RepID: "sarah", From: picked.Start, To: picked.Start.Add(time.Second)})
	require.NoError(t, err)
	require.Len(t, slots, 1, "the losing call's booking is cancelled again")
}
