package inbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/internal/browsertest"
)

// browser starts a headless Chromium (see [browsertest.Start]) and
// returns a context whose actions run within timeout.
func browser(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	return browsertest.Start(t, timeout)
}

// TestBrowserListPages: in a real browser, a rep with more Hot leads than
// a page holds sees the true count and follows "Older" to the oldest
// lead, then "Newest" back.
func TestBrowserListPages(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	f := setupWith(t, func(c *inbox.Config) { c.MaxEntries, c.InsecureCookies = 3, true })
	sevenHot(t, f)
	ctx := browser(t, 2*time.Minute)
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
	shown := func() []string {
		t.Helper()
		ids, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a.entry")).map(a => a.dataset.id)`))
		require.NoError(t, err)
		return ids
	}
	has := func(sel string) bool {
		t.Helper()
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector(`+"`"+sel+"`"+`) !== null`))
		require.NoError(t, err)
		return ok
	}

	do(chromedp.Navigate(f.srv.URL+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")))
	do(
		chromedp.SendKeys(chromedp.ID("tenant"), acme),
		chromedp.SendKeys(chromedp.ID("login"), "dana"),
		chromedp.SendKeys(chromedp.ID("password"), "dana-pw"),
		chromedp.Click(chromedp.ID("signin")),
		chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c7"]`)),
	)
	require.Equal(t, []string{"c7", "c6", "c5"}, shown())
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	require.Equal(t, "Hot inbox (7)", title)
	total, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".total")))
	require.NoError(t, err)
	require.Equal(t, "7", total)
	require.False(t, has("a.newest"))

	do(chromedp.Click(chromedp.CSS("a.older")), chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c4"]`)))
	require.Equal(t, []string{"c4", "c3", "c2"}, shown())
	do(chromedp.Click(chromedp.CSS("a.older")), chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c1"]`)))
	require.Equal(t, []string{"c1"}, shown(), "the longest-waiting lead is reachable")
	require.False(t, has("a.older"), "the last page")
	do(chromedp.Click(chromedp.CSS("a.newest")), chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c7"]`)))
	require.Equal(t, []string{"c7", "c6", "c5"}, shown())
}
