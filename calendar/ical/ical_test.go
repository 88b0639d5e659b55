package ical_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/calendar/ical"
)

var booking = calendar.Booking{
	ID:             "bk1",
	TenantID:       "acme",
	RepID:          "sarah",
	ConversationID: "conv-1",
	Start:          time.Date(2026, 3, 16, 14, 0, 0, 0, time.UTC), // 10:00 EDT
	End:            time.Date(2026, 3, 16, 14, 30, 0, 0, time.UTC),
	TimeZone:       "America/New_York",
	Status:         calendar.StatusBooked,
	IdempotencyKey: "conv-1/offer-1",
	CreatedAt:      time.Date(2026, 3, 15, 16, 2, 3, 0, time.UTC),
}

// longText is longer than a content line, with multi-byte characters, a
// line break and characters TEXT escapes.
var longText = "Brief: motivated seller, inherited the house; needs a quick, as-is sale — timeline 30 days, price ~$250,000. Wants Señor García’s team 🏡.\nCall on the mobile."

var params = &ical.InviteParams{
	Summary:     "Call with Sarah Lee (Acme Realty)",
	Description: longText,
	Location:    "Phone: +1 555 010 0000",
	Organizer:   ical.Person{Name: "Sarah Lee", Email: "sarah@acme.test"},
	Attendees: []ical.Person{
		{Name: "O'Brien, Pat", Email: "pat@example.test"},
		{Name: "SMS lead", Phone: "+15550100000"},
		{Name: "nobody"}, // no address: left out
	},
}

// checkWire fails unless out is CRLF-terminated and folded: every line at
// most 75 octets, continuation lines start with a space, no UTF-8 sequence
// split across lines. It returns the unfolded content lines.
func checkWire(t *testing.T, out []byte) []string {
	t.Helper()
	require.True(t, bytes.HasSuffix(out, []byte("\r\n")), "ends with CRLF")
	require.Equal(t, bytes.Count(out, []byte("\n")), bytes.Count(out, []byte("\r\n")), "every line ends with CRLF, no bare LF")
	require.Equal(t, bytes.Count(out, []byte("\r")), bytes.Count(out, []byte("\r\n")), "no bare CR")
	physical := strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n")
	folded := 0
	for _, l := range physical {
		require.LessOrEqual(t, len(l), 75, "line longer than 75 octets: %q", l)
		require.True(t, utf8.ValidString(l), "a line splits a UTF-8 sequence: %q", l)
		if strings.HasPrefix(l, " ") {
			folded++
		}
	}
	require.Positive(t, folded, "the long description must be folded")
	var lines []string
	for _, l := range physical {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

func TestInvite(t *testing.T) {
	t.Parallel()
	out, err := ical.Invite(booking, params)
	require.NoError(t, err)
	lines := checkWire(t, out)
	for _, want := range []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//handoffkit//calendar//EN",
		"METHOD:REQUEST",
		"BEGIN:VTIMEZONE",
		"TZID:America/New_York",
		"BEGIN:DAYLIGHT",
		"DTSTART:20260308T020000", // EDT began at 02:00 EST
		"TZOFFSETFROM:-0500",
		"TZOFFSETTO:-0400",
		"TZNAME:EDT",
		"BEGIN:VEVENT",
		"UID:bk1@handoffkit",
		"DTSTAMP:20260315T160203Z",
		"DTSTART;TZID=America/New_York:20260316T100000",
		"DTEND;TZID=America/New_York:20260316T103000",
		"SEQUENCE:0",
		"STATUS:CONFIRMED",
		`SUMMARY:Call with Sarah Lee (Acme Realty)`,
		`LOCATION:Phone: +1 555 010 0000`,
		"ORGANIZER;CN=Sarah Lee:mailto:sarah@acme.test",
		"ATTENDEE;CN=O’Brien Pat;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:pat@example.test",
		"ATTENDEE;CN=SMS lead;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:tel:+15550100000",
		"END:VEVENT",
		"END:VCALENDAR",
	} {
		require.Contains(t, lines, want)
	}
	require.NotContains(t, string(out), "nobody")
	require.Equal(t, "BEGIN:VCALENDAR", lines[0])
	require.Equal(t, "END:VCALENDAR", lines[len(lines)-1])

	// Parse it back.
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	require.NoError(t, err)
	events := cal.Events()
	require.Len(t, events, 1)
	ev := events[0]
	require.Equal(t, "bk1@handoffkit", ev.Id())
	start, err := ev.GetStartAt()
	require.NoError(t, err)
	end, err := ev.GetEndAt()
	require.NoError(t, err)
	require.True(t, start.Equal(booking.Start), "DTSTART %v, want %v", start, booking.Start)
	require.True(t, end.Equal(booking.End), "DTEND %v, want %v", end, booking.End)
	require.Equal(t, longText, ev.GetProperty(ics.ComponentPropertyDescription).Value)
	require.Len(t, ev.Attendees(), 2)
	require.Equal(t, "pat@example.test", ev.Attendees()[0].Email())
}

func TestInviteUTC(t *testing.T) {
	t.Parallel()
	p := *params
	p.UTC = true
	p.Stamp = time.Date(2026, 3, 15, 17, 0, 0, 0, time.FixedZone("X", 3600))
	out, err := ical.Invite(booking, &p)
	require.NoError(t, err)
	lines := checkWire(t, out)
	require.Contains(t, lines, "DTSTART:20260316T140000Z")
	require.Contains(t, lines, "DTEND:20260316T143000Z")
	require.Contains(t, lines, "DTSTAMP:20260315T160000Z")
	require.NotContains(t, string(out), "VTIMEZONE")
	require.NotContains(t, string(out), "TZID")
}

func TestCancellation(t *testing.T) {
	t.Parallel()
	p := *params
	p.Sequence = 1
	b := booking
	b.Status = calendar.StatusCancelled
	out, err := ical.Cancellation(b, &p)
	require.NoError(t, err)
	lines := checkWire(t, out)
	require.Contains(t, lines, "METHOD:CANCEL")
	require.Contains(t, lines, "STATUS:CANCELLED")
	require.Contains(t, lines, "SEQUENCE:1")
	require.Contains(t, lines, "UID:bk1@handoffkit")
}

// TestInviteAcrossFallBack: a meeting 01:45 EDT - 01:15 EST on 2026-11-01
// (New York lives 01:00-02:00 twice): both ends are ambiguous local times,
// so they are written in UTC and parse back to the right instants.
func TestInviteAcrossFallBack(t *testing.T) {
	t.Parallel()
	b := booking
	b.Start = time.Date(2026, 11, 1, 5, 45, 0, 0, time.UTC)
	b.End = time.Date(2026, 11, 1, 6, 15, 0, 0, time.UTC)
	out, err := ical.Invite(b, &ical.InviteParams{Summary: "Late call", Description: longText})
	require.NoError(t, err)
	lines := checkWire(t, out)
	require.Contains(t, lines, "DTSTART:20261101T054500Z")
	require.Contains(t, lines, "DTEND:20261101T061500Z")

	// A meeting ending just after the change: start local (EDT), end local
	// (EST), and a VTIMEZONE with both observances.
	b.Start = time.Date(2026, 11, 1, 5, 30, 0, 0, time.UTC) // 01:30 EDT: ambiguous, UTC
	b.End = time.Date(2026, 11, 1, 7, 30, 0, 0, time.UTC)   // 02:30 EST
	out, err = ical.Invite(b, &ical.InviteParams{Description: longText})
	require.NoError(t, err)
	lines = checkWire(t, out)
	require.Contains(t, lines, "DTSTART:20261101T053000Z")
	require.Contains(t, lines, "DTEND;TZID=America/New_York:20261101T023000")
	require.Contains(t, lines, "BEGIN:DAYLIGHT")
	require.Contains(t, lines, "BEGIN:STANDARD")
	require.Contains(t, lines, "DTSTART:20261101T020000") // EST begins at 02:00 EDT
	cal, err := ics.ParseCalendar(bytes.NewReader(out))
	require.NoError(t, err)
	end, err := cal.Events()[0].GetEndAt()
	require.NoError(t, err)
	require.True(t, end.Equal(b.End), "DTEND %v, want %v", end, b.End)
}

func TestInviteHalfHourZone(t *testing.T) {
	t.Parallel()
	b := booking
	b.TimeZone = "Asia/Kolkata"
	out, err := ical.Invite(b, &ical.InviteParams{Description: longText})
	require.NoError(t, err)
	lines := checkWire(t, out)
	require.Contains(t, lines, "DTSTART;TZID=Asia/Kolkata:20260316T193000")
	require.Contains(t, lines, "TZOFFSETTO:+0530")
}

func TestInviteRefusesIncompleteBookings(t *testing.T) {
	t.Parallel()
	for name, mutate := range map[string]func(b *calendar.Booking){
		"no ID":        func(b *calendar.Booking) { b.ID = "" },
		"no start":     func(b *calendar.Booking) { b.Start = time.Time{} },
		"end at start": func(b *calendar.Booking) { b.End = b.Start },
		"no stamp":     func(b *calendar.Booking) { b.CreatedAt = time.Time{} },
		"unknown zone": func(b *calendar.Booking) { b.TimeZone = "Mars/Olympus_Mons" },
		// the host's zone, not the rep's: a TZID "Local" with the server's offsets
		"host's zone": func(b *calendar.Booking) { b.TimeZone = "Local" },
	} {
		b := booking
		mutate(&b)
		_, err := ical.Invite(b, nil)
		require.Error(t, err, name)
	}
}

func ExampleInvite() {
	b := calendar.Booking{
		ID:        "bk42",
		RepID:     "sarah",
		Start:     time.Date(2026, 3, 16, 14, 30, 0, 0, time.UTC),
		End:       time.Date(2026, 3, 16, 15, 0, 0, 0, time.UTC),
		TimeZone:  "America/New_York",
		CreatedAt: time.Date(2026, 3, 15, 16, 0, 0, 0, time.UTC),
	}
	out, err := ical.Invite(b, &ical.InviteParams{
		Summary:   "Call with Sarah",
		Organizer: ical.Person{Name: "Sarah Lee", Email: "sarah@acme.test"},
		Attendees: []ical.Person{{Name: "Pat", Phone: "+15550100000"}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Print(strings.ReplaceAll(string(out), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//handoffkit//calendar//EN
	// METHOD:REQUEST
	// BEGIN:VTIMEZONE
	// TZID:America/New_York
	// BEGIN:DAYLIGHT
	// DTSTART:20260308T020000
	// TZOFFSETFROM:-0500
	// TZOFFSETTO:-0400
	// TZNAME:EDT
	// END:DAYLIGHT
	// END:VTIMEZONE
	// BEGIN:VEVENT
	// UID:bk42@handoffkit
	// DTSTAMP:20260315T160000Z
	// DTSTART;TZID=America/New_York:20260316T103000
	// DTEND;TZID=America/New_York:20260316T110000
	// SEQUENCE:0
	// STATUS:CONFIRMED
	// SUMMARY:Call with Sarah
	// ORGANIZER;CN=Sarah Lee:mailto:sarah@acme.test
	// ATTENDEE;CN=Pat;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:tel:+1
	//  5550100000
	// END:VEVENT
	// END:VCALENDAR
}

// FuzzInviteText: whatever text a host puts in the summary, description or
// names (they may come from a lead), the output stays well-formed: CRLF
// lines of at most 75 octets, and the description parses back unchanged
// (line breaks normalised to LF).
func FuzzInviteText(f *testing.F) {
	f.Add("Call", longText, "Sarah Lee")
	f.Add("a;b,c\\d", "line1\r\nline2\rline3\n", `Pat "the lead", O'Brien: CEO`)
	f.Add(strings.Repeat("é", 80), strings.Repeat("🏡", 40), strings.Repeat("x", 100))
	f.Fuzz(func(t *testing.T, summary, description, name string) {
		if !utf8.ValidString(summary) || !utf8.ValidString(description) || !utf8.ValidString(name) ||
			strings.ContainsRune(summary+description+name, 0) {
			t.Skip()
		}
		out, err := ical.Invite(booking, &ical.InviteParams{
			Summary: summary, Description: description,
			Organizer: ical.Person{Name: name, Email: "sarah@acme.test"},
		})
		require.NoError(t, err)
		require.Equal(t, bytes.Count(out, []byte("\n")), bytes.Count(out, []byte("\r\n")))
		require.Equal(t, bytes.Count(out, []byte("\r")), bytes.Count(out, []byte("\r\n")))
		for _, l := range strings.Split(string(out), "\r\n") {
			require.LessOrEqual(t, len(l), 75)
		}
		cal, err := ics.ParseCalendar(bytes.NewReader(out))
		require.NoError(t, err)
		evs := cal.Events()
		require.Len(t, evs, 1)
		want := normText(description)
		if want != "" {
			require.Equal(t, want, evs[0].GetProperty(ics.ComponentPropertyDescription).Value)
		}
	})
}

// normText is what a TEXT value becomes: CRLF and CR as LF, no other
// control characters but tab.
func normText(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	return strings.Map(func(r rune) rune {
		if r != '\n' && r != '\t' && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// TestInviteRefusesUnsafeAddresses: an address is written raw after
// mailto: or tel:, so one that is not a plain email address or an E.164
// number is an error, never lines of its own in the invitation (a line
// break in a lead's email had added a second ATTENDEE).
func TestInviteRefusesUnsafeAddresses(t *testing.T) {
	t.Parallel()
	for _, p := range []ical.Person{
		{Name: "Dana", Email: "dana@example.com\nATTENDEE:mailto:evil@attacker.example"},
		{Name: "Dana", Email: "Dana <dana@example.com>"},
		{Name: "Dana", Email: "dana @example.com"},
		{Name: "Dana", Phone: "+1555\nX-EVIL:1"},
		{Name: "Dana", Phone: "(555) 010-1234"},
	} {
		_, err := ical.Invite(booking, &ical.InviteParams{Organizer: ical.Person{Name: "Sarah", Email: "sarah@example.com"}, Attendees: []ical.Person{p}})
		require.Error(t, err, "%+v", p)
		_, err = ical.Invite(booking, &ical.InviteParams{Organizer: p})
		require.Error(t, err, "organizer %+v", p)
	}
	out, err := ical.Invite(booking, &ical.InviteParams{Organizer: ical.Person{Name: "Sarah", Email: "sarah@example.com"},
		Attendees: []ical.Person{{Name: "Dana", Phone: "+12125550100"}}})
	require.NoError(t, err)
	require.Contains(t, strings.ReplaceAll(string(out), "\r\n ", ""), ":tel:+12125550100")
}
