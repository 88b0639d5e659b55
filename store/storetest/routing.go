package storetest

import (
	"context"
	"slices"
	"sync"
	"testing"

	"github.com/handoffkit/handoffkit/store"
)

func init() { groups = append(groups, group{"Routing", routingCases()}) }

func routingCases() []testCase {
	return []testCase{
		{"CounterStartsAtZeroAndCounts", testCounterCounts},
		{"CounterIsPerTenantAndKey", testCounterScope},
		{"CounterRollsBack", testCounterRollback},
		{"CounterConcurrentCallersGetDistinctValues", testCounterConcurrent},
		{"OpenCountsPerRep", testOpenCounts},
	}
}

func needRouting(t *testing.T, st store.Store) {
	t.Helper()
	_ = st.View(t.Context(), func(ctx context.Context, tx store.Tx) error {
		if _, ok := tx.(store.RoutingTx); !ok {
			t.Skip("the store has no store.RoutingTx")
		}
		return nil
	})
}

func (h *harness) next(tenantID, key string) uint64 {
	h.t.Helper()
	var v uint64
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		var err error
		v, err = tx.(store.RoutingTx).CounterNext(ctx, tenantID, key)
		return err
	})
	return v
}

func testCounterCounts(t *testing.T, st store.Store) {
	needRouting(t, st)
	h := newHarness(t, st)
	for want := uint64(0); want < 4; want++ {
		if got := h.next(tenant1, "team"); got != want {
			t.Fatalf("CounterNext call %d = %d, want %d", want+1, got, want)
		}
	}
}

func testCounterScope(t *testing.T, st store.Store) {
	needRouting(t, st)
	h := newHarness(t, st)
	h.next(tenant1, "team")
	h.next(tenant1, "team")
	if got := h.next(tenant1, "territory:TX"); got != 0 {
		t.Errorf("another key of the tenant started at %d, want 0", got)
	}
	if got := h.next(tenant2, "team"); got != 0 {
		t.Errorf("the same key of another tenant started at %d, want 0", got)
	}
	if got := h.next(tenant1, "team"); got != 2 {
		t.Errorf("the first key went on at %d, want 2", got)
	}
}

func testCounterRollback(t *testing.T, st store.Store) {
	needRouting(t, st)
	h := newHarness(t, st)
	h.next(tenant1, "team")
	_ = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		if _, err := tx.(store.RoutingTx).CounterNext(ctx, tenant1, "team"); err != nil {
			return err
		}
		return errBoom
	})
	if got := h.next(tenant1, "team"); got != 1 {
		t.Errorf("after a rolled-back increment the counter gave %d, want 1", got)
	}
}

func testCounterConcurrent(t *testing.T, st store.Store) {
	needRouting(t, st)
	h := newHarness(t, st)
	const n = 20
	var mu sync.Mutex
	var got []uint64
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var v uint64
			err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
				var err error
				v, err = tx.(store.RoutingTx).CounterNext(ctx, tenant1, "team")
				return err
			})
			if err != nil {
				t.Errorf("CounterNext: %v", err)
				return
			}
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(got)
	for i, v := range got {
		if v != uint64(i) {
			t.Fatalf("%d concurrent CounterNext calls returned %v, want 0..%d once each", n, got, n-1)
		}
	}
}

func testOpenCounts(t *testing.T, st store.Store) {
	needRouting(t, st)
	h := newHarness(t, st)
	mk := func(tenantID, id, rep string, status store.Status) *store.Conversation {
		c := conv(tenantID, id)
		c.AssignedTo, c.Status = rep, status
		return c
	}
	h.insertConv(mk(tenant1, "a", "r1", store.StatusHot), mk(tenant1, "b", "r1", store.StatusHot), mk(tenant1, "c", "r2", store.StatusHot),
		mk(tenant1, "d", "r1", store.StatusNew), mk(tenant1, "e", "r3", store.StatusHot), mk(tenant2, "f", "r1", store.StatusHot))
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		got, err := tx.(store.RoutingTx).ConversationOpenCounts(ctx, tenant1, []string{"r1", "r2", "r4"})
		noErr(t, err, "ConversationOpenCounts")
		if got["r1"] != 2 || got["r2"] != 1 || got["r4"] != 0 || got["r3"] != 0 {
			t.Errorf("ConversationOpenCounts = %v, want r1:2 r2:1 (only hot, only the asked reps, only the tenant)", got)
		}
		fb, err := store.OpenHandoffCounts(ctx, baseTx{tx}, tenant1, []string{"r1", "r2", "r4"})
		noErr(t, err, "OpenHandoffCounts fallback")
		if fb["r1"] != 2 || fb["r2"] != 1 || fb["r4"] != 0 {
			t.Errorf("the fallback counted %v", fb)
		}
		return nil
	})
}
