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
		got := calendar.ParsePick(tc.text, offer, tc.booked, now, ny)
		require.Equal(t, tc.want.Kind, got.Kind, "%q", tc.text)
		require.Equal(t, tc.want.Index, got.Index, "%q", tc.text)
		require.Equal(t, tc.want.HasDay, got.HasDay, "%q", tc.text)
		if tc.want.HasDay {
			require.True(t, tc.want.Day.Equal(got.Day), "%q: day %s, want %s", tc.text, got.Day, tc.want.Day)
		}
		require.Equal(t, tc.want.DayPart, got.DayPart, "%q", tc.text)
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
