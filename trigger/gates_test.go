package trigger_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/internal/textmatch"
	_ "github.com/handoffkit/handoffkit/qualify"
)

// testdataTexts returns every distinct string value of the JSON lines
// under the repository's testdata: the messages of every set.
func testdataTexts(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	err := filepath.WalkDir("../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".jsonl") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			var v any
			if json.Unmarshal([]byte(line), &v) == nil {
				walk(v)
			}
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// TestGatedSetsAgree: for every set the rules of trigger, dnc, qualify
// and textmatch gate, Text.HasAny answers as the pass over the text's IDs
// it replaced, on every message of the test sets. The gates answer for
// most of them (a text normalised after the gates were made, with a
// token that starts a rule, records them).
func TestGatedSetsAgree(t *testing.T) {
	sets := textmatch.GatedSets()
	require.GreaterOrEqual(t, len(sets), 35)
	texts := testdataTexts(t)
	require.Greater(t, len(texts), 1000)
	agree, hits := 0, 0
	for _, msg := range texts {
		x := textmatch.Normalize(msg)
		for i, s := range sets {
			want := s.HasAnyID(x.IDs)
			require.Equal(t, want, x.HasAny(s), "gated set %d on %q", i, msg)
			agree++
			if want {
				hits++
			}
		}
	}
	t.Logf("%d texts, %d gated sets, %d answers, %d true", len(texts), len(sets), agree, hits)
}
