package handoff

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// Async booking: the bridge offers two concrete slots of the assigned rep,
// the lead's pick is booked and confirmed in one commit with the rep's
// notification and a reminder queued for before the meeting, and the lead
// can ask for other times, move the meeting or call it off. It runs while
// the handoff waits for a rep: once a person drives, the booking texts
// still queued are cancelled and the lead's answers go to the rep (who
// books a pick with Engine.BookMeeting, meeting.go), but the reminder
// still goes. A pick settles the handoff's 5-minute rule
// (see settled) without counting as a rep's action.

// BookingConfig turns on async booking for the handoffs it selects.
//
// A meeting the lead books is a complete async handoff: it is on the
// rep's calendar and the rep has the brief, so the 5-minute rule
// (Config.SLA) neither re-routes nor escalates a handoff whose lead
// booked a meeting before its check came due. The pick is no rep's
// action: Conversation.EngagedAt stays zero until a rep accepts, writes,
// takes the thread over or completes it, the time to rep is measured to
// that action, and [metrics.Report] counts such a handoff BookedOnly,
// neither Responded nor Unanswered. A meeting called off before the
// check comes due settles nothing, and neither does one booked on an
// earlier handoff (store.Meeting.BookedAt before HandoffAt). A check that
// runs late (a Dispatcher run from cron, or after downtime) judges the
// booking as it stood when the check came due: a meeting called off only
// after that still settled the handoff.
//
// Once a rep holds the thread (they wrote or took it over) the lead's
// pick of an offered slot books nothing by itself: the rep hears of it
// and books it with [Engine.BookMeeting], which queues the same reminder
// and counts as the rep's action, not the lead's booking.
//
// A meeting booked, by the lead's pick or by a rep ([Engine.BookMeeting]),
// moved or called off withdraws the slots still offered, and the texts
// offering them that have not gone yet (the bridge that offers slots, or a
// later offer, held by quiet hours overnight) are cancelled in the same
// commit, counted in [Result].Cancelled and audited by its
// outbox_cancelled event: the lead gets the confirmation, never, the
// next morning, slots for a meeting already booked. The bridge that
// offers slots is the exception when nothing else tells the lead: a rep's
// BookMeeting with NotifyLead off leaves it to go, so that a lead who
// asked for a person is not left with nothing said until the reminder.
// So does a
// new offer (the lead asked for other times, or to move the meeting)
// cancel the earlier offers not yet sent: a lead who asks twice
// overnight gets the latest offer alone in the morning, not beside it
// one of slots no longer on offer.
//
// A reply is read against the offer the lead last got. While the latest
// offer's text has not gone (held by quiet hours overnight, or still
// being sent when the lead wrote), a lead's "the first one" or "la
// segunda", or a time they name, is read against the offer they were
// sent before it (store.Meeting.Seen), as long as that one stands
// (OfferTTL): they cannot mean a slot of a text they have not got. A
// pick of it is booked as any pick is, and the offer still queued is
// cancelled in the same commit; "neither" is answered with other times,
// which replace it. With no earlier offer sent, or once the latest has
// gone, the reply is read against the latest. An offer whose text never
// went (cancelled before it did, by the lead's STOP, a rep's message,
// a pause, or by the Dispatcher at send time, or dead-lettered) is
// forgotten in that commit: a reply is read against the offer the lead
// got before it, and with none it is an ordinary message.
//
// A lead who calls the meeting off by text ("I need to cancel the call")
// is answered while the handoff waits for a rep, and not once a person
// drives; either way the booking and its reminder are cancelled and the
// meeting's rep is told as when a rep calls it off
// ([Engine.CancelMeeting]): a [store.OutboxRepNotification] to them,
// queued in the same commit, whose [Notification.Brief] lists the meeting
// with Status "cancelled" and has the lead's words. The assigned rep,
// when another person (a rep who took the thread over, the team), gets
// the rep update of any lead message; a rep who is both is told once.
//
// The texts name times in the lead's zone: the conversation's TimeZone,
// else the phone number's ([dnc.TimeZonesForNumber]). Where the number's
// prefix spans several zones (Alaska's +1 907, Idaho's +1 208, a NANP
// number whose area code names no place) they are named in its main zone
// with the zone's name ("tomorrow at 9:30am AKST"); where the lead's zone
// is unknown (a chat or email lead without a TimeZone), in the rep's,
// with its name ("today at 3:30pm EST"). The offer, the confirmation and
// the reminder name them alike, and the lead's answer ("3:30 works",
// "tomorrow") is read in that zone. A text to an SMS lead written when
// quiet hours may hold it to a later day of the lead's (LeadHours, or
// 8:00 to 21:00, in the zones the lead may be in, open next on a later
// day; or at any hour when their zone is unknown) names the days by name
// ("Tue at 9am"), not "today" or "tomorrow", which would be wrong on the
// morning it arrives.
//
// The texts are in the lead's language (store.Conversation.Lang, as the
// engine reads it from their messages): to a lead who writes Spanish
// the offer, the confirmation, the reminder, the text when nothing else
// can be offered and the texts telling of a rep's move or cancellation
// are Spanish, their times in Spanish words ("mañana a las 10:30am",
// "el martes a las 9am"; see [bridge.SlotPhraseIn]). A text is written
// when it is queued: a reminder queued while the lead wrote English
// goes in English even if they write Spanish since.
type BookingConfig struct {
	// Calendar holds the reps' free slots and books meetings. Required.
	// When it also implements [calendar.TxBooker] (the store calendar
	// does), the booking commits in the same transaction as the
	// confirmation and the reminder.
	Calendar calendar.Calendar
	// Reasons and Tenants select the handoffs that offer slots; empty means
	// all (an entry that is not an identifier as IDs are, an empty one
	// included, is refused). Others ask for a callback time as usual.
	Reasons []trigger.Reason
	Tenants []string
	// Window is how far ahead slots are offered. Zero means 7 days.
	// Window, OfferTTL and Notice must not be negative.
	Window time.Duration
	// OfferTTL is how long offered slots stand: a pick after it is
	// answered with fresh slots. Zero means 24 hours.
	OfferTTL time.Duration
	// AnswerTime is how long the lead has to answer an offer and still
	// get the slot they pick: an offered slot starts at least AnswerTime
	// past the calendar's lead time (its least notice, which it books
	// nothing inside), so that "the first one", texted a few minutes
	// after the offer, is a slot the calendar still takes. The engine
	// reads the lead time from a Calendar that has a method
	// Policy() calendar.Policy, as [calendar.StoreCalendar] has (a host
	// adapter built on [calendar.Policy] can add one); for any other it
	// counts none. A pick the calendar no longer takes (an answer after
	// AnswerTime, within OfferTTL) is answered with the nearest free
	// times, the other slot still on offer among them. Zero means 15
	// minutes; negative is refused.
	AnswerTime time.Duration
	// ReminderBefore is when the reminder goes, before the meeting. Zero
	// means 30 minutes; negative means no reminder. The confirmation of a
	// pick says it in words ("We'll send a reminder 1 hour before") and
	// promises no reminder when none is queued: none is for a reminder due
	// before the pick, nor, when the lead's zone is known, for one
	// LeadHours would hold until the meeting starts (one they hold to a
	// time still before it is queued for then, and the confirmation says
	// that lead time). A reminder never goes
	// once its meeting has started: the [Dispatcher] cancels one it
	// claims late, or that its quiet hours would hold until then, with an
	// outbox_cancelled audit event (reason "expired").
	ReminderBefore time.Duration
	// Notice is the least time between an offer and the slots it offers,
	// and between a rep's move of a meeting ([Engine.MoveMeeting]) and its
	// new start. Zero means ReminderBefore (so the reminder has time to
	// go), and at least 15 minutes.
	Notice time.Duration
	// LeadHours is the part of the lead's day, in the lead's zone, that an
	// offered slot's start and its reminder fall in: a lead in Los Angeles
	// is not offered a New York rep's 9:00 as a call at 6am, whose
	// reminder quiet hours would hold past the meeting. It applies when
	// the lead's zone is known (the conversation's TimeZone, else the
	// phone number's); when the number may be in several zones, a slot
	// falls in LeadHours in every one of them. The zero value means 8:00
	// to 21:00, the Dispatcher's default quiet hours: set it to
	// Config.QuietHours, or DispatcherConfig.QuietHours, when those differ.
	// dnc.QuietHours{Start: 0, End: 24} offers any hour.
	LeadHours dnc.QuietHours
}

func (b *BookingConfig) withDefaults() (*BookingConfig, error) {
	if b == nil {
		return nil, nil
	}
	c := *b
	if c.Calendar == nil {
		return nil, configError("Config.Booking.Calendar", "is nil")
	}
	for name, d := range map[string]time.Duration{"Window": c.Window, "OfferTTL": c.OfferTTL, "Notice": c.Notice, "AnswerTime": c.AnswerTime} {
		if d < 0 {
			return nil, configError("Config.Booking."+name, "is negative")
		}
	}
	for i, id := range c.Tenants {
		if err := checkID(fmt.Sprintf("Config.Booking.Tenants[%d]", i), id); err != nil {
			return nil, err
		}
	}
	for i, r := range c.Reasons {
		if err := checkID(fmt.Sprintf("Config.Booking.Reasons[%d]", i), string(r)); err != nil {
			return nil, err
		}
	}
	if c.Window == 0 {
		c.Window = 7 * 24 * time.Hour
	}
	if c.OfferTTL == 0 {
		c.OfferTTL = 24 * time.Hour
	}
	if c.AnswerTime == 0 {
		c.AnswerTime = 15 * time.Minute
	}
	if c.ReminderBefore == 0 {
		c.ReminderBefore = 30 * time.Minute
	}
	if c.Notice == 0 {
		c.Notice = max(c.ReminderBefore, 15*time.Minute)
	}
	if err := c.LeadHours.Validate(); err != nil {
		return nil, configError("Config.Booking.LeadHours", "is invalid: "+err.Error())
	}
	return &c, nil
}

// booking reports whether handoffs of reason in tenant offer slots.
func (e *Engine) booking(tenantID string, reason trigger.Reason) bool {
	b := e.cfg.Booking
	return b != nil && (len(b.Reasons) == 0 || slices.Contains(b.Reasons, reason)) &&
		(len(b.Tenants) == 0 || slices.Contains(b.Tenants, tenantID))
}

// leadClock is what the engine knows of the lead's clock: the zones for
// their day, the zone times are named to them and read in.
type leadClock struct {
	// zones are the zones the lead may be in: theirs (the conversation's
	// TimeZone), else every zone their phone number's prefix spans, most
	// often one; none when neither is known.
	zones []*time.Location
	// say is the zone times are named and read in: the lead's, the
	// number's main zone of several, or, when zones is empty, the rep's.
	say *time.Location
	// label: say may not be the lead's zone, so the texts name it.
	label bool
}

// leadClockOf is c's leadClock; repZone, the rep's IANA zone (the
// slots'), is where times are named when the lead's zone is unknown.
func leadClockOf(c store.Conversation, repZone string) leadClock {
	if c.TimeZone != "" {
		if l, err := loadZone(c.TimeZone); err == nil {
			return leadClock{zones: []*time.Location{l}, say: l}
		}
	}
	if strings.HasPrefix(c.Lead.Phone, "+") {
		if ls, err := dnc.TimeZonesForNumber(c.Lead.Phone); err == nil {
			return leadClock{zones: ls, say: ls[0], label: len(ls) > 1}
		}
	}
	say, err := loadZone(repZone)
	if err != nil {
		say = time.UTC
	}
	return leadClock{say: say, label: true}
}

// slotPhrase names t for the lead in a text written at `at` (a
// reminder's: when it is due), in lang, the lead's language
// ([bridge.SlotPhraseIn]): "tomorrow at 10:30am" in their zone, "mañana
// a las 10:30am" for "es"; the day by name ("Tue at 10:30am", "el
// martes a las 10:30am") when quiet hours may hold the text to a later
// day (mayBeHeld); with the zone's name ("tomorrow at 10:30am EST") when
// it may not be theirs. See [BookingConfig].
func (e *Engine) slotPhrase(c store.Conversation, lc leadClock, t, at time.Time, lang string) string {
	t = t.In(lc.say)
	p := bridge.SlotPhraseIn(lang, t, at, e.mayBeHeld(c, lc, at))
	if lc.label {
		p += " " + zoneName(t)
	}
	return p
}

// mayBeHeld reports whether quiet hours may hold a text to c's lead
// written at `at` to a later day of the lead's: on SMS, when the quiet
// hours (Config.QuietHours, else the default 8:00 to 21:00: the
// Dispatcher's, which the engine does not see), or in booking mode
// LeadHours, in the zones the lead may be in open next on a later day,
// or at any time when their zone is unknown (the Dispatcher's
// DefaultTimeZone applies).
func (e *Engine) mayBeHeld(c store.Conversation, lc leadClock, at time.Time) bool {
	if c.Channel != store.ChannelSMS && c.Channel != "" {
		return false
	}
	if len(lc.zones) == 0 {
		return true
	}
	y, m, d := at.In(lc.say).Date()
	quiet := dnc.QuietHours{}
	if e.cfg.QuietHours != nil {
		quiet = *e.cfg.QuietHours
	}
	hours := []dnc.QuietHours{quiet}
	if e.cfg.Booking != nil {
		hours = append(hours, e.cfg.Booking.LeadHours)
	}
	for _, q := range hours {
		if next, open := q.NextAll(at, lc.zones); !open {
			if y2, m2, d2 := next.In(lc.say).Date(); y2 != y || m2 != m || d2 != d {
				return true
			}
		}
	}
	return false
}

// zoneName is the abbreviation of t's zone ("EST", "AKST"), "UTC-03" for
// a zone that has none.
func zoneName(t time.Time) string {
	n := t.Format("MST")
	if strings.HasPrefix(n, "+") || strings.HasPrefix(n, "-") {
		n = "UTC" + n
	}
	return n
}

// inLeadHours reports whether a meeting at start, and its reminder, fall
// in BookingConfig.LeadHours of the lead's day in every zone of zones.
func (e *Engine) inLeadHours(start time.Time, zones []*time.Location) bool {
	b := e.cfg.Booking
	if _, ok := b.LeadHours.NextAll(start, zones); !ok {
		return false
	}
	if b.ReminderBefore > 0 {
		if _, ok := b.LeadHours.NextAll(start.Add(-b.ReminderBefore), zones); !ok {
			return false
		}
	}
	return true
}

// findSlots asks the calendar, outside any transaction, for two slots of
// rep from `from` on: the first free one and, for a choice, the first one
// at least two hours after it (else the next). A named day or part of day
// narrows them, and so does the lead's day (BookingConfig.LeadHours) when
// their zone is known. None starts before Notice, nor before the
// calendar's lead time and AnswerTime: a slot at the calendar's very edge
// would no longer be bookable when the lead answers minutes later.
func (e *Engine) findSlots(ctx context.Context, c store.Conversation, rep string, from time.Time, pick calendar.Pick) []calendar.Slot {
	now := e.now()
	to := now.Add(e.cfg.Booking.Window)
	from = maxTime(from, now.Add(e.cfg.Booking.Notice))
	from = maxTime(from, now.Add(calendarLeadTime(e.cfg.Booking.Calendar)+e.cfg.Booking.AnswerTime))
	lc := leadClockOf(c, "")
	if pick.HasDay {
		// The day in the zone the lead's words were read in.
		day := time.Date(pick.Day.Year(), pick.Day.Month(), pick.Day.Day(), 0, 0, 0, 0, pick.Day.Location())
		from, to = maxTime(from, day), day.AddDate(0, 0, max(pick.Days, 1))
	}
	cctx, cancel := context.WithTimeout(ctx, e.cfg.DraftTimeout)
	defer cancel()
	slots, err := e.cfg.Booking.Calendar.FreeSlots(cctx, calendar.SlotsParams{TenantID: c.TenantID, RepID: rep, From: from, To: to, Limit: 200})
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: calendar failed; asking for a callback time instead", "err", err)
		return nil
	}
	var fit []calendar.Slot
	for _, s := range slots {
		local := s.Start.In(lc.say)
		if len(lc.zones) == 0 {
			local, _ = s.Local() // named in the rep's zone
		}
		if (pick.DayPart == "" || calendar.DayPart(local) == pick.DayPart) && (len(lc.zones) == 0 || e.inLeadHours(s.Start, lc.zones)) {
			fit = append(fit, s)
		}
	}
	if len(fit) < 2 {
		return fit
	}
	for _, s := range fit[1:] {
		if s.Start.Sub(fit[0].Start) >= 2*time.Hour {
			return []calendar.Slot{fit[0], s}
		}
	}
	return fit[:2]
}

// policyTeller is a Calendar that tells the policy it offers slots by, as
// calendar.StoreCalendar does (see BookingConfig.AnswerTime).
type policyTeller interface {
	Policy() calendar.Policy
}

// calendarLeadTime is cal's lead time: the least notice it books a slot
// with; 0 when cal does not tell it.
func calendarLeadTime(cal calendar.Calendar) time.Duration {
	if p, ok := cal.(policyTeller); ok {
		return max(p.Policy().LeadTime, 0)
	}
	return 0
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// phrases renders slots for c's lead in a text written now, in their
// language: "tomorrow at 10:30am", "mañana a las 10:30am" (see
// slotPhrase).
func (e *Engine) phrases(c store.Conversation, slots []calendar.Slot) []string {
	now := e.now()
	out := make([]string, len(slots))
	for i, s := range slots {
		out[i] = e.slotPhrase(c, leadClockOf(c, s.TimeZone), s.Start, now, c.Lang)
	}
	return out
}

// toMeeting records slots of the rep named name ("" when unknown).
func toMeeting(slots []calendar.Slot, name string) []store.MeetingSlot {
	out := make([]store.MeetingSlot, len(slots))
	for i, s := range slots {
		out[i] = store.MeetingSlot{RepID: s.RepID, RepName: name, Start: s.Start, End: s.End, TimeZone: s.TimeZone}
	}
	return out
}

func fromMeeting(slots []store.MeetingSlot) []calendar.Slot {
	out := make([]calendar.Slot, len(slots))
	for i, s := range slots {
		out[i] = calendar.Slot{RepID: s.RepID, Start: s.Start, End: s.End, TimeZone: s.TimeZone}
	}
	return out
}

// offerOnHandoff turns a handoff's bridge into a booking offer when the
// handoff's reason is in booking mode and the assigned rep has slots.
func (e *Engine) offerOnHandoff(ctx context.Context, c store.Conversation, req *bridge.Request, p *plan) {
	if p.assign.RepID == "" || !e.booking(c.TenantID, p.decision.Reason) {
		return
	}
	slots := e.findSlots(ctx, c, p.assign.RepID, p.at, calendar.Pick{})
	if len(slots) == 0 {
		return
	}
	p.offer = slots
	req.Purpose, req.Slots = bridge.PurposeBookingOffer, e.phrases(c, slots)
}

// offerEffects records an offer of the rep named name on the
// conversation and audits it.
func offerEffects(ch *change, slots []calendar.Slot, name string, phrases []string, rescheduling bool) {
	edit := ch.edit
	ch.touch, ch.offer = true, true
	ch.edit = func(c *store.Conversation, now time.Time) {
		if edit != nil {
			edit(c, now)
		}
		c.Meeting.Offered, c.Meeting.OfferedAt, c.Meeting.Rescheduling = toMeeting(slots, name), now, rescheduling
	}
	ch.events = append(ch.events, store.Event{Kind: store.EventBookingOffer, Reason: "offer", Detail: strings.Join(phrases, " | ")})
}

// bookingReply plans a lead message on a conversation with an offer out or
// a meeting booked: a pick is booked, other times are offered, a meeting is
// moved or called off. Once a person drives (state human) the engine
// answers nothing: a meeting the lead calls off is still called off, with
// its reminder, but without a word to the lead, and the reps hear of it
// (see cancelMeetingChange);
// a pick or a wish for other times goes to the rep alone. It returns nil
// when the engine has nothing to do with the message.
func (e *Engine) bookingReply(ctx context.Context, s snapshot, msg *store.Message) *change {
	c := s.conv
	m := c.Meeting
	if e.cfg.Booking == nil || len(m.Offered) == 0 && m.BookingID == "" {
		return nil
	}
	// The reply is read against the offer the lead last got: the latest,
	// unless its text has not gone yet (held by quiet hours overnight)
	// and an earlier one, still standing, had.
	shown, shownAt := m.Offered, m.OfferedAt
	if len(m.Offered) > 0 && len(m.Seen) > 0 && e.now().Sub(m.SeenAt) <= e.cfg.Booking.OfferTTL && e.offerQueued(ctx, c) {
		shown, shownAt = m.Seen, m.SeenAt
	}
	offered := fromMeeting(shown)
	expired := len(offered) > 0 && e.now().Sub(shownAt) > e.cfg.Booking.OfferTTL
	if expired {
		offered = nil
	}
	repZone := m.Booked.TimeZone
	if len(shown) > 0 {
		repZone = shown[0].TimeZone
	}
	// Read in the zone the lead was told the times in.
	pick := calendar.ParsePick(msg.Body, offered, m.BookingID != "", e.now(), leadClockOf(c, repZone).say)
	if c.State == store.StateHuman {
		if pick.Kind == calendar.PickCancel {
			return e.cancelMeetingChange(ctx, s, msg, false)
		}
		return nil
	}
	switch {
	case pick.Kind == calendar.PickSlot:
		return e.bookChange(ctx, s, msg, offered[pick.Index], slotRepName(c, shown[pick.Index]), shownAt)
	case pick.Kind == calendar.PickCancel:
		return e.cancelMeetingChange(ctx, s, msg, true)
	case pick.Kind == calendar.PickOther, pick.Kind == calendar.PickReschedule, expired && pick.Kind == calendar.PickNone && len(m.Offered) > 0:
		return e.reofferChange(ctx, s, msg, pick, m.Rescheduling || pick.Kind == calendar.PickReschedule)
	}
	return nil
}

// reofferChange answers "neither" or "can we move it" with two more slots
// of the rep of the meeting, else of the offer (whose pick books them,
// whoever is assigned since: a re-route, the team after an escalation),
// else of the assigned rep: after the slots turned down, or, for a pick
// the calendar no longer takes (PickSlot, Index the slot picked of
// Meeting.Offered, -1 for none of them: taken since, or inside its lead
// time), from the other slot on offer, which the lead did not turn down,
// so that it is offered again while it is free. With none
// to offer, a wish the lead expressed (any pick but PickNone) is answered
// with the bridge's holding text: a person will follow up.
func (e *Engine) reofferChange(ctx context.Context, s snapshot, msg *store.Message, pick calendar.Pick, rescheduling bool) *change {
	c := s.conv
	rep, name := c.AssignedTo, c.AssignedName
	if b, o := c.Meeting.Booked, c.Meeting.Offered; b.RepID != "" {
		rep, name = b.RepID, slotRepName(c, b)
	} else if len(o) > 0 && o[0].RepID != "" {
		rep, name = o[0].RepID, slotRepName(c, o[0])
	}
	from := e.now()
	switch n := len(c.Meeting.Offered); {
	case pick.Kind == calendar.PickSlot:
		// the slot picked is gone: from the other slot on offer, which
		// the lead did not turn down
		for i, o := range c.Meeting.Offered {
			if i != pick.Index && o.Start.After(from) {
				from = o.Start
				break
			}
		}
	case n > 0 && !pick.HasDay:
		from = c.Meeting.Offered[n-1].Start.Add(time.Minute) // after what was turned down
	}
	var slots []calendar.Slot
	if rep != "" {
		slots = e.findSlots(ctx, c, rep, from, pick)
		if len(slots) == 0 && pick.HasDay {
			slots = e.findSlots(ctx, c, rep, from, calendar.Pick{})
		}
	}
	ch := &change{action: ActionMessage, actor: store.ActorLead, noEvent: true, messages: []*store.Message{msg}, repUpdate: true,
		outcome: Outcome{Kind: OutcomeRecorded}}
	if len(slots) == 0 {
		// nothing to offer: the rep hears of it in the update, and a lead
		// who asked is told a person will follow up
		if pick.Kind != calendar.PickNone && address(c) != "" {
			text := e.bookingText(ctx, ch, c, bridge.Request{Purpose: bridge.PurposeBridge, Reason: c.HandoffReason, RepName: c.AssignedName})
			ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
				Direction: store.Outbound, Origin: store.OriginAI, Body: text})
			ch.sends = append(ch.sends, send{kind: store.OutboxBridgeSMS, msg: 1, key: "hold:" + c.TenantID + ":" + msg.ID})
			ch.outcome.Reply = text
		}
		return ch
	}
	phrases := e.phrases(c, slots)
	text := e.bookingText(ctx, ch, c, bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: orID(name, rep), Slots: phrases})
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: text})
	ch.sends = append(ch.sends, send{kind: store.OutboxBookingOffer, msg: 1, key: "offer:" + c.TenantID + ":" + msg.ID})
	offerEffects(ch, slots, name, phrases, rescheduling)
	ch.outcome.Reply = text
	return ch
}

// bookingText drafts a booking text (offer, confirmation, reminder, or
// the bridge when there is nothing to offer) of c, req giving its
// purpose, the meeting's rep, slots and reminder, in the lead's language
// (c.Lang), with the configured drafter, falling back to the template
// like every draft (and when the draft misstates those, see
// [bridge.CheckFacts]); ch records a fallback in a drafter_fallback
// event.
func (e *Engine) bookingText(ctx context.Context, ch *change, c store.Conversation, req bridge.Request) string {
	req.ConversationID, req.LeadName, req.Voice, req.Channel, req.Lang = c.ID, c.Lead.Name, e.cfg.Voice, string(c.Channel), c.Lang
	text, fallback := e.draft(ctx, c.TenantID, req)
	if fallback != "" {
		ch.events = append(ch.events, store.Event{Kind: store.EventDrafterFallback, Reason: "template fallback",
			Detail: string(req.Purpose) + ": " + fallback})
	}
	return text
}

// slotRepName is the display name of the rep slot is with: the name
// recorded with the offer, else the assigned rep's when the slot is
// theirs, else "". The conversation may have been re-routed since the
// offer: the slot's rep is the meeting's, whoever is assigned now.
func slotRepName(c store.Conversation, slot store.MeetingSlot) string {
	if slot.RepName == "" && slot.RepID == c.AssignedTo {
		return c.AssignedName
	}
	return slot.RepName
}

// orID is a rep's name for the lead, their ID when the name is unknown.
func orID(name, repID string) string {
	if name != "" {
		return name
	}
	return repID
}

// bookChange books slot, of the rep named name ("" when unknown), for the
// lead: the booking (inside the commit when the calendar can), the
// confirmation text, the rep's notification, the reminder, and, for a
// reschedule, the old meeting and its reminder cancelled, all in one
// commit. The conversation goes to the slot's rep, and the texts name
// them, whoever it was assigned to since the offer. offeredAt is when
// the offer picked from was made (Meeting.OfferedAt, or SeenAt for a
// pick read against the offer the lead saw): it keys the booking.
func (e *Engine) bookChange(ctx context.Context, s snapshot, msg *store.Message, slot calendar.Slot, name string, offeredAt time.Time) *change {
	c := s.conv
	key := bookKeyPrefix + c.ID + ":" + offeredAt.UTC().Format(time.RFC3339Nano) + ":" + slot.Start.UTC().Format(time.RFC3339)
	params := calendar.BookParams{TenantID: c.TenantID, Slot: slot, ConversationID: c.ID, IdempotencyKey: key}
	ch := &change{action: ActionMessage, actor: store.ActorLead, noEvent: true, touch: true, messages: []*store.Message{msg},
		outcome: Outcome{Kind: OutcomeRecorded}}
	gone := calendar.Pick{Kind: calendar.PickSlot, Index: -1} // the pick the calendar no longer takes
	for i, o := range c.Meeting.Offered {
		if o.Start.Equal(slot.Start) && o.RepID == slot.RepID {
			gone.Index = i
		}
	}
	if !e.slotFree(ctx, c, slot) {
		return e.reofferChange(ctx, s, msg, gone, c.Meeting.Rescheduling)
	}
	tb, inTx := e.cfg.Booking.Calendar.(calendar.TxBooker)
	var booked calendar.Booking
	if inTx {
		ch.inTx = append(ch.inTx, func(ctx context.Context, tx store.Tx) error {
			b, err := tb.BookTx(ctx, tx, params)
			if errors.Is(err, calendar.ErrSlotTaken) {
				// Taken since the plan looked: plan again, which offers others.
				return fmt.Errorf("%w: %w", store.ErrConflict, err)
			}
			booked = b
			return err
		})
	} else {
		b, err := e.cfg.Booking.Calendar.Book(ctx, params)
		if err != nil {
			e.warn(ctx, c.TenantID, c.ID, "handoff: booking failed; offering other times", "err", err)
			return e.reofferChange(ctx, s, msg, gone, c.Meeting.Rescheduling)
		}
		booked = b
	}
	old := c.Meeting
	if old.BookingID != "" {
		e.cancelOld(ch, c, old)
	}
	who := orID(name, slot.RepID)
	remind, ahead := e.reminderSend(ctx, ch, c, slot, who, key)
	req := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: who, Slots: e.phrases(c, []calendar.Slot{slot})}
	if remind != nil {
		req.Reminder = bridge.ReminderPhraseIn(c.Lang, ahead) // the confirmation promises only a reminder queued
	}
	confirm := e.bookingText(ctx, ch, c, req)
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: confirm})
	ch.sends = append(ch.sends, send{kind: store.OutboxBookingConfirm, msg: 1, key: "confirm:" + key})
	ch.sends = append(ch.sends, remind...)
	ch.edit = func(c *store.Conversation, now time.Time) {
		c.Meeting = store.Meeting{BookingID: booked.ID, Booked: toMeeting([]calendar.Slot{slot}, name)[0], BookedAt: now}
		// The meeting's rep holds the conversation; the lead's pick is no
		// rep's action, so EngagedAt stays as it was (see settled).
		if c.AssignedTo != slot.RepID {
			c.AssignedTo, c.AssignedName = slot.RepID, ""
		}
		if c.AssignedName == "" {
			c.AssignedName = name
		}
	}
	// The rep reads the conversation as the commit leaves it: the meeting
	// booked, no slot waiting for a pick, a moved meeting at its new time.
	bc := c
	ch.edit(&bc, e.stamp(c))
	b := e.BriefFrom(bc, appendHistory(s.history, *msg))
	ch.sends = append(ch.sends, send{kind: store.OutboxRepNotification, msg: -1, to: e.notifyTo(slot.RepID), payload: mustJSON(b), key: "meeting:" + key})
	ch.events = append(ch.events, store.Event{Kind: store.EventBooked, Reason: "lead", Detail: meetingDetail(slot)})
	if old.BookingID != "" {
		ch.events = append(ch.events, store.Event{Kind: store.EventRescheduled, Reason: "lead",
			Detail: meetingDetail(fromMeeting([]store.MeetingSlot{old.Booked})[0]) + " -> " + meetingDetail(slot)})
	}
	ch.outcome.Reply = confirm
	return ch
}

// slotFree reports whether slot is still free on the calendar.
func (e *Engine) slotFree(ctx context.Context, c store.Conversation, slot calendar.Slot) bool {
	cctx, cancel := context.WithTimeout(ctx, e.cfg.DraftTimeout)
	defer cancel()
	free, err := e.cfg.Booking.Calendar.FreeSlots(cctx, calendar.SlotsParams{TenantID: c.TenantID, RepID: slot.RepID,
		From: slot.Start, To: slot.Start.Add(time.Second), Limit: 1})
	return err == nil && len(free) == 1 && free[0].Start.Equal(slot.Start)
}

// meetingDetail is a meeting in the audit trail: its start in the rep's
// zone, and the rep.
func meetingDetail(s calendar.Slot) string {
	start, _ := s.Local()
	return start.Format("2006-01-02 15:04 MST") + " with " + s.RepID
}

// reminderSend queues the reminder of the meeting with rep ReminderBefore
// the meeting, when that is still ahead, and says how long before the
// meeting it goes; the Dispatcher sends it only before the meeting starts
// (smsPayload.Until). When the lead's zone is known, a reminder due
// outside BookingConfig.LeadHours goes when they open, and none is queued
// when they open only once the meeting has started. A drafter fallback
// of its text is recorded in ch.
func (e *Engine) reminderSend(ctx context.Context, ch *change, c store.Conversation, slot calendar.Slot, rep, key string) ([]send, time.Duration) {
	at := slot.Start.Add(-e.cfg.Booking.ReminderBefore)
	if e.cfg.Booking.ReminderBefore < 0 || at.Before(e.now()) || address(c) == "" {
		return nil, 0
	}
	lc := leadClockOf(c, slot.TimeZone)
	goes := at
	if len(lc.zones) > 0 {
		goes, _ = e.cfg.Booking.LeadHours.NextAll(at, lc.zones)
	}
	if !goes.Before(slot.Start) {
		return nil, 0
	}
	text := e.bookingText(ctx, ch, c, bridge.Request{Purpose: bridge.PurposeReminder, RepName: rep,
		Slots: []string{e.slotPhrase(c, lc, slot.Start, goes, c.Lang)}})
	return []send{{kind: store.OutboxReminder, msg: -1, payload: mustJSON(smsPayload{Body: text, Until: slot.Start}), key: reminderKeyPrefix + key, notBefore: goes}},
		slot.Start.Sub(goes)
}

// The idempotency key of a meeting's reminder is reminderKeyPrefix and the
// key of its booking, bookKeyPrefix and the conversation's ID first: the
// reminders of a conversation's meetings are told from the texts the host
// scheduled on it ("scheduled:") by it.
const (
	reminderKeyPrefix = "reminder:"
	bookKeyPrefix     = "book:"
)

// cancelMeetingReminders cancels the queued reminders of c's meetings,
// and the texts telling the lead a rep moved or cancelled one
// (noticeKeyPrefix), found among its open items by their keys; the texts
// the host scheduled with [Engine.ScheduleMessage] stay queued.
func cancelMeetingReminders(ctx context.Context, tx store.Tx, c store.Conversation, now time.Time) (int, error) {
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
	if err != nil {
		return 0, err
	}
	var ids []string
	for _, it := range open {
		if it.Kind == store.OutboxReminder && (strings.HasPrefix(it.IdempotencyKey, reminderKeyPrefix+bookKeyPrefix+c.ID+":") ||
			strings.HasPrefix(it.IdempotencyKey, noticeKeyPrefix+bookKeyPrefix+c.ID+":")) {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID,
		Kinds: []store.OutboxKind{store.OutboxReminder}, IDs: ids, Now: now})
}

// withdrawOffers cancels, in the commit of a change that leaves c as it
// is, the texts offering slots that no longer stand and that have not
// gone yet (held by quiet hours overnight, waiting behind an earlier
// text): those of every earlier offer when the change queues a new one
// (offer), since the lead is to get the latest alone; those of the
// offer when the change withdraws it (Meeting.Offered emptied: a
// meeting booked by the lead's pick or by a rep, moved or called off).
// prev is the meeting before the change. The commit counts the texts
// cancelled in Result.Cancelled and audits them in its
// outbox_cancelled event.
//
// It keeps Meeting.Seen, the offer the lead last got: a new offer that
// replaces one whose text had gone (or was being sent) makes that one
// Seen, and one that replaces an offer it cancels before it went keeps
// the Seen before it; a change that empties Offered empties Seen.
//
// The handoff's bridge that offers slots is withdrawn only by a change
// that tells the lead something in its place (told: a confirmation, or
// a new offer): a rep's BookMeeting with NotifyLead off cancels the
// booking offers still queued but not the bridge, so that a lead whose
// bridge quiet hours held is never left with nothing said.
func withdrawOffers(ctx context.Context, tx store.Tx, c *store.Conversation, prev store.Meeting, offer, told bool, now time.Time) (int, error) {
	m := &c.Meeting
	switch {
	case offer:
		n, err := cancelOffers(ctx, tx, *c, true, now)
		if err != nil {
			return 0, err
		}
		m.Seen, m.SeenAt = prev.Seen, prev.SeenAt
		if n == 0 && len(prev.Offered) > 0 {
			m.Seen, m.SeenAt = prev.Offered, prev.OfferedAt
		}
		return n, nil
	case len(m.Offered) == 0:
		m.Seen, m.SeenAt = nil, time.Time{}
		if len(prev.Offered) > 0 {
			return cancelOffers(ctx, tx, *c, told, now)
		}
	}
	return 0, nil
}

// forgetUnsentOffer drops from c's meeting, in the commit of ch, an offer
// whose text ch stops before it went, so that a lead's pick is never read
// against slots they were not sent: a silence (an opt-out, a rep's
// message or takeover, a pause, a review) cancels the texts still queued,
// and the Dispatcher cancels a text at send time or dead-letters it
// (ch.settle). When the text is the latest offer's (Meeting.Offered), the
// offer the lead last got (Meeting.Seen, while there is one) stands in
// its place; otherwise the text is Seen's, which is emptied. It reports
// whether the meeting changed, and ch then writes the conversation.
//
// With it, the offer a new one replaces went when none of its texts is
// still queued (see withdrawOffers): a text cancelled or dead-lettered
// took its offer away with it.
func forgetUnsentOffer(ctx context.Context, tx store.Tx, c *store.Conversation, ch *change) (bool, error) {
	m := &c.Meeting
	dead := ch.settle != nil && (ch.settle.Status == store.OutboxCancelled || ch.settle.Status == store.OutboxDead)
	if len(m.Offered) == 0 || ch.offer || !dead && ch.silence == silenceNone {
		return false, nil
	}
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
	if err != nil {
		return false, err
	}
	var offers []store.OutboxItem // enqueue order: the last is the latest offer's
	for _, it := range open {
		if isOffer(it) {
			offers = append(offers, it)
		}
	}
	// A silence cancels the offers' texts not being sent (to the
	// conversation, or to the address a carrier reported).
	latest := ch.silence != silenceNone && len(offers) > 0 && offers[len(offers)-1].Status != store.OutboxSending &&
		(ch.addr == "" || offers[len(offers)-1].To == ch.addr)
	earlier := false
	if dead {
		// settled first (settleFirst): no longer among the open items
		it, err := tx.OutboxGet(ctx, c.TenantID, ch.settle.ID)
		if err != nil {
			return false, err
		}
		if isOffer(it) {
			later := false
			for _, o := range offers {
				later = later || o.CreatedAt.After(it.CreatedAt)
			}
			latest, earlier = latest || !later, later
		}
	}
	switch {
	case latest:
		m.Offered, m.OfferedAt = m.Seen, m.SeenAt
		m.Seen, m.SeenAt = nil, time.Time{}
		if len(m.Offered) == 0 {
			m.Rescheduling = false
		}
	case earlier && len(m.Seen) > 0:
		m.Seen, m.SeenAt = nil, time.Time{}
	default:
		return false, nil
	}
	return true, nil
}

// offerQueued reports whether the text of c's latest offer has not gone
// yet: an offer of slots (a booking offer, or the handoff's bridge that
// offers slots) is still open in c's outbox, queued, claimed or being
// sent. Since a new offer cancels the earlier ones still queued, the
// open one is the latest. A read that fails counts as gone.
func (e *Engine) offerQueued(ctx context.Context, c store.Conversation) bool {
	queued := false
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
		for _, it := range open {
			if isOffer(it) {
				queued = true
			}
		}
		return err
	})
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: reading the offer's text failed; reading the reply against the latest offer", "err", err)
		return false
	}
	return queued
}

// isOffer reports whether it is a text offering the lead slots: a
// booking offer, or the handoff's bridge that offers slots
// (promiseOffer).
func isOffer(it store.OutboxItem) bool {
	return it.Kind == store.OutboxBookingOffer || it.Kind == store.OutboxBridgeSMS && smsPayloadOf(it.Payload).Promise == promiseOffer
}

// cancelOffers cancels the texts offering c's lead slots that are still
// queued (held by quiet hours, waiting behind an earlier text): the booking
// offers and the handoff's bridge that offers slots (promiseOffer), found
// among its open items. A change that withdraws the offer, or replaces
// it with a new one, cancels them in its commit (withdrawOffers), which
// audits them in its outbox_cancelled event, so that the lead is never
// offered, after the confirmation, slots for a meeting already booked,
// nor, beside the latest offer, slots no longer on offer. A text being
// sent is not cancelled: it reaches the lead. The bridge is cancelled
// only when bridge is true (see withdrawOffers).
func cancelOffers(ctx context.Context, tx store.Tx, c store.Conversation, bridge bool, now time.Time) (int, error) {
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
	if err != nil {
		return 0, err
	}
	var ids []string
	for _, it := range open {
		if it.Status != store.OutboxSending && isOffer(it) && (bridge || it.Kind == store.OutboxBookingOffer) {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) == 0 {
		return 0, nil
	}
	return tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID,
		Kinds: []store.OutboxKind{store.OutboxBookingOffer, store.OutboxBridgeSMS}, IDs: ids, Now: now})
}

// cancelOld cancels the booked meeting being replaced (inside the commit
// when the calendar can) and its reminder.
func (e *Engine) cancelOld(ch *change, c store.Conversation, old store.Meeting) {
	params := calendar.CancelParams{TenantID: c.TenantID, BookingID: old.BookingID}
	if tb, ok := e.cfg.Booking.Calendar.(calendar.TxBooker); ok {
		ch.inTx = append(ch.inTx, func(ctx context.Context, tx store.Tx) error {
			_, err := tb.CancelTx(ctx, tx, params)
			return err
		})
	} else {
		ch.afterCommit = append(ch.afterCommit, func(ctx context.Context) error {
			_, err := e.cfg.Booking.Calendar.Cancel(ctx, params)
			return err
		})
	}
	ch.cancelReminders = true
}

// cancelMeetingChange calls the booked meeting off at the lead's word,
// and tells the lead so when answer. The meeting's rep is told as when a
// rep calls it off (cancelledNote), with the lead's words; the assigned
// rep, when another person (a rep who took the thread over, the team),
// gets the rep update of any lead message. A rep who is both is told
// once, by the notification.
func (e *Engine) cancelMeetingChange(ctx context.Context, s snapshot, msg *store.Message, answer bool) *change {
	c := s.conv
	old := c.Meeting
	ch := &change{action: ActionMessage, actor: store.ActorLead, noEvent: true, touch: true, messages: []*store.Message{msg},
		repUpdate: e.notifyTo(c.AssignedTo) != e.notifyTo(old.Booked.RepID), outcome: Outcome{Kind: OutcomeRecorded}}
	e.cancelOld(ch, c, old)
	ch.edit = func(c *store.Conversation, _ time.Time) { c.Meeting = store.Meeting{} }
	ch.events = append(ch.events, store.Event{Kind: store.EventBookingCancel, Reason: "lead",
		Detail: meetingDetail(fromMeeting([]store.MeetingSlot{old.Booked})[0])})
	ch.sends = append(ch.sends, e.cancelledNote(ch, c, appendHistory(s.history, *msg), old))
	if !answer {
		return ch
	}
	text := leadCancelledText(c.Lang, orID(slotRepName(c, old.Booked), old.Booked.RepID))
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: text})
	ch.sends = append(ch.sends, send{kind: store.OutboxBookingConfirm, msg: 1, key: "cancelled:" + c.TenantID + ":" + msg.ID})
	ch.outcome.Reply = text
	return ch
}

func firstName(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return "us"
}

// The texts the engine writes itself about a meeting, in the lead's
// language (store.Conversation.Lang): Spanish for "es", English
// otherwise. rep is the meeting's rep's name (their ID when unknown).

// leadCancelledText answers a lead who called the meeting off by text.
func leadCancelledText(lang, rep string) string {
	if lang == "es" {
		return "Listo, cancelé tu llamada con " + firstNameES(rep) + "."
	}
	return "No problem, I've cancelled your call with " + firstName(rep) + "."
}

// repCancelledText tells the lead a rep called off the meeting at when
// (slotPhrase's).
func repCancelledText(lang, rep, when string) string {
	if lang == "es" {
		if who := firstNameES(rep); who != "nosotros" {
			return "Perdona, tu llamada con " + who + " " + when + " queda cancelada. " + who + " se va a comunicar contigo."
		}
		return "Perdona, tu llamada con nosotros " + when + " queda cancelada. Nos vamos a comunicar contigo."
	}
	who := firstName(rep)
	return "Sorry, your call with " + who + " " + when + " is cancelled. " + who + " will be in touch."
}

// movedPrefix opens the confirmation of a meeting a rep moved.
func movedPrefix(lang, rep string) string {
	if lang == "es" {
		return firstNameES(rep) + " tuvo que mover tu llamada. "
	}
	return firstName(rep) + " moved your call. "
}

// firstNameES is firstName for a Spanish text: "nosotros" when there is
// no name.
func firstNameES(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return "nosotros"
}

// MeetingOutcomeParams is the rep's word on a booked meeting.
type MeetingOutcomeParams struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // required
	NoShow         bool   // the lead did not show up; false: the meeting took place
}

// MeetingOutcome records whether the lead showed up for the booked meeting
// (meeting_completed or no_show in the audit trail, which the show rate is
// computed from) and marks it on the calendar when the calendar can
// (the store calendar can), in whatever state the conversation is: a
// meeting a rep booked ([Engine.BookMeeting]) while holding the thread
// has its outcome as one the lead booked. A conversation without a booked
// meeting is a [*NoMeetingError] (the lead's pick of an offered slot
// books nothing once a rep holds the thread: the rep books it with
// [Engine.BookMeeting]). Only the rep the meeting is with, or the rep the
// conversation is assigned to, records it ([ErrForbidden] for anyone
// else). Whether the lead showed up is known only once the meeting has
// started: a call before its start (by the engine's clock, Config.Now) is
// a [*TransitionError], and the meeting, its reminder and the show rate
// stay as they were. A meeting that will not take place is called off
// with [Engine.CancelMeeting] (the lead can call it off by text), or moved
// with [Engine.MoveMeeting]; the show rate ignores a cancelled meeting. A
// meeting has one outcome: a second call for the same meeting is a
// [*TransitionError]. A refused call writes nothing.
func (e *Engine) MeetingOutcome(ctx context.Context, p MeetingOutcomeParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	var seen store.Conversation
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		seen = c
		if c.Meeting.BookingID == "" {
			return nil, noMeeting(c, "meeting_outcome")
		}
		if p.RepID != c.Meeting.Booked.RepID && p.RepID != c.AssignedTo {
			return nil, fmt.Errorf("the meeting is with another rep: %w", ErrForbidden)
		}
		if start := c.Meeting.Booked.Start; e.now().Before(start) {
			return nil, fmt.Errorf("meeting %s starts at %s: its outcome is not known yet: %w", c.Meeting.BookingID,
				start.UTC().Format(time.RFC3339), &TransitionError{From: c.State, Action: "meeting_outcome"})
		}
		kind, status := store.EventMeetingDone, calendar.StatusCompleted
		if p.NoShow {
			kind, status = store.EventNoShow, calendar.StatusNoShow
		}
		// The key holds one outcome per meeting: a second is a duplicate.
		ch := &change{action: ActionUpdate, actor: store.RepActor(p.RepID), eventKind: kind, reason: "rep",
			detail:   meetingDetail(fromMeeting([]store.MeetingSlot{c.Meeting.Booked})[0]),
			eventKey: "meeting_outcome:" + c.ID + ":" + c.Meeting.BookingID}
		if m, ok := e.calendarMarker(); ok {
			ch.inTx = append(ch.inTx, func(ctx context.Context, tx store.Tx) error {
				_, err := m.MarkTx(ctx, tx, calendar.MarkParams{TenantID: c.TenantID, BookingID: c.Meeting.BookingID, Status: status})
				return err
			})
		}
		return ch, nil
	})
	if isDuplicate(err) {
		err = fmt.Errorf("the outcome of meeting %s is already recorded: %w", seen.Meeting.BookingID,
			&TransitionError{From: seen.State, Action: "meeting_outcome"})
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: meeting outcome of conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// calendarMarker is the calendar's ability to mark a meeting's outcome in
// the caller's transaction.
func (e *Engine) calendarMarker() (interface {
	MarkTx(ctx context.Context, tx store.Tx, p calendar.MarkParams) (calendar.Booking, error)
}, bool) {
	if e.cfg.Booking == nil {
		return nil, false
	}
	m, ok := e.cfg.Booking.Calendar.(interface {
		MarkTx(ctx context.Context, tx store.Tx, p calendar.MarkParams) (calendar.Booking, error)
	})
	return m, ok
}

// maxScheduleAhead is how far ahead [Engine.ScheduleMessage] schedules:
// a year, leap or not.
const maxScheduleAhead = 366 * 24 * time.Hour

// ScheduledMessage is a system text to the lead at a later time: a
// reminder, a follow-up the host schedules.
type ScheduledMessage struct {
	TenantID       string    // required
	ConversationID string    // required
	Body           string    // required; at most Config.MaxBodyBytes, and MaxSMSLength characters to an SMS lead
	At             time.Time // when to send it; zero or past means now; at most 366 days ahead
	// Key makes the call idempotent: a second call with the same key
	// schedules nothing. "" generates one.
	Key string
}

// ScheduleMessage queues a system text to the lead for later, as an
// outbox item with a not-before time: it survives restarts, respects quiet
// hours (deferred, never dropped), is cancelled by an opt-out or a pause,
// and does not go while the conversation is paused; a rep taking the
// thread does not stop it, nor does a lead moving or calling off a
// meeting (that cancels the meeting's own reminder only). It appears in
// the transcript when it is sent. A suppressed address is [ErrOptedOut].
// At more than 366 days after now (the engine's clock) is an
// [*InputError] and writes nothing: the outbox holds a conversation's next
// steps, not years of them, and every time it accepts is one both stores
// hold. So is a Body over [MaxSMSLength] characters to an SMS lead, which
// the provider would refuse when it came due.
func (e *Engine) ScheduleMessage(ctx context.Context, m ScheduledMessage) (Result, error) {
	if err := checkIDs("TenantID", m.TenantID, "ConversationID", m.ConversationID); err != nil {
		return Result{}, err
	}
	if err := checkBody("Body", m.Body, e.cfg.MaxBodyBytes); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("Key", m.Key); err != nil {
		return Result{}, err
	}
	if now := e.now(); m.At.After(now.Add(maxScheduleAhead)) {
		return Result{}, &InputError{Field: "At", Problem: "is more than 366 days ahead"}
	} else if m.At.Before(now) {
		m.At = time.Time{} // now, however far past
	}
	if m.Key == "" {
		m.Key = e.newID()
	}
	ch, res, err := e.applyTx(ctx, m.TenantID, m.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if address(c) == "" {
			return nil, &InputError{Field: "ConversationID", Problem: "names a conversation whose lead has no address"}
		}
		if err := checkLeadText(c, "Body", m.Body); err != nil {
			return nil, err
		}
		return &change{action: ActionUpdate, actor: store.ActorHost, noEvent: true, refuseSuppressed: true,
			sends: []send{{kind: store.OutboxReminder, msg: -1, payload: mustJSON(smsPayload{Body: m.Body}),
				key: "scheduled:" + c.TenantID + ":" + m.Key, notBefore: m.At}}}, nil
	})
	if isDuplicate(err) {
		return Result{Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: schedule a message on conversation %s: %w", m.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}
