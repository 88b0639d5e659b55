package textmatch_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// TestTapback reads a bare reaction as the yes or no it stands for, with
// the words reacted to; a laugh, a question mark, an emoji of neither
// kind, or words of the lead's own after the quotation are no bare
// reaction.
func TestTapback(t *testing.T) {
	for raw, want := range map[string][2]string{
		`Liked "Want me to have a loan officer call you?"`:        {"yes", "Want me to have a loan officer call you?"},
		`Loved “Would a quick phone chat work better?”`:           {"yes", "Would a quick phone chat work better?"},
		`Disliked "Should I keep you on the list?"`:               {"no", "Should I keep you on the list?"},
		`Reacted 👎 to "Want more offers?"`:                        {"no", "Want more offers?"},
		`Reacted 👍️ to "Call at 4?"`:                              {"yes", "Call at 4?"},
		`Reaccionó con 🙅 a "¿Te sigo mandando opciones?"`:         {"no", "¿Te sigo mandando opciones?"},
		`No le gustó "¿Le aviso cuando bajen las tasas?"`:         {"no", "¿Le aviso cuando bajen las tasas?"},
		`  Le encantó “¿Te llama Martina hoy?”  `:                 {"yes", "¿Te llama Martina hoy?"},
		`Laughed at "you're a bot lol"`:                           {"", "you're a bot lol"},
		`Questioned "Friday at 4?"`:                               {"", "Friday at 4?"},
		`Reacted 😂 to "Want me to stop texting?"`:                 {"", "Want me to stop texting?"},
		`Reacted 👎🏾 to "Want more offers?"`:                       {"no", "Want more offers?"},
		`Reacted 🙅🏻‍♀️ to "Want more offers?"`:                    {"no", "Want more offers?"},
		`Removed a like from "Want me to take you off the list?"`: {"", "Want me to take you off the list?"},
	} {
		reply, q, ok := textmatch.Tapback(raw)
		require.True(t, ok, raw)
		require.Equal(t, want, [2]string{reply, q}, raw)
	}
	for _, raw := range []string{`Liked "Call at 4?" but make it 5`, `Liked the house a lot`, `Disliked ""`, `Reacted to "x"`, "", `Liked "a" "b"`} {
		_, _, ok := textmatch.Tapback(raw)
		require.False(t, ok, raw)
	}
}

func FuzzTapback(f *testing.F) {
	f.Add(`Liked "Want a call?"`)
	f.Add(`Reacted 👎 to "More?"`)
	f.Add(`Reaccionó con 👍 a “¿Llamada?”`)
	f.Fuzz(func(t *testing.T, raw string) {
		reply, q, ok := textmatch.Tapback(raw)
		if ok && (reply != "yes" && reply != "no" && reply != "" || q == "") {
			t.Fatalf("Tapback(%q) = %q, %q", raw, reply, q)
		}
	})
}
