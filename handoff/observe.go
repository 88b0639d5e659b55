package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// ObservedOutbound is an outbound message on a lead's thread as reported by
// the SMS provider (a status or "message sent" webhook): either our own
// message echoed back, or one a rep typed from a phone or another tool.
type ObservedOutbound struct {
	TenantID       string // required
	ConversationID string // required
	ProviderID     string // required: the provider's message ID
	Body           string // the text, used to recognise our own messages whose ID is not yet known
	To             string // the lead's address, informational
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
	// ObservedDuplicate: this provider ID was already processed; nothing
	// was written.
	ObservedDuplicate ObservedKind = "duplicate"
)

// ObservedResult reports what [Engine.OutboundObserved] did.
type ObservedResult struct {
	Kind         ObservedKind
	OutboxItemID string             // for echoes: the item that sent it, when known
	MessageID    string             // for takeovers: the recorded rep message
	Cancelled    int                // for takeovers: queued AI messages cancelled
	Conversation store.Conversation // afterwards
}

// OutboundObserved processes the provider's report of an outbound message
// on the thread. If its ProviderID is one the [Dispatcher] delivered (or a
// message recorded with that ID), it is our echo: a delivered event with
// reason "confirmed" is recorded once, and nothing else changes. A message
// whose ID we do not know but whose body equals a text we are sending or
// sent without a provider ID is also our echo (the provider's webhook can
// overtake the Sender's reply).
//
// Anything else was written by a person outside handoffkit: it is recorded
// as a rep message (author: the assigned rep, if any) and, in the same
// transaction, the conversation moves to human and every queued AI reply
// and bridge text is cancelled, exactly like [Engine.RepMessage]. Webhook
// retries with the same ProviderID are reported as [ObservedDuplicate].
func (e *Engine) OutboundObserved(ctx context.Context, o ObservedOutbound) (ObservedResult, error) {
	for _, f := range [][2]string{{"TenantID", o.TenantID}, {"ConversationID", o.ConversationID}, {"ProviderID", o.ProviderID}} {
		if err := checkID(f[0], f[1]); err != nil {
			return ObservedResult{}, err
		}
	}
	if err := checkText("Body", o.Body, e.cfg.MaxBodyBytes, true); err != nil {
		return ObservedResult{}, err
	}
	unlock := lockThread(o.TenantID, o.ConversationID)
	defer unlock()
	var res ObservedResult
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		res = ObservedResult{}
		err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return e.observe(ctx, tx, o, &res)
		})
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if errors.Is(err, store.ErrDuplicate) {
			return ObservedResult{Kind: ObservedDuplicate, Conversation: res.Conversation}, nil
		}
		if err != nil {
			return ObservedResult{}, fmt.Errorf("handoff: outbound observed on conversation %s: %w", o.ConversationID, err)
		}
		if res.Kind == ObservedTakeover {
			e.cfg.Logger.InfoContext(ctx, "handoff: outbound message not sent by us: takeover", "tenant", o.TenantID,
				"conversation", o.ConversationID, "cancelled", res.Cancelled)
		}
		return res, nil
	}
	return ObservedResult{}, fmt.Errorf("handoff: outbound observed on conversation %s: %w", o.ConversationID, ErrBusy)
}

func (e *Engine) observe(ctx context.Context, tx store.Tx, o ObservedOutbound, res *ObservedResult) error {
	now := e.now()
	c, err := tx.ConversationGet(ctx, o.TenantID, o.ConversationID)
	if err != nil {
		return err
	}
	res.Conversation = c
	// A message recorded with this provider ID: a rep or AI message the
	// host sent itself, or an earlier report of this one.
	if m, err := tx.MessageGetByProviderID(ctx, o.TenantID, o.ProviderID); err == nil {
		res.Kind = ObservedDuplicate
		if m.Origin == store.OriginAI || m.Origin == store.OriginSystem {
			res.Kind = ObservedEcho
		}
		return nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	events, err := tx.EventList(ctx, o.TenantID, o.ConversationID)
	if err != nil {
		return err
	}
	// Delivered by the dispatcher with this provider ID.
	sentIDs := map[string]string{} // outbox ID -> provider ID recorded at send time
	var echo *store.Event
	for i := range events {
		ev := &events[i]
		if ev.Kind != store.EventDelivered {
			continue
		}
		pid := detailValue(ev.Detail, "provider_id")
		if ev.Reason == "confirmed" && pid == o.ProviderID {
			res.Kind, res.OutboxItemID = ObservedDuplicate, detailValue(ev.Detail, "outbox")
			return nil
		}
		if ev.Reason != "confirmed" {
			sentIDs[detailValue(ev.Detail, "outbox")] = pid
		}
		if pid == o.ProviderID && echo == nil {
			echo = ev
		}
	}
	if echo != nil {
		return e.confirmEcho(ctx, tx, c, store.OutboxKind(detailValue(echo.Detail, "kind")), detailValue(echo.Detail, "outbox"), o.ProviderID, now, res)
	}
	// Our text whose provider ID is not recorded (yet): in flight in
	// another process, or sent by a Sender that reports no IDs.
	if body := strings.TrimSpace(o.Body); body != "" {
		items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: o.TenantID, ConversationID: o.ConversationID})
		if err != nil {
			return err
		}
		for i := len(items) - 1; i >= 0; i-- {
			it := items[i]
			if !it.Kind.ToLead() || (it.Status != store.OutboxLeased && it.Status != store.OutboxDone) {
				continue
			}
			if pid, ok := sentIDs[it.ID]; ok && pid != "" {
				continue // delivered as another provider message
			}
			if it.Status == store.OutboxDone && now.Sub(it.UpdatedAt) > 24*time.Hour {
				continue
			}
			var p smsPayload
			if json.Unmarshal(it.Payload, &p) == nil && strings.TrimSpace(p.Body) == body {
				return e.confirmEcho(ctx, tx, c, it.Kind, it.ID, o.ProviderID, now, res)
			}
		}
	}

	// A person wrote it: takeover.
	m := store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
		Origin: store.OriginRep, Author: c.AssignedTo, Body: o.Body, ProviderID: o.ProviderID, CreatedAt: now}
	if err := tx.MessageAppend(ctx, &m); err != nil {
		return err
	}
	n, err := e.takeOver(ctx, tx, &c, ActionRepMessage, store.EventRepMessage, c.AssignedTo, "outbound message not sent by handoffkit", now)
	if err != nil {
		return err
	}
	if err := tx.ConversationUpdate(ctx, &c); err != nil {
		return err
	}
	res.Kind, res.MessageID, res.Cancelled, res.Conversation = ObservedTakeover, m.ID, n, c
	return nil
}

func (e *Engine) confirmEcho(ctx context.Context, tx store.Tx, c store.Conversation, kind store.OutboxKind, outboxID, providerID string, now time.Time, res *ObservedResult) error {
	res.Kind, res.OutboxItemID = ObservedEcho, outboxID
	return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: store.EventDelivered, From: c.State, To: c.State, Reason: "confirmed",
		Detail: formatDetail(kind, outboxID, providerID), Actor: "system", CreatedAt: now})
}

// DeliveryFailure is a failed delivery reported by the SMS provider after
// the [Sender] returned (a status webhook: undelivered, failed).
type DeliveryFailure struct {
	TenantID string // required
	// OutboxItemID identifies the item; or give ConversationID and
	// ProviderID (the ID the Sender returned).
	OutboxItemID   string
	ConversationID string
	ProviderID     string
	// Reason is the provider's error, e.g. "30007 carrier violation".
	Reason string
	// OptedOut reports a carrier "recipient opted out" failure (e.g.
	// Twilio 21610): the address is suppressed for the tenant as if the
	// lead had texted STOP.
	OptedOut bool
}

// DeliveryFailed records a provider-reported delivery failure as a
// delivery_failed audit event (once per item and reason; webhook retries
// write nothing). When f.OptedOut is set, it also suppresses the lead's
// address for the tenant, pauses every conversation with that number
// (status opted_out) and cancels everything still queued to it, all in the
// same transaction; no confirmation is queued, since the carrier refuses
// texts to the number. The item itself is not retried: it was accepted
// once, and resending could duplicate it. An unknown item or provider ID
// is [ErrNotFound].
func (e *Engine) DeliveryFailed(ctx context.Context, f DeliveryFailure) error {
	if err := checkID("TenantID", f.TenantID); err != nil {
		return err
	}
	if f.OutboxItemID == "" && (f.ConversationID == "" || f.ProviderID == "") {
		return &InputError{Field: "OutboxItemID", Problem: "is empty and ConversationID and ProviderID are not both set"}
	}
	for _, v := range [][2]string{{"OutboxItemID", f.OutboxItemID}, {"ConversationID", f.ConversationID}, {"ProviderID", f.ProviderID}} {
		if v[1] != "" {
			if err := checkID(v[0], v[1]); err != nil {
				return err
			}
		}
	}
	if err := checkText("Reason", f.Reason, 1024, true); err != nil {
		return err
	}
	convID := f.ConversationID
	if convID == "" {
		err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			it, err := tx.OutboxGet(ctx, f.TenantID, f.OutboxItemID)
			convID = it.ConversationID
			return err
		})
		if err != nil {
			return fmt.Errorf("handoff: delivery failed: outbox item %s: %w", f.OutboxItemID, err)
		}
	}
	unlock := lockThread(f.TenantID, convID)
	defer unlock()
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return e.deliveryFailed(ctx, tx, f, convID)
		})
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if err != nil {
			return fmt.Errorf("handoff: delivery failed on conversation %s: %w", convID, err)
		}
		return nil
	}
	return fmt.Errorf("handoff: delivery failed on conversation %s: %w", convID, ErrBusy)
}

func (e *Engine) deliveryFailed(ctx context.Context, tx store.Tx, f DeliveryFailure, convID string) error {
	now := e.now()
	c, err := tx.ConversationGet(ctx, f.TenantID, convID)
	if err != nil {
		return err
	}
	events, err := tx.EventList(ctx, f.TenantID, convID)
	if err != nil {
		return err
	}
	itemID, pid := f.OutboxItemID, f.ProviderID
	if itemID == "" {
		for _, ev := range events {
			if ev.Kind == store.EventDelivered && detailValue(ev.Detail, "provider_id") == pid {
				itemID = detailValue(ev.Detail, "outbox")
				break
			}
		}
		if itemID == "" {
			return fmt.Errorf("provider message %s: %w", pid, store.ErrNotFound)
		}
	}
	it, err := tx.OutboxGet(ctx, f.TenantID, itemID)
	if err != nil {
		return err
	}
	if it.ConversationID != convID {
		return fmt.Errorf("outbox item %s: %w", itemID, store.ErrNotFound)
	}
	detail := formatDetail(it.Kind, it.ID, pid)
	for _, ev := range events {
		if ev.Kind == store.EventDeliveryFailed && ev.Reason == f.Reason && detailValue(ev.Detail, "outbox") == it.ID {
			return nil // a webhook retry
		}
	}
	if f.OptedOut {
		detail += " opted_out=true"
	}
	if err := tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: store.EventDeliveryFailed, From: c.State, To: c.State, Reason: f.Reason, Detail: detail,
		Actor: "system", CreatedAt: now}); err != nil {
		return err
	}
	if f.OptedOut && it.Kind.ToLead() {
		return e.carrierOptOut(ctx, tx, c.TenantID, c.ID, it.To, "carrier:opted_out", now)
	}
	return nil
}

// carrierOptOut applies an opt-out reported by the carrier, inside tx (see
// applyOptOut). No confirmation is queued: the carrier would refuse it.
func (e *Engine) carrierOptOut(ctx context.Context, tx store.Tx, tenantID, convID, addr, rule string, now time.Time) error {
	if addr == "" {
		return nil
	}
	c, err := tx.ConversationGet(ctx, tenantID, convID)
	if err != nil {
		return err
	}
	if address(c) != addr {
		// The item went to an address the conversation no longer has:
		// suppress that address alone.
		if _, err := tx.SuppressionGet(ctx, tenantID, addr); errors.Is(err, store.ErrNotFound) {
			if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: tenantID, Address: addr, Channel: c.Channel, Reason: rule, CreatedAt: now}); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		_, err = tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: tenantID, To: addr, Now: now})
		return err
	}
	_, err = e.applyOptOut(ctx, tx, &c, rule, "", now)
	return err
}
