package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

func roundTripCases() []testCase {
	return []testCase{
		{"Conversation", testRoundTripConversation},
		{"Message", testRoundTripMessage},
		{"Event", testRoundTripEvent},
		{"OutboxItem", testRoundTripOutbox},
		{"Suppression", testRoundTripSuppression},
		{"ZeroTimes", testRoundTripZeroTimes},
		{"OutboxPayloadIsCopied", testPayloadCopies},
	}
}

// weird returns a string that is hard to store: quotes, backslashes,
// SQL-shaped text, 4-byte UTF-8, tabs, newlines and other control
// characters except NUL, and trailing spaces. The tag keeps each field's
// value distinct, so swapped columns show.
func weird(tag string) string {
	return tag + " ' \" \\ \\' '); DROP TABLE x;-- /* */ %_ $1 ${x} {\"json\":[1]} 🏠🔥👍🏽 é 中文 \u2028\u00a0\t\n\r\x01\x07\x1b\x7f  "
}

// zone is a non-UTC zone: stores must return the same instant in UTC.
var zone = time.FixedZone("UTC+05:30", 5*3600+30*60)

// wt returns a time in zone with a sub-microsecond part under half a
// microsecond, so stores that truncate and stores that round to the
// microsecond both keep the microsecond.
func wt(year int, month time.Month, day, hour, minute, sec, micro int) time.Time {
	return time.Date(year, month, day, hour, minute, sec, micro*1000+321, zone)
}

func fullConversation(version string) *store.Conversation {
	w := func(tag string) string { return weird(version + " " + tag) }
	off := 0
	if version == "v2" {
		off = 1
	}
	return &store.Conversation{
		ID:       weird("conversation id"),
		TenantID: weird("tenant id"),
		Lead: store.Lead{
			Name:    w("Lead.Name"),
			Phone:   w("Lead.Phone"),
			Email:   w("Lead.Email"),
			Source:  w("Lead.Source"),
			Company: w("Lead.Company"),
			OwnerID: w("Lead.OwnerID"),
		},
		Channel:  []store.Channel{store.ChannelSMS, store.ChannelChat}[off],
		TimeZone: []string{"America/Los_Angeles", "Asia/Kolkata"}[off],
		Line:     w("Line"),
		Lang:     w("Lang"),
		State:    []store.State{store.StateHandoff, store.StateHuman}[off],
		Status:   store.Status(w("Status (hosts may store their own values)")),
		Fields: map[store.FieldName]store.Field{
			store.FieldName(w("field one")): {Value: w("value one"), Confidence: 1.0 / 3.0, MessageID: w("message one"), UpdatedAt: wt(2026, 1, 2, 3, 4, 5, 678901+off)},
			store.FieldName(w("field 🏠")):   {Value: w("value two"), Confidence: 0.875, MessageID: w("message two"), UpdatedAt: wt(1999, 12, 31, 23, 59, 59, 999999-off)},
		},
		Score:            87 + off,
		HandoffReason:    w("HandoffReason"),
		HandoffDetail:    w("HandoffDetail") + strings.Repeat("long detail ", 300),
		HandoffAt:        wt(2026, 3, 14, 1, 59, 26, 535897+off),
		HandoffMessageID: w("HandoffMessageID"),
		AssignedTo:       w("AssignedTo"),
		AssignedName:     w("AssignedName"),
		EngagedAt:        wt(2026, 3, 14, 2, 4, 0, 7+off),
		Tags: []store.Tag{
			{Name: w("tag one"), Source: w("source one"), MessageID: w("tag message"), At: wt(2026, 3, 14, 2, 0, 0, 11+off)},
			{Name: w("tag 🏷"), Source: "host", MessageID: w("second"), At: wt(2026, 3, 15, 2, 0, 0, 12)},
		},
		Attributes: map[string]string{w("attr key"): w("attr value"), "plan": w("plan")},
		Baseline: store.Baseline{
			Fields: []store.FieldName{store.FieldName(w("field one")), "timeline"},
			Score:  61 + off,
			At:     wt(2026, 3, 16, 9, 0, 0, 13+off),
		},
		Meeting: store.Meeting{
			Offered: []store.MeetingSlot{
				{RepID: w("rep one"), RepName: w("rep one's name"), Start: wt(2026, 3, 17, 10, 30, 0, 14), End: wt(2026, 3, 17, 10, 45, 0, 15), TimeZone: "America/New_York"},
				{RepID: w("rep two"), RepName: w("rep two's name"), Start: wt(2026, 3, 17, 13, 15, 0, 16+off), End: wt(2026, 3, 17, 13, 30, 0, 17), TimeZone: "Asia/Kolkata"},
			},
			OfferedAt:    wt(2026, 3, 16, 9, 1, 0, 18+off),
			Rescheduling: true,
			Seen: []store.MeetingSlot{
				{RepID: w("seen rep"), RepName: w("seen rep's name"), Start: wt(2026, 3, 17, 8, 0, 0, 22), End: wt(2026, 3, 17, 8, 15, 0, 23+off), TimeZone: "America/Chicago"},
			},
			SeenAt:    wt(2026, 3, 16, 8, 55, 0, 24+off),
			BookingID: w("booking id"),
			Booked:    store.MeetingSlot{RepID: w("booked rep"), RepName: w("booked rep's name"), Start: wt(2026, 3, 18, 9, 0, 0, 19), End: wt(2026, 3, 18, 9, 15, 0, 20+off), TimeZone: "Europe/Paris"},
			BookedAt:  wt(2026, 3, 16, 9, 7, 0, 21+off),
		},
		CreatedAt: wt(2025, 7, 1, 0, 0, 0, 1+off),
		UpdatedAt: wt(2040, 2, 29, 12, 30, 0, 500000+off),
	}
}

func testRoundTripConversation(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := fullConversation("v1")
	requireAllSet(t, "Conversation", *in, "Version")
	want := *fullConversation("v1")
	want.Version = 1
	h.insertConv(in)

	got := h.mustGetConv(in.TenantID, in.ID)
	checkEqual(t, "ConversationGet after insert", got, want)
	checkUTC(t, "ConversationGet", got)
	list := h.listConvs(store.ConversationListParams{TenantID: in.TenantID, Status: in.Status, State: in.State, Phone: in.Lead.Phone})
	if len(list) != 1 {
		t.Fatalf("ConversationList with the record's own filters returned %d rows, want 1", len(list))
	}
	checkEqual(t, "ConversationList", list[0], want)
	checkUTC(t, "ConversationList", list)

	// An update replaces every field, including the whole Fields map.
	upd := fullConversation("v2")
	upd.Version = 1
	requireAllSet(t, "Conversation", *upd)
	noErr(t, h.updateConv(upd), "ConversationUpdate")
	want = *fullConversation("v2")
	want.Version = 2
	got = h.mustGetConv(in.TenantID, in.ID)
	checkEqual(t, "ConversationGet after update", got, want)
	checkUTC(t, "ConversationGet after update", got)
}

func fullMessage() *store.Message {
	return &store.Message{
		ID:             weird("message id"),
		TenantID:       weird("tenant id"),
		ConversationID: weird("conversation id"),
		Direction:      store.Outbound,
		Origin:         store.OriginRep,
		Author:         weird("Author"),
		Body:           weird("Body") + strings.Repeat("a long SMS body ", 400),
		ProviderID:     weird("ProviderID"),
		CreatedAt:      wt(2026, 11, 21, 20, 57, 36, 123456),
	}
}

func testRoundTripMessage(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := fullMessage()
	requireAllSet(t, "Message", *in)
	h.insertConv(conv(in.TenantID, in.ConversationID))
	h.appendMsg(in)
	want := *fullMessage()
	list := h.listMsgs(store.MessageListParams{TenantID: in.TenantID, ConversationID: in.ConversationID})
	if len(list) != 1 {
		t.Fatalf("MessageList returned %d messages, want 1", len(list))
	}
	checkEqual(t, "MessageList", list[0], want)
	checkUTC(t, "MessageList", list)
	got, err := h.msgByProvider(in.TenantID, in.ProviderID)
	noErr(t, err, "MessageGetByProviderID")
	checkEqual(t, "MessageGetByProviderID", got, want)
	checkUTC(t, "MessageGetByProviderID", got)
}

func fullEvent() *store.Event {
	return &store.Event{
		ID:             weird("event id"),
		TenantID:       weird("tenant id"),
		ConversationID: weird("conversation id"),
		Kind:           store.EventTakeover,
		From:           store.StateHandoff,
		To:             store.StateHuman,
		Reason:         weird("Reason"),
		Detail:         weird("Detail"),
		Actor:          store.Actor(weird("Actor")),
		Key:            weird("Key"),
		CreatedAt:      wt(2026, 11, 21, 20, 57, 36, 654321),
	}
}

func testRoundTripEvent(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := fullEvent()
	requireAllSet(t, "Event", *in)
	h.insertConv(conv(in.TenantID, in.ConversationID))
	h.appendEvent(in)
	list := h.listEvents(in.TenantID, in.ConversationID)
	if len(list) != 1 {
		t.Fatalf("EventList returned %d events, want 1", len(list))
	}
	checkEqual(t, "EventList", list[0], *fullEvent())
	checkUTC(t, "EventList", list)
}

func fullOutboxItem() *store.OutboxItem {
	return &store.OutboxItem{
		ID:             weird("outbox id"),
		TenantID:       weird("tenant id"),
		ConversationID: weird("conversation id"),
		Kind:           store.OutboxRepNotification,
		To:             weird("To"),
		MessageID:      weird("MessageID"),
		Payload:        append([]byte("\x00\x01\xff\xfe{\"brief\":\"'); DROP TABLE x;--\"}\x00"), weird("payload")...),
		IdempotencyKey: weird("IdempotencyKey"),
		NotBefore:      wt(2026, 11, 21, 21, 0, 0, 250000),
		Status:         store.OutboxPending,
		CreatedAt:      wt(2026, 11, 21, 20, 59, 59, 1),
		UpdatedAt:      wt(2026, 11, 21, 20, 59, 59, 2),
	}
}

func testRoundTripOutbox(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := fullOutboxItem()
	// Attempts, LeaseUntil, ProviderID and LastError are set by claims and
	// settles below.
	requireAllSet(t, "OutboxItem", *in, "Attempts", "LeaseUntil", "ProviderID", "LastError")
	h.insertConv(conv(in.TenantID, in.ConversationID))
	h.enqueue(in)
	want := *fullOutboxItem()

	got := h.mustGetItem(in.TenantID, in.ID)
	checkEqual(t, "OutboxGet", got, want)
	checkUTC(t, "OutboxGet", got)
	list := h.listItems(store.OutboxListParams{TenantID: in.TenantID, ConversationID: in.ConversationID, Status: store.OutboxPending})
	if len(list) != 1 {
		t.Fatalf("OutboxList returned %d items, want 1", len(list))
	}
	checkEqual(t, "OutboxList", list[0], want)

	now := want.NotBefore.Add(time.Second)
	claimed := h.claim(store.OutboxClaimParams{Now: now, Limit: 1, LeaseFor: 45 * time.Second})
	if len(claimed) != 1 {
		t.Fatalf("OutboxClaim returned %d items, want 1", len(claimed))
	}
	want.Status = store.OutboxLeased
	want.LeaseUntil = now.Add(45 * time.Second)
	checkEqual(t, "OutboxClaim", claimed[0], want, "UpdatedAt")
	checkUTC(t, "OutboxClaim", claimed)

	retry := wt(2026, 11, 22, 8, 0, 0, 999999)
	h.mustSettle(store.OutboxSettleParams{
		TenantID: in.TenantID, ID: in.ID, Status: store.OutboxPending, NotBefore: retry,
		Attempted: true, LastError: weird("LastError"), Now: now.Add(time.Second),
	})
	want.Status = store.OutboxPending
	want.NotBefore = retry
	want.Attempts = 1
	want.LastError = weird("LastError")
	got = h.mustGetItem(in.TenantID, in.ID)
	// What a settle does to UpdatedAt and to the expired lease's
	// LeaseUntil is the adapter's business.
	checkEqual(t, "OutboxGet after settle", got, want, "UpdatedAt", "LeaseUntil")
	checkUTC(t, "OutboxGet after settle", got)
}

func testRoundTripSuppression(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	in := &store.Suppression{
		TenantID:        weird("tenant id"),
		Address:         weird("Address"),
		Channel:         store.ChannelChat,
		Reason:          weird("Reason"),
		SourceMessageID: weird("SourceMessageID"),
		CreatedAt:       wt(2026, 11, 21, 21, 1, 2, 345678),
	}
	requireAllSet(t, "Suppression", *in)
	want := *in
	h.putSupp(in)
	got, err := h.getSupp(in.TenantID, in.Address)
	noErr(t, err, "SuppressionGet")
	checkEqual(t, "SuppressionGet", got, want)
	checkUTC(t, "SuppressionGet", got)
}

func testRoundTripZeroTimes(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	c := conv(tenant1, "c1")
	c.CreatedAt, c.UpdatedAt = time.Time{}, time.Time{}
	c.Fields = map[store.FieldName]store.Field{"motivation": {Value: "inherited"}}
	h.insertConv(c)
	m := msg(tenant1, "c1", "m1", "SM1", 0)
	m.CreatedAt = time.Time{}
	h.appendMsg(m)
	it := item(tenant1, "c1", "o1", store.OutboxAIReply, lead1, time.Time{})
	it.CreatedAt, it.UpdatedAt = time.Time{}, time.Time{}
	h.enqueue(it)

	got := h.mustGetConv(tenant1, "c1")
	for name, tm := range map[string]time.Time{
		"Conversation.HandoffAt": got.HandoffAt, "Conversation.CreatedAt": got.CreatedAt,
		"Conversation.UpdatedAt": got.UpdatedAt, "Field.UpdatedAt": got.Fields["motivation"].UpdatedAt,
	} {
		if !tm.IsZero() {
			t.Errorf("%s: zero time came back as %s", name, fmtTime(tm))
		}
	}
	ms := h.listMsgs(store.MessageListParams{TenantID: tenant1, ConversationID: "c1"})
	if len(ms) != 1 || !ms[0].CreatedAt.IsZero() {
		t.Errorf("Message.CreatedAt: zero time did not come back zero: %v", ms)
	}
	gi := h.mustGetItem(tenant1, "o1")
	for name, tm := range map[string]time.Time{
		"OutboxItem.NotBefore": gi.NotBefore, "OutboxItem.LeaseUntil": gi.LeaseUntil,
		"OutboxItem.CreatedAt": gi.CreatedAt, "OutboxItem.UpdatedAt": gi.UpdatedAt,
	} {
		if !tm.IsZero() {
			t.Errorf("%s: zero time came back as %s", name, fmtTime(tm))
		}
	}
	// A zero NotBefore is due at once.
	if got := h.claim(store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute}); len(got) != 1 {
		t.Errorf("claim of an item with zero NotBefore returned %d items, want 1", len(got))
	}
}

func testPayloadCopies(t *testing.T, st store.Store) {
	h := newHarness(t, st)
	h.insertConv(conv(tenant1, "c1"))
	it := item(tenant1, "c1", "o1", store.OutboxRepNotification, rep1, t0)
	it.Payload = []byte("original")
	h.enqueue(it)
	it.Payload[0] = 'X' // the caller's slice, after enqueue

	check := func(when string) {
		t.Helper()
		if got := h.mustGetItem(tenant1, "o1"); string(got.Payload) != "original" {
			t.Fatalf("%s: stored Payload = %q, want %q", when, got.Payload, "original")
		}
	}
	check("after mutating the enqueued slice")
	got := h.mustGetItem(tenant1, "o1")
	got.Payload[0] = 'Y'
	check("after mutating a slice returned by OutboxGet")
	list := h.listItems(store.OutboxListParams{TenantID: tenant1})
	list[0].Payload[0] = 'Z'
	check("after mutating a slice returned by OutboxList")
	var claimed []store.OutboxItem
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		var err error
		claimed, err = tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: t0, Limit: 1, LeaseFor: time.Minute})
		return err
	})
	if len(claimed) != 1 {
		t.Fatalf("claim returned %d items, want 1", len(claimed))
	}
	claimed[0].Payload[0] = 'W'
	check("after mutating a slice returned by OutboxClaim")
}
