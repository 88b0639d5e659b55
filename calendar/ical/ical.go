// Package ical renders a [calendar.Booking] as an iCalendar (RFC 5545)
// invitation, the text/calendar attachment that mail and calendar clients
// turn into an "accept / decline" meeting: [Invite] for a booking
// (METHOD:REQUEST, RFC 5546) and [Cancellation] for a cancelled one
// (METHOD:CANCEL).
//
// It is built on github.com/arran4/golang-ical (v0.3.4). That library was
// chosen over github.com/emersion/go-ical because it has tagged semver
// releases, no run-time dependencies, and writes what RFC 5545 asks of a
// producer: lines folded at 75 octets without splitting a UTF-8 sequence,
// CRLF line ends (selected here), TEXT values escaped; and it parses its
// output back, which the tests use. emersion/go-ical validates components
// but does not fold long lines and has no release tags. One limitation of
// golang-ical is handled here: it backslash-escapes parameter values
// instead of quoting them, so a display name (CN) has the characters , ; :
// " and \ replaced (see [Person]).
//
// The library is imported by this package only, so that package calendar
// (which the engine imports) stays on the standard library.
package ical

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode"

	ics "github.com/arran4/golang-ical"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/internal/ianazone"
)

// Person is the organizer (the rep) or an attendee (the lead) of a meeting.
// Its address is Email (mailto:) or, for an SMS lead without one, Phone
// (tel:, E.164); a Person with neither is left out. An Email that is not
// one plain address ("dana@example.com", no name, spaces or control
// characters) or a Phone not in E.164 ("+12125550100") is an error:
// written raw, a line break in either would add lines of its own to the
// invitation. Name becomes the CN
// parameter, with , ; : " \ and control characters replaced by spaces
// and ' by ’ (see the package doc).
type Person struct {
	Name  string
	Email string
	Phone string
}

// address returns the calendar user address of p, or "" when p has none,
// and an error for an address that is not one plain email address or an
// E.164 number.
func (p Person) address() (string, error) {
	switch {
	case p.Email != "":
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Name != "" || a.Address != p.Email || strings.ContainsFunc(p.Email, unicode.IsSpace) {
			return "", fmt.Errorf("%q is not an email address", p.Email)
		}
		return "mailto:" + p.Email, nil
	case p.Phone != "":
		if !e164(p.Phone) {
			return "", fmt.Errorf("%q is not an E.164 phone number", p.Phone)
		}
		return "tel:" + p.Phone, nil
	}
	return "", nil
}

// e164 reports whether s is "+" and 8 to 15 digits, the first not 0.
func e164(s string) bool {
	d, ok := strings.CutPrefix(s, "+")
	if !ok || len(d) < 8 || len(d) > 15 || d[0] == '0' {
		return false
	}
	for _, c := range d {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// InviteParams describes the meeting around a booking. Nil or zero fields
// mean the documented defaults.
type InviteParams struct {
	Summary     string // the title; "" means "Meeting"
	Description string // e.g. the brief for the rep, or call details
	Location    string // a place, a phone number or a video link
	Organizer   Person // the rep; calendar clients expect one on a REQUEST
	Attendees   []Person
	// ProdID is the PRODID of the calendar; "" means
	// "-//handoffkit//calendar//EN".
	ProdID string
	// UIDDomain makes the UID globally unique: the UID is the booking ID,
	// "@", and UIDDomain ("" means "handoffkit"). Keep it stable: updates
	// and cancellations match the invitation by UID.
	UIDDomain string
	// Sequence is the revision of the invitation: 0 for the first, one
	// more for each update; a cancellation must carry a Sequence higher
	// than the invitation it cancels.
	Sequence int
	// Stamp is DTSTAMP, when the invitation was created; zero means the
	// booking's CreatedAt.
	Stamp time.Time
	// UTC writes DTSTART and DTEND in UTC instead of the booking's zone.
	// Without it, a booking with a known TimeZone gets TZID times and a
	// VTIMEZONE that describes the zone's offsets around the meeting; a
	// TimeZone that is no IANA zone is an error, "Local" (the zone of the
	// host rendering it) included.
	UTC bool
}

// Invite returns the METHOD:REQUEST invitation of b, one VEVENT with
// STATUS:CONFIRMED, as CRLF-terminated, folded text.
func Invite(b calendar.Booking, p *InviteParams) ([]byte, error) {
	return render(b, p, ics.MethodRequest, ics.ObjectStatusConfirmed)
}

// Cancellation returns the METHOD:CANCEL message of b (STATUS:CANCELLED),
// with the UID of its invitation. Pass a Sequence above the invitation's.
func Cancellation(b calendar.Booking, p *InviteParams) ([]byte, error) {
	return render(b, p, ics.MethodCancel, ics.ObjectStatusCancelled)
}

const (
	localFormat = "20060102T150405"
	utcFormat   = "20060102T150405Z"
)

func render(b calendar.Booking, p *InviteParams, method ics.Method, status ics.ObjectStatus) ([]byte, error) {
	var q InviteParams
	if p != nil {
		q = *p
	}
	switch {
	case b.ID == "":
		return nil, errors.New("ical: the booking has no ID")
	case b.Start.IsZero() || !b.End.After(b.Start):
		return nil, errors.New("ical: the booking needs a Start and an End after it")
	}
	if q.Summary == "" {
		q.Summary = "Meeting"
	}
	if q.ProdID == "" {
		q.ProdID = "-//handoffkit//calendar//EN"
	}
	if q.UIDDomain == "" {
		q.UIDDomain = "handoffkit"
	}
	stamp := q.Stamp
	if stamp.IsZero() {
		stamp = b.CreatedAt
	}
	if stamp.IsZero() {
		return nil, errors.New("ical: no DTSTAMP: set InviteParams.Stamp or the booking's CreatedAt")
	}

	cal := ics.NewCalendarFor("handoffkit")
	cal.SetProductId(q.ProdID)
	cal.SetMethod(method)

	var loc *time.Location
	if !q.UTC && b.TimeZone != "" && b.TimeZone != "UTC" {
		l, err := ianazone.Load(b.TimeZone) // not "Local", the host's zone
		if err != nil {
			return nil, fmt.Errorf("ical: booking %s: time zone %q: %w", b.ID, b.TimeZone, err)
		}
		loc = l
	}
	// A local time the zone lives twice (the hour after a fall-back) would
	// be read as its first occurrence (RFC 5545 3.3.5): write it in UTC.
	startLocal := loc != nil && !ambiguous(b.Start, loc)
	endLocal := loc != nil && !ambiguous(b.End, loc)
	if startLocal || endLocal {
		cal.AddVTimezone(vtimezone(b.TimeZone, loc, b.Start, b.End))
	}

	ev := ics.NewEvent(b.ID + "@" + q.UIDDomain)
	ev.SetDtStampTime(stamp)
	if startLocal {
		ev.SetProperty(ics.ComponentPropertyDtStart, b.Start.In(loc).Format(localFormat), ics.WithTZID(b.TimeZone))
	} else {
		ev.SetStartAt(b.Start)
	}
	if endLocal {
		ev.SetProperty(ics.ComponentPropertyDtEnd, b.End.In(loc).Format(localFormat), ics.WithTZID(b.TimeZone))
	} else {
		ev.SetEndAt(b.End)
	}
	ev.SetSequence(q.Sequence)
	ev.SetStatus(status)
	ev.SetSummary(text(q.Summary))
	if q.Description != "" {
		ev.SetDescription(text(q.Description))
	}
	if q.Location != "" {
		ev.SetLocation(text(q.Location))
	}
	addr, err := q.Organizer.address()
	if err != nil {
		return nil, fmt.Errorf("ical: booking %s: organizer: %w", b.ID, err)
	}
	if addr != "" {
		ev.SetProperty(ics.ComponentPropertyOrganizer, addr, cn(q.Organizer)...)
	}
	for i, a := range q.Attendees {
		addr, err := a.address()
		if err != nil {
			return nil, fmt.Errorf("ical: booking %s: attendee %d: %w", b.ID, i, err)
		}
		if addr == "" {
			continue
		}
		params := append(cn(a), ics.ParticipationRoleReqParticipant, ics.ParticipationStatusNeedsAction, &ics.KeyValues{Key: string(ics.ParameterRsvp), Value: []string{"TRUE"}})
		ev.AddProperty(ics.ComponentPropertyAttendee, addr, params...)
	}
	cal.AddVEvent(ev)

	var out strings.Builder
	if err := cal.SerializeTo(&out, ics.WithNewLineWindows); err != nil {
		return nil, fmt.Errorf("ical: booking %s: %w", b.ID, err)
	}
	return []byte(out.String()), nil
}

// ambiguous reports whether the wall-clock reading of t in loc also names
// another instant (it falls in an hour the zone repeats).
func ambiguous(t time.Time, loc *time.Location) bool {
	w := t.In(loc)
	naive := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), time.UTC)
	for _, probe := range []time.Time{t.Add(-26 * time.Hour), t.Add(26 * time.Hour)} {
		_, off := probe.In(loc).Zone()
		other := naive.Add(-time.Duration(off) * time.Second)
		if _, o := other.In(loc).Zone(); o == off && !other.Equal(t) {
			return true
		}
	}
	return false
}

// text normalises line breaks of a TEXT value to LF, which the library
// escapes as \n (a bare CR would end the content line), and drops the
// other control characters, which RFC 5545 does not allow in TEXT.
func text(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// cnCleaner removes what golang-ical would backslash-escape in a parameter
// value (RFC 5545 quotes such values instead).
var cnCleaner = strings.NewReplacer(`,`, " ", `;`, " ", `:`, " ", `"`, "", `\`, " ", `'`, "’")

// cn returns the CN parameter of p, if it has a name.
func cn(p Person) []ics.PropertyParameter {
	name := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, cnCleaner.Replace(p.Name))
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return nil
	}
	return []ics.PropertyParameter{ics.WithCN(name)}
}

// vtimezone describes zone around the meeting [start, end): the
// observance (standard or daylight time) in force at start and, when a
// clock change falls inside the meeting, the one in force at end. Each
// observance carries its onset (from Go's zone data) and no recurrence
// rule, which RFC 5545 allows: the component is exact for the times it is
// used with, and clients that know the IANA name use their own data.
func vtimezone(zone string, loc *time.Location, start, end time.Time) *ics.VTimezone {
	tz := ics.NewTimezone(zone)
	seen := map[time.Time]bool{}
	for _, t := range []time.Time{start, end.Add(-time.Nanosecond)} {
		t = t.In(loc)
		onset, _ := t.ZoneBounds()
		if seen[onset] {
			continue
		}
		seen[onset] = true
		name, to := t.Zone()
		from := to
		if !onset.IsZero() {
			_, from = onset.Add(-time.Nanosecond).Zone()
		}
		var dtstart string
		if onset.IsZero() {
			dtstart = "19700101T000000"
		} else {
			// The onset as a local time in the offset it replaces.
			dtstart = onset.UTC().Add(time.Duration(from) * time.Second).Format(localFormat)
		}
		base := ics.ComponentBase{}
		base.SetProperty(ics.ComponentPropertyDtStart, dtstart)
		base.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetfrom), offset(from))
		base.SetProperty(ics.ComponentProperty(ics.PropertyTzoffsetto), offset(to))
		base.SetProperty(ics.ComponentProperty(ics.PropertyTzname), name)
		if t.IsDST() {
			tz.Components = append(tz.Components, &ics.Daylight{ComponentBase: base})
		} else {
			tz.Components = append(tz.Components, &ics.Standard{ComponentBase: base})
		}
	}
	return tz
}

// offset formats a UTC offset in seconds as RFC 5545's +HHMM[SS].
func offset(sec int) string {
	sign := '+'
	if sec < 0 {
		sign, sec = '-', -sec
	}
	s := fmt.Sprintf("%c%02d%02d", sign, sec/3600, sec/60%60)
	if sec%60 != 0 {
		s += fmt.Sprintf("%02d", sec%60)
	}
	return s
}
