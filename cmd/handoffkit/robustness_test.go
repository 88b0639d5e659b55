package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRobustnessFloors runs the eval on the project's own blind robustness
// set (testdata/robustness: new utterances written in the styles of the
// corpus sources, never tuned against) and asserts the floors a user relies
// on. The floors are lower than the development-corpus thresholds because the
// set is out-of-sample; do not lower them to make the test pass - fix the
// detectors instead.
func TestRobustnessFloors(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "robustness")
	_, err := os.Stat(dir)
	require.NoError(t, err, "robustness set missing at %s", dir)

	var out, errw bytes.Buffer
	require.NoError(t, runEval(dir, true, &out, &errw), "eval errors:\n%s", errw.String())

	re := regexp.MustCompile(`(\w+)=([\d.]+)`)
	got := map[string]map[string]float64{}
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(line, "task=") {
			continue
		}
		task := strings.Fields(line)[0][len("task="):]
		got[task] = map[string]float64{}
		for _, m := range re.FindAllStringSubmatch(line, -1) {
			if v, err := strconv.ParseFloat(m[2], 64); err == nil {
				got[task][m[1]] = v
			}
		}
	}
	for _, task := range []string{"explicit_ask", "optout", "frustration", "fields", "bant"} {
		require.Contains(t, got, task, "task %s missing in eval output:\n%s", task, out.String())
	}

	// Collect every failing floor, then report them all with the
	// misclassified rows so the failure is actionable.
	var failed []string
	check := func(task, metric string, floor float64, atLeast bool) {
		v, ok := got[task][metric]
		if !ok {
			failed = append(failed, task+" "+metric+" missing")
			return
		}
		if atLeast && v < floor {
			failed = append(failed, task+" "+metric+"="+strconv.FormatFloat(v, 'f', 3, 64)+" want >= "+strconv.FormatFloat(floor, 'f', 2, 64))
		}
		if !atLeast && v > floor {
			failed = append(failed, task+" "+metric+"="+strconv.FormatFloat(v, 'f', 3, 64)+" want <= "+strconv.FormatFloat(floor, 'f', 2, 64))
		}
	}
	check("optout", "recall", 0.90, true)
	check("optout", "fpr", 0.03, false)
	check("explicit_ask", "recall", 0.85, true)
	check("explicit_ask", "fpr", 0.05, false)
	check("frustration", "f1", 0.70, true)
	check("fields", "f1", 0.75, true) // micro-F1 over field presence
	check("bant", "f1", 0.70, true)   // micro-F1 over field presence
	require.Empty(t, failed, "robustness floors not met:\n%s\n\neval output:\n%s",
		strings.Join(failed, "\n"), out.String())
}
