package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// After the trigger: a rep accepts, declines or completes a handoff; the
// 5-minute rule re-routes or escalates one nobody engaged; the host
// escalates from outside. Bot Framework's handoff protocol calls these
// accepted, failed and completed.

// HandoffActionParams names a rep acting on a handoff.
type HandoffActionParams struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // required
	Reason         string // optional, for the audit trail ("on vacation")
}

func (p HandoffActionParams) check() error {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return err
	}
	return checkText("Reason", p.Reason, 512, true)
}

// Accept records that a rep takes a handoff: it is assigned to them, the
// 5-minute clock stops, and the time from the trigger to this first action
// is recorded (Conversation.EngagedAt and the accept event's detail). The
// AI stays silent; the rep writes next. A handoff assigned to another rep is
// [ErrForbidden]; a conversation that is not hot is a [*TransitionError].
func (e *Engine) Accept(ctx context.Context, p HandoffActionParams) (Result, error) {
	if err := p.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if err := e.mayAct(c, p.RepID, ActionAccept); err != nil {
			return nil, err
		}
		return &change{action: ActionAccept, actor: store.RepActor(p.RepID), reason: p.Reason, touch: true,
			detail: engagedDetail(c, e.stamp(c)), edit: engage(p.RepID)}, nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: accept conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// mayAct checks that rep may act on c's handoff.
func (e *Engine) mayAct(c store.Conversation, repID string, a Action) error {
	if c.Status != store.StatusHot || c.HandoffReason == reviewReason || !e.machine.Can(c.State, a) {
		return &TransitionError{From: c.State, Action: a}
	}
	if c.AssignedTo != "" && c.AssignedTo != repID {
		return fmt.Errorf("the handoff is assigned to another rep: %w", ErrForbidden)
	}
	return nil
}

// engage is the edit of a rep's first action on a handoff.
func engage(repID string) func(*store.Conversation, time.Time) {
	return func(c *store.Conversation, now time.Time) {
		if c.AssignedTo != repID {
			c.AssignedTo, c.AssignedName = repID, ""
		}
		if c.EngagedAt.IsZero() && !c.HandoffAt.IsZero() {
			c.EngagedAt = now
		}
	}
}

// engagedDetail records the time from the trigger to a rep's first action.
func engagedDetail(c store.Conversation, now time.Time) string {
	if !c.EngagedAt.IsZero() || c.HandoffAt.IsZero() {
		return ""
	}
	return "engaged after " + now.Sub(c.HandoffAt).Round(time.Second).String()
}

// Decline records that the assigned rep will not take the handoff; it is
// routed at once to the next eligible rep (not the decliner), who is
// notified and gets a fresh 5-minute clock, or, when nobody is eligible,
// to the team, unassigned. Only the assigned rep may decline ([ErrForbidden]).
// A rep may pass on a handoff they accepted or wrote in: the engagement
// was theirs, so the handoff waits unengaged (Conversation.EngagedAt
// zero) for the next rep, whose clock runs as for a fresh handoff; the
// state stays, so after a rep's text the conversation stays human and
// the AI silent. The report's time to rep keeps the first rep's action
// (see [Engine.Metrics]).
// A lead whose bridge or transparent notice named the decliner is told
// who writes now (see [Config].Notices).
func (e *Engine) Decline(ctx context.Context, p HandoffActionParams) (Result, error) {
	if err := p.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.apply(ctx, p.TenantID, p.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		c := s.conv
		if err := e.mayAct(c, p.RepID, ActionReassign); err != nil {
			return nil, err
		}
		if c.AssignedTo != p.RepID {
			return nil, fmt.Errorf("only the assigned rep declines: %w", ErrForbidden)
		}
		ch := e.reassign(ctx, s, slaPayload{Tried: []string{p.RepID}}, "declined")
		ch.actor, ch.eventKind, ch.reason = store.RepActor(p.RepID), store.EventDecline, p.Reason
		return ch, nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: decline conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// Complete records that the rep finished with the lead: status closed, out
// of the Hot inbox. The AI stays out until an explicit Resume. A handoff
// assigned to another rep is [ErrForbidden]. A lead message recorded after
// it reopens the conversation (see [ReasonLeadWroteAfterClose]), one that
// [Engine.Receive] was already handling when the Done committed, in this
// process or another, included.
func (e *Engine) Complete(ctx context.Context, p HandoffActionParams) (Result, error) {
	if err := p.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if err := e.mayAct(c, p.RepID, ActionComplete); err != nil {
			return nil, err
		}
		detail := engagedDetail(c, e.stamp(c))
		// The lead's address lock: a lead message recorded as a plain
		// append commits before the Done or sees it (checkPlanned).
		return &change{action: ActionComplete, actor: store.RepActor(p.RepID), reason: p.Reason, detail: detail, touch: true, lock: true,
			edit: func(c *store.Conversation, now time.Time) {
				engage(p.RepID)(c, now)
				c.Status = store.StatusClosed
			}}, nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: complete conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// reassign routes the handoff of s.conv to the next eligible rep, excluding
// those in prev.Tried, with a notification and a fresh 5-minute clock; with
// nobody eligible (or the re-routes spent) it escalates to the team,
// leaving the handoff unassigned. Either way nobody has engaged the
// handoff it hands on (EngagedAt is cleared): a rep who accepted or wrote
// and then passed it (Decline) engaged it for themselves only. The state
// stays: a conversation a rep wrote in stays human, so the AI stays
// silent, and its 5-minute rule runs there too (see slaDue).
func (e *Engine) reassign(ctx context.Context, s snapshot, prev slaPayload, why string) *change {
	c := s.conv
	now := e.now()
	req := e.routeRequest(c, trigger.Reason(c.HandoffReason), trigger.Analyze(lastLead(s.history), e.cfg.Competitors...),
		lastLead(s.history), fieldValues(c), c.Score, nil)
	var a route.Assignment
	var err error = route.ErrNoRep
	if prev.Attempt <= e.cfg.SLAReroutes {
		a, err = e.assign(ctx, req, prev.Tried...)
	}
	ch := &change{action: ActionReassign, actor: store.ActorSystem, touch: true}
	key := "reassign:" + c.TenantID + ":" + c.ID + ":" + now.Format(time.RFC3339Nano)
	if err != nil {
		ch.eventKind, ch.reason = store.EventSLAEscalated, why
		ch.detail = "escalated to " + e.cfg.Team + sinceDetail(prev, now)
		if c.AssignedTo != "" {
			ch.detail += ", unassigned from " + c.AssignedTo
		}
		// No rep keeps it (neither the decliner nor the last rep the
		// 5-minute rule tried): the team's queue does, so any rep may
		// accept it, and it no longer counts against a rep's capacity.
		ch.edit = func(c *store.Conversation, _ time.Time) {
			c.AssignedTo, c.AssignedName, c.EngagedAt = "", "", time.Time{}
		}
		ch.sends = []send{{kind: store.OutboxRepNotification, msg: -1, to: e.cfg.Team, payload: mustJSON(e.passedBrief(ch, c, s.history, now)), key: key}}
		// the team while nobody is on duty: the lead hears when it is back
		e.noticeUpdate(ctx, s, ch, route.Assignment{}, e.nextOnDuty(c, err), key, now)
		return ch
	}
	ch.eventKind, ch.reason = store.EventRerouted, why
	ch.detail = dash(c.AssignedTo) + " -> " + a.RepID + sinceDetail(prev, now)
	ch.events = append(ch.events, assignedEvent(a))
	if check := capacityCheck(c.TenantID, a); check != nil {
		ch.inTx = append(ch.inTx, check)
	}
	// The next rep has not engaged: an accept or a text of the rep who
	// passed it was theirs, and left EngagedAt would settle the next
	// rep's clock before it ran.
	ch.edit = func(c *store.Conversation, _ time.Time) {
		c.AssignedTo, c.AssignedName, c.EngagedAt = a.RepID, a.RepName, time.Time{}
	}
	next := slaPayload{Attempt: prev.Attempt + 1, RepID: a.RepID, HandoffAt: c.HandoffAt, Tried: append(prev.Tried, a.RepID)}
	ch.sends = append([]send{{kind: store.OutboxRepNotification, msg: -1, to: a.RepID, payload: mustJSON(e.passedBrief(ch, c, s.history, now)), key: key}},
		e.slaSend(c, next, key+":sla", now)...)
	e.noticeUpdate(ctx, s, ch, a, "", key, now)
	return ch
}

// passedBrief is the brief of the notification a pass queues: c as ch's
// edit leaves it, so that it names who holds the lead after the pass (the
// rep it went to, or nobody while the team's queue holds it), never the
// rep who ignored or declined it.
func (e *Engine) passedBrief(ch *change, c store.Conversation, history []store.Message, now time.Time) Brief {
	ch.edit(&c, now)
	return e.BriefFrom(c, history)
}

// noticeUpdate adds to ch, a change that takes s.conv's handoff from its
// rep, one short text telling the lead who writes now, when the lead was
// promised that rep by name (see promisedRep), by a transparent notice or
// by a bridge that named them (as the template's does, with or without
// Config.Notices): a [bridge.PurposeNoticeUpdate]
// draft naming a, the new rep, and their wait, or the team when a is
// zero, with when it is back when nobody is on duty (back, as
// [bridge.Request].NextOnDuty words it; "" when unknown), through the
// drafter and its template fallback, outside any
// transaction. It is an AI message of the transcript sent as the bridge
// is, so the Dispatcher holds it in quiet hours and drops it once a person
// drives; one naming a rep goes stale when that rep's 5-minute check is
// due. None goes to a suppressed address or one the conversation cannot
// text.
func (e *Engine) noticeUpdate(ctx context.Context, s snapshot, ch *change, a route.Assignment, back, key string, now time.Time) {
	c := s.conv
	if s.suppressed || address(c) == "" || c.State != store.StateHandoff || !promisedRep(c, s.history) {
		return
	}
	req := e.draftRequest(c, knownValues(c), s.history, nil)
	req.Purpose, req.Reason, req.RepName, req.Wait = bridge.PurposeNoticeUpdate, c.HandoffReason, a.RepName, a.Wait
	req.NextOnDuty = back
	// the time the lead asked to be called stands: the update keeps it
	req.Callback = c.Fields[store.FieldName(qualify.CallbackField)].Value
	text, fallback := e.draft(ctx, c.TenantID, req)
	msg := &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound, Origin: store.OriginAI, Body: text}
	ch.messages = append(ch.messages, msg)
	sd := send{kind: store.OutboxBridgeSMS, msg: len(ch.messages) - 1, key: key + ":lead", promise: promiseUpdate}
	if a.RepName != "" && e.cfg.SLA > 0 {
		sd.until = now.Add(e.cfg.SLA)
	}
	ch.sends = append(ch.sends, sd)
	if fallback != "" {
		ch.events = append(ch.events, store.Event{Kind: store.EventDrafterFallback, Reason: "template fallback", Detail: fallback})
	}
}

// promisedRep reports whether, since c's handoff, a text of ours told the
// lead that c's assigned rep would write (a transparent notice, an update
// of one, or any automated text naming the rep) and no rep has written to
// the lead since: a promise the rep's leaving breaks.
func promisedRep(c store.Conversation, history []store.Message) bool {
	name := strings.Fields(c.AssignedName)
	if len(name) == 0 || c.Meeting.BookingID != "" || len(c.Meeting.Offered) > 0 {
		return false // a booking's texts promise a meeting, not a wait
	}
	promised := false
	for _, m := range history {
		if m.Direction != store.Outbound || m.CreatedAt.Before(c.HandoffAt) {
			continue
		}
		switch m.Origin {
		case store.OriginRep:
			return false
		case store.OriginAI, store.OriginSystem:
			promised = promised || namesWord(m.Body, name[0])
		}
	}
	return promised
}

// namesWord reports whether text has name's words ("Mike", "O'Brien")
// in a row, whole and ignoring case: "Mike's" names Mike, "Mikey" does
// not.
func namesWord(text, name string) bool {
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	}
	want := words(name)
	if len(want) == 0 {
		return false
	}
	got := words(text)
	for i := 0; i+len(want) <= len(got); i++ {
		if slices.Equal(got[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

func sinceDetail(p slaPayload, now time.Time) string {
	if p.AssignedAt.IsZero() {
		return ""
	}
	return " after " + now.Sub(p.AssignedAt).Round(time.Second).String()
}

func dash(s string) string {
	if s == "" {
		return "team"
	}
	return s
}

// settled reports whether the 5-minute rule is done with c's latest
// handoff: the rep who holds it, or any rep while the team does, acted on
// it (EngagedAt, which a pass to another rep clears), or the lead booked a meeting on
// it (async booking: a meeting on the rep's calendar, booked at or after
// the handoff, and not called off), which is a complete handoff but no
// rep's action.
func settled(c store.Conversation) bool {
	return !c.EngagedAt.IsZero() || c.BookedOnHandoff()
}

// slaStates reports whether the 5-minute rule runs on a conversation in
// state st: a handoff, or a human one a rep wrote in and then passed on
// (Decline), which waits for the next rep though the AI stays silent.
func slaStates(st store.State) bool {
	return st == store.StateHandoff || st == store.StateHuman
}

// slaDue runs the 5-minute rule for a due check (the Dispatcher calls it
// for sla_check items it marked sending): a handoff still not settled (no
// rep engaged, no meeting booked on it) and still with the rep it checks
// is re-routed or escalated; otherwise the check lapses. A human
// conversation is checked too: it has no engagement only when the rep
// who wrote in it passed it on (see reassign). The check item
// is settled in the same commit.
//
// A check that runs late (a Dispatcher run from cron, or after downtime)
// judges as of its due time (item.NotBefore) too: a meeting the lead
// booked on the handoff before the check came due settled it, and a
// cancellation after that leaves it settled (see settledWhenDue), as the
// check would have found it on time.
func (e *Engine) slaDue(ctx context.Context, item store.OutboxItem) error {
	var p slaPayload
	if err := json.Unmarshal(item.Payload, &p); err != nil {
		return fmt.Errorf("sla payload: %w", err)
	}
	settle := &store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, Status: store.OutboxDone, Attempted: true, LeaseUntil: item.LeaseUntil}
	_, res, err := e.apply(ctx, item.TenantID, item.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		c := s.conv
		lapse := &change{action: ActionDelivery, actor: store.ActorSystem, noEvent: true, settle: settle}
		if !slaStates(c.State) || c.Status != store.StatusHot || settled(c) ||
			c.AssignedTo != p.RepID || !sameStoredTime(c.HandoffAt, p.HandoffAt) {
			return lapse, nil
		}
		if ok, err := e.settledWhenDue(ctx, c, item.NotBefore); err != nil || ok {
			return lapse, err
		}
		ch := e.reassign(ctx, s, p, "sla")
		ch.settle = settle
		return ch, nil
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err == nil && res.enqueued {
		e.wake()
	}
	return err
}

// settledWhenDue reports whether the lead's booking had settled c's latest
// handoff when its check came due (at due), though nothing settles it now:
// a meeting the lead booked (or moved) at or after HandoffAt and by due,
// and not called off by due, read from the audit trail (booked and
// booking_cancelled events). A meeting called off before due settled
// nothing; one called off after it did. The trail is read only when the
// conversation changed after due: otherwise it stands as it stood then,
// and settled has judged it.
func (e *Engine) settledWhenDue(ctx context.Context, c store.Conversation, due time.Time) (bool, error) {
	if due.IsZero() || !c.UpdatedAt.Truncate(time.Microsecond).After(due.Truncate(time.Microsecond)) {
		return false, nil
	}
	var evs []store.Event
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		evs, err = tx.EventList(ctx, c.TenantID, c.ID)
		return err
	})
	if err != nil {
		return false, err
	}
	return bookedWhenDue(evs, c.HandoffAt, due), nil
}

// bookedWhenDue reports whether evs, a conversation's trail oldest first,
// held at due a meeting the lead booked at or after handoffAt: the lead's
// pick of a slot or of a new time (a booked event by the lead; a rep's
// move keeps the meeting's booking time) not followed by a cancellation
// by due. Times compare at the microsecond the stores keep.
func bookedWhenDue(evs []store.Event, handoffAt, due time.Time) bool {
	h, d := handoffAt.Truncate(time.Microsecond), due.Truncate(time.Microsecond)
	booked := false
	for _, ev := range evs {
		at := ev.CreatedAt.Truncate(time.Microsecond)
		if at.After(d) {
			continue
		}
		switch {
		case ev.Kind == store.EventBooked && ev.Actor == store.ActorLead && !at.Before(h):
			booked = true
		case ev.Kind == store.EventBookingCancel:
			booked = false
		}
	}
	return booked
}

// sameStoredTime reports whether a and b are one instant as a store keeps
// it: to the microsecond, the least precision the store contract
// promises. A time queued in a payload keeps the clock's nanoseconds, and
// the same time read back from SQLite or PostgreSQL does not.
func sameStoredTime(a, b time.Time) bool {
	return a.Truncate(time.Microsecond).Equal(b.Truncate(time.Microsecond))
}

// EscalateParams hands a conversation off for a reason the host saw
// outside the lead's messages: a pricing-page visit, a demo form, a CRM rule.
type EscalateParams struct {
	TenantID       string // required
	ConversationID string // required
	Reason         string // required: the handoff reason, e.g. "pricing_page"
	Detail         string // for the brief and the inbox
	// NoBridge sends no bridge text to the lead (the host's own channel
	// already told them, or the lead never wrote).
	NoBridge bool
}

// Escalate hands an ai_active conversation off with the same atomic
// guarantees as a trigger: state handoff, status hot, routing with the
// whole lead, the brief and the rep notification, the 5-minute clock, and
// the bridge text unless p.NoBridge, all in one commit. It is refused with
// [ErrOptedOut] while the lead's address is suppressed, and with a
// [*TransitionError] when the conversation is not ai_active.
func (e *Engine) Escalate(ctx context.Context, p EscalateParams) (Outcome, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "Reason", p.Reason); err != nil {
		return Outcome{}, err
	}
	if err := checkText("Detail", p.Detail, 512, true); err != nil {
		return Outcome{}, err
	}
	msgID := e.newID()
	ch, res, err := e.apply(ctx, p.TenantID, p.ConversationID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		if s.suppressed {
			return nil, ErrOptedOut
		}
		if !e.machine.Can(s.conv.State, ActionHandoff) {
			return nil, &TransitionError{From: s.conv.State, Action: ActionHandoff}
		}
		return e.escalateChange(ctx, s, p, msgID), nil
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: escalate conversation %s: %w", p.ConversationID, err)
	}
	r, err := e.result(ctx, ch, res)
	out := ch.outcome
	out.Result, out.State = r, r.Conversation.State
	return out, err
}

// escalateChange plans a host's escalation like a trigger's handoff.
func (e *Engine) escalateChange(ctx context.Context, s snapshot, p EscalateParams, id string) *change {
	c := s.conv
	pl := plan{at: e.stamp(c), score: c.Score, decision: trigger.Decision{Handoff: true, Reason: trigger.Reason(p.Reason), Detail: p.Detail, Rule: "host"}}
	known := knownValues(c)
	pl.trigger = lastLeadID(s.history)
	pl.signals = trigger.Analyze(lastLead(s.history), e.cfg.Competitors...)
	e.prepareHandoff(ctx, c, s.history, lastLead(s.history), known, e.draftRequest(c, known, s.history, nil), &pl)
	ch := &change{actor: store.ActorHost, touch: true, refuseSuppressed: true}
	var bridgeMsg *store.Message
	if !p.NoBridge && address(c) != "" {
		bridgeMsg = &store.Message{ID: id, TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound, Origin: store.OriginAI, Body: pl.text}
	}
	e.handoffEffects(ch, c, id, bridgeMsg, pl)
	// the host escalated: the lead's last message, which the brief and
	// the conversation's HandoffMessageID name, did not cause it
	ch.detail = p.Detail
	if pl.fallback != "" && bridgeMsg != nil {
		ch.events = append(ch.events, store.Event{Kind: store.EventDrafterFallback, Reason: "template fallback", Detail: pl.fallback})
	}
	return ch
}

// lastLeadID is the ID of the last lead message in history, or "".
func lastLeadID(history []store.Message) string {
	for i := len(history) - 1; i >= 0; i-- {
		if history[i].Origin == store.OriginLead {
			return history[i].ID
		}
	}
	return ""
}

// lastLead is the text of the last lead message in history, or "".
func lastLead(history []store.Message) string {
	for i := len(history) - 1; i >= 0; i-- {
		if history[i].Origin == store.OriginLead {
			return history[i].Body
		}
	}
	return ""
}

func fieldValues(c store.Conversation) map[string]string {
	out := make(map[string]string, len(c.Fields))
	for f, v := range c.Fields {
		out[string(f)] = v.Value
	}
	return out
}
