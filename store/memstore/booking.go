package memstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/store"
)

// This file implements store.BookingTx. Transactions of a Store run one at
// a time, so BookingLock has nothing to do and the overlap check of
// BookingInsert cannot race.

var _ store.BookingTx = (*Tx)(nil)

// bookingTable holds bookings with their indexes. Entries are pointers so
// every index sees an update; callers get copies.
type bookingTable struct {
	byID  map[key]*store.Booking
	byKey map[key]*store.Booking // (tenant, idempotency key)
	// byRep and byConv list bookings by (tenant, rep) and (tenant,
	// conversation), ordered by Start then ID.
	byRep  map[key][]*store.Booking
	byConv map[key][]*store.Booking
}

// bookingsForWrite returns the table, creating it on the first write (the
// caller holds the Store's write lock).
func (tx *Tx) bookingsForWrite() *bookingTable {
	if tx.s.bookings == nil {
		tx.s.bookings = &bookingTable{
			byID:   make(map[key]*store.Booking),
			byKey:  make(map[key]*store.Booking),
			byRep:  make(map[key][]*store.Booking),
			byConv: make(map[key][]*store.Booking),
		}
	}
	return tx.s.bookings
}

// BookingLock implements [store.BookingTx]. Write transactions already run
// one at a time, so it only checks that tx may write.
func (tx *Tx) BookingLock(ctx context.Context, tenantID, repID string) error {
	if err := tx.begin(ctx, "lock bookings", true); err != nil {
		return err
	}
	tx.mu.Unlock()
	return nil
}

// BookingInsert implements [store.BookingTx].
func (tx *Tx) BookingInsert(ctx context.Context, b *store.Booking) error {
	if err := b.Validate(); err != nil {
		return fmt.Errorf("memstore: insert booking: %w", err)
	}
	if err := tx.begin(ctx, "insert booking", true); err != nil {
		return err
	}
	defer tx.mu.Unlock()
	t := tx.bookingsForWrite()
	ik := key{b.TenantID, b.ID}
	if _, ok := t.byID[ik]; ok {
		return fmt.Errorf("memstore: insert booking %s: ID: %w", b.ID, store.ErrDuplicate)
	}
	kk := key{b.TenantID, b.IdempotencyKey}
	if b.IdempotencyKey != "" {
		if _, ok := t.byKey[kk]; ok {
			return fmt.Errorf("memstore: insert booking %s: idempotency key %q: %w", b.ID, b.IdempotencyKey, store.ErrDuplicate)
		}
	}
	rk := key{b.TenantID, b.RepID}
	if b.Status.Active() {
		for _, o := range t.byRep[rk] {
			if o.Status.Active() && o.Start.Before(b.End) && o.End.After(b.Start) {
				return fmt.Errorf("memstore: insert booking %s: overlaps booking %s: %w", b.ID, o.ID, store.ErrOverlap)
			}
		}
	}
	stored := *b
	stored.Start, stored.End = stored.Start.UTC(), stored.End.UTC()
	stored.CreatedAt, stored.UpdatedAt = stored.CreatedAt.UTC(), stored.UpdatedAt.UTC()
	p := &stored
	t.byID[ik] = p
	if b.IdempotencyKey != "" {
		t.byKey[kk] = p
	}
	ck := key{b.TenantID, b.ConversationID}
	t.byRep[rk] = insertSorted(t.byRep[rk], p)
	if b.ConversationID != "" {
		t.byConv[ck] = insertSorted(t.byConv[ck], p)
	}
	tx.onRollback(func() {
		delete(t.byID, ik)
		if kk.id != "" {
			delete(t.byKey, kk)
		}
		t.byRep[rk] = removeBooking(t.byRep[rk], p)
		if ck.id != "" {
			t.byConv[ck] = removeBooking(t.byConv[ck], p)
		}
	})
	return nil
}

// bookingLess orders bookings by Start, then ID.
func bookingLess(a, b *store.Booking) int {
	if c := a.Start.Compare(b.Start); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}

func insertSorted(list []*store.Booking, p *store.Booking) []*store.Booking {
	i, _ := slices.BinarySearchFunc(list, p, bookingLess)
	return slices.Insert(list, i, p)
}

func removeBooking(list []*store.Booking, p *store.Booking) []*store.Booking {
	if i := slices.Index(list, p); i >= 0 {
		return slices.Delete(list, i, i+1)
	}
	return list
}

// BookingGet implements [store.BookingTx].
func (tx *Tx) BookingGet(ctx context.Context, tenantID, id string) (store.Booking, error) {
	if err := tx.begin(ctx, "get booking", false); err != nil {
		return store.Booking{}, err
	}
	defer tx.mu.Unlock()
	if t := tx.s.bookings; t != nil {
		if p, ok := t.byID[key{tenantID, id}]; ok {
			return *p, nil
		}
	}
	return store.Booking{}, fmt.Errorf("memstore: get booking %s: %w", id, store.ErrNotFound)
}

// BookingGetByKey implements [store.BookingTx].
func (tx *Tx) BookingGetByKey(ctx context.Context, tenantID, idemKey string) (store.Booking, error) {
	if err := tx.begin(ctx, "get booking by key", false); err != nil {
		return store.Booking{}, err
	}
	defer tx.mu.Unlock()
	if t := tx.s.bookings; t != nil && idemKey != "" {
		if p, ok := t.byKey[key{tenantID, idemKey}]; ok {
			return *p, nil
		}
	}
	return store.Booking{}, fmt.Errorf("memstore: get booking by idempotency key %q: %w", idemKey, store.ErrNotFound)
}

// BookingList implements [store.BookingTx].
func (tx *Tx) BookingList(ctx context.Context, p store.BookingListParams) ([]store.Booking, error) {
	if err := tx.begin(ctx, "list bookings", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	if p.TenantID == "" || p.RepID == "" && p.ConversationID == "" {
		return nil, fmt.Errorf("memstore: list bookings: TenantID and RepID or ConversationID are required")
	}
	t := tx.s.bookings
	if t == nil {
		return nil, nil
	}
	var list []*store.Booking
	if p.RepID != "" {
		list = t.byRep[key{p.TenantID, p.RepID}]
	} else {
		list = t.byConv[key{p.TenantID, p.ConversationID}]
	}
	var out []store.Booking
	for _, b := range list {
		if !p.To.IsZero() && !b.Start.Before(p.To) {
			break // ordered by Start
		}
		if p.RepID != "" && p.ConversationID != "" && b.ConversationID != p.ConversationID ||
			!p.From.IsZero() && !b.End.After(p.From) ||
			p.ActiveOnly && !b.Status.Active() {
			continue
		}
		out = append(out, *b)
		if p.Limit > 0 && len(out) == p.Limit {
			break
		}
	}
	return out, nil
}

// BookingUpdate implements [store.BookingTx].
func (tx *Tx) BookingUpdate(ctx context.Context, p store.BookingUpdateParams) (store.Booking, error) {
	if err := tx.begin(ctx, "update booking", true); err != nil {
		return store.Booking{}, err
	}
	defer tx.mu.Unlock()
	if !p.Status.Valid() {
		return store.Booking{}, fmt.Errorf("memstore: update booking %s: unknown status %q", p.ID, p.Status)
	}
	t := tx.bookingsForWrite()
	b, ok := t.byID[key{p.TenantID, p.ID}]
	if !ok {
		return store.Booking{}, fmt.Errorf("memstore: update booking %s: %w", p.ID, store.ErrNotFound)
	}
	if p.From != "" && b.Status != p.From {
		return store.Booking{}, fmt.Errorf("memstore: update booking %s: status is %s, not %s: %w", p.ID, b.Status, p.From, store.ErrConflict)
	}
	if b.Status == store.BookingCancelled && p.Status.Active() {
		return store.Booking{}, fmt.Errorf("memstore: update booking %s: a cancelled booking cannot become %s: %w", p.ID, p.Status, store.ErrConflict)
	}
	old := *b
	b.Status = p.Status
	b.UpdatedAt = p.Now.UTC()
	tx.onRollback(func() { *b = old })
	return *b, nil
}
