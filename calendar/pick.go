package calendar

import (
	"regexp"
	"slices"
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
	// zone ("thursday", "tomorrow"), and Days is 0; for a week named
	// ("next week") Day is its Monday and Days is 7, the days from Day
	// the wish spans. DayPart is "morning", "afternoon" or "evening" when
	// named ("tuesday afternoon", "after lunch", "tuesday early", "after
	// work", "el martes en la tarde", "mañana temprano",
	// "el martes tarde", "por la mañanita"), or else the part of the day
	// of the clock time the lead named ("tomorrow at 2pm": "afternoon").
	Day     time.Time
	HasDay  bool
	Days    int
	DayPart string
}

var (
	ordinals = map[string]int{"first": 0, "1st": 0, "one": 0, "1": 0, "earlier": 0, "primera": 0, "primero": 0,
		"second": 1, "2nd": 1, "two": 1, "2": 1, "later": 1, "last": 1, "segunda": 1, "segundo": 1}
	pickOrdinalRE = regexp.MustCompile(`(?i)\b(?:the\s+)?(first|1st|second|2nd|earlier|later|last|primera|primero|segunda|segundo)\b(?:\s+(?:one|option|time|slot|works|is good|la|el))?` +
		`|\boption\s+(one|two|1|2)\b|^\s*#?(1|2)\s*[.!]?\s*$`)
	// clockRE reads a clock time: an hour, its minutes, am/pm, and the
	// words around it that make a bare hour a time ("at 11", "a las 2",
	// "9 works").
	clockRE = regexp.MustCompile(`(?i)(\bat\s+|@\s*|\ba\s+las?\s+)?\b(\d{1,2})(?::(\d{2}))?\s*([ap])?\.?m?\.?\b` +
		`(\s*(?:o'?clock|works|would work|is (?:good|fine|better|great|perfect)|me (?:sirve|va bien|funciona))\b)?`)
	neitherRE    = regexp.MustCompile(`(?i)\b(neither|none of (?:those|these|them)|(?:can'?t|cannot|won'?t) (?:do|make) (?:either|those|that|it)|not (?:those|either)|other (?:times?|options?|days?)|anything else|different (?:time|day)|how about|what about|do you have|ninguna?|otro d[ií]a|otra hora)\b`)
	rescheduleRE = regexp.MustCompile(`(?i)\b(reschedule|move (?:it|the (?:call|meeting|appointment))|push (?:it|the (?:call|meeting))|change (?:the )?(?:time|day)|another (?:time|day)|can'?t make (?:it|the)|cambiar (?:la )?(?:hora|cita))\b`)
	// morningES is "in the morning", where "mañana" is no "tomorrow".
	morningES = regexp.MustCompile(`\b(?:por|de|en|a|para) la mañana\b`)
	cancelRE  = regexp.MustCompile(`(?i)\b(cancel (?:the |my |our )?(?:call|meeting|appointment|it)|call (?:it|the meeting) off|no longer (?:need|want) (?:the )?(?:call|meeting)|cancelar la (?:cita|llamada))\b`)
	// dayPartRE reads a part of the day: "tarde" alone only right after
	// a day ("el martes tarde"), since "llego tarde", "ya es tarde" and
	// "más tarde" are "late" and "later".
	// "early" and "temprano" are the morning only beside a day ("tuesday
	// early", "early tomorrow", "mañana temprano"), since "I get up early"
	// names none; after work is the evening.
	dayPartRE = regexp.MustCompile(`(?i)\b(morning|afternoon|evening|tonight|after\s+lunch|(?:por|de|en|a|para) la (?:mañanita|mañana|tarde|noche)|de mañanita)\b` +
		`|\b(?:hoy|mañana|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo),?\s+(?:tarde|temprano)\b` +
		`|\btemprano\s+(?:el\s+)?(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\b` +
		`|\b(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+early\b` +
		`|\bearly\s+(?:on\s+)?(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b` +
		`|\b(?:after\s+work|after\s+(?:i|we)\s+get\s+off(?:\s+work)?|despu[eé]s\s+del\s+trabajo|saliendo\s+del\s+trabajo|al\s+salir\s+del\s+trabajo)\b`)
	// nextWeekRE names the week after this one ("next week", "la semana
	// que viene", "la próxima semana").
	nextWeekRE   = regexp.MustCompile(`\bnext\s+week\b|\bsemana\s+(?:que\s+viene|pr[oó]xima)\b|\bpr[oó]xima\s+semana\b`)
	weekdayNames = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
		"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sun": time.Sunday, "mon": time.Monday,
		"tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
		"fri": time.Friday, "sat": time.Saturday, "domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday,
		"miercoles": time.Wednesday, "miércoles": time.Wednesday, "jueves": time.Thursday, "viernes": time.Friday, "sabado": time.Saturday, "sábado": time.Saturday}
)

// ParsePick reads a lead's reply to offered slots: a pick of one of them
// ("the first one", "10:30", "1:15 works", "tomorrow at 9" when a slot
// starts then, "tomorrow morning" or "tomorrow works" when one offered
// slot is then), a wish for other times ("neither, how about thursday"),
// and, when a meeting is booked, a reschedule ("can we move it to
// friday") or a cancellation. A clock time no offered slot starts at, on
// the day named if one is ("tomorrow at 2pm", "can we do 4:45 today",
// "mañana a las 2"), is a wish for another time ([PickOther], with its
// day and part of the day), never a pick of another slot that day. A bare
// number is a clock time only with minutes, am/pm, "at" or "a las"
// before it, or "works" after it ("9 works"), and the last kind only
// picks a slot that starts then ("2 works" may mean the second); an hour
// without am/pm is read as either, and for DayPart as within working
// hours (7 to 11 in the morning, 12 to 6 after noon). offered may be empty
// (nothing offered: only reschedule and cancel can be read then). now
// and loc (the lead's zone; nil means UTC) place days like "tomorrow". A
// weekday alone or after "this" is the next one on or after today;
// "next friday" is the Friday of the week after this one, weeks running
// Monday to Sunday: said on a Friday it is a week away, on a Wednesday
// nine days away, and "next monday" is always the coming Monday, as is
// "friday next week" that Friday. The Spanish "el próximo viernes" and
// "el viernes que viene" are the next Friday after today (a week away
// said on a Friday). "next week" and "la semana que viene" are its seven
// days (Day its Monday, Days 7). It never panics, on any input.
func ParsePick(text string, offered []Slot, booked bool, now time.Time, loc *time.Location) Pick {
	if loc == nil {
		loc = time.UTC
	}
	low := strings.ToLower(strings.ToValidUTF8(text, " "))
	day, days, hasDay := namedDay(low, now.In(loc))
	times := clockTimes(low)
	part := dayPart(low)
	if part == "" {
		part = times.dayPart()
	}
	switch {
	case booked && cancelRE.MatchString(low):
		return Pick{Kind: PickCancel}
	case booked && (rescheduleRE.MatchString(low) || len(offered) == 0 && hasDay && neitherRE.MatchString(low)):
		return Pick{Kind: PickReschedule, Day: day, HasDay: hasDay, Days: days, DayPart: part}
	case len(offered) == 0:
		return Pick{Kind: PickNone}
	}
	if neitherRE.MatchString(low) {
		return Pick{Kind: PickOther, Day: day, HasDay: hasDay, Days: days, DayPart: part}
	}
	i, picked, matched := byClock(times, offered, loc, day, days, hasDay)
	if !matched && times.named() {
		// A time nothing was offered at is not a pick of another slot,
		// not even "the later one" ("later, like 6pm?").
		return Pick{Kind: PickOther, Day: day, HasDay: hasDay, Days: days, DayPart: part}
	}
	if i, ok := byOrdinal(low, len(offered)); ok {
		return Pick{Kind: PickSlot, Index: i}
	}
	if picked {
		return Pick{Kind: PickSlot, Index: i}
	}
	if i, ok := byDay(offered, loc, day, days, hasDay, dayPart(low)); ok {
		return Pick{Kind: PickSlot, Index: i}
	}
	if hasDay || part != "" {
		return Pick{Kind: PickOther, Day: day, HasDay: hasDay, Days: days, DayPart: part}
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

// clock is a clock time named in a reply: hour as spoken, minutes, "a" or
// "p" for am/pm or "". weak is a bare hour that is a time only because it
// "works" ("9 works"): it picks a slot, but names no other time.
type clock struct {
	hour, min int
	ampm      string
	weak      bool
}

type clocks []clock

// clockTimes finds the clock times in low. A bare number is not a time
// ("2 bedrooms").
func clockTimes(low string) clocks {
	var out clocks
	for _, m := range clockRE.FindAllStringSubmatch(low, -1) {
		h, err := strconv.Atoi(m[2])
		if err != nil || h > 23 {
			continue
		}
		min := 0
		if m[3] != "" {
			if min, _ = strconv.Atoi(m[3]); min > 59 {
				continue
			}
		}
		named := m[1] != "" || m[3] != "" || m[4] != "" || strings.Contains(m[5], "clock")
		if !named && m[5] == "" {
			continue
		}
		out = append(out, clock{hour: h, min: min, ampm: m[4], weak: !named})
	}
	return out
}

// named reports whether the reply names a clock time (a weak one does
// not count).
func (cs clocks) named() bool {
	return slices.ContainsFunc(cs, func(c clock) bool { return !c.weak })
}

// dayPart is the part of the day of the first named clock time, an hour
// without am/pm read within working hours: 7 to 11 in the morning, 12 to 6
// after noon.
func (cs clocks) dayPart() string {
	for _, c := range cs {
		if c.weak {
			continue
		}
		h := c.hour
		switch {
		case c.ampm == "a":
			h %= 12
		case c.ampm == "p":
			h = h%12 + 12
		case h >= 1 && h <= 6:
			h += 12
		}
		return hourPart(h)
	}
	return ""
}

// byClock matches the clock times in the reply to the offered slots'
// local starts ("10:30", "1:15 works", "the 2pm"), on the named day (or
// days) when there is one. i is the slot when exactly one matched;
// matched says whether any did.
func byClock(times clocks, offered []Slot, loc *time.Location, day time.Time, days int, hasDay bool) (i int, picked, matched bool) {
	found, ambiguous := -1, false
	for _, c := range times {
		for i, s := range offered {
			st := s.Start.In(loc)
			if st.Minute() != c.min || !sameHour(st.Hour(), c.hour, c.ampm) || hasDay && !onDays(st, day, days) {
				continue
			}
			if found >= 0 && found != i {
				ambiguous = true
			}
			found = i
		}
	}
	if found < 0 || ambiguous {
		return 0, false, found >= 0
	}
	return found, true, true
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

// byDay picks the one offered slot on the named day (or days) and part
// of day.
func byDay(offered []Slot, loc *time.Location, day time.Time, days int, hasDay bool, part string) (int, bool) {
	if !hasDay && part == "" {
		return 0, false
	}
	found := -1
	for i, s := range offered {
		st := s.Start.In(loc)
		if hasDay && !onDays(st, day, days) || part != "" && DayPart(st) != part {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = i
	}
	return found, found >= 0
}

// onDays reports whether t falls on the calendar day of day, a midnight,
// or on the days after it that make days (0 or 1: that day alone).
func onDays(t, day time.Time, days int) bool {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, day.Location())
	return !d.Before(day) && d.Before(day.AddDate(0, 0, max(days, 1)))
}

// DayPart is the part of the day t falls in, in t's location, as
// [Pick.DayPart] names it: "morning" before noon, "afternoon" before
// 17:00, else "evening".
func DayPart(t time.Time) string { return hourPart(t.Hour()) }

// hourPart is the part of the day of an hour on the 24-hour clock.
func hourPart(h int) string {
	switch {
	case h < 12:
		return "morning"
	case h < 17:
		return "afternoon"
	}
	return "evening"
}

func dayPart(low string) string {
	switch m := dayPartRE.FindString(low); {
	case m == "tonight", strings.HasSuffix(m, " noche"), strings.Contains(m, "work"), strings.Contains(m, "trabajo"), strings.Contains(m, "get off"):
		return "evening"
	case strings.Contains(m, "early"), strings.Contains(m, "temprano"):
		return "morning"
	case strings.HasSuffix(m, " tarde"), strings.HasPrefix(m, "after"):
		return "afternoon"
	case strings.HasSuffix(m, " mañana"), strings.HasSuffix(m, " mañanita"):
		return "morning"
	default:
		return m
	}
}

// namedDay finds "today", "tomorrow", a weekday or the next week in low:
// the day, and 7 as days for a whole week (from its Monday). A weekday
// alone or after "this" is the next one on or after today; after "next",
// or with "next week" ("friday next week"), it is that weekday of the
// week after this one, weeks running Monday to Sunday; the Spanish "el
// próximo viernes" and "el viernes que viene" are the next one after
// today.
func namedDay(low string, now time.Time) (day time.Time, days int, ok bool) {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	nextWeek := nextWeekRE.MatchString(low)
	words := strings.FieldsFunc(low, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'à' && r <= 'ü') })
	word := func(i int) string {
		if i < 0 || i >= len(words) {
			return ""
		}
		return words[i]
	}
	for i, w := range words {
		switch w {
		case "today", "hoy":
			return today, 0, true
		case "tomorrow", "tmrw", "tmr":
			return today.AddDate(0, 0, 1), 0, true
		}
		wd, ok := weekdayNames[w]
		if !ok {
			continue
		}
		d := (int(wd) - int(today.Weekday()) + 7) % 7
		switch {
		case nextWeek || word(i-1) == "next":
			d = 7 + mondayIndex(wd) - mondayIndex(today.Weekday())
		case d == 0 && (word(i-1) == "próximo" || word(i-1) == "proximo" || word(i+1) == "próximo" || word(i+1) == "proximo" ||
			word(i+1) == "que" && word(i+2) == "viene"):
			d = 7
		}
		return today.AddDate(0, 0, d), 0, true
	}
	if nextWeek {
		return today.AddDate(0, 0, 7-mondayIndex(today.Weekday())), 7, true
	}
	// "mañana" is tomorrow, except in "por la mañana" and its kin (in the
	// morning).
	if strings.Contains(morningES.ReplaceAllString(low, ""), "mañana") {
		return today.AddDate(0, 0, 1), 0, true
	}
	return time.Time{}, 0, false
}

// mondayIndex is wd's place in a week that starts on Monday: 0 to 6.
func mondayIndex(wd time.Weekday) int { return (int(wd) + 6) % 7 }
