package brief_test

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/store"
)

// validator checks a JSON value against the subset of JSON Schema
// (draft 2020-12) that brief.schema.json uses: type, const, enum,
// properties, required, additionalProperties, items, minimum, maximum,
// format "date-time" and local "$ref"s into "$defs". A schema keyword
// outside the subset is an error, so the schema cannot say more than this
// test checks. It is written here rather than taken from a library: the
// subset is small, and the module keeps its dependencies to the few the
// design names.
type validator struct{ root map[string]any }

var knownKeywords = []string{"$schema", "$id", "$defs", "$ref", "title", "description", "type", "const", "enum",
	"properties", "required", "additionalProperties", "items", "minimum", "maximum", "format"}

func (v validator) validate(schema any, x any, path string) []string {
	s, ok := schema.(map[string]any)
	if !ok {
		if b, isBool := schema.(bool); isBool && !b {
			return []string{path + ": not allowed"}
		}
		return nil
	}
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	for k := range s {
		if !slices.Contains(knownKeywords, k) {
			fail("schema keyword %q is outside the validated subset", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, found := strings.CutPrefix(ref, "#/$defs/")
		def, ok := v.root["$defs"].(map[string]any)[name]
		if !found || !ok {
			fail("unresolved $ref %q", ref)
			return errs
		}
		return append(errs, v.validate(def, x, path)...)
	}
	if c, ok := s["const"]; ok && !reflect.DeepEqual(c, x) {
		fail("want const %v, got %v", c, x)
	}
	if e, ok := s["enum"].([]any); ok && !slices.ContainsFunc(e, func(o any) bool { return reflect.DeepEqual(o, x) }) {
		fail("%v is not one of %v", x, e)
	}
	if t, ok := s["type"].(string); ok && !hasType(x, t) {
		fail("want %s, got %T", t, x)
		return errs
	}
	if n, ok := x.(float64); ok {
		if m, ok := s["minimum"].(float64); ok && n < m {
			fail("%v < minimum %v", n, m)
		}
		if m, ok := s["maximum"].(float64); ok && n > m {
			fail("%v > maximum %v", n, m)
		}
	}
	if f, _ := s["format"].(string); f == "date-time" {
		if str, ok := x.(string); ok {
			if _, err := time.Parse(time.RFC3339Nano, str); err != nil {
				fail("not a date-time: %q", str)
			}
		}
	}
	if obj, ok := x.(map[string]any); ok {
		props, _ := s["properties"].(map[string]any)
		for _, r := range asList(s["required"]) {
			if _, ok := obj[r.(string)]; !ok {
				fail("missing required %q", r)
			}
		}
		for k, val := range obj {
			if p, ok := props[k]; ok {
				errs = append(errs, v.validate(p, val, path+"."+k)...)
			} else if ap, ok := s["additionalProperties"]; ok {
				errs = append(errs, v.validate(ap, val, path+"."+k)...)
			}
		}
	}
	if arr, ok := x.([]any); ok {
		if it, ok := s["items"]; ok {
			for i, val := range arr {
				errs = append(errs, v.validate(it, val, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	return errs
}

func asList(x any) []any { l, _ := x.([]any); return l }

func hasType(x any, t string) bool {
	switch t {
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "string":
		_, ok := x.(string)
		return ok
	case "boolean":
		_, ok := x.(bool)
		return ok
	case "number":
		_, ok := x.(float64)
		return ok
	case "integer":
		n, ok := x.(float64)
		return ok && n == math.Trunc(n)
	case "null":
		return x == nil
	}
	return false
}

func schemaValidator(t *testing.T) validator {
	t.Helper()
	var root map[string]any
	require.NoError(t, json.Unmarshal(brief.JSONSchema(), &root))
	return validator{root: root}
}

func checkJSON(t *testing.T, v validator, js []byte) []string {
	t.Helper()
	var x any
	require.NoError(t, json.Unmarshal(js, &x))
	return v.validate(v.root, x, "$")
}

func TestJSON_ValidatesAgainstTheSchema(t *testing.T) {
	t.Parallel()
	v := schemaValidator(t)
	empty := brief.Build(brief.Input{Conversation: store.Conversation{ID: "c", TenantID: "t"}})
	for name, b := range map[string]brief.Brief{"seed": brief.Build(seedInput()), "empty": empty} {
		js, err := b.JSON()
		require.NoError(t, err)
		require.Empty(t, checkJSON(t, v, js), name)
		var probe map[string]any
		require.NoError(t, json.Unmarshal(js, &probe))
		require.EqualValues(t, 1, probe["schema_version"], name)
	}
}

func TestSchemaValidator_RejectsWhatTheSchemaForbids(t *testing.T) {
	t.Parallel()
	v := schemaValidator(t)
	js, err := brief.Build(seedInput()).JSON()
	require.NoError(t, err)
	mutations := map[string]func(m map[string]any){
		"missing summary":      func(m map[string]any) { delete(m, "summary") },
		"unknown property":     func(m map[string]any) { m["surprise"] = true },
		"wrong version":        func(m map[string]any) { m["schema_version"] = 2 },
		"score out of range":   func(m map[string]any) { m["score"] = 101 },
		"bad origin":           func(m map[string]any) { m["transcript"].([]any)[0].(map[string]any)["origin"] = "bot" },
		"bad time":             func(m map[string]any) { m["handoff_at"] = "yesterday" },
		"signal without label": func(m map[string]any) { delete(m["urgency"].([]any)[0].(map[string]any), "label") },
		"string for an array":  func(m map[string]any) { m["questions"] = "what are your fees?" },
	}
	for name, mutate := range mutations {
		var m map[string]any
		require.NoError(t, json.Unmarshal(js, &m))
		mutate(m)
		out, err := json.Marshal(m)
		require.NoError(t, err)
		require.NotEmpty(t, checkJSON(t, v, out), name)
	}
}

// TestJSONSchema_NamesEveryField keeps the schema in step with the types:
// every JSON name of Brief and of its nested types is a property of the
// schema, and every property of the schema is a JSON name.
func TestJSONSchema_NamesEveryField(t *testing.T) {
	t.Parallel()
	v := schemaValidator(t)
	defs := v.root["$defs"].(map[string]any)
	check := func(what string, typ reflect.Type, schema map[string]any) {
		props := schema["properties"].(map[string]any)
		var names []string
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			names = append(names, name)
			require.Contains(t, props, name, "%s: field %s is not in brief.schema.json", what, f.Name)
		}
		for p := range props {
			require.Contains(t, names, p, "%s: schema property %s is not a field", what, p)
		}
	}
	check("Brief", reflect.TypeFor[brief.Brief](), v.root)
	check("Lead", reflect.TypeFor[brief.Lead](), defs["lead"].(map[string]any))
	check("Signal", reflect.TypeFor[brief.Signal](), defs["signal"].(map[string]any))
	check("SentimentPoint", reflect.TypeFor[brief.SentimentPoint](), defs["sentiment_point"].(map[string]any))
	check("Meeting", reflect.TypeFor[brief.Meeting](), defs["meeting"].(map[string]any))
	check("Tag", reflect.TypeFor[brief.Tag](), defs["tag"].(map[string]any))
	check("Field", reflect.TypeFor[brief.Field](), defs["field"].(map[string]any))
	check("Turn", reflect.TypeFor[brief.Turn](), defs["turn"].(map[string]any))
}
