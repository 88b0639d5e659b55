package twoproc_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestOneConfirmationForTwoStopsAcrossProcesses: a lead texts STOP to two
// conversations of one number (two lines, two campaigns) and the webhooks
// land in two processes at once. Whichever opt-out commits second finds
// the number suppressed and queues no confirmation; it must leave the
// first one's queued, so every number gets exactly one confirmation, and
// nothing else.
func TestOneConfirmationForTwoStopsAcrossProcesses(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			n := max(trials(t)/2, 10)
			dsn := db.dsn(t)
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			defer closeDB()
			e, err := handoff.NewEngine(st, nil)
			require.NoError(t, err)
			ctx := context.Background()
			phone := func(i int) string { return fmt.Sprintf("+1332%07d", i) }
			var xs, ys []string
			for i := range n {
				x, y := fmt.Sprintf("x%04d", i), fmt.Sprintf("y%04d", i)
				for _, id := range []string{x, y} {
					_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: phone(i)}})
					require.NoError(t, err)
				}
				xs, ys = append(xs, x), append(ys, y)
			}
			at := time.Now().Add(3 * time.Second) // the child is up by then
			a := sideConfig{Name: "a", Mode: "stops", Conversations: xs, At: at, StopEvery: 20 * time.Millisecond}
			b := a
			b.Name, b.Conversations = "b", ys
			logs := runBothOn(t, db, dsn, a, b)
			stopped := 0
			for _, l := range append(logs[0], logs[1]...) {
				if f := strings.Fields(l); len(f) == 4 && f[0] == "P" && f[3] == string(handoff.OutcomeOptedOut) {
					stopped++
				}
			}
			require.Equal(t, 2*n, stopped, "every STOP opted out")

			var mu sync.Mutex
			sent := map[string][]store.OutboxKind{}
			d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{QuietHours: dnc.QuietHours{Start: 0, End: 24},
				Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
					mu.Lock()
					defer mu.Unlock()
					sent[d.Item.To] = append(sent[d.Item.To], d.Item.Kind)
					return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
				})})
			require.NoError(t, err)
			for {
				k, err := d.RunOnce(ctx)
				require.NoError(t, err)
				if k == 0 {
					break
				}
			}
			hist := map[int]int{} // confirmations -> numbers
			var wrong []string
			for i := range n {
				got := sent[phone(i)]
				hist[len(got)]++
				if len(got) != 1 || got[0] != store.OutboxOptOutConfirm {
					wrong = append(wrong, fmt.Sprintf("%s: %v", phone(i), got))
				}
			}
			t.Logf("%s: %d numbers, two STOPs each from two processes; numbers by texts sent: %v", name, n, hist)
			require.Empty(t, wrong, "numbers that did not get exactly one opt-out confirmation")
		})
	}
}
