package textmatch

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// Amount is a money amount found in tokens.
type Amount struct {
	// Value is the amount in whole dollars. For a range ("100-150k",
	// "low 300s") it is the lower end and High the upper end.
	Value, High int
	// Start and End delimit the tokens: Toks[Start:End].
	Start, End int
	// Explicit is true when the text marks it as money ("$", "k", "grand",
	// "thousand", "million"); false for a bare number such as "287" that
	// a price context reads as thousands.
	Explicit bool
	// Band is "low", "mid" or "high" for "low 300s"; "" otherwise.
	Band string
	// Per is the period or unit after it: "year", "month", "user", "".
	Per string
	// Approx is set for "320ish", "95-ish": the writer rounds.
	Approx bool
}

var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	// Spanish, from two ("una"/"uno" are also articles): "seis dentistas"
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
	"doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
	"sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
}

// NumberWord returns the value of a spelled number from zero to ninety,
// English or Spanish ("two", "forty", "seis"); not "once", an English
// word first.
func NumberWord(w string) (int, bool) {
	// most words are ruled out by their first byte and length, without
	// hashing them
	if len(w) == 0 || len(w) >= 16 || numberWordShapes[w[0]]&(1<<len(w)) == 0 {
		return 0, false
	}
	n, ok := numberWords[w]
	return n, ok
}

// numberWordShapes holds, by first byte, a bit for each length of the
// number words that start with it.
var numberWordShapes = func() (t [256]uint16) {
	for w := range numberWords {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// amountWords are the words that may start an amount written out: what
// the word branches of [Amounts] test for, "half a million", Spanish
// and English spelled numbers, "a couple thousand", "mid threes".
var amountWords = func() Set {
	ws := []string{"half", "quarter", "couple", "few", "low", "mid", "high", "upper", "lower", "mil", "buck"}
	for w := range numberWords {
		ws = append(ws, w)
	}
	return NewSet(append(ws, spanishNumberSet.Words()...)...)
}()

// bandHundreds are the plural digits of "mid threes" (the 300s).
var bandHundreds = map[string]int{"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9}

var numberWordSet = func() Set {
	var ws []string
	for w := range numberWords {
		ws = append(ws, w)
	}
	return NewSet(ws...)
}()

// units after a bare number that make it something other than money.
// what follows "N year" or "N month" when it is a term, not a rate
var termWords = NewSet("old", "term", "loan", "fixed", "warranty", "mortgage", "lease", "contract", "plan", "arm")

// currency words after a number
// CurrencyWords name a currency: "250 dólares", "20 bucks", "300 dls".
var CurrencyWords = NewSet("bucks", "dollars", "dolares", "euros", "euro", "pesos", "usd", "eur", "dlls", "dls")

// what comes before a Spanish "N mil" of thousands: "hasta 6 mil max",
// "unos 8 mil"
var spanishBefore = NewSet("hasta", "unos", "unas", "como", "entre", "de", "menos", "mas", "maximo", "tengo", "son",
	"pagar", "pago", "gastar", "cuesta", "cobran", "serian", "sobre", "alrededor", "aprox", "aproximadamente", "y", "o",
	"tenemos", "ahorrado", "ahorrados", "ahorre", "juntamos", "junte", "debo", "debemos", "en", "los", "con",
	// "una cotización por 8 mil", "arriba de 5 mil", "ronda los 15 mil"
	"por", "arriba", "abajo", "casi", "cerca", "ronda", "rondan", "vale", "sale", "salio", "costo", "cotizaron", "ofrecieron", "pide", "piden")

// what follows a Spanish "N mil" of thousands
var spanishMilTail = NewSet("al", "por", "dolares", "pesos", "mensuales", "anuales", "usd", "de", "cada", "pa", "para", "en", "y", "que", "ahorrados", "del")

// countUnits after a "k" or "million" make the number a count: "210k
// miles", "2 million views".
var countUnits = NewSet("miles", "mi", "km", "kms", "kilometers", "kilometros", "millas", "followers", "views", "subscribers",
	"visitors", "clicks", "downloads", "impressions", "steps", "sqft", "sq", "square")

var notMoney = NewSet("day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "hour", "hours",
	"minute", "minutes", "bed", "beds", "bedroom", "bedrooms", "bath", "baths", "bathroom", "bathrooms", "br", "ba",
	"sqft", "sq", "square", "ft", "feet", "foot", "acre", "acres", "am", "pm", "oclock", "times", "people", "users",
	"employees", "seats", "locations", "miles", "mi", "percent", "st", "nd", "rd", "th", "payments", "kids", "units",
	"doors", "gallon", "gallons", "story", "stories", "car", "cars", "texts", "calls", "tools", "wks", "wk", "mos",
	"weeks", "tickets", "gb", "lbs", "degrees", "sec", "seconds", "floors", "floor", "of", "x", "bd", "hrs", "reps", "agents", "person", "persons",
	// a credit score: "I need like a 620 score"
	"score", "fico", "puntaje", "puntos",
	// an area or rooms in Spanish: "como 150 metros cuadrados", "200 pies
	// de frente"
	"metros", "mts", "m2", "pies", "varas", "hectareas", "recamaras", "habitaciones", "cuartos", "banos",
	// a length: "around 180 linear feet", "200 lf of fence"
	"linear", "lf", "yards", "yds", "inch", "inches")

var perWords = map[string]string{"year": "year", "yr": "year", "annually": "year", "annual": "year", "yearly": "year",
	"month": "month", "mo": "month", "monthly": "month", "mth": "month", "user": "user", "seat": "user", "week": "week", "wk": "week",
	// Spanish: "200 al mes", "3 mil por año", "50 por usuario"
	"mes": "month", "mensual": "month", "mensuales": "month", "ano": "year", "anual": "year", "anuales": "year",
	"semana": "week", "semanal": "week", "usuario": "user", "licencia": "user"}

// parseNum parses "250", "250,000", "3.5", "$250", "250k", "1.2m", "300s".
// It returns the value, whether a money marker was attached, the suffix
// kind ('k', 'm', 's' for "300s", 0) and ok.
func parseNum(w string) (float64, bool, byte, bool) {
	money := false
	if strings.HasPrefix(w, "$") {
		money, w = true, w[1:]
	}
	var suf byte
	switch {
	case strings.HasSuffix(w, "k") || strings.HasSuffix(w, "K"):
		suf, w = 'k', w[:len(w)-1]
	case strings.HasSuffix(w, "m") && len(w) > 1 && w[len(w)-2] >= '0' && w[len(w)-2] <= '9':
		suf, w = 'm', w[:len(w)-1]
	case strings.HasSuffix(w, "mm"):
		suf, w = 'm', w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		suf, w = 's', w[:len(w)-1]
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false, 0, false
	}
	clean := strings.ReplaceAll(w, ",", "")
	if dottedThousands(clean) {
		// "650.000", "1.200.000": a Spanish writer's thousands
		clean = strings.ReplaceAll(clean, ".", "")
	}
	if strings.Count(clean, ".") > 1 {
		return 0, false, 0, false
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v > 1e12 {
		return 0, false, 0, false
	}
	return v, money, suf, true
}

// dottedThousands reports digits grouped by dots in threes, as Spanish
// writes thousands: "650.000", "1.200.000". One group after one to three
// digits reads so only from 10 ("6.125" is a rate, "1.500" may be 1.5).
func dottedThousands(w string) bool {
	lead, groups, run := -1, 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == '.':
			if lead < 0 {
				lead = run
			} else if run != 3 {
				return false
			}
			groups++
			run = 0
		case c >= '0' && c <= '9':
			run++
		default:
			return false
		}
	}
	if groups == 0 || lead < 1 || lead > 3 || run != 3 {
		return false
	}
	return groups > 1 || lead >= 2
}

func scale(v float64, suf byte) float64 {
	switch suf {
	case 'k':
		return v * 1000
	case 'm':
		return v * 1e6
	}
	return v
}

// Amounts finds money amounts in toks (see [Normalize]). Bare numbers
// between 50 and 999 without a unit are returned with Explicit false and
// Value in thousands ("want 289" -> 289,000), years and quantities with a
// unit ("3 bed", "45 days", "2018") are skipped. Spelled numbers ("two
// fifty", "seventy thousand", "3 and a quarter", "six figures") are read
// as thousands when small.
func Amounts(t Text) []Amount { return AppendAmounts(nil, t) }

// AppendAmounts appends the amounts [Amounts] finds in t to dst and
// returns the extended slice: a caller that only reads them through can
// pass a buffer of its own (an array on its stack) and allocate nothing
// for a message of a few amounts.
func AppendAmounts(dst []Amount, t Text) []Amount {
	toks, ids := t.Toks, t.IDs
	if len(ids) != len(toks) {
		ids = idsOf(toks)
	}
	out := dst
	for i := 0; i < len(toks); i++ {
		w := toks[i]
		if w == Break {
			continue
		}
		next := func(k int) string {
			if i+k < len(toks) {
				return toks[i+k]
			}
			return ""
		}
		// nextIn is s.Has(next(k)) by the token's ID (see
		// [Set.HasToken]): no set holds the empty word past the end
		nextIn := func(s Set, k int) bool { return i+k < len(toks) && s.HasID(ids[i+k]) }
		// a word that starts no amount, most of a message, is passed
		// over at once: below, a token that is neither a number nor one
		// of amountWords (nor the "a" of "a hundred") comes to nothing
		if c := w[0]; (c < '0' || c > '9') && c != '$' && !amountWords.HasID(ids[i]) && !(w == "a" && (next(1) == "hundred" || next(1) == "million")) {
			continue
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1]
		}
		band := ""
		if prev == "low" || prev == "mid" || prev == "high" || prev == "upper" || prev == "lower" {
			band = prev
			if band == "upper" {
				band = "high"
			}
			if band == "lower" {
				band = "low"
			}
		}
		if c := w[0]; (c < '0' || c > '9') && c != '$' && (c < 'c' || c > 'z') && w != "buck" && !(w == "a" && (next(1) == "hundred" || next(1) == "million")) {
			continue
		}
		if c := w[0]; c >= '0' && c <= '9' || c == '$' {
			// "320ish", "95-ish" (the hyphen splits the token)
			approx := false
			if strings.HasSuffix(w, "ish") && len(w) > 3 {
				w, approx = w[:len(w)-3], true
			}
			v, money, suf, ok := parseNum(w)
			if !ok {
				continue
			}
			said := v // the number as written, before a scale word
			end := i + 1
			if next(1) == "ish" {
				approx = true
			}
			// "15 bucks", "8.000 euros", "200 dólares": a currency word
			// makes the number money as written (a dot before three digits
			// then separates thousands)
			if nextIn(CurrencyWords, 1) {
				if dot := strings.IndexByte(w, '.'); dot > 0 && len(w)-dot == 4 && !money {
					if t, ok2 := strconv.ParseFloat(strings.ReplaceAll(w, ".", ""), 64); ok2 == nil {
						v = t
					}
				}
				money, end = true, i+2
			}
			// "1.2 million", "70 thousand", "10 grand"
			switch next(1) {
			case "mil":
				// English "1.2 mil" is a million; Spanish "90 mil" is
				// ninety thousand, and nobody's house is 90 million
				// ("de 5 a 7 mil": a Spanish range)
				if v >= 20 || nextIn(spanishMilTail, 2) || spanishBefore.Has(prev) || prev == "a" && i >= 2 && AllDigits(toks[i-2]) {
					// ("3 mil al año", "5 mil dólares": Spanish thousands)
					v, suf, end = v*1000, 'x', i+2
				} else {
					v, suf, end = v*1e6, 'x', i+2
				}
			case "palo", "palos":
				// Chilean and rioplatense "palo": a million, "2 palos" (not
				// "3 Palo Alto rentals", "2 palos de la cerca")
				if n := next(2); n != "de" && n != "alto" && n != "verde" {
					v, suf, end = v*1e6, 'x', i+2
				}
			case "million", "m", "mill", "millions", "millon", "millones":
				// "1,2 millones": a decimal comma before one or two digits
				if c := strings.IndexByte(w, ','); c > 0 && (len(w)-c == 2 || len(w)-c == 3) && !strings.Contains(w, ".") {
					if d, err := strconv.ParseFloat(strings.Replace(w, ",", ".", 1), 64); err == nil {
						v = d
					}
				}
				v, suf, end = v*1e6, 'x', i+2
			case "luca", "lucas":
				// Chilean and rioplatense "luca": a thousand, "15 lucas"
				// (not "after 5 Lucas is napping")
				if lucaMoney(toks, i+2) {
					v, suf, end = v*1000, 'x', i+2
				}
			case "thousand", "grand", "k":
				v, suf, end = v*1000, 'x', i+2
			case "hundred":
				if v < 10 {
					v, end = v*100, i+2
				}
			}
			explicit := money || suf == 'k' || suf == 'm' || suf == 'x'
			// "appraisal says 720,000", "worth 1,350,000": a number grouped
			// in thousands after a word of value is money as written
			if !explicit && v >= 100000 && strings.Count(w, ",") >= 1 && !strings.Contains(w, ".") && Before(toks, i, 4, valueWords) {
				explicit = true
			}
			// "probably 850,000 give or take": a number grouped in
			// thousands, half a million or more, that counts nothing else
			// ("250,000 miles", "120,000 BTU") is money as written
			if !explicit && v >= 500000 && thousandsGrouped(w) && !nextIn(countedUnits, 1) && !nextIn(countedUnits, 2) &&
				// a record's number: "la cuenta es 100.200.300", "folio 123.456.789"
				!(strings.Contains(w, ".") && Before(toks, i, 3, recordWords)) {
				explicit = true
			}
			// a home's list price said short: "listed at 865" (thousands),
			// "asking 1.4" (millions)
			// (not rent by the month: "listed at 700 a month")
			if !explicit && suf == 0 && listedAt(toks, i) && !perAfter(toks, end) {
				switch {
				case v >= 100 && v < 1000 && !strings.Contains(w, "."):
					v, suf, explicit = v*1000, 'x', true
				case v >= 1 && v < 10 && strings.Contains(w, "."):
					v, suf, explicit = v*1e6, 'x', true
				}
			}
			// "210k miles", "12k followers": a count with its unit, no money
			if !money && explicit && nextIn(countUnits, end-i) {
				continue
			}
			if suf == 's' {
				// "300s", "low 400s"
				if v < 50 || v >= 1000 || strings.Contains(w, ".") {
					continue
				}
				// "everything else is from the 80s", "built in the 70s":
				// a decade, not a band of prices
				if v < 100 && decadeBefore(toks, i) {
					continue
				}
				// "the 300s" run to 399k, "the 90s" to 99k, "the 380s" to
				// 389k
				width := 100.0
				if v < 100 || int(v)%100 != 0 {
					width = 10
				}
				a := Amount{Value: int(v) * 1000, High: int(v+width) * 1000, Start: i, End: end, Band: band}
				if band != "" {
					a.Start = i - 1
				}
				out = append(out, a)
				continue
			}
			val := scale(v, suf)
			if !explicit {
				u := next(1)
				// a rate after a bare number makes it money as written:
				// "2100 a month", "500 a month", "15 per seat"
				rate := (u == "a" || u == "per") && (next(2) == "month" || next(2) == "mo" || next(2) == "week" || next(2) == "seat" || next(2) == "user") ||
					(u == "al" || u == "por") && (next(2) == "mes" || next(2) == "semana" || next(2) == "usuario") || u == "mensuales" || u == "mensual" ||
					// "250/mo" (the slash splits the tokens): a rate, unless a
					// term follows ("a 30 year fixed", "100 year old house")
					v >= 50 && (u == "month" || u == "mo" || u == "week") && !nextIn(termWords, 2)
				year := v >= 1900 && v <= 2100 && !strings.Contains(w, ",") && !rate
				if !rate && notMoney.Has(u) || strings.HasSuffix(w, "%") || year || strings.Contains(w, ".") && v < 10 {
					continue
				}
				if u == "and" && (next(2) == "a" || next(2) == "half") {
					// "3 and a quarter" / "3 and a half"
					frac := map[string]float64{"quarter": 0.25, "half": 0.5}
					f := frac[next(3)]
					if next(2) == "half" {
						f = 0.5
					}
					if f > 0 && v < 10 {
						end := i + 4
						if next(2) == "half" {
							end = i + 3
						}
						out = append(out, Amount{Value: int((v + f) * 100000), Start: i, End: end})
						i = end - 1
						continue
					}
				}
				switch {
				case rate:
					val = v
				case v >= 50 && v < 1000:
					val = v * 1000
				case v >= 1000 && v < 10000 && capBefore(toks, i):
					// "que no pase de unos 1,200", "max 2500": a cap
					// names money, not a year or a size
					val = v
				case v < 50 || v >= 1000 && v < 10000:
					continue
				}
			}
			a := Amount{Value: int(val), Start: i, End: end, Explicit: explicit, Approx: approx}
			if band != "" {
				a.Start, a.Band = i-1, band
			}
			// "100-150k": a bare number before a dash-joined explicit one
			if a.Explicit && i > 0 && len(out) > 0 && out[len(out)-1].End == i && !out[len(out)-1].Explicit {
				lo := out[len(out)-1]
				loV := float64(lo.Value) / 1000
				if suf == 'k' || suf == 'x' && val >= 1000 {
					loV = loV * 1000
				}
				out = out[:len(out)-1]
				a.High, a.Value, a.Start = a.Value, int(loV), lo.Start
			}
			// "8 to 10 thousand", "de 5 a 7 mil", "between 300 and 350k":
			// the low end takes the high end's scale
			if a.Explicit && a.High == 0 && i >= 2 && rangeJoined(toks, i) && AllDigits(toks[i-2]) && said > 0 {
				if lo, err := strconv.Atoi(toks[i-2]); err == nil && lo > 0 && float64(lo) < said {
					if scale := val / said; scale >= 1000 {
						// "3 to 400k": the low end said short, in the high
						// end's hundreds (300k), not 3k; "5 a 60 mil" and
						// "1 to 15k" are as said
						low := float64(lo) * scale
						for said >= 100 && low*10 < val {
							low *= 10
						}
						if len(out) > 0 && out[len(out)-1].Start == i-2 {
							out = out[:len(out)-1]
						}
						a.High, a.Value, a.Start = a.Value, int(low), i-2
					}
				}
			}
			// "$3k/yr", "500/mo", "$40/user/month", "120k annually"
			a.Per = perOf(toks, ids, end)
			a.End = max(a.End, end)
			out = append(out, a)
			i = end - 1
			continue
		}
		// "half a million", "a quarter mil"
		if (w == "half" || w == "quarter") && next(1) == "a" || (w == "half" || w == "quarter") && (next(1) == "million" || next(1) == "mil") {
			k := 1
			if next(1) == "a" {
				k = 2
			}
			switch next(k) {
			case "million", "mil", "mill", "m":
				v := 500000
				if w == "quarter" {
					v = 250000
				}
				out = append(out, Amount{Value: v, Start: i, End: i + k + 1, Explicit: true})
				i += k
				continue
			}
		}
		// "mil trescientos al mes": a thousand and the hundreds after it,
		// with no number before "mil" ("dos mil" is read below)
		if w == "mil" && (i == 0 || !spanishNumberSet.Has(toks[i-1]) && !AllDigits(toks[i-1])) {
			if a, end, ok := thousandAnd(toks, i); ok {
				out = append(out, a)
				i = a.End - 1
				continue
			} else if end > i {
				// a year or a count: its words are read no further
				i = end - 1
				continue
			}
		}
		// Spanish spelled numbers: "dos mil", "ciento cincuenta mil",
		// "un millón", "trescientos veinte"
		if spanishNumberSet.HasID(ids[i]) {
			if a, ok := spanishAmount(toks, i); ok {
				out = append(out, a)
				i = a.End - 1
			} else if n, ok := spanishNumbers[w]; ok && n <= 12 && (prev == "las" || prev == "la") {
				// a time of day, its minutes too: "a las dos cincuenta"
				if m, ok := spanishNumbers[next(1)]; ok && m < 60 {
					i++
				}
			}
			continue
		}
		// "a couple thousand", "a few grand", "a few hundred a month": two
		// and about three of them. Not "a couple thousand rows"; and "a
		// few" is money only with grand, a period or a currency after it
		// ("we vote on anything over a few thousand" names no budget)
		if w == "couple" || w == "few" {
			k := 1
			if next(1) == "of" {
				k = 2
			}
			unit := 0
			switch next(k) {
			case "thousand", "grand", "k":
				unit = 1000
			case "hundred":
				unit = 100
			}
			after := next(k + 1)
			if after == "a" || after == "per" {
				after = next(k + 2)
			}
			_, per := perWords[after]
			if !per && (notMoney.Has(after) || countNouns.Has(after)) || w == "few" && next(k) != "grand" && !per && !CurrencyWords.Has(after) {
				unit = 0
			}
			if unit > 0 {
				v := 2 * unit
				if w == "few" {
					v = 3 * unit
				}
				out = append(out, Amount{Value: v, Start: i, End: i + k + 1, Explicit: true, Approx: true})
				i += k
			}
			continue
		}
		// "mid threes", "the low fours": a band of hundreds of thousands
		// said the way agents say it
		if w == "low" || w == "mid" || w == "high" || w == "upper" || w == "lower" {
			n, ok := bandHundreds[next(1)]
			if !ok {
				continue
			}
			band := w
			switch w {
			case "upper":
				band = "high"
			case "lower":
				band = "low"
			}
			out = append(out, Amount{Value: n * 100000, High: (n + 1) * 100000, Start: i, End: i + 2, Band: band})
			i++
			continue
		}
		// "a million", "a million two" (1.2M), "one million two fifty"
		// (1.25M), "a million and a half": a million and the hundreds of
		// thousands after it, the way people say a price
		// ("a million times", "thanks a million", "one in a million",
		// "feel like a million bucks" are no price)
		if (w == "a" || w == "one") && next(1) == "million" && !millionIdiom(toks, i) {
			v, end := 1_000_000, i+2
			if next(2) == "and" && (next(3) == "half" || next(3) == "a" && next(4) == "half") {
				v, end = 1_500_000, i+4
				if next(3) == "a" {
					end = i + 5
				}
			} else if n, ok := numberWords[next(2)]; ok && n >= 1 && n <= 9 && !nextIn(notMoney, 3) && !nextIn(countNouns, 3) {
				v, end = v+n*100_000, i+3
				if n2, ok := numberWords[next(3)]; ok && n2 >= 10 && n2 < 100 {
					v, end = v+n2*1000, i+4
				}
			}
			// "one million" alone is read below, with its period
			if w == "a" || end > i+2 {
				out = append(out, Amount{Value: v, Start: i, End: end, Explicit: true})
				i = end - 1
				continue
			}
		}
		// "a buck fifty", "buck eighty": slang for a hundred and so many,
		// in thousands as "one fifty" is (not "a buck fifty a gallon": a
		// rate is dollars and cents)
		if w == "buck" {
			if n2, ok := numberWords[next(1)]; ok && n2 >= 10 && n2 < 100 {
				// (nor "a buck fifty for each license")
				if !nextIn(notMoney, 2) && perOf(toks, ids, i+2) == "" && next(2) != "a" && next(2) != "an" && next(2) != "per" && next(2) != "each" &&
					!(next(2) == "for" && (next(3) == "each" || next(3) == "every")) {
					a := Amount{Value: (100 + n2) * 1000, Start: i, End: i + 2}
					if i > 0 && toks[i-1] == "a" {
						a.Start = i - 1
					}
					out = append(out, a)
				}
				i++
				continue
			}
		}
		// spelled numbers ("a hundred and forty thousand": "a" is one)
		aHundred := w == "a" && next(1) == "hundred"
		if !numberWordSet.HasID(ids[i]) && !aHundred {
			continue
		}
		if n, ok := numberWords[w]; ok && n > 0 || aHundred {
			if aHundred {
				n = 1
			}
			// "we own the place fifty fifty": a split, not $50,000
			if w == "fifty" && next(1) == "fifty" {
				i++
				continue
			}
			// "the low three hundreds", "mid two hundreds": a band, like "low 300s"
			if next(1) == "hundreds" && n < 10 {
				a := Amount{Value: n * 100000, High: (n + 1) * 100000, Start: i, End: i + 2}
				if i > 0 {
					switch b := toks[i-1]; b {
					case "low", "mid", "high":
						a.Band, a.Start = b, i-1
					case "upper":
						a.Band, a.Start = "high", i-1
					case "lower":
						a.Band, a.Start = "low", i-1
					}
				}
				out = append(out, a)
				i++
				continue
			}
			v := n
			end := i + 1
			// "fourteen hundred": read below with "twenty five hundred"
			teenHundreds := n > 10 && n < 20 && next(1) == "hundred"
			// "one point four million", "listed at one point four": a
			// decimal said in words
			if d, ok := numberWords[next(2)]; ok && n < 10 && next(1) == "point" && d < 10 {
				f := float64(n) + float64(d)/10
				switch next(3) {
				case "million", "millones", "millon":
					out = append(out, Amount{Value: int(f * 1e6), Start: i, End: i + 4, Explicit: true})
				case "thousand", "grand", "k":
					out = append(out, Amount{Value: int(f * 1e3), Start: i, End: i + 4, Explicit: true})
				default:
					if listedAt(toks, i) {
						out = append(out, Amount{Value: int(f * 1e6), Start: i, End: i + 3, Explicit: true})
					}
				}
				i += 3
				continue
			}
			// "two fifty", "three hundred", "two hundred fifty", "seventy thousand"
			if n2, ok := numberWords[next(1)]; ok && n < 10 && n2 >= 10 {
				v = n*100 + n2
				end = i + 2
				// "one seventy-five": the units after the tens
				if n3, ok := numberWords[next(2)]; ok && n2 >= 20 && n2%10 == 0 && n3 > 0 && n3 < 10 {
					v += n3
					end = i + 3
				}
			} else if next(1) == "hundred" && !teenHundreds {
				v = n * 100
				end = i + 2
				// "a hundred and forty", "one hundred twenty five"
				if next(2) == "and" {
					if _, ok := numberWords[next(3)]; ok {
						end++
					}
				}
				if n2, ok := numberWords[toks[min(end, len(toks)-1)]]; ok && end < len(toks) {
					v += n2
					end++
					if n3, ok := numberWords[toks[min(end, len(toks)-1)]]; ok && end < len(toks) && n2 >= 20 && n2%10 == 0 && n3 > 0 && n3 < 10 {
						v += n3
						end++
					}
				}
			} else if n >= 20 && n%10 == 0 {
				if n2, ok := numberWords[next(1)]; ok && n2 < 10 {
					v = n + n2
					end = i + 2
				}
			}
			// "fourteen hundred", "twenty five hundred": so many hundreds
			// of dollars as said, never thousands (not a year: "in
			// nineteen hundred")
			if v > 10 && v < 100 && end < len(toks) && toks[end] == "hundred" && !Before(toks, i, 3, yearBefore) {
				end++
				// ("twenty two hundred Main street": an address)
				if end < len(toks) && notMoney.Has(toks[end]) || streetAfter(toks, end) {
					i = end - 1
					continue
				}
				a := Amount{Value: v * 100, Start: i, End: end, Explicit: true}
				if end < len(toks) && CurrencyWords.Has(toks[end]) {
					a.End++
				}
				a.Per = perOf(toks, ids, a.End)
				out = append(out, a)
				i = a.End - 1
				continue
			}
			explicit := false
			switch toks[min(end, len(toks)-1)] {
			case "thousand", "grand", "k":
				if end < len(toks) {
					v, end, explicit = v*1000, end+1, true
				}
			case "million", "mil":
				if end < len(toks) {
					if toks[end] == "mil" && v >= 20 {
						v, end, explicit = v*1000, end+1, true // "noventa mil"
					} else {
						v, end, explicit = v*1000000, end+1, true
					}
				}
			case "figures":
				if end < len(toks) && n >= 4 && n <= 9 {
					v, end, explicit = int(math.Pow10(n-1)), end+1, true
				}
			}
			// "fifty bucks a month", "a hundred dollars", "three hundred a
			// month": a currency word or a period makes a spelled number
			// money as written, as it does a number in digits
			if a, ok := spelledMoney(toks, i, end, v, explicit); ok {
				out = append(out, a)
				i = a.End - 1
				continue
			}
			if !explicit {
				// "a hundred" alone is a manner of speaking ("a hundred
				// questions"); only "a hundred and forty thousand" counts
				if aHundred {
					continue
				}
				// (nor "sixty a month": thousands a month are never said
				// so; spelledMoney read the money, this counts deals)
				if v < 50 || v >= 1000 || end < len(toks) && notMoney.Has(toks[end]) || perAfter(toks, end) {
					continue
				}
				v *= 1000
			}
			out = append(out, Amount{Value: v, Start: i, End: end, Explicit: explicit})
			i = end - 1
		}
	}
	return out
}

// rangeJoined reports a range's joint before toks[i]: "8 to 10k", "de 5
// a 7 mil", "between 300 and 350k".
func rangeJoined(toks []string, i int) bool {
	switch toks[i-1] {
	case "to", "a", "hasta":
		return true
	case "and", "y":
		return i >= 3 && (toks[i-3] == "between" || toks[i-3] == "entre")
	}
	return false
}

// yearBefore: words before a year said in hundreds ("built in nineteen
// hundred")
var yearBefore = NewSet("in", "since", "from", "circa", "built", "year", "back")

// streetAfter reports a street named right after a number in hundreds
// ("twenty two hundred Main street", "nineteen hundred oak st"), not
// "fifteen hundred to drive out here".
func streetAfter(toks []string, end int) bool {
	return end < len(toks) && streetWords.Has(toks[end]) ||
		end+1 < len(toks) && (streetWords.Has(toks[end+1]) || streetAfterName.Has(toks[end+1])) && toks[end] != Break && !CurrencyWords.Has(toks[end]) && !functionWords.Has(toks[end])
}

// streetWords after a number in hundreds make it an address;
// countedEs are things counted after "mil"
var (
	streetWords     = NewSet("st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "lane", "ln", "ct", "block", "calle")
	streetAfterName = NewSet("dr", "drive", "way", "court")
	functionWords   = NewSet("to", "for", "a", "the", "and", "of", "in", "on", "at", "or", "per", "each")
	countedEs       = NewSet("cosas", "veces", "personas", "gente", "preguntas", "mensajes", "dias", "anos", "metros", "pies", "millas")
)

// countNouns are things counted in thousands that are not money.
var countNouns = NewSet("rows", "records", "contacts", "leads", "customers", "messages", "emails", "lines", "files", "orders",
	"visitors", "followers", "views", "clicks", "sq", "sqft", "square", "pounds", "lbs")

// spanishNumbers are the Spanish number words, accents folded, from two
// to nine hundred; "un", "una" and "medio" count only before "millón".
var spanishNumbers = map[string]int{
	"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
	"once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17,
	"dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintidos": 22, "veintitres": 23,
	"veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
	"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
	"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
	"cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
	"seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
	"novecientos": 900, "novecientas": 900,
}

var spanishNumberSet = func() Set {
	ws := []string{"un", "una", "medio"}
	for w := range spanishNumbers {
		ws = append(ws, w)
	}
	return NewSet(ws...)
}()

// spanishUnits are what a bare Spanish number counts when it is not money.
var spanishUnits = NewSet("anos", "dias", "meses", "semanas", "horas", "minutos", "pies", "metros", "cuartos", "recamaras",
	"banos", "habitaciones", "personas", "empleados", "usuarios", "veces", "pisos", "carros", "hijos", "ninos", "de")

// spanishAmount reads a Spanish spelled amount at toks[i]: hundreds,
// tens, "y" and units ("ciento cincuenta", "cuarenta y cinco"), then
// "mil" (thousands: Spanish "dos mil" is two thousand) or "millón". A
// bare number from fifty to nine hundred ninety-nine is read in
// thousands, as "two fifty" is ("doscientos cincuenta" for a house).
func spanishAmount(toks []string, i int) (Amount, bool) {
	at := func(k int) string {
		if k < len(toks) {
			return toks[k]
		}
		return ""
	}
	switch w := toks[i]; w {
	case "un", "una", "medio":
		// ("un palo", "medio palo": Chilean and rioplatense for a million
		// and half one; not "un palo de escoba")
		if m := at(i + 1); m == "millon" || m == "millones" || m == "palo" && at(i+2) != "de" {
			v := 1000000
			if w == "medio" {
				v = 500000
			}
			return Amount{Value: v, Start: i, End: i + 2, Explicit: true}, true
		}
		return Amount{}, false
	}
	v, k := 0, i
	for last := 1000; k < len(toks); k++ {
		n, ok := spanishNumbers[toks[k]]
		if !ok && toks[k] == "y" && k > i && last >= 20 && last < 100 {
			if n2, ok2 := spanishNumbers[at(k+1)]; ok2 && n2 < 10 {
				continue
			}
		}
		if !ok || n >= last {
			break
		}
		v, last = v+n, n
	}
	// "dos cincuenta", "tres veinte": hundreds and tens said as two
	// numbers, in thousands as "two fifty" is (not the time "a las dos
	// cincuenta")
	if k == i+1 && v < 10 && (i == 0 || toks[i-1] != "las" && toks[i-1] != "la") {
		// (not "dos cincuenta al mes": dollars and cents by the month)
		if n2, ok := spanishNumbers[at(k)]; ok && n2 >= 20 && n2 < 100 && n2%10 == 0 && !spanishUnits.Has(at(k+1)) && !notMoney.Has(at(k+1)) && at(k+1) != "mil" &&
			at(k+1) != "al" && at(k+1) != "por" && at(k+1) != "cada" {
			// "tres cuarenta y cinco": the units after the tens
			if n3, ok := spanishNumbers[at(k+2)]; ok && at(k+1) == "y" && n3 > 0 && n3 < 10 {
				return Amount{Value: (v*100 + n2 + n3) * 1000, Start: i, End: k + 3}, true
			}
			return Amount{Value: (v*100 + n2) * 1000, Start: i, End: k + 1}, true
		}
	}
	a := Amount{Value: v, Start: i, End: k}
	// "seiscientos y pico mil", "trescientos y tantos mil": some more
	// than the hundreds, in thousands
	if at(k) == "y" && (at(k+1) == "pico" || at(k+1) == "tantos" || at(k+1) == "algo") && at(k+2) == "mil" && v >= 100 {
		return Amount{Value: v * 1000, Start: i, End: k + 3, Explicit: true, Approx: true}, true
	}
	switch at(k) {
	case "mil":
		a.Value, a.End, a.Explicit = v*1000, k+1, true
		if n, ok := spanishNumbers[at(k+1)]; ok && n >= 100 {
			// "ciento cincuenta mil quinientos": the hundreds after it
			a.Value += n
			a.End++
		}
	case "millon", "millones":
		a.Value, a.End, a.Explicit = v*1000000, k+1, true
	case "palo", "palos":
		// "dos palos": two million (not "dos palos de la cerca")
		if n := at(k + 1); n == "de" || n == "alto" || n == "verde" {
			return Amount{}, false
		}
		a.Value, a.End, a.Explicit = v*1000000, k+1, true
	case "luca", "lucas":
		// "quince lucas": fifteen thousand
		if !lucaMoney(toks, k+1) {
			return Amount{}, false
		}
		a.Value, a.End, a.Explicit = v*1000, k+1, true
	default:
		if a, ok := spelledMoney(toks, i, k, v, false); ok {
			return a, true // "cien dólares al mes"
		}
		if v < 50 || v >= 1000 || spanishUnits.Has(at(k)) || notMoney.Has(at(k)) {
			return Amount{}, false
		}
		a.Value *= 1000
	}
	return a, true
}

// lucaMoney reports "lucas" read as thousands from what follows it: the
// end, a break, a rate, a currency or a range's joint ("quince lucas al
// año", "dos lucas verdes por mes", "diez y quince lucas"), not a name
// ("after 5 Lucas is napping", "a las 5 Lucas llega").
func lucaMoney(toks []string, i int) bool {
	return i >= len(toks) || toks[i] == Break || lucaTail.Has(toks[i])
}

var lucaTail = NewSet("al", "por", "de", "verdes", "mensuales", "anuales", "mas", "y", "o", "pesos", "dolares", "cada", "a", "nomas",
	"no", "para", "en", "x", "per", "a", "month", "year")

// thousandAnd reads "mil" at toks[i] followed by Spanish hundreds, tens
// and units ("mil trescientos", "mil doscientos cincuenta") as a
// thousand and that many dollars.
//
// It reports the end of the words it read when it turns them down as a
// year or a count, so that nothing reads them again; 0 otherwise.
func thousandAnd(toks []string, i int) (Amount, int, bool) {
	v, k := 0, i+1
	for last := 1000; k < len(toks); k++ {
		n, ok := spanishNumbers[toks[k]]
		if !ok && toks[k] == "y" && last >= 20 && last < 100 && k+1 < len(toks) {
			if n2, ok2 := spanishNumbers[toks[k+1]]; ok2 && n2 < 10 {
				continue
			}
		}
		if !ok || n >= last {
			break
		}
		v, last = v+n, n
	}
	if v < 100 || k < len(toks) && (spanishUnits.Has(toks[k]) && toks[k] != "de" || notMoney.Has(toks[k])) {
		return Amount{}, 0, false
	}
	a := Amount{Value: 1000 + v, Start: i, End: k, Explicit: true}
	if k < len(toks) && CurrencyWords.Has(toks[k]) {
		a.End++
	}
	a.Per = perOf(toks, nil, a.End)
	// not "le faltan mil doscientas cosas" nor "mil quinientos de
	// ellos": a count; not "de mil novecientos ochenta": a year (tens
	// after the hundreds; "la renta es de mil novecientos" is rent)
	if a.End == k && a.Per == "" && (k < len(toks) && (countedEs.Has(toks[k]) || toks[k] == "de" && k+1 < len(toks) && (toks[k+1] == "ellos" || toks[k+1] == "ellas")) ||
		v > 900 && i > 0 && (toks[i-1] == "de" || toks[i-1] == "en" || toks[i-1] == "del" || toks[i-1] == "desde")) {
		return Amount{}, k, false
	}
	return a, 0, true
}

// MaxAmount returns the largest explicit amount in t that is not someone
// else's (see [OthersAmount]).
func MaxAmount(t Text) (int, bool) {
	best, ok := 0, false
	for _, a := range Amounts(t) {
		v := max(a.Value, a.High)
		// "stay under 500": below the amount named
		if a.High == 0 && a.Start > 0 && belowWords.Has(t.Toks[a.Start-1]) {
			v--
		}
		if (a.Explicit || priceFramed(t.Toks, a)) && v > best && !OthersAmount(t.Toks, t.IDs, a) && !salesFigure(t.Toks, a) {
			best, ok = v, true
		}
	}
	return best, ok
}

// priceFramed reports a bare number read as thousands that the words
// around it make a price: "in the 850 to 900 range", "el rango de 600 a
// 650", "appraised at 940 last year". A bare number alone is no amount
// of money ("we have 340 in the field"), and neither is one by the
// month.
func priceFramed(toks []string, a Amount) bool {
	if a.Value < 100_000 || a.Per != "" {
		return false
	}
	// "my credit is in the 720 range", "mi crédito está en el rango de
	// 700": a credit score, not a price (in its clause: "my fico is
	// fine. we want the 800 range" names a price)
	if creditBefore(toks, a.Start) {
		return false
	}
	// a score said just before and a range of scores after it: "my
	// score is 680. lender said the 650 range is fine", "fico's like
	// 680, so the 650 range" (not "my fico is fine. we want the 800
	// range": no score named)
	if scoreSaidBefore(toks, a.Start) {
		return false
	}
	for k := a.End; k < len(toks) && k < a.End+2 && toks[k] != Break; k++ {
		if RangeWords.Has(toks[k]) {
			return true
		}
	}
	for k := a.Start - 1; k >= 0 && k >= a.Start-3 && toks[k] != Break; k-- {
		// "appraised at 940"; "en el rango de 600 a 650"
		if priceFrames.Has(toks[k]) && k >= a.Start-2 || RangeWords.Has(toks[k]) {
			return true
		}
	}
	// "we're looking at a place up near Steamboat. Asking is a hair
	// under eight hundred", "a new build in Milton. Contract price is
	// eight twenty-five": a price named just before, a home in the
	// message
	if priceNamedBefore(toks, a.Start) && slices.ContainsFunc(toks, homeNouns.Has) {
		return true
	}
	// "looking at homes in Fox Chapel, around 850 to 900"
	return ShoppedForHome(toks, a.Start)
}

// creditBefore reports a word of credit scores in the six tokens of
// the clause before i: "my credit score is 720".
func creditBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && toks[k] != Break; k-- {
		if creditWordAt(toks, k) {
			return true
		}
	}
	return false
}

// priceNamedBefore reports a price noun before i, in its clause, with
// only a verb of being and words of nearness between: "asking is a hair
// under", "contract price is", "el precio es de unos".
func priceNamedBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && toks[k] != Break; k-- {
		if priceNouns.Has(toks[k]) {
			return true
		}
		if !nearPriceFill.Has(toks[k]) {
			return false
		}
	}
	return false
}

var (
	priceNouns    = NewSet("price", "asking", "precio", "listing")
	nearPriceFill = NewSet("is", "was", "of", "at", "a", "hair", "just", "right", "about", "around", "under", "over", "like", "es", "de", "como", "unos", "roughly", "little", "bit", "shy", "north", "south")
	homeNouns     = NewSet("house", "home", "homes", "place", "build", "ranch", "property", "condo", "casa", "townhouse", "townhome", "acreage", "farm", "cabin", "jumbo", "mortgage")
)

// scoreSaidBefore reports a credit word and a number a score can be
// (300 to 850) within the twelve tokens before i, and no home or budget
// near i.
func scoreSaidBefore(toks []string, i int) bool {
	// "credit score 760, looking at houses in the 500 range": a home
	// priced, whatever the score
	if ShoppedForHome(toks, i) || slices.ContainsFunc(toks[max(0, i-6):min(len(toks), i+4)], priceContext.Has) {
		return false
	}
	credit, score := false, false
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		credit = credit || creditWordAt(toks, k)
		if v, err := strconv.Atoi(toks[k]); err == nil && v >= 300 && v <= 850 {
			score = true
		}
	}
	return credit && score
}

// creditWordAt reports a word of credit scores at toks[k] ("credit
// union" is a lender, not a score).
func creditWordAt(toks []string, k int) bool {
	return creditWords.Has(toks[k]) && !(toks[k] == "credit" && k+1 < len(toks) && toks[k+1] == "union")
}

// priceContext: words near a range that make it a price.
var priceContext = NewSet("house", "houses", "home", "homes", "casa", "casas", "condo", "condos", "budget", "presupuesto", "price", "precio",
	"looking", "buscamos", "buscando", "shopping")

// ShoppedForHome reports a home shopped for in the ten tokens before i:
// "looking at homes in Fox Chapel, around 850 to 900", "buscando casa,
// algo de 300".
func ShoppedForHome(toks []string, i int) bool {
	shop, home := false, false
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		shop = shop || ShoppingWords.Has(toks[k])
		home = home || HomeWords.Has(toks[k])
	}
	return shop && home
}

var (
	// ShoppingWords name shopping before a band of prices: "looking at
	// stuff in the 300s".
	ShoppingWords = NewSet("looking", "shopping", "searching", "browsing", "buscando", "viendo", "mirando")
	// HomeWords name what a home buyer shops for.
	HomeWords = NewSet("house", "houses", "home", "homes", "condo", "condos", "place", "places", "property", "properties",
		"duplex", "townhouse", "townhome", "something", "casa", "casas", "algo")
)

var (
	// RangeWords name a band of prices: "the 850 to 900 range".
	RangeWords  = NewSet("range", "bracket", "rango")
	creditWords = NewSet("credit", "credits", "credito", "score", "scores", "fico", "ficos", "puntaje")
	priceFrames = NewSet("asking", "appraised", "listed", "priced", "valued", "worth", "pidiendo", "piden", "valuada", "valuado")
)

// belowWords before an amount make it a bound from above: "under 500".
var belowWords = NewSet("under", "below", "beneath", "bajo")

// salesFigure reports an amount that is a business's sales or revenue,
// not a deal: "a dealership que vende como 20 millones al año", "we do
// about 8M in revenue", "ARR is around 3M".
func salesFigure(toks []string, a Amount) bool {
	for k := a.Start - 1; k >= 0 && k >= a.Start-5 && toks[k] != Break; k-- {
		if salesBefore.Has(toks[k]) {
			return true
		}
	}
	return a.End+1 < len(toks) && (toks[a.End] == "in" || toks[a.End] == "en") && salesAfter.Has(toks[a.End+1])
}

var (
	salesBefore = NewSet("revenue", "revenues", "arr", "mrr", "turnover", "sales", "ventas", "vende", "venden", "vendemos", "sells",
		"factura", "facturan", "facturamos", "facturacion", "gmv")
	salesAfter = NewSet("revenue", "revenues", "sales", "ventas", "arr", "gmv", "facturacion")
)

// OthersAmount reports an amount someone else paid, quoted or sells at,
// in the clause before start: "houses around us are going for 650k", "my
// neighbor paid 14k for his roof", "the plumber quoted 20k", "my sister
// just bought a 600k place"; it is no price, budget or deal size of the
// lead's. A first person in between ends the other's clause: "my friend
// sold hers ... so I want two ten minimum"; and an amount the lead takes
// up ("... so something around there") is theirs. ids are the IDs of
// toks, or nil (see [Set.HasToken]).
func OthersAmount(toks []string, ids []int32, a Amount) bool {
	return !Adopted(toks, ids, a) && (othersBefore(toks, ids, a, othersSubject, othersVerb) || othersBefore(toks, ids, a, othersHolder, haveVerbs))
}

// othersBefore reports a word of who and a word of did in the clause
// before a, read back to the first word of the lead's own ("my friend
// sold hers ... so I want two ten minimum" stops at "I").
//
// A clause that opens with a verb and names no one goes on the subject
// of the clause before: "my cousin Sal sold his place last year, got 420
// for it" reads back across the comma.
//
// ids are the IDs of toks, or nil (see [Set.HasToken]); the loop asks
// which once and then tests each token with an inlined [Set.HasID].
func othersBefore(toks []string, ids []int32, a Amount, who, did Set) bool {
	byID := len(ids) == len(toks)
	in := func(s Set, k int) bool { return byID && s.HasID(ids[k]) || !byID && s.Has(toks[k]) }
	seenWho, seenDid := false, false
	crossed := false
	for k := a.Start - 1; k >= 0; k-- {
		if toks[k] == Break {
			if crossed || k+1 >= a.Start || !in(elidedSubject, k+1) {
				break
			}
			crossed = true
			continue
		}
		if in(selfWords, k) {
			break
		}
		seenWho = seenWho || in(who, k)
		seenDid = seenDid || in(did, k)
	}
	return seenWho && seenDid
}

// elidedSubject open a clause whose subject is the clause before's:
// "..., got 420 for it", "..., sacó 300".
var elidedSubject = NewSet("got", "sold", "listed", "asked", "closed", "paid", "took", "saco", "vendio", "pidio", "cerro")

// ValuedByOthers reports an amount that someone else says the place is
// worth, in the clause before it: "zillow has it at 312k", "my realtor
// keeps telling me it's worth 400", "the appraisal came back at 242", "el
// appraisal salió en 260". It is no asking price, though it still tells
// the size of the deal.
func ValuedByOthers(t Text, a Amount) bool {
	// (most messages name no valuer: the IDs say so without a lookup)
	if len(t.IDs) == len(t.Toks) && !valuers.HasAnyID(t.IDs[:a.Start]) {
		return false
	}
	return !Adopted(t.Toks, t.IDs, a) && othersBefore(t.Toks, t.IDs, a, valuers, valueVerbs)
}

// Adopted reports an amount the lead takes up after naming it: "my
// neighbor paid 14k ... so something around there", "zillow says 410 so
// I'd want near that", "mi comadre vendió en 290, no la daría en menos de
// eso". ids are the IDs of toks, or nil (see [Set.HasToken]).
//
// As in othersBefore, the loop asks once whether ids are those of toks.
func Adopted(toks []string, ids []int32, a Amount) bool {
	byID := len(ids) == len(toks)
	for k := a.End; k+1 < len(toks) && k < a.End+12; k++ {
		// "...no la dé por menos de 90 mil y yo pienso igual", "and I
		// agree"
		if (toks[k] == "yo" || toks[k] == "i") && (toks[k+1] == "pienso" || toks[k+1] == "agree" || toks[k+1] == "opino") {
			return true
		}
		if byID && !adoptWords.HasID(ids[k]) || !byID && !adoptWords.Has(toks[k]) {
			continue
		}
		n := toks[k+1]
		if (n == "de" || n == "than") && k+2 < len(toks) {
			n = toks[k+2] // "menos de eso", "less than that"
		}
		if n == "there" || n == "that" || n == "eso" {
			return true
		}
	}
	return false
}

var (
	adoptWords = NewSet("around", "about", "like", "near", "similar", "same", "menos", "mas", "least", "less", "more", "over", "under",
		"above", "below", "exceed", "pasar", "pasarme", "pasarnos")
	selfWords     = NewSet("i", "im", "ive", "id", "ill", "we", "yo")
	othersSubject = NewSet("competitor", "competitors", "competencia", "vendor", "investor", "investors", "suya", "lado", "owners", "landlord", "houses", "homes", "places", "plomero", "techero", "contratista", "otro", "otra", "company", "guy", "condos", "units", "apartments", "townhomes", "townhouses", "neighbor", "neighbors", "neighbour", "neighbours", "comps",
		"plumber", "contractor", "roofer", "electrician", "he", "she", "they", "buddy", "friend", "brother", "sister", "cousin", "uncle", "aunt", "coworker", "dad", "mom", "parents", "inlaws", "vecino", "vecina", "vecinos", "casas",
		// "mi compadre vendió su casa en 480 mil", "mi suegra dice que vale un millón"
		"compadre", "comadre", "suegra", "suegro", "cunado", "cunada", "primo", "prima", "tio", "tia", "hermano", "hermana", "amigo", "amiga",
		// "the one next to mine just listed at 525", "next door sold for 610"
		"one", "door", "friends", "coworkers", "cousins", "relatives", "amigos", "amigas", "primos",
		// "the house across the street just sold for $565,000", "mi
		// patrón acaba de comprar una casa de 700 mil"
		"street", "patron",
		// "my buddy's company pays like 40k a year for Salesforce"
		"buddys", "friends", "brothers", "sisters", "dads", "moms")
	othersVerb = NewSet("going", "went", "goes", "got", "sold", "selling", "sell", "sells", "listed", "paid", "quoted", "charged", "charging",
		"bought", "buying", "pago", "vendieron", "venden", "cobro", "cotizo", "compro", "compraron", "dijo", "cotizaron",
		// "mi vecino vendió la suya en 240", "they're asking 329 for the one
		// on Elm", "your competitor quoted us 18k"
		"vendio", "asking", "pidiendo", "piden", "comprar", "pays", "spends",
		// "al vecino le costó 2 mil", "le salió en 300"
		"costo", "salio",
		// "my neighbor's place was appraised at 900k"
		"appraised", "assessed", "tasaron", "valuaron",
		// "the owners just put like $2M into redoing the lobby"
		"put", "spent", "invested", "gastaron", "invirtieron",
		// "mi vecino puso su casa en venta en 310", "mi suegra dice que
		// la suya vale un millón"
		"puso", "pusieron", "dice", "dicen", "vale")
	// "mi jefe tiene como 2 millones de cobertura", "my buddy has a
	// 900k policy": what a named other person has (never "he" or "she",
	// who may be the lead's spouse with the household's money)
	othersHolder = NewSet("boss", "jefe", "jefa", "friend", "friends", "buddy", "amigo", "amiga", "amigos", "neighbor", "neighbour",
		"vecino", "vecina", "coworker", "coworkers", "companero", "companera", "cousin", "primo", "prima", "brother", "hermano",
		"sister", "hermana", "compadre", "comadre", "cunado", "cunada", "uncle", "tio", "aunt", "tia")
	haveVerbs  = NewSet("has", "have", "had", "got", "carries", "tiene", "tienen", "tenia", "lleva")
	valuers    = NewSet("zillow", "redfin", "zestimate", "appraisal", "appraiser", "appraised", "realtor", "agent", "assessor", "assessed", "county", "tasacion", "avaluo", "valuation")
	valueVerbs = NewSet("has", "says", "said", "saying", "thinks", "telling", "told", "shows", "showed", "came", "salio", "dice", "dijo", "puts", "put", "valued", "estimates", "worth")
)

// valueWords before a number grouped in thousands make it money:
// "appraisal says 720,000", "worth 1,350,000".
// listedAt reports a list price's words just before i: "listed at",
// "priced at", "asking", "list price is".
func listedAt(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != Break; k-- {
		if listingWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

var listingWords = NewSet("listed", "priced", "asking", "listing")

// perAfter reports a period or unit named just after index end ("a
// month", "/mo", "al mes"), as Amounts reads one into Per.
func perAfter(toks []string, end int) bool {
	for k := end; k < len(toks) && k < end+3; k++ {
		if _, ok := perWords[toks[k]]; ok {
			return true
		}
		if !perFiller.Has(toks[k]) && !CurrencyWords.Has(toks[k]) {
			return false
		}
	}
	return false
}

// decadeBefore reports the words of a decade before toks[i]: "from the",
// "since the", "desde los", "built in the", "back in the".
func decadeBefore(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "the" && toks[i-1] != "los" {
		return false
	}
	switch p := toks[i-2]; {
	case p == "from" || p == "since" || p == "desde":
		return true
	case p == "in" || p == "en":
		return i >= 3 && eraVerbs.Has(toks[i-3])
	}
	return false
}

// eraVerbs date a thing "in the 70s": "built in the 70s", "back in the 90s".
var eraVerbs = NewSet("built", "back", "made", "remodeled", "redone", "updated", "installed", "done", "construida", "construido", "hecha", "hecho")

// perOf returns the period or unit named just after index end, as Per
// holds it: "$3k/yr" a year, "$40/user/month" per user. ids are the IDs
// of toks, or nil: with them the sets are tested by ID (see
// [Set.HasToken]), not by a lookup of each word.
func perOf(toks []string, ids []int32, end int) string {
	per := ""
	for k := end; k < len(toks) && k < end+3; k++ {
		if p, ok := perWords[toks[k]]; ok {
			if per == "" || p != "user" {
				if per == "user" {
					break
				}
				per = p
			}
			if p == "user" {
				per = "user"
			}
			continue
		}
		if !perFiller.HasToken(toks, ids, k) && !CurrencyWords.HasToken(toks, ids, k) {
			break
		}
	}
	return per
}

// spelledMoney reads the spelled number v at toks[i:end] as money as
// written when a currency word follows it ("fifty bucks a month", "a
// hundred dollars", "cien dólares al mes"), or a period follows a number
// of a hundred or more ("three hundred a month"; "thirty a month" may
// count deals), or of twenty or more after a word of paying ("I can
// swing about sixty a month", "puedo pagar unos sesenta al mes").
// Otherwise, and when explicit (the words already named a scale), it
// reports false and the number is read as before.
func spelledMoney(toks []string, i, end, v int, explicit bool) (Amount, bool) {
	if explicit || v <= 0 {
		return Amount{}, false
	}
	currency := end < len(toks) && CurrencyWords.Has(toks[end])
	if !currency && (v < 20 || !perAfter(toks, end) || v < 100 && !smallSpelledPaid(toks, i, end)) {
		return Amount{}, false
	}
	a := Amount{Value: v, Start: i, End: end, Explicit: true}
	if currency {
		a.End++
	}
	a.Per = perOf(toks, nil, a.End)
	return a, true
}

// smallSpelledPaid reports a spelled number under a hundred at
// toks[i:end], a period after it, read as money: a word of paying before
// it ("I can swing about sixty a month") or a cap after the period
// ("sixty a month max"), and no count of things after the period ("pay
// for maybe sixty a month of leads").
func smallSpelledPaid(toks []string, i, end int) bool {
	k := end
	for k < len(toks) && k < end+3 && (perFiller.Has(toks[k]) || CurrencyWords.Has(toks[k])) {
		k++
	}
	k++ // the period
	if k < len(toks) && (toks[k] == "of" || toks[k] == "in" || toks[k] == "de") {
		return false
	}
	return Before(toks, i, 4, payWords) || After(toks, k, 2, capsAfter)
}

// payWords before a small spelled number and a period make it money:
// "I can swing about sixty a month"; capsAfter after it do: "sixty a
// month max".
var (
	payWords  = NewSet("pay", "paying", "swing", "afford", "spend", "spending", "budget", "pagar", "pago", "pagamos", "gastar", "presupuesto")
	capsAfter = NewSet("max", "maximum", "tops", "top", "maximo", "most")
)

// perFiller may stand between an amount and its period: "500 a month",
// "40 per user", "200 al mes".
var perFiller = NewSet("a", "per", "each", "for", "the", "al", "por", "cada", "el")

// millionIdiom reports "a million" at i in a saying, not a price: "a
// million times", "thanks a million", "one in a million", "feel like a
// million bucks".
func millionIdiom(toks []string, i int) bool {
	if i+2 < len(toks) && (millionCounted.Has(toks[i+2]) || notMoney.Has(toks[i+2]) || countNouns.Has(toks[i+2])) {
		return true
	}
	if i > 0 && (toks[i-1] == "thanks" || toks[i-1] == "in") {
		return true
	}
	return i > 1 && toks[i-1] == "like" && (toks[i-2] == "feel" || toks[i-2] == "feels" || toks[i-2] == "look" || toks[i-2] == "looks" ||
		toks[i-2] == "feeling" || toks[i-2] == "looking")
}

// millionCounted after "a million" make it a count ("a million
// things"), beside notMoney ("a million times", "a million of these")
// and countNouns.
var millionCounted = NewSet("things", "questions", "texts", "calls", "reasons", "ways", "forms", "apps", "companies", "other", "others",
	"more", "ideas", "steps", "pieces")

// thousandsGrouped reports digits grouped in threes by commas, or by dots
// as Spanish writes them: "850,000", "1,250,000", "650.000", "1.200.000"
// (not "1,2" nor "85,00" nor "1.250,5").
func thousandsGrouped(w string) bool {
	w = strings.TrimPrefix(w, "$")
	// one separator throughout: "850,000" or, in Spanish, "650.000" (at
	// most two dots: "192.168.100.254" is an address)
	sep := ","
	if !strings.Contains(w, ",") {
		sep = "."
		if strings.Count(w, ".") > 2 {
			return false
		}
	}
	parts := strings.Split(w, sep)
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 || !AllDigits(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 || !AllDigits(p) {
			return false
		}
	}
	return true
}

// recordWords name a record whose number a dotted figure may be.
var recordWords = NewSet("cuenta", "account", "folio", "version", "ip", "numero", "number", "ref", "referencia", "orden", "order",
	"tracking", "poliza", "policy", "claim", "reclamo", "expediente", "id", "serial", "serie", "telefono", "phone", "cel")

// countedUnits after a number make it a count or a measure, not money:
// the units and nouns of counts, and measures of a house or a furnace.
var countedUnits = Union([]Set{countUnits, countNouns}, "m2", "metros", "seguidores", "mile", "btu", "btus", "sq", "sqft", "square", "feet", "ft", "pies", "acres",
	"acre", "people", "users", "members", "clients", "residents", "employees", "gallons", "galones", "lbs", "pounds", "libras", "units",
	"unidades", "texts", "calls", "visitors", "downloads", "steps", "points", "hours", "horas", "watts", "kwh", "personas", "usuarios",
	"clientes", "empleados", "habitantes", "copies", "items", "pieces", "piezas", "bushels", "head", "cabezas", "tons", "toneladas",
	"minutes", "minutos", "seconds", "segundos", "times", "veces", "pixels", "words", "palabras")

var valueWords = NewSet("worth", "price", "priced", "appraisal", "appraised", "says", "value", "valued", "paid", "owe", "sold",
	"asking", "offer", "listed", "cost", "costs", "vale", "precio", "pague", "debo", "tasacion", "avaluo", "valor", "at", "for", "en", "por")

// capWords before a number make it a sum of money: "que no pase de unos
// 1,200", "budget of 2500", "no more than 3000".
var capWords = NewSet("pase", "pasar", "exceed", "exceeding", "max", "maximum", "maximo", "budget", "presupuesto", "hasta",
	"afford", "spend", "gastar", "tope", "more")

// capBefore reports a cap word among the three tokens before i, in its
// clause.
func capBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != Break; k-- {
		if capWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

// AllDigits reports a non-empty token of ASCII digits only: "2019",
// "875" (not "$875", "3.5" or "14th").
func AllDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// AnsweredAmount returns the largest amount of t, the lead's reply to
// asked (the assistant's message before it; an empty Text when none),
// that [MaxAmount] leaves out for want of the question: a bare number
// that answers a question about the price of a home ("everything we like
// is 850 to 950" after "what price range are you looking at?", "no la
// suelta for less than six-twenty" after "do you have a number in
// mind?"), and the sellers' asking or list price of the home the lead is
// buying ("they're asking $785,000, we'd put 20% down" after "do you know
// the purchase price?"). Without the question a bare number is no money
// and another's asking price is a comp, as MaxAmount reads them; a
// question about a monthly figure, a budget, a deductible or seats makes
// a bare number no home's price.
func AnsweredAmount(t, asked Text) (int, bool) {
	priceAsked := homePriceAsked(&asked)
	buying := priceAsked && asked.HasAny(buyingWords) || buys(&t) && t.HasAny(homeNouns)
	if !priceAsked && !buying {
		return 0, false
	}
	// "my credit was like 690", "pagamos 900 al mes", "our rent is 900
	// now", "we have 600 saved": a score, a monthly figure or savings
	// said beside bare numbers
	bareOK := !t.HasAny(creditWords) && !t.HasAny(monthWords)
	best, ok := 0, false
	for _, a := range Amounts(t) {
		v := max(a.Value, a.High)
		if a.Band != "" {
			v = a.Value // "low 400s"
		}
		// "under 500", "not over 500", "no queremos pasar de 500"
		if a.High == 0 && a.Start > 0 && (belowWords.Has(t.Toks[a.Start-1]) || ceilingBefore(t.Toks, a.Start)) {
			v--
		}
		if v <= best || a.Per != "" || salesFigure(t.Toks, a) || ValuedByOthers(t, a) {
			continue
		}
		if !a.Explicit && (!bareOK || !priceAsked && !priceFramed(t.Toks, a)) {
			continue
		}
		if OthersAmount(t.Toks, t.IDs, a) && !(buying && sellersAsking(t.Toks, a)) {
			continue
		}
		best, ok = v, true
	}
	return best, ok
}

// ceilingBefore reports a bound from above before i: a negated "over",
// "more than" or "pasar de" ("not over 500", "no more than 500", "nada
// que pase de 500") and "less than 500".
func ceilingBefore(toks []string, i int) bool {
	k := i - 1
	if (toks[k] == "de" || toks[k] == "than") && k > 0 {
		k--
	}
	if toks[k] == "less" || toks[k] == "menos" {
		return true
	}
	if !overWords.Has(toks[k]) {
		return false
	}
	return negatedBefore(toks, k, 3)
}

// buys reports a word of buying in t that is not negated: "we'd put 20%
// down", "we're buying" (not "we're not buying").
func buys(t *Text) bool {
	for k, w := range t.Toks {
		if buyingWords.Has(w) && !negatedBefore(t.Toks, k, 2) {
			return true
		}
	}
	return false
}

// negatedBefore reports one of [Negators], or Spanish "nunca" or "nada",
// within window tokens before i in its clause.
func negatedBefore(toks []string, i, window int) bool {
	return Before(toks, i, window, Negators) || Before(toks, i, window, spanishNegators)
}

// homePriceAsked reports a question about the price of a home: one
// that names a home, a loan or a purchase ("do you know the purchase
// price?"), and one about a price that names nothing else: the range the
// lead is shopping in ("what price range are you looking at?") or a
// seller's "do you have a number in mind?" (not "a number in mind for
// the new roof?"); never one about a monthly figure, a budget, insurance,
// a credit score, seats, a size or a phone number.
func homePriceAsked(asked *Text) bool {
	if len(asked.Toks) == 0 || asked.HasAny(notHomePrice) {
		return false
	}
	numberInMind := asked.HasAny(priceNumberWords) && asked.HasAny(mindWords)
	if !asked.HasAny(homePriceWords) && !numberInMind {
		return false
	}
	if asked.HasAny(homeAskWords) {
		return true
	}
	// about the home the conversation is about only when it names
	// nothing else ("...for the new water heater?", "¿...para la cerca?")
	return !asked.HasAny(forWords) && (asked.HasAny(ShoppingWords) || numberInMind)
}

// sellersAsking reports an amount the sellers ask or list at, in its
// clause, with no neighbour, relative or street of comps named: "they're
// asking 685 for it", "listed at $1.4 million" (not "the neighbors are
// asking 650", "the one next door listed at 525").
func sellersAsking(toks []string, a Amount) bool {
	asking := false
	for k := a.Start - 1; k >= 0 && k >= a.Start-8 && toks[k] != Break; k-- {
		if compHolders.Has(toks[k]) || othersHolder.Has(toks[k]) {
			return false
		}
		asking = asking || askingWords.Has(toks[k])
	}
	return asking
}

var (
	homePriceWords = NewSet("price", "priced", "pricing", "range", "purchase", "worth", "value", "precio", "rango", "vale", "valor", "borrow")
	homeAskWords   = NewSet("house", "home", "homes", "place", "property", "condo", "townhouse", "casa", "propiedad", "listing", "listings",
		"purchase", "loan", "prestamo", "mortgage", "hipoteca", "eyeing", "buying", "comprar")
	forWords = NewSet("for", "para", "on", "of")
	// Negators' Spanish that it lacks: "nada que pase de 500"
	spanishNegators = NewSet("nunca", "nada")
	notHomePrice    = NewSet("month", "monthly", "mes", "mensual", "mensuales", "budget", "presupuesto", "deductible", "deducible", "premium", "prima",
		"coverage", "cobertura", "seat", "seats", "user", "users", "license", "licenses", "per", "payment", "payments", "pago", "rent", "renta",
		"credit", "score", "fico", "credito", "puntaje", "paying", "pagan", "pagamos", "pagas",
		"feet", "sqft", "square", "pies", "metros", "text", "call", "reach", "phone", "cell", "telefono", "celular")
	monthWords       = NewSet("month", "monthly", "mo", "mes", "mensual", "mensuales", "rent", "renta", "saved", "savings", "ahorrado", "ahorros", "ahorro")
	overWords        = NewSet("over", "above", "past", "exceed", "more", "mas", "pasar", "pasarnos", "pase", "pasemos", "pasamos")
	priceNumberWords = NewSet("number", "numero", "figure", "cifra")
	mindWords        = NewSet("mind", "mente", "hoping", "thinking", "pensando")
	buyingWords      = NewSet("purchase", "purchasing", "buying", "buy", "comprar", "compra", "comprando", "finance", "financing", "financiar",
		"loan", "jumbo", "hipoteca", "prestamo", "down", "enganche", "contract", "eyeing", "shopping")
	askingWords = NewSet("asking", "listed", "list", "listing", "piden", "pidiendo", "pide")
	compHolders = NewSet("neighbor", "neighbors", "neighbour", "neighbours", "door", "lado", "comps", "street", "block", "houses", "homes", "vecinos", "cuadra")
)
