package handoff_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// TestDispatcherTenantsQuietHoursOfTheirOwn: one Dispatcher serves two
// tenants, each with its Engine. Globex's Engine sets its own sending
// window (Config.QuietHours, 9:00 to 17:00) and its own zone for leads
// whose zone is unknown (Config.DefaultTimeZone, Tokyo); acme's sets
// neither and keeps the dispatcher's (8:00 to 21:00, UTC). At 18:00 in
// New York an AI reply to a New York lead goes for acme and waits until
// 9:00 New York for globex; one to a number with no zone waits until
// 8:00 UTC for acme and 9:00 Tokyo for globex.
func TestDispatcherTenantsQuietHoursOfTheirOwn(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	clock := &dspClock{t: dspNoonNY.Add(6 * time.Hour)} // 18:00 in New York, 22:00 UTC
	tokyo, err := time.LoadLocation("Asia/Tokyo")
	require.NoError(t, err)
	engine := func(name string, mod func(*handoff.Config)) *handoff.Engine {
		var n atomic.Int64
		cfg := &handoff.Config{Now: clock.Now, NewID: func() string { return fmt.Sprintf("%s%06d", name, n.Add(1)) }}
		if mod != nil {
			mod(cfg)
		}
		e, err := handoff.NewEngine(st, cfg)
		require.NoError(t, err)
		return e
	}
	acme := engine("acme", nil)
	globex := engine("globex", func(c *handoff.Config) {
		c.QuietHours = &dnc.QuietHours{Start: 9, End: 17}
		c.DefaultTimeZone = tokyo
	})
	log := &tenantLog{}
	d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: log, Notifier: log,
		Tenants: map[string]*handoff.Engine{"acme": acme, "globex": globex}})
	require.NoError(t, err)

	ctx := context.Background()
	reply := func(e *handoff.Engine, tenant, id, phone string) {
		t.Helper()
		_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: phone}})
		require.NoError(t, err)
		_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: "Thanks, what's the address?", Send: true})
		require.NoError(t, err)
	}
	reply(acme, "acme", "a1", "+12125550101")
	reply(globex, "globex", "g1", "+12125550102")
	reply(acme, "acme", "a2", "+80012345678") // no zone for the number
	reply(globex, "globex", "g2", "+80012345679")
	runDispatcher(t, d)

	item := func(tenant, id string) store.OutboxItem {
		t.Helper()
		for _, it := range tenantOutbox(t, st, tenant) {
			if it.ConversationID == id && it.Kind == store.OutboxAIReply {
				return it
			}
		}
		t.Fatalf("no AI reply of %s/%s", tenant, id)
		return store.OutboxItem{}
	}
	require.Equal(t, store.OutboxDone, item("acme", "a1").Status, "acme's window, the dispatcher's, is open at 18:00 in New York")
	nextDay := func(hour int, loc *time.Location) time.Time {
		return time.Date(2026, 6, 2, hour, 0, 0, 0, loc).UTC()
	}
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for _, tc := range []struct {
		tenant, id string
		want       time.Time
	}{
		{"globex", "g1", nextDay(9, ny)},     // globex's window, in the lead's zone
		{"acme", "a2", nextDay(8, time.UTC)}, // the dispatcher's window and zone
		{"globex", "g2", nextDay(9, tokyo)},  // globex's window and zone
	} {
		it := item(tc.tenant, tc.id)
		require.Equal(t, store.OutboxPending, it.Status, "%s/%s held", tc.tenant, tc.id)
		require.Equal(t, "quiet hours", it.LastError, "%s/%s", tc.tenant, tc.id)
		require.True(t, it.NotBefore.Equal(tc.want), "%s/%s held until %v, not %v", tc.tenant, tc.id, tc.want, it.NotBefore.UTC())
	}
}

// TestConfigQuietHoursRefused: an Engine's window out of range is refused
// by NewEngine with an *InputError naming Config.QuietHours.
func TestConfigQuietHoursRefused(t *testing.T) {
	t.Parallel()
	_, err := handoff.NewEngine(memstore.New(), &handoff.Config{QuietHours: &dnc.QuietHours{Start: 9, End: 25}})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
	require.ErrorContains(t, err, "Config.QuietHours")
}
