package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// convRow is one line of conversations.jsonl (its format is in the
// command's doc, main.go).
type convRow struct {
	ID string `json:"id"`
	// Schema is "real_estate" (the default), "bant" or "b2b".
	Schema string `json:"schema"`
	// Rules are optional rules added to the default policy:
	// "out_of_scope", "competitor", "high_value".
	Rules []string `json:"rules"`
	Turns []struct {
		From string `json:"from"`
		Text string `json:"text"`
	} `json:"turns"`
	Expect *struct {
		Event      string  `json:"event"`
		AtLeadTurn *int    `json:"at_lead_turn"`
		Reason     *string `json:"reason"`
	} `json:"expect"`
}

// Event names used in conversations.jsonl.
const (
	eventHandoff = "handoff"
	eventOptOut  = "optout"
	eventNone    = "none"
)

// expectReasons are the reasons an expected handoff may name: the
// reasons of the rules replay can configure.
var expectReasons = []trigger.Reason{trigger.ReasonExplicitAsk, trigger.ReasonFields, trigger.ReasonScore,
	trigger.ReasonFrustration, trigger.ReasonOutOfScope, trigger.ReasonCompetitor, trigger.ReasonHighValue}

// checkExpect refuses a row replay could never score right: a turn from
// someone other than "ai" or "lead", an event other than handoff, optout
// and none, a handoff without a reason or with one no rule gives (a
// misspelt "opt-out" or "explicit-ask" would be scored wrong without a
// word), and a handoff or opt-out without at_lead_turn or with one past
// the conversation's last lead turn, or a turn given for none. Keys replay
// does not read (a "vertical" or a note) are ignored.
func checkExpect(c convRow) error {
	leadTurns := 0
	for i, t := range c.Turns {
		switch t.From {
		case "lead":
			leadTurns++
		case "ai":
		default:
			return fmt.Errorf("malformed line: turn %d from %q (want ai or lead)", i+1, t.From)
		}
	}
	e := c.Expect
	switch e.Event {
	case eventHandoff, eventOptOut:
		if e.AtLeadTurn == nil || *e.AtLeadTurn < 1 || *e.AtLeadTurn > leadTurns {
			got := "none"
			if e.AtLeadTurn != nil {
				got = strconv.Itoa(*e.AtLeadTurn)
			}
			return fmt.Errorf("malformed line: %s needs at_lead_turn between 1 and the %d lead turns (got %s)", e.Event, leadTurns, got)
		}
	case eventNone:
		if e.AtLeadTurn != nil && *e.AtLeadTurn != 0 {
			return fmt.Errorf("malformed line: at_lead_turn %d given for event none", *e.AtLeadTurn)
		}
	default:
		return fmt.Errorf("malformed line: unknown expected event %q (want handoff, optout or none)", e.Event)
	}
	if e.Event == eventHandoff && (e.Reason == nil || !slices.Contains(expectReasons, trigger.Reason(*e.Reason))) {
		names := make([]string, len(expectReasons))
		for i, r := range expectReasons {
			names[i] = string(r)
		}
		if e.Reason == nil {
			return fmt.Errorf("malformed line: handoff needs a reason (want %s)", strings.Join(names, ", "))
		}
		return fmt.Errorf("malformed line: unknown expected reason %q (want %s)", *e.Reason, strings.Join(names, ", "))
	}
	return nil
}

// ReplayResult is the outcome of one conversation.
type ReplayResult struct {
	ID                       string
	WantEvent, GotEvent      string
	WantReason, GotReason    string
	WantTurn, GotTurn        int // 0 when none
	Correct, Premature, Late bool
	AfterOptOut              bool
	Detail                   string
}

// Line renders the per-conversation line.
func (r ReplayResult) Line() string {
	mark := "ok"
	switch {
	case r.AfterOptOut:
		mark = "AFTER_OPTOUT"
	case r.Premature:
		mark = "PREMATURE"
	case r.Late:
		mark = "LATE"
	case !r.Correct:
		mark = "WRONG"
	}
	return strings.TrimSpace(fmt.Sprintf("%s %s expected=%s/%s@%d actual=%s/%s@%d %s", r.ID, mark,
		r.WantEvent, dash(r.WantReason), r.WantTurn, r.GotEvent, dash(r.GotReason), r.GotTurn, r.Detail))
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// ReplaySummary totals a replay.
type ReplaySummary struct {
	N, Correct, Premature, Late, AfterOptOut int
}

// Line renders the summary line.
func (s ReplaySummary) Line() string {
	return fmt.Sprintf("task=conversations n=%d correct=%d accuracy=%.3f premature=%d late=%d after_optout=%d",
		s.N, s.Correct, ratio(s.Correct, s.N), s.Premature, s.Late, s.AfterOptOut)
}

func runReplay(dir string, verbose bool, t *tiers, out, errw io.Writer) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("corpus directory: %w", err)
	}
	if !st.IsDir() {
		return fmt.Errorf("corpus directory: %s is not a directory", dir)
	}
	path := filepath.Join(dir, "conversations.jsonl")
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	engines := map[string]*handoff.Engine{} // by schema and rules
	var sum ReplaySummary
	ctx := context.Background()
	ferr := forEachLine(path, errw, func(n int, line []byte) error {
		var c convRow
		if err := json.Unmarshal(line, &c); err != nil {
			return fmt.Errorf("malformed line: %w", err)
		}
		if c.ID == "" || c.Expect == nil || len(c.Turns) == 0 {
			return errors.New("malformed line: need \"id\", \"turns\" and \"expect\"")
		}
		if err := checkExpect(c); err != nil {
			return err
		}
		key := c.Schema + "|" + strings.Join(c.Rules, ",")
		eng := engines[key]
		if eng == nil {
			cfg, err := ReplayConfig(c.Schema, c.Rules)
			if err != nil {
				return err
			}
			if err := t.configure(cfg); err != nil {
				return err
			}
			if eng, err = handoff.NewEngine(memstore.New(), cfg); err != nil {
				return fmt.Errorf("replay: engine: %w", err)
			}
			engines[key] = eng
		}
		r, err := ReplayConversation(ctx, eng, n, c)
		if err != nil {
			return err
		}
		sum.N++
		if r.Correct {
			sum.Correct++
		}
		if r.Premature {
			sum.Premature++
		}
		if r.Late {
			sum.Late++
		}
		if r.AfterOptOut {
			sum.AfterOptOut++
		}
		fmt.Fprintln(out, r.Line())
		return nil
	})
	fmt.Fprintln(out, sum.Line())
	return ferr
}

// schemasByName are the schemas replay rows and metrics --schema name.
var schemasByName = map[string]qualify.Schema{"": qualify.RealEstate, "real_estate": qualify.RealEstate,
	"bant": qualify.BANT, "b2b": qualify.B2B}

// ReplayConfig returns the engine configuration of a conversation row:
// the named schema, and the default policy with the named rules added in
// the order given, after the opt-out guard and the explicit ask and
// before frustration, qualification and the score. A rule the tenant
// configured names the topic the rep must know: an annoyed refund
// request is a billing dispute, and a borrower who is qualified in the
// same message as they name a 1.3M house is a high-value lead. Rules:
// "out_of_scope" ([trigger.OutOfScope], every topic),
// "competitor" ([trigger.Competitor], generic mentions) and "high_value"
// ([trigger.HighValueScope] at $500,000: amounts of at least that, or a
// large scope such as several properties, a whole-home repipe, a
// multi-system install or hundreds of seats).
func ReplayConfig(schema string, rules []string) (*handoff.Config, error) {
	sc, ok := schemasByName[schema]
	if !ok {
		return nil, fmt.Errorf("unknown schema %q (want real_estate, bant or b2b)", schema)
	}
	pol := trigger.DefaultPolicy()
	// DefaultPolicy is opt-out, explicit ask, then frustration, fields
	// and score
	rest := slices.Clone(pol.Rules[2:])
	pol.Rules = pol.Rules[:2]
	for _, r := range rules {
		switch r {
		case "out_of_scope":
			pol.Rules = append(pol.Rules, trigger.OutOfScope())
		case "competitor":
			pol.Rules = append(pol.Rules, trigger.Competitor())
		case "high_value":
			pol.Rules = append(pol.Rules, trigger.HighValueScope(500_000))
		default:
			return nil, fmt.Errorf("unknown rule %q (want out_of_scope, competitor or high_value)", r)
		}
	}
	pol.Rules = append(pol.Rules, rest...)
	return &handoff.Config{Schema: sc, Policy: pol}, nil
}

// ReplayConversation runs c through eng turn by turn: AI turns are
// recorded as the AI's outbound messages, lead turns go through Receive.
// The first handoff or opt-out is the conversation's event; later lead
// turns are still received, so a handoff after an opt-out is caught (and
// one after an opt-in that lifted it is not). Each conversation runs in a
// tenant of its own ("replay-<n>"), so no suppression, rep or round-robin
// position of one conversation reaches another, whatever the file's size.
func ReplayConversation(ctx context.Context, eng *handoff.Engine, n int, c convRow) (ReplayResult, error) {
	r := ReplayResult{ID: c.ID, WantEvent: c.Expect.Event, GotEvent: eventNone}
	if c.Expect.AtLeadTurn != nil {
		r.WantTurn = *c.Expect.AtLeadTurn
	}
	if c.Expect.Reason != nil {
		r.WantReason = *c.Expect.Reason
	}
	convID := fmt.Sprintf("replay-%d-%s", n, c.ID)
	tenant := fmt.Sprintf("replay-%d", n)
	_, err := eng.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: convID,
		Lead: store.Lead{Name: "Lead " + c.ID, Phone: fmt.Sprintf("+1202555%04d", n%10000)}})
	if err != nil {
		return r, fmt.Errorf("start %s: %w", c.ID, err)
	}
	leadTurn := 0
	optedOutAt := 0   // the lead turn of an opt-out no opt-in has lifted yet
	resubscribed := 0 // the first opt-in after the expected opt-out's turn
	for _, t := range c.Turns {
		switch t.From {
		case "ai":
			// The AI may speak only while it drives; later AI turns of the
			// file are ignored once a handoff or opt-out happened.
			if r.GotTurn == 0 {
				if _, err := eng.RecordAIMessage(ctx, handoff.AIMessage{TenantID: tenant, ConversationID: convID, Body: t.Text}); err != nil {
					return r, fmt.Errorf("%s: record AI turn: %w", c.ID, err)
				}
			}
		case "lead":
			leadTurn++
			o, err := eng.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: convID, Body: t.Text,
				ProviderID: fmt.Sprintf("%s-%d", convID, leadTurn)})
			if err != nil {
				return r, fmt.Errorf("%s: lead turn %d: %w", c.ID, leadTurn, err)
			}
			switch o.Kind {
			case handoff.OutcomeHandoff:
				if optedOutAt > 0 {
					r.AfterOptOut = true
				}
				if r.GotTurn == 0 {
					r.GotEvent, r.GotReason, r.GotTurn, r.Detail = eventHandoff, string(o.Reason), leadTurn, o.Detail
				}
			case handoff.OutcomeOptedOut, handoff.OutcomeReview:
				// a message sent to a person's review silences the AI as an
				// opt-out does: it is the conversation's opt-out event
				if optedOutAt == 0 {
					optedOutAt = leadTurn
				}
				if r.GotTurn == 0 {
					r.GotEvent, r.GotTurn, r.Detail = eventOptOut, leadTurn, o.Rule
				}
			case handoff.OutcomeOptedIn:
				// START lifted the suppression: the lead asked for texts
				// again, and a handoff after it is no handoff after an
				// opt-out
				optedOutAt = 0
				if resubscribed == 0 && leadTurn > r.WantTurn {
					resubscribed = leadTurn
				}
			}
		default: // checkExpect refused it
			return r, fmt.Errorf("%s: turn from %q (want ai or lead)", c.ID, t.From)
		}
	}
	// a handoff at or after the turn where the lead opted out, unless the
	// lead opted in again between the two
	if r.WantEvent == eventOptOut && r.GotEvent == eventHandoff && r.GotTurn >= r.WantTurn &&
		(resubscribed == 0 || resubscribed > r.GotTurn) {
		r.AfterOptOut = true
	}
	r.Correct = r.GotEvent == r.WantEvent && r.GotTurn == r.WantTurn &&
		(r.WantEvent != eventHandoff || r.GotReason == r.WantReason)
	switch {
	case r.Correct:
	case r.GotTurn > 0 && (r.WantTurn == 0 || r.GotTurn < r.WantTurn):
		r.Premature = true
	case r.WantTurn > 0 && (r.GotTurn == 0 || r.GotTurn > r.WantTurn):
		r.Late = true
	}
	return r, nil
}
