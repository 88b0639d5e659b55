package dnc

import "github.com/handoffkit/handoffkit/internal/textmatch"

var dncClasses = map[string]textmatch.Set{
	// verbs of stopping
	"stopv": textmatch.NewSet("stop", "quit", "cease", "discontinue", "halt", "end"),
	// gerunds of contacting (after a stop verb)
	"contacting": textmatch.NewSet("texting", "messaging", "contacting", "calling", "emailing", "reaching", "bugging",
		"bothering", "sending", "spamming", "harassing", "hassling", "pestering", "pinging", "writing", "hitting",
		"blowing", "following", "soliciting", "marketing"),
	// nouns of contact
	"contactn": textmatch.NewSet("texts", "text", "messages", "message", "contact", "contacting", "communication", "communications",
		"calls", "emails", "offers", "outreach", "spam", "solicitations", "sms", "notifications", "alerts", "marketing",
		"reminders", "followups", "follow", "promotions", "promos", "ads", "mail", "mailers", "newsletter", "newsletters"),
	// contact verbs in the base form (after a negation)
	"contactv": textmatch.NewSet("text", "message", "contact", "email", "reach", "bug", "bother", "send", "spam", "harass",
		"ping", "hassle", "pester", "write", "sms", "solicit", "hit"),
	"callv": textmatch.NewSet("call", "ring", "phone", "dial"),
	"me":    textmatch.NewSet("me", "us", "number", "phone", "her", "him", "them", "cell", "anymore", "again", "ever", "further"),
	"neg":   textmatch.NewSet("dont", "never", "do", "stop", "quit"),
	"adv": textmatch.NewSet("ever", "even", "please", "again", "really", "evr", "anymore", "further", "kindly",
		"you", "not", "all"),
	"removev": textmatch.NewSet("remove", "delete", "erase", "scrub", "drop", "lose", "purge", "unlist", "rm"),
	"myn":     textmatch.NewSet("me", "us", "number", "phone", "cell", "contact", "info", "information", "details", "name", "address", "email"),
	"det":     textmatch.NewSet("my", "this", "our", "the", "that", "his", "her", "these", "all"),
	"more":    textmatch.NewSet("more", "further", "additional", "other"),
	"wrongn": textmatch.NewSet("number", "person", "guy", "lady", "girl", "man", "woman", "people", "persona", "phone",
		"household", "owner", "homeowner", "dude", "contact", "individual", "family"),
	"gone": textmatch.NewSet("alone", "be"),
	"off":  textmatch.NewSet("off", "out"),
	"list": textmatch.NewSet("list", "lists", "system", "systems", "records", "record", "database", "contacts", "outreach",
		"mailing", "files", "file", "rolodex", "crm", "registry"),
	"subs":    textmatch.NewSet("subscription", "subscriptions", "newsletter", "newsletters", "membership", "mailing"),
	"cancelv": textmatch.NewSet("cancel", "canceling", "cancelling", "cancelled", "canceled", "end", "ending", "terminate"),
	"passive": textmatch.NewSet("contacted", "texted", "messaged", "called", "emailed", "bothered", "removed", "reached", "solicited", "spammed"),
}

// optOutPhrases are the natural-language revocation patterns. Names are
// recorded in the audit trail as "phrase:<name>".
var optOutPhrases = textmatch.MustCompile(dncClasses, []textmatch.Rule{
	{Name: "stop contacting", Pattern: "@stopv ~3 @contacting"},
	{Name: "stop contacting", Pattern: "cease and desist"},
	{Name: "stop contact", Pattern: "@stopv ~2 @contactn"},
	{Name: "stop", Pattern: "@stopv"}, // bare imperative; checked in acceptPhrase
	{Name: "stop", Pattern: "remove|unsubscribe|delete"},
	{Name: "dont contact me", Pattern: "dont|never @adv? @adv? @contactv @adv? @me"},
	{Name: "dont contact me", Pattern: "do not @adv? @contactv @adv? @me"},
	{Name: "dont contact me", Pattern: "dont|never|do not @adv? @contactv this|my|that number|phone|cell"},
	{Name: "dont send", Pattern: "dont|never @adv? send ~2 @more @contactn"},
	{Name: "dont call again", Pattern: "dont|never @adv? @callv ~3 again|anymore|ever"},
	{Name: "no more messages", Pattern: "no|zero @more @contactn / zero @contactn"},
	{Name: "done with messages", Pattern: "done with ~2 these|your|the|ur|all @contactn"},
	{Name: "number gone", Pattern: "my|this number ~1 gone|deleted|removed|erased"},
	{Name: "no more", Pattern: "no more"}, // only as a whole clause; checked in acceptPhrase
	{Name: "any more messages", Pattern: "any|anymore @more? @contactn / any more of these|those|them|your|this"},
	{Name: "no consent", Pattern: "never|didnt|did gave|give|signed ~3 permission|consent / no permission|consent"},
	{Name: "enough", Pattern: "enough ~2 @contactn"},
	{Name: "if you stopped", Pattern: "if you stopped|quit|stop ~1 @contacting"},
	{Name: "dont contact me", Pattern: "you not @adv? @contactv @adv? @me"},
	{Name: "delete it", Pattern: "@removev it|that|this"},
	{Name: "want to stop", Pattern: "@contactn|them|it|this|these to stop"},
	{Name: "take me off", Pattern: "take|get ~1 @myn ~1 @off"},
	{Name: "take me off", Pattern: "take|get @det @myn ~1 @off"},
	{Name: "remove me", Pattern: "@removev @det? @myn"},
	{Name: "remove me", Pattern: "@removev @det? @contactn"},
	{Name: "off your list", Pattern: "@off of? your|the|ur|all|any|this|these|that ~1 @list"},
	{Name: "be removed", Pattern: "be|get|being @passive"},
	{Name: "leave me alone", Pattern: "leave me|us ~4 alone / leave me|us in peace / leave me|us be"},
	{Name: "go away", Pattern: "fuck|fk|f|fck|fuk|fuq|piss|bugger|buzz|back|sod|eff off"},
	{Name: "go away", Pattern: "go away"},
	{Name: "go away", Pattern: "get lost"},
	{Name: "go away", Pattern: "lose this|my number"},
	{Name: "wrong number", Pattern: "wrong @wrongn"},
	{Name: "no longer", Pattern: "no longer ~3 receive|get|want|wish|contact|text|message|hear|be / no longer interested"},
	{Name: "dont want messages", Pattern: "dont|never want|wish|need ~4 @contactn|newsletter|newsletters|emails"},
	{Name: "stop contacting", Pattern: "@stopv receiving|getting ~3 @contactn|newsletter|newsletters|emails|these|them"},
	{Name: "unsubscribe", Pattern: "unsubscribe"},
	{Name: "unsubscribe", Pattern: "unsubscribing"},
	{Name: "opt out", Pattern: "opt|opting ~1 out"},
	{Name: "cancel subscription", Pattern: "@cancelv ~4 subscr*"},
	{Name: "cancel subscription", Pattern: "@cancelv ~3 @subs"},
	{Name: "cancel messages", Pattern: "@cancelv ~2 texts|messages|alerts|notifications|sms|reminders|calls"},
	{Name: "revoke consent", Pattern: "revoke|withdraw|revoking|withdrawing ~2 consent|permission"},
	{Name: "blocked", Pattern: "blocking|block you|this|your|ur|it|u|number"},
	{Name: "blocked", Pattern: "i|ive|im|have|am|just|been|getting|get|youre|you|number blocked"},
	{Name: "blocked at start", Pattern: "blocked|blocking|reported|reporting"},
	{Name: "report spam", Pattern: "report|reporting ~4 spam|harassment|fcc|ftc"},
	{Name: "do not call list", Pattern: "do not call list|registry"},
	{Name: "do not call list", Pattern: "dnc list|registry"},
	{Name: "harassment", Pattern: "this is harassment"},
	{Name: "cut it out", Pattern: "cut|knock it out|off / cut|knock out|off ~2 @contactn"},
})

var (
	// tokens that may follow a bare imperative "stop" in its clause
	stopTail = textmatch.NewSet("please", "now", "immediately", "permanently", "already", "asap", "it", "that", "this",
		"thanks", "completely", "altogether", "right", "ok", "lol", "sending", "them", "these", "everything", "all", "for", "forever",
		"thank", "you", "pls", "seriously", "plz", "for", "good", "man", "dude", "bro", "sir", "then", "or", "texting", "bugging")
	// tokens that may precede it
	stopHead = textmatch.NewSet("please", "so", "just", "and", "now", "then", "ok", "pls", "kindly", "can", "could", "would",
		"you", "must", "to", "lol", "seriously", "hey", "sir", "simply", "thanks", "thank", "but", "pretty",
		"i", "want", "wish", "asking", "ask", "politely", "im", "am", "again", "yes", "no", "oh", "therefore", "ugh", "interested")
	// reported speech: "texted stop", "said unsubscribe"
	quoteVerbs = textmatch.NewSet("texted", "said", "say", "saying", "typed", "type", "sent", "replied", "reply", "wrote",
		"write", "pressed", "hit", "send", "text", "txt", "word", "mean", "meant", "says", "told")
	// scope breakers for negation
	scopeBreak = textmatch.NewSet("and", "but", "so", "please", "just", "then", "because", "or", "also", "anyway", "otherwise")
	marketing  = textmatch.NewSet("free", "claim", "prize", "won", "win", "reply", "www", "http", "https", "com", "uk",
		"ringtone", "txt", "per", "wk", "p", "ppm", "150p", "customer", "services", "subscribed", "service", "voucher", "cash", "award", "mobile", "offer", "optout")
)

// acceptPhrase applies the checks a pattern alone cannot express.
func acceptPhrase(toks []string, m textmatch.Match) bool {
	switch m.Name {
	case "stop":
		// "stop" alone is a revocation only as a bare imperative: at the
		// start of its clause or after politeness, and followed by nothing
		// but politeness.
		if m.Start > 0 && toks[m.Start-1] != textmatch.Break && !stopHead.Has(toks[m.Start-1]) {
			return false
		}
		for k := m.End; k < len(toks) && toks[k] != textmatch.Break; k++ {
			if toks[k] == "or" {
				break // "stop it now or i'll report you"
			}
			if !stopTail.Has(toks[k]) {
				return false
			}
		}
		// "i want to stop" describes the writer ("to stop smoking" would
		// fail the tail check); accept only when something is told to stop
		if m.Start > 0 && toks[m.Start-1] == "to" && !textmatch.Before(toks, m.Start-1, 3, litPhrases0) {
			return false
		}
	case "no consent", "if you stopped":
		return !negatedBefore(toks, m.Start, 4)
	case "delete it":
		// "how did you get this number? delete it"
		if m.Start > 0 && toks[m.Start-1] != textmatch.Break && !stopHead.Has(toks[m.Start-1]) {
			return false
		}
		if m.End < len(toks) && toks[m.End] != textmatch.Break && !politeTail.Has(toks[m.End]) {
			return false
		}
		return hasWord(toks, "number", "info", "information", "details", "contact")
	case "no more":
		if m.End < len(toks) && toks[m.End] != textmatch.Break && !politeTail.Has(toks[m.End]) {
			return false
		}
		if m.Start > 0 && toks[m.Start-1] != textmatch.Break && !litPhrases1.Has(toks[m.Start-1]) {
			return false
		}
	case "wrong number":
		// "youre the wrong person to ask" is not about the number
		if m.End < len(toks) && toks[m.End] == "to" {
			return false
		}
	case "no longer":
		return true
	case "blocked at start":
		// "Blocked, you're being reported" — but not "the road is blocked"
		if m.Start > 0 && toks[m.Start-1] != textmatch.Break {
			return false
		}
		if m.Start+1 < len(toks) && toks[m.Start+1] != textmatch.Break && toks[m.Start+1] != "and" && toks[m.Start+1] != "you" && toks[m.Start+1] != "this" {
			return false
		}
	case "any more messages":
		if !negatedBefore(toks, m.Start, 8) {
			return false
		}
		return true
	case "be removed":
		if negatedBefore(toks, m.Start, 6) {
			// "rather not be contacted": the negation is the request
			return toks[m.End-1] != "removed"
		}
		if toks[m.End-1] == "removed" {
			return true
		}
		// "i dont want to be contacted" is handled above; a plain passive
		// ("i was contacted") is not a request
		return false
	case "dont contact me", "dont send", "dont call again":
		// the phrase carries its own negation; a double negation
		// ("i didnt say dont text me") is too rare to model. A time
		// restriction is a quiet-hours preference, not a revocation:
		// "dont text me after 9pm".
		if m.End < len(toks) && timeLimit.Has(toks[m.End]) {
			return false
		}
		return !positiveAlternative(toks, m)
	}
	if m.Name == "dont contact me" {
		return true
	}
	if negatedBefore(toks, m.Start, 6) {
		return false
	}
	if m.Start > 0 && quoteVerbs.Has(toks[m.Start-1]) {
		return false
	}
	// conditionals describe, they do not request: "if you go away i'd be
	// heartbroken"
	if textmatch.Before(toks, m.Start, 6, litPhrases2) {
		return false
	}
	return true
}

// negatedBefore reports a negator in the clause before i, within window
// tokens, not separated by a scope breaker.
func negatedBefore(toks []string, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == textmatch.Break || scopeBreak.Has(w) {
			return false
		}
		if textmatch.Negators.Has(w) && !inability.Has(w) {
			// "not interested stop": the negation ends with "interested"
			if k+1 < i && (toks[k+1] == "interested" || toks[k+1] == "selling") {
				return false
			}
			// "dont know how to unsubscribe" asks how, it does not refuse
			if k+1 < i && knowing.Has(toks[k+1]) {
				return false
			}
			return true
		}
	}
	return false
}

// hasWord reports whether toks contains one of words.
func hasWord(toks []string, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t == w {
				return true
			}
		}
	}
	return false
}

var (
	politeTail = textmatch.NewSet("please", "thanks", "thank", "ok", "pls", "thx")
	timeLimit  = textmatch.NewSet("after", "before", "during", "until", "till", "til", "between", "while", "when",
		"at", "on", "tonight", "today", "this", "early", "late", "so", "weekends", "weekdays", "mornings", "nights")
	inability = textmatch.NewSet("cant", "couldnt", "cannot")
	knowing   = textmatch.NewSet("know", "understand", "see", "remember", "sure", "how", "find")
)

// positiveAlternative reports "don't call, text me" style channel
// preferences: the clause or the next one asks for another channel.
func positiveAlternative(toks []string, m textmatch.Match) bool {
	if !litPhrases3.Has(toks[indexOfVerb(toks, m)]) {
		return false
	}
	for k := m.End; k < len(toks) && k < m.End+8; k++ {
		if toks[k] == "text" || toks[k] == "texting" || toks[k] == "texts" || toks[k] == "email" {
			return true
		}
	}
	return false
}

func indexOfVerb(toks []string, m textmatch.Match) int {
	for k := m.Start; k < m.End; k++ {
		if dncClasses["contactv"].Has(toks[k]) || dncClasses["callv"].Has(toks[k]) {
			return k
		}
	}
	return m.Start
}

// quotesKeyword reports messages that mention a keyword as an instruction
// rather than use it: marketing texts ("reply STOP to 12345", "to opt out
// text STOP") and similar.
func quotesKeyword(t textmatch.Text) bool {
	toks := t.Toks
	score := 0
	instr := false
	for i, w := range toks {
		if marketing.HasID(t.IDs[i]) {
			score++
		}
		if len(w) >= 5 && isAllDigits(w) {
			score += 2
		}
		if (w == "stop" || w == "unsubscribe" || w == "end" || w == "optout" || w == "out") && i > 0 {
			p := toks[i-1]
			if p == "reply" || p == "send" || p == "text" || p == "txt" || p == "sms" || p == "eng" || p == "with" {
				instr = true
			}
		}
		if (w == "to" || w == "2") && i+1 < len(toks) && (toks[i+1] == "opt" || toks[i+1] == "unsubscribe" || toks[i+1] == "stop" || toks[i+1] == "end" || toks[i+1] == "optout") {
			if i+2 < len(toks) && (toks[i+2] == "text" || toks[i+2] == "reply" || toks[i+2] == "send" || toks[i+2] == "out" || toks[i+2] == "texts" || toks[i+2] == "txt" || toks[i+2] == "sms" || toks[i+2] == "stop" || toks[i+2] == "getstop") {
				score += 2
			}
		}
	}
	return instr || score >= 4
}

func isAllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// sets used inside functions, built once
var (
	litPhrases0 = textmatch.NewSet("it", "this", "them", "texts", "messages", "these", "you")
	litPhrases1 = textmatch.NewSet("please", "but", "and", "so", "just", "ok", "thanks")
	litPhrases2 = textmatch.NewSet("if", "unless", "whether")
	litPhrases3 = textmatch.NewSet("call", "ring", "phone", "dial", "email")
)
