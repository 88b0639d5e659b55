package trigger

import (
	"strings"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// Topic is a class of out-of-scope question the AI should not answer.
type Topic string

// Out-of-scope topics.
const (
	TopicPricing       Topic = "pricing"       // fees, commissions, exact offer math
	TopicLegal         Topic = "legal"         // lawyers, contracts, liens, lawsuits, legal or compliance concerns
	TopicBilling       Topic = "billing"       // charges, refunds, billing disputes
	TopicTechnical     Topic = "technical"     // integrations, security and compliance, sizing and specs
	TopicCustomization Topic = "customization" // custom builds, plans, quotes or terms
	TopicEmergency     Topic = "emergency"     // burst pipes, gas leaks, no heat, flooding
	// TopicFinancing: who pays for the job beside the lead, a lender or an
	// insurer: a loan or financing for a renovation or a repair, an
	// insurance claim, the insurer or its adjuster dealt with for the lead
	// (seed 003's "complex inquiries"). A plain "do you offer financing?"
	// is a question the AI answers.
	TopicFinancing Topic = "financing"
)

// Topics lists every out-of-scope topic, in the order [Analyze] reports
// them.
var Topics = []Topic{TopicPricing, TopicLegal, TopicBilling, TopicTechnical, TopicCustomization, TopicEmergency, TopicFinancing}

// numTopics is len(Topics).
const numTopics = 7

// Signals is what [Analyze] finds in one lead message. It feeds the rules
// and the rep brief.
type Signals struct {
	// ExplicitAsk: the lead asks for a person (call, callback, human, rep,
	// a number to call). ExplicitAskRule names the pattern.
	ExplicitAsk     bool
	ExplicitAskRule string
	// Frustrated: annoyed or offensive. FrustrationRule names the cue.
	Frustrated      bool
	FrustrationRule string
	// OutOfScope lists the out-of-scope topics asked about.
	OutOfScope []Topic
	// Competitors lists competitor mentions: configured names as given,
	// and generic ones ("another company", "another lender quoted me") as
	// "other company".
	Competitors []string
	// Commitment is the strength of high-intent language, 0..3: 0 none,
	// 1 soft yes only ("sure", "ok", "maybe"), 2 a commitment phrase
	// ("let's do it", "what's the next step", "send the paperwork"),
	// 3 a commitment phrase with an intensifier ("yes definitely").
	Commitment int
	// CommitmentCue names the strongest commitment cue found.
	CommitmentCue string
	// Hesitant: hedges that cancel a commitment ("maybe", "let me think").
	Hesitant bool
	// Questions are the lead's questions, verbatim, for the brief.
	Questions []string
	// Objections are objection cues found ("price too low", "price
	// concern", "need to ask my wife", "is this a scam"), for the brief.
	Objections []string
}

// Analyze normalises text once and returns its [Signals]. competitors are
// names to look for ("Opendoor", "We Buy Houses"), matched as whole words
// in any case. It never panics, on any input.
func Analyze(text string, competitors ...string) Signals {
	// lines quoted from an earlier message ("> Want a human to review
	// it?") are not the lead's words; they are what the lead answers
	text, quoted := textmatch.SplitQuoted(text)
	// a reaction sent as text ('Loved "Want a loan officer to ring you
	// this afternoon?"') is the yes or the no it stands for, and answers
	// the message it quotes
	reaction := ""
	if reply, q, ok := textmatch.Tapback(text); ok {
		reaction = textmatch.Unquoted(text)
		text, quoted = reply, q
	}
	t := textmatch.Cached(text)
	s := analyze(text, t, competitors)
	// ('Reacted 🤬 to "Just following up!"': the reaction's own anger)
	if reaction != "" && !s.Frustrated {
		s.FrustrationRule, s.Frustrated = frustration(reaction, textmatch.Cached(reaction))
		if strings.ContainsAny(reaction, "🖕😤") {
			s.FrustrationRule, s.Frustrated = "angry reaction", true
		}
	}
	// "> Would you like a call with one of our officers?\nYes, tomorrow
	// morning": the lead takes the call the quote offers
	if !s.ExplicitAsk && quoted != "" && acceptsCall(quoted, t) {
		s.ExplicitAsk, s.ExplicitAskRule = true, "accepts quoted call"
	}
	return s
}

func analyze(raw string, t textmatch.Text, competitors []string) Signals {
	var s Signals
	// quoted words are someone else's: "your ad says \"call us today\"",
	// "play \"Call Me Maybe\""
	at := t
	// (not a quote relayed from the lead's household: 'my husband says:
	// "have the owner call me"')
	if q := textmatch.Unquoted(raw); q != raw && !textmatch.HouseholdQuote(raw) {
		at = textmatch.Cached(q)
	}
	s.ExplicitAskRule, s.ExplicitAsk = explicitAsk(at)
	s.FrustrationRule, s.Frustrated = frustration(raw, t)
	s.OutOfScope = outOfScope(t)
	s.Competitors = competitorMentions(t, competitors)
	s.Commitment, s.CommitmentCue, s.Hesitant = textmatch.Commitment(t)
	// an eye-roll says the commitment is sarcasm: "ajá, firmo hoy mismo
	// 🙄", "totally ready to sign lol, right after you explain the fee 🙄"
	if s.Commitment > 0 && textmatch.EyeRoll(raw) {
		s.Commitment, s.CommitmentCue = 0, ""
	}
	s.Questions = questions(raw)
	s.Objections = objections(t)
	return s
}

// questions splits raw text into sentences and keeps those ending in '?'.
// A sentence ends at '.', '!', a line break or a run of '?'; only the
// question marks and the sentence end before each are looked for.
func questions(raw string) []string {
	var out []string
	start := 0
	for {
		k := strings.IndexByte(raw[start:], '?')
		if k < 0 {
			return out
		}
		i := start + k
		// the last sentence end before the '?', read back byte by byte
		// (what strings.LastIndexAny does for these ASCII bytes, without
		// building its set at each question)
		for d := i - 1; d >= start; d-- {
			if c := raw[d]; c == '.' || c == '!' || c == '\n' {
				start = d + 1
				break
			}
		}
		end := i + 1
		for end < len(raw) && raw[end] == '?' {
			end++
		}
		q := strings.TrimSpace(raw[start:end])
		if q != "" && q != "?" {
			// (a valid q, nearly always, is what ToValidUTF8 returns:
			// ValidString reads it eight bytes at a time, ToValidUTF8
			// rune by rune)
			if !utf8.ValidString(q) {
				q = strings.ToValidUTF8(q, "")
			}
			out = append(out, q)
		}
		start = end
	}
}
