package qualify_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/qualify"
)

func ExampleRuleExtractor_Extract() {
	ex := qualify.NewRuleExtractor(nil)
	vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{
		Schema:    qualify.RealEstate,
		Text:      "inherited it from my aunt, roof leaks, need at least 180 for it",
		MessageID: "msg-1",
	})
	for _, v := range vals {
		fmt.Printf("%s: %s (%.2f, %s)\n", v.Field, v.Value, v.Confidence, v.MessageID)
	}
	// Output:
	// motivation: inherited (0.80, msg-1)
	// condition: roof issues (0.80, msg-1)
	// price: at least $180,000 (0.76, msg-1)
}

func ExampleParsePrice() {
	for _, s := range []string{"250k", "two fifty", "low 300s", "at least 180", "open to offers"} {
		p, _ := qualify.ParsePrice(s)
		fmt.Println(p)
	}
	// Output:
	// $250,000
	// $250,000
	// low $300s
	// at least $180,000
	// open to offers
}

func ExampleRuleScorer_Score() {
	sc := qualify.NewRuleScorer(nil)
	for _, s := range []string{"sure", "yes definitely, what's the next step?"} {
		n, _ := sc.Score(context.Background(), qualify.ScoreInput{Schema: qualify.RealEstate, Text: s})
		fmt.Println(n, s)
	}
	// Output:
	// 13 sure
	// 75 yes definitely, what's the next step?
}
