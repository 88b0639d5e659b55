package handoff

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// EchoWindow is how long after a text of ours was written the provider's
// report of an outbound message with the same body counts as our echo even
// under another provider message ID (a provider that re-sends or splits a
// message reports new IDs), rather than as a rep typing from a phone.
const EchoWindow = 10 * time.Minute

// ObservedOutbound is an outbound message on a lead's thread as reported by
// the SMS provider (a status or "message sent" webhook): either our own
// message echoed back, or one a rep typed from a phone or another tool.
type ObservedOutbound struct {
	TenantID string // required
	// ConversationID names the conversation; "" finds it from the provider
	// ID when the message is ours, else from Line and To as
	// [Engine.ReceiveAddressed] does (the newest SMS conversation of the
	// line and the lead's number, else of the number without a line).
	ConversationID string
	ProviderID     string // required: the provider's message ID
	Body           string // the text, used to recognise our own messages whose ID is not yet known; required for one we did not send
	To             string // the lead's address (E.164 for SMS)
	Line           string // our number the message was sent from: a phone number or a short code, as [StartParams.Line]
	// ReceiptOnly marks a delivery receipt (a status callback for a message
	// sent through our own Sender): it confirms an echo but is never taken
	// for a person writing, since a receipt carries no text to tell by. A
	// receipt for a provider ID we do not know is [ErrNotFound].
	ReceiptOnly bool
}

// ObservedKind says what [Engine.OutboundObserved] concluded.
type ObservedKind string

// Observed kinds.
const (
	// ObservedEcho: the message is one we sent; its delivery was recorded.
	ObservedEcho ObservedKind = "echo"
	// ObservedTakeover: we did not send it, so a person is writing on the
	// thread: it was recorded as a rep message, the conversation moved to
	// human (or stayed paused) and queued AI messages were cancelled.
	ObservedTakeover ObservedKind = "takeover"
)

// ObservedResult reports what [Engine.OutboundObserved] did. A provider
// retry of a report already processed is [Result.Duplicate].
type ObservedResult struct {
	Result
	Kind         ObservedKind
	OutboxItemID string // for echoes: the item that sent it, when known
}

// OutboundObserved processes the provider's report of an outbound message
// on the thread. If its ProviderID is one the [Dispatcher] delivered (an
// indexed lookup), or a message recorded with that ID, it is our echo: a
// delivered event with reason "confirmed" is recorded once, and nothing
// else changes. A message whose ID we do not know but whose body equals a
// text we are sending, or wrote within [EchoWindow], is also our echo (the
// provider's webhook can overtake the Sender's reply).
//
// Anything else was written by a person outside handoffkit: it is recorded
// as a rep message (author: the assigned rep, if any) and, in the same
// transaction, the conversation moves to human and the queued texts of the
// AI's side are cancelled, with the promise of [Engine.RepMessage].
// Such a message with an empty Body is an [*InputError], like an empty
// [RepMessageParams.Body], and nothing is written: a media-only message
// should name its media, as provider/twilio's inbound handler does
// ("[media: image/jpeg]").
func (e *Engine) OutboundObserved(ctx context.Context, o ObservedOutbound) (ObservedResult, error) {
	if err := checkIDs("TenantID", o.TenantID, "ProviderID", o.ProviderID); err != nil {
		return ObservedResult{}, err
	}
	if err := checkOptionalID("ConversationID", o.ConversationID); err != nil {
		return ObservedResult{}, err
	}
	if err := checkText("Body", o.Body, e.cfg.MaxBodyBytes, true); err != nil {
		return ObservedResult{}, err
	}
	convID, err := e.locate(ctx, o)
	if err != nil {
		return ObservedResult{}, fmt.Errorf("handoff: outbound observed: %w", err)
	}
	var out ObservedResult
	ch, res, err := e.applyTx(ctx, o.TenantID, convID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		out = ObservedResult{}
		return e.observe(ctx, tx, c, o, &out)
	})
	if isDuplicate(err) {
		return ObservedResult{Result: Result{Duplicate: true}, OutboxItemID: out.OutboxItemID}, nil
	}
	if err != nil {
		return ObservedResult{}, fmt.Errorf("handoff: outbound observed on conversation %s: %w", convID, err)
	}
	out.Result, err = e.result(ctx, ch, res)
	if out.Kind == ObservedTakeover {
		e.cfg.Logger.InfoContext(ctx, "handoff: outbound message not sent by us: takeover", "tenant", o.TenantID,
			"conversation", convID, "cancelled", out.Cancelled)
	}
	return out, err
}

// locate finds the conversation a provider report is about.
func (e *Engine) locate(ctx context.Context, o ObservedOutbound) (string, error) {
	if o.ConversationID != "" {
		return o.ConversationID, nil
	}
	var convID string
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		if m, err := tx.MessageGetByProviderID(ctx, o.TenantID, o.ProviderID); err == nil {
			convID = m.ConversationID
			return nil
		}
		if it, err := store.GetOutboxByProviderID(ctx, tx, o.TenantID, "", o.ProviderID); err == nil {
			convID = it.ConversationID
			return nil
		}
		to, _, err := e.lookupPhone("To", o.To) // a legacy key finds what is stored under it
		if err != nil || to == "" {
			return fmt.Errorf("provider message %s of an unknown conversation and no lead address: %w", o.ProviderID, store.ErrNotFound)
		}
		line, err := e.optionalLine("Line", o.Line)
		if err != nil {
			return err
		}
		c, err := findAddressed(ctx, tx, o.TenantID, line, to) // as ReceiveAddressed finds it
		convID = c.ID
		return err
	})
	return convID, err
}

// observe decides, inside the transaction, whether o is our echo or a
// person writing.
func (e *Engine) observe(ctx context.Context, tx store.Tx, c store.Conversation, o ObservedOutbound, out *ObservedResult) (*change, error) {
	if m, err := tx.MessageGetByProviderID(ctx, o.TenantID, o.ProviderID); err == nil {
		if m.Origin != store.OriginAI && m.Origin != store.OriginSystem {
			return nil, fmt.Errorf("provider message %s: %w", o.ProviderID, store.ErrDuplicate)
		}
		return e.echo(out, "", "", o.ProviderID), nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	if it, err := store.GetOutboxByProviderID(ctx, tx, c.TenantID, c.ID, o.ProviderID); err == nil {
		return e.echo(out, it.Kind, it.ID, o.ProviderID), nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	if id, kind, ok, err := e.ourText(ctx, tx, c, strings.TrimSpace(o.Body)); err != nil {
		return nil, err
	} else if ok {
		return e.echo(out, kind, id, o.ProviderID), nil
	}
	if o.ReceiptOnly {
		return nil, fmt.Errorf("receipt for provider message %s: %w", o.ProviderID, store.ErrNotFound)
	}
	if err := checkBody("Body", o.Body, e.cfg.MaxBodyBytes); err != nil {
		return nil, err // a rep message we did not send, but without its text
	}
	out.Kind = ObservedTakeover
	m := &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
		Origin: store.OriginRep, Author: c.AssignedTo, Body: o.Body, ProviderID: o.ProviderID}
	ch := e.takeOverChange(ActionRepMessage, c.AssignedTo, "outbound message not sent by handoffkit")
	ch.messages = []*store.Message{m}
	return ch, nil
}

// echo is the change recording the provider's confirmation of our text;
// its key makes a webhook retry a duplicate.
func (e *Engine) echo(out *ObservedResult, kind store.OutboxKind, itemID, providerID string) *change {
	out.Kind, out.OutboxItemID = ObservedEcho, itemID
	return &change{action: ActionDelivery, actor: store.ActorSystem, reason: "confirmed",
		detail: formatDetail(kind, itemID, providerID), eventKey: "confirmed:" + providerID}
}

// ourText finds a text of ours with this body: one being sent now, or an
// AI or system message written within EchoWindow. Both lookups are bounded
// (open items, the last messages), whatever the history.
func (e *Engine) ourText(ctx context.Context, tx store.Tx, c store.Conversation, body string) (string, store.OutboxKind, bool, error) {
	if body == "" {
		return "", "", false, nil
	}
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: c.TenantID, ConversationID: c.ID, ToLead: true})
	if err != nil {
		return "", "", false, err
	}
	for _, it := range open {
		if it.Status != store.OutboxPending && payloadBody(it.Payload) == body {
			return it.ID, it.Kind, true, nil
		}
	}
	recent, err := tx.MessageList(ctx, store.MessageListParams{TenantID: c.TenantID, ConversationID: c.ID, Last: 10})
	if err != nil {
		return "", "", false, err
	}
	for _, m := range recent {
		if (m.Origin == store.OriginAI || m.Origin == store.OriginSystem) && strings.TrimSpace(m.Body) == body &&
			e.now().Sub(m.CreatedAt) <= EchoWindow {
			return "", "", true, nil
		}
	}
	return "", "", false, nil
}

// DeliveryFailure is a failed delivery reported by the SMS provider after
// the [Sender] returned (a status webhook: undelivered, failed).
type DeliveryFailure struct {
	TenantID string // required
	// OutboxItemID identifies the item; or give ProviderID (the ID the
	// Sender returned), with ConversationID when known.
	OutboxItemID   string
	ConversationID string
	ProviderID     string
	// Reason is the provider's error, e.g. "30007 carrier violation".
	Reason string
	// OptedOut reports a carrier "recipient opted out" failure (e.g.
	// Twilio 21610): the address is suppressed for the tenant as if the
	// lead had texted STOP.
	OptedOut bool
	// To is the recipient's address. With OptedOut, an unknown item or
	// provider ID still suppresses To (a text sent outside handoffkit, or
	// a report that overtook the Sender's reply), through [Engine.OptOutAddress].
	To string
}

// DeliveryFailed records a provider-reported delivery failure as a
// delivery_failed audit event (once per item and reason: a webhook retry
// is [Result.Duplicate]). The text is then one that will never reach the
// lead: [Engine.Undelivered] lists it with the provider's reason, so a
// page showing the thread (the inbox) marks it not sent. When it was the
// bridge, a notice or a booking offer of a handoff still waiting for a
// rep, the lead was never told a person will follow up: the rep the
// handoff waits on (or the team) is told by a rep update in the same
// commit, whose [Notification.Undelivered] lists it, so that the handoff
// never breaks in silence. When f.OptedOut is set, it also suppresses the
// lead's address for the tenant, pauses every conversation with that
// number (status opted_out), cancels everything still queued to it and
// tells the rep holding each conversation it pauses past its handoff (or
// the team or rep its handoff waits on) by a rep update, all in the same
// transaction, with the promise of [Engine.RepMessage]; no confirmation
// is queued, since the carrier refuses texts to the number.
// The item itself is not retried: it was accepted once, and resending
// could duplicate it. An unknown item or provider ID is [ErrNotFound].
//
// A carrier opt-out reported with a ProviderID is applied once per
// provider ID and reason, whichever way the report finds the lead: by the
// item the Sender delivered under that ID, or, when it overtook the
// Sender's reply, by To (one opt_out and one delivery_failed event naming
// the provider ID). Its retries, before or after the Sender returned the
// ID, are [Result.Duplicate].
func (e *Engine) DeliveryFailed(ctx context.Context, f DeliveryFailure) (Result, error) {
	if err := checkID("TenantID", f.TenantID); err != nil {
		return Result{}, err
	}
	if f.OutboxItemID == "" && f.ProviderID == "" {
		return Result{}, &InputError{Field: "OutboxItemID", Problem: "is empty and so is ProviderID"}
	}
	for _, v := range [][2]string{{"OutboxItemID", f.OutboxItemID}, {"ConversationID", f.ConversationID}, {"ProviderID", f.ProviderID}} {
		if err := checkOptionalID(v[0], v[1]); err != nil {
			return Result{}, err
		}
	}
	if err := checkText("Reason", f.Reason, 1024, true); err != nil {
		return Result{}, err
	}
	var it store.OutboxItem
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		if f.OutboxItemID != "" {
			it, err = tx.OutboxGet(ctx, f.TenantID, f.OutboxItemID)
		} else {
			it, err = store.GetOutboxByProviderID(ctx, tx, f.TenantID, f.ConversationID, f.ProviderID)
		}
		return err
	})
	if err == nil && f.ConversationID != "" && it.ConversationID != f.ConversationID {
		err = store.ErrNotFound
	}
	if errors.Is(err, store.ErrNotFound) && f.OptedOut && f.To != "" {
		return e.optOutAddress(ctx, AddressOptOut{TenantID: f.TenantID, Address: f.To, Rule: "carrier:opted_out", Carrier: true}, carrierOptOut(f), store.ActorSystem)
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: delivery failed: outbox item %s%s: %w", f.OutboxItemID, f.ProviderID, err)
	}
	ch, res, err := e.applyTx(ctx, f.TenantID, it.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		return e.failedChange(c, it, f), nil
	})
	if isDuplicate(err) {
		return Result{Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: delivery failed on conversation %s: %w", it.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// failedChange records the failure f reports of item it; a carrier
// opt-out applies the opt-out to the address the item went to, without a
// confirmation, keyed by the report's provider ID (see carrierOptOut).
func (e *Engine) failedChange(c store.Conversation, it store.OutboxItem, f DeliveryFailure) *change {
	providerID := f.ProviderID
	if providerID == "" {
		providerID = it.ProviderID
	}
	detail := formatDetail(it.Kind, it.ID, f.ProviderID)
	if f.OptedOut {
		detail += " opted_out=true"
	}
	ev := store.Event{Kind: store.EventDeliveryFailed, Reason: f.Reason, Detail: detail, Key: "failed:" + it.ID + ":" + f.Reason}
	if !f.OptedOut || !it.Kind.ToLead() || it.To == "" {
		ch := &change{action: ActionDelivery, actor: store.ActorSystem, noEvent: true, events: []store.Event{ev}}
		if breaksWaitingHandoff(c, it) {
			ch.repUpdate, ch.updateKey = true, e.newID()
		}
		return ch
	}
	ch := e.optOutChange(snapshot{conv: c}, nil, "carrier:opted_out", "", false)
	ch.actor, ch.events = store.ActorSystem, []store.Event{ev}
	if providerID != "" {
		ch.eventKey = carrierOptOutKey(providerID, f.Reason)
	}
	if it.To == c.Lead.Phone {
		// the carrier refused the number: the lead's email is linked to it
		ch.reported = it.To
	}
	if it.To != address(c) && it.To != destination(c) {
		// The item went to an address the conversation no longer has:
		// suppress that address alone and leave the conversation and its
		// rep be (the conversations that have the address are paused, and
		// their reps told).
		ch.action, ch.touch, ch.edit, ch.noEvent, ch.addr, ch.repUpdate = ActionDelivery, false, nil, true, it.To, false
	}
	return ch
}

// breaksWaitingHandoff reports whether it, a text that will not reach the
// lead (the carrier reported it undelivered, or it was dead-lettered), is
// what told the lead of c's handoff, which still waits for a rep: its
// bridge, a transparent notice or a notice's update, or a booking offer,
// queued with the handoff or after it. The lead was never told a person
// will follow up and waits in silence, so the rep the handoff waits on
// (or the team) is told by a rep update, whose [Notification] lists the
// text in Undelivered.
func breaksWaitingHandoff(c store.Conversation, it store.OutboxItem) bool {
	return c.State == store.StateHandoff && (it.Kind == store.OutboxBridgeSMS || it.Kind == store.OutboxBookingOffer) &&
		!it.CreatedAt.Before(c.HandoffAt)
}

// carrierOptOutKey is the key of the opt_out event a carrier's opt-out
// report for the provider message providerID records, whichever way the
// report found the conversation: by its item (failedChange), or by the
// address when it overtook the Sender's reply and the ID was not known
// yet (carrierOptOut). A retry of the report, before or after the Sender
// returned the ID, collides with it and is a duplicate, so one report is
// one opt-out.
func carrierOptOutKey(providerID, reason string) string {
	return "carrier_opt_out:" + url.QueryEscape(providerID) + ":" + reason
}

// carrierOptOut is what a carrier's opt-out report f for a provider ID
// not yet known records with the opt-out of its address: the key of its
// opt_out event and a delivery_failed event naming the provider ID and
// the carrier's reason (the item it failed is not known). Without a
// provider ID (a report by OutboxItemID only), it records the opt-out
// alone.
func carrierOptOut(f DeliveryFailure) *carrierReport {
	if f.ProviderID == "" {
		return nil
	}
	return &carrierReport{key: carrierOptOutKey(f.ProviderID, f.Reason), event: store.Event{Kind: store.EventDeliveryFailed,
		Reason: f.Reason, Detail: formatDetail("", "", f.ProviderID) + " opted_out=true"}}
}

// carrierReport is a carrier's report an address opt-out applies: its
// opt_out event's key and a further event to record with it.
type carrierReport struct {
	key   string
	event store.Event
}

// formatDetail renders the machine-readable part of delivery audit events:
// "kind=ai_reply outbox=ID provider_id=SM123". Values are query-escaped.
func formatDetail(kind store.OutboxKind, outboxID, providerID string) string {
	var parts []string
	if kind != "" {
		parts = append(parts, "kind="+url.QueryEscape(string(kind)))
	}
	if outboxID != "" {
		parts = append(parts, "outbox="+url.QueryEscape(outboxID))
	}
	if providerID != "" {
		parts = append(parts, "provider_id="+url.QueryEscape(providerID))
	}
	return strings.Join(parts, " ")
}

// AddressOptOut is an opt-out known only by the lead's address: a carrier's
// report, a do-not-contact list, a request made by phone.
type AddressOptOut struct {
	TenantID string // required
	// Address is required: the phone number (any format the engine
	// parses). A local number without its area code ("551-2345") is an
	// [*InputError], unless conversations are stored under it from
	// before dnc.NormalizePhone refused such numbers
	// (dnc.PhoneError.LegacyKey): those are opted out.
	Address string
	Rule    string // the audit rule, an identifier, e.g. "carrier:opted_out"; "" means "host"
	// Carrier says the carrier or SMS provider reported the opt-out (a
	// "recipient opted out" status, such as Twilio's 21610): the opt_out
	// events are recorded with actor [store.ActorSystem], as
	// [Engine.DeliveryFailed]'s and the Dispatcher's carrier reports are.
	// False (the default) is the host's own opt-out, a do-not-contact
	// list or a request taken by phone: actor [store.ActorHost].
	Carrier bool
}

// OptOutAddress suppresses an address for the tenant and applies the
// opt-out to every conversation with it (paused, status opted_out,
// everything queued to it cancelled, texts in flight waited for), with the
// promise of [Engine.RepMessage]; no confirmation is sent. The rep holding
// a conversation it pauses past its handoff, or the team or rep the
// handoff waits on, is told by a rep update in the same commit, as of the
// lead's own STOP. It is recorded as the opt-out of the newest
// conversation with the address (the one started last, on any line,
// whether or not an older one was handed off). Every email the lead gave
// with the number, in any conversation of the tenant, is suppressed too,
// linked to it (see the package doc, "Linked addresses"), so the lead's
// email-only chats are paused as well, and the lead's START from the
// number lifts them with it. An address with no conversation is
// suppressed all the same, so a conversation started later begins paused.
// The opt_out events name o.Rule and the actor: [store.ActorHost], or
// [store.ActorSystem] for a carrier's report (o.Carrier).
func (e *Engine) OptOutAddress(ctx context.Context, o AddressOptOut) (Result, error) {
	actor := store.ActorHost
	if o.Carrier {
		actor = store.ActorSystem
	}
	return e.optOutAddress(ctx, o, nil, actor)
}

// optOutAddress is [Engine.OptOutAddress] applying a carrier's report,
// when r is not nil: the opt_out event carries r's key and r's event is
// recorded with it, and a report already applied (the key taken) is
// [Result.Duplicate] with nothing written. actor is the opt_out events'
// actor: the lead's own STOP that reached no conversation
// (optOutUnreceived) is the lead's.
func (e *Engine) optOutAddress(ctx context.Context, o AddressOptOut, r *carrierReport, actor store.Actor) (Result, error) {
	if err := checkID("TenantID", o.TenantID); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("Rule", o.Rule); err != nil {
		return Result{}, err
	}
	if strings.Contains(o.Rule, linkedKey) {
		return Result{}, &InputError{Field: "Rule", Problem: "holds " + strings.TrimSpace(linkedKey) + ", which marks a linked suppression"}
	}
	if o.Rule == "" {
		o.Rule = "host"
	}
	addr, legacy, err := e.lookupPhone("Address", o.Address)
	if err != nil || addr == "" {
		return Result{}, &InputError{Field: "Address", Problem: "is not a phone number"}
	}
	var convID string
	err = e.retry(func(int) error {
		convID = ""
		err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			convID, err = newestWithPhone(ctx, tx, o.TenantID, addr)
			return err
		})
		if err != nil || convID != "" {
			return err
		}
		if legacy {
			// a local number without its area code: what is stored
			// under its legacy key is opted out, nothing new suppressed
			return noAreaCode("Address")
		}
		return e.suppressOnly(ctx, o.TenantID, addr, o.Rule)
	})
	if ie := (*InputError)(nil); errors.As(err, &ie) {
		return Result{}, ie
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: opt out an address: %w", err)
	}
	if convID == "" {
		return Result{}, nil
	}
	ch, res, err := e.applyTx(ctx, o.TenantID, convID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		ch := e.optOutChange(snapshot{conv: c}, nil, o.Rule, "", false)
		ch.actor, ch.reported = actor, addr
		if r != nil {
			ch.eventKey, ch.events = r.key, []store.Event{r.event}
		}
		return ch, nil
	})
	if r != nil && isDuplicate(err) {
		return Result{Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: opt out an address: %w", err)
	}
	return e.result(ctx, ch, res)
}

// newestWithPhone is the ID of the tenant's newest conversation (by
// CreatedAt, then ID, as [store.FindConversation] picks one) whose lead
// has the phone number, on any line; "" when none has: the conversation
// whose trail records the opt-out. Not the first of
// [store.Tx.ConversationList], whose order is the Hot inbox's (latest
// handoff first). The emails the lead gave with the number are linked to
// it whichever conversation records it (see suppressLinked). Every
// conversation with the number is read, as the opt-out's own commit reads
// them all.
func newestWithPhone(ctx context.Context, tx store.Tx, tenantID, phone string) (string, error) {
	list, err := conversationsWith(ctx, tx, store.ConversationListParams{TenantID: tenantID, Phone: phone})
	if err != nil {
		return "", err
	}
	var best *store.Conversation
	for i := range list {
		c := &list[i]
		if best == nil || c.CreatedAt.After(best.CreatedAt) || c.CreatedAt.Equal(best.CreatedAt) && c.ID > best.ID {
			best = c
		}
	}
	if best == nil {
		return "", nil
	}
	return best.ID, nil
}

// suppressOnly suppresses an address no conversation has yet, under the
// address lock, and cancels anything queued to it. A conversation started
// since the caller looked (in any process: Start takes the same lock) is
// ErrConflict, so the caller opts that conversation out instead.
func (e *Engine) suppressOnly(ctx context.Context, tenantID, addr, rule string) error {
	return e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := store.LockAddress(ctx, tx, tenantID, addr); err != nil {
			return err
		}
		list, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: tenantID, Phone: addr, Limit: 1})
		if err != nil {
			return err
		}
		if len(list) > 0 {
			return fmt.Errorf("handoff: a conversation with the address started meanwhile: %w", store.ErrConflict)
		}
		if sup, err := suppressed(ctx, tx, tenantID, addr); err != nil || sup {
			return err
		}
		now := e.now()
		if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: tenantID, Address: addr, Channel: store.ChannelSMS, Reason: rule, CreatedAt: now}); err != nil {
			return err
		}
		_, err = tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: tenantID, To: addr, Now: now})
		return err
	})
}
