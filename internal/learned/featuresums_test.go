package learned

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// plainSums is what a score took before featureSums: the hashes, then
// their weights added up.
func plainSums(m *Model, s string) ([NumTasks]int64, int) {
	hs := Features(s, nil)
	return m.sums(hs), len(hs)
}

// checkFeatureSums: featureSums adds up the weights of exactly the
// hashes featureHashes emits (it repeats its loop with adds), and Score
// is unchanged.
func checkFeatureSums(t *testing.T, m *Model, s string) {
	t.Helper()
	tk := getTokens()
	defer tokPool.Put(tk)
	tk.tokenize(s)
	sum, n := tk.featureSums(m)
	want, wn := plainSums(m, s)
	require.Equal(t, wn, n, "%q", s)
	require.Equal(t, want, sum, "%q", s)
	// Score reads s as written, or a repetitive s with each distinct
	// token once (repeat.go)
	rk := getTokens()
	defer tokPool.Put(rk)
	rk.read(s)
	rh := rk.featureHashes(nil)
	require.Equal(t, m.logits(m.sums(rh), len(rh)), m.score(s), "%q", s)
	if !tk.repetitive() {
		require.Equal(t, m.logits(want, wn), m.score(s), "%q", s)
	}
}

func TestFeatureSums(t *testing.T) {
	t.Parallel()
	m := Default()
	for _, s := range []string{
		"", " ", ".", "a", "ab", "abc", "abcd", "STOP", "no", "not now, ok", "0", "000 111", "a1b2",
		"please take me off your list, this is the wrong number",
		"Don't STOOOP texting me!!! 😡😡 sh*t", "¿me pueden llamar? Más información, por favor",
		"call 512-555-0132 or $250,000?", "ʔҎ niño ĀĒ", "a\xffb",
		"yeah we inherited the place from my aunt last yr, roof leaks and the kitchen is original. " +
			"want to close by march, around 250k. can someone call me tmrw morning?",
		strings.Repeat("x", 100), strings.Repeat("word ", 1000), strings.Repeat("no ", 400),
		strings.Repeat(strings.Repeat("ab", 40)+" ", 400), strings.Repeat("😡 ", 400),
	} {
		checkFeatureSums(t, m, s)
	}
	for _, s := range featureSamples {
		checkFeatureSums(t, m, s)
	}
	// the messages the model was trained on
	rows, err := LoadRows(os.DirFS("data"), ".")
	require.NoError(t, err)
	for _, r := range rows {
		checkFeatureSums(t, m, r.Text)
	}
	count := len(rows)
	require.Greater(t, count, 1000)
}

// TestIsNegatorHashed: the slot test agrees with the plain one on every
// negator, on each negator cut or extended by a letter, and on every
// token of the training messages.
func TestIsNegatorHashed(t *testing.T) {
	t.Parallel()
	check := func(w string) {
		h := fnvString(fnvByte(fnvOffset, nsWord), w)
		require.Equal(t, isNegator([]byte(w)), isNegatorHashed([]byte(w), h), "%q", w)
	}
	for _, n := range negators {
		require.True(t, isNegator([]byte(n)), n)
		check(n)
		check(n[:len(n)-1])
		check(n + "s")
	}
	rows, err := LoadRows(os.DirFS("data"), ".")
	require.NoError(t, err)
	words := 0
	for _, r := range rows {
		for _, w := range Tokenize(r.Text) {
			check(w)
			words++
		}
	}
	require.Greater(t, words, 10000)
}

// TestGramCacheConcurrent: goroutines scoring messages that share words,
// whose n-gram sums their model's gramCache fills and replaces (a small
// cache would make slots collide; this one's slots are taken by words
// of different lengths and spellings alike), get the sums of the weight
// table read afresh, and a model in training (without the cache) the
// same. Run with -race.
func TestGramCacheConcurrent(t *testing.T) {
	t.Parallel()
	m := Default()
	plain := *m
	plain.grams = nil
	texts := append([]string{}, featureSamples...)
	for i := range 64 {
		texts = append(texts, strings.Repeat("callme maybe tomorrow ", i%5)+strings.Repeat("x", i)+" roof leaks, kitchen original")
	}
	done := make(chan struct{})
	for g := range 4 {
		go func() {
			defer func() { done <- struct{}{} }()
			for k := range 3 {
				for i := range texts {
					s := texts[(i+g*7+k)%len(texts)]
					tk := getTokens()
					tk.tokenize(s)
					got, gn := tk.featureSums(m)
					want, wn := tk.featureSums(&plain)
					tokPool.Put(tk)
					if got != want || gn != wn {
						t.Errorf("%q: cached sums %v (%d), read afresh %v (%d)", s, got, gn, want, wn)
						return
					}
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
}
