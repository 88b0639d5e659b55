package sqlstore_test

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// BenchmarkHistory measures the operations on one message — Receive, one
// delivery, the provider's echo of a delivered text, and a rep message —
// on a conversation with 10, 100, 1,000 and 5,000 messages of history (and
// as many delivered outbox items and audit events). Each looks its rows up
// by key, so the cost at 5,000 should stay within 1.5x of the cost at 10.
func BenchmarkHistory(b *testing.B) {
	for _, d := range databases {
		for _, n := range []int{10, 100, 1000, 5000} {
			for _, op := range []string{"receive", "deliver", "echo", "repmessage"} {
				b.Run(fmt.Sprintf("%s/%s/%d", d.name, op, n), func(b *testing.B) { benchHistory(b, d, op, n) })
			}
		}
	}
}

// historyEnv is one engine and dispatcher over a conversation with n
// messages of history.
type historyEnv struct {
	e    *handoff.Engine
	d    *handoff.Dispatcher
	st   store.Store
	sent int
	pid  string // the provider ID of the last delivery
}

func newHistoryEnv(b *testing.B, d database, n int) *historyEnv {
	ctx := context.Background()
	st, _ := benchDB(b, d)
	e, err := handoff.NewEngine(st, &handoff.Config{NoReplies: true})
	require.NoError(b, err)
	h := &historyEnv{e: e, st: st}
	h.d, err = handoff.NewDispatcher(e, &handoff.DispatcherConfig{QuietHours: dnc.QuietHours{Start: 0, End: 24},
		Sender: handoff.SenderFunc(func(ctx context.Context, dl handoff.Delivery) (handoff.SendResult, error) {
			h.sent++
			h.pid = "SM-" + dl.Item.ID
			return handoff.SendResult{ProviderID: h.pid}, nil
		})})
	require.NoError(b, err)
	_, err = e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "c", Lead: store.Lead{Name: "Dana", Phone: benchPhone}})
	require.NoError(b, err)
	// The history: messages, delivered outbox items and events, written
	// through the store in a few transactions.
	now := time.Now().Add(-time.Hour)
	for start := 0; start < n; start += 500 {
		require.NoError(b, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := start; i < min(start+500, n); i++ {
				id := strconv.Itoa(i)
				at := now.Add(time.Duration(i) * time.Millisecond)
				if err := tx.MessageAppend(ctx, &store.Message{ID: "h" + id, TenantID: "t", ConversationID: "c", Direction: store.Inbound,
					Origin: store.OriginLead, Body: "earlier message " + id, ProviderID: "HSM" + id, CreatedAt: at}); err != nil {
					return err
				}
				if err := tx.EventAppend(ctx, &store.Event{ID: "he" + id, TenantID: "t", ConversationID: "c", Kind: store.EventDelivered,
					From: store.StateAIActive, To: store.StateAIActive, Actor: store.ActorSystem, CreatedAt: at}); err != nil {
					return err
				}
				if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: "ho" + id, TenantID: "t", ConversationID: "c", Kind: store.OutboxAIReply,
					To: benchPhone, Payload: []byte(`{"body":"old"}`), IdempotencyKey: "hk" + id, NotBefore: at.Add(240 * time.Hour),
					CreatedAt: at, UpdatedAt: at}); err != nil {
					return err
				}
			}
			return nil
		}))
	}
	// Settle the history's items as delivered long ago.
	require.NoError(b, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		claimed, err := tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: now.Add(300 * time.Hour), Limit: n, LeaseFor: time.Minute})
		for _, it := range claimed {
			if err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: "t", ID: it.ID, Status: store.OutboxDone,
				ProviderID: "HP" + it.ID, Now: now.Add(300 * time.Hour)}); err != nil {
				return err
			}
		}
		return err
	}))
	return h
}

func benchHistory(b *testing.B, d database, op string, n int) {
	ctx := context.Background()
	h := newHistoryEnv(b, d, n)
	if op == "repmessage" {
		_, err := h.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: "t", ConversationID: "c", RepID: "sarah"})
		require.NoError(b, err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := strconv.Itoa(i)
		switch op {
		case "receive":
			if _, err := h.e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c", Body: "we were thinking maybe later this year", ProviderID: "SM" + id}); err != nil {
				b.Fatal(err)
			}
		case "deliver", "echo":
			b.StopTimer()
			if _, err := h.e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: "t", ConversationID: "c", Body: "reply " + id, Send: true}); err != nil {
				b.Fatal(err)
			}
			if op == "echo" {
				if _, err := h.d.RunOnce(ctx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				res, err := h.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: "t", ConversationID: "c", ProviderID: h.pid, Body: "reply " + id})
				if err != nil || res.Kind != handoff.ObservedEcho {
					b.Fatal(res.Kind, err)
				}
				continue
			}
			b.StartTimer()
			if n, err := h.d.RunOnce(ctx); err != nil || n != 1 {
				b.Fatal(n, err)
			}
		case "repmessage":
			if _, err := h.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: "t", ConversationID: "c", RepID: "sarah", Body: "hi it's Sarah " + id}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkClaimBacklog measures a claim with nothing due, with no other
// item and with 100,000 items deferred to later (a night held by quiet
// hours): the claim reads only due items and expired leases, so the
// backlog should cost within 2x. The receive cases measure Receive alone
// and while a Dispatcher runs over that backlog.
func BenchmarkClaimBacklog(b *testing.B) {
	for _, d := range databases {
		for _, backlog := range []int{0, 100_000} {
			b.Run(fmt.Sprintf("%s/claim/%d", d.name, backlog), func(b *testing.B) { benchClaimBacklog(b, d, backlog, false) })
			b.Run(fmt.Sprintf("%s/receive/%d", d.name, backlog), func(b *testing.B) { benchClaimBacklog(b, d, backlog, true) })
		}
	}
}

func benchClaimBacklog(b *testing.B, d database, backlog int, receive bool) {
	ctx := context.Background()
	st, w := benchDB(b, d)
	later := time.Now().Add(12 * time.Hour)
	for start := 0; start < backlog; start += 5000 {
		require.NoError(b, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			for i := start; i < min(start+5000, backlog); i++ {
				id := strconv.Itoa(i)
				if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: "d" + id, TenantID: "t", ConversationID: "c" + strconv.Itoa(i%1000),
					Kind: store.OutboxAIReply, To: benchPhone, IdempotencyKey: "dk" + id, NotBefore: later, CreatedAt: later, UpdatedAt: later}); err != nil {
					return err
				}
			}
			return nil
		}))
	}
	if d.name == "postgres" {
		// A night's backlog builds up over hours, long enough for autovacuum
		// to have visited the table; without this the timed loop races the
		// autovacuum that 100,000 fresh inserts start.
		_, err := w.ExecContext(ctx, "VACUUM ANALYZE handoff_outbox")
		require.NoError(b, err)
	}
	if !receive {
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
				got, err := tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: time.Now(), Limit: 10, LeaseFor: time.Minute})
				if len(got) != 0 {
					b.Fatal("claimed a deferred item")
				}
				return err
			})
			if err != nil {
				b.Fatal(err)
			}
		}
		return
	}
	e, err := handoff.NewEngine(st, &handoff.Config{NoReplies: true})
	require.NoError(b, err)
	_, err = e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: "r", Lead: store.Lead{Phone: "+15550109999"}})
	require.NoError(b, err)
	if backlog > 0 {
		dsp, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{PollInterval: time.Millisecond,
			Sender: handoff.SenderFunc(func(context.Context, handoff.Delivery) (handoff.SendResult, error) { return handoff.SendResult{}, nil })})
		require.NoError(b, err)
		dctx, stop := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() { _ = dsp.Run(dctx); close(done) }()
		defer func() { stop(); <-done }()
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "r", Body: "maybe later this year", ProviderID: "SM" + strconv.Itoa(i)}); err != nil {
			b.Fatal(err)
		}
	}
}
