package llm_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/llm"
)

// A call's cost is estimated from its token counts and the price table;
// hosts override prices through the adapters' Config.Prices.
func ExamplePrice_Cost() {
	info := llm.CallInfo{Model: "claude-haiku-4-5", InputTokens: 900, OutputTokens: 120, CacheReadTokens: 1500}
	p, ok := llm.LookupPrice(nil, info.Model)
	fmt.Println(ok)
	fmt.Printf("$%.6f\n", p.Cost(info))

	mine := map[string]llm.Price{"my-local-model": {}}
	p, ok = llm.LookupPrice(mine, "my-local-model")
	fmt.Println(ok, p.Cost(llm.CallInfo{InputTokens: 1e6}))
	// Output:
	// true
	// $0.001650
	// true 0
}
