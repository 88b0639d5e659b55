package qualify_test

import (
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
