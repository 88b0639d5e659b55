package bridge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// ProblemFacts is the problem [CheckFacts] reports: a booking text that
// misstates what was offered, booked or queued, or a handoff's text that
// names a time or a rep the engine did not give.
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
// A handoff's text (a bridge, a notice, its update, a booking text)
// that names a person as the one who will reach out ("Mike will call
// you", "Mike from our team can", "connecting you with Mike", "I'll
// have Mike call you", "Mike te llama") names the assigned rep
// (req.RepName, by any word of the name), and with no rep assigned names
// no one ("my partner", "someone from our team" pass): the lead waits for
// the person it names. The lead's name, the business's, the AI's own
// and the voice's partner word are no rep. Such an error has
// [ProblemFacts].
//
// Then, for the purposes whose facts the library computes, an offer
// ([PurposeBookingOffer]), a confirmation ([PurposeBookingConfirm]) and a
// meeting's reminder ([PurposeReminder]), the text must
//
//   - state each of req.Slots word for word, as rendered ([SlotPhrase],
//     [SlotPhraseIn]; case and accents aside: "el sábado a las 10am"
//     states "el sabado a las 10am");
//   - name the rep by the first word of req.RepName when it is set, as
//     the template does;
//   - for a confirmation, speak of the reminder when req.Reminder is
//     set, stating its lead time as given ("30 minutes", "30 minutos")
//     or none ("we'll text you before the call" is true), never another
//     ("an hour before", "the day before"); and promise no reminder when
//     it is "": neither "we'll remind you" nor a text or a heads-up
//     before the call in other words ("we'll text you again right
//     before the call", "le avisamos antes de la llamada");
//   - name no other time: outside those phrases and the names req carries
//     (the lead's, the rep's, the business's and the agent's), no digit,
//     no word of a day, a date or a time of day ("tomorrow",
//     "Saturday", "noon", "evening", "hour"), and no clock time in words
//     ("at eight", "half past eight", "a quarter to nine", "a las ocho y
//     media").
//
// It looks for the phrases it was given rather than reading times out of
// free text, so a text that words a slot its own way ("4 this
// afternoon") fails too.
//
// A bridge ([PurposeBridge]) with req.Callback, the time the lead asked to
// be called, must state that time and name no other: it compares the
// days, parts of the day and numbers of the two, clock times in words
// read as numbers ("tomorrow after 5pm" holds "tomorrow" and "5": "Mike
// will call you tomorrow after 5 pm" and "... after five" state it;
// "Mike can call you today" names another day, and "Mike will reach out
// shortly" does not state it).
//
// A bridge with req.NextOnDuty, sent while nobody is on duty, must state
// that time word for word (accents aside, as the slots) and, outside it, promise no one sooner (a wait
// such as "shortly", "soon", "in an hour" or "right now" is
// [ProblemWait]) and name no other time than the lead's callback: "Our
// team is back tomorrow at 9am" passes, "someone will reach out shortly"
// and "someone will call you today" do not.
//
// A bridge with req.NobodyFree, sent when nobody can take the handoff
// and nobody knows when someone will, promises no time at all: "shortly",
// "soon", "today", "tomorrow", "within the hour" and "in 2 hours" are
// [ProblemWait]; "as soon as someone is free", "as soon as they can"
// and "lo antes posible" pass.
//
// Any other bridge promises no wait shorter than req.Wait, the assigned
// rep's expected wait as [WaitPhrase] rounds it: with a 15-minute wait,
// "Mike will call you in 2 minutes", "right now" and "in a moment" are
// refused, "in about 15 minutes", "within the hour" and "today" pass.
// Its vague waits are read as leniently as a lead may: "shortly" and
// "soon" as within the hour, "a few hours" as four, "today" as within
// half a day and "tomorrow" as two days, so "Mike will reach out
// shortly" passes for a rep expected in 15 minutes or an hour, and is
// refused for one expected in 3 hours, as "today" is for one expected
// in 16 ("within 24 hours" passes). A bridge with no rep (req.RepName
// "") has no known wait, and promises none under an hour. A bridge with
// req.Callback is held to the lead's time instead.
//
// Such a bridge, one with req.NobodyFree, a notice and its update state
// no day or clock time the request does not give, so that no
// appointment is made that nobody agreed: outside the waits above
// ("shortly", "within the hour", "today", "tomorrow", "within 24
// hours"), the names req carries and the lead's req.Callback, no
// weekday, month or date ("Saturday", "March 3rd", "3/15"), no clock
// time in digits or words ("tomorrow at 3pm", "at 15:30", "at noon", "at
// half past four", "a las tres"), and no part of the day outside a
// question: "Mike will call you tomorrow morning" is refused, "morning or
// afternoon?" passes. Such an error has [ProblemFacts].
//
// An update ([PurposeNoticeUpdate]) that hands the lead to the team (no
// req.RepName) while nobody is on duty (req.NextOnDuty) is held as such
// a bridge is: it states when the team is back, word for word, and
// promises no one sooner ("as soon as they can" is refused) and names no
// other time; it need not restate the lead's callback time.
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
	switch req.Purpose {
	case PurposeBridge, PurposeNotice, PurposeNoticeUpdate, PurposeBookingOffer, PurposeBookingConfirm, PurposeReminder:
		if who, ok := namedRep(text, req); ok {
			if firstWord(clean(req.RepName)) == "" {
				return factsError("names %q as the one who will reach out; no rep is assigned", who)
			}
			return factsError("names %q as the one who will reach out, not the assigned rep %q", who, firstWord(clean(req.RepName)))
		}
	}
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
		if clean(req.NextOnDuty) != "" {
			return checkBack(text, req, true)
		}
		if clean(req.Callback) != "" {
			// the lead's time, not a wait the business promises
			return checkCallback(text, req)
		}
		if req.NobodyFree && firstWord(clean(req.RepName)) == "" {
			if err := checkNoWait(text, req); err != nil {
				return err
			}
			return checkNoTime(text, req)
		}
		if err := checkBridgeWait(text, req); err != nil {
			return err
		}
		return checkNoTime(text, req)
	case PurposeNoticeUpdate:
		if clean(req.NextOnDuty) != "" && firstWord(clean(req.RepName)) == "" {
			return checkBack(text, req, false) // to the team, off duty
		}
		if err := checkWait(text, req); err != nil {
			return err
		}
		return checkNoTime(text, req)
	case PurposeNotice:
		if err := checkWait(text, req); err != nil {
			return err
		}
		return checkNoTime(text, req)
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
		var found bool
		if rest, found = cutPhrase(rest, p); !found {
			return factsError("does not state the slot %q", clean(s))
		}
	}
	if req.Purpose == PurposeBookingConfirm {
		r := strings.ToLower(clean(req.Reminder))
		var found bool
		switch {
		case r == "" && promisesReminder(low):
			return factsError("promises a reminder, and none is queued")
		case r != "":
			// the queued reminder, as given (accents aside) or in vaguer
			// words ("we'll text you before the call"), and no other
			// lead time
			if rest, found = cutPhrase(rest, r); !found && !promisesReminder(low) {
				return factsError("does not say the reminder goes %q before", clean(req.Reminder))
			}
			for _, p := range statedWaits(rest, nameWords(req)) {
				if p.definite {
					return factsError("names a time it was not given: %q", p.phrase)
				}
			}
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
	if said, _ := spokenTimes(ws, names); len(said) > 0 {
		return factsError("names a time it was not given: %q", said[0])
	}
	return nil
}

// Times a bridge or a notice may not name on its own: partsOfDay may be
// asked about ("morning or afternoon?") but not stated; digitTimes are
// clock times and dates in digits ("3pm", "3 p.m.", "15:30", "3/15",
// "the 3rd").
var (
	partsOfDay = wordSet(`morning mornings afternoon afternoons evening evenings night nights weekend weekends
		weekday weekdays tarde tardes noche noches madrugada`)
	// spanWords name a span, not a day: "in two weeks" is no appointment
	// (a deal term there is ProblemPromise's).
	spanWords  = wordSet(`week weeks semana semanas`)
	clockWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	digitTimes = regexp.MustCompile(`\b\d{1,2}(:\d{2})?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|hrs\b)|\b\d{1,2}:\d{2}\b|` +
		`\b\d{1,2}/\d{1,2}\b`)
	// roundTheClock is "24/7", which names no time.
	roundTheClock = regexp.MustCompile(`\b24\s?[/x]\s?7\b`)
	// ordinals are dates ("March 3rd", "the 3rd of March", "on the
	// 3rd") unless a street's or a floor's noun follows ("5th Street").
	ordinals    = regexp.MustCompile(`\b\d{1,2}(st|nd|rd|th)\b`)
	ordinalNoun = wordSet(`street st avenue ave road rd drive dr boulevard blvd lane ln way place pl court ct circle cir
		terrace ter parkway pkwy highway hwy floor grade`)
	// greetWords right before a part of the day or a weekday make a
	// greeting or a sign-off of it, not an appointment: "Good morning",
	// "Have a great weekend", "Happy Friday"; greetVerbs do two words
	// before it ("Enjoy your evening", "Have a good one").
	greetWords = wordSet(`good great nice lovely wonderful happy fun relaxing restful blessed buenos buenas feliz
		bonito bonita lindo linda`)
	greetVerbs = wordSet(`enjoy have disfrute disfruta disfruten`)
)

// greeting reports whether ws[i], a part of the day or a weekday, is
// the object of a greeting or a sign-off.
func greeting(ws []string, i int) bool {
	return i > 0 && greetWords[ws[i-1]] || i > 1 && greetVerbs[ws[i-2]] && (ws[i-1] == "your" || ws[i-1] == "the" || ws[i-1] == "su" || ws[i-1] == "tu")
}

// ordinalDate reports whether the ordinal m, found at byte k of the
// lowercased sentence s, names a date: next to a month, before "of",
// or after "the" with no street's noun after it.
func ordinalDate(s string, k int, m string) bool {
	before, after := words(s[:k]), words(s[k+len(m):])
	at := func(ws []string, i int) string {
		if i >= 0 && i < len(ws) {
			return ws[i]
		}
		return ""
	}
	month := func(w string) bool { return w != "" && monthWords[w] }
	if month(at(before, len(before)-1)) || month(at(after, 0)) || at(after, 0) == "of" || at(after, 0) == "de" {
		return true
	}
	if w := at(before, len(before)-1); w == "the" || w == "el" {
		return !ordinalNoun[at(after, 0)]
	}
	return false
}

// weekdays name a day of the week, in English and Spanish.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles miercoles jueves
	viernes sábado sabado domingo`)

// monthWords name a month, in English and Spanish.
var monthWords = wordSet(`january february march april may june july august september october november december jan
	feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre octubre
	noviembre diciembre`)

// checkNoTime checks that a bridge, a notice or an update names no day,
// date or clock time the request does not give: outside the waits the
// wait checks read ("shortly", "within the hour", "today", "tomorrow",
// "in about 15 minutes"), the names req carries and the lead's callback
// time, no weekday, month, "noon", clock time in digits or words ("at
// 3pm", "15:30", "at half past four", "a las tres") or date ("March
// 3rd", "on the 3rd"), and no part of the day except in a question
// ("morning or afternoon?"), so that a model does not make an
// appointment nobody agreed (see CheckFacts). A greeting or a sign-off
// ("Good morning", "Have a great weekend", "Happy Friday", "Enjoy your
// evening"), "24/7" and a street's ordinal ("5th Street") name no time.
func checkNoTime(text string, req Request) error {
	names := nameWords(req)
	allowed := timeTokens(strings.ToLower(clean(req.Callback)), nil)
	given := func(said string) bool {
		toks := timeTokens(said, names)
		return len(allowed) > 0 && len(toks) > 0 && !slices.ContainsFunc(toks, func(t string) bool { return !slices.Contains(allowed, t) })
	}
	for _, sent := range splitSentences(text) {
		sent = strings.ToLower(sent)
		rest := sent
		for _, p := range statedWaits(sent, names) {
			rest, _ = cutPhrase(rest, p.phrase)
		}
		question := strings.HasSuffix(strings.TrimRight(sent, " "), "?")
		rest = roundTheClock.ReplaceAllString(rest, " ")
		if m := digitTimes.FindString(rest); m != "" && !given(m) {
			return factsError("names a time it was not given: %q", m)
		}
		for _, loc := range ordinals.FindAllStringIndex(rest, -1) {
			if m := rest[loc[0]:loc[1]]; ordinalDate(rest, loc[0], m) && !given(m) {
				return factsError("names a time it was not given: %q", m)
			}
		}
		ws := words(rest)
		digitless := make([]string, len(ws)) // "3" read as "three", "3pm" as "three pm"
		for i, w := range ws {
			digitless[i] = w
			num, suffix := w, ""
			if k := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }); k > 0 {
				num, suffix = w[:k], w[k:]
			}
			if n, err := strconv.Atoi(num); err == nil && n >= 1 && n <= 12 && (suffix == "" || suffix == "am" || suffix == "pm") {
				digitless[i] = strings.TrimSpace(clockWords[n] + " " + suffix)
			}
		}
		if said, _ := spokenTimes(words(strings.Join(digitless, " ")), names); len(said) > 0 && !given(said[0]) {
			return factsError("names a time it was not given: %q", said[0])
		}
		for i, w := range ws {
			if _, unit := waitUnits[w]; names[w] || unit || spanWords[w] || !dayTimeWords[w] && !partsOfDay[w] || question && partsOfDay[w] {
				continue
			}
			if (partsOfDay[w] || weekdays[w]) && greeting(ws, i) {
				continue
			}
			if !given(w) {
				return factsError("names a time it was not given: %q", w)
			}
		}
	}
	return nil
}

// splitSentences splits s after each "!", "?" and ";", and each "."
// that ends a sentence (not the one of "p.m." or "1.5"), keeping the
// mark with its sentence.
func splitSentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		end := strings.ContainsRune("!?;", r)
		if r == '.' {
			abbrev := i > 0 && unicode.IsLetter(rs[i-1]) && (i < 2 || !unicode.IsLetter(rs[i-2]))
			end = !abbrev && (i+1 == len(rs) || unicode.IsSpace(rs[i+1]))
		}
		if end {
			out = append(out, string(rs[start:i+1]))
			start = i + 1
		}
	}
	if strings.TrimSpace(string(rs[start:])) != "" {
		out = append(out, string(rs[start:]))
	}
	return out
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

// checkBack checks that a bridge, or an update to the team, sent while
// nobody is on duty states when someone is back (req.NextOnDuty, word
// for word) and, outside it, promises no one sooner and names no other
// time; a bridge (callback) may name the lead's callback time and must,
// an update does not restate it (see CheckFacts).
func checkBack(text string, req Request, callback bool) error {
	back := clean(req.NextOnDuty)
	rest, found := cutPhrase(strings.ToLower(text), strings.ToLower(back))
	if !found {
		return factsError("does not say when someone is back (%q)", back)
	}
	for _, p := range statedWaits(rest, nameWords(req)) {
		if p.within != unbounded {
			return &TextError{Problem: ProblemWait, Detail: fmt.Sprintf("promises %q; nobody is on duty until %s", p.phrase, back)}
		}
	}
	if callback && clean(req.Callback) != "" {
		return checkCallback(rest, req)
	}
	// A unit alone names no time ("¿A qué hora te llamamos?", "what
	// hour works?"): with a number it is a wait, refused above.
	names := nameWords(req)
	ws := words(rest)
	if said, _ := spokenTimes(ws, names); len(said) > 0 {
		// a clock time in words ("at eight", "half past eight")
		return factsError("names a time it was not given: %q", said[0])
	}
	for _, w := range ws {
		if _, unit := waitUnits[w]; !names[w] && !unit && (dayTimeWords[w] || strings.ContainsFunc(w, unicode.IsDigit)) {
			return factsError("names a time it was not given: %q", w)
		}
	}
	return nil
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
// and "fri" are "friday", "5pm" and "5:00" hold "5" (and "00"), "at
// five" holds "5", "half past eight" "8" and "30" (see spokenTimes).
func timeTokens(s string, skip map[string]bool) []string {
	var out []string
	add := func(t string) {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	ws := words(s)
	_, spoken := spokenTimes(ws, skip)
	for _, t := range spoken {
		add(t)
	}
	for _, w := range ws {
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

// cutPhrase replaces every place s states phrase (both in lower case)
// with a space, and reports whether it found one. Accents, tildes and
// diaereses aside: a Spanish text states the slot "el sabado a las 10am"
// as "el sábado a las 10am", "mañana" as "manana".
func cutPhrase(s, phrase string) (string, bool) {
	rs, p := []rune(s), []rune(foldAccents(phrase))
	folded := []rune(foldAccents(s))
	var b strings.Builder
	found := false
	for i := 0; i < len(rs); {
		if len(p) > 0 && i+len(p) <= len(rs) && slices.Equal(folded[i:i+len(p)], p) {
			b.WriteByte(' ')
			i += len(p)
			found = true
			continue
		}
		b.WriteRune(rs[i])
		i++
	}
	return b.String(), found
}

// foldAccents maps the lower-case letters with an accent, a tilde or a
// diaeresis of Spanish and its neighbours to their base letter, one rune
// for one.
func foldAccents(s string) string {
	return strings.Map(func(r rune) rune {
		if b, ok := unaccented[r]; ok {
			return b
		}
		return r
	}, s)
}

var unaccented = func() map[rune]rune {
	from, to := []rune("áàâäãéèêëíìîïóòôöõúùûüñç"), []rune("aaaaaeeeeiiiiooooouuuunc")
	m := make(map[rune]rune, len(from))
	for i, r := range from {
		m[r] = to[i]
	}
	return m
}()

func factsError(format string, args ...any) error {
	return &TextError{Problem: ProblemFacts, Detail: fmt.Sprintf(format, args...)}
}

// A confirmation promises a reminder with a word of reminding
// (reminderWords), a heads-up (reminderNouns), or a message to the lead
// before the meeting: a verb of sending with the lead for its object,
// and a word of "before", in one sentence ("we'll text you again right
// before the call", "I'll ping you ahead of time", "le avisamos antes").
var (
	reminderWords = []string{"remind", "recordator", "recordar", "recuerd"}
	reminderNouns = [][]string{{"heads", "up"}, {"heads-up"}, {"headsup"}, {"aviso"}, {"alert"}, {"notification"},
		{"notificación"}, {"notificacion"}}
	// sendVerbs, with "you" among the three words after them, send the
	// lead a message: "text you", "shoot you a text", "send you a note".
	sendVerbs = wordSet(`text txt message msg ping send sms email nudge notify alert write drop shoot hit buzz`)
	// sendStems, after te, le or les or with one of them attached, do
	// the same in Spanish: "le escribimos", "te mandamos", "avisarle".
	sendStems  = []string{"escrib", "mand", "envi", "enví", "avis", "notific", "text"}
	beforeWord = wordSet(`before beforehand ahead prior earlier antes previo previa`)
)

// promisesReminder reports a text that promises the lead a reminder, in
// any of the ways above.
func promisesReminder(low string) bool {
	if containsAny(low, reminderWords) {
		return true
	}
	for _, sent := range strings.FieldsFunc(low, func(r rune) bool { return strings.ContainsRune(".!?;¡¿", r) }) {
		ws := words(sent)
		if _, ok := findPhrase(ws, reminderNouns); ok {
			return true
		}
		if !slices.ContainsFunc(ws, func(w string) bool { return beforeWord[w] }) {
			continue
		}
		for i, w := range ws {
			if sendVerbs[w] && slices.Contains(ws[i+1:min(i+4, len(ws))], "you") {
				return true
			}
			for _, st := range sendStems {
				if !strings.HasPrefix(w, st) {
					continue
				}
				if i > 0 && (ws[i-1] == "te" || ws[i-1] == "le" || ws[i-1] == "les") ||
					strings.HasSuffix(w, "te") || strings.HasSuffix(w, "le") || strings.HasSuffix(w, "les") {
					return true
				}
			}
		}
	}
	return false
}

// Clock times in words: a number of the clock ("eight", "ocho") is a time
// after a word that sets one ("at eight", "around nine", "a las ocho",
// "half past eight", "a quarter to nine") or before one ("eight
// o'clock", "eight thirty", "ocho y media", "nine in the morning"),
// unless a noun follows it ("after two days", "at one of our offices").
var (
	clockNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "una": 1, "uno": 1, "dos": 2, "tres": 3,
		"cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
	// clockBefore set a time before the number; clockVague may stand
	// between ("at about eight").
	clockBefore = wordSet(`at around by after before till until til 'til from past to a hasta desde tipo sobre entre
		eso partir`)
	clockVague  = wordSet(`about around roughly like approximately maybe say las la`)
	clockAfter  = wordSet(`o'clock oclock sharp ish am pm tonight`)
	clockPhrase = [][]string{{"in", "the", "morning"}, {"in", "the", "afternoon"}, {"in", "the", "evening"},
		{"at", "night"}, {"de", "la", "mañana"}, {"de", "la", "manana"}, {"de", "la", "tarde"}, {"de", "la", "noche"},
		{"a", "m"}, {"p", "m"}, {"en", "punto"}}
	// clockNouns after the number make it a count: "after two days".
	clockNouns = wordSet(`of point more other another days day weeks week months month years year hours hour minutes
		minute people reps options times slots things questions calls ones percent dollars bucks k de días dias semanas
		meses años horas minutos personas opciones veces cosas`)
)

// spokenTimes returns the clock times ws names in words, outside the
// words of skip: each as written ("half past eight") and as numbers
// ("8", "30"), the hour and any minutes, as timeTokens reads digits.
func spokenTimes(ws []string, skip map[string]bool) (said, tokens []string) {
	at := func(k int) string {
		if k >= 0 && k < len(ws) {
			return ws[k]
		}
		return ""
	}
	for i, w := range ws {
		h, ok := clockNumbers[w]
		if !ok || skip[w] {
			continue
		}
		n1, n2 := at(i+1), at(i+2)
		if clockNouns[n1] && !(n1 == "de" && n2 == "la") {
			continue // "after two days", but "ocho de la mañana"
		}
		b := i - 1
		for b >= 0 && clockVague[ws[b]] {
			b--
		}
		prev, prev2 := at(b), at(b-1)
		article := b+1 < i && (ws[b+1] == "las" || ws[b+1] == "la") // "a las ocho"
		from, end, minute, before := b+1, i+1, "", false
		switch {
		case (prev == "past" || prev == "after") && (prev2 == "half" || prev2 == "quarter"):
			minute, before, from = map[string]string{"half": "30", "quarter": "15"}[prev2], true, b-1
		case (prev == "to" || prev == "till" || prev == "til" || prev == "of") && prev2 == "quarter":
			h, minute, before, from = (h+10)%12+1, "45", true, b-1
		case prev == "to" || prev == "past":
			before = clockNumbers[prev2] > 0 // "from one to two", "ten past eight"
		case prev == "a":
			before = article
		case prev == "de":
			before = article && slices.Contains([]string{"después", "despues", "antes", "eso", "partir"}, prev2)
		default:
			before = clockBefore[prev]
		}
		after := false
		switch {
		case n1 == "y" && (n2 == "media" || n2 == "cuarto" || waitNumbers[n2] > 0):
			after, end = true, i+3
			minute = map[string]string{"media": "30", "cuarto": "15"}[n2]
		case n1 == "menos" && (n2 == "cuarto" || waitNumbers[n2] > 0):
			after, end = true, i+3
			if n2 == "cuarto" {
				h, minute = (h+10)%12+1, "45"
			}
		case n1 == "thirty" || n1 == "fifteen" || n1 == "forty-five" || n1 == "forty" && n2 == "five":
			after, end = true, i+2
			minute = map[string]string{"thirty": "30", "fifteen": "15", "forty-five": "45", "forty": "45"}[n1]
		case clockAfter[n1]:
			after, end = true, i+2
		default:
			for _, p := range clockPhrase {
				if i+1+len(p) <= len(ws) && slices.Equal(ws[i+1:i+1+len(p)], p) {
					after, end = true, i+1+len(p)
				}
			}
		}
		if !before && !after {
			continue
		}
		if !before {
			from = i
		}
		said = append(said, strings.Join(ws[max(from, 0):end], " "))
		tokens = append(tokens, strconv.Itoa(h))
		if minute != "" {
			tokens = append(tokens, minute)
		}
	}
	return said, tokens
}

// dayTimeWords name a day, a date or a time of day, in English and Spanish.
// Words that are also everyday words ("may", "am", "day", "now") are left
// out: a date or a clock time has a digit, which is refused anyway.
var dayTimeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`today tonight tonite tomorrow tmrw tmr yesterday noon midnight midday lunchtime
		dinnertime eod madrugada amanecer
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
