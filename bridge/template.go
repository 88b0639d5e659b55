package bridge

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Template is the reference [Drafter]: a few fixed lines per purpose and per
// handoff reason, filled in with the business's [Voice] and the assigned
// rep's name. It never fails, performs no I/O and is safe for concurrent
// use, so the engine uses it as the fallback of every other drafter.
//
// The variant is chosen by a stable hash of [Request.ConversationID]: the
// same conversation always gets the same line (re-runs and retries are
// stable) while different leads get different lines. An empty
// ConversationID selects the first, canonical variant of each reason, e.g.
// for explicit asks "Of course, my partner will reach out shortly. What's
// the best time to call?" and for qualification fields "Appreciate it, my
// partner will reach out within the hour. What's your best time?". For a
// rep expected later than the hour ([Request.Wait]) the line states the
// wait in words instead of "shortly", "soon", "today" or "within the
// hour" ("Of course, Mike will reach out within 24 hours. ..."; see
// [WaitPhraseIn]), so that every line passes [CheckFacts].
//
// A bridge when nobody is on duty ([Request.NextOnDuty]) says when
// someone is back and promises no one sooner, in one line for every
// conversation: "Thanks! Our team is back tomorrow at 9am, and my
// partner will reach out then. What's the best time to call?"; to a lead
// who said when, "Got it. Our team is back tomorrow at 9am, and my
// partner will call you tomorrow after 5pm." (a time sooner than that,
// "right now", is "then").
//
// A bridge when nobody can take the handoff and nobody knows when
// someone will ([Request.NobodyFree]) promises no time: "Of course, my
// partner will reach out as soon as they're free. What's the best time
// to call?".
//
// A bridge to a lead who already said when to call ([Request.Callback])
// says the rep will call then, in the lead's time ("Of course, Mike will
// call you tomorrow after 5pm."; "friday" as "on Friday", "anytime" as
// "soon"), and asks for no time again; a time too long to restate is
// "at the time you asked". A transparent notice varies by reason too: a
// frustrated lead's notice apologises ("I'm sorry about that. I'm
// connecting you with Carl, ...") and never thanks them.
//
// To a lead who writes Spanish ([Request.Lang] "es") every text, the
// reply, the bridge, the notice and its update, and the booking texts
// (the offer, the confirmation and the reminder), is a Spanish line of
// the same kind,
// addressing the lead as "tú" and kept to the GSM-7 alphabet where they
// can be ("Te comunico con Mike, que te va a escribir en unos dos
// minutos."; "¿Quieres agendar una llamada con Mike? Tengo hoy a las
// 4pm o mañana a las 10:30am. ¿Qué horario te queda mejor?"); with no
// rep named they say "un asesor", not Voice.PartnerWord. The slots and
// the reminder's lead time are stated as the request gives them, in
// Spanish from [SlotPhraseIn] and [ReminderPhraseIn]. A reply asks for
// the same field as the English one would ("¡Gracias Ana! ¿Qué plazo
// tienes en mente?" for a timeline).
//
// A reply asks about the first field of [Request.Missing] (the fields of
// qualify's schemas by their names: "company_size" asks "How big is your
// team?"), but never asks
// again the question of the AI's last turn in [Request.Transcript] (in
// either language) once the lead has answered it with any words: it asks
// about the next missing field, or the general line ("Can you tell me a bit more about what
// you're looking for?"). An answer with no words ("...") gets the question
// again.
//
// Every line Draft returns passes [Validate] for its purpose: when the voice
// makes a variant too long for one SMS segment (a long business or rep name,
// or characters that force UCS-2), Draft drops the business name, then the
// rep's name, then the voice's partner word, and finally returns a fixed
// line. A notice ([PurposeNotice]) must name the rep, so it drops only the
// business name and then falls back to a short fixed notice ("Zoë will text
// you in about two minutes."); when it has no rep's name, or no notice
// naming the rep fits, Draft returns the bridge instead, which asks for a
// callback time (or, with [Request.Callback], states it) and passes
// ValidateWith for [PurposeBridge]. An update of a notice
// ([PurposeNoticeUpdate]) names the rep who writes now and the wait, or,
// with no rep or no line naming them that fits, says someone from the
// team will write as soon as they can, or, while nobody is on duty
// ([Request.NextOnDuty]), when the team is back ("Sorry for the wait!
// Our team is back tomorrow at 9am, and someone will text you then.");
// to a lead who said when to call
// ([Request.Callback]) it promises no wait: "Quick update: Sarah will
// call you at the time you asked instead."
type Template struct {
	Voice Voice
}

// NewTemplate returns a template drafter speaking in voice. Fields of
// [Request.Voice] that are set override voice's.
func NewTemplate(voice Voice) *Template { return &Template{Voice: voice} }

// phrasebook is the template's lines of one language, for every text
// it writes: the reply, the bridge, the notice and its update, and the
// booking texts.
type phrasebook struct {
	// reply asks for a missing qualification field, by field; "" is the
	// general line. Every key has the same number of variants in each
	// language (see askedLine).
	reply            map[string][]string
	bridge           map[string][]string // by reason, "" for the others
	chatBridge       []string
	callback         map[string][]string // by reason, to a lead who said when
	chatCallback     []string
	callbackFallback map[string]string // by channel
	notice           map[string]map[string][]string
	shortNotice      map[string]string
	update           map[string][]string
	offDuty          map[string]string
	// The booking texts: an offer of two slots and of one, a
	// confirmation with its reminder ({reminder}) and without, the
	// reminder; unnamed stands in for a slot no line can name.
	offer, offerOne, confirm, confirmNoReminder, reminder []string
	unnamed                                               *strings.Replacer
	// or joins two offered slots: " o " in Spanish is " u " before a
	// slot that starts with an "o" sound ("u hoy a las 4pm"); nil in
	// English.
	or func(slot2 string) string
	// partner names whoever follows up when no rep is named ("my
	// partner"); ownPartner says whether Voice.PartnerWord, written in
	// English, replaces it.
	partner    string
	ownPartner bool
	from, at   string // after a rep's name and before the business's (" from "); after the partner word (" at ")
	then       string // a lead's time sooner than anyone is back
	asked      string // the lead's time, not restated: "at the time you asked"
	wait       func(time.Duration) string
	when       func(callback string) string
}

// partnerWord is who follows up when no rep is named, in pb's language.
func (pb *phrasebook) partnerWord(v Voice) string {
	if p := clean(v.PartnerWord); p != "" && pb.ownPartner {
		return p
	}
	return pb.partner
}

// english holds the template's English lines, every purpose's default.
var english = phrasebook{
	reply: replyLines, bridge: bridgeLines, chatBridge: chatBridgeLines, callback: callbackLines, chatCallback: chatCallbackLines,
	callbackFallback: callbackFallback, notice: noticeLines, shortNotice: shortNoticeLines, update: updateLines,
	offDuty: offDutyLines, partner: "my partner", ownPartner: true, from: " from ", at: " at ", then: "then",
	asked: "at the time you asked", wait: WaitPhrase, when: callbackWhen,
	offer: bookingOfferLines, offerOne: bookingOneLines, confirm: bookingConfirmLines,
	confirmNoReminder: bookingConfirmNoReminderLines, reminder: reminderLines, unnamed: unnamedSlots,
}

// book is the phrasebook of a text to a lead who writes lang: Spanish
// ("es") for every purpose, a reply included; English for every other
// language.
func book(lang string) *phrasebook {
	if isSpanish(lang) {
		return &spanish
	}
	return &english
}

// books are the phrasebooks of every language the template writes.
var books = []*phrasebook{&english, &spanish}

// isSpanish reports whether lang, a [Request].Lang, is Spanish.
func isSpanish(lang string) bool { return strings.EqualFold(strings.TrimSpace(lang), "es") }

// Bridge reasons with their own lines. Other reasons (e.g. "custom") use
// the general lines.
const (
	reasonExplicitAsk = "explicit_ask"
	reasonFields      = "fields"
	reasonScore       = "score"
	reasonFrustration = "frustration"
	reasonOutOfScope  = "out_of_scope"
	reasonCompetitor  = "competitor"
	reasonHighValue   = "high_value"
)

// Placeholders: {who} is the person who will follow up ("Dana", "my
// partner"), {Who} the same capitalised for the start of a sentence;
// {shortly}, {soon}, {today} and {hour} ("within the hour") are when,
// in those words for a wait of an hour at most (see bridgeWaits).
var bridgeLines = map[string][]string{
	reasonExplicitAsk: {
		"Of course, {who} will reach out {shortly}. What's the best time to call?",
		"Of course! I'll have {who} give you a call. What time works best for you?",
		"Absolutely, {who} can call you {today}. When's a good time?",
		"Sure thing, {who} will call you personally. What's the best time to reach you?",
	},
	reasonFields: {
		"Appreciate it, {who} will reach out {hour}. What's your best time?",
		"Got it, real quick can I get {who} to reach out {today}? Best time to call?",
		"Thanks, that helps a lot. {Who} will call you {shortly}. When works best?",
		"Perfect, I'll pass this to {who} to follow up {today}. What time is best to call?",
	},
	reasonScore: {
		"Sounds great, {who} will reach out {shortly} to talk next steps. What's your best time?",
		"Love it, {who} can walk you through next steps {today}. When's a good time to call?",
		"Great, let me get {who} on the phone with you. What time works best?",
	},
	reasonFrustration: {
		"I'm sorry about that. {Who} will call you personally to sort it out. What's the best time?",
		"Sorry for the trouble, let me get {who} to help you directly. When's a good time to call?",
		"I hear you, and I want this fixed. {Who} will reach out {shortly}. What time works for a call?",
	},
	reasonOutOfScope: {
		"Good question, {who} can answer that properly. What's the best time to call you?",
		"That one's best answered by {who}, who will reach out {shortly}. When's a good time to talk?",
		"I want you to get the right answer, so {who} will call you. What time works best?",
	},
	reasonCompetitor: {
		"Happy to compare, {who} can walk you through the differences. What's the best time to call?",
		"Good to know, {who} will reach out to go over your options. When's a good time?",
		"Makes sense to shop around. {Who} can call to compare. What time works best for you?",
	},
	reasonHighValue: {
		"Thanks, {who} will personally reach out to help with this. What's the best time to call?",
		"Great, I'd like {who} to handle this with you directly. When's a good time to talk?",
		"Appreciate it, {who} will call you {shortly} to go over details. What time works best?",
	},
	"": {
		"Appreciate it, {who} will reach out {shortly}. What's your best time?",
		"Thanks! I'll have {who} follow up with you {today}. What time works best to call?",
		"Got it, {who} will give you a call {soon}. When's a good time?",
	},
}

// callbackLines are the bridges to a lead who already said when to call
// ([Request.Callback]): they say the rep will call then and ask nothing
// again. {when} is the lead's time as a phrase that follows "call you"
// (see callbackWhen).
var callbackLines = map[string][]string{
	reasonFrustration: {
		"I'm sorry about that. {Who} will call you {when} to sort it out.",
		"Sorry for the trouble. I'll have {who} call you {when} to help directly.",
	},
	reasonOutOfScope: {
		"Good question, {who} can answer that properly and will call you {when}.",
		"I want you to get the right answer, so {who} will call you {when}.",
	},
	"": {
		"Of course, {who} will call you {when}.",
		"You got it, I'll have {who} give you a call {when}.",
		"Sure thing, {who} will call you {when}. Talk soon!",
	},
}

// chatCallbackLines are the bridges of a chat conversation whose visitor
// said when: the line promises contact then and asks how, not when.
var chatCallbackLines = []string{
	"Got it, {who} will reach out {when}. What number or email should they use?",
	"Thanks, I'm bringing in {who}, who will reach out {when}. What number or email should they use?",
}

// offDutyLines are the bridges when nobody is on duty
// ([Request.NextOnDuty]): when someone is back ({back}), and no sooner.
// One line each, whatever the conversation: "callback/" to a lead who
// said when to call, "frustration/" with an apology.
var offDutyLines = map[string]string{
	"sms":                 "Thanks! Our team is back {back}, and {who} will reach out then. What's the best time to call?",
	"chat":                "Thanks! Our team is back {back}, and {who} will reach out then. What's the best number and time to reach you?",
	"frustration/sms":     "I'm sorry about that. Our team is back {back}, and {who} will reach out then. What's the best time to call?",
	"frustration/chat":    "I'm sorry about that. Our team is back {back}, and {who} will reach out then. What's the best number and time to reach you?",
	"callback/sms":        "Got it. Our team is back {back}, and {who} will call you {when}.",
	"callback/chat":       "Got it. Our team is back {back}, and {who} will reach out {when}. What number or email should they use?",
	"short/sms":           "Our team is back {back}. What's the best time to call?",
	"short/chat":          "Our team is back {back}. What's the best number and time to reach you?",
	"short/callback/sms":  "Got it. Our team is back {back} and will call you then.",
	"short/callback/chat": "Got it. Our team is back {back}. What number or email should they use?",
	// (a frustrated lead's short line is the general one)
	"short/frustration/sms":  "Our team is back {back}. What's the best time to call?",
	"short/frustration/chat": "Our team is back {back}. What's the best number and time to reach you?",
}

// callbackLongest is the longest callback phrase a bridge restates; a
// longer one is acknowledged as "at the time you asked".
const callbackLongest = 40

// chatBridgeLines are the bridges of a chat conversation, whatever the
// reason: a chat visitor may have left no phone number, so the line
// promises no call and asks how and when to reach them.
var chatBridgeLines = []string{
	"Of course, {who} will follow up with you personally. What's the best number and time to reach you?",
	"Thanks, I'm bringing in {who} to help with this. What's the best way and time to reach you?",
	"Got it, {who} will reach out {shortly}. What's the best number and time to reach you?",
}

// replyLines ask for the first missing qualification field; "" is the
// general line. {lead} is the lead's first name with a leading space, or "".
var replyLines = map[string][]string{
	"motivation": {"Thanks{lead}! What's behind the decision to sell?", "Got it{lead}. What's got you considering a sale right now?"},
	"condition":  {"Thanks{lead}! How would you describe the condition of the property?", "Got it{lead}. Does the place need any repairs?"},
	"timeline":   {"Thanks{lead}! What kind of timeline are you working with?", "Got it{lead}. When would you ideally want to be done?"},
	"price":      {"Thanks{lead}! Is there a number you'd be happy with?", "Got it{lead}. What number would make this work for you?"},
	"budget":     {"Thanks{lead}! Do you have a budget in mind for this?", "Got it{lead}. What budget range are you working with?"},
	"authority":  {"Thanks{lead}! Who else is involved in making this decision?", "Got it{lead}. Is anyone else part of the decision?"},
	"need":       {"Thanks{lead}! What problem are you hoping to solve?", "Got it{lead}. What's the main thing you need help with?"},
	"size":       {"Thanks{lead}! How big is your team?", "Got it{lead}. Roughly how many people would use this?"},
	"role":       {"Thanks{lead}! What's your role on the team?", "Got it{lead}. What do you do at the company?"},
	"":           {"Thanks{lead}! Can you tell me a bit more about what you're looking for?", "Got it{lead}. Anything else I should know?"},
}

// noticeLines are transparent notices: who picks up and when, by reason
// and then channel; "" holds the lines of every other reason. {wait} is a
// phrase like "in about two minutes". A frustrated lead is not thanked:
// their notice acknowledges it, as their bridge does.
var noticeLines = map[string]map[string][]string{
	"": {
		"sms": {
			"I'm connecting you with {who}, who will text you {wait}.",
			"Thanks! I'm passing you to {who} now, they'll text you {wait}.",
			"Got it. {Who} will text you {wait}, I'm connecting you now.",
		},
		"chat": {
			"Connecting you with {who} now, they'll be with you {wait}.",
			"One moment, I'm connecting you with {who}, who will be with you {wait}.",
		},
	},
	reasonFrustration: {
		"sms": {
			"I'm sorry about that. I'm connecting you with {who}, who will text you {wait}.",
			"Sorry for the trouble. {Who} will text you {wait} to sort it out.",
			"I hear you, and I want this fixed. {Who} will text you {wait}.",
		},
		"chat": {
			"I'm sorry about that. Connecting you with {who} now, they'll be with you {wait}.",
			"Sorry for the trouble, I'm connecting you with {who}, who will be with you {wait}.",
		},
	},
}

// updateLines correct a notice whose rep will not write after all: who
// writes now ({who}, {wait}; the short line for a name that makes the
// others too long) or, with no rep, the team.
var updateLines = map[string][]string{
	"sms":        {"Sorry for the wait! {Who} will text you {wait} instead.", "Quick update, sorry for the wait: {who} will text you {wait} instead."},
	"chat":       {"Sorry for the wait! {Who} will be with you {wait} instead.", "Quick update, sorry for the wait: {who} will be with you {wait} instead."},
	"short/sms":  {"Sorry, {who} will text you {wait} instead."},
	"short/chat": {"Sorry, {who} will be with you {wait} instead."},
	"team/sms":   {"Sorry for the wait! Someone from our team will text you as soon as they can.", "Quick update, sorry for the wait: someone from our team will text you as soon as they can."},
	"team/chat":  {"Sorry for the wait! Someone from our team will be with you as soon as they can.", "Quick update, sorry for the wait: someone from our team will be with you as soon as they can."},
	// to a lead who said when to call ([Request.Callback]): the time
	// they asked stands, and no wait is promised
	"callback/sms":       {"Quick update: {Who} will call you at the time you asked instead."},
	"callback/chat":      {"Quick update: {Who} will reach out at the time you asked instead."},
	"callback/team/sms":  {"Quick update: someone from our team will call you at the time you asked."},
	"callback/team/chat": {"Quick update: someone from our team will reach out at the time you asked."},
	// to the team while nobody is on duty ([Request.NextOnDuty]): when
	// it is back ({back}), and no sooner; {when} is "at the time you
	// asked", or "then" when the lead asked for sooner
	"team/back/sms":           {"Sorry for the wait! Our team is back {back}, and someone will text you then."},
	"team/back/chat":          {"Sorry for the wait! Our team is back {back}, and someone will be with you then."},
	"callback/team/back/sms":  {"Quick update: our team is back {back}, and someone will call you {when}."},
	"callback/team/back/chat": {"Quick update: our team is back {back}, and someone will reach out {when}."},
}

// shortNoticeLines are the fixed notices of each channel, for a rep whose
// name makes every other line too long (a long name, or characters that
// force UCS-2 and its 70-unit segment).
var shortNoticeLines = map[string]string{
	"sms":  "{Who} will text you {wait}.",
	"chat": "{Who} will be with you {wait}.",
}

// WaitPhrase renders an expected wait for a notice or a bridge, never
// shorter than it is: "right now", "in about a minute", "in about two
// minutes", "within the hour", "in a few hours" (up to four), "within 5
// hours" (up to twelve), "within 24 hours", "within 48 hours", "within 3
// days".
func WaitPhrase(d time.Duration) string {
	words := []string{"", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case d <= 30*time.Second:
		return "right now"
	case m <= 1:
		return "in about a minute"
	case m <= 10:
		return "in about " + words[m] + " minutes"
	case m <= 45:
		return fmt.Sprintf("in about %d minutes", (m+4)/5*5)
	case m <= 60:
		return "within the hour"
	case m <= 4*60:
		return "in a few hours"
	case m <= 48*60:
		return fmt.Sprintf("within %d hours", longHours(m))
	}
	return fmt.Sprintf("within %d days", (m+24*60-1)/(24*60))
}

// longHours is the number of hours WaitPhrase states for a wait of m
// minutes, from five to forty-eight: whole hours up to twelve, then a day
// or two.
func longHours(m int) int {
	switch h := (m + 59) / 60; {
	case h <= 12:
		return h
	case h <= 24:
		return 24
	}
	return 48
}

var reminderLines = []string{
	"Quick reminder{lead}: your call with {who} is {slot1}. Looking forward to it.",
	"Hi{lead}, just a reminder about your call with {who} {slot1}. Talk soon!",
}

// bookingOfferLines offer two slots; bookingConfirmLines confirm one.
var (
	bookingOfferLines = []string{
		"Want to grab a quick call with {who}? I've got {slot1} or {slot2}, which works better?",
		"{Who} can call you {slot1} or {slot2}. Which works for you?",
		"I can set up a quick call with {who}: {slot1} or {slot2}. Which is better?",
	}
	bookingOneLines = []string{
		"Want to grab a quick call with {who}? I've got {slot1}, does that work?",
	}
	bookingConfirmLines = []string{
		"Great, you're booked with {who} {slot1}. We'll send a reminder {reminder} before.",
		"You're all set with {who} {slot1}. We'll text you a reminder {reminder} before.",
	}
	// bookingConfirmNoReminderLines confirm a meeting no reminder is
	// queued for.
	bookingConfirmNoReminderLines = []string{
		"Great, you're booked with {who} {slot1}. Reply here if that stops working.",
		"You're all set with {who} {slot1}. Just reply here if you need to move it.",
	}
)

// ReminderPhrase renders how long before a meeting its reminder goes, for
// a booking confirmation ([Request.Reminder]): "30 minutes", "1 hour",
// "90 minutes", "2 hours", "a day", "2 days". It counts whole minutes, at
// least one.
func ReminderPhrase(d time.Duration) string {
	m := max(int(d.Round(time.Minute)/time.Minute), 1)
	switch {
	case m == 24*60:
		return "a day"
	case m%(24*60) == 0:
		return fmt.Sprintf("%d days", m/(24*60))
	case m == 60:
		return "1 hour"
	case m%60 == 0:
		return fmt.Sprintf("%d hours", m/60)
	case m == 1:
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}

// SlotPhrase renders a meeting time for a text to the lead, in t's zone
// and relative to now: "today at 4pm", "tomorrow at 10:30am", "Thu at
// 1:15pm", "Mar 12 at 9am".
func SlotPhrase(t, now time.Time) string {
	now = now.In(t.Location())
	clock := t.Format("3:04pm")
	clock = strings.Replace(clock, ":00", "", 1)
	y1, m1, d1 := now.Date()
	day0 := time.Date(y1, m1, d1, 0, 0, 0, 0, t.Location())
	switch days := int(t.Sub(day0).Hours() / 24); {
	case t.Before(day0):
		return t.Format("Jan 2") + " at " + clock
	case days == 0:
		return "today at " + clock
	case days == 1:
		return "tomorrow at " + clock
	case days < 7:
		return t.Format("Mon") + " at " + clock
	}
	return t.Format("Jan 2") + " at " + clock
}

// WaitPhraseIn is [WaitPhrase] in lang: Spanish for "es" ("ahora mismo",
// "en unos dos minutos", "dentro de una hora"), English otherwise.
func WaitPhraseIn(lang string, d time.Duration) string {
	if strings.EqualFold(strings.TrimSpace(lang), "es") {
		return waitPhraseES(d)
	}
	return WaitPhrase(d)
}

// SlotPhraseIn is [SlotPhrase] in lang: Spanish for "es" ("mañana a las
// 10:30am", "el jueves a la 1:15pm", "el 12 de marzo a las 9am"),
// English otherwise. With byDay, a day SlotPhrase names from now ("today",
// "tomorrow") is named by its weekday ("Tue at 10:30am", "el martes a
// las 10:30am"), for a text that quiet hours may hold to a later day.
func SlotPhraseIn(lang string, t, now time.Time, byDay bool) string {
	if strings.EqualFold(strings.TrimSpace(lang), "es") {
		return slotPhraseES(t, now, byDay)
	}
	p := SlotPhrase(t, now)
	if byDay {
		for _, rel := range []string{"today ", "tomorrow "} {
			if rest, ok := strings.CutPrefix(p, rel); ok {
				p = t.Format("Mon ") + rest
			}
		}
	}
	return p
}

// Draft implements [Drafter]. It never returns an error.
func (t *Template) Draft(ctx context.Context, req Request) (string, error) {
	return t.Line(req), nil
}

// Line returns the line [Template.Draft] would return for req.
func (t *Template) Line(req Request) string {
	v := t.Voice
	if req.Voice.BusinessName != "" {
		v.BusinessName = req.Voice.BusinessName
	}
	if req.Voice.AgentName != "" {
		v.AgentName = req.Voice.AgentName
	}
	if req.Voice.PartnerWord != "" {
		v.PartnerWord = req.Voice.PartnerWord
	}
	purpose := req.Purpose
	if purpose == "" {
		purpose = PurposeReply
	}

	var lines []string
	var key string
	asked := answeredQuestion(req.Transcript)
	pb := book(req.Lang)
	if purpose == PurposeNotice && clean(req.RepName) == "" {
		purpose = PurposeBridge // a notice needs a name: ask for a time instead
	}
	callback := ""
	if purpose == PurposeBridge {
		callback = clean(req.Callback)
	}
	channel := "sms"
	if req.Channel == "chat" {
		channel = "chat"
	}
	switch {
	case purpose == PurposeNoticeUpdate:
		return updateLine(req, pb)
	case purpose == PurposeBridge && clean(req.NextOnDuty) != "":
		return offDutyLine(req, v, channel, callback, pb)
	case purpose == PurposeNotice:
		byChannel, ok := pb.notice[req.Reason]
		if !ok {
			byChannel = pb.notice[""]
		}
		key, lines = channel, byChannel[channel]
	case purpose == PurposeBridge && callback != "":
		key, lines = reasonLines(pb.callback, pb.chatCallback, req.Reason, channel)
		key = "callback/" + key
		when := pb.when(callback)
		filled := make([]string, len(lines))
		for i, l := range lines {
			filled[i] = strings.ReplaceAll(l, "{when}", when)
		}
		lines = filled
	case purpose == PurposeBridge:
		key, lines = reasonLines(pb.bridge, pb.chatBridge, req.Reason, channel)
		waits := bridgeWaits(req, pb)
		filled := make([]string, len(lines))
		for i, l := range lines {
			filled[i] = waits.Replace(l)
		}
		lines = filled
	case purpose == PurposeReminder:
		lines = pb.reminder
	case purpose == PurposeBookingOffer:
		lines = pb.offer
		if len(req.Slots) < 2 {
			lines = pb.offerOne
		}
	case purpose == PurposeBookingConfirm:
		lines = pb.confirmNoReminder
		if r := clean(req.Reminder); r != "" {
			lines = make([]string, len(pb.confirm))
			for i, l := range pb.confirm {
				lines[i] = strings.ReplaceAll(l, "{reminder}", r)
			}
		}
	default:
		key = replyKey(pb, req.Missing, asked)
		lines = pb.reply[key]
	}
	n := variant(req.ConversationID, string(purpose)+"/"+key, len(lines))
	if purpose == PurposeReply && askedLine(key, n, asked) {
		n = (n + 1) % len(lines) // the general line, asked and answered: the other one
	}
	line := lines[n]

	// Candidates for {who}, most specific first.
	partner := pb.partnerWord(v)
	biz := clean(v.BusinessName)
	rep := firstWord(clean(req.RepName))
	var whos []string
	if rep != "" {
		if biz != "" {
			whos = append(whos, rep+pb.from+biz)
		}
		whos = append(whos, rep)
	}
	if purpose == PurposeNotice {
		// A notice names the rep: it drops the business name, then falls
		// back to the channel's short line, and when even that is too long
		// it asks for a time instead.
		for _, l := range []string{line, pb.shortNotice[key]} {
			l = strings.ReplaceAll(l, "{wait}", pb.wait(req.Wait))
			for _, who := range whos {
				s := fill(l, who, "")
				if ValidateWith(s, purpose, &ValidateOpts{RepName: req.RepName}) == nil {
					return s
				}
			}
		}
		req.Purpose = PurposeBridge
		return t.Line(req)
	}
	if biz != "" && !strings.Contains(strings.ToLower(partner), strings.ToLower(biz)) {
		whos = append(whos, partner+pb.at+biz)
	}
	whos = append(whos, partner, pb.partner)
	for i, sl := range req.Slots {
		if i == 1 && pb.or != nil {
			line = strings.ReplaceAll(line, " o {slot2}", pb.or(clean(sl))+"{slot2}")
		}
		line = strings.ReplaceAll(line, fmt.Sprintf("{slot%d}", i+1), clean(sl))
	}
	line = pb.unnamed.Replace(line)
	lead := firstWord(clean(req.LeadName))
	for _, leadPart := range []string{lead, ""} {
		for _, who := range whos {
			s := fill(line, who, leadPart)
			if ValidateWith(s, purpose, &ValidateOpts{RepName: req.RepName, Callback: callback}) == nil {
				return s
			}
		}
	}
	if callback != "" {
		// (a time that makes every line too long is not restated)
		return fill(pb.callbackFallback[channel], pb.partner, "")
	}
	// (a slot the host wrote too long for any line is not named)
	return fill(pb.unnamed.Replace(lines[0]), pb.partner, "")
}

// offDutyLine is the bridge when nobody is on duty: when someone is back
// (req.NextOnDuty), then the lead's own time when they gave one, which
// stands unless it is sooner than that ("right now", "soon": "then").
// The voice's partner word fills {who}; the short line when none fits.
func offDutyLine(req Request, v Voice, channel, callback string, pb *phrasebook) string {
	key := channel
	switch {
	case callback != "":
		key = "callback/" + channel
	case req.Reason == reasonFrustration:
		key = "frustration/" + channel
	}
	back := clean(req.NextOnDuty)
	when := ""
	if callback != "" {
		when = pb.when(callback)
		for _, p := range statedWaits(strings.ToLower(when), nil) {
			if p.within != unbounded {
				when = pb.then // sooner than anyone is back
			}
		}
	}
	partner := pb.partnerWord(v)
	var whos []string
	if biz := clean(v.BusinessName); biz != "" && !strings.Contains(strings.ToLower(partner), strings.ToLower(biz)) {
		whos = append(whos, partner+pb.at+biz)
	}
	whos = append(whos, partner, pb.partner)
	opts := &ValidateOpts{Callback: callback}
	for _, l := range []string{pb.offDuty[key], pb.offDuty["short/"+key]} {
		l = strings.NewReplacer("{back}", back, "{when}", when).Replace(l)
		for _, who := range whos {
			if s := fill(l, who, ""); ValidateWith(s, PurposeBridge, opts) == nil {
				return s
			}
		}
	}
	// (a time the host's voice makes too long for any line)
	return fill(strings.NewReplacer("{back}", back, "{when}", when).Replace(pb.offDuty["short/"+key]), pb.partner, "")
}

// bridgeWaits fills the waits of a bridge's lines: their own words
// ("shortly", "soon", "today", "within the hour") for a rep expected
// within the hour, or no rep (the team's wait, which nobody knows, is
// read as an hour: see [CheckFacts]); for a rep expected later, the
// wait in words ([WaitPhraseIn]: "in a few hours", "within 24 hours"),
// which no fixed word would state without promising the rep sooner;
// "as soon as they're free" when nobody is ([Request.NobodyFree]).
func bridgeWaits(req Request, pb *phrasebook) *strings.Replacer {
	if req.NobodyFree && firstWord(clean(req.RepName)) == "" {
		// nobody is free, and nobody knows when someone will be
		w := "as soon as they're free"
		return strings.NewReplacer("{shortly}", w, "{soon}", w, "{today}", w, "{hour}", w)
	}
	if firstWord(clean(req.RepName)) != "" && expectedWait(req.Wait) > time.Hour {
		w := pb.wait(req.Wait)
		return strings.NewReplacer("{shortly}", w, "{soon}", w, "{today}", w, "{hour}", w)
	}
	return strings.NewReplacer("{shortly}", "shortly", "{soon}", "soon", "{today}", "today", "{hour}", "within the hour")
}

// reasonLines picks a bridge's lines and their variant key: the chat
// lines on chat, else the reason's SMS lines, else the general ones ("").
func reasonLines(byReason map[string][]string, chat []string, reason, channel string) (string, []string) {
	if channel == "chat" {
		return "chat", chat
	}
	if _, ok := byReason[reason]; !ok {
		reason = ""
	}
	return reason, byReason[reason]
}

// callbackFallback are the bridges of each channel to a lead who said when
// to call, for a time or a voice that makes every other line too long.
var callbackFallback = map[string]string{
	"sms":  "Got it, {who} will call you at the time you asked.",
	"chat": "Got it, {who} will reach out at the time you asked. What number or email should they use?",
}

// callbackWhen turns the lead's callback time (see qualify.CallbackTime)
// into a phrase that follows "will call you": "tomorrow after 5pm" as it
// is, "5pm" as "at 5pm", "friday" as "on Friday", "mornings" as "in the
// mornings", "tmrw" as "tomorrow", "anytime" as "soon", "right now works"
// as "right now". A phrase longer than callbackLongest is "at the time
// you asked".
func callbackWhen(cb string) string {
	s := strings.ToLower(strings.Trim(clean(cb), " ,.!?"))
	for _, p := range []string{"call me ", "call "} {
		s = strings.TrimPrefix(s, p)
	}
	for _, suf := range []string{" is", " works", " would", " would be"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.TrimPrefix(s, "free ")
	f := strings.Fields(s)
	if len(f) == 0 || len(s) > callbackLongest {
		return "at the time you asked"
	}
	for i, w := range f {
		switch {
		case w == "tmrw" || w == "tmr":
			f[i] = "tomorrow"
		case weekdayNames[strings.TrimSuffix(w, "s")] != "":
			f[i] = weekdayNames[strings.TrimSuffix(w, "s")]
			if strings.HasSuffix(w, "s") && !strings.HasSuffix(f[i], "s") {
				f[i] += "s"
			}
		}
	}
	first := strings.TrimSuffix(f[0], "s")
	s = strings.Join(f, " ")
	switch {
	case s == "anytime" || s == "any time" || s == "whenever":
		return "soon"
	case first == "now" || first == "right":
		return s
	case unicode.IsDigit(rune(f[0][0])) || first == "noon" || first == "midday" || strings.HasPrefix(first, "lunch") || first == "midnight":
		return "at " + s
	case weekdayNames[strings.ToLower(first)] != "" || first == "weekday" || first == "weekend":
		return "on " + s
	case first == "morning" || first == "afternoon" || first == "evening":
		return "in the " + s
	case first == "end":
		return "by the end of the day"
	}
	return s
}

// weekdayNames are the days as a bridge writes them, by the words the
// lead may have used.
var weekdayNames = func() map[string]string {
	m := map[string]string{}
	for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		m[strings.ToLower(d)] = d
		m[strings.ToLower(d[:3])] = d
	}
	for w, d := range map[string]string{"tues": "Tuesday", "wednes": "Wednesday", "thur": "Thursday", "thurs": "Thursday", "satur": "Saturday"} {
		m[w] = d
	}
	return m
}()

// updateLine is the line of a [PurposeNoticeUpdate]: the rep who writes
// now and when, in the conversation's variant, else the first, else the
// short line; the team's line when there is no rep or no line naming
// them fits one segment. To a lead who said when to call, the rep (or
// the team) calls at the time they asked.
func updateLine(req Request, pb *phrasebook) string {
	ch := "sms"
	if req.Channel == "chat" {
		ch = "chat"
	}
	rep := firstWord(clean(req.RepName))
	if back := clean(req.NextOnDuty); back != "" && rep == "" {
		return teamBackLine(req, back, ch, pb)
	}
	if clean(req.Callback) != "" {
		if rep != "" {
			if s := fill(pb.update["callback/"+ch][0], rep, ""); ValidateWith(s, PurposeNoticeUpdate, &ValidateOpts{RepName: req.RepName}) == nil {
				return s
			}
		}
		return pb.update["callback/team/"+ch][0]
	}
	lines := pb.update[ch]
	n := variant(req.ConversationID, string(PurposeNoticeUpdate)+"/"+ch, len(lines))
	if rep != "" {
		for _, l := range []string{lines[n], lines[0], pb.update["short/"+ch][0]} {
			s := fill(strings.ReplaceAll(l, "{wait}", pb.wait(req.Wait)), rep, "")
			if ValidateWith(s, PurposeNoticeUpdate, &ValidateOpts{RepName: req.RepName}) == nil {
				return s
			}
		}
	}
	team := pb.update["team/"+ch]
	return team[n%len(team)]
}

// teamBackLine is the update that hands the lead to the team while
// nobody is on duty: when the team is back (back), and then, or, to a
// lead who said when to call, at the time they asked unless that is
// sooner than back (as offDutyLine words it: "then").
func teamBackLine(req Request, back, ch string, pb *phrasebook) string {
	key, when := "team/back/"+ch, ""
	if cb := clean(req.Callback); cb != "" {
		key, when = "callback/"+key, pb.asked
		for _, p := range statedWaits(strings.ToLower(pb.when(cb)), nil) {
			if p.within != unbounded {
				when = pb.then // sooner than anyone is back
			}
		}
	}
	return strings.NewReplacer("{back}", back, "{when}", when).Replace(pb.update[key][0])
}

// replyKey is the field a reply in pb asks about: the first of missing
// ("" for the general line when it has no line of its own), else, when
// that is the question asked (see answeredQuestion) in any language, the
// next, and the general line last.
func replyKey(pb *phrasebook, missing []string, asked string) string {
	keys := make([]string, 0, len(missing)+1)
	for _, f := range missing {
		k := strings.ToLower(strings.TrimSpace(f))
		if a, ok := replyAlias[k]; ok {
			k = a
		}
		if _, ok := pb.reply[k]; !ok {
			k = ""
		}
		keys = append(keys, k)
	}
	for _, k := range append(keys, "") {
		if !askedField(k, asked) {
			return k
		}
	}
	return ""
}

// replyAlias names the reply lines of a field whose name has none of its
// own: qualify's B2B schema asks the team's size and what the product
// would be used for ("company_size", "use_case_fit") with the lines of
// "size" and "need".
var replyAlias = map[string]string{"company_size": "size", "use_case_fit": "need"}

// askedField reports whether asked is a reply's question about key in
// any language: a lead who answered the English question and then wrote
// Spanish is not asked it again in Spanish.
func askedField(key, asked string) bool {
	for _, pb := range books {
		if asks(pb.reply[key], asked) {
			return true
		}
	}
	return false
}

// askedLine reports whether asked is variant n of the reply about key,
// in any language.
func askedLine(key string, n int, asked string) bool {
	for _, pb := range books {
		if lines := pb.reply[key]; n < len(lines) && asks(lines[n:n+1], asked) {
			return true
		}
	}
	return false
}

// answeredQuestion is the AI's last turn of transcript when the lead has
// answered it since with some words (a letter or a digit): a reply does
// not ask that question again. It is "" when the lead has not answered,
// or answered with no words ("...").
func answeredQuestion(transcript []Turn) string {
	answered := false
	for i := len(transcript) - 1; i >= 0; i-- {
		switch t := transcript[i]; t.Origin {
		case "ai":
			if answered {
				return t.Text
			}
			return ""
		case "lead":
			answered = answered || strings.ContainsFunc(t.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
		}
	}
	return ""
}

// asks reports whether text is the question of one of the reply lines,
// whatever lead name filled it.
func asks(lines []string, text string) bool {
	if text == "" {
		return false
	}
	for _, l := range lines {
		if _, q, ok := strings.Cut(l, "{lead}"); ok && strings.HasSuffix(text, q) {
			return true
		}
	}
	return false
}

// unnamedSlots stands in for slots a line does not name.
var unnamedSlots = strings.NewReplacer("{slot1}", "at the time we agreed", "{slot2}", "another time")

// variant picks an index in [0, n) from a stable hash of the conversation
// ID and the line set; an empty ID picks 0.
func variant(conversationID, set string, n int) int {
	if conversationID == "" || n <= 1 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(set))
	h.Write([]byte{0})
	h.Write([]byte(conversationID))
	return int(h.Sum64() % uint64(n))
}

func fill(line, who, lead string) string {
	if lead != "" {
		lead = " " + lead
	}
	return strings.NewReplacer("{who}", who, "{Who}", capitalize(who), "{lead}", lead).Replace(line)
}

// clean makes a voice or name value safe to splice into a line: one line,
// no placeholder characters, collapsed spaces.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "")
	}
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsControl(r) || unicode.IsSpace(r):
			return ' '
		case strings.ContainsRune("{}[]<>%$", r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
