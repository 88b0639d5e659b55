package calendar_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// newExampleCalendar returns a StoreCalendar on a memstore with Sarah
// working 9-5 in New York, 30-minute calls, a 15-minute buffer and two
// hours' notice, and a clock stopped at Sunday 2026-03-15 noon UTC.
func newExampleCalendar(st store.Store) *calendar.StoreCalendar {
	n := 0
	cal, err := calendar.NewStoreCalendar(st, &calendar.StoreConfig{
		Schedules: calendar.Schedules{
			"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))},
		},
		Policy: calendar.Policy{Buffer: 15 * time.Minute, LeadTime: 2 * time.Hour},
		Now:    func() time.Time { return time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC) },
		NewID:  func() string { n++; return fmt.Sprintf("bk%d", n) },
	})
	if err != nil {
		panic(err)
	}
	return cal
}

// ExampleStoreCalendar offers two slots to a lead in Los Angeles, books the
// second, and shows that another lead can no longer take it until it is
// cancelled.
func ExampleStoreCalendar() {
	ctx := context.Background()
	cal := newExampleCalendar(memstore.New())
	la, _ := time.LoadLocation("America/Los_Angeles")

	slots, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: "sarah", Limit: 2})
	if err != nil {
		panic(err)
	}
	fmt.Printf("offered: %s | %s (the lead's time)\n",
		slots[0].Start.In(la).Format("Mon 3:04pm MST"), slots[1].Start.In(la).Format("Mon 3:04pm MST"))

	b, err := cal.Book(ctx, calendar.BookParams{TenantID: "acme", Slot: slots[1], ConversationID: "conv-1", IdempotencyKey: "conv-1/offer-1"})
	if err != nil {
		panic(err)
	}
	start, _ := b.Slot().Local()
	fmt.Printf("booked: %s with %s (%s, %s)\n", start.Format("Mon 15:04 MST"), b.RepID, b.ID, b.Status)

	_, err = cal.Book(ctx, calendar.BookParams{TenantID: "acme", Slot: slots[1], ConversationID: "conv-2", IdempotencyKey: "conv-2/offer-1"})
	var se *calendar.SlotError
	fmt.Println("second lead:", errors.Is(err, calendar.ErrSlotTaken), errors.As(err, &se) && se.Slot.RepID == "sarah")

	c, err := cal.Cancel(ctx, calendar.CancelParams{TenantID: "acme", BookingID: b.ID})
	if err != nil {
		panic(err)
	}
	_, err = cal.Book(ctx, calendar.BookParams{TenantID: "acme", Slot: slots[1], ConversationID: "conv-2", IdempotencyKey: "conv-2/offer-1"})
	fmt.Println("after", c.Status+":", err == nil)
	// Output:
	// offered: Mon 6:00am PDT | Mon 6:30am PDT (the lead's time)
	// booked: Mon 09:30 EDT with sarah (bk1, booked)
	// second lead: true true
	// after cancelled: true
}

// ExampleStoreCalendar_BookTx books inside the caller's transaction, with
// the reminder 30 minutes before: both commit, or neither does.
func ExampleStoreCalendar_BookTx() {
	ctx := context.Background()
	st := memstore.New()
	cal := newExampleCalendar(st)
	slots, err := cal.FreeSlots(ctx, calendar.SlotsParams{TenantID: "acme", RepID: "sarah", Limit: 1})
	if err != nil {
		panic(err)
	}
	var booker calendar.TxBooker = cal // the engine finds it by type assertion on its Calendar
	err = st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		b, err := booker.BookTx(ctx, tx, calendar.BookParams{TenantID: "acme", Slot: slots[0], ConversationID: "conv-1", IdempotencyKey: "conv-1/offer-1"})
		if err != nil {
			return err
		}
		return tx.OutboxEnqueue(ctx, &store.OutboxItem{
			ID: "rem-" + b.ID, TenantID: "acme", ConversationID: "conv-1", Kind: store.OutboxReminder,
			To: "+15550100000", IdempotencyKey: "reminder/" + b.ID, NotBefore: b.Start.Add(-30 * time.Minute),
		})
	})
	if err != nil {
		panic(err)
	}
	_ = st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		items, _ := tx.OutboxList(ctx, store.OutboxListParams{TenantID: "acme", ConversationID: "conv-1"})
		for _, it := range items {
			fmt.Println(it.Kind, "queued for", it.NotBefore.Format(time.RFC3339))
		}
		return nil
	})
	// Output:
	// reminder queued for 2026-03-16T12:30:00Z
}
