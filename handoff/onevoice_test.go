package handoff_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestRepMessageHonoursItsContextBehindASlowSender: a rep message that
// commits while an AI reply is being handed to a slow Sender waits for it,
// but only as long as its context allows; then it reports the reply as in
// flight instead of hiding it, and the change stands.
func TestRepMessageHonoursItsContextBehindASlowSender(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	inSend := make(chan struct{}, 1)
	env := dspSetup(t, nil)
	env.sender.hook = func(ctx context.Context, d handoff.Delivery) {
		if d.Item.Kind == store.OutboxAIReply {
			inSend <- struct{}{}
			<-release
		}
	}
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI: still thinking of selling?")
	done := make(chan error, 1)
	go func() { _, err := env.d.RunOnce(context.Background()); done <- err }()
	<-inSend // the reply is marked sending and the Sender holds it

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	res, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "rep-1", Body: "Dana here"})
	require.ErrorIs(t, err, handoff.ErrInFlight)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	var ife *handoff.InFlightError
	require.ErrorAs(t, err, &ife)
	require.Len(t, ife.Items, 1)
	require.Equal(t, store.OutboxAIReply, ife.Items[0].Kind)
	require.Equal(t, ife.Items, res.InFlight)
	require.Equal(t, store.StateHuman, res.Conversation.State, "the change committed")

	close(release)
	require.NoError(t, <-done)
	items := env.items(t, "c1")
	require.Equal(t, store.OutboxDone, onlyKind(items, store.OutboxAIReply)[0].Status)
}

// TestSilencingCallReturnsOnlyAfterTheSendInFlight: without a deadline the
// rep message returns only once the reply that was being sent settled, so
// nothing the AI wrote reaches the Sender after it returns.
func TestSilencingCallReturnsOnlyAfterTheSendInFlight(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	var sendReturned atomic.Int64
	inSend := make(chan struct{}, 1)
	env.sender.hook = func(ctx context.Context, d handoff.Delivery) {
		if d.Item.Kind == store.OutboxAIReply {
			inSend <- struct{}{}
			time.Sleep(50 * time.Millisecond)
			sendReturned.Store(time.Now().UnixNano())
		}
	}
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI: still thinking of selling?")
	go func() { _, _ = env.d.RunOnce(context.Background()) }()
	<-inSend
	_, err := env.e.TakeOver(context.Background(), handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: "rep-1"})
	require.NoError(t, err)
	returned := time.Now().UnixNano()
	require.NotZero(t, sendReturned.Load(), "TakeOver returned while the AI reply was still with the Sender")
	require.Less(t, sendReturned.Load(), returned)
}

// TestTwoDispatchersDeliverEachKeyOnce: with settings the documentation
// allows (Lease > SendTimeout) and a Sender that never fails, two
// dispatchers sharing a store deliver every idempotency key once, even
// when claimed items wait in one dispatcher's batch longer than their
// lease and the other claims them meanwhile: the first finds at send time
// that the lease it holds is no longer the item's, and leaves the item to
// the other. The clock is the engine's (Config.Now) and moves only when
// the test moves it, so that no lease runs out by the scheduler's doing:
// a sending lease that runs out (a Sender or host stalled past Lease) lets
// another dispatcher send the item again, which is the at-least-once
// delivery the Dispatcher documents, with the same IdempotencyKey.
func TestTwoDispatchersDeliverEachKeyOnce(t *testing.T) {
	t.Parallel()
	const (
		n           = 10
		sendTimeout = 100 * time.Millisecond
		lease       = 250 * time.Millisecond
	)
	env := dspSetup(t, nil)
	for i := range n {
		id := fmt.Sprintf("k%02d", i)
		env.startWith(t, id, fmt.Sprintf("+1212555%04d", i), "America/New_York")
		env.aiReply(t, id, "hi "+id)
	}
	var mu sync.Mutex
	calls := map[string]int{}   // idempotency key -> Sender calls, both dispatchers
	by := map[string][]string{} // dispatcher -> keys it sent
	blocked := map[string]chan struct{}{"a": make(chan struct{}), "b": make(chan struct{})}
	release := map[string]chan struct{}{"a": make(chan struct{}), "b": make(chan struct{})}
	sender := func(name string, onCall func(call int)) handoff.Sender {
		return handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			mu.Lock()
			calls[d.IdempotencyKey]++
			by[name] = append(by[name], d.IdempotencyKey)
			call := len(by[name])
			mu.Unlock()
			onCall(call)
			return handoff.SendResult{}, nil
		})
	}
	hold := func(name string) { close(blocked[name]); <-release[name] }
	cfg := func(s handoff.Sender) *handoff.DispatcherConfig {
		return &handoff.DispatcherConfig{Sender: s, Concurrency: 1, BatchSize: n, SendTimeout: sendTimeout, Lease: lease,
			QuietHours: dnc.QuietHours{Start: 0, End: 24}}
	}
	// a claims all ten; its first send takes 100 ms by the clock, its
	// second is held while b works.
	a, err := handoff.NewDispatcher(env.e, cfg(sender("a", func(call int) {
		switch call {
		case 1:
			env.clock.Advance(sendTimeout)
		case 2:
			hold("a")
		}
	})))
	require.NoError(t, err)
	// b's first send is held while a looks at the rest of its batch.
	b, err := handoff.NewDispatcher(env.e, cfg(sender("b", func(call int) {
		if call == 1 {
			hold("b")
		}
	})))
	require.NoError(t, err)
	wait := func(ch <-chan struct{}, what string) {
		t.Helper()
		select {
		case <-ch:
		case <-time.After(time.Minute):
			t.Fatalf("hung: %s", what)
		}
	}
	ctx := context.Background()
	aDone, bDone := make(chan error, 1), make(chan error, 1)
	go func() { _, err := a.RunOnce(ctx); aDone <- err }()
	wait(blocked["a"], "a never reached its second send")

	// The eight items still in a's batch were claimed 160 ms before their
	// lease ran out by the clock, which now passes it; the item a is
	// sending holds a sending lease of its own, 250 ms from its mark.
	env.clock.Advance(lease - sendTimeout + 10*time.Millisecond)
	go func() { _, err := b.RunOnce(ctx); bDone <- err }()
	wait(blocked["b"], "b never claimed the items whose lease ran out")

	// a now finishes its send and reaches the eight items b holds.
	close(release["a"])
	select {
	case err := <-aDone:
		require.NoError(t, err)
	case <-time.After(time.Minute):
		t.Fatal("hung: a's RunOnce")
	}
	close(release["b"])
	select {
	case err := <-bDone:
		require.NoError(t, err)
	case <-time.After(time.Minute):
		t.Fatal("hung: b's RunOnce")
	}

	mu.Lock()
	defer mu.Unlock()
	require.Len(t, calls, n, "every key sent")
	for k, c := range calls {
		require.Equal(t, 1, c, "key %s sent %d times", k, c)
	}
	require.Len(t, by["a"], 2, "a sent what it began before its lease ran out")
	require.Len(t, by["b"], n-2, "b sent the items it claimed")
	for i := range n {
		for _, it := range env.items(t, fmt.Sprintf("k%02d", i)) {
			require.Equal(t, store.OutboxDone, it.Status, "%s", it.ID)
		}
	}
}

// TestStopOnASiblingRacesItsDispatch: a STOP on one conversation races the
// dispatch of an AI reply on another conversation with the same number.
// Once Receive returned the opt-out, that reply never reaches the Sender.
func TestStopOnASiblingRacesItsDispatch(t *testing.T) {
	t.Parallel()
	trials := 1500
	if testing.Short() {
		trials = 200
	}
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.QuietHours = dnc.QuietHours{Start: 0, End: 24} })
	var mu sync.Mutex
	returned := map[string]bool{} // phone -> STOP returned
	var violations []string
	sender := handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
		mu.Lock()
		defer mu.Unlock()
		if d.Item.Kind.Automated() && returned[d.Item.To] {
			violations = append(violations, d.Item.ConversationID+": "+string(d.Item.Kind)+" sent after the STOP returned")
		}
		return handoff.SendResult{}, nil
	})
	d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: sender, QuietHours: dnc.QuietHours{Start: 0, End: 24}})
	require.NoError(t, err)
	ctx := context.Background()
	for i := range trials {
		phone := fmt.Sprintf("+1212%07d", i)
		a, b := fmt.Sprintf("a%05d", i), fmt.Sprintf("b%05d", i)
		env.startWith(t, a, phone, "America/New_York")
		env.startWith(t, b, phone, "America/New_York")
		env.aiReply(t, b, "AI: following up")
		var wg sync.WaitGroup
		start := make(chan struct{})
		wg.Add(2)
		go func() {
			defer wg.Done()
			<-start
			out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: a, Body: "STOP"})
			if err == nil && out.Kind == handoff.OutcomeOptedOut {
				mu.Lock()
				returned[phone] = true
				mu.Unlock()
			}
		}()
		go func() { defer wg.Done(); <-start; _, _ = d.RunOnce(ctx) }()
		close(start)
		wg.Wait()
		_, err := d.RunOnce(ctx)
		require.NoError(t, err)
		require.Equal(t, store.StatePaused, env.conv(t, b).State, "trial %d: the sibling is paused", i)
	}
	require.Empty(t, violations)
}

// TestHelpRacingStopLeavesNothingQueued: HELP on one conversation racing a
// STOP on another with the same number never leaves a help reply queued to
// the suppressed number.
func TestHelpRacingStopLeavesNothingQueued(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx := context.Background()
	for i := range 500 {
		phone := fmt.Sprintf("+1212%07d", i)
		a, b := fmt.Sprintf("a%05d", i), fmt.Sprintf("b%05d", i)
		env.startWith(t, a, phone, "America/New_York")
		env.startWith(t, b, phone, "America/New_York")
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make([]error, 2)
		for j, in := range []handoff.Inbound{{TenantID: dspTenant, ConversationID: a, Body: "STOP"}, {TenantID: dspTenant, ConversationID: b, Body: "HELP"}} {
			wg.Add(1)
			go func() { defer wg.Done(); <-start; _, errs[j] = env.e.Receive(ctx, in) }()
		}
		close(start)
		wg.Wait()
		require.NoError(t, errors.Join(errs...))
		for _, it := range env.items(t, b) {
			if it.Kind == store.OutboxHelpReply {
				require.NotEqual(t, store.OutboxPending, it.Status, "trial %d: a help reply is queued to a suppressed number", i)
			}
		}
	}
}

// TestIdentifiersRejectControlAndFormatCharacters: every identifier a call
// takes refuses control and format characters with a typed error, and
// nothing is written.
func TestIdentifiersRejectControlAndFormatCharacters(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	before := (&bundle{st: env.st, engine: env.e}).dump(t, "c1")
	ctx := context.Background()
	for _, bad := range []string{"a\tb", "a\x01b", "a\x1bb", "a\x7fb", "a\u0085b", "a\u200bb", "a\u202eb", "a\x00b"} {
		calls := map[string]func() error{
			"Receive.TenantID": func() error {
				_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: bad, ConversationID: "c1", Body: "hi"})
				return err
			},
			"Receive.ConversationID": func() error {
				_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: bad, Body: "hi"})
				return err
			},
			"Receive.ProviderID": func() error {
				_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "hi", ProviderID: bad})
				return err
			},
			"RepMessage.RepID": func() error {
				_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: bad, Body: "hi"})
				return err
			},
			"Pause.RepID": func() error {
				_, err := env.e.Pause(ctx, handoff.PauseParams{TenantID: dspTenant, ConversationID: "c1", RepID: bad})
				return err
			},
			"TakeOver.RepID": func() error {
				_, err := env.e.TakeOver(ctx, handoff.TakeOverParams{TenantID: dspTenant, ConversationID: "c1", RepID: bad})
				return err
			},
			"OutboundObserved.ProviderID": func() error {
				_, err := env.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: dspTenant, ConversationID: "c1", ProviderID: bad})
				return err
			},
			"OptOutAddress.Rule": func() error {
				_, err := env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: "+12125550100", Rule: bad})
				return err
			},
			"Start.ConversationID": func() error {
				_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: bad})
				return err
			},
			"HotInbox.Cursor": func() error {
				cur := base64.RawURLEncoding.EncodeToString([]byte("1|" + bad))
				_, err := env.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant, Cursor: cur})
				return err
			},
		}
		for name, call := range calls {
			require.ErrorIs(t, call(), handoff.ErrInvalidInput, "%s %q", name, bad)
		}
	}
	cur := base64.RawURLEncoding.EncodeToString([]byte("1|\xff\xfe"))
	_, err := env.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant, Cursor: cur})
	require.ErrorIs(t, err, handoff.ErrInvalidInput, "a cursor with invalid UTF-8")
	require.Equal(t, before, (&bundle{st: env.st, engine: env.e}).dump(t, "c1"), "nothing was written")
}

func TestOptOutByAddress(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx := context.Background()
	env.start(t, "c1")
	env.aiReply(t, "c1", "queued before the carrier said no")
	res, err := env.e.DeliveryFailed(ctx, handoff.DeliveryFailure{TenantID: dspTenant, ProviderID: "SM-never-seen",
		Reason: "21610", OptedOut: true, To: "(212) 555-0100"})
	require.NoError(t, err, "an unknown provider ID with the recipient's number still opts out")
	require.Equal(t, store.StatusOptedOut, res.Conversation.Status)
	require.Equal(t, 1, res.Cancelled)
	require.Equal(t, store.StatePaused, env.conv(t, "c1").State)

	_, err = env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: "+13125550199", Rule: "dnc-list"})
	require.NoError(t, err, "an address without a conversation is suppressed")
	c, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c2", Lead: store.Lead{Phone: "+13125550199"}})
	require.NoError(t, err)
	require.Equal(t, store.StatePaused, c.State, "a conversation of a suppressed number starts paused")
	_, err = env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: "not a number"})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

type slowDown struct{ after time.Duration }

func (s slowDown) Error() string             { return "429 too many requests" }
func (s slowDown) RetryAfter() time.Duration { return s.after }

func TestDispatcherHonoursRetryAfter(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.QuietHours = dnc.QuietHours{Start: 0, End: 24} })
	env.sender.fail = func(handoff.Delivery) (error, bool) { return slowDown{90 * time.Second}, false }
	env.start(t, "c1")
	env.aiReply(t, "c1", "hello")
	env.runOnce(t)
	it := onlyKind(env.items(t, "c1"), store.OutboxAIReply)[0]
	require.Equal(t, store.OutboxPending, it.Status)
	require.GreaterOrEqual(t, it.NotBefore.Sub(env.clock.Now()), 90*time.Second, "the provider's Retry-After is waited out")
}

// TestASecondOptOutKeepsTheFirstConfirmation: a lead texts STOP and, before
// the Dispatcher ran, opts out again (on the same conversation, on another
// with the number, or the carrier reports the number unsubscribed). The
// first opt-out's confirmation is the one the lead gets: a later opt-out
// of the address cancels everything else queued to it but leaves that
// confirmation queued, and queues none of its own. Exactly one goes.
func TestASecondOptOutKeepsTheFirstConfirmation(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	const phone = "+12125550100"
	again := map[string]func(env *dspEnv) error{
		"same conversation": func(env *dspEnv) error {
			_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "x", Body: "stop texting me", ProviderID: "SM2"})
			return err
		},
		"sibling": func(env *dspEnv) error {
			_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "y", Body: "STOP", ProviderID: "SM2"})
			return err
		},
		"carrier": func(env *dspEnv) error {
			_, err := env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: phone, Rule: "carrier:opted_out"})
			return err
		},
	}
	for name, optOut := range again {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			env := dspSetup(t, nil)
			env.startWith(t, "x", phone, "America/New_York")
			env.startWith(t, "y", phone, "America/New_York")
			env.aiReply(t, "y", "AI: following up")
			out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "x", Body: "STOP", ProviderID: "SM1"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
			require.NotEmpty(t, out.Reply, "the first opt-out is confirmed")
			require.NoError(t, optOut(env))

			var open []store.OutboxKind
			require.NoError(t, env.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
				items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, To: phone})
				for _, it := range items {
					if it.Status != store.OutboxCancelled {
						open = append(open, it.Kind)
					}
				}
				return err
			}))
			require.Equal(t, []store.OutboxKind{store.OutboxOptOutConfirm}, open, "queued to the number after both opt-outs")
			env.runOnce(t)
			require.Equal(t, 1, env.sender.callCount())
			require.Equal(t, store.OutboxOptOutConfirm, env.sender.calls[0].Item.Kind)
			require.Equal(t, out.Reply, env.sender.calls[0].Body)
		})
	}
}
