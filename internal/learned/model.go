package learned

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Task is one thing the model scores.
type Task int

// Tasks, in the order of the weights.
const (
	OptOut      Task = iota // the lead revokes consent to be messaged
	ExplicitAsk             // the lead asks for a person
	Frustration             // the lead is annoyed, angry or upset
	Commitment              // the lead signals clear readiness to move forward
	NumTasks
)

var taskNames = [NumTasks]string{"optout", "explicit_ask", "frustration", "commitment"}

// String returns the task's file name stem ("optout", "explicit_ask").
func (t Task) String() string {
	if t < 0 || t >= NumTasks {
		return "task(" + strconv.Itoa(int(t)) + ")"
	}
	return taskNames[t]
}

// ParseTask returns the task named s.
func ParseTask(s string) (Task, bool) {
	for i, n := range taskNames {
		if n == s {
			return Task(i), true
		}
	}
	return 0, false
}

// TaskParams are a task's calibration: logit = Bias + Scale * Σw / norm.
// Fire and Review are logit thresholds chosen by the trainer on held-out
// writers: the task fires at Fire or above; for opt-outs, Review <= logit
// < Fire is the review band (other tasks have Review == Fire: no band). A
// threshold of +Inf never fires.
type TaskParams struct {
	Bias, Scale  float64
	Fire, Review float64
}

// Model is a linear classifier over hashed features, one weight vector
// per task. It is immutable and safe for concurrent use.
type Model struct {
	bits   uint8  // log2 of the number of buckets
	mask   uint32 // buckets - 1
	sqrtN  bool   // divide the sum by sqrt(number of features)
	params [NumTasks]TaskParams
	// lanes holds by bucket the weights of the four tasks in one word:
	// task k's int16 weight offset by 32768 (its sign bit flipped), so
	// from 0 to 65535, in bits 16k to 16k+15 (see [Model.sums]). The
	// offset is applied once here instead of at every add of a score.
	lanes []uint64
	// grams remembers the weight and n-gram sums of the words read (see
	// [gramCache]); nil for a model whose lanes may still change (one
	// being trained), which then reads the weight table for every word and
	// n-gram
	grams *gramCache
}

// packLanes returns the lanes of the weights rows (by bucket, the
// weight of each task), as [Model] holds them.
func packLanes(rows [][NumTasks]int16) []uint64 {
	lanes := make([]uint64, len(rows))
	for b, ws := range rows {
		var x uint64
		for t, v := range ws {
			x |= uint64(uint16(v)^0x8000) << (16 * t)
		}
		lanes[b] = x
	}
	return lanes
}

// weight returns the weight of task t in bucket b.
func (m *Model) weight(b uint32, t Task) int16 {
	return int16(uint16(m.lanes[b]>>(16*t)) ^ 0x8000)
}

// rows returns m's weights by bucket, the weight of each task, as its
// file holds them.
func (m *Model) rows() [][NumTasks]int16 {
	rows := make([][NumTasks]int16, len(m.lanes))
	for b := range rows {
		for t := range rows[b] {
			rows[b][t] = m.weight(uint32(b), Task(t))
		}
	}
	return rows
}

// Params returns the calibration of task t.
func (m *Model) Params(t Task) TaskParams { return m.params[t] }

// Buckets returns the number of hash buckets.
func (m *Model) Buckets() int { return int(m.mask) + 1 }

// Binary format (little endian):
//
//	"HKLM" version:u8 bits:u8 flags:u8 ntasks:u8
//	per task: bias, scale, fire, review as float64
//	weights: int16 × buckets × ntasks, bucket-major
const (
	magic        = "HKLM"
	formatV1     = 1
	flagSqrtNorm = 1
)

// ErrFormat is returned by [Parse] for bytes that are not a model.
var ErrFormat = errors.New("learned: not a model file")

// Parse reads a model written by [Train].
func Parse(b []byte) (*Model, error) {
	f, err := parseFile[[NumTasks]int16](b, magic, "tasks")
	if err != nil {
		return nil, err
	}
	m := &Model{bits: f.bits, mask: 1<<f.bits - 1, sqrtN: f.sqrtN, lanes: packLanes(f.w), grams: new(gramCache)}
	copy(m.params[:], f.params)
	return m, nil
}

// appendModel serialises m.
func appendModel(dst []byte, m *Model) []byte {
	return appendFile(dst, magic, weightFile[[NumTasks]int16]{bits: m.bits, sqrtN: m.sqrtN, params: m.params[:], w: m.rows()})
}

// weightRow is one bucket's weights, one per task, of any of the models.
type weightRow interface {
	[NumTasks]int16 | [NumFieldTasks]int16 | [NumTopicTasks]int16
}

// weightFile is the layout both model files share (see the format
// above), under its own magic.
type weightFile[R weightRow] struct {
	bits   uint8
	sqrtN  bool
	params []TaskParams
	w      []R
}

// parseFile reads a weightFile whose magic is want; what names its tasks
// in errors.
func parseFile[R weightRow](b []byte, want, what string) (weightFile[R], error) {
	const head = 8
	var f weightFile[R]
	if len(b) < head || string(b[:4]) != want {
		return f, ErrFormat
	}
	if b[4] != formatV1 {
		return f, fmt.Errorf("%w: version %d", ErrFormat, b[4])
	}
	bits, flags, nt := b[5], b[6], int(b[7])
	var row R
	if bits < 8 || bits > 24 || nt != len(row) {
		return f, fmt.Errorf("%w: %d bits, %d %s", ErrFormat, bits, nt, what)
	}
	off := head
	if need := off + nt*32 + (1<<bits)*nt*2; len(b) != need {
		return f, fmt.Errorf("%w: %d bytes, want %d", ErrFormat, len(b), need)
	}
	f.bits, f.sqrtN = bits, flags&flagSqrtNorm != 0
	next := func() float64 { v := math.Float64frombits(binary.LittleEndian.Uint64(b[off:])); off += 8; return v }
	f.params = make([]TaskParams, nt)
	for t := range f.params {
		f.params[t] = TaskParams{Bias: next(), Scale: next(), Fire: next(), Review: next()}
	}
	f.w = make([]R, 1<<bits)
	for i := range f.w {
		for t := range nt {
			f.w[i][t] = int16(binary.LittleEndian.Uint16(b[off:]))
			off += 2
		}
	}
	return f, nil
}

// appendFile serialises f under magic.
func appendFile[R weightRow](dst []byte, magic string, f weightFile[R]) []byte {
	dst = append(dst, magic...)
	var flags byte
	if f.sqrtN {
		flags |= flagSqrtNorm
	}
	var row R
	dst = append(dst, formatV1, f.bits, flags, byte(len(row)))
	for _, p := range f.params {
		for _, v := range []float64{p.Bias, p.Scale, p.Fire, p.Review} {
			dst = binary.LittleEndian.AppendUint64(dst, math.Float64bits(v))
		}
	}
	for _, ws := range f.w {
		for t := range len(ws) {
			dst = binary.LittleEndian.AppendUint16(dst, uint16(ws[t]))
		}
	}
	return dst
}

//go:generate go run ./cmd/train

//go:embed model.bin
var embedded []byte

// Default returns the model embedded in the library, parsed once. It
// panics if the embedded file is corrupt, which a test rules out.
var Default = sync.OnceValue(func() *Model {
	m, err := Parse(embedded)
	if err != nil {
		panic("learned: embedded model: " + err.Error())
	}
	return m
})

// Scores are a message's logits, one per task.
type Scores struct {
	Logit [NumTasks]float64
}

// Prob returns the probability of task t, 0..1.
func (s Scores) Prob(t Task) float64 { return sigmoid(s.Logit[t]) }

// Score returns the logits of text. It keeps the last few messages
// scored, because the engine asks about the same message from several
// detectors in a row.
//
// A heavily repetitive message (twelve word or emoji tokens or more,
// most of them repeating one of the few before them) is scored with each
// distinct token once, in the order of first appearance, so that
// repetition alone cannot carry a score: "<b>x</b>" pasted a hundred
// times reads as "b x", "stop stop stop ..." as "stop". Every other
// message is scored token for token.
func (m *Model) Score(text string) Scores {
	h := uint32(len(text))
	if len(text) > 0 {
		h = h*31 + uint32(text[0])*7 + uint32(text[len(text)-1])*13 + uint32(text[len(text)/2])
	}
	slot := &m.cacheSlots()[h%scoreCacheSize]
	if e := slot.Load(); e != nil && e.m == m && e.s == text {
		return e.sc
	}
	sc := m.score(text)
	slot.Store(&scoreEntry{m: m, s: text, sc: sc})
	return sc
}

const scoreCacheSize = 8

type scoreEntry struct {
	m  *Model
	s  string
	sc Scores
}

var scoreCache [scoreCacheSize]atomic.Pointer[scoreEntry]

func (m *Model) cacheSlots() *[scoreCacheSize]atomic.Pointer[scoreEntry] { return &scoreCache }

func (m *Model) score(text string) Scores {
	t := getTokens()
	defer tokPool.Put(t)
	t.read(text)
	sum, n := t.featureSums(m)
	return m.logits(sum, n)
}

// sums adds up, by task, the weights of the buckets of hs: what
// [tokens.featureSums] computes for a message, from the list of its
// hashes.
//
// The loop adds a bucket's four lanes two at a time: lanes 0 and 2 go to
// the 32-bit halves of lo, lanes 1 and 3 to those of hi, which hold the
// sums of up to 65536 hashes of at most 65535 each without carrying into
// each other. The offsets come off at the end; the sums are exact, as
// the plain loop (kept for a longer list) computes them.
func (m *Model) sums(hs []uint32) [NumTasks]int64 {
	lanes, mask := m.lanes, m.mask
	if len(hs) > 1<<16 {
		var out [NumTasks]int64
		for _, h := range hs {
			for t := range out {
				out[t] += int64(m.weight(h&mask, Task(t)))
			}
		}
		return out
	}
	const halves = 0x0000FFFF0000FFFF
	var lo, hi uint64
	// two hashes a step, for fewer loop tests
	i := 0
	for ; i+1 < len(hs); i += 2 {
		x, y := lanes[hs[i]&mask], lanes[hs[i+1]&mask]
		lo += x&halves + y&halves
		hi += x>>16&halves + y>>16&halves
	}
	if i < len(hs) {
		x := lanes[hs[i]&mask]
		lo += x & halves
		hi += x >> 16 & halves
	}
	return unlane(lo, hi, len(hs))
}

// unlane returns the sums by task that the lanes of lo and hi hold
// after n adds, the offsets taken off.
func unlane(lo, hi uint64, n int) [NumTasks]int64 {
	off := int64(n) << 15
	return [NumTasks]int64{int64(lo&0xFFFFFFFF) - off, int64(hi&0xFFFFFFFF) - off, int64(lo>>32) - off, int64(hi>>32) - off}
}

// logits turns the integer sums into logits; the trainer calibrates with
// the same function.
func (m *Model) logits(sum [NumTasks]int64, n int) Scores {
	var s Scores
	norm := 1.0
	if m.sqrtN && n > 0 {
		norm = math.Sqrt(float64(n))
	}
	for t := range s.Logit {
		p := m.params[t]
		s.Logit[t] = p.Bias + float64(p.Scale*float64(sum[t]))/norm
	}
	return s
}

// Fires reports whether s is at or above task t's threshold.
func (m *Model) Fires(s Scores, t Task) bool { return s.Logit[t] >= m.params[t].Fire }

// InReview reports whether s is in task t's review band: at or above its
// Review threshold and below Fire.
func (m *Model) InReview(s Scores, t Task) bool {
	return s.Logit[t] >= m.params[t].Review && s.Logit[t] < m.params[t].Fire
}

// Contribution is one feature's share of a task's logit.
type Contribution struct {
	Name   string  // the feature ("w:remove", "b:me_off", "c:<unsu")
	Weight float64 // what it adds to the logit (all its occurrences)
}

// Explain returns the k features of text that push task t's logit up the
// most, strongest first. Features are ranked by hash and only the winners
// are named, so it costs little more than [Model.Score].
func (m *Model) Explain(text string, t Task, k int) []Contribution {
	return explain(text, k, m.sqrtN, m.params[t].Scale, func(h uint32) int16 { return m.weight(h&m.mask, t) })
}

// explain returns the k features of text that add most to a logit whose
// weights weight gives by feature hash, scaled by scale (and by the
// square root of the feature count when sqrtN): [Model.Explain] for any
// of the package's models.
func explain(text string, k int, sqrtN bool, scale float64, weight func(h uint32) int16) []Contribution {
	tk := getTokens()
	defer tokPool.Put(tk)
	tk.read(text)
	tk.hashes = tk.featureHashes(tk.hashes[:0])
	hs := tk.hashes
	norm := 1.0
	if sqrtN && len(hs) > 0 {
		norm = math.Sqrt(float64(len(hs)))
	}
	type hw struct {
		h uint32
		w float64
	}
	// keep the k strongest features in one pass; a feature that repeats
	// adds up once it is among them
	best := make([]hw, 0, k+1)
next:
	for _, h := range hs {
		w := scale * float64(weight(h)) / norm
		for i := range best {
			if best[i].h == h {
				best[i].w += w
				for i > 0 && best[i-1].w < best[i].w {
					best[i-1], best[i] = best[i], best[i-1]
					i--
				}
				continue next
			}
		}
		if w <= 0 || len(best) == k && best[k-1].w >= w {
			continue
		}
		best = append(best, hw{h, w})
		for i := len(best) - 1; i > 0 && best[i-1].w < best[i].w; i-- {
			best[i-1], best[i] = best[i], best[i-1]
		}
		if len(best) > k {
			best = best[:k]
		}
	}
	top := make([]uint32, len(best))
	for i, x := range best {
		top[i] = x.h
	}
	sums := best
	names := namesOf(text, top)
	out := make([]Contribution, 0, len(top))
	for i, h := range top {
		// a character n-gram may cut a multi-byte letter: the name goes
		// into the audit trail, so it must be valid UTF-8
		out = append(out, Contribution{Name: strings.ToValidUTF8(names[h], "\uFFFD"), Weight: sums[i].w})
	}
	return out
}

// Why renders task t's verdict on text for the audit trail: the
// probability and the three strongest features, e.g.
// `p=0.93 w:remove+0.81 b:me_off+0.64 c:<unsu+0.40`.
func (m *Model) Why(text string, t Task) string {
	return renderWhy(m.Score(text).Prob(t), m.Explain(text, t, 3))
}

// renderWhy writes a probability and the features that carried it as
// [Model.Why] does.
func renderWhy(p float64, cs []Contribution) string {
	var b strings.Builder
	b.WriteString("p=")
	b.WriteString(strconv.FormatFloat(p, 'f', 2, 64))
	for _, c := range cs {
		b.WriteByte(' ')
		b.WriteString(c.Name)
		b.WriteByte('+')
		b.WriteString(strconv.FormatFloat(c.Weight, 'f', 2, 64))
	}
	return b.String()
}

// sigmoid is 1/(1+e^-x) computed with [expDet], so the trainer's
// calibration is reproducible on every platform.
func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + expDet(-x))
	}
	e := expDet(x)
	return e / (1 + e)
}

// expDet is e^x from a fixed polynomial, with every product rounded
// explicitly (float64 conversions forbid fused multiply-adds), so that it
// gives the same bits on every platform, unlike math.Exp whose assembly
// differs by architecture.
func expDet(x float64) float64 {
	switch {
	case x > 700:
		return math.Inf(1)
	case x < -700:
		return 0
	}
	const ln2Hi, ln2Lo = 6.93147180369123816490e-01, 1.90821492927058770002e-10
	k := math.Floor(float64(x*1.4426950408889634) + 0.5)
	r := float64(x-float64(k*ln2Hi)) - float64(k*ln2Lo)
	// Taylor series to degree 13 on |r| <= 0.35: error below 1e-16,
	// evaluated as p = p*r/i + 1 for i from 13 down to 1, written out
	// with constant divisors: the compiler multiplies by the exact
	// reciprocals of 8, 4 and 2 (and drops the division by 1) instead of
	// dividing, which gives the same bits, and the other divisions no
	// longer wait on a loop counter's conversion
	p := float64(r/13) + 1
	p = float64(float64(p*r)/12) + 1
	p = float64(float64(p*r)/11) + 1
	p = float64(float64(p*r)/10) + 1
	p = float64(float64(p*r)/9) + 1
	p = float64(float64(p*r)/8) + 1
	p = float64(float64(p*r)/7) + 1
	p = float64(float64(p*r)/6) + 1
	p = float64(float64(p*r)/5) + 1
	p = float64(float64(p*r)/4) + 1
	p = float64(float64(p*r)/3) + 1
	p = float64(float64(p*r)/2) + 1
	p = float64(p*r) + 1
	return math.Ldexp(p, int(k))
}
