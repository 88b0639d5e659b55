package handoff

import (
	"fmt"
	"strings"

	"github.com/handoffkit/handoffkit/store"
)

// Action is something that happens to a conversation. Every change the
// engine makes is one Action applied through the state table.
type Action string

// Actions of the state machine.
const (
	// ActionHandoff: a trigger fired (or the host escalated).
	ActionHandoff Action = "handoff"
	// ActionTakeOver: a rep claims the thread without writing (and a review
	// of a rep's thread released gives it back to that rep, and the lead
	// writing on a conversation a rep marked done while it was paused
	// reopens it as that rep's thread: see [ReasonLeadWroteAfterClose]).
	ActionTakeOver Action = "take_over"
	// ActionRepMessage: a rep sent a message, from any source.
	ActionRepMessage Action = "rep_message"
	// ActionPause: a manual pause; nothing automated speaks.
	ActionPause Action = "pause"
	// ActionOptOut: the lead revoked consent (or the carrier said so).
	ActionOptOut Action = "opt_out"
	// ActionReview: a message that may be an opt-out silences the AI until
	// a person confirms or releases it. A release goes back where the
	// review found the conversation by that state's row (audited as
	// review_released): resume, reopen, take over, or this one when the
	// review found it paused.
	ActionReview Action = "review"
	// ActionResume: the explicit hand-back to the AI ([Engine.Resume], a
	// review of the AI's thread released, or the lead's own opt-in on a
	// conversation their opt-out took from the AI, audited as opt_in).
	ActionResume Action = "resume"
	// ActionReopen: the lead's opt-in puts a handoff their opt-out paused
	// back in front of the reps (audited as opt_in), and so does a review
	// of a waiting handoff released (review_released), with the 5-minute
	// rule started again.
	ActionReopen Action = "reopen"

	// ActionMessage: a lead message is recorded; who drives is unchanged.
	ActionMessage Action = "message"
	// ActionAIMessage: the AI writes to the lead; only while it drives.
	ActionAIMessage Action = "ai_message"
	// ActionHelp: HELP or INFO answered; who drives is unchanged.
	ActionHelp Action = "help"
	// ActionOptIn: START lifted a suppression; who drives is unchanged. A
	// conversation the opt-out paused goes back where it was by the row
	// of that state instead: [ActionResume] to the AI, [ActionReopen] to
	// the handoff, [ActionTakeOver] to the rep who had it.
	ActionOptIn Action = "opt_in"
	// ActionDelivery: the outbox reports on a text (sent, confirmed,
	// failed, cancelled at send time); who drives is unchanged.
	ActionDelivery Action = "delivery"
	// ActionUpdate: the host changed the lead's data (tags, attributes,
	// company); who drives is unchanged.
	ActionUpdate Action = "update"

	// ActionAccept: a rep accepts a handoff: it is theirs, and the
	// 5-minute clock stops. The AI stays silent; the rep writes next.
	ActionAccept Action = "accept"
	// ActionReassign: a handoff moves to another rep (the rep declined, or
	// the 5-minute rule re-routed it) or to the team.
	ActionReassign Action = "reassign"
	// ActionComplete: the rep finished with the lead; status closed.
	ActionComplete Action = "complete"
)

// Transition is one row of the state table: in state From, action On
// leads to state To.
type Transition struct {
	From store.State
	On   Action
	To   store.State
}

var allStates = []store.State{store.StateAIActive, store.StateHandoff, store.StateHuman, store.StatePaused}

// Transitions is the whole state machine as one declarative table. Any
// (state, action) pair not listed is refused with a [*TransitionError].
// Only [ActionResume] returns a conversation to ai_active: never a timer,
// never "the rep went quiet". [ActionAIMessage] is allowed only in
// ai_active: that row is the rule that the AI speaks only while it drives.
var Transitions = append([]Transition{
	{store.StateAIActive, ActionHandoff, store.StateHandoff},
	{store.StateAIActive, ActionTakeOver, store.StateHuman},
	{store.StateAIActive, ActionRepMessage, store.StateHuman},
	{store.StateAIActive, ActionPause, store.StatePaused},
	{store.StateAIActive, ActionOptOut, store.StatePaused},
	{store.StateAIActive, ActionReview, store.StatePaused},
	{store.StateAIActive, ActionAIMessage, store.StateAIActive},

	{store.StateHandoff, ActionTakeOver, store.StateHuman},
	{store.StateHandoff, ActionRepMessage, store.StateHuman},
	{store.StateHandoff, ActionPause, store.StatePaused},
	{store.StateHandoff, ActionOptOut, store.StatePaused},
	{store.StateHandoff, ActionReview, store.StatePaused},
	{store.StateHandoff, ActionResume, store.StateAIActive},
	{store.StateHandoff, ActionAccept, store.StateHandoff},
	{store.StateHandoff, ActionReassign, store.StateHandoff},
	{store.StateHandoff, ActionComplete, store.StateHuman},

	{store.StateHuman, ActionTakeOver, store.StateHuman}, // another rep claims it
	{store.StateHuman, ActionRepMessage, store.StateHuman},
	{store.StateHuman, ActionPause, store.StatePaused},
	{store.StateHuman, ActionOptOut, store.StatePaused},
	{store.StateHuman, ActionReview, store.StatePaused},
	{store.StateHuman, ActionResume, store.StateAIActive},
	{store.StateHuman, ActionAccept, store.StateHuman},
	{store.StateHuman, ActionReassign, store.StateHuman},
	{store.StateHuman, ActionComplete, store.StateHuman},

	{store.StatePaused, ActionTakeOver, store.StateHuman},    // a rep picks a paused thread up
	{store.StatePaused, ActionRepMessage, store.StatePaused}, // a person may still write; nothing automated
	{store.StatePaused, ActionOptOut, store.StatePaused},
	{store.StatePaused, ActionReview, store.StatePaused},
	{store.StatePaused, ActionResume, store.StateAIActive},
	{store.StatePaused, ActionReopen, store.StateHandoff},
	{store.StatePaused, ActionComplete, store.StatePaused},
}, selfLoops(ActionMessage, ActionHelp, ActionOptIn, ActionDelivery, ActionUpdate)...)

// selfLoops are the rows of actions allowed in every state that leave it
// unchanged.
func selfLoops(actions ...Action) []Transition {
	var rows []Transition
	for _, a := range actions {
		for _, s := range allStates {
			rows = append(rows, Transition{s, a, s})
		}
	}
	return rows
}

// Machine looks transitions up in the table.
type Machine struct {
	table map[store.State]map[Action]store.State
	rows  []Transition
}

func newMachine(rows []Transition) *Machine {
	m := &Machine{table: map[store.State]map[Action]store.State{}, rows: rows}
	for _, r := range rows {
		if m.table[r.From] == nil {
			m.table[r.From] = map[Action]store.State{}
		}
		m.table[r.From][r.On] = r.To
	}
	return m
}

var defaultMachine = newMachine(Transitions)

// DefaultMachine returns the machine of [Transitions], the one every
// [Engine] enforces.
func DefaultMachine() *Machine { return defaultMachine }

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

// Graph renders the machine as a Mermaid state diagram, one edge per row
// that changes the state, then one note per state listing the actions
// that leave it unchanged.
func (m *Machine) Graph() string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n")
	fmt.Fprintf(&b, "    [*] --> %s\n", store.StateAIActive)
	loops := map[store.State][]string{}
	for _, r := range m.rows {
		if r.From == r.To && !distinctLoop(r.On) {
			loops[r.From] = append(loops[r.From], string(r.On))
			continue
		}
		fmt.Fprintf(&b, "    %s --> %s: %s\n", r.From, r.To, r.On)
	}
	for _, s := range allStates {
		if l := loops[s]; len(l) > 0 {
			fmt.Fprintf(&b, "    note right of %s: unchanged by %s\n", s, strings.Join(l, ", "))
		}
	}
	return b.String()
}

// distinctLoop reports whether a self-loop action is drawn as an edge
// (it is specific to its state) rather than listed in the state's note.
func distinctLoop(a Action) bool {
	switch a {
	case ActionTakeOver, ActionRepMessage, ActionOptOut, ActionReview, ActionAIMessage, ActionAccept, ActionReassign, ActionComplete:
		return true
	}
	return false
}
