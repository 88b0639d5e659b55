package route_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/route"
)

// The 5-minute rule: a handoff nobody engaged goes to the next eligible
// rep, excluding those already tried, and to the team when nobody is left.
func ExampleNextEligible() {
	pool := route.NewPool(
		route.Rep{ID: "mike", Name: "Mike"},
		route.Rep{ID: "sarah", Name: "Sarah", Territories: []string{"FL"}},
	)
	req := route.Request{
		TenantID: "acme", ConversationID: "c1",
		Lead: route.Lead{OwnerID: "mike", Region: "FL"},
		At:   time.Date(2025, 6, 11, 15, 0, 0, 0, time.UTC),
	}
	var tried []string
	for range 3 {
		a, err := route.NextEligible(context.Background(), pool, req, tried...)
		if errors.Is(err, route.ErrNoRep) {
			fmt.Println("sla: escalated to team")
			break
		}
		if len(tried) > 0 {
			fmt.Printf("sla: rerouted %s -> %s (%s) after 5m0s\n", tried[len(tried)-1], a.RepID, a.Rule)
		} else {
			fmt.Printf("route: c1 -> %s (%s)\n", a.RepID, a.Rule)
		}
		tried = append(tried, a.RepID)
		req.At = req.At.Add(5 * time.Minute)
	}
	// Output:
	// route: c1 -> mike (owner)
	// sla: rerouted mike -> sarah (territory) after 5m0s
	// sla: escalated to team
}
