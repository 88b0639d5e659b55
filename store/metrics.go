package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"
)

// This file holds the optional metrics ability of a store: aggregates of
// one tenant's audit trail over a time window, computed where the records
// are ([MetricsTx]), and the helpers [CountMetrics] and [ScanMetrics] that
// fall back to the base [Tx] methods for stores without it. Package
// metrics builds its report on them.

// repActionKinds are the events that count as a rep acting on a handoff:
// accepting it, writing to the lead, taking the thread over, or
// completing it (a rep who phoned the lead from the CRM completes the
// handoff as their first action; the engine records it as engagement).
var repActionKinds = []EventKind{EventAccept, EventRepMessage, EventTakeover, EventComplete}

// RepActionKinds returns the event kinds that count as a rep's first
// action on a handoff: accept, rep_message, takeover and complete, the
// actions that set [Conversation.EngagedAt] (a rep who books a meeting
// as their first action records an accept with it).
func RepActionKinds() []EventKind { return slices.Clone(repActionKinds) }

// collisionReasons are the outbox_cancelled reasons of a rep taking the
// thread: automated texts cancelled so that two voices never spoke.
var collisionReasons = []string{"rep_message", "take_over"}

// CollisionReasons returns the reasons of the outbox_cancelled events
// that count as collisions prevented: "rep_message" and "take_over".
func CollisionReasons() []string { return slices.Clone(collisionReasons) }

// metricKinds are the event kinds [MetricsCounts.Events] counts.
var metricKinds = []EventKind{
	EventCreated, EventHandoff, EventTakeover, EventRepMessage, EventPause, EventResume, EventOptOut, EventOptIn,
	EventDrafterFallback, EventOutboxCancelled, EventDeadLetter, EventDelivered, EventDeliveryFailed, EventReview,
	EventReviewReleased, EventHelp, EventAIMessage, EventAccept, EventDecline, EventComplete, EventRerouted,
	EventSLAEscalated, EventEscalate, EventTagged, EventCallbackTime, EventRepUpdate, EventBookingOffer, EventBooked,
	EventRescheduled, EventBookingCancel, EventMeetingDone, EventNoShow, EventReopened,
}

// MetricEventKinds returns the event kinds that [MetricsCounts.Events]
// counts: every kind this package names.
func MetricEventKinds() []EventKind { return slices.Clone(metricKinds) }

// MetricsParams selects the audit trail to aggregate: one tenant, and the
// window [From, To). A zero From means from the beginning; To is
// required. Nothing recorded at or after To counts, so the figures of a
// closed window never change.
type MetricsParams struct {
	TenantID string
	From, To time.Time
}

func (p MetricsParams) check() error {
	if p.TenantID == "" {
		return errors.New("store: metrics: TenantID is required")
	}
	if p.To.IsZero() || !p.To.After(p.From) {
		return errors.New("store: metrics: To is required and must be after From")
	}
	return nil
}

// MetricsCounts are the aggregates of [MetricsTx.MetricsCount]. Times are
// compared at microsecond precision.
type MetricsCounts struct {
	// Conversations is the cohort: conversations created in [From, To).
	// HandedOff, OptedOut and Reviewed count those of the cohort with at
	// least one handoff, opt_out or review event before To.
	Conversations, HandedOff, OptedOut, Reviewed int64
	// Events counts the events created in [From, To) by kind, for the
	// kinds of [MetricEventKinds]; kinds without events are absent.
	Events map[EventKind]int64
	// HandoffReasons counts the handoff events in [From, To) by Reason.
	HandoffReasons map[string]int64
	// CollisionsPrevented sums N over the outbox_cancelled events in
	// [From, To) whose Reason is one of [CollisionReasons] and whose
	// Detail starts with the number N of automated texts cancelled ("2
	// queued automated text(s) cancelled").
	CollisionsPrevented int64
	// Responded counts the handoff events in [From, To) that a rep acted
	// on before To: an event of [RepActionKinds] in the same conversation
	// at or after the handoff and before the conversation's next handoff
	// event. ResponseP50 and ResponseP90 are the nearest-rank 50th and
	// 90th percentiles of the time from each such handoff to its first
	// rep action; zero when Responded is zero.
	Responded                int64
	ResponseP50, ResponseP90 time.Duration
	// Closed counts the handoff events in [From, To) that a rep completed
	// before To: a complete event in the same conversation at or after the
	// handoff and before the conversation's next handoff event.
	Closed int64
	// Handled counts the closed handoffs a rep acted on before completing
	// them: their first rep action (as for Responded) is earlier than
	// their first complete. HandleP50 and HandleP90 are the nearest-rank
	// percentiles of the time from that first action to the complete;
	// zero when Handled is zero.
	Handled              int64
	HandleP50, HandleP90 time.Duration
	// BookedHandoffs counts the handoff events in [From, To) followed by
	// a booked event in the same conversation before To and before the
	// conversation's next handoff event. BookingP50 and BookingP90 are the
	// nearest-rank percentiles of the time from each such handoff to its
	// first booked event; zero when BookedHandoffs is zero.
	BookedHandoffs         int64
	BookingP50, BookingP90 time.Duration
	// BookedOnly counts the BookedHandoffs that no rep acted on before To
	// (none counted in Responded): a handoff the lead's booking settled
	// while no rep had acted yet. An adapter that leaves it zero reports
	// such handoffs as unanswered.
	BookedOnly int64
}

// MetricsScanParams selects the messages [MetricsTx.MetricsScan] streams.
type MetricsScanParams struct {
	TenantID string
	// From and To delimit the window [From, To); To is required.
	From, To time.Time
	// Origins keeps the messages of these origins; empty means all.
	Origins []Origin
	// With, when empty, streams the messages of Origins created in the
	// window. When set, it streams whole conversations: those with a
	// message of origin With in the window, each with every message of
	// Origins it holds from before To, oldest first, one conversation's
	// messages together.
	With Origin
}

// MetricsTx is the optional ability of a [Tx] to aggregate a tenant's
// audit trail in the store: in SQL, with aggregate queries and a
// streaming scan, so that the memory a report takes does not grow with
// the number of events. Find it by type assertion, or call
// [CountMetrics] and [ScanMetrics], which fall back to the base methods.
// store/storetest checks it when an adapter declares Features{Metrics:
// true}. Methods honour ctx and wrap the sentinel errors of this package;
// they only read, so they work in [Store.View].
type MetricsTx interface {
	// MetricsCount returns the aggregates of params' window (see
	// [MetricsCounts] for what each counts).
	MetricsCount(ctx context.Context, params MetricsParams) (MetricsCounts, error)
	// MetricsScan calls fn once per message selected by params, without
	// holding more than a few rows in memory. fn must not use the Tx; an
	// error from fn stops the scan and is returned.
	MetricsScan(ctx context.Context, params MetricsScanParams, fn func(Message) error) error
}

// CountMetrics returns the aggregates of a window: through [MetricsTx]
// when tx has it; otherwise it pages through the tenant's conversations
// and tallies each one's events (one conversation in memory at a time,
// plus one duration per answered, handled or booked handoff for the
// percentiles). The
// fallback sees only the events of conversations that exist.
func CountMetrics(ctx context.Context, tx Tx, p MetricsParams) (MetricsCounts, error) {
	if err := p.check(); err != nil {
		return MetricsCounts{}, err
	}
	if m, ok := tx.(MetricsTx); ok {
		return m.MetricsCount(ctx, p)
	}
	tally := NewMetricsTally(p)
	err := eachConversation(ctx, tx, p.TenantID, func(c *Conversation) error {
		evs, err := tx.EventList(ctx, p.TenantID, c.ID)
		if err != nil {
			return err
		}
		tally.Add(c, evs)
		return nil
	})
	if err != nil {
		return MetricsCounts{}, fmt.Errorf("store: count metrics: %w", err)
	}
	return tally.Counts(), nil
}

// ScanMetrics streams the messages of a window (see [MetricsScanParams]):
// through [MetricsTx] when tx has it; otherwise it pages through the
// tenant's conversations and lists each one's messages.
func ScanMetrics(ctx context.Context, tx Tx, p MetricsScanParams, fn func(Message) error) error {
	if err := (MetricsParams{TenantID: p.TenantID, From: p.From, To: p.To}).check(); err != nil {
		return err
	}
	if m, ok := tx.(MetricsTx); ok {
		return m.MetricsScan(ctx, p, fn)
	}
	return eachConversation(ctx, tx, p.TenantID, func(c *Conversation) error {
		ms, err := tx.MessageList(ctx, MessageListParams{TenantID: p.TenantID, ConversationID: c.ID})
		if err != nil {
			return err
		}
		return ScanConversation(p, ms, fn)
	})
}

// ScanConversation applies p to the messages of one conversation (oldest
// first) and calls fn for those [MetricsTx.MetricsScan] streams. Adapters
// that hold messages in memory implement MetricsScan with it.
func ScanConversation(p MetricsScanParams, ms []Message, fn func(Message) error) error {
	in := func(m Message) bool { return !m.CreatedAt.Before(p.From) && m.CreatedAt.Before(p.To) }
	keep := func(m Message) bool { return len(p.Origins) == 0 || slices.Contains(p.Origins, m.Origin) }
	if p.With != "" && !slices.ContainsFunc(ms, func(m Message) bool { return m.Origin == p.With && in(m) }) {
		return nil
	}
	for _, m := range ms {
		if !keep(m) || !m.CreatedAt.Before(p.To) || p.With == "" && !in(m) {
			continue
		}
		if err := fn(m); err != nil {
			return err
		}
	}
	return nil
}

// eachConversation calls fn for every conversation of a tenant, a page at
// a time.
func eachConversation(ctx context.Context, tx Tx, tenantID string, fn func(c *Conversation) error) error {
	var after *ConversationCursor
	for {
		page, err := tx.ConversationList(ctx, ConversationListParams{TenantID: tenantID, Limit: 200, After: after})
		if err != nil {
			return err
		}
		for i := range page {
			if err := fn(&page[i]); err != nil {
				return err
			}
		}
		if len(page) < 200 {
			return nil
		}
		last := page[len(page)-1]
		after = &ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
}

// MetricsTally computes [MetricsCounts] from conversations and their
// events, one conversation at a time: the reference of what each figure
// means, used by [CountMetrics]' fallback and by in-memory adapters.
type MetricsTally struct {
	p                        MetricsParams
	counts                   MetricsCounts
	delays, handles, booking []time.Duration
}

// NewMetricsTally returns an empty tally of p's window.
func NewMetricsTally(p MetricsParams) *MetricsTally {
	return &MetricsTally{p: p, counts: MetricsCounts{Events: map[EventKind]int64{}, HandoffReasons: map[string]int64{}}}
}

// Add tallies one conversation and all its events, oldest first. c may be
// nil for events whose conversation is gone.
func (t *MetricsTally) Add(c *Conversation, events []Event) {
	from, to := t.p.From.Truncate(time.Microsecond), t.p.To.Truncate(time.Microsecond)
	at := func(x time.Time) time.Time { return x.Truncate(time.Microsecond) }
	in := func(x time.Time) bool { x = at(x); return !x.Before(from) && x.Before(to) }
	if c != nil && in(c.CreatedAt) {
		t.counts.Conversations++
		has := func(k EventKind) bool {
			return slices.ContainsFunc(events, func(e Event) bool { return e.Kind == k && at(e.CreatedAt).Before(to) })
		}
		if has(EventHandoff) {
			t.counts.HandedOff++
		}
		if has(EventOptOut) {
			t.counts.OptedOut++
		}
		if has(EventReview) {
			t.counts.Reviewed++
		}
	}
	for _, e := range events {
		if !in(e.CreatedAt) {
			continue
		}
		if slices.Contains(metricKinds, e.Kind) {
			t.counts.Events[e.Kind]++
		}
		switch e.Kind {
		case EventHandoff:
			t.counts.HandoffReasons[e.Reason]++
			first, acted := firstAfter(e, events, to, repActionKinds...)
			if acted {
				t.counts.Responded++
				t.delays = append(t.delays, first.Sub(at(e.CreatedAt)))
			}
			if closed, ok := firstAfter(e, events, to, EventComplete); ok {
				t.counts.Closed++
				if acted && first.Before(closed) {
					t.counts.Handled++
					t.handles = append(t.handles, closed.Sub(first))
				}
			}
			if booked, ok := firstAfter(e, events, to, EventBooked); ok {
				t.counts.BookedHandoffs++
				t.booking = append(t.booking, booked.Sub(at(e.CreatedAt)))
				if !acted {
					t.counts.BookedOnly++
				}
			}
		case EventOutboxCancelled:
			if slices.Contains(collisionReasons, e.Reason) {
				t.counts.CollisionsPrevented += leadingInt(e.Detail)
			}
		}
	}
}

// firstAfter is the time (at microsecond precision) of the first event
// of kinds at or after handoff h, before the conversation's next handoff
// and before to.
func firstAfter(h Event, events []Event, to time.Time, kinds ...EventKind) (time.Time, bool) {
	hAt := h.CreatedAt.Truncate(time.Microsecond)
	var first time.Time
	found := false
	for _, r := range events {
		rAt := r.CreatedAt.Truncate(time.Microsecond)
		if !slices.Contains(kinds, r.Kind) || rAt.Before(hAt) || !rAt.Before(to) {
			continue
		}
		if slices.ContainsFunc(events, func(n Event) bool {
			nAt := n.CreatedAt.Truncate(time.Microsecond)
			return n.Kind == EventHandoff && nAt.After(hAt) && !nAt.After(rAt)
		}) {
			continue
		}
		if !found || rAt.Before(first) {
			first, found = rAt, true
		}
	}
	return first, found
}

// leadingInt parses the decimal number at the start of s, 0 if none.
func leadingInt(s string) int64 {
	var n int64
	for i := 0; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// Counts returns the tally so far, with the percentiles.
func (t *MetricsTally) Counts() MetricsCounts {
	c := t.counts
	c.Events, c.HandoffReasons = clone(c.Events), clone(c.HandoffReasons)
	c.ResponseP50, c.ResponseP90 = percentiles(t.delays)
	c.HandleP50, c.HandleP90 = percentiles(t.handles)
	c.BookingP50, c.BookingP90 = percentiles(t.booking)
	return c
}

// percentiles are the nearest-rank 50th and 90th percentiles of ds, zero
// when ds is empty.
func percentiles(ds []time.Duration) (p50, p90 time.Duration) {
	n := len(ds)
	if n == 0 {
		return 0, 0
	}
	d := slices.Clone(ds)
	slices.Sort(d)
	return d[NearestRank(n, 50)-1], d[NearestRank(n, 90)-1]
}

// NearestRank is the 1-based rank of the pct-th percentile of n sorted
// values by the nearest-rank method: ceil(pct/100 * n), at least 1.
func NearestRank(n, pct int) int {
	return max(1, (pct*n+99)/100)
}

func clone[K comparable, V any](m map[K]V) map[K]V {
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
