package inbox_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
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

// TestReplyOverTheSMSLimit: the reply box takes 1,600 characters, what one
// text can carry, counted as the box counts them (an emoji outside the
// Basic Multilingual Plane counts two). A longer reply (a browser that did
// not hold to maxlength, a script) is refused with a message that says
// so, and nothing is recorded or queued: the provider would refuse it.
func TestReplyOverTheSMSLimit(t *testing.T) {
	t.Parallel()
	f := setup(t)
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	dana := f.signIn(t, acme, "dana", "dana-pw")
	_, body := dana.get("/inbox/c/c1")
	require.Contains(t, body, `maxlength="1600"`)
	before, events := f.conv(t, acme, "c1"), f.events(t, acme, "c1")

	for _, long := range []string{strings.Repeat("你", 1601), strings.Repeat("😀", 801)} {
		res := dana.post("/inbox/c/c1/reply", url.Values{"body": {long}})
		require.Equal(t, "/inbox/c/c1?e=toolong", res.Header.Get("Location"))
	}
	require.Equal(t, before, f.conv(t, acme, "c1"), "nothing written")
	require.Equal(t, events, f.events(t, acme, "c1"))
	_, body = dana.get("/inbox/c/c1?e=toolong")
	require.Contains(t, body, "longer than 1,600 characters")

	res := dana.post("/inbox/c/c1/reply", url.Values{"body": {strings.Repeat("😀", 800)}})
	require.Equal(t, "/inbox/c/c1?n=sent", res.Header.Get("Location"), "1,600 characters fit")
	msgs, err := f.eng.Transcript(context.Background(), acme, "c1")
	require.NoError(t, err)
	require.Equal(t, store.OriginRep, msgs[len(msgs)-1].Origin)
	require.Equal(t, 1600, handoff.MaxSMSLength, "the box's maxlength is the engine's limit")
}
