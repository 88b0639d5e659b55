package inbox_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/internal/browsertest"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// danaThenSam routes every handoff to Dana, and to Sam when Dana is
// excluded (she passed it on).
var danaThenSam = route.RouterFunc(func(_ context.Context, req route.Request) (route.Assignment, error) {
	for _, r := range []route.Assignment{{RepID: "dana", RepName: "Dana Whitfield"}, {RepID: "sam", RepName: "Sam Ortiz"}} {
		if !slices.Contains(req.Exclude, r.RepID) {
			return r, nil
		}
	}
	return route.Assignment{}, route.ErrNoRep
})

// TestBrowserPassedLeadWaitsForTheNextRep: in a real browser, Dana
// accepts one lead and writes to another, then passes both to the next
// rep. Sam, who has done nothing yet, sees each waiting for a rep with an
// Accept button, and accepting it makes it his. His page said
// "Accepted" with no Accept button: it read Dana's engagement as his
// (reviewer EE, D2). The lead Dana wrote to stays the rep's: the AI
// stays out.
func TestBrowserPassedLeadWaitsForTheNextRep(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	f := setupEngine(t, func(c *handoff.Config) { c.Router = danaThenSam }, func(c *inbox.Config) { c.InsecureCookies = true })
	ctx := context.Background()
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	f.lead(t, acme, "c2", "Tom Reyes", "+12125550143", "can you just call me")
	_, err := f.eng.Accept(ctx, handoff.HandoffActionParams{TenantID: acme, ConversationID: "c1", RepID: "dana"})
	require.NoError(t, err)
	_, err = f.eng.RepMessage(ctx, handoff.RepMessageParams{TenantID: acme, ConversationID: "c2", RepID: "dana", Body: "Hi Tom, Dana here"})
	require.NoError(t, err)
	for _, id := range []string{"c1", "c2"} {
		res, err := f.eng.Decline(ctx, handoff.HandoffActionParams{TenantID: acme, ConversationID: id, RepID: "dana", Reason: "going on break"})
		require.NoError(t, err)
		require.Equal(t, "sam", res.Conversation.AssignedTo)
	}

	b := browser(t, 2*time.Minute)
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(b, steps...))
	}
	state := func() string {
		t.Helper()
		s, err := chromedp.Run(b, chromedp.Text(chromedp.ID("state")))
		require.NoError(t, err)
		return s
	}
	do(chromedp.Navigate(f.srv.URL+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")),
		chromedp.SendKeys(chromedp.ID("tenant"), acme),
		chromedp.SendKeys(chromedp.ID("login"), "sam"),
		chromedp.SendKeys(chromedp.ID("password"), "sam-pw"),
		chromedp.Click(chromedp.ID("signin")),
		chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c1"]`)))
	for _, tc := range []struct{ id, after string }{{"c1", "Accepted"}, {"c2", "Rep driving"}} {
		do(chromedp.Navigate(f.srv.URL+"/inbox/c/"+tc.id), chromedp.WaitVisible(chromedp.ID("body")))
		require.Equal(t, "Waiting for a rep", state(), "%s: Sam has not acted on it", tc.id)
		do(chromedp.Click(chromedp.ID("accept")), chromedp.WaitVisible(chromedp.CSS(".notice")))
		require.Equal(t, tc.after, state(), tc.id)
		c := f.conv(t, acme, tc.id)
		require.Equal(t, "sam", c.AssignedTo)
		require.False(t, c.EngagedAt.IsZero(), "%s: Sam's accept engaged it", tc.id)
	}
	require.Equal(t, store.StateHuman, f.conv(t, acme, "c2").State, "a rep wrote to Tom: the AI stays out")
}
