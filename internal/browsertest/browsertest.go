// Package browsertest starts the headless Chromium the browser tests of
// the Hot inbox drive with chromedp: Debian's chromium, kept off the
// network, with a fresh profile per test. Tests only.
package browsertest

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// Chromium returns the browser to drive: $HANDOFF_CHROMIUM, else Debian's
// chromium. Without one the test skips, unless HANDOFF_REQUIRE_BROWSER=1
// (as in CI), where it fails.
func Chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("HANDOFF_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p == "" {
			continue
		}
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p
		}
	}
	if os.Getenv("HANDOFF_REQUIRE_BROWSER") == "1" {
		t.Fatal("HANDOFF_REQUIRE_BROWSER=1 but no chromium at /usr/bin/chromium: apt-get install chromium")
	}
	t.Skip("no chromium at /usr/bin/chromium (apt-get install chromium); set HANDOFF_REQUIRE_BROWSER=1 to fail instead")
	return ""
}

// Start starts a headless Chromium with a fresh profile and the flags
// that keep it off the network (no background requests, updates, sync or
// QUIC), and returns a context in which every action of the test runs
// within timeout. The browser closes when the test ends.
func Start(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 860),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	t.Cleanup(func() { cancelBrowser(); cancelAlloc() })
	// The first action starts the browser, which lives as long as the
	// context of that call: no timeout on it; the test's actions get one.
	require.NoError(t, chromedp.Do(bctx), "start chromium")
	ctx, cancel := context.WithTimeout(bctx, timeout)
	t.Cleanup(cancel)
	return ctx
}
