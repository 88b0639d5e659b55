package learned

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path"
	"slices"
	"strings"
)

// TopicRow is one training message of the topic model: a lead turn of a
// conversation that lists the topic's rule, and whether it raises the
// topic.
type TopicRow struct {
	Topic  TopicTask
	Text   string
	Label  bool
	Writer string
	// Borrowed marks a negative borrowed from another task's file (see
	// [BorrowTopicNegatives]): it trains the topic but does not set its
	// threshold, which is calibrated on the topic's own rows.
	Borrowed bool
}

// BorrowTopicNegatives returns, as negatives of the competitor and
// high-value topics, the message model's rows of the explicit-ask,
// commitment and frustration files (rows, from [LoadTraining];
// conversation turns left out): tens of thousands of messages to a
// business, which teach the topic model that the words every such
// message shares ("you", "yours", "me", "offered", "better", "all",
// "whole") say nothing about another company or a large deal. Trained on
// the topics' own rows alone, it read "you quoted me 120 last week" and
// "I think you can do better on the price" as a rival's quote. Some of
// those rows name a rival or a large job in passing: they are noise the
// thresholds, set on the topics' own rows only, do not see.
func BorrowTopicNegatives(rows []Row) []TopicRow {
	var out []TopicRow
	for _, r := range rows {
		if r.Turn || (r.Task != ExplicitAsk && r.Task != Commitment && r.Task != Frustration) {
			continue
		}
		out = append(out, TopicRow{Topic: CompetitorTopic, Text: r.Text, Writer: r.Writer, Borrowed: true},
			TopicRow{Topic: HighValueTopic, Text: r.Text, Writer: r.Writer, Borrowed: true})
	}
	return out
}

// LoadTopicRows reads <dir>/conversations.jsonl for each writer folder
// in dirs and returns the topic model's rows. For each topic whose rule
// a conversation lists in "rules" ("out_of_scope", "competitor",
// "high_value"; others are ignored), the lead turn on which the conversation expects a
// handoff for that reason is a positive, and every lead turn before the
// expected event (every turn of a conversation expected to raise none)
// a negative: the writers made sure nothing earlier would hand off. So is
// a turn that hands off for another reason (frustration, fields, the
// score, another topic): the writers made a conversation's last turn
// raise one event. An explicit ask's turn and an opt-out's are neither:
// both come first whatever else the message says, so their writers had
// no reason to keep a topic out of them.
//
// Conversations that do not list a topic's rule teach it nothing: their
// writers put the topic's words in them on purpose, as mentions that must
// not hand off while the rule is off, so they are neither positives nor
// negatives.
//
// A writer folder may also hold a file per topic of single messages
// labelled for it (<dir>/out_of_scope.jsonl, <dir>/competitor.jsonl,
// <dir>/high_value.jsonl, rows {"text","label",...} as the message
// model's task files): they are read first.
func LoadTopicRows(fsys fs.FS, dirs []string) ([]TopicRow, error) {
	var rows []TopicRow
	stems := make([]string, NumTopicTasks)
	for t := range NumTopicTasks {
		stems[t] = t.String()
	}
	err := eachLine(fsys, dirs, stems, func(writer, stem string, line []byte) error {
		r, err := parseLabelled(line)
		if err != nil {
			return err
		}
		t, _ := ParseTopicTask(stem)
		rows = append(rows, TopicRow{Topic: t, Text: r.Text, Label: *r.Label, Writer: writer})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachConversation(fsys, dirs, func(writer string, c turnJSON, leads []string, at int) {
		for _, name := range c.Rules {
			topic, ok := ParseTopicTask(name)
			if !ok {
				continue
			}
			for i, text := range leads {
				switch n := i + 1; {
				case n < at:
					rows = append(rows, TopicRow{Topic: topic, Text: text, Writer: writer})
				case n == at && c.Expect.Event == "handoff" && c.Expect.Reason == name:
					rows = append(rows, TopicRow{Topic: topic, Text: text, Label: true, Writer: writer})
				case n == at && c.Expect.Event == "handoff" && c.Expect.Reason != "explicit_ask":
					// the writers made the last turn raise one event: a
					// turn that hands off for frustration, fields, the
					// score or another topic does not raise this one
					rows = append(rows, TopicRow{Topic: topic, Text: text, Writer: writer})
				}
			}
		}
	})
	return rows, err
}

// TrainTopics fits the topic model on rows as [TrainFields] fits the
// field model: one weight vector per topic, its writers held out in
// cfg.Folds groups, a threshold per topic at which at most
// cfg.TopicFireFPR of the held-out writers' own negatives score
// (borrowed rows train but are not counted; never below p =
// cfg.TopicMinProb), then a refit on all rows. A topic rule
// reads every lead turn of a conversation, so the rate is per turn.
// Rows are deduplicated per topic (conflicting duplicates dropped).
// Deterministic, like [Train].
func TrainTopics(rows []TopicRow, cfg TrainConfig) (Result, error) {
	bits := cfg.TopicBits
	if bits < 8 || bits > 24 {
		return Result{}, fmt.Errorf("learned: TopicBits %d out of 8..24", bits)
	}
	cfg.Fits = 1
	if cfg.FieldLR > 0 {
		cfg.LR = cfg.FieldLR
	}
	rows = dedupeBy(rows, func(r TopicRow) (string, string) { return r.Topic.String(), r.Text },
		func(a, b TopicRow) bool { return a.Label == b.Label })
	m := &TopicModel{bits: bits, mask: 1<<bits - 1, sqrtN: cfg.SqrtNorm, w: make([][NumTopicTasks]int16, 1<<bits)}
	var card strings.Builder
	fmt.Fprintf(&card, "# The learned tier's topic model card\n\nGenerated by `go run ./internal/learned/cmd/train`; do not edit.\n\n")
	fmt.Fprintf(&card, "The topic model says whether a lead message raises a topic a configurable handoff rule watches for: a question to leave to a person (trigger.OutOfScope with every topic), another company (trigger.Competitor with no names) and a large deal told without a number (trigger.HighValueScope, on messages with no digits). The same features and trainer as the message model (MODEL.md), one weight vector per topic, %d buckets, int16 weights. It trains on the single messages of the writers' topic files (out_of_scope.jsonl, competitor.jsonl, labelled) and on the lead turns of the training folders' conversations that list the topic's rule: the turn that hands off for the topic is a positive, every turn before a conversation's expected event, and a turn that hands off for another reason than an ask or an opt-out, a negative; conversations without the rule are left out (their writers put the topic in them as mentions that must not hand off while the rule is off). The competitor and high-value topics also train on the message model's explicit-ask, commitment and frustration rows as borrowed negatives (ordinary messages to a business), which do not count in their thresholds or figures. Thresholds: out-of-fold, each writer scored by a model trained without it (each topic's writers held out in %d groups), at most %g of the held-out writers' own negatives reach it, and never below p = %g. Rows are deduplicated per topic (conflicting duplicates dropped).\n\n", 1<<bits, cfg.Folds, cfg.TopicFireFPR, cfg.TopicMinProb)
	fmt.Fprintf(&card, "## Out-of-fold, all held-out writers\n\n| topic | writers | rows | borrowed | positives | fire at p >= | recall | fpr |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for t := TopicTask(0); t < NumTopicTasks; t++ {
		// each topic's folds come from its own writers, so a writer who
		// wrote for one topic does not move another topic's folds
		var trows []TopicRow
		for _, r := range rows {
			if r.Topic == t {
				trows = append(trows, r)
			}
		}
		ws := writersOf(trows, func(r TopicRow) string { return r.Writer })
		var exs []example
		own, borrowed := 0, 0
		var ownWriters []string
		for _, r := range trows {
			if r.Borrowed {
				borrowed++
			} else {
				own++
				if !slices.Contains(ownWriters, r.Writer) {
					ownWriters = append(ownWriters, r.Writer)
				}
			}
			exs = append(exs, example{idx: bucketsOf(r.Text, m.mask), label: r.Label, own: !r.Borrowed, fold: slices.Index(ws, r.Writer)})
		}
		if len(exs) == 0 {
			m.params[t] = TaskParams{Fire: math.Inf(1), Review: math.Inf(1)}
			fmt.Fprintf(&card, "| %s | 0 | 0 | 0 | 0 | never | | |\n", t)
			continue
		}
		q, p, c := fitLabel(exs, ws, cfg, m.mask, cfg.TopicFireFPR, cfg.TopicMinProb)
		m.params[t] = p
		for b := range q.w {
			m.w[b][t] = q.w[b]
		}
		fmt.Fprintf(&card, "| %s | %d | %d | %d | %d | %.4f | %.3f | %.3f |\n", t, len(ownWriters), own, borrowed, c.pos(), sigmoid(p.Fire), c.recall(), c.fpr())
	}
	bin := appendTopicModel(nil, m)
	sum := sha256.Sum256(bin)
	fmt.Fprintf(&card, "\n## File\n\ntopics.bin: %d bytes, sha256 %s\n", len(bin), hex.EncodeToString(sum[:]))
	return Result{Model: bin, Card: []byte(card.String())}, nil
}

// WriteTopicFiles writes res, from [TrainTopics], to dir as topics.bin
// and TOPICS.md.
func WriteTopicFiles(dir string, res Result) error {
	if err := os.WriteFile(path.Join(dir, "topics.bin"), res.Model, 0o644); err != nil {
		return err
	}
	return os.WriteFile(path.Join(dir, "TOPICS.md"), res.Card, 0o644)
}
