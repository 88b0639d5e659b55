package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/store"
)

// DispatcherConfig configures a [Dispatcher]. Zero fields mean the
// documented defaults; [NewDispatcher] applies them to a copy.
type DispatcherConfig struct {
	// Sender sends texts to leads. Required.
	Sender Sender
	// Notifier alerts reps with the brief of a handoff. Nil means rep
	// notifications are marked done without being sent, for hosts that
	// watch the Hot inbox instead.
	Notifier Notifier

	// Concurrency is how many deliveries run at once. Zero means 4.
	// Texts of one conversation are always delivered one at a time, in
	// order.
	Concurrency int
	// BatchSize is how many items one claim leases, and the most a
	// dispatcher holds at once. Zero means 2 × Concurrency.
	BatchSize int
	// MaxAttempts is how many failed sends an item gets before it is
	// dead-lettered (status dead, with a dead_letter audit event). Zero
	// means 8.
	MaxAttempts int
	// BackoffBase and BackoffMax bound the delay before retry n:
	// min(BackoffBase × 2^(n-1), BackoffMax), of which the upper half is
	// random jitter. Zero means 2 seconds and 10 minutes.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// PollInterval is how often [Dispatcher.Run] looks for due items when
	// no commit woke it (retries and deferred items come due by time, and
	// other processes may enqueue). Zero means 1 second.
	PollInterval time.Duration
	// Lease is how long a claimed item stays reserved for this dispatcher
	// before another one may claim it (after a crash). It must exceed
	// SendTimeout. Zero means 5 minutes.
	Lease time.Duration
	// SendTimeout bounds one Sender or Notifier call; a timeout is a
	// failed attempt, retried. Zero means 30 seconds.
	SendTimeout time.Duration

	// QuietHours is the sending window, in the lead's local time, for
	// automated texts ([store.OutboxKind.Automated]: bridge texts, AI
	// replies, reminders) on SMS conversations. An item due outside it is
	// deferred to the next opening, never dropped; deferral is not a failed
	// attempt. Texts written by people, opt-out confirmations and rep
	// notifications are not held. The zero value means 8:00 to 21:00;
	// dnc.QuietHours{Start: 0, End: 24} disables quiet hours.
	QuietHours dnc.QuietHours
	// DefaultTimeZone is the lead's zone when neither the conversation's
	// TimeZone nor the phone number gives one. Nil means UTC.
	DefaultTimeZone *time.Location
}

func (c *DispatcherConfig) withDefaults() (DispatcherConfig, error) {
	var cfg DispatcherConfig
	if c != nil {
		cfg = *c
	}
	if cfg.Sender == nil {
		return cfg, errors.New("handoff: DispatcherConfig.Sender is nil")
	}
	for name, v := range map[string]int64{"Concurrency": int64(cfg.Concurrency), "BatchSize": int64(cfg.BatchSize),
		"MaxAttempts": int64(cfg.MaxAttempts), "BackoffBase": int64(cfg.BackoffBase), "BackoffMax": int64(cfg.BackoffMax),
		"PollInterval": int64(cfg.PollInterval), "Lease": int64(cfg.Lease), "SendTimeout": int64(cfg.SendTimeout)} {
		if v < 0 {
			return cfg, fmt.Errorf("handoff: DispatcherConfig.%s is negative", name)
		}
	}
	if cfg.Concurrency == 0 {
		cfg.Concurrency = 4
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = 2 * cfg.Concurrency
	}
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 8
	}
	if cfg.BackoffBase == 0 {
		cfg.BackoffBase = 2 * time.Second
	}
	if cfg.BackoffMax == 0 {
		cfg.BackoffMax = 10 * time.Minute
	}
	if cfg.BackoffMax < cfg.BackoffBase {
		return cfg, fmt.Errorf("handoff: DispatcherConfig.BackoffMax (%s) is less than BackoffBase (%s)", cfg.BackoffMax, cfg.BackoffBase)
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Lease == 0 {
		cfg.Lease = 5 * time.Minute
	}
	if cfg.SendTimeout == 0 {
		cfg.SendTimeout = 30 * time.Second
	}
	if cfg.Lease <= cfg.SendTimeout {
		return cfg, fmt.Errorf("handoff: DispatcherConfig.Lease (%s) must exceed SendTimeout (%s)", cfg.Lease, cfg.SendTimeout)
	}
	if err := cfg.QuietHours.Validate(); err != nil {
		return cfg, fmt.Errorf("handoff: DispatcherConfig.QuietHours: %w", err)
	}
	if cfg.DefaultTimeZone == nil {
		cfg.DefaultTimeZone = time.UTC
	}
	return cfg, nil
}

// Dispatcher delivers the outbox: it claims due items, re-checks at send
// time that each may still go, and hands it to the [Sender] (texts to
// leads) or the [Notifier] (rep notifications), retrying failures with
// exponential backoff and jitter until DispatcherConfig.MaxAttempts, then
// dead-lettering them with an audit event.
//
// At send time, inside a transaction and under the conversation's thread
// lock:
//
//   - nothing goes to a suppressed (opted-out) address except the single
//     opt-out confirmation, even when the suppression came after the item
//     was queued;
//   - an AI reply goes only while the conversation is ai_active, a bridge
//     text only while it is in handoff, and no automated text while it is
//     paused; otherwise the item is cancelled with an outbox_cancelled
//     audit event;
//   - automated texts respect [DispatcherConfig.QuietHours] in the lead's
//     zone (the conversation's TimeZone, else the phone number's, else
//     DefaultTimeZone) and are rescheduled, never dropped.
//
// Delivery is at least once; [Delivery.IdempotencyKey] lets the provider
// make it exactly once. Each successful send appends a delivered audit
// event carrying the provider's message ID, which is how
// [Engine.OutboundObserved] tells our own echoes from a rep's phone.
//
// Several dispatchers (in one or many processes) may share a store: leases
// keep them from delivering the same item at once.
type Dispatcher struct {
	e       *Engine
	st      store.Store
	log     *slog.Logger
	cfg     DispatcherConfig
	running atomic.Bool
	zones   sync.Map // IANA name -> *time.Location
}

// NewDispatcher returns a Dispatcher delivering the outbox of e's store,
// with e's clock, ID generator and logger. cfg must set Sender.
func NewDispatcher(e *Engine, cfg *DispatcherConfig) (*Dispatcher, error) {
	if e == nil {
		return nil, errors.New("handoff: NewDispatcher: engine is nil")
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Dispatcher{e: e, st: e.store(), log: e.logger(), cfg: c}, nil
}

// Run delivers items until ctx is done, then waits for the deliveries in
// flight to finish (each bounded by SendTimeout) and returns nil. Items
// claimed but not started are released for the next run. A commit by the
// engine that queues items wakes Run at once, so delivery starts within
// milliseconds; PollInterval is the fallback. Store errors are logged and
// retried at the next poll. Run returns an error only when it is already
// running.
func (d *Dispatcher) Run(ctx context.Context) error {
	if !d.running.CompareAndSwap(false, true) {
		return errors.New("handoff: Dispatcher.Run is already running")
	}
	defer d.running.Store(false)
	wake, unsubscribe := d.e.subscribe()
	defer unsubscribe()

	q := newWorkQueue()
	var g errgroup.Group
	for range d.cfg.Concurrency {
		g.Go(func() error {
			for {
				item, ok := q.next()
				if !ok {
					return nil
				}
				d.deliver(ctx, item)
				q.done(item)
			}
		})
	}

	timer := time.NewTimer(0)
	defer timer.Stop()
	for ctx.Err() == nil {
		limit := d.cfg.BatchSize - q.held()
		n := 0
		if limit > 0 {
			items, err := d.claim(ctx, limit)
			if err != nil && ctx.Err() == nil {
				d.log.ErrorContext(ctx, "handoff: dispatcher: claim failed", "err", err)
			}
			q.add(items)
			n = len(items)
		}
		if limit > 0 && n == limit {
			continue // more may be due
		}
		timer.Reset(d.cfg.PollInterval)
		select {
		case <-ctx.Done():
		case <-wake:
		case <-timer.C:
		case <-q.freed:
		}
		if !timer.Stop() {
			select {
			case <-timer.C:
			default:
			}
		}
	}
	for _, item := range q.close() {
		d.release(item)
	}
	_ = g.Wait() // workers never return errors
	return nil
}

// RunOnce delivers every item due now and returns how many it handled
// (delivered, retried, deferred, cancelled or dead-lettered), without
// waiting for retries to come due. It suits tests, cron jobs and hosts
// that drive delivery themselves, and is safe to call concurrently with
// Run or other dispatchers (leases keep them apart). It returns the first
// claim error, or ctx.Err() once deliveries in flight have finished.
func (d *Dispatcher) RunOnce(ctx context.Context) (int, error) {
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		items, err := d.claim(ctx, d.cfg.BatchSize)
		if err != nil {
			return total, err
		}
		if len(items) == 0 {
			return total, nil
		}
		var order []threadKey
		byConv := map[threadKey][]store.OutboxItem{}
		for _, it := range items {
			k := threadKey{it.TenantID, it.ConversationID}
			if _, ok := byConv[k]; !ok {
				order = append(order, k)
			}
			byConv[k] = insertByCreation(byConv[k], it)
		}
		var g errgroup.Group
		g.SetLimit(d.cfg.Concurrency)
		for _, k := range order {
			g.Go(func() error {
				for _, it := range byConv[k] {
					if ctx.Err() != nil {
						d.release(it)
						continue
					}
					d.deliver(ctx, it)
				}
				return nil
			})
		}
		_ = g.Wait()
		total += len(items)
	}
}

func (d *Dispatcher) claim(ctx context.Context, limit int) ([]store.OutboxItem, error) {
	var items []store.OutboxItem
	err := d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: d.e.now(), Limit: limit, LeaseFor: d.cfg.Lease})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("handoff: claim outbox items: %w", err)
	}
	return items, nil
}

// release hands a claimed but unstarted item back (pending, due now, not
// an attempt).
func (d *Dispatcher) release(item store.OutboxItem) {
	ctx := context.Background()
	err := d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
			Status: store.OutboxPending, NotBefore: item.NotBefore, Now: d.e.now()})
	})
	if err != nil && !errors.Is(err, store.ErrConflict) {
		d.log.Warn("handoff: dispatcher: release failed; the lease will expire", "outbox", item.ID, "err", err)
	}
}

// verdict is what the send-time check decided.
type verdict int

const (
	verdictSend verdict = iota
	verdictSkip         // cancelled, deferred, dead-lettered or no longer ours
)

// deliver runs one item to its end: check, send, settle. It never returns
// an error: failures are recorded on the item and logged. Work started is
// finished even when ctx is cancelled (graceful shutdown).
func (d *Dispatcher) deliver(parent context.Context, item store.OutboxItem) {
	ctx := context.WithoutCancel(parent)
	log := d.log.With("tenant", item.TenantID, "conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind)
	if item.Kind.ToLead() {
		unlock := lockThread(item.TenantID, item.ConversationID)
		defer unlock()
	}

	var (
		conv  store.Conversation
		body  string
		brief Brief
		v     verdict
	)
	err := d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		v, conv, body, brief, err = d.check(ctx, tx, item)
		return err
	})
	if err != nil {
		log.ErrorContext(ctx, "handoff: dispatcher: send-time check failed; the lease will expire and the item be retried", "err", err)
		return
	}
	if v != verdictSend {
		return
	}

	sendCtx, cancel := context.WithTimeout(ctx, d.cfg.SendTimeout)
	res, sendErr := d.call(sendCtx, item, conv, body, brief)
	cancel()

	for attempt := 0; attempt < 8; attempt++ {
		err = d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			return d.settle(ctx, tx, item, conv, res, sendErr)
		})
		if !errors.Is(err, store.ErrConflict) {
			break
		}
	}
	if err != nil {
		log.ErrorContext(ctx, "handoff: dispatcher: recording the outcome failed", "sent", sendErr == nil, "err", err)
		return
	}
	if sendErr != nil {
		log.WarnContext(ctx, "handoff: dispatcher: delivery failed", "attempt", item.Attempts+1, "err", sendErr)
	} else {
		log.DebugContext(ctx, "handoff: dispatcher: delivered", "provider_id", res.ProviderID)
	}
}

// check is the send-time re-check, inside one transaction. It cancels,
// defers or dead-letters the item itself when it must not go now.
func (d *Dispatcher) check(ctx context.Context, tx store.Tx, item store.OutboxItem) (verdict, store.Conversation, string, Brief, error) {
	var brief Brief
	now := d.e.now()
	cur, err := tx.OutboxGet(ctx, item.TenantID, item.ID)
	if err != nil {
		return verdictSkip, store.Conversation{}, "", brief, err
	}
	if cur.Status != store.OutboxLeased || !cur.LeaseUntil.Equal(item.LeaseUntil) {
		return verdictSkip, store.Conversation{}, "", brief, nil // cancelled, or re-claimed by another dispatcher
	}
	c, err := tx.ConversationGet(ctx, item.TenantID, item.ConversationID)
	if errors.Is(err, store.ErrNotFound) {
		return verdictSkip, c, "", brief, tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
			Status: store.OutboxDead, LastError: "conversation not found", Now: now})
	}
	if err != nil {
		return verdictSkip, c, "", brief, err
	}

	if !item.Kind.ToLead() {
		if len(item.Payload) > 0 {
			if err := json.Unmarshal(item.Payload, &brief); err != nil {
				return verdictSkip, c, "", brief, d.deadLetter(ctx, tx, item, c, deadUndecodable, fmt.Sprintf("brief payload: %v", err), false, now)
			}
		}
		return verdictSend, c, "", brief, nil
	}

	if item.Kind != store.OutboxOptOutConfirm {
		if _, err := tx.SuppressionGet(ctx, item.TenantID, item.To); err == nil {
			return verdictSkip, c, "", brief, d.cancel(ctx, tx, item, c, "suppressed", "the address opted out after the item was queued", now)
		} else if !errors.Is(err, store.ErrNotFound) {
			return verdictSkip, c, "", brief, err
		}
	}
	if why := stateForbids(item.Kind, c.State); why != "" {
		return verdictSkip, c, "", brief, d.cancel(ctx, tx, item, c, "state:"+string(c.State), why, now)
	}
	if next, blocked, err := d.blockedBehind(ctx, tx, item, now); err != nil {
		return verdictSkip, c, "", brief, err
	} else if blocked {
		return verdictSkip, c, "", brief, tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
			Status: store.OutboxPending, NotBefore: next, LastError: "waiting for an earlier text to the lead", Now: now})
	}
	if item.Kind.Automated() && (c.Channel == store.ChannelSMS || c.Channel == "") {
		if next, ok := d.cfg.QuietHours.Next(now, d.location(c, item.To)); !ok {
			return verdictSkip, c, "", brief, tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
				Status: store.OutboxPending, NotBefore: next.UTC(), LastError: "quiet hours", Now: now})
		}
	}
	body, err := d.body(ctx, tx, item)
	if err != nil {
		return verdictSkip, c, "", brief, d.deadLetter(ctx, tx, item, c, deadUndecodable, err.Error(), false, now)
	}
	return verdictSend, c, body, brief, nil
}

// blockedBehind keeps a conversation's texts in order across retries: when
// an earlier text to the lead is being retried (pending after a failed
// attempt) or is in flight elsewhere, item waits until just after it. Texts
// merely scheduled for later (quiet hours, reminders) do not block.
func (d *Dispatcher) blockedBehind(ctx context.Context, tx store.Tx, item store.OutboxItem, now time.Time) (time.Time, bool, error) {
	items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: item.TenantID, ConversationID: item.ConversationID})
	if err != nil {
		return time.Time{}, false, err
	}
	for _, it := range items { // oldest first
		if it.ID == item.ID {
			break
		}
		if !it.Kind.ToLead() {
			continue
		}
		var until time.Time
		switch {
		case it.Status == store.OutboxPending && it.Attempts > 0:
			until = it.NotBefore
		case it.Status == store.OutboxLeased:
			// In flight here or elsewhere; a crashed holder's lease may be
			// long, so look again soon.
			until = it.LeaseUntil
			if soon := now.Add(d.cfg.BackoffBase); soon.Before(until) {
				until = soon
			}
		default:
			continue
		}
		if until.Before(now) {
			until = now
		}
		// Strictly after the blocker, so that it is claimed first.
		return until.Add(time.Millisecond).UTC(), true, nil
	}
	return time.Time{}, false, nil
}

// stateForbids returns why a conversation in state s must not receive an
// item of kind k now, or "".
func stateForbids(k store.OutboxKind, s store.State) string {
	switch {
	case k == store.OutboxAIReply && s != store.StateAIActive:
		return "an AI reply may only go while the AI drives the conversation"
	case k == store.OutboxBridgeSMS && s != store.StateHandoff:
		return "the bridge text is stale: the conversation left the handoff state"
	case k.Automated() && s == store.StatePaused:
		return "the conversation is paused"
	}
	return ""
}

// body is the text of a lead-bound item: the payload's "body", else the
// transcript message the item references.
func (d *Dispatcher) body(ctx context.Context, tx store.Tx, item store.OutboxItem) (string, error) {
	if len(item.Payload) > 0 {
		var p smsPayload
		if err := json.Unmarshal(item.Payload, &p); err != nil {
			return "", fmt.Errorf("sms payload: %v", err)
		}
		if strings.TrimSpace(p.Body) != "" {
			return p.Body, nil
		}
	}
	if item.MessageID != "" {
		msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: item.TenantID, ConversationID: item.ConversationID})
		if err != nil {
			return "", err
		}
		for i := len(msgs) - 1; i >= 0; i-- {
			if msgs[i].ID == item.MessageID && strings.TrimSpace(msgs[i].Body) != "" {
				return msgs[i].Body, nil
			}
		}
	}
	return "", errors.New("the item has no body")
}

// location is the lead's zone for quiet hours.
func (d *Dispatcher) location(c store.Conversation, to string) *time.Location {
	if c.TimeZone != "" {
		if l, ok := d.zones.Load(c.TimeZone); ok {
			return l.(*time.Location)
		}
		if l, err := time.LoadLocation(c.TimeZone); err == nil {
			d.zones.Store(c.TimeZone, l)
			return l
		}
	}
	for _, phone := range []string{to, c.Lead.Phone} {
		if strings.HasPrefix(phone, "+") {
			if l, err := dnc.TimeZoneForNumber(phone); err == nil {
				return l
			}
		}
	}
	return d.cfg.DefaultTimeZone
}

// call hands the item to the Sender or Notifier, turning a panic into an
// error.
func (d *Dispatcher) call(ctx context.Context, item store.OutboxItem, c store.Conversation, body string, brief Brief) (res SendResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handoff: %T panicked: %v", d.cfg.Sender, r)
		}
	}()
	if !item.Kind.ToLead() {
		if d.cfg.Notifier == nil {
			return SendResult{}, nil
		}
		return SendResult{}, d.cfg.Notifier.Notify(ctx, Notification{Item: item, Conversation: c, Brief: brief, IdempotencyKey: item.IdempotencyKey})
	}
	return d.cfg.Sender.Send(ctx, Delivery{Item: item, Conversation: c, Body: body, IdempotencyKey: item.IdempotencyKey})
}

// settle records the outcome of a send, inside one transaction.
func (d *Dispatcher) settle(ctx context.Context, tx store.Tx, item store.OutboxItem, c store.Conversation, res SendResult, sendErr error) error {
	now := d.e.now()
	if sendErr == nil {
		err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
			Status: store.OutboxDone, Attempted: true, Now: now})
		if err != nil && !errors.Is(err, store.ErrConflict) {
			return err
		}
		// Sent even if the item was cancelled meanwhile: record it, the
		// message is on the lead's phone.
		reason := "sent"
		if d.cfg.Notifier == nil && !item.Kind.ToLead() {
			reason = "no notifier configured"
		}
		return tx.EventAppend(ctx, &store.Event{ID: d.e.newID(), TenantID: item.TenantID, ConversationID: item.ConversationID,
			Kind: store.EventDelivered, From: c.State, To: c.State, Reason: reason,
			Detail: formatDetail(item.Kind, item.ID, res.ProviderID), Actor: "system", CreatedAt: now})
	}
	permanent, optedOut := classify(sendErr)
	attempts := item.Attempts + 1
	switch {
	case optedOut:
		return d.deadLetter(ctx, tx, item, c, deadOptedOut, errString(sendErr), true, now)
	case permanent:
		return d.deadLetter(ctx, tx, item, c, deadPermanent, errString(sendErr), true, now)
	case attempts >= d.cfg.MaxAttempts:
		return d.deadLetter(ctx, tx, item, c, deadMaxAttempts, errString(sendErr), true, now)
	}
	err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
		Status: store.OutboxPending, NotBefore: now.Add(d.backoff(attempts)), Attempted: true,
		LastError: errString(sendErr), Now: now})
	if errors.Is(err, store.ErrConflict) {
		return nil // cancelled meanwhile: nothing to retry
	}
	return err
}

// backoff is the delay before retry n (n >= 1): exponential, capped, with
// the upper half random.
func (d *Dispatcher) backoff(n int) time.Duration {
	b := d.cfg.BackoffBase
	for i := 1; i < n && b < d.cfg.BackoffMax; i++ {
		b *= 2
	}
	b = min(b, d.cfg.BackoffMax)
	half := b / 2
	return half + rand.N(b-half+1)
}

func (d *Dispatcher) cancel(ctx context.Context, tx store.Tx, item store.OutboxItem, c store.Conversation, reason, detail string, now time.Time) error {
	if err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
		Status: store.OutboxCancelled, LastError: reason, Now: now}); err != nil {
		return err
	}
	d.log.InfoContext(ctx, "handoff: dispatcher: item cancelled at send time", "tenant", item.TenantID,
		"conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind, "reason", reason)
	return tx.EventAppend(ctx, &store.Event{ID: d.e.newID(), TenantID: item.TenantID, ConversationID: item.ConversationID,
		Kind: store.EventOutboxCancelled, From: c.State, To: c.State, Reason: reason,
		Detail: formatDetail(item.Kind, item.ID, "") + " " + detail, Actor: "system", CreatedAt: now})
}

func (d *Dispatcher) deadLetter(ctx context.Context, tx store.Tx, item store.OutboxItem, c store.Conversation, why deadReason, lastErr string, attempted bool, now time.Time) error {
	if err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
		Status: store.OutboxDead, Attempted: attempted, LastError: lastErr, Now: now}); err != nil {
		if errors.Is(err, store.ErrConflict) {
			return nil // cancelled meanwhile
		}
		return err
	}
	attempts := item.Attempts
	if attempted {
		attempts++
	}
	d.log.WarnContext(ctx, "handoff: dispatcher: dead-lettered", "tenant", item.TenantID,
		"conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind, "reason", why, "attempts", attempts)
	if err := tx.EventAppend(ctx, &store.Event{ID: d.e.newID(), TenantID: item.TenantID, ConversationID: item.ConversationID,
		Kind: store.EventDeadLetter, From: c.State, To: c.State, Reason: string(why),
		Detail: fmt.Sprintf("%s attempts=%d error=%s", formatDetail(item.Kind, item.ID, ""), attempts, lastErr),
		Actor:  "system", CreatedAt: now}); err != nil {
		return err
	}
	if why == deadOptedOut && item.Kind.ToLead() {
		return d.e.carrierOptOut(ctx, tx, item.TenantID, item.ConversationID, item.To, "carrier:opted_out", now)
	}
	return nil
}

// formatDetail renders the machine-readable part of delivery audit events:
// "kind=ai_reply outbox=ID provider_id=SM123". Values are query-escaped.
func formatDetail(kind store.OutboxKind, outboxID, providerID string) string {
	s := "kind=" + url.QueryEscape(string(kind)) + " outbox=" + url.QueryEscape(outboxID)
	if providerID != "" {
		s += " provider_id=" + url.QueryEscape(providerID)
	}
	return s
}

// detailValue extracts key's value from an event detail written by
// formatDetail, or "".
func detailValue(detail, key string) string {
	for _, f := range strings.Fields(detail) {
		if v, ok := strings.CutPrefix(f, key+"="); ok {
			if u, err := url.QueryUnescape(v); err == nil {
				return u
			}
			return v
		}
	}
	return ""
}

// workQueue feeds Run's workers: items of one conversation are handed out
// one at a time, in claim order; different conversations go in parallel.
type workQueue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	queues map[threadKey][]store.OutboxItem
	busy   map[threadKey]bool
	ready  []threadKey
	n      int // items held: queued or in delivery
	closed bool
	freed  chan struct{} // signalled (buffered 1) when an item finishes
}

func newWorkQueue() *workQueue {
	q := &workQueue{queues: map[threadKey][]store.OutboxItem{}, busy: map[threadKey]bool{}, freed: make(chan struct{}, 1)}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *workQueue) held() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.n
}

func (q *workQueue) add(items []store.OutboxItem) {
	if len(items) == 0 {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, it := range items {
		k := threadKey{it.TenantID, it.ConversationID}
		if len(q.queues[k]) == 0 && !q.busy[k] {
			q.ready = append(q.ready, k)
		}
		q.queues[k] = insertByCreation(q.queues[k], it)
		q.n++
	}
	q.cond.Broadcast()
}

// next blocks until an item is ready or the queue is closed.
func (q *workQueue) next() (store.OutboxItem, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.ready) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.ready) == 0 {
		return store.OutboxItem{}, false
	}
	k := q.ready[0]
	q.ready = q.ready[1:]
	it := q.queues[k][0]
	q.queues[k] = q.queues[k][1:]
	if len(q.queues[k]) == 0 {
		delete(q.queues, k)
	}
	q.busy[k] = true
	return it, true
}

func (q *workQueue) done(it store.OutboxItem) {
	q.mu.Lock()
	k := threadKey{it.TenantID, it.ConversationID}
	delete(q.busy, k)
	q.n--
	if len(q.queues[k]) > 0 && !q.closed {
		q.ready = append(q.ready, k)
		q.cond.Signal()
	}
	q.mu.Unlock()
	select {
	case q.freed <- struct{}{}:
	default:
	}
}

// insertByCreation appends it to a conversation's queue, keeping texts
// in the order they were written (claims order by due time, and a retried
// text can come due after a later one).
func insertByCreation(q []store.OutboxItem, it store.OutboxItem) []store.OutboxItem {
	i := len(q)
	for i > 0 && q[i-1].CreatedAt.After(it.CreatedAt) {
		i--
	}
	return slices.Insert(q, i, it)
}

// close stops handing out items and returns the ones not started.
func (q *workQueue) close() []store.OutboxItem {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	var rest []store.OutboxItem
	for k, items := range q.queues {
		rest = append(rest, items...)
		delete(q.queues, k)
	}
	q.ready = nil
	q.n -= len(rest)
	q.cond.Broadcast()
	return rest
}
