package textmatch

import (
	"strings"
	"unicode/utf8"
)

// Tapback reads a message that is only a reaction to an earlier message,
// as phones send a tapback to a number that cannot show it: 'Liked
// "Want me to have a loan officer call you?"', 'Disliked "Should I keep
// you on the list?"', 'Reacted 👎 to "…"', 'Reaccionó con 👍 a "…"', 'No
// le gustó "…"'. It returns the reaction as the reply it stands for, "yes"
// for a like, a love, an emphasis or a thumbs up and "no" for a dislike or
// a thumbs down, and the words reacted to, which the reply answers. A
// laugh, a question mark or any other reaction answers nothing: its reply
// is empty, and the words it quotes are still not the lead's. A message
// with words of its own after the quotation is no bare reaction: ok is
// false for it.
func Tapback(raw string) (reply, quoted string, ok bool) {
	s := strings.TrimSpace(raw)
	// most messages start with no prefix's first byte: one bit test
	// instead of a comparison with each prefix
	if s == "" || tapbackFirst[s[0]>>6]&(1<<(s[0]&63)) == 0 {
		return "", "", false
	}
	return tapback(s)
}

// tapback is [Tapback] on the trimmed message s, by each prefix in turn.
func tapback(s string) (reply, quoted string, ok bool) {
	for _, p := range tapbackPrefixes {
		rest, found := strings.CutPrefix(s, p.prefix)
		if !found {
			continue
		}
		reply = p.reply
		if p.to != "" {
			// "Reacted 👎 to", "Reaccionó con 👍 a": the emoji says which
			rest = strings.TrimLeft(rest, " ")
			i := strings.Index(rest, p.to)
			if i <= 0 {
				return "", "", false
			}
			reply = emojiReply(strings.TrimSpace(rest[:i]))
			rest = rest[i+len(p.to):]
		}
		q, ok := wholeQuotation(strings.TrimSpace(rest))
		if !ok {
			return "", "", false
		}
		return reply, q, true
	}
	return "", "", false
}

// tapbackPrefixes open a reaction, with the reply it stands for; where
// to is set, an emoji after the prefix, up to the word to, says which.
var tapbackPrefixes = []struct{ prefix, reply, to string }{
	{"Liked ", "yes", ""}, {"Loved ", "yes", ""}, {"Emphasized ", "yes", ""}, {"Emphasised ", "yes", ""},
	{"Disliked ", "no", ""}, {"Laughed at ", "", ""}, {"Questioned ", "", ""},
	{"Le gustó ", "yes", ""}, {"Le encantó ", "yes", ""}, {"Enfatizó ", "yes", ""}, {"No le gustó ", "no", ""},
	{"Se rió de ", "", ""}, {"Cuestionó ", "", ""},
	{"Reacted ", "", " to "}, {"Reaccionó con ", "", " a "},
	// a reaction taken back answers nothing: 'Removed a like from "…"'
	{"Removed ", "", " from "}, {"Quitó ", "", " de "},
}

// tapbackFirst has the bit of the first byte of each of tapbackPrefixes.
var tapbackFirst = func() (m [4]uint64) {
	for _, p := range tapbackPrefixes {
		m[p.prefix[0]>>6] |= 1 << (p.prefix[0] & 63)
	}
	return m
}()

// emojiReply reads a reaction's emoji as a yes or a no, "" for neither.
// Only its first rune counts: a skin tone ("👎🏾") or a gender ("🙅‍♀️")
// after it changes nothing.
func emojiReply(e string) string {
	r, _ := utf8.DecodeRuneInString(e)
	switch string(r) {
	case "👍", "❤", "😍", "🥰", "🙏", "👌", "✅", "💯", "🙌", "😊", "🤝", "👏":
		return "yes"
	case "👎", "🙅", "🛑", "⛔", "🚫", "❌", "😡", "🤬", "🖕":
		return "no"
	}
	return ""
}

// wholeQuotation returns the words inside s when s is one quotation and
// nothing more ('"…"' or '“…”').
func wholeQuotation(s string) (string, bool) {
	open, n := utf8.DecodeRuneInString(s)
	if open != '"' && open != '“' || len(s) < n+1 {
		return "", false
	}
	last, m := utf8.DecodeLastRuneInString(s)
	if last != '"' && last != '”' || len(s)-m < n {
		return "", false
	}
	q := s[n : len(s)-m]
	if strings.ContainsAny(q, "\"“”") || strings.TrimSpace(q) == "" {
		return "", false
	}
	return q, true
}
