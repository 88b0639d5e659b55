package storetest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// t0 is the base time of the fixtures, microsecond-aligned so that
// ordering tests do not depend on sub-microsecond precision.
var t0 = time.Date(2026, 3, 14, 15, 9, 26, 535897000, time.UTC)

// at returns t0 plus d.
func at(d time.Duration) time.Time { return t0.Add(d) }

// conv returns a minimal valid conversation.
func conv(tenantID, id string) *store.Conversation {
	return &store.Conversation{
		ID:        id,
		TenantID:  tenantID,
		Lead:      store.Lead{Name: "Lead " + id, Phone: "+15550100000"},
		Channel:   store.ChannelSMS,
		State:     store.StateAIActive,
		Status:    store.StatusNew,
		CreatedAt: t0,
		UpdatedAt: t0,
	}
}

// msg returns an inbound message created at t0+offset.
func msg(tenantID, convID, id, providerID string, offset time.Duration) *store.Message {
	return &store.Message{
		ID:             id,
		TenantID:       tenantID,
		ConversationID: convID,
		Direction:      store.Inbound,
		Origin:         store.OriginLead,
		Body:           "body of " + id,
		ProviderID:     providerID,
		CreatedAt:      at(offset),
	}
}

// event returns an audit event created at t0+offset.
func event(tenantID, convID, id string, offset time.Duration) *store.Event {
	return &store.Event{
		ID:             id,
		TenantID:       tenantID,
		ConversationID: convID,
		Kind:           store.EventHandoff,
		From:           store.StateAIActive,
		To:             store.StateHandoff,
		Reason:         "reason of " + id,
		Actor:          "ai",
		CreatedAt:      at(offset),
	}
}

// item returns a pending outbox item due at notBefore, created at t0, with
// idempotency key "idem-"+id.
func item(tenantID, convID, id string, kind store.OutboxKind, to string, notBefore time.Time) *store.OutboxItem {
	return &store.OutboxItem{
		ID:             id,
		TenantID:       tenantID,
		ConversationID: convID,
		Kind:           kind,
		To:             to,
		Payload:        []byte("payload of " + id),
		IdempotencyKey: "idem-" + id,
		NotBefore:      notBefore,
		Status:         store.OutboxPending,
		CreatedAt:      t0,
		UpdatedAt:      t0,
	}
}

// supp returns a suppression of address.
func supp(tenantID, address string) *store.Suppression {
	return &store.Suppression{
		TenantID:        tenantID,
		Address:         address,
		Channel:         store.ChannelSMS,
		Reason:          "keyword:STOP",
		SourceMessageID: "m-stop",
		CreatedAt:       t0,
	}
}

// ids returns the IDs of conversations, messages, events or outbox items.
func ids[T any](rows []T) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		switch r := any(r).(type) {
		case store.Conversation:
			out[i] = r.ID
		case store.Message:
			out[i] = r.ID
		case store.Event:
			out[i] = r.ID
		case store.OutboxItem:
			out[i] = r.ID
		default:
			panic(fmt.Sprintf("storetest: ids of %T", r))
		}
	}
	return out
}

// errBoom is the error the suite's transactions fail with.
var errBoom = errors.New("storetest: boom")

// panicValue is the value the suite's transactions panic with.
type panicValue string

// snapshot is everything a seeded scenario can observe through the
// contract, used to check that a rolled-back transaction left no trace.
type snapshot struct {
	Convs      []store.Conversation
	Msgs       map[string][]store.Message
	Events     map[string][]store.Event
	Items      []store.OutboxItem
	Supps      map[string]*store.Suppression
	ByProvider map[string]*store.Message
}

func (s snapshot) norm() snapshot {
	out := snapshot{
		Convs:      mapSlice(s.Convs, normConv),
		Msgs:       map[string][]store.Message{},
		Events:     map[string][]store.Event{},
		Items:      mapSlice(s.Items, normItem),
		Supps:      map[string]*store.Suppression{},
		ByProvider: map[string]*store.Message{},
	}
	for k, v := range s.Msgs {
		out.Msgs[k] = mapSlice(v, normMsg)
	}
	for k, v := range s.Events {
		out.Events[k] = mapSlice(v, normEvent)
	}
	for k, v := range s.Supps {
		if v != nil {
			n := normSupp(*v)
			v = &n
		}
		out.Supps[k] = v
	}
	for k, v := range s.ByProvider {
		if v != nil {
			n := normMsg(*v)
			v = &n
		}
		out.ByProvider[k] = v
	}
	return out
}

// scenario is the seeded state of the atomicity tests, in tenant "t1":
// conversations c1 and c2, messages with provider IDs p1 and p2, two
// events, outbox items o-due (pending, due at t0), o-leased (leased until
// t0+1h), o-later (pending, due at t0+1h) and o-done, and suppressions of
// +15550000001 and +15550000002.
type scenario struct {
	h *harness
}

const tenant1, tenant2 = "t1", "t2"

// Addresses, conversation IDs and provider IDs the snapshot looks at.
var (
	scenarioConvs     = []string{"c1", "c2", "c-new"}
	scenarioAddresses = []string{"+15550000001", "+15550000002", "+15550000009"}
	scenarioProviders = []string{"p1", "p2", "p-new"}
)

func seed(h *harness) *scenario {
	h.t.Helper()
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	h.appendMsg(
		msg(tenant1, "c1", "m1", "p1", time.Second),
		msg(tenant1, "c1", "m2", "p2", 2*time.Second),
		msg(tenant1, "c2", "m3", "", 3*time.Second),
	)
	h.appendEvent(event(tenant1, "c1", "e1", time.Second), event(tenant1, "c2", "e2", time.Second))
	h.enqueue(
		item(tenant1, "c1", "o-leased", store.OutboxBridgeSMS, "+15550000001", at(-2*time.Minute)),
		item(tenant1, "c1", "o-done", store.OutboxRepNotification, "rep-1", at(-time.Minute)),
	)
	claimed := h.claim(store.OutboxClaimParams{Now: t0, Limit: 2, LeaseFor: time.Hour})
	if len(claimed) != 2 {
		h.t.Fatalf("seed: claimed %d items, want 2", len(claimed))
	}
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o-done", Status: store.OutboxDone, Attempted: true, Now: t0})
	h.enqueue(
		item(tenant1, "c1", "o-due", store.OutboxAIReply, "+15550000001", t0),
		item(tenant1, "c2", "o-later", store.OutboxAIReply, "+15550000002", at(time.Hour)),
	)
	h.putSupp(supp(tenant1, "+15550000001"), supp(tenant1, "+15550000002"))
	return &scenario{h: h}
}

// snapshot reads everything the scenario can observe.
func (s *scenario) snapshot() snapshot {
	h := s.h
	h.t.Helper()
	snap := snapshot{
		Msgs:       map[string][]store.Message{},
		Events:     map[string][]store.Event{},
		Supps:      map[string]*store.Suppression{},
		ByProvider: map[string]*store.Message{},
	}
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		if snap.Convs, err = tx.ConversationList(ctx, store.ConversationListParams{TenantID: tenant1, Limit: 1000}); err != nil {
			return err
		}
		for _, id := range scenarioConvs {
			if snap.Msgs[id], err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenant1, ConversationID: id}); err != nil {
				return err
			}
			if snap.Events[id], err = tx.EventList(ctx, tenant1, id); err != nil {
				return err
			}
		}
		if snap.Items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant1}); err != nil {
			return err
		}
		for _, a := range scenarioAddresses {
			s, err := tx.SuppressionGet(ctx, tenant1, a)
			switch {
			case err == nil:
				snap.Supps[a] = &s
			case errors.Is(err, store.ErrNotFound):
				snap.Supps[a] = nil
			default:
				return err
			}
		}
		for _, p := range scenarioProviders {
			m, err := tx.MessageGetByProviderID(ctx, tenant1, p)
			switch {
			case err == nil:
				snap.ByProvider[p] = &m
			case errors.Is(err, store.ErrNotFound):
				snap.ByProvider[p] = nil
			default:
				return err
			}
		}
		return nil
	})
	return snap
}
