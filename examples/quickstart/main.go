// Command quickstart runs three seller conversations through handoffkit on
// the embedded default store (SQLite, pure Go) and prints what a rep would
// see: each transcript with who wrote what, the qualification chips, the
// outcome, what the Dispatcher delivered (the bridge text to the lead, the
// brief to the rep), the Hot inbox, and a rep taking a lead over.
//
// The clock is fixed at a weekday afternoon in the leads' time zone so the
// output does not depend on when you run it (automated texts respect quiet
// hours, 8:00-21:00 lead time).
//
//	go run ./examples/quickstart            # database in a temp dir, removed afterwards
//	go run ./examples/quickstart -db my.db  # keep the database
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver; the host picks the driver

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

const (
	tenant = "maplekey"
	// team is the team's queue (Config.Team): the To of the rep
	// notifications no one rep holds, an unassigned or escalated handoff
	// and a possible opt-out waiting for a person.
	team = "team"
)

func main() {
	dbPath := flag.String("db", "", "SQLite database file (default: a new file in a temp dir, removed on exit)")
	flag.Parse()
	if err := run(context.Background(), *dbPath); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, dbPath string) error {
	if dbPath == "" {
		dir, err := os.MkdirTemp("", "handoffkit-quickstart-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dbPath = filepath.Join(dir, "handoff.db")
	}
	st, closeDB, err := openSQLite(ctx, dbPath)
	if err != nil {
		return err
	}
	defer closeDB()

	engine, err := handoff.NewEngine(st, &handoff.Config{
		Voice: bridge.Voice{BusinessName: "Maple Key Home Buyers", AgentName: "Jordan", PartnerWord: "my partner"},
		// Handoffs go to whichever of two reps is next (round-robin).
		Router: route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}, route.Rep{ID: "mike", Name: "Mike"}),
		Team:   team,
		Now:    newClock("2026-03-02T15:00:00-06:00"),
	})
	if err != nil {
		return err
	}
	// The Dispatcher delivers what commits queued. A host runs
	// dispatcher.Run(ctx) in a goroutine; here RunOnce after each step keeps
	// the printout in order.
	out := &console{}
	dispatcher, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{Sender: out, Notifier: out})
	if err != nil {
		return err
	}
	deliver := func() error { _, err := dispatcher.RunOnce(ctx); return err }
	fmt.Printf("store: SQLite at %s\n\n", dbPath)

	conversations := []struct {
		id, name, phone, opener string
		replies                 []string
	}{
		{"dana", "Dana", "(555) 010-1234", "Hey Dana, Jordan from Maple Key Home Buyers here. Is the place on Orchard Ave still something you'd sell?",
			[]string{"Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine."}},
		{"marcus", "Marcus", "555-010-2345", "Hey Marcus, Jordan from Maple Key Home Buyers. Any chance you'd entertain cash for the Birch Rd property?",
			[]string{"can you just call me"}},
		{"tasha", "Tasha", "+1 555 010 3456", "Hey Tasha, Jordan from Maple Key Home Buyers. Open to an offer on your fourplex on 9th St?",
			[]string{"hmm possibly, what kind of number", "STOP"}},
	}
	for _, cv := range conversations {
		if _, err := engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: cv.id,
			Lead: store.Lead{Name: cv.name, Phone: cv.phone, Source: "direct mail"}, TimeZone: "America/Chicago"}); err != nil {
			return err
		}
		if _, err := engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: cv.id, Body: cv.opener, Send: true}); err != nil {
			return err
		}
		if err := deliver(); err != nil {
			return err
		}
		var last handoff.Outcome
		for i, body := range cv.replies {
			out, err := engine.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: cv.id, Body: body,
				ProviderID: fmt.Sprintf("SM-%s-%d", cv.id, i)})
			if err != nil {
				return err
			}
			last = out
			if err := deliver(); err != nil {
				return err
			}
		}
		if err := printConversation(ctx, engine, cv.name, cv.id, last); err != nil {
			return err
		}
		out.flush()
	}

	page, err := engine.HotInbox(ctx, handoff.HotInboxParams{TenantID: tenant})
	if err != nil {
		return err
	}
	fmt.Printf("== Hot inbox (%d)\n", len(page.Entries))
	for _, en := range page.Entries {
		fmt.Printf("  %-7s -> %-6s %s  %s\n", en.Conversation.Lead.Name, en.Conversation.AssignedTo, en.ReasonLabel, chips(en.Chips))
	}

	brief, err := engine.Brief(ctx, tenant, "dana")
	if err != nil {
		return err
	}
	fmt.Printf("\n== Brief for the rep (Dana)\n%s\n", indent(brief.Text()))

	res, err := engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "dana", RepID: "sarah",
		Body: "Hi Dana, Sarah from Maple Key. Sorry about your dad. Is this afternoon good to talk about the house?", Send: true})
	if err != nil {
		return err
	}
	fmt.Printf("\n== Sarah replies to Dana from the team inbox\n  state: %s (the AI stays out until someone resumes it)\n", res.Conversation.State)
	if err := deliver(); err != nil {
		return err
	}
	out.flush()
	got, err := engine.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "dana", Body: "yes, after 3 works", ProviderID: "SM-dana-9"})
	if err != nil {
		return err
	}
	if err := deliver(); err != nil {
		return err
	}
	fmt.Printf("  Dana: %q -> %s for Sarah, no AI reply\n", "yes, after 3 works", got.Kind)
	out.flush()
	return nil
}

// console is a Sender and Notifier that prints instead of calling an SMS
// API or paging a rep. It collects lines until flush so they print under
// the conversation they belong to.
type console struct {
	mu    sync.Mutex
	lines []string
	n     int
}

func (c *console) Send(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.lines = append(c.lines, fmt.Sprintf("  -> SMS to %s (%s): %s", d.Item.To, d.Item.Kind, d.Body))
	return handoff.SendResult{ProviderID: fmt.Sprintf("SM%04d", c.n)}, nil
}

func (c *console) Notify(ctx context.Context, n handoff.Notification) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	to := n.Item.To // the rep's ID, or the team's queue when no rep holds the handoff
	if to == team {
		to = "the team"
	}
	c.lines = append(c.lines, fmt.Sprintf("  -> notify %s: HOT %s, %s", to, n.Brief.Lead.Name, n.Brief.Detail))
	return nil
}

func (c *console) flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.lines) > 0 {
		fmt.Println("  delivered by the Dispatcher:")
		for _, l := range c.lines {
			fmt.Println("  " + l)
		}
		fmt.Println()
	}
	c.lines = nil
}

// newClock returns a clock that starts at start (RFC 3339) and advances one
// second per reading, so the transcript's order is stable.
func newClock(start string) func() time.Time {
	t, err := time.Parse(time.RFC3339, start)
	if err != nil {
		panic(err)
	}
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

func printConversation(ctx context.Context, e *handoff.Engine, name, id string, out handoff.Outcome) error {
	msgs, err := e.Transcript(ctx, tenant, id)
	if err != nil {
		return err
	}
	c, err := e.Conversation(ctx, tenant, id)
	if err != nil {
		return err
	}
	fmt.Printf("== %s\n", name)
	for _, m := range msgs {
		who := map[store.Origin]string{store.OriginLead: "lead", store.OriginAI: "AI", store.OriginRep: "rep", store.OriginSystem: "system"}[m.Origin]
		fmt.Printf("  %-6s %s\n", who+":", m.Body)
	}
	fmt.Printf("  fields: %s\n", chips(e.Chips(c)))
	switch out.Kind {
	case handoff.OutcomeHandoff:
		fmt.Printf("outcome: handoff (%s)\n", out.Reason)
	case handoff.OutcomeOptedOut:
		fmt.Printf("outcome: opted out\n")
	default:
		fmt.Printf("outcome: %s\n", out.Kind)
	}
	return nil
}

func chips(cs []handoff.Chip) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("[%s: %s]", c.Field, c.Value)
	}
	return strings.Join(parts, " ")
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

// openSQLite opens the embedded default: one writer connection and a
// reader pool on the same WAL file, migrated.
func openSQLite(ctx context.Context, path string) (store.Store, func(), error) {
	writer, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		return nil, nil, err
	}
	reader, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		writer.Close()
		return nil, nil, err
	}
	closeAll := func() { reader.Close(); writer.Close() }
	st, err := sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: reader})
	if err != nil {
		closeAll()
		return nil, nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		closeAll()
		return nil, nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return st, closeAll, nil
}
