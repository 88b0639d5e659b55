package handoff_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
)

const (
	tenant     = "acme"
	leadPhone  = "+15550101234"
	twoFields  = "Yeah, I inherited it from my dad. The roof leaks but otherwise it's fine."
	callMe     = "can you just call me"
	plainReply = "ok"
)

// testClock is a deterministic clock that advances one second per reading.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

type bundle struct {
	st     store.Store
	engine *handoff.Engine
	cfg    *handoff.Config
}

// setup returns a fresh engine on a fresh memstore. mod may adjust the config.
func setup(t testing.TB, mod func(*handoff.Config)) *bundle {
	t.Helper()
	var n atomic.Int64
	clk := &testClock{t: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	cfg := &handoff.Config{
		Now:   clk.Now,
		NewID: func() string { return fmt.Sprintf("id%06d", n.Add(1)) },
	}
	if mod != nil {
		mod(cfg)
	}
	return setupStore(t, memstore.New(), cfg)
}

func setupStore(t testing.TB, st store.Store, cfg *handoff.Config) *bundle {
	t.Helper()
	e, err := handoff.NewEngine(st, cfg)
	require.NoError(t, err)
	return &bundle{st: st, engine: e, cfg: cfg}
}

func (b *bundle) start(t testing.TB, id string) store.Conversation {
	t.Helper()
	c, err := b.engine.Start(context.Background(), handoff.StartParams{TenantID: tenant, ConversationID: id,
		Lead: store.Lead{Name: "Dana", Phone: "(555) 010-1234", Source: "web form"}})
	require.NoError(t, err)
	return c
}

func (b *bundle) receive(t testing.TB, id, body string) handoff.Outcome {
	t.Helper()
	out, err := b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: id, Body: body})
	require.NoError(t, err)
	return out
}

// dump is everything the store holds about one conversation.
type dump struct {
	Conv        store.Conversation
	Messages    []store.Message
	Events      []store.Event
	Outbox      []store.OutboxItem
	Suppression *store.Suppression
}

func (b *bundle) dump(t testing.TB, id string) dump {
	t.Helper()
	var d dump
	require.NoError(t, b.st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		if d.Conv, err = tx.ConversationGet(ctx, tenant, id); err != nil {
			return err
		}
		if d.Messages, err = tx.MessageList(ctx, store.MessageListParams{TenantID: tenant, ConversationID: id}); err != nil {
			return err
		}
		if d.Events, err = tx.EventList(ctx, tenant, id); err != nil {
			return err
		}
		if d.Outbox, err = tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, ConversationID: id}); err != nil {
			return err
		}
		if s, err := tx.SuppressionGet(ctx, tenant, d.Conv.Lead.Phone); err == nil {
			d.Suppression = &s
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		return nil
	}))
	// Normalise empty slices so "nothing written" compares equal.
	if len(d.Messages) == 0 {
		d.Messages = nil
	}
	if len(d.Events) == 0 {
		d.Events = nil
	}
	if len(d.Outbox) == 0 {
		d.Outbox = nil
	}
	return d
}

func countKind(items []store.OutboxItem, kind store.OutboxKind, status store.OutboxStatus) int {
	n := 0
	for _, it := range items {
		if it.Kind == kind && (status == "" || it.Status == status) {
			n++
		}
	}
	return n
}

func bridges(ms []store.Message) []store.Message {
	var out []store.Message
	for _, m := range ms {
		if m.Direction == store.Outbound && m.Origin == store.OriginAI {
			out = append(out, m)
		}
	}
	return out
}

// requireHandedOffOnce checks the seed's atomic handoff: state handoff,
// status hot, exactly one bridge message, exactly one bridge SMS and one rep
// notification queued, one handoff event.
func requireHandedOffOnce(t *testing.T, d dump) {
	t.Helper()
	require.Equal(t, store.StateHandoff, d.Conv.State)
	require.Equal(t, store.StatusHot, d.Conv.Status)
	require.NotEmpty(t, d.Conv.HandoffReason)
	require.False(t, d.Conv.HandoffAt.IsZero())
	require.Len(t, bridges(d.Messages), 1, "exactly one AI bridge message")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxBridgeSMS, ""), "one bridge SMS queued")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxRepNotification, ""), "one rep notification queued")
	n := 0
	for _, e := range d.Events {
		if e.Kind == store.EventHandoff {
			n++
		}
	}
	require.Equal(t, 1, n, "one handoff event")
}

func TestReceive_TwoFieldsHandsOffAtomically(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	out := b.receive(t, "c1", twoFields)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, "fields", string(out.Reason))
	require.Contains(t, out.Detail, "motivation")
	require.Contains(t, out.Detail, "condition")
	require.NotEmpty(t, out.Reply, "a handoff is never silent")

	d := b.dump(t, "c1")
	requireHandedOffOnce(t, d)
	require.Equal(t, out.Reply, bridges(d.Messages)[0].Body)
	require.Contains(t, d.Conv.Fields, store.FieldName("motivation"))
	require.Contains(t, d.Conv.Fields, store.FieldName("condition"))
	require.Equal(t, d.Messages[0].ID, d.Conv.Fields["motivation"].MessageID, "a field records the message it came from")
	require.Equal(t, leadPhone, countTo(d.Outbox, store.OutboxBridgeSMS))
}

func countTo(items []store.OutboxItem, kind store.OutboxKind) string {
	for _, it := range items {
		if it.Kind == kind {
			return it.To
		}
	}
	return ""
}

func TestReceive_ExplicitAskHandsOffOnFirstReply(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	out := b.receive(t, "c1", callMe)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, "explicit_ask", string(out.Reason))
	requireHandedOffOnce(t, b.dump(t, "c1"))
}

func TestReceive_SoftYesNeverHandsOff(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	for _, body := range []string{"sure", "maybe", "ok", "yeah", "k"} {
		out := b.receive(t, "c1", body)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, body)
	}
	require.Equal(t, store.StateAIActive, b.dump(t, "c1").Conv.State)
}

func TestReceive_HandoffIsOnceThenRecordsOnly(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	out := b.receive(t, "c1", "hello? still there? call me")
	require.Equal(t, handoff.OutcomeRecorded, out.Kind, "the AI is silent once a handoff fired")
	requireHandedOffOnce(t, b.dump(t, "c1"))
}

func TestReceive_StopBeforeHandoff(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	b.receive(t, "c1", "hmm maybe")
	out := b.receive(t, "c1", "STOP")
	require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
	require.Equal(t, store.StatePaused, out.State)

	// Nothing after a STOP hands off or replies, even a message that would.
	out = b.receive(t, "c1", twoFields)
	require.Equal(t, handoff.OutcomeRecorded, out.Kind)
	d := b.dump(t, "c1")
	require.Equal(t, store.StatePaused, d.Conv.State)
	require.Equal(t, store.StatusOptedOut, d.Conv.Status)
	require.NotNil(t, d.Suppression)
	require.Equal(t, leadPhone, d.Suppression.Address)
	require.Zero(t, countKind(d.Outbox, store.OutboxBridgeSMS, ""))
	require.Zero(t, countKind(d.Outbox, store.OutboxAIReply, store.OutboxPending), "every queued AI reply is cancelled")
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxOptOutConfirm, ""), "exactly one confirmation")

	// A second STOP does not send a second confirmation.
	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "stop").Kind)
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxOptOutConfirm, ""))
}

func TestReceive_OptOutCoversEveryConversationWithTheNumber(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	_, err := b.engine.Start(context.Background(), handoff.StartParams{TenantID: tenant, ConversationID: "c2",
		Lead: store.Lead{Name: "Dana", Phone: "+1 555 010 1234"}})
	require.NoError(t, err)
	_, err = b.engine.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: tenant, ConversationID: "c2", Body: "Following up on the lot", Send: true})
	require.NoError(t, err)

	require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "unsubscribe").Kind)
	d2 := b.dump(t, "c2")
	require.Equal(t, store.StatePaused, d2.Conv.State, "the other conversation with the number is paused")
	require.Equal(t, 0, countKind(d2.Outbox, store.OutboxAIReply, store.OutboxPending), "and its queued AI message cancelled")
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c2", callMe).Kind)

	_, err = b.engine.Resume(context.Background(), handoff.ResumeParams{TenantID: tenant, ConversationID: "c2"})
	require.ErrorIs(t, err, handoff.ErrOptedOut)

	// A new conversation with the same number starts paused.
	c3, err := b.engine.Start(context.Background(), handoff.StartParams{TenantID: tenant, ConversationID: "c3", Lead: store.Lead{Phone: "555-010-1234"}})
	require.NoError(t, err)
	require.Equal(t, store.StatePaused, c3.State)
}

// After the lead's STOP, every call documented to refuse a suppressed
// address says ErrOptedOut, whatever the state the opt-out left, so a host
// can tell "the lead said no" from "wrong state"; and writes nothing.
func TestOptedOutLeadIsRefusedWithErrOptedOut(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	calls := []struct {
		name string
		call func(e *handoff.Engine) error
	}{
		{"Escalate", func(e *handoff.Engine) error {
			_, err := e.Escalate(ctx, handoff.EscalateParams{TenantID: tenant, ConversationID: "c1", Reason: "pricing_page"})
			return err
		}},
		{"RecordAIMessage", func(e *handoff.Engine) error {
			_, err := e.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: "Hi again!", Send: true})
			return err
		}},
		{"Resume", func(e *handoff.Engine) error {
			_, err := e.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c1"})
			return err
		}},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			b := setup(t, nil)
			b.start(t, "c1")
			require.Equal(t, handoff.OutcomeOptedOut, b.receive(t, "c1", "STOP").Kind)
			before := b.dump(t, "c1")
			err := c.call(b.engine)
			require.ErrorIs(t, err, handoff.ErrOptedOut)
			require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "nothing written")
		})
	}
}

// A DefaultRegion no phone numbering knows is refused by NewEngine, naming
// the field, instead of later refusing every national number a lead gives
// as if the number were wrong.
func TestNewEngineRefusesUnknownDefaultRegion(t *testing.T) {
	t.Parallel()
	for _, region := range []string{"ZZ", "USA", "001"} {
		_, err := handoff.NewEngine(memstore.New(), &handoff.Config{DefaultRegion: region})
		require.ErrorContains(t, err, "Config.DefaultRegion", region)
	}
	b := setup(t, func(c *handoff.Config) { c.DefaultRegion = "gb" })
	c, err := b.engine.Start(context.Background(), handoff.StartParams{TenantID: tenant, ConversationID: "c1",
		Lead: store.Lead{Name: "Dana", Phone: "020 7946 0958"}})
	require.NoError(t, err)
	require.Equal(t, "+442079460958", c.Lead.Phone, "a national number parses in the region, in any case")
}

// TestNewEngineRefusesConsentTextsTooLongForAnSMS: the opt-out and
// opt-in confirmations and the help reply are texts the engine sends on
// its own, so NewEngine refuses one an SMS cannot carry (over
// handoff.MaxSMSLength characters), in English or another language, or a
// business name that makes a default one too long, naming the field: the
// provider would refuse it (Twilio's 21617) and the lead who texted STOP
// or HELP would get no answer. A text the engine never sends (NoHelpReply)
// is not checked, and 1,600 characters fit.
func TestNewEngineRefusesConsentTextsTooLongForAnSMS(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("a", handoff.MaxSMSLength+1)
	for field, cfg := range map[string]*handoff.Config{
		"Config.OptOutConfirmation":                 {OptOutConfirmation: long},
		"Config.OptInConfirmation":                  {OptInConfirmation: strings.Repeat("😀", handoff.MaxSMSLength/2+1)},
		"Config.HelpReply":                          {HelpReply: long},
		`Config.Localized["es"].HelpReply`:          {Localized: map[string]handoff.ConsentTexts{"es": {HelpReply: long}}},
		`Config.Localized["fr"].OptOutConfirmation`: {Localized: map[string]handoff.ConsentTexts{"fr": {OptOutConfirmation: long}}},
		"Config.Voice.BusinessName":                 {Voice: bridge.Voice{BusinessName: strings.Repeat("Bluebird ", 170)}},
	} {
		_, err := handoff.NewEngine(memstore.New(), cfg)
		require.ErrorContains(t, err, field)
		require.ErrorContains(t, err, "1600", field)
	}
	for _, cfg := range []*handoff.Config{
		{HelpReply: long, NoHelpReply: true},
		{OptOutConfirmation: strings.Repeat("a", handoff.MaxSMSLength), Localized: map[string]handoff.ConsentTexts{"es": {HelpReply: strings.Repeat("😀", handoff.MaxSMSLength/2)}}},
	} {
		_, err := handoff.NewEngine(memstore.New(), cfg)
		require.NoError(t, err)
	}
}

func TestReceive_DuplicateProviderIDIsProcessedOnce(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	in := handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: callMe, ProviderID: "SM123"}
	out, err := b.engine.Receive(context.Background(), in)
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	before := b.dump(t, "c1")
	for i := 0; i < 3; i++ {
		out, err = b.engine.Receive(context.Background(), in)
		require.NoError(t, err)
		require.True(t, out.Duplicate)
	}
	require.Empty(t, cmp.Diff(before, b.dump(t, "c1")), "a webhook retry writes nothing")
}

func TestBadInputGetsTypedErrorsAndWritesNothing(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	before := b.dump(t, "c1")
	ctx := context.Background()
	cases := []struct {
		name string
		in   handoff.Inbound
		is   error
	}{
		{"empty body", handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: ""}, handoff.ErrInvalidInput},
		{"blank body", handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: " \n\t "}, handoff.ErrInvalidInput},
		{"body over the cap", handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: strings.Repeat("a", handoff.DefaultMaxBodyBytes+1)}, handoff.ErrInvalidInput},
		{"invalid utf-8", handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "call me \xff\xfe"}, handoff.ErrInvalidInput},
		{"NUL byte", handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "call\x00me"}, handoff.ErrInvalidInput},
		{"empty tenant", handoff.Inbound{ConversationID: "c1", Body: callMe}, handoff.ErrInvalidInput},
		{"empty conversation", handoff.Inbound{TenantID: tenant, Body: callMe}, handoff.ErrInvalidInput},
		{"unknown conversation", handoff.Inbound{TenantID: tenant, ConversationID: "nope", Body: callMe}, handoff.ErrNotFound},
		{"another tenant's conversation", handoff.Inbound{TenantID: "globex", ConversationID: "c1", Body: callMe}, handoff.ErrNotFound},
	}
	for _, tc := range cases {
		_, err := b.engine.Receive(ctx, tc.in)
		require.ErrorIs(t, err, tc.is, tc.name)
		if errors.Is(tc.is, handoff.ErrInvalidInput) {
			var ie *handoff.InputError
			require.ErrorAs(t, err, &ie, tc.name)
			require.NotEmpty(t, ie.Field)
		}
	}
	// A body exactly at the cap is accepted.
	_, err := b.engine.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: strings.Repeat("a", handoff.DefaultMaxBodyBytes)})
	require.NoError(t, err)
	leads := 0
	for _, m := range b.dump(t, "c1").Messages {
		if m.Origin == store.OriginLead {
			leads++
		}
	}
	require.Equal(t, 1, leads, "only the valid message was written")
	require.Empty(t, before.Messages)

	// Forbidden transitions are typed and write nothing.
	b.start(t, "c2")
	before2 := b.dump(t, "c2")
	_, err = b.engine.Resume(ctx, handoff.ResumeParams{TenantID: tenant, ConversationID: "c2"})
	var te *handoff.TransitionError
	require.ErrorAs(t, err, &te)
	require.ErrorIs(t, err, handoff.ErrInvalidTransition)
	require.Equal(t, store.StateAIActive, te.From)
	_, err = b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c2"})
	require.NoError(t, err)
	_, err = b.engine.Pause(ctx, handoff.PauseParams{TenantID: tenant, ConversationID: "c2"})
	require.ErrorIs(t, err, handoff.ErrInvalidTransition, "a paused conversation cannot be paused again")
	_, err = b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "c2", Body: "hello?"})
	require.ErrorIs(t, err, handoff.ErrInvalidTransition, "the AI may not speak on a paused thread")
	require.Len(t, b.dump(t, "c2").Events, len(before2.Events)+1, "only the first pause was audited")

	// Other tenants cannot act on the conversation.
	_, err = b.engine.RepMessage(ctx, handoff.RepMessageParams{TenantID: "globex", ConversationID: "c1", RepID: "r", Body: "hi"})
	require.ErrorIs(t, err, handoff.ErrNotFound)
	_, err = b.engine.Pause(ctx, handoff.PauseParams{TenantID: "globex", ConversationID: "c1"})
	require.ErrorIs(t, err, handoff.ErrNotFound)
	_, err = b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c9", Lead: store.Lead{Phone: "12"}})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
	_, err = b.engine.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "c1"})
	require.ErrorIs(t, err, handoff.ErrDuplicate)
}

func TestRepMessage_PausesAIAndCancelsQueuedReplies(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	out := b.receive(t, "c1", "hmm maybe, what would you offer")
	require.Equal(t, handoff.OutcomeReplied, out.Kind, "the AI queued a reply")
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxAIReply, store.OutboxPending))

	res, err := b.engine.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "rep-sarah", Body: "Hi Dana, Sarah here."})
	require.NoError(t, err)
	require.Equal(t, store.StateHuman, res.Conversation.State)
	require.Equal(t, 1, res.Cancelled)
	d := b.dump(t, "c1")
	require.Zero(t, countKind(d.Outbox, store.OutboxAIReply, store.OutboxPending), "no AI reply survives a rep message")
	require.Equal(t, "rep-sarah", d.Conv.AssignedTo)

	// While the human drives, lead messages are only recorded, even one that would hand off.
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", callMe).Kind)
	_, err = b.engine.RecordAIMessage(context.Background(), handoff.AIMessage{TenantID: tenant, ConversationID: "c1", Body: "hi", Send: true})
	require.ErrorIs(t, err, handoff.ErrInvalidTransition, "the AI may not speak while a human drives")

	// Only an explicit resume brings the AI back.
	_, err = b.engine.Resume(context.Background(), handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", RepID: "rep-sarah"})
	require.NoError(t, err)
	d = b.dump(t, "c1")
	require.Equal(t, store.StateAIActive, d.Conv.State)
	require.Equal(t, store.EventResume, d.Events[len(d.Events)-1].Kind)
}

func TestResume_AnswerLatestRunsOnceOnTheBacklog(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	_, err := b.engine.TakeOver(context.Background(), handoff.TakeOverParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1"})
	require.NoError(t, err)
	b.receive(t, "c1", "hello?")
	b.receive(t, "c1", "anyone? can you just call me")
	out, err := b.engine.Resume(context.Background(), handoff.ResumeParams{TenantID: tenant, ConversationID: "c1", Backlog: handoff.BacklogAnswerLatest})
	require.NoError(t, err)
	require.Equal(t, handoff.OutcomeHandoff, out.Kind, "the latest backlog message is judged")
	d := b.dump(t, "c1")
	requireHandedOffOnce(t, d)
	leads := 0
	for _, m := range d.Messages {
		if m.Origin == store.OriginLead {
			leads++
		}
	}
	require.Equal(t, 2, leads, "the backlog message is not recorded twice")
}

func TestConcurrent_SameHandoffMessageFiftyTimes(t *testing.T) {
	t.Parallel()
	for _, withProviderID := range []bool{false, true} {
		b := setup(t, nil)
		b.start(t, "c1")
		var wg sync.WaitGroup
		var handoffs atomic.Int32
		for i := 0; i < 50; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				in := handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: callMe}
				if withProviderID {
					in.ProviderID = "SM-same"
				} else {
					in.ProviderID = fmt.Sprintf("SM-%d", i)
				}
				out, err := b.engine.Receive(context.Background(), in)
				if err != nil {
					t.Error(err)
					return
				}
				if out.Kind == handoff.OutcomeHandoff {
					handoffs.Add(1)
				}
			}(i)
		}
		wg.Wait()
		require.EqualValues(t, 1, handoffs.Load(), "exactly one caller saw the handoff")
		requireHandedOffOnce(t, b.dump(t, "c1"))
	}
}

func TestRace_StopVersusHandoffNeverHandsOffAfterOptOut(t *testing.T) {
	t.Parallel()
	for trial := 0; trial < 200; trial++ {
		b := setup(t, nil)
		b.start(t, "c1")
		var wg sync.WaitGroup
		var stopOut, askOut handoff.Outcome
		wg.Add(2)
		go func() {
			defer wg.Done()
			stopOut, _ = b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "STOP"})
		}()
		go func() {
			defer wg.Done()
			askOut, _ = b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: callMe})
		}()
		wg.Wait()
		require.Equal(t, handoff.OutcomeOptedOut, stopOut.Kind)
		d := b.dump(t, "c1")
		require.Equal(t, store.StatePaused, d.Conv.State, "the opt-out always wins the final state")
		// Whichever order the commits took, no automated message to the lead is still queued.
		for _, it := range d.Outbox {
			if it.Kind.Automated() {
				require.NotEqual(t, store.OutboxPending, it.Status, "trial %d: %s still pending after STOP", trial, it.Kind)
			}
		}
		if askOut.Kind == handoff.OutcomeHandoff {
			// The handoff committed first: its events precede the opt-out.
			var kinds []store.EventKind
			for _, e := range d.Events {
				kinds = append(kinds, e.Kind)
			}
			require.Less(t, indexOf(kinds, store.EventHandoff), indexOf(kinds, store.EventOptOut), "trial %d", trial)
		}
	}
}

func indexOf(ks []store.EventKind, k store.EventKind) int {
	for i, x := range ks {
		if x == k {
			return i
		}
	}
	return -1
}

func TestRace_RepMessageVersusAIReplyNeverLeavesAIReplyQueued(t *testing.T) {
	t.Parallel()
	for trial := 0; trial < 200; trial++ {
		b := setup(t, nil)
		b.start(t, "c1")
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			_, _ = b.engine.Receive(context.Background(), handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "what would you offer?"})
		}()
		go func() {
			defer wg.Done()
			_, err := b.engine.RepMessage(context.Background(), handoff.RepMessageParams{TenantID: tenant, ConversationID: "c1", RepID: "rep1", Body: "Sarah here"})
			if err != nil {
				t.Error(err)
			}
		}()
		wg.Wait()
		d := b.dump(t, "c1")
		require.Equal(t, store.StateHuman, d.Conv.State)
		require.Zero(t, countKind(d.Outbox, store.OutboxAIReply, store.OutboxPending), "trial %d", trial)
		require.Zero(t, countKind(d.Outbox, store.OutboxAIReply, store.OutboxLeased), "trial %d", trial)
	}
}

func TestHotInbox_NewestHandoffFirstWithPagination(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	for i := 0; i < 7; i++ {
		id := fmt.Sprintf("c%d", i)
		_, err := b.engine.Start(context.Background(), handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: fmt.Sprintf("+1555010%04d", i)}})
		require.NoError(t, err)
		if i != 3 {
			b.receive(t, id, callMe)
		}
	}
	var got []string
	cursor := ""
	for {
		page, err := b.engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: tenant, Limit: 4, Cursor: cursor})
		require.NoError(t, err)
		for _, e := range page.Entries {
			got = append(got, e.Conversation.ID)
			require.True(t, strings.HasPrefix(e.ReasonLabel, "Explicit ask"), e.ReasonLabel)
			require.Len(t, e.Chips, 4)
			require.Equal(t, "not yet", e.Chips[0].Value)
		}
		if page.Next == "" {
			break
		}
		cursor = page.Next
	}
	require.Equal(t, []string{"c6", "c5", "c4", "c2", "c1", "c0"}, got)
	_, err := b.engine.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: tenant, Cursor: "garbage!"})
	require.ErrorIs(t, err, handoff.ErrInvalidInput)
}

func TestBrief_ListsWhatNotToAskAgain(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	b.receive(t, "c1", twoFields)
	br, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Equal(t, "fields", br.Reason)
	require.Len(t, br.DoNotAsk, 2)
	require.Contains(t, br.DoNotAsk[0], "inherited it from my dad", "the rep sees the lead's own words")
	require.ElementsMatch(t, []string{"timeline", "price"}, br.StillToAsk)
	text := br.Text()
	require.Contains(t, text, "[timeline: not yet]")
	require.Contains(t, text, "don't ask again")

	// The notification queued at handoff carries the same brief.
	d := b.dump(t, "c1")
	for _, it := range d.Outbox {
		if it.Kind == store.OutboxRepNotification {
			require.Contains(t, string(it.Payload), "inherited it from my dad")
		}
	}
}

func TestBrief_CarriesObjectionsCompetitorsAndQuestions(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Competitors = []string{"Opendoor"} })
	b.start(t, "c1")
	b.receive(t, "c1", "honestly your offer seems too low, and I'm also talking to Opendoor. what are your fees?")
	b.receive(t, "c1", "can you just call me")
	br, err := b.engine.Brief(context.Background(), tenant, "c1")
	require.NoError(t, err)
	require.Equal(t, "explicit_ask", br.Reason)
	require.Equal(t, []string{"Opendoor"}, br.Competitors)
	require.NotEmpty(t, br.Objections, "the rep must see what the lead pushed back on")
	require.Contains(t, br.Questions, "what are your fees?")
	require.Contains(t, br.Topics, "pricing")
	text := br.Text()
	require.Contains(t, text, "Competitors mentioned: Opendoor")
	require.Contains(t, text, "Objections:")
}

func TestReceive_HelpIsAnsweredWithoutChangingWhoDrives(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Voice.BusinessName = "Bluebird Home Buyers" })
	b.start(t, "c1")
	out := b.receive(t, "c1", "HELP")
	require.Equal(t, handoff.OutcomeHelp, out.Kind)
	require.Contains(t, out.Reply, "Bluebird Home Buyers")
	require.Contains(t, out.Reply, "STOP")
	d := b.dump(t, "c1")
	require.Equal(t, store.StateAIActive, d.Conv.State)
	require.Equal(t, 1, countKind(d.Outbox, store.OutboxHelpReply, store.OutboxPending))

	// After an opt-out, HELP is recorded but nothing is queued to the number.
	b.receive(t, "c1", "STOP")
	out = b.receive(t, "c1", "help")
	require.Equal(t, handoff.OutcomeHelp, out.Kind)
	require.Empty(t, out.Reply)
	require.Equal(t, 1, countKind(b.dump(t, "c1").Outbox, store.OutboxHelpReply, ""))
}

// TestReceive_RoleAnswerIsNoAsk: a lead answering "what's your role?" with
// a title ("owner", "sales manager") names their job; the engine reads the
// assistant's question and does not hand off as if they had asked for the
// owner or a manager. Asked for in words, a person still hands off.
func TestReceive_RoleAnswerIsNoAsk(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b := setup(t, nil)
	for i, answer := range []string{"owner", "sales manager"} {
		id := fmt.Sprintf("r%d", i)
		b.start(t, id)
		_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: id, Body: "Thanks! And what's your role at the company?"})
		require.NoError(t, err)
		out := b.receive(t, id, answer)
		require.NotEqual(t, handoff.OutcomeHandoff, out.Kind, "%q answers the question", answer)
	}
	b.start(t, "r9")
	_, err := b.engine.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: "r9", Body: "Thanks! And what's your role at the company?"})
	require.NoError(t, err)
	out := b.receive(t, "r9", "can I talk to the owner")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, "explicit_ask", string(out.Reason))
}

// TestReceive_CapitalsHabitIsNoShout: a lead who writes every turn in
// capitals is not frustrated by that alone; words of complaint still are.
func TestReceive_CapitalsHabitIsNoShout(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, "c1", "HELLO YES THIS IS ROGER").Kind)
	require.NotEqual(t, handoff.OutcomeHandoff, b.receive(t, "c1", "TWO OF THEM. THE REST NEXT MONTH").Kind)
	out := b.receive(t, "c1", "WHY DO YOU KEEP ASKING ME THE SAME THING")
	require.Equal(t, handoff.OutcomeHandoff, out.Kind)
	require.Equal(t, "frustration", string(out.Reason))
}

// TestReceive_DoubtedRuleGoesToReview: a phrase rule the learned tier all
// but rules out ("can you end the reminder calls on my calendar?") is a
// possible opt-out: the AI is silenced on the conversation and a person
// decides; the number is not suppressed and no confirmation is sent.
func TestReceive_DoubtedRuleGoesToReview(t *testing.T) {
	t.Parallel()
	b := setup(t, nil)
	b.start(t, "c1")
	out := b.receive(t, "c1", "can you end the reminder calls on my calendar? I get two for the same visit")
	require.Equal(t, handoff.OutcomeReview, out.Kind)
	d := b.dump(t, "c1")
	require.Equal(t, store.StatePaused, d.Conv.State)
	require.Nil(t, d.Suppression)
	require.Zero(t, countKind(d.Outbox, store.OutboxOptOutConfirm, ""))
	require.Equal(t, handoff.OutcomeRecorded, b.receive(t, "c1", callMe).Kind, "nothing automated follows a possible revocation")
}

// TestUnassignedNotificationsGoToTheTeam: every rep notification of an
// unassigned conversation, a possible opt-out in review as much as a
// handoff, is addressed to Config.Team, as [handoff.Notification] says.
func TestUnassignedNotificationsGoToTheTeam(t *testing.T) {
	t.Parallel()
	b := setup(t, func(c *handoff.Config) { c.Team = "sales-floor" })
	b.start(t, "c1")
	require.Equal(t, handoff.OutcomeHandoff, b.receive(t, "c1", callMe).Kind)
	require.Equal(t, "sales-floor", countTo(b.dump(t, "c1").Outbox, store.OutboxRepNotification))

	b.start(t, "c2")
	out := b.receive(t, "c2", "can you end the reminder calls on my calendar? I get two for the same visit")
	require.Equal(t, handoff.OutcomeReview, out.Kind)
	require.Empty(t, out.Conversation.AssignedTo)
	require.Equal(t, "sales-floor", countTo(b.dump(t, "c2").Outbox, store.OutboxRepNotification))
}
