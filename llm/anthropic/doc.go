// Package anthropic runs handoffkit's model tier on Claude, through
// Anthropic's official Go SDK (github.com/anthropics/anthropic-sdk-go/v2).
//
// One [Adapter] implements [qualify.Extractor], [qualify.Scorer],
// [trigger.Judge], [bridge.Drafter] and [brief.Summarizer]; build it with
// [New] (or [FromEnv]) and put it in the engine's Config.
//
// # What is sent
//
// Analysis (Extract, Score, Judge): ONE Messages API call per inbound
// lead message, shared by the three methods (see "One call per message").
// The request is:
//
//   - system: the instructions, fixed for a given Config (the fields,
//     competitors and topics watched), marked with cache_control so the
//     API caches the tools and system prefix (prompt caching; a prefix
//     shorter than the model's minimum cacheable length is simply not
//     cached). They contain no lead text.
//   - tools: one tool, record_analysis, whose input_schema is the output
//     (fields with value, confidence and evidence; score; opt_out and its
//     confidence; explicit_ask; frustrated; out_of_scope; competitors;
//     commitment; why), forced with tool_choice.
//   - messages: one user turn: a <conversation_data> block holding the
//     JSON-encoded transcript (from: lead or business) and the new
//     message, then a fixed sentence. JSON encoding escapes '<' and '>',
//     so nothing the lead writes can close the block. The lead's text is
//     never placed in the instructions.
//
// Drafts: one call per [Adapter.Draft], tool record_draft, the system
// prompt fixed per purpose; the user turn is a <draft_request> block with
// every non-empty field of the [bridge.Request] (the business's voice,
// lead name, reason, detail, rep, the lead's language, fields, missing
// fields, transcript) except ConversationID; the system prompt tells the
// model to write in the lead's language (Lang) for every purpose, a
// reply included. Summaries: one call per [Adapter.Summarize],
// tool record_summary, a <summary_request> block with the
// [brief.SummaryInput].
//
// Model, max_tokens and, when set, temperature come from [Config]. The
// SDK v2 request type has no temperature field, so it is sent as a raw
// JSON field, and only when Config.Temperature is set; a model that
// rejects it answers 400, which is an error like any other.
//
// # What is kept
//
// Output is validated, never trusted: unknown properties and values of
// the wrong type are ignored; confidences are clamped to 0..1, the score
// to 0..100, commitment to 0..3; fields outside the schema, topics
// outside those watched and competitors outside Config.Competitors (or
// "other company") are dropped. A field value is kept only when its
// evidence is found in the lead's own messages (up to case, spacing and
// quote style) and is more than a soft yes ("ok", "sure") or a quote too
// short to carry it; its Evidence is then the lead's exact words. Extract
// drops values equal to a known value that is at least as confident.
// Judgement.Tier is "llm:anthropic"; an opt-out confidence is reported
// only with an opt-out.
//
// The adapter only adds: it reports what the model found and never
// returns a removal. It does not run the rules; the engine keeps them as
// a floor ([trigger.Signals.Merge] for signals, its extractor merge for
// fields).
//
// A draft must pass, in this order: no link, e-mail address or phone
// number ([llm.ErrUnsafeText]), then [bridge.ValidateWith] for its
// purpose with Config.MaxSegments (one SMS segment by default; a bridge
// must end by asking for a callback time; no text may claim the writer
// is a person or is not a bot, or introduce it as the request's RepName
// or by any name but its Voice.AgentName, whatever the lead asked).
// Otherwise Draft returns the error and the engine sends its template.
// The engine checks the draft again with the same number of segments
// (the Adapter is a [bridge.SegmentLimiter]), then with
// [bridge.CheckFacts]: no price the lead did not give, no offer or
// guarantee, no wait sooner than the rep's. Summaries are one line of at
// most 600 characters.
//
// # One call per message
//
// Extract, Score and Judge of the same message share one call: results
// are memoised under a hash of the model, the message, its history and
// the fields, competitors and topics watched, in a bounded LRU cache
// (Config.CacheSize, Config.CacheTTL), and concurrent callers of one key
// wait for the same call. Judge has no schema in its input and Extract
// no competitor list, so each takes the missing part from Config: set
// Config.Schema, Competitors and Topics as in the engine (the defaults
// match the engine's defaults) or the three will not share a call. A
// failed analysis is remembered for 30 seconds, so the other two methods
// fail at once instead of waiting for the API again.
//
// # What happens on failure
//
// Every failure is an error, returned as soon as it is known; the engine
// then decides with its rules and drafts from its template:
//
//   - 429, 408, 409 and 5xx are retried by the SDK (Config.MaxRetries,
//     2 by default) with exponential backoff, honouring Retry-After and
//     Retry-After-Ms; a Retry-After that would end past the call's
//     deadline stops the retries at once. What remains is an
//     [llm.APIError] (other 4xx are not retried): its message has the
//     status, the error type and code and the request ID, never the
//     response body, which a server may fill with the request; it wraps
//     the SDK's *anthropic.Error, body included, for errors.As.
//   - Each HTTP attempt, its response body included, is bounded by
//     Config.AttemptTimeout (half of Timeout by default), and an attempt
//     it ends is retried like a connection error; the whole call,
//     retries included, is bounded by Config.Timeout and the caller's
//     context. A timeout or cancellation returns the context's error.
//   - stop_reason "refusal" is [llm.ErrRefused]; "max_tokens" and
//     "model_context_window_exceeded" are [llm.ErrTruncated]; no
//     record_* tool call, or output that is not a JSON object, is
//     [llm.ErrMalformed]; Score without a score is ErrMalformed too.
//   - A 2xx response whose body the SDK cannot read or decode (cut
//     short, by the server or by a connection dropped part-way through
//     it; not JSON: a proxy's page) is [llm.ErrMalformed] too, wrapping
//     the SDK's error; it is not retried, since the model ran.
//
// A caller whose context ends returns at once; a shared analysis call
// goes on for the callers still waiting and is cancelled when none is.
//
// # Observability
//
// Every call (with its retries) is reported once: through Config.Logger
// at Info ("llm call"; Warn "llm call failed" with the error) with
// provider, model, purpose, input/output/cache-read/cache-write tokens,
// latency, attempts, stop reason and cost estimate, and through
// Config.OnCall as an [llm.CallInfo]. Neither ever contains the lead's
// text. Costs come from [llm.DefaultPrices], overridden by Config.Prices.
package anthropic
