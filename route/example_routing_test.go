package route_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/route"
)

// A team of four with skills, territories, working hours in their own
// zones, a capacity cap and one account owner, routing six leads. The
// Sequencer and the Load stand in for the store-backed ones the engine
// supplies.
func ExampleNew() {
	chicago, _ := time.LoadLocation("America/Chicago")
	losAngeles, _ := time.LoadLocation("America/Los_Angeles")
	newYork, _ := time.LoadLocation("America/New_York")
	open := map[string]int{"cal": 1, "dee": 3} // open handoffs per rep

	pool, err := route.New(&route.Config{
		Reps: []route.Rep{
			{ID: "ana", Name: "Ana", Territories: []string{"TX", "OK"}, ResponseTime: 2 * time.Minute,
				Hours: route.Hours{Zone: chicago, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}},
			{ID: "ben", Name: "Ben", Skills: []route.Skill{"sales_engineer"},
				Hours: route.Hours{Zone: losAngeles, Shifts: route.Weekdays(8*time.Hour, 16*time.Hour)}},
			{ID: "cal", Name: "Cal", Senior: true, MaxOpen: 2,
				Hours: route.Hours{Zone: newYork, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}},
			{ID: "dee", Name: "Dee", MaxOpen: 3,
				Hours: route.Hours{Zone: newYork, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}},
		},
		TopicSkills:  map[route.Topic]route.Skill{route.TopicTechnical: "sales_engineer"},
		Sequencer:    route.NewMemorySequencer(), // the engine passes the store's
		ResponseTime: 5 * time.Minute,
		Load: route.LoadFunc(func(_ context.Context, _ string, repIDs []string) (map[string]int, error) {
			return open, nil // the engine counts the store's open handoffs
		}),
	})
	if err != nil {
		panic(err)
	}

	now := time.Date(2025, 6, 11, 11, 30, 0, 0, newYork) // a Wednesday: 08:30 in Los Angeles
	leads := []struct {
		name string
		req  route.Request
	}{
		{"Globex", route.Request{Lead: route.Lead{OwnerID: "ana", Company: "Globex"}}},
		{"Maria", route.Request{Lead: route.Lead{Phone: "+15125550142"}}}, // Austin, TX
		{"Raj", route.Request{Reason: "out_of_scope", Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}}},
		{"Initech", route.Request{Signals: route.Signals{HighValue: true}}},
		{"Sam", route.Request{}},
		{"Hooli", route.Request{Lead: route.Lead{OwnerID: "dee"}}}, // Dee is at capacity
	}
	for _, l := range leads {
		l.req.TenantID, l.req.At = "acme", now
		a, err := pool.Route(context.Background(), l.req)
		if err != nil {
			fmt.Printf("route: %s -> team queue (%v)\n", l.name, err)
			continue
		}
		rule := string(a.Rule)
		if a.Match != "" {
			rule += " " + a.Match
		}
		fmt.Printf("route: %s -> %s (%s), texts in about %v\n", l.name, a.RepName, rule, a.Wait)
	}

	// Saturday: nobody is on duty; the error says who is back first.
	_, err = pool.Route(context.Background(), route.Request{TenantID: "acme", At: now.AddDate(0, 0, 3)})
	var none *route.NoRepError
	if errors.As(err, &none) {
		fmt.Printf("route: nobody on duty; %s is back %s\n", none.NextRepID, none.NextAt.In(newYork).Format("Mon 15:04 MST"))
	}
	// Output:
	// route: Globex -> Ana (owner), texts in about 2m0s
	// route: Maria -> Ana (territory TX), texts in about 2m0s
	// route: Raj -> Ben (skill sales_engineer), texts in about 5m0s
	// route: Initech -> Cal (value_tier), texts in about 5m0s
	// route: Sam -> Ana (round_robin), texts in about 2m0s
	// route: Hooli -> Ben (round_robin), texts in about 5m0s
	// route: nobody on duty; cal is back Mon 09:00 EDT
}
