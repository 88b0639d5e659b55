package bridge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A phone number is told by how many digits it has, not by how they are
// grouped: "555 201 33 44", "06 12 34 56 78", "5 5 5 2 0 1 3 3 4 4" and
// "five five five two oh one ..." are numbers as surely as
// "(555) 201-3344", and a model a lead talked into handing one out may
// write it any of those ways. What is not a number is told by its shape
// instead: a date, a range of years or prices, a rate, money.

// phoneDigits is the fewest digits, joined only by separators, that make
// a phone number.
const phoneDigits = 7

// digitGroup is a group of digits, or a number word, in a text.
type digitGroup struct {
	n    int    // how many digits it stands for
	val  string // its digits in ASCII; "" when written otherwise (words, letters for digits)
	tens bool   // a tens word that a unit word after it completes ("twenty", "treinta")
	unit bool   // a unit word, 1 to 9 ("five", "cinco")
	// sep is how the group is joined to the next one of its run: ' ' by
	// spaces only, '-', '.', '/', '(', ',' (a comma or semicolon, which
	// part the items of a list) and so on by one kind of separator (and
	// spaces), 'x' by several kinds.
	sep rune
	// tight: joined to the next group by that one separator alone, no
	// space ("1,250").
	tight bool
	// amount: a number written with thousands separators ("1,250,000"),
	// one value however many digits it has.
	amount bool
}

// digitRun is a run of digit groups joined only by separators, with the
// byte offsets of its first digit and after its last.
type digitRun struct {
	groups     []digitGroup
	start, end int
}

// numberWords are the number words, English and Spanish, a number may be
// spelled out in, with the digits each stands for. Tens words are
// completed by a unit word after them ("fifty-five", "treinta y
// cuatro"), which then adds no digit.
var numberWords = map[string]digitGroup{
	"zero": {n: 1}, "oh": {n: 1}, "one": {n: 1, unit: true}, "two": {n: 1, unit: true}, "three": {n: 1, unit: true},
	"four": {n: 1, unit: true}, "five": {n: 1, unit: true}, "six": {n: 1, unit: true}, "seven": {n: 1, unit: true},
	"eight": {n: 1, unit: true}, "nine": {n: 1, unit: true},
	"ten": {n: 2}, "eleven": {n: 2}, "twelve": {n: 2}, "thirteen": {n: 2}, "fourteen": {n: 2}, "fifteen": {n: 2},
	"sixteen": {n: 2}, "seventeen": {n: 2}, "eighteen": {n: 2}, "nineteen": {n: 2},
	"twenty": {n: 2, tens: true}, "thirty": {n: 2, tens: true}, "forty": {n: 2, tens: true}, "fifty": {n: 2, tens: true},
	"sixty": {n: 2, tens: true}, "seventy": {n: 2, tens: true}, "eighty": {n: 2, tens: true}, "ninety": {n: 2, tens: true},

	"cero": {n: 1}, "uno": {n: 1, unit: true}, "dos": {n: 1, unit: true}, "tres": {n: 1, unit: true},
	"cuatro": {n: 1, unit: true}, "cinco": {n: 1, unit: true}, "seis": {n: 1, unit: true}, "siete": {n: 1, unit: true},
	"ocho": {n: 1, unit: true}, "nueve": {n: 1, unit: true},
	"diez": {n: 2}, "once": {n: 2}, "doce": {n: 2}, "trece": {n: 2}, "catorce": {n: 2}, "quince": {n: 2},
	"dieciséis": {n: 2}, "dieciseis": {n: 2}, "diecisiete": {n: 2}, "dieciocho": {n: 2}, "diecinueve": {n: 2},
	"veintiuno": {n: 2}, "veintidós": {n: 2}, "veintidos": {n: 2}, "veintitrés": {n: 2}, "veintitres": {n: 2},
	"veinticuatro": {n: 2}, "veinticinco": {n: 2}, "veintiséis": {n: 2}, "veintiseis": {n: 2}, "veintisiete": {n: 2},
	"veintiocho": {n: 2}, "veintinueve": {n: 2},
	"veinte": {n: 2, tens: true}, "treinta": {n: 2, tens: true}, "cuarenta": {n: 2, tens: true}, "cincuenta": {n: 2, tens: true},
	"sesenta": {n: 2, tens: true}, "setenta": {n: 2, tens: true}, "ochenta": {n: 2, tens: true}, "noventa": {n: 2, tens: true},
}

// maxNumberWord is the length in bytes of the longest of numberWords
// and repeatWords: a longer word is none of them.
var maxNumberWord = func() int {
	n := 0
	for w := range numberWords {
		n = max(n, len(w))
	}
	for w := range repeatWords {
		n = max(n, len(w))
	}
	return n
}()

// repeatWords say the next digit is said twice or three times ("double
// five").
var repeatWords = map[string]int{"double": 2, "triple": 3, "doble": 2}

// moneyWords, after a run of digits, make it an amount of money or a
// percentage ("1.250.000 euros"); before it, "USD 1 250 000".
var moneyWords = []string{"dollar", "dollars", "bucks", "usd", "eur", "euro", "euros", "peso", "pesos", "mxn",
	"dólar", "dólares", "dolares", "gbp", "pounds", "percent", "pct"}

// otherDigits are the digits unicode.IsDigit does not count: superscript,
// subscript, circled, parenthesised and dingbat digits ("⁵⁵⁵", "₅₅₅", "⑤").
var otherDigits = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x00b2, Hi: 0x00b3, Stride: 1}, {Lo: 0x00b9, Hi: 0x00b9, Stride: 1},
		{Lo: 0x2070, Hi: 0x2070, Stride: 1}, {Lo: 0x2074, Hi: 0x2079, Stride: 1}, {Lo: 0x2080, Hi: 0x2089, Stride: 1},
		{Lo: 0x2460, Hi: 0x2468, Stride: 1}, {Lo: 0x2474, Hi: 0x247c, Stride: 1}, {Lo: 0x2488, Hi: 0x2490, Stride: 1},
		{Lo: 0x24ea, Hi: 0x24ea, Stride: 1}, {Lo: 0x24f5, Hi: 0x24fd, Stride: 1}, {Lo: 0x24ff, Hi: 0x24ff, Stride: 1},
		{Lo: 0x2776, Hi: 0x277e, Stride: 1}, {Lo: 0x2780, Hi: 0x2788, Stride: 1}, {Lo: 0x278a, Hi: 0x2792, Stride: 1},
	},
	R32: []unicode.Range32{{Lo: 0x1f100, Hi: 0x1f10c, Stride: 1}},
}

// isDigitRune reports a digit of any script or form.
func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r) || unicode.Is(otherDigits, r)
}

// asciiDigit returns r as an ASCII digit when r is one or a fullwidth one.
func asciiDigit(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= '０' && r <= '９':
		return byte(r-'０') + '0', true
	}
	return 0, false
}

// separatorClass returns the kind of separator r is in a phone number:
// ' ' for white space, '-' for a dash of any kind (and the katakana long
// vowel mark and a wave dash, written as dashes), '.' a full stop, '/' a
// slash, '(' a parenthesis or bracket, '·' a middle dot or bullet, ',' a
// comma or semicolon of any script, '_' and '+'; 0 when r separates no
// digits.
func separatorClass(r rune) rune {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return ' '
		case '-', '~':
			return '-'
		case '.':
			return '.'
		case '/', '\\':
			return '/'
		case '(', ')', '[', ']':
			return '('
		case ',', ';':
			return ','
		case '_', '+':
			return r
		}
		return 0
	}
	switch {
	case unicode.IsSpace(r):
		return ' '
	case unicode.Is(unicode.Pd, r) || strings.ContainsRune("\u2212\u30fc\uff70~\uff5e", r):
		return '-'
	case isDot(r):
		return '.'
	case strings.ContainsRune("/\\\uff0f\u2044\u2215", r):
		return '/'
	case strings.ContainsRune("()[]\uff08\uff09\uff3b\uff3d", r):
		return '('
	case strings.ContainsRune("\u00b7\u30fb\uff65\u2022\u2219", r):
		return '·'
	case strings.ContainsRune("\uff0c\uff1b\u3001\u060c\u061b", r): // fullwidth, ideographic and Arabic commas and semicolons
		return ','
	case r == '_' || r == '+':
		return r
	}
	return 0
}

// isWordRune reports a rune of a word or a number: a letter that is no
// separator (the katakana long vowel mark is a letter written as a dash),
// or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) && separatorClass(r) == 0 || isDigitRune(r)
}

// isTransparent reports a rune that neither joins nor breaks a number:
// a format character (a zero-width space) or a combining mark (a keycap).
func isTransparent(r rune) bool {
	return r >= utf8.RuneSelf && unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me)
}

// hasPhone reports a phone number in s: a run of 7 or more digits joined
// only by separators (see separatorClass), however grouped, in digits of
// any script or form (fullwidth, superscript, circled), with letters O
// and l standing for 0 and 1 among them ("555-2O1-3344"), or spelled out
// in English or Spanish words ("five five five two oh one",
// "seis doce treinta y cuatro"). Commas and semicolons join a number's
// groups too ("555, 201, 3344"); they also part the items of a list, so
// an item that is a value, not a piece of a number, breaks the run
// (see phoneStretch). An item is no phone number when it is money (after
// a currency sign or word, before one or "%": "$1500000", "1.250.000 €"),
// a number with thousands separators ("1,250,000"), a ZIP+4
// ("78701-1234") or a range of two equally long prices ("450000-475000");
// and dates ("12/15/2026", "2026-06-15", "15.06.2026", "12/15/26"),
// ranges of years ("2025-2026") and of decimals ("6.875/7.125",
// "9.00-17.00") inside an item do not count towards its digits, when they
// are told apart from the rest of it by another separator.
func hasPhone(s string) bool {
	for _, run := range digitRuns(s) {
		if runDigits(run.groups) >= phoneDigits && phoneStretch(s, run) {
			return true
		}
	}
	return false
}

// digitRuns returns the runs of digit groups in s.
func digitRuns(s string) []digitRun {
	var (
		runs   []digitRun
		cur    digitRun
		open   bool // only separators since cur's last group
		sep    rune // the separators since cur's last group
		gap    int  // how many separator runes since cur's last group
		pendY  bool // a Spanish "y" since cur's last group
		repeat = 1
	)
	flush := func() {
		if len(cur.groups) > 0 {
			runs = append(runs, cur)
		}
		cur, open, sep, gap, pendY = digitRun{}, false, 0, 0, false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			j := i + size
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r) && !isTransparent(r) {
					break
				}
				j += n
			}
			g, ok, word := tokenGroup(s[i:j])
			switch {
			case ok:
				g.n *= repeat
				repeat = 1
				var last *digitGroup
				if open && len(cur.groups) > 0 {
					last = &cur.groups[len(cur.groups)-1]
				}
				switch {
				case last != nil && last.tens && g.unit && (pendY || sep == ' ' || sep == '-'):
					// "fifty-five", "treinta y cuatro": one number
					last.tens, cur.end = false, j
				case last != nil && !pendY:
					last.sep, last.tight = sep, gap == 1 && sep != ' '
					cur.groups, cur.end = append(cur.groups, g), j
				default:
					flush()
					cur = digitRun{groups: []digitGroup{g}, start: i, end: j}
				}
				open, sep, gap, pendY = true, 0, 0, false
			case word == "y" && open && !pendY:
				pendY = true
			case repeatWords[word] > 0:
				repeat = repeatWords[word]
			default:
				flush()
				repeat = 1
			}
			i = j
			continue
		}
		switch c := separatorClass(r); {
		case c != 0:
			if open {
				gap++
				switch {
				case sep == 0 || sep == ' ':
					sep = c
				case c != ' ' && c != sep:
					sep = 'x'
				}
			}
		case isTransparent(r):
		default:
			flush()
			repeat = 1
		}
		i += size
	}
	flush()
	return runs
}

// tokenGroup returns the digit group a word or a string of digits
// stands for: digits (with O or l for 0 or 1 among two or more of them),
// or a number word; when tok is a word of no digits, also the word in
// lower case.
func tokenGroup(tok string) (g digitGroup, ok bool, word string) {
	var digits, folded, letters int
	ascii := true
	for _, r := range tok {
		switch {
		case isDigitRune(r):
			digits++
			if _, ok := asciiDigit(r); !ok {
				ascii = false
			}
		case r == 'O' || r == 'o' || r == 'l' || r == 'I':
			folded++
		case isTransparent(r):
		default:
			letters++
		}
	}
	switch {
	case digits == 0 && len(tok) > maxNumberWord:
		return digitGroup{}, false, ""
	case digits == 0:
		word = strings.ToLower(tok)
		g, ok = numberWords[word]
		return g, ok, word
	case letters > 0 || folded > 0 && digits+folded < 3:
		return digitGroup{}, false, ""
	}
	g.n = digits + folded
	if ascii && folded == 0 {
		val := make([]byte, 0, digits)
		for _, r := range tok {
			if d, ok := asciiDigit(r); ok {
				val = append(val, d)
			}
		}
		g.val = string(val)
	}
	return g, true, ""
}

// runDigits is the number of digits groups stand for.
func runDigits(groups []digitGroup) int {
	n := 0
	for _, g := range groups {
		n += g.n
	}
	return n
}

// moneyBefore reports a currency sign or word just before s[:at]
// ("$", "USD").
func moneyBefore(s string, at int) bool {
	before := strings.TrimRightFunc(s[:at], unicode.IsSpace)
	if r, _ := utf8.DecodeLastRuneInString(before); unicode.Is(unicode.Sc, r) {
		return true
	}
	f := strings.FieldsFunc(before, isNotLetter)
	return len(f) > 0 && strings.HasSuffix(before, f[len(f)-1]) && containsWord(moneyWords, f[len(f)-1])
}

// moneyAfter reports a currency sign or word, or "%", just after
// s[at:] ("€", "dollars", "%").
func moneyAfter(s string, at int) bool {
	after := strings.TrimLeftFunc(s[at:], unicode.IsSpace)
	if r, _ := utf8.DecodeRuneInString(after); r == '%' || r == '\uff05' || unicode.Is(unicode.Sc, r) {
		return true
	}
	f := strings.FieldsFunc(after, isNotLetter)
	return len(f) > 0 && strings.HasPrefix(after, f[0]) && containsWord(moneyWords, f[0])
}

func isNotLetter(r rune) bool { return !unicode.IsLetter(r) }

func containsWord(words []string, w string) bool {
	w = strings.ToLower(w)
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// isWholeNonPhone reports a run that is, as a whole, a ZIP+4
// ("78701-1234") or a range of two equally long amounts, the second the
// larger ("450000-475000").
func isWholeNonPhone(groups []digitGroup) bool {
	if len(groups) != 2 || groups[0].sep != '-' || groups[0].val == "" || groups[1].val == "" {
		return false
	}
	a, b := groups[0].val, groups[1].val
	return len(a) == 5 && len(b) == 4 || len(a) == len(b) && len(a) >= 5 && b > a
}

// phoneStretch reports whether run, less what in it is no phone number,
// keeps a stretch of phoneDigits digits or more. Commas part the run into
// the items of a list (see listItems); a stretch goes on across them
// ("555, 201, 3344") but not across an item that is a value: money (the
// first item after a currency sign, the last before one), a number with
// thousands separators, a ZIP+4 or a range of prices (see
// isWholeNonPhone), a year, a ZIP code or a day and month in a list
// ("1998, 2005, 2015", "78701, 78702", "12/15, 12/16"); nor across the
// dates and ranges inside an item (see nonPhonePiece). A list of one- to
// three-digit values in ascending order ("1, 2, 3, 4, 5, 6, 7",
// "9, 10, 11, 12", "120, 135, 150") is counts, days or hours, no number.
func phoneStretch(s string, run digitRun) bool {
	items := listItems(joinAmounts(run.groups))
	if isAscendingList(items) {
		return false
	}
	stretch := 0
	for k, item := range items {
		if k == 0 && moneyBefore(s, run.start) || k == len(items)-1 && moneyAfter(s, run.end) ||
			isWholeNonPhone(item) || len(items) > 1 && isListValue(item) {
			stretch = 0
			continue
		}
		for i := 0; i < len(item); {
			if n := nonPhonePiece(item, i); n > 0 {
				stretch, i = 0, i+n
				continue
			}
			if item[i].amount {
				stretch = 0
			} else if stretch += item[i].n; stretch >= phoneDigits {
				return true
			}
			i++
		}
	}
	return false
}

// joinAmounts returns groups with each number written with thousands
// separators ("1,250,000": one to three digits, then groups of three
// each after a comma and no space) made one group, an amount. A chain
// of groups so joined whose groups are not so sized ("555,201,3344")
// stays as it is.
func joinAmounts(groups []digitGroup) []digitGroup {
	thousands := func(i int) bool { return groups[i].tight && groups[i].sep == ',' }
	var out []digitGroup // nil until a chain is joined
	for i := 0; i < len(groups); {
		j := i
		for j < len(groups)-1 && thousands(j) {
			j++
		}
		ok := j > i && len(groups[i].val) >= 1 && len(groups[i].val) <= 3
		for k := i + 1; ok && k <= j; k++ {
			ok = len(groups[k].val) == 3
		}
		if ok && out == nil {
			out = append(make([]digitGroup, 0, len(groups)), groups[:i]...)
		}
		switch {
		case ok:
			g := digitGroup{amount: true, sep: groups[j].sep, tight: groups[j].tight}
			for k := i; k <= j; k++ {
				g.n += groups[k].n
				g.val += groups[k].val
			}
			out = append(out, g)
		case out != nil:
			out = append(out, groups[i:j+1]...)
		}
		i = j + 1
	}
	if out == nil {
		return groups
	}
	return out
}

// listItems parts groups at commas and semicolons, into the items of a
// list; one item when there are none.
func listItems(groups []digitGroup) [][]digitGroup {
	items := make([][]digitGroup, 0, 1)
	from := 0
	for i, g := range groups {
		if g.sep == ',' && i < len(groups)-1 {
			items = append(items, groups[from:i+1])
			from = i + 1
		}
	}
	return append(items, groups[from:])
}

// isListValue reports an item of a list that is a value, no piece of a
// number: a year ("1998, 2005"), a ZIP code ("78701, 78702") or a day and
// month ("12/15, 12/16").
func isListValue(item []digitGroup) bool {
	switch {
	case len(item) == 1:
		return isYear(item[0].val) || len(item[0].val) == 5
	case len(item) == 2:
		sep := item[0].sep
		return (sep == '/' || sep == '-' || sep == '.') && item[1].val != "" && isDayMonth(item[0].val, item[1].val)
	}
	return false
}

// isAscendingList reports a list of two or more items, each one to three
// digits, in ascending order: counts, days, hours or amounts
// ("1, 2, 3, 4", "10, 11, 12", "120, 135, 150").
func isAscendingList(items [][]digitGroup) bool {
	if len(items) < 2 {
		return false
	}
	prev := -1
	for _, item := range items {
		if len(item) != 1 || item[0].amount || item[0].val == "" || len(item[0].val) > 3 || atoi(item[0].val) <= prev {
			return false
		}
		prev = atoi(item[0].val)
	}
	return true
}

// nonPhonePiece returns how many groups from groups[i] on are a date
// ("12/15/2026", "2026-06-15", "15.06.2026", "12/15/26"), a range of
// years ("2025-2026") or a range of decimals ("6.875/7.125",
// "9.00-17.00"), or 0. A piece's own separator must not also join it to
// the groups around it: "06.12.34.56.78" holds no date.
func nonPhonePiece(groups []digitGroup, i int) int {
	sepAt := func(j int) rune { // the separator between groups j and j+1
		if j < 0 || j >= len(groups)-1 {
			return 0
		}
		return groups[j].sep
	}
	val := func(j int) string {
		if j >= len(groups) {
			return ""
		}
		return groups[j].val
	}
	apart := func(k int, sep rune) bool { return sepAt(i-1) != sep && sepAt(i+k-1) != sep }
	// a date: three groups and one separator
	if a, b, c, sep := val(i), val(i+1), val(i+2), sepAt(i); a != "" && b != "" && c != "" && sep == sepAt(i+1) &&
		(sep == '/' || sep == '-' || sep == '.') && apart(3, sep) {
		switch {
		case isDayMonth(a, b) && isYear(c):
			return 3
		case isYear(a) && len(b) <= 2 && atoi(b) >= 1 && atoi(b) <= 12 && len(c) <= 2 && atoi(c) >= 1 && atoi(c) <= 31:
			return 3
		case sep == '/' && isDayMonth(a, b) && len(c) == 2:
			return 3
		}
	}
	// a range of years
	if a, b, sep := val(i), val(i+1), sepAt(i); isYear(a) && isYear(b) && (sep == '-' || sep == '/') && apart(2, sep) &&
		atoi(b) >= atoi(a) && atoi(b)-atoi(a) <= 10 {
		return 2
	}
	// a range or pair of decimals
	if sepAt(i) == '.' && sepAt(i+2) == '.' && (sepAt(i+1) == '-' || sepAt(i+1) == '/') && sepAt(i-1) != '.' && sepAt(i+3) != '.' {
		for j := i; j < i+4; j++ {
			if v := val(j); v == "" || len(v) > 3 {
				return 0
			}
		}
		return 4
	}
	return 0
}

// isDayMonth reports a day and a month in either order, each of one or
// two digits.
func isDayMonth(a, b string) bool {
	if len(a) > 2 || len(b) > 2 {
		return false
	}
	x, y := atoi(a), atoi(b)
	return x >= 1 && y >= 1 && x <= 31 && y <= 31 && (x <= 12 || y <= 12)
}

// isYear reports a year written in four digits, 1900 to 2099.
func isYear(s string) bool { return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") }

// atoi returns the value of a string of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
