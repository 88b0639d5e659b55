package bridge

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// ProblemWait is the problem [CheckFacts] reports for a notice, or its
// update, that promises the lead a rep sooner than the engine expects one
// ([Request].Wait): "he'll text you in 2 minutes" or "right now" when the
// rep usually writes in 15; or for a bridge sent while nobody is on duty
// that promises someone sooner than [Request].NextOnDuty ("shortly").
const ProblemWait Problem = "wrong_wait"

// A notice's promise is read as the longest it may take: "in about two
// minutes" is two minutes, "in 10-15 minutes" fifteen, "within the hour"
// sixty, "right now" none. The promise holds when that is no shorter than
// the wait the engine expects, as [WaitPhrase] words it: a later promise
// ("within the hour" for a 15-minute wait) is kept, a sooner one is not.

// waitPromise is one wait a text states.
type waitPromise struct {
	phrase string        // as the text words it, lower case
	within time.Duration // the longest it may take; unbounded for "today", "as soon as they can"
	// definite: a number of minutes or hours, or at once ("right now",
	// "in a moment"), as against "soon", "in a few minutes" or "today".
	definite bool
	// day: a day ("today", "tomorrow", "hoy"), which sets no bound the
	// checks of a notice can read; a bridge's read today's (sameDay) as
	// sameDayBridge.
	day bool
}

// unbounded is the within of a promise that sets no bound a wait can
// break: a day ("today", "hoy mismo"), "as soon as they can".
const unbounded = time.Duration(1<<63 - 1)

// Waits, by the phrases that state them (lower case, as words); a
// phrase's words must appear one after the other. Numbers of minutes,
// hours and seconds are read by numberWaits.
var (
	// atOnce promise the rep is writing already.
	atOnce = []string{"right now", "right away", "straight away", "immediately", "as we speak",
		"ahora mismo", "ya mismo", "enseguida", "en seguida", "de inmediato", "inmediatamente", "al instante"}
	// inAMoment promise the rep in a minute at most.
	inAMoment = []string{"in a moment", "in a sec", "in a second", "in just a moment", "in just a second", "any second",
		"any minute", "momentarily", "en un momento", "en un momentito", "en un instante", "en un segundo", "en unos segundos"}
	// vagueSoon promise the rep within a few minutes, without a number.
	vagueSoon = []string{"shortly", "soon", "in a bit", "in a little bit", "in a little while", "pronto", "en breve", "en un rato"}
	// noBound promise no wait a rep can miss; "as soon as" also keeps
	// its "soon" from counting.
	noBound = []string{"as soon as", "asap", "when they can", "lo antes posible", "lo más pronto posible", "tan pronto como",
		"cuanto antes", "later", "más tarde"}
	// sameDay promise the rep within the day the text is read; dayWords
	// name a day.
	sameDay  = []string{"today", "tonight", "this morning", "this afternoon", "this evening", "hoy", "esta tarde", "esta noche"}
	dayWords = []string{"tomorrow", "mañana"}
	// bareNow is the wait of a text that states no other: "Connecting
	// you with Mike now." Beside another wait it is the hand-over's
	// ("I'm passing you to Mike now, he'll text you in about 15
	// minutes").
	bareNow = []string{"now", "ahora"}
)

// fewMinutes is how long "soon", "shortly" and "in a few minutes" may
// take; couple "a couple of minutes", "un par de minutos"; fewHours "in a
// few hours", "en unas horas".
const (
	fewMinutes    = 10 * time.Minute
	coupleMinutes = 3 * time.Minute
	fewHours      = 4 * time.Hour
)

// A bridge asks the lead for a time, and its vague waits are read as
// leniently as a lead may: "shortly" and "soon" as within the hour
// (vagueBridge), "today" as within half a day (sameDayBridge), since the
// checks do not know the clock: a rep expected in 16 hours will not
// write today, one expected in 3 may.
const (
	vagueBridge   = time.Hour
	sameDayBridge = 12 * time.Hour
)

// waitUnits are the units a wait is counted in.
var waitUnits = map[string]time.Duration{
	"second": time.Second, "seconds": time.Second, "sec": time.Second, "secs": time.Second,
	"segundo": time.Second, "segundos": time.Second,
	"minute": time.Minute, "minutes": time.Minute, "min": time.Minute, "mins": time.Minute,
	"minuto": time.Minute, "minutos": time.Minute,
	"hour": time.Hour, "hours": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hora": time.Hour, "horas": time.Hour,
	"day": 24 * time.Hour, "days": 24 * time.Hour, "día": 24 * time.Hour, "días": 24 * time.Hour, "dia": 24 * time.Hour,
	"dias": 24 * time.Hour,
}

// waitNumbers are the number words a wait is counted in.
var waitNumbers = map[string]float64{
	"one": 1, "uno": 1,
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
	"quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "noventa": 90,
	"half": 0.5, "media": 0.5, "medio": 0.5, "quarter": 0.25, "cuarto": 0.25,
}

// waitFew are the words of an unnumbered few ("a few minutes", "unos
// minutos"), waitCouple of a couple.
var (
	// waitArticles count one when no other number does: "a minute",
	// "within the hour", "una hora", but "a few minutes".
	waitArticles = []string{"a", "an", "the", "next", "un", "una", "próxima", "proxima"}
	waitFew      = []string{"few", "several", "unos", "unas", "pocos", "pocas", "varios", "varias"}
	waitCouple   = []string{"couple", "par"}
	// waitFiller may stand between the words of a wait: "in about 10 to
	// 15 minutes", "en unos 15 minutos", "within the next hour".
	waitFiller = []string{"about", "around", "roughly", "approximately", "approx", "under", "less", "than", "within", "in",
		"of", "to", "or", "and", "just", "aproximadamente", "cerca", "de", "menos", "dentro", "en", "o", "y", "los", "las", "próximos", "proximos"}
)

// statedWaits returns the waits low, a text in lower case, promises,
// outside the words of skip (the names a request carries: a rep named
// "Minute" states no wait).
func statedWaits(low string, skip map[string]bool) []waitPromise {
	ws := words(low)
	var out []waitPromise
	used := make([]bool, len(ws)) // words of a phrase already read
	phrase := func(list []string, within time.Duration, definite, day bool) {
		for _, p := range list {
			pw := strings.Fields(p)
			for i := 0; i+len(pw) <= len(ws); i++ {
				if slices.Equal(ws[i:i+len(pw)], pw) && !slices.Contains(used[i:i+len(pw)], true) {
					out = append(out, waitPromise{phrase: p, within: within, definite: definite, day: day})
					for j := i; j < i+len(pw); j++ {
						used[j] = true
					}
				}
			}
		}
	}
	phrase(noBound, unbounded, false, false) // first: "as soon as" takes its "soon"
	phrase(sameDay, unbounded, false, true)
	phrase(dayWords, unbounded, false, true)
	phrase(atOnce, 30*time.Second, true, false)
	phrase(inAMoment, time.Minute, true, false)
	phrase(vagueSoon, fewMinutes, false, false)
	for i, w := range ws {
		unit, ok := waitUnits[w]
		if !ok || used[i] || skip[w] {
			continue
		}
		if p, ok := numberWait(ws[:i], unit); ok {
			p.phrase += " " + w
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		for i, w := range ws {
			if slices.Contains(bareNow, w) && !used[i] {
				out = append(out, waitPromise{phrase: w, within: 30 * time.Second, definite: true})
			}
		}
	}
	return out
}

// numberWait reads the wait that the words before a unit count: the
// largest number among them ("10 to 15 minutes" is fifteen, "unos 15
// minutos" fifteen), else "half an hour", "a few minutes", "un par de
// minutos"; false when no number comes before the unit ("per hour", "¿a
// qué hora?").
func numberWait(before []string, unit time.Duration) (waitPromise, bool) {
	var (
		n, frac       float64 // the largest number; a fraction of the unit ("half an hour")
		few, couple   bool
		article       bool
		found         bool
		from          = len(before)
		fillersInARow int
	)
	for i := len(before) - 1; i >= 0 && i >= len(before)-6; i-- {
		w := before[i]
		switch v, isNum := waitNumber(w); {
		case isNum && v < 1:
			frac, found = v, true
		case isNum:
			n, found = max(n, v), true
		case slices.Contains(waitArticles, w):
			article, found = true, true
		case slices.Contains(waitFew, w):
			few, found = true, true
		case slices.Contains(waitCouple, w):
			couple, found = true, true
		case slices.Contains(waitFiller, w) && fillersInARow < 2:
			fillersInARow++
			from = i
			continue
		default:
			i = -1 // stop
			continue
		}
		fillersInARow, from = 0, i
	}
	if !found {
		return waitPromise{}, false
	}
	phrase := strings.Join(before[from:], " ")
	switch {
	case n == 0 && few && unit >= time.Hour:
		return waitPromise{phrase: phrase, within: fewHours * (unit / time.Hour)}, true
	case n == 0 && few:
		return waitPromise{phrase: phrase, within: max(fewMinutes, unit)}, true
	case n == 0 && couple:
		return waitPromise{phrase: phrase, within: coupleMinutes * unit / time.Minute, definite: true}, true
	case frac > 0 && n <= 1: // "half an hour", "a quarter of an hour"
		n = frac
	case n == 0 && article:
		n = 1
	}
	return waitPromise{phrase: phrase, within: time.Duration(n * float64(unit)), definite: true}, true
}

// waitNumber returns the value of a number written in digits or as one
// of waitNumbers.
func waitNumber(w string) (float64, bool) {
	if v, ok := waitNumbers[w]; ok {
		return v, true
	}
	if v, err := strconv.Atoi(w); err == nil && v >= 0 {
		return float64(v), true
	}
	return 0, false
}

// expectedWait is the wait a notice must not promise to beat: req.Wait
// as [WaitPhrase] rounds it (to whole minutes; none up to 30 seconds).
func expectedWait(d time.Duration) time.Duration {
	if d <= 30*time.Second {
		return 0
	}
	return d.Round(time.Minute)
}

// checkWait checks that a notice or its update promises no wait shorter
// than req.Wait, and, handing the lead to the team (no req.RepName),
// none definite at all: nobody knows the team's wait.
func checkWait(text string, req Request) error {
	want := expectedWait(req.Wait)
	team := firstWord(clean(req.RepName)) == ""
	for _, p := range statedWaits(strings.ToLower(text), nameWords(req)) {
		switch {
		case team && p.definite:
			return &TextError{Problem: ProblemWait, Detail: "promises the team " + strconv.Quote(p.phrase) + "; its wait is not known"}
		case !team && p.within < want:
			return &TextError{Problem: ProblemWait, Detail: "promises " + strconv.Quote(p.phrase) + "; the rep is expected " + WaitPhrase(req.Wait)}
		}
	}
	return nil
}

// checkBridgeWait checks that a bridge promises no wait shorter than
// req.Wait (an hour when no rep is assigned: nobody knows the team's
// wait): no definite one, and, read as leniently as a lead may, no vague
// "shortly" or "soon" (within the hour: vagueBridge), "a few hours" (four)
// "today" (half a day: sameDayBridge) or "tomorrow" (two days). A bare "now", which hands the
// thread over, sets no number a rep can miss.
func checkBridgeWait(text string, req Request) error {
	want := expectedWait(req.Wait)
	if firstWord(clean(req.RepName)) == "" {
		want = time.Hour
	}
	for _, p := range statedWaits(strings.ToLower(text), nameWords(req)) {
		within := p.within
		switch {
		case slices.Contains(bareNow, p.phrase):
			continue
		case p.day && slices.Contains(sameDay, p.phrase):
			within = sameDayBridge
		case p.day: // "tomorrow" ends two days from now at the latest
			within = 48 * time.Hour
		case !p.definite:
			within = max(within, vagueBridge)
		}
		if within >= want {
			continue
		}
		expected := "the rep is expected " + WaitPhrase(req.Wait)
		if firstWord(clean(req.RepName)) == "" {
			expected = "no rep is assigned, whose wait is known"
		}
		return &TextError{Problem: ProblemWait, Detail: "promises " + strconv.Quote(p.phrase) + "; " + expected}
	}
	return nil
}

// checkNoWait checks that a bridge sent when nobody is free, and nobody
// knows when someone will be ([Request].NobodyFree), promises no time: a
// wait of any kind, a day included, but "as soon as they can" and the
// like, or a bare "now" that hands the thread over.
func checkNoWait(text string, req Request) error {
	for _, p := range statedWaits(strings.ToLower(text), nameWords(req)) {
		if p.within == unbounded && !p.day || slices.Contains(bareNow, p.phrase) {
			continue
		}
		return &TextError{Problem: ProblemWait, Detail: "promises " + strconv.Quote(p.phrase) + "; nobody is free, and nobody knows when someone will be"}
	}
	return nil
}
