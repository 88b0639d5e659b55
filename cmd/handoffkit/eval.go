package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/trigger"
)

// labelRow is a row of a binary task file. Text and Label are required;
// other keys are ignored.
type labelRow struct {
	Text  *string `json:"text"`
	Label *bool   `json:"label"`
}

// fieldRow is a row of a fields task file. Text and Fields are required,
// and every key of Fields must be a field of the task's schema.
type fieldRow struct {
	ID     string            `json:"id"`
	Text   *string           `json:"text"`
	Fields map[string]string `json:"fields"`
}

// Counts is a confusion matrix.
type Counts struct {
	TP, FP, FN, TN int
}

// Precision is TP/(TP+FP), 0 when undefined.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when undefined.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// FPR is FP/(FP+TN), 0 when undefined.
func (c Counts) FPR() float64 { return ratio(c.FP, c.FP+c.TN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TaskResult is the outcome of one evaluation task.
type TaskResult struct {
	Task   string
	Rows   int
	Counts Counts
	Tiers  TierCounts // binary tasks, and field presence (by the value's Why)
	Errors []string   // misclassified rows, for -v
}

// TierCounts says which tier caught the positives of a binary task, and
// which tier the false positives came from.
type TierCounts struct {
	Positives, RulesOnly, ModelOnly, Both, Missed int
	FPRules, FPModelOnly                          int
	// Review counts negatives sent to a person's review (opt-outs only):
	// the review band's rate on ordinary messages is Review/negatives.
	Review, Negatives int
}

// Line renders the tier line printed after a binary task's line.
func (c TierCounts) Line(task string) string {
	l := fmt.Sprintf("tiers task=%s positives=%d rules_only=%d model_only=%d both=%d missed=%d fp_rules=%d fp_model_only=%d",
		task, c.Positives, c.RulesOnly, c.ModelOnly, c.Both, c.Missed, c.FPRules, c.FPModelOnly)
	if c.Review > 0 || task == "optout_silenced" {
		l += fmt.Sprintf(" review_band_rate=%.3f", ratio(c.Review, c.Negatives))
	}
	return l
}

// Line renders the one-line summary.
func (r TaskResult) Line() string {
	c := r.Counts
	return fmt.Sprintf("task=%s n=%d precision=%.3f recall=%.3f f1=%.3f fpr=%.3f",
		r.Task, r.Rows, c.Precision(), c.Recall(), c.F1(), c.FPR())
}

// prediction is what the two tiers said about one message.
type prediction struct {
	rules, model bool   // which tiers fired
	review       bool   // the message went to a person's review (opt-outs)
	why          string // the rule or the model's reason
}

func (p prediction) fired() bool { return p.rules || p.model }

// binaryTasks maps a file to its predictor. file is the task file's stem;
// several tasks may read one file.
var binaryTasks = []struct {
	name, file string
	predict    func(text string) prediction
}{
	{"explicit_ask", "explicit_ask", func() func(string) prediction {
		judge := trigger.Model()
		return func(text string) prediction {
			s := trigger.Analyze(text)
			j := judge.JudgeText(text)
			why := s.ExplicitAskRule
			if why == "" {
				why = j.Why
			}
			return prediction{rules: s.ExplicitAsk, model: j.ExplicitAsk, why: why}
		}
	}()},
	{"optout", "optout", optOutPredictor(false)},
	{"optout_silenced", "optout", optOutPredictor(true)},
	{"frustration", "frustration", func() func(string) prediction {
		judge := trigger.Model()
		return func(text string) prediction {
			s := trigger.Analyze(text)
			j := judge.JudgeText(text)
			why := s.FrustrationRule
			if why == "" {
				why = j.Why
			}
			return prediction{rules: s.Frustrated, model: j.Frustrated, why: why}
		}
	}()},
	{"commitment", "commitment", func() func(string) prediction {
		// a clear commitment is one that takes a lead with nothing else
		// known to the handoff score on its own
		rules := qualify.NewRuleScorer(&qualify.ScorerConfig{NoModel: true})
		judge := trigger.Model()
		return func(text string) prediction {
			in := qualify.ScoreInput{Schema: qualify.RealEstate, Text: text}
			sc, _ := rules.Score(context.Background(), in)
			j := judge.JudgeText(text)
			p := prediction{rules: sc >= 70, why: fmt.Sprintf("score %d", sc)}
			if j.Commitment >= 2 {
				in.Commitment = j.Commitment
				if sc, _ := rules.Score(context.Background(), in); sc >= 70 {
					p.model = true
					if !p.rules {
						p.why = j.Why
					}
				}
			}
			return p
		}
	}()},
}

// optOutPredictor reads opt-outs as the engine's detector does, each
// credited to the tier that decided it: the keywords and rules (some of
// which ask the model whether a bare "stop" is only an exclamation), or
// the model. With silenced, a message sent to a person's review
// ([dnc.PossibleOptOut]) counts too: the AI is silenced either way.
func optOutPredictor(silenced bool) func(string) prediction {
	full := dnc.New(nil)
	return func(text string) prediction {
		f := full.Detect(dnc.Input{Text: text})
		p := prediction{why: f.Rule}
		p.review = f.Kind == dnc.PossibleOptOut
		// a rule the model doubts sends the message to review
		p.rules = f.Tier != "model" && (f.Kind == dnc.OptOut || silenced && p.review)
		if f.Tier == "model" && (f.Kind == dnc.OptOut || silenced && p.review) {
			p.model = true
			p.why = f.Rule
		}
		return p
	}
}

var fieldTasks = []struct {
	name   string
	schema qualify.Schema
}{
	{"fields", qualify.RealEstate},
	{"bant", qualify.BANT},
	{"b2b", qualify.B2B},
}

// runEval evaluates every task file present in dir. Malformed lines are
// reported on errw with their line number and skipped.
func runEval(dir string, verbose bool, t *tiers, out, errw io.Writer) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("corpus directory: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("corpus directory: %s is not a directory", dir)
	}
	found := 0
	var bad error
	for _, task := range binaryTasks {
		path := filepath.Join(dir, task.file+".jsonl")
		if _, err := os.Stat(path); err != nil {
			continue
		}
		found++
		predict, err := t.withJudge(task.name, task.predict)
		if err != nil {
			return err
		}
		// a malformed line is reported once per file
		ew := errw
		if task.file != task.name {
			ew = io.Discard
		}
		res, err := EvalBinary(path, task.name, predict, ew)
		if err != nil && ew != io.Discard {
			bad = errors.Join(bad, err)
		}
		printResult(out, res, verbose)
		fmt.Fprintln(out, res.Tiers.Line(task.name))
	}
	for _, task := range fieldTasks {
		path := filepath.Join(dir, task.name+".jsonl")
		if _, err := os.Stat(path); err != nil {
			continue
		}
		found++
		ex, err := t.fieldExtractor(task.schema)
		if err != nil {
			return err
		}
		res, err := EvalFields(path, task.name, task.schema, ex, errw)
		if err != nil {
			bad = errors.Join(bad, err)
		}
		printResult(out, res, verbose)
		fmt.Fprintln(out, res.Tiers.Line(task.name))
	}
	if found == 0 {
		return fmt.Errorf("no task files (explicit_ask, optout, frustration, commitment, fields, bant, b2b .jsonl) in %s", dir)
	}
	return bad
}

func printResult(out io.Writer, res TaskResult, verbose bool) {
	fmt.Fprintln(out, res.Line())
	if verbose {
		for _, e := range res.Errors {
			fmt.Fprintln(out, "  "+e)
		}
	}
}

// maxLineBytes is the longest line the task files may hold. A longer
// line is reported as malformed and skipped; the lines after it are read.
const maxLineBytes = 4 << 20

// forEachLine calls fn for each non-empty line of path with its 1-based
// number; a read error is returned, fn's errors are collected. A line
// longer than maxLineBytes is reported (not passed to fn) and the rest of
// the file is still read.
func forEachLine(path string, errw io.Writer, fn func(n int, line []byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64*1024)
	var bad error
	n := 0
	report := func(err error) {
		e := fmt.Errorf("%s:%d: %w", path, n, err)
		fmt.Fprintln(errw, "handoffkit:", e)
		bad = errors.Join(bad, e)
	}
	for {
		line, long, rerr := readLine(r, maxLineBytes)
		if rerr != nil && rerr != io.EOF {
			return errors.Join(bad, fmt.Errorf("%s:%d: %w", path, n+1, rerr))
		}
		if rerr == io.EOF && len(line) == 0 && !long {
			break
		}
		n++
		switch {
		case long:
			report(fmt.Errorf("malformed line: longer than %d bytes", maxLineBytes))
		case len(bytes.TrimSpace(line)) == 0:
		default:
			if err := fn(n, line); err != nil {
				report(err)
			}
		}
		if n%1000 == 0 {
			fmt.Fprintf(errw, "handoffkit: %s: %d lines\n", filepath.Base(path), n)
		}
		if rerr == io.EOF {
			break
		}
	}
	return bad
}

// readLine reads the next line of r without its line ending ("\n" or
// "\r\n"). A line longer than max is read to its end and dropped: long
// reports it. At the end of the input err is io.EOF, with the last line
// when it had no line ending.
func readLine(r *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		frag, err := r.ReadSlice('\n')
		if !long {
			if len(line)+len(frag) > max+2 { // room for "\r\n"
				long, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if !long && len(line) > max {
			long, line = true, nil
		}
		return line, long, err
	}
}

// EvalBinary evaluates a {"text","label"} file.
func EvalBinary(path, name string, predict func(string) prediction, errw io.Writer) (TaskResult, error) {
	res := TaskResult{Task: name}
	err := forEachLine(path, errw, func(n int, line []byte) error {
		var r labelRow
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("malformed line: %w", err)
		}
		if r.Text == nil {
			return errors.New("malformed line: missing \"text\"")
		}
		if r.Label == nil {
			return errors.New("malformed line: missing \"label\"")
		}
		text := *r.Text
		res.Rows++
		p := predict(text)
		got, rule := p.fired(), p.why
		tc := &res.Tiers
		if *r.Label {
			tc.Positives++
			switch {
			case p.rules && p.model:
				tc.Both++
			case p.rules:
				tc.RulesOnly++
			case p.model:
				tc.ModelOnly++
			default:
				tc.Missed++
			}
		} else {
			tc.Negatives++
			if p.review {
				tc.Review++
			}
			switch {
			case p.rules:
				tc.FPRules++
			case p.model:
				tc.FPModelOnly++
			}
		}
		switch {
		case got && *r.Label:
			res.Counts.TP++
		case got && !*r.Label:
			res.Counts.FP++
			res.Errors = append(res.Errors, fmt.Sprintf("FP line %d [%s] %q", n, rule, text))
		case !got && *r.Label:
			res.Counts.FN++
			res.Errors = append(res.Errors, fmt.Sprintf("FN line %d %q", n, text))
		default:
			res.Counts.TN++
		}
		return nil
	})
	return res, err
}

// EvalFields evaluates ex on a {"text","fields"} file, micro-averaged over
// field presence for the schema's fields.
func EvalFields(path, name string, schema qualify.Schema, ex qualify.Extractor, errw io.Writer) (TaskResult, error) {
	res := TaskResult{Task: name}
	err := forEachLine(path, errw, func(n int, line []byte) error {
		var r fieldRow
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("malformed line: %w", err)
		}
		if r.Text == nil {
			return errors.New("malformed line: missing \"text\"")
		}
		if r.Fields == nil {
			return errors.New("malformed line: missing \"fields\"")
		}
		if err := knownFields(schema, r.Fields); err != nil {
			return err
		}
		text := *r.Text
		res.Rows++
		vals, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: schema, Text: text, MessageID: r.ID})
		if err != nil {
			return err
		}
		got := map[string]qualify.Value{}
		for _, v := range vals {
			if v.Value != "" && v.Confidence >= schema.MinConfidence {
				got[string(v.Field)] = v
			}
		}
		var wrong []string
		tc := &res.Tiers
		for _, f := range schema.Fields {
			_, want := r.Fields[string(f)]
			gv, have := got[string(f)]
			// the learned field model says so in Why; anything else is
			// the configured extractor's rules (or its model, for an LLM)
			model := strings.HasPrefix(gv.Why, "model ")
			if want {
				tc.Positives++
			} else {
				tc.Negatives++
			}
			switch {
			case want && have:
				res.Counts.TP++
				if model {
					tc.ModelOnly++
				} else {
					tc.RulesOnly++
				}
			case have:
				res.Counts.FP++
				if model {
					tc.FPModelOnly++
				} else {
					tc.FPRules++
				}
				why := ""
				if gv.Why != "" {
					why = " (" + gv.Why + ")"
				}
				wrong = append(wrong, fmt.Sprintf("+%s=%q%s", f, gv.Value, why))
			case want:
				res.Counts.FN++
				tc.Missed++
				wrong = append(wrong, fmt.Sprintf("-%s=%q", f, r.Fields[string(f)]))
			default:
				res.Counts.TN++
			}
		}
		if len(wrong) > 0 {
			sort.Strings(wrong)
			res.Errors = append(res.Errors, fmt.Sprintf("line %d %q %s", n, text, strings.Join(wrong, " ")))
		}
		return nil
	})
	return res, err
}

// knownFields refuses a row naming a field the schema does not have (a
// misspelt "companysize" would otherwise count the extractor's correct
// find as a false positive).
func knownFields(schema qualify.Schema, fields map[string]string) error {
	var unknown []string
	for f := range fields {
		if !slices.Contains(schema.Fields, qualify.Field(f)) {
			unknown = append(unknown, strconv.Quote(f))
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	names := make([]string, len(schema.Fields))
	for i, f := range schema.Fields {
		names[i] = string(f)
	}
	return fmt.Errorf("malformed line: unknown field %s (want %s)", strings.Join(unknown, ", "), strings.Join(names, ", "))
}
