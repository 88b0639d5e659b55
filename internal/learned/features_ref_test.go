package learned

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// referenceFeatures is the definition of the feature hashes, written
// plainly, one feature at a time: [tokens.features] must give the same
// hashes in the same order, however it computes them (the embedded
// weights were trained against these).
func referenceFeatures(s string) []uint32 {
	var t tokens
	t.referenceTokenize(s)
	var dst []uint32
	nwords := 0
	var prev []byte
	prevKind := tokBreak
	first, negScope := true, false
	for _, sp := range t.spans {
		w := t.buf[sp.start:sp.end]
		switch sp.kind {
		case tokBreak:
			negScope = false
		case tokSymbol:
			dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsSymbol), w))
		case tokWord:
			nwords++
			dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsWord), w))
			if nwords == 1 {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsFirst), w))
			}
			if negScope {
				dst = append(dst, fnvBytes(fnvByte(fnvOffset, nsNeg), w))
			}
			if isNegator(w) {
				negScope = true
			}
			if isNumber(w) {
				break
			}
			g := "<" + string(w) + ">"
			for a := 0; a+minGram <= len(g); a++ {
				for n := minGram; n <= maxGram && a+n <= len(g); n++ {
					dst = append(dst, fnvString(fnvByte(fnvOffset, nsChar), g[a:a+n]))
				}
			}
		}
		dst = append(dst, referenceBigram(prev, prevKind, first, w, sp.kind))
		prev, prevKind, first = w, sp.kind, false
	}
	if !first {
		dst = append(dst, referenceBigram(prev, prevKind, false, nil, endKind))
	}
	return append(dst, shapeHashes[t.shape(nwords)]...)
}

// referenceBigram hashes (prev, cur); first marks prev as the message
// start, endKind marks cur as the message end.
func referenceBigram(prev []byte, prevKind uint8, first bool, cur []byte, kind uint8) uint32 {
	h := fnvByte(fnvOffset, nsBigram)
	switch {
	case first:
		h = fnvByte(h, '^')
	case prevKind == tokBreak:
		h = fnvByte(h, '|')
	default:
		h = fnvBytes(h, prev)
	}
	h = fnvByte(h, 0)
	switch kind {
	case endKind:
		h = fnvByte(h, '$')
	case tokBreak:
		h = fnvByte(h, '|')
	default:
		h = fnvBytes(h, cur)
	}
	return h
}

// featureSamples are messages of every token kind: words, numbers,
// breaks at either end, emoji, negation scopes, long and cut words.
var featureSamples = []string{
	"", "STOP", "!!", "ok.", ". ok", "😡", "😡😡 ok", "ok 😡", "no, never. ok!!", "dont stop texting. ok",
	"please take me off your list, this is the wrong number", "¿me pueden llamar?", "CALL ME 5125550132",
	"sh*t 😡 ok", "a\xffb", "ʔҎ niño ĀĒ", "llámame mañana 😀", strings.Repeat("ab", 40) + " x",
	benchMsg, "i'm not interested, don't text me, nobody here is selling!!! 🛑",
	"Don't STOOOP texting me!!!", "call 512-555-0132 or $250,000?", "3.5% 1000000 aaa000 0000000aaa Aaaa",
	strings.Repeat("word ", 400), strings.Repeat("1", 50) + " " + strings.Repeat("A", 50),
	// words one space apart, which the ASCII run reads in one call,
	// up to and across the token limit, and the ends of such a stretch
	strings.Repeat("a ", 330), strings.Repeat("Ab c1 ", 100) + "x", "ab  cd", "ab 'cd", "ab é cd", "caféé au lait ",
	"512 555 0132 x", "aaa aaab Bbbb", " x y z ", strings.Repeat("abcdefghijklmnopqrstuvwxyzABCDEFGH ", 3) + "z",
	// runs that continue a word (after a folded letter or an
	// apostrophe), stretched letters and digits at the 32-byte cut,
	// and words that outgrow the pooled buffer
	"éeeee caféeee ÉEEE don'tttt STOPPPP x'XXX1", strings.Repeat("Ab1", 20), strings.Repeat("a", 31) + "BBB0000",
	strings.Repeat("abcdefghijklmnopqrstuvwxyzABCDEF", 30), strings.Repeat("abcdefghijklmnopqrstuvwxyzabcdeF ", 40),
}

func TestFeaturesMatchReference(t *testing.T) {
	t.Parallel()
	for _, s := range featureSamples {
		require.Equal(t, referenceFeatures(s), Features(s, nil), "%q", s)
	}
}

// referenceTokenize is [tokens.tokenize] as the embedded weights were
// trained against it, one rune at a time through [tokState.add]: the
// tokenizer must give the same tokens however it reads them.
func (t *tokens) referenceTokenize(s string) {
	t.buf = t.buf[:0]
	t.spans = t.spans[:0]
	t.letters, t.upper, t.bangs, t.quests, t.digits = 0, 0, 0, 0, 0
	st := tokState{t: t, start: -1}
	digitRun := 0
	for i := 0; i < len(s) && !st.full; {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				t.letters++
				digitRun = 0
				st.add(rune(c))
			case c >= 'A' && c <= 'Z':
				t.letters++
				t.upper++
				digitRun = 0
				st.add(rune(c + 'a' - 'A'))
			case c >= '0' && c <= '9':
				digitRun++
				t.digits = max(t.digits, digitRun)
				st.add('0')
			case c == '\'' || c == '`':
				// joined inside a word ("don't"), a separator elsewhere
				if st.start < 0 {
					st.flush()
				}
			case c == '*':
				// masked profanity ("sh*t") stays one word
				if st.start >= 0 {
					st.add('*')
				}
			case c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n' || c == '\r' ||
				c == '(' || c == ')' || c == '"':
				if c == '!' {
					t.bangs++
				} else if c == '?' {
					t.quests++
				}
				// "3.5", "250,000": a separator between digits stays inside
				if (c == '.' || c == ',') && st.start >= 0 && st.last == '0' && i < len(s) && s[i] >= '0' && s[i] <= '9' {
					continue
				}
				st.brk()
			default:
				// a phone number's digit run survives its separators
				if c != '-' && c != ' ' && c != '+' && c != '/' {
					digitRun = 0
				}
				st.flush()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			st.flush()
		case r == '\u2019' || r == '\u2018' || r == '\u00b4' || r == '\u02bc':
			if st.start < 0 {
				st.flush()
			}
		case unicode.IsLetter(r):
			t.letters++
			digitRun = 0
			if unicode.IsUpper(r) {
				t.upper++
			}
			r = unicode.ToLower(r)
			if f, ok := foldRune(r); ok {
				r = f
			}
			st.add(r)
		case unicode.IsDigit(r):
			digitRun++
			t.digits = max(t.digits, digitRun)
			st.add('0')
		case r == '\u201c' || r == '\u201d' || r == '\u2026' || r == '\u00a1' || r == '\u00bf':
			if r == '\u00a1' {
				t.bangs++
			} else if r == '\u00bf' {
				t.quests++
			}
			st.brk()
		case unicode.Is(unicode.So, r) || r >= 0x1F000 && r <= 0x1FAFF:
			st.flush()
			if len(t.spans) < maxTokens {
				b := len(t.buf)
				t.buf = utf8.AppendRune(t.buf, r)
				t.spans = append(t.spans, span{int32(b), int32(len(t.buf)), tokSymbol})
			}
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
			// combining marks, variation selectors and joiners: dropped
		default:
			st.flush()
		}
	}
	st.flush()
	if n := len(t.spans); n > 0 && t.spans[n-1].kind == tokBreak {
		t.spans = t.spans[:n-1]
	}
}

func TestTokenizeMatchesReference(t *testing.T) {
	t.Parallel()
	for _, s := range featureSamples {
		var got, want tokens
		got.tokenize(s)
		want.referenceTokenize(s)
		require.Equal(t, want, got, "%q", s)
	}
}

// TestAppendGramsMatchesLoop: the character n-grams of "<w>" read in
// place are those of the loop over the word copied between its markers,
// for every length a token can have, appended after what dst holds.
func TestAppendGramsMatchesLoop(t *testing.T) {
	t.Parallel()
	for n := 0; n <= maxWordBytes; n++ {
		w := make([]byte, n)
		for i := range w {
			w[i] = byte('a' + (i*7+n)%26)
		}
		g := append(append([]byte{'<'}, w...), '>')
		want := []uint32{7}
		for a := 0; a+minGram <= len(g); a++ {
			h := fnvBytes(fnvByte(fnvOffset, nsChar), g[a:a+minGram-1])
			for k := minGram; k <= maxGram && a+k <= len(g); k++ {
				h = fnvByte(h, g[a+k-1])
				want = append(want, h)
			}
		}
		require.Equal(t, want, appendGrams([]uint32{7}, w), "length %d", n)
	}
}
