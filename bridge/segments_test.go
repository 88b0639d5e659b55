package bridge_test

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/bridge"
)

func TestSegments(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		text string
		n    int
		enc  bridge.Encoding
	}{
		{"empty", "", 0, bridge.EncodingGSM7},
		{"one char", "a", 1, bridge.EncodingGSM7},
		{"160 gsm", strings.Repeat("a", 160), 1, bridge.EncodingGSM7},
		{"161 gsm", strings.Repeat("a", 161), 2, bridge.EncodingGSM7},
		{"306 gsm", strings.Repeat("a", 306), 2, bridge.EncodingGSM7},
		{"307 gsm", strings.Repeat("a", 307), 3, bridge.EncodingGSM7},
		{"basic accents stay gsm", "Café à Øre, ¿qué? ñ Ü §", 1, bridge.EncodingGSM7},
		{"greek capitals are gsm", "ΔΦΓΛΩΠΨΣΘΞ", 1, bridge.EncodingGSM7},
		{"80 euros is 160 septets", strings.Repeat("€", 80), 1, bridge.EncodingGSM7},
		{"81 euros is 162 septets", strings.Repeat("€", 81), 2, bridge.EncodingGSM7},
		{"159 plus one extension", strings.Repeat("a", 159) + "{", 2, bridge.EncodingGSM7},
		// 152 septets + an escape pair must not straddle the segment boundary
		// (segment 1 = 152 septets); 306 septets then need 3 segments, not 2.
		{"escape pair not split", strings.Repeat("a", 152) + "€" + strings.Repeat("a", 7), 2, bridge.EncodingGSM7},
		{"escape pair pushes third segment", strings.Repeat("a", 152) + "€" + strings.Repeat("a", 152), 3, bridge.EncodingGSM7},
		{"curly apostrophe forces ucs2", "What’s your best time?", 1, bridge.EncodingUCS2},
		{"70 ucs2", strings.Repeat("é", 69) + "ł", 1, bridge.EncodingUCS2},
		{"71 ucs2", strings.Repeat("ł", 71), 2, bridge.EncodingUCS2},
		{"134 ucs2", strings.Repeat("ł", 134), 2, bridge.EncodingUCS2},
		{"135 ucs2", strings.Repeat("ł", 135), 3, bridge.EncodingUCS2},
		{"emoji counts two", strings.Repeat("😀", 35), 1, bridge.EncodingUCS2},
		{"36 emoji are 72 units", strings.Repeat("😀", 36), 2, bridge.EncodingUCS2},
		// 66 units + a surrogate pair: the pair moves to segment 2.
		{"surrogate pair not split", strings.Repeat("ł", 66) + "😀" + strings.Repeat("ł", 5), 2, bridge.EncodingUCS2},
		{"surrogate pair pushes third segment", strings.Repeat("ł", 66) + "😀" + strings.Repeat("ł", 66), 3, bridge.EncodingUCS2},
		{"invalid utf8 is ucs2", "ab\xffcd", 1, bridge.EncodingUCS2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n, enc := bridge.Segments(tt.text)
			eq(t, tt.n, n)
			eq(t, tt.enc, enc)
		})
	}
}

func TestGSM7Table(t *testing.T) {
	t.Parallel()
	basic := 0
	ext := 0
	for r := rune(0); r < 0x10000; r++ {
		switch bridge.GSM7Septets(r) {
		case 1:
			basic++
		case 2:
			ext++
		}
	}
	// 128 positions minus the escape; the extension table has 10 characters.
	eq(t, 127, basic)
	eq(t, 10, ext)
	eq(t, 0, bridge.GSM7Septets('`'), "grave accent is not in GSM 03.38")
	eq(t, 0, bridge.GSM7Septets(0x1b))
	eq(t, 2, bridge.GSM7Septets('|'))
}

func TestLength(t *testing.T) {
	t.Parallel()
	u, enc := bridge.Length("a€")
	eq(t, 3, u)
	eq(t, bridge.EncodingGSM7, enc)
	u, enc = bridge.Length("a😀")
	eq(t, 3, u)
	eq(t, bridge.EncodingUCS2, enc)
}

func FuzzSegments(f *testing.F) {
	for _, s := range []string{"", "hello", strings.Repeat("€", 81), "😀ł", "\xff\xfe", strings.Repeat("a", 152) + "€a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, enc := bridge.Segments(s)
		units, enc2 := bridge.Length(s)
		if enc != enc2 {
			t.Fatalf("Segments encoding %s, Length encoding %s", enc, enc2)
		}
		if s == "" {
			if n != 0 {
				t.Fatalf("empty text has %d segments", n)
			}
			return
		}
		single, multi := bridge.GSM7SingleSegment, bridge.GSM7MultiSegment
		if enc == bridge.EncodingUCS2 {
			single, multi = bridge.UCS2SingleSegment, bridge.UCS2MultiSegment
			want := len(utf16.Encode([]rune(s)))
			if units != want {
				t.Fatalf("UCS-2 length %d, want %d", units, want)
			}
		} else {
			for _, r := range s {
				if bridge.GSM7Septets(r) == 0 || !utf8.ValidString(s) {
					t.Fatalf("GSM-7 chosen for %q containing %q", s, r)
				}
			}
		}
		switch {
		case n < 1:
			t.Fatalf("%d segments for non-empty text", n)
		case units <= single && n != 1:
			t.Fatalf("%d units need 1 segment, got %d", units, n)
		case units > single && n < (units+multi-1)/multi:
			t.Fatalf("%d units cannot fit %d segments of %d", units, n, multi)
		case units > single && n > (units+multi-1)/multi+units/multi:
			// Each boundary loses at most one unit to an unsplit pair.
			t.Fatalf("%d units: %d segments is too many", units, n)
		}
	})
}
