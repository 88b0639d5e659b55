package pgtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWithParam(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u@h/db":               "postgres://u@h/db?search_path=s1",
		"postgresql://u@h/db?sslmode=off": "postgresql://u@h/db?search_path=s1&sslmode=off",
		"host=h dbname=db":                "host=h dbname=db search_path=s1",
	} {
		if got := withParam(in, "search_path", "s1"); got != want {
			t.Errorf("withParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindBinDirPrefersNewestDebianVersion(t *testing.T) {
	root := t.TempDir()
	for _, v := range []string{"9", "13", "15"} {
		dir := filepath.Join(root, v, "bin")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"initdb", "pg_ctl"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"), 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Setenv("PATH", "")
	old := debianBinGlob
	debianBinGlob = filepath.Join(root, "*", "bin", "initdb")
	t.Cleanup(func() { debianBinGlob = old })
	dir, err := findBinDir()
	if err != nil || dir != filepath.Join(root, "15", "bin") {
		t.Fatalf("findBinDir() = %q, %v; want the version 15 dir", dir, err)
	}
}

func TestRequireSkipsWithHowTo(t *testing.T) {
	t.Setenv("PATH", "")
	t.Setenv(EnvURL, "")
	t.Setenv(EnvRequire, "")
	old := debianBinGlob
	debianBinGlob = filepath.Join(t.TempDir(), "none", "initdb")
	t.Cleanup(func() { debianBinGlob = old })

	// Require must stop the subtest with a skip: returning would fail it.
	ok := t.Run("sub", func(t *testing.T) {
		Require(t)
		t.Error("Require returned without a server")
	})
	if !ok {
		t.Fatal("subtest failed instead of skipping")
	}
	if _, avail := Available(); avail {
		t.Error("Available() = true without binaries or URL")
	}
}
