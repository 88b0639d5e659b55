package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/llmfake"
)

// zebraModel plays a model that sees what the rules cannot: "zebra" is an
// explicit ask and "quokka" states a timeline. It answers drafts with a
// fixed line.
func zebraModel(c llmfake.Call) llmfake.Answer {
	switch c.Output {
	case "record_analysis":
		var data struct {
			NewMessage string `json:"new_message"`
		}
		if err := c.Data(&data); err != nil {
			return llmfake.Answer{Status: 400}
		}
		out := map[string]any{"fields": []any{}, "score": 10, "opt_out": false, "opt_out_confidence": 0.0,
			"explicit_ask": strings.Contains(data.NewMessage, "zebra"), "frustrated": false,
			"out_of_scope": []string{}, "competitors": []string{}, "commitment": 0, "why": "zebra rule"}
		if strings.Contains(data.NewMessage, "quokka") {
			out["fields"] = []any{map[string]any{"field": "timeline", "value": "within 3 months", "confidence": 0.9, "evidence": "quokka"}}
		}
		raw, _ := json.Marshal(out)
		return llmfake.Answer{JSON: string(raw)}
	case "record_draft":
		return llmfake.Answer{JSON: `{"text":"Thanks! Dana will call you shortly. What time suits you?"}`}
	}
	return llmfake.Answer{Status: 400}
}

func fakeAnthropic(t *testing.T, m llmfake.Model) {
	srv := llmfake.New(llmfake.Anthropic, m)
	t.Cleanup(srv.Close)
	t.Setenv("ANTHROPIC_API_KEY", "fake")
	t.Setenv("ANTHROPIC_BASE_URL", srv.BaseURL())
}

var tierFiles = map[string]string{
	"explicit_ask.jsonl": `{"text":"zebra please","label":true}
{"text":"can you call me","label":true}
{"text":"the weather is nice today","label":false}
`,
	"fields.jsonl": `{"text":"quokka","fields":{"timeline":"within 3 months"}}
`,
}

// TestEvalChoosesTheModel: --judge and --extractor put the model alone
// (llm:<vendor>) or over the library's tiers (mixed) into eval, through
// the adapter's real client against a fake API. The model column of the
// tiers line is the learned tier ("can you call me") plus the model's
// answers ("zebra").
func TestEvalChoosesTheModel(t *testing.T) {
	fakeAnthropic(t, zebraModel)
	dir := writeFiles(t, tierFiles)
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{nil, []string{
			"task=explicit_ask n=3 precision=1.000 recall=0.500",
			"tiers task=explicit_ask positives=2 rules_only=0 model_only=0 both=1 missed=1",
			"task=fields n=1 precision=0.000 recall=0.000"}},
		{[]string{"--judge", "llm:anthropic", "--extractor", "llm:anthropic"}, []string{
			"task=explicit_ask n=3 precision=1.000 recall=0.500",
			"tiers task=explicit_ask positives=2 rules_only=0 model_only=1 both=0 missed=1",
			"task=fields n=1 precision=1.000 recall=1.000"}},
		{[]string{"--judge", "mixed", "--extractor", "mixed:anthropic"}, []string{
			"task=explicit_ask n=3 precision=1.000 recall=1.000",
			"tiers task=explicit_ask positives=2 rules_only=0 model_only=1 both=1 missed=0",
			"task=fields n=1 precision=1.000 recall=1.000"}},
	} {
		var out, errw bytes.Buffer
		require.Equal(t, 0, run(append([]string{"eval", "--corpus", dir}, tc.args...), &out, &errw), "%v: %s", tc.args, errw.String())
		for _, w := range tc.want {
			require.Contains(t, out.String(), w, "%v", tc.args)
		}
		if tc.args != nil {
			require.Contains(t, errw.String(), "model calls=4 failed=0", "%v", tc.args)
		}
	}
}

// TestEvalReportsFailedModelCalls: a failing model never hides behind the
// rules' answers: the failures are counted and the exit status is 1.
func TestEvalReportsFailedModelCalls(t *testing.T) {
	fakeAnthropic(t, func(llmfake.Call) llmfake.Answer { return llmfake.Answer{Status: 400} })
	dir := writeFiles(t, tierFiles)
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"eval", "--corpus", dir, "--judge", "mixed:anthropic"}, &out, &errw))
	require.Contains(t, out.String(), "tiers task=explicit_ask positives=2 rules_only=0 model_only=0 both=1 missed=1")
	require.Contains(t, errw.String(), "model calls=3 failed=3")
	require.Contains(t, errw.String(), "3 of 3 model calls failed")

	// The model alone: the failed rows are the library's answers too, not
	// negatives.
	out.Reset()
	errw.Reset()
	require.Equal(t, 1, run([]string{"eval", "--corpus", dir, "--judge", "llm:anthropic", "--extractor", "llm:anthropic"}, &out, &errw))
	require.Contains(t, out.String(), "tiers task=explicit_ask positives=2 rules_only=0 model_only=0 both=1 missed=1")
	require.Contains(t, errw.String(), "model calls=4 failed=4")
}

// TestReplayChoosesTheModel: with --judge the engine's Judge is the
// adapter, so a handoff the rules miss fires at the right turn; with
// --drafter the model drafts the bridge.
func TestReplayChoosesTheModel(t *testing.T) {
	fakeAnthropic(t, zebraModel)
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"z","turns":[{"from":"ai","text":"Still selling?"},{"from":"lead","text":"zebra please"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"explicit_ask"}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 0, run([]string{"replay", "--corpus", dir}, &out, &errw), errw.String())
	require.Contains(t, out.String(), "task=conversations n=1 correct=0")
	out.Reset()
	errw.Reset()
	require.Equal(t, 0, run([]string{"replay", "--corpus", dir, "--judge", "llm:anthropic", "--drafter", "llm:anthropic"}, &out, &errw), errw.String())
	require.Contains(t, out.String(), "task=conversations n=1 correct=1")
	require.Contains(t, errw.String(), "model calls=2 failed=0", "one analysis and one draft")
}

func TestTierChoices(t *testing.T) {
	var out, errw bytes.Buffer
	require.Equal(t, 2, run([]string{"eval", "--corpus", t.TempDir(), "--judge", "llm:claude"}, &out, &errw))
	require.Contains(t, errw.String(), `want rules, llm:anthropic, llm:openai or mixed`)
	errw.Reset()
	require.Equal(t, 2, run([]string{"eval", "--corpus", writeFiles(t, tierFiles), "--drafter", "llm:openai"}, &out, &errw))
	require.Contains(t, errw.String(), "eval drafts nothing")
	t.Setenv("ANTHROPIC_API_KEY", "")
	t.Setenv("ANTHROPIC_AUTH_TOKEN", "")
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	errw.Reset()
	require.Equal(t, 2, run([]string{"eval", "--corpus", t.TempDir(), "--judge", "mixed"}, &out, &errw))
	require.Contains(t, errw.String(), "set ANTHROPIC_API_KEY or OPENAI_API_KEY")
}

// TestEvalFieldTiers: the field tasks print a tiers line too, counting a
// field found by a cue as the rules' and one only the learned field
// model found as the model's (its value says "model p=..." in Why).
func TestEvalFieldTiers(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{"fields.jsonl": `{"text":"we inherited it from my grandma","fields":{"motivation":"inherited"}}
{"text":"none of us kids live in the state anymore and nobody wants to keep flying back to mow the lawn","fields":{"motivation":"family moved away"}}
{"text":"ok thanks, talk soon","fields":{}}
`})
	var out, errw bytes.Buffer
	require.NoError(t, runEval(dir, false, defaultTiers(), &out, &errw), errw.String())
	require.Contains(t, out.String(), "\ntiers task=fields positives=2 rules_only=1 model_only=1 both=0 missed=0 fp_rules=0 fp_model_only=0\n")
}
