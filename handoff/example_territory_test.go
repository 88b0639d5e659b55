package handoff_test

import (
	"context"
	"fmt"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// Territory routing through the engine: the host gives each lead's
// territory as the "region" attribute (handoff.AttributeRegion), which the
// Router sees as route.Lead.Region; a lead without one is routed by the
// region of their phone number.
func ExampleEngine_Receive_territory() {
	ctx := context.Background()
	st := memstore.New()
	pool, err := route.New(&route.Config{Reps: []route.Rep{
		{ID: "tex", Name: "Tex", Territories: []string{"TX"}},
		{ID: "olivia", Name: "Olivia", Territories: []string{"ON"}},
		{ID: "emma", Name: "Emma", Territories: []string{"EMEA"}},
	}, Sequencer: handoff.StoreSequencer(st)})
	if err != nil {
		panic(err)
	}
	cfg := fixedConfig()
	cfg.Router = pool
	engine, _ := handoff.NewEngine(st, cfg)

	leads := []handoff.StartParams{
		// a New York number, but the CRM says the lead's account is in EMEA
		{TenantID: "acme", ConversationID: "c1", Lead: store.Lead{Name: "Dana", Phone: "+12125550101"},
			Attributes: map[string]string{handoff.AttributeRegion: "EMEA"}},
		// no attribute: the Austin number's region, TX
		{TenantID: "acme", ConversationID: "c2", Lead: store.Lead{Name: "Sam", Phone: "+15125550142"}},
	}
	for _, p := range leads {
		if _, err := engine.Start(ctx, p); err != nil {
			panic(err)
		}
		out, err := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: p.ConversationID, Body: "can someone call me?"})
		if err != nil {
			panic(err)
		}
		a := out.Assignment
		fmt.Printf("%s: %s to %s (%s %s)\n", p.Lead.Name, out.Kind, out.Conversation.AssignedTo, a.Rule, a.Match)
	}
	// Output:
	// Dana: handoff to emma (territory EMEA)
	// Sam: handoff to tex (territory TX)
}
