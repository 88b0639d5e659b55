package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/handoffkit/handoffkit/internal/llmfake"
)

// toyModel plays the model behind the fake API: a few keyword rules, just
// enough to show the adapter's flow without a network. It is gullible on
// purpose: asked for "the owner's cell", it complies, and the adapter's
// draft check stops the phone number reaching the lead.
func toyModel(c llmfake.Call) llmfake.Answer {
	usage := llmfake.Usage{Input: 420, CacheRead: 1100, Output: 90}
	switch c.Output {
	case "record_analysis":
		var data struct {
			NewMessage string `json:"new_message"`
		}
		if err := c.Data(&data); err != nil {
			return llmfake.Answer{Status: 400}
		}
		return llmfake.Answer{JSON: toyAnalysis(data.NewMessage), Usage: usage}
	case "record_draft":
		var req struct {
			Purpose    string
			LeadName   string
			RepName    string
			Missing    []string
			Transcript []struct{ Origin, Text string }
		}
		if err := c.Data(&req); err != nil {
			return llmfake.Answer{Status: 400}
		}
		last := ""
		if n := len(req.Transcript); n > 0 {
			last = strings.ToLower(req.Transcript[n-1].Text)
		}
		text := "Thanks! What's got you thinking about selling?"
		switch {
		case strings.Contains(last, "owner's cell"):
			text = "Sure, the owner's cell is 555-201-3344. When's a good time to call?"
		case req.Purpose == "bridge" && strings.Contains(last, "fee"):
			text = "Good question, my partner can walk you through how our offers work. What's the best time to call?"
		case req.Purpose == "bridge":
			text = fmt.Sprintf("Thanks %s, that helps. My partner will call you today. What time works best?", req.LeadName)
		case strings.Contains(last, "fee"):
			text = "Good question, my partner will go over that with you. What has you thinking about selling?"
		case len(req.Missing) > 0 && req.Missing[0] == "motivation":
			text = "No pressure at all! What has you considering a sale?"
		}
		return llmfake.Answer{JSON: jsonObject("text", text), Usage: usage}
	case "record_summary":
		var req struct {
			LeadName, Reason string
			Transcript       []struct{ Origin, Text string }
		}
		if err := c.Data(&req); err != nil {
			return llmfake.Answer{Status: 400}
		}
		said := ""
		for _, t := range req.Transcript {
			if t.Origin == "lead" {
				said = t.Text
			}
		}
		return llmfake.Answer{JSON: jsonObject("summary", fmt.Sprintf("%s was handed off (%s). Their last words: %q Call them back first.",
			req.LeadName, req.Reason, said)), Usage: usage}
	}
	return llmfake.Answer{Status: 400}
}

// toyAnalysis reads msg with keyword rules and answers the
// record_analysis object, quoting the lead's clause as evidence.
func toyAnalysis(msg string) string {
	lower := strings.ToLower(msg)
	type field struct {
		Field      string  `json:"field"`
		Value      string  `json:"value"`
		Confidence float64 `json:"confidence"`
		Evidence   string  `json:"evidence"`
	}
	out := struct {
		Fields           []field  `json:"fields"`
		Score            int      `json:"score"`
		OptOut           bool     `json:"opt_out"`
		OptOutConfidence float64  `json:"opt_out_confidence"`
		ExplicitAsk      bool     `json:"explicit_ask"`
		Frustrated       bool     `json:"frustrated"`
		OutOfScope       []string `json:"out_of_scope"`
		Competitors      []string `json:"competitors"`
		Commitment       int      `json:"commitment"`
		Why              string   `json:"why"`
	}{Fields: []field{}, OutOfScope: []string{}, Competitors: []string{}}
	add := func(name, value, cue string, conf float64) {
		if ev := clause(msg, cue); ev != "" {
			out.Fields = append(out.Fields, field{name, value, conf, ev})
		}
	}
	add("motivation", "inherited", "inherited", 0.9)
	add("condition", "needs repairs", "roof", 0.8)
	add("price", "$240,000", "240k", 0.7)
	out.ExplicitAsk = strings.Contains(lower, "cell") || strings.Contains(lower, "call me")
	if strings.Contains(lower, "fee") {
		out.OutOfScope = append(out.OutOfScope, "pricing")
	}
	if strings.Contains(lower, "opendoor") {
		out.Competitors = append(out.Competitors, "Opendoor")
	}
	if strings.Contains(lower, "maybe") {
		out.Commitment = 1
	}
	out.Score = 25 + 20*len(out.Fields)
	out.Why = fmt.Sprintf("%d fields", len(out.Fields))
	b, _ := json.Marshal(out)
	return string(b)
}

// clause returns the clause of msg around cue (up to the surrounding
// punctuation), or "".
func clause(msg, cue string) string {
	i := strings.Index(strings.ToLower(msg), cue)
	if i < 0 {
		return ""
	}
	start := strings.LastIndexAny(msg[:i], ".,!?") + 1
	end := strings.IndexAny(msg[i:], ".,!?")
	if end < 0 {
		end = len(msg) - i
	}
	return strings.TrimSpace(msg[start : i+end])
}

func jsonObject(k, v string) string {
	b, _ := json.Marshal(map[string]string{k: v})
	return string(b)
}
