package handoff

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/store"
)

// Brief is what the rep reads before picking up a handed-off lead: a
// summary and the signals first, every field with the lead's own words,
// the whole transcript on demand. It is [brief.Brief], made by
// [brief.Build] for the rep notification (whose outbox item carries it as
// JSON) and for [Engine.Brief] alike, and rendered by its Text, SMS,
// Markdown and JSON methods.
type Brief = brief.Brief

// briefFor builds the brief of c, outside any transaction: the whole
// transcript and the conversation's meetings read from the store, plus the
// messages of recent the store does not hold yet (such as the lead message
// that fires the handoff), then Config.Summarizer's summary when one is
// set. If the store cannot be read it falls back to recent, so that a
// handoff always carries a brief.
func (e *Engine) briefFor(ctx context.Context, c store.Conversation, recent []store.Message) Brief {
	msgs, bookings, err := e.transcriptOf(ctx, c.TenantID, c.ID)
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: brief: transcript unreadable; using the recent history", "err", err)
		msgs = nil
	}
	for _, m := range recent {
		if !slices.ContainsFunc(msgs, func(x store.Message) bool { return x.ID == m.ID }) {
			msgs = appendHistory(msgs, m)
		}
	}
	return e.summarized(ctx, c, msgs, bookings)
}

// summarized builds the brief and asks Config.Summarizer for its summary,
// keeping the rule-based one (and logging why) when it fails.
func (e *Engine) summarized(ctx context.Context, c store.Conversation, msgs []store.Message, bookings []store.Booking) Brief {
	b := brief.Build(brief.Input{Conversation: c, Messages: msgs, Schema: e.cfg.Schema, Competitors: e.cfg.Competitors, Bookings: bookings})
	if e.cfg.Summarizer == nil {
		return b
	}
	left := e.modelTimeLeft(ctx)
	if left <= 0 {
		e.warn(ctx, c.TenantID, c.ID, "handoff: no time left for the summarizer; using the rule-based summary")
		return b
	}
	began := time.Now()
	err := brief.Summarize(ctx, &b, brief.SummarizeParams{Summarizer: e.cfg.Summarizer, Timeout: left})
	chargeModel(ctx, time.Since(began))
	if err != nil {
		e.warn(ctx, c.TenantID, c.ID, "handoff: summarizer failed; using the rule-based summary",
			"err", logged(err, summaryTexts(b, c)...))
	}
	return b
}

// summaryTexts lists what a Summarizer is handed of b (every transcript
// text and known value) and c's lead, for logged: an error repeating the
// lead's first message is blanked as much as one repeating the last.
func summaryTexts(b Brief, c store.Conversation) []string {
	in := b.SummaryInput()
	out := make([]string, 0, len(in.Transcript)+len(in.Fields)+4)
	for _, t := range in.Transcript {
		out = append(out, t.Text)
	}
	for _, v := range in.Fields {
		out = append(out, v)
	}
	return append(out, b.LastLeadMessage, in.LeadName, c.Lead.Email, c.Lead.Name)
}

// BriefFrom builds the brief of c from the messages at hand, with the
// engine's schema and competitors, without reading the store or calling
// the Summarizer (the summary is the rule-based one): for a page that has
// just read the conversation, or inside a transaction. [Engine.Brief] reads
// the whole transcript and the meetings and asks the Summarizer.
func (e *Engine) BriefFrom(c store.Conversation, msgs []store.Message) Brief {
	return brief.Build(brief.Input{Conversation: c, Messages: msgs, Schema: e.cfg.Schema, Competitors: e.cfg.Competitors})
}

// storedBrief is [Engine.Brief]: the brief of a stored conversation.
func (e *Engine) storedBrief(ctx context.Context, tenantID, id string) (Brief, error) {
	c, err := e.Conversation(ctx, tenantID, id)
	if err != nil {
		return Brief{}, err
	}
	msgs, bookings, err := e.transcriptOf(ctx, tenantID, id)
	if err != nil {
		return Brief{}, fmt.Errorf("handoff: brief %s: %w", id, err)
	}
	return e.summarized(ctx, c, msgs, bookings), nil
}

// transcriptOf reads a conversation's whole transcript and, when the
// store has [store.BookingTx], its active bookings, in one read-only
// transaction.
func (e *Engine) transcriptOf(ctx context.Context, tenantID, id string) ([]store.Message, []store.Booking, error) {
	var msgs []store.Message
	var bookings []store.Booking
	err := e.st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		if msgs, err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenantID, ConversationID: id}); err != nil {
			return err
		}
		if btx, ok := tx.(store.BookingTx); ok {
			bookings, err = btx.BookingList(ctx, store.BookingListParams{TenantID: tenantID, ConversationID: id, ActiveOnly: true})
		}
		return err
	})
	return msgs, bookings, err
}

// ReasonLabel is the Hot inbox wording of a handoff reason, with its
// detail: "Explicit ask", "Qualification fields filled (two fields:
// motivation + condition)". It is [brief.ReasonLabel].
func ReasonLabel(reason, detail string) string { return brief.ReasonLabel(reason, detail) }
