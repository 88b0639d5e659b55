package trigger_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// TestReviewSetsStop57 holds the out-of-scope and competitor rules to
// their figures on the two review sets stop 57 had written for them
// (testdata/review57_*.jsonl: 150 messages the rule should hand off on,
// in words without the topics' keywords, and 150 ordinary messages and
// look-alikes each, by helpers who read only the labelling guide). The
// out-of-scope rule's look-alikes were tuned on its set, so both are
// regression sets now, a point under the stop's end: out-of-scope with
// every topic (rules and the learned topic model) recall 0.553 at FPR
// 0.073; competitor with no names 0.373 at 0 by the rules, 0.453 at 0
// since stop 58's competitor topic model, 0.433 at 0 since stop 68's
// retrain (the topic model borrows the message model's explicit-ask rows
// as negatives, and 800 support-chat asks joined them: held-out writers'
// competitor recall 0.483 -> 0.475).
func TestReviewSetsStop57(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file              string
		rule              trigger.Rule
		minRecall, maxFPR float64
	}{
		{"testdata/review57_out_of_scope.jsonl", trigger.OutOfScope(), 0.54, 0.08},
		{"testdata/review57_competitor.jsonl", trigger.Competitor(), 0.43, 0.01},
	} {
		f, err := os.Open(tc.file)
		require.NoError(t, err)
		var tp, pos, fp, neg int
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var r struct {
				Text  string `json:"text"`
				Label bool   `json:"label"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			d, err := tc.rule.Evaluate(context.Background(), trigger.Input{Text: r.Text})
			require.NoError(t, err)
			if r.Label {
				pos++
				if d.Handoff {
					tp++
				}
			} else {
				neg++
				if d.Handoff {
					fp++
				}
			}
		}
		require.NoError(t, sc.Err())
		require.NoError(t, f.Close())
		require.Equal(t, 300, pos+neg, tc.file)
		recall, fpr := float64(tp)/float64(pos), float64(fp)/float64(neg)
		t.Logf("%s: recall %.3f (%d/%d), FPR %.3f (%d/%d)", tc.file, recall, tp, pos, fpr, fp, neg)
		require.GreaterOrEqual(t, recall, tc.minRecall, "%s: recall %.3f", tc.file, recall)
		require.LessOrEqual(t, fpr, tc.maxFPR, "%s: FPR %.3f", tc.file, fpr)
	}
}
