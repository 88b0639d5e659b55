package learned

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Limits of the tokenizer: a message is cut after maxTokens tokens and a
// word after maxWordBytes bytes, so the cost of a message is bounded.
const (
	maxTokens    = 320
	maxWordBytes = 32
)

// token kinds
const (
	tokWord   uint8 = iota // letters and digits
	tokBreak               // a clause break: . , ! ? ; : ( ) " and line breaks
	tokSymbol              // one emoji or pictograph
)

type span struct {
	start, end int32
	kind       uint8
}

// tokens is a tokenised message: the token bytes live in buf, spans index
// them. shape counts are kept for the shape features.
type tokens struct {
	buf     []byte
	spans   []span
	letters int      // letters seen
	upper   int      // upper-case letters seen
	bangs   int      // '!'
	quests  int      // '?'
	digits  int      // most digits in a row, across the separators of a phone number
	hashes  []uint32 // scratch for feature hashes
}

func (t *tokens) word(i int) []byte { s := t.spans[i]; return t.buf[s.start:s.end] }

// Tokenize returns the tokens of s as the model sees them: lower case,
// Latin diacritics folded ("más" -> "mas"), apostrophes joined ("don't" ->
// "dont"), digits folded to '0', a letter repeated three or more times cut
// to two ("stooooop" -> "stoop"), clause punctuation as "|", each emoji as
// its own token. Invalid UTF-8 bytes separate tokens. It never panics.
//
// Tokenize is frozen: the embedded weights were trained against it, and a
// change to it must come with a retrained model.
func Tokenize(s string) []string {
	var t tokens
	t.tokenize(s)
	out := make([]string, len(t.spans))
	for i, sp := range t.spans {
		if sp.kind == tokBreak {
			out[i] = "|"
			continue
		}
		out[i] = string(t.buf[sp.start:sp.end])
	}
	return out
}

// tokState is the tokenizer's state between runes. Its methods are
// small enough to inline, which closures over the same variables are not.
type tokState struct {
	t     *tokens
	start int  // start of the current word in buf, -1 when none
	last  rune // last rune appended to the word
	run   int  // how many times last repeats
	full  bool // maxTokens reached
}

func (st *tokState) flush() {
	if st.start >= 0 {
		t := st.t
		if len(t.spans) < maxTokens {
			t.spans = append(t.spans, span{int32(st.start), int32(len(t.buf)), tokWord})
		} else {
			st.full = true
			t.buf = t.buf[:st.start]
		}
	}
	st.start, st.last, st.run = -1, 0, 0
}

func (st *tokState) brk() {
	st.flush()
	t := st.t
	if n := len(t.spans); n > 0 && t.spans[n-1].kind != tokBreak && n < maxTokens {
		t.spans = append(t.spans, span{int32(len(t.buf)), int32(len(t.buf)), tokBreak})
	}
}

// add appends r to the current word, cutting a letter repeated three
// times or more to two and a word to maxWordBytes.
func (st *tokState) add(r rune) {
	t := st.t
	if st.start < 0 {
		st.start = len(t.buf)
	}
	if r == st.last {
		st.run++
		if st.run >= 2 && r != '0' {
			return // a third repeat or more
		}
	} else {
		st.last, st.run = r, 0
	}
	if r < utf8.RuneSelf {
		if len(t.buf)-st.start+1 > maxWordBytes {
			return
		}
		t.buf = append(t.buf, byte(r))
		return
	}
	if len(t.buf)-st.start+utf8.RuneLen(r) > maxWordBytes {
		return
	}
	t.buf = utf8.AppendRune(t.buf, r)
}

// alnumRun reads the run of ASCII letters and digits at s[i], most of
// a message, into the current word and returns the index after it and
// the digit run so far. It does what [tokState.add] does for each byte,
// with the word's state in locals instead of behind a call per byte.
//
// The word is written through a window of maxWordBytes bytes at its
// start, which buf's capacity is grown to hold first, so that a byte is
// stored without a capacity check; the letters are counted as the run's
// length less its digits, and the rarer upper-case letters and digits
// update their counts in place: fewer values live in the loop.
//
// A single space between two runs, the commonest end of a run, ends the
// word as [tokState.flush] would and starts the next one in the same
// call, while the token limit is not reached: the word's state stays in
// registers instead of going back through tokenize.
func (st *tokState) alnumRun(s string, i, digitRun int) (int, int) {
	t := st.t
	start, last, run := st.start, st.last, st.run
	if start < 0 {
		start = len(t.buf)
	}
	// the letters are the run's bytes less its digits (and less the
	// spaces it goes across): the run's start is taken off here and its
	// end added after the loop
	t.letters -= i
word:
	if cap(t.buf)-start < maxWordBytes {
		t.buf = slices.Grow(t.buf, start+maxWordBytes-len(t.buf))
	}
	n := uint(len(t.buf) - start) // the word's length so far
	w := t.buf[start : start+maxWordBytes : start+maxWordBytes]
	for ; uint(i) < uint(len(s)); i++ {
		c := s[i]
		switch {
		case c-'a' < 26:
			digitRun = 0
		case c-'A' < 26:
			t.upper++
			digitRun = 0
			c += 'a' - 'A'
		case c-'0' < 10:
			t.letters--
			digitRun++
			t.digits = max(t.digits, digitRun)
			c = '0'
		default:
			if c == ' ' && i+1 < len(s) && isAlnum(s[i+1]) && len(t.spans) < maxTokens {
				// flush, then the next word from s[i+1]
				t.buf = t.buf[:start+int(n)]
				t.spans = append(t.spans, span{int32(start), int32(len(t.buf)), tokWord})
				start, last, run = len(t.buf), 0, 0
				t.letters-- // the space
				i++
				goto word
			}
			goto end
		}
		if r := rune(c); r == last {
			run++
			if run >= 2 && c != '0' {
				continue // a third repeat or more
			}
		} else {
			last, run = r, 0
		}
		if n < maxWordBytes {
			w[n] = c
			n++
		}
	}
end:
	t.buf = t.buf[:start+int(n)]
	t.letters += i
	st.start, st.last, st.run = start, last, run
	return i, digitRun
}

// isAlnum reports an ASCII letter or digit: one load from a table.
func isAlnum(c byte) bool { return alnumBytes[c] }

var alnumBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func (t *tokens) tokenize(s string) {
	t.buf = t.buf[:0]
	t.spans = t.spans[:0]
	t.letters, t.upper, t.bangs, t.quests, t.digits = 0, 0, 0, 0, 0
	st := tokState{t: t, start: -1}
	digitRun := 0
	for i := 0; i < len(s) && !st.full; {
		c := s[i]
		if c < utf8.RuneSelf {
			if isAlnum(c) {
				i, digitRun = st.alnumRun(s, i, digitRun)
				continue
			}
			i++
			switch {
			case c == ' ':
				// the commonest separator, before the tests of the
				// signs below (the default case: a phone number's digit
				// run goes on across it)
				st.flush()
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

// foldFrom and foldTo map lower-case Latin letters with diacritics to their
// base letter (Latin-1 Supplement and Latin Extended-A). A copy of the
// table, not a reference to textmatch's: the model's input must not move
// when the rules' normaliser does.
const (
	foldFrom = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžøđłß"
	foldTo   = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzodls"
)

var foldTable = func() map[rune]rune {
	m := map[rune]rune{}
	to := []rune(foldTo)
	for i, r := range []rune(foldFrom) {
		m[r] = to[i]
	}
	return m
}()

func foldRune(r rune) (rune, bool) {
	if r < 0xDF || r > 0x17F {
		return r, false
	}
	f, ok := foldTable[r]
	return f, ok
}
