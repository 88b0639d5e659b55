package trigger

import (
	"fmt"
	"os"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

func TestZZDbg(t *testing.T) {
	s := os.Getenv("ZZ_S")
	if s == "" {
		t.Skip()
	}
	tx := textmatch.Cached(s)
	r, ok := frustrationCue(s, tx)
	fmt.Println(tx.Toks)
	fmt.Println("cue", r, ok, "elsewhere", emotionElsewhere(s), formerProviderStory(s), "apol", apologises(tx))
	r2, ok2 := frustration(s, tx)
	fmt.Println("frustration", r2, ok2)
}
