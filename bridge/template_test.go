package bridge_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
)

var allReasons = []string{"explicit_ask", "fields", "score", "frustration", "out_of_scope", "competitor", "high_value", "custom", ""}

var voices = []struct {
	name  string
	voice bridge.Voice
	rep   string
}{
	{"zero voice", bridge.Voice{}, ""},
	{"seed voice", bridge.Voice{BusinessName: "Bluebird Home Buyers", AgentName: "Kyle", PartnerWord: "my partner"}, ""},
	{"rep known", bridge.Voice{BusinessName: "Bluebird Home Buyers", PartnerWord: "a teammate"}, "Dana Whitfield"},
	{"long voice", bridge.Voice{BusinessName: "Greater Springfield Residential Property Acquisition Partners LLC", PartnerWord: "my acquisitions partner"}, "Maximilian-Alexander"},
	{"very long partner word", bridge.Voice{PartnerWord: strings.Repeat("my wonderful colleague ", 8)}, ""},
	{"ucs2 business", bridge.Voice{BusinessName: "Łódź Home Buyers 🏡", PartnerWord: "my partner"}, "Zoë"},
	{"hostile voice", bridge.Voice{BusinessName: "{{.Biz}}\nAcme [Name]", PartnerWord: "%s $PARTNER"}, "<rep>"},
}

// Every variant of every reason and purpose, in every voice, passes Validate.
func TestTemplateAlwaysValid(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, v := range voices {
		tmpl := bridge.NewTemplate(v.voice)
		for _, purpose := range []bridge.Purpose{bridge.PurposeBridge, bridge.PurposeReply, bridge.PurposeReminder} {
			for _, reason := range allReasons {
				for _, missing := range [][]string{nil, {"motivation"}, {"condition"}, {"timeline"}, {"price"}, {"budget"}, {"size"}, {"role"}, {"unknown"}} {
					// 64 conversation IDs reach every variant of every line set.
					for i := 0; i < 64; i++ {
						req := bridge.Request{
							Purpose: purpose, ConversationID: fmt.Sprintf("conv-%d", i), Reason: reason,
							RepName: v.rep, LeadName: "Maria Lopez", Missing: missing,
						}
						got, err := tmpl.Draft(ctx, req)
						if err != nil {
							t.Fatalf("%s: Draft error %v", v.name, err)
						}
						if err := bridge.Validate(got, purpose); err != nil {
							t.Fatalf("%s %s/%s: %q fails Validate: %v", v.name, purpose, reason, got, err)
						}
						if got != strings.TrimSpace(got) {
							t.Fatalf("%q has surrounding space", got)
						}
					}
				}
			}
		}
	}
}

// TestTemplateChatBridgePromisesNoCall: a chat visitor may have left no
// phone number, so a chat conversation's bridge never promises a call;
// it asks how and when to reach them, and stays a valid bridge for every
// reason and voice.
func TestTemplateChatBridgePromisesNoCall(t *testing.T) {
	t.Parallel()
	for _, v := range voices {
		tmpl := bridge.NewTemplate(v.voice)
		for _, reason := range allReasons {
			for i := 0; i < 64; i++ {
				req := bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: fmt.Sprintf("conv-%d", i), Reason: reason,
					RepName: v.rep, Channel: "chat"}
				got := tmpl.Line(req)
				if err := bridge.Validate(got, bridge.PurposeBridge); err != nil {
					t.Fatalf("%s %s: %q fails Validate: %v", v.name, reason, got, err)
				}
				if l := strings.ToLower(got); strings.Contains(l, "call") || strings.Contains(l, "phone") {
					t.Fatalf("%s %s: chat bridge %q promises a call", v.name, reason, got)
				}
			}
		}
	}
	// an SMS bridge still asks when to call
	sms := bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: "c1", Reason: "explicit_ask"})
	if !strings.Contains(strings.ToLower(sms), "call") {
		t.Fatalf("sms bridge %q asks for no call time", sms)
	}
}

func TestTemplateDefaults(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{})
	ctx := context.Background()
	got, _ := tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask"})
	eq(t, "Of course, my partner will reach out shortly. What's the best time to call?", got)
	got, _ = tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "fields"})
	eq(t, "Appreciate it, my partner will reach out within the hour. What's your best time?", got)
}

func TestTemplateStableAndVaried(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{PartnerWord: "a teammate"})
	ctx := context.Background()
	for _, reason := range allReasons {
		seen := map[string]bool{}
		for i := 0; i < 50; i++ {
			req := bridge.Request{Purpose: bridge.PurposeBridge, Reason: reason, ConversationID: fmt.Sprintf("lead-%d", i)}
			a, _ := tmpl.Draft(ctx, req)
			b, _ := tmpl.Draft(ctx, req)
			eq(t, a, b, "re-running a draft must give the same line")
			seen[a] = true
		}
		if len(seen) < 3 {
			t.Errorf("reason %q: 50 leads got only %d distinct lines", reason, len(seen))
		}
	}
}

func TestTemplateReasonAware(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{})
	ctx := context.Background()
	lines := map[string]map[string]bool{}
	for _, reason := range allReasons[:7] {
		lines[reason] = map[string]bool{}
		for i := 0; i < 40; i++ {
			s, _ := tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: reason, ConversationID: fmt.Sprint(i)})
			lines[reason][s] = true
		}
	}
	for a := range lines {
		for b := range lines {
			if a == b {
				continue
			}
			for s := range lines[a] {
				if lines[b][s] {
					t.Errorf("reasons %s and %s share the line %q", a, b, s)
				}
			}
		}
	}
}

func TestTemplateVoice(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tmpl := bridge.NewTemplate(bridge.Voice{PartnerWord: "a teammate", BusinessName: "Bluebird"})
	got, _ := tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "fields"})
	eq(t, "Appreciate it, a teammate at Bluebird will reach out within the hour. What's your best time?", got)

	got, _ = tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "fields", RepName: "Dana Whitfield"})
	eq(t, "Appreciate it, Dana from Bluebird will reach out within the hour. What's your best time?", got)

	// The request's voice overrides the drafter's.
	got, _ = tmpl.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", Voice: bridge.Voice{PartnerWord: "my colleague", BusinessName: "Acme"}})
	eq(t, "Of course, my colleague at Acme will reach out shortly. What's the best time to call?", got)

	// Too long with the business name: it is dropped, the rep is kept.
	long := bridge.NewTemplate(bridge.Voice{BusinessName: strings.Repeat("Springfield ", 8)})
	got, _ = long.Draft(ctx, bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Dana"})
	eq(t, "Of course, Dana will reach out shortly. What's the best time to call?", got)
}

func TestTemplateReplyAsksMissingField(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{})
	got, _ := tmpl.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply, Missing: []string{"timeline"}, LeadName: "Maria Lopez"})
	eq(t, "Thanks Maria! What kind of timeline are you working with?", got)
	// the B2B schema's fields have their own questions, not the general line
	for f, want := range map[string]string{
		"company_size": "Thanks Maria! How big is your team?",
		"use_case_fit": "Thanks Maria! What problem are you hoping to solve?",
	} {
		got, _ = tmpl.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeReply, Missing: []string{f, "role"}, LeadName: "Maria Lopez"})
		eq(t, want, got, f)
	}
}

func ExampleTemplate() {
	tmpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird Home Buyers", PartnerWord: "my partner"})
	text, _ := tmpl.Draft(context.Background(), bridge.Request{
		Purpose: bridge.PurposeBridge,
		Reason:  "explicit_ask",
		RepName: "Dana",
	})
	fmt.Println(text)
	fmt.Println(bridge.Validate(text, bridge.PurposeBridge))
	n, enc := bridge.Segments(text)
	fmt.Println(n, enc)
	// Output:
	// Of course, Dana from Bluebird Home Buyers will reach out shortly. What's the best time to call?
	// <nil>
	// 1 GSM-7
}

func ExampleValidate() {
	err := bridge.Validate("Hi {name}! My partner will call.", bridge.PurposeBridge)
	fmt.Println(err)
	// Output:
	// bridge: invalid text: placeholder: unfilled placeholder "{name}"
}

func TestTemplateNotice(t *testing.T) {
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird"})
	for _, tc := range []struct {
		req  bridge.Request
		want []string
	}{
		{bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Mike Rowe", Wait: 2 * time.Minute}, []string{"Mike", "in about two minutes"}},
		{bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Sarah", Channel: "chat"}, []string{"Sarah", "right now"}},
		{bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Sarah", Wait: 40 * time.Minute, ConversationID: "c9"}, []string{"Sarah", "in about 40 minutes"}},
	} {
		got, err := tpl.Draft(context.Background(), tc.req)
		require.NoError(t, err)
		for _, w := range tc.want {
			require.Contains(t, got, w)
		}
		require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNotice, &bridge.ValidateOpts{RepName: tc.req.RepName}))
	}
	// Without a rep's name there is nobody to announce: the bridge asks for a time.
	got, _ := tpl.Draft(context.Background(), bridge.Request{Purpose: bridge.PurposeNotice})
	require.True(t, strings.HasSuffix(got, "?"), got)
}

func TestValidateNoticeAndContacts(t *testing.T) {
	for text, ok := range map[string]bool{
		"I'm connecting you with Mike, he'll text you in about two minutes.": true,
		"I'm connecting you with Sarah now.":                                 true,
		"My partner will reach out within the hour.":                         false,
		"Mike will text you soon, his cell is 555-010-1234.":                 false,
		"Connecting you with Mike now, or book at https://cal.example/mike":  false,
		"Connecting you with Mike now, email mike@example.com":               false,
		"Connecting you with Mike now, see bluebird.com":                     false,
	} {
		err := bridge.ValidateWith(text, bridge.PurposeNotice, &bridge.ValidateOpts{})
		require.Equal(t, ok, err == nil, "%q: %v", text, err)
	}
	require.Error(t, bridge.Validate("I'm connecting you with Sarah now.", bridge.PurposeBridge),
		"a notice is not a bridge unless the host chose notices")
	require.Error(t, bridge.ValidateWith("I'm connecting you with Sarah now.", bridge.PurposeNotice, &bridge.ValidateOpts{RepName: "Mike"}),
		"a notice must name the assigned rep")
}

// TestTemplateNoticeNonGSMRepName: a rep's name with a character outside
// GSM-7 ("Zoë") makes the notice UCS-2, whose segment holds 70 units, not
// 160. Every notice still fits one segment and names the rep; a name too
// long for any notice gets the bridge, which asks for a callback time.
func TestTemplateNoticeNonGSMRepName(t *testing.T) {
	t.Parallel()
	for _, biz := range []string{"", "Bluebird", "Łódź Home Buyers"} {
		tmpl := bridge.NewTemplate(bridge.Voice{BusinessName: biz})
		for _, rep := range []string{"Zoë", "Zoë Ångström", "Łukasz", "Siobhán", "Nguyễn", "Анастасия", "Maximiliánová"} {
			for _, ch := range []string{"sms", "chat"} {
				for _, wait := range []time.Duration{0, 2 * time.Minute, 7 * time.Minute, 40 * time.Minute, 3 * time.Hour} {
					for i := 0; i < 16; i++ {
						req := bridge.Request{Purpose: bridge.PurposeNotice, ConversationID: fmt.Sprintf("c%d", i),
							RepName: rep, Channel: ch, Wait: wait, Reason: "explicit_ask"}
						got := tmpl.Line(req)
						require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNotice, &bridge.ValidateOpts{RepName: rep}), "%s %s %q", ch, rep, got)
						require.Contains(t, got, strings.Fields(rep)[0])
					}
				}
			}
		}
	}
	// The reviewer's case, exactly.
	got := bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeNotice, ConversationID: "c1",
		RepName: "Zoë", Channel: "sms", Wait: 2 * time.Minute})
	require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNotice, &bridge.ValidateOpts{RepName: "Zoë"}), got)

	long := strings.Repeat("Ж", 60)
	for _, ch := range []string{"sms", "chat"} {
		got := bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeNotice, ConversationID: "c1",
			RepName: long, Channel: ch, Wait: 2 * time.Minute, Reason: "explicit_ask"})
		require.NoError(t, bridge.Validate(got, bridge.PurposeBridge), "%s: %q", ch, got)
	}
}

// TestTemplateNeverShowsASlotPlaceholder: a slot text too long for any
// line is left out of the last-resort line, never shown to the lead as
// "{slot1}".
func TestTemplateNeverShowsASlotPlaceholder(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Thursday the fourteenth in the late afternoon ", 6)
	tmpl := bridge.NewTemplate(bridge.Voice{})
	for _, p := range []bridge.Purpose{bridge.PurposeReminder, bridge.PurposeBookingOffer, bridge.PurposeBookingConfirm} {
		for _, slots := range [][]string{{long}, {long, long}} {
			for _, id := range []string{"c1", "c2", "c3", "c4"} {
				got := tmpl.Line(bridge.Request{Purpose: p, ConversationID: id, Slots: slots, RepName: "Sam"})
				require.NotContains(t, got, "{", "%s %q", p, got)
			}
		}
	}
}

// TestTemplateConfirmationPromisesOnlyTheReminderQueued: a booking
// confirmation names the reminder's lead time it is given, in words, and
// promises no reminder when it is given none; every line is valid.
func TestTemplateConfirmationPromisesOnlyTheReminderQueued(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird Home Buyers"})
	for _, id := range []string{"", "c1", "c2", "c3", "c4", "c5"} {
		req := bridge.Request{Purpose: bridge.PurposeBookingConfirm, ConversationID: id, RepName: "Sarah", Slots: []string{"tomorrow at 10:30am"}}
		req.Reminder = "45 minutes"
		got := tmpl.Line(req)
		require.Contains(t, got, "reminder 45 minutes before", "%s", id)
		require.NotContains(t, got, "30 minutes")
		require.NoError(t, bridge.Validate(got, bridge.PurposeBookingConfirm), got)

		req.Reminder = ""
		got = tmpl.Line(req)
		require.NotContains(t, strings.ToLower(got), "remind", "%s: no reminder is queued: %q", id, got)
		require.Contains(t, got, "tomorrow at 10:30am")
		require.NoError(t, bridge.Validate(got, bridge.PurposeBookingConfirm), got)
	}
}

func TestReminderPhrase(t *testing.T) {
	t.Parallel()
	for d, want := range map[time.Duration]string{
		30 * time.Minute:        "30 minutes",
		45 * time.Minute:        "45 minutes",
		time.Minute:             "1 minute",
		20 * time.Second:        "1 minute",
		time.Hour:               "1 hour",
		90 * time.Minute:        "90 minutes",
		2 * time.Hour:           "2 hours",
		24 * time.Hour:          "a day",
		48 * time.Hour:          "2 days",
		36 * time.Hour:          "36 hours",
		time.Hour + time.Second: "1 hour",
	} {
		eq(t, want, bridge.ReminderPhrase(d), d)
	}
}

// TestTemplateReplyDoesNotRepeatTheLastQuestion: a reply does not ask
// again the question of the AI's last turn once the lead has answered it
// with some words: it asks the next missing field, or the general line when
// no other is missing; an answer with no words gets the question again.
func TestTemplateReplyDoesNotRepeatTheLastQuestion(t *testing.T) {
	t.Parallel()
	tmpl := bridge.NewTemplate(bridge.Voice{})
	for _, id := range []string{"", "c1", "c2", "c3", "c4"} {
		req := bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Dana", Missing: []string{"motivation", "condition"}}
		asked := tmpl.Line(req)
		req.Transcript = []bridge.Turn{{Origin: "lead", Text: "hi"}, {Origin: "ai", Text: asked}, {Origin: "lead", Text: "not sure, still thinking"}}
		cond := tmpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Dana", Missing: []string{"condition"}})
		eq(t, cond, tmpl.Line(req), "the next missing field")

		req.Missing = []string{"motivation"}
		general := tmpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Dana"})
		eq(t, general, tmpl.Line(req), "the general line")

		req.Transcript[2].Text = " ... "
		eq(t, asked, tmpl.Line(req), "no words: asked again")
		req.Transcript = req.Transcript[:2]
		eq(t, asked, tmpl.Line(req), "no answer yet")

		// The general line asked and answered: the other general line.
		req.Missing = nil
		req.Transcript = []bridge.Turn{{Origin: "ai", Text: general}, {Origin: "lead", Text: "ok"}}
		got := tmpl.Line(req)
		if got == general {
			t.Fatalf("%s: asked %q again", id, got)
		}
	}
}

// An update of a notice whose rep will not write says sorry, who writes
// now and when: the new rep with their wait, or the team; every line
// fits one segment and passes ValidateWith for PurposeNoticeUpdate.
func TestTemplateNoticeUpdate(t *testing.T) {
	t.Parallel()
	tpl := bridge.NewTemplate(bridge.Voice{BusinessName: "Bluebird"})
	for _, tc := range []struct {
		req  bridge.Request
		want []string
	}{
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah Lee", Wait: 2 * time.Minute}, []string{"Sorry for the wait", "Sarah will text you in about two minutes instead"}},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah", Channel: "chat"}, []string{"Sarah will be with you right now instead"}},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate}, []string{"Sorry for the wait", "Someone from our team will text you as soon as they can"}},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, Channel: "chat"}, []string{"Someone from our team will be with you as soon as they can"}},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: strings.Repeat("Ж", 60), Wait: time.Minute}, []string{"Someone from our team"}},
		// a lead who said when to call: that time stands, no wait
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah", Wait: 2 * time.Minute, Callback: "tomorrow after 5pm"},
			[]string{"Quick update: Sarah will call you at the time you asked instead."}},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, Callback: "tomorrow after 5pm", Channel: "chat"},
			[]string{"Quick update: someone from our team will reach out at the time you asked."}},
	} {
		got, err := tpl.Draft(context.Background(), tc.req)
		require.NoError(t, err)
		for _, w := range tc.want {
			require.Contains(t, got, w)
		}
		rep := tc.req.RepName
		if strings.Contains(strings.ToLower(got), "our team") {
			rep = "" // a name too long for any line: the team's line, which names nobody
		}
		require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNoticeUpdate, &bridge.ValidateOpts{RepName: rep}))
	}
	for _, rep := range []string{"Zoë", "Zoë Ångström", "Łukasz", "Nguyễn", "Анастасия", "Maximiliánová"} {
		for _, ch := range []string{"sms", "chat"} {
			for i := 0; i < 8; i++ {
				req := bridge.Request{Purpose: bridge.PurposeNoticeUpdate, ConversationID: fmt.Sprintf("c%d", i), RepName: rep, Channel: ch, Wait: 7 * time.Minute}
				got := tpl.Line(req)
				require.NoError(t, bridge.ValidateWith(got, bridge.PurposeNoticeUpdate, &bridge.ValidateOpts{RepName: rep}), "%s %s %q", ch, rep, got)
			}
		}
	}
	for text, ok := range map[string]bool{
		"Sorry for the wait! Sarah will text you in about two minutes instead.": true,
		"Sorry for the wait! Mike will text you shortly.":                       false, // Mike is no longer the rep
		"Sorry for the wait!": false,
		"Sorry, Sarah will text you soon, her cell is 555-010-1234.": false,
	} {
		err := bridge.ValidateWith(text, bridge.PurposeNoticeUpdate, &bridge.ValidateOpts{RepName: "Sarah"})
		require.Equal(t, ok, err == nil, "%q: %v", text, err)
	}
	require.NoError(t, bridge.Validate("Sorry for the wait! Someone from our team will text you shortly.", bridge.PurposeNoticeUpdate))
}
