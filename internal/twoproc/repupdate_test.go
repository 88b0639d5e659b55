package twoproc_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestOptOutWhileARepUpdateIsCheckedReachesTheRepOnPostgres: a lead's
// STOP that commits after the Dispatcher's send-time check of the rep's
// update read the conversation, and before the check marked the update
// sending, must still reach the rep. PostgreSQL runs the two transactions
// side by side (SQLite one at a time): a third connection takes the
// update's row once the Dispatcher has claimed it (the Sender of the rep's
// earlier text does it), so the check stops just before marking it
// sending, having read the conversation as it was before the STOP; the
// STOP then commits, or waits for the check, and the row is let go. Either the update going
// out has the opt-out or the opt-out queues one of its own: the rep is
// told the lead opted out.
func TestOptOutWhileARepUpdateIsCheckedReachesTheRepOnPostgres(t *testing.T) {
	db := databases["postgres"]
	dsn := db.dsn(t)
	st, closeDB, err := openStore(db.dialect, dsn)
	require.NoError(t, err)
	t.Cleanup(closeDB)
	var mu sync.Mutex
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	advance := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	e, err := handoff.NewEngine(st, &handoff.Config{Now: clock})
	require.NoError(t, err)
	ctx := context.Background()

	_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "u1", Lead: store.Lead{Phone: "+16465550111", Name: "Maria"}})
	require.NoError(t, err)
	_, err = e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "u1", RepID: "rep1",
		Body: "Hi Maria, Sam here, can I call you at 5?", Send: true})
	require.NoError(t, err)
	_, err = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "u1", Body: "5 works, call the cell"})
	require.NoError(t, err)
	var update store.OutboxItem
	require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: "u1"})
		for _, it := range items {
			if it.Kind == store.OutboxRepUpdate {
				update = it
			}
		}
		return err
	}))
	require.Equal(t, "rep1", update.To, "the lead's message queued the rep's update")
	advance(2 * time.Minute)

	// A third connection holds the update's row once the Dispatcher has
	// claimed it, from the Sender of the rep's text, which goes first.
	other, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	t.Cleanup(func() { other.Close() })
	hold, err := other.BeginTx(ctx, nil)
	require.NoError(t, err)
	defer hold.Rollback()
	var held bool
	var notes []handoff.Notification
	d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{QuietHours: dnc.QuietHours{Start: 0, End: 24},
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			mu.Lock()
			defer mu.Unlock()
			if !held {
				held = true
				if _, err := hold.ExecContext(ctx, `SELECT 1 FROM handoff_outbox WHERE id = $1 AND status = 'leased' FOR UPDATE`, update.ID); err != nil {
					return handoff.SendResult{}, err
				}
			}
			return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			mu.Lock()
			defer mu.Unlock()
			notes = append(notes, n)
			return nil
		})})
	require.NoError(t, err)

	waiting := func(event, like string) bool {
		var n int
		require.NoError(t, other.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = $1 AND query LIKE $2`, event, like).Scan(&n))
		return n > 0
	}

	dispatched := make(chan error, 1)
	go func() {
		_, err := d.RunOnce(ctx)
		dispatched <- err
	}()
	// The check read the conversation and waits to mark the update sending.
	require.Eventually(t, func() bool { return waiting("transactionid", "%'sending'%") }, 10*time.Second, 5*time.Millisecond)

	stopped := make(chan error, 1)
	go func() {
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "u1", Body: "STOP"})
		if err == nil && out.Kind != handoff.OutcomeOptedOut {
			err = errUnexpected(out.Kind)
		}
		stopped <- err
	}()
	// The STOP commits, or waits for the check (an address lock).
	var stopErr error
	done := false
	require.Eventually(t, func() bool {
		select {
		case stopErr = <-stopped:
			done = true
			return true
		default:
			return waiting("advisory", "%")
		}
	}, 10*time.Second, 5*time.Millisecond)
	require.NoError(t, hold.Rollback())
	require.NoError(t, <-dispatched)
	if !done {
		stopErr = <-stopped
	}
	require.NoError(t, stopErr)

	advance(2 * time.Minute)
	for {
		n, err := d.RunOnce(ctx)
		require.NoError(t, err)
		if n == 0 {
			break
		}
	}
	mu.Lock()
	defer mu.Unlock()
	var told []store.Status
	for _, n := range notes {
		if n.Item.Kind == store.OutboxRepUpdate && n.Item.To == "rep1" {
			told = append(told, n.Conversation.Status)
		}
	}
	require.NotEmpty(t, told)
	t.Logf("STOP waited for the check: %v; updates sent to the rep, by the status they carried: %v", !done, told)
	require.Equal(t, store.StatusOptedOut, told[len(told)-1], "the rep learns the lead opted out; updates sent, by the status they carried: %v", told)
}

// TestOptOutRacingARepUpdateReachesTheRepOnSQL races, on two instances
// sharing one database, a lead's STOP on one against the other's
// Dispatcher sending the rep's update of the same conversation: however
// they interleave, the last update the rep gets says the lead opted out.
func TestOptOutRacingARepUpdateReachesTheRepOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			var mu sync.Mutex
			now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
			clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
			var es []*handoff.Engine
			for range 2 {
				st, closeDB, err := openStore(db.dialect, dsn)
				require.NoError(t, err)
				t.Cleanup(closeDB)
				e, err := handoff.NewEngine(st, &handoff.Config{Now: clock})
				require.NoError(t, err)
				es = append(es, e)
			}
			a, b := es[0], es[1]
			last := map[string]store.Status{} // conversation -> status of the rep's last update
			d, err := handoff.NewDispatcher(a, &handoff.DispatcherConfig{QuietHours: dnc.QuietHours{Start: 0, End: 24},
				Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
					return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
				}),
				Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
					mu.Lock()
					defer mu.Unlock()
					if n.Item.Kind == store.OutboxRepUpdate {
						last[n.Item.ConversationID] = n.Conversation.Status
					}
					return nil
				})})
			require.NoError(t, err)
			ctx := context.Background()
			n := trials(t)
			var lost []string
			for i := range n {
				id := fmt.Sprintf("r%04d", i)
				_, err := a.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: fmt.Sprintf("+1718%07d", i)}})
				require.NoError(t, err)
				_, err = a.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: id, RepID: "rep1", Body: "Sam here, can I call at 5?"})
				require.NoError(t, err)
				_, err = a.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: "5 works, call the cell"})
				require.NoError(t, err)
				mu.Lock()
				now = now.Add(2 * time.Minute)
				mu.Unlock()
				var wg sync.WaitGroup
				errs := make([]error, 2)
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, errs[0] = d.RunOnce(ctx)
				}()
				go func() {
					defer wg.Done()
					_, errs[1] = b.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: "STOP"})
				}()
				wg.Wait()
				require.NoError(t, errors.Join(errs...))
				mu.Lock()
				now = now.Add(2 * time.Minute)
				mu.Unlock()
				for {
					k, err := d.RunOnce(ctx)
					require.NoError(t, err)
					if k == 0 {
						break
					}
				}
				mu.Lock()
				if last[id] != store.StatusOptedOut {
					lost = append(lost, id+": "+string(last[id]))
				}
				mu.Unlock()
			}
			require.Empty(t, lost, "conversations whose rep's last update did not say the lead opted out, of %d", n)
		})
	}
}

type errUnexpected handoff.OutcomeKind

func (k errUnexpected) Error() string { return "unexpected outcome " + string(k) }
