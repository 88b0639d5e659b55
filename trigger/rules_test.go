package trigger_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

func TestExplicitAsk(t *testing.T) {
	t.Parallel()
	asks := []string{
		"call me",
		"can you just call me, simpler that way",
		"can a real person text me",
		"what's your number",
		"whats ur direct line",
		"give me a callback",
		"give me a quick ring after lunch",
		"can I speak to the owner",
		"let me talk to your manager",
		"just get me a representative",
		"human now pls",
		"anybody there i could speak with by phone?",
		"have somebody phone me after 5",
		"I'd rather go over this by phone",
		"could we schedule a quick call",
		"how do I contact customer support",
		"not sure how i reach a person here",
		"i'd like help talking with an agent",
		"this bot cant follow me, i need a human",
		"can i speak to somneone",
		"call tomorrow at 10 works",
		"i never negotiate deals by text, who should i speak with",
		"too long a story for texting",
		"transfer me",
		"please have your manager contact me",
	}
	for _, in := range asks {
		s := trigger.Analyze(in)
		require.True(t, s.ExplicitAsk, "%q", in)
		require.NotEmpty(t, s.ExplicitAskRule, "%q", in)
	}
	notAsks := []string{
		"call mark",
		"please call my mom",
		"could you place a phone call for my cousin",
		"what's their number",
		"could you send me his cell number",
		"are you a bot?",
		"is this an actual human",
		"call me crazy but the offer is low",
		"its your call",
		"call it 310 and it's yours",
		"she's on call at the clinic till sunday",
		"don't call, text me",
		"no phone calls please",
		"no need for anyone to call, texting works for me",
		"stop asking me to hop on the phone",
		"my agent will call you if we want an offer",
		"ill call my lender and get back to you",
		"they call me at midnight about every little thing",
		"gotta speak with my husband before i decide",
		"my phone was dead, sorry, only just got this",
		"could you send the photos to this phone instead",
		"sorry, I'll call you later",
		"call 911",
		"i prefer text",
		"you're a bot aren't you",
		"did someone from your office call me earlier?",
		"I need to call the manager of the hotel",
		"Let's talk about the price",
	}
	for _, in := range notAsks {
		s := trigger.Analyze(in)
		require.False(t, s.ExplicitAsk, "%q fired %q", in, s.ExplicitAskRule)
	}
}

// TestExplicitAskThroughOthers: an ask to be put on the phone with the
// sender's people is a request; someone at another person's business, or
// a caller of the lead's own told of in Spanglish, is not.
func TestExplicitAskThroughOthers(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"could you put me on the phone with your estimator this week?",
		"honestly I just want to speak with an underwriter",
	} {
		s := trigger.Analyze(in)
		require.True(t, s.ExplicitAsk, "%q", in)
	}
	for _, in := range []string{
		"my husband wants to talk to someone at his credit union before we sign",
		"my roommate me llama cada noche por la renta, what do I tell her",
		"does an underwriter look at it or is it all automatic?",
		"I was on the phone with your estimator for an hour yesterday",
	} {
		s := trigger.Analyze(in)
		require.False(t, s.ExplicitAsk, "%q fired %q", in, s.ExplicitAskRule)
	}
}

func TestFrustration(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"this is ridiculous", "what the hell", "wtf is this", "i cant find the damn invoice",
		"ugh do you even read what i write", "how many times must i repeat this",
		"i told you already, 3 bedrooms", "its getting really annoying", "WHERE WAS EVERYONE THIS MORNING",
		"seriously?? again??", "so frustrating",
	} {
		require.True(t, trigger.Analyze(in).Frustrated, "%q", in)
	}
	for _, in := range []string{
		"i need to update my shipping address", "hell yes lets do it", "no worries at all",
		"im not annoyed, just curious", "sick of shoveling snow, moving south", "does it cost anything to register?",
		"thanks!", "Why did you ask? Just curious.",
	} {
		s := trigger.Analyze(in)
		require.False(t, s.Frustrated, "%q fired %q", in, s.FrustrationRule)
	}
}

func TestCommitment(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"yes definitely, what's the next step?", 3},
		{"absolutely!!! mail me the contract and i'll sign it", 3},
		{"let's do it", 2},
		{"sure", 1},
		{"ok", 1},
		{"maybe", 1},
		{"maybe, lets do it i guess", 1},
		{"not ready to sign yet", 0},
		{"the weather is nice", 0},
		{"I want to sign up for the newsletter", 0},
	} {
		require.Equal(t, tc.want, trigger.Analyze(tc.in).Commitment, "%q", tc.in)
	}
}

func TestAnalyzeBriefSignals(t *testing.T) {
	t.Parallel()
	s := trigger.Analyze("how much do you charge? do I need a lawyer? another company quoted higher. Opendoor offered 300k", "Opendoor", "We Buy Houses")
	require.Equal(t, []trigger.Topic{trigger.TopicPricing, trigger.TopicLegal}, s.OutOfScope)
	require.Equal(t, []string{"Opendoor", "other company"}, s.Competitors)
	require.Equal(t, []string{"how much do you charge?", "do I need a lawyer?"}, s.Questions)
	require.Contains(t, s.Objections, "other offer")
	require.Empty(t, trigger.Analyze("the roof is fine").OutOfScope)
}

func eval(t *testing.T, p *trigger.Policy, in trigger.Input) trigger.Decision {
	t.Helper()
	d, err := p.Evaluate(context.Background(), in)
	require.NoError(t, err)
	return d
}

func TestDefaultPolicyOrder(t *testing.T) {
	t.Parallel()
	p := trigger.DefaultPolicy()
	// explicit ask outranks fields and score
	d := eval(t, p, trigger.Input{Text: "yes for sure, get somebody to phone me this afternoon", Confident: []string{"motivation", "condition"}, Required: 2, Fields: 4, Score: 90})
	require.Equal(t, trigger.ReasonExplicitAsk, d.Reason)
	// fields with the detail the brief needs
	d = eval(t, p, trigger.Input{Text: "roof leaks", Confident: []string{"motivation", "condition"}, Required: 2, Fields: 4, Score: 40})
	require.True(t, d.Handoff)
	require.Equal(t, trigger.ReasonFields, d.Reason)
	require.Equal(t, "two fields: motivation + condition", d.Detail)
	// frustration outranks fields and score: an angry lead who qualifies
	// in the same message reaches the rep as an angry lead
	d = eval(t, p, trigger.Input{Text: "this is ridiculous, I told you twice: 40 people, I'm the COO", Confident: []string{"company_size", "role", "use_case_fit"}, Required: 3, Fields: 5, Score: 90})
	require.Equal(t, trigger.ReasonFrustration, d.Reason)
	d = eval(t, p, trigger.Input{Text: "ok", Score: 70})
	require.Equal(t, trigger.ReasonScore, d.Reason)
	d = eval(t, p, trigger.Input{Text: "this is ridiculous", Score: 10})
	require.Equal(t, trigger.ReasonFrustration, d.Reason)
	// soft yeses never fire alone
	for _, soft := range []string{"sure", "ok", "maybe", "yes", "sure, could be", "okay"} {
		require.False(t, eval(t, p, trigger.Input{Text: soft, Score: 25, Required: 2}).Handoff, soft)
	}
	// opt-out outranks everything
	_, err := p.Evaluate(context.Background(), trigger.Input{Text: "call me", OptedOut: true, Score: 100})
	require.ErrorIs(t, err, trigger.ErrOptedOut)
}

func TestOptionalRules(t *testing.T) {
	t.Parallel()
	p := &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope(trigger.TopicLegal), trigger.Competitor("Opendoor"), trigger.HighValue(500000, "portfolio")}}
	d := eval(t, p, trigger.Input{Text: "is there a lien on it? my attorney asked"})
	require.Equal(t, trigger.ReasonOutOfScope, d.Reason)
	require.Equal(t, "out-of-scope question: legal", d.Detail)
	require.False(t, eval(t, p, trigger.Input{Text: "how much do you charge"}).Handoff, "pricing not enabled")
	d = eval(t, p, trigger.Input{Text: "opendoor offered me more"})
	require.Equal(t, trigger.ReasonCompetitor, d.Reason)
	require.False(t, eval(t, p, trigger.Input{Text: "another company called"}).Handoff, "named competitors only")
	d = eval(t, p, trigger.Input{Text: "its a 1.2 million dollar property"})
	require.Equal(t, trigger.ReasonHighValue, d.Reason)
	d = eval(t, p, trigger.Input{Text: "i have a portfolio of rentals"})
	require.Equal(t, trigger.ReasonHighValue, d.Reason)
	require.False(t, eval(t, p, trigger.Input{Text: "want 250k"}).Handoff)
	require.True(t, eval(t, &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope()}}, trigger.Input{Text: "i was charged twice, i want a refund"}).Handoff)
	require.True(t, eval(t, &trigger.Policy{Rules: []trigger.Rule{trigger.Competitor()}}, trigger.Input{Text: "another company offered more"}).Handoff)
}

// TestOptionalRulesLearnedTier: with every topic, the out-of-scope rule
// also hands off on a question for a person that the topic model reads
// in words no rule lists, and says so; ordinary in-scope questions stay
// with the assistant, and a host who lists topics gets exactly those.
func TestOptionalRulesLearnedTier(t *testing.T) {
	t.Parallel()
	anyTopic := &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope()}}
	oos := "can the county inspector sign off on the new panel before closing or does that hold everything up?"
	require.Empty(t, trigger.Analyze(oos).OutOfScope, "no rule reads it")
	d := eval(t, anyTopic, trigger.Input{Text: oos})
	require.Equal(t, trigger.ReasonOutOfScope, d.Reason)
	require.Equal(t, "out_of_scope", d.Rule)
	require.True(t, strings.HasPrefix(d.Detail, "out-of-scope question (model p="), d.Detail)
	// a quoted line is the assistant's words, not the lead's
	require.False(t, eval(t, anyTopic, trigger.Input{Text: "> " + oos + "\nok"}).Handoff)
	for _, q := range []string{"can you tell me how this works?", "how long does the whole process take?", "can I send you pictures of the kitchen?",
		"do I need to be home for the inspection?", "can the crew park in the driveway?", "¿cuánto tardan en venir?", "¿puedo mandar fotos?"} {
		require.False(t, eval(t, anyTopic, trigger.Input{Text: q}).Handoff, q)
	}
	require.False(t, eval(t, &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope(trigger.TopicLegal, trigger.TopicBilling)}}, trigger.Input{Text: oos}).Handoff)
}

// FuzzAnalyze runs the signals, the default policy and every optional
// rule (read against a question, as the engine passes the assistant's
// last message) on any text: none may panic or write invalid UTF-8.
// Seeds include one-word matches of the scope rules ("portfolio"), which
// once sliced out of range.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"call me", "what's your number?", "\xff\xfe", "??!!", "ｃａｌｌ ｍｅ", "$$$", "call me " + strings.Repeat("a", 500),
		"portfolio", "it's part of my portfolio", "14 rental units", "about 45 between both locations", "all four under one roof",
		strings.Repeat("<b>x</b>", 100), strings.Repeat("ש😀<b>x</b>", 50), strings.Repeat("call me ", 6)} {
		f.Add(s)
	}
	p := trigger.DefaultPolicy()
	all := &trigger.Policy{Rules: []trigger.Rule{trigger.OutOfScope(), trigger.Competitor(), trigger.HighValueScope(500000)}}
	f.Fuzz(func(t *testing.T, s string) {
		for _, asked := range []string{"", "How many locations would this cover?", "What are you using now?", "What price range are we talking about?"} {
			d, err := all.Evaluate(context.Background(), trigger.Input{Text: s, Asked: asked})
			if err != nil || !utf8.ValidString(d.Detail) {
				t.Fatalf("optional rules: %v %q", err, d.Detail)
			}
		}
		sig := trigger.Analyze(s, "Opendoor")
		for _, q := range sig.Questions {
			if !utf8.ValidString(q) {
				t.Fatalf("invalid UTF-8 question %q", q)
			}
		}
		if !utf8.ValidString(sig.ExplicitAskRule) || !utf8.ValidString(sig.FrustrationRule) {
			t.Fatal("invalid UTF-8 rule")
		}
		d, err := p.Evaluate(context.Background(), trigger.Input{Text: s})
		if err != nil || !utf8.ValidString(d.Detail) {
			t.Fatalf("evaluate: %v %q", err, d.Detail)
		}
	})
}

// TestAskRefusedOrConditional: "would it be ok if someone called me" asks
// for a call; "no me pongan a un vendedor a llamarme" refuses one, and the
// lead's own staff meeting asks for no meeting.
func TestAskRefusedOrConditional(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("would it be alright if somebody phoned me after work? 6ish").ExplicitAsk)
	for _, in := range []string{
		"porfa no me manden a un vendedor a llamarme, prefiero el precio por texto",
		"I need the report before our weekly staff meeting with the supervisors",
	} {
		s := trigger.Analyze(in)
		require.False(t, s.ExplicitAsk, "%q fired %q", in, s.ExplicitAskRule)
	}
}

// TestOthersHabitsOfferedJobsAndUnsureReminders: readings a blind set
// showed wrong. Repeat guests "who just phone me every fall" ask for
// nothing; "my first real job offer" asks no exact number; "I believe
// it's all on the form, but ..." answers calmly; "ustedes can match
// that?" after another outfit's price compares offers.
func TestOthersHabitsOfferedJobsAndUnsureReminders(t *testing.T) {
	t.Parallel()
	s := trigger.Analyze("Through Airbnb mostly, plus a few repeat folks from Ontario who just phone me every fall.")
	require.False(t, s.ExplicitAsk, s.ExplicitAskRule)
	require.True(t, trigger.Analyze("can someone just phone me tonight").ExplicitAsk)
	require.True(t, trigger.Analyze("can they just call me instead of texting?").ExplicitAsk)

	require.Empty(t, trigger.Analyze("hi, i'm a new grad and just got my first real job offer 🎉 wondering if someone like me can even qualify").OutOfScope)
	require.Contains(t, trigger.Analyze("what's the exact rate I'd get with a 640 score?").OutOfScope, trigger.TopicPricing)
	require.Contains(t, trigger.Analyze("what's the exact job quote before I sign?").OutOfScope, trigger.TopicPricing)

	s = trigger.Analyze("I believe it's all on the form, but it's new windows for the house in Eau Claire.")
	require.False(t, s.Frustrated, s.FrustrationRule)
	require.True(t, trigger.Analyze("I put every bit of that on your form too. it's all on the form!").Frustrated)

	require.NotEmpty(t, trigger.Analyze("wait, el guy de Cool Breeze Air me dijo que él me lo arreglaba por 150. ustedes can match that?").Competitors)
	require.Empty(t, trigger.Analyze("ustedes can match that paint color?").Competitors)
}
