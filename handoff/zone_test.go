package handoff_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// reminderBody is the text of conversation id's queued reminder.
func (env *afterEnv) reminderBody(t *testing.T, id string) string {
	t.Helper()
	rem := onlyKind(env.items(t, id), store.OutboxReminder)
	require.Len(t, rem, 1)
	var p struct{ Body string }
	require.NoError(t, json.Unmarshal(rem[0].Payload, &p))
	return p.Body
}

// TestBookingTextsHeldByQuietHoursNameTheDay: an offer written at 22:30,
// which quiet hours hold until 8:00, reaches the lead the next morning:
// it names the day ("Tue at 9am"), never "tomorrow", which would then be
// the day after; the lead's answer is read as they read the offer. A
// confirmation written at 21:30 and held overnight names the day too.
func TestBookingTextsHeldByQuietHoursNameTheDay(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	mondayNight := time.Date(2026, 3, 2, 22, 30, 0, 0, ny)
	tuesday9 := time.Date(2026, 3, 3, 9, 0, 0, 0, ny)

	env, _ := bookingSetup(t, mondayNight)
	d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes}) // 8:00 to 21:00
	require.NoError(t, err)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	out := env.say(t, "c1", "call me please")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.True(t, out.Conversation.Meeting.Offered[0].Start.Equal(tuesday9), "%v", out.Conversation.Meeting.Offered)
	_, err = d.RunOnce(context.Background())
	require.NoError(t, err)
	require.Empty(t, env.sender.bodies(), "quiet hours hold the offer")
	env.clock.Set(time.Date(2026, 3, 3, 8, 0, 0, 0, ny))
	_, err = d.RunOnce(context.Background())
	require.NoError(t, err)
	require.Len(t, env.sender.bodies(), 1)
	sent := env.sender.bodies()[0]
	require.NotContains(t, sent, "tomorrow", "delivered Tuesday 8:00 about Tuesday 9:00: %q", sent)
	require.NotContains(t, sent, "today", "%q", sent)
	require.Contains(t, sent, "Tue at 9am", "%q", sent)

	env.clock.Set(time.Date(2026, 3, 3, 8, 5, 0, 0, ny))
	out = env.say(t, "c1", "tuesday at 9 works")
	require.Contains(t, out.Reply, "Sarah", "%q", out.Reply)
	require.True(t, env.conv(t, "c1").Meeting.Booked.Start.Equal(tuesday9), "booked %v", env.conv(t, "c1").Meeting.Booked.Start)
	require.Contains(t, out.Reply, "today at 9am", "a confirmation sent at once names the day as the lead reads it: %q", out.Reply)

	// Offered at 20:00 ("tomorrow"), picked at 21:30: the confirmation waits for 8:00.
	env, _ = bookingSetup(t, time.Date(2026, 3, 2, 20, 0, 0, 0, ny))
	env.startWith(t, "c2", "+12125550102", "America/New_York")
	out = env.say(t, "c2", "call me please")
	require.Contains(t, out.Reply, "tomorrow at 9am", "no hold: %q", out.Reply)
	env.clock.Set(time.Date(2026, 3, 2, 21, 30, 0, 0, ny))
	out = env.say(t, "c2", "the first one")
	require.True(t, env.conv(t, "c2").Meeting.Booked.Start.Equal(tuesday9))
	require.NotContains(t, out.Reply, "tomorrow", "held until Tuesday 8:00: %q", out.Reply)
	require.Contains(t, out.Reply, "Tue at 9am", "%q", out.Reply)
}

// TestBookingTimesForALeadOfSeveralZones: an Alaska number (+1 907) may be
// in Anchorage or on Adak, an hour apart. Times are named in its main
// zone, Anchorage, with the zone's name, in the offer, the confirmation
// and the reminder; the lead's "9:30 works" is read there; and offered
// slots fall in the lead's day whichever of the two zones they are in.
func TestBookingTimesForALeadOfSeveralZones(t *testing.T) {
	t.Parallel()
	anc, err := time.LoadLocation("America/Anchorage")
	require.NoError(t, err)
	adak, err := time.LoadLocation("America/Adak")
	require.NoError(t, err)
	env, _ := bookingSetup(t, time.Date(2026, 3, 2, 9, 0, 0, 0, anc)) // 13:00 in New York
	env.startWith(t, "c1", "+19075550101", "")
	out := env.say(t, "c1", "call me please")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Contains(t, out.Reply, "today at 9:30am AKST", "%q", out.Reply)
	for _, o := range out.Conversation.Meeting.Offered {
		require.GreaterOrEqual(t, o.Start.Add(-30*time.Minute).In(adak).Hour(), 8, "a slot whose reminder is before 8:00 on Adak: %v", o.Start.In(adak))
	}

	out = env.say(t, "c1", "9:30 works")
	c := env.conv(t, "c1")
	require.True(t, c.Meeting.Booked.Start.Equal(time.Date(2026, 3, 2, 9, 30, 0, 0, anc)), "booked %v", c.Meeting.Booked.Start.In(anc))
	require.Contains(t, out.Reply, "today at 9:30am AKST", "%q", out.Reply)
	require.Contains(t, env.reminderBody(t, "c1"), "9:30am AKST")
}

// TestBookingTimesForALeadOfUnknownZone: a chat lead who gave no zone and
// no phone number is told the rep's times in the rep's zone, named ("3:30pm
// EST"), never UTC's wall clock unnamed ("8:30pm"), in the offer, the
// confirmation and the reminder, and their "3:30 works" is read in it.
func TestBookingTimesForALeadOfUnknownZone(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env, _ := bookingSetup(t, monday3pm) // 15:00 in New York
	env.startChat(t, "c1", store.Lead{Name: "Dana", Email: "dana@example.com"})
	out := env.say(t, "c1", "can someone call me")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Contains(t, out.Reply, "today at 3:30pm EST", "%q", out.Reply)
	require.NotContains(t, out.Reply, "8:30pm", "%q", out.Reply)

	out = env.say(t, "c1", "3:30 works")
	c := env.conv(t, "c1")
	require.True(t, c.Meeting.Booked.Start.Equal(time.Date(2026, 3, 2, 15, 30, 0, 0, ny)), "booked %v", c.Meeting.Booked.Start.In(ny))
	require.Contains(t, out.Reply, "today at 3:30pm EST", "%q", out.Reply)
	require.Contains(t, env.reminderBody(t, "c1"), "3:30pm EST")
}
