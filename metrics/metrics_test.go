package metrics_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// stores are the stores a report is checked on: memstore, SQLite and
// PostgreSQL (skipped, or failed with HANDOFF_REQUIRE_POSTGRES=1, without
// a server).
var stores = []struct {
	name string
	open func(t *testing.T) store.Store
}{
	{"memstore", func(*testing.T) store.Store { return memstore.New() }},
	{"sqlite", func(t *testing.T) store.Store {
		return openSQL(t, sqlstore.SQLite, "sqlite", sqlstore.SQLiteDSN(filepath.Join(t.TempDir(), "handoff.db")))
	}},
	{"postgres", func(t *testing.T) store.Store { return openSQL(t, sqlstore.Postgres, "pgx", pgtest.URL(t)) }},
}

func openSQL(t *testing.T, d sqlstore.Dialect, driver, dsn string) store.Store {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := sqlstore.New(d, db, nil)
	require.NoError(t, err)
	require.NoError(t, st.Migrate(context.Background()))
	return st
}

// trail writes conversations created at t0 and their events, in order.
func trail(t *testing.T, st store.Store, t0 time.Time, convs []string, events []store.Event) {
	t.Helper()
	require.NoError(t, st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		for _, id := range convs {
			if err := tx.ConversationInsert(ctx, &store.Conversation{ID: id, TenantID: "acme", Channel: store.ChannelSMS,
				State: store.StateHandoff, Status: store.StatusHot, CreatedAt: t0, UpdatedAt: t0}); err != nil {
				return err
			}
		}
		for i := range events {
			e := events[i]
			e.ID, e.TenantID, e.Actor = e.ConversationID+"-"+string(rune('a'+i)), "acme", store.ActorSystem
			if err := tx.EventAppend(ctx, &e); err != nil {
				return err
			}
		}
		return nil
	}))
}

// SLABreaches counts handoffs, not the 5-minute rule's events: a handoff
// re-routed twice then escalated is one breach, a handoff engaged in time
// none, so SLABreaches / Handoffs is a breach rate. SLARerouted and
// SLAEscalated still count the events.
func TestCompute_SLABreachesCountHandoffs(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	ev := func(conv string, kind store.EventKind, min int) store.Event {
		return store.Event{ConversationID: conv, Kind: kind, Reason: "sla", CreatedAt: at(min)}
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()

			// One handoff nobody answers: re-routed twice, then escalated.
			st := s.open(t)
			trail(t, st, t0, []string{"c1"}, []store.Event{
				ev("c1", store.EventHandoff, 1),
				ev("c1", store.EventRerouted, 6),
				ev("c1", store.EventRerouted, 11),
				ev("c1", store.EventSLAEscalated, 16),
			})
			r, err := metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: t0, To: at(60)})
			require.NoError(t, err)
			require.Equal(t, [4]int64{1, 2, 1, 1}, [4]int64{r.Handoffs, r.SLARerouted, r.SLAEscalated, r.SLABreaches},
				"handoffs, re-routes, escalations, breaches")

			// Two handoffs, one breached and one accepted in time.
			st = s.open(t)
			trail(t, st, t0, []string{"c1", "c2"}, []store.Event{
				ev("c1", store.EventHandoff, 1),
				ev("c1", store.EventRerouted, 6),
				ev("c2", store.EventHandoff, 2),
				ev("c2", store.EventAccept, 3),
			})
			r, err = metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: t0, To: at(60)})
			require.NoError(t, err)
			require.Equal(t, [4]int64{2, 1, 0, 1}, [4]int64{r.Handoffs, r.SLARerouted, r.SLAEscalated, r.SLABreaches})

			// One conversation, three handoffs: the first breached twice
			// (before the window), the second answered, the third
			// escalated. The window [30m, 60m) holds the second and third
			// handoffs, and the first one's late re-route, which is not a
			// handoff of the window; a breach after To is not counted.
			st = s.open(t)
			trail(t, st, t0, []string{"c1", "c2"}, []store.Event{
				ev("c1", store.EventHandoff, 20),
				ev("c1", store.EventRerouted, 25),
				ev("c1", store.EventRerouted, 31),
				ev("c1", store.EventResume, 32),
				ev("c1", store.EventHandoff, 35),
				ev("c1", store.EventAccept, 36),
				ev("c1", store.EventResume, 40),
				ev("c1", store.EventHandoff, 45),
				ev("c1", store.EventSLAEscalated, 50),
				ev("c2", store.EventHandoff, 58),
				ev("c2", store.EventRerouted, 63),
			})
			r, err = metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: at(30), To: at(60)})
			require.NoError(t, err)
			require.Equal(t, [4]int64{3, 1, 1, 1}, [4]int64{r.Handoffs, r.SLARerouted, r.SLAEscalated, r.SLABreaches})
			require.Contains(t, r.Table(), "SLA breaches              1 of 3 handoffs (re-routes 1, escalations 1)")
		})
	}
}

// Booked counts meetings, not booked events: a reschedule books the new
// time and cancels the old (booked and rescheduled events in one commit),
// one meeting moved, not a second meeting. A window that holds only the
// reschedule adds none, so windows side by side add up to the meetings.
func TestCompute_BookedCountsMeetings(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	ev := func(conv string, kind store.EventKind, min int) store.Event {
		return store.Event{ConversationID: conv, Kind: kind, Reason: "lead", CreatedAt: at(min)}
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := s.open(t)
			trail(t, st, t0, []string{"c1", "c2"}, []store.Event{
				ev("c1", store.EventBooked, 1),
				ev("c2", store.EventBooked, 5),
				ev("c1", store.EventBooked, 10), // moved: the new time
				ev("c1", store.EventRescheduled, 10),
			})
			booked := func(from, to int) int64 {
				r, err := metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: at(from), To: at(to)})
				require.NoError(t, err)
				return r.Booked
			}
			require.Equal(t, int64(2), booked(0, 60), "two meetings, one of them moved")
			require.Equal(t, int64(2), booked(0, 8))
			require.Equal(t, int64(0), booked(8, 60), "a reschedule books no new meeting")
		})
	}
}

// OptOuts counts the opt-outs taken in the window whenever their
// conversation started: a lead who wrote STOP in the window on a
// conversation started before it is no opted-out member of the window's
// cohort, but the window's compliance count holds their opt-out, and a
// later START its opt-in; an opt-out after the window is not counted.
func TestCompute_OptOutsCountTheWindowsEvents(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	ev := func(conv string, kind store.EventKind, min int) store.Event {
		return store.Event{ConversationID: conv, Kind: kind, Reason: "keyword:STOP", CreatedAt: at(min)}
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := s.open(t)
			trail(t, st, t0, []string{"c1", "c2"}, []store.Event{
				ev("c1", store.EventOptOut, 90),
				ev("c1", store.EventOptIn, 100),
				ev("c2", store.EventOptOut, 95),
				ev("c2", store.EventOptOut, 200), // after the window
			})
			r, err := metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: at(60), To: at(120)})
			require.NoError(t, err)
			require.Equal(t, int64(0), r.Conversations, "both started before the window")
			require.Equal(t, int64(0), r.OptedOut)
			require.Equal(t, int64(2), r.OptOuts)
			require.Equal(t, int64(1), r.OptIns)
			require.Contains(t, r.Table(), "opt-out events")
		})
	}
}

// A handoff the rep accepted after the host's clock stepped back 10
// minutes (NTP) is answered, on every store: the engine dates the accept
// no earlier than the handoff, so the report never reads a negative time
// to the rep as no response.
func TestCompute_ClockSteppedBackStillResponded(t *testing.T) {
	t.Parallel()
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			now := time.Date(2026, 3, 2, 17, 0, 0, 0, time.UTC)
			e, err := handoff.NewEngine(s.open(t), &handoff.Config{Now: func() time.Time { return now }})
			require.NoError(t, err)
			_, err = e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1", Lead: store.Lead{Phone: "+12125550100"}})
			require.NoError(t, err)
			out, err := e.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can you just call me"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			now = now.Add(-10 * time.Minute)
			_, err = e.Accept(ctx, handoff.HandoffActionParams{TenantID: "acme", ConversationID: "c1", RepID: "ana"})
			require.NoError(t, err)
			now = now.Add(time.Hour)
			r, err := e.Metrics(ctx, handoff.MetricsParams{TenantID: "acme"})
			require.NoError(t, err)
			require.Equal(t, [3]int64{1, 1, 0}, [3]int64{r.Handoffs, r.Responded, r.Unanswered}, "handoffs, responded, unanswered")
			require.GreaterOrEqual(t, r.TimeToRepP50, time.Duration(0))
		})
	}
}

// Complained counts handoffs after which the lead complained, once each:
// a complaint later than the handoff and before the conversation's next
// handoff or resume, read by trigger's frustration cues. The complaint
// that fired a handoff (dated with it), a complaint before the handoff or
// after a resume, a calm message and a handoff before the window do not
// count; a window that ends before the complaint does not see it.
func TestCompute_ComplainedAfterHandoff(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	at := func(min int) time.Time { return t0.Add(time.Duration(min) * time.Minute) }
	ev := func(conv string, kind store.EventKind, min int) store.Event {
		return store.Event{ConversationID: conv, Kind: kind, Reason: "test", CreatedAt: at(min)}
	}
	const angry, calm = "this is ridiculous, still nobody has called me", "ok thanks, talk soon"
	type msg struct {
		conv, body string
		min        int
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := s.open(t)
			trail(t, st, t0, []string{"c1", "c2", "c3", "c4", "c5"}, []store.Event{
				ev("c1", store.EventHandoff, 10), // fired by c1's complaint at 10, then calm
				ev("c2", store.EventHandoff, 10), // complained twice after: one handoff
				ev("c3", store.EventHandoff, 10), // resumed, complained to the AI
				ev("c3", store.EventResume, 20),
				ev("c4", store.EventHandoff, 10), // the second handoff drew the complaint
				ev("c4", store.EventResume, 15),
				ev("c4", store.EventHandoff, 30),
				ev("c5", store.EventHandoff, -10), // before the window
			})
			var n int
			require.NoError(t, st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
				for _, m := range []msg{
					{"c1", angry, 10}, {"c1", calm, 12},
					{"c2", angry, 5}, {"c2", angry, 40}, {"c2", angry, 41},
					{"c3", angry, 25},
					{"c4", angry, 35},
					{"c5", angry, 5},
				} {
					n++
					if err := tx.MessageAppend(ctx, &store.Message{ID: fmt.Sprintf("m%d", n), TenantID: "acme", ConversationID: m.conv,
						Direction: store.Inbound, Origin: store.OriginLead, Body: m.body, CreatedAt: at(m.min)}); err != nil {
						return err
					}
				}
				return nil
			}))
			r, err := metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: t0, To: at(60)})
			require.NoError(t, err)
			require.EqualValues(t, 5, r.Handoffs)
			require.EqualValues(t, 2, r.Complained, "c2's handoff and c4's second")
			require.InDelta(t, 0.4, r.ComplaintRate, 1e-9)
			require.Contains(t, r.Table(), "complained after handoff  2 (40.0%)")

			r, err = metrics.Compute(ctx, st, metrics.Params{TenantID: "acme", From: t0, To: at(36)})
			require.NoError(t, err)
			require.EqualValues(t, 1, r.Complained, "c4's complaint at 35; c2's come after To")
		})
	}
}
