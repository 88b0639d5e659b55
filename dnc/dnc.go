package dnc

// Kind is the class of an inbound message for consent purposes.
type Kind string

// Kinds.
const (
	None   Kind = ""        // an ordinary message
	OptOut Kind = "opt_out" // revokes consent: stop every automated message
	OptIn  Kind = "opt_in"  // START, UNSTOP: lifts a suppression
	Help   Kind = "help"    // HELP, INFO
	// PossibleOptOut: the message may revoke consent but the detector is
	// not sure. Nothing automated may follow it: the engine silences the
	// AI on the conversation and asks a person to confirm the opt-out or
	// release the conversation. The address is not suppressed.
	PossibleOptOut Kind = "possible_opt_out"
)

// Input is what a [Detector] looks at.
type Input struct {
	Text string
	// Asked, when set, is the last message the business sent before Text
	// (the assistant's or a rep's): a short reply reads against it. "yes
	// please" after "Should I stop texting you?" and "no thanks" after
	// "OK if we check back in a few months?" revoke consent; the same words
	// alone do not. It can also take a misreading back: "¿Quién es? No
	// conozco a ningún Marcus" after "This is Marcus with ..." does not
	// know the sender, and is no wrong number.
	Asked string
}

// Result is a Detector's verdict.
type Result struct {
	Kind Kind
	// Rule names what matched, for the audit trail: "keyword:STOP",
	// "fcc:unsubscribe", "phrase:take me off", or for the learned tier its
	// score and strongest features.
	Rule string
	// Tier says which tier decided: "keyword", "rules" or "model"; "" for
	// an ordinary message.
	Tier string
	// Score is the detector's confidence that the message is an opt-out,
	// 0..1 (1 for keywords and rules).
	Score float64
	// Lang is the language the message was written in, as far as the
	// detector can tell ("en", "es"), so that the confirmation and the
	// help reply answer in it; "" when unknown.
	Lang string
}

// AskedMayChange reports whether r, a verdict on a message read without
// [Input.Asked], may change when the same message is read with it: an
// ordinary message may be a bare "yes please" to "should I stop texting
// you?", and "no conozco a ningún Marcus" a wrong number unless Marcus is
// the sender. Every other verdict stands whatever the business said last.
func (r Result) AskedMayChange() bool {
	return r.Kind == None || r.Kind == OptOut && r.Rule == wrongNumberRule
}

// Detector classifies an inbound message. Implementations must be safe for
// concurrent use, must not block, and must never panic on any input
// (including invalid UTF-8).
type Detector interface {
	Detect(in Input) Result
}

// DetectorFunc adapts a function to [Detector].
type DetectorFunc func(in Input) Result

// Detect calls f(in).
func (f DetectorFunc) Detect(in Input) Result { return f(in) }
