package bridge

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Encoding is the character encoding an SMS is sent in.
type Encoding string

// Encodings. A text uses GSM-7 when every character is in the GSM 03.38
// basic character set or its extension table, and UCS-2 otherwise.
const (
	EncodingGSM7 Encoding = "GSM-7"
	EncodingUCS2 Encoding = "UCS-2"
)

// SMS capacities, in GSM-7 septets or UCS-2 code units. A multipart message
// loses part of each segment to the concatenation header (UDH).
const (
	GSM7SingleSegment = 160 // septets in a single-segment GSM-7 message
	GSM7MultiSegment  = 153 // septets per segment of a multipart GSM-7 message
	UCS2SingleSegment = 70  // UTF-16 code units in a single-segment UCS-2 message
	UCS2MultiSegment  = 67  // UTF-16 code units per segment of a multipart UCS-2 message
)

// gsm7Basic is the GSM 03.38 basic character set (one septet each), in
// table order. Index 0x1B is the escape to the extension table and is not a
// character.
const gsm7Basic = "@£$¥èéùìòÇ\nØø\rÅå" +
	"Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ" +
	" !\"#¤%&'()*+,-./" +
	"0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNO" +
	"PQRSTUVWXYZÄÖÑÜ§" +
	"¿abcdefghijklmno" +
	"pqrstuvwxyzäöñüà"

// gsm7Extension is the GSM 03.38 extension table (escape + one septet, so
// two septets each).
const gsm7Extension = "\f^{}\\[~]|€"

var gsm7Septets = func() map[rune]int {
	m := make(map[rune]int, 140)
	for _, r := range gsm7Basic {
		if r != 0x1b {
			m[r] = 1
		}
	}
	for _, r := range gsm7Extension {
		m[r] = 2
	}
	return m
}()

// GSM7Septets returns how many GSM-7 septets r takes (1 for the basic set,
// 2 for the extension table), or 0 when r cannot be sent in GSM-7.
func GSM7Septets(r rune) int { return gsm7Septets[r] }

// Segments reports how many SMS segments text needs and in which encoding.
//
// GSM-7 is used when every character is in the GSM 03.38 basic set or its
// extension table (extension characters such as €, [ and { count as two
// septets); otherwise the text is UCS-2 and counts UTF-16 code units, so an
// emoji outside the Basic Multilingual Plane counts as two. A single
// segment holds 160 septets or 70 code units; a multipart message holds 153
// or 67 per segment, and an escape pair or a surrogate pair is never split
// across two segments, as handsets and carriers require. Invalid UTF-8 bytes
// count as U+FFFD (UCS-2). The empty text needs 0 segments.
func Segments(text string) (n int, enc Encoding) {
	if text == "" {
		return 0, EncodingGSM7
	}
	units, gsm := make([]int, 0, len(text)), true
	for _, r := range text {
		if s := gsm7Septets[r]; s > 0 && gsm {
			units = append(units, s)
			continue
		}
		gsm = false
		break
	}
	single, multi := GSM7SingleSegment, GSM7MultiSegment
	enc = EncodingGSM7
	if !gsm {
		units = units[:0]
		for _, r := range text {
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			units = append(units, utf16.RuneLen(r))
		}
		single, multi, enc = UCS2SingleSegment, UCS2MultiSegment, EncodingUCS2
	}
	total := 0
	for _, u := range units {
		total += u
	}
	if total <= single {
		return 1, enc
	}
	// Multipart: pack greedily, never splitting a character's units.
	n, used := 1, 0
	for _, u := range units {
		if used+u > multi {
			n++
			used = 0
		}
		used += u
	}
	return n, enc
}

// Length reports the size of text in its encoding's units: GSM-7 septets
// (extension characters count two) or UTF-16 code units for UCS-2.
func Length(text string) (units int, enc Encoding) {
	gsm := 0
	for _, r := range text {
		s := gsm7Septets[r]
		if s == 0 {
			u := 0
			for _, r := range text {
				if !utf8.ValidRune(r) {
					r = utf8.RuneError
				}
				u += utf16.RuneLen(r)
			}
			return u, EncodingUCS2
		}
		gsm += s
	}
	return gsm, EncodingGSM7
}
