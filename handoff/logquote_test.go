package handoff_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestNotifierErrorLogsNoLeadText: a Notifier (a CRM or chat client) is
// handed the brief, which holds the lead's words, and an error or a panic
// that repeats the payload it was given (the transcript, the brief's
// text or JSON, the last message, the email) is logged by the Dispatcher
// with the lead's texts masked, as Config.Logger promises: "message
// bodies are never logged".
func TestNotifierErrorLogsNoLeadText(t *testing.T) {
	t.Parallel()
	const first = "my divorce is final and I need to sell the house on Elm Street fast"
	const second = "We owe back taxes on it.\nCan someone call me? Ask for \"Dana\" & not my ex."
	const email = "dana.private@example.com"
	for _, tc := range []struct {
		name   string
		notify func(n handoff.Notification) error
	}{
		{"transcript quoted", func(n handoff.Notification) error {
			return fmt.Errorf("crm: 422 rejected note %q", n.Brief.TranscriptText())
		}},
		{"brief text", func(n handoff.Notification) error {
			return fmt.Errorf("crm: 422 rejected note: %s", n.Brief.Text())
		}},
		{"brief JSON", func(n handoff.Notification) error {
			b, err := n.Brief.JSON()
			if err != nil {
				return err
			}
			return fmt.Errorf("crm: 422 rejected note: %s", b)
		}},
		{"payload as JSON", func(n handoff.Notification) error {
			b, err := json.Marshal(map[string]any{"text": n.Brief.LastLeadMessage, "lead": n.Conversation.Lead})
			if err != nil {
				return err
			}
			return fmt.Errorf("slack: 400 invalid_blocks %s", b)
		}},
		{"panic", func(n handoff.Notification) error {
			panic(fmt.Sprintf("slack: bad block %q for %s", n.Brief.LastLeadMessage, n.Brief.Lead.Email))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var buf bytes.Buffer
			env := afterSetup(t, nil, nil, func(c *handoff.Config) {
				c.Logger = slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
			})
			ctx := context.Background()
			_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1",
				Lead: store.Lead{Name: "Dana", Phone: "+12125550143", Email: email}})
			require.NoError(t, err)
			env.receive(t, "c1", first)
			require.Equal(t, handoff.OutcomeHandoff, env.receive(t, "c1", second).Kind)
			d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, MaxAttempts: 1,
				QuietHours: dnc.QuietHours{Start: 0, End: 24},
				Notifier:   handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error { return tc.notify(n) })})
			require.NoError(t, err)
			_, err = d.RunOnce(ctx)
			require.NoError(t, err)

			mu.Lock()
			logs := buf.String()
			mu.Unlock()
			require.Contains(t, logs, "delivery failed")
			require.Regexp(t, "crm: 422 rejected note|slack: ", logs, "the notifier's own words stay")
			for _, leak := range []string{"divorce", "Elm Street", "back taxes", "someone call me", "not my ex", "dana.private", "5550143"} {
				require.NotContains(t, logs, leak)
			}
		})
	}
}

// TestSenderErrorQuotingATextOfLinesLogsNoBody: a provider's error that
// quotes the text it refused with %q, or echoes it as JSON, escapes its
// newlines and quotation marks; the Dispatcher logs it with the text
// masked all the same, a rep's reply of two lines as much as one.
func TestSenderErrorQuotingATextOfLinesLogsNoBody(t *testing.T) {
	t.Parallel()
	const reply = "Dana, sorry for your loss.\nThe payoff on your \"loan\" is $412,300 as of today."
	for name, quote := range map[string]func(string) string{
		"%q": func(s string) string { return fmt.Sprintf("provider: 400 body %q rejected", s) },
		"JSON": func(s string) string {
			b, _ := json.Marshal(map[string]string{"Body": s})
			return "provider: 400 " + string(b)
		},
		"a line": func(s string) string {
			line, _, _ := strings.Cut(s, "\n")
			return fmt.Sprintf("provider: 400 segment %q rejected", line)
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			var mu sync.Mutex
			var buf bytes.Buffer
			env := afterSetup(t, nil, nil, func(c *handoff.Config) {
				c.Logger = slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
			})
			ctx := context.Background()
			env.start(t, "c1")
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
				Body: reply, Send: true})
			require.NoError(t, err)
			d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{MaxAttempts: 1, QuietHours: dnc.QuietHours{Start: 0, End: 24},
				Sender: handoff.SenderFunc(func(ctx context.Context, dl handoff.Delivery) (handoff.SendResult, error) {
					return handoff.SendResult{}, errors.New(quote(dl.Body))
				})})
			require.NoError(t, err)
			_, err = d.RunOnce(ctx)
			require.NoError(t, err)

			mu.Lock()
			logs := buf.String()
			mu.Unlock()
			require.Contains(t, logs, "delivery failed")
			require.Contains(t, logs, "provider: 400")
			for _, leak := range []string{"sorry for your loss", "payoff", "412,300"} {
				require.NotContains(t, logs, leak)
			}
		})
	}
}

// TestDrafterErrorQuotingALeadTextOfLinesIsMasked: Config.Drafter
// promises a drafter_fallback event holding the error "with the lead's
// texts and phone numbers masked"; a gateway error that quotes a lead's
// text of several lines with %q (its newlines escaped) is masked in the
// event and in the log as a text of one line is.
func TestDrafterErrorQuotingALeadTextOfLinesIsMasked(t *testing.T) {
	t.Parallel()
	const text = "Hi,\nmy husband passed away last month and the bank is after me.\nCan a real person call me?"
	var mu sync.Mutex
	var buf bytes.Buffer
	b := setup(t, func(c *handoff.Config) {
		c.Logger = slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
		c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
			return "", fmt.Errorf("gateway: 400 content policy on prompt %q", req.Transcript[len(req.Transcript)-1].Text)
		})
	})
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", text).Kind)

	evs, err := b.engine.Events(context.Background(), tenant, "c1")
	require.NoError(t, err)
	var fallbacks []store.Event
	for _, ev := range evs {
		if ev.Kind == store.EventDrafterFallback {
			fallbacks = append(fallbacks, ev)
		}
	}
	require.NotEmpty(t, fallbacks)
	mu.Lock()
	logs := buf.String()
	mu.Unlock()
	require.Contains(t, logs, "drafter failed")
	for _, ev := range fallbacks {
		require.Contains(t, ev.Detail+ev.Reason, "content policy", "the drafter's own words stay")
		for _, leak := range []string{"husband", "bank is after me", "real person call me"} {
			require.NotContains(t, ev.Detail+ev.Reason, leak)
			require.NotContains(t, logs, leak)
		}
	}
}

// errCRMTimeout is a host's own error, which its caller branches on.
var errCRMTimeout = errors.New("crm: timed out")

// TestNewConversationErrorNamesNoNumber: ReceiveAddressed returns the
// error of Config.NewConversation with the lead's number and text masked,
// as the engine masks other host errors, so that a webhook that logs it
// (provider/twilio logs engine errors at Error) holds neither; the
// host's error stays in its chain.
func TestNewConversationErrorNamesNoNumber(t *testing.T) {
	t.Parallel()
	const body = "hi, is the house on Elm Street still for sale?"
	b := setup(t, func(c *handoff.Config) {
		c.NewConversation = func(ctx context.Context, in handoff.AddressedInbound) (handoff.StartParams, error) {
			return handoff.StartParams{}, fmt.Errorf("lookup of lead %s (%q): %w", in.From, in.Body, errCRMTimeout)
		}
	})
	_, err := b.engine.ReceiveAddressed(context.Background(), handoff.AddressedInbound{TenantID: tenant, Line: "+15550009999",
		From: "+12125550143", Body: body, ProviderID: "SM1"})
	require.ErrorIs(t, err, errCRMTimeout)
	require.Contains(t, err.Error(), "lookup of lead", "the host's own words stay")
	require.NotContains(t, err.Error(), "5550143")
	require.NotContains(t, err.Error(), "Elm Street")
}
