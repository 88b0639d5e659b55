package dnc

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPhraseRulesNameRules: the checks of phraseRules are keyed by rule
// name, so a misspelt or renamed key would silently drop a rule's
// exclusions; every key must name a rule of optOutPhrases, and every
// exclusion must say what it excludes.
func TestPhraseRulesNameRules(t *testing.T) {
	t.Parallel()
	names := map[string]bool{}
	for i := range optOutPhrases.Len() {
		names[optOutPhrases.Name(i)] = true
	}
	for name, r := range phraseRules {
		require.True(t, names[name], "phraseRules[%q] names no rule of optOutPhrases", name)
		require.True(t, len(r.unless) > 0 || r.require != nil, "phraseRules[%q] checks nothing", name)
		for _, x := range r.unless {
			require.NotEmpty(t, x.why, "an exclusion of %q says nothing", name)
			require.NotNil(t, x.applies, "exclusion %q of %q", x.why, name)
		}
	}
}
