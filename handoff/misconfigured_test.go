package handoff_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestDispatcherMisconfiguredSenderLosesNoText: a Sender whose provider
// refuses the host's credentials (handoff.ErrMisconfigured: an API key
// rotated wrongly) for half an hour, with the default MaxAttempts and
// backoff, loses none of the texts queued meanwhile: they are retried
// without limit, tries thinning out to BackoffMax, never dead-lettered,
// the conversation's later text waits behind the earlier one, and once
// the key is fixed both go, in order (reviewer CC, D1: the bridge was
// dead-lettered after about four minutes).
func TestDispatcherMisconfiguredSenderLosesNoText(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		clock := &dspClock{t: dspNoonNY}
		e := tenantEngine(t, st, clock, "acme", nil)
		var broken atomic.Bool
		broken.Store(true)
		log := &tenantLog{fail: func(handoff.Delivery) error {
			if broken.Load() {
				return fmt.Errorf("twilio: HTTP 401, error 20003: Authenticate: %w", handoff.ErrMisconfigured)
			}
			return nil
		}}
		d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: log, Notifier: log}) // default attempts and backoff
		require.NoError(t, err)
		_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1",
			Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
		require.NoError(t, err)
		for _, body := range []string{"first", "second"} {
			_, err := e.ScheduleMessage(ctx, handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: body})
			require.NoError(t, err)
		}
		for range 60 { // half an hour of a wrong key
			runDispatcher(t, d)
			clock.Advance(30 * time.Second)
		}
		items := tenantOutbox(t, st, dspTenant)
		require.Len(t, items, 2)
		for _, it := range items {
			require.Equal(t, store.OutboxPending, it.Status, "kept: %s", dumpItems(items))
			require.Zero(t, it.Attempts, "a misconfiguration is no attempt")
		}
		require.True(t, strings.HasPrefix(items[0].LastError, "misconfigured: twilio: HTTP 401"), "%q", items[0].LastError)
		require.Equal(t, "waiting for an earlier text to the lead", items[1].LastError)
		require.False(t, items[0].NotBefore.After(clock.Now().Add(10*time.Minute)), "tries at most BackoffMax apart")
		log.mu.Lock()
		var second int
		for _, dv := range log.sent {
			if dv.Body == "second" {
				second++
			}
		}
		tries := len(log.sent)
		log.mu.Unlock()
		require.Zero(t, second, "the later text waits behind the earlier one")
		require.Less(t, tries, 20, "tries thin out: not one every poll")
		require.Empty(t, eventsOf(t, e, "c1", store.EventDeadLetter))

		broken.Store(false)
		for range 25 { // the key fixed, the dispatcher keeps running
			runDispatcher(t, d)
			clock.Advance(30 * time.Second)
		}
		var sent []string
		for _, dv := range log.sent {
			if dv.Body == "first" || dv.Body == "second" {
				sent = append(sent, dv.Body)
			}
		}
		require.Equal(t, "first second", strings.Join(sent[len(sent)-2:], " "), "both went once fixed, in order")
		for _, it := range tenantOutbox(t, st, dspTenant) {
			require.Equal(t, store.OutboxDone, it.Status)
		}
	})
}

// TestDispatcherMisconfiguredTextStillCancels: a text kept by a
// misconfigured Sender is still a queued text: the lead's STOP cancels it
// (and its confirmation goes once the setup is fixed), and a rep's
// message cancels the AI's reply, so neither reaches the lead after the
// fix.
func TestDispatcherMisconfiguredTextStillCancels(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		act  func(t *testing.T, e *handoff.Engine)
		want []store.OutboxKind
	}{
		{"opt-out", func(t *testing.T, e *handoff.Engine) {
			_, err := e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "STOP", ProviderID: "SMstop"})
			require.NoError(t, err)
		}, []store.OutboxKind{store.OutboxOptOutConfirm}},
		{"rep message", func(t *testing.T, e *handoff.Engine) {
			_, err := e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1",
				RepID: "sarah", Body: "Sarah here, calling you now.", Send: true})
			require.NoError(t, err)
		}, []store.OutboxKind{store.OutboxRepSMS}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				ctx := context.Background()
				clock := &dspClock{t: dspNoonNY}
				e := tenantEngine(t, st, clock, "acme", nil)
				var broken atomic.Bool
				broken.Store(true)
				log := &tenantLog{fail: func(handoff.Delivery) error {
					if broken.Load() {
						return fmt.Errorf("account suspended: %w", handoff.ErrMisconfigured)
					}
					return nil
				}}
				d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: log, Notifier: log})
				require.NoError(t, err)
				_, err = e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1",
					Lead: store.Lead{Name: "Dana", Phone: "+12125550100"}, TimeZone: "America/New_York"})
				require.NoError(t, err)
				_, err = e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: dspTenant, ConversationID: "c1", Body: "What's your timeline?", Send: true})
				require.NoError(t, err)
				for range 10 {
					runDispatcher(t, d)
					clock.Advance(30 * time.Second)
				}
				tc.act(t, e)
				broken.Store(false)
				log.mu.Lock()
				failed := len(log.sent) // every call so far failed
				log.mu.Unlock()
				for range 25 {
					runDispatcher(t, d)
					clock.Advance(30 * time.Second)
				}
				var went []store.OutboxKind
				log.mu.Lock()
				for _, dv := range log.sent[failed:] {
					went = append(went, dv.Item.Kind)
				}
				log.mu.Unlock()
				require.Equal(t, tc.want, went, "the AI's reply never went: %s", dumpItems(tenantOutbox(t, st, dspTenant)))
				require.Equal(t, store.OutboxCancelled, tenantOutbox(t, st, dspTenant)[0].Status)
			})
		})
	}
}
