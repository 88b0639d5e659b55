package calendar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
)

func TestParsePick(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, ny) // a Monday afternoon
	offered := []calendar.Slot{
		{RepID: "sarah", Start: time.Date(2026, 3, 3, 10, 30, 0, 0, ny), End: time.Date(2026, 3, 3, 10, 45, 0, 0, ny)},
		{RepID: "sarah", Start: time.Date(2026, 3, 3, 13, 15, 0, 0, ny), End: time.Date(2026, 3, 3, 13, 30, 0, 0, ny)},
	}
	thursday := time.Date(2026, 3, 5, 0, 0, 0, 0, ny)
	friday := time.Date(2026, 3, 6, 0, 0, 0, 0, ny)
	for _, tc := range []struct {
		text   string
		booked bool
		want   calendar.Pick
	}{
		{"the first one", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"first", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"2", false, calendar.Pick{Kind: calendar.PickSlot, Index: 1}},
		{"the second works", false, calendar.Pick{Kind: calendar.PickSlot, Index: 1}},
		{"10:30", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"1:15 works", false, calendar.Pick{Kind: calendar.PickSlot, Index: 1}},
		{"lets do 1:15pm", false, calendar.Pick{Kind: calendar.PickSlot, Index: 1}},
		{"10:30am is great", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"tomorrow morning", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"afternoon is better", false, calendar.Pick{Kind: calendar.PickSlot, Index: 1}},
		{"la primera", false, calendar.Pick{Kind: calendar.PickSlot, Index: 0}},
		{"neither, how about thursday", false, calendar.Pick{Kind: calendar.PickOther, Day: thursday, HasDay: true}},
		{"can't do either", false, calendar.Pick{Kind: calendar.PickOther}},
		{"thursday afternoon?", false, calendar.Pick{Kind: calendar.PickOther, Day: thursday, HasDay: true, DayPart: "afternoon"}},
		{"ok thanks", false, calendar.Pick{Kind: calendar.PickNone}},
		{"the house has 2 bathrooms and 3 bedrooms", false, calendar.Pick{Kind: calendar.PickNone}},
		{"can we move it to friday", true, calendar.Pick{Kind: calendar.PickReschedule, Day: friday, HasDay: true}},
		{"I need to cancel the call", true, calendar.Pick{Kind: calendar.PickCancel}},
		{"I need to cancel the call", false, calendar.Pick{Kind: calendar.PickNone}},
	} {
		offer := offered
		if tc.booked {
			offer = nil
		}
		requirePick(t, tc.want, calendar.ParsePick(tc.text, offer, tc.booked, now, ny), tc.text)
	}
}

// TestParsePick_NamedTime: a clock time the lead names is a pick only when
// an offered slot starts then (on the day named, if any); a time no slot
// starts at is a wish for another time, with the day and the part of the
// day it falls in, never a booking of a different time. The offer is the
// engine's "today at 4pm or tomorrow at 9am".
func TestParsePick_NamedTime(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, ny) // a Monday afternoon
	offered := []calendar.Slot{
		{RepID: "sarah", Start: time.Date(2026, 3, 2, 16, 0, 0, 0, ny), End: time.Date(2026, 3, 2, 16, 15, 0, 0, ny)},
		{RepID: "sarah", Start: time.Date(2026, 3, 3, 9, 0, 0, 0, ny), End: time.Date(2026, 3, 3, 9, 15, 0, 0, ny)},
	}
	today := time.Date(2026, 3, 2, 0, 0, 0, 0, ny)
	tomorrow := time.Date(2026, 3, 3, 0, 0, 0, 0, ny)
	thursday := time.Date(2026, 3, 5, 0, 0, 0, 0, ny)
	friday := time.Date(2026, 3, 6, 0, 0, 0, 0, ny)
	other := func(day time.Time, part string) calendar.Pick {
		return calendar.Pick{Kind: calendar.PickOther, Day: day, HasDay: !day.IsZero(), DayPart: part}
	}
	slot := func(i int) calendar.Pick { return calendar.Pick{Kind: calendar.PickSlot, Index: i} }
	for _, tc := range []struct {
		text   string
		booked bool
		want   calendar.Pick
	}{
		// a time on an offered day that no slot starts at
		{"tomorrow at 2pm", false, other(tomorrow, "afternoon")},
		{"can we do 4:45 today", false, other(today, "afternoon")},
		{"tomorrow at 11 works better", false, other(tomorrow, "morning")},
		{"tomorrow at 9:15 works", false, other(tomorrow, "morning")},
		{"today at 4:30pm?", false, other(today, "afternoon")},
		{"mañana a las 2", false, other(tomorrow, "afternoon")},
		{"hoy a las 4:45", false, other(today, "afternoon")},
		{"mañana a las 2 de la tarde", false, other(tomorrow, "afternoon")},
		{"after 5pm", false, other(time.Time{}, "evening")},
		{"later, like 6pm?", false, other(time.Time{}, "evening")}, // not "the later one"
		// an offered time on a day it is not offered
		{"thursday at 9am", false, other(thursday, "morning")},
		{"neither, how about thursday at 3", false, other(thursday, "afternoon")},
		{"can we move it to friday at 10am", true, calendar.Pick{Kind: calendar.PickReschedule, Day: friday, HasDay: true, DayPart: "morning"}},
		// picks: the offered time, the offered day, the offered part of a day
		{"tomorrow works", false, slot(1)},
		{"today is better", false, slot(0)},
		{"tomorrow morning", false, slot(1)},
		{"tomorrow at 9", false, slot(1)},
		{"9 works", false, slot(1)},
		{"at 4", false, slot(0)},
		{"4pm today", false, slot(0)},
		{"tomorrow at 9am, the second one", false, slot(1)},
		{"mañana a las 9", false, slot(1)},
		{"hoy a las 4", false, slot(0)},
		{"a las 9 de la mañana", false, slot(1)},
		{"mañana", false, slot(1)},
		// a bare number that names no time is no counter-proposal
		{"we have 2 kids and 3 dogs", false, calendar.Pick{Kind: calendar.PickNone}},
	} {
		offer := offered
		if tc.booked {
			offer = nil
		}
		requirePick(t, tc.want, calendar.ParsePick(tc.text, offer, tc.booked, now, ny), tc.text)
	}
}

// TestParsePick_NextWeekday: "next friday" is the Friday of the week
// after this one (weeks run Monday to Sunday): said on a Friday it is a
// week away, never today, and on a Wednesday nine days away, while "next
// monday" is the coming Monday. A weekday alone or after "this" is the
// next one on or after today. The Spanish "el próximo viernes" and "el
// viernes que viene" are the next Friday after today; "next week" and
// "la semana que viene" are the seven days from their Monday.
func TestParsePick_NextWeekday(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, ny) }
	// The offer an engine makes on Friday 6 March at 15:00: today at
	// 3:30pm or Monday at 9am.
	friday := time.Date(2026, 3, 6, 15, 0, 0, 0, ny)
	offered := []calendar.Slot{
		{RepID: "sarah", Start: time.Date(2026, 3, 6, 15, 30, 0, 0, ny), End: time.Date(2026, 3, 6, 15, 45, 0, 0, ny)},
		{RepID: "sarah", Start: time.Date(2026, 3, 9, 9, 0, 0, 0, ny), End: time.Date(2026, 3, 9, 9, 15, 0, 0, ny)},
	}
	other := func(d, days int) calendar.Pick {
		return calendar.Pick{Kind: calendar.PickOther, Day: day(d), HasDay: true, Days: days}
	}
	slot := func(i int) calendar.Pick { return calendar.Pick{Kind: calendar.PickSlot, Index: i} }
	for _, tc := range []struct {
		now  time.Time
		text string
		want calendar.Pick
	}{
		{friday, "next friday", other(13, 0)},
		{friday, "neither, next friday", other(13, 0)},
		{friday, "next fri?", other(13, 0)},
		{friday, "how about next friday afternoon", calendar.Pick{Kind: calendar.PickOther, Day: day(13), HasDay: true, DayPart: "afternoon"}},
		{friday, "friday next week", other(13, 0)},
		{friday, "el próximo viernes", other(13, 0)},
		{friday, "el proximo viernes", other(13, 0)},
		{friday, "el viernes que viene", other(13, 0)},
		{friday, "el viernes próximo", other(13, 0)},
		{friday, "el viernes de la semana que viene", other(13, 0)},
		{friday, "friday", slot(0)},
		{friday, "this friday works", slot(0)},
		{friday, "next monday", slot(1)},
		{friday, "el próximo lunes", slot(1)},
		{friday, "next tuesday", other(10, 0)},
		{friday, "next week works", slot(1)}, // the one offered slot next week
		{friday, "neither, next week", other(9, 7)},
		{friday, "next week in the afternoon", calendar.Pick{Kind: calendar.PickOther, Day: day(9), HasDay: true, Days: 7, DayPart: "afternoon"}},
		{friday, "la semana que viene", slot(1)},
		{friday, "ninguna, la próxima semana", other(9, 7)},
		// a Wednesday
		{friday.AddDate(0, 0, -2), "next friday", other(13, 0)},
		{friday.AddDate(0, 0, -2), "next wednesday", other(11, 0)},
		{friday.AddDate(0, 0, -2), "this friday", slot(0)},
		{friday.AddDate(0, 0, -2), "next monday", slot(1)},
		{friday.AddDate(0, 0, -2), "el próximo viernes", slot(0)},
		{friday.AddDate(0, 0, -2), "el viernes que viene", slot(0)},
		{friday.AddDate(0, 0, -2), "neither, next week", other(9, 7)},
		// a Sunday
		{friday.AddDate(0, 0, 2), "next friday", other(13, 0)},
		{friday.AddDate(0, 0, 2), "next sunday", other(15, 0)},
		{friday.AddDate(0, 0, 2), "neither, next week", other(9, 7)},
	} {
		requirePick(t, tc.want, calendar.ParsePick(tc.text, offered, false, tc.now, ny), tc.now.Format("Mon ")+tc.text)
	}
}

// TestParsePick_DayParts: the parts of the day a lead names in English
// and Spanish, "en la tarde" and "el martes tarde" as much as "por la
// tarde"; "tarde" that means late ("llego tarde", "ya es tarde", "más
// tarde") is no afternoon and no day, and "en la mañana" no tomorrow.
func TestParsePick_DayParts(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	now := time.Date(2026, 3, 6, 15, 0, 0, 0, ny) // a Friday afternoon
	offered := []calendar.Slot{
		{RepID: "sarah", Start: time.Date(2026, 3, 9, 9, 0, 0, 0, ny), End: time.Date(2026, 3, 9, 9, 15, 0, 0, ny)},
		{RepID: "sarah", Start: time.Date(2026, 3, 9, 14, 0, 0, 0, ny), End: time.Date(2026, 3, 9, 14, 15, 0, 0, ny)},
	}
	tuesday := time.Date(2026, 3, 10, 0, 0, 0, 0, ny)
	saturday := time.Date(2026, 3, 7, 0, 0, 0, 0, ny)
	other := func(day time.Time, part string) calendar.Pick {
		return calendar.Pick{Kind: calendar.PickOther, Day: day, HasDay: !day.IsZero(), DayPart: part}
	}
	slot := func(i int) calendar.Pick { return calendar.Pick{Kind: calendar.PickSlot, Index: i} }
	none := calendar.Pick{Kind: calendar.PickNone}
	for _, tc := range []struct {
		text string
		want calendar.Pick
	}{
		{"ninguna, el martes en la tarde", other(tuesday, "afternoon")},
		{"el martes por la tarde", other(tuesday, "afternoon")},
		{"el martes a la tarde", other(tuesday, "afternoon")},
		{"el martes tarde", other(tuesday, "afternoon")},
		{"martes, tarde", other(tuesday, "afternoon")},
		{"el martes en la mañana", other(tuesday, "morning")},
		{"el martes por la mañanita", other(tuesday, "morning")},
		{"el martes de mañanita", other(tuesday, "morning")},
		{"el martes en la noche", other(tuesday, "evening")},
		{"mañana en la tarde", other(saturday, "afternoon")},
		{"mañana tarde", other(saturday, "afternoon")},
		{"mañana en la mañana", other(saturday, "morning")},
		{"after lunch on tuesday", other(tuesday, "afternoon")},
		{"tuesday in the evening", other(tuesday, "evening")},
		{"el martes temprano", other(tuesday, "morning")},
		{"temprano el martes", other(tuesday, "morning")},
		{"mañana temprano", other(saturday, "morning")},
		{"tuesday early", other(tuesday, "morning")},
		{"early tuesday", other(tuesday, "morning")},
		{"tuesday after work", other(tuesday, "evening")},
		{"el martes después del trabajo", other(tuesday, "evening")},
		// "early" and "temprano" without a day name no part of it
		{"I get up early", none},
		{"llego temprano", none},
		{"el lunes en la tarde", slot(1)},
		{"en la tarde", slot(1)},
		{"en la mañana", slot(0)}, // no "tomorrow"
		{"after lunch works", slot(1)},
		// "tarde" as late and later
		{"llego tarde", none},
		{"ya es tarde", none},
		{"más tarde", none},
		{"más tarde te aviso", none},
		{"se me hizo tarde", none},
		{"buenas tardes", none},
		{"tarde o temprano", none},
		{"el martes llego tarde", other(tuesday, "")},
	} {
		requirePick(t, tc.want, calendar.ParsePick(tc.text, offered, false, now, ny), tc.text)
	}
}

func FuzzParsePick(f *testing.F) {
	for _, s := range []string{"the first one", "10:30", "neither, how about thursday", "", "\xff\xfe", "mañana por la tarde", "99:99pm"} {
		f.Add(s, true)
	}
	ny, _ := time.LoadLocation("America/New_York")
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, ny)
	offered := []calendar.Slot{{Start: now.Add(20 * time.Hour)}, {Start: now.Add(22 * time.Hour)}}
	f.Fuzz(func(t *testing.T, s string, booked bool) {
		p := calendar.ParsePick(s, offered, booked, now, ny)
		if p.Kind == calendar.PickSlot && (p.Index < 0 || p.Index >= len(offered)) {
			t.Fatalf("index %d out of range for %q", p.Index, s)
		}
	})
}

// requirePick asserts that ParsePick read text as want: its kind, the
// slot picked, and the day (or days) and part of the day asked for.
func requirePick(t *testing.T, want, got calendar.Pick, text string) {
	t.Helper()
	require.Equal(t, want.Kind, got.Kind, "%q", text)
	require.Equal(t, want.Index, got.Index, "%q", text)
	require.Equal(t, want.HasDay, got.HasDay, "%q", text)
	require.Equal(t, want.Days, got.Days, "%q", text)
	if want.HasDay {
		require.True(t, want.Day.Equal(got.Day), "%q: day %s, want %s", text, got.Day, want.Day)
	}
	require.Equal(t, want.DayPart, got.DayPart, "%q", text)
}
