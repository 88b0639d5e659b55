package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestSLAReroutesWithARealClock: the 5-minute rule re-routes a handoff
// nobody engaged on every store when the clock reads nanoseconds, as
// time.Now does; the SQL stores keep times to the microsecond, and the
// rule, comparing the handoff time it was queued with against the one
// read back, had found them different and done nothing: no re-route, no
// escalation, on SQLite and PostgreSQL.
func TestSLAReroutesWithARealClock(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		clock := &dspClock{t: dspNoonNY.Add(123456789 * time.Nanosecond)}
		e := tenantEngine(t, st, clock, "acme-team", nil, route.Rep{ID: "alice", Name: "Alice"}, route.Rep{ID: "amy", Name: "Amy"})
		log := &tenantLog{}
		d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: log, Notifier: log, QuietHours: allDay})
		require.NoError(t, err)
		first := tenantHandoff(t, e, "acme", "a1", "+15125550144").AssignedTo
		runDispatcher(t, d)
		clock.Advance(5*time.Minute + time.Second)
		runDispatcher(t, d)
		c, err := e.Conversation(context.Background(), "acme", "a1")
		require.NoError(t, err)
		require.NotEqual(t, first, c.AssignedTo, "nobody engaged: re-routed")
		require.Contains(t, []string{"alice", "amy"}, c.AssignedTo)
	})
}
