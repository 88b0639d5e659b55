package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// An opt-out known only by the number: the host's do-not-contact list is
// audited as the host's, a carrier's report (Carrier) as the system's, so
// a compliance review can tell them apart from the lead's own STOP.
func ExampleEngine_OptOutAddress() {
	ctx := context.Background()
	engine, _ := handoff.NewEngine(memstore.New(), nil)
	for id, phone := range map[string]string{"crm": "+15550101234", "carrier": "+15550105678"} {
		_, _ = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: id, Lead: store.Lead{Phone: phone}})
	}
	_, _ = engine.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: "acme", Address: "+15550101234", Rule: "crm_dnc_list"})
	_, _ = engine.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: "acme", Address: "+15550105678", Rule: "carrier:opted_out", Carrier: true})
	for _, id := range []string{"crm", "carrier"} {
		evs, _ := engine.Events(ctx, "acme", id)
		for _, ev := range evs {
			if ev.Kind == store.EventOptOut {
				fmt.Printf("%s: opt_out by %s, rule %s\n", id, ev.Actor, ev.Reason)
			}
		}
	}
	// Output:
	// crm: opt_out by host, rule crm_dnc_list
	// carrier: opt_out by system, rule carrier:opted_out
}
