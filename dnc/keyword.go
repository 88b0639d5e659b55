package dnc

import "strings"

// RuleDetector is the reference [Detector]: carrier opt-out, opt-in and
// help keywords matched as whole messages, case-insensitively.
type RuleDetector struct{}

// New returns the reference detector. cfg may be nil.
func New(cfg *Config) *RuleDetector { return &RuleDetector{} }

// Config configures [New]. The zero value means defaults.
type Config struct{}

var (
	optOutWords = map[string]bool{"STOP": true, "STOPALL": true, "UNSUBSCRIBE": true, "CANCEL": true, "END": true, "QUIT": true, "REVOKE": true, "OPTOUT": true, "OPT OUT": true, "OPT-OUT": true}
	optInWords  = map[string]bool{"START": true, "UNSTOP": true}
	helpWords   = map[string]bool{"HELP": true, "INFO": true}
)

// Detect implements [Detector].
func (d *RuleDetector) Detect(in Input) Result {
	w := strings.ToUpper(strings.Trim(strings.TrimSpace(in.Text), ".!? "))
	switch {
	case optOutWords[w]:
		return Result{Kind: OptOut, Rule: "keyword:" + w}
	case optInWords[w]:
		return Result{Kind: OptIn, Rule: "keyword:" + w}
	case helpWords[w]:
		return Result{Kind: Help, Rule: "keyword:" + w}
	}
	return Result{}
}
