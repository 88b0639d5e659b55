// Package testtexts reads the messages of the repository's test sets,
// for the tests that compare a fast path with the plain one on every
// message.
package testtexts

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// Read returns every distinct string value of the JSON lines files under
// dir (the repository's testdata), in the order found.
func Read(dir string) ([]string, error) {
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
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
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
	return out, err
}

// Plain returns the normalised text x as a Text built by hand with the
// same tokens, IDs and counts: without the start masks, the ID filter and
// the gates Normalize records, so that every test on it takes the plain
// path (a pass over the tokens) instead of the recorded bits.
func Plain(x textmatch.Text) textmatch.Text {
	return textmatch.Text{IDs: x.IDs, Toks: x.Toks, Upper: x.Upper, Letters: x.Letters,
		Bangs: x.Bangs, Quests: x.Quests, Repeats: x.Repeats}
}

// Words returns x as a Text of its tokens alone, without IDs: every test
// on it reads the tokens' spelling.
func Words(x textmatch.Text) textmatch.Text {
	return textmatch.Text{Toks: x.Toks, Upper: x.Upper, Letters: x.Letters,
		Bangs: x.Bangs, Quests: x.Quests, Repeats: x.Repeats}
}
