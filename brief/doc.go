// Package brief is what a rep reads before picking up a handed-off lead: a
// short summary first, then the signals, the fields in the lead's own words
// and the transcript on demand.
//
// Map of the package:
//
//   - [Build] makes a [Brief] from a conversation, its whole transcript and
//     its meetings: the one function behind the rep notification,
//     handoff.Engine.Brief and every rendering;
//   - [Summarizer] writes the summary at the top (the LLM adapters
//     implement it); [Summarize] calls one with a deadline and keeps the
//     rule-based [RuleSummary] when it fails;
//   - renderings: [Brief.Text] for Slack and notifications, [Brief.SMS]
//     for a rep who gets briefs by text, [Brief.Markdown] for e-mail and
//     CRM notes, [Brief.JSON] in the versioned schema of brief.schema.json
//     ([JSONSchema]), and [Brief.TranscriptText] on demand;
//   - cues.go holds the brief's own cues as data, in English, Spanish
//     and the two mixed: urgency, money, decision-maker, interests and
//     sentiment, each labelled in English for the rep; price worries are
//     [trigger.Analyze]'s "price concern" objection, read from there.
//
// The package imports store, qualify and trigger, never handoff.
package brief
