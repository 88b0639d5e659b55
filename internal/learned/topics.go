package learned

import (
	_ "embed"
	"math"
	"strconv"
	"sync"
)

// TopicTask is a topic a configurable handoff rule watches for, which
// the topic model reads in a lead message: a question the assistant
// should leave to a person (the out-of-scope rule), another company (the
// competitor rule with no names) and a large deal told without a number
// (the high-value scope rule).
//
// The competitor and high-value topics also train on ordinary messages
// to a business borrowed from the message model's files (see
// [BorrowTopicNegatives]). Without them the competitor topic read the
// sender's own quote as a rival ("you quoted me 120 last week", "su
// oferta de 180 está muy baja"), and now reads most such quotes as none;
// haggling with the business alone still reaches it at times ("is yours
// cheaper if I pay upfront?", p 0.64), and the trigger package overrules
// it on a tool to connect to and on people the lead knows with no offer
// named. The high-value topic, trained without them in stop 57, read
// bare counts and "vender todo junto, la casa y los muebles" as a large
// deal; the trigger package asks it only about messages with no digits
// that name a home, properties, sites, rooms or a company. It reads a
// whole-home job and counts spelled in hundreds best; a company's every
// site or office it mostly misses (p 0.004 to 0.09 on a reviewer's
// examples), and the rules' cues keep those.
type TopicTask int

// Topic tasks, in the order of the weights.
const (
	OutOfScopeTopic TopicTask = iota // a question for a person: legal, billing, technical, an emergency...
	CompetitorTopic                  // another company, lender, buyer, contractor or product, named or not
	HighValueTopic                   // a large deal told in words: a whole-home job, several properties, a count in hundreds
	NumTopicTasks
)

var topicTaskNames = [NumTopicTasks]string{"out_of_scope", "competitor", "high_value"}

// String returns the topic's name as a conversation's "rules" spell it
// ("out_of_scope").
func (t TopicTask) String() string {
	if t < 0 || t >= NumTopicTasks {
		return "topic(" + strconv.Itoa(int(t)) + ")"
	}
	return topicTaskNames[t]
}

// ParseTopicTask returns the topic task named s.
func ParseTopicTask(s string) (TopicTask, bool) {
	for i, n := range topicTaskNames {
		if n == s {
			return TopicTask(i), true
		}
	}
	return 0, false
}

// TopicModel is a linear classifier over the same hashed features as
// [Model], one weight vector per topic: does a lead message raise that
// topic? It is immutable and safe for concurrent use.
type TopicModel struct {
	bits   uint8
	mask   uint32
	sqrtN  bool
	params [NumTopicTasks]TaskParams
	w      [][NumTopicTasks]int16
}

// Params returns the calibration of topic t (Review == Fire: no band).
func (m *TopicModel) Params(t TopicTask) TaskParams { return m.params[t] }

// Buckets returns the number of hash buckets.
func (m *TopicModel) Buckets() int { return int(m.mask) + 1 }

// The topic model's file has [Model]'s layout under its own magic.
const topicMagic = "HKLT"

// ParseTopics reads a topic model written by [TrainTopics].
func ParseTopics(b []byte) (*TopicModel, error) {
	f, err := parseFile[[NumTopicTasks]int16](b, topicMagic, "topics")
	if err != nil {
		return nil, err
	}
	m := &TopicModel{bits: f.bits, mask: 1<<f.bits - 1, sqrtN: f.sqrtN, w: f.w}
	copy(m.params[:], f.params)
	return m, nil
}

func appendTopicModel(dst []byte, m *TopicModel) []byte {
	return appendFile(dst, topicMagic, weightFile[[NumTopicTasks]int16]{bits: m.bits, sqrtN: m.sqrtN, params: m.params[:], w: m.w})
}

//go:embed topics.bin
var embeddedTopics []byte

// DefaultTopics returns the topic model embedded in the library, parsed
// once. It panics if the embedded file is corrupt, which a test rules out.
var DefaultTopics = sync.OnceValue(func() *TopicModel {
	m, err := ParseTopics(embeddedTopics)
	if err != nil {
		panic("learned: embedded topic model: " + err.Error())
	}
	return m
})

// TopicScores are a message's logits, one per topic.
type TopicScores struct {
	Logit [NumTopicTasks]float64
}

// Prob returns the probability that the message raises topic t.
func (s TopicScores) Prob(t TopicTask) float64 { return sigmoid(s.Logit[t]) }

// Score returns the logits of text, a heavily repetitive message read
// with each distinct token once, as [Model.Score] reads it.
func (m *TopicModel) Score(text string) TopicScores {
	var s TopicScores
	rowLogits(text, m.w, m.mask, m.sqrtN, m.params[:], s.Logit[:])
	return s
}

// Fires reports whether s is at or above topic t's threshold.
func (m *TopicModel) Fires(s TopicScores, t TopicTask) bool {
	return s.Logit[t] >= m.params[t].Fire
}

// Why renders topic t's verdict on text for the audit trail, as
// [Model.Why] does: `p=0.93 w:lawyer+0.81 b:a_lien+0.64 c:<lien+0.40`.
func (m *TopicModel) Why(text string, t TopicTask) string {
	cs := explain(text, 3, m.sqrtN, m.params[t].Scale, func(h uint32) int16 { return m.w[h&m.mask][t] })
	return renderWhy(m.Score(text).Prob(t), cs)
}

// rowLogits writes to logit the calibrated logits of text under weights
// w, by bucket one weight per task: what the field and topic models'
// Score compute.
func rowLogits[R weightRow](text string, w []R, mask uint32, sqrtN bool, params []TaskParams, logit []float64) {
	t := getTokens()
	defer tokPool.Put(t)
	t.read(text)
	t.hashes = t.featureHashes(t.hashes[:0])
	hashLogits(t.hashes, w, mask, sqrtN, params, logit)
}

// hashLogits writes to logit the calibrated logits of the feature hashes
// hs under weights w, as rowLogits does for a message's.
func hashLogits[R weightRow](hs []uint32, w []R, mask uint32, sqrtN bool, params []TaskParams, logit []float64) {
	var sum [NumFieldTasks]int64 // the widest row
	for _, h := range hs {
		ws := w[h&mask]
		for f := range len(ws) {
			sum[f] += int64(ws[f])
		}
	}
	norm := 1.0
	if sqrtN && len(hs) > 0 {
		norm = math.Sqrt(float64(len(hs)))
	}
	for f := range logit {
		p := params[f]
		logit[f] = p.Bias + float64(p.Scale*float64(sum[f]))/norm
	}
}
