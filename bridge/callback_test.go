package bridge_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
)

// TestTemplateBridgeStatesTheCallbackTime: a lead who said when to call
// ("can someone call me tomorrow after 5pm?") is told the rep will call
// then, is not asked for a time again and is never told another day
// ("Absolutely, Mike can call you today. When's a good time?"), for every
// reason, channel, voice and variant; each line passes ValidateWith and
// CheckFacts with the callback.
func TestTemplateBridgeStatesTheCallbackTime(t *testing.T) {
	t.Parallel()
	for cb, want := range map[string]string{
		"tomorrow after 5pm":  "tomorrow after 5pm",
		"after 6":             "after 6",
		"friday":              "on Friday",
		"5pm":                 "at 5pm",
		"tmrw morning":        "tomorrow morning",
		"mornings":            "in the mornings",
		"weekdays after 6":    "on weekdays after 6",
		"anytime":             "soon",
		"call me now":         "now",
		"right now works":     "right now",
		"in an hour":          "in an hour",
		"noon":                "at noon",
		"around 3:30":         "around 3:30",
		"mañana por la tarde": "mañana por la tarde",
		"end of the day":      "by the end of the day",
	} {
		for _, v := range voices {
			tpl := bridge.NewTemplate(v.voice)
			for _, ch := range []string{"sms", "chat"} {
				for _, reason := range []string{"explicit_ask", "frustration", "out_of_scope", "custom"} { // each set of lines
					for i := range 8 {
						req := bridge.Request{Purpose: bridge.PurposeBridge, ConversationID: fmt.Sprintf("c%d", i), Reason: reason,
							RepName: v.rep, LeadName: "Dana", Channel: ch, Callback: cb}
						got := tpl.Line(req)
						require.NoError(t, bridge.ValidateWith(got, bridge.PurposeBridge, &bridge.ValidateOpts{Callback: cb}), "%s %s %q", v.name, cb, got)
						var te *bridge.TextError
						require.True(t, errors.As(bridge.Validate(got, bridge.PurposeBridge), &te) && te.Problem == bridge.ProblemNoTimeAsk,
							"%s %s: asks for the time again: %q", v.name, cb, got)
						if strings.Contains(got, "the time you asked") {
							continue // a voice too long to restate the time
						}
						require.Contains(t, got, want, "%s %s", v.name, cb)
						require.NoError(t, bridge.CheckFacts(got, req), "%s %s %q", v.name, cb, got)
						if ch == "sms" && reason == "frustration" {
							require.Contains(t, strings.ToLower(got), "sorry", got)
						}
					}
				}
			}
		}
	}
	// Without a callback nothing changes: the bridge asks for the time.
	got := bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask"})
	require.Equal(t, "Of course, my partner will reach out shortly. What's the best time to call?", got)
	// A notice with no rep's name falls back to the bridge, which keeps the callback.
	got = bridge.NewTemplate(bridge.Voice{}).Line(bridge.Request{Purpose: bridge.PurposeNotice, Reason: "explicit_ask", Callback: "tomorrow after 5pm"})
	require.Equal(t, "Of course, my partner will call you tomorrow after 5pm.", got)
}

// TestValidateCallbackAskedAgain: with the lead's callback time, a bridge
// that asks for a time again is refused; one that confirms is not.
func TestValidateCallbackAskedAgain(t *testing.T) {
	t.Parallel()
	opts := &bridge.ValidateOpts{Callback: "tomorrow after 5pm"}
	for text, want := range map[string]bridge.Problem{
		"Of course, Mike will call you tomorrow. What time works best?":                         bridge.ProblemTimeAskedAgain,
		"Absolutely, Mike can call you today. When's a good time?":                              bridge.ProblemTimeAskedAgain,
		"Mike will call you tomorrow after 5pm, what's the best time for you?":                  bridge.ProblemTimeAskedAgain,
		"Mike will call you tomorrow after 5pm.":                                                "",
		"Mike will call you tomorrow after 5pm, does that work?":                                "",
		"Got it, Mike will reach out tomorrow after 5pm. What number or email should they use?": "",
	} {
		err := bridge.ValidateWith(text, bridge.PurposeBridge, opts)
		if want == "" {
			require.NoError(t, err, text)
			continue
		}
		var te *bridge.TextError
		require.ErrorAs(t, err, &te, text)
		require.Equal(t, want, te.Problem, text)
		require.ErrorIs(t, err, bridge.ErrInvalidText)
	}
}

// TestCheckFactsCallback: a bridge states the lead's callback time and no
// other; without a callback a bridge is not checked.
func TestCheckFactsCallback(t *testing.T) {
	t.Parallel()
	req := bridge.Request{Purpose: bridge.PurposeBridge, Callback: "tomorrow after 5pm", RepName: "Mike", LeadName: "June Sunday"}
	for text, ok := range map[string]bool{
		"Mike will call you tomorrow after 5pm.":                  true,
		"Sure June, Mike will call you tmrw after 5 pm.":          true,
		"Mike will call you Tomorrow, after 5PM. Talk soon":       true,
		"Mike can call you today.":                                false,
		"Mike will call you tomorrow.":                            false,
		"Mike will call you tomorrow at 6pm.":                     false,
		"Mike will call you tomorrow after 5pm, within the hour.": false,
		"Mike will reach out shortly.":                            false,
	} {
		err := bridge.CheckFacts(text, req)
		if ok {
			require.NoError(t, err, text)
			continue
		}
		var te *bridge.TextError
		require.ErrorAs(t, err, &te, text)
		require.Equal(t, bridge.ProblemFacts, te.Problem, text)
		require.NotContains(t, te.Detail, "tomorrow after 5pm", "the lead's words are not quoted")
	}
	req.Callback = ""
	require.NoError(t, bridge.CheckFacts("Mike can call you today. When's a good time?", req))
}
