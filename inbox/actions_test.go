package inbox_test

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// TestReviewWaitsForTheDecision: the page of a possible opt-out offers
// only "Confirm opt-out" and "Release to AI"; a Resume or a Take over
// posted anyway (a tab opened earlier, a replayed form) is refused with a
// message that says a decision is needed, and writes nothing.
func TestReviewWaitsForTheDecision(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Ann Park", "+12125550150", "maybe stop for now")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, body := dana.get("/inbox/c/c1")
	require.NotContains(t, body, `id="resume"`)
	require.NotContains(t, body, `id="takeover"`)
	before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")

	for _, action := range []string{"resume", "takeover"} {
		res := dana.post("/inbox/c/c1/"+action, nil)
		require.Equal(t, http.StatusSeeOther, res.StatusCode, action)
		require.Equal(t, "/inbox/c/c1?e=review", res.Header.Get("Location"), action)
	}
	require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written")
	require.Equal(t, events, f.events(t, acme, "c1"))
	require.Equal(t, store.StatePaused, before.State)
	_, body = dana.get("/inbox/c/c1?e=review")
	require.Contains(t, body, "Confirm the opt-out or release the lead to the AI first")
}
