// Package twoproc_test runs the one-voice promise across two OS processes:
// two Engines and two Dispatchers on one SQLite file or one PostgreSQL
// database, racing silencing calls in one process against deliveries in
// either; Dispatchers scoped to one tenant each (tenants_test.go); two
// bookings of one conversation's meeting racing (bookrace_test.go); and
// the lead's STOP reaching the email she gave with her number while the
// other process records that email or an AI text to it (linked_test.go).
// The test binary re-executes itself as the second process; hold_test.go
// holds one process inside its call while the other commits.
package twoproc_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/internal/pgtest"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// envChild carries the second process's sideConfig as JSON.
const envChild = "HANDOFF_TWOPROC_CHILD"

// EnvTrials sets the trials per kind and per process (default 200, so a
// plain go test stays quick; the note's figures use 5,000 per process).
const EnvTrials = "HANDOFF_TWOPROC_TRIALS"

func TestMain(m *testing.M) {
	if raw := os.Getenv(envChild); raw != "" {
		var cfg sideConfig
		if err := json.Unmarshal([]byte(raw), &cfg); err != nil {
			fmt.Fprintln(os.Stderr, "twoproc child:", err)
			os.Exit(2)
		}
		if err := side(cfg); err != nil {
			fmt.Fprintln(os.Stderr, "twoproc child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	pgtest.Main(m)
}

func trials(t testing.TB) int {
	n := 200
	if v := os.Getenv(EnvTrials); v != "" {
		var err error
		n, err = strconv.Atoi(v)
		require.NoError(t, err, EnvTrials)
	}
	if testing.Short() {
		n = min(n, 30)
	}
	return n
}

type database struct {
	dialect sqlstore.Dialect
	dsn     func(t testing.TB) string
}

var databases = map[string]database{
	"sqlite":   {sqlstore.SQLite, func(t testing.TB) string { return filepath.Join(t.TempDir(), "shared.db") }},
	"postgres": {sqlstore.Postgres, pgtest.URL},
}

// runBoth runs side a in this process and side b in a child process on
// one database, and returns both logs' lines.
func runBoth(t *testing.T, db database, a, b sideConfig) [][]string {
	return runBothOn(t, db, db.dsn(t), a, b)
}

// runBothOn is runBoth on the database at dsn, which may hold data already.
func runBothOn(t *testing.T, db database, dsn string, a, b sideConfig) [][]string {
	dir := t.TempDir()
	a.Dialect, b.Dialect, a.DSN, b.DSN = db.dialect, db.dialect, dsn, dsn
	a.Log, b.Log = filepath.Join(dir, "a.log"), filepath.Join(dir, "b.log")
	// Migrate once before both start.
	_, closeDB, err := openStore(db.dialect, dsn)
	require.NoError(t, err)
	closeDB()
	child := startChild(t, b)
	errA := side(a)
	errB := child.Wait()
	require.NoError(t, errA, "this process's side")
	require.NoError(t, errB, "the child process's side")
	return [][]string{readLines(t, a.Log), readLines(t, b.Log)}
}

// startChild starts side cfg in a child process (its Dialect, DSN and Log
// set by the caller) and returns it running; the caller waits for it.
func startChild(t *testing.T, cfg sideConfig) *exec.Cmd {
	raw, err := json.Marshal(cfg)
	require.NoError(t, err)
	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), envChild+"="+string(raw))
	child.Stdout, child.Stderr = os.Stderr, os.Stderr
	require.NoError(t, child.Start())
	return child
}

func readLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	require.NoError(t, sc.Err())
	return out
}

// TestOneVoiceAcrossProcesses: in each of two processes, an Engine and a
// Dispatcher share one database; each process runs trials of a rep message
// racing queued AI replies, and of a STOP racing a handoff-firing message on
// the same conversation, on another conversation with the same phone, and
// on another conversation of the lead's that shares only the email (an
// email-only chat and an SMS conversation, a STOP in either).
// No automated text may reach either process's Sender after the silencing
// call returned.
func TestOneVoiceAcrossProcesses(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			db := databases[name]
			n := trials(t)
			// Both sides drain until a common deadline after their trials.
			deadline := time.Now().Add(time.Duration(n*trialKinds)*13*time.Millisecond + 3*time.Second)
			a := sideConfig{Name: "a", Trials: n, Workers: 4, Mode: "race", Deadline: deadline}
			b := a
			b.Name = "b"
			logs := runBoth(t, db, a, b)
			v, stats := checkOneVoice(append(logs[0], logs[1]...))
			t.Logf("%s: %d trials per kind per process, %d processes; %s", name, n, 2, stats)
			require.Empty(t, v, "automated texts reached a Sender after the silencing call returned")
		})
	}
}

// checkOneVoice returns the violations in the merged logs and a summary.
func checkOneVoice(lines []string) ([]string, string) {
	conv := map[string]int64{}  // conversation -> when its silencing call returned
	phone := map[string]int64{} // address (phone, chat) -> when an opt-out reaching it returned
	type send struct {
		at             int64
		conv, to, kind string
	}
	var sends []send
	for _, l := range lines {
		f := strings.Fields(l)
		at, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "C":
			conv[f[2]] = at
		case "A":
			phone[f[3]] = at
		case "S":
			sends = append(sends, send{at, f[2], f[3], f[4]})
		}
	}
	var v []string
	automated := 0
	for _, s := range sends {
		if !store.OutboxKind(s.kind).Automated() {
			continue
		}
		automated++
		if r, ok := conv[s.conv]; ok && s.at > r && s.kind == "ai_reply" {
			v = append(v, fmt.Sprintf("%s %s sent %s after the rep message returned", s.conv, s.kind, time.Duration(s.at-r)))
		}
		if r, ok := phone[s.to]; ok && s.at > r {
			v = append(v, fmt.Sprintf("%s %s to %s sent %s after the STOP returned", s.conv, s.kind, s.to, time.Duration(s.at-r)))
		}
	}
	return v, fmt.Sprintf("%d rep messages and %d opt-outs returned; %d Sender calls, %d of them automated texts",
		len(conv), len(phone), len(sends), automated)
}

// BenchmarkCommitToSender measures the time from the call that commits an
// AI text (measured from its start, so the commit itself is included) to
// the Sender call that delivers it, with the dispatcher in this
// process and in another process (PostgreSQL wakes it through
// LISTEN/NOTIFY; SQLite through its poll). It reports p50 and p99.
func BenchmarkCommitToSender(b *testing.B) {
	for _, name := range []string{"postgres", "sqlite"} {
		for _, where := range []string{"same-process", "other-process"} {
			b.Run(name+"/"+where, func(b *testing.B) {
				benchLatency(b, databases[name], where == "other-process")
			})
		}
	}
}

func benchLatency(b *testing.B, db database, cross bool) {
	dir := b.TempDir()
	dsn := db.dsn(b)
	n := 400
	deadline := time.Now().Add(time.Duration(n)*8*time.Millisecond + 2*time.Second)
	queue := sideConfig{Dialect: db.dialect, DSN: dsn, Name: "q", Trials: n, Mode: "latency-queue", Deadline: deadline, Log: filepath.Join(dir, "q.log")}
	send := sideConfig{Dialect: db.dialect, DSN: dsn, Name: "s", Mode: "latency-send", Deadline: deadline, Log: filepath.Join(dir, "s.log")}
	_, closeDB, err := openStore(db.dialect, dsn)
	if err != nil {
		b.Fatal(err)
	}
	closeDB()
	b.ResetTimer()
	var child *exec.Cmd
	if cross {
		raw, _ := json.Marshal(send)
		child = exec.Command(os.Args[0], "-test.run=^$")
		child.Env = append(os.Environ(), envChild+"="+string(raw))
		child.Stderr = os.Stderr
		if err := child.Start(); err != nil {
			b.Fatal(err)
		}
		time.Sleep(time.Second) // let the child's dispatcher subscribe
	} else {
		queue.Mode = "latency-both"
	}
	if err := side(queue); err != nil {
		b.Fatal(err)
	}
	if child != nil {
		if err := child.Wait(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	var lines []string
	for _, p := range []string{queue.Log, send.Log} {
		if raw, err := os.ReadFile(p); err == nil {
			lines = append(lines, strings.Split(strings.TrimSpace(string(raw)), "\n")...)
		}
	}
	call, commit := latencies(lines)
	if len(call) == 0 {
		b.Fatal("no deliveries measured")
	}
	b.ReportMetric(float64(call[len(call)/2])/1e6, "p50-ms")
	b.ReportMetric(float64(call[len(call)*99/100])/1e6, "p99-ms")
	b.ReportMetric(float64(commit[len(commit)/2])/1e6, "commit-p50-ms")
	b.ReportMetric(float64(commit[len(commit)*99/100])/1e6, "commit-p99-ms")
	b.ReportMetric(float64(len(call)), "texts")
}

// latencies pairs Q and S (Sender called) lines by conversation. It returns
// the latencies from the committing call's start (the commit included) and
// from its return (the commit done; zero when the Sender was called before
// the call returned).
func latencies(lines []string) (call, commit []time.Duration) {
	began, returned := map[string]int64{}, map[string]int64{}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) >= 4 && f[0] == "Q" {
			began[f[2]], _ = strconv.ParseInt(f[1], 10, 64)
			returned[f[2]], _ = strconv.ParseInt(f[3], 10, 64)
		}
	}
	for _, l := range lines {
		if f := strings.Fields(l); len(f) >= 5 && f[0] == "S" {
			if at, ok := began[f[2]]; ok {
				s, _ := strconv.ParseInt(f[1], 10, 64)
				call = append(call, time.Duration(s-at))
				commit = append(commit, time.Duration(max(0, s-returned[f[2]])))
			}
		}
	}
	slices.Sort(call)
	slices.Sort(commit)
	return call, commit
}
