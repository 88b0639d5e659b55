package qualify

import "github.com/handoffkit/handoffkit/internal/textmatch"

// Replaces reports whether v, a value an extractor read from a later lead
// message text, takes the place of known, the value of the same field the
// conversation already holds. A more confident value replaces it and a
// less confident one does not. At the same confidence:
//
//   - a fact of one value (price, budget, timeline, authority, role,
//     company size, and any field this package does not know) is
//     replaced: the later statement updates or corrects it ("actually
//     we'd take 240");
//   - what the lead described (need, use-case fit, motivation,
//     condition) is kept, unless text corrects it ("actually it's a
//     refinance, not a purchase", "en realidad queremos refinanciar",
//     "we no longer need payroll"): another reading at the same
//     confidence is one more detail of it, or a fragment of a sentence
//     about something else, and the lead's first statement stays, so
//     that the brief keeps what they said they need ("Looking to buy my
//     first home" stays the need after "hoping to buy in the next 3
//     months").
//
// The handoff engine merges each message's values into the
// conversation's with it.
func Replaces(known, v Value, text string) bool {
	const eps = 0.005 // confidences are read to two places
	switch d := v.Confidence - known.Confidence; {
	case d > eps:
		return true
	case d < -eps:
		return false
	}
	if v.Value == known.Value {
		return false // said again: the first message it was told in stays
	}
	if !described(v.Field) {
		return true
	}
	_, corrected := correctionRules.First(textmatch.Cached(text), nil)
	return corrected
}

// described reports a field the lead describes in their own words, which
// a later reading adds to rather than corrects.
func described(f Field) bool {
	switch f {
	case Need, UseCaseFit, Motivation, Condition:
		return true
	}
	return false
}

// correctionRules find a message that corrects what the lead said before.
var correctionRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "correction", Pattern: "actually / instead / rather than / correction / scratch that / i|we meant / changed my|our|his|her mind / changed ~1 plans / no longer / anymore"},
	{Name: "correction", Pattern: "en realidad / mas bien / mejor dicho / en vez de / en lugar de / ya no / cambie|cambiamos|cambio de idea|opinion|planes / quise|quisimos decir / me equivoque|equivocamos"},
})
