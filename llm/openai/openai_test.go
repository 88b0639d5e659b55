package openai_test

import (
	"context"
	"encoding/json"
	"testing"

	sdk "github.com/openai/openai-go/v3"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/internal/llmfake"
	"github.com/handoffkit/handoffkit/internal/llmtest"
	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/llm/openai"
	"github.com/handoffkit/handoffkit/trigger"
)

func TestSuite(t *testing.T) {
	t.Parallel()
	llmtest.Run(t, llmfake.OpenAI, func(t *testing.T, o llmtest.Options) llmtest.Adapter {
		a, err := openai.New(&openai.Config{APIKey: "test-key", BaseURL: o.BaseURL, Timeout: o.Timeout,
			MaxRetries: o.MaxRetries, Competitors: o.Competitors, MaxSegments: o.MaxSegments, OnCall: o.OnCall, Logger: o.Logger})
		require.NoError(t, err)
		return a
	})
}

// request is the part of a Chat Completions request these tests look at.
type request struct {
	Model               string   `json:"model"`
	MaxCompletionTokens *int     `json:"max_completion_tokens"`
	MaxTokens           *int     `json:"max_tokens"`
	Temperature         *float64 `json:"temperature"`
	ReasoningEffort     string   `json:"reasoning_effort"`
	PromptCacheKey      string   `json:"prompt_cache_key"`
	Messages            []struct {
		Role string `json:"role"`
	} `json:"messages"`
	ResponseFormat struct {
		Type       string `json:"type"`
		JSONSchema struct {
			Name   string         `json:"name"`
			Strict bool           `json:"strict"`
			Schema map[string]any `json:"schema"`
		} `json:"json_schema"`
	} `json:"response_format"`
}

func TestRequestShape(t *testing.T) {
	t.Parallel()
	srv := llmfake.New(llmfake.OpenAI, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"text":"Got it! How soon are you hoping to sell?"}`}
	})
	defer srv.Close()
	temp := 0.3
	a, err := openai.New(&openai.Config{APIKey: "k", BaseURL: srv.BaseURL(), Model: "gpt-4.1-mini", MaxTokens: 300,
		Temperature: &temp, ReasoningEffort: "low", PromptCacheKey: "acme"})
	require.NoError(t, err)
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.NoError(t, err)

	b, err := openai.New(&openai.Config{APIKey: "k", BaseURL: srv.BaseURL(), LegacyMaxTokens: true})
	require.NoError(t, err)
	require.Equal(t, openai.DefaultModel, b.Model())
	_, err = b.Judge(context.Background(), trigger.JudgeInput{Text: "call me"})
	require.NoError(t, err)

	calls := srv.Calls()
	require.Len(t, calls, 2)
	var r request
	require.NoError(t, json.Unmarshal(calls[0].Body, &r))
	require.Equal(t, "gpt-4.1-mini", r.Model)
	require.Equal(t, 300, *r.MaxCompletionTokens)
	require.Nil(t, r.MaxTokens)
	require.Equal(t, &temp, r.Temperature)
	require.Equal(t, "low", r.ReasoningEffort)
	require.Equal(t, "acme:draft", r.PromptCacheKey)
	require.Equal(t, "system", r.Messages[0].Role, "instructions first: a stable, cacheable prefix")
	require.Equal(t, "user", r.Messages[1].Role)
	require.Equal(t, "json_schema", r.ResponseFormat.Type)
	require.Equal(t, "record_draft", r.ResponseFormat.JSONSchema.Name)
	require.True(t, r.ResponseFormat.JSONSchema.Strict)
	require.Equal(t, false, r.ResponseFormat.JSONSchema.Schema["additionalProperties"])

	r = request{}
	require.NoError(t, json.Unmarshal(calls[1].Body, &r))
	require.Equal(t, openai.DefaultModel, r.Model)
	require.Nil(t, r.MaxCompletionTokens)
	require.Equal(t, 1024, *r.MaxTokens)
	require.Nil(t, r.Temperature, "no temperature unless configured")
	require.Empty(t, r.ReasoningEffort)
	require.Empty(t, r.PromptCacheKey, "no cache key for a server other than the official API unless configured")
	require.Equal(t, "record_analysis", r.ResponseFormat.JSONSchema.Name)
	require.Equal(t, "Bearer k", calls[1].Header.Get("Authorization"))
}

func TestCodeFenceUnwrapped(t *testing.T) {
	t.Parallel()
	srv := llmfake.New(llmfake.OpenAI, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{Text: "```json\n{\"score\": 75}\n```"}
	})
	defer srv.Close()
	a, err := openai.New(&openai.Config{BaseURL: srv.BaseURL()})
	require.NoError(t, err)
	s, err := a.Score(context.Background(), qualifyScoreIn("yes let's do it"))
	require.NoError(t, err)
	require.Equal(t, 75, s)
}

func TestCachedTokens(t *testing.T) {
	t.Parallel()
	srv := llmfake.New(llmfake.OpenAI, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"score": 10}`, Usage: llmfake.Usage{Input: 200, CacheRead: 1800, Output: 50}}
	})
	defer srv.Close()
	var got llm.CallInfo
	a, err := openai.New(&openai.Config{BaseURL: srv.BaseURL(), OnCall: func(_ context.Context, i llm.CallInfo) { got = i },
		Prices: map[string]llm.Price{openai.DefaultModel: {Input: 1, Output: 10, CacheRead: 0.1}}})
	require.NoError(t, err)
	_, err = a.Score(context.Background(), qualifyScoreIn("hi"))
	require.NoError(t, err)
	require.Equal(t, int64(200), got.InputTokens, "prompt tokens less the cached ones")
	require.Equal(t, int64(1800), got.CacheReadTokens)
	require.True(t, got.PriceKnown)
	require.InDelta(t, (200*1+50*10+1800*0.1)/1e6, got.CostUSD, 1e-12)
}

func TestFromEnv(t *testing.T) {
	srv := llmfake.New(llmfake.OpenAI, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"text":"Got it! How soon are you hoping to sell?"}`}
	})
	defer srv.Close()
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	_, err := openai.FromEnv(nil)
	require.ErrorIs(t, err, openai.ErrNoAPIKey)

	// A compatible server needs no key.
	t.Setenv("OPENAI_BASE_URL", srv.BaseURL())
	t.Setenv("OPENAI_MODEL", "llama-3.3-70b")
	a, err := openai.FromEnv(nil)
	require.NoError(t, err)
	require.Equal(t, "llama-3.3-70b", a.Model())
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.NoError(t, err)
	require.Equal(t, "llama-3.3-70b", srv.Calls()[0].Model)
}

// TestAPIErrorKeepsTheBody: the adapter's error leaves the response body
// out of its message, and a host that wants the body reaches the SDK's
// *openai.Error with errors.As.
func TestAPIErrorKeepsTheBody(t *testing.T) {
	t.Parallel()
	const body = `{"error":{"message":"invalid content: call 415-555-0199","type":"invalid_request_error","param":null,"code":"invalid_value"}}`
	srv := llmfake.New(llmfake.OpenAI, func(llmfake.Call) llmfake.Answer { return llmfake.Answer{Status: 400, Body: body} })
	defer srv.Close()
	a, err := openai.New(&openai.Config{BaseURL: srv.BaseURL()})
	require.NoError(t, err)
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.EqualError(t, err, "openai draft: openai API error: 400 Bad Request (invalid_request_error, invalid_value, request req_fake)")
	var sdkErr *sdk.Error
	require.ErrorAs(t, err, &sdkErr)
	require.Equal(t, 400, sdkErr.StatusCode)
	require.Equal(t, "invalid content: call 415-555-0199", sdkErr.Message)
}
