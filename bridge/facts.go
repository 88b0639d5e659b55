package bridge

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// ProblemFacts is the problem [CheckFacts] reports: a booking text that
// misstates what was offered, booked or queued.
const ProblemFacts Problem = "facts"

// CheckFacts reports whether text, drafted for req, states the facts of a
// booking text as req gives them, for the purposes whose facts the
// library computes: an offer ([PurposeBookingOffer]), a confirmation
// ([PurposeBookingConfirm]) and a meeting's reminder ([PurposeReminder]).
// Such a text must
//
//   - state each of req.Slots word for word, as rendered ([SlotPhrase];
//     case aside);
//   - name the rep by the first word of req.RepName when it is set, as
//     the template does;
//   - for a confirmation, state req.Reminder ("30 minutes") when it is
//     set, and promise no reminder when it is "";
//   - name no other time: outside those phrases and the names req carries
//     (the lead's, the rep's, the business's and the agent's), no digit
//     and no word of a day, a date or a time of day ("tomorrow",
//     "Saturday", "noon", "evening", "hour").
//
// It looks for the phrases it was given rather than reading times out of
// free text, so a text that words a slot its own way ("4 this
// afternoon") fails too. Other purposes return nil. The error is a
// [*TextError] with [ProblemFacts], matching [ErrInvalidText].
func CheckFacts(text string, req Request) error {
	switch req.Purpose {
	case PurposeBookingOffer, PurposeBookingConfirm, PurposeReminder:
	default:
		return nil
	}
	low := strings.ToLower(text)
	rest := low
	for _, s := range req.Slots {
		p := strings.ToLower(clean(s))
		if p == "" {
			continue
		}
		if !strings.Contains(low, p) {
			return factsError("does not state the slot %q", clean(s))
		}
		rest = strings.ReplaceAll(rest, p, " ")
	}
	if req.Purpose == PurposeBookingConfirm {
		r := strings.ToLower(clean(req.Reminder))
		switch {
		case r == "" && containsAny(low, reminderWords):
			return factsError("promises a reminder, and none is queued")
		case r != "" && !strings.Contains(rest, r):
			return factsError("does not say the reminder goes %q before", clean(req.Reminder))
		case r != "":
			rest = strings.ReplaceAll(rest, r, " ")
		}
	}
	names := map[string]bool{}
	for _, n := range []string{req.RepName, req.LeadName, req.Voice.BusinessName, req.Voice.AgentName} {
		for _, w := range words(strings.ToLower(clean(n))) {
			names[w] = true
		}
	}
	if rep := words(strings.ToLower(clean(req.RepName))); len(rep) > 0 && !slices.Contains(words(low), rep[0]) {
		return factsError("does not name the rep %q", firstWord(clean(req.RepName)))
	}
	for _, w := range words(rest) {
		if !names[w] && (dayTimeWords[w] || strings.ContainsFunc(w, unicode.IsDigit)) {
			return factsError("names a time it was not given: %q", w)
		}
	}
	return nil
}

func factsError(format string, args ...any) error {
	return &TextError{Problem: ProblemFacts, Detail: fmt.Sprintf(format, args...)}
}

// reminderWords promise a reminder.
var reminderWords = []string{"remind", "recordator", "recordar"}

// dayTimeWords name a day, a date or a time of day, in English and Spanish.
// Words that are also everyday words ("may", "am", "day", "now") are left
// out: a date or a clock time has a digit, which is refused anyway.
var dayTimeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`today tonight tonite tomorrow tmrw tmr yesterday noon midnight
		morning mornings afternoon afternoons evening evenings night nights weekend weekends week weeks
		weekday weekdays hour hours hr hrs minute minutes mins o'clock oclock
		monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays
		fridays saturdays sundays mon tue tues wed thu thur thurs fri sat sun
		january february march april june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec
		hoy mañana manana tarde noche mediodía mediodia medianoche lunes martes miércoles miercoles
		jueves viernes sábado sabado domingo semana hora horas minuto minutos enero febrero marzo abril
		mayo junio julio agosto septiembre octubre noviembre diciembre`) {
		m[w] = true
	}
	return m
}()

// words splits s into its words: runs of letters, digits and apostrophes,
// without a possessive "'s".
func words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, "'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
