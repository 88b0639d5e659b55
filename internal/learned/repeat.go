package learned

// A message that repeats a few tokens many times would drive a linear
// score wherever those tokens' weights point: each repeat adds their
// weights again while the norm grows only as the square root of the
// count, so "<b>x</b>" pasted a hundred times by a phone or a chat widget
// read as a near-certain opt-out (w:b, c:<b>), on no words at all. The
// models therefore read a heavily repetitive message with each distinct
// token once, in the order of first appearance: "stop stop stop ..."
// reads as "stop", junk as its few tokens. Every other message is read
// token for token, as the models were trained.

const (
	// repeatMinTokens is the fewest word and emoji tokens a message
	// must have to be read as repetitive.
	repeatMinTokens = 12
	// repeatWindow is how many word and emoji tokens back a token is
	// looked for: it repeats when it equals one of them.
	repeatWindow = 8
)

// read tokenizes s as the models read it to score it: as
// [tokens.tokenize] does, then, when the message is repetitive
// ([tokens.repetitive]), with each distinct token once
// ([tokens.collapse]). Features and the trainers read the tokens as
// tokenize gives them.
func (t *tokens) read(s string) {
	t.tokenize(s)
	if t.repetitive() {
		t.collapse()
	}
}

// repetitive reports whether t has at least repeatMinTokens word and
// emoji tokens (clause breaks aside) and more than half of them repeat:
// equal one of the repeatWindow such tokens before them.
//
// An ordinary message is ruled out in one pass over part of its tokens,
// with no allocation: a token whose fingerprint no token before it had
// repeats none, and once such fresh tokens are half the tokens or more,
// the repeats cannot be most of them. Only a message that passes is
// compared byte by byte, which stops as soon as the tokens that repeat
// none are half of them.
func (t *tokens) repetitive() bool {
	spans, buf := t.spans, t.buf
	if len(spans) < repeatMinTokens {
		return false
	}
	var seen [4]uint64 // fingerprints met, one bit each
	fresh, n := 0, 0
	for _, sp := range spans {
		if sp.kind == tokBreak {
			continue
		}
		n++
		f := fingerprint(buf, sp)
		if bit := uint64(1) << (f & 63); seen[f>>6]&bit == 0 {
			seen[f>>6] |= bit
			fresh++
			// len(spans) >= n: the repeats are at most half of the
			// tokens, whatever follows
			if 2*fresh >= len(spans) {
				return false
			}
		}
	}
	if n < repeatMinTokens || 2*fresh >= n {
		return false
	}
	var back [repeatWindow]span // the tokens before, as a ring
	k, repeats := 0, 0
	for _, sp := range spans {
		if sp.kind == tokBreak {
			continue
		}
		w := buf[sp.start:sp.end]
		for _, p := range back[:min(k, repeatWindow)] {
			if string(buf[p.start:p.end]) == string(w) {
				repeats++
				break
			}
		}
		back[k%repeatWindow] = sp
		k++
		if 2*(k-repeats) >= n {
			return false // half the tokens repeat none
		}
	}
	return true
}

// fingerprint is a byte of the length and the first and last bytes of
// the token sp, a word or an emoji (never empty): equal tokens have
// equal fingerprints.
func fingerprint(buf []byte, sp span) uint8 {
	if sp.end <= sp.start {
		return 0
	}
	x := uint32(buf[sp.start]) | uint32(buf[sp.end-1])<<8 | uint32(sp.end-sp.start)<<16
	return uint8((x * 0x9E3779B1) >> 24)
}

// collapse keeps each distinct word or emoji token of t once, at its
// first appearance, and a clause break only after a kept token and
// before another, so that the features read the message's few tokens
// once each.
func (t *tokens) collapse() {
	buf := t.buf
	var fps [maxTokens]uint8 // fingerprints of out's tokens
	out := t.spans[:0]       // written behind the read
	for _, sp := range t.spans {
		if sp.kind == tokBreak {
			if n := len(out); n > 0 && out[n-1].kind != tokBreak {
				out = append(out, sp)
			}
			continue
		}
		w := buf[sp.start:sp.end]
		f := fingerprint(buf, sp)
		dup := false
		for i, o := range out {
			if fps[i] == f && o.kind != tokBreak && string(buf[o.start:o.end]) == string(w) {
				dup = true
				break
			}
		}
		if !dup {
			fps[len(out)] = f
			out = append(out, sp)
		}
	}
	if n := len(out); n > 0 && out[n-1].kind == tokBreak {
		out = out[:n-1]
	}
	t.spans = out
}
