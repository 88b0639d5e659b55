package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/browsertest"
	"github.com/handoffkit/handoffkit/store"
)

// browser starts a headless Chromium kept off the network (see
// [browsertest.Start]); every action of the test runs within timeout.
func browser(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	return &tab{t: t, ctx: browsertest.Start(t, timeout)}
}

// tab runs actions in the browser tab and fails the test on an error.
type tab struct {
	t   *testing.T
	ctx context.Context
}

func (b *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	require.NoError(b.t, chromedp.Do(b.ctx, steps...))
}

func (b *tab) text(sel string) string {
	b.t.Helper()
	s, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(sel)))
	require.NoError(b.t, err, sel)
	return strings.TrimSpace(s)
}

func eval[T any](b *tab, expr string) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	require.NoError(b.t, err, expr)
	return v
}

// screenshot saves the page as a PNG under the test's temp dir (or
// $HANDOFF_SCREENSHOTS, which outlives the test) and logs its path.
func (b *tab) screenshot(name string) {
	b.t.Helper()
	dir := os.Getenv("HANDOFF_SCREENSHOTS")
	if dir == "" {
		dir = b.t.TempDir()
	}
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	require.NoError(b.t, err)
	path := filepath.Join(dir, name)
	require.NoError(b.t, os.WriteFile(path, png, 0o644))
	b.t.Logf("screenshot: %s", path)
}

// TestBrowserHandoffTakeOverReply is the whole path in a real browser: a
// signed Twilio webhook fires a handoff, the lead shows up in the Hot
// inbox with its chips and reason, the rep opens it, takes over and
// replies, and the reply goes out through the REST Sender while the AI
// stays silent.
func TestBrowserHandoffTakeOverReply(t *testing.T) {
	browsertest.Chromium(t) // skip or fail before starting anything
	s := start(t)
	b := browser(t, 2*time.Minute)
	const maria = "+12125550142"

	require.Equal(t, http.StatusOK, s.inbound(t, maria, "I inherited the house from my dad").StatusCode)
	require.Equal(t, http.StatusOK, s.inbound(t, maria, "can you just call me").StatusCode)
	conv := hotConversation(t, s, maria)
	require.Equal(t, store.StateHandoff, conv.State)
	bridge := s.api.waitSent(t, bridgeText(t, s, conv)) // the bridge text went out through the REST Sender
	require.Equal(t, maria, bridge.Get("To"))
	require.Equal(t, ourNumber, bridge.Get("From"))

	// Sign in: the inbox sends a signed-out browser to the sign-in page.
	entry := fmt.Sprintf(`a.entry[data-id=%q]`, conv.ID)
	b.do(chromedp.Navigate(s.url+"/inbox/"), chromedp.WaitVisible(chromedp.ID("signin")))
	b.screenshot("hot-inbox-signin.png")
	b.do(
		chromedp.SendKeys(chromedp.ID("tenant"), "demo"),
		chromedp.SendKeys(chromedp.ID("login"), "dana"),
		chromedp.SendKeys(chromedp.ID("password"), "dana-pw"),
		chromedp.Click(chromedp.ID("signin")),
		chromedp.WaitVisible(chromedp.CSS(entry)),
	)

	// The Hot list: the reason, the four chips, who has it.
	require.Equal(t, "Explicit ask", b.text(entry+" .reason"))
	require.Equal(t, "Waiting for a rep", b.text(entry+" .badge"))
	require.Equal(t, repLabel(conv), b.text(entry+" .assigned"))
	chips := eval[[][]string](b, fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).map(c => [c.querySelector(".chip-name").textContent, c.querySelector(".chip-value").textContent])`,
		entry+" .chip"))
	require.Equal(t, [][]string{{"Motivation", "inherited"}, {"Condition", "not yet"}, {"Timeline", "not yet"}, {"Price", "not yet"}}, chips)

	// A second lead arrives while the list is open: it appears without a
	// reload, and its <script> is text.
	const evil = "+12125550177"
	eval[int](b, `window.stillHere = 1`)
	require.Equal(t, http.StatusOK, s.inbound(t, evil,
		`<script>window.pwned=1;document.title="pwned"</script><img src=x onerror="window.pwned=2"> can you just call me`).StatusCode)
	evilConv := hotConversation(t, s, evil)
	b.do(chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`a.entry[data-id=%q]`, evilConv.ID))))
	require.True(t, eval[bool](b, `window.stillHere === 1`), "the new lead came by live update, not a reload")
	require.Zero(t, eval[int](b, `window.pwned === undefined ? 0 : window.pwned`))
	b.screenshot("hot-inbox-list.png")

	// Open Maria's conversation: bubbles, the AI tag, the bridge last.
	b.do(chromedp.Click(chromedp.CSS(entry)), chromedp.WaitVisible(chromedp.ID("takeover")))
	require.Equal(t, "Explicit ask", b.text("#reason"))
	require.Equal(t, "rgb(233, 235, 239)", eval[string](b, `getComputedStyle(document.querySelector(".msg.in .bubble")).backgroundColor`), "gray inbound bubbles")
	require.Equal(t, "rgb(31, 111, 235)", eval[string](b, `getComputedStyle(document.querySelector(".msg.out .bubble")).backgroundColor`), "blue outbound bubbles")
	require.Equal(t, "msg out bridge", eval[string](b, `document.querySelector("#thread li:last-child").className`), "the bridge text is at the bottom")
	require.Regexp(t, `^AIBridge\d{1,2}:\d\d [AP]M$`, eval[string](b, `document.querySelector("#thread li:last-child .msg-meta").textContent`), "marked AI, with its time")

	// Take over, then reply.
	b.do(chromedp.Click(chromedp.ID("takeover")), chromedp.WaitVisible(chromedp.Search(`//p[@class="notice" and starts-with(., "You have the thread")]`)))
	require.Equal(t, "Rep driving", b.text("#state"))
	c, err := s.app.engine.Conversation(context.Background(), "demo", conv.ID)
	require.NoError(t, err)
	require.Equal(t, store.StateHuman, c.State, "the AI is out: a person drives")
	require.Equal(t, "dana", c.AssignedTo)

	const reply = "Hi, this is Dana from Maple Key. Is 5pm good for a call?"
	b.do(
		chromedp.SendKeys(chromedp.ID("body"), reply),
		chromedp.Click(chromedp.ID("send")),
		// The page after the post, not the one that had the takeover's notice.
		chromedp.WaitVisible(chromedp.Search(`//p[@class="notice" and starts-with(., "Sent")]`)),
	)
	sent := s.api.waitSent(t, reply)
	require.Equal(t, maria, sent.Get("To"))
	require.Equal(t, ourNumber, sent.Get("From"))
	require.Equal(t, reply, eval[string](b, `document.querySelector("#thread li:last-child .bubble").textContent`))
	require.Equal(t, "You", eval[string](b, `document.querySelector("#thread li:last-child .tag").textContent`))

	// The lead answers: recorded, shown by the live update, and the AI
	// does not answer.
	before := len(s.api.bodies())
	require.Equal(t, http.StatusOK, s.inbound(t, maria, "5 works, thanks").StatusCode)
	b.do(chromedp.WaitVisible(chromedp.Search(`//li[contains(@class,"msg in")]/div[text()="5 works, thanks"]`)))
	c, err = s.app.engine.Conversation(context.Background(), "demo", conv.ID)
	require.NoError(t, err)
	require.Equal(t, store.StateHuman, c.State)
	time.Sleep(300 * time.Millisecond) // a dispatcher would have sent an AI reply by now
	require.Len(t, s.api.bodies(), before, "one voice: no AI text after the takeover")
	b.screenshot("hot-inbox-conversation.png")

	// The <script> lead's conversation shows the script as text and runs
	// nothing.
	b.do(chromedp.Navigate(s.url+"/inbox/c/"+evilConv.ID), chromedp.WaitVisible(chromedp.ID("thread")))
	require.Zero(t, eval[int](b, `window.pwned === undefined ? 0 : window.pwned`), "no lead script ran")
	require.Zero(t, eval[int](b, `document.querySelectorAll("#thread script, #thread img").length`))
	require.True(t, strings.HasPrefix(eval[string](b, `document.querySelector("#thread .msg.in .bubble").textContent`),
		`<script>window.pwned=1;document.title="pwned"</script><img src=x`))
	title, err := chromedp.Run(b.ctx, chromedp.Title())
	require.NoError(t, err)
	require.NotEqual(t, "pwned", title)
}

// hotConversation is the Hot conversation of the lead's number.
func hotConversation(t *testing.T, s *server, phone string) store.Conversation {
	t.Helper()
	page, err := s.app.engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: "demo"})
	require.NoError(t, err)
	for _, en := range page.Entries {
		if en.Conversation.Lead.Phone == phone {
			return en.Conversation
		}
	}
	t.Fatalf("no hot conversation for %s", phone)
	return store.Conversation{}
}

// repLabel is how the list names the assignee to dana.
func repLabel(c store.Conversation) string {
	switch c.AssignedTo {
	case "dana":
		return "You"
	case "":
		return "Unassigned"
	}
	return c.AssignedName
}

// bridgeText is the body of the conversation's bridge message: the first
// AI message at or after the handoff.
func bridgeText(t *testing.T, s *server, c store.Conversation) string {
	t.Helper()
	msgs, err := s.app.engine.Transcript(context.Background(), "demo", c.ID)
	require.NoError(t, err)
	for _, m := range msgs {
		if m.Origin == store.OriginAI && !m.CreatedAt.Before(c.HandoffAt) {
			return m.Body
		}
	}
	t.Fatalf("no bridge message in %s", c.ID)
	return ""
}
