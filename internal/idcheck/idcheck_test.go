package idcheck_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/idcheck"
)

func TestProblem(t *testing.T) {
	t.Parallel()
	for v, want := range map[string]string{
		"acme":                    "",
		"conv-1/offer:2026-03-16": "",
		"José-Ünïcode-日本-🙂":       "",
		strings.Repeat("k", 256):  "",
		"":                        "is empty",
		strings.Repeat("k", 257):  "is longer than 256 bytes",
		"k\xff":                   "is not valid UTF-8",
		"k\x00":                   "contains the control or format character U+0000",
		"k\t1":                    "contains the control or format character U+0009",
		"k\n":                     "contains the control or format character U+000A",
		"k\x7f":                   "contains the control or format character U+007F",
		"k\u0085":                 "contains the control or format character U+0085",
		"k\u200b":                 "contains the control or format character U+200B",
		"k\u202e":                 "contains the control or format character U+202E",
		"k\ufeff":                 "contains the control or format character U+FEFF",
	} {
		require.Equal(t, want, idcheck.Problem(v, idcheck.MaxBytes), "%q", v)
	}
	require.Equal(t, "", idcheck.Problem(strings.Repeat("k", 1024), 1024))
	require.Equal(t, "is longer than 1024 bytes", idcheck.Problem(strings.Repeat("k", 1025), 1024))
}

func FuzzProblem(f *testing.F) {
	for _, s := range []string{"acme", "", "k\x00", "k\xff", "k\u200b", "日本"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if idcheck.Problem(v, idcheck.MaxBytes) != "" {
			return
		}
		// What passes is a non-empty UTF-8 string with no hidden rune.
		require.NotEmpty(t, v)
		require.LessOrEqual(t, len(v), idcheck.MaxBytes)
		require.True(t, strings.ToValidUTF8(v, "") == v)
		require.Equal(t, -1, strings.IndexFunc(v, idcheck.Hidden))
	})
}
