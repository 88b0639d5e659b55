package dnc_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

// TestRepetitionAloneOptsNobodyOut: markup or emoji pasted over and over
// by a phone or a chat widget is no opt-out and no possible one; the
// learned tier had read "<b>x</b>" a hundred times as an opt-out at
// p=1.00, on repetition alone, and the lead's texts would have stopped.
// An opt-out said over and over is still one, and no rule's opt-out is
// doubted for its repetition.
func TestRepetitionAloneOptsNobodyOut(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		strings.Repeat("<b>x</b>", 100), strings.Repeat("ש😀<b>x</b>", 50), strings.Repeat("<b>x</b>", 10),
		strings.Repeat("<div><span>x</span></div>", 40), strings.Repeat("b ", 100), strings.Repeat("<br>", 100),
		strings.Repeat("😀", 100), strings.Repeat("&nbsp;", 100),
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.None, r.Kind, "%q: %s", s, r.Rule)
	}
	for _, s := range []string{
		"stop stop stop stop stop stop stop stop stop stop stop stop",
		"STOP STOP STOP STOP STOP STOP STOP STOP STOP STOP STOP STOP",
		strings.Repeat("stop ", 40), strings.Repeat("STOP. ", 30), strings.Repeat("unsubscribe ", 20),
		strings.Repeat("please stop texting me ", 10), strings.Repeat("take me off your list, ", 8),
		strings.Repeat("remove me ", 15), strings.Repeat("no más mensajes ", 10), strings.Repeat("alto ", 20),
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q: %s", s, r.Rule)
		require.NotContains(t, r.Rule, "doubts", "%q", s)
	}
}
