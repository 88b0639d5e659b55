package trigger_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/handoffkit/handoffkit/trigger"
)

func ExampleDefaultPolicy() {
	p := trigger.DefaultPolicy()
	p.Rules = slices.Insert(p.Rules, 2, trigger.Competitor("Opendoor"))
	for _, in := range []trigger.Input{
		{Text: "sure", Score: 13, Required: 2, Fields: 4},
		{Text: "roof leaks", Confident: []string{"motivation", "condition"}, Required: 2, Fields: 4, Score: 40},
		{Text: "can a real person text me?", Score: 10, Required: 2, Fields: 4},
		{Text: "opendoor offered more", Score: 10, Required: 2, Fields: 4},
	} {
		d, _ := p.Evaluate(context.Background(), in)
		if !d.Handoff {
			fmt.Printf("%-28q no handoff\n", in.Text)
			continue
		}
		fmt.Printf("%-28q handoff=%v %s: %s\n", in.Text, d.Handoff, d.Reason, d.Detail)
	}
	// Output:
	// "sure"                       no handoff
	// "roof leaks"                 handoff=true fields: two fields: motivation + condition
	// "can a real person text me?" handoff=true explicit_ask: lead asked for a person (real person)
	// "opendoor offered more"      handoff=true competitor: competitor mentioned: Opendoor
}

func ExampleAnalyze() {
	s := trigger.Analyze("yes definitely, what's the next step? do you pay closing costs?")
	fmt.Println(s.Commitment, s.CommitmentCue)
	fmt.Println(s.Questions)
	fmt.Println(s.Objections)
	// Output:
	// 3 next step
	// [yes definitely, what's the next step? do you pay closing costs?]
	// [fees]
}

// OutOfScope with no topics watches every topic, and where no rule
// matches it asks the learned topic model; the detail says which tier
// read the question.
func ExampleOutOfScope() {
	p := &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope()}}
	for _, text := range []string{
		"is there a lien on it? my attorney asked",
		"can the county inspector sign off on the new panel before closing or does that hold everything up?",
		"how long does the whole process take?",
	} {
		d, _ := p.Evaluate(context.Background(), trigger.Input{Text: text})
		switch {
		case !d.Handoff:
			fmt.Println("no handoff")
		case strings.Contains(d.Detail, "(model p="):
			fmt.Println(d.Reason, "by the learned tier")
		default:
			fmt.Println(d.Reason, "by the rules:", d.Detail)
		}
	}
	// Output:
	// out_of_scope by the rules: out-of-scope question: legal
	// out_of_scope by the learned tier
	// no handoff
}

// ExampleCompetitor: with no names the rule reads generic mentions of
// another company, and where none matches the learned tier reads a
// product or provider no list names; the sender's own quote is not
// another company.
func ExampleCompetitor() {
	p := &trigger.Policy{Rules: []trigger.Rule{trigger.Competitor()}}
	for _, text := range []string{
		"another lender quoted me 6.1 yesterday",
		"pago con Lemonade 12 al mes, ¿ustedes me lo dejan en menos?",
		"you quoted me 120 last week, is that still good?",
	} {
		d, _ := p.Evaluate(context.Background(), trigger.Input{Text: text})
		tier := "rules"
		if strings.Contains(d.Detail, "(model p=") {
			tier = "learned tier"
		}
		fmt.Printf("handoff=%v reason=%q tier=%s\n", d.Handoff, d.Reason, tier)
	}
	// Output:
	// handoff=true reason="competitor" tier=rules
	// handoff=true reason="competitor" tier=learned tier
	// handoff=false reason="" tier=rules
}

// A lead who asks for a person about a large deal is handed off for the
// ask; EvaluateAlso reads the high-value rule after it, so the lead is
// routed to a senior rep and tagged high value all the same.
func ExamplePolicy_EvaluateAlso() {
	p := trigger.DefaultPolicy()
	p.Rules = slices.Insert(p.Rules, 2, trigger.HighValue(100000, "enterprise"))
	d, also, _ := p.EvaluateAlso(context.Background(), trigger.Input{Text: "we're looking at a $500k deal, can someone call me?"}, trigger.ReasonHighValue)
	fmt.Println(d.Reason)
	fmt.Println(also.Handoff, also.Detail)
	// Output:
	// explicit_ask
	// true high value: $500000 >= $100000
}

// ExampleOutOfScope_topics: the topic a rule reads names the rep's
// skill a route.Pool looks for. A charge the lead disputes is billing,
// what a charge will be is pricing, a loan for the job or an insurance
// claim is financing; a plain price question is the AI's to answer, and a
// demo request is a commitment, which the score reads.
func ExampleOutOfScope_topics() {
	p := &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope()}}
	for _, text := range []string{
		"there's an incorrect charge on my bill",
		"is there an extra charge for weekend service?",
		"can you coordinate with my insurance company on the claim?",
		"our legal team has compliance concerns",
		"how much does it cost?",
		"can I get a demo?",
	} {
		d, _ := p.Evaluate(context.Background(), trigger.Input{Text: text})
		if !d.Handoff {
			fmt.Printf("%-60q no handoff (commitment %d)\n", text, trigger.Analyze(text).Commitment)
			continue
		}
		fmt.Printf("%-60q %s\n", text, d.Detail)
	}
	// Output:
	// "there's an incorrect charge on my bill"                     out-of-scope question: billing
	// "is there an extra charge for weekend service?"              out-of-scope question: pricing
	// "can you coordinate with my insurance company on the claim?" out-of-scope question: financing
	// "our legal team has compliance concerns"                     out-of-scope question: legal
	// "how much does it cost?"                                     no handoff (commitment 0)
	// "can I get a demo?"                                          no handoff (commitment 2)
}
