package textmatch

import "slices"

// CorrectedAtOnce reports a phrase ending at end whose clause the very next
// clause takes back: "call me— wait no, text is better", "let's do it— no
// wait, espera", "call me— no espera, mejor por text", "scratch that",
// "never mind", or says it was meant for someone in the room: "yes I'm
// ready!! — sorry that was to my daughter", "take me off speaker— sorry,
// that was to my husband". A later clause that says it again is a phrase
// of its own and is not taken back by this one's correction.
func CorrectedAtOnce(toks []string, end int) bool {
	// "quería pedir una llamada pero nah, mejor por texto": the
	// turn in the phrase's own clause
	if butNot(toks, end) {
		return true
	}
	k := ClauseEnd(toks, end)
	for k < len(toks) && toks[k] == Break {
		k++
	}
	if k >= len(toks) {
		return false
	}
	// "never mind" alone takes back; "never mind the quote" drops
	// something else
	if (toks[k] == "nvm" || toks[k] == "nevermind") && ClauseEnd(toks, k) == k+1 {
		return true
	}
	if k+1 >= len(toks) {
		return false
	}
	a, b := toks[k], toks[k+1]
	if butNot(toks, k) {
		return true
	}
	// "Vamos a hacerlo... bueno, no, mejor espero": a "no" of its own
	// after a "well", then the better course (not "yes let's do it. no,
	// ill pay cash", which answers another question)
	if fillerTurn.Has(toks[k]) && ClauseEnd(toks, k) == k+1 && k+4 < len(toks) && (toks[k+2] == "no" || toks[k+2] == "nah") &&
		toks[k+3] == Break && insteadOpen.Has(toks[k+4]) {
		return true
	}
	if heldBack(toks, k) {
		return true
	}
	switch {
	case (a == "wait" || a == "espera" || a == "espere") && b == "no",
		a == "no" && (b == "wait" || b == "espera" || b == "espere"),
		(a == "scratch" || a == "strike") && b == "that",
		a == "never" && b == "mind" && ClauseEnd(toks, k) == k+2:
		return true
	}
	// "sorry, that was to my husband", "perdón, eso era para mi hija"
	if sorryWords.Has(a) {
		for k++; k < len(toks) && toks[k] == Break; k++ {
		}
	}
	return After(toks, k, 1, wasMeant) && meantFor(toks, k+1)
}

// butNot reports a turn at k that ends its clause by turning down what
// came before: "iba a pedir que me llamaran, pero mejor no", "I was going
// to ask for a call, but nah" (not "but no calls after 5").
func butNot(toks []string, k int) bool {
	if k+1 >= len(toks) || toks[k] != "but" && toks[k] != "pero" {
		return false
	}
	b, ce := toks[k+1], ClauseEnd(toks, k)
	return ce == k+3 && (b == "better" || b == "mejor") && (toks[k+2] == "no" || toks[k+2] == "not") ||
		ce == k+2 && (b == "nah" || b == "nvm" || b == "olvidalo" || b == "olvidelo")
}

// heldBack reports a clause at k that stops the one before: a "no" and
// then a "wait", over fillers and breaks ("... bueno no, espérese", "...
// nah espérate", "... no, hold on"), or "hold off" ("go ahead and order it.
// actually hold off"). A "wait" with no "no" may only pause for a
// question ("let's do it... wait, what's the fee?").
func heldBack(toks []string, k int) bool {
	no := false
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		switch w := toks[k]; {
		case w == Break || fillerTurn.Has(w) || w == "ok" || w == "okay":
		case w == "no" || w == "nah" || w == "nope":
			no = true
		case w == "hold":
			return k+1 < len(toks) && (toks[k+1] == "off" || no && toks[k+1] == "on")
		default:
			return no && waitWords.Has(w)
		}
	}
	return false
}

// Mocked reports a step the rest of the message mocks or refuses (dev341,
// stop 55, sarcasm): "'I'm ready to sign,' said no one ever", "sign me up
// immediately, I'll pay with Monopoly money. Not happening", "Sign me up?
// Jaja no", "Send over the paperwork? Slow down", "I'd move forward
// tomorrow if I could, but...". A plain "no more waiting" is no refusal.
func Mocked(toks []string, end int) bool {
	// the step wished, not taken: "... tomorrow if I could, but" (not
	// "book the demo for Tuesday if we could do 9am")
	for k := end; k+2 < len(toks) && k < end+5 && toks[k] != Break; k++ {
		if toks[k] == "if" && (toks[k+1] == "i" || toks[k+1] == "we") && toks[k+2] == "could" &&
			(k+3 == len(toks) || toks[k+3] == Break || toks[k+3] == "but") {
			return true
		}
	}
	k := ClauseEnd(toks, end)
	for k < len(toks) && toks[k] == Break {
		k++
	}
	// the next clause refuses it outright: "slow down", or a "no" that
	// ends the message ("Tuesday works. No, we don't have pets" answers
	// another question)
	if e := ClauseEnd(toks, k); k < len(toks) {
		c := toks[k:e]
		last := !slices.ContainsFunc(toks[e:], func(w string) bool { return w != Break })
		if len(c) == 2 && c[0] == "slow" && c[1] == "down" || last && (len(c) == 1 && c[0] == "no" || len(c) == 2 && laughNo.Has(c[0]) && c[1] == "no") {
			return true
		}
	}
	for ; k+1 < len(toks); k++ {
		// "not happening", "yeah right" as a clause of their own
		own := (k == 0 || toks[k-1] == Break) && ClauseEnd(toks, k) == k+2
		switch {
		case own && toks[k] == "not" && toks[k+1] == "happening",
			own && toks[k] == "yeah" && toks[k+1] == "right",
			toks[k] == "said" && k+3 < len(toks) && toks[k+1] == "no" && toks[k+2] == "one" && toks[k+3] == "ever",
			toks[k] == "said" && k+2 < len(toks) && toks[k+1] == "nobody" && toks[k+2] == "ever":
			return true
		}
	}
	return false
}

// supposed reports a step only supposed, or asked of other people, in the
// clause before i (dev354, stop 55): "Let's say I'm ready to buy next
// month, what would the payment be", "Do people usually lock the rate
// right away?".
//
// The scan stops at a turn ("people usually shop around but I'm ready to
// sign today"); "let's say" supposes only before a person ("let's say
// Tuesday at 10 and book it" books); "people usually" only right before
// the step.
func supposed(toks []string, i int) bool {
	for k := i - 1; k >= 0 && toks[k] != Break; k-- {
		switch {
		case turnWords.Has(toks[k]):
			return false
		case toks[k] == "suppose" || toks[k] == "supposing" || toks[k] == "hypothetically" || toks[k] == "supongamos" || toks[k] == "pongamos",
			toks[k] == "lets" && k+2 <= i && k+2 < len(toks) && toks[k+1] == "say" && supposedPeople.Has(toks[k+2]),
			toks[k] == "digamos" && k+1 < i && toks[k+1] == "que",
			toks[k] == "people" && k+2 == i && (toks[k+1] == "usually" || toks[k+1] == "normally" || toks[k+1] == "typically"):
			return true
		}
	}
	return false
}

// readyIf reports a readiness at i the lead would have on a condition
// not yet met: "If the inspection comes back clean, we'd probably be
// ready to sign" (a "would ... be" in the words before it, an "if" or
// "once" before that in the message; not "if that's the final price,
// I'd like to go ahead", which takes it).
func readyIf(toks []string, i int) bool {
	be := false
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != Break; k-- {
		if toks[k] == "be" {
			be = true
			continue
		}
		if be && wouldWords.Has(toks[k]) {
			// (a condition the sender can meet is a yes on terms: "if you
			// match the price I'd be ready to sign today")
			for j := 0; j < k; j++ {
				if condWords.Has(toks[j]) && !(j+1 < len(toks) && senderYou.Has(toks[j+1])) {
					return true
				}
			}
			return false
		}
	}
	return false
}

var (
	wouldWords = NewSet("wed", "id", "would", "theyd", "hed", "shed")
	condWords  = NewSet("if", "once", "unless")
	senderYou  = NewSet("you", "yall", "ya", "your")
)

var (
	fillerTurn     = NewSet("bueno", "well", "hmm", "pues", "actually")
	waitWords      = NewSet("wait", "espera", "espere", "esperate", "esperese", "aguanta", "aguante", "perate", "pera")
	insteadOpen    = NewSet("mejor", "better", "espero", "primero")
	turnWords      = NewSet("but", "pero", "so")
	supposedPeople = NewSet("i", "im", "we", "were", "yo")
)

// lockAsked open a question about locking: "should I lock it?"
var lockAsked = NewSet("should", "would", "can", "why", "when", "is", "do", "does")

// triggerHeld come before a trigger not pulled: "before I pull the trigger".
var triggerHeld = NewSet("almost", "before", "if", "until", "nearly")

// laughNo open a laughing refusal: "jaja no", "no no" ("lol no" needs no
// entry: the normaliser reads "lol" as a clause break, leaving "no").
var laughNo = NewSet("jaja", "jajaja", "no")

var (
	sorryWords = NewSet("sorry", "sry", "oops", "perdon", "perdona", "disculpa", "disculpe")
	wasMeant   = NewSet("that", "eso", "era")
)

// meantFor reports, from i on, "was (meant) to|for my ..." or "era para
// mi ...".
func meantFor(toks []string, i int) bool {
	if i < len(toks) && (toks[i] == "was" || toks[i] == "era") {
		i++
	}
	if i < len(toks) && toks[i] == "meant" {
		i++
	}
	return i+1 < len(toks) && (toks[i] == "to" || toks[i] == "for" || toks[i] == "para") && (toks[i+1] == "my" || toks[i+1] == "mi")
}
