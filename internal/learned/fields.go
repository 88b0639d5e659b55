package learned

import (
	_ "embed"
	"strconv"
	"sync"
)

// FieldTask is a qualification field the field model scores: does the
// message state it? The model says whether, never what; the value quoted
// is the lead's own clause (see qualify).
type FieldTask int

// Field tasks, in the order of the weights. Timeline is shared by the
// seller, BANT and B2B files, budget by the BANT and B2B files.
const (
	Motivation FieldTask = iota
	Condition
	Timeline
	Price
	Budget
	Authority
	Need
	CompanySize
	Role
	UseCaseFit
	NumFieldTasks
)

var fieldTaskNames = [NumFieldTasks]string{"motivation", "condition", "timeline", "price", "budget", "authority", "need",
	"company_size", "role", "use_case_fit"}

// fieldFiles names the files that label each field, by file stem: a row of
// such a file is a positive of every field it lists and a negative of the
// file's other fields.
var fieldFiles = map[string][]FieldTask{
	"fields": {Motivation, Condition, Timeline, Price},
	"bant":   {Budget, Authority, Need, Timeline},
	"b2b":    {CompanySize, Role, UseCaseFit, Budget, Timeline},
}

// fieldFileOrder is fieldFiles' keys in load order.
var fieldFileOrder = []string{"b2b", "bant", "fields"}

// String returns the field's name as the schemas spell it ("motivation").
func (f FieldTask) String() string {
	if f < 0 || f >= NumFieldTasks {
		return "field(" + strconv.Itoa(int(f)) + ")"
	}
	return fieldTaskNames[f]
}

// ParseFieldTask returns the field task named s.
func ParseFieldTask(s string) (FieldTask, bool) {
	for i, n := range fieldTaskNames {
		if n == s {
			return FieldTask(i), true
		}
	}
	return 0, false
}

// FieldModel is a linear classifier over the same hashed features as
// [Model], one weight vector per field: does a message state that field?
// It is immutable and safe for concurrent use.
type FieldModel struct {
	bits   uint8
	mask   uint32
	sqrtN  bool
	params [NumFieldTasks]TaskParams
	w      [][NumFieldTasks]int16
}

// Params returns the calibration of field f (Review == Fire: no band).
func (m *FieldModel) Params(f FieldTask) TaskParams { return m.params[f] }

// Buckets returns the number of hash buckets.
func (m *FieldModel) Buckets() int { return int(m.mask) + 1 }

// The field model's file has [Model]'s layout under its own magic.
const fieldMagic = "HKLF"

// ParseFields reads a field model written by [TrainFields].
func ParseFields(b []byte) (*FieldModel, error) {
	f, err := parseFile[[NumFieldTasks]int16](b, fieldMagic, "fields")
	if err != nil {
		return nil, err
	}
	m := &FieldModel{bits: f.bits, mask: 1<<f.bits - 1, sqrtN: f.sqrtN, w: f.w}
	copy(m.params[:], f.params)
	return m, nil
}

func appendFieldModel(dst []byte, m *FieldModel) []byte {
	return appendFile(dst, fieldMagic, weightFile[[NumFieldTasks]int16]{bits: m.bits, sqrtN: m.sqrtN, params: m.params[:], w: m.w})
}

//go:embed fields.bin
var embeddedFields []byte

// DefaultFields returns the field model embedded in the library, parsed
// once. It panics if the embedded file is corrupt, which a test rules out.
var DefaultFields = sync.OnceValue(func() *FieldModel {
	m, err := ParseFields(embeddedFields)
	if err != nil {
		panic("learned: embedded field model: " + err.Error())
	}
	return m
})

// FieldScores are a message's logits, one per field.
type FieldScores struct {
	Logit [NumFieldTasks]float64
}

// Prob returns the probability that the message states field f.
func (s FieldScores) Prob(f FieldTask) float64 { return sigmoid(s.Logit[f]) }

// Score returns the logits of text, a heavily repetitive message read
// with each distinct token once, as [Model.Score] reads it.
func (m *FieldModel) Score(text string) FieldScores {
	var s FieldScores
	rowLogits(text, m.w, m.mask, m.sqrtN, m.params[:], s.Logit[:])
	return s
}

// Fires reports whether s is at or above field f's threshold.
func (m *FieldModel) Fires(s FieldScores, f FieldTask) bool {
	return s.Logit[f] >= m.params[f].Fire
}
