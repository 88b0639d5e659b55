package qualify_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

func extract(t *testing.T, s qualify.Schema, text string) map[qualify.Field]string {
	t.Helper()
	vals, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: s, Text: text, MessageID: "m1"})
	require.NoError(t, err)
	out := map[qualify.Field]string{}
	for _, v := range vals {
		require.Equal(t, "m1", v.MessageID)
		require.True(t, utf8.ValidString(v.Value))
		if v.Confidence >= s.MinConfidence {
			out[v.Field] = v.Value
		}
	}
	return out
}

func TestExtractRealEstate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want map[qualify.Field]string
	}{
		{"roof is fine", map[qualify.Field]string{qualify.Condition: "roof is fine"}},
		{"no rush, not even sure I want to sell", map[qualify.Field]string{}},
		{"there's no hurry, i may end up keeping it", map[qualify.Field]string{}},
		{"inherited the house from my aunt, roof has a leak", map[qualify.Field]string{qualify.Motivation: "inherited", qualify.Condition: "roof issues"}},
		{"going through a divorce, need to sell within 60 days", map[qualify.Field]string{qualify.Motivation: "divorce", qualify.Timeline: "within 60 days"}},
		{"its move in ready, want 289 firm", map[qualify.Field]string{qualify.Condition: "move-in ready", qualify.Price: "$289,000"}},
		{"open to offers", map[qualify.Field]string{qualify.Price: "open to offers"}},
		{"hoping to close by june", map[qualify.Field]string{qualify.Timeline: "by june"}},
		{"i think the auction is in like 3 wks?", map[qualify.Field]string{}},
		{"just wondering what it'd go for, no plans", map[qualify.Field]string{}},
		{"you're like the third investor messaging me today", map[qualify.Field]string{}},
		{"my father died back in march", map[qualify.Field]string{qualify.Motivation: "death in family"}},
		{"3 bed 2 bath, built in 1995", map[qualify.Field]string{}},
		{"227 birch ln", map[qualify.Field]string{}},
		{"call me at 555 010 1234", map[qualify.Field]string{}},
	} {
		require.Equal(t, tc.want, extract(t, qualify.RealEstate, tc.in), "%q", tc.in)
	}
}

func TestExtractBANTAndB2B(t *testing.T) {
	t.Parallel()
	got := extract(t, qualify.BANT, "I'm the CFO, budget is ~75k/yr and we need to replace our helpdesk before Q3")
	require.Equal(t, "~$75,000/year", strings.Replace(got[qualify.Budget], "around ", "~", 1))
	require.Contains(t, got, qualify.Authority)
	require.Contains(t, got, qualify.Need)
	require.Contains(t, got, qualify.Timeline)
	require.Empty(t, extract(t, qualify.BANT, "how much does it cost?"))
	require.NotContains(t, extract(t, qualify.BANT, "I can approve purchases below 30k myself"), qualify.Budget)
	b2b := extract(t, qualify.B2B, "we're about 200 employees, I'm the VP of ops, need SSO, budget 50k, want it live by Q3")
	require.Len(t, b2b, 5, "%v", b2b)
	custom := qualify.Schema{Name: "custom", Fields: []qualify.Field{qualify.Price, "pets"}, Required: 1, MinConfidence: 0.6}
	require.Equal(t, map[qualify.Field]string{qualify.Price: "at least $180,000"}, extract(t, custom, "at least 180"))
}

func TestParsePrice(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"250k", "$250,000"},
		{"$250,000", "$250,000"},
		{"two fifty", "$250,000"},
		{"low 300s", "low $300s"},
		{"mid 400s", "mid $400s"},
		{"at least 180", "at least $180,000"},
		{"won't take less than 160k", "at least $160,000"},
		{"sorry, nothing below 310", "at least $310,000"},
		{"need 280 min", "at least $280,000"},
		{"i still owe 165 so it has to cover that", "$165,000"},
		{"roughly 450 for both parcels", "around $450,000"},
		{"ninety thousand", "$90,000"},
		{"3 and a quarter", "$325,000"},
		{"1.2 million", "$1,200,000"},
		{"open to offers", "open to offers"},
		{"send me your best offer", "open to offers"},
		{"100-150k range", "$100,000-$150,000"},
		{"$3k/yr", "$3,000/year"},
	} {
		p, err := qualify.ParsePrice(tc.in)
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, p.String(), tc.in)
	}
	for _, in := range []string{"", "3 bed 2 bath", "in 45 days", "built in 1962", "depends what you'd pay", "call 911", "hoa is 350/mo"} {
		_, err := qualify.ParsePrice(in)
		require.ErrorIs(t, err, qualify.ErrNoPrice, in)
	}
}

func score(t *testing.T, text string, known map[qualify.Field]qualify.Value, prior int) int {
	t.Helper()
	s, err := qualify.NewRuleScorer(nil).Score(context.Background(), qualify.ScoreInput{Schema: qualify.RealEstate, Text: text, Known: known, Prior: prior})
	require.NoError(t, err)
	require.GreaterOrEqual(t, s, 0)
	require.LessOrEqual(t, s, 100)
	return s
}

func TestScorer(t *testing.T) {
	t.Parallel()
	require.GreaterOrEqual(t, score(t, "yes definitely, what's the next step?", nil, 0), 70)
	require.GreaterOrEqual(t, score(t, "absolutely!!! mail me the contract and i'll sign it", nil, 0), 70)
	for _, soft := range []string{"sure", "ok", "maybe", "yes", "sure, could be", "yeah maybe later"} {
		require.Less(t, score(t, soft, nil, 0), 70, soft)
	}
	one := map[qualify.Field]qualify.Value{qualify.Motivation: {Field: qualify.Motivation, Value: "inherited", Confidence: 0.8}}
	require.Equal(t, 25, score(t, "hmm", one, 0))
	require.Equal(t, 40, score(t, "ok", nil, 40), "never below the prior")
	require.Less(t, score(t, "on second thought, not interested", nil, 60), 60)
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"roof is fine", "at least 180", "\xff250k", "two fifty", "$,,,", "9999999999999999999999k", "low 3s", "1.2.3m", "🏠 $250,000!!"} {
		f.Add(s)
	}
	ex := qualify.NewRuleExtractor(nil)
	schemas := []qualify.Schema{qualify.RealEstate, qualify.BANT, qualify.B2B}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range schemas {
			vals, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: sc, Text: s, MessageID: "x"})
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if !utf8.ValidString(v.Value) || v.Value == "" || v.Confidence <= 0 || v.Confidence > 1 {
					t.Fatalf("bad value %+v", v)
				}
			}
		}
	})
}

func FuzzParsePrice(f *testing.F) {
	for _, s := range []string{"250k", "$250,000", "two fifty", "low 300s", "at least 180", "open to offers", "1e309", "$9,999,999,999,999", "-5k", "0.000001m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := qualify.ParsePrice(s)
		if err != nil {
			return
		}
		out := p.String()
		if !utf8.ValidString(out) || out == "" {
			t.Fatalf("bad price %q for %q", out, s)
		}
		if !p.Open && p.Value < 0 {
			t.Fatalf("negative %d for %q", p.Value, s)
		}
	})
}

// TestAngryMessageScoresNoCommitment: the scorer's own reading of the
// learned tier takes no commitment from a message the tier reads as
// frustrated ("this is like the 3rd text from yall this week...").
func TestAngryMessageScoresNoCommitment(t *testing.T) {
	t.Parallel()
	sc := qualify.NewRuleScorer(nil)
	got, err := sc.Score(context.Background(), qualify.ScoreInput{Schema: qualify.RealEstate,
		Text: "this is like the 3rd text from yall this week. what do you even want from me"})
	require.NoError(t, err)
	require.Less(t, got, 70)
}

// TestScorerSomeoneElseChosen: a lead who has chosen someone else ("we're
// going with the other vendor", "sorry, went with someone else") is no
// readiness, though the learned tier reads the decision as one; choosing
// the sender's other plan commits, and a choice only thought of, made
// before or made by someone else leaves the score where it was.
func TestScorerSomeoneElseChosen(t *testing.T) {
	t.Parallel()
	sc := qualify.NewRuleScorer(nil)
	score := func(text string) int {
		s, err := sc.Score(context.Background(), qualify.ScoreInput{Schema: qualify.BANT, Text: text, Prior: 40})
		require.NoError(t, err)
		return s
	}
	for _, s := range []string{"decision's made, we're going with the other vendor", "sorry, went with someone else",
		"we have already decided to go with another company", "nos quedamos con otra compañía, gracias"} {
		require.Less(t, score(s), 70, "%q", s)
	}
	for _, s := range []string{"we're going with the other plan you sent, let's do it", "ok we're going with your company, let's get started"} {
		require.GreaterOrEqual(t, score(s), 70, "%q", s)
	}
	for _, s := range []string{"the seller went with another buyer, can you show us more homes this weekend?",
		"my neighbor went with another roofer and it leaked, that's why I'm reaching out to you",
		"if we go with another lender, can we still use your appraisal?", "we're staying with someone else during the repairs"} {
		require.GreaterOrEqual(t, score(s), 40, "%q", s)
	}
}
