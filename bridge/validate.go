package bridge

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrInvalidText is matched (errors.Is) by every error [Validate] returns.
var ErrInvalidText = errors.New("bridge: invalid text")

// Problem names the rule a text broke, for audit trails and metrics.
type Problem string

// Problems reported by [Validate] in [TextError.Problem].
const (
	ProblemEmpty       Problem = "empty"
	ProblemEncoding    Problem = "invalid_utf8"
	ProblemMultiline   Problem = "multiline"
	ProblemControl     Problem = "control_character"
	ProblemPlaceholder Problem = "placeholder"
	ProblemLength      Problem = "too_long"
	ProblemNoTimeAsk   Problem = "no_callback_ask"
	ProblemNoNotice    Problem = "no_notice"
	ProblemLink        Problem = "link"
	ProblemContact     Problem = "contact_details"
	// ProblemHumanClaim is a text whose writer claims to be a person or
	// in a human role, denies being a bot or an AI ("I'm a real person,
	// not a bot!", "I'm a real estate agent", "100% human here", "no soy
	// un robot"), or introduces or signs itself by a name other than the
	// AI's ("Hi Sam, this is Mike", "Mike here!", "— Mike"): the AI never
	// pretends to be human, nor speaks as the rep, whatever a lead asked
	// of it.
	ProblemHumanClaim Problem = "human_claim"
	// ProblemTimeAskedAgain is a bridge that asks for a callback time
	// the lead already gave ([ValidateOpts].Callback).
	ProblemTimeAskedAgain Problem = "callback_asked_again"
	// ProblemLanguage is a text written in a language other than the
	// one the lead writes ([Request].Lang). The package does not read
	// languages: the engine (handoff) reports it for a Drafter's text,
	// reading the draft as it reads the lead's messages.
	ProblemLanguage Problem = "wrong_language"
)

// TextError is the error [Validate] returns. It matches [ErrInvalidText].
type TextError struct {
	Problem Problem
	Detail  string // human-readable, e.g. "2 GSM-7 segments, at most 1 allowed"
}

// Error implements error.
func (e *TextError) Error() string {
	if e.Detail == "" {
		return fmt.Sprintf("bridge: invalid text: %s", e.Problem)
	}
	return fmt.Sprintf("bridge: invalid text: %s: %s", e.Problem, e.Detail)
}

// Is reports whether target is [ErrInvalidText].
func (e *TextError) Is(target error) bool { return target == ErrInvalidText }

// ValidateOpts tunes [ValidateWith]. The zero value (or nil) means defaults.
type ValidateOpts struct {
	// MaxSegments is the number of SMS segments the text may use
	// (see [Segments]). 0 means 1: 160 GSM-7 characters, or 70 when the
	// text needs UCS-2.
	MaxSegments int
	// RepName is the assigned rep: a transparent notice must name them,
	// and no text speaks as them ("this is Mike", "Mike here!", "—
	// Mike": [ProblemHumanClaim]).
	RepName string
	// Voice is the business's voice. A text may introduce or sign its
	// writer by Voice.AgentName, the AI's own name, or as the business
	// (the words of Voice.BusinessName), and by no other name: "Hi, this
	// is Kyle from Bluebird" passes for an agent named Kyle, "Hi, this is
	// Jessica" does not ([ProblemHumanClaim]). With no AgentName the AI
	// has no name to give, and a text that introduces its writer by any
	// name is refused. Talking about someone passes: "Mike will reach
	// out", "I'm Kyle, Mike's assistant".
	Voice Voice
	// Callback is the time the lead already asked to be called
	// ([Request].Callback): a bridge must then not ask for a time again,
	// and need not end with a question. "" means the lead gave none.
	Callback string
}

// Validate checks outgoing text with default options; see [ValidateWith].
func Validate(text string, purpose Purpose) error { return ValidateWith(text, purpose, nil) }

// ValidateWith checks an outgoing text before it is queued. Surrounding
// white space is ignored (callers send strings.TrimSpace(text)). The text
// must be valid UTF-8, non-empty, one line without control characters, free
// of unfilled placeholders ("{name}", "{{.Name}}", "[Name]", "<name>",
// "%s", "$FIRST_NAME"), free of links, e-mail addresses and phone numbers
// (an AI must never hand those out: a lead may have asked for "the owner's
// cell"; see [CheckContact]), free of any claim that the writer is a
// person or is not a bot or an AI, in any shape ("I'm a real person, not
// a bot!", "Nope, not a bot!", "I'm a real estate agent", "You are
// texting a real person", "100% human here", "soy una persona real", "no
// soy un robot"), and of the writer introducing or signing itself by a
// name other than the AI's (opts.Voice) or the business's, the rep's
// above all ("Hi Sam, this is Mike", "Mike here!", "— Mike"):
// [ProblemHumanClaim]. Talking about the rep, or a person, passes: "a
// real person will call you", "Mike is a real person, not a bot, and
// he'll call you", "Mike will reach out". The text must fit
// opts.MaxSegments SMS segments.
//
// What a text may say of prices, promises and waits depends on the
// conversation: that is [CheckFacts]'s to check.
//
// A bridge ([PurposeBridge]) must end by asking for a callback time (its
// last sentence is a question about when: "What's your best time?", "When
// works best?", "Best time to call?"), unless the lead already gave one
// (opts.Callback): then it must not ask for a time again
// ([ProblemTimeAskedAgain]; "Mike will call you tomorrow after 5pm, does
// that work?" asks nothing again, "... What time works best?" does).
// That it states the lead's time and no other is [CheckFacts]'s to
// check. A transparent notice
// ([PurposeNotice]), the alternative a host chooses per reason and channel,
// must instead name the person picking up and say when they will write
// ("I'm connecting you with Mike, he'll text you in about two minutes"; on
// chat "connecting you now"); with opts.RepName set, it must name that rep.
// An update of a notice ([PurposeNoticeUpdate]) must say who writes now
// and when, naming opts.RepName when it is set ("Sorry for the wait! Sarah
// will text you in about two minutes instead."; without a rep "someone
// from our team will text you as soon as they can"; to a lead who said
// when to call, "Sarah will call you at the time you asked instead").
// A booking offer ([PurposeBookingOffer]) must end with a question; that
// a booking text states its slots, rep and reminder as given is
// [CheckFacts]'s to check.
//
// Errors are [*TextError] values matching [ErrInvalidText].
func ValidateWith(text string, purpose Purpose, opts *ValidateOpts) error {
	maxSeg := 1
	if opts != nil && opts.MaxSegments > 0 {
		maxSeg = opts.MaxSegments
	}
	s := strings.TrimSpace(text)
	if !utf8.ValidString(s) {
		return &TextError{Problem: ProblemEncoding}
	}
	if s == "" {
		return &TextError{Problem: ProblemEmpty}
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085':
			return &TextError{Problem: ProblemMultiline, Detail: "more than one line"}
		case unicode.IsControl(r) && r != '\t':
			return &TextError{Problem: ProblemControl, Detail: fmt.Sprintf("control character %U", r)}
		}
	}
	if p := findPlaceholder(s); p != "" {
		return &TextError{Problem: ProblemPlaceholder, Detail: fmt.Sprintf("unfilled placeholder %q", p)}
	}
	if p, what := findContact(s); p != "" {
		return &TextError{Problem: p, Detail: what}
	}
	var id identity
	if opts != nil {
		id = newIdentity(opts.Voice, opts.RepName)
	}
	if like, ok := claimsHuman(s, id); ok {
		return &TextError{Problem: ProblemHumanClaim, Detail: fmt.Sprintf("the writer claims to be a person (%q)", like)}
	}
	if n, enc := Segments(s); n > maxSeg {
		return &TextError{Problem: ProblemLength, Detail: fmt.Sprintf("%d %s segments, at most %d allowed", n, enc, maxSeg)}
	}
	rep, callback := "", ""
	if opts != nil {
		rep, callback = opts.RepName, strings.TrimSpace(opts.Callback)
	}
	switch {
	case purpose == PurposeBridge && callback != "":
		if asksForTimeAgain(s) {
			return &TextError{Problem: ProblemTimeAskedAgain, Detail: "the lead gave a callback time; a bridge must not ask for one again"}
		}
	case purpose == PurposeBridge && !asksForTime(s):
		return &TextError{Problem: ProblemNoTimeAsk, Detail: "a bridge must end by asking for a callback time"}
	case purpose == PurposeNotice && !isNotice(s, rep):
		return &TextError{Problem: ProblemNoNotice, Detail: "a notice must name the person picking up and when"}
	case purpose == PurposeNoticeUpdate && !isUpdate(s, rep):
		return &TextError{Problem: ProblemNoNotice, Detail: "an update of a notice must say who writes now, naming the rep when there is one, and when"}
	case purpose == PurposeBookingOffer && !strings.HasSuffix(strings.TrimRight(s, " \t\"')"), "?"):
		return &TextError{Problem: ProblemNoTimeAsk, Detail: "a booking offer must end by asking which time works"}
	}
	return nil
}

// findPlaceholder returns the first unfilled template placeholder in s, or "".
func findPlaceholder(s string) string {
	if i := strings.IndexAny(s, "{}"); i >= 0 {
		if j := strings.IndexByte(s[i:], '}'); j >= 0 && j < 40 {
			j += i + 1
			for j < len(s) && s[j] == '}' {
				j++
			}
			return s[i:j]
		}
		return clip(s[i:])
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '<':
			closer := byte(']')
			if s[i] == '<' {
				closer = '>'
			}
			j := strings.IndexByte(s[i+1:], closer)
			if j > 0 && isPlaceholderName(s[i+1:i+1+j]) {
				return s[i : i+2+j]
			}
		case '%':
			if i+1 < len(s) && strings.IndexByte("svdqxfT", s[i+1]) >= 0 && (i+2 == len(s) || !isLetter(s[i+2])) {
				return s[i : i+2]
			}
		case '$':
			j := i + 1
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == '_') {
				j++
			}
			if j-i-1 >= 2 && (j == len(s) || !isLetter(s[j]) && (s[j] < '0' || s[j] > '9')) {
				return s[i:j]
			}
		}
	}
	return ""
}

// isPlaceholderName reports whether s looks like a template variable name:
// 1 to 30 ASCII letters, digits, spaces, dots, dashes or underscores,
// starting with a letter ("Name", "first_name", "Rep Name").
func isPlaceholderName(s string) bool {
	if s == "" || len(s) > 30 || !isLetter(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && (c < '0' || c > '9') && c != ' ' && c != '_' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func clip(s string) string {
	if len(s) > 24 {
		s = s[:24]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// timeWords are the words that make a question a request for a time, in
// English and Spanish ("¿A qué hora te llamo?", "¿cuándo le queda bien?").
var timeWords = []string{
	"time", "when", "call", "reach you", "available", "availability",
	"morning", "afternoon", "evening", "today", "tomorrow", "schedule", "hour",
	"hora", "cuándo", "cuando", "llam", "disponib", "mañana", "tarde", "hoy", "horario",
}

// asksForTime reports whether the last sentence of s is a question about
// when to call.
func asksForTime(s string) bool {
	s = strings.TrimRight(s, " \t\"')")
	if !strings.HasSuffix(s, "?") {
		return false
	}
	body := strings.TrimRight(s, "?")
	// The last sentence starts after the previous terminator.
	if i := strings.LastIndexAny(body, ".!?"); i >= 0 {
		body = body[i+1:]
	}
	body = strings.ToLower(body)
	for _, w := range timeWords {
		if strings.Contains(body, w) {
			return true
		}
	}
	return false
}

// asksForTimeAgain reports whether s ends with a question about when to
// call: its last clause (after the last comma or sentence terminator) is
// a question with a word of time in it. "Mike will call you tomorrow
// after 5pm, does that work?" confirms and asks nothing again.
func asksForTimeAgain(s string) bool {
	s = strings.TrimRight(s, " \t\"')")
	if !strings.HasSuffix(s, "?") {
		return false
	}
	body := strings.TrimRight(s, "?")
	if i := strings.LastIndexAny(body, ".!?,;"); i >= 0 {
		body = body[i+1:]
	}
	return containsAny(strings.ToLower(body), timeWords)
}

// noticeVerbs say a person is picking the conversation up; waitWords say
// when; in English and Spanish ("Le comunico con Carla, le escribe en unos
// minutos.").
var (
	noticeVerbs = []string{"connecting you", "connect you", "passing you", "handing you", "bringing in", "looping in",
		"will text you", "will call you", "'ll text you", "'ll call you", "will be with you", "'ll be with you", "will reach out", "'ll reach out",
		"le comunico", "te comunico", "lo comunico", "la comunico", "le paso con", "te paso con", "lo conecto", "la conecto", "te conecto", "le conecto",
		"le escribe", "te escribe", "le llama", "te llama", "lo llama", "la llama", "le va a escribir", "te va a escribir", "le va a llamar",
		"te va a llamar", "lo va a llamar", "la va a llamar", "le contacta", "te contacta", "se comunica con usted", "se comunica contigo",
		"te va a contactar", "le va a contactar", "va a estar contigo", "va a estar con usted", "te atiende", "le atiende"}
	waitWords = []string{"minute", "hour", "day", "shortly", "soon", "now", "moment", "right away", "today", "second", "the time you asked",
		"then", "minuto", "hora", "pronto", "ahora", "enseguida", "momento", "hoy", "en breve", "seguida", "antes posible", "entonces"}
)

// isNotice reports whether s tells the lead who picks up and when: a
// hand-over phrase, a wait, and the rep's first name (when rep is unknown,
// a capitalised name inside a sentence: "my partner" names nobody).
func isNotice(s, rep string) bool {
	low := strings.ToLower(s)
	if !containsAny(low, noticeVerbs) || !containsAny(low, waitWords) {
		return false
	}
	if f := strings.Fields(rep); len(f) > 0 {
		return strings.Contains(low, strings.ToLower(f[0]))
	}
	return namesSomeone(s)
}

// isUpdate reports whether s tells the lead who writes now and when: a
// hand-over phrase, a wait, and the rep's first name when rep is known
// (with no rep, the team writes: no name is needed).
func isUpdate(s, rep string) bool {
	low := strings.ToLower(s)
	if !containsAny(low, noticeVerbs) || !containsAny(low, waitWords) {
		return false
	}
	if f := strings.Fields(rep); len(f) > 0 {
		return strings.Contains(low, strings.ToLower(f[0]))
	}
	return true
}

// namesSomeone reports a capitalised word that does not start a sentence
// and is not "I".
func namesSomeone(s string) bool {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		prev, w := words[i-1], strings.Trim(words[i], ".,;:!?()'\"")
		if strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "!") || strings.HasSuffix(prev, "?") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && w != "I" && !strings.HasPrefix(w, "I'") {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// CheckContact reports a link, an e-mail address or a phone number in
// text, the check [ValidateWith] makes, as a [*TextError] with Problem
// [ProblemLink] or [ProblemContact]; nil when text has none. It does not
// depend on knowing every top-level domain or how people punctuate a
// phone number:
//
//   - a link is "://", "www." or a host name: two or more labels of
//     letters, digits and hyphens joined by dots ("bluebird-offers.realty",
//     "cash.bluebird.ru/pay", "bücher.de"), the last one two or more
//     letters. Single-letter abbreviations ("e.g.", "a.m.", "U.S."),
//     decimals ("3.5%"), a word and a full stop ("St.", "Tues.") and a
//     title before a capitalised name ("St.Louis", "Dr.Lee") are none;
//     two words with no space after the full stop ("Thanks.What") are
//     taken for one.
//   - an e-mail address is an "@" with a letter or digit on each side.
//   - a phone number is any run of 7 or more digits joined only by
//     spaces, dots, dashes of any kind, slashes, parentheses, middle
//     dots, commas or semicolons, however grouped ("555 201 33 44",
//     "06 12 34 56 78", "5 5 5 2 0 1 3 3 4 4", "555, 201, 3344",
//     "415—555—0199", "(415) 555-0199"), in
//     digits of any script or form ("５５５", "₅₅₅", "⑤⑤⑤") or spelled
//     out in English or Spanish ("five five five two oh one ...", "555
//     two-oh-one 3344", "seis doce treinta y cuatro ..."). Money
//     ("$450,000", "$1500000", "1.250.000 €", "250k"), percentages, a
//     ZIP+4, ranges of prices ("450000-475000"), and dates ("6/15/2026",
//     "2026-06-15"), ranges of years ("2025-2026") and of decimals
//     ("6.875/7.125", "9.00-17.00") are none; so are lists whose items
//     are values, not pieces of a number: numbers with thousands
//     separators ("450,000, 475,000"), years, ZIP codes or days in a
//     list ("1998, 2005, 2015", "78701, 78702", "12/15, 12/16"), and
//     counts, days or hours in ascending order ("1, 2, 3, 4, 5, 6, 7",
//     "9, 10, 11, 12"). Times ("10:30", "10am"), counts and durations
//     are too short or broken by other characters.
//     An address's numbers may read as one ("Suite 210 1500" is shaped
//     as "555 0199"): a draft has no reason to write an address.
func CheckContact(text string) error {
	if p, what := findContact(text); p != "" {
		return &TextError{Problem: p, Detail: what}
	}
	return nil
}

// findContact reports a link, an e-mail address or a phone number in s.
func findContact(s string) (Problem, string) {
	low := strings.ToLower(s)
	switch {
	case strings.Contains(low, "://") || strings.Contains(low, "www."):
		return ProblemLink, "a link"
	case hasEmail(s):
		return ProblemContact, "an e-mail address"
	case hasHost(s):
		return ProblemLink, "a link"
	case hasPhone(s):
		return ProblemContact, "a phone number"
	}
	return "", ""
}

// hasEmail reports an "@" with a letter or digit on each side.
func hasEmail(s string) bool {
	for i := strings.IndexByte(s, '@'); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		if isAlnum(before) && isAlnum(after) {
			return true
		}
		next := strings.IndexByte(s[i+1:], '@')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// titles are the abbreviations that come before a capitalised name with
// no space in between ("St.Louis", "Dr.Lee", "Mt.Hood"): no host name.
var titles = []string{"mr", "mrs", "ms", "dr", "st", "ft", "mt"}

// hasHost reports a host name in s: labels of letters, digits and
// hyphens joined by single dots, the last label two or more letters (or
// an IDN "xn--" label), unless the two labels are a title and a
// capitalised name.
func hasHost(s string) bool {
	runs := strings.FieldsFunc(s, func(r rune) bool { return !isAlnum(r) && r != '-' && !isDot(r) })
	for _, run := range runs {
		var chain []string
		// A chain of labels ends at the run's end or at two dots in a
		// row ("wait...what").
		for l := range strings.SplitSeq(strings.Map(oneDot, run)+".", ".") {
			if l = strings.Trim(l, "-"); l != "" {
				chain = append(chain, l)
				continue
			}
			if isHost(chain) {
				return true
			}
			chain = chain[:0]
		}
	}
	return false
}

// isHost reports whether labels, joined by dots, are a host name.
func isHost(labels []string) bool {
	if len(labels) < 2 {
		return false
	}
	last := labels[len(labels)-1]
	if !strings.HasPrefix(strings.ToLower(last), "xn--") {
		for _, r := range last {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		if utf8.RuneCountInString(last) < 2 {
			return false
		}
	}
	if len(labels) == 2 && slices.Contains(titles, strings.ToLower(labels[0])) {
		r, _ := utf8.DecodeRuneInString(last)
		return !unicode.IsUpper(r)
	}
	return true
}

// isDot reports a full stop, ASCII or CJK.
func isDot(r rune) bool { return r == '.' || r == '\u3002' || r == '\uff0e' || r == '\uff61' }

// oneDot maps every full stop to '.'.
func oneDot(r rune) rune {
	if isDot(r) {
		return '.'
	}
	return r
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
