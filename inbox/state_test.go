package inbox

import (
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
	"github.com/stretchr/testify/require"
)

// A handoff whose lead booked a meeting waits for no 5-minute rule, but no
// rep has acted on it yet: the list says the meeting is booked (not
// "Accepted", which would claim a rep took it, and not a bare "Waiting for
// a rep"), and an accept is still offered. A meeting left over from an
// earlier handoff says nothing about the current one.
func TestStateOfABookedHandoff(t *testing.T) {
	t.Parallel()
	handoffAt := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	c := store.Conversation{State: store.StateHandoff, Status: store.StatusHot, HandoffAt: handoffAt}
	require.Equal(t, "Waiting for a rep", stateOf(c).Label)

	c.Meeting = store.Meeting{BookingID: "b1", BookedAt: handoffAt.Add(2 * time.Minute)}
	require.Equal(t, "Meeting booked", stateOf(c).Label)

	c.Meeting.BookedAt = handoffAt.Add(-time.Hour)
	require.Equal(t, "Waiting for a rep", stateOf(c).Label, "booked on an earlier handoff")

	c.Meeting.BookedAt = handoffAt.Add(2 * time.Minute)
	c.EngagedAt = handoffAt.Add(3 * time.Minute)
	require.Equal(t, "Accepted", stateOf(c).Label)
}
