package metrics

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// Params selects a report: one tenant and the window [From, To).
type Params struct {
	TenantID string // required
	// From and To delimit the window; To is required and nothing recorded
	// at or after it counts, so a closed window's report never changes.
	From, To time.Time
	// Schema is the qualification schema whose fields the re-question
	// detector knows; zero means [qualify.RealEstate].
	Schema qualify.Schema
}

// Report is the handoff report of one tenant over one window, computed
// from the audit trail and the transcript. Rates are fractions (0.25 is
// 25%) and zero when their denominator is.
type Report struct {
	TenantID string    `json:"tenant_id"`
	From     time.Time `json:"from"`
	To       time.Time `json:"to"`

	// Conversations is the cohort: conversations started in the window.
	// HandedOff, OptedOut and Reviewed count those of the cohort that were
	// handed off, opted out or sent to a person's review before To; the
	// rates divide them by Conversations.
	Conversations int64   `json:"conversations"`
	HandedOff     int64   `json:"handed_off"`
	HandoffRate   float64 `json:"handoff_rate"`
	OptedOut      int64   `json:"opted_out"`
	OptOutRate    float64 `json:"opt_out_rate"`
	Reviewed      int64   `json:"reviewed"`
	ReviewRate    float64 `json:"review_rate"`
	// OptOuts and OptIns count the window's opt_out and opt_in events,
	// whenever their conversations started: what a compliance officer
	// asks of a month ("how many opt-outs did we take in November?"),
	// which the cohort's OptedOut does not answer for a lead who wrote
	// STOP in November on a conversation started in October. One opt-out
	// that pauses several conversations of the lead (its own and those
	// sharing an address, see handoff's "Linked addresses") is one event
	// on each of them, each naming the message that carried it. A STOP
	// that reached no conversation (the host's Config.NewConversation
	// refused to start one) suppresses the number with no event and is
	// not counted: the store's suppressions hold it.
	OptOuts int64 `json:"opt_outs"`
	OptIns  int64 `json:"opt_ins"`

	// Handoffs counts the handoff events in the window, by trigger reason
	// in HandoffsByReason.
	Handoffs         int64            `json:"handoffs"`
	HandoffsByReason map[string]int64 `json:"handoffs_by_reason"`
	// Responded counts the window's handoffs a rep acted on (accept, a
	// rep message, a takeover or complete: store.RepActionKinds) before To; TimeToRepP50 and P90 are the
	// nearest-rank percentiles of the time from the handoff to that first
	// action. BookedOnly counts the window's handoffs no rep acted on
	// before To whose lead booked a meeting (async booking): the booking
	// settled them (the 5-minute rule does not re-route them, see
	// handoff.BookingConfig), but no rep has acted, so they are not
	// Responded and add nothing to the time to rep. Unanswered is
	// Handoffs - Responded - BookedOnly: the handoffs left waiting, neither
	// acted on by a rep nor booked.
	Responded    int64         `json:"responded"`
	BookedOnly   int64         `json:"booked_only"`
	Unanswered   int64         `json:"unanswered"`
	TimeToRepP50 time.Duration `json:"time_to_rep_p50"`
	TimeToRepP90 time.Duration `json:"time_to_rep_p90"`

	// Closed counts the window's handoffs a rep completed before To
	// (handoff.Engine.Complete: status closed, out of the Hot inbox), each
	// by the first complete event after it and before the conversation's
	// next handoff; CloseRate is Closed / Handoffs, the handoff-to-close
	// rate. Closed is what the library records: the rep finished with the
	// lead, won or lost alike. Whether the lead became a customer is the
	// host's CRM's to know; the library records no deal outcome.
	Closed    int64   `json:"closed"`
	CloseRate float64 `json:"close_rate"`
	// Reopened counts the window's reopened events: a lead who wrote
	// after the rep completed the handoff, whose conversation went back to
	// the Hot inbox (handoff.ReasonLeadWroteAfterClose). A reopening is no
	// new handoff: the handoff it reopens stays Closed, by its first
	// complete, and its handle time ends there.
	Reopened int64 `json:"reopened"`
	// Handled counts the closed handoffs a rep acted on before completing
	// them; HandleTimeP50 and P90 are the nearest-rank percentiles of
	// their human handle time: from the rep's first action on the handoff
	// (the one TimeToRep ends at, here an accept, a rep message or a
	// takeover) to the complete. A handoff the rep completed as their
	// first action (they phoned the lead outside the library, then
	// completed it) is Closed but not Handled: the audit trail holds no
	// start for its handle time.
	Handled       int64         `json:"handled"`
	HandleTimeP50 time.Duration `json:"handle_time_p50"`
	HandleTimeP90 time.Duration `json:"handle_time_p90"`
	// BookedHandoffs counts the window's handoffs on which a meeting was
	// booked before To (and before the conversation's next handoff), and
	// TimeToBookingP50 and P90 are the nearest-rank percentiles of the
	// time from the handoff to that first booking (its booked event): how
	// long a handed-off lead waited for a meeting on a rep's calendar. The
	// clock stops when the meeting is booked, not when it starts: the
	// audit trail records a meeting's start only as words (the rep's wall
	// clock, to the minute, with a zone abbreviation), which do not name
	// an instant.
	BookedHandoffs   int64         `json:"booked_handoffs"`
	TimeToBookingP50 time.Duration `json:"time_to_booking_p50"`
	TimeToBookingP90 time.Duration `json:"time_to_booking_p90"`
	// Complained counts the window's handoffs after which the lead
	// complained before To: a lead message later than the handoff, before
	// the conversation's next handoff or resume, that the frustration cues
	// of package trigger read as frustration ([trigger.Analyze], the rule
	// tier: no model, no LLM). The message that fired a frustration
	// handoff is not later than it and does not count. ComplaintRate is
	// Complained / Handoffs, the complaint rate after a handoff.
	Complained    int64   `json:"complained"`
	ComplaintRate float64 `json:"complaint_rate"`

	// SLARerouted and SLAEscalated count the 5-minute rule's events in
	// the window (sla_rerouted, sla_escalated): one handoff nobody engages
	// may be re-routed twice, then escalated; one whose lead booked a
	// meeting first is not (BookedOnly). SLABreaches counts the
	// window's handoffs the rule re-routed or escalated before To (and
	// before the conversation's next handoff), each once however often,
	// so SLABreaches / Handoffs is the breach rate.
	SLARerouted  int64 `json:"sla_rerouted"`
	SLAEscalated int64 `json:"sla_escalated"`
	SLABreaches  int64 `json:"sla_breaches"`
	// CollisionsPrevented counts the automated texts cancelled because a
	// rep wrote or took the thread over: the two voices that did not speak.
	CollisionsPrevented int64 `json:"collisions_prevented"`

	// RepMessages counts the rep messages in the window; RepQuestions
	// those that ask the lead for a schema field ([AskedFields]);
	// ReQuestions those that ask for a field the lead had already given
	// (found by the rule extractor in the lead's earlier messages).
	// ReQuestionRate is ReQuestions / RepMessages: near zero when reps
	// read the brief.
	RepMessages        int64            `json:"rep_messages"`
	RepQuestions       int64            `json:"rep_questions"`
	ReQuestions        int64            `json:"re_questions"`
	ReQuestionRate     float64          `json:"re_question_rate"`
	ReQuestionsByField map[string]int64 `json:"re_questions_by_field"`

	// Meetings: Booked counts the meetings booked in the window, booked
	// events less rescheduled ones (a reschedule books the new time and
	// cancels the old in one commit: one meeting moved, not a second
	// one); then the outcomes recorded in the window, each once its
	// meeting has started (handoff.Engine.MeetingOutcome); a meeting
	// called off has none. ShowRate is
	// MeetingsCompleted / (MeetingsCompleted + NoShows).
	Booked            int64   `json:"booked"`
	MeetingsCompleted int64   `json:"meetings_completed"`
	NoShows           int64   `json:"no_shows"`
	ShowRate          float64 `json:"show_rate"`

	// LeadMessages counts the lead messages in the window; ContextLoss
	// those that say the lead is repeating themselves ("like I already
	// told you", [ContextLoss]); ContextLossRate divides them.
	LeadMessages    int64   `json:"lead_messages"`
	ContextLoss     int64   `json:"context_loss"`
	ContextLossRate float64 `json:"context_loss_rate"`

	// Resumes counts the explicit hand-backs to the AI in the window.
	Resumes int64 `json:"resumes"`

	// Events counts every audit event of the window by kind.
	Events map[store.EventKind]int64 `json:"events"`
}

// Compute builds the report of p from st in one read-only transaction:
// the counts through [store.CountMetrics] (aggregate queries on a SQL
// store), then two streaming scans through [store.ScanMetrics] for the
// text detectors: the window's lead messages, and the conversations with
// a rep message in the window (one conversation's fields in memory at a
// time). The lead messages the frustration cues read as complaints are
// kept (their conversation and time) and the events of their
// conversations read, one conversation at a time, to count Complained.
// When the window holds events of the 5-minute rule, SLABreaches is
// counted by one more pass over the tenant's conversations and their
// events, a page of conversations and one conversation's events in
// memory at a time.
func Compute(ctx context.Context, st store.Store, p Params) (Report, error) {
	if p.TenantID == "" {
		return Report{}, errors.New("metrics: Params.TenantID is required")
	}
	if p.To.IsZero() || !p.To.After(p.From) {
		return Report{}, errors.New("metrics: Params.To is required and must be after From")
	}
	if len(p.Schema.Fields) == 0 {
		p.Schema = qualify.RealEstate
	}
	r := Report{TenantID: p.TenantID, From: p.From, To: p.To, ReQuestionsByField: map[string]int64{}}
	err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		c, err := store.CountMetrics(ctx, tx, store.MetricsParams{TenantID: p.TenantID, From: p.From, To: p.To})
		if err != nil {
			return err
		}
		r.fill(c)
		if r.SLARerouted+r.SLAEscalated > 0 {
			if r.SLABreaches, err = slaBreaches(ctx, tx, p); err != nil {
				return err
			}
		}
		win := store.MetricsScanParams{TenantID: p.TenantID, From: p.From, To: p.To, Origins: []store.Origin{store.OriginLead}}
		complaints := map[string][]time.Time{} // by conversation
		err = store.ScanMetrics(ctx, tx, win, func(m store.Message) error {
			r.LeadMessages++
			if _, ok := ContextLoss(m.Body); ok {
				r.ContextLoss++
			}
			if r.Handoffs > 0 && trigger.Analyze(m.Body).Frustrated {
				complaints[m.ConversationID] = append(complaints[m.ConversationID], m.CreatedAt)
			}
			return nil
		})
		if err != nil {
			return err
		}
		if r.Complained, err = complained(ctx, tx, p, complaints); err != nil {
			return err
		}
		rq := &requestions{p: p, r: &r}
		with := win
		with.Origins, with.With = []store.Origin{store.OriginLead, store.OriginRep}, store.OriginRep
		return store.ScanMetrics(ctx, tx, with, rq.message)
	})
	if err != nil {
		return Report{}, fmt.Errorf("metrics: report of tenant %s: %w", p.TenantID, err)
	}
	r.ComplaintRate = rate(r.Complained, r.Handoffs)
	r.ReQuestionRate = rate(r.ReQuestions, r.RepMessages)
	r.ContextLossRate = rate(r.ContextLoss, r.LeadMessages)
	return r, nil
}

// fill copies the store's counts into r.
func (r *Report) fill(c store.MetricsCounts) {
	r.Conversations, r.HandedOff, r.OptedOut, r.Reviewed = c.Conversations, c.HandedOff, c.OptedOut, c.Reviewed
	r.HandoffRate, r.OptOutRate, r.ReviewRate = rate(c.HandedOff, c.Conversations), rate(c.OptedOut, c.Conversations), rate(c.Reviewed, c.Conversations)
	r.Events, r.HandoffsByReason = c.Events, c.HandoffReasons
	r.Handoffs = c.Events[store.EventHandoff]
	r.Responded, r.BookedOnly = c.Responded, c.BookedOnly
	r.Unanswered = c.Events[store.EventHandoff] - c.Responded - c.BookedOnly
	r.TimeToRepP50, r.TimeToRepP90 = c.ResponseP50, c.ResponseP90
	r.Closed, r.CloseRate = c.Closed, rate(c.Closed, r.Handoffs)
	r.Reopened = c.Events[store.EventReopened]
	r.Handled, r.HandleTimeP50, r.HandleTimeP90 = c.Handled, c.HandleP50, c.HandleP90
	r.BookedHandoffs, r.TimeToBookingP50, r.TimeToBookingP90 = c.BookedHandoffs, c.BookingP50, c.BookingP90
	r.SLARerouted, r.SLAEscalated = c.Events[store.EventRerouted], c.Events[store.EventSLAEscalated]
	r.CollisionsPrevented = c.CollisionsPrevented
	r.Booked = c.Events[store.EventBooked] - c.Events[store.EventRescheduled]
	r.MeetingsCompleted, r.NoShows = c.Events[store.EventMeetingDone], c.Events[store.EventNoShow]
	r.ShowRate = rate(r.MeetingsCompleted, r.MeetingsCompleted+r.NoShows)
	r.Resumes = c.Events[store.EventResume]
	r.OptOuts, r.OptIns = c.Events[store.EventOptOut], c.Events[store.EventOptIn]
}

// slaKinds are the events of the 5-minute rule.
var slaKinds = []store.EventKind{store.EventRerouted, store.EventSLAEscalated}

// slaBreaches counts the handoff events in p's window that an event of
// [slaKinds] followed before To and before the conversation's next
// handoff, paging through the tenant's conversations. The window's
// handoffs are breached before To only by events in the window, so a
// window without such events needs no pass.
func slaBreaches(ctx context.Context, tx store.Tx, p Params) (int64, error) {
	const page = 200
	from, to := p.From.Truncate(time.Microsecond), p.To.Truncate(time.Microsecond)
	var n int64
	var after *store.ConversationCursor
	for {
		convs, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: p.TenantID, Limit: page, After: after})
		if err != nil {
			return 0, err
		}
		for _, c := range convs {
			evs, err := tx.EventList(ctx, p.TenantID, c.ID)
			if err != nil {
				return 0, err
			}
			// open: the conversation's latest handoff is in the window and
			// not yet counted.
			open := false
			for _, e := range evs {
				at := e.CreatedAt.Truncate(time.Microsecond)
				if !at.Before(to) {
					break
				}
				switch {
				case e.Kind == store.EventHandoff:
					open = !at.Before(from)
				case open && slices.Contains(slaKinds, e.Kind):
					n, open = n+1, false
				}
			}
		}
		if len(convs) < page {
			return n, nil
		}
		last := convs[len(convs)-1]
		after = &store.ConversationCursor{HandoffAt: last.HandoffAt, ID: last.ID}
	}
}

// complained counts the handoff events in p's window that a complaint of
// the lead (the times in complaints, by conversation, all in the window)
// followed: later than the handoff, before the conversation's next
// handoff or resume. It reads the events of the conversations with a
// complaint only, one conversation at a time.
func complained(ctx context.Context, tx store.Tx, p Params, complaints map[string][]time.Time) (int64, error) {
	from := p.From.Truncate(time.Microsecond)
	convs := make([]string, 0, len(complaints))
	for id := range complaints {
		convs = append(convs, id)
	}
	slices.Sort(convs)
	var n int64
	for _, id := range convs {
		evs, err := tx.EventList(ctx, p.TenantID, id)
		if err != nil {
			return 0, err
		}
		// open is the conversation's latest handoff in the window, not yet
		// counted, while no resume or later handoff closed it.
		var open *time.Time
		settle := func(until time.Time) {
			if open != nil && slices.ContainsFunc(complaints[id], func(c time.Time) bool {
				c = c.Truncate(time.Microsecond)
				return c.After(*open) && !c.After(until)
			}) {
				n++
			}
			open = nil
		}
		for _, e := range evs {
			at := e.CreatedAt.Truncate(time.Microsecond)
			switch e.Kind {
			case store.EventHandoff, store.EventResume:
				// a complaint at the very time of the next handoff or
				// resume came before it: the commit dates both alike
				settle(at)
				if e.Kind == store.EventHandoff && !at.Before(from) {
					open = &at
				}
			}
		}
		settle(p.To)
	}
	return n, nil
}

// requestions follows the streamed conversations: the fields the lead's
// messages gave so far, and each rep message of the window against them.
type requestions struct {
	p     Params
	r     *Report
	conv  string
	known map[qualify.Field]bool
}

func (q *requestions) message(m store.Message) error {
	if m.ConversationID != q.conv {
		q.conv, q.known = m.ConversationID, map[qualify.Field]bool{}
	}
	switch m.Origin {
	case store.OriginLead:
		vals, err := ruleExtractor.Extract(context.Background(), qualify.ExtractInput{Schema: q.p.Schema, Text: m.Body, MessageID: m.ID})
		if err != nil {
			return err
		}
		for _, v := range vals {
			if v.Confidence >= q.p.Schema.MinConfidence {
				q.known[v.Field] = true
			}
		}
	case store.OriginRep:
		if m.CreatedAt.Before(q.p.From) {
			return nil // context only: the window's rep messages count
		}
		q.r.RepMessages++
		asked := AskedFields(m.Body, q.p.Schema)
		if len(asked) > 0 {
			q.r.RepQuestions++
		}
		again := false
		for _, f := range asked {
			if q.known[f] {
				again = true
				q.r.ReQuestionsByField[string(f)]++
			}
		}
		if again {
			q.r.ReQuestions++
		}
	}
	return nil
}

func rate(n, d int64) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// WriteTable prints r as a two-column table, one figure a line, for the
// handoffkit metrics command and logs.
func (r Report) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(k, format string, args ...any) { fmt.Fprintf(tw, "%s\t%s\n", k, fmt.Sprintf(format, args...)) }
	pct := func(n, d int64, f float64) string {
		if d == 0 {
			return fmt.Sprintf("%d", n)
		}
		return fmt.Sprintf("%d (%.1f%%)", n, 100*f)
	}
	row("tenant", "%s", r.TenantID)
	row("window", "%s .. %s", r.From.UTC().Format(time.RFC3339), r.To.UTC().Format(time.RFC3339))
	row("conversations", "%d", r.Conversations)
	row("handed off", "%s", pct(r.HandedOff, r.Conversations, r.HandoffRate))
	row("handoffs", "%d", r.Handoffs)
	for _, reason := range sortedKeys(r.HandoffsByReason) {
		row("  reason "+reason, "%d", r.HandoffsByReason[reason])
	}
	row("rep responded", "%d (booked, no rep yet %d; unanswered %d)", r.Responded, r.BookedOnly, r.Unanswered)
	row("time to first rep action", "p50 %s  p90 %s", r.TimeToRepP50, r.TimeToRepP90)
	row("closed by the rep", "%s", pct(r.Closed, r.Handoffs, r.CloseRate))
	row("handle time", "p50 %s  p90 %s (%d of %d closed timed)", r.HandleTimeP50, r.HandleTimeP90, r.Handled, r.Closed)
	row("reopened after done", "%d", r.Reopened)
	row("booked after handoff", "%d", r.BookedHandoffs)
	row("time to booking", "p50 %s  p90 %s", r.TimeToBookingP50, r.TimeToBookingP90)
	row("complained after handoff", "%s", pct(r.Complained, r.Handoffs, r.ComplaintRate))
	row("SLA breaches", "%d of %d handoffs (re-routes %d, escalations %d)", r.SLABreaches, r.Handoffs, r.SLARerouted, r.SLAEscalated)
	row("collisions prevented", "%d", r.CollisionsPrevented)
	row("opted out", "%s", pct(r.OptedOut, r.Conversations, r.OptOutRate))
	row("opt-out events", "%d (opt-ins %d)", r.OptOuts, r.OptIns)
	row("review band", "%s", pct(r.Reviewed, r.Conversations, r.ReviewRate))
	row("rep messages", "%d (asking for a field %d)", r.RepMessages, r.RepQuestions)
	row("re-questions", "%s", pct(r.ReQuestions, r.RepMessages, r.ReQuestionRate))
	for _, f := range sortedKeys(r.ReQuestionsByField) {
		row("  re-asked "+f, "%d", r.ReQuestionsByField[f])
	}
	row("meetings booked", "%d", r.Booked)
	row("show rate", "%s of %d outcomes (no-shows %d)", pct(r.MeetingsCompleted, r.MeetingsCompleted+r.NoShows, r.ShowRate), r.MeetingsCompleted+r.NoShows, r.NoShows)
	row("lead messages", "%d", r.LeadMessages)
	row("context loss", "%s", pct(r.ContextLoss, r.LeadMessages, r.ContextLossRate))
	row("resumes", "%d", r.Resumes)
	return tw.Flush()
}

// Table returns [Report.WriteTable]'s output.
func (r Report) Table() string {
	var s strings.Builder
	_ = r.WriteTable(&s)
	return s.String()
}

func sortedKeys(m map[string]int64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
