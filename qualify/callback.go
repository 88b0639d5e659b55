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
