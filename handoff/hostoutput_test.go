package handoff_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// badText is what a host model may answer: a NUL and invalid UTF-8, which
// PostgreSQL refuses in a text column (SQLSTATE 22021).
const badText = "x\x00y\xff\xfe"

// requireAllStorable fails unless every string reachable from v is valid
// UTF-8 without NUL: text every store keeps.
func requireAllStorable(t *testing.T, what string, v any) {
	t.Helper()
	var walk func(path string, v reflect.Value)
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			s := v.String()
			require.True(t, utf8.ValidString(s) && !strings.ContainsRune(s, 0), "%s%s is no storable text: %q", what, path, s)
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(path, v.Elem())
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(path+"."+v.Type().Field(i).Name, v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			if v.Type().Elem().Kind() == reflect.Uint8 {
				return // payloads: bytes, not text
			}
			for i := 0; i < v.Len(); i++ {
				walk(path+"[]", v.Index(i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				walk(path+"{key}", k)
				walk(path+"{}", v.MapIndex(k))
			}
		}
	}
	walk("", reflect.ValueOf(v))
}

// requireConversationStorable checks everything the store holds of
// conversation id: the row, its messages, events and outbox items.
func requireConversationStorable(t *testing.T, env *afterEnv, st store.Store, id string) {
	t.Helper()
	ctx := context.Background()
	c, err := env.e.Conversation(ctx, dspTenant, id)
	require.NoError(t, err)
	requireAllStorable(t, "conversation", c)
	msgs, err := env.e.Transcript(ctx, dspTenant, id)
	require.NoError(t, err)
	requireAllStorable(t, "messages", msgs)
	evs, err := env.e.Events(ctx, dspTenant, id)
	require.NoError(t, err)
	requireAllStorable(t, "events", evs)
	requireAllStorable(t, "outbox", outboxOf(t, st, id))
}

// An Extractor (a host model) that answers field values with a NUL or
// invalid UTF-8, and evidence and reasons with them, cannot lose the
// lead's message or its handoff: on every store the message is recorded
// and the handoff commits, a value that is no text is dropped (the rules'
// and the host's good values stay), and what is kept is storable text.
func TestExtractorOutputNoStoreKeepsIsDropped(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		x := qualify.ExtractorFunc(func(context.Context, qualify.ExtractInput) ([]qualify.Value, error) {
			return []qualify.Value{
				{Field: "price", Value: "$300k\x00", Confidence: 0.9},
				{Field: "condition", Value: "needs \xffwork", Confidence: 0.9},
				{Field: "timeline", Value: "next month", Confidence: 0.9, Evidence: "by next\x00 month", Why: "llm\xff"},
			}, nil
		})
		env := afterSetup(t, st, nil, func(c *handoff.Config) { c.Extractor = x })
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
			Body: "can you just call me"})
		require.NoError(t, err, "the lead's message is recorded")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		c := env.conv(t, "c1")
		require.Equal(t, store.StateHandoff, c.State)
		require.NotContains(t, c.Fields, store.FieldName("price"), "a value with a NUL is not a value")
		require.NotContains(t, c.Fields, store.FieldName("condition"), "invalid UTF-8 is not a value")
		require.Equal(t, "next month", c.Fields["timeline"].Value)
		msgs, err := env.e.Transcript(context.Background(), dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, "can you just call me", msgs[0].Body)
		requireConversationStorable(t, env, st, "c1")
	})
}

// A Judge (a host model) that reads an opt-out and explains it with a NUL
// or invalid UTF-8 in its tier or reason still opts the lead out: on
// every store the message is recorded, the address suppressed and the
// conversation paused, and the rule kept of it is storable text.
func TestJudgeOptOutWithUnstorableReasonIsHonoured(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		j := trigger.JudgeFunc(func(context.Context, trigger.JudgeInput) (trigger.Judgement, error) {
			return trigger.Judgement{OptOut: true, OptOutConfidence: 0.95, Tier: "llm:" + badText, Why: "revokes " + badText}, nil
		})
		env := afterSetup(t, st, nil, func(c *handoff.Config) { c.Judge = j })
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
			Body: "my husband handles all of this now"})
		require.NoError(t, err, "the opt-out is recorded")
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		require.Equal(t, store.StatePaused, env.conv(t, "c1").State)
		var sup store.Suppression
		require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
			var err error
			sup, err = tx.SuppressionGet(ctx, dspTenant, "+12125550100")
			return err
		}), "the address is suppressed")
		requireAllStorable(t, "suppression", sup)
		require.True(t, strings.HasPrefix(sup.Reason, "judge:llm:"), "the rule names the judge: %q", sup.Reason)
		requireConversationStorable(t, env, st, "c1")
	})
}

// A Judge's ask, competitors and topics with text no store keeps hand
// off all the same: the ask counts, a competitor or topic that is no text
// is dropped, and the handoff's reason and detail are storable text.
func TestJudgeSignalsWithUnstorableTextHandOff(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		j := trigger.JudgeFunc(func(context.Context, trigger.JudgeInput) (trigger.Judgement, error) {
			return trigger.Judgement{ExplicitAsk: true, Frustrated: true, Competitors: []string{"Open\x00door", "Zillow"},
				OutOfScope: []trigger.Topic{trigger.Topic("bill\xffing")}, Commitment: 3, Tier: "llm", Why: "asks " + badText}, nil
		})
		env := afterSetup(t, st, team(t, st), func(c *handoff.Config) { c.Judge = j; c.NoLearnedTier = true })
		env.start(t, "c1")
		out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
			Body: "hmm, I wonder about that"})
		require.NoError(t, err, "the handoff commits")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		requireConversationStorable(t, env, st, "c1")
		env.runOnce(t)
		env.notes.mu.Lock()
		notes := append([]handoff.Notification(nil), env.notes.n...)
		env.notes.mu.Unlock()
		require.NotEmpty(t, notes, "the rep is notified")
		requireAllStorable(t, "brief", notes[0].Brief)
		var tags []string
		for _, tg := range env.conv(t, "c1").Tags {
			tags = append(tags, tg.Name)
		}
		require.Contains(t, tags, "competitor", "the competitor that is a name counts")
	})
}

// A Router that answers a rep ID no store can keep (a NUL, invalid
// UTF-8, a control character, over 256 bytes) has failed to route: the
// handoff commits on every store to the team queue, unassigned, instead
// of failing the commit that records the lead's message. A rep's name,
// rule or match with such text is not stored as it came either.
func TestRouterOutputNoStoreKeeps(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name     string
		a        route.Assignment
		assigned string
	}{
		{"rep ID with NUL", route.Assignment{RepID: "ana\x00", RepName: "Ana"}, ""},
		{"rep ID not UTF-8", route.Assignment{RepID: "ana\xff", RepName: "Ana"}, ""},
		{"rep ID with a newline", route.Assignment{RepID: "ana\nbob", RepName: "Ana"}, ""},
		{"rep ID too long", route.Assignment{RepID: strings.Repeat("a", 300), RepName: "Ana"}, ""},
		{"name, rule and match not text", route.Assignment{RepID: "ana", RepName: "An\x00a", Rule: route.Rule("terr\xffitory"), Match: "T\x00X"}, "ana"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tenantStores(t, func(t *testing.T, st store.Store) {
				r := route.RouterFunc(func(context.Context, route.Request) (route.Assignment, error) { return tc.a, nil })
				env := afterSetup(t, st, r, nil)
				env.start(t, "c1")
				out, err := env.e.Receive(context.Background(), handoff.Inbound{TenantID: dspTenant, ConversationID: "c1",
					Body: "can you just call me"})
				require.NoError(t, err, "the handoff commits")
				require.Equal(t, handoff.OutcomeHandoff, out.Kind)
				c := env.conv(t, "c1")
				require.Equal(t, store.StateHandoff, c.State)
				require.Equal(t, tc.assigned, c.AssignedTo)
				requireConversationStorable(t, env, st, "c1")
			})
		})
	}
}

// A Summarizer's summary with a NUL or invalid UTF-8 is refused as a
// failed one is: the rep's brief keeps its rule-based summary, and the
// handoff commits.
func TestSummarizerUnstorableSummaryKeepsTheRuleSummary(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		s := brief.SummarizerFunc(func(context.Context, brief.SummaryInput) (string, error) {
			return "Maria wants a call " + badText, nil
		})
		env := afterSetup(t, st, nil, func(c *handoff.Config) { c.Summarizer = s })
		env.handoff(t, "c1")
		b, err := env.e.Brief(context.Background(), dspTenant, "c1")
		require.NoError(t, err)
		require.Equal(t, "rules", b.SummaryBy)
		requireAllStorable(t, "brief", b)
		requireConversationStorable(t, env, st, "c1")
	})
}
