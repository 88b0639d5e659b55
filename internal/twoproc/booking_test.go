package twoproc_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// TestSilencingCallsWaitForABookingTextInAnotherProcess: the other
// process's Dispatcher is handing the engine's booking re-offer to a
// Sender that holds it when a Pause or a takeover commits here. The call
// waits for it like for any text it stops, and when its context ends
// first it reports the re-offer in flight; it never returns as if
// nothing were being sent.
func TestSilencingCallsWaitForABookingTextInAnotherProcess(t *testing.T) {
	calls := []struct {
		name string
		to   store.State
		call func(ctx context.Context, e *handoff.Engine) (handoff.Result, error)
	}{
		{"pause", store.StatePaused, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c1", Reason: "manager review"})
		}},
		{"take over", store.StateHuman, func(ctx context.Context, e *handoff.Engine) (handoff.Result, error) {
			return e.TakeOver(ctx, handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "sarah"})
		}},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		for _, tc := range calls {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				db := databases[name]
				dsn := db.dsn(t)
				st, closeDB, err := openStore(db.dialect, dsn)
				require.NoError(t, err)
				defer closeDB()
				e := bookingEngine(t, st)
				ctx := context.Background()
				_, err = e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1", TimeZone: "America/New_York",
					Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
				require.NoError(t, err)
				out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "can you call me about selling"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)
				out, err = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "neither of those work for me"})
				require.NoError(t, err)
				require.NotEmpty(t, out.Reply, "the engine offers other slots")

				// The other process sends the bridge, then holds the re-offer.
				dir := t.TempDir()
				release := filepath.Join(dir, "release")
				b := sideConfig{Dialect: db.dialect, DSN: dsn, Log: filepath.Join(dir, "b.log"), Name: "b", Mode: "hold",
					Hold: []store.OutboxKind{store.OutboxBookingOffer}, Release: release, Deadline: time.Now().Add(time.Minute)}
				child := startChild(t, b)
				waited := false
				t.Cleanup(func() {
					if !waited {
						_ = os.WriteFile(release, nil, 0o600)
						_ = child.Wait()
					}
				})
				offer := waitForStatus(t, st, store.OutboxBookingOffer, store.OutboxSending, b.Deadline)

				// The call's context ends once its change is committed: it
				// must then be waiting for the re-offer, and report it.
				cctx, cancel := context.WithCancel(ctx)
				go func() {
					defer cancel()
					for time.Now().Before(b.Deadline) {
						if c, err := e.Conversation(ctx, tenant, "c1"); err != nil || c.State == tc.to {
							return
						}
						time.Sleep(time.Millisecond)
					}
				}()
				res, err := tc.call(cctx, e)
				require.ErrorIs(t, err, handoff.ErrInFlight, "returned while the re-offer was with the other process's Sender")
				require.Len(t, res.InFlight, 1)
				require.Equal(t, offer.ID, res.InFlight[0].ID)
				require.Equal(t, tc.to, res.Conversation.State, "the change committed")

				require.NoError(t, os.WriteFile(release, nil, 0o600))
				waited = true
				require.NoError(t, child.Wait(), "the child process's side")
				waitForStatus(t, st, store.OutboxBookingOffer, store.OutboxDone, b.Deadline)
			})
		}
	}
}

// bookingEngine is an engine on st in booking mode with one rep, Sarah,
// bookable at any hour of any day, so slots are offered whenever the test
// runs.
func bookingEngine(t *testing.T, st store.Store) *handoff.Engine {
	t.Helper()
	cal, err := bookingCalendar(st)
	require.NoError(t, err)
	e, err := handoff.NewEngine(st, bookingConfig(cal))
	require.NoError(t, err)
	return e
}

// bookingCalendar is bookingEngine's calendar on st.
func bookingCalendar(st store.Store) (*calendar.StoreCalendar, error) {
	return bookingCalendarAt(st, nil)
}

// bookingCalendarAt is bookingCalendar on the clock now (nil: time.Now).
func bookingCalendarAt(st store.Store, now func() time.Time) (*calendar.StoreCalendar, error) {
	var week []calendar.Hours
	for d := time.Sunday; d <= time.Saturday; d++ {
		week = append(week, calendar.Hours{Day: d, Start: calendar.Clock(0, 0), End: calendar.Clock(24, 0)})
	}
	return calendar.NewStoreCalendar(st, &calendar.StoreConfig{
		Schedules: calendar.Schedules{"sarah": {TimeZone: "America/New_York", Week: week}},
		Policy:    calendar.Policy{MeetingLength: 15 * time.Minute, Increment: 15 * time.Minute, LeadTime: time.Hour},
		Now:       now})
}

// bookingConfig is bookingEngine's configuration, booking on cal.
func bookingConfig(cal calendar.Calendar) *handoff.Config {
	return &handoff.Config{Router: route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}), Booking: &handoff.BookingConfig{Calendar: cal}}
}

// waitForStatus returns conversation c1's text of kind k once it has
// status s, and fails at deadline.
func waitForStatus(t *testing.T, st store.Store, k store.OutboxKind, s store.OutboxStatus, deadline time.Time) store.OutboxItem {
	t.Helper()
	for {
		var found *store.OutboxItem
		require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
			items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: "c1"})
			for _, it := range items {
				if it.Kind == k && it.Status == s {
					found = &it
				}
			}
			return err
		}))
		if found != nil {
			return *found
		}
		require.True(t, time.Now().Before(deadline), "no %s reached %s", k, s)
		time.Sleep(5 * time.Millisecond)
	}
}
