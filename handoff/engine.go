package handoff

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/redact"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// Engine runs conversation events end to end: inbound lead messages, rep
// messages, takeovers, pauses and resumes. It is safe for concurrent use;
// several Engines (in several processes) may share one store, because every
// change is one compare-and-swap transaction on the conversation's version
// and the one-voice rule is a rule of the store (see voice.go). Its
// Config applies to every tenant it serves; tenants with their own reps,
// schema or texts get an Engine each, and a [Dispatcher] serving them
// needs [DispatcherConfig.Tenants] to run each tenant's items with its own.
type Engine struct {
	st       store.Store
	cfg      Config
	machine  *Machine
	template *bridge.Template
	cache    *snapshotCache
	// floor is the rule extractor run under a configured model extractor:
	// the rules are a floor a model adds to. Nil when Config.Extractor is
	// the rule extractor itself.
	floor qualify.Extractor
	// scoreFloor is the rule scorer under a configured model scorer.
	scoreFloor qualify.Scorer
	// ruleScorer is the rule scorer that runs (Config.Scorer or
	// scoreFloor) and rulesAlone the same without the learned tier: a
	// score handoff is explained against them (see scoreTier).
	ruleScorer, rulesAlone qualify.Scorer
	// learned is the learned tier of the trigger signals (trigger.Model),
	// nil with Config.NoLearnedTier.
	learned trigger.Judge

	mu   sync.Mutex
	subs map[int]chan struct{}
	next int
}

// NewEngine returns an Engine over st. cfg may be nil: every zero field
// means its documented default, so NewEngine(st, nil) is the seeds'
// real-estate flow with the reference detectors. A nil st, or a field of
// cfg out of its documented range, is refused with an [*InputError] naming
// it (matching [ErrInvalidInput]).
func NewEngine(st store.Store, cfg *Config) (*Engine, error) {
	if st == nil {
		return nil, &InputError{Field: "st", Problem: "is nil (NewEngine needs a store)"}
	}
	c, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	e := &Engine{
		st:       st,
		cfg:      c,
		machine:  defaultMachine,
		template: bridge.NewTemplate(c.Voice),
		cache:    newSnapshotCache(c.SnapshotCache),
		subs:     map[int]chan struct{}{},
	}
	if _, rules := c.Extractor.(*qualify.RuleExtractor); !rules {
		e.floor = qualify.NewRuleExtractor(nil)
	}
	rs, rules := c.Scorer.(*qualify.RuleScorer)
	if !rules {
		rs = qualify.NewRuleScorer(nil)
		e.scoreFloor = rs
	}
	sc := rs.Config()
	sc.NoModel = true
	e.ruleScorer, e.rulesAlone = rs, qualify.NewRuleScorer(&sc)
	if !c.NoLearnedTier {
		e.learned = trigger.Model()
	}
	return e, nil
}

// Store returns the engine's store, for reads the engine does not wrap.
func (e *Engine) Store() store.Store { return e.st }

// Machine returns the state machine the engine enforces.
func (e *Engine) Machine() *Machine { return e.machine }

func (e *Engine) now() time.Time       { return e.cfg.Now().UTC() }
func (e *Engine) newID() string        { return e.cfg.NewID() }
func (e *Engine) logger() *slog.Logger { return e.cfg.Logger }

// stamp is the time a change to c is recorded at: the clock, or c's last
// write when the clock reads earlier (it stepped back), so that what a
// conversation records never goes before what it recorded already (see
// Config.Now).
func (e *Engine) stamp(c store.Conversation) time.Time { return stampAt(e.now(), c) }

// stampAt is stamp with the clock read already.
func stampAt(clock time.Time, c store.Conversation) time.Time {
	return maxTime(clock, c.UpdatedAt.UTC())
}

// warn logs a warning about a conversation, naming its tenant and its ID
// (conversation IDs are unique only within a tenant) before args.
func (e *Engine) warn(ctx context.Context, tenantID, conversationID, msg string, args ...any) {
	e.cfg.Logger.WarnContext(ctx, msg, append([]any{"tenant", tenantID, "conversation", conversationID}, args...)...)
}

// subscribe registers a wake-up channel (buffered) that is signalled
// without blocking after every commit of this engine that enqueued outbox
// items, and returns the func that removes it.
func (e *Engine) subscribe(ch chan struct{}) func() {
	e.mu.Lock()
	defer e.mu.Unlock()
	id := e.next
	e.next++
	e.subs[id] = ch
	return func() {
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

// StartParams opens a conversation. The lead's Name, Source and Company
// are one line of text each: at most 512 bytes, valid UTF-8, no control
// characters. The lead's Email is "" or one email address as net/mail
// reads it (local@domain, no display name, brackets or spaces): it is an
// opt-out address, so a placeholder such as "n/a" or "none", which would
// make strangers one lead, is refused with an [*InputError]; give "".
// It is stored and shown as given, and matched ignoring case
// ([store.EmailKey]): an opt-out of "dana@example.com" in one conversation
// reaches the lead's conversations with "Dana@Example.com", and the
// lead's opt-in lifts it from them all.
type StartParams struct {
	TenantID       string // required
	ConversationID string // "" generates one
	Lead           store.Lead
	Channel        store.Channel // "" means sms
	// TimeZone is the lead's IANA zone ("America/Los_Angeles"), "" when
	// unknown (the phone number's then applies). A name the zone database
	// does not hold is an [*InputError], and so is "Local", which
	// time.LoadLocation reads as the host's zone: the lead's quiet hours
	// would follow the server's clock.
	TimeZone string
	// Line is the business's own number or channel address the lead
	// writes to: for SMS a phone number (normalised to E.164) or, when it
	// is none in Config.DefaultRegion, a US or Canadian short code (5 or 6
	// digits, the first 2 to 9, such as "55123", kept as its digits;
	// surrounding spaces dropped), for chat
	// the chat channel's ID (e.g. "web-widget"; at most 256 bytes of
	// valid UTF-8 without control characters); "" when the host does not
	// say. With the lead's phone it lets [Engine.ReceiveAddressed] find an
	// SMS conversation. An SMS conversation started without a Line is the
	// lead's thread on the first line they write to: ReceiveAddressed
	// receives the lead's message on it when that line has no
	// conversation with the lead, and records the line on it, so a later
	// message to another line starts a conversation of its own. Give Line
	// when each of the tenant's numbers is a thread of its own.
	Line string
	Tags []string // host tags, e.g. "repeat_customer"; at most 64 distinct
	// Attributes are the host's own facts about the lead ("plan": "pro"),
	// at most 64. One is read by the engine: [AttributeRegion] ("region")
	// is the lead's territory, which the Router sees as
	// [route.Lead].Region.
	Attributes map[string]string
}

// AttributeRegion is the lead attribute ([StartParams].Attributes,
// [LeadUpdate].SetAttributes) the engine gives the Router as the lead's
// territory, [route.Lead].Region: a state or province code ("TX", "ON")
// or any key the host's territories use ("EMEA"), matched to a
// [route.Rep]'s Territories ignoring case. Without it a [route.Pool]
// reads the region from the lead's phone number ([route.RegionFromPhone]).
const AttributeRegion = "region"

// Start creates a conversation in state ai_active with status new, or
// paused with status opted_out when the lead's number or email already
// opted out of the tenant. A phone and an email given together are one
// lead's: when the lead opted one of them out, the other is suppressed
// too in the same commit, linked to it (an email-only chat started later
// with that email begins opted out, one the lead has with it already is
// paused, and the lead's opt-in of the first lifts it); see the package
// doc, "Linked addresses". The lead's phone and, for SMS, the line, when set, are
// normalised to E.164, a line that is a short code to its digits (an
// unparseable one is [ErrInvalidInput]; a lead's phone is never a short
// code); a chat line is checked as an identifier. An existing ID is [ErrDuplicate].
func (e *Engine) Start(ctx context.Context, p StartParams) (store.Conversation, error) {
	if p.ConversationID == "" {
		p.ConversationID = e.newID()
	}
	c, err := e.newConversation(p)
	if err != nil {
		return store.Conversation{}, err
	}
	ch := &change{actor: store.ActorHost, insert: true, eventKind: store.EventCreated, reason: "start", link: true} // the lock is taken below, before the read
	err = e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		// Under the address locks: a STOP from this number or email in
		// another conversation either committed (and is seen here) or waits.
		if err := lockAddresses(ctx, tx, c.TenantID, leadAddresses(c)...); err != nil {
			return err
		}
		if sup, err := leadSuppressed(ctx, tx, c); err != nil {
			return err
		} else if sup {
			c.State, c.Status = store.StatePaused, store.StatusOptedOut
		}
		res, err := e.commit(ctx, tx, c, ch)
		c = res.conv
		return err
	})
	if err != nil {
		return store.Conversation{}, fmt.Errorf("handoff: start conversation %s: %w", p.ConversationID, err)
	}
	if c.State == store.StateAIActive {
		e.cache.put(snapshot{conv: c}, e.cfg.HistoryTurns) // the first reply can skip the read
	}
	return c, nil
}

// newConversation validates p and builds the conversation Start inserts.
func (e *Engine) newConversation(p StartParams) (store.Conversation, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID); err != nil {
		return store.Conversation{}, err
	}
	for name, v := range map[string]string{"Lead.Name": p.Lead.Name, "Lead.Source": p.Lead.Source,
		"Lead.Company": p.Lead.Company, "TimeZone": p.TimeZone} {
		if err := checkLine(name, v, 512, true); err != nil {
			return store.Conversation{}, err
		}
	}
	if err := checkEmail("Lead.Email", p.Lead.Email); err != nil {
		return store.Conversation{}, err
	}
	if err := checkOptionalID("Lead.OwnerID", p.Lead.OwnerID); err != nil {
		return store.Conversation{}, err
	}
	var err error
	if p.Lead.Phone, err = e.optionalPhone("Lead.Phone", p.Lead.Phone); err != nil {
		return store.Conversation{}, err
	}
	if p.Channel == store.ChannelChat {
		err = checkOptionalID("Line", p.Line) // a chat channel's ID
	} else {
		p.Line, err = e.optionalLine("Line", p.Line)
	}
	if err != nil {
		return store.Conversation{}, err
	}
	if p.TimeZone != "" {
		if _, err := loadZone(p.TimeZone); err != nil {
			return store.Conversation{}, &InputError{Field: "TimeZone", Problem: "is not an IANA time zone (such as America/New_York; \"Local\", the host's zone, is not one)"}
		}
	}
	ch := p.Channel
	if ch == "" {
		ch = store.ChannelSMS
	}
	if ch != store.ChannelSMS && ch != store.ChannelChat {
		return store.Conversation{}, &InputError{Field: "Channel", Problem: "must be sms or chat"}
	}
	c := store.Conversation{ID: p.ConversationID, TenantID: p.TenantID, Lead: p.Lead, Channel: ch, TimeZone: p.TimeZone,
		Line: p.Line, State: store.StateAIActive, Status: store.StatusNew, Fields: map[store.FieldName]store.Field{}}
	if err := checkAttributes(p.Attributes); err != nil {
		return store.Conversation{}, err
	}
	c.Attributes = maps.Clone(p.Attributes)
	if err := checkTags("Tags", p.Tags); err != nil {
		return store.Conversation{}, err
	}
	for _, t := range p.Tags {
		c.Tags = addTag(c.Tags, store.Tag{Name: t, Source: "host"})
	}
	return c, nil
}

// optionalPhone normalises an optional phone number to E.164.
func (e *Engine) optionalPhone(field, v string) (string, error) {
	phone, legacy, err := e.lookupPhone(field, v)
	if legacy {
		return "", noAreaCode(field)
	}
	return phone, err
}

// lookupPhone normalises an optional phone number a caller looks
// conversations and suppressions up by: E.164, or, for a local number
// without its area code ("551-2345"), which has none, the key a store may
// hold such a number under from before NormalizePhone refused it
// ([dnc.PhoneError].LegacyKey: "+15512345"), with legacy true. A caller
// finds and opts out what is stored under a legacy key, and starts or
// suppresses nothing new with it (noAreaCode).
func (e *Engine) lookupPhone(field, v string) (phone string, legacy bool, err error) {
	if v == "" {
		return "", false, nil
	}
	if err := checkText(field, v, 64, false); err != nil {
		return "", false, err
	}
	phone, err = dnc.NormalizePhone(v, e.cfg.DefaultRegion)
	if pe := (*dnc.PhoneError)(nil); errors.As(err, &pe) && pe.LegacyKey != "" {
		return pe.LegacyKey, true, nil
	}
	if err != nil {
		return "", false, &InputError{Field: field, Problem: "is not a phone number"}
	}
	return phone, false, nil
}

// noAreaCode is the error of a local number without its area code where
// a lead's address is new.
func noAreaCode(field string) error {
	return &InputError{Field: field, Problem: "is not a phone number: a local number without its area code"}
}

// optionalLine normalises a business's SMS line: a phone number in E.164
// (read in Config.DefaultRegion), else a short code (isShortCode), kept
// as its digits. A lead's address is never a line: it goes through
// optionalPhone.
func (e *Engine) optionalLine(field, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	if err := checkText(field, v, 64, false); err != nil {
		return "", err
	}
	if phone, err := dnc.NormalizePhone(v, e.cfg.DefaultRegion); err == nil {
		return phone, nil
	}
	if s := strings.TrimSpace(v); isShortCode(s) {
		return s, nil
	}
	return "", &InputError{Field: field, Problem: "is not a phone number or a short code"}
}

// isShortCode reports whether s is a US or Canadian common short code:
// 5 or 6 ASCII digits, the first 2 to 9 (short codes starting with 0 or
// 1 are not issued).
func isShortCode(s string) bool {
	if len(s) < 5 || len(s) > 6 || s[0] < '2' || s[0] > '9' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// maxAttributes caps a lead's attributes.
const maxAttributes = 64

func checkAttributes(attrs map[string]string) error {
	if len(attrs) > maxAttributes {
		return &InputError{Field: "Attributes", Problem: fmt.Sprintf("has more than %d entries", maxAttributes)}
	}
	for k, v := range attrs {
		if err := checkID("Attributes key", k); err != nil {
			return err
		}
		if err := checkText("Attributes value", v, 1024, true); err != nil {
			return err
		}
	}
	return nil
}

// maxTags caps a lead's host tags, as checkAttributes caps its
// attributes; the engine's own signal tags (a handful) do not count.
const maxTags = 64

// checkTags validates tag names: identifiers, at most maxTags distinct
// (a name given twice is one tag).
func checkTags(field string, tags []string) error {
	seen := make(map[string]bool, min(len(tags), maxTags+1))
	for _, t := range tags {
		if err := checkID(field, t); err != nil {
			return err
		}
		if seen[t] = true; len(seen) > maxTags {
			return &InputError{Field: field, Problem: fmt.Sprintf("has more than %d tags", maxTags)}
		}
	}
	return nil
}

// hostTags counts the tags the host gave.
func hostTags(tags []store.Tag) int {
	n := 0
	for _, t := range tags {
		if t.Source == "host" {
			n++
		}
	}
	return n
}

// addTag adds t unless a tag of that name is there.
func addTag(tags []store.Tag, t store.Tag) []store.Tag {
	for _, x := range tags {
		if x.Name == t.Name {
			return tags
		}
	}
	return append(tags, t)
}

// Inbound is a message from the lead, as delivered by the host's SMS or
// chat webhook.
type Inbound struct {
	TenantID       string // required
	ConversationID string // required
	// Body is the message's text; required; at most Config.MaxBodyBytes.
	// It must be valid UTF-8: a body with one invalid byte is an
	// [*InputError] and nothing is recorded, not even a STOP. A stack that
	// may pass other bytes (Latin-1, a gateway's cut) should repair the
	// text first, e.g. strings.ToValidUTF8(body, "\uFFFD"), so that an
	// opt-out is not lost at its edge.
	Body string
	// ProviderID is the provider's message ID. When set, a webhook retry
	// with the same ID is recorded once and reported as a duplicate.
	ProviderID string
}

// OutcomeKind says what [Engine.Receive] did.
type OutcomeKind string

// Outcome kinds.
const (
	// OutcomeNone: the message was recorded; nothing fired and no reply
	// was queued (also the kind of a duplicate).
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
	// opt-out or release the conversation ([Engine.ReviewOptOut]). The
	// address is not suppressed.
	OutcomeReview OutcomeKind = "review"
	// OutcomeOptedIn: START or similar lifted a suppression (of the
	// lead's phone and email). Every conversation with either that the
	// lead's opt-out had paused, and that no other opt-out holds,
	// goes back where it was, this one and the others in the same commit:
	// the AI drives again, or the handoff waits for a rep again (status
	// hot, the team or its rep told), or the rep who had taken it over has
	// it back and gets a rep update; one paused for another reason (a
	// pause, a review) stays paused. When the lead is subscribed again, one
	// confirmation is queued (Reply), in the lead's language, in this
	// conversation only.
	OutcomeOptedIn OutcomeKind = "opted_in"
	// OutcomeHelp: HELP or INFO; the help reply was queued (unless
	// Config.NoHelpReply or the address is suppressed). The state is
	// unchanged.
	OutcomeHelp OutcomeKind = "help"
	// OutcomeRecorded: the conversation is not ai_active (a rep drives,
	// it is paused or waiting for a rep), so the message was only recorded.
	// A possible opt-out's release that gives the AI back its thread judges
	// what the lead wrote meanwhile ([Engine.ReviewOptOut]).
	// On a conversation a rep completed it also puts it back in the Hot
	// inbox for that rep ([ReasonLeadWroteAfterClose]).
	OutcomeRecorded OutcomeKind = "recorded"
)

// Outcome reports what [Engine.Receive] did.
type Outcome struct {
	Result
	Kind   OutcomeKind
	State  store.State    // the conversation's state afterwards
	Reason trigger.Reason // why a handoff fired
	// Detail says why, e.g. "two fields: motivation + condition". A score
	// handoff that only a tier above the rules carried over the threshold
	// names that tier after the rule's own words: "score 70 >= 70 (model:
	// commitment p=0.99 b:lets_get+0.76 ...; rules alone 10)" (the learned
	// tier, with its strongest features), "(llm:anthropic: ...; rules
	// alone 10)" (Config.Judge) or "(scorer: 95; rules alone 10)"
	// (Config.Scorer).
	Detail     string
	Rule       string // the DNC or trigger rule that matched, with its tier
	Reply      string // the bridge text, AI reply or consent text queued, if any
	AssignedTo string // the rep assigned on handoff, if any
	// Assignment is the router's choice on handoff: the rep, the rule that
	// chose them and the expected wait; zero when unassigned.
	Assignment route.Assignment
	Score      int
	Fields     []qualify.Value // values this message set
}

// Receive processes one inbound lead message end to end:
//
//  1. validate (bad input is an [*InputError] and writes nothing);
//  2. opt-out detection before anything else (a bare yes or no is read
//     against the business's last message, see [dnc.Input.Asked]): an
//     opt-out suppresses every address the lead gave in the conversation
//     (phone and email; a chat's own address when it has neither) for the
//     tenant, pauses every conversation with any of them, cancels every
//     queued message to them but an earlier opt-out's confirmation and
//     queues at most one confirmation, in the lead's language (none when
//     the conversation's own address was already suppressed: the first
//     one stands), and, where a rep held the thread or it waited for one
//     (a handoff, a possible opt-out in review, a handoff a rep paused),
//     tells the rep (or the team) by a rep update in the same commit; a
//     conversation any of whose addresses is suppressed
//     is opted out, whichever conversation the opt-out came from; a
//     possible opt-out silences the AI and waits for a person; an opt-in
//     (START) lifts the suppression of the same addresses, returns every
//     conversation with them the opt-out paused to where it was and
//     queues one confirmation; when the conversation is
//     not ai_active, Config.Judge (when set) reads the message for an
//     opt-out the rules missed, which applies as above (a review below
//     [JudgeOptOutConfidence]); otherwise the message is only recorded
//     (and, after a handoff, fills the brief and reaches the rep);
//  3. outside any transaction: extract fields, score, judge the signals,
//     evaluate the trigger policy, and draft the bridge text (with a
//     template fallback) or the next AI reply, build the brief and route;
//  4. one transaction with compare-and-swap on the version read before
//     step 2 records the message and every consequence, all or nothing. If
//     the conversation moved meanwhile (a rep took over, a STOP landed),
//     the work is discarded and redone on a fresh snapshot.
//
// A host acknowledges the provider's webhook after Receive returns; a crash
// before the commit loses nothing because the provider retries and the
// ProviderID makes the retry safe ([Result.Duplicate]). A body that is
// not valid UTF-8 is refused, and with it any opt-out it carries: repair
// the text before calling (see [Inbound.Body]).
func (e *Engine) Receive(ctx context.Context, in Inbound) (Outcome, error) {
	if err := e.validateInbound(in); err != nil {
		return Outcome{}, err
	}
	msgID := e.newID()
	det := e.cfg.Detector.Detect(dnc.Input{Text: in.Body})
	// Consent changes are rare and must see the store as it is: no cache.
	ch, res, err := e.apply(ctx, in.TenantID, in.ConversationID, in.ProviderID, det.Kind == dnc.None,
		func(ctx context.Context, s snapshot) (*change, error) {
			return e.planInbound(ctx, s, in, msgID, det)
		})
	if e.retriedMessage(ctx, err, in.TenantID, in.ProviderID) {
		return Outcome{Result: Result{Duplicate: true}, Kind: OutcomeNone}, nil
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: receive on conversation %s: %w", in.ConversationID, err)
	}
	r, err := e.result(ctx, ch, res)
	out := ch.outcome
	out.Result, out.State = r, r.Conversation.State
	// Only an ai_active conversation is cached: every plan from that state
	// commits by compare-and-swap, so a snapshot another process made stale
	// is caught. Plans from other states may be plain appends, which would
	// go on trusting a stale state (a resume elsewhere, say).
	if ch.cacheAfter && res.conv.State == store.StateAIActive {
		e.cache.put(snapshot{conv: res.conv, history: appendHistory(ch.history, derefs(ch.messages)...)}, e.cfg.HistoryTurns)
	}
	if out.Kind == OutcomeHandoff || out.Kind == OutcomeOptedOut || out.Kind == OutcomeReview {
		e.cfg.Logger.InfoContext(ctx, "handoff: "+string(out.Kind), "tenant", in.TenantID, "conversation", in.ConversationID,
			"reason", out.Reason, "rule", out.Rule, "assigned_to", out.AssignedTo)
	}
	return out, err
}

func (e *Engine) validateInbound(in Inbound) error {
	if err := checkIDs("TenantID", in.TenantID, "ConversationID", in.ConversationID); err != nil {
		return err
	}
	if err := checkBody("Body", in.Body, e.cfg.MaxBodyBytes); err != nil {
		return err
	}
	return checkOptionalID("ProviderID", in.ProviderID)
}

// readSnapshot reads what Receive plans from. A provider ID already
// recorded is store.ErrDuplicate.
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
				return fmt.Errorf("provider message %s: %w", providerID, store.ErrDuplicate)
			} else if !errors.Is(err, store.ErrNotFound) {
				return err
			}
		}
		if s.history, err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenantID, ConversationID: convID, Last: e.cfg.HistoryTurns}); err != nil {
			return err
		}
		if s.suppressed, err = leadSuppressed(ctx, tx, c); err != nil || !s.suppressed {
			return err
		}
		s.ownSuppressed, err = ownSuppressed(ctx, tx, c)
		return err
	})
	return s, err
}

// planInbound decides what one lead message changes: consent first, then
// record only, then the judgement.
func (e *Engine) planInbound(ctx context.Context, s snapshot, in Inbound, msgID string, det dnc.Result) (*change, error) {
	// Dated now, so that a brief built before the commit (the handoff's
	// notification, the booking's) dates it; the commit stamps it again
	// with its own time.
	msg := &store.Message{ID: msgID, TenantID: in.TenantID, ConversationID: in.ConversationID,
		Direction: store.Inbound, Origin: store.OriginLead, Body: in.Body, ProviderID: in.ProviderID, CreatedAt: e.now()}
	det = e.readAgainst(det, in.Body, s.history)
	lang := leadLang(s.conv.Lang, det.Lang, in.Body)
	// planned in the language this message leaves: a Spanish lead's
	// first message may hand off, and its bridge is Spanish
	planned := s
	planned.conv.Lang = lang
	ch, err := e.planMessage(ctx, planned, msg, det, lang)
	if err != nil || ch == nil || lang == s.conv.Lang {
		return ch, err
	}
	// the language the lead writes in, kept from their messages: the
	// consent texts answer in it
	edit := ch.edit
	ch.touch = true
	ch.edit = func(c *store.Conversation, now time.Time) {
		if edit != nil {
			edit(c, now)
		}
		c.Lang = lang
	}
	return ch, nil
}

// readAgainst is det, the detector's reading of body, read again against
// history, the messages before it: a bare yes or no revokes consent as the
// answer to a question about further contact ("Should I stop texting
// you?" "yes please"): the detector reads the message again against what
// the business last said. What it said can also show an opt-out misread:
// "¿Quién es? No conozco a ningún Marcus" after "This is Marcus with ..."
// asks who is writing, and is no wrong number.
func (e *Engine) readAgainst(det dnc.Result, body string, history []store.Message) dnc.Result {
	if !det.AskedMayChange() {
		return det
	}
	asked := lastAsked(history)
	if asked == "" {
		return det
	}
	d := e.cfg.Detector.Detect(dnc.Input{Text: body, Asked: asked})
	if det.Kind == dnc.None && (d.Kind == dnc.OptOut || d.Kind == dnc.PossibleOptOut) ||
		det.Kind == dnc.OptOut && (d.Kind == dnc.None || d.Kind == dnc.PossibleOptOut) {
		return d
	}
	return det
}

// planMessage is planInbound's change for msg, read as det, from a lead
// who writes in lang.
func (e *Engine) planMessage(ctx context.Context, s snapshot, msg *store.Message, det dnc.Result, lang string) (*change, error) {
	switch det.Kind {
	case dnc.OptOut:
		return e.optOutChange(s, msg, detRule(det), lang, true), nil
	case dnc.PossibleOptOut:
		if s.suppressed {
			// the lead is suppressed already: nothing is left for a
			// person to decide, and an opted-out lead is not Hot
			return recordOnly(msg), nil
		}
		return e.reviewChange(s, msg, detRule(det)), nil
	case dnc.OptIn:
		return e.optInChange(ctx, s, msg, detRule(det), lang)
	case dnc.Help:
		return e.helpChange(s, msg, detRule(det), lang), nil
	}
	switch {
	case s.suppressed:
		return reopenAfterClose(s, msg, recordOnly(msg)), nil
	case s.conv.State != store.StateAIActive:
		// opt-outs first here too: the judge's, as before the handoff
		if ch := e.heldOptOut(ctx, s, msg, lang); ch != nil {
			return ch, nil
		}
		if s.conv.State == store.StatePaused {
			return reopenAfterClose(s, msg, recordOnly(msg)), nil
		}
		return reopenAfterClose(s, msg, e.afterHandoff(ctx, s, msg)), nil
	}
	p := e.analyse(ctx, s, *msg)
	if p.optOut != "" {
		if p.review {
			return e.reviewChange(s, msg, p.optOut), nil
		}
		return e.optOutChange(s, msg, p.optOut, lang, true), nil
	}
	return e.judgedChange(s, msg, p), nil
}

// leadLang is the language a lead who wrote in known ("" when unknown)
// writes in after body, which the detector read as lang. A message with
// no language of its own leaves it. So does a message of a word or two
// that reads as English from a lead who writes another language: STOP,
// HELP, START and INFO are the carrier keywords in every language (the
// Spanish confirmation asks for START), and "ok" or "yes" say nothing of
// how the lead writes. Longer English changes it, and so does any
// message in another language ("ALTO", "ayuda").
func leadLang(known, lang, body string) string {
	switch {
	case lang == "" || lang == known:
		return known
	case lang == "en" && known != "" && len(strings.Fields(body)) < 3:
		return known
	}
	return lang
}

// lastAsked is the body of the business's last message (the AI's or a
// rep's) when the lead has not written since; "" otherwise. System
// messages (confirmations, reminders) are skipped. When that message asks
// nothing and answers a question the lead asked back, the business's
// question before it is still open: "Keep sending you rate alerts?",
// "how often are they", "Once or twice a month.", "no thank you".
func lastAsked(history []store.Message) string {
	i := len(history) - 1
	for i >= 0 && history[i].Origin == store.OriginSystem {
		i--
	}
	if i < 0 || history[i].Origin == store.OriginLead {
		return ""
	}
	last := history[i].Body
	if strings.Contains(last, "?") {
		return last
	}
	// the lead's message before the business's last turns
	for i >= 0 && history[i].Origin != store.OriginLead {
		i--
	}
	if i < 0 || !asksBack(history[i].Body) && !unsureReply(history[i].Body) {
		return last
	}
	// the business's question before the lead's
	for k := i - 1; k >= 0 && history[k].Origin != store.OriginLead; k-- {
		if history[k].Origin != store.OriginSystem && strings.Contains(history[k].Body, "?") {
			return history[k].Body
		}
	}
	return last
}

// sinceResume is the part of history written after the resume at (all
// of it when at is zero): the messages of the conversation the resumed
// AI drives.
func sinceResume(history []store.Message, at time.Time) []store.Message {
	if at.IsZero() {
		return history
	}
	i := len(history)
	for i > 0 && history[i-1].CreatedAt.After(at) {
		i--
	}
	return history[i:]
}

// asksBack reports a lead message that only asks a question back: a
// question mark, or a question word among its first words ("hmm how
// often are they"), and no answer first ("no, no hace falta. ¿el
// deducible es de mil?" answered the question before it).
func asksBack(body string) bool {
	words := strings.Fields(strings.ToLower(body))
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	switch strings.Trim(words[0], ",.!¡¿") {
	case "no", "nope", "nah", "not", "yes", "yeah", "yep", "si", "sí", "ok", "okay", "sure", "claro", "dale", "nel":
		return false
	}
	if strings.Contains(body, "?") {
		return true
	}
	for _, w := range words[:min(len(words), 3)] {
		switch strings.Trim(w, ",.!¿") {
		case "how", "what", "when", "why", "who", "which", "where", "como", "cómo", "que", "qué", "cuando", "cuándo", "cuanto", "cuánto", "cuantos", "cuántos", "quien", "quién", "donde", "dónde":
			return true
		}
	}
	return false
}

// unsureReply reports a short lead message that answers nothing yet:
// "not sure", "ni idea", "hmm idk". After "A ballpark is totally fine!"
// the business's question before it is still the one being answered
// ("around 400" to "How many seats would you need?").
func unsureReply(body string) bool {
	b := strings.ToLower(strings.Trim(strings.TrimSpace(body), ".!¡¿?"))
	if len(strings.Fields(b)) > 4 {
		return false
	}
	for _, p := range unsurePhrases {
		if strings.Contains(b, p) {
			return true
		}
	}
	return false
}

var unsurePhrases = []string{"not sure", "no idea", "idk", "dunno", "don't know", "dont know", "no clue", "ni idea", "no sé", "no se",
	"depends", "depende", "good question", "hard to say", "unsure"}

// detRule is the audit name of a detector's decision, with its tier.
func detRule(d dnc.Result) string {
	if d.Tier == "" || strings.HasPrefix(d.Rule, d.Tier+":") {
		return d.Rule
	}
	return d.Tier + ":" + d.Rule
}

// recordOnly records a lead message for the person who drives (or for the
// record, while paused). It changes nothing about the conversation, so it
// does not compete in the compare-and-swap: a burst of lead messages while
// a rep drives never exhausts retries. It does re-read the status it was
// planned on (checkPlanned): a Done that committed meanwhile is seen, and
// the message planned again reopens the conversation. A Resume that
// commits meanwhile does not answer it, by design: the backlog policy of
// Resume decides that.
func recordOnly(msg *store.Message) *change {
	return &change{action: ActionMessage, actor: store.ActorLead, noEvent: true, messages: []*store.Message{msg},
		outcome: Outcome{Kind: OutcomeRecorded}}
}

// judgedChange commits the judgement of an ai_active conversation: fields
// and score, then a handoff, an AI reply, or nothing.
func (e *Engine) judgedChange(s snapshot, msg *store.Message, p plan) *change {
	ch := &change{action: ActionMessage, actor: store.ActorAI, touch: true, noEvent: true, messages: []*store.Message{msg},
		recheckSuppression: s.cached, cacheAfter: true}
	ch.outcome = Outcome{Kind: OutcomeNone, Score: p.score, Fields: p.values}
	ch.edit = func(c *store.Conversation, now time.Time) {
		c.Fields = cloneFields(c.Fields)
		for _, v := range p.values {
			c.Fields[store.FieldName(v.Field)] = store.Field{Value: v.Value, Confidence: v.Confidence, MessageID: v.MessageID, UpdatedAt: now}
		}
		if p.callback != "" {
			c.Fields[store.FieldName(qualify.CallbackField)] = callbackField(p.callback, msg.ID, now)
		}
		c.Score = p.score
		for _, t := range p.tags {
			c.Tags = addTag(c.Tags, store.Tag{Name: t, Source: "signal", MessageID: msg.ID, At: now})
		}
	}
	for _, t := range p.tags {
		if !hasTag(s.conv.Tags, t) {
			ch.events = append(ch.events, store.Event{Kind: store.EventTagged, Reason: "signal", Detail: t})
		}
	}
	if p.callback != "" {
		ch.events = append(ch.events, store.Event{Kind: store.EventCallbackTime, Reason: "lead", Detail: p.callback})
	}
	out := &store.Message{ID: e.newID(), TenantID: msg.TenantID, ConversationID: msg.ConversationID,
		Direction: store.Outbound, Origin: store.OriginAI, Body: p.text}
	switch {
	case p.decision.Handoff:
		e.handoffEffects(ch, s.conv, msg.ID, out, p)
	case p.text != "" && address(s.conv) != "":
		ch.action = ActionAIMessage
		ch.messages = append(ch.messages, out)
		ch.sends = append(ch.sends, send{kind: store.OutboxAIReply, msg: 1, key: "reply:" + msg.TenantID + ":" + msg.ID})
		ch.outcome.Kind, ch.outcome.Reply = OutcomeReplied, p.text
		ch.noEvent = true
	}
	if p.fallback != "" {
		ch.events = append(ch.events, store.Event{Kind: store.EventDrafterFallback, Reason: "template fallback", Detail: p.fallback})
	}
	ch.history = s.history // the messages are added after the commit, with their times
	return ch
}

// handoffEffects turns ch into the atomic handoff: state handoff, status
// hot, reason and assignee, the bridge text and its delivery, the rep
// notification with the brief, the 5-minute rule's check, the audit event
// (its Detail naming p.trigger, the lead message that fired it, see
// withMessage) and the host's hook.
func (e *Engine) handoffEffects(ch *change, c store.Conversation, keyID string, bridgeMsg *store.Message, p plan) {
	d := p.decision
	ch.action, ch.noEvent, ch.hook = ActionHandoff, false, true
	ch.reason, ch.detail = string(d.Reason), withMessage(d.Detail, p.trigger)
	edit := ch.edit
	ch.edit = func(c *store.Conversation, now time.Time) {
		if edit != nil {
			edit(c, now)
		}
		c.Status = store.StatusHot
		c.HandoffReason, c.HandoffDetail, c.HandoffAt, c.HandoffMessageID = string(d.Reason), d.Detail, p.at, p.trigger
		c.AssignedTo, c.AssignedName, c.EngagedAt = p.assign.RepID, p.assign.RepName, time.Time{}
	}
	if bridgeMsg != nil {
		ch.messages = append(ch.messages, bridgeMsg)
		if address(c) != "" {
			sd := send{kind: store.OutboxBridgeSMS, msg: len(ch.messages) - 1, key: "bridge:" + c.TenantID + ":" + keyID}
			if p.notice {
				// The promise of the rep's wait lapses (see noticeHolds):
				// by then the notice gives way to the bridge.
				sd.until, sd.promise = e.now().Add(e.noticeHolds(p.assign.Wait)), promiseNotice
			} else if len(p.offer) > 0 {
				// The bridge offers slots: a change that withdraws the
				// offer before it goes cancels it (see cancelOffers).
				sd.promise = promiseOffer
			}
			ch.sends = append(ch.sends, sd)
		}
		ch.outcome.Reply = p.text
	}
	payload, err := json.Marshal(p.brief)
	if err != nil {
		payload = nil // a Brief of strings always marshals
	}
	ch.sends = append(ch.sends, send{kind: store.OutboxRepNotification, msg: -1, to: e.notifyTo(p.assign.RepID), payload: payload,
		key: "notify:" + c.TenantID + ":" + keyID})
	sla := slaPayload{Attempt: 1, RepID: p.assign.RepID, HandoffAt: p.at}
	if p.assign.RepID != "" {
		sla.Tried = []string{p.assign.RepID}
	}
	// Due by the clock, as the store claims it: p.at, the handoff's date,
	// may be ahead of the clock (see Engine.stamp).
	ch.sends = append(ch.sends, e.slaSend(c, sla, "sla:"+c.TenantID+":"+keyID+":1", e.now())...)
	if p.assign.RepID != "" {
		ch.events = append(ch.events, assignedEvent(p.assign))
	}
	if check := capacityCheck(c.TenantID, p.assign); check != nil {
		ch.inTx = append(ch.inTx, check)
	}
	if len(p.offer) > 0 {
		offerEffects(ch, p.offer, p.assign.RepName, e.phrases(c, p.offer), false)
	}
	ch.outcome.Kind, ch.outcome.Reason, ch.outcome.Detail, ch.outcome.Rule = OutcomeHandoff, d.Reason, d.Detail, d.Rule
	ch.outcome.AssignedTo, ch.outcome.Assignment = p.assign.RepID, p.assign
}

// assignedEvent audits a router's choice: the rule, the rep and what matched.
func assignedEvent(a route.Assignment) store.Event {
	detail := a.RepID
	if a.Match != "" {
		detail += " match=" + a.Match
	}
	return store.Event{Kind: store.EventAssigned, Reason: string(a.Rule), Detail: detail}
}

// notifyTo is where a handoff's notification goes: the assigned rep, else
// the team.
func (e *Engine) notifyTo(repID string) string {
	if repID == "" {
		return e.cfg.Team
	}
	return repID
}

func derefs(ms []*store.Message) []store.Message {
	out := make([]store.Message, len(ms))
	for i, m := range ms {
		out[i] = *m
	}
	return out
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
	// Until, when set, is when the text goes stale: the Dispatcher never
	// sends it then or later (a reminder, once its meeting started; a
	// notice, once its promise of the rep's wait lapsed).
	Until time.Time `json:"until,omitzero"`
	// Promise marks a text promising the lead a rep's wait: a transparent
	// notice, or an update of one. A notice stale by the time it may go is
	// replaced, not dropped (see Dispatcher.lapsedNotice). It marks too
	// the handoff's bridge that offers the lead slots, which a booking
	// withdraws before it goes (see cancelOffers).
	Promise promise `json:"promise,omitempty"`
}

// promise is what a text promises the lead (smsPayload.Promise).
type promise string

const (
	promiseNotice promise = "notice" // the transparent notice of a handoff
	promiseUpdate promise = "update" // an update of it: another rep, or the team
	promiseOffer  promise = "offer"  // the handoff's bridge offering slots (Conversation.Meeting.Offered)
)

// lapsedBridge is the bridge that goes in place of a transparent notice
// whose promise of the rep's wait lapsed before it could go (see
// Dispatcher.lapsedNotice): the template's bridge for c as it is now,
// naming the rep who holds the handoff (the voice's partner word when
// the team does), in the lead's language, promising no definite wait and
// asking for a good time (a callback time the lead gave overnight is not
// restated: its "tomorrow" would name the wrong day by morning).
// The template calls out to nothing and never fails, so it runs inside
// the dispatcher's transaction; the configured Drafter (a model) is not
// called there.
func (e *Engine) lapsedBridge(ctx context.Context, c store.Conversation) string {
	text, err := e.template.Draft(ctx, bridge.Request{ConversationID: c.ID, LeadName: c.Lead.Name, Voice: e.cfg.Voice,
		Channel: string(c.Channel), Purpose: bridge.PurposeBridge, Reason: c.HandoffReason, Detail: c.HandoffDetail, RepName: c.AssignedName,
		Lang: c.Lang})
	if err != nil || strings.TrimSpace(text) == "" {
		text = lastBridge
	}
	return text
}

// noticeHolds is how long a transparent notice's promise of the rep's wait
// holds from its commit: until the named rep's 5-minute check is due
// (Config.SLA), when an update of it goes stale too; with the 5-minute
// rule off, the promised wait, and at least five minutes.
func (e *Engine) noticeHolds(wait time.Duration) time.Duration {
	if e.cfg.SLA > 0 {
		return e.cfg.SLA
	}
	return max(wait, 5*time.Minute)
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

// address is the suppression key of a conversation's lead: the E.164
// phone, else the email (see leadEmail), else for a chat conversation its chat address,
// else "" (nothing to suppress, nowhere to send). A chat lead who gave a
// phone is keyed by the phone, so an opt-out in the chat reaches the
// lead's texts and a STOP by text reaches the chat.
func address(c store.Conversation) string {
	email := leadEmail(c)
	switch {
	case c.Lead.Phone != "":
		return c.Lead.Phone
	case email != "":
		return email
	case c.Channel == store.ChannelChat:
		return chatAddress(c.ID)
	}
	return ""
}

// leadEmail is the address of c's lead's email, its [store.EmailKey]
// (lower-cased, and trimmed: a store may hold " Dana@Example.com" from
// before Start refused white space), which is how the suppression list,
// the address locks and the store's ConversationListParams.Email match
// it, so one lead's email is one address however it was typed; "" when
// the lead gave none, or when what is stored is no address (a placeholder
// such as "n/a" stored before Start and UpdateLead refused one): it
// would join the conversations of strangers who share it.
func leadEmail(c store.Conversation) string {
	email := strings.TrimSpace(c.Lead.Email)
	if email == "" || !isEmail(email) {
		return ""
	}
	return store.EmailKey(email)
}

// destination is where the texts of a conversation go (the To of its
// outbox items to the lead): a chat conversation's chat address, whatever
// else the lead gave, so a chat is answered in the chat and never by text;
// else the lead's address.
func destination(c store.Conversation) string {
	if c.Channel == store.ChannelChat {
		return chatAddress(c.ID)
	}
	return address(c)
}

// chatAddress is the address of a chat conversation: "chat:" and its ID
// (unique in the tenant, and never a phone number or an email).
func chatAddress(conversationID string) string { return chatPrefix + conversationID }

// chatPrefix starts the address of every chat conversation.
const chatPrefix = "chat:"

// optOutAddresses lists the addresses a lead's opt-out in c suppresses:
// every address the lead gave in it, the E.164 phone and the email
// (lower-cased), and for a chat conversation where the lead gave neither,
// its chat address. None when the conversation has nowhere to send.
func optOutAddresses(c store.Conversation) []string {
	var out []string
	if c.Lead.Phone != "" {
		out = append(out, c.Lead.Phone)
	}
	if a := leadEmail(c); a != "" {
		out = append(out, a)
	}
	if len(out) == 0 && c.Channel == store.ChannelChat {
		out = append(out, chatAddress(c.ID))
	}
	return out
}

// leadAddresses lists, sorted and without repeats, every address whose
// suppression makes c opted out: the lead's phone and email, and its
// destination (a chat visitor who opted out before giving either). The
// address lock of a conversation is the locks of these, taken in this
// order (see lockAddresses).
func leadAddresses(c store.Conversation) []string {
	out := append(optOutAddresses(c), destination(c))
	slices.Sort(out)
	return slices.Compact(slices.DeleteFunc(out, func(a string) bool { return a == "" }))
}

// lockAddresses takes the address lock of each of addrs, in sorted order
// so that two transactions locking overlapping sets cannot deadlock.
func lockAddresses(ctx context.Context, tx store.Tx, tenantID string, addrs ...string) error {
	addrs = slices.Clone(addrs)
	slices.Sort(addrs)
	for i, a := range addrs {
		if i > 0 && a == addrs[i-1] {
			continue
		}
		if err := store.LockAddress(ctx, tx, tenantID, a); err != nil {
			return err
		}
	}
	return nil
}

// anySuppressed reports whether the tenant suppressed any of addrs.
func anySuppressed(ctx context.Context, tx store.Tx, tenantID string, addrs []string) (bool, error) {
	for _, a := range addrs {
		if sup, err := suppressed(ctx, tx, tenantID, a); err != nil || sup {
			return sup, err
		}
	}
	return false, nil
}

// leadSuppressed reports whether the lead of c opted out: any of its
// addresses (leadAddresses) is suppressed, whichever conversation's
// opt-out suppressed it.
func leadSuppressed(ctx context.Context, tx store.Tx, c store.Conversation) (bool, error) {
	return anySuppressed(ctx, tx, c.TenantID, leadAddresses(c))
}

// ownSuppressed reports whether c's own address, or its destination, is
// suppressed already by an opt-out of its own: an earlier opt-out of it
// queued the confirmation that stands, so a second one queues none. An
// address suppressed only because it was linked to another (see
// suppressLinked) was never confirmed: the lead's STOP there is.
func ownSuppressed(ctx context.Context, tx store.Tx, c store.Conversation) (bool, error) {
	for _, a := range []string{address(c), destination(c)} {
		s, found, err := suppressionOf(ctx, tx, c.TenantID, a)
		if err != nil || found && linkedFrom(s) == "" {
			return found, err
		}
	}
	return false, nil
}

// logged is err as the engine logs it: the texts given (the lead's
// message, a draft, an email) blanked and phone-like digit runs masked, as
// Config.Logger promises, for an extension (a model adapter, a host's
// judge or router) whose error repeats what it was handed. A caller passes
// every text it handed the extension (a history's or transcript's
// earlier messages, the known values), not only the message at hand: the
// texts are blanked where they occur word for word.
func logged(err error, texts ...string) string { return redact.Text(err.Error(), texts...) }

// maskedError is an extension's error as the engine returns it: its
// text as logged gives it (texts blanked, digits masked), its chain kept,
// so that a caller may still match the host's own error with errors.Is
// and errors.As.
type maskedError struct {
	msg string
	err error
}

func (e *maskedError) Error() string { return e.msg }
func (e *maskedError) Unwrap() error { return e.err }

// masked is err with the texts given blanked and phone-like digit runs
// masked in its text (see logged), for an error the engine returns to a
// caller that logs it.
func masked(err error, texts ...string) error {
	return &maskedError{msg: logged(err, texts...), err: err}
}

// turnTexts lists the texts of an extractor's or scorer's history (see
// logged).
func turnTexts(ts []qualify.Turn) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

// judgeTexts lists the texts of a judge's history (see logged).
func judgeTexts(ts []trigger.Turn) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

// knownTexts lists the values known of the lead, and the words they were
// read from, as an extractor or scorer is handed them (see logged).
func knownTexts(known map[qualify.Field]qualify.Value) []string {
	out := make([]string, 0, 2*len(known))
	for _, v := range known {
		out = append(out, v.Value, v.Evidence)
	}
	return out
}

// transcriptTexts lists the texts of a drafter's transcript.
func transcriptTexts(ts []bridge.Turn) []string {
	out := make([]string, 0, len(ts)+2)
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func cloneFields(in map[store.FieldName]store.Field) map[store.FieldName]store.Field {
	out := make(map[store.FieldName]store.Field, len(in))
	maps.Copy(out, in)
	return out
}
