package qualify

import (
	"regexp"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// CallbackField is the field the engine records a callback time in, with
// the lead's own words as its value. It is not a schema field: it does not
// count toward qualification.
const CallbackField Field = "callback_time"

// callbackRE finds the parts of a message that say when to call: clock
// times with a preposition, am/pm or minutes ("after 5", "around 3:30",
// "2pm"), day parts and days ("tomorrow morning", "weekdays", "friday"),
// and relative times ("in an hour", "anytime", "right now works").
var callbackRE = regexp.MustCompile(`(?i)\b(?:` +
	`(?:after|before|around|about|at|by|from|until|till|til|between|past|any ?time before|any ?time after)\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|o'?clock)?` +
	`|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)` +
	`|\d{1,2}:\d{2}` +
	`|noon|midday|lunch ?time|lunch|tonight|today|tomorrow|tmrw|tmr` +
	`|(?:this|tomorrow|early|late)\s+(?:morning|afternoon|evening|night)` +
	`|mornings?|afternoons?|evenings?` +
	`|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?` +
	`|weekdays?|weekends?|next week|end of (?:the )?day` +
	`|any ?time|whenever` +
	`|in (?:an|a few|a couple(?: of)?|\d+|one|two|three|half an) (?:hours?|hrs?|minutes?|mins?)` +
	`|(?:right )?now (?:is|works|would)|free now|call (?:me )?now` +
	`|mañana|por la (?:mañana|tarde|noche)|en la (?:mañana|tarde|noche)|después de las? \d{1,2}|a las? \d{1,2}` +
	`)\b`)

// contactRE finds words of being called, texted or reached, or of being
// free for it: "call me", "text me", "reach me", "talk", "I'm free",
// "available", "llámame", "hablar". Past tenses ("you called me this
// morning") are none.
var contactRE = regexp.MustCompile(`(?i)\b(?:call|calls|calling|ring|phone|reach|text|txt|contact|talk|speak|chat|available|availability` +
	`|(?:i'?m|i am|we'?re|we are|be|am|are)\s+(?:free|around)|free (?:after|before|around|at|from|until|till|any ?time|all|most)` +
	`|ll[aá]m\p{L}*|habl\p{L}*|contact\p{L}*|escr[ií]b\p{L}*|disponible|libre)\b`)

// thirdPartyRE finds talk with someone else ("I'll talk to my husband
// tonight"): no contact with the business.
var thirdPartyRE = regexp.MustCompile(`(?i)\b(?:talk|speak|chat|check|hablar|hablo|habl[eé])(?:ing)?\s+(?:to|with|con)\s+(?:my|our|his|her|their|the|mi|mis|su|sus|el|la)\b`)

// notRE finds a negation: a clause with one says when not to call ("don't
// call before noon", "no me llamen en la mañana").
var notRE = regexp.MustCompile(`(?i)\b(?:don[’']?t|dont|do not|never|not|can[’']?t|cannot|won[’']?t|no|nunca)\b`)

// clauseRE splits a sentence into clauses.
var clauseRE = regexp.MustCompile(`(?i),|;|\bbut\b|\bpero\b`)

// CallbackRequested is [CallbackTime] for a message that was not written
// in answer to a request for a time: it reads a time only from a clause
// that speaks of being called, texted or reached ("can someone call me
// tomorrow after 5pm?", "I'm free after 6", "mornings work best to
// talk", "llámame mañana"), and says nothing against it. A time about
// the sale ("I need to sell by next week"), a talk with someone else
// ("I'll talk to my husband tonight"), a clause with a negation ("please
// don't call before noon") and a clause with no word of contact ("I'm
// busy today, call me tomorrow" reads "tomorrow") give none. The engine
// reads it on the messages it judges before a handoff, and
// [CallbackTime] on those after the bridge asked for a time.
func CallbackRequested(text string) (string, bool) {
	for _, sentence := range textmatch.Sentences(text) {
		for _, clause := range clauseRE.Split(sentence, -1) {
			if notRE.MatchString(clause) || !contactRE.MatchString(thirdPartyRE.ReplaceAllString(clause, " ")) {
				continue
			}
			if cb, ok := CallbackTime(clause); ok {
				return cb, true
			}
		}
	}
	return "", false
}

// CallbackTime finds when the lead says to call, in the lead's own words:
// "after 5pm works", "tomorrow morning", "anytime before noon", "weekdays
// after 6". It returns the first run of such phrases (phrases at most a
// word or two apart, as in "tomorrow after 5"), and true; or "" and
// false.
func CallbackTime(text string) (string, bool) {
	for _, sentence := range textmatch.Sentences(text) {
		locs := callbackRE.FindAllStringIndex(sentence, -1)
		if len(locs) == 0 {
			continue
		}
		end := locs[0][1]
		for _, l := range locs[1:] {
			if gap := sentence[end:l[0]]; len(strings.Fields(gap)) > 2 || strings.ContainsAny(gap, ",") {
				break
			}
			end = l[1]
		}
		return strings.TrimSpace(sentence[locs[0][0]:end]), true
	}
	return "", false
}
