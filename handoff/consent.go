package handoff

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// Consent: opt-out, the review of a possible opt-out, opt-in and HELP.
// Each is one change through the pipeline; opt-outs come before anything
// else a message could do.

// optedOut is the edit of every opted-out conversation.
func optedOut(c *store.Conversation, _ time.Time) { c.Status = store.StatusOptedOut }

// consentKind names a text the engine sends on its own about consent.
type consentKind int

const (
	consentOptOut consentKind = iota // the opt-out confirmation
	consentOptIn                     // the opt-in confirmation
	consentHelp                      // the help reply
)

// consentText is the text of the given kind in the lead's language,
// English when that language has none.
func (e *Engine) consentText(lang string, k consentKind) string {
	t := e.cfg.Localized[lang]
	switch k {
	case consentOptOut:
		return cmp.Or(t.OptOutConfirmation, e.cfg.OptOutConfirmation)
	case consentOptIn:
		return cmp.Or(t.OptInConfirmation, e.cfg.OptInConfirmation)
	}
	return cmp.Or(t.HelpReply, e.cfg.HelpReply)
}

// optOutChange applies the opt-out (rule) everywhere: every address the
// lead gave in the conversation (optOutAddresses) suppressed for the
// tenant, and every address the lead gave with one of them in another
// conversation, linked (see suppressLinked), this and every other
// conversation with any of them paused
// (status opted_out), everything queued to them cancelled but an earlier
// opt-out's confirmation, texts in flight waited for, and at most one
// confirmation queued (when confirm and the conversation's own address
// was not already suppressed, so the earlier one stands). msg, the lead's message, is
// recorded with it, and named by the suppression and the opt_out events
// (see carriedBy); nil when a person confirmed a review (the caller names
// the message in review), or a carrier or the host reported the opt-out
// (no message carried it). After a handoff (a rep holds the thread
// or it waits for one) the opt-out reaches the rep as a rep update, as
// any lead message after a handoff does, however it came, and so it does
// on the other conversations it pauses (see pauseSiblings): rep updates
// go to reps, so the opt-out cancels none.
func (e *Engine) optOutChange(s snapshot, msg *store.Message, rule, lang string, confirm bool) *change {
	c := s.conv
	ch := &change{action: ActionOptOut, actor: store.ActorLead, reason: rule, detail: priorStatus(c), touch: true, lock: true,
		silence: silenceAddress, suppress: rule, repUpdate: repHolds(c), outcome: Outcome{Kind: OutcomeOptedOut, Rule: rule, Score: c.Score}}
	if msg != nil {
		ch.messages = append(ch.messages, msg)
		ch.updateKey = msg.ID
		ch.carriedBy(c, msg.ID)
	} else {
		ch.updateKey = e.newID()
	}
	key := "optout:" + c.TenantID + ":" + address(c) + ":" + ch.updateKey
	ch.edit = func(c *store.Conversation, now time.Time) {
		optedOut(c, now)
		if lang != "" {
			c.Lang = lang
		}
	}
	if address(c) == "" || s.suppressed && s.ownSuppressed || !confirm || e.cfg.NoOptOutConfirmation {
		return ch
	}
	text := e.consentText(lang, consentOptOut)
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: text})
	ch.sends = append(ch.sends, send{kind: store.OutboxOptOutConfirm, msg: len(ch.messages) - 1, key: key})
	ch.outcome.Reply = text
	return ch
}

// repHolds reports whether c is past its handoff and in a rep's hands, or
// waiting for a rep's: the state in which lead messages reach the rep as
// updates. So is a paused conversation still in the Hot inbox (status
// hot): a possible opt-out waiting for a person's decision, or a handoff
// a rep paused; the rep or the team it waits on must hear of an opt-out.
func repHolds(c store.Conversation) bool {
	return c.State == store.StateHandoff || c.State == store.StateHuman ||
		c.State == store.StatePaused && c.Status == store.StatusHot
}

// reviewChange records msg, which may be an opt-out: the conversation is
// silenced (paused; its queued automated texts and the rep's texts not
// yet sent cancelled, see cancelRepTexts; texts in flight waited for)
// and it goes in front of a person: the Hot inbox (status hot, reason
// possible_opt_out) and a rep notification. Nothing is sent to the lead
// and nothing suppressed. The review event's Detail is the rule, then what
// the review found (reviewPrior): the status and the handoff a release
// restores, and the message in review ("message=", see withMessage).
// [Engine.ReviewOptOut] records the person's decision. A lead suppressed
// already gets none: the message is only recorded (see planMessage).
func (e *Engine) reviewChange(s snapshot, msg *store.Message, rule string) *change {
	c := s.conv
	ch := &change{action: ActionReview, actor: store.ActorLead, reason: reviewReason, detail: withMessage(rule+" "+reviewPriorOf(c).auditDetail(), msg.ID),
		touch: true, messages: []*store.Message{msg}, silence: silenceReview, outcome: Outcome{Kind: OutcomeReview, Rule: rule, Score: c.Score}}
	ch.edit = func(c *store.Conversation, now time.Time) {
		c.Status, c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.HandoffMessageID = store.StatusHot, reviewReason, rule, now, msg.ID
	}
	bc := c
	bc.HandoffReason, bc.HandoffDetail, bc.HandoffAt, bc.HandoffMessageID = reviewReason, rule, e.stamp(c), msg.ID
	b := e.BriefFrom(bc, appendHistory(s.history, *msg))
	ch.sends = append(ch.sends, send{kind: store.OutboxRepNotification, msg: -1, to: e.notifyTo(c.AssignedTo), payload: mustJSON(b),
		key: "review:" + c.TenantID + ":" + msg.ID})
	return ch
}

// reviewReason is the handoff reason of a possible opt-out in review.
const reviewReason = "possible_opt_out"

// inReview reports whether c waits for a person's decision on a possible
// opt-out.
func inReview(c store.Conversation) bool {
	return c.State == store.StatePaused && c.Status == store.StatusHot && c.HandoffReason == reviewReason
}

// optInChange records msg, the lead's opt-in, and lifts the suppression
// of every address of the lead (leadAddresses) and of the addresses an
// opt-out linked to them (linkedTo), but not an address the lead opted
// out on its own. A conversation that opted
// out goes back where the opt-out found it (see [returnTo]): to the AI, to
// the handoff, or to the rep who had it, who is told (a rep update, as for
// any lead message after a handoff); one paused for another reason (a
// pause, a review) stays paused, with the status it had. So does every
// other conversation with an address it lifts, in the same commit (see
// optInSiblings). When the opt-in subscribes the lead again (an
// address was suppressed, or the conversation opted out), one
// confirmation is queued in the lead's language, in this conversation
// only, unless Config.NoOptInConfirmation.
func (e *Engine) optInChange(ctx context.Context, s snapshot, msg *store.Message, rule, lang string) (*change, error) {
	c := s.conv
	ch := &change{action: ActionOptIn, actor: store.ActorLead, reason: rule, touch: true, lock: true, unsuppress: true,
		messages: []*store.Message{msg}, outcome: Outcome{Kind: OutcomeOptedIn, Rule: rule, Score: c.Score}}
	status := c.Status
	if c.Status == store.StatusOptedOut {
		// The audit trail says where the opt-out found the conversation;
		// it is read whole, and only here: an opt-in after an opt-out.
		var evs []store.Event
		err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			evs, err = tx.EventList(ctx, c.TenantID, c.ID)
			return err
		})
		if err != nil {
			return nil, err
		}
		status = optInReturn(ch, c, evs)
		e.restartClock(ch, c, "sla:"+c.TenantID+":"+msg.ID+":reopen")
	}
	ch.edit = func(c *store.Conversation, _ time.Time) {
		c.Status = status
		if lang != "" {
			c.Lang = lang
		}
	}
	if !s.suppressed && c.Status != store.StatusOptedOut || e.cfg.NoOptInConfirmation || address(c) == "" {
		return ch, nil
	}
	text := e.consentText(lang, consentOptIn)
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: text})
	ch.sends = append(ch.sends, send{kind: store.OutboxOptInConfirm, msg: 1, key: "optin:" + c.TenantID + ":" + msg.ID})
	ch.outcome.Reply = text
	return ch, nil
}

// optInReturn sets ch, the opt-in of c, which opted out, to lead c back
// where its audit trail evs says the opt-out found it (see [returnTo]),
// and returns the status c gets: the AI drives again (the resume row), a
// handoff is Hot again (reopen) or the rep who had it keeps it (take
// over), all audited as opt_in; the rep or the team is told of the last
// two.
func optInReturn(ch *change, c store.Conversation, evs []store.Event) store.Status {
	to, status := returnTo(c.State, evs)
	if to != c.State {
		ch.eventKind = store.EventOptIn // by the row that leads back to the state
		if a := actionBackTo(to); a != "" {
			ch.action = a
		}
	}
	ch.repUpdate = to == store.StateHandoff || to == store.StateHuman
	return status
}

// restartClock starts the 5-minute rule again for ch when it reopens the
// handoff of c: the check of the assignment the opt-out found lapsed while
// the conversation was paused (or lapses at the latest when this one is
// due, as a check of an assignment that has changed does).
func (e *Engine) restartClock(ch *change, c store.Conversation, key string) {
	if ch.action != ActionReopen || !c.EngagedAt.IsZero() {
		return
	}
	p := slaPayload{Attempt: 1, RepID: c.AssignedTo, HandoffAt: c.HandoffAt}
	if c.AssignedTo != "" {
		p.Tried = []string{c.AssignedTo}
	}
	ch.sends = append(ch.sends, e.slaSend(c, p, key, e.now())...)
}

// optInSiblings applies the opt-in ch of c to every other conversation of
// the tenant that shares one of the addresses it lifts (res.reach, the
// linked ones included; see siblings) and
// opted out (the opt-out paused them all, see pauseSiblings), each by its
// own compare-and-swap and audited as opt_in: it goes back where the
// opt-out found it, as c does (see [optInReturn]), and the rep or the team
// is told when it goes back to them. One paused for another reason stays
// paused, with the status it had; so does one with another address still
// suppressed (its lead opted out there too). Only c gets a confirmation.
func (e *Engine) optInSiblings(ctx context.Context, tx store.Tx, c store.Conversation, ch *change, now time.Time, res *committed) error {
	if len(ch.messages) == 0 {
		return nil
	}
	others, err := siblings(ctx, tx, c, res.reach)
	if err != nil {
		return err
	}
	for _, o := range others {
		if o.Status != store.StatusOptedOut {
			continue
		}
		if sup, err := leadSuppressed(ctx, tx, o); err != nil {
			return err
		} else if sup {
			continue
		}
		evs, err := tx.EventList(ctx, o.TenantID, o.ID)
		if err != nil {
			return err
		}
		sib := &change{action: ActionOptIn, actor: ch.actor, reason: ch.reason, touch: true}
		status := optInReturn(sib, o, evs)
		e.restartClock(sib, o, "sla:"+o.TenantID+":"+ch.messages[0].ID+":"+o.ID+":reopen")
		update := sib.repUpdate
		sib.repUpdate = false // queued below: the sibling has no message of its own to key it by
		sib.edit = func(c *store.Conversation, _ time.Time) { c.Status = status }
		r, err := e.commit(ctx, tx, o, sib)
		if err != nil {
			return err
		}
		res.enqueued = res.enqueued || r.enqueued
		if !update {
			continue
		}
		if err := e.queueRepUpdate(ctx, tx, r.conv, ch.messages[0].ID+":"+o.ID, res); err != nil {
			return err
		}
	}
	return nil
}

// priorStatusKey prefixes the Detail of an opt-out event: the status the
// conversation had before it ("prior_status=hot"), which an opt-in
// restores. messageKey ends the Detail of an opt-out, handoff, review or
// reopened event a lead message caused, with the message's ID,
// query-escaped: "prior_status=hot message=SM123" (see
// [store.EventOptOut], [store.EventHandoff], [store.EventReview],
// [store.EventReopened]).
const (
	priorStatusKey = "prior_status="
	messageKey     = "message="
)

// withMessage is detail, an event's, naming the lead message msgID that
// caused the event (see messageKey); detail itself for "".
func withMessage(detail, msgID string) string {
	if msgID == "" {
		return detail
	}
	if detail != "" {
		detail += " "
	}
	return detail + messageKey + url.QueryEscape(msgID)
}

// priorStatus is the Detail of the opt-out event of c that no message
// carried.
func priorStatus(c store.Conversation) string { return priorStatusKey + string(c.Status) }

// optOutDetail is the Detail of the opt-out event of c carried by the lead
// message msgID ("" when none did).
func optOutDetail(c store.Conversation, msgID string) string {
	return withMessage(priorStatus(c), msgID)
}

// carriedBy records in ch, the opt-out of c, the lead message msgID that
// carried it: the suppression's SourceMessageID and the event's Detail.
func (ch *change) carriedBy(c store.Conversation, msgID string) {
	ch.source, ch.detail = msgID, optOutDetail(c, msgID)
}

// returnTo reads the audit trail evs (oldest first) of a conversation in
// state cur that opted out: the state and status the lead's opt-in returns
// it to. Walking back to the event that paused it: an opt-out returns it to
// the state that opt-out found it in; a conversation that began paused,
// because its address had opted out before, to the AI; anything else (a
// pause, a review) leaves cur. The status is the one before the first
// opt-out since it was paused (new when no event says). A conversation a
// rep picked up after the opt-out stays cur.
func returnTo(cur store.State, evs []store.Event) (store.State, store.Status) {
	var status store.Status
	to := cur
	for i := len(evs) - 1; i >= 0; i-- {
		ev := evs[i]
		if s, ok := strings.CutPrefix(ev.Detail, priorStatusKey); ok && ev.Kind == store.EventOptOut {
			if s, _, _ = strings.Cut(s, " "); s != string(store.StatusOptedOut) {
				status = store.Status(s)
			}
		}
		if ev.To == store.StatePaused && ev.From != store.StatePaused {
			if cur == store.StatePaused && ev.Kind == store.EventOptOut {
				to = ev.From
			}
			break
		}
		if ev.Kind == store.EventCreated {
			if cur == store.StatePaused && ev.To == store.StatePaused {
				to = store.StateAIActive
			}
			break
		}
	}
	switch {
	case status != "":
	case to == store.StateHandoff:
		status = store.StatusHot
	default:
		status = store.StatusNew
	}
	return to, status
}

// helpChange records a HELP message and queues the help reply, in the
// lead's language, unless the address is suppressed. It does not change
// who drives.
func (e *Engine) helpChange(s snapshot, msg *store.Message, rule, lang string) *change {
	c := s.conv
	ch := &change{action: ActionHelp, actor: store.ActorLead, reason: rule, touch: true, lock: true,
		messages: []*store.Message{msg}, outcome: Outcome{Kind: OutcomeHelp, Rule: rule, Score: c.Score}}
	if e.cfg.NoHelpReply || s.suppressed || address(c) == "" {
		return ch
	}
	// Under the address lock a STOP on another conversation with this
	// number either committed first, and the re-check sends the plan back
	// to a fresh snapshot (which answers nothing), or waits for this one,
	// and its cancellation by address catches the reply.
	ch.recheckSuppression = true
	text := e.consentText(lang, consentHelp)
	ch.messages = append(ch.messages, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: store.OriginSystem, Body: text})
	ch.sends = append(ch.sends, send{kind: store.OutboxHelpReply, msg: 1, key: "help:" + c.TenantID + ":" + msg.ID})
	ch.outcome.Reply = text
	return ch
}

// reviewPrior is what a review found of a conversation, which its
// release restores: the status, and the handoff reason, detail, time and
// message that the review's own (possible_opt_out) replaced.
type reviewPrior struct {
	status                    store.Status
	reason, detail, messageID string
	at                        time.Time
}

// reviewPriorOf is what a review finds of c.
func reviewPriorOf(c store.Conversation) reviewPrior {
	return reviewPrior{status: c.Status, reason: c.HandoffReason, detail: c.HandoffDetail, messageID: c.HandoffMessageID, at: c.HandoffAt}
}

// Keys of a review event's Detail after the rule: what the review found.
const (
	priorReasonKey  = "prior_reason="
	priorDetailKey  = "prior_detail="
	priorAtKey      = "prior_at="
	priorMessageKey = "prior_message="
)

// auditDetail words p for a review event's Detail: space-separated key=value
// pairs, values query-escaped ("prior_status=hot prior_reason=explicit_ask
// prior_at=2026-06-01T16:00:00Z ..."), empty values left out.
func (p reviewPrior) auditDetail() string {
	parts := []string{priorStatusKey + url.QueryEscape(string(p.status))}
	add := func(key, v string) {
		if v != "" {
			parts = append(parts, key+url.QueryEscape(v))
		}
	}
	add(priorReasonKey, p.reason)
	add(priorDetailKey, p.detail)
	if !p.at.IsZero() {
		add(priorAtKey, p.at.UTC().Format(time.RFC3339Nano))
	}
	add(priorMessageKey, p.messageID)
	return strings.Join(parts, " ")
}

// parseReviewPrior reads what a review event's Detail says the review
// found; false for an event written before the review recorded it.
func parseReviewPrior(detail string) (reviewPrior, bool) {
	var p reviewPrior
	ok := false
	for _, f := range strings.Fields(detail) {
		for _, key := range []string{priorStatusKey, priorReasonKey, priorDetailKey, priorAtKey, priorMessageKey} {
			raw, found := strings.CutPrefix(f, key)
			if !found {
				continue
			}
			v, err := url.QueryUnescape(raw)
			if err != nil {
				continue
			}
			switch key {
			case priorStatusKey:
				p.status, ok = store.Status(v), true
			case priorReasonKey:
				p.reason = v
			case priorDetailKey:
				p.detail = v
			case priorAtKey:
				if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
					p.at = t
				}
			case priorMessageKey:
				p.messageID = v
			}
		}
	}
	return p, ok
}

// releaseTo reads the audit trail evs (oldest first) of a conversation in
// review: the state its release returns it to, the one the review found
// it in (the review event's From), and what else the review found. A
// review of a message written while the conversation was already in
// review found only the review: the one before it counts. A review
// recorded before reviews kept what they found (ok false) gives its From
// and the status that state has by default. The review event is returned
// too (zero when there is none): its time is when the review began.
func releaseTo(evs []store.Event) (to store.State, p reviewPrior, ok bool, review store.Event) {
	for i := len(evs) - 1; i >= 0; i-- {
		ev := evs[i]
		if ev.Kind != store.EventReview {
			continue
		}
		p, ok = parseReviewPrior(ev.Detail)
		if reviewDuringReview(ev, p, ok) {
			continue
		}
		if !ok {
			p.status = store.StatusNew
			if ev.From == store.StateHandoff || ev.From == store.StateHuman {
				p.status = store.StatusHot
			}
		}
		return ev.From, p, ok, ev
	}
	return store.StateAIActive, reviewPrior{status: store.StatusNew}, false, store.Event{}
}

// reviewDuringReview reports whether ev, a review event whose Detail
// reads p (ok false when it records nothing of what it found), reviewed a
// message written while the conversation was already in review.
func reviewDuringReview(ev store.Event, p reviewPrior, ok bool) bool {
	return ok && ev.From == store.StatePaused && p.status == store.StatusHot && p.reason == reviewReason
}

// reviewBegan reads the audit trail evs (oldest first) of c, in review:
// the lead's message that began the review (the one [releaseTo] walks back
// to). c's handoff message is the message of the latest review; a review
// during the review recorded the one before it as what it found.
func reviewBegan(c store.Conversation, evs []store.Event) string {
	id := c.HandoffMessageID
	for i := len(evs) - 1; i >= 0; i-- {
		ev := evs[i]
		if ev.Kind != store.EventReview {
			continue
		}
		p, ok := parseReviewPrior(ev.Detail)
		if !reviewDuringReview(ev, p, ok) {
			break
		}
		id = p.messageID
	}
	return id
}

// actionBackTo is the row of the transition table that leads back to
// state to, for an opt-in or a review's release: resume, reopen or take
// over; "" for another state.
func actionBackTo(to store.State) Action {
	switch to {
	case store.StateAIActive:
		return ActionResume
	case store.StateHandoff:
		return ActionReopen
	case store.StateHuman:
		return ActionTakeOver
	}
	return ""
}

// releaseChange is the release of c, in review: back to where the review
// found it (see [releaseTo]), by the row of that state, audited as
// review_released. A handoff nobody had engaged gets its 5-minute rule
// started again, as a handoff the lead's opt-in reopens does, and a
// waiting handoff gets back the bridge the review kept from the lead
// (see bridgeAgain). A release to the AI also returns the lead's message
// that began the review (see reviewBegan): what the lead wrote after it
// is judged once the release committed (see answerReleased); "" for a
// release to another state.
func (e *Engine) releaseChange(ctx context.Context, tx store.Tx, c store.Conversation, repID string) (*change, string, error) {
	evs, err := tx.EventList(ctx, c.TenantID, c.ID)
	if err != nil {
		return nil, "", err
	}
	to, p, known, review := releaseTo(evs)
	ch := &change{actor: actorOf(repID), reason: "review_released", detail: "back to " + string(to), eventKind: store.EventReviewReleased,
		touch: true, refuseSuppressed: true}
	if ch.action = actionBackTo(to); ch.action == "" {
		ch.action = ActionReview // paused it stays, as the pause left it
	}
	ch.edit = func(c *store.Conversation, _ time.Time) {
		c.Status = p.status
		if known {
			c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.HandoffMessageID = p.reason, p.detail, p.at, p.messageID
		}
	}
	restored := c
	ch.edit(&restored, time.Time{})
	e.restartClock(ch, restored, "sla:"+c.TenantID+":"+c.HandoffMessageID+":release")
	if to == store.StateHandoff && known {
		sends, err := bridgeAgain(ctx, tx, restored, review.CreatedAt, e.now(), "release:"+c.HandoffMessageID)
		if err != nil {
			return nil, "", err
		}
		ch.sends = append(ch.sends, sends...)
	}
	if to != store.StateAIActive {
		return ch, "", nil
	}
	return ch, reviewBegan(c, evs), nil
}

// bridgeAgain queues again, for c, a handoff waiting for a rep that a
// review released, the texts of c's handoff that tell the lead a person
// will follow up (the bridge, and an update of its notice:
// [store.OutboxBridgeSMS]) which the review kept from the lead: the
// latest item delivering such a text was cancelled at or after since,
// when the review began (by the review, or at send time while it lasted),
// and none went, goes or failed. It queues nothing when a rep has written
// to the lead since the handoff (they spoke; the bridge would come after
// them), and nothing of a text whose time to go has passed by now. Each
// text goes again as it was, the same message of the transcript, under a
// key of its own for this release (key): a second review that cancels it
// and a second release queue it once more, so the lead gets it once. A
// confirmed opt-out releases nothing, and an opt-out cancels what a
// release queued.
func bridgeAgain(ctx context.Context, tx store.Tx, c store.Conversation, since, now time.Time, key string) ([]send, error) {
	if since.IsZero() || c.HandoffAt.IsZero() {
		return nil, nil
	}
	msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: c.TenantID, ConversationID: c.ID})
	if err != nil {
		return nil, err
	}
	for _, m := range msgs {
		if m.Direction == store.Outbound && m.Origin == store.OriginRep && !m.CreatedAt.Before(c.HandoffAt) {
			return nil, nil
		}
	}
	items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: c.TenantID, ConversationID: c.ID})
	if err != nil {
		return nil, err
	}
	latest := map[string]store.OutboxItem{} // by message, items oldest first
	var order []string
	spoke := map[string]bool{} // by message: an item went, goes or failed
	for _, it := range items {
		if it.Kind != store.OutboxBridgeSMS || it.MessageID == "" || it.CreatedAt.Before(c.HandoffAt) {
			continue
		}
		if _, ok := latest[it.MessageID]; !ok {
			order = append(order, it.MessageID)
		}
		latest[it.MessageID] = it
		spoke[it.MessageID] = spoke[it.MessageID] || it.Status != store.OutboxCancelled
	}
	var sends []send
	for _, id := range order {
		it := latest[id]
		if spoke[id] || it.UpdatedAt.Before(since) {
			continue
		}
		if until := payloadUntil(it.Payload); !until.IsZero() && !until.After(now) {
			continue
		}
		sends = append(sends, send{kind: it.Kind, msg: -1, messageID: id, payload: it.Payload,
			key: "bridge:" + c.TenantID + ":" + id + ":" + key})
	}
	return sends, nil
}

// ReviewParams is a person's decision on a possible opt-out
// ([OutcomeReview]).
type ReviewParams struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // who decided; "" when the host did
	// OptOut confirms the opt-out: the address is suppressed everywhere, as
	// if the lead had texted STOP (without a confirmation text, unless
	// Confirm is also set). False releases the conversation: back where
	// the review found it (see [Engine.ReviewOptOut]).
	OptOut bool
	// Confirm sends the opt-out confirmation text when OptOut is set.
	Confirm bool
	// Expect, when set, is what the person saw when they decided, with
	// Expect.ReviewOf the message in review: a decision on a review that
	// is over (another person settled it) or was replaced (the lead wrote
	// a newer possible opt-out), or on a conversation another rep took or
	// whose state moved, is a [*StaleError], and nothing is written.
	Expect *Expectation
}

// actionReviewDecision names a person's decision on a review in the
// errors that refuse it.
const actionReviewDecision Action = "review_decision"

// ReviewOptOut records a person's decision on a conversation paused for a
// possible opt-out: confirm it (the opt-out applies everywhere, audited as
// opt_out with reason review_confirmed) or release it, audited as
// review_released. Either way the status leaves review.
//
// A release puts the conversation back where the review found it, with
// the status and the handoff reason it had: the AI's thread goes back to
// the AI (ai_active); a handoff waiting for a rep is Hot again (handoff,
// its 5-minute rule started again if nobody had engaged), and the bridge
// text the review cancelled before it went is queued again, so the lead
// who was handed off still hears that a person will follow up, once
// (not when a rep has written to the lead since the handoff); the thread a
// rep was driving stays with that rep (human), and the AI stays silent
// until an explicit [Engine.Resume]; a paused one stays paused. Only a
// thread the AI drove is the AI's again, so a release never makes the AI
// speak to a lead a rep is texting, nor hand off again on what the lead
// said before. The rep's texts the review cancelled stay cancelled: the
// rep sends again what still applies.
//
// What the lead wrote while the review held the AI's thread was only
// recorded ([OutcomeRecorded]); once a release gives the thread back to
// the AI, those messages are judged as they would have been had the AI
// driven, after the release's own commit and outside it (models may be
// asked, as in Receive): an explicit ask, or any trigger, among them hands
// off, once, with the bridge, and the lead's facts among them fill the
// fields; otherwise the AI answers the latest, as [BacklogAnswerLatest]
// does for a Resume. The message in review is not answered, and a clear
// opt-out among them is never overridden: what the lead wrote before it
// asks nothing (a STOP, then a START, during the review). The Result's Conversation is
// then the conversation after that judgement (state handoff when it
// handed off). An error of that judgement comes with the Result of the
// release, which stands.
//
// A confirmation tells the rep or the team the review waited on
// (unless that rep decided) and the rep of every other conversation it
// pauses past its handoff, by a rep update in the same commit, as the
// lead's STOP would. A conversation not in review is a [*TransitionError];
// with p.Expect, a decision from a view that no longer matches the
// conversation (the review it showed settled or replaced) is a
// [*StaleError] instead, and writes nothing.
func (e *Engine) ReviewOptOut(ctx context.Context, p ReviewParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := p.Expect.check(); err != nil {
		return Result{}, err
	}
	var began string // the message that began a review released to the AI
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		began = ""
		if err := p.Expect.stale(c, actionReviewDecision); err != nil {
			return nil, err
		}
		if !inReview(c) {
			return nil, &TransitionError{From: c.State, Action: actionReviewDecision}
		}
		if p.OptOut {
			own, err := ownSuppressed(ctx, tx, c)
			if err != nil {
				return nil, err
			}
			ch := e.optOutChange(snapshot{conv: c, suppressed: own, ownSuppressed: own}, nil, "review_confirmed", c.Lang, p.Confirm)
			ch.carriedBy(c, c.HandoffMessageID) // the message in review
			ch.actor = actorOf(p.RepID)
			if p.RepID != "" && p.RepID == c.AssignedTo {
				ch.repUpdate = false // the rep who decided knows
			}
			return ch, nil
		}
		ch, b, err := e.releaseChange(ctx, tx, c, p.RepID)
		began = b
		return ch, err
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: review of conversation %s: %w", p.ConversationID, err)
	}
	r, err := e.result(ctx, ch, res)
	if err != nil || began == "" {
		return r, err
	}
	// Outside the release's transaction: the judgement may call models.
	out, err := e.answerReleased(ctx, p.TenantID, p.ConversationID, began)
	if err != nil {
		return r, fmt.Errorf("handoff: review of conversation %s released: %w", p.ConversationID, err)
	}
	r.Conversation = out.Conversation
	return r, nil
}

// answerReleased judges, once a release gave the thread back to the AI,
// what the lead wrote while the review held it, after began (the message
// in review, which the person settled and nothing answers), as Receive
// would have had the AI driven, in one commit: the messages are read in
// order, each after those before it, so their fields, callback times and
// score add up as they would have; the first a trigger fires on hands off,
// with the bridge (which sees them all); when none fires, the AI answers
// the latest, as [BacklogAnswerLatest] does, when it is the thread's last
// message. The judgement is of what is new: what the lead said before the
// review fired nothing then and the fields and score it left count as
// they did (a Resume's baseline included). See releasedBacklog for the
// messages it reads, and judgement stops, with nothing automated said, on
// one a judge reads as an opt-out. It does nothing unless the
// conversation is still the AI's, the lead not suppressed and the thread's
// last message a lead's (nobody spoke since).
func (e *Engine) answerReleased(ctx context.Context, tenantID, convID, began string) (Outcome, error) {
	ch, res, err := e.apply(ctx, tenantID, convID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		nothing := &change{action: ActionMessage, noEvent: true, outcome: Outcome{Kind: OutcomeNone}}
		backlog := e.releasedBacklog(s.history, began)
		if len(backlog) == 0 || s.conv.State != store.StateAIActive || s.suppressed {
			return nothing, nil
		}
		work := s.conv // the conversation as the backlog's judgement leaves it
		work.Fields = cloneFields(s.conv.Fields)
		var (
			values  []qualify.Value // what each message set, in order
			tags    []string
			fired   = -1 // the plan that fires, an index in plans
			plans   = make([]plan, len(backlog))
			periods []string // the callback times the lead gave, in order
		)
		for k, i := range backlog {
			m := s.history[i]
			p, _ := e.judged(ctx, snapshot{conv: work, history: s.history[:i]}, m)
			if p.optOut != "" {
				return nothing, nil
			}
			plans[k] = p
			values = append(values, p.values...)
			if p.callback != "" {
				values = append(values, qualify.Value{Field: qualify.CallbackField, Value: p.callback, Confidence: 0.9, MessageID: m.ID})
				periods = append(periods, p.callback)
			}
			for _, t := range p.tags {
				if !slices.Contains(tags, t) {
					tags = append(tags, t)
				}
			}
			for _, v := range p.values {
				work.Fields[store.FieldName(v.Field)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: v.MessageID, UpdatedAt: p.at}
			}
			if p.callback != "" {
				work.Fields[store.FieldName(qualify.CallbackField)] = callbackField(p.callback, m.ID, p.at)
			}
			work.Score = p.score
			if fired < 0 && p.decision.Handoff {
				fired = k
			}
		}
		k := fired
		if k < 0 {
			k = len(backlog) - 1
		}
		msg, p := s.history[backlog[k]], plans[k]
		// The callback times go in with the fields, each from its own
		// message (the latest stands); a bridge states the latest one,
		// read from the lead's messages of the turn (see turnCallback).
		p.callback = ""
		known := knownValues(work)
		switch {
		case fired >= 0:
			p.trigger = msg.ID
			e.prepareHandoff(ctx, work, s.history, msg.Body, known, e.draftRequest(work, known, s.history, nil), &p)
		case backlog[k] == len(s.history)-1 && !e.cfg.NoReplies:
			req := e.draftRequest(work, known, s.history[:backlog[k]], &msg)
			req.Purpose = bridge.PurposeReply
			p.text, p.fallback = e.draft(ctx, tenantID, req)
		}
		// what every message set, in the order given
		p.values, p.score, p.tags = values, work.Score, tags
		ch := recordedAlready(e.judgedChange(s, &msg, p))
		for _, cb := range periods {
			ch.events = append(ch.events, store.Event{Kind: store.EventCallbackTime, Reason: "lead", Detail: cb})
		}
		return ch, nil
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: judge what the lead wrote during the review of conversation %s: %w", convID, err)
	}
	r, err := e.result(ctx, ch, res)
	out := ch.outcome
	out.Result, out.State = r, r.Conversation.State
	return out, err
}

// releasedBacklog lists, as indexes in history (the snapshot's, oldest
// first), the lead's messages a release to the AI judges: those after
// began, the message that began the review (all of history when began is
// older than it), but none from before the latest clear opt-out among them
// (read as Receive reads it, see readAgainst): a lead who revoked consent
// since asked for nothing, and an opt-in does not ask again. Opt-ins,
// HELP and possible opt-outs (a review during the review, which the
// release settled) are consent, answered or decided: not judged. None when
// began is unknown or the thread's last message is not the lead's.
func (e *Engine) releasedBacklog(history []store.Message, began string) []int {
	n := len(history)
	if began == "" || n == 0 || history[n-1].Origin != store.OriginLead {
		return nil
	}
	start := slices.IndexFunc(history, func(m store.Message) bool { return m.ID == began })
	if start < 0 && n < e.cfg.HistoryTurns {
		return nil // the whole conversation is there, and not began
	}
	var out []int
	for i := start + 1; i < n; i++ {
		m := history[i]
		if m.Origin != store.OriginLead {
			continue
		}
		switch det := e.readAgainst(e.cfg.Detector.Detect(dnc.Input{Text: m.Body}), m.Body, history[:i]); det.Kind {
		case dnc.OptOut:
			out = nil
		case dnc.None:
			out = append(out, i)
		}
	}
	return out
}

// actorOf is the actor of a call made for a rep, or by the host.
func actorOf(repID string) store.Actor {
	if repID == "" {
		return store.ActorHost
	}
	return store.RepActor(repID)
}
