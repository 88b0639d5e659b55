package storetest

import (
	"context"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func abilityCases() []testCase {
	return []testCase{
		{"Index/MessageGet", testIndexMessageGet},
		{"Index/OutboxGetByProviderID", testIndexOutboxByProvider},
		{"Index/OutboxOpen", testIndexOutboxOpen},
		{"Index/ConversationFind", testIndexConversationFind},
		{"Index/FallbacksAgree", testIndexFallbacks},
		{"AddressLock/Serialises", testAddressLock},
		{"Wake/CommitWakesSubscriber", testWake},
	}
}

// needIndex skips unless the store's Tx has [store.IndexTx] (RunFeatures
// fails separately when the ability was declared).
func needIndex(t *testing.T, st store.Store) {
	t.Helper()
	_ = st.View(t.Context(), func(ctx context.Context, tx store.Tx) error {
		if _, ok := tx.(store.IndexTx); !ok {
			t.Skip("the store has no store.IndexTx")
		}
		return nil
	})
}

// view runs fn with the Tx's IndexTx in a View.
func viewIndex(t *testing.T, h *harness, fn func(ctx context.Context, ix store.IndexTx) error) {
	t.Helper()
	h.mustView(func(ctx context.Context, tx store.Tx) error { return fn(ctx, tx.(store.IndexTx)) })
}

func testIndexMessageGet(t *testing.T, st store.Store) {
	needIndex(t, st)
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"))
	h.appendMsg(msg(tenant1, "c1", "m1", "", 0), msg(tenant1, "c1", "m2", "p2", time.Second), msg(tenant2, "c1", "m3", "", 0))
	viewIndex(t, h, func(ctx context.Context, ix store.IndexTx) error {
		got, err := ix.MessageGet(ctx, tenant1, "m2")
		noErr(t, err, "MessageGet")
		checkEqual(t, "MessageGet", got, *msg(tenant1, "c1", "m2", "p2", time.Second))
		_, err = ix.MessageGet(ctx, tenant2, "m2")
		wantErr(t, err, store.ErrNotFound, "MessageGet of another tenant's message")
		_, err = ix.MessageGet(ctx, tenant1, "nope")
		wantErr(t, err, store.ErrNotFound, "MessageGet of an unknown ID")
		return nil
	})
}

// deliver claims, marks sending and settles done item id with provider ID pid.
func deliver(t *testing.T, h *harness, tenantID, id, pid string, now time.Time) {
	t.Helper()
	var it store.OutboxItem
	for _, c := range h.claim(store.OutboxClaimParams{Now: now, Limit: 100, LeaseFor: time.Minute}) {
		if c.TenantID == tenantID && c.ID == id {
			it = c
		} else {
			h.mustSettle(store.OutboxSettleParams{TenantID: c.TenantID, ID: c.ID, Status: store.OutboxPending, NotBefore: c.NotBefore, Now: now})
		}
	}
	if it.ID == "" {
		t.Fatalf("item %s/%s was not claimable", tenantID, id)
	}
	h.mustSettle(store.OutboxSettleParams{TenantID: tenantID, ID: id, Status: store.OutboxDone, ProviderID: pid, Now: now})
}

func testIndexOutboxByProvider(t *testing.T, st store.Store) {
	needIndex(t, st)
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0), item(tenant1, "c1", "o2", store.OutboxAIReply, lead1, t0),
		item(tenant2, "c1", "o1", store.OutboxAIReply, lead1, t0))
	deliver(t, h, tenant1, "o1", "SM-A", t0)
	deliver(t, h, tenant2, "o1", "SM-B", t0)
	viewIndex(t, h, func(ctx context.Context, ix store.IndexTx) error {
		got, err := ix.OutboxGetByProviderID(ctx, tenant1, "SM-A")
		noErr(t, err, "OutboxGetByProviderID")
		if got.ID != "o1" || got.ProviderID != "SM-A" || got.Status != store.OutboxDone {
			t.Errorf("OutboxGetByProviderID(SM-A) = %s %q %s, want o1 SM-A done", got.ID, got.ProviderID, got.Status)
		}
		for _, pid := range []string{"SM-B", "SM-C", ""} {
			_, err = ix.OutboxGetByProviderID(ctx, tenant1, pid)
			wantErr(t, err, store.ErrNotFound, "OutboxGetByProviderID("+pid+") in tenant1")
		}
		return nil
	})
}

func testIndexOutboxOpen(t *testing.T, st store.Store) {
	needIndex(t, st)
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	mk := func(convID, id string, kind store.OutboxKind, due time.Duration) *store.OutboxItem {
		return item(tenant1, convID, id, kind, lead1, at(due))
	}
	h.enqueue(mk("c1", "a", store.OutboxAIReply, 0), mk("c1", "b", store.OutboxRepNotification, 0), mk("c1", "c", store.OutboxAIReply, time.Hour))
	h.enqueue(mk("c1", "d", store.OutboxBridgeSMS, 0), mk("c2", "e", store.OutboxAIReply, 0), mk("c1", "f", store.OutboxAIReply, 0))
	deliver(t, h, tenant1, "a", "SM-a", t0)
	for _, tc := range []struct {
		p    store.OutboxOpenParams
		want []string
	}{
		{store.OutboxOpenParams{}, []string{"b", "c", "d", "f"}},
		{store.OutboxOpenParams{ToLead: true}, []string{"c", "d", "f"}},
		{store.OutboxOpenParams{Before: "d"}, []string{"b", "c"}},
		{store.OutboxOpenParams{Before: "f", ToLead: true, Limit: 1}, []string{"c"}},
	} {
		tc.p.TenantID, tc.p.ConversationID = tenant1, "c1"
		viewIndex(t, h, func(ctx context.Context, ix store.IndexTx) error {
			got, err := ix.OutboxOpen(ctx, tc.p)
			noErr(t, err, "OutboxOpen")
			if !slices.Equal(ids(got), tc.want) {
				t.Errorf("OutboxOpen(%+v) = %q, want %q (open items in enqueue order)", tc.p, ids(got), tc.want)
			}
			return nil
		})
	}
}

func testIndexConversationFind(t *testing.T, st store.Store) {
	needIndex(t, st)
	h := newHarness(t, st)
	mk := func(tenantID, id, line, phone string, created time.Duration) *store.Conversation {
		c := conv(tenantID, id)
		c.Line, c.Lead.Phone, c.CreatedAt = line, phone, at(created)
		return c
	}
	h.insertConv(mk(tenant1, "old", "+15550009999", lead1, 0), mk(tenant1, "new", "+15550009999", lead1, time.Hour),
		mk(tenant1, "other-line", "+15550008888", lead1, 2*time.Hour), mk(tenant1, "no-line", "", lead1, 3*time.Hour),
		mk(tenant2, "tenant2", "+15550009999", lead1, 4*time.Hour), mk(tenant1, "other-lead", "+15550009999", lead2, 5*time.Hour))
	chat := mk(tenant1, "chat-no-line", "", lead1, 6*time.Hour) // a web chat that has the lead's phone
	chat.Channel = store.ChannelChat
	h.insertConv(chat)
	for _, tc := range []struct {
		p    store.ConversationFindParams
		want string
	}{
		{store.ConversationFindParams{TenantID: tenant1, Line: "+15550009999", Phone: lead1}, "new"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "", Phone: lead1}, "chat-no-line"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "", Phone: lead1, Channel: store.ChannelSMS}, "no-line"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "", Phone: lead1, Channel: store.ChannelChat}, "chat-no-line"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "+15550009999", Phone: lead1, Channel: store.ChannelSMS}, "new"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "+15550009999", Phone: lead1, Channel: store.ChannelChat}, ""},
		{store.ConversationFindParams{TenantID: tenant2, Line: "+15550009999", Phone: lead1}, "tenant2"},
		{store.ConversationFindParams{TenantID: tenant1, Line: "+15550007777", Phone: lead1}, ""},
	} {
		viewIndex(t, h, func(ctx context.Context, ix store.IndexTx) error {
			got, err := ix.ConversationFind(ctx, tc.p)
			if tc.want == "" {
				wantErr(t, err, store.ErrNotFound, "ConversationFind of an unknown line")
				return nil
			}
			noErr(t, err, "ConversationFind")
			if got.ID != tc.want {
				t.Errorf("ConversationFind(%+v) = %s, want %s (the newest of that line and phone)", tc.p, got.ID, tc.want)
			}
			return nil
		})
	}
}

// baseTx hides every optional ability of a Tx.
type baseTx struct{ store.Tx }

// testIndexFallbacks checks that the helpers of package store give the same
// answers through the ability and through the base methods.
func testIndexFallbacks(t *testing.T, st store.Store) {
	needIndex(t, st)
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.Line = "+15550009999"
	h.insertConv(c)
	h.appendMsg(msg(tenant1, "c1", "m1", "", 0))
	h.enqueue(item(tenant1, "c1", "a", store.OutboxAIReply, lead1, t0), item(tenant1, "c1", "b", store.OutboxAIReply, lead1, t0))
	deliver(t, h, tenant1, "a", "SM-a", t0)
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		for _, x := range []store.Tx{tx, baseTx{tx}} {
			m, err := store.GetMessage(ctx, x, tenant1, "c1", "m1")
			noErr(t, err, "GetMessage")
			it, err := store.GetOutboxByProviderID(ctx, x, tenant1, "c1", "SM-a")
			noErr(t, err, "GetOutboxByProviderID")
			open, err := store.ListOpenOutbox(ctx, x, store.OutboxOpenParams{TenantID: tenant1, ConversationID: "c1"})
			noErr(t, err, "ListOpenOutbox")
			found, err := store.FindConversation(ctx, x, store.ConversationFindParams{TenantID: tenant1, Line: c.Line, Phone: c.Lead.Phone})
			noErr(t, err, "FindConversation")
			_, chatErr := store.FindConversation(ctx, x, store.ConversationFindParams{TenantID: tenant1, Line: c.Line, Phone: c.Lead.Phone, Channel: store.ChannelChat})
			wantErr(t, chatErr, store.ErrNotFound, "FindConversation of another channel")
			if m.ID != "m1" || it.ID != "a" || !slices.Equal(ids(open), []string{"b"}) || found.ID != "c1" {
				t.Errorf("helpers through %T: message %s, item %s, open %q, conversation %s", x, m.ID, it.ID, ids(open), found.ID)
			}
		}
		return nil
	})
}

func testAddressLock(t *testing.T, st store.Store) {
	var has bool
	_ = st.View(t.Context(), func(ctx context.Context, tx store.Tx) error { _, has = tx.(store.AddressLockTx); return nil })
	if !has {
		t.Skip("the store has no store.AddressLockTx")
	}
	h := newHarness(t, st)
	held, release := make(chan struct{}), make(chan struct{})
	var firstDone, secondPassed atomic.Bool
	errs := make(chan error, 2)
	go func() {
		errs <- st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
			if err := store.LockAddress(ctx, tx, tenant1, lead1); err != nil {
				return err
			}
			close(held)
			<-release
			firstDone.Store(true)
			return nil
		})
	}()
	<-held
	go func() {
		errs <- st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
			if err := store.LockAddress(ctx, tx, tenant1, lead1); err != nil {
				return err
			}
			if !firstDone.Load() {
				t.Errorf("a second transaction took the address lock while the first held it")
			}
			secondPassed.Store(true)
			return nil
		})
	}()
	time.Sleep(50 * time.Millisecond) // give the second transaction time to (wrongly) pass the lock
	if secondPassed.Load() {
		t.Errorf("the second transaction passed AddressLock before the first ended")
	}
	close(release)
	for range 2 {
		noErr(t, <-errs, "InTx with AddressLock")
	}
}

func testWake(t *testing.T, st store.Store) {
	w, ok := st.(store.Waker)
	if !ok {
		t.Skip("the store has no store.Waker")
	}
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	ctx, cancel := context.WithCancel(h.ctx)
	defer cancel()
	ch, err := w.Subscribe(ctx)
	noErr(t, err, "Subscribe")
	for {
		select { // drain spurious wake-ups
		case <-ch:
			continue
		default:
		}
		break
	}
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0))
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("no wake-up within 10 s of a commit that enqueued an item")
	}
}
