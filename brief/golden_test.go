package brief_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/brief"
	"github.com/handoffkit/handoffkit/store"
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

// TestRenderings_LeadContact: every rendering a rep is notified with says
// who the lead is, their company, and how to reach them (phone and
// e-mail), and shows nothing for what is unknown.
func TestRenderings_LeadContact(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lead   store.Lead
		head   string   // first line of Text and SMS
		md     string   // the Markdown line under the title
		absent []string // in no rendering
	}{
		{store.Lead{Name: "Alex Kim", Email: "alex@acme.io", Company: "Acme Corp"},
			"HOT: Alex Kim (Acme Corp) alex@acme.io -> Lena",
			"**Company:** Acme Corp · **Email:** alex@acme.io · **Score:** 0/100 · **Rep:** Lena", []string{"Phone"}},
		{store.Lead{Name: "Alex Kim", Phone: "+15550101234", Email: "alex@acme.io", Company: "Acme Corp", Source: "webinar"},
			"HOT: Alex Kim (Acme Corp) +15550101234 alex@acme.io (via webinar) -> Lena",
			"**Company:** Acme Corp · **Phone:** +15550101234 · **Email:** alex@acme.io · **Source:** webinar · **Score:** 0/100 · **Rep:** Lena", nil},
		{store.Lead{Company: "Acme Corp"},
			"HOT: Lead (Acme Corp) -> Lena",
			"**Company:** Acme Corp · **Score:** 0/100 · **Rep:** Lena", []string{"Phone", "Email", "@"}},
		{store.Lead{Name: "Alex Kim", Phone: "+15550101234"},
			"HOT: Alex Kim +15550101234 -> Lena",
			"**Phone:** +15550101234 · **Score:** 0/100 · **Rep:** Lena", []string{"Company", "Email", "@"}},
	} {
		b := brief.Build(brief.Input{Conversation: store.Conversation{ID: "p1", TenantID: "t1", Lead: tc.lead, AssignedName: "Lena"}})
		text, sms, md := b.Text(), b.SMS(), b.Markdown()
		require.Equal(t, tc.head, strings.SplitN(text, "\n", 2)[0], "Text")
		require.Equal(t, tc.head, strings.SplitN(sms, "\n", 2)[0], "SMS")
		require.Equal(t, tc.md, strings.Split(md, "\n")[2], "Markdown")
		for _, a := range tc.absent {
			for _, r := range []string{text, sms, md} {
				require.NotContains(t, r, a)
			}
		}
	}
}
