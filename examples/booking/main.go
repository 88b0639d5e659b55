// Command booking shows async booking on the embedded SQLite store with a
// fake clock: a handoff offers the lead two concrete slots of the rep's
// calendar, the pick is booked and confirmed in one commit with a reminder
// queued for 30 minutes before, and the reminder goes when the clock gets
// there. A second lead turns both slots down, books, then moves the
// meeting; a third books and then texts STOP, which cancels the reminder.
//
//	go run ./examples/booking
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

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
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
func (c *clock) Set(t time.Time)     { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func (c *clock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

type example struct {
	w       io.Writer
	ctx     context.Context
	e       *handoff.Engine
	st      store.Store
	clk     *clock
	ny      *time.Location
	deliver func() error
}

func run(ctx context.Context, w io.Writer) error {
	dir, err := os.MkdirTemp("", "handoffkit-booking-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, closeDB, err := openSQLite(ctx, filepath.Join(dir, "handoff.db"))
	if err != nil {
		return err
	}
	defer closeDB()
	ny, _ := time.LoadLocation("America/New_York")
	clk := &clock{t: time.Date(2026, 3, 2, 15, 0, 0, 0, ny)} // a Monday afternoon
	n := 0
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: clk.Now,
		NewID:     func() string { n++; return fmt.Sprintf("bk%03d", n) },
		Schedules: calendar.Schedules{"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}},
		Policy:    calendar.Policy{MeetingLength: 15 * time.Minute, Increment: 15 * time.Minute, LeadTime: time.Hour}})
	if err != nil {
		return err
	}
	engine, err := handoff.NewEngine(st, &handoff.Config{Now: clk.Now, Router: route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}),
		Booking: &handoff.BookingConfig{Calendar: cal}})
	if err != nil {
		return err
	}
	d, err := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{Sender: quiet{}})
	if err != nil {
		return err
	}
	x := &example{w: w, ctx: ctx, e: engine, st: st, clk: clk, ny: ny, deliver: func() error { _, err := d.RunOnce(ctx); return err }}
	for _, step := range []func() error{x.dana, x.marco, x.ana} {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// say sends a lead message and delivers what it queued.
func (x *example) say(id, body string) error {
	if _, err := x.e.Receive(x.ctx, handoff.Inbound{TenantID: tenant, ConversationID: id, Body: body}); err != nil {
		return err
	}
	return x.deliver()
}

func (x *example) start(id, name, phone string) error {
	_, err := x.e.Start(x.ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, TimeZone: "America/New_York",
		Lead: store.Lead{Name: name, Phone: phone}})
	return err
}

// events prints the booking events of conversation id from index from on,
// and returns how many there are.
func (x *example) events(id string, from int, kinds ...store.EventKind) (int, error) {
	evs, err := x.e.Events(x.ctx, tenant, id)
	if err != nil {
		return 0, err
	}
	var mine []store.Event
	for _, ev := range evs {
		for _, k := range kinds {
			if ev.Kind == k {
				mine = append(mine, ev)
			}
		}
	}
	for _, ev := range mine[min(from, len(mine)):] {
		switch ev.Kind {
		case store.EventBookingOffer:
			fmt.Fprintf(x.w, "offered: %s\n", ev.Detail)
		case store.EventBooked:
			fmt.Fprintf(x.w, "booked: %s\n", ev.Detail)
		case store.EventRescheduled:
			fmt.Fprintf(x.w, "rescheduled: %s\n", ev.Detail)
		}
	}
	return len(mine), nil
}

// reminder returns the reminder item of conversation id.
func (x *example) reminder(id string) (store.OutboxItem, error) {
	var out store.OutboxItem
	err := x.st.View(x.ctx, func(ctx context.Context, tx store.Tx) error {
		items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: id})
		for _, it := range items {
			if it.Kind == store.OutboxReminder {
				out = it
			}
		}
		return err
	})
	return out, err
}

func (x *example) dana() error {
	if err := x.start("dana", "Dana", "+12125550101"); err != nil {
		return err
	}
	if err := x.say("dana", "can you call me about selling"); err != nil {
		return err
	}
	// The lead answers a couple of minutes later: the offered slots start
	// BookingConfig.AnswerTime past the calendar's hour of lead time, so
	// the one picked is still bookable.
	x.clk.Add(2 * time.Minute)
	if err := x.say("dana", "the first one"); err != nil {
		return err
	}
	if _, err := x.events("dana", 0, store.EventBookingOffer, store.EventBooked); err != nil {
		return err
	}
	r, err := x.reminder("dana")
	if err != nil {
		return err
	}
	fmt.Fprintf(x.w, "reminder queued for %s\n", r.NotBefore.In(x.ny).Format("Mon Jan 2 15:04 MST"))
	x.clk.Set(r.NotBefore)
	if err := x.deliver(); err != nil {
		return err
	}
	evs, err := x.e.Events(x.ctx, tenant, "dana")
	if err != nil {
		return err
	}
	for _, ev := range evs {
		if ev.Kind == store.EventDelivered && strings.Contains(ev.Detail, "kind=reminder") {
			fmt.Fprintf(x.w, "reminder sent at %s\n", ev.CreatedAt.In(x.ny).Format("Mon Jan 2 15:04 MST"))
		}
	}
	return nil
}

func (x *example) marco() error {
	if err := x.start("marco", "Marco", "+12125550102"); err != nil {
		return err
	}
	for _, body := range []string{"please call me", "neither works for me", "the second one"} {
		if err := x.say("marco", body); err != nil {
			return err
		}
	}
	if _, err := x.events("marco", 0, store.EventBookingOffer, store.EventBooked); err != nil {
		return err
	}
	for _, body := range []string{"can we move it to friday", "the first one"} {
		if err := x.say("marco", body); err != nil {
			return err
		}
	}
	_, err := x.events("marco", 0, store.EventRescheduled)
	return err
}

func (x *example) ana() error {
	if err := x.start("ana", "Ana", "+12125550103"); err != nil {
		return err
	}
	for _, body := range []string{"call me", "the second", "STOP"} {
		if err := x.say("ana", body); err != nil {
			return err
		}
	}
	r, err := x.reminder("ana")
	if err != nil {
		return err
	}
	if r.Status == store.OutboxCancelled {
		fmt.Fprintln(x.w, "reminder cancelled (opted out)")
	} else {
		fmt.Fprintf(x.w, "reminder still %s\n", r.Status)
	}
	return nil
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
