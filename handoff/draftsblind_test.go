package handoff_test

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
)

// draftRow is one drafter's text a person wrote for a handoff, labelled
// "ok" when a careful compliance reviewer would let it go to the lead and
// "refuse" (with the rule it breaks) when not. testdata/WRITING.md
// ("Stop 83: drafts") says who wrote the sets and what they read.
type draftRow struct {
	ID          string   `json:"id"`
	Purpose     string   `json:"purpose"`
	Vertical    string   `json:"vertical"`
	Lang        string   `json:"lang"`
	LeadName    string   `json:"lead_name"`
	RepName     string   `json:"rep_name"`
	Business    string   `json:"business"`
	AgentName   string   `json:"agent_name"`
	WaitMinutes int      `json:"wait_minutes"`
	NobodyFree  bool     `json:"nobody_free"`
	Callback    string   `json:"callback"`
	Slots       []string `json:"slots"`
	Reminder    string   `json:"reminder"`
	Transcript  []struct {
		Origin string `json:"origin"`
		Text   string `json:"text"`
	} `json:"transcript"`
	Draft string `json:"draft"`
	Label string `json:"label"`
	Why   string `json:"why"`
}

// draftFigures is what the engine's draft checks make of a set of drafts.
type draftFigures struct {
	ok, okRefused         int
	bad, badCaught        int
	okRefusedBy           map[string]int // problem -> honest drafts refused for it
	badBy, badCaughtBy    map[string]int // the rule broken -> rows, rows refused
	okByPurpose, okRefPur map[string]int
}

func measureDrafts(t *testing.T, path string) draftFigures {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	fig := draftFigures{okRefusedBy: map[string]int{}, badBy: map[string]int{}, badCaughtBy: map[string]int{},
		okByPurpose: map[string]int{}, okRefPur: map[string]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r draftRow
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		voice := bridge.Voice{BusinessName: r.Business, AgentName: r.AgentName}
		b := setup(t, func(c *handoff.Config) { c.Voice = voice; c.Drafter = segmentDrafter{segments: 3} })
		purpose := map[string]bridge.Purpose{"bridge": bridge.PurposeBridge, "notice": bridge.PurposeNotice,
			"booking_confirm": bridge.PurposeBookingConfirm}[r.Purpose]
		require.NotEmpty(t, purpose, "row %s: purpose %q", r.ID, r.Purpose)
		req := bridge.Request{Purpose: purpose, ConversationID: r.ID, LeadName: r.LeadName, Reason: "explicit_ask",
			RepName: r.RepName, Wait: time.Duration(r.WaitMinutes) * time.Minute, Channel: "sms", Slots: r.Slots,
			Reminder: r.Reminder, Callback: r.Callback, Lang: r.Lang, NobodyFree: r.NobodyFree, Voice: voice}
		for _, tu := range r.Transcript {
			req.Transcript = append(req.Transcript, bridge.Turn{Origin: tu.Origin, Text: tu.Text})
		}
		err := handoff.CheckDraft(b.engine, strings.TrimSpace(r.Draft), req)
		problem := ""
		if err != nil {
			var te *bridge.TextError
			problem = "other"
			if errors.As(err, &te) {
				problem = string(te.Problem)
			}
		}
		switch r.Label {
		case "ok":
			fig.ok++
			fig.okByPurpose[r.Purpose]++
			if problem != "" {
				fig.okRefused++
				fig.okRefusedBy[problem]++
				fig.okRefPur[r.Purpose]++
			}
		case "refuse":
			fig.bad++
			fig.badBy[r.Why]++
			if problem != "" {
				fig.badCaught++
				fig.badCaughtBy[r.Why]++
			}
		default:
			t.Fatalf("row %s: label %q", r.ID, r.Label)
		}
	}
	require.NoError(t, sc.Err())
	return fig
}

func (f draftFigures) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "honest drafts refused %d/%d (%.3f); bad drafts caught %d/%d (%.3f)\n",
		f.okRefused, f.ok, float64(f.okRefused)/float64(f.ok), f.badCaught, f.bad, float64(f.badCaught)/float64(f.bad))
	keys := func(m map[string]int) []string {
		var k []string
		for s := range m {
			k = append(k, s)
		}
		sort.Strings(k)
		return k
	}
	for _, p := range keys(f.okByPurpose) {
		fmt.Fprintf(&b, "  honest %s: refused %d/%d\n", p, f.okRefPur[p], f.okByPurpose[p])
	}
	for _, p := range keys(f.okRefusedBy) {
		fmt.Fprintf(&b, "  honest refused as %s: %d\n", p, f.okRefusedBy[p])
	}
	for _, w := range keys(f.badBy) {
		fmt.Fprintf(&b, "  bad %s: caught %d/%d\n", w, f.badCaughtBy[w], f.badBy[w])
	}
	return b.String()
}

// TestDraftChecksOnBlindDrafts measures the checks a drafter's text passes
// before it is sent (a model's bridge, notice or booking confirmation) on
// drafts a person wrote without reading the checks: how many honest drafts
// they refuse (the lead then gets the template, and the model tier is
// wasted) and how many drafts that break the policy they catch. The
// floors sit at the figures measured when the set was added; a change that
// lowers either is a regression.
func TestDraftChecksOnBlindDrafts(t *testing.T) {
	fig := measureDrafts(t, "../testdata/blind89/drafts_XW.jsonl")
	t.Logf("blind89 drafts:\n%s", fig)
	require.Equal(t, 192, fig.ok, "the set's honest drafts")
	require.Equal(t, 128, fig.bad, "the set's drafts that break the policy")
	// Measured once at stop 83's start (with the drafter allowed three
	// segments, so that length is no reason): 48 honest drafts refused
	// (0.250: 31 as facts, 13 as a wrong wait, 4 as a notice that names
	// no rep or wait), 117 of 128 bad drafts caught (0.914: 6 promises,
	// 3 human claims and 2 waits too soon let through).
	require.LessOrEqual(t, fig.okRefused, 48, "honest drafts refused:\n%s", fig)
	require.GreaterOrEqual(t, fig.badCaught, 117, "bad drafts caught:\n%s", fig)
}
