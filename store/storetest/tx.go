package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// writeOp is one kind of write, run on the seeded scenario.
type writeOp struct {
	name string
	// write performs the write and returns its error.
	write func(ctx context.Context, tx store.Tx) error
	// check verifies, inside the same read-write transaction, that the
	// write is visible.
	check func(t *testing.T, ctx context.Context, tx store.Tx)
}

func writeOps() []writeOp {
	return []writeOp{
		{
			name: "ConversationInsert",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.ConversationInsert(ctx, conv(tenant1, "c-new"))
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				if _, err := tx.ConversationGet(ctx, tenant1, "c-new"); err != nil {
					t.Errorf("ConversationGet in the same transaction: %v", err)
				}
			},
		},
		{
			name: "ConversationUpdate",
			write: func(ctx context.Context, tx store.Tx) error {
				c, err := tx.ConversationGet(ctx, tenant1, "c1")
				if err != nil {
					return err
				}
				c.State = store.StatePaused
				c.Score = 42
				c.Fields = map[store.FieldName]store.Field{"timeline": {Value: "soon", Confidence: 0.5, UpdatedAt: t0}}
				return tx.ConversationUpdate(ctx, &c)
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				c, err := tx.ConversationGet(ctx, tenant1, "c1")
				if err != nil || c.State != store.StatePaused || c.Score != 42 {
					t.Errorf("ConversationGet in the same transaction: %+v, %v; want the update", c, err)
				}
			},
		},
		{
			name: "MessageAppend",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.MessageAppend(ctx, msg(tenant1, "c1", "m-new", "p-new", 10*time.Second))
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				if _, err := tx.MessageGetByProviderID(ctx, tenant1, "p-new"); err != nil {
					t.Errorf("MessageGetByProviderID in the same transaction: %v", err)
				}
			},
		},
		{
			name: "EventAppend",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.EventAppend(ctx, event(tenant1, "c1", "e-new", 10*time.Second))
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				es, err := tx.EventList(ctx, tenant1, "c1")
				if err != nil || len(es) != 2 {
					t.Errorf("EventList in the same transaction: %d events, %v; want 2", len(es), err)
				}
			},
		},
		{
			name: "OutboxEnqueue",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.OutboxEnqueue(ctx, item(tenant1, "c1", "o-new", store.OutboxAIReply, "+15550000001", t0))
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				if _, err := tx.OutboxGet(ctx, tenant1, "o-new"); err != nil {
					t.Errorf("OutboxGet in the same transaction: %v", err)
				}
			},
		},
		{
			name: "OutboxClaim",
			write: func(ctx context.Context, tx store.Tx) error {
				_, err := tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: at(2 * time.Hour), Limit: 10, LeaseFor: time.Minute})
				return err
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				it, err := tx.OutboxGet(ctx, tenant1, "o-due")
				if err != nil || it.Status != store.OutboxLeased {
					t.Errorf("OutboxGet(o-due) in the same transaction: status %q, %v; want leased", it.Status, err)
				}
			},
		},
		{
			name: "OutboxSettle",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.OutboxSettle(ctx, store.OutboxSettleParams{
					TenantID: tenant1, ID: "o-leased", Status: store.OutboxDone, Attempted: true, LastError: "x", Now: at(time.Minute),
				})
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				it, err := tx.OutboxGet(ctx, tenant1, "o-leased")
				if err != nil || it.Status != store.OutboxDone {
					t.Errorf("OutboxGet(o-leased) in the same transaction: status %q, %v; want done", it.Status, err)
				}
			},
		},
		{
			name: "OutboxCancel",
			write: func(ctx context.Context, tx store.Tx) error {
				_, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: tenant1, ConversationID: "c1", Now: at(time.Minute)})
				return err
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				it, err := tx.OutboxGet(ctx, tenant1, "o-due")
				if err != nil || it.Status != store.OutboxCancelled {
					t.Errorf("OutboxGet(o-due) in the same transaction: status %q, %v; want cancelled", it.Status, err)
				}
			},
		},
		{
			name: "SuppressionPutNew",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.SuppressionPut(ctx, supp(tenant1, "+15550000009"))
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				if _, err := tx.SuppressionGet(ctx, tenant1, "+15550000009"); err != nil {
					t.Errorf("SuppressionGet in the same transaction: %v", err)
				}
			},
		},
		{
			name: "SuppressionPutReplace",
			write: func(ctx context.Context, tx store.Tx) error {
				s := supp(tenant1, "+15550000001")
				s.Reason = "replaced"
				return tx.SuppressionPut(ctx, s)
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				s, err := tx.SuppressionGet(ctx, tenant1, "+15550000001")
				if err != nil || s.Reason != "replaced" {
					t.Errorf("SuppressionGet in the same transaction: reason %q, %v; want replaced", s.Reason, err)
				}
			},
		},
		{
			name: "SuppressionDelete",
			write: func(ctx context.Context, tx store.Tx) error {
				return tx.SuppressionDelete(ctx, tenant1, "+15550000001")
			},
			check: func(t *testing.T, ctx context.Context, tx store.Tx) {
				if _, err := tx.SuppressionGet(ctx, tenant1, "+15550000001"); !errors.Is(err, store.ErrNotFound) {
					t.Errorf("SuppressionGet in the same transaction: %v, want ErrNotFound", err)
				}
			},
		},
	}
}

// allWrites runs every write op in one transaction, then checks each.
func allWrites(t *testing.T, ctx context.Context, tx store.Tx) error {
	for _, op := range writeOps() {
		if err := op.write(ctx, tx); err != nil {
			t.Errorf("%s: %v", op.name, err)
			return err
		}
	}
	return nil
}

func txCases() []testCase {
	var cases []testCase
	cases = append(cases,
		testCase{"CommitIsVisible", testCommitIsVisible},
	)
	ops := writeOps()
	for _, op := range ops {
		cases = append(cases, testCase{"RollbackOnError/" + op.name, func(t *testing.T, st store.Store) {
			testRollback(t, st, op, false)
		}})
	}
	everything := writeOp{name: "AllWritesInOneTx"}
	cases = append(cases, testCase{"RollbackOnError/AllWritesInOneTx", func(t *testing.T, st store.Store) {
		testRollback(t, st, everything, false)
	}})
	for _, op := range ops {
		cases = append(cases, testCase{"RollbackOnPanic/" + op.name, func(t *testing.T, st store.Store) {
			testRollback(t, st, op, true)
		}})
	}
	cases = append(cases, testCase{"RollbackOnPanic/AllWritesInOneTx", func(t *testing.T, st store.Store) {
		testRollback(t, st, everything, true)
	}})
	for _, op := range ops {
		cases = append(cases, testCase{"ViewRefusesWrites/" + op.name, func(t *testing.T, st store.Store) {
			testViewRefuses(t, st, op)
		}})
	}
	cases = append(cases,
		testCase{"ViewSeesCommitted", testViewSeesCommitted},
		testCase{"TxUnusableAfterFnReturns", testTxUnusableAfterFn},
		testCase{"CancelledContextBeforeInTx", testCancelledBeforeInTx},
		testCase{"CancelledContextDuringInTx", testCancelledDuringInTx},
		testCase{"CancelledContextBeforeView", testCancelledBeforeView},
		testCase{"TxMethodsHonourContext", testTxMethodsHonourContext},
	)
	return cases
}

func testCommitIsVisible(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	s := seed(h)
	calls := 0
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		calls++
		return allWrites(t, ctx, tx)
	})
	if calls < 1 {
		t.Fatal("InTx returned nil without running fn")
	}
	after := s.snapshot()
	// Every write of allWrites is visible.
	if _, err := h.getConv(tenant1, "c-new"); err != nil {
		t.Errorf("inserted conversation: %v", err)
	}
	if c := h.mustGetConv(tenant1, "c1"); c.Version != 2 || c.State != store.StatePaused {
		t.Errorf("updated conversation: version %d state %q, want 2 paused", c.Version, c.State)
	}
	if after.ByProvider["p-new"] == nil {
		t.Error("appended message not found by provider ID")
	}
	if n := len(after.Events["c1"]); n != 2 {
		t.Errorf("events of c1: %d, want 2", n)
	}
	if it, err := h.getItem(tenant1, "o-new"); err != nil || it.Status != store.OutboxCancelled {
		t.Errorf("o-new (enqueued, claimed, then cancelled): status %q, %v; want cancelled", it.Status, err)
	}
	if it := h.mustGetItem(tenant1, "o-leased"); it.Status != store.OutboxDone {
		t.Errorf("o-leased: status %q, want done", it.Status)
	}
	if it := h.mustGetItem(tenant1, "o-later"); it.Status != store.OutboxLeased {
		t.Errorf("o-later: status %q, want leased", it.Status)
	}
	if after.Supps["+15550000009"] == nil || after.Supps["+15550000001"] != nil {
		t.Errorf("suppressions: %+v", after.Supps)
	}
}

func testRollback(t *testing.T, st store.Store, op writeOp, panics bool) {
	h := newHarness(t, st)
	s := seed(h)
	before := s.snapshot()
	fn := func(ctx context.Context, tx store.Tx) error {
		if op.write == nil {
			if err := allWrites(t, ctx, tx); err != nil {
				return err
			}
		} else {
			if err := op.write(ctx, tx); err != nil {
				t.Errorf("%s: %v", op.name, err)
				return err
			}
			op.check(t, ctx, tx)
		}
		if panics {
			panic(panicValue("storetest: panic in " + op.name))
		}
		return errBoom
	}
	if panics {
		want := panicValue("storetest: panic in " + op.name)
		func() {
			defer func() {
				got := recover()
				if got != any(want) {
					t.Errorf("InTx re-panicked with %#v, want %#v", got, want)
				}
			}()
			err := st.InTx(h.ctx, fn)
			t.Errorf("InTx returned %v instead of re-raising the panic", err)
		}()
	} else {
		wantErr(t, st.InTx(h.ctx, fn), errBoom, "InTx")
	}
	mustEqual(t, "state after rollback", s.snapshot(), before)

	// Unique keys written by the rolled-back transaction are free again.
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		if err := tx.ConversationInsert(ctx, conv(tenant1, "c-new")); err != nil {
			return err
		}
		if err := tx.MessageAppend(ctx, msg(tenant1, "c1", "m-new", "p-new", 10*time.Second)); err != nil {
			return err
		}
		return tx.OutboxEnqueue(ctx, item(tenant1, "c1", "o-new", store.OutboxAIReply, "+15550000001", t0))
	})
}

func testViewRefuses(t *testing.T, st store.Store, op writeOp) {
	h := newHarness(t, st)
	s := seed(h)
	before := s.snapshot()
	ran := false
	_ = st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		ran = true
		err := op.write(ctx, tx)
		if !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("%s on View's Tx: got %v, want ErrReadOnly", op.name, err)
		}
		return nil
	})
	if !ran {
		t.Fatal("View did not run fn")
	}
	mustEqual(t, "state after refused write", s.snapshot(), before)
}

func testViewSeesCommitted(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	var got store.Conversation
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		got, err = tx.ConversationGet(ctx, tenant1, "c1")
		return err
	})
	if got.Version != 1 {
		t.Errorf("View read version %d, want 1", got.Version)
	}
	// View returns fn's error.
	err := st.View(h.ctx, func(ctx context.Context, tx store.Tx) error { return errBoom })
	wantErr(t, err, errBoom, "View")
}

func testTxUnusableAfterFn(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	var committed, rolledBack, viewed store.Tx
	h.mustTx(func(ctx context.Context, tx store.Tx) error { committed = tx; return nil })
	_ = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error { rolledBack = tx; return errBoom })
	h.mustView(func(ctx context.Context, tx store.Tx) error { viewed = tx; return nil })

	for name, tx := range map[string]store.Tx{"committed": committed, "rolled back": rolledBack} {
		if err := tx.ConversationInsert(h.ctx, conv(tenant1, "c-late")); err == nil {
			t.Errorf("ConversationInsert on a %s InTx's Tx after fn returned: no error", name)
		}
		if _, err := tx.ConversationGet(h.ctx, tenant1, "c1"); err == nil {
			t.Errorf("ConversationGet on a %s InTx's Tx after fn returned: no error", name)
		}
	}
	if _, err := viewed.ConversationGet(h.ctx, tenant1, "c1"); err == nil {
		t.Error("ConversationGet on View's Tx after fn returned: no error")
	}
	if _, err := h.getConv(tenant1, "c-late"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("conversation written through a finished Tx: %v, want ErrNotFound", err)
	}
}

func testCancelledBeforeInTx(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	ctx, cancel := context.WithCancel(h.ctx)
	cancel()
	err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		_ = tx.ConversationInsert(ctx, conv(tenant1, "c1"))
		return nil
	})
	wantErr(t, err, context.Canceled, "InTx with a cancelled context")
	if _, err := h.getConv(tenant1, "c1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("conversation written by InTx with a cancelled context: %v, want ErrNotFound", err)
	}
}

func testCancelledDuringInTx(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.ConversationInsert(ctx, conv(tenant1, "c1")); err != nil {
			t.Errorf("ConversationInsert: %v", err)
			return err
		}
		cancel()
		return nil
	})
	wantErr(t, err, context.Canceled, "InTx whose context was cancelled before commit")
	if _, err := h.getConv(tenant1, "c1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("conversation committed after its context was cancelled: %v, want ErrNotFound", err)
	}
}

func testCancelledBeforeView(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	ctx, cancel := context.WithCancel(h.ctx)
	cancel()
	err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.ConversationGet(ctx, tenant1, "c1")
		return err
	})
	wantErr(t, err, context.Canceled, "View with a cancelled context")
}

func testTxMethodsHonourContext(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := tx.ConversationGet(cctx, tenant1, "c1")
		wantErr(t, err, context.Canceled, "ConversationGet with a cancelled context")
		err = tx.MessageAppend(cctx, msg(tenant1, "c1", "m1", "p1", 0))
		wantErr(t, err, context.Canceled, "MessageAppend with a cancelled context")
		return err
	})
	wantErr(t, err, context.Canceled, "InTx")
	if _, err := h.msgByProvider(tenant1, "p1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("message appended with a cancelled context: %v, want ErrNotFound", err)
	}
}
