package handoff_test

import (
	"context"
	"fmt"
	"regexp"
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

// nineToFive is a team on duty 9:00 to 17:00 New York time, weekdays.
func nineToFive(t *testing.T, st store.Store) *route.Pool {
	t.Helper()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	hours := route.Hours{Zone: ny, Shifts: route.Weekdays(9*time.Hour, 17*time.Hour)}
	p, err := route.New(&route.Config{Reps: []route.Rep{{ID: "amy", Name: "Amy", Hours: hours}, {ID: "bob", Name: "Bob", Hours: hours}},
		Sequencer: handoff.StoreSequencer(st)})
	require.NoError(t, err)
	return p
}

// soonWords promise a person sooner than the next morning.
var soonWords = regexp.MustCompile(`(?i)\b(shortly|within the hour|today|soon|right away|in a few minutes|now)\b`)

// Nobody is on duty at 22:00 on a Tuesday (the team works 9 to 5, New
// York time): the bridge says when someone is back, in the lead's zone,
// and promises nobody "shortly". Every lead gets the same words, whatever
// their conversation's ID; a text quiet hours may hold to the morning
// names the day. The bridge said "my partner will reach out shortly" to
// one lead in four, and the others nothing of when (reviewer V, D2).
func TestNobodyOnDutyBridgeSaysWhenSomeoneIsBack(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ny, err := time.LoadLocation("America/New_York")
		require.NoError(t, err)
		env := afterSetup(t, st, nineToFive(t, st), nil)
		env.clock.Set(time.Date(2026, 3, 3, 22, 0, 0, 0, ny))
		ctx := context.Background()
		for i, tc := range []struct {
			channel store.Channel
			phone   string
			zone    string
			body    string
			want    string
		}{
			{store.ChannelChat, "", "America/New_York", "can someone call me",
				"Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best number and time to reach you?"},
			{store.ChannelChat, "", "America/New_York", "can you have someone call me",
				"Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best number and time to reach you?"},
			// a Los Angeles lead hears their own clock (19:00 there: no quiet hours hold it)
			{store.ChannelSMS, "+13105550101", "America/Los_Angeles", "can someone call me",
				"Thanks! Our team is back tomorrow at 6am, and my partner will reach out then. What's the best time to call?"},
			// 22:00 in New York: quiet hours hold the text to the morning, so it names the day
			{store.ChannelSMS, "+12125550101", "America/New_York", "can someone call me",
				"Thanks! Our team is back Wed at 9am, and my partner will reach out then. What's the best time to call?"},
			// the lead's own time stands, after the team is back
			{store.ChannelChat, "", "America/New_York", "can someone call me tomorrow after 5pm",
				"Got it. Our team is back tomorrow at 9am, and my partner will reach out tomorrow after 5pm. What number or email should they use?"},
		} {
			id := fmt.Sprintf("n%d", i)
			_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: id, Channel: tc.channel, TimeZone: tc.zone,
				Lead: store.Lead{Name: "Nina", Phone: tc.phone}})
			require.NoError(t, err)
			out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: tc.body})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.Empty(t, out.Conversation.AssignedTo, "nobody on duty")
			require.Equal(t, tc.want, out.Reply, id)
			if tc.body == "can someone call me" {
				require.NoError(t, bridge.ValidateWith(out.Reply, bridge.PurposeBridge, nil), id)
				require.NotRegexp(t, soonWords, out.Reply, id)
			}
		}
	})
}

// A drafter is told when someone is back (Request.NextOnDuty) and held to
// it: a draft promising someone "shortly" while nobody is on duty, or
// leaving out when they are back, falls back to the template, with a
// drafter_fallback event. On duty, the request carries no such time.
func TestNobodyOnDutyDraftHeldToTheRota(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for _, tc := range []struct {
		draft    string
		fallback bool
	}{
		{"Of course, someone will reach out shortly. What's the best time to call?", true},
		{"Of course, someone will reach out. What's the best time to call?", true},
		{"Our team is back tomorrow at 9am and will reach out then. Best time to call?", false},
	} {
		var mu sync.Mutex
		var got []bridge.Request
		drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			got = append(got, req)
			return tc.draft, nil
		})
		st := memstore.New()
		env := afterSetup(t, st, nineToFive(t, st), func(c *handoff.Config) { c.Drafter = drafter })
		env.clock.Set(time.Date(2026, 3, 3, 22, 0, 0, 0, ny))
		_, err := env.e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: "c2", Channel: store.ChannelChat,
			TimeZone: "America/New_York", Lead: store.Lead{Name: "Nina"}})
		require.NoError(t, err)
		out := env.receive(t, "c2", "can someone call me")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Len(t, got, 1)
		require.Equal(t, "tomorrow at 9am", got[0].NextOnDuty)
		if tc.fallback {
			require.Equal(t, "Thanks! Our team is back tomorrow at 9am, and my partner will reach out then. What's the best number and time to reach you?", out.Reply)
		} else {
			require.Equal(t, tc.draft, out.Reply)
		}
		require.Equal(t, tc.fallback, len(env.events(t, "c2", store.EventDrafterFallback)) == 1, "%q", tc.draft)
	}

	// on duty: nothing to say of when
	var got []bridge.Request
	drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		got = append(got, req)
		return bridge.NewTemplate(req.Voice).Line(req), nil
	})
	st := memstore.New()
	env := afterSetup(t, st, nineToFive(t, st), func(c *handoff.Config) { c.Drafter = drafter })
	env.clock.Set(time.Date(2026, 3, 3, 12, 0, 0, 0, ny))
	env.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, env.receive(t, "c1", "can someone call me").Kind)
	require.Len(t, got, 1)
	require.NotEmpty(t, got[0].RepName)
	require.Empty(t, got[0].NextOnDuty)
}

// When nobody can take a handoff and the router does not know when
// someone will (a route.NoRepError with no NextAt: every rep marked
// unavailable, or every rep at capacity), the bridge promises no time
// ("as soon as they're free"), and the drafter is told
// (Request.NobodyFree): it said "my partner will reach out shortly".
func TestNobodyFreeBridgePromisesNoTime(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		reps []route.Rep
		busy bool // a first handoff fills the rep's one place
	}{
		{"unavailable", []route.Rep{{ID: "amy", Name: "Amy", Unavailable: true}}, false},
		{"full", []route.Rep{{ID: "amy", Name: "Amy", MaxOpen: 1}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, drafted := range []bool{false, true} {
				st := memstore.New()
				pool, err := route.New(&route.Config{Reps: tc.reps, Sequencer: handoff.StoreSequencer(st), Load: handoff.StoreLoad(st)})
				require.NoError(t, err)
				var mu sync.Mutex
				var got []bridge.Request
				env := afterSetup(t, st, pool, func(c *handoff.Config) {
					if drafted {
						c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
							mu.Lock()
							defer mu.Unlock()
							got = append(got, req)
							return "Of course, someone will reach out shortly. What's the best time to call?", nil
						})
					}
				})
				if tc.busy {
					env.start(t, "first")
					out := env.receive(t, "first", "can someone call me")
					require.Equal(t, "amy", out.Conversation.AssignedTo)
				}
				// (six conversations reach every line of the template)
				for i := range 6 {
					id := fmt.Sprintf("c%d", i)
					env.start(t, id)
					out := env.receive(t, id, "can someone call me")
					require.Equal(t, handoff.OutcomeHandoff, out.Kind)
					require.Empty(t, out.Conversation.AssignedTo)
					require.NotRegexp(t, soonWords, strings.ReplaceAll(out.Reply, "as soon as", ""), "drafted %v", drafted)
					if !drafted {
						continue
					}
					mu.Lock()
					last := got[len(got)-1]
					mu.Unlock()
					require.True(t, last.NobodyFree)
					require.Empty(t, last.NextOnDuty)
					require.Len(t, env.events(t, id, store.EventDrafterFallback), 1, "a draft promising 'shortly' falls back")
				}
			}
		})
	}
}

// A handoff that escalates to the team after the team went off duty (the
// rep the notice named declines at 17:05, and nobody else is on until
// 9:00) tells the lead when the team is back, as the off-duty bridge
// does, in the template and to the drafter (Request.NextOnDuty), and a
// drafted update that promises the team "as soon as they can" instead
// falls back to the template: the update said "someone from our team
// will text you as soon as they can" although the engine knew nobody
// would before 9:00.
func TestEscalationOffDutyUpdateSaysWhenTheTeamIsBack(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		draft string // "" for the template
		lang  string
		want  string
	}{
		{"template", "", "", "Sorry for the wait! Our team is back tomorrow at 9am, and someone will text you then."},
		{"spanish", "", "es", "¡Perdona la espera! Nuestro equipo vuelve mañana a las 9am y alguien te va a escribir entonces."},
		{"drafted as soon as they can", "Sorry for the wait! Someone from our team will text you as soon as they can.", "",
			"Sorry for the wait! Our team is back tomorrow at 9am, and someone will text you then."},
		{"drafted with the time", "Sorry for the wait! Our team is back tomorrow at 9am and will text you then.", "",
			"Sorry for the wait! Our team is back tomorrow at 9am and will text you then."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			st := memstore.New()
			var mu sync.Mutex
			var updates []bridge.Request
			env := afterSetup(t, st, nineToFive(t, st), func(c *handoff.Config) {
				c.Notices = []handoff.NoticeRule{{}}
				if tc.draft != "" {
					c.Drafter = bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
						if req.Purpose != bridge.PurposeNoticeUpdate {
							return bridge.NewTemplate(req.Voice).Line(req), nil
						}
						mu.Lock()
						defer mu.Unlock()
						updates = append(updates, req)
						return tc.draft, nil
					})
				}
			})
			env.clock.Set(time.Date(2026, 3, 3, 16, 50, 0, 0, ny)) // a Tuesday
			ctx := context.Background()
			_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", TimeZone: "America/New_York",
				Lead: store.Lead{Name: "Maria", Phone: "+12125550100"}})
			require.NoError(t, err)
			body := "can you just call me"
			if tc.lang == "es" {
				body = "¿me puede llamar alguien?"
			}
			out := env.receive(t, "c1", body)
			require.Equal(t, handoff.OutcomeHandoff, out.Kind)
			require.NotEmpty(t, out.Conversation.AssignedTo)
			env.runOnce(t)

			env.clock.Set(time.Date(2026, 3, 3, 17, 5, 0, 0, ny))
			_, err = env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: out.Conversation.AssignedTo})
			require.NoError(t, err)
			env.runOnce(t)
			texts := env.sender.bodies()
			require.Len(t, texts, 2, "%q", texts)
			require.Equal(t, tc.want, texts[1])
			if tc.draft != "" {
				mu.Lock()
				defer mu.Unlock()
				require.Len(t, updates, 1)
				require.Equal(t, "tomorrow at 9am", updates[0].NextOnDuty)
				require.Empty(t, updates[0].RepName)
				require.Equal(t, tc.want != tc.draft, len(env.events(t, "c1", store.EventDrafterFallback)) == 1)
			}
		})
	}
}
