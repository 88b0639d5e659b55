package handoff_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// wednesday10am is 10:00 in New York, two days after monday3pm: free on
// Sarah's calendar and in the lead's day.
var wednesday10am = time.Date(2026, 3, 4, 15, 0, 0, 0, time.UTC)

// meetEnv is a lead, c1 in New York, with a meeting booked with Sarah
// (the second slot offered: tomorrow at 9am), its confirmation
// delivered, and a text the host scheduled for later.
type meetEnv struct {
	*afterEnv
	cal *calendar.StoreCalendar
	st  store.Store
	m   store.Meeting // the meeting booked
}

func meetSetup(t *testing.T, st store.Store, mod func(*handoff.Config)) *meetEnv {
	t.Helper()
	env, cal := bookingSetupOn(t, st, monday3pm, mod, route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
	require.Contains(t, env.say(t, "c1", "the second one").Reply, "booked with Sarah")
	_, err := env.e.ScheduleMessage(context.Background(), handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1",
		Body: "Here's the checklist for your walkthrough", At: monday3pm.Add(72 * time.Hour), Key: "checklist"})
	require.NoError(t, err)
	env.runOnce(t)
	m := env.conv(t, "c1").Meeting
	require.NotEmpty(t, m.BookingID)
	return &meetEnv{afterEnv: env, cal: cal, st: st, m: m}
}

// byKey lists c1's reminder-kind items whose key starts with prefix:
// "reminder:" the meeting's, "scheduled:" the host's, "notice:" the
// texts telling the lead of a rep's change.
func (env *meetEnv) byKey(t *testing.T, prefix string) []store.OutboxItem {
	t.Helper()
	var out []store.OutboxItem
	for _, it := range onlyKind(outboxOf(t, env.st, "c1"), store.OutboxReminder) {
		if strings.HasPrefix(it.IdempotencyKey, prefix) {
			out = append(out, it)
		}
	}
	return out
}

// snapshotOf is all that a call may write on c1: the conversation, its
// events, its outbox and the calendar's bookings of it.
func (env *meetEnv) snapshotOf(t *testing.T) trail {
	t.Helper()
	evs, err := env.e.Events(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	return trail{Conv: env.conv(t, "c1"), Events: evs, Items: outboxOf(t, env.st, "c1")}
}

// free reports whether Sarah's calendar has a free slot starting at start.
func (env *meetEnv) free(t *testing.T, start time.Time) bool {
	t.Helper()
	slots, err := env.cal.FreeSlots(context.Background(), calendar.SlotsParams{TenantID: dspTenant, RepID: "sarah",
		From: start, To: start.Add(time.Second), Limit: 1})
	require.NoError(t, err)
	return len(slots) == 1 && slots[0].Start.Equal(start)
}

func (env *meetEnv) status(t *testing.T, bookingID string) calendar.Status {
	t.Helper()
	b, err := env.cal.Get(context.Background(), dspTenant, bookingID)
	require.NoError(t, err)
	return b.Status
}

// TestCancelMeetingByTheRep: the rep calls the meeting off; the calendar
// is free again, the meeting's reminder cancelled, the host's scheduled
// text kept, the lead texted once (or not, per NotifyLead), the audit
// trail records it, and the conversation stays with its rep.
func TestCancelMeetingByTheRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		testCancelMeeting(t, meetSetup(t, st, nil), true)
	})
	t.Run("without a text", func(t *testing.T) {
		t.Parallel()
		testCancelMeeting(t, meetSetup(t, memstore.New(), nil), false)
	})
}

func testCancelMeeting(t *testing.T, env *meetEnv, notify bool) {
	ctx := context.Background()
	before := env.conv(t, "c1")
	require.False(t, env.free(t, env.m.Booked.Start))
	sent := len(env.sender.bodies())

	res, err := env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Reason: "rep out sick", NotifyLead: notify})
	require.NoError(t, err)
	require.Equal(t, 1, res.Cancelled, "the meeting's reminder")
	c := env.conv(t, "c1")
	require.Empty(t, c.Meeting.BookingID)
	require.Equal(t, before.State, c.State, "the conversation stays where it was")
	require.Equal(t, "sarah", c.AssignedTo, "and with its rep")
	require.Equal(t, calendar.StatusCancelled, env.status(t, env.m.BookingID))
	require.True(t, env.free(t, env.m.Booked.Start), "the slot is free again")

	rem := env.byKey(t, "reminder:")
	require.Len(t, rem, 1)
	require.Equal(t, store.OutboxCancelled, rem[0].Status, "the meeting's reminder is cancelled")
	require.Equal(t, store.OutboxPending, env.byKey(t, "scheduled:")[0].Status, "the host's text stays queued")
	evs := env.events(t, "c1", store.EventBookingCancel)
	require.Len(t, evs, 1)
	require.Equal(t, store.RepActor("sarah"), evs[0].Actor)
	require.Equal(t, "rep", evs[0].Reason)
	require.Contains(t, evs[0].Detail, "rep out sick")

	env.runOnce(t)
	env.runOnce(t)
	bodies := env.sender.bodies()[sent:]
	if !notify {
		require.Empty(t, bodies, "no text to the lead")
		require.Empty(t, env.byKey(t, "notice:"))
		return
	}
	require.Len(t, bodies, 1, "one text to the lead: %q", bodies)
	require.Contains(t, bodies[0], "cancelled")
	require.Contains(t, bodies[0], "Sarah")
	require.Contains(t, bodies[0], "tomorrow at 9am", "the text names the call's time")

	// Called off already: nothing to cancel, nothing written.
	after := env.snapshotOf(t)
	_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NotifyLead: true})
	var te *handoff.TransitionError
	require.ErrorAs(t, err, &te)
	require.Equal(t, after, env.snapshotOf(t))
}

// TestMoveMeetingByTheRep: the rep moves the meeting; the new time is
// booked and the old one free, one new reminder replaces the old, the
// host's text stays, the lead is texted the new time as the engine names
// slots, and the report still counts one meeting.
func TestMoveMeetingByTheRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		sent := len(env.sender.bodies())
		report := func() int64 {
			t.Helper()
			env.clock.Advance(time.Minute)
			m, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
			require.NoError(t, err)
			return m.Booked
		}
		require.Equal(t, int64(1), report())

		res, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Start: wednesday10am, NotifyLead: true})
		require.NoError(t, err)
		require.Equal(t, 1, res.Cancelled, "the old reminder")
		c := env.conv(t, "c1")
		require.True(t, c.Meeting.Booked.Start.Equal(wednesday10am), "%v", c.Meeting.Booked.Start)
		require.Equal(t, "sarah", c.Meeting.Booked.RepID)
		require.Equal(t, "sarah", c.AssignedTo)
		require.NotEqual(t, env.m.BookingID, c.Meeting.BookingID)
		require.Equal(t, calendar.StatusCancelled, env.status(t, env.m.BookingID))
		require.Equal(t, calendar.StatusBooked, env.status(t, c.Meeting.BookingID))
		require.True(t, env.free(t, env.m.Booked.Start), "the old time is free again")
		require.False(t, env.free(t, wednesday10am), "the new time is taken")

		rem := env.byKey(t, "reminder:")
		require.Len(t, rem, 2)
		require.Equal(t, store.OutboxCancelled, rem[0].Status, "the old reminder")
		require.Equal(t, store.OutboxPending, rem[1].Status, "one new reminder")
		require.Equal(t, wednesday10am.Add(-30*time.Minute), rem[1].NotBefore.UTC())
		require.Equal(t, store.OutboxPending, env.byKey(t, "scheduled:")[0].Status, "the host's text stays queued")

		rs := env.events(t, "c1", store.EventRescheduled)
		require.Len(t, rs, 1)
		require.Equal(t, store.RepActor("sarah"), rs[0].Actor)
		require.Equal(t, int64(1), report(), "a moved meeting is still one meeting")

		env.runOnce(t)
		env.runOnce(t)
		bodies := env.sender.bodies()[sent:]
		require.Len(t, bodies, 1, "one text to the lead: %q", bodies)
		ny, err := time.LoadLocation("America/New_York")
		require.NoError(t, err)
		require.Contains(t, bodies[0], bridge.SlotPhrase(wednesday10am.In(ny), monday3pm), "the new time, named as slots are")
		require.Contains(t, bodies[0], "Sarah")
		require.Contains(t, bodies[0], "30 minutes", "the reminder it promises is queued")

		// The new reminder names the new time when it goes.
		env.clock.Set(wednesday10am.Add(-30 * time.Minute))
		env.runOnce(t)
		require.Contains(t, lastOf(env.sender.bodies()), "10am")
	})
}

// TestMeetingChangeRefused: another rep, no meeting, a taken or
// unavailable time, bad input, an unknown conversation or another
// tenant's are refused with the package's typed errors, and nothing is
// written: not the conversation, the audit trail, the outbox nor the
// calendar.
func TestMeetingChangeRefused(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		// The lead's day ends at 16:00, before Sarah's.
		env := meetSetup(t, st, func(c *handoff.Config) { c.Booking.LeadHours = dnc.QuietHours{Start: 9, End: 16} })
		ctx := context.Background()
		env.startWith(t, "c2", "+12125550102", "America/New_York") // no meeting
		// Another lead's meeting holds Wednesday 10:30.
		taken := wednesday10am.Add(30 * time.Minute)
		_, err := env.cal.Book(ctx, calendar.BookParams{TenantID: dspTenant, ConversationID: "other", IdempotencyKey: "other",
			Slot: calendar.Slot{RepID: "sarah", Start: taken, End: taken.Add(15 * time.Minute), TimeZone: "America/New_York"}})
		require.NoError(t, err)

		cancel := func(p handoff.CancelMeetingParams) error {
			_, err := env.e.CancelMeeting(ctx, p)
			return err
		}
		move := func(p handoff.MoveMeetingParams) error {
			_, err := env.e.MoveMeeting(ctx, p)
			return err
		}
		ok := handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: wednesday10am, NotifyLead: true}
		with := func(f func(*handoff.MoveMeetingParams)) handoff.MoveMeetingParams {
			p := ok
			f(&p)
			return p
		}
		cases := []struct {
			name string
			call func() error
			want error
		}{
			{"cancel by another rep", func() error {
				return cancel(handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mallory", NotifyLead: true})
			}, handoff.ErrForbidden},
			{"move by another rep", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.RepID = "mallory" })) }, handoff.ErrForbidden},
			{"cancel without a meeting", func() error {
				return cancel(handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c2", RepID: "sarah"})
			}, handoff.ErrInvalidTransition},
			{"move without a meeting", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.ConversationID = "c2" })) }, handoff.ErrInvalidTransition},
			{"a taken time", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.Start = taken })) }, calendar.ErrSlotTaken},
			{"outside the rep's hours", func() error {
				return move(with(func(p *handoff.MoveMeetingParams) { p.Start = wednesday10am.Add(8 * time.Hour) }))
			}, calendar.ErrSlotUnavailable},
			{"outside the lead's day", func() error {
				return move(with(func(p *handoff.MoveMeetingParams) { p.Start = wednesday10am.Add(6*time.Hour + 30*time.Minute) }))
			}, calendar.ErrSlotUnavailable},
			{"in the past", func() error {
				return move(with(func(p *handoff.MoveMeetingParams) { p.Start = monday3pm.Add(-time.Hour) }))
			}, handoff.ErrInvalidInput},
			{"no time", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.Start = time.Time{} })) }, handoff.ErrInvalidInput},
			{"past year 9999", func() error {
				return move(with(func(p *handoff.MoveMeetingParams) { p.Start = time.Date(10001, 1, 6, 15, 0, 0, 0, time.UTC) }))
			}, handoff.ErrInvalidInput},
			{"the same time", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.Start = env.m.Booked.Start })) }, handoff.ErrInvalidInput},
			{"empty tenant", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.TenantID = "" })) }, handoff.ErrInvalidInput},
			{"control character", func() error {
				return cancel(handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah\x00"})
			}, handoff.ErrInvalidInput},
			{"control character in the reason", func() error {
				return cancel(handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Reason: "a\x00b"})
			}, handoff.ErrInvalidInput},
			{"unknown conversation", func() error { return move(with(func(p *handoff.MoveMeetingParams) { p.ConversationID = "nope" })) }, handoff.ErrNotFound},
			{"another tenant's", func() error {
				return cancel(handoff.CancelMeetingParams{TenantID: "other-tenant", ConversationID: "c1", RepID: "sarah"})
			}, handoff.ErrNotFound},
		}
		before := env.snapshotOf(t)
		for _, tc := range cases {
			err := tc.call()
			require.ErrorIs(t, err, tc.want, "%s: %v", tc.name, err)
			require.Equal(t, before, env.snapshotOf(t), "%s: nothing written", tc.name)
			require.Equal(t, calendar.StatusBooked, env.status(t, env.m.BookingID), "%s: the meeting stands", tc.name)
			require.True(t, env.free(t, wednesday10am), "%s: nothing booked", tc.name)
		}
		var te *handoff.TransitionError
		require.ErrorAs(t, move(with(func(p *handoff.MoveMeetingParams) { p.ConversationID = "c2" })), &te)
		var se *calendar.SlotError
		require.ErrorAs(t, move(with(func(p *handoff.MoveMeetingParams) { p.Start = taken })), &se)
	})
}

// TestMeetingChangeTextsNoOptedOutLead: a lead who opted out is texted
// neither the cancellation nor the new time, nor a new reminder, though
// a rep drives the thread; the calendar still changes.
func TestMeetingChangeTextsNoOptedOutLead(t *testing.T) {
	t.Parallel()
	env := meetSetup(t, memstore.New(), nil)
	ctx := context.Background()
	require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
	env.runOnce(t)
	_, err := env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
	require.NoError(t, err)
	require.Equal(t, store.StateHuman, env.conv(t, "c1").State, "a rep drives: only the opt-out holds the texts back")
	sent := len(env.sender.bodies())

	_, err = env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Start: wednesday10am, NotifyLead: true})
	require.NoError(t, err)
	require.False(t, env.free(t, wednesday10am), "moved on the calendar")
	require.Empty(t, env.byKey(t, "notice:"), "no text queued")
	for _, it := range env.byKey(t, "reminder:") {
		require.Equal(t, store.OutboxCancelled, it.Status, "no reminder queued")
	}

	_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NotifyLead: true})
	require.NoError(t, err)
	require.True(t, env.free(t, wednesday10am), "cancelled on the calendar")
	require.Empty(t, env.byKey(t, "notice:"), "no text queued")
	env.clock.Set(wednesday10am.Add(-time.Hour))
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), sent, "nothing went to the lead")
}

// TestMeetingChangeNoticeReplacedByTheNextChange: a later change of the
// meeting cancels the text of an earlier one still queued, so the lead
// is never told a time that no longer holds.
func TestMeetingChangeNoticeReplacedByTheNextChange(t *testing.T) {
	t.Parallel()
	env := meetSetup(t, memstore.New(), nil)
	ctx := context.Background()
	_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Start: wednesday10am, NotifyLead: true})
	require.NoError(t, err)
	require.Len(t, env.byKey(t, "notice:"), 1)
	_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NotifyLead: true})
	require.NoError(t, err)
	notes := env.byKey(t, "notice:")
	require.Len(t, notes, 2)
	require.Equal(t, store.OutboxCancelled, notes[0].Status, "the new time, stale before it went")
	require.Equal(t, store.OutboxPending, notes[1].Status, "the cancellation")
	sent := len(env.sender.bodies())
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), sent+1)
	require.Contains(t, lastOf(env.sender.bodies()), "cancelled")
}

// meetingNotes lists the rep notifications of a meeting booked or moved
// (idempotency key "meeting:") that reached the Notifier.
func (env *meetEnv) meetingNotes() []handoff.Notification {
	env.notes.mu.Lock()
	defer env.notes.mu.Unlock()
	var out []handoff.Notification
	for _, n := range env.notes.n {
		if n.Item.Kind == store.OutboxRepNotification && strings.HasPrefix(n.IdempotencyKey, "meeting:") {
			out = append(out, n)
		}
	}
	return out
}

// TestMoveMeetingTellsTheMeetingsRep: a meeting moved by the rep it is
// with, or by another rep who took the thread over, reaches the
// meeting's rep through the Notifier, as a lead's pick or reschedule
// does, with a brief showing the meeting at its new time; queued in the
// move's commit, delivered by the Dispatcher.
func TestMoveMeetingTellsTheMeetingsRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		require.Len(t, env.meetingNotes(), 1, "the booking's notification")

		_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: wednesday10am})
		require.NoError(t, err)
		var queued []store.OutboxItem
		for _, it := range onlyKind(outboxOf(t, env.st, "c1"), store.OutboxRepNotification) {
			if it.Status == store.OutboxPending {
				queued = append(queued, it)
			}
		}
		require.Len(t, queued, 1, "queued in the move's commit")
		env.runOnce(t)
		notes := env.meetingNotes()
		require.Len(t, notes, 2, "the move's notification")
		n := notes[1]
		require.Equal(t, "sarah", n.Item.To)
		require.Len(t, n.Brief.Meetings, 1, "%+v", n.Brief.Meetings)
		require.True(t, n.Brief.Meetings[0].Start.Equal(wednesday10am), "the new time: %v", n.Brief.Meetings[0].Start)

		// Mike takes the thread over and moves Sarah's meeting: Sarah is told.
		_, err = env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mike"})
		require.NoError(t, err)
		thursday := wednesday10am.Add(24 * time.Hour)
		_, err = env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mike", Start: thursday})
		require.NoError(t, err)
		env.runOnce(t)
		notes = env.meetingNotes()
		require.Len(t, notes, 3)
		require.Equal(t, "sarah", notes[2].Item.To, "the meeting's rep, not the mover")
		require.True(t, notes[2].Brief.Meetings[0].Start.Equal(thursday))
	})
}

// TestMoveMeetingKeepsTheBookingNotice: a move to a time sooner than
// Config.Booking.Notice (by default the reminder's 30 minutes) is refused
// as a lead's reschedule never offers it, with a *calendar.SlotError
// matching calendar.ErrSlotUnavailable, and nothing is written; a time
// just that far ahead is taken.
func TestMoveMeetingKeepsTheBookingNotice(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		before := env.snapshotOf(t)
		soon := monday3pm.Add(15 * time.Minute)
		_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", Start: soon, NotifyLead: true})
		var se *calendar.SlotError
		require.ErrorAs(t, err, &se)
		require.ErrorIs(t, err, calendar.ErrSlotUnavailable)
		require.Contains(t, se.Detail, "Notice")
		require.Equal(t, before, env.snapshotOf(t), "nothing written")
		require.True(t, env.free(t, soon), "nothing booked")
		require.Equal(t, calendar.StatusBooked, env.status(t, env.m.BookingID), "the meeting stands")

		_, err = env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Start: monday3pm.Add(30 * time.Minute), NotifyLead: true})
		require.NoError(t, err)
	})
}

// TestCancelMeetingTellsTheMeetingsRep: a meeting called off by another
// rep (here Mike, who took the thread over from Sarah and is now the
// assigned rep) reaches the rep it was with through the Notifier, as a
// move does: a rep notification to Sarah, queued in the cancel's commit,
// whose brief lists the meeting as cancelled. Sarah had heard nothing and
// would have waited for the call. So is Sarah told when she calls it off
// herself (the host's CRM may have done it in her name), as for a move.
func TestCancelMeetingTellsTheMeetingsRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		require.Len(t, env.meetingNotes(), 1, "the booking's notification")
		_, err := env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mike"})
		require.NoError(t, err)
		_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mike",
			Reason: "the lead asked me on the phone"})
		require.NoError(t, err)
		var queued []store.OutboxItem
		for _, it := range onlyKind(outboxOf(t, env.st, "c1"), store.OutboxRepNotification) {
			if it.Status == store.OutboxPending {
				queued = append(queued, it)
			}
		}
		require.Len(t, queued, 1, "queued in the cancel's commit")
		env.runOnce(t)
		notes := env.meetingNotes()
		require.Len(t, notes, 2, "the cancel's notification")
		n := notes[1]
		require.Equal(t, "sarah", n.Item.To, "the meeting's rep, not the one who cancelled it")
		require.Len(t, n.Brief.Meetings, 1, "%+v", n.Brief.Meetings)
		require.Equal(t, "cancelled", n.Brief.Meetings[0].Status)
		require.True(t, n.Brief.Meetings[0].Start.Equal(env.m.Booked.Start))
		require.Contains(t, n.Brief.Text(), "(cancelled)")
		require.Empty(t, n.Conversation.Meeting.BookingID)
	})
	t.Run("by the meeting's rep", func(t *testing.T) {
		t.Parallel()
		env := meetSetup(t, memstore.New(), nil)
		_, err := env.e.CancelMeeting(context.Background(), handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		require.NoError(t, err)
		env.runOnce(t)
		notes := env.meetingNotes()
		require.Len(t, notes, 2)
		require.Equal(t, "sarah", notes[1].Item.To)
		require.Equal(t, "cancelled", notes[1].Brief.Meetings[0].Status)
	})
}

// TestLeadCancelTellsTheMeetingsRep: a lead who calls the meeting off by
// text is heard by the rep the meeting is with, as when a rep calls it
// off (CancelMeeting): a rep notification to the meeting's rep whose
// brief lists the meeting as cancelled, with the lead's words. When
// another rep holds the thread (Mike took it over from Sarah), Mike gets
// his rep update as for any lead message and Sarah her notification;
// when the meeting's rep holds it, she is told once, not twice. Sarah
// had heard nothing of a meeting called off while Mike held the thread,
// and would have waited for the call.
func TestLeadCancelTellsTheMeetingsRep(t *testing.T) {
	t.Parallel()
	// told lists what reached each rep after the booking's notification,
	// once every queued item is due.
	told := func(t *testing.T, env *meetEnv) map[string][]handoff.Notification {
		t.Helper()
		env.clock.Advance(2 * time.Minute) // past Config.UpdateDelay
		env.runOnce(t)
		env.notes.mu.Lock()
		defer env.notes.mu.Unlock()
		out := map[string][]handoff.Notification{}
		for _, n := range env.notes.n {
			if !strings.HasPrefix(n.IdempotencyKey, "meeting:book:") || strings.HasSuffix(n.IdempotencyKey, ":cancelled") {
				out[n.Item.To] = append(out[n.Item.To], n)
			}
		}
		return out
	}
	requireCancelled := func(t *testing.T, n handoff.Notification, m store.Meeting) {
		t.Helper()
		require.Equal(t, store.OutboxRepNotification, n.Item.Kind)
		require.Len(t, n.Brief.Meetings, 1, "%+v", n.Brief.Meetings)
		require.Equal(t, "cancelled", n.Brief.Meetings[0].Status)
		require.True(t, n.Brief.Meetings[0].Start.Equal(m.Booked.Start))
		require.Equal(t, "I need to cancel the call", n.Brief.LastLeadMessage, "with the lead's words")
	}
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := meetSetup(t, st, nil)
		ctx := context.Background()
		_, err := env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "mike"})
		require.NoError(t, err)
		env.runOnce(t)
		env.notes.mu.Lock()
		env.notes.n = nil // what the takeover sent
		env.notes.mu.Unlock()

		out := env.say(t, "c1", "I need to cancel the call")
		require.Empty(t, out.Reply, "the rep drives: nothing automated answers")
		require.Empty(t, env.conv(t, "c1").Meeting.BookingID, "called off")
		got := told(t, env)
		require.Len(t, got["sarah"], 1, "the meeting's rep is told: %+v", got)
		requireCancelled(t, got["sarah"][0], env.m)
		require.Len(t, got["mike"], 1, "the rep holding the thread is told once: %+v", got)
		require.Equal(t, store.OutboxRepUpdate, got["mike"][0].Item.Kind)
		require.Len(t, got, 2, "nobody else: %+v", got)
	})
	for _, take := range []bool{false, true} {
		t.Run(map[bool]string{false: "the meeting's rep waits on the handoff", true: "the meeting's rep drives"}[take], func(t *testing.T) {
			t.Parallel()
			env := meetSetup(t, memstore.New(), nil)
			if take {
				_, err := env.e.TakeOver(context.Background(), handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
				require.NoError(t, err)
			}
			env.runOnce(t)
			env.notes.mu.Lock()
			env.notes.n = nil
			env.notes.mu.Unlock()

			env.say(t, "c1", "I need to cancel the call")
			got := told(t, env)
			require.Len(t, got["sarah"], 1, "told once, not twice: %+v", got)
			requireCancelled(t, got["sarah"][0], env.m)
			require.Len(t, got, 1, "nobody else: %+v", got)
		})
	}
}
