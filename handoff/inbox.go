package handoff

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/url"
	"slices"
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

// NotSent is a text of a conversation's transcript that did not reach the
// lead and will not: see [Engine.Undelivered].
type NotSent struct {
	MessageID string // the transcript message
	// Status is how the text's delivery settled: store.OutboxCancelled or
	// store.OutboxDead for a text that never left, store.OutboxDone for
	// one the provider accepted and then reported undelivered (Failure
	// says what it reported).
	Status store.OutboxStatus
	// Why says it for people: "cancelled because the lead's message may
	// have been an opt-out, which a person had to decide first", "the
	// carrier could not deliver it (30003 unreachable destination
	// handset)".
	Why string
	// Failure is the provider's report of a text it accepted and could
	// not deliver: the Reason given to [Engine.DeliveryFailed], which
	// for Twilio is the error code and its name ("30003 unreachable
	// destination handset"). "" for a text that never left.
	Failure string
}

// Undelivered lists the outbound messages of a conversation's transcript
// that were queued to the lead and will never reach them: every outbox
// item delivering the message was cancelled (a possible opt-out's review,
// an opt-out, a rep taking the thread from the AI, a pause, the
// Dispatcher's send-time check), dead-lettered, or accepted by the
// provider and then reported undelivered by the carrier
// ([Engine.DeliveryFailed]: a Twilio status callback "undelivered" or
// "failed"). Why comes from the audit event that settled it; a carrier's
// report is in Failure too. The transcript records a text when it is
// queued, so a page that shows the thread marks these as not sent: a rep
// whose reply a review cancelled, or whose reply the carrier could not
// deliver, sees it did not go and can send it again or call. A message
// sent outside the engine (no outbox item) is never listed. It reads the
// conversation's outbox items, and its audit trail when one of them was
// cancelled, dead-lettered or sent (a carrier may have reported it).
func (e *Engine) Undelivered(ctx context.Context, tenantID, id string) ([]NotSent, error) {
	if _, err := e.Conversation(ctx, tenantID, id); err != nil {
		return nil, err
	}
	var out []NotSent
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = undelivered(ctx, tx, tenantID, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("handoff: undelivered texts of conversation %s: %w", id, err)
	}
	return out, nil
}

// undelivered is [Engine.Undelivered] inside tx; nil when every text went
// or is on its way.
func undelivered(ctx context.Context, tx store.Tx, tenantID, id string) ([]NotSent, error) {
	items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenantID, ConversationID: id})
	if err != nil {
		return nil, err
	}
	settled := false // an item cancelled, dead or sent: the audit trail says more
	for _, it := range items {
		if it.MessageID != "" && it.Kind.ToLead() &&
			(it.Status == store.OutboxCancelled || it.Status == store.OutboxDead || it.Status == store.OutboxDone) {
			settled = true
			break
		}
	}
	if !settled {
		return nil, nil
	}
	evs, err := tx.EventList(ctx, tenantID, id)
	if err != nil {
		return nil, err
	}
	failures := carrierFailures(evs)
	gone := map[string]NotSent{} // by message: the last of its items, when every one is gone
	goneBy := map[string]string{}
	live := map[string]bool{}
	for _, it := range items {
		if it.MessageID == "" || !it.Kind.ToLead() {
			continue
		}
		switch failure, failed := failures[it.ID]; {
		case it.Status == store.OutboxCancelled || it.Status == store.OutboxDead:
			gone[it.MessageID], goneBy[it.MessageID] = NotSent{MessageID: it.MessageID, Status: it.Status, Why: whyNotSent(it, evs)}, it.ID
		case it.Status == store.OutboxDone && failed:
			gone[it.MessageID], goneBy[it.MessageID] = NotSent{MessageID: it.MessageID, Status: it.Status,
				Why: carrierWhy(failure), Failure: failure}, it.ID
		default:
			live[it.MessageID] = true
		}
	}
	var out []NotSent
	for _, it := range items {
		if goneBy[it.MessageID] == it.ID && !live[it.MessageID] {
			out = append(out, gone[it.MessageID])
		}
	}
	return out, nil
}

// carrierFailures maps the outbox items the provider reported undelivered
// after accepting them ([Engine.DeliveryFailed]'s delivery_failed events,
// which name the item: see formatDetail) to the provider's reason, the
// latest when it reported more than one.
func carrierFailures(evs []store.Event) map[string]string {
	out := map[string]string{}
	for _, ev := range evs {
		if ev.Kind != store.EventDeliveryFailed {
			continue
		}
		for _, f := range strings.Fields(ev.Detail) {
			if v, ok := strings.CutPrefix(f, "outbox="); ok {
				if id, err := url.QueryUnescape(v); err == nil {
					out[id] = ev.Reason
				}
			}
		}
	}
	return out
}

// carrierWhy words a carrier's failure report for people.
func carrierWhy(failure string) string {
	if failure == "" {
		return "the carrier could not deliver it"
	}
	return "the carrier could not deliver it (" + failure + ")"
}

// whyNotSent words why it, cancelled or dead, did not go, from the event
// of evs that names it (see formatDetail) or, for a cancellation counted
// with others, the outbox_cancelled event of the same commit.
func whyNotSent(it store.OutboxItem, evs []store.Event) string {
	if it.Status == store.OutboxDead {
		return "delivery failed"
	}
	named := "outbox=" + url.QueryEscape(it.ID)
	reason := ""
	for _, ev := range evs {
		if ev.Kind != store.EventOutboxCancelled {
			continue
		}
		if slices.Contains(strings.Fields(ev.Detail), named) {
			reason = ev.Reason
			break
		}
		if ev.CreatedAt.Equal(it.UpdatedAt) && reason == "" {
			reason = ev.Reason
		}
	}
	switch {
	case reason == string(ActionReview):
		return "cancelled because the lead's message may have been an opt-out, which a person had to decide first"
	case reason == string(ActionOptOut) || reason == "suppressed":
		return "cancelled because the lead opted out"
	case reason == string(ActionRepMessage) || reason == string(ActionTakeOver):
		return "cancelled because a rep took the thread"
	case reason == string(ActionPause):
		return "cancelled because the conversation was paused"
	case reason == "expired":
		return "cancelled because it could not go in time"
	case strings.HasPrefix(reason, "state:"):
		return "cancelled because the conversation changed before it went"
	}
	return "cancelled before it was sent"
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
