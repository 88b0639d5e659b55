package dnc

import (
	"errors"
	"fmt"
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

// ErrUnknownTimeZone is wrapped by [TimeZoneForNumber] when the number's
// zone cannot be determined.
var ErrUnknownTimeZone = errors.New("dnc: unknown time zone")

var zoneCache sync.Map // zone name -> *time.Location

// TimeZoneForNumber returns the time zone of an E.164 phone number
// ("+12125551234" is America/New_York), from libphonenumber's prefix data
// (github.com/nyaruka/phonenumbers).
//
// Where a prefix spans several zones, libphonenumber lists them
// alphabetically and TimeZoneForNumber picks the first. For most countries
// and for assigned NANP area codes the list has one entry; for Alaska
// (+1 907) it is America/Adak before America/Anchorage, and for a NANP
// number whose area code is unassigned or unknown (such as the fictional
// +1 555) the whole NANP list, so America/Adak (UTC-10). That errs late
// (later in the day than the East Coast) rather than guessing; hosts that
// know the lead's zone should set it on the conversation, which always
// wins. A number that is not E.164 wraps [ErrInvalidPhone]; a number with
// no known zone wraps [ErrUnknownTimeZone]. The location is loaded with
// time.LoadLocation, so the host needs the system zone database or an
// import of time/tzdata.
func TimeZoneForNumber(e164 string) (*time.Location, error) {
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
	return loadLocation(zones[0])
}

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
