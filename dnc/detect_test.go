package dnc_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

func TestDetectKeywords(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	// every carrier keyword and FCC per-se word, as a whole message, in
	// any case, with punctuation and filler
	words := []string{"STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPT OUT",
		"OPT-OUT", "OPTOUT", "REMOVE", "ARRET", "ARRETE", "ARRETT", "TD"}
	decorate := []func(string) string{
		func(s string) string { return s },
		strings.ToLower,
		func(s string) string { return strings.ToUpper(s[:1]) + strings.ToLower(s[1:]) },
		func(s string) string { return s + "!!" },
		func(s string) string { return "  " + s + ".  " },
		func(s string) string { return strings.ToLower(s) + " please" },
		func(s string) string { return "pls " + strings.ToLower(s) },
		func(s string) string { return s + " 🛑" },
		func(s string) string { return strings.ToLower(s) + " now thanks" },
	}
	for _, w := range words {
		for _, f := range decorate {
			in := f(w)
			r := d.Detect(dnc.Input{Text: in})
			require.Equal(t, dnc.OptOut, r.Kind, "%q", in)
			require.True(t, strings.HasPrefix(r.Rule, "keyword:"), "%q rule %q", in, r.Rule)
		}
	}
	for _, tc := range []struct {
		in   string
		kind dnc.Kind
	}{
		{"START", dnc.OptIn}, {"unstop", dnc.OptIn}, {"Start.", dnc.OptIn}, {"SUBSCRIBE", dnc.OptIn},
		{"HELP", dnc.Help}, {"info", dnc.Help}, {"help?", dnc.Help},
		{"YES", dnc.None}, {"", dnc.None}, {"   ", dnc.None},
	} {
		require.Equal(t, tc.kind, d.Detect(dnc.Input{Text: tc.in}).Kind, "%q", tc.in)
	}
}

func TestDetectYesIsOptIn(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{YesIsOptIn: true, OptOutKeywords: []string{"BASTA"}})
	require.Equal(t, dnc.OptIn, d.Detect(dnc.Input{Text: "yes"}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "Basta!"}).Kind)
	ko := dnc.New(&dnc.Config{KeywordsOnly: true})
	require.Equal(t, dnc.OptOut, ko.Detect(dnc.Input{Text: "STOP"}).Kind)
	require.Equal(t, dnc.None, ko.Detect(dnc.Input{Text: "take me off your list"}).Kind)
}

func TestDetectPhrases(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	optOut := []string{
		"take me off your list",
		"kindly get my info out of your database",
		"lose my number",
		"wrong number",
		"u have the wrong person, please delete this number",
		"don't text me again",
		"Do NOT contact me ever again.",
		"not interested, remove me",
		"stop texting me",
		"quit texting me about the property",
		"cease all communication",
		"no more messages please",
		"i really don't want more of your texts",
		"just leave us alone already",
		"please opt me out of all this",
		"what's the way to unsubscribe from these emails",
		"kindly cancel the newsletter subscription for me",
		"it's already under contract, stop reaching out to me",
		"this is harassment and you're getting reported as spam",
		"I no longer wish to receive these messages",
		"i need these messages to stop",
		"im not interested. stop.",
		"bro i'm keeping it haha stop messaging this number",
		"STOP STOP STOP",
		"not interested stop",
		"wrong #",
		"Please do not text this number",
		"I have no interest, please remove",
	}
	for _, in := range optOut {
		r := d.Detect(dnc.Input{Text: in})
		require.Equal(t, dnc.OptOut, r.Kind, "%q", in)
		require.NotEmpty(t, r.Rule, "%q", in)
	}
	// look-alikes: none of these revokes consent
	lookAlikes := []string{
		"stop by tuesday",
		"can you stop by saturday morning",
		"bus stop",
		"turn left at the stop sign by the church",
		"end of the month",
		"closing should happen around the end of the month",
		"cancel my appointment, can we do thursday",
		"cancel order 123",
		"don't call, text me",
		"don't ring me, my boss gets mad. texting works",
		"don't stop, tell me more",
		"i'm not telling you to stop, just ease up a bit",
		"i never typed unsubscribe, i wrote maybe later",
		"my son sent stop by mistake, disregard it",
		"Reply STOP to unsubscribe. Msg&data rates may apply",
		"FreeMsg: you have won a prize! To opt out text STOP to 85233",
		"since i quit my job we need to sell",
		"the pipe under the sink won't stop leaking",
		"300 minimum, full stop",
		"not at the moment",
		"at that price i'm not interested, come up a bit",
		"don't text me after 9pm",
		"no calls please, text only",
		"the road is blocked",
		"you're the wrong person to ask about that",
		"if you go away i will miss you",
		"Remove the cake from the oven at 5",
		"i wasnt interested at first",
	}
	for _, in := range lookAlikes {
		r := d.Detect(dnc.Input{Text: in})
		require.Equal(t, dnc.None, r.Kind, "%q fired %q", in, r.Rule)
	}
}

// TestCarrierKeywordsFile checks every keyword of the provider lists in
// the shared corpus, when it is present.
func TestCarrierKeywordsFile(t *testing.T) {
	t.Parallel()
	path := filepath.Join("..", "..", "shared", "corpus", "carrier_keywords.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared corpus not found at %s (it lives at <repo>/../shared/corpus): %v", path, err)
	}
	var lists map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(raw, &lists))
	d := dnc.New(nil)
	n := 0
	for name, v := range lists {
		var p struct {
			OptOut []string `json:"opt_out"`
			OptIn  []string `json:"opt_in"`
			Help   []string `json:"help"`
		}
		if json.Unmarshal(v, &p) != nil {
			continue
		}
		for _, k := range p.OptOut {
			n++
			require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: k}).Kind, "%s opt_out %q", name, k)
		}
		for _, k := range p.Help {
			require.Equal(t, dnc.Help, d.Detect(dnc.Input{Text: k}).Kind, "%s help %q", name, k)
		}
		for _, k := range p.OptIn {
			if k == "YES" {
				continue // off by default: see Config.YesIsOptIn
			}
			require.Equal(t, dnc.OptIn, d.Detect(dnc.Input{Text: k}).Kind, "%s opt_in %q", name, k)
		}
	}
	require.Positive(t, n)
}

// TestReportedOptOutAtStart: a past-tense revocation as the first word
// ("unsubscribed ...") used to index before the message and panic; it is
// an opt-out.
func TestReportedOptOutAtStart(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"Unsubscribed last week and the texts keep coming", "unsubscribed", "opted out already, stop"} {
		require.NotPanics(t, func() { d.Detect(dnc.Input{Text: s}) }, "%q", s)
		require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"unsubscribed twice", "STOP", "stop by tuesday", "take me off your list", "don't call, text me",
		"\xff\xfe stop", "STOP!!! 🛑", "ǅ stop", "$250,000", "''''", "stop" + strings.Repeat("p", 300),
		strings.Repeat("<b>x</b>", 100), strings.Repeat("ש😀<b>x</b>", 50), strings.Repeat("stop ", 12)} {
		f.Add(s, "")
	}
	f.Add("yes please", "Should I stop texting you?")
	f.Add("no", "¿Le puedo escribir más adelante?")
	d := dnc.New(nil)
	f.Fuzz(func(t *testing.T, s, asked string) {
		r := d.Detect(dnc.Input{Text: s, Asked: asked})
		switch r.Kind {
		case dnc.None, dnc.OptOut, dnc.OptIn, dnc.Help, dnc.PossibleOptOut:
		default:
			t.Fatalf("kind %q", r.Kind)
		}
		if (r.Kind == dnc.None) != (r.Tier == "") || r.Score < 0 || r.Score > 1 {
			t.Fatalf("kind %q tier %q score %v", r.Kind, r.Tier, r.Score)
		}
		if r.Lang != "" && r.Lang != "en" && r.Lang != "es" {
			t.Fatalf("lang %q", r.Lang)
		}
		if !utf8.ValidString(r.Rule) {
			t.Fatalf("invalid UTF-8 rule %q", r.Rule)
		}
		if (r.Kind == dnc.None) != (r.Rule == "") {
			t.Fatalf("kind %q with rule %q", r.Kind, r.Rule)
		}
	})
}
