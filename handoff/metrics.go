package handoff

import (
	"context"
	"time"

	"github.com/handoffkit/handoffkit/metrics"
)

// MetricsParams selects the report of [Engine.Metrics].
type MetricsParams struct {
	TenantID string // required
	// From and To delimit the window [From, To). A zero From means from
	// the beginning; a zero To means now (Config.Now).
	From, To time.Time
}

// Metrics is the handoff report of a tenant over a window, computed from
// the audit trail and the transcript in one read-only transaction with
// the engine's schema: see [metrics.Report] for every figure and
// [metrics.Compute] for how the store computes it.
func (e *Engine) Metrics(ctx context.Context, p MetricsParams) (metrics.Report, error) {
	if err := checkID("TenantID", p.TenantID); err != nil {
		return metrics.Report{}, err
	}
	if p.To.IsZero() {
		p.To = e.now()
	}
	if !p.To.After(p.From) {
		return metrics.Report{}, &InputError{Field: "To", Problem: "is not after From"}
	}
	return metrics.Compute(ctx, e.st, metrics.Params{TenantID: p.TenantID, From: p.From, To: p.To, Schema: e.cfg.Schema})
}
