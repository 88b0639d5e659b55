package calendar

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// PickKind says what a lead's reply to offered slots asks for.
type PickKind string

// Pick kinds.
const (
	// PickNone: the reply is about something else (or unclear).
	PickNone PickKind = "none"
	// PickSlot: the lead chose offered slot Index.
	PickSlot PickKind = "slot"
	// PickOther: the lead wants other times ("neither", "how about
	// thursday"); Day and DayPart, when set, say which.
	PickOther PickKind = "other"
	// PickReschedule: the lead wants to move a booked meeting ("can we move
	// it to friday"); Day and DayPart as for PickOther.
	PickReschedule PickKind = "reschedule"
	// PickCancel: the lead calls the booked meeting off.
	PickCancel PickKind = "cancel"
)

// Pick is what [ParsePick] read in a reply.
type Pick struct {
	Kind  PickKind
	Index int // for PickSlot: the offered slot, 0-based
	// Day, when HasDay, is the calendar day the lead named, in the lead's
	// zone ("thursday", "tomorrow"); DayPart is "morning", "afternoon" or
	// "evening" when named.
	Day     time.Time
	HasDay  bool
	DayPart string
}

var (
	ordinals = map[string]int{"first": 0, "1st": 0, "one": 0, "1": 0, "earlier": 0, "primera": 0, "primero": 0,
		"second": 1, "2nd": 1, "two": 1, "2": 1, "later": 1, "last": 1, "segunda": 1, "segundo": 1}
	pickOrdinalRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|1st|second|2nd|earlier|later|last|primera|primero|segunda|segundo)\b(?:\s+(?:one|option|time|slot|works|is good|la|el))?` +
		`|\boption\s+(one|two|1|2)\b|^\s*#?(1|2)\s*[.!]?\s*$`)
	clockRE      = regexp.MustCompile(`(?i)\b(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?m?\.?\b`)
	neitherRE    = regexp.MustCompile(`(?i)\b(neither|none of (?:those|these|them)|(?:can'?t|cannot|won'?t) (?:do|make) (?:either|those|that|it)|not (?:those|either)|other (?:times?|options?|days?)|anything else|different (?:time|day)|how about|what about|do you have|ninguna?|otro d[ií]a|otra hora)\b`)
	rescheduleRE = regexp.MustCompile(`(?i)\b(reschedule|move (?:it|the (?:call|meeting|appointment))|push (?:it|the (?:call|meeting))|change (?:the )?(?:time|day)|another (?:time|day)|can'?t make (?:it|the)|cambiar (?:la )?(?:hora|cita))\b`)
	cancelRE     = regexp.MustCompile(`(?i)\b(cancel (?:the |my |our )?(?:call|meeting|appointment|it)|call (?:it|the meeting) off|no longer (?:need|want) (?:the )?(?:call|meeting)|cancelar la (?:cita|llamada))\b`)
	dayPartRE    = regexp.MustCompile(`(?i)\b(morning|afternoon|evening|tonight|mañana por la mañana|por la tarde|por la noche)\b`)
	weekdayNames = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sun": time.Sunday, "mon": time.Monday,
		"tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
		"fri": time.Friday, "sat": time.Saturday, "domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday,
		"miercoles": time.Wednesday, "miércoles": time.Wednesday, "jueves": time.Thursday, "viernes": time.Friday, "sabado": time.Saturday, "sábado": time.Saturday}
)

// ParsePick reads a lead's reply to offered slots: a pick of one of them
// ("the first one", "10:30", "1:15 works", "tomorrow morning" when one
// offered slot is that morning), a wish for other times ("neither, how
// about thursday"), and, when a meeting is booked, a reschedule ("can we
// move it to friday") or a cancellation. offered may be empty (nothing
// offered: only reschedule and cancel can be read then). now and loc (the
// lead's zone; nil means UTC) place days like "tomorrow". It never panics,
// on any input.
func ParsePick(text string, offered []Slot, booked bool, now time.Time, loc *time.Location) Pick {
	if loc == nil {
		loc = time.UTC
	}
	low := strings.ToLower(strings.ToValidUTF8(text, " "))
	day, hasDay := namedDay(low, now.In(loc))
	part := dayPart(low)
	switch {
	case booked && cancelRE.MatchString(low):
		return Pick{Kind: PickCancel}
	case booked && (rescheduleRE.MatchString(low) || len(offered) == 0 && hasDay && neitherRE.MatchString(low)):
		return Pick{Kind: PickReschedule, Day: day, HasDay: hasDay, DayPart: part}
	case len(offered) == 0:
		return Pick{Kind: PickNone}
	}
	if neitherRE.MatchString(low) {
		return Pick{Kind: PickOther, Day: day, HasDay: hasDay, DayPart: part}
	}
	if i, ok := byOrdinal(low, len(offered)); ok {
		return Pick{Kind: PickSlot, Index: i}
	}
	if i, ok := byClock(low, offered, loc); ok {
		return Pick{Kind: PickSlot, Index: i}
	}
	if i, ok := byDay(offered, loc, day, hasDay, part); ok {
		return Pick{Kind: PickSlot, Index: i}
	}
	if hasDay || part != "" {
		return Pick{Kind: PickOther, Day: day, HasDay: hasDay, DayPart: part}
	}
	return Pick{Kind: PickNone}
}

func byOrdinal(low string, n int) (int, bool) {
	m := pickOrdinalRE.FindStringSubmatch(low)
	if m == nil {
		return 0, false
	}
	for _, g := range m[1:] {
		if i, ok := ordinals[g]; ok && i < n {
			return i, true
		}
	}
	return 0, false
}

// byClock matches a clock time in the reply to exactly one offered slot's
// local start ("10:30", "1:15 works", "the 2pm").
func byClock(low string, offered []Slot, loc *time.Location) (int, bool) {
	found := -1
	for _, m := range clockRE.FindAllStringSubmatch(low, -1) {
		h, err := strconv.Atoi(m[1])
		if err != nil || h > 23 || m[2] == "" && m[3] == "" {
			continue // a bare number is not a time ("2 bedrooms")
		}
		min := 0
		if m[2] != "" {
			min, _ = strconv.Atoi(m[2])
		}
		for i, s := range offered {
			st := s.Start.In(loc)
			if st.Minute() != min || !sameHour(st.Hour(), h, m[3]) {
				continue
			}
			if found >= 0 && found != i {
				return 0, false // ambiguous
			}
			found = i
		}
	}
	return found, found >= 0
}

// sameHour compares a slot's 24-hour hour with a spoken hour, which may be
// on a 12-hour clock with or without am/pm.
func sameHour(h24, spoken int, ampm string) bool {
	switch ampm {
	case "a":
		return h24 == spoken%12
	case "p":
		return h24 == spoken%12+12
	}
	return h24 == spoken || h24 == spoken+12 && spoken < 12
}

// byDay picks the one offered slot on the named day and part of day.
func byDay(offered []Slot, loc *time.Location, day time.Time, hasDay bool, part string) (int, bool) {
	if !hasDay && part == "" {
		return 0, false
	}
	found := -1
	for i, s := range offered {
		st := s.Start.In(loc)
		if hasDay && !sameDay(st, day) || part != "" && DayPart(st) != part {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = i
	}
	return found, found >= 0
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// DayPart is the part of the day t falls in, in t's location, as
// [Pick.DayPart] names it: "morning" before noon, "afternoon" before
// 17:00, else "evening".
func DayPart(t time.Time) string {
	switch h := t.Hour(); {
	case h < 12:
		return "morning"
	case h < 17:
		return "afternoon"
	}
	return "evening"
}

func dayPart(low string) string {
	switch m := dayPartRE.FindString(low); m {
	case "":
		return ""
	case "tonight", "por la noche":
		return "evening"
	case "por la tarde":
		return "afternoon"
	case "mañana por la mañana":
		return "morning"
	default:
		return m
	}
}

// namedDay finds "today", "tomorrow" or a weekday (the next one on or
// after today) in low.
func namedDay(low string, now time.Time) (time.Time, bool) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	words := strings.FieldsFunc(low, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'à' && r <= 'ü') })
	for _, w := range words {
		switch w {
		case "today", "hoy":
			return today, true
		case "tomorrow", "tmrw", "tmr":
			return today.AddDate(0, 0, 1), true
		}
		if wd, ok := weekdayNames[w]; ok {
			d := (int(wd) - int(today.Weekday()) + 7) % 7
			return today.AddDate(0, 0, d), true
		}
	}
	if strings.Contains(low, "mañana") && !strings.Contains(low, "por la mañana") || strings.Contains(low, "mañana por la") {
		return today.AddDate(0, 0, 1), true
	}
	return time.Time{}, false
}
