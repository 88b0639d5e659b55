// Package llm is the vendor-neutral part of handoffkit's language-model
// adapters: what every adapter reports about its calls ([CallInfo]), the
// price table its cost estimates come from ([Price], [DefaultPrices]) and
// the errors it returns ([ErrRefused], [ErrTruncated], [ErrMalformed],
// [ErrUnsafeText]).
//
// The adapters themselves live in sub-packages, one per vendor SDK, so an
// application links only the SDK it uses:
//
//	llm/anthropic   Claude, on github.com/anthropics/anthropic-sdk-go/v2
//	llm/openai      OpenAI and OpenAI-compatible servers, on github.com/openai/openai-go/v3
//
// Each adapter is one value that implements qualify.Extractor,
// qualify.Scorer, trigger.Judge, bridge.Drafter and
// brief.Summarizer. Extract, Score and Judge for the same lead message
// share ONE structured model call, memoised per message; drafts and
// summaries are one call each.
//
// What every adapter guarantees, whatever the vendor:
//
//   - The lead's text is data. It is sent only inside a delimited,
//     JSON-encoded data block of the user turn, never in the instructions,
//     and the instructions tell the model to treat it as such.
//   - The adapter only adds. It reports what the model found; it never
//     returns a removal. The engine keeps the rules as a floor by merging
//     (trigger.Signals.Merge for signals; fields and scores likewise).
//   - Output is validated, never trusted: unknown fields are dropped,
//     confidences clamped to 0..1, scores to 0..100, commitment to 0..3,
//     topics and competitors restricted to the ones watched, and a field
//     value is kept only when its evidence is found, verbatim up to case
//     and spacing, in the lead's own messages (the returned Evidence is
//     then the lead's exact words, and its MessageID the lead message
//     they are in: the new one, or the History turn that holds them) and
//     can carry the value: a soft yes or an acknowledgement alone ("ok",
//     "yes", "sounds good") grounds no value, nor does a quote of fewer
//     than four letters and digits from within a longer message. The
//     engine adds no model field to a message that is only a soft yes
//     unless its rules read that field there (see handoff.Config.Extractor).
//   - Drafts pass bridge.ValidateWith for their purpose (which refuses a
//     writer claiming to be a person, or not a bot, in any shape, or
//     introducing itself as the rep or by a name that is not the
//     request's Voice.AgentName) and contain no link, e-mail address or
//     phone number, or the Drafter returns an error matching
//     [ErrUnsafeText] or bridge.ErrInvalidText, so the engine sends its
//     template instead. The engine holds them to bridge.CheckFacts too
//     (no invented price, offer, guarantee or sooner wait), and refuses
//     a draft not written in the lead's language (bridge.Request.Lang).
//   - Failures are errors, returned quickly: timeouts, refusals,
//     truncation, malformed output, 4xx, 5xx and 429 after the SDK's
//     retries, and the caller's context being done. The engine then
//     decides with its rules and drafts from its template.
//
// This package imports no vendor SDK; neither do the core packages
// (handoff, qualify, trigger, dnc, bridge, brief).
package llm
