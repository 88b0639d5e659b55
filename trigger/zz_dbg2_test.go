package trigger

import (
	"fmt"
	"os"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

func TestZZAsk(t *testing.T) {
	s := os.Getenv("ZZ_S")
	if s == "" {
		t.Skip()
	}
	tx := textmatch.Cached(s)
	fmt.Println(tx.Toks)
	askMatcher.First(tx, func(m textmatch.Match) bool {
		fmt.Println("match", m.Name, m.Start, m.End, tx.Toks[m.Start:m.End], acceptAsk(tx, m))
		return false
	})
}
