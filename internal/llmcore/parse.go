package llmcore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/llm"
	"github.com/handoffkit/handoffkit/qualify"
)

// Limits on what is kept from model output.
const (
	maxValueRunes    = 120 // a field value
	maxEvidenceBytes = 300 // a field's evidence
	maxWhyRunes      = 160 // Judgement.Why
	maxSummaryRunes  = 600 // a brief summary
	maxFields        = 32  // field entries read from one output
)

// object decodes model output into its top-level properties. Output
// wrapped in a Markdown code fence (some compatible servers do that) is
// unwrapped; anything else that is not one JSON object is ErrMalformed.
func object(out []byte) (map[string]json.RawMessage, error) {
	s := bytes.TrimSpace(out)
	if bytes.HasPrefix(s, []byte("```")) {
		s = bytes.TrimPrefix(s, []byte("```"))
		if i := bytes.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
		s = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(s), []byte("```")))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(s, &m); err != nil || m == nil {
		return nil, fmt.Errorf("output is not a JSON object: %w", llm.ErrMalformed)
	}
	return m, nil
}

// get decodes property k of m into v; it reports false when k is absent
// or of another type (the value is then ignored, as unknown fields are).
func get(m map[string]json.RawMessage, k string, v any) bool {
	raw, ok := m[k]
	if !ok {
		return false
	}
	return json.Unmarshal(raw, v) == nil
}

// ParseAnalysis validates the output of an analysis of in. Unknown
// properties and values of the wrong type are ignored; confidences are
// clamped to 0..1, the score to 0..100 and commitment to 0..3; fields
// outside in.Fields, topics outside in.Topics and competitors outside
// in.Competitors (or OtherCompany) are dropped; a field value is kept only
// when its evidence is found in the lead's messages, and its Evidence is
// then the lead's exact words. Only output that is not a JSON object is
// an error.
func ParseAnalysis(out []byte, in AnalysisInput) (Analysis, error) {
	in = in.normalised()
	m, err := object(out)
	if err != nil {
		return Analysis{}, err
	}
	var a Analysis

	var raws []json.RawMessage
	get(m, "fields", &raws)
	leads := leadTexts(in)
	best := map[qualify.Field]int{}
	for i, raw := range raws {
		if i >= maxFields {
			break
		}
		var f struct {
			Field      string  `json:"field"`
			Value      string  `json:"value"`
			Confidence float64 `json:"confidence"`
			Evidence   string  `json:"evidence"`
		}
		if json.Unmarshal(raw, &f) != nil {
			continue
		}
		field, ok := matchField(in.Fields, f.Field)
		if !ok {
			continue
		}
		value := cleanLine(f.Value, maxValueRunes)
		if value == "" {
			continue
		}
		ev, ok := Ground(f.Evidence, value, leads)
		if !ok {
			continue // a value the model cannot quote the lead for is not kept
		}
		fv := FieldValue{Field: field, Value: value, Confidence: clamp01(f.Confidence), Evidence: ev}
		if j, ok := best[field]; ok {
			if fv.Confidence > a.Fields[j].Confidence {
				a.Fields[j] = fv
			}
			continue
		}
		best[field] = len(a.Fields)
		a.Fields = append(a.Fields, fv)
	}

	var score float64
	if get(m, "score", &score) {
		a.Score, a.HasScore = int(math.Round(min(max(score, 0), 100))), true
	}
	get(m, "opt_out", &a.OptOut)
	var conf float64
	get(m, "opt_out_confidence", &conf)
	if a.OptOut {
		a.OptOutConfidence = clamp01(conf)
	}
	get(m, "explicit_ask", &a.ExplicitAsk)
	get(m, "frustrated", &a.Frustrated)

	var topics []string
	get(m, "out_of_scope", &topics)
	for _, t := range topics {
		for _, known := range in.Topics {
			if strings.EqualFold(strings.TrimSpace(t), string(known)) && !slices.Contains(a.OutOfScope, known) {
				a.OutOfScope = append(a.OutOfScope, known)
			}
		}
	}

	var comps []string
	get(m, "competitors", &comps)
	for _, c := range comps {
		c = strings.TrimSpace(c)
		name := ""
		if strings.EqualFold(c, OtherCompany) {
			name = OtherCompany
		}
		for _, w := range in.Competitors {
			if strings.EqualFold(c, w) {
				name = w
			}
		}
		if name != "" && !slices.Contains(a.Competitors, name) {
			a.Competitors = append(a.Competitors, name)
		}
	}

	var commit float64
	if get(m, "commitment", &commit) {
		a.Commitment = int(math.Round(min(max(commit, 0), 3)))
	}
	var why string
	get(m, "why", &why)
	a.Why = cleanLine(why, maxWhyRunes)
	return a, nil
}

// ParseDraft returns the text of a record_draft object, trimmed. A
// missing or empty text is ErrMalformed.
func ParseDraft(out []byte) (string, error) {
	m, err := object(out)
	if err != nil {
		return "", err
	}
	var text string
	if !get(m, "text", &text) || strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("no text in the output: %w", llm.ErrMalformed)
	}
	return strings.TrimSpace(text), nil
}

// ParseSummary returns the summary of a record_summary object on one
// line, control characters removed. A missing, empty or over-long summary
// is ErrMalformed.
func ParseSummary(out []byte) (string, error) {
	m, err := object(out)
	if err != nil {
		return "", err
	}
	var s string
	if !get(m, "summary", &s) {
		return "", fmt.Errorf("no summary in the output: %w", llm.ErrMalformed)
	}
	if utf8.RuneCountInString(s) > 2*maxSummaryRunes {
		return "", fmt.Errorf("summary longer than %d characters: %w", maxSummaryRunes, llm.ErrMalformed)
	}
	s = cleanLine(s, maxSummaryRunes+1)
	if s == "" {
		return "", fmt.Errorf("empty summary: %w", llm.ErrMalformed)
	}
	if utf8.RuneCountInString(s) > maxSummaryRunes {
		return "", fmt.Errorf("summary longer than %d characters: %w", maxSummaryRunes, llm.ErrMalformed)
	}
	return s, nil
}

func matchField(fields []qualify.Field, name string) (qualify.Field, bool) {
	name = strings.TrimSpace(name)
	for _, f := range fields {
		if strings.EqualFold(string(f), name) {
			return f, true
		}
	}
	return "", false
}

func leadTexts(in AnalysisInput) []string {
	out := []string{in.Text}
	for _, t := range in.History {
		if t.FromLead {
			out = append(out, t.Text)
		}
	}
	return out
}

func clamp01(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return min(max(f, 0), 1)
}

// cleanLine returns s as valid UTF-8 on one line: control characters and
// runs of white space become one space, and it is cut to maxRunes.
func cleanLine(s string, maxRunes int) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	space, n := false, 0
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if n >= maxRunes {
			break
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		b.WriteRune(r)
		n++
	}
	return b.String()
}
