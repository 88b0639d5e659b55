package handoff_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestChannelSenderRoutesByAddress: a chat address goes to Chat, anything
// else to SMS, and a channel without a Sender is a permanent failure that
// reaches neither.
func TestChannelSenderRoutesByAddress(t *testing.T) {
	t.Parallel()
	var got []string
	rec := func(name string) handoff.Sender {
		return handoff.SenderFunc(func(ctx context.Context, d handoff.Delivery) (handoff.SendResult, error) {
			got = append(got, name+" "+d.Item.To)
			return handoff.SendResult{ProviderID: name}, nil
		})
	}
	ctx := context.Background()
	both := handoff.ChannelSender{SMS: rec("sms"), Chat: rec("chat")}
	for _, to := range []string{"+12125550100", "chat:web1", "lead@example.com"} {
		_, err := both.Send(ctx, handoff.Delivery{Item: store.OutboxItem{ID: "o1", To: to}})
		require.NoError(t, err)
	}
	require.Equal(t, []string{"sms +12125550100", "chat chat:web1", "sms lead@example.com"}, got)

	got = nil
	var pe *handoff.PermanentError
	_, err := handoff.ChannelSender{SMS: rec("sms")}.Send(ctx, handoff.Delivery{Item: store.OutboxItem{ID: "o2", To: "chat:web1"}})
	require.True(t, errors.As(err, &pe), "a chat text with no chat Sender: %v", err)
	require.ErrorContains(t, err, "no chat sender for outbox item o2")
	_, err = handoff.ChannelSender{Chat: rec("chat")}.Send(ctx, handoff.Delivery{Item: store.OutboxItem{ID: "o3", To: "+12125550100"}})
	require.True(t, errors.As(err, &pe), "an SMS with no SMS Sender: %v", err)
	require.Empty(t, got, "neither Sender is called for the other's texts")
}
