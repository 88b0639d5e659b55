package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestDispatcherRetryHeldByQuietHoursDoesNotHoldPeople: an automated text
// that failed once and whose retry then fell in quiet hours is held until
// the morning like any automated text, and a text quiet hours never hold
// (a rep's, the answer to HELP) written meanwhile goes at once instead of
// waiting behind it overnight (reviewer CC, D2); at 08:00 the held texts
// go in the order they were written. A text truly being retried still
// holds a later one, so the conversation's order is kept.
func TestDispatcherRetryHeldByQuietHoursDoesNotHoldPeople(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	ctx := context.Background()
	rep := func(t *testing.T, e *handoff.Engine) {
		_, err := e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Body: "Sarah here - I'll call you in 5 minutes.", Send: true})
		require.NoError(t, err)
	}
	schedule := func(body string) func(t *testing.T, e *handoff.Engine) {
		return func(t *testing.T, e *handoff.Engine) {
			_, err := e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: body})
			require.NoError(t, err)
		}
	}
	for _, tc := range []struct {
		name    string
		at      time.Time // when the first text fails
		earlier func(t *testing.T, e *handoff.Engine)
		more    func(t *testing.T, e *handoff.Engine) // another automated text, queued after the failure's retry was held
		later   func(t *testing.T, e *handoff.Engine)
		// now is what went within ten minutes of the later text; morning
		// what went by 08:10
		now, morning []string
	}{
		{name: "rep text behind a held scheduled text", at: time.Date(2026, 6, 2, 20, 58, 0, 0, ny),
			earlier: schedule("following up on your home"), later: rep,
			now:     []string{"Sarah here - I'll call you in 5 minutes."},
			morning: []string{"Sarah here - I'll call you in 5 minutes.", "following up on your home"}},
		{name: "rep text behind two held texts", at: time.Date(2026, 6, 2, 20, 58, 0, 0, ny),
			earlier: schedule("following up on your home"), more: schedule("and one more thing"), later: rep,
			now:     []string{"Sarah here - I'll call you in 5 minutes."},
			morning: []string{"Sarah here - I'll call you in 5 minutes.", "following up on your home", "and one more thing"}},
		{name: "HELP reply behind a held AI reply", at: time.Date(2026, 6, 2, 20, 58, 0, 0, ny),
			earlier: func(t *testing.T, e *handoff.Engine) {
				_, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "c1", Body: "following up on your home", Send: true})
				require.NoError(t, err)
			},
			later: func(t *testing.T, e *handoff.Engine) {
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "HELP", ProviderID: "SMhelp"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeHelp, out.Kind)
			}},
		{name: "a text being retried keeps its place", at: time.Date(2026, 6, 2, 12, 0, 0, 0, ny),
			earlier: schedule("following up on your home"), later: rep,
			now:     []string{"following up on your home", "Sarah here - I'll call you in 5 minutes."},
			morning: []string{"following up on your home", "Sarah here - I'll call you in 5 minutes."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				clock := &dspClock{t: tc.at}
				e := tenantEngine(t, st, clock, "acme", nil) // default quiet hours, 8:00 to 21:00
				first := true
				log := &tenantLog{fail: func(handoff.Delivery) error {
					if first {
						first = false
						return errors.New("503 from provider")
					}
					return nil
				}}
				d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: log, Notifier: log, BackoffBase: time.Minute, BackoffMax: 2 * time.Minute})
				require.NoError(t, err)
				_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1",
					Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
				require.NoError(t, err)
				tc.earlier(t, e)
				runDispatcher(t, d) // the provider hiccups
				clock.Advance(3 * time.Minute)
				runDispatcher(t, d) // the retry: held by quiet hours at night
				if tc.more != nil {
					tc.more(t, e)
					runDispatcher(t, d)
				}
				tc.later(t, e)
				for range 10 {
					runDispatcher(t, d)
					clock.Advance(time.Minute)
				}
				sent := func() []string {
					var out []string
					for _, dv := range log.sent[1:] { // the first call failed
						out = append(out, dv.Body)
					}
					return out
				}
				if tc.now == nil { // the HELP reply, whatever its words
					require.Len(t, log.sent, 2, "the HELP reply went at once; outbox:\n%s", dumpItems(tenantOutbox(t, st, dspTenant)))
					require.Equal(t, store.OutboxHelpReply, log.sent[1].Item.Kind)
					return
				}
				require.Equal(t, tc.now, sent(), "sent within ten minutes; outbox:\n%s", dumpItems(tenantOutbox(t, st, dspTenant)))
				clock.Set(time.Date(2026, 6, 3, 8, 0, 0, 0, ny))
				for range 10 {
					runDispatcher(t, d)
					clock.Advance(time.Minute)
				}
				require.Equal(t, tc.morning, sent(), "sent by 08:10")
			})
		})
	}
}

func dumpItems(items []store.OutboxItem) string {
	var s string
	for _, it := range items {
		s += fmt.Sprintf("  %s %s attempts=%d not_before=%s last_error=%q\n", it.Kind, it.Status, it.Attempts,
			it.NotBefore.UTC().Format(time.RFC3339), it.LastError)
	}
	return s
}
