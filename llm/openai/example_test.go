package openai_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/llm/openai"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// fakeChatAPI stands in for POST /v1/chat/completions on OpenAI or a
// compatible server: it answers the json_schema response format with the
// content outputs holds for it, in the documented shape.
func fakeChatAPI(outputs map[string]string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ResponseFormat struct {
				JSONSchema struct{ Name string } `json:"json_schema"`
			} `json:"response_format"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		content, _ := json.Marshal(outputs[req.ResponseFormat.JSONSchema.Name])
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"chatcmpl-1","object":"chat.completion","created":1764432000,"model":"gpt-5.4-mini",
			"choices":[{"index":0,"finish_reason":"stop","logprobs":null,
				"message":{"role":"assistant","content":%s,"refusal":null}}],
			"usage":{"prompt_tokens":2100,"completion_tokens":80,"total_tokens":2180,
				"prompt_tokens_details":{"cached_tokens":1200}}}`, content)
	}))
}

// The engine calls Extract, Score and Judge separately for each lead
// message; the adapter answers all three from one model call.
func Example() {
	srv := fakeChatAPI(map[string]string{
		"record_analysis": `{"fields":[{"field":"timeline","value":"within 30 days","confidence":0.9,"evidence":"sell in the next month"}],
			"score":74,"opt_out":false,"opt_out_confidence":0,"explicit_ask":false,"frustrated":false,
			"out_of_scope":["pricing"],"competitors":["Opendoor"],"commitment":2,"why":"ready, comparing offers"}`,
		"record_draft": `{"text":"Good question, Dana can walk you through the numbers. What's the best time to call?"}`,
	})
	defer srv.Close()

	var calls int
	a, err := openai.New(&openai.Config{
		APIKey:      "sk-example",
		BaseURL:     srv.URL + "/v1", // or "" for the real API, or a local vLLM/llama.cpp/Ollama URL
		Competitors: []string{"Opendoor"},
		OnCall:      func(_ context.Context, info llm.CallInfo) { calls++ },
	})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	msg := "Opendoor offered me 240k, what's your fee? I want to sell in the next month."

	values, _ := a.Extract(ctx, qualify.ExtractInput{Schema: qualify.RealEstate, Text: msg})
	for _, v := range values {
		fmt.Printf("%s: %s (%.1f) %q\n", v.Field, v.Value, v.Confidence, v.Evidence)
	}
	score, _ := a.Score(ctx, qualify.ScoreInput{Schema: qualify.RealEstate, Text: msg})
	j, _ := a.Judge(ctx, trigger.JudgeInput{Text: msg, Competitors: []string{"Opendoor"}})
	fmt.Println("score:", score, "topics:", j.OutOfScope, "competitors:", j.Competitors, "commitment:", j.Commitment)

	text, _ := a.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "out_of_scope", RepName: "Dana"})
	fmt.Println("bridge:", text)
	fmt.Println("model calls:", calls)
	// Output:
	// timeline: within 30 days (0.9) "sell in the next month"
	// score: 74 topics: [pricing] competitors: [Opendoor] commitment: 2
	// bridge: Good question, Dana can walk you through the numbers. What's the best time to call?
	// model calls: 2
}

// A model that ignores the instructions and adds a link gets no text
// through: Draft returns an error and the engine sends its template.
func Example_unsafeDraft() {
	srv := fakeChatAPI(map[string]string{
		"record_draft": `{"text":"Book a time at bluebird-homes.com/book, when works best?"}`,
	})
	defer srv.Close()
	a, err := openai.New(&openai.Config{APIKey: "sk-example", BaseURL: srv.URL + "/v1"})
	if err != nil {
		panic(err)
	}
	_, err = a.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeBridge})
	fmt.Println(errors.Is(err, llm.ErrUnsafeText))
	fmt.Println(err)
	// Output:
	// true
	// openai draft: draft contains a link: llm: unsafe draft
}
