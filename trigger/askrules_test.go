package trigger

import (
	"testing"

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
