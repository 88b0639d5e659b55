package metrics_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/qualify"
)

// repRow is one labelled rep message of testdata/rep_messages.tsv.
type repRow struct {
	split, label, text string
	schema             qualify.Schema
	known              []qualify.Field
}

func readRepMessages(t *testing.T) []repRow {
	t.Helper()
	f, err := os.Open("testdata/rep_messages.tsv")
	require.NoError(t, err)
	defer f.Close()
	schemas := map[string]qualify.Schema{"real_estate": qualify.RealEstate, "bant": qualify.BANT, "b2b": qualify.B2B}
	var rows []repRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		require.Len(t, cols, 5, line)
		s, ok := schemas[cols[1]]
		require.True(t, ok, line)
		r := repRow{split: cols[0], schema: s, label: cols[3], text: cols[4]}
		if cols[2] != "-" {
			for _, k := range strings.Split(cols[2], ",") {
				r.known = append(r.known, qualify.Field(k))
			}
		}
		require.Contains(t, []string{"known", "new", "statement"}, r.label, line)
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	return rows
}

// classify is what the report does with a rep message: a re-question when
// it asks a known field, a question when it asks any field.
func classify(r repRow) string {
	asked := metrics.AskedFields(r.text, r.schema)
	switch {
	case slices.ContainsFunc(asked, func(f qualify.Field) bool { return slices.Contains(r.known, f) }):
		return "known"
	case len(asked) > 0:
		return "new"
	}
	return "statement"
}

// TestReQuestionDetector_PrecisionRecall measures the detector on the
// labelled rep messages; the positive class is "asks a known field". The
// figures are logged per split (run with -v) and held to floors.
func TestReQuestionDetector_PrecisionRecall(t *testing.T) {
	t.Parallel()
	rows := readRepMessages(t)
	for _, split := range []string{"dev", "held", "all"} {
		var tp, fp, fn, correct, n int
		for _, r := range rows {
			if split != "all" && r.split != split {
				continue
			}
			n++
			got := classify(r)
			if got == r.label {
				correct++
			}
			switch {
			case got == "known" && r.label == "known":
				tp++
			case got == "known":
				fp++
				t.Logf("%s false re-question (%s): %q asks %v, known %v", split, r.label, r.text, metrics.AskedFields(r.text, r.schema), r.known)
			case r.label == "known":
				fn++
				t.Logf("%s missed re-question (%s): %q asks %v, known %v", split, got, r.text, metrics.AskedFields(r.text, r.schema), r.known)
			case got != r.label:
				t.Logf("%s %s read as %s: %q asks %v", split, r.label, got, r.text, metrics.AskedFields(r.text, r.schema))
			}
		}
		precision := float64(tp) / float64(max(1, tp+fp))
		recall := float64(tp) / float64(max(1, tp+fn))
		t.Logf("split=%s n=%d re-question precision=%.2f recall=%.2f (tp=%d fp=%d fn=%d) three-way accuracy=%.2f",
			split, n, precision, recall, tp, fp, fn, float64(correct)/float64(n))
		if split == "all" {
			require.GreaterOrEqual(t, precision, 0.85)
			require.GreaterOrEqual(t, recall, 0.75)
		}
	}
}

func TestContextLoss(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"like I already told you, it's the house on Elm",
		"I told the bot all of this yesterday",
		"how many times do I have to say it",
		"I already answered that",
		"as i said, 30 days",
		"you asked me that already",
		"ugh I just said that",
	} {
		_, ok := metrics.ContextLoss(s)
		require.True(t, ok, s)
	}
	for _, s := range []string{
		"I told my wife about your offer",
		"we already moved out",
		"the roof was already replaced",
		"can you tell me more about the process",
		"I said yes to the other buyer's inspection",
	} {
		_, ok := metrics.ContextLoss(s)
		require.False(t, ok, s)
	}
}
