// Package llmcore is what the LLM adapters (llm/anthropic, llm/openai)
// share: the prompts, the JSON schemas of the structured outputs, the
// parsing and validation of model output, the one-call-per-message memo,
// the draft safety checks and the call reports (tokens, latency, cost).
//
// A vendor adapter supplies a [Provider] — one structured call on its
// official SDK — and wraps a [Core], which implements the handoffkit
// interfaces on top of it. Nothing here imports a vendor SDK.
package llmcore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// Request is one structured model call, vendor-neutral.
type Request struct {
	Purpose      llm.Purpose
	DraftPurpose string // the bridge purpose of a draft, for reports
	// System is the instructions: static for a given configuration and
	// purpose, so a vendor can cache it. It never contains lead text.
	System string
	// User is the user turn: a delimited, JSON-encoded data block and a
	// fixed closing instruction.
	User string
	// Name and Description name the output object (the tool on
	// Anthropic, the response format on OpenAI).
	Name        string
	Description string
	// Schema is the JSON schema of the output object: "type": "object",
	// "properties", "required", "additionalProperties": false.
	Schema map[string]any
}

// Response is what a [Provider] returns. A Provider fills Usage and
// StopReason even when it returns an error, whenever the API answered.
type Response struct {
	JSON       []byte // the output object
	StopReason string
	Usage      Usage
}

// Usage is the token count of one call. InputTokens excludes the tokens
// read from or written to the prompt cache.
type Usage struct {
	InputTokens, OutputTokens, CacheReadTokens, CacheWriteTokens int64
}

// Provider makes one structured call on a vendor SDK. It maps the
// vendor's refusals to llm.ErrRefused, truncation to llm.ErrTruncated and
// a missing output object to llm.ErrMalformed. It must honour ctx and be
// safe for concurrent use.
type Provider interface {
	Call(ctx context.Context, req Request) (Response, error)
}

// Config configures a [Core]. Zero fields take the defaults noted.
type Config struct {
	Provider Provider
	Name     string // vendor name for reports: "anthropic"
	Model    string // model name for reports and prices
	// Schema gives the fields analysed when a caller's input carries no
	// schema (Judge). Zero means qualify.RealEstate.
	Schema qualify.Schema
	// Competitors and Topics are watched when a caller's input does not
	// say (Extract, Score). Nil Topics means every known topic.
	Competitors []string
	Topics      []trigger.Topic
	// Timeout bounds one call with its retries. Zero means 10 seconds.
	Timeout time.Duration
	// AttemptTimeout bounds one HTTP attempt of a call, its response body
	// included, through [Middleware]. Zero means none.
	AttemptTimeout time.Duration
	// MaxSegments is the SMS segments a draft may use. Zero means 1.
	MaxSegments int
	// CacheSize bounds the memo of analyses. Zero means 512.
	CacheSize int
	// CacheTTL is how long an analysis is reused. Zero means 10 minutes.
	CacheTTL time.Duration
	// FailureTTL is how long a failed analysis is reused (so Extract,
	// Score and Judge of one message do not each wait for a failing API).
	// Zero means 30 seconds.
	FailureTTL time.Duration
	Prices     map[string]llm.Price
	OnCall     func(context.Context, llm.CallInfo)
	Logger     *slog.Logger
	Now        func() time.Time
}

// Core implements Extract, Score, Judge, Draft and Summarize on a Provider.
type Core struct {
	cfg  Config
	memo *memo
}

// New returns a Core for cfg.
func New(cfg Config) (*Core, error) {
	if cfg.Provider == nil {
		return nil, errors.New("llmcore: no Provider")
	}
	if cfg.Schema.Name == "" && len(cfg.Schema.Fields) == 0 {
		cfg.Schema = qualify.RealEstate
	}
	if cfg.Timeout < 0 || cfg.AttemptTimeout < 0 || cfg.MaxSegments < 0 || cfg.CacheSize < 0 || cfg.CacheTTL < 0 || cfg.FailureTTL < 0 {
		return nil, errors.New("Timeout, AttemptTimeout, MaxSegments, CacheSize, CacheTTL and FailureTTL must not be negative")
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.MaxSegments == 0 {
		cfg.MaxSegments = 1
	}
	if cfg.CacheSize == 0 {
		cfg.CacheSize = 512
	}
	if cfg.CacheTTL == 0 {
		cfg.CacheTTL = 10 * time.Minute
	}
	if cfg.FailureTTL == 0 {
		cfg.FailureTTL = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Core{cfg: cfg, memo: newMemo(cfg.CacheSize, cfg.CacheTTL, cfg.FailureTTL, cfg.Now)}, nil
}

// MaxSegments is the SMS segments a draft may use.
func (c *Core) MaxSegments() int { return c.cfg.MaxSegments }

// Tier is the Judgement tier name, "llm:<vendor>".
func (c *Core) Tier() string { return "llm:" + c.cfg.Name }

// Extract returns the schema fields the model read from the message,
// each with evidence quoted from the lead. It drops values equal to a
// known value that is at least as confident. A value's MessageID is the
// lead message its evidence is in: in.MessageID when the new message
// holds it, else the latest lead turn of in.History with a MessageID
// that does (see [evidenceSource]).
func (c *Core) Extract(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
	schema := in.Schema
	if len(schema.Fields) == 0 {
		schema = c.cfg.Schema
	}
	a, err := c.analyze(ctx, AnalysisInput{Text: in.Text, History: qualifyTurns(in.History), Fields: schema.Fields,
		Competitors: c.cfg.Competitors, Topics: c.cfg.Topics})
	if err != nil {
		return nil, err
	}
	var out []qualify.Value
	for _, f := range a.Fields {
		if old, ok := in.Known[f.Field]; ok && strings.EqualFold(old.Value, f.Value) && old.Confidence >= f.Confidence {
			continue
		}
		out = append(out, qualify.Value{Field: f.Field, Value: f.Value, Confidence: f.Confidence,
			MessageID: evidenceSource(f.Evidence, f.Value, in), Evidence: f.Evidence})
	}
	return out, nil
}

// evidenceSource is the ID of the lead message of in that evidence, the
// lead's words as [Ground] returned them, was read from: in.MessageID when
// the new message holds it or no lead turn of in.History with a
// MessageID does, else the latest such turn that holds it. The brief
// quotes that message for the field.
func evidenceSource(evidence, value string, in qualify.ExtractInput) string {
	if _, ok := Ground(evidence, value, []string{in.Text}); ok {
		return in.MessageID
	}
	for i := len(in.History) - 1; i >= 0; i-- {
		t := in.History[i]
		if !t.FromLead || t.MessageID == "" {
			continue
		}
		if _, ok := Ground(evidence, value, []string{t.Text}); ok {
			return t.MessageID
		}
	}
	return in.MessageID
}

// Score returns the model's readiness score, 0..100.
func (c *Core) Score(ctx context.Context, in qualify.ScoreInput) (int, error) {
	schema := in.Schema
	if len(schema.Fields) == 0 {
		schema = c.cfg.Schema
	}
	a, err := c.analyze(ctx, AnalysisInput{Text: in.Text, History: qualifyTurns(in.History), Fields: schema.Fields,
		Competitors: c.cfg.Competitors, Topics: c.cfg.Topics})
	if err != nil {
		return 0, err
	}
	if !a.HasScore {
		return 0, fmt.Errorf("no score in the output: %w", llm.ErrMalformed)
	}
	return a.Score, nil
}

// Judge returns the signals the model found.
func (c *Core) Judge(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
	comp, topics := c.cfg.Competitors, c.cfg.Topics
	if in.Competitors != nil {
		comp = in.Competitors
	}
	if in.Topics != nil {
		topics = in.Topics
	}
	hist := make([]Turn, len(in.History))
	for i, t := range in.History {
		hist[i] = Turn{FromLead: t.FromLead, Text: t.Text}
	}
	a, err := c.analyze(ctx, AnalysisInput{Text: in.Text, History: hist, Fields: c.cfg.Schema.Fields,
		Competitors: comp, Topics: topics})
	if err != nil {
		return trigger.Judgement{}, err
	}
	return trigger.Judgement{
		OptOut: a.OptOut, OptOutConfidence: a.OptOutConfidence,
		ExplicitAsk: a.ExplicitAsk, Frustrated: a.Frustrated,
		OutOfScope: slices.Clone(a.OutOfScope), Competitors: slices.Clone(a.Competitors),
		Commitment: a.Commitment, Tier: c.Tier(), Why: a.Why,
	}, nil
}

// Draft writes one text for req and checks it: no link, e-mail address or
// phone number (llm.ErrUnsafeText), and bridge.ValidateWith for its
// purpose with MaxSegments and req.Callback (see CheckDraft).
func (c *Core) Draft(ctx context.Context, req bridge.Request) (string, error) {
	r, err := draftRequest(req)
	if err != nil {
		return "", err
	}
	var text string
	err = c.run(ctx, r, "", func(out []byte) error {
		t, err := ParseDraft(out)
		if err != nil {
			return err
		}
		if err := CheckDraft(t, req, c.cfg.MaxSegments); err != nil {
			return err
		}
		text = t
		return nil
	})
	if err != nil {
		return "", err
	}
	return text, nil
}

// Summarize writes the short summary at the top of a brief.
func (c *Core) Summarize(ctx context.Context, in brief.SummaryInput) (string, error) {
	r, err := summaryRequest(in)
	if err != nil {
		return "", err
	}
	var text string
	err = c.run(ctx, r, "", func(out []byte) error {
		t, err := ParseSummary(out)
		text = t
		return err
	})
	if err != nil {
		return "", err
	}
	return text, nil
}

// analyze returns the memoised analysis of in, calling the model at most
// once per key at a time.
func (c *Core) analyze(ctx context.Context, in AnalysisInput) (Analysis, error) {
	if err := ctx.Err(); err != nil {
		return Analysis{}, err
	}
	in = in.normalised()
	key := in.key(c.cfg.Name, c.cfg.Model)
	return c.memo.do(ctx, key, func(callCtx context.Context) (Analysis, error) {
		var a Analysis
		err := c.run(callCtx, analysisRequest(in), key[:16], func(out []byte) error {
			var err error
			a, err = ParseAnalysis(out, in)
			return err
		})
		return a, err
	})
}

// run makes one call bounded by the configured Timeout, parses its output
// and reports it.
func (c *Core) run(ctx context.Context, req Request, key string, parse func([]byte) error) error {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	ctx, st := withCallState(ctx, c.cfg.AttemptTimeout)
	start := c.cfg.Now()
	resp, err := c.cfg.Provider.Call(ctx, req)
	if err == nil {
		err = parse(resp.JSON)
	}
	info := llm.CallInfo{
		Provider: c.cfg.Name, Model: c.cfg.Model, Purpose: req.Purpose, DraftPurpose: req.DraftPurpose, Key: key,
		InputTokens: resp.Usage.InputTokens, OutputTokens: resp.Usage.OutputTokens,
		CacheReadTokens: resp.Usage.CacheReadTokens, CacheWriteTokens: resp.Usage.CacheWriteTokens,
		Latency: c.cfg.Now().Sub(start), Attempts: int(st.attempts.Load()), StopReason: resp.StopReason, Err: err,
	}
	if p, ok := llm.LookupPrice(c.cfg.Prices, c.cfg.Model); ok {
		info.CostUSD, info.PriceKnown = p.Cost(info), true
	}
	c.report(ctx, info)
	if err != nil {
		return fmt.Errorf("%s %s: %w", c.cfg.Name, req.Purpose, err)
	}
	return nil
}

// report logs info (never any lead text) and calls the OnCall hook.
func (c *Core) report(ctx context.Context, info llm.CallInfo) {
	attrs := []slog.Attr{
		slog.String("provider", info.Provider), slog.String("model", info.Model),
		slog.String("purpose", string(info.Purpose)),
		slog.Int64("input_tokens", info.InputTokens), slog.Int64("output_tokens", info.OutputTokens),
		slog.Int64("cache_read_tokens", info.CacheReadTokens), slog.Int64("cache_write_tokens", info.CacheWriteTokens),
		slog.Duration("latency", info.Latency), slog.Int("attempts", info.Attempts),
		slog.String("stop_reason", info.StopReason),
	}
	if info.DraftPurpose != "" {
		attrs = append(attrs, slog.String("draft_purpose", info.DraftPurpose))
	}
	if info.Key != "" {
		attrs = append(attrs, slog.String("key", info.Key))
	}
	if info.PriceKnown {
		attrs = append(attrs, slog.Float64("cost_usd", info.CostUSD))
	}
	if info.Err != nil {
		attrs = append(attrs, slog.String("err", info.Err.Error()))
		c.cfg.Logger.LogAttrs(ctx, slog.LevelWarn, "llm call failed", attrs...)
	} else {
		c.cfg.Logger.LogAttrs(ctx, slog.LevelInfo, "llm call", attrs...)
	}
	if c.cfg.OnCall != nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					c.cfg.Logger.ErrorContext(ctx, "llm: OnCall hook panicked", "panic", fmt.Sprint(r))
				}
			}()
			c.cfg.OnCall(ctx, info)
		}()
	}
}

func qualifyTurns(h []qualify.Turn) []Turn {
	out := make([]Turn, len(h))
	for i, t := range h {
		out[i] = Turn{FromLead: t.FromLead, Text: t.Text}
	}
	return out
}
