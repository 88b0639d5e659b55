package route_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/route"
)

// team has one rep per rule, all always on duty, so each case below is
// decided by the rules alone.
func team() []route.Rep {
	return []route.Rep{
		{ID: "ana", Name: "Ana", Territories: []string{"TX", "OK"}},
		{ID: "ben", Name: "Ben", Skills: []route.Skill{"technical"}},
		{ID: "cal", Name: "Cal", Senior: true},
		{ID: "dee", Name: "Dee"},
		{ID: "eve", Name: "Eve", Skills: []route.Skill{"technical", "spanish"}},
	}
}

func TestPoolRules(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		cfg   route.Config // Reps defaults to team()
		req   route.Request
		rep   string
		rule  route.Rule
		match string
	}{
		{name: "owner", req: route.Request{Lead: route.Lead{OwnerID: "dee"}}, rep: "dee", rule: route.RuleOwner},
		{name: "owner before territory", req: route.Request{Lead: route.Lead{OwnerID: "dee", Region: "TX"}}, rep: "dee", rule: route.RuleOwner},
		{name: "unknown owner falls through", req: route.Request{Lead: route.Lead{OwnerID: "zed", Region: "TX"}}, rep: "ana", rule: route.RuleTerritory, match: "TX"},
		{name: "excluded owner falls through", req: route.Request{Lead: route.Lead{OwnerID: "dee", Region: "TX"}, Exclude: []string{"dee"}}, rep: "ana", rule: route.RuleTerritory, match: "TX"},
		{name: "territory ignores case", req: route.Request{Lead: route.Lead{Region: "ok"}}, rep: "ana", rule: route.RuleTerritory, match: "ok"},
		{name: "territory from the phone", req: route.Request{Lead: route.Lead{Phone: "+15125550100"}}, rep: "ana", rule: route.RuleTerritory, match: "TX"},
		{name: "region wins over the phone", req: route.Request{Lead: route.Lead{Region: "NY", Phone: "+15125550100"}}, rep: "nyc", rule: route.RuleTerritory, match: "NY",
			cfg: route.Config{Reps: []route.Rep{{ID: "ana", Territories: []string{"TX"}}, {ID: "nyc", Territories: []string{"NY"}}}}},
		{name: "territory before skill", req: route.Request{Lead: route.Lead{Region: "TX"}, Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}}, rep: "ana", rule: route.RuleTerritory, match: "TX"},
		{name: "skill before territory when ordered so", cfg: route.Config{Order: []route.Rule{route.RuleSkill, route.RuleTerritory, route.RuleRoundRobin}},
			req: route.Request{Lead: route.Lead{Region: "TX"}, Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}, Skills: []route.Skill{"spanish"}}, rep: "eve", rule: route.RuleSkill, match: "spanish,technical"},
		{name: "uncovered region falls through", req: route.Request{Lead: route.Lead{Region: "CA"}, Signals: route.Signals{HighValue: true}}, rep: "cal", rule: route.RuleValueTier},
		{name: "skill by topic, most skills win", req: route.Request{Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}, Skills: []route.Skill{"spanish"}}, rep: "eve", rule: route.RuleSkill, match: "spanish,technical"},
		{name: "skill by mapped topic", req: route.Request{Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}},
			cfg: route.Config{TopicSkills: map[route.Topic]route.Skill{route.TopicTechnical: "sales_engineer"},
				Reps: []route.Rep{{ID: "ben", Skills: []route.Skill{"technical"}}, {ID: "sam", Skills: []route.Skill{"sales_engineer"}}}},
			rep: "sam", rule: route.RuleSkill, match: "sales_engineer"},
		{name: "topic mapped to no skill", req: route.Request{Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}},
			cfg: route.Config{TopicSkills: map[route.Topic]route.Skill{route.TopicTechnical: ""}, Order: []route.Rule{route.RuleSkill, route.RuleValueTier}, Reps: team()},
			rep: "", rule: ""},
		{name: "skill by reason", req: route.Request{Reason: "competitor"},
			cfg: route.Config{ReasonSkills: map[string]route.Skill{"competitor": "competitive"},
				Reps: []route.Rep{{ID: "ana"}, {ID: "kim", Skills: []route.Skill{"competitive"}}}},
			rep: "kim", rule: route.RuleSkill, match: "competitive"},
		{name: "competitor mention needs the competitor skill", req: route.Request{Signals: route.Signals{Competitors: []string{"Opendoor"}}},
			cfg: route.Config{Reps: []route.Rep{{ID: "ana"}, {ID: "kim", Skills: []route.Skill{"competitor"}}}},
			rep: "kim", rule: route.RuleSkill, match: "competitor"},
		{name: "a Spanish-speaking lead to a rep who speaks it", req: route.Request{Lead: route.Lead{Lang: "es"}},
			cfg: route.Config{LangSkills: map[string]route.Skill{"es": "spanish"}, Reps: []route.Rep{{ID: "ana"}, {ID: "luis", Skills: []route.Skill{"spanish"}}}},
			rep: "luis", rule: route.RuleSkill, match: "spanish"},
		{name: "a language and a topic: most skills win", req: route.Request{Lead: route.Lead{Lang: "es"}, Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}},
			cfg: route.Config{LangSkills: map[string]route.Skill{"es": "spanish"}}, rep: "eve", rule: route.RuleSkill, match: "spanish,technical"},
		{name: "a language needs no skill without LangSkills", req: route.Request{Lead: route.Lead{Lang: "es"}},
			cfg: route.Config{Reps: []route.Rep{{ID: "dee"}, {ID: "luis", Skills: []route.Skill{"spanish"}}}, Order: []route.Rule{route.RuleSkill}},
			rep: "", rule: ""},
		{name: "a language not in LangSkills needs none", req: route.Request{Lead: route.Lead{Lang: "pt"}},
			cfg: route.Config{LangSkills: map[string]route.Skill{"es": "spanish"}, Reps: []route.Rep{{ID: "dee"}, {ID: "luis", Skills: []route.Skill{"spanish"}}}, Order: []route.Rule{route.RuleSkill}},
			rep: "", rule: ""},
		{name: "nobody speaks it: the other rules decide", req: route.Request{Lead: route.Lead{Lang: "es", Region: "TX"}},
			cfg: route.Config{LangSkills: map[string]route.Skill{"es": "spanish"}, Reps: []route.Rep{{ID: "ana", Territories: []string{"TX"}}, {ID: "dee"}},
				Order: []route.Rule{route.RuleSkill, route.RuleTerritory, route.RuleRoundRobin}},
			rep: "ana", rule: route.RuleTerritory, match: "TX"},
		{name: "high value to a senior rep", req: route.Request{Signals: route.Signals{HighValue: true}}, rep: "cal", rule: route.RuleValueTier},
		{name: "skill before value tier", req: route.Request{Signals: route.Signals{HighValue: true, Topics: []route.Topic{"spanish"}}}, rep: "eve", rule: route.RuleSkill, match: "spanish"},
		{name: "nothing matches: team rotation", req: route.Request{Lead: route.Lead{Region: "CA"}},
			cfg: route.Config{Reps: []route.Rep{{ID: "dee"}}}, rep: "dee", rule: route.RuleRoundRobin},
		{name: "no rotation in the order: team queue", req: route.Request{Lead: route.Lead{Region: "CA"}},
			cfg: route.Config{Order: []route.Rule{route.RuleOwner, route.RuleTerritory}}, rep: "", rule: ""},
		{name: "disabled rule is skipped", req: route.Request{Lead: route.Lead{OwnerID: "dee", Region: "TX"}},
			cfg: route.Config{Order: []route.Rule{route.RuleTerritory}}, rep: "ana", rule: route.RuleTerritory, match: "TX"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := tc.cfg
			if cfg.Reps == nil {
				cfg.Reps = team()
			}
			cfg.Now = func() time.Time { return wed }
			p, err := route.New(&cfg)
			require.NoError(t, err)
			req := tc.req
			req.TenantID = "t1"
			a, err := p.Route(context.Background(), req)
			if tc.rep == "" {
				require.ErrorIs(t, err, route.ErrNoRep)
				var nr *route.NoRepError
				require.ErrorAs(t, err, &nr)
				require.Positive(t, nr.Unmatched, "reps were available but matched no rule")
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.rep, a.RepID)
			require.Equal(t, tc.rule, a.Rule)
			require.Equal(t, tc.match, a.Match)
		})
	}
}

func TestPoolRoutesOnlyEligibleReps(t *testing.T) {
	t.Parallel()
	chicago := loc(t, "America/Chicago")
	nineToFive := route.Hours{Zone: chicago, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}
	for _, tc := range []struct {
		name string
		rep  route.Rep // competes with "zed", who is always on duty
		at   time.Time
		open int // the rep's open handoffs
		want string
	}{
		{name: "on shift", rep: route.Rep{ID: "ana", Hours: nineToFive}, at: wed, want: "ana"},
		{name: "before shift", rep: route.Rep{ID: "ana", Hours: nineToFive}, at: at(t, "America/Chicago", 2025, 6, 11, 8, 59), want: "zed"},
		{name: "shift end is exclusive", rep: route.Rep{ID: "ana", Hours: nineToFive}, at: at(t, "America/Chicago", 2025, 6, 11, 17, 0), want: "zed"},
		{name: "weekend", rep: route.Rep{ID: "ana", Hours: nineToFive}, at: at(t, "America/Chicago", 2025, 6, 14, 10, 0), want: "zed"},
		{name: "out of office", rep: route.Rep{ID: "ana", Away: []route.Period{{Start: wed.Add(-time.Hour), End: wed.Add(time.Hour)}}}, at: wed, want: "zed"},
		{name: "back from out of office", rep: route.Rep{ID: "ana", Away: []route.Period{{Start: wed.Add(-time.Hour), End: wed}}}, at: wed, want: "ana"},
		{name: "open-ended absence", rep: route.Rep{ID: "ana", Away: []route.Period{{Start: wed.Add(-time.Hour)}}}, at: wed, want: "zed"},
		{name: "switched off", rep: route.Rep{ID: "ana", Unavailable: true}, at: wed, want: "zed"},
		{name: "at capacity", rep: route.Rep{ID: "ana", MaxOpen: 3}, open: 3, at: wed, want: "zed"},
		{name: "under capacity", rep: route.Rep{ID: "ana", MaxOpen: 3}, open: 2, at: wed, want: "ana"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.rep.Territories = []string{"TX"}
			load := route.LoadFunc(func(_ context.Context, tenant string, ids []string) (map[string]int, error) {
				require.Equal(t, "t1", tenant)
				require.Equal(t, []string{"ana"}, ids, "only capped reps on duty are counted")
				return map[string]int{"ana": tc.open}, nil
			})
			p, err := route.New(&route.Config{Reps: []route.Rep{tc.rep, {ID: "zed"}}, Load: load})
			require.NoError(t, err)
			a, err := p.Route(context.Background(), route.Request{TenantID: "t1", Lead: route.Lead{Region: "TX"}, At: tc.at})
			require.NoError(t, err)
			require.Equal(t, tc.want, a.RepID)
		})
	}
}

func TestPoolSetAvailable(t *testing.T) {
	t.Parallel()
	p := route.NewPool(route.Rep{ID: "ana", Territories: []string{"TX"}}, route.Rep{ID: "zed"})
	req := route.Request{TenantID: "t1", Lead: route.Lead{Region: "TX"}}
	p.SetAvailable("ana", false)
	p.SetAvailable("nobody", false)
	a, err := p.Route(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, "zed", a.RepID)
	p.SetAvailable("ana", true)
	a, err = p.Route(context.Background(), req)
	require.NoError(t, err)
	require.Equal(t, "ana", a.RepID)
}

func TestPoolSetRepsReplacesTheTeamAndCopies(t *testing.T) {
	t.Parallel()
	reps := []route.Rep{{ID: "ana", Territories: []string{"TX"}}}
	p := route.NewPool(reps...)
	reps[0].Territories[0] = "CA" // the caller's slice is not the pool's
	a, err := p.Route(context.Background(), route.Request{Lead: route.Lead{Region: "TX"}})
	require.NoError(t, err)
	require.Equal(t, route.RuleTerritory, a.Rule)

	require.Error(t, p.SetReps(route.Rep{ID: "x"}, route.Rep{ID: "x"}))
	require.Equal(t, "ana", p.Reps()[0].ID, "a failed SetReps leaves the team")
	require.NoError(t, p.SetReps(route.Rep{ID: "ben"}, route.Rep{ID: "ada"}))
	got := p.Reps()
	require.Equal(t, []string{"ada", "ben"}, []string{got[0].ID, got[1].ID})
}

func TestPoolWait(t *testing.T) {
	t.Parallel()
	p, err := route.New(&route.Config{ResponseTime: 5 * time.Minute, Reps: []route.Rep{
		{ID: "mike", Name: "Mike", ResponseTime: 2 * time.Minute, Territories: []string{"TX"}},
		{ID: "dee", Name: "Dee"},
	}})
	require.NoError(t, err)
	a, err := p.Route(context.Background(), route.Request{Lead: route.Lead{Region: "TX"}})
	require.NoError(t, err)
	require.Equal(t, route.Assignment{RepID: "mike", RepName: "Mike", Rule: route.RuleTerritory, Match: "TX", Wait: 2 * time.Minute}, a)
	a, err = p.Route(context.Background(), route.Request{Lead: route.Lead{Region: "TX"}, Exclude: []string{"mike"}})
	require.NoError(t, err)
	require.Equal(t, 5*time.Minute, a.Wait, "the default response time")
}

func TestPoolUsesTheInjectedClock(t *testing.T) {
	t.Parallel()
	reps := []route.Rep{
		{ID: "ana", Hours: route.Hours{Zone: loc(t, "America/Chicago"), Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}},
	}
	before := at(t, "America/Chicago", 2025, 6, 11, 8, 0)
	during := before.Add(2 * time.Hour)
	off, err := route.New(&route.Config{Reps: reps, Now: func() time.Time { return before }})
	require.NoError(t, err)
	on, err := route.New(&route.Config{Reps: reps, Now: func() time.Time { return during }})
	require.NoError(t, err)

	_, err = off.Route(context.Background(), route.Request{})
	require.ErrorIs(t, err, route.ErrNoRep)
	a, err := on.Route(context.Background(), route.Request{})
	require.NoError(t, err)
	require.Equal(t, "ana", a.RepID)
	a, err = off.Route(context.Background(), route.Request{At: during})
	require.NoError(t, err, "Request.At wins over the clock")
	require.Equal(t, "ana", a.RepID)
}

// Only the reps with the most needed skills take turns; a rep with fewer
// never gets one.
func TestPoolSkillPrefersMostSkills(t *testing.T) {
	t.Parallel()
	p := route.NewPool(
		route.Rep{ID: "ada", Skills: []route.Skill{"technical"}},
		route.Rep{ID: "eve", Skills: []route.Skill{"technical", "spanish"}},
		route.Rep{ID: "fay", Skills: []route.Skill{"spanish"}},
		route.Rep{ID: "gus", Skills: []route.Skill{"spanish", "technical", "legal"}},
		route.Rep{ID: "hal"},
	)
	var got []string
	for range 4 {
		a, err := p.Route(context.Background(), route.Request{Skills: []route.Skill{"spanish"}, Signals: route.Signals{Topics: []route.Topic{route.TopicTechnical}}})
		require.NoError(t, err)
		require.Equal(t, route.RuleSkill, a.Rule)
		require.Equal(t, "spanish,technical", a.Match)
		got = append(got, a.RepID)
	}
	require.Equal(t, []string{"eve", "gus", "eve", "gus"}, got)
}

func TestPoolNobodyOnDutySaysWhoComesNext(t *testing.T) {
	t.Parallel()
	ny := route.Hours{Zone: loc(t, "America/New_York"), Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}
	la := route.Hours{Zone: loc(t, "America/Los_Angeles"), Shifts: route.Weekdays(8*time.Hour, 16*time.Hour)}
	p, err := route.New(&route.Config{Reps: []route.Rep{
		{ID: "east", Hours: ny, Away: []route.Period{{Start: at(t, "America/New_York", 2025, 6, 12, 0, 0), End: at(t, "America/New_York", 2025, 6, 13, 0, 0)}}},
		{ID: "west", Hours: la},
		{ID: "off", Unavailable: true},
		{ID: "tried", Hours: ny},
	}})
	require.NoError(t, err)
	// Wednesday 20:00 in New York: east is out of office on Thursday, so
	// west (08:00 Pacific = 11:00 Eastern) comes on first; tried would be
	// on at 09:00 Eastern but was excluded.
	_, err = p.Route(context.Background(), route.Request{At: at(t, "America/New_York", 2025, 6, 11, 20, 0), Exclude: []string{"tried"}})
	require.ErrorIs(t, err, route.ErrNoRep)
	var nr *route.NoRepError
	require.ErrorAs(t, err, &nr)
	require.Equal(t, "west", nr.NextRepID)
	require.True(t, nr.NextAt.Equal(at(t, "America/Los_Angeles", 2025, 6, 12, 8, 0)), "next at %v", nr.NextAt)
	require.Zero(t, nr.Unmatched)
	require.Contains(t, err.Error(), "next on duty west at 2025-06-12T15:00:00Z")
}

func TestPoolFailures(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	t.Run("load", func(t *testing.T) {
		t.Parallel()
		p, err := route.New(&route.Config{
			Reps: []route.Rep{{ID: "ana", MaxOpen: 1}, {ID: "ben"}},
			Load: route.LoadFunc(func(context.Context, string, []string) (map[string]int, error) { return nil, boom }),
		})
		require.NoError(t, err)
		_, err = p.Route(context.Background(), route.Request{})
		require.ErrorIs(t, err, boom)
		require.NotErrorIs(t, err, route.ErrNoRep, "a failed count is not 'nobody available'")
	})
	t.Run("sequencer", func(t *testing.T) {
		t.Parallel()
		p, err := route.New(&route.Config{
			Reps:      []route.Rep{{ID: "ana"}, {ID: "ben"}},
			Sequencer: route.SequencerFunc(func(context.Context, string, string) (uint64, error) { return 0, boom }),
		})
		require.NoError(t, err)
		_, err = p.Route(context.Background(), route.Request{})
		require.ErrorIs(t, err, boom)
	})
	t.Run("canceled", func(t *testing.T) {
		t.Parallel()
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := route.NewPool(route.Rep{ID: "ana"}).Route(ctx, route.Request{})
		require.ErrorIs(t, err, context.Canceled)
	})
}

// TestNewValidates: New and SetReps refuse a config out of range with a
// *ConfigError naming the field (matching ErrInvalidConfig), and a failed
// SetReps leaves the team.
func TestNewValidates(t *testing.T) {
	t.Parallel()
	load := route.LoadFunc(func(context.Context, string, []string) (map[string]int, error) { return nil, nil })
	for _, tc := range []struct {
		name  string
		cfg   route.Config
		field string
	}{
		{"empty ID", route.Config{Reps: []route.Rep{{Name: "x"}}}, "Reps[0].ID"},
		{"blank ID", route.Config{Reps: []route.Rep{{ID: "a"}, {ID: "  ", Name: "x"}}}, "Reps[1].ID"},
		{"duplicate ID", route.Config{Reps: []route.Rep{{ID: "b"}, {ID: "a"}, {ID: "b"}}}, "Reps[2].ID"},
		{"shift ends before it starts", route.Config{Reps: []route.Rep{{ID: "a", Hours: route.Hours{Shifts: []route.Shift{{Day: time.Monday, Start: 17 * time.Hour, End: 9 * time.Hour}}}}}}, "Reps[0].Hours.Shifts[0].End"},
		{"shift past midnight", route.Config{Reps: []route.Rep{{ID: "a", Hours: route.Hours{Shifts: []route.Shift{{Day: time.Monday, Start: 22 * time.Hour, End: 26 * time.Hour}}}}}}, "Reps[0].Hours.Shifts[0].End"},
		{"bad weekday", route.Config{Reps: []route.Rep{{ID: "a", Hours: route.Hours{Shifts: []route.Shift{{Day: 7, End: time.Hour}}}}}}, "Reps[0].Hours.Shifts[0].Day"},
		{"absence ends before it starts", route.Config{Reps: []route.Rep{{ID: "a", Away: []route.Period{{Start: wed, End: wed}}}}}, "Reps[0].Away[0].End"},
		{"negative cap", route.Config{Reps: []route.Rep{{ID: "a", MaxOpen: -1}}, Load: load}, "Reps[0].MaxOpen"},
		{"cap without load", route.Config{Reps: []route.Rep{{ID: "a", MaxOpen: 2}}}, "Reps[0].MaxOpen"},
		{"negative response time", route.Config{Reps: []route.Rep{{ID: "a", ResponseTime: -time.Second}}}, "Reps[0].ResponseTime"},
		// the host's zone, not the rep's: the shifts would follow the server's clock
		{"host's zone", route.Config{Reps: []route.Rep{{ID: "a"}, {ID: "b", Hours: route.Hours{Zone: time.Local, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}}}}, "Reps[1].Hours.Zone"},
		{"unknown rule", route.Config{Order: []route.Rule{"match"}}, "Config.Order[0]"},
		{"rule twice", route.Config{Order: []route.Rule{route.RuleOwner, route.RuleOwner}}, "Config.Order[1]"},
		{"negative default response time", route.Config{ResponseTime: -1}, "Config.ResponseTime"},
	} {
		p, err := route.New(&tc.cfg)
		require.ErrorIs(t, err, route.ErrInvalidConfig, tc.name)
		var ce *route.ConfigError
		require.ErrorAs(t, err, &ce, tc.name)
		require.Equal(t, tc.field, ce.Field, tc.name)
		require.ErrorContains(t, err, tc.field, tc.name)
		require.Nil(t, p, tc.name)
	}
	_, err := route.New(nil)
	require.NoError(t, err, "nil means the zero Config")
	require.Panics(t, func() { route.NewPool(route.Rep{}) })

	p := route.NewPool(route.Rep{ID: "ana"})
	err = p.SetReps(route.Rep{ID: "ben"}, route.Rep{ID: " "})
	require.ErrorIs(t, err, route.ErrInvalidConfig)
	require.Equal(t, []string{"ana"}, []string{p.Reps()[0].ID}, "a refused SetReps leaves the team")
	require.Len(t, p.Reps(), 1)
}

func TestNextEligible(t *testing.T) {
	t.Parallel()
	p := route.NewPool(
		route.Rep{ID: "owner"},
		route.Rep{ID: "tex", Territories: []string{"TX"}},
		route.Rep{ID: "dee"},
	)
	req := route.Request{TenantID: "t1", Lead: route.Lead{OwnerID: "owner", Region: "TX"}, Exclude: []string{}}
	var tried []string
	for _, want := range []struct {
		rep  string
		rule route.Rule
	}{{"owner", route.RuleOwner}, {"tex", route.RuleTerritory}, {"dee", route.RuleRoundRobin}} {
		a, err := route.NextEligible(context.Background(), p, req, tried...)
		require.NoError(t, err)
		require.Equal(t, want.rep, a.RepID)
		require.Equal(t, want.rule, a.Rule)
		tried = append(tried, a.RepID)
	}
	_, err := route.NextEligible(context.Background(), p, req, tried...)
	require.ErrorIs(t, err, route.ErrNoRep, "everyone tried: escalate to the team")
	require.Empty(t, req.Exclude, "the caller's request is not modified")

	liar := route.RouterFunc(func(context.Context, route.Request) (route.Assignment, error) {
		return route.Assignment{RepID: "owner"}, nil
	})
	_, err = route.NextEligible(context.Background(), liar, req, "owner")
	require.ErrorIs(t, err, route.ErrNoRep, "a router that returns a tried rep is not trusted")
}
