package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// Once a rep holds the thread, a lead's pick of an offered slot books
// nothing by itself: the rep books it with BookMeeting, which puts it on
// her calendar and the conversation, queues the lead's reminder and
// audits it, so the outcome and the report see it as a meeting the lead
// booked.
func ExampleEngine_BookMeeting() {
	ctx := context.Background()
	ny, _ := time.LoadLocation("America/New_York")
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, ny) // Monday 15:00
	clock := func() time.Time { return now }
	st := memstore.New()
	cal, _ := calendar.NewStoreCalendar(st, &calendar.StoreConfig{Now: clock,
		Schedules: calendar.Schedules{"sarah": {TimeZone: "America/New_York", Week: calendar.Weekdays(calendar.Clock(9, 0), calendar.Clock(17, 0))}},
		Policy:    calendar.Policy{MeetingLength: 30 * time.Minute}})
	cfg := fixedConfig()
	cfg.Now = clock
	cfg.Router = route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"})
	cfg.Booking = &handoff.BookingConfig{Calendar: cal}
	engine, _ := handoff.NewEngine(st, cfg)
	engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "c1", TimeZone: "America/New_York",
		Lead: store.Lead{Name: "Dana", Phone: "+12125550101"}})
	out, _ := engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "can you have someone call me"})
	pick := out.Conversation.Meeting.Offered[1]
	// the bridge offering the slots goes to the lead
	d, _ := handoff.NewDispatcher(engine, &handoff.DispatcherConfig{Concurrency: 1,
		Sender: handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			return handoff.SendResult{ProviderID: "SM" + d.Item.ID}, nil
		})})
	d.RunOnce(ctx)
	engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah",
		Body: "Hi Dana, Sarah here! Which time suits you?", Send: true})
	engine.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "c1", Body: "the second one works"})

	_, err := engine.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah"})
	fmt.Println("before:", errors.Is(err, handoff.ErrInvalidTransition), err)

	res, err := engine.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah",
		Start: pick.Start, NotifyLead: true})
	if err != nil {
		panic(err)
	}
	m := res.Conversation.Meeting
	fmt.Println("booked:", m.Booked.Start.In(ny).Format("Mon 15:04"), "with", m.Booked.RepName, "state", res.Conversation.State)
	st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		items, _ := tx.OutboxList(ctx, store.OutboxListParams{TenantID: "acme", ConversationID: "c1", Status: store.OutboxPending})
		for _, it := range items {
			if it.Kind == store.OutboxReminder {
				var p struct{ Body string }
				json.Unmarshal(it.Payload, &p)
				fmt.Printf("to the lead at %s: %s\n", it.NotBefore.In(ny).Format("Mon 15:04"), p.Body)
			}
		}
		return nil
	})

	now = m.Booked.Start.Add(40 * time.Minute)
	if _, err := engine.MeetingOutcome(ctx, handoff.MeetingOutcomeParams{TenantID: "acme", ConversationID: "c1", RepID: "sarah"}); err != nil {
		panic(err)
	}
	now = now.Add(time.Minute)
	r, _ := engine.Metrics(ctx, handoff.MetricsParams{TenantID: "acme"})
	fmt.Println("booked:", r.Booked, "held:", r.MeetingsCompleted, "responded:", r.Responded)
	// Output:
	// before: true handoff: meeting outcome of conversation c1: handoff: invalid transition: cannot meeting_outcome: conversation c1 has no booked meeting (slots were offered, none is booked: a rep books one with Engine.BookMeeting)
	// booked: Tue 09:00 with Sarah state human
	// to the lead at Mon 15:00: Great, you're booked with Sarah tomorrow at 9am. We'll send a reminder 30 minutes before.
	// to the lead at Tue 08:30: Quick reminder Dana: your call with Sarah is today at 9am. Looking forward to it.
	// booked: 1 held: 1 responded: 1
}
