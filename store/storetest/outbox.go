package storetest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func outboxCases() []testCase {
	return []testCase{
		{"EnqueueStoresPending", testEnqueuePending},
		{"DuplicateIdempotencyKey", testDuplicateIdempotencyKey},
		{"GetMissing", testOutboxGetMissing},
		{"ListOrderAndFilters", testOutboxList},
		{"Claim/OnlyDueItems", testClaimOnlyDue},
		{"Claim/OldestNotBeforeFirst", testClaimOldestFirst},
		{"Claim/Limit", testClaimLimit},
		{"Claim/DefaultLimit10", testClaimDefaultLimit},
		{"Claim/LeasesItems", testClaimLeases},
		{"Claim/DefaultLeaseOneMinute", testClaimDefaultLease},
		{"Claim/LeaseHoldsUntilExpiry", testClaimLeaseHolds},
		{"Claim/SkipsFinishedItems", testClaimSkipsFinished},
		{"Claim/AllTenants", testClaimAllTenants},
		{"Claim/SomeTenants", testClaimSomeTenants},
		{"Claim/ConcurrentClaimers", testClaimConcurrent},
		{"Settle/Done", func(t *testing.T, st store.Store) { testSettleFinal(t, st, store.OutboxDone) }},
		{"Settle/Dead", func(t *testing.T, st store.Store) { testSettleFinal(t, st, store.OutboxDead) }},
		{"Settle/Cancelled", func(t *testing.T, st store.Store) { testSettleFinal(t, st, store.OutboxCancelled) }},
		{"Settle/NotLeasedConflicts", testSettleNotLeased},
		{"Settle/LostLeaseConflicts", testSettleLostLease},
		{"Settle/PendingDefers", testSettlePendingDefers},
		{"Settle/AttemptedCounts", testSettleAttempted},
		{"Settle/NotFound", testSettleNotFound},
		{"Settle/InvalidStatus", testSettleInvalidStatus},
		{"Cancel/ByConversation", testCancelByConversation},
		{"Cancel/ByTo", testCancelByTo},
		{"Cancel/ByKinds", testCancelByKinds},
		{"Cancel/ByIDs", testCancelByIDs},
		{"Cancel/ByIDsAndKinds", testCancelByIDsAndKinds},
		{"Cancel/ConversationAndTo", testCancelConversationAndTo},
		{"Cancel/RequiresConversationOrTo", testCancelRequiresFilter},
	}
}

const lead1, lead2, rep1 = "+15550000001", "+15550000002", "rep-1"

func testEnqueuePending(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	it := item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0)
	it.Status = ""
	h.enqueue(it)
	want := *item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0)
	checkEqual(t, "OutboxGet after OutboxEnqueue", h.mustGetItem(tenant1, "o1"), want)
}

func testDuplicateIdempotencyKey(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"), conv(tenant2, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	dup := item(tenant1, "c2", "o2", store.OutboxBridgeSMS, lead2, t0)
	dup.IdempotencyKey = "idem-o1"
	err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.OutboxEnqueue(ctx, dup)
	})
	wantErr(t, err, store.ErrDuplicate, "OutboxEnqueue with a known idempotency key")
	if got := ids(h.listItems(store.OutboxListParams{TenantID: tenant1})); !slices.Equal(got, []string{"o1"}) {
		t.Errorf("OutboxList = %q, want only o1", got)
	}
	// Another tenant may use the same key.
	other := item(tenant2, "c1", "o1", store.OutboxAIReply, lead1, t0)
	h.enqueue(other)
	checkEqual(t, "other tenant's item", h.mustGetItem(tenant2, "o1"), *other)
	checkEqual(t, "first tenant's item", h.mustGetItem(tenant1, "o1"), *item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
}

func testOutboxGetMissing(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	_, err := h.getItem(tenant1, "nope")
	wantErr(t, err, store.ErrNotFound, "OutboxGet of a missing ID")
}

func testOutboxList(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	// IDs sort opposite to creation time.
	mk := func(conv, id string, created time.Duration) *store.OutboxItem {
		it := item(tenant1, conv, id, store.OutboxAIReply, lead1, t0)
		it.CreatedAt = at(created)
		return it
	}
	h.enqueue(mk("c1", "o9", time.Second), mk("c2", "o8", 2*time.Second))
	h.enqueue(mk("c1", "o7", 3*time.Second), mk("c1", "o6", 4*time.Second))
	claimed := h.claim(store.OutboxClaimParams{Now: t0, Limit: 4, LeaseFor: time.Hour})
	if len(claimed) != 4 {
		t.Fatalf("claimed %d items, want 4", len(claimed))
	}
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o7", Status: store.OutboxDone, Now: t0})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o9", Status: store.OutboxDone, Now: t0})

	for _, tc := range []struct {
		p    store.OutboxListParams
		want []string
	}{
		{store.OutboxListParams{}, []string{"o9", "o8", "o7", "o6"}},
		{store.OutboxListParams{ConversationID: "c1"}, []string{"o9", "o7", "o6"}},
		{store.OutboxListParams{Status: store.OutboxDone}, []string{"o9", "o7"}},
		{store.OutboxListParams{Status: store.OutboxLeased}, []string{"o8", "o6"}},
		{store.OutboxListParams{ConversationID: "c1", Status: store.OutboxLeased}, []string{"o6"}},
		{store.OutboxListParams{Status: store.OutboxPending}, nil},
		{store.OutboxListParams{ConversationID: "c3"}, nil},
	} {
		tc.p.TenantID = tenant1
		if got := ids(h.listItems(tc.p)); !slices.Equal(got, tc.want) {
			t.Errorf("OutboxList(conversation %q, status %q) = %q, want %q (oldest first)",
				tc.p.ConversationID, tc.p.Status, got, tc.want)
		}
	}
}

func testClaimOnlyDue(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(
		item(tenant1, "c1", "past", store.OutboxAIReply, lead1, at(-time.Hour)),
		item(tenant1, "c1", "now", store.OutboxAIReply, lead1, t0),
		item(tenant1, "c1", "soon", store.OutboxAIReply, lead1, at(time.Microsecond)),
		item(tenant1, "c1", "later", store.OutboxAIReply, lead1, at(time.Hour)),
	)
	got := ids(h.claim(store.OutboxClaimParams{Now: t0, Limit: 10, LeaseFor: 24 * time.Hour}))
	if want := []string{"past", "now"}; !slices.Equal(got, want) {
		t.Errorf("OutboxClaim at t0 = %q, want %q (NotBefore <= Now)", got, want)
	}
	for id, want := range map[string]store.OutboxStatus{"soon": store.OutboxPending, "later": store.OutboxPending} {
		if got := h.mustGetItem(tenant1, id).Status; got != want {
			t.Errorf("%s: status %q, want %q", id, got, want)
		}
	}
	got = ids(h.claim(store.OutboxClaimParams{Now: at(time.Hour), Limit: 10, LeaseFor: time.Minute}))
	if want := []string{"soon", "later"}; !slices.Equal(got, want) {
		t.Errorf("OutboxClaim at t0+1h = %q, want %q", got, want)
	}
}

func testClaimOldestFirst(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	// Enqueued in an order unrelated to NotBefore; IDs sort opposite.
	h.enqueue(
		item(tenant1, "c1", "b", store.OutboxAIReply, lead1, at(-2*time.Minute)),
		item(tenant1, "c1", "d", store.OutboxAIReply, lead1, at(-4*time.Minute)),
		item(tenant1, "c1", "a", store.OutboxAIReply, lead1, at(-1*time.Minute)),
		item(tenant1, "c1", "c", store.OutboxAIReply, lead1, at(-3*time.Minute)),
	)
	got := ids(h.claim(store.OutboxClaimParams{Now: t0, Limit: 2, LeaseFor: time.Minute}))
	if want := []string{"d", "c"}; !slices.Equal(got, want) {
		t.Errorf("first OutboxClaim(Limit 2) = %q, want %q (oldest NotBefore first)", got, want)
	}
	got = ids(h.claim(store.OutboxClaimParams{Now: t0, Limit: 2, LeaseFor: time.Minute}))
	if want := []string{"b", "a"}; !slices.Equal(got, want) {
		t.Errorf("second OutboxClaim(Limit 2) = %q, want %q", got, want)
	}
}

func enqueueDue(h *harness, n int) {
	h.t.Helper()
	h.insertConv(conv(tenant1, "c1"))
	var items []*store.OutboxItem
	for i := range n {
		items = append(items, item(tenant1, "c1", fmt.Sprintf("o%03d", i), store.OutboxAIReply, lead1, at(time.Duration(i-n)*time.Second)))
	}
	h.enqueue(items...)
}

func testClaimLimit(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	enqueueDue(h, 7)
	for _, want := range []int{3, 3, 1, 0} {
		got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 3, LeaseFor: time.Hour})
		if len(got) != want {
			t.Errorf("OutboxClaim(Limit 3) returned %d items, want %d", len(got), want)
		}
	}
}

func testClaimDefaultLimit(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	enqueueDue(h, 12)
	if got := h.claim(store.OutboxClaimParams{Now: t0, LeaseFor: time.Hour}); len(got) != 10 {
		t.Errorf("OutboxClaim(Limit 0) returned %d items, want the default 10", len(got))
	}
	if got := h.claim(store.OutboxClaimParams{Now: t0, Limit: -1, LeaseFor: time.Hour}); len(got) != 2 {
		t.Errorf("OutboxClaim(Limit -1) returned %d items, want the remaining 2", len(got))
	}
}

func testClaimLeases(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	want := item(tenant1, "c1", "o1", store.OutboxBridgeSMS, lead1, at(-time.Minute))
	h.enqueue(want)
	want.Status = store.OutboxLeased
	want.LeaseUntil = at(90 * time.Second)
	got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 5, LeaseFor: 90 * time.Second})
	if len(got) != 1 {
		t.Fatalf("OutboxClaim returned %d items, want 1", len(got))
	}
	// UpdatedAt is the adapter's business.
	checkEqual(t, "claimed item", got[0], *want, "UpdatedAt")
	checkEqual(t, "OutboxGet after claim", h.mustGetItem(tenant1, "o1"), *want, "UpdatedAt")
}

func testClaimDefaultLease(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	enqueueDue(h, 2)
	for i, lease := range []time.Duration{0, -time.Second} {
		got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: lease})
		if len(got) != 1 {
			t.Fatalf("OutboxClaim returned %d items, want 1", len(got))
		}
		if !nt(got[0].LeaseUntil).Equal(at(time.Minute)) {
			t.Errorf("claim %d (LeaseFor %v): LeaseUntil %s, want Now + 1m = %s", i, lease, fmtTime(got[0].LeaseUntil), fmtTime(at(time.Minute)))
		}
	}
}

func testClaimLeaseHolds(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	if got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute}); len(got) != 1 {
		t.Fatalf("first claim returned %d items, want 1", len(got))
	}
	for _, now := range []time.Time{t0, at(30 * time.Second), at(time.Minute - time.Microsecond)} {
		if got := h.claim(store.OutboxClaimParams{Now: now, Limit: 1, LeaseFor: time.Minute}); len(got) != 0 {
			t.Errorf("claim at %s, before the lease expires, returned %q", fmtTime(now), ids(got))
		}
	}
	got := h.claim(store.OutboxClaimParams{Now: at(time.Minute), Limit: 1, LeaseFor: time.Minute})
	if len(got) != 1 {
		t.Fatalf("claim at LeaseUntil returned %d items, want the expired lease", len(got))
	}
	if got[0].Status != store.OutboxLeased || !nt(got[0].LeaseUntil).Equal(at(2*time.Minute)) {
		t.Errorf("reclaimed item: status %q lease until %s, want leased until %s",
			got[0].Status, fmtTime(got[0].LeaseUntil), fmtTime(at(2*time.Minute)))
	}
	if got := h.claim(store.OutboxClaimParams{Now: at(time.Minute), Limit: 1, LeaseFor: time.Minute}); len(got) != 0 {
		t.Errorf("claim right after the reclaim returned %q", ids(got))
	}
}

func testClaimSkipsFinished(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	enqueueDue(h, 4)
	h.claim(store.OutboxClaimParams{Now: t0, Limit: 3, LeaseFor: time.Minute})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o000", Status: store.OutboxDone, Now: t0})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o001", Status: store.OutboxDead, Now: t0})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o002", Status: store.OutboxCancelled, Now: t0})
	got := ids(h.claim(store.OutboxClaimParams{Now: at(time.Hour), Limit: 10, LeaseFor: time.Minute}))
	if want := []string{"o003"}; !slices.Equal(got, want) {
		t.Errorf("claim after settling = %q, want %q (done, dead and cancelled items are never claimed)", got, want)
	}
}

func testClaimAllTenants(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"))
	h.enqueue(
		item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, at(-2*time.Second)),
		item(tenant2, "c1", "o2", store.OutboxAIReply, lead1, at(-time.Second)),
	)
	got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 10, LeaseFor: time.Minute})
	var tenants []string
	for _, it := range got {
		tenants = append(tenants, it.TenantID+"/"+it.ID)
	}
	if want := []string{"t1/o1", "t2/o2"}; !slices.Equal(tenants, want) {
		t.Errorf("OutboxClaim = %q, want %q (claims span tenants)", tenants, want)
	}
}

// testClaimSomeTenants claims with TenantIDs: due items and expired
// leases of the tenants named, none of any other tenant, which stay as
// they were for the claim that serves them.
func testClaimSomeTenants(t *testing.T, st store.Store) {
	const tenant3 = "t3"
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"), conv(tenant3, "c1"))
	h.enqueue(
		item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, at(-3*time.Minute)),
		item(tenant2, "c1", "o2", store.OutboxAIReply, lead1, at(-4*time.Minute)),
		item(tenant3, "c1", "o3", store.OutboxAIReply, lead1, at(-2*time.Minute)),
	)
	// Lease every item, then let the leases expire: expired leases are
	// claimed by tenant too.
	if got := h.claim(store.OutboxClaimParams{Now: at(-time.Hour), Limit: 10, LeaseFor: time.Minute}); len(got) != 0 {
		t.Fatalf("claim before any item is due returned %q", ids(got))
	}
	h.claim(store.OutboxClaimParams{Now: at(-time.Minute), Limit: 10, LeaseFor: 30 * time.Second})
	h.enqueue(
		item(tenant1, "c1", "o4", store.OutboxAIReply, lead1, at(-time.Second)),
		item(tenant2, "c1", "o5", store.OutboxAIReply, lead1, at(-time.Second)),
	)
	tenantIDs := func(items []store.OutboxItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.TenantID+"/"+it.ID)
		}
		slices.Sort(out)
		return out
	}
	got := tenantIDs(h.claim(store.OutboxClaimParams{Now: t0, Limit: 10, LeaseFor: time.Minute, TenantIDs: []string{tenant1, tenant3}}))
	if want := []string{"t1/o1", "t1/o4", "t3/o3"}; !slices.Equal(got, want) {
		t.Errorf("OutboxClaim(TenantIDs t1, t3) = %q, want %q (no item of another tenant)", got, want)
	}
	if it := h.mustGetItem(tenant2, "o5"); it.Status != store.OutboxPending {
		t.Errorf("t2's due item after a claim of t1 and t3: status %q, want pending", it.Status)
	}
	if it := h.mustGetItem(tenant2, "o2"); !nt(it.LeaseUntil).Equal(at(-30 * time.Second)) {
		t.Errorf("t2's expired lease after a claim of t1 and t3: lease until %s, want it untouched (%s)",
			fmtTime(it.LeaseUntil), fmtTime(at(-30*time.Second)))
	}
	got = tenantIDs(h.claim(store.OutboxClaimParams{Now: t0, Limit: 10, LeaseFor: time.Minute, TenantIDs: []string{tenant2}}))
	if want := []string{"t2/o2", "t2/o5"}; !slices.Equal(got, want) {
		t.Errorf("OutboxClaim(TenantIDs t2) = %q, want %q", got, want)
	}
}

// testClaimConcurrent has 8 goroutines claim 200 items in small batches
// until nothing is left: no item may be handed out twice, and every item
// must be handed out.
func testClaimConcurrent(t *testing.T, st store.Store) {
	const workers, n = 8, 200
	h := newHarness(t, st)
	enqueueDue(h, n)
	claimed := make([][]string, workers)
	errs := make([]error, workers)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			<-start
			for range n {
				var got []store.OutboxItem
				err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
					var err error
					got, err = tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: t0, Limit: 3, LeaseFor: time.Hour})
					return err
				})
				if err != nil {
					errs[w] = err
					return
				}
				if len(got) == 0 {
					return
				}
				claimed[w] = append(claimed[w], ids(got)...)
			}
		})
	}
	close(start)
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Errorf("claimer %d: %v", w, err)
		}
	}
	seen := map[string]int{}
	for w, ids := range claimed {
		for _, id := range ids {
			if prev, ok := seen[id]; ok {
				t.Errorf("item %s claimed by claimer %d and claimer %d", id, prev, w)
			}
			seen[id] = w
		}
	}
	if len(seen) != n {
		t.Errorf("claimers got %d distinct items, want all %d", len(seen), n)
	}
	for id := range maps.Keys(seen) {
		if it := h.mustGetItem(tenant1, id); it.Status != store.OutboxLeased {
			t.Errorf("%s: status %q after claim, want leased", id, it.Status)
		}
	}
}

func testSettleFinal(t *testing.T, st store.Store, status store.OutboxStatus) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	if got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute}); len(got) != 1 {
		t.Fatalf("claim returned %q, want o1", ids(got))
	}
	h.mustSettle(store.OutboxSettleParams{
		TenantID: tenant1, ID: "o1", Status: status, Attempted: true, LastError: "last error", Now: at(time.Second),
	})
	got := h.mustGetItem(tenant1, "o1")
	if got.Status != status || got.Attempts != 1 || got.LastError != "last error" {
		t.Errorf("after settle: status %q attempts %d last error %q; want %q 1 %q",
			got.Status, got.Attempts, got.LastError, status, "last error")
	}
	if got := h.claim(store.OutboxClaimParams{Now: at(24 * time.Hour), Limit: 10, LeaseFor: time.Minute}); len(got) != 0 {
		t.Errorf("claim after settling %s returned %q", status, ids(got))
	}
}

func testSettleNotLeased(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	done := store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDone, Attempted: true, Now: t0}
	wantErr(t, h.settle(done), store.ErrConflict, "OutboxSettle of a pending item")

	h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	h.mustSettle(done)
	dead := store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDead, Attempted: true, Now: t0}
	wantErr(t, h.settle(dead), store.ErrConflict, "OutboxSettle of a done item (settled by another dispatcher)")
	wantErr(t, h.settle(done), store.ErrConflict, "second OutboxSettle(done)")
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxDone || got.Attempts != 1 {
		t.Errorf("after refused settles: status %q attempts %d, want done 1", got.Status, got.Attempts)
	}
}

// testSettleLostLease: claimer A's lease expires, B reclaims the item; A's
// late settle names A's lease and must not settle B's attempt.
func testSettleLostLease(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	a := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	if len(a) != 1 {
		t.Fatalf("first claim returned %q, want o1", ids(a))
	}
	b := h.claim(store.OutboxClaimParams{Now: at(2 * time.Minute), Limit: 1, LeaseFor: time.Minute})
	if len(b) != 1 {
		t.Fatalf("claim after the lease expired returned %q, want o1", ids(b))
	}
	if a[0].LeaseUntil.Equal(b[0].LeaseUntil) {
		t.Fatalf("the second claim kept the first lease (%s)", fmtTime(a[0].LeaseUntil))
	}
	late := store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDone, Attempted: true,
		Now: at(2*time.Minute + time.Second), LeaseUntil: a[0].LeaseUntil}
	wantErr(t, h.settle(late), store.ErrConflict, "OutboxSettle with a lease lost to another claim")
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxLeased || got.Attempts != 0 {
		t.Errorf("after the refused settle: status %q attempts %d, want leased 0", got.Status, got.Attempts)
	}
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDone, Attempted: true,
		Now: at(2*time.Minute + time.Second), LeaseUntil: b[0].LeaseUntil})
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxDone || got.Attempts != 1 {
		t.Errorf("after the current lease settled: status %q attempts %d, want done 1", got.Status, got.Attempts)
	}
}

func testSettlePendingDefers(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	retryAt := at(10 * time.Minute)
	h.mustSettle(store.OutboxSettleParams{
		TenantID: tenant1, ID: "o1", Status: store.OutboxPending, NotBefore: retryAt,
		Attempted: true, LastError: "503 from provider", Now: at(time.Second),
	})
	got := h.mustGetItem(tenant1, "o1")
	if got.Status != store.OutboxPending || !nt(got.NotBefore).Equal(retryAt) || got.Attempts != 1 || got.LastError != "503 from provider" {
		t.Errorf("after settle(pending): status %q not before %s attempts %d last error %q; want pending %s 1 %q",
			got.Status, fmtTime(got.NotBefore), got.Attempts, got.LastError, fmtTime(retryAt), "503 from provider")
	}
	for _, now := range []time.Time{at(2 * time.Minute), retryAt.Add(-time.Microsecond)} {
		if got := h.claim(store.OutboxClaimParams{Now: now, Limit: 1, LeaseFor: time.Minute}); len(got) != 0 {
			t.Errorf("claim at %s, before the deferral ends, returned %q", fmtTime(now), ids(got))
		}
	}
	if got := h.claim(store.OutboxClaimParams{Now: retryAt, Limit: 1, LeaseFor: time.Minute}); len(got) != 1 {
		t.Errorf("claim at NotBefore returned %d items, want the deferred item", len(got))
	}
}

func testSettleAttempted(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	now := t0
	for i, attempted := range []bool{true, false, true, false} {
		if got := h.claim(store.OutboxClaimParams{Now: now, Limit: 1, LeaseFor: time.Minute}); len(got) != 1 {
			t.Fatalf("claim %d returned %d items, want 1", i, len(got))
		}
		now = now.Add(time.Second)
		h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxPending, NotBefore: now, Attempted: attempted, Now: now})
	}
	if got := h.mustGetItem(tenant1, "o1"); got.Attempts != 2 {
		t.Errorf("Attempts = %d after two attempted and two deferred settles, want 2", got.Attempts)
	}
	h.claim(store.OutboxClaimParams{Now: now, Limit: 1, LeaseFor: time.Minute})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDead, Attempted: true, Now: now})
	if got := h.mustGetItem(tenant1, "o1"); got.Attempts != 3 || got.Status != store.OutboxDead {
		t.Errorf("after the last attempt: attempts %d status %q, want 3 dead", got.Attempts, got.Status)
	}
}

func testSettleNotFound(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	wantErr(t, h.settle(store.OutboxSettleParams{TenantID: tenant1, ID: "nope", Status: store.OutboxDone, Now: t0}),
		store.ErrNotFound, "OutboxSettle of a missing item")
	wantErr(t, h.settle(store.OutboxSettleParams{TenantID: tenant2, ID: "o1", Status: store.OutboxDone, Now: t0}),
		store.ErrNotFound, "OutboxSettle of another tenant's item")
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxLeased {
		t.Errorf("o1: status %q, want still leased", got.Status)
	}
}

func testSettleInvalidStatus(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	for _, status := range []store.OutboxStatus{store.OutboxLeased, "", "bogus"} {
		if err := h.settle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: status, Now: t0}); err == nil {
			t.Errorf("OutboxSettle(status %q): no error", status)
		}
	}
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxLeased {
		t.Errorf("o1: status %q after invalid settles, want still leased", got.Status)
	}
}

// seedCancel enqueues, in tenant t1: conversation c1 with i1 (ai_reply to
// lead1, pending), i2 (rep_notification to rep1, pending), i3 (bridge_sms
// to lead1, leased), i4 (reminder to lead1, done), i5 (ai_reply to lead1,
// dead), i6 (ai_reply to lead1, cancelled); conversation c2 with i7
// (ai_reply to lead1, pending), i8 (rep_notification to rep1, pending),
// i10 (ai_reply to lead2, pending); and in tenant t2, conversation c1 with
// i9 (ai_reply to lead1, pending).
func seedCancel(h *harness) {
	h.t.Helper()
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"), conv(tenant2, "c1"))
	later := at(time.Hour)
	h.enqueue(
		item(tenant1, "c1", "i3", store.OutboxBridgeSMS, lead1, t0),
		item(tenant1, "c1", "i4", store.OutboxReminder, lead1, t0),
		item(tenant1, "c1", "i5", store.OutboxAIReply, lead1, t0),
		item(tenant1, "c1", "i6", store.OutboxAIReply, lead1, t0),
	)
	if got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 10, LeaseFor: time.Minute}); len(got) != 4 {
		h.t.Fatalf("seed: claimed %d items, want 4", len(got))
	}
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "i4", Status: store.OutboxDone, Now: t0})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "i5", Status: store.OutboxDead, Now: t0})
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "i6", Status: store.OutboxCancelled, Now: t0})
	h.enqueue(
		item(tenant1, "c1", "i1", store.OutboxAIReply, lead1, later),
		item(tenant1, "c1", "i2", store.OutboxRepNotification, rep1, later),
		item(tenant1, "c2", "i7", store.OutboxAIReply, lead1, later),
		item(tenant1, "c2", "i8", store.OutboxRepNotification, rep1, later),
		item(tenant1, "c2", "i10", store.OutboxAIReply, lead2, later),
		item(tenant2, "c1", "i9", store.OutboxAIReply, lead1, later),
	)
}

// cancelStatuses is the status of every item of seedCancel, by tenant/ID.
func cancelStatuses(h *harness) map[string]store.OutboxStatus {
	h.t.Helper()
	out := map[string]store.OutboxStatus{}
	for _, tenant := range []string{tenant1, tenant2} {
		for _, it := range h.listItems(store.OutboxListParams{TenantID: tenant}) {
			out[tenant+"/"+it.ID] = it.Status
		}
	}
	return out
}

// checkCancel runs OutboxCancel on the seedCancel scenario and checks the
// count and that exactly the items in want changed to cancelled.
func checkCancel(t *testing.T, st store.Store, p store.OutboxCancelParams, want ...string) {
	t.Helper()
	h := newHarness(t, st)
	seedCancel(h)
	before := cancelStatuses(h)
	n, err := h.cancel(p)
	noErr(t, err, "OutboxCancel")
	if n != len(want) {
		t.Errorf("OutboxCancel returned %d, want %d", n, len(want))
	}
	expect := maps.Clone(before)
	for _, id := range want {
		expect[id] = store.OutboxCancelled
	}
	after := cancelStatuses(h)
	for _, id := range slices.Sorted(maps.Keys(expect)) {
		if after[id] != expect[id] {
			t.Errorf("%s: status %q, want %q (was %q)", id, after[id], expect[id], before[id])
		}
	}
	// Cancelled items are never claimed, and their dispatchers cannot settle them.
	for _, it := range h.claim(store.OutboxClaimParams{Now: at(24 * time.Hour), Limit: 100, LeaseFor: time.Minute}) {
		if after[it.TenantID+"/"+it.ID] == store.OutboxCancelled {
			t.Errorf("claim returned cancelled item %s/%s", it.TenantID, it.ID)
		}
	}
	if slices.Contains(want, "t1/i3") {
		wantErr(t, h.settle(store.OutboxSettleParams{TenantID: tenant1, ID: "i3", Status: store.OutboxDone, Now: at(time.Second)}),
			store.ErrConflict, "OutboxSettle of a leased item cancelled since")
	}
}

func testCancelByConversation(t *testing.T, st store.Store) {
	// i4 (done), i5 (dead) and i6 (already cancelled) stay as they are.
	checkCancel(t, st, store.OutboxCancelParams{TenantID: tenant1, ConversationID: "c1", Now: t0}, "t1/i1", "t1/i2", "t1/i3")
}

func testCancelByTo(t *testing.T, st store.Store) {
	checkCancel(t, st, store.OutboxCancelParams{TenantID: tenant1, To: lead1, Now: t0}, "t1/i1", "t1/i3", "t1/i7")
}

func testCancelByKinds(t *testing.T, st store.Store) {
	checkCancel(t, st, store.OutboxCancelParams{
		TenantID: tenant1, ConversationID: "c1", Kinds: []store.OutboxKind{store.OutboxAIReply, store.OutboxBridgeSMS}, Now: t0,
	}, "t1/i1", "t1/i3")
}

// testCancelByIDs: IDs narrows the cancel to those items, among the ones
// the other filters select: an item of another conversation or tenant, or
// already settled, stays as it is.
func testCancelByIDs(t *testing.T, st store.Store) {
	checkCancel(t, st, store.OutboxCancelParams{
		TenantID: tenant1, ConversationID: "c1", IDs: []string{"i1", "i3", "i4", "i7", "i9"}, Now: t0,
	}, "t1/i1", "t1/i3")
}

func testCancelByIDsAndKinds(t *testing.T, st store.Store) {
	checkCancel(t, st, store.OutboxCancelParams{
		TenantID: tenant1, ConversationID: "c1", Kinds: []store.OutboxKind{store.OutboxAIReply}, IDs: []string{"i1", "i2", "i3"}, Now: t0,
	}, "t1/i1")
}

func testCancelConversationAndTo(t *testing.T, st store.Store) {
	checkCancel(t, st, store.OutboxCancelParams{TenantID: tenant1, ConversationID: "c2", To: lead1, Now: t0}, "t1/i7")
}

func testCancelRequiresFilter(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	seedCancel(h)
	before := cancelStatuses(h)
	if _, err := h.cancel(store.OutboxCancelParams{TenantID: tenant1, Now: t0}); err == nil {
		t.Error("OutboxCancel without ConversationID or To: no error")
	}
	if after := cancelStatuses(h); !maps.Equal(after, before) {
		t.Errorf("OutboxCancel without ConversationID or To changed statuses: %v, want %v", after, before)
	}
}
