package sqlstore_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// crashChildEnv names the SQLite file the re-executed test binary loops
// handoffs on until it is killed.
const crashChildEnv = "HANDOFFKIT_CRASH_CHILD_DB"

// TestCrashSafety runs a child process (this test binary, re-executed)
// that loops Start + a handoff-firing Receive on a SQLite file, kills it
// with SIGKILL at random moments, 25 times, and after each kill reopens the
// file and checks the handoff invariants: no conversation is hot without
// its bridge message and its outbox items (bridge SMS, rep notification
// and the 5-minute SLA check), and no bridge exists without a hot
// conversation.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv(crashChildEnv); path != "" {
		crashChild(path) // never returns
	}
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is not available on windows")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	const kills = 25
	total := 0
	for round := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+path, fmt.Sprintf("HANDOFFKIT_CRASH_ROUND=%d", round))
		stdout, err := cmd.StdoutPipe()
		require.NoError(t, err)
		cmd.Stderr = os.Stderr
		require.NoError(t, cmd.Start())
		// Wait until the child has completed its first handoff (warm-up
		// is slow under the race detector), then let it run for a random
		// time before killing it mid-flight.
		out := bufio.NewReader(stdout)
		for {
			line, err := out.ReadString('\n')
			require.NoError(t, err, "child did not complete a first handoff")
			if line == "handoff\n" {
				break
			}
		}
		time.Sleep(time.Duration(5+rand.IntN(60)) * time.Millisecond)
		require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
		err = cmd.Wait()
		require.Error(t, err, "the child loops until killed")

		hot := checkCrashInvariants(t, path)
		t.Logf("round %d: %d hot conversations so far", round, hot)
		total = hot
	}
	require.Positive(t, total, "the child never completed a handoff: the test checked nothing")
}

// crashChild loops handoffs on the SQLite file at path until killed.
func crashChild(path string) {
	ctx := context.Background()
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(3)
	}
	w, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		fail(err)
	}
	r, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		fail(err)
	}
	st, err := sqlstore.New(sqlstore.SQLite, w, &sqlstore.Config{Reader: r})
	if err != nil {
		fail(err)
	}
	if err := st.Migrate(ctx); err != nil {
		fail(err)
	}
	e, err := handoff.NewEngine(st, &handoff.Config{NoReplies: true})
	if err != nil {
		fail(err)
	}
	prefix := os.Getenv("HANDOFFKIT_CRASH_ROUND")
	for i := 0; ; i++ {
		id := fmt.Sprintf("r%s-c%d", prefix, i)
		if _, err := e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: id,
			Lead: store.Lead{Name: "Lead " + id, Phone: "+15550101234"}}); err != nil {
			fail(err)
		}
		// A message that fires nothing, then the handoff.
		if _, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: id, Body: "hi, still thinking", ProviderID: id + "-1"}); err != nil {
			fail(err)
		}
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: id, Body: "can you just call me", ProviderID: id + "-2"})
		if err != nil {
			fail(err)
		}
		if out.Kind != handoff.OutcomeHandoff {
			fail(fmt.Errorf("outcome %s, want handoff", out.Kind))
		}
		if i == 0 {
			fmt.Println("handoff")
		}
	}
}

// checkCrashInvariants reopens the file and checks every conversation.
// It returns the number of hot conversations.
func checkCrashInvariants(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	w, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	require.NoError(t, err)
	defer w.Close()
	st, err := sqlstore.New(sqlstore.SQLite, w, nil)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(ctx))
	var integrity string
	require.NoError(t, w.QueryRow(`PRAGMA integrity_check`).Scan(&integrity))
	require.Equal(t, "ok", integrity)

	hot := 0
	require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var after *store.ConversationCursor
		for {
			page, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: "t", Limit: 500, After: after})
			require.NoError(t, err)
			if len(page) == 0 {
				return nil
			}
			for _, c := range page {
				msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: "t", ConversationID: c.ID})
				require.NoError(t, err)
				items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: "t", ConversationID: c.ID})
				require.NoError(t, err)
				bridges := 0
				for _, m := range msgs {
					if m.Direction == store.Outbound && m.Origin == store.OriginAI {
						bridges++
					}
				}
				kinds := map[store.OutboxKind]int{}
				for _, it := range items {
					kinds[it.Kind]++
				}
				isHot := c.Status == store.StatusHot
				if isHot {
					hot++
					require.Equal(t, store.StateHandoff, c.State, "%s is hot but in state %s", c.ID, c.State)
					require.Equal(t, 1, bridges, "%s is hot: want its one bridge message", c.ID)
					require.Equal(t, map[store.OutboxKind]int{store.OutboxBridgeSMS: 1, store.OutboxRepNotification: 1, store.OutboxSLACheck: 1}, kinds,
						"%s is hot: want its bridge SMS, rep notification and SLA check", c.ID)
				} else {
					require.Zero(t, bridges, "%s has a bridge message but is %s/%s", c.ID, c.State, c.Status)
					require.Empty(t, kinds, "%s has outbox items but is %s/%s", c.ID, c.State, c.Status)
				}
			}
			last := page[len(page)-1]
			after = &store.ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
		}
	}))
	return hot
}
