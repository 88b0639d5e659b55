package bridge_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestTemplateOffDuty: while nobody is on duty ([bridge.Request].NextOnDuty)
// the bridge says when someone is back, in one line for every
// conversation, passes ValidateWith and its own CheckFacts, and promises
// no one sooner.
func TestTemplateOffDuty(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		req  bridge.Request
		want string
	}{
		{bridge.Request{Reason: "explicit_ask"}, "Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best time to call?"},
		{bridge.Request{Reason: "fields", Channel: "chat"},
			"Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best number and time to reach you?"},
		{bridge.Request{Reason: "frustration"}, "I'm sorry about that. Our team is back tomorrow at 9am, and my partner will reach out then. What's the best time to call?"},
		{bridge.Request{Reason: "explicit_ask", Callback: "tomorrow after 5pm"}, "Got it. Our team is back tomorrow at 9am, and my partner will call you tomorrow after 5pm."},
		// the lead's "right now" is sooner than anyone is back
		{bridge.Request{Reason: "explicit_ask", Callback: "right now"}, "Got it. Our team is back tomorrow at 9am, and my partner will call you then."},
		{bridge.Request{Reason: "explicit_ask", Callback: "anytime"}, "Got it. Our team is back tomorrow at 9am, and my partner will call you then."},
		{bridge.Request{Reason: "explicit_ask", Voice: bridge.Voice{BusinessName: "Bluebird", PartnerWord: "a specialist"}},
			"Thanks! Our team is back tomorrow at 9am, and a specialist at Bluebird will reach out then. What's the best time to call?"},
		// a voice too long for the line: the short one
		{bridge.Request{Reason: "explicit_ask", Voice: bridge.Voice{BusinessName: strings.Repeat("Bluebird ", 12)}},
			"Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best time to call?"},
	} {
		req := tc.req
		req.Purpose, req.NextOnDuty = bridge.PurposeBridge, "tomorrow at 9am"
		for i := range 6 {
			req.ConversationID = fmt.Sprintf("c%d", i)
			got := bridge.NewTemplate(bridge.Voice{}).Line(req)
			eq(t, tc.want, got, fmt.Sprintf("%+v", req))
		}
		eq(t, nil, bridge.ValidateWith(tc.want, bridge.PurposeBridge, &bridge.ValidateOpts{Callback: req.Callback}), tc.want)
		eq(t, nil, bridge.CheckFacts(tc.want, req), tc.want)
	}
	// With a rep's name the request is no off-duty one: NextOnDuty is
	// only set when no rep took the handoff, and the line names nobody.
	got := bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeBridge, NextOnDuty: "Wed at 9am EST"})
	eq(t, "Thanks! Our team is back Wed at 9am EST, and my partner will reach out then. What's the best time to call?", got)
}

// TestCheckFactsOffDuty: a drafted bridge sent while nobody is on duty
// states when someone is back, word for word, and promises no one sooner
// and no other time than the lead's.
func TestCheckFactsOffDuty(t *testing.T) {
	t.Parallel()
	req := bridge.Request{Purpose: bridge.PurposeBridge, NextOnDuty: "tomorrow at 9am", LeadName: "June"}
	cb := req
	cb.Callback = "tomorrow after 5pm"
	for _, tc := range []struct {
		text string
		req  bridge.Request
		want bridge.Problem // "" for none
	}{
		{"Thanks June! We're back tomorrow at 9am and someone will call you then. Best time to call?", req, ""},
		{"Of course, my partner will reach out shortly. What's the best time to call?", req, bridge.ProblemFacts},
		{"We're back tomorrow at 9am, but someone will reach out shortly. Best time to call?", req, bridge.ProblemWait},
		{"We're back tomorrow at 9am; someone will text you in 10 minutes. Best time to call?", req, bridge.ProblemWait},
		{"We're back tomorrow at 9am, someone can call you right away. Best time?", req, bridge.ProblemWait},
		{"We're back tomorrow at 9am, or someone can call you today. Best time?", req, bridge.ProblemFacts},
		{"We're back tomorrow at 10am. Best time to call?", req, bridge.ProblemFacts},
		{"We're back tomorrow at 9am, and someone will call you at eight.", req, bridge.ProblemFacts},
		{"We're back tomorrow at 9am; someone can call you at half past eight.", req, bridge.ProblemFacts},
		{"We're back tomorrow at 9am, and someone will call you tomorrow after 5pm.", cb, ""},
		{"We're back tomorrow at 9am, and someone will call you then.", cb, bridge.ProblemFacts},
		{"We're back tomorrow at 9am, and someone will call you Friday after 5pm.", cb, bridge.ProblemFacts},
	} {
		err := bridge.CheckFacts(tc.text, tc.req)
		if tc.want == "" {
			eq(t, nil, err, tc.text)
			continue
		}
		var te *bridge.TextError
		eq(t, true, errors.As(err, &te), fmt.Sprintf("%q: %v", tc.text, err))
		eq(t, tc.want, te.Problem, fmt.Sprintf("%q: %v", tc.text, err))
	}
}
