package handoff_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestMachineGraphGolden(t *testing.T) {
	got := handoff.DefaultMachine().Graph()
	path := filepath.Join("testdata", "machine.mmd")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./handoff -run Golden -update to create it")
	require.Equal(t, string(want), got, "the state machine changed: review testdata/machine.mmd (go test -update)")
}

func TestMachineTransitions(t *testing.T) {
	t.Parallel()
	m := handoff.DefaultMachine()
	allowed := map[[2]string]store.State{}
	for _, r := range handoff.Transitions {
		allowed[[2]string{string(r.From), string(r.On)}] = r.To
	}
	states := []store.State{store.StateAIActive, store.StateHandoff, store.StateHuman, store.StatePaused}
	actions := []handoff.Action{handoff.ActionHandoff, handoff.ActionTakeOver, handoff.ActionRepMessage, handoff.ActionPause, handoff.ActionOptOut, handoff.ActionReview, handoff.ActionResume, handoff.ActionReopen, handoff.ActionAIMessage, handoff.ActionMessage, handoff.ActionHelp, handoff.ActionOptIn, handoff.ActionDelivery}
	for _, s := range states {
		for _, a := range actions {
			to, err := m.Next(s, a)
			if want, ok := allowed[[2]string{string(s), string(a)}]; ok {
				require.NoError(t, err)
				require.Equal(t, want, to)
			} else {
				var te *handoff.TransitionError
				require.ErrorAs(t, err, &te, "%s --%s--> should be refused", s, a)
				require.ErrorIs(t, err, handoff.ErrInvalidTransition)
				require.Equal(t, s, te.From)
			}
		}
	}
	// The properties the seeds rely on.
	for _, s := range states {
		if to, err := m.Next(s, handoff.ActionOptOut); err == nil {
			require.Equal(t, store.StatePaused, to, "opt-out always pauses")
		} else {
			t.Fatalf("opt-out refused from %s", s)
		}
	}
	for _, r := range handoff.Transitions {
		if r.To == store.StateAIActive && r.From != store.StateAIActive {
			require.Equal(t, handoff.ActionResume, r.On, "only Resume returns to ai_active")
		}
		if r.On == handoff.ActionAIMessage {
			require.Equal(t, store.StateAIActive, r.From, "the AI speaks only while it drives")
		}
	}
	require.False(t, m.Can(store.StateHandoff, handoff.ActionHandoff), "a handoff fires once")
}
