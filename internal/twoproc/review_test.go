package twoproc_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// maybeRevoked is a possible opt-out: the engine sends it to review.
const maybeRevoked = "can you end the reminder calls on my calendar? I get two for the same visit"

// TestReviewStopsARepTextInAnotherProcess: a rep's text to the lead was
// queued before the lead's possible opt-out, which waits for a person's
// decision; nobody, a rep no more than the AI, writes to the lead until
// then. Queued, the review here cancels it and the other process's
// Dispatcher sends nothing; a rep's new text here is refused. Already
// with the other process's Sender, the review waits for it and, when its
// context ends first, reports it in flight; it never returns as if
// nothing were being sent.
func TestReviewStopsARepTextInAnotherProcess(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name+"/queued", func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			defer closeDB()
			e := reviewEngine(t, st)
			ctx := context.Background()
			repText(t, e)
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: maybeRevoked})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeReview, out.Kind)

			// The other process dispatches until c1 has nothing open.
			dir := t.TempDir()
			b := sideConfig{Dialect: db.dialect, DSN: dsn, Log: filepath.Join(dir, "b.log"), Name: "b", Mode: "order",
				Conversations: []string{"c1"}, Deadline: time.Now().Add(time.Minute)}
			require.NoError(t, startChild(t, b).Wait(), "the child process's side")
			for _, l := range readLines(t, b.Log) {
				require.False(t, strings.HasPrefix(l, "S "), "the other process sent while the review waited: %s", l)
			}
			waitForStatus(t, st, store.OutboxRepSMS, store.OutboxCancelled, b.Deadline)

			_, err = e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah",
				Body: "Sarah again, did you see my text?", Send: true})
			require.ErrorAs(t, err, new(*handoff.ReviewPendingError))
		})

		t.Run(name+"/in flight", func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			defer closeDB()
			e := reviewEngine(t, st)
			ctx := context.Background()
			repText(t, e)

			// The other process holds the rep's text in its Sender.
			dir := t.TempDir()
			release := filepath.Join(dir, "release")
			b := sideConfig{Dialect: db.dialect, DSN: dsn, Log: filepath.Join(dir, "b.log"), Name: "b", Mode: "hold",
				Hold: []store.OutboxKind{store.OutboxRepSMS}, Release: release, Deadline: time.Now().Add(time.Minute)}
			child := startChild(t, b)
			waited := false
			t.Cleanup(func() {
				if !waited {
					_ = os.WriteFile(release, nil, 0o600)
					_ = child.Wait()
				}
			})
			held := waitForStatus(t, st, store.OutboxRepSMS, store.OutboxSending, b.Deadline)

			// The review's context ends once it is committed: it must then
			// be waiting for the rep's text, and report it.
			cctx, cancel := context.WithCancel(ctx)
			go func() {
				defer cancel()
				for time.Now().Before(b.Deadline) {
					if c, err := e.Conversation(ctx, tenant, "c1"); err != nil || c.State == store.StatePaused {
						return
					}
					time.Sleep(time.Millisecond)
				}
			}()
			out, err := e.Receive(cctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: maybeRevoked})
			require.ErrorIs(t, err, handoff.ErrInFlight, "returned while the rep's text was with the other process's Sender")
			require.Equal(t, handoff.OutcomeReview, out.Kind)
			require.Len(t, out.InFlight, 1)
			require.Equal(t, held.ID, out.InFlight[0].ID)

			require.NoError(t, os.WriteFile(release, nil, 0o600))
			waited = true
			require.NoError(t, child.Wait(), "the child process's side")
			waitForStatus(t, st, store.OutboxRepSMS, store.OutboxDone, b.Deadline)
		})
	}
}

// reviewEngine is an engine on st with the default configuration.
func reviewEngine(t *testing.T, st store.Store) *handoff.Engine {
	t.Helper()
	e, err := handoff.NewEngine(st, nil)
	require.NoError(t, err)
	return e
}

// repText opens c1 and queues a rep's text on it: the rep drives.
func repText(t *testing.T, e *handoff.Engine) {
	t.Helper()
	ctx := context.Background()
	_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", TimeZone: "America/New_York",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
	require.NoError(t, err)
	_, err = e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah",
		Body: "Hi it's Sarah, still want to sell?", Send: true})
	require.NoError(t, err)
}
