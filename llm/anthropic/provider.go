package anthropic

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	sdk "github.com/anthropics/anthropic-sdk-go/v2"
	"github.com/anthropics/anthropic-sdk-go/v2/option"

	"github.com/handoffkit/handoffkit/internal/llmcore"
	"github.com/handoffkit/handoffkit/llm"
)

// provider is one forced tool call on the Messages API.
type provider struct {
	client      sdk.Client
	model       string
	maxTokens   int64
	temperature *float64
	cache       bool
}

func (p *provider) Call(ctx context.Context, req llmcore.Request) (llmcore.Response, error) {
	system := sdk.TextBlockParam{Text: req.System}
	if p.cache {
		system.CacheControl = sdk.NewCacheControlEphemeralParam()
	}
	var required []string
	if r, ok := req.Schema["required"].([]any); ok {
		for _, x := range r {
			if s, ok := x.(string); ok {
				required = append(required, s)
			}
		}
	}
	params := sdk.MessageNewParams{
		Model:     p.model,
		MaxTokens: p.maxTokens,
		System:    []sdk.TextBlockParam{system},
		Messages:  []sdk.MessageParam{sdk.NewUserMessage(sdk.NewTextBlock(req.User))},
		Tools: []sdk.ToolUnionParam{{OfTool: &sdk.ToolParam{
			Name:        req.Name,
			Description: sdk.String(req.Description),
			InputSchema: sdk.ToolInputSchemaParam{
				Properties:  req.Schema["properties"],
				Required:    required,
				ExtraFields: map[string]any{"additionalProperties": false},
			},
		}}},
		ToolChoice: sdk.ToolChoiceUnionParam{OfTool: &sdk.ToolChoiceToolParam{Name: req.Name}},
	}
	var opts []option.RequestOption
	if p.temperature != nil {
		opts = append(opts, option.WithJSONSet("temperature", *p.temperature))
	}
	var res *http.Response
	msg, err := p.client.Messages.New(ctx, params, append(opts, option.WithResponseInto(&res))...)
	if err != nil {
		return llmcore.Response{}, apiError(err, res)
	}
	resp := llmcore.Response{
		StopReason: string(msg.StopReason),
		Usage: llmcore.Usage{
			InputTokens: msg.Usage.InputTokens, OutputTokens: msg.Usage.OutputTokens,
			CacheReadTokens: msg.Usage.CacheReadInputTokens, CacheWriteTokens: msg.Usage.CacheCreationInputTokens,
		},
	}
	switch msg.StopReason {
	case sdk.StopReasonRefusal:
		return resp, llm.ErrRefused
	case sdk.StopReasonMaxTokens, sdk.StopReasonModelContextWindowExceeded:
		return resp, fmt.Errorf("stop_reason %s: %w", msg.StopReason, llm.ErrTruncated)
	}
	for _, b := range msg.Content {
		if b.Type == "tool_use" && b.Name == req.Name {
			resp.JSON = b.Input
			return resp, nil
		}
	}
	return resp, fmt.Errorf("no %s tool call (stop_reason %s): %w", req.Name, msg.StopReason, llm.ErrMalformed)
}

// apiError returns the SDK's *Error as an *llm.APIError, whose message
// leaves out the response body (the SDK's includes it, and a server may
// quote the request there); the error of a 2xx response res whose body
// could not be decoded as one matching llm.ErrMalformed
// (llmcore.BodyError); other errors as they are.
func apiError(err error, res *http.Response) error {
	var e *sdk.Error
	if !errors.As(err, &e) {
		return llmcore.BodyError(err, res)
	}
	return llmcore.APIError("anthropic", e.StatusCode, string(e.Type()), string(e.ErrorCode()), e.RequestID, err)
}
