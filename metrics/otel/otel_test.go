package otel_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.opentelemetry.io/otel/attribute"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/handoffkit/handoffkit/metrics"
	hotel "github.com/handoffkit/handoffkit/metrics/otel"
)

// point finds the value of an instrument's data point with the given
// attributes (besides tenant).
func point(t *testing.T, rm metricdata.ResourceMetrics, name, tenant string, attrs ...attribute.KeyValue) (float64, bool) {
	t.Helper()
	want := attribute.NewSet(append(attrs, attribute.String("tenant", tenant))...)
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name != name {
				continue
			}
			switch d := m.Data.(type) {
			case metricdata.Gauge[int64]:
				for _, p := range d.DataPoints {
					if p.Attributes.Equals(&want) {
						return float64(p.Value), true
					}
				}
			case metricdata.Gauge[float64]:
				for _, p := range d.DataPoints {
					if p.Attributes.Equals(&want) {
						return p.Value, true
					}
				}
			}
		}
	}
	return 0, false
}

func TestRegister_ExportsTheReport(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	reader := sdkmetric.NewManualReader()
	provider := sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))
	defer func() { _ = provider.Shutdown(ctx) }()
	calls := 0
	reg, err := hotel.Register(provider.Meter("test"), hotel.Config{
		Tenants: []string{"acme", "broken"},
		Report: func(ctx context.Context, tenant string) (metrics.Report, error) {
			calls++
			if tenant == "broken" {
				return metrics.Report{}, errors.New("database down")
			}
			return metrics.Report{TenantID: tenant, Conversations: 200, HandedOff: 50, HandoffRate: 0.25,
				HandoffsByReason: map[string]int64{"explicit_ask": 30, "fields": 22}, Responded: 48,
				TimeToRepP50: 90 * time.Second, TimeToRepP90: 7 * time.Minute, SLARerouted: 3, SLAEscalated: 1, SLABreaches: 2,
				CollisionsPrevented: 12, ReQuestions: 2, RepMessages: 80, ReQuestionRate: 0.025, MeetingsCompleted: 7, NoShows: 3,
				ShowRate: 0.7, Resumes: 5, Closed: 20, CloseRate: 0.4, Reopened: 4, Handled: 15, HandleTimeP50: 20 * time.Minute,
				HandleTimeP90: time.Hour, BookedHandoffs: 10, BookedOnly: 2, TimeToBookingP50: 5 * time.Minute, TimeToBookingP90: 30 * time.Minute,
				Complained: 3, ComplaintRate: 0.06, OptOuts: 6, OptIns: 1}, nil
		},
	})
	require.NoError(t, err)

	var rm metricdata.ResourceMetrics
	err = reader.Collect(ctx, &rm)
	require.ErrorContains(t, err, "database down", "a failing tenant is reported to the SDK...")
	checks := []struct {
		name  string
		attrs []attribute.KeyValue
		want  float64
	}{
		{"handoffkit.conversations", nil, 200},
		{"handoffkit.handed_off", nil, 50},
		{"handoffkit.handoff.rate", nil, 0.25},
		{"handoffkit.handoffs", []attribute.KeyValue{attribute.String("reason", "explicit_ask")}, 30},
		{"handoffkit.handoffs", []attribute.KeyValue{attribute.String("reason", "fields")}, 22},
		{"handoffkit.time_to_rep", []attribute.KeyValue{attribute.String("quantile", "0.5")}, 90},
		{"handoffkit.time_to_rep", []attribute.KeyValue{attribute.String("quantile", "0.9")}, 420},
		{"handoffkit.sla.breaches", nil, 2},
		{"handoffkit.sla.events", []attribute.KeyValue{attribute.String("kind", "rerouted")}, 3},
		{"handoffkit.sla.events", []attribute.KeyValue{attribute.String("kind", "escalated")}, 1},
		{"handoffkit.collisions_prevented", nil, 12},
		{"handoffkit.re_question.rate", nil, 0.025},
		{"handoffkit.show.rate", nil, 0.7},
		{"handoffkit.meetings", []attribute.KeyValue{attribute.String("outcome", "no_show")}, 3},
		{"handoffkit.resumes", nil, 5},
		{"handoffkit.closed", nil, 20},
		{"handoffkit.close.rate", nil, 0.4},
		{"handoffkit.handled", nil, 15},
		{"handoffkit.handle_time", []attribute.KeyValue{attribute.String("quantile", "0.5")}, 1200},
		{"handoffkit.handle_time", []attribute.KeyValue{attribute.String("quantile", "0.9")}, 3600},
		{"handoffkit.booked_handoffs", nil, 10},
		{"handoffkit.booked_only", nil, 2},
		{"handoffkit.time_to_booking", []attribute.KeyValue{attribute.String("quantile", "0.5")}, 300},
		{"handoffkit.time_to_booking", []attribute.KeyValue{attribute.String("quantile", "0.9")}, 1800},
		{"handoffkit.complained", nil, 3},
		{"handoffkit.reopened", nil, 4},
		{"handoffkit.complaint.rate", nil, 0.06},
		{"handoffkit.consent.events", []attribute.KeyValue{attribute.String("kind", "opt_out")}, 6},
		{"handoffkit.consent.events", []attribute.KeyValue{attribute.String("kind", "opt_in")}, 1},
	}
	for _, c := range checks {
		got, ok := point(t, rm, c.name, "acme", c.attrs...)
		require.True(t, ok, "%s %v missing", c.name, c.attrs)
		require.InDelta(t, c.want, got, 1e-9, c.name)
	}
	_, ok := point(t, rm, "handoffkit.conversations", "broken") // ...without losing the others

	require.False(t, ok, "nothing is recorded for a tenant whose report failed")

	require.NoError(t, reg.Unregister())
	before := calls
	_ = reader.Collect(ctx, &rm)
	require.Equal(t, before, calls, "no report is computed once unregistered")

	_, err = hotel.Register(provider.Meter("test"), hotel.Config{})
	require.Error(t, err)
}
