package trigger

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// ErrOptedOut is returned by the [OptOut] rule when the message is an
// opt-out: it stops the policy so that no later rule can fire, and the
// caller must treat the conversation as opted out, never handed off.
var ErrOptedOut = errors.New("trigger: lead opted out")

// DefaultPolicy returns the seeds' policy, in order: opt-out guard,
// explicit ask, frustration, N-of-M fields, score >= 70. Frustration
// comes before qualification because the seeds escalate a sentiment
// shift at once: a lead who qualifies in an angry message ("I answered
// this two messages ago. 60 people. eng manager.") reaches the rep as an
// angry lead, and the bridge text says so. Out-of-scope,
// competitor and high-value rules are ready to append or insert. The
// first rule that fires names the reason, so inserted after the explicit
// ask they name their topic (a refund dispute, a jumbo loan) when the
// same message also qualifies the lead:
//
//	p := trigger.DefaultPolicy()
//	p.Rules = slices.Insert(p.Rules, 2, trigger.OutOfScope(), trigger.Competitor("Opendoor"))
func DefaultPolicy() *Policy {
	return &Policy{Rules: []Rule{OptOut(), ExplicitAsk(), Frustration(), FieldsQualified(), ScoreAtLeast(70)}}
}

// OptOut is the guard that makes an opt-out outrank every rule: when
// [Input.OptedOut] is set it returns [ErrOptedOut], which stops
// [Policy.Evaluate] with no handoff. Put it first. The engine never
// evaluates a policy on an opt-out (its DNC detector runs before any
// rule); the guard is for hosts that call Evaluate themselves and set
// OptedOut from their own detector.
func OptOut() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		if in.OptedOut {
			return Decision{}, ErrOptedOut
		}
		return Decision{}, nil
	})
}

// ExplicitAsk fires when the lead asks for a person: "call me", "can a
// real person text me", "what's your number", "give me a callback", "can I
// speak to the owner". It does not fire on third parties ("call mark",
// "what's their number"), on identity questions ("are you a bot?"), on
// idioms ("call me crazy but", "your call") or when negated ("don't call,
// text me"). The detail quotes the matched pattern, or the learned tier's
// score and strongest features. It reads [Input.Signals] when set, else
// [Judged] on the text.
func ExplicitAsk() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		rule, ok := askOf(in)
		if !ok {
			// "yeah after 5 is best" to "want me to have one of our loan
			// officers give you a call?": the lead takes the person offered
			if acceptsCall(in.Asked, textmatch.Cached(in.Text)) {
				return Decision{Handoff: true, Reason: ReasonExplicitAsk, Rule: "explicit_ask",
					Detail: "lead accepted a call with a person"}, nil
			}
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonExplicitAsk, Rule: "explicit_ask",
			Detail: askDetail(rule)}, nil
	})
}

// lastAskDetail is the rule ExplicitAsk quoted last and its detail.
var lastAskDetail atomic.Pointer[[2]string]

// askDetail returns ExplicitAsk's detail quoting rule, "lead asked for a
// person (" + rule + ")": the same string as the last call's when the
// rule is the same, as it is for most messages that ask (the rules are a
// few dozen names), instead of a concatenation and an allocation each
// time.
func askDetail(rule string) string {
	if d := lastAskDetail.Load(); d != nil && d[0] == rule {
		return d[1]
	}
	d := &[2]string{rule, "lead asked for a person (" + rule + ")"}
	lastAskDetail.Store(d)
	return d[1]
}

// callOffer is a business's offer of a call or a meeting with a person:
// "want me to have one of our loan officers give you a call?", "can Raj
// call you tomorrow?", "¿quiere que un asesor le llame?".
var callOffer = textmatch.MustCompile(nil, []textmatch.Rule{
	// "go over everything on the phone with one of our loan officers?",
	// "rather talk it through with a licensed agent?"
	{Name: "call offer", Pattern: "on the phone with / over the phone with / talk|speak|go ~3 through|over ~2 with a|an|one|our ~3 agent|officer|specialist|advisor|rep|person|expert|estimator / rather talk|speak ~3 agent|officer|specialist|advisor|rep|person|someone|human"},
	// "would a quick call with one of our product specialists be
	// helpful?", "want me to connect you with an advisor?"
	{Name: "call offer", Pattern: "a|quick call|zoom with / connect|connecting you with ~3 agent|officer|specialist|specialists|advisor|rep|person|expert|estimator|someone|engineer|team"},
	// "would a quick phone chat with Kalani work better?", "want me to
	// have a loan officer ring you this afternoon?", "I can have Mike
	// from our team phone you at 6" (blind79)
	{Name: "call offer", Pattern: "phone chat|call|conversation with / quick phone chat|call|conversation / have|get|can|could|should|shall ~5 ring|phone|buzz you / te|le|los puede|pueden|podria llamar|marcar / te|le|los llamo|marco|llamamos|marcamos"},
	{Name: "call offer", Pattern: "give|gave|giving you a|one ~1 call|ring|buzz / call you / hop|jump on a call|zoom / set|line up ~2 a|quick call|zoom|meeting / schedule|book ~2 a|quick call|zoom / le|te llame|llamen|llamemos|marque|marquen|marca|marcan|llama|llaman / le|te|lo|la puedo|podemos|podria llamar|marcar / llamarle|llamarte|marcarle / una llamada / would you like|prefer a call / call or text"},
})

// acceptsCall reports a short reply that takes a call offered in asked:
// it opens with a yes ("yes please", "sure, after 5", "dale") or, short
// of one, names when ("after 5 is best", "mañana en la tarde").
func acceptsCall(asked string, t textmatch.Text) bool {
	// ("haha call me jake" to "should I call you Jake or Jacob?" names
	// the lead: blind74, stop 72)
	if t.WordCount() == 0 || t.WordCount() > 25 || selfNaming(t) && nameAsked(asked) {
		return false
	}
	q, ok := askedQuestion(asked)
	if !ok {
		return false
	}
	// "what should I call you?" asks a name
	if _, ok := callOffer.First(q, func(m textmatch.Match) bool {
		before := q.Toks[textmatch.ClauseStart(q.Toks, m.Start):m.Start]
		// (not a call past, "did the loan officer call you yesterday?",
		// nor one refused, "¿preferís que no te llamemos?")
		return !slices.Contains(before, "what") && !(len(before) > 0 && pastAsk.Has(before[0])) &&
			!slices.ContainsFunc(before[max(0, len(before)-2):], textmatch.Negators.Has)
	}); !ok {
		return false
	}
	words := t.Words()
	// "Diay sí, de una": a filler before the answer; "the call", "lo
	// segundo", "option 2": an article before the choice
	for len(words) > 1 && (replyFillers.Has(words[0]) || choiceArticles.Has(words[0])) {
		words = words[1:]
	}
	// "2. texting back and forth is a pain" to "(1) a range by text, or
	// (2) have Marcus call you?": the option that holds the call
	if pick := optionPicked(words[0]); pick > 0 {
		return callOnSide(q, pick)
	}
	// "agent please. I don't trust myself over text" to "keep going over
	// text, or talk it through with an agent?": the person named first is
	// the choice, whatever a later clause negates
	if callChoice.Has(words[0]) {
		first := t.Toks[:textmatch.ClauseEnd(t.Toks, 0)]
		return !slices.ContainsFunc(first, textmatch.Negators.Has) && !(len(words) > 1 && callRefusal.Has(words[1]))
	}
	// ("yes that would be better. I'm 71 and I don't text so good": a
	// negation of texting only is one more reason for the call)
	if t.HasAny(textmatch.Negators) && !negatesTextingOnly(t.Toks) || callRefusal.Has(words[0]) {
		return false
	}
	// a long reply takes the call only with a yes first: "yeah that'd be
	// way easier than texting, I'm driving most of the day", "That would
	// be lovely, actually. Afternoons are best for me."
	if len(words) > 8 {
		return textmatch.OpeningYes.Has(words[0]) || callWhen.Has(words[0]) || thatWouldBeGood(words)
	}
	return textmatch.OpeningYes.Has(words[0]) || callYesAlso.Has(words[0]) || callWhen.Has(words[0])
}

// nameAsked reports the assistant asking what to call the lead: "Should
// I call you Jake or Jacob?", "do you go by Bill?", "¿le digo Carlos o
// Don Carlos?" (not "Want me to have Dana give you a call?").
func nameAsked(asked string) bool {
	toks := textmatch.Cached(asked).Toks
	for k := 0; k+1 < len(toks); k++ {
		switch {
		case toks[k] == "call" && toks[k+1] == "you" && slices.Contains(toks[k+2:min(len(toks), k+6)], "or"):
			return true
		case toks[k] == "go" && toks[k+1] == "by", toks[k] == "le" && toks[k+1] == "digo", toks[k] == "te" && toks[k+1] == "digo":
			return true
		}
	}
	return false
}

// pastAsk open a question about what happened: "did", "has".
var pastAsk = textmatch.NewSet("did", "didnt", "has", "have", "had", "was", "were", "hasnt", "havent")

// negatesTextingOnly reports negations that each refuse texting, a
// few words on: "I don't text so good", "no puedo escribir bien".
func negatesTextingOnly(toks []string) bool {
	found := false
	for i, w := range toks {
		if !textmatch.Negators.Has(w) {
			continue
		}
		if !slices.ContainsFunc(toks[i+1:min(len(toks), i+4)], textingWords.Has) {
			return false
		}
		found = true
	}
	return found
}

// textingWords: writing rather than talking.
var textingWords = textmatch.NewSet("text", "texting", "texts", "type", "typing", "write", "writing", "escribir", "textear", "mensajes")

// thatWouldBeGood reports a reply opening "that would be lovely", "that
// would be a big help".
func thatWouldBeGood(words []string) bool {
	if len(words) < 4 || words[0] != "that" || words[1] != "would" && words[1] != "will" || words[2] != "be" {
		return false
	}
	return slices.ContainsFunc(words[3:min(len(words), 6)], goodReplies.Has)
}

var goodReplies = textmatch.NewSet("lovely", "great", "good", "helpful", "help", "better", "perfect", "nice", "wonderful", "fine", "easier", "ideal", "awesome", "amazing")

// optionPicked reads a reply's first word as the first or second of two
// options offered: "first", "2", "segundo", "latter"; 0 for neither.
func optionPicked(w string) int {
	switch w {
	case "first", "1st", "1", "former", "primera", "primero", "one":
		return 1
	case "second", "2nd", "2", "latter", "segunda", "segundo", "two":
		return 2
	}
	return 0
}

// callOnSide reports a call offered in the option of q that pick names:
// the clause before its last "or", or all after it ("¿le hago unas
// preguntas por aquí o, si prefiere, uno de nuestros asesores le
// marca?", "(1) a range by text, or (2) have Marcus, our buyer, call
// you").
func callOnSide(q textmatch.Text, pick int) bool {
	side, rest, ok := textmatch.Options(q)
	if !ok {
		return false
	}
	if pick == 2 {
		side = rest
	}
	_, ok = callOffer.First(textmatch.Text{Toks: side}, nil)
	return ok
}

// choiceArticles stand before the option chosen: "the call", "lo
// segundo", "option 2".
var choiceArticles = textmatch.NewSet("the", "la", "el", "lo", "option", "opcion", "number", "numero")

// replyFillers open a reply before its answer: "diay sí", "pues sí",
// "oh yes".
var replyFillers = textmatch.NewSet("diay", "pues", "bueno", "ah", "oh", "ay", "uy", "um", "umm", "hmm", "well", "este", "mira", "oye", "klk", "hey", "hi", "hola", "omg")

// callChoice names the person or the call as the option chosen.
var callChoice = textmatch.NewSet("agent", "person", "human", "call", "phone", "officer", "rep", "someone", "llamada", "agente",
	"persona", "asesor", "asesora", "llamenme", "llamame")

var (
	// "va", "sounds good", "that works" take a call as well
	callYesAlso = textmatch.NewSet("va", "sounds", "that")
	callWhen    = textmatch.NewSet("after", "before", "tomorrow", "today", "tonight", "morning", "afternoon", "evening", "anytime", "manana", "hoy", "despues", "antes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado")
	callRefusal = textmatch.NewSet("no", "nope", "nah", "not", "text", "email", "mejor")
)

// FieldsQualified fires when Required of the schema's fields are confident.
// The detail names them: "two fields: motivation + condition".
func FieldsQualified() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		if in.Required <= 0 || len(in.Confident) < in.Required {
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonFields, Rule: "fields",
			Detail: fmt.Sprintf("%s fields: %s", numberWord(len(in.Confident)), strings.Join(in.Confident, " + "))}, nil
	})
}

// ScoreAtLeast fires when the score reaches min.
func ScoreAtLeast(min int) Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		if in.Score < min {
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonScore, Rule: "score", Detail: fmt.Sprintf("score %d >= %d", in.Score, min)}, nil
	})
}

// Frustration fires on an annoyed or offensive message: profanity and
// insults (also masked: "sh*t"), "did you even read", "how many times",
// "I already told you", sarcasm ("thanks for nothing"), shouting in
// capitals, exasperated "??", and what the learned tier reads as
// frustration (confusion that is clearly upset, sarcasm). The detail names
// the cue. It reads [Input.Signals] when set.
func Frustration() Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		cue, ok := frustrationOf(in)
		if !ok {
			return Decision{}, nil
		}
		return Decision{Handoff: true, Reason: ReasonFrustration, Rule: "frustration", Detail: "frustration (" + cue + ")"}, nil
	})
}

// OutOfScope fires when the lead asks about a topic the AI must not
// answer: pricing specifics (fees, commission, how the offer is
// calculated, the price of the lead's own case: "what does pricing look
// like for 50 users?"), legal questions (lawyers, contracts, liens, legal
// or compliance concerns), billing disputes (charges, refunds), complex
// technical questions (integrations, security and compliance standards,
// sizing), customization, emergencies, and financing (a loan for the job,
// insurance claims; see [Topic]). A plain price question ("how much does
// it cost?", "what's your pricing?") is the AI's to answer, as the
// project's labelling guide has it, and a demo request is a commitment,
// which lifts the score ([DefaultPolicy]), not a topic. With no topics it
// watches all of them and, where no topic's rule matches, asks the
// learned tier's topic model too, which reads a question for a person in
// words no rule lists ("does the county need to sign off on the new
// panel?"); the detail then names the model's probability and strongest
// features. It reads [Input.Signals] when set.
func OutOfScope(topics ...Topic) Rule {
	want := map[Topic]bool{}
	for _, t := range topics {
		want[t] = true
	}
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		found := func() []Topic {
			if in.Signals != nil {
				return in.Signals.OutOfScope
			}
			return outOfScope(textmatch.Cached(in.Text))
		}()
		for _, t := range found {
			if len(want) == 0 || want[t] {
				return Decision{Handoff: true, Reason: ReasonOutOfScope, Rule: "out_of_scope",
					Detail: "out-of-scope question: " + string(t)}, nil
			}
		}
		if len(want) == 0 {
			if why, ok := learnedTopic(in.Text, learned.OutOfScopeTopic); ok {
				return Decision{Handoff: true, Reason: ReasonOutOfScope, Rule: "out_of_scope",
					Detail: "out-of-scope question (" + why + ")"}, nil
			}
		}
		return Decision{}, nil
	})
}

// Competitor fires when the lead mentions one of names (whole words, any
// case). With no names it fires on generic mentions ("another company",
// "another lender quoted me", "other buyers", "a competitor") and, where
// none matches, asks the learned tier's topic model, which reads a
// provider or product no list names ("pago con Lemonade 12 al mes,
// ¿ustedes me lo dejan en menos?"); the detail then names the model's probability and
// strongest features. Competitors in [Input.Signals] count too, and so
// does a reply that answers [Input.Asked] with one: a product named to
// "what are you using right now?", a yes to "any other offers so far?".
func Competitor(names ...string) Rule {
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		t := textmatch.Cached(in.Text)
		found := competitorMentions(t, names)
		if in.Signals != nil {
			found = append(found, in.Signals.Competitors...)
		}
		if p := currentProvider(in.Text); p != "" {
			found = append(found, p)
		}
		// "ahorita usamos Monday" to "what are you using right now?",
		// "yeah two so far" to "any other offers?"
		if p := answeredProvider(in.Asked, in.Text); p != "" {
			found = append(found, p)
		}
		// "my buddy used better.com": a company by its web address
		if len(names) == 0 {
			if site := namedSite(in.Text); site != "" {
				found = append(found, "known brand: "+site)
			}
		}
		for _, f := range found {
			if len(names) > 0 && f == "other company" {
				continue
			}
			// "salesforce + our data warehouse" after "what tools are you
			// hoping to connect?": a tool to connect to
			if strings.HasPrefix(f, "known brand") && in.Asked != "" && integrates(textmatch.Cached(in.Asked)) {
				continue
			}
			return Decision{Handoff: true, Reason: ReasonCompetitor, Rule: "competitor", Detail: "competitor mentioned: " + f}, nil
		}
		if len(names) == 0 && !modelCompetitorVeto(t) {
			if why, ok := learnedTopic(in.Text, learned.CompetitorTopic); ok {
				return Decision{Handoff: true, Reason: ReasonCompetitor, Rule: "competitor",
					Detail: "competitor mentioned (" + why + ")"}, nil
			}
		}
		return Decision{}, nil
	})
}

// modelCompetitorVeto reports a message whose model reading of a
// competitor the rules overrule, as they overrule their own generic
// cues: a tool to connect to ("we use Salesforce, does yours sync with
// it?"), and a message about people the lead knows that names no offer,
// price, amount, comparison of prices or tradesman ("our neighbors did
// their roof last year, theirs is better"; not "my husband says we
// should stick with Lemonade unless yours is cheaper").
func modelCompetitorVeto(t textmatch.Text) bool {
	if integrates(t) {
		return true
	}
	return (t.HasAny(ownPersonNouns) || t.HasAny(wantersOther)) && !t.HasAny(offerWords) && !t.HasAny(crewWords) && !t.HasAny(staffNouns) &&
		!t.HasAny(priceCompared) && !slices.ContainsFunc(t.Toks, hasDigit)
}

// priceCompared are words of a cheaper price: "unless yours is
// cheaper", "¿ustedes me lo dejan en menos?"
var priceCompared = textmatch.NewSet("cheaper", "cheapest", "lower", "less", "beat", "match", "barato", "barata", "menos", "rebaja", "mejoran")

// learnedTopic reports whether the learned tier's topic model reads
// topic t in the lead's own words of text (lines quoted from an earlier
// message left out, as [Analyze] leaves them), with the model's reason
// for the audit trail: "model p=0.91 w:lawyer+0.52 ...".
func learnedTopic(text string, t learned.TopicTask) (string, bool) {
	text, _ = textmatch.SplitQuoted(text)
	m := learned.DefaultTopics()
	if !m.Fires(m.Score(text), t) {
		return "", false
	}
	return "model " + m.Why(text, t), true
}

// HighValue fires when the lead mentions an amount of at least min dollars
// ("$450k", "1.2 million", "six figures") or one of the extra cue phrases
// (for example "portfolio", "multiple properties", "enterprise"), matched
// as whole words. In reply to a question about a home's price
// ([Input.Asked]) a bare number counts too ("everything we like is 850
// to 950"), and so does the sellers' asking price of the home the lead
// is buying ("they're asking 685 for it").
func HighValue(min int, cues ...string) Rule {
	var seqs [][]string
	for _, c := range cues {
		if w := textmatch.Normalize(c).Words(); len(w) > 0 {
			seqs = append(seqs, w)
		}
	}
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		t := textmatch.Cached(in.Text)
		if a, ok := textmatch.MaxAmount(t); ok && min > 0 && a >= min {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value",
				Detail: fmt.Sprintf("high value: $%d >= $%d", a, min)}, nil
		}
		// "they're asking 685 for it" after "do you know the purchase
		// price?", "everything we like is 850 to 950" after "what price
		// range are you looking at?": an amount the question makes the
		// lead's (HighValueScope also reads a short bare answer to a
		// question about a loan, a build or listings: thousandsAnswered)
		if a, ok := textmatch.AnsweredAmount(t, textmatch.Cached(in.Asked)); ok && min > 0 && a >= min {
			how := "the asking price of the home bought"
			if in.Asked != "" {
				how = "in reply to the question"
			}
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value",
				Detail: fmt.Sprintf("high value: $%d >= $%d (%s)", a, min, how)}, nil
		}
		for i, s := range seqs {
			if textmatch.ContainsSeq(t.Toks, s...) {
				return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: " + cues[i]}, nil
			}
		}
		return Decision{}, nil
	})
}

// spreadWords between a count and sites spread the count over them.
var spreadWords = textmatch.NewSet("between", "across", "among", "over", "entre", "en")

// countsFrom returns the counts lo..hi written as digits.
func countsFrom(lo, hi int) []string {
	out := make([]string, 0, hi-lo+1)
	for n := lo; n <= hi; n++ {
		out = append(out, strconv.Itoa(n))
	}
	return out
}

// othersWords end "this one and three others", which counts people
// after "me": "just me and 2 others poking at it".
var othersWords = textmatch.NewSet("others", "otras", "otros")

// othersHeadcount name another company as the one counted.
var othersHeadcount = textmatch.NewSet("they", "theyre", "parent", "group", "corporate", "headquarters", "hq", "ellos").Gated()

// ownVerbs open a count of what the lead owns: "tengo 5"
var ownVerbs = textmatch.NewSet("tengo", "tenemos", "own", "have", "got")

// propertyWords count properties: "five rentals", "tres casas"
var propertyWords = textmatch.NewSet("properties", "houses", "homes", "units", "doors", "rentals", "buildings", "locations", "sites",
	"duplex", "duplexes", "triplex", "triplexes", "fourplex", "fourplexes", "quads",
	"offices", "stores", "apartments", "condos", "duplexes", "lots", "parcels", "branches", "facilities",
	"casas", "propiedades", "departamentos", "deptos", "unidades", "terrenos", "locales", "edificios", "sucursales",
	// "tengo 14 trailas que rento", "six cabins on the lake"
	"trailas", "trailers", "traileres", "cabins", "cabanas", "casitas", "apartamentos", "apartamentitos",
	// Philadelphia's "5 rowhomes", "three twins"
	"rowhomes", "rowhouses", "townhomes", "townhouses",
	// the Great Lakes' two-family houses: "the other five doubles on that
	// stretch", "three two-flats"
	"doubles", "flats", "twoflats", "deckers").Gated()

// largeScope are the scope cues of a high-value lead that state no
// amount: several properties, a whole-home repipe, a multi-system
// install, hundreds of seats.
var largeScope = textmatch.MustCompile(map[string]textmatch.Set{
	// ("14 rental units": any count from 3 to 200 as digits)
	"many": textmatch.NewSet(append(countsFrom(3, 200), "several", "multiple", "many", "few", "bunch", "portfolio", "dozen", "dozens", "three", "four", "five",
		"six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
		"varias", "varios", "muchas", "muchos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "doce", "quince", "veinte")...),
	"props": propertyWords,
	// five or more: "there's 7 of them" counts places, "3 of them" may
	// count anything
	"five":  textmatch.NewSet(append(countsFrom(5, 200), "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "cinco", "seis", "siete", "ocho", "nueve", "diez")...),
	"whole": textmatch.NewSet("whole", "entire", "full", "complete", "total"),
	"job":   textmatch.NewSet("repipe", "repiping", "repiped", "rewire", "rewiring", "rewired", "remodel", "remodeled", "renovation", "reroof", "reroofed", "roof", "replacement", "replaced", "system", "hvac", "overhaul", "gut"),
	"seats": textmatch.NewSet("seats", "users", "licenses", "licences", "employees", "agents", "reps", "people", "staff", "locations",
		// "four or five hundred volunteers total"
		"volunteers", "voluntarios"),
	"hund": textmatch.NewSet("hundreds", "thousands", "hundred", "thousand"),
	// a count of people that is hundreds: "300 and something guys"
	// (up to 999: "1099 guys" are contractors paid on a form)
	"bign":  textmatch.NewSet(countsFrom(150, 999)...),
	"tens":  textmatch.NewSet(countsFrom(10, 999)...),
	"pipes": textmatch.NewSet("plomeria", "tuberia", "tuberias", "pipes", "plumbing", "lines", "wiring", "cableado"),
}, []textmatch.Rule{
	{Name: "several properties", Pattern: "@many ~2 @props / portfolio / multifamily / multi family / apartment complex"},
	// "Poplar is one of five I own", "sell the whole bunch together"
	{Name: "several properties", Pattern: "one of @many ~2 i|we own|have / whole|entire bunch|lot together / all of them together / got|have|own @many of them / all as a package"},
	// "sell the whole bundle to one buyer", "package deal on all of them"
	{Name: "several properties", Pattern: "whole|entire|the bundle|package|lot ~2 to one|a? buyer / package deal / all @many of them|those"},
	// "a summer place and two rentals. I want all four under one roof"
	{Name: "several properties", Pattern: "all @many ~1 under one|a|the single? roof|policy|plan / las|los @many bajo una|la misma? poliza"},
	{Name: "whole-home job", Pattern: "@whole ~1 house|home|building ~4 @job / @job ~3 @whole ~1 house|home|building"},
	// dev266: "everything with a pipe in it, all the galvanized has to come
	// out and get redone top to bottom"
	{Name: "whole-home job", Pattern: "everything with a pipe / all the galvanized|polybutylene|poly|copper ~4 come|redone|replaced|ripped / redone|redo|replaced|rewired|repiped top to bottom"},
	// "gutting all the plumbing ... in the main cabin and both guest
	// cabins"
	{Name: "whole-home job", Pattern: "gut|gutting|redo|redoing|replace|replacing|rip|ripping ~1 out? all the plumbing|wiring|pipes|electrical"},
	// "a split system in every unit so each tenant has their own heat",
	// "the whole place needs doing"
	{Name: "whole-home job", Pattern: "system|systems|split|splits|minisplit|minisplits|unit|units|heater|heaters in|for every|each unit|apartment|tenant / the whole place|building|house|home needs doing|redoing|redone|gutting"},
	// "need the whole thing repiped", "the entire place rewired"
	{Name: "whole-home job", Pattern: "@whole thing|place|house|home ~3 repiped|repipe|repiping|rewired|rewire|rewiring|replumbed / repipe|repiping|rewire|rewiring|replumb|replumbing ~2 @whole thing|place|house|home / every line|pipe|circuit"},
	// "redo the whole house in pex", "all the pipes in the house"
	{Name: "whole-home job", Pattern: "switch|swap|convert|change|move everything|all ~2 to|over ~1 pex|copper / everything ~2 swapped|switched|converted|replaced ~1 to? pex|copper / repipe|repiping|rewire|rewiring|tuberia|tuberias ~3 toda|todo la|el casa|house|hogar / redo|redoing|repipe|rewire|replumb|gut ~2 @whole ~1 house|home / @whole ~1 house|home ~1 in|with pex|copper / all|every of? the|my|our? ~1 pipes|pipe|line|lines|plumbing|wiring|windows ~2 in|of the? house|home"},
	{Name: "multi-system install", Pattern: "multi|multiple|several|two|three|2|3 ~1 system|systems|zone|zones|unit|units ~2 install|installs|installation|replacement|hvac|ac"},
	// "cambiar toda la plomería de la casa", "a repipe completo", "redo
	// all the supply lines in the whole house"
	{Name: "whole-home job", Pattern: "toda|todo la|el @pipes ~3 casa|house|hogar / repipe|repiping|rewire completo|complete|full|total / @pipes ~3 whole|entire house|home / full|complete|total|whole repipe|rewire|replumb|reroof"},
	// "cambiar toda la tubería de los tres pisos"
	{Name: "whole-home job", Pattern: "cambiar|reemplazar|cambio|cambiarle|renovar toda|todas|todo la|las|el @pipes"},
	// "el board quiere hacer repipe de todo el edificio, los 24
	// apartamentos"
	{Name: "whole-home job", Pattern: "repipe|repiping|rewire|rewiring|reroof|@pipes ~4 todo|toda el|la edificio|building|complejo / @job ~2 @whole building|complex"},
	// "we want the whole house redone, PEX probably", "quiero hacer
	// repipe de everything", "change everything at once, las dos
	// unidades y el heater"
	{Name: "whole-home job", Pattern: "@whole house|home|place redone|gutted|replumbed / repipe|repiping|rewire|rewiring|replumb ~1 everything|todo / change|replace|redo everything at once"},
	{Name: "multi-system install", Pattern: "multisystem|multizone"},
	// one system for several floors or units: "sistema central nuevo para
	// los tres pisos", "new AC for all three floors"
	// (something new or installed: "the ac is not cooling on both
	// floors" and "mantenimiento del aire en las dos unidades" are
	// repairs and upkeep)
	{Name: "multi-system install", Pattern: "sistema|sistemas|aire|central|minisplit|minisplits|calefaccion ~1 nuevo|nueva|nuevos ~2 para|en los|las dos|tres|cuatro|2|3|4 pisos|niveles|unidades|apartamentos|plantas / instalar|cambiar|reemplazar ~2 sistema|sistemas|aire|minisplit|minisplits|calefaccion ~3 para|en los|las dos|tres|cuatro|2|3|4 pisos|niveles|unidades|apartamentos|plantas / new|replace|install|replacing|installing ~2 system|systems|ac|hvac|furnace|furnaces|minisplit|minisplits|heat|conditioning|conditioner|conditioners|handler|handlers|ductwork|ducts for|on|in all|both|the? two|three|four|2|3|4? floors|levels|units|apartments / new|replace|install|replacing|installing ~1 central air|heat|heating ~3 for|on|in all|both|the? two|three|four|2|3|4? floors|levels|units|apartments"},
	// "the whole house is galvanized and all of it will need to be
	// repiped"
	{Name: "whole-home job", Pattern: "all of it|them ~4 repiped|rewired|replumbed / everything ~4 repiped|rewired|replumbed / @whole ~1 house|home ~2 galvanized|polybutylene"},
	// "want it all ripped out and redone in pex", "replace all of it.
	// whole house, every bathroom"
	{Name: "whole-home job", Pattern: "all|everything ~5 redone|redo|replaced|replace|ripped|swapped|converted ~4 pex|copper / redo|replace|redoing|replacing|rip all ~2 |? @whole ~1 house|home"},
	// "tengo dos multifamiliares", "this one and three others", "esa y
	// otras dos"
	{Name: "several properties", Pattern: "multifamiliar|multifamiliares / and|y @many|two|dos|2 others / y|mas las|los? otras|otros @many|dos|2"},
	// "Cedar plus five more on the east side", "and four more like it";
	// "tengo 5 en esa misma calle. all rentals" (both only where the
	// message names properties)
	{Name: "several properties", Pattern: "plus|and|y|mas @many more|mas / tengo|tenemos|own|have|got @many / owns|has @many more"},
	// "he wants to sell todo junto", "venderlas todas juntas"
	{Name: "several properties", Pattern: "sell|vender|venderlo|venderlos|venderlas|venta ~2 todo|todos|todas ~1 junto|juntos|juntas"},
	// dev276, dev281: "I'd probably move the other five over too", "a
	// little fourplex off Edgewood that I'd rather move as a package"
	{Name: "several properties", Pattern: "move|switch|bring|transfer the other @many ~1 over|too / move|sell ~3 as a package|bundle"},
	// dev286, dev288: "two more buildings ... we would want to sell
	// everything together in one deal", "salir de todo junto ... por el
	// paquete completo"
	{Name: "several properties", Pattern: "sell|selling|sold|offload everything|all|them ~2 together|package|bundle / sell|selling everything ~2 in one deal / salir|deshacernos|deshacerme de todo junto / salir|deshacernos|deshacerme de todas|todos ~3 juntas|juntos"},
	// "five single families on the east side", "let all five go as a package"
	{Name: "several properties", Pattern: "@many single|two|multi families|family / all @many ~2 as a package|together"},
	// "you want one, you take all five", "si el precio es justo les
	// vendo las cinco", "I'd sell you all four de una vez"
	{Name: "several properties", Pattern: "sell|take|buy|vendo|vender|vendemos ~3 all|las|los @many"},
	// "the two houses on 5th St and the fourplex on Garland"
	{Name: "several properties", Pattern: "two|2|both @props|house|home|rental ~6 and|plus the|a|my ~2 duplex|triplex|fourplex|condo|house|building|rental|lot|cabin"},
	// "tengo la casa y dos locales al lado", "the house and two lots next
	// to it": three in all
	{Name: "several properties", Pattern: "casa|house|home|duplex|building|edificio y|and dos|two|2 @props"},
	// "venderlos juntos, como un paquete", "sell them as one package"
	{Name: "several properties", Pattern: "venderlas|venderlos|vender ~3 juntas|juntos|paquete / sell|selling them|all ~3 as one|a package / como un paquete"},

	// in Spanish: "la de Rialto, los dos dúplex que tengo ... y el
	// lotecito", "tengo otras tres que rento", "quisiera tener todo junto
	// con una sola compañía"
	{Name: "several properties", Pattern: "dos|ambos|ambas @props ~8 y|mas el|la|un|una|los ~2 lote|lotecito|terreno|casa|casita|duplex|edificio|local|depa|departamento"},
	{Name: "several properties", Pattern: "@many que rento|rentamos|alquilo|alquilamos / tengo|tenemos otras|otros @many"},
	{Name: "several properties", Pattern: "todo|todos|todas junto|juntos|juntas con una|la sola|misma? compania|aseguradora|poliza|empresa"},
	// "I would like all under one policy if possible"
	{Name: "several properties", Pattern: "all|everything under one|a|the single? policy|roof|plan|account"},
	// "there's 7 of them plus a corner store", "I got 9 altogether",
	// "could you guys buy them all together?", "sell todo to one buyer"
	// (counted only where properties are named: see propertyContext)
	{Name: "properties counted", Pattern: "there is @five of them / there is|are @five of them / @five altogether / buy|take|sell|selling|buying them all together / buy|take|sell|selling|buying them all at once / todo|everything|all to one buyer"},
	// "a fourplex on Brookhurst and two condos in Fountain Valley"
	{Name: "several properties", Pattern: "duplex|triplex|fourplex|condo|building|rowhome|edificio ~4 and|y|plus|mas dos|two|2 @props"},
	{Name: "hundreds of seats", Pattern: "@hund ~2 of? @seats / enterprise|companywide|orgwide / whole|entire company|org|organization"},
	// dev233: "a busy week is like 35 crews, 300 and something guys
	// between all the jobs"
	{Name: "hundreds of seats", Pattern: "@bign guys|workers|employees|hourly|associates|operators|techs|technicians|drivers|nurses|staff|users|seats|licenses|agents|empleados|trabajadores|logins|accounts|usuarios|cuentas|licencias / @bign and|y something|odd|some|pico|tantos guys|workers|employees|techs|technicians|drivers|nurses|staff|empleados|trabajadores"},
	// boats to insure: "four trawlers, the dock, the ice house" (trucks
	// are counted by fleet software too: "ahorita 15 trucks")
	{Name: "fleet", Pattern: "@many|two|2|dos trawlers|shrimpers / have|own|run|insure|tenemos|got ~2 @many|two|2|dos boats|vessels|barcos|lanchas"},
	// sites by the dozen: "38 shops across Arizona and New Mexico"
	{Name: "several properties", Pattern: "have|own|run|operate|tenemos|manejamos|got ~2 @tens|dozen|dozens ~1 shops|restaurants|clinics|warehouses|tiendas|restaurantes|clinicas|bodegas / @tens shops|restaurants|clinics|warehouses|tiendas|restaurantes|clinicas|bodegas across|throughout|statewide"},
	// "replace both of them, and the ducts too, might as well do the
	// whole house at once"
	{Name: "whole-home job", Pattern: "@whole house|home at once / @whole house|home de una vez / toda|todo la|el casa de una vez / la casa completa de una vez / replace|replacing both ~4 |? ~4 ducts|ductwork"},
})

// othersSold reports several properties told as the market's, not the
// lead's: "three houses on our street sold in a weekend" (sold or listed,
// and no word of owning them in the clause).
func othersSold(toks []string, m textmatch.Match) bool {
	if m.Name != "several properties" {
		return false
	}
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	return slices.ContainsFunc(toks[cs:ce], marketSold.Has) && !slices.ContainsFunc(toks[cs:ce], owning.Has)
}

// fewSites reports a business's few sites, which say its size, not a
// large job: "3 locations, about 40 staff" (five or more sites still
// count: "maintenance for our 12 stores").
func fewSites(toks []string, m textmatch.Match) bool {
	if m.Name != "several properties" || m.End-m.Start < 2 || !businessSites.Has(toks[m.End-1]) {
		return false
	}
	n, ok := countWord(toks[m.Start])
	return ok && n < 5
}

// propertyContext reports a message, or the business's question before
// it, that names a property to sell or insure: "which property is it?",
// "besides 3rd St he had two in Morningside". A question about rooms
// ("how many bedrooms does the house have?") counts rooms.
func propertyContext(t textmatch.Text, asked string) bool {
	// ("there's 6 of them now" of kids, "12 altogether" of windows;
	// "8 of them, all rentals near the college" names the rentals)
	if t.HasAny(propertyWords) {
		return true
	}
	if t.HasAny(roomWords) || t.HasAny(otherCounted) {
		return false
	}
	if asked == "" {
		return false
	}
	// the question names properties, or asks which one or about others
	// ("Which property are you thinking of selling?", "Is this the only
	// property?"), not only "the house"
	q := textmatch.Cached(asked)
	return !q.HasAny(roomWords) && (q.HasAny(propertyWords) || q.HasAny(oneProperty) && q.HasAny(whichOne))
}

var (
	// otherCounted are things a count in a message may be of instead of
	// places
	otherCounted = textmatch.NewSet("kids", "children", "hijos", "ninos", "dogs", "cats", "pets", "perros", "windows", "ventanas", "cars", "carros",
		"trucks", "college", "school", "escuela", "bathroom", "bathrooms").Gated()
	// whichOne ask which property or about the others
	whichOne = textmatch.NewSet("which", "only", "just", "other", "others", "more", "cual", "cuales", "unica", "otra", "otras", "otro", "otros").Gated()
)

// bareCountOfPlaces reports a count in m ("tengo cuatro", "and 5 more")
// that counts places though no plural names them: a place word follows
// it ("5 more building in Flushing"), "more" follows a place named
// before ("I'm selling this house and 5 more"), or what follows names no
// other thing ("tengo cuatro, 2 en Corona", "seis multi-families", not
// "tengo tres hijos") where the message or the question asked names
// properties (see propertyContext).
func bareCountOfPlaces(t textmatch.Text, m textmatch.Match, asked string) bool {
	toks := t.Toks
	next := ""
	if m.End < len(toks) {
		next = toks[m.End]
	}
	switch {
	case oneProperty.Has(next):
		return true
	case (toks[m.End-1] == "more" || toks[m.End-1] == "mas") && slices.ContainsFunc(toks[:m.Start], oneProperty.Has):
		return true
	}
	return (next == "" || next == textmatch.Break || placeCountTail.Has(next)) && propertyContext(t, asked)
}

// placeCountTail may follow a count of places: "5 two-families", "9
// altogether", "cuatro en Corona".
var placeCountTail = textmatch.NewSet("two", "multi", "single", "altogether", "between", "entre", "across", "units", "doors", "in", "en",
	// "he owns five more on the same street"
	"on")

// roomWords name the rooms of one place.
var roomWords = textmatch.NewSet("bedrooms", "bedroom", "beds", "baths", "bath", "rooms", "cuartos", "recamaras", "habitaciones", "banos", "floors", "stories", "pisos").Gated()

var (
	// buildingUnits are the units one building holds
	buildingUnits = textmatch.NewSet("apartments", "apartamentos", "apartamentitos", "units", "unidades", "departamentos", "deptos", "condos")
	oneBuilding   = textmatch.NewSet("building", "edificio", "edificito")
)

// oneProperty name a single place: "the house", "which property".
var oneProperty = textmatch.NewSet("house", "home", "property", "propiedad", "casa", "building", "rowhome", "place", "rental", "condo", "duplex", "lot", "terreno", "edificio").Gated()

var businessSites = textmatch.NewSet("locations", "sites", "offices", "stores", "branches", "facilities", "sucursales", "locales", "oficinas")

var (
	marketSold = textmatch.NewSet("sold", "listed", "went", "vendieron", "vendio")
	owning     = textmatch.NewSet("own", "have", "got", "mine", "tengo", "tenemos", "mis", "my")
)

// HighValueScope is [HighValue] with the large-scope cues a high-value
// lead states without an amount built in: several properties ("3
// rentals", "a portfolio"), a whole-home job ("whole house repipe"), a
// multi-system install ("two zone system replacement") and hundreds of
// seats ("hundreds of users", "company-wide", or a bare "roughly 350"
// when [Input.Asked] asked how many seats or users). Where no cue
// matches, a message with no digits goes to the learned tier's topic
// model, which reads a large scope said in words no cue lists ("toda la
// casa honestly, quiero hacer repipe de everything"); the detail then
// names the model's probability and strongest features. The model is
// asked only about a message that names a home, properties, sites,
// rooms, a company or a count spelled in hundreds, and holds no digits:
// a bare count means seats or dollars only against the question before
// it, which the rules read. cues add phrases of your own. The detail
// names the amount or the scope, or the model's probability.
func HighValueScope(min int, cues ...string) Rule {
	amount := HighValue(min, cues...)
	return RuleFunc(func(ctx context.Context, in Input) (Decision, error) {
		d, err := amount.Evaluate(ctx, in)
		if err != nil || d.Handoff {
			return d, err
		}
		t := textmatch.Cached(in.Text)
		if m, ok := largeScope.First(t, func(m textmatch.Match) bool {
			// "plus five more" counts properties only where the message
			// names them ("all rentals"), not "and 3 more questions"
			// ("I got 9 altogether", "there's 6 of them": properties
			// where the message or the question before it names a place
			// to sell, not "got 3 of them" of kids or questions)
			if m.Name == "several properties" && (t.Toks[m.End-1] == "more" || t.Toks[m.End-1] == "mas" || ownVerbs.Has(t.Toks[m.Start]) && m.End-m.Start == 2) && !t.HasAny(propertyWords) &&
				!bareCountOfPlaces(t, m, in.Asked) {
				return false
			}
			if m.Name == "properties counted" && !propertyContext(t, in.Asked) {
				return false
			}
			// "about 45 between both locations": a headcount spread over the
			// sites, which the count does not name
			// (a count next to its noun: "tengo dos dúplex en la Baseline y
			// el lotecito" lists places, it spreads nothing)
			if m.Name == "several properties" && m.End-m.Start > 2 && m.End-m.Start <= 4 && slices.ContainsFunc(t.Toks[m.Start+1:m.End-1], spreadWords.Has) {
				return false
			}
			// "un building de seis apartamentos", "a building of six
			// apartments": the units of one building
			if m.Name == "several properties" && buildingUnits.Has(t.Toks[m.End-1]) && textmatch.Before(t.Toks, m.Start, 4, oneBuilding) {
				return false
			}
			// "they have 40 stores, we're just one": another company's
			if m.Name == "several properties" && textmatch.Before(t.Toks, m.Start, 4, othersHeadcount) {
				return false
			}
			// "just me and 2 others poking at it": people, not properties
			if m.Name == "several properties" && othersWords.Has(t.Toks[m.End-1]) && m.Start > 0 && (t.Toks[m.Start-1] == "me" || t.Toks[m.Start-1] == "us" || t.Toks[m.Start-1] == "yo") {
				return false
			}
			// "I don't want to do the whole house at once", "toda la casa de una
			// vez? no, nomás el baño": refused
			if m.Name == "whole-home job" && (t.Toks[m.End-1] == "once" || t.Toks[m.End-1] == "vez") &&
				(negated(t.Toks, t.IDs, m.Start, 6) || refusedAfter(t.Toks, m.End)) {
				return false
			}
			// "the house was redone top to bottom in 2019", "all the copper
			// was replaced by the previous owner": work done, a feature
			if m.Name == "whole-home job" && doneBefore(t.Toks, m) {
				return false
			}
			// "vender todo junto, la casa y los muebles": one house and its
			// things, unless places are named
			if m.Name == "several properties" && slices.Contains(t.Toks[m.Start:m.End], "todo") && slices.ContainsFunc(t.Toks[m.Start:m.End], togetherWords.Has) && placesNamed(t.Toks) < 2 {
				return false
			}
			return !negated(t.Toks, t.IDs, m.Start, 3) && !othersSold(t.Toks, m) && !fewSites(t.Toks, m)
		}); ok {
			name := m.Name
			if name == "properties counted" {
				name = "several properties"
			}
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: " + name}, nil
		}
		// "cambiar el aire central, la calefacción y poner mini splits": two
		// systems named in one job, across the commas of a list
		if multiSystem(t) {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: multi-system install"}, nil
		}
		// "roughly 400 seats", "250 users": a count in the hundreds
		for i := 0; i+1 < len(t.Toks); i++ {
			// (the size of a company is no seat count: "about 120 people,
			// maybe 30 would use it"; people count in the hundreds from 200)
			// ("450 agent seats": one word may name whose seats they are)
			unit := t.Toks[i+1]
			if !seatWords.Has(unit) && i+2 < len(t.Toks) && seatWords.Has(t.Toks[i+2]) {
				unit = t.Toks[i+2]
			}
			// "600 y pico de empleados", "300 and some users": an
			// approximate count before its unit
			for j := i + 1; !seatWords.Has(unit) && j < len(t.Toks) && j <= i+4 && approxCountFill.Has(t.Toks[j]); j++ {
				if j+1 < len(t.Toks) {
					unit = t.Toks[j+1]
				}
			}
			if n, err := strconv.Atoi(strings.TrimSuffix(strings.ReplaceAll(t.Toks[i], ",", ""), "ish")); err == nil && n >= 100 && n < 1000000 && seatWords.Has(unit) && !negated(t.Toks, t.IDs, i, 3) &&
				(n >= 200 || !headcountWords.Has(unit)) && !onAList(t.Toks, i+2) &&
				// "a subsidiary of a much bigger group (they're like 4,000
				// people)": another company's headcount
				!textmatch.Before(t.Toks, i, 4, othersHeadcount) {
				return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: hundreds of seats"}, nil
			}
		}
		// "37 locations between Texas and Oklahoma", "18 box trucks": many
		// sites or a fleet of the lead's
		if scope, ok := manySites(t); ok {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: " + scope}, nil
		}
		// "roughly 350 to start" after "how many seats would you need?":
		// the question names what the bare number counts
		q, ok := askedQuestion(in.Asked)
		if !ok {
			return learnedScope(in.Text, t), nil
		}
		if scope, ok := sitesAnswered(q, t); ok {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: " + scope}, nil
		}
		if n, ok := seatsAnswered(q, t); ok {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: hundreds of seats (" + strconv.Itoa(n) + ")"}, nil
		}
		if scope, ok := scopeChosen(q, t); ok {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value: " + scope}, nil
		}
		if a, ok := millionsAnswered(q, t); ok && min > 0 && a >= float64(min) {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: fmt.Sprintf("high value: $%.0f >= $%d", a, min)}, nil
		}
		if a, ok := thousandsAnswered(q, t); ok && min > 0 && a >= min {
			return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: fmt.Sprintf("high value: $%d >= $%d", a, min)}, nil
		}
		return learnedScope(in.Text, t), nil
	})
}

// learnedScope asks the learned tier's topic model for a large scope in
// text (normalised t) when it holds no digits (a count or an amount is
// the rules' to read against the question before it) and names what a
// large deal is made of.
func learnedScope(text string, t textmatch.Text) Decision {
	if slices.ContainsFunc(t.Toks, hasDigit) {
		return Decision{}
	}
	// a deal names what is large: a home, properties, sites, rooms or a
	// company ("we want the whole house redone"), not the whole of a
	// small thing ("the whole fence", "toda la cerca")
	if !t.HasAny(oneProperty) && !t.HasAny(propertyWords) && !t.HasAny(businessSites) && !t.HasAny(dealPlaces) {
		return Decision{}
	}
	why, ok := learnedTopic(text, learned.HighValueTopic)
	if !ok {
		return Decision{}
	}
	return Decision{Handoff: true, Reason: ReasonHighValue, Rule: "high_value", Detail: "high value (" + why + ")"}
}

// dealPlaces are what a large deal names besides homes, properties and
// sites: rooms of a home, floors, systems, a company or its people, or a
// count spelled in hundreds ("three hundred forty cleaners", "rondará
// las mil doscientas personas").
var dealPlaces = textmatch.NewSet("bathroom", "bathrooms", "kitchen", "floors", "rooms", "bedrooms", "banos", "bano", "cocina", "pisos", "cuartos",
	"systems", "sistemas", "store", "tienda", "company", "empresa", "compania", "corporate", "district", "parishes", "everyone", "everybody",
	"staff", "plantilla", "empleados", "todos", "hundred", "hundreds", "thousand", "thousands", "cientos", "mil", "doscientos", "doscientas",
	"trescientos", "trescientas", "cuatrocientos", "cuatrocientas", "quinientos", "quinientas", "seiscientos", "seiscientas",
	"setecientos", "setecientas", "ochocientos", "ochocientas", "novecientos", "novecientas")

// askedQuestion is the business's last message, normalised, when it asks
// something; a reply read against a statement means no more than alone.
func askedQuestion(asked string) (textmatch.Text, bool) {
	if asked == "" {
		return textmatch.Text{}, false
	}
	q := textmatch.Cached(asked)
	return q, q.Quests > 0
}

// howManyOf returns the noun of nouns that q asks how many of, within
// window words after "how many" or "cuántos" in the same clause: "how
// many seats", "how many of your agents", "¿cuántas casas?" (not
// "¿cuántos baños tiene la casa?" for houses).
func howManyOf(q textmatch.Text, nouns textmatch.Set, window int) string {
	for i, w := range q.Toks {
		if !(w == "many" && i > 0 && q.Toks[i-1] == "how" || w == "cuantos" || w == "cuantas") {
			continue
		}
		for k := i + 1; k < len(q.Toks) && k <= i+window && q.Toks[k] != textmatch.Break; k++ {
			if nouns.Has(q.Toks[k]) {
				return q.Toks[k]
			}
		}
	}
	return ""
}

// seatsAnswered reads the first number of a short answer t as a count of
// seats when q asks how many seats, users or people would use the
// product; it reports the count when it is in the hundreds (200 or more
// for a headcount).
func seatsAnswered(q, t textmatch.Text) (int, bool) {
	if t.WordCount() > 24 {
		return 0, false
	}
	unit := howManyOf(q, askedSeatWords, 4)
	if unit == "" {
		return 0, false
	}
	for i, w := range t.Toks {
		if w == textmatch.Break {
			continue // "all of them eventually, so ~600 across the sites"
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.ReplaceAll(w, ",", ""), "ish"))
		if err != nil {
			continue
		}
		// a bound or another thing counted: "under 100 for sure, maybe
		// 60", "less than 100", "100 bucks a month", "100 megas cada
		// uno" (stop 72)
		if textmatch.Before(t.Toks, i, 2, seatBounds) || i+1 < len(t.Toks) && notSeats.Has(t.Toks[i+1]) {
			continue
		}
		// a year is no count: "since 2019"
		if n >= 1900 && n <= 2100 && !strings.Contains(w, ",") || negated(t.Toks, t.IDs, i, 3) {
			return 0, false
		}
		least := 100
		if headcountWords.Has(unit) {
			least = 200
		}
		return n, n >= least && n < 1000000
	}
	return 0, false
}

// siteWords and fleetWords count what a large account has many of:
// five or more sites, ten or more vehicles.
var (
	siteWords = textmatch.NewSet("locations", "sites", "stores", "restaurants", "branches", "clinics", "offices", "facilities", "warehouses",
		"properties", "buildings", "sucursales", "locales", "tiendas", "restaurantes", "ubicaciones", "clinicas", "oficinas", "propiedades", "edificios")
	// the member sites of a district or a system: "312 churches across
	// both Carolinas"; a family meets a few of them ("visited 12
	// churches"), so they count from orgSitesMin
	orgSites   = textmatch.NewSet("churches", "parishes", "congregations", "schools", "campuses", "hospitals", "iglesias", "escuelas", "parroquias")
	fleetWords = textmatch.NewSet("trucks", "vans", "vehicles", "buses", "rigs", "tractors", "cars", "pickups", "camiones", "camionetas", "vehiculos", "unidades")
)

// countOf reads toks[i] as a count of sites or vehicles: the number and
// the scope it reaches ("37 locations", "18 box trucks"), or false.
func countOf(toks []string, i int, unitAt func(int) string) (string, bool) {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.ReplaceAll(toks[i], ",", ""), "ish"))
	if err != nil || n >= 1900 && n <= 2100 || n >= 100000 || negated(toks, nil, i, 3) {
		return "", false
	}
	switch u := unitAt(i); {
	case siteWords.Has(u) && n >= 5:
		return "many sites", true
	case fleetWords.Has(u) && n >= fleetSize:
		return "a fleet", true
	case orgSites.Has(u) && n >= orgSitesMin:
		return "many sites", true
	}
	return "", false
}

// orgSitesMin is the count of churches, schools or hospitals that makes a
// district or a system.
const orgSitesMin = 50

// fleetSize is the number of vehicles, all kinds counted together ("18
// box trucks, 4 pickups"), that makes a fleet a large account: the
// development writers put 14 and 15 trucks under the line and 23
// vehicles over it.
const fleetSize = 20

// vehicleCount sums the vehicles a message counts: "18 box trucks, 4
// pickups and the owner's suburban" is 22.
func vehicleCount(toks []string) int {
	total := 0
	for i := 0; i+1 < len(toks); i++ {
		n, err := strconv.Atoi(toks[i])
		if err != nil || n >= 1000 || negated(toks, nil, i, 3) {
			continue
		}
		if fleetWords.Has(toks[i+1]) || i+2 < len(toks) && fleetWords.Has(toks[i+2]) {
			total += n
		}
	}
	return total
}

// manySites reports a count of five or more sites or ten or more
// vehicles stated with its unit, one word between at most ("18 box
// trucks"), not someone else's ("they have 40 stores").
func manySites(t textmatch.Text) (string, bool) {
	for i := 0; i+1 < len(t.Toks); i++ {
		unit := func(i int) string {
			if u := t.Toks[i+1]; siteWords.Has(u) || fleetWords.Has(u) || orgSites.Has(u) || i+2 >= len(t.Toks) {
				return u
			}
			return t.Toks[i+2]
		}
		if scope, ok := countOf(t.Toks, i, unit); ok && !textmatch.Before(t.Toks, i, 4, othersHeadcount) {
			return scope, true
		}
	}
	if vehicleCount(t.Toks) >= fleetSize && !t.HasAny(othersHeadcount) {
		return "a fleet", true
	}
	// "the Powder Springs house, the duplex on Roswell St, the two little
	// brick ranches in Smyrna and the empty lot": places listed one by
	// one, four or more in all
	if placesListed(t) >= 4 && !t.HasAny(othersHeadcount) {
		return "several properties", true
	}
	// "around 900 hourly folks on rotating shifts": a headcount in the
	// hundreds
	if n, ok := hundredsOfPeople(t.Toks); ok {
		return "hundreds of seats (" + strconv.Itoa(n) + ")", true
	}
	return "", false
}

// placesListed counts the places a message lists ("the nail salon
// building, the strip center, my restaurant and two rental houses": 5);
// a count before a place counts that many, up to nine.
func placesListed(t textmatch.Text) int {
	n, mentions := 0, 0
	for i, w := range t.Toks {
		if !listedPlaces.Has(w) {
			continue
		}
		// "the duplex" once, "brick ranches" (one mention of two words)
		if i > 0 && listedPlaces.Has(t.Toks[i-1]) {
			continue
		}
		c := 1
		for k := i - 1; k >= 0 && k >= i-3 && t.Toks[k] != textmatch.Break; k-- {
			if v, ok := countWord(t.Toks[k]); ok && v >= 2 && v <= 9 {
				c = v
				break
			}
		}
		n += c
		mentions++
	}
	if mentions < 3 {
		return 0
	}
	return n
}

// listedPlaces are the places a lead lists one by one
var listedPlaces = textmatch.NewSet("house", "houses", "duplex", "duplexes", "ranch", "ranches", "lot", "lots", "building", "buildings",
	"center", "plant", "plants", "warehouse", "warehouses", "restaurant", "restaurants", "store", "stores", "salon", "rooms", "condo",
	"condos", "cabin", "cabins", "fourplex", "triplex", "rental", "rentals", "office", "offices", "shop", "shops",
	"casa", "casas", "lote", "lotes", "edificio", "edificios", "local", "locales", "bodega", "bodegas", "planta", "plantas")

// hundredsOfPeople reads "900 hourly folks", "about 350 employees": a
// headcount of 200 or more, the people named within two words after.
func hundredsOfPeople(toks []string) (int, bool) {
	for i, w := range toks {
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil || n < 200 || n >= 1000000 || n >= 1900 && n <= 2100 && !strings.Contains(w, ",") {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k] != textmatch.Break; k++ {
			if peopleWords.Has(toks[k]) {
				return n, true
			}
		}
	}
	return 0, false
}

// ("500 people on the list" are a newsletter's readers: "people" is left
// out)
var peopleWords = textmatch.NewSet("employees", "workers", "folks", "staff", "associates", "users", "seats", "empleados", "trabajadores")

// sitesAnswered reads the first number of a short answer t as a count of
// what q asks how many of: "22. plus the commissary kitchen" to "how many
// locations would we be covering?".
func sitesAnswered(q, t textmatch.Text) (string, bool) {
	if t.WordCount() > 12 {
		return "", false
	}
	unit := howManyOf(q, siteWords, 4)
	if unit == "" {
		unit = howManyOf(q, fleetWords, 4)
	}
	if unit == "" {
		return "", false
	}
	for i, w := range t.Toks {
		if w == textmatch.Break {
			continue
		}
		if _, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err != nil {
			continue
		}
		return countOf(t.Toks, i, func(int) string { return unit })
	}
	return "", false
}

// scopeChosen reads a short answer that takes the large scope the
// question offered: "full. im done patching" to "patching the worst
// sections, or a full repipe?", "todo eso" or "both" to a question that
// lists several systems, "eleven total" to "is it just the one house, or
// are there others?".
func scopeChosen(q, t textmatch.Text) (string, bool) {
	if t.WordCount() == 0 || t.WordCount() > 12 {
		return "", false
	}
	words := t.Words()
	if textmatch.Negators.Has(words[0]) {
		return "", false
	}
	// the option named first in the answer: "full", "the whole thing"
	if m, ok := largeScope.First(q, nil); ok && slices.Contains(q.Toks[m.Start:m.End], words[0]) && !slices.Contains(q.Toks[m.Start:m.End], "or") {
		return m.Name, true
	}
	// "both then" to "just the AC, or the furnace too?": two systems
	// offered, both taken
	if allOfIt(words) && (multiSystem(q) || systemKinds(q) >= 2) {
		return "multi-system install", true
	}
	// a count of properties: "eleven total", "like 6"
	if otherProperties(q) {
		if n, ok := countWord(words[0]); ok && n >= 3 {
			return "several properties", true
		}
	}
	return "", false
}

// allOfIt reports an answer that takes everything offered: "todo eso",
// "all of it", "everything", "both", "las dos cosas".
func allOfIt(words []string) bool {
	switch words[0] {
	case "todo", "todos", "everything", "both", "ambos", "ambas":
		return true
	case "all", "the":
		return len(words) > 1 && (words[1] == "of" || words[1] == "whole" || words[1] == "works" || words[1] == "above")
	}
	return false
}

// otherProperties reports a question about more properties than one:
// "is it just the one house, or are there others?", "how many rentals
// do you own?", "¿tiene otras propiedades?".
func otherProperties(q textmatch.Text) bool {
	if howManyOf(q, propertyNouns, 2) != "" {
		return true
	}
	others := slices.ContainsFunc(q.Toks, func(w string) bool { return w == "others" || w == "otras" || w == "otros" })
	return others && slices.ContainsFunc(q.Toks, propertyNouns.Has)
}

var propertyNouns = textmatch.NewSet("house", "houses", "home", "homes", "property", "properties", "rental", "rentals", "units", "doors",
	"buildings", "casa", "casas", "propiedad", "propiedades", "departamentos", "unidades")

// countWord reads a count: "11", "eleven", "seis", "a dozen" (see
// [textmatch.NumberWord]).
func countWord(w string) (int, bool) {
	if n, err := strconv.Atoi(w); err == nil {
		return n, true
	}
	if w == "dozen" || w == "docena" {
		return 12, true
	}
	return textmatch.NumberWord(w)
}

// millionsAnswered reads a bare decimal as millions when the question
// asks what a home is worth or costs: "probably 1.4, maybe 1.5" to "what
// would you estimate the home's replacement value at?".
func millionsAnswered(q, t textmatch.Text) (float64, bool) {
	if t.WordCount() > 10 || !valueWords.HasAnyID(q.IDs) {
		return 0, false
	}
	for i, w := range t.Toks {
		if w == textmatch.Break {
			continue
		}
		// "3.5 bedrooms ideally": a count with its unit
		if i+1 < len(t.Toks) && notMillions.Has(t.Toks[i+1]) {
			continue
		}
		w = strings.TrimSuffix(w, "ish") // "1.2ish"
		dot := strings.IndexByte(w, '.')
		if dot != 1 || len(w) < 3 || len(w) > 4 {
			continue
		}
		v, err := strconv.ParseFloat(w, 64)
		if err != nil || v < 1 || v >= 10 {
			continue
		}
		return v * 1e6, true
	}
	return 0, false
}

// notMillions are units after a decimal that is no amount: "3.5 baths".
var notMillions = textmatch.NewSet("bedrooms", "bedroom", "beds", "bed", "bd", "br", "baths", "bath", "bathrooms", "ba", "acres", "acre",
	"years", "yrs", "year", "percent", "stars", "miles", "hours", "hrs", "kids", "cars", "habitaciones", "banos", "cuartos", "anos")

var valueWords = textmatch.NewSet("worth", "value", "valued", "price", "vale", "valor", "precio", "cost", "rebuild", "replacement", "appraised", "appraise",
	// "what range are you shopping in?", "how much are you hoping to
	// borrow?"
	"range", "budget", "afford", "borrow", "loan", "rango", "presupuesto", "prestamo")

// thousandsAnswered reads a bare number in the hundreds as thousands of
// dollars when the question asks a home's or a loan's price: "875,
// hoping to put 20% down" to "what's the purchase price?", "probably
// seven fifty" to "do you have a price range in mind?". A question about
// a monthly amount or rent is left alone ("1500" a month is no $1.5M).
func thousandsAnswered(q, t textmatch.Text) (int, bool) {
	// (the price of a home or a loan: "price range for the new water
	// heater?" answered "like 900" is dollars)
	// "They're asking 875 and we'll probably end up right around there"
	// to "what price range?": a listing's price, which may take a longer
	// answer
	listed := priceWords.HasAnyID(q.IDs) && t.HasAny(listingPrice)
	limit := 12
	if listed {
		limit = 16
	}
	if t.WordCount() > limit || monthlyWords.HasAnyID(q.IDs) || !loanWords.HasAnyID(q.IDs) && !listed {
		return 0, false
	}
	toks := t.Toks
	for i, w := range toks {
		if w == textmatch.Break {
			continue
		}
		n, ok := hundreds(toks, i)
		if !ok {
			if textmatch.AllDigits(w) {
				return 0, false // the first number is some other count
			}
			continue
		}
		// "20% down", "750 a month": a share or a rate
		if i+1 < len(toks) && (toks[i+1] == "a" || toks[i+1] == "per" || toks[i+1] == "month" || toks[i+1] == "mo") {
			return 0, false
		}
		return n * 1000, true
	}
	return 0, false
}

// hundreds reads a count of thousands at toks[i]: "875", "875k" is
// left to the amount reader, "7 fifty" or "seven fifty" is 750.
func hundreds(toks []string, i int) (int, bool) {
	w := strings.TrimSuffix(toks[i], "ish")
	if textmatch.AllDigits(w) && len(w) == 3 {
		n, _ := strconv.Atoi(w)
		return n, n >= 100
	}
	d, ok := textmatch.NumberWord(w)
	if textmatch.AllDigits(w) && len(w) == 1 {
		d, ok = int(w[0]-'0'), true
	}
	if !ok || d < 1 || d > 9 || i+1 >= len(toks) {
		return 0, false
	}
	if t, ok := textmatch.NumberWord(toks[i+1]); ok && t >= 20 && t < 100 && t%10 == 0 {
		return d*100 + t, true
	}
	return 0, false
}

var (
	loanWords = textmatch.NewSet("loan", "borrow", "borrowing", "purchase", "prestamo", "financiar", "finance", "financing", "mortgage",
		"hipoteca", "house", "home", "homes", "property", "condo", "townhouse", "casa", "propiedad",
		// "roughly where are the listings you've been saving?"
		"listings", "listing", "houses", "casas",
		// "a ballpark on the total build cost?": a house being built
		"build", "construction", "construir", "construccion")
	priceWords   = textmatch.NewSet("price", "prices", "precio", "precios", "range", "budget", "presupuesto")
	listingPrice = textmatch.NewSet("asking", "listed", "list", "piden", "listada").Gated()
	monthlyWords = textmatch.NewSet("month", "monthly", "payment", "payments", "premium", "rent", "mes", "mensual", "mensualidad", "cuota", "renta", "alquiler")
)

// multiSystem reports three distinct heating, cooling, water or duct
// systems named anywhere, or two or more as the objects of a verb of
// installing or replacing: the
// first within four tokens of the verb ("cambiar el aire central, la
// calefacción y poner mini splits", "replace the furnace and the AC"),
// the rest within twelve ("install a smart thermostat? the furnace and
// AC are new" has no system right after its verb).
func multiSystem(t textmatch.Text) bool {
	toks := t.Toks
	// three kinds named at all are one big job, verb or not: "all of it
	// at once. furnace, both ACs, and new ductwork"
	kinds := systemKinds(t)
	if kinds >= 3 {
		return true
	}
	// the house's shell counts with a word of doing it all at once: "roof
	// nuevo, panels, and a new AC unit. can you guys do all three?" (not
	// a seller's list of what is old: "roof is 20, AC is shot, single pane
	// windows")
	if kinds >= 1 {
		shell := map[string]bool{}
		for _, w := range toks {
			if k := shellKind[w]; k != "" {
				shell[k] = true
			}
		}
		if kinds+len(shell) >= 3 && len(shell) >= 1 {
			if _, ok := allAtOnce.First(t, nil); ok {
				return true
			}
		}
	}
	for i, w := range toks {
		if !installVerbs.Has(w) || negated(toks, t.IDs, i, 3) {
			continue
		}
		seen := map[string]bool{}
		first := false
		for k := i + 1; k < len(toks) && k <= i+12; k++ {
			if sys := systemKind[toks[k]]; sys != "" {
				if k <= i+4 {
					first = true
				}
				seen[sys] = true
			}
		}
		if first && len(seen) >= 2 {
			return true
		}
	}
	return false
}

// shellKind are the big jobs on a house's shell, by kind
var shellKind = map[string]string{"roof": "roof", "reroof": "roof", "techo": "roof", "solar": "solar", "panels": "solar",
	"paneles": "solar", "windows": "windows", "ventanas": "windows", "siding": "siding"}

// allAtOnce asks for several jobs done as one
var allAtOnce = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "at once", Pattern: "all three|3|of it|together / los|las tres / at once / same time / mismo tiempo / de una vez / todo junto / hacer todo / do it all / do everything / bundle|package"},
	{Name: "at once", Pattern: "can|could you|yall guys? do|quote|handle all|both|everything"},
})

// systemKinds counts the kinds of heating and cooling systems t names.
func systemKinds(t textmatch.Text) int {
	kinds := map[string]bool{}
	for i, w := range t.Toks {
		if k := systemKind[w]; k != "" {
			kinds[k] = true
		}
		// "heat pump" in two words
		if w == "pump" && i > 0 && t.Toks[i-1] == "heat" {
			kinds["heat"] = true
		}
	}
	return len(kinds)
}

var (
	installVerbs = textmatch.NewSet("replace", "replacing", "install", "installing", "cambiar", "poner", "instalar", "reemplazar", "swap", "upgrade")
	systemKind   = map[string]string{"furnace": "heat", "boiler": "heat", "calefaccion": "heat", "caldera": "heat", "heatpump": "heat",
		"ac": "cool", "acs": "cool", "aire": "cool", "condenser": "cool", "minisplit": "split", "minisplits": "split", "splits": "split",
		"heater": "water", "calentador": "water", "ductwork": "ducts", "ducts": "ducts", "ductos": "ducts", "units": "cool", "unidades": "cool",
	}
)

// approxCountFill may come between a count and its unit: "600 y pico de
// empleados", "300 and some users", "250 or so seats".
var approxCountFill = textmatch.NewSet("y", "pico", "tantos", "algo", "de", "and", "some", "odd", "or", "so", "plus",
	// "all 600 of our agents", "los 300 de nuestros técnicos"
	"of", "our", "nuestros", "nuestras")

var headcountWords = textmatch.NewSet("people", "employees", "staff", "personas", "empleados", "trabajadores")

// onAList reports people on a list from toks[i] on ("500 people on the
// mailing list"): subscribers, not seats.
func onAList(toks []string, i int) bool {
	for k := i; k < len(toks) && k <= i+4 && toks[k] != textmatch.Break; k++ {
		if listWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

var listWords = textmatch.NewSet("list", "newsletter", "mailing", "subscribers", "lista")

var seatWords = textmatch.NewSet("seats", "headsets", "workstations", "users", "licenses", "licences", "employees", "agents", "reps", "staff", "people", "techs", "drivers",
	"associates", "learners", "workers", "members", "students", "nurses", "doctors", "clinicians", "teachers", "schedulers",
	"usuarios", "licencias", "empleados", "agentes", "personas", "trabajadores", "vendedores", "tecnicos", "choferes",
	"enfermeras", "estudiantes", "asientos",
	// the staff of a care or field business: "350 caregivers"
	"caregivers", "aides", "therapists", "providers", "dispatchers", "cleaners", "guards", "cuidadoras", "cuidadores", "terapeutas",
	// what an IT product is counted in: "we're moving 900 mailboxes"
	// (blind74, stop 72)
	"mailboxes", "inboxes", "endpoints", "buzones")

// askedSeatWords are seatWords and the things a count asked for may name
// that a lead counts for other reasons unasked ("we repair about 200
// devices a week"): "how many devices would you enroll?" "about 300".
var askedSeatWords = textmatch.Union([]textmatch.Set{seatWords}, "devices", "laptops", "dispositivos")

var (
	seatBounds = textmatch.NewSet("under", "less", "below", "fewer", "max", "menos", "bajo")
	notSeats   = textmatch.NewSet("bucks", "dollars", "dolares", "pesos", "megas", "gb", "mb", "tb", "gigs", "per", "a", "al", "por", "cada", "each", "mo", "month", "mes")
)

func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// currentProvider returns the provider a lead names as the one they are
// with now, capitalised as a name is: "sí, con State Farm, pero me
// subieron", "we're insured with Geico", "my loan is with Rocket". The
// name's capitals are what tell it from "with my wife"; a common word
// capitalised at a sentence start is no name.
func currentProvider(raw string) string {
	// "ahora usamos Deputy y queremos comparar": a tool named as the one
	// used now, with a comparison in the same message
	// "we've had Gong for 2 years and half the reps never open it": one
	// used now, with a complaint about it or how long they have had it
	if m := usingRe.FindStringSubmatchIndex(raw); m != nil && !notProvider[strings.ToLower(raw[m[2]:m[3]])] &&
		(compareRe.MatchString(raw) || complaintRe.MatchString(raw[m[3]:])) {
		return "current provider"
	}
	if !strings.Contains(raw, "with ") && !strings.Contains(raw, "con ") {
		return ""
	}
	m := providerRe.FindStringSubmatch(raw)
	if m == nil || notProvider[strings.ToLower(m[1])] {
		return ""
	}
	// "original loan was with Countrywide way back, paid it off in 2019":
	// a past provider; "con State Farm, ya aprobaron el reclamo": the
	// insurer paying the lead's claim
	if pastProviderRe.MatchString(raw) || claimWords.HasAnyID(textmatch.Cached(raw).IDs) {
		return ""
	}
	return "current provider"
}

var (
	providerRe     = regexp.MustCompile(`(?i:^\s*(?:s[ií]|yes|yeah|yep|yup)(?:[,.!]\s*|\s+)|\b(?:we(?:'re| are)|estamos|currently|actualmente|ahorita)\s|\b(?:insured|covered|asegurad[oa]s?|seguro|p[oó]liza|policy|insurance|coverage|carrier|loan|mortgage|lender|pr[eé]stamo|hipoteca)\b[^.?!]{0,20}?\s)(?:with|con)\s+(?:(?i:la|el|los)\s+)?([A-Z][A-Za-z&'-]+)`)
	pastProviderRe = regexp.MustCompile(`(?i)\b(?:was|were|used to be|had been)\s+(?:\w+\s+)?(?:with|con)\s|\bpaid (?:it |that |the \w+ )?off\b|\b(?:estaba|estuvimos|estuve|era|eran|fue)\s+con\s`)
	usingRe        = regexp.MustCompile(`(?i:\b(?:usamos|uso|utilizamos|tenemos|tengo|we use|we're using|we are using|currently using|currently on|we're on|we've had|we have had|we've been (?:on|using)|been (?:on|using)|(?:poking|looking) at|trialing|testing|demoing|evaluating|checking out)\s+)([A-Z][A-Za-z&'-]+)`)
	// a complaint about the tool used now, or how long they have had it
	complaintRe = regexp.MustCompile(`(?i)\b(?:no (?:nos|me) (?:gusta|encanta|convence|sirve)|(?:me|nos) subieron|subi[oó] (?:el|la|mucho)|went up|raised (?:my|our|the)|(?:are|is|if) (?:you|yours|you're|youre) (?:\w+ )?(?:cheaper|better)|not (?:happy|great|working|worth)|nobody (?:\w+ ){0,4}(?:likes|uses|opens)|never (?:open|use|log)|barely (?:use|open)|hate|sucks|clunky|overpriced|too (?:expensive|pricey|basic|slow|much)|keeps? (?:going down|crashing|breaking|failing|freezing)|goes down|(?:muy|bien|super|demasiado) (?:caro|b[aá]sico|lento|complicado)|(?:for|desde hace|hace) (?:\d+|a|two|three|dos|tres) (?:years?|yrs?|a[nñ]os)|for (?:a while|years))`)
	compareRe   = regexp.MustCompile(`(?i)\b(?:compar\w*|shopping around|switch\w*|cambiar\w*|alternatives?|alternativas?|renew\w*|renovar|me conviene|pasar(?:me|nos)? (?:todo )?con ustedes)\b`)
	// capitalised words that are no provider's name
	notProvider = map[string]bool{"my": true, "mi": true, "the": true, "a": true, "you": true, "your": true, "ustedes": true,
		"usted": true, "him": true, "her": true, "them": true, "us": true, "me": true, "mom": true, "dad": true, "mama": true,
		"papa": true, "mamá": true, "papá": true, "i": true, "we": true, "it": true, "this": true, "that": true, "esta": true,
		"este": true, "one": true, "una": true, "un": true, "otra": true, "another": true, "ok": true, "no": true,
		// tools everyone has, no competitor: "usamos Excel"
		"excel": true, "google": true, "gmail": true, "whatsapp": true, "word": true, "outlook": true, "paper": true, "papel": true,
		"sheets": true, "email": true, "text": true, "texts": true, "spreadsheets": true,
		// days and months: "looking at Monday"
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
		"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
		"september": true, "october": true, "november": true, "december": true, "options": true, "houses": true, "homes": true}
)

// refusedAfter reports "no", "nomás", "just", "only" within four tokens
// from i, across a question mark: "toda la casa de una vez? no, nomás el
// baño".
func refusedAfter(toks []string, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		// ("no solo la cocina", "not just the kitchen": more, not less)
		if (toks[k] == "no" || toks[k] == "not") && k+1 < len(toks) && onlyPart.Has(toks[k+1]) {
			return false
		}
		if onlyPart.Has(toks[k]) {
			return true
		}
	}
	return false
}

// onlyPart says a job was narrowed: "no, nomás el baño", "just the
// kitchen"
var (
	onlyPart = textmatch.NewSet("no", "nomas", "just", "only", "solo")
)

// togetherWords close "sell todo junto".
var togetherWords = textmatch.NewSet("junto", "juntos", "juntas")

// doneBefore reports work already done: a past "was/were" before the
// match, a year in its clause, or a previous owner.
func doneBefore(toks []string, m textmatch.Match) bool {
	if textmatch.Before(toks, m.Start, 4, wasWere) || textmatch.After(toks, m.Start, 6, wasWere) && slices.Contains(toks[m.Start:min(len(toks), m.End+1)], "redone") {
		return true
	}
	cs, ce := textmatch.ClauseStart(toks, m.Start), textmatch.ClauseEnd(toks, m.Start)
	for k := cs; k < ce; k++ {
		if len(toks[k]) == 4 && textmatch.AllDigits(toks[k]) && (toks[k][0] == '1' || toks[k][0] == '2') {
			return true
		}
		if (toks[k] == "previous" || toks[k] == "prior" || toks[k] == "last") && k+1 < ce && toks[k+1] == "owner" {
			return true
		}
	}
	return false
}

// placesNamed counts the words of places in toks: "el edificio de
// Riverside, el de Perris y mi casa en Hemet".
func placesNamed(toks []string) int {
	n := 0
	for _, w := range toks {
		if placeNouns.Has(w) {
			n++
		}
	}
	return n
}

var placeNouns = textmatch.NewSet("casa", "casas", "casita", "casitas", "edificio", "edificios", "duplex", "lote", "lotes", "terreno", "terrenos",
	"house", "houses", "building", "buildings", "lot", "lots", "rental", "rentals", "property", "properties", "propiedad", "propiedades", "local", "locales")

// wasWere say work was done before: "the house was redone in 2019"
var wasWere = textmatch.NewSet("was", "were", "fue", "fueron")
