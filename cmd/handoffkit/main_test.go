package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store/memstore"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600))
	}
	return dir
}

func TestEvalLinesAndErrors(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"optout.jsonl": `{"text":"STOP","label":true}
{"text":"stop by tuesday","label":false}
this is not json
{"text":"take me off your list","label":true}
{"text":"bus stop"}
`,
		"fields.jsonl": `{"id":"a","text":"roof is fine, want 250k","fields":{"condition":"roof is fine","price":"$250,000"}}
{"id":"b","text":"lol","fields":{}}
`,
	})
	var out, errw bytes.Buffer
	code := run([]string{"eval", "--corpus", dir, "-v"}, &out, &errw)
	require.Equal(t, 1, code, "a malformed line is an error")
	require.Contains(t, out.String(), "task=optout n=3 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, out.String(), "task=fields n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, errw.String(), "optout.jsonl:3: malformed line")
	require.Contains(t, errw.String(), "optout.jsonl:5: malformed line")
	require.Regexp(t, `^task=\w+ n=\d+ precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3} fpr=\d\.\d{3}$`, strings.SplitN(out.String(), "\n", 2)[0])

	out.Reset()
	errw.Reset()
	require.Equal(t, 1, run([]string{"eval", "--corpus", filepath.Join(dir, "missing")}, &out, &errw))
	require.Contains(t, errw.String(), "corpus directory")
	require.Equal(t, 2, run([]string{"eval"}, &out, &errw))
	require.Equal(t, 2, run([]string{"bogus", "--corpus", dir}, &out, &errw))
}

// An argument a command does not take is a usage error (exit 2) and runs
// nothing: Go's flag parsing stops at the first non-flag argument, so a
// flag after it ("metrics --db FILE a --json") was silently dropped and
// the command ran without it (reviewer X, D6).
func TestLeftoverArgumentsAreUsageErrors(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"optout.jsonl":        `{"text":"STOP","label":true}` + "\n",
		"conversations.jsonl": `{"id":"a","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"optout","at_lead_turn":1}}` + "\n",
	})
	db := filepath.Join(t.TempDir(), "nope.db") // never opened: the arguments are refused first
	for _, args := range [][]string{
		{"eval", "--corpus", dir, "a", "-v"},
		{"eval", "--corpus", dir, "extra"},
		{"replay", "--corpus", dir, "a", "-v"},
		{"metrics", "--db", db, "a", "--json"},
		{"metrics", "--db", db, "--json", "a"},
	} {
		var out, errw bytes.Buffer
		require.Equal(t, 2, run(args, &out, &errw), "%v: %s", args, errw.String())
		require.Empty(t, out.String(), "%v runs nothing", args)
		require.Contains(t, errw.String(), "unexpected argument", args)
		require.Contains(t, errw.String(), "usage:", args)
	}
}

func TestEvalMisclassifiedWithV(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"explicit_ask.jsonl": `{"text":"call me","label":false}
{"text":"what's their number","label":true}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 0, run([]string{"eval", "--corpus", dir, "-v"}, &out, &errw))
	require.Contains(t, out.String(), "task=explicit_ask n=2 precision=0.000 recall=0.000 f1=0.000 fpr=1.000")
	require.Contains(t, out.String(), `FP line 1 [call me] "call me"`)
	require.Contains(t, out.String(), `FN line 2 "what's their number"`)
}

func TestReplay(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"a","turns":[{"from":"ai","text":"Still selling?"},{"from":"lead","text":"sure"},{"from":"ai","text":"Why?"},{"from":"lead","text":"can someone call me"}],"expect":{"event":"handoff","at_lead_turn":2,"reason":"explicit_ask"}}
{"id":"b","turns":[{"from":"ai","text":"Still selling?"},{"from":"lead","text":"STOP"},{"from":"lead","text":"call me"}],"expect":{"event":"optout","at_lead_turn":1,"reason":null}}
{"id":"c","turns":[{"from":"ai","text":"Still selling?"},{"from":"lead","text":"ok"}],"expect":{"event":"none","at_lead_turn":null,"reason":null}}
{"id":"d","turns":[{"from":"ai","text":"Still selling?"},{"from":"lead","text":"call me"},{"from":"lead","text":"after 5 works"}],"expect":{"event":"handoff","at_lead_turn":2,"reason":"explicit_ask"}}
{broken
`,
	})
	var out, errw bytes.Buffer
	code := run([]string{"replay", "--corpus", dir}, &out, &errw)
	require.Equal(t, 1, code)
	require.Contains(t, errw.String(), "conversations.jsonl:5: malformed line")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 5)
	require.Equal(t, "task=conversations n=4 correct=3 accuracy=0.750 premature=1 late=0 after_optout=0", lines[4])
	require.Contains(t, lines[1], "b ok expected=optout")
}

// TestCorpusThresholds runs the acceptance thresholds on the shared
// corpus, through the same code as the eval and replay commands.
func TestCorpusThresholds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not found at %s (it lives at <repo>/../shared/corpus): %v", dir, err)
	}
	var out, errw bytes.Buffer
	require.NoError(t, runEval(dir, false, defaultTiers(), &out, &errw))
	require.NoError(t, runReplay(dir, false, defaultTiers(), &out, &errw))
	re := regexp.MustCompile(`(\w+)=([\d.]+)`)
	got := map[string]map[string]float64{}
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(line, "task=") {
			continue
		}
		task := strings.Fields(line)[0][len("task="):]
		got[task] = map[string]float64{}
		for _, m := range re.FindAllStringSubmatch(line, -1) {
			v, err := strconv.ParseFloat(m[2], 64)
			if err == nil {
				got[task][m[1]] = v
			}
		}
	}
	check := func(task, metric string, ok func(float64) bool, want string) {
		t.Helper()
		v, present := got[task][metric]
		require.True(t, present, "%s %s missing in:\n%s", task, metric, out.String())
		require.True(t, ok(v), "%s %s = %.3f, want %s", task, metric, v, want)
	}
	atLeast := func(x float64) func(float64) bool { return func(v float64) bool { return v >= x } }
	atMost := func(x float64) func(float64) bool { return func(v float64) bool { return v <= x } }
	check("optout", "recall", atLeast(0.97), ">= 0.97")
	check("optout", "fpr", atMost(0.01), "<= 0.01")
	check("explicit_ask", "recall", atLeast(0.95), ">= 0.95")
	check("explicit_ask", "fpr", atMost(0.02), "<= 0.02")
	check("frustration", "f1", atLeast(0.80), ">= 0.80")
	check("fields", "f1", atLeast(0.90), ">= 0.90")
	check("bant", "f1", atLeast(0.85), ">= 0.85")
	check("conversations", "accuracy", atLeast(0.95), ">= 0.95")
	check("conversations", "after_optout", atMost(0), "0")
}

func TestEvalTiersAndNewTasks(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"optout.jsonl": `{"text":"STOP","label":true}
{"text":"what's the offer?","label":false}
`,
		"commitment.jsonl": `{"text":"yes, I'm ready, send the paperwork","label":true}
{"text":"sure","label":false}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 0, run([]string{"eval", "--corpus", dir}, &out, &errw), errw.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Equal(t, []string{
		"task=optout n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000",
		"tiers task=optout positives=1 rules_only=1 model_only=0 both=0 missed=0 fp_rules=0 fp_model_only=0",
		"task=optout_silenced n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000",
		"tiers task=optout_silenced positives=1 rules_only=1 model_only=0 both=0 missed=0 fp_rules=0 fp_model_only=0 review_band_rate=0.000",
		"task=commitment n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000",
	}, lines[:5])
	require.Regexp(t, `^tiers task=commitment positives=1 rules_only=\d model_only=\d both=\d missed=0 fp_rules=0 fp_model_only=0$`, lines[5])
}

// TestEvalB2BFields: b2b.jsonl is read with the B2B schema's fields.
func TestEvalB2BFields(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"b2b.jsonl": `{"text":"we're about 40 people, I run ops","fields":{"company_size":"40","role":"ops"}}
{"text":"just looking around","fields":{}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 0, run([]string{"eval", "--corpus", dir}, &out, &errw), errw.String())
	require.Contains(t, out.String(), "task=b2b n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
}

func TestReplaySchemaAndRules(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"hs","schema":"real_estate","rules":["out_of_scope"],"turns":[{"from":"ai","text":"How can we help?"},{"from":"lead","text":"my pipe burst and water is everywhere"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"out_of_scope"}}
{"id":"hv","schema":"b2b","rules":["high_value"],"turns":[{"from":"ai","text":"How big is the team?"},{"from":"lead","text":"we'd need hundreds of seats"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"high_value"}}
{"id":"cmp","schema":"bant","rules":["competitor"],"turns":[{"from":"ai","text":"Any other quotes?"},{"from":"lead","text":"another lender quoted me 6.1"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"competitor"}}
{"id":"plain","turns":[{"from":"ai","text":"Any other quotes?"},{"from":"lead","text":"another lender quoted me 6.1"}],"expect":{"event":"none"}}
{"id":"bill","schema":"bant","rules":["out_of_scope"],"turns":[{"from":"ai","text":"Anything else?"},{"from":"lead","text":"I was billed twice this month and need a refund, so annoying"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"out_of_scope"}}
{"id":"jumbo","schema":"bant","rules":["high_value"],"turns":[{"from":"ai","text":"What are you shopping for?"},{"from":"lead","text":"my wife and I decide, we want a jumbo loan for a 1.3M house and need to close by June"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"high_value"}}
{"id":"bad","schema":"crm","turns":[{"from":"lead","text":"hi"}],"expect":{"event":"none"}}
{"id":"bad2","rules":["vip"],"turns":[{"from":"lead","text":"hi"}],"expect":{"event":"none"}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"replay", "--corpus", dir}, &out, &errw))
	require.Contains(t, errw.String(), `unknown schema "crm"`)
	require.Contains(t, errw.String(), `unknown rule "vip"`)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	// a configured rule outranks frustration: the annoyed refund request
	// is a billing dispute; and it outranks qualification and the score:
	// the qualified jumbo borrower goes to the rep as high value
	require.Equal(t, "task=conversations n=6 correct=6 accuracy=1.000 premature=0 late=0 after_optout=0", lines[len(lines)-1], out.String())
}

// TestEvalOversizedLineSkipped: a line longer than the reader takes is
// reported as malformed with its number, and the rows after it are still
// evaluated (a bufio.Scanner had stopped the file there).
func TestEvalOversizedLineSkipped(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"optout.jsonl": `{"text":"STOP","label":true}` + "\n" +
			`{"text":"` + strings.Repeat("a", maxLineBytes+1) + `","label":false}` + "\n" +
			`{"text":"please take me off your list","label":true}` + "\n",
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"eval", "--corpus", dir}, &out, &errw))
	require.Contains(t, out.String(), "task=optout n=2 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, errw.String(), "optout.jsonl:2: malformed line: longer than")
	require.NotContains(t, errw.String(), "optout.jsonl:3:")
}

// TestReadLine: lines end at "\n" or "\r\n", the last may have no ending,
// and one longer than the limit is consumed whole and reported.
func TestReadLine(t *testing.T) {
	t.Parallel()
	type line struct {
		text string
		long bool
	}
	for _, tc := range []struct {
		in   string
		want []line
	}{
		{"ab\ncd", []line{{"ab", false}, {"cd", false}}},
		{"ab\r\ncd\r\n", []line{{"ab", false}, {"cd", false}}},
		{"\n\nab\n", []line{{"", false}, {"", false}, {"ab", false}}},
		{"abcdefghijklmnopqrstuvwxyz0123456789\nok\n", []line{{"", true}, {"ok", false}}},
		{"abcdefgh\nabcdefghi\n", []line{{"abcdefgh", false}, {"", true}}},
		{"abcdefgh\r\nabcdefgh", []line{{"abcdefgh", false}, {"abcdefgh", false}}},
	} {
		// a 16-byte buffer (bufio's minimum) makes the long lines span reads
		r := bufio.NewReaderSize(strings.NewReader(tc.in), 16)
		var got []line
		for {
			l, long, err := readLine(r, 8)
			if err != nil && err != io.EOF {
				t.Fatal(err)
			}
			if err == io.EOF && len(l) == 0 && !long {
				break
			}
			got = append(got, line{string(l), long})
			if err == io.EOF {
				break
			}
		}
		require.Equal(t, tc.want, got, "%q", tc.in)
	}
}

// TestEvalRowWithoutTextIsMalformed: a row without "text" (a misspelt
// key) is reported like one without "label", not scored as an empty
// message.
func TestEvalRowWithoutTextIsMalformed(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"explicit_ask.jsonl": `{"text":"can I talk to a real person?","label":true}
{"txt":"have someone call me","label":true}
`,
		"fields.jsonl": `{"id":"a","text":"roof is fine, want 250k","fields":{"condition":"roof is fine","price":"$250,000"}}
{"id":"b","txt":"roof is fine","fields":{"condition":"roof is fine"}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"eval", "--corpus", dir}, &out, &errw))
	require.Contains(t, out.String(), "task=explicit_ask n=1 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, out.String(), "task=fields n=1 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, errw.String(), `explicit_ask.jsonl:2: malformed line: missing "text"`)
	require.Contains(t, errw.String(), `fields.jsonl:2: malformed line: missing "text"`)
}

// TestEvalUnknownFieldNameIsMalformed: a field name the task's schema does
// not have is reported with the names it has, and the row is skipped
// rather than scored as a row with no fields.
func TestEvalUnknownFieldNameIsMalformed(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"b2b.jsonl": `{"text":"we're about 40 people, I run ops","fields":{"company_size":"40","role":"ops"}}
{"text":"I'm the VP of Sales at a 200-person company","fields":{"companysize":"200","rol":"VP of Sales"}}
`,
		"bant.jsonl": `{"text":"budget is 5k","fields":{"budget":"5k","motivation":"x"}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"eval", "--corpus", dir}, &out, &errw))
	require.Contains(t, out.String(), "task=b2b n=1 precision=1.000 recall=1.000 f1=1.000 fpr=0.000\n")
	require.Contains(t, out.String(), "task=bant n=0 ")
	require.Contains(t, errw.String(), `b2b.jsonl:2: malformed line: unknown field "companysize", "rol" (want company_size, role, use_case_fit, budget, timeline)`)
	require.Contains(t, errw.String(), `bant.jsonl:1: malformed line: unknown field "motivation" (want budget, authority, need, timeline)`)
}

// TestEvalNoTaskFilesNamesEveryFile: the refusal of a directory without
// task files names all seven.
func TestEvalNoTaskFilesNamesEveryFile(t *testing.T) {
	t.Parallel()
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"eval", "--corpus", t.TempDir()}, &out, &errw))
	for _, task := range []string{"explicit_ask", "optout", "frustration", "commitment", "fields", "bant", "b2b"} {
		require.Contains(t, errw.String(), task)
	}
}

// TestReplayConversationsIndependent: conversations share an engine (by
// schema and rules) but nothing else: the STOP of line 1 does not silence
// line 10,001, whose number the phone scheme (+1202555<n mod 10000>)
// would have given line 1's.
func TestReplayConversationsIndependent(t *testing.T) {
	t.Parallel()
	cfg, err := ReplayConfig("", nil)
	require.NoError(t, err)
	eng, err := handoff.NewEngine(memstore.New(), cfg)
	require.NoError(t, err)
	row := func(line string) convRow {
		var c convRow
		require.NoError(t, json.Unmarshal([]byte(line), &c))
		return c
	}
	ctx := context.Background()
	first, err := ReplayConversation(ctx, eng, 1, row(`{"id":"first","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"optout","at_lead_turn":1}}`))
	require.NoError(t, err)
	require.True(t, first.Correct, first.Line())
	last, err := ReplayConversation(ctx, eng, 10001, row(`{"id":"last","turns":[{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"explicit_ask"}}`))
	require.NoError(t, err)
	require.True(t, last.Correct, last.Line())
}

// TestReplayUnknownExpectedIsMalformed: an expected event or handoff
// reason replay does not know ("opt-out", "opt_out", "explicit-ask") is
// reported with its line, not scored wrong in silence.
func TestReplayUnknownExpectedIsMalformed(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"hyphen","turns":[{"from":"ai","text":"Hi, Sam with Acme Realty."},{"from":"lead","text":"STOP"}],"expect":{"event":"opt-out","at_lead_turn":1}}
{"id":"underscore","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"opt_out","at_lead_turn":1}}
{"id":"reason","turns":[{"from":"lead","text":"can someone call me"}],"expect":{"event":"handoff","at_lead_turn":1,"reason":"explicit-ask"}}
{"id":"noevent","turns":[{"from":"lead","text":"hi"}],"expect":{}}
{"id":"good","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"optout","at_lead_turn":1,"reason":null}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"replay", "--corpus", dir}, &out, &errw))
	require.Contains(t, errw.String(), `conversations.jsonl:1: malformed line: unknown expected event "opt-out" (want handoff, optout or none)`)
	require.Contains(t, errw.String(), `conversations.jsonl:2: malformed line: unknown expected event "opt_out"`)
	require.Contains(t, errw.String(), `conversations.jsonl:3: malformed line: unknown expected reason "explicit-ask"`)
	require.Contains(t, errw.String(), `conversations.jsonl:4: malformed line: unknown expected event ""`)
	require.Contains(t, out.String(), "task=conversations n=1 correct=1 accuracy=1.000 premature=0 late=0 after_optout=0\n")
}

// TestReplayHandoffAfterOptInIsNotAfterOptOut: a handoff after the lead's
// START lifted their opt-out is a legitimate one; without the START it
// still counts.
func TestReplayHandoffAfterOptInIsNotAfterOptOut(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"resub","turns":[{"from":"ai","text":"Hi, Sam with Acme Realty here."},{"from":"lead","text":"STOP"},{"from":"lead","text":"START"},{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"optout","at_lead_turn":1}}
{"id":"missed","turns":[{"from":"lead","text":"hello there"},{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"optout","at_lead_turn":1}}
{"id":"missed_resub","turns":[{"from":"lead","text":"hello there"},{"from":"lead","text":"START"},{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"optout","at_lead_turn":1}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 0, run([]string{"replay", "--corpus", dir}, &out, &errw), errw.String())
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 4)
	require.True(t, strings.HasPrefix(lines[0], "resub ok "), lines[0])
	// the opt-out the detector missed (here, one that was never there)
	// followed by a handoff is still the safety count's
	require.True(t, strings.HasPrefix(lines[1], "missed AFTER_OPTOUT "), lines[1])
	require.True(t, strings.HasPrefix(lines[2], "missed_resub LATE "), lines[2])
	require.Equal(t, "task=conversations n=3 correct=1 accuracy=0.333 premature=0 late=2 after_optout=1", lines[3])
}

// TestReplayExpectationItCannotScoreIsMalformed: a handoff or opt-out
// expected without a lead turn, at a turn the conversation does not have,
// a turn given for none, a handoff without a reason and a turn from an
// unknown speaker are reported with their lines instead of being scored
// wrong; a key replay does not read is no reason to refuse a row.
func TestReplayExpectationItCannotScoreIsMalformed(t *testing.T) {
	t.Parallel()
	dir := writeFiles(t, map[string]string{
		"conversations.jsonl": `{"id":"noturn","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"optout"}}
{"id":"past","turns":[{"from":"ai","text":"Hi, Sam here."},{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"handoff","at_lead_turn":2,"reason":"explicit_ask"}}
{"id":"zero","turns":[{"from":"lead","text":"STOP"}],"expect":{"event":"optout","at_lead_turn":0}}
{"id":"noneturn","turns":[{"from":"lead","text":"hi"}],"expect":{"event":"none","at_lead_turn":1}}
{"id":"noreason","turns":[{"from":"lead","text":"can I talk to a real person?"}],"expect":{"event":"handoff","at_lead_turn":1}}
{"id":"speaker","turns":[{"from":"rep","text":"Dana here"},{"from":"lead","text":"STOP"}],"expect":{"event":"optout","at_lead_turn":1}}
{"id":"good","vertical":"real_estate","note":"extra keys","turns":[{"from":"lead","text":"hi"}],"expect":{"event":"none","at_lead_turn":0,"reason":null}}
`,
	})
	var out, errw bytes.Buffer
	require.Equal(t, 1, run([]string{"replay", "--corpus", dir}, &out, &errw))
	for _, want := range []string{
		`conversations.jsonl:1: malformed line: optout needs at_lead_turn between 1 and the 1 lead turns (got none)`,
		`conversations.jsonl:2: malformed line: handoff needs at_lead_turn between 1 and the 1 lead turns (got 2)`,
		`conversations.jsonl:3: malformed line: optout needs at_lead_turn between 1 and the 1 lead turns (got 0)`,
		`conversations.jsonl:4: malformed line: at_lead_turn 1 given for event none`,
		`conversations.jsonl:5: malformed line: handoff needs a reason (want explicit_ask, `,
		`conversations.jsonl:6: malformed line: turn 1 from "rep" (want ai or lead)`,
	} {
		require.Contains(t, errw.String(), want)
	}
	require.NotContains(t, errw.String(), "conversations.jsonl:7")
	require.Equal(t, "good ok", strings.Join(strings.Fields(strings.SplitN(out.String(), "\n", 2)[0])[:2], " "))
	require.Contains(t, out.String(), "task=conversations n=1 correct=1 accuracy=1.000 premature=0 late=0 after_optout=0\n")
}
