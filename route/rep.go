package route

import (
	"fmt"
	"strings"
	"time"
)

// Rep is a person who can receive handoffs.
type Rep struct {
	ID          string
	Name        string
	Skills      []Skill  // "technical", "spanish", ...
	Territories []string // region keys, matched to [Lead.Region] ignoring case
	Senior      bool     // takes high-value leads ([RuleValueTier])
	Hours       Hours    // working hours; the zero value means always on
	Away        []Period // out of office
	// MaxOpen caps the rep's open handoffs, as [Load] counts them; 0 means
	// no cap.
	MaxOpen int
	// ResponseTime is how soon the rep usually texts a lead while on duty,
	// reported as [Assignment.Wait]; 0 means [Config.ResponseTime].
	ResponseTime time.Duration
	// Unavailable takes the rep out of routing until cleared (a manual
	// switch: [Pool.SetAvailable]).
	Unavailable bool
}

// AvailableAt reports whether r is on duty at t: not marked unavailable,
// within working hours and not out of office. Capacity is not checked.
func (r Rep) AvailableAt(t time.Time) bool {
	return !r.Unavailable && r.Hours.On(t) && r.awayAt(t) < 0
}

// NextAvailable returns the first instant at or after t when r is on duty
// (see [Rep.AvailableAt]), and false when that never happens: the rep is
// marked unavailable, has an open-ended absence, or no shift starts within
// the following week of an absence's end.
func (r Rep) NextAvailable(t time.Time) (time.Time, bool) {
	if r.Unavailable {
		return time.Time{}, false
	}
	// Each pass either returns or moves past one absence, so len(Away)+1
	// passes are enough.
	for range len(r.Away) + 1 {
		n, ok := r.Hours.Next(t)
		if !ok {
			return time.Time{}, false
		}
		i := r.awayAt(n)
		if i < 0 {
			return n, true
		}
		if r.Away[i].End.IsZero() {
			return time.Time{}, false
		}
		t = r.Away[i].End
	}
	return time.Time{}, false
}

// awayAt returns the index of an absence covering t, or -1.
func (r Rep) awayAt(t time.Time) int {
	for i, p := range r.Away {
		if p.Contains(t) {
			return i
		}
	}
	return -1
}

// validate names the field of r out of range and what is wrong with it;
// "" when r is valid.
func (r Rep) validate() (field, problem string) {
	if strings.TrimSpace(r.ID) == "" {
		return "ID", "is empty"
	}
	if r.MaxOpen < 0 {
		return "MaxOpen", fmt.Sprintf("is negative (%d)", r.MaxOpen)
	}
	if r.ResponseTime < 0 {
		return "ResponseTime", fmt.Sprintf("is negative (%v)", r.ResponseTime)
	}
	if z := r.Hours.Zone; z != nil && (z == time.Local || z.String() == "Local") {
		return "Hours.Zone", "is time.Local, the zone of the host that routes: load the rep's by its IANA name (time.LoadLocation(\"America/Chicago\"))"
	}
	for i, s := range r.Hours.Shifts {
		if field, problem := s.validate(); field != "" {
			return fmt.Sprintf("Hours.Shifts[%d].%s", i, field), problem
		}
	}
	for i, p := range r.Away {
		if !p.End.IsZero() && !p.End.After(p.Start) {
			return fmt.Sprintf("Away[%d].End", i), fmt.Sprintf("%v is not after Start %v", p.End, p.Start)
		}
	}
	return "", ""
}

// Period is a time range [Start, End). A zero End means open-ended.
type Period struct {
	Start, End time.Time
}

// Contains reports whether t is in p.
func (p Period) Contains(t time.Time) bool {
	return !t.Before(p.Start) && (p.End.IsZero() || t.Before(p.End))
}

// Shift is a weekly block of working hours, in wall-clock time of the
// rep's zone: from Start to End after local midnight on Day. Wall clock
// means a 09:00-17:00 shift starts at 09:00 on the days clocks change too
// (it is then 7 or 9 hours long); an hour the clocks repeat is worked
// twice if it lies in a shift, and one they skip is not worked.
// A shift stays within its day (0 <= Start < End <= 24h): split a night
// shift at midnight into two.
type Shift struct {
	Day        time.Weekday
	Start, End time.Duration
}

func (s Shift) validate() (field, problem string) {
	switch {
	case s.Day < time.Sunday || s.Day > time.Saturday:
		return "Day", fmt.Sprintf("%d is not a weekday", s.Day)
	case s.Start < 0 || s.Start >= 24*time.Hour:
		return "Start", fmt.Sprintf("%v is not within the day", s.Start)
	case s.End <= s.Start || s.End > 24*time.Hour:
		return "End", fmt.Sprintf("%v is not after Start %v within the day", s.End, s.Start)
	}
	return "", ""
}

// Weekdays returns a Monday-to-Friday shift from start to end after local
// midnight each day: Weekdays(9*time.Hour, 17*time.Hour) is nine to five.
func Weekdays(start, end time.Duration) []Shift {
	out := make([]Shift, 0, 5)
	for d := time.Monday; d <= time.Friday; d++ {
		out = append(out, Shift{Day: d, Start: start, End: end})
	}
	return out
}

// Hours is a rep's weekly schedule in the rep's time zone.
type Hours struct {
	// Zone is the rep's IANA zone (time.LoadLocation("America/Chicago"));
	// nil means UTC. Hosts on images without zone data import time/tzdata.
	// time.Local is refused ([New], [Pool.SetReps]): it is the zone of the
	// host that routes, so the shifts would follow the server's clock.
	Zone *time.Location
	// Shifts are the working blocks of a week; none means always on.
	Shifts []Shift
}

func (h Hours) zone() *time.Location {
	if h.Zone == nil {
		return time.UTC
	}
	return h.Zone
}

// On reports whether t falls within a shift, reading t on the wall clock of
// h's zone.
func (h Hours) On(t time.Time) bool {
	if len(h.Shifts) == 0 {
		return true
	}
	lt := t.In(h.zone())
	hh, mm, ss := lt.Clock()
	tod := time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute +
		time.Duration(ss)*time.Second + time.Duration(lt.Nanosecond())
	wd := lt.Weekday()
	for _, s := range h.Shifts {
		if s.Day == wd && s.Start <= tod && tod < s.End {
			return true
		}
	}
	return false
}

// Next returns the first instant at or after t that is within a shift, and
// false when h has no valid shift. Clock changes are handled: a shift that
// starts in the skipped hour starts when the clocks jump, and one that
// starts in a repeated hour starts at the first occurrence not before t.
func (h Hours) Next(t time.Time) (time.Time, bool) {
	if h.On(t) {
		return t, true
	}
	loc := h.zone()
	lt := t.In(loc)
	y, m, d := lt.Date()
	var best time.Time
	consider := func(c time.Time) {
		if !c.Before(t) && (best.IsZero() || c.Before(best)) && h.On(c) {
			best = c
		}
	}
	// Today through the same weekday next week covers every shift once.
	for off := range 8 {
		day := time.Date(y, m, d+off, 12, 0, 0, 0, time.UTC)
		wd := day.Weekday()
		for _, s := range h.Shifts {
			if s.Day != wd {
				continue
			}
			// Where the wall clock starts a shift: the start itself, or a
			// clock change next to it (a skipped start begins at the
			// jump; a repeated start happens a second time).
			c := time.Date(day.Year(), day.Month(), day.Day(),
				int(s.Start/time.Hour), int(s.Start%time.Hour/time.Minute),
				int(s.Start%time.Minute/time.Second), int(s.Start%time.Second), loc)
			consider(c)
			start, end := c.ZoneBounds()
			for _, b := range []time.Time{start, end} {
				if b.IsZero() {
					continue
				}
				consider(b)
				_, before := b.Add(-time.Nanosecond).Zone()
				_, after := b.Zone()
				diff := time.Duration(before-after) * time.Second
				consider(c.Add(diff))
				consider(c.Add(-diff))
			}
		}
	}
	return best, !best.IsZero()
}
