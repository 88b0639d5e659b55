package memstore

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/store"
)

// This file implements store.MetricsTx over the in-memory records: the
// tenant's conversations and events are tallied in place, without copies.

var _ store.MetricsTx = (*Tx)(nil)

// MetricsCount implements [store.MetricsTx].
func (tx *Tx) MetricsCount(ctx context.Context, p store.MetricsParams) (store.MetricsCounts, error) {
	if err := tx.begin(ctx, "count metrics", false); err != nil {
		return store.MetricsCounts{}, err
	}
	defer tx.mu.Unlock()
	if p.To.IsZero() {
		return store.MetricsCounts{}, fmt.Errorf("memstore: count metrics: To is required")
	}
	tally := store.NewMetricsTally(p)
	convs := tx.s.convs[p.TenantID]
	for id, c := range convs {
		tally.Add(c, tx.s.events[key{p.TenantID, id}])
	}
	for k, evs := range tx.s.events {
		if k.tenant == p.TenantID && convs[k.id] == nil {
			tally.Add(nil, evs)
		}
	}
	return tally.Counts(), nil
}

// MetricsScan implements [store.MetricsTx]. Conversations come in no
// particular order; fn runs without the Tx's lock, while the Store's lock
// keeps the records still.
func (tx *Tx) MetricsScan(ctx context.Context, p store.MetricsScanParams, fn func(store.Message) error) error {
	if err := tx.begin(ctx, "scan metrics", false); err != nil {
		return err
	}
	tx.mu.Unlock()
	if p.To.IsZero() {
		return fmt.Errorf("memstore: scan metrics: To is required")
	}
	for k, ms := range tx.s.msgs {
		if k.tenant != p.TenantID {
			continue
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("memstore: scan metrics: %w", err)
		}
		if err := store.ScanConversation(p, ms, fn); err != nil {
			return err
		}
	}
	return nil
}
