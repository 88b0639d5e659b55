package brief_test

import (
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// t0 is the fixture's first message.
var t0 = time.Date(2026, 3, 14, 15, 0, 0, 0, time.UTC)

// seedTurns is a seller conversation in the style of the seeds.
var seedTurns = []struct {
	origin store.Origin
	text   string
}{
	{store.OriginAI, "Hi Dana, this is Maple Key Home Buyers following up on your form about the house on Birch St. Still thinking about selling?"},
	{store.OriginLead, "yes, I inherited it from my dad last year"},
	{store.OriginAI, "Sorry for your loss. What shape is the place in?"},
	{store.OriginLead, "honestly it needs work, the roof leaks and the kitchen is original"},
	{store.OriginAI, "Thanks. Is there a date you need to be done by?"},
	{store.OriginLead, "I'm closing on a condo in 9 days so I need this sold fast"},
	{store.OriginAI, "Understood. Do you have a price in mind?"},
	{store.OriginLead, "I'm worried about the price, the last offer seemed too low. I'd want $250,000. I need to check with my husband too"},
	{store.OriginAI, "That's helpful. Would a cash offer with no repairs work for you?"},
	{store.OriginLead, "a cash offer as is would be great. what are your fees?"},
	{store.OriginLead, "can you just call me? tomorrow after 5 works"},
}

// seedInput is the brief input of the fixture: the conversation as
// handed off, with fields, tags, attributes, a callback time and a meeting.
func seedInput() brief.Input {
	var msgs []store.Message
	for i, tr := range seedTurns {
		dir := store.Outbound
		if tr.origin == store.OriginLead {
			dir = store.Inbound
		}
		msgs = append(msgs, store.Message{ID: fmt.Sprintf("m%02d", i+1), TenantID: "acme", ConversationID: "dana",
			Direction: dir, Origin: tr.origin, Body: tr.text, CreatedAt: t0.Add(time.Duration(i) * 2 * time.Minute)})
	}
	at := func(i int) time.Time { return msgs[i].CreatedAt }
	c := store.Conversation{
		ID: "dana", TenantID: "acme", Channel: store.ChannelSMS, State: store.StateHandoff, Status: store.StatusHot,
		Lead:          store.Lead{Name: "Dana Whitfield", Phone: "+15550101234", Source: "zillow"},
		Score:         84,
		HandoffReason: "explicit_ask", HandoffDetail: "asked for a call", HandoffAt: at(10),
		AssignedTo: "sarah", AssignedName: "Sarah Lee",
		Fields: map[store.FieldName]store.Field{
			"motivation":    {Value: "inherited", Confidence: 0.8, MessageID: "m02", UpdatedAt: at(1)},
			"condition":     {Value: "roof issues", Confidence: 0.8, MessageID: "m04", UpdatedAt: at(3)},
			"price":         {Value: "$250,000", Confidence: 0.8, MessageID: "m08", UpdatedAt: at(7)},
			"callback_time": {Value: "tomorrow after 5", Confidence: 0.9, MessageID: "m11", UpdatedAt: at(10)},
		},
		Tags:       []store.Tag{{Name: "urgent", Source: "signal:commitment", MessageID: "m06", At: at(5)}, {Name: "probate-list", Source: "host"}},
		Attributes: map[string]string{"campaign": "spring-mailer", "county": "Travis"},
		Meeting: store.Meeting{
			// the booking b1 again, as the engine records it; and a new
			// offer to move it
			BookingID: "b1", Booked: store.MeetingSlot{RepID: "sarah", Start: time.Date(2026, 3, 16, 15, 30, 0, 0, time.UTC),
				End: time.Date(2026, 3, 16, 15, 45, 0, 0, time.UTC), TimeZone: "America/Chicago"},
			Offered: []store.MeetingSlot{{RepID: "sarah", Start: time.Date(2026, 3, 17, 14, 0, 0, 0, time.UTC),
				End: time.Date(2026, 3, 17, 14, 15, 0, 0, time.UTC), TimeZone: "America/Chicago"}},
			Rescheduling: true,
		},
		CreatedAt: t0,
	}
	return brief.Input{
		Conversation: c, Messages: msgs, Schema: qualify.RealEstate, Competitors: []string{"Opendoor"},
		Bookings: []store.Booking{
			{ID: "b1", TenantID: "acme", RepID: "sarah", ConversationID: "dana", Start: time.Date(2026, 3, 16, 15, 30, 0, 0, time.UTC),
				End: time.Date(2026, 3, 16, 15, 45, 0, 0, time.UTC), TimeZone: "America/Chicago", Status: store.BookingBooked},
			{ID: "b0", TenantID: "acme", RepID: "sarah", ConversationID: "dana", Start: time.Date(2026, 3, 15, 15, 30, 0, 0, time.UTC),
				End: time.Date(2026, 3, 15, 15, 45, 0, 0, time.UTC), Status: store.BookingCancelled},
		},
	}
}
