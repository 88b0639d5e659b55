// Command routing shows what happens after the trigger, on the embedded
// SQLite store with a fake clock: a team of four reps (skills, territories,
// working hours, one account owner) receives six leads, each routed by the
// rule that fits; a handoff nobody accepts is re-routed after five minutes
// and then escalated to the team; an accepted one records the time to the
// first rep action; and a resumed conversation does not fire again on what
// it already knew.
//
//	go run ./examples/routing
package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
	"github.com/handoffkit/handoffkit/trigger"
)

const tenant = "bluebird"

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// clock is the fake clock: it moves only when told.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

func team() []route.Rep {
	central, _ := time.LoadLocation("America/Chicago")
	pacific, _ := time.LoadLocation("America/Los_Angeles")
	eastern, _ := time.LoadLocation("America/New_York")
	return []route.Rep{
		{ID: "sarah", Name: "Sarah", Territories: []string{"TX"}, Hours: route.Hours{Zone: central, Shifts: route.Weekdays(8*time.Hour, 18*time.Hour)}},
		{ID: "mike", Name: "Mike", Skills: []route.Skill{"technical"}, Territories: []string{"CA"}, Hours: route.Hours{Zone: pacific, Shifts: route.Weekdays(7*time.Hour, 17*time.Hour)}},
		{ID: "lena", Name: "Lena", Senior: true, Territories: []string{"NY"}, Hours: route.Hours{Zone: eastern, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}},
		{ID: "omar", Name: "Omar", Hours: route.Hours{Zone: eastern, Shifts: route.Weekdays(9*time.Hour, 21*time.Hour)}},
	}
}

func run(ctx context.Context, w io.Writer) error {
	dir, err := os.MkdirTemp("", "handoffkit-routing-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, closeDB, err := openSQLite(ctx, filepath.Join(dir, "handoff.db"))
	if err != nil {
		return err
	}
	defer closeDB()

	clk := &clock{t: time.Date(2026, 3, 3, 17, 0, 0, 0, time.UTC)} // a Tuesday: 11:00 in Chicago
	pool, err := route.New(&route.Config{Reps: team(), Sequencer: handoff.StoreSequencer(st), Load: handoff.StoreLoad(st), Now: clk.Now,
		Order: []route.Rule{route.RuleOwner, route.RuleSkill, route.RuleValueTier, route.RuleTerritory, route.RuleRoundRobin}})
	if err != nil {
		return err
	}
	policy := trigger.DefaultPolicy()
	policy.Rules = append(policy.Rules, trigger.OutOfScope(trigger.TopicTechnical), trigger.HighValueScope(500_000))
	n := 0
	engine, err := handoff.NewEngine(st, &handoff.Config{Router: pool, Policy: policy, Now: clk.Now, SLAReroutes: 1,
		NewID: func() string { n++; return fmt.Sprintf("id%04d", n) }})
	if err != nil {
		return err
	}
	d, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{Sender: quiet{}, QuietHours: dnc.QuietHours{Start: 0, End: 24}})
	if err != nil {
		return err
	}
	deliver := func() error { _, err := d.RunOnce(ctx); return err }
	ex := &example{w: w, ctx: ctx, e: engine, clk: clk, deliver: deliver}
	for _, step := range []func() error{ex.routeSix, ex.nobodyAccepts, ex.accepted, ex.resumed} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

type example struct {
	w       io.Writer
	ctx     context.Context
	e       *handoff.Engine
	clk     *clock
	deliver func() error
}

// lead starts a conversation and sends one message; it reports the outcome.
func (x *example) lead(id, name, phone, owner, body string) (handoff.Outcome, error) {
	if _, err := x.e.Start(x.ctx, handoff.StartParams{TenantID: tenant, ConversationID: id,
		Lead: store.Lead{Name: name, Phone: phone, OwnerID: owner}}); err != nil {
		return handoff.Outcome{}, err
	}
	out, err := x.e.Receive(x.ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: body})
	if err == nil {
		err = x.deliver()
	}
	return out, err
}

func (x *example) routeSix() error {
	leads := []struct{ id, name, phone, owner, body string }{
		{"l1", "Acme Co", "+12125550101", "sarah", "can someone call me about the contract"},
		{"l2", "Priya", "+14155550102", "", "does it integrate with our SSO? I'd rather talk to someone"},
		{"l3", "Marcus", "+12125550103", "", "it's a portfolio deal, about $900k across three houses"},
		{"l4", "Dana", "+15125550104", "", "please just call me"},
		{"l5", "Jo", "+13125550105", "", "call me when you can"},
		{"l6", "Kim", "+16175550106", "", "can a real person call me"},
	}
	for _, l := range leads {
		out, err := x.lead(l.id, l.name, l.phone, l.owner, l.body)
		if err != nil {
			return err
		}
		fmt.Fprintf(x.w, "route: %s -> %s (%s)\n", l.name, dash(out.AssignedTo), x.assignedRule(l.id))
		// The rep picks it up at once, so its 5-minute clock stops.
		if _, err := x.e.Accept(x.ctx, handoff.HandoffActionParams{TenantID: tenant, ConversationID: l.id, RepID: out.AssignedTo}); err != nil {
			return err
		}
	}
	return nil
}

// assignedRule reads the rule the router used from the assignment the
// engine recorded with the handoff notification.
func (x *example) assignedRule(id string) string {
	evs, err := x.e.Events(x.ctx, tenant, id)
	if err != nil {
		return "?"
	}
	for _, ev := range evs {
		if ev.Kind == store.EventAssigned {
			return ev.Reason
		}
	}
	return "team queue"
}

func (x *example) nobodyAccepts() error {
	if _, err := x.lead("l7", "Rosa", "+12125550107", "", "call me today please"); err != nil {
		return err
	}
	for range 2 {
		x.clk.Add(5 * time.Minute)
		if err := x.deliver(); err != nil {
			return err
		}
	}
	evs, err := x.e.Events(x.ctx, tenant, "l7")
	if err != nil {
		return err
	}
	for _, ev := range evs {
		switch ev.Kind {
		case store.EventRerouted:
			fmt.Fprintf(x.w, "sla: Rosa rerouted %s\n", ev.Detail)
		case store.EventSLAEscalated:
			fmt.Fprintf(x.w, "sla: Rosa %s\n", strings.SplitN(ev.Detail, " after", 2)[0])
		}
	}
	return nil
}

func (x *example) accepted() error {
	out, err := x.lead("l8", "Theo", "+12125550108", "", "give me a call")
	if err != nil {
		return err
	}
	x.clk.Add(2*time.Minute + 14*time.Second)
	if _, err := x.e.Accept(x.ctx, handoff.HandoffActionParams{TenantID: tenant, ConversationID: "l8", RepID: out.AssignedTo}); err != nil {
		return err
	}
	evs, err := x.e.Events(x.ctx, tenant, "l8")
	if err != nil {
		return err
	}
	for _, ev := range evs {
		if ev.Kind == store.EventAccept {
			fmt.Fprintf(x.w, "accept: Theo by %s %s\n", out.AssignedTo, strings.TrimPrefix(ev.Detail, "engaged "))
		}
	}
	return nil
}

func (x *example) resumed() error {
	out, err := x.lead("l9", "Ines", "+12125550109", "", "I inherited the house and the roof leaks")
	if err != nil {
		return err
	}
	if out.Kind != handoff.OutcomeHandoff {
		return fmt.Errorf("expected a handoff on two fields, got %s", out.Kind)
	}
	x.clk.Add(time.Hour)
	if _, err := x.e.Resume(x.ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "l9", RepID: out.AssignedTo}); err != nil {
		return err
	}
	fired := false
	for _, body := range []string{"ok thanks", "sounds good"} {
		x.clk.Add(time.Minute)
		o, err := x.e.Receive(x.ctx, handoff.Inbound{TenantID: tenant, ConversationID: "l9", Body: body})
		if err != nil {
			return err
		}
		fired = fired || o.Kind == handoff.OutcomeHandoff
	}
	c, err := x.e.Conversation(x.ctx, tenant, "l9")
	if err != nil {
		return err
	}
	if fired {
		fmt.Fprintf(x.w, "resume: Ines %s, fired again\n", c.State)
	} else {
		fmt.Fprintf(x.w, "resume: Ines %s, no re-fire\n", c.State)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "team"
	}
	return s
}

// quiet is a Sender that accepts every text.
type quiet struct{}

func (quiet) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
}

func openSQLite(ctx context.Context, path string) (store.Store, func(), error) {
	w, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		return nil, nil, err
	}
	r, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		return nil, nil, err
	}
	st, err := sqlstore.New(sqlstore.SQLite, w, &sqlstore.Config{Reader: r})
	if err != nil {
		return nil, nil, err
	}
	return st, func() { st.Close(); w.Close(); r.Close() }, st.Migrate(ctx)
}
