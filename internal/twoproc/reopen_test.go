package twoproc_test

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

const (
	stillWaiting = "hello? nobody called me back yet"
	donaPhone    = "+12125550181"
)

// repDrives opens c1 on e, hands it off on an explicit ask and gives it
// to sarah: state human, status hot.
func repDrives(t *testing.T, e *handoff.Engine) {
	t.Helper()
	ctx := context.Background()
	_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", TimeZone: "America/New_York",
		Lead: store.Lead{Name: "Dana", Phone: donaPhone}})
	require.NoError(t, err)
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "can you call me about selling my house"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	_, err = e.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
	require.NoError(t, err)
}

// requireReopened checks that c1 is back in the Hot inbox because the lead
// wrote after sarah's Done.
func requireReopened(t *testing.T, e *handoff.Engine) {
	t.Helper()
	ctx := context.Background()
	c, err := e.Conversation(ctx, tenant, "c1")
	require.NoError(t, err)
	evs, err := e.Events(ctx, tenant, "c1")
	require.NoError(t, err)
	var kinds []store.EventKind
	for _, ev := range evs {
		kinds = append(kinds, ev.Kind)
	}
	require.Equal(t, store.StatusHot, c.Status, "the lead wrote after the Done; events %v", kinds)
	require.Equal(t, handoff.ReasonLeadWroteAfterClose, c.HandoffReason)
	require.Equal(t, store.StateHuman, c.State, "still sarah's thread; the AI stays silent")
	require.Equal(t, "sarah", c.AssignedTo)
	done := slices.Index(kinds, store.EventKind(handoff.ActionComplete))
	reopened := slices.Index(kinds, store.EventReopened)
	require.True(t, done >= 0 && reopened > done, "a reopened event after the Done: %v", kinds)
	page, err := e.HotInbox(ctx, handoff.HotInboxParams{TenantID: tenant})
	require.NoError(t, err)
	require.True(t, slices.ContainsFunc(page.Entries, func(en handoff.InboxEntry) bool { return en.Conversation.ID == "c1" }),
		"back in the Hot inbox")
}

// TestLeadMessageRacingDoneAcrossProcesses: the other process receives
// the lead's message on a thread sarah drives and is held between its
// snapshot read (status hot) and its commit, in its Extractor; sarah
// clicks Done here meanwhile. The message, which sets no field and gives
// no callback time, commits after the Done and must put the conversation
// back in the Hot inbox, as a message arriving after the Done does. It
// was appended without a compare-and-swap, on the status read before the
// Done: the conversation stayed closed and nobody saw the lead ask again
// (reviewer T, D1).
func TestLeadMessageRacingDoneAcrossProcesses(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			defer closeDB()
			e, err := handoff.NewEngine(st, nil)
			require.NoError(t, err)
			ctx := context.Background()
			repDrives(t, e)

			child := startHeld(t, sideConfig{Dialect: db.dialect, DSN: dsn, Name: "b", Mode: "held-receive",
				Conversations: []string{"c1"}, Body: stillWaiting}) // held after its snapshot read

			_, err = e.Complete(ctx, handoff.HandoffActionParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
			require.NoError(t, err)
			require.Equal(t, []string{"R " + string(handoff.OutcomeRecorded)}, child.release(t))
			requireReopened(t, e)
		})
	}
}

// heldReceiveSide receives cfg.Body on cfg.Conversations[0] with an
// Extractor that, on its first call (after the snapshot read, before the
// commit), creates the file cfg.Blocked and holds until cfg.Release
// exists. It logs "R <outcome>".
func heldReceiveSide(cfg sideConfig) error {
	ctx, cancel := context.WithDeadline(context.Background(), cfg.Deadline)
	defer cancel()
	st, closeDB, err := openStore(cfg.Dialect, cfg.DSN)
	if err != nil {
		return err
	}
	defer closeDB()
	hp := newHoldPoint(cfg)
	hold := qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
		return nil, hp.wait(ctx)
	})
	e, err := handoff.NewEngine(st, &handoff.Config{Extractor: hold})
	if err != nil {
		return err
	}
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: cfg.Conversations[0], Body: cfg.Body})
	if err != nil {
		return err
	}
	if err := hp.check("held receive"); err != nil {
		return err
	}
	f, err := os.Create(cfg.Log)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "R %s\n", out.Kind)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// lockTx is a store.Tx that runs hook once, before the lead's message
// stillWaiting is appended, and keeps the address lock of the Tx it
// wraps.
type lockTx struct {
	store.Tx
	hook func()
}

func (tx lockTx) AddressLock(ctx context.Context, tenantID, address string) error {
	return store.LockAddress(ctx, tx.Tx, tenantID, address)
}

func (tx lockTx) MessageAppend(ctx context.Context, m *store.Message) error {
	if m.Body == stillWaiting && tx.hook != nil {
		tx.hook()
	}
	return tx.Tx.MessageAppend(ctx, m)
}

type appendHookStore struct {
	store.Store
	once sync.Once
	hook func()
}

func (s *appendHookStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return fn(ctx, lockTx{Tx: tx, hook: func() { s.once.Do(s.hook) }})
	})
}

// TestDoneWhileALeadMessageCommitsOnPostgres: the rep's Done on one
// instance begins while the other instance's transaction recording the
// lead's message is open, past its last read of the conversation.
// PostgreSQL runs the two side by side; whichever commits second must
// see the other: the Done waits for the message, and closes a thread
// whose last message the rep had, or the message sees the Done and
// reopens it. Without that, the Done committed inside the message's
// transaction and the message was recorded after it on a conversation
// left closed. (SQLite runs one write transaction at a time, so the
// window is the snapshot's only: TestLeadMessageRacingDoneAcrossProcesses.)
func TestDoneWhileALeadMessageCommitsOnPostgres(t *testing.T) {
	db := databases["postgres"]
	dsn := db.dsn(t)
	var stores []store.Store
	for range 2 {
		st, closeDB, err := openStore(db.dialect, dsn)
		require.NoError(t, err)
		t.Cleanup(closeDB)
		stores = append(stores, st)
	}
	probe, err := sql.Open("pgx", dsn)
	require.NoError(t, err)
	t.Cleanup(func() { probe.Close() })
	ctx := context.Background()
	done, err := handoff.NewEngine(stores[1], nil)
	require.NoError(t, err)
	repDrives(t, done)

	var doneErr error
	doneReturned := make(chan struct{})
	var doneBeforeCommit bool
	hooked := &appendHookStore{Store: stores[0], hook: func() {
		go func() {
			defer close(doneReturned)
			_, doneErr = done.Complete(ctx, handoff.HandoffActionParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
		}()
		// Until the Done returned or waits for a lock on the lead's
		// address.
		deadline := time.Now().Add(30 * time.Second)
		for time.Now().Before(deadline) {
			select {
			case <-doneReturned:
				doneBeforeCommit = true
				return
			default:
			}
			var waiting int
			require.NoError(t, probe.QueryRowContext(ctx, `SELECT count(*) FROM pg_locks l, (SELECT hashtextextended($1 || ':' || $2, 4242) AS k) h
				WHERE l.locktype = 'advisory' AND NOT l.granted AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
				AND l.classid::bigint = ((h.k >> 32) & 4294967295) AND l.objid::bigint = (h.k & 4294967295)`, tenant, donaPhone).Scan(&waiting))
			if waiting > 0 {
				return
			}
			time.Sleep(time.Millisecond)
		}
		t.Error("the Done neither returned nor waited within 30s")
	}}
	msg, err := handoff.NewEngine(hooked, nil)
	require.NoError(t, err)
	out, err := msg.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: stillWaiting})
	require.NoError(t, err)
	<-doneReturned
	require.NoError(t, doneErr)
	if doneBeforeCommit {
		// The Done committed inside the message's transaction: the
		// message, recorded after it, must have reopened the thread.
		requireReopened(t, done)
		return
	}
	// The Done waited for the message: it closed a thread whose last
	// message the rep had.
	require.Equal(t, handoff.OutcomeRecorded, out.Kind)
	c, err := done.Conversation(ctx, tenant, "c1")
	require.NoError(t, err)
	require.Equal(t, store.StatusClosed, c.Status)
	msgs, err := done.Transcript(ctx, tenant, "c1")
	require.NoError(t, err)
	require.True(t, strings.Contains(msgs[len(msgs)-1].Body, "nobody called me back"))
}
