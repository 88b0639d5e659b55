package route_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/route"
)

// TestRouteNeverPicksAnUnavailableRep routes random requests over random
// teams and schedules and checks every answer against an oracle written
// apart from the Pool: a chosen rep is never excluded, switched off, off
// shift, out of office or at capacity, satisfies the rule it is reported
// under, and whenever one rep is eligible someone is chosen.
func TestRouteNeverPicksAnUnavailableRep(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(2025, 10))
	zones := make([]*time.Location, len(propertyZones))
	for i, z := range propertyZones {
		zones[i] = loc(t, z)
	}
	skills := []route.Skill{"technical", "pricing", "spanish"}
	regions := []string{"TX", "CA", "ON"}
	var stats struct{ routed, none, oracleNone int }
	rules := map[route.Rule]int{}

	for iter := range 3000 {
		reps := make([]route.Rep, 1+r.IntN(6))
		open := map[string]int{}
		for i := range reps {
			rep := route.Rep{ID: fmt.Sprintf("r%d", i), Senior: r.IntN(3) == 0}
			if r.IntN(4) != 0 {
				rep.Hours = route.Hours{Zone: zones[r.IntN(len(zones))], Shifts: randomShifts(r, 8)}
			}
			for range r.IntN(3) {
				start := randomInstant(r)
				p := route.Period{Start: start}
				if r.IntN(5) != 0 {
					p.End = start.Add(time.Duration(1+r.IntN(72*60)) * time.Minute)
				}
				rep.Away = append(rep.Away, p)
			}
			if r.IntN(2) == 0 {
				rep.MaxOpen = 1 + r.IntN(3)
				open[rep.ID] = r.IntN(rep.MaxOpen + 2)
			}
			rep.Unavailable = r.IntN(8) == 0
			for _, s := range skills {
				if r.IntN(3) == 0 {
					rep.Skills = append(rep.Skills, s)
				}
			}
			for _, g := range regions {
				if r.IntN(3) == 0 {
					rep.Territories = append(rep.Territories, g)
				}
			}
			reps[i] = rep
		}
		load := route.LoadFunc(func(_ context.Context, _ string, ids []string) (map[string]int, error) {
			out := map[string]int{}
			for _, id := range ids {
				out[id] = open[id]
			}
			return out, nil
		})
		p, err := route.New(&route.Config{Reps: reps, Load: load})
		require.NoError(t, err)

		req := route.Request{TenantID: "t", At: randomInstant(r), Signals: route.Signals{HighValue: r.IntN(3) == 0}}
		if r.IntN(2) == 0 {
			req.Lead.OwnerID = fmt.Sprintf("r%d", r.IntN(7))
		}
		if r.IntN(2) == 0 {
			req.Lead.Region = regions[r.IntN(len(regions))]
		}
		for _, s := range skills {
			if r.IntN(4) == 0 {
				req.Signals.Topics = append(req.Signals.Topics, route.Topic(s))
			}
		}
		for i := range reps {
			if r.IntN(5) == 0 {
				req.Exclude = append(req.Exclude, reps[i].ID)
			}
		}

		eligible := func(rep route.Rep) bool {
			if slices.Contains(req.Exclude, rep.ID) || rep.Unavailable || !onWall(rep.Hours, req.At) {
				return false
			}
			for _, a := range rep.Away {
				if !req.At.Before(a.Start) && (a.End.IsZero() || req.At.Before(a.End)) {
					return false
				}
			}
			return rep.MaxOpen == 0 || open[rep.ID] < rep.MaxOpen
		}
		var anyone []string
		for _, rep := range reps {
			if eligible(rep) {
				anyone = append(anyone, rep.ID)
			}
		}

		a, err := p.Route(context.Background(), req)
		desc := fmt.Sprintf("case %d at %v: %+v\nrequest %+v", iter, req.At, reps, req)
		if len(anyone) == 0 {
			stats.oracleNone++
		}
		if err != nil {
			require.True(t, errors.Is(err, route.ErrNoRep), "%s\nunexpected error %v", desc, err)
			require.Empty(t, anyone, "%s\nnobody chosen, yet eligible: %v", desc, anyone)
			var nr *route.NoRepError
			require.ErrorAs(t, err, &nr)
			if nr.NextRepID != "" {
				i := slices.IndexFunc(reps, func(x route.Rep) bool { return x.ID == nr.NextRepID })
				require.GreaterOrEqual(t, i, 0, desc)
				next := reps[i]
				require.True(t, nr.NextAt.After(req.At), "%s\nnext at %v", desc, nr.NextAt)
				require.True(t, onWall(next.Hours, nr.NextAt), "%s\nnext rep off shift at %v", desc, nr.NextAt)
				require.NotContains(t, req.Exclude, next.ID, desc)
			}
			stats.none++
			continue
		}
		stats.routed++
		rules[a.Rule]++
		i := slices.IndexFunc(reps, func(x route.Rep) bool { return x.ID == a.RepID })
		require.GreaterOrEqual(t, i, 0, desc)
		rep := reps[i]
		require.True(t, eligible(rep), "%s\nrouted to ineligible rep %s (%s)", desc, a.RepID, a.Rule)
		switch a.Rule {
		case route.RuleOwner:
			require.Equal(t, req.Lead.OwnerID, rep.ID, desc)
		case route.RuleTerritory:
			require.Contains(t, rep.Territories, req.Lead.Region, desc)
			require.NotContains(t, anyone, req.Lead.OwnerID, "%s\nowner was eligible", desc)
		case route.RuleSkill:
			require.NotEmpty(t, a.Match, desc)
			for _, s := range strings.Split(a.Match, ",") {
				require.Contains(t, rep.Skills, route.Skill(s), desc)
				require.Contains(t, req.Signals.Topics, route.Topic(s), desc)
			}
		case route.RuleValueTier:
			require.True(t, req.Signals.HighValue && rep.Senior, desc)
		case route.RuleRoundRobin:
			require.False(t, req.Signals.HighValue && slices.ContainsFunc(reps, func(x route.Rep) bool { return x.Senior && eligible(x) }),
				"%s\nan eligible senior rep was skipped", desc)
		default:
			t.Fatalf("%s\nunknown rule %q", desc, a.Rule)
		}
	}
	// The generator must exercise both outcomes and every rule, or the
	// property says little.
	t.Logf("routed %d, nobody %d, rules %v", stats.routed, stats.none, rules)
	require.Greater(t, stats.routed, 500)
	require.Greater(t, stats.none, 300)
	for _, rule := range route.DefaultOrder() {
		require.Greater(t, rules[rule], 50, "rule %s", rule)
	}
}
