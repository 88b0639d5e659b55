// Package trigger decides whether a conversation must go to a human now.
//
// A [Policy] is an ordered list of [Rule]s; the first rule that fires wins
// and its [Decision] carries a typed [Reason] and the detail a rep brief
// needs. [DefaultPolicy] is the seeds' policy: the [OptOut] guard, explicit
// ask, frustration, N-of-M qualification fields, score >= 70 (a lead who
// is angry when they qualify goes to a person as an angry lead: the seeds
// escalate a sentiment shift at once).
// [OutOfScope] (every [Topics] entry: pricing, legal, billing, technical,
// customization, emergency, financing), [Competitor], [HighValue] and
// [HighValueScope] (amounts or large-scope cues) ship ready to enable.
// Soft yeses never fire alone.
//
// Judgement comes in tiers. [Analyze] is the rule tier: it returns the
// [Signals] of one message (explicit ask, frustration, out-of-scope
// topics, competitors, commitment, questions and objections), in English,
// Spanish and Spanglish, for rules and for the rep brief; every detector
// normalises the message once and matches token patterns, no regular
// expressions. A [Judge] is a tier above: [Model] is the learned tier
// shipped with the library (embedded weights, no I/O), an LLM adapter is
// another; [Signals.Merge] adds what a judge found and never removes what
// the rules found. Rules read [Input.Signals] when the engine passes the
// merged signals, and [Judged] (rules merged with [Model]) otherwise.
// Each decision names its tier: a rule's name, or "model: " with the
// model's probability and strongest features. [OutOfScope] with every
// topic also asks the learned tier's topic model where no rule matches (a
// question for a person in words no rule lists); its detail then carries
// "(model p=...)", and so do [Competitor] with no names, which asks it
// where no generic cue matches (a provider no list names), and
// [HighValueScope], which asks it about a message with no digits where
// no scope cue matches (a large job told in words). An ask's
// patterns are in ask.go and the look-alike readings each one excludes
// are a table in askrules.go; words inside double quotes are someone else's and never
// ask.
//
// A short reply often means something only against what the business
// last said, so [Input.Asked] carries that message (the engine fills it
// from the transcript): taking an offered call ("yeah after 5 is best" to
// "want one of our loan officers to give you a call?") is an explicit
// ask, and a bare count, choice or value ("roughly 350 to start", "full",
// "probably 1.4") answering a question about seats, scope or a home's
// value is high value.
package trigger
