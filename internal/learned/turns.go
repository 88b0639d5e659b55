package learned

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// turnJSON is the part of a conversation row (testdata's
// conversations.jsonl) the trainer reads.
type turnJSON struct {
	Lang  string   `json:"lang"`
	Rules []string `json:"rules"`
	Turns []struct {
		From string `json:"from"`
		Text string `json:"text"`
	} `json:"turns"`
	Expect struct {
		Event  string `json:"event"`
		At     int    `json:"at_lead_turn"`
		Reason string `json:"reason"`
	} `json:"expect"`
}

// LoadTurnRows reads <dir>/conversations.jsonl for each writer folder in
// dirs and returns, as negatives with Turn set, the lead turns the
// conversation's expectation says raised nothing: every lead turn before
// the expected event (every turn of a conversation expected to raise
// none) is no opt-out, explicit ask, frustration or commitment, and the
// turn of a handoff is no opt-out. A turn before the event holds no
// commitment the model should fire on: the reference scorer counts the
// model's commitment as clear readiness, enough to reach 70 on its own,
// so a turn that had it would have handed off.
//
// The event's own turn is not made a positive: it is often a reply read
// in the light of the assistant's question ("yup" to "shall we stop
// texting?"), and the model reads a message alone. These are the replies
// a model meets most in production, a handful per lead, and the model
// calibrated on single messages alone fired on them; the trainer uses
// them as training rows and, for the thresholds, as ordinary messages
// (see [TrainConfig.OrdinaryFPR]).
func LoadTurnRows(fsys fs.FS, dirs []string) ([]Row, error) {
	var rows []Row
	err := eachConversation(fsys, dirs, func(writer string, c turnJSON, leads []string, at int) {
		add := func(t Task, text string) {
			rows = append(rows, Row{Task: t, Text: text, Lang: c.Lang, Group: "conversation turn", Writer: writer, Turn: true})
		}
		for i, text := range leads {
			switch n := i + 1; {
			case n < at:
				add(OptOut, text)
				add(ExplicitAsk, text)
				add(Frustration, text)
				add(Commitment, text)
			case n == at && c.Expect.Event == "handoff":
				add(OptOut, text)
			}
		}
	})
	return rows, err
}

// eachConversation calls fn with each conversation of the
// conversations.jsonl files of dirs, its lead turns and the number of
// the lead turn its expected event is raised on ([turnJSON.leadTurns]);
// a malformed conversation is an error naming the file and line.
func eachConversation(fsys fs.FS, dirs []string, fn func(writer string, c turnJSON, leads []string, at int)) error {
	return eachLine(fsys, dirs, []string{"conversations"}, func(writer, _ string, line []byte) error {
		var c turnJSON
		if err := json.Unmarshal(line, &c); err != nil {
			return err
		}
		leads, at, err := c.leadTurns()
		if err != nil {
			return err
		}
		fn(writer, c, leads, at)
		return nil
	})
}

// leadTurns returns the conversation's lead turns and the number of the
// lead turn its expected event is raised on: one past the last for a
// conversation expected to raise none.
func (c turnJSON) leadTurns() ([]string, int, error) {
	var leads []string
	for _, t := range c.Turns {
		switch t.From {
		case "lead":
			if strings.TrimSpace(t.Text) == "" {
				return nil, 0, errors.New("empty lead turn")
			}
			leads = append(leads, t.Text)
		case "ai":
		default:
			return nil, 0, fmt.Errorf("turn from %q: want \"ai\" or \"lead\"", t.From)
		}
	}
	at := c.Expect.At
	switch {
	case c.Expect.Event == "none":
		at = len(leads) + 1
	case c.Expect.Event != "handoff" && c.Expect.Event != "optout":
		return nil, 0, fmt.Errorf("unknown expected event %q", c.Expect.Event)
	case at < 1 || at > len(leads):
		return nil, 0, fmt.Errorf("at_lead_turn %d outside 1..%d", at, len(leads))
	}
	return leads, at, nil
}

// LoadTraining reads everything the message model trains on from repo, a
// file system rooted at the repository: the task files of the folders
// [TrainingDirs] returns, then the lead turns of their conversations
// ([LoadTurnRows]).
func LoadTraining(repo fs.FS) ([]Row, error) {
	dirs, err := TrainingDirs(repo)
	if err != nil {
		return nil, err
	}
	rows, err := LoadRowsFrom(repo, dirs)
	if err != nil {
		return nil, err
	}
	turns, err := LoadTurnRows(repo, dirs)
	return append(rows, turns...), err
}
