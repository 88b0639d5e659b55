// Package pgtest gives tests a PostgreSQL database without Docker.
//
// [URL] returns a connection URL to a fresh, empty schema. The server is,
// in order of preference:
//
//  1. a throwaway server this package starts once per test binary when
//     initdb and pg_ctl are found on PATH or in /usr/lib/postgresql/*/bin
//     (where Debian's postgresql package installs them): data in a temp
//     dir, listening only on a unix socket in that dir, fsync off (unless
//     HANDOFF_PGTEST_DURABLE=1). When the test runs as root, initdb and
//     pg_ctl run as the "postgres" user (initdb refuses root; the child
//     processes get its uid and gid, as setpriv or runuser would do) and
//     the temp dir is owned by that user;
//  2. the server at HANDOFF_TEST_POSTGRES_URL, when set;
//  3. none: the test is skipped with a message saying how to enable it, or
//     fails when HANDOFF_REQUIRE_POSTGRES=1 (CI sets it).
//
// The package imports no driver: the test binary must import
// github.com/jackc/pgx/v5/stdlib (driver name "pgx"). Call [Main] (or
// [Stop] after m.Run) from TestMain so the throwaway server is stopped and
// its files removed.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Environment variables read by this package.
const (
	// EnvURL names an existing PostgreSQL database to test against when no
	// local server binaries are found.
	EnvURL = "HANDOFF_TEST_POSTGRES_URL"
	// EnvRequire, set to 1, turns a skip into a failure.
	EnvRequire = "HANDOFF_REQUIRE_POSTGRES"
	// EnvDurable, set to 1, starts the throwaway server with PostgreSQL's
	// durable defaults (fsync, synchronous_commit and full_page_writes on)
	// instead of the fast test settings; benchmarks use it to measure what
	// production commits cost.
	EnvDurable = "HANDOFF_PGTEST_DURABLE"
)

var (
	startOnce sync.Once
	srv       *server
	startErr  error
	schemaSeq atomic.Int64
)

// Main runs the tests and stops the throwaway server, then exits:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
func Main(m *testing.M) {
	code := m.Run()
	Stop()
	os.Exit(code)
}

// Stop stops the throwaway server, if one was started, and removes its
// files. It is safe to call more than once.
func Stop() {
	if srv != nil {
		srv.stop()
		srv = nil
	}
}

// Available reports whether [URL] would find a server, and where it comes
// from ("local <bin dir>" or EnvURL), without starting one.
func Available() (string, bool) {
	if dir, err := findBinDir(); err == nil {
		return "local " + dir, true
	}
	if os.Getenv(EnvURL) != "" {
		return EnvURL, true
	}
	return "", false
}

// Require skips the test, or fails it when HANDOFF_REQUIRE_POSTGRES=1,
// unless a server is available; it starts the throwaway server if needed.
// Call it at the top of a group of PostgreSQL tests so they skip once.
func Require(t testing.TB) {
	t.Helper()
	if _, _, err := baseURL(); err != nil {
		msg := fmt.Sprintf("PostgreSQL tests skipped: %v. To run them, "+
			"install PostgreSQL (Debian: apt-get install postgresql; initdb and pg_ctl are found on PATH or in /usr/lib/postgresql/*/bin) "+
			"or set %s=postgres://user:password@host:5432/db", err, EnvURL)
		if os.Getenv(EnvRequire) == "1" {
			t.Fatalf("%s (%s=1 requires PostgreSQL)", msg, EnvRequire)
		}
		t.Skip(msg)
	}
}

// URL returns a pgx connection URL whose search_path is a new, empty schema
// on the test server, dropped when the test ends. It skips the test when no
// server is available (fails when HANDOFF_REQUIRE_POSTGRES=1).
func URL(t testing.TB) string {
	t.Helper()
	Require(t)
	base, source, err := baseURL()
	if err != nil {
		t.Fatal(err)
	}
	schema := fmt.Sprintf("test_%d_%d", os.Getpid(), schemaSeq.Add(1))
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("pgtest: open %s (does the test import github.com/jackc/pgx/v5/stdlib?): %v", source, err)
	}
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("pgtest: create schema on %s: %v", source, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer db.Close()
		_, _ = db.ExecContext(context.Background(), "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
	})
	return withParam(base, "search_path", schema)
}

// baseURL starts the local server once, or falls back to EnvURL.
func baseURL() (u, source string, err error) {
	dir, findErr := findBinDir()
	if findErr == nil {
		startOnce.Do(func() { srv, startErr = start(dir) })
		if startErr == nil {
			return srv.url, "local server (" + dir + ")", nil
		}
	}
	if env := os.Getenv(EnvURL); env != "" {
		return env, EnvURL, nil
	}
	if findErr == nil {
		return "", "", fmt.Errorf("starting a local server with %s failed: %w", dir, startErr)
	}
	return "", "", fmt.Errorf("%w and %s is not set", findErr, EnvURL)
}

// withParam adds a run-time parameter to a URL or key=value connection string.
func withParam(conn, key, value string) string {
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		u, err := url.Parse(conn)
		if err == nil {
			q := u.Query()
			q.Set(key, value)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return conn + " " + key + "=" + value
}

// debianBinGlob matches the initdb of Debian's versioned server packages.
var debianBinGlob = "/usr/lib/postgresql/*/bin/initdb"

// findBinDir returns the directory holding initdb and pg_ctl.
func findBinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	matches, _ := filepath.Glob(debianBinGlob)
	sort.Slice(matches, func(i, j int) bool { return versionOf(matches[i]) > versionOf(matches[j]) })
	for _, m := range matches {
		dir := filepath.Dir(m)
		if _, err := os.Stat(filepath.Join(dir, "pg_ctl")); err == nil {
			return dir, nil
		}
	}
	return "", errors.New("no initdb and pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
}

// versionOf extracts NN from /usr/lib/postgresql/NN/bin/initdb.
func versionOf(p string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(p))))
	return v
}

type server struct {
	binDir string
	root   string // temp dir: data/, the socket, the log
	url    string
	cred   *credential
	reaper *os.Process
}

func start(binDir string) (*server, error) {
	tmp := ""
	if os.Geteuid() == 0 {
		// The server's user must reach its dir: TMPDIR may be private to root.
		if fi, err := os.Stat("/tmp"); err == nil && fi.IsDir() {
			tmp = "/tmp"
		}
	}
	root, err := os.MkdirTemp(tmp, "handoffkit-pg-")
	if err != nil {
		return nil, err
	}
	s := &server{binDir: binDir, root: root}
	if os.Geteuid() == 0 {
		// initdb refuses to run as root: run the server as "postgres".
		s.cred, err = lookupCredential("postgres")
		if err != nil {
			os.RemoveAll(root)
			return nil, fmt.Errorf("running as root, initdb must run as another user: %w", err)
		}
		if err := os.Chown(root, s.cred.uid, s.cred.gid); err != nil {
			os.RemoveAll(root)
			return nil, err
		}
	}
	data := filepath.Join(root, "data")
	if out, err := s.run("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "-N"); err != nil {
		os.RemoveAll(root)
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories='%s' -c port=5432 -c max_connections=300", root)
	if os.Getenv(EnvDurable) != "1" {
		opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
	}
	if out, err := s.run("pg_ctl", "-D", data, "-l", filepath.Join(root, "log"), "-w", "-t", "60", "-s", "-o", opts, "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(root, "log"))
		os.RemoveAll(root)
		return nil, fmt.Errorf("pg_ctl start: %w: %s %s", err, out, log)
	}
	s.url = "postgres://postgres@/postgres?host=" + url.QueryEscape(root) + "&port=5432&sslmode=disable"
	s.startReaper()
	return s, nil
}

// startReaper starts a small shell process, in its own process group, that
// stops the server and removes its files once this process is gone, even
// if it dies without running Stop (a test timeout, SIGKILL).
func (s *server) startReaper() {
	sh, err := exec.LookPath("sh")
	if err != nil {
		return
	}
	script := fmt.Sprintf(`while [ -d /proc/%[1]d ] || kill -0 %[1]d 2>/dev/null; do sleep 1; done; `+
		`'%[2]s' -D '%[3]s' -m immediate -s stop >/dev/null 2>&1; rm -rf '%[4]s'`,
		os.Getpid(), filepath.Join(s.binDir, "pg_ctl"), filepath.Join(s.root, "data"), s.root)
	cmd := exec.Command(sh, "-c", script)
	cmd.Dir = s.root
	setpgid(cmd)
	if s.cred != nil {
		s.cred.apply(cmd)
	}
	if cmd.Start() == nil {
		s.reaper = cmd.Process
	}
}

func (s *server) stop() {
	if s.reaper != nil {
		_ = s.reaper.Kill()
		_, _ = s.reaper.Wait()
	}
	_, _ = s.run("pg_ctl", "-D", filepath.Join(s.root, "data"), "-m", "immediate", "-w", "-s", "stop")
	os.RemoveAll(s.root)
}

// run runs a server binary as the server's user, with a minute's limit.
func (s *server) run(name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(s.binDir, name), args...)
	cmd.Dir = s.root
	cmd.Env = append(os.Environ(), "LC_ALL=C", "PGTZ=UTC")
	if s.cred != nil {
		s.cred.apply(cmd)
		cmd.Env = append(cmd.Env, "HOME="+s.root, "USER=postgres", "LOGNAME=postgres")
	}
	return cmd.CombinedOutput()
}
