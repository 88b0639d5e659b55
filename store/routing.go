package store

import (
	"context"
	"errors"
	"fmt"
)

// RoutingTx is the optional ability to keep routing state in the store, so
// that round-robin stays fair across restarts and instances and a rep's
// capacity counts every instance's handoffs.
type RoutingTx interface {
	// CounterNext returns the tenant's counter key (0 for a new one) and
	// adds one to it, atomically: two transactions never get the same
	// value.
	CounterNext(ctx context.Context, tenantID, key string) (uint64, error)
	// ConversationOpenCounts returns, for each of repIDs, how many of the
	// tenant's conversations assigned to that rep are open handoffs
	// (status hot). Reps without any are absent or zero.
	ConversationOpenCounts(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error)
}

// OpenHandoffCounts counts open handoffs per rep (see
// [RoutingTx.ConversationOpenCounts]); without the ability it pages through
// the tenant's hot conversations.
func OpenHandoffCounts(ctx context.Context, tx Tx, tenantID string, repIDs []string) (map[string]int, error) {
	if r, ok := tx.(RoutingTx); ok {
		return r.ConversationOpenCounts(ctx, tenantID, repIDs)
	}
	want := map[string]bool{}
	for _, id := range repIDs {
		want[id] = true
	}
	out := map[string]int{}
	var after *ConversationCursor
	for {
		page, err := tx.ConversationList(ctx, ConversationListParams{TenantID: tenantID, Status: StatusHot, Limit: 500, After: after})
		if err != nil {
			return nil, err
		}
		for _, c := range page {
			if want[c.AssignedTo] {
				out[c.AssignedTo]++
			}
		}
		if len(page) < 500 {
			return out, nil
		}
		last := page[len(page)-1]
		after = &ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
}

// errNoCounters is returned by NextCounter on a store without counters.
var errNoCounters = fmt.Errorf("store: the store keeps no counters (it lacks store.RoutingTx): %w", errors.ErrUnsupported)

// NextCounter is [RoutingTx.CounterNext], or an error wrapping
// errors.ErrUnsupported when the store lacks the ability.
func NextCounter(ctx context.Context, tx Tx, tenantID, key string) (uint64, error) {
	if r, ok := tx.(RoutingTx); ok {
		return r.CounterNext(ctx, tenantID, key)
	}
	return 0, errNoCounters
}
