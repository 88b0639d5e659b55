package twoproc_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// platform is a platform's two tenants, each with its own reps, team and
// business name, so that a text or a notification tells whose Engine
// wrote or routed it.
var platform = map[string]struct {
	reps     []route.Rep
	team     string
	business string
}{
	"ta": {[]route.Rep{{ID: "alice", Name: "Alice"}, {ID: "amy", Name: "Amy"}}, "ta-team", "Acme Homes"},
	"tb": {[]route.Rep{{ID: "gina", Name: "Gina"}, {ID: "gary", Name: "Gary"}}, "tb-team", "Globex Realty"},
}

// platformEngine is tenant's Engine on st, as each process builds it: its
// reps (round robin kept in the store), its team, its business name, a
// transparent notice naming the rep, and a 300 ms 5-minute rule that
// re-routes once, then escalates to the team, so that the dispatcher runs
// engine-dependent steps (the re-route, its notification and the lead's
// update naming the new rep) within the test.
func platformEngine(st store.Store, tenant string) (*handoff.Engine, error) {
	p := platform[tenant]
	r, err := route.New(&route.Config{Reps: p.reps, Sequencer: handoff.StoreSequencer(st)})
	if err != nil {
		return nil, err
	}
	return handoff.NewEngine(st, &handoff.Config{Router: r, Team: p.team, SLA: 300 * time.Millisecond, SLAReroutes: 1,
		Notices: []handoff.NoticeRule{{}}, Voice: bridge.Voice{BusinessName: p.business}, DraftTimeout: time.Second})
}

// tenantSide is a "tenant" run: a Dispatcher scoped to cfg.Tenant, built
// on that tenant's Engine, logging every call to its Sender and Notifier:
//
//	T <unix ns> <tenant> <item> <kind> <to> <body, or "-" for a notification>
func tenantSide(cfg sideConfig) error {
	ctx := context.Background()
	st, closeDB, err := openStore(cfg.Dialect, cfg.DSN)
	if err != nil {
		return err
	}
	defer closeDB()
	logf, err := os.Create(cfg.Log)
	if err != nil {
		return err
	}
	defer logf.Close()
	lg := &logger{w: bufio.NewWriter(logf)}
	defer lg.flush()
	e, err := platformEngine(st, cfg.Tenant)
	if err != nil {
		return err
	}
	d, err := handoff.NewDispatcher(e, &handoff.DispatcherConfig{
		Tenants: map[string]*handoff.Engine{cfg.Tenant: e},
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			lg.line("T %d %s %s %s %s %s", time.Now().UnixNano(), d.Item.TenantID, d.Item.ID, d.Item.Kind, d.Item.To, strconv.Quote(d.Body))
			return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
		}),
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			lg.line("T %d %s %s %s %s -", time.Now().UnixNano(), n.Item.TenantID, n.Item.ID, n.Item.Kind, n.Item.To)
			return nil
		}),
		Concurrency: 2, PollInterval: 20 * time.Millisecond, QuietHours: dnc.QuietHours{Start: 0, End: 24},
		SendTimeout: 5 * time.Second, Lease: 10 * time.Second,
	})
	if err != nil {
		return err
	}
	dctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- d.Run(dctx) }()
	runErr := func() error {
		if err := fileAppears(ctx, cfg.Release); err != nil {
			return err
		}
		for {
			open, err := openItems(ctx, st, cfg.Tenant)
			if err != nil || open == 0 {
				return err
			}
			if time.Now().After(cfg.Deadline) {
				return fmt.Errorf("%s: %d items still open at the deadline", cfg.Tenant, open)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	stop()
	if err := <-done; err != nil && runErr == nil {
		runErr = err
	}
	return runErr
}

// tenantItems lists every outbox item of tenant.
func tenantItems(ctx context.Context, st store.Store, tenant string) ([]store.OutboxItem, error) {
	var items []store.OutboxItem
	err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant})
		return err
	})
	return items, err
}

// openItems counts tenant's items still to settle.
func openItems(ctx context.Context, st store.Store, tenant string) (int, error) {
	items, err := tenantItems(ctx, st, tenant)
	n := 0
	for _, it := range items {
		if it.Status == store.OutboxPending || it.Status == store.OutboxLeased || it.Status == store.OutboxSending {
			n++
		}
	}
	return n, err
}

// TestScopedDispatchersAcrossProcesses: a platform's two tenants, ta and
// tb, each with its own Engine, share one database; the child process
// runs a Dispatcher scoped to tb, this one a Dispatcher scoped to ta.
// First the child runs alone: it delivers tb's handoffs and runs their
// 5-minute rules, and never leases one of ta's items, though they are
// due (so it delays none of them). Then both run while more handoffs of
// both tenants are queued: every item of each tenant is sent exactly once,
// by its tenant's dispatcher, and what each sends is its own Engine's:
// notifications to its own reps and team, texts naming its own reps and
// business, never the other's.
func TestScopedDispatchersAcrossProcesses(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			dsn := db.dsn(t)
			ctx := context.Background()
			st, closeDB, err := openStore(db.dialect, dsn)
			require.NoError(t, err)
			defer closeDB()
			engines := map[string]*handoff.Engine{}
			for _, tn := range []string{"ta", "tb"} {
				engines[tn], err = platformEngine(st, tn)
				require.NoError(t, err)
			}
			handoffs := func(from, n int) {
				t.Helper()
				for i := from; i < from+n; i++ {
					for j, tn := range []string{"ta", "tb"} {
						id := fmt.Sprintf("%s%03d", tn, i)
						_, err := engines[tn].Start(ctx, handoff.StartParams{TenantID: tn, ConversationID: id, TimeZone: "America/New_York",
							Lead: store.Lead{Name: "Dana", Phone: fmt.Sprintf("+1646555%d%03d", j, i)}})
						require.NoError(t, err)
						out, err := engines[tn].Receive(ctx, handoff.Inbound{TenantID: tn, ConversationID: id, Body: "can someone call me please"})
						require.NoError(t, err)
						require.Equal(t, handoff.OutcomeHandoff, out.Kind)
					}
				}
			}
			n := 5
			if testing.Short() {
				n = 2
			}
			handoffs(0, n)

			dir := t.TempDir()
			release := filepath.Join(dir, "all-queued")
			deadline := time.Now().Add(2 * time.Minute)
			b := sideConfig{Dialect: db.dialect, DSN: dsn, Log: filepath.Join(dir, "b.log"), Name: "b", Mode: "tenant", Tenant: "tb",
				Release: release, Deadline: deadline}
			child := startChild(t, b)
			waited := false
			t.Cleanup(func() {
				if !waited {
					_ = os.WriteFile(release, nil, 0o600)
					_ = child.Wait()
				}
			})

			// The child alone: tb's handoffs, re-routes and escalations all
			// settle; ta's items, due meanwhile, are never leased.
			for {
				open, err := openItems(ctx, st, "tb")
				require.NoError(t, err)
				if open == 0 {
					break
				}
				require.True(t, time.Now().Before(deadline), "tb's items still open: the child's dispatcher stalled")
				time.Sleep(20 * time.Millisecond)
			}
			ta, err := tenantItems(ctx, st, "ta")
			require.NoError(t, err)
			due := 0
			for _, it := range ta {
				require.Equal(t, store.OutboxPending, it.Status, "ta's %s %s, with tb's dispatcher alone", it.Kind, it.ID)
				require.Zero(t, it.Attempts, "ta's %s %s", it.Kind, it.ID)
				require.True(t, it.LeaseUntil.IsZero(), "ta's %s %s was leased by tb's dispatcher", it.Kind, it.ID)
				if !it.NotBefore.After(time.Now()) {
					due++
				}
			}
			require.Equal(t, len(ta), due, "every ta item was due while tb's dispatcher ran")

			// Both at once, with more of both tenants queued.
			handoffs(n, n)
			require.NoError(t, os.WriteFile(release, nil, 0o600))
			a := sideConfig{Dialect: db.dialect, DSN: dsn, Log: filepath.Join(dir, "a.log"), Name: "a", Mode: "tenant", Tenant: "ta",
				Release: release, Deadline: deadline}
			require.NoError(t, side(a), "this process's side")
			waited = true
			require.NoError(t, child.Wait(), "the child process's side")

			sentBy := map[string][]string{} // item -> the tenants of the processes that sent it
			for proc, path := range map[string]string{"ta": a.Log, "tb": b.Log} {
				other := "tb"
				if proc == "tb" {
					other = "ta"
				}
				for _, l := range readLines(t, path) {
					f := strings.SplitN(l, " ", 7)
					require.Len(t, f, 7, l)
					require.Equal(t, proc, f[2], "%s's dispatcher handed over another tenant's item: %s", proc, l)
					sentBy[f[3]] = append(sentBy[f[3]], proc)
					to, body := f[5], f[6]
					if store.OutboxKind(f[4]).ToLead() {
						text, err := strconv.Unquote(body)
						require.NoError(t, err)
						for _, r := range platform[other].reps {
							require.NotContains(t, text, r.Name, "%s's lead was told of %s's rep", proc, other)
						}
						require.NotContains(t, text, platform[other].business)
						continue
					}
					own := []string{platform[proc].team}
					for _, r := range platform[proc].reps {
						own = append(own, r.ID)
					}
					require.Contains(t, own, to, "%s's notification went outside the tenant", proc)
				}
			}
			for _, tn := range []string{"ta", "tb"} {
				items, err := tenantItems(ctx, st, tn)
				require.NoError(t, err)
				kinds := map[store.OutboxKind]int{}
				for _, it := range items {
					switch {
					case it.Kind == store.OutboxSLACheck:
						// Run by the dispatcher's Engine, handed to no one:
						// its re-route's and escalation's notifications
						// above went to this tenant's reps and team.
						require.Equal(t, store.OutboxDone, it.Status, "%s's 5-minute rule %s", tn, it.ID)
						kinds[it.Kind]++
					case it.Status == store.OutboxDone:
						require.Equal(t, []string{tn}, sentBy[it.ID], "%s's %s %s sent once, by its own dispatcher", tn, it.Kind, it.ID)
						kinds[it.Kind]++
					case it.Status == store.OutboxCancelled:
						require.Empty(t, sentBy[it.ID], "%s's %s %s was cancelled and sent", tn, it.Kind, it.ID)
					default:
						t.Fatalf("%s's %s %s is %s", tn, it.Kind, it.ID, it.Status)
					}
					delete(sentBy, it.ID)
				}
				t.Logf("%s: %s items sent: %v", name, tn, kinds)
				// Each handoff: its notice naming the rep (and the updates
				// naming the next, unless stale before they went), its
				// notification, the re-route's, the escalation's.
				require.GreaterOrEqual(t, kinds[store.OutboxBridgeSMS], 2*n, "%s's notices", tn)
				require.GreaterOrEqual(t, kinds[store.OutboxRepNotification], 3*2*n, "%s's notifications", tn)
				require.Equal(t, 2*2*n, kinds[store.OutboxSLACheck], "%s's 5-minute rules: a re-route and an escalation each", tn)
			}
			require.Empty(t, slices.Collect(func(yield func(string) bool) {
				for id := range sentBy {
					if !yield(id) {
						return
					}
				}
			}), "sent items no tenant holds")
		})
	}
}
