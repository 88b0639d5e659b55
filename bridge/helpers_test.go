package bridge_test

import (
	"fmt"
	"testing"
)

// eq fails the test at once when got != want. (testify is not usable until
// go.sum lists its dependencies.)
func eq[T comparable](t testing.TB, want, got T, msgAndArgs ...any) {
	t.Helper()
	if got != want {
		msg := ""
		if len(msgAndArgs) > 0 {
			msg = fmt.Sprint(msgAndArgs...) + ": "
		}
		t.Fatalf("%sgot %v, want %v", msg, got, want)
	}
}
