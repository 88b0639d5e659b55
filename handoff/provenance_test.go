package handoff_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
)

// TestFieldKeepsTheMessageItCameFrom: an extractor that reads a field
// from an earlier lead message of the transcript says so by the Value's
// MessageID, and the field, the brief's quote and its do-not-ask line
// name that message, before the handoff and after it; an ID that names
// no lead message of the conversation, or none, is the current message.
// The engine had stamped every value with the current message, so the
// rep was shown 'motivation: inherited' quoting a message that said
// nothing of it (reviewer Q, D3).
func TestFieldKeepsTheMessageItCameFrom(t *testing.T) {
	t.Parallel()
	const (
		aunt    = "Hi, this is about my aunt's old place on Elm."
		nothing = "nothing else really, just the paperwork side"
		after   = "ok thanks"
	)
	var mu sync.Mutex
	answers := map[string][]qualify.Value{} // by message text
	b := setup(t, func(c *handoff.Config) {
		c.NoReplies = true
		c.Extractor = qualify.ExtractorFunc(func(ctx context.Context, in qualify.ExtractInput) ([]qualify.Value, error) {
			mu.Lock()
			defer mu.Unlock()
			return answers[in.Text], nil
		})
	})
	ctx := context.Background()
	b.start(t, "c1")
	b.receive(t, "c1", aunt)
	var auntID string
	for _, m := range b.dump(t, "c1").Messages {
		if m.Body == aunt {
			auntID = m.ID
		}
	}
	require.NotEmpty(t, auntID)
	mu.Lock()
	answers[nothing] = []qualify.Value{
		{Field: qualify.Motivation, Value: "inherited", Confidence: 0.99, MessageID: auntID, Evidence: "my aunt's old place"},
		{Field: qualify.Price, Value: "open to offers", Confidence: 0.99, MessageID: "no-such-message"},
	}
	answers[after] = []qualify.Value{{Field: qualify.Condition, Value: "old", Confidence: 0.99, MessageID: auntID, Evidence: "old place"}}
	mu.Unlock()
	out := b.receive(t, "c1", nothing)
	require.Len(t, out.Fields, 2)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind, "two fields known")
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", after).Kind)

	d := b.dump(t, "c1")
	var nothingID, afterID string
	for _, m := range d.Messages {
		switch m.Body {
		case nothing:
			nothingID = m.ID
		case after:
			afterID = m.ID
		}
	}
	require.Equal(t, auntID, d.Conv.Fields["motivation"].MessageID, "read from the earlier message")
	require.Equal(t, auntID, d.Conv.Fields["condition"].MessageID, "read from the earlier message, after the handoff")
	require.Equal(t, nothingID, d.Conv.Fields["price"].MessageID, "an unknown ID is the current message")
	require.NotEqual(t, afterID, d.Conv.Fields["condition"].MessageID)

	br, err := b.engine.Brief(ctx, tenant, "c1")
	require.NoError(t, err)
	quotes := map[string]string{}
	for _, f := range br.Fields {
		quotes[f.Name] = f.Quote
	}
	require.Equal(t, aunt, quotes["motivation"])
	require.Equal(t, aunt, quotes["condition"])
	require.Equal(t, nothing, quotes["price"])
	require.Contains(t, br.DoNotAsk, `motivation: inherited ("`+aunt+`")`)
}
