// Package llmfake serves fake model APIs on a local httptest server, for
// the LLM adapters' tests, examples and the examples/llm program: the
// Anthropic Messages API (POST /v1/messages) and the OpenAI Chat
// Completions API (POST /v1/chat/completions), answering with bodies
// shaped as those APIs document them (the adapters decode them with the
// vendors' own SDKs). A [Model] function plays the model: it sees each
// request as a [Call] and returns an [Answer] — an output object, a
// refusal, a truncation, an HTTP error with Retry-After, a delay.
//
// It never touches the network beyond the loopback server it starts.
package llmfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Vendors served.
const (
	Anthropic = "anthropic"
	OpenAI    = "openai"
)

// Call is one request as the fake model sees it.
type Call struct {
	Vendor string
	Model  string
	// System is the instructions (Anthropic system blocks, OpenAI system
	// or developer messages), joined.
	System string
	// User is the user turn's text, joined.
	User string
	// Output names the output object: the forced tool (Anthropic) or the
	// json_schema response format (OpenAI): "record_analysis",
	// "record_draft", "record_summary".
	Output string
	Body   []byte      // the raw request body
	Header http.Header // the request headers
}

// Data decodes the JSON data block of the user turn (between the first
// line "<tag>" and "</tag>") into v.
func (c Call) Data(v any) error {
	start := strings.IndexByte(c.User, '\n')
	end := strings.LastIndex(c.User, "\n</")
	if start < 0 || end <= start {
		return fmt.Errorf("llmfake: no data block in the user turn")
	}
	return json.Unmarshal([]byte(c.User[start+1:end]), v)
}

// Answer is what the fake model answers.
type Answer struct {
	// JSON is the output object: the tool input (Anthropic) or the
	// message content (OpenAI). It is sent verbatim; on Anthropic it must
	// be valid JSON, on OpenAI it may be anything.
	JSON string
	// Text, when set instead of JSON, is a plain text answer (no tool
	// call on Anthropic, content on OpenAI).
	Text string
	// StopReason overrides the stop or finish reason: "max_tokens",
	// "refusal" (Anthropic), "length", "content_filter" (OpenAI).
	StopReason string
	// Refusal is an OpenAI message.refusal.
	Refusal string
	// Status, when not 0 or 200, answers with that HTTP status and the
	// vendor's error body; RetryAfter, when set, is its Retry-After.
	Status     int
	RetryAfter string
	// Body, when set, replaces the whole response body (malformed
	// responses, or an error body of a gateway's own with Status).
	Body string
	// CutShort sends a Content-Length longer than the body, writes the
	// first half of the body and closes the connection: a response cut
	// off mid-transfer, which the client reads as io.ErrUnexpectedEOF.
	CutShort bool
	// Delay waits before answering, or until the client gives up (the
	// request's context ends: the client cancelled it or hung up), which
	// [Server.Abandoned] then reports.
	Delay time.Duration
	// Usage is the token count reported; zero means a small default.
	Usage Usage
}

// Usage is the token count a fake answer reports.
type Usage struct {
	Input, Output, CacheRead, CacheWrite int64
}

// Model plays the model. It is called concurrently.
type Model func(Call) Answer

// Server is a fake API on a local httptest server.
type Server struct {
	*httptest.Server
	vendor    string
	model     Model
	mu        sync.Mutex
	calls     []Call
	abandoned []Call
}

// New starts a fake API of vendor ([Anthropic] or [OpenAI]) answering
// with m. Close it when done. Its URL is the base URL to configure: for
// OpenAI, URL + "/v1".
func New(vendor string, m Model) *Server {
	s := &Server{vendor: vendor, model: m}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// BaseURL is the base URL an adapter's Config.BaseURL takes.
func (s *Server) BaseURL() string {
	if s.vendor == OpenAI {
		return s.URL + "/v1"
	}
	return s.URL
}

// Calls returns the requests served so far, in order.
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Abandoned returns the requests whose client gave up while their
// Answer's Delay ran, in the order the server saw them go: a test of a
// timeout checks with it that the client cancelled the request, rather
// than how long the call took. The server sees a client hang up shortly
// after it does, so poll it.
func (s *Server) Abandoned() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.abandoned...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var c Call
	var err error
	switch s.vendor {
	case Anthropic:
		c, err = parseAnthropic(r, body)
	default:
		c, err = parseOpenAI(r, body)
	}
	if err != nil {
		s.apiError(w, http.StatusBadRequest, "invalid_request_error", err.Error())
		return
	}
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.mu.Unlock()

	a := s.model(c)
	if a.Delay > 0 {
		select {
		case <-time.After(a.Delay):
		case <-r.Context().Done():
			s.mu.Lock()
			s.abandoned = append(s.abandoned, c)
			s.mu.Unlock()
			return
		}
	}
	if a.RetryAfter != "" {
		w.Header().Set("Retry-After", a.RetryAfter)
	}
	if a.Status != 0 && a.Status != http.StatusOK {
		// Both APIs name the request in a header of their own.
		if s.vendor == Anthropic {
			w.Header().Set("request-id", "req_fake")
		} else {
			w.Header().Set("x-request-id", "req_fake")
		}
		if a.Body != "" {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(a.Status)
			io.WriteString(w, a.Body)
			return
		}
		s.apiError(w, a.Status, errorType(a.Status), http.StatusText(a.Status))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if a.Usage == (Usage{}) {
		a.Usage = Usage{Input: 900, Output: 60}
	}
	out := []byte(a.Body)
	if a.Body == "" {
		if s.vendor == Anthropic {
			out = encodeJSON(anthropicMessage(c, a))
		} else {
			out = encodeJSON(openAICompletion(c, a))
		}
	}
	if a.CutShort {
		cutShort(w, out)
		return
	}
	_, _ = w.Write(out)
}

// cutShort answers 200 with a Content-Length of body but only its first
// half, then closes the connection.
func cutShort(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body[:len(body)/2])
	rc := http.NewResponseController(w)
	_ = rc.Flush()
	if conn, _, err := rc.Hijack(); err == nil {
		_ = conn.Close()
	}
}

func writeJSON(w io.Writer, v any) {
	_, _ = w.Write(encodeJSON(v))
}

func encodeJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return b.Bytes()
}

func errorType(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return "rate_limit_error"
	case status == 529:
		return "overloaded_error"
	case status >= 500:
		return "api_error"
	case status == http.StatusUnauthorized:
		return "authentication_error"
	}
	return "invalid_request_error"
}

// apiError writes the vendor's documented error body.
func (s *Server) apiError(w http.ResponseWriter, status int, typ, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if s.vendor == Anthropic {
		writeJSON(w, map[string]any{"type": "error", "error": map[string]any{"type": typ, "message": msg}, "request_id": "req_fake"})
		return
	}
	writeJSON(w, map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": typ}})
}

// parseAnthropic reads a Messages API request as documented: model,
// max_tokens, system (text blocks), messages, tools and tool_choice. It
// rejects what the API would reject.
func parseAnthropic(r *http.Request, body []byte) (Call, error) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/messages" {
		return Call{}, fmt.Errorf("unexpected %s %s", r.Method, r.URL.Path)
	}
	if r.Header.Get("anthropic-version") == "" {
		return Call{}, fmt.Errorf("anthropic-version header: required")
	}
	if r.Header.Get("x-api-key") == "" && r.Header.Get("authorization") == "" {
		return Call{}, fmt.Errorf("no credentials")
	}
	var req struct {
		Model     string `json:"model"`
		MaxTokens int    `json:"max_tokens"`
		System    []struct {
			Type string `json:"type"`
			Text string `json:"text"`
		} `json:"system"`
		Messages []struct {
			Role    string `json:"role"`
			Content []struct {
				Type string `json:"type"`
				Text string `json:"text"`
			} `json:"content"`
		} `json:"messages"`
		Tools []struct {
			Name        string          `json:"name"`
			InputSchema json.RawMessage `json:"input_schema"`
		} `json:"tools"`
		ToolChoice struct {
			Type string `json:"type"`
			Name string `json:"name"`
		} `json:"tool_choice"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return Call{}, err
	}
	if req.Model == "" || req.MaxTokens <= 0 || len(req.Messages) == 0 {
		return Call{}, fmt.Errorf("model, max_tokens and messages: required")
	}
	c := Call{Vendor: Anthropic, Model: req.Model, Body: body, Header: r.Header.Clone()}
	var sys []string
	for _, b := range req.System {
		sys = append(sys, b.Text)
	}
	c.System = strings.Join(sys, "\n")
	var user []string
	for _, m := range req.Messages {
		if m.Role != "user" {
			continue
		}
		for _, b := range m.Content {
			user = append(user, b.Text)
		}
	}
	c.User = strings.Join(user, "\n")
	if req.ToolChoice.Type == "tool" {
		found := false
		for _, t := range req.Tools {
			found = found || t.Name == req.ToolChoice.Name
		}
		if !found {
			return Call{}, fmt.Errorf("tool_choice names %q, which is not in tools", req.ToolChoice.Name)
		}
		c.Output = req.ToolChoice.Name
	}
	return c, nil
}

func anthropicMessage(c Call, a Answer) any {
	var content []any
	stop := "tool_use"
	if a.Text != "" || c.Output == "" {
		content = append(content, map[string]any{"type": "text", "text": a.Text})
		stop = "end_turn"
	} else {
		content = append(content, map[string]any{"type": "tool_use", "id": "toolu_fake", "name": c.Output, "input": json.RawMessage(a.JSON)})
	}
	if a.StopReason != "" {
		stop = a.StopReason
	}
	return map[string]any{
		"id": "msg_fake", "type": "message", "role": "assistant", "model": c.Model,
		"content": content, "stop_reason": stop, "stop_sequence": nil,
		"usage": map[string]any{
			"input_tokens": a.Usage.Input, "output_tokens": a.Usage.Output,
			"cache_creation_input_tokens": a.Usage.CacheWrite, "cache_read_input_tokens": a.Usage.CacheRead,
		},
	}
}

// parseOpenAI reads a Chat Completions request as documented: model,
// messages (string or text-part content) and response_format.
func parseOpenAI(r *http.Request, body []byte) (Call, error) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		return Call{}, fmt.Errorf("unexpected %s %s", r.Method, r.URL.Path)
	}
	var req struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string          `json:"role"`
			Content json.RawMessage `json:"content"`
		} `json:"messages"`
		ResponseFormat struct {
			Type       string `json:"type"`
			JSONSchema struct {
				Name   string          `json:"name"`
				Schema json.RawMessage `json:"schema"`
			} `json:"json_schema"`
		} `json:"response_format"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return Call{}, err
	}
	if req.Model == "" || len(req.Messages) == 0 {
		return Call{}, fmt.Errorf("model and messages: required")
	}
	c := Call{Vendor: OpenAI, Model: req.Model, Body: body, Header: r.Header.Clone()}
	var sys, user []string
	for _, m := range req.Messages {
		text := contentText(m.Content)
		switch m.Role {
		case "system", "developer":
			sys = append(sys, text)
		case "user":
			user = append(user, text)
		}
	}
	c.System, c.User = strings.Join(sys, "\n"), strings.Join(user, "\n")
	if req.ResponseFormat.Type == "json_schema" {
		c.Output = req.ResponseFormat.JSONSchema.Name
	}
	return c, nil
}

func contentText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var parts []struct {
		Text string `json:"text"`
	}
	_ = json.Unmarshal(raw, &parts)
	var out []string
	for _, p := range parts {
		out = append(out, p.Text)
	}
	return strings.Join(out, "\n")
}

func openAICompletion(c Call, a Answer) any {
	finish := "stop"
	if a.StopReason != "" {
		finish = a.StopReason
	}
	content := any(a.JSON)
	if a.Text != "" {
		content = a.Text
	}
	var refusal any
	if a.Refusal != "" {
		refusal, content = a.Refusal, nil
	}
	return map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": 1764432000, "model": c.Model,
		"choices": []any{map[string]any{
			"index": 0, "finish_reason": finish, "logprobs": nil,
			"message": map[string]any{"role": "assistant", "content": content, "refusal": refusal, "annotations": []any{}},
		}},
		"usage": map[string]any{
			"prompt_tokens": a.Usage.Input + a.Usage.CacheRead, "completion_tokens": a.Usage.Output,
			"total_tokens":          a.Usage.Input + a.Usage.CacheRead + a.Usage.Output,
			"prompt_tokens_details": map[string]any{"cached_tokens": a.Usage.CacheRead},
		},
		"system_fingerprint": "fp_fake",
	}
}
