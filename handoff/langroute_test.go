package handoff_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// TestSpanishLeadRoutesToSpanishSpeakingRep: with route.Config.LangSkills
// mapping "es" to "spanish", every lead who writes Spanish goes to the rep
// who speaks it, the one the bridge they just got in Spanish promised; the
// engine knew the lead's language but never gave it to the Router, so
// the second Spanish lead went to Sarah, who speaks none, by round robin.
// A lead who writes English still takes the rotation.
func TestSpanishLeadRoutesToSpanishSpeakingRep(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		pool, err := route.New(&route.Config{Reps: []route.Rep{{ID: "sarah", Name: "Sarah"}, {ID: "luis", Name: "Luis", Skills: []route.Skill{"spanish"}}},
			LangSkills: map[string]route.Skill{"es": "spanish"}, Sequencer: handoff.StoreSequencer(st)})
		require.NoError(t, err)
		env := afterSetup(t, st, pool, nil)
		for i, body := range []string{"hola, quiero vender mi casa, me puede llamar alguien por favor?", "buenas tardes, ¿me pueden llamar? quiero hablar con una persona"} {
			id := fmt.Sprintf("es%d", i)
			env.start(t, id)
			out := env.say(t, id, body)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind, "%q", body)
			require.Equal(t, "es", out.Conversation.Lang)
			require.Equal(t, "luis", out.AssignedTo, "%q: by %s", body, out.Assignment.Rule)
			require.Equal(t, route.RuleSkill, out.Assignment.Rule)
			require.Equal(t, "spanish", out.Assignment.Match)
		}
		seen := map[string]bool{}
		for i := range 2 {
			id := fmt.Sprintf("en%d", i)
			env.start(t, id)
			out := env.say(t, id, "hi, can someone call me about selling my house?")
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Equal(t, route.RuleRoundRobin, out.Assignment.Rule)
			seen[out.AssignedTo] = true
		}
		require.Len(t, seen, 2, "English leads take the team rotation")
	})
}

// A lead's language reaches the Router as route.Lead.Lang; a Pool whose
// LangSkills maps it to a skill sends the lead to a rep who has it.
func ExampleEngine_Receive_language() {
	ctx := context.Background()
	st := memstore.New()
	pool, err := route.New(&route.Config{
		Reps: []route.Rep{
			{ID: "sarah", Name: "Sarah"},
			{ID: "luis", Name: "Luis", Skills: []route.Skill{"spanish"}},
		},
		LangSkills: map[string]route.Skill{"es": "spanish"},
		Sequencer:  handoff.StoreSequencer(st),
	})
	if err != nil {
		panic(err)
	}
	cfg := fixedConfig()
	cfg.Router = pool
	engine, _ := handoff.NewEngine(st, cfg)

	for i, body := range []string{"¿me puede llamar alguien? quiero vender", "¿alguien me puede llamar hoy?"} {
		id := fmt.Sprintf("c%d", i)
		if _, err := engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: id, Lead: store.Lead{Name: "Rosa", Phone: "+12125550101"}}); err != nil {
			panic(err)
		}
		out, err := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: id, Body: body})
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s to %s (%s %s)\n", id, out.Kind, out.Conversation.AssignedTo, out.Assignment.Rule, out.Assignment.Match)
	}
	// Output:
	// c0: handoff to luis (skill spanish)
	// c1: handoff to luis (skill spanish)
}
