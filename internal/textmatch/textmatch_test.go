package textmatch

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/require"
)

func TestNormalize(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"STOP!!!", "stop"},
		{"Stopppp plz", "stop please"},
		{"don’t txt me, u ppl", "dont text me | you people"},
		{"we're done", "we are done"},
		{"he'll call", "he will call"},
		{"i'll sign", "ill sign"},
		{"whats ur #?", "what is your number"},
		{"#1 realtor", "1 realtor"},
		{"$250,000 or 3.5m", "$250,000 or 3.5m"},
		{"40% this yr", "40% this year"},
		{"~75k", "about 75k"},
		// "w/o" is one word; "w/" alone is "with"
		{"first apartment w/o roommates", "first apartment without roommates"},
		{"W/O a doubt", "without a doubt"},
		{"w/ my wife", "with my wife"},
		{"w/out", "with out"},
		{"we dont own any house lol stop", "we dont own any house | stop"},
		{"call me 📞 tmrw", "call me | tomorrow"},
		{"can i speak to somneone", "can i speak to someone"},
		{"eprson", "person"},
		{"need to spk to a human", "need to speak to a human"},
		{"contract", "contract"},
		{"lease", "lease"},
		// "hr" is the hour after a count, else the department
		{"a 14 hr shift", "a 14 hour shift"},
		{"like an hr away", "like an hour away"},
		{"talk to HR first", "talk to hr first"},
		{"head of HR here", "head of hr here"},
		// "k" is thousands after a count, else "ok" (stop 57: "twenty k
		// for the year" read as "twenty ok", no amount)
		{"like twenty k for the year", "like twenty k for the year"},
		{"250 k tops", "250 k tops"},
		{"k thanks", "ok thanks"},
		// a dropped g (stop 54)
		{"quit textin me, nobody's buyin", "quit texting me | nobodys buying"},
		{"", ""},
		{"...", ""},
		{"\xff\xfeok", "ok"},
		// a dash set off by spaces ends a clause; one inside a word or
		// between numbers does not
		{"STOP - not interested", "stop | not interested"},
		{"stop -- wrong number", "stop | wrong number"},
		{"stop—not interested", "stop | not interested"},
		{"stop – not interested -", "stop | not interested"},
		{"opt-out", "opt out"},
		{"3 - 4 bedrooms, 300k - $350k", "3 4 bedrooms | 300k $350k"},
		{"1990—2005", "1990 2005"},
		{"allyuh doh message me, lose dis number", "you all dont message me | lose this number"},
		{"pls rmv our # frm ur list", "please remove our number from your list"},
		// the Better Business Bureau is a word, not a stretched "b";
		// four b's or more are still a stretch
		{"reported you to the BBB.", "reported you to the bbb"},
		{"Bbb complaint", "bbb complaint"},
		{"bbbb", "b"},
		{"ébbb", "eb"},
		// punctuation said to voice-to-text
		{"stop all comma thanks", "stop all | thanks"},
	} {
		got := Normalize(tc.in)
		require.Equal(t, tc.want, got.String(), "%q", tc.in)
		require.Len(t, got.IDs, len(got.Toks))
	}
	u := Normalize("WHERE WAS EVERYONE TODAY?? ok!")
	require.InDelta(t, 0.9, u.Upper, 0.11)
	require.Equal(t, 1, u.Repeats)
	require.Equal(t, 2, u.Quests)
	require.Equal(t, 1, u.Bangs)
}

func TestMatcher(t *testing.T) {
	t.Parallel()
	m := MustCompile(map[string]Set{"v": NewSet("call", "ring")}, []Rule{
		{Name: "a", Pattern: "@v me|us"},
		{Name: "b", Pattern: "give me ~1 ring"},
		{Name: "c", Pattern: "inherit*"},
		{Name: "d", Pattern: "speak with a? person"},
		{Name: "e", Pattern: "lets go / let us go"},
	})
	names := func(s string) []string {
		var out []string
		for _, x := range m.All(Normalize(s), nil) {
			out = append(out, x.Name)
		}
		return out
	}
	require.Equal(t, []string{"a"}, names("pls ring us"))
	require.Equal(t, []string{"b"}, names("give me a ring"))
	require.Nil(t, names("give me, a ring"), "gaps never cross a clause break")
	require.Equal(t, []string{"c"}, names("we inherited it"))
	require.Equal(t, []string{"d"}, names("speak with person"))
	require.Equal(t, []string{"d"}, names("speak with a person"))
	require.Equal(t, []string{"e"}, names("ok let us go"))
	// a slice of a message matches as the same tokens written by hand
	full := Normalize("well give me a ring, or speak with a person")
	for i := 0; i <= len(full.Toks); i++ {
		for j := i; j <= len(full.Toks); j++ {
			sl := full.Slice(i, j)
			require.Equal(t, full.IDs[i:j], sl.IDs)
			require.Equal(t, m.All(Text{Toks: full.Toks[i:j]}, nil), m.All(sl, nil), "%d:%d", i, j)
		}
	}
	require.Equal(t, uintptr(64), unsafe.Sizeof(elem{}), "a pattern element is one cache line")
	_, err := Compile(nil, []Rule{{Name: "x", Pattern: "@nope"}})
	require.ErrorContains(t, err, "unknown class")
	_, err = Compile(nil, []Rule{{Name: "x", Pattern: "~2 a"}})
	require.Error(t, err)
}

func TestAmounts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in       string
		value    int
		explicit bool
	}{
		{"want 289 firm", 289000, false},
		{"$315,000", 315000, true},
		{"150k", 150000, true},
		{"1.2 million", 1200000, true},
		{"two fifty", 250000, false},
		{"ninety thousand", 90000, true},
		{"six figures", 100000, true},
		// Chilean and rioplatense: a "palo" is a million, a "luca" a
		// thousand
		{"medio palo", 500000, true},
		{"pedimos 2 palos", 2000000, true},
		{"quince lucas al año", 15000, true},
		{"unas 40 lucas", 40000, true},
	} {
		a := Amounts(Normalize(tc.in))
		require.Len(t, a, 1, tc.in)
		require.Equal(t, tc.value, a[0].Value, tc.in)
		require.Equal(t, tc.explicit, a[0].Explicit, tc.in)
	}
	for _, in := range []string{"3 bed 2 bath", "in 45 days", "built in 1962", "2018", "Lucas says hi", "un palo de escoba"} {
		require.Empty(t, Amounts(Normalize(in)), in)
	}
	// a bare number before a rate is money as written, never thousands
	for in, want := range map[string]int{"1400 a month": 1400, "2100 a month": 2100, "500 a month": 500, "15 per seat": 15} {
		a := Amounts(Normalize(in))
		require.Len(t, a, 1, in)
		require.Equal(t, want, a[0].Value, in)
		require.NotEmpty(t, a[0].Per, in)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"STOP!!", "don’t", "\xff", "$1,2.3", "~$", "ǅǅǅ", strings.Repeat("a'", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if len(n.IDs) != len(n.Toks) {
			t.Fatal("ids and tokens differ")
		}
		for _, w := range n.Toks {
			if w == "" || !utf8.ValidString(w) {
				t.Fatalf("bad token %q", w)
			}
		}
		_ = Amounts(n)
	})
}

func TestCachedConcurrent(t *testing.T) {
	t.Parallel()
	texts := []string{"call me", "stop", "take me off your list", "roof is fine", "want 250k", "lol ok", "who sent this", "yes", "no", "maybe later"}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = Normalize(s).String()
	}
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func(g int) {
			defer func() { done <- struct{}{} }()
			for i := 0; i < 2000; i++ {
				k := (i + g) % len(texts)
				if got := Cached(texts[k]).String(); got != want[k] {
					t.Errorf("Cached(%q) = %q, want %q", texts[k], got, want[k])
					return
				}
			}
		}(g)
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

// TestCompileWhileNormalizing compiles matchers with words nobody has
// interned yet while other goroutines normalise: a matcher sees its own
// new words at once (the probe table is rebuilt after a change), and
// readers never see a table being written (run with -race).
func TestCompileWhileNormalizing(t *testing.T) {
	t.Parallel()
	stop := make(chan struct{})
	readers := make(chan struct{})
	for g := 0; g < 2; g++ {
		go func() {
			defer func() { readers <- struct{}{} }()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				_ = Normalize("please call me about the zq" + strings.Repeat("x", i%7) + " house")
			}
		}()
	}
	for i := 0; i < 200; i++ {
		w := "zq" + string(rune('a'+i%26)) + "vocab" + string(rune('a'+i/26))
		m := MustCompile(nil, []Rule{{Name: "new", Pattern: "sell " + w}})
		got := m.All(Normalize("we want to sell "+w+" soon"), nil)
		if len(got) != 1 {
			close(stop)
			t.Fatalf("a matcher compiled with the new word %q does not match it: %v", w, got)
		}
	}
	close(stop)
	<-readers
	<-readers
}

// TestSetHasAllAndSentences: HasAll holds for an empty list and fails on
// one stranger; Sentences splits at ends and drops empty pieces.
func TestSetHasAllAndSentences(t *testing.T) {
	t.Parallel()
	s := NewSet("ok", "yeah")
	require.True(t, s.HasAll(nil))
	require.True(t, s.HasAll([]string{"yeah", "ok"}))
	require.False(t, s.HasAll([]string{"ok", "dallas"}))
	// IDs outside the vocabulary: an unknown word's 0, a negative, one
	// past every set
	for _, id := range []int32{unknownID, -1, -64, 1 << 30} {
		require.False(t, s.HasID(id), "%d", id)
		require.False(t, NewSet(Break).HasID(id), "%d", id)
	}
	require.True(t, NewSet(Break).HasID(breakID))
	require.True(t, s.HasID(lookupID("yeah")))
	require.Equal(t, []string{"Hi", " call me", " thanks"}, Sentences("Hi. call me!! thanks\n"))
}

// TestHasToken: a set answers by a token's ID what it answers by the
// word, for every word of the vocabulary, for words no pattern mentions
// and for the tokens of normalised messages and of slices of them;
// without the IDs it asks by the word. HasAnyToken agrees with testing
// each word of every span.
func TestHasToken(t *testing.T) {
	t.Parallel()
	sets := []Set{Negators, adoptWords, selfWords, othersSubject, othersVerb, othersHolder, valuers, elidedSubject,
		NewSet("ok", "yeah", Break)}
	for _, s := range sets {
		for _, w := range s.Words() {
			require.NotEqual(t, unknownID, lookupID(w), "member %q is interned", w)
		}
	}
	vocabMu.RLock()
	words := make([]string, 0, len(vocabIDs)+3)
	for w := range vocabIDs {
		words = append(words, w)
	}
	vocabMu.RUnlock()
	words = append(words, "zzunheard", "", "250k")
	ids := idsOf(words)
	for _, s := range sets {
		for i, w := range words {
			require.Equal(t, s.Has(w), s.HasToken(words, ids, i), "%q", w)
			require.Equal(t, s.Has(w), s.HasToken(words, nil, i), "%q", w)
		}
	}
	for _, msg := range []string{
		"my neighbor sold his place for 650k, so I'd want around that",
		"we don't want to sell, no. never. lol call me tmrw",
		"Zillow says 410 so I'd want near that; yeah ok",
	} {
		n := Normalize(msg)
		for i, w := range n.Toks {
			for _, s := range sets {
				require.Equal(t, s.Has(w), s.HasToken(n.Toks, n.IDs, i), "%q in %q", w, msg)
				sl := n.Slice(i, len(n.Toks))
				require.Equal(t, s.Has(w), s.HasToken(sl.Toks, sl.IDs, 0), "%q in %q", w, msg)
				for j := i; j <= len(n.Toks); j++ {
					want := slices.ContainsFunc(n.Toks[i:j], s.Has)
					require.Equal(t, want, s.HasAnyToken(n.Toks, n.IDs, i, j), "%q[%d:%d]", msg, i, j)
					require.Equal(t, want, s.HasAnyToken(n.Toks, nil, i, j), "%q[%d:%d]", msg, i, j)
				}
			}
		}
	}
}

// refMatchFrom is the matching of a compiled pattern written plainly,
// every element through elem.match, with no early rejections.
func refMatchFrom(p []elem, pi int, in *tokenSeq, ti int) (int, bool) {
	for pi < len(p) {
		e := &p[pi]
		if e.kind == elGap {
			for k := 0; k <= e.max; k++ {
				if end, ok := refMatchFrom(p, pi+1, in, ti+k); ok {
					return end, true
				}
				if ti+k >= len(in.ids) || in.ids[ti+k] == breakID {
					return 0, false
				}
			}
			return 0, false
		}
		if e.opt {
			if ti < len(in.ids) && e.match(in, ti) {
				if end, ok := refMatchFrom(p, pi+1, in, ti+1); ok {
					return end, true
				}
			}
			pi++
			continue
		}
		if ti >= len(in.ids) && e.kind == elLit && e.id == breakID {
			pi++
			continue
		}
		if ti >= len(in.ids) || !e.match(in, ti) {
			return 0, false
		}
		pi++
		ti++
	}
	return ti, true
}

// TestMatchFromReference: matching with its early rejections (the
// element after a gap tested before the call, literals and classes
// tested by ID) finds what the plain matching finds, at every start, for
// gaps before literals, classes, stems, optional elements, other gaps
// and the end of the message.
func TestMatchFromReference(t *testing.T) {
	t.Parallel()
	m := MustCompile(map[string]Set{"v": NewSet("call", "ring"), "p": NewSet("person", "human")}, []Rule{
		{Name: "lit", Pattern: "call ~2 me"},
		{Name: "class", Pattern: "@v ~3 @p"},
		{Name: "stem", Pattern: "call ~2 tomorrow|morn*"},
		{Name: "prefix", Pattern: "please ~2 cal*"},
		{Name: "opt", Pattern: "call ~2 me? now"},
		{Name: "optend", Pattern: "call ~1 ~1 back?"},
		{Name: "twogaps", Pattern: "want ~1 ~2 person"},
		{Name: "any", Pattern: "a ~1 _ person"},
		{Name: "break", Pattern: "call ~3 | me"},
		{Name: "endbreak", Pattern: "call ~2 |"},
		{Name: "litend", Pattern: "call me |"},
	})
	for _, s := range []string{
		"call me", "call me now", "please call me tomorrow morning", "ring a real human please", "call them back",
		"call", "call you", "call, me", "i want a real person", "want person", "a nice person", "please give a call",
		"call the other number now", "call | me", "a real live person call back tomorrow morning",
	} {
		n := Normalize(s)
		in := tokenSeq{n.Toks, n.IDs}
		for _, r := range m.rules {
			for ti := 0; ti <= len(n.IDs); ti++ {
				wantEnd, wantOK := refMatchFrom(r.pat, 0, &in, ti)
				gotEnd, gotOK := matchFrom(r.pat, 0, &in, ti)
				require.Equal(t, wantOK, gotOK, "%s at %d of %q", r.name, ti, s)
				require.Equal(t, wantEnd, gotEnd, "%s at %d of %q", r.name, ti, s)
			}
		}
	}
}

// TestSplitQuoted: lines quoted from an earlier message are set apart
// from the reply under them; a message with no quoted line, or nothing
// but quoted lines, is the lead's own.
func TestSplitQuoted(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, reply, quoted string }{
		{"> Text STOP to end\nok stop then", "ok stop then", "Text STOP to end"},
		{"  > > Want a call?\n> from our team\n\nno thanks", "\nno thanks", "Want a call?\nfrom our team"},
		{"no quote here", "no quote here", ""},
		{"3 > 2 so yes", "3 > 2 so yes", ""},
		{"> only a quote", "> only a quote", ""},
		{"> quote\n   \n", "> quote\n   \n", ""},
	} {
		reply, quoted := SplitQuoted(tc.in)
		require.Equal(t, tc.reply, reply, tc.in)
		require.Equal(t, tc.quoted, quoted, tc.in)
	}
}

// TestHouseholdQuote: a quotation is relayed from the lead's household
// when the words before it name a spouse, a parent or a child of the
// lead's and a saying or a message.
func TestHouseholdQuote(t *testing.T) {
	t.Parallel()
	for _, s := range []string{`my wife said: "get the manager to call us"`, `Forwarding my mom's text: "no more messages"`,
		`Mi marido dice: "que nos llame alguien"`, `fwd from my son “call me after 6”`, `dice mi abuela: "que me hable alguien"`} {
		require.True(t, HouseholdQuote(s), s)
	}
	for _, s := range []string{`your flyer says "call us today"`, `my neighbor said "stop"`, `my wife loves the song "Call Me Maybe"`,
		"no quotes at all, my wife says call me", `my abuela always says "never sign without talking to someone" lol`, `a long story about the roof and the gutters and the insurance and then my husband said "call them"`} {
		require.False(t, HouseholdQuote(s), s)
	}
}

// TestBreakMatchesEnd: the end of a message ends a clause, so a pattern
// that names "|" after its words matches them there as it does before a
// comma or a period, with a gap before the "|" or without, and a text
// with no break at all is not dropped by the rule's need.
func TestBreakMatchesEnd(t *testing.T) {
	t.Parallel()
	m := MustCompile(nil, []Rule{
		{Name: "worth more", Pattern: "vale mas |"},
		{Name: "count in", Pattern: "count me ~2 |"},
	})
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"la casa vale mas", []string{"worth more"}},
		{"la casa vale más, la verdad", []string{"worth more"}},
		{"la casa vale más que eso", nil},
		{"count me in", []string{"count in"}},
		{"ok count me in!! see you friday", []string{"count in"}},
		{"count me in for the call tomorrow", nil},
	} {
		var got []string
		for _, mt := range m.All(Normalize(tc.in), nil) {
			got = append(got, mt.Name)
		}
		require.Equal(t, tc.want, got, tc.in)
	}
}
