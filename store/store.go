package store

import (
	"context"
	"time"
)

// Store runs functions in transactions. Implementations must be safe for
// concurrent use by multiple goroutines.
type Store interface {
	// InTx runs fn in one read-write transaction and commits when fn returns
	// nil. If fn returns an error or panics, the transaction is rolled back
	// and nothing fn wrote is visible to any later transaction; the error is
	// returned (a panic is re-raised after rollback). The Tx must not be used
	// after fn returns. Implementations may retry fn on a serialization
	// failure of the database, so fn must not have side effects outside tx.
	InTx(ctx context.Context, fn func(ctx context.Context, tx Tx) error) error

	// View runs fn in a read-only transaction (or snapshot). Write methods
	// on its Tx return [ErrReadOnly]. View never blocks writers for longer
	// than the database requires.
	View(ctx context.Context, fn func(ctx context.Context, tx Tx) error) error
}

// Tx is the set of record operations available inside one transaction.
// Methods are named noun first so they sort by record. Every method honours
// ctx and wraps the sentinel errors of this package.
type Tx interface {
	// ConversationGet returns the conversation with id in tenant, or
	// ErrNotFound (also when it exists under another tenant).
	ConversationGet(ctx context.Context, tenantID, id string) (Conversation, error)
	// ConversationInsert stores a new conversation with Version 1 (set on c).
	// ErrDuplicate when the ID exists.
	ConversationInsert(ctx context.Context, c *Conversation) error
	// ConversationUpdate replaces the conversation if the stored version
	// equals c.Version, then increments c.Version. ErrConflict when the
	// version moved, ErrNotFound when it does not exist in c.TenantID.
	ConversationUpdate(ctx context.Context, c *Conversation) error
	// ConversationList lists a tenant's conversations matching the params,
	// ordered by HandoffAt descending then ID descending (newest handoff
	// first), starting after params.After.
	ConversationList(ctx context.Context, params ConversationListParams) ([]Conversation, error)

	// MessageAppend stores m. ErrDuplicate when m.ProviderID is set and a
	// message of the tenant already has it.
	MessageAppend(ctx context.Context, m *Message) error
	// MessageList returns a conversation's messages oldest first; with
	// params.Last > 0, only the last that many.
	MessageList(ctx context.Context, params MessageListParams) ([]Message, error)
	// MessageGetByProviderID finds a tenant's message by provider ID, or ErrNotFound.
	MessageGetByProviderID(ctx context.Context, tenantID, providerID string) (Message, error)

	// EventAppend appends an audit event. ErrDuplicate when e.Key is set
	// and an event of the tenant already has it.
	EventAppend(ctx context.Context, e *Event) error
	// EventList returns a conversation's events oldest first.
	EventList(ctx context.Context, tenantID, conversationID string) ([]Event, error)

	// OutboxEnqueue stores a pending item. ErrDuplicate when the tenant
	// already has an item with the same IdempotencyKey.
	OutboxEnqueue(ctx context.Context, item *OutboxItem) error
	// OutboxClaim leases up to params.Limit items that are pending with
	// NotBefore <= params.Now, or leased or sending with LeaseUntil <=
	// params.Now (an expired lease), oldest NotBefore first: of every
	// tenant or, when params.TenantIDs is set, of those tenants only. Each
	// returned item has Status OutboxLeased and LeaseUntil = Now +
	// LeaseFor. While a lease holds, no other claim returns the item. Its
	// cost must not grow with the number of items that are not due (a
	// backlog deferred by quiet hours, reminders days ahead).
	OutboxClaim(ctx context.Context, params OutboxClaimParams) ([]OutboxItem, error)
	// OutboxGet returns one item of the tenant, or ErrNotFound.
	OutboxGet(ctx context.Context, tenantID, id string) (OutboxItem, error)
	// OutboxList lists a tenant's items, oldest first, filtered by params.
	OutboxList(ctx context.Context, params OutboxListParams) ([]OutboxItem, error)
	// OutboxSettle moves a leased or sending item to params.Status (see
	// [OutboxSettleParams]). ErrConflict when the item is neither leased
	// nor sending (it was cancelled, or settled by another dispatcher), or
	// when params.LeaseUntil is set and the item holds another lease.
	//
	// Settling to [OutboxSending] is the dispatcher's last step before it
	// calls the Sender, taken in the same transaction as its final
	// re-check of suppression and state: the item must be leased (not
	// sending) under params.LeaseUntil, which must not have expired at
	// params.Now, and it gets a fresh lease of params.LeaseFor.
	OutboxSettle(ctx context.Context, params OutboxSettleParams) error
	// OutboxCancel cancels the pending and leased items matching params and
	// returns how many it cancelled. It never cancels a sending item: that
	// text is in flight. The one-voice rule rests on this: a transaction
	// that silences a conversation and one that marks an item sending
	// cannot both succeed unseen by each other, because both write the
	// item's row; the silencing call then lists the sending items
	// ([OutboxListParams.Status] = [OutboxSending]) and waits for them.
	OutboxCancel(ctx context.Context, params OutboxCancelParams) (int, error)

	// SuppressionGet returns the tenant's suppression of address, or
	// ErrNotFound. Suppressions are keyed by [AddressKey]: an email is
	// found whatever its case and surrounding white space, and the
	// returned Address is its key.
	SuppressionGet(ctx context.Context, tenantID, address string) (Suppression, error)
	// SuppressionPut inserts or replaces the suppression of s.Address,
	// stored under its [AddressKey] (s is not changed).
	SuppressionPut(ctx context.Context, s *Suppression) error
	// SuppressionDelete removes the suppression of address's
	// [AddressKey]; deleting a missing one is not an error.
	SuppressionDelete(ctx context.Context, tenantID, address string) error
}

// ConversationListParams filters [Tx.ConversationList].
type ConversationListParams struct {
	TenantID string // required
	Status   Status // "" for any
	State    State  // "" for any
	Phone    string // "" for any; exact match on Lead.Phone
	Email    string // "" for any; Lead.Email with the same [EmailKey] (case and surrounding white space ignored); white space alone matches none
	Line     string // "" for any; exact match on Conversation.Line
	Limit    int    // <= 0 means 50
	After    *ConversationCursor
}

// ConversationCursor marks the last row of a page: the next page starts
// strictly after it in (HandoffAt desc, ID desc) order.
type ConversationCursor struct {
	HandoffAt time.Time
	ID        string
}

// MessageListParams filters [Tx.MessageList].
type MessageListParams struct {
	TenantID       string
	ConversationID string
	Last           int // 0 for all
}

// OutboxClaimParams configures [Tx.OutboxClaim].
type OutboxClaimParams struct {
	Now      time.Time
	Limit    int           // <= 0 means 10
	LeaseFor time.Duration // <= 0 means one minute
	// TenantIDs, when not empty, limits the claim to the items of these
	// tenants: an item of any other tenant is neither returned nor
	// leased. Empty means every tenant.
	TenantIDs []string
}

// OutboxListParams filters [Tx.OutboxList].
type OutboxListParams struct {
	TenantID       string
	ConversationID string       // "" for any
	To             string       // "" for any; exact match on OutboxItem.To
	Status         OutboxStatus // "" for any
}

// OutboxSettleParams is the outcome of one delivery attempt.
type OutboxSettleParams struct {
	TenantID string
	ID       string
	// Status is the new status: OutboxSending (see [Tx.OutboxSettle]),
	// OutboxDone, OutboxDead, OutboxCancelled, or OutboxPending to retry or
	// defer at NotBefore.
	Status    OutboxStatus
	NotBefore time.Time // for OutboxPending
	// Attempted adds one to Attempts (a real send was tried). A quiet-hours
	// deferral is not an attempt.
	Attempted bool
	LastError string
	Now       time.Time
	// LeaseUntil, when set, must equal the item's current LeaseUntil: the
	// settle applies only to the lease the caller claimed. A dispatcher that
	// stalled past its lease, while another one reclaimed the item, gets
	// ErrConflict instead of settling the other dispatcher's attempt. Pass
	// the LeaseUntil of the item that OutboxClaim returned (after a settle
	// to OutboxSending, the LeaseUntil that settle set: Now + LeaseFor).
	LeaseUntil time.Time
	// LeaseFor is the new lease of a settle to OutboxSending; it must be
	// positive then and is ignored otherwise.
	LeaseFor time.Duration
	// ProviderID, for OutboxDone, records the provider's message ID.
	ProviderID string
}

// OutboxCancelParams selects items for [Tx.OutboxCancel]. TenantID and at
// least one of ConversationID or To are required; Kinds empty means all
// kinds, IDs empty all items (set, only the items with these IDs that
// match the other filters too). Its cost must not grow with the items
// already settled.
type OutboxCancelParams struct {
	TenantID       string
	ConversationID string
	To             string
	Kinds          []OutboxKind
	IDs            []string
	Now            time.Time
}
