package trigger

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/testtexts"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// gateExamples are messages on which the gated checks answer true.
var gateExamples = []string{
	"Great, so the adjuster never showed AGAIN. fantastic service guys, really top notch",
	"wow. incredible. still broken", "love that for me", "omg love that for me lol",
	"if I end up needing someone to walk me through it I'll let you know",
	"if I want to talk to someone I'll let y'all know", "if i need a person ill tell you",
	"si después necesito que alguien me explique, le aviso", "si la tasa baja, te aviso",
	"if the rate drops I'll want to talk to someone, but for now just keep me posted",
	"once the board signs off maybe we can set up a call. not yet though",
	"ring me back babe", "llámame cuando salgas, bff",
	"the outdoor unit goes into defrost every 30 min and aux heat runs with the compressor... is it the O/B config or the balance point lockout?",
	"my thermostat says aux heat and the compressor coil froze, is that the defrost board?",
	"yes definitely let's do it", "ok lets do it!!", "sure, sounds great, yes lets do it please",
}

// TestGatesMatchPlain: on every message of the test sets, the checks
// that a gate passes over (ironicPraise, laterIf, hasEndearment,
// outOfScope's jargon count, and every gated test inside analyze) answer
// on the normalised text, with its gates, as on the same tokens built by
// hand, which take the plain pass over the tokens (and laterIf, which
// reads the tokens alone, as on the tokens built by hand without IDs).
// It fails if a gate skips a check that would have answered otherwise.
func TestGatesMatchPlain(t *testing.T) {
	texts, err := testtexts.Read("../testdata")
	require.NoError(t, err)
	require.Greater(t, len(texts), 1000)
	// and messages each check answers true on, from the rules' comments
	texts = append(texts, gateExamples...)
	for _, raw := range texts {
		x := textmatch.Normalize(raw)
		plain, words := testtexts.Plain(x), testtexts.Words(x)
		require.Equal(t, refIronicPraise(raw, x), ironicPraise(raw, x), "ironicPraise %q", raw)
		require.Equal(t, ironicPraise(raw, plain), ironicPraise(raw, x), "ironicPraise %q", raw)
		require.Equal(t, refLaterIf(x.Toks), laterIf(&x), "laterIf %q", raw)
		require.Equal(t, refLaterIf(x.Toks), laterIf(&plain), "laterIf %q", raw)
		require.Equal(t, refLaterIf(x.Toks), laterIf(&words), "laterIf by words %q", raw)
		require.Equal(t, slices.ContainsFunc(x.IDs, endearments.HasID), hasEndearment(x), "hasEndearment %q", raw)
		require.Equal(t, refJargonCount(x.IDs), jargonCount(&x), "jargonCount %q", raw)
		require.Equal(t, outOfScope(plain), outOfScope(x), "outOfScope %q", raw)
		require.Equal(t, analyze(raw, plain, nil), analyze(raw, x, nil), "analyze %q", raw)
	}
}

// refIronicPraise is ironicPraise as it was, without the gates.
func refIronicPraise(raw string, t textmatch.Text) bool {
	toks := t.Toks
	praised := false
	for i, id := range t.IDs {
		if !ironyPraise.HasID(id) {
			continue
		}
		if ironyIntensifier.HasAnyID(t.IDs[max(0, i-3):i]) {
			praised = true
			break
		}
	}
	if textmatch.ContainsSeq(toks, "love", "that", "for", "me") {
		return true
	}
	if !praised {
		return false
	}
	if strings.ContainsAny(raw, "🙄🙃👏😒") {
		return true
	}
	for i, w := range toks {
		if ironyFailure.HasID(t.IDs[i]) && !(w == "again" && i > 0 && (toks[i-1] == "thanks" || toks[i-1] == "you")) &&
			!(w == "never" && i+1 < len(toks) && (toks[i+1] == "disappoint" || toks[i+1] == "disappoints" || toks[i+1] == "fail")) &&
			!(w == "nothing" && !(i > 0 && (toks[i-1] == "do" || toks[i-1] == "does" || toks[i-1] == "did" || toks[i-1] == "for"))) {
			return true
		}
	}
	return false
}

// refLaterIf is laterIf as it was, on the tokens, without the gate.
func refLaterIf(toks []string) bool {
	cond, opens := false, false
	for i, w := range toks {
		switch {
		case w == "if" || w == "si":
			cond = true
			opens = opens || condOpens(toks, i)
		case w == "once":
			opens = opens || condOpens(toks, i)
		case opens && deferralAt(toks, i):
			return true
		case cond && (w == "aviso" || w == "avisamos" || w == "know" && letYouKnow(toks, i)):
			return true
		case cond && youAll.Has(w) && i > 1 && (toks[i-1] == "tell" || toks[i-1] == "ask" || toks[i-1] == "text") && (toks[i-2] == "ill" || toks[i-2] == "will"):
			return true
		case cond && (w == "now" && i > 0 && toks[i-1] == "for" || w == "posted" && i > 0 && toks[i-1] == "me" || w == "meantime"):
			return true
		}
	}
	return false
}

// refJargonCount is jargonCount without the gate.
func refJargonCount(ids []int32) int {
	n := 0
	for _, id := range ids {
		if tradeJargon.HasID(id) {
			n++
		}
	}
	return n
}
