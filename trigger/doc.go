// Package trigger decides whether a conversation must go to a human now.
//
// A [Policy] is an ordered list of [Rule]s; the first rule that fires wins
// and its [Decision] carries a typed [Reason] and the detail a rep brief
// needs. [DefaultPolicy] is the seeds' policy: the [OptOut] guard, explicit
// ask, N-of-M qualification fields, score >= 70, frustration.
// [OutOfScope], [Competitor] and [HighValue] ship ready to enable. Soft
// yeses never fire alone.
//
// [Analyze] returns the [Signals] of one message (explicit ask,
// frustration, out-of-scope topics, competitors, commitment, questions and
// objections) for rules and for the rep brief. Every detector normalises
// the message once and matches token patterns; no regular expressions run
// on the hot path.
package trigger
