package bridge_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestCheckFacts: a booking text drafted by a model states the slots, the
// rep and the reminder the engine gave it, word for word, and no other
// time; a text that words them its own way, adds a time or promises a
// reminder that is not queued is refused.
func TestCheckFacts(t *testing.T) {
	t.Parallel()
	two := []string{"today at 4pm", "tomorrow at 9am"}
	one := []string{"today at 4pm"}
	offer := bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah Lee", LeadName: "Dana", Slots: two}
	confirm := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah Lee", LeadName: "Dana", Slots: one, Reminder: "30 minutes"}
	noReminder := confirm
	noReminder.Reminder = ""
	reminder := bridge.Request{Purpose: bridge.PurposeReminder, RepName: "Sarah Lee", Slots: []string{"today at 4pm"}}
	with := func(r bridge.Request, f func(*bridge.Request)) bridge.Request { f(&r); return r }
	tests := []struct {
		name string
		text string
		req  bridge.Request
		ok   bool
	}{
		{"offer as given", "Hi Dana! Sarah has today at 4pm or tomorrow at 9am open, which suits you?", offer, true},
		{"offer, case aside", "Today at 4pm or Tomorrow at 9am with Sarah, which works?", offer, true},
		{"offer of other times", "Great! Does tomorrow at 7pm or Saturday at noon work better for a call with Sarah?", offer, false},
		{"offer missing a slot", "Sarah can call you today at 4pm, does that work?", offer, false},
		{"offer adding a day", "Sarah has today at 4pm or tomorrow at 9am, or Saturday if easier?", offer, false},
		{"offer adding a clock time", "Sarah has today at 4pm or tomorrow at 9am, or 6:30 if easier?", offer, false},
		{"offer in its own words", "Sarah can call at 4 this afternoon or 9 tomorrow, which works?", offer, false},
		{"offer naming another rep", "Mike has today at 4pm or tomorrow at 9am, which works?", offer, false},
		{"offer of an unnamed rep", "I've got today at 4pm or tomorrow at 9am, which works?", with(offer, func(r *bridge.Request) { r.RepName = "" }), true},
		{"a rep named like a month", "April can call you today at 4pm or tomorrow at 9am, which works?", with(offer, func(r *bridge.Request) { r.RepName = "April" }), true},
		{"a business with a number", "Sarah from 24 Hour Homes has today at 4pm or tomorrow at 9am, which works?",
			with(offer, func(r *bridge.Request) { r.Voice.BusinessName = "24 Hour Homes" }), true},
		{"confirm as given", "Perfect, Sarah will call you today at 4pm. Look out for a reminder 30 minutes before!", confirm, true},
		{"confirm of another time", "You're booked with Sarah for Saturday at noon, we'll text a reminder 30 minutes before.", confirm, false},
		{"confirm of another reminder", "You're booked with Sarah today at 4pm, we'll text a reminder an hour before.", confirm, false},
		{"confirm of a second reminder", "You're booked with Sarah today at 4pm, reminders 30 minutes and 2 hours before.", confirm, false},
		{"confirm without its reminder", "You're booked with Sarah today at 4pm. Talk soon!", confirm, false},
		{"confirm promising a reminder none is queued", "You're booked with Sarah today at 4pm, we'll remind you before.", noReminder, false},
		{"confirm promising nothing", "You're booked with Sarah today at 4pm. Reply here if that stops working.", noReminder, true},
		{"reminder as given", "Heads up Dana: Sarah is calling you today at 4pm. Reply here if it no longer works.", reminder, true},
		{"reminder of another time", "Heads up: Sarah is calling you tonight at 7pm.", reminder, false},
		{"a reply is not checked", "Thanks! Would Saturday at noon work for a chat?", bridge.Request{Purpose: bridge.PurposeReply}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := bridge.CheckFacts(tt.text, tt.req)
			if tt.ok {
				eq(t, nil, err, tt.text)
				return
			}
			var te *bridge.TextError
			if !errors.As(err, &te) || te.Problem != bridge.ProblemFacts || !errors.Is(err, bridge.ErrInvalidText) {
				t.Fatalf("CheckFacts(%q) = %v, want a *TextError with ProblemFacts", tt.text, err)
			}
		})
	}
}

// TestTemplateStatesTheFacts: every line the template writes for a booking
// passes CheckFacts, so the fallback of a model that misstated them
// states them.
func TestTemplateStatesTheFacts(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird Home Buyers"})
	for _, req := range []bridge.Request{
		{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah Lee", Slots: []string{"today at 4pm", "Thu at 10:30am"}},
		{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah Lee", Slots: []string{"Mar 12 at 9am"}},
		{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah Lee", Slots: []string{"tomorrow at 9am"}, Reminder: "1 hour"},
		{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah Lee", Slots: []string{"tomorrow at 9am"}},
		{Purpose: bridge.PurposeReminder, RepName: "Sarah Lee", LeadName: "Dana", Slots: []string{"today at 9am"}},
	} {
		for i := range 20 {
			req.ConversationID = fmt.Sprint("c", i)
			line := tpl.Line(req)
			if err := bridge.CheckFacts(line, req); err != nil {
				t.Errorf("%s %q: %v", req.Purpose, line, err)
			}
		}
	}
}
