package llmcore

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/qualify"
)

// FuzzParseAnalysis checks the invariants of validated model output on
// any output and any lead text: it never panics, every value is in range
// and in the schema, and every Evidence is the lead's exact words.
func FuzzParseAnalysis(f *testing.F) {
	f.Add(`{"fields":[{"field":"motivation","value":"inherited","confidence":0.9,"evidence":"inherited"}],"score":80,"opt_out":true,"opt_out_confidence":2,"explicit_ask":true,"out_of_scope":["pricing","x"],"competitors":["opendoor","other company"],"commitment":7,"why":"a\nb"}`,
		"I inherited it", "earlier: it needs work")
	f.Add("```json\n{\"score\": -5}\n```", "hi", "")
	f.Add(`{"fields":[{"field":"price","value":"  ","confidence":1e308,"evidence":"\u2019"}]}`, "it’s 250k", "x")
	f.Add(`{"fields":"nope","score":null,"commitment":"3"}`, "", "")
	f.Add(`[1,2]`, "a", "b")
	f.Fuzz(func(t *testing.T, out, text, earlier string) {
		in := AnalysisInput{Text: text, History: []Turn{{FromLead: true, Text: earlier}, {FromLead: false, Text: "business words"}},
			Fields: qualify.RealEstate.Fields, Competitors: []string{"Opendoor"}}
		a, err := ParseAnalysis([]byte(out), in)
		if err != nil {
			require.Equal(t, Analysis{}, a)
			return
		}
		require.GreaterOrEqual(t, a.Score, 0)
		require.LessOrEqual(t, a.Score, 100)
		require.GreaterOrEqual(t, a.Commitment, 0)
		require.LessOrEqual(t, a.Commitment, 3)
		require.GreaterOrEqual(t, a.OptOutConfidence, 0.0)
		require.LessOrEqual(t, a.OptOutConfidence, 1.0)
		if !a.OptOut {
			require.Zero(t, a.OptOutConfidence)
		}
		require.True(t, utf8.ValidString(a.Why))
		require.NotContains(t, a.Why, "\n")
		seen := map[qualify.Field]bool{}
		for _, v := range a.Fields {
			require.Contains(t, qualify.RealEstate.Fields, v.Field)
			require.False(t, seen[v.Field], "one value per field")
			seen[v.Field] = true
			require.NotEmpty(t, v.Value)
			require.True(t, utf8.ValidString(v.Value))
			require.NotContains(t, v.Value, "\n")
			require.GreaterOrEqual(t, v.Confidence, 0.0)
			require.LessOrEqual(t, v.Confidence, 1.0)
			require.True(t, strings.Contains(text, v.Evidence) || strings.Contains(earlier, v.Evidence),
				"evidence %q is the lead's words", v.Evidence)
			require.NotEmpty(t, v.Evidence)
		}
		for _, tp := range a.OutOfScope {
			require.Contains(t, KnownTopics, tp)
		}
		for _, c := range a.Competitors {
			require.Contains(t, []string{"Opendoor", OtherCompany}, c)
		}
	})
}

// FuzzGround checks that grounded evidence is always a substring of the
// text it was found in.
func FuzzGround(f *testing.F) {
	f.Add("Needs a NEW roof", "it needs a new   roof!")
	f.Add("dad’s", "my dad's place")
	f.Add("\xff", "a\xffb")
	f.Add("İ", "i̇stanbul")
	f.Fuzz(func(t *testing.T, evidence, text string) {
		got, ok := Ground(evidence, "", []string{text})
		if !ok {
			require.Empty(t, got)
			return
		}
		require.NotEmpty(t, got)
		require.True(t, strings.Contains(text, got))
	})
}

// FuzzDraft checks that a draft that passes CheckDraft is safe to send:
// no link, e-mail or phone number, and valid for its purpose.
func FuzzDraft(f *testing.F) {
	f.Add(`{"text":"Of course! Dana will call you today. What's the best time?"}`)
	f.Add(`{"text":"Call 555 201 3344. When?"}`)
	f.Add(`{"text":"see x.com\nok"}`)
	f.Add(`{"text":7}`)
	f.Fuzz(func(t *testing.T, out string) {
		text, err := ParseDraft([]byte(out))
		if err != nil {
			return
		}
		for _, p := range []bridge.Purpose{bridge.PurposeBridge, bridge.PurposeReply} {
			if CheckDraft(text, bridge.Request{Purpose: p}, 1) != nil {
				continue
			}
			require.Empty(t, Unsafe(text))
			require.NoError(t, bridge.Validate(text, p))
			require.Equal(t, strings.TrimSpace(text), text)
		}
	})
}

// FuzzSummary checks summaries are one bounded line of valid UTF-8.
func FuzzSummary(f *testing.F) {
	f.Add(`{"summary":"Sam wants a call.\nHouse needs a roof."}`)
	f.Add(`{"summary":""}`)
	f.Fuzz(func(t *testing.T, out string) {
		s, err := ParseSummary([]byte(out))
		if err != nil {
			return
		}
		require.NotEmpty(t, s)
		require.True(t, utf8.ValidString(s))
		require.NotContains(t, s, "\n")
		require.LessOrEqual(t, utf8.RuneCountInString(s), maxSummaryRunes)
	})
}
