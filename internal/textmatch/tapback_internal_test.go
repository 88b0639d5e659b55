package textmatch

import (
	"strings"
	"testing"
)

// TestTapbackFirstByte: the test of the first byte before the prefixes
// turns away no message a prefix opens: Tapback agrees with the loop over
// the prefixes alone on each prefix, on messages it opens and on others.
func TestTapbackFirstByte(t *testing.T) {
	raws := []string{"", " ", "yeah call me", "liked it", "L", "Liked", `Liked "x"`, ` Reacted 👍 to "x"`, "Ñ", "\u00a0Liked \"x\"", `🙏 Liked "x"`}
	for _, p := range tapbackPrefixes {
		raws = append(raws, p.prefix, p.prefix+`"Call at 4?"`, " "+p.prefix+`"x"`, strings.ToLower(p.prefix)+`"x"`, p.prefix[1:]+`"x"`,
			p.prefix+"👍"+p.to+`"x"`)
	}
	for b := range 256 {
		raws = append(raws, string([]byte{byte(b)})+`iked "x"`, string([]byte{byte(b)})+`eacted 👍 to "x"`)
	}
	opened := 0
	for _, raw := range raws {
		reply, q, ok := Tapback(raw)
		wreply, wq, wok := tapback(strings.TrimSpace(raw))
		if reply != wreply || q != wq || ok != wok {
			t.Errorf("Tapback(%q) = %q, %q, %v; the loop over the prefixes says %q, %q, %v", raw, reply, q, ok, wreply, wq, wok)
		}
		if wok {
			opened++
		}
	}
	if opened < len(tapbackPrefixes) {
		t.Errorf("only %d of the messages are reactions, want at least %d", opened, len(tapbackPrefixes))
	}
}
