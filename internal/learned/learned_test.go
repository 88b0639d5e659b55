package learned

import (
	"bytes"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestTokenize(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Don't STOOOP texting me!!!", []string{"dont", "stoop", "texting", "me"}},
		{"Más información, por favor", []string{"mas", "informacion", "|", "por", "favor"}},
		{"call 512-555-0132 or $250,000?", []string{"call", "000", "000", "0000", "or", "000000"}},
		{"sh*t 😡 ok", []string{"sh*t", "😡", "ok"}},
		{"¿me pueden llamar?", []string{"me", "pueden", "llamar"}},
		{"  ...  ", nil},
		{"a\xffb", []string{"a", "b"}},
	} {
		got := Tokenize(tc.in)
		if len(got) == 0 {
			got = nil
		}
		require.Equal(t, tc.want, got, "%q", tc.in)
	}
}

func TestTokenizeBounds(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("word ", 1000)
	require.Len(t, Tokenize(long), maxTokens)
	require.Equal(t, []string{strings.Repeat("ab", maxWordBytes/2)}, Tokenize(strings.Repeat("ab", 100)))
}

func TestFeaturesMatchNames(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"", "STOP", "please don't text me again, wrong number!!", "llámame mañana 😀", "sh*t"} {
		hs := Features(s, nil)
		fs := FeatureNames(s)
		require.Len(t, fs, len(hs), "%q", s)
		for i := range hs {
			require.Equal(t, hs[i], fs[i].Hash, "%q feature %s", s, fs[i].Name)
		}
	}
	// a negation scope and a first word
	names := map[string]bool{}
	for _, f := range FeatureNames("dont stop texting. ok") {
		names[f.Name] = true
	}
	for _, n := range []string{"w:dont", "f:dont", "n:stop", "n:texting", "b:^_dont", "b:texting_|", "b:ok_$", "c:<st", "s:len3-4"} {
		require.True(t, names[n], "missing %s", n)
	}
	require.False(t, names["n:ok"], "a clause break ends the negation scope")
}

func checkTokens(t *testing.T, s string) {
	toks := Tokenize(s)
	require.LessOrEqual(t, len(toks), maxTokens)
	for _, tok := range toks {
		require.NotEmpty(t, tok)
		require.True(t, utf8.ValidString(tok), "%q", tok)
		require.LessOrEqual(t, len(tok), maxWordBytes)
		require.False(t, strings.ContainsAny(tok, " \t\n"), "%q", tok)
	}
	require.Equal(t, toks, Tokenize(s), "deterministic")
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"STOP", "Don't STOOOP!!!", "¿me pueden llamar?", "a\xffb", "sh*t 😡", "512-555-0132", strings.Repeat("x", 40)} {
		f.Add(s)
	}
	for _, s := range repetitiveSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s)
		checkRead(t, s)
	})
}

// repetitiveSeeds are the fuzz targets' repetitive messages: junk the
// models read once per distinct token (repeat.go), words said over and
// over, and repetition that is not most of a message.
var repetitiveSeeds = []string{
	strings.Repeat("<b>x</b>", 100), strings.Repeat("ש😀<b>x</b>", 50), strings.Repeat("<b>x</b>", 4),
	strings.Repeat("stop ", 12), strings.Repeat("STOP. ", 40), strings.Repeat("call me ", 6), strings.Repeat("call me ", 60),
	strings.Repeat("no ", 400), strings.Repeat("😀", 400), strings.Repeat("x, y, ", 200),
	strings.Repeat("one two three four five six seven eight nine ", 40), "no no no, not now " + strings.Repeat("no ", 9),
}

// checkRead: the tokens the models read are those of tokenize, or, for
// a repetitive message, its distinct tokens once each in the order of
// first appearance, with a clause break only between two of them.
func checkRead(t *testing.T, s string) {
	t.Helper()
	var tk tokens
	tk.tokenize(s)
	written, read := Tokenize(s), readTokens(s)
	if !tk.repetitive() {
		require.Equal(t, written, read, "%q", s)
		return
	}
	var distinct []string
	for _, w := range written {
		if w != "|" && !slices.Contains(distinct, w) {
			distinct = append(distinct, w)
		}
	}
	require.Equal(t, distinct, slices.DeleteFunc(slices.Clone(read), func(w string) bool { return w == "|" }), "%q", s)
	for i, w := range read {
		if w == "|" {
			require.True(t, i > 0 && i+1 < len(read) && read[i-1] != "|" && read[i+1] != "|", "%q: %q", s, read)
		}
	}
}

func FuzzFeatures(f *testing.F) {
	for _, s := range []string{"STOP", "please take me off your list", "¿me pueden llamar?", "a\xffb", "no, never. ok!!", "CALL ME 5125550132", "ʔҎ niño ĀĒ"} {
		f.Add(s)
	}
	for _, s := range repetitiveSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tk, ref tokens
		tk.tokenize(s)
		ref.referenceTokenize(s)
		require.Equal(t, ref, tk)
		hs := Features(s, nil)
		require.Equal(t, referenceFeatures(s), hs)
		checkFeatureSums(t, Default(), s)
		fs := FeatureNames(s)
		require.Len(t, fs, len(hs))
		for i := range hs {
			require.Equal(t, hs[i], fs[i].Hash)
			// names go into the audit trail: valid UTF-8 even when a
			// character n-gram cuts a multi-byte letter
			require.True(t, utf8.ValidString(fs[i].Name), "%q", fs[i].Name)
		}
		for _, c := range Default().Explain(s, OptOut, 3) {
			require.True(t, utf8.ValidString(c.Name), "%q", c.Name)
		}
		// bounded: per token at most a word, first-word, negation, bigram
		// and (maxWordBytes+2)*3 character n-grams, plus the shapes
		require.LessOrEqual(t, len(hs), maxTokens*(4+3*(maxWordBytes+2))+6)
		sc := Default().Score(s)
		for _, z := range sc.Logit {
			require.False(t, math.IsNaN(z) || math.IsInf(z, 0))
		}
		for _, z := range DefaultFields().Score(s).Logit {
			require.False(t, math.IsNaN(z) || math.IsInf(z, 0))
		}
		for _, z := range DefaultTopics().Score(s).Logit {
			require.False(t, math.IsNaN(z) || math.IsInf(z, 0))
		}
		require.True(t, utf8.ValidString(DefaultTopics().Why(s, OutOfScopeTopic)))
		checkRead(t, s)
	})
}

func TestEmbeddedModel(t *testing.T) {
	t.Parallel()
	m := Default()
	require.Equal(t, 1<<17, m.Buckets())
	require.LessOrEqual(t, len(embedded), 2<<20, "the embedded weights stay under 2 MB")
	for task := Task(0); task < NumTasks; task++ {
		p := m.Params(task)
		require.Greater(t, p.Fire, 0.0, "%s: a threshold below p=0.5 would fire on a coin toss", task)
		require.LessOrEqual(t, p.Review, p.Fire)
		tk, ok := ParseTask(task.String())
		require.True(t, ok)
		require.Equal(t, task, tk)
	}
	s := m.Score("please take me off your list, this is the wrong number")
	require.True(t, m.Fires(s, OptOut), "p=%.3f", s.Prob(OptOut))
	require.Equal(t, s, m.Score("please take me off your list, this is the wrong number"), "cached and deterministic")
	ex := m.Explain("please take me off your list, this is the wrong number", OptOut, 3)
	require.Len(t, ex, 3)
	require.GreaterOrEqual(t, ex[0].Weight, ex[1].Weight)
	require.Regexp(t, `^p=[01]\.\d\d( \S+\+\d+\.\d\d){3}$`, m.Why("please take me off your list, this is the wrong number", OptOut))
	require.False(t, m.Fires(m.Score("what time works for the walkthrough?"), OptOut))
}

func TestParseRejects(t *testing.T) {
	t.Parallel()
	for _, b := range [][]byte{nil, []byte("HKLM"), []byte("XXXX\x01\x11\x01\x04"), append([]byte("HKLM\x02\x11\x01\x04"), make([]byte, 100)...), embedded[:len(embedded)-2]} {
		_, err := Parse(b)
		require.ErrorIs(t, err, ErrFormat)
	}
}

func TestExpDet(t *testing.T) {
	t.Parallel()
	for x := -50.0; x <= 50; x += 0.37 {
		require.InEpsilon(t, math.Exp(x), expDet(x), 1e-14, "x=%g", x)
	}
	require.Equal(t, 0.0, expDet(-800))
	require.True(t, math.IsInf(expDet(800), 1))
	require.Equal(t, 0.5, sigmoid(0))
}

// TestTrainReproducesEmbedded retrains from data/ with the default
// configuration and checks that the result is byte for byte the embedded
// model and its card: the weights are what the command in the repository
// produces, nothing else. After changing the data, the featurizer or the
// trainer, run `go generate ./internal/learned`.
func TestTrainReproducesEmbedded(t *testing.T) {
	t.Parallel()
	rows, err := LoadTraining(os.DirFS("../.."))
	require.NoError(t, err)
	res, err := Train(rows, DefaultTrainConfig())
	require.NoError(t, err)
	require.True(t, bytes.Equal(embedded, res.Model), "model.bin is not what the trainer produces: run go generate ./internal/learned")
	card, err := os.ReadFile("MODEL.md")
	require.NoError(t, err)
	require.Equal(t, string(card), string(res.Card))

	frows, err := LoadFieldRows(os.DirFS("."), "data")
	require.NoError(t, err)
	fres, err := TrainFields(frows, DefaultTrainConfig())
	require.NoError(t, err)
	require.True(t, bytes.Equal(embeddedFields, fres.Model), "fields.bin is not what the trainer produces: run go generate ./internal/learned")
	fcard, err := os.ReadFile("FIELDS.md")
	require.NoError(t, err)
	require.Equal(t, string(fcard), string(fres.Card))

	dirs, err := TrainingDirs(os.DirFS("../.."))
	require.NoError(t, err)
	trows, err := LoadTopicRows(os.DirFS("../.."), dirs)
	require.NoError(t, err)
	tres, err := TrainTopics(append(trows, BorrowTopicNegatives(rows)...), DefaultTrainConfig())
	require.NoError(t, err)
	require.True(t, bytes.Equal(embeddedTopics, tres.Model), "topics.bin is not what the trainer produces: run go generate ./internal/learned")
	tcard, err := os.ReadFile("TOPICS.md")
	require.NoError(t, err)
	require.Equal(t, string(tcard), string(tres.Card))
}

func TestEmbeddedFieldModel(t *testing.T) {
	t.Parallel()
	m := DefaultFields()
	require.Equal(t, 1<<15, m.Buckets())
	require.LessOrEqual(t, len(embedded)+len(embeddedFields)+len(embeddedTopics), 2<<20, "the embedded weights stay under 2 MB together")
	for f := FieldTask(0); f < NumFieldTasks; f++ {
		p := m.Params(f)
		require.GreaterOrEqual(t, p.Fire, logit(DefaultTrainConfig().FieldMinProb)-1e-9, "%s", f)
		got, ok := ParseFieldTask(f.String())
		require.True(t, ok)
		require.Equal(t, f, got)
	}
	// a reason to sell told as a story, and a message that states nothing
	s := m.Score("my mom passed in the spring and none of us kids live in the state anymore, so the house just sits there")
	require.True(t, m.Fires(s, Motivation), "p=%.3f", s.Prob(Motivation))
	quiet := m.Score("ok thanks, talk soon")
	for f := FieldTask(0); f < NumFieldTasks; f++ {
		require.False(t, m.Fires(quiet, f), "%s p=%.3f", f, quiet.Prob(f))
	}
}

// TestEmbeddedTopicModel: the topic model reads a question for a person
// and another company in English and Spanish, and nothing in an
// ordinary reply, an in-scope question or the sender's own quote; its
// thresholds keep the floor.
func TestEmbeddedTopicModel(t *testing.T) {
	t.Parallel()
	m := DefaultTopics()
	require.Equal(t, 1<<15, m.Buckets())
	for tt := TopicTask(0); tt < NumTopicTasks; tt++ {
		require.GreaterOrEqual(t, m.Params(tt).Fire, logit(DefaultTrainConfig().TopicMinProb)-1e-9, "%s", tt)
		got, ok := ParseTopicTask(tt.String())
		require.True(t, ok)
		require.Equal(t, tt, got)
	}
	_, ok := ParseTopicTask("low_value")
	require.False(t, ok)
	for text, want := range map[string]TopicTask{
		"you charged my card twice, I want one of those refunded":                     OutOfScopeTopic,
		"oiga, ¿y eso es legal? ¿necesito abogado para vender si mi esposo falleció?": OutOfScopeTopic,
		"we're paying Gusto 6 a head right now, is yours cheaper?":                    CompetitorTopic,
		"ahorita uso Jobber pa las citas y me cobran 40, ¿ustedes salen más baratos?": CompetitorTopic,
		"honestly I'd want the whole house repiped, every bathroom and the kitchen":   HighValueTopic,
	} {
		s := m.Score(text)
		require.True(t, m.Fires(s, want), "%s p=%.3f on %q", want, s.Prob(want), text)
		require.Contains(t, m.Why(text, want), "p=")
	}
	for _, text := range []string{"ok thanks, talk soon", "tuesday after 3 works", "3 bed 2 bath, roof is maybe 10 years old",
		"how long does the whole process take?", "¿cuánto tardan en venir?", "your number was a little high, any wiggle room?",
		"ustedes me mandaron la cotización ayer, ya la vi"} {
		s := m.Score(text)
		for tt := TopicTask(0); tt < NumTopicTasks; tt++ {
			require.False(t, m.Fires(s, tt), "%s p=%.3f on %q", tt, s.Prob(tt), text)
		}
	}
}

func TestParseTopicsRejects(t *testing.T) {
	t.Parallel()
	for _, b := range [][]byte{nil, []byte("HKLT"), embedded, embeddedFields, []byte("HKLT\x01\x0f\x01\x04"), embeddedTopics[:len(embeddedTopics)-2]} {
		_, err := ParseTopics(b)
		require.ErrorIs(t, err, ErrFormat)
	}
}

// TestLoadTopicRows: a conversation that lists a topic's rule gives that
// topic its turns before the expected event as negatives and the turn
// that hands off for it as a positive; a turn that hands off for another
// reason is a negative too, except an explicit ask's or an opt-out's; a
// conversation without the rule gives nothing, and rules the topic model
// does not read are ignored.
func TestLoadTopicRows(t *testing.T) {
	t.Parallel()
	conv := func(rules, event string, at int, reason string, leads ...string) string {
		var turns []string
		for _, l := range leads {
			turns = append(turns, `{"from":"ai","text":"hi?"}`, `{"from":"lead","text":"`+l+`"}`)
		}
		return `{"lang":"en","rules":[` + rules + `],"turns":[` + strings.Join(turns, ",") + `],"expect":{"event":"` + event + `","at_lead_turn":` +
			strconv.Itoa(at) + `,"reason":"` + reason + `"}}` + "\n"
	}
	repo := fstest.MapFS{"testdata/dev7/conversations.jsonl": {Data: []byte(
		conv(`"out_of_scope","high_value"`, "handoff", 2, "out_of_scope", "3 bed ranch", "is the lien a problem?", "after") +
			conv(`"out_of_scope","competitor"`, "handoff", 2, "explicit_ask", "roof is old", "can you ring me") +
			conv(`"out_of_scope"`, "handoff", 2, "frustration", "ok", "this is the third time!!") +
			conv(`"out_of_scope"`, "optout", 1, "", "stop, and who pays the transfer tax?") +
			conv(``, "handoff", 1, "out_of_scope", "do you handle probate?") +
			conv(`"out_of_scope"`, "none", 0, "", "just looking"))}}
	rows, err := LoadTopicRows(repo, []string{"testdata/dev7"})
	require.NoError(t, err)
	var got []string
	for _, r := range rows {
		require.Equal(t, "dev7", r.Writer)
		got = append(got, fmt.Sprintf("%s:%s:%v", r.Topic, r.Text, r.Label))
	}
	require.Equal(t, []string{
		"out_of_scope:3 bed ranch:false", "out_of_scope:is the lien a problem?:true",
		"high_value:3 bed ranch:false", "high_value:is the lien a problem?:false",
		"out_of_scope:roof is old:false", "competitor:roof is old:false",
		"out_of_scope:ok:false", "out_of_scope:this is the third time!!:false",
		"out_of_scope:just looking:false",
	}, got)
	_, err = LoadTopicRows(fstest.MapFS{"testdata/dev7/conversations.jsonl": {Data: []byte(conv(`"out_of_scope"`, "handoff", 4, "out_of_scope", "a"))}}, []string{"testdata/dev7"})
	require.ErrorContains(t, err, "at_lead_turn 4 outside 1..1")

	// a writer's topic file of single messages is read before the
	// conversations; a topic the model does not read is not
	files := fstest.MapFS{
		"internal/learned/data/w9/out_of_scope.jsonl":  {Data: []byte(`{"text":"the pipe under the sink let go, water everywhere","label":true}` + "\n" + `{"text":"what documents do I need?","label":false}` + "\n")},
		"internal/learned/data/w9/competitor.jsonl":    {Data: []byte(`{"text":"another lender quoted me less","label":true}` + "\n")},
		"internal/learned/data/w9/low_value.jsonl":     {Data: []byte(`{"text":"just the one shed","label":true}` + "\n")},
		"internal/learned/data/w9/conversations.jsonl": {Data: []byte(conv(`"out_of_scope"`, "none", 0, "", "just looking"))},
	}
	rows, err = LoadTopicRows(files, []string{"internal/learned/data/w9"})
	require.NoError(t, err)
	require.Equal(t, []TopicRow{
		{Topic: OutOfScopeTopic, Text: "the pipe under the sink let go, water everywhere", Label: true, Writer: "w9"},
		{Topic: OutOfScopeTopic, Text: "what documents do I need?", Writer: "w9"},
		{Topic: CompetitorTopic, Text: "another lender quoted me less", Label: true, Writer: "w9"},
		{Topic: OutOfScopeTopic, Text: "just looking", Writer: "w9"},
	}, rows)
	files["internal/learned/data/w9/out_of_scope.jsonl"] = &fstest.MapFile{Data: []byte(`{"text":"no label"}` + "\n")}
	_, err = LoadTopicRows(files, []string{"internal/learned/data/w9"})
	require.ErrorContains(t, err, "out_of_scope.jsonl:1")

	// one writer: no held-out measurement, thresholds stay closed
	res, err := TrainTopics(rows, DefaultTrainConfig())
	require.NoError(t, err)
	m, err := ParseTopics(res.Model)
	require.NoError(t, err)
	require.True(t, math.IsInf(m.Params(OutOfScopeTopic).Fire, 1))
	cfg := DefaultTrainConfig()
	cfg.TopicBits = 30
	_, err = TrainTopics(rows, cfg)
	require.ErrorContains(t, err, "TopicBits 30")
}

func TestParseFieldsRejects(t *testing.T) {
	t.Parallel()
	for _, b := range [][]byte{nil, []byte("HKLF"), embedded, []byte("HKLF\x01\x0f\x01\x04"), embeddedFields[:len(embeddedFields)-2]} {
		_, err := ParseFields(b)
		require.ErrorIs(t, err, ErrFormat)
	}
}

func TestLoadFieldRowsErrors(t *testing.T) {
	t.Parallel()
	dir, write := fieldFile(t, "bant.jsonl")
	write("{\"text\":\"we have 5k\",\"fields\":{\"budget\":\"5k\"}}\n{\"text\":\"hi\"}\n")
	_, err := LoadFieldRows(os.DirFS(dir), "data")
	require.ErrorContains(t, err, "bant.jsonl:2")
	write("{\"text\":\"it needs a roof\",\"fields\":{\"condition\":\"roof\"}}\n")
	_, err = LoadFieldRows(os.DirFS(dir), "data")
	require.ErrorContains(t, err, `labels no field "condition"`)
	write("{\"text\":\"we have 5k, I sign\",\"fields\":{\"authority\":\"I sign\",\"budget\":\"5k\",\"need\":\"\"}}\n{\"text\":\"ok\",\"fields\":{}}\n")
	rows, err := LoadFieldRows(os.DirFS(dir), "data")
	require.NoError(t, err)
	require.Equal(t, []FieldRow{{File: "bant", Text: "we have 5k, I sign", States: []FieldTask{Budget, Authority}, Writer: "w9"},
		{File: "bant", Text: "ok", Writer: "w9"}}, rows)
	// one writer: no held-out measurement, thresholds stay closed
	res, err := TrainFields(rows, DefaultTrainConfig())
	require.NoError(t, err)
	m, err := ParseFields(res.Model)
	require.NoError(t, err)
	require.True(t, math.IsInf(m.Params(Budget).Fire, 1))
}

func TestLoadRowsErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(dir+"/data/w9", 0o755))
	require.NoError(t, os.WriteFile(dir+"/data/w9/optout.jsonl", []byte("{\"text\":\"stop\",\"label\":true}\n\n{\"text\":\"hi\"}\n"), 0o644))
	_, err := LoadRows(os.DirFS(dir), "data")
	require.ErrorContains(t, err, "optout.jsonl:3")
	require.NoError(t, os.WriteFile(dir+"/data/w9/optout.jsonl", []byte("{\"text\":\"stop\",\"label\":true}\n{\"text\":\"bus stop\",\"label\":false}\n"), 0o644))
	rows, err := LoadRows(os.DirFS(dir), "data")
	require.NoError(t, err)
	require.Equal(t, []Row{{Task: OptOut, Text: "stop", Label: true, Writer: "w9"}, {Task: OptOut, Text: "bus stop", Writer: "w9"}}, rows)
	// one writer: no held-out measurement, thresholds stay closed
	res, err := Train(rows, DefaultTrainConfig())
	require.NoError(t, err)
	m, err := Parse(res.Model)
	require.NoError(t, err)
	require.True(t, math.IsInf(m.Params(OptOut).Fire, 1))
	require.Contains(t, string(res.Card), "one writer only")
}

const benchMsg = "yeah we inherited the place from my aunt last yr, roof leaks and the kitchen is original. " +
	"want to close by march, around 250k. can someone call me tmrw morning?"

func benchTexts() []string {
	texts := make([]string, 64)
	for i := range texts {
		texts[i] = strings.Replace(benchMsg, "250k", strings.Repeat("9", 1+i%5)+"k"+string(rune('a'+i%26)), 1)
	}
	return texts
}

// BenchmarkScore measures tokenizing, featurizing and scoring a
// 160-byte message for all four tasks (distinct messages, no score
// cache; the model's weight and n-gram sums of the words, which the
// messages share, are remembered after the first pass, as in an engine,
// see [gramCache]).
func BenchmarkScore(b *testing.B) {
	m, texts := Default(), benchTexts()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = m.score(texts[i%len(texts)])
		i++
	}
}

// BenchmarkExplain measures naming the strongest features of a decision.
func BenchmarkExplain(b *testing.B) {
	m, texts := Default(), benchTexts()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = m.Explain(texts[i%len(texts)], ExplicitAsk, 3)
		i++
	}
}

// TestOrdinaryFPRCapsThreshold: a frustration threshold calibrated on
// its own look-alikes alone sits below the scores of ordinary messages
// that share its words; OrdinaryFPR raises it above them.
func TestOrdinaryFPRCapsThreshold(t *testing.T) {
	t.Parallel()
	var rows []Row
	angry := []string{"this is ridiculous", "so fed up with you", "worst service ever", "you people are useless", "are you even reading this"}
	for i, w := range []string{"a", "b", "c", "d", "e"} {
		add := func(task Task, label bool, texts ...string) {
			for _, s := range texts {
				rows = append(rows, Row{Task: task, Text: s, Label: label, Writer: w})
			}
		}
		for _, a := range angry {
			add(Frustration, true, a+" "+w)
		}
		add(Frustration, false, "ok thanks "+w, "sounds good "+w, "what time works "+w, "is it still available "+w)
		// ordinary messages of the opt-out file that share the words of a
		// frustrated one, each writer's own
		add(OptOut, false, angry[i]+" "+w+"x", angry[(i+1)%5]+" "+w+"y")
		add(OptOut, true, "stop texting me "+w)
	}
	mf, mc := trainCapped(t, rows, Frustration)
	require.Greater(t, mc.Params(Frustration).Fire, mf.Params(Frustration).Fire)
}

// trainCapped trains rows twice on small defaults without engineers'
// rows, the review band's floor or the per-task floors: with no
// OrdinaryFPR, then with a tight one for task.
func trainCapped(t *testing.T, rows []Row, task Task) (free, capped *Model) {
	t.Helper()
	cfg := DefaultTrainConfig()
	cfg.Bits, cfg.AlwaysTrain, cfg.MinReviewProb = 12, nil, cfg.MinProb
	cfg.OrdinaryFPR, cfg.MinFireProb = [NumTasks]float64{}, [NumTasks]float64{}
	for i := range 2 {
		res, err := Train(rows, cfg)
		require.NoError(t, err)
		m, err := Parse(res.Model)
		require.NoError(t, err)
		if i == 0 {
			free = m
		} else {
			capped = m
		}
		cfg.OrdinaryFPR[task] = 0.001
	}
	return free, capped
}

// TestOrdinaryFPRCapsReviewBand: the opt-out review band, the lowest
// score the model acts on, is calibrated on the task's own look-alikes;
// ordinary messages that share an opt-out's words (here commitment
// messages, which opt-out borrows as negatives) would sit inside it.
// OrdinaryFPR raises the band above them, never above suppression.
func TestOrdinaryFPRCapsReviewBand(t *testing.T) {
	t.Parallel()
	var rows []Row
	revoke := []string{"please stop texting me", "take me off the list", "no more messages please", "remove my number", "do not contact me again"}
	for i, w := range []string{"a", "b", "c", "d", "e"} {
		add := func(task Task, label bool, texts ...string) {
			for _, s := range texts {
				rows = append(rows, Row{Task: task, Text: s, Label: label, Writer: w})
			}
		}
		for _, r := range revoke {
			add(OptOut, true, r+" "+w)
		}
		add(OptOut, false, "what is the offer "+w, "is it cash "+w, "how long does it take "+w, "who is this "+w)
		// ordinary messages of the commitment file in an opt-out's words
		add(Commitment, true, revoke[i]+" "+w+"x", revoke[(i+2)%5]+" "+w+"y")
		add(Commitment, false, "maybe later "+w)
	}
	mf, mc := trainCapped(t, rows, OptOut)
	require.Greater(t, mc.Params(OptOut).Review, mf.Params(OptOut).Review)
	require.LessOrEqual(t, mc.Params(OptOut).Review, mc.Params(OptOut).Fire)
}

// TestReviewBandFloorAndStableFolds: the opt-out review band never sits
// below MinReviewProb, and a new writer of another task leaves the
// opt-out thresholds as they were (each fold's shuffle follows its
// writer's name, not its position among the writers).
func TestReviewBandFloorAndStableFolds(t *testing.T) {
	t.Parallel()
	rows := threeWriters(OptOut, []string{"please stop texting me", "take me off the list", "no more messages please", "remove my number"},
		[]string{"what is the offer", "is it cash", "stop by at noon", "the list price is fine", "more photos please"})
	cfg := DefaultTrainConfig()
	cfg.Bits, cfg.AlwaysTrain = 12, nil
	train := func(rows []Row) *Model { return trainTiny(t, rows, cfg) }
	require.GreaterOrEqual(t, train(rows).Params(OptOut).Review, logit(cfg.MinReviewProb))
	// with no floors the thresholds are the out-of-fold quantiles
	// themselves; a commitment writer whose name sorts first shifts
	// every fold's index but none of their shuffles
	cfg.MinProb, cfg.MinReviewProb, cfg.MinSuppressProb = 0.01, 0.01, 0.01
	before := train(rows)
	more := append([]Row{{Task: Commitment, Text: "send the contract", Label: true, Writer: "a"},
		{Task: Commitment, Text: "maybe later", Writer: "a"}}, rows...)
	after := train(more)
	require.Equal(t, before.Params(OptOut), after.Params(OptOut))
}

// TestBorrowsOnlyFromWritersOfTheTask: a writer who wrote no frustration
// file leaves the frustration model (weights and thresholds) exactly as
// it was, though its ordinary opt-out messages are the kind frustration
// borrows as negatives.
func TestBorrowsOnlyFromWritersOfTheTask(t *testing.T) {
	t.Parallel()
	var rows []Row
	add := func(w string, task Task, label bool, texts ...string) {
		for _, s := range texts {
			rows = append(rows, Row{Task: task, Text: s, Label: label, Writer: w})
		}
	}
	for _, w := range []string{"a", "b", "c"} {
		add(w, Frustration, true, "this is ridiculous "+w, "so fed up "+w, "are you even reading this "+w)
		add(w, Frustration, false, "ok thanks "+w, "mornings work "+w, "what is the price "+w)
		add(w, OptOut, false, "what is the offer "+w)
		add(w, OptOut, true, "stop texting me "+w)
	}
	cfg := DefaultTrainConfig()
	cfg.Bits, cfg.AlwaysTrain = 12, nil
	before, err := Train(rows, cfg)
	require.NoError(t, err)
	add("d", OptOut, false, "this is ridiculous weather", "so fed up with my commute", "hard to say")
	add("d", OptOut, true, "unsubscribe")
	after, err := Train(rows, cfg)
	require.NoError(t, err)
	mb, err := Parse(before.Model)
	require.NoError(t, err)
	ma, err := Parse(after.Model)
	require.NoError(t, err)
	require.Equal(t, mb.Params(Frustration), ma.Params(Frustration))
	for _, s := range []string{"this is ridiculous", "so fed up with my commute", "ok thanks"} {
		require.Equal(t, mb.score(s).Logit[Frustration], ma.score(s).Logit[Frustration], s)
	}
}

// TestLoadFieldRowsB2B: b2b.jsonl labels the B2B schema's fields (budget
// and timeline shared with bant.jsonl) and no seller field.
func TestLoadFieldRowsB2B(t *testing.T) {
	t.Parallel()
	dir, write := fieldFile(t, "b2b.jsonl")
	write("{\"text\":\"40 of us, I run ops, need it by Q3\",\"fields\":{\"company_size\":\"40\",\"role\":\"ops\",\"timeline\":\"Q3\"}}\n")
	rows, err := LoadFieldRows(os.DirFS(dir), "data")
	require.NoError(t, err)
	require.Equal(t, []FieldRow{{File: "b2b", Text: "40 of us, I run ops, need it by Q3", States: []FieldTask{Timeline, CompanySize, Role}, Writer: "w9"}}, rows)
	write("{\"text\":\"the roof leaks\",\"fields\":{\"condition\":\"roof\"}}\n")
	_, err = LoadFieldRows(os.DirFS(dir), "data")
	require.ErrorContains(t, err, `labels no field "condition"`)
	for _, f := range []FieldTask{CompanySize, Role, UseCaseFit} {
		g, ok := ParseFieldTask(f.String())
		require.True(t, ok)
		require.Equal(t, f, g)
	}
}

// TestAskFloor: the model alone reads an explicit ask only at its
// MinFireProb or above, whatever the out-of-fold quantile says.
func TestAskFloor(t *testing.T) {
	t.Parallel()
	rows := threeWriters(ExplicitAsk, []string{"call me please", "can someone ring me", "give me a call", "i want a person"},
		[]string{"what is the offer", "is it cash", "call routing is fine", "the person at the door", "more photos"})
	cfg := DefaultTrainConfig()
	cfg.Bits, cfg.AlwaysTrain, cfg.MinProb = 12, nil, 0.01
	fire := func() float64 { return trainTiny(t, rows, cfg).Params(ExplicitAsk).Fire }
	cfg.MinFireProb[ExplicitAsk] = 0
	require.Less(t, fire(), logit(0.9), "the quantile alone sits below the floor here")
	cfg.MinFireProb[ExplicitAsk] = 0.9
	require.InDelta(t, logit(0.9), fire(), 1e-9)
}

// threeWriters returns the positives and negatives of task as written
// by three writers ("b", "d", "f"), each text tagged with its writer.
func threeWriters(task Task, pos, neg []string) []Row {
	var rows []Row
	for _, w := range []string{"b", "d", "f"} {
		for _, s := range pos {
			rows = append(rows, Row{Task: task, Text: s + " " + w, Label: true, Writer: w})
		}
		for _, s := range neg {
			rows = append(rows, Row{Task: task, Text: s + " " + w, Writer: w})
		}
	}
	return rows
}

// trainTiny trains and parses a model on rows.
func trainTiny(t *testing.T, rows []Row, cfg TrainConfig) *Model {
	t.Helper()
	res, err := Train(rows, cfg)
	require.NoError(t, err)
	m, err := Parse(res.Model)
	require.NoError(t, err)
	return m
}

// fieldFile returns a temporary root whose data/w9/name write replaces.
func fieldFile(t *testing.T, name string) (dir string, write func(string)) {
	t.Helper()
	dir = t.TempDir()
	require.NoError(t, os.MkdirAll(dir+"/data/w9", 0o755))
	return dir, func(s string) {
		require.NoError(t, os.WriteFile(dir+"/data/w9/"+name, []byte(s), 0o644))
	}
}

// TestTrainingDirs: the trainer reads the writers under
// internal/learned/data and then the development sets devsets.txt lists,
// and nothing else: a blind set, a missing folder or a writer named twice
// is an error, so a measurement set cannot slip into the training data.
func TestTrainingDirs(t *testing.T) {
	t.Parallel()
	row := &fstest.MapFile{Data: []byte(`{"text":"please stop texting me","label":true}` + "\n")}
	repo := fstest.MapFS{
		"internal/learned/data/w1/optout.jsonl":       row,
		"internal/learned/data/devsets.txt":           {Data: []byte("# trained after tuning\n\ndev7\ndev12 # no task file\n")},
		"testdata/dev7/optout.jsonl":                  row,
		"testdata/dev7/conversations.jsonl":           {Data: []byte("not read\n")},
		"testdata/dev12/fields.jsonl":                 {Data: []byte(`{"text":"roof leaks","fields":{"condition":"roof leaks"}}` + "\n")},
		"testdata/dev9/optout.jsonl":                  row, // not listed: not read
		"testdata/blind3/optout.jsonl":                row,
		"internal/learned/data/w1/explicit_ask.jsonl": {Data: []byte(`{"text":"call me","label":true}` + "\n")},
	}
	dirs, err := TrainingDirs(repo)
	require.NoError(t, err)
	require.Equal(t, []string{"internal/learned/data/w1", "testdata/dev7", "testdata/dev12"}, dirs)
	rows, err := LoadRowsFrom(repo, dirs)
	require.NoError(t, err)
	var writers []string
	for _, r := range rows {
		writers = append(writers, r.Writer+"/"+r.Task.String())
	}
	require.Equal(t, []string{"w1/optout", "w1/explicit_ask", "dev7/optout"}, writers)

	for list, want := range map[string]string{
		"blind3\n":     `"blind3" is not a development set`,
		"dev\n":        `"dev" is not a development set`,
		"dev7x\n":      `"dev7x" is not a development set`,
		"dev8\n":       "no folder testdata/dev8",
		"dev7\ndev7\n": `writer "dev7" is already testdata/dev7`,
		"w1x\n":        `"w1x" is not a development set`,
	} {
		bad := maps.Clone(repo)
		bad["internal/learned/data/devsets.txt"] = &fstest.MapFile{Data: []byte(list)}
		_, err := TrainingDirs(bad)
		require.ErrorContains(t, err, want, "list %q", list)
	}

	// a data folder named like a listed dev set collides with it, and a
	// link named like a dev set is refused (it could point at a blind set)
	clash := maps.Clone(repo)
	clash["internal/learned/data/dev7/optout.jsonl"] = row
	_, err = TrainingDirs(clash)
	require.ErrorContains(t, err, `writer "dev7" is already internal/learned/data/dev7`)
	linked := maps.Clone(repo)
	delete(linked, "testdata/dev7/optout.jsonl")
	delete(linked, "testdata/dev7/conversations.jsonl")
	linked["testdata/dev7"] = &fstest.MapFile{Data: []byte("blind3"), Mode: fs.ModeSymlink}
	_, err = TrainingDirs(linked)
	require.ErrorContains(t, err, "no folder testdata/dev7")

	// without a list the trainer reads the data folder alone
	bare := maps.Clone(repo)
	delete(bare, "internal/learned/data/devsets.txt")
	dirs, err = TrainingDirs(bare)
	require.NoError(t, err)
	require.Equal(t, []string{"internal/learned/data/w1"}, dirs)
}

// TestFitsAverage: with Fits > 1 the message model's weights are the mean
// of that many fits, each shuffled by its own seed, so a retrain depends
// less on one shuffle; the first of them is the single fit of Fits 1.
func TestFitsAverage(t *testing.T) {
	t.Parallel()
	rows := threeWriters(OptOut, []string{"stop texting me", "take me off the list", "please remove my number"},
		[]string{"stop by at noon", "is the list price firm", "what number should i call"})
	var exs []example
	const mask = 1<<10 - 1
	for i, r := range rows {
		exs = append(exs, example{idx: bucketsOf(r.Text, mask), label: r.Label, own: true, fold: i % 3})
	}
	weigh(exs, 1)
	cfg := DefaultTrainConfig()
	cfg.Epochs = 3
	w0, b0 := fitOnce(exs, cfg, mask, cfg.Seed, 5)
	w1, b1 := fitOnce(exs, cfg, mask, cfg.Seed+1, 5)
	require.NotEqual(t, w0, w1, "another seed shuffles the rows in another order")

	cfg.Fits = 1
	w, b := fit(exs, cfg, mask, 5)
	require.Equal(t, w0, w)
	require.Equal(t, b0, b)

	cfg.Fits = 2
	w, b = fit(exs, cfg, mask, 5)
	for j := range w {
		require.InDelta(t, (w0[j]+w1[j])/2, w[j], 1e-12)
	}
	require.InDelta(t, (b0+b1)/2, b, 1e-12)
}

// TestFieldModelRate: the field model trains at FieldLR, one fit, whatever
// the message model's LR and Fits; with no FieldLR it trains at LR.
func TestFieldModelRate(t *testing.T) {
	t.Parallel()
	var rows []FieldRow
	for _, w := range []string{"b", "d", "f"} {
		rows = append(rows, FieldRow{File: "fields", Text: "roof leaks and the kitchen is gutted " + w, States: []FieldTask{Condition}, Writer: w},
			FieldRow{File: "fields", Text: "we just want to sell soon " + w, Writer: w})
	}
	cfg := DefaultTrainConfig()
	cfg.FieldBits = 10
	train := func(c TrainConfig) []byte {
		res, err := TrainFields(rows, c)
		require.NoError(t, err)
		return res.Model
	}
	at02 := cfg
	at02.LR, at02.Fits, at02.FieldLR = 0.2, 1, 0.2
	want := train(at02)
	require.Equal(t, want, train(cfg), "FieldLR 0.2 whatever LR and Fits")
	unset := cfg
	unset.LR, unset.FieldLR = 0.2, 0
	require.Equal(t, want, train(unset), "no FieldLR: LR")
	other := cfg
	other.FieldLR = 0.4
	require.NotEqual(t, want, train(other))
}

// TestFoldGroups: the out-of-fold groups hold every writer but the
// engineers' out exactly once, dealt evenly, and one writer per group
// when there are no more writers than folds.
func TestFoldGroups(t *testing.T) {
	t.Parallel()
	writers := []string{"eng", "w1", "w2", "w3", "dev5", "dev7", "w9"}
	cfg := DefaultTrainConfig()
	cfg.Folds = 4
	g := foldGroups(writers, cfg)
	require.Equal(t, -1, g[0], "the engineers' rows are never held out")
	sizes := map[int]int{}
	for _, x := range g[1:] {
		require.True(t, x >= 0 && x < 4)
		sizes[x]++
	}
	require.Len(t, sizes, 4)
	for _, n := range sizes {
		require.True(t, n == 1 || n == 2, "groups dealt evenly: %v", sizes)
	}
	require.Equal(t, g, foldGroups(writers, cfg), "deterministic")
	cfg.Folds = 0
	require.Equal(t, []int{-1, 0, 1, 2, 3, 4, 5}, foldGroups(writers, cfg))
	cfg.Folds = 6
	require.Equal(t, []int{-1, 0, 1, 2, 3, 4, 5}, foldGroups(writers, cfg), "no more writers than folds: one each")
}

// TestLoadTurnRows: a development conversation's lead turns before its
// expected event, and every turn of one that expects none, are negatives
// of every task; a handoff's own turn is no
// opt-out; an opt-out's own turn, the turns after the event and the AI's
// turns are not read; a conversation whose expectation does not fit its
// turns is an error naming the file and line.
func TestLoadTurnRows(t *testing.T) {
	t.Parallel()
	conv := func(event string, at int, reason string, leads ...string) string {
		var turns []string
		for _, l := range leads {
			turns = append(turns, `{"from":"ai","text":"hi?"}`, `{"from":"lead","text":"`+l+`"}`)
		}
		return `{"lang":"en","turns":[` + strings.Join(turns, ",") + `],"expect":{"event":"` + event + `","at_lead_turn":` +
			strconv.Itoa(at) + `,"reason":"` + reason + `"}}` + "\n"
	}
	repo := fstest.MapFS{"testdata/dev7/conversations.jsonl": {Data: []byte(
		conv("handoff", 2, "explicit_ask", "selling the duplex", "can someone ring me", "after") +
			conv("optout", 2, "", "maybe", "yup") +
			conv("none", 0, "", "just looking", "ok thanks"))}}
	rows, err := LoadTurnRows(repo, []string{"testdata/dev7"})
	require.NoError(t, err)
	var got []string
	for _, r := range rows {
		require.True(t, r.Turn)
		require.False(t, r.Label)
		require.Equal(t, "dev7", r.Writer)
		got = append(got, r.Task.String()+":"+r.Text)
	}
	require.Equal(t, []string{
		"optout:selling the duplex", "explicit_ask:selling the duplex", "frustration:selling the duplex", "commitment:selling the duplex",
		"optout:can someone ring me",
		"optout:maybe", "explicit_ask:maybe", "frustration:maybe", "commitment:maybe",
		"optout:just looking", "explicit_ask:just looking", "frustration:just looking", "commitment:just looking",
		"optout:ok thanks", "explicit_ask:ok thanks", "frustration:ok thanks", "commitment:ok thanks",
	}, got)

	for data, want := range map[string]string{
		conv("handoff", 3, "fields", "a", "b"):                                    "at_lead_turn 3 outside 1..2",
		conv("optout", 0, "", "a"):                                                "at_lead_turn 0 outside 1..1",
		conv("escalate", 1, "", "a"):                                              `unknown expected event "escalate"`,
		`{"turns":[{"from":"bot","text":"hi"}],"expect":{"event":"none"}}` + "\n": `turn from "bot"`,
		"{not json\n": "conversations.jsonl:1",
	} {
		_, err := LoadTurnRows(fstest.MapFS{"testdata/dev7/conversations.jsonl": {Data: []byte(data)}}, []string{"testdata/dev7"})
		require.ErrorContains(t, err, want, "%s", data)
	}
}

// TestTurnsCapThresholds: conversation turns count among the ordinary
// messages a task's threshold is capped on, never among its own rows, and
// no other task borrows them: a turn that reads like an ask lifts the
// ask's threshold above it.
func TestTurnsCapThresholds(t *testing.T) {
	t.Parallel()
	var rows []Row
	for _, w := range []string{"a", "b", "c", "d"} {
		for i, s := range []string{"call me please", "can someone phone me", "ring me tonight", "i want to talk to a person"} {
			rows = append(rows, Row{Task: ExplicitAsk, Text: s + " " + w + strconv.Itoa(i), Label: true, Writer: w},
				Row{Task: ExplicitAsk, Text: "the house has " + strconv.Itoa(i) + " rooms " + w, Writer: w})
		}
	}
	cfg := DefaultTrainConfig()
	cfg.Bits, cfg.AlwaysTrain, cfg.Folds, cfg.Fits = 12, nil, 0, 1
	cfg.FireFPR[ExplicitAsk], cfg.OrdinaryFPR[ExplicitAsk], cfg.MinProb, cfg.MinFireProb = 0.5, 0.01, 0.01, [NumTasks]float64{}
	fire := func(rows []Row) float64 {
		res, err := Train(rows, cfg)
		require.NoError(t, err)
		m, err := Parse(res.Model)
		require.NoError(t, err)
		return m.Params(ExplicitAsk).Fire
	}
	base := fire(rows)
	var turns []Row
	for _, w := range []string{"a", "b", "c", "d"} {
		turns = append(turns, Row{Task: ExplicitAsk, Text: "call me maybe, i mean text me " + w, Writer: w, Turn: true})
	}
	require.Greater(t, fire(append(slices.Clone(rows), turns...)), base, "ordinary turns that read like asks lift the threshold")
	require.Equal(t, 0, extraNegativeCount(append(slices.Clone(rows), turns...)), "no task borrows a turn")
}

func extraNegativeCount(rows []Row) int {
	n := 0
	for _, r := range rows {
		for t := Task(0); t < NumTasks; t++ {
			if r.Turn && extraNegative(t, r) {
				n++
			}
		}
	}
	return n
}

// TestFileRowWinsOverTurn: a conversation's turn that repeats a task
// file's row (as tokenised) gives way to it, instead of both going as a
// conflicting duplicate; other turns stay.
func TestFileRowWinsOverTurn(t *testing.T) {
	t.Parallel()
	rows := []Row{
		{Task: Commitment, Text: "Let's do it!", Label: true, Writer: "a"},
		{Task: Commitment, Text: "lets do it", Writer: "b", Turn: true},
		{Task: OptOut, Text: "lets do it", Writer: "b", Turn: true},
		{Task: Commitment, Text: "maybe later", Writer: "b", Turn: true},
	}
	got := dedupe(dropConflictingTurns(rows))
	require.Equal(t, []Row{rows[0], rows[2], rows[3]}, got)
	require.Len(t, rows, 4, "the caller's rows are left as they were")
}

// TestBorrowTopicNegatives: the competitor and high-value topics borrow
// the message model's ask, commitment and frustration rows as negatives,
// never an
// opt-out row or a conversation's turn, and marks them so the
// thresholds leave them out.
func TestBorrowTopicNegatives(t *testing.T) {
	t.Parallel()
	rows := []Row{
		{Task: ExplicitAsk, Text: "can a person call me", Label: true, Writer: "w1"},
		{Task: Commitment, Text: "your price works, let's go", Writer: "w2"},
		{Task: Frustration, Text: "third time I ask", Label: true, Writer: "w3"},
		{Task: OptOut, Text: "stop", Label: true, Writer: "w4"},
		{Task: ExplicitAsk, Text: "call me", Writer: "w5", Turn: true},
	}
	require.Equal(t, []TopicRow{
		{Topic: CompetitorTopic, Text: "can a person call me", Writer: "w1", Borrowed: true},
		{Topic: HighValueTopic, Text: "can a person call me", Writer: "w1", Borrowed: true},
		{Topic: CompetitorTopic, Text: "your price works, let's go", Writer: "w2", Borrowed: true},
		{Topic: HighValueTopic, Text: "your price works, let's go", Writer: "w2", Borrowed: true},
		{Topic: CompetitorTopic, Text: "third time I ask", Writer: "w3", Borrowed: true},
		{Topic: HighValueTopic, Text: "third time I ask", Writer: "w3", Borrowed: true},
	}, BorrowTopicNegatives(rows))
}
