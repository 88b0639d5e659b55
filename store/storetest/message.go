package storetest

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func messageCases() []testCase {
	return []testCase{
		{"ListOldestFirst", testMessageOrder},
		{"ListLast", testMessageLast},
		{"DuplicateProviderID", testDuplicateProviderID},
		{"ProviderIDUniquePerTenant", testProviderIDPerTenant},
		{"EmptyProviderIDNeverDuplicates", testEmptyProviderID},
		{"GetByProviderID", testGetByProviderID},
	}
}

func eventCases() []testCase {
	return []testCase{
		{"ListOldestFirst", testEventOrder},
		{"KeyUniquePerTenant", testEventKey},
	}
}

func testMessageOrder(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	// IDs sort opposite to time, so ordering by ID would show.
	h.appendMsg(
		msg(tenant1, "c1", "m9", "", time.Second),
		msg(tenant1, "c2", "m8", "", 2*time.Second),
		msg(tenant1, "c1", "m7", "", 3*time.Second),
	)
	h.appendMsg(msg(tenant1, "c1", "m5", "", 4*time.Second))
	h.appendMsg(msg(tenant1, "c1", "m3", "", 4*time.Second+time.Microsecond))
	// Committed later but created earlier (another instance's clock).
	h.appendMsg(msg(tenant1, "c1", "m1", "", 2*time.Second))
	got := ids(h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1"}))
	if want := []string{"m9", "m1", "m7", "m5", "m3"}; !slices.Equal(got, want) {
		t.Errorf("MessageList(c1) = %q, want %q (oldest CreatedAt first, only c1)", got, want)
	}
	got = ids(h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1", Last: 2}))
	if want := []string{"m5", "m3"}; !slices.Equal(got, want) {
		t.Errorf("MessageList(c1, Last 2) = %q, want %q (the two newest by CreatedAt)", got, want)
	}
	if got := h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c3"}); len(got) != 0 {
		t.Errorf("MessageList of a conversation without messages = %q, want none", ids(got))
	}
}

func testMessageLast(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.appendMsg(
		msg(tenant1, "c1", "m5", "", time.Second),
		msg(tenant1, "c1", "m4", "", 2*time.Second),
		msg(tenant1, "c1", "m3", "", 3*time.Second),
		msg(tenant1, "c1", "m2", "", 4*time.Second),
	)
	for _, tc := range []struct {
		last int
		want []string
	}{
		{0, []string{"m5", "m4", "m3", "m2"}},
		{1, []string{"m2"}},
		{2, []string{"m3", "m2"}},
		{4, []string{"m5", "m4", "m3", "m2"}},
		{10, []string{"m5", "m4", "m3", "m2"}},
	} {
		got := ids(h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1", Last: tc.last}))
		if !slices.Equal(got, tc.want) {
			t.Errorf("MessageList(Last %d) = %q, want %q", tc.last, got, tc.want)
		}
	}
}

func testDuplicateProviderID(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	h.appendMsg(msg(tenant1, "c1", "m1", "SM123", time.Second))
	for _, dup := range []*store.Message{
		msg(tenant1, "c1", "m2", "SM123", 2*time.Second),
		msg(tenant1, "c2", "m3", "SM123", 2*time.Second), // unique per tenant, not per conversation
	} {
		err := st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
			return tx.MessageAppend(ctx, dup)
		})
		wantErr(t, err, store.ErrDuplicate, "MessageAppend with a known provider ID in "+dup.ConversationID)
	}
	if got := ids(h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1"})); !slices.Equal(got, []string{"m1"}) {
		t.Errorf("MessageList(c1) = %q, want only m1", got)
	}
	if got := h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c2"}); len(got) != 0 {
		t.Errorf("MessageList(c2) = %q, want none", ids(got))
	}
	m, err := h.msgByProvider(tenant1, "SM123")
	noErr(t, err, "MessageGetByProviderID")
	if m.ID != "m1" {
		t.Errorf("MessageGetByProviderID = %s, want the first message m1", m.ID)
	}
}

func testProviderIDPerTenant(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant2, "c1"))
	h.appendMsg(msg(tenant1, "c1", "m1", "SM123", time.Second))
	h.appendMsg(msg(tenant2, "c1", "m2", "SM123", time.Second))
	for tenant, want := range map[string]string{tenant1: "m1", tenant2: "m2"} {
		m, err := h.msgByProvider(tenant, "SM123")
		noErr(t, err, "MessageGetByProviderID")
		if m.ID != want || m.TenantID != tenant {
			t.Errorf("MessageGetByProviderID(%s) = %s of %s, want %s", tenant, m.ID, m.TenantID, want)
		}
	}
}

func testEmptyProviderID(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.appendMsg(msg(tenant1, "c1", "m1", "", time.Second), msg(tenant1, "c1", "m2", "", 2*time.Second))
	h.appendMsg(msg(tenant1, "c1", "m3", "", 3*time.Second))
	if got := ids(h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1"})); !slices.Equal(got, []string{"m1", "m2", "m3"}) {
		t.Errorf("MessageList = %q, want m1 m2 m3", got)
	}
	_, err := h.msgByProvider(tenant1, "")
	wantErr(t, err, store.ErrNotFound, "MessageGetByProviderID with an empty provider ID")
}

func testGetByProviderID(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	want := msg(tenant1, "c1", "m1", "SM1", time.Second)
	h.appendMsg(want, msg(tenant1, "c1", "m2", "SM2", 2*time.Second))
	got, err := h.msgByProvider(tenant1, "SM1")
	noErr(t, err, "MessageGetByProviderID")
	checkEqual(t, "MessageGetByProviderID", got, *want)
	_, err = h.msgByProvider(tenant1, "SM-missing")
	wantErr(t, err, store.ErrNotFound, "MessageGetByProviderID of an unknown provider ID")
}

func testEventOrder(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"), conv(tenant1, "c2"))
	h.appendEvent(
		event(tenant1, "c1", "e9", time.Second),
		event(tenant1, "c2", "e8", 2*time.Second),
		event(tenant1, "c1", "e7", 3*time.Second),
	)
	h.appendEvent(event(tenant1, "c1", "e5", 4*time.Second))
	h.appendEvent(event(tenant1, "c1", "e1", 2*time.Second)) // created earlier, committed later
	got := ids(h.listEvents(tenant1, "c1"))
	if want := []string{"e9", "e1", "e7", "e5"}; !slices.Equal(got, want) {
		t.Errorf("EventList(c1) = %q, want %q (oldest CreatedAt first, only c1)", got, want)
	}
	if got := h.listEvents(tenant1, "c3"); len(got) != 0 {
		t.Errorf("EventList of a conversation without events = %q, want none", ids(got))
	}
}
