package handoff_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
)

// eagerScorer is a model scorer that scores every message 95.
type eagerScorer struct{}

func (eagerScorer) Score(context.Context, qualify.ScoreInput) (int, error) { return 95, nil }

// A model scorer cannot fire a soft yes: README's "soft yeses never fire"
// holds whatever a model scores "sure", "ok ok ok" or a run of emoji, and
// the same scorer still hands off on a message with more in it.
func TestModelScorerNeverFiresASoftYes(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Scorer = eagerScorer{} })
	for i, body := range []string{"sure", strings.Repeat("ok ", 30), strings.Repeat("😀", 50), "yeah lol"} {
		id := "soft" + string(rune('a'+i))
		b.start(t, id)
		out := b.receive(t, id, body)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q", body)
	}
	b.start(t, "more")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "more", "we need to sell before the fall, the roof leaks").Kind)
}

// The rule scorer alone does not fire a long soft yes either: the
// learned tier's commitment head fires on a long run of one token.
func TestRuleScorerLongSoftYes(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	for i, body := range []string{strings.Repeat("ok ", 30), strings.Repeat("😀", 50), strings.Repeat("sure ", 20)} {
		id := "long" + string(rune('a'+i))
		b.start(t, id)
		require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, id, body).Kind, "%.20q", body)
	}
}

// A model extractor cannot fire a soft yes either: a model that reads two
// qualification fields into an "ok" (motivation and condition, "evidenced"
// by the lead's "ok") would fire the 2-of-4 trigger and show the rep
// values the lead never gave. On a message that is only a soft yes or an
// acknowledgement the model adds no field the rules did not read in it;
// the same model still fills them from a message that says them.
func TestModelExtractorNeverFillsASoftYes(t *testing.T) {
	t.Parallel()
	invent := qualify.ExtractorFunc(func(_ context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
		return []qualify.Value{
			{Field: qualify.Motivation, Value: "relocating for a new job", Confidence: 0.95, MessageID: in.MessageID, Evidence: in.Text},
			{Field: qualify.Condition, Value: "move-in ready", Confidence: 0.95, MessageID: in.MessageID, Evidence: in.Text},
		}, nil
	})
	b := setup(t, func(c *handoff.Config) { c.Extractor = invent })
	for i, body := range []string{"ok", "sure", "yes", "ok thanks", "Yeah lol", "👍", "sí, claro"} {
		id := "xsoft" + string(rune('a'+i))
		b.start(t, id)
		out := b.receive(t, id, body)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q: %s", body, out.Detail)
		d := b.dump(t, id)
		require.Empty(t, d.Conv.Fields, "%q", body)
	}
	b.start(t, "xsays")
	out := b.receive(t, "xsays", "we're relocating for a new job and the house is move-in ready")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, "relocating for a new job", b.dump(t, "xsays").Conv.Fields[store.FieldName(qualify.Motivation)].Value)
}

// A yes that answers the assistant's question naming exactly one field
// keeps a model's value for that field, as the rules read it: "yes" to
// "are you buying a new home?" states the need. The model's other field,
// which the question did not ask, is still dropped.
func TestModelExtractorYesAnswersTheQuestion(t *testing.T) {
	t.Parallel()
	model := qualify.ExtractorFunc(func(_ context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
		if in.Text != "yes" {
			return nil, nil
		}
		return []qualify.Value{
			{Field: qualify.Need, Value: "buying a new home", Confidence: 0.95, MessageID: in.MessageID, Evidence: "yes"},
			{Field: qualify.Timeline, Value: "this month", Confidence: 0.95, MessageID: in.MessageID, Evidence: "yes"},
		}, nil
	})
	b := setup(t, func(c *handoff.Config) {
		c.Schema = qualify.BANT
		c.Extractor = model
		c.Drafter = bridge.DrafterFunc(func(context.Context, bridge.Request) (string, error) {
			return "Thanks Dana! Are you buying a new home?", nil
		})
	})
	b.start(t, "xyes")
	require.Equal(t, handoff.OutcomeReplied, b.receive(t, "xyes", "hi, got your text").Kind)
	b.receive(t, "xyes", "yes")
	fields := b.dump(t, "xyes").Conv.Fields
	require.Equal(t, "buying a new home", fields[store.FieldName(qualify.Need)].Value)
	require.NotContains(t, fields, store.FieldName(qualify.Timeline))
}
