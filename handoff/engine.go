package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// Engine runs conversation events end to end: inbound lead messages, rep
// messages, takeovers, pauses and resumes. It is safe for concurrent use;
// several Engines (in several processes) may share one store, because every
// state change is a compare-and-swap on the conversation's version.
type Engine struct {
	st       store.Store
	cfg      Config
	machine  *Machine
	template *bridge.Template
	cache    *snapshotCache

	mu   sync.Mutex
	subs map[int]chan struct{}
	next int
}

// NewEngine returns an Engine over st. cfg may be nil: every zero field
// means its documented default, so NewEngine(st, nil) is the seeds'
// real-estate flow with the reference detectors.
func NewEngine(st store.Store, cfg *Config) (*Engine, error) {
	if st == nil {
		return nil, errors.New("handoff: NewEngine: store is nil")
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return &Engine{
		st:       st,
		cfg:      c,
		machine:  defaultMachine,
		template: bridge.NewTemplate(c.Voice),
		cache:    newSnapshotCache(c.SnapshotCache),
		subs:     map[int]chan struct{}{},
	}, nil
}

// Store returns the engine's store, for reads the engine does not wrap.
func (e *Engine) Store() store.Store { return e.st }

// Machine returns the state machine the engine enforces.
func (e *Engine) Machine() *Machine { return e.machine }

func (e *Engine) store() store.Store   { return e.st }
func (e *Engine) now() time.Time       { return e.cfg.Now().UTC() }
func (e *Engine) newID() string        { return e.cfg.NewID() }
func (e *Engine) logger() *slog.Logger { return e.cfg.Logger }

// subscribe registers a wake-up channel that is signalled (without
// blocking; buffered 1) after every commit that enqueued outbox items.
func (e *Engine) subscribe() (<-chan struct{}, func()) {
	e.mu.Lock()
	defer e.mu.Unlock()
	id := e.next
	e.next++
	ch := make(chan struct{}, 1)
	e.subs[id] = ch
	return ch, func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		delete(e.subs, id)
	}
}

func (e *Engine) wake() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, ch := range e.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// StartParams opens a conversation.
type StartParams struct {
	TenantID       string // required
	ConversationID string // "" generates one
	Lead           store.Lead
	Channel        store.Channel // "" means sms
	TimeZone       string        // IANA zone of the lead, "" when unknown
}

// Start creates a conversation in state ai_active with status new. The
// lead's phone, when set, is normalised to E.164 (an unparseable phone is
// [ErrInvalidInput]). An existing ID is [ErrDuplicate].
func (e *Engine) Start(ctx context.Context, p StartParams) (store.Conversation, error) {
	if err := checkID("TenantID", p.TenantID); err != nil {
		return store.Conversation{}, err
	}
	if p.ConversationID == "" {
		p.ConversationID = e.newID()
	}
	if err := checkID("ConversationID", p.ConversationID); err != nil {
		return store.Conversation{}, err
	}
	for name, v := range map[string]string{"Lead.Name": p.Lead.Name, "Lead.Email": p.Lead.Email, "Lead.Source": p.Lead.Source, "TimeZone": p.TimeZone} {
		if err := checkText(name, v, 512, true); err != nil {
			return store.Conversation{}, err
		}
	}
	if p.Lead.Phone != "" {
		phone, err := dnc.NormalizePhone(p.Lead.Phone, e.cfg.DefaultRegion)
		if err != nil {
			return store.Conversation{}, &InputError{Field: "Lead.Phone", Problem: "is not a phone number"}
		}
		p.Lead.Phone = phone
	}
	if p.TimeZone != "" {
		if _, err := time.LoadLocation(p.TimeZone); err != nil {
			return store.Conversation{}, &InputError{Field: "TimeZone", Problem: "is not an IANA time zone"}
		}
	}
	ch := p.Channel
	if ch == "" {
		ch = store.ChannelSMS
	}
	if ch != store.ChannelSMS && ch != store.ChannelChat {
		return store.Conversation{}, &InputError{Field: "Channel", Problem: "must be sms or chat"}
	}
	now := e.now()
	c := store.Conversation{
		ID: p.ConversationID, TenantID: p.TenantID, Lead: p.Lead, Channel: ch, TimeZone: p.TimeZone,
		State: store.StateAIActive, Status: store.StatusNew, Fields: map[store.FieldName]store.Field{},
		CreatedAt: now, UpdatedAt: now,
	}
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.ConversationInsert(ctx, &c); err != nil {
			return err
		}
		if addr := address(c); addr != "" {
			if sup, err := suppressed(ctx, tx, c.TenantID, addr); err != nil {
				return err
			} else if sup {
				// The number opted out in another conversation: start paused.
				c.State, c.Status = store.StatePaused, store.StatusOptedOut
				if err := tx.ConversationUpdate(ctx, &c); err != nil {
					return err
				}
			}
		}
		return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
			Kind: store.EventCreated, From: c.State, To: c.State, Actor: "system", CreatedAt: now})
	})
	if err != nil {
		return store.Conversation{}, fmt.Errorf("handoff: start conversation %s: %w", p.ConversationID, err)
	}
	if c.State == store.StateAIActive {
		// The lead's first reply usually follows; it can skip the read.
		e.cache.put(snapshot{conv: c}, e.cfg.HistoryTurns)
	}
	return c, nil
}

// Inbound is a message from the lead, as delivered by the host's SMS or
// chat webhook.
type Inbound struct {
	TenantID       string // required
	ConversationID string // required
	Body           string // required; valid UTF-8; at most Config.MaxBodyBytes
	// ProviderID is the provider's message ID. When set, a webhook retry
	// with the same ID is recorded once and reported as [OutcomeDuplicate].
	ProviderID string
}

// OutcomeKind says what [Engine.Receive] did.
type OutcomeKind string

// Outcome kinds.
const (
	// OutcomeNone: the message was recorded; nothing fired and no reply
	// was queued.
	OutcomeNone OutcomeKind = "none"
	// OutcomeReplied: an AI reply was queued.
	OutcomeReplied OutcomeKind = "replied"
	// OutcomeHandoff: a trigger fired; the conversation is in state
	// handoff and status hot, and the bridge text and rep notification are
	// queued.
	OutcomeHandoff OutcomeKind = "handoff"
	// OutcomeOptedOut: the lead revoked consent; the address is suppressed
	// for the tenant and every automated message to it is cancelled.
	OutcomeOptedOut OutcomeKind = "opted_out"
	// OutcomeReview: the message may be an opt-out but the detector is not
	// sure ([dnc.PossibleOptOut]): the AI is silenced on the conversation
	// (paused, reason possible_opt_out, queued automated messages
	// cancelled, no confirmation text) and a person is asked to confirm the
	// opt-out or release the conversation. The address is not suppressed.
	OutcomeReview OutcomeKind = "review"
	// OutcomeOptedIn: START or similar lifted a suppression. The
	// conversation stays paused until an explicit Resume.
	OutcomeOptedIn OutcomeKind = "opted_in"
	// OutcomeHelp: HELP or INFO; the help reply was queued (unless
	// Config.NoHelpReply or the address is suppressed). The state is
	// unchanged.
	OutcomeHelp OutcomeKind = "help"
	// OutcomeRecorded: the conversation is not ai_active (a rep drives,
	// it is paused or waiting for a rep), so the message was only recorded.
	OutcomeRecorded OutcomeKind = "recorded"
	// OutcomeDuplicate: a message with the same ProviderID was already
	// processed; nothing was written.
	OutcomeDuplicate OutcomeKind = "duplicate"
)

// Outcome reports what [Engine.Receive] did.
type Outcome struct {
	Kind       OutcomeKind
	State      store.State    // the conversation's state afterwards
	MessageID  string         // the recorded inbound message
	Reason     trigger.Reason // why a handoff fired
	Detail     string         // e.g. "two fields: motivation + condition"
	Rule       string         // the DNC or trigger rule that matched
	Reply      string         // the bridge text or AI reply queued, if any
	AssignedTo string         // the rep assigned on handoff, if any
	Score      int
	Fields     []qualify.Value // values this message set
}

// snapshot is what one attempt of Receive reads before deciding.
type snapshot struct {
	conv       store.Conversation
	history    []store.Message
	suppressed bool
	duplicate  bool
	cached     bool // from the engine's snapshot cache, not read from the store
}

func (e *Engine) readSnapshot(ctx context.Context, tenantID, convID, providerID string) (snapshot, error) {
	var s snapshot
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		c, err := tx.ConversationGet(ctx, tenantID, convID)
		if err != nil {
			return err
		}
		s.conv = c
		if providerID != "" {
			if _, err := tx.MessageGetByProviderID(ctx, tenantID, providerID); err == nil {
				s.duplicate = true
				return nil
			} else if !errors.Is(err, store.ErrNotFound) {
				return err
			}
		}
		if s.history, err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenantID, ConversationID: convID, Last: e.cfg.HistoryTurns}); err != nil {
			return err
		}
		if addr := address(c); addr != "" {
			if s.suppressed, err = suppressed(ctx, tx, tenantID, addr); err != nil {
				return err
			}
		}
		return nil
	})
	return s, err
}

// Receive processes one inbound lead message end to end:
//
//  1. validate (bad input is an [*InputError] and writes nothing);
//  2. read a snapshot without holding a write transaction;
//  3. opt-out detection before anything else: an opt-out suppresses the
//     address for the tenant, pauses every conversation with it, cancels
//     every queued message to it and queues at most one confirmation;
//     when the conversation is not ai_active the message is only recorded;
//  4. outside any transaction: extract fields, score, evaluate the trigger
//     policy, and draft the bridge text (with a template fallback) or the
//     next AI reply, build the brief and route;
//  5. one transaction with compare-and-swap on the version read in step 2
//     records the message and every consequence, all or nothing. If the
//     conversation moved meanwhile (a rep took over, a STOP landed), the
//     work is discarded and redone from step 2 on a fresh snapshot.
//
// A host acknowledges the provider's webhook after Receive returns; a crash
// before the commit loses nothing because the provider retries and the
// ProviderID makes the retry safe.
func (e *Engine) Receive(ctx context.Context, in Inbound) (Outcome, error) {
	if err := e.validateInbound(in); err != nil {
		return Outcome{}, err
	}
	msgID := e.newID()
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		out, err := e.receiveOnce(ctx, in, msgID, attempt)
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		if err != nil {
			return Outcome{}, fmt.Errorf("handoff: receive on conversation %s: %w", in.ConversationID, err)
		}
		return out, nil
	}
	return Outcome{}, fmt.Errorf("handoff: receive on conversation %s: %w", in.ConversationID, ErrBusy)
}

func (e *Engine) validateInbound(in Inbound) error {
	if err := checkID("TenantID", in.TenantID); err != nil {
		return err
	}
	if err := checkID("ConversationID", in.ConversationID); err != nil {
		return err
	}
	if err := checkBody("Body", in.Body, e.cfg.MaxBodyBytes); err != nil {
		return err
	}
	return checkText("ProviderID", in.ProviderID, 256, true)
}

func (e *Engine) receiveOnce(ctx context.Context, in Inbound, msgID string, attempt int) (Outcome, error) {
	// The first attempt may start from the snapshot this engine committed
	// last (see snapcache.go); a retry always reads the store.
	s, ok := snapshot{}, false
	if attempt == 0 {
		s, ok = e.cache.get(in.TenantID, in.ConversationID)
	}
	if !ok {
		var err error
		if s, err = e.readSnapshot(ctx, in.TenantID, in.ConversationID, in.ProviderID); err != nil {
			return Outcome{}, err
		}
	}
	if s.duplicate {
		return Outcome{Kind: OutcomeDuplicate, State: s.conv.State}, nil
	}
	now := e.now()
	msg := store.Message{ID: msgID, TenantID: in.TenantID, ConversationID: in.ConversationID,
		Direction: store.Inbound, Origin: store.OriginLead, Body: in.Body, ProviderID: in.ProviderID, CreatedAt: now}

	// 3. DNC before anything else.
	det := e.cfg.Detector.Detect(dnc.Input{Text: in.Body})
	if det.Kind != dnc.None {
		// Consent changes are rare and must see the store as it is.
		e.cache.drop(in.TenantID, in.ConversationID)
		if s.cached {
			var err error
			if s, err = e.readSnapshot(ctx, in.TenantID, in.ConversationID, in.ProviderID); err != nil {
				return Outcome{}, err
			}
			if s.duplicate {
				return Outcome{Kind: OutcomeDuplicate, State: s.conv.State}, nil
			}
		}
	}
	switch det.Kind {
	case dnc.OptOut:
		return e.commitOptOut(ctx, s, msg, det.Rule)
	case dnc.OptIn:
		return e.commitOptIn(ctx, s, msg, det.Rule)
	case dnc.Help:
		return e.commitHelp(ctx, s, msg, det.Rule)
	}
	if s.conv.State != store.StateAIActive || s.suppressed {
		return e.commitRecordOnly(ctx, s.conv, msg)
	}

	// 4. Judgement, outside any transaction.
	plan := e.analyse(ctx, s, msg)

	// 5. One transaction, compare-and-swap on the snapshot's version.
	return e.commitPlan(ctx, s, msg, plan)
}

// commitRecordOnly records a lead message for the person who drives (or
// for the record, while paused). It changes nothing about the conversation,
// so it is a plain append that does not compete in the compare-and-swap:
// a burst of lead messages while a rep drives never exhausts retries. A
// Resume that commits meanwhile does not answer it, by design: the backlog
// policy of Resume decides that.
func (e *Engine) commitRecordOnly(ctx context.Context, c store.Conversation, msg store.Message) (Outcome, error) {
	e.cache.drop(c.TenantID, c.ID)
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.MessageAppend(ctx, &msg)
	})
	if errors.Is(err, store.ErrDuplicate) {
		return Outcome{Kind: OutcomeDuplicate, State: c.State}, nil
	}
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Kind: OutcomeRecorded, State: c.State, MessageID: msg.ID, Score: c.Score}, nil
}

// commitHelp records a HELP message and queues the help reply. It does not
// change who drives the conversation.
func (e *Engine) commitHelp(ctx context.Context, s snapshot, msg store.Message, rule string) (Outcome, error) {
	c := s.conv
	addr := address(c)
	reply := !e.cfg.NoHelpReply && !s.suppressed && addr != ""
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.MessageAppend(ctx, &msg); err != nil {
			return err
		}
		c.UpdatedAt = msg.CreatedAt
		if err := tx.ConversationUpdate(ctx, &c); err != nil {
			return err
		}
		if !reply {
			return nil
		}
		_, err := e.appendOutbound(ctx, tx, c, store.OriginSystem, "", e.cfg.HelpReply, store.OutboxHelpReply,
			"help:"+c.TenantID+":"+msg.ID, msg.CreatedAt)
		return err
	})
	if errors.Is(err, store.ErrDuplicate) {
		return Outcome{Kind: OutcomeDuplicate, State: s.conv.State}, nil
	}
	if err != nil {
		return Outcome{}, err
	}
	out := Outcome{Kind: OutcomeHelp, State: c.State, MessageID: msg.ID, Rule: rule, Score: c.Score}
	if reply {
		out.Reply = e.cfg.HelpReply
		e.wake()
	}
	return out, nil
}

func (e *Engine) commitOptOut(ctx context.Context, s snapshot, msg store.Message, rule string) (Outcome, error) {
	c := s.conv
	addr := address(c)
	var now time.Time
	var enqueued bool
	unlock := lockThread(c.TenantID, c.ID) // see threadlock.go; outside the transaction
	defer unlock()
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		// Audit times are read inside the transaction, so the trail's order
		// is the commit order even when two commits race.
		now = e.now()
		if err := tx.MessageAppend(ctx, &msg); err != nil {
			return err
		}
		already, err := e.applyOptOut(ctx, tx, &c, rule, msg.ID, now)
		if err != nil {
			return err
		}
		if already || e.cfg.NoOptOutConfirmation || addr == "" {
			return nil
		}
		enqueued = true
		_, err = e.appendOutbound(ctx, tx, c, store.OriginSystem, "", e.cfg.OptOutConfirmation, store.OutboxOptOutConfirm,
			"optout:"+c.TenantID+":"+addr+":"+msg.ID, now)
		return err
	})
	if errors.Is(err, store.ErrDuplicate) {
		return Outcome{Kind: OutcomeDuplicate, State: s.conv.State}, nil
	}
	if err != nil {
		return Outcome{}, err
	}
	if enqueued {
		e.wake()
	}
	e.cfg.Logger.InfoContext(ctx, "handoff: opt-out", "tenant", c.TenantID, "conversation", c.ID, "rule", rule)
	return Outcome{Kind: OutcomeOptedOut, State: c.State, MessageID: msg.ID, Rule: rule, Score: c.Score}, nil
}

// applyOptOut does what every opt-out does, inside tx, whatever reported
// it (a STOP from the lead, a carrier's "recipient opted out"): suppress the
// lead's address for the tenant, pause c and every other conversation with
// the same number, and cancel everything queued to the address. It reports
// whether the address was already suppressed (so no second confirmation).
func (e *Engine) applyOptOut(ctx context.Context, tx store.Tx, c *store.Conversation, rule, sourceMsgID string, now time.Time) (already bool, err error) {
	addr := address(*c)
	if addr != "" {
		if already, err = suppressed(ctx, tx, c.TenantID, addr); err != nil {
			return false, err
		}
		if !already {
			if err := tx.SuppressionPut(ctx, &store.Suppression{TenantID: c.TenantID, Address: addr, Channel: c.Channel,
				Reason: rule, SourceMessageID: sourceMsgID, CreatedAt: now}); err != nil {
				return false, err
			}
		}
	}
	if err := e.pauseForOptOut(ctx, tx, c, rule, now); err != nil {
		return false, err
	}
	if addr == "" {
		return already, nil
	}
	if c.Lead.Phone != "" {
		others, err := e.conversationsByPhone(ctx, tx, c.TenantID, c.Lead.Phone)
		if err != nil {
			return false, err
		}
		for i := range others {
			if others[i].ID == c.ID || (others[i].State == store.StatePaused && others[i].Status == store.StatusOptedOut) {
				continue
			}
			if err := e.pauseForOptOut(ctx, tx, &others[i], rule, now); err != nil {
				return false, err
			}
		}
	}
	_, err = tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, To: addr, Now: now})
	return already, err
}

// pauseForOptOut moves c to paused with status opted_out (CAS on c's
// version), cancels its queued automated items and audits the change.
func (e *Engine) pauseForOptOut(ctx context.Context, tx store.Tx, c *store.Conversation, rule string, now time.Time) error {
	from := c.State
	to, err := e.machine.Next(from, ActionOptOut)
	if err != nil {
		return err
	}
	c.State, c.Status, c.UpdatedAt = to, store.StatusOptedOut, now
	if err := tx.ConversationUpdate(ctx, c); err != nil {
		return err
	}
	if _, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID,
		Kinds: automatedKinds, Now: now}); err != nil {
		return err
	}
	return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: store.EventOptOut, From: from, To: to, Reason: rule, Actor: "lead", CreatedAt: now})
}

var automatedKinds = []store.OutboxKind{store.OutboxBridgeSMS, store.OutboxAIReply, store.OutboxReminder}

func (e *Engine) conversationsByPhone(ctx context.Context, tx store.Tx, tenantID, phone string) ([]store.Conversation, error) {
	var all []store.Conversation
	var after *store.ConversationCursor
	for {
		page, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: tenantID, Phone: phone, Limit: 100, After: after})
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if len(page) < 100 {
			return all, nil
		}
		last := page[len(page)-1]
		after = &store.ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
}

func (e *Engine) commitOptIn(ctx context.Context, s snapshot, msg store.Message, rule string) (Outcome, error) {
	c := s.conv
	addr := address(c)
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := tx.MessageAppend(ctx, &msg); err != nil {
			return err
		}
		if addr != "" {
			if err := tx.SuppressionDelete(ctx, c.TenantID, addr); err != nil {
				return err
			}
		}
		if c.Status == store.StatusOptedOut {
			c.Status = store.StatusNew
		}
		c.UpdatedAt = msg.CreatedAt
		if err := tx.ConversationUpdate(ctx, &c); err != nil {
			return err
		}
		return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
			Kind: store.EventOptIn, From: c.State, To: c.State, Reason: rule, Actor: "lead", CreatedAt: e.now()})
	})
	if errors.Is(err, store.ErrDuplicate) {
		return Outcome{Kind: OutcomeDuplicate, State: c.State}, nil
	}
	if err != nil {
		return Outcome{}, err
	}
	return Outcome{Kind: OutcomeOptedIn, State: c.State, MessageID: msg.ID, Rule: rule, Score: c.Score}, nil
}

// plan is the result of the judgement step: everything the commit writes.
type plan struct {
	values   []qualify.Value
	score    int
	decision trigger.Decision
	text     string // bridge text or AI reply, "" for none
	fallback string // why the template replaced the drafter, "" if it did not
	assign   route.Assignment
	brief    *Brief
}

func (e *Engine) analyse(ctx context.Context, s snapshot, msg store.Message) plan {
	c := s.conv
	known := knownValues(c)
	turns := make([]qualify.Turn, 0, len(s.history))
	var leadTexts []string
	for _, m := range s.history {
		turns = append(turns, qualify.Turn{FromLead: m.Origin == store.OriginLead, Text: m.Body})
		if m.Origin == store.OriginLead {
			leadTexts = append(leadTexts, m.Body)
		}
	}
	var p plan
	vals, err := e.cfg.Extractor.Extract(ctx, qualify.ExtractInput{Schema: e.cfg.Schema, Text: msg.Body, MessageID: msg.ID, Known: known, History: turns})
	if err != nil {
		e.cfg.Logger.WarnContext(ctx, "handoff: extractor failed; continuing without fields", "conversation", c.ID, "err", err)
	}
	for _, v := range vals {
		if !inSchema(e.cfg.Schema, v.Field) || v.Value == "" {
			continue
		}
		if old, ok := known[v.Field]; ok && old.Confidence > v.Confidence && old.Confidence >= e.cfg.Schema.MinConfidence {
			continue // keep the more confident value
		}
		v.MessageID = msg.ID
		known[v.Field] = v
		p.values = append(p.values, v)
	}
	p.score = c.Score
	if sc, err := e.cfg.Scorer.Score(ctx, qualify.ScoreInput{Schema: e.cfg.Schema, Text: msg.Body, Known: known, History: turns, Prior: c.Score}); err != nil {
		e.cfg.Logger.WarnContext(ctx, "handoff: scorer failed; keeping the prior score", "conversation", c.ID, "err", err)
	} else {
		p.score = min(max(sc, 0), 100)
	}
	confident := e.cfg.Schema.Confident(known)
	names := make([]string, len(confident))
	for i, f := range confident {
		names[i] = string(f)
	}
	in := trigger.Input{Text: msg.Body, History: leadTexts, Confident: names, Required: e.cfg.Schema.Required,
		Fields: len(e.cfg.Schema.Fields), Score: p.score, Turn: len(leadTexts) + 1}
	d, err := e.cfg.Policy.Evaluate(ctx, in)
	if err != nil {
		e.cfg.Logger.WarnContext(ctx, "handoff: policy failed; no handoff this turn", "conversation", c.ID, "err", err)
		d = trigger.Decision{}
	}
	p.decision = d

	req := bridge.Request{ConversationID: c.ID, LeadName: c.Lead.Name, Voice: e.cfg.Voice,
		Fields: map[string]string{}, Transcript: make([]bridge.Turn, 0, len(s.history)+1)}
	for f, v := range known {
		req.Fields[string(f)] = v.Value
	}
	for _, f := range e.cfg.Schema.Fields {
		if _, ok := known[f]; !ok {
			req.Missing = append(req.Missing, string(f))
		}
	}
	for _, m := range s.history {
		req.Transcript = append(req.Transcript, bridge.Turn{Origin: string(m.Origin), Text: m.Body})
	}
	req.Transcript = append(req.Transcript, bridge.Turn{Origin: string(store.OriginLead), Text: msg.Body})

	if d.Handoff {
		if e.cfg.Router != nil {
			a, err := e.cfg.Router.Route(ctx, route.Request{TenantID: c.TenantID, ConversationID: c.ID, Reason: string(d.Reason)})
			if err != nil {
				e.cfg.Logger.WarnContext(ctx, "handoff: router failed; handoff unassigned", "conversation", c.ID, "err", err)
			} else {
				p.assign = a
			}
		}
		req.Purpose, req.Reason, req.Detail, req.RepName = bridge.PurposeBridge, string(d.Reason), d.Detail, p.assign.RepName
		p.text, p.fallback = e.draft(ctx, req)
		hc := c
		hc.Fields = toStoreFields(known, msg.CreatedAt)
		hc.Score, hc.HandoffReason, hc.HandoffDetail, hc.HandoffAt, hc.AssignedTo = p.score, string(d.Reason), d.Detail, msg.CreatedAt, p.assign.RepID
		b := buildBrief(e.cfg.Schema, e.cfg.Competitors, hc, append(append([]store.Message(nil), s.history...), msg), p.assign.RepName)
		p.brief = &b
	} else if !e.cfg.NoReplies {
		req.Purpose = bridge.PurposeReply
		p.text, p.fallback = e.draft(ctx, req)
	}
	return p
}

// draft asks the configured drafter, bounded by DraftTimeout, and falls
// back to the template when it fails, panics or returns invalid text.
func (e *Engine) draft(ctx context.Context, req bridge.Request) (text, fallback string) {
	if e.cfg.Drafter != nil {
		text, err := e.callDrafter(ctx, req)
		if err == nil {
			err = bridge.Validate(text, req.Purpose)
		}
		if err == nil {
			return text, ""
		}
		fallback = err.Error()
		e.cfg.Logger.WarnContext(ctx, "handoff: drafter failed; using the template", "conversation", req.ConversationID, "purpose", req.Purpose, "err", err)
	}
	text, err := e.template.Draft(ctx, req)
	if err != nil || strings.TrimSpace(text) == "" {
		// The template never fails; this is the last line of defence.
		text = "Thanks! Someone from our team will follow up shortly. What's the best time to reach you?"
	}
	return text, fallback
}

func (e *Engine) callDrafter(ctx context.Context, req bridge.Request) (text string, err error) {
	ctx, cancel := context.WithTimeout(ctx, e.cfg.DraftTimeout)
	defer cancel()
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("drafter panicked: %v", r)}
			}
		}()
		t, err := e.cfg.Drafter.Draft(ctx, req)
		done <- result{t, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return "", fmt.Errorf("drafter error: %w", r.err)
		}
		return r.text, nil
	case <-ctx.Done():
		return "", fmt.Errorf("drafter timed out after %s: %w", e.cfg.DraftTimeout, ctx.Err())
	}
}

func (e *Engine) commitPlan(ctx context.Context, s snapshot, msg store.Message, p plan) (Outcome, error) {
	return e.commitPlanOpt(ctx, s, msg, p, true)
}

// commitPlanExisting commits a plan for a lead message already recorded
// (the backlog answer of Resume).
func (e *Engine) commitPlanExisting(ctx context.Context, s snapshot, msg store.Message, p plan) (Outcome, error) {
	return e.commitPlanOpt(ctx, s, msg, p, false)
}

func (e *Engine) commitPlanOpt(ctx context.Context, s snapshot, msg store.Message, p plan, appendMsg bool) (Outcome, error) {
	var now time.Time
	c := s.conv
	out := Outcome{Kind: OutcomeNone, MessageID: msg.ID, Score: p.score, Fields: p.values}
	from := c.State
	var written []store.Message // outbound messages this commit adds, for the cache
	err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		now = e.now() // inside the transaction: the audit order is the commit order
		written = written[:0]
		if s.cached {
			// A suppression written straight into the store does not move
			// the version: re-check it, and redo the work from a fresh
			// snapshot if it exists.
			if sup, err := suppressed(ctx, tx, c.TenantID, address(c)); err != nil {
				return err
			} else if sup {
				return fmt.Errorf("address suppressed since the cached snapshot: %w", store.ErrConflict)
			}
		}
		if appendMsg {
			if err := tx.MessageAppend(ctx, &msg); err != nil {
				return err
			}
		}
		if c.Fields == nil {
			c.Fields = map[store.FieldName]store.Field{}
		} else {
			c.Fields = cloneFields(c.Fields)
		}
		for _, v := range p.values {
			c.Fields[store.FieldName(v.Field)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: msg.ID, UpdatedAt: now}
		}
		c.Score, c.UpdatedAt = p.score, now
		addr := address(c)
		switch {
		case p.decision.Handoff:
			to, err := e.machine.Next(c.State, ActionHandoff)
			if err != nil {
				return err
			}
			c.State, c.Status = to, store.StatusHot
			c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.AssignedTo = string(p.decision.Reason), p.decision.Detail, now, p.assign.RepID
			if err := tx.ConversationUpdate(ctx, &c); err != nil {
				return err
			}
			if addr != "" {
				m, err := e.appendOutbound(ctx, tx, c, store.OriginAI, "", p.text, store.OutboxBridgeSMS, "bridge:"+c.TenantID+":"+msg.ID, now)
				if err != nil {
					return err
				}
				written = append(written, m)
			} else if err := e.appendMessage(ctx, tx, c, store.OriginAI, "", p.text, now); err != nil {
				return err
			}
			payload, err := json.Marshal(p.brief)
			if err != nil {
				return err
			}
			if err := tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
				Kind: store.OutboxRepNotification, To: p.assign.RepID, Payload: payload,
				IdempotencyKey: "notify:" + c.TenantID + ":" + msg.ID, NotBefore: now, Status: store.OutboxPending,
				CreatedAt: now, UpdatedAt: now}); err != nil {
				return err
			}
			if err := tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
				Kind: store.EventHandoff, From: from, To: c.State, Reason: string(p.decision.Reason), Detail: p.decision.Detail,
				Actor: "ai", CreatedAt: now}); err != nil {
				return err
			}
			if p.fallback != "" {
				if err := e.fallbackEvent(ctx, tx, c, p.fallback, now); err != nil {
					return err
				}
			}
			if e.cfg.OnHandoff != nil {
				if err := e.cfg.OnHandoff(ctx, tx, c); err != nil {
					return fmt.Errorf("OnHandoff hook: %w", err)
				}
			}
			out.Kind, out.Reason, out.Detail, out.Rule, out.Reply, out.AssignedTo = OutcomeHandoff, p.decision.Reason, p.decision.Detail, p.decision.Rule, p.text, p.assign.RepID
		case p.text != "" && addr != "":
			if err := tx.ConversationUpdate(ctx, &c); err != nil {
				return err
			}
			m, err := e.appendOutbound(ctx, tx, c, store.OriginAI, "", p.text, store.OutboxAIReply, "reply:"+c.TenantID+":"+msg.ID, now)
			if err != nil {
				return err
			}
			written = append(written, m)
			if p.fallback != "" {
				if err := e.fallbackEvent(ctx, tx, c, p.fallback, now); err != nil {
					return err
				}
			}
			out.Kind, out.Reply = OutcomeReplied, p.text
		default:
			if err := tx.ConversationUpdate(ctx, &c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		e.cache.drop(c.TenantID, c.ID)
	}
	if errors.Is(err, store.ErrDuplicate) && msg.ProviderID != "" {
		return Outcome{Kind: OutcomeDuplicate, State: from}, nil
	}
	if err != nil {
		return Outcome{}, err
	}
	e.cache.put(snapshot{conv: c, history: appendHistory(s.history, append([]store.Message{msg}, written...)...)}, e.cfg.HistoryTurns)
	out.State = c.State
	if out.Kind == OutcomeHandoff || out.Kind == OutcomeReplied {
		e.wake()
	}
	if out.Kind == OutcomeHandoff {
		e.cfg.Logger.InfoContext(ctx, "handoff: fired", "tenant", c.TenantID, "conversation", c.ID, "reason", out.Reason, "assigned_to", out.AssignedTo)
	}
	return out, nil
}

func (e *Engine) fallbackEvent(ctx context.Context, tx store.Tx, c store.Conversation, why string, now time.Time) error {
	return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: store.EventDrafterFallback, From: c.State, To: c.State, Reason: "template fallback", Detail: why,
		Actor: "system", CreatedAt: now})
}

func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only called on plain structs of strings
	}
	return b
}

// smsPayload is the Payload of outbox items that text the lead.
type smsPayload struct {
	Body string `json:"body"`
}

// appendMessage records an outbound transcript message without sending it.
func (e *Engine) appendMessage(ctx context.Context, tx store.Tx, c store.Conversation, origin store.Origin, author, body string, now time.Time) error {
	return tx.MessageAppend(ctx, &store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: origin, Author: author, Body: body, CreatedAt: now})
}

// appendOutbound records an outbound transcript message and enqueues its
// delivery to the lead in the same transaction.
func (e *Engine) appendOutbound(ctx context.Context, tx store.Tx, c store.Conversation, origin store.Origin, author, body string, kind store.OutboxKind, key string, now time.Time) (store.Message, error) {
	m := store.Message{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Direction: store.Outbound, Origin: origin, Author: author, Body: body, CreatedAt: now}
	if err := tx.MessageAppend(ctx, &m); err != nil {
		return m, err
	}
	return m, e.enqueueDelivery(ctx, tx, c, m, kind, key, now)
}

// enqueueDelivery queues the delivery of a recorded outbound message m to
// the lead of c, in tx.
func (e *Engine) enqueueDelivery(ctx context.Context, tx store.Tx, c store.Conversation, m store.Message, kind store.OutboxKind, key string, now time.Time) error {
	return tx.OutboxEnqueue(ctx, &store.OutboxItem{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: kind, To: address(c), MessageID: m.ID, Payload: mustJSON(smsPayload{Body: m.Body}), IdempotencyKey: key,
		NotBefore: now, Status: store.OutboxPending, CreatedAt: now, UpdatedAt: now})
}

// suppressed reports whether the tenant suppressed addr; "" never is.
func suppressed(ctx context.Context, tx store.Tx, tenantID, addr string) (bool, error) {
	if addr == "" {
		return false, nil
	}
	_, err := tx.SuppressionGet(ctx, tenantID, addr)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// refuseIfOptedOut returns ErrOptedOut when the lead of c opted out.
func refuseIfOptedOut(ctx context.Context, tx store.Tx, c store.Conversation) error {
	sup, err := suppressed(ctx, tx, c.TenantID, address(c))
	if err == nil && sup {
		err = ErrOptedOut
	}
	return err
}

// address is the suppression key of a conversation's lead: the E.164 phone
// for SMS, else the email, else "" (nothing to suppress).
func address(c store.Conversation) string {
	if c.Lead.Phone != "" {
		return c.Lead.Phone
	}
	return strings.ToLower(c.Lead.Email)
}

func knownValues(c store.Conversation) map[qualify.Field]qualify.Value {
	known := make(map[qualify.Field]qualify.Value, len(c.Fields))
	for name, f := range c.Fields {
		known[qualify.Field(name)] = qualify.Value{Field: qualify.Field(name), Value: f.Value, Confidence: f.Confidence, MessageID: f.MessageID}
	}
	return known
}

func toStoreFields(known map[qualify.Field]qualify.Value, now time.Time) map[store.FieldName]store.Field {
	out := make(map[store.FieldName]store.Field, len(known))
	for f, v := range known {
		out[store.FieldName(f)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: v.MessageID, UpdatedAt: now}
	}
	return out
}

func cloneFields(in map[store.FieldName]store.Field) map[store.FieldName]store.Field {
	out := make(map[store.FieldName]store.Field, len(in))
	for k, v := range in {
		out[k] = v
	}
	return out
}

func inSchema(s qualify.Schema, f qualify.Field) bool {
	for _, x := range s.Fields {
		if x == f {
			return true
		}
	}
	return false
}

// Validation helpers: every public call validates before it reads or writes.

func checkID(field, v string) error {
	switch {
	case v == "":
		return &InputError{Field: field, Problem: "is empty"}
	case len(v) > 256:
		return &InputError{Field: field, Problem: "is longer than 256 bytes"}
	case !utf8.ValidString(v):
		return &InputError{Field: field, Problem: "is not valid UTF-8"}
	case strings.ContainsAny(v, "\x00\n\r"):
		return &InputError{Field: field, Problem: "contains a control character"}
	}
	return nil
}

func checkText(field, v string, maxBytes int, optional bool) error {
	switch {
	case v == "" && optional:
		return nil
	case v == "":
		return &InputError{Field: field, Problem: "is empty"}
	case len(v) > maxBytes:
		return &InputError{Field: field, Problem: fmt.Sprintf("is longer than %d bytes", maxBytes)}
	case !utf8.ValidString(v):
		return &InputError{Field: field, Problem: "is not valid UTF-8"}
	case strings.ContainsRune(v, 0):
		return &InputError{Field: field, Problem: "contains a NUL byte"}
	}
	return nil
}

func checkBody(field, v string, maxBytes int) error {
	if strings.TrimSpace(v) == "" {
		return &InputError{Field: field, Problem: "is empty"}
	}
	return checkText(field, v, maxBytes, false)
}
