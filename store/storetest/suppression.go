package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func suppressionCases() []testCase {
	return []testCase{
		{"PutGet", testSuppressionPutGet},
		{"PutReplaces", testSuppressionPutReplaces},
		{"GetMissing", testSuppressionGetMissing},
		{"Delete", testSuppressionDelete},
		{"DeleteMissingIsNotAnError", testSuppressionDeleteMissing},
		{"EmailByKey", testSuppressionEmailByKey},
		{"PhoneAndChatExact", testSuppressionPhoneAndChatExact},
	}
}

// testSuppressionEmailByKey: an email's suppression is one, whatever the
// case and the surrounding white space of the address each call gives,
// and it is returned under its key (store.AddressKey).
func testSuppressionEmailByKey(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := supp(tenant1, " Dana@Example.com")
	h.putSupp(in)
	if in.Address != " Dana@Example.com" {
		t.Errorf("SuppressionPut changed its argument's Address to %q", in.Address)
	}
	want := *in
	want.Address = "dana@example.com"
	for _, a := range []string{"dana@example.com", "DANA@EXAMPLE.COM", " Dana@Example.com", "dana@example.com\n"} {
		got, err := h.getSupp(tenant1, a)
		noErr(t, err, "SuppressionGet("+a+")")
		checkEqual(t, "SuppressionGet("+a+")", got, want)
	}
	// Put of another spelling replaces it; Delete of a third removes it.
	again := supp(tenant1, "dana@EXAMPLE.com")
	again.Reason = "keyword:UNSUBSCRIBE"
	h.putSupp(again)
	got, err := h.getSupp(tenant1, "dana@example.com")
	noErr(t, err, "SuppressionGet after a Put of another spelling")
	if got.Reason != again.Reason || got.Address != "dana@example.com" {
		t.Errorf("SuppressionGet after a Put of another spelling = %+v, want reason %q under dana@example.com", got, again.Reason)
	}
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		return tx.SuppressionDelete(ctx, tenant1, "Dana@example.com")
	})
	for _, a := range []string{"dana@example.com", "dana@EXAMPLE.com", " Dana@Example.com"} {
		_, err := h.getSupp(tenant1, a)
		wantErr(t, err, store.ErrNotFound, "SuppressionGet("+a+") after a Delete of another spelling")
	}
}

// testSuppressionPhoneAndChatExact: a phone number and a chat address
// ("chat:" and a conversation ID, whose case matters) are keyed as given.
func testSuppressionPhoneAndChatExact(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.putSupp(supp(tenant1, "chat:Web-1@Site"), supp(tenant1, "+15550100000"))
	got, err := h.getSupp(tenant1, "chat:Web-1@Site")
	noErr(t, err, "SuppressionGet of a chat address")
	if got.Address != "chat:Web-1@Site" {
		t.Errorf("SuppressionGet of a chat address returned Address %q, want it as given", got.Address)
	}
	_, err = h.getSupp(tenant1, "chat:web-1@site")
	wantErr(t, err, store.ErrNotFound, "SuppressionGet of another conversation's chat address")
	_, err = h.getSupp(tenant1, "+15550100000")
	noErr(t, err, "SuppressionGet of a phone number")
}

func testSuppressionPutGet(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	want := supp(tenant1, lead1)
	h.putSupp(want, supp(tenant1, lead2))
	got, err := h.getSupp(tenant1, lead1)
	noErr(t, err, "SuppressionGet")
	checkEqual(t, "SuppressionGet", got, *want)
}

func testSuppressionPutReplaces(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.putSupp(supp(tenant1, lead1))
	want := &store.Suppression{
		TenantID: tenant1, Address: lead1, Channel: store.ChannelChat,
		Reason: "keyword:UNSUBSCRIBE", SourceMessageID: "m-2", CreatedAt: at(time.Hour),
	}
	h.putSupp(want)
	got, err := h.getSupp(tenant1, lead1)
	noErr(t, err, "SuppressionGet")
	checkEqual(t, "SuppressionGet after replacing", got, *want)
}

func testSuppressionGetMissing(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.putSupp(supp(tenant1, lead1))
	_, err := h.getSupp(tenant1, lead2)
	wantErr(t, err, store.ErrNotFound, "SuppressionGet of an unsuppressed address")
}

func testSuppressionDelete(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.putSupp(supp(tenant1, lead1), supp(tenant1, lead2))
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		return tx.SuppressionDelete(ctx, tenant1, lead1)
	})
	_, err := h.getSupp(tenant1, lead1)
	wantErr(t, err, store.ErrNotFound, "SuppressionGet after SuppressionDelete")
	_, err = h.getSupp(tenant1, lead2)
	noErr(t, err, "SuppressionGet of another address")
	// Suppressing again after a delete works.
	h.putSupp(supp(tenant1, lead1))
	_, err = h.getSupp(tenant1, lead1)
	noErr(t, err, "SuppressionGet after suppressing again")
}

func testSuppressionDeleteMissing(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		if err := tx.SuppressionDelete(ctx, tenant1, lead1); err != nil {
			return err
		}
		// The transaction stays usable after deleting a missing one.
		return tx.SuppressionPut(ctx, supp(tenant1, lead2))
	})
	_, err := h.getSupp(tenant1, lead2)
	noErr(t, err, "SuppressionGet")
}

func tenantCases() []testCase {
	return []testCase{
		{"Conversation", testTenantConversation},
		{"Message", testTenantMessage},
		{"Event", testTenantEvent},
		{"Outbox", testTenantOutbox},
		{"Suppression", testTenantSuppression},
	}
}

func testTenantConversation(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	_, err := h.getConv(tenant2, "c1")
	wantErr(t, err, store.ErrNotFound, "ConversationGet from another tenant")

	c := h.mustGetConv(tenant1, "c1")
	c.TenantID = tenant2
	c.State = store.StatePaused
	wantErr(t, h.updateConv(&c), store.ErrNotFound, "ConversationUpdate from another tenant")
	if got := h.mustGetConv(tenant1, "c1"); got.Version != 1 || got.State != store.StateAIActive {
		t.Errorf("another tenant's update changed the conversation: version %d state %q", got.Version, got.State)
	}
	if got := h.listConvs(store.ConversationListParams{TenantID: tenant2}); len(got) != 0 {
		t.Errorf("ConversationList of another tenant = %q, want none", ids(got))
	}
	if got := h.listConvs(store.ConversationListParams{TenantID: tenant2, Phone: "+15550100000"}); len(got) != 0 {
		t.Errorf("ConversationList(phone) of another tenant = %q, want none", ids(got))
	}
}

func testTenantMessage(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.appendMsg(msg(tenant1, "c1", "m1", "SM1", time.Second))
	if got := h.listMsgs(store.MessageListParams{TenantID: tenant2, ConversationID: "c1"}); len(got) != 0 {
		t.Errorf("MessageList from another tenant = %q, want none", ids(got))
	}
	if got := h.listMsgs(store.MessageListParams{TenantID: tenant2, ConversationID: "c1", Last: 5}); len(got) != 0 {
		t.Errorf("MessageList(Last 5) from another tenant = %q, want none", ids(got))
	}
	_, err := h.msgByProvider(tenant2, "SM1")
	wantErr(t, err, store.ErrNotFound, "MessageGetByProviderID from another tenant")
}

func testTenantEvent(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.appendEvent(event(tenant1, "c1", "e1", time.Second))
	if got := h.listEvents(tenant2, "c1"); len(got) != 0 {
		t.Errorf("EventList from another tenant = %q, want none", ids(got))
	}
}

func testTenantOutbox(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	h.enqueue(item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, t0), item(tenant1, "c1", "o2", store.OutboxAIReply, lead1, at(time.Hour)))
	h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})

	_, err := h.getItem(tenant2, "o1")
	wantErr(t, err, store.ErrNotFound, "OutboxGet from another tenant")
	for _, p := range []store.OutboxListParams{{}, {ConversationID: "c1"}, {Status: store.OutboxLeased}} {
		p.TenantID = tenant2
		if got := h.listItems(p); len(got) != 0 {
			t.Errorf("OutboxList(%+v) from another tenant = %q, want none", p, ids(got))
		}
	}
	wantErr(t, h.settle(store.OutboxSettleParams{TenantID: tenant2, ID: "o1", Status: store.OutboxDone, Now: t0}),
		store.ErrNotFound, "OutboxSettle from another tenant")
	for _, p := range []store.OutboxCancelParams{{ConversationID: "c1"}, {To: lead1}} {
		p.TenantID = tenant2
		n, err := h.cancel(p)
		noErr(t, err, "OutboxCancel from another tenant")
		if n != 0 {
			t.Errorf("OutboxCancel(%+v) from another tenant cancelled %d items", p, n)
		}
	}
	for id, want := range map[string]store.OutboxStatus{"o1": store.OutboxLeased, "o2": store.OutboxPending} {
		if got := h.mustGetItem(tenant1, id); got.Status != want {
			t.Errorf("%s: status %q after another tenant's calls, want %q", id, got.Status, want)
		}
	}
}

func testTenantSuppression(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	want := supp(tenant1, lead1)
	h.putSupp(want)
	_, err := h.getSupp(tenant2, lead1)
	wantErr(t, err, store.ErrNotFound, "SuppressionGet from another tenant")
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		return tx.SuppressionDelete(ctx, tenant2, lead1)
	})
	other := supp(tenant2, lead1)
	other.Reason = "tenant two"
	h.putSupp(other)
	got, err := h.getSupp(tenant1, lead1)
	noErr(t, err, "SuppressionGet after another tenant's delete and put")
	checkEqual(t, "first tenant's suppression", got, *want)
	got, err = h.getSupp(tenant2, lead1)
	noErr(t, err, "SuppressionGet of the second tenant")
	checkEqual(t, "second tenant's suppression", got, *other)
}
