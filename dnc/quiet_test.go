package dnc_test

import (
	"errors"
	"strings"
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
		// Several zones: the main one, where most of the prefix's people
		// live; no area named: the US's most populous.
		{"+19075550100", "America/Anchorage"},
		{"+12085550100", "America/Boise"},
		{"+15550101234", "America/New_York"},
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

// TestTimeZonesForNumber: a prefix spanning several zones gives all of
// them, its main zone first; a NANP number whose area code names no place
// (fictional, toll-free) is in the US mainland, Alaska or Hawaii, not
// anywhere from Guam to Newfoundland.
func TestTimeZonesForNumber(t *testing.T) {
	t.Parallel()
	us := []string{"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
		"America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"}
	tests := []struct {
		number string
		want   []string
	}{
		{"+12125551234", []string{"America/New_York"}},
		{"+19075550100", []string{"America/Anchorage", "America/Adak"}},
		{"+12085550100", []string{"America/Boise", "America/Los_Angeles"}},
		{"+17755550100", []string{"America/Los_Angeles", "America/Boise"}},
		{"+17095550100", []string{"America/St_Johns", "America/Puerto_Rico"}},
		{"+15550101234", us},
		{"+18005550100", us},
		{"+18885550100", us},
		{"+16715550100", []string{"Pacific/Guam"}},
		{"+1907", []string{"America/Anchorage", "America/Adak"}}, // a bare area code
		{"+190", us},
		{"+442071234567", []string{"Europe/London"}},
	}
	for _, tt := range tests {
		locs, err := dnc.TimeZonesForNumber(tt.number)
		if err != nil {
			t.Fatalf("%s: %v", tt.number, err)
		}
		var got []string
		for _, l := range locs {
			got = append(got, l.String())
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: got %v, want %v", tt.number, got, tt.want)
		}
	}
	for _, bad := range []string{"", "2125551234", "+", "+999"} {
		if _, err := dnc.TimeZonesForNumber(bad); !errors.Is(err, dnc.ErrInvalidPhone) && !errors.Is(err, dnc.ErrUnknownTimeZone) {
			t.Errorf("%q: error %v wraps neither ErrInvalidPhone nor ErrUnknownTimeZone", bad, err)
		}
	}
}

// TestQuietHoursNextAll: a recipient who may be in any of several zones is
// sent to only in hours open in every one: an Alaska number from 9:00
// Anchorage time (8:00 on Adak) to 21:00 Anchorage time, a number of no
// known area from 8:00 in Honolulu to 21:00 in New York.
func TestQuietHoursNextAll(t *testing.T) {
	t.Parallel()
	alaska, err := dnc.TimeZonesForNumber("+19075550100")
	if err != nil {
		t.Fatal(err)
	}
	us, err := dnc.TimeZonesForNumber("+15550101234")
	if err != nil {
		t.Fatal(err)
	}
	anc, ny, hnl := mustLoad(t, "America/Anchorage"), mustLoad(t, "America/New_York"), mustLoad(t, "Pacific/Honolulu")
	at := func(loc *time.Location, y int, m time.Month, d, h, min int) time.Time {
		return time.Date(y, m, d, h, min, 0, 0, loc)
	}
	tests := []struct {
		name   string
		q      dnc.QuietHours
		now    time.Time
		locs   []*time.Location
		want   time.Time
		wantOK bool
	}{
		{"Anchorage 21:30 waits for 9:00 (8:00 on Adak)", dnc.QuietHours{}, at(anc, 2026, 1, 12, 21, 30), alaska, at(anc, 2026, 1, 13, 9, 0), false},
		{"Anchorage 8:30 is 7:30 on Adak", dnc.QuietHours{}, at(anc, 2026, 1, 12, 8, 30), alaska, at(anc, 2026, 1, 12, 9, 0), false},
		{"Anchorage 20:59 is open", dnc.QuietHours{}, at(anc, 2026, 1, 12, 20, 59), alaska, at(anc, 2026, 1, 12, 20, 59), true},
		{"no area: New York 22:00 waits for 8:00 in Honolulu", dnc.QuietHours{}, at(ny, 2026, 1, 12, 22, 0), us, at(hnl, 2026, 1, 13, 8, 0), false},
		{"no area: New York 10:00 is 5:00 in Honolulu", dnc.QuietHours{}, at(ny, 2026, 1, 12, 10, 0), us, at(hnl, 2026, 1, 12, 8, 0), false},
		{"no area: New York 13:30 is open", dnc.QuietHours{}, at(ny, 2026, 1, 12, 13, 30), us, at(ny, 2026, 1, 12, 13, 30), true},
		{"no area, summer: New York 20:30 is open", dnc.QuietHours{}, at(ny, 2026, 7, 13, 20, 30), us, at(ny, 2026, 7, 13, 20, 30), true},
		{"one zone is Next", dnc.QuietHours{}, at(ny, 2026, 1, 12, 22, 0), []*time.Location{ny}, at(ny, 2026, 1, 13, 8, 0), false},
		{"no hour shared: the first zone", dnc.QuietHours{Start: 10, End: 12}, at(ny, 2026, 1, 12, 13, 0), []*time.Location{ny, hnl}, at(ny, 2026, 1, 13, 10, 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := tt.q.NextAll(tt.now, tt.locs)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Fatalf("NextAll(%s) = %s, %v; want %s, %v", tt.now, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

// FuzzTimeZonesForNumber: any text gives either a typed error or at least
// one zone, never a panic.
func FuzzTimeZonesForNumber(f *testing.F) {
	for _, s := range []string{"+19075550100", "+15550101234", "+1907", "+190", "+1", "+", "", "+442071234567", "+61412345678", "+1 (208) 555-0100"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		locs, err := dnc.TimeZonesForNumber(s)
		if err != nil {
			if !errors.Is(err, dnc.ErrInvalidPhone) && !errors.Is(err, dnc.ErrUnknownTimeZone) {
				t.Fatalf("%q: error %v wraps neither ErrInvalidPhone nor ErrUnknownTimeZone", s, err)
			}
			return
		}
		if len(locs) == 0 {
			t.Fatalf("%q: no zone and no error", s)
		}
		for _, l := range locs {
			if l == nil {
				t.Fatalf("%q: a nil zone in %v", s, locs)
			}
		}
	})
}
