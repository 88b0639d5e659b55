package qualify_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

func TestCallbackTime(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"after 5pm works":                       "after 5pm",
		"tomorrow morning is best":              "tomorrow morning",
		"anytime before noon":                   "anytime before noon",
		"weekdays after 6, I'm at work till 5.": "weekdays after 6",
		"around 3:30 would be great":            "around 3:30",
		"call me friday":                        "friday",
		"in an hour is fine":                    "in an hour",
		"mañana por la tarde":                   "mañana por la tarde",
		"ok thanks":                             "",
		"it has 2 bedrooms and a garage":        "",
		"I'm busy now":                          "",
	} {
		got, ok := qualify.CallbackTime(text)
		require.Equal(t, want != "", ok, "%q", text)
		require.Equal(t, want, got, "%q", text)
	}
}

func FuzzCallbackTime(f *testing.F) {
	for _, s := range []string{"after 5pm works", "tomorrow", "", "\xff", "a las 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := qualify.CallbackTime(s)
		if ok && got == "" {
			t.Fatalf("ok with an empty phrase for %q", s)
		}
		if len(got) > len(s) {
			t.Fatalf("phrase longer than the text")
		}
	})
}

// TestCallbackRequested: a time is a callback time only in a clause that
// speaks of being called, texted or reached, not one about the sale, a
// third person or when not to call.
func TestCallbackRequested(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		"can someone call me tomorrow after 5pm?": "tomorrow after 5pm",
		"call me friday":                                 "friday",
		"I'm free after 6 most days":                     "after 6",
		"mornings work best to talk":                     "mornings",
		"I'm busy today, call me tomorrow":               "tomorrow",
		"can't talk now. text me tonight":                "tonight",
		"llámame mañana por la tarde":                    "mañana por la tarde",
		"I'm available anytime before noon":              "anytime before noon",
		"can you reach me in an hour":                    "in an hour",
		"I need to sell by next week":                    "",
		"I'll talk to my husband tonight":                "",
		"please don't call before noon":                  "",
		"you called me this morning and I missed it":     "",
		"can someone call me":                            "",
		"the roof leaks, we want to close by friday":     "",
		"after 5pm works":                                "",
		"no me llamen en la mañana":                      "",
		"can I talk to a real person? sell by next week": "",
	} {
		got, ok := qualify.CallbackRequested(text)
		require.Equal(t, want != "", ok, "%q", text)
		require.Equal(t, want, got, "%q", text)
	}
}

func FuzzCallbackRequested(f *testing.F) {
	for _, s := range []string{"call me after 5pm", "I'm free tomorrow", "", "\xff", "llámame a las 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := qualify.CallbackRequested(s)
		if ok != (got != "") {
			t.Fatalf("ok %v with phrase %q for %q", ok, got, s)
		}
		if ok && !strings.Contains(s, got) {
			t.Fatalf("phrase %q is not the lead's words %q", got, s)
		}
	})
}
