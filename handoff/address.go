package handoff

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/dnc"
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
// refuse the message. Its ConversationID may be one the tenant has (a
// CRM's lead ID): the message is then received on that conversation when
// it is an SMS conversation with the lead's phone, and is an
// [*InputError] otherwise (see [Engine.ReceiveAddressed]). Either way,
// and when it returns an error, a STOP still suppresses the lead's
// number.
type NewConversationFunc func(ctx context.Context, in AddressedInbound) (StartParams, error)

// ReceiveAddressed is [Engine.Receive] for a provider's webhook: it finds
// the lead's SMS conversation by (tenant, line, the lead's phone) — the
// newest one, an indexed lookup — and, when the tenant has none on that
// line, the newest SMS conversation of the lead's phone started without a
// line (as [Engine.Start] without [StartParams.Line] makes one: the
// lead's reply to a rep who texted them belongs to that thread). Such a
// conversation gets the line recorded on it (an audited lead_updated
// event, reason "line"), so later messages find it directly and its
// texts go out from the number the lead wrote to. A chat conversation is
// never picked. When there is none, ReceiveAddressed starts one by
// Config.NewConversation (nil: an SMS conversation with the lead's phone
// and the line and nothing else), then receives the message on it. Two
// webhooks of a new lead arriving at once start one conversation: the
// lookup and the start run in one transaction under the address locks.
// [Result.Conversation] names the conversation either way.
//
// A ConversationID that Config.NewConversation returns and the tenant
// already has (a CRM's lead ID) receives the message when it names an
// SMS conversation with the lead's phone (audited, reason
// "Config.NewConversation"); one of another lead or channel is an
// [*InputError] (field Config.NewConversation) and the message is not
// recorded. Opt-outs come first even then: when the conversation cannot
// be found or started (that error, an error of Config.NewConversation),
// a message that is an opt-out (STOP) still suppresses the lead's number
// for the tenant, as [Engine.OptOutAddress] does, before the error is
// returned, so that no later conversation with the number texts the lead.
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
	var attach string // why c is received on though it was not found by its line
	switch {
	case errors.Is(err, store.ErrNotFound) && legacy:
		// a local number without its area code: a conversation stored
		// under its legacy key still gets the lead's messages (a STOP),
		// but none is started for it
		return Outcome{}, noAreaCode("From")
	case errors.Is(err, store.ErrNotFound):
		c, attach, err = e.startAddressed(ctx, in)
		if err != nil && !legacy {
			err = e.optOutUnreceived(ctx, in, err)
		}
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("handoff: receive from %s: %w", "the lead's number", err)
	}
	if attach == "" && c.Line == "" && in.Line != "" {
		attach = "line"
	}
	if attach != "" {
		if err := e.attachLine(ctx, c, in.Line, attach); err != nil {
			return Outcome{}, fmt.Errorf("handoff: receive from %s: %w", "the lead's number", err)
		}
	}
	return e.Receive(ctx, Inbound{TenantID: in.TenantID, ConversationID: c.ID, Body: in.Body, ProviderID: in.ProviderID})
}

func (e *Engine) findConversation(ctx context.Context, in AddressedInbound) (store.Conversation, error) {
	var c store.Conversation
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		c, err = findAddressed(ctx, tx, in.TenantID, in.Line, in.From)
		return err
	})
	return c, err
}

// findAddressed is the SMS conversation a lead's message on a line
// belongs to: the newest of the line and phone or, when there is none,
// the newest of the phone without a line (one the host started without
// saying the line).
func findAddressed(ctx context.Context, tx store.Tx, tenantID, line, phone string) (store.Conversation, error) {
	p := store.ConversationFindParams{TenantID: tenantID, Line: line, Phone: phone, Channel: store.ChannelSMS}
	c, err := store.FindConversation(ctx, tx, p)
	if err == nil && c.Channel != store.ChannelSMS {
		// a store adapter that does not filter on the channel
		err = fmt.Errorf("store: conversation of line %q and phone: %w", line, store.ErrNotFound)
	}
	if line == "" || !errors.Is(err, store.ErrNotFound) {
		return c, err
	}
	return findAddressed(ctx, tx, tenantID, "", phone)
}

// attachLine records on c, an SMS conversation a lead's message on line
// is received on, the line when c has none, with an audit event naming
// why (reason "line", or "Config.NewConversation" when the host's hook
// named c). A line recorded meanwhile is kept.
func (e *Engine) attachLine(ctx context.Context, c store.Conversation, line, why string) error {
	detail := "line=" + line
	if why != "line" {
		detail = "conversation named by Config.NewConversation for a message on line=" + line
	}
	_, _, err := e.applyTx(ctx, c.TenantID, c.ID, func(ctx context.Context, tx store.Tx, c store.Conversation) (*change, error) {
		if c.Line != "" && why == "line" {
			return nil, nil // another webhook recorded it
		}
		return &change{action: ActionUpdate, actor: store.ActorHost, touch: true, eventKind: store.EventLeadUpdated,
			reason: why, detail: detail, edit: func(c *store.Conversation, _ time.Time) {
				if c.Line == "" {
					c.Line = line
				}
			}}, nil
	})
	return err
}

// optOutUnreceived applies the opt-out a message carries when its
// conversation could not be found or started (err): the lead's number is
// suppressed for the tenant all the same. It returns err, or the error of
// the suppression when that failed too.
func (e *Engine) optOutUnreceived(ctx context.Context, in AddressedInbound, err error) error {
	det := e.cfg.Detector.Detect(dnc.Input{Text: in.Body})
	if det.Kind != dnc.OptOut || ctx.Err() != nil {
		return err
	}
	if _, oerr := e.optOutAddress(ctx, AddressOptOut{TenantID: in.TenantID, Address: in.From, Rule: "unreceived"}, nil, store.ActorLead); oerr != nil {
		return fmt.Errorf("%w (and the opt-out it carries was not applied: %v)", err, oerr)
	}
	e.cfg.Logger.InfoContext(ctx, "handoff: opt-out applied to the lead's number, though its message was not received", "tenant", in.TenantID, "error", err)
	return err
}

// startAddressed starts the lead's conversation on the line by the
// host's policy, unless a concurrent webhook just did. A ConversationID
// of Config.NewConversation that the tenant has already is returned when
// it is an SMS conversation of the lead's phone, with attach set to say
// so; otherwise it is an *InputError.
func (e *Engine) startAddressed(ctx context.Context, in AddressedInbound) (c store.Conversation, attach string, err error) {
	p := StartParams{}
	if e.cfg.NewConversation != nil {
		var err error
		if p, err = e.cfg.NewConversation(ctx, in); err != nil {
			// A caller logs the error (a webhook does): the host's words
			// may repeat the number and the text it was handed.
			return store.Conversation{}, "", fmt.Errorf("Config.NewConversation: %w", masked(err, in.From, in.Line, in.Body))
		}
	}
	p.TenantID, p.Lead.Phone, p.Line = in.TenantID, in.From, in.Line
	hostID := p.ConversationID != ""
	if !hostID {
		p.ConversationID = e.newID()
	}
	c, err = e.newConversation(p)
	if err != nil {
		return store.Conversation{}, "", err
	}
	ch := &change{actor: store.ActorHost, insert: true, eventKind: store.EventCreated, reason: "first message on the line", link: true} // locked below
	err = e.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		attach = ""
		if err := lockAddresses(ctx, tx, c.TenantID, leadAddresses(c)...); err != nil {
			return err
		}
		found, err := findAddressed(ctx, tx, c.TenantID, c.Line, c.Lead.Phone)
		if err == nil {
			c = found // another webhook started it meanwhile
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		if hostID {
			// a CRM's lead ID: the conversation may be the host's already
			if old, err := tx.ConversationGet(ctx, c.TenantID, c.ID); err == nil {
				if old.Channel != store.ChannelSMS || old.Lead.Phone != c.Lead.Phone {
					return &InputError{Field: "Config.NewConversation", Problem: fmt.Sprintf("returned ConversationID %q, a conversation of another lead address or channel", c.ID)}
				}
				c, attach = old, "Config.NewConversation"
				return nil
			} else if !errors.Is(err, store.ErrNotFound) {
				return err
			}
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
	return c, attach, err
}
