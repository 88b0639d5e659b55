package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/ianazone"
	"github.com/handoffkit/handoffkit/store"
)

// DispatcherConfig configures a [Dispatcher]. Zero fields mean the
// documented defaults; [NewDispatcher] applies them to a copy, and
// refuses a negative number or duration, or a field out of its documented
// range, with an [*InputError] naming it, which matches [ErrInvalidInput].
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
	// means 8. A failure matching [ErrMisconfigured] (the provider refused
	// the host's credentials or account) is no attempt: such an item is
	// retried until the setup is fixed.
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
	// SendTimeout. Zero means 5 minutes. Leases are stamped and read with
	// each host's clock (Config.Now): hosts sharing a store must keep
	// their clocks within Lease - SendTimeout of each other (NTP keeps
	// them within milliseconds), or a host whose clock runs ahead takes
	// an item another host is still sending for an expired lease.
	Lease time.Duration
	// SendTimeout bounds one Sender or Notifier call; a timeout is a
	// failed attempt, retried. Zero means 30 seconds.
	SendTimeout time.Duration

	// QuietHours is the sending window, in the lead's local time, for
	// automated texts ([store.OutboxKind.Automated]: bridge texts, AI
	// replies, reminders) on SMS conversations. A lead whose number may be
	// in several zones ([dnc.TimeZonesForNumber]: Alaska's +1 907, a NANP
	// number whose area code names no place) is texted only in hours
	// inside the window in every one of them ([dnc.QuietHours.NextAll]). An item due outside it is
	// deferred to the next opening, never dropped, except a meeting's
	// reminder that the opening would bring after the meeting's start
	// (see [Dispatcher]); deferral is not a failed attempt. Texts written by people, opt-out confirmations and rep
	// notifications are not held. The zero value means 8:00 to 21:00;
	// dnc.QuietHours{Start: 0, End: 24} disables quiet hours. An Engine
	// whose Config.QuietHours is set holds its items to that window
	// instead, so that tenants served by one dispatcher may each have
	// their own (see Tenants).
	QuietHours dnc.QuietHours
	// DefaultTimeZone is the lead's zone when neither the conversation's
	// TimeZone nor the phone number gives one (a number of a country
	// libphonenumber has no zone for, an address that is no phone number).
	// Nil means UTC. An Engine's Config.DefaultTimeZone, when set, applies
	// to its items instead. time.Local, the host's zone whatever the
	// business's, is refused: load the zone by its IANA name
	// (time.LoadLocation("America/New_York")).
	DefaultTimeZone *time.Location

	// Tenants scopes the dispatcher to the tenants it names, each with the
	// Engine whose Config applies to its items (several tenants may share
	// one). Set, the dispatcher claims only these tenants' items, leaving
	// any other tenant's to the dispatcher that serves it, and runs every
	// engine-dependent step of an item with its tenant's Engine: the
	// 5-minute rule's re-route and escalation (Router, Team, SLA
	// settings), a carrier opt-out or failure, a rep update's brief
	// (Schema). Nil means every tenant, each with the Engine given to
	// [NewDispatcher]: right when that Engine serves them all (one tenant,
	// or tenants that share reps, schema and texts). A platform that gives
	// its tenants Engines of their own must set it, or one tenant's lead
	// would be re-routed by another tenant's Router to that tenant's rep.
	//
	// Every Engine must be on the store of the one given to NewDispatcher.
	// Each tenant needs a dispatcher that serves it, or its items are never
	// delivered. A tenant's quiet hours and default zone are its Engine's
	// (Config.QuietHours, Config.DefaultTimeZone) when set, else this
	// config's; tenants that need a Sender of their own get a dispatcher
	// of their own. NewDispatcher reads the
	// map once (a tenant added later needs a new Dispatcher) and refuses
	// an empty one.
	Tenants map[string]*Engine
}

func (c *DispatcherConfig) withDefaults() (DispatcherConfig, error) {
	var cfg DispatcherConfig
	if c != nil {
		cfg = *c
	}
	if cfg.Sender == nil {
		return cfg, configError("DispatcherConfig.Sender", "is nil")
	}
	for name, v := range map[string]int64{"Concurrency": int64(cfg.Concurrency), "BatchSize": int64(cfg.BatchSize),
		"MaxAttempts": int64(cfg.MaxAttempts), "BackoffBase": int64(cfg.BackoffBase), "BackoffMax": int64(cfg.BackoffMax),
		"PollInterval": int64(cfg.PollInterval), "Lease": int64(cfg.Lease), "SendTimeout": int64(cfg.SendTimeout)} {
		if v < 0 {
			return cfg, configError("DispatcherConfig."+name, "is negative")
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
		return cfg, configError("DispatcherConfig.BackoffMax", fmt.Sprintf("(%s) is less than BackoffBase (%s)", cfg.BackoffMax, cfg.BackoffBase))
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
		return cfg, configError("DispatcherConfig.Lease", fmt.Sprintf("(%s) must exceed SendTimeout (%s)", cfg.Lease, cfg.SendTimeout))
	}
	if err := cfg.QuietHours.Validate(); err != nil {
		return cfg, configError("DispatcherConfig.QuietHours", "is invalid: "+err.Error())
	}
	if !ianazone.Portable(cfg.DefaultTimeZone) {
		return cfg, configError("DispatcherConfig.DefaultTimeZone", hostZoneProblem)
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
// dead-lettering them with an audit event. The error decides (see
// [Sender]): [ErrRecipientOptedOut] and a [*PermanentError] dead-letter at
// once, [ErrMisconfigured] (credentials, a suspended account) is retried
// without limit and logged at Error level, anything else is retried up to
// MaxAttempts, waiting at least an error's [RetryAfter].
//
// After an outage that dead-lettered texts (a provider down longer than
// the backoff lasts, an error a Sender did not mark [ErrMisconfigured]),
// nothing is re-sent by itself: a dead text may no longer be right to
// send. A platform engineer lists a tenant's dead items through the
// store (Engine.Store().View, then [store.Tx].OutboxList with
// Status [store.OutboxDead]), or a conversation's with
// [Engine.Undelivered], which says why each did not go, and then acts per
// kind: a rep's text is sent again by the rep ([Engine.RepMessage]); a
// scheduled text or reminder is queued again ([Engine.ScheduleMessage]);
// a bridge text of a handoff still waiting has already been reported to
// the rep (a rep update lists it in [Notification].Undelivered: call the
// lead); an AI reply is left to the next turn of the conversation. Every
// dead item has a dead_letter audit event (Reason max_attempts,
// permanent, recipient_opted_out, undeliverable_payload) in
// [Engine.Events].
//
// At send time, in one transaction that also marks the item sending (see
// voice.go for why that holds across processes):
//
//   - nothing goes to a suppressed (opted-out) address except the single
//     opt-out confirmation, even when the suppression came after the item
//     was queued;
//   - an AI reply goes only while the conversation is ai_active, a bridge
//     text only while it is in handoff, nothing of the AI's side
//     ([store.OutboxKind.StopsOnTakeover]) while a person drives, no
//     automated text while it is paused, and no rep's text either while a
//     possible opt-out waits for a person's decision ([OutcomeReview]);
//     otherwise the item is cancelled with an outbox_cancelled audit
//     event;
//   - an item whose lease ran out while it waited in this dispatcher's
//     queue is not sent (another dispatcher may hold it now);
//   - automated texts respect [DispatcherConfig.QuietHours] (or the
//     item's Engine's [Config].QuietHours) in the lead's zone (the
//     conversation's TimeZone, else the phone number's, in every zone its
//     prefix spans, else the Engine's or the dispatcher's DefaultTimeZone)
//     and are rescheduled, never dropped, save for the next rule;
//   - a booked meeting's reminder never goes once the meeting has started:
//     claimed at or after its start (a dispatcher that was down, retries),
//     or due in quiet hours that end only then, it is cancelled with an
//     outbox_cancelled audit event (reason "expired"); held by quiet hours
//     to a time still before the start, it goes then;
//   - a transparent notice never promises a rep's wait that has lapsed
//     (see [Config].Notices): claimed once its promise lapsed (held by
//     quiet hours, delayed by retries), it is cancelled with an
//     outbox_cancelled audit event (reason "expired"), with its updates
//     still queued, and the bridge without the wait, written then by the
//     template from the conversation as it stands, goes in its place.
//
// Delivery is at least once; [Delivery.IdempotencyKey] lets the provider
// make it exactly once. Each successful send records the provider's message
// ID on the item, which is how [Engine.OutboundObserved] tells our own
// echoes from a rep's phone.
//
// A dispatcher runs an item's engine-dependent steps (the 5-minute rule,
// a carrier opt-out, a rep update's brief) with one Engine's Config: the
// Engine given to [NewDispatcher], for every tenant's items, or with
// [DispatcherConfig.Tenants] the Engine of the item's tenant, and then it
// claims only those tenants' items. A platform whose tenants have their
// own reps, schema or texts (an Engine each) sets Tenants.
//
// Several dispatchers (in one or many processes) may share a store: leases
// keep them from delivering the same item at once (on hosts whose clocks
// agree, see [DispatcherConfig.Lease]), a conversation's texts
// still go one at a time in the order they were written (a text waits
// while an earlier one is due, retried, waiting its own turn or in flight
// anywhere), and a store with the [store.Waker] ability wakes them all on
// a commit anywhere.
type Dispatcher struct {
	e       *Engine
	st      store.Store
	log     *slog.Logger
	cfg     DispatcherConfig
	running atomic.Bool
	// tenants, for a dispatcher scoped by DispatcherConfig.Tenants, maps
	// each tenant to the dispatcher that runs its items with its engine
	// (one per engine); nil when the dispatcher serves every tenant.
	tenants   map[string]*Dispatcher
	tenantIDs []string // the keys of tenants, sorted
}

// NewDispatcher returns a Dispatcher delivering the outbox of e's store,
// on e's clock: every tenant's items, each run with e's settings, ID
// generator and logger, or with cfg.Tenants only those tenants' items,
// each run with its tenant's Engine (see [DispatcherConfig.Tenants]).
// cfg must set Sender. A nil e, or a field of cfg out of its documented
// range, is refused with an [*InputError] naming it (matching
// [ErrInvalidInput]).
func NewDispatcher(e *Engine, cfg *DispatcherConfig) (*Dispatcher, error) {
	if e == nil {
		return nil, &InputError{Field: "e", Problem: "is nil (NewDispatcher needs an Engine)"}
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	d := &Dispatcher{e: e, st: e.st, log: e.logger(), cfg: c.of(e)}
	if c.Tenants == nil {
		return d, nil
	}
	if len(c.Tenants) == 0 {
		// Not "every tenant": a platform that has no tenant yet must not
		// get a dispatcher that serves them all with e.
		return nil, &InputError{Field: "DispatcherConfig.Tenants", Problem: "is empty (nil means every tenant)"}
	}
	d.tenantIDs = slices.Sorted(maps.Keys(c.Tenants))
	d.tenants = make(map[string]*Dispatcher, len(c.Tenants))
	byEngine := map[*Engine]*Dispatcher{}
	for _, id := range d.tenantIDs {
		te := c.Tenants[id]
		switch {
		case strings.TrimSpace(id) == "":
			return nil, &InputError{Field: "DispatcherConfig.Tenants", Problem: "has an empty tenant ID"}
		case te == nil:
			return nil, &InputError{Field: fmt.Sprintf("DispatcherConfig.Tenants[%q]", id), Problem: "is nil"}
		case !sameStore(te.st, e.st):
			return nil, &InputError{Field: fmt.Sprintf("DispatcherConfig.Tenants[%q]", id), Problem: "uses another store than the dispatcher's engine"}
		}
		if byEngine[te] == nil {
			tc := c.of(te)
			tc.Tenants = nil
			byEngine[te] = &Dispatcher{e: te, st: e.st, log: te.logger(), cfg: tc}
		}
		d.tenants[id] = byEngine[te]
	}
	d.cfg.Tenants = nil // read once: the caller's map may change
	return d, nil
}

// of is c for the items run with e: e's Config.QuietHours and
// Config.DefaultTimeZone, when set, in place of c's.
func (c DispatcherConfig) of(e *Engine) DispatcherConfig {
	if e.cfg.QuietHours != nil {
		c.QuietHours = *e.cfg.QuietHours
	}
	if e.cfg.DefaultTimeZone != nil {
		c.DefaultTimeZone = e.cfg.DefaultTimeZone
	}
	return c
}

// sameStore reports whether a and b are one store (false for a store
// type that cannot be compared).
func sameStore(a, b store.Store) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

// of is the dispatcher that runs an item of tenantID: d itself, or for a
// dispatcher scoped by [DispatcherConfig.Tenants] the one with the
// tenant's engine; nil for a tenant it does not serve.
func (d *Dispatcher) of(tenantID string) *Dispatcher {
	if d.tenants == nil {
		return d
	}
	return d.tenants[tenantID]
}

// engines are the engines whose commits wake d.
func (d *Dispatcher) engines() []*Engine {
	es := []*Engine{d.e}
	for _, td := range d.tenants {
		if !slices.Contains(es, td.e) {
			es = append(es, td.e)
		}
	}
	return es
}

// Run delivers items until ctx is done, then waits for the deliveries in
// flight to finish (each bounded by SendTimeout, for a Sender and Notifier
// that honour their context as [Sender] requires: Run does not abandon a
// call that ignores it) and returns nil. Items
// claimed but not started are released for the next run. A commit by the
// engine (or any engine of [DispatcherConfig.Tenants]) that queues items
// wakes Run at once, as does a commit in another process when the store
// has the [store.Waker] ability, so delivery starts within milliseconds;
// PollInterval is the fallback. Store errors are
// logged: a failed claim is retried at the next poll, and an item whose
// send-time check or outcome could not be recorded is claimed again once
// its lease runs out (see [Dispatcher.RunOnce]). Run returns an error
// only when it is already running.
func (d *Dispatcher) Run(ctx context.Context) error {
	if !d.running.CompareAndSwap(false, true) {
		return errors.New("handoff: Dispatcher.Run is already running")
	}
	defer d.running.Store(false)
	wake := make(chan struct{}, 1)
	for _, e := range d.engines() {
		defer e.subscribe(wake)()
	}
	var storeWake <-chan struct{}
	if w, ok := d.st.(store.Waker); ok {
		if ch, err := w.Subscribe(ctx); err == nil {
			storeWake = ch
		}
	}
	q := newWorkQueue()
	var g errgroup.Group
	for range d.cfg.Concurrency {
		g.Go(func() error {
			for {
				item, ok := q.next()
				if !ok {
					return nil
				}
				_ = d.of(item.TenantID).deliver(ctx, item) // logged; the lease brings the item back
				q.done(item)
			}
		})
	}
	d.loop(ctx, q, wake, storeWake)
	for _, item := range q.close() {
		d.release(item)
	}
	_ = g.Wait() // workers never return errors
	return nil
}

// loop claims items into q until ctx is done.
func (d *Dispatcher) loop(ctx context.Context, q *workQueue, wake, storeWake <-chan struct{}) {
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
		case <-storeWake:
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
}

// RunOnce delivers every item due now and returns how many it handled
// (delivered, retried, deferred, cancelled or dead-lettered), without
// waiting for retries to come due. It suits tests, cron jobs and hosts
// that drive delivery themselves, and is safe to call concurrently with
// Run or other dispatchers (leases keep them apart). It returns the first
// claim error; the first error that kept an item's send-time check or
// outcome from being recorded (a store's), once the other items it had
// claimed are handled; or ctx.Err() once deliveries in flight have
// finished. An item whose outcome was not recorded stays leased or
// sending until its lease runs out (DispatcherConfig.Lease), and is then
// claimed again, and sent again if its send had begun: delivery is at
// least once, and its IdempotencyKey is unchanged. A Sender's or
// Notifier's error, whatever its text, is an outcome and no error of
// RunOnce: the item is retried or dead-lettered with that text, made
// valid UTF-8 without NUL and cut to 1,000 bytes as it is stored.
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
				var first error
				for _, it := range byConv[k] {
					if ctx.Err() != nil {
						d.release(it)
						continue
					}
					if err := d.of(it.TenantID).deliver(ctx, it); err != nil && first == nil {
						first = err
					}
				}
				return first
			})
		}
		err = g.Wait()
		total += len(items)
		if err != nil {
			return total, err
		}
	}
}

// claim leases up to limit due items of the tenants d serves.
func (d *Dispatcher) claim(ctx context.Context, limit int) ([]store.OutboxItem, error) {
	var items []store.OutboxItem
	err := d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxClaim(ctx, store.OutboxClaimParams{Now: d.e.now(), Limit: limit, LeaseFor: d.cfg.Lease,
			TenantIDs: d.tenantIDs})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("handoff: claim outbox items: %w", err)
	}
	if d.tenants != nil {
		// A store that ignores TenantIDs (it fails storetest) claimed
		// another tenant's items: never run them with the wrong engine.
		// Their leases expire and the dispatcher serving them claims them.
		items = slices.DeleteFunc(items, func(it store.OutboxItem) bool {
			if d.of(it.TenantID) != nil {
				return false
			}
			d.log.ErrorContext(ctx, "handoff: dispatcher: the store claimed an item of a tenant this dispatcher does not serve; left to its lease",
				"store", fmt.Sprintf("%T", d.st), "tenant", it.TenantID, "outbox", it.ID)
			return true
		})
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

// delivery is what the send-time check hands to the Sender or Notifier.
type delivery struct {
	item  store.OutboxItem // as marked sending: its LeaseUntil is the sending lease
	conv  store.Conversation
	body  string
	brief Brief
	// undelivered: for a notification to a rep, the conversation's texts
	// that will not reach the lead (Notification.Undelivered)
	undelivered []NotSent
}

// handedTexts lists what the Sender or Notifier is handed of the lead,
// for the log of its failure (see logged): the text and its address, the
// lead's name, email and company and the conversation's known values,
// and for a notification every text of the brief's that holds the
// lead's words (the transcript, the summary, the fields and the lead's
// words behind them, the signals' quotes, the questions, and the lines
// that repeat them).
func (dv delivery) handedTexts() []string {
	c, b := dv.conv, dv.brief
	out := []string{dv.item.To, dv.body, c.Lead.Name, c.Lead.Email, c.Lead.Company}
	for _, f := range c.Fields {
		out = append(out, f.Value)
	}
	if dv.item.Kind.ToLead() {
		return out
	}
	out = append(out, summaryTexts(b, c)...)
	out = append(out, b.Lead.Name, b.Lead.Email, b.Lead.Company, b.Summary, b.Detail)
	out = append(out, b.WhyNow...)
	out = append(out, b.Questions...)
	out = append(out, b.DoNotAsk...)
	for _, f := range b.Fields {
		out = append(out, f.Value, f.Quote)
	}
	for _, ss := range [][]brief.Signal{b.Urgency, b.Money, b.DecisionEvidence, b.Objections, b.Interests} {
		for _, sg := range ss {
			out = append(out, sg.Quote)
		}
	}
	for _, sg := range []*brief.Signal{b.NeedsMost, b.Callback} {
		if sg != nil {
			out = append(out, sg.Quote)
		}
	}
	return out
}

// deliver runs one item to its end: check and mark sending, send, settle.
// A send's failure is recorded on the item (retried or dead-lettered). An
// error that kept a step from being recorded (the store's) is logged and
// returned: the item then stays leased or sending until its lease runs
// out, and is claimed again, and sent again if its send had begun.
// Work started is finished even when ctx is cancelled (graceful shutdown).
func (d *Dispatcher) deliver(parent context.Context, item store.OutboxItem) error {
	ctx := context.WithoutCancel(parent)
	log := d.log.With("tenant", item.TenantID, "conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind)
	dv, ok, err := d.check(ctx, item)
	if err != nil {
		log.ErrorContext(ctx, "handoff: dispatcher: send-time check failed; the lease will expire and the item be retried", "err", err)
		return fmt.Errorf("handoff: dispatcher: send-time check of outbox item %s: %w", item.ID, err)
	}
	if !ok {
		return nil
	}
	if item.Kind == store.OutboxSLACheck {
		if err := d.e.slaDue(ctx, dv.item); err != nil {
			log.ErrorContext(ctx, "handoff: dispatcher: the 5-minute rule failed; its lease will expire and it will run again", "err", err)
			return fmt.Errorf("handoff: dispatcher: 5-minute rule of outbox item %s: %w", item.ID, err)
		}
		return nil
	}
	sendCtx, cancel := context.WithTimeout(ctx, d.cfg.SendTimeout)
	res, sendErr := d.call(sendCtx, dv)
	cancel()
	if err := checkOptionalID("SendResult.ProviderID", res.ProviderID); err != nil && sendErr == nil {
		// No provider report could name it (OutboundObserved refuses
		// such an ID), and a store may refuse it: the text went all the
		// same, so it is settled done without it.
		log.WarnContext(ctx, "handoff: dispatcher: the Sender's provider ID is not recorded", "err", err)
		res.ProviderID = ""
	}
	if err := d.settle(ctx, dv, res, sendErr); err != nil {
		log.ErrorContext(ctx, "handoff: dispatcher: recording the outcome failed; the lease will expire and the item be claimed again",
			"sent", sendErr == nil, "err", err)
		return fmt.Errorf("handoff: dispatcher: record the outcome of outbox item %s (sent: %t): %w", item.ID, sendErr == nil, err)
	}
	_, _, misconfigured := classify(sendErr)
	switch {
	case misconfigured:
		// A person must fix the setup; the item is kept meanwhile.
		log.ErrorContext(ctx, "handoff: dispatcher: sender or notifier misconfigured; the item is kept and retried until it is fixed",
			"err", logged(sendErr, dv.handedTexts()...))
	case sendErr != nil:
		// The error is the host's or its provider's words: it may repeat
		// the number and the text it was given, or a Notifier the brief's
		// lead texts, which logs never hold.
		log.WarnContext(ctx, "handoff: dispatcher: delivery failed", "attempt", item.Attempts+1,
			"err", logged(sendErr, dv.handedTexts()...))
	default:
		log.DebugContext(ctx, "handoff: dispatcher: delivered", "provider_id", res.ProviderID)
	}
	return nil
}

// check is the send-time re-check, in one transaction with the change it
// decides: mark the item sending, or cancel, defer or dead-letter it. It
// reports whether to send. A rep update's conversation is read under the
// lead's address lock, so no change folds into it between that read and
// the mark.
func (d *Dispatcher) check(ctx context.Context, item store.OutboxItem) (delivery, bool, error) {
	var dv delivery
	var send, queued bool
	err := d.e.retry(func(int) error {
		return d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			send, queued = false, false
			c, err := tx.ConversationGet(ctx, item.TenantID, item.ConversationID)
			if errors.Is(err, store.ErrNotFound) {
				return d.orphan(ctx, tx, item)
			}
			if err != nil {
				return err
			}
			if item.Kind == store.OutboxRepUpdate {
				// Under the lead's address lock, as a change that folds
				// into the update takes it (see repUpdateSend): that change
				// committed before this read, or it finds the update
				// sending and queues another.
				if err := lockAddresses(ctx, tx, c.TenantID, leadAddresses(c)...); err != nil {
					return err
				}
				if c, err = tx.ConversationGet(ctx, item.TenantID, item.ConversationID); err != nil {
					return err
				}
			}
			ch, ok, err := d.decide(ctx, tx, c, item, &dv)
			if err != nil || ch == nil {
				return err
			}
			res, err := d.e.commit(ctx, tx, c, ch)
			if err != nil {
				return err
			}
			queued = res.enqueued // a lapsed notice's bridge
			if ok {
				// The sending lease the store set: the settle's Now (the
				// clock, never the commit's date, which a clock stepped
				// back leaves ahead of it) + LeaseFor. The settle after
				// the send must name this one lease.
				dv.item.LeaseUntil = ch.settle.Now.Add(ch.settle.LeaseFor)
			}
			send = ok
			return nil
		})
	})
	if err == nil && queued {
		d.e.wake()
	}
	return dv, send, err
}

// orphan dead-letters an item whose conversation is gone.
func (d *Dispatcher) orphan(ctx context.Context, tx store.Tx, item store.OutboxItem) error {
	err := tx.OutboxSettle(ctx, store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
		Status: store.OutboxDead, LastError: "conversation not found", Now: d.e.now()})
	if errors.Is(err, store.ErrConflict) {
		return nil
	}
	return err
}

// decide is the send-time rule for item on c (see [mayDeliver]): the
// change to commit, and whether it is the mark that lets the text go.
func (d *Dispatcher) decide(ctx context.Context, tx store.Tx, c store.Conversation, item store.OutboxItem, dv *delivery) (*change, bool, error) {
	now := d.e.now()
	cur, err := tx.OutboxGet(ctx, item.TenantID, item.ID)
	if err != nil {
		return nil, false, err
	}
	if cur.Status != store.OutboxLeased || !cur.LeaseUntil.Equal(item.LeaseUntil) || !cur.LeaseUntil.After(now) {
		// Cancelled, re-claimed by another dispatcher, or the lease ran out
		// while the item waited here (another dispatcher may hold it now).
		return nil, false, nil
	}
	var sup bool // items to reps go to reps, whatever the lead's consent
	if item.Kind.ToLead() {
		addrs := []string{item.To}
		if item.To == destination(c) {
			// a text to the conversation stops when any address of its
			// lead opted out: a chat's when the phone or email did, an
			// SMS conversation's when the email did, in a chat
			addrs = leadAddresses(c)
		}
		if sup, err = anySuppressed(ctx, tx, item.TenantID, addrs); err != nil {
			return nil, false, err
		}
	}
	if why := mayDeliver(item.Kind, c, sup); why != "" {
		reason := "state:" + string(c.State)
		if sup {
			reason = "suppressed"
		}
		d.log.InfoContext(ctx, "handoff: dispatcher: item cancelled at send time", "tenant", item.TenantID,
			"conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind, "reason", reason)
		return d.settleChange(item, store.OutboxCancelled, reason, store.EventOutboxCancelled, reason,
			formatDetail(item.Kind, item.ID, "")+" "+why), false, nil
	}
	if item.Kind.ToLead() {
		if ch, err := d.hold(ctx, tx, c, item, now); err != nil || ch != nil {
			return ch, false, err
		}
	}
	dv.conv, dv.item = c, item
	switch {
	case item.Kind == store.OutboxSLACheck: // the engine runs it once marked
	case item.Kind == store.OutboxRepUpdate:
		dv.brief, err = d.e.currentBrief(ctx, tx, c) // the news as it is now, however many messages came
	case item.Kind.ToLead():
		dv.body, err = d.body(ctx, tx, item)
	case len(item.Payload) > 0:
		err = json.Unmarshal(item.Payload, &dv.brief)
	}
	if err != nil {
		return d.deadChange(item, deadUndecodable, errString(err), false), false, nil
	}
	if !item.Kind.ToLead() && item.Kind != store.OutboxSLACheck {
		// as they are now; a store error is the transaction's, retried
		if dv.undelivered, err = undelivered(ctx, tx, c.TenantID, c.ID); err != nil {
			return nil, false, err
		}
	}
	dv.item.Status = store.OutboxSending
	ch := &change{action: ActionDelivery, actor: store.ActorSystem, noEvent: true,
		settle: &store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, Status: store.OutboxSending,
			LeaseUntil: item.LeaseUntil, LeaseFor: d.cfg.Lease}}
	return ch, true, nil
}

// waitingTurn is the LastError of a text deferred behind an earlier one:
// it marks the text as holding its place in the conversation's order.
const waitingTurn = "waiting for an earlier text to the lead"

// quietHeld is the LastError of a text deferred by quiet hours: until the
// opening it is scheduled for later, not being retried, even after a
// failed attempt (see blockedBehind).
const quietHeld = "quiet hours"

// hold defers a text that must wait: behind an earlier text of the
// conversation still to go (see blockedBehind), or for quiet hours. A text
// stale by now, or by the time quiet hours let it go (a reminder whose
// meeting will have started), is cancelled instead.
func (d *Dispatcher) hold(ctx context.Context, tx store.Tx, c store.Conversation, item store.OutboxItem, now time.Time) (*change, error) {
	sp := smsPayloadOf(item.Payload)
	until := sp.Until
	if !until.IsZero() && !now.Before(until) {
		if sp.Promise == promiseNotice {
			return d.lapsedNotice(ctx, tx, c, item, until)
		}
		return d.staleChange(ctx, item, until), nil
	}
	// Quiet hours first: a text they hold waits for the opening whatever
	// is before it, and is then "merely scheduled for later", which
	// blocks no text quiet hours let go (a rep's, the answer to HELP); at
	// the opening the held texts come due together and the order rule
	// below sends them as they were written.
	if item.Kind.Automated() && (c.Channel == store.ChannelSMS || c.Channel == "") {
		if next, ok := d.cfg.QuietHours.NextAll(now, d.locations(c, item.To)); !ok {
			if !until.IsZero() && !next.Before(until) && sp.Promise != promiseNotice {
				return d.staleChange(ctx, item, until), nil
			}
			// A notice is held too: when quiet hours end, its promise will
			// have lapsed and it gives way to the bridge as things stand
			// then (who holds the handoff, whether a person wrote).
			return d.deferChange(item, next.UTC(), quietHeld), nil
		}
	}
	if next, blocked, err := d.blockedBehind(ctx, tx, item, now); err != nil {
		return nil, err
	} else if blocked {
		return d.deferChange(item, next, waitingTurn), nil
	}
	return nil, nil
}

// lapsedNotice replaces item, a transparent notice whose promise of the
// rep's wait lapsed at until before it could go (quiet hours held it
// overnight, a failing Sender or an earlier text delayed it), so that the
// lead is never promised in the morning the wait of the night before, nor
// left without a word: the notice is cancelled (audited as expired), and
// so are its updates still queued, which correct a promise the lead never
// got; in its place goes the bridge as it would be written now (see
// Engine.lapsedBridge), an AI message of the transcript queued as the
// bridge is. The send-time rules already dropped the notice if a person
// wrote or took the thread, the lead opted out or the handoff ended.
func (d *Dispatcher) lapsedNotice(ctx context.Context, tx store.Tx, c store.Conversation, item store.OutboxItem, until time.Time) (*change, error) {
	open, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: item.TenantID, ConversationID: item.ConversationID, ToLead: true})
	if err != nil {
		return nil, err
	}
	var updates []string
	for _, it := range open {
		if it.ID != item.ID && it.Kind == store.OutboxBridgeSMS && it.Status != store.OutboxSending &&
			smsPayloadOf(it.Payload).Promise == promiseUpdate {
			updates = append(updates, it.ID)
		}
	}
	ch := d.staleChange(ctx, item, until)
	ch.detail += "; the bridge without the wait goes in its place"
	if len(updates) > 0 {
		ch.inTx = append(ch.inTx, func(ctx context.Context, tx store.Tx) error {
			n, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: item.TenantID, ConversationID: item.ConversationID,
				Kinds: []store.OutboxKind{store.OutboxBridgeSMS}, IDs: updates, Now: d.e.now()})
			if n > 0 {
				ch.events = append(ch.events, store.Event{Kind: store.EventOutboxCancelled, Reason: "expired",
					Detail: fmt.Sprintf("%d update(s) of notice %s cancelled: the notice they correct never went", n, item.ID)})
			}
			return err
		})
	}
	ch.messages = []*store.Message{{ID: d.e.newID(), TenantID: item.TenantID, ConversationID: item.ConversationID,
		Direction: store.Outbound, Origin: store.OriginAI, Body: d.e.lapsedBridge(ctx, c)}}
	ch.sends = []send{{kind: store.OutboxBridgeSMS, msg: 0, key: item.IdempotencyKey + ":bridge"}}
	return ch, nil
}

// staleChange cancels item, which would go at or after until, with an
// audit event (reason "expired").
func (d *Dispatcher) staleChange(ctx context.Context, item store.OutboxItem, until time.Time) *change {
	d.log.InfoContext(ctx, "handoff: dispatcher: item cancelled at send time", "tenant", item.TenantID,
		"conversation", item.ConversationID, "outbox", item.ID, "kind", item.Kind, "reason", "expired")
	return d.settleChange(item, store.OutboxCancelled, "expired", store.EventOutboxCancelled, "expired",
		formatDetail(item.Kind, item.ID, "")+" stale from "+until.UTC().Format(time.RFC3339)+": it could not go before then")
}

// settleChange settles item to status with an audit event.
func (d *Dispatcher) settleChange(item store.OutboxItem, status store.OutboxStatus, lastErr string, kind store.EventKind, reason, detail string) *change {
	return &change{action: ActionDelivery, actor: store.ActorSystem, eventKind: kind, reason: reason, detail: detail,
		settle: &store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil, Status: status, LastError: lastErr}}
}

// deferChange puts item back to pending until next; not an attempt.
func (d *Dispatcher) deferChange(item store.OutboxItem, next time.Time, why string) *change {
	return &change{action: ActionDelivery, actor: store.ActorSystem, noEvent: true,
		settle: &store.OutboxSettleParams{TenantID: item.TenantID, ID: item.ID, LeaseUntil: item.LeaseUntil,
			Status: store.OutboxPending, NotBefore: next, LastError: why}}
}

// deadChange dead-letters item with an audit event.
func (d *Dispatcher) deadChange(item store.OutboxItem, why deadReason, lastErr string, attempted bool) *change {
	attempts := item.Attempts
	if attempted {
		attempts++
	}
	d.log.Warn("handoff: dispatcher: dead-lettered", "tenant", item.TenantID, "conversation", item.ConversationID,
		"outbox", item.ID, "kind", item.Kind, "reason", why, "attempts", attempts)
	ch := d.settleChange(item, store.OutboxDead, lastErr, store.EventDeadLetter, string(why),
		fmt.Sprintf("%s attempts=%d error=%s", formatDetail(item.Kind, item.ID, ""), attempts, lastErr))
	ch.settle.Attempted = attempted
	return ch
}

// blockedBehind keeps a conversation's texts in the order they were
// written, across retries and across dispatchers in any number of
// processes: while an earlier text to the lead is due, being retried
// (pending after a failed attempt), itself waiting its turn (deferred by
// this rule: it keeps its place after its blocker went), or leased or
// sending here or elsewhere, item waits until just after it. Texts merely
// scheduled for later (held by quiet hours, even after a failed attempt,
// or reminders) do not block, nor do
// earlier texts that were sent, cancelled or dead-lettered (no longer
// open). Only earlier texts block later ones, so two never wait for each
// other. It reads only the conversation's open items enqueued before item.
func (d *Dispatcher) blockedBehind(ctx context.Context, tx store.Tx, item store.OutboxItem, now time.Time) (time.Time, bool, error) {
	earlier, err := store.ListOpenOutbox(ctx, tx, store.OutboxOpenParams{TenantID: item.TenantID, ConversationID: item.ConversationID,
		Before: item.ID, ToLead: true})
	if err != nil {
		return time.Time{}, false, err
	}
	for _, it := range earlier {
		var until time.Time
		switch {
		case it.Status == store.OutboxLeased || it.Status == store.OutboxSending:
			// In flight here or elsewhere; a crashed holder's lease may be
			// long, so look again soon.
			until = it.LeaseUntil
			if soon := now.Add(d.cfg.BackoffBase); soon.Before(until) {
				until = soon
			}
		case it.LastError == quietHeld && it.NotBefore.After(now):
			// Held by quiet hours, though it failed before: scheduled for
			// the opening, it would hold a rep's text or a HELP reply
			// (which quiet hours never hold) overnight. An automated text
			// after it is held by quiet hours itself (see hold).
			continue
		case it.Attempts > 0 || it.LastError == waitingTurn || strings.HasPrefix(it.LastError, misconfiguredPrefix) ||
			!it.NotBefore.After(now):
			until = it.NotBefore // pending: retried, waiting its turn, or due
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

// body is the text of a lead-bound item: the payload's "body", else the
// transcript message the item references (one indexed lookup).
func (d *Dispatcher) body(ctx context.Context, tx store.Tx, item store.OutboxItem) (string, error) {
	if b := payloadBody(item.Payload); b != "" {
		return b, nil
	}
	if item.MessageID != "" {
		m, err := store.GetMessage(ctx, tx, item.TenantID, item.ConversationID, item.MessageID)
		if err == nil && strings.TrimSpace(m.Body) != "" {
			return m.Body, nil
		}
	}
	return "", errors.New("the item has no body")
}

// smsPayloadOf decodes an SMS payload; the zero payload when p is empty
// or not one.
func smsPayloadOf(p []byte) smsPayload {
	var sp smsPayload
	if len(p) == 0 || json.Unmarshal(p, &sp) != nil {
		return smsPayload{}
	}
	return sp
}

// payloadUntil is the "until" of an SMS payload, or the zero time.
func payloadUntil(p []byte) time.Time { return smsPayloadOf(p).Until }

// payloadBody is the "body" of an SMS payload, trimmed, or "".
func payloadBody(p []byte) string { return strings.TrimSpace(smsPayloadOf(p).Body) }

// locations are the zones the lead may be in, for quiet hours: the
// conversation's TimeZone, else every zone the phone number's prefix
// spans, else DefaultTimeZone.
func (d *Dispatcher) locations(c store.Conversation, to string) []*time.Location {
	if c.TimeZone != "" {
		if l, err := loadZone(c.TimeZone); err == nil {
			return []*time.Location{l}
		}
	}
	for _, phone := range []string{to, c.Lead.Phone} {
		if strings.HasPrefix(phone, "+") {
			if ls, err := dnc.TimeZonesForNumber(phone); err == nil {
				return ls
			}
		}
	}
	return []*time.Location{d.cfg.DefaultTimeZone}
}

// loadZone is the zone of an IANA name, cached; "Local" (the host's zone
// in time.LoadLocation) and "" are none, so that a conversation stored
// with either is read as a lead of unknown zone on every host.
func loadZone(name string) (*time.Location, error) {
	return ianazone.Load(name)
}

// call hands the item to the Sender or Notifier, turning a panic into an
// error.
func (d *Dispatcher) call(ctx context.Context, dv delivery) (res SendResult, err error) {
	var callee any = d.cfg.Sender
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("handoff: %T panicked: %v", callee, r)
		}
	}()
	if !dv.item.Kind.ToLead() {
		callee = d.cfg.Notifier
		if d.cfg.Notifier == nil {
			return SendResult{}, nil
		}
		return SendResult{}, d.cfg.Notifier.Notify(ctx, Notification{Item: dv.item, Conversation: dv.conv, Brief: dv.brief,
			Undelivered: dv.undelivered, IdempotencyKey: dv.item.IdempotencyKey})
	}
	return d.cfg.Sender.Send(ctx, Delivery{Item: dv.item, Conversation: dv.conv, Body: dv.body, IdempotencyKey: dv.item.IdempotencyKey})
}

// settle records the outcome of a send, in one transaction through the
// pipeline: done with the provider's ID and a delivered event; a retry
// with backoff; or a dead letter, which for a carrier opt-out applies the
// opt-out to the address.
func (d *Dispatcher) settle(ctx context.Context, dv delivery, res SendResult, sendErr error) error {
	item := dv.item
	return d.e.retry(func(int) error {
		return d.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			c, err := tx.ConversationGet(ctx, item.TenantID, item.ConversationID)
			if err != nil {
				return err
			}
			ch := d.outcome(c, item, res, sendErr)
			_, err = d.e.commit(ctx, tx, c, ch)
			switch {
			case errors.Is(err, errLeaseLost) && sendErr == nil:
				// The sending lease ran out (a Sender that ignored its
				// deadline) and another dispatcher took the item: the text
				// is on the lead's phone all the same, so record that. The
				// settle failed before the commit wrote anything.
				ch.settle = nil
				_, err = d.e.commit(ctx, tx, c, ch)
			case errors.Is(err, errLeaseLost):
				// The same, and the send failed: the item is the other
				// dispatcher's to send and settle; this failure changes
				// nothing of it.
				err = nil
			}
			return err
		})
	})
}

// outcome is the change that records a send's result.
func (d *Dispatcher) outcome(c store.Conversation, item store.OutboxItem, res SendResult, sendErr error) *change {
	if sendErr == nil {
		reason := "sent"
		if d.cfg.Notifier == nil && !item.Kind.ToLead() {
			reason = "no notifier configured"
		}
		ch := d.settleChange(item, store.OutboxDone, "", store.EventDelivered, reason, formatDetail(item.Kind, item.ID, res.ProviderID))
		ch.settle.Attempted, ch.settle.ProviderID = true, res.ProviderID
		if body := payloadBody(item.Payload); item.MessageID == "" && item.Kind.ToLead() && body != "" {
			// A scheduled text (a reminder) enters the transcript when it goes.
			ch.messages = []*store.Message{{ID: d.e.newID(), TenantID: item.TenantID, ConversationID: item.ConversationID,
				Direction: store.Outbound, Origin: store.OriginSystem, Body: body}}
		}
		return ch
	}
	permanent, optedOut, misconfigured := classify(sendErr)
	switch {
	case misconfigured:
		// Not the message's fault, nor an attempt: retried until the host
		// fixes its setup, however long that takes (see ErrMisconfigured).
		wait := max(d.heldBackoff(item.CreatedAt), min(retryAfter(sendErr), 24*time.Hour))
		return d.deferChange(item, d.e.now().Add(wait), misconfiguredPrefix+errString(sendErr))
	case optedOut:
		ch := d.deadChange(item, deadOptedOut, errString(sendErr), true)
		if !item.Kind.ToLead() {
			return ch
		}
		oo := d.e.failedChange(c, item, DeliveryFailure{Reason: "carrier:opted_out", OptedOut: true})
		oo.settle, oo.events = ch.settle, append(oo.events[:0], store.Event{Kind: store.EventDeadLetter, Reason: ch.reason, Detail: ch.detail})
		return oo
	case permanent, item.Attempts+1 >= d.cfg.MaxAttempts:
		why := deadMaxAttempts
		if permanent {
			why = deadPermanent
		}
		ch := d.deadChange(item, why, errString(sendErr), true)
		if breaksWaitingHandoff(c, item) {
			ch.repUpdate, ch.updateKey = true, d.e.newID()
		}
		return ch
	}
	wait := max(d.backoff(item.Attempts+1), min(retryAfter(sendErr), 24*time.Hour))
	ch := d.deferChange(item, d.e.now().Add(wait), errString(sendErr))
	ch.settle.Attempted = true
	return ch
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

// heldBackoff is the delay before the next try of an item whose sends
// fail for the host's setup (ErrMisconfigured), which does not count its
// attempts: about as long as the item has been queued, so that the tries
// thin out as an exponential backoff's do, between BackoffBase and
// BackoffMax, with the upper half random.
func (d *Dispatcher) heldBackoff(created time.Time) time.Duration {
	b := min(max(d.e.now().Sub(created), d.cfg.BackoffBase), d.cfg.BackoffMax)
	half := b / 2
	return half + rand.N(b-half+1)
}

// threadKey names one conversation's thread.
type threadKey struct{ tenant, conv string }

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
