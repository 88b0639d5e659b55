package brief_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./brief -update")
	require.Equal(t, string(want), string(got), "rendering changed; if intended, run go test ./brief -update and review the diff")
}

func TestRenderings_Golden(t *testing.T) {
	t.Parallel()
	b := brief.Build(seedInput())
	js, err := b.JSON()
	require.NoError(t, err)
	for name, got := range map[string][]byte{
		"seed.txt.golden":        []byte(b.Text() + "\n"),
		"seed.sms.golden":        []byte(b.SMS() + "\n"),
		"seed.transcript.golden": []byte(b.TranscriptText() + "\n"),
		"seed.md.golden":         []byte(b.Markdown()),
		"seed.json.golden":       append(js, '\n'),
	} {
		t.Run(name, func(t *testing.T) { golden(t, name, got) })
	}
}

func TestSMS_FitsThreeSegments(t *testing.T) {
	t.Parallel()
	in := seedInput()
	for i := range in.Messages {
		in.Messages[i].Body += " and this message goes on and on with more words than any rep wants in a text"
	}
	in.Conversation.Lead.Name = "A Lead With An Unusually Long Name That Goes On"
	b := brief.Build(in)
	require.LessOrEqual(t, len(b.SMS()), brief.SMSLimit)
	require.Contains(t, b.SMS(), "HOT: A Lead With")
}
