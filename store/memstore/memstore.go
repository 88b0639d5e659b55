package memstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Store is an in-memory [store.Store]. The zero value is not usable; call
// [New]. A Store is safe for concurrent use by multiple goroutines.
//
// Every record is keyed by tenant: the same conversation ID, outbox item
// ID, provider ID or idempotency key may exist once per tenant. Outbox
// item IDs are unique per tenant ([store.ErrDuplicate]); message and event
// IDs are stored as given and not checked. Messages and events are listed
// by CreatedAt, then in append order.
type Store struct {
	mu sync.RWMutex

	// convs holds conversations by tenant, then ID.
	convs map[string]map[string]*store.Conversation
	// msgs holds each conversation's messages, oldest first.
	msgs map[key][]store.Message
	// msgByProvider indexes messages by (tenant, provider ID).
	msgByProvider map[key]store.Message
	// msgByID indexes messages by (tenant, ID); the last appended wins.
	msgByID map[key]store.Message
	// events holds each conversation's audit events, oldest first.
	events map[key][]store.Event
	// eventKeys holds the (tenant, key) of events appended with a Key.
	eventKeys map[key]struct{}

	// outbox holds every outbox item by (tenant, ID).
	outbox map[key]*outboxEntry
	// outboxIdem indexes idempotency keys by (tenant, key).
	outboxIdem map[key]struct{}
	// outboxActive holds the items that are pending, leased or sending:
	// the only ones a claim or a cancellation can touch.
	outboxActive map[*outboxEntry]struct{}
	// outboxByProvider indexes delivered items by (tenant, provider ID).
	outboxByProvider map[key]*outboxEntry
	// outboxByTenant and outboxByConv list items in enqueue order.
	outboxByTenant map[string][]*outboxEntry
	outboxByConv   map[key][]*outboxEntry
	outboxSeq      uint64

	// supps holds suppressions by (tenant, address).
	supps map[key]store.Suppression

	// counters are the routing counters of store.RoutingTx.
	counters map[counterKey]uint64

	// subs are the wake-up channels of Subscribe.
	subsMu sync.Mutex
	subs   map[chan struct{}]struct{}

	// bookings holds the bookings of store.BookingTx (booking.go); nil
	// until the first booking write.
	bookings *bookingTable
}

// New returns an empty Store.
func New() *Store {
	return &Store{
		convs:          make(map[string]map[string]*store.Conversation),
		msgs:           make(map[key][]store.Message),
		msgByProvider:  make(map[key]store.Message),
		msgByID:        make(map[key]store.Message),
		events:         make(map[key][]store.Event),
		eventKeys:      make(map[key]struct{}),
		outbox:         make(map[key]*outboxEntry),
		outboxIdem:     make(map[key]struct{}),
		outboxActive:   make(map[*outboxEntry]struct{}),
		outboxByTenant: make(map[string][]*outboxEntry),
		outboxByConv:   make(map[key][]*outboxEntry),
		supps:          make(map[key]store.Suppression),
		subs:           make(map[chan struct{}]struct{}),

		outboxByProvider: make(map[key]*outboxEntry),
	}
}

var (
	_ store.Store         = (*Store)(nil)
	_ store.Waker         = (*Store)(nil)
	_ store.IndexTx       = (*Tx)(nil)
	_ store.AddressLockTx = (*Tx)(nil)
)

// key is a tenant-scoped identifier.
type key struct{ tenant, id string }

// outboxEntry is a stored outbox item with its enqueue sequence number,
// which breaks ordering ties.
type outboxEntry struct {
	item store.OutboxItem
	seq  uint64
}

// errTxDone is returned by a [Tx] used after its function returned.
var errTxDone = fmt.Errorf("memstore: transaction already finished: %w", store.ErrClosed)

// InTx runs fn in one read-write transaction. Transactions run one at a
// time. If fn returns an error or panics, every write fn made is undone
// before any other transaction can observe it; the error is returned
// unchanged, and a panic continues with its original value after the
// rollback. If ctx is done before fn runs, fn is not run; if ctx is done
// when fn returns nil, the transaction is rolled back. Either way the
// error wraps ctx.Err(). The [Tx] refuses use after fn returns (its
// methods return an error wrapping [store.ErrClosed]). Waiting for the
// lock does not observe ctx; ctx is checked again once it is held.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: begin transaction: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: begin transaction: %w", err)
	}
	tx := &Tx{s: s, writable: true}
	committed := false
	defer func() {
		// Runs on return and while a panic unwinds: the panic then
		// continues with its original value.
		tx.finish()
		if !committed {
			tx.rollback()
		}
	}()
	if err := fn(ctx, tx); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: commit: %w", err)
	}
	committed = true
	if tx.enqueued {
		s.wake()
	}
	return nil
}

// Subscribe implements [store.Waker]: the channel receives after every
// commit that enqueued outbox items, until ctx is done.
func (s *Store) Subscribe(ctx context.Context) (<-chan struct{}, error) {
	ch := make(chan struct{}, 1)
	s.subsMu.Lock()
	s.subs[ch] = struct{}{}
	s.subsMu.Unlock()
	context.AfterFunc(ctx, func() {
		s.subsMu.Lock()
		delete(s.subs, ch)
		s.subsMu.Unlock()
	})
	return ch, nil
}

func (s *Store) wake() {
	s.subsMu.Lock()
	defer s.subsMu.Unlock()
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// View runs fn in a read-only transaction. Views share a read lock, so
// they run concurrently with each other but not with [Store.InTx]. Write
// methods of the [Tx] return [store.ErrReadOnly]. If ctx is done before fn
// runs, fn is not run and the error wraps ctx.Err().
func (s *Store) View(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: begin view: %w", err)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	tx := &Tx{s: s}
	defer tx.finish()
	return fn(ctx, tx)
}

// Tx is the [store.Tx] handed to the functions run by [Store.InTx] and
// [Store.View]. It is safe for use by several goroutines while the function
// runs, and refuses use after it returns.
type Tx struct {
	s        *Store
	writable bool

	mu       sync.Mutex // serialises operations and finish
	done     bool
	undo     []func()
	enqueued bool // an outbox item was enqueued: wake subscribers on commit
}

var _ store.Tx = (*Tx)(nil)

// finish marks tx done; operations already running complete first.
func (tx *Tx) finish() {
	tx.mu.Lock()
	tx.done = true
	tx.mu.Unlock()
}

// rollback reverts every write, newest first. Called after finish, so no
// operation runs concurrently.
func (tx *Tx) rollback() {
	for i := len(tx.undo) - 1; i >= 0; i-- {
		tx.undo[i]()
	}
	tx.undo = nil
}

// begin starts an operation: it locks tx and checks ctx, that tx is still
// usable and, for writes, that it is writable. On success the caller must
// call tx.mu.Unlock.
func (tx *Tx) begin(ctx context.Context, op string, write bool) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("memstore: %s: %w", op, err)
	}
	tx.mu.Lock()
	if tx.done {
		tx.mu.Unlock()
		return fmt.Errorf("memstore: %s: %w", op, errTxDone)
	}
	if write && !tx.writable {
		tx.mu.Unlock()
		return fmt.Errorf("memstore: %s: %w", op, store.ErrReadOnly)
	}
	return nil
}

// onRollback records how to revert a write.
func (tx *Tx) onRollback(f func()) { tx.undo = append(tx.undo, f) }

// ConversationGet implements [store.Tx].
func (tx *Tx) ConversationGet(ctx context.Context, tenantID, id string) (store.Conversation, error) {
	if err := tx.begin(ctx, "get conversation", false); err != nil {
		return store.Conversation{}, err
	}
	defer tx.mu.Unlock()
	c, ok := tx.s.convs[tenantID][id]
	if !ok {
		return store.Conversation{}, fmt.Errorf("memstore: get conversation %s: %w", id, store.ErrNotFound)
	}
	return copyConversation(c), nil
}

// ConversationInsert implements [store.Tx].
func (tx *Tx) ConversationInsert(ctx context.Context, c *store.Conversation) error {
	if c == nil {
		return errors.New("memstore: insert conversation: nil conversation")
	}
	if err := tx.begin(ctx, "insert conversation", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	s := tx.s
	byID := s.convs[c.TenantID]
	if _, ok := byID[c.ID]; ok {
		return fmt.Errorf("memstore: insert conversation %s: %w", c.ID, store.ErrDuplicate)
	}
	if byID == nil {
		byID = make(map[string]*store.Conversation)
		s.convs[c.TenantID] = byID
	}
	stored := copyConversationIn(c)
	stored.Version = 1
	byID[c.ID] = &stored
	c.Version = 1
	id := c.ID
	tx.onRollback(func() { delete(byID, id) })
	return nil
}

// ConversationUpdate implements [store.Tx].
func (tx *Tx) ConversationUpdate(ctx context.Context, c *store.Conversation) error {
	if c == nil {
		return errors.New("memstore: update conversation: nil conversation")
	}
	if err := tx.begin(ctx, "update conversation", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	byID := tx.s.convs[c.TenantID]
	old, ok := byID[c.ID]
	if !ok {
		return fmt.Errorf("memstore: update conversation %s: %w", c.ID, store.ErrNotFound)
	}
	if old.Version != c.Version {
		return fmt.Errorf("memstore: update conversation %s: version %d, stored %d: %w",
			c.ID, c.Version, old.Version, store.ErrConflict)
	}
	stored := copyConversationIn(c)
	stored.Version = old.Version + 1
	byID[c.ID] = &stored
	c.Version = stored.Version
	id := c.ID
	tx.onRollback(func() { byID[id] = old })
	return nil
}

// ConversationList implements [store.Tx].
func (tx *Tx) ConversationList(ctx context.Context, params store.ConversationListParams) ([]store.Conversation, error) {
	if err := tx.begin(ctx, "list conversations", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	limit := params.Limit
	if limit <= 0 {
		limit = 50
	}
	email := store.EmailKey(params.Email)
	if params.Email != "" && email == "" {
		return nil, nil // white space alone is no address: it matches nothing
	}
	var rows []*store.Conversation
	for _, c := range tx.s.convs[params.TenantID] {
		if params.Status != "" && c.Status != params.Status ||
			params.State != "" && c.State != params.State ||
			params.Phone != "" && c.Lead.Phone != params.Phone ||
			params.Email != "" && store.EmailKey(c.Lead.Email) != email ||
			params.Line != "" && c.Line != params.Line {
			continue
		}
		if a := params.After; a != nil && !listBefore(a.HandoffAt, a.ID, c.HandoffAt, c.ID) {
			continue
		}
		rows = append(rows, c)
	}
	slices.SortFunc(rows, func(a, b *store.Conversation) int {
		if listBefore(a.HandoffAt, a.ID, b.HandoffAt, b.ID) {
			return -1
		}
		if listBefore(b.HandoffAt, b.ID, a.HandoffAt, a.ID) {
			return 1
		}
		return 0
	})
	rows = rows[:min(limit, len(rows))]
	out := make([]store.Conversation, len(rows))
	for i, c := range rows {
		out[i] = copyConversation(c)
	}
	return out, nil
}

// listBefore reports whether row (at, id) comes before (bt, bid) in the
// (HandoffAt desc, ID desc) order of ConversationList.
func listBefore(at time.Time, id string, bt time.Time, bid string) bool {
	if c := at.Compare(bt); c != 0 {
		return c > 0
	}
	return id > bid
}

// MessageAppend implements [store.Tx].
func (tx *Tx) MessageAppend(ctx context.Context, m *store.Message) error {
	if m == nil {
		return errors.New("memstore: append message: nil message")
	}
	if err := tx.begin(ctx, "append message", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	s := tx.s
	pk := key{m.TenantID, m.ProviderID}
	if m.ProviderID != "" {
		if _, ok := s.msgByProvider[pk]; ok {
			return fmt.Errorf("memstore: append message: provider ID %q: %w", m.ProviderID, store.ErrDuplicate)
		}
	}
	stored := *m
	stored.CreatedAt = stored.CreatedAt.UTC()
	ck := key{m.TenantID, m.ConversationID}
	list := s.msgs[ck]
	// Keep CreatedAt order; appends are nearly always at the end.
	i := len(list)
	for i > 0 && list[i-1].CreatedAt.After(stored.CreatedAt) {
		i--
	}
	s.msgs[ck] = slices.Insert(list, i, stored)
	if m.ProviderID != "" {
		s.msgByProvider[pk] = stored
	}
	ik := key{m.TenantID, m.ID}
	oldByID, hadID := s.msgByID[ik]
	s.msgByID[ik] = stored
	tx.onRollback(func() {
		s.msgs[ck] = slices.Delete(s.msgs[ck], i, i+1)
		if pk.id != "" {
			delete(s.msgByProvider, pk)
		}
		if hadID {
			s.msgByID[ik] = oldByID
		} else {
			delete(s.msgByID, ik)
		}
	})
	return nil
}

// MessageList implements [store.Tx].
func (tx *Tx) MessageList(ctx context.Context, params store.MessageListParams) ([]store.Message, error) {
	if err := tx.begin(ctx, "list messages", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	list := tx.s.msgs[key{params.TenantID, params.ConversationID}]
	if params.Last > 0 && params.Last < len(list) {
		list = list[len(list)-params.Last:]
	}
	return slices.Clone(list), nil
}

// MessageGetByProviderID implements [store.Tx].
func (tx *Tx) MessageGetByProviderID(ctx context.Context, tenantID, providerID string) (store.Message, error) {
	if err := tx.begin(ctx, "get message", false); err != nil {
		return store.Message{}, err
	}
	defer tx.mu.Unlock()
	m, ok := tx.s.msgByProvider[key{tenantID, providerID}]
	if !ok || providerID == "" {
		return store.Message{}, fmt.Errorf("memstore: get message by provider ID %q: %w", providerID, store.ErrNotFound)
	}
	return m, nil
}

// EventAppend implements [store.Tx].
func (tx *Tx) EventAppend(ctx context.Context, e *store.Event) error {
	if e == nil {
		return errors.New("memstore: append event: nil event")
	}
	if err := tx.begin(ctx, "append event", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	s := tx.s
	ek := key{e.TenantID, e.Key}
	if e.Key != "" {
		if _, ok := s.eventKeys[ek]; ok {
			return fmt.Errorf("memstore: append event: key %q: %w", e.Key, store.ErrDuplicate)
		}
		s.eventKeys[ek] = struct{}{}
	}
	stored := *e
	stored.CreatedAt = stored.CreatedAt.UTC()
	ck := key{e.TenantID, e.ConversationID}
	list := s.events[ck]
	i := len(list)
	for i > 0 && list[i-1].CreatedAt.After(stored.CreatedAt) {
		i--
	}
	s.events[ck] = slices.Insert(list, i, stored)
	tx.onRollback(func() {
		s.events[ck] = slices.Delete(s.events[ck], i, i+1)
		if ek.id != "" {
			delete(s.eventKeys, ek)
		}
	})
	return nil
}

// EventList implements [store.Tx].
func (tx *Tx) EventList(ctx context.Context, tenantID, conversationID string) ([]store.Event, error) {
	if err := tx.begin(ctx, "list events", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	return slices.Clone(tx.s.events[key{tenantID, conversationID}]), nil
}

// OutboxEnqueue implements [store.Tx]. The item is stored with Status
// [store.OutboxPending] (also set on item). ErrDuplicate when the tenant
// already has an item with the same ID, or with the same non-empty
// IdempotencyKey.
func (tx *Tx) OutboxEnqueue(ctx context.Context, item *store.OutboxItem) error {
	if item == nil {
		return errors.New("memstore: enqueue outbox item: nil item")
	}
	if err := tx.begin(ctx, "enqueue outbox item", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	s := tx.s
	ik := key{item.TenantID, item.ID}
	if _, ok := s.outbox[ik]; ok {
		return fmt.Errorf("memstore: enqueue outbox item %s: ID: %w", item.ID, store.ErrDuplicate)
	}
	idem := key{item.TenantID, item.IdempotencyKey}
	if item.IdempotencyKey != "" {
		if _, ok := s.outboxIdem[idem]; ok {
			return fmt.Errorf("memstore: enqueue outbox item %s: idempotency key %q: %w",
				item.ID, item.IdempotencyKey, store.ErrDuplicate)
		}
	}
	item.Status = store.OutboxPending
	tx.enqueued = true
	s.outboxSeq++
	e := &outboxEntry{item: copyOutboxIn(item), seq: s.outboxSeq}
	s.outbox[ik] = e
	if item.IdempotencyKey != "" {
		s.outboxIdem[idem] = struct{}{}
	}
	s.outboxActive[e] = struct{}{}
	ck := key{item.TenantID, item.ConversationID}
	s.outboxByTenant[item.TenantID] = append(s.outboxByTenant[item.TenantID], e)
	s.outboxByConv[ck] = append(s.outboxByConv[ck], e)
	tx.onRollback(func() {
		delete(s.outbox, ik)
		if idem.id != "" {
			delete(s.outboxIdem, idem)
		}
		delete(s.outboxActive, e)
		t := s.outboxByTenant[ik.tenant]
		s.outboxByTenant[ik.tenant] = t[:len(t)-1]
		c := s.outboxByConv[ck]
		s.outboxByConv[ck] = c[:len(c)-1]
	})
	return nil
}

// setItem replaces the stored item of e, keeping the active set in step,
// and records the undo.
func (tx *Tx) setItem(e *outboxEntry, item store.OutboxItem) {
	s := tx.s
	old := e.item
	e.item = item
	activate(s, e)
	pk := key{item.TenantID, item.ProviderID}
	prev, hadPrev := s.outboxByProvider[pk]
	if item.ProviderID != "" && item.ProviderID != old.ProviderID {
		s.outboxByProvider[pk] = e
	}
	tx.onRollback(func() {
		e.item = old
		activate(s, e)
		if pk.id != "" && item.ProviderID != old.ProviderID {
			if hadPrev {
				s.outboxByProvider[pk] = prev
			} else {
				delete(s.outboxByProvider, pk)
			}
		}
	})
}

// activate puts e in the active set if it is open (pending, leased or
// sending), and removes it otherwise.
func activate(s *Store, e *outboxEntry) {
	if e.item.Status.Open() {
		s.outboxActive[e] = struct{}{}
	} else {
		delete(s.outboxActive, e)
	}
}

// OutboxClaim implements [store.Tx]. Ties on NotBefore are broken by
// CreatedAt, then enqueue order.
func (tx *Tx) OutboxClaim(ctx context.Context, params store.OutboxClaimParams) ([]store.OutboxItem, error) {
	if err := tx.begin(ctx, "claim outbox items", true); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	limit := params.Limit
	if limit <= 0 {
		limit = 10
	}
	leaseFor := params.LeaseFor
	if leaseFor <= 0 {
		leaseFor = time.Minute
	}
	now := params.Now.UTC()
	var due []*outboxEntry
	for e := range tx.s.outboxActive {
		it := &e.item
		if len(params.TenantIDs) > 0 && !slices.Contains(params.TenantIDs, it.TenantID) {
			continue
		}
		if it.Status == store.OutboxPending && !it.NotBefore.After(now) ||
			(it.Status == store.OutboxLeased || it.Status == store.OutboxSending) && !it.LeaseUntil.After(now) {
			due = append(due, e)
		}
	}
	slices.SortFunc(due, func(a, b *outboxEntry) int {
		if c := a.item.NotBefore.Compare(b.item.NotBefore); c != 0 {
			return c
		}
		if c := a.item.CreatedAt.Compare(b.item.CreatedAt); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	due = due[:min(limit, len(due))]
	out := make([]store.OutboxItem, len(due))
	for i, e := range due {
		it := e.item
		it.Status = store.OutboxLeased
		it.LeaseUntil = now.Add(leaseFor)
		it.UpdatedAt = now
		tx.setItem(e, it)
		out[i] = copyOutbox(&it)
	}
	return out, nil
}

// OutboxGet implements [store.Tx].
func (tx *Tx) OutboxGet(ctx context.Context, tenantID, id string) (store.OutboxItem, error) {
	if err := tx.begin(ctx, "get outbox item", false); err != nil {
		return store.OutboxItem{}, err
	}
	defer tx.mu.Unlock()
	e, ok := tx.s.outbox[key{tenantID, id}]
	if !ok {
		return store.OutboxItem{}, fmt.Errorf("memstore: get outbox item %s: %w", id, store.ErrNotFound)
	}
	return copyOutbox(&e.item), nil
}

// OutboxList implements [store.Tx]: oldest CreatedAt first, then enqueue
// order.
func (tx *Tx) OutboxList(ctx context.Context, params store.OutboxListParams) ([]store.OutboxItem, error) {
	if err := tx.begin(ctx, "list outbox items", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	var list []*outboxEntry
	if params.ConversationID != "" {
		list = tx.s.outboxByConv[key{params.TenantID, params.ConversationID}]
	} else {
		list = tx.s.outboxByTenant[params.TenantID]
	}
	var rows []*outboxEntry
	for _, e := range list {
		if (params.Status == "" || e.item.Status == params.Status) && (params.To == "" || e.item.To == params.To) {
			rows = append(rows, e)
		}
	}
	// rows is in enqueue order; a stable sort keeps it for equal times.
	slices.SortStableFunc(rows, func(a, b *outboxEntry) int {
		return a.item.CreatedAt.Compare(b.item.CreatedAt)
	})
	out := make([]store.OutboxItem, len(rows))
	for i, e := range rows {
		out[i] = copyOutbox(&e.item)
	}
	return out, nil
}

// OutboxSettle implements [store.Tx]. Except for a settle to
// [store.OutboxSending], the lease is cleared (LeaseUntil zero) and
// UpdatedAt set to params.Now; for [store.OutboxPending], a zero
// params.NotBefore means params.Now. Any other status is an error.
func (tx *Tx) OutboxSettle(ctx context.Context, params store.OutboxSettleParams) error {
	if err := tx.begin(ctx, "settle outbox item", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	switch params.Status {
	case store.OutboxDone, store.OutboxDead, store.OutboxCancelled, store.OutboxPending, store.OutboxSending:
	default:
		return fmt.Errorf("memstore: settle outbox item %s: invalid status %q", params.ID, params.Status)
	}
	if params.Status == store.OutboxSending && params.LeaseFor <= 0 {
		return fmt.Errorf("memstore: settle outbox item %s: sending needs a positive LeaseFor", params.ID)
	}
	e, ok := tx.s.outbox[key{params.TenantID, params.ID}]
	if !ok {
		return fmt.Errorf("memstore: settle outbox item %s: %w", params.ID, store.ErrNotFound)
	}
	if err := settleable(e.item, params); err != nil {
		return fmt.Errorf("memstore: settle outbox item %s: %w", params.ID, err)
	}
	now := params.Now.UTC()
	it := e.item
	it.Status = params.Status
	it.UpdatedAt = now
	if params.Status == store.OutboxSending {
		it.LeaseUntil = now.Add(params.LeaseFor)
		tx.setItem(e, it)
		return nil
	}
	it.LeaseUntil = time.Time{}
	it.LastError = params.LastError
	if params.Attempted {
		it.Attempts++
	}
	if params.Status == store.OutboxPending {
		it.NotBefore = params.NotBefore.UTC()
		if it.NotBefore.IsZero() {
			it.NotBefore = now
		}
	}
	if params.Status == store.OutboxDone && params.ProviderID != "" {
		it.ProviderID = params.ProviderID
	}
	tx.setItem(e, it)
	return nil
}

// settleable checks the lease rules of [store.Tx.OutboxSettle].
func settleable(cur store.OutboxItem, p store.OutboxSettleParams) error {
	if p.Status == store.OutboxSending {
		switch {
		case cur.Status != store.OutboxLeased:
			return fmt.Errorf("status %s, not leased: %w", cur.Status, store.ErrConflict)
		case !cur.LeaseUntil.Equal(p.LeaseUntil):
			return fmt.Errorf("the lease was lost to another claim: %w", store.ErrConflict)
		case !cur.LeaseUntil.After(p.Now):
			return fmt.Errorf("the lease expired: %w", store.ErrConflict)
		}
		return nil
	}
	if cur.Status != store.OutboxLeased && cur.Status != store.OutboxSending {
		return fmt.Errorf("status %s, not leased: %w", cur.Status, store.ErrConflict)
	}
	if !p.LeaseUntil.IsZero() && !cur.LeaseUntil.Equal(p.LeaseUntil) {
		return fmt.Errorf("the lease was lost to another claim: %w", store.ErrConflict)
	}
	return nil
}

// OutboxCancel implements [store.Tx]. ConversationID and To, when both
// set, must both match. It is an error when neither is set.
func (tx *Tx) OutboxCancel(ctx context.Context, params store.OutboxCancelParams) (int, error) {
	if err := tx.begin(ctx, "cancel outbox items", true); err != nil {
		return 0, err
	}
	defer tx.mu.Unlock()
	if params.ConversationID == "" && params.To == "" {
		return 0, errors.New("memstore: cancel outbox items: ConversationID or To is required")
	}
	now := params.Now.UTC()
	var hit []*outboxEntry
	for e := range tx.s.outboxActive {
		it := &e.item
		if it.Status == store.OutboxSending || it.TenantID != params.TenantID ||
			params.ConversationID != "" && it.ConversationID != params.ConversationID ||
			params.To != "" && it.To != params.To ||
			len(params.Kinds) > 0 && !slices.Contains(params.Kinds, it.Kind) ||
			len(params.IDs) > 0 && !slices.Contains(params.IDs, it.ID) {
			continue
		}
		hit = append(hit, e)
	}
	for _, e := range hit {
		it := e.item
		it.Status = store.OutboxCancelled
		it.LeaseUntil = time.Time{}
		it.UpdatedAt = now
		tx.setItem(e, it)
	}
	return len(hit), nil
}

// SuppressionGet implements [store.Tx].
func (tx *Tx) SuppressionGet(ctx context.Context, tenantID, address string) (store.Suppression, error) {
	if err := tx.begin(ctx, "get suppression", false); err != nil {
		return store.Suppression{}, err
	}
	defer tx.mu.Unlock()
	sup, ok := tx.s.supps[key{tenantID, store.AddressKey(address)}]
	if !ok {
		return store.Suppression{}, fmt.Errorf("memstore: get suppression: %w", store.ErrNotFound)
	}
	return sup, nil
}

// SuppressionPut implements [store.Tx].
func (tx *Tx) SuppressionPut(ctx context.Context, sup *store.Suppression) error {
	if sup == nil {
		return errors.New("memstore: put suppression: nil suppression")
	}
	if err := tx.begin(ctx, "put suppression", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	stored := *sup
	stored.Address = store.AddressKey(sup.Address)
	stored.CreatedAt = stored.CreatedAt.UTC()
	k := key{sup.TenantID, stored.Address}
	tx.restoreOnRollback(k)
	tx.s.supps[k] = stored
	return nil
}

// SuppressionDelete implements [store.Tx].
func (tx *Tx) SuppressionDelete(ctx context.Context, tenantID, address string) error {
	if err := tx.begin(ctx, "delete suppression", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	k := key{tenantID, store.AddressKey(address)}
	if _, ok := tx.s.supps[k]; !ok {
		return nil
	}
	tx.restoreOnRollback(k)
	delete(tx.s.supps, k)
	return nil
}

// restoreOnRollback records the current suppression at k (or its absence)
// so a rollback restores it.
func (tx *Tx) restoreOnRollback(k key) {
	s := tx.s
	old, had := s.supps[k]
	tx.onRollback(func() {
		if had {
			s.supps[k] = old
		} else {
			delete(s.supps, k)
		}
	})
}

// copyConversationIn copies c for storage: a private Fields map and UTC
// times.
func copyConversationIn(c *store.Conversation) store.Conversation {
	out := *c
	out.Fields = nil
	if c.Fields != nil {
		out.Fields = make(map[store.FieldName]store.Field, len(c.Fields))
		for k, f := range c.Fields {
			f.UpdatedAt = f.UpdatedAt.UTC()
			out.Fields[k] = f
		}
	}
	out.Tags = nil
	for _, t := range c.Tags {
		t.At = t.At.UTC()
		out.Tags = append(out.Tags, t)
	}
	out.Attributes = maps.Clone(c.Attributes)
	out.Baseline.Fields = slices.Clone(c.Baseline.Fields)
	out.Baseline.At = out.Baseline.At.UTC()
	out.Meeting = copyMeetingIn(c.Meeting)
	out.HandoffAt = out.HandoffAt.UTC()
	out.EngagedAt = out.EngagedAt.UTC()
	out.CreatedAt = out.CreatedAt.UTC()
	out.UpdatedAt = out.UpdatedAt.UTC()
	return out
}

// copyConversation copies a stored conversation for a caller.
func copyConversation(c *store.Conversation) store.Conversation {
	out := *c
	out.Fields = maps.Clone(c.Fields)
	out.Tags = slices.Clone(c.Tags)
	out.Attributes = maps.Clone(c.Attributes)
	out.Baseline.Fields = slices.Clone(c.Baseline.Fields)
	out.Meeting.Offered = slices.Clone(c.Meeting.Offered)
	out.Meeting.Seen = slices.Clone(c.Meeting.Seen)
	return out
}

// copyOutboxIn copies item for storage: a private Payload and UTC times.
func copyOutboxIn(item *store.OutboxItem) store.OutboxItem {
	out := copyOutbox(item)
	out.NotBefore = out.NotBefore.UTC()
	out.LeaseUntil = out.LeaseUntil.UTC()
	out.CreatedAt = out.CreatedAt.UTC()
	out.UpdatedAt = out.UpdatedAt.UTC()
	return out
}

// copyOutbox copies an item with its own Payload.
func copyOutbox(item *store.OutboxItem) store.OutboxItem {
	out := *item
	out.Payload = slices.Clone(item.Payload)
	return out
}

// copyMeetingIn copies a meeting for storage: a private slice, UTC times.
func copyMeetingIn(m store.Meeting) store.Meeting {
	utc := func(s store.MeetingSlot) store.MeetingSlot {
		s.Start, s.End = s.Start.UTC(), s.End.UTC()
		return s
	}
	out := m
	out.Offered = nil
	for _, s := range m.Offered {
		out.Offered = append(out.Offered, utc(s))
	}
	out.Seen = nil
	for _, s := range m.Seen {
		out.Seen = append(out.Seen, utc(s))
	}
	out.OfferedAt = m.OfferedAt.UTC()
	out.SeenAt = m.SeenAt.UTC()
	out.BookedAt = m.BookedAt.UTC()
	out.Booked = utc(m.Booked)
	return out
}
