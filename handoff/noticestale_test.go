package handoff_test

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// nightNY is 22:30 in New York on the night of June 1, 2026, after quiet
// hours (8:00 to 21:00) began; morningNY is 8:00 the next day, when they end.
var (
	nightNY   = time.Date(2026, 6, 2, 2, 30, 0, 0, time.UTC)
	morningNY = time.Date(2026, 6, 2, 12, 0, 0, 0, time.UTC)
)

// nightNotice hands c1 off at 22:30 with a transparent notice ("Mike will
// text you in about two minutes") that quiet hours hold until 8:00.
func nightNotice(t *testing.T, st store.Store) *afterEnv {
	t.Helper()
	env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) {
		c.Notices = []handoff.NoticeRule{{}}
		c.QuietHours = &dnc.QuietHours{Start: 8, End: 21}
	})
	env.clock.Set(nightNY)
	c := env.handoff(t, "c1")
	require.NotEmpty(t, c.AssignedName)
	env.runOnce(t)
	require.Empty(t, env.sender.bodies(), "held by quiet hours")
	return env
}

// morning runs the dispatcher once quiet hours end, and returns what the
// lead got.
func (env *afterEnv) morning(t *testing.T) []string {
	t.Helper()
	env.clock.Set(morningNY)
	for range 3 {
		env.runOnce(t)
	}
	return env.sender.bodies()
}

// requireNoStaleWait checks that the lead got one text, promising no wait,
// that the transcript holds it as the AI's latest text and that the
// notice it replaced is audited as expired.
func requireNoStaleWait(t *testing.T, env *afterEnv, texts []string) {
	t.Helper()
	require.Len(t, texts, 1, "one text in the morning: %q", texts)
	for _, w := range []string{"minute", "right now"} {
		require.NotContains(t, texts[0], w, "no wait promised the night before")
	}
	tr, err := env.e.Transcript(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	last := ""
	for _, m := range tr {
		if m.Origin == store.OriginAI {
			last = m.Body
		}
	}
	require.Equal(t, texts[0], last, "the transcript holds what the lead got")
	expired := 0
	for _, ev := range env.events(t, "c1", store.EventOutboxCancelled) {
		if ev.Reason == "expired" {
			expired++
		}
	}
	require.Positive(t, expired, "the notice's expiry is audited")
}

// TestHeldNoticeLosesItsStaleWait: a transparent notice promises the
// rep's wait ("Mike will text you in about two minutes"). Held overnight
// by quiet hours, it went out at 8:00 still promising Mike in two
// minutes, when the 5-minute rule had long since passed the handoff to
// the team, and with an update about a rep the lead had never heard of.
// A notice whose promise has lapsed by the time it may go is replaced by
// the bridge as it would be written then: it names who holds the handoff
// now, promises no wait and asks for a good time; one text, in the
// transcript, the notice audited as expired.
func TestHeldNoticeLosesItsStaleWait(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := nightNotice(t, st)
		for range 4 { // nobody engages: re-routed, then escalated to the team
			env.clock.Advance(5*time.Minute + time.Second)
			env.runOnce(t)
		}
		require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
		texts := env.morning(t)
		requireNoStaleWait(t, env, texts)
		require.NotContains(t, texts[0], "Mike", "the handoff is with the team now")
		require.NotContains(t, texts[0], "Sarah")
		require.Contains(t, texts[0], "?", "it asks for a good time")
	})
	t.Run("a rep accepted overnight", func(t *testing.T) {
		t.Parallel()
		env := nightNotice(t, memstore.New())
		c := env.conv(t, "c1")
		env.clock.Advance(2 * time.Minute)
		_, err := env.e.Accept(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
		require.NoError(t, err)
		env.clock.Advance(time.Hour)
		env.runOnce(t)
		texts := env.morning(t)
		requireNoStaleWait(t, env, texts)
		require.Contains(t, texts[0], c.AssignedName, "the rep who took it")
	})
	t.Run("a Spanish lead", func(t *testing.T) {
		// the replacement is written in the lead's language, as the
		// notice it replaces was
		t.Parallel()
		st := memstore.New()
		env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) {
			c.Notices = []handoff.NoticeRule{{}}
			c.QuietHours = &dnc.QuietHours{Start: 8, End: 21}
		})
		env.clock.Set(nightNY)
		env.start(t, "c1")
		out := env.say(t, "c1", "¿me pueden llamar por favor? quiero hablar con una persona")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, "es", env.conv(t, "c1").Lang)
		env.runOnce(t)
		for range 4 {
			env.clock.Advance(5*time.Minute + time.Second)
			env.runOnce(t)
		}
		texts := env.morning(t)
		requireNoStaleWait(t, env, texts)
		require.Contains(t, texts[0], "¿", "in Spanish: %q", texts[0])
	})
	t.Run("a rep wrote overnight", func(t *testing.T) {
		t.Parallel()
		env := nightNotice(t, memstore.New())
		c := env.conv(t, "c1")
		_, err := env.e.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo,
			Body: "Hi Maria, " + c.AssignedName + " here, I'll call at 9", Send: true})
		require.NoError(t, err)
		env.runOnce(t)
		require.Equal(t, []string{"Hi Maria, " + c.AssignedName + " here, I'll call at 9"}, env.morning(t), "nothing automated after the rep")
	})
}
