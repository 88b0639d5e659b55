// Command brief runs one seller conversation in the style of the seeds
// through a real Engine on the embedded SQLite store, books the rep's
// call on the reference calendar, and prints the rep brief in its three
// renderings: plain text (Slack, with the SMS cut first), Markdown (e-mail,
// CRM notes) and JSON (schema brief.schema.json, version 1).
//
// The clock is fixed, so the output does not depend on when it runs.
//
//	go run ./examples/brief            # database in a temp dir, removed afterwards
//	go run ./examples/brief -db my.db  # keep the database
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver; the host picks the driver

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

const tenant = "maplekey"

// turns is the conversation: the AI's lines are recorded as the host's AI
// wrote them; the lead's go through Engine.Receive. The second lead line
// fills two of the four fields and hands the lead off; the lead keeps
// writing, and every later message fills the brief.
var turns = []struct{ ai, lead string }{
	{"Hi Dana, Jordan from Maple Key Home Buyers. Is the house on Birch St still something you'd sell?", "yes, I inherited it from my dad last year"},
	{"Sorry for your loss. What shape is the place in?", "honestly it needs work, the roof leaks and the kitchen is original"},
	{"", "I'm closing on a condo in 9 days so I need this sold fast"},
	{"", "I'm worried about the price, the last offer seemed too low. I'd want $250,000. I need to check with my husband too"},
	{"", "a cash offer as is would be great. what are your fees? also I talked to Opendoor"},
}

func main() {
	dbPath := flag.String("db", "", "SQLite database file (default: a new file in a temp dir, removed on exit)")
	flag.Parse()
	if err := run(context.Background(), *dbPath, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, dbPath string, w io.Writer) error {
	if dbPath == "" {
		dir, err := os.MkdirTemp("", "handoffkit-brief-")
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
	clock := newClock(time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC))
	engine, err := handoff.NewEngine(st, &handoff.Config{
		Router:      route.NewPool(route.Rep{ID: "sarah", Name: "Sarah Lee"}),
		Competitors: []string{"Opendoor"},
		NoReplies:   true, // the host's AI writes the AI lines
		Now:         clock,
		NewID:       sequence(),
	})
	if err != nil {
		return err
	}
	if _, err := engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "dana",
		Lead: store.Lead{Name: "Dana Whitfield", Phone: "+15550101234", Source: "zillow"}, TimeZone: "America/Chicago",
		Tags: []string{"probate-list"}, Attributes: map[string]string{"campaign": "spring-mailer"}}); err != nil {
		return err
	}
	for i, t := range turns {
		if t.ai != "" {
			if _, err := engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "dana", Body: t.ai}); err != nil {
				return err
			}
		}
		if _, err := engine.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "dana", Body: t.lead,
			ProviderID: fmt.Sprintf("SM%d", i)}); err != nil {
			return err
		}
	}

	// Sarah's first free 15 minutes on the reference calendar.
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: clock,
		Schedules: calendar.Schedules{"sarah": {TimeZone: "America/Chicago", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}}})
	if err != nil {
		return err
	}
	slots, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: tenant, RepID: "sarah", Limit: 1})
	if err != nil || len(slots) == 0 {
		return fmt.Errorf("no free slot: %v", err)
	}
	if _, err := cal.Book(ctx, calendar.BookParams{TenantID: tenant, Slot: slots[0], ConversationID: "dana", IdempotencyKey: "dana:first-call"}); err != nil {
		return err
	}

	b, err := engine.Brief(ctx, tenant, "dana")
	if err != nil {
		return err
	}
	js, err := b.JSON()
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== SMS (%d bytes)\n%s\n\n== Text (Slack)\n%s\n\n== Transcript on demand\n%s\n\n== Markdown (e-mail, CRM note)\n%s\n== JSON (schema_version %d)\n%s\n",
		len(b.SMS()), b.SMS(), b.Text(), b.TranscriptText(), b.Markdown(), b.SchemaVersion, js)
	return nil
}

// newClock is a fixed clock that moves a second per reading.
func newClock(t time.Time) func() time.Time {
	var mu sync.Mutex
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Second)
		return t
	}
}

// sequence makes readable, deterministic record IDs.
func sequence() func() string {
	var mu sync.Mutex
	n := 0
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		n++
		return fmt.Sprintf("r%03d", n)
	}
}

func openSQLite(ctx context.Context, path string) (store.Store, func(), error) {
	db, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		return nil, nil, err
	}
	st, err := sqlstore.New(sqlstore.SQLite, db, nil)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("migrate %s: %w", path, err)
	}
	return st, func() { st.Close(); db.Close() }, nil
}
