package handoff_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/stretchr/testify/require"
	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// tenantStores runs fn as a subtest on memstore, SQLite and PostgreSQL
// (skipped, or failed with HANDOFF_REQUIRE_POSTGRES=1, without a server).
func tenantStores(t *testing.T, fn func(t *testing.T, st store.Store)) {
	t.Helper()
	open := func(t *testing.T, d sqlstore.Dialect, driver, dsn string, reader bool) store.Store {
		db := func() *sql.DB {
			db, err := sql.Open(driver, dsn)
			require.NoError(t, err)
			t.Cleanup(func() { db.Close() })
			return db
		}
		cfg := &sqlstore.Config{}
		if reader {
			cfg.Reader = db()
		}
		st, err := sqlstore.New(d, db(), cfg)
		require.NoError(t, err)
		require.NoError(t, st.Migrate(context.Background()))
		return st
	}
	stores := []struct {
		name string
		open func(t *testing.T) store.Store
	}{
		{"memstore", func(*testing.T) store.Store { return memstore.New() }},
		{"sqlite", func(t *testing.T) store.Store {
			return open(t, sqlstore.SQLite, "sqlite", sqlstore.SQLiteDSN(filepath.Join(t.TempDir(), "handoff.db")), true)
		}},
		{"postgres", func(t *testing.T) store.Store { return open(t, sqlstore.Postgres, "pgx", pgtest.URL(t), false) }},
	}
	for _, s := range stores {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel()
			fn(t, s.open(t))
		})
	}
}

// tenantEngine is one tenant's Engine on the platform's shared store: its
// own reps, team and schema (nil: the default).
func tenantEngine(t *testing.T, st store.Store, clock *dspClock, teamName string, schema *qualify.Schema, reps ...route.Rep) *handoff.Engine {
	t.Helper()
	var n atomic.Int64
	cfg := &handoff.Config{Now: clock.Now, Team: teamName,
		NewID: func() string { return fmt.Sprintf("%s%06d", teamName, n.Add(1)) }}
	if schema != nil {
		cfg.Schema = *schema
	}
	if len(reps) > 0 {
		r, err := route.New(&route.Config{Reps: reps, Sequencer: handoff.StoreSequencer(st), Now: clock.Now})
		require.NoError(t, err)
		cfg.Router = r
	}
	e, err := handoff.NewEngine(st, cfg)
	require.NoError(t, err)
	return e
}

// tenantHandoff opens a conversation of tenant on e and hands it off.
func tenantHandoff(t *testing.T, e *handoff.Engine, tenant, id, phone string) store.Conversation {
	t.Helper()
	ctx := context.Background()
	_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Name: "Dana", Phone: phone}})
	require.NoError(t, err)
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: "can someone call me please", ProviderID: tenant + id})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	return out.Conversation
}

// tenantLog records what a dispatcher handed to its Sender and Notifier.
type tenantLog struct {
	mu    sync.Mutex
	sent  []handoff.Delivery
	notes []handoff.Notification
	fail  func(handoff.Delivery) error
}

func (l *tenantLog) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.sent = append(l.sent, d)
	if l.fail != nil {
		if err := l.fail(d); err != nil {
			return handoff.SendResult{}, err
		}
	}
	return handoff.SendResult{ProviderID: fmt.Sprintf("SM%04d", len(l.sent))}, nil
}

func (l *tenantLog) Notify(ctx context.Context, n handoff.Notification) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.notes = append(l.notes, n)
	return nil
}

// tenants are the tenants of everything the dispatcher handed over.
func (l *tenantLog) tenants() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, d := range l.sent {
		out = append(out, d.Item.TenantID, d.Conversation.TenantID)
	}
	for _, n := range l.notes {
		out = append(out, n.Item.TenantID, n.Conversation.TenantID)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (l *tenantLog) notifications() []handoff.Notification {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.notes)
}

func tenantOutbox(t *testing.T, st store.Store, tenant string) []store.OutboxItem {
	t.Helper()
	var items []store.OutboxItem
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant})
		return err
	}))
	return items
}

func runDispatcher(t *testing.T, d *handoff.Dispatcher) {
	t.Helper()
	_, err := d.RunOnce(context.Background())
	require.NoError(t, err)
}

var allDay = dnc.QuietHours{Start: 0, End: 24}

// One store, an Engine per tenant and one Dispatcher serving both: the
// 5-minute rule of globex's handoff re-routes to globex's other rep and
// notifies only globex's reps, never acme's, although the dispatcher was
// built on acme's Engine.
func TestDispatcherTenantsRerouteWithinTheTenant(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		clock := &dspClock{t: dspNoonNY}
		acme := tenantEngine(t, st, clock, "acme-team", nil, route.Rep{ID: "alice", Name: "Alice"})
		globex := tenantEngine(t, st, clock, "globex-team", nil, route.Rep{ID: "gina", Name: "Gina"}, route.Rep{ID: "gary", Name: "Gary"})
		log := &tenantLog{}
		d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: log, Notifier: log, QuietHours: allDay,
			Tenants: map[string]*handoff.Engine{"acme": acme, "globex": globex}})
		require.NoError(t, err)

		first := tenantHandoff(t, globex, "globex", "g1", "+15125550122").AssignedTo
		require.Contains(t, []string{"gina", "gary"}, first)
		runDispatcher(t, d)
		clock.Advance(6 * time.Minute)
		runDispatcher(t, d)

		c, err := globex.Conversation(context.Background(), "globex", "g1")
		require.NoError(t, err)
		require.Contains(t, []string{"gina", "gary"}, c.AssignedTo, "re-routed within globex")
		require.NotEqual(t, first, c.AssignedTo, "re-routed to globex's other rep")
		var to []string
		for _, n := range log.notifications() {
			require.Equal(t, "globex", n.Conversation.TenantID)
			to = append(to, string(n.Item.Kind)+":"+n.Item.To)
		}
		require.Equal(t, []string{"rep_notification:" + first, "rep_notification:" + c.AssignedTo}, to,
			"the lead's brief goes to globex's reps only")
	})
}

// A carrier's opt-out on a globex text, reported to the one Dispatcher
// built on acme's Engine, tells globex's team, with a brief in globex's
// schema (BANT), not acme's team in acme's real-estate fields.
func TestDispatcherTenantsCarrierOptOutTellsTheTenantsTeam(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		clock := &dspClock{t: dspNoonNY}
		acme := tenantEngine(t, st, clock, "acme-team", nil)
		globex := tenantEngine(t, st, clock, "globex-team", &qualify.BANT)
		log := &tenantLog{fail: func(d handoff.Delivery) error {
			if d.Item.TenantID == "globex" {
				return fmt.Errorf("platform error 4050: %w", handoff.ErrRecipientOptedOut)
			}
			return nil
		}}
		d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: log, Notifier: log, QuietHours: allDay,
			Tenants: map[string]*handoff.Engine{"acme": acme, "globex": globex}})
		require.NoError(t, err)

		tenantHandoff(t, globex, "globex", "g1", "+15125550133")
		runDispatcher(t, d)
		clock.Advance(2 * time.Minute)
		runDispatcher(t, d)

		c, err := globex.Conversation(context.Background(), "globex", "g1")
		require.NoError(t, err)
		require.Equal(t, store.StatusOptedOut, c.Status)
		var want []string
		for _, f := range qualify.BANT.Fields {
			want = append(want, string(f))
		}
		var updates int
		for _, n := range log.notifications() {
			require.Equal(t, "globex-team", n.Item.To, "%s of globex", n.Item.Kind)
			if n.Item.Kind != store.OutboxRepUpdate {
				continue
			}
			updates++
			require.Equal(t, "opted_out", n.Brief.Consent)
			var got []string
			for _, f := range n.Brief.Fields {
				if f.InSchema {
					got = append(got, f.Name)
				}
			}
			require.Equal(t, want, got, "the brief lists globex's BANT fields")
		}
		require.Equal(t, 1, updates, "globex's team is told the lead opted out")
	})
}

// Two tenants' Engines on one store, each with a Dispatcher scoped to its
// own tenant: globex's dispatcher never claims, sends, notifies nor
// re-routes anything of acme, whose items wait untouched (not leased, no
// attempt) for acme's dispatcher, which runs them with acme's reps.
func TestDispatcherTenantsClaimOnlyTheirOwn(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		clock := &dspClock{t: dspNoonNY}
		acme := tenantEngine(t, st, clock, "acme-team", nil, route.Rep{ID: "alice", Name: "Alice"}, route.Rep{ID: "amy", Name: "Amy"})
		globex := tenantEngine(t, st, clock, "globex-team", nil, route.Rep{ID: "gina", Name: "Gina"}, route.Rep{ID: "gary", Name: "Gary"})
		acmeLog, globexLog := &tenantLog{}, &tenantLog{}
		dAcme, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: acmeLog, Notifier: acmeLog, QuietHours: allDay,
			Tenants: map[string]*handoff.Engine{"acme": acme}})
		require.NoError(t, err)
		// Built on acme's Engine, as a process's one dispatcher would be,
		// but serving globex only.
		dGlobex, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: globexLog, Notifier: globexLog, QuietHours: allDay,
			Tenants: map[string]*handoff.Engine{"globex": globex}})
		require.NoError(t, err)

		acmeFirst := tenantHandoff(t, acme, "acme", "a1", "+15125550144").AssignedTo
		globexFirst := tenantHandoff(t, globex, "globex", "g1", "+15125550155").AssignedTo
		untouched := func() {
			t.Helper()
			for _, it := range tenantOutbox(t, st, "acme") {
				require.Equal(t, store.OutboxPending, it.Status, "acme's %s", it.Kind)
				require.Zero(t, it.Attempts, "acme's %s", it.Kind)
				require.True(t, it.LeaseUntil.IsZero(), "acme's %s was leased", it.Kind)
			}
		}

		runDispatcher(t, dGlobex)
		untouched()
		clock.Advance(6 * time.Minute) // both 5-minute rules are due
		runDispatcher(t, dGlobex)
		untouched()
		require.Equal(t, []string{"globex"}, globexLog.tenants())
		c, err := acme.Conversation(context.Background(), "acme", "a1")
		require.NoError(t, err)
		require.Equal(t, acmeFirst, c.AssignedTo, "globex's dispatcher ran no acme 5-minute rule")
		c, err = globex.Conversation(context.Background(), "globex", "g1")
		require.NoError(t, err)
		require.Contains(t, []string{"gina", "gary"}, c.AssignedTo)
		require.NotEqual(t, globexFirst, c.AssignedTo)

		runDispatcher(t, dAcme)
		require.Equal(t, []string{"acme"}, acmeLog.tenants())
		c, err = acme.Conversation(context.Background(), "acme", "a1")
		require.NoError(t, err)
		require.Contains(t, []string{"alice", "amy"}, c.AssignedTo)
		require.NotEqual(t, acmeFirst, c.AssignedTo, "acme's dispatcher re-routed within acme")
		for _, n := range acmeLog.notifications() {
			require.Contains(t, []string{"alice", "amy"}, n.Item.To)
		}
		require.Equal(t, []string{"globex"}, globexLog.tenants(), "nothing of acme reached globex's dispatcher")
	})
}

// A commit by any Engine a dispatcher serves wakes its Run: here only
// globex's Engine commits, on a store that cannot wake dispatchers itself,
// and Run (built on acme's Engine, polling hourly) delivers at once.
func TestDispatcherTenantsRunWakesOnEveryEnginesCommit(t *testing.T) {
	t.Parallel()
	st := struct{ store.Store }{memstore.New()} // no store.Waker
	clock := &dspClock{t: dspNoonNY}
	acme := tenantEngine(t, st, clock, "acme-team", nil)
	globex := tenantEngine(t, st, clock, "globex-team", nil)
	got := make(chan handoff.Delivery, 1)
	d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{QuietHours: allDay, PollInterval: time.Hour,
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			got <- d
			return handoff.SendResult{}, nil
		}),
		Tenants: map[string]*handoff.Engine{"acme": acme, "globex": globex}})
	require.NoError(t, err)
	ctx := context.Background()
	_, err = globex.Start(ctx, handoff.StartParams{TenantID: "globex", ConversationID: "g1", Lead: store.Lead{Name: "Dana", Phone: "+15125550166"}})
	require.NoError(t, err)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- d.Run(runCtx) }()
	for _, body := range []string{"wake up", "again"} {
		_, err = globex.RecordAIMessage(ctx, handoff.AIMessage{TenantID: "globex", ConversationID: "g1", Body: body, Send: true})
		require.NoError(t, err)
		require.Equal(t, body, (<-got).Body)
	}
	cancel()
	require.NoError(t, <-done)
}

// NewDispatcher refuses a tenant scope it cannot serve, naming the field.
func TestNewDispatcherTenantsRefused(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	clock := &dspClock{t: dspNoonNY}
	acme := tenantEngine(t, st, clock, "acme-team", nil)
	elsewhere := tenantEngine(t, memstore.New(), clock, "globex-team", nil)
	for name, tc := range map[string]struct {
		tenants map[string]*handoff.Engine
		want    string
	}{
		"no tenant":     {map[string]*handoff.Engine{}, "DispatcherConfig.Tenants is empty"},
		"nil engine":    {map[string]*handoff.Engine{"acme": acme, "globex": nil}, `DispatcherConfig.Tenants["globex"] is nil`},
		"empty tenant":  {map[string]*handoff.Engine{"": acme}, "DispatcherConfig.Tenants has an empty tenant ID"},
		"another store": {map[string]*handoff.Engine{"globex": elsewhere}, `DispatcherConfig.Tenants["globex"] uses another store`},
	} {
		t.Run(name, func(t *testing.T) {
			d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: &tenantLog{}, Tenants: tc.tenants})
			require.ErrorContains(t, err, tc.want)
			require.ErrorIs(t, err, handoff.ErrInvalidInput)
			require.Nil(t, d)
		})
	}
}

// unscopedStore is a store adapter that predates
// store.OutboxClaimParams.TenantIDs: its claims ignore it.
type unscopedStore struct{ store.Store }

func (s unscopedStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	return s.Store.InTx(ctx, func(ctx context.Context, tx store.Tx) error { return fn(ctx, unscopedTx{tx}) })
}

type unscopedTx struct{ store.Tx }

func (tx unscopedTx) OutboxClaim(ctx context.Context, p store.OutboxClaimParams) ([]store.OutboxItem, error) {
	p.TenantIDs = nil
	return tx.Tx.OutboxClaim(ctx, p)
}

// On a store that ignores the claim's tenant scope, a scoped dispatcher
// still runs nothing of a tenant it does not serve: another tenant's
// items stay leased, unsent, for the dispatcher that serves them once the
// lease runs out.
func TestDispatcherTenantsStoreIgnoringTheScope(t *testing.T) {
	t.Parallel()
	st := unscopedStore{memstore.New()}
	clock := &dspClock{t: dspNoonNY}
	acme := tenantEngine(t, st, clock, "acme-team", nil, route.Rep{ID: "alice", Name: "Alice"})
	globex := tenantEngine(t, st, clock, "globex-team", nil, route.Rep{ID: "gina", Name: "Gina"})
	log := &tenantLog{}
	d, err := handoff.NewDispatcher(acme, &handoff.DispatcherConfig{Sender: log, Notifier: log, QuietHours: allDay,
		Tenants: map[string]*handoff.Engine{"globex": globex}})
	require.NoError(t, err)
	tenantHandoff(t, acme, "acme", "a1", "+15125550177")
	tenantHandoff(t, globex, "globex", "g1", "+15125550188")
	runDispatcher(t, d)
	require.Equal(t, []string{"globex"}, log.tenants())
	for _, it := range tenantOutbox(t, st, "acme") {
		require.Zero(t, it.Attempts, "acme's %s", it.Kind)
		require.NotEqual(t, store.OutboxDone, it.Status, "acme's %s", it.Kind)
	}
}
