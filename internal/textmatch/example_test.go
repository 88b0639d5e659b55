package textmatch_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

func ExampleNormalize() {
	t := textmatch.Normalize("STOPPPP!! pls don’t txt me, u guys 🙄 lol ok")
	fmt.Println(t.String())
	// Output: stop | please dont text me | you guys | ok
}

func ExampleMatcher() {
	m := textmatch.MustCompile(map[string]textmatch.Set{
		"callv": textmatch.NewSet("call", "ring", "phone"),
	}, []textmatch.Rule{
		{Name: "call me", Pattern: "@callv me|us"},
		{Name: "callback", Pattern: "give me ~1 ring|call / callback"},
	})
	for _, s := range []string{"can u ring me tmrw", "give me a call", "call mark"} {
		match, ok := m.First(textmatch.Normalize(s), nil)
		fmt.Println(s, "->", ok, match.Name)
	}
	// Output:
	// can u ring me tmrw -> true call me
	// give me a call -> true callback
	// call mark -> false
}
