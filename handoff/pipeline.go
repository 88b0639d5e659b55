package handoff

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// The mutation pipeline. Every change to a conversation — a lead message,
// a rep message, a takeover, a pause, a resume, an opt-out or opt-in, a
// review, a provider's report, the dispatcher's send-time check and settle —
// is one [change]: a row of the state table plus the typed effects to
// commit with it. [Engine.commit] applies one change inside one
// transaction; [Engine.apply] (snapshot read outside the transaction, for
// the slow judgement of Receive) and [Engine.applyTx] (read inside it) are
// the two ways to run it, both through [Engine.retry], the one retry loop.

// snapshot is what a change is planned from.
type snapshot struct {
	conv       store.Conversation
	history    []store.Message // recent messages, oldest first (Receive only)
	suppressed bool            // one of the lead's addresses is suppressed (leadSuppressed)
	// ownSuppressed: the conversation's own address or destination is
	// (ownSuppressed); read only when suppressed is set.
	ownSuppressed bool
	cached        bool // from this engine's cache, not read from the store
}

// change is one mutation of one conversation and its effects.
type change struct {
	action Action
	actor  store.Actor
	reason string // the audit reason: the trigger, the rule, "rep message"
	detail string
	// eventKind overrides the transition event's kind (the action's own
	// kind by default); eventKey makes it idempotent (store.Event.Key).
	eventKind store.EventKind
	eventKey  string
	noEvent   bool // no transition event (the dispatcher marking an item sending)

	insert bool // a new conversation (Start) instead of a compare-and-swap
	touch  bool // write the conversation row, compare-and-swap on its version
	edit   func(c *store.Conversation, now time.Time)
	// planned is the status a lead message recorded as a plain append
	// (no touch) was planned on, set by apply: commit re-reads the
	// conversation under the lead's address lock and a status that moved
	// since (a rep's Complete) is a conflict, planned again on what
	// committed (see checkPlanned). "" for every other change.
	planned store.Status

	lock               bool // take the address lock before anything else
	refuseSuppressed   bool // ErrOptedOut when the address is suppressed
	recheckSuppression bool // conflict when the address was suppressed since a cached snapshot

	messages   []*store.Message // appended in order; IDs set by the caller, times at commit
	sends      []send           // deliveries queued with the change
	settle     *store.OutboxSettleParams
	events     []store.Event // further audit events (Kind, Reason, Detail; the rest is filled in)
	silence    silence       // queued automated texts to cancel, and in-flight ones to wait for
	suppress   string        // a rule: suppress the lead's address
	source     string        // the lead message that carried the opt-out (suppress); "" when none did
	unsuppress bool
	// addr, when set, is the address the consent effects apply to instead
	// of the lead's (a carrier refused a number the lead no longer has).
	addr string
	// reported, when set, is the one address a carrier or the host
	// reported opted out (an opt-out with suppress): it is the opt-out's
	// own address, and the lead's other addresses are linked to it (see
	// suppressLinked).
	reported string
	// link applies, once the conversation is written, an opt-out of one
	// of its lead's addresses to the other (see linkGiven): Start and
	// UpdateLead record addresses together.
	link      bool
	hook      bool // run Config.OnHandoff inside the transaction
	repUpdate bool // queue the assigned rep's coalesced update
	// updateKey, when set, keys the rep update instead of the change's
	// first message: an opt-out sets it, since one a carrier or the host
	// reported records no message (see updateSource).
	updateKey string
	// inTx are further writes inside the transaction, before the
	// conversation is edited (a booking on the store calendar);
	// afterCommit runs after a successful commit, outside it (a remote
	// calendar's cancellation); cancelReminders cancels the queued
	// reminders of the conversation's meetings (one moved or called off),
	// not the texts the host scheduled.
	inTx            []func(ctx context.Context, tx store.Tx) error
	afterCommit     []func(ctx context.Context) error
	cancelReminders bool
	// offer: the change queues a new offer of slots (offerEffects),
	// which replaces the offer on the conversation: the texts of earlier
	// offers still queued are cancelled in its commit (see
	// withdrawOffers).
	offer bool

	// What Receive reports and keeps once the change commits.
	outcome    Outcome
	history    []store.Message // the snapshot's history with this change's messages
	cacheAfter bool            // keep the committed snapshot in the cache
}

// send is one outbox item a change queues: a text delivering messages[msg]
// to the lead (msg >= 0), or an item with its own payload (msg < 0), which
// delivers messageID, a message the transcript holds already, when set (a
// text queued again).
type send struct {
	kind      store.OutboxKind
	msg       int
	messageID string
	to        string // "" for the lead's address
	key       string // idempotency key
	payload   []byte
	notBefore time.Time // zero means now
	until     time.Time // a text of messages[msg]: when it goes stale (smsPayload.Until); zero for never
	promise   promise   // a text of messages[msg]: what it promises (smsPayload.Promise)
}

// committed is what a committed change reports.
type committed struct {
	// clock is the clock at the commit: what it queues is due by it, and
	// the store stamps the leases it settles with it. The commit's date
	// (see Engine.stamp) is for what it records only.
	clock     time.Time
	conv      store.Conversation
	cancelled int
	// elsewhere counts what the change cancelled in other conversations'
	// commits (an opt-out's siblings, see pauseSiblings): each audited
	// it in its own trail, so this one's outbox_cancelled event leaves it
	// out; Result.Cancelled counts it.
	elsewhere int
	// repCancelled are the rep's texts a review cancelled (cancelRepTexts),
	// each audited by its own event; cancelled does not count them.
	repCancelled []store.OutboxItem
	inFlight     []store.OutboxItem
	enqueued     bool
	// reach lists the addresses an opt-out suppressed or an opt-in lifted,
	// the linked ones included (see suppressLinked, linkedTo): the
	// conversations with any of them are paused or brought back.
	reach []string
}

// retry runs fn until it does not lose a compare-and-swap, at most
// Config.MaxAttempts times; then ErrBusy. A [*StaleError] is the caller's
// compare that failed, not the engine's: it is returned at once.
func (e *Engine) retry(fn func(attempt int) error) error {
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		if err := fn(attempt); !errors.Is(err, store.ErrConflict) || errors.As(err, new(*StaleError)) {
			return err
		}
	}
	return ErrBusy
}

// planFunc plans a change from a snapshot; it may return nil for "nothing
// to commit".
type planFunc func(ctx context.Context, s snapshot) (*change, error)

// apply reads a snapshot outside any transaction (from the cache on the
// first attempt when useCache), plans the change with slow adapters
// allowed, and commits it by compare-and-swap; a lost race plans again on a
// fresh snapshot.
func (e *Engine) apply(ctx context.Context, tenantID, convID, providerID string, useCache bool, plan planFunc) (*change, committed, error) {
	ctx = e.withCallState(ctx) // one model budget and one list of full reps across the retries
	var ch *change
	var res committed
	err := e.retry(func(attempt int) error {
		s, ok := snapshot{}, false
		if useCache && attempt == 0 {
			s, ok = e.cache.get(tenantID, convID)
			ok = ok && s.conv.State == store.StateAIActive
			if ok && providerID != "" && slices.ContainsFunc(s.history, func(m store.Message) bool { return m.ProviderID == providerID }) {
				// A provider's retry: no judgement, no model call.
				return fmt.Errorf("provider message %s: %w", providerID, store.ErrDuplicate)
			}
		}
		if !ok {
			var err error
			if s, err = e.readSnapshot(ctx, tenantID, convID, providerID); err != nil {
				return err
			}
		}
		var err error
		if ch, err = plan(ctx, s); err != nil || ch == nil {
			return err
		}
		ch.recheckSuppression = ch.recheckSuppression || s.cached
		if ch.action == ActionMessage && !ch.touch && !ch.insert {
			ch.planned = s.conv.Status
		}
		err = e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			res, err = e.commit(ctx, tx, s.conv, ch)
			return err
		})
		if err != nil {
			e.cache.drop(tenantID, convID)
		}
		return err
	})
	return ch, res, err
}

// applyTx reads the conversation and plans the change inside the
// transaction that commits it. plan must be quick and must not call out.
func (e *Engine) applyTx(ctx context.Context, tenantID, convID string, plan func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error)) (*change, committed, error) {
	var ch *change
	var res committed
	err := e.retry(func(int) error {
		return e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			c, err := tx.ConversationGet(ctx, tenantID, convID)
			if err != nil {
				return err
			}
			if ch, err = plan(ctx, tx, c); err != nil || ch == nil {
				return err
			}
			res, err = e.commit(ctx, tx, c, ch)
			return err
		})
	})
	return ch, res, err
}

// errLeaseLost is a settle refused because the item's lease is no longer
// the one claimed; it matches store.ErrConflict too.
var errLeaseLost = errors.New("handoff: the item's lease was lost")

// settleFirst settles ch's outbox item, if any, under the lease the store
// took by clock. It goes before any write: a lease lost to another
// dispatcher (errLeaseLost) leaves the transaction clean for the
// Dispatcher to record the outcome without it.
func settleFirst(ctx context.Context, tx store.Tx, ch *change, clock time.Time) error {
	if ch.settle == nil {
		return nil
	}
	ch.settle.Now = clock
	err := tx.OutboxSettle(ctx, *ch.settle)
	if errors.Is(err, store.ErrConflict) {
		err = fmt.Errorf("%w: %w", errLeaseLost, err)
	}
	return err
}

// commit applies ch to c inside tx: the transition, then every effect, all
// or nothing.
func (e *Engine) commit(ctx context.Context, tx store.Tx, c store.Conversation, ch *change) (committed, error) {
	// Read inside the transaction: the audit order is the commit order.
	// Records are dated now (see stamp); what is queued is due by clock.
	clock := e.now()
	now := stampAt(clock, c)
	from := c.State
	to := c.State
	if err := lockFor(ctx, tx, c, ch); err != nil {
		return committed{}, err
	}
	if err := checkPlanned(ctx, tx, c, ch); err != nil {
		return committed{}, err
	}
	// Suppression before the transition: a change refused to an opted-out
	// lead is ErrOptedOut whatever state the opt-out left.
	if err := e.checkSuppression(ctx, tx, c, ch); err != nil {
		return committed{}, err
	}
	if !ch.insert {
		var err error
		if to, err = e.machine.Next(from, ch.action); err != nil {
			return committed{}, err
		}
	}
	if err := settleFirst(ctx, tx, ch, clock); err != nil {
		return committed{}, err
	}
	for _, m := range ch.messages {
		m.CreatedAt = now
		if err := tx.MessageAppend(ctx, m); err != nil {
			return committed{}, err
		}
	}
	for _, f := range ch.inTx {
		if err := f(ctx, tx); err != nil {
			return committed{}, err
		}
	}
	c.State = to
	prev := c.Meeting
	if ch.edit != nil {
		ch.edit(&c, now)
	}
	withdrawn, err := withdrawMeetingTexts(ctx, tx, &c, prev, ch, now)
	if err != nil {
		return committed{}, err
	}
	if err := e.writeConversation(ctx, tx, &c, ch, now); err != nil {
		return committed{}, err
	}
	res := committed{clock: clock, conv: c, cancelled: withdrawn}
	if err := e.consent(ctx, tx, c, ch, now, &res); err != nil {
		return committed{}, err
	}
	if err := e.silenceIn(ctx, tx, c, ch, now, &res); err != nil {
		return committed{}, err
	}
	if err := e.enqueue(ctx, tx, c, ch, now, &res); err != nil {
		return committed{}, err
	}
	if err := e.audit(ctx, tx, c, from, ch, now, res); err != nil {
		return committed{}, err
	}
	if ch.hook && e.cfg.OnHandoff != nil {
		if err := e.cfg.OnHandoff(ctx, tx, c); err != nil {
			return committed{}, fmt.Errorf("OnHandoff hook: %w", err)
		}
	}
	return res, nil
}

// lockFor takes the address locks ch needs, first, before any row lock:
// a consent change's (ch.lock), a rep update's (see repUpdateSend) and a
// plain append's re-read (checkPlanned).
func lockFor(ctx context.Context, tx store.Tx, c store.Conversation, ch *change) error {
	if !ch.lock && !ch.repUpdate && ch.planned == "" {
		return nil
	}
	linked, err := consentLocks(ctx, tx, c, ch)
	if err != nil {
		return err
	}
	return lockAddresses(ctx, tx, c.TenantID, append(append(leadAddresses(c), ch.addr), linked...)...)
}

// withdrawMeetingTexts is the meeting's bookkeeping of a change, once its
// edit left c.Meeting as it commits (prev is the meeting before it): the
// texts offering slots that no longer stand are cancelled and
// Meeting.Seen kept (withdrawOffers); an offer whose text the change
// stops before it went is forgotten (forgetUnsentOffer), the
// conversation written for it; and, for a meeting moved or called off
// (ch.cancelReminders), its queued reminders are cancelled
// (cancelMeetingReminders). It returns how many queued texts it
// cancelled, for Result.Cancelled and the change's outbox_cancelled
// event.
func withdrawMeetingTexts(ctx context.Context, tx store.Tx, c *store.Conversation, prev store.Meeting, ch *change, now time.Time) (int, error) {
	n, err := withdrawOffers(ctx, tx, c, prev, ch.offer, ch.tellsLead(), now)
	if err != nil {
		return 0, err
	}
	forgot, err := forgetUnsentOffer(ctx, tx, c, ch)
	if err != nil {
		return 0, err
	}
	ch.touch = ch.touch || forgot && !ch.insert
	if !ch.cancelReminders {
		return n, nil
	}
	r, err := cancelMeetingReminders(ctx, tx, *c, now)
	return n + r, err
}

// checkPlanned redoes a plain append (a lead message that writes no
// conversation row, so no compare-and-swap covers it) when the status it
// was planned on (ch.planned) is no longer the conversation's: a rep's
// Complete that committed after the snapshot was read, in this process
// or another, would otherwise be missed, and the lead's message recorded
// on a closed conversation without reopening it (see
// [ReasonLeadWroteAfterClose]). The re-read comes after the lead's
// address lock, which Complete takes too: on a store that runs write
// transactions side by side (PostgreSQL) a Complete cannot commit
// between the re-read and this commit, so whichever commits second sees
// the other. A burst of lead messages moves no status: they still do
// not compete with each other.
func checkPlanned(ctx context.Context, tx store.Tx, c store.Conversation, ch *change) error {
	if ch.planned == "" {
		return nil
	}
	cur, err := tx.ConversationGet(ctx, c.TenantID, c.ID)
	if err != nil {
		return err
	}
	if cur.Status != ch.planned {
		return fmt.Errorf("conversation %s went from status %s to %s since the snapshot: %w", c.ID, ch.planned, cur.Status, store.ErrConflict)
	}
	return nil
}

// checkSuppression refuses or redoes a change the lead's suppression
// forbids.
func (e *Engine) checkSuppression(ctx context.Context, tx store.Tx, c store.Conversation, ch *change) error {
	if !ch.refuseSuppressed && !ch.recheckSuppression {
		return nil
	}
	sup, err := leadSuppressed(ctx, tx, c)
	switch {
	case err != nil:
		return err
	case sup && ch.refuseSuppressed && !ch.insert:
		// The opt-out that suppressed the lead may have changed the
		// conversation after this change read it (under PostgreSQL's
		// READ COMMITTED the new suppression is visible while the row
		// read is not): plan again from the row as it stands, so that a
		// change the opt-out made pointless gets the error its state
		// gives (a review released after it was confirmed is a
		// *TransitionError), not ErrOptedOut by timing.
		cur, err := tx.ConversationGet(ctx, c.TenantID, c.ID)
		if err != nil {
			return err
		}
		if cur.Version != c.Version {
			return fmt.Errorf("conversation changed with the lead's opt-out: %w", store.ErrConflict)
		}
		return ErrOptedOut
	case sup && ch.refuseSuppressed:
		return ErrOptedOut
	case sup:
		// A suppression written straight into the store does not move the
		// version a cached snapshot carries: plan again from the store.
		return fmt.Errorf("address suppressed since the cached snapshot: %w", store.ErrConflict)
	}
	return nil
}

func (e *Engine) writeConversation(ctx context.Context, tx store.Tx, c *store.Conversation, ch *change, now time.Time) error {
	switch {
	case ch.insert:
		c.CreatedAt, c.UpdatedAt = now, now
		return tx.ConversationInsert(ctx, c)
	case ch.touch:
		// The version moves, whichever path and whichever conversation
		// (an opt-out's siblings too): the cached snapshot is stale.
		// Receive caches the committed one again when it is ai_active.
		e.cache.drop(c.TenantID, c.ID)
		c.UpdatedAt = now
		return tx.ConversationUpdate(ctx, c)
	}
	return nil
}

// consent writes the suppression effects: an opt-out suppresses every
// address of the lead for the tenant (ch.targets, or the one address
// reported) and every address linked to one of them (suppressLinked); an
// opt-in lifts them (and the conversation's destination, see
// leadSuppressed) and the addresses linked to them (linkedTo), and
// brings back the other conversations with any of them that the opt-out
// paused. A change that records the lead's addresses together (ch.link)
// links them (linkGiven).
func (e *Engine) consent(ctx context.Context, tx store.Tx, c store.Conversation, ch *change, now time.Time, res *committed) error {
	if ch.link {
		if err := e.linkGiven(ctx, tx, c, ch.actor, now, res); err != nil {
			return err
		}
	}
	addrs := ch.targets(c)
	if len(addrs) == 0 {
		return nil
	}
	if ch.unsuppress {
		lift := addrs
		if ch.addr == "" {
			lift = leadAddresses(c)
		}
		more, err := linkedTo(ctx, tx, c.TenantID, lift)
		if err != nil {
			return err
		}
		if err := lockAddresses(ctx, tx, c.TenantID, more...); err != nil {
			return err
		}
		res.reach = append(slices.Clone(lift), more...)
		for _, a := range res.reach {
			if err := tx.SuppressionDelete(ctx, c.TenantID, a); err != nil {
				return err
			}
		}
		return e.optInSiblings(ctx, tx, c, ch, now, res)
	}
	if ch.suppress == "" {
		return nil
	}
	if ch.reported != "" {
		addrs = []string{ch.reported}
	}
	var err error
	res.reach, err = suppressLinked(ctx, tx, c, addrs, ch.suppress, ch.source, now)
	return err
}

// targets lists the addresses ch's consent effects apply to: ch.addr
// alone when set, else every address the lead gave (optOutAddresses).
func (ch *change) targets(c store.Conversation) []string {
	if ch.addr != "" {
		return []string{ch.addr}
	}
	return optOutAddresses(c)
}

// enqueue writes the outbox items of ch.
func (e *Engine) enqueue(ctx context.Context, tx store.Tx, c store.Conversation, ch *change, now time.Time, res *committed) error {
	for _, s := range ch.sends {
		it := store.OutboxItem{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID, Kind: s.kind, To: s.to,
			Payload: s.payload, IdempotencyKey: s.key, NotBefore: s.notBefore, Status: store.OutboxPending,
			CreatedAt: now, UpdatedAt: now}
		if it.To == "" && s.kind.ToLead() {
			it.To = destination(c)
		}
		if it.NotBefore.IsZero() {
			it.NotBefore = res.clock
		}
		if s.msg >= 0 {
			m := ch.messages[s.msg]
			it.MessageID, it.Payload = m.ID, mustJSON(smsPayload{Body: m.Body, Until: s.until, Promise: s.promise})
		} else if s.messageID != "" {
			it.MessageID = s.messageID
		}
		if err := tx.OutboxEnqueue(ctx, &it); err != nil {
			return err
		}
		res.enqueued = true
	}
	if src := ch.updateSource(); ch.repUpdate && src != "" {
		return e.queueRepUpdate(ctx, tx, c, src, res)
	}
	return nil
}

// updateSource is what the rep update ch queues is keyed by: its
// updateKey, else its first message; "" when it has neither.
func (ch *change) updateSource() string {
	switch {
	case ch.updateKey != "":
		return ch.updateKey
	case len(ch.messages) > 0:
		return ch.messages[0].ID
	}
	return ""
}

// audit appends the transition's event, the change's further events, an
// outbox_cancelled event when queued automated texts were cancelled, and
// one naming each rep's text a review cancelled.
func (e *Engine) audit(ctx context.Context, tx store.Tx, c store.Conversation, from store.State, ch *change, now time.Time, res committed) error {
	var evs []store.Event
	if !ch.noEvent {
		evs = append(evs, store.Event{Kind: eventKind(ch), From: from, To: c.State, Reason: ch.reason, Detail: ch.detail, Key: ch.eventKey})
	}
	evs = append(evs, ch.events...)
	if res.cancelled > 0 {
		evs = append(evs, store.Event{Kind: store.EventOutboxCancelled, Reason: string(ch.action),
			Detail: fmt.Sprintf("%d queued automated text(s) cancelled", res.cancelled)})
	}
	for _, it := range res.repCancelled {
		evs = append(evs, store.Event{Kind: store.EventOutboxCancelled, Reason: string(ch.action),
			Detail: formatDetail(it.Kind, it.ID, "") + " a rep's text not sent: a possible opt-out waits for a person's decision"})
	}
	for _, ev := range evs {
		if ev.From == "" {
			ev.From, ev.To = c.State, c.State
		}
		ev.ID, ev.TenantID, ev.ConversationID, ev.Actor, ev.CreatedAt = e.newID(), c.TenantID, c.ID, ch.actor, now
		if err := tx.EventAppend(ctx, &ev); err != nil {
			return err
		}
	}
	return nil
}

// eventKind is the audit kind of a change's transition.
func eventKind(ch *change) store.EventKind {
	if ch.eventKind != "" {
		return ch.eventKind
	}
	switch ch.action {
	case ActionHandoff:
		return store.EventHandoff
	case ActionTakeOver:
		return store.EventTakeover
	case ActionRepMessage:
		return store.EventRepMessage
	case ActionPause:
		return store.EventPause
	case ActionOptOut:
		return store.EventOptOut
	case ActionReview:
		return store.EventReview
	case ActionResume:
		return store.EventResume
	case ActionHelp:
		return store.EventHelp
	case ActionOptIn:
		return store.EventOptIn
	case ActionAIMessage:
		return store.EventAIMessage
	case ActionDelivery:
		return store.EventDelivered
	}
	return store.EventKind(ch.action)
}

// result turns a committed change into the caller's [Result]: it wakes
// the dispatchers when items were queued and, for a change that silenced
// the AI, waits for texts already in flight (bounded by ctx).
func (e *Engine) result(ctx context.Context, ch *change, res committed) (Result, error) {
	r := Result{Conversation: res.conv, Cancelled: res.cancelled + res.elsewhere + len(res.repCancelled)}
	if len(ch.messages) > 0 {
		r.MessageID = ch.messages[0].ID
	}
	if res.enqueued {
		e.wake()
	}
	for _, f := range ch.afterCommit {
		if err := f(ctx); err != nil {
			e.warn(ctx, res.conv.TenantID, res.conv.ID, "handoff: a step after the commit failed", "err", err)
		}
	}
	if len(res.inFlight) > 0 {
		if left := e.waitSettled(ctx, res.inFlight); len(left) > 0 {
			r.InFlight = left
			return r, &InFlightError{Items: left, Err: context.Cause(ctx)}
		}
	}
	return r, nil
}

// isDuplicate reports whether err is the store's duplicate for a retried
// provider report (an event key).
func isDuplicate(err error) bool { return errors.Is(err, store.ErrDuplicate) }

// retriedMessage reports whether err is the duplicate of a message whose
// provider ID is already recorded: a webhook retry, not an error. Any
// other unique key colliding (an ID generator repeating itself) stays an
// error.
func (e *Engine) retriedMessage(ctx context.Context, err error, tenantID, providerID string) bool {
	if providerID == "" || !errors.Is(err, store.ErrDuplicate) {
		return false
	}
	found := false
	_ = e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.MessageGetByProviderID(ctx, tenantID, providerID)
		found = err == nil
		return nil
	})
	return found
}

// tellsLead reports whether ch queues a text that tells the lead of a
// meeting: a booking confirmation (the lead's pick, a cancellation by
// text) or a rep's booking, move or cancellation confirmed to them.
func (ch *change) tellsLead() bool {
	for _, sd := range ch.sends {
		if sd.kind == store.OutboxBookingConfirm || sd.kind == store.OutboxReminder && strings.HasPrefix(sd.key, noticeKeyPrefix) {
			return true
		}
	}
	return false
}
