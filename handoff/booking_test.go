package handoff_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
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

// bookingSetup: one rep, Sarah, 9-17 New York, 15-minute meetings.
func bookingSetup(t *testing.T, now time.Time) (*afterEnv, *calendar.StoreCalendar) {
	t.Helper()
	return bookingSetupWith(t, now, nil, route.Rep{ID: "sarah", Name: "Sarah"})
}

// bookingSetupWith: reps, each 9-17 New York, 15-minute meetings; mod may
// adjust the booking config.
func bookingSetupWith(t *testing.T, now time.Time, mod func(*handoff.BookingConfig), reps ...route.Rep) (*afterEnv, *calendar.StoreCalendar) {
	t.Helper()
	return bookingSetupConfig(t, now, func(c *handoff.Config) {
		if mod != nil {
			mod(c.Booking)
		}
	}, reps...)
}

// bookingSetupConfig is bookingSetupWith, mod adjusting the whole config.
func bookingSetupConfig(t *testing.T, now time.Time, mod func(*handoff.Config), reps ...route.Rep) (*afterEnv, *calendar.StoreCalendar) {
	t.Helper()
	return bookingSetupOn(t, memstore.New(), now, mod, reps...)
}

// bookingSetupOn is bookingSetupConfig on st.
func bookingSetupOn(t *testing.T, st store.Store, now time.Time, mod func(*handoff.Config), reps ...route.Rep) (*afterEnv, *calendar.StoreCalendar) {
	t.Helper()
	clk := &dspClock{t: now}
	schedules := calendar.Schedules{}
	for _, r := range reps {
		schedules[r.ID] = calendar.Schedule{TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}
	}
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: clk.Now, Schedules: schedules,
		Policy: calendar.Policy{MeetingLength: 15 * time.Minute}})
	require.NoError(t, err)
	env := afterSetup(t, st, route.NewPool(reps...), func(c *handoff.Config) {
		c.Booking = &handoff.BookingConfig{Calendar: cal}
		if mod != nil {
			mod(c)
		}
		c.Now = clk.Now
	})
	env.clock = clk
	return env, cal
}

func (env *afterEnv) say(t *testing.T, id, body string) handoff.Outcome {
	t.Helper()
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: body})
	require.NoError(t, err)
	return out
}

var monday3pm = time.Date(2026, 3, 2, 20, 0, 0, 0, time.UTC) // 15:00 in New York

func TestBookingOfferPickConfirmRemind(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	out := env.say(t, "c1", "can you call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Contains(t, out.Reply, "today at 3:30pm", "the bridge offers concrete slots: %q", out.Reply)
	require.Len(t, out.Conversation.Meeting.Offered, 2)

	out = env.say(t, "c1", "the first one")
	require.Contains(t, out.Reply, "booked with Sarah")
	c := env.conv(t, "c1")
	require.NotEmpty(t, c.Meeting.BookingID)
	require.Empty(t, c.Meeting.Offered)
	items := env.items(t, "c1")
	require.Len(t, onlyKind(items, store.OutboxBookingConfirm), 1)
	rem := onlyKind(items, store.OutboxReminder)
	require.Len(t, rem, 1)
	require.Equal(t, c.Meeting.Booked.Start.Add(-30*time.Minute), rem[0].NotBefore.UTC())
	require.Len(t, env.events(t, "c1", store.EventBooked), 1)

	// The meeting starts; the rep marks the lead a no-show: audited for
	// the show rate.
	env.clock.Set(c.Meeting.Booked.Start.Add(5 * time.Minute))
	_, err := env.e.MeetingOutcome(context.Background(), handoff.MeetingOutcomeParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NoShow: true})
	require.NoError(t, err)
	require.Len(t, env.events(t, "c1", store.EventNoShow), 1)
}

// TestBookingConfirmationPromisesTheReminderQueued: the confirmation of a
// pick says how long before the meeting the reminder goes, as configured
// (BookingConfig.ReminderBefore), and promises none when none is queued:
// reminders turned off, or one that would fall before now because the
// lead picked a slot soon after the offer.
func TestBookingConfirmationPromisesTheReminderQueued(t *testing.T) {
	t.Parallel()
	sarah := route.Rep{ID: "sarah", Name: "Sarah"}
	cases := []struct {
		name   string
		before time.Duration
		wait   time.Duration // from the offer to the pick
		pick   string
		want   string // "" for no reminder
	}{
		{"an hour", time.Hour, 0, "the first one", "1 hour before"},
		{"45 minutes", 45 * time.Minute, 0, "the second one", "45 minutes before"},
		{"a day", 24 * time.Hour, 0, "the first one", "a day before"},
		{"the default", 0, 0, "the first one", "30 minutes before"},
		{"turned off", -1, 0, "the first one", ""},
		{"due before the pick", 0, 10 * time.Minute, "the first one", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env, _ := bookingSetupWith(t, monday3pm, func(b *handoff.BookingConfig) { b.ReminderBefore = tc.before }, sarah)
			env.startWith(t, "c1", "+12125550101", "America/New_York")
			require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
			env.clock.Advance(tc.wait)
			out := env.say(t, "c1", tc.pick)
			require.Contains(t, out.Reply, "booked with Sarah", "%q", out.Reply)
			rem := onlyKind(env.items(t, "c1"), store.OutboxReminder)
			if tc.want == "" {
				require.Empty(t, rem, "no reminder queued")
				require.NotContains(t, strings.ToLower(out.Reply), "remind", "no reminder promised: %q", out.Reply)
				return
			}
			require.Len(t, rem, 1)
			require.Contains(t, out.Reply, "reminder "+tc.want, "%q", out.Reply)
			before := tc.before
			if before == 0 {
				before = 30 * time.Minute
			}
			require.Equal(t, env.conv(t, "c1").Meeting.Booked.Start.Add(-before), rem[0].NotBefore.UTC())
		})
	}
}

// TestBookingNotificationShowsTheBookedMeeting: the rep's notification of
// a booking carries the meeting just booked ("Meeting details (if
// booked)"), not the slots that were waiting for a pick; after a
// reschedule, the new meeting, not the one the lead moved away from.
func TestBookingNotificationShowsTheBookedMeeting(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	env.say(t, "c1", "can you call me")
	env.say(t, "c1", "the second one")
	env.runOnce(t)
	booking := func() handoff.Notification {
		t.Helper()
		var got []handoff.Notification
		for _, n := range env.notes.n {
			if strings.HasPrefix(n.IdempotencyKey, "meeting:book:") {
				got = append(got, n)
			}
		}
		require.NotEmpty(t, got, "the rep is notified of the booking")
		return got[len(got)-1]
	}
	first := env.conv(t, "c1").Meeting.Booked
	b := booking().Brief
	require.Len(t, b.Meetings, 1, "%+v", b.Meetings)
	require.True(t, b.Meetings[0].Start.Equal(first.Start))
	require.Equal(t, "booked", b.Meetings[0].Status)
	require.Empty(t, b.Offered, "no slot is waiting for a pick")
	require.Contains(t, b.Text(), "Meeting: ", "the text the rep reads names the meeting")
	require.NotContains(t, b.Text(), "waiting for a pick")

	env.clock.Advance(10 * time.Minute)
	env.say(t, "c1", "can we move it to wednesday afternoon?")
	env.say(t, "c1", "the first one")
	env.runOnce(t)
	moved := env.conv(t, "c1").Meeting.Booked
	require.False(t, moved.Start.Equal(first.Start), "rescheduled")
	b = booking().Brief
	require.Len(t, b.Meetings, 1, "only the new meeting: %+v", b.Meetings)
	require.True(t, b.Meetings[0].Start.Equal(moved.Start), "the new time %v, not %v", moved.Start, b.Meetings[0].Start)
	require.Empty(t, b.Offered)
}

// TestBookingTextsNameTheRepOfTheMeeting: the 5-minute rule re-routes a
// handoff while its offer, on the first rep's calendar, waits for a pick;
// the pick books the first rep, and the lead's confirmation, reminder and
// cancellation, the rep's notification and the conversation all name
// that rep, not the rep of the re-route.
func TestBookingTextsNameTheRepOfTheMeeting(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetupWith(t, monday3pm, nil, route.Rep{ID: "omar", Name: "Omar Haddad"}, route.Rep{ID: "sarah", Name: "Sarah Lee"})
	name := map[string]string{"omar": "Omar", "sarah": "Sarah"}
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	first := env.say(t, "c1", "can you call me").AssignedTo
	require.NotEmpty(t, first)
	for _, o := range env.conv(t, "c1").Meeting.Offered {
		require.Equal(t, first, o.RepID, "the offer is the first rep's")
	}
	env.runOnce(t)
	env.clock.Advance(5*time.Minute + time.Second)
	env.runOnce(t)
	second := env.conv(t, "c1").AssignedTo
	require.NotEmpty(t, second)
	require.NotEqual(t, first, second, "nobody acted: re-routed")

	env.clock.Advance(time.Minute)
	out := env.say(t, "c1", "the second one")
	require.Contains(t, out.Reply, "booked with "+name[first])
	c := env.conv(t, "c1")
	require.Equal(t, first, c.Meeting.Booked.RepID)
	require.Equal(t, first, c.AssignedTo, "the conversation goes to the rep of the meeting")
	require.Equal(t, name[first]+map[string]string{"omar": " Haddad", "sarah": " Lee"}[first], c.AssignedName, "and keeps their name")
	rem := onlyKind(env.items(t, "c1"), store.OutboxReminder)
	require.Len(t, rem, 1)
	require.Contains(t, string(rem[0].Payload), "call with "+name[first])
	require.NotContains(t, string(rem[0].Payload), name[second])
	env.runOnce(t)
	var notified []handoff.Notification
	for _, n := range env.notes.n {
		if strings.HasPrefix(n.IdempotencyKey, "meeting:book:") {
			notified = append(notified, n)
		}
	}
	require.Len(t, notified, 1)
	require.Equal(t, first, notified[0].Item.To)
	require.Equal(t, c.AssignedName, notified[0].Brief.AssignedName, "the notified brief names the rep it goes to")

	out = env.say(t, "c1", "I need to cancel the call")
	require.Contains(t, out.Reply, "cancelled your call with "+name[first])
}

// TestMeetingOutcomeOncePerMeetingByItsRep: only the rep the meeting is
// with records its outcome, once; a refused call writes nothing, and the
// show rate counts one outcome per meeting.
func TestMeetingOutcomeOncePerMeetingByItsRep(t *testing.T) {
	t.Parallel()
	env, cal := bookingSetup(t, monday3pm)
	ctx := context.Background()
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	env.say(t, "c1", "can you call me")
	env.say(t, "c1", "the first one")
	c := env.conv(t, "c1")
	require.NotEmpty(t, c.Meeting.BookingID)
	env.clock.Set(c.Meeting.Booked.Start.Add(15 * time.Minute)) // the meeting took place
	outcome := func(rep string, noShow bool) error {
		_, err := env.e.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep, NoShow: noShow})
		return err
	}

	before := env.trail(t, "c1")
	require.ErrorIs(t, outcome("mallory", false), handoff.ErrForbidden, "the meeting is with sarah")
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")

	require.NoError(t, outcome("sarah", false))
	before = env.trail(t, "c1")
	var te *handoff.TransitionError
	require.ErrorAs(t, outcome("sarah", true), &te, "a meeting has one outcome")
	require.ErrorIs(t, outcome("sarah", false), handoff.ErrInvalidTransition)
	require.ErrorIs(t, outcome("mallory", true), handoff.ErrForbidden)
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")
	b, err := cal.Get(ctx, dspTenant, c.Meeting.BookingID)
	require.NoError(t, err)
	require.Equal(t, calendar.StatusCompleted, b.Status)

	require.Len(t, env.events(t, "c1", store.EventMeetingDone), 1)
	require.Empty(t, env.events(t, "c1", store.EventNoShow))
	env.clock.Advance(time.Minute)
	m, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
	require.NoError(t, err)
	require.Equal(t, int64(1), m.Booked)
	require.Equal(t, int64(1), m.MeetingsCompleted)
	require.Equal(t, int64(0), m.NoShows)
	require.Equal(t, 1.0, m.ShowRate)
}

// TestBookingOneSlotManyLeads: twenty leads pick the same offered slot at
// once; exactly one gets it, the others are offered other times.
func TestBookingOneSlotManyLeads(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetup(t, monday3pm)
	const n = 20
	for i := range n {
		id := fmt.Sprintf("c%02d", i)
		env.startWith(t, id, fmt.Sprintf("+1212555%04d", i), "America/New_York")
		env.say(t, id, "please call me")
	}
	first := env.conv(t, "c00").Meeting.Offered[0]
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			env.say(t, fmt.Sprintf("c%02d", i), "the first one")
		}()
	}
	wg.Wait()
	winners := 0
	for i := range n {
		c := env.conv(t, fmt.Sprintf("c%02d", i))
		if c.Meeting.BookingID != "" && c.Meeting.Booked.Start.Equal(first.Start) {
			winners++
		}
	}
	require.Equal(t, 1, winners, "one booking per slot")
}

// TestBookingLocalTimesAcrossZonesAndDST: a lead in Phoenix (no DST) is
// offered a New York rep's 9am slots as 7am before New York's clocks go
// forward and 6am after (offering any hour of the lead's day).
func TestBookingLocalTimesAcrossZonesAndDST(t *testing.T) {
	t.Parallel()
	friday := time.Date(2026, 3, 6, 13, 0, 0, 0, time.UTC) // 8:00 in New York, 6:00 in Phoenix
	env, _ := bookingSetupWith(t, friday, func(b *handoff.BookingConfig) { b.LeadHours = dnc.QuietHours{Start: 0, End: 24} },
		route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+16025550101", "America/Phoenix")
	out := env.say(t, "c1", "call me")
	require.Contains(t, out.Reply, "today at 7am", "9:00 EST is 7:00 in Phoenix: %q", out.Reply)
	out = env.say(t, "c1", "neither, how about monday")
	require.Contains(t, out.Reply, "Mon at 6am", "9:00 EDT is 6:00 in Phoenix after the change: %q", out.Reply)
}

// TestBookingOffersSlotsInTheLeadsDay: a lead whose zone is known is
// offered slots whose start and reminder fall in BookingConfig.LeadHours
// of their day (8:00 to 21:00 by default): a lead in Los Angeles is not
// offered a New York rep's 9:00 as a call at 6am, nor 8:15 with its
// reminder at 7:45. LeadHours {0, 24} offers any hour; a lead whose zone
// is unknown is offered any hour too.
func TestBookingOffersSlotsInTheLeadsDay(t *testing.T) {
	t.Parallel()
	la, err := time.LoadLocation("America/Los_Angeles")
	require.NoError(t, err)
	env, _ := bookingSetup(t, monday3pm) // 12:00 in Los Angeles
	env.startWith(t, "c1", "+13105550101", "America/Los_Angeles")
	out := env.say(t, "c1", "can you call me")
	require.Contains(t, out.Reply, "today at 12:30pm")
	require.Contains(t, out.Reply, "tomorrow at 8:30am", "the first slot of the lead's day with its reminder in it: %q", out.Reply)
	out = env.say(t, "c1", "neither, what about wednesday morning")
	offered := env.conv(t, "c1").Meeting.Offered
	require.NotEmpty(t, offered, "%q", out.Reply)
	for _, o := range offered {
		local := o.Start.In(la)
		require.False(t, local.Hour() < 8 || local.Hour() == 8 && local.Minute() < 30, "offered %v in Los Angeles: %q", local, out.Reply)
	}

	env, _ = bookingSetupWith(t, monday3pm, func(b *handoff.BookingConfig) { b.LeadHours = dnc.QuietHours{Start: 0, End: 24} },
		route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+13105550101", "America/Los_Angeles")
	require.Contains(t, env.say(t, "c1", "can you call me").Reply, "tomorrow at 6am", "any hour")

	// 15:45 in New York, 20:45 UTC: the next slot, 16:15 in New York, is
	// 21:15 UTC, outside 8:00 to 21:00 had UTC been the lead's zone.
	env, cal := bookingSetup(t, monday3pm.Add(45*time.Minute))
	env.startChat(t, "c2", store.Lead{Name: "Dana"})
	env.say(t, "c2", "can you call me")
	offered = env.conv(t, "c2").Meeting.Offered
	require.NotEmpty(t, offered)
	require.Equal(t, time.Date(2026, 3, 2, 21, 15, 0, 0, time.UTC), offered[0].Start.UTC(), "a lead without a known zone is offered any hour")

	_, err = handoff.NewEngine(memstore.New(), &handoff.Config{Booking: &handoff.BookingConfig{Calendar: cal, LeadHours: dnc.QuietHours{Start: 21, End: 8}}})
	require.ErrorContains(t, err, "Config.Booking.LeadHours", "a window that ends before it starts")
}

// TestReminderNeverGoesOnceItsMeetingStarted: a reminder is for before the
// meeting. When quiet hours would hold it until the meeting has started,
// or the Dispatcher claims it only then, it is cancelled with an
// outbox_cancelled audit event, never sent; held to a time still before
// the meeting, it goes then.
func TestReminderNeverGoesOnceItsMeetingStarted(t *testing.T) {
	t.Parallel()
	anyHour := func(b *handoff.BookingConfig) { b.LeadHours = dnc.QuietHours{Start: 0, End: 24} }
	sarah := route.Rep{ID: "sarah", Name: "Sarah"}
	// book hands c1 off and books the offered slot named by pick.
	book := func(t *testing.T, env *afterEnv, phone, zone, pick string) time.Time {
		t.Helper()
		env.startWith(t, "c1", phone, zone)
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
		env.say(t, "c1", pick)
		start := env.conv(t, "c1").Meeting.Booked.Start
		require.False(t, start.IsZero(), "booked")
		require.Len(t, onlyKind(env.items(t, "c1"), store.OutboxReminder), 1)
		return start
	}
	// reminders lists when the Sender got a reminder.
	reminders := func(t *testing.T, env *afterEnv) []time.Time {
		var at []time.Time
		for _, ev := range env.events(t, "c1", store.EventDelivered) {
			if strings.Contains(ev.Detail, "kind=reminder") {
				at = append(at, ev.CreatedAt)
			}
		}
		return at
	}
	requireCancelled := func(t *testing.T, env *afterEnv) {
		t.Helper()
		rem := onlyKind(env.items(t, "c1"), store.OutboxReminder)[0]
		require.Equal(t, store.OutboxCancelled, rem.Status)
		var expired []store.Event
		for _, ev := range env.events(t, "c1", store.EventOutboxCancelled) {
			if ev.Reason == "expired" && strings.Contains(ev.Detail, "kind=reminder") {
				expired = append(expired, ev)
			}
		}
		require.Len(t, expired, 1, "the audit trail says why the reminder did not go")
		msgs, err := env.e.Transcript(context.Background(), dspTenant, "c1")
		require.NoError(t, err)
		var body struct{ Body string }
		require.NoError(t, json.Unmarshal(rem.Payload, &body))
		for _, m := range msgs {
			require.NotEqual(t, body.Body, m.Body, "no reminder in the transcript")
		}
	}

	t.Run("quiet hours until after the start", func(t *testing.T) {
		t.Parallel()
		env, _ := bookingSetupWith(t, monday3pm, anyHour, sarah)
		d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes}) // 8:00 to 21:00
		require.NoError(t, err)
		// tomorrow at 6am in Los Angeles, 9:00 in New York: due 5:30, quiet until 8:00
		start := book(t, env, "+13105550101", "America/Los_Angeles", "the second one")
		for env.clock.Now().Before(start.Add(4 * time.Hour)) {
			env.clock.Advance(5 * time.Minute)
			_, err := d.RunOnce(context.Background())
			require.NoError(t, err)
		}
		require.Empty(t, reminders(t, env), "no reminder after the meeting started")
		requireCancelled(t, env)
	})
	t.Run("claimed after the start", func(t *testing.T) {
		t.Parallel()
		env, _ := bookingSetup(t, monday3pm) // the env's Dispatcher has no quiet hours
		start := book(t, env, "+12125550101", "America/New_York", "the second one")
		env.runOnce(t)
		env.clock.Set(start.Add(time.Minute)) // the Dispatcher was down
		env.runOnce(t)
		require.Empty(t, reminders(t, env))
		requireCancelled(t, env)
	})
	t.Run("quiet hours until before the start", func(t *testing.T) {
		t.Parallel()
		env, _ := bookingSetupWith(t, monday3pm, func(b *handoff.BookingConfig) {
			anyHour(b)
			b.ReminderBefore = 2 * time.Hour
		}, sarah)
		d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes})
		require.NoError(t, err)
		// tomorrow at 9:00 in New York: due 7:00, quiet until 8:00
		start := book(t, env, "+12125550101", "America/New_York", "the first one")
		for env.clock.Now().Before(start.Add(time.Hour)) {
			env.clock.Advance(5 * time.Minute)
			_, err := d.RunOnce(context.Background())
			require.NoError(t, err)
		}
		at := reminders(t, env)
		require.Len(t, at, 1, "held to 8:00, the reminder goes")
		require.True(t, at[0].Before(start), "at %v, before the meeting at %v", at[0], start)
		require.Equal(t, start.Add(-time.Hour), at[0], "at 8:00, when quiet hours end")
	})
}

func TestBookingStopCancelsTheReminderAndExpiredOffersAreRenewed(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	env.say(t, "c1", "call me")
	env.say(t, "c1", "the second one")
	require.Len(t, onlyKind(env.items(t, "c1"), store.OutboxReminder), 1)
	require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
	require.Equal(t, store.OutboxCancelled, onlyKind(env.items(t, "c1"), store.OutboxReminder)[0].Status)

	env.startWith(t, "c2", "+12125550102", "America/New_York")
	env.say(t, "c2", "call me")
	offered := env.conv(t, "c2").Meeting.OfferedAt
	env.clock.Advance(25 * time.Hour)
	out := env.say(t, "c2", "the first one")
	require.Empty(t, env.conv(t, "c2").Meeting.BookingID, "an expired offer is not booked")
	require.True(t, env.conv(t, "c2").Meeting.OfferedAt.After(offered), "fresh slots were offered: %q", out.Reply)
}

// TestMovingOrCancellingAMeetingKeepsTheHostsScheduledMessages: a lead who
// moves the meeting, or calls it off, cancels the meeting's own reminder,
// not the texts the host scheduled with ScheduleMessage.
func TestMovingOrCancellingAMeetingKeepsTheHostsScheduledMessages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	env.say(t, "c1", "can you call me")
	env.say(t, "c1", "the second one")
	_, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1",
		Body: "Here's the checklist for your walkthrough", At: monday3pm.Add(72 * time.Hour), Key: "checklist"})
	require.NoError(t, err)
	byKey := func(prefix string) []store.OutboxItem {
		t.Helper()
		var out []store.OutboxItem
		for _, it := range onlyKind(env.items(t, "c1"), store.OutboxReminder) {
			if strings.HasPrefix(it.IdempotencyKey, prefix) {
				out = append(out, it)
			}
		}
		return out
	}
	require.Len(t, byKey("reminder:"), 1, "the meeting's reminder")
	require.Len(t, byKey("scheduled:"), 1, "the host's message")

	env.say(t, "c1", "can we move it to wednesday afternoon?")
	env.say(t, "c1", "the first one")
	meeting := byKey("reminder:")
	require.Len(t, meeting, 2)
	require.Equal(t, store.OutboxCancelled, meeting[0].Status, "the old meeting's reminder is cancelled")
	require.Equal(t, store.OutboxPending, meeting[1].Status, "the moved meeting's reminder is queued")
	require.Equal(t, store.OutboxPending, byKey("scheduled:")[0].Status, "a reschedule keeps the host's message")

	out := env.say(t, "c1", "I need to cancel the call")
	require.Contains(t, out.Reply, "cancelled your call")
	for _, it := range byKey("reminder:") {
		require.Equal(t, store.OutboxCancelled, it.Status, "no reminder of a meeting called off")
	}
	require.Equal(t, store.OutboxPending, byKey("scheduled:")[0].Status, "a cancellation keeps the host's message")

	env.clock.Set(monday3pm.Add(72 * time.Hour))
	env.runOnce(t)
	require.Contains(t, env.sender.bodies(), "Here's the checklist for your walkthrough")
}

func TestScheduleMessage(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	ctx := context.Background()
	env.start(t, "c1")
	at := env.clock.Now().Add(2 * time.Hour)
	_, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: "Following up on your offer", At: at, Key: "k1"})
	require.NoError(t, err)
	res, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: "Following up on your offer", At: at, Key: "k1"})
	require.NoError(t, err)
	require.True(t, res.Duplicate, "the same key schedules once")
	env.runOnce(t)
	require.Empty(t, env.sender.bodies(), "not before its time")
	env.clock.Set(at)
	env.runOnce(t)
	require.Equal(t, []string{"Following up on your offer"}, env.sender.bodies())
	msgs, err := env.e.Transcript(ctx, dspTenant, "c1")
	require.NoError(t, err)
	require.Equal(t, store.OriginSystem, msgs[len(msgs)-1].Origin, "it entered the transcript when it went")
}

// TestScheduleMessageWithinAYear: a message is scheduled at most 366 days
// ahead of the engine's clock: later (the year 99999, the day after) is an
// *InputError on At and nothing is written; a time in the past, however
// far, means now, so both stores hold it.
func TestScheduleMessageWithinAYear(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	ctx := context.Background()
	env.start(t, "c1")
	now := env.clock.Now()
	schedule := func(at time.Time, body string) error {
		_, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: body, At: at})
		return err
	}
	before := env.trail(t, "c1")
	var ie *handoff.InputError
	for _, at := range []time.Time{time.Date(99999, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		now.Add(367 * 24 * time.Hour), now.Add(366*24*time.Hour + time.Microsecond)} {
		require.ErrorAs(t, schedule(at, "too late"), &ie, "%v", at)
		require.Equal(t, "At", ie.Field)
	}
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")

	require.NoError(t, schedule(now.Add(366*24*time.Hour), "a year on"))
	require.NoError(t, schedule(time.Date(-300000, 1, 1, 0, 0, 0, 0, time.UTC), "long ago"))
	items := onlyKind(env.items(t, "c1"), store.OutboxReminder)
	require.Len(t, items, 2)
	for _, it := range items {
		if it.NotBefore.Before(now) {
			t.Fatalf("an item is due at %v, before now (%v): a past time means now", it.NotBefore, now)
		}
	}
	env.runOnce(t)
	require.Equal(t, []string{"long ago"}, env.sender.bodies())
}

// bookingHandoff hands c1 off in booking mode and delivers the bridge with
// its two slots.
func bookingHandoff(t *testing.T) *afterEnv {
	t.Helper()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me about selling").Kind)
	env.runOnce(t)
	require.Equal(t, 1, env.sender.callCount(), "the bridge went")
	return env
}

// TestBookingTextsStopWhenARepTakesTheThread: the booking texts the engine
// writes on its own (a re-offer of other slots, the confirmation of a
// pick) are the AI's side of the conversation: a rep message or a
// takeover cancels them in its own commit, so they never reach the lead
// after a person spoke. The reminder of the booked meeting, the meeting the
// rep will attend, still goes (a Pause stops it).
func TestBookingTextsStopWhenARepTakesTheThread(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	takers := map[string]func(env *afterEnv) (handoff.Result, error){
		"rep message": func(env *afterEnv) (handoff.Result, error) {
			return env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
				Body: "Hi Dana, Sarah here - when is a good time to call?"})
		},
		"take over": func(env *afterEnv) (handoff.Result, error) {
			return env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		},
	}
	for name, take := range takers {
		t.Run(name+"/re-offer", func(t *testing.T) {
			t.Parallel()
			env := bookingHandoff(t)
			require.NotEmpty(t, env.say(t, "c1", "neither of those work for me").Reply, "the engine offers other slots")
			res, err := take(env)
			require.NoError(t, err)
			require.Equal(t, store.StateHuman, res.Conversation.State)
			require.Equal(t, 1, res.Cancelled, "the re-offer is cancelled in the rep's commit")
			require.Equal(t, store.OutboxCancelled, onlyKind(env.items(t, "c1"), store.OutboxBookingOffer)[0].Status)
			env.runOnce(t)
			require.Equal(t, 1, env.sender.callCount(), "nothing went after the bridge")
		})
		t.Run(name+"/confirmation", func(t *testing.T) {
			t.Parallel()
			env := bookingHandoff(t)
			require.Contains(t, env.say(t, "c1", "the first one").Reply, "booked with Sarah")
			res, err := take(env)
			require.NoError(t, err)
			require.Equal(t, 1, res.Cancelled, "the confirmation is cancelled in the rep's commit")
			items := env.items(t, "c1")
			require.Equal(t, store.OutboxCancelled, onlyKind(items, store.OutboxBookingConfirm)[0].Status)
			rem := onlyKind(items, store.OutboxReminder)
			require.Len(t, rem, 1)
			require.Equal(t, store.OutboxPending, rem[0].Status, "the meeting's reminder stands")
			env.clock.Set(rem[0].NotBefore)
			env.runOnce(t)
			require.Equal(t, 2, env.sender.callCount(), "after the bridge, only the reminder went")
			require.Equal(t, store.OutboxReminder, env.sender.calls[1].Item.Kind, "the reminder goes while the rep drives")
		})
	}
}

// TestBookingTextsAfterATakeoverAreNotDrafted: once a rep drives, a lead's
// answer to the AI's offer ("neither works", "the first one") goes to the
// rep as an update; the engine offers, books and confirms nothing itself.
// A booked meeting the lead calls off is still called off, its reminder
// with it, but the engine says nothing to the lead: the rep does. The rep,
// whose meeting it was, hears of it by the meeting's notification, as
// when a rep calls it off, and not by an update as well.
func TestBookingTextsAfterATakeoverAreNotDrafted(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		booked, body string
		told         store.OutboxKind
	}{
		{"", "neither of those work for me", store.OutboxRepUpdate},
		{"", "the first one", store.OutboxRepUpdate},
		{"the first one", "I need to cancel the call", store.OutboxRepNotification},
	} {
		t.Run(tc.body, func(t *testing.T) {
			t.Parallel()
			env := bookingHandoff(t)
			if tc.booked != "" {
				env.say(t, "c1", tc.booked)
				require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID)
			}
			_, err := env.e.TakeOver(context.Background(), handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
			require.NoError(t, err)
			before, offered := len(env.items(t, "c1")), env.conv(t, "c1").Meeting.Offered
			out := env.say(t, "c1", tc.body)
			require.Equal(t, handoff.OutcomeRecorded, out.Kind)
			require.Empty(t, out.Reply, "nothing automated answers")
			require.Empty(t, env.conv(t, "c1").Meeting.BookingID, "no meeting booked, or the booked one called off")
			require.Equal(t, offered, env.conv(t, "c1").Meeting.Offered, "no slots offered that the lead never saw")
			items := env.items(t, "c1")
			for _, it := range items {
				require.False(t, it.Kind.ToLead() && it.Status.Open(), "%s open to the lead", it.Kind)
			}
			require.Equal(t, []store.OutboxKind{tc.told}, kindsOf(items[before:]), "the rep hears of it, and only the rep")
		})
	}
}

func kindsOf(items []store.OutboxItem) []store.OutboxKind {
	var out []store.OutboxKind
	for _, it := range items {
		out = append(out, it.Kind)
	}
	return out
}

// TestBookingTextsStopAtSendTimeWhileAPersonDrives: a booking text whose
// conversation moved to human without cancelling it (another writer, an
// older engine) is cancelled by the Dispatcher's send-time check.
func TestBookingTextsStopAtSendTimeWhileAPersonDrives(t *testing.T) {
	t.Parallel()
	env := bookingHandoff(t)
	require.NotEmpty(t, env.say(t, "c1", "neither of those work for me").Reply)
	require.NoError(t, env.st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		c, err := tx.ConversationGet(ctx, dspTenant, "c1")
		if err != nil {
			return err
		}
		c.State = store.StateHuman
		return tx.ConversationUpdate(ctx, &c)
	}))
	env.runOnce(t)
	require.Equal(t, 1, env.sender.callCount(), "nothing went after the bridge")
	require.Equal(t, store.OutboxCancelled, onlyKind(env.items(t, "c1"), store.OutboxBookingOffer)[0].Status)
	ev := env.events(t, "c1", store.EventOutboxCancelled)
	require.Len(t, ev, 1)
	require.Equal(t, "state:human", ev[0].Reason)
}

// TestSilencingCallsWaitForABookingTextInFlight: a Pause or a takeover that
// commits while a Dispatcher hands the engine's booking re-offer to a slow
// Sender waits for it like for any AI text, and when its context ends
// first it reports the text in flight; it never returns as if nothing were
// being sent.
func TestSilencingCallsWaitForABookingTextInFlight(t *testing.T) {
	t.Parallel()
	calls := map[string]struct {
		to   store.State
		call func(ctx context.Context, e *handoff.Engine) (handoff.Result, error)
	}{
		"pause": {store.StatePaused, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.Pause(ctx, handoff.PauseParams{TenantID: dspTenant, ConversationID: "c1", Reason: "manager review"})
		}},
		"take over": {store.StateHuman, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah"})
		}},
	}
	for name, tc := range calls {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := bookingHandoff(t)
			release := make(chan struct{})
			inSend := make(chan struct{}, 1)
			env.sender.hook = func(ctx context.Context, d handoff.Delivery) {
				if d.Item.Kind == store.OutboxBookingOffer {
					inSend <- struct{}{}
					<-release
				}
			}
			require.NotEmpty(t, env.say(t, "c1", "neither of those work for me").Reply)
			done := make(chan error, 1)
			go func() { _, err := env.d.RunOnce(context.Background()); done <- err }()
			<-inSend // the re-offer is marked sending and the Sender holds it

			// The call's context ends once its change is committed: it must
			// then be waiting for the re-offer, and report it.
			ctx, cancel := context.WithCancel(context.Background())
			go func() {
				defer cancel()
				for {
					c, err := env.e.Conversation(context.Background(), dspTenant, "c1")
					if err != nil || c.State == tc.to {
						return
					}
					time.Sleep(time.Millisecond)
				}
			}()
			res, err := tc.call(ctx, env.e)
			require.ErrorIs(t, err, handoff.ErrInFlight, "returned while the re-offer was with the Sender")
			require.Len(t, res.InFlight, 1)
			require.Equal(t, store.OutboxBookingOffer, res.InFlight[0].Kind)
			require.Equal(t, tc.to, res.Conversation.State, "the change committed")
			close(release)
			require.NoError(t, <-done)
		})
	}
}

// TestModelBookingTextsMustCarryTheRealSlots: with a model Drafter, the
// booking texts the lead gets (the offer, a re-offer, the confirmation,
// the reminder) state exactly what the engine computed: each slot it
// offered or booked as it renders it, the rep, the reminder it queued (or
// none), and no other time. A model that words them otherwise ("tomorrow
// at 7pm or Saturday at noon" for slots the calendar never had, a
// reminder "an hour before" or one that is not queued) is replaced by the
// template, and a drafter_fallback event says why; a model that states
// them in its own sentence is used.
func TestModelBookingTextsMustCarryTheRealSlots(t *testing.T) {
	t.Parallel()
	faithful := func(req bridge.Request) string {
		rep := strings.Fields(req.RepName)[0]
		switch req.Purpose {
		case bridge.PurposeBookingOffer:
			return fmt.Sprintf("Hi! %s has %s open for a quick call, which suits you?", rep, strings.Join(req.Slots, " or "))
		case bridge.PurposeBookingConfirm:
			if req.Reminder == "" {
				return fmt.Sprintf("Perfect, %s will call you %s. Reply here if that stops working.", rep, req.Slots[0])
			}
			return fmt.Sprintf("Perfect, %s will call you %s. Look out for a reminder %s before!", rep, req.Slots[0], req.Reminder)
		}
		return fmt.Sprintf("Heads up: %s is calling you %s. Reply here if it no longer works.", rep, req.Slots[0])
	}
	cases := []struct {
		name   string
		before time.Duration // BookingConfig.ReminderBefore
		draft  func(req bridge.Request) string
		used   map[bridge.Purpose]bool // the model's text is sent
	}{
		{"times the calendar never had", 0, func(req bridge.Request) string {
			switch req.Purpose {
			case bridge.PurposeBookingOffer:
				return "Great! Does tomorrow at 7pm or Saturday at noon work better for a quick call?"
			case bridge.PurposeBookingConfirm:
				return "You're booked with Sarah for Saturday at noon, we'll text a reminder an hour before."
			}
			return "Reminder: your call with Sarah is Saturday at noon."
		}, nil},
		{"the real slots and one more", 0, func(req bridge.Request) string {
			return strings.NewReplacer("which suits you?", "or Saturday at noon, which suits you?",
				"before!", "before, and again Saturday at noon!").Replace(faithful(req))
		}, map[bridge.Purpose]bool{bridge.PurposeReminder: true}},
		{"a reminder promised and none queued", -1, func(req bridge.Request) string {
			if req.Purpose == bridge.PurposeBookingConfirm {
				return fmt.Sprintf("Perfect, Sarah will call you %s. We'll text you a reminder before!", req.Slots[0])
			}
			return faithful(req)
		}, map[bridge.Purpose]bool{bridge.PurposeBookingOffer: true}},
		{"the facts in the model's words", 0, faithful,
			map[bridge.Purpose]bool{bridge.PurposeBookingOffer: true, bridge.PurposeBookingConfirm: true, bridge.PurposeReminder: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var asked []bridge.Request // the booking texts drafted, in order
			env, _ := bookingSetupConfig(t, monday3pm, func(c *handoff.Config) {
				c.Booking.ReminderBefore = tc.before
				c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
					if req.Purpose != bridge.PurposeBookingOffer && req.Purpose != bridge.PurposeBookingConfirm && req.Purpose != bridge.PurposeReminder {
						return bridge.NewTemplate(req.Voice).Line(req), nil
					}
					mu.Lock()
					defer mu.Unlock()
					asked = append(asked, req)
					return tc.draft(req), nil
				})
			}, route.Rep{ID: "sarah", Name: "Sarah Lee"})
			env.startWith(t, "c1", "+12125550101", "America/New_York")
			var sent []string // what the lead is sent, in the order drafted
			out := env.say(t, "c1", "can you call me")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			sent = append(sent, out.Reply)
			sent = append(sent, env.say(t, "c1", "neither of those work for me").Reply)
			out = env.say(t, "c1", "the first one")
			require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID, "booked")
			if rem := onlyKind(env.items(t, "c1"), store.OutboxReminder); len(rem) > 0 {
				require.Len(t, rem, 1)
				var p struct{ Body string }
				require.NoError(t, json.Unmarshal(rem[0].Payload, &p))
				sent = append(sent, p.Body) // drafted before the confirmation, which says when it goes
			}
			sent = append(sent, out.Reply)

			mu.Lock()
			defer mu.Unlock()
			require.Len(t, asked, len(sent), "offer, re-offer, reminder (when queued), confirmation")
			offers := env.events(t, "c1", store.EventBookingOffer)
			require.Len(t, offers, 2)
			fallbacks := env.events(t, "c1", store.EventDrafterFallback)
			nfallback := 0
			for i, req := range asked {
				got := sent[i]
				for _, slot := range req.Slots {
					require.Contains(t, got, slot, "%s sent: %q", req.Purpose, got)
				}
				switch req.Purpose {
				case bridge.PurposeBookingOffer:
					require.Equal(t, strings.Join(req.Slots, " | "), offers[i].Detail, "the offer recorded is the one drafted")
				case bridge.PurposeBookingConfirm:
					if req.Reminder == "" {
						require.NotContains(t, strings.ToLower(got), "remind", "no reminder is queued: %q", got)
					} else {
						require.Contains(t, got, req.Reminder+" before")
					}
				}
				if tc.used[req.Purpose] {
					require.Equal(t, tc.draft(req), got, "%s: the model's text", req.Purpose)
					continue
				}
				require.Equal(t, bridge.NewTemplate(req.Voice).Line(req), got, "%s: the template's text", req.Purpose)
				require.Less(t, nfallback, len(fallbacks), "a drafter_fallback event for the %s", req.Purpose)
				require.Contains(t, fallbacks[nfallback].Detail, string(bridge.ProblemFacts), "%s", req.Purpose)
				nfallback++
			}
			require.Len(t, fallbacks, nfallback)
			require.Equal(t, tc.before < 0, !slices.ContainsFunc(asked, func(r bridge.Request) bool { return r.Purpose == bridge.PurposeReminder }))
		})
	}
}
