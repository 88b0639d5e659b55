// Package otel exports handoffkit's handoff report (package metrics) as
// OpenTelemetry metrics on go.opentelemetry.io/otel/metric. It is the only
// package of the module that imports OpenTelemetry: hosts that do not use
// it never link it.
//
// [Register] creates observable gauges on a metric.Meter and, at every
// collection, asks Config.Report for each tenant's report (typically
// handoff.Engine.Metrics over a trailing window) and records its figures
// with the attribute "tenant". Instruments, all prefixed "handoffkit.":
//
//	conversations, handed_off, handoffs{reason}, responded     {conversation} / {handoff}
//	closed, handled, booked_handoffs, booked_only, complained   {handoff}
//	handoff.rate, opt_out.rate, review.rate, close.rate,
//	complaint.rate, re_question.rate, show.rate,
//	context_loss.rate                                           1 (a fraction)
//	time_to_rep, handle_time, time_to_booking
//	  {quantile="0.5"|"0.9"}                                    s
//	sla.breaches                                                {handoff}
//	sla.events{kind="rerouted"|"escalated"}                     {event}
//	collisions_prevented                                        {message}
//	re_questions, rep_messages, context_loss, lead_messages     {message}
//	meetings{outcome="booked"|"completed"|"no_show"}            {meeting}
//	resumes, opted_out, reviewed                                {conversation}
//	reopened                                                    {event}
//	consent.events{kind="opt_out"|"opt_in"}                     {event}
//
// They are gauges, not counters: each value is the figure of the window
// the Report function chose, recomputed at collection.
package otel

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"

	"github.com/handoffkit/handoffkit/metrics"
)

// Config configures [Register].
type Config struct {
	// Tenants are the tenants to report on; required.
	Tenants []string
	// Report returns a tenant's report at collection time; required. It
	// runs inside the SDK's collection with its ctx, so it should bound
	// its window (the last hour, the last day).
	Report func(ctx context.Context, tenantID string) (metrics.Report, error)
	// Prefix replaces "handoffkit." in front of the instrument names.
	Prefix string
}

// instruments are the gauges of [Register].
type instruments struct {
	ints   map[string]metric.Int64ObservableGauge
	floats map[string]metric.Float64ObservableGauge
}

var (
	intNames = map[string]string{ // name -> unit
		"conversations": "{conversation}", "handed_off": "{conversation}", "opted_out": "{conversation}", "reviewed": "{conversation}",
		"resumes": "{conversation}", "handoffs": "{handoff}", "responded": "{handoff}", "sla.breaches": "{handoff}",
		"sla.events": "{event}", "collisions_prevented": "{message}", "re_questions": "{message}", "rep_messages": "{message}",
		"context_loss": "{message}", "lead_messages": "{message}", "meetings": "{meeting}",
		"closed": "{handoff}", "handled": "{handoff}", "booked_handoffs": "{handoff}", "booked_only": "{handoff}", "complained": "{handoff}",
		"reopened": "{event}", "consent.events": "{event}",
	}
	floatNames = map[string]string{
		"handoff.rate": "1", "opt_out.rate": "1", "review.rate": "1", "re_question.rate": "1", "show.rate": "1",
		"context_loss.rate": "1", "time_to_rep": "s", "close.rate": "1", "complaint.rate": "1",
		"handle_time": "s", "time_to_booking": "s",
	}
)

// Register creates the instruments on meter and the callback that
// observes them. Unregister the returned registration to stop. A report
// that fails is skipped for that collection and its error returned to the
// SDK (joined with the others).
func Register(meter metric.Meter, cfg Config) (metric.Registration, error) {
	if meter == nil || cfg.Report == nil || len(cfg.Tenants) == 0 {
		return nil, errors.New("metrics/otel: Register needs a meter, Config.Report and Config.Tenants")
	}
	prefix := cfg.Prefix
	if prefix == "" {
		prefix = "handoffkit."
	}
	ins := instruments{ints: map[string]metric.Int64ObservableGauge{}, floats: map[string]metric.Float64ObservableGauge{}}
	var all []metric.Observable
	for name, unit := range intNames {
		g, err := meter.Int64ObservableGauge(prefix+name, metric.WithUnit(unit), metric.WithDescription(describe(name)))
		if err != nil {
			return nil, fmt.Errorf("metrics/otel: instrument %s: %w", name, err)
		}
		ins.ints[name] = g
		all = append(all, g)
	}
	for name, unit := range floatNames {
		g, err := meter.Float64ObservableGauge(prefix+name, metric.WithUnit(unit), metric.WithDescription(describe(name)))
		if err != nil {
			return nil, fmt.Errorf("metrics/otel: instrument %s: %w", name, err)
		}
		ins.floats[name] = g
		all = append(all, g)
	}
	tenants := append([]string(nil), cfg.Tenants...)
	return meter.RegisterCallback(func(ctx context.Context, o metric.Observer) error {
		var errs []error
		for _, tenant := range tenants {
			r, err := cfg.Report(ctx, tenant)
			if err != nil {
				errs = append(errs, fmt.Errorf("metrics/otel: report of tenant %s: %w", tenant, err))
				continue
			}
			ins.observe(o, tenant, r)
		}
		return errors.Join(errs...)
	}, all...)
}

// observe records one report.
func (ins instruments) observe(o metric.Observer, tenant string, r metrics.Report) {
	t := attribute.String("tenant", tenant)
	i := func(name string, v int64, attrs ...attribute.KeyValue) {
		o.ObserveInt64(ins.ints[name], v, metric.WithAttributes(append(attrs, t)...))
	}
	f := func(name string, v float64, attrs ...attribute.KeyValue) {
		o.ObserveFloat64(ins.floats[name], v, metric.WithAttributes(append(attrs, t)...))
	}
	i("conversations", r.Conversations)
	i("handed_off", r.HandedOff)
	i("opted_out", r.OptedOut)
	i("reviewed", r.Reviewed)
	i("resumes", r.Resumes)
	for reason, n := range r.HandoffsByReason {
		i("handoffs", n, attribute.String("reason", reason))
	}
	i("responded", r.Responded)
	i("closed", r.Closed)
	i("handled", r.Handled)
	i("booked_handoffs", r.BookedHandoffs)
	i("booked_only", r.BookedOnly)
	i("complained", r.Complained)
	i("reopened", r.Reopened)
	i("consent.events", r.OptOuts, attribute.String("kind", "opt_out"))
	i("consent.events", r.OptIns, attribute.String("kind", "opt_in"))
	i("sla.breaches", r.SLABreaches)
	i("sla.events", r.SLARerouted, attribute.String("kind", "rerouted"))
	i("sla.events", r.SLAEscalated, attribute.String("kind", "escalated"))
	i("collisions_prevented", r.CollisionsPrevented)
	i("re_questions", r.ReQuestions)
	i("rep_messages", r.RepMessages)
	i("context_loss", r.ContextLoss)
	i("lead_messages", r.LeadMessages)
	i("meetings", r.Booked, attribute.String("outcome", "booked"))
	i("meetings", r.MeetingsCompleted, attribute.String("outcome", "completed"))
	i("meetings", r.NoShows, attribute.String("outcome", "no_show"))
	f("handoff.rate", r.HandoffRate)
	f("opt_out.rate", r.OptOutRate)
	f("review.rate", r.ReviewRate)
	f("re_question.rate", r.ReQuestionRate)
	f("show.rate", r.ShowRate)
	f("context_loss.rate", r.ContextLossRate)
	f("close.rate", r.CloseRate)
	f("complaint.rate", r.ComplaintRate)
	// a percentile of no handoffs is not zero: nothing is observed
	quantiles := func(name string, n int64, p50, p90 time.Duration) {
		if n > 0 {
			f(name, p50.Seconds(), attribute.String("quantile", "0.5"))
			f(name, p90.Seconds(), attribute.String("quantile", "0.9"))
		}
	}
	quantiles("time_to_rep", r.Responded, r.TimeToRepP50, r.TimeToRepP90)
	quantiles("handle_time", r.Handled, r.HandleTimeP50, r.HandleTimeP90)
	quantiles("time_to_booking", r.BookedHandoffs, r.TimeToBookingP50, r.TimeToBookingP90)
}

// describe is an instrument's description.
func describe(name string) string {
	d := map[string]string{
		"conversations":        "Conversations started in the report window",
		"handed_off":           "Conversations of the window handed off to a rep",
		"opted_out":            "Conversations of the window that opted out",
		"reviewed":             "Conversations of the window sent to a person's review as a possible opt-out",
		"consent.events":       "Opt-outs and opt-ins taken in the window, by kind, one per conversation they changed",
		"resumes":              "Explicit hand-backs to the AI in the window",
		"handoffs":             "Handoffs in the window by trigger reason",
		"responded":            "Handoffs of the window a rep acted on",
		"closed":               "Handoffs of the window the rep completed",
		"handled":              "Completed handoffs of the window with a rep action before the complete",
		"reopened":             "Completed conversations the lead wrote on again, back in the Hot inbox",
		"booked_handoffs":      "Handoffs of the window on which a meeting was booked",
		"booked_only":          "Handoffs of the window the lead's booking settled before any rep acted",
		"complained":           "Handoffs of the window after which the lead complained",
		"close.rate":           "Share of the window's handoffs the rep completed",
		"complaint.rate":       "Share of the window's handoffs after which the lead complained",
		"handle_time":          "Time from a rep's first action on a handoff to its complete, by quantile",
		"time_to_booking":      "Time from a handoff to the meeting booked after it, by quantile",
		"sla.breaches":         "Handoffs of the window re-routed or escalated by the SLA",
		"sla.events":           "Re-routes and escalations by the SLA in the window",
		"collisions_prevented": "Automated texts cancelled because a rep wrote or took over",
		"re_questions":         "Rep messages asking for a field the lead had already given",
		"rep_messages":         "Rep messages in the window",
		"context_loss":         "Lead messages saying they are repeating themselves",
		"lead_messages":        "Lead messages in the window",
		"meetings":             "Meetings booked, completed and missed in the window",
		"handoff.rate":         "Share of the window's conversations handed off",
		"opt_out.rate":         "Share of the window's conversations that opted out",
		"review.rate":          "Share of the window's conversations in the review band",
		"re_question.rate":     "Share of rep messages that re-ask a known field",
		"show.rate":            "Share of meeting outcomes where the lead showed",
		"context_loss.rate":    "Share of lead messages that repeat what they said",
		"time_to_rep":          "Time from a handoff to the first rep action, by quantile",
	}[name]
	return strings.TrimSpace(d)
}
