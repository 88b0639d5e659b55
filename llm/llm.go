package llm

import (
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"
)

// Errors returned by the adapters. Vendor API errors (an HTTP status the
// SDK gave up on) are returned as an [*APIError] wrapping the SDK's own
// error type.
var (
	// ErrRefused: the model declined to answer (a refusal stop reason, a
	// refusal message or a content filter).
	ErrRefused = errors.New("llm: the model refused")
	// ErrTruncated: the output hit the token limit (max_tokens, length) or
	// the context window before it was complete.
	ErrTruncated = errors.New("llm: the output was truncated")
	// ErrMalformed: the output was not the structured object asked for
	// (no tool call, invalid JSON, a required value missing).
	ErrMalformed = errors.New("llm: malformed model output")
	// ErrUnsafeText: a draft contained a link, an e-mail address or a
	// phone number. Drafts that break the SMS rules of
	// [github.com/handoffkit/handoffkit/bridge.ValidateWith] return that
	// package's error (matching bridge.ErrInvalidText) instead.
	ErrUnsafeText = errors.New("llm: unsafe draft")
)

// APIError is the error an adapter returns when the vendor's API answered
// with an error status (after the SDK's retries). Its message holds the
// provider, the status, the vendor's error type and code and the request
// ID, never the response body: a server or gateway may quote the request
// there, and with it the lead's text. Err is the SDK's own error
// (*anthropic.Error, *openai.Error), body included, for a host that
// wants it: errors.As reaches it through Unwrap, so keep it out of logs.
type APIError struct {
	Provider   string // "anthropic", "openai"
	StatusCode int    // the HTTP status
	// Type and Code are the vendor's error type ("rate_limit_error",
	// "invalid_request_error") and error code, RequestID the API's ID of
	// the request; each is "" when absent or not a short identifier.
	Type      string
	Code      string
	RequestID string
	Err       error // the SDK's error
}

// Error implements error: "anthropic API error: 400 Bad Request
// (invalid_request_error, request req_123)".
func (e *APIError) Error() string {
	msg := fmt.Sprintf("%s API error: %d %s", e.Provider, e.StatusCode, http.StatusText(e.StatusCode))
	var parts []string
	for _, p := range []string{e.Type, e.Code} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	if e.RequestID != "" {
		parts = append(parts, "request "+e.RequestID)
	}
	if len(parts) > 0 {
		msg += " (" + strings.Join(parts, ", ") + ")"
	}
	return msg
}

// Unwrap returns the SDK's error.
func (e *APIError) Unwrap() error { return e.Err }

// Purpose says what a model call was for.
type Purpose string

// Purposes of model calls.
const (
	// PurposeAnalyze is the one structured call per inbound lead message
	// that serves Extract, Score and Judge.
	PurposeAnalyze Purpose = "analyze"
	// PurposeDraft writes one outgoing text for a bridge.Request.
	PurposeDraft Purpose = "draft"
	// PurposeSummarize writes the short summary at the top of a brief.
	PurposeSummarize Purpose = "summarize"
)

// CallInfo describes one model call (all of its retries), for logs,
// metrics and cost tracking. It never contains the lead's text.
type CallInfo struct {
	Provider string  // "anthropic", "openai"
	Model    string  // the model asked for
	Purpose  Purpose // what the call was for
	// DraftPurpose is the bridge purpose of a draft ("bridge", "reply"),
	// "" for other calls.
	DraftPurpose string
	// Key identifies the memoised analysis (a hash prefix of the message
	// and its context), "" for other calls. Two CallInfos with the same
	// Key are the same message analysed twice (the memo had expired).
	Key string

	// Token counts as reported by the API. InputTokens counts input
	// tokens neither read from nor written to the prompt cache.
	InputTokens      int64
	OutputTokens     int64
	CacheReadTokens  int64
	CacheWriteTokens int64

	Latency    time.Duration // from the first attempt to the result
	Attempts   int           // HTTP attempts, 1 without retries
	StopReason string        // the vendor's stop or finish reason
	// CostUSD is an estimate from the price table; PriceKnown is false
	// (and CostUSD 0) when the table has no price for Model.
	CostUSD    float64
	PriceKnown bool
	// Err is the call's error, nil on success.
	Err error
}

// Price is what a model costs, in US dollars per million tokens.
type Price struct {
	Input      float64 // uncached input tokens
	Output     float64 // output tokens (thinking/reasoning included)
	CacheRead  float64 // input tokens read from the prompt cache
	CacheWrite float64 // input tokens written to the prompt cache
}

// Cost returns the estimated cost of info's tokens at p, in US dollars.
func (p Price) Cost(info CallInfo) float64 {
	return (float64(info.InputTokens)*p.Input + float64(info.OutputTokens)*p.Output +
		float64(info.CacheReadTokens)*p.CacheRead + float64(info.CacheWriteTokens)*p.CacheWrite) / 1e6
}

// DefaultPrices is the price table the adapters estimate costs from, keyed
// by model name. They are list prices as published when this table was
// written, for standard (not batch or priority) processing; prices
// change, so treat the estimate as an estimate and set the adapters'
// Config.Prices for your own models and contracts. A model missing from
// both tables is reported with PriceKnown false. Adapters read the map,
// never write it.
var DefaultPrices = map[string]Price{
	// Anthropic: a 5-minute cache write costs 1.25x input, a read 0.1x.
	"claude-haiku-4-5":          {Input: 1, Output: 5, CacheRead: 0.10, CacheWrite: 1.25},
	"claude-haiku-4-5-20251001": {Input: 1, Output: 5, CacheRead: 0.10, CacheWrite: 1.25},
	"claude-sonnet-4-5":         {Input: 3, Output: 15, CacheRead: 0.30, CacheWrite: 3.75},
	"claude-sonnet-4-6":         {Input: 3, Output: 15, CacheRead: 0.30, CacheWrite: 3.75},
	"claude-opus-4-5":           {Input: 5, Output: 25, CacheRead: 0.50, CacheWrite: 6.25},
	"claude-opus-4-6":           {Input: 5, Output: 25, CacheRead: 0.50, CacheWrite: 6.25},
	// OpenAI: cached input at the discounted rate; cache writes are not
	// charged extra.
	"gpt-5.4-mini": {Input: 0.75, Output: 4.50, CacheRead: 0.075, CacheWrite: 0.75},
	"gpt-5.4":      {Input: 2.50, Output: 15, CacheRead: 0.25, CacheWrite: 2.50},
	"gpt-4.1-mini": {Input: 0.40, Output: 1.60, CacheRead: 0.10, CacheWrite: 0.40},
	"gpt-4o-mini":  {Input: 0.15, Output: 0.60, CacheRead: 0.075, CacheWrite: 0.15},
}

// LookupPrice returns the price of model from override, then from
// [DefaultPrices].
func LookupPrice(override map[string]Price, model string) (Price, bool) {
	if p, ok := override[model]; ok {
		return p, true
	}
	p, ok := DefaultPrices[model]
	return p, ok
}
