package storetest

import (
	"bytes"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/store"
)

var timeType = reflect.TypeFor[time.Time]()

// nt normalises a time for comparison: UTC, truncated to the microsecond.
func nt(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Microsecond)
}

func normConv(c store.Conversation) store.Conversation {
	if len(c.Fields) == 0 {
		c.Fields = nil
	} else {
		fs := make(map[store.FieldName]store.Field, len(c.Fields))
		for k, f := range c.Fields {
			f.UpdatedAt = nt(f.UpdatedAt)
			fs[k] = f
		}
		c.Fields = fs
	}
	c.HandoffAt = nt(c.HandoffAt)
	c.EngagedAt = nt(c.EngagedAt)
	c.CreatedAt = nt(c.CreatedAt)
	c.UpdatedAt = nt(c.UpdatedAt)
	if len(c.Tags) == 0 {
		c.Tags = nil
	} else {
		c.Tags = mapSlice(c.Tags, func(tg store.Tag) store.Tag { tg.At = nt(tg.At); return tg })
	}
	if len(c.Attributes) == 0 {
		c.Attributes = nil
	}
	if len(c.Baseline.Fields) == 0 {
		c.Baseline.Fields = nil
	}
	c.Baseline.At = nt(c.Baseline.At)
	slot := func(s store.MeetingSlot) store.MeetingSlot { s.Start, s.End = nt(s.Start), nt(s.End); return s }
	if len(c.Meeting.Offered) == 0 {
		c.Meeting.Offered = nil
	} else {
		c.Meeting.Offered = mapSlice(c.Meeting.Offered, slot)
	}
	if len(c.Meeting.Seen) == 0 {
		c.Meeting.Seen = nil
	} else {
		c.Meeting.Seen = mapSlice(c.Meeting.Seen, slot)
	}
	c.Meeting.OfferedAt = nt(c.Meeting.OfferedAt)
	c.Meeting.SeenAt = nt(c.Meeting.SeenAt)
	c.Meeting.BookedAt = nt(c.Meeting.BookedAt)
	c.Meeting.Booked = slot(c.Meeting.Booked)
	return c
}

func normMsg(m store.Message) store.Message {
	m.CreatedAt = nt(m.CreatedAt)
	return m
}

func normEvent(e store.Event) store.Event {
	e.CreatedAt = nt(e.CreatedAt)
	return e
}

func normItem(it store.OutboxItem) store.OutboxItem {
	if len(it.Payload) == 0 {
		it.Payload = nil
	} else {
		it.Payload = bytes.Clone(it.Payload)
	}
	it.NotBefore = nt(it.NotBefore)
	it.LeaseUntil = nt(it.LeaseUntil)
	it.CreatedAt = nt(it.CreatedAt)
	it.UpdatedAt = nt(it.UpdatedAt)
	return it
}

func normSupp(s store.Suppression) store.Suppression {
	s.CreatedAt = nt(s.CreatedAt)
	return s
}

// normalize applies the norm function of each record type to v, which is a
// record, a pointer to one, or a slice or map of them.
func normalize(v any) any {
	switch v := v.(type) {
	case store.Conversation:
		return normConv(v)
	case store.Message:
		return normMsg(v)
	case store.Event:
		return normEvent(v)
	case store.OutboxItem:
		return normItem(v)
	case store.Suppression:
		return normSupp(v)
	case []store.Conversation:
		return mapSlice(v, normConv)
	case []store.Message:
		return mapSlice(v, normMsg)
	case []store.Event:
		return mapSlice(v, normEvent)
	case []store.OutboxItem:
		return mapSlice(v, normItem)
	case snapshot:
		return v.norm()
	}
	panic(fmt.Sprintf("storetest: cannot normalize %T", v))
}

func mapSlice[T any](in []T, f func(T) T) []T {
	if len(in) == 0 {
		return nil
	}
	out := make([]T, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

// checkEqual fails the test (without stopping it) when got and want differ
// after normalisation, ignoring the named top-level fields of records.
// It reports every differing field.
func checkEqual(t *testing.T, what string, got, want any, ignore ...string) bool {
	t.Helper()
	g, w := normalize(got), normalize(want)
	var diffs []string
	diff(&diffs, "", reflect.ValueOf(g), reflect.ValueOf(w), ignore)
	if len(diffs) == 0 {
		return true
	}
	if len(diffs) > 20 {
		diffs = append(diffs[:20], fmt.Sprintf("... and %d more", len(diffs)-20))
	}
	t.Errorf("%s differs (got vs want):\n\t%s", what, strings.Join(diffs, "\n\t"))
	return false
}

// mustEqual is checkEqual that stops the test.
func mustEqual(t *testing.T, what string, got, want any, ignore ...string) {
	t.Helper()
	if !checkEqual(t, what, got, want, ignore...) {
		t.FailNow()
	}
}

// diff appends a line per difference between g and w, which have the same
// type.
func diff(out *[]string, path string, g, w reflect.Value, ignore []string) {
	if g.Type() == timeType {
		gt, wt := g.Interface().(time.Time), w.Interface().(time.Time)
		if !gt.Equal(wt) {
			*out = append(*out, fmt.Sprintf("%s: %s vs %s", path, fmtTime(gt), fmtTime(wt)))
		}
		return
	}
	switch g.Kind() {
	case reflect.Struct:
		for i := range g.NumField() {
			name := g.Type().Field(i).Name
			if slices.Contains(ignore, name) {
				continue
			}
			diff(out, join(path, name), g.Field(i), w.Field(i), nil)
		}
	case reflect.Slice:
		if g.Type().Elem().Kind() == reflect.Uint8 {
			if !bytes.Equal(g.Bytes(), w.Bytes()) {
				*out = append(*out, fmt.Sprintf("%s: %q vs %q", path, g.Bytes(), w.Bytes()))
			}
			return
		}
		if g.Len() != w.Len() {
			*out = append(*out, fmt.Sprintf("%s: length %d vs %d", path, g.Len(), w.Len()))
		}
		for i := range min(g.Len(), w.Len()) {
			diff(out, fmt.Sprintf("%s[%d]", path, i), g.Index(i), w.Index(i), ignore)
		}
	case reflect.Map:
		keys := map[string]reflect.Value{}
		for _, k := range g.MapKeys() {
			keys[fmt.Sprint(k.Interface())] = k
		}
		for _, k := range w.MapKeys() {
			keys[fmt.Sprint(k.Interface())] = k
		}
		for _, ks := range slices.Sorted(maps.Keys(keys)) {
			k := keys[ks]
			gv, wv := g.MapIndex(k), w.MapIndex(k)
			p := fmt.Sprintf("%s[%q]", path, ks)
			switch {
			case !gv.IsValid():
				*out = append(*out, p+": missing")
			case !wv.IsValid():
				*out = append(*out, p+": unexpected")
			default:
				diff(out, p, gv, wv, ignore)
			}
		}
	case reflect.Pointer:
		switch {
		case g.IsNil() && w.IsNil():
		case g.IsNil():
			*out = append(*out, path+": nil vs non-nil")
		case w.IsNil():
			*out = append(*out, path+": non-nil vs nil")
		default:
			diff(out, path, g.Elem(), w.Elem(), ignore)
		}
	default:
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			*out = append(*out, fmt.Sprintf("%s: %#v vs %#v", path, g.Interface(), w.Interface()))
		}
	}
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "zero"
	}
	return t.Format(time.RFC3339Nano)
}

// checkUTC reports every non-zero time in v (a record or a slice of them)
// whose location is not UTC.
func checkUTC(t *testing.T, what string, v any) {
	t.Helper()
	var bad []string
	walkTimes(reflect.ValueOf(v), "", func(path string, tm time.Time) {
		if !tm.IsZero() && tm.Location() != time.UTC {
			bad = append(bad, fmt.Sprintf("%s in %s", path, tm.Location()))
		}
	})
	if len(bad) > 0 {
		t.Errorf("%s: times not in UTC: %s", what, strings.Join(bad, ", "))
	}
}

func walkTimes(v reflect.Value, path string, f func(string, time.Time)) {
	if v.Type() == timeType {
		f(path, v.Interface().(time.Time))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			walkTimes(v.Field(i), join(path, v.Type().Field(i).Name), f)
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkTimes(v.Index(i), fmt.Sprintf("%s[%d]", path, i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			walkTimes(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k.Interface()), f)
		}
	}
}

// requireAllSet fails the test if a field of the record v (recursively
// through nested structs, maps and slices) is the zero value, except the
// named top-level fields. It keeps round-trip fixtures complete when a
// record gains a field.
func requireAllSet(t *testing.T, what string, v any, except ...string) {
	t.Helper()
	rv := reflect.ValueOf(v)
	var zero []string
	for i := range rv.NumField() {
		name := rv.Type().Field(i).Name
		if slices.Contains(except, name) {
			continue
		}
		findZero(rv.Field(i), name, &zero)
	}
	if len(zero) > 0 {
		t.Fatalf("storetest bug: %s fixture leaves fields unset: %s", what, strings.Join(zero, ", "))
	}
}

func findZero(v reflect.Value, path string, out *[]string) {
	if v.IsZero() {
		*out = append(*out, path)
		return
	}
	if v.Type() == timeType {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			findZero(v.Field(i), join(path, v.Type().Field(i).Name), out)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			findZero(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k.Interface()), out)
		}
	}
}
