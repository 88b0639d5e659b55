package handoff

import (
	"context"
	"slices"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Who may speak on a thread, in one place.
//
// The promise: when a silencing call returns without error, none of the
// texts it stops reaches a Sender afterwards, whichever process runs the
// Dispatcher: after a takeover or a rep message, the AI's side of the
// conversation (store.OutboxKind.StopsOnTakeover); after a pause, every
// automated text of the conversation (store.OutboxKind.Automated); after
// a possible opt-out sent to review, those and the rep's texts (nobody
// writes to a lead who may have revoked consent until a person decides);
// after an opt-out, every text to the address in any conversation but the
// opt-out confirmation (store.OutboxKind.StopsOnOptOut).
//
// It is held by the store, not by a lock in this process:
//
//   - the silencing change cancels the queued texts it silences in its own
//     transaction (see silenceIn), and store.Tx.OutboxCancel never cancels
//     an item that is sending;
//   - the Dispatcher marks an item sending (a settle to store.OutboxSending,
//     under its unexpired lease) in the same transaction as its last
//     re-check of the conversation's state and the address's suppression
//     (see mayDeliver), and calls the Sender only after that commits;
//   - both transactions write the item's row, so one of them sees the other:
//     either the silencing change cancels the item before it is marked, and
//     the mark fails; or the mark commits first, and the silencing change
//     finds the item sending and waits (bounded by its context) until it
//     settles or its lease runs out, which bounds the Sender call. If the
//     context ends first, the call reports the items in flight
//     ([*InFlightError]) instead of hiding them.

// silence says which queued texts a change cancels. Which kinds each scope
// stops is store.OutboxKind's to say (stops), so the lists the engine
// cancels, the texts it waits for and the Dispatcher's send-time check
// (mayDeliver) read one rule and cannot drift apart.
type silence int

const (
	silenceNone silence = iota
	// silenceAI: a person took the thread: the AI's side of the
	// conversation (store.OutboxKind.StopsOnTakeover: AI replies, bridge
	// texts, booking offers and confirmations). A reminder of the meeting
	// the rep will attend still goes.
	silenceAI
	// silenceAutomated: nothing automated speaks on the conversation
	// (pause): store.OutboxKind.Automated, the AI's texts and reminders.
	silenceAutomated
	// silenceReview: a possible opt-out waits for a person's decision:
	// nobody writes to the lead, so the automated texts and the rep's
	// texts (store.OutboxRepSMS) stop. The consent texts (a confirmation,
	// the help reply) still answer the lead.
	silenceReview
	// silenceAddress: the lead opted out: everything queued to each of
	// its addresses in every conversation (store.OutboxKind.StopsOnOptOut),
	// except the opt-out confirmation, and every conversation with any of
	// them paused.
	silenceAddress
	// silenceOptedOut: the lead opted out in another conversation, so
	// this one opts out too: a sibling the opt-out pauses (pauseSiblings),
	// or a conversation given an address that opted out elsewhere (see
	// optOutJoined). What an opt-out stops, queued in this conversation
	// only, a rep's texts included, is cancelled and audited in this
	// conversation's own commit, so that its trail and Engine.Undelivered
	// give the opt-out as the reason; no address is suppressed and no
	// other conversation paused by it.
	silenceOptedOut
)

// stops reports whether scope s stops texts of kind k.
func (s silence) stops(k store.OutboxKind) bool {
	switch s {
	case silenceAI:
		return k.StopsOnTakeover()
	case silenceAutomated:
		return k.Automated()
	case silenceReview:
		return k.Automated() || k == store.OutboxRepSMS
	case silenceAddress, silenceOptedOut:
		return k.StopsOnOptOut()
	}
	return false
}

// kinds lists the kinds s stops, for store.Tx.OutboxCancel.
func (s silence) kinds() []store.OutboxKind {
	var out []store.OutboxKind
	for _, k := range store.OutboxKinds() {
		if s.stops(k) {
			out = append(out, k)
		}
	}
	return out
}

// mayDeliver is the send-time rule of the Dispatcher: why a text of kind k
// must not go now to conversation c whose address is (or is not)
// suppressed, or "". What a state's silencing change cancels never goes in
// that state: a suppressed address gets nothing an opt-out stops, a
// conversation a person drives nothing a takeover stops, a paused one
// nothing a pause stops, and one waiting for the review of a possible
// opt-out nothing a review stops (a rep's text that was being sent when
// the review committed, and failed, is not retried).
func mayDeliver(k store.OutboxKind, c store.Conversation, addrSuppressed bool) string {
	st := c.State
	switch {
	case !k.ToLead():
		return "" // rep notifications go to reps
	case addrSuppressed && silenceAddress.stops(k):
		return "the address opted out after the item was queued"
	case k == store.OutboxAIReply && st != store.StateAIActive:
		return "an AI reply may only go while the AI drives the conversation"
	case k == store.OutboxBridgeSMS && st != store.StateHandoff:
		return "the bridge text is stale: the conversation left the handoff state"
	case st == store.StateHuman && silenceAI.stops(k):
		return "a person drives the conversation"
	case inReview(c) && silenceReview.stops(k):
		return "a possible opt-out waits for a person's decision"
	case st == store.StatePaused && silenceAutomated.stops(k):
		return "the conversation is paused"
	}
	return ""
}

// silenceIn cancels what ch silences, inside tx, and lists the texts of
// that scope that are already being sent (the caller waits for them). An
// opt-out cancels what is queued to each address it suppresses and pauses
// every other conversation with one of them.
func (e *Engine) silenceIn(ctx context.Context, tx store.Tx, c store.Conversation, ch *change, now time.Time, res *committed) error {
	if ch.silence == silenceNone {
		return nil
	}
	kinds := ch.silence.kinds()
	list := store.OutboxListParams{TenantID: c.TenantID, ConversationID: c.ID, Status: store.OutboxSending}
	if ch.addr == "" {
		if ch.silence == silenceReview {
			if err := cancelRepTexts(ctx, tx, c, now, res); err != nil {
				return err
			}
			kinds = silenceAutomated.kinds()
		}
		n, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID, Kinds: kinds, Now: now})
		if err != nil {
			return err
		}
		res.cancelled += n
	}
	addrs := res.reach
	if len(addrs) == 0 {
		addrs = ch.targets(c)
	}
	if ch.silence == silenceAddress && len(addrs) > 0 {
		if err := e.pauseSiblings(ctx, tx, c, ch, addrs, now, res); err != nil {
			return err
		}
		if d := destination(c); ch.addr == "" && !slices.Contains(addrs, d) {
			// a chat's texts go to the chat, not to the lead's address
			if err := e.silenceTo(ctx, tx, c.TenantID, d, now, res); err != nil {
				return err
			}
		}
		for _, a := range addrs {
			if err := e.silenceTo(ctx, tx, c.TenantID, a, now, res); err != nil {
				return err
			}
		}
		return nil
	}
	sending, err := tx.OutboxList(ctx, list)
	if err != nil {
		return err
	}
	for _, it := range sending {
		if ch.silence.stops(it.Kind) {
			res.inFlight = append(res.inFlight, it)
		}
	}
	return nil
}

// cancelRepTexts cancels the rep's texts of c that are queued and not
// yet being sent, as a possible opt-out goes to review: the rep wrote them
// before the lead's message, which may revoke consent, and a person must
// decide before anyone writes to the lead. They are cancelled, not held
// until the decision: a release puts the thread back where the review
// found it, and a text the rep wrote before the lead's message is the
// rep's to send again, if it still applies. Each gets its own outbox_cancelled event
// (reason review) naming it, so the rep can tell which did not go. A rep's
// text already being sent is in flight: the review waits for it, as for
// the AI's (see silenceIn).
func cancelRepTexts(ctx context.Context, tx store.Tx, c store.Conversation, now time.Time, res *committed) error {
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
	if err != nil {
		return err
	}
	var ids []string
	for _, it := range open {
		if it.Kind == store.OutboxRepSMS && it.Status != store.OutboxSending {
			ids = append(ids, it.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if _, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID,
		Kinds: []store.OutboxKind{store.OutboxRepSMS}, IDs: ids, Now: now}); err != nil {
		return err
	}
	for _, id := range ids {
		// One a dispatcher marked sending meanwhile was not cancelled: it
		// is in flight, and silenceIn lists it.
		it, err := tx.OutboxGet(ctx, c.TenantID, id)
		if err != nil {
			return err
		}
		if it.Status == store.OutboxCancelled {
			res.repCancelled = append(res.repCancelled, it)
		}
	}
	return nil
}

// silenceTo cancels what an opt-out stops among the texts queued to addr,
// in every conversation, and lists those of them in flight, which the
// opt-out waits for. An opt-out confirmation already queued to addr stays:
// a second opt-out of the address queues none, so cancelling the first
// would leave the lead with no confirmation at all.
func (e *Engine) silenceTo(ctx context.Context, tx store.Tx, tenantID, addr string, now time.Time, res *committed) error {
	return e.silenceWhere(ctx, tx, store.OutboxCancelParams{TenantID: tenantID, To: addr, Now: now}, res)
}

// silenceWhere is silenceTo for the items p selects (To, or
// ConversationID); p.Kinds is set here.
func (e *Engine) silenceWhere(ctx context.Context, tx store.Tx, p store.OutboxCancelParams, res *committed) error {
	p.Kinds = silenceAddress.kinds()
	n, err := tx.OutboxCancel(ctx, p)
	if err != nil {
		return err
	}
	res.cancelled += n
	sending, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: p.TenantID, ConversationID: p.ConversationID, To: p.To, Status: store.OutboxSending})
	if err != nil {
		return err
	}
	for _, it := range sending {
		if silenceAddress.stops(it.Kind) && !slices.ContainsFunc(res.inFlight, func(x store.OutboxItem) bool { return x.ID == it.ID }) {
			res.inFlight = append(res.inFlight, it)
		}
	}
	return nil
}

// pauseSiblings applies the opt-out ch of c to every other conversation
// of the tenant that shares one of addrs, the addresses it suppresses
// (the lead's phone or email and those linked to them, see siblings and
// suppressLinked), each by its own compare-and-swap, which
// cancels what the opt-out stops queued in it (silenceOptedOut: a rep's
// text too, and a chat's texts, which go to the chat and not to an
// address the opt-out names) and audits that in the sibling's own trail;
// the rep of one past its handoff (or the team it waits on) is told,
// however the opt-out came.
func (e *Engine) pauseSiblings(ctx context.Context, tx store.Tx, c store.Conversation, ch *change, addrs []string, now time.Time, res *committed) error {
	others, err := siblings(ctx, tx, c, addrs)
	if err != nil {
		return err
	}
	for _, o := range others {
		if o.State == store.StatePaused && o.Status == store.StatusOptedOut {
			continue
		}
		sib := &change{action: ActionOptOut, actor: ch.actor, reason: ch.reason, detail: optOutDetail(o, ch.source), touch: true, edit: optedOut,
			silence: silenceOptedOut}
		r, err := e.commit(ctx, tx, o, sib)
		if err != nil {
			return err
		}
		res.elsewhere += r.cancelled
		res.inFlight = append(res.inFlight, r.inFlight...)
		if src := ch.updateSource(); src != "" && repHolds(o) {
			// the rep who had it, or waited to, is told (keyed by the
			// opt-out's source: the sibling has none of its own)
			if err := e.queueRepUpdate(ctx, tx, r.conv, src+":"+o.ID, res); err != nil {
				return err
			}
		}
	}
	return nil
}

// siblings lists the other conversations of c's tenant whose lead has one
// of addrs: by phone for a phone number, by email for an email (the store
// matches emails by [store.EmailKey], so "Dana@Example.com" stored in one
// conversation is the "dana@example.com" of another). A chat address
// names one conversation and has none. Each is listed once.
func siblings(ctx context.Context, tx store.Tx, c store.Conversation, addrs []string) ([]store.Conversation, error) {
	var params []store.ConversationListParams
	for _, a := range addrs {
		if p, ok := listParams(c.TenantID, a); ok {
			params = append(params, p)
		}
	}
	seen := map[string]bool{c.ID: true}
	var out []store.Conversation
	for _, p := range params {
		list, err := conversationsWith(ctx, tx, p)
		if err != nil {
			return nil, err
		}
		for _, o := range list {
			if !seen[o.ID] {
				seen[o.ID] = true
				out = append(out, o)
			}
		}
	}
	return out, nil
}

// conversationsWith lists every conversation p selects, page by page.
func conversationsWith(ctx context.Context, tx store.Tx, p store.ConversationListParams) ([]store.Conversation, error) {
	var all []store.Conversation
	p.Limit = 100
	for {
		page, err := tx.ConversationList(ctx, p)
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if len(page) < p.Limit {
			return all, nil
		}
		last := page[len(page)-1]
		p.After = &store.ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
}

// waitSettled waits until none of items is sending any more (or its lease,
// which bounds the Sender call, has run out), polling the store, and
// returns those still in flight when ctx ends first.
func (e *Engine) waitSettled(ctx context.Context, items []store.OutboxItem) []store.OutboxItem {
	pending := slices.Clone(items)
	delay := time.Millisecond
	for {
		var left []store.OutboxItem
		err := e.st.View(context.WithoutCancel(ctx), func(ctx context.Context, tx store.Tx) error {
			for _, it := range pending {
				cur, err := tx.OutboxGet(ctx, it.TenantID, it.ID)
				if err != nil {
					return err
				}
				if cur.Status == store.OutboxSending && cur.LeaseUntil.After(e.now()) {
					left = append(left, cur)
				}
			}
			return nil
		})
		if err != nil {
			left = pending // cannot tell: keep waiting
		}
		if len(left) == 0 {
			return nil
		}
		pending = left
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return pending
		case <-t.C:
		}
		delay = min(2*delay, 20*time.Millisecond)
	}
}
