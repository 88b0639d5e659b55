package learned

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// ordinaryMessages are lead messages of every length, in English and
// Spanish, some with the repetition people write ("no no no", "please
// please", "ok ok"): none is repetitive, so each is scored token for
// token, as before repeat.go.
var ordinaryMessages = []string{
	"", "no", "ok ok", "STOP", "yes yes", "lol ok", "no no no", "ok ok ok sounds good, talk tomorrow",
	"please please call me back when you get a chance",
	"very very very interested in the offer",
	"no no no, I'm still interested, just slammed at work this week",
	"thanks thanks thanks!! that helps a lot",
	"haha yes haha, the dog really does run the house",
	"can you call me? can you call me today? I really need to talk to someone about the closing",
	"no no no no, we are not selling, not now, not next year, no",
	"the roof is old, the furnace is old, the windows are old, honestly the whole house is old",
	"we want to sell, we need to sell, we have to sell before the baby comes in june",
	"I told my wife, I told my brother, and now I'm telling you: we are not in a hurry at all",
	"stop by whenever, the door is open, the dog is friendly, the gate code is 4411",
	"hi, is this still the number for the roofing quote? we got the estimate last week and wanted to ask about the gutters too",
	"yeah we inherited the place from my aunt last yr, roof leaks and the kitchen is original. " +
		"want to close by march, around 250k. can someone call me tmrw morning?",
	"So here's the situation. My mother moved in with us in the spring, the house on Elm has been empty since, " +
		"and the taxes keep coming. My sister wants to keep it, I want to sell it, and my mother says whatever we decide is fine " +
		"as long as we decide soon. What would it go for as is, with the old carpet and the porch that needs work?",
	"sí sí, me interesa", "ya ya ya, entendido", "no no no, todavía no estoy listo para vender",
	"por favor por favor llámeme mañana en la tarde",
	"gracias, gracias, muchas gracias por la información",
	"la casa tiene tres cuartos, dos baños y un patio grande; el techo necesita arreglo y la cocina también",
	"hola, ¿me puede mandar el precio? mi esposo quiere saber cuánto cuesta antes de decidir nada",
	"Mire, la verdad es que queremos vender pronto porque nos mudamos a Texas en agosto, pero la casa necesita pintura, " +
		"el calentador está viejo y el jardín está descuidado. ¿Ustedes compran casas así o hay que arreglarlas primero?",
	"no quiero mensajes, no quiero llamadas, no quiero nada, bórrenme de su lista",
	"STOP TEXTING ME. STOP. I SAID STOP.",
	"😀😀 sounds great, see you then 👍",
}

// readTokens returns the tokens of s as the models read it to score it.
func readTokens(s string) []string {
	var t tokens
	t.read(s)
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

// writtenScores is what the models scored before repeat.go: the tokens
// of s as tokenize gives them.
func writtenScores(s string) (Scores, FieldScores, TopicScores) {
	tk := getTokens()
	defer tokPool.Put(tk)
	tk.tokenize(s)
	m := Default()
	sc := m.logits(tk.featureSums(m))
	hs := Features(s, nil)
	var fs FieldScores
	f := DefaultFields()
	hashLogits(hs, f.w, f.mask, f.sqrtN, f.params[:], fs.Logit[:])
	var ts TopicScores
	tp := DefaultTopics()
	hashLogits(hs, tp.w, tp.mask, tp.sqrtN, tp.params[:], ts.Logit[:])
	return sc, fs, ts
}

func requireSameBits(t *testing.T, want, got []float64, s string) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		require.Equal(t, math.Float64bits(want[i]), math.Float64bits(got[i]), "%q logit %d: %v, read as written %v", s, i, got[i], want[i])
	}
}

// TestOrdinaryMessagesScoredAsWritten: an ordinary message, natural
// repetition included, is not repetitive, and the three models' logits
// are bit for bit those of its tokens as written.
func TestOrdinaryMessagesScoredAsWritten(t *testing.T) {
	t.Parallel()
	for _, s := range ordinaryMessages {
		var tk tokens
		tk.tokenize(s)
		require.False(t, tk.repetitive(), "%q", s)
		require.Equal(t, Tokenize(s), readTokens(s), "%q", s)
		sc, fs, ts := writtenScores(s)
		gsc, gfs, gts := Default().Score(s), DefaultFields().Score(s), DefaultTopics().Score(s)
		requireSameBits(t, sc.Logit[:], gsc.Logit[:], s)
		requireSameBits(t, fs.Logit[:], gfs.Logit[:], s)
		requireSameBits(t, ts.Logit[:], gts.Logit[:], s)
	}
}

// TestTrainingRowsScoredAsWritten: no message the models trained on, or
// whose held-out scores set their thresholds, is read as repetitive, so
// the models read every one of them as the trainers did.
func TestTrainingRowsScoredAsWritten(t *testing.T) {
	t.Parallel()
	rows, err := LoadTraining(os.DirFS("../.."))
	require.NoError(t, err)
	require.Greater(t, len(rows), 1000)
	frows, err := LoadFieldRows(os.DirFS("."), "data")
	require.NoError(t, err)
	dirs, err := TrainingDirs(os.DirFS("../.."))
	require.NoError(t, err)
	trows, err := LoadTopicRows(os.DirFS("../.."), dirs)
	require.NoError(t, err)
	texts := make([]string, 0, len(rows)+len(frows)+len(trows))
	for _, r := range rows {
		texts = append(texts, r.Text)
	}
	for _, r := range frows {
		texts = append(texts, r.Text)
	}
	for _, r := range trows {
		texts = append(texts, r.Text)
	}
	var tk tokens
	for _, s := range texts {
		tk.tokenize(s)
		if tk.repetitive() {
			t.Errorf("a training message is read as repetitive: %q", s)
		}
	}
}

// junk is markup, emoji and letters pasted over and over: no words.
var junk = []string{
	strings.Repeat("<b>x</b>", 100),
	strings.Repeat("ש😀<b>x</b>", 50),
	strings.Repeat("<b>x</b>", 10),
	strings.Repeat("<div><span>x</span></div>", 40),
	strings.Repeat("b ", 100),
	strings.Repeat("&nbsp;", 100),
	strings.Repeat("😀", 100),
	strings.Repeat("<br>", 100),
	strings.Repeat("<b>x</b> ", 20) + "ok",
}

// TestRepetitiveJunkScoresNothing: junk repeated many times fires no
// task of any model, nor the opt-out's review band; before repeat.go
// "<b>x</b>" a hundred times read as an opt-out at p=1.00.
func TestRepetitiveJunkScoresNothing(t *testing.T) {
	t.Parallel()
	m, fm, tm := Default(), DefaultFields(), DefaultTopics()
	for _, s := range junk {
		sc := m.Score(s)
		for task := range NumTasks {
			require.False(t, m.Fires(sc, task), "%q fires %s: %s", s, task, m.Why(s, task))
		}
		require.False(t, m.InReview(sc, OptOut), "%q: %s", s, m.Why(s, OptOut))
		fs := fm.Score(s)
		for f := range NumFieldTasks {
			require.False(t, fm.Fires(fs, f), "%q states %s", s, f)
		}
		ts := tm.Score(s)
		for topic := range NumTopicTasks {
			require.False(t, tm.Fires(ts, topic), "%q raises %s: %s", s, topic, tm.Why(s, topic))
		}
	}
	// as before, for the opt-out alone: the same junk a few times, too
	// short to be read as repetitive, did not fire either
	require.False(t, m.Fires(m.Score(strings.Repeat("<b>x</b>", 3)), OptOut))
}

// TestRepetitiveReadOnce: a repetitive message is read with each
// distinct token once, in the order of first appearance, clause breaks
// only between kept tokens, and scores as those tokens written once.
func TestRepetitiveReadOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want []string
		same string // a message that scores the same, "" for none
	}{
		{strings.Repeat("<b>x</b>", 100), []string{"b", "x"}, "b x"},
		{strings.Repeat("ש😀<b>x</b>", 50), []string{"ש", "😀", "b", "x"}, "ש😀 b x"},
		{strings.TrimSpace(strings.Repeat("stop ", 20)), []string{"stop"}, "stop"},
		{strings.TrimSpace(strings.Repeat("STOP ", 20)), []string{"stop"}, "STOP"},
		{strings.Repeat("stop. ", 20), []string{"stop"}, "stop"},
		{strings.TrimSpace(strings.Repeat("call me ", 10)), []string{"call", "me"}, "call me"},
		{strings.Repeat("please stop, stop! ", 8), []string{"please", "stop"}, ""},
		{strings.Repeat("x, y, ", 10), []string{"x", "|", "y"}, "x, y"},
		{strings.Repeat("no ", 30) + "I said no", []string{"no", "i", "said"}, "no I said"},
	} {
		var tk tokens
		tk.tokenize(tc.in)
		require.True(t, tk.repetitive(), "%q", tc.in)
		require.Equal(t, tc.want, readTokens(tc.in), "%q", tc.in)
		if tc.same != "" {
			// the audit trail's explanation reads the message as the
			// score does
			require.Equal(t, Default().Score(tc.same), Default().Score(tc.in), "%q", tc.in)
			require.Equal(t, Default().Explain(tc.same, OptOut, 5), Default().Explain(tc.in, OptOut, 5), "%q", tc.in)
			require.Equal(t, DefaultTopics().Score(tc.same), DefaultTopics().Score(tc.in), "%q", tc.in)
			require.Equal(t, DefaultFields().Score(tc.same), DefaultFields().Score(tc.in), "%q", tc.in)
		}
	}
	// a ring of more than repeatWindow tokens, and repeats that are not
	// most of the message, are read as written
	for _, s := range []string{
		strings.Repeat("one two three four five six seven eight nine ", 4),
		strings.Repeat("ok ", 11),
		strings.Repeat("we really want to sell the house ", 1) + strings.Repeat("no ", 5) + "thanks for the offer though, we will think it over",
	} {
		var tk tokens
		tk.tokenize(s)
		require.False(t, tk.repetitive(), "%q", s)
		require.Equal(t, Tokenize(s), readTokens(s), "%q", s)
	}
}

// TestScoreCacheRepetitive: the score cache keys on the text, so a
// repetitive message and its collapsed reading never share an entry they
// should not, and asking twice gives the same answer.
func TestScoreCacheRepetitive(t *testing.T) {
	t.Parallel()
	m := Default()
	for _, s := range slices.Concat(junk, ordinaryMessages) {
		first := m.Score(s)
		require.Equal(t, first, m.Score(s), "%q", s)
		require.Equal(t, first, m.score(s), "%q", s)
	}
}

// BenchmarkRepetitive measures the check on an ordinary message, the
// 160-byte message of BenchmarkScore (it must cost next to nothing
// beside a score), and on a repetitive one, and the score of that one.
func BenchmarkRepetitive(b *testing.B) {
	var ordinary, rep tokens
	ordinary.tokenize(ordinaryMessages[20])
	rep.tokenize(strings.Repeat("<b>x</b>", 100))
	b.Run("ordinary", func(b *testing.B) {
		for b.Loop() {
			if ordinary.repetitive() {
				b.Fatal("repetitive")
			}
		}
	})
	b.Run("junk", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if !rep.repetitive() {
				b.Fatal("not repetitive")
			}
		}
	})
	// reading and scoring the junk with each distinct token once
	b.Run("score-junk", func(b *testing.B) {
		b.ReportAllocs()
		m, s := Default(), strings.Repeat("<b>x</b>", 100)
		for b.Loop() {
			_ = m.score(s)
		}
	})
}
