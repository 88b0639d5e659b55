package qualify

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// ErrNoPrice is returned by [ParsePrice] when the text states no price.
var ErrNoPrice = errors.New("qualify: no price")

// ParsedPrice is a parsed price statement.
type ParsedPrice struct {
	// Value is the amount in dollars (the lower end of a range or band);
	// 0 with Open set for "open to offers".
	Value int
	// High is the upper end of a range ("100-150k") or band ("low 300s"),
	// 0 otherwise.
	High int
	// Qualifier is "", "at least", "more than", "around", "under" or
	// "up to".
	Qualifier string
	// Band is "low", "mid" or "high" for "low 300s".
	Band string
	// Per is "year", "month", "user" or "" ("$3k/yr").
	Per string
	// Open is true for "open to offers", "send me your best offer".
	Open bool

	strength float64
}

// String renders the price as the extractor's normalised value: "$250,000",
// "at least $180,000", "low $300s", "$100,000-$150,000", "$500/month",
// "open to offers".
func (p ParsedPrice) String() string {
	if p.Open {
		return "open to offers"
	}
	// built in a buffer on the stack and copied out once, instead of a
	// string for the amount and another for each part joined to it
	var buf [96]byte
	b := buf[:0]
	if p.Qualifier != "" {
		b = append(append(b, p.Qualifier...), ' ')
	}
	switch {
	case p.Band != "":
		b = append(append(b, p.Band...), " $"...)
		b = append(strconv.AppendInt(b, int64(p.Value/1000), 10), 's')
	case p.High > p.Value:
		b = append(appendMoney(b, p.Value), '-')
		b = appendMoney(b, p.High)
	default:
		b = appendMoney(b, p.Value)
	}
	if p.Per != "" {
		b = append(append(b, '/'), p.Per...)
	}
	return string(b)
}

// appendMoney appends v as money to b: "$250,000".
func appendMoney(b []byte, v int) []byte {
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], int64(v), 10)
	b = append(b, '$')
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 && d[i-1] != '-' {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// ParsePrice reads the first price a seller states in text: "250k",
// "$250,000", "two fifty", "low 300s", "at least 180", "nothing below
// 310", "3 and a quarter", "open to offers". Bare numbers from 50 to 999
// are read as thousands when the message talks about a price ("want",
// "take", "at least", "appraised at") or is little more than the number;
// quantities with units ("3 bed", "45 days"), head counts ("200
// people", "60 sales reps") and years are not prices. What the seller
// owes ("still owe 120k", "140k left on the mortgage", "debo 120 mil")
// is no price, unless they make it their floor and name no other amount
// ("we owe 190 so anything less doesn't work"); what the place is worth
// or appraised at is the price only when no other amount follows: "I
// still owe 120k on it, I'd want at least 250k" and "it appraised at
// 280, I want 260" are at least $250,000 and $260,000. It returns
// [ErrNoPrice] when there is none.
func ParsePrice(text string) (ParsedPrice, error) {
	p, ok := parsePriceToks(textmatch.Cached(text), true)
	if !ok {
		return ParsedPrice{}, ErrNoPrice
	}
	return p, nil
}

// priceCue words in a message make its bare numbers prices (see
// parsePriceToks). The set is gated: every price parse asks whether the
// whole message holds one.
var priceCue = textmatch.NewSet("want", "wanted", "lower", "below", "take", "taking", "asking", "ask", "need", "get", "least", "around",
	"about", "appraised", "appraisal", "worth", "zestimate", "says", "owe", "paid", "looking", "min", "minimum",
	"firm", "number", "offer", "offers", "price", "sell", "under", "over", "less", "more", "hoping", "thinking", "break",
	"yours", "easy", "for", "id", "at", "somewhere", "ballpark", "roughly", "like", "target", "max", "valued",
	"value", "assessed", "county", "comps", "listed", "list", "payoff", "even", "expect", "expecting", "accept", "would",
	"mind", "range", "figure", "figuring", "shooting", "aiming", "happy", "fair", "rango", "pido", "quiero", "queremos", "vale",
	// a range or a floor in words: "between 300 and 325", "north of 400",
	// "entre 150 y 170", "no menos de 220"
	"between", "entre", "north", "upwards", "lowest", "menos", "precio",
	// "no bajo de ciento sesenta", "lo que sea arriba de 175"
	"bajo", "arriba", "encima", "debajo", "abajo",
	// an offer the lead would take, in Spanish: "si nos dan unos ciento
	// noventa", "por unos 200 la vendo", "aceptaría 180"
	"dan", "den", "darian", "ofrecen", "vendo", "vendemos", "aceptaria", "aceptamos", "acepto", "unos", "pedimos", "pidiendo",
	// "se la dejo en 190"
	"dejo", "dejamos").Gated()

// repairVerbs after "to" make an amount a job's cost: "14 grand to
// redo", "5k to fix".
var repairVerbs = textmatch.NewSet("redo", "fix", "replace", "repair", "patch", "remodel", "update", "arreglar", "reparar", "cambiar")

var notPricePrefix = textmatch.NewSet("im", "am", "hes", "shes", "tiene", "tengo", "cumple", "cumplio", "aged", "turning", "turned", "call", "dial", "text", "ext", "extension", "apt", "unit", "suite", "room",
	"route", "highway", "hwy", "exit", "code", "zip", "lot", "model", "flight", "order", "invoice", "purchase", "#", "gate", "pin",
	// a year: "in the family since '62", "desde 85 que la tenemos"
	"since", "desde", "rte", "interstate")

// ageWords before "at N" make N an age: "done being a landlord at 72",
// "retiring at 65".
var ageWords = textmatch.NewSet("being", "retire", "retiring", "retired", "age", "still", "working", "climbing")

// notPriceSuffix names what a bare number before it is: "the 99
// freeway", "a 559 area code".
var notPriceSuffix = textmatch.NewSet("area", "freeway", "fwy", "bus", "exit", "code", "extension", "ext", "degrees", "grados",
	// a car's model year: "his '64 Impala"
	"impala", "mustang", "chevy", "camaro", "corvette", "bronco", "ford", "truck", "pickup", "troca")

// indoorTemp reports a number read as the temperature indoors or out:
// "84 inside rn", "la casa está a 84 adentro y afuera ni se diga": the
// place word after it ends its clause or a short remark ("275 inside of
// 30 days" is a price and a time).
func indoorTemp(toks []string, end int) bool {
	if end >= len(toks) || !indoorWords.Has(toks[end]) {
		return false
	}
	return end+1 == len(toks) || toks[end+1] == textmatch.Break || tempAfter.Has(toks[end+1])
}

var (
	indoorWords = textmatch.NewSet("adentro", "afuera", "inside", "outside")
	tempAfter   = textmatch.NewSet("rn", "right", "now", "today", "hoy", "ahorita", "ya", "y", "and", "lol", "smh")
)

// heatClause reports a number in a clause about the heat: "this heat is
// killing me, it's 108 today" (the heat named just before counts).
func heatClause(toks []string, i int) bool {
	for k := max(0, textmatch.ClauseStart(toks, i)-8); k < textmatch.ClauseEnd(toks, i); k++ {
		if heatWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

var heatWords = textmatch.NewSet("heat", "heatwave", "degrees", "temperature", "temp", "calor", "grados", "weather", "thermometer")

// areaCode reports "number" at next in a clause about a phone: "my phone
// rings with a 559 number" ("that 250 number works for me" is a price).
func areaCode(toks []string, next int) bool {
	if w := toks[next]; w != "number" && w != "numbers" && w != "numero" {
		return false
	}
	for k := textmatch.ClauseStart(toks, next); k < len(toks) && toks[k] != textmatch.Break; k++ {
		if phoneWords.Has(toks[k]) {
			return true
		}
	}
	return false
}

var phoneWords = textmatch.NewSet("phone", "rings", "ringing", "ring", "calls", "call", "calling", "caller", "texts", "texting", "texted", "called", "telefono", "cel", "celular", "llama", "llamada", "llamadas")

// addressBefore reports an address word just before i: "house number is
// 48", "address is 1418", "unit 304".
func addressBefore(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != textmatch.Break; k-- {
		if addressWords.Has(toks[k]) {
			return true
		}
		if toks[k] == "number" && k > 0 && addressWords.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

var addressWords = textmatch.NewSet("address", "house", "street", "unit", "apt", "apartment", "suite", "lot", "zip", "zipcode", "building", "box")

// amountAt returns the amount that starts at token i.
func amountAt(t textmatch.Text, i int) (textmatch.Amount, bool) {
	for _, a := range textmatch.Amounts(t) {
		if a.Start == i {
			return a, true
		}
	}
	return textmatch.Amount{}, false
}

// bareRange reads a bare number followed by a bigger one of the same
// size as a range ("180-200", "250 275"), and returns the upper end
// scaled as the first was. Phone numbers do not read so: their groups
// differ in size or do not rise by at most half.
func bareRange(toks []string, a textmatch.Amount) (int, bool) {
	if a.Explicit || a.High != 0 || a.End != a.Start+1 || a.End >= len(toks) {
		return 0, false
	}
	lo, hi := toks[a.Start], toks[a.End]
	if !textmatch.AllDigits(lo) || !textmatch.AllDigits(hi) || len(lo) != len(hi) || len(lo) > 4 || a.End+1 < len(toks) && textmatch.AllDigits(toks[a.End+1]) {
		return 0, false
	}
	l, _ := strconv.Atoi(lo)
	h, _ := strconv.Atoi(hi)
	if l == 0 || h <= l || h*2 > l*3 || a.Value%l != 0 {
		return 0, false
	}
	return h * (a.Value / l), true
}

var streetWords = textmatch.NewSet("st", "street", "ln", "lane", "rd", "road", "ave", "avenue", "dr", "drive", "ct",
	"court", "blvd", "way", "pl", "place", "ter", "terrace", "run", "cir", "circle", "pkwy", "hwy", "trl", "trail", "apt", "unit", "suite", "calle", "avenida", "camino", "carretera")

var (
	streetDirections = textmatch.NewSet("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west")
	zipBefore        = textmatch.NewSet("in", "zip", "zipcode", "code", "area", "en")
)

// ordinalStreet reports a numbered street: "39th", "1st", "22nd".
func ordinalStreet(w string) bool {
	if len(w) < 3 {
		return false
	}
	suf := w[len(w)-2:]
	return (suf == "th" || suf == "st" || suf == "nd" || suf == "rd") && textmatch.AllDigits(w[:len(w)-2])
}

var openRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "open", Pattern: "open to ~3 offer|offers|anything|suggestions"},
	{Name: "open", Pattern: "make me|us an|a ~1 offer"},
	{Name: "open", Pattern: "best|any|reasonable offer"},
	// "any fair price", "cualquier precio razonable", "lo que sea justo"
	{Name: "open", Pattern: "any ~1 reasonable|fair|decent price|number / cualquier ~1 precio|oferta|cantidad ~1 razonable|justo|justa|decente / cualquier ~1 razonable|justo|decente precio|oferta"},
	{Name: "open", Pattern: "whatever ~2 you ~1 offer|think|pay"},
	{Name: "open", Pattern: "name your price"},
	// "honestly would take an offer", "we'd entertain offers"
	{Name: "open", Pattern: "would|will|id|wed take|consider|entertain ~2 offer|offers"},
	{Name: "open", Pattern: "acepto|aceptamos|aceptaria ~1 ofertas|propuestas / abierto|abierta|abiertos a ~1 ofertas|propuestas / escucho ofertas"},
})

// parsePriceToks finds the first price the seller asks (see
// [ParsePrice]); loose accepts bare numbers without a cue (for
// ParsePrice on short inputs).
func parsePriceToks(t textmatch.Text, loose bool) (ParsedPrice, bool) {
	ids := t.IDs
	if len(ids) != len(t.Toks) {
		ids = textmatch.IDsOf(t.Toks)
	}
	toks := t.Toks
	// t has the IDs of its tokens, so the words are those whose ID is
	// not a break's, and no break is a cue
	words := t.WordCount()
	// ("260 and u can have it": the price it goes for)
	hasCue := t.HasAny(priceCue) || textmatch.ContainsSeq(toks, "can", "have", "it")
	// (the amounts are read through here, from a buffer on the stack)
	var amounts [4]textmatch.Amount
	// lesser is the first amount that is only what the lead owes (made
	// their floor) or what the place was valued at: the price when no
	// amount the lead asks follows (see owedAt and valuedAt)
	var lesser ParsedPrice
	prevEnd := 0
	for _, a := range textmatch.AppendAmounts(amounts[:0], t) {
		// (the words since the amount before belong to this one)
		from := prevEnd
		prevEnd = a.End
		if a.Per != "" && a.Per != "year" {
			continue // "$350/mo" is a fee, not a price
		}
		if !a.Explicit && !(hasCue || words <= 3 || loose) {
			continue
		}
		if next := a.End; next < len(toks) && (streetWords.HasID(ids[next]) || next+1 < len(toks) && streetWords.HasID(ids[next+1])) {
			continue
		}
		// "812 W 39th St": a house number before a direction or a
		// numbered street; "houses in 46219": a ZIP code
		// (a lone "W" reads as "with")
		if next := a.End; !a.Explicit && next < len(toks) && (streetDirections.HasID(ids[next]) || ordinalStreet(toks[next]) ||
			toks[next] == "with" && next+1 < len(toks) && ordinalStreet(toks[next+1])) {
			continue
		}
		if w := toks[a.Start]; !a.Explicit && len(w) == 5 && textmatch.AllDigits(w) && a.Start > 0 && zipBefore.HasID(ids[a.Start-1]) {
			continue
		}
		// an address: "house number is 48", "unit 304"
		// "se la dejo en el 190 de la calle Oak": a house number
		if n := a.End; !a.Explicit && n+1 < len(toks) && toks[n] == "de" && (streetWords.HasID(ids[n+1]) || n+2 < len(toks) && toks[n+1] == "la" && streetWords.HasID(ids[n+2])) {
			continue
		}
		if !a.Explicit && addressBefore(toks, a.Start) {
			continue
		}
		if textmatch.OthersAmount(toks, t.IDs, a) || textmatch.ValuedByOthers(t, a) {
			continue
		}
		// "180-200" (the hyphen splits the tokens): a range, not a phone number
		if hi, ok := bareRange(toks, a); ok {
			a.High, a.End = hi, a.End+1
		}
		// phone numbers, codes and emergency numbers: "call 911", "555 010 1234"
		if !a.Explicit && (a.End < len(toks) && (textmatch.AllDigits(toks[a.End]) || notPriceSuffix.HasID(ids[a.End]) || areaCode(toks, a.End)) || heatClause(toks, a.Start) || indoorTemp(toks, a.End) || a.Start > 0 && notPricePrefix.HasID(ids[a.Start-1]) || a.Start > 0 && textmatch.AllDigits(toks[a.Start-1])) {
			continue
		}
		// "a brick ranch off 90", "just off of 12": a road, not a price
		// ("knock 20 off 250" has an amount before "off")
		if !a.Explicit && a.Start > 0 && (toks[a.Start-1] == "off" || a.Start > 1 && toks[a.Start-1] == "of" && toks[a.Start-2] == "off") &&
			!slices.ContainsFunc(toks[max(0, a.Start-4):a.Start], isNumberTok) {
			continue
		}
		// "la instalación es de los setenta": a decade, not 70 thousand
		if v, ok := textmatch.NumberWord(toks[a.Start]); ok && !a.Explicit && a.Start > 0 && (toks[a.Start-1] == "los" || toks[a.Start-1] == "the") && v >= 20 && v < 100 && v%10 == 0 {
			continue // ("en los doscientos" is a band of prices)
		}
		// "redone back in the 90s", "built in the 80s": a decade, not a
		// band of prices ("offers in the 90s" is one)
		if w := toks[a.Start]; !a.Explicit && a.Value < 100000 && strings.HasSuffix(w, "s") && a.Start > 0 && (toks[a.Start-1] == "the" || toks[a.Start-1] == "los") &&
			(yearVerbs.HasAnyID(ids[max(0, a.Start-6):a.Start]) || a.Start > 2 && toks[a.Start-3] == "back") {
			continue
		}
		// "I'm done being a landlord at 72": an age
		if !a.Explicit && a.Start > 0 && toks[a.Start-1] == "at" && a.Value < 110000 && textmatch.Before(toks, a.Start-1, 6, ageWords) {
			continue
		}
		// "built in 78", "remodeled in '05": a year, not 78 thousand
		if !a.Explicit && a.Start >= 2 && (toks[a.Start-1] == "in" || toks[a.Start-1] == "en") && yearVerbs.HasID(ids[a.Start-2]) {
			continue
		}
		// "the roof's original from '98", "the furnace dates from 85": a
		// year (blind59, stop 66)
		// ("water heater from '98", "class of '98")
		if !a.Explicit && a.Value < 100000 && a.Start >= 2 && (toks[a.Start-1] == "from" && (fromYearLeads.Has(toks[a.Start-2]) || conditionParts.Has(toks[a.Start-2])) ||
			toks[a.Start-1] == "of" && toks[a.Start-2] == "class") {
			continue
		}
		// repair quotes, taxes and fees are not the asking price
		cs := textmatch.ClauseStart(toks, a.Start)
		skip := false
		for k := cs; k < a.Start; k++ {
			switch toks[k] {
			case "quote", "repair", "repairs", "taxes", "tax", "fee", "fees", "hoa", "rent", "pays", "cost", "costs", "deposit", "bill", "bills", "behind", "spent",
				// money sunk into repairs: "than sink another 12 grand into it"
				"sink", "sinking",
				// what they paid for it once: "we paid 62,000 for it back
				// in 1994", "la compramos en 90 mil"
				"paid", "bought", "pagamos", "pague", "pagaron", "compramos", "compre", "compraron":
				skip = true
			}
			// money spent before: "we dropped like 9k on the POS upgrade"
			skip = skip || pastSpend.HasID(t.IDs[k])
			// an offer someone made: "the last offer we got was 195"
			skip = skip || toks[k] == "offer" && k+1 < a.Start && (toks[k+1] == "we" || toks[k+1] == "i") && k+2 < a.Start && receivedWords.HasID(ids[k+2])
			// a listing years ago: "we listed it in 2019 at 289", "listed
			// it at 325 back in 2022"
			skip = skip || toks[k] == "listed" && (slices.ContainsFunc(toks[k:a.Start], pastYear) ||
				slices.ContainsFunc(toks[a.End:textmatch.ClauseEnd(toks, a.Start)], pastYear))
		}
		// a sale the lead does not mean to make: "if we ever sold, I'd
		// want like 400. But we're not selling"
		skip = skip || hypotheticalSale(t)
		// what an earlier home sold for: "we sold our last house in 2017,
		// took 215 for it"
		skip = skip || earlierHomeSold(toks, t.IDs, a.Start)
		// "probably 60-90 days": a span of time, not thousands; "60 sales
		// reps": a head count
		if countedAt(toks, a.End-1) || a.End+1 < len(toks) && textmatch.AllDigits(toks[a.End]) && notBudgetUnit.HasID(ids[a.End+1]) {
			skip = true
		}
		// a repair's cost: "the roof alone would be like 14 grand to redo"
		if a.End+1 < len(toks) && (toks[a.End] == "to" || toks[a.End] == "para") && repairVerbs.HasID(ids[a.End+1]) {
			skip = true
		}
		// money owed: "we still owe about 140 on the mortgage", "140k
		// left on the mortgage", "60 mil de hipoteca" is no price, unless
		// the lead makes it their floor ("we owe 190 so anything less
		// than that doesn't work"), and then only when no amount they ask
		// follows ("I still owe 120k on it, I'd want at least 250k")
		owed := owedAt(toks, ids, a, max(cs, from))
		if skip || owed && !oweAsFloor(toks, ids) {
			continue
		}
		if a.Value < 10000 && a.High < 10000 && !(loose && a.Explicit) {
			continue
		}
		p := ParsedPrice{Value: a.Value, High: a.High, Band: a.Band, Per: a.Per, strength: 1}
		// "between 200 and 240", "from 180 to 200": a range
		// ("300 to 340" alone is one too)
		if p.High == 0 && a.End < len(toks) && (toks[a.End] == "to" || a.Start > 0 && (toks[a.Start-1] == "between" || toks[a.Start-1] == "from" || toks[a.Start-1] == "entre") && (toks[a.End] == "and" || toks[a.End] == "y")) {
			if b, ok := amountAt(t, a.End+1); ok && b.Value > a.Value && b.Value < 3*a.Value {
				p.High = b.Value
			}
		}
		if !a.Explicit {
			p.strength = 0.95
		}
		if a.Band != "" {
			p.High = 0
		}
		// (the words before it back to the amount before: "mortgage is
		// about 100k, want 220" wants 220, not about 220)
		p.Qualifier = qualifierAt(toks[from:], ids[from:], a.Start-from)
		if p.Qualifier == "" {
			p.Qualifier = qualifierAfter(toks, a.End)
		}
		if p.Qualifier == "" && a.Approx {
			p.Qualifier = "around"
		}
		// what it appraised at or is worth ("it appraised at 280 last
		// year, I want 260") is the price only when the lead names no
		// other
		if owed || valuedAt(toks, ids, a, max(cs, from)) {
			if lesser.strength == 0 {
				lesser = p
			}
			continue
		}
		return p, true
	}
	if lesser.strength > 0 {
		return lesser, true
	}
	if m, ok := openRules.First(t, func(m textmatch.Match) bool {
		// "the best offer we got was 180": an offer received, not one invited
		return !(m.End+1 < len(toks) && (toks[m.End] == "we" || toks[m.End] == "i") && receivedWords.HasID(ids[m.End+1]))
	}); ok && !negatedAt(t, m.Start) {
		return ParsedPrice{Open: true, strength: 1}, true
	}
	return ParsedPrice{}, false
}

// hypotheticalSale reports a sale told as "if ... ever": "if we ever
// sold", "si algún día vendemos".
func hypotheticalSale(t textmatch.Text) bool {
	if !t.HasAnyWord(everWords) {
		return false // most messages
	}
	toks := t.Toks
	for i, w := range toks {
		if (w == "ever" || w == "algun") && textmatch.Before(toks, i, 3, ifWords) {
			return true
		}
	}
	return false
}

// everWords are the words hypotheticalSale looks for.
var everWords = textmatch.NewSet("ever", "algun").Gated()

// earlierHomeSold reports the sale of a home before this one told in
// the fifteen words before i: "we sold our last house in 2017",
// "cuando vendimos la casa anterior". What it brought is no asking
// price, and how long it took is no timeline.
func earlierHomeSold(toks []string, ids []int32, i int) bool {
	if len(ids) != len(toks) {
		ids = textmatch.IDsOf(toks)
	}
	if !soldWords.HasAnyID(ids[max(0, i-15):i]) {
		return false // most messages: no sale told at all
	}
	for k := max(0, i-15); k < i; k++ {
		if !soldWords.HasID(ids[k]) {
			continue
		}
		// "we sold the other house, this one we want 300 for": the talk
		// moved on to this home
		if currentHome.HasAnyID(ids[k:i]) {
			continue
		}
		if earlierWords.HasAnyID(ids[k+1 : min(len(toks), k+5)]) {
			return true
		}
	}
	return false
}

var (
	soldWords    = textmatch.NewSet("sold", "vendimos", "vendi", "vendio", "vendieron")
	currentHome  = textmatch.NewSet("this", "este", "esta", "now", "ahora", "want", "asking", "quiero", "queremos", "pido", "pedimos")
	earlierWords = textmatch.NewSet("last", "old", "previous", "first", "former", "other", "anterior", "pasada", "otra", "primera", "vieja")
)

// oweAsFloor reports money owed that the lead makes the least they would
// take: "we owe 190 so anything less than that doesn't work", "owe
// about 90 so need more than that", "payoff is 118, plus enough for a
// down payment". ids are the IDs of toks, or nil.
func oweAsFloor(toks []string, ids []int32) bool {
	if len(ids) == len(toks) {
		return floorWords.HasAnyID(ids)
	}
	return slices.ContainsFunc(toks, floorWords.Has)
}

// owedAt reports an amount a the lead owes: a word of owing in the three
// words before it ("still owe 120k", "debo como 80 mil", "payoff is
// 118"), a loan named just before it ("the mortgage is about 100k") or
// after it ("140k left on the mortgage", "60 mil de hipoteca", "a 30k
// lien"). from is where a's words start: the clause's start, or the end
// of the amount before it in its clause ("I owe 120 and want 250": the
// owing is the 120's). ids are the IDs of toks.
func owedAt(toks []string, ids []int32, a textmatch.Amount, from int) bool {
	for k := max(from, a.Start-3); k < a.Start; k++ {
		if oweWords.HasID(ids[k]) {
			return true
		}
	}
	// "the mortgage is about 100k", "la hipoteca es de unos 60 mil"
	for k := a.Start - 1; k >= from && k >= a.Start-5; k-- {
		if loanNouns.HasID(ids[k]) {
			return true
		}
		if !owedLinks.HasID(ids[k]) {
			break
		}
	}
	// "140k left on the mortgage", "60 mil de hipoteca", "a 30k lien on
	// it", "120 owed"
	for k := a.End; k < len(toks) && k < a.End+4 && toks[k] != textmatch.Break; k++ {
		if loanNouns.HasID(ids[k]) || owedAfter.HasID(ids[k]) {
			return true
		}
		if !owedLinks.HasID(ids[k]) {
			return false
		}
	}
	return false
}

var (
	// loanNouns name a debt on the house
	loanNouns = textmatch.NewSet("mortgage", "mortgages", "loan", "lien", "liens", "heloc", "hipoteca", "prestamo", "gravamen")
	// owedAfter after an amount say it is owed: "140k left", "120 still
	// owed", "nos quedan 60 mil pendientes"
	owedAfter = textmatch.NewSet("left", "remaining", "owed", "owing", "outstanding", "pendiente", "pendientes")
	// owedLinks may stand between a loan word and its amount: "the
	// mortgage is still about", "de la hipoteca"
	owedLinks = textmatch.NewSet("is", "its", "at", "of", "about", "around", "like", "roughly", "still", "only", "just", "on", "in", "the", "my", "our", "first", "second",
		"es", "de", "del", "la", "el", "mi", "como", "unos", "unas", "aun", "todavia", "en", "sobre")
)

// valuedAt reports an amount a said to be what the place is worth or
// appraised at, in the four words before it from from: "it appraised at
// 280", "worth maybe 300", "zestimate says 410". ids are the IDs of
// toks.
func valuedAt(toks []string, ids []int32, a textmatch.Amount, from int) bool {
	for k := max(from, a.Start-4); k < a.Start; k++ {
		if valueWords.HasID(ids[k]) {
			return true
		}
	}
	return false
}

var valueWords = textmatch.NewSet("appraised", "appraisal", "worth", "zestimate", "valued", "assessed", "comps", "vale", "valorada", "valorado", "tasada", "tasado", "avaluo")

var floorWords = textmatch.NewSet("need", "least", "plus", "under", "less", "cover", "covers", "cubrir", "menos", "more", "over", "above", "mas")

// receivedWords: an offer the lead got, not one they make
var receivedWords = textmatch.NewSet("got", "received", "had", "recieved", "were")

// pastYear reports a year or "ago" after "listed": the listing was
// before ("we listed it in 2019 at 289", "listed it two years ago").
func pastYear(w string) bool {
	if w == "ago" || w == "last" {
		return true
	}
	if len(w) != 4 || !textmatch.AllDigits(w) {
		return false
	}
	y, _ := strconv.Atoi(w)
	return y >= 1900 && y <= 2100
}

// qualifierBefore reads "at least", "more than", "around", "under", "up
// to" in the few tokens before i.
func qualifierBefore(toks []string, i int) string { return qualifierAt(toks, nil, i) }

// qualifierAt is [qualifierBefore] for tokens with their IDs, or nil:
// with them the negations are found by ID (see [textmatch.Set.HasToken]),
// not by a lookup of each of the seven words before i.
func qualifierAt(toks []string, ids []int32, i int) string {
	// one pass over the five tokens before i, noting the cue words seen
	const (
		qNeg = 1 << iota
		qDown
		qUp
		qAtLeast
		qMoreThan
		qUpTo
		qMin
		qCap
		qAround
	)
	var f uint
	seg := toks[max(0, i-5):i]
	// and a negation two tokens further back in the same clause: "i
	// don't want to pay more than 50"
	for k := i - 6; k >= max(0, i-7); k-- {
		if negWords.HasToken(toks, ids, k) && boundNegation(toks, k, i) {
			f |= qNeg
		}
	}
	for k, w := range seg {
		next := ""
		if k+1 < len(seg) {
			next = seg[k+1]
		}
		if negWords.HasToken(toks, ids, max(0, i-5)+k) {
			// in the bound's own clause: not "no. more than 300k is fine"
			if boundNegation(seg, k, len(seg)) {
				f |= qNeg
			}
			continue
		}
		switch w {
		case "under", "below":
			f |= qDown | qCap
		case "lower":
			f |= qDown
		case "less":
			f |= qDown | qCap
		case "over", "above":
			f |= qUp | qMoreThan
		case "higher":
			f |= qUp
		case "minimum", "min":
			f |= qMin
		case "max", "capped", "ceiling":
			f |= qCap
		case "around", "about", "roughly", "like", "approximately", "ballpark", "somewhere":
			f |= qAround
		case "at":
			if next == "least" {
				f |= qAtLeast
			}
		case "more":
			if next == "than" {
				f |= qMoreThan
			}
		case "up":
			if next == "to" {
				f |= qUpTo
			}
		// Spanish: "nada por debajo de 275", "no la vendo en menos de 220",
		// "arriba de 175", "por lo menos 200", "al menos 180"
		case "debajo", "abajo":
			f |= qDown | qCap
		case "arriba", "encima":
			f |= qUp | qMoreThan
		case "menos":
			if k > 0 && (seg[k-1] == "lo" || seg[k-1] == "al") {
				f |= qAtLeast
			} else if next == "de" {
				f |= qDown | qCap
			}
		case "mas":
			if next == "de" {
				f |= qUp | qMoreThan
			}
		}
	}
	// A bound word points down (under, below, lower, less) or up (over,
	// above, higher, more than); a negation before it turns a downward
	// bound into the seller's floor ("won't go below 310", "can't go any
	// lower than 225", "i don't want less than 300") and an upward one
	// into a cap.
	negated := f&qNeg != 0
	switch {
	case f&(qAtLeast|qMin) != 0, negated && f&qDown != 0:
		return "at least"
	case negated && f&(qUp|qMoreThan) != 0:
		return "up to"
	case f&qMoreThan != 0:
		return "more than"
	case f&qUpTo != 0:
		return "up to"
	case f&qCap != 0:
		return "under"
	case f&qAround != 0:
		return "around"
	}
	return ""
}

// boundNegation reports that the negation at toks[k] governs the bound
// at i: in its clause, with no "but" between, and not a negation of
// something else ("not sure but definitely more than 2k", "it's not a
// problem to spend more than 400", "didn't budget yet but under 1000").
func boundNegation(toks []string, k, i int) bool {
	if k+1 < i && notGoverning.Has(toks[k+1]) || k+2 < i && (toks[k+1] == "a" || toks[k+1] == "an" || toks[k+1] == "that") && notGoverning.Has(toks[k+2]) {
		return false
	}
	for _, w := range toks[k+1 : i] {
		if w == textmatch.Break || negBreakers.Has(w) {
			return false
		}
	}
	return true
}

var (
	notGoverning = textmatch.NewSet("sure", "problem", "issue", "worried", "big", "bad", "certain", "positive", "yet", "decided", "seguro", "segura", "problema")
	negBreakers  = textmatch.NewSet("but", "pero", "though", "tho", "yet", "still")
)

// negWords negate a bound a few words later: "i don't want to pay more
// than 50".
var negWords = textmatch.NewSet("not", "no", "nothing", "never", "wont", "cant", "cannot", "dont", "wouldnt", "couldnt", "isnt", "doesnt", "didnt", "nada", "nunca")

// qualifierAfter reads "280 min", "300 or more", "120k max".
func qualifierAfter(toks []string, i int) string {
	if i >= len(toks) {
		return ""
	}
	switch toks[i] {
	case "min", "minimum":
		return "at least"
	case "max", "maximum", "tops":
		return "up to"
	case "or":
		if i+1 < len(toks) && (toks[i+1] == "more" || toks[i+1] == "better" || toks[i+1] == "higher") {
			return "at least"
		}
		if i+1 < len(toks) && (toks[i+1] == "less" || toks[i+1] == "lower") {
			return "up to"
		}
	case "to":
		if i+2 < len(toks) && toks[i+1] == "break" && toks[i+2] == "even" {
			return "at least"
		}
	}
	return ""
}

// parseNumber exposes the numeric token parser for size statements.
func parseNumber(w string) (float64, bool, byte, bool) {
	a := textmatch.Amounts(textmatch.Text{Toks: []string{"$" + strings.TrimPrefix(w, "$")}})
	if len(a) == 0 {
		return 0, false, 0, false
	}
	return float64(a[0].Value), true, 0, true
}

// GoString helps debugging.
func (p ParsedPrice) GoString() string { return fmt.Sprintf("qualify.ParsedPrice{%s}", p.String()) }

// fromYearLeads before "from N" make N a year: "original from '98",
// "dates from 85".
var fromYearLeads = textmatch.NewSet("original", "dates", "dating", "dated", "originals")

// yearVerbs are done in a year: "built in 78", "construida en 85".
var yearVerbs = textmatch.NewSet("built", "remodeled", "renovated", "redone", "bought", "purchased", "construida", "construido",
	"compramos", "compre", "remodelada", "remodelamos")
