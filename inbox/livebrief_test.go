package inbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/inbox"
	"github.com/handoffkit/handoffkit/internal/browsertest"
)

// TestBrowserBriefFollowsTheLivePage: in a real browser, Dana has a
// handed-off lead open when the lead texts their asking price. The live
// update brings the message, the Price chip and the brief with it: the
// brief no longer lists the price as still to ask, says what the lead
// wants for it, and quotes the lead's latest message. The brief stayed as
// the page loaded, "Still to ask: Timeline, Price" beside a Price chip
// that showed it, until a reload (reviewer EE, D3). The reply being
// typed is kept: the update leaves the reply box alone.
func TestBrowserBriefFollowsTheLivePage(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	f := setupWith(t, func(c *inbox.Config) { c.InsecureCookies, c.PollInterval = true, 100*time.Millisecond })
	f.lead(t, acme, "c1", "Maria Lopez", "+12125550142", "I inherited the house from my dad and the roof leaks")
	ctx := browser(t, 2*time.Minute)
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, steps...))
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		require.NoError(t, err)
		return s
	}
	do(chromedp.Navigate(f.srv.URL+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")),
		chromedp.SendKeys(chromedp.ID("tenant"), acme),
		chromedp.SendKeys(chromedp.ID("login"), "dana"),
		chromedp.SendKeys(chromedp.ID("password"), "dana-pw"),
		chromedp.Click(chromedp.ID("signin")),
		chromedp.WaitVisible(chromedp.CSS(`a.entry[data-id="c1"]`)),
		chromedp.Navigate(f.srv.URL+"/inbox/c/c1"), chromedp.WaitVisible(chromedp.CSS(".brief")),
		chromedp.SendKeys(chromedp.ID("body"), "Hi Maria"))
	stillToAsk := func() string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const h = [...document.querySelectorAll(".brief h3")]`+
			`.find(e => e.textContent === "Still to ask"); return h ? h.nextElementSibling.innerText.replace(/\s+/g, " ").trim() : "" })()`))
		require.NoError(t, err)
		return s
	}
	require.Equal(t, "Timeline Price", stillToAsk())

	_, err := f.eng.Receive(context.Background(), handoff.Inbound{TenantID: acme, ConversationID: "c1", Body: "I'd want about $250k for it"})
	require.NoError(t, err)
	wait := func(expr string) {
		t.Helper()
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](expr))
		require.NoError(t, err, "waiting for %s", expr)
	}
	wait(`document.getElementById("chips").innerText.includes("250,000")`)
	wait(`document.querySelector(".brief").innerText.includes("250k")`)
	brief := text(".brief")
	require.Contains(t, brief, "$250,000", "the brief knows the price:\n%s", brief)
	require.Equal(t, "Timeline", stillToAsk(), "the price is no longer still to ask")
	require.Contains(t, text("#brief-pane blockquote"), "I'd want about $250k for it", "the last message is the latest")
	typed, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("body").value`))
	require.NoError(t, err)
	require.Equal(t, "Hi Maria", typed)
}
