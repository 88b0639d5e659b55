package bridge

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Problems [CheckFacts] reports for a text that commits the business to
// what nobody decided.
const (
	// ProblemPrice is a text that names a money amount the lead did not
	// give ("Our cash offer is $250,000", "is $250k roughly what you
	// hoped for?" when the lead named no number, "we pay in the mid
	// 200s", "high six figures"), or offers or promises to pay one, even
	// the lead's own ("We can pay $250k cash", "would you take $250k?"),
	// or offers to bear a cost ("we cover all closing costs", "no
	// fees"): pricing is the rep's to discuss, and a number the lead
	// never said is the business's, whatever the sentence's shape.
	ProblemPrice Problem = "price"
	// ProblemPromise is a text that guarantees, or promises for sure, an
	// outcome: a sale, a close, a price, an approval ("Mike guarantees we
	// close in 7 days", "we'll buy it for sure", "we will definitely buy
	// your house", "le garantizamos la venta"), or commits without a
	// hedge to when a deal closes ("We'll close in 7 days, no problem").
	// Saying what cannot be promised passes ("I can't guarantee a
	// price"), and so does a hedged claim ("we close in 7 to 10 days on
	// average").
	ProblemPromise Problem = "promise"
)

// The rules of money and promises, as data.
var (
	// currencySymbols mark an amount: "$250k", "250.000 €".
	currencySymbols = []string{"$", "€", "£", "us$", "usd", "eur"}
	// currencyWords after a number make it money: "250 thousand
	// dollars", "250,000 cash", "doscientos mil pesos".
	currencyWords = wordSet(`dollars dollar bucks usd grand cash dólares dolares dólar dolar pesos euros eur efectivo contado`)
	// multipliers scale a number: "250k", "1.2M", "250 thousand", "250
	// mil", "1.5 million", "medio millón".
	multipliers = map[string]float64{"k": 1e3, "m": 1e6, "mm": 1e6, "thousand": 1e3, "grand": 1e3, "million": 1e6,
		"millions": 1e6, "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6}
	// measureWords after a number make it no money: "1.5k sq ft".
	measureWords = wordSet(`sq sqft square ft feet foot acre acres mile miles mi km metros m2 pies hectáreas hectareas
		followers views people days weeks months years homes houses properties deals clients families sellers buyers
		reviews casas propiedades clientes familias`)
	// moneyCues before (or just after) a bare number of 1,000 or more
	// make it money: "we can pay 250,000", "asking 300000".
	moneyCues = wordSet(`pay paying paid offer offering offered price priced pricing cash worth value valued asking list
		listed sell sold selling buy bought owe owed mortgage balance payoff pagar pagamos pago oferta ofrecer ofrecemos
		precio vale valor contado efectivo deuda hipoteca debe`)
	// smallMoneyCues before a bare number of 100 to 999 make it money
	// in thousands: "we pay around 250", "our price is 300". Words of
	// selling and owing are left out: "sell 742 Elm St" is an address.
	smallMoneyCues = wordSet(`pay paying paid offer offering offered price priced pricing worth valued value asking cash
		pagar pagamos pago oferta ofrecer ofrecemos precio vale valor`)
	// rangeWords before "200s" or rangeNouns after "200" make a rough
	// amount of thousands: "the mid 200s", "in the 200 range".
	rangeWords = wordSet(`low mid high upper lower the`)
	rangeNouns = wordSet(`range ballpark mark area neighborhood neighbourhood region rango zona`)
	// figureWords after a number of digits count it: "six figures",
	// "seis cifras".
	figureWords = wordSet(`figure figures figs cifras`)
	// offerCues are the business offering or promising to pay an amount,
	// or asking the lead to take one: an amount in their sentence is
	// refused even when the lead named it.
	offerCues = [][]string{
		{"we", "can", "pay"}, {"we", "could", "pay"}, {"we'll", "pay"}, {"we", "will", "pay"}, {"we", "would", "pay"},
		{"we'd", "pay"}, {"we", "pay"}, {"i", "can", "pay"}, {"i", "could", "pay"}, {"i'll", "pay"},
		{"we", "can", "offer"}, {"we", "could", "offer"}, {"we'll", "offer"}, {"we", "will", "offer"},
		{"we", "would", "offer"}, {"we'd", "offer"}, {"we", "offer"}, {"i", "can", "offer"}, {"i", "could", "offer"},
		{"our", "offer"}, {"cash", "offer"}, {"offer", "of"}, {"offer", "you"}, {"we", "can", "do"}, {"we", "could", "do"},
		{"i", "can", "do"}, {"i", "could", "do"}, {"we", "can", "go"}, {"we", "could", "go"}, {"we", "can", "give", "you"},
		{"we'll", "give", "you"}, {"we", "could", "give", "you"}, {"we", "can", "get", "you"}, {"we", "could", "get", "you"},
		{"we'll", "get", "you"}, {"would", "you", "take"}, {"would", "you", "accept"}, {"will", "you", "take"},
		{"will", "you", "accept"}, {"would", "you", "do"}, {"would", "you", "sell"}, {"pay", "you"}, {"buy", "it", "for"},
		{"buy", "it", "at"}, {"buy", "your", "house", "for"}, {"buy", "your", "home", "for"}, {"buy", "the", "house", "for"},
		{"buy", "the", "property", "for"}, {"we'd", "buy"}, {"we", "will", "buy"}, {"we'll", "buy"}, {"we", "can", "buy"},
		{"le", "pagamos"}, {"te", "pagamos"}, {"podemos", "pagar"}, {"podríamos", "pagar"}, {"podriamos", "pagar"},
		{"pagaríamos"}, {"pagariamos"}, {"pagamos"}, {"le", "ofrecemos"}, {"te", "ofrecemos"}, {"podemos", "ofrecer"},
		{"podríamos", "ofrecer"}, {"podriamos", "ofrecer"}, {"ofrecemos"}, {"nuestra", "oferta"}, {"oferta", "de"},
		{"le", "damos"}, {"te", "damos"}, {"le", "podemos", "dar"}, {"aceptaría"}, {"aceptaria"}, {"aceptarías"},
		{"aceptarias"}, {"le", "compramos"}, {"te", "compramos"}, {"compramos"},
	}
	// guaranteeStems guarantee, negated or not: "guarantee",
	// "guaranteed", "garantizamos", "garantía".
	guaranteeStems = []string{"guarant", "garantiz", "garantí", "garanti"}
	// certainCues promise for sure; with an outcome next to them in
	// their clause they promise it: "I promise we'll close", "for sure
	// we'll buy it", "le aseguro la venta" (see outcomeNear).
	certainCues = [][]string{{"definitely"}, {"certainly"}, {"absolutely"}, {"surely"}, {"100", "%"},
		{"100", "percent"}, {"for", "certain"}, {"without", "fail"}, {"no", "matter", "what"}, {"definitivamente"},
		{"sin", "falta"}, {"con", "certeza"}, {"por", "supuesto", "que"}, {"promise"}, {"promises"}, {"promised"}, {"for", "sure"}, {"rest", "assured"},
		{"assure", "you"}, {"i", "assure"}, {"we", "assure"}, {"you", "have", "my", "word"}, {"without", "a", "doubt"},
		{"no", "doubt"}, {"100", "sure"}, {"te", "prometo"}, {"le", "prometo"}, {"les", "prometo"}, {"prometemos"},
		{"prometo"}, {"prometer"}, {"te", "aseguro"}, {"le", "aseguro"}, {"les", "aseguro"}, {"aseguramos"},
		{"sin", "duda"}, {"seguro", "que"}, {"con", "seguridad"}, {"de", "seguro"}, {"tiene", "mi", "palabra"},
		{"tienes", "mi", "palabra"}}
	// outcomeWords are what a business must not promise for sure.
	outcomeWords = wordSet(`close closing closed buy buying bought purchase sell selling sold pay paid payment offer price
		approve approved approval deal contract appraisal appraise value worth fees commission cerrar cerramos cierre
		comprar compramos compra vender vendemos venta vendida vendido pagar pagamos pago oferta precio aprobado
		aprobación aprobacion trato contrato efectivo avalúo avaluo valor`)
	// closeWords, with a span of time and no hedge in their sentence,
	// commit to when a deal closes: "We'll close in 7 days", "Cerramos
	// en 10 días".
	closeWords = wordSet(`close closes closing closed cerrar cerramos cierre cerrarlo cerrarla`)
	// spanUnits count a span; spanDays name one ("this week", "Friday").
	spanUnits = wordSet(`day days week weeks month months hours día días dia dias semana semanas mes meses horas`)
	spanDays  = [][]string{{"this", "week"}, {"next", "week"}, {"tomorrow"}, {"esta", "semana"}, {"la", "próxima", "semana"},
		{"mañana"}, {"monday"}, {"tuesday"}, {"wednesday"}, {"thursday"}, {"friday"}, {"saturday"}, {"sunday"},
		{"lunes"}, {"martes"}, {"miércoles"}, {"jueves"}, {"viernes"}, {"sábado"}, {"domingo"}}
	// dealHedges make a deal term a claim, not a commitment: "on
	// average", "usually", "as little as", "depending on".
	dealHedges = wordSet(`usually typically often generally normally average avg sometimes most may might could possibly
		probably likely depending depends depend aim try trying hope hoping goal little fast quickly estimate typical
		normalmente generalmente usualmente promedio suele suelen puede podría podríamos podriamos depende
		típicamente tipicamente veces aproximadamente`)
	// leadWish is the lead's own term, said back: "You mentioned closing
	// in 30 days".
	leadWish = [][]string{{"you", "mentioned"}, {"you", "said"}, {"you", "want"}, {"you", "wanted"}, {"you", "need"},
		{"you'd", "like"}, {"you", "would", "like"}, {"you're", "hoping"}, {"you", "hope"}, {"you're", "looking"},
		{"your", "timeline"}, {"usted", "quiere"}, {"quieres"}, {"mencionó"}, {"menciono"}, {"mencionaste"}}
	// costNouns are what a business may offer to bear; zeroWords before
	// one ("no fees", "sin comisiones") and coverVerbs before one ("we
	// cover closing costs", "pagamos los gastos") offer it.
	costNouns = wordSet(`fee fees commission commissions cost costs charges comisión comision comisiones gastos costos
		honorarios`)
	zeroWords  = wordSet(`no zero 0 without sin cero ningún ningun ninguna`)
	coverVerbs = wordSet(`cover covers covering pay pays paying handle handles absorb absorbs waive waives waiving eat
		cubrimos pagamos asumimos absorbemos cubre paga`)
	// promiseNegators just before a guarantee or a promise take it back:
	// "I can't guarantee a price", "no promises", "no podemos
	// garantizar".
	promiseNegators = wordSet(`not no never can't cannot cant won't wont don't dont couldn't nunca sin ni`)
)

// moneyTok is a token of a text read for money: a word in lower case, a
// number with its value, a currency symbol, or a sentence's end.
type moneyTok struct {
	w     string
	num   bool
	val   float64 // a number's value, its multiplier applied ("250k")
	mult  bool    // the number carried a multiplier ("250k", "1.2M")
	bare  bool    // a number of digits with no separator ("2019")
	money bool    // set by amounts
}

// moneyTokens splits s into moneyToks.
func moneyTokens(s string) []moneyTok {
	var out []moneyTok
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == ',' || rs[j] == '.') && j+1 < len(rs) && unicode.IsDigit(rs[j+1])) {
				j++
			}
			digits := string(rs[i:j])
			v, ok := parseAmount(digits)
			k := j
			for k < len(rs) && unicode.IsLetter(rs[k]) {
				k++
			}
			t := moneyTok{w: digits, num: ok, val: v, bare: !strings.ContainsAny(digits, ".,")}
			if m, isMult := multipliers[string(rs[j:k])]; isMult && k > j {
				t.w, t.val, t.mult = string(rs[i:k]), v*m, true
				j = k
			}
			out = append(out, t)
			i = j
		case unicode.IsLetter(r) || r == '\'' || r == '’':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '\'' || rs[j] == '’' || rs[j] == '-') {
				j++
			}
			w := strings.Trim(strings.ReplaceAll(string(rs[i:j]), "’", "'"), "'-")
			if w != "" {
				out = append(out, moneyTok{w: w})
			}
			i = j
		case r == '$' || r == '€' || r == '£':
			out = append(out, moneyTok{w: "$"})
			i++
		case r == '%':
			out = append(out, moneyTok{w: "%"})
			i++
		case r == '?':
			out = append(out, moneyTok{w: "?"})
			i++
		case strings.ContainsRune(".!;¡¿\n", r):
			out = append(out, moneyTok{w: "."})
			i++
		case r == ',' || r == ':' || r == '—' || r == '–':
			out = append(out, moneyTok{w: ","})
			i++
		default:
			i++
		}
	}
	return out
}

// parseAmount reads digits with separators: "250,000", "1.250.000" and
// "250.000" are thousands, "1.5" and "1,5" decimals.
func parseAmount(s string) (float64, bool) {
	groups := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '.' })
	thousands := len(groups) > 1
	for _, g := range groups[1:] {
		if len(g) != 3 {
			thousands = false
		}
	}
	if thousands {
		s = strings.Join(groups, "")
	} else if len(groups) == 2 {
		s = groups[0] + "." + groups[1]
	} else {
		s = strings.Join(groups, "")
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// Number words, English and Spanish, for amounts written out ("two
// hundred fifty thousand", "doscientos cincuenta mil").
var (
	numberUnits = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
		"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
		"uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
		"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16,
		"diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veinticinco": 25, "treinta": 30,
		"cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
		"cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
		"cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
		"seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
		"novecientos": 900, "novecientas": 900,
		"half": 0.5, "medio": 0.5, "quarter": 0.25,
	}
	numberJoins = wordSet(`and y a un`)
)

// spelledNumber reads number words at toks[i]: the value, the multiplier
// seen ("thousand", "mil"), whether a number came before it, and where
// the words end; ok is false when toks[i] starts no number.
func spelledNumber(toks []moneyTok, i int) (val float64, mult, counted bool, end int, ok bool) {
	var total, cur float64
	j := i
	for ; j < len(toks); j++ {
		w := toks[j].w
		if v, isUnit := numberUnits[w]; isUnit {
			cur += v
			counted = true
			continue
		}
		if w == "hundred" && counted {
			cur *= 100
			continue
		}
		if m, isMult := multipliers[w]; isMult && m >= 1e3 && w != "m" && w != "k" && w != "mm" {
			total += max(cur, 1) * m
			cur, mult = 0, true
			continue
		}
		if numberJoins[w] && j+1 < len(toks) && j > i {
			if _, next := numberUnits[toks[j+1].w]; next || multipliers[toks[j+1].w] >= 1e3 || toks[j+1].w == "hundred" {
				continue
			}
		}
		break
	}
	if j == i || !counted && !mult {
		return 0, false, false, i, false
	}
	return total + cur, mult, counted, j, true
}

// amount is a money amount a text names.
type amount struct {
	text string
	val  float64
}

// amounts returns the money amounts of toks, sentence by sentence: an
// amount with a currency symbol or word, a multiplier ("250k", "250
// mil"), or a bare number of 1,000 or more beside a word of money ("we
// can pay 250,000"). all also returns every other number, for what the
// lead said ("I'd take 250").
func amounts(toks []moneyTok, all bool) (money []amount, others []float64) {
	near := func(i int, set map[string]bool, before, after int) bool {
		for k := max(i-before, 0); k <= min(i+after, len(toks)-1); k++ {
			if k != i && set[toks[k].w] {
				return true
			}
		}
		return false
	}
	isSym := func(k int) bool { return k >= 0 && k < len(toks) && slices.Contains(currencySymbols, toks[k].w) }
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		val, end, isMoney := 0.0, i+1, false
		switch {
		case t.num:
			val = t.val
			isMoney = t.mult
			if i+1 < len(toks) {
				if m, ok := multipliers[toks[i+1].w]; ok && len(toks[i+1].w) > 2 && !t.mult {
					val, isMoney, end = val*m, true, i+2
				}
			}
			if isSym(i-1) || isSym(end) || end < len(toks) && currencyWords[toks[end].w] {
				isMoney = true
			}
			if !isMoney && val >= 1000 && !(t.bare && val >= 1900 && val <= 2100) && near(i, moneyCues, 3, 1) {
				isMoney = true
			}
			// a rough amount in thousands: "the mid 200s", "in the 200
			// range", "we pay around 250"
			if short := !isMoney && t.bare && val >= 100 && val < 1000 && !streetAt(toks, i); short {
				switch {
				case end < len(toks) && toks[end].w == "s" && (i > 0 && rangeWords[toks[i-1].w] || near(i, moneyCues, 3, 0)):
					isMoney, end = true, end+1
				case end < len(toks) && rangeNouns[toks[end].w], near(i, smallMoneyCues, 3, 0):
					isMoney = true
				}
			}
			// "6 figures"
			if !isMoney && t.bare && val >= 4 && val <= 12 && end < len(toks) && figureWords[toks[end].w] {
				val, isMoney, end = math.Pow(10, val-1), true, end+1
			}
			if isMoney && end < len(toks) && measureWords[toks[end].w] {
				isMoney = false
			}
		default:
			if n, ok := figuresWord(toks, i); ok { // "six figures", "seven-figure"
				money = append(money, amount{text: toks[i].w, val: n})
				continue
			}
			v, mult, counted, e, ok := spelledNumber(toks, i)
			if !ok {
				continue
			}
			val, end = v, e
			isMoney = mult && counted || (mult || val >= 1000) && (isSym(i-1) || e < len(toks) && currencyWords[toks[e].w])
			if !isMoney && !mult && val >= 100 && val < 1000 && near(i, smallMoneyCues, 3, 0) {
				isMoney = true // "we can offer three hundred"
			}
			if isMoney && e < len(toks) && measureWords[toks[e].w] {
				isMoney = false
			}
		}
		words := make([]string, 0, end-i)
		for _, x := range toks[i:end] {
			words = append(words, x.w)
		}
		if isMoney {
			money = append(money, amount{text: strings.Join(words, " "), val: val})
		} else if all {
			others = append(others, val)
		}
		i = end - 1
	}
	return money, others
}

// figuresWord reads a count of figures at toks[i] ("six figures",
// "seven-figure", "seis cifras") as the least amount it counts.
func figuresWord(toks []moneyTok, i int) (float64, bool) {
	w := toks[i].w
	if n, rest, ok := strings.Cut(w, "-"); ok && (rest == "figure" || rest == "figures") {
		w = n
	} else if i+1 >= len(toks) || !figureWords[toks[i+1].w] {
		return 0, false
	}
	if n, ok := numberUnits[w]; ok && n >= 4 && n <= 12 {
		return math.Pow(10, n-1), true
	}
	return 0, false
}

// sameAmount reports whether a, an amount a text names, is g, one the
// lead gave; an amount under 1,000 also stands for its thousands and
// millions ("around 250" for the lead's 250k).
func sameAmount(a, g float64) bool {
	eq := func(x float64) bool { return math.Abs(g-x) <= 1e-9*max(g, 1) }
	return eq(a) || a > 0 && a < 1000 && (eq(a*1e3) || eq(a*1e6))
}

// givenAmounts are the numbers the lead (or a rep) wrote in req's
// transcript and the field values the engine read from them: a text may
// echo them. A number under 1,000 also stands for its thousands and
// millions ("I'd take 250" for $250k, "1.2" for $1.2M).
func givenAmounts(req Request) []float64 {
	var texts []string
	for _, t := range req.Transcript {
		if t.Origin == "lead" || t.Origin == "rep" {
			texts = append(texts, t.Text)
		}
	}
	for _, v := range req.Fields {
		texts = append(texts, v)
	}
	var out []float64
	for _, s := range texts {
		money, others := amounts(moneyTokens(s), true)
		for _, m := range money {
			out = append(out, m.val)
		}
		for _, v := range others {
			out = append(out, v)
			if v > 0 && v < 1000 {
				out = append(out, v*1e3, v*1e6)
			}
		}
	}
	return out
}

// checkPrice refuses a text that names an amount nobody gave, or offers
// an amount (see ProblemPrice). The errors quote no amount the lead gave.
func checkPrice(text string, req Request) error {
	toks := moneyTokens(text)
	var given []float64
	read := false
	for _, sent := range sentences(toks) {
		if cost, ok := offersCost(sent); ok {
			return &TextError{Problem: ProblemPrice, Detail: "offers to bear a cost (" + strconv.Quote(cost) + "); pricing is the rep's"}
		}
		money, others := amounts(sent, true)
		if len(money) == 0 {
			// an offer of a rough number: "our offer would be around 250"
			street := streetNumbers(sent)
			if _, ok := findPhrase(tokWords(sent), offerCues); ok && slices.ContainsFunc(others, func(v float64) bool { return v >= 100 && v < 1000 && !street[v] }) {
				money = append(money, amount{text: "a number in an offer"})
			} else {
				continue
			}
		}
		ws := tokWords(sent)
		if cue, ok := findPhrase(ws, offerCues); ok {
			return &TextError{Problem: ProblemPrice, Detail: "offers an amount (" + strconv.Quote(cue) + "); pricing is the rep's"}
		}
		if !read {
			given, read = givenAmounts(req), true
		}
		for _, m := range money {
			if !slices.ContainsFunc(given, func(g float64) bool { return sameAmount(m.val, g) }) {
				return &TextError{Problem: ProblemPrice, Detail: "names an amount the lead did not give: " + strconv.Quote(m.text)}
			}
		}
	}
	return nil
}

// streetNumbers returns the numbers of sent that are an address (see
// streetAt).
func streetNumbers(sent []moneyTok) map[float64]bool {
	out := map[float64]bool{}
	for i, t := range sent {
		if t.num && streetAt(sent, i) {
			out[t.val] = true
		}
	}
	return out
}

// streetAt reports a number toks[i] that a street's name follows within
// three words: "742 Elm St", "415 Oak Ave" are an address, no amount.
func streetAt(toks []moneyTok, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && !toks[k].num && toks[k].w != "," && toks[k].w != "."; k++ {
		if streetWords[toks[k].w] {
			return true
		}
	}
	return false
}

// streetWords end a street's name.
var streetWords = wordSet(`street st avenue ave road rd drive dr boulevard blvd lane ln way court ct place pl circle
	cir terrace ter parkway pkwy highway hwy trail trl calle avenida`)

// offersCost reports a sentence that offers to bear a cost: "no fees",
// "commission-free", "we cover all closing costs", "cubrimos los gastos
// de cierre"; a question of who bears one ("who pays the fees?", "how
// we handle closing costs"), a negated offer ("we can't cover closing
// costs") and a free call ("no cost or obligation to chat") offer
// nothing.
func offersCost(sent []moneyTok) (string, bool) {
	ws := tokWords(sent)
	for i, w := range ws {
		if n, rest, ok := strings.Cut(w, "-"); ok && costNouns[n] && rest == "free" {
			return w, true
		}
		if !costNouns[w] {
			continue
		}
		if i+1 < len(ws) && ws[i+1] == "free" {
			return w + " free", true
		}
		for k := i - 1; k >= 0 && k >= i-3 && ws[k] != "," && !freeToTalk(ws, i); k-- {
			if zeroWords[ws[k]] {
				return strings.Join(ws[k:i+1], " "), true
			}
		}
		for k := i - 1; k >= 0 && k >= i-6 && ws[k] != ","; k-- {
			cover := coverVerbs[ws[k]] || k >= 2 && slices.Equal(ws[k-2:k+1], []string{"take", "care", "of"}) ||
				k >= 1 && slices.Equal(ws[k-1:k+1], []string{"nos", "encargamos"})
			if !cover || isQuestion(sent) || slices.ContainsFunc(ws[max(k-2, 0):k], func(w string) bool { return costAsks[w] }) {
				continue
			}
			if !negatedAt(ws, k-2) && !negatedAt(ws, k) {
				return strings.Join(ws[k:i+1], " "), true
			}
		}
	}
	return "", false
}

// costAsks before a verb of covering make it a question of who bears
// the cost, not an offer: "who pays closing costs", "how we handle
// closing costs".
var costAsks = wordSet(`who if whether how quién quien cómo como si`)

// freeToTalk reports that "no cost" at ws[i] is the call's, not the
// deal's: "no cost or obligation to chat", "no cost to talk", "no cost
// for the call".
func freeToTalk(ws []string, i int) bool {
	if ws[i] != "cost" && ws[i] != "costo" {
		return false
	}
	for k := i + 1; k < len(ws) && k <= i+4; k++ {
		switch ws[k] {
		case "obligation", "obligations", "compromiso", "chat", "talk", "call", "conversation", "llamada", "hablar":
			return true
		}
	}
	return false
}

// negatedAt reports a promiseNegator among the three words before
// ws[at], within its clause.
func negatedAt(ws []string, at int) bool {
	for k := at - 1; k >= 0 && k >= at-3 && ws[k] != ","; k-- {
		if promiseNegators[ws[k]] {
			return true
		}
	}
	return false
}

// commitsDealTerm reports a sentence that commits, without a hedge, to
// when a deal closes: a word of closing with a span next to it ("close
// in 7 days", "close in a week", "close this week", "close by Friday",
// "10 days to close"), not negated, not asked ("see if closing in 2
// weeks works"), not the lead's own term said back, not a question. A
// span away from the close word is the rep's wait ("Mike will reach out
// within 24 hours to talk through closing"), no deal term.
func commitsDealTerm(sent []moneyTok, ws []string) (string, bool) {
	if isQuestion(sent) || slices.ContainsFunc(ws, func(w string) bool { return dealHedges[w] }) {
		return "", false
	}
	if _, ok := findPhrase(ws, leadWish); ok {
		return "", false
	}
	for at, w := range ws {
		if !closeWords[w] || negatedAt(ws, at) || conditionalAt(ws, at) {
			continue
		}
		// the span's words, from three before the close word to six
		// after it, within its clause
		from, to := at, at
		for from > 0 && from > at-3 && ws[from-1] != "," {
			from--
		}
		for to+1 < len(ws) && to < at+6 && ws[to+1] != "," {
			to++
		}
		near := ws[from : to+1]
		if p, ok := findPhrase(near, spanDays); ok {
			return w + " " + p, true
		}
		for i, u := range near {
			if !spanUnits[u] || i == 0 {
				continue
			}
			prev := near[i-1]
			_, spelled := numberUnits[prev]
			if spelled || strings.ContainsFunc(prev, unicode.IsDigit) || prev == "a" || prev == "un" || prev == "una" {
				return w + " in " + prev + " " + u, true
			}
		}
	}
	return "", false
}

// conditionalAt reports "if", "whether" or "si" among the three words
// before ws[at], within its clause: "to see if closing in 2 weeks
// works" asks, and commits to nothing.
func conditionalAt(ws []string, at int) bool {
	for k := at - 1; k >= 0 && k >= at-3 && ws[k] != ","; k-- {
		if ws[k] == "if" || ws[k] == "whether" || ws[k] == "si" {
			return true
		}
	}
	return false
}

// checkPromise refuses a text that guarantees, or promises for sure, an
// outcome (see ProblemPromise). A question promises nothing.
func checkPromise(text string) error {
	for _, sent := range sentences(moneyTokens(text)) {
		ws := tokWords(sent)
		negated := func(at int) bool { return negatedAt(ws, at) }
		if term, ok := commitsDealTerm(sent, ws); ok {
			return &TextError{Problem: ProblemPromise, Detail: "commits to a deal term (" + strconv.Quote(term) + "); only the rep may"}
		}
		for i, w := range ws {
			for _, st := range guaranteeStems {
				if strings.HasPrefix(w, st) && !negated(i) {
					return &TextError{Problem: ProblemPromise, Detail: "guarantees (" + strconv.Quote(w) + "); only the rep may commit"}
				}
			}
		}
		// A question promises nothing, but a statement before its first
		// comma may: "We'll 100% buy your house, what's the address?"
		stated := ws
		if isQuestion(sent) {
			stated = ws[:max(slices.Index(ws, ","), 0)]
		}
		for i := range stated {
			for _, c := range certainCues {
				if i+len(c) > len(stated) || !slices.Equal(stated[i:i+len(c)], c) || negated(i) {
					continue
				}
				if outcomeNear(stated, i, i+len(c)) {
					return &TextError{Problem: ProblemPromise, Detail: "promises an outcome (" + strconv.Quote(strings.Join(c, " ")) + ")"}
				}
			}
		}
	}
	return nil
}

// outcomeNear reports an outcome word within four words of the
// certainty cue ws[from:to], before or after it, in its clause: "we'll
// definitely buy", "absolutely we can buy it", "we'll buy it for sure".
// After a comma the cue reaches the clause after it when the business
// is its subject ("Rest assured, we will pay cash"); "Absolutely, Mike
// can go over the closing timeline" and "I'm certainly happy to have
// Mike go over the price" promise nothing.
func outcomeNear(ws []string, from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-4 && ws[k] != ","; k-- {
		if outcomeWords[ws[k]] {
			return true
		}
	}
	if to+1 < len(ws) && ws[to] == "," && (businessSubjects[ws[to+1]] || outcomeWords[ws[to+1]]) {
		to++ // the cue said of the business's clause after it: "Rest assured, we will pay cash"
	}
	for k := to; k < len(ws) && k < to+4 && ws[k] != ","; k++ {
		if outcomeWords[ws[k]] {
			return true
		}
	}
	return false
}

// businessSubjects open a clause the business speaks of itself in.
var businessSubjects = wordSet(`we we'll we'd we're i i'll i'd nosotros podemos vamos`)

// sentences splits toks at sentence ends, keeping each end with its
// sentence.
func sentences(toks []moneyTok) [][]moneyTok {
	var out [][]moneyTok
	start := 0
	for i, t := range toks {
		if t.w == "." || t.w == "?" {
			if i > start {
				out = append(out, toks[start:i+1])
			}
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// isQuestion reports a sentence that ends with a question mark.
func isQuestion(sent []moneyTok) bool {
	return len(sent) > 0 && sent[len(sent)-1].w == "?"
}

// tokWords returns the words, numbers and commas of toks, as written.
func tokWords(toks []moneyTok) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.w != "." && t.w != "?" {
			out = append(out, t.w)
		}
	}
	return out
}

// findPhrase reports the first of phrases found, word for word, in ws.
func findPhrase(ws []string, phrases [][]string) (string, bool) {
	for i := range ws {
		for _, p := range phrases {
			if i+len(p) <= len(ws) && slices.Equal(ws[i:i+len(p)], p) {
				return strings.Join(p, " "), true
			}
		}
	}
	return "", false
}
