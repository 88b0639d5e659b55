package handoff_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
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

// TestExtensionErrorsNeverLogAnEarlierLeadMessage: a Summarizer given the
// whole transcript, and a Judge, Extractor, Scorer or Router given the
// recent history or the known values, may fail with an error that repeats
// any of it; the log must hold none of the lead's messages, not only the
// one being judged (Config.Logger: "message bodies are never logged").
func TestExtensionErrorsNeverLogAnEarlierLeadMessage(t *testing.T) {
	t.Parallel()
	const secret = "we owe back taxes on it and my husband just left us"
	joined := func(ts []string) string { return strings.Join(ts, " / ") }
	qturns := func(h []qualify.Turn) []string {
		var out []string
		for _, t := range h {
			out = append(out, t.Text)
		}
		return out
	}
	known := func(k map[qualify.Field]qualify.Value) []string {
		var out []string
		for _, v := range k {
			out = append(out, v.Value, v.Evidence)
		}
		return out
	}
	for _, tc := range []struct {
		name, want string
		mod        func(*handoff.Config)
	}{
		{"summarizer", "summarizer failed", func(c *handoff.Config) {
			c.Summarizer = brief.SummarizerFunc(func(ctx context.Context, in brief.SummaryInput) (string, error) {
				var all []string
				for _, t := range in.Transcript {
					all = append(all, t.Text)
				}
				for _, v := range in.Fields {
					all = append(all, v)
				}
				return "", fmt.Errorf("content filter; prompt: %s", joined(all))
			})
		}},
		{"judge", "judge failed", func(c *handoff.Config) {
			c.Judge = trigger.JudgeFunc(func(ctx context.Context, in trigger.JudgeInput) (trigger.Judgement, error) {
				var all []string
				for _, t := range in.History {
					all = append(all, t.Text)
				}
				return trigger.Judgement{}, fmt.Errorf("judge: bad response for %s", joined(all))
			})
		}},
		{"extractor", "extractor failed", func(c *handoff.Config) {
			c.Extractor = qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
				return nil, fmt.Errorf("extractor: bad response for %s | %s", joined(qturns(in.History)), joined(known(in.Known)))
			})
		}},
		{"scorer", "scorer failed", func(c *handoff.Config) {
			c.Scorer = qualify.ScorerFunc(func(ctx context.Context, in qualify.ScoreInput) (int, error) {
				return 0, fmt.Errorf("scorer: bad response for %s | %s", joined(qturns(in.History)), joined(known(in.Known)))
			})
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var buf bytes.Buffer
			b := setup(t, func(c *handoff.Config) {
				c.Logger = slog.New(slog.NewJSONHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
				tc.mod(c)
			})
			b.start(t, "c1")
			b.receive(t, "c1", secret)
			b.receive(t, "c1", "can someone call me")
			_, err := b.engine.Brief(context.Background(), tenant, "c1")
			require.NoError(t, err)

			mu.Lock()
			logs := buf.String()
			mu.Unlock()
			require.Contains(t, logs, tc.want)
			require.NotContains(t, logs, secret)
			require.NotContains(t, logs, "back taxes")
		})
	}
}
