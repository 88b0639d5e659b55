package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRouting runs the example and checks what it prints: the rule that
// routed each lead, the 5-minute rule's re-route and escalation, the time
// to the first rep action, and no re-fire after a resume.
func TestRouting(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(context.Background(), &out))
	require.Equal(t, `route: Acme Co -> sarah (owner)
route: Priya -> mike (skill)
route: Marcus -> lena (value_tier)
route: Dana -> sarah (territory)
route: Jo -> lena (round_robin)
route: Kim -> mike (round_robin)
sla: Rosa rerouted lena -> sarah after 5m0s
sla: Rosa escalated to team
accept: Theo by lena after 2m14s
resume: Ines ai_active, no re-fire
`, out.String())
}
