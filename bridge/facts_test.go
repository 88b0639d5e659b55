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

// TestCheckFactsTimesInWords: a booking text names no time the calendar
// did not give, written in words either (reviewer X, D4: "or at half
// past eight" passed), English and Spanish; and a confirmation with no
// reminder queued promises none in other words ("we'll text you again
// right before the call" passed). Counts, "one of", "which of the two",
// and a reminder that is queued and stated pass.
func TestCheckFactsTimesInWords(t *testing.T) {
	t.Parallel()
	offer := bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Mike", Slots: []string{"tomorrow at 10:30am", "tomorrow at 1:15pm"}}
	confirm := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Mike", Slots: []string{"tomorrow at 10:30am"}}
	queued := confirm
	queued.Reminder = "30 minutes"
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Mike can do tomorrow at 10:30am or tomorrow at 1:15pm, or at half past eight. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or a quarter to nine. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or around eight thirty. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or at noon. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or eight o'clock. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or nine in the morning. Which works?", offer},
		{"Mike has tomorrow at 10:30am or tomorrow at 1:15pm, or at midday. Which works?", offer},
		{"Mike tiene tomorrow at 10:30am o tomorrow at 1:15pm, o a las ocho y media. ¿Cuál le queda mejor?", offer},
		{"Mike tiene tomorrow at 10:30am o tomorrow at 1:15pm, o las nueve menos cuarto. ¿Cuál le queda mejor?", offer},
		{"Mike tiene tomorrow at 10:30am o tomorrow at 1:15pm, o después de las cinco. ¿Cuál?", offer},
		{"You're booked with Mike tomorrow at 10:30am; we'll text you again right before the call.", confirm},
		{"You're booked with Mike tomorrow at 10:30am. I'll ping you ahead of time!", confirm},
		{"You're booked with Mike tomorrow at 10:30am, we'll send you a heads-up before.", confirm},
		{"You're booked with Mike tomorrow at 10:30am. I'll have someone text you before the call.", confirm},
		{"Listo, quedó con Mike tomorrow at 10:30am. Le avisamos antes de la llamada.", confirm},
		{"Listo, quedó con Mike tomorrow at 10:30am. Te escribimos un rato antes.", confirm},
	} {
		var te *bridge.TextError
		if err := bridge.CheckFacts(tt.text, tt.req); !errors.As(err, &te) || te.Problem != bridge.ProblemFacts {
			t.Errorf("CheckFacts(%q) = %v, want ProblemFacts", tt.text, err)
		}
	}
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Mike has two openings: tomorrow at 10:30am or tomorrow at 1:15pm. Which one works?", offer},
		{"Mike can do tomorrow at 10:30am or tomorrow at 1:15pm, whichever suits one of you. Which works?", offer},
		{"Mike tiene tomorrow at 10:30am o tomorrow at 1:15pm. ¿Cuál de las dos le queda mejor?", offer},
		{"You're booked with Mike tomorrow at 10:30am. Text us before if anything changes.", confirm},
		{"You're booked with Mike tomorrow at 10:30am. Reply here if that stops working.", confirm},
		{"You're booked with Mike tomorrow at 10:30am. I'll have someone text you 30 minutes before the call.", queued},
		{"You're booked with Mike tomorrow at 10:30am, we'll send you a reminder 30 minutes before.", queued},
	} {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
}

// TestCheckFactsCallbackInWords: a bridge states the lead's callback time
// whether it writes the hour in digits or words, and a different hour in
// words is another time.
func TestCheckFactsCallbackInWords(t *testing.T) {
	t.Parallel()
	req := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Mike", Callback: "tomorrow at 8:30"}
	for _, s := range []string{"Of course, Mike will call you tomorrow at 8:30.", "Of course, Mike will call you tomorrow at half past eight.",
		"Claro, Mike le llama tomorrow a las ocho y media."} {
		if err := bridge.CheckFacts(s, req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", s, err)
		}
	}
	for _, s := range []string{"Of course, Mike will call you tomorrow at half past nine.", "Of course, Mike will call you tomorrow at 8:30, or at ten."} {
		var te *bridge.TextError
		if err := bridge.CheckFacts(s, req); !errors.As(err, &te) || te.Problem != bridge.ProblemFacts {
			t.Errorf("CheckFacts(%q) = %v, want ProblemFacts", s, err)
		}
	}
}

// TestCheckFactsReminderVaguelyTrue: a confirmation whose reminder is
// queued may speak of it without its lead time ("we'll text you before
// the call" is true, and was refused for not saying "30 minutes"), but
// names no other lead time ("an hour before", "the day before"); with no
// reminder queued, promising one in any words is still refused, and so
// is a confirmation that leaves out the queued reminder.
func TestCheckFactsReminderVaguelyTrue(t *testing.T) {
	t.Parallel()
	queued := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Mike", Slots: []string{"tomorrow at 10:30am"}, Reminder: "30 minutes"}
	none := queued
	none.Reminder = ""
	for _, tt := range []struct {
		text string
		req  bridge.Request
		ok   bool
	}{
		{"You're booked with Mike tomorrow at 10:30am. We'll text you before the call.", queued, true},
		{"You're booked with Mike tomorrow at 10:30am, we'll send you a reminder before the call.", queued, true},
		{"You're all set with Mike tomorrow at 10:30am, and we'll remind you beforehand.", queued, true},
		{"Listo, quedó con Mike tomorrow at 10:30am. Te avisamos antes de la llamada.", queued, true},
		{"You're booked with Mike tomorrow at 10:30am, we'll text you 30 minutes before the call.", queued, true},
		{"You're booked with Mike tomorrow at 10:30am. We'll text you an hour before the call.", queued, false},
		{"You're booked with Mike tomorrow at 10:30am. We'll remind you the day before.", queued, false},
		{"You're booked with Mike tomorrow at 10:30am. We'll remind you two days before.", queued, false},
		{"You're booked with Mike tomorrow at 10:30am. We'll remind you at eight.", queued, false},
		{"You're booked with Mike tomorrow at 10:30am. Talk soon!", queued, false},
		{"You're booked with Mike tomorrow at 10:30am. We'll text you before the call.", none, false},
		{"You're booked with Mike tomorrow at 10:30am, we'll send you a reminder before the call.", none, false},
	} {
		err := bridge.CheckFacts(tt.text, tt.req)
		if tt.ok {
			eq(t, nil, err, tt.text)
			continue
		}
		requireProblem(t, err, bridge.ProblemFacts, tt.text)
	}
}
