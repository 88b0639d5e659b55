package qualify_test

import (
	"fmt"

	"github.com/handoffkit/handoffkit/qualify"
)

// A host merging extracted values into its own store keeps the lead's
// stated need when a later message only says when, and takes a later
// price or a corrected need.
func ExampleReplaces() {
	need := qualify.Value{Field: qualify.Need, Value: "looking to buy my first home", Confidence: 0.8}
	later := qualify.Value{Field: qualify.Need, Value: "hoping to buy in the next", Confidence: 0.8}
	fmt.Println(qualify.Replaces(need, later, "hoping to buy in the next 3 months"))

	fix := qualify.Value{Field: qualify.Need, Value: "refinance", Confidence: 0.8}
	fmt.Println(qualify.Replaces(need, fix, "actually we want to refinance instead"))

	price := qualify.Value{Field: qualify.Price, Value: "$250,000", Confidence: 0.8}
	lower := qualify.Value{Field: qualify.Price, Value: "$240,000", Confidence: 0.8}
	fmt.Println(qualify.Replaces(price, lower, "ok I could take 240k"))
	// Output:
	// false
	// true
	// true
}
