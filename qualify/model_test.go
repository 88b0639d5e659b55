package qualify

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/stretchr/testify/require"
)

// TestModelFillsWhatNoCueLists: the learned field model fills a field the
// lead states in words no cue lists, quoting the lead's own sentence; it
// leaves a known field alone, fills nothing from a message that states
// nothing, and NoModel turns it off.
func TestModelFillsWhatNoCueLists(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	text := "hi. none of us kids live in the state anymore and nobody wants to keep flying back to mow the lawn"
	get := func(e *RuleExtractor, known map[Field]Value) (Value, bool) {
		vs, err := e.Extract(ctx, ExtractInput{Schema: RealEstate, Text: text, MessageID: "m1", Known: known})
		require.NoError(t, err)
		for _, v := range vs {
			if v.Field == Motivation {
				return v, true
			}
		}
		return Value{}, false
	}
	_, ok := get(NewRuleExtractor(&ExtractorConfig{NoModel: true}), nil)
	require.False(t, ok, "no cue lists this motivation: the test needs one the rules miss")

	v, ok := get(NewRuleExtractor(nil), nil)
	require.True(t, ok)
	require.Equal(t, "none of us kids live in the state anymore and nobody wants to keep flying back to mow the lawn", v.Value)
	require.Equal(t, v.Value, v.Evidence)
	require.Regexp(t, `^model p=(0\.9[2-9]|1\.00)$`, v.Why, "the audit trail names the tier and its score")
	require.GreaterOrEqual(t, v.Confidence, RealEstate.MinConfidence)
	require.Equal(t, "m1", v.MessageID)

	vs, err := NewRuleExtractor(nil).Extract(ctx, ExtractInput{Schema: RealEstate, Text: "me salió un laburo en Córdoba y me vuelvo en diciembre"})
	require.NoError(t, err)
	require.True(t, slices.ContainsFunc(vs, func(v Value) bool { return v.Field == Motivation }), "a new job elsewhere, in Spanish: %v", vs)

	_, ok = get(NewRuleExtractor(nil), map[Field]Value{Motivation: {Field: Motivation, Value: "probate", Confidence: 0.8}})
	require.False(t, ok, "a known field is not overwritten by the model")

	for _, s := range []string{"ok thanks, talk soon", "who is this?", "lol yeah"} {
		vs, err := NewRuleExtractor(nil).Extract(ctx, ExtractInput{Schema: RealEstate, Text: s})
		require.NoError(t, err)
		require.Empty(t, vs, "%q", s)
	}
}

// TestBestSentenceBounds: the quoted sentence is the one that states the
// field, and a long one is cut at a letter's boundary.
func TestBestSentenceBounds(t *testing.T) {
	t.Parallel()
	m := learned.DefaultFields()
	got := bestSentence(m, "hey there! none of us kids live in the state anymore and nobody wants to keep flying back. ok thanks", learned.Motivation)
	require.Equal(t, "none of us kids live in the state anymore and nobody wants to keep flying back", got)
	long := strings.Repeat("ñ", 100) + " none of us kids live in the state anymore and nobody wants to keep flying back"
	got = bestSentence(m, long, learned.Motivation)
	require.LessOrEqual(t, len(got), maxModelValue+len("…"))
	require.True(t, utf8.ValidString(got))
	require.True(t, strings.HasSuffix(got, "…"))
}

// TestModelReadsABareAnswerAsTheAnswer: a short reply to a question about
// one field answers that question; the model fills no other field from
// it ("unos 300" after "how many people?" is no budget).
func TestModelReadsABareAnswerAsTheAnswer(t *testing.T) {
	t.Parallel()
	hist := []Turn{{Text: "Hi! Quick question: how many people are on your team?"}}
	for _, s := range []string{"unos 300"} {
		vs, err := NewRuleExtractor(nil).Extract(context.Background(), ExtractInput{Schema: B2B, Text: s, History: hist})
		require.NoError(t, err)
		for _, v := range vs {
			require.NotEqual(t, Budget, v.Field, "%q: %v", s, vs)
		}
		vs, err = NewRuleExtractor(nil).Extract(context.Background(), ExtractInput{Schema: B2B, Text: s})
		require.NoError(t, err)
		require.True(t, slices.ContainsFunc(vs, func(v Value) bool { return v.Field == Budget }), "%q alone reads as an amount: %v", s, vs)
	}
}

// TestModelVetoesUntoldReasons: whatever the field model reads, "oh,
// several reasons, long story" and "por motivos personales" tell no
// motivation; "a few reasons: the stairs and my knees" does.
func TestModelVetoesUntoldReasons(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"oh, several reasons, long story", "por motivos personales nada más", "a few reasons, it's a long story"} {
		require.True(t, modelVetoed(Motivation, RealEstate, textmatch.Cached(s)), "%q tells no reason", s)
	}
	for _, s := range []string{"a few reasons, mostly the stairs and my knees because I'm 80", "we're moving closer to my daughter"} {
		require.False(t, modelVetoed(Motivation, RealEstate, textmatch.Cached(s)), "%q tells a reason", s)
	}
}

// TestModelReadsOneSentenceOfALongMessage: a field stated in one sentence
// of a message that talks about other things first is diluted in the
// whole message's score; the sentence alone, clearing the threshold by
// sentenceMargin, states it, quoted with its own probability. A sentence
// that scores only a little over the threshold does not.
func TestModelReadsOneSentenceOfALongMessage(t *testing.T) {
	t.Parallel()
	m := learned.DefaultFields()
	const stated = "Nos gustaría tenerlo resuelto para cuando nazca el bebé."
	text := "We had a long talk over dinner with my brother about the old days and the garden and the dog. " +
		"He told stories all night and we laughed a lot, it was good to see him. " + stated
	require.Less(t, m.Score(text).Logit[learned.Timeline], m.Params(learned.Timeline).Fire,
		"the whole message must not fire for the test to mean anything")
	require.GreaterOrEqual(t, m.Score(stated).Logit[learned.Timeline], m.Params(learned.Timeline).Fire+sentenceMargin)

	timeline := func(e *RuleExtractor, text string) (Value, bool) {
		vs, err := e.Extract(context.Background(), ExtractInput{Schema: RealEstate, Text: text, MessageID: "m1"})
		require.NoError(t, err)
		i := slices.IndexFunc(vs, func(v Value) bool { return v.Field == Timeline })
		if i < 0 {
			return Value{}, false
		}
		return vs[i], true
	}
	_, ok := timeline(NewRuleExtractor(&ExtractorConfig{NoModel: true}), text)
	require.False(t, ok, "the test needs a timeline the rules miss")
	v, ok := timeline(NewRuleExtractor(nil), text)
	require.True(t, ok)
	require.Equal(t, strings.TrimSuffix(stated, "."), v.Value)
	require.Regexp(t, `^model p=(0\.9[5-9]|1\.00)$`, v.Why, "the probability is the sentence's, not the whole message's")

	// one sentence is the whole message: the threshold is the model's own
	q, p, ok := sentenceFires(m, stated, learned.Timeline)
	require.False(t, ok)
	require.Zero(t, p)
	require.Empty(t, q)
	// a sentence between the threshold and the margin does not state it
	for _, s := range textmatch.Sentences(text) {
		if l := m.Score(s).Logit[learned.Need]; l >= m.Params(learned.Need).Fire+sentenceMargin {
			t.Fatalf("%q: the test needs no sentence that states a need", s)
		}
	}
	_, _, ok = sentenceFires(m, text, learned.Need)
	require.False(t, ok)
}
