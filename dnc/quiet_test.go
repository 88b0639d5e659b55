package dnc_test

import (
	"errors"
	"testing"
	"time"
	_ "time/tzdata" // the tests must not depend on the host's zone database

	"github.com/handoffkit/handoffkit/dnc"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestQuietHoursNext(t *testing.T) {
	t.Parallel()
	ny := mustLoad(t, "America/New_York")
	at := func(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	tests := []struct {
		name   string
		q      dnc.QuietHours
		now    time.Time
		loc    *time.Location
		want   time.Time
		wantOK bool
	}{
		{"23:00 waits for 8:00 next day", dnc.QuietHours{}, at(ny, 2026, 3, 10, 23, 0), ny, at(ny, 2026, 3, 11, 8, 0), false},
		{"7:59 waits for 8:00 same day", dnc.QuietHours{}, at(ny, 2026, 3, 10, 7, 59), ny, at(ny, 2026, 3, 10, 8, 0), false},
		{"8:00 is open", dnc.QuietHours{}, at(ny, 2026, 3, 10, 8, 0), ny, at(ny, 2026, 3, 10, 8, 0), true},
		{"20:59 is open", dnc.QuietHours{}, at(ny, 2026, 3, 10, 20, 59), ny, at(ny, 2026, 3, 10, 20, 59), true},
		{"21:00 is quiet", dnc.QuietHours{}, at(ny, 2026, 3, 10, 21, 0), ny, at(ny, 2026, 3, 11, 8, 0), false},
		{"midnight is quiet", dnc.QuietHours{}, at(ny, 2026, 3, 11, 0, 0), ny, at(ny, 2026, 3, 11, 8, 0), false},
		// 03:00 UTC is 23:00 the previous evening in New York.
		{"zone is the lead's, not the clock's", dnc.QuietHours{}, time.Date(2026, 3, 11, 3, 0, 0, 0, time.UTC), ny, at(ny, 2026, 3, 11, 8, 0), false},
		{"15:00 UTC is 11:00 in New York", dnc.QuietHours{}, time.Date(2026, 3, 11, 15, 0, 0, 0, time.UTC), ny, time.Date(2026, 3, 11, 15, 0, 0, 0, time.UTC), true},
		{"nil loc is UTC", dnc.QuietHours{}, time.Date(2026, 3, 11, 22, 0, 0, 0, time.UTC), nil, time.Date(2026, 3, 12, 8, 0, 0, 0, time.UTC), false},
		{"custom window", dnc.QuietHours{Start: 9, End: 17}, at(ny, 2026, 3, 10, 17, 30), ny, at(ny, 2026, 3, 11, 9, 0), false},
		{"always open", dnc.QuietHours{Start: 0, End: 24}, at(ny, 2026, 3, 10, 23, 59), ny, at(ny, 2026, 3, 10, 23, 59), true},
		{"invalid window means default", dnc.QuietHours{Start: 22, End: 3}, at(ny, 2026, 3, 10, 23, 0), ny, at(ny, 2026, 3, 11, 8, 0), false},
		// DST starts in New York on 2026-03-08 at 02:00: the window still opens at 8:00 local.
		{"spring forward", dnc.QuietHours{}, at(ny, 2026, 3, 7, 22, 0), ny, at(ny, 2026, 3, 8, 8, 0), false},
		{"fall back", dnc.QuietHours{}, at(ny, 2026, 10, 31, 22, 0), ny, at(ny, 2026, 11, 1, 8, 0), false},
		{"month end", dnc.QuietHours{}, at(ny, 2026, 12, 31, 21, 30), ny, at(ny, 2027, 1, 1, 8, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := tt.q.Next(tt.now, tt.loc)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Fatalf("Next(%s) = %s, %v; want %s, %v", tt.now, got, ok, tt.want, tt.wantOK)
			}
			if !ok {
				// The returned time is itself inside the window.
				if _, ok2 := tt.q.Next(got, tt.loc); !ok2 {
					t.Fatalf("next send time %s is not inside the window", got)
				}
			}
		})
	}
}

func TestQuietHoursValidate(t *testing.T) {
	t.Parallel()
	for _, q := range []dnc.QuietHours{{}, {Start: 8, End: 21}, {Start: 0, End: 24}, {Start: 23, End: 24}} {
		if err := q.Validate(); err != nil {
			t.Errorf("%+v: %v", q, err)
		}
	}
	for _, q := range []dnc.QuietHours{{Start: 21, End: 8}, {Start: 8, End: 8}, {Start: -1, End: 5}, {Start: 8, End: 25}, {Start: 8}} {
		if err := q.Validate(); err == nil {
			t.Errorf("%+v: want an error", q)
		}
	}
}

func TestTimeZoneForNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		number string
		want   string
	}{
		{"+12125551234", "America/New_York"},
		{"+13105551234", "America/Los_Angeles"},
		{"+18085550100", "Pacific/Honolulu"},
		{"+442071234567", "Europe/London"},
		{"+61212345678", "Australia/Sydney"},
		// Several zones: the first listed (documented choice).
		{"+19075550100", "America/Adak"},
		{"+15550101234", "America/Adak"},
	}
	for _, tt := range tests {
		loc, err := dnc.TimeZoneForNumber(tt.number)
		if err != nil {
			t.Fatalf("%s: %v", tt.number, err)
		}
		if loc.String() != tt.want {
			t.Errorf("%s: got %s, want %s", tt.number, loc, tt.want)
		}
	}
	for _, bad := range []string{"", "2125551234", "+", "+abc", "+999"} {
		_, err := dnc.TimeZoneForNumber(bad)
		if err == nil {
			t.Errorf("%q: want an error", bad)
			continue
		}
		if !errors.Is(err, dnc.ErrInvalidPhone) && !errors.Is(err, dnc.ErrUnknownTimeZone) {
			t.Errorf("%q: error %v wraps neither ErrInvalidPhone nor ErrUnknownTimeZone", bad, err)
		}
	}
}
