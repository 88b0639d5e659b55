package dnc

import (
	"strings"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestNowAndLater: the one pass finds what the two ContainsSeq calls it
// replaced found, at the start, in the middle and at the end of a
// message, and nothing in a phrase cut short.
func TestNowAndLater(t *testing.T) {
	for _, s := range []string{
		"now or later", "not now or later", "dont text me now or later.", "now or", "or later", "now or never later",
		"ni ahora ni despues", "ahora ni", "ahora ni despues", "now, or later", "", "now", "later ahora ni despues",
	} {
		toks := textmatch.Normalize(s).Toks
		want := textmatch.ContainsSeq(toks, "now", "or", "later") || textmatch.ContainsSeq(toks, "ahora", "ni", "despues")
		if got := nowAndLater(toks); got != want {
			t.Errorf("nowAndLater(%q) = %v, want %v", strings.Join(toks, " "), got, want)
		}
	}
}
