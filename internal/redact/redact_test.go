package redact_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
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

// TestTextQuotedForms: an error that quotes a value with %q or %+q, or
// echoes it as JSON, escapes its newlines, quotation marks and (JSON) its
// '&', '<' and '>'; one that renders it on one line collapses its
// newlines. The value is masked in each of those forms, and so is each
// line or sentence of it quoted alone, while a short line ("Hi,") and the
// error's own words stay.
func TestTextQuotedForms(t *testing.T) {
	t.Parallel()
	const v = "Hi,\nmy husband passed away \"last month\" & the bank is after me.\nCan a real person call me? Tomorrow <after 5> at the Café is fine."
	htmlJSON, err := json.Marshal(map[string]string{"prompt": v})
	require.NoError(t, err)
	var plainJSON bytes.Buffer
	enc := json.NewEncoder(&plainJSON)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(map[string]string{"prompt": v}))
	for name, s := range map[string]string{
		"verbatim":      "gateway refused: " + v,
		"%q":            fmt.Sprintf("gateway refused %q", v),
		"%+q":           fmt.Sprintf("gateway refused %+q", v),
		"JSON":          "gateway refused: " + string(htmlJSON),
		"JSON no HTML":  "gateway refused: " + plainJSON.String(),
		"one line":      "gateway refused: " + strings.Join(strings.Fields(v), " "),
		"one line %q":   fmt.Sprintf("gateway refused %q", strings.Join(strings.Fields(v), " ")),
		"a line":        fmt.Sprintf("gateway refused %q", "my husband passed away \"last month\" & the bank is after me."),
		"a sentence":    "gateway refused: Tomorrow <after 5> at the Café is fine. Retry later.",
		"a sentence %q": fmt.Sprintf("gateway refused %q", "Can a real person call me?"),
	} {
		got := redact.Text(s, v)
		require.Contains(t, got, "gateway refused", "%s: the error's own words stay: %s", name, got)
		require.Contains(t, got, "[redacted]", name)
		for _, leak := range []string{"husband", "last month", "real person", "after 5", "Café", "Caf\\u00e9"} {
			require.NotContains(t, got, leak, "%s: %s", name, got)
		}
	}
	// a short line is no text of the lead's alone: "Hi," is common words
	require.Equal(t, "Hi, the gateway is down", redact.Text("Hi, the gateway is down", v))
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
