package anthropic_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	sdk "github.com/anthropics/anthropic-sdk-go/v2"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/internal/llmfake"
	"github.com/handoffkit/handoffkit/internal/llmtest"
	"github.com/handoffkit/handoffkit/llm/anthropic"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

func TestSuite(t *testing.T) {
	t.Parallel()
	llmtest.Run(t, llmfake.Anthropic, func(t *testing.T, o llmtest.Options) llmtest.Adapter {
		a, err := anthropic.New(&anthropic.Config{APIKey: "test-key", BaseURL: o.BaseURL, Timeout: o.Timeout,
			MaxRetries: o.MaxRetries, Competitors: o.Competitors, MaxSegments: o.MaxSegments, OnCall: o.OnCall, Logger: o.Logger})
		require.NoError(t, err)
		return a
	})
}

// request is the part of a Messages API request these tests look at.
type request struct {
	Model       string   `json:"model"`
	MaxTokens   int      `json:"max_tokens"`
	Temperature *float64 `json:"temperature"`
	System      []struct {
		Text         string          `json:"text"`
		CacheControl json.RawMessage `json:"cache_control"`
	} `json:"system"`
	Tools []struct {
		Name        string         `json:"name"`
		InputSchema map[string]any `json:"input_schema"`
	} `json:"tools"`
	ToolChoice map[string]any `json:"tool_choice"`
}

func TestRequestShape(t *testing.T) {
	t.Parallel()
	srv := llmfake.New(llmfake.Anthropic, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"text":"Got it! How soon are you hoping to sell?"}`}
	})
	defer srv.Close()
	temp := 0.2
	a, err := anthropic.New(&anthropic.Config{APIKey: "k", BaseURL: srv.BaseURL(), Model: "claude-sonnet-4-6", MaxTokens: 300, Temperature: &temp})
	require.NoError(t, err)
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.NoError(t, err)

	b, err := anthropic.New(&anthropic.Config{APIKey: "k", BaseURL: srv.BaseURL(), NoPromptCache: true})
	require.NoError(t, err)
	require.Equal(t, anthropic.DefaultModel, b.Model())
	_, err = b.Judge(context.Background(), trigger.JudgeInput{Text: "call me"})
	require.NoError(t, err)

	calls := srv.Calls()
	require.Len(t, calls, 2)
	var r request
	require.NoError(t, json.Unmarshal(calls[0].Body, &r))
	require.Equal(t, "claude-sonnet-4-6", r.Model)
	require.Equal(t, 300, r.MaxTokens)
	require.Equal(t, &temp, r.Temperature)
	require.Len(t, r.System, 1)
	require.JSONEq(t, `{"type":"ephemeral"}`, string(r.System[0].CacheControl), "the instructions are cached")
	require.Equal(t, map[string]any{"type": "tool", "name": "record_draft"}, r.ToolChoice)
	require.Equal(t, "record_draft", r.Tools[0].Name)
	require.Equal(t, false, r.Tools[0].InputSchema["additionalProperties"])

	r = request{}
	require.NoError(t, json.Unmarshal(calls[1].Body, &r))
	require.Equal(t, anthropic.DefaultModel, r.Model)
	require.Equal(t, 1024, r.MaxTokens)
	require.Nil(t, r.Temperature, "no temperature unless configured")
	require.Nil(t, r.System[0].CacheControl)
	require.Equal(t, "record_analysis", r.Tools[0].Name)
	require.Equal(t, "Bearer k", calls[1].Header.Get("Authorization"))
}

func TestSchemaFromConfig(t *testing.T) {
	t.Parallel()
	srv := llmfake.New(llmfake.Anthropic, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"fields":[{"field":"budget","value":"$50k","confidence":0.8,"evidence":"50k"}],"score":40}`}
	})
	defer srv.Close()
	a, err := anthropic.New(&anthropic.Config{APIKey: "k", BaseURL: srv.BaseURL(), Schema: qualify.BANT})
	require.NoError(t, err)
	ctx := context.Background()
	// Judge takes the schema from Config, Extract from its input: the
	// same schema, so one call.
	_, err = a.Judge(ctx, trigger.JudgeInput{Text: "we have 50k"})
	require.NoError(t, err)
	vals, err := a.Extract(ctx, qualify.ExtractInput{Schema: qualify.BANT, Text: "we have 50k"})
	require.NoError(t, err)
	require.Equal(t, []qualify.Value{{Field: qualify.Budget, Value: "$50k", Confidence: 0.8, Evidence: "50k"}}, vals)
	require.Len(t, srv.Calls(), 1)
	require.Contains(t, srv.Calls()[0].System, "budget: ")
}

func TestNewRejectsNegative(t *testing.T) {
	t.Parallel()
	_, err := anthropic.New(&anthropic.Config{Timeout: -time.Second})
	require.ErrorContains(t, err, "must not be negative")
}

func TestFromEnv(t *testing.T) {
	srv := llmfake.New(llmfake.Anthropic, func(llmfake.Call) llmfake.Answer {
		return llmfake.Answer{JSON: `{"text":"Got it! How soon are you hoping to sell?"}`}
	})
	defer srv.Close()
	t.Setenv("ANTHROPIC_API_KEY", "")
	t.Setenv("ANTHROPIC_AUTH_TOKEN", "")
	_, err := anthropic.FromEnv(nil)
	require.ErrorIs(t, err, anthropic.ErrNoAPIKey)

	t.Setenv("ANTHROPIC_API_KEY", "env-key")
	t.Setenv("ANTHROPIC_BASE_URL", srv.BaseURL())
	t.Setenv("ANTHROPIC_MODEL", "claude-opus-4-6")
	a, err := anthropic.FromEnv(&anthropic.Config{MaxTokens: 200})
	require.NoError(t, err)
	require.Equal(t, "claude-opus-4-6", a.Model())
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.NoError(t, err)
	require.Equal(t, "Bearer env-key", srv.Calls()[0].Header.Get("Authorization"))
}

// TestAPIErrorKeepsTheBody: the adapter's error leaves the response body
// out of its message (the SDK's own message includes it), and a host that
// wants the body reaches the SDK's *anthropic.Error with errors.As.
func TestAPIErrorKeepsTheBody(t *testing.T) {
	t.Parallel()
	const body = `{"type":"error","error":{"type":"invalid_request_error","message":"invalid content: call 415-555-0199"}}`
	srv := llmfake.New(llmfake.Anthropic, func(llmfake.Call) llmfake.Answer { return llmfake.Answer{Status: 400, Body: body} })
	defer srv.Close()
	a, err := anthropic.New(&anthropic.Config{APIKey: "k", BaseURL: srv.BaseURL()})
	require.NoError(t, err)
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply})
	require.EqualError(t, err, "anthropic draft: anthropic API error: 400 Bad Request (invalid_request_error, request req_fake)")
	var sdkErr *sdk.Error
	require.ErrorAs(t, err, &sdkErr)
	require.Equal(t, 400, sdkErr.StatusCode)
	require.JSONEq(t, body, sdkErr.RawJSON())
}
