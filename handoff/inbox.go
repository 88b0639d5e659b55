package handoff

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

// HotInboxParams pages through a tenant's Hot inbox.
type HotInboxParams struct {
	TenantID string
	Limit    int    // <= 0 means 50; at most 500
	Cursor   string // "" for the first page; HotInboxPage.Next for the following ones
}

// InboxEntry is one conversation in the Hot inbox, as a rep sees it at the
// top of the conversation pane.
type InboxEntry struct {
	Conversation store.Conversation
	// ReasonLabel is the handoff reason as shown to people:
	// "Explicit ask", "Qualification fields filled (two fields: motivation + condition)".
	ReasonLabel string
	// Chips are the schema fields in order, "not yet" where blank.
	Chips []Chip
}

// Chip is one qualification field rendered for the inbox.
type Chip struct {
	Field string
	Value string // "not yet" when unknown
	Known bool
}

// HotInboxPage is one page of the Hot inbox.
type HotInboxPage struct {
	Entries []InboxEntry
	Next    string // "" on the last page
}

// HotInbox lists the tenant's hot conversations, newest handoff first.
func (e *Engine) HotInbox(ctx context.Context, p HotInboxParams) (HotInboxPage, error) {
	if err := checkID("TenantID", p.TenantID); err != nil {
		return HotInboxPage{}, err
	}
	if p.Limit <= 0 {
		p.Limit = 50
	}
	if p.Limit > 500 {
		return HotInboxPage{}, &InputError{Field: "Limit", Problem: "is over 500"}
	}
	after, err := decodeCursor(p.Cursor)
	if err != nil {
		return HotInboxPage{}, err
	}
	var convs []store.Conversation
	err = e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		convs, err = tx.ConversationList(ctx, store.ConversationListParams{TenantID: p.TenantID, Status: store.StatusHot, Limit: p.Limit + 1, After: after})
		return err
	})
	if err != nil {
		return HotInboxPage{}, fmt.Errorf("handoff: hot inbox: %w", err)
	}
	var page HotInboxPage
	if len(convs) > p.Limit {
		convs = convs[:p.Limit]
		last := convs[len(convs)-1]
		page.Next = encodeCursor(last.HandoffAt, last.ID)
	}
	for _, c := range convs {
		page.Entries = append(page.Entries, e.entry(c))
	}
	return page, nil
}

func (e *Engine) entry(c store.Conversation) InboxEntry {
	en := InboxEntry{Conversation: c, ReasonLabel: ReasonLabel(c.HandoffReason, c.HandoffDetail)}
	en.Chips = e.Chips(c)
	return en
}

// Chips renders the conversation's schema fields in schema order, "not
// yet" where blank.
func (e *Engine) Chips(c store.Conversation) []Chip {
	chips := make([]Chip, 0, len(e.cfg.Schema.Fields))
	for _, f := range e.cfg.Schema.Fields {
		ch := Chip{Field: string(f), Value: "not yet"}
		if v, ok := c.Fields[store.FieldName(f)]; ok && v.Value != "" {
			ch.Value, ch.Known = v.Value, true
		}
		chips = append(chips, ch)
	}
	return chips
}

func encodeCursor(t time.Time, id string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(t.UnixNano(), 10) + "|" + id))
}

func decodeCursor(s string) (*store.ConversationCursor, error) {
	if s == "" {
		return nil, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, &InputError{Field: "Cursor", Problem: "is not a cursor returned by HotInbox"}
	}
	ns, id, ok := strings.Cut(string(raw), "|")
	n, err := strconv.ParseInt(ns, 10, 64)
	if !ok || err != nil || checkID("Cursor", id) != nil {
		return nil, &InputError{Field: "Cursor", Problem: "is not a cursor returned by HotInbox"}
	}
	return &store.ConversationCursor{HandoffAt: time.Unix(0, n).UTC(), ID: id}, nil
}

// Conversation returns one conversation of the tenant.
func (e *Engine) Conversation(ctx context.Context, tenantID, id string) (store.Conversation, error) {
	if err := checkIDs("TenantID", tenantID, "ConversationID", id); err != nil {
		return store.Conversation{}, err
	}
	var c store.Conversation
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		c, err = tx.ConversationGet(ctx, tenantID, id)
		return err
	})
	if err != nil {
		return c, fmt.Errorf("handoff: conversation %s: %w", id, err)
	}
	return c, nil
}

// Transcript returns the conversation's messages, oldest first.
func (e *Engine) Transcript(ctx context.Context, tenantID, id string) ([]store.Message, error) {
	if _, err := e.Conversation(ctx, tenantID, id); err != nil {
		return nil, err
	}
	var ms []store.Message
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		ms, err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenantID, ConversationID: id})
		return err
	})
	return ms, err
}

// Events returns the conversation's audit trail, oldest first.
func (e *Engine) Events(ctx context.Context, tenantID, id string) ([]store.Event, error) {
	if _, err := e.Conversation(ctx, tenantID, id); err != nil {
		return nil, err
	}
	var evs []store.Event
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		evs, err = tx.EventList(ctx, tenantID, id)
		return err
	})
	return evs, err
}

// Brief builds the rep brief of a conversation from the store: the same
// [brief.Build] as the notification, over the whole transcript and the
// conversation's meetings, with Config.Summarizer's summary when set.
func (e *Engine) Brief(ctx context.Context, tenantID, id string) (Brief, error) {
	return e.storedBrief(ctx, tenantID, id)
}

// currentBrief builds the brief of c from every message, inside tx.
func (e *Engine) currentBrief(ctx context.Context, tx store.Tx, c store.Conversation) (Brief, error) {
	ms, err := tx.MessageList(ctx, store.MessageListParams{TenantID: c.TenantID, ConversationID: c.ID})
	if err != nil {
		return Brief{}, err
	}
	return e.BriefFrom(c, ms), nil
}
