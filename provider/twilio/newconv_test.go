package twilio_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// TestInboundStopWhenNewConversationNamesAnotherLead: the host's
// Config.NewConversation returns a CRM lead ID that names another lead's
// conversation. The lead's STOP is answered 400 (final: Twilio does not
// retry a request that can never succeed, as it would a 500), the other
// lead's conversation gets nothing, and the STOP is not lost: the
// sender's number is suppressed.
func TestInboundStopWhenNewConversationNamesAnotherLead(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := memstore.New()
	engine, err := handoff.NewEngine(st, &handoff.Config{
		Now: func() time.Time { return time.Date(2026, 6, 1, 16, 0, 0, 0, time.UTC) },
		NewConversation: func(ctx context.Context, in handoff.AddressedInbound) (handoff.StartParams, error) {
			return handoff.StartParams{ConversationID: "lead-42"}, nil
		},
	})
	require.NoError(t, err)
	_, err = engine.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "lead-42", Lead: store.Lead{Phone: "+12125550177"}})
	require.NoError(t, err)
	in := newInbound(t, engine, testConfig())
	for range 2 {
		res := serve(in, signedRequest("/in", inboundForm("SMstop", "STOP"), acctToken))
		require.Equal(t, http.StatusBadRequest, res.StatusCode)
	}
	require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		_, err := tx.SuppressionGet(ctx, "acme", leadPhone)
		require.NoError(t, err, "the lead's STOP suppressed their number")
		msgs, err := tx.MessageList(ctx, store.MessageListParams{TenantID: "acme", ConversationID: "lead-42"})
		require.NoError(t, err)
		require.Empty(t, msgs, "nothing reached the other lead's conversation")
		return nil
	}))
}
