package route_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/route"
)

// Two Pools sharing one Sequencer stand for two processes sharing the
// store: the rotation is one rotation, not one per process.
func TestRoundRobinIsSharedAcrossPools(t *testing.T) {
	t.Parallel()
	seq := route.NewMemorySequencer()
	reps := []route.Rep{{ID: "c"}, {ID: "a"}, {ID: "b"}} // turns follow ID order, not this order
	p1 := route.MustNew(&route.Config{Reps: reps, Sequencer: seq})
	p2 := route.MustNew(&route.Config{Reps: []route.Rep{reps[1], reps[2], reps[0]}, Sequencer: seq})
	var got []string
	for i := range 9 {
		p := p1
		if i%2 == 1 {
			p = p2
		}
		a, err := p.Route(context.Background(), route.Request{TenantID: "t1"})
		require.NoError(t, err)
		require.Equal(t, route.RuleRoundRobin, a.Rule)
		got = append(got, a.RepID)
	}
	require.Equal(t, []string{"a", "b", "c", "a", "b", "c", "a", "b", "c"}, got)

	// A restarted process (a new Pool) continues the rotation.
	p3 := route.MustNew(&route.Config{Reps: reps, Sequencer: seq})
	a, err := p3.Route(context.Background(), route.Request{TenantID: "t1"})
	require.NoError(t, err)
	require.Equal(t, "a", a.RepID)

	// Another tenant has its own rotation.
	a, err = p1.Route(context.Background(), route.Request{TenantID: "t2"})
	require.NoError(t, err)
	require.Equal(t, "a", a.RepID)
}

func TestRoundRobinIsFairUnderConcurrency(t *testing.T) {
	t.Parallel()
	seq := route.NewMemorySequencer()
	reps := []route.Rep{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	pools := []*route.Pool{
		route.MustNew(&route.Config{Reps: reps, Sequencer: seq}),
		route.MustNew(&route.Config{Reps: reps, Sequencer: seq}),
	}
	const perWorker = 50
	var mu sync.Mutex
	count := map[string]int{}
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Go(func() {
			for range perWorker {
				a, err := pools[w%2].Route(context.Background(), route.Request{TenantID: "t1"})
				if err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				count[a.RepID]++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	require.Equal(t, map[string]int{"a": 100, "b": 100, "c": 100}, count)
}

// Each group of equals has its own rotation, keyed by what it matched.
func TestRoundRobinKeys(t *testing.T) {
	t.Parallel()
	var keys []string
	seq := route.NewMemorySequencer()
	rec := route.SequencerFunc(func(ctx context.Context, tenant, key string) (uint64, error) {
		keys = append(keys, tenant+"/"+key)
		return seq.Next(ctx, tenant, key)
	})
	p := route.MustNew(&route.Config{Sequencer: rec, Reps: []route.Rep{
		{ID: "t1", Territories: []string{"TX"}, Skills: []route.Skill{"technical"}, Senior: true},
		{ID: "t2", Territories: []string{"tx"}, Skills: []route.Skill{"technical"}, Senior: true},
		{ID: "solo", Territories: []string{"CA"}},
	}})
	ctx := context.Background()
	for _, req := range []route.Request{
		{Lead: route.Lead{Region: "tx"}},
		{Lead: route.Lead{Region: "CA"}}, // one candidate: no turn taken
		{Signals: route.Signals{Topics: []route.Topic{"technical", "pricing"}}},
		{Signals: route.Signals{HighValue: true}},
		{},
		{Lead: route.Lead{Region: "TX"}},
	} {
		req.TenantID = "acme"
		_, err := p.Route(ctx, req)
		require.NoError(t, err)
	}
	require.Equal(t, []string{
		"acme/territory:TX", "acme/skill:pricing,technical", "acme/value_tier", "acme/team", "acme/territory:TX",
	}, keys)
	// The territory rotation moved on between its two uses.
	a, err := p.Route(ctx, route.Request{TenantID: "acme", Lead: route.Lead{Region: "TX"}})
	require.NoError(t, err)
	require.Equal(t, "t1", a.RepID)
}
