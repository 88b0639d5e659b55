package inbox_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/internal/browsertest"
	"github.com/handoffkit/handoffkit/store"
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

// TestBrowserReplyFromAStalePage: in a real browser, the reply carries
// what the page shows of the conversation (the fields sit in the polled
// fragment, outside the reply box, and name its form). Sam's page was
// not polled when Dana took the lead over: his reply is refused and the
// page says Dana holds the thread; sent again from the page that says
// so, it goes and the thread is his. With polling on, the page learns of
// Dana's take-over by itself, and Sam's reply goes at once.
func TestBrowserReplyFromAStalePage(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	ctx := browser(t, 2*time.Minute)
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
	for i, poll := range []time.Duration{-1, 100 * time.Millisecond} {
		f := setupWith(t, func(c *inbox.Config) {
			c.InsecureCookies, c.PollInterval = true, poll
			c.CookieName = fmt.Sprintf("inbox%d", i) // both servers are 127.0.0.1 to the browser
		})
		f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
		do(chromedp.Navigate(f.srv.URL+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")),
			chromedp.SendKeys(chromedp.ID("tenant"), acme),
			chromedp.SendKeys(chromedp.ID("login"), "sam"),
			chromedp.SendKeys(chromedp.ID("password"), "sam-pw"),
			chromedp.Click(chromedp.ID("signin")),
			chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c1"]`)),
			chromedp.Navigate(f.srv.URL+"/inbox/c/c1"), chromedp.WaitVisible(chromedp.ID("body")))
		_, err := f.eng.TakeOver(context.Background(), handoff.TakeOverParams{TenantID: acme, ConversationID: "c1", RepID: "dana"})
		require.NoError(t, err)
		if poll > 0 {
			do(chromedp.WaitVisible(chromedp.CSS(`#state[data-state="human"]`)))
		} else {
			do(chromedp.SendKeys(chromedp.ID("body"), "Hi Maria, Sam here"), chromedp.Click(chromedp.ID("send")),
				chromedp.WaitVisible(chromedp.CSS(".problem")))
			problem, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".problem")))
			require.NoError(t, err)
			require.Contains(t, problem, "Dana Whitfield holds it now (Rep driving)")
			require.Equal(t, "dana", f.conv(t, acme, "c1").AssignedTo, "nothing was sent: the thread stays Dana's")
		}
		do(chromedp.SendKeys(chromedp.ID("body"), "Hi Maria, Sam here"), chromedp.Click(chromedp.ID("send")),
			chromedp.WaitVisible(chromedp.CSS(".notice")))
		c := f.conv(t, acme, "c1")
		require.Equal(t, "sam", c.AssignedTo, "poll %v: sent from a page that showed Dana holding the thread", poll)
		msgs, err := f.eng.Transcript(context.Background(), acme, "c1")
		require.NoError(t, err)
		require.Equal(t, "Hi Maria, Sam here", msgs[len(msgs)-1].Body)
	}
}

// TestBrowserUndeliveredReplyMarkedNotSent: in a real browser, Dana
// replies from the page; the provider accepts the text, then the carrier
// reports it undelivered (Twilio's status callback, 30003, through
// Engine.DeliveryFailed). Reloaded, the page marks her bubble "Not sent"
// with the carrier's reason, so she calls instead of waiting for an
// answer; it showed an ordinary sent bubble (reviewer W, D1).
func TestBrowserUndeliveredReplyMarkedNotSent(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	f := setupWith(t, func(c *inbox.Config) { c.InsecureCookies = true })
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "can you just call me")
	ctx := browser(t, 2*time.Minute)
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
	last := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const li = document.querySelector("#thread li:last-child");`+
			` return li.className + " | " + li.textContent.replace(/\s+/g, " ").trim() })()`))
		require.NoError(t, err)
		return s
	}
	const reply = "Hi Maria, Dana here. Is 5pm good for a call?"
	do(chromedp.Navigate(f.srv.URL+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")),
		chromedp.SendKeys(chromedp.ID("tenant"), acme),
		chromedp.SendKeys(chromedp.ID("login"), "dana"),
		chromedp.SendKeys(chromedp.ID("password"), "dana-pw"),
		chromedp.Click(chromedp.ID("signin")),
		chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c1"]`)),
		chromedp.Navigate(f.srv.URL+"/inbox/c/c1"), chromedp.WaitVisible(chromedp.ID("body")),
		chromedp.SendKeys(chromedp.ID("body"), reply), chromedp.Click(chromedp.ID("send")),
		chromedp.WaitVisible(chromedp.CSS(".notice")))
	_, err := f.disp.RunOnce(context.Background())
	require.NoError(t, err)
	do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("thread")))
	require.NotContains(t, last(), "not-sent", "accepted by the provider: on its way")

	var item store.OutboxItem
	require.NoError(t, f.st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: acme, ConversationID: "c1"})
		for _, it := range items {
			if it.Kind == store.OutboxRepSMS {
				item = it
			}
		}
		return err
	}))
	require.Equal(t, store.OutboxDone, item.Status)
	_, err = f.eng.DeliveryFailed(context.Background(), handoff.DeliveryFailure{TenantID: acme, OutboxItemID: item.ID,
		Reason: "30003 unreachable destination handset"})
	require.NoError(t, err)

	do(chromedp.Reload(), chromedp.WaitVisible(chromedp.ID("thread")))
	got := last()
	require.Contains(t, got, "msg out not-sent |", "the reply the carrier did not deliver is marked")
	require.Contains(t, got, reply)
	require.Contains(t, got, "Not sent: the carrier could not deliver it (30003 unreachable destination handset)")
}
