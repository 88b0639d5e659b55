package handoff_test

import (
	"context"
	"fmt"
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

// With Config.Notices nil (the default) the template's bridge still names
// the rep ("Of course, Mike will reach out shortly. ..."), and that is
// the promise: when Mike declines, the lead hears once who writes
// instead; when the 5-minute rule escalates to the team, once that the
// team will. Before, the lead kept waiting for Mike, told nothing, while
// Sarah and then the team held the handoff (reviewer V, D1).
func TestBridgeNamingTheRepUpdatedWithoutNotices(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, mikeAndSarah(t, st), nil)
		c := env.handoff(t, "c1")
		env.runOnce(t)
		first, other := c.AssignedName, "Sarah"
		if first == "Sarah" {
			other = "Mike"
		}
		texts := env.sender.bodies()
		require.Len(t, texts, 1)
		require.Contains(t, texts[0], first, "the default bridge names the rep")

		_, err := env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
		require.NoError(t, err)
		env.runOnce(t)
		env.runOnce(t)
		texts = env.sender.bodies()
		require.Len(t, texts, 2, "one update after the decline: %q", texts)
		require.Contains(t, texts[1], other+" will text you in about two minutes instead")
		require.NotContains(t, texts[1], first)

		env.clock.Advance(5*time.Minute + time.Second)
		env.runOnce(t)
		env.runOnce(t)
		require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1)
		texts = env.sender.bodies()
		require.Len(t, texts, 3, "one update after the escalation: %q", texts)
		require.Contains(t, strings.ToLower(texts[2]), "someone from our team will text you as soon as they can")

		env.clock.Advance(time.Hour)
		env.runOnce(t)
		require.Len(t, env.sender.bodies(), 3, "the team's promise names no one to break")
	})
}

// A bridge that names no rep promised nobody: a decline and an escalation
// reach the reps, and the lead is not texted again.
func TestNoUpdateWithoutAPromise(t *testing.T) {
	t.Parallel()
	unnamed := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		if req.Purpose == bridge.PurposeBridge {
			return "Thanks! Someone will follow up. What's the best time to call?", nil
		}
		return bridge.NewTemplate(req.Voice).Line(req), nil
	})
	env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "mike", Name: "Mike", ResponseTime: 2 * time.Minute}, route.Rep{ID: "sarah", Name: "Sarah"}),
		func(c *handoff.Config) { c.Drafter = unnamed })
	c := env.handoff(t, "c1")
	env.runOnce(t)
	require.Len(t, env.sender.bodies(), 1)
	_, err := env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
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
	for _, notices := range []bool{true, false} {
		t.Run(fmt.Sprintf("notices=%v", notices), func(t *testing.T) {
			st := memstore.New()
			env := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) {
				if notices {
					c.Notices = []handoff.NoticeRule{{}}
				}
			})
			var err error
			env.d, err = handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes}) // 8am to 9pm
			require.NoError(t, err)
			ny, err := time.LoadLocation("America/New_York")
			require.NoError(t, err)
			env.clock.Set(time.Date(2026, 6, 1, 20, 55, 0, 0, ny))
			if notices {
				noticeHandoff(t, env)
			} else {
				c := env.handoff(t, "c1")
				env.runOnce(t)
				require.Len(t, env.sender.bodies(), 1)
				require.Contains(t, env.sender.bodies()[0], c.AssignedName, "the bridge names the rep")
			}

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
		})
	}
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

// A lead who said when to call was promised the rep then ("Of course,
// Mike will call you tomorrow after 5pm."): the update after Mike declines
// keeps the lead's time and promises no wait of its own; it said "Sarah
// will text you in about two minutes instead" to a lead who had asked for
// tomorrow evening.
func TestBridgeUpdateKeepsTheLeadsCallbackTime(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env := afterSetup(t, st, mikeAndSarah(t, st), nil)
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "can someone call me tomorrow after 5pm"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		env.runOnce(t)
		texts := env.sender.bodies()
		require.Len(t, texts, 1)
		require.Contains(t, texts[0], out.Conversation.AssignedName)
		require.Contains(t, texts[0], "tomorrow after 5pm")

		_, err = env.e.Decline(context.Background(), handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: out.Conversation.AssignedTo})
		require.NoError(t, err)
		env.runOnce(t)
		texts = env.sender.bodies()
		require.Len(t, texts, 2, "%q", texts)
		now := env.conv(t, "c1").AssignedName
		require.Equal(t, "Quick update: "+now+" will call you at the time you asked instead.", texts[1])
	})
}
