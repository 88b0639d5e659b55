package handoff_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// dspClock is a settable clock; it only moves when the test moves it.
type dspClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *dspClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *dspClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *dspClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// dspSender records every call, de-duplicates deliveries by idempotency
// key like a well-behaved provider, and fails when fail says so.
type dspSender struct {
	mu         sync.Mutex
	calls      []handoff.Delivery
	delivered  map[string]int    // idempotency key -> deliveries
	attempts   map[string]int    // idempotency key -> calls
	providerID map[string]string // idempotency key -> provider ID
	order      []string          // delivered bodies, in delivery order
	// fail decides the outcome of a call: nil delivers; otherwise the
	// error is returned, after delivering when afterDelivery is true
	// (the provider accepted it but the reply was lost).
	fail func(d handoff.Delivery) (err error, afterDelivery bool)
	// hook runs at the start of every call, before anything is recorded.
	hook func(ctx context.Context, d handoff.Delivery)
}

func newDspSender() *dspSender {
	return &dspSender{delivered: map[string]int{}, attempts: map[string]int{}, providerID: map[string]string{}}
}

func (s *dspSender) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	if s.hook != nil {
		s.hook(ctx, d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, d)
	s.attempts[d.IdempotencyKey]++
	var err error
	after := false
	if s.fail != nil {
		err, after = s.fail(d)
	}
	if err != nil && !after {
		return handoff.SendResult{}, err
	}
	if _, dup := s.providerID[d.IdempotencyKey]; !dup {
		s.delivered[d.IdempotencyKey]++
		s.providerID[d.IdempotencyKey] = fmt.Sprintf("SM%04d", len(s.providerID)+1)
		s.order = append(s.order, d.Body)
	}
	return handoff.SendResult{ProviderID: s.providerID[d.IdempotencyKey]}, err
}

func (s *dspSender) callCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.calls)
}

// attemptsOf is how many calls carried the idempotency key key.
func (s *dspSender) attemptsOf(key string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.attempts[key]
}

func (s *dspSender) bodies() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.order...)
}

type dspNotifier struct {
	mu    sync.Mutex
	calls []handoff.Notification
}

func (n *dspNotifier) Notify(ctx context.Context, x handoff.Notification) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.calls = append(n.calls, x)
	return nil
}

type dspEnv struct {
	st       *memstore.Store
	e        *handoff.Engine
	clock    *dspClock
	sender   *dspSender
	notifier *dspNotifier
	d        *handoff.Dispatcher
}

// noon in New York (EDT, UTC-4).
var dspNoonNY = time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC)

const dspTenant = "acme"

// dspSetup returns an engine and a dispatcher on a fresh memstore with a
// clock at noon in New York. mod may adjust the dispatcher config.
func dspSetup(t testing.TB, mod func(*handoff.DispatcherConfig)) *dspEnv {
	t.Helper()
	env := &dspEnv{st: memstore.New(), clock: &dspClock{t: dspNoonNY}, sender: newDspSender(), notifier: &dspNotifier{}}
	var n atomic.Int64
	e, err := handoff.NewEngine(env.st, &handoff.Config{
		Now:   env.clock.Now,
		NewID: func() string { return fmt.Sprintf("id%07d", n.Add(1)) },
	})
	require.NoError(t, err)
	env.e = e
	cfg := &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notifier, BackoffBase: time.Second, BackoffMax: time.Minute}
	if mod != nil {
		mod(cfg)
	}
	env.d, err = handoff.NewDispatcher(e, cfg)
	require.NoError(t, err)
	return env
}

// start opens an ai_active SMS conversation with a New York lead.
func (env *dspEnv) start(t testing.TB, id string) {
	t.Helper()
	env.startWith(t, id, "+12125550100", "America/New_York")
}

func (env *dspEnv) startWith(t testing.TB, id, phone, zone string) {
	t.Helper()
	_, err := env.e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: id,
		Lead: store.Lead{Name: "Maria", Phone: phone}, TimeZone: zone})
	require.NoError(t, err)
}

// aiReply queues an AI reply on conversation id.
func (env *dspEnv) aiReply(t testing.TB, id, body string) {
	t.Helper()
	_, err := env.e.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: dspTenant, ConversationID: id, Body: body, Send: true})
	require.NoError(t, err)
}

func (env *dspEnv) runOnce(t testing.TB) int {
	t.Helper()
	n, err := env.d.RunOnce(context.Background())
	require.NoError(t, err)
	return n
}

func (env *dspEnv) items(t testing.TB, conv string) []store.OutboxItem {
	t.Helper()
	var items []store.OutboxItem
	require.NoError(t, env.st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, ConversationID: conv})
		return err
	}))
	return items
}

func (env *dspEnv) events(t testing.TB, conv string, kind store.EventKind) []store.Event {
	t.Helper()
	evs, err := env.e.Events(context.Background(), dspTenant, conv)
	require.NoError(t, err)
	var out []store.Event
	for _, ev := range evs {
		if ev.Kind == kind {
			out = append(out, ev)
		}
	}
	return out
}

// trail is what the store holds of conversation id: the row, its events
// and its outbox items; two equal trails mean nothing was written between.
type trail struct {
	Conv   store.Conversation
	Events []store.Event
	Items  []store.OutboxItem
}

func (env *dspEnv) trail(t testing.TB, id string) trail {
	t.Helper()
	evs, err := env.e.Events(context.Background(), dspTenant, id)
	require.NoError(t, err)
	return trail{Conv: env.conv(t, id), Events: evs, Items: env.items(t, id)}
}

func (env *dspEnv) conv(t testing.TB, id string) store.Conversation {
	t.Helper()
	c, err := env.e.Conversation(context.Background(), dspTenant, id)
	require.NoError(t, err)
	return c
}

func onlyKind(items []store.OutboxItem, k store.OutboxKind) []store.OutboxItem {
	var out []store.OutboxItem
	for _, it := range items {
		if it.Kind == k {
			out = append(out, it)
		}
	}
	return out
}

func TestDispatcher_DeliversWithIdempotencyKeyAndRecordsProviderID(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "Thanks! What's behind the decision to sell?")

	require.Equal(t, 1, env.runOnce(t))
	require.Len(t, env.sender.calls, 1)
	d := env.sender.calls[0]
	require.Equal(t, "Thanks! What's behind the decision to sell?", d.Body)
	require.Equal(t, "+12125550100", d.Item.To)
	require.NotEmpty(t, d.IdempotencyKey)
	require.Equal(t, d.Item.IdempotencyKey, d.IdempotencyKey)
	require.Equal(t, store.StateAIActive, d.Conversation.State)

	items := env.items(t, "c1")
	require.Len(t, items, 1)
	require.Equal(t, store.OutboxDone, items[0].Status)
	require.Equal(t, 1, items[0].Attempts)
	delivered := env.events(t, "c1", store.EventDelivered)
	require.Len(t, delivered, 1)
	require.Contains(t, delivered[0].Detail, "provider_id=SM0001")
	require.Contains(t, delivered[0].Detail, "outbox="+items[0].ID)

	require.Equal(t, 0, env.runOnce(t), "nothing is delivered twice")
	require.Equal(t, 1, env.sender.callCount())
}

func TestDispatcher_HandoffSendsBridgeAndNotifiesRepWithBrief(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "can you just call me"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)

	require.Equal(t, 2, env.runOnce(t))
	require.Len(t, env.sender.calls, 1)
	require.Equal(t, store.OutboxBridgeSMS, env.sender.calls[0].Item.Kind)
	require.Equal(t, out.Reply, env.sender.calls[0].Body)
	require.Len(t, env.notifier.calls, 1)
	n := env.notifier.calls[0]
	require.Equal(t, "c1", n.Brief.ConversationID)
	require.Equal(t, "explicit_ask", n.Brief.Reason)
	require.Equal(t, "can you just call me", n.Brief.LastLeadMessage)
	require.NotEmpty(t, n.IdempotencyKey)
}

// A Sender failing 30% of calls at random, half of the failures after the
// provider accepted the message (a lost reply): every item ends delivered,
// and no idempotency key is delivered twice.
func TestDispatcher_RandomFailuresStillDeliverEverythingExactlyOnce(t *testing.T) {
	t.Parallel()
	const convs, perConv = 20, 10
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.MaxAttempts = 60; c.Concurrency = 8 })
	rng := rand.New(rand.NewPCG(1, 2))
	env.sender.fail = func(handoff.Delivery) (error, bool) {
		// Called under the sender's lock.
		if rng.Float64() < 0.3 {
			return errors.New("provider 503"), rng.IntN(2) == 0
		}
		return nil, false
	}
	for c := range convs {
		id := fmt.Sprintf("c%02d", c)
		env.start(t, id)
		for i := range perConv {
			env.aiReply(t, id, fmt.Sprintf("reply %d on %s", i, id))
		}
	}
	for rounds := 0; ; rounds++ {
		require.Less(t, rounds, 200, "delivery did not converge")
		env.runOnce(t)
		pending := 0
		for c := range convs {
			for _, it := range env.items(t, fmt.Sprintf("c%02d", c)) {
				require.NotEqual(t, store.OutboxDead, it.Status)
				if it.Status != store.OutboxDone {
					pending++
				}
			}
		}
		if pending == 0 {
			break
		}
		env.clock.Advance(time.Minute) // BackoffMax: every retry is due
	}

	s := env.sender
	require.Len(t, s.delivered, convs*perConv)
	calls := 0
	for key, n := range s.delivered {
		require.Equal(t, 1, n, "key %s delivered %d times", key, n)
		calls += s.attempts[key]
	}
	require.Equal(t, len(s.calls), calls)
	require.Greater(t, len(s.calls), convs*perConv, "the sender failed some calls, so there were retries")
	// Attempts on the items match the calls the sender saw.
	for c := range convs {
		for _, it := range env.items(t, fmt.Sprintf("c%02d", c)) {
			require.Equal(t, s.attempts[it.IdempotencyKey], it.Attempts)
		}
	}
	// Each conversation's texts reached the provider in order.
	next := map[string]int{}
	for _, body := range s.bodies() {
		var i int
		var id string
		_, err := fmt.Sscanf(body, "reply %d on %s", &i, &id)
		require.NoError(t, err)
		require.Equal(t, next[id], i, "conversation %s out of order", id)
		next[id]++
	}
	t.Logf("%d items, %d sender calls", convs*perConv, len(s.calls))
}

// The same with Run and the real clock: real concurrency, wake-ups and
// backoff (tiny), until every item is delivered.
func TestDispatcher_RunWithRandomFailures(t *testing.T) {
	t.Parallel()
	const convs, items = 30, 150
	st := memstore.New()
	e, err := handoff.NewEngine(st, nil)
	require.NoError(t, err)
	s := newDspSender()
	rng := rand.New(rand.NewPCG(3, 4))
	s.fail = func(handoff.Delivery) (error, bool) { // under s.mu
		if rng.Float64() < 0.3 {
			return errors.New("timeout"), rng.IntN(2) == 0
		}
		return nil, false
	}
	all := make(chan struct{})
	var once sync.Once
	d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{
		Sender: handoff.SenderFunc(func(ctx context.Context, dl handoff.Delivery) (handoff.SendResult, error) {
			res, err := s.Send(ctx, dl)
			s.mu.Lock()
			if len(s.delivered) == items {
				once.Do(func() { close(all) })
			}
			s.mu.Unlock()
			return res, err
		}),
		MaxAttempts: 60, Concurrency: 8, BackoffBase: time.Millisecond, BackoffMax: 4 * time.Millisecond,
		PollInterval: 2 * time.Millisecond, QuietHours: dnc.QuietHours{Start: 0, End: 24}})
	require.NoError(t, err)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- d.Run(ctx) }()
	for i := range convs {
		_, err := e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: fmt.Sprintf("r%03d", i),
			Lead: store.Lead{Phone: fmt.Sprintf("+1212555%04d", i)}})
		require.NoError(t, err)
	}
	for i := range items {
		_, err := e.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: dspTenant,
			ConversationID: fmt.Sprintf("r%03d", i%convs), Body: fmt.Sprintf("text %d", i), Send: true})
		require.NoError(t, err)
	}
	<-all
	cancel()
	require.NoError(t, <-done)
	s.mu.Lock()
	defer s.mu.Unlock()
	require.Len(t, s.delivered, items)
	for key, n := range s.delivered {
		require.Equal(t, 1, n, "key %s delivered %d times", key, n)
	}
	t.Logf("%d items, %d sender calls", items, len(s.calls))
}

func TestDispatcher_DeadLettersAfterMaxAttempts(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.MaxAttempts = 3 })
	env.sender.fail = func(handoff.Delivery) (error, bool) { return errors.New("provider down"), false }
	env.start(t, "c1")
	env.aiReply(t, "c1", "Thanks! What's behind the decision to sell?")

	for range 10 {
		env.runOnce(t)
		env.clock.Advance(time.Minute)
	}
	require.Equal(t, 3, env.sender.callCount(), "exactly MaxAttempts sends")
	items := env.items(t, "c1")
	require.Equal(t, store.OutboxDead, items[0].Status)
	require.Equal(t, 3, items[0].Attempts)
	require.Equal(t, "provider down", items[0].LastError)
	dead := env.events(t, "c1", store.EventDeadLetter)
	require.Len(t, dead, 1)
	require.Equal(t, "max_attempts", dead[0].Reason)
	require.Contains(t, dead[0].Detail, "outbox="+items[0].ID)
	require.Contains(t, dead[0].Detail, "attempts=3")
}

func TestDispatcher_BackoffGrowsAndIsNotAnAttemptUntilDue(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.BackoffBase, c.BackoffMax = 10*time.Second, 80*time.Second
		c.MaxAttempts = 10
	})
	env.sender.fail = func(handoff.Delivery) (error, bool) { return errors.New("503"), false }
	env.start(t, "c1")
	env.aiReply(t, "c1", "hello there")
	for n := 1; n <= 5; n++ {
		env.runOnce(t)
		it := env.items(t, "c1")[0]
		require.Equal(t, n, it.Attempts)
		delay := it.NotBefore.Sub(env.clock.Now())
		full := min(10*time.Second<<(n-1), 80*time.Second)
		require.GreaterOrEqual(t, delay, full/2, "attempt %d", n)
		require.LessOrEqual(t, delay, full, "attempt %d", n)
		require.Equal(t, 0, env.runOnce(t), "not due before its backoff")
		env.clock.Set(it.NotBefore)
	}
}

func TestDispatcher_PermanentErrorDeadLettersAtOnce(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.sender.fail = func(handoff.Delivery) (error, bool) {
		return &handoff.PermanentError{Err: errors.New("21211 invalid 'To' number")}, false
	}
	env.start(t, "c1")
	env.aiReply(t, "c1", "hello there")
	env.runOnce(t)
	require.Equal(t, 1, env.sender.callCount())
	it := env.items(t, "c1")[0]
	require.Equal(t, store.OutboxDead, it.Status)
	dead := env.events(t, "c1", store.EventDeadLetter)
	require.Len(t, dead, 1)
	require.Equal(t, "permanent", dead[0].Reason)
	require.Equal(t, store.StateAIActive, env.conv(t, "c1").State, "an invalid number is not an opt-out")
}

func TestDispatcher_CarrierOptOutSuppressesTheAddress(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.sender.fail = func(d handoff.Delivery) (error, bool) {
		return fmt.Errorf("twilio 21610: %w", handoff.ErrRecipientOptedOut), false
	}
	env.start(t, "c1")
	env.start(t, "c2") // same number, another conversation
	env.aiReply(t, "c1", "first")
	env.aiReply(t, "c2", "second")
	// Only the first item is claimed in this run.
	d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, BatchSize: 1})
	require.NoError(t, err)
	n, err := d.RunOnce(context.Background())
	require.NoError(t, err)
	require.Equal(t, 1, n, "the second item was cancelled before it could be claimed")
	require.Equal(t, 1, env.sender.callCount())

	require.Equal(t, store.OutboxDead, env.items(t, "c1")[0].Status)
	require.Equal(t, store.OutboxCancelled, env.items(t, "c2")[0].Status)
	for _, id := range []string{"c1", "c2"} {
		c := env.conv(t, id)
		require.Equal(t, store.StatePaused, c.State)
		require.Equal(t, store.StatusOptedOut, c.Status)
	}
	dead := env.events(t, "c1", store.EventDeadLetter)
	require.Equal(t, "recipient_opted_out", dead[0].Reason)
	// Resume is refused: the address is suppressed.
	_, err = env.e.Resume(context.Background(), handoff.ResumeParams{TenantID: dspTenant, ConversationID: "c1"})
	require.ErrorIs(t, err, handoff.ErrOptedOut)
}

// An item due at 23:00 in the lead's zone waits for 8:00, and is not
// counted as an attempt.
func TestDispatcher_QuietHoursDeferToEightAM(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env := dspSetup(t, nil)
	env.clock.Set(time.Date(2026, 6, 1, 23, 0, 0, 0, ny))
	env.start(t, "c1")
	env.aiReply(t, "c1", "late reply")

	require.Equal(t, 1, env.runOnce(t))
	require.Equal(t, 0, env.sender.callCount())
	it := env.items(t, "c1")[0]
	require.Equal(t, store.OutboxPending, it.Status)
	require.Equal(t, 0, it.Attempts)
	require.True(t, it.NotBefore.Equal(time.Date(2026, 6, 2, 8, 0, 0, 0, ny)), "deferred to %s", it.NotBefore.In(ny))

	env.clock.Set(time.Date(2026, 6, 2, 7, 59, 59, 0, ny))
	require.Equal(t, 0, env.runOnce(t))
	require.Equal(t, 0, env.sender.callCount())

	env.clock.Set(time.Date(2026, 6, 2, 8, 0, 0, 0, ny))
	require.Equal(t, 1, env.runOnce(t))
	require.Equal(t, 1, env.sender.callCount())
	require.Equal(t, "late reply", env.sender.calls[0].Body)
	require.Equal(t, store.OutboxDone, env.items(t, "c1")[0].Status)
}

func TestDispatcher_QuietHoursZoneFromPhoneNumber(t *testing.T) {
	t.Parallel()
	la, err := time.LoadLocation("America/Los_Angeles")
	require.NoError(t, err)
	env := dspSetup(t, nil)
	// 23:30 in New York is 20:30 in Los Angeles: the LA lead may be texted.
	env.clock.Set(time.Date(2026, 6, 2, 3, 30, 0, 0, time.UTC))
	env.startWith(t, "la", "+13105550100", "")
	env.startWith(t, "ny", "+12125550100", "")
	env.aiReply(t, "la", "to LA")
	env.aiReply(t, "ny", "to NY")
	env.runOnce(t)
	require.Equal(t, []string{"to LA"}, env.sender.bodies())
	// 21:30 in LA: quiet until 8:00 LA.
	env.clock.Set(time.Date(2026, 6, 2, 4, 30, 0, 0, time.UTC))
	env.aiReply(t, "la", "later to LA")
	env.runOnce(t)
	require.Equal(t, []string{"to LA"}, env.sender.bodies())
	it := onlyKind(env.items(t, "la"), store.OutboxAIReply)[1]
	require.True(t, it.NotBefore.Equal(time.Date(2026, 6, 2, 8, 0, 0, 0, la)), "deferred to %s", it.NotBefore.In(la))
}

// TestDispatcher_QuietHoursInEveryZoneOfTheNumber: a number whose prefix
// spans several zones is texted only in hours inside the window in all of
// them: an Alaska number (Anchorage or Adak) not at 21:30 in Anchorage,
// and not before 9:00 there (8:00 on Adak); an Idaho number (Boise or the
// Pacific panhandle) not at 7:30 in Boise; a number whose area code names
// no place (anywhere in the US) not at 22:00 in New York, and not before
// 8:00 in Honolulu.
func TestDispatcher_QuietHoursInEveryZoneOfTheNumber(t *testing.T) {
	t.Parallel()
	load := func(name string) *time.Location {
		l, err := time.LoadLocation(name)
		require.NoError(t, err)
		return l
	}
	anc, boise, ny, hnl := load("America/Anchorage"), load("America/Boise"), load("America/New_York"), load("Pacific/Honolulu")
	tests := []struct {
		name  string
		phone string
		now   time.Time
		want  time.Time
	}{
		{"Alaska at 21:30", "+19075550101", time.Date(2026, 1, 12, 21, 30, 0, 0, anc), time.Date(2026, 1, 13, 9, 0, 0, 0, anc)},
		{"Idaho at 7:30", "+12085550101", time.Date(2026, 1, 12, 7, 30, 0, 0, boise), time.Date(2026, 1, 12, 9, 0, 0, 0, boise)},
		{"no area at 22:00 in New York", "+15550101234", time.Date(2026, 1, 12, 22, 0, 0, 0, ny), time.Date(2026, 1, 13, 8, 0, 0, 0, hnl)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := dspSetup(t, nil)
			env.clock.Set(tt.now)
			env.startWith(t, "c1", tt.phone, "")
			env.aiReply(t, "c1", "following up")
			env.runOnce(t)
			require.Empty(t, env.sender.bodies(), "quiet in one of the number's zones")
			it := env.items(t, "c1")[0]
			require.True(t, it.NotBefore.Equal(tt.want), "deferred to %s, want %s", it.NotBefore.UTC(), tt.want.UTC())
			env.clock.Set(tt.want)
			env.runOnce(t)
			require.Equal(t, []string{"following up"}, env.sender.bodies())
		})
	}
}

func TestDispatcher_QuietHoursDoNotHoldPeopleOrOptOutConfirmations(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env := dspSetup(t, nil)
	env.clock.Set(time.Date(2026, 6, 1, 23, 0, 0, 0, ny))
	env.start(t, "rep")
	env.startWith(t, "stop", "+12125550199", "America/New_York")
	_, err = env.e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "rep",
		RepID: "rep-1", Body: "Hi Maria, Dana here. Call you tomorrow?", Send: true})
	require.NoError(t, err)
	_, err = env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "stop", Body: "STOP"})
	require.NoError(t, err)
	env.runOnce(t)
	kinds := map[store.OutboxKind]int{}
	for _, c := range env.sender.calls {
		kinds[c.Item.Kind]++
	}
	require.Equal(t, map[store.OutboxKind]int{store.OutboxRepSMS: 1, store.OutboxOptOutConfirm: 1}, kinds)
}

// An AI reply queued before a rep message is never sent.
func TestDispatcher_AIReplyQueuedBeforeRepMessageIsNeverSent(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI speaking")
	_, err := env.e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1",
		RepID: "rep-1", Body: "Hi, Dana here", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	require.Equal(t, []string{"Hi, Dana here"}, env.sender.bodies())
	require.Equal(t, store.OutboxCancelled, onlyKind(env.items(t, "c1"), store.OutboxAIReply)[0].Status)
}

// An AI reply queued before an unknown outbound message (a rep texting
// from a phone) is never sent.
func TestDispatcher_AIReplyQueuedBeforeUnknownOutboundIsNeverSent(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI speaking")
	res, err := env.e.OutboundObserved(context.Background(), handoff.ObservedOutbound{TenantID: dspTenant, ConversationID: "c1",
		ProviderID: "SM-from-phone", Body: "Dana here, texting from my cell", To: "+12125550100"})
	require.NoError(t, err)
	require.Equal(t, handoff.ObservedTakeover, res.Kind)
	require.Equal(t, 1, res.Cancelled)
	env.runOnce(t)
	require.Equal(t, 0, env.sender.callCount())
	c := env.conv(t, "c1")
	require.Equal(t, store.StateHuman, c.State)
	msgs, err := env.e.Transcript(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	last := msgs[len(msgs)-1]
	require.Equal(t, store.OriginRep, last.Origin)
	require.Equal(t, "SM-from-phone", last.ProviderID)
}

// The send-time re-check catches a state change that did not cancel the
// item (another writer, an older engine): the item is cancelled with an
// audit event instead of sent.
func TestDispatcher_SendTimeStateCheckCancels(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI speaking")
	require.NoError(t, env.st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		c, err := tx.ConversationGet(ctx, dspTenant, "c1")
		if err != nil {
			return err
		}
		c.State = store.StateHuman
		return tx.ConversationUpdate(ctx, &c)
	}))
	env.runOnce(t)
	require.Equal(t, 0, env.sender.callCount())
	require.Equal(t, store.OutboxCancelled, env.items(t, "c1")[0].Status)
	ev := env.events(t, "c1", store.EventOutboxCancelled)
	require.Len(t, ev, 1)
	require.Equal(t, "state:human", ev[0].Reason)
}

// Nothing reaches a suppressed address, even when the suppression came
// after the item was queued, except the single opt-out confirmation.
func TestDispatcher_NothingToSuppressedAddressEvenIfSuppressedAfterEnqueue(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.start(t, "c2")
	env.aiReply(t, "c1", "AI speaking")
	_, err := env.e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c2",
		RepID: "rep-1", Body: "Rep speaking", Send: true})
	require.NoError(t, err)
	// Suppressed behind the engine's back (an import, another system):
	// nothing was cancelled, so only the send-time check stands in the way.
	require.NoError(t, env.st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		return tx.SuppressionPut(ctx, &store.Suppression{TenantID: dspTenant, Address: "+12125550100", Reason: "import", CreatedAt: env.clock.Now()})
	}))
	env.runOnce(t)
	require.Equal(t, 0, env.sender.callCount())
	for _, id := range []string{"c1", "c2"} {
		items := env.items(t, id)
		require.Equal(t, store.OutboxCancelled, items[len(items)-1].Status)
		ev := env.events(t, id, store.EventOutboxCancelled)
		require.Equal(t, "suppressed", ev[len(ev)-1].Reason)
	}

	// A STOP: its confirmation is the one message that still goes.
	env.startWith(t, "c3", "+12125550199", "America/New_York")
	_, err = env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c3", Body: "STOP"})
	require.NoError(t, err)
	env.runOnce(t)
	require.Equal(t, 1, env.sender.callCount())
	require.Equal(t, store.OutboxOptOutConfirm, env.sender.calls[0].Item.Kind)
}

// An outbound message we did not send is recorded as a rep's, with its
// text: one reported without text is refused and nothing is written,
// while our own echo needs no text.
func TestOutboundObserved_UnknownMessageWithoutTextIsRefused(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx := context.Background()
	env.start(t, "c1")
	env.aiReply(t, "c1", "AI speaking")
	before := env.trail(t, "c1")
	for _, body := range []string{"", " \n"} {
		_, err := env.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: dspTenant, ConversationID: "c1", ProviderID: "SM-from-phone", Body: body})
		var ie *handoff.InputError
		require.ErrorAs(t, err, &ie, "%q", body)
		require.Equal(t, "Body", ie.Field)
	}
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")
	msgs, err := env.e.Transcript(ctx, dspTenant, "c1")
	require.NoError(t, err)
	require.Len(t, msgs, 1, "no empty rep message")

	env.runOnce(t)
	sent := onlyKind(env.items(t, "c1"), store.OutboxAIReply)[0]
	res, err := env.e.OutboundObserved(ctx, handoff.ObservedOutbound{TenantID: dspTenant, ConversationID: "c1", ProviderID: sent.ProviderID})
	require.NoError(t, err)
	require.Equal(t, handoff.ObservedEcho, res.Kind, "our own message is known by its ID")
}

func TestOutboundObserved_EchoOfOurOwnMessageIsNotATakeover(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "first")
	env.runOnce(t)
	env.aiReply(t, "c1", "second, still queued")

	obs := handoff.ObservedOutbound{TenantID: dspTenant, ConversationID: "c1", ProviderID: "SM0001", Body: "first"}
	res, err := env.e.OutboundObserved(context.Background(), obs)
	require.NoError(t, err)
	require.Equal(t, handoff.ObservedEcho, res.Kind)
	require.Equal(t, store.StateAIActive, env.conv(t, "c1").State)
	confirmed := 0
	for _, ev := range env.events(t, "c1", store.EventDelivered) {
		if ev.Reason == "confirmed" {
			confirmed++
		}
	}
	require.Equal(t, 1, confirmed)

	// A webhook retry writes nothing.
	res, err = env.e.OutboundObserved(context.Background(), obs)
	require.NoError(t, err)
	require.True(t, res.Duplicate)
	require.Len(t, env.events(t, "c1", store.EventDelivered), 2)

	// The queued reply still goes.
	env.runOnce(t)
	require.Equal(t, []string{"first", "second, still queued"}, env.sender.bodies())
}

// The provider's webhook can overtake the Sender's reply: the report
// arrives while the send is in flight, before its provider ID is recorded.
func TestOutboundObserved_EchoArrivingBeforeSendReturnsIsNotATakeover(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "hello from the AI")
	var wg sync.WaitGroup
	var res handoff.ObservedResult
	var obsErr error
	env.sender.hook = func(ctx context.Context, d handoff.Delivery) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, obsErr = env.e.OutboundObserved(context.Background(), handoff.ObservedOutbound{TenantID: dspTenant,
				ConversationID: "c1", ProviderID: "SM0001", Body: d.Body})
		}()
	}
	env.runOnce(t)
	wg.Wait()
	require.NoError(t, obsErr)
	require.Equal(t, handoff.ObservedEcho, res.Kind)
	require.Equal(t, store.StateAIActive, env.conv(t, "c1").State)
}

// A Sender that reports no provider IDs: echoes are recognised by body.
func TestOutboundObserved_EchoWithoutProviderIDMatchesBody(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.Sender = handoff.SenderFunc(func(context.Context, handoff.Delivery) (handoff.SendResult, error) {
			return handoff.SendResult{}, nil
		})
	})
	env.start(t, "c1")
	env.aiReply(t, "c1", "hello from the AI")
	env.runOnce(t)
	res, err := env.e.OutboundObserved(context.Background(), handoff.ObservedOutbound{TenantID: dspTenant,
		ConversationID: "c1", ProviderID: "SMabc", Body: " hello from the AI "})
	require.NoError(t, err)
	require.Equal(t, handoff.ObservedEcho, res.Kind)
	// A different text is a person.
	res, err = env.e.OutboundObserved(context.Background(), handoff.ObservedOutbound{TenantID: dspTenant,
		ConversationID: "c1", ProviderID: "SMdef", Body: "hey it's Dana"})
	require.NoError(t, err)
	require.Equal(t, handoff.ObservedTakeover, res.Kind)
	require.Equal(t, store.StateHuman, env.conv(t, "c1").State)
}

func TestDeliveryFailed_OptedOutSuppressesAndRecords(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "first")
	env.runOnce(t)
	env.aiReply(t, "c1", "second")

	f := handoff.DeliveryFailure{TenantID: dspTenant, ConversationID: "c1", ProviderID: "SM0001", Reason: "21610 unsubscribed recipient", OptedOut: true}
	_, err := env.e.DeliveryFailed(context.Background(), f)
	require.NoError(t, err)
	retry, err := env.e.DeliveryFailed(context.Background(), f)
	require.NoError(t, err, "a webhook retry is fine")
	require.True(t, retry.Duplicate)
	require.Len(t, env.events(t, "c1", store.EventDeliveryFailed), 1)
	c := env.conv(t, "c1")
	require.Equal(t, store.StatePaused, c.State)
	require.Equal(t, store.StatusOptedOut, c.Status)
	env.runOnce(t)
	require.Equal(t, []string{"first"}, env.sender.bodies())

	_, err = env.e.DeliveryFailed(context.Background(), handoff.DeliveryFailure{TenantID: dspTenant, ConversationID: "c1", ProviderID: "SM-unknown"})
	require.ErrorIs(t, err, handoff.ErrNotFound)
	_, err = env.e.DeliveryFailed(context.Background(), handoff.DeliveryFailure{TenantID: dspTenant})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

func TestDeliveryFailed_OtherReasonsOnlyRecord(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	env.start(t, "c1")
	env.aiReply(t, "c1", "first")
	env.runOnce(t)
	item := env.items(t, "c1")[0]
	_, err := env.e.DeliveryFailed(context.Background(), handoff.DeliveryFailure{TenantID: dspTenant, OutboxItemID: item.ID, Reason: "30003 unreachable"})
	require.NoError(t, err)
	ev := env.events(t, "c1", store.EventDeliveryFailed)
	require.Len(t, ev, 1)
	require.Equal(t, "30003 unreachable", ev[0].Reason)
	require.Equal(t, store.StateAIActive, env.conv(t, "c1").State)
}

// Run wakes on commit: with a poll interval of an hour, a queued text is
// still delivered at once.
func TestDispatcher_RunWakesOnCommit(t *testing.T) {
	t.Parallel()
	got := make(chan handoff.Delivery, 1)
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.PollInterval = time.Hour
		c.Sender = handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			got <- d
			return handoff.SendResult{}, nil
		})
	})
	env.start(t, "c1")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- env.d.Run(ctx) }()
	// The first poll happens at start; wait until Run is idle in its select
	// is not observable, so queue after it started and rely on the wake-up.
	env.aiReply(t, "c1", "wake up")
	d := <-got
	require.Equal(t, "wake up", d.Body)
	env.aiReply(t, "c1", "again")
	d = <-got
	require.Equal(t, "again", d.Body)
	cancel()
	require.NoError(t, <-done)
}

// Run returns only after the sends in flight finish, and records them.
func TestDispatcher_RunShutsDownGracefully(t *testing.T) {
	t.Parallel()
	entered := make(chan struct{})
	release := make(chan struct{})
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.Sender = handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			close(entered)
			<-release
			return handoff.SendResult{ProviderID: "SM1"}, ctx.Err()
		})
	})
	env.start(t, "c1")
	env.aiReply(t, "c1", "slow send")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- env.d.Run(ctx) }()
	<-entered
	cancel()
	select {
	case <-done:
		t.Fatal("Run returned while a send was in flight")
	default:
	}
	close(release)
	require.NoError(t, <-done)
	it := env.items(t, "c1")[0]
	require.Equal(t, store.OutboxDone, it.Status, "the in-flight send finished and was recorded, with an uncancelled context")
}

func TestDispatcher_RunRefusesToRunTwice(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	started := make(chan struct{})
	go func() { close(started); done <- env.d.Run(ctx) }()
	<-started
	// Either this call or the goroutine's runs first; exactly one fails.
	err := env.d.Run(ctx)
	cancel()
	err2 := <-done
	require.True(t, (err == nil) != (err2 == nil), "exactly one Run must be refused: %v, %v", err, err2)
}

func TestNewDispatcher_ValidatesConfig(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	for name, cfg := range map[string]*handoff.DispatcherConfig{
		"nil config":   nil,
		"no sender":    {},
		"negative":     {Sender: env.sender, Concurrency: -1},
		"lease":        {Sender: env.sender, Lease: time.Second, SendTimeout: time.Second},
		"backoff":      {Sender: env.sender, BackoffBase: time.Minute, BackoffMax: time.Second},
		"quiet window": {Sender: env.sender, QuietHours: dnc.QuietHours{Start: 22, End: 6}},
	} {
		_, err := handoff.NewDispatcher(env.e, cfg)
		require.Error(t, err, name)
	}
	_, err := handoff.NewDispatcher(nil, &handoff.DispatcherConfig{Sender: env.sender})
	require.Error(t, err)
	_, err = handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender})
	require.NoError(t, err)
}

func TestDispatcher_PanickingSenderIsAFailedAttempt(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.Sender = handoff.SenderFunc(func(context.Context, handoff.Delivery) (handoff.SendResult, error) { panic("boom") })
	})
	env.start(t, "c1")
	env.aiReply(t, "c1", "x")
	env.runOnce(t)
	it := env.items(t, "c1")[0]
	require.Equal(t, store.OutboxPending, it.Status)
	require.Equal(t, 1, it.Attempts)
	require.True(t, strings.Contains(it.LastError, "panicked"), it.LastError)
}

// A Notifier that panics is a failed attempt like a Sender that panics,
// and the item's LastError names the Notifier, not the Sender, so the host
// looks at the right integration.
func TestDispatcher_PanickingNotifierIsNamed(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) {
		c.Notifier = handoff.NotifierFunc(func(context.Context, handoff.Notification) error { panic("slack down") })
	})
	env.start(t, "c1")
	_, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "can you just call me"})
	require.NoError(t, err)
	env.runOnce(t)
	n := onlyKind(env.items(t, "c1"), store.OutboxRepNotification)[0]
	require.Equal(t, store.OutboxPending, n.Status)
	require.Equal(t, 1, n.Attempts)
	require.Equal(t, "handoff: handoff.NotifierFunc panicked: slack down", n.LastError)
	require.Equal(t, store.OutboxDone, onlyKind(env.items(t, "c1"), store.OutboxBridgeSMS)[0].Status, "the Sender is not the one that failed")
}

// Quiet hours are for SMS: a chat lead on the website gets the AI's reply
// at once, at any hour.
func TestDispatcher_QuietHoursSkipChat(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env := dspSetup(t, nil)
	env.clock.Set(time.Date(2026, 6, 1, 23, 30, 0, 0, ny))
	_, err = env.e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: "chat",
		Lead: store.Lead{Email: "maria@example.com"}, Channel: store.ChannelChat, TimeZone: "America/New_York"})
	require.NoError(t, err)
	env.aiReply(t, "chat", "Happy to help!")
	env.runOnce(t)
	require.Equal(t, []string{"Happy to help!"}, env.sender.bodies())
}

// Without a Notifier, rep notifications are settled (the host watches the
// Hot inbox) and the audit trail says so.
func TestDispatcher_NoNotifierSettlesNotifications(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.Notifier = nil })
	env.start(t, "c1")
	_, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "can you just call me"})
	require.NoError(t, err)
	env.runOnce(t)
	n := onlyKind(env.items(t, "c1"), store.OutboxRepNotification)[0]
	require.Equal(t, store.OutboxDone, n.Status)
	reasons := []string{}
	for _, ev := range env.events(t, "c1", store.EventDelivered) {
		reasons = append(reasons, ev.Reason)
	}
	require.ElementsMatch(t, []string{"sent", "no notifier configured"}, reasons)
}

// Two dispatchers on one store never deliver the same item twice: leases
// keep them apart.
func TestDispatcher_TwoDispatchersShareTheOutbox(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	const convs, per = 25, 4
	for c := range convs {
		id := fmt.Sprintf("c%02d", c)
		env.start(t, id)
		for i := range per {
			env.aiReply(t, id, fmt.Sprintf("%s text %d", id, i))
		}
	}
	other, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, BatchSize: 3})
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, d := range []*handoff.Dispatcher{env.d, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = d.RunOnce(context.Background())
		}()
	}
	wg.Wait()
	require.NoError(t, errors.Join(errs...))
	// Items one dispatcher deferred behind the other's in-flight text
	// (ordering) come due a moment later.
	env.clock.Advance(time.Minute)
	env.runOnce(t)
	require.Len(t, env.sender.attempts, convs*per)
	for key, n := range env.sender.attempts {
		require.Equal(t, 1, n, "key %s sent %d times", key, n)
	}
	// And each conversation's texts still went out in order.
	next := map[string]int{}
	for _, body := range env.sender.bodies() {
		var id string
		var i int
		_, err := fmt.Sscanf(body, "%s text %d", &id, &i)
		require.NoError(t, err)
		require.Equal(t, next[id], i, "conversation %s out of order", id)
		next[id]++
	}
}

// A text one dispatcher held back behind an earlier text in flight at
// another dispatcher keeps its place: a text written after it waits for it
// instead of overtaking it once the first is sent.
func TestDispatcher_TextHeldBehindAnotherDispatcherKeepsItsPlace(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, func(c *handoff.DispatcherConfig) { c.BatchSize = 1 })
	other, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, BackoffBase: time.Second, BackoffMax: time.Minute})
	require.NoError(t, err)
	env.start(t, "c1")
	env.aiReply(t, "c1", "text 0")
	env.aiReply(t, "c1", "text 1")
	var once sync.Once
	var otherN int
	var otherErr error
	env.sender.hook = func(ctx context.Context, d handoff.Delivery) {
		once.Do(func() {
			// While text 0 is being sent here, the other dispatcher
			// claims text 1 and holds it back.
			otherN, otherErr = other.RunOnce(ctx)
		})
	}
	require.Equal(t, 1, env.runOnce(t))
	require.NoError(t, otherErr)
	require.Equal(t, 1, otherN, "the other dispatcher handled text 1")
	require.Equal(t, []string{"text 0"}, env.sender.bodies())
	held := env.items(t, "c1")[1]
	require.Equal(t, store.OutboxPending, held.Status)
	require.Equal(t, 0, held.Attempts)

	env.aiReply(t, "c1", "text 2")
	env.runOnce(t)
	require.Equal(t, []string{"text 0"}, env.sender.bodies(), "text 2 waits for text 1")

	env.clock.Advance(time.Minute)
	env.runOnce(t)
	require.Equal(t, []string{"text 0", "text 1", "text 2"}, env.sender.bodies())
	for _, it := range env.items(t, "c1") {
		require.Equal(t, store.OutboxDone, it.Status)
	}
}

// Two dispatchers running side by side on one store deliver each
// conversation's texts one at a time, in the order they were written,
// whichever of them claims which.
func TestDispatcher_TwoRunningDispatchersKeepEachConversationInOrder(t *testing.T) {
	t.Parallel()
	const convs, per = 20, 4
	st := memstore.New()
	e, err := handoff.NewEngine(st, nil)
	require.NoError(t, err)
	ctx := context.Background()
	for c := range convs {
		id := fmt.Sprintf("o%02d", c)
		_, err := e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: id, Lead: store.Lead{Phone: fmt.Sprintf("+1206555%04d", c)}})
		require.NoError(t, err)
		for i := range per {
			_, err := e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: id, Body: fmt.Sprintf("msg %d", i)})
			require.NoError(t, err)
		}
	}
	var mu sync.Mutex
	sent := map[string][]string{} // conversation -> bodies, in the order their sends began
	active := map[string]int{}    // conversation -> sends under way
	overlaps, total := 0, 0
	all := make(chan struct{})
	sender := handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
		id := d.Item.ConversationID
		mu.Lock()
		sent[id] = append(sent[id], d.Body)
		if active[id]++; active[id] > 1 {
			overlaps++
		}
		mu.Unlock()
		time.Sleep(2 * time.Millisecond) // a provider's round trip
		mu.Lock()
		active[id]--
		if total++; total == convs*per {
			close(all)
		}
		mu.Unlock()
		return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
	})
	rctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for range 2 {
		d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: sender, Concurrency: 1, BatchSize: 2,
			BackoffBase: 10 * time.Millisecond, PollInterval: 5 * time.Millisecond, QuietHours: dnc.QuietHours{Start: 0, End: 24}})
		require.NoError(t, err)
		wg.Add(1)
		go func() { defer wg.Done(); _ = d.Run(rctx) }()
	}
	select {
	case <-all:
	case <-time.After(time.Minute):
		t.Error("not every text was delivered: a conversation stalled")
	}
	cancel()
	wg.Wait()
	want := make([]string, per)
	for i := range per {
		want[i] = fmt.Sprintf("msg %d", i)
	}
	var disordered []string
	for id, got := range sent {
		if !slices.Equal(want, got) {
			disordered = append(disordered, fmt.Sprintf("%s: %q", id, got))
		}
	}
	require.Empty(t, disordered, "%d of %d conversations out of order", len(disordered), convs)
	require.Zero(t, overlaps, "two texts of one conversation were sent at once")
}

// What keeps its place in a conversation's order is a text still to go
// now; an earlier text scheduled for later, held for quiet hours while a
// person's text may go, or dead-lettered does not hold a later one.
func TestDispatcher_TextsThatDoNotHoldALaterOne(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		earlier func(t *testing.T, env *dspEnv)
		later   func(t *testing.T, env *dspEnv)
		want    []string
	}{
		{"scheduled for tomorrow", func(t *testing.T, env *dspEnv) {
			_, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1",
				Body: "see you tomorrow", At: env.clock.Now().Add(24 * time.Hour)})
			require.NoError(t, err)
		}, func(t *testing.T, env *dspEnv) { env.aiReply(t, "c1", "now") }, []string{"now"}},
		{"held for quiet hours", func(t *testing.T, env *dspEnv) {
			env.clock.Set(time.Date(2026, 6, 1, 23, 0, 0, 0, ny))
			_, err := env.e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: "a reminder"})
			require.NoError(t, err)
			env.runOnce(t)
		}, func(t *testing.T, env *dspEnv) {
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1",
				RepID: "rep-1", Body: "Dana here", Send: true})
			require.NoError(t, err)
		}, []string{"Dana here"}},
		{"dead-lettered", func(t *testing.T, env *dspEnv) {
			env.sender.fail = func(d handoff.Delivery) (error, bool) {
				if d.Body == "first" {
					return &handoff.PermanentError{Err: errors.New("21610 unsubscribed")}, false
				}
				return nil, false
			}
			env.aiReply(t, "c1", "first")
		}, func(t *testing.T, env *dspEnv) { env.aiReply(t, "c1", "second") }, []string{"second"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := dspSetup(t, nil)
			env.start(t, "c1")
			tc.earlier(t, env)
			tc.later(t, env)
			env.runOnce(t)
			require.Equal(t, tc.want, env.sender.bodies())
			first := env.items(t, "c1")[0]
			require.NotEqual(t, store.OutboxCancelled, first.Status, "the earlier text is still there, or dead-lettered")
			require.NotEqual(t, store.OutboxDone, first.Status)
		})
	}
}

// TestDispatcher_LogHoldsNoPhoneOrBody: Config.Logger never receives phone
// numbers or message bodies, even when a Sender or Notifier error repeats
// the recipient's number (in any format) and the text it was given.
func TestDispatcher_LogHoldsNoPhoneOrBody(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	env := afterSetup(t, nil, nil, func(c *handoff.Config) {
		c.Logger = slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	env.start(t, "c1")
	env.aiReply(t, "c1", "Zebra question: what's behind the decision to sell?")
	env.handoff(t, "c2")
	var mu sync.Mutex
	var bodies []string
	d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{MaxAttempts: 1, QuietHours: dnc.QuietHours{Start: 0, End: 24},
		Sender: handoff.SenderFunc(func(ctx context.Context, dl handoff.Delivery) (handoff.SendResult, error) {
			mu.Lock()
			defer mu.Unlock()
			bodies = append(bodies, dl.Body)
			return handoff.SendResult{}, fmt.Errorf("provider: the 'To' number %s ((212) 555-0100) is not valid; body %q", dl.Item.To, dl.Body)
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			return fmt.Errorf("pager: %s unreachable", n.Item.To)
		}),
	})
	require.NoError(t, err)
	_, err = d.RunOnce(context.Background())
	require.NoError(t, err)

	logs := buf.String()
	require.Contains(t, logs, "delivery failed")
	require.Contains(t, logs, "is not valid", "the provider's error is logged, redacted")
	require.Len(t, bodies, 2, "the AI reply and the bridge")
	for _, leak := range append([]string{"5550100", "555-0100"}, bodies...) {
		require.NotContains(t, logs, leak)
	}
	for _, it := range env.items(t, "c1") {
		require.Contains(t, it.LastError, "+12125550100", "the outbox keeps the Sender's error as it was")
	}
}
