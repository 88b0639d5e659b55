package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// sendingCases are the rules of the sending state that the one-voice
// promise rests on (see store.Tx.OutboxCancel).
func sendingCases() []testCase {
	return []testCase{
		{"MarkSendingExtendsLease", testSendingExtendsLease},
		{"MarkSendingNeedsCurrentLease", testSendingNeedsLease},
		{"MarkSendingRefusesExpiredLease", testSendingExpired},
		{"MarkSendingRefusesCancelled", testSendingAfterCancel},
		{"CancelNeverTouchesSending", testCancelSkipsSending},
		{"SettleFromSending", testSettleFromSending},
		{"ExpiredSendingIsReclaimed", testReclaimSending},
		{"ListSendingByTo", testListSendingByTo},
	}
}

// claimOne enqueues item id of c1 due at t0 and claims it with a lease of
// one minute at t0.
func claimOne(t *testing.T, h *harness, id string) store.OutboxItem {
	t.Helper()
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", id, store.OutboxAIReply, lead1, t0))
	got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
	if len(got) != 1 || got[0].ID != id {
		t.Fatalf("claim returned %q, want %s", ids(got), id)
	}
	return got[0]
}

func sending(it store.OutboxItem, now time.Time, leaseFor time.Duration) store.OutboxSettleParams {
	return store.OutboxSettleParams{TenantID: it.TenantID, ID: it.ID, Status: store.OutboxSending,
		LeaseUntil: it.LeaseUntil, LeaseFor: leaseFor, Now: now}
}

func testSendingExtendsLease(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	now := at(50 * time.Second)
	h.mustSettle(sending(it, now, 5*time.Minute))
	got := h.mustGetItem(tenant1, "o1")
	if got.Status != store.OutboxSending || !nt(got.LeaseUntil).Equal(nt(now.Add(5*time.Minute))) {
		t.Fatalf("after the settle to sending: status %q lease until %s; want sending until %s",
			got.Status, fmtTime(got.LeaseUntil), fmtTime(now.Add(5*time.Minute)))
	}
	if c := h.claim(store.OutboxClaimParams{Now: at(2 * time.Minute), Limit: 5, LeaseFor: time.Minute}); len(c) != 0 {
		t.Errorf("a claim under the sending lease returned %q", ids(c))
	}
}

func testSendingNeedsLease(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	other := it
	other.LeaseUntil = it.LeaseUntil.Add(-time.Second)
	wantErr(t, h.settle(sending(other, at(time.Second), time.Minute)), store.ErrConflict, "sending under another lease")
	// Under the item's own lease, so only the missing LeaseFor can refuse it.
	if err := h.settle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxSending,
		LeaseUntil: it.LeaseUntil, Now: at(time.Second)}); err == nil {
		t.Errorf("a settle to sending without LeaseFor succeeded")
	}
	h.mustSettle(sending(it, at(time.Second), time.Minute))
	again := h.mustGetItem(tenant1, "o1")
	wantErr(t, h.settle(sending(again, at(2*time.Second), time.Minute)), store.ErrConflict, "sending an item already sending")
}

func testSendingExpired(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	// The lease ran out while the item waited in the dispatcher's queue:
	// another dispatcher may have it by now, so it must not be sent.
	wantErr(t, h.settle(sending(it, at(time.Minute), time.Minute)), store.ErrConflict, "sending on an expired lease")
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxLeased {
		t.Errorf("status after the refused settle = %q, want leased", got.Status)
	}
}

func testSendingAfterCancel(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	if n, err := h.cancel(store.OutboxCancelParams{TenantID: tenant1, ConversationID: "c1", Now: at(time.Second)}); err != nil || n != 1 {
		t.Fatalf("OutboxCancel of the leased item = %d, %v; want 1, nil", n, err)
	}
	wantErr(t, h.settle(sending(it, at(2*time.Second), time.Minute)), store.ErrConflict, "sending a cancelled item")
	if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxCancelled {
		t.Errorf("status = %q, want cancelled", got.Status)
	}
}

func testCancelSkipsSending(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	h.enqueue(item(tenant1, "c1", "o2", store.OutboxAIReply, lead1, t0))
	h.mustSettle(sending(it, at(time.Second), time.Minute))
	for _, p := range []store.OutboxCancelParams{
		{TenantID: tenant1, ConversationID: "c1", Now: at(2 * time.Second)},
		{TenantID: tenant1, To: lead1, Now: at(2 * time.Second)},
	} {
		n, err := h.cancel(p)
		noErr(t, err, "OutboxCancel")
		if got := h.mustGetItem(tenant1, "o1"); got.Status != store.OutboxSending {
			t.Fatalf("OutboxCancel(%+v) moved the sending item to %q", p, got.Status)
		}
		if p.To == "" && n != 1 {
			t.Errorf("OutboxCancel by conversation cancelled %d items, want 1 (the pending one)", n)
		}
	}
	if got := h.mustGetItem(tenant1, "o2"); got.Status != store.OutboxCancelled {
		t.Errorf("the pending item is %q, want cancelled", got.Status)
	}
}

func testSettleFromSending(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	h.mustSettle(sending(it, at(time.Second), 2*time.Minute))
	cur := h.mustGetItem(tenant1, "o1")
	wantErr(t, h.settle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDone,
		LeaseUntil: it.LeaseUntil, Now: at(2 * time.Second)}), store.ErrConflict, "settling under the lease the sending settle replaced")
	h.mustSettle(store.OutboxSettleParams{TenantID: tenant1, ID: "o1", Status: store.OutboxDone, Attempted: true,
		LeaseUntil: cur.LeaseUntil, ProviderID: "SM-1", Now: at(3 * time.Second)})
	got := h.mustGetItem(tenant1, "o1")
	if got.Status != store.OutboxDone || got.ProviderID != "SM-1" || got.Attempts != 1 {
		t.Errorf("after settling done: status %q provider ID %q attempts %d; want done SM-1 1", got.Status, got.ProviderID, got.Attempts)
	}
}

func testReclaimSending(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	it := claimOne(t, h, "o1")
	h.mustSettle(sending(it, at(time.Second), time.Minute))
	// The dispatcher died while sending: after the lease, another claims it.
	got := h.claim(store.OutboxClaimParams{Now: at(2 * time.Minute), Limit: 5, LeaseFor: time.Minute})
	if len(got) != 1 || got[0].Status != store.OutboxLeased {
		t.Fatalf("claim after the sending lease expired returned %+v, want o1 leased", got)
	}
}

func testListSendingByTo(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	h.enqueue(item(tenant1, "c1", "a", store.OutboxAIReply, lead1, t0), item(tenant1, "c2", "b", store.OutboxAIReply, lead1, t0),
		item(tenant1, "c2", "c", store.OutboxAIReply, lead2, t0), item(tenant1, "c2", "d", store.OutboxAIReply, lead1, t0))
	claimed := h.claim(store.OutboxClaimParams{Now: t0, Limit: 4, LeaseFor: time.Minute})
	for _, it := range claimed {
		if it.ID != "d" {
			h.mustSettle(sending(it, at(time.Second), time.Minute))
		}
	}
	got := ids(h.listItems(store.OutboxListParams{TenantID: tenant1, To: lead1, Status: store.OutboxSending}))
	slices.Sort(got)
	if want := []string{"a", "b"}; !slices.Equal(got, want) {
		t.Errorf("OutboxList(To lead1, sending) = %q, want %q", got, want)
	}
	got = ids(h.listItems(store.OutboxListParams{TenantID: tenant1, ConversationID: "c2", Status: store.OutboxSending}))
	slices.Sort(got)
	if want := []string{"b", "c"}; !slices.Equal(got, want) {
		t.Errorf("OutboxList(c2, sending) = %q, want %q", got, want)
	}
}

// eventKeyCases: an event key is unique per tenant.
func testEventKey(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"))
	e1 := event(tenant1, "c1", "e1", 0)
	e1.Key = "confirmed:SM1"
	h.appendEvent(e1, event(tenant1, "c1", "e2", time.Second), event(tenant1, "c1", "e3", 2*time.Second))
	dup := event(tenant1, "c1", "e4", 3*time.Second)
	dup.Key = "confirmed:SM1"
	err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error { return tx.EventAppend(ctx, dup) })
	wantErr(t, err, store.ErrDuplicate, "EventAppend with a known key")
	other := event(tenant2, "c1", "e1", 0)
	other.Key = "confirmed:SM1"
	h.appendEvent(other)
	if got := ids(h.listEvents(tenant1, "c1")); !slices.Equal(got, []string{"e1", "e2", "e3"}) {
		t.Errorf("events = %q, want e1 e2 e3 (empty keys never collide; the duplicate is not stored)", got)
	}
	// A key freed by a rollback may be used again.
	k := event(tenant1, "c1", "e5", 4*time.Second)
	k.Key = "k5"
	_ = st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.EventAppend(ctx, k); err != nil {
			return err
		}
		return errBoom
	})
	h.appendEvent(k)
}
