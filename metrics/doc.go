// Package metrics is the handoff report of a tenant over a time window,
// computed from the audit trail and the transcript: conversations, handoff
// rate and reasons, time from trigger to the first rep action (p50, p90),
// handoff-to-close rate (the rep's Complete) and human handle time, time
// from handoff to a booked meeting, complaint rate after a handoff, SLA
// breaches, collisions prevented, opt-out and review-band rates,
// re-question rate, show rate of booked meetings, "like I already told
// you" context-loss messages and resumes.
//
// Map of the package:
//
//   - [Compute] builds a [Report] from any store.Store: the counts through
//     store.CountMetrics (aggregate SQL on sqlstore, the store.MetricsTx
//     ability), the text figures through store.ScanMetrics' streaming
//     scans, so its memory does not grow with the trail, and the SLA
//     breaches (handoffs, not events) by a pass over the conversations'
//     events when the window holds any of the 5-minute rule's; complaints
//     after a handoff by the frustration cues of package trigger on the
//     scanned lead messages, then the events of the conversations with one;
//   - [AskedFields] is the re-question detector: the schema fields a rep
//     message asks for, read by the rule extractor of package qualify and
//     ask cues; [ContextLoss] finds a lead repeating themselves;
//   - [Report.WriteTable] prints the table of `handoffkit metrics`;
//     metrics/otel exports a report as OpenTelemetry instruments.
//
// handoff.Engine.Metrics is Compute with the engine's schema.
package metrics
