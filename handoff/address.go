package handoff

import (
	"context"
	"errors"
	"fmt"

	"github.com/handoffkit/handoffkit/store"
)

// AddressedInbound is an inbound message as an SMS provider's webhook
// carries it: phone numbers, not a conversation ID.
type AddressedInbound struct {
	TenantID string // required
	// Line is the business's number the lead wrote to (the webhook's
	// To): a phone number, or a US or Canadian short code ("55123"), read
	// as [StartParams.Line] is.
	Line string
	// From is the lead's number (the webhook's From); required. It is a
	// phone number: a short code here is an [*InputError], and so is a
	// local number without its area code ("551-2345"), unless a
	// conversation is stored under it from before dnc.NormalizePhone
	// refused such numbers (dnc.PhoneError.LegacyKey): that one still
	// receives the message, so the lead's STOP is not lost.
	From       string
	Body       string // required; at most Config.MaxBodyBytes
	ProviderID string // the provider's message ID (Twilio's MessageSid)
}

// NewConversationFunc decides how a lead without a conversation on a line
// is started ([Config.NewConversation]). It returns the StartParams to use
// (the lead's phone and the line are set by the engine), or an error to
// refuse the message.
type NewConversationFunc func(ctx context.Context, in AddressedInbound) (StartParams, error)

// ReceiveAddressed is [Engine.Receive] for a provider's webhook: it finds
// the lead's conversation by (tenant, line, the lead's phone) — the newest
// one, an indexed lookup — or, when there is none, starts one by
// Config.NewConversation (nil: an SMS conversation with the lead's phone
// and the line and nothing else), then receives the message on it. Two
// webhooks of a new lead arriving at once start one conversation: the
// lookup and the start run in one transaction under the address locks.
// [Result.Conversation] names the conversation either way.
func (e *Engine) ReceiveAddressed(ctx context.Context, in AddressedInbound) (Outcome, error) {
	if err := checkID("TenantID", in.TenantID); err != nil {
		return Outcome{}, err
	}
	if in.From == "" {
		return Outcome{}, &InputError{Field: "From", Problem: "is empty"}
	}
	from, legacy, err := e.lookupPhone("From", in.From)
	if err != nil {
		return Outcome{}, err
	}
	line, err := e.optionalLine("Line", in.Line)
	if err != nil {
		return Outcome{}, err
	}
	if err := checkBody("Body", in.Body, e.cfg.MaxBodyBytes); err != nil {
		return Outcome{}, err
	}
	if err := checkOptionalID("ProviderID", in.ProviderID); err != nil {
		return Outcome{}, err
	}
	in.From, in.Line = from, line
	c, err := e.findConversation(ctx, in)
	switch {
	case errors.Is(err, store.ErrNotFound) && legacy:
		// a local number without its area code: a conversation stored
		// under its legacy key still gets the lead's messages (a STOP),
		// but none is started for it
		return Outcome{}, noAreaCode("From")
	case errors.Is(err, store.ErrNotFound):
		c, err = e.startAddressed(ctx, in)
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: receive from %s: %w", "the lead's number", err)
	}
	return e.Receive(ctx, Inbound{TenantID: in.TenantID, ConversationID: c.ID, Body: in.Body, ProviderID: in.ProviderID})
}

func (e *Engine) findConversation(ctx context.Context, in AddressedInbound) (store.Conversation, error) {
	var c store.Conversation
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		c, err = store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: in.TenantID, Line: in.Line, Phone: in.From})
		return err
	})
	return c, err
}

// startAddressed starts the lead's conversation on the line by the
// host's policy, unless a concurrent webhook just did.
func (e *Engine) startAddressed(ctx context.Context, in AddressedInbound) (store.Conversation, error) {
	p := StartParams{}
	if e.cfg.NewConversation != nil {
		var err error
		if p, err = e.cfg.NewConversation(ctx, in); err != nil {
			// A caller logs the error (a webhook does): the host's words
			// may repeat the number and the text it was handed.
			return store.Conversation{}, fmt.Errorf("Config.NewConversation: %w", masked(err, in.From, in.Line, in.Body))
		}
	}
	p.TenantID, p.Lead.Phone, p.Line = in.TenantID, in.From, in.Line
	if p.ConversationID == "" {
		p.ConversationID = e.newID()
	}
	c, err := e.newConversation(p)
	if err != nil {
		return store.Conversation{}, err
	}
	ch := &change{actor: store.ActorHost, insert: true, eventKind: store.EventCreated, reason: "first message on the line", link: true} // locked below
	err = e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		if err := lockAddresses(ctx, tx, c.TenantID, leadAddresses(c)...); err != nil {
			return err
		}
		found, err := store.FindConversation(ctx, tx, store.ConversationFindParams{TenantID: c.TenantID, Line: c.Line, Phone: c.Lead.Phone})
		if err == nil {
			c = found // another webhook started it meanwhile
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
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
	return c, err
}
