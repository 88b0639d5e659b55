package handoff_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// The host's clock steps back 10 minutes (NTP) after a handoff: what the
// conversation records next (the lead's message, the rep's accept and
// text) is never dated before the handoff, so the accept counts as the
// rep's response, while the rep's text still goes out at once.
func TestClockSteppedBackKeepsTheTrailInOrder(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	c := env.handoff(t, "c1")
	env.runOnce(t)
	env.clock.Advance(-10 * time.Minute)

	_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "are you there?"})
	require.NoError(t, err)
	res, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
	require.NoError(t, err)
	require.False(t, res.Conversation.EngagedAt.Before(res.Conversation.HandoffAt),
		"engaged at %s, before the handoff at %s", res.Conversation.EngagedAt, res.Conversation.HandoffAt)
	acc := env.events(t, "c1", store.EventAccept)
	require.Len(t, acc, 1)
	require.Equal(t, "engaged after 0s", acc[0].Detail)

	sent := len(env.sender.bodies())
	_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo,
		Body: "Hi Maria, calling you now", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), sent+1, "the rep's text goes at once, whatever the clock did")

	evs, err := env.e.Events(ctx, dspTenant, "c1")
	require.NoError(t, err)
	for i := 1; i < len(evs); i++ {
		require.False(t, evs[i].CreatedAt.Before(evs[i-1].CreatedAt), "%s at %s after %s at %s",
			evs[i].Kind, evs[i].CreatedAt, evs[i-1].Kind, evs[i-1].CreatedAt)
	}
	require.Equal(t, store.EventHandoff, evs[1].Kind, "the audit trail lists the handoff before what followed it")
	ms, err := env.e.Transcript(ctx, dspTenant, "c1")
	require.NoError(t, err)
	require.Equal(t, "Hi Maria, calling you now", ms[len(ms)-1].Body)
	for i := 1; i < len(ms); i++ {
		require.False(t, ms[i].CreatedAt.Before(ms[i-1].CreatedAt), "message %d dated before message %d", i, i-1)
	}

	env.clock.Advance(30 * time.Minute)
	r, err := env.e.Metrics(ctx, handoff.MetricsParams{TenantID: dspTenant})
	require.NoError(t, err)
	require.Equal(t, [2]int64{1, 0}, [2]int64{r.Responded, r.Unanswered}, "responded, unanswered")
	require.GreaterOrEqual(t, r.TimeToRepP50, time.Duration(0))
}

// The clock steps back 10 minutes (NTP) between a handoff and the lead's
// pick of a slot. The Dispatcher delivers the confirmation and settles it
// done under the lease the store took by the clock, so the rep's next text
// waits on nothing in flight, and the confirmation never goes a second
// time once that lease would have run out.
func TestClockSteppedBackDeliveredTextSettlesOnce(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		ctx := context.Background()
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can you call me").Kind)
		env.runOnce(t)
		env.clock.Advance(-10 * time.Minute)
		require.Contains(t, env.say(t, "c1", "the second one").Reply, "booked with Sarah")
		env.runOnce(t)
		confirm := onlyKind(outboxOf(t, st, "c1"), store.OutboxBookingConfirm)
		require.Len(t, confirm, 1)
		require.Equal(t, store.OutboxDone, confirm[0].Status, "the confirmation went to the Sender")

		wctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		defer cancel()
		res, err := env.e.RepMessage(wctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
			Body: "Hi Maria, Sarah here", Send: true})
		require.NoError(t, err, "the rep's text waits on nothing in flight")
		require.Empty(t, res.InFlight)

		env.clock.Advance(6 * time.Minute) // past the sending lease, by the clock
		env.runOnce(t)
		require.Equal(t, 1, env.sender.attemptsOf(confirm[0].IdempotencyKey), "Sender calls with the confirmation")
		require.Equal(t, "Hi Maria, Sarah here", lastOf(env.sender.bodies()))
	})
}

// The clock steps back 10 minutes (NTP) between a conversation's start and
// its handoff: the 5-minute rule's check is due 5 minutes after the
// handoff by the clock, not by the handoff's date, and re-routes then.
func TestClockSteppedBackSLACheckIsDueByTheClock(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, team(t, st), nil)
		env.start(t, "c1")
		env.clock.Advance(-10 * time.Minute)
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "can you just call me"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		first := out.Conversation.AssignedTo
		require.NotEmpty(t, first)
		env.runOnce(t)

		env.clock.Advance(5*time.Minute + time.Second)
		env.runOnce(t)
		rr := env.events(t, "c1", store.EventRerouted)
		require.Len(t, rr, 1, "re-routed 5 minutes after the handoff, by the clock")
		require.True(t, strings.HasPrefix(rr[0].Detail, first+" -> "), "detail %q", rr[0].Detail)
		require.True(t, strings.HasSuffix(rr[0].Detail, " after 5m1s"), "detail %q", rr[0].Detail)
		require.NotEqual(t, first, env.conv(t, "c1").AssignedTo)
		sla := onlyKind(outboxOf(t, st, "c1"), store.OutboxSLACheck)
		require.Len(t, sla, 2, "the first check, and the new rep's")
		require.Equal(t, store.OutboxDone, sla[0].Status)
	})
}

// outboxOf lists conversation id's outbox items on st, oldest first.
func outboxOf(t *testing.T, st store.Store, id string) []store.OutboxItem {
	t.Helper()
	var items []store.OutboxItem
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		items, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: dspTenant, ConversationID: id})
		return err
	}))
	return items
}

func lastOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// The clock steps back 10 minutes (NTP) after the lead's last message,
// then the host escalates: the handoff is dated no earlier than what the
// conversation recorded already, as a trigger's handoff is.
func TestClockSteppedBackEscalateKeepsTheTrailInOrder(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	env.start(t, "c1")
	_, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "what areas do you buy in?"})
	require.NoError(t, err)
	before := env.conv(t, "c1").UpdatedAt
	env.clock.Advance(-10 * time.Minute)

	out, err := env.e.Escalate(ctx, handoff.EscalateParams{TenantID: dspTenant, ConversationID: "c1", Reason: "pricing_page"})
	require.NoError(t, err)
	require.False(t, out.Conversation.HandoffAt.Before(before), "handoff at %s, before the last write at %s", out.Conversation.HandoffAt, before)
	evs, err := env.e.Events(ctx, dspTenant, "c1")
	require.NoError(t, err)
	for i := 1; i < len(evs); i++ {
		require.False(t, evs[i].CreatedAt.Before(evs[i-1].CreatedAt), "%s at %s after %s at %s",
			evs[i].Kind, evs[i].CreatedAt, evs[i-1].Kind, evs[i-1].CreatedAt)
	}
}
