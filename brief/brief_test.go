package brief_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/store"
)

// leadSays builds an input whose lead writes texts, one message each,
// with an AI line between them.
func leadSays(texts ...string) brief.Input {
	in := brief.Input{Conversation: store.Conversation{ID: "c1", TenantID: "t1", Lead: store.Lead{Name: "Sam"}}}
	for i, s := range texts {
		at := t0.Add(time.Duration(i) * time.Minute)
		in.Messages = append(in.Messages,
			store.Message{ID: fmt.Sprintf("a%d", i), Origin: store.OriginAI, Body: "ok, tell me more", CreatedAt: at},
			store.Message{ID: fmt.Sprintf("l%d", i), Origin: store.OriginLead, Body: s, CreatedAt: at.Add(time.Second)})
	}
	return in
}

func labelsOf(ss []brief.Signal) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Label)
	}
	return out
}

func TestBuild_PriceWorriesAreObjections(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"honestly I'm worried about the price",
		"the rate seems too high for us",
		"that's way too expensive",
		"not sure we can afford the monthly payment. the payment is pretty steep",
	} {
		b := brief.Build(leadSays(text))
		require.Contains(t, labelsOf(b.Objections), "price concern", text)
		require.Equal(t, text[len(text)-len(b.Objections[0].Quote):], b.Objections[0].Quote, "quotes the sentence: %s", text)
	}
	for _, text := range []string{"I'm worried about the roof", "the price is fine", "what's the rate for a 30 year?"} {
		b := brief.Build(leadSays(text))
		require.NotContains(t, labelsOf(b.Objections), "price concern", text)
	}
}

func TestSignal_PrintsAsLabelAndQuote(t *testing.T) {
	t.Parallel()
	b := brief.Build(leadSays("the rate seems too high for us"))
	require.Equal(t, `price concern ("the rate seems too high for us")`, fmt.Sprint(b.Objections[0]))
	require.Equal(t, "price concern", fmt.Sprint(brief.Signal{Label: "price concern"}))
}

func TestBuild_KeepsTheWholeTranscript(t *testing.T) {
	t.Parallel()
	texts := make([]string, 22)
	for i := range texts {
		texts[i] = fmt.Sprintf("message %d", i)
	}
	b := brief.Build(leadSays(texts...))
	require.Len(t, b.Transcript, 44, "never cut at 20")
	require.Contains(t, b.Text(), "Transcript: 44 messages")
	require.Contains(t, b.Markdown(), "## Transcript (44 messages)")
	require.Contains(t, b.TranscriptText(), "lead: message 0")
}

func TestBuild_SentimentIsATrajectory(t *testing.T) {
	t.Parallel()
	b := brief.Build(leadSays("thanks, this sounds great", "ok", "I'm worried about the repairs", "this is ridiculous, stop wasting my time"))
	var scores []int
	for _, p := range b.Sentiment {
		scores = append(scores, p.Score)
	}
	require.Equal(t, []int{2, 0, -1, -2}, scores)
	require.Equal(t, "cooling", b.Trend)
	require.True(t, b.Frustrated)
	require.Equal(t, "l3", b.Sentiment[3].MessageID)
	require.Equal(t, "warming", brief.Build(leadSays("ugh this is annoying", "ok", "perfect, thank you")).Trend)
	require.Equal(t, "steady", brief.Build(leadSays("ok")).Trend)
	require.Empty(t, brief.Build(brief.Input{}).Trend)
}

func TestBuild_DecisionMaker(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		"I need to talk to my wife first":         "decides with their wife: bring them into the call",
		"my brother and I own it together":        "decides with their brother: bring them into the call",
		"it's my call, I'm the only owner":        "decides alone",
		"sure, the house is on Elm street":        "not stated: ask who else is on the title or signs off",
		"let me run it by my accountant tomorrow": "decides with their accountant: bring them into the call",
	}
	for text, want := range cases {
		require.Equal(t, want, brief.Build(leadSays(text)).DecisionMaker, text)
	}
	in := leadSays("ok")
	in.Conversation.Fields = map[store.FieldName]store.Field{"authority": {Value: "im the coo", MessageID: "l0"}}
	require.Equal(t, "their role: im the coo", brief.Build(in).DecisionMaker)
}

func TestBuild_FieldsQuoteTheLeadAndTheMessage(t *testing.T) {
	t.Parallel()
	b := brief.Build(seedInput())
	byName := map[string]brief.Field{}
	for _, f := range b.Fields {
		byName[f.Name] = f
	}
	require.Equal(t, []string{"motivation", "condition", "timeline", "price"}, []string{b.Fields[0].Name, b.Fields[1].Name, b.Fields[2].Name, b.Fields[3].Name})
	m := byName["motivation"]
	require.True(t, m.Known)
	require.Equal(t, "yes, I inherited it from my dad last year", m.Quote)
	require.Equal(t, "m02", m.MessageID)
	require.Equal(t, t0.Add(2*time.Minute), m.At)
	require.Empty(t, m.Source, "a stored field")
	tl := byName["timeline"]
	require.True(t, tl.Known, "the lead said it; the conversation did not hold it")
	require.Equal(t, "transcript", tl.Source)
	require.Equal(t, "within 9 days", tl.Value)
	require.Equal(t, "m06", tl.MessageID)
	require.NotContains(t, byName, "callback_time", "the callback time has its own line")
	require.Empty(t, b.StillToAsk)
	require.Len(t, b.DoNotAsk, 7, "the four fields, the callback time, the meeting, who decides: %q", b.DoNotAsk)

	in := leadSays("ok")
	require.Equal(t, []string{"motivation", "condition", "timeline", "price"}, brief.Build(in).StillToAsk)
	require.Equal(t, "Sarah Lee", b.AssignedName)
}

func TestBuild_MeetingOfTheConversationAlone(t *testing.T) {
	t.Parallel()
	in := leadSays("ok")
	in.Conversation.Meeting.Booked = store.MeetingSlot{RepID: "mike", Start: t0.Add(48 * time.Hour), End: t0.Add(48*time.Hour + 15*time.Minute)}
	b := brief.Build(in)
	require.Equal(t, []brief.Meeting{{Start: t0.Add(48 * time.Hour), End: t0.Add(48*time.Hour + 15*time.Minute), RepID: "mike", Status: "booked"}}, b.Meetings)
}

func TestBuild_CallbackMeetingsTagsAttributes(t *testing.T) {
	t.Parallel()
	b := brief.Build(seedInput())
	require.NotNil(t, b.Callback)
	require.Equal(t, "tomorrow after 5", b.Callback.Label)
	require.Equal(t, "m11", b.Callback.MessageID)
	require.Len(t, b.Meetings, 1, "the cancelled booking is left out, the conversation's meeting is the same booking")
	require.Len(t, b.Offered, 1)
	require.Contains(t, b.Text(), "Offered, waiting for a pick: Tue 17 Mar 09:00-09:15 CDT with sarah (offered)")
	require.Equal(t, "booked", b.Meetings[0].Status)
	require.Contains(t, b.Text(), "Meeting: Mon 16 Mar 10:30-10:45 CDT with sarah (booked)")
	require.Equal(t, []brief.Tag{{Name: "urgent", Source: "signal:commitment"}, {Name: "probate-list", Source: "host"}}, b.Tags)
	require.Equal(t, map[string]string{"campaign": "spring-mailer", "county": "Travis"}, b.Attributes)
}

func TestBuild_SignalsForTheRep(t *testing.T) {
	t.Parallel()
	b := brief.Build(seedInput())
	require.Equal(t, []string{"timeline: within 9 days", "hard deadline"}, labelsOf(b.Urgency))
	require.Equal(t, "I'm closing on a condo in 9 days so I need this sold fast", b.Urgency[1].Quote)
	require.Equal(t, []string{"price: $250,000", "paying cash"}, labelsOf(b.Money))
	require.Equal(t, []string{"price concern", "price too low", "needs to consult", "fees"}, labelsOf(b.Objections))
	require.Equal(t, []string{"what are your fees?"}, b.Questions, "an ask for a call is the reason, not a question")
	require.Equal(t, []string{"cash offer", "selling as-is"}, labelsOf(b.Interests))
	require.Equal(t, []string{"pricing"}, b.Topics)
	require.NotNil(t, b.NeedsMost)
	require.Equal(t, "speed: hard deadline", b.NeedsMost.Label)
	require.Contains(t, b.WhyNow[0], "Explicit ask")
	require.Contains(t, b.WhyNow, "3 of 4 fields known: motivation, condition, price")
}

func TestBuild_NeedsMostFollowsItsRules(t *testing.T) {
	t.Parallel()
	cases := []struct {
		texts []string
		want  string
	}{
		{[]string{"this is ridiculous", "we need to close by friday"}, "speed: hard deadline"},
		{[]string{"this is ridiculous", "the rate seems too high"}, "to be heard by a person: they are frustrated"},
		{[]string{"the rate seems too high", "how long does closing take?"}, "reassurance on price concern"},
		{[]string{"how long does closing take?"}, "an answer to their question"},
		{[]string{"can someone call me"}, "a call from a person"},
	}
	for _, c := range cases {
		b := brief.Build(leadSays(c.texts...))
		require.NotNil(t, b.NeedsMost, c.texts)
		require.Equal(t, c.want, b.NeedsMost.Label, c.texts)
	}
	require.Nil(t, brief.Build(leadSays("ok")).NeedsMost)
}

func TestSummarize_UsesTheSummarizerAndFallsBack(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rules := brief.Build(seedInput()).Summary
	require.NotEmpty(t, rules)

	b := brief.Build(seedInput())
	var got brief.SummaryInput
	ok := brief.SummarizerFunc(func(ctx context.Context, in brief.SummaryInput) (string, error) {
		got = in
		return "  Dana inherited the house and must sell within 9 days.  ", nil
	})
	require.NoError(t, brief.Summarize(ctx, &b, brief.SummarizeParams{Summarizer: ok}))
	require.Equal(t, "Dana inherited the house and must sell within 9 days.", b.Summary)
	require.Equal(t, "summarizer", b.SummaryBy)
	require.Len(t, got.Transcript, len(seedTurns), "the summarizer sees the whole transcript")
	require.Equal(t, "inherited", got.Fields["motivation"])
	require.Contains(t, got.Signals, "objection: price concern")

	failing := map[string]brief.Summarizer{
		"error": brief.SummarizerFunc(func(context.Context, brief.SummaryInput) (string, error) { return "", errors.New("503") }),
		"blank": brief.SummarizerFunc(func(context.Context, brief.SummaryInput) (string, error) { return " \n", nil }),
		"panic": brief.SummarizerFunc(func(context.Context, brief.SummaryInput) (string, error) { panic("boom") }),
		"slow": brief.SummarizerFunc(func(ctx context.Context, _ brief.SummaryInput) (string, error) {
			<-ctx.Done()
			return "too late", nil
		}),
	}
	for name, s := range failing {
		b := brief.Build(seedInput())
		err := brief.Summarize(ctx, &b, brief.SummarizeParams{Summarizer: s, Timeout: 20 * time.Millisecond})
		require.Error(t, err, name)
		require.Equal(t, rules, b.Summary, name)
		require.Equal(t, "rules", b.SummaryBy, name)
	}
	b = brief.Build(seedInput())
	require.NoError(t, brief.Summarize(ctx, &b, brief.SummarizeParams{}), "no summarizer keeps the rules")
	require.Equal(t, rules, b.Summary)
}

// A summary that is no text (a model's NUL, invalid UTF-8, an escape
// sequence) is refused with ErrInvalidSummary and the rule-based summary
// stays: PostgreSQL refuses NUL and invalid UTF-8 in text, and an escape
// reaches the rep's terminal or SMS as a command. Lines and tabs are text.
func TestSummarize_RefusesASummaryThatIsNoText(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	rules := brief.Build(seedInput()).Summary
	for _, s := range []string{"Dana must sell\x00 soon.", "Dana must sell \xff soon.", "Dana \x1b[31mmust\x1b[0m sell."} {
		b := brief.Build(seedInput())
		err := brief.Summarize(ctx, &b, brief.SummarizeParams{Summarizer: brief.SummarizerFunc(
			func(context.Context, brief.SummaryInput) (string, error) { return s, nil })})
		require.ErrorIs(t, err, brief.ErrInvalidSummary, "%q", s)
		require.Equal(t, rules, b.Summary)
		require.Equal(t, "rules", b.SummaryBy)
	}
	b := brief.Build(seedInput())
	require.NoError(t, brief.Summarize(ctx, &b, brief.SummarizeParams{Summarizer: brief.SummarizerFunc(
		func(context.Context, brief.SummaryInput) (string, error) {
			return "Dana must sell.\n\tPrice worries her.", nil
		})}))
	require.Equal(t, "summarizer", b.SummaryBy)
}

// The message that fired the handoff is the one the conversation names,
// even stamped after the handoff's time (the commit's clock moved on);
// without a name it is the latest lead message by the handoff's time.
func TestBuild_WhyNowQuotesTheMessageTheHandoffNames(t *testing.T) {
	t.Parallel()
	in := leadSays("just looking around", "can you just call me")
	in.Conversation.HandoffReason = "explicit_ask"
	in.Conversation.HandoffAt = in.Messages[3].CreatedAt.Add(-time.Millisecond) // planned just before the commit stamped l1
	in.Conversation.HandoffMessageID = "l1"
	require.Contains(t, brief.Build(in).WhyNow, `asked for a person ("can you just call me")`)

	in.Conversation.HandoffMessageID = ""
	in.Conversation.HandoffAt = in.Messages[3].CreatedAt
	require.Contains(t, brief.Build(in).WhyNow, `asked for a person ("can you just call me")`)
}

// TestBuild_ConsentLeadsTheRenderings: a brief of a lead who opted out
// (a rep update after their STOP) or whose message waits for an opt-out
// review says so first, in place of "HOT", in every rendering, so a rep
// reading it by text does not call them.
func TestBuild_ConsentLeadsTheRenderings(t *testing.T) {
	t.Parallel()
	c := store.Conversation{ID: "c1", TenantID: "t", Lead: store.Lead{Name: "Dana", Phone: "+12125550100"},
		State: store.StateHandoff, Status: store.StatusHot, HandoffReason: "explicit_ask"}
	b := brief.Build(brief.Input{Conversation: c})
	require.Empty(t, b.Consent)
	require.True(t, strings.HasPrefix(b.SMS(), "HOT: Dana"), b.SMS())

	c.State, c.Status = store.StatePaused, store.StatusOptedOut
	b = brief.Build(brief.Input{Conversation: c})
	require.Equal(t, brief.ConsentOptedOut, b.Consent)
	for _, r := range []string{b.SMS(), b.Text()} {
		require.True(t, strings.HasPrefix(r, "OPTED OUT, do not call or text: Dana"), r)
		require.NotContains(t, r, "HOT")
	}
	require.True(t, strings.HasPrefix(b.Markdown(), "# Opted out, do not call or text: Dana"), b.Markdown())
	js, err := b.JSON()
	require.NoError(t, err)
	require.Contains(t, string(js), `"consent": "opted_out"`)

	c.Status, c.HandoffReason = store.StatusHot, "possible_opt_out"
	b = brief.Build(brief.Input{Conversation: c})
	require.Equal(t, brief.ConsentPossibleOptOut, b.Consent)
	require.True(t, strings.HasPrefix(b.SMS(), "POSSIBLE OPT-OUT, confirm or release before any contact: Dana"), b.SMS())
}

// TestRuleSummary_NonASCIIFirstLetters: a host's reason may start with
// any letter ("Öffnungszeiten_frage", an identifier Escalate accepts), and
// so may a signal's label. The summary lowered the reason's first byte
// and capitalised a sentence's first byte, splitting the first rune: the
// rep read "\uFFFD\x96ffnungszeiten_frage", invalid UTF-8. Each is cased
// by its first letter, and a Brief built by hand with a Reason and no
// ReasonLabel is worded by ReasonLabel (it had panicked).
func TestRuleSummary_NonASCIIFirstLetters(t *testing.T) {
	t.Parallel()
	in := brief.Input{Conversation: store.Conversation{ID: "c1", TenantID: "t1", Lead: store.Lead{Name: "Dana"},
		HandoffReason: "Öffnungszeiten_frage", HandoffAt: t0}}
	b := brief.Build(in)
	require.Equal(t, "Dana: öffnungszeiten_frage.", brief.RuleSummary(b))
	require.Equal(t, "Dana: öffnungszeiten_frage.", b.Summary)

	b = brief.Brief{Lead: brief.Lead{Name: "Dana"}, Reason: "échéance", ReasonLabel: "Échéance",
		Urgency: []brief.Signal{{Label: "été prochain"}}}
	require.Equal(t, "Dana: échéance. Été prochain.", brief.RuleSummary(b))

	b = brief.Brief{Lead: brief.Lead{Name: "Dana"}, Reason: "escalate"}
	require.Equal(t, "Dana: escalated.", brief.RuleSummary(b))
}

// TestBuild_DoNotAskHasWhatTheLeadAnswered: the brief is so that nobody
// asks the lead twice, and DoNotAsk is the list a rep, a notification or
// a CRM note reads for it. Beside the fields it names the callback time
// the lead gave, the meeting they booked and who decides when the lead
// said it, each with the lead's words where there are some: the page
// showed the callback time on a line of its own, and every other
// rendering of DoNotAsk left it out, so a rep reading the notification
// asked for the time again. Times only offered, and who decides when
// nobody said, are still to ask, and are not listed.
func TestBuild_DoNotAskHasWhatTheLeadAnswered(t *testing.T) {
	t.Parallel()
	b := brief.Build(seedInput())
	require.Contains(t, b.DoNotAsk, `callback time: tomorrow after 5 ("can you just call me? tomorrow after 5 works")`)
	require.Contains(t, b.DoNotAsk, "meeting: Mon 16 Mar 10:30-10:45 CDT with sarah (booked)")
	require.Contains(t, b.DoNotAsk, `who decides: decides with their husband ("I need to check with my husband too")`)
	require.Contains(t, b.Text(), "  - callback time: tomorrow after 5")
	require.Contains(t, b.Markdown(), "callback time: tomorrow after 5")
	for _, l := range b.DoNotAsk {
		require.NotContains(t, l, "offered", "a time offered is not one the lead chose")
	}

	in := leadSays("ok")
	require.Empty(t, brief.Build(in).DoNotAsk, "nothing answered, nothing listed; who decides is still to ask")
}

// TestBuild_FrustrationHandoffShowsTheLeadFrustrated: a handoff for
// frustration shows the lead frustrated in the whole brief, whichever tier
// read it: the message it names is read as frustrated (its sentiment, the
// trajectory, Frustrated, the one thing the lead needs most, why now).
// "this isn't working" fired on the learned tier's reading, which the
// brief's rule cues do not make, and the brief said "Sentiment: neutral
// (steady)" and no Needs most right under "Why now: Lead is frustrated"
// (reviewer GG, D4).
func TestBuild_FrustrationHandoffShowsTheLeadFrustrated(t *testing.T) {
	t.Parallel()
	in := leadSays("hi, I got your text", "this isn't working")
	require.False(t, brief.Build(in).Frustrated, "the rule cues alone do not read it")

	in.Conversation.HandoffReason = "frustration"
	in.Conversation.HandoffDetail = "frustration (learned: confused)"
	in.Conversation.HandoffMessageID = "l1"
	in.Conversation.HandoffAt = in.Messages[3].CreatedAt
	b := brief.Build(in)
	require.True(t, b.Frustrated)
	require.NotNil(t, b.NeedsMost)
	require.Equal(t, "to be heard by a person: they are frustrated", b.NeedsMost.Label)
	require.Equal(t, "this isn't working", b.NeedsMost.Quote)
	require.Len(t, b.Sentiment, 2)
	require.Equal(t, "neutral", b.Sentiment[0].Label, "only the message the handoff names")
	require.Equal(t, brief.SentimentPoint{MessageID: "l1", At: in.Messages[3].CreatedAt, Score: -2, Label: "negative", Cue: "learned: confused"}, b.Sentiment[1])
	require.Equal(t, "cooling", b.Trend)
	require.Contains(t, b.WhyNow, `sounded frustrated ("this isn't working")`)
	require.Contains(t, b.Text(), "Sentiment: neutral > negative (cooling)")

	// a handoff for another reason reads the message by the cues alone
	in.Conversation.HandoffReason, in.Conversation.HandoffDetail = "score", "score 73 >= 70"
	require.False(t, brief.Build(in).Frustrated)

	// with no lead message the handoff names, the lead is still frustrated
	in.Conversation.HandoffReason, in.Conversation.HandoffDetail = "frustration", ""
	in.Messages = in.Messages[:1]
	b = brief.Build(in)
	require.True(t, b.Frustrated)
	require.NotNil(t, b.NeedsMost)
	require.Equal(t, "to be heard by a person: they are frustrated", b.NeedsMost.Label)
}
