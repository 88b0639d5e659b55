package openai

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	sdk "github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/shared"

	"github.com/handoffkit/handoffkit/internal/llmcore"
	"github.com/handoffkit/handoffkit/llm"
)

// provider is one Chat Completions call with a strict JSON-schema
// response format.
type provider struct {
	client          sdk.Client
	model           string
	maxTokens       int64
	legacyMaxTokens bool
	temperature     *float64
	reasoning       string
	cacheKey        string
}

func (p *provider) Call(ctx context.Context, req llmcore.Request) (llmcore.Response, error) {
	params := sdk.ChatCompletionNewParams{
		Model: p.model,
		Messages: []sdk.ChatCompletionMessageParamUnion{
			sdk.SystemMessage(req.System),
			sdk.UserMessage(req.User),
		},
		ResponseFormat: sdk.ChatCompletionNewParamsResponseFormatUnion{OfJSONSchema: &shared.ResponseFormatJSONSchemaParam{
			JSONSchema: shared.ResponseFormatJSONSchemaJSONSchemaParam{
				Name:        req.Name,
				Description: sdk.String(req.Description),
				Strict:      sdk.Bool(true),
				Schema:      req.Schema,
			},
		}},
	}
	if p.legacyMaxTokens {
		params.MaxTokens = sdk.Int(p.maxTokens)
	} else {
		params.MaxCompletionTokens = sdk.Int(p.maxTokens)
	}
	if p.temperature != nil {
		params.Temperature = sdk.Float(*p.temperature)
	}
	if p.reasoning != "" {
		params.ReasoningEffort = shared.ReasoningEffort(p.reasoning)
	}
	if p.cacheKey != "" {
		params.PromptCacheKey = sdk.String(p.cacheKey + ":" + string(req.Purpose))
	}
	var res *http.Response
	comp, err := p.client.Chat.Completions.New(ctx, params, option.WithResponseInto(&res))
	if err != nil {
		return llmcore.Response{}, apiError(err, res)
	}
	u := comp.Usage
	cached, written := u.PromptTokensDetails.CachedTokens, u.PromptTokensDetails.CacheWriteTokens
	resp := llmcore.Response{Usage: llmcore.Usage{
		InputTokens: max(u.PromptTokens-cached-written, 0), OutputTokens: u.CompletionTokens,
		CacheReadTokens: cached, CacheWriteTokens: written,
	}}
	if len(comp.Choices) == 0 {
		return resp, fmt.Errorf("no choices in the response: %w", llm.ErrMalformed)
	}
	ch := comp.Choices[0]
	resp.StopReason = ch.FinishReason
	switch {
	case ch.Message.Refusal != "":
		return resp, llm.ErrRefused
	case ch.FinishReason == "content_filter":
		return resp, fmt.Errorf("finish_reason content_filter: %w", llm.ErrRefused)
	case ch.FinishReason == "length":
		return resp, fmt.Errorf("finish_reason length: %w", llm.ErrTruncated)
	case ch.Message.Content == "":
		return resp, fmt.Errorf("empty content (finish_reason %s): %w", ch.FinishReason, llm.ErrMalformed)
	}
	resp.JSON = []byte(ch.Message.Content)
	return resp, nil
}

// apiError returns the SDK's *Error as an *llm.APIError, whose message
// leaves out the response body; the error of a 2xx response res whose
// body could not be decoded as one matching llm.ErrMalformed
// (llmcore.BodyError); other errors as they are.
func apiError(err error, res *http.Response) error {
	var e *sdk.Error
	if !errors.As(err, &e) {
		return llmcore.BodyError(err, res)
	}
	id := ""
	if e.Response != nil {
		id = e.Response.Header.Get("x-request-id")
	}
	return llmcore.APIError("openai", e.StatusCode, e.Type, e.Code, id, err)
}
