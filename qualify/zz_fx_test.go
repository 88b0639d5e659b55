package qualify

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// /tmp/fx.txt: lines "S:asked||text" with S = R (real estate), B (BANT), 2 (B2B)
func TestZZFx(t *testing.T) {
	b, err := os.ReadFile("/tmp/fx.txt")
	if err != nil {
		t.Skip()
	}
	ex := NewRuleExtractor(nil)
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		sc := RealEstate
		switch line[0] {
		case 'B':
			sc = BANT
		case '2':
			sc = B2B
		}
		rest := line[2:]
		var hist []Turn
		if i := strings.Index(rest, "||"); i >= 0 {
			hist = []Turn{{FromLead: false, Text: rest[:i]}}
			rest = rest[i+2:]
		}
		vals, _ := ex.Extract(context.Background(), ExtractInput{Schema: sc, Text: rest, MessageID: "m", History: hist})
		fmt.Printf("%q\n", rest)
		for _, v := range vals {
			fmt.Printf("    %s=%q conf=%.2f why=%s ev=%q\n", v.Field, v.Value, v.Confidence, v.Why, v.Evidence)
		}
	}
}
