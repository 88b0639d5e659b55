package dnc

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// Default sending window of [QuietHours]: automated texts go out from 8:00
// until 21:00 in the lead's local time (the TCPA window for US numbers).
const (
	DefaultSendStart = 8
	DefaultSendEnd   = 21
)

// QuietHours is the daily window in which automated messages may be sent,
// in the recipient's local time: from Start:00 (inclusive) to End:00
// (exclusive). Outside it is quiet. The zero value means 8 to 21.
//
// Start must be in 0..23 and End in 1..24 with Start < End; End 24 means
// midnight. {Start: 0, End: 24} allows sending at any hour.
type QuietHours struct {
	Start int // hour sending may begin, 0..23
	End   int // hour sending must stop, 1..24
}

func (q QuietHours) bounds() (start, end int) {
	if q.Start == 0 && q.End == 0 {
		return DefaultSendStart, DefaultSendEnd
	}
	return q.Start, q.End
}

// Validate reports whether the window is well formed.
func (q QuietHours) Validate() error {
	s, e := q.bounds()
	if s < 0 || s > 23 || e < 1 || e > 24 || s >= e {
		return fmt.Errorf("dnc: QuietHours{Start: %d, End: %d}: want 0 <= Start < End <= 24", q.Start, q.End)
	}
	return nil
}

// Next reports whether now is inside the sending window in loc and, if it
// is, returns (now, true). Otherwise it returns the next moment the window
// opens, Start:00 local time today or tomorrow, and false. A nil loc means
// UTC. An invalid window (see [QuietHours.Validate]) is treated as the
// default 8 to 21.
//
// Days are calendar days in loc, so daylight-saving changes are handled:
// the window opens at 8:00 local time on the day of a change too.
func (q QuietHours) Next(now time.Time, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC
	}
	start, end := q.bounds()
	if q.Validate() != nil {
		start, end = DefaultSendStart, DefaultSendEnd
	}
	local := now.In(loc)
	y, m, d := local.Date()
	open := time.Date(y, m, d, start, 0, 0, 0, loc)
	closeAt := time.Date(y, m, d+1, 0, 0, 0, 0, loc)
	if end < 24 {
		closeAt = time.Date(y, m, d, end, 0, 0, 0, loc)
	}
	switch {
	case local.Before(open):
		return open, false
	case local.Before(closeAt):
		return now, true
	default:
		return time.Date(y, m, d+1, start, 0, 0, 0, loc), false
	}
}

// NextAll is [QuietHours.Next] for a recipient who may be in any of locs
// (a phone number whose prefix spans several zones, see
// [TimeZonesForNumber]): now is inside the window only when it is inside
// it in every one of them, and otherwise the result is the first moment
// it is, so a text never reaches the recipient outside the window
// whichever of the zones they are in. No locs is Next in UTC, one is Next
// in it. When the zones share no hour of the window within a week (a
// window of a few hours over zones far apart), it is Next in locs[0], the
// number's main zone.
func (q QuietHours) NextAll(now time.Time, locs []*time.Location) (time.Time, bool) {
	if len(locs) <= 1 {
		var loc *time.Location
		if len(locs) == 1 {
			loc = locs[0]
		}
		return q.Next(now, loc)
	}
	// Each step goes to the latest next opening among the zones closed at
	// t: no moment before it is open in all of them. Every step is an
	// opening in some zone, at most one a day each.
	t := now
	for range 9 * len(locs) {
		later := t
		for _, l := range locs {
			if next, ok := q.Next(t, l); !ok && next.After(later) {
				later = next
			}
		}
		if later.Equal(t) {
			return t, t.Equal(now)
		}
		if later.Sub(now) > 8*24*time.Hour {
			break
		}
		t = later
	}
	return q.Next(now, locs[0])
}

// ErrUnknownTimeZone is wrapped by [TimeZoneForNumber] when the number's
// zone cannot be determined.
var ErrUnknownTimeZone = errors.New("dnc: unknown time zone")

var zoneCache sync.Map // zone name -> *time.Location

// TimeZoneForNumber returns the main time zone of an E.164 phone number
// ("+12125551234" is America/New_York): the first of
// [TimeZonesForNumber], the one most of the people with the number's
// prefix live in ("+19075551234" is America/Anchorage, not the western
// Aleutians' America/Adak). A number whose prefix spans several zones may
// be in another: to keep to a sending window use TimeZonesForNumber and
// [QuietHours.NextAll], and name the zone with any time told in this one.
// Its errors are TimeZonesForNumber's.
func TimeZoneForNumber(e164 string) (*time.Location, error) {
	locs, err := TimeZonesForNumber(e164)
	if err != nil {
		return nil, err
	}
	return locs[0], nil
}

// TimeZonesForNumber returns every time zone a phone number in E.164 form
// may be in, from libphonenumber's prefix data
// (github.com/nyaruka/phonenumbers), its main zone first. For most
// countries and for most NANP area codes the prefix has one zone. Where
// it spans several (Alaska's +1 907: America/Anchorage and America/Adak;
// Idaho's +1 208: America/Boise and America/Los_Angeles) the main zone is
// the one most of its people live in (mainZones, for the NANP area codes
// libphonenumber splits), else the first libphonenumber lists. A NANP
// number whose area code names no place (unassigned, fictional like
// +1 555, or toll-free like +1 800), for which libphonenumber lists every
// NANP zone from Guam to Newfoundland, is taken to be in the US: the
// mainland's zones, Alaska's and Hawaii's (usZones), America/New_York
// first. With the default 8:00 to 21:00 window, [QuietHours.NextAll] over
// them sends from 8:00 in Honolulu to 21:00 in New York.
//
// A number that is not E.164 wraps [ErrInvalidPhone]; a number with no
// known zone wraps [ErrUnknownTimeZone]. Locations are loaded with
// time.LoadLocation, so the host needs the system zone database or an
// import of time/tzdata.
func TimeZonesForNumber(e164 string) ([]*time.Location, error) {
	s := strings.TrimSpace(e164)
	if !strings.HasPrefix(s, "+") {
		return nil, fmt.Errorf("%w: %q is not in E.164 form", ErrInvalidPhone, truncate(s, 64))
	}
	num, err := phonenumbers.Parse(s, "")
	if err != nil {
		return nil, fmt.Errorf("%w: %q: %v", ErrInvalidPhone, truncate(s, 64), err)
	}
	zones, err := phonenumbers.GetTimezonesForNumber(num)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnknownTimeZone, err)
	}
	if len(zones) == 0 || zones[0] == phonenumbers.UNKNOWN_TIMEZONE {
		return nil, fmt.Errorf("%w: no zone for the number's prefix", ErrUnknownTimeZone)
	}
	if num.GetCountryCode() == 1 && len(zones) > 1 {
		zones = nanpZones(num, zones)
	}
	locs := make([]*time.Location, 0, len(zones))
	for _, z := range zones {
		l, err := loadLocation(z)
		if err != nil {
			return nil, err
		}
		locs = append(locs, l)
	}
	return locs, nil
}

// nanpZones are the zones of a NANP number for which libphonenumber
// lists several: usZones when it lists every NANP zone, else them with
// the area code's main zone first.
func nanpZones(num *phonenumbers.PhoneNumber, zones []string) []string {
	if all, err := phonenumbers.GetTimezonesForPrefix("1"); err == nil && slices.Equal(zones, all) {
		return usZones
	}
	e := phonenumbers.Format(num, phonenumbers.E164)
	main, ok := mainZones[e[:min(len(e), 5)]]
	i := slices.Index(zones, main)
	if !ok || i <= 0 {
		return zones
	}
	return append([]string{main}, slices.Delete(slices.Clone(zones), i, i+1)...)
}

// mainZones is, for each NANP area code libphonenumber gives several
// zones, the one most of the area code's people live in, which
// [TimeZonesForNumber] lists first.
var mainZones = map[string]string{
	"+1208": "America/Boise",               // Idaho: the south is Mountain, the panhandle Pacific
	"+1986": "America/Boise",               // Idaho's overlay
	"+1775": "America/Los_Angeles",         // northern Nevada: Reno; West Wendover is Mountain
	"+1605": "America/North_Dakota/Center", // South Dakota: the east (Sioux Falls) is Central
	"+1701": "America/North_Dakota/Center", // North Dakota: Central but for the southwest
	"+1709": "America/St_Johns",            // Newfoundland; most of Labrador is Atlantic
	"+1879": "America/St_Johns",            // Newfoundland and Labrador's overlay
	"+1907": "America/Anchorage",           // Alaska; the western Aleutians are Hawaii-Aleutian
}

// usZones are the zones of a NANP number whose area code names no place:
// the US mainland's, Alaska's and Hawaii's, the most populous first.
var usZones = []string{"America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
	"America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"}

func loadLocation(name string) (*time.Location, error) {
	if l, ok := zoneCache.Load(name); ok {
		return l.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrUnknownTimeZone, name, err)
	}
	zoneCache.Store(name, loc)
	return loc, nil
}
