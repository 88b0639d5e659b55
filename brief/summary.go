package brief

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Summarizer writes the short summary at the top of a brief: two or three
// sentences a rep reads first. The rule-based summary is the default; the
// LLM adapters implement Summarizer too. Implementations must be safe for
// concurrent use and honour ctx; the engine calls them outside any
// transaction, with a deadline, and falls back to the rule-based summary
// on an error, and on a summary that is not text ([ErrInvalidSummary]:
// invalid UTF-8, a NUL, a control character but a newline or a tab).
type Summarizer interface {
	Summarize(ctx context.Context, in SummaryInput) (string, error)
}

// SummarizerFunc adapts a function to [Summarizer].
type SummarizerFunc func(ctx context.Context, in SummaryInput) (string, error)

// Summarize calls f(ctx, in).
func (f SummarizerFunc) Summarize(ctx context.Context, in SummaryInput) (string, error) {
	return f(ctx, in)
}

// SummaryInput is what a [Summarizer] summarises.
type SummaryInput struct {
	LeadName   string
	Reason     string            // the handoff reason, e.g. "explicit_ask"
	Detail     string            // e.g. "two fields: motivation + condition"
	Fields     map[string]string // known qualification values
	Transcript []Turn            // the whole conversation, oldest first
	// Signals are the brief's findings a summary should not miss, one
	// line each ("objection: price concern", "urgency: closing in 9 days").
	Signals []string
}

// Turn is one transcript line.
type Turn struct {
	ID     string    `json:"id,omitempty"`     // the message ID
	Origin string    `json:"origin"`           // "lead", "ai", "rep", "system"
	Author string    `json:"author,omitempty"` // the rep's ID for rep messages
	Text   string    `json:"text"`
	At     time.Time `json:"at"`
}

// SummaryInput returns what a [Summarizer] is given for b.
func (b Brief) SummaryInput() SummaryInput {
	in := SummaryInput{LeadName: b.Lead.Name, Reason: b.Reason, Detail: b.Detail, Fields: map[string]string{}, Transcript: b.Transcript}
	for _, f := range b.Fields {
		if f.Known {
			in.Fields[f.Name] = f.Value
		}
	}
	add := func(kind string, ss []Signal) {
		for _, s := range ss {
			in.Signals = append(in.Signals, kind+": "+s.Label)
		}
	}
	add("urgency", b.Urgency)
	add("money", b.Money)
	add("objection", b.Objections)
	add("interest", b.Interests)
	in.Signals = append(in.Signals, "decision-maker: "+b.DecisionMaker)
	if b.NeedsMost != nil {
		in.Signals = append(in.Signals, "needs most: "+b.NeedsMost.Label)
	}
	if b.Trend != "" {
		in.Signals = append(in.Signals, "sentiment: "+b.Trend)
	}
	return in
}

// SummarizeParams configures [Summarize].
type SummarizeParams struct {
	// Summarizer writes the summary; nil keeps the rule-based one.
	Summarizer Summarizer
	// Timeout bounds the call; zero means 5 seconds.
	Timeout time.Duration
}

// ErrInvalidSummary is returned by [Summarize], wrapped, when a
// [Summarizer] answers a summary that is not text a brief carries:
// invalid UTF-8, a NUL byte or a control character other than a newline
// or a tab. PostgreSQL refuses NUL and invalid UTF-8 in text, a terminal
// or an SMS takes an escape sequence as a command; the brief keeps its
// rule-based summary.
var ErrInvalidSummary = errors.New("brief: the summarizer's summary is not text")

// checkSummary refuses a summary that is not text (see ErrInvalidSummary).
func checkSummary(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: invalid UTF-8", ErrInvalidSummary)
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' }); i >= 0 {
		return fmt.Errorf("%w: the control character %U", ErrInvalidSummary, []rune(s[i:])[0])
	}
	return nil
}

// Summarize asks p.Summarizer for b's summary, bounded by p.Timeout, and
// sets b.Summary and b.SummaryBy = "summarizer" when it answers. When it
// fails, times out, panics, answers blank or answers no text (an error
// matching [ErrInvalidSummary]: invalid UTF-8, a NUL, a control character
// but a newline or a tab), b keeps the rule-based summary and Summarize
// returns why (for the caller to log): a brief always has a summary.
func Summarize(ctx context.Context, b *Brief, p SummarizeParams) error {
	if p.Summarizer == nil {
		return nil
	}
	if p.Timeout <= 0 {
		p.Timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, p.Timeout)
	defer cancel()
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	in := b.SummaryInput()
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("summarizer panicked: %v", r)}
			}
		}()
		t, err := p.Summarizer.Summarize(ctx, in)
		done <- result{t, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		r.err = fmt.Errorf("summarizer timed out after %s: %w", p.Timeout, ctx.Err())
	}
	text := strings.TrimSpace(r.text)
	if r.err == nil && text == "" {
		r.err = errors.New("summarizer returned no text")
	}
	if r.err == nil {
		r.err = checkSummary(text)
	}
	if r.err != nil {
		return fmt.Errorf("brief: summary of conversation %s: %w", b.ConversationID, r.err)
	}
	b.Summary, b.SummaryBy = text, "summarizer"
	return nil
}

// RuleSummary is the rule-based summary of b, at most three sentences:
// who and why now; the urgency in the lead's words; then money,
// objection and decision-maker, and what to lead with.
func RuleSummary(b Brief) string {
	name := b.Lead.Name
	if name == "" {
		name = "The lead"
	}
	first := name
	if f := knownValue(b, "motivation"); f != "" {
		first += " (" + f + ")"
	}
	if b.Reason != "" {
		label := b.ReasonLabel
		if label == "" { // a Brief built by hand
			label = ReasonLabel(b.Reason, "")
		}
		first += ": " + lowerFirst(label)
	}
	s := []string{first + "."}
	if len(b.Urgency) > 0 {
		u := b.Urgency[0]
		if u.Quote != "" && !strings.HasPrefix(u.Label, "timeline: ") {
			s = append(s, fmt.Sprintf("Urgent: %q.", truncate(oneLine(u.Quote), 100)))
		} else {
			s = append(s, capitalize(u.Label)+".")
		}
	}
	var facts []string
	if len(b.Money) > 0 {
		facts = append(facts, b.Money[0].Label)
	}
	for _, o := range b.Objections {
		if o.Label == labelPriceWorry {
			facts = append(facts, "worried about the price")
			break
		}
	}
	if len(facts) < 2 && len(b.Objections) > 0 && b.Objections[0].Label != labelPriceWorry {
		facts = append(facts, "objects: "+b.Objections[0].Label)
	}
	if strings.HasPrefix(b.DecisionMaker, "decides with ") {
		d, _, _ := strings.Cut(b.DecisionMaker, ":")
		facts = append(facts, d)
	}
	if b.NeedsMost != nil {
		facts = append(facts, "needs "+b.NeedsMost.Label)
	}
	if len(facts) > 0 {
		s = append(s, capitalize(strings.Join(facts, "; "))+".")
	}
	return strings.Join(s, " ")
}

func knownValue(b Brief, name string) string {
	for _, f := range b.Fields {
		if f.Name == name && f.Known {
			return f.Value
		}
	}
	return ""
}

// capitalize puts the first letter of s in title case ("été prochain" ->
// "Été prochain"), by its first rune, not its first byte: a letter
// outside ASCII takes two or more bytes, and casing one of them alone
// breaks the text.
func capitalize(s string) string { return caseFirst(s, unicode.ToTitle) }

// lowerFirst puts the first letter of s in lower case ("Öffnungszeiten"
// -> "öffnungszeiten"), as capitalize does.
func lowerFirst(s string) string { return caseFirst(s, unicode.ToLower) }

// caseFirst maps the first rune of s; s is returned as it is when it is
// empty or does not start with valid UTF-8.
func caseFirst(s string, to func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(to(r)) + s[n:]
}
