package brief_test

import (
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/store"
)

// Build reads the whole transcript: the lead's price worry becomes an
// objection quoted in their words, and the field they answered goes on
// the "don't ask again" list.
func ExampleBuild() {
	at := time.Date(2026, 3, 14, 15, 0, 0, 0, time.UTC)
	b := brief.Build(brief.Input{
		Conversation: store.Conversation{ID: "c1", TenantID: "acme", Lead: store.Lead{Name: "Ana"},
			HandoffReason: "explicit_ask", HandoffAt: at.Add(2 * time.Minute), AssignedName: "Sarah",
			Fields: map[store.FieldName]store.Field{"timeline": {Value: "within 30 days", Confidence: 0.8, MessageID: "m1"}}},
		Messages: []store.Message{
			{ID: "m1", Origin: store.OriginLead, Body: "We want to move within 30 days. Honestly the rate seems too high though.", CreatedAt: at},
			{ID: "m2", Origin: store.OriginLead, Body: "Can someone call me?", CreatedAt: at.Add(2 * time.Minute)},
		},
	})
	fmt.Println(b.Summary)
	fmt.Println(b.Objections[0].Label+":", b.Objections[0].Quote)
	fmt.Println(b.DoNotAsk[0])
	// Output:
	// Ana: explicit ask. Timeline: within 30 days. Worried about the price; needs speed: hard deadline.
	// price concern: Honestly the rate seems too high though.
	// timeline: within 30 days ("We want to move within 30 days. Honestly the rate seems too high though.")
}

// The renderings put the 60-second read first; SMS keeps its heart within
// three text segments.
func ExampleBrief_SMS() {
	b := brief.Build(brief.Input{
		Conversation: store.Conversation{ID: "c1", TenantID: "acme", Lead: store.Lead{Name: "Ana", Phone: "+15550100001"},
			HandoffReason: "frustration", AssignedName: "Sarah"},
		Messages: []store.Message{{ID: "m1", Origin: store.OriginLead, Body: "this is ridiculous, I already told you the address"}},
	})
	fmt.Println(b.SMS())
	// Output:
	// HOT: Ana +15550100001 -> Sarah
	// Summary: Ana: lead is frustrated. Needs to be heard by a person: they are frustrated.
	// Still to ask: motivation, condition, timeline, price
	// Why now: Lead is frustrated; sounded frustrated ("this is ridiculous, I already told you the address")
}
