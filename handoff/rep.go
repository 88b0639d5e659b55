package handoff

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// Expectation is what a person saw of a conversation when they chose an
// action: its state and the rep holding it, as a page showed them, and
// the possible opt-out they saw waiting for a decision. A call that
// carries one ([RepMessageParams], [TakeOverParams], [ResumeParams],
// [PauseParams], [ReviewParams]) is refused with a [*StaleError], and
// writes nothing, when the conversation no longer matches it: another rep
// took the thread, its state moved, or the review they saw is over or was
// replaced (a lead's message that changes none of these does not count).
// It is checked in the transaction that commits the call, so of two reps
// acting on what they both saw, one wins and the other is told who holds
// the thread now. Nil checks nothing: the call acts on the conversation
// as it is, as a host's own automation may.
type Expectation struct {
	State      store.State // required: the state the person saw
	AssignedTo string      // the rep they saw holding it; "" for nobody
	// ReviewOf is the possible opt-out the person saw waiting for a
	// decision ([OutcomeReview]): the ID of the lead's message in review,
	// the conversation's HandoffMessageID while it waits. Set, the call is
	// refused when that review is over (someone confirmed or released it)
	// or another took its place (the lead wrote a newer possible opt-out),
	// so a decision made on one message never settles another. "" checks
	// no review.
	ReviewOf string
}

func (x *Expectation) check() error {
	if x == nil {
		return nil
	}
	if !slices.Contains(allStates, x.State) {
		return &InputError{Field: "Expect.State", Problem: "is not a state"}
	}
	if err := checkOptionalID("Expect.ReviewOf", x.ReviewOf); err != nil {
		return err
	}
	return checkOptionalID("Expect.AssignedTo", x.AssignedTo)
}

// stale refuses action a on c when c is not what x says the caller saw.
func (x *Expectation) stale(c store.Conversation, a Action) error {
	if x == nil || x.State == c.State && x.AssignedTo == c.AssignedTo && (x.ReviewOf == "" || reviewOf(c) == x.ReviewOf) {
		return nil
	}
	return &StaleError{Action: a, Expected: *x, State: c.State, AssignedTo: c.AssignedTo, ReviewOf: reviewOf(c)}
}

// reviewOf is the ID of the lead's message c's review waits on, "" when
// c is not in review.
func reviewOf(c store.Conversation) string {
	if !inReview(c) {
		return ""
	}
	return c.HandoffMessageID
}

// RepMessageParams is a message a rep wrote to the lead, from any tool.
type RepMessageParams struct {
	TenantID       string // required
	ConversationID string // required
	RepID          string // required
	Body           string // required; at most Config.MaxBodyBytes
	// ProviderID deduplicates a message reported twice.
	ProviderID string
	// Send queues the message for delivery through the Dispatcher. Leave
	// it false when the rep's tool already sent it and the engine only
	// records it. Sending to an opted-out lead is refused with ErrOptedOut,
	// to a lead whose possible opt-out waits for a person's decision with
	// a [*ReviewPendingError], and a Body over [MaxSMSLength] characters
	// to an SMS lead with an [*InputError].
	Send bool
	// Expect, when set, is what the rep saw: a conversation that no
	// longer matches it is a [*StaleError], and nothing is recorded.
	Expect *Expectation
}

// RepMessage records a rep's outbound message and, in the same
// transaction, moves the conversation to human and cancels every queued
// text of the AI's side of the conversation
// ([store.OutboxKind.StopsOnTakeover]: AI replies, bridge texts, booking
// offers and confirmations): from this commit on, the AI cannot speak on
// the thread until an explicit [Engine.Resume], and a lead's answer about
// the meeting goes to the rep (a meeting the lead calls off is still
// called off, quietly). The reminder of a booked meeting, the meeting the
// rep will attend, and a message the host scheduled still go;
// [Engine.Pause] stops them too. On a paused conversation the message is
// recorded and the state stays paused.
//
// A conversation paused for a possible opt-out ([OutcomeReview]) waits
// for [Engine.ReviewOptOut] before anyone writes to the lead: a message
// to send (p.Send) is refused with a [*ReviewPendingError] and nothing is
// written. A message the rep's tool already sent (Send false) is
// recorded, as [Engine.OutboundObserved] records one from the rep's
// phone, and the review still waits. A rep's message queued before the
// review began and not yet being sent is cancelled by it, with an
// outbox_cancelled audit event (reason review) naming its outbox item:
// the rep sends it again, if it still applies, once the review is
// released. One already being sent is waited for, as the AI's are.
//
// When RepMessage returns without error, no AI text of the conversation
// reaches a Sender afterwards, in this process or another: texts a
// Dispatcher was already handing to its Sender when the change committed
// are waited for, bounded by ctx. If ctx ends first, the change stands and
// the texts still in flight are returned in [Result.InFlight] with an
// [*InFlightError].
func (e *Engine) RepMessage(ctx context.Context, p RepMessageParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := checkBody("Body", p.Body, e.cfg.MaxBodyBytes); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("ProviderID", p.ProviderID); err != nil {
		return Result{}, err
	}
	if err := p.Expect.check(); err != nil {
		return Result{}, err
	}
	msgID := e.newID()
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if p.Send && inReview(c) {
			return nil, &ReviewPendingError{Action: ActionRepMessage}
		}
		if err := p.Expect.stale(c, ActionRepMessage); err != nil {
			return nil, err
		}
		if p.Send && address(c) == "" {
			return nil, &InputError{Field: "Send", Problem: "is set but the lead has no address"}
		}
		if p.Send {
			if err := checkLeadText(c, "Body", p.Body); err != nil {
				return nil, err
			}
		}
		m := &store.Message{ID: msgID, TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
			Origin: store.OriginRep, Author: p.RepID, Body: p.Body, ProviderID: p.ProviderID}
		ch := e.takeOverChange(ActionRepMessage, p.RepID, "rep message")
		ch.messages, ch.refuseSuppressed = []*store.Message{m}, p.Send
		if p.Send {
			ch.sends = []send{{kind: store.OutboxRepSMS, msg: 0, key: "rep:" + c.TenantID + ":" + m.ID}}
		}
		return ch, nil
	})
	if e.retriedMessage(ctx, err, p.TenantID, p.ProviderID) {
		return Result{Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: rep message on conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// takeOverChange is the change of every path by which a person starts
// driving: rep messages through the engine, takeovers, and outbound
// messages the provider reports that the engine did not send. It moves the
// conversation to human (a paused one stays paused for a message), assigns
// the rep, marks the handoff engaged, and silences the AI.
func (e *Engine) takeOverChange(a Action, repID, reason string) *change {
	return &change{action: a, actor: actorOf(repID), reason: reason, touch: true, silence: silenceAI,
		edit: func(c *store.Conversation, now time.Time) {
			if repID != "" && c.State == store.StateHuman && c.AssignedTo != repID {
				c.AssignedTo, c.AssignedName = repID, "" // the engine does not know the new rep's name
			}
			if c.EngagedAt.IsZero() && !c.HandoffAt.IsZero() {
				c.EngagedAt = now
			}
		}}
}

// TakeOverParams names the rep claiming a conversation.
type TakeOverParams struct {
	TenantID       string
	ConversationID string
	RepID          string
	// Expect, when set, is what the rep saw: a conversation that no
	// longer matches it (another rep took it meanwhile) is a
	// [*StaleError], and nothing is written.
	Expect *Expectation
}

// TakeOver gives the thread to a rep without a message: state human (also
// from paused), AssignedTo the rep, the queued texts of the AI's side
// cancelled as by [Engine.RepMessage], audited. The promise of
// [Engine.RepMessage] holds. A conversation paused for a possible opt-out
// waits for [Engine.ReviewOptOut]: taking it over first is a
// [*ReviewPendingError]. A thread another rep holds is taken from them
// (a manager's take-over): with p.Expect naming that rep, only when the
// caller saw them holding it.
func (e *Engine) TakeOver(ctx context.Context, p TakeOverParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID, "RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := p.Expect.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(_ context.Context, _ store.Tx, c store.Conversation) (*change, error) {
		if inReview(c) {
			return nil, &ReviewPendingError{Action: ActionTakeOver}
		}
		if err := p.Expect.stale(c, ActionTakeOver); err != nil {
			return nil, err
		}
		return e.takeOverChange(ActionTakeOver, p.RepID, "take over"), nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: take over conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// PauseParams stops automated messages on a conversation.
type PauseParams struct {
	TenantID       string
	ConversationID string
	RepID          string // who paused; "" when the host did
	Reason         string
	// Expect, when set, is what the rep saw: a conversation that no
	// longer matches it is a [*StaleError], and nothing is written.
	Expect *Expectation
}

// Pause moves the conversation to paused and cancels its queued automated
// texts ([store.OutboxKind.Automated]: AI replies, bridge texts, booking
// offers and confirmations, reminders and scheduled messages). Nothing
// automated speaks until an explicit [Engine.Resume], which does not bring
// back what was cancelled. The promise of [Engine.RepMessage] holds for
// every automated text of the conversation: those in flight are waited
// for, or reported.
func (e *Engine) Pause(ctx context.Context, p PauseParams) (Result, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("RepID", p.RepID); err != nil {
		return Result{}, err
	}
	if err := checkText("Reason", p.Reason, 512, true); err != nil {
		return Result{}, err
	}
	if err := p.Expect.check(); err != nil {
		return Result{}, err
	}
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(_ context.Context, _ store.Tx, c store.Conversation) (*change, error) {
		if err := p.Expect.stale(c, ActionPause); err != nil {
			return nil, err
		}
		return &change{action: ActionPause, actor: actorOf(p.RepID), reason: p.Reason, touch: true, silence: silenceAutomated}, nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("handoff: pause conversation %s: %w", p.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}

// Backlog says what [Engine.Resume] does with lead messages that arrived
// while a human drove or the conversation was paused.
type Backlog int

const (
	// BacklogSkip answers nothing: the AI speaks again on the next lead
	// message.
	BacklogSkip Backlog = iota
	// BacklogAnswerLatest runs the AI once on the latest lead message, if it
	// is the last message of the thread. Earlier ones are never answered
	// one by one.
	BacklogAnswerLatest
)

// ResumeParams hands a conversation back to the AI.
type ResumeParams struct {
	TenantID       string
	ConversationID string
	RepID          string // who resumed; "" when the host did
	Backlog        Backlog
	// Expect, when set, is what the rep saw: a conversation that no
	// longer matches it (another rep took it meanwhile) is a
	// [*StaleError], and the AI does not get it back.
	Expect *Expectation
}

// Resume is the only way back to ai_active. It is refused with
// [ErrOptedOut] while the lead's address is suppressed, with a
// [*ReviewPendingError] while a possible opt-out waits for a person's
// decision (release it with [Engine.ReviewOptOut], which records the
// decision), and with a [*TransitionError] when the conversation is
// already ai_active.
//
// It records a resume event, the marker after which the AI may speak, and
// a baseline of what was known: the confident fields and the score (the
// lead's messages after the handoff keep both current). A trigger that
// fired before fires again only on new evidence (a field newly known, a
// score above both the baseline's and what the known fields score with a
// soft yes, a new ask or frustration), never on the same facts: "ok
// thanks" to the resumed AI does not hand the lead back. The status leaves hot: hot and review become
// active (opted_out stays until an opt-in lifts the suppression, which a
// Resume requires anyway).
func (e *Engine) Resume(ctx context.Context, p ResumeParams) (Outcome, error) {
	if err := checkIDs("TenantID", p.TenantID, "ConversationID", p.ConversationID); err != nil {
		return Outcome{}, err
	}
	if err := checkOptionalID("RepID", p.RepID); err != nil {
		return Outcome{}, err
	}
	if p.Backlog != BacklogSkip && p.Backlog != BacklogAnswerLatest {
		return Outcome{}, &InputError{Field: "Backlog", Problem: "is not a known policy"}
	}
	if err := p.Expect.check(); err != nil {
		return Outcome{}, err
	}
	ch, res, err := e.applyTx(ctx, p.TenantID, p.ConversationID, func(_ context.Context, _ store.Tx, c store.Conversation) (*change, error) {
		if inReview(c) {
			return nil, &ReviewPendingError{Action: ActionResume}
		}
		if err := p.Expect.stale(c, ActionResume); err != nil {
			return nil, err
		}
		return &change{action: ActionResume, actor: actorOf(p.RepID), reason: "explicit resume", touch: true, refuseSuppressed: true,
			edit: e.resumed}, nil
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: resume conversation %s: %w", p.ConversationID, err)
	}
	r, err := e.result(ctx, ch, res)
	if err != nil {
		return Outcome{Result: r, State: r.Conversation.State}, err
	}
	if p.Backlog == BacklogAnswerLatest {
		return e.answerLatest(ctx, p.TenantID, p.ConversationID)
	}
	return Outcome{Result: r, Kind: OutcomeNone, State: r.Conversation.State, Score: r.Conversation.Score}, nil
}

// resumed is the edit of a resume: the status mapping and the baseline.
func (e *Engine) resumed(c *store.Conversation, now time.Time) {
	if c.Status == store.StatusHot || c.Status == store.StatusOptedOut {
		c.Status = store.StatusActive
	}
	var fields []store.FieldName
	for _, f := range e.cfg.Schema.Confident(knownValues(*c)) {
		fields = append(fields, store.FieldName(f))
	}
	c.Baseline = store.Baseline{Fields: fields, Score: c.Score, At: now}
}

// answerLatest runs the judgement once on the thread's last message when
// it is the lead's, without recording it again.
func (e *Engine) answerLatest(ctx context.Context, tenantID, convID string) (Outcome, error) {
	ch, res, err := e.apply(ctx, tenantID, convID, "", false, func(ctx context.Context, s snapshot) (*change, error) {
		n := len(s.history)
		if n == 0 || s.history[n-1].Origin != store.OriginLead || s.conv.State != store.StateAIActive || s.suppressed {
			return &change{action: ActionMessage, noEvent: true, outcome: Outcome{Kind: OutcomeNone}}, nil
		}
		last := s.history[n-1]
		s.history = s.history[:n-1]
		return recordedAlready(e.judgedChange(s, &last, e.analyse(ctx, s, last))), nil
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: answer the backlog of conversation %s: %w", convID, err)
	}
	r, err := e.result(ctx, ch, res)
	out := ch.outcome
	out.Result, out.State = r, r.Conversation.State
	return out, err
}

// recordedAlready is ch, the judgedChange of a lead message the
// transcript holds already, without recording that message again.
func recordedAlready(ch *change) *change {
	ch.messages = ch.messages[1:]
	for i := range ch.sends {
		if ch.sends[i].msg > 0 {
			ch.sends[i].msg--
		}
	}
	ch.cacheAfter = false
	return ch
}

// AIMessage is an AI-written outbound message that the host's own AI
// produced (or the opening outreach of a campaign).
type AIMessage struct {
	TenantID       string
	ConversationID string
	Body           string
	ProviderID     string // set when the host already sent it
	// Send queues delivery through the Dispatcher (re-checked at send time:
	// never to a suppressed address, never once a person drives). A Body
	// over [MaxSMSLength] characters to an SMS lead is refused with an
	// [*InputError].
	Send bool
}

// RecordAIMessage records an AI message on an ai_active conversation, and
// queues it when m.Send is set. In any other state it is refused with a
// [*TransitionError] (the state table allows the AI to speak only while it
// drives), to a suppressed address with [ErrOptedOut], and, when m.Send is
// set, a Body an SMS cannot carry (over [MaxSMSLength] characters to an
// SMS lead) with an [*InputError]; a refused call writes nothing.
func (e *Engine) RecordAIMessage(ctx context.Context, m AIMessage) (Result, error) {
	if err := checkIDs("TenantID", m.TenantID, "ConversationID", m.ConversationID); err != nil {
		return Result{}, err
	}
	if err := checkBody("Body", m.Body, e.cfg.MaxBodyBytes); err != nil {
		return Result{}, err
	}
	if err := checkOptionalID("ProviderID", m.ProviderID); err != nil {
		return Result{}, err
	}
	msgID := e.newID()
	ch, res, err := e.applyTx(ctx, m.TenantID, m.ConversationID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if m.Send && address(c) == "" {
			return nil, &InputError{Field: "Send", Problem: "is set but the lead has no address"}
		}
		if m.Send {
			if err := checkLeadText(c, "Body", m.Body); err != nil {
				return nil, err
			}
		}
		msg := &store.Message{ID: msgID, TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
			Origin: store.OriginAI, Body: m.Body, ProviderID: m.ProviderID}
		ch := &change{action: ActionAIMessage, actor: store.ActorAI, touch: true, refuseSuppressed: true, noEvent: true,
			messages: []*store.Message{msg}}
		if m.Send {
			ch.sends = []send{{kind: store.OutboxAIReply, msg: 0, key: "ai:" + c.TenantID + ":" + msg.ID}}
		}
		return ch, nil
	})
	if e.retriedMessage(ctx, err, m.TenantID, m.ProviderID) {
		return Result{Duplicate: true}, nil
	}
	if err != nil {
		return Result{}, fmt.Errorf("handoff: record AI message on conversation %s: %w", m.ConversationID, err)
	}
	return e.result(ctx, ch, res)
}
