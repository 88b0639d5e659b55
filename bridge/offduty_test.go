package bridge_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

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

// TestTemplateNobodyFree: when nobody can take the handoff and nobody
// knows when someone will (Request.NobodyFree: every rep off duty with no
// return in sight, or at capacity), the bridge promises no time, in
// English and Spanish, and passes its checks: it said "my partner will
// reach out shortly" (or "today", "within the hour").
func TestTemplateNobodyFree(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle"})
	for _, lang := range []string{"", "es"} {
		for _, reason := range allReasons {
			for _, ch := range []string{"sms", "chat"} {
				for i := range 12 {
					req := bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: fmt.Sprintf("c%d", i), Reason: reason,
						Channel: ch, Lang: lang, NobodyFree: true, Voice: bridge.Voice{AgentName: "Kyle"}}
					got := tpl.Line(req)
					what := fmt.Sprintf("%s %s %s: %q", lang, reason, ch, got)
					eq(t, nil, bridge.CheckFacts(got, req), what)
					eq(t, nil, bridge.ValidateWith(got, req.Purpose, &bridge.ValidateOpts{Voice: req.Voice}), what)
					low := strings.ToLower(got)
					for _, sooner := range []string{"within the hour", "shortly", "soon,", "soon.", "today", "pronto", "hoy"} {
						eq(t, false, strings.Contains(low, sooner), what+": "+sooner)
					}
				}
			}
		}
	}
	got := tpl.Line(bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", NobodyFree: true})
	eq(t, "Of course, my partner at Bluebird Home Buyers will reach out as soon as they're free. What's the best time to call?", got)
}

// TestCheckFactsNobodyFree: a drafted bridge sent when nobody is free
// and nobody knows when someone will be promises no time at all, not
// even a vague one; "as soon as someone is free" passes.
func TestCheckFactsNobodyFree(t *testing.T) {
	t.Parallel()
	req := bridge.Request{Purpose: bridge.PurposeBridge, NobodyFree: true}
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"Thanks! Someone will reach out as soon as someone is free. What's the best time to call?", true},
		{"Thanks! Our team will reach out as soon as they can. What's the best time to call?", true},
		{"Gracias, alguien te va a contactar lo antes posible. ¿A qué hora te llamamos?", true},
		{"I'm passing this to the team now. What's the best time to call?", true},
		{"Thanks! Someone will reach out shortly. What's the best time to call?", false},
		{"Thanks! Someone will give you a call soon. When's a good time?", false},
		{"Thanks! Someone can call you today. When's a good time?", false},
		{"Thanks! Someone will reach out within the hour. What's your best time?", false},
		{"Thanks! Someone will reach out tomorrow. What's your best time?", false},
		{"Thanks! Someone will reach out in 2 hours. What's your best time?", false},
		{"Gracias, alguien te va a contactar pronto. ¿A qué hora te llamamos?", false},
	} {
		err := bridge.CheckFacts(tc.text, req)
		if tc.ok {
			eq(t, nil, err, tc.text)
			continue
		}
		requireProblem(t, err, bridge.ProblemWait, tc.text)
	}
}

// TestTemplateTeamUpdateOffDuty: an update that hands the lead to the
// team while nobody is on duty (Request.NextOnDuty, no rep) says when
// the team is back, as the off-duty bridge does, in English and
// Spanish, and CheckFacts holds a drafted one to it: "as soon as they
// can" was all the lead heard, though the engine knew the team was back
// at 9:00.
func TestTemplateTeamUpdateOffDuty(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{})
	for _, tc := range []struct {
		req  bridge.Request
		want string
	}{
		{bridge.Request{}, "Sorry for the wait! Our team is back tomorrow at 9am, and someone will text you then."},
		{bridge.Request{Channel: "chat"}, "Sorry for the wait! Our team is back tomorrow at 9am, and someone will be with you then."},
		{bridge.Request{Callback: "tomorrow after 5pm"}, "Quick update: our team is back tomorrow at 9am, and someone will call you at the time you asked."},
		{bridge.Request{Callback: "right now"}, "Quick update: our team is back tomorrow at 9am, and someone will call you then."},
		{bridge.Request{Lang: "es"}, "¡Perdona la espera! Nuestro equipo vuelve tomorrow at 9am y alguien te va a escribir entonces."},
	} {
		req := tc.req
		req.Purpose, req.NextOnDuty = bridge.PurposeNoticeUpdate, "tomorrow at 9am"
		for i := range 4 {
			req.ConversationID = fmt.Sprintf("c%d", i)
			got := tpl.Line(req)
			eq(t, tc.want, got, fmt.Sprintf("%+v", req))
			eq(t, nil, bridge.ValidateWith(got, req.Purpose, nil), got)
			eq(t, nil, bridge.CheckFacts(got, req), got)
		}
	}
	// a rep took it over: the rep's line, no back time
	got := tpl.Line(bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah", Wait: 2 * time.Minute})
	eq(t, true, strings.Contains(got, "Sarah will text you in about two minutes"), got)

	req := bridge.Request{Purpose: bridge.PurposeNoticeUpdate, NextOnDuty: "tomorrow at 9am"}
	for _, tc := range []struct {
		text string
		want bridge.Problem
	}{
		{"Sorry for the wait! Our team is back tomorrow at 9am and will text you then.", ""},
		{"Sorry for the wait! Someone from our team will text you as soon as they can.", bridge.ProblemFacts},
		{"Sorry for the wait! Our team is back tomorrow at 9am, but someone will text you shortly.", bridge.ProblemWait},
		{"Sorry for the wait! Our team is back tomorrow at 10am and will text you then.", bridge.ProblemFacts},
	} {
		err := bridge.CheckFacts(tc.text, req)
		if tc.want == "" {
			eq(t, nil, err, tc.text)
			continue
		}
		requireProblem(t, err, tc.want, tc.text)
	}
}
