package textmatch

var commitRules = MustCompile(map[string]Set{
	"doc":  NewSet("paperwork", "contract", "contracts", "papers", "agreement", "docs", "documents", "offer", "purchase"),
	"go":   NewSet("moving", "going", "started", "rolling", "done", "ball", "show", "process", "party"),
	"fwd":  NewSet("next", "first"),
	"step": NewSet("step", "steps", "move"),
}, []Rule{
	{Name: "lets do it", Pattern: "lets do it|this|that / let us do it|this|that"},
	{Name: "lets do it", Pattern: "lets go|proceed / lets move forward / make it|this happen / make a deal"},
	{Name: "next step", Pattern: "@fwd @step / what is next / whats next"},
	{Name: "next step", Pattern: "what ~3 need ~2 from me"},
	{Name: "next step", Pattern: "how do we|i ~1 get started / how do we|i ~1 start|proceed / how do we|i ~1 move forward"},
	{Name: "next step", Pattern: "where do i sign"},
	{Name: "get started", Pattern: "get|getting this|it|things|started ~1 @go"},
	{Name: "get started", Pattern: "get started|going"},
	{Name: "get started", Pattern: "get this|it done"},
	{Name: "send paperwork", Pattern: "send ~3 @doc"},
	{Name: "send paperwork", Pattern: "ill sign / i will|can sign / ready|want to sign"},
	{Name: "send paperwork", Pattern: "ready to sell|sign|go|move|close|roll|proceed / ready to do this / ready to get started"},
	{Name: "go ahead", Pattern: "go ahead"},
	{Name: "go ahead", Pattern: "move forward / proceed"},
	{Name: "accept", Pattern: "i|we accept / accept ~2 offer|deal"},
	{Name: "accept", Pattern: "you have|got a deal"},
	{Name: "accept", Pattern: "its a deal"},
	{Name: "accept", Pattern: "sounds|looks good lets|to"},
	{Name: "schedule", Pattern: "when can you ~2 come|close|see|start|walk|do"},
	{Name: "schedule", Pattern: "how soon|fast ~1 can you|we ~2 close"},
})

var (
	intensifier = NewSet("absolutely", "definitely", "100", "100%", "certainly", "totally", "yes", "yess", "yeah",
		"yea", "yep", "yup", "sure", "excited", "ready", "asap", "heck", "hell", "deal", "perfect", "great", "awesome",
		"love", "amazing", "please", "obviously", "def", "defo", "course")
	strongIntens = NewSet("absolutely", "definitely", "100", "100%", "certainly", "totally", "excited",
		"obviously", "def", "defo")
	softYes = NewSet("yes", "yeah", "yea", "yep", "yup", "sure", "ok", "maybe", "fine", "alright", "possibly",
		"perhaps", "kinda", "sorta", "probably", "cool", "interesting", "si", "ya", "mayb", "k")
	hedges = MustCompile(nil, []Rule{
		{Name: "hedge", Pattern: "maybe|mayb|possibly|perhaps|idk|unsure|eventually|someday"},
		{Name: "hedge", Pattern: "not sure|ready|yet"},
		{Name: "hedge", Pattern: "think ~2 about it|over"},
		{Name: "hedge", Pattern: "let me|lemme think|check|ask|talk|see|sleep"},
		{Name: "hedge", Pattern: "depends|depending|if the price"},
		{Name: "hedge", Pattern: "i dont know"},
		{Name: "hedge", Pattern: "no rush|hurry"},
	})
)

// Commitment scores high-intent language in t: 0 none, 1 a soft yes only
// ("sure", "ok", "maybe") or a hedged commitment, 2 a commitment phrase
// ("let's do it", "what's the next step", "send the paperwork", "go
// ahead"), 3 a commitment phrase with an intensifier ("yes definitely",
// "absolutely!!!", "100%"). It also returns the cue found and whether the
// message hedges ("maybe", "let me think", "not sure").
func Commitment(t Text) (int, string, bool) {
	toks := t.Toks
	hesitant := false
	if _, ok := hedges.First(t, nil); ok {
		hesitant = true
	}
	cue := ""
	commitRules.Each(t, func(m Match) bool {
		if negatedWithin(toks, m.Start, 4) {
			return true
		}
		// "sign up for the newsletter" is not signing a contract
		if m.End < len(toks) && (toks[m.End] == "up" || toks[m.End] == "in") && toks[m.End-1] == "sign" {
			return true
		}
		cue = m.Name
		return false
	})
	level := 0
	if cue != "" {
		level = 2
		for _, id := range t.IDs {
			if strongIntens.HasID(id) {
				level = 3
				break
			}
		}
		if level == 2 && t.Bangs > 0 {
			for _, id := range t.IDs {
				if intensifier.HasID(id) {
					level = 3
					break
				}
			}
		}
		if level == 2 {
			// "yes please lets do it", "yes go ahead for sure"
			n := 0
			for _, id := range t.IDs {
				if intensifier.HasID(id) {
					n++
				}
			}
			if n >= 2 {
				level = 3
			}
		}
	} else {
		for _, id := range t.IDs {
			if softYes.HasID(id) || strongIntens.HasID(id) {
				level = 1
				cue = "soft yes"
				break
			}
		}
	}
	if hesitant && level >= 2 {
		level = 1
		cue = "hedged"
	}
	return level, cue, hesitant
}

var negScopeBreak = NewSet("but", "and", "so", "please", "just", "then", "because", "or", "also", "anyway", "if")

// negatedWithin reports a negator before i in its clause, within window
// tokens and not across a scope breaker ("and", "but", "so", ...).
func negatedWithin(toks []string, i, window int) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		w := toks[k]
		if w == Break || negScopeBreak.Has(w) {
			return false
		}
		if Negators.Has(w) {
			return true
		}
	}
	return false
}
