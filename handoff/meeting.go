package handoff

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/store"
)

// The rep's side of a booked meeting: the lead moves or calls it off by
// text (booking.go); the rep, or the host's CRM for them, does it through
// CancelMeeting and MoveMeeting, with the same machinery, so that the
// calendar, the queued reminder, the lead's texts and the audit trail
// agree whoever changed it.

// CancelMeetingParams names a rep calling off the booked meeting of a
// conversation.
type CancelMeetingParams struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // required: the rep the meeting is with, or the assigned rep
	Reason         string // optional, for the audit trail ("rep out sick")
	// NotifyLead texts the lead that the call is cancelled.
	NotifyLead bool
}

// CancelMeeting calls off the booked meeting of a conversation at a rep's
// word: the booking is cancelled on the calendar (in the same commit when
// the calendar is a [calendar.TxBooker], after it otherwise), its queued
// reminder is cancelled (the texts the host scheduled with
// [Engine.ScheduleMessage] stay queued), and a booking_cancelled event
// (reason "rep", actor the rep) records it. With NotifyLead the lead is
// texted a short cancellation naming the call's time, in their language
// (see [BookingConfig]), as a system text the [Dispatcher] holds in
// quiet hours like a reminder; it is not queued to an opted-out lead,
// nor while the conversation is paused, and never goes once the call's
// time has passed. The meeting's rep is notified as
// of a move ([Engine.MoveMeeting]): a [store.OutboxRepNotification] to
// them, whoever called it off (the assigned rep may cancel another rep's
// meeting), queued in the same commit, whose [Notification.Brief] lists
// the meeting with Status "cancelled"; so is a meeting the lead calls
// off by text (see [BookingConfig]). The conversation stays with its
// rep and in its state; the show rate ignores a cancelled meeting.
//
// Only the rep the meeting is with, or the rep the conversation is
// assigned to, may cancel it ([ErrForbidden] for anyone else), as for
// [Engine.MeetingOutcome]. A conversation without a booked meeting is a
// [*NoMeetingError]; empty or malformed IDs are an [*InputError], an
// unknown conversation or another tenant's [ErrNotFound]. A refused call
// writes nothing.
func (e *Engine) CancelMeeting(ctx context.Context, p CancelMeetingParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := checkText("Reason", p.Reason, 512, true); err != nil {
		return Result{}, err
	}
	ch, res, err := e.apply(ctx, p.TenantID, p.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		if err := e.mayChangeMeeting(s.conv, p.RepID, "cancel_meeting"); err != nil {
			return nil, err
		}
		return e.repCancelChange(s, p), nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: cancel the meeting of conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// mayChangeMeeting checks that rep may change c's booked meeting: there
// is one, and it is with them or c is assigned to them.
func (e *Engine) mayChangeMeeting(c store.Conversation, repID string, a Action) error {
	if c.Meeting.BookingID == "" {
		return noMeeting(c, a)
	}
	if e.cfg.Booking == nil {
		return &InputError{Field: "Config.Booking", Problem: "is nil: no calendar holds the meeting"}
	}
	if repID != c.Meeting.Booked.RepID && repID != c.AssignedTo {
		return fmt.Errorf("the meeting is with another rep: %w", ErrForbidden)
	}
	return nil
}

// noMeeting is the error of action a on c, which has no booked meeting.
func noMeeting(c store.Conversation, a Action) error {
	return &NoMeetingError{Action: a, ConversationID: c.ID, State: c.State, Offered: len(c.Meeting.Offered) > 0}
}

// repCancelChange plans a rep's cancellation of s.conv's meeting.
func (e *Engine) repCancelChange(s snapshot, p CancelMeetingParams) *change {
	c := s.conv
	old := c.Meeting
	ch := &change{action: ActionUpdate, actor: store.RepActor(p.RepID), noEvent: true, touch: true}
	e.cancelOld(ch, c, old)
	ch.edit = func(c *store.Conversation, _ time.Time) { c.Meeting = store.Meeting{} }
	oldSlot := fromMeeting([]store.MeetingSlot{old.Booked})[0]
	ch.events = append(ch.events, store.Event{Kind: store.EventBookingCancel, Reason: "rep", Detail: withReason(meetingDetail(oldSlot), p.Reason)})
	ch.sends = append(ch.sends, e.cancelledNote(ch, c, s.history, old))
	if p.NotifyLead && e.mayNotifyLead(s) {
		when := e.slotPhrase(c, leadClockOf(c, old.Booked.TimeZone), old.Booked.Start, e.now(), c.Lang)
		text := repCancelledText(c.Lang, orID(slotRepName(c, old.Booked), old.Booked.RepID), when)
		ch.sends = append(ch.sends, send{kind: store.OutboxReminder, msg: -1, payload: mustJSON(smsPayload{Body: text, Until: old.Booked.Start}),
			key: noticeKeyPrefix + bookKeyPrefix + c.ID + ":" + old.BookingID + ":cancelled"})
		ch.outcome.Reply = text
	}
	return ch
}

// cancelledNote is the notification telling the rep of old, the meeting
// ch calls off on c, that it is off, whoever called it off (a rep, or the
// lead by text): the brief of the conversation as the commit leaves it,
// over history, with the meeting listed cancelled. Its key names the
// booking, which is called off once.
func (e *Engine) cancelledNote(ch *change, c store.Conversation, history []store.Message, old store.Meeting) send {
	bc := c
	ch.edit(&bc, e.stamp(c))
	b := e.BriefFrom(bc, history)
	b.Meetings = append(b.Meetings, brief.Meeting{Start: old.Booked.Start.UTC(), End: old.Booked.End.UTC(), TimeZone: old.Booked.TimeZone,
		RepID: old.Booked.RepID, Status: string(store.BookingCancelled)})
	return send{kind: store.OutboxRepNotification, msg: -1, to: e.notifyTo(old.Booked.RepID),
		payload: mustJSON(b), key: "meeting:" + bookKeyPrefix + c.ID + ":" + old.BookingID + ":cancelled"}
}

// mayNotifyLead reports whether a rep's change of the meeting may text
// the lead: they have an address, it is not suppressed, and the
// conversation is not paused (nothing automated goes then).
func (e *Engine) mayNotifyLead(s snapshot) bool {
	return address(s.conv) != "" && !s.suppressed && s.conv.State != store.StatePaused
}

// noticeKeyPrefix starts the idempotency key of a text telling the lead
// a rep moved or cancelled the meeting, followed by the booking's key
// (bookKeyPrefix and the conversation's ID first): a later change of the
// meeting cancels such a text still queued with the meeting's reminders
// (see cancelMeetingReminders).
const noticeKeyPrefix = "notice:"

// withReason appends the caller's reason to an audit detail.
func withReason(detail, reason string) string {
	if reason == "" {
		return detail
	}
	return detail + ": " + reason
}

// MoveMeetingParams names a rep moving the booked meeting of a
// conversation to a new time.
type MoveMeetingParams struct {
	TenantID       string    // required
	ConversationID string    // required
	RepID          string    // required: the rep the meeting is with, or the assigned rep
	Start          time.Time // required: the new start, in the future; the meeting keeps its rep and length
	// NotifyLead texts the lead the new time.
	NotifyLead bool
}

// MoveMeeting moves the booked meeting of a conversation to p.Start at a
// rep's word, with the meeting's rep and length: the new time is booked
// on the calendar and the old booking cancelled (both in one commit when
// the calendar is a [calendar.TxBooker]; otherwise the new one is booked
// before the commit and the old one cancelled after it), the old
// reminder is cancelled and the new one queued as for a lead's pick (the
// texts the host scheduled with [Engine.ScheduleMessage] stay queued),
// and booked and booking_rescheduled events (reason "rep", actor the
// rep) record it, so [metrics.Report] counts the meeting once. The
// meeting's rep is notified as of a lead's pick or reschedule: a
// [store.OutboxRepNotification] to them (whoever moved it: the assigned
// rep may move another rep's meeting), queued in the same commit, whose
// [Notification.Brief] shows the meeting at its new time. With
// NotifyLead the lead is texted the new time, named as the engine names
// offered slots, in their language (see [BookingConfig]), through the
// configured drafter and [bridge.CheckFacts] like a confirmation; it is
// held in quiet hours like a reminder, not queued to an opted-out lead
// nor while the conversation is paused, and never goes once the meeting
// has started. The
// conversation stays with its rep and in its state.
//
// A Start that is zero or not after now is an [*InputError]; one sooner
// than [BookingConfig].Notice from now, which a lead's own reschedule is
// never offered (so the lead can read the new time and its reminder can
// go), or outside the lead's waking hours when their zone is known
// ([BookingConfig.LeadHours]), is a [*calendar.SlotError] matching
// [calendar.ErrSlotUnavailable]; one the calendar does not have free is
// the calendar's [*calendar.SlotError] ([calendar.ErrSlotTaken] when
// booked, [calendar.ErrSlotUnavailable] off its grid or hours). When the
// calendar has no schedule for the meeting's rep any more (its
// [calendar.ErrNotFound]: the rep was taken off it since), every Start is
// a [*calendar.SlotError] matching [calendar.ErrSlotUnavailable];
// [Engine.CancelMeeting] still calls the meeting off. Who may move the
// meeting, and the other refusals, are as for [Engine.CancelMeeting]. A
// refused call writes nothing.
func (e *Engine) MoveMeeting(ctx context.Context, p MoveMeetingParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	switch {
	case p.Start.IsZero():
		return Result{}, &InputError{Field: "Start", Problem: "is zero"}
	case !p.Start.After(e.now()):
		return Result{}, &InputError{Field: "Start", Problem: "is not in the future"}
	case p.Start.Year() > 9999:
		// past what an outbox payload's JSON time can carry
		return Result{}, &InputError{Field: "Start", Problem: "is after year 9999"}
	}
	// A calendar that books outside the commit has booked by the time the
	// commit fails: the booking is cancelled again.
	var booked calendar.Booking
	ch, res, err := e.apply(ctx, p.TenantID, p.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		if err := e.mayChangeMeeting(s.conv, p.RepID, "move_meeting"); err != nil {
			return nil, err
		}
		return e.repMoveChange(ctx, s, p, &booked)
	})
	if err != nil {
		if booked.ID != "" {
			if _, cerr := e.cfg.Booking.Calendar.Cancel(ctx, calendar.CancelParams{TenantID: p.TenantID, BookingID: booked.ID}); cerr != nil {
				e.warn(ctx, p.TenantID, p.ConversationID, "handoff: a moved meeting's booking outlived its failed commit", "err", cerr)
			}
		}
		return Result{}, fmt.Errorf("handoff: move the meeting of conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// repMoveChange plans a rep's move of s.conv's meeting to p.Start: the
// new booking (inside the commit when the calendar can, else booked here
// and kept in *outside), the old one and its reminder cancelled, the new
// reminder, the lead's text when asked for, the events.
func (e *Engine) repMoveChange(ctx context.Context, s snapshot, p MoveMeetingParams, outside *calendar.Booking) (*change, error) {
	c := s.conv
	old := c.Meeting
	if p.Start.Equal(old.Booked.Start) {
		return nil, &InputError{Field: "Start", Problem: "is the meeting's start already"}
	}
	slot := calendar.Slot{RepID: old.Booked.RepID, Start: p.Start, End: p.Start.Add(old.Booked.End.Sub(old.Booked.Start)), TimeZone: old.Booked.TimeZone}
	if err := e.repSlotRefused(c, slot); err != nil {
		return nil, err
	}
	key := bookKeyPrefix + c.ID + ":" + old.BookingID + ":" + slot.Start.UTC().Format(time.RFC3339)
	params := calendar.BookParams{TenantID: c.TenantID, Slot: slot, ConversationID: c.ID, IdempotencyKey: key}
	ch := &change{action: ActionUpdate, actor: store.RepActor(p.RepID), noEvent: true, touch: true}
	// The old booking goes first: in one commit with the new one, the
	// meeting may move to a time its own booking overlaps.
	e.cancelOld(ch, c, old)
	booked, err := e.repBook(ctx, ch, params, outside, func(err error) error { return repOffCalendar(err, slot) })
	if err != nil {
		return nil, err
	}
	name := slotRepName(c, old.Booked)
	who := orID(name, slot.RepID)
	e.repMeetingTexts(ctx, ch, s, slot, who, key, p.NotifyLead, movedPrefix(c.Lang, who))
	ch.edit = func(c *store.Conversation, _ time.Time) {
		// the same meeting at a new time: booked when the lead booked it
		c.Meeting = store.Meeting{BookingID: booked.ID, Booked: toMeeting([]calendar.Slot{slot}, name)[0], BookedAt: old.BookedAt}
	}
	// The meeting's rep hears of the new time as of a lead's pick: the
	// brief of the conversation as the commit leaves it.
	bc := c
	ch.edit(&bc, e.stamp(c))
	ch.sends = append(ch.sends, send{kind: store.OutboxRepNotification, msg: -1, to: e.notifyTo(slot.RepID),
		payload: mustJSON(e.BriefFrom(bc, s.history)), key: "meeting:" + key})
	oldSlot := fromMeeting([]store.MeetingSlot{old.Booked})[0]
	ch.events = append(ch.events,
		store.Event{Kind: store.EventBooked, Reason: "rep", Detail: meetingDetail(slot)},
		store.Event{Kind: store.EventRescheduled, Reason: "rep", Detail: meetingDetail(oldSlot) + " -> " + meetingDetail(slot)})
	return ch, nil
}

// repSlotRefused is why a rep may not book or move s.conv's meeting to
// slot, a [*calendar.SlotError] matching [calendar.ErrSlotUnavailable],
// or nil: it starts sooner than BookingConfig.Notice from now, or outside
// the lead's waking hours (BookingConfig.LeadHours) when their zone is
// known. The calendar's own refusals (taken, off its grid) come when it
// books.
func (e *Engine) repSlotRefused(c store.Conversation, slot calendar.Slot) error {
	if slot.Start.Before(e.now().Add(e.cfg.Booking.Notice)) {
		return &calendar.SlotError{Slot: slot, Err: calendar.ErrSlotUnavailable,
			Detail: "sooner than Config.Booking.Notice (" + e.cfg.Booking.Notice.String() + ") from now"}
	}
	if lc := leadClockOf(c, slot.TimeZone); len(lc.zones) > 0 {
		if _, open := e.cfg.Booking.LeadHours.NextAll(slot.Start, lc.zones); !open {
			return &calendar.SlotError{Slot: slot, Err: calendar.ErrSlotUnavailable, Detail: "outside the lead's waking hours (Config.Booking.LeadHours)"}
		}
	}
	return nil
}

// repBook books params for ch, a rep's change of a meeting: in ch's
// commit when the calendar is a [calendar.TxBooker] (the booking it
// returns is filled in then), else now, kept in *outside too so that the
// caller cancels it again when the commit fails. refused maps the
// calendar's refusal to the caller's error (see unknownRep and
// repOffCalendar).
func (e *Engine) repBook(ctx context.Context, ch *change, params calendar.BookParams, outside *calendar.Booking, refused func(error) error) (*calendar.Booking, error) {
	booked := new(calendar.Booking)
	if tb, ok := e.cfg.Booking.Calendar.(calendar.TxBooker); ok {
		ch.inTx = append(ch.inTx, func(ctx context.Context, tx store.Tx) error {
			b, err := tb.BookTx(ctx, tx, params)
			*booked = b
			return refused(err)
		})
		return booked, nil
	}
	b, err := e.cfg.Booking.Calendar.Book(ctx, params)
	if err != nil {
		return nil, refused(err)
	}
	*booked, *outside = b, b
	return booked, nil
}

// repMeetingTexts queues with ch, a rep's booking or move of s.conv's
// meeting to slot with the rep named who, what the lead gets of it: the
// meeting's reminder, as for a lead's pick (see reminderSend), and, when
// notify and the lead may be texted (mayNotifyLead), the time in a
// confirmation through the drafter, lead put before it when the text
// still fits one SMS, held in quiet hours like a reminder and stale once
// the meeting starts. Neither goes to an opted-out lead.
func (e *Engine) repMeetingTexts(ctx context.Context, ch *change, s snapshot, slot calendar.Slot, who, key string, notify bool, lead string) {
	c := s.conv
	var remind []send
	var ahead time.Duration
	if !s.suppressed {
		remind, ahead = e.reminderSend(ctx, ch, c, slot, who, key)
	}
	if notify && e.mayNotifyLead(s) {
		req := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: who, Slots: e.phrases(c, []calendar.Slot{slot})}
		if remind != nil {
			req.Reminder = bridge.ReminderPhraseIn(c.Lang, ahead) // the text promises only a reminder queued
		}
		text := e.bookingText(ctx, ch, c, req)
		if long := lead + text; lead != "" && (c.Channel == store.ChannelChat || smsLength(long) <= 160) {
			text = long
		}
		ch.sends = append(ch.sends, send{kind: store.OutboxReminder, msg: -1, payload: mustJSON(smsPayload{Body: text, Until: slot.Start}),
			key: noticeKeyPrefix + key})
		ch.outcome.Reply = text
	}
	ch.sends = append(ch.sends, remind...)
}

// BookMeetingParams names a rep booking a meeting with the lead of a
// conversation on their own calendar.
type BookMeetingParams struct {
	TenantID       string // required
	ConversationID string // required
	// RepID is the rep who books and whom the meeting is with: the rep
	// the conversation is assigned to, or any rep when nobody holds it
	// (the conversation then goes to them). Required.
	RepID string
	// Start is the meeting's start, in the future, on the rep's calendar
	// as [calendar.Calendar.FreeSlots] returns it; the meeting lasts the
	// calendar's meeting length. Required.
	Start time.Time
	// RepName is the rep's name in the lead's texts ("Sarah"); "" keeps
	// the conversation's AssignedName when the rep holds it, else the
	// texts name RepID.
	RepName string
	// NotifyLead texts the lead the meeting's time now. The reminder is
	// queued either way.
	NotifyLead bool
}

// BookMeeting books a meeting with the lead of a conversation on a
// rep's calendar at the rep's word: the lead agreed a time with a rep
// who holds the thread (a lead's pick of an offered slot books nothing
// by itself once a rep has written or taken over: the rep books it
// here), or the rep phoned the lead from the CRM. It is the rep's
// counterpart of a lead's pick (see [BookingConfig]), with the same
// machinery: the meeting is booked on the calendar (in the same commit
// when the calendar is a [calendar.TxBooker]; otherwise before the
// commit, and cancelled again when the commit fails) and recorded on the
// conversation (Meeting.BookingID and Booked; slots still offered are
// answered by it, and an offer of them not yet sent, held by quiet hours
// overnight, is cancelled in the same commit, see [BookingConfig]), the
// lead's reminder is queued for
// [BookingConfig].ReminderBefore the meeting in the lead's day as for a
// pick, and a booked event (reason "rep", actor the rep) records it, so
// [metrics.Report] counts it in Booked and [Engine.MeetingOutcome],
// [Engine.MoveMeeting] and [Engine.CancelMeeting] apply to it in any
// state. With NotifyLead the lead is texted the time, through the
// configured drafter and [bridge.CheckFacts] like a confirmation, as a
// system text the [Dispatcher] holds in quiet hours; a rep who would
// rather write their own words sends them with [Engine.RepMessage].
// Neither the reminder nor that text is queued to a lead who opted out
// (the calendar still books the call), the text is not queued while the
// conversation is paused, and neither goes while it is paused or once
// the meeting has started.
//
// A rep's booking is a rep's action: on a handoff no rep has acted on
// yet it stops the 5-minute rule as [Engine.Accept] does
// (Conversation.EngagedAt, and an accept event with reason
// "book_meeting", so the report counts the handoff Responded, not
// BookedOnly). Meeting.BookedAt, when the lead booked, stays zero. The
// conversation stays in its state.
//
// Refusals write nothing. A Start that is zero or not after now, and
// empty or malformed IDs or a RepName over one line, are an
// [*InputError]; so is a RepID the calendar has no schedule for (a typo,
// a rep not set up yet), an [*InputError] on RepID with the calendar's
// [calendar.ErrNotFound] in its chain (it is not [ErrNotFound], which is
// the conversation's). A Start the rep's calendar would not book, sooner
// than [BookingConfig].Notice from now or outside the lead's waking hours
// is a [*calendar.SlotError], as for [Engine.MoveMeeting]. A conversation
// with a meeting booked already is a [*MeetingBookedError]: move it with
// [Engine.MoveMeeting]. A conversation assigned to another rep is
// [ErrForbidden]; one whose possible opt-out waits for a decision, a
// [*ReviewPendingError]; an unknown conversation or another tenant's,
// [ErrNotFound]; an Engine without Config.Booking, an [*InputError].
func (e *Engine) BookMeeting(ctx context.Context, p BookMeetingParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := checkLine("RepName", p.RepName, 256, true); err != nil {
		return Result{}, err
	}
	switch {
	case p.Start.IsZero():
		return Result{}, &InputError{Field: "Start", Problem: "is zero"}
	case !p.Start.After(e.now()):
		return Result{}, &InputError{Field: "Start", Problem: "is not in the future"}
	case p.Start.Year() > 9999:
		// past what an outbox payload's JSON time can carry
		return Result{}, &InputError{Field: "Start", Problem: "is after year 9999"}
	case e.cfg.Booking == nil:
		return Result{}, &InputError{Field: "Config.Booking", Problem: "is nil: no calendar to book on"}
	}
	// One key for the call, whichever attempt books: a calendar that
	// books outside the commit returns the same booking to a retry.
	call := e.newID()
	var booked calendar.Booking
	ch, res, err := e.apply(ctx, p.TenantID, p.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		return e.repBookChange(ctx, s, p, call, &booked)
	})
	if err != nil {
		if booked.ID != "" {
			if _, cerr := e.cfg.Booking.Calendar.Cancel(ctx, calendar.CancelParams{TenantID: p.TenantID, BookingID: booked.ID}); cerr != nil {
				e.warn(ctx, p.TenantID, p.ConversationID, "handoff: a rep's booking outlived its failed commit", "err", cerr)
			}
		}
		return Result{}, fmt.Errorf("handoff: book a meeting on conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// repBookChange plans a rep's booking of a meeting at p.Start with the
// lead of s.conv: the booking (inside the commit when the calendar can,
// else booked here and kept in *outside), the reminder, the lead's text
// when asked for, the engagement and the events.
func (e *Engine) repBookChange(ctx context.Context, s snapshot, p BookMeetingParams, call string, outside *calendar.Booking) (*change, error) {
	c := s.conv
	const action Action = "book_meeting"
	switch {
	case inReview(c):
		return nil, &ReviewPendingError{Action: action}
	case c.Meeting.BookingID != "":
		return nil, &MeetingBookedError{ConversationID: c.ID, BookingID: c.Meeting.BookingID, RepID: c.Meeting.Booked.RepID, Start: c.Meeting.Booked.Start}
	case c.AssignedTo != "" && c.AssignedTo != p.RepID:
		return nil, fmt.Errorf("the conversation is assigned to another rep: %w", ErrForbidden)
	}
	slot := calendar.Slot{RepID: p.RepID, Start: p.Start}
	if err := e.repSlotRefused(c, slot); err != nil {
		return nil, err
	}
	key := bookKeyPrefix + c.ID + ":rep:" + call + ":" + slot.Start.UTC().Format(time.RFC3339)
	params := calendar.BookParams{TenantID: c.TenantID, Slot: slot, ConversationID: c.ID, IdempotencyKey: key}
	ch := &change{action: ActionUpdate, actor: store.RepActor(p.RepID), noEvent: true, touch: true}
	if _, ok := e.cfg.Booking.Calendar.(calendar.TxBooker); ok {
		// The meeting's length and the rep's zone, for the texts, from
		// the calendar's free slot; a time it does not list free is
		// still booked in the commit, which refuses it with the
		// calendar's own reason (taken, or off its grid or hours).
		free, err := e.slotAt(ctx, c.TenantID, p.RepID, p.Start)
		if err != nil {
			return nil, unknownRep(err, "RepID", p.RepID)
		}
		if !free.Start.IsZero() {
			slot = free
			params.Slot = slot
		}
	}
	booked, err := e.repBook(ctx, ch, params, outside, func(err error) error { return unknownRep(err, "RepID", p.RepID) })
	if err != nil {
		return nil, err
	}
	// What a calendar outside the commit booked; one in it books the slot
	// as planned, when the change commits.
	slot = withSlot(booked.Slot(), slot)
	name := p.RepName
	if name == "" && c.AssignedTo == p.RepID {
		name = c.AssignedName
	}
	who := orID(name, p.RepID)
	e.repMeetingTexts(ctx, ch, s, slot, who, key, p.NotifyLead, "")
	// A rep's first action on the handoff: the 5-minute rule stops, and
	// the report counts the handoff answered, as for Accept.
	engaging := c.EngagedAt.IsZero() && !c.HandoffAt.IsZero()
	if engaging {
		ch.events = append(ch.events, store.Event{Kind: store.EventAccept, Reason: string(action), Detail: engagedDetail(c, e.stamp(c))})
	}
	ch.edit = func(c *store.Conversation, now time.Time) {
		// What the calendar booked, at the time asked for.
		c.Meeting = store.Meeting{BookingID: booked.ID, Booked: toMeeting([]calendar.Slot{withSlot(booked.Slot(), slot)}, name)[0]}
		if c.AssignedTo == "" {
			c.AssignedTo = p.RepID
		}
		if c.AssignedTo == p.RepID && name != "" {
			c.AssignedName = name
		}
		if engaging {
			c.EngagedAt = now
		}
	}
	ch.events = append(ch.events, store.Event{Kind: store.EventBooked, Reason: "rep", Detail: meetingDetail(slot)})
	return ch, nil
}

// slotAt is the rep's free slot starting at start on the calendar, asked
// outside any transaction; zero when the calendar lists none there.
func (e *Engine) slotAt(ctx context.Context, tenantID, repID string, start time.Time) (calendar.Slot, error) {
	cctx, cancel := context.WithTimeout(ctx, e.cfg.DraftTimeout)
	defer cancel()
	free, err := e.cfg.Booking.Calendar.FreeSlots(cctx, calendar.SlotsParams{TenantID: tenantID, RepID: repID,
		From: start, To: start.Add(time.Second), Limit: 1})
	if err != nil {
		return calendar.Slot{}, fmt.Errorf("calendar: free slots of %s: %w", repID, err)
	}
	if len(free) == 1 && free[0].Start.Equal(start) {
		return free[0], nil
	}
	return calendar.Slot{}, nil
}

// unknownRep is err, a calendar's answer to a free-slot read or a
// booking of rep, whom the caller named in field, with the calendar's
// ErrNotFound made the *InputError on field that BookMeeting documents:
// these calls look up no booking by ID, so what the calendar does not
// know is the rep (no schedule: a typo, a rep not set up yet). The
// calendar's error stays in the chain; the engine's ErrNotFound, an
// unknown conversation's, is another sentinel.
func unknownRep(err error, field, repID string) error {
	if err != nil && errors.Is(err, calendar.ErrNotFound) {
		return fmt.Errorf("%w: %w", &InputError{Field: field, Problem: fmt.Sprintf("names rep %q, whom the calendar has no schedule for", repID)}, err)
	}
	return err
}

// repOffCalendar is err, a calendar's answer to booking slot, the moved
// meeting's new time with the meeting's own rep, with the calendar's
// ErrNotFound (no schedule for that rep: taken off the calendar since the
// meeting was booked) made the *calendar.SlotError matching
// ErrSlotUnavailable that MoveMeeting documents for a time the calendar
// would not book: it books that rep at no time.
func repOffCalendar(err error, slot calendar.Slot) error {
	if err != nil && errors.Is(err, calendar.ErrNotFound) {
		return &calendar.SlotError{Slot: slot, Err: calendar.ErrSlotUnavailable,
			Detail: "the calendar has no schedule for the meeting's rep (" + err.Error() + "): call the meeting off or book it with another rep"}
	}
	return err
}

// withSlot is b, the slot a calendar booked, with what it left out (its
// end, the rep's zone) taken from planned.
func withSlot(b, planned calendar.Slot) calendar.Slot {
	if b.End.IsZero() {
		b.End = planned.End
	}
	if b.TimeZone == "" {
		b.TimeZone = planned.TimeZone
	}
	if b.RepID == "" {
		b.RepID = planned.RepID
	}
	if b.Start.IsZero() {
		b.Start = planned.Start
	}
	return b
}
