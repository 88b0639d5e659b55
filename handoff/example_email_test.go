package handoff_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// A lead's email is an opt-out address: a STOP suppresses it for every
// conversation of the tenant that has it. A CRM's placeholder for an
// unknown email ("n/a", "none") is refused, since it would make strangers
// one lead; the host gives "" for none.
func ExampleEngine_Start_email() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), nil)
	crm := []store.Lead{
		{Name: "Ann", Phone: "+15550101111", Email: "n/a"},
		{Name: "Bob", Phone: "+15550102222", Email: "Bob.Lee@Example.com"},
	}
	for i, lead := range crm {
		p := handoff.StartParams{TenantID: "acme", ConversationID: fmt.Sprintf("c%d", i+1), Lead: lead}
		_, err := engine.Start(ctx, p)
		var ie *handoff.InputError
		if errors.As(err, &ie) && ie.Field == "Lead.Email" {
			fmt.Printf("%s: %q refused, started without an email\n", lead.Name, lead.Email)
			p.Lead.Email = ""
			_, err = engine.Start(ctx, p)
		}
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s: started\n", lead.Name)
	}
	// Output:
	// Ann: "n/a" refused, started without an email
	// Ann: started
	// Bob: started
}
