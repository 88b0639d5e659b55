package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestStartRefusesAZoneThatIsNotIANA: StartParams.TimeZone is the lead's
// IANA zone. "Local", which time.LoadLocation reads as the zone of the
// process that reads it, is not one: stored, it would hold the lead's
// texts to quiet hours on the server's clock (a Los Angeles lead texted
// at 00:30 by a host on UTC), and two instances in different zones would
// disagree about the lead. It is refused like any other name that is not
// a zone, and nothing is written.
func TestStartRefusesAZoneThatIsNotIANA(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx := context.Background()
	for i, zone := range []string{"Local", "Mars/Olympus_Mons", "../../etc/localtime", "America/Nowhere"} {
		id := []string{"c1", "c2", "c3", "c4"}[i]
		_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: id, TimeZone: zone,
			Lead: store.Lead{Name: "Dana", Phone: "+12135550123"}})
		requireInputError(t, err, "TimeZone", zone)
		_, err = env.e.Conversation(ctx, dspTenant, id)
		require.ErrorIs(t, err, store.ErrNotFound, "%q: nothing is written", zone)
	}
	for _, zone := range []string{"America/Los_Angeles", "UTC", "Europe/Paris"} {
		c, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "ok-" + zone, TimeZone: zone,
			Lead: store.Lead{Name: "Dana", Phone: "+12135550123"}})
		require.NoError(t, err, zone)
		require.Equal(t, zone, c.TimeZone)
	}
}

// TestStoredLocalZoneIsNotTheHosts: a conversation stored with the zone
// "Local" (before Start refused it) is not held to quiet hours on the
// host's clock: the zone is ignored, and the phone number's applies, so a
// Los Angeles lead is not texted at 01:30 their time by a server on UTC.
func TestStoredLocalZoneIsNotTheHosts(t *testing.T) {
	t.Parallel()
	env := dspSetup(t, nil)
	ctx := context.Background()
	env.clock.Set(time.Date(2026, 6, 1, 8, 30, 0, 0, time.UTC)) // 01:30 in Los Angeles (PDT)
	env.startWith(t, "c1", "+12135550123", "America/Los_Angeles")
	require.NoError(t, env.st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
		c, err := tx.ConversationGet(ctx, dspTenant, "c1")
		if err != nil {
			return err
		}
		c.TimeZone = "Local"
		return tx.ConversationUpdate(ctx, &c)
	}))
	env.aiReply(t, "c1", "Hi Dana, still thinking of selling?")
	env.runOnce(t)
	require.Empty(t, env.sender.bodies(), "01:30 for the lead: quiet hours hold the text")
	env.clock.Set(time.Date(2026, 6, 1, 15, 0, 0, 0, time.UTC)) // 08:00 in Los Angeles
	env.runOnce(t)
	require.Equal(t, []string{"Hi Dana, still thinking of selling?"}, env.sender.bodies())
}

// TestConfigRefusesTheHostsZone: a default zone of time.Local is the
// zone of whichever host runs the engine or the dispatcher, not the
// business's: NewEngine and NewDispatcher refuse it, naming the field.
func TestConfigRefusesTheHostsZone(t *testing.T) {
	t.Parallel()
	st := dspSetup(t, nil).st
	_, err := handoff.NewEngine(st, &handoff.Config{DefaultTimeZone: time.Local})
	requireInputError(t, err, "Config.DefaultTimeZone", "time.Local")
	e, err := handoff.NewEngine(st, nil)
	require.NoError(t, err)
	_, err = handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: newDspSender(), DefaultTimeZone: time.Local})
	requireInputError(t, err, "DispatcherConfig.DefaultTimeZone", "time.Local")

	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	e, err = handoff.NewEngine(st, &handoff.Config{DefaultTimeZone: ny})
	require.NoError(t, err)
	_, err = handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: newDspSender(), DefaultTimeZone: ny})
	require.NoError(t, err)
}
