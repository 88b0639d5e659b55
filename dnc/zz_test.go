package dnc

import (
	"fmt"
	"os"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

func TestZZ(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	tx := textmatch.Normalize(s)
	fmt.Println(tx.Toks, quotesKeyword(tx), pauseOnly(tx))
	optOutPhrases.Each(tx, func(m textmatch.Match) bool {
		fmt.Println("match", m.Name, m.Start, m.End, acceptPhrase(tx.Toks, m))
		return true
	})
}
