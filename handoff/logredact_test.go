package handoff_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestExtensionErrorsAreLoggedRedacted: a judge or a drafter whose error
// repeats what it was handed (the lead's message, the lead's number, its
// own draft) is logged with those blanked and the digits masked, as
// Config.Logger promises: no phone number and no message body in the log.
func TestExtensionErrorsAreLoggedRedacted(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var buf bytes.Buffer
	const body = "my number is 212 555 0199, can you just call me"
	const draft = "Sure thing, Sam will ring you at 212-555-0199 shortly!"
	b := setup(t, func(c *handoff.Config) {
		c.Logger = slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, nil))
		c.Judge = trigger.JudgeFunc(func(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
			return trigger.Judgement{}, fmt.Errorf("judge model: cannot parse %q for +15550101234", in.Text)
		})
		c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
			return "", fmt.Errorf("drafter model: refused %q after %q", draft, req.Transcript[len(req.Transcript)-1].Text)
		})
	})
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", body).Kind)

	mu.Lock()
	logs := buf.String()
	mu.Unlock()
	require.Contains(t, logs, "judge failed")
	require.Contains(t, logs, "drafter failed")
	require.Contains(t, logs, "cannot parse", "the extension's own words stay")
	for _, leak := range []string{body, draft, "0199", "5550101234", "555 0199"} {
		require.NotContains(t, logs, leak)
	}
}

// lockedWriter serialises writes to a buffer shared with the test.
type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}
