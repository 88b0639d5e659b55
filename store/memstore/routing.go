package memstore

import (
	"context"

	"github.com/handoffkit/handoffkit/store"
)

var _ store.RoutingTx = (*Tx)(nil)

// CounterNext implements [store.RoutingTx].
func (tx *Tx) CounterNext(ctx context.Context, tenantID, key string) (uint64, error) {
	if err := tx.begin(ctx, "next counter", true); err != nil {
		return 0, err
	}
	defer tx.mu.Unlock()
	s := tx.s
	if s.counters == nil {
		s.counters = map[counterKey]uint64{}
	}
	k := counterKey{tenantID, key}
	v := s.counters[k]
	s.counters[k] = v + 1
	tx.onRollback(func() { s.counters[k] = v })
	return v, nil
}

// ConversationOpenCounts implements [store.RoutingTx].
func (tx *Tx) ConversationOpenCounts(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error) {
	if err := tx.begin(ctx, "count open handoffs", false); err != nil {
		return nil, err
	}
	defer tx.mu.Unlock()
	want := map[string]bool{}
	for _, id := range repIDs {
		want[id] = true
	}
	out := map[string]int{}
	for _, c := range tx.s.convs[tenantID] {
		if c.Status == store.StatusHot && want[c.AssignedTo] {
			out[c.AssignedTo]++
		}
	}
	return out, nil
}

type counterKey struct{ tenant, key string }
