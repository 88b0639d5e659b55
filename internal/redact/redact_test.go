package redact_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/redact"
)

func TestNumbers(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"The 'To' number +15550101234 is not a valid phone number.": "The 'To' number ***34 is not a valid phone number.",
		"call (212) 555-0100 now":                                   "call ***00 now",
		"+1 (212) 555-0100.":                                        "***00.",
		"212.555.0100, twice: 2125550100":                           "***00, twice: ***00",
		"SM1234567890":                                              "SM***90",
		"error 21211 at 10:30, 3 attempts, 555-0100":                "error 21211 at 10:30, 3 attempts, ***00",
		"order 123456 of 2 units":                                   "order 123456 of 2 units",
		"(555) 01":                                                  "(555) 01",
		"":                                                          "",
		"Zoë 🏡 +":                                                   "Zoë 🏡 +",
	} {
		require.Equal(t, want, redact.Numbers(in), "%q", in)
	}
}

func TestText(t *testing.T) {
	t.Parallel()
	got := redact.Text(`bad "To" chat:v-123 for "Is Friday ok?" (212) 555-0100`, "chat:v-123", "Is Friday ok?", "", " ")
	require.Equal(t, `bad "To" [redacted] for "[redacted]" ***00`, got)
	// a value inside another blanks none of the longer one's words
	got = redact.Text("refused: Got it Dana. Any repairs?", "Dana", "Got it Dana. Any repairs?")
	require.Equal(t, "refused: [redacted]", got)
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"+15550101234", "(212) 555-0100", "a 1 2 3 4 5 6 7 b", "((((", "++1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := redact.Numbers(s)
		digits := 0
		for i := 0; i < len(out); i++ {
			if out[i] >= '0' && out[i] <= '9' {
				digits++
				if digits >= 7 {
					t.Fatalf("Numbers(%q) = %q keeps a run of 7 digits", s, out)
				}
			} else {
				digits = 0
			}
		}
	})
}
