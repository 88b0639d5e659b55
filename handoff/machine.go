package handoff

import (
	"fmt"
	"strings"

	"github.com/handoffkit/handoffkit/store"
)

// Action is something that happens to a conversation and may change its
// state.
type Action string

// Actions of the state machine.
const (
	ActionHandoff    Action = "handoff"     // a trigger fired
	ActionTakeOver   Action = "take_over"   // a rep claims the thread
	ActionRepMessage Action = "rep_message" // a rep sent a message, from any source
	ActionPause      Action = "pause"       // manual pause or failure
	ActionOptOut     Action = "opt_out"     // the lead revoked consent
	ActionResume     Action = "resume"      // explicit hand-back to the AI
)

// Transition is one row of the state table: in state From, action On
// leads to state To.
type Transition struct {
	From store.State
	On   Action
	To   store.State
}

// Transitions is the whole state machine as one declarative table. Any
// (state, action) pair not listed is refused with a [*TransitionError].
// Only [ActionResume] returns a conversation to ai_active: never a timer,
// never "the rep went quiet".
var Transitions = []Transition{
	{store.StateAIActive, ActionHandoff, store.StateHandoff},
	{store.StateAIActive, ActionTakeOver, store.StateHuman},
	{store.StateAIActive, ActionRepMessage, store.StateHuman},
	{store.StateAIActive, ActionPause, store.StatePaused},
	{store.StateAIActive, ActionOptOut, store.StatePaused},

	{store.StateHandoff, ActionTakeOver, store.StateHuman},
	{store.StateHandoff, ActionRepMessage, store.StateHuman},
	{store.StateHandoff, ActionPause, store.StatePaused},
	{store.StateHandoff, ActionOptOut, store.StatePaused},
	{store.StateHandoff, ActionResume, store.StateAIActive},

	{store.StateHuman, ActionTakeOver, store.StateHuman}, // another rep claims it
	{store.StateHuman, ActionRepMessage, store.StateHuman},
	{store.StateHuman, ActionPause, store.StatePaused},
	{store.StateHuman, ActionOptOut, store.StatePaused},
	{store.StateHuman, ActionResume, store.StateAIActive},

	{store.StatePaused, ActionRepMessage, store.StatePaused}, // a person may still write; nothing automated
	{store.StatePaused, ActionOptOut, store.StatePaused},
	{store.StatePaused, ActionResume, store.StateAIActive},
}

// Machine looks transitions up in a table.
type Machine struct {
	table map[store.State]map[Action]store.State
	rows  []Transition
}

// NewMachine builds a Machine from rows; nil rows means [Transitions].
func NewMachine(rows []Transition) *Machine {
	if rows == nil {
		rows = Transitions
	}
	m := &Machine{table: map[store.State]map[Action]store.State{}, rows: rows}
	for _, r := range rows {
		if m.table[r.From] == nil {
			m.table[r.From] = map[Action]store.State{}
		}
		m.table[r.From][r.On] = r.To
	}
	return m
}

var defaultMachine = NewMachine(nil)

// Next returns the state that action a leads to from state from, or a
// [*TransitionError].
func (m *Machine) Next(from store.State, a Action) (store.State, error) {
	if to, ok := m.table[from][a]; ok {
		return to, nil
	}
	return from, &TransitionError{From: from, Action: a}
}

// Can reports whether action a is allowed in state from.
func (m *Machine) Can(from store.State, a Action) bool {
	_, ok := m.table[from][a]
	return ok
}

// Graph renders the machine as a Mermaid state diagram, one edge per row.
func (m *Machine) Graph() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", store.StateAIActive)
	for _, r := range m.rows {
		fmt.Fprintf(&b, "    %s --> %s: %s\n", r.From, r.To, r.On)
	}
	return b.String()
}
