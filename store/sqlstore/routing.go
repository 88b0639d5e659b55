package sqlstore

import (
	"context"
	"strings"

	"github.com/handoffkit/handoffkit/store"
)

var _ store.RoutingTx = (*txn)(nil)

// CounterNext implements [store.RoutingTx]: one upsert returning the value
// before the increment.
func (t *txn) CounterNext(ctx context.Context, tenantID, key string) (uint64, error) {
	if err := t.use(ctx, "CounterNext", true); err != nil {
		return 0, err
	}
	var v int64
	err := t.queryRow(ctx, t.q.counterNext, tenantID, key).Scan(&v)
	if err != nil {
		return 0, t.s.wrap("next counter "+key, err)
	}
	return uint64(v), nil
}

// ConversationOpenCounts implements [store.RoutingTx].
func (t *txn) ConversationOpenCounts(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error) {
	if err := t.use(ctx, "ConversationOpenCounts", false); err != nil {
		return nil, err
	}
	out := map[string]int{}
	if len(repIDs) == 0 {
		return out, nil
	}
	args := []any{tenantID}
	for _, id := range repIDs {
		args = append(args, id)
	}
	q := `SELECT assigned_to, COUNT(*) FROM handoff_conversations WHERE tenant_id = ? AND status = 'hot' AND assigned_to IN (` +
		strings.TrimSuffix(strings.Repeat("?, ", len(repIDs)), ", ") + `) GROUP BY assigned_to`
	rows, err := t.sqlTx.QueryContext(ctx, t.q.rebind(q), args...)
	if err != nil {
		return nil, t.s.wrap("count open handoffs", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rep string
		var n int
		if err := rows.Scan(&rep, &n); err != nil {
			return nil, t.s.wrap("count open handoffs", err)
		}
		out[rep] = n
	}
	return out, t.s.wrap("count open handoffs", rows.Err())
}
