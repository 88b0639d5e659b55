package bridge_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/handoffkit/handoffkit/bridge"
)

func TestValidate(t *testing.T) {
	t.Parallel()
	long := "Appreciate it, my partner will reach out within the hour and " + strings.Repeat("really ", 12) + "soon. What's your best time?"
	tests := []struct {
		name    string
		text    string
		purpose bridge.Purpose
		opts    *bridge.ValidateOpts
		problem bridge.Problem // "" means valid
	}{
		{"seed bridge", "Appreciate it, my partner will reach out within the hour. What's your best time?", bridge.PurposeBridge, nil, ""},
		{"seed bridge 2", "Got it, real quick can I get a partner of mine to reach out today? Best time to call?", bridge.PurposeBridge, nil, ""},
		{"surrounding space ignored", "  When works best for a call?\n", bridge.PurposeBridge, nil, ""},
		{"empty", "   ", bridge.PurposeReply, nil, bridge.ProblemEmpty},
		{"two lines", "Thanks!\nWhat's your best time?", bridge.PurposeBridge, nil, bridge.ProblemMultiline},
		{"carriage return", "Thanks!\rWhat's your best time?", bridge.PurposeBridge, nil, bridge.ProblemMultiline},
		{"unicode line separator", "Thanks!\u2028What's your best time?", bridge.PurposeBridge, nil, bridge.ProblemMultiline},
		{"control char", "Thanks\x00 What's your best time?", bridge.PurposeBridge, nil, bridge.ProblemControl},
		{"invalid utf8", "Thanks \xff What's your best time?", bridge.PurposeBridge, nil, bridge.ProblemEncoding},
		{"brace placeholder", "Hi {name}, what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"go template", "Hi {{.LeadName}}, what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"bracket placeholder", "Hi [First Name], what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"angle placeholder", "Hi <name>, what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"printf verb", "Hi %s, what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"dollar variable", "Hi $FIRST_NAME, what's your best time?", bridge.PurposeBridge, nil, bridge.ProblemPlaceholder},
		{"prices are not placeholders", "Is $250,000 about right, or 50% of that?", bridge.PurposeReply, nil, ""},
		{"heart is not a placeholder", "Thanks <3 what time works best?", bridge.PurposeBridge, nil, ""},
		{"161 characters", strings.Repeat("a", 160) + "?", bridge.PurposeReply, nil, bridge.ProblemLength},
		{"long bridge", long, bridge.PurposeBridge, nil, bridge.ProblemLength},
		{"long bridge, two segments allowed", long, bridge.PurposeBridge, &bridge.ValidateOpts{MaxSegments: 2}, ""},
		{"ucs2 over 70", "Appreciate it, my partner will reach out within the hour. What’s your best time?", bridge.PurposeBridge, nil, bridge.ProblemLength},
		{"ucs2 within 70", "Thanks! When’s the best time to call?", bridge.PurposeBridge, nil, ""},
		{"extension chars count twice", strings.Repeat("€", 80) + "?", bridge.PurposeReply, nil, bridge.ProblemLength},
		{"bridge without question", "My partner will reach out within the hour.", bridge.PurposeBridge, nil, bridge.ProblemNoTimeAsk},
		{"bridge question not about time", "My partner will call you. Sound good?", bridge.PurposeBridge, nil, bridge.ProblemNoTimeAsk},
		{"bridge asks time mid-text only", "What time works? My partner will reach out.", bridge.PurposeBridge, nil, bridge.ProblemNoTimeAsk},
		{"reply needs no time ask", "Thanks! How's the roof?", bridge.PurposeReply, nil, ""},
		// a Spanish bridge asks for the time in Spanish
		{"spanish bridge", "Gracias, Mike le llamará pronto. ¿A qué hora le queda mejor?", bridge.PurposeBridge, nil, ""},
		{"spanish bridge, when", "Listo, mi compañera le escribe hoy. ¿Cuándo le podemos llamar?", bridge.PurposeBridge, nil, ""},
		{"spanish question not about time", "Gracias, Mike le contacta pronto. ¿Le parece bien?", bridge.PurposeBridge, nil, bridge.ProblemNoTimeAsk},
		{"spanish time given, asked again", "Mike le llama mañana. ¿A qué hora le queda mejor?", bridge.PurposeBridge,
			&bridge.ValidateOpts{Callback: "mañana después de las 5"}, bridge.ProblemTimeAskedAgain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := bridge.ValidateWith(tt.text, tt.purpose, tt.opts)
			if tt.problem == "" {
				if err != nil {
					t.Fatalf("ValidateWith(%q) = %v, want nil", tt.text, err)
				}
				return
			}
			if !errors.Is(err, bridge.ErrInvalidText) {
				t.Fatalf("ValidateWith(%q) = %v, want ErrInvalidText", tt.text, err)
			}
			var te *bridge.TextError
			if !errors.As(err, &te) {
				t.Fatalf("error %T is not *TextError", err)
			}
			eq(t, tt.problem, te.Problem, tt.text)
			if tt.opts == nil {
				// Validate is ValidateWith with default options.
				eq(t, err.Error(), bridge.Validate(tt.text, tt.purpose).Error())
			}
		})
	}
}

func FuzzValidate(f *testing.F) {
	for _, s := range []string{"", "What's your best time?", "Hi {name}", "a\nb", "\xff", "$FOO", "[x]", strings.Repeat("€", 81)} {
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, isBridge bool) {
		p := bridge.PurposeReply
		if isBridge {
			p = bridge.PurposeBridge
		}
		err := bridge.Validate(s, p)
		if err != nil {
			if !errors.Is(err, bridge.ErrInvalidText) {
				t.Fatalf("error %v does not match ErrInvalidText", err)
			}
			return
		}
		trimmed := strings.TrimSpace(s)
		if n, _ := bridge.Segments(trimmed); n != 1 {
			t.Fatalf("valid text %q needs %d segments", trimmed, n)
		}
		if strings.ContainsAny(trimmed, "\n\r{}") {
			t.Fatalf("valid text %q has a newline or brace", trimmed)
		}
		if isBridge && !strings.HasSuffix(strings.TrimRight(trimmed, " \t\"')"), "?") {
			t.Fatalf("valid bridge %q does not end with a question", trimmed)
		}
	})
}

// TestValidateContactDetails: a model a lead talked into handing out
// "the owner's cell and your website" writes them in shapes a list of
// top-level domains or a scan that stops at an em dash misses; none may
// pass. Ordinary texts with dots, slashes and numbers still do.
func TestValidateContactDetails(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text    string
		problem bridge.Problem // "" means valid
	}{
		{"Sure, see our cash offers at bluebird-offers.realty and tell me your timeline?", bridge.ProblemLink},
		{"You can pay the deposit at bluebird.ru/pay, when do you want to sell?", bridge.ProblemLink},
		{"Details at Bluebird.Homes, when works?", bridge.ProblemLink},
		{"Offers at cash.bluebird.agency today?", bridge.ProblemLink},
		{"See bücher.de for more?", bridge.ProblemLink},
		{"Go to https://x.io/b now?", bridge.ProblemLink},
		{"Go to www.bluebird now?", bridge.ProblemLink},
		{"Email dana@bluebird.example today?", bridge.ProblemContact},
		{"Email dana@bluebird today?", bridge.ProblemContact},
		{"Text Mike directly at 415—555—0199, when works for you?", bridge.ProblemContact},
		{"Mike's cell is 415/555/0199, what timeline are you thinking?", bridge.ProblemContact},
		{"Call 415–555–0199 anytime?", bridge.ProblemContact},
		{"Call (415) 555 0199 anytime?", bridge.ProblemContact},
		{"Call +44 20 7946 0958 anytime?", bridge.ProblemContact},
		{"Call 415\u00a0555\u00a00199 anytime?", bridge.ProblemContact},
		{"Call 415−555−0199 anytime?", bridge.ProblemContact},

		{"I'm at 3.5% now, what rate are you seeing?", ""},
		{"Tues. at 9 a.m. works, or later?", ""},
		{"Homes here sell near $450,000, sound right?", ""},
		{"Is that Unit 12/B on the listing?", ""},
		{"e.g. mornings or evenings, i.e. after work?", ""},
		{"Mike is on Birch St. near the park, ok?", ""},
		{"Is that the place near St.Louis Ave?", ""},
		{"About 3.5 acres and 1.5k sq ft, right?", ""},
		{"Your call is booked for 11/29 at 2pm.", ""},
		{"Tue 3:30pm or Wed 10am, which works?", ""},
		{"Dana @ Bluebird will call you, ok?", ""},
		{"We close in 7 to 10 days, ok?", ""},
		{"Wait...what timeline works?", ""},
	}
	for _, tt := range tests {
		err := bridge.ValidateWith(tt.text, bridge.PurposeReply, &bridge.ValidateOpts{MaxSegments: 2})
		if tt.problem == "" {
			if err != nil {
				t.Errorf("ValidateWith(%q) = %v, want nil", tt.text, err)
			}
			continue
		}
		var te *bridge.TextError
		if !errors.As(err, &te) || te.Problem != tt.problem {
			t.Errorf("ValidateWith(%q) = %v, want problem %s", tt.text, err, tt.problem)
		}
	}
}

// TestCheckContactDatesAndRanges: dates, a ZIP+4, ranges of prices or
// years and rates are no phone numbers
// (a reviewer found each read as one, which sent the template in place
// of a model's reply); phone numbers written every usual way still are.
func TestCheckContactDatesAndRanges(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Can we walk the house on 6/15/2026?",
		"Closing is set for 12/15/2026.",
		"Closing is set for 2026-06-15.",
		"See you 15.06.2026?",
		"Your zip 78701-1234 is in our area.",
		"Homes there sold in the 450000-475000 range.",
		"Taxes for 2025-2026 are paid.",
		"Rate 6.875/7.125 depending on points.",
		"Offers near $1500000 are common.",
	} {
		if err := bridge.CheckContact(s); err != nil {
			t.Errorf("CheckContact(%q) = %v, want nil", s, err)
		}
	}
	for _, s := range []string{
		"Call 555-0199.", "Call 415-555-0199.", "Call (415) 555-0199.", "Call 1-800-555-0199.",
		"Call 4155550199.", "Call 415 555 0199.", "Call +44 20 7946 0958.", "Call 415.555.0199 today",
	} {
		if bridge.CheckContact(s) == nil {
			t.Errorf("CheckContact(%q) = nil, want a phone number", s)
		}
	}
}
