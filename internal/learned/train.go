package learned

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"
)

// Row is one labelled training message.
type Row struct {
	Task   Task
	Text   string
	Label  bool
	Lang   string // "en", "es", "spanglish"
	Group  string // the writer's class name
	Writer string // the folder the row came from
	// Turn marks a lead turn of a conversation (see [LoadTurnRows]): it
	// trains the task as its own rows do, but counts among the ordinary
	// messages the task's thresholds are capped on, not among its own
	// rows, and no other task borrows it.
	Turn bool
}

type rowJSON struct {
	Text  string `json:"text"`
	Label *bool  `json:"label"`
	Lang  string `json:"lang"`
	Group string `json:"group"`
}

// parseLabelled reads one row of a labelled task file: it needs a text
// and a label.
func parseLabelled(line []byte) (rowJSON, error) {
	var r rowJSON
	if err := json.Unmarshal(line, &r); err != nil {
		return r, err
	}
	if r.Label == nil || strings.TrimSpace(r.Text) == "" {
		return r, errors.New("need \"text\" and \"label\"")
	}
	return r, nil
}

// LoadRows reads every <writer>/<task>.jsonl under root in fsys (writers
// and tasks in name order, rows in file order). Unknown files are skipped;
// a malformed line is an error naming the file and line.
func LoadRows(fsys fs.FS, root string) ([]Row, error) {
	dirs, err := writerDirs(fsys, root)
	if err != nil {
		return nil, err
	}
	return LoadRowsFrom(fsys, dirs)
}

// LoadRowsFrom reads <dir>/<task>.jsonl for each writer folder in dirs, in
// the order given; a row's writer is the folder's base name.
func LoadRowsFrom(fsys fs.FS, dirs []string) ([]Row, error) {
	var rows []Row
	stems := make([]string, NumTasks)
	for t := range NumTasks {
		stems[t] = t.String()
	}
	err := eachLine(fsys, dirs, stems, func(writer, stem string, line []byte) error {
		r, err := parseLabelled(line)
		if err != nil {
			return err
		}
		t, _ := ParseTask(stem)
		rows = append(rows, Row{Task: t, Text: r.Text, Label: *r.Label, Lang: r.Lang, Group: r.Group, Writer: writer})
		return nil
	})
	return rows, err
}

// DevSetsFile names the list, in internal/learned/data, of the development
// sets under the repository's testdata folder that the trainer reads too:
// one folder name per line, blank lines and "#" comments ignored. A dev set
// is tuned on by the rules and then trained on by the model; only folders
// named dev<N> may be listed, so a blind set, which measures, never trains.
const DevSetsFile = "devsets.txt"

// TrainingDirs returns the writer folders the trainer reads, as paths in
// repo, a file system rooted at the repository: every folder under
// internal/learned/data in name order, then testdata/<name> for each name
// in [DevSetsFile] in the order listed. A listed name that is not dev<N>,
// is missing or not a plain folder (a symbolic link is refused), or
// repeats a writer is an error.
func TrainingDirs(repo fs.FS) ([]string, error) {
	const data, testdata = "internal/learned/data", "testdata"
	dirs, err := writerDirs(repo, data)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]string, len(dirs)) // writer -> where it is
	for _, d := range dirs {
		seen[path.Base(d)] = d
	}
	list, err := fs.ReadFile(repo, path.Join(data, DevSetsFile))
	if errors.Is(err, fs.ErrNotExist) {
		return dirs, nil
	}
	if err != nil {
		return nil, err
	}
	for i, line := range strings.Split(string(list), "\n") {
		name, _, _ := strings.Cut(line, "#")
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", path.Join(data, DevSetsFile), i+1)
		if !isDevSetName(name) {
			return nil, fmt.Errorf("%s: %q is not a development set (dev<N>): only they are trained on", where, name)
		}
		d := path.Join(testdata, name)
		if prev, ok := seen[name]; ok {
			return nil, fmt.Errorf("%s: writer %q is already %s", where, name, prev)
		}
		seen[name] = d
		// Lstat: a link named like a dev set could point at a blind one
		if fi, err := fs.Lstat(repo, d); err != nil || !fi.IsDir() {
			return nil, fmt.Errorf("%s: no folder %s", where, d)
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}

func isDevSetName(s string) bool {
	digits, ok := strings.CutPrefix(s, "dev")
	if !ok || digits == "" {
		return false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// writerDirs lists the folders directly under root, in name order.
func writerDirs(fsys fs.FS, root string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, root) // sorted by name
	if err != nil {
		return nil, err
	}
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dirs = append(dirs, path.Join(root, e.Name()))
		}
	}
	return dirs, nil
}

// eachLine calls fn for every non-blank line of <dir>/<stem>.jsonl for
// each writer folder in dirs, in the order given, and stems in the order
// given; a missing file is skipped, and an error names the file and line.
func eachLine(fsys fs.FS, dirs []string, stems []string, fn func(writer, stem string, line []byte) error) error {
	for _, dir := range dirs {
		writer := path.Base(dir)
		for _, stem := range stems {
			p := path.Join(dir, stem+".jsonl")
			b, err := fs.ReadFile(fsys, p)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return err
			}
			sc := bufio.NewScanner(bytes.NewReader(b))
			sc.Buffer(nil, 1<<20)
			n := 0
			for sc.Scan() {
				n++
				line := bytes.TrimSpace(sc.Bytes())
				if len(line) == 0 {
					continue
				}
				if err := fn(writer, stem, line); err != nil {
					return fmt.Errorf("%s:%d: %w", p, n, err)
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
	}
	return nil
}

// TrainConfig sets the trainer's hyper-parameters. [DefaultTrainConfig]
// is what produced the embedded model.
type TrainConfig struct {
	Bits     uint8   // log2 of the hash buckets
	SqrtNorm bool    // scale features by 1/sqrt(count)
	Epochs   int     // passes over the data
	LR       float64 // AdaGrad learning rate
	L2       float64 // L2 penalty per update on the touched weights
	Seed     uint64  // shuffling seed
	// Folds is how many groups of writers the out-of-fold scores are
	// computed in: each writer's rows are scored by a model trained on
	// the writers outside its group. 0, or at least as many as the
	// writers held out, holds out one writer at a time. With some 190
	// writers, one at a time took a two-core machine over 15 minutes to
	// train; ten groups take a tenth of that and still hold each writer's
	// rows out together, so the thresholds measure a new writer.
	Folds int
	// Fits is how many fits of the message model are averaged, each
	// with its rows shuffled by its own seed (Seed, Seed+1, ...); 0 or 1
	// is one fit.
	Fits int
	// PosWeight caps the weight of a positive row relative to a negative
	// (rows are weighted so the classes count equally, up to this cap).
	PosWeight float64
	// Target false-positive rates on held-out writers' negatives: the
	// threshold of each task is the lowest that keeps its rate at or below
	// the target. ReviewFPR is the rate of the opt-out review band and
	// suppression together.
	FireFPR   [NumTasks]float64
	ReviewFPR float64
	// OrdinaryFPR caps, per task, the rate at which the model acts on
	// held-out writers' ordinary messages (0: no cap): the negatives a
	// task borrows from other tasks' files and the lead turns of the
	// development conversations that raised nothing ([LoadTurnRows]).
	// For opt-out it caps the review band, the lowest score the model
	// acts on. A conversation is mostly such messages, a handful per lead,
	// so a threshold calibrated on a task's own look-alikes alone can sit
	// too low for it.
	OrdinaryFPR [NumTasks]float64
	// MinProb is the lowest probability a threshold may have.
	MinProb float64
	// MinReviewProb is the lowest probability at which the model alone
	// sends an opt-out to review (pausing the AI), MinSuppressProb the
	// lowest at which it suppresses one, and MinFireProb, per task, the
	// lowest at which the model alone fires (0: none; the opt-out's entry
	// is ignored, since a fire floor would close the band). They are
	// hand-set floors above the calibrated thresholds, and the embedded
	// model has none. Until stop 48 the trainer saw no conversation:
	// calibrated on single messages, the model met a conversation's every
	// reply, and retrains that grew surer of themselves handed off on "I
	// run the office so it's my call" as an ask, on "its 5:15. nobody
	// came" as frustration or on "we're ready to list in the spring" as
	// readiness. Floors (0.845 and 0.865 for the opt-out, 0.915 for the
	// ask and frustration, 0.775 for commitment) kept them off, at a cost
	// in recall: with dev237 to dev248 added they still lost 3 to 9 blind
	// conversations. With the development conversations' turns among the
	// ordinary messages the calibrated thresholds see those replies:
	// without the floors and with dev237 to dev248, the retrain (opt-out
	// 0.745, review band 0.6, ask 0.716, frustration 0.654, commitment
	// 0.6), with the rule changes it called for, got 40 more of the 3,665
	// older blind conversations right (29 fewer handed off early) and
	// higher opt-out, ask and frustration recall on them, at one more
	// false ask on three of the 33 sets that have asks.
	MinReviewProb   float64
	MinSuppressProb float64
	MinFireProb     [NumTasks]float64
	// AlwaysTrain names writers whose rows are never held out: composed
	// rows written by the engineers, which would flatter a measurement of
	// generalisation to a new writer.
	AlwaysTrain []string
	// FieldBits is log2 of the field model's hash buckets, FieldFireFPR
	// the share of a field's held-out negatives (rows that do not state
	// it) that may reach its threshold, FieldMinProb the lowest
	// probability a field's threshold may have and FieldLR the field
	// model's learning rate, in place of LR when set (see [TrainFields]).
	FieldBits    uint8
	FieldLR      float64
	FieldFireFPR float64
	FieldMinProb float64
	// TopicBits is log2 of the topic model's hash buckets, TopicFireFPR
	// the share of held-out conversation turns that raise nothing which
	// may reach a topic's threshold, TopicMinProb the lowest probability
	// a topic's threshold may have; the topic model learns at FieldLR
	// (see [TrainTopics]). The competitor topic's threshold sits on the
	// floor: with borrowed negatives no held-out own negative reaches
	// p 0.5. At 0.5 it read "ya me precalificaron ustedes, ¿no?" (the
	// sender's own pre-approval, p 0.56) as a rival; 0.6 gives up 3 blind
	// conversations of 18 it puts right.
	TopicBits    uint8
	TopicFireFPR float64
	TopicMinProb float64
}

// DefaultTrainConfig returns the configuration of the embedded model.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{
		Bits: 17, SqrtNorm: true, Epochs: 25, LR: 0.4, L2: 1e-4, Seed: 20240805, Fits: 3, PosWeight: 1, Folds: 10,
		// the opt-out's target was 0.003 until stop 72 (data/README.md)
		FireFPR:      [NumTasks]float64{OptOut: 0.004, ExplicitAsk: 0.005, Frustration: 0.01, Commitment: 0.01},
		OrdinaryFPR:  [NumTasks]float64{OptOut: 0.002, ExplicitAsk: 0.002, Frustration: 0.002, Commitment: 0.01},
		ReviewFPR:    0.02,
		MinProb:      0.6,
		MinFireProb:  [NumTasks]float64{},
		AlwaysTrain:  []string{"eng"},
		FieldBits:    15,
		FieldLR:      0.2,
		FieldFireFPR: 0.02,
		FieldMinProb: 0.92,
		TopicBits:    15,
		TopicFireFPR: 0.002,
		TopicMinProb: 0.6,
	}
}

// example is a featurised row: bucket indices and its label.
type example struct {
	idx    []int32
	label  bool
	own    bool // a row of the task's own file, not a borrowed negative or a conversation's turn
	turn   bool // a lead turn of a conversation
	weight float64
	fold   int
}

// Result is what [Train] produces.
type Result struct {
	Model []byte // model.bin
	Card  []byte // MODEL.md: data, configuration, held-out metrics
}

// Train fits one weight vector per task on rows, chooses each task's
// thresholds on out-of-fold scores (each writer's rows scored by a model
// trained without them, see [TrainConfig.Folds]), refits on all rows and serialises the
// quantised model. It is deterministic: the same rows and configuration
// give the same bytes on every platform.
func Train(rows []Row, cfg TrainConfig) (Result, error) {
	if cfg.Bits < 8 || cfg.Bits > 24 {
		return Result{}, fmt.Errorf("learned: Bits %d out of 8..24", cfg.Bits)
	}
	rows = dedupe(dropConflictingTurns(rows))
	var writers []string
	for _, r := range rows {
		if !slices.Contains(writers, r.Writer) {
			writers = append(writers, r.Writer)
		}
	}
	slices.Sort(writers)
	m := &Model{bits: cfg.Bits, mask: 1<<cfg.Bits - 1, sqrtN: cfg.SqrtNorm}
	weights := make([][NumTasks]int16, 1<<cfg.Bits) // by bucket
	var card strings.Builder
	writeCardHead(&card, rows, writers, cfg)
	for t := Task(0); t < NumTasks; t++ {
		// Negatives are borrowed only from writers who also wrote task t's
		// file, so every fold that calibrates t holds that writer's own
		// positives and look-alikes beside its ordinary messages. Writers
		// of other tasks only would otherwise move t's threshold by how
		// their ordinary messages happen to score.
		wrote := map[string]bool{}
		for _, r := range rows {
			if r.Task == t && !r.Turn {
				wrote[r.Writer] = true
			}
		}
		var exs []example
		for _, r := range rows {
			if r.Task == t || extraNegative(t, r) && wrote[r.Writer] {
				exs = append(exs, example{idx: bucketsOf(r.Text, m.mask), label: r.Task == t && r.Label, own: r.Task == t && !r.Turn,
					turn: r.Turn, fold: slices.Index(writers, r.Writer)})
			}
		}
		if len(exs) == 0 {
			m.params[t] = TaskParams{Fire: math.Inf(1), Review: math.Inf(1)}
			fmt.Fprintf(&card, "\n## %s\n\nno data: never fires\n", t)
			continue
		}
		weigh(exs, cfg.PosWeight)
		oof, folds := outOfFold(exs, writers, cfg, m.mask)
		q, p := fitAll(exs, cfg, m.mask)
		minLogit := logit(cfg.MinProb)
		// calibrate on the task's own rows of the held-out writers
		heldOut := func(e example) bool { return e.own && !slices.Contains(cfg.AlwaysTrain, writers[e.fold]) }
		if folds > 0 {
			ordinary := math.Inf(-1) // the model's floor on ordinary messages
			if r := cfg.OrdinaryFPR[t]; r > 0 {
				borrowed := func(e example) bool { return !e.own && !slices.Contains(cfg.AlwaysTrain, writers[e.fold]) }
				ordinary = thresholdAt(exs, oof, r, borrowed)
			}
			p.Fire = max(thresholdAt(exs, oof, cfg.FireFPR[t], heldOut), minLogit, ordinary)
			p.Review = p.Fire // no review band
			if f := cfg.MinFireProb[t]; f > 0 && t != OptOut {
				p.Fire = max(p.Fire, logit(f))
				p.Review = p.Fire
			}
			if t == OptOut {
				p.Fire = max(p.Fire, logit(cfg.MinSuppressProb))
				p.Review = min(max(thresholdAt(exs, oof, cfg.ReviewFPR, heldOut), minLogit, logit(cfg.MinReviewProb), ordinary), p.Fire)
			}
		}
		m.params[t] = p
		for b := range q.w {
			weights[b][t] = q.w[b]
		}
		writeCardTask(&card, t, exs, oof, p, writers, cfg, folds)
	}
	m.lanes = packLanes(weights)
	bin := appendModel(nil, m)
	sum := sha256.Sum256(bin)
	fmt.Fprintf(&card, "\n## File\n\nmodel.bin: %d bytes, sha256 %s\n", len(bin), hex.EncodeToString(sum[:]))
	return Result{Model: bin, Card: []byte(card.String())}, nil
}

// outOfFold scores each example by a model trained without its writer's
// rows (the engineers' rows of cfg.AlwaysTrain are never held out) and
// returns the logits and how many folds there were. With cfg.Folds
// groups of writers (see [foldGroups]) a writer's rows are held out
// together with the rest of its group.
func outOfFold(exs []example, writers []string, cfg TrainConfig, mask uint32) ([]float64, int) {
	oof := make([]float64, len(exs))
	group := foldGroups(writers, cfg)
	ngroups := 0
	for _, g := range group {
		ngroups = max(ngroups, g+1)
	}
	held := make([][]int, ngroups)
	for i, e := range exs {
		if g := group[e.fold]; g >= 0 {
			held[g] = append(held[g], i)
		}
	}
	// Each fold's fit is independent and writes only its own held-out
	// rows, so the folds run side by side and the scores are the same
	// bytes whatever the order they finish in.
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	folds := 0
	for f := range ngroups {
		if len(held[f]) == 0 || len(held[f]) == len(exs) {
			continue
		}
		folds++
		// the stream is named by the writers the fold holds out
		var names []string
		for w, gw := range group {
			if gw == f {
				names = append(names, writers[w])
			}
		}
		g.Go(func() error {
			train := make([]example, 0, len(exs)-len(held[f]))
			for _, e := range exs {
				if group[e.fold] != f {
					train = append(train, e)
				}
			}
			w, bias := fit(train, cfg, mask, foldStream(strings.Join(names, "\x00")))
			q := quantise(w, bias)
			for _, i := range held[f] {
				oof[i] = q.logit(exs[i].idx, cfg.SqrtNorm)
			}
			return nil
		})
	}
	_ = g.Wait() // the folds return no errors
	return oof, folds
}

// foldGroups assigns each writer its out-of-fold group, -1 for the
// writers of cfg.AlwaysTrain. With cfg.Folds at 0 or at least the number
// of writers held out, every writer is its own group; otherwise the
// writers, ordered by a hash of their names (so that the groups do not
// follow the order the data was written in), are dealt round the
// groups in turn.
func foldGroups(writers []string, cfg TrainConfig) []int {
	group := make([]int, len(writers))
	var out []int
	for w, name := range writers {
		if slices.Contains(cfg.AlwaysTrain, name) {
			group[w] = -1
			continue
		}
		out = append(out, w)
	}
	if cfg.Folds <= 0 || cfg.Folds >= len(out) {
		for k, w := range out {
			group[w] = k
		}
		return group
	}
	slices.SortFunc(out, func(a, b int) int {
		ha, hb := foldStream(writers[a]), foldStream(writers[b])
		if ha != hb {
			return cmp.Compare(ha, hb)
		}
		return strings.Compare(writers[a], writers[b])
	})
	for k, w := range out {
		group[w] = k % cfg.Folds
	}
	return group
}

// fitAll fits on every example and returns the quantised weights and
// their calibration with closed thresholds, for the caller to open.
func fitAll(exs []example, cfg TrainConfig, mask uint32) (quantised, TaskParams) {
	w, bias := fit(exs, cfg, mask, 0)
	q := quantise(w, bias)
	return q, TaskParams{Bias: q.bias, Scale: q.scale, Fire: math.Inf(1), Review: math.Inf(1)}
}

// extraNegative reports a row of another task that is a negative of task
// t: an explicit ask or a commitment message is not an opt-out (the
// guide's definitions exclude each other); and the ordinary messages of
// the opt-out and ask files (their negatives: look-alikes, questions,
// narratives) are neither frustrated nor committed, which is what the
// short answers of a real conversation mostly are. Without them the two
// tasks fired on "hard to say" or "mornings" in whole conversations. A
// frustrated message may well be an opt-out, so opt-out borrows nothing
// from frustration, and frustration and commitment borrow nothing from
// each other.
func extraNegative(t Task, r Row) bool {
	if r.Turn {
		return false // a turn is labelled for each task it settles
	}
	switch t {
	case OptOut:
		return r.Task == ExplicitAsk && r.Label || r.Task == Commitment
	case Commitment, Frustration:
		return r.Task != t && !r.Label && r.Task != Frustration && r.Task != Commitment
	}
	return false
}

// dropConflictingTurns drops a conversation's turn whose task and text
// (as tokenised) are a task file's row: the file's label is the writer's
// judgement of the message itself, the turn's only what a conversation's
// expectation implies, so the file row wins instead of both going as a
// conflict.
func dropConflictingTurns(rows []Row) []Row {
	type key struct {
		t    Task
		text string
	}
	labelled := map[key]bool{}
	for _, r := range rows {
		if !r.Turn {
			labelled[key{r.Task, strings.Join(Tokenize(r.Text), " ")}] = true
		}
	}
	return slices.DeleteFunc(slices.Clone(rows), func(r Row) bool {
		return r.Turn && labelled[key{r.Task, strings.Join(Tokenize(r.Text), " ")}]
	})
}

// dedupe drops a row whose task and text (as tokenised) repeat an earlier
// row's; when two such rows disagree, both go.
func dedupe(rows []Row) []Row {
	return dedupeBy(rows, func(r Row) (string, string) { return r.Task.String(), r.Text },
		func(a, b Row) bool { return a.Label == b.Label })
}

// dedupeBy keeps the first row of each group, rows of one kind whose
// texts tokenise alike (keyOf returns both), and drops a group whose rows
// disagree (same says whether two rows agree).
func dedupeBy[R any](rows []R, keyOf func(R) (kind, text string), same func(a, b R) bool) []R {
	type key struct{ kind, text string }
	first := map[key]int{}
	conflict := map[key]bool{}
	keys := make([]key, len(rows))
	for i, r := range rows {
		kind, text := keyOf(r)
		k := key{kind, strings.Join(Tokenize(text), " ")}
		keys[i] = k
		if j, ok := first[k]; ok {
			if !same(rows[j], r) {
				conflict[k] = true
			}
			continue
		}
		first[k] = i
	}
	var out []R
	for i, r := range rows {
		if first[keys[i]] == i && !conflict[keys[i]] {
			out = append(out, r)
		}
	}
	return out
}

func bucketsOf(text string, mask uint32) []int32 {
	hs := Features(text, nil)
	idx := make([]int32, len(hs))
	for i, h := range hs {
		idx[i] = int32(h & mask)
	}
	return idx
}

// weigh gives the classes equal total weight, a positive weighing at most
// capPos times a negative.
func weigh(exs []example, capPos float64) {
	pos := 0
	for _, e := range exs {
		if e.label {
			pos++
		}
	}
	neg := len(exs) - pos
	wp := 1.0
	if pos > 0 && neg > 0 {
		wp = min(max(float64(neg)/float64(pos), 1/capPos), capPos)
	}
	for i := range exs {
		exs[i].weight = 1
		if exs[i].label {
			exs[i].weight = wp
		}
	}
}

// fit runs AdaGrad on the weighted logistic loss, cfg.Fits times with
// the seeds Seed, Seed+1, ..., and returns the mean weights and bias.
func fit(exs []example, cfg TrainConfig, mask uint32, stream uint64) ([]float64, float64) {
	w, bias := fitOnce(exs, cfg, mask, cfg.Seed, stream)
	if cfg.Fits <= 1 {
		return w, bias
	}
	for k := 1; k < cfg.Fits; k++ {
		wk, bk := fitOnce(exs, cfg, mask, cfg.Seed+uint64(k), stream)
		for j := range w {
			w[j] += wk[j]
		}
		bias += bk
	}
	for j := range w {
		w[j] /= float64(cfg.Fits)
	}
	return w, bias / float64(cfg.Fits)
}

// fitOnce is one AdaGrad fit, its rows shuffled by (seed, stream).
// Every product is rounded explicitly so no platform fuses a
// multiply-add.
//
// fitOnce touches only its own slices (and reads exs), so the race
// detector is told to skip its accesses: with them checked, the trainer
// test took 953 s of .ci/run's `go test -race` (20 m timeout), without
// them 105 s (one fit per model then; the default is three now). Its shuffle closure and outOfFold's writes of the scores
// stay checked; its reads of exs do not, so nothing may write exs while
// folds run.
//
//go:norace
func fitOnce(exs []example, cfg TrainConfig, mask uint32, seed, stream uint64) ([]float64, float64) {
	n := int(mask) + 1
	w := make([]float64, n)
	g2 := make([]float64, n)
	bias, gb := 0.0, 0.0
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, stream))
	const eps = 1e-8
	for ep := 0; ep < cfg.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, oi := range order {
			e := exs[oi]
			x := 1.0
			if cfg.SqrtNorm && len(e.idx) > 0 {
				x = 1 / math.Sqrt(float64(len(e.idx)))
			}
			z := bias
			for _, j := range e.idx {
				z += float64(w[j] * x)
			}
			y := 0.0
			if e.label {
				y = 1
			}
			g := float64(float64(sigmoid(z)-y) * e.weight) // dloss/dz
			gb += float64(g * g)
			bias -= float64(cfg.LR*g) / math.Sqrt(gb+eps)
			gx := float64(g * x)
			for _, j := range e.idx {
				gj := gx + float64(cfg.L2*w[j])
				g2[j] += float64(gj * gj)
				w[j] -= float64(cfg.LR*gj) / math.Sqrt(g2[j]+eps)
			}
		}
	}
	return w, bias
}

// quantised is a task's weights as int16 with one scale.
type quantised struct {
	w     []int16
	scale float64
	bias  float64
}

func quantise(w []float64, bias float64) quantised {
	maxAbs := 0.0
	for _, v := range w {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	q := quantised{w: make([]int16, len(w)), scale: 1, bias: bias}
	if maxAbs > 0 {
		q.scale = maxAbs / 32767
	}
	for i, v := range w {
		q.w[i] = int16(math.Round(v / q.scale))
	}
	return q
}

// logit scores bucket indices as [Model.logits] does.
func (q quantised) logit(idx []int32, sqrtN bool) float64 {
	var sum int64
	for _, j := range idx {
		sum += int64(q.w[j])
	}
	norm := 1.0
	if sqrtN && len(idx) > 0 {
		norm = math.Sqrt(float64(len(idx)))
	}
	return q.bias + float64(q.scale*float64(sum))/norm
}

// thresholdAt returns the lowest logit threshold at which the weighted
// share of the kept negatives scoring at or above it stays <= fpr (ties go above).
func thresholdAt(exs []example, scores []float64, fpr float64, keep func(example) bool) float64 {
	var neg []float64
	for i, e := range exs {
		if !e.label && keep(e) {
			neg = append(neg, scores[i])
		}
	}
	if len(neg) == 0 {
		return math.Inf(-1)
	}
	slices.Sort(neg)
	slices.Reverse(neg)                           // highest first
	k := int(math.Floor(fpr * float64(len(neg)))) // negatives allowed above
	if k >= len(neg) {
		return math.Inf(-1)
	}
	// strictly above the (k+1)-th highest negative
	return math.Nextafter(neg[k], math.Inf(1))
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// foldStream is the random stream of the fold that holds writer out: a
// hash of its name, not its position, so that adding a writer leaves the
// other folds' shuffles, and so the thresholds they calibrate, as they
// were. (By position, adding two commitment writers moved the opt-out
// review band from p 0.781 to 0.770 with no opt-out row changed.)
func foldStream(writer string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(writer))
	return h.Sum64() | 1 // never 0, the stream of the final fit
}

func writeCardHead(b *strings.Builder, rows []Row, writers []string, cfg TrainConfig) {
	fmt.Fprintf(b, "# The learned tier's model card\n\nGenerated by `go run ./internal/learned/cmd/train`; do not edit.\n\n")
	fmt.Fprintf(b, "Linear model (logistic regression, AdaGrad) over hashed features: word unigrams, word bigrams with clause breaks and message ends, character %d..%d-grams of each word, words in a negation's scope, the first word, message shape. %d buckets, %d tasks, int16 weights.\n\n", minGram, maxGram, 1<<cfg.Bits, NumTasks)
	fmt.Fprintf(b, "Configuration: epochs %d, learning rate %g, L2 %g, seed %d, fits averaged %d, positive weight cap %g, sqrt normalisation %v, minimum threshold probability %g", cfg.Epochs, cfg.LR, cfg.L2, cfg.Seed, max(cfg.Fits, 1), cfg.PosWeight, cfg.SqrtNorm, cfg.MinProb)
	if cfg.MinReviewProb > 0 || cfg.MinSuppressProb > 0 || slices.ContainsFunc(cfg.MinFireProb[:], func(p float64) bool { return p > 0 }) {
		fmt.Fprintf(b, " (hand-set floors: %g for the model alone to send an opt-out to review, %g to suppress one; per task %v)", cfg.MinReviewProb, cfg.MinSuppressProb, cfg.MinFireProb)
	} else {
		b.WriteString("; no hand-set floors")
	}
	b.WriteString(".\n\n")
	fmt.Fprintf(b, "Thresholds are chosen on out-of-fold scores: each writer's rows scored by a model trained without them (writers held out in %d groups; 0: one at a time), so they measure generalisation to a new writer; the engineers' composed rows (writers %v) are always trained on and never held out. Thresholds and the figures below use the task's own rows only; the lowest score each model acts on is also capped so that at most a share of held-out writers' ordinary messages (the negatives the task borrows and the conversations' turns) reach it: opt-out review band %v, explicit ask %v, frustration %v, commitment %v. The opt-out model also trains on explicit-ask positives and commitment rows as negatives, and the frustration and commitment models on the negatives of the opt-out and explicit-ask files, each borrowed only from writers who also wrote the task's own file. Rows are deduplicated per task (conflicting duplicates dropped).\n\n", cfg.Folds, cfg.AlwaysTrain, cfg.OrdinaryFPR[OptOut], cfg.OrdinaryFPR[ExplicitAsk], cfg.OrdinaryFPR[Frustration], cfg.OrdinaryFPR[Commitment])
	fmt.Fprintf(b, "## Data (rows after deduplication: positives/negatives)\n\n| writer |")
	for t := Task(0); t < NumTasks; t++ {
		fmt.Fprintf(b, " %s |", t)
	}
	fmt.Fprintf(b, "\n| --- |%s\n", strings.Repeat(" --- |", int(NumTasks)))
	for _, w := range writers {
		fmt.Fprintf(b, "| %s |", w)
		for t := Task(0); t < NumTasks; t++ {
			p, n := 0, 0
			for _, r := range rows {
				if r.Writer == w && r.Task == t && !r.Turn {
					if r.Label {
						p++
					} else {
						n++
					}
				}
			}
			fmt.Fprintf(b, " %d/%d |", p, n)
		}
		b.WriteString("\n")
	}
	var turns [NumTasks]int
	from := map[string]bool{}
	for _, r := range rows {
		if r.Turn {
			from[r.Writer] = true
			turns[r.Task]++
		}
	}
	if len(from) > 0 {
		fmt.Fprintf(b, "\nConversation lead turns, from the conversations of %d writers: a turn before the expected event is a negative of every task, and a handoff's turn no opt-out. They train as the task's negatives do and count among the ordinary messages the thresholds are capped on:", len(from))
		for t := Task(0); t < NumTasks; t++ {
			fmt.Fprintf(b, " %s %d", t, turns[t])
			if t < NumTasks-1 {
				b.WriteString(";")
			}
		}
		b.WriteString(".\n")
	}
}

func writeCardTask(b *strings.Builder, t Task, exs []example, oof []float64, p TaskParams, writers []string, cfg TrainConfig, folds int) {
	fmt.Fprintf(b, "\n## %s\n\n", t)
	fmt.Fprintf(b, "fire at p >= %.4f", sigmoid(p.Fire))
	if t == OptOut {
		fmt.Fprintf(b, "; review band p >= %.4f", sigmoid(p.Review))
	}
	fmt.Fprintf(b, "\n\n")
	if folds == 0 {
		fmt.Fprintf(b, "one writer only: no out-of-fold measurement\n")
		return
	}
	fmt.Fprintf(b, "| held-out writer | n | recall | fpr |")
	if t == OptOut {
		b.WriteString(" review recall | review band rate on negatives |")
	}
	b.WriteString("\n| --- | --- | --- | --- |")
	if t == OptOut {
		b.WriteString(" --- | --- |")
	}
	b.WriteString("\n")
	line := func(name string, keep func(e example) bool) {
		var tp, fn, fp, tn, rtp, rb int
		for i, e := range exs {
			if !keep(e) {
				continue
			}
			fire := oof[i] >= p.Fire
			band := !fire && oof[i] >= p.Review
			switch {
			case e.label && fire:
				tp++
			case e.label:
				fn++
				if band {
					rtp++
				}
			case fire:
				fp++
			default:
				tn++
				if band {
					rb++
				}
			}
		}
		fmt.Fprintf(b, "| %s | %d | %.3f | %.3f |", name, tp+fn+fp+tn, ratio(tp, tp+fn), ratio(fp, fp+tn))
		if t == OptOut {
			fmt.Fprintf(b, " %.3f | %.3f |", ratio(tp+rtp, tp+fn), ratio(rb, fp+tn))
		}
		b.WriteString("\n")
	}
	var held []int
	for f, w := range writers {
		if !slices.Contains(cfg.AlwaysTrain, w) {
			held = append(held, f)
			line(w, func(e example) bool { return e.own && e.fold == f })
		}
	}
	line("all held out", func(e example) bool { return e.own && slices.Contains(held, e.fold) })
	if slices.ContainsFunc(exs, func(e example) bool { return e.turn }) {
		line("conversation turns, held out", func(e example) bool { return e.turn && slices.Contains(held, e.fold) })
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteFiles writes res to dir as model.bin and MODEL.md.
func WriteFiles(dir string, res Result) error {
	if err := os.WriteFile(path.Join(dir, "model.bin"), res.Model, 0o644); err != nil {
		return err
	}
	return os.WriteFile(path.Join(dir, "MODEL.md"), res.Card, 0o644)
}

// WriteFieldFiles writes res, from [TrainFields], to dir as fields.bin and
// FIELDS.md.
func WriteFieldFiles(dir string, res Result) error {
	if err := os.WriteFile(path.Join(dir, "fields.bin"), res.Model, 0o644); err != nil {
		return err
	}
	return os.WriteFile(path.Join(dir, "FIELDS.md"), res.Card, 0o644)
}
