package handoff_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// requireStorable fails unless s is text every store keeps: valid UTF-8,
// no NUL, at most max bytes.
func requireStorable(t *testing.T, s string, max int) {
	t.Helper()
	require.True(t, utf8.ValidString(s), "valid UTF-8: %q", s)
	require.NotContains(t, s, "\x00")
	require.LessOrEqual(t, len(s), max, "bytes")
}

// A Sender's error is the provider's words: a Spanish message longer than
// 1,000 bytes with "é" across byte 1,000, a raw response body with a NUL
// and invalid UTF-8. On every store (PostgreSQL refuses NUL and invalid
// UTF-8 in text) a permanent error dead-letters the item after one call,
// a retryable one is retried with the error kept as clean text, and
// neither item is sent again once its lease would have run out.
func TestDispatcherRecordsAnySenderErrorText(t *testing.T) {
	t.Parallel()
	prefix := len((&handoff.PermanentError{Err: errors.New("")}).Error())
	long := strings.Repeat("x", 999-prefix) + "é — el proveedor rechazó el mensaje"
	raw := "HTTP 400: {\"body\":\"\x00\xff\xfe\"} " + strings.Repeat("ñ", 2000)
	cases := []struct {
		name   string
		err    error
		status store.OutboxStatus
	}{
		{"permanent, cut mid-character", &handoff.PermanentError{Err: errors.New(long)}, store.OutboxDead},
		{"permanent, NUL and invalid UTF-8", &handoff.PermanentError{Err: errors.New(raw)}, store.OutboxDead},
		{"retryable, NUL and invalid UTF-8", errors.New(raw), store.OutboxPending},
		{"carrier opt-out, NUL", errors.Join(handoff.ErrRecipientOptedOut, errors.New(raw)), store.OutboxDead},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				env := afterSetup(t, st, nil, nil)
				env.sender.fail = func(handoff.Delivery) (error, bool) { return tc.err, false }
				d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender,
					QuietHours: dnc.QuietHours{Start: 0, End: 24}, BackoffBase: time.Hour, BackoffMax: time.Hour})
				require.NoError(t, err)
				env.start(t, "c1")
				env.aiReply(t, "c1", "Hola, ¿cómo estás?")
				ctx := context.Background()
				_, err = d.RunOnce(ctx)
				require.NoError(t, err, "the outcome is recorded")

				items := onlyKind(outboxOf(t, st, "c1"), store.OutboxAIReply)
				require.Len(t, items, 1)
				require.Equal(t, tc.status, items[0].Status)
				require.Equal(t, 1, items[0].Attempts)
				requireStorable(t, items[0].LastError, 1000)
				require.True(t, strings.HasPrefix(items[0].LastError, tc.err.Error()[:15]), "the error's start is kept: %q", items[0].LastError)
				if tc.status == store.OutboxDead {
					dead := env.events(t, "c1", store.EventDeadLetter)
					require.Len(t, dead, 1)
					requireStorable(t, dead[0].Detail, 2000)
				}

				env.clock.Advance(6 * time.Minute) // past the sending lease, before the retry is due
				_, err = d.RunOnce(ctx)
				require.NoError(t, err)
				require.Equal(t, 1, env.sender.callCount(), "Sender calls")
			})
		})
	}
}

// A Notifier's error is stored as clean text too: the rep notification is
// retried, not left sending and notified again on every lease expiry.
func TestDispatcherRecordsAnyNotifierErrorText(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, nil, nil)
		calls := map[string]int{} // outbox item ID -> calls
		n := handoff.NotifierFunc(func(_ context.Context, x handoff.Notification) error {
			calls[x.Item.ID]++
			return errors.New("slack: \x00\xc3 " + strings.Repeat("é", 800))
		})
		d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: n, Concurrency: 1,
			QuietHours: dnc.QuietHours{Start: 0, End: 24}, BackoffBase: time.Hour, BackoffMax: time.Hour})
		require.NoError(t, err)
		env.handoff(t, "c1")
		ctx := context.Background()
		_, err = d.RunOnce(ctx)
		require.NoError(t, err)
		notes := onlyKind(outboxOf(t, st, "c1"), store.OutboxRepNotification)
		require.Len(t, notes, 1)
		require.Equal(t, store.OutboxPending, notes[0].Status)
		require.Equal(t, 1, notes[0].Attempts)
		requireStorable(t, notes[0].LastError, 1000)

		env.clock.Advance(6 * time.Minute)
		_, err = d.RunOnce(ctx)
		require.NoError(t, err)
		require.Equal(t, 1, calls[notes[0].ID], "Notifier calls with the first notification")
	})
}

// A Sender that reports a provider ID no store can keep (a NUL, invalid
// UTF-8) delivered the text all the same: the item is done, once, and the
// ID, which no provider report could name, is not recorded.
func TestDispatcherDeliveredWithUnstorableProviderID(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, nil, nil)
		calls := 0
		s := handoff.SenderFunc(func(context.Context, handoff.Delivery) (handoff.SendResult, error) {
			calls++
			return handoff.SendResult{ProviderID: "SM\x00\xff1"}, nil
		})
		d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: s, QuietHours: dnc.QuietHours{Start: 0, End: 24}})
		require.NoError(t, err)
		env.start(t, "c1")
		env.aiReply(t, "c1", "Hola, ¿cómo estás?")
		ctx := context.Background()
		_, err = d.RunOnce(ctx)
		require.NoError(t, err)
		items := onlyKind(outboxOf(t, st, "c1"), store.OutboxAIReply)
		require.Len(t, items, 1)
		require.Equal(t, store.OutboxDone, items[0].Status)
		require.Empty(t, items[0].ProviderID)
		require.Len(t, env.events(t, "c1", store.EventDelivered), 1)

		env.clock.Advance(6 * time.Minute)
		_, err = d.RunOnce(ctx)
		require.NoError(t, err)
		require.Equal(t, 1, calls, "Sender calls")
	})
}

// A drafter's error (a model gateway's raw reply: a NUL, invalid UTF-8,
// 20 KB) goes to the drafter_fallback event as clean text of bounded
// length; the handoff commits on every store and the lead gets the
// template.
func TestDrafterErrorTextIsStoredClean(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		dr := bridge.DrafterFunc(func(context.Context, bridge.Request) (string, error) {
			return "", errors.New("gateway 502: \x00\xff<html>" + strings.Repeat("ü", 10000))
		})
		env := afterSetup(t, st, nil, func(c *handoff.Config) { c.Drafter = dr })
		env.handoff(t, "c1")
		fb := env.events(t, "c1", store.EventDrafterFallback)
		require.Len(t, fb, 1)
		requireStorable(t, fb[0].Detail, 1000)
		require.Contains(t, fb[0].Detail, "gateway 502")
		require.Len(t, onlyKind(outboxOf(t, st, "c1"), store.OutboxBridgeSMS), 1)
	})
}

// settleFaultStore fails every settle of an outbox item to done while
// failing is set, as a store that lost its connection would.
type settleFaultStore struct {
	store.Store
	failing atomic.Bool
}

func (f *settleFaultStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return f.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return fn(ctx, &settleFaultTx{Tx: tx, f: f})
	})
}

type settleFaultTx struct {
	store.Tx
	f *settleFaultStore
}

func (t *settleFaultTx) OutboxSettle(ctx context.Context, p store.OutboxSettleParams) error {
	if p.Status == store.OutboxDone && t.f.failing.Load() {
		return errInjected
	}
	return t.Tx.OutboxSettle(ctx, p)
}

// A delivered text whose outcome the store could not record is no silent
// log line: RunOnce returns the store's error, and the item, still
// sending, is claimed once its lease runs out and settled then, under the
// same idempotency key, so the host sees the failure and nothing is lost.
func TestDispatcherRunOnceReportsAnUnrecordedOutcome(t *testing.T) {
	t.Parallel()
	st := &settleFaultStore{Store: memstore.New()}
	env := afterSetup(t, st, nil, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "Thanks! What's behind the decision to sell?")
	ctx := context.Background()

	st.failing.Store(true)
	n, err := env.d.RunOnce(ctx)
	require.ErrorIs(t, err, errInjected)
	require.Equal(t, 1, n)
	items := onlyKind(outboxOf(t, st, "c1"), store.OutboxAIReply)
	require.Equal(t, store.OutboxSending, items[0].Status)

	st.failing.Store(false)
	env.clock.Advance(6 * time.Minute)
	_, err = env.d.RunOnce(ctx)
	require.NoError(t, err)
	items = onlyKind(outboxOf(t, st, "c1"), store.OutboxAIReply)
	require.Equal(t, store.OutboxDone, items[0].Status)
	require.Equal(t, 2, env.sender.attemptsOf(items[0].IdempotencyKey), "sent again under one key: at least once")
}
