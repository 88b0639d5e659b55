package store

import (
	"context"
	"fmt"
)

// Optional abilities. A store adapter written against the base [Tx] keeps
// working without them; the functions below use an ability when the Tx has
// it and fall back to the base methods otherwise (slower, and for
// [AddressLockTx] weaker: see [LockAddress]). The adapters of this module
// have every ability; store/storetest checks the ones an adapter declares
// in its Features value.

// IndexTx is the ability to look records up by key, so that an operation
// on one message costs the same at 10 and at 5,000 messages of history.
type IndexTx interface {
	// MessageGet returns one message of the tenant by ID, or ErrNotFound.
	MessageGet(ctx context.Context, tenantID, id string) (Message, error)
	// OutboxGetByProviderID returns the tenant's item that was delivered
	// with this provider message ID (the newest when several were), or
	// ErrNotFound.
	OutboxGetByProviderID(ctx context.Context, tenantID, providerID string) (OutboxItem, error)
	// OutboxOpen lists the open items (pending, leased or sending) of a
	// conversation matching params, in enqueue order.
	OutboxOpen(ctx context.Context, params OutboxOpenParams) ([]OutboxItem, error)
	// ConversationFind returns the tenant's newest conversation (by
	// CreatedAt, then ID) whose Line and Lead.Phone are the given ones
	// (and whose Channel is, when params.Channel is set), or ErrNotFound.
	ConversationFind(ctx context.Context, params ConversationFindParams) (Conversation, error)
}

// OutboxOpenParams filters [IndexTx.OutboxOpen].
type OutboxOpenParams struct {
	TenantID       string // required
	ConversationID string // required
	// Before, when set, is an item ID: only items enqueued before it.
	Before string
	// ToLead keeps only items that text the lead ([OutboxKind.ToLead]).
	ToLead bool
	Limit  int // <= 0 means all
}

// ConversationFindParams selects the conversation a provider's webhook
// belongs to: the business line the lead wrote to and the lead's phone.
type ConversationFindParams struct {
	TenantID string // required
	Line     string // Conversation.Line; "" matches conversations without one
	Phone    string // Lead.Phone, E.164; required
	// Channel, when set, keeps only conversations of that channel: an
	// SMS webhook's lead is not answered in a web chat that has the
	// lead's phone and no line. "" matches every channel.
	Channel Channel
}

// AddressLockTx is the ability to serialise the transactions that touch one
// lead address: AddressLock blocks until no other transaction holds the
// lock of (tenantID, address), and holds it until this transaction ends.
// The engine takes it before it suppresses an address, lifts a
// suppression, starts a conversation or answers HELP, so that a STOP
// racing a new conversation with the same number cannot leave that
// conversation unaware of the opt-out.
type AddressLockTx interface {
	AddressLock(ctx context.Context, tenantID, address string) error
}

// Waker is the ability of a [Store] to wake dispatchers in every process
// sharing its database when a commit enqueued outbox items.
type Waker interface {
	// Subscribe returns a channel that receives a value (without blocking;
	// it is buffered) after commits that enqueued outbox items, in this
	// process or any other on the same database, until ctx is done. It may
	// also receive spuriously.
	Subscribe(ctx context.Context) (<-chan struct{}, error)
}

// GetMessage returns message id of a conversation: one indexed lookup when
// tx has [IndexTx], else a scan of the conversation's messages.
func GetMessage(ctx context.Context, tx Tx, tenantID, conversationID, id string) (Message, error) {
	if ix, ok := tx.(IndexTx); ok {
		m, err := ix.MessageGet(ctx, tenantID, id)
		if err == nil && m.ConversationID != conversationID {
			return Message{}, fmt.Errorf("store: message %s: %w", id, ErrNotFound)
		}
		return m, err
	}
	ms, err := tx.MessageList(ctx, MessageListParams{TenantID: tenantID, ConversationID: conversationID})
	if err != nil {
		return Message{}, err
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].ID == id {
			return ms[i], nil
		}
	}
	return Message{}, fmt.Errorf("store: message %s: %w", id, ErrNotFound)
}

// GetOutboxByProviderID returns the item delivered with a provider message
// ID. With [IndexTx] it is one lookup; otherwise it scans the outbox of the
// conversation (or of the tenant when conversationID is "").
func GetOutboxByProviderID(ctx context.Context, tx Tx, tenantID, conversationID, providerID string) (OutboxItem, error) {
	if providerID == "" {
		return OutboxItem{}, fmt.Errorf("store: outbox item by empty provider ID: %w", ErrNotFound)
	}
	if ix, ok := tx.(IndexTx); ok {
		it, err := ix.OutboxGetByProviderID(ctx, tenantID, providerID)
		if err == nil && conversationID != "" && it.ConversationID != conversationID {
			return OutboxItem{}, fmt.Errorf("store: outbox item with provider ID %s: %w", providerID, ErrNotFound)
		}
		return it, err
	}
	items, err := tx.OutboxList(ctx, OutboxListParams{TenantID: tenantID, ConversationID: conversationID})
	if err != nil {
		return OutboxItem{}, err
	}
	for i := len(items) - 1; i >= 0; i-- {
		if items[i].ProviderID == providerID {
			return items[i], nil
		}
	}
	return OutboxItem{}, fmt.Errorf("store: outbox item with provider ID %s: %w", providerID, ErrNotFound)
}

// ListOpenOutbox lists a conversation's open items (see
// [IndexTx.OutboxOpen]); without the ability it filters the conversation's
// whole outbox.
func ListOpenOutbox(ctx context.Context, tx Tx, p OutboxOpenParams) ([]OutboxItem, error) {
	if ix, ok := tx.(IndexTx); ok {
		return ix.OutboxOpen(ctx, p)
	}
	items, err := tx.OutboxList(ctx, OutboxListParams{TenantID: p.TenantID, ConversationID: p.ConversationID})
	if err != nil {
		return nil, err
	}
	var out []OutboxItem
	for _, it := range items {
		if p.Before != "" && it.ID == p.Before {
			break
		}
		if !it.Status.Open() || p.ToLead && !it.Kind.ToLead() {
			continue
		}
		out = append(out, it)
		if p.Limit > 0 && len(out) == p.Limit {
			break
		}
	}
	return out, nil
}

// FindConversation returns the newest conversation of a line and phone
// (see [IndexTx.ConversationFind]); without the ability it pages through
// [Tx.ConversationList] filtered by phone.
func FindConversation(ctx context.Context, tx Tx, p ConversationFindParams) (Conversation, error) {
	if ix, ok := tx.(IndexTx); ok {
		return ix.ConversationFind(ctx, p)
	}
	var best *Conversation
	var after *ConversationCursor
	for {
		page, err := tx.ConversationList(ctx, ConversationListParams{TenantID: p.TenantID, Phone: p.Phone, Limit: 100, After: after})
		if err != nil {
			return Conversation{}, err
		}
		for i := range page {
			c := &page[i]
			if c.Line != p.Line || p.Channel != "" && c.Channel != p.Channel {
				continue
			}
			if best == nil || c.CreatedAt.After(best.CreatedAt) || c.CreatedAt.Equal(best.CreatedAt) && c.ID > best.ID {
				best = c
			}
		}
		if len(page) < 100 {
			break
		}
		last := page[len(page)-1]
		after = &ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
	if best == nil {
		return Conversation{}, fmt.Errorf("store: conversation of line %q and phone: %w", p.Line, ErrNotFound)
	}
	return *best, nil
}

// LockAddress takes the address lock of [AddressLockTx] when tx has the
// ability. Without it LockAddress does nothing: on such a store a new
// conversation started while a STOP from the same number commits may stay
// unaware of the opt-out until its first message (which the dispatcher's
// send-time suppression check still keeps from being answered).
func LockAddress(ctx context.Context, tx Tx, tenantID, address string) error {
	if address == "" {
		return nil
	}
	if l, ok := tx.(AddressLockTx); ok {
		return l.AddressLock(ctx, tenantID, address)
	}
	return nil
}

// Open reports whether items in status s may still be delivered: pending,
// leased or sending.
func (s OutboxStatus) Open() bool {
	return s == OutboxPending || s == OutboxLeased || s == OutboxSending
}
