package handoff_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/dnc"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// afterEnv is an engine with a router over a team, a settable clock and a
// dispatcher recording notifications.
type afterEnv struct {
	*dspEnv
	notes *noteLog
}

type noteLog struct {
	mu sync.Mutex
	n  []handoff.Notification
}

func (l *noteLog) Notify(ctx context.Context, n handoff.Notification) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n = append(l.n, n)
	return nil
}

func (l *noteLog) to() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, n := range l.n {
		out = append(out, string(n.Item.Kind)+":"+n.Item.To)
	}
	return out
}

func afterSetup(t *testing.T, st store.Store, router route.Router, mod func(*handoff.Config)) *afterEnv {
	t.Helper()
	if st == nil {
		st = memstore.New()
	}
	env := &afterEnv{dspEnv: &dspEnv{clock: &dspClock{t: dspNoonNY}, sender: newDspSender()}, notes: &noteLog{}}
	n := 0
	var mu sync.Mutex
	cfg := &handoff.Config{Now: env.clock.Now, Router: router, NewID: func() string {
		mu.Lock()
		defer mu.Unlock()
		n++
		return fmt.Sprintf("id%06d", n)
	}}
	if mod != nil {
		mod(cfg)
	}
	e, err := handoff.NewEngine(st, cfg)
	require.NoError(t, err)
	env.e = e
	if ms, ok := st.(*memstore.Store); ok {
		env.st = ms
	}
	env.d, err = handoff.NewDispatcher(e, &handoff.DispatcherConfig{Sender: env.sender, Notifier: env.notes,
		QuietHours: dnc.QuietHours{Start: 0, End: 24}})
	require.NoError(t, err)
	return env
}

// team is four reps on duty all day in New York, one with a skill.
func team(t *testing.T, st store.Store) *route.Pool {
	t.Helper()
	p, err := route.New(&route.Config{Reps: []route.Rep{
		{ID: "ana", Name: "Ana"}, {ID: "ben", Name: "Ben"}, {ID: "cy", Name: "Cy", Skills: []route.Skill{"technical"}}, {ID: "dee", Name: "Dee"},
	}, Sequencer: handoff.StoreSequencer(st), Load: handoff.StoreLoad(st)})
	require.NoError(t, err)
	return p
}

func (env *afterEnv) handoff(t *testing.T, id string) store.Conversation {
	t.Helper()
	env.start(t, id)
	out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: "can you just call me"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	return out.Conversation
}

func TestRouterSeesTheWholeLead(t *testing.T) {
	t.Parallel()
	var got route.Request
	r := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		got = req
		return route.Assignment{RepID: "ana", RepName: "Ana"}, nil
	})
	env := afterSetup(t, nil, r, nil)
	ctx := context.Background()
	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Tags: []string{"repeat_customer"},
		Lead: store.Lead{Name: "Dana", Phone: "+12125550100", Company: "Acme Roofing", OwnerID: "ben"}, Attributes: map[string]string{"region": "NY"}})
	require.NoError(t, err)
	_, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "I inherited it from my dad and the roof leaks"})
	require.NoError(t, err)
	require.Equal(t, "ben", got.Lead.OwnerID)
	require.Equal(t, "Acme Roofing", got.Lead.Company)
	require.Equal(t, "NY", got.Lead.Region)
	require.Equal(t, "I inherited it from my dad and the roof leaks", got.Message)
	require.Contains(t, got.Fields, "motivation")
	require.Contains(t, got.Tags, "repeat_customer")
	require.Equal(t, "fields", got.Reason)
	require.NotZero(t, got.Score)
}

func TestFiveMinuteRuleReroutesThenEscalates(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.SLAReroutes = 1 })
	c := env.handoff(t, "c1")
	first := c.AssignedTo
	require.NotEmpty(t, first)
	env.runOnce(t)
	require.Equal(t, []string{"rep_notification:" + first}, env.notes.to())

	env.clock.Advance(4 * time.Minute)
	env.runOnce(t)
	require.Equal(t, first, env.conv(t, "c1").AssignedTo, "not before five minutes")

	env.clock.Advance(time.Minute)
	env.runOnce(t)
	c = env.conv(t, "c1")
	require.NotEqual(t, first, c.AssignedTo, "re-routed to another rep")
	ev := env.events(t, "c1", store.EventRerouted)
	require.Len(t, ev, 1)
	require.Equal(t, first+" -> "+c.AssignedTo+" after 5m0s", ev[0].Detail)
	env.runOnce(t)
	require.Contains(t, env.notes.to(), "rep_notification:"+c.AssignedTo)

	env.clock.Advance(5 * time.Minute)
	env.runOnce(t)
	require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1, "after the re-routes are spent, the team")
	env.runOnce(t)
	require.Contains(t, env.notes.to(), "rep_notification:team")
	env.clock.Advance(time.Hour)
	env.runOnce(t)
	require.Len(t, env.events(t, "c1", store.EventSLAEscalated), 1, "escalated once")
}

// TestEscalationToTheTeamUnassigns: once the 5-minute rule escalates a
// handoff to the team, nobody holds it: the last rep's capacity is freed,
// any rep of the team may accept it, and the audit trail says whom it left.
func TestEscalationToTheTeamUnassigns(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.SLAReroutes = 1 })
	ctx := context.Background()
	first := env.handoff(t, "c1").AssignedTo
	env.clock.Advance(5 * time.Minute)
	env.runOnce(t)
	second := env.conv(t, "c1").AssignedTo
	require.NotEqual(t, first, second)
	env.clock.Advance(5 * time.Minute)
	env.runOnce(t)
	env.runOnce(t)
	require.Contains(t, env.notes.to(), "rep_notification:team")

	c := env.conv(t, "c1")
	require.Empty(t, c.AssignedTo, "the team's queue holds it, not the last rep")
	require.Empty(t, c.AssignedName)
	ev := env.events(t, "c1", store.EventSLAEscalated)
	require.Len(t, ev, 1)
	require.Equal(t, "escalated to team after 5m0s, unassigned from "+second, ev[0].Detail)
	open, err := handoff.StoreLoad(st).OpenHandoffs(ctx, dspTenant, []string{second})
	require.NoError(t, err)
	require.Zero(t, open[second], "the escalated rep's capacity is freed")

	res, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: first})
	require.NoError(t, err, "any rep of the team may accept it")
	require.Equal(t, first, res.Conversation.AssignedTo)
}

func TestAcceptStopsTheClock(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	c := env.handoff(t, "c1")
	env.clock.Advance(90 * time.Second)
	res, err := env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo})
	require.NoError(t, err)
	require.False(t, res.Conversation.EngagedAt.IsZero())
	acc := env.events(t, "c1", store.EventAccept)
	require.Len(t, acc, 1)
	require.Equal(t, "engaged after 1m30s", acc[0].Detail)
	env.clock.Advance(10 * time.Minute)
	env.runOnce(t)
	require.Empty(t, env.events(t, "c1", store.EventRerouted), "an accepted handoff is not re-routed")
	require.Equal(t, c.AssignedTo, env.conv(t, "c1").AssignedTo)

	_, err = env.e.Accept(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: "somebody-else"})
	require.ErrorIs(t, err, handoff.ErrForbidden)
}

func TestDeclineReroutesAtOnceAndCompleteCloses(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	c := env.handoff(t, "c1")
	_, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: "not-the-assignee"})
	require.ErrorIs(t, err, handoff.ErrForbidden)
	res, err := env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: c.AssignedTo, Reason: "off today"})
	require.NoError(t, err)
	next := res.Conversation.AssignedTo
	require.NotEqual(t, c.AssignedTo, next)
	require.NotEmpty(t, next)
	require.Len(t, env.events(t, "c1", store.EventDecline), 1)

	_, err = env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: next})
	require.NoError(t, err)
	got := env.conv(t, "c1")
	require.Equal(t, store.StatusClosed, got.Status)
	page, err := env.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
	require.NoError(t, err)
	require.Empty(t, page.Entries, "a completed handoff leaves the Hot inbox")
}

func TestFiveMinuteRuleSurvivesARestart(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	pool := team(t, st)
	env := afterSetup(t, st, pool, nil)
	c := env.handoff(t, "c1")
	env.runOnce(t)
	// A new engine and dispatcher over the same store: the process restarted
	// (its IDs are its own).
	var n atomic.Int64
	env2 := afterSetup(t, st, pool, func(c *handoff.Config) {
		c.NewID = func() string { return fmt.Sprintf("restarted%06d", n.Add(1)) }
	})
	env2.clock.Set(env.clock.Now().Add(5 * time.Minute))
	env2.runOnce(t)
	require.NotEqual(t, c.AssignedTo, env2.conv(t, "c1").AssignedTo, "the check queued before the restart ran after it")
}

func TestEscalateFromOutside(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	env.start(t, "c1")
	out, err := env.e.Escalate(ctx, handoff.EscalateParams{TenantID: dspTenant, ConversationID: "c1", Reason: "pricing_page", Detail: "viewed pricing 3 times"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, store.StateHandoff, out.Conversation.State)
	require.Equal(t, store.StatusHot, out.Conversation.Status)
	require.NotEmpty(t, out.Reply, "the bridge goes by default")
	kinds := map[store.OutboxKind]int{}
	for _, it := range env.items(t, "c1") {
		kinds[it.Kind]++
	}
	require.Equal(t, map[store.OutboxKind]int{store.OutboxBridgeSMS: 1, store.OutboxRepNotification: 1, store.OutboxSLACheck: 1}, kinds)

	env.start(t, "c2")
	out, err = env.e.Escalate(ctx, handoff.EscalateParams{TenantID: dspTenant, ConversationID: "c2", Reason: "demo_form", NoBridge: true})
	require.NoError(t, err)
	require.Empty(t, out.Reply)
	require.Empty(t, onlyKind(env.items(t, "c2"), store.OutboxBridgeSMS))

	_, err = env.e.Escalate(ctx, handoff.EscalateParams{TenantID: dspTenant, ConversationID: "c2", Reason: "again"})
	require.ErrorIs(t, err, handoff.ErrInvalidTransition, "only from ai_active")
	env.startWith(t, "c3", "+12125550177", "America/New_York")
	_, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c3", Body: "STOP"})
	require.NoError(t, err)
	_, err = env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "c3"})
	require.ErrorIs(t, err, handoff.ErrOptedOut)
}

func TestAfterTheHandoffFieldsCallbackAndOneUpdate(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.UpdateDelay = time.Minute })
	ctx := context.Background()
	c := env.handoff(t, "c1")
	env.runOnce(t)
	for _, body := range []string{"after 5pm works", "oh and the roof leaks", "my mom passed and left it to me"} {
		out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: body})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeRecorded, out.Kind, "nothing automated answers")
	}
	got := env.conv(t, "c1")
	require.Equal(t, "after 5pm", got.Fields["callback_time"].Value)
	require.Contains(t, got.Fields, store.FieldName("condition"))
	require.NotEmpty(t, got.Fields["condition"].MessageID, "with provenance")
	require.Len(t, onlyKind(env.items(t, "c1"), store.OutboxRepUpdate), 1, "one coalesced update")
	env.clock.Advance(time.Minute)
	env.runOnce(t)
	require.Contains(t, env.notes.to(), "rep_update:"+c.AssignedTo)

	// Opt-out still comes first.
	out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "stop texting me"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
}

func TestResumeDoesNotRefireOnOldFacts(t *testing.T) {
	t.Parallel()
	var seen []bridge.Request
	var mu sync.Mutex
	drafter := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		mu.Lock()
		seen = append(seen, req)
		mu.Unlock()
		return bridge.NewTemplate(bridge.Voice{}).Draft(ctx, req)
	})
	env := afterSetup(t, nil, nil, func(c *handoff.Config) { c.Drafter = drafter })
	ctx := context.Background()
	env.start(t, "c1")
	out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "I inherited it and the roof leaks"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	env.clock.Advance(time.Minute)
	res, err := env.e.Resume(ctx, handoff.ResumeParams{TenantID: dspTenant, ConversationID: "c1"})
	require.NoError(t, err)
	require.Equal(t, store.StatusActive, res.Conversation.Status, "the status leaves hot")
	for _, body := range []string{"ok thanks", "sounds good"} {
		env.clock.Advance(time.Minute)
		out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: body})
		require.NoError(t, err)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q re-fired on the fields known before the resume", body)
	}
	mu.Lock()
	require.True(t, seen[len(seen)-2].Resumed, "the first reply after the resume is marked")
	require.False(t, seen[len(seen)-1].Resumed, "later replies are not")
	mu.Unlock()
	out, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "we need to sell within 30 days"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind, "a field newly known is new evidence")
}

func TestLeadDataAndSignalTags(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, func(c *handoff.Config) { c.Competitors = []string{"Opendoor"} })
	ctx := context.Background()
	env.start(t, "c1")
	company := "Acme Roofing"
	res, err := env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", Company: &company,
		AddTags: []string{"repeat_customer"}, SetAttributes: map[string]string{"plan": "pro"}})
	require.NoError(t, err)
	require.Equal(t, company, res.Conversation.Lead.Company)
	require.Equal(t, "pro", res.Conversation.Attributes["plan"])
	require.Equal(t, "host", res.Conversation.Tags[0].Source)
	_, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "Opendoor offered me 240k, what do you think"})
	require.NoError(t, err)
	c := env.conv(t, "c1")
	var tag *store.Tag
	for i := range c.Tags {
		if c.Tags[i].Name == "competitor" {
			tag = &c.Tags[i]
		}
	}
	require.NotNil(t, tag, "a competitor mention tags the lead: %+v", c.Tags)
	require.Equal(t, "signal", tag.Source)
	require.NotEmpty(t, tag.MessageID)
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", AddTags: []string{"bad\ttag"}})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

// TestEmergencyIsTaggedUrgent: an emergency (a burst water heater, a
// flooding basement) tags the lead urgent from its signals, as a strong
// commitment does, whether or not a rule hands it off; the rep's
// notification carries the tags the triggering message applied. A
// question out of scope that is no emergency is not urgent.
func TestEmergencyIsTaggedUrgent(t *testing.T) {
	t.Parallel()
	pol := trigger.DefaultPolicy()
	pol.Rules = append(pol.Rules, trigger.OutOfScope(trigger.TopicEmergency, trigger.TopicPricing))
	env := afterSetup(t, nil, route.NewPool(route.Rep{ID: "sarah", Name: "Sarah"}), func(c *handoff.Config) { c.Policy = pol })
	ctx := context.Background()
	tagged := func(id string) *store.Tag {
		c := env.conv(t, id)
		for i := range c.Tags {
			if c.Tags[i].Name == "urgent" {
				return &c.Tags[i]
			}
		}
		return nil
	}

	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Lead: store.Lead{Name: "Pat", Phone: "+12125550111"},
		Tags: []string{"repeat_customer"}})
	require.NoError(t, err)
	out := env.say(t, "c1", "my water heater burst and the basement is flooding, need someone today")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	tag := tagged("c1")
	require.NotNil(t, tag, "an emergency is urgent: %+v", env.conv(t, "c1").Tags)
	require.Equal(t, "signal", tag.Source)
	require.NotEmpty(t, tag.MessageID)
	require.Len(t, env.events(t, "c1", store.EventTagged), 1)
	env.runOnce(t)
	require.Len(t, env.notes.n, 1)
	var names []string
	for _, tg := range env.notes.n[0].Brief.Tags {
		names = append(names, tg.Name)
	}
	require.ElementsMatch(t, []string{"repeat_customer", "urgent"}, names, "the notification shows the tags the handoff applied")

	env.startWith(t, "c3", "+12125550113", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c3", "what is your commission on a 300k sale?").Kind)
	require.Nil(t, tagged("c3"), "a pricing question is not urgent")

	// Without a rule for emergencies the lead is still urgent.
	env = afterSetup(t, nil, nil, nil)
	env.start(t, "c4")
	require.NotEqual(t, handoff.OutcomeHandoff, env.say(t, "c4", "the basement is flooding again").Kind)
	require.NotNil(t, tagged("c4"), "urgent whether or not a rule hands off")
}

// TestTagsAreCapped: a lead holds at most 64 host tags, like its 64
// attributes: Start and UpdateLead refuse more (counting the tags the lead
// has) with an *InputError and write nothing; the engine's own signal tags
// do not count, and a tag named twice is one tag and one event.
func TestTagsAreCapped(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, func(c *handoff.Config) { c.Competitors = []string{"Opendoor"} })
	ctx := context.Background()
	tags := func(prefix string, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("%s%02d", prefix, i)
		}
		return out
	}
	var ie *handoff.InputError

	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c0", Tags: tags("t", 65)})
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "Tags", ie.Field)
	_, err = env.e.Conversation(ctx, dspTenant, "c0")
	require.ErrorIs(t, err, handoff.ErrNotFound, "nothing written")

	c, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Lead: store.Lead{Phone: "+12125550100"},
		Tags: append(tags("t", 64), "t00", "t01")})
	require.NoError(t, err)
	require.Len(t, c.Tags, 64, "a tag named twice is one tag")
	_, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "Opendoor offered me 240k, what do you think"})
	require.NoError(t, err)
	require.Len(t, env.conv(t, "c1").Tags, 65, "the engine's competitor tag does not count against the cap")

	before := env.trail(t, "c1")
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", AddTags: []string{"vip"}})
	require.ErrorAs(t, err, &ie, "a 65th host tag")
	require.Equal(t, "AddTags", ie.Field)
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")
	name := "Dana"
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", Name: &name, AddTags: []string{"t05"}})
	require.NoError(t, err, "a tag the lead has adds nothing")

	res, err := env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1",
		RemoveTags: []string{"t00"}, AddTags: []string{"vip", "vip", "vip"}})
	require.NoError(t, err, "one out, one in")
	require.Len(t, res.Conversation.Tags, 65)
	n := 0
	for _, ev := range env.events(t, "c1", store.EventTagged) {
		if ev.Detail == "vip" {
			n++
		}
	}
	require.Equal(t, 1, n, "one tagged event per tag added")

	env.start(t, "c2")
	before = env.trail(t, "c2")
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c2", AddTags: tags("u", 65)})
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "AddTags", ie.Field)
	require.Equal(t, before, env.trail(t, "c2"), "nothing written")
}

// TestAttributesAreCapped: a lead holds at most 64 attributes, counting
// those it has with those an update sets (a key set again counts once, a
// key the update deletes not at all): UpdateLead refuses more with an
// *InputError and writes nothing.
func TestAttributesAreCapped(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	ctx := context.Background()
	attrs := func(prefix, v string, n int) map[string]string {
		out := make(map[string]string, n)
		for i := range n {
			out[fmt.Sprintf("%s%02d", prefix, i)] = v
		}
		return out
	}
	var ie *handoff.InputError
	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Lead: store.Lead{Phone: "+12125550100"},
		Attributes: attrs("a", "1", 64)})
	require.NoError(t, err)

	before := env.trail(t, "c1")
	for _, set := range []map[string]string{attrs("b", "1", 64), {"b00": "1"}} {
		_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", SetAttributes: set})
		require.ErrorAs(t, err, &ie, "a 65th attribute")
		require.Equal(t, "SetAttributes", ie.Field)
	}
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")
	require.Len(t, env.conv(t, "c1").Attributes, 64)

	res, err := env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", SetAttributes: attrs("a", "2", 64)})
	require.NoError(t, err, "keys the lead has, set again")
	require.Equal(t, attrs("a", "2", 64), res.Conversation.Attributes)
	res, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1",
		SetAttributes: map[string]string{"b00": "1"}, DeleteAttributes: []string{"a00"}})
	require.NoError(t, err, "one out, one in")
	require.Len(t, res.Conversation.Attributes, 64)
	require.Equal(t, "1", res.Conversation.Attributes["b00"])
}

// TestLeadTextRefusesControlCharacters: the lead's name, e-mail, source and
// company are one line of text: a control character (ESC, newline, tab,
// DEL, a C1 control) is an *InputError naming the field, at Start and in
// UpdateLead, and nothing is written; names in any script are accepted.
func TestLeadTextRefusesControlCharacters(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	ctx := context.Background()
	env.start(t, "c1")
	before := env.trail(t, "c1")
	var ie *handoff.InputError
	for _, bad := range []string{"Dana\x1b[31m", "Dana\nSmith", "Dana\tSmith", "Dana\r", "Dana\x7f", "Dana\u0085"} {
		for field, lead := range map[string]store.Lead{"Lead.Name": {Name: bad}, "Lead.Email": {Email: bad},
			"Lead.Source": {Source: bad}, "Lead.Company": {Company: bad}} {
			_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c2", Lead: lead})
			require.ErrorAs(t, err, &ie, "%s %q", field, bad)
			require.Equal(t, field, ie.Field)
		}
		v := bad
		for field, u := range map[string]handoff.LeadUpdate{"Name": {Name: &v}, "Email": {Email: &v}, "Company": {Company: &v}} {
			u.TenantID, u.ConversationID = dspTenant, "c1"
			_, err := env.e.UpdateLead(ctx, u)
			require.ErrorAs(t, err, &ie, "%s %q", field, bad)
			require.Equal(t, field, ie.Field)
		}
	}
	_, err := env.e.Conversation(ctx, dspTenant, "c2")
	require.ErrorIs(t, err, handoff.ErrNotFound, "nothing written")
	require.Equal(t, before, env.trail(t, "c1"), "nothing written")

	for i, name := range []string{"José Núñez", "李雷", "O'Brien", "محمد\u200cرضا", "Zoë-Ann D'Arcy 👩‍💻"} {
		c, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: fmt.Sprintf("ok%d", i), Lead: store.Lead{Name: name, Company: name}})
		require.NoError(t, err, name)
		require.Equal(t, name, c.Lead.Name)
		n := name
		res, err := env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", Name: &n, Company: &n})
		require.NoError(t, err, name)
		require.Equal(t, name, res.Conversation.Lead.Name)
	}
}

func TestTransparentNotice(t *testing.T) {
	t.Parallel()
	r := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		return route.Assignment{RepID: "mike", RepName: "Mike", Wait: 2 * time.Minute}, nil
	})
	env := afterSetup(t, nil, r, func(c *handoff.Config) {
		c.Notices = []handoff.NoticeRule{{Reason: trigger.ReasonExplicitAsk}}
	})
	c := env.handoff(t, "c1")
	bridges := onlyKind(env.items(t, c.ID), store.OutboxBridgeSMS)
	require.Len(t, bridges, 1)
	out, err := env.e.Transcript(context.Background(), dspTenant, "c1")
	require.NoError(t, err)
	last := out[len(out)-1].Body
	require.Contains(t, last, "Mike")
	require.Contains(t, last, "two minutes")

	// A drafter's own notice is accepted, not replaced by the template.
	custom := bridge.DrafterFunc(func(ctx context.Context, req bridge.Request) (string, error) {
		return "I'm connecting you with " + req.RepName + ", he'll text you in about two minutes.", nil
	})
	env2 := afterSetup(t, nil, r, func(c *handoff.Config) {
		c.Drafter, c.Notices = custom, []handoff.NoticeRule{{Channel: store.ChannelSMS}}
	})
	env2.handoff(t, "c2")
	require.Empty(t, env2.events(t, "c2", store.EventDrafterFallback))

	// A rep's name outside GSM-7 makes the notice UCS-2 (70 units a
	// segment): the lead still gets one segment that names the rep.
	zoe := route.RouterFunc(func(ctx context.Context, req route.Request) (route.Assignment, error) {
		return route.Assignment{RepID: "zoe", RepName: "Zoë", Wait: 2 * time.Minute}, nil
	})
	env3 := afterSetup(t, nil, zoe, func(c *handoff.Config) { c.Notices = []handoff.NoticeRule{{}} })
	for i := range 8 {
		id := fmt.Sprintf("c%d", i)
		env3.start(t, id)
		out, err := env3.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: "can you just call me"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		n, _ := bridge.Segments(out.Reply)
		require.Equal(t, 1, n, "%q", out.Reply)
		require.NoError(t, bridge.ValidateWith(out.Reply, bridge.PurposeNotice, &bridge.ValidateOpts{RepName: "Zoë"}), out.Reply)
	}
}

// TestNoHandoffToAnUnavailableOrFullRep: a property over random teams,
// schedules and loads, through the engine and the store's load count.
func TestNoHandoffToAnUnavailableOrFullRep(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(7, 11))
	ny, _ := time.LoadLocation("America/New_York")
	for trial := range 40 {
		st := memstore.New()
		var reps []route.Rep
		for i := range 1 + rng.IntN(5) {
			r := route.Rep{ID: fmt.Sprintf("r%d", i), Name: fmt.Sprintf("Rep%d", i), MaxOpen: rng.IntN(3)}
			if rng.IntN(2) == 0 {
				start := time.Duration(rng.IntN(24)) * time.Hour
				r.Hours = route.Hours{Zone: ny, Shifts: route.Weekdays(start, min(start+time.Duration(1+rng.IntN(8))*time.Hour, 24*time.Hour))}
			}
			if r.MaxOpen == 0 && rng.IntN(2) == 0 {
				r.Unavailable = true
			}
			reps = append(reps, r)
		}
		pool, err := route.New(&route.Config{Reps: reps, Sequencer: handoff.StoreSequencer(st), Load: handoff.StoreLoad(st)})
		require.NoError(t, err)
		env := afterSetup(t, st, pool, nil)
		env.clock.Set(dspNoonNY.Add(time.Duration(rng.IntN(7*24)) * time.Hour))
		for i := range 8 {
			id := fmt.Sprintf("t%d-%d", trial, i)
			env.startWith(t, id, fmt.Sprintf("+1212555%04d", i), "America/New_York")
			out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: id, Body: "please call me"})
			require.NoError(t, err)
			if out.AssignedTo == "" {
				continue
			}
			var rep route.Rep
			for _, r := range reps {
				if r.ID == out.AssignedTo {
					rep = r
				}
			}
			require.False(t, rep.Unavailable, "trial %d: routed to a rep switched off", trial)
			require.True(t, rep.AvailableAt(env.clock.Now()), "trial %d: routed to %s off shift", trial, rep.ID)
			if rep.MaxOpen > 0 {
				counts, err := handoff.StoreLoad(st).OpenHandoffs(context.Background(), dspTenant, []string{rep.ID})
				require.NoError(t, err)
				require.LessOrEqual(t, counts[rep.ID], rep.MaxOpen, "trial %d: %s over capacity", trial, rep.ID)
			}
		}
	}
}

// TestReopenedHandoffRestartsTheClock: a handoff the lead's STOP paused
// comes back Hot with their START, and the 5-minute rule runs again from
// then: the check of the first assignment lapsed while the lead had opted
// out, so without a fresh one nobody would notice that the rep never
// picks the lead up again.
func TestReopenedHandoffRestartsTheClock(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	c := env.handoff(t, "c1")
	first := c.AssignedTo
	require.NotEmpty(t, first)
	ctx := context.Background()
	out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "STOP"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
	env.clock.Advance(10 * time.Minute)
	env.runOnce(t)
	require.Empty(t, env.events(t, "c1", store.EventRerouted), "no re-route while the lead has opted out")

	out, err = env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "START"})
	require.NoError(t, err)
	require.Equal(t, store.StateHandoff, out.State)
	env.clock.Advance(4 * time.Minute)
	env.runOnce(t)
	require.Empty(t, env.events(t, "c1", store.EventRerouted), "not before five minutes")
	env.clock.Advance(time.Minute)
	env.runOnce(t)
	ev := env.events(t, "c1", store.EventRerouted)
	require.Len(t, ev, 1, "five minutes after the reopening, the rule re-routes")
	require.Equal(t, first+" -> "+env.conv(t, "c1").AssignedTo+" after 5m0s", ev[0].Detail)
}

// TestOptOutAfterTheHandoffReachesTheRep: a lead who opts out after the
// handoff is a lead the rep must no longer call or text, so the rep who
// holds the thread (the team when nobody does) is told, as of any lead
// message after a handoff: a rep update queued in the opt-out's own
// commit, which the opt-out's cancellation leaves alone. So is the rep of
// every other conversation with the number the opt-out paused while a rep
// had it or it waited for one.
func TestOptOutAfterTheHandoffReachesTheRep(t *testing.T) {
	t.Parallel()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	ctx := context.Background()
	c1 := env.handoff(t, "c1")
	c2 := env.handoff(t, "c2") // the same number, another rep
	require.NotEqual(t, c1.AssignedTo, c2.AssignedTo)
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c2", RepID: c2.AssignedTo,
		Body: "Hi Maria, calling you at 5", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	before := len(env.notes.to())

	out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "c1", Body: "actually stop texting me"})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
	for _, id := range []string{"c1", "c2"} {
		ups := onlyKind(env.items(t, id), store.OutboxRepUpdate)
		require.Len(t, ups, 1, id)
		require.Equal(t, store.OutboxPending, ups[0].Status, "%s: the opt-out does not cancel its own notice", id)
	}
	env.clock.Advance(time.Minute)
	env.runOnce(t)
	env.notes.mu.Lock()
	got := map[string]store.Status{}
	for _, n := range env.notes.n[before:] {
		got[string(n.Item.Kind)+":"+n.Item.To] = n.Conversation.Status
	}
	env.notes.mu.Unlock()
	require.Equal(t, map[string]store.Status{
		"rep_update:" + c1.AssignedTo: store.StatusOptedOut,
		"rep_update:" + c2.AssignedTo: store.StatusOptedOut,
	}, got, "each rep learns the lead opted out")
}

// TestCarrierOptOutAfterTheHandoffReachesTheRep: an opt-out the carrier
// reports (the Sender's ErrRecipientOptedOut, a status webhook's
// DeliveryFailed with OptedOut) or the host does (OptOutAddress) is the
// lead's revoked consent as much as their STOP: the rep holding a thread
// it pauses, or the team or rep a handoff it pauses waits on, must not
// call or text them, so each is told by a rep update queued in the
// opt-out's commit, as of a STOP after the handoff. A conversation the AI
// drove has nobody to tell, and a report repeated tells nobody again.
func TestCarrierOptOutAfterTheHandoffReachesTheRep(t *testing.T) {
	t.Parallel()
	optedOut := fmt.Errorf("twilio 21610: %w", handoff.ErrRecipientOptedOut)
	for name, report := range map[string]func(t *testing.T, env *afterEnv){
		"Sender": func(t *testing.T, env *afterEnv) {
			env.sender.fail = func(handoff.Delivery) (error, bool) { return optedOut, false }
			_, err := env.e.ScheduleMessage(context.Background(), handoff.ScheduledMessage{TenantID: dspTenant, ConversationID: "c1", Body: "Still there?"})
			require.NoError(t, err)
			env.runOnce(t)
			require.Len(t, env.events(t, "c1", store.EventDeadLetter), 1)
		},
		"DeliveryFailed": func(t *testing.T, env *afterEnv) {
			it := onlyKind(env.items(t, "c1"), store.OutboxBridgeSMS)[0]
			f := handoff.DeliveryFailure{TenantID: dspTenant, OutboxItemID: it.ID, Reason: "21610 unsubscribed recipient", OptedOut: true}
			_, err := env.e.DeliveryFailed(context.Background(), f)
			require.NoError(t, err)
			res, err := env.e.DeliveryFailed(context.Background(), f)
			require.NoError(t, err)
			require.True(t, res.Duplicate)
		},
		"OptOutAddress": func(t *testing.T, env *afterEnv) {
			for range 2 {
				_, err := env.e.OptOutAddress(context.Background(), handoff.AddressOptOut{TenantID: dspTenant, Address: "(212) 555-0100", Rule: "dnc-list"})
				require.NoError(t, err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			st := memstore.New()
			env := afterSetup(t, st, team(t, st), nil)
			ctx := context.Background()
			c1 := env.handoff(t, "c1") // waits for its rep
			c2 := env.handoff(t, "c2") // the same number, another rep, who holds it
			require.NotEqual(t, c1.AssignedTo, c2.AssignedTo)
			_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c2", RepID: c2.AssignedTo,
				Body: "Hi Maria, calling you at 5", Send: true})
			require.NoError(t, err)
			env.start(t, "c3") // the AI's
			env.runOnce(t)
			before := len(env.notes.to())

			report(t, env)
			for _, id := range []string{"c1", "c2", "c3"} {
				c := env.conv(t, id)
				require.Equal(t, store.StatePaused, c.State, id)
				require.Equal(t, store.StatusOptedOut, c.Status, id)
			}
			for _, id := range []string{"c1", "c2"} {
				ups := onlyKind(env.items(t, id), store.OutboxRepUpdate)
				require.Len(t, ups, 1, id)
				require.Equal(t, store.OutboxPending, ups[0].Status, id)
			}
			require.Empty(t, onlyKind(env.items(t, "c3"), store.OutboxRepUpdate), "nobody held the AI's conversation")

			env.clock.Advance(time.Minute)
			env.runOnce(t)
			env.notes.mu.Lock()
			got := map[string]store.Status{}
			for _, n := range env.notes.n[before:] {
				got[string(n.Item.Kind)+":"+n.Item.To] = n.Conversation.Status
			}
			env.notes.mu.Unlock()
			require.Equal(t, map[string]store.Status{
				"rep_update:" + c1.AssignedTo: store.StatusOptedOut,
				"rep_update:" + c2.AssignedTo: store.StatusOptedOut,
			}, got, "each rep learns the lead opted out")
		})
	}
}

// TestCarrierOptOutOfAnOldAddressTellsNoRep: a carrier's opt-out of an
// address the conversation's lead no longer has (a text that went to the
// e-mail the lead has since changed) suppresses that address alone: the
// conversation goes on with its rep, who is told nothing, since their
// lead did not opt out.
func TestCarrierOptOutOfAnOldAddressTellsNoRep(t *testing.T) {
	t.Parallel()
	env := afterSetup(t, nil, nil, nil)
	ctx := context.Background()
	_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Lead: store.Lead{Name: "Maria", Email: "maria@old.example"}})
	require.NoError(t, err)
	_, err = env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: "dana", Body: "Hi Maria, it's Dana", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	newEmail := "maria@new.example"
	_, err = env.e.UpdateLead(ctx, handoff.LeadUpdate{TenantID: dspTenant, ConversationID: "c1", Email: &newEmail})
	require.NoError(t, err)

	it := onlyKind(env.items(t, "c1"), store.OutboxRepSMS)[0]
	require.Equal(t, "maria@old.example", it.To)
	_, err = env.e.DeliveryFailed(ctx, handoff.DeliveryFailure{TenantID: dspTenant, OutboxItemID: it.ID, Reason: "opted out", OptedOut: true})
	require.NoError(t, err)
	c := env.conv(t, "c1")
	require.Equal(t, store.StateHuman, c.State)
	require.NotEqual(t, store.StatusOptedOut, c.Status)
	require.Empty(t, onlyKind(env.items(t, "c1"), store.OutboxRepUpdate), "the rep's lead did not opt out")
}

// TestOptOutOfAThreadARepWaitsOnReachesTheRep: a conversation in the Hot
// inbox while paused is one a rep (or the team) still holds: a possible
// opt-out waiting for their decision, or a handoff a rep paused. An
// opt-out of it (the lead's STOP, a person confirming the review, a
// carrier's report) tells that rep or the team by a rep update in its
// commit, as after a handoff, or they would call a lead who revoked
// consent to ask what they meant; so does the confirmation of a review
// for every other conversation with the number it pauses. The rep who
// confirmed the opt-out themselves is not told what they did.
func TestOptOutOfAThreadARepWaitsOnReachesTheRep(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// held hands c1 off, lets its rep take it and returns the rep.
	held := func(t *testing.T, env *afterEnv, id string) string {
		t.Helper()
		rep := env.handoff(t, id).AssignedTo
		_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: id, RepID: rep, Body: "Hi Maria, calling you at 5", Send: true})
		require.NoError(t, err)
		return rep
	}
	inReview := func(t *testing.T, env *afterEnv, id string) {
		t.Helper()
		require.Equal(t, handoff.OutcomeReview, env.say(t, id, maybeRevoked).Kind)
	}
	// told lists the open rep updates of conversation id, by recipient.
	told := func(t *testing.T, env *afterEnv, id string) []string {
		t.Helper()
		var to []string
		for _, it := range onlyKind(env.items(t, id), store.OutboxRepUpdate) {
			if it.Status == store.OutboxPending {
				to = append(to, it.To)
			}
		}
		return to
	}
	optedOut := func(t *testing.T, env *afterEnv, id string) {
		t.Helper()
		require.Equal(t, store.StatusOptedOut, env.conv(t, id).Status, id)
	}
	setup := func(t *testing.T) *afterEnv {
		st := memstore.New()
		return afterSetup(t, st, team(t, st), nil)
	}

	t.Run("STOP in review", func(t *testing.T) {
		t.Parallel()
		env := setup(t)
		rep := held(t, env, "c1")
		inReview(t, env, "c1")
		require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
		optedOut(t, env, "c1")
		require.Equal(t, []string{rep}, told(t, env, "c1"))
	})
	t.Run("review confirmed by the host", func(t *testing.T) {
		t.Parallel()
		env := setup(t)
		rep := held(t, env, "c1")
		rep2 := held(t, env, "c2") // the same number, another rep
		env.start(t, "c3")         // the AI's
		inReview(t, env, "c1")
		_, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c1", OptOut: true})
		require.NoError(t, err)
		for _, id := range []string{"c1", "c2", "c3"} {
			optedOut(t, env, id)
		}
		require.Equal(t, []string{rep}, told(t, env, "c1"))
		require.Equal(t, []string{rep2}, told(t, env, "c2"))
		require.Empty(t, told(t, env, "c3"))
	})
	t.Run("review confirmed by its rep", func(t *testing.T) {
		t.Parallel()
		env := setup(t)
		rep := held(t, env, "c1")
		inReview(t, env, "c1")
		_, err := env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep, OptOut: true, Confirm: true})
		require.NoError(t, err)
		optedOut(t, env, "c1")
		require.Empty(t, told(t, env, "c1"), "the rep who decided knows")
	})
	t.Run("carrier's report in review", func(t *testing.T) {
		t.Parallel()
		env := setup(t)
		env.start(t, "c1")
		inReview(t, env, "c1") // the AI's: the team decides
		_, err := env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: "+12125550100", Rule: "carrier:opted_out"})
		require.NoError(t, err)
		optedOut(t, env, "c1")
		require.Equal(t, []string{"team"}, told(t, env, "c1"))
	})
	t.Run("STOP on a handoff its rep paused", func(t *testing.T) {
		t.Parallel()
		env := setup(t)
		rep := held(t, env, "c1")
		_, err := env.e.Pause(ctx, handoff.PauseParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "stop texting me").Kind)
		optedOut(t, env, "c1")
		require.Equal(t, []string{rep}, told(t, env, "c1"))
	})
}

// TestOptOutWhileARepUpdateIsSendingReachesTheRep: a rep update gathers
// the lead's news until it goes, and the Notifier gets the conversation
// as it was when the update was marked sending. An opt-out that commits
// while the update is with the Notifier is no part of it, so the opt-out
// queues an update of its own instead of folding into the one already
// going; the rep hears of the opt-out.
func TestOptOutWhileARepUpdateIsSendingReachesTheRep(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	st := memstore.New()
	env := afterSetup(t, st, team(t, st), nil)
	rep := env.handoff(t, "c1").AssignedTo
	_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep, Body: "Hi Maria, calling you at 5", Send: true})
	require.NoError(t, err)
	env.runOnce(t)
	env.say(t, "c1", "5 works, call the cell")
	env.clock.Advance(time.Minute)

	entered, release := make(chan handoff.Notification, 1), make(chan struct{})
	d, err := handoff.NewDispatcher(env.e, &handoff.DispatcherConfig{Sender: env.sender, QuietHours: dnc.QuietHours{Start: 0, End: 24},
		Notifier: handoff.NotifierFunc(func(ctx context.Context, n handoff.Notification) error {
			entered <- n
			<-release
			return nil
		})})
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() {
		_, err := d.RunOnce(ctx)
		done <- err
	}()
	n := <-entered
	require.Equal(t, store.OutboxRepUpdate, n.Item.Kind)
	require.Equal(t, store.StatusHot, n.Conversation.Status, "the update going out was read before the opt-out")

	require.Equal(t, handoff.OutcomeOptedOut, env.say(t, "c1", "STOP").Kind)
	close(release)
	require.NoError(t, <-done)

	var pending []store.OutboxItem
	for _, it := range onlyKind(env.items(t, "c1"), store.OutboxRepUpdate) {
		if it.Status == store.OutboxPending {
			pending = append(pending, it)
		}
	}
	require.Len(t, pending, 1, "the opt-out's own update waits to go")
	require.Equal(t, rep, pending[0].To)
	env.clock.Advance(time.Minute)
	env.runOnce(t)
	env.notes.mu.Lock()
	last := env.notes.n[len(env.notes.n)-1]
	env.notes.mu.Unlock()
	require.Equal(t, "rep_update:"+rep, string(last.Item.Kind)+":"+last.Item.To)
	require.Equal(t, store.StatusOptedOut, last.Conversation.Status, "the rep learns the lead opted out")
}
