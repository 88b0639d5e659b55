// Command handoffkit evaluates the reference detectors on labelled data,
// replays exported conversations through a real engine, and prints the
// handoff report of a database.
//
// Usage:
//
//	handoffkit eval --corpus DIR [-v] [--extractor C] [--judge C]
//	handoffkit replay --corpus DIR [-v] [--extractor C] [--judge C] [--drafter C]
//	handoffkit metrics --db FILE [--tenant ID] [--from TIME] [--to TIME] [--schema NAME] [--json]
//
// eval reads every explicit_ask.jsonl, optout.jsonl, frustration.jsonl,
// commitment.jsonl, fields.jsonl, bant.jsonl and b2b.jsonl present in DIR
// (any subset). Every task file holds one JSON object a line (blank lines
// are skipped; keys not named here are ignored):
//
//	explicit_ask, optout, frustration, commitment:
//	  {"text": "can someone call me", "label": true}
//	  text   string, required: the lead's message
//	  label  bool, required: true when the message is one (an ask, an
//	         opt-out, frustration, a clear commitment)
//	fields, bant, b2b:
//	  {"id": "r1", "text": "roof is fine, want 250k", "fields": {"condition": "roof is fine", "price": "$250,000"}}
//	  id     string, optional: passed to the extractor as the message ID
//	  text   string, required: the lead's message
//	  fields object, required ({} for none): each field the message
//	         states, by name, with its value (only its presence is
//	         scored); names are the schema's: motivation, condition,
//	         timeline, price (fields); budget, authority, need, timeline
//	         (bant); company_size, role, use_case_fit, budget, timeline
//	         (b2b)
//
// It prints one line per task:
//
//	task=<name> n=<rows> precision=<p> recall=<r> f1=<f> fpr=<x>
//
// The binary tasks count a message positive when either tier fires: the
// rules, or the learned tier behind them. optout counts suppressions;
// optout_silenced (from the same file) also counts messages sent to a
// person's review, since the AI is silenced either way; commitment counts
// a message that takes a lead with nothing else known to the handoff
// score on its own. After each binary task a line says which tier caught
// the positives and where the false positives came from:
//
//	tiers task=<name> positives=<n> rules_only=<a> model_only=<b> both=<c> missed=<d> fp_rules=<e> fp_model_only=<f> [review_band_rate=<x>]
//
// In the optout and optout_silenced lines both is always 0: the detector
// decides each opt-out in one tier (a keyword or rule, some of which ask
// the model whether a bare "stop" is only an exclamation, or else the
// model), and the opt-out is credited to that tier alone.
//
// Field tasks are micro-averaged over field presence (a field counts when
// the extractor fills it with enough confidence, whatever its value). Their
// tiers line counts fields over all rows: a field found by a cue is the
// rules', one only the learned field model found (its value's Why says
// "model p=...") the model's; both stays 0, since the model only fills
// what the cues left empty. With -v the misclassified rows follow their
// task line.
//
// replay runs every conversation of DIR/conversations.jsonl through a real
// Engine on an in-memory store, turn by turn (AI turns are recorded as the
// AI's outbound messages; lead turns go through Receive), each
// conversation on its own (a tenant of its own, so one lead's opt-out never
// reaches another, however long the file). A row is one conversation:
//
//	{"id": "c1", "schema": "bant", "rules": ["competitor"],
//	 "turns": [{"from": "ai", "text": "Still looking to refinance?"}, {"from": "lead", "text": "STOP"}],
//	 "expect": {"event": "optout", "at_lead_turn": 1, "reason": null}}
//
//	id      string, required: printed on the conversation's line
//	schema  string, optional: real_estate (the default), bant or b2b
//	rules   []string, optional: rules added to the default policy after
//	        the explicit ask, in the order given: out_of_scope,
//	        competitor, high_value (amounts of $500,000 or more or a
//	        large scope)
//	turns   array, required, in order: {"from": "ai" or "lead", "text"}
//	expect  object, required: the conversation's first event
//	  event         handoff, optout or none; a message sent to a
//	                person's review counts as the opt-out event
//	  at_lead_turn  int, required for handoff and optout: the 1-based
//	                count of lead turns up to and including the one that
//	                causes the event (AI turns are not counted); null,
//	                absent or 0 for none
//	  reason        string, required for a handoff: explicit_ask,
//	                fields, score, frustration, out_of_scope, competitor
//	                or high_value; not read otherwise
//
// An unknown schema, rule, event or handoff reason, a handoff without a
// reason, an at_lead_turn missing for handoff or optout, past the last
// lead turn or given for none, or a "from" other than ai or lead makes the
// row malformed: it is reported with its line and not scored. Other keys
// (a "vertical", a note) are ignored. replay prints one line per
// conversation (id, verdict, expected and actual event/reason@turn,
// detail) and a last line:
//
//	task=conversations n=<n> correct=<c> accuracy=<a> premature=<p> late=<l> after_optout=<k>
//
// A conversation is correct when the first event (handoff or opt-out), its
// lead turn and, for a handoff, its reason match. premature counts events
// before the expected turn (or when none was expected), late counts events
// after it or missing, after_optout counts handoffs at or after an opt-out
// (the one the engine saw, or the one expected) that no opt-in (START)
// lifted before the handoff.
//
// metrics opens a handoffkit SQLite database and prints, per tenant, the
// report of metrics.Params over the window (see package metrics): handoff
// rate and reasons, time to the first rep action, close rate and handle
// time, time to a booked meeting, complaints after a handoff, SLA
// breaches, opt-out and review rates, re-question rate, show rate; --json
// prints one JSON report a line. --tenant must name a tenant the database
// holds conversations of: any other is an error naming the tenants it
// holds (exit status 1), so a mistyped tenant is never read as one without
// activity; a tenant it holds with no activity in the window gets its
// report, all zeros.
//
// --extractor, --judge and --drafter choose what runs each step, so a
// user with a key measures a model adapter on their own exports: rules
// (the default: the library's rules and the learned tier shipped with
// it), llm:anthropic or llm:openai (the model alone, through llm/anthropic
// or llm/openai), or mixed (the library's tiers with the model over them,
// as the engine runs an adapter; mixed:anthropic or mixed:openai name the
// vendor, plain mixed takes the one whose key is set). The adapters read
// ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL, ANTHROPIC_MODEL, OPENAI_API_KEY,
// OPENAI_BASE_URL and OPENAI_MODEL. In eval the judge's answer counts in
// the model column of the tiers lines and the extractor fills the field
// tasks; eval drafts nothing, so --drafter must be rules there. In replay
// the extractor choice sets the engine's Extractor and Scorer, the judge
// its Judge, the drafter its Drafter; the engine keeps the rules as a
// floor under each, so llm and mixed behave alike there. A failed model
// call counts as the library's tiers answered the row; the number of
// failed calls is printed and the exit status is 1.
//
// The commands take flags only. An unknown flag, or an argument left over
// (Go's flag parsing stops at the first word that is no flag, so the flags
// after it would be ignored), is a usage error: nothing runs and the exit
// status is 2.
//
// Progress goes to stderr every 1000 lines. A missing directory is an
// error; a malformed line (not JSON, a required key missing, an unknown
// name, or longer than 4 MiB) is reported with its line number and
// skipped, the rest is still evaluated, and the exit status is 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: handoffkit eval|replay --corpus DIR [-v] [--extractor C] [--judge C] [--drafter C]")
	fmt.Fprintln(w, "       (C is rules, llm:anthropic, llm:openai or mixed; --drafter applies to replay)")
	fmt.Fprintln(w, "       handoffkit metrics --db FILE [--tenant ID] [--from TIME] [--to TIME] [--schema NAME] [--json]")
}

func run(args []string, out, errw io.Writer) int {
	if len(args) < 1 {
		usage(errw)
		return 2
	}
	cmd := args[0]
	switch cmd {
	case "metrics":
		return runMetrics(args[1:], out, errw)
	case "eval", "replay":
	default:
		if !strings.HasPrefix(cmd, "-") {
			fmt.Fprintf(errw, "handoffkit: unknown command %q\n", cmd)
		}
		usage(errw)
		return 2
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(errw)
	corpus := fs.String("corpus", "", "directory holding the task files")
	verbose := fs.Bool("v", false, "print misclassified rows")
	extractor := fs.String("extractor", "rules", "what extracts fields: rules, llm:anthropic, llm:openai or mixed")
	judge := fs.String("judge", "rules", "what judges the signals: rules, llm:anthropic, llm:openai or mixed")
	drafter := fs.String("drafter", "rules", "what drafts texts (replay): rules, llm:anthropic, llm:openai or mixed")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if leftoverArgs(cmd, fs, errw) {
		usage(errw)
		return 2
	}
	if *corpus == "" {
		fmt.Fprintln(errw, "handoffkit: --corpus DIR is required")
		usage(errw)
		return 2
	}
	t := defaultTiers()
	var err error
	for _, c := range []struct {
		name, value string
		into        *choice
	}{{"extractor", *extractor, &t.extractor}, {"judge", *judge, &t.judge}, {"drafter", *drafter, &t.drafter}} {
		if *c.into, err = parseChoice(c.name, c.value); err != nil {
			fmt.Fprintln(errw, "handoffkit:", err)
			return 2
		}
	}
	if cmd == "eval" && t.drafter.model() {
		fmt.Fprintf(errw, "handoffkit: eval drafts nothing: --drafter %s applies to replay\n", t.drafter)
		return 2
	}
	if cmd == "eval" {
		err = runEval(*corpus, *verbose, t, out, errw)
	} else {
		err = runReplay(*corpus, *verbose, t, out, errw)
	}
	err = errors.Join(err, t.report(errw))
	if err != nil {
		fmt.Fprintln(errw, "handoffkit:", err)
		return 1
	}
	return 0
}

// leftoverArgs reports whether fs, the flags of command cmd, left
// arguments unparsed, and says so on errw. The commands take no argument
// but flags, and Go's flag parsing stops at the first argument that is no
// flag: every flag after it would be silently ignored ("metrics --db FILE
// a --json" printing the table), so an argument left over is a usage
// error and nothing runs.
func leftoverArgs(cmd string, fs *flag.FlagSet, errw io.Writer) bool {
	if fs.NArg() == 0 {
		return false
	}
	fmt.Fprintf(errw, "handoffkit: %s: unexpected argument %q: the command takes flags only, and none after it would be read\n", cmd, fs.Arg(0))
	return true
}
