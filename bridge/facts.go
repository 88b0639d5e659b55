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

// CheckFacts reports whether text, drafted for req, states only what the
// engine gave it. Every text, whatever its purpose, must
//
//   - name no money amount the lead (or a rep) did not give, in digits
//     or in words ("$250,000", "250k", "two hundred thousand dollars",
//     "doscientos mil"), and offer or promise to pay none, not even the
//     lead's ("We can pay $250k cash", "Would you take $250k?"): that is
//     [ProblemPrice]. A question about the lead's own number passes: "what
//     price did you have in mind?", and "is $250k roughly what you hoped
//     for?" when the lead said 250k (a number the lead never wrote is
//     the business's, whatever the sentence's shape: the lead reads it
//     as an offer); so does talk of prices with no number ("prices
//     depend on the inspection").
//   - guarantee nothing, and promise no outcome for sure ("Mike
//     guarantees we close in 7 days", "for sure we'll buy it", "le
//     garantizamos la venta"): [ProblemPromise]. Saying what cannot be
//     promised passes ("I can't guarantee a price"), and so does a
//     promise of the rep's call ("I promise Mike will call you").
//
// Then, for the purposes whose facts the library computes, an offer
// ([PurposeBookingOffer]), a confirmation ([PurposeBookingConfirm]) and a
// meeting's reminder ([PurposeReminder]), the text must
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
// afternoon") fails too.
//
// A bridge ([PurposeBridge]) with req.Callback, the time the lead asked to
// be called, must state that time and name no other: it compares the
// days, parts of the day and numbers of the two ("tomorrow after 5pm"
// holds "tomorrow" and "5": "Mike will call you tomorrow after 5 pm"
// states it; "Mike can call you today" names another day, and "Mike will
// reach out shortly" does not state it).
//
// A bridge promises no definite wait shorter than req.Wait, the assigned
// rep's expected wait as [WaitPhrase] rounds it: with a 15-minute wait,
// "Mike will call you in 2 minutes", "right now" and "in a moment" are
// refused, "in about 15 minutes", "within the hour" and "today" pass.
// Its "shortly" and "soon" name no number and pass: a bridge asks the
// lead for a time. A bridge with no rep (req.RepName "") has no known
// wait, and promises no definite one under an hour. A bridge with
// req.Callback is held to the lead's time instead.
//
// A notice ([PurposeNotice]) or its update ([PurposeNoticeUpdate]) must
// promise no wait shorter than req.Wait: with a 15-minute wait,
// "he'll text you in 2 minutes", "right now", "in a moment", "in a few
// minutes", "enseguida" and a bare "connecting you now" are refused,
// while "in about 15 minutes", "within the hour", "en media hora" and
// "today" pass (a later promise is kept). "Soon" and "shortly" count as
// a few minutes. An update with no req.RepName hands the lead to the
// team, whose wait nobody knows: it promises no definite wait ("right
// now", "in 2 minutes"), only "as soon as they can" or "shortly". Such
// an error has [ProblemWait].
//
// The error is a [*TextError] with [ProblemFacts] (or [ProblemWait],
// [ProblemPrice], [ProblemPromise]), matching [ErrInvalidText].
func CheckFacts(text string, req Request) error {
	if err := checkPurposeFacts(text, req); err != nil {
		return err
	}
	if err := checkPrice(text, req); err != nil {
		return err
	}
	return checkPromise(text)
}

// checkPurposeFacts makes the checks of CheckFacts that depend on
// req.Purpose.
func checkPurposeFacts(text string, req Request) error {
	switch req.Purpose {
	case PurposeBookingOffer, PurposeBookingConfirm, PurposeReminder:
	case PurposeBridge:
		if clean(req.Callback) != "" {
			// the lead's time, not a wait the business promises
			return checkCallback(text, req)
		}
		return checkBridgeWait(text, req)
	case PurposeNotice, PurposeNoticeUpdate:
		return checkWait(text, req)
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
	names := nameWords(req)
	if rep := words(strings.ToLower(clean(req.RepName))); len(rep) > 0 && !slices.Contains(words(low), rep[0]) {
		return factsError("does not name the rep %q", firstWord(clean(req.RepName)))
	}
	ws := words(rest)
	for _, w := range ws {
		if !names[w] && (dayTimeWords[w] || strings.ContainsFunc(w, unicode.IsDigit)) {
			return factsError("names a time it was not given: %q", w)
		}
	}
	return nil
}

// nameWords are the words of the names req carries (the lead's, the
// rep's, the business's and the agent's): "June", "Sunday Homes" name no
// time.
func nameWords(req Request) map[string]bool {
	names := map[string]bool{}
	for _, n := range []string{req.RepName, req.LeadName, req.Voice.BusinessName, req.Voice.AgentName} {
		for _, w := range words(strings.ToLower(clean(n))) {
			names[w] = true
		}
	}
	return names
}

// checkCallback checks that a bridge states the callback time the lead
// gave and names no other (see CheckFacts). The errors do not quote the
// lead's words.
func checkCallback(text string, req Request) error {
	want := timeTokens(strings.ToLower(clean(req.Callback)), nil)
	have := timeTokens(strings.ToLower(text), nameWords(req))
	for _, w := range want {
		if !slices.Contains(have, w) {
			return factsError("does not state the callback time the lead gave")
		}
	}
	for _, h := range have {
		if !slices.Contains(want, h) {
			return factsError("names a time the lead did not give: %q", h)
		}
	}
	return nil
}

// timeTokens are the days, parts of the day and numbers s names, outside
// the words of skip, each in one form: "tmrw" is "tomorrow", "fridays"
// and "fri" are "friday", "5pm" and "5:00" hold "5" (and "00").
func timeTokens(s string, skip map[string]bool) []string {
	var out []string
	add := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	for _, w := range words(s) {
		if skip[w] {
			continue
		}
		if strings.ContainsFunc(w, unicode.IsDigit) {
			for _, n := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) {
				add(n)
			}
			continue
		}
		if !dayTimeWords[w] {
			continue
		}
		if c, ok := timeSynonyms[w]; ok {
			w = c
		} else if one := strings.TrimSuffix(w, "s"); one != w && dayTimeWords[one] {
			w = one
		}
		add(w)
	}
	return out
}

// timeSynonyms give the one form of a word of dayTimeWords written
// another way.
var timeSynonyms = map[string]string{
	"tmrw": "tomorrow", "tmr": "tomorrow", "tonite": "tonight", "manana": "mañana",
	"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday", "thur": "thursday",
	"thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
	"hr": "hour", "hrs": "hour", "mins": "minute", "oclock": "o'clock",
	"miercoles": "miércoles", "sabado": "sábado", "mediodia": "mediodía",
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
