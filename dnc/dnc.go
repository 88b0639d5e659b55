package dnc

// Kind is the class of an inbound message for consent purposes.
type Kind string

// Kinds.
const (
	None   Kind = ""        // an ordinary message
	OptOut Kind = "opt_out" // revokes consent: stop every automated message
	OptIn  Kind = "opt_in"  // START, UNSTOP: lifts a suppression
	Help   Kind = "help"    // HELP, INFO
)

// Input is what a [Detector] looks at.
type Input struct {
	Text string
}

// Result is a Detector's verdict.
type Result struct {
	Kind Kind
	// Rule names what matched, for the audit trail: "keyword:STOP",
	// "fcc:unsubscribe", "phrase:take me off", ...
	Rule string
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
