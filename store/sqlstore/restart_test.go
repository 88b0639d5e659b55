package sqlstore_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

type restartClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *restartClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *restartClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestFiveMinuteRuleSurvivesARestart: a handoff's 5-minute check is a row
// in the database, so when the process stops before it is due (store,
// engine and dispatcher closed) and a new one starts on the same database
// after the deadline, the new dispatcher re-routes the handoff and tells
// the next rep.
func TestFiveMinuteRuleSurvivesARestart(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		loc := d.location(t)
		clock := &restartClock{t: time.Date(2026, 3, 2, 17, 0, 0, 0, time.UTC)}
		var notified []string
		var mu sync.Mutex
		process := func() (*handoff.Engine, *handoff.Dispatcher, func()) {
			w, r := d.open(t, loc)
			st, err := sqlstore.New(d.dialect, w, &sqlstore.Config{Reader: r})
			require.NoError(t, err)
			require.NoError(t, st.Migrate(ctx))
			pool, err := route.New(&route.Config{Reps: []route.Rep{{ID: "ana", Name: "Ana"}, {ID: "ben", Name: "Ben"}},
				Sequencer: handoff.StoreSequencer(st), Load: handoff.StoreLoad(st)})
			require.NoError(t, err)
			e, err := handoff.NewEngine(st, &handoff.Config{Now: clock.Now, Router: pool, NoReplies: true})
			require.NoError(t, err)
			dsp, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{
				Sender: handoff.SenderFunc(func(context.Context, handoff.Delivery) (handoff.SendResult, error) {
					return handoff.SendResult{}, nil
				}),
				Notifier: handoff.NotifierFunc(func(_ context.Context, n handoff.Notification) error {
					mu.Lock()
					defer mu.Unlock()
					notified = append(notified, n.Item.To)
					return nil
				}),
				QuietHours: dnc.QuietHours{Start: 0, End: 24}})
			require.NoError(t, err)
			return e, dsp, func() {
				require.NoError(t, st.Close())
				w.Close()
				if r != nil {
					r.Close()
				}
			}
		}

		e1, d1, stop1 := process()
		_, err := e1.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "c", Lead: store.Lead{Phone: "+15550101234"}})
		require.NoError(t, err)
		out, err := e1.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c", Body: "can you just call me"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		first := out.AssignedTo
		require.NotEmpty(t, first)
		_, err = d1.RunOnce(ctx)
		require.NoError(t, err)
		mu.Lock()
		require.Equal(t, []string{first}, notified, "the first rep is told; the check is not due yet")
		mu.Unlock()
		stop1()

		clock.Add(5*time.Minute + time.Second)
		e2, d2, stop2 := process()
		defer stop2()
		_, err = d2.RunOnce(ctx)
		require.NoError(t, err)
		c, err := e2.Conversation(ctx, "t", "c")
		require.NoError(t, err)
		require.NotEqual(t, first, c.AssignedTo, "the check queued before the restart re-routed after it")
		mu.Lock()
		defer mu.Unlock()
		require.Equal(t, []string{first, c.AssignedTo}, notified, "the next rep is told")
	})
}
