package openai

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"time"

	sdk "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/internal/llmcore"
	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// DefaultModel is the model used when Config.Model is empty: a fast,
// inexpensive OpenAI model with strict structured outputs.
const DefaultModel = "gpt-5.4-mini"

// ErrNoAPIKey is returned by [FromEnv] when OPENAI_API_KEY is not set and
// no OPENAI_BASE_URL points at another server.
var ErrNoAPIKey = errors.New("openai: OPENAI_API_KEY is not set")

// Config configures an [Adapter]. The zero value (or a nil *Config) means
// the defaults noted on each field; [New] applies them to a copy.
type Config struct {
	// APIKey authenticates requests. "" means OPENAI_API_KEY, read by the
	// SDK (local compatible servers often need none).
	APIKey string
	// BaseURL is the API's address, e.g. "http://localhost:8000/v1" for
	// a compatible server. "" means OPENAI_BASE_URL, else the SDK's
	// production URL.
	BaseURL string
	// Model is the model name. "" means [DefaultModel].
	Model string
	// Temperature, when set, is sent as the request's temperature. Nil
	// means the model's default (nothing is sent; reasoning models reject
	// other values).
	Temperature *float64
	// ReasoningEffort, when set ("none", "minimal", "low", ...), is sent
	// as reasoning_effort. "" sends nothing (the model's default).
	ReasoningEffort string
	// MaxTokens caps the output of one call, reasoning included. Zero
	// means 1024.
	MaxTokens int
	// LegacyMaxTokens sends the cap as max_tokens instead of
	// max_completion_tokens, for compatible servers that only know the
	// older field.
	LegacyMaxTokens bool
	// Timeout bounds one call, retries included. Zero means 10 seconds.
	// The caller's context may end it earlier (the engine's DraftTimeout
	// bounds drafts).
	Timeout time.Duration
	// AttemptTimeout bounds one HTTP attempt, its response body included.
	// Zero means half of Timeout, so an attempt that hangs is retried once.
	AttemptTimeout time.Duration
	// MaxRetries is how many times the SDK retries a 408, 409, 429 or 5xx
	// response, a connection error or an attempt AttemptTimeout ended.
	// Zero means 2; negative means none.
	MaxRetries int
	// HTTPClient sends the requests. Nil means the SDK's default client.
	HTTPClient *http.Client
	// PromptCacheKey is sent as prompt_cache_key (suffixed with ":" and
	// the purpose). "" means "handoffkit" when BaseURL is empty (the
	// official API) and nothing otherwise.
	PromptCacheKey string
	// NoPromptCache sends no prompt_cache_key at all.
	NoPromptCache bool

	// Schema is the qualification schema analysed. Zero means
	// qualify.RealEstate, the engine's default. Extract and Score use
	// the schema in their input; Judge, which has none, uses this one.
	Schema qualify.Schema
	// Competitors are the competitor names watched when the input does
	// not say (Extract and Score). Set it to the engine's Competitors.
	Competitors []string
	// Topics are the out-of-scope topics watched when the input does not
	// say. Nil means every known topic.
	Topics []trigger.Topic
	// MaxSegments is the number of SMS segments a draft may use. Zero
	// means 1. The Adapter is a [bridge.SegmentLimiter], so a
	// handoff.Engine whose Drafter it is allows its drafts as many (at
	// most ten); wrapped in another Drafter, it is one segment again.
	MaxSegments int
	// CacheSize bounds the memo of analyses. Zero means 512 messages.
	CacheSize int
	// CacheTTL is how long an analysis is reused. Zero means 10 minutes.
	CacheTTL time.Duration

	// Prices override [llm.DefaultPrices] for cost estimates.
	Prices map[string]llm.Price
	// OnCall, when set, is called after every model call (with its
	// retries), from the goroutine that made it. It must not block.
	OnCall func(ctx context.Context, info llm.CallInfo)
	// Logger receives one record per call. Nil discards. The lead's text
	// is never logged.
	Logger *slog.Logger
	// ClientOptions are extra SDK options (organization, project,
	// headers), applied after the ones this Config sets.
	ClientOptions []option.RequestOption
}

// Adapter is the OpenAI model tier. It is safe for concurrent use.
type Adapter struct {
	core  *llmcore.Core
	model string
}

// Interfaces the Adapter implements.
var (
	_ qualify.Extractor = (*Adapter)(nil)
	_ qualify.Scorer    = (*Adapter)(nil)
	_ trigger.Judge     = (*Adapter)(nil)
	_ bridge.Drafter    = (*Adapter)(nil)
	_ brief.Summarizer  = (*Adapter)(nil)

	_ bridge.SegmentLimiter = (*Adapter)(nil)
)

// New returns an Adapter for cfg (nil means defaults). It makes no
// request; a missing or wrong API key shows on the first call.
func New(cfg *Config) (*Adapter, error) {
	var c Config
	if cfg != nil {
		c = *cfg
	}
	if c.Model == "" {
		c.Model = DefaultModel
	}
	if c.MaxTokens < 0 || c.Timeout < 0 || c.AttemptTimeout < 0 || c.MaxSegments < 0 || c.CacheSize < 0 || c.CacheTTL < 0 {
		return nil, errors.New("openai: Config.MaxTokens, Timeout, AttemptTimeout, MaxSegments, CacheSize and CacheTTL must not be negative")
	}
	if c.MaxTokens == 0 {
		c.MaxTokens = 1024
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Second
	}
	if c.AttemptTimeout == 0 {
		c.AttemptTimeout = c.Timeout / 2
	}
	retries := c.MaxRetries
	switch {
	case retries == 0:
		retries = 2
	case retries < 0:
		retries = 0
	}
	cacheKey := c.PromptCacheKey
	if cacheKey == "" && c.BaseURL == "" {
		cacheKey = "handoffkit"
	}
	if c.NoPromptCache {
		cacheKey = ""
	}
	opts := []option.RequestOption{
		option.WithMaxRetries(retries),
		option.WithMiddleware(llmcore.Middleware),
	}
	if c.APIKey != "" {
		opts = append(opts, option.WithAPIKey(c.APIKey))
	}
	if c.BaseURL != "" {
		opts = append(opts, option.WithBaseURL(c.BaseURL))
	}
	if c.HTTPClient != nil {
		opts = append(opts, option.WithHTTPClient(c.HTTPClient))
	}
	opts = append(opts, c.ClientOptions...)
	p := &provider{client: sdk.NewClient(opts...), model: c.Model, maxTokens: int64(c.MaxTokens),
		legacyMaxTokens: c.LegacyMaxTokens, temperature: c.Temperature, reasoning: c.ReasoningEffort, cacheKey: cacheKey}
	core, err := llmcore.New(llmcore.Config{
		Provider: p, Name: "openai", Model: c.Model,
		Schema: c.Schema, Competitors: c.Competitors, Topics: c.Topics,
		Timeout: c.Timeout, AttemptTimeout: c.AttemptTimeout, MaxSegments: c.MaxSegments, CacheSize: c.CacheSize, CacheTTL: c.CacheTTL,
		Prices: c.Prices, OnCall: c.OnCall, Logger: c.Logger,
	})
	if err != nil {
		return nil, fmt.Errorf("openai: %w", err)
	}
	return &Adapter{core: core, model: c.Model}, nil
}

// FromEnv returns an Adapter configured from base (nil means defaults)
// and the environment: OPENAI_API_KEY is required, else [ErrNoAPIKey],
// unless OPENAI_BASE_URL (or base.BaseURL) names another server;
// OPENAI_BASE_URL and OPENAI_MODEL, when set, fill Config.BaseURL and
// Config.Model where base leaves them empty. Command-line tools use it
// for "--extractor llm:openai".
func FromEnv(base *Config) (*Adapter, error) {
	var c Config
	if base != nil {
		c = *base
	}
	if c.BaseURL == "" {
		c.BaseURL = os.Getenv("OPENAI_BASE_URL")
	}
	if c.APIKey == "" {
		c.APIKey = os.Getenv("OPENAI_API_KEY")
		if c.APIKey == "" && c.BaseURL == "" {
			return nil, ErrNoAPIKey
		}
	}
	if c.Model == "" {
		c.Model = os.Getenv("OPENAI_MODEL")
	}
	return New(&c)
}

// Model returns the model the Adapter calls.
func (a *Adapter) Model() string { return a.model }

// Extract implements [qualify.Extractor]: the schema fields the model read
// from in.Text (history as context), each with the lead's exact words as
// Evidence and in.MessageID. It shares its model call with Score and
// Judge of the same message.
func (a *Adapter) Extract(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
	return a.core.Extract(ctx, in)
}

// Score implements [qualify.Scorer]: the model's readiness score, 0..100,
// from the call shared with Extract and Judge.
func (a *Adapter) Score(ctx context.Context, in qualify.ScoreInput) (int, error) {
	return a.core.Score(ctx, in)
}

// Judge implements [trigger.Judge]: opt-out (with confidence), explicit
// ask, frustration, out-of-scope topics, competitors and commitment, from
// the call shared with Extract and Score. Tier is "llm:openai". It does
// not read in.Rules: the engine merges ([trigger.Signals.Merge]).
func (a *Adapter) Judge(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
	return a.core.Judge(ctx, in)
}

// Draft implements [bridge.Drafter]: one call, one line in the business's
// voice, returned only if it has no link, e-mail address or phone number
// and passes [bridge.ValidateWith] for req.Purpose.
func (a *Adapter) Draft(ctx context.Context, req bridge.Request) (string, error) {
	return a.core.Draft(ctx, req)
}

// MaxSegments implements [bridge.SegmentLimiter]: the SMS segments a
// draft may use, Config.MaxSegments.
func (a *Adapter) MaxSegments() int { return a.core.MaxSegments() }

// Summarize implements [brief.Summarizer]: one call, two or three
// sentences for the rep on one line.
func (a *Adapter) Summarize(ctx context.Context, in brief.SummaryInput) (string, error) {
	return a.core.Summarize(ctx, in)
}
