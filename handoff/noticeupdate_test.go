package handoff_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

// mikeAndSarah is two named reps who answer in about two minutes, in turn
// by the store.
func mikeAndSarah(t *testing.T, st store.Store) *route.Pool {
	t.Helper()
	p, err := route.New(&route.Config{Reps: []route.Rep{
		{ID: "mike", Name: "Mike", ResponseTime: 2 * time.Minute}, {ID: "sarah", Name: "Sarah", ResponseTime: 2 * time.Minute},
	}, Sequencer: handoff.StoreSequencer(st)})
	require.NoError(t, err)
	return p
}

// noticeHandoff hands c1 off with a transparent notice and delivers it;
// it returns the rep the notice named and the other one.
func noticeHandoff(t *testing.T, env *afterEnv) (first, other string) {
	t.Helper()
	c := env.handoff(t, "c1")
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), 1)
	first, other = "Mike", "Sarah"
	if c.AssignedTo == "sarah" {
		first, other = other, first
	}
	require.Contains(t, env.sender.bodies()[0], first+" will text you in about two minutes")
	return first, other
}

// The lead was told "Mike will text you in about two minutes". Mike
// declines and Sarah takes the handoff: the lead hears, once, that Sarah
// will text instead. Sarah does not engage either and the 5-minute rule
// escalates to the team: the lead hears that someone from the team will
// text. Each update is an AI message of the transcript, sent as the bridge
// is (held in quiet hours, never after a person took the thread). Before,
// the lead's only text still named Mike and two minutes, ten minutes
// later.
func TestNoticeUpdatedWhenItsPromiseBreaks(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) { c.Notices = []handoff.NoticeRule{{}} })
		first, other := noticeHandoff(t, env)
		ctx := context.Background()

		_, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: env.conv(t, "c1").AssignedTo})
		require.NoError(t, err)
		env.runOnce(t)
		texts := env.sender.bodies()
		require.Len(t, texts, 2, "one update after the decline: %q", texts)
		require.Contains(t, texts[1], other+" will text you in about two minutes instead")
		require.NotContains(t, texts[1], first)

		env.clock.Advance(5*time.Minute + time.Second)
		env.runOnce(t)
		require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
		texts = env.sender.bodies()
		require.Len(t, texts, 3, "one update after the escalation: %q", texts)
		require.Contains(t, strings.ToLower(texts[2]), "someone from our team will text you as soon as they can")

		// the updates are the AI's side of the transcript, in order
		tr, err := env.e.Transcript(ctx, dspTenant, "c1")
		require.NoError(t, err)
		var ai []string
		for _, m := range tr {
			if m.Origin == store.OriginAI {
				ai = append(ai, m.Body)
			}
		}
		require.Equal(t, texts, ai)

		// nothing more: the team's promise has no name or wait to break
		env.clock.Advance(time.Hour)
		env.runOnce(t)
		require.Len(t, env.sender.bodies(), 3)
	})
}

// An update is a text of the AI's: a rep who writes to the lead before it
// goes cancels it in the same commit, and the lead hears the rep only.
func TestNoticeUpdateCancelledByTheRepsText(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) { c.Notices = []handoff.NoticeRule{{}} })
	_, _ = noticeHandoff(t, env)
	ctx := context.Background()
	_, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: env.conv(t, "c1").AssignedTo})
	require.NoError(t, err)
	c := env.conv(t, "c1")
	_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo,
		Body: "Hi Maria, " + c.AssignedName + " here", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	texts := env.sender.bodies()
	require.Len(t, texts, 2, "%q", texts)
	require.Equal(t, "Hi Maria, "+c.AssignedName+" here", texts[1])
}

// Without Config.Notices the bridge promised no wait: it asked the lead
// for a good time to call. A decline and an escalation reach the reps,
// and the lead is not texted again.
func TestNoUpdateWithoutANoticesPromise(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "mike", Name: "Mike", ResponseTime: 2 * time.Minute}, route.Rep{ID: "sarah", Name: "Sarah"}), nil)
	env.handoff(t, "c1")
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), 1)
	_, err := env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: env.conv(t, "c1").AssignedTo})
	require.NoError(t, err)
	env.runOnce(t)
	env.clock.Advance(5*time.Minute + time.Second)
	env.runOnce(t)
	require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
	require.Len(t, env.sender.bodies(), 1, "%q", env.sender.bodies())
}

// Quiet hours hold an update as they hold the bridge. One that names a
// rep goes stale when that rep's 5-minute check is due: held from 9pm to
// the morning, "Sarah will text you in about two minutes" is cancelled
// unsent; the team's update, which names no wait, goes in the morning.
func TestNoticeUpdateInQuietHours(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) { c.Notices = []handoff.NoticeRule{{}} })
	var err error
	env.d, err = handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes}) // 8am to 9pm
	require.NoError(t, err)
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	env.clock.Set(time.Date(2026, 6, 1, 20, 55, 0, 0, ny))
	noticeHandoff(t, env)

	env.clock.Set(time.Date(2026, 6, 1, 21, 1, 0, 0, ny))
	_, err = env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: env.conv(t, "c1").AssignedTo})
	require.NoError(t, err)
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), 1, "quiet hours")
	expired := env.events(t, "c1", store.EventOutboxCancelled)
	require.Len(t, expired, 1, "the rep's update could not go before their check was due")
	require.Equal(t, "expired", expired[0].Reason)

	env.clock.Set(time.Date(2026, 6, 1, 21, 7, 0, 0, ny))
	env.runOnce(t)
	require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), 1, "quiet hours")

	env.clock.Set(time.Date(2026, 6, 2, 8, 0, 0, 0, ny))
	env.runOnce(t)
	texts := env.sender.bodies()
	require.Len(t, texts, 2, "%q", texts)
	require.Contains(t, strings.ToLower(texts[1]), "someone from our team will text you")
}

// The update goes through the configured drafter, as every text to the
// lead does: it sees the new rep and their wait, and a draft that names
// no one who writes now is replaced by the template.
func TestNoticeUpdateDrafted(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		draft    func(bridge.Request) string
		want     string
		fallback bool
	}{
		{func(r bridge.Request) string {
			return "So sorry for the wait, " + r.RepName + " will text you shortly instead."
		},
			" will text you shortly instead.", false},
		{func(bridge.Request) string { return "So sorry for the wait!" }, " will text you in about two minutes instead.", true},
	} {
		st := memstore.New()
		var got []bridge.Request
		var mu sync.Mutex
		drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
			if req.Purpose != bridge.PurposeNoticeUpdate {
				return bridge.NewTemplate(req.Voice).Line(req), nil
			}
			mu.Lock()
			got = append(got, req)
			mu.Unlock()
			return tc.draft(req), nil
		})
		env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) { c.Notices, c.Drafter = []handoff.NoticeRule{{}}, drafter })
		_, other := noticeHandoff(t, env)
		_, err := env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: env.conv(t, "c1").AssignedTo})
		require.NoError(t, err)
		env.runOnce(t)
		require.Len(t, got, 1)
		require.Equal(t, other, got[0].RepName)
		require.Equal(t, 2*time.Minute, got[0].Wait)
		texts := env.sender.bodies()
		require.Len(t, texts, 2)
		require.Contains(t, texts[1], other+tc.want)
		require.Equal(t, tc.fallback, len(env.events(t, "c1", store.EventDrafterFallback)) == 1)
	}
}

// A drafter's notice that names the rep in its own words ("Mike's going
// to text you") is a promise too.
func TestNoticeUpdateAfterADraftedNotice(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		if req.Purpose == bridge.PurposeNotice {
			return "Connecting you now: " + req.RepName + "'s going to text you in about two minutes.", nil
		}
		return bridge.NewTemplate(req.Voice).Line(req), nil
	})
	env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) { c.Notices, c.Drafter = []handoff.NoticeRule{{}}, drafter })
	c := env.handoff(t, "c1")
	env.runOnce(t)
	_, err := env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
	require.NoError(t, err)
	env.runOnce(t)
	texts := env.sender.bodies()
	require.Len(t, texts, 2, "%q", texts)
	require.Contains(t, texts[0], c.AssignedName+"'s going to text you")
	require.Contains(t, texts[1], "instead")
}
