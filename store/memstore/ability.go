package memstore

import (
	"context"
	"fmt"
	"slices"

	"github.com/handoffkit/handoffkit/store"
)

// MessageGet implements [store.IndexTx].
func (tx *Tx) MessageGet(ctx context.Context, tenantID, id string) (store.Message, error) {
	if err := tx.begin(ctx, "get message", false); err != nil {
		return store.Message{}, err
	}
	defer tx.mu.Unlock()
	m, ok := tx.s.msgByID[key{tenantID, id}]
	if !ok {
		return store.Message{}, fmt.Errorf("memstore: get message %s: %w", id, store.ErrNotFound)
	}
	return m, nil
}

// OutboxGetByProviderID implements [store.IndexTx].
func (tx *Tx) OutboxGetByProviderID(ctx context.Context, tenantID, providerID string) (store.OutboxItem, error) {
	if err := tx.begin(ctx, "get outbox item by provider ID", false); err != nil {
		return store.OutboxItem{}, err
	}
	defer tx.mu.Unlock()
	e, ok := tx.s.outboxByProvider[key{tenantID, providerID}]
	if !ok || providerID == "" {
		return store.OutboxItem{}, fmt.Errorf("memstore: get outbox item by provider ID %q: %w", providerID, store.ErrNotFound)
	}
	return copyOutbox(&e.item), nil
}

// OutboxOpen implements [store.IndexTx].
func (tx *Tx) OutboxOpen(ctx context.Context, p store.OutboxOpenParams) ([]store.OutboxItem, error) {
	if err := tx.begin(ctx, "list open outbox items", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	list := tx.s.outboxByConv[key{p.TenantID, p.ConversationID}]
	if p.Before != "" {
		if b, ok := tx.s.outbox[key{p.TenantID, p.Before}]; ok {
			i, _ := slices.BinarySearchFunc(list, b.seq, func(e *outboxEntry, seq uint64) int {
				return compareSeq(e.seq, seq)
			})
			list = list[:i]
		}
	}
	var out []store.OutboxItem
	for _, e := range list {
		if !e.item.Status.Open() || p.ToLead && !e.item.Kind.ToLead() {
			continue
		}
		out = append(out, copyOutbox(&e.item))
		if p.Limit > 0 && len(out) == p.Limit {
			break
		}
	}
	return out, nil
}

func compareSeq(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ConversationFind implements [store.IndexTx].
func (tx *Tx) ConversationFind(ctx context.Context, p store.ConversationFindParams) (store.Conversation, error) {
	if err := tx.begin(ctx, "find conversation", false); err != nil {
		return store.Conversation{}, err
	}
	defer tx.mu.Unlock()
	var best *store.Conversation
	for _, c := range tx.s.convs[p.TenantID] {
		if c.Line != p.Line || c.Lead.Phone != p.Phone || p.Channel != "" && c.Channel != p.Channel {
			continue
		}
		if best == nil || c.CreatedAt.After(best.CreatedAt) || c.CreatedAt.Equal(best.CreatedAt) && c.ID > best.ID {
			best = c
		}
	}
	if best == nil || p.Phone == "" {
		return store.Conversation{}, fmt.Errorf("memstore: find conversation: %w", store.ErrNotFound)
	}
	return copyConversation(best), nil
}

// AddressLock implements [store.AddressLockTx]. Write transactions of a
// memstore already run one at a time, so it only checks that tx is usable.
func (tx *Tx) AddressLock(ctx context.Context, tenantID, address string) error {
	if err := tx.begin(ctx, "lock address", true); err != nil {
		return err
	}
	tx.mu.Unlock()
	return nil
}
