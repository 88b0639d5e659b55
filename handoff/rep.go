package handoff

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// update runs fn on the current conversation inside one transaction and
// writes it back by compare-and-swap, retrying on a conflict. fn mutates c
// and may write other records through tx.
func (e *Engine) update(ctx context.Context, tenantID, convID string, fn func(ctx context.Context, tx store.Tx, c *store.Conversation) error) (store.Conversation, error) {
	// The thread lock keeps a Dispatcher from passing its last re-check and
	// calling the Sender while this change commits (see threadlock.go). It
	// is taken outside the transaction, never inside.
	unlock := lockThread(tenantID, convID)
	defer unlock()
	e.cache.drop(tenantID, convID) // not needed for safety (the version moves), only to free it
	var c store.Conversation
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		err := e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			if c, err = tx.ConversationGet(ctx, tenantID, convID); err != nil {
				return err
			}
			if err := fn(ctx, tx, &c); err != nil {
				return err
			}
			return tx.ConversationUpdate(ctx, &c)
		})
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		return c, err
	}
	return c, ErrBusy
}

// takeOver moves c to the human-driven state for action (ActionRepMessage
// or ActionTakeOver), cancels every queued AI reply and bridge text of the
// conversation and audits both, inside tx. It returns how many queued items
// it cancelled. Every path by which a person starts writing uses it: rep
// messages through the engine, takeovers, and outbound messages the
// provider reports that the engine did not send.
func (e *Engine) takeOver(ctx context.Context, tx store.Tx, c *store.Conversation, action Action, kind store.EventKind, actor, reason string, now time.Time) (int, error) {
	from := c.State
	to, err := e.machine.Next(from, action)
	if err != nil {
		return 0, err
	}
	c.State, c.UpdatedAt = to, now
	if actor != "" && to == store.StateHuman {
		c.AssignedTo = actor
	}
	n, err := tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID,
		Kinds: []store.OutboxKind{store.OutboxAIReply, store.OutboxBridgeSMS}, Now: now})
	if err != nil {
		return 0, err
	}
	if err := tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
		Kind: kind, From: from, To: to, Reason: reason, Actor: store.Actor(actor), CreatedAt: now}); err != nil {
		return 0, err
	}
	if n > 0 {
		err = tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
			Kind: store.EventOutboxCancelled, From: to, To: to, Reason: string(action),
			Detail: fmt.Sprintf("%d queued AI message(s) cancelled", n), Actor: store.Actor(actor), CreatedAt: now})
	}
	return n, err
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
	// records it. Sending to an opted-out lead is refused with ErrOptedOut.
	Send bool
}

// RepResult reports what a rep-side call did.
type RepResult struct {
	Conversation store.Conversation // afterwards
	MessageID    string             // the recorded message, if any
	Cancelled    int                // queued AI messages cancelled
	Duplicate    bool               // the ProviderID was already recorded; nothing written
}

// RepMessage records a rep's outbound message and, in the same
// transaction, moves the conversation to human and cancels every queued AI
// reply and bridge text: from this commit on, the AI cannot speak on the
// thread until an explicit [Engine.Resume]. On a paused conversation the
// message is recorded and the state stays paused.
func (e *Engine) RepMessage(ctx context.Context, p RepMessageParams) (RepResult, error) {
	for _, f := range [][2]string{{"TenantID", p.TenantID}, {"ConversationID", p.ConversationID}, {"RepID", p.RepID}} {
		if err := checkID(f[0], f[1]); err != nil {
			return RepResult{}, err
		}
	}
	if err := checkBody("Body", p.Body, e.cfg.MaxBodyBytes); err != nil {
		return RepResult{}, err
	}
	if err := checkText("ProviderID", p.ProviderID, 256, true); err != nil {
		return RepResult{}, err
	}
	var res RepResult
	msgID := e.newID()
	c, err := e.update(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c *store.Conversation) error {
		now := e.now()
		addr := address(*c)
		if p.Send {
			if addr == "" {
				return &InputError{Field: "Send", Problem: "is set but the lead has no address"}
			}
			if err := refuseIfOptedOut(ctx, tx, *c); err != nil {
				return err
			}
		}
		m := store.Message{ID: msgID, TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
			Origin: store.OriginRep, Author: p.RepID, Body: p.Body, ProviderID: p.ProviderID, CreatedAt: now}
		if err := tx.MessageAppend(ctx, &m); err != nil {
			return err
		}
		n, err := e.takeOver(ctx, tx, c, ActionRepMessage, store.EventRepMessage, p.RepID, "rep message", now)
		if err != nil {
			return err
		}
		res.Cancelled = n
		if p.Send {
			return e.enqueueDelivery(ctx, tx, *c, m, store.OutboxRepSMS, "rep:"+c.TenantID+":"+m.ID, now)
		}
		return nil
	})
	if errors.Is(err, store.ErrDuplicate) && p.ProviderID != "" {
		return RepResult{Duplicate: true}, nil
	}
	if err != nil {
		return RepResult{}, fmt.Errorf("handoff: rep message on conversation %s: %w", p.ConversationID, err)
	}
	if p.Send {
		e.wake()
	}
	res.Conversation, res.MessageID = c, msgID
	return res, nil
}

// TakeOverParams names the rep claiming a conversation.
type TakeOverParams struct {
	TenantID       string
	ConversationID string
	RepID          string
}

// TakeOver gives the thread to a rep without a message: state human,
// AssignedTo the rep, queued AI messages cancelled, audited. Refused with a
// [*TransitionError] on a paused conversation (resume it first).
func (e *Engine) TakeOver(ctx context.Context, p TakeOverParams) (RepResult, error) {
	for _, f := range [][2]string{{"TenantID", p.TenantID}, {"ConversationID", p.ConversationID}, {"RepID", p.RepID}} {
		if err := checkID(f[0], f[1]); err != nil {
			return RepResult{}, err
		}
	}
	var res RepResult
	c, err := e.update(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c *store.Conversation) error {
		n, err := e.takeOver(ctx, tx, c, ActionTakeOver, store.EventTakeover, p.RepID, "take over", e.now())
		res.Cancelled = n
		return err
	})
	if err != nil {
		return RepResult{}, fmt.Errorf("handoff: take over conversation %s: %w", p.ConversationID, err)
	}
	res.Conversation = c
	return res, nil
}

// PauseParams stops automated messages on a conversation.
type PauseParams struct {
	TenantID       string
	ConversationID string
	Actor          string // who paused: a rep ID or "system"
	Reason         string
}

// Pause moves the conversation to paused and cancels its queued automated
// messages. Nothing automated speaks until an explicit [Engine.Resume].
func (e *Engine) Pause(ctx context.Context, p PauseParams) (RepResult, error) {
	if err := checkID("TenantID", p.TenantID); err != nil {
		return RepResult{}, err
	}
	if err := checkID("ConversationID", p.ConversationID); err != nil {
		return RepResult{}, err
	}
	if err := checkText("Reason", p.Reason, 512, true); err != nil {
		return RepResult{}, err
	}
	if err := checkText("Actor", p.Actor, 256, true); err != nil {
		return RepResult{}, err
	}
	var res RepResult
	c, err := e.update(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c *store.Conversation) error {
		now := e.now()
		from := c.State
		to, err := e.machine.Next(from, ActionPause)
		if err != nil {
			return err
		}
		c.State, c.UpdatedAt = to, now
		if res.Cancelled, err = tx.OutboxCancel(ctx, store.OutboxCancelParams{TenantID: c.TenantID, ConversationID: c.ID, Kinds: automatedKinds, Now: now}); err != nil {
			return err
		}
		return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
			Kind: store.EventPause, From: from, To: to, Reason: p.Reason, Actor: store.Actor(actorOr(p.Actor, "system")), CreatedAt: now})
	})
	if err != nil {
		return RepResult{}, fmt.Errorf("handoff: pause conversation %s: %w", p.ConversationID, err)
	}
	res.Conversation = c
	return res, nil
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
	Actor          string // who resumed: a rep ID
	Backlog        Backlog
}

// Resume is the only way back to ai_active. It is refused with
// [ErrOptedOut] while the lead's address is suppressed, and with a
// [*TransitionError] when the conversation is already ai_active. It
// records a resume event, the marker after which the AI may speak.
func (e *Engine) Resume(ctx context.Context, p ResumeParams) (Outcome, error) {
	if err := checkID("TenantID", p.TenantID); err != nil {
		return Outcome{}, err
	}
	if err := checkID("ConversationID", p.ConversationID); err != nil {
		return Outcome{}, err
	}
	if err := checkText("Actor", p.Actor, 256, true); err != nil {
		return Outcome{}, err
	}
	if p.Backlog != BacklogSkip && p.Backlog != BacklogAnswerLatest {
		return Outcome{}, &InputError{Field: "Backlog", Problem: "is not a known policy"}
	}
	c, err := e.update(ctx, p.TenantID, p.ConversationID, func(ctx context.Context, tx store.Tx, c *store.Conversation) error {
		now := e.now()
		if err := refuseIfOptedOut(ctx, tx, *c); err != nil {
			return err
		}
		from := c.State
		to, err := e.machine.Next(from, ActionResume)
		if err != nil {
			return err
		}
		c.State, c.UpdatedAt = to, now
		if c.Status == store.StatusOptedOut {
			c.Status = store.StatusNew
		}
		return tx.EventAppend(ctx, &store.Event{ID: e.newID(), TenantID: c.TenantID, ConversationID: c.ID,
			Kind: store.EventResume, From: from, To: to, Reason: "explicit resume", Actor: store.Actor(actorOr(p.Actor, "system")), CreatedAt: now})
	})
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: resume conversation %s: %w", p.ConversationID, err)
	}
	out := Outcome{Kind: OutcomeNone, State: c.State, Score: c.Score}
	if p.Backlog == BacklogAnswerLatest {
		return e.answerLatest(ctx, p.TenantID, p.ConversationID)
	}
	return out, nil
}

// answerLatest runs the judgement step once on the thread's last message
// when it is the lead's, without recording it again.
func (e *Engine) answerLatest(ctx context.Context, tenantID, convID string) (Outcome, error) {
	for attempt := 0; attempt < e.cfg.MaxAttempts; attempt++ {
		s, err := e.readSnapshot(ctx, tenantID, convID, "")
		if err != nil {
			return Outcome{}, err
		}
		if len(s.history) == 0 || s.history[len(s.history)-1].Origin != store.OriginLead ||
			s.conv.State != store.StateAIActive || s.suppressed {
			return Outcome{Kind: OutcomeNone, State: s.conv.State, Score: s.conv.Score}, nil
		}
		last := s.history[len(s.history)-1]
		s.history = s.history[:len(s.history)-1]
		p := e.analyse(ctx, s, last)
		out, err := e.commitPlanExisting(ctx, s, last, p)
		if errors.Is(err, store.ErrConflict) {
			continue
		}
		return out, err
	}
	return Outcome{}, ErrBusy
}

// AIMessage is an AI-written outbound message that the host's own AI
// produced (or the opening outreach of a campaign).
type AIMessage struct {
	TenantID       string
	ConversationID string
	Body           string
	ProviderID     string // set when the host already sent it
	// Send queues delivery through the Dispatcher (re-checked at send time:
	// never to a suppressed address, never once a person drives).
	Send bool
}

// RecordAIMessage records an AI message on an ai_active conversation, and
// queues it when m.Send is set. On any other state it is refused with a
// [*TransitionError] (the AI may not speak), and to a suppressed address
// with [ErrOptedOut].
func (e *Engine) RecordAIMessage(ctx context.Context, m AIMessage) (string, error) {
	if err := checkID("TenantID", m.TenantID); err != nil {
		return "", err
	}
	if err := checkID("ConversationID", m.ConversationID); err != nil {
		return "", err
	}
	if err := checkBody("Body", m.Body, e.cfg.MaxBodyBytes); err != nil {
		return "", err
	}
	if err := checkText("ProviderID", m.ProviderID, 256, true); err != nil {
		return "", err
	}
	msgID := e.newID()
	_, err := e.update(ctx, m.TenantID, m.ConversationID, func(ctx context.Context, tx store.Tx, c *store.Conversation) error {
		now := e.now()
		if c.State != store.StateAIActive {
			return &TransitionError{From: c.State, Action: "ai_message"}
		}
		addr := address(*c)
		if err := refuseIfOptedOut(ctx, tx, *c); err != nil {
			return err
		}
		msg := store.Message{ID: msgID, TenantID: c.TenantID, ConversationID: c.ID, Direction: store.Outbound,
			Origin: store.OriginAI, Body: m.Body, ProviderID: m.ProviderID, CreatedAt: now}
		if err := tx.MessageAppend(ctx, &msg); err != nil {
			return err
		}
		c.UpdatedAt = now
		if !m.Send {
			return nil
		}
		if addr == "" {
			return &InputError{Field: "Send", Problem: "is set but the lead has no address"}
		}
		return e.enqueueDelivery(ctx, tx, *c, msg, store.OutboxAIReply, "ai:"+c.TenantID+":"+msg.ID, now)
	})
	if err != nil {
		return "", fmt.Errorf("handoff: record AI message on conversation %s: %w", m.ConversationID, err)
	}
	if m.Send {
		e.wake()
	}
	return msgID, nil
}

func actorOr(a, def string) string {
	if a == "" {
		return def
	}
	return a
}
