package trigger

import (
	"reflect"
	"testing"

	"github.com/handoffkit/handoffkit/internal/textmatch"
	"github.com/stretchr/testify/require"
)

// TestAskRulesNameRules: the checks of askRules are keyed by rule name,
// so a misspelt or renamed key would silently drop a rule's exclusions;
// every key must name a rule of askMatcher, and every exclusion must say
// what it excludes.
func TestAskRulesNameRules(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for i := range askMatcher.Len() {
		names[askMatcher.Name(i)] = true
	}
	for name, r := range askRules {
		require.True(t, names[name], "askRules[%q] names no rule of askMatcher", name)
		require.True(t, len(r.unless) > 0 || r.require != nil, "askRules[%q] checks nothing", name)
		for _, x := range r.unless {
			require.NotEmpty(t, x.why, "an exclusion of %q says nothing", name)
			require.NotNil(t, x.applies, "exclusion %q of %q", x.why, name)
		}
	}
}

// TestAskRuleOf: the checks a match finds by its rule's index are those
// askRules holds under its name, for every rule of askMatcher (the same
// exclusions and requirement, none for a rule without an entry), and a
// match whose index names another rule finds them by its name.
func TestAskRuleOf(t *testing.T) {
	t.Parallel()
	same := func(got *askRule, want askRule, what string) {
		require.Equal(t, len(want.unless), len(got.unless), what)
		for k := range want.unless {
			require.Equal(t, want.unless[k].why, got.unless[k].why, what)
			require.Equal(t, reflect.ValueOf(want.unless[k].applies).Pointer(), reflect.ValueOf(got.unless[k].applies).Pointer(), what)
		}
		require.Equal(t, want.require == nil, got.require == nil, what)
		if want.require != nil {
			require.Equal(t, reflect.ValueOf(want.require).Pointer(), reflect.ValueOf(got.require).Pointer(), what)
		}
	}
	checked := 0
	for i := range askMatcher.Len() {
		name := askMatcher.Name(i)
		same(askRuleOf(textmatch.Match{Rule: i, Name: name}), askRules[name], name)
		if _, ok := askRules[name]; ok {
			checked++
		}
	}
	require.Greater(t, checked, 10)
	for name := range askRules {
		same(askRuleOf(textmatch.Match{Rule: -1, Name: name}), askRules[name], name)
		same(askRuleOf(textmatch.Match{Rule: askMatcher.Len(), Name: name}), askRules[name], name)
		same(askRuleOf(textmatch.Match{Rule: 0, Name: name}), askRules[name], name)
	}
}

// TestSpanishAskRulesNameRules is TestAskRulesNameRules for the Spanish
// table.
func TestSpanishAskRulesNameRules(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for i := range spanishAsk.Len() {
		names[spanishAsk.Name(i)] = true
	}
	for name, r := range spanishAskRules {
		require.True(t, names[name], "spanishAskRules[%q] names no rule of spanishAsk", name)
		for _, x := range r.unless {
			require.NotEmpty(t, x.why, "an exclusion of %q says nothing", name)
		}
	}
}

// TestSarcasticPraiseIsAWeakCue: "love getting", "real considerate" and
// "qué bonito" are sarcasm only when the model leans to frustration too,
// so they are weak cues: sincere praise uses the same words.
func TestSarcasticPraiseIsAWeakCue(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"wonderful, love getting a 'friendly reminder' text during church", "texting me at dawn. real considerate",
		"Ay qué bonito, otro recordatorio mientras sigo sin luz"} {
		cue, ok := weakFrustration(s)
		require.True(t, ok, "%q carries a weak cue", s)
		require.Equal(t, "sarcasm", cue, "%q", s)
	}
	for _, s := range []string{"thanks for the texts, very helpful", "we love the house, qué bonita cocina"} {
		_, ok := weakFrustration(s)
		require.False(t, ok, "%q carries no weak cue", s)
	}
}

// TestRecurringProblemIsNoWeakCue: "third time this year the pipe
// burst" counts a problem, not the lead's repeated asks; "third time
// I've texted you" still counts.
func TestRecurringProblemIsNoWeakCue(t *testing.T) {
	t.Parallel()
	_, ok := weakFrustration("ugh the tenants again. third time this year I had to drive over at midnight")
	require.False(t, ok)
	_, ok = weakFrustration("this is the third time I've texted you about it")
	require.True(t, ok)
}

// TestNothingToldYetIsNoRepeat: "I haven't told you anything" is no
// complaint of repeating oneself; "I told you twice" is.
func TestNothingToldYetIsNoRepeat(t *testing.T) {
	t.Parallel()
	_, ok := weakFrustration("what are you offering? I haven't told you anything about the house yet")
	require.False(t, ok)
	_, ok = weakFrustration("I told you twice already, it's the one on Elm")
	require.True(t, ok)
}

// TestNamedAskClasses: the classes the rules name are the map's sets.
func TestNamedAskClasses(t *testing.T) {
	t.Parallel()
	for k, s := range map[string]textmatch.Set{"callv": askCallvClass, "person": askPersonClass, "strong": askStrongClass,
		"callme": askCallmeClass, "talkv": askTalkvClass, "to": askToClass, "obj": askObjClass, "callonly": askCallonlyClass} {
		require.ElementsMatch(t, askClasses[k].Words(), s.Words(), k)
	}
}
