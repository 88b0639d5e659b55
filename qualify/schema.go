package qualify

import "math/bits"

// RealEstate is the seller schema from the InsertLead seed: motivation,
// condition, timeline and price; two confident fields qualify the lead.
var RealEstate = Schema{
	Name:          "real_estate",
	Fields:        []Field{Motivation, Condition, Timeline, Price},
	Required:      2,
	MinConfidence: 0.6,
}

// BANT is budget, authority, need and timeline; three qualify the lead.
var BANT = Schema{
	Name:          "bant",
	Fields:        []Field{Budget, Authority, Need, Timeline},
	Required:      3,
	MinConfidence: 0.6,
}

// B2B is the five-signal demo schema (company size, role, use-case fit,
// budget, timeline); three of five qualify the lead.
var B2B = Schema{
	Name:          "b2b",
	Fields:        []Field{CompanySize, Role, UseCaseFit, Budget, Timeline},
	Required:      3,
	MinConfidence: 0.6,
}

// Confident returns the schema fields in known whose confidence meets
// s.MinConfidence, in schema order.
//
// Each field is looked up in known once: the fields found are marked in
// a bitmask (schemas have a few fields; more than 64 take two passes),
// then copied out into a slice of exactly their number.
func (s Schema) Confident(known map[Field]Value) []Field {
	if len(s.Fields) > 64 {
		return s.confidentTwoPass(known)
	}
	var found uint64
	for i, f := range s.Fields {
		if v, ok := known[f]; ok && v.Value != "" && v.Confidence >= s.MinConfidence {
			found |= 1 << i
		}
	}
	if found == 0 {
		return nil
	}
	out := make([]Field, 0, bits.OnesCount64(found))
	for ; found != 0; found &= found - 1 {
		out = append(out, s.Fields[bits.TrailingZeros64(found)])
	}
	return out
}

// confidentTwoPass is [Schema.Confident] that counts the fields first.
func (s Schema) confidentTwoPass(known map[Field]Value) []Field {
	n := s.confident(known)
	if n == 0 {
		return nil
	}
	out := make([]Field, 0, n)
	for _, f := range s.Fields {
		if v, ok := known[f]; ok && v.Value != "" && v.Confidence >= s.MinConfidence {
			out = append(out, f)
		}
	}
	return out
}

// confident counts the fields [Schema.Confident] returns, allocating
// nothing.
func (s Schema) confident(known map[Field]Value) int {
	n := 0
	for _, f := range s.Fields {
		if v, ok := known[f]; ok && v.Value != "" && v.Confidence >= s.MinConfidence {
			n++
		}
	}
	return n
}

// Qualified reports whether at least s.Required fields are confident.
func (s Schema) Qualified(known map[Field]Value) bool {
	return s.Required > 0 && s.confident(known) >= s.Required
}
