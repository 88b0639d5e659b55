// Package bridge drafts the texts the AI sends around a handoff — above all
// the one-line bridge text that tells the lead a person will follow up and
// asks for the best callback time (or, when the lead already said when,
// says the rep will call then), so a handoff is never silent — and
// validates outgoing text against SMS limits ([ValidateWith]), against
// the AI claiming to be a person or speaking as the rep
// ([ProblemHumanClaim]), and against the facts the engine gave it: the
// slots, times and waits it must state, and no price, offer or guarantee
// nobody made ([CheckFacts]).
package bridge

import (
	"context"
	"time"
)

// Purpose says what a draft is for.
type Purpose string

// Purposes.
const (
	PurposeBridge   Purpose = "bridge"   // the last automated text of a handoff
	PurposeReply    Purpose = "reply"    // an ordinary AI reply while qualifying
	PurposeReminder Purpose = "reminder" // a reminder before a booked call
	// PurposeNotice is a transparent handoff notice that names the rep and
	// the expected wait ("I'm connecting you with Mike, he'll text you in
	// about two minutes"), an alternative to asking for a callback time.
	PurposeNotice Purpose = "notice"
	// PurposeNoticeUpdate corrects a notice, a bridge that named the rep,
	// or an earlier update, whose promise broke: the rep it named will
	// not write after all (they
	// declined, or did not engage in time) and the handoff went to another
	// rep or to the team. It says sorry for the wait and who writes now:
	// [Request.RepName] and [Request.Wait] when a rep took the handoff
	// over ("Sorry for the wait! Sarah will text you in about two minutes
	// instead."), someone of the team when RepName is empty ("Sorry for the
	// wait! Someone from our team will text you as soon as they can."),
	// or when the team is back while it is off duty
	// ([Request].NextOnDuty).
	PurposeNoticeUpdate Purpose = "notice_update"
	// PurposeBookingOffer offers the lead two concrete meeting slots.
	PurposeBookingOffer Purpose = "booking_offer"
	// PurposeBookingConfirm confirms a booked meeting.
	PurposeBookingConfirm Purpose = "booking_confirm"
)

// Voice is the business's voice for templates and LLM prompts.
type Voice struct {
	BusinessName string // "Bluebird Home Buyers"
	AgentName    string // the AI persona's name, "Kyle"
	PartnerWord  string // how the rep is referred to: "my partner", "a teammate"
	Tone         string // free text for LLM drafters: "casual, short"
}

// Turn is one transcript line given to a drafter.
type Turn struct {
	Origin string // "lead", "ai", "rep", "system"
	Text   string
}

// Request is what a [Drafter] drafts from.
type Request struct {
	Purpose        Purpose
	ConversationID string // also the seed for choosing a template variant
	LeadName       string
	Reason         string // trigger reason for bridges, e.g. "explicit_ask"
	Detail         string
	RepName        string // assigned rep, "" when unknown
	// Wait is how soon the assigned rep is expected to write, for a
	// transparent notice ("he'll text you in about two minutes"), its
	// update and a bridge; zero means now. None of them promises a
	// sooner wait ([CheckFacts], [ProblemWait]); the template states a
	// wait past the hour in words ("Mike will reach out within 24
	// hours", see [WaitPhraseIn]).
	Wait time.Duration
	// Channel is "sms" or "chat"; a chat notice may say "connecting you
	// now", and a chat bridge promises no call (a chat visitor may have
	// left no number): it asks how and when to reach them.
	Channel string
	// Slots are the meeting times of a booking offer, confirmation or
	// reminder, already rendered for the lead in their language
	// ("tomorrow at 10:30am" in their zone, see [SlotPhrase]; "Tue at
	// 10:30am" in a text quiet hours may hold to a later day; "tomorrow
	// at 10:30am EST", naming the zone, when it may not be theirs;
	// "mañana a las 10:30am" for Lang "es", see [SlotPhraseIn]). The text
	// states each word for word and no other time ([CheckFacts]).
	Slots []string
	// Reminder is, for a booking confirmation, how long before the
	// meeting the lead's reminder goes, in words in the lead's language
	// ("30 minutes", "1 hour", "30 minutos"; see [ReminderPhraseIn]); ""
	// when no reminder is queued, and the confirmation then promises
	// none ([CheckFacts]).
	Reminder string
	// Callback is, for a bridge, the time the lead already asked to be
	// called, in their words as the engine read it ("tomorrow after 5pm",
	// see qualify.CallbackRequested); "" when they gave none. A bridge
	// with one says the rep will call then and asks for no time again
	// ([ValidateOpts].Callback), naming that time and no other
	// ([CheckFacts]): "Of course, Mike will call you tomorrow after 5pm."
	// An update ([PurposeNoticeUpdate]) with one says the rep who writes
	// now, or the team, will call at the time the lead asked, and
	// promises no wait.
	Callback string
	// Lang is the language the lead writes in ("es"), as the engine reads
	// it from their messages; "" when unknown. The template writes
	// every purpose (the reply, the bridge, the notice and its update,
	// and the booking texts) in Spanish for "es" and in English
	// otherwise; an LLM drafter writes every purpose in it. The phrases the
	// request carries (Slots, Reminder, NextOnDuty) come in it too. The
	// checks read English and Spanish alike.
	Lang string
	// NextOnDuty is, for a bridge that no rep took because nobody is on
	// duty, when someone is back, rendered for the lead as Slots are
	// ("tomorrow at 9am" in their zone; "Wed at 9am" in a text quiet
	// hours may hold to a later day; "tomorrow at 9am EST" when the zone
	// may not be theirs); "" when a rep took the handoff or nobody knows
	// when one will. Such a bridge says when someone is back, stating it
	// word for word, and promises no contact sooner ("shortly", "today",
	// "in an hour") and no other time but the lead's Callback
	// ([CheckFacts]): "Thanks! Our team is back tomorrow at 9am, and my
	// partner will reach out then. What's the best time to call?" An
	// update ([PurposeNoticeUpdate]) that hands the lead to the team
	// (no RepName) while nobody is on duty carries it too, and is held
	// to it as such a bridge is: "Sorry for the wait! Our team is back
	// tomorrow at 9am, and someone will text you then."
	NextOnDuty string
	// NobodyFree reports, for a bridge no rep took, that nobody can take
	// the handoff now and nobody knows when someone will: every rep is
	// off duty with no return in sight, or at capacity (a
	// route.NoRepError with no NextAt). Such a bridge promises no time,
	// not even "shortly" or "today" ([CheckFacts], [ProblemWait]): "Of
	// course, my partner will reach out as soon as they're free. What's
	// the best time to call?". NextOnDuty, when set, goes first.
	NobodyFree bool
	// Resumed reports that a person handed the conversation back to the AI
	// since the AI last wrote: the next reply should pick up from what the
	// rep said, not start over.
	Resumed    bool
	Voice      Voice
	Fields     map[string]string // known qualification values
	Missing    []string          // fields still unknown, for replies
	Transcript []Turn            // recent transcript, oldest first
}

// Drafter writes one outgoing text. Implementations may be slow (an LLM
// call) and must honour ctx; the engine calls them outside any transaction,
// with a deadline, and falls back to a template when they fail or return
// text that does not pass [ValidateWith] (one segment, or as many as a
// [SegmentLimiter] declares) or [CheckFacts].
type Drafter interface {
	Draft(ctx context.Context, req Request) (string, error)
}

// SegmentLimiter is an optional interface of a [Drafter] whose texts may
// use more than one SMS segment (an LLM adapter's Config.MaxSegments):
// MaxSegments returns how many (see [ValidateOpts]). The engine validates
// the drafter's texts with that limit instead of one segment.
type SegmentLimiter interface {
	MaxSegments() int
}

// DrafterFunc adapts a function to [Drafter].
type DrafterFunc func(ctx context.Context, req Request) (string, error)

// Draft calls f(ctx, req).
func (f DrafterFunc) Draft(ctx context.Context, req Request) (string, error) { return f(ctx, req) }
