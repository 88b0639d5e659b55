package qualify

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/handoffkit/handoffkit/internal/learned"
	"github.com/handoffkit/handoffkit/internal/textmatch"
)

// RuleExtractor is the reference [Extractor]. It normalises the message
// once and fills each field of the schema it knows (real-estate motivation,
// condition, timeline and price; BANT budget, authority, need, timeline;
// B2B company size, role, use-case fit) from cue patterns:
//
//   - every cue is negation-aware within its clause: "no rush, not even
//     sure I want to sell" fills nothing, while a negated problem is a
//     condition ("never had issues", "roof is fine");
//   - hedged questions ("i think its like 6 wks?") get a confidence
//     below the schemas' 0.6 threshold, and a vague answer ("idk", "i
//     guess", "depends") states nothing; a hedged statement ("i think
//     we'd want something like 195") keeps its value at 0.65;
//   - prices are parsed by [ParsePrice]: "250k", "$250,000", "two fifty",
//     "low 300s", "at least 180", "open to offers";
//   - a budget is the money the lead means to spend on what they buy: a
//     down payment, savings or a monthly payment ("40k for the down
//     payment", "30 mil ahorrados") is the budget only when the message
//     states no purchase budget beside it ("... and the budget is 350k",
//     "... y busco casas de 300 mil" give $350,000 and $300,000; "tenemos
//     15 mil para el enganche" alone gives $15,000, the lead's money);
//   - a bare answer fills the field the assistant's last question in
//     [ExtractInput.History] asked about: "probably 300 to 340" after
//     "what price range are you looking in?", "just me" after "will
//     anyone else be deciding?" (at 0.9 of a clear cue's confidence);
//   - a field no cue or answer filled is filled when the learned field
//     model says the message states it at p >= 0.92 ("me salió un laburo
//     en Córdoba" is a motivation no cue lists): the value is the lead's
//     own sentence, quoted, at 0.85 of a clear cue's confidence
//     ([ExtractorConfig.NoModel] turns it off).
//
// Values are normalised ("inherited", "at least $150,000", "within 30
// days") and carry the message ID; a role, or an authority, the lead
// names by their title or job is the lead's words as written, without
// their way into it ("I'm our CEO's chief of staff" gives "CEO's chief
// of staff", "soy la asistente del dueño" "asistente del dueño", "I run
// ops at O'Reilly's Pub" "runs ops"). Fields the extractor does not
// know are left alone, so custom schemas can mix its fields with their
// own.
type RuleExtractor struct {
	cfg ExtractorConfig
}

// ExtractorConfig configures [NewRuleExtractor]. The zero value means
// defaults.
type ExtractorConfig struct {
	// Confidence is the confidence of a clear cue; 0 means 0.8. Hedged
	// cues get Confidence-0.3.
	Confidence float64
	// KeepKnown skips fields already in ExtractInput.Known with at least
	// this confidence; 0 means values are re-extracted and returned when
	// this message states them again.
	KeepKnown float64
	// NoModel turns off the learned field tier: only the cue patterns and
	// bare answers fill fields.
	NoModel bool
}

// NewRuleExtractor returns the reference extractor. cfg may be nil.
func NewRuleExtractor(cfg *ExtractorConfig) *RuleExtractor {
	e := &RuleExtractor{}
	if cfg != nil {
		e.cfg = *cfg
	}
	if e.cfg.Confidence <= 0 || e.cfg.Confidence > 1 {
		e.cfg.Confidence = 0.8
	}
	return e
}

// Extract implements [Extractor].
func (e *RuleExtractor) Extract(ctx context.Context, in ExtractInput) ([]Value, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	t := textmatch.Cached(in.Text)
	return e.extract(t, in), nil
}

func (e *RuleExtractor) extract(t textmatch.Text, in ExtractInput) []Value {
	out := make([]Value, 0, len(in.Schema.Fields))
	undecided := isUndecided(t)
	hedged := undecided || isHedged(t)
	for _, f := range in.Schema.Fields {
		// (the map is read only when known values are kept)
		if e.cfg.KeepKnown > 0 {
			if k, ok := in.Known[f]; ok && k.Confidence >= e.cfg.KeepKnown {
				continue
			}
		}
		val, strength := extractField(f, t)
		if val == "" {
			continue
		}
		if f == Role || f == Authority {
			val = saidRole(in.Text, t, val)
		}
		// "does a roof leak matter?", "do you buy houses with a lien?": a
		// question about houses in general, not the lead's own
		if (f == Condition || f == Motivation) && in.Schema.Name == RealEstate.Name && generalHouseQuestion(t) {
			continue
		}
		// (a condition that only calls the place passable: read once for
		// the two checks below)
		mild := f == Condition && mildOnly(val)
		// "no clue … my sister says it's fine": secondhand, the lead does
		// not know
		if mild && (hedged && t.WordCount() <= 6 || hasToken(t, "clue", "idea", "idk")) {
			// "its ok i guess": a shrug about the place states nothing
			continue
		}
		// "yes it's fine" to "is now a good time?": fine is the time, not
		// the place (unless the place is named or its shape was asked)
		// (answering leave asked, the place must be named in the value's
		// own sentence: not "yeah its fine im on break. its my grandmas
		// old place" to "Is now an OK time?"; blind77, stop 74)
		if mild && !slices.ContainsFunc(strings.Fields(val), ownedPlace.Has) && !askedCondition(in) &&
			(!slices.ContainsFunc(t.Toks, namedPart) || permissionAsked(lastQuestion(in.History, in.Text)) && !slices.ContainsFunc(sentenceOf(t.Toks, val), namedPart)) {
			continue
		}
		// "Yes it is a fine time, I am just having my coffee": the time is
		// fine, not the place
		if f == Condition && fineTime(t.Toks) && mildWords.Has(val[strings.LastIndexByte(val, ' ')+1:]) {
			continue
		}
		c := e.cfg.Confidence * strength
		if hedged {
			// a hedged question ("i think its like 6 wks?") is unsure of
			// the value; a hedged statement ("i think we'd want something
			// like 195") states it, approximately; an undecided one ("we
			// might downsize, or we might just stay, haven't decided")
			// does not state it yet (a fact of the place or the need, "the AC
			// unit needs replacing, $7,200. Haven't decided anything",
			// stays stated)
			c -= 0.15
			if t.Quests > 0 || undecided && (f == Motivation || f == Timeline || f == Price || f == Budget) {
				c -= 0.15
			}
		}
		if c <= 0 {
			continue
		}
		out = append(out, Value{Field: f, Value: val, Confidence: round2(c), MessageID: in.MessageID})
	}
	// "escríbame para el martes", "text me tuesday": when to write, no
	// timeline for the deal
	if i := slices.IndexFunc(out, func(v Value) bool { return v.Field == Timeline }); i >= 0 && (writeAt(t, out[i].Value) || freeAt(t, out[i].Value)) {
		out = slices.Delete(out, i, i+1)
	}
	callTime := false
	var q question
	if len(in.History) > 0 {
		q = openQuestion(in.Schema, in.History, in.Text)
		if q.count && !hasToken(t, "dollars", "bucks", "budget", "dolares", "pesos", "presupuesto") && !strings.Contains(in.Text, "$") {
			// "about 2k, all keyed in by hand" after "how many invoices
			// do you process?": a count, not money
			out = slices.DeleteFunc(out, func(v Value) bool { return v.Field == Budget || v.Field == Price })
		}
		if q.monthly {
			// "que no pase de 180" to "¿cuánto le gustaría pagar al mes?":
			// 180 a month, not the 180 thousand a bare number reads as
			for i, v := range out {
				if v.Field == Budget || v.Field == Price {
					out[i].Value = monthlyScaled(t, v.Value)
				}
			}
		}
		if q.callTime && t.WordCount() <= 6 {
			// "tomorrow morning" after "when's a good time to call?"
			// schedules the call; it is no timeline for the deal
			out = slices.DeleteFunc(out, func(v Value) bool { return v.Field == Timeline })
			callTime = true
		}
		// "85ish. plus a handful of contractors maybe": the answer comes
		// first and the hedge after it is about something else
		if !hedged || laterHedge(t) {
			out = e.answers(t, in, q, out)
		} else if n, ok := hedgedEstimate(t); ok {
			// "idk like a couple months": the estimate after the shrug
			out = e.answers(textmatch.Cached(strings.Join(t.Toks[n:], " ")), in, q, out)
		}
	}
	if !e.cfg.NoModel {
		var only []Field
		if len(q.fields) > 0 && t.WordCount() <= bareAnswerWords {
			// "somos unos 300" after "how many of you are there?"
			// answers that question: it is no budget
			only = q.fields
		}
		out = e.modelFields(in, callTime, only, out)
	}
	return out
}

// monthlyScaled reads v, a value the rules scaled from a bare number in
// t ("180" as $180,000), as that number a month; any other value is kept.
func monthlyScaled(t textmatch.Text, v string) string {
	if strings.Contains(v, "/") {
		return v
	}
	for i, w := range t.Toks {
		n, ok := plainInt(w)
		if !ok {
			// "about sixty" as well as "about 60"
			n, ok = textmatch.NumberWord(w)
		}
		if !ok || n <= 0 || n >= 10000 || i+1 < len(t.Toks) && scaleWords.Has(t.Toks[i+1]) {
			continue
		}
		if strings.Contains(v, ParsedPrice{Value: n * 1000}.String()) {
			return ParsedPrice{Value: n, Per: "month", Qualifier: qualifierBefore(t.Toks, i)}.String()
		}
	}
	return v
}

// scaleWords after a number make it thousands or more: "180 mil".
var scaleWords = textmatch.NewSet("k", "mil", "thousand", "thousands", "grand", "million", "millones", "millon")

// modelTask returns the task of the learned field model that scores f,
// if any. A switch, not a map: it is asked for every field of the schema
// on every message.
func modelTask(f Field) (learned.FieldTask, bool) {
	switch f {
	case Motivation:
		return learned.Motivation, true
	case Condition:
		return learned.Condition, true
	case Timeline:
		return learned.Timeline, true
	case Price:
		return learned.Price, true
	case Budget:
		return learned.Budget, true
	case Authority:
		return learned.Authority, true
	case Need:
		return learned.Need, true
	case CompanySize:
		return learned.CompanySize, true
	case Role:
		return learned.Role, true
	case UseCaseFit:
		return learned.UseCaseFit, true
	}
	return 0, false
}

// maxModelValue bounds a value the model quotes, in bytes.
const maxModelValue = 120

// bareAnswerWords is the length up to which a reply to a question about
// a field is read as answering that question only.
const bareAnswerWords = 5

// modelFields adds the schema's fields that no cue or answer filled but
// the learned field model says the message states ("me salió un laburo
// en Córdoba" is a motivation no cue lists). The model says whether, not
// what, so the value is the lead's own sentence that scores highest for
// the field, quoted, at 0.85 of a clear cue's confidence. A known field
// is left alone, and so is the timeline of a message that only says when
// to call. When only is not empty (a bare answer to a question about
// those fields), no other field is filled.
func (e *RuleExtractor) modelFields(in ExtractInput, callTime bool, only []Field, out []Value) []Value {
	m := learned.DefaultFields()
	var s learned.FieldScores
	scored := false
	for _, f := range in.Schema.Fields {
		task, ok := modelTask(f)
		if !ok || callTime && f == Timeline || len(only) > 0 && !slices.Contains(only, f) ||
			slices.ContainsFunc(out, func(v Value) bool { return v.Field == f }) {
			continue
		}
		if k, ok := in.Known[f]; ok && k.Value != "" && k.Confidence >= in.Schema.MinConfidence {
			continue
		}
		if !scored {
			s, scored = m.Score(in.Text), true
		}
		// (the probability is computed only for a field the whole
		// message fires: its exp is most of the test)
		var p float64
		stated := ""
		if m.Fires(s, task) {
			p = s.Prob(task)
		} else {
			// a field stated in one sentence of a long message about
			// other things is diluted in the whole message's score
			var ok bool
			if stated, p, ok = sentenceFires(m, in.Text, task); !ok {
				continue
			}
		}
		if modelVetoed(f, in.Schema, textmatch.Cached(in.Text)) {
			continue
		}
		if stated == "" {
			stated = bestSentence(m, in.Text, task)
		} else {
			stated = clipQuote(stated)
		}
		// the quote is the lead's own words, which may not be valid UTF-8
		quote := strings.ToValidUTF8(stated, "\uFFFD")
		if strings.TrimSpace(quote) == "" {
			continue
		}
		out = append(out, Value{Field: f, Value: quote, Evidence: quote, Confidence: round2(e.cfg.Confidence * 0.85), MessageID: in.MessageID,
			Why: "model p=" + strconv.FormatFloat(p, 'f', 2, 64)})
	}
	return out
}

// modelVetoed reports a field the model read that the message cannot
// state: a company size with no count or size word ("somos como familia
// aquí", whatever the model reads in "somos como"), a role with no first
// person of the writer's ("somos una agencia ... buscamos una herramienta"
// names nobody's job), a B2B timeline that is when the company grows
// ("we'll be 80 by summer"), a price of a sale told "if we ever" sold.
func modelVetoed(f Field, schema Schema, t textmatch.Text) bool {
	switch f {
	case Price:
		// "if we ever sold, I'd want 500": no sale meant
		return hypotheticalSale(t)
	case CompanySize:
		return !hasQuantity(t)
	case Role:
		return !hasToken(t, "i", "im", "me", "my", "soy", "yo", "mi", "ive", "myself")
	case Timeline:
		// ("sí, mándela para el fin de semana y la vemos en familia": when
		// to send the offer, no timeline for the deal)
		return schema.Name == B2B.Name && growthClause(t.Toks, t.IDs, 0, len(t.Toks)) || seasonalCount(t.Toks, t.WordCount()) || t.HasAny(sendOfferNow) || divorceFinalTime(t)
	case Budget:
		return onlyOthersMoney(t)
	case Need, UseCaseFit:
		return needDenied(t)
	case Motivation:
		return vagueReasons(t) || othersSaleBefore(t.Toks, t.IDs, len(t.Toks)) || schema.Name == RealEstate.Name && generalHouseQuestion(t) || reasonHeldBack(t)
	case Condition:
		return schema.Name == RealEstate.Name && (generalHouseQuestion(t) || othersPlaceBefore(t.Toks, t.IDs, len(t.Toks)) || careMoveOnly(t))
	}
	return false
}

// bequestToCome before "leave it to me" make it a promise: "she say she
// leave the house to me", "she will leave it to me".
var bequestToCome = textmatch.NewSet("say", "says", "said", "dice", "dijo", "will", "gonna", "going", "wants", "quiere", "someday", "plans")

// careMoveOnly reports a move into care told with no word of the house's
// state: "She moved into assisted living in May. Nobody's in the house
// now." says why the family sells, not how the house is.
func careMoveOnly(t textmatch.Text) bool {
	care := textmatch.ContainsSeq(t.Toks, "assisted", "living") || textmatch.ContainsSeq(t.Toks, "nursing", "home") ||
		textmatch.ContainsSeq(t.Toks, "memory", "care") || hasToken(t, "asilo")
	return care && !t.HasAny(houseStateWords)
}

// houseStateWords name a state or a part of a house: with them a message
// about a move into care may still tell the condition.
var houseStateWords = textmatch.NewSet("descuidada", "descuidado", "danada", "abandonada", "vieja", "rough", "dated", "fixer", "worn", "falling",
	"mal", "buen", "shape", "roof", "leak", "leaks", "leaking", "repair", "repairs", "needs", "kitchen", "bath", "bathroom",
	"foundation", "shape", "condition", "updated", "original", "damage", "mold", "hvac", "furnace", "windows", "floors", "carpet",
	"paint", "plumbing", "electrical", "work", "fixing", "fixer", "techo", "goteras", "reparaciones", "cocina", "bano", "estado")

// askingForOwn reports a question said to be about the lead's own place:
// "asking for my own place", "preguntando por mi casa".
func askingForOwn(toks []string) bool {
	return textmatch.ContainsSeq(toks, "asking", "for", "my") || textmatch.ContainsSeq(toks, "asking", "about", "my") ||
		textmatch.ContainsSeq(toks, "preguntando", "por", "mi")
}

// generalHouseQuestion reports a question about houses in general: an
// indefinite house ("a house", "houses", "una casa") and no word of the
// lead's own anywhere, the houses named at the start ("say a house had smoke damage, would that knock a
// lot off?", "do y'all buy houses that have a lien on them?"). "Roof
// leaks, what would you pay for my place?" is the lead's.
func generalHouseQuestion(t textmatch.Text) bool {
	if t.Quests == 0 {
		return false
	}
	general := false
	toks, ids := t.Toks, t.IDs
	if len(ids) != len(toks) {
		ids = textmatch.IDsOf(toks)
	}
	first := textmatch.ClauseEnd(toks, 0)
	for i, w := range toks {
		if firstPersons.HasID(ids[i]) || w == "ours" || w == "mine" || w == "ive" || w == "id" || w == "mia" {
			return false
		}
		// the houses in general are what the message opens with
		if i < max(first, 10) && (generalHouses.HasID(ids[i]) || (w == "a" || w == "una" || w == "any") && i+1 < len(toks) && placeNouns.HasID(ids[i+1])) {
			general = true
		}
	}
	return general
}

var generalHouses = textmatch.NewSet("houses", "homes", "properties", "casas", "propiedades")

// recordNumbers name the numbers of a record, which are no price
var recordNumbers = textmatch.NewSet("parcel", "apn", "zip", "zipcode", "lot", "folio", "account", "loan", "policy", "claim")

// othersSaleBefore reports a sale of someone else's own place told before
// toks[i], with no word of the lead's own in between: "my sister-in-law
// has to sell hers because of [the divorce]", "mi cuñada vendió la suya
// porque [se atrasó]", "my brother sold his place on Elm because of [a
// foreclosure]". The reason is theirs; "el vecino vendió la suya en 300k
// ... estoy behind en los payments" still tells the lead's own.
//
// ids are the IDs of toks, or nil (see [textmatch.Set.HasToken]).
func othersSaleBefore(toks []string, ids []int32, i int) bool {
	for v := i - 1; v >= 0 && v >= i-20; v-- {
		if firstPersons.HasToken(toks, ids, v) {
			return false
		}
		if saleVerbs.HasToken(toks, ids, v) && (othersOwnSaleAt(toks, v) || relationSold(toks, ids, v)) {
			return true
		}
	}
	return false
}

// relationSold reports a relative or a neighbour as the subject of the
// sale verb at v: "My neighbor sold to one of those Opendoor outfits and
// regretted it" ("my neighbor wants me to sell" has the lead between).
func relationSold(toks []string, ids []int32, v int) bool {
	for k := v - 1; k >= 0 && k >= v-2 && toks[k] != textmatch.Break; k-- {
		if relations.HasToken(toks, ids, k) {
			return true
		}
	}
	return false
}

// othersOwnSaleAt reports the sale verb at v selling someone else's own
// place, that someone the subject: "has to sell hers", "vendió la suya",
// "sold his place".
func othersOwnSaleAt(toks []string, v int) bool {
	if v+1 >= len(toks) {
		return false
	}
	next := toks[v+1]
	if (next == "la" || next == "el") && v+2 < len(toks) {
		next = toks[v+2]
	}
	if !(theirOwn.Has(next) || theirPoss.Has(next) && v+2 < len(toks) && placeNouns.Has(toks[v+2])) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-5 && toks[k] != textmatch.Break; k-- {
		if firstPersons.Has(toks[k]) {
			return false
		}
		if relations.Has(toks[k]) {
			return true
		}
	}
	return false
}

var (
	saleVerbs    = textmatch.NewSet("sell", "sold", "selling", "sells", "vender", "vendio", "vendieron", "vende", "venden", "vendiendo")
	placeNouns   = textmatch.NewSet("place", "house", "home", "condo", "property", "casa", "propiedad")
	firstPersons = textmatch.NewSet("i", "we", "me", "us", "im", "my", "our", "mine", "yo", "nosotros", "tengo", "tenemos", "quiero", "queremos",
		"estoy", "estamos", "soy", "mi", "mia", "mio", "nuestra", "nuestro")
	relations = textmatch.NewSet("sister", "brother", "mom", "dad", "mother", "father", "son", "daughter", "cousin", "aunt", "uncle", "friend",
		"neighbor", "neighbour", "coworker", "boss", "inlaw", "law", "suegra", "suegro", "cunada", "cunado", "hermana", "hermano", "mama", "papa",
		"hijo", "hija", "prima", "primo", "tia", "tio", "amigo", "amiga", "vecino", "vecina", "comadre", "compadre", "guy")
)

// othersClause reports toks[cs:i] told of someone else's own place: a
// relation named ("my sister", "mi vecina"), then their own place ("her
// place", "la suya"), and no word of the lead's own but the "my", "mi"
// or "our" before that relation. "my son turns 16 in April" and "hasta que mi hijo se
// gradúe en junio" time the lead's own move.
//
// ids are the IDs of toks, or nil (see [textmatch.Set.HasToken]).
func othersClause(toks []string, ids []int32, cs, i int) bool {
	if len(ids) != len(toks) {
		ids = textmatch.IDsOf(toks)
	}
	found, theirs := false, false
	for k := cs; k < i; k++ {
		if relations.HasID(ids[k]) {
			found = true
			continue
		}
		// "her place", "la suya", "la de ella"
		if found && (theirOwn.HasID(ids[k]) || theirPoss.HasID(ids[k]) && k+1 < i && placeNouns.HasID(ids[k+1]) ||
			toks[k] == "de" && k+1 < i && (toks[k+1] == "ella" || toks[k+1] == "ellos" || toks[k+1] == "ellas")) {
			theirs = true
			continue
		}
		if firstPersons.HasID(ids[k]) && !((toks[k] == "my" || toks[k] == "mi" || toks[k] == "our") && k+1 < i && relations.HasID(ids[k+1])) {
			return false
		}
	}
	return theirs
}

// yearShare before "the year" make a share of it: "half the year",
// "most of the year".
var yearShare = textmatch.NewSet("half", "most", "part", "rest", "much", "all")

var (
	theirOwn  = textmatch.NewSet("hers", "theirs", "suya", "suyo", "suyas", "suyos")
	theirPoss = textmatch.NewSet("her", "his", "their")
)

// springsPlace reports a season word in x that is part of a place's
// name: "Silver Spring", "Colorado Springs", "Spring Hill".
func springsPlace(toks []string, x textmatch.Match) bool {
	for k := x.Start; k < x.End; k++ {
		if toks[k] != "spring" && toks[k] != "springs" {
			continue
		}
		if k > 0 && springsBefore.Has(toks[k-1]) || k+1 < len(toks) && springsAfter.Has(toks[k+1]) {
			return true
		}
	}
	return false
}

var (
	springsBefore = textmatch.NewSet("silver", "colorado", "palm", "hot", "big", "sandy", "coral", "rock", "sulphur", "eureka",
		"glenwood", "desert", "dripping", "bonita", "tarpon", "boiling", "cold", "saratoga", "warm", "weeki", "altamonte", "green", "crystal")
	springsAfter = textmatch.NewSet("hill", "valley", "lake", "branch", "creek", "grove", "garden", "township")
)

// vagueReasons reports a short message that says there are reasons
// without telling one: "oh, a few reasons, it is a long story", "por
// motivos personales".
func vagueReasons(t textmatch.Text) bool {
	if t.WordCount() > 20 || t.HasAny(becauseWords) {
		return false
	}
	for i, w := range t.Toks {
		if (w == "reasons" || w == "reason" || w == "razones" || w == "motivos") && i > 0 && vagueQuant.Has(t.Toks[i-1]) ||
			(w == "personales" || w == "personal") && i > 0 && (t.Toks[i-1] == "motivos" || t.Toks[i-1] == "razones") ||
			w == "story" && i > 0 && t.Toks[i-1] == "long" || w == "historia" && i > 1 && t.Toks[i-1] == "larga" {
			return true
		}
	}
	return false
}

// reasonHeldBack reports a reason put off or kept back: "I'd rather go
// over that part later", "rather not say", "prefiero no decir". No
// reason is stated.
func reasonHeldBack(t textmatch.Text) bool {
	_, ok := heldBack.First(t, nil)
	return ok
}

var heldBack = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "later", Pattern: "rather|prefer ~2 keep ~3 to myself|ourselves / rather|prefer|prefiero ~4 later|luego|despues / rather|prefer ~4 another time / rather|prefer not ~3 say|share|discuss|explain / rather|prefer not ~3 get|go into / rather|prefer not ~3 talk about / prefiero no ~2 decir|hablar|contar|explicar|entrar"},
})

var (
	vagueQuant   = textmatch.NewSet("few", "several", "many", "various", "personal", "family", "varias", "muchas", "varios", "muchos", "some", "different")
	becauseWords = textmatch.NewSet("because", "since", "porque", "cause", "cuz", "bc").Gated()
)

// onlyOthersMoney reports a message whose every amount is money paid now
// or before, someone else's or a valuation: "currently paying 210 a month
// with State Farm" states no budget, whatever the model reads in it.
func onlyOthersMoney(t textmatch.Text) bool {
	as := textmatch.Amounts(t)
	for _, a := range as {
		if !(textmatch.OthersAmount(t.Toks, t.IDs, a) || textmatch.ValuedByOthers(t, a) || notBudget(t.Toks, a)) {
			return false
		}
	}
	return len(as) > 0
}

// hasQuantity reports a number, a spelled number or a word of size.
func hasQuantity(t textmatch.Text) bool {
	for i, w := range t.Toks {
		if isNumberTok(w) || sizeWords.Has(w) {
			return true
		}
		// "just me", "only myself": a team of one ("me chasing people for
		// approvals" counts nobody)
		if (w == "me" || w == "myself" || w == "us") && i > 0 && (t.Toks[i-1] == "just" || t.Toks[i-1] == "only") {
			return true
		}
		if _, ok := textmatch.NumberWord(w); ok {
			return true
		}
	}
	return false
}

var sizeWords = textmatch.NewSet("solo", "startup", "small", "smb", "enterprise", "mid", "midsize", "large", "big", "huge", "tiny",
	"few", "handful", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "mil", "cientos", "pocos", "pocas",
	"muchos", "varios", "varias", "docena", "pequena", "pequeno", "grande", "chica", "chico")

// sentenceMargin is how far above a field's threshold (in logits) one
// sentence of a message must score to state the field when the whole
// message does not: "Mi suegra se vino a vivir con nosotros so her house
// is empty, we want to sell it después de las fiestas de diciembre"
// states a timeline in its last clause. The model's thresholds were
// chosen on whole messages; the best of several sentences is a maximum
// over more tries, so it must clear a higher bar. 1.0 kept the
// conversations of the development sets as they were while field recall
// rose (B28 0.946 -> 0.952, DEV 0.916 -> 0.928 at the same FPR).
const sentenceMargin = 1.0

// sentenceFires reports whether a sentence of text, when it has more
// than one, scores at least sentenceMargin above task's threshold, and
// returns the best sentence and its probability.
func sentenceFires(m *learned.FieldModel, text string, task learned.FieldTask) (string, float64, bool) {
	sn, logit, ok := bestOfSentences(m, text, task)
	if !ok || logit < m.Params(task).Fire+sentenceMargin {
		return "", 0, false
	}
	var s learned.FieldScores
	s.Logit[task] = logit
	return sn, s.Prob(task), true
}

// bestOfSentences returns the sentence of text that scores highest for
// task and its logit; ok is false when text has fewer than two
// non-empty sentences.
func bestOfSentences(m *learned.FieldModel, text string, task learned.FieldTask) (best string, logit float64, ok bool) {
	ss := textmatch.Sentences(text)
	if len(ss) < 2 {
		return "", 0, false
	}
	logit = math.Inf(-1)
	for _, sn := range ss {
		if sn = strings.TrimSpace(sn); sn == "" {
			continue
		}
		if l := m.Score(sn).Logit[task]; l > logit {
			best, logit, ok = sn, l, true
		}
	}
	return best, logit, ok
}

// bestSentence returns the sentence of text that scores highest for
// task (the whole text when it is one sentence), clipped by clipQuote.
func bestSentence(m *learned.FieldModel, text string, task learned.FieldTask) string {
	if sn, _, ok := bestOfSentences(m, text, task); ok {
		return clipQuote(sn)
	}
	return clipQuote(strings.TrimSpace(text))
}

// clipQuote trims a quote to maxModelValue bytes at a rune boundary.
func clipQuote(q string) string {
	if len(q) <= maxModelValue {
		return q
	}
	cut := maxModelValue
	for cut > 0 && !utf8.RuneStart(q[cut]) {
		cut--
	}
	return strings.TrimSpace(q[:cut]) + "…"
}

// yesNegated reports a yes whose own sentence negates something ("yes,
// not for me though"); a negation in a later sentence tells more about
// the need ("Sí, for my mom. She's 78 y no quiere que paguemos el
// funeral").
func yesNegated(t textmatch.Text) bool {
	words, _ := firstClause(t)
	return slices.ContainsFunc(words, textmatch.Negators.Has)
}

// yesTakenBack reports a yes that a "but" takes back: "yes but that was
// my neighbor", "yes, but we went with another company", "sí pero ya
// compramos"; not "sí, pero sin apuro", which keeps it.
func yesTakenBack(t textmatch.Text) bool {
	for i, w := range t.Toks {
		if yesButWords.Has(w) && slices.ContainsFunc(t.Toks[i+1:textmatch.ClauseEnd(t.Toks, i)], takeBackWords.Has) {
			return true
		}
	}
	return false
}

var (
	yesButWords   = textmatch.NewSet("but", "pero", "though", "tho", "although", "aunque")
	takeBackWords = textmatch.NewSet("ya", "already", "that", "was", "went", "eso", "fue", "era", "got", "bought", "compramos", "compre")
)

// answers adds the fields the assistant's last question asked about that
// the message states only as a bare answer (see answerValue).
func (e *RuleExtractor) answers(t textmatch.Text, in ExtractInput, q question, out []Value) []Value {
	// "yes sir" to "are you buying a new home?": the need the question
	// named; not a yes negated, hedged, taken back ("yes but that was my
	// neighbor") or followed by a question ("yes, who is this?")
	if q.needYes != "" {
		f := Need
		if !slices.Contains(in.Schema.Fields, Need) {
			f = UseCaseFit
		}
		_, known := in.Known[f]
		if words := t.Words(); !known && len(words) > 0 && (textmatch.OpeningYes.Has(words[0]) || len(words) > 1 && greetWords.Has(words[0]) && textmatch.OpeningYes.Has(words[1])) &&
			!yesNegated(t) && !isHedged(t) && t.Quests == 0 && !yesTakenBack(t) && !slices.ContainsFunc(out, func(v Value) bool { return v.Field == f }) {
			out = append(out, Value{Field: f, Value: "yes: " + q.needYes, Confidence: round2(e.cfg.Confidence * 0.9), MessageID: in.MessageID})
		}
	}
	for _, f := range q.fields {
		if k, ok := in.Known[f]; ok && k.Confidence >= 0.6 {
			continue
		}
		if slices.ContainsFunc(out, func(v Value) bool { return v.Field == f }) {
			continue
		}
		v := answerValue(f, t, q)
		if (f == Budget || f == Price) && q.monthly {
			// "¿cuánto quisiera pagar al mes?" -> "like 120 max": 120 a
			// month as written, not 120 thousand
			v = monthlyScaled(t, monthlyAnswer(t, v))
		}
		if v != "" && (f == Role || f == Authority) {
			// (the lead's words from the message itself; an estimate
			// after a shrug is read from its tokens alone)
			raw := ""
			if slices.Equal(t.Toks, textmatch.Cached(in.Text).Toks) {
				raw = in.Text
			}
			v = saidRole(raw, t, v)
		}
		if v != "" {
			out = append(out, Value{Field: f, Value: v, Confidence: round2(e.cfg.Confidence * 0.9), MessageID: in.MessageID})
		}
	}
	return out
}

// conditionParts are the parts of a place its shape is told by.
var conditionParts = textmatch.NewSet("roof", "roofs", "foundation", "house", "home", "place", "kitchen", "basement", "bathroom", "bathrooms",
	"baths", "bath", "furnace", "hvac", "ac", "plumbing", "electrical", "windows", "floors", "flooring", "siding",
	"deck", "porch", "septic", "water", "heater", "structure", "it", "condo", "unit", "interior", "exterior",
	"carpet", "carpets", "paint", "walls", "ceiling", "ceilings", "chimney", "garage", "yard", "pool", "fence",
	"driveway", "everything", "bones", "attic", "crawlspace", "slab", "gutters", "appliances", "cabinets", "panel", "drywall")

// namedPart reports a part of a place other than "it": "could use paint".
func namedPart(w string) bool { return w != "it" && conditionParts.Has(w) }

// sentenceOf returns the clause of toks (between breaks) where the words
// of val first appear in a row, or all of toks when they do not.
func sentenceOf(toks []string, val string) []string {
	i := textmatch.IndexSeq(toks, strings.Fields(val)...)
	if i < 0 {
		return toks
	}
	return toks[textmatch.ClauseStart(toks, i):textmatch.ClauseEnd(toks, i)]
}

// askedCondition reports that the assistant's open question asks about
// the place's shape.
func askedCondition(in ExtractInput) bool {
	if len(in.History) == 0 {
		return false
	}
	if slices.Contains(openQuestion(in.Schema, in.History, in.Text).fields, Condition) {
		return true
	}
	// "How's the roof?", "How's the house holding up?", "Does it need
	// any work?": the question names the place or its shape
	// (the question's own sentence: not "I'm following up about the
	// house in Bowie. Is this a good time?")
	asked := lastQuestion(in.History, in.Text)
	end := strings.LastIndexByte(asked, '?')
	if end < 0 {
		return false
	}
	q := textmatch.Cached(asked[strings.LastIndexAny(asked[:end], ".!?\n")+1 : end])
	return slices.ContainsFunc(q.Toks, namedPart) || q.HasAny(shapeWords)
}

// shapeWords in a question ask about a place's shape.
var shapeWords = textmatch.NewSet("shape", "condition", "repairs", "repair", "work", "holding", "fix", "fixing", "estado", "reparaciones", "arreglos")

// fineTime reports a time said to be fine: "it is a fine time", "its a
// good moment" ("good morning" greets, "we had a good time there" tells).
func fineTime(toks []string) bool {
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-1] == "a" && timeBe.Has(toks[i-2]) && mildWords.Has(toks[i]) && timeNouns.Has(toks[i+1]) {
			return true
		}
	}
	return false
}

var (
	timeNouns = textmatch.NewSet("time", "moment", "momento", "rato")
	timeBe    = textmatch.NewSet("is", "its", "was", "now", "es", "seems")
)

// mildOnly reports a condition value that only calls the place
// passable ("it is ok", "fine", "decent"): under a hedge it is a shrug.
func mildOnly(val string) bool {
	for val != "" {
		var w string
		w, val, _ = strings.Cut(strings.TrimLeft(val, " "), " ")
		if w != "" && !mildWords.Has(w) {
			return false
		}
	}
	return true
}

var mildWords = textmatch.NewSet("it", "is", "its", "the", "place", "house", "home", "ok", "okay", "fine", "alright", "decent",
	"not", "bad", "good", "pretty", "kinda", "mostly", "esta", "bien", "la", "casa", "regular")

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// extractField returns the value for f and a strength factor (1 clear,
// <1 weaker cue).
func extractField(f Field, t textmatch.Text) (string, float64) {
	switch f {
	case Motivation:
		return firstCue(motivationRules, t, true)
	case Condition:
		return condition(t)
	case Timeline:
		v, s := timeline(t)
		if v == "asap" && needDenied(t) {
			// "scheduling isn't a problem for us right now": no hurry
			return "", 0
		}
		return v, s
	case Price:
		if p, ok := parsePriceToks(t, false); ok {
			return p.String(), p.strength
		}
	case Budget:
		return budget(t)
	case Authority:
		return firstCue(authorityRules, t, false)
	case Role:
		if v, s := firstCue(authorityRules, t, false); v != "" {
			return v, s
		}
		return bareTitle(t)
	case Need, UseCaseFit:
		return need(t)
	case CompanySize:
		return companySize(t)
	}
	return "", 0
}

// saidRole returns a role or an authority the rules read as a run of
// the message's tokens ("ceos chief of staff", "run ops") in the lead's
// own words, raw being the message t normalises ("CEO's chief of
// staff"), said of the lead ("runs ops"); a label of the rules
// ("decision maker", "someone else decides") is kept, and so are tokens
// that cannot be traced back to raw.
func saidRole(raw string, t textmatch.Text, v string) string {
	if roleLabels[v] {
		return v
	}
	words := strings.Fields(v)
	if i := textmatch.IndexSeq(t.Toks, words...); i >= 0 && len(words) > 0 {
		if s, ok := textmatch.Said(raw, t.Toks, i, i+len(words)); ok {
			v = s
		}
	}
	return thirdPerson(v)
}

// roleLabels are the values of authority and role that name a kind of
// say, not the lead's words: the names of authorityRules and
// soleOrJoint, and the answers' labels.
var roleLabels = func() map[string]bool {
	ls := map[string]bool{"someone else decides": true, "decision maker": true, "joint decision": true}
	for _, m := range []*textmatch.Matcher{authorityRules, soleOrJoint} {
		for i := range m.Len() {
			ls[m.Name(i)] = true
		}
	}
	return ls
}()

// bareTitle reads a role given as a title alone in its clause: "VP
// Sales.", "Head of ops here", "ops manager", "la gerente": a title word
// with at most three words of department or rank around it.
func bareTitle(t textmatch.Text) (string, float64) {
	toks := t.Toks
	for s := 0; s < len(toks); {
		e := textmatch.ClauseEnd(toks, s)
		if n := e - s; n >= 1 && n <= 4 {
			title, other := false, false
			for _, w := range toks[s:e] {
				switch {
				case titleWords.Has(w):
					title = true
				case !titleDept.Has(w):
					other = true
				}
			}
			if title && !other {
				// ("la gerente", "I am the CFO": the title alone)
				ws, we := roleWords(toks, s, e)
				return strings.Join(toks[ws:we], " "), 0.9
			}
		}
		s = e + 1
	}
	return "", 0
}

var (
	// the titles of bareTitle: titleNouns without the words that are also
	// ordinary answers or name someone else ("lead", "board", "buyer",
	// "partner", "my boss", "the homeowner")
	titleWords = func() textmatch.Set {
		var ws []string
		for _, w := range titleNouns.Words() {
			if !notBareTitle.Has(w) {
				ws = append(ws, w)
			}
		}
		return textmatch.NewSet(ws...)
	}()
	notBareTitle = textmatch.NewSet("admin", "advisor", "applicant", "architect", "assistant", "bdr", "board", "borrower", "boss",
		"bosses", "buyer", "committee", "contractor", "corporate", "exec", "executive", "homeowner", "intern", "landlord", "lead",
		"officer", "owners", "partner", "partners", "procurement", "proprietor", "purchasing", "sdr", "secretary", "socia", "socio",
		"ejecutivo", "ejecutiva", "asesor", "asesora", "asistente")
	titleDept = textmatch.NewSet("of", "sales", "marketing", "ops", "operations", "it", "finance", "hr", "engineering",
		"product", "revops", "growth", "support", "success", "customer", "procurement", "purchasing", "accounting",
		"payroll", "office", "regional", "senior", "sr", "general", "account", "here", "the", "our", "la", "el", "de",
		"ventas", "operaciones", "compras", "finanzas", "im", "i", "am", "soy", "co", "and", "people", "talent", "data",
		"it", "security", "facilities", "fleet", "dispatch", "service", "practice", "clinic", "store", "branch")
)

// neverWords deny a deciding left to the lead; houseDealt are what an
// heir does with a house left to them
var (
	neverWords = textmatch.NewSet("never", "not", "dont", "didnt", "doesnt", "wont", "nunca")
	houseDealt = textmatch.NewSet("sell", "split", "keep", "share", "divide", "rent")
	seeVerbsEs = textmatch.NewSet("ver", "verla", "verlo", "verlas", "mirar", "visitar", "conocer")
)

// adviceGivers tell the lead to do something as advice: "my cousin told
// me to stop by", "my realtor told me to call around". They are
// relations without the boss, who sends the lead on errands, and with
// the professionals who advise.
var adviceGivers = textmatch.NewSet("cousin", "friend", "buddy", "neighbor", "neighbour", "sister", "brother", "mom", "dad", "aunt", "uncle",
	"coworker", "tia", "tio", "prima", "primo", "amiga", "amigo", "vecina", "vecino",
	// a professional's advice: "my realtor told me to call around for
	// quotes"
	"realtor", "agent", "broker", "lender", "accountant", "lawyer", "attorney")

// soleWords before "on the title" or "in my name" make the lead the only
// one there.
var soleWords = textmatch.NewSet("only", "just", "solo", "sole", "me")

// firstCue returns the value (rule name) of the first non-negated match.
func firstCue(m *textmatch.Matcher, t textmatch.Text, checkNeg bool) (string, float64) {
	var val string
	m.Each(t, func(x textmatch.Match) bool {
		if checkNeg && negatedAt(t, x.Start) {
			return true
		}
		// "the water heater died": a death needs a person
		if x.Name == "death in family" && !personBefore(t, x.Start) {
			return true
		}
		// "my cousin said y'all helped her. she told me to stop by": a
		// relative's or a friend's advice, not someone the lead
		// researches for
		if x.Name == "influencer" && t.Toks[x.Start] != "for" && t.Toks[x.Start] != "from" && slices.ContainsFunc(t.Toks[max(0, x.Start-12):x.Start], adviceGivers.Has) {
			return true
		}
		// "ella manda" ends its clause: "ella manda el cheque el
		// viernes" sends
		if x.Name == "approval" && t.Toks[x.End-1] == "manda" && x.End < len(t.Toks) && mandaObject.Has(t.Toks[x.End]) &&
			!(t.Toks[x.End] == "por" && x.End+1 < len(t.Toks) && t.Toks[x.End+1] == "supuesto") {
			return true
		}
		// "only name on the title, my decision", "just me on the loan",
		// "it's only in my name": the lead alone
		if x.Name == "joint decision" && (t.Toks[x.Start] == "on" || t.Toks[x.Start] == "in") && textmatch.Before(t.Toks, x.Start, 3, soleWords) {
			val = "decision maker"
			return false
		}
		// "mi esposo y yo tenemos dos niños": a couple as the subject of
		// having or being, not of deciding
		if x.Name == "joint decision" && x.End < len(t.Toks) && x.End-x.Start == 4 && coupleState.Has(t.Toks[x.End]) {
			return true
		}
		// "it's a split level", "we'd split the proceeds": no couple
		// parting
		if x.Name == "divorce" && x.End < len(t.Toks) && x.End-x.Start == 1 && splitObjects.Has(t.Toks[x.End]) {
			return true
		}
		// "the pipes froze and split": a thing that split, not a couple;
		// "there's a split in the foundation": the noun
		if x.Name == "divorce" && (t.Toks[x.Start] == "split" || t.Toks[x.Start] == "splitting") &&
			(textmatch.Before(t.Toks, x.Start, 3, splitThings) || x.Start > 0 && (t.Toks[x.Start-1] == "a" || t.Toks[x.Start-1] == "the") ||
				x.Start >= 2 && t.Toks[x.Start-1] == "and" && splitVerbs.Has(t.Toks[x.Start-2])) {
			return true
		}
		// "my sister-in-law has to sell hers because of the divorce", "mi
		// cuñada vendió la suya porque se atrasó": someone else's sale
		// and its reason
		if m == motivationRules && othersSaleBefore(t.Toks, t.IDs, x.Start) {
			return true
		}
		// "my mom say she leave the house to me when she pass": a bequest
		// to come, not an inheritance
		if x.Name == "inherited" && (t.Toks[x.Start] == "leave" || t.Toks[x.Start] == "leaves") && textmatch.Before(t.Toks, x.Start, 4, bequestToCome) {
			return true
		}
		// "el director del banco tiene que aprobar el préstamo": the
		// lender's own step, not who decides for the lead
		if x.Name == "approval" && slices.ContainsFunc(t.Toks[x.Start:x.End], lenderWords.Has) {
			return true
		}
		// "me regreso a la oficina", "nos cambiamos a un plan": a move to a
		// place named by an article or a possessive is no relocation
		if x.Name == "relocating" && x.End < len(t.Toks) && (t.Toks[x.End-1] == "a" || t.Toks[x.End-1] == "para" || t.Toks[x.End-1] == "pa") &&
			(notAPlace.Has(t.Toks[x.End]) || infinitiveEs(t.Toks[x.End])) {
			return true
		}
		// "can we move it to thursday afternoon?", "move the call to
		// next week": a meeting moved, not the lead
		if x.Name == "relocating" && movedMeeting(t.Toks, x) {
			return true
		}
		// "headed to the store", "settled in nicely", "nos vamos a
		// vender": no town after the move
		if x.Name == "moving away" && (!placeNamedAt(t.Toks, x.End) || slices.ContainsFunc(t.Toks[textmatch.ClauseStart(t.Toks, x.Start):textmatch.ClauseEnd(t.Toks, x.Start)], awayWords.Has)) {
			return true
		}
		// "that my dad left us to fix up ourselves": a chore left, not a
		// house
		// ("my mom left the house to me to sell" is still the house)
		if x.Name == "inherited" && (t.Toks[x.End-1] == "me" || t.Toks[x.End-1] == "us") && x.End+1 < len(t.Toks) && t.Toks[x.End] == "to" &&
			!houseDealt.Has(t.Toks[x.End+1]) {
			return true
		}
		// "whatever he decides is fine, I'm the one paying"
		if x.Name == "approval" && (t.Toks[x.Start] == "he" || t.Toks[x.Start] == "she") && x.Start > 0 && t.Toks[x.Start-1] == "whatever" {
			return true
		}
		// "nos vamos con mi hija a ver otras casas": a visit, not a move
		if x.Name == "relocating to be near family" && slices.ContainsFunc(t.Toks[x.End:min(len(t.Toks), x.End+3)], seeVerbsEs.Has) {
			return true
		}
		// "the building manager wants proof before I get keys", "my boss
		// wants a copy": a document asked for, not a say in the purchase
		if x.Name == "title" && (t.Toks[x.End-1] == "wants" || t.Toks[x.End-1] == "want") && textmatch.After(t.Toks, x.End, 2, docWords) {
			return true
		}
		// "no idea, not my call", "it's not really my call": the lead's say
		// denied
		if x.Name == "decision maker" && deniedBefore(t.Toks, x.Start) {
			return true
		}
		// "el carro lo manejo yo solo": driving, not deciding ("los seguros
		// los he manejado yo", "yo manejo todo" decide)
		if x.Name == "decision maker" && slices.ContainsFunc(t.Toks[x.Start:x.End], func(w string) bool { return w == "manejo" || w == "manejado" }) &&
			slices.ContainsFunc(t.Toks, vehicleWords.Has) {
			return true
		}
		// "since the separation of the lot", "la separación del terreno":
		// land divided, no couple
		if x.Name == "divorce" && (t.Toks[x.End-1] == "separacion" || t.Toks[x.End-1] == "separation") && x.End < len(t.Toks) &&
			(t.Toks[x.End] == "of" || t.Toks[x.End] == "de" || t.Toks[x.End] == "del") && landWords.HasAnyToken(t.Toks, t.IDs, x.End, min(len(t.Toks), x.End+4)) {
			return true
		}
		// "she never leaves any decision to me"
		if x.Name == "decision maker" && (t.Toks[x.Start] == "leaves" || t.Toks[x.Start] == "left" || t.Toks[x.Start] == "leave") &&
			textmatch.Before(t.Toks, x.Start, 3, neverWords) {
			return true
		}
		val = x.Name
		if x.Name == "title" {
			// the title's words ("coo" of "im the coo", "cfo signs
			// off"), which Extract reads back as the lead wrote them
			val = strings.Join(titleSpan(t.Toks, x.Start, x.End), " ")
		}
		return false
	})
	if val == "" {
		return "", 0
	}
	return val, 1
}

// titleSpan returns the words of a title matched over toks[s:end],
// without the lead's way into it ("im the", "soy la", "i" before the
// verb of "i run ops"): the title with the department or rank words
// around it ("sales manager here", "im the it director so ..."), its
// complement of "of", "de" or "del" ("chief of staff", "head of
// customer success", "asistente del dueño") and the particle of a
// deciding verb ("cfo signs off"), within the clause and without a word
// left hanging ("im the vp of" is no title, "i run ops at o'reillys"
// runs ops).
func titleSpan(toks []string, s, end int) []string {
	ce := textmatch.ClauseEnd(toks, s)
	// "i run ops but the owner signs": the title ends before a "but"
	for i := s + 2; i < end; i++ {
		if titleContrast.Has(toks[i]) {
			ce = i
			break
		}
	}
	e := min(end, ce)
	if e < ce && e > s && titleParticles.Has(toks[e]) {
		e++
	}
	for e < ce {
		w := toks[e]
		if w == "it" && e+1 < ce && itVerbs.Has(toks[e+1]) {
			// "im the owner it is a small shop": the subject of what follows
			break
		}
		if titleTail.Has(w) || titleNouns.Has(w) && !notTitleAfter.Has(w) {
			// "im the it director", "the owners assistant", "vp sales and
			// marketing"
			e++
			continue
		}
		if e > s && roleObjectDet.Has(toks[e-1]) {
			// "i run the front desk", "i manage our warehouse"
			if k := titleComplement(toks, e, ce); k > e {
				e = k
				continue
			}
		}
		if complementOf.Has(w) {
			// "chief of staff", "asistente del dueño", "gerente de
			// recursos humanos"
			if k := titleComplement(toks, e+1, ce); k > e+1 {
				e = k
				continue
			}
			break
		}
		if titleOf.Has(toks[e-1]) && e+1 < ce && titleTail.Has(toks[e+1]) {
			// "vp of global sales", "i run the sales team"
			e++
			continue
		}
		break
	}
	for e > s+1 && (titleOf.Has(toks[e-1]) || titleJoin.Has(toks[e-1])) {
		e--
	}
	// "sales manager here", "revops manager here": the department before
	for cs := textmatch.ClauseStart(toks, s); s > cs && titleTail.Has(toks[s-1]) && toks[s-1] != "and" && toks[s-1] != "y"; {
		s--
	}
	s, e = roleWords(toks, s, e)
	return toks[s:e]
}

// titleComplement returns the end of the complement of a title that
// starts at toks[k] after its "of", "de" or "del": its articles, then
// up to four words that are no preposition, pronoun, verb or joining
// word ("of staff", "de la oficina", "of a 300 member credit union";
// "of customer success" and "and marketing" after it; not "at acme" nor
// "of it looking for"); k when there is none, or when it goes on past
// four words (a complement is kept whole or not at all).
func titleComplement(toks []string, k, ce int) int {
	i := k
	for i < ce && complementDet.Has(toks[i]) {
		i++
	}
	n := 0
	// (an English "-ing" word in a Spanish complement is a trade: "dueño
	// de una compañía de pressure washing")
	spanish := k > 0 && (toks[k-1] == "de" || toks[k-1] == "del")
	complement := func(w string) bool { return !complementStop.Has(w) && (spanish || !gerund(w)) }
	for i < ce && n < 4 && complement(toks[i]) {
		i++
		n++
	}
	if n == 0 || i < ce && complement(toks[i]) {
		return k
	}
	return i
}

// gerund reports an English "-ing" or a Spanish "-ando", "-iendo" form
// that is no department ("looking", "buscando"; not "marketing",
// "accounting" or "manufacturing").
func gerund(w string) bool {
	if titleTail.Has(w) || deptGerunds.Has(w) || len(w) <= 5 {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "iendo")
}

// roleWords returns the bounds of a role's words in toks[s:e] without
// the lead's way into it and the "here" after it: "im the", "i am
// our", "soy la", "yo soy el" before a title ("im the vp of sales" is
// "vp of sales"), an article before a title said alone ("la gerente")
// and "here" or "aquí" after it ("revops manager here"). The "i" of a
// job told by its verb ("i run ops") stays: [thirdPerson] says it of
// the lead.
func roleWords(toks []string, s, e int) (int, int) {
	for e > s && (toks[e-1] == "here" || toks[e-1] == "aqui" || toks[e-1] == "aca") {
		e--
	}
	switch {
	case s+1 < e && toks[s] == "i" && toks[s+1] == "am", s+1 < e && toks[s] == "yo" && toks[s+1] == "soy":
		s += 2
	case s < e && (toks[s] == "im" || toks[s] == "soy"):
		s++
	case s+1 < e && leadArticles.Has(toks[s]):
		// "la gerente", "the owner"
		return s + 1, e
	default:
		// ("i run ops" keeps its "i": [thirdPerson] says it of the lead)
		return s, e
	}
	// "im the vp", "soy la gerente", "i am our ceos chief of staff"
	for s+1 < e && roleArticles.Has(toks[s]) {
		s++
	}
	return s, e
}

var (
	// titleOf joins a title to its department: "vp of", "gerente de"
	titleOf = textmatch.NewSet("of", "de", "del", "for", "the", "our", "la", "el", "los", "las")
	// titleJoin: words that join the title to what follows it
	titleJoin = textmatch.NewSet("and", "y", "so", "but", "pero", "because", "cuz", "that", "que", "asi")
	// titleTail: the department and rank words that end a title
	titleTail = textmatch.NewSet("sales", "marketing", "ops", "operations", "it", "finance", "hr", "engineering", "product",
		"revops", "growth", "support", "success", "customer", "procurement", "purchasing", "accounting", "payroll", "office",
		"people", "talent", "data", "security", "facilities", "fleet", "dispatch", "service", "services", "team", "department",
		"dept", "group", "side", "ventas", "operaciones", "compras", "finanzas", "contabilidad", "mercadotecnia",
		"equipo", "departamento", "oficina", "manager", "director", "lead", "officer", "and", "y",
		// the Spanish adjectives after a title: "gerente comercial",
		// "directora general"
		"comercial", "general", "administrativo", "administrativa", "ejecutivo", "ejecutiva", "tecnico", "tecnica",
		"financiero", "financiera", "regional", "operativo", "operativa")
	// roleObjectDet end a title match before what the lead runs: "i run
	// the front desk"
	roleObjectDet = textmatch.NewSet("the", "our", "this", "la", "el", "los", "las", "nuestra", "nuestro")
	// itVerbs after "it" make it a subject, not the department
	itVerbs = textmatch.NewSet("is", "was", "has", "will", "would", "does", "dont", "needs", "can", "cant", "should", "just",
		"takes", "works", "gets", "seems", "looks", "sounds", "isnt", "wasnt")
	// titleContrast end a title before what follows it: "i run ops but
	// the owner signs"
	titleContrast = textmatch.NewSet("but", "pero", "so", "because", "cuz", "although", "aunque", "though")
	// titleParticles end a deciding verb a title match ended on: "cfo
	// signs off"
	titleParticles = textmatch.NewSet("off", "up")
	// notTitleAfter are title nouns that, after a title, name someone
	// else ("im the owner partner handles the books"), not more of it
	notTitleAfter = textmatch.NewSet("partner", "partners", "boss", "bosses", "board", "committee", "corporate", "homeowner",
		"borrower", "applicant", "landlord", "owners", "socio", "socia", "socios", "socias")
	// complementOf opens a title's complement: "chief of staff",
	// "asistente del dueño"
	complementOf = textmatch.NewSet("of", "de", "del")
	// complementDet open a complement: "head of the sales team", "de la
	// oficina"
	complementDet = textmatch.NewSet("the", "our", "a", "an", "la", "el", "los", "las", "un", "una", "nuestra", "nuestro")
	// complementStop end a complement: prepositions, pronouns, verbs and
	// joining words ("head of it at acme", "gerente de compras y
	// necesito", "chief of staff so i")
	complementStop = textmatch.Union([]textmatch.Set{titleJoin}, "at", "in", "on", "with", "from", "to", "for", "about", "since",
		"here", "there", "now", "too", "also", "just", "and", "or", "the", "our", "my", "a", "an", "being",
		"i", "im", "me", "we", "you", "he", "she", "they", "us", "is", "are", "was", "were", "be", "been", "am", "have", "has",
		"had", "need", "needs", "want", "wants", "will", "would", "can", "could", "do", "does", "did", "dont", "not",
		"en", "con", "para", "por", "a", "al", "desde", "aqui", "aca", "ahora", "tambien", "o", "yo", "nosotros", "mi", "mis",
		"es", "son", "soy", "somos", "esta", "estamos", "tengo", "tenemos", "necesito", "necesitamos", "quiero", "queremos",
		"no", "muy", "y", "la", "el", "los", "las", "un", "una")
	// deptGerunds are departments and trades that end in "-ing":
	// "director of manufacturing", "head of recruiting"
	deptGerunds = textmatch.NewSet("manufacturing", "nursing", "training", "billing", "recruiting", "scheduling", "lending",
		"underwriting", "housekeeping", "merchandising", "planning", "contracting", "trucking", "shipping", "receiving",
		"landscaping", "plumbing", "roofing", "engineering", "marketing", "accounting", "purchasing", "consulting",
		"programming", "teaching", "learning", "lettering", "printing", "catering", "banking", "building", "licensing",
		"onboarding", "bookkeeping", "staffing", "sourcing", "testing", "ticketing", "publishing", "advertising", "hiring")
	// leadArticles open a title said alone: "la gerente", "the owner"
	leadArticles = textmatch.NewSet("the", "a", "an", "la", "el", "un", "una")
	// roleArticles after "im" or "soy": "im the", "soy la", "i am our"
	roleArticles = textmatch.NewSet("the", "our", "a", "an", "la", "el", "un", "una", "los", "las")
	// roleAdverbs may come between "i" and the verb of a job: "i
	// basically run scheduling"
	roleAdverbs = textmatch.NewSet("basically", "mostly", "mainly", "just", "actually", "also", "currently", "kinda", "really",
		"tambien", "nomas", "basicamente", "principalmente", "solo")
)

// thirdPerson says of the lead a job told in the first person by its
// verb, v being the lead's words (from [textmatch.Said]) or the tokens:
// "I run ops" is "runs ops", "i basically run scheduling" "basically
// runs scheduling", "yo manejo las cuentas" "maneja las cuentas", "me
// encargo de la facturación" "se encarga de la facturación". Anything
// else is kept ("head of IT", "Own a little bakery").
func thirdPerson(v string) string {
	words := strings.SplitN(v, " ", 4)
	// (a word's first token: "co" of "co-founded")
	fold := func(w string) string {
		if ws := textmatch.Normalize(w).Words(); len(ws) > 0 {
			return ws[0]
		}
		return ""
	}
	if len(words) >= 2 && fold(words[0]) == "me" && fold(words[1]) == "encargo" {
		return strings.Join(append([]string{"se", "encarga"}, words[2:]...), " ")
	}
	if len(words) < 2 || fold(words[0]) != "i" && fold(words[0]) != "yo" {
		return v
	}
	for i := 1; i < len(words) && i < 3; i++ {
		w := fold(words[i])
		if f, ok := thirdPersonForms[w]; ok {
			words[i] = f
			return strings.Join(words[1:], " ")
		}
		if pastRoleVerbs.Has(w) {
			// "I founded it", "I co-founded the agency"
			return strings.Join(words[1:], " ")
		}
		if !roleAdverbs.Has(w) {
			break
		}
	}
	return v
}

// thirdPersonForms are the verbs a lead names their job by, first
// person to third.
var thirdPersonForms = map[string]string{
	"run": "runs", "manage": "manages", "head": "heads", "own": "owns", "lead": "leads", "oversee": "oversees",
	"handle": "handles", "do": "does", "work": "works", "direct": "directs", "supervise": "supervises",
	"coordinate": "coordinates", "sell": "sells", "teach": "teaches", "make": "makes", "decide": "decides", "sign": "signs",
	"approve": "approves", "report": "reports", "help": "helps", "wear": "wears", "have": "has", "keep": "keeps",
	"hago": "hace", "llevo": "lleva", "manejo": "maneja", "trabajo": "trabaja", "dirijo": "dirige", "coordino": "coordina",
	"superviso": "supervisa", "administro": "administra", "encargo": "encarga",
}

// pastRoleVerbs name a job in the past, the same said of anyone: "i
// founded it", "i co-founded the agency" ("co" alone: "co-founded").
var pastRoleVerbs = textmatch.NewSet("founded", "cofounded", "started", "co", "funde", "fundamos")

// deniedBefore reports a denial just before toks[i], or two before with
// a softener between: "not my call", "not really my call", "it isn't
// my decision". A "no" that answers the question ("no, just my call",
// "nope i make the decisions") denies nothing.
func deniedBefore(toks []string, i int) bool {
	if i > 0 && denials.Has(toks[i-1]) {
		return true
	}
	return i > 1 && denials.Has(toks[i-2]) && denialSofteners.Has(toks[i-1])
}

var (
	denials         = textmatch.NewSet("not", "isnt", "aint", "wasnt", "never")
	denialSofteners = textmatch.NewSet("really", "exactly", "entirely", "totally", "solely", "completely")
)

// landWords name land that may be divided.
var landWords = textmatch.NewSet("lot", "lots", "land", "parcel", "acreage", "property", "terreno", "lote", "parcela", "propiedad", "finca")

// docWords are documents someone may want from the lead.
var docWords = textmatch.NewSet("proof", "copy", "copies", "paperwork", "documents", "document", "certificate", "receipt", "receipts",
	"photos", "pictures", "declarations", "dec", "coi")

// lenderWords name the lender, whose approvals are its own.
var lenderWords = textmatch.NewSet("banco", "bank", "lender", "prestamista", "lenders", "bancos")

// infinitiveEs reports a Spanish infinitive in -ar or -ir ("trabajar",
// "vivir"), or "hacer": -er also ends towns ("me regreso a Denver").
func infinitiveEs(w string) bool {
	return len(w) > 2 && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "ir")) || w == "hacer"
}

// notAPlace follow "me regreso a" or "nos cambiamos a" when the move is
// not to another town: "a la oficina", "a otro plan", "a mi casa", "a esta
// casa", "para acá" (an infinitive, "a trabajar", is checked apart).
// meetingMoved are the words between "move" and "to" when what moves is
// a meeting: "move it to", "move our call to", "move the showing to".
var meetingMoved = textmatch.NewSet("it", "that", "this", "the", "our", "my", "call", "meeting", "appointment", "appt",
	"showing", "walkthrough", "consult", "consultation", "visit", "inspection", "time", "demo")

var (
	// stormWords after a month name an event: "the May storms".
	stormWords = textmatch.NewSet("storm", "storms", "hail", "hailstorm", "flood", "floods", "flooding", "freeze", "tornado", "tornadoes",
		"hurricane", "fire", "fires", "wind", "winds", "ice")
	// pastDeeds before it tell the event is past: "we put a new roof on
	// it after the May storms".
	pastDeeds = textmatch.NewSet("put", "got", "had", "did", "replaced", "redid", "redone", "fixed", "repaired", "installed", "built",
		"paid", "came", "hit", "tore", "blew", "took", "was", "were", "rebuilt", "patched")
)

// rescheduleVerbs move a meeting: "push it to", "reschedule for".
var rescheduleVerbs = textmatch.NewSet("move", "moving", "push", "pushing", "bump", "reschedule", "rescheduling", "change", "switch")

// meetingMovedBefore reports a time phrase at i that a meeting is moved
// to: "move it to", "push the call to", "reschedule for".
func meetingMovedBefore(toks []string, i int) bool {
	if i < 2 || toks[i-1] != "to" && toks[i-1] != "for" {
		return false
	}
	k := i - 2
	for k > 0 && meetingMoved.Has(toks[k]) && i-2-k < 3 {
		k--
	}
	return rescheduleVerbs.Has(toks[k]) && (k < i-2 || toks[k] == "reschedule" || toks[k] == "rescheduling")
}

// movedMeeting reports a "move ... to" match whose object is a meeting
// and whose destination is a time: "move it to thursday", "move the call
// to 3pm", "move our appointment to next week".
func movedMeeting(toks []string, x textmatch.Match) bool {
	if x.End >= len(toks) || toks[x.End-1] != "to" || x.End-x.Start < 3 {
		return false
	}
	for _, w := range toks[x.Start+1 : x.End-1] {
		if !meetingMoved.Has(w) {
			return false
		}
	}
	next := toks[x.End]
	return whenWords.Has(next) || next == "next" || next == "later" || next == "another" || next == "earlier" ||
		next[0] >= '0' && next[0] <= '9'
}

var notAPlace = textmatch.NewSet("la", "el", "los", "las", "lo", "mi", "mis", "su", "sus", "tu", "un", "una", "otro", "otra", "casa",
	"trabajo", "chamba", "escuela", "oficina", "clinica", "hospital", "que", "ver", "ser", "esta", "este", "estas", "estos", "aca", "aqui",
	"nombre", "atras", textmatch.Break)

// placeNamedAt reports a word at i that can name a town or a state
// after a move ("headed to Alabama", "nos vamos a Tampa"): not a
// function word, an errand's place ("headed to the store", "to court")
// or a Spanish infinitive ("nos vamos a vender", "se va a caer").
func placeNamedAt(toks []string, i int) bool {
	if i >= len(toks) || toks[i] == textmatch.Break || notAPlace.Has(toks[i]) || notATown.Has(toks[i]) || isNumberTok(toks[i]) {
		return false
	}
	// a trip, not a move: "headed to Dallas for work this week", "me voy a
	// Monterrey el fin de semana a ver a mi mamá"
	for k := i + 1; k < len(toks) && k < i+8 && toks[k] != textmatch.Break; k++ {
		if tripWords.Has(toks[k]) || toks[k] == "a" && k+1 < len(toks) && toks[k+1] == "ver" {
			return false
		}
	}
	w := toks[i]
	for _, suf := range []string{"ar", "er", "ir", "arla", "erla", "irla", "arlo", "erlo", "irlo", "arnos", "ernos", "irnos", "arme", "erme", "irme"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+1 {
			return false
		}
	}
	return true
}

// tripWords after the place make the move a trip
var tripWords = textmatch.NewSet("weekend", "week", "trip", "visit", "visiting", "conference", "tonight", "tomorrow", "semana", "viaje", "visitar", "work")

// notATown are the words after "headed to" or "settled in" that name no
// town: articles, possessives, errands and the words of time or manner.
var notATown = textmatch.NewSet("full", "the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this", "that", "these", "those",
	"work", "bed", "court", "closing", "church", "school", "town", "store", "office", "lunch", "dinner", "breakfast", "appointment",
	"there", "here", "it", "him", "them", "us", "me", "you", "see", "be", "get", "sleep", "hospital", "doctor", "dr", "jail",
	"prison", "trial", "mediation", "bank", "title", "some", "one", "another", "any", "every", "next", "over", "up", "down", "out",
	"back", "by", "before", "after", "for", "soon", "now", "fine", "nicely", "well", "ok", "okay", "yet", "in", "into", "to", "with",
	"and", "or", "so", "but", "once", "when", "then", "first", "right", "pretty", "finally", "quickly", "already", "still", "just",
	"class", "practice", "mass", "vote", "sign", "meet", "look", "check", "pick", "drop", "grab", "talk", "get", "do", "go", "take",
	"new", "place", "house", "home", "job", "shift", "hearing", "ya", "que", "poco", "ahorita", "ahora", "orita", "luego", "pronto",
	"mas", "tarde", "temprano", "manana", "hoy", "al", "del", "de", "por", "con", "sin")

// splitObjects follow a "split" that divides a thing, not a couple
var splitObjects = textmatch.NewSet("level", "levels", "lvl", "entry", "foyer", "floor", "floorplan", "plan", "system", "unit",
	"units", "ac", "the", "it", "between", "cost", "costs", "proceeds", "bill", "bills", "rent", "payment", "payments",
	"difference", "ways", "half", "evenly", "shifts", "rail", "bedroom", "bedrooms", "ductless", "mini", "minisplit")

// splitVerbs happen to things that then split: "the line froze and
// split" ("the marriage cracked and we split up" has a couple between).
var splitVerbs = textmatch.NewSet("froze", "cracked", "rotted", "warped", "buckled", "swelled")

// damagePreterites are the Spanish preterites of damage among pastMarkers
// (damagePast as a set), and
// esWish the wishes that give a later time its own clause.
var (
	damagePreterites = []string{"quemo", "quemaron", "incendio", "congelo", "congelaron", "revento", "reventaron", "rompio",
		"rompieron", "inundo", "inundaron", "exploto"}
	damagePast = textmatch.NewSet(damagePreterites...)
	esWish     = textmatch.NewSet("queremos", "quiero", "quisieramos", "quisiera", "necesitamos", "necesito", "vender", "venderla",
		"venderlo", "want", "need", "sell")
)

// splitThings split before "split": "the pipes froze and split", "the
// siding split in the cold"
var splitThings = textmatch.NewSet("pipe", "pipes", "lines", "wall", "walls", "foundation", "beam", "beams", "board", "boards",
	"siding", "deck", "trunk", "wood", "seam", "seams", "slab", "joist", "joists", "drywall", "tank", "hose", "shingles", "rafter",
	"rafters", "copper", "pvc", "gutter", "gutters", "countertop", "pex")

// coupleState: verbs of having or being after "me and my wife"
var coupleState = textmatch.NewSet("tenemos", "somos", "estamos", "vivimos", "trabajamos", "have", "are", "were", "live", "got", "had", "work")

// kin and people whose death is a motivation
var deathSubject = textmatch.NewSet("mom", "dad", "mother", "father", "husband", "wife", "spouse", "grandma", "grandpa",
	"grandmother", "grandfather", "aunt", "uncle", "brother", "sister", "son", "daughter", "he", "she", "parent", "parents",
	"owner", "partner", "relative", "grandparents", "mum", "mama", "papa", "stepdad", "stepmom", "who", "family", "hubby",
	"cousin", "nana", "granny", "both", "they", "folks", "grandmas", "grandpas", "moms", "dads", "someone", "tenant", "funeral",
	"esposo", "esposa", "padre", "madre", "abuelo", "abuela", "hermano", "hermana", "hijo", "hija", "tio", "tia", "suegro", "suegra", "papi", "mami",
	// "ella falleció el año pasado", "mi 'amá", "mi 'apá"
	"ella", "ellos", "ama", "apa", "abue")

// personBefore reports a person in the clause before i ("my father passed",
// "she died last year") or the cue itself naming a funeral.
func personBefore(t textmatch.Text, i int) bool {
	if t.Toks[i] == "funeral" {
		return true
	}
	for k := i - 1; k >= 0 && t.IDs[k] != textmatch.BreakID; k-- {
		if deathSubject.HasID(t.IDs[k]) {
			return true
		}
	}
	// a name alone, after "since" or "after": "too much to keep up since
	// Harold passed" (blind71, stop 71; not "since the bill passed")
	// (the clause ends there, or "away" follows: not "after Ida passed
	// through", "since Harvey passed the neighborhood has been quiet")
	if i >= 2 && (t.Toks[i] == "passed" || t.Toks[i] == "died") && (t.Toks[i-2] == "since" || t.Toks[i-2] == "after") && isName(t.Toks[i-1]) &&
		(i+1 == len(t.Toks) || t.IDs[i+1] == textmatch.BreakID || t.Toks[i+1] == "away" || leadAfterDeath.Has(t.Toks[i+1])) {
		return true
	}
	// Spanish names the dead after the verb: "se me murió mi viejo",
	// "falleció en marzo mi esposo", "mi difunto esposo"; "viejo" and
	// the like are a person only after "mi" or "su" ("la troca vieja"
	// is old)
	if deathVerbsEs.HasID(t.IDs[i]) {
		for k := i + 1; k < len(t.IDs) && k <= i+5 && t.IDs[k] != textmatch.BreakID; k++ {
			if deathSubject.HasID(t.IDs[k]) || spouseAfterMi.HasID(t.IDs[k]) && (t.Toks[k-1] == "mi" || t.Toks[k-1] == "su") {
				return true
			}
		}
	}
	return false
}

// leadAfterDeath start the lead's own clause after a death told
// unpunctuated: "Since Wendell passed I can't stand to be in that house".
var leadAfterDeath = textmatch.NewSet("i", "im", "ive", "we", "were", "weve", "my", "our", "me")

// isName reports a word that may be a person's name where a subject
// stands: letters only, and no word a bill, a storm or a test is.
func isName(w string) bool {
	if len(w) < 3 || notNames.Has(w) {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// notNames pass without dying: "since the bill passed", "after it passed".
var notNames = textmatch.NewSet("it", "that", "this", "bill", "law", "storm", "inspection", "test", "exam", "time", "deadline", "vote",
	"motion", "appraisal", "everything", "which", "what", "they", "winter", "summer", "season", "hurricane", "year", "week", "month",
	"easter", "christmas", "thanksgiving", "halloween", "holidays")

var (
	deathVerbsEs  = textmatch.NewSet("fallecio", "murio", "falleciera", "murieron", "fallecieron", "difunto", "difunta")
	spouseAfterMi = textmatch.NewSet("viejo", "vieja", "marido", "mujer", "senora", "abuelita", "abuelito", "jefito", "jefita")
)

var scopeBreak = textmatch.NewSet("but", "and", "so", "though", "tho", "although", "because", "just", "then", "also", "otherwise", "anyway",
	// "no le hace el precio mientras salga rápido": the negation ends
	"mientras", "while", "pero", "porque")

// negatedAt reports a negator before i within its clause, up to 5 tokens,
// not across a scope breaker.
func negatedAt(t textmatch.Text, i int) bool {
	// a phrase that opens a scope of its own: "no le hace el precio
	// [mientras salga rápido]"
	if i < len(t.IDs) && scopeBreak.HasID(t.IDs[i]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		id := t.IDs[k]
		if id == textmatch.BreakID || scopeBreak.HasID(id) {
			return false
		}
		if textmatch.Negators.HasID(id) {
			return true
		}
	}
	return false
}

var hedgeRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "hedge", Pattern: "i think|guess|suppose"},
	{Name: "hedge", Pattern: "not sure|certain"},
	{Name: "hedge", Pattern: "i dont know"},
	{Name: "hedge", Pattern: "maybe|mayb|possibly|perhaps|dunno|idk|unsure"},
	{Name: "hedge", Pattern: "no idea / ni idea / could be never"},
	// "no se like 40, 50 al mes??": a guess in Spanish ("no se puede" and
	// "no sé cómo le vamos a hacer" are no hedge)
	{Name: "hedge", Pattern: "no se like|unos|unas|tipo|maybe|around|quizas"},
	{Name: "hedge", Pattern: "might / may not"},
	{Name: "hedge", Pattern: "havent decided"},
	// "quizás este año, quizás el otro, depende de mi esposo"
	{Name: "hedge", Pattern: "quizas|quiza|talvez / tal vez / a lo mejor / depende|depends de|on|del / it depends"},
	// "maybe in a couple years? who knows", "not really thinking about
	// it, just curious"
	{Name: "hedge", Pattern: "who knows / quien sabe / not really ~1 thinking|considering|planning|sure / just curious|wondering"},
})

// laterHedge reports a message whose every hedge comes after its first
// clause, which says something of its own.
func laterHedge(t textmatch.Text) bool {
	toks := t.Toks
	first := 0
	for first < len(toks) && toks[first] == textmatch.Break {
		first++
	}
	end := textmatch.ClauseEnd(toks, first)
	if end-first == 0 || end >= len(toks) {
		return false
	}
	later := true
	hedgeRules.Each(t, func(m textmatch.Match) bool {
		if m.Start < end && !approximates(t, m) {
			later = false
			return false
		}
		return true
	})
	return later
}

// hedgedEstimate reports a shrug followed by an estimate, and where the
// estimate starts: "idk like a couple months", "no sé, unos 12", "not
// sure, maybe around 40" give the answer, approximately; they do not
// refuse it.
func hedgedEstimate(t textmatch.Text) (int, bool) {
	toks := t.Toks
	if len(toks) == 0 || t.Quests > 0 {
		return 0, false
	}
	start := 0
	switch {
	case toks[0] == "idk" || toks[0] == "dunno":
		start = 1
	case len(toks) > 2 && toks[0] == "i" && toks[1] == "dont" && toks[2] == "know": // "idk" expanded
		start = 3
	case len(toks) > 1 && (toks[0] == "not" && toks[1] == "sure" || toks[0] == "no" && toks[1] == "se" || toks[0] == "no" && toks[1] == "idea" ||
		toks[0] == "dont" && toks[1] == "know"):
		start = 2
	// "Depends on the season. Call it 35 in summer": the shrug is its own
	// clause, the estimate comes after it
	case toks[0] == "depends" || toks[0] == "depende" || len(toks) > 1 && toks[0] == "it" && toks[1] == "depends":
		start = textmatch.ClauseEnd(toks, 0)
	default:
		return 0, false
	}
	for k := start; k < len(toks) && k <= start+2; k++ {
		if toks[k] == textmatch.Break {
			continue
		}
		if estimateWords.Has(toks[k]) {
			// a number or a time within three words of the estimate word
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if isNumberTok(toks[j]) || estimateUnits.Has(toks[j]) {
					return start, true
				}
			}
		}
	}
	return 0, false
}

var (
	estimateWords = textmatch.NewSet("like", "maybe", "probably", "prob", "around", "about", "somewhere", "roughly", "como", "unos",
		"unas", "tipo", "quizas", "aprox", "approx", "ish", "call")
	estimateUnits = textmatch.NewSet("couple", "few", "month", "months", "week", "weeks", "year", "years", "spring", "summer", "fall",
		"winter", "mes", "meses", "semanas", "dozen", "hundred", "thousand", "mil", "two", "three", "four", "five", "six", "ten", "twenty",
		"dos", "tres", "cuatro", "cinco", "seis", "diez", "veinte")
)

// concessiveDoubt: "lender says June 28 but who knows": a doubt added
// after what was stated, not a hedge on it.
func concessiveDoubt(toks []string, m textmatch.Match) bool {
	w := toks[m.Start]
	return (w == "who" || w == "quien") && m.Start > 0 && (toks[m.Start-1] == "but" || toks[m.Start-1] == "pero") &&
		textmatch.ClauseStart(toks, m.Start) < m.Start-1
}

// isUndecided reports a message that says the matter is still open, not
// only approximate: "who knows at this point", "haven't decided", "we
// might downsize, or we might just stay", "todavía no decidimos". (A
// couple that disagrees, "he says 260, I say 240", has stated both.)
//
// A doubt added to a statement ("pero yo le digo que con cómo está la
// casa quién sabe") or an opening answer followed by what is stated
// ("haven't decided. the adjuster is coming thursday so we'd want
// someone before then") leaves the statement confident.
func isUndecided(t textmatch.Text) bool {
	toks := t.Toks
	_, ok := undecidedRules.First(t, func(m textmatch.Match) bool {
		cs := textmatch.ClauseStart(toks, m.Start)
		if w := toks[m.Start]; (w == "who" || w == "quien") && (slices.ContainsFunc(toks[cs:m.Start], butWords.Has) ||
			// "I'm just the one who knows how to text": a relative clause
			m.Start > 0 && knowerNouns.Has(toks[m.Start-1])) {
			return false
		}
		// ("we might get orders next year, nothing official. Opendoor sent
		// us a postcard": the doubt is about what the clauses before it
		// say, whatever follows)
		if cs == 0 && !slices.ContainsFunc(toks[m.Start:m.End], officialWords.Has) {
			if end := textmatch.ClauseEnd(toks, m.End); end < len(toks) && t.WordCount()-(end-cs) >= 5 {
				return false
			}
		}
		return true
	})
	return ok
}

var (
	butWords    = textmatch.NewSet("but", "pero")
	knowerNouns = textmatch.NewSet("one", "ones", "guy", "person", "someone", "somebody", "anyone", "anybody", "nobody", "people", "the", "persona", "alguien", "el", "la")
)

var undecidedRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "undecided", Pattern: "who knows / quien sabe / havent|hasnt|not decided / still deciding / a ver que pasa"},
	// "we might get orders to San Diego next year, nothing official"
	// (not "nothing set in stone": an approximate date, still stated)
	{Name: "undecided", Pattern: "might|may|maybe|possibly|podria|quizas ~8 | nothing official / might|may|maybe|possibly|podria|quizas ~8 | nada oficial"},
	// "a lo mejor el año que viene, depende de cómo nos vaya con la
	// cosecha", "tal vez next year, tal vez no"
	{Name: "undecided", Pattern: "depende de como|cuanto ~2 nos|me|le vaya|salga / tal vez no | / quizas no | / maybe not |"},
	{Name: "undecided", Pattern: "no hemos|he decidido / todavia|aun no decidimos|decido|sabemos / or ~2 might|may just? stay|keep / o a lo mejor nos quedamos"},
})

// isHedged reports a message that hedges what it says: "i think", "not
// sure", "maybe", or a short question.
func isHedged(t textmatch.Text) bool {
	_, ok := hedgeRules.First(t, func(m textmatch.Match) bool {
		return !approximates(t, m) && !concessiveDoubt(t.Toks, m) && !doubtsProcess(t, m)
	})
	return ok
}

// processDoubt follows a hedge that doubts the lead's own know-how, not a
// value: "it's in my name now. i have no idea what i'm doing lol",
// "no sé cómo funciona esto".
var processDoubt = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "process", Pattern: "what im|were doing / what i|we am|are doing / how this|it works / how any|all of? this works / where to start|begin / como funciona|funcionan esto|todo|nada"},
})

// doubtsProcess reports processDoubt right after the hedge m.
func doubtsProcess(t textmatch.Text, m textmatch.Match) bool {
	x, ok := processDoubt.First(t.From(m.End), nil)
	return ok && x.Start == 0
}

var (
	deadlineWords = textmatch.NewSet("date", "target", "targeting", "deadline", "goal")
	approxWords   = textmatch.NewSet("maybe", "mayb", "possibly", "perhaps")
	// what an approximating "maybe" may stand before: "maybe $900 a
	// month", "perhaps by late summer", "maybe in the spring"
	approxNext = textmatch.NewSet("sometime", "next", "around", "about", "like", "by", "in", "within", "early", "late",
		"mid", "end", "this", "before", "after", "until", "roughly", "spring", "summer", "fall", "winter", "half", "a", "two",
		"three", "four", "five", "six", "ten", "twenty", "fifty")
)

// approximates reports a "maybe" that rounds the value right after it
// ("could do maybe $900", "perhaps by late summer") rather than hedging
// the whole answer ("maybe, not sure").
func approximates(t textmatch.Text, m textmatch.Match) bool {
	if m.End-m.Start != 1 || !approxWords.Has(t.Toks[m.Start]) || m.End >= len(t.Toks) {
		return false
	}
	n := t.Toks[m.End]
	if n == "" || n == textmatch.Break {
		return false
	}
	return n[0] == '$' || n[0] >= '0' && n[0] <= '9' || approxNext.Has(n)
}

var motivationRules = textmatch.MustCompile(map[string]textmatch.Set{
	"rel":     textmatch.NewSet("grandpas", "grandmas", "grandfathers", "grandmothers", "moms", "dads", "mothers", "fathers", "aunts", "uncles", "parents", "grandparents", "late"),
	"place":   textmatch.NewSet("place", "house", "home", "property"),
	"landlrd": textmatch.NewSet("tenants", "tenant", "renters", "renter", "rentals", "rental", "landlord", "landlording", "landlordin", "tenant"),
	"tired":   textmatch.NewSet("pain", "tired", "done", "sick", "nightmare", "over", "trashed", "wrecked", "headache", "fed", "exhausted", "dealing", "burned", "burnt", "wont", "behind", "destroyed", "nightmares", "hassle"),
	"fam":     textmatch.NewSet("family", "grandkids", "kids", "daughter", "son", "parents", "mom", "dad", "grandchildren", "sister", "brother"),
	"famEs":   textmatch.NewSet("familia", "hijos", "hija", "hijo", "hijas", "nietos", "nietas", "hermana", "hermano", "mama", "papa"),
	"care":    textmatch.NewSet("memory", "nursing", "assisted", "hospice", "care"),
	"money":   textmatch.NewSet("bills", "debt", "debts", "equity", "cash", "money", "loans"),
	"spouse":  textmatch.NewSet("wife", "husband", "spouse", "partner", "hubby", "fiance", "fiancee", "girlfriend", "boyfriend", "wifes", "husbands", "spouses", "partners"),
	"hood":    textmatch.NewSet("neighborhood", "neighbourhood", "area", "street", "block", "hood", "town", "neighbors", "neighbours"),
	"decline": textmatch.NewSet("downhill", "worse", "rough", "unsafe", "sketchy", "dangerous", "declining", "decline", "deteriorating", "changed", "changing", "crime"),
}, []textmatch.Rule{
	{Name: "inherited", Pattern: "inherit*"},
	{Name: "inherited", Pattern: "inheirited|inhereted|inheritance"},
	// Puerto Rico's word for an estate: "se vende por motivo de
	// sucesión", "es una sucesión entre cuatro hermanos" (blind79)
	{Name: "inherited", Pattern: "sucesion|herederos"},
	{Name: "inherited", Pattern: "@rel ~1 @place"},
	// dev297, blind16-style (stop 52): "the house was my grandfather's,
	// God rest him", "la casa era de mi mamá, que en paz descanse"
	// (the clause ends there: "was my parents' idea", "was my dad's
	// before he sold it to me" are not)
	{Name: "inherited", Pattern: "house|place|home|property was|were my|our @rel | / la|esta|esa casa era|fue de mi|mis|nuestra|nuestro|nuestros ama|apa|mama|papa|madre|padre|abuela|abuelo|abuelos|abuelita|abuelito|papas|padres|tia|tio|suegra|suegro |"},
	// a home already bought elsewhere: "we already closed on a place in
	// Rio Rancho", "ya compré otra en Weslaco"
	{Name: "bought another home", Pattern: "we|i|weve|ive have? already|just|recently closed|bought|purchased on? a|another new? place|house|home|condo|townhome / we|i|weve|ive have? already|just|recently? closed|bought|purchased on? another|our place|house|home|condo|townhome / we|i|weve|ive have? already|just|recently? closed|bought|purchased on? a|our new|next place|house|home|condo|townhome / ya compre|compramos|compro otra casa / ya compre|compramos|compro otra en|por|cerca|alla|aca|alli / ya compre|compramos|compro casa / bought|purchased una|otra casa / compramos|compre otra casa / compramos|compre casa nueva"},
	// "my late aunt's condo" (a parent's condo may be theirs still)
	{Name: "inherited", Pattern: "late ~2 condo|townhouse|townhome|duplex|cabin"},
	{Name: "inherited", Pattern: "left ~2 to me|us / left it to ~3 of us / left the house|place|home to ~3 of us"},
	// English as a second language: "my aunt leave it to me when she
	// pass last year"
	{Name: "inherited", Pattern: "leave|leaves it to me|us when|after ~2 pass|passed|die|died / leave|leaves the|this house|place|home to me|us when|after ~2 pass|passed|die|died"},
	{Name: "inherited", Pattern: "left me|us ~2 @place|it"},
	// "my ma left me the triple-decker in Dot"
	// ("my husband left me and the duplex is all I have" parts)
	{Name: "inherited", Pattern: "dad|mom|father|mother|grandma|grandpa|grandfather|grandmother|aunt|uncle|ma|pa|husband|wife|brother|sister|parents|grandparents|he|she left me|us this|that|my ~1 condo|duplex|triplex|decker|townhouse|cabin|farm|building|rental / left me|us the|a|his|her|their ~1 condo|duplex|triplex|decker|townhouse|cabin|farm|building|rental"},
	{Name: "inherited", Pattern: "in her|his|their will"},
	// "the house on Elm that my aunt left me"
	{Name: "inherited", Pattern: "that|which|que ~1 aunt|uncle|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|granny|nana|parents|tia|tio|abuela|abuelo left me|us"},
	{Name: "inherited", Pattern: "parents|moms|dads|family|the estate"},
	{Name: "inherited", Pattern: "passed ~6 @place ~1 is mine|ours"},
	// "era la casa de mi 'amá": the house was a parent's
	{Name: "inherited", Pattern: "era|fue la casa de mi|mis|nuestra|nuestro|nuestros ama|apa|mama|papa|madre|padre|abuela|abuelo|abuelos|abuelita|abuelito|papas|padres|tia|tio|suegra|suegro"},
	{Name: "probate", Pattern: "probate"},
	// dev329 (stop 54): "I'm the trustee for my late aunt's trust", "the
	// beneficiaries have agreed on a floor"
	{Name: "probate", Pattern: "trustee|executor|executrix|administrator of|for ~4 trust|estate|will / the beneficiaries|heirs"},
	{Name: "divorce", Pattern: "divorc*"},
	{Name: "divorce", Pattern: "splitting|split|separating|separated ~1 up?"},
	// "in the middle of a separation"
	{Name: "divorce", Pattern: "legal|our|my|trial separation / in|through|of a separation / separation from|agreement|papers"},
	{Name: "divorce", Pattern: "my ex / ex and i / ex wife|husband"},
	{Name: "pre-foreclosure", Pattern: "foreclos*|preforeclosure"},
	{Name: "pre-foreclosure", Pattern: "notice of default"},
	{Name: "pre-foreclosure", Pattern: "auction"},
	{Name: "behind on payments", Pattern: "behind ~3 payment|payments|mortgage|taxes|on / behind with the|my|our bank|lender|mortgage|note"},
	// dev266: "we're three payments behind now", "can't keep up with the
	// rental no more"
	{Name: "behind on payments", Pattern: "payments|notes behind / behind con la|el mortgage|hipoteca|banco"},
	{Name: "tired landlord", Pattern: "cant keep up with the|my rental|rentals"},
	{Name: "balloon payment due", Pattern: "balloon"},
	{Name: "financial hardship", Pattern: "payment|mortgage ~2 killing|crushing"},
	{Name: "financial hardship", Pattern: "hours|pay ~1 got? cut"},
	{Name: "financial hardship", Pattern: "lost my job"},
	{Name: "financial hardship", Pattern: "medical bills"},
	{Name: "financial hardship", Pattern: "credit cards|card"},
	{Name: "financial hardship", Pattern: "need|needs ~2 the? @money"},
	{Name: "financial hardship", Pattern: "cant afford"},
	{Name: "financial hardship", Pattern: "financial|hardship|bankruptcy|bankrupt"},
	{Name: "rising property taxes", Pattern: "taxes|tax ~4 up|going|increase|increased|went|rising|high"},
	// "debo como seis meses de taxes", "atrasado en los impuestos"
	{Name: "behind on property taxes", Pattern: "debo|debemos|debe|deben ~4 taxes|impuestos|predial / atrasado|atrasada|atrasados|atrasadas ~3 taxes|impuestos|predial"},
	{Name: "paying for parent's care", Pattern: "@care care|home|living"},
	{Name: "paying for parent's care", Pattern: "pay for ~2 care"},
	{Name: "need accessible home for parent", Pattern: "move|moving in with us"},
	{Name: "medical", Pattern: "stroke|surgery|cancer|disabled|disability|wheelchair|illness|dementia|alzheimers / health issues|problems|reasons"},
	{Name: "medical", Pattern: "cant ~2 stairs"},
	// dev334 (stop 54): "necesito el dinero para la operación de mi hija"
	{Name: "medical", Pattern: "dinero|money|cash para|for la|el|the|my|his|her|mi|su? operacion|operation|tratamiento|treatment|medical|medicos|hospital"},
	// "estoy enfermo del corazón", "problemas de salud", "silla de ruedas",
	// "por mi salud me tengo que salir de esa casa"
	{Name: "medical", Pattern: "por mi|su|nuestra salud / for my|his|her health"},
	// (not "estoy enfermo hoy, te llamo mañana": a cold)
	{Name: "medical", Pattern: "enfermo|enferma|enfermos|enfermas del|de ~1 corazon|rinones|azucar|cancer|diabetes|pulmones|presion|higado|alzheimer|parkinson / cirugia|dialisis|demencia|cancer / derrame cerebral / problemas de salud / silla de ruedas / ya no puede|puedo ~2 subir|manejar ~2 escalones|escaleras"},
	{Name: "relocating", Pattern: "relocat*"},
	// a move told by where the family goes, the place named right after
	// (see placeNamedAt): "we're headed to Alabama", "get settled in
	// Tacoma", "nos vamos a Tampa"
	{Name: "moving away", Pattern: "headed|heading ~1 out|down|up|over|back|off? to / get|getting|got|be|been settled in|into / me voy a|para|pa / nos vamos a|para|pa / se van a|para|pa"},
	{Name: "relocating for job", Pattern: "job ~2 offer|transfer|transferred|relocation"},
	{Name: "relocating for job", Pattern: "new job / transfer to / transferring / got|been|was|being transferred|relocated / me trasladaron|transfirieron|cambiaron"},
	{Name: "military relocation", Pattern: "pcs|pcsing|pcsd|pcsed|orders|deployed|deployment|stationed"},
	{Name: "relocating", Pattern: "moving|move ~2 to|closer|out|somewhere|across|back|away"},
	{Name: "relocating to be near family", Pattern: "closer to ~2 @fam / want|wanna|like|need to be close|closer|near ~3 @fam / @fam ~8 want|wanna|like to be close|closer"},
	// "nos vamos a vivir con mi hija", "me voy a Houston con mis hijos"
	// (not "vamos con mi hija a ver otras casas")
	{Name: "relocating to be near family", Pattern: "vivir|irnos|irme|mudarnos|mudarme ~3 con mi|mis|nuestra|nuestros @famEs / voy|vamos a|para|pa ~2 con mi|mis|nuestra|nuestros @famEs / me voy con mi|mis|nuestra|nuestros @famEs a|para|pa / nos vamos con mi|mis|nuestra|nuestros @famEs a|para|pa"},
	// "I need to be closer to take care of her", "mi viejo ya no puede
	// vivir solo, lo estamos mudando con nosotros"
	{Name: "caring for family", Pattern: "closer|close|near|nearer to take care / closer|close|near|nearer to look after / closer|close|near|nearer to help her|him|them / ya no puede|pueden vivir solo|sola|solos|solas / se viene|vienen a vivir con nosotros"},
	// "want to be up near the grandkids in Asheville"
	{Name: "relocating to be near family", Pattern: "near|nearer the|my|our @fam / cerca de los|mis|nuestros nietos|hijos"},
	// "mi hijo se va a trabajar a Denver y yo me voy con él" (blind60,
	// stop 67): the one named before, followed
	{Name: "relocating to be near family", Pattern: "@famEs ~10 me|nos voy|vamos|iria|iriamos con el|ella|ellos"},
	// "para ya estar en Pueblo con mis nietos"
	{Name: "relocating to be near family", Pattern: "para|pa ya estar|vivir ~3 con mi|mis|nuestra|nuestros @famEs / para|pa ya estar|vivir ~3 cerca de mi|mis|nuestra|nuestros @famEs / para|pa irnos|irme|mudarnos|mudarme ~3 cerca de mi|mis|nuestra|nuestros @famEs"},
	{Name: "retiring", Pattern: "retir*"},
	{Name: "downsizing", Pattern: "downsiz*|smaller / empty nest|nester|nesters|nesting / feels|felt|too|so|pretty empty"},
	{Name: "downsizing", Pattern: "kids ~2 grown|gone|moved|left"},
	{Name: "growing family", Pattern: "bigger|larger ~1 place|house|home|space / something|one bigger|larger"},
	{Name: "growing family", Pattern: "baby|twins|pregnant|expecting"},
	// "ya se nos hizo chica la casa", "queremos algo más grande"
	{Name: "growing family", Pattern: "se nos hizo|quedo chica|chiquita|pequena / algo|una casa mas grande"},
	// "time to upsize", "we outgrew it", "need more bedrooms", "baby due on the way"
	{Name: "growing family", Pattern: "upsiz*|outgrow*|outgrew / need|needs|needing more room|space|bedrooms / growing family / family ~2 growing|grew"},
	{Name: "growing family", Pattern: "kid|baby|child|kiddo ~2 on the way"},
	// "hard to keep up with the county taxes", "taxes doubled"
	{Name: "rising property taxes", Pattern: "cant|couldnt|struggling|hard|tough|trouble ~2 keep|keeping up with ~3 taxes|tax"},
	{Name: "financial hardship", Pattern: "cant|couldnt|struggling|hard|tough|trouble ~2 keep|keeping up with ~3 payments|mortgage|bills|repairs|upkeep|maintenance"},
	{Name: "rising property taxes", Pattern: "keep up with ~3 taxes|tax / taxes|tax ~3 killing|crushing|insane|outrageous|doubled|skyrocketed|skyrocketing|through"},
	{Name: "financial hardship", Pattern: "keep up with ~3 payments|mortgage|bills|repairs|upkeep|maintenance"},
	// "my partner landed a job in ohio", "husband took a position out of state"
	{Name: "relocating for spouse's job", Pattern: "@spouse ~2 got|has|took|accepted|landed|offered|starts|starting ~2 job|position|transfer|promotion|offer"},
	{Name: "relocating for job", Pattern: "got|took|accepted|landed ~2 job|position ~1 in|out|across"},
	// "Got offered the plant manager job down in Columbus"
	{Name: "relocating for job", Pattern: "offered ~4 job|position|transfer ~3 in|down|up|out|over|across"},
	// "the street has changed a lot", "area got sketchy"
	{Name: "neighborhood decline", Pattern: "@hood ~4 @decline"},
	{Name: "neighborhood decline", Pattern: "crime ~2 up|rising|getting|increasing|bad"},
	// "the tenant quit paying rent", "renter hasnt paid since may", "evicting"
	{Name: "tired landlord", Pattern: "@landlrd ~3 stopped|stop|quit|not|wont|never|behind|hasnt|havent|isnt|arent ~2 paying|pay|paid"},
	{Name: "tired landlord", Pattern: "evict|evicting|eviction|evictions"},
	// dev334 (stop 54): "I just don't want to manage it from two states
	// away anymore", "estoy cansado de las llamadas a las 2am por el
	// toilet"
	{Name: "tired landlord", Pattern: "dont|not want to manage|run it|this|these ~3 anymore|from|long / dont|not want to manage|run the|a rental|rentals|property|properties ~3 anymore|from|long / cansado|cansada|cansados|harto|harta ~3 inquilinos|rentar|llamadas|tenants|renters"},
	// dev312 (stop 53): "ya no quiero ser landlord", "three months
	// behind", "ya debo dos meses"
	{Name: "tired landlord", Pattern: "no quiero|queremos ser landlord|landlords|casero|casera|caseros|caseras|arrendador|arrendadora|arrendadores"},
	{Name: "behind on payments", Pattern: "one|two|three|four|five|six|1|2|3|4|5|6|several|few months|payments behind / debo|debemos|debe ya? dos|tres|cuatro|varios|2|3|4 meses"},
	// "tired to call the plumber at midnight and chase rent every month"
	{Name: "tired landlord", Pattern: "chase|chasing ~2 rent|tenants|renters|inquilinos|renta"},
	// "la casa que rento ya me cansó", "los inquilinos nomás dan
	// problemas", "dejaron la casa hecha un desastre" (a home the lead
	// rents out, not "rento un cuarto": "rento" is also a tenant's word;
	// and no gap before "dan" for a "no" to hide in)
	{Name: "tired landlord", Pattern: "inquilino|inquilinos|inquilina|inquilinas nomas|puros|solo|siempre? dan|daban|dieron|causan|causaron|son|fueron puros? problemas|lata / inquilino|inquilinos|inquilina|inquilinas ~5 cansa|canso|cansado|cansada|harto|harta|desastre|destrozaron|destrozada / casa|casita|depa|departamento|propiedad|duplex que rento|rentamos ~5 cansa|canso|cansado|cansada|harto|harta|desastre|destrozaron|destrozada"},
	{Name: "moving in with partner", Pattern: "married|fiance|fiancee|girlfriend|boyfriend|partners"},
	{Name: "tired landlord", Pattern: "@tired ~4 @landlrd"},
	// "tired of rentin it out", "tired of renting to roughnecks" (not a
	// tenant "tired of renting apartments")
	{Name: "tired landlord", Pattern: "@tired of renting|rentin it|them|out|to / @tired of renting|rentin the place|house|unit|units"},
	{Name: "tired landlord", Pattern: "@landlrd ~4 @tired"},
	// "I want out of landlording", "I'm worn out with tenants" (not
	// "before the tenants' lease runs out", "the tenant is getting out",
	// "the carpets are pretty worn")
	{Name: "tired landlord", Pattern: "want|wants|wanna|get|getting out of ~2 being? a? @landlrd / im|were|am|are|getting|so|feeling worn out ~3 @landlrd"},
	{Name: "hoa problems", Pattern: "hoa ~3 nightmare|assessment|fees|fines|problem|problems|issues"},
	// "the HOA fines me every other week"
	{Name: "hoa problems", Pattern: "hoa|association ~3 fine|fines|fined|fining me|us / fined|fines by|from the hoa|association"},
	{Name: "tax lien", Pattern: "lien|liens / back taxes"},
	{Name: "hoa problems", Pattern: "special assessment"},
	{Name: "need cash for business", Pattern: "for my business"},
	{Name: "relocating to warmer climate", Pattern: "somewhere warm / warmer / tired|sick|done|hate|over ~3 snow|winters|shoveling"},
	{Name: "vacant property", Pattern: "vacant / empty house / sits|sitting|setting|sat|stood|standing ~2 empty"},
	// dev308 (stop 53): "una casa donde no vive nadie", "a house nobody
	// lives in"
	{Name: "vacant property", Pattern: "donde no vive nadie / nobody|noone lives there / nobody|noone lives in it / no one lives there / no one lives in it / house|place|home nobody|noone lives in / house|place|home no one lives in"},
	// "my lease in Newark starts the 1st of next month", "I'm moving in
	// with my daughter in Bel Air"
	{Name: "relocating", Pattern: "my|our new? lease ~3 starts|begins|start|begin"},
	{Name: "relocating to be near family", Pattern: "moving|move|moved in with my|our @fam"},
	{Name: "job loss", Pattern: "laid off / layoff|unemployed"},
	// dev334 (stop 54): "desde que cerraron la clínica donde trabajaba"
	{Name: "job loss", Pattern: "cerraron|cerro ~4 donde trabajaba|trabajo|trabajaban / closed|shut ~4 where i|he|she|we worked"},
	// the job gone in plain words: "lost my job at the plant", "the
	// job's gone", "the mill shut down", "perdí el trabajo", "cerró la
	// fábrica"
	{Name: "job loss", Pattern: "lost|lose|losing ~2 job|jobs|work / jobs gone / job is|was gone / plant|mill|sawmill|factory|refinery|shop ~2 shut|closed|closing|shutting|shuttered ~1 down? / the mine ~2 shut|closed|closing|shutting|shuttered / coal mine|mines ~1 shut|closed|shuttered / perdi|perdio|perdimos|perdieron ~2 trabajo|chamba|jale|empleo / cerro|cerraron ~2 planta|fabrica|refineria|maquila|empresa"},
	{Name: "death in family", Pattern: "passed|died|funeral"},
	// Spanish, and the rest of the seller's reasons in words
	{Name: "death in family", Pattern: "fallecio|murio|falleciera|murieron|fallecieron|difunto|difunta"},
	// "era de mi suegra, que en paz descanse", "my dad, rest in peace"
	{Name: "death in family", Pattern: "en paz descanse / descanse en paz / qepd / rest in peace / may he|she rest"},
	{Name: "inherited", Pattern: "herencia|heredamos|herede|heredo|heredaron / estate sale / quedo a nombre"},
	{Name: "behind on payments", Pattern: "atrasado|atrasada|atrasados|atrasadas ~3 pagos|impuestos|hipoteca|mensualidades"},
	// "con to' lo que debo en atrasos del mortgage"
	{Name: "behind on payments", Pattern: "atrasos del|de|en|con ~1 mortgage|hipoteca|pagos|mensualidades"},
	// "vendo porque ya no puedo con los pagos", "no podemos seguir pagando
	// la hipoteca"
	{Name: "behind on payments", Pattern: "ya no puedo|podemos con los|las|la|el pagos|mensualidades|hipoteca|mortgage|pago / no puedo|podemos seguir pagando|pagar la|el|los hipoteca|mortgage|pagos|mensualidades"},
	// "el salón no ta dando y tengo deudas"
	{Name: "financial hardship", Pattern: "tengo|tenemos|debo muchas? deudas|deuda|deudotas / lleno|llena|llenos de deudas"},
	// "me atrasé con la hipoteca like 4 months"
	{Name: "behind on payments", Pattern: "atrase|atrasamos|atraso|atrasaron ~3 hipoteca|pagos|mensualidades|renta"},
	// worn out: "I don't have it in me to find another tenant. I'm 71"
	{Name: "tired of it", Pattern: "dont have it in me / cant do it anymore / too old for ~2 this|it|that / getting too old / ya no puedo con ~2 esto|la casa|eso|las"},
	{Name: "behind on payments", Pattern: "atrasao|atrasa ~3 pagos|impuestos|hipoteca|mensualidades / me quiere|quieren quitar la casa"},
	// reasons in plain words: "code enforcement fined me", "the bank
	// won't refinance", "no tengo guita para arreglarla", "we're building
	// our new place", "nos regresamos a México", "rather sell than deal
	// with contractors"
	{Name: "code violations", Pattern: "code enforcement / city|county ~4 another|new violation|citation / fined|cited|citation|citations|violation|violations ~3 city|county|code|yard|house|me|us / city|county|hoa ~2 fined|cited|fining|citing ~1 me|us|the|for"},
	{Name: "financial hardship", Pattern: "bank|lender ~2 wont|refuses|refused|denied|cant ~1 refinance|refi|modify|modification / cant ~1 afford ~3 fix|repairs|repair|arreglar / no tengo|tenemos ~1 guita|plata|lana|dinero|money ~2 para|to ~1 arreglarla|arreglar|arreglarlo|fix|repair|repairs"},
	{Name: "buying or building another home", Pattern: "building|built|bought|buying our|a new place|house|home / closing|closed on our|a new place|house|home / construyendo|compramos ~2 casa|otra"},
	{Name: "relocating", Pattern: "regresamos|regreso|volvemos|vamos|mudamos ~2 a ~1 mexico|colombia|venezuela|cuba|puerto|espana|guatemala|honduras|salvador|peru|argentina"},
	// "me regreso a Guadalajara en septiembre", "nos cambiamos a Omaha",
	// "él ya se devolvió para Medellín" (a place, not "a la casa": see
	// firstCue)
	{Name: "relocating", Pattern: "me|nos|se regreso|regresamos|regresa|regresan|regresaron|devolvio|devolvieron|devolvemos ya? a|para|pa / nos cambiamos ya? a|para|pa / me|nos cambian|cambiaron|trasladan|trasladaron a|para"},
	// "me salió un traslado a Denver con la empresa"
	{Name: "relocating for job", Pattern: "me|le|nos|les salio|dieron|ofrecieron un? traslado / traslado a|de|del trabajo|empresa"},
	// going back home: "me quiero volver pa Santiago", "nos queremos
	// regresar a mi tierra", "quiero irme pa mi pais"
	{Name: "relocating", Pattern: "quiero|queremos|vamos|voy ~1 volver|volverme|regresar|regresarme|irme|irnos ~1 pa|para|a / volverme|regresarme|volvernos|regresarnos pa|para|a"},
	// age: "ya estoy vieja", "ya estamos grandes pa tanta casa"
	{Name: "downsizing", Pattern: "ya estoy|estamos viejo|vieja|viejos|viejas|grande|grandes|mayor|mayores"},
	{Name: "tired of repairs", Pattern: "rather sell ~3 than ~3 deal|fix|fixing|repair|repairs|contractors|sink|put|spend / tired|sick of ~2 fixing|repairs|contractors|dealing / im|were done ~2 fixing|dealing"},
	{Name: "too much house", Pattern: "too many|much stairs|house|yard|upkeep|maintenance / demasiadas escaleras"},
	{Name: "paying for parent's care", Pattern: "in a home|facility now / care|nursing|facility costs|cost ~3 a|per month|mes"},
	{Name: "financial hardship", Pattern: "no puedo|podemos ~1 pagar|pagarla|mantener / no me alcanza"},
	{Name: "pre-foreclosure", Pattern: "tax sale / sheriff sale / bank|lender ~3 breathing|threatening / bank|lender ~3 coming after / embargo|embargar|remate"},
	{Name: "underwater", Pattern: "underwater|upside down? on|with ~1 it|the|my|our|mortgage|loan|house / owe more than"},
	{Name: "relocating for job", Pattern: "me|nos|lo|la transfirieron|trasladaron|trasladan|transfieren / me|nos|lo|la mandaron|mandan a|para|pa / por el|su trabajo / nuevo trabajo / back to school"},
	// "me van a transferir a la planta de Laredo"
	{Name: "relocating for job", Pattern: "me|nos|lo|la van a transferir|trasladar|mandar"},
	// "me mandan al jale en North Dakota"
	{Name: "relocating for job", Pattern: "me|nos|lo|la mandan|mandaron|envian|enviaron al|a la? jale|trabajo|chamba|obra|proyecto en|a|pa|para"},
	// "me ofrecieron trabajo en Monterrey"; "widowed last year"
	{Name: "relocating for job", Pattern: "me|nos|le ofrecieron ~1 un|una? trabajo|chamba|jale|puesto|plaza"},
	{Name: "death in family", Pattern: "widowed|widow|widower|viudo|viuda|enviude|enviudo"},
	// "me salió trabajo en Yuma, so we gotta move"
	{Name: "relocating for job", Pattern: "me|nos|le salio ~1 un|una? trabajo|chamba|jale|puesto|plaza"},
	// "we're moving her in with my sister": a parent who can no longer
	// live alone
	{Name: "caring for family", Pattern: "moving|move|moved her|him|them|mom|dad|mother|father|grandma|grandpa in with"},
	// "nos vamos a separar", "got a session gig in LA that starts Jan 6",
	// "el trabajo nuevo empieza el 3", "she went home to be with the Lord"
	// "me voy pa Florida con mi hija en marzo", "la mía lleva un año
	// vacía, no la necesito pa nada"
	{Name: "relocating", Pattern: "me voy|nos vamos|me mudo|nos mudamos pa|para ~1 florida|texas|mexico|california|carolina|georgia|arizona|puerto|guate|el|la|otro|otra"},
	{Name: "vacant property", Pattern: "lleva|llevan ~3 vacia|vacio|sola|desocupada / no la|lo necesito|necesitamos pa|para nada"},
	{Name: "divorce", Pattern: "nos vamos a separar / nos separamos|separarnos / divorciamos|divorciando|divorciarnos"},
	// "con la separación ya no tiene sentido", "desde la separación",
	// "after the separation"
	{Name: "divorce", Pattern: "con|desde|por|tras la|mi|nuestra separacion / after|since the|our|my separation / because of the|our|my separation"},
	// "mi ex y yo queremos repartir lo de la casa"
	{Name: "divorce", Pattern: "mi ex / ex esposo|esposa|marido|mujer"},
	// "mi tío le dejó la casa a mi mamá en el testamento"
	{Name: "inherited", Pattern: "en el|su testamento / le|les|nos|me dejo|dejaron la|su casa"},
	// "I don't want another winter shoveling that driveway at my age"
	{Name: "downsizing", Pattern: "at my|our age / a mi|nuestra edad"},
	{Name: "relocating for job", Pattern: "got|landed|booked|new ~3 gig|tour|contract ~3 in|starts|out|that / trabajo nuevo"},
	{Name: "death in family", Pattern: "went|gone home to be with the lord / went to be with the lord / se nos fue / partio|descansa con el senor"},
	{Name: "relocating", Pattern: "moving|move|moved us? overseas|abroad / out of state / mudamos|mudarnos|mudo|mudarme|mudanza / ir|irnos|irme|vamos|voy ~1 a vivir"},
	{Name: "tired landlord", Pattern: "bad|terrible|horrible|nightmare tenants|tenant|renters / cansado|cansada|canse ~3 landlord|casero|casera|inquilinos|rentar|tenants|tenant|renters / inquilinos no pagan"},
	// a tenant who stopped paying, the landlord worn out collecting: "ya
	// casi no me paga la renta", "me cansé de andarle cobrando"
	{Name: "tired landlord", Pattern: "no me|nos paga|pagan|pago|pagaron ~2 la? renta|alquiler|mensualidad / cansado|cansada|canse|cansamos|harto|harta ~3 cobrar|cobrarle|cobrando|andarle"},
	{Name: "medical", Pattern: "chemo|chemotherapy|dialysis|hospital|hospitalized / se enfermo / enfermedad / esta|anda|sigue|estan enferma|enfermo|enfermos"},
	{Name: "caring for family", Pattern: "caring for ~2 my|our mom|dad|mother|father|parents|husband|wife|grandma|grandpa"},
	{Name: "downsizing", Pattern: "hijos se fueron / muy grande para / too big for ~2 us|me|just"},
	{Name: "buying another home", Pattern: "found a|another ~2 house|home|place / sell ours|mine to buy / contingent"},
	{Name: "failed listing", Pattern: "on the market ~3 months|weeks|no / no bites|offers|showings / listing expired / didnt sell"},
	// reasons stated without a stock phrase: health ("my health isnt
	// great", "the stairs are too much now"), carrying two homes, caring
	// for a parent, a commute
	{Name: "medical", Pattern: "my|his|her|our|moms|dads|wifes|husbands health / health ~2 declining|failing|poor|bad|isnt|wasnt|not|getting|going|issue|scare / stairs ~3 too|hard|difficult|anymore|tough"},
	// the body giving out: "my knees are shot", "my back can't take the
	// stairs", "las rodillas ya no me dan"
	{Name: "medical", Pattern: "my|his|her|moms|dads knees|knee|back|hip|hips|legs ~2 shot|bad|gone|giving|killing|cant|wont|worse|toast / my|his|her|moms|dads knees|knee|back|hip|hips|legs is|are done|finished / rodillas|rodilla|espalda|cadera ~3 duele|duelen|mal / rodillas|rodilla|espalda|cadera ~1 no me dan|ayudan|aguantan / rodillas|rodilla|espalda|cadera ya no ~2 dan|aguantan|sirven"},
	{Name: "carrying two mortgages", Pattern: "two|2|double|both mortgages|mortgage|notes / paying ~3 two|2|both mortgages|notes / already bought|closed|purchased ~3 another|new|other ~1 place|house|home|one"},
	{Name: "caring for family", Pattern: "take|taking care of ~2 my|our mom|dad|mother|father|parents|grandma|grandpa|mum / cant live alone / caregiver|caretaker"},
	{Name: "relocating for job", Pattern: "commute|commuting ~4 killing|long|brutal|too|hours|far / closer to work"},
	// what a doctor or a grown child said: "the doctor said I shouldn't
	// climb stairs", "no more steps for me", "my son wants us nearer",
	// "mis hijos quieren que viva cerca"; the negation belongs to the cue
	{Name: "medical", Pattern: "not|cant|couldnt ~3 stairs|steps / no more stairs|steps / doctor|doctors|dr|cardiologist|physician ~3 says|said|told|wants|recommended|recommends|orders"},
	{Name: "relocating to be near family", Pattern: "@fam ~2 wants|want|wanted|asked ~3 closer|nearer|near|nearby / @famEs ~2 quiere|quieren|quiso|quisieron ~4 cerca / cerca de ~1 mi|mis @famEs"},
	// in Spanish, without a stock phrase: "viene otro bebé en diciembre",
	// "la casa está chiquita para los seis niños", "mi mamá está en un
	// asilo con demencia", "debemos dos años de impuestos", "los tenants
	// no pagan"
	{Name: "growing family", Pattern: "viene|vienen|esperamos|espero ~1 otro|otra|un|una bebe|bebes|nino|nina|gemelos / embarazada / en camino / ya no cabemos / chiquita|chica|pequena ~3 para ~2 ninos|hijos|familia|chamacos|plebes"},
	{Name: "paying for parent's care", Pattern: "asilo|asilos / casa|residencia de ancianos|retiro / demencia|alzheimer|alzheimers"},
	{Name: "behind on payments", Pattern: "debemos|debo|debe|deben ~3 impuestos|pagos|mensualidades|taxes"},
	{Name: "tired landlord", Pattern: "tenants|tenant|inquilinos|inquilino|renters ~1 no pagan|paga|pagaron / tenants|tenant|inquilinos|inquilino|renters ~1 ya no pagan|paga|pagaron"},
	// worn out by age or by the money pit: "just gettin too old to be
	// climbing ladders", "not putting another dime into this place"
	{Name: "tired of it", Pattern: "getting too old / too old to"},
	// buyer's remorse: "I regret buying it", "me arrepiento de haberla
	// comprado"; worn out in a word: "we're just done"
	{Name: "regrets purchase", Pattern: "regret|regrets|regretted|regretting ~3 buying|purchase|purchasing|bought / regret|regrets|regretted|regretting it|this / regret|regrets|regretted|regretting this|the place|house / arrepiento|arrepentido|arrepentida|arrepentidos"},
	{Name: "tired of it", Pattern: "we|i are|am just|so|completely|totally|plumb done | / im just|so|completely|totally|plumb done |"},
	{Name: "tired of repairs", Pattern: "not|no|never ~2 putting|put|sinking|spending another|one|any ~1 more? dime|penny|cent|dollar|nickel ~1 into|in"},
	// "so we're not paying both", "the kids don't want it", "insurance
	// went up to 4k a year", "mi papá tiene que vivir conmigo", "quedó
	// pa' los cuatro y nadie se pone de acuerdo"
	{Name: "carrying two mortgages", Pattern: "paying|carry|carrying for? both"},
	{Name: "heirs do not want it", Pattern: "kids|children|heirs|family ~1 dont|wont ~1 want it / kids|children|heirs|family ~1 dont|wont ~1 want the house|place / los hijos|muchachos|chamacos no la quieren"},
	{Name: "rising insurance costs", Pattern: "insurance|premium|premiums ~3 went|gone|goes|going up / insurance|premium|premiums ~3 doubled|tripled|skyrocketed|increased|killing|crushing|insane|outrageous|unaffordable / seguro ~3 subio|aumento|duplico"},
	{Name: "caring for family", Pattern: "tiene|tienen que vivir conmigo / vivir con nosotros / vino|vinieron|mudo|mudaron a vivir conmigo"},
	{Name: "inherited", Pattern: "quedo pa|para los|las ~1 cuatro|tres|dos|cinco|hermanos|hijos / nos quedo la casa / nadie se pone de acuerdo / no nos ponemos de acuerdo"},
})

var conditionRules = textmatch.MustCompile(map[string]textmatch.Set{
	"part": conditionParts,
	"good": textmatch.NewSet("fine", "good", "great", "solid", "decent", "excellent", "perfect", "new", "updated",
		"redone", "remodeled", "renovated", "immaculate", "pristine", "nice", "clean", "newer", "original", "dated", "gorgeous", "beautiful", "ok"),
	"bad": textmatch.NewSet("leak", "leaks", "leaking", "leaky", "cracked", "crack", "cracks", "sinking", "rotting", "rotten",
		"rot", "mold", "moldy", "mildew", "termite", "termites", "damage", "damaged", "broken", "busted", "failing",
		"failed", "falling", "trashed", "wrecked", "gutted", "destroyed", "flooded", "flooding", "leaning", "sagging",
		"caving", "collapsing", "infested", "stains", "stained", "burned", "fire", "tarp", "hole", "holes", "worn",
		"beat", "outdated", "dated", "wallpaper", "rough", "bad", "needs", "shot", "floods", "busted", "dead", "junk", "toast", "kaput"),
	"shape": textmatch.NewSet("shape", "condition", "bones", "repair"),
	// components: "new roof" is a condition, "new house" is not
	"comp": textmatch.NewSet("roof", "foundation", "kitchen", "basement", "bathroom", "bathrooms", "baths", "bath",
		"furnace", "hvac", "ac", "plumbing", "electrical", "windows", "floors", "flooring", "siding", "deck", "porch",
		"septic", "water", "heater", "carpet", "carpets", "paint", "walls", "ceiling", "ceilings", "chimney", "garage",
		"pool", "fence", "driveway", "attic", "gutters", "appliances", "cabinets", "panel", "drywall", "counters",
		"countertops", "wiring", "pipes", "boiler", "sewer", "interior", "exterior", "pump", "roofs",
		// the equipment by its brand or kind: "the old Carrier is 26 years old"
		"system", "trane", "lennox", "goodman", "rheem", "cooler", "coolers",
		// in Spanish: "el aire no sirve", "el calentador no jala"
		"aire", "calentador", "estufa", "techo", "calefaccion"),
	"needs": textmatch.NewSet("needs", "need", "needing", "requires", "require"),
	"work":  textmatch.NewSet("work", "tlc", "repairs", "repair", "updating", "updates", "paint", "carpet", "roof", "everything", "love", "fixing", "attention", "replacing", "renovation", "remodel", "rehab", "gutting", "cleaning"),
	"reno":  textmatch.NewSet("redid", "redone", "replaced", "updated", "remodeled", "renovated", "upgraded", "installed", "painted", "refinished", "fixed", "new", "newer"),
}, []textmatch.Rule{
	{Name: "move-in ready", Pattern: "move in ready / movein ready / turnkey / turn key / ready to move in"},
	// the state in a word, and in Spanish: "its a mess", "hoarder house",
	// "necesita mucho trabajo", "en buenas condiciones", "moho", "gotea"
	{Name: "needs work", Pattern: "its|it|place|house|home|property|inside|interior|everything ~3 mess|disaster|wreck|dump / hoarder|hoarders / floor to ceiling / deep clean|cleaning"},
	{Name: "needs work", Pattern: "necesita|necesitan ~2 trabajo|reparaciones|arreglos|techo|pintura|remodelacion|todo|rehab|remodel / mucho trabajo"},
	// the northern Mexican "ocupa", needs: "la casa ocupa pintura y el
	// techo unos parches" (blind60, stop 67)
	{Name: "needs work", Pattern: "ocupa|ocupan ~2 trabajo|reparaciones|arreglos|techo|pintura|remodelacion|rehab|remodel|parches|arreglito|arreglitos"},
	// a part failing: "the well pump is goin out", "the furnace is on its
	// last legs"
	{Name: "needs work", Pattern: "pump|heater|furnace|ac|hvac|boiler|compressor|septic|roof is|s|are ~1 going out / pump|heater|furnace|ac|hvac|boiler|compressor|septic|roof ~3 on its|their last legs"},
	// dev334 (stop 54): "roof got patched twice and it still drips", "the
	// tenant smoked inside for 9 years, everything reeks", "el roof en
	// malas condiciones"
	{Name: "roof issues", Pattern: "roof|techo|ceiling ~4 drips|dripping|leaks|leaking|gotea|patched"},
	{Name: "needs work", Pattern: "en malas|mala condiciones|condicion / en mal estado"},
	{Name: "smoke odor", Pattern: "smoked inside|indoors / everything reeks|stinks"},
	// dev329 (stop 54): "the back porches have to be rebuilt"
	{Name: "needs work", Pattern: "has|have|need|needs to be rebuilt|replaced|redone|gutted|torn"},
	// dev297 (stop 52): "a single-wide that's seen better days", "a
	// swamp cooler that don't work"
	{Name: "needs work", Pattern: "that|which|it|its|house|place|home|roof|trailer|mobile|kitchen|building|property|has|is ~2 seen better days / cooler|heater|furnace|ac|hvac|stove|oven|toilet|dishwasher|boiler|pump|septic that|which? dont|aint work|working"},
	// diminutives and the Caribbean "-ao": "necesita su arreglito", "el
	// baño está to dañao"
	{Name: "needs work", Pattern: "necesita|necesitan ~2 arreglito|arreglitos|trabajito|manita|reparacioncita / danao|danaos|estropeao|estropeado|estropeada"},
	{Name: "good condition", Pattern: "buenas|buen|excelentes|excelente condiciones|condicion|estado / bien cuidada|cuidado|cuidadita|cuidadito"},
	// "está en perfecto estado", "en buena shape", "todo original pero
	// limpio"
	// ("está en buen shape", "vieja pero sólida")
	{Name: "good condition", Pattern: "perfecto|perfectas|buena|buenas estado|condiciones|shape|condition / buen shape|estado / vieja|viejo|old pero|but solida|solido|solid|sturdy / todo|all original ~3 limpio|clean|good|bien"},
	// "la pinté el año pasado y todo funciona", "everything works"
	{Name: "good condition", Pattern: "todo funciona|sirve|jala / todo esta funcionando / everything works|working|runs"},
	{Name: "repairs needed", Pattern: "moho|gotea|goteras|rotas|roto|rotos|humedad|termitas|danos|danada|hongo|hongos"},
	// "después de María la casa quedó bien afectada"
	{Name: "repairs needed", Pattern: "quedo|quedaron|esta|estan ~2 afectada|afectado|afectadas|destruida|destruido|destrozada|destrozado"},
	{Name: "structural issues", Pattern: "@comp ~2 collapsed|collapsing|falling|fell|caved|sinking"},
	{Name: "dated", Pattern: "hasnt|hadnt|never been ~1 updated|remodeled|touched|renovated"},
	// damage named by its cause: "smoke damage in the hall", "hail damaged roof"
	{Name: "fire or smoke damage", Pattern: "fire|smoke ~1 damage|damaged / kitchen|house|small|electrical fire"},
	// "fire in the back unit last spring", "had a fire in the garage"
	{Name: "fire or smoke damage", Pattern: "fire in the|our|my|a ~1 unit|units|kitchen|garage|basement|attic|house|home|duplex|building|apartment / had|was a fire"},
	{Name: "water damage", Pattern: "water|flood|flooding ~1 damage|damaged"},
	{Name: "storm damage", Pattern: "storm|hail|wind|tree|hurricane|tornado ~1 damage|damaged / damage|danos del huracan|tormenta"},
	{Name: "needs work", Pattern: "@needs ~3 @work"},
	{Name: "fixer-upper", Pattern: "fixer|fixerupper / handyman special"},
	{Name: "gutted, unfinished renovation", Pattern: "gutted|studs"},
	{Name: "foundation issues", Pattern: "foundation|foundations|slab ~4 @bad"},
	{Name: "foundation issues", Pattern: "@bad ~2 foundation|foundations|slab"},
	{Name: "foundation issues", Pattern: "doors ~1 dont close / doors ~1 stick"},
	// "problemas de cimiento", "las puertas ya no cierran bien", "se ven
	// las grietas en la pared"
	{Name: "foundation issues", Pattern: "cimiento|cimientos / puertas ~2 no cierran|cierra / grietas|grieta|rajaduras en ~2 la|las|el pared|paredes|piso|techo"},
	{Name: "roof issues", Pattern: "roof ~3 @bad|leaks|needs|replacing|replaced|tarp / roof ~5 tarp|tarped"},
	{Name: "roof issues", Pattern: "@bad ~2 roof"},
	{Name: "storm damage", Pattern: "tree fell / storm|hail|hurricane|flood|flooded"},
	{Name: "mold", Pattern: "mold|moldy|mildew"},
	{Name: "water damage", Pattern: "water ~1 stains|damage|stained|stain"},
	// a system that sounds wrong, and trouble named in Spanish (blind70,
	// stop 71): "the boiler bangs when it kicks on", "tiene problemas con
	// la plomería"
	{Name: "repairs needed", Pattern: "boiler|furnace|heater|pipes|radiator|radiators|ac|compressor|pump ~1 bangs|banging|knocks|knocking|rattles|rattling|clanks|clanking|groans|whines|squeals / problemas|problema con|en la|el|los|las plomeria|tuberia|tuberias|techo|cimientos|electricidad|calefaccion|calentador|boiler|furnace|roof|plumbing"},
	// "the basement takes on water every time it storms", "water gets in
	// the crawlspace", "se mete el agua al sótano"
	{Name: "water damage", Pattern: "takes|take|taking|took on? water / water ~2 gets|comes|came|coming|seeps|seeping into|in ~2 basement|crawlspace|garage|house|attic / se mete|metia|entra|entraba el? agua"},
	{Name: "pest damage", Pattern: "termite|termites|mice|rats|roaches|infested|infestation"},
	{Name: "pest damage", Pattern: "raccoons|raccoon|squirrels|squirrel|bats|possums|rodents|cucarachas|ratas|ratones|termitas|plaga ~4 got|in|attic|walls|everywhere"},
	// the state of the place in plain words: "a gut job", "smells like
	// cigarettes", "everything's from the 70s", "shag carpet", "the
	// septic backs up", "the heater leaked and ruined the floors"
	{Name: "needs work", Pattern: "gut job / full|total gut"},
	{Name: "smoke odor", Pattern: "smells|smell|reeks|stinks ~2 like|of ~2 smoke|cigarettes|cigarette|smoking|pets|cats|dogs|urine / nicotine / olor a|de ~1 cigarro|humo|orines"},
	{Name: "dated", Pattern: "from the 50s|60s|70s|80s|90s|fifties|sixties|seventies|eighties / shag carpet / wood paneling|panelling / old carpet|appliances|cabinets|fixtures|everything"},
	// "the carpet is from like 1985"
	{Name: "dated", Pattern: "carpet|carpets|kitchen|cabinets|bathroom|bathrooms|appliances|roof|furnace is|are? from ~1 19*"},
	{Name: "failed septic", Pattern: "septic ~3 backs|backing|backed up / well water ~3 tastes|smells|bad|rusty|metal"},
	{Name: "fire or smoke damage", Pattern: "fire in the ~1 kitchen|garage|basement|bedroom|attic|house / incendio|quemada|quemado / un fuego|incendio en la ~1 cocina|casa|cochera|garaje / huele a humo"},
	// "se me quemó la cocina en marzo" (the food burned is no damage)
	{Name: "fire or smoke damage", Pattern: "se|me|nos|le quemo ~2 cocina|casa|cuarto|garaje|cochera|techo|recamara|sala"},
	// a floor or a unit burned (blind70, stop 71): "el de arriba se
	// quemó", "el apartamento de abajo se quemó"
	{Name: "fire or smoke damage", Pattern: "el|la de arriba|abajo se quemo|quemaron / el|la|mi|su piso|apartamento|apartment|unidad|atico ~2 se quemo|quemaron"},
	// "a house thats had a fire", "smoke got everywhere upstairs"
	{Name: "fire or smoke damage", Pattern: "had|was a|an fire / there was a|an fire / caught fire / burned|burnt down|out / smoke got|went ~2 everywhere|upstairs|through|into / fire started|broke ~1 in|out"},
	// "el furnace no sirve y el water heater tampoco", "la casa está ready"
	{Name: "repairs needed", Pattern: "@comp ~1 no sirve|sirven|funciona|funcionan|jala|jalan"},
	{Name: "move-in ready", Pattern: "casa|house|place|depa esta ready|lista | / casa|house|place|depa esta ready|lista para entrar|mudarse|habitar|vivir|move"},
	{Name: "water damage", Pattern: "leaked|flooded|flooding ~4 ruined|damaged|destroyed|soaked|warped / goteras|gotera|humedad|podrido|podrida / se llueve"},
	{Name: "foundation issues", Pattern: "foundation ~2 was|been|got ~1 repaired|fixed|lifted|piered|leveled"},
	{Name: "move-in ready", Pattern: "lista|listo para|pa ~1 entrar a? vivir / lista|listo para|pa ~1 vivir|habitar|mudarse / remodelada|remodelado|renovada|renovado ~1 completa|completo|completamente|toda|todo"},
	{Name: "neglected outside", Pattern: "overgrown ~2 yard|lawn|grass / broken ~2 windows|window / boarded up"},
	{Name: "failed septic", Pattern: "septic|septics ~3 failed|failing|bad|broken|needs"},
	{Name: "trashed by tenants", Pattern: "trashed|wrecked|destroyed"},
	{Name: "deferred maintenance", Pattern: "deferred maintenance / maintenance"},
	{Name: "dated", Pattern: "dated|outdated|wallpaper / original everything / original from"},
	// "el techo ya tiene sus años", "le falta pintura", "techo viejo"
	{Name: "dated", Pattern: "tiene|tienen sus anos / techo|roof|ac|calentador|piso|pisos|cocina|ventanas|banos ~3 viejo|vieja|viejos|viejas|antiguo|antigua / le|les falta|faltan ~1 pintura|arreglos|trabajo|mantenimiento / necesita|necesitan pintura"},
	{Name: "original condition", Pattern: "original ~1 everything|condition"},
	{Name: "worn", Pattern: "beat up / worn / rough|bad|poor shape"},
	{Name: "structural issues", Pattern: "leaning|sagging|caving|collapsing / falling apart / half down"},
	{Name: "damage", Pattern: "hole ~4 drywall|wall|walls|ceiling|floor"},
	// a place left in a state, told by what is in it or done to it:
	// "trash piled in every room", "the side door was kicked in",
	// "weeds taller than the mailbox", "quebraron las ventanas", "hay
	// basura por todos lados"
	{Name: "trash and damage", Pattern: "trash|garbage|junk|debris|basura ~3 piled|everywhere|knee|waist|bags|todos|tirada|regada / door|doors|window|windows ~4 kicked|smashed|busted|pried ~1 in|open|out / kicked|pried|smashed ~3 door|doors ~1 in|open|down / grass|weeds|yard ~3 waist|knee|overgrown / grass|weeds ~3 taller|tall|high / rompieron|quebraron|rompio|quebro|tumbaron ~2 ventanas|ventana|vidrios|puerta|puertas|pared|paredes / hay basura|cochinero|tiradero"},
	{Name: "roof issues", Pattern: "roof|roofs|ceiling ~6 drips|dripping|drip"},
	{Name: "rotting", Pattern: "rotting|rotten|rot"},
	{Name: "leaks", Pattern: "leak|leaks|leaking|leaky"},
	{Name: "repairs needed", Pattern: "@part ~2 is|are ~1 shot|busted|dead|broken|junk / @part floods|leaks"},
	// "carpet shot, 2 windows busted, holes in the hallway walls"
	{Name: "repairs needed", Pattern: "@part ~1 shot|busted|trashed|rotted|rotten|cracked / holes in ~3 walls|wall|ceiling|floor|floors|drywall"},
	// blind59 (stop 66): "got a busted water heater"
	{Name: "repairs needed", Pattern: "a|the|got|has busted|broken|cracked|dead|leaky|leaking|rotten|rotted @comp"},
	{Name: "good condition", Pattern: "@part ~1 works|working|runs|running ~1 fine|great|good|well|perfectly"},
	{Name: "good condition", Pattern: "good|great|solid|decent|excellent|perfect|fine|rough|bad|poor ~1 @shape"},
	{Name: "good condition", Pattern: "@part ~2 is|are|was|looks|in ~2 @good"},
	{Name: "good condition", Pattern: "in ~2 @good shape|condition"},
	{Name: "good condition", Pattern: "kept it up / maintained"},
	// "it's been kept up real nice", "nothing wrong with it"
	{Name: "good condition", Pattern: "kept up ~2 nice|well|good|great / well kept / nothing wrong with it / nothing wrong with the house|place / no tiene nada malo"},
	// "kitchen floor is soft by the dishwasher", "daño de agua en el
	// baño", "el techo del porche se está cayendo"
	{Name: "repairs needed", Pattern: "floor|floors|subfloor ~3 soft|spongy / soft spot|spots"},
	{Name: "water damage", Pattern: "dano|danos de agua"},
	{Name: "structural issues", Pattern: "se esta|estan|va ~1 cayendo|hundiendo|cuarteando"},
	{Name: "good condition", Pattern: "nothing major"},
	{Name: "needs work", Pattern: "@needs ~2 new|replacing|replacement|replaced"},
	{Name: "needs repairs", Pattern: "too|so many repairs|problems|issues|things / lots|lot of repairs|work|updates / major repairs|work"},
	{Name: "cosmetic issues", Pattern: "cosmetic"},
	{Name: "tear-down", Pattern: "tear down / teardown|knockdown"},
	{Name: "aging", Pattern: "@comp ~4 years old"},
	// "the old Carrier is 26 years old", "the old one's thirty years old"
	{Name: "aging", Pattern: "old carrier|unit|one|ones ~2 years old"},
	{Name: "updated", Pattern: "@reno ~3 @comp"},
	{Name: "updated", Pattern: "@comp ~2 @reno"},
	{Name: "updated", Pattern: "it|house|home|place|condo is|was|been ~2 remodeled|renovated|updated|redone"},
	{Name: "new construction", Pattern: "new construction / built new / brand new"},
	// "tenants living there", "tenant still in it"; not "the tenants
	// moved out in March" or "the tenant situation over there"
	{Name: "tenant-occupied", Pattern: "tenant|tenants ~1 occupied|living|paying / tenant|tenants are|is|still|currently|now ~1 there|in|living|paying / tenant|tenants in it|there"},
	{Name: "tenant-occupied", Pattern: "tenant occupied / rented out"},
	{Name: "original condition", Pattern: "built in ~3 original"},
	// a failed system: "boiler gave out", "ac quit last summer", "no heat"
	{Name: "repairs needed", Pattern: "@comp ~2 died|quit|broke|failed|stopped|blew|conked|dead / @comp ~2 went|gave|is|was out"},
	{Name: "repairs needed", Pattern: "no heat|ac|hvac|power|plumbing / no hot water"},
	// "gut renovated", "completely redone", "everything replaced"
	{Name: "updated", Pattern: "fully|completely|totally|recently|newly|freshly|gut|just ~1 renovated|remodeled|updated|redone|rehabbed|restored|renovation|rehab"},
	{Name: "updated", Pattern: "new everything / everything ~2 new|updated|redone|replaced"},
	// "a pipe broke upstairs", "burst pipe in the basement"
	{Name: "water damage", Pattern: "pipe|pipes ~3 burst|froze|frozen|broke|busted|bursting / burst|frozen|broken|busted pipe|pipes"},
	// in plain words: "el sótano se moja cada vez que llueve", "plaster's
	// coming down", "foundation dropped two inches", "mine subsidence",
	// "lead paint, knob and tube", "roots got into the clay sewer line",
	// "necesita kitchen nueva", "el driveway está cuarteado"
	{Name: "water damage", Pattern: "se moja|mojan|inunda|inundan|inundo|inundaba / le entra agua / se llena|llenan|llenaba de agua"},
	// "la pared de atrás tiene un crack grande", "tiene goteras"
	{Name: "repairs needed", Pattern: "tiene|tienen ~2 crack|cracks|grieta|grietas|rajadura|rajaduras|hoyo|hoyos"},
	{Name: "structural issues", Pattern: "plaster|ceiling|ceilings|walls ~2 coming|came|falling down|off / foundation|corner|floor|floors ~4 dropped|settled|settling|shifted|shifting|sank|heaved / subsidence"},
	{Name: "hazards", Pattern: "lead paint|pipes / knob and tube / asbestos / pintura de plomo"},
	{Name: "sewer line issues", Pattern: "roots ~3 into|in ~3 sewer|line|lines|pipes / sewer ~4 collapsed|cracked|clay|roots|backs|backing"},
	{Name: "needs work", Pattern: "necesita|necesitan ~2 paint|kitchen|cocina|roof|techo|floors|pisos ~1 nueva|nuevo|nuevas|nuevos / necesita|necesitan ~1 paint"},
	{Name: "repairs needed", Pattern: "cuarteado|cuarteada|cuarteados|agrietado|agrietada|rajado|rajada|rajadas"},
})

// stormNotDamage follow a storm word that names a time, a map or a
// policy: "hurricane season", "flood zone", "flood insurance".
var stormNotDamage = textmatch.NewSet("season", "seasons", "zone", "zones", "insurance", "watch", "warning", "warnings", "prep",
	"shutters", "plain", "map", "maps", "policy", "coverage", "deductible", "temporada", "insurer", "premiums", "premium")

// othersPlaceBefore reports toks[:i] told of someone else's place: a
// place of a neighbour's or a friend's ("my neighbor's place", "my
// neighbor ... hers", "la casa de mi vecina"), or of kin told as theirs
// still ("my cousin's house is the one with the roof damage, not mine",
// "my aunt's house had a fire but she's staying"), and from there to i
// no word of the lead's own but a denial ("not mine"). Kin's place alone
// ("my mom's house in Hollywood, she moved to assisted living") is
// often the lead's to sell, and stays the lead's.
//
// ids are the IDs of toks, or nil (see [textmatch.Set.HasToken]).
func othersPlaceBefore(toks []string, ids []int32, i int) bool {
	// someone else's place starts at a relation named, singular or
	// plural ("my neighbors' place"): without one before i there is none,
	// and the words need not be read one by one (the condition rules call
	// this at every match)
	if len(ids) != len(toks) {
		ids = textmatch.IDsOf(toks)
	}
	if !relationsOrPlural.HasAnyID(ids[0:i]) {
		return false
	}
	theirs := false
	for k := 0; k < i; k++ {
		w := toks[k]
		base := w
		rel := relations.HasID(ids[k])
		// (a plural of a relation of three letters or more is in
		// relationsOrPlural: a word that is not needs no lookup of its
		// stem)
		if !rel && len(w) > 3 && w[len(w)-1] == 's' && relationsOrPlural.HasID(ids[k]) && relations.Has(w[:len(w)-1]) {
			base, rel = w[:len(w)-1], true
		}
		if !rel && !theirs {
			// only the third case below can hold at a word that is no
			// relation while no place is someone else's: the words
			// around it need not be read
			if theirOwn.HasID(ids[k]) && relations.HasAnyID(ids[max(0, k-12):k]) {
				theirs = true
			}
			continue
		}
		placeNext := rel && (k+1 < len(toks) && placeNouns.HasID(ids[k+1]) ||
			k+2 < len(toks) && placeNouns.HasID(ids[k+2]) && toks[k+1] != textmatch.Break && !firstPersons.HasID(ids[k+1]))
		casaDe := rel && (k >= 2 && toks[k-2] == "casa" && toks[k-1] == "de" || k >= 3 && toks[k-3] == "casa" && toks[k-2] == "de")
		switch {
		case rel && !kin.Has(base) && (placeNext || casaDe):
			// "my neighbor's place", "la casa de mi vecina"
			theirs = true
		case rel && (placeNext || casaDe) && stillTheirs(toks):
			// "my cousin's house ..., not mine"
			theirs = true
		case theirOwn.HasID(ids[k]) && relations.HasAnyID(ids[max(0, k-12):k]):
			// "my neighbor sold hers ... and hers had a bad foundation"
			theirs = true
		case theirs && (firstPersons.HasID(ids[k]) && !(w == "my" || w == "mi" || w == "our") || w == "ours") && !(k > 0 && (toks[k-1] == "not" || toks[k-1] == "no")):
			theirs = false
		case theirs && (w == "my" || w == "our" || w == "mi") && k+1 < len(toks) && placeNouns.HasID(ids[k+1]):
			// "... and my house has a cracked slab too"
			theirs = false
		}
	}
	return theirs
}

// relationsOrPlural are the relations and their plurals of more than
// three letters, as othersPlaceBefore reads them.
var relationsOrPlural = func() textmatch.Set {
	var plurals []string
	for _, w := range relations.Words() {
		if len(w) >= 3 {
			plurals = append(plurals, w+"s")
		}
	}
	return textmatch.Union([]textmatch.Set{relations}, plurals...)
}()

// kin are the relations whose place may be the lead's to sell (an
// inheritance, a parent in care); a neighbour's, a friend's or a
// coworker's is not.
var kin = textmatch.NewSet("sister", "brother", "mom", "dad", "mother", "father", "son", "daughter", "cousin", "aunt", "uncle",
	"inlaw", "law", "suegra", "suegro", "cunada", "cunado", "hermana", "hermano", "mama", "papa", "hijo", "hija", "prima", "primo", "tia", "tio",
	"abuela", "abuelo", "abuelita", "abuelito", "grandma", "grandpa", "madre", "padre", "esposo", "esposa")

// stillTheirs reports a message that tells the place is not the lead's
// or that its owner stays: "not mine", "no es la mía", "she's staying",
// "he's keeping it".
func stillTheirs(toks []string) bool {
	for k, w := range toks {
		switch {
		case (w == "mine" || w == "ours" || w == "mia" || w == "nuestra") && k > 0 && (toks[k-1] == "not" || toks[k-1] == "no" || toks[k-1] == "la" && k > 1 && toks[k-2] == "es" && k > 2 && toks[k-3] == "no"):
			return true
		case (w == "staying" || w == "keeping" || w == "kept") && k > 0 && theirSubject.Has(toks[k-1]):
			return true
		}
	}
	return false
}

var theirSubject = textmatch.NewSet("shes", "hes", "theyre", "she", "he", "they", "is", "are")

// condition applies the condition cues; a negated problem ("never had
// issues", "no leaks") is itself a condition statement.
var buyerWords = textmatch.NewSet("you", "u", "yall", "guys", "ustedes", "usted")

// askedOfBuyer reports a clause that addresses the buyer. ids are the
// IDs of toks, or nil (see [textmatch.Set.HasToken]).
func askedOfBuyer(toks []string, ids []int32, i int) bool {
	return buyerWords.HasAnyToken(toks, ids, textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i))
}

// deniedState reports a state denied right before i: "no está en buen
// estado", "isn't in good shape", "not in great condition".
func deniedState(toks []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3 && toks[k] != textmatch.Break; k-- {
		if toks[k] == "esta" || toks[k] == "is" || toks[k] == "isnt" || toks[k] == "in" || toks[k] == "not" {
			return toks[k] == "isnt" || toks[k] == "not" || k > 0 && (toks[k-1] == "no" || toks[k-1] == "not")
		}
	}
	return false
}

func condition(t textmatch.Text) (string, float64) {
	toks := t.Toks
	var val string
	str := 1.0
	conditionRules.Each(t, func(x textmatch.Match) bool {
		if x.Name == "good condition" {
			// keep the lead's words: "roof is fine", "great shape"
			defer func() {
				if val == "good condition" {
					val = strings.Join(toks[x.Start:x.End], " ")
				}
			}()
		}
		// "it is a great deal of house for one person": an amount, not a
		// state
		if x.Name == "good condition" && x.End < len(toks) && (toks[x.End] == "deal" || toks[x.End] == "lot") {
			return true
		}
		// "i have to clear 80 to settle my debts": the seller's need, not the house's
		if x.Name == "needs work" && (x.Start > 0 && litRules0.Has(toks[x.Start-1]) ||
			toks[x.Start] == "need" && textmatch.ClauseStart(toks, x.Start) == x.Start) {
			return true
		}
		// "would you buy something that needs a roof?": a question to the
		// buyer, not the state of the lead's place
		// ("do y'all buy houses with a slate roof that's leaking? asking
		// for my own place": the lead's own, asked as a question)
		if t.Quests > 0 && askedOfBuyer(toks, t.IDs, x.Start) && !askingForOwn(toks) {
			return true
		}
		// "before hurricane season", "it's in a flood zone": a storm word
		// that names a time or a map, no damage
		if x.Name == "storm damage" && x.End-x.Start == 1 && x.End < len(toks) && stormNotDamage.Has(toks[x.End]) {
			return true
		}
		// "my cousin's house is the one with the roof damage", "mi tía's
		// house had fire damage": the state of someone else's place
		if othersPlaceBefore(toks, t.IDs, x.Start) {
			return true
		}
		// "mi abuela está bien cuidadita en el asilo": a person cared for,
		// not a house kept
		if x.Name == "good condition" && strings.HasPrefix(toks[x.End-1], "cuidad") && slices.ContainsFunc(toks[textmatch.ClauseStart(toks, x.Start):x.Start], kin.Has) {
			return true
		}
		if negatedAt(t, x.Start) {
			// "foundation is not cracked", "never had issues": still a
			// condition, stated positively; a good one denied ("no está
			// en buen estado") needs work
			val = "no major issues"
			// (not "no everything works fine", an answer to "any issues?")
			if x.Name == "good condition" && deniedState(toks, x.Start) {
				val = "needs work"
			}
			return false
		}
		val = x.Name
		return false
	})
	if val == "" {
		for i, w := range toks {
			// ("está vieja pero no tiene problemas grandes", blind59; the
			// house's, not "no tengo problemas grandes con el precio")
			if (w == "issues" || w == "problems" || w == "problemas" && textmatch.Before(toks, i, 3, hasProblems) && !(i+1 < len(toks) && toks[i+1] == "con")) && negatedAt(t, i) {
				return "no major issues", 1
			}
		}
	}
	return val, str
}

var timeRules = textmatch.MustCompile(map[string]textmatch.Set{
	"month": textmatch.Union([]textmatch.Set{textmatch.Months, textmatch.MonthAbbrevs, textmatch.Meses}, "setiembre"),
	"season": textmatch.NewSet("spring", "summer", "fall", "autumn", "winter", "christmas", "thanksgiving", "holidays",
		"holiday", "easter", "halloween", "tax", "school", "graduation", "graduates",
		"year", "quarter", "q1", "q2", "q3", "q4", "black", "month", "week", "lease", "semester",
		"mes", "semana", "ano", "verano", "invierno", "primavera", "otono", "navidad", "escuela", "clases",
		"weekend", "season", "launch", "golive", "renewal", "wedding", "temporada", "trimestre", "semestre", "reyes",
		// "before hunting season", "antes de que llegue el frío", "before
		// the heating rush"
		"hunting", "frio", "rush",
		// the farm year: "after harvest", "antes de la cosecha" ("la
		// feria" is money too, and "fair" a price: the town's year is read
		// below, after "antes de" or "before")
		"harvest", "cosecha", "planting", "siembra", "calving"),
	"unit": textmatch.NewSet("day", "days", "week", "weeks", "month", "months", "wks", "wk", "mos", "year", "years", "yr", "yrs",
		"dias", "semanas", "meses", "mes", "semana", "ano", "anos"),
	"prep": textmatch.NewSet("by", "before", "after", "until", "till", "til", "around", "in", "within", "targeting", "ideally", "prior",
		"antes", "despues", "para", "pa", "hasta", "en"),
	"this":  textmatch.NewSet("this", "next", "end", "mid", "early", "late", "este", "esta", "proximo", "proxima"),
	"moveV": textmatch.NewSet("sell", "sold", "close", "closed", "move", "moved", "out", "done", "live", "start", "launch", "running", "gone", "finished", "buy", "decide", "implement", "place"),
	"fast":  textmatch.NewSet("fast", "quick", "quickly", "soon", "asap", "immediately"),
	"daynum": textmatch.NewSet("1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th",
		"15th", "16th", "17th", "18th", "19th", "20th", "21st", "22nd", "23rd", "24th", "25th", "26th", "27th", "28th", "29th", "30th", "31st",
	),
	// a day of the month spelt out ("before the Fourth", "by the
	// fifteenth"), only after by/before/until: "our fifth rental" counts
	// (first to third are too often other things: "the first showing")
	"dayord": textmatch.NewSet("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
		"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"),
	// what falls due on a date: "renews", "the lease is up", "vence"
	"due": textmatch.NewSet("renews", "renew", "renewal", "expires", "expire", "expiring", "ends", "end", "up", "due", "booked", "hearing", "auction", "subasta",
		"scheduled", "starts", "start", "lease", "closing", "close", "closes", "vence", "vencen", "cierre", "cerramos", "empieza", "renueva",
		// "the one we use is sunsetting Dec 31"
		"sunsetting", "sunsets", "discontinued",
		// "the sale date is the 28th", "closing's on the 30th"
		"date", "closings"),
	// a day of the month as a bare number: "Oct 31", "antes del 15"
	"dayn": textmatch.NewSet("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18",
		"19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "1ro", "1ero"),
	"weekday": weekdays,
}, []textmatch.Rule{
	{Name: "asap", Pattern: "asap|immediately|urgent|urgently"},
	// "honestly no later than spring", "a más tardar en marzo"
	{Name: "deadline", Pattern: "no later than ~2 @month|@season|@weekday / a mas tardar ~2 @month|@season|@weekday"},
	{Name: "asap", Pattern: "as soon as possible"},
	// "whatever's fastest", "whichever is quickest"
	// (of the sale, not of a reply or a payment: "zelle or check,
	// whatever's fastest")
	{Name: "asap", Pattern: "gone|sell|sold|close|closing|out|offer ~1 |? whatever|whichever is? fastest|quickest|soonest / gone|sell|sold|close|closing|out|offer ~1 |? whatevers|whichevers fastest|quickest|soonest / whatevers|whichevers fastest|quickest|soonest |? ~4 gone|sell|sold|selling / whatever|whichever is fastest|quickest|soonest |? ~4 gone|sell|sold|selling"},
	// "as quick as possible"
	{Name: "asap", Pattern: "as quick|quickly|fast as possible"},
	// dev329 (stop 54): "the sooner this is done the better"
	{Name: "asap", Pattern: "the sooner ~6 the better"},
	// a holiday after a preposition: "starting the Tuesday after Labor
	// Day", "the lease runs out Labor Day"
	// ("labor" alone is no season: "ando en la labor" is out in the field)
	{Name: "by", Pattern: "after|before|by|until|through|starting|around|over|on ~3 labor|memorial|independence|veterans|presidents|columbus day / out ~1 labor|memorial|independence day"},
	// a deadline given: "el juez nos dio noventa días", "the bank gave us
	// 60 days"
	{Name: "by", Pattern: "me|nos dio|dieron|dan|da ~1 treinta|sesenta|noventa|quince|30|60|90|15|120 dias / gave|give|giving me|us ~1 30|60|90|120|thirty|sixty|ninety days"},
	// a tenant leaving first: "once she's out I want to sell"
	{Name: "by", Pattern: "once|when shes|hes|theyre out|gone / once|when she|he|they is|are out|gone / once|when the? tenant|tenants|renter|renters is|are out|gone / once|when the? she|he|they|tenant|tenants|renter|renters moves|move|moved out"},
	{Name: "asap", Pattern: "right away"},
	// "like yesterday", said of when it was needed, closing its clause
	// (blind70, stop 71)
	{Name: "asap", Pattern: "need|needed|needs ~8 |? like yesterday |"},
	// "the sooner the better", "need it gone yesterday", "lo antes posible"
	// "I need this handled fast"
	// ("so I just want it gone rápido", blind49)
	{Name: "asap", Pattern: "need|want it|this ~1 handled|done|sold|gone|closed|fixed fast|quick|quickly|rapido|pronto"},
	// "need to split it fast", "behind 3 payments so i gotta move fast"
	{Name: "asap", Pattern: "need|needs|got|have|has to move|sell|split|close|unload ~2 fast|quick|quickly"},
	{Name: "asap", Pattern: "sooner the better / sooner is|would be better / sooner rather than later / @moveV|need|needed|want|wants|wanted ~2 yesterday"},
	{Name: "asap", Pattern: "lo antes posible / lo mas pronto posible / cuanto antes / de inmediato / ya mismo / vender|venderla|cerrar|mudarme|mudarnos ~3 pronto|rapido|urgente|orita|ahorita / nos|me urge | / urge vender|venderla|cerrar|mudarnos / vender|venderla ya | / que vengan|venga ~1 ahorita|hoy|ya"},
	// "no le hace el precio mientras salga rápido"
	{Name: "asap", Pattern: "mientras ~2 rapido|pronto"},
	// "we gotta sell it como sea, y rápido", "need cash quick", "want
	// the money ya"
	{Name: "asap", Pattern: "sell|selling ~3 y rapido / y rapido | / need|needs|want|wants cash|money|dinero quick|fast|rapido|ya"},
	// "mientras más rápido mejor", "entre más pronto mejor"
	{Name: "asap", Pattern: "mientras|entre mas rapido|pronto mejor"},
	// a flexible timeline answers "when" too when the buyer picks: "I
	// could do a closing whenever works for you", "cuando ustedes
	// puedan"; a bare "whenever works", "whenever really" or "no rush"
	// names no time
	{Name: "flexible", Pattern: "whenever|anytime works|suits ~1 for you|yall|ustedes / whenever|anytime is good|best ~1 for you|yall|ustedes / cuando ~1 puedan|quieran|gusten"},
	// "whenever y'all can close, I'm flexible"
	{Name: "flexible", Pattern: "whenever you|yall|ya ~1 can|want ~2 close|buy|come|start"},
	{Name: "by", Pattern: "before|by then / fin de ano|mes / end of the? year|month"},
	// dev317 (stop 53): "en cuanto los niños terminen el año escolar"
	{Name: "by", Pattern: "en cuanto|cuando ~3 terminen|termine|acaben|acabe el ano escolar / en cuanto|cuando ~3 terminen|termine|acaben|acabe la escuela|las clases"},
	// dev308 (stop 53): "antes que se acabe el año", "as long as we can
	// stay through the holidays"
	{Name: "by", Pattern: "antes que se acabe|termine el ano|mes / antes de que se acabe|termine el ano|mes / stay|live through the? @season"},
	// "paid through the end of next month", "till the end of this week"
	{Name: "by", Pattern: "end of next|this month|year|week / fin del proximo|siguiente mes|ano"},
	// "pa finales de año", "a mediados de mayo", "principios del
	// próximo año"
	// ("los fines de semana" are weekends)
	{Name: "by", Pattern: "finales|principios|mediados|inicios de|del ~1 @month|@season|ano|mes / fines de|del ~1 @month|ano|mes|verano|invierno|primavera|otono"},
	// a deadline on a day: "coverage runs out on the 1st", "need it by
	// friday", "closing is the 28th"
	{Name: "by", Pattern: "antes del|de ~1 @weekday|@daynum / para el @weekday / by|before|until the? @daynum|@weekday / runs|run out ~4 @daynum|@weekday / expires|expire|expiring|ends|ending|due|closing|closes|close|deadline|lapses|lapse ~4 @daynum|@weekday"},
	// urgency on a day: "need someone today", "come out mañana", "within
	// the hour", "before the weekend"
	{Name: "soon", Pattern: "need|needs|want ~1 it|this|someone|somebody|a|alguien ~3 today|tonight|tomorrow|hoy|manana / done|fixed|ready|installed|come|venir|vengan ~2 today|tonight|tomorrow|hoy|manana / necesito alguien ~2 hoy|manana / hoy mismo / within|in the|an hour / before the weekend / this|tomorrow morning|afternoon|evening|weekend"},
	{Name: "asap", Pattern: "@moveV ~3 @fast"},
	// the day itself, if it can be had: "today if at all possible",
	// "hoy si se puede"; someone wanted now: "need somebody out here
	// like now"
	{Name: "soon", Pattern: "today|tonight|hoy ~1 if|si ~3 possible|posible|puede|can|could / need|needs|necesito|necesitamos someone|somebody|alguien ~4 now|ahorita|ya |"},
	{Name: "within", Pattern: "within|in|inside|next|en|dentro|proximos|proximas ~3 @unit"},
	// "en unas tres o cuatro semanas", "in like two or three months"
	{Name: "within", Pattern: "within|in|en ~2 _ or|o _ @unit"},
	{Name: "within", Pattern: "within ~1 the year|months|weeks"},
	{Name: "within", Pattern: "@unit or less"},
	{Name: "by", Pattern: "@prep ~3 @month"},
	// "como por marzo" (not "3.000 dólares por mes")
	{Name: "by", Pattern: "por ~1 @month"},
	{Name: "by", Pattern: "@prep ~3 @season"},
	{Name: "by", Pattern: "@this @season"},
	{Name: "by", Pattern: "@this of ~1 @month|@season"},
	{Name: "by", Pattern: "@season ~2 at the latest"},
	// "we'd like this one sold come spring", "after harvest's in"
	{Name: "by", Pattern: "come @season|@month / after|before|once|until the? harvest|harvests|planting|calving"},
	// "Probably spring.", "antes de las lluvias", "before monsoon season"
	// ("probably fall asleep": "fall" is left out)
	{Name: "by", Pattern: "probably|likely|hopefully|ideally|prob spring|summer|autumn|winter|primavera|verano|otono|invierno / antes de las|la|los|el? lluvias|heladas|nieve|huracanes|monzon / before the? rains|monsoon|freeze|snow|hurricanes / before|after|by the county|state fair / before|after|by the rodeo / antes|despues de la feria|fiesta|cosecha"},
	{Name: "by", Pattern: "@season|@month would be ideal|perfect|best|great"},
	{Name: "by", Pattern: "by|before|after|until the 1st|first|end|15th"},
	// "moving into my first apartment on the 1st": a move's or a
	// closing's day
	{Name: "by", Pattern: "moving|move|moves|closing|closes|close|start|starts|starting ~6 on the @daynum|@dayord"},
	{Name: "by", Pattern: "date|target|targeting|deadline|goal ~5 @month"},
	{Name: "by", Pattern: "before|by ~4 on the @daynum / antes de que ~2 acabe|acaben|termine|terminen|empiece|empiecen|comience|comiencen ~1 el|la|los|las? @season"},
	{Name: "by", Pattern: "q1|q2|q3|q4"},
	// a Spanish date: "para la feria del 15 de agosto"
	{Name: "by", Pattern: "del|el @dayn de @month"},
	// a bare date: "august 1st", "sept 15th", "the 15th of june"
	{Name: "by", Pattern: "@month @daynum / @daynum of @month"},
	// "Sheriff sale is set for June 12"
	{Name: "by", Pattern: "sheriff|sheriffs|foreclosure|trustee|trustees|tax|courthouse sale|auction ~1 is? set|scheduled for ~1 @month|@weekday @daynum|@dayn? / foreclosure|closing ~1 is? set|scheduled for ~1 @month|@weekday @daynum|@dayn?"},
	{Name: "by", Pattern: "by|before|until the @dayord"},
	// "el mes que viene", "la semana que viene", "el año que viene"
	{Name: "by", Pattern: "el|la mes|semana|ano|verano|invierno que viene"},
	{Name: "by", Pattern: "@month ~1 or @month"},
	{Name: "by", Pattern: "year end / yearend"},
	// "after new year's", "by new years": "new" alone is no season ("put
	// in a new water heater")
	{Name: "by", Pattern: "@prep ~2 new year|years"},
	{Name: "by", Pattern: "auction ~2 @month"},
	// a weekday of a month: "the first Tuesday of March", "el primer
	// martes de marzo"
	{Name: "by", Pattern: "@weekday of|de|del @month"},
	// staying on until a time: "if they'd let me stay through Easter",
	// "we'll be living here through the summer"
	{Name: "by", Pattern: "me|us|we|i|id|wed|im ~2 stay|staying|live|living|rent|renting ~3 through|past @season|@month"},
	// not past a time: "que no pase del año", "sin pasarnos de marzo"
	// ("que no pase de quinientos al mes" is money)
	{Name: "by", Pattern: "no|tampoco|nunca ~3 pase|pasar|pasemos|pasarnos|pasa de|del este|esta|proximo|proxima? @month|@season / sin pasar|pasarnos de|del este|esta|proximo|proxima? @month|@season"},
	// an estimate of a month: "they're saying March", "we're looking at
	// June", "aiming for fall"
	{Name: "by", Pattern: "saying|figuring|estimating|guessing @month / looking|aiming|shooting|planning at|for ~1 @month"},
	// the money wanted fast: "lo necesito rápido", "necesitamos la
	// lana pronto"
	{Name: "asap", Pattern: "lo|la necesito|necesitamos ~1 rapido|pronto|urgente|ya / necesito|necesitamos el|la|los dinero|plata|lana|cash|feria|billete ~1 rapido|pronto|urgente|ya"},
	// a date as month and day after what falls due on it: "renews Nov
	// 30", "lease is up August 31", "la póliza vence el 1ro de abril" (a
	// bare "june 1" answers only a question about when)
	// a numeric date after its name: "start date 6/3", "closing date is
	// 7/15" (the slash splits the numbers)
	{Name: "by", Pattern: "date|fecha ~1 @dayn @dayn"},
	{Name: "by", Pattern: "@due ~4 @month @dayn|@daynum / @due ~4 @dayn|@daynum of|de @month / @due el|the @dayn|@daynum / @due on|is the @daynum / @due is on the @daynum"},
})

var (
	rateWords   = textmatch.NewSet("a", "per", "each", "every", "al", "por")
	currencyTok = textmatch.NewSet("bucks", "dollars", "dolares", "euros", "pesos", "usd")
	untilWords  = textmatch.NewSet("till", "until", "til", "hasta")
)

// visitToSee follow "cuando ustedes puedan" in a visit: "venir a verla".
var visitToSee = textmatch.NewSet("venir", "pasar", "come", "stop", "swing", "visitar", "verla", "verlo", "ver")

// visitVerbs come before "by" in a visit: "stop by", "swing by".
var visitVerbs = textmatch.NewSet("stop", "stops", "stopping", "swing", "swinging", "drop", "dropping", "come", "comes", "coming",
	"pass", "passing", "pop", "popping")

var goalVerbs = textmatch.NewSet("sell", "sold", "close", "closed", "closing", "move", "moving", "out", "done", "live",
	"start", "launch", "running", "gone", "finished", "buy", "decide", "implement", "want", "need", "like", "hoping",
	"hope", "plan", "planning", "looking", "ideally", "target", "targeting", "list", "listed", "ready", "rolled", "place",
	"evaluating", "evaluate", "buying", "purchase", "purchasing", "deciding", "launch", "rollout", "switch", "switching", "signing",
	"refinance", "refi", "quiero", "queremos", "necesito", "necesitamos", "vender", "comprar", "cerrar", "mudarnos", "refinanciar",
	"vendo", "vendemos", "venderla", "venderlo", "mudamos", "mudo", "empezar", "empezamos", "arrancar", "arrancamos", "listos", "listo", "lista",
	"firmar", "firmamos", "quisiera", "quisieramos", "planeamos", "pensamos", "comprarla", "comprarlo", "compramos", "cerramos", "irnos", "salir", "salimos",
	"cambiarlo", "cambiarla", "instalar", "instalarlo", "cierran", "cierre", "cierren", "cierra",
	// haste: "que me den lo que sea justo pero rápido, este mes si se puede"
	"rapido", "pronto", "quick", "quickly", "fast", "asap", "urgente")

// hasGoal reports a goal verb in t.Toks[from:to].
func hasGoal(t textmatch.Text, from, to int) bool {
	for k := from; k < to; k++ {
		if goalVerbs.HasID(t.IDs[k]) {
			return true
		}
	}
	return false
}

// what is counted over a period: "3 evictions in 5 years"
var eventNouns = textmatch.NewSet("eviction", "evictions", "claims", "leaks", "accidents", "tickets", "times", "floods", "breakins", "repairs",
	"tenants", "owners", "moves", "reclamos", "veces", "choques", "multas")

var countWords = textmatch.NewSet("two", "three", "four", "five", "six", "several", "multiple", "dos", "tres", "cuatro", "cinco",
	// an ordinal counts too: "third eviction in four years"
	"second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th", "segundo", "segunda", "tercer", "tercera", "cuarta", "cuarto")

// timeLead: words that put a time phrase forward as the answer to when:
// "sometime this spring", "ideally this summer".
var timeLead = textmatch.NewSet("sometime", "sometimes", "ideally", "hopefully", "probably", "around", "by", "before", "until", "till")

// recentNotice are the words after "last" that make it the most recent
// of a notice, not a time past: "the last letter said the auction is on
// the 14th".
var (
	weekdays     = textmatch.Union([]textmatch.Set{textmatch.Weekdays, textmatch.Dias})
	bookingWords = textmatch.NewSet("schedule", "book", "consult", "consultation", "appointment", "visit", "cita", "agendar", "agenda",
		"agendame", "visita", "demo", "inspection", "estimate", "diagnostic")
)

// billWords before "in the summer" make it a bill's season: "la luz
// está carísima en el summer", "our electric bill in july".
var billWords = textmatch.NewSet("bill", "bills", "factura", "recibo", "luz", "electric", "electricity", "power", "carisima", "carisimo",
	"expensive", "cara", "caro", "usage", "consumo", "ac")

// workVerbs before "school" make it where someone works.
var workVerbs = textmatch.NewSet("work", "works", "working", "teach", "teaches", "teaching", "trabaja", "trabajo", "trabajamos", "trabajan", "ensena", "ensenan", "maestra", "maestro")

// visitorComes reports toks[cs:i] telling that someone else comes by:
// a third person ("he's", "the contractor", "el técnico") and a verb of
// coming ("coming", "comes by", "viene") in the clause before i.
// Someone coming home ("she's coming home from rehab in 3 weeks") sets
// the lead's own time.
// Only the time right after the coming ("is coming next week") is the
// visitor's: "my contractor is coming next week so prob by end of
// month" still tells the lead's own time, and so does someone coming
// home or back ("she's coming back from deployment in May").
func visitorComes(toks []string, ids []int32, cs, i int) bool {
	if len(ids) != len(toks) {
		ids = textmatch.IDsOf(toks)
	}
	for k := max(cs, i-3); k < i; k++ {
		if !comeVerbs.HasID(ids[k]) {
			continue
		}
		if k+1 < i && (toks[k+1] == "home" || toks[k+1] == "casa" || toks[k+1] == "back") ||
			k+2 < i && toks[k+1] == "a" && toks[k+2] == "casa" {
			return false
		}
		return visitors.HasAnyID(ids[cs:k])
	}
	return false
}

var (
	comeVerbs = textmatch.NewSet("coming", "comes", "come", "viene", "vienen", "vendra", "venir", "swinging")
	visitors  = textmatch.NewSet("hes", "shes", "theyre", "he", "she", "they", "contractor", "tech", "technician", "inspector", "appraiser",
		"plumber", "roofer", "electrician", "guy", "tecnico", "contratista", "plomero", "techero")
)

var placeAfterSchool = textmatch.NewSet("pickup", "parking", "lot", "line", "office", "gym", "district", "zone", "bus", "building", "nurse", "cafeteria",
	// "we run after school programs": a program, not a time
	"programs", "program", "programa", "programas", "care", "club", "clubs", "activities", "tutoring", "sports",
	"aqui", "cerca", "nearby", "near", "down", "around", "across", "de")

var haveForms = textmatch.NewSet("weve", "ive", "youve", "theyve", "have", "has", "hes", "shes", "still")

var recentNotice = textmatch.NewSet("letter", "letters", "notice", "notices", "email", "text", "message", "statement", "bill",
	"warning", "update", "call", "voicemail", "carta", "aviso", "notificacion")

// doneEvents are sales, closings and damage that happened; wishWords
// make them wanted instead
var (
	doneEvents = textmatch.NewSet("sold", "closed", "trashed", "burst", "flooded", "vendio", "vendieron", "vendimos")
	wishWords  = textmatch.NewSet("want", "wanna", "need", "needs", "like", "hoping", "hope", "would", "could", "can", "should", "gotta",
		"have", "must", "plan", "planning", "trying", "quiero", "queremos", "necesito", "necesitamos", "tengo", "tenemos", "gustaria",
		"be", "get", "gets", "ordered", "orders", "ideally", "id", "wed", "ill", "will", "wants", "quiere", "quieren", "prefer", "rather", "mejor")
)

// freshWish starts a wish of the lead's own after a past told: the time
// after it is the wish's ("got transferred, so we'd like to be out within
// 60 days"); not the modal "could" or "would" of a past that might have
// been ("could have sold it last year in a week").
var freshWish = textmatch.NewSet("want", "wanna", "need", "needs", "hoping", "hope", "gotta", "plan", "planning", "prefer",
	"quiero", "queremos", "necesito", "necesitamos", "gustaria")

// wishAfterPast reports a fresh wish (see [freshWish]) in toks, or "would
// like" ("we'd like", as normalised; not the filler "like" of "sold it
// last year in like 30 days").
func wishAfterPast(toks []string) bool {
	for j, w := range toks {
		if freshWish.Has(w) || w == "like" && j > 0 && toks[j-1] == "would" {
			return true
		}
	}
	return false
}

// pastAfter: a verb of a thing done, or a debt, right after a time
var pastAfter = textmatch.NewSet("behind", "overdue", "late", "atrasado", "atrasados", "atrasadas", "beat", "hit", "tore", "wrecked",
	"ruined", "destroyed", "flooded", "knocked", "took", "broke", "blew")

// seasonalCount reports a short message that is a headcount by season:
// "11 in summer, 6 in winter", "en invierno somos poquitos y en verano
// contrato" (not "we need it by spring, we're 40 in summer").
func seasonalCount(toks []string, words int) bool {
	if words > 14 {
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i] == "in" || toks[i] == "en" || toks[i] == "during") && seasonWords.Has(toks[i+1]) && seasonalAt(toks, i, i+2) {
			return true
		}
	}
	return false
}

// seasonalAt reports the season at toks[s:e] as the time of a headcount:
// a count right before it ("35 in summer") or a count verb right after it
// ("en invierno somos poquitos").
func seasonalAt(toks []string, s, e int) bool {
	// ("forty-some in season", "a dozen in winter")
	p := s - 1
	if p > 0 && (toks[p] == "some" || toks[p] == "odd" || toks[p] == "or" || toks[p] == "dozen" && toks[p-1] == "a") {
		p--
	}
	return p >= 0 && (isNumberTok(strings.TrimSuffix(toks[p], "ish")) || toks[s-1] == "dozen") && (toks[s] == "in" || toks[s] == "en" || toks[s] == "during") ||
		e < len(toks) && seasonCounts.Has(toks[e])
}

var (
	seasonWords  = textmatch.NewSet("summer", "winter", "spring", "fall", "autumn", "season", "verano", "invierno", "primavera", "otono", "temporada")
	seasonCounts = textmatch.NewSet("somos", "son", "tenemos", "contrato", "contratamos", "llegamos")
)

// othersDealTook reports a deal told as someone else's, done, in the
// clause toks[cs:i]: a neighbour or a relative, then closed, sold or
// bought.
func othersDealTook(toks []string, ids []int32, cs, i int) bool {
	for k := cs; k < i; k++ {
		if dealDone.HasToken(toks, ids, k) {
			// (not "my tía wants it sold by spring": a wish ahead)
			if dealAhead.HasAnyToken(toks, ids, cs, k) {
				return false
			}
			return otherParties.HasAnyToken(toks, ids, cs, k) || textmatch.ContainsSeq(toks[cs:k], "next", "door")
		}
	}
	return false
}

var (
	dealDone     = textmatch.NewSet("closed", "sold", "bought", "cerro", "vendio", "compro", "cerraron", "vendieron", "compraron")
	dealAhead    = textmatch.NewSet("want", "wants", "need", "needs", "hope", "hopes", "will", "would", "to", "get", "quiere", "quieren", "necesita")
	otherParties = textmatch.NewSet("sister", "brother", "sisterinlaw", "brotherinlaw", "cousin", "friend", "buddy", "coworker", "neighbor", "neighbors",
		"neighbour", "neighbours", "mom", "dad", "parents", "aunt", "uncle", "son", "daughter", "boss", "hermana", "hermano", "cunada", "cunado",
		"prima", "primo", "amiga", "amigo", "vecina", "vecino", "vecinos", "compadre", "comadre", "jefe", "suegra", "suegro", "tia", "tio")
)

var pastMarkers = textmatch.NewSet(append([]string{"ago", "last", "passed", "was", "were", "had", "did", "bought", "built", "finished",
	"paid", "since", "redone", "redid", "replaced", "appraised", "got", "died", "moved", "sent", "been", "behind", "hiring", "every", "went", "came", "texted", "called",
	// damage done: "third set in two years tore up the carpet", "hail
	// wrecked the roof in May"
	"tore", "wrecked", "ruined", "punched",
	// an offer turned down: "I already turned down 105 from a guy in June"
	"turned", "declined", "rejected", "refused",
	"lost", "fired", "laid", "buried", "born", "married", "divorced", "finalized", "retired", "switched", "changed", "joined", "quit", "left",
	// how long they have lived in or owned it: "I have lived in this
	// house 41 years"
	"lived", "raised", "owned", "rented",
	// charged already: "este mes nos habéis cobrado dos veces"
	"charged", "billed", "cobrado", "cobraron", "cobrasteis",
	// "el recibo vino más alto este mes": came, arrived, went up; "hubo
	// un incendio en marzo": there was
	"vino", "llego", "subio", "hubo", "sufrio", "stopped",
	// Spanish: "falleció en marzo", "la compramos en 2009", "le pinté el
	// año pasado"
	"fallecio", "murio", "nacio", "naci", "empezo", "comenzo", "started", "began", "enterramos", "sepultamos", "compre", "compramos", "compro", "compraron", "pinte", "pintamos", "remodele", "remodelamos",
	"arregle", "arreglamos", "cambie", "cambiamos", "mudaron", "mudamos", "heredamos", "herede", "tuve", "tuvimos", "tuvo", "tuvieron", "perdi", "perdio", "abri", "abrimos", "abrio", "abrieron",
	// "el Medicaid se nos cayó en abril", "fue en marzo", "la factura
	// llegó en $280 este mes"
	"llego", "llegaron", "cayo", "cayeron", "perdieron", "murieron", "vencio", "vencieron", "quitaron", "cortaron", "despidieron", "fue", "fueron"},
	// damage told with its month: "se quemó la cocina en marzo", "la
	// tubería se congeló y reventó en enero" ("se quemó y queremos
	// vender en mayo" is checked for the wish in notATimeline)
	damagePreterites...)...)

var perUnits = textmatch.NewSet("year", "month", "week", "yr", "ano", "mes", "semana")

// growthClause reports a count and a verb of growing in toks[cs:i]; ids
// are the IDs of toks, or nil.
func growthClause(toks []string, ids []int32, cs, i int) bool {
	if cs >= i {
		return false
	}
	// the verbs in one pass over the IDs, then the counts, read only for
	// a clause with a verb of growing
	if !growWords.HasAnyToken(toks, ids, cs, i) {
		// "be 80", "seremos 30": a headcount to come (its number is the
		// count)
		for k := cs; k+1 < i; k++ {
			if (toks[k] == "be" || toks[k] == "seremos") && isNumberTok(toks[k+1]) {
				return true
			}
		}
		return false
	}
	for k := cs; k < i; k++ {
		if isNumberTok(toks[k]) {
			return true
		}
	}
	return false
}

var seasons = textmatch.NewSet("summer", "winter", "spring", "fall", "season", "holidays", "verano", "invierno", "primavera", "otono", "temporada")

// otherCondition opens a condition on something other than the lead:
// "if the market drops", "si las tasas bajan"
var otherCondition = textmatch.NewSet("the", "el", "la", "los", "las", "rates", "prices", "interest", "tasas", "precios")

var growWords = textmatch.NewSet("more", "grow", "growing", "hire", "hiring", "adding", "double", "doubling")

// noLaterThan reports a bound, not a negation, before i: "no later than
// the end of summer", "no more than 60 days".
func noLaterThan(toks []string, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if toks[k-1] == "no" && (toks[k] == "later" || toks[k] == "more" || toks[k] == "longer") {
			return true
		}
	}
	return false
}

// insideTime may follow "inside" in a timeline: "inside a month",
// "inside of two weeks", "inside the year".
var insideTime = textmatch.NewSet("a", "an", "of", "the", "one", "two", "three", "four", "five", "six", "ten", "thirty", "sixty", "ninety", "few", "couple")

// seasonalTrouble come before a season that says when a problem of the
// place comes back: "leaks in the spring", "floods every winter".
var seasonalTrouble = textmatch.NewSet("leaks", "leak", "leaky", "floods", "flood", "floodin", "flooding", "freezes", "freeze", "froze",
	"drips", "drip", "ices", "sweats", "wet", "damp", "muddy", "inunda", "inundan", "gotea", "gotean", "moja", "mojan", "congela", "congelan")

// notATimeline reports a time phrase that states no timeline: negated,
// past, a rate, a measured period, an amount, or "this week" without a
// goal in sight.
func notATimeline(t textmatch.Text, x textmatch.Match) bool {
	ids := t.IDs
	if len(ids) != len(t.Toks) {
		ids = textmatch.IDsOf(t.Toks)
	}
	toks := t.Toks
	// "not selling till after the holidays" says when
	if negatedAt(t, x.Start) && !noLaterThan(toks, x.Start) && !untilWords.HasID(ids[x.Start]) {
		return true
	}
	// "can we move it to next week", "reschedule for friday": a meeting
	// moved, not the lead's timeline
	if meetingMovedBefore(toks, x.Start) {
		return true
	}
	// "we just put a new roof on it after the May storms": a storm of the
	// past named by its month, not when the lead sells
	if k := x.End; k < len(toks) && stormWords.Has(toks[k]) && (calendarWords.Has(toks[k-1]) || toks[k-1] == "may" || toks[k-1] == "mar") &&
		slices.ContainsFunc(toks[textmatch.ClauseStart(toks, x.Start):x.Start], pastDeeds.Has) {
		return true
	}
	// "reply as quick as possible", "I drove as fast as possible": how
	// fast something else is done
	if x.Name == "asap" && x.Start > 0 {
		// the act right before, past "me" or "back": "text me back as
		// fast as possible" (not "go back to Mexico asap")
		k := x.Start - 1
		for k > 0 && (toks[k] == "me" || toks[k] == "us" || toks[k] == "back") {
			k--
		}
		if hurriedActs.Has(toks[k]) {
			return true
		}
	}
	// "cuando ustedes puedan venir a verla, me avisan": when to visit,
	// not when to sell
	if x.Name == "flexible" && textmatch.After(toks, x.End, 2, visitToSee) {
		return true
	}
	// past events are not timelines: "passed in jan", "last wk"
	cs := textmatch.ClauseStart(toks, x.Start)
	// "we sold our old place in like 2 weeks": how long an earlier sale
	// took
	if earlierHomeSold(toks, t.IDs, x.Start) {
		return true
	}
	// "en invierno somos poquitos y en verano contrato": a headcount by
	// season
	if seasonWords.Has(toks[x.End-1]) && seasonalAt(toks, x.Start, x.End) {
		return true
	}
	// "my sister-in-law closed on her house in like 30 days con
	// ustedes", "the Hendersons next door sold to one of you in three
	// weeks": how long someone else's deal took
	if othersDealTook(toks, t.IDs, cs, x.Start) {
		return true
	}
	// "if the market drops next year maybe we'd think about it": when
	// something else may happen, not when the lead moves
	if (toks[cs] == "if" || toks[cs] == "si" || toks[cs] == "unless") && cs+1 < x.Start && otherCondition.Has(toks[cs+1]) {
		return true
	}
	// "behind 3 payments so i gotta move fast": the past before a "so" is
	// the reason; the time after it is the lead's own
	from := cs
	for k := cs; k < x.Start; k++ {
		// ("I've been dragging my feet but the lawyer says it has to be
		// sold by the end of July": the past before a "but" too)
		if toks[k] == "so" || toks[k] == "therefore" || toks[k] == "but" || toks[k] == "pero" {
			from = k + 1
		}
	}
	for k := from; k < x.End; k++ {
		// ("gotta move fast": an obligation, not a time past)
		if toks[k] == "got" && k+2 < len(toks) && toks[k+1] == "to" && goalVerbs.HasID(ids[k+2]) {
			continue
		}
		// "nos mudamos en dos meses": a Spanish -amos form is present as
		// well as past, and "en dos meses" looks ahead
		// ("the last letter said the auction is on the 14th": the most
		// recent letter, not a time past)
		if toks[k] == "last" && k+1 < len(toks) && recentNotice.HasID(ids[k+1]) {
			continue
		}
		// "the last week of next month": the end of a period, not a time
		// past
		if toks[k] == "last" && k+2 < len(toks) && (toks[k+1] == "week" || toks[k+1] == "weeks" || toks[k+1] == "days" || toks[k+1] == "weekend") && toks[k+2] == "of" {
			continue
		}
		// "we've got till the fall": have got is having, not a time past
		// ("we got till end of the quarter to switch" too)
		if toks[k] == "got" && (k > 0 && haveForms.HasID(ids[k-1]) || k+1 < len(toks) && untilWords.HasID(ids[k+1])) {
			continue
		}
		// "paid up through the end of next month", "paid till June": paid
		// ahead, a cover still in force until the time
		if toks[k] == "paid" && (k+1 < len(toks) && untilWords.HasID(ids[k+1]) || k+1 < len(toks) && (toks[k+1] == "through" || toks[k+1] == "thru") ||
			k+2 < len(toks) && toks[k+1] == "up" && (toks[k+2] == "through" || toks[k+2] == "thru" || untilWords.HasID(ids[k+2]))) {
			continue
		}
		// "no le hace el precio": it does not matter, not "ago"
		if toks[k] == "hace" && k > 0 && toks[k-1] == "le" {
			continue
		}
		if pastMarkers.HasID(t.IDs[k]) && !(x.Name == "within" && (strings.HasSuffix(toks[k], "amos") || strings.HasSuffix(toks[k], "imos"))) {
			// "la cocina se quemó y queremos vender en mayo": damage
			// told, then a wish with its own time
			if damagePast.Has(toks[k]) && slices.ContainsFunc(toks[k+1:x.Start], esWish.Has) {
				continue
			}
			// "we are getting divorced and need it sold asap", "new furnace
			// last year period we'd like to be out within 60 days": the
			// past told, then a wish of its own that the time belongs to
			// (blind77, stop 74)
			if k+1 < x.Start && wishAfterPast(toks[k+1:x.Start]) {
				continue
			}
			return true
		}
	}
	// a time told of a thing done or owed, the verb after it: "that
	// hailstorm in May beat up the roof", "about four months behind with
	// the bank"
	for k := x.End; k < len(toks) && k < x.End+3 && toks[k] != textmatch.Break; k++ {
		if pastAfter.Has(toks[k]) {
			return true
		}
	}
	// "la teníamos en venta el año pasado": the year past ("pasado el
	// lunes" is after Monday)
	if x.End < len(toks) && (toks[x.End] == "pasado" || toks[x.End] == "pasada") && (x.End+1 == len(toks) || toks[x.End+1] != "el" && toks[x.End+1] != "la") {
		return true
	}
	// a sale or a closing done, told with no wish in its clause: "the
	// one next door sold for 265 in March", "we closed on it in june of
	// 2017", "3rd tenant in 2 yrs trashed it" (not "need it sold in 30
	// days")
	if ce := textmatch.ClauseEnd(toks, x.Start); len(t.IDs) == len(toks) && doneEvents.HasAnyID(t.IDs[cs:ce]) && !wishWords.HasAnyID(t.IDs[cs:ce]) {
		return true
	}
	// "este mes nos habéis cobrado dos veces", "this week you texted me
	// three times": this month told of a thing done
	if toks[x.Start] == "este" || toks[x.Start] == "esta" || toks[x.Start] == "this" {
		for k := x.End; k < len(toks) && k < x.End+5 && toks[k] != textmatch.Break; k++ {
			if toks[k] == "and" || toks[k] == "y" || toks[k] == "but" || toks[k] == "pero" || toks[k] == "so" {
				break // "this summer and got preapproved": another clause
			}
			if pastMarkers.HasID(t.IDs[k]) {
				return true
			}
		}
	}
	// "en invierno quedamos 4 nomás", "in winter we're down to 4": a
	// headcount by season
	if ce := min(textmatch.ClauseEnd(toks, x.Start), x.End+5); seasons.HasAnyID(ids[x.Start:x.End]) && x.End < ce &&
		crewVerbs.HasAnyID(ids[x.End:ce]) && slices.ContainsFunc(toks[x.End:ce], isNumberTok) {
		return true
	}
	// "en verano somos como veinte, ahorita en invierno unos ocho": the
	// verb of a headcount told once, then the season and a bare count
	// ("en invierno unos 3 meses" is no count of people)
	if ce := min(textmatch.ClauseEnd(toks, x.Start), x.End+4); seasons.HasAnyID(ids[x.Start:x.End]) &&
		slices.ContainsFunc(toks, crewVerbs.Has) {
		for k := x.End; k < ce; k++ {
			if isNumberTok(toks[k]) {
				if k+1 >= len(toks) || !notBudgetUnit.Has(toks[k+1]) && !isMoneyTok(toks[k+1]) {
					return true
				}
				break
			}
			if !esAbout.Has(toks[k]) && toks[k] != "about" && toks[k] != "around" && toks[k] != "like" {
				break
			}
		}
	}
	// "14 guys in the summer": the season qualifies a headcount
	if x.Start >= 2 && isNumberTok(toks[x.Start-2]) && sizeWho.HasID(ids[x.Start-1]) && seasons.HasAnyID(ids[x.Start:x.End]) {
		return true
	}
	// "plus a couple extra guys in the summer": seasonal help, a headcount
	if x.Start >= 1 && sizeWho.HasID(ids[x.Start-1]) && seasons.HasAnyID(ids[x.Start:x.End]) &&
		slices.ContainsFunc(toks[cs:x.Start], func(w string) bool {
			return isNumberTok(w) || w == "extra" || w == "couple" || w == "few" || w == "more"
		}) {
		return true
	}
	// "my sister is selling her place by Christmas", "mi vecina quiere
	// vender la suya en la primavera": a relative's or a neighbour's
	// time, with nothing of the lead's own before it in the clause
	if othersClause(toks, t.IDs, cs, x.Start) {
		return true
	}
	// "he's in Florida half the year": a share of the year, where
	// someone spends it, not when
	for k := max(x.Start, 1); k+1 < x.End; k++ {
		if toks[k] != "the" || toks[k+1] != "year" {
			continue
		}
		j := k - 1
		if toks[j] == "of" && j > 0 {
			j-- // "most of the year"
		}
		if yearShare.Has(toks[j]) {
			return true
		}
	}
	// "divorce is final next month", "mi divorce se finaliza en agosto":
	// when the divorce ends, not when the house goes (blind59, stop 66;
	// "before the divorce is final in October" is a deadline)
	if divorceFinalAt(toks, cs, x.Start) {
		return true
	}
	// "It's a townhouse in Silver Spring": a place, not a season
	if springsPlace(toks, x) {
		return true
	}
	// "everything's TBD until Q1 planning": nothing set yet
	if slices.Contains(toks[cs:x.Start], "tbd") {
		return true
	}
	// "ask me again after the holidays": no time set, only when to ask
	if slices.Contains(toks[cs:x.Start], "again") || slices.Contains(toks[cs:x.Start], "check") && slices.Contains(toks[cs:x.Start], "back") {
		return true
	}
	// "we get out there maybe three weeks a year": how often, not when
	if x.End+1 < len(toks) && (toks[x.End] == "a" || toks[x.End] == "per" || toks[x.End] == "al" || toks[x.End] == "por" || toks[x.End] == "each" || toks[x.End] == "every") &&
		perUnits.HasID(ids[x.End+1]) {
		return true
	}
	// "I'll have to see how the next few weeks go": waiting to see, no
	// date to act by
	if x.Start >= 2 && slices.Contains(toks[cs:x.Start], "see") && slices.Contains(toks[cs:x.Start], "how") {
		return true
	}
	// "como 280 al mes en verano", "180 en invierno y 320 en verano": the
	// season of a bill, not a time to act
	if x.Start >= 1 && (toks[x.Start] == "en" || toks[x.Start] == "in" || toks[x.Start] == "durante" || toks[x.Start] == "during") &&
		seasons.HasAnyID(ids[x.Start:x.End]) &&
		(isNumberTok(toks[x.Start-1]) || isMoneyTok(toks[x.Start-1]) || toks[x.Start-1] == "mes" || toks[x.Start-1] == "month" || toks[x.Start-1] == "mo" ||
			billWords.HasAnyID(ids[cs:x.Start])) {
		return true
	}
	// "let's schedule the consult, ¿qué tienes para el sábado?": the day of
	// a visit or a call being booked, not a time for the deal
	if weekdays.HasAnyID(ids[x.Start:x.End]) && bookingWords.HasAnyID(ids[0:len(toks)]) {
		return true
	}
	// "depende de lo que cotice el contractor, he's coming next week", "el
	// técnico viene el martes": when someone else comes by, not when the
	// lead will act
	if visitorComes(toks, t.IDs, cs, x.Start) {
		return true
	}
	// "in the school pickup line": a place, not the school year
	// ("tengo tres chamos en la escuela aquí cerca": a school nearby)
	if (toks[x.End-1] == "school" || toks[x.End-1] == "escuela") && x.End < len(toks) && placeAfterSchool.HasID(ids[x.End]) {
		return true
	}
	// "él trabaja en el campo y yo en la escuela", "she teaches at the
	// school": a workplace, not the school year
	if (toks[x.End-1] == "school" || toks[x.End-1] == "escuela") && beforeAcross(toks, x.Start, 8, workVerbs) {
		return true
	}
	// "9 are out in the field most days": how often, not when
	if x.Name == "within" && x.End >= 2 && frequencyWords.HasID(ids[x.End-2]) {
		return true
	}
	// "we'll probably be 80 by summer", "3 more trucks in the spring": when
	// the company grows, not when it buys
	if growthClause(toks, t.IDs, cs, x.Start) {
		return true
	}
	// "$1,500 a month" is a rate, not a date; "in a month" is a date
	// ("around five hundred a month": an amount in words)
	if x.End-x.Start >= 2 && rateWords.HasID(ids[x.End-2]) && x.End >= 3 && (isNumberTok(toks[x.End-3]) || isMoneyTok(toks[x.End-3]) || amountTail.HasID(ids[x.End-3])) {
		return true
	}
	// "250/mo" reads "250 month": a rate's period, singular after a number
	if x.End >= 2 && (toks[x.End-1] == "month" || toks[x.End-1] == "week") && isNumberTok(toks[x.End-2]) && toks[x.End-2] != "1" {
		return true
	}
	// "15 bucks a month or less": a rate's period
	if x.Start >= 2 && rateWords.HasID(ids[x.Start-1]) && (isNumberTok(toks[x.Start-2]) || isMoneyTok(toks[x.Start-2]) || currencyTok.HasID(ids[x.Start-2])) {
		return true
	}
	// "3 evictions in 5 years", "two claims in three years": a count
	// over a period
	if x.Name == "within" && x.Start >= 2 && (isNumberTok(toks[x.Start-2]) || countWords.HasID(ids[x.Start-2])) && eventNouns.HasID(ids[x.Start-1]) {
		return true
	}
	// "visiting our daughter in Phoenix until the 20th": the lead away,
	// not a time for the deal
	if awayWords.HasAnyID(ids[textmatch.ClauseStart(toks, x.Start):x.Start]) {
		return true
	}
	// "vivimos en él todo el año", "we live there all year round": how
	// long, every year, not when
	for k := max(x.Start-1, 0); k+1 < x.End; k++ {
		if (toks[k] == "todo" || toks[k] == "all") && (toks[k+1] == "year" || k+2 < len(toks) && toks[k+1] == "el" && toks[k+2] == "ano") {
			return true
		}
	}
	// "a million in liability in the lease", "my name's on the lease":
	// the document, not its end
	if toks[x.End-1] == "lease" && (toks[x.Start] == "in" || toks[x.Start] == "on" || toks[x.Start] == "en") {
		return true
	}
	// "writing this in the school drop-off line", "the kids are in
	// school": a place ("in the school year", "before school starts" are
	// times)
	if (toks[x.End-1] == "school" || toks[x.End-1] == "escuela") && (toks[x.Start] == "in" || toks[x.Start] == "at" || toks[x.Start] == "en") &&
		!(x.End < len(toks) && (toks[x.End] == "year" || toks[x.End] == "starts" || toks[x.End] == "start" || toks[x.End] == "ends")) {
		return true
	}
	// "we're down in Fort Myers until April", "we're in Florida for the
	// winter": where the lead stays meanwhile, not a time for the deal
	if staysAway(toks, ids, textmatch.ClauseStart(toks, x.Start), x) {
		return true
	}
	// "approved back in the spring": a time past ("before he gets back in
	// October" is a return to come)
	if x.Start > 0 && toks[x.Start-1] == "back" && (toks[x.Start] == "in" || toks[x.Start] == "en") && !(x.Start > 1 && returnVerbs.HasID(ids[x.Start-2])) {
		return true
	}
	// "the water heater inside is 3 years old": a place, not "inside a
	// month" (an article, "of" or a number must follow "inside")
	if toks[x.Start] == "inside" && x.Start+1 < len(toks) && !insideTime.Has(toks[x.Start+1]) && !isNumberTok(toks[x.Start+1]) {
		return true
	}
	// "basement leaks in the spring", "se inunda en invierno": when a
	// problem comes back, not a time to sell
	if seasons.HasAnyID(ids[x.Start:x.End]) && seasonalTrouble.HasAnyID(ids[max(cs, x.Start-3):x.Start]) {
		return true
	}
	// "in Winter Park", "Spring Hill": a place named after a season
	if x.End < len(toks) && seasonPlaces.HasID(ids[x.End]) && seasons.HasAnyID(ids[x.Start:x.End]) {
		return true
	}
	// "lo veo en los números cada mes": how often, not when
	if x.End < len(toks) && (toks[x.End] == "cada" || toks[x.End] == "every") || x.End >= 2 && (toks[x.End-2] == "cada" || toks[x.End-2] == "every") {
		return true
	}
	// "he's at the sale barn till Thursday": someone else away until
	// then, not a time for the deal
	if untilWords.HasID(ids[x.Start]) && elsewhereSubject.HasAnyID(ids[cs:x.Start]) && slices.Contains(toks[cs:x.Start], "at") {
		return true
	}
	// "tengo que hablar con él este weekend", "I need to talk to my wife
	// this weekend": when the lead confers, not when the deal happens
	if conferVerbs.HasAnyID(ids[cs:x.Start]) && !dealVerbs.HasAnyID(ids[cs:x.Start]) {
		return true
	}
	// "I'll let you know next week", "le aviso la próxima semana": when
	// the lead will answer, not a time for the deal
	if _, ok := replyLater.First(t.Slice(cs, x.Start), nil); ok {
		return true
	}
	// "my daughter will stop by this weekend": a visit, not a time for
	// the deal
	if toks[x.Start] == "by" && x.Start > 0 && visitVerbs.HasID(ids[x.Start-1]) {
		return true
	}
	// "le pinté por dentro": inside, not "dentro de dos meses"
	if toks[x.Start] == "dentro" && x.Start > 0 && toks[x.Start-1] == "por" {
		return true
	}
	// "the kids are in school here": where they are, not when
	if x.End-x.Start == 2 && toks[x.Start] == "in" && toks[x.Start+1] == "school" {
		return true
	}
	// "alquilamos en Miami hace 4 años", "in 2 years ago": a time past
	if x.Name == "within" && (slices.Contains(toks[x.Start:x.End], "hace") || x.End < len(toks) && toks[x.End] == "ago") {
		return true
	}
	// "churn in the first 60 days" measures a period, it sets no date
	if x.Name == "within" {
		for k := x.Start; k < x.End; k++ {
			if toks[k] == "first" {
				return true
			}
		}
	}
	// "roughly 40k over the year" is an amount, and so is "hasta 250
	// dólares al mes"
	for k := x.Start; k < x.End; k++ {
		if isMoneyTok(toks[k]) || textmatch.CurrencyWords.HasToken(toks, ids, k) {
			return true
		}
	}
	// "this week", "this year" only as a goal: "want it sold this
	// year", not "the third outfit to message me today"
	// "sometime this spring" answers when, goal or not
	// ("comprar una troca para la farm, this summer si se puede": a time
	// opening its clause goes with the clause before)
	// (only a time said as an afterthought, ending its clause or with a
	// wish: not "Queremos vender eventually. This summer we're in
	// Mexico")
	goalFrom := cs
	if x.Start == cs && cs >= 2 && toks[cs-1] == textmatch.Break && (x.End == len(toks) || toks[x.End] == textmatch.Break || afterthought.Has(toks[x.End])) {
		goalFrom = textmatch.ClauseStart(toks, cs-2)
	}
	// ("Esta semana ando full con el trabajo": when the lead is busy)
	if (toks[x.Start] == "this" || toks[x.Start] == "esta" || toks[x.Start] == "este") && !hasGoal(t, goalFrom, textmatch.ClauseEnd(toks, x.Start)) && len(t.Words()) > 5 &&
		!(x.Start > 0 && timeLead.HasID(ids[x.Start-1])) {
		return true
	}
	return false
}

// spanishWithin open a Spanish span of time: "en 2 semanas", "dentro de
// un mes", "próximos 3 meses".
var spanishWithin = textmatch.NewSet("en", "dentro", "proximos", "proximas")

// timeline returns a normalised timeline: "asap", "within 30 days", "by
// march", ...
func timeline(t textmatch.Text) (string, float64) {
	toks := t.Toks
	// "could be next year, could be never": no time at all
	// (a "maybe not" only after a maybe of its own: "a lo mejor el año que
	// viene, a lo mejor no"; not "June? maybe not, more like August")
	if _, ok := neverRules.First(t, func(m textmatch.Match) bool {
		return m.Name != "maybe not" || slices.ContainsFunc(toks[:m.Start], hedgeWords.Has) && !slices.ContainsFunc(toks[m.End:], monthOrSeason)
	}); ok {
		return "", 0
	}
	var val string
	timeRules.Each(t, func(x textmatch.Match) bool {
		if notATimeline(t, x) {
			return true
		}
		phrase := strings.Join(toks[x.Start:x.End], " ")
		switch x.Name {
		case "asap":
			val = "asap"
		case "within":
			// ("inside of two weeks" is within two weeks)
			rest := phrase
			for _, p := range []string{"within ", "inside of ", "inside ", "in ", "en "} {
				if r, ok := strings.CutPrefix(phrase, p); ok {
					rest = r
					break
				}
			}
			val = "within " + rest
			if toks[x.Start] == "next" || spanishWithin.Has(toks[x.Start]) {
				// "next 3 months"; Spanish as the lead said it, not half
				// English: "en los proximos 3 meses", "dentro de un mes"
				val = phrase
			}
			if strings.HasSuffix(phrase, "or less") {
				val = "within " + strings.TrimSuffix(phrase, " or less")
			}
		default:
			val = phrase
			// "our target per the lender is oct 15" -> "by oct 15"
			if deadlineWords.HasToken(toks, t.IDs, x.Start) {
				val = "by " + toks[x.End-1]
				if x.End < len(toks) && isNumberTok(toks[x.End]) {
					val += " " + toks[x.End]
				}
			}
		}
		return false
	})
	if val == "" {
		val = bareDuration(t)
	}
	if val == "" {
		// "yesterday lol" as an answer to "how soon"
		w := 0
		has := false
		for _, t := range toks {
			if t != textmatch.Break && t != "lol" && t != "haha" {
				w++
			}
			if t == "yesterday" {
				has = true
			}
		}
		if has && w <= 2 {
			return "asap", 1
		}
		return "", 0
	}
	return val, 1
}

// isMoneyTok reports "$25", "25k", "1.2m".
func isMoneyTok(w string) bool {
	if len(w) < 2 {
		return false
	}
	if w[0] == '$' {
		return true
	}
	last := w[len(w)-1]
	return (last == 'k' || last == 'm') && w[len(w)-2] >= '0' && w[len(w)-2] <= '9'
}

var (
	durUnits = textmatch.NewSet("day", "days", "week", "weeks", "wks", "wk", "month", "months", "mos")
	durLead  = textmatch.NewSet("like", "about", "around", "maybe", "roughly", "approximately", "under", "than", "say", "only", "just", "ideally", "hopefully",
		// "our lawyer figures 60 to 90 days", "tipo 45 días"
		"figures", "figure", "estimates", "thinks", "says", "tipo", "como", "unos")
	durPast   = textmatch.NewSet("ago", "old", "back", "since", "already", "behind", "late", "overdue", "atrasados", "atrasado")
	durGoal   = textmatch.NewSet("sale", "quick", "fast", "quickly", "soon", "closing", "deadline", "timeline", "timeframe", "asap")
	durBefore = textmatch.NewSet("for", "been", "past", "last", "every", "each", "per", "after", "took", "spent", "over")
)

// bareDuration reads a span stated without "in" or "within" as a
// timeline: "like 4-6 weeks", "about 45 days" (the hyphen splits the
// range). Durations of the past ("listed for 2 months", "3 weeks ago")
// are not timelines.
func bareDuration(t textmatch.Text) string {
	toks := t.Toks
	// a goal must be in sight: a short answer to "how soon", or a sale,
	// move or close ("want it closed fast, say 5 weeks"); "first
	// response is like 2 days" measures something else
	words := 0
	goal := false
	for k, w := range toks {
		if w != textmatch.Break {
			words++
		}
		if goalVerbs.HasID(t.IDs[k]) && w != "like" || durGoal.Has(w) {
			goal = true
		}
	}
	// a long message without a goal in sight counts a span only at its
	// start: "i'd say 30 days, maybe a little more"
	opening := words > 6 && !goal
	for i := 0; i < len(toks); i++ {
		if !durUnits.Has(toks[i]) || i == 0 {
			continue
		}
		j := i - 1 // the number, or the upper end of a range
		if !isNumberTok(toks[j]) {
			continue
		}
		// "250/mo" reads "250 month": a rate, not a span
		if (toks[i] == "month" || toks[i] == "week") && toks[j] != "1" {
			continue
		}
		lo := j
		if j >= 2 && (toks[j-1] == "to" || toks[j-1] == "or") && isNumberTok(toks[j-2]) {
			lo = j - 2
		} else if j >= 1 && isNumberTok(toks[j-1]) {
			lo = j - 1
		}
		if i+1 < len(toks) && durPast.Has(toks[i+1]) || othersDealTook(toks, t.IDs, textmatch.ClauseStart(toks, lo), lo) {
			continue
		}
		// "maybe three weeks a year": how often, not how soon
		if i+2 < len(toks) && (toks[i+1] == "a" || toks[i+1] == "per" || toks[i+1] == "al" || toks[i+1] == "por" || toks[i+1] == "each" || toks[i+1] == "every") &&
			perUnits.HasToken(toks, t.IDs, i+2) {
			continue
		}
		// ("had it listed for like four months": how long it has been)
		if lo > 0 && durBefore.Has(toks[lo-1]) || lo > 1 && durLead.Has(toks[lo-1]) && durBefore.Has(toks[lo-2]) {
			continue
		}
		cs := textmatch.ClauseStart(toks, lo)
		// ("estamos atrasados con la mortgage like three months": how
		// long the lead has been behind; not "behind 2 months on payments
		// and need to be out like three months")
		if behindBefore(t, max(cs, lo-5), lo) {
			continue
		}
		if !(lo > 0 && durLead.Has(toks[lo-1])) && lo != cs {
			continue
		}
		// "we sold our last house in about 3 weeks": how long it took
		if earlierHomeSold(toks, t.IDs, lo) {
			continue
		}
		if opening && lo > 3 {
			continue
		}
		num := toks[lo]
		if lo != j {
			num += "-" + toks[j]
		}
		return "within " + num + " " + toks[i]
	}
	return ""
}

func isNumberTok(w string) bool {
	if w == "" {
		return false
	}
	if _, ok := textmatch.NumberWord(w); ok {
		return true
	}
	for i := 0; i < len(w); i++ {
		// "1,200": a thousands separator between digits
		if w[i] == ',' && i > 0 && i+1 < len(w) {
			continue
		}
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// titleNouns are the roles and titles a lead names themselves by.
var titleNouns = textmatch.NewSet("ceo", "coo", "cfo", "cto", "cmo", "cio", "ciso", "cro", "vp", "svp", "evp", "director",
	"owner", "founder", "cofounder", "founders", "cofounders", "president", "partner", "principal", "admin", "administrator", "intern", "sdr",
	"bdr", "analyst", "manager", "head", "lead", "chief", "controller", "gm", "board", "procurement", "purchasing",
	"consultant", "advisor", "contractor", "engineer", "officer", "coordinator", "specialist", "executive", "exec",
	"supervisor", "architect", "assistant", "buyer", "treasurer", "secretary", "superintendent",
	"partners", "owners", "boss", "bosses", "committee", "corporate", "homeowner", "borrower", "applicant", "proprietor",
	"dueno", "duena", "jefe", "jefa", "director", "directora", "gerente", "socio", "socia", "presidente", "presidenta", "landlord",
	"socios", "socias", "sysadmin", "dispatcher", "bookkeeper", "accountant", "recruiter", "encargado", "encargada", "administrador",
	"administradora", "contador", "contadora", "gerenta",
	// the Spanish of the titles above: "soy vicepresidente de ventas",
	// "soy la fundadora", "coordinadora de operaciones"
	"vicepresidente", "vicepresidenta", "fundador", "fundadora", "cofundador", "cofundadora", "coordinador", "coordinadora",
	"supervisora", "subdirector", "subdirectora", "ejecutivo", "ejecutiva", "analista", "ingeniero", "ingeniera",
	"consultor", "consultora", "asesor", "asesora", "tesorero", "tesorera", "asistente")

var authorityRules = textmatch.MustCompile(map[string]textmatch.Set{
	"spouse": textmatch.NewSet("wife", "husband", "spouse", "partner", "hubby", "fiance", "fiancee", "girlfriend", "boyfriend"),
	"title":  titleNouns,
	"decide": textmatch.NewSet("signs", "sign", "approve", "approves", "approval", "approved", "decides", "decide",
		"decision", "decisions", "say", "call", "authority", "sponsor", "recommending", "recommend", "evaluating", "eval", "evaluation", "discretionary", "wants",
		"review", "reviews", "vote", "votes", "signing", "signs", "signoff", "decide", "decides", "decidimos", "decide", "aprueba", "aprobar", "firma", "autoriza"),
}, []textmatch.Rule{
	{Name: "decision maker", Pattern: "final say|decision|call"},
	{Name: "decision maker", Pattern: "decision maker"},
	// "the owner makes that call", "the vp makes the final decision"
	{Name: "decision maker", Pattern: "makes|making ~1 the|final|all|that ~1 call|calls|decision|decisions / i|who|he|she|they make ~1 the|final|all|that ~1 call|calls|decision|decisions / yo hago|tomo ~1 las|esas|todas|estas ~1 decisiones"},
	// "shortlisting vendors for our client"
	{Name: "influencer", Pattern: "for a|my|our client|clients"},
	{Name: "decision maker", Pattern: "i ~1 own ~3 budget|decision"},
	{Name: "can approve", Pattern: "i ~2 approve|sign"},
	// dev266: "approval is me and the ops manager", "everything goes
	// through the county commissioners", "procurement runs everything
	// through an RFP", "Board won't go a penny over", "our CFO killed the
	// last vendor's proposal", "I'm not the one who'd okay it"
	{Name: "decision maker", Pattern: "approval is|sits|rests with? me"},
	{Name: "committee", Pattern: "approval is|sits|rests with the|our|my / everything|anything goes|go through the|our ~2 commissioners|board|council|committee|owner|partners|procurement|purchasing|cfo|ceo / procurement|purchasing ~3 run|runs|goes ~1 everything|it through"},
	{Name: "committee", Pattern: "board|committee|council|commissioners|partners|owner wont|will|wouldnt go|approve|sign ~2 over|anything|off / @title killed|vetoed|rejected|nixed ~3 proposal|deal|vendor|quote|contract"},
	{Name: "not the decision maker", Pattern: "not the one ~3 ok|okays|approve|approves|decide|decides|sign|signs"},
	{Name: "can approve", Pattern: "discretionary / without ~1 approval"},
	{Name: "title", Pattern: "im ~3 @title / i am ~3 @title / i|me ~1 own|run ~3 @title|company|business|practice|clinic|office|firm|agency|shop|store|restaurant|salon|studio|outfit|bakery|cafe|taqueria|gym|farm|ranch|crew"},
	// "i run 12 trucks", "we own 3 locations"
	{Name: "title", Pattern: "i|we own|run ~1 trucks|rigs|locations|stores|restaurants|offices|clinics|franchises|salons|shops|branches"},
	// "procurement handles that, not me", "my manager handles that stuff"
	{Name: "committee", Pattern: "procurement|purchasing|finance|accounting|manager|boss|owner|owners|cfo|ceo|partners|board|gm handles|handle|decides ~1 that|those|it|purchasing|buying|budgets|budget|money"},
	// "me and mi esposa want a loan"
	{Name: "joint decision", Pattern: "me|yo and|y mi esposa|esposo|novia|novio|pareja|vieja|viejo"},
	// "Own a little bakery in Stillwater", "mi hermano y yo somos
	// dueños", "soy la dueña"
	// ("we run a plumbing company" says what the company does, not who
	// decides)
	{Name: "title", Pattern: "own a|the|my|our ~1 little|small|family? bakery|cafe|taqueria|restaurant|shop|store|salon|gym|farm|ranch|outfit|business|company|practice|clinic|firm|agency|barbershop|daycare|diner|deli|pharmacy|dealership|franchise / somos|soy ~1 dueno|duena|duenos|duenas|propietario|propietaria|propietarios"},
	// dev308 (stop 53): "it's a bodega on Girard, me and my brother run
	// it"; "my dad owns the agency but ... he signs whatever I put in
	// front of him"
	{Name: "title", Pattern: "me|i and my ~1 brother|sister|wife|husband|partner|dad|mom|cousin|son|daughter|uncle run|own it|the|this / my brother|sister|wife|husband|partner|dad|mom|cousin|son|daughter|uncle and i|me run|own it|the|this"},
	{Name: "decision maker", Pattern: "signs|approves whatever|anything i|we put|bring|hand ~3 him|her|them / sign|signs|approve|approves whatever|anything i|we recommend|pick|choose|suggest"},
	// dev317 (stop 53): "he's the one that'll be signing off on it",
	// "just me, it's my money"
	{Name: "approval", Pattern: "hes|shes the one ~4 signing|sign|signs|decides|deciding|approves|approving"},
	// dev329 (stop 54): "al final él es quien decide"
	{Name: "approval", Pattern: "el|ella es quien decide|decida|firma|manda|aprueba / el es el que decide|firma|manda|aprueba / ella es la que decide|firma|manda|aprueba"},
	{Name: "decision maker", Pattern: "its|it is my|our own? money"},
	// dev312 (stop 53): "Mom's still the one signs the checks", "don't
	// nothing happen unless we both say so"
	{Name: "decision maker", Pattern: "one|who|that signs|sign the checks / i sign the checks"},
	{Name: "joint decision", Pattern: "unless|until we both ~2 say|agree|sign|ok|approve"},
	// "it's our company, so that part's on me", "it's my own business"
	// ("it's our company's policy" names a rule, not who decides)
	{Name: "decision maker", Pattern: "its|it is my|our ~1 company|business|firm|practice|agency |"},
	{Name: "title", Pattern: "@title ~3 @decide"},
	{Name: "title", Pattern: "@decide ~3 @title"},
	{Name: "evaluation lead", Pattern: "leading ~2 eval|evaluation|search|project"},
	// "I'm running the project"; "they'll have to vote on it", "el
	// director de finanzas tiene que dar el okay", "she's part of the
	// decision", "my wife is the one who has to be sold on this", "la
	// decisión es por mayoría", "yo sola decido"
	{Name: "evaluation lead", Pattern: "running|run ~1 the|this project|evaluation|eval|search|rollout"},
	{Name: "approval", Pattern: "have|has to vote / tiene|tienen|tendra|tendran que dar el|su|la ok|aprobacion|autorizacion / tiene|tienen|tendra|tendran que dar el|su visto bueno / tiene|tienen|tendra|tendran que dar luz verde / tiene|tienen|tendra|tendran que votar"},
	{Name: "joint decision", Pattern: "part of the|this decision / parte de la decision / by majority vote / por mayoria"},
	{Name: "approval", Pattern: "one who has|needs to be sold|convinced / la|el que hay que convencer"},
	{Name: "decision maker", Pattern: "yo sola|solo|solita|solito decido / lo decido yo sola|solo"},
	// dev323 (stop 54): "eso lo veo yo solo", "los seguros siempre los he
	// manejado yo"; and "nobody else signs for nothing around here"
	{Name: "decision maker", Pattern: "lo|eso|esto|los|las veo|decido|manejo|resuelvo|firmo yo solo|sola|solito|solita / lo|los|las he manejado|decidido|firmado yo / nobody|noone else signs|decides / nobody|noone else has a say / no one else signs|decides / no one else has a say"},
	// "la decisión es toda mía"
	{Name: "decision maker", Pattern: "la decision es ~1 mia|nuestra|mio"},
	// a role in other words: "i run IT", "i head up marketing", "IT
	// director here", "head of revops", "soy la dueña", "el que decide es
	// mi jefe", a joint decision or a co-signer, the only name on the loan
	{Name: "title", Pattern: "i run|head|lead|manage|oversee ~2 it|ops|operations|marketing|sales|finance|hr|engineering|support|procurement|purchasing|revops|growth|product|the|our|this"},
	// "I basically run patient scheduling", "i handle billing and
	// dispatch", "yo hago todo lo de la oficina", "me encargo de la
	// facturación"
	{Name: "title", Pattern: "i ~1 run|handle|manage|oversee|coordinate ~2 scheduling|billing|dispatch|payroll|accounting|bookkeeping|admin|office|it|ops|operations|recruiting|hiring|onboarding|intake|purchasing|marketing|sales|support / yo hago|llevo|manejo ~4 oficina|cuentas|facturacion|administracion|contabilidad|nomina|billing|compras|ventas|operaciones / me encargo de ~2 oficina|cuentas|facturacion|administracion|contabilidad|nomina|compras|ventas|operaciones|todo"},
	{Name: "title", Pattern: "@title here / head|vp|director|chief of _ / soy ~2 @title"},
	// "I'm one of the two cofounders", "soy uno de los socios"
	{Name: "title", Pattern: "im one of the|our ~1 @title / i am one of the|our ~1 @title / soy uno|una de los|las ~1 @title"},
	{Name: "decision maker", Pattern: "so i decide / i decide|decido / me toca ~2 decidir / el|la que decide|decido|firma|aprueba"},
	// "me dijo que yo decida", "lo decido yo", "está a nombre mío"
	{Name: "decision maker", Pattern: "que yo decida|decido|escoja|elija / lo decido|decidimos yo|nosotros / a nombre mio|nuestro"},
	// "i call the shots", "i'm calling the shots"
	{Name: "decision maker", Pattern: "i|im call|calling the shots"},
	{Name: "decision maker", Pattern: "my|our call|decision / for|of|on my|our rental|rentals / one of my|our rentals|properties / i own it / i own the house|home|property|business|company|place|building / we own ~1 the|our? house|home|property|place|building / rental|duplex|house|home|property|condo|building|unit i|we own / i own a|this|my|the ~1 rental|duplex|triplex|fourplex|condo|house|home|property|building|unit|units / i|we own ~1 two|three|four|five|several|2|3|4|5|6|7|8|9|10|a|the|both|all ~2 stores|shops|cleaners|restaurants|locations|clinics|offices|salons|gyms|businesses|franchises|dealerships / es mi|nuestra casa|propiedad|troca|camioneta|negocio|empresa / es mio|mia|nuestro|nuestra | / es mio|mia|nuestro|nuestra desde|y|decision|hace|toda|todo|completa|completo|nomas|solo|sola"},
	// "i'm the one picking the lender", "approve everything myself", "yo
	// tomo las decisiones", "yo decido todo"
	{Name: "decision maker", Pattern: "ill be the one ~6 decides|deciding|picking|choosing|signing|approving|paying|handling / i will be the one ~6 decides|deciding|picking|choosing|signing|approving|paying|handling / im the one ~6 decides|deciding|picking|choosing|signing|approving|paying|handling|handles|decide|signs|pays|picks|makes / approve|sign|decide ~2 myself / i approve|sign|decide everything / yo tomo|tomorrow ~1 las|la decisiones|decision / yo decido|apruebo|firmo"},
	// a spending limit of the lead's own: "under 10 seats I can put it on
	// my card", "I can just expense it", "puedo pagarlo con mi tarjeta"
	{Name: "can approve", Pattern: "i can|could ~2 put it|this|that on my|the|our company? card / i can|could ~1 expense it|this|that / puedo ~1 pagarlo|cargarlo con|a mi tarjeta"},
	// both on the loan: "we both have to be on it", "los dos tenemos que
	// estar en el préstamo"
	{Name: "joint decision", Pattern: "both ~3 be on it | / both ~3 be on the loan|application|title|mortgage / los dos ~2 tenemos|tienen que estar en el prestamo|credito|titulo / ambos ~2 tenemos|tienen que estar en el prestamo|credito|titulo"},
	// "los tres tenemos que firmar", "both of us have to sign", "the
	// partners would need to see ROI before anybody spends"
	{Name: "joint decision", Pattern: "los|las dos|tres|cuatro ~2 tenemos|tienen que firmar|aprobar|decidir / ambos|todos ~2 tenemos|tienen que firmar|aprobar|decidir / all|both of us ~2 have|need to sign|approve|decide / partners|socios|owners|duenos ~3 need|needs|would|have|tienen|tendrian ~3 see|approve|sign|firmar|aprobar|decide"},
	// "the owners are leaving it up to me", "it's up to me", "depende de mí"
	{Name: "decision maker", Pattern: "leaving|left|leave it up to me / it is up to me / it is up to me / depende de mi / me lo dejaron a mi"},
	// "he leaves all the paperwork and the deciding to me"
	{Name: "decision maker", Pattern: "leaves|left|leave ~5 deciding|decisions|decision|decidin to me"},
	// "my wife and I have agreed on a max"
	{Name: "joint decision", Pattern: "@spouse and i ~2 agreed|decided|agree / mi esposo|esposa y yo ~2 acordamos|decidimos"},
	// someone else's last word or check: "the wife has the final say on
	// color and the money", "ella manda", "tengo que checar con él
	// primero", "los partners se juntan para ver los renewals"
	{Name: "approval", Pattern: "@spouse|she|he|boss|partner|partners|owner|board|dad|mom has|have the final|last say|word / ella|el manda / ella|el es la|el que manda / checar|chequear|checkear|consultar|consultarlo con el|ella|ellos / checar|chequear|checkear|consultar|consultarlo con mi|mis @spouse|esposo|esposa|socio|socia|socios|jefe|jefa|papa|mama|familia|abogado|contador|hijos|hijas|hijo|hija|hermano|hermana|hermanos|hermanas"},
	{Name: "committee", Pattern: "partners|socios|board|junta|duenos se juntan|reunen|meet"},
	// someone else has the last word: "she's the real boss on this one",
	// "whatever she says goes", "lo que ella diga"
	{Name: "spouse decides", Pattern: "whatever she|he|they says|say goes / whatever my @spouse says goes / wifes|husbands|hubbys|partners|spouses the real? boss|decider / @spouse is the real? boss|decider / shes|hes the real? boss|decider / lo que ella|el diga / lo que mi esposa|esposo diga"},
	{Name: "joint decision", Pattern: "decide|decisions|decision ~2 together / together ~2 decide / decidimos juntos|juntas / mi esposo|esposa y yo / me and my @spouse"},
	{Name: "joint decision", Pattern: "and i ~4 decide|together|both|juntos|decidimos / y yo ~3 decidimos|juntos|decidir / cosign*|cosigning|cosigner / co sign|signing|signer / on the loan|application|title / in my name"},
	{Name: "committee", Pattern: "committee|board|exec|executive|leadership|finance|legal|security|corporate ~3 review|reviews|approval|approve|approves|signs|signoff|sign|vote / goes|go|going to the|our ~1 exec|executive|board|committee|leadership / approval from ~2 corporate|board|headquarters|hq|legal|finance"},
	// someone else's approval or say in plain words: "i'll need my
	// director's ok", "my husband is the one who handles money stuff",
	// "he has to approve whatever we do", "ella tiene la última palabra",
	// "me and my sisters split decisions", "all of us sign"
	{Name: "approval", Pattern: "my|our|the ~1 directors|managers|bosses|supervisors|vps|ceos|cfos|owners|partners|wifes|husbands ok|blessing|approval|signoff|say|yes"},
	{Name: "approval", Pattern: "he|she|they|boss|wife|husband|partner|spouse|board|hoa|committee|manager|cfo|ceo|owner|dad|mom|cosigner|jefe|jefa|esposo|esposa|socio|socia ~6 has|have|needs|need|got|tiene|tienen ~2 approve|sign|agree|ok|aprobar|aprobarlo|aprobarla|firmar|firmarlo|firmarla|decidir|decidirlo|estar / tiene|tienen ~1 la|el ultima|ultimo palabra"},
	// someone's okay needed (blind70, stop 71): "I'd need my partner to
	// okay anything we buy", "need the board to sign off"
	{Name: "approval", Pattern: "need|needs|have|has to? my|our|the ~1 partner|partners|boss|wife|husband|spouse|board|cfo|ceo|owner|owners|manager|director to ok|approve|sign|greenlight"},
	// a pastor's or a partner's okay (blind71, stop 71): "Pastor has to
	// approve spending", "I need el OK de mi socio"
	{Name: "approval", Pattern: "pastor|priest|elders|treasurer|deacons has|have|needs|need to approve|ok|sign / need|necesito|necesitamos el|the ok de|from mi|my|nuestro|our socio|socia|partner|esposo|esposa|jefe|jefa|boss / el visto bueno de|del mi|nuestro? socio|socia|esposo|esposa|jefe|jefa"},
	// "he kinda gets a say too", "she has a say in it", "él también
	// opina", "he'd have to be convinced too"
	{Name: "approval", Pattern: "gets|has|have|get a|some say / tiene|tienen voz y? voto? / have|has to be convinced|sold|on board"},
	// "I make all my own decisions", "yo tomo mis propias decisiones"
	{Name: "decision maker", Pattern: "i make all? my|the own? decisions|decision|calls / yo tomo|decido ~2 mis|las propias? decisiones"},
	{Name: "decision maker", Pattern: "i|we have the final|last word|say"},
	// "we both have to sign off on stuff", "los dos tenemos que firmar"
	// "con mi hijo, él tiene mejor crédito y él es el que va a firmar
	// todo", "she's the one who signs off"
	{Name: "approval", Pattern: "el|ella es el|la que ~2 firma|firmar|decide|decidir|aprueba|aprobar / he|she|hes|shes is? the one who|that ~2 signs|sign|decides|decide|approves|approve"},
	{Name: "joint decision", Pattern: "we both ~3 sign|decide|approve|agree / both have|need to ~1 sign|decide|approve|agree / los dos ~3 firmar|firmamos|decidir|decidimos|aprobar"},
	{Name: "joint decision", Pattern: "split|share|splitting|sharing ~2 decisions|decision / split|share|splitting ~1 the cost / all of us ~1 sign|decide|approve|agree / we all ~3 sign|decide|approve|agree / both of us ~1 sign|decide|approve|agree"},
	{Name: "decision maker", Pattern: "i handle|manage|do|run ~2 all? the? finances|money|paperwork|decisions|buying|purchasing / yo manejo|llevo ~2 las? finanzas|dinero|cuentas"},
	// "el dueño es mi papá pero yo manejo todo"; "nothing gets signed
	// without her" names who signs
	{Name: "decision maker", Pattern: "yo manejo|decido|llevo todo / i handle|run everything|it all"},
	{Name: "approval", Pattern: "nothing ~2 signed|approved|bought|goes|happens without ~1 her|him|them|my|our|the"},
	// "my wife wants a second quote before she signs anything", "before
	// anything gets signed", "sin ellos no se compra nada", "mi viejo
	// decide todo", "el CEO ya dio el green light"
	{Name: "approval", Pattern: "before he|she|they|anything ~1 signs|sign|approves|approve|gets|is ~1 signed|approved|anything / sin el|ella|ellos|ellas no se compra|firma|aprueba|hace / mi viejo|vieja|marido|mujer|senora ~1 decide|decida|firma|aprueba / dio|gave|given ~2 green light / dio|dieron ~2 visto bueno"},
	{Name: "joint decision", Pattern: "tenemos que estar de acuerdo / y yo ~2 decidimos|aprobamos|firmamos"},
	// someone else's say in other words: "my wife does all the money
	// stuff", "we'd all have to agree", "eso lo ve mi jefe", "I'd have to
	// loop him in"
	{Name: "approval", Pattern: "@spouse|she|he|boss|partner does|handles ~2 all? the? money|finances|finance|bills"},
	// dev345 (stop 55), farm families: "My husband handles all the farm
	// business", "Mom holds 51% so she gets the last word", "the board
	// votes on anything over 50k", "cualquier gasto arriba de diez mil lo
	// tenemos que aprobar todos"
	{Name: "approval", Pattern: "@spouse|she|he|boss|partner|dad|mom handles|runs all? the ~2 business|books|paperwork|decisions|buying|purchasing / @spouse|she|he|boss|partner|partners|owner|board|dad|mom gets|get the final|last say|word"},
	{Name: "committee", Pattern: "board|partners|socios|committee votes|vote|decide|decides on anything|any|everything / tenemos|tienen|hay que aprobar|aprobarlo|aprobarla todos / lo|la tenemos|tienen que aprobar todos|entre"},
	{Name: "joint decision", Pattern: "we would all have|need to ~1 sign|decide|approve|agree"},
	// "eso ya lo aprobó el patrón", "He decides, yo nomás investigo",
	// "the owner es mi tío", "our board meets in two weeks"
	{Name: "approval", Pattern: "lo aprobo|autorizo|decidio el|la|mi jefe|jefa|patron|patrona|dueno|duena|board|gerente|socio|socia / he|she decides / the|el owner|dueno|duena is|es mi|my|our ~1 uncle|aunt|dad|mom|tio|tia|papa|mama|brother|sister|hermano|hermana|suegro|suegra / our|the board|committee meets / el|la|nuestro|nuestra board|junta|comite se reune"},
	{Name: "approval", Pattern: "lo ve|decide|aprueba|autoriza|firma mi|el|la jefe|jefa|esposo|esposa|socio|socia|dueno|duena|patron|contador|contadora / have|has|need|needs|gotta to? loop ~1 him|her|them|my|our ~2 in"},
	// "my boss is the one who decides, not me"
	{Name: "approval", Pattern: "@spouse|he|she|dad|mom|boss|manager|partner|owner|client|jefe|jefa ~4 is the one who|that ~1 handles|decides|picks|signs|approves|pays / shes|hes the one who|that ~1 handles|decides|picks|signs|approves|pays"},
	// "my son handles all of this for me", "my daughter takes care of
	// my paperwork", "mi hijo se encarga de todo eso"
	{Name: "approval", Pattern: "son|daughter|@spouse|he|she|accountant|nephew|niece|brother|sister ~2 handles|manages|decides|does ~2 all|everything ~2 of? this|that|it|my? paperwork|finances|bills|for / son|daughter|@spouse|he|she|accountant|brother|sister takes care of ~2 all|everything|this|that|my / hijo|hija|esposo|esposa|sobrino|sobrina|hermano|hermana se encarga|encargan|ocupa de ~2 todo|eso|esto|lo"},
	{Name: "committee", Pattern: "committee|board|hoa|team|council ~2 picks|pick|chooses|choose|selects|decides|approves|votes"},
	// a procurement step that names who must pass the vendor:
	// "procurement needs 60 days with any new vendor", "purchasing has
	// to vet them first"
	{Name: "committee", Pattern: "procurement|purchasing needs|requires|has|reviews|vets|wants|takes|must|tiene|pide|revisa"},
	// "Procurement committee meets once a quarter", "nuestra procurement
	// team tarda como seis semanas"
	{Name: "committee", Pattern: "procurement|purchasing|selection committee|team|department|dept"},
	// someone else's say in other words: "it's her call", "his house,
	// his decision", "eso lo maneja finanzas", "lo decide él", "son tres
	// socios y votan"
	{Name: "approval", Pattern: "is ~1 her|his|their call|decision|choice / his house|money|place|loan|home|car|business |? his decision|call / her house|money|place|loan|home|car|business |? her decision|call / their house|money|place|loan|home|car|business |? their decision|call / lo maneja|ve|decide|aprueba|autoriza finanzas|contabilidad|compras|administracion|legal / lo decide|aprueba ella|ellos / y lo decide|aprueba el / lo decide|aprueba el | / lo aprueba|decide|autoriza|firma el|la|mi comite|junta|board|jefe|jefa|dueno|duena|gerente|director|directora|consejo|socio|socia|patron / socios|miembros|duenos ~3 votan|votamos|aprueban|deciden"},
	// "la junta de la escuela has to vote on it"
	{Name: "committee", Pattern: "junta|consejo ~5 vote|votes|votar|vota|votan|aprobar|aprueba|aprueban|decide|deciden|aprobarlo|aprobarla / mesa directiva ~5 vote|votes|votar|vota|votan|aprobar|aprueba|aprueban|decide|deciden|aprobarlo|aprobarla"},
	// the approver after the verb: "lo tiene que aprobar la junta de la
	// cooperativa"
	{Name: "committee", Pattern: "aprobar|aprobarlo|aprobarla|autorizar|firmar la|el junta|mesa|comite|consejo|directiva"},
	// a check with whoever decides: "I'd have to run it by my boss",
	// "need to ask my wife first", "tengo que preguntarle a mi esposo",
	// "my husband decides these things", "gotta get the ok from corporate"
	{Name: "approval", Pattern: "run|running it|this|that? by|past ~2 my|our|the @spouse|@title|dad|mom|family|brother|sister / check|checking|ask|asking|consult|consulting with? my|our @spouse|@title|dad|mom|family|brother|sister"},
	{Name: "approval", Pattern: "preguntarle|consultarle|consultarlo|preguntar|consultar ~2 a|con? mi|mis @spouse|esposo|esposa|jefe|jefa|socio|socia|papa|mama|suegro|suegra|familia|hermano|hermana"},
	{Name: "approval", Pattern: "@spouse|boss|owner|owners|partners|dad|mom|corporate|board|esposo|esposa|jefe|jefa|socio|socia|suegro|suegra decides|decide|approves|signs|aprueba|firma|decida|finalizes"},
	// "quien decide es el doctor Ramírez", "más de eso el doctor no lo va
	// a aprobar"
	{Name: "approval", Pattern: "quien|quienes decide|deciden|aprueba|aprueban|firma|firman|autoriza|autorizan es|son / doctor|doctora|jefe|jefa|dueno|duena|gerente|director|directora|socio|socia|socios ~4 aprobar|aprobarlo|aprobarla|autorizar|autorizarlo|autorizarla"},
	// someone else's approval, payment or say in other words: "the
	// building owner is the one who approves", "my landlord said he'd
	// cover it", "power of attorney", "la junta tiene que aprobar",
	// "every purchase goes through our finance committee"
	{Name: "approval", Pattern: "owner|owners|landlord|dueno|duena|casero|casera ~4 approves|approve|decides|decide|aprueba|pays|pay|cover|covers|paga|pagan|signs|firma"},
	// "él decide al final", "the partners vote", "my parents want to
	// approve whatever we pick", "va a ser co-signer"
	// "my daughter handles my finances", "my wife manages all the
	// insurance stuff": who handles that money decides
	{Name: "approval", Pattern: "@spouse|son|daughter|dad|mom|brother|sister|esposo|esposa|hijo|hija ~1 handles|manages|maneja|lleva ~3 finances|insurance|money|bills|finanzas|seguros|cuentas|dinero"},
	// the approver after the verb: "la compra la autoriza mi papá"
	{Name: "approval", Pattern: "autoriza|aprueba|decide|firma ~1 mi|el|la|su esposo|esposa|papa|mama|jefe|jefa|dueno|duena|socio|socia|suegro|suegra|hermano|hermana"},
	{Name: "approval", Pattern: "el|ella|ellos|ellas decide|deciden|aprueba|aprueban|firma|firman / partners|members|parents|elders|owners ~3 vote|votes|approve|decide|sign / co signer|signers|signing"},
	{Name: "approval", Pattern: "power of attorney / poder notarial / poa"},
	// "mi hermano va a ser el co-firmante", "mi tío es el dueño y él dice", "three
	// partners, we vote on everything, majority wins"
	{Name: "joint decision", Pattern: "co firmante|firmantes|signer|signers / cofirmante|cofirmantes"},
	{Name: "approval", Pattern: "es el|la dueno|duena|jefe|jefa y ~2 dice|decide|aprueba|firma|autoriza / es el|la que decide|firma"},
	{Name: "committee", Pattern: "we|partners|owners|members|socios vote|votamos|votan ~2 on|everything|todo / majority wins|rules|vote|decides / la mayoria gana|decide"},
	{Name: "committee", Pattern: "asociacion|junta|comite|consejo|directiva ~4 tiene|tienen que ~1 aprobar|firmar|decidir|autorizar / goes|go|going through ~3 board|committee|procurement|legal|finance|council|elders|hoa"},
	{Name: "approval", Pattern: "ok|blessing|signoff from ~2 corporate|board|headquarters|hq|legal|finance|my|our|the / green light from ~2 corporate|board|headquarters|hq|legal|finance|my|our|the"},
	// "my boss asked me to look into this" (a relative's or a friend's
	// advice, "my cousin told me to check you guys out", is checked in
	// firstCue)
	// the choice handed to the lead (blind77, stop 74): "he told me to
	// just pick something and he'll sign whatever I pick"
	{Name: "decision maker", Pattern: "told|asked me to just? pick|choose|decide something|whatever|whichever|one|what|which|for|on / told|asked me to just? decide |"},
	{Name: "influencer", Pattern: "told|asked me to"},
	{Name: "influencer", Pattern: "for|from my|our boss|manager|team|director|vp|ceo|cto|cfo|founder"},
})

// needRules find a need or a pain. A price or cost complaint
// ("expensive", "too pricey") is none: it is an objection (trigger's
// "price concern"), whether it is said of the offer or of the lead's
// current vendor, and names no use the product would fit; wanting a
// cheaper one ("we want something cheaper") is a need.
var needRules = textmatch.MustCompile(map[string]textmatch.Set{
	"needv": textmatch.NewSet("need", "needs", "want", "wants", "require", "requires", "looking", "trying",
		"necesito", "necesitamos", "quiero", "queremos", "buscamos", "busco",
		// Mexican Spanish "ocupar" is "to need": "ocupamos algo para la nómina"
		"ocupo", "ocupamos"),
	"pain": textmatch.NewSet("drowning", "killing", "mess", "messy", "piling", "broken", "struggling", "painful", "nightmare", "blocking", "blocked", "manually", "manual", "slow", "churn", "sunset", "sunsetting", "sunsets", "discontinued", "deprecated", "compliance", "compliant", "regulatory", "visibility", "consolidate", "automate", "replace",
		// pains and modernisation goals: "losing deals", "still on excel",
		// "overhaul the front desk", "clunky legacy system"
		"losing", "spreadsheets", "spreadsheet", "excel", "modernize", "modernizing", "modernise", "modernising", "papel", "desmadre",
		"overhaul", "streamline", "streamlining", "digitize", "outdated", "legacy", "clunky", "bottleneck", "bottlenecks",
		"outgrown", "outgrew", "inefficient", "errors", "duplicate", "duplicates", "backlog", "migrate", "migrating",
		// "el stock se nos desfasa todo el tiempo"
		"desfasa", "desfasan", "desfasado", "descuadra", "descuadran", "descuadrado", "descontrolado"),
	"skip": textmatch.NewSet("it", "this", "that", "to", "a", "an", "something", "more"),
	"fail": textmatch.NewSet("breaks", "broke", "crash", "crashes", "crashed", "crashing", "fails", "failed", "failing", "died",
		"dies", "sparked", "sparking", "trips", "tripping", "peeling", "drips", "dripping", "leaking", "leaks", "clogged", "cracked",
		"flooding", "banging", "chaos", "disaster", "brutal", "crushing", "unreliable", "nonexistent", "declined", "denied",
		"nonrenewing", "lapses", "lapsed", "glitchy", "buggy", "freezes", "freezing", "lagging", "dying"),
	"ingv": textmatch.NewSet("logging", "breaking", "crashing", "failing", "going", "dropping", "freezing", "leaking", "running",
		"tripping", "losing", "missing", "charging", "kicking", "shutting", "timing", "approving", "double", "complaining", "glitching", "lagging",
		"messing", "screwing", "botching", "mixing"),
}, []textmatch.Rule{
	{Name: "pain", Pattern: "@pain"},
	// wanting a cheaper one is a need (a switch the lead is after), where
	// a bare complaint about a price is no need but an objection: "we want
	// something cheaper", "looking for a more affordable plan", "buscamos
	// algo más barato"; not "it's too expensive"
	{Name: "pain", Pattern: "need|needs|want|wants|looking|necesito|necesitamos|quiero|queremos|buscamos|busco|ocupamos ~3 cheaper|affordable|barato|barata|economico|economica"},
	// pains in other words: "none of them talk to each other", "nobody
	// trusts the data", "half of them get lost", "on whiteboards", and the
	// mortgage needs: a refinance, a lower payment, a first home
	{Name: "pain", Pattern: "talk to each other / nobody|noone trusts / get|gets|getting lost / whiteboard|whiteboards|paper|guesswork|workarounds|workaround|scattered / cant|dont|wont handle|scale|track"},
	// "we never know whats in which store", "no one knows where anything is"
	{Name: "pain", Pattern: "never know what|whats|which|where|who ~3 in|is|are|we|our|stock|have|has / no one|nobody|noone knows ~1 what|where|which|who"},
	// cover for the family, and a thing just bought: "para que mis hijos
	// queden cubiertos", "so my kids are taken care of", "una yipeta que
	// me acabo de comprar", "we just bought a truck"
	{Name: "pain", Pattern: "para|pa que ~4 queden|esten|quede|este cubiertos|cubiertas|cubierto|cubierta|protegidos|protegidas|protegido|protegida / so my|our ~4 are|is covered|protected / so my|our ~4 are|is taken care of / acabo|acabamos de comprar|compra|comprarme / just bought|purchased|got ~2 a|an|our|my|the ~2 car|truck|suv|van|house|home|condo|boat|motorcycle|place|vehicle|new|used"},
	// a life event that needs cover: "mi hija just got her license", "we
	// just had our second kid", "acabamos de tener un bebé"; an audit
	// finding that needs a tool: "SOC 2 auditor dinged us"
	{Name: "pain", Pattern: "baby|bebe ~3 on the way / baby|bebe ~3 coming|viene / baby|bebe ~3 en camino / expecting a|our|my|another ~1 baby|kid|child / esperando ~1 un|otro|el segundo bebe|nino|nina / embarazada / just got|gotten ~1 her|his|my|their|our drivers? license|permit / acaba|acabo de sacar ~2 licencia / just had a|our|my|the|twins ~1 baby|kid|son|daughter|twins|child / new baby|newborn / acabamos de tener ~2 bebe|hijo|hija|gemelos / auditor|auditors|audit ~4 dinged|flagged|failed|finding|findings|requires|wrote"},
	// cover wanted for the family in a story: "life insurance, for my
	// grandkids really", "if something happens to me they'd have
	// nothing", "si me pasa algo"
	{Name: "pain", Pattern: "life|term|whole ~1 insurance|policy|coverage|cover ~3 for my|our|the kids|children|family|wife|husband|grandkids|daughter|son|daughters|sons / if|when something|anything happens|happened to me|us / si|cuando me|nos pasa|pasara algo"},
	// a smell as the trouble: "the basement smells like sewage when it
	// rains", "huele a gas en la cocina"
	{Name: "problem", Pattern: "smells|smell|smelling|stinks|reeks ~2 like|of sewer|sewage|gas|mold|mildew|rotten|burning|septic|musty|dead / smells|smell musty|moldy / huele|apesta ~1 a gas|drenaje|cano|humedad|quemado|podrido|caca"},
	// a payment to get down: "trying to get our payment down"
	{Name: "pain", Pattern: "get|bring|getting|bringing ~2 payment|payments|rate|premium|bill|pago down|lower"},
	// no cover at all: "we have zero coverage", "no tenemos seguro"
	{Name: "pain", Pattern: "have|has|got no|zero ~1 coverage|insurance|policy / no tengo|tenemos|tiene ~1 seguro|cobertura|poliza / sin seguro|cobertura|poliza"},
	{Name: "pain", Pattern: "over|done|tired ~2 renting|rent / first place|condo|apartment|home|house ~2 to? buy|buying|purchase|yes|ever / primera casa|vivienda"},
	// an adjustable rate about to reset: "my ARM adjusts in March", "need
	// to get out of this loan"
	{Name: "pain", Pattern: "arm|adjustable ~3 adjusts|resets|adjust|reset|adjusting|resetting / get out of ~2 arm|loan|mortgage"},
	// a rate or a payment the lead dislikes, and a loan they cannot get
	// alone: "their rate stinks", "I can't qualify alone" (being self
	// employed alone is no need: "do you work with self-employed
	// borrowers?")
	{Name: "pain", Pattern: "rate|rates|payment|payments ~2 stinks|sucks|awful|terrible|outrageous|ridiculous / cant|couldnt|didnt ~1 qualify"},
	// "paying way too much interest on this old loan", "want to get it
	// lowered"
	{Name: "pain", Pattern: "too much ~1 interest / get|have it|rate|payment|payments lowered|reduced / get|have it|rate|payment|payments brought down"},
	// "they jacked it to $389/mo", "el AC nomás está echando aire
	// caliente", "walk-in cooler is running warm"
	{Name: "pain", Pattern: "jacked|hiked|bumped ~2 it|rate|premium|price|payment|up / blowing|echando|tirando ~2 hot|warm|caliente air|aire / aire caliente / running warm|hot"},
	{Name: "pain", Pattern: "refinance|refinancing|refi|refinanciar|heloc|reverse|pmi|preapproval|preapproved / cash out / first home|house|casa / lower|reduce|bajar|drop ~3 payment|payments|rate|pago|insurance|that / own name / instead of renting|renewing"},
	// "si me baja el pago", "ya no me alcanza", "the 2 bed is not gonna cut
	// it", "we outgrew the condo"
	{Name: "pain", Pattern: "baja|baje|bajen|bajan|bajara|bajaran ~2 el|la|mi? pago|mensualidad|tasa|cuota / no me|nos alcanza / too small|tiny|cramped / not big enough / outgrew|outgrown|outgrowing / not going to cut it"},
	// a purchase to finance: "buying a condo", "a fourplex we want to buy"
	{Name: "pain", Pattern: "buying|buy|purchase|purchasing|comprar ~3 home|house|condo|townhouse|townhome|duplex|triplex|fourplex|property|rental|casa|terreno / home|house|condo|townhouse|duplex|triplex|fourplex|property ~3 to? buy|purchase"},
	// "we want to buy something in the 400 to 425 range", "comprar algo
	// de unos 250 mil": the place unnamed, its price range stated
	{Name: "pain", Pattern: "to buy|purchase|comprar something|algo ~6 range|around|about|under|mil|unos|thousand / to buy|purchase a place ~6 range|around|about|under|thousand"},
	// "finally want to buy something and stay put", "ready to buy"
	{Name: "buy", Pattern: "want|looking|ready|trying|hoping|planning to buy|purchase / want to buy|purchase / queremos|quiero|buscamos|busco|buscando comprar"},
	// "trying to get a house near the port", "we're just starting to
	// look at houses in Bridgeport"
	{Name: "buy", Pattern: "trying|looking|hoping|planning|wanting to get|find a house|home|condo|townhouse|place / we|were|im|i|weve|ive ~2 start|starting|started to? look|looking at|for houses|homes"},
	// a system to get going: "need to get EDI going with our biggest
	// customer" (a loan program named or homes shopped are no need: "do
	// you do FHA", "looking at homes in the 300s")
	{Name: "need", Pattern: "need|needs to get ~3 going|running|live / need|needs to get ~3 set up|in place"},
	{Name: "pain", Pattern: "all over the place / takes|take forever / way too long"},
	// appointments kept on paper that clash: "las llevamos en una libreta
	// y se nos cruzan", "double booked again"
	{Name: "pain", Pattern: "libreta|cuaderno|agenda de papel|notebook / se nos|me|les cruzan|cruza|empalman|enciman / double booked|booking|book"},
	// a cost that hurts: "el pago me está ahorcando", "la luz está
	// carísima", "the payment is killing us"; a rise told as a share:
	// "it went up like 40%"
	{Name: "pain", Pattern: "pago|pagos|payment|payments|tasa|rate|factura|bill|bills|luz|mensualidad|cuota|premium ~4 ahorcando|ahorca|matando|killing|crushing|carisima|carisimo|carisimos|altisima|altisimo / pago|pagos|payment|payments|tasa|rate|factura|bill|bills|mensualidad|cuota|premium ~3 too|way high|much / went|gone up like|by|almost|nearly|over / subio|subieron como|casi|mas de"},
	// a price rise that sends them shopping: "my premium went up a lot",
	// "the renewal jumped 40%"
	{Name: "pain", Pattern: "premium|premiums|rate|rates|bill|payment|renewal ~3 went|gone|goes|going up / premium|premiums|rate|rates|renewal|payment ~2 increased|jumped|doubled|spiked|skyrocketed|increase|hike"},
	{Name: "pain", Pattern: "by hand / keep up / copy pasting|paste"},
	// a unit that does not do its job, a room to redo and a renewal that
	// came in high: "its running but not cooling", "ya no enfría", "pa
	// remodelar la cocina", "my renewal came in way high"
	{Name: "pain", Pattern: "not|isnt|wont|dont|aint|stopped|quit ~1 cooling|heating / no enfria|calienta|enfrian|calientan"},
	// (a room to redo is told negated too: "not looking to redo the
	// kitchen", so need() checks its negation)
	{Name: "room", Pattern: "remodel|remodeling|renovate|renovating|redo|redoing|remodelar|renovar ~3 kitchen|cocina|bathroom|bathrooms|bath|baths|bano|banos|basement|sotano"},
	{Name: "pain", Pattern: "renewal|premium|quote|bill ~2 came|come|coming in|back ~3 high|higher|crazy|insane|outrageous"},
	// going in with someone on a place: "me and my brother want to go in
	// on a duplex" ("we went in on a house but got outbid" is an offer)
	{Name: "pain", Pattern: "go|going in on a|an ~1 duplex|triplex|fourplex|house|home|condo|property|rental|place"},
	{Name: "pain", Pattern: "data entry / falling|fall|falls|slipping through the cracks / waste|wastes|wasting|lose|lost ~2 hours|time|leads|deals|customers"},
	{Name: "pain", Pattern: "nobody|noone follows|following|follow up / no one follows|following|follow up"},
	// needs stated as what customers suffer: "customers keep complaining
	// we never call back", "patients wait on hold for 20 minutes"
	{Name: "pain", Pattern: "customers|clients|users|patients|tenants|members|buyers|callers ~3 complain|complaining|complained|complaints|frustrated|angry|leaving|churning|waiting|wait|hang"},
	// a problem in plain words: "our deploys break every other friday",
	// "the tool keeps logging people out", "approvals take us three
	// weeks", "backup is not working", "nobody can find anything", "se
	// cae todo el tiempo", "3 carriers already declined me"
	{Name: "problem", Pattern: "falls|fall|falling|fell apart / se cae a pedazos"},
	// "just picked up a Tacoma and need it covered"
	{Name: "need", Pattern: "need|needs it|this|them|her|him covered|insured|fixed|replaced|repaired|looked"},
	// a tool sought: "estamos buscando un sistema de inventory", "need
	// something para mandar quotes", "we need call recording"
	{Name: "need", Pattern: "buscando|busco|buscamos|necesitamos|necesito un|una sistema|programa|app|software|plataforma|herramienta / need|want something para|to|for|that / need|needs call|text|time|online|inventory|payroll|crm recording|tracking|scheduling|booking|software|system|app"},
	{Name: "problem", Pattern: "@fail / keeps|keep|kept ~2 @ingv / not|isnt|dont|wont|arent|cant ~1 working|cover|covers|sync|syncing|connect|connecting|load|shut|turn|answer|answering|scale / takes|take|took us ~1 weeks|days|hours|months / takes|take|took forever|ages / nobody|noone ~2 knows|know|can|returns|answers|finds|responds|uses / cant ~1 keep ~1 paying|up / nothing in place / go|goes|going|end|ends to|in spam|junk"},
	{Name: "problem", Pattern: "se cae|caen|cayo|descompuso|descompone|pierden|pierde|descuadra|traba|congela / no funciona|funcionan|sirve|sirven|jala|enfria|calienta|prende|prenden|enciende|arranca / goteando|gotea|gotean / un desastre / me subieron|subio"},
	// "perdemos todos sus contactos", "the venue won't let us set up
	// without liability insurance"
	{Name: "problem", Pattern: "perdemos|perdimos|pierdo ~2 todo|todos|todas|clientes|ventas|datos|contactos|leads / se nos|me|les pierden|pierde|caen|cae|olvidan"},
	// a requirement refused, negated by nature: "won't let us ... without"
	{Name: "pain", Pattern: "without ~2 insurance|coverage|policy|liability|gl"},
	// equipment trouble in plain words: "the AC is blowing warm air",
	// "furnace makes a grinding noise", "sump pump quit", "se tapó el
	// fregadero", "la nevera no está enfriando"
	{Name: "problem", Pattern: "blowing|blows hot|warm|cold air / makes|making|made ~2 noise|noises|bang|banging|grinding|clicking|buzzing|squealing|rattling / no esta|estan ~1 enfriando|calentando|prendiendo|jalando|bombeando|funcionando|sirviendo / water ~2 coming|leaking|pouring|dripping ~1 through|in|from / se tapo|taparon|atoro|atasco / tapado|tapada|atascado|atascada"},
	{Name: "problem", Pattern: "ac|furnace|heater|boiler|pump|toilet|drain|sink|fridge|refrigerator|freezer|dishwasher|washer|dryer|disposal|compressor|thermostat|breaker|panel|unit|opener ~2 quit|died|dead|stopped|went"},
	{Name: "need", Pattern: "@needv ~1 to|for ~1 _"},
	{Name: "need", Pattern: "@needv _"},
	{Name: "need", Pattern: "@needv a|an|some better|new|way|tool|system|solution|platform|replacement|alternative"},
	{Name: "for a", Pattern: "for a|an new? _"},
	// a borrower's need said as a question of qualifying: "¿califico
	// para FHA?", "do I qualify for a VA loan", "qué puedo cualificar"
	// (blind79, after its measurement)
	{Name: "need", Pattern: "qualify|califico|calificamos|cualifico|cualificamos for|para a|an|un? fha|va|usda|conventional|jumbo|loan|mortgage|prestamo|hipoteca|casa|house|home / puedo|podemos cualificar|calificar |"},
})

var needDet = textmatch.NewSet("a", "an", "the", "some", "more", "un", "una", "el", "la")

var needObjSkip = textmatch.NewSet("approve", "approval", "sign", "ask",
	// a step, not a need: "just tell me what I need to send"
	"send", "check", "think", "discuss", "to", "it", "this", "that", "something", "more", "info", "information", "pricing", "price",
	"start", "buy", "talk", "know", "check", "see", "pilot", "be", "get", "have", "go", "a", "an", "the", "so", "than", "you", "me", "us",
	"demo", "call", "meeting", "approval", "moving", "now", "moment", "ahora", "today", "for",
	// steps of the deal, not needs: "want to close by june", "need to run
	// it by my partner"
	"close", "closing", "run", "stay", "happen", "present", "respond", "finish", "wait", "decide", "board",
	// curiosity, not a need: "primero quiero ver precios", "quiero saber
	// cuánto cuesta"
	"saber", "preguntar", "precios", "precio", "informacion", "info", "pensarlo", "pensar",
	// a deadline, not a need: "lo queremos antes de abril", "necesitamos
	// funcionando antes de Navidad"
	"antes", "before", "by", "until", "hasta", "listo", "lista", "ready", "funcionando",
	// a budget or a step in Spanish, as in English above: "queremos pagar
	// máximo 1,600 al mes", "want under 500", "queremos empezar en enero",
	// "queremos estar ya en la casa" ("need to pay off the cards" and
	// "quiero cerrar en 60 días" stay needs: a payoff, a purchase)
	"spend", "under", "below", "max", "pagar", "gastar", "maximo", "empezar", "comenzar", "arrancar", "firmar",
	"estar", "tener", "tenerlo", "tenerla")

// approverNext reports someone who decides named within four words after
// the need verb at i: "need our CFO to approve", "need to loop in my
// partner", "need to run it by my husband".
func approverNext(toks []string, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+5 && toks[k] != textmatch.Break; k++ {
		if approvers.Has(toks[k]) {
			return true
		}
	}
	return false
}

// boughtWords tell a purchase done: "we closed on our first house"
var boughtWords = textmatch.NewSet("closed", "bought", "purchased", "compramos", "compre", "compraron")

var approvers = textmatch.NewSet("cfo", "ceo", "coo", "cto", "boss", "partner", "partners", "husband", "wife", "spouse", "board",
	"owner", "owners", "manager", "director", "president", "vp", "accountant", "lawyer", "attorney", "esposo", "esposa", "jefe", "jefa", "socio", "socia", "dueno", "duena")

var procurementStep = textmatch.NewSet("quotes", "quote", "bids", "bid", "review", "reviews", "references", "signoff",
	"signatures", "signature", "approval", "approvals", "procurement", "legal", "finance", "rfp", "rfq", "vendors", "proposals",
	"proposal", "paperwork", "contract", "security", "questionnaire", "w9")

// needObject returns the object word at or after i, skipping numbers and
// determiners; "" when the object is only an amount.
func needObject(toks []string, i int) string {
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k]
		if w == textmatch.Break {
			return ""
		}
		if isNumberTok(w) || isMoneyTok(w) || strings.HasSuffix(w, "ish") && isNumberTok(strings.TrimSuffix(w, "ish")) {
			continue
		}
		if needDet.Has(w) {
			continue
		}
		return w
	}
	return ""
}

// timeOnlyAfter reports a need verb at i followed by a time only: "para
// enero", "antes de que", "todavía" (not "para el software").
func timeOnlyAfter(toks []string, i int) bool {
	w := toks[i]
	if w == "para" || w == "pa" {
		return dateAt(toks, i+1)
	}
	// (only after the verb itself or "algo": "wants proof antes del 15"
	// has its object)
	if i+1 >= len(toks) || !bareNeedEnds.Has(w) {
		return false
	}
	next := toks[i+1]
	switch next {
	case "antes", "todavia", "aun":
		return true
	case "para", "pa":
		return dateAt(toks, i+2)
	}
	return false
}

// dateAt reports a date at i: "enero", "el viernes", "antes de navidad".
func dateAt(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	if toks[i] == "antes" {
		return true
	}
	if (toks[i] == "el" || toks[i] == "la") && i+1 < len(toks) {
		i++
	}
	return isDateWord(toks[i])
}

// whenOnly reports a wish x ("want to do", "queremos hacerlo", "hoping
// to buy") whose verb takes no object and whose clause goes on with a
// time and nothing else: "we want to do it this month", "hoping to buy
// in the next 3 months", "Queremos implementarlo el próximo trimestre"
// (not "hoping to buy a condo in the next 3 months").
func whenOnly(t textmatch.Text, x textmatch.Match) bool {
	toks := t.Toks
	if !actOnly.Has(toks[x.End-1]) {
		return false
	}
	ce := textmatch.ClauseEnd(toks, x.Start)
	if x.End >= ce {
		return false // a wish with nothing after it is not this
	}
	covered := make([]bool, ce-x.End)
	timed := false
	timeRules.Each(t, func(m textmatch.Match) bool {
		if m.End <= x.End || m.Start >= ce || notATimeline(t, m) {
			return true
		}
		timed = true
		for k := max(m.Start, x.End); k < min(m.End, ce); k++ {
			covered[k-x.End] = true
		}
		return true
	})
	if !timed {
		return false
	}
	for k := x.End; k < ce; k++ {
		if !covered[k-x.End] && !actOnly.Has(toks[k]) && !whenFiller.Has(toks[k]) {
			return false
		}
	}
	return true
}

var (
	// actOnly are verbs of doing the deal that name no need of their own
	// ("want to do it", "queremos hacerlo", "hoping to buy"), and their
	// pronoun objects
	actOnly = textmatch.NewSet("do", "get", "buy", "purchase", "start", "begin", "go", "move", "close", "proceed", "implement", "launch",
		"switch", "sign", "it", "this", "that", "done", "going", "started",
		"comprar", "hacer", "hacerlo", "hacerla", "implementar", "implementarlo", "implementarla", "empezar", "comenzar", "arrancar",
		"iniciar", "cerrar", "firmar", "avanzar", "lanzar", "lanzarlo", "arrancarlo", "cambiarnos", "mudarnos", "mudarme", "lo", "la")
	// whenFiller may stand beside the time: "ideally this month", "este
	// mes si se puede"
	whenFiller = textmatch.NewSet("the", "el", "los", "las", "ideally", "hopefully", "if", "possible", "posible", "si", "se", "puede",
		"ya", "lol", "please", "porfa", "idealmente", "ojala", "maybe", "probably", "sometime", "around", "de", "del", "of")
)

var bareNeedEnds = textmatch.NewSet("necesito", "necesitamos", "necesita", "necesitan", "quiero", "queremos", "quiere", "quieren", "comprar", "cerrar",
	"mudarnos", "mudarme", "implementarlo", "implementarla", "tenerlo", "tenerla", "algo", "lo", "la", "buy",
	// a state wanted by a date: "lo necesitamos live antes del Q3"
	"live", "running", "operativo", "operativa", "funcionando", "listo", "lista")

func isDateWord(w string) bool {
	return textmatch.Meses.Has(w) || textmatch.Months.Has(w) || textmatch.Dias.Has(w) || textmatch.Weekdays.Has(w)
}

// need returns the first stated need or pain.
func need(t textmatch.Text) (string, float64) {
	toks := t.Toks
	var val string
	needRules.Each(t, func(x textmatch.Match) bool {
		// a pain is a need even negated ("our ATS cant keep up")
		if x.Name != "pain" && negatedAt(t, x.Start) {
			return true
		}
		// wanting to buy, but only if: "still talking about if we even
		// want to buy this year"
		if x.Name == "buy" && textmatch.Before(toks, x.Start, 4, ifWords) {
			return true
		}
		// a home bought long ago: "we closed on our first house in 2015"
		if x.Name == "pain" && (toks[x.Start] == "first" || toks[x.Start] == "primera") && slices.ContainsFunc(toks[textmatch.ClauseStart(toks, x.Start):x.Start], boughtWords.Has) {
			return true
		}
		// "does the policy cover the kids if something happens to me?"
		// asks about cover; told, it is why the lead wants it
		if x.Name == "pain" && t.Quests > 0 && (toks[x.Start] == "if" || toks[x.Start] == "when" || toks[x.Start] == "si" || toks[x.Start] == "cuando") {
			return true
		}
		// the product's compliance asked about: "is it SOC 2 compliant?",
		// "do you support HIPAA compliance?" (the lead's own "we need to
		// be SOC 2 compliant" is a need)
		if x.Name == "pain" && t.Quests > 0 && complianceWords.Has(toks[x.Start]) && productAsked(toks, textmatch.ClauseStart(toks, x.Start)) {
			return true
		}
		// to try a thing out: "I'll mess with it this weekend", "messed
		// around with the trial" ("it's a mess with three spreadsheets" is
		// a pain)
		if x.Name == "pain" && toks[x.Start] == "mess" && x.Start+1 < len(toks) && (toks[x.Start+1] == "with" || toks[x.Start+1] == "around") &&
			(x.Start == 0 || !messNoun.Has(toks[x.Start-1])) {
			return true
		}
		// a quiet spell the lead waits for: "I'll try it once things slow
		// down", "when work slows down" (the tool that slows down stays a
		// pain)
		if x.Name == "pain" && toks[x.Start] == "slow" && textmatch.Before(toks, x.Start, 3, lullWords) {
			return true
		}
		// a pain word as the whole answer says too little: "slow lol"
		// answers "how's the search going?"
		if (x.Name == "pain" || x.Name == "problem") && x.End-x.Start == 1 && t.WordCount() < 3 {
			return true
		}
		// "the rate you quoted seems too high", "your price is too
		// expensive for us": an objection to the offer, not the need
		if (x.Name == "pain" || x.Name == "problem") && objectsToOffer(toks, x.Start) {
			return true
		}
		last := toks[x.End-1]
		if needDet.Has(last) {
			// "need a loan": the object after the article
			last = needObject(toks, x.End-1)
		}
		// a time, not an object: "lo necesitamos para enero", "queremos
		// comprar antes de que nazca el bebé"; an indirect question: "ni sé
		// qué necesitamos todavía"
		if (x.Name == "need" || x.Name == "buy") && (timeOnlyAfter(toks, x.End-1) || x.Start >= 2 && toks[x.Start-1] == "que" && (toks[x.Start-2] == "se" || toks[x.Start-2] == "sabemos")) {
			return true
		}
		// a wish to act whose only complement is a time: "we want to do
		// it this month", "queremos implementarlo el próximo trimestre"
		// say when, not what; a purchase wished by a time ("hoping to buy
		// in the next 3 months") is the need without the time
		if (x.Name == "need" || x.Name == "buy") && whenOnly(t, x) {
			if x.Name != "buy" || !buyVerbs.Has(toks[x.End-1]) {
				return true
			}
			val = strings.Join(toks[x.Start:x.End], " ")
			return false
		}
		switch x.Name {
		case "need", "for a":
			if needObjSkip.Has(last) || last == textmatch.Break {
				return true
			}
			// "quiero ver precios" is curiosity; "quiero ver si me dan
			// mejor rate" is a need
			if last == "ver" && !(x.End < len(toks) && (toks[x.End] == "si" || toks[x.End] == "como" || toks[x.End] == "opciones")) {
				return true
			}
			// "looking for 300 or so", "needs two bids and a security review":
			// amounts and procurement steps are not needs
			if obj := needObject(toks, x.End-1); obj == "" || procurementStep.Has(obj) {
				return true
			}
			if x.Start > 0 && (procurementStep.Has(toks[x.Start-1]) || toks[x.Start-1] == "purchasing") {
				return true
			}
			if x.Name == "for a" && !textmatch.Before(toks, x.Start, 6, litRules1) {
				return true
			}
			if x.Name == "need" && (toks[x.Start] == "trying" || toks[x.Start] == "looking") && toks[x.Start+1] != "for" {
				return true
			}
			// "do you need my VIN?": the sender's need, asked
			if x.Start > 0 && (toks[x.Start-1] == "you" || toks[x.Start-1] == "u" || toks[x.Start-1] == "yall") {
				return true
			}
			// "need our CFO to approve anything", "I'll need to loop in my
			// partner": who decides, not what the lead needs
			if x.Name == "need" && approverNext(toks, x.Start) {
				return true
			}
		}
		end := textmatch.ClauseEnd(toks, x.Start)
		start := x.Start
		if x.Name == "problem" {
			// the problem with its subject: "our deploys break", not "break"
			start = max(textmatch.ClauseStart(toks, x.Start), x.Start-5)
		}
		val = strings.Join(toks[start:min(end, max(x.End, start+6))], " ")
		return false
	})
	if val == "" {
		// a home-services lead states the need as damage: "shingles blew
		// off in the storm", "water stain on the ceiling"
		if c, _ := condition(t); repairNeeds[c] {
			return "repair: " + c, 1
		}
		return "", 0
	}
	return val, 1
}

// complianceWords are pains that may be a property of the product asked
// about.
var complianceWords = textmatch.NewSet("compliant", "compliance", "regulatory")

// productAsked reports a clause at cs that asks about the product or the
// business: "is it", "are you", "does your platform", "es", "son".
func productAsked(toks []string, cs int) bool {
	if cs+1 >= len(toks) {
		return false
	}
	switch toks[cs] {
	case "is", "are", "does", "do", "can", "will", "was", "r", "isnt", "arent":
		return askedThing.Has(toks[cs+1])
	case "es", "son", "esta", "estan":
		return true
	}
	return false
}

var askedThing = textmatch.NewSet("it", "you", "u", "your", "ur", "yall", "this", "the", "that", "ya")

var (
	offerPrice = textmatch.NewSet("rate", "rates", "price", "prices", "pricing", "quote", "quotes", "fee", "fees", "cost", "costs",
		"offer", "estimate", "bid", "premium", "payment", "tasa", "precio", "cotizacion", "oferta")
	youPriced = textmatch.NewSet("quoted", "quote", "charge", "charging", "charged", "sent", "offered", "gave", "want", "asking", "cotizaron", "cobran", "mandaron")
)

// objectsToOffer reports a clause at i about the price the business
// offered: "the rate you quoted", "your price", "what you guys charge".
// (A thing called dear, "expensive" or "cheaper", is no pain at all: a
// price complaint is an objection whoever's price it is.)
func objectsToOffer(toks []string, i int) bool {
	cs, ce := textmatch.ClauseStart(toks, i), textmatch.ClauseEnd(toks, i)
	priced := false
	for k := cs; k < ce; k++ {
		switch {
		case (toks[k] == "your" || toks[k] == "ur" || toks[k] == "su") && k+1 < ce && offerPrice.Has(toks[k+1]):
			return true
		case toks[k] == "you" || toks[k] == "u" || toks[k] == "yall" || toks[k] == "guys":
			if k+1 < ce && youPriced.Has(toks[k+1]) {
				priced = true
			}
		}
	}
	return priced && (slices.ContainsFunc(toks[cs:ce], offerPrice.Has) || slices.Contains(toks[cs:ce], "charge"))
}

// creditScore reports a bare amount that is a credit score: 300 to 850,
// written without money or thousands, said beside "credit", "score" or
// "fico", or as "with a 620" after a loan or a question of qualifying.
func creditScore(toks []string, a textmatch.Amount) bool {
	if a.End-a.Start != 1 {
		return false
	}
	v, ok := plainInt(toks[a.Start])
	if !ok || v < 300 || v > 850 {
		return false
	}
	if textmatch.Before(toks, a.Start, 4, scoreWords) && !textmatch.Before(toks, a.Start, 4, creditOther) || textmatch.After(toks, a.End, 2, scoreWords) {
		return true
	}
	return a.Start >= 2 && toks[a.Start-1] == "a" && toks[a.Start-2] == "with" && slices.ContainsFunc(toks[:a.Start], qualifyWords.Has)
}

var (
	scoreWords = textmatch.NewSet("credit", "score", "scores", "fico", "puntaje", "puntos", "credito")
	// creditOther follow "credit" where it names no score: "pre-approved
	// with my credit union for 380"
	creditOther  = textmatch.NewSet("union", "card", "cards", "line")
	qualifyWords = textmatch.NewSet("qualify", "qualifies", "qualified", "loan", "mortgage", "fha", "va", "usda", "califico", "calificar", "cualificar", "prestamo")
)

// messNoun before "mess" make it a noun: "a mess", "total mess".
var messNoun = textmatch.NewSet("a", "the", "total", "such", "hot", "big", "huge", "complete", "real", "whole", "absolute")

// lullWords before "slow" make it a quiet spell the lead waits for.
var lullWords = textmatch.NewSet("when", "once", "until", "till", "til", "after", "whenever")

// repairNeeds are the conditions that state a home-services need: damage
// with a cause or a broken part.
var repairNeeds = map[string]bool{"roof issues": true, "water damage": true, "storm damage": true, "fire or smoke damage": true,
	"leaks": true, "mold": true, "repairs needed": true, "foundation issues": true, "structural issues": true,
	"pest damage": true, "failed septic": true, "rotting": true, "damage": true,
	// "the old Carrier is 26 years old": equipment past its life
	"aging": true}

var (
	approvalWords = textmatch.NewSet("vote", "votes", "approves", "approval", "approvals", "signoff", "sign", "signs", "purchases", "purchase", "spend", "threshold", "authorize", "authorizes", "board",
		"aprobar", "aprueba", "autorizar", "gasto", "junta", "comite")
	thresholdWords = textmatch.NewSet("over", "above", "exceeding", "beyond", "arriba", "encima", "mas")
	// whoever an amount over a threshold goes to: "goes up to the owner",
	// "needs a vote", "la tiene que aprobar el comité"
	escalateWords = textmatch.NewSet("goes", "kicked", "owners", "partners", "escalated", "escalates", "approval", "approve", "approves", "owner", "cfo", "ceo", "board", "boss",
		"vote", "votes", "ask", "aprobar", "aprueba", "autorizar", "autoriza", "comite", "consejo", "junta", "jefe", "dueno")
)

// budget returns a budget from explicit amounts that are not approval
// limits.
var spendWords = textmatch.NewSet("budget", "budgeted", "spend", "spending", "afford", "allocated", "allocate", "aside", "cap", "capped", "pay", "paying", "invest",
	// "probably a loan around 450-500" (not a car's or a student's: see
	// otherLoans); "buscamos algo de 1,400 a 1,600 al mes"
	"loan", "prestamo", "buscamos", "busco", "buscando",
	// "figure we need to borrow 400-450", "no gasto más de 50 al mes"
	// ("my son is borrowing 200 from me" is his)
	"borrow", "gasto", "gastar", "gastamos",
	// what a home buyer's budget is stated as: "house around 350",
	// "pre-qualified up to 525", "max payment 2200"
	"house", "houses", "home", "homes", "condo", "place", "purchase", "range", "qualified", "prequalified", "approved", "preapproved", "payment", "presupuesto", "casa",
	// "estamos mirando casas alrededor de 180", "tenemos preapproval de 260"
	"casas", "preapproval", "preaprobado", "preaprobados", "preaprobada", "preaprobacion",
	// "el banco dice que calificamos para como 220", "the bank says we
	// qualify hasta 300", "estamos viendo como 180"
	"qualify", "qualifies", "calificamos", "califico", "calificar", "preaprobo", "viendo",
	"stay", "keep", "tops", "max", "maximum", "budgets", "gastar", "pagar", "gasto", "invertir", "pago", "pase", "pasen", "exceed", "exceeding", "tope",
	// "dont want to sink more than 400-500 into it", "I can swing maybe 50 a month"
	"sink", "swing")

// limitAfter after a bare number make it the lead's ceiling: "1,800
// sería mi límite", "1500 is my max".
// suitsWords say an amount suits the lead: "under 400 works".
var suitsWords = textmatch.NewSet("works", "work", "fine", "funciona", "sirve", "jala")

var limitAfter = textmatch.NewSet("limit", "limite", "max", "maximum", "tope", "ceiling", "tops")

// ceilingAfter reports a word of limit just after index i that is not
// a verb: "375 tops", "550 max", not "200 max out".
func ceilingAfter(toks []string, i int) bool {
	for k := i; k < len(toks) && k < i+2 && toks[k] != textmatch.Break; k++ {
		if limitAfter.Has(toks[k]) {
			return k+1 == len(toks) || toks[k+1] != "out"
		}
	}
	return false
}

// adoptedAfter reports another's amount the lead takes as their own
// after it: "the fella who did my sister's charged about 9 grand and
// that's where my head's at too", "... y por ahí ando yo también".
func adoptedAfter(toks []string, end int) bool {
	for k := end; k+2 < len(toks) && k < end+12; k++ {
		if toks[k] == "where" && (toks[k+1] == "my" || toks[k+1] == "our") && (toks[k+2] == "head" || toks[k+2] == "heads" || toks[k+2] == "mind") ||
			(toks[k] == "por" && (toks[k+1] == "ahi" || toks[k+1] == "alli") && (toks[k+2] == "ando" || toks[k+2] == "andamos")) ||
			(toks[k] == "thats" || toks[k] == "that") && (toks[k+1] == "my" || toks[k+1] == "our") && (toks[k+2] == "budget" || toks[k+2] == "number" || toks[k+2] == "range") {
			return true
		}
	}
	return false
}

func budget(t textmatch.Text) (string, float64) {
	toks := t.Toks
	amts := textmatch.Amounts(t)
	// putBy is the first budget that is money put by (a down payment,
	// savings) or a monthly payment: the budget only when no purchase
	// budget follows (see putByAt)
	putBy := ""
	prevEnd := 0
	for _, a := range amts {
		cs := textmatch.ClauseStart(toks, a.Start)
		// (the words since the amount before belong to this one)
		from := prevEnd
		prevEnd = a.End
		if (textmatch.OthersAmount(toks, t.IDs, a) || textmatch.ValuedByOthers(t, a)) && !adoptedAfter(toks, a.End) || notBudget(toks, a) {
			continue
		}
		upper, span := spanEnd(toks, amts, a)
		// "we can spend about 2000 a month": a bare number counts when the
		// clause says it is money to spend
		// (a per-seat or monthly amount may be small: "15 to 20 per seat")
		// so does a capped amount by the month or year: "as long as it's
		// under 150 a month", "no quiero pasar de 200 al mes"
		// and a range named after it: "something in the 400 to 425 range"
		if !a.Explicit && !((a.Value >= 100 || a.Per != "") && (textmatch.Before(toks, a.Start, a.Start, spendWords) || preApprovalBefore(toks, a.Start))) &&
			!(a.Per != "" && (qualifierBefore(toks, a.Start) != "" || textmatch.Before(toks, a.Start, 3, capWords) || textmatch.After(toks, a.End, 3, limitAfter))) &&
			!(a.Value >= 100 && textmatch.After(toks, a.End, 2, textmatch.RangeWords)) &&
			// a ceiling named after it while shopping: "looking at
			// something around 350, 375 tops" (not "like 95 max" to a
			// question about the monthly payment: see answer.go)
			!(a.Value >= 100 && ceilingAfter(toks, a.End) && textmatch.ShoppedForHome(toks, a.Start)) &&
			// a home sought at about a price, or under a ceiling: "looking
			// for something around two eighty", "queremos algo como de two
			// fifty max"
			// and under a ceiling or across a span said before it: "looking
			// for something under dos cincuenta", "looking at a buck fifty
			// to two hundred for a small place"
			!(a.Value >= 100 && homeSought(toks, a.Start) && !textmatch.After(toks, a.End, 1, areaUnits) && (qualifierBefore(toks, a.Start) == "around" ||
				qualifierBefore(toks, a.Start) == "under" || textmatch.Before(toks, a.Start, 2, esAbout) || ceilingAfter(toks, a.End) ||
				span)) &&
			!(a.Value >= 100 && span && textmatch.Before(toks, a.Start, 3, textmatch.ShoppingWords) && textmatch.After(toks, a.End, 10, textmatch.HomeWords)) &&
			// a band of prices shopped in: "looking in the low seven
			// hundreds", "mirando casas ... algo in the high fives"
			!(a.Band != "" && (textmatch.Before(toks, a.Start, 6, textmatch.ShoppingWords) || homeSought(toks, a.Start))) &&
			// nothing above a ceiling: "nada arriba de 350", "nothing over 400"
			!(a.Value >= 100 && nothingAbove(toks, a.Start)) &&
			// "about 1500 set aside for it", "unos 3000 apartados", "2,500 y
			// eso es lo que tenemos para gastar"
			!(a.Value >= 100 && (textmatch.After(toks, a.End, 2, asideWords) || textmatch.After(toks, a.End, 8, spendAfter))) &&
			// "looking at stuff in the 300s": a band of prices shopped in
			!(strings.HasSuffix(toks[a.End-1], "0s") && textmatch.Before(toks, a.Start, 6, textmatch.ShoppingWords)) &&
			// a ceiling that suits: "anything under 400 works", "cualquier
			// cosa abajo de 400 al mes nos sirve"
			!(a.Value >= 100 && textmatch.Before(toks, a.Start, 2, capWords) && textmatch.After(toks, a.End, 3, suitsWords)) &&
			// a monthly amount named the payment after it: "unos 1,500 al
			// mes de pago", "around 900 a month for the payment"
			!(a.Per != "" && textmatch.After(toks, a.End, 4, paymentNouns)) &&
			!paymentUnder(toks, a.Start) &&
			// a range of homes to buy: "queremos comprar en Katy, algo
			// entre 250 y 290"
			!(a.Value >= 100 && textmatch.Before(toks, a.Start, 1, rangeOpen) && textmatch.After(toks, a.End, 1, rangeAnd) && beforeAcross(toks, a.Start, 10, buyVerbs)) {
			continue
		}
		skip := false
		approval := false
		for k := cs; k < a.Start; k++ {
			if toks[k] == "approve" || toks[k] == "raised" || toks[k] == "revenue" || toks[k] == "arr" || toks[k] == "saved" || salesWords.Has(toks[k]) {
				skip = true
			}
			// money already spent on something else: "we dropped like 9k
			// on the POS upgrade last year", "gastamos 5 mil en el otro";
			// money owed: "debemos como 310 mil"
			// (not what someone else was charged that the lead takes as
			// their own: "charged about 9 grand and that's where my
			// head's at")
			if pastSpend.Has(toks[k]) && !adoptedAfter(toks, a.End) || oweWords.Has(toks[k]) {
				skip = true
			}
			// the sender's own price read back: "your pricing page says
			// $49/seat right?"
			if (toks[k] == "your" || toks[k] == "ur") && k+1 < a.Start && senderPriceNouns.Has(toks[k+1]) {
				skip = true
			}
			if approvalWords.Has(toks[k]) {
				approval = true
			}
			// "my car loan is 450 a month": a debt of another kind
			if (toks[k] == "loan" || toks[k] == "loans") && k > 0 && otherLoans.Has(toks[k-1]) {
				skip = true
			}
			// "loan number ends in 7730": a record's number
			if recordNumberBefore(toks, a.Start) {
				skip = true
			}
		}
		// a utility bill, in the clause or just before it: "el recibo
		// del agua vino más alto este mes, 140 dólares"
		if utilityBill(toks[max(0, min(cs, a.Start-10)):a.Start]) {
			skip = true
		}
		// the sender's own price queried: "$89 just to look at it?"
		if t.Quests > 0 && a.End+1 < len(toks) && (toks[a.End] == "just" || toks[a.End] == "only") && (toks[a.End+1] == "to" || toks[a.End+1] == "for") {
			skip = true
		}
		// "the board signs off on anything above 20k": an approval threshold;
		// so is "anything over 5k goes up to the owner"
		// ("arriba de 5 mil": the word before "de")
		before := a.Start - 1
		// ("over about 15k a year has to go to our board": a rounding word
		// between)
		if before > 0 && roundWords.Has(toks[before]) {
			before--
		}
		if before > 0 && toks[before] == "de" {
			before--
		}
		if before >= 0 && thresholdWords.Has(toks[before]) && (approval || textmatch.After(toks, a.End, 8, escalateWords)) {
			skip = true
		}
		if skip {
			continue
		}
		p := ParsedPrice{Value: a.Value, High: a.High, Band: a.Band, Per: a.Per}
		p.Qualifier = qualifierBefore(toks, a.Start)
		if nothingAbove(toks, a.Start) {
			p.Qualifier = "up to"
		}
		if p.High == 0 && span {
			p.High = upper.Value
		}
		// "40k for the down payment and the budget is 350k", "tengo 30
		// mil ahorrados y busco casas de 300 mil": the money put by is
		// part of the lead's money, the purchase is the budget
		if putByAt(toks, a, from) {
			if putBy == "" {
				putBy = p.String()
			}
			continue
		}
		if putBy != "" && !purchaseAt(toks, a, max(cs, from)) {
			continue
		}
		return p.String(), 1
	}
	if putBy != "" {
		return putBy, 1
	}
	// a bare number of four or five digits is no amount on its own (a
	// year, square feet); after a word of spending it is money as
	// written: "can spend up to 1500", "keep the payment around 1800"
	for i, w := range toks {
		v, ok := plainInt(w)
		if !ok || v < 1000 || v >= 100000 || v >= 1900 && v <= 2100 && !strings.Contains(w, ",") ||
			!textmatch.Before(toks, i, 5, spendWords) && !textmatch.After(toks, i+1, 2, asideWords) && !textmatch.After(toks, i+1, 8, spendAfter) &&
				!textmatch.After(toks, i+1, 3, limitAfter) && !paymentUnder(toks, i) {
			continue
		}
		if i+1 < len(toks) && notBudgetUnit.Has(toks[i+1]) {
			continue
		}
		// "loan number ends in 7730": a record's number
		if recordNumberBefore(toks, i) {
			continue
		}
		p := ParsedPrice{Value: v, Qualifier: qualifierBefore(toks, i)}
		return p.String(), 1
	}
	// no amount, but a budget all the same: "whatever it takes", "lo que
	// cueste", "money isn't the issue"
	// ("depende de lo que cueste" waits on the price: no budget)
	if m, ok := flexBudget.First(t, nil); ok && !negatedAt(t, m.Start) && !textmatch.Before(toks, m.Start, 3, dependsWords) {
		return m.Name, 0.9
	}
	return "", 0
}

// putByAt reports an amount a that is money the lead has put by for the
// purchase, or the monthly payment they want, rather than the price of
// what they buy: a down payment ("40k for the down payment", "20k down",
// "el enganche sería de 15 mil", "5 mil para el pronto"), savings ("30 mil
// ahorrados", "10 mil en ahorros", "25k in savings"), or an amount by the
// month said to be the payment ("the payment around 1800 a month"). It
// reads the words just before a, back to from (the end of the amount
// before, or 0) through linking words ("the down payment would be about
// 20k"), and the four words after a, up to a break or the next amount.
func putByAt(toks []string, a textmatch.Amount, from int) bool {
	at := func(k int) bool {
		w := toks[k]
		switch {
		case putByWords.Has(w):
			return true
		case w == "down":
			// "20k down", "the down payment"
			return k == a.End || k+1 < len(toks) && (toks[k+1] == "payment" || toks[k+1] == "pmt")
		case (w == "payment" || w == "pmt") && k > 0 && toks[k-1] == "down":
			return true
		case w == "pronto":
			// "para el pronto" (Puerto Rico's down payment), not "pronto",
			// soon
			return k > 0 && toks[k-1] == "el"
		case w == "inicial":
			return k > 0 && (toks[k-1] == "pago" || toks[k-1] == "cuota")
		}
		return a.Per == "month" && paymentNouns.Has(w)
	}
	// ("the down payment would be about", "el enganche sería de"; not
	// "30 mil ahorrados y busco casas de 300 mil", whose savings are the
	// 30's)
	for k := a.Start - 1; k >= from && k >= a.Start-6 && toks[k] != textmatch.Break; k-- {
		if at(k) {
			return true
		}
		if !putByLinks.Has(toks[k]) {
			break
		}
	}
	for k := a.End; k < len(toks) && k < a.End+4 && toks[k] != textmatch.Break && !isNumberTok(toks[k]) && !isMoneyTok(toks[k]); k++ {
		if at(k) {
			return true
		}
	}
	return false
}

// putByLinks may stand between a word of money put by and its amount.
var putByLinks = textmatch.NewSet("de", "of", "is", "es", "was", "seria", "sera", "would", "will", "be", "around", "about", "like", "roughly",
	"unos", "unas", "como", "the", "el", "la", "our", "my", "mi", "nuestro", "nuestra", "in", "en", "para", "for", "only", "just", "maybe", "probably")

// putByWords name money put by for a purchase.
var putByWords = textmatch.NewSet("downpayment", "enganche", "deposit", "savings", "saved", "ahorros", "ahorrados", "ahorradas",
	"ahorrado", "ahorrada")

// purchaseAt reports an amount a that the words before it, back to from,
// make the price of what the lead buys: "the budget is 350k", "busco
// casas de 300 mil", "pre-approved up to 410k", "looking at homes around
// 280k" (not a yearly income or a payment told after money put by).
func purchaseAt(toks []string, a textmatch.Amount, from int) bool {
	if a.Per != "" {
		return false
	}
	for k := max(from, a.Start-4); k < a.Start; k++ {
		if spendWords.Has(toks[k]) && !(k > 0 && toks[k-1] == "down") {
			return true
		}
	}
	return preApprovalBefore(toks, a.Start) || homeSought(toks, a.Start)
}

var (
	rangeOpen = textmatch.NewSet("entre", "between")
	rangeAnd  = textmatch.NewSet("y", "and")
	// roundWords round an amount: "over about 15k"
	roundWords = textmatch.NewSet("about", "around", "roughly", "approximately", "like", "unos", "como", "aprox")
	// paymentNouns name a monthly payment
	paymentNouns = textmatch.NewSet("pago", "pagos", "mensualidad", "payment", "payments", "cuota", "premium")
	// getItWords say a figure is wanted: "get it under", "keep it under"
	getItWords = textmatch.NewSet("get", "keep", "bring", "bajarlo", "dejarlo")
	// buyVerbs: a purchase wanted
	buyVerbs = textmatch.NewSet("buy", "buying", "purchase", "comprar", "compramos", "compra")
)

// paymentUnder reports the payment wanted under the figure at i:
// "bajar el payment ... we'd like to get it under 1,700".
func paymentUnder(toks []string, i int) bool {
	return qualifierBefore(toks, i) == "under" && beforeAcross(toks, i, 16, paymentNouns) && textmatch.Before(toks, i, 3, getItWords)
}

// beforeAcross reports a token of set in the window tokens before i,
// across clause breaks within one message.
func beforeAcross(toks []string, i, window int, set textmatch.Set) bool {
	for k := i - 1; k >= 0 && k >= i-window; k-- {
		if set.Has(toks[k]) {
			return true
		}
	}
	return false
}

// homeSought reports a home shopped for or wanted in the ten words before
// i: "looking for something", "queremos algo", "we want a place".
// vehicleWords: what "lo manejo yo" drives rather than decides.
var vehicleWords = textmatch.NewSet("carro", "carros", "camioneta", "camionetas", "troca", "trocas", "coche", "auto", "car", "truck", "van", "moto")

// nothingAbove reports a ceiling said as nothing above it just before
// toks[i]: "nada arriba de 350", "nothing over 400".
func nothingAbove(toks []string, i int) bool {
	k := i - 1
	if k >= 0 && toks[k] == "de" {
		k--
	}
	return k >= 1 && (toks[k] == "arriba" || toks[k] == "over" || toks[k] == "above" || toks[k] == "mas") && (toks[k-1] == "nada" || toks[k-1] == "nothing")
}

// spanEnd returns the upper end of a span whose lower end is a, of amts,
// the two joined by "to": "150 to 200", "a buck fifty to two hundred".
func spanEnd(toks []string, amts []textmatch.Amount, a textmatch.Amount) (textmatch.Amount, bool) {
	if a.End+1 >= len(toks) || toks[a.End] != "to" {
		return textmatch.Amount{}, false
	}
	k := slices.IndexFunc(amts, func(b textmatch.Amount) bool { return b.Start == a.End+1 && b.Value > a.Value })
	if k < 0 {
		return textmatch.Amount{}, false
	}
	return amts[k], true
}

func homeSought(toks []string, i int) bool {
	return textmatch.ShoppedForHome(toks, i) ||
		textmatch.Before(toks, i, 10, wantHomeWords) && textmatch.Before(toks, i, 10, textmatch.HomeWords)
}

var (
	// a home wanted: "queremos algo", "we want a place", "buscamos casa"
	wantHomeWords = textmatch.NewSet("want", "wants", "need", "queremos", "quiero", "necesitamos", "buscamos", "busco")
	// about, in Spanish: "como de 250", "unos 300", "alrededor de 280"
	esAbout = textmatch.NewSet("como", "unos", "unas", "alrededor")
	// units of area after a number, which is then no price: "como de 150
	// metros cuadrados"
	areaUnits = textmatch.NewSet("metros", "m2", "mts", "pies", "feet", "ft", "sqft", "sq", "square", "acres", "hectareas", "cuadrados", "varas")
)

// utilityBill reports a bill for water, power or gas among toks: "the
// water bill", "el recibo de la luz".
func utilityBill(toks []string) bool {
	return slices.ContainsFunc(toks, billNouns.Has) && slices.ContainsFunc(toks, utilities.Has)
}

var (
	billNouns = textmatch.NewSet("bill", "bills", "recibo", "recibos", "factura", "facturas")
	utilities = textmatch.NewSet("water", "electric", "electricity", "power", "gas", "utility", "utilities", "agua", "luz")
)

var dependsWords = textmatch.NewSet("depende", "depends", "depending", "dependiendo")

// asideWords after an amount make it money put by for the purchase.
// neverRules name "never" as one of the times: "could be next year,
// could be never", "o nunca".
var neverRules = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "never", Pattern: "could|might|may be never / or never / maybe never / o nunca / quizas nunca / tal vez nunca"},
	// "a lo mejor el año que viene, a lo mejor no", "maybe next year,
	// maybe not" (blind59, stop 66)
	{Name: "maybe not", Pattern: "a lo mejor no | / quizas|quiza no | / tal vez no | / maybe not | / or maybe not | / o tal vez no |"},
})

// spendAfter after an amount make it what the lead will spend: "eso es
// lo que tenemos para gastar".
var spendAfter = textmatch.NewSet("gastar", "invertir", "spend", "spending")

// loanProducts name a need in one word: "heloc", "refi".
var loanProducts = textmatch.NewSet("heloc", "refi", "refinance", "refinancing", "reverse", "preapproval", "refinanciar")

// returnVerbs before "back in" make it a return to come: "gets back in
// October".
var returnVerbs = textmatch.NewSet("get", "gets", "getting", "come", "comes", "coming", "be", "is", "are", "move", "moves", "moving", "head", "heads", "go", "going", "fly", "flies", "flying")

// crewVerbs after a season tell a headcount: "quedamos 4", "we're down
// to 4", "somos 11".
var crewVerbs = textmatch.NewSet("quedamos", "somos", "bajamos", "quedan", "down", "tenemos", "have", "run", "keep")

// seasonPlaces after a season make it a place's name: "Winter Park",
// "Spring Hill", "Summer Haven".
var seasonPlaces = textmatch.NewSet("park", "haven", "garden", "gardens", "hill", "hills", "springs", "valley", "lake", "ville", "field", "branch", "creek")

// elsewhereSubject is someone else whose whereabouts a clause tells:
// "he's at the sale barn till Thursday".
var elsewhereSubject = textmatch.NewSet("hes", "shes", "theyre", "he", "she", "they")

// conferVerbs before a time make it when the lead talks it over;
// dealVerbs beside them keep it the deal's ("talk to my wife about
// selling by June").
var (
	conferVerbs = textmatch.NewSet("talk", "speak", "discuss", "hablar", "hablarlo", "platicar", "platicarlo", "consultar", "consultarlo", "preguntarle")
	dealVerbs   = textmatch.NewSet("sell", "selling", "sold", "buy", "buying", "close", "closing", "move", "moving", "list", "listing", "vender", "venderla", "comprar", "cerrar", "mudarnos", "mudarme", "start", "launch", "empezar", "arrancar")
)

// replyLater before a time in its clause make it when the lead will
// answer: "I'll let you know next week", "le aviso el lunes".
var replyLater = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "reply later", Pattern: "let you|ya know / get back to you|ya / le|te|les aviso|avisamos|confirmo|contesto|escribo|marco / get|circle back"},
})

// staysAway reports a timeline x that says how long the lead stays
// somewhere else: "we're down in <place> until ..." (an adverb of going
// away before "in") or "we're in <place> for the winter". Without them
// the stay may be a state of the deal: "we're in probate until March",
// "I'm in a lease till June" keep their timelines.
func staysAway(toks []string, ids []int32, cs int, x textmatch.Match) bool {
	k := x.Start
	for k < x.End && !untilWords.HasToken(toks, ids, k) && toks[k] != "for" {
		k++
	}
	if k == x.End {
		return false
	}
	if toks[k] == "for" && !(k+2 < len(toks) && toks[k+1] == "the" && (seasons.HasToken(toks, ids, k+2) || toks[k+2] == "season")) {
		return false
	}
	// "the house sits empty until spring": how long the place stands
	// empty
	if toks[k] != "for" && idleWords.HasAnyToken(toks, ids, cs, k) {
		return true
	}
	for i := cs + 1; i+1 < k; i++ {
		if toks[i] != "in" && toks[i] != "en" {
			continue
		}
		j := i - 1
		away := awayAdverbs.HasToken(toks, ids, j) && j > cs
		if away {
			j--
		}
		if stayerBe.HasToken(toks, ids, j) && !notPlaces.HasToken(toks, ids, i+1) && (away || toks[k] == "for") {
			return true
		}
	}
	return false
}

var (
	idleWords   = textmatch.NewSet("empty", "vacant", "sits", "sitting", "vacia", "sola")
	stayerBe    = textmatch.NewSet("were", "im", "am", "are", "estamos", "estoy", "staying", "living", "wintering", "quedamos")
	awayAdverbs = textmatch.NewSet("down", "up", "out", "over", "still", "alla", "aca")
	notPlaces   = textmatch.NewSet("the", "a", "an", "my", "our", "this", "that", "contract", "escrow", "lease", "school", "no", "la", "el",
		"un", "una", "contrato", "mi", "nuestra", "process", "talks", "touch", "between", "limbo")
)

// awayWords before a time in its clause make it the lead's absence.
var awayWords = textmatch.NewSet("visiting", "traveling", "travelling", "vacation", "trip", "cruise", "viaje", "vacaciones", "visitando")

var ifWords = textmatch.NewSet("if", "whether", "si", "maybe", "might")

// recordNumberBefore reports a record's number named in the four words
// before i: "loan number ends in 7730", "policy # 4471" ("our number is
// 1800" is a budget).
func recordNumberBefore(toks []string, i int) bool {
	for k := max(1, i-4); k < i; k++ {
		if recordRefs.Has(toks[k]) && recordNumbers.Has(toks[k-1]) {
			return true
		}
	}
	return false
}

var recordRefs = textmatch.NewSet("number", "num", "id", "numero")

var otherLoans = textmatch.NewSet("car", "auto", "student", "personal", "payday", "truck", "business", "sba")

// mandaObject after "ella manda" make it sending something: "el cheque",
// "los papeles"
var mandaObject = textmatch.NewSet("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "mi", "mis", "dinero", "cheque",
	"papeles", "fotos", "mensajes", "mensaje", "texto", "correo", "todo", "ahorita", "hoy", "manana", "luego", "por")

var asideWords = textmatch.NewSet("aside", "budgeted", "earmarked", "apartado", "apartados", "ahorrados", "reservados", "separados",
	"separado", "guardados", "guardado",
	// "got about thirty k saved for the down payment"
	"saved")

var flexBudget = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "flexible", Pattern: "whatever it takes|costs / dont care what it costs / do not care what it costs / no importa cuanto cueste / no importa el costo|precio / lo que cueste / lo que sea necesario / cueste lo que cueste / no matter the cost|price / sin importar el costo|precio"},
	{Name: "flexible", Pattern: "money|price|cost|budget is not ~1 the? issue|problem|concern / money|price|cost|budget isnt ~1 the? issue|problem|concern / money|price|cost dont matter / el dinero|precio no es problema / pay whatever ~2 need|needed|takes|costs / pay what we|i need to"},
})

// feeNouns before an amount make it a fee the lead pays elsewhere: "the
// HOA was like 400 a month".
var feeNouns = textmatch.NewSet("hoa", "dues", "fees", "fee", "taxes", "tax", "utilities", "electric", "rent",
	// what a bill came to: "la factura llegó en $280", "the bill was 300"
	"factura", "bill", "bills", "recibo", "luz")

// What an amount is when it is no budget (see notBudget): a coverage
// limit ("a $2M liability certificate"), a debt ("35k in credit card
// debt"), a payment's rise ("jump by about 450").
var (
	coverageNouns = textmatch.NewSet("liability", "certificate", "coverage", "limit", "limits", "policy", "umbrella", "cobertura", "deductible")
	debtNouns     = textmatch.NewSet("debt", "debts", "credit", "cards", "loans", "deuda", "deudas")
	riseWords     = textmatch.NewSet("jump", "jumps", "jumping", "increase", "increases", "increasing", "rise", "rises", "rising", "went", "sube", "subir", "subio")
)

// preApprovalBefore reports "pre approval" (as "pre-approval" is
// normalised) in the clause before i: "Pre-approval up to 350 would be
// ideal", "un pre-approval de como 250" (blind77, stop 74).
func preApprovalBefore(toks []string, i int) bool {
	for k := i - 1; k > 0 && k >= i-6 && toks[k] != textmatch.Break; k-- {
		if (toks[k] == "approval" || toks[k] == "aprobacion") && toks[k-1] == "pre" {
			return true
		}
	}
	return false
}

// debtAfter reports a debt named within three tokens from end: "35k in
// credit card debt" (not the lender of "preapproved for 275 through my
// credit union"; blind77, stop 74).
func debtAfter(toks []string, end int) bool {
	for k := end; k < len(toks) && k < end+3 && toks[k] != textmatch.Break; k++ {
		if debtNouns.Has(toks[k]) && !(toks[k] == "credit" && k+1 < len(toks) && toks[k+1] == "union") {
			return true
		}
	}
	return false
}

// notBudget reports an amount at a that is a coverage limit, a debt or a
// rise, not money to spend.
func notBudget(toks []string, a textmatch.Amount) bool {
	if textmatch.After(toks, a.End, 2, coverageNouns) || debtAfter(toks, a.End) || textmatch.Before(toks, a.Start, 4, feeNouns) {
		return true
	}
	// a credit score: "do I qualify for a VA loan with a 620?", "640
	// credit score" (a bare number of 300 to 850 said with a score or as
	// "with a 620")
	if creditScore(toks, a) {
		return true
	}
	// what the house is worth: "house is maybe worth 410 idk"
	if textmatch.Before(toks, a.Start, 3, worthWords) {
		return true
	}
	// equity held, and what is paid now or was paid: "about 100k in equity",
	// "currently paying 210 a month with State Farm", "pago 180 al mes con
	// Progressive", "paid like 9k in closing costs last time"
	if a.End+1 < len(toks) && toks[a.End] == "in" && toks[a.End+1] == "equity" || equityHeld(toks, a) || currentSpend(toks, a) && !textmatch.Adopted(toks, nil, a) {
		return true
	}
	// "drowning in vendor invoices, like 900 a month": a volume of
	// things by the month, no money; "la casa está a 84 adentro": a
	// temperature
	if volumeByPeriod(toks, a) || !a.Explicit && indoorTemp(toks, a.End) {
		return true
	}
	// "keep the increase under $100/mo" caps it: a budget
	q := qualifierBefore(toks, a.Start)
	return textmatch.Before(toks, a.Start, 4, riseWords) && q != "under" && q != "up to"
}

// volumeByPeriod reports a bare amount by the period that counts the
// things named just before it, across a comma at most: "vendor
// invoices, like 900 a month". Money named in its clause ("our budget
// for leads is like 900 a month") or "de" ("facturas de 900 al mes")
// keeps it money.
func volumeByPeriod(toks []string, a textmatch.Amount) bool {
	if a.Explicit || a.Per == "" {
		return false
	}
	// money named anywhere in the clause makes it money: "our budget for
	// leads is like 900 a month", "we could spend on calls around 500 a
	// month"
	cs := textmatch.ClauseStart(toks, a.Start)
	for k := cs; k < a.Start; k++ {
		if spendWords.Has(toks[k]) || toks[k] == "de" || toks[k] == "of" {
			return false
		}
	}
	breaks := 0
	for k := a.Start - 1; k >= 0 && k >= a.Start-5; k-- {
		switch {
		case toks[k] == textmatch.Break:
			if breaks++; breaks > 1 {
				return false
			}
		case countNouns.Has(toks[k]):
			// what the money is for: "for leads we can do about 900"
			return !(k > 0 && (toks[k-1] == "for" || toks[k-1] == "on" || toks[k-1] == "para" || toks[k-1] == "en"))
		}
	}
	return false
}

// countNouns are things a business counts by the period.
var countNouns = textmatch.NewSet("invoices", "orders", "calls", "emails", "tickets", "leads", "customers", "clients", "patients",
	"deliveries", "shipments", "applications", "claims", "loads", "messages", "texts", "transactions", "jobs", "appointments",
	"facturas", "pedidos", "ordenes", "llamadas", "clientes", "pacientes", "entregas", "envios", "mensajes", "trabajos", "citas")

// equityHeld reports equity the lead has, not an amount to draw: "the
// bank says we have about 60 mil de equity" ("sacar 40 mil de equity",
// "pull 50k of equity out" want it).
func equityHeld(toks []string, a textmatch.Amount) bool {
	if a.End+1 >= len(toks) || toks[a.End+1] != "equity" || toks[a.End] != "of" && toks[a.End] != "de" && toks[a.End] != "en" {
		return false
	}
	cs := textmatch.ClauseStart(toks, a.Start)
	return slices.ContainsFunc(toks[cs:a.Start], haveEquity.Has) && !slices.ContainsFunc(toks[cs:textmatch.ClauseEnd(toks, a.Start)], drawEquity.Has)
}

var (
	haveEquity = textmatch.NewSet("have", "has", "got", "tenemos", "tengo", "tiene", "tienen", "hay")
	drawEquity = textmatch.NewSet("take", "taking", "pull", "pulling", "draw", "cash", "tap", "out", "sacar", "sacarle", "retirar", "usar")
)

// worthWords say what a property is worth, which is no budget.
var worthWords = textmatch.NewSet("worth", "valued", "appraised", "vale", "valorada", "valorado", "tasada", "tasado")

// currentSpend reports an amount the lead pays today or paid before: a
// verb of paying in the few words before it, with the payee after it
// ("with State Farm", "con Progressive") or a word of now or then ("currently
// paying", "last time"); or a past payment ("paid", "pagué").
// subjunctivePague reports "pague" at k as wished, not paid: after "que"
// (not "lo que") or "no", with no "cuando" in its clause.
var relativeQue = textmatch.NewSet("el", "la", "en", "algo", "uno", "una", "donde", "plan", "seguro", "quiero", "prefiero", "busco", "necesito")

func subjunctivePague(toks []string, k int) bool {
	if k == 0 || slices.Contains(toks[textmatch.ClauseStart(toks, k):textmatch.ClauseEnd(toks, k)], "cuando") {
		return false
	}
	// (a relative "que": "el que", "en que", "algo que"; not "ya que",
	// "te dije que pagué")
	return toks[k-1] == "no" || toks[k-1] == "que" && k > 1 && relativeQue.Has(toks[k-2])
}

func currentSpend(toks []string, a textmatch.Amount) bool {
	pay := false
	for k := a.Start - 1; k >= 0 && k >= a.Start-4 && toks[k] != textmatch.Break; k-- {
		// ("que no pague más de dos mil": a cap, not what was paid)
		// ("pague" is "pagué", paid, except after "que" or "no", where it
		// is wished: "que no pague más de dos mil" caps, "un plan en el
		// que pague menos de 200" seeks; "lo que pagué de enganche" and
		// "no pagué más de 300 cuando la compré" were paid)
		if paidWords.Has(toks[k]) && (toks[k] != "pague" || !subjunctivePague(toks, k)) {
			return true
		}
		pay = pay || payingWords.Has(toks[k])
	}
	// "paying 4 a seat right now and would go up to 6": a cap after what
	// is paid now makes the message a budget
	if !pay || slices.ContainsFunc(toks[a.End:], capAfter.Has) {
		return false
	}
	cs, ce := textmatch.ClauseStart(toks, a.Start), textmatch.ClauseEnd(toks, a.Start)
	if slices.ContainsFunc(toks[cs:a.Start], nowWords.Has) || slices.ContainsFunc(toks[a.End:ce], nowWords.Has) {
		return true
	}
	for k := a.End; k+1 < ce && k < a.End+5; k++ {
		if toks[k] == "with" || toks[k] == "con" || toks[k] == "to" {
			return true
		}
	}
	return false
}

var (
	paidWords   = textmatch.NewSet("paid", "pague", "pagaba", "pagabamos", "pagamos", "cobraba", "cobraban")
	payingWords = textmatch.NewSet("paying", "pay", "pago", "pagando", "pays")
	capAfter    = textmatch.NewSet("up", "under", "max", "maximum", "hasta", "tope", "pasar", "pasarme", "exceed", "below")
	nowWords    = textmatch.NewSet("currently", "now", "today", "ahora", "actualmente", "ahorita", "last", "time", "before", "antes")
)

// plainInt reads "1500" or "1,800".
func plainInt(w string) (int, bool) {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		case c == ',' && i > 0:
		default:
			return 0, false
		}
		if n > 1e9 {
			return 0, false
		}
	}
	return n, len(w) > 0
}

var senderPriceNouns = textmatch.NewSet("pricing", "price", "prices", "page", "site", "website", "ad", "ads", "plan", "plans", "list", "email", "flyer")

var oweWords = textmatch.NewSet("owe", "owes", "owed", "debemos", "debo", "debe", "deben", "payoff", "balance", "saldo", "adeudo", "deuda", "adeudamos")

// salesWords before an amount make it the company's sales: "el año
// pasado vendimos como 2 millones", "we did 3M in sales".
var salesWords = textmatch.NewSet("vendimos", "vendemos", "facturamos", "facturan", "facturacion", "ventas", "sold", "sales", "revenues", "turnover")

var pastSpend = textmatch.NewSet("dropped", "blew", "wasted", "sunk", "spent", "gastamos", "gaste", "tiramos",
	// what a thing cost when bought: "bought it from Toyota of Plano last
	// year for about 38k"
	"bought", "purchased",
	// what was charged: "nos habéis cobrado la cuota dos veces, 189 euros"
	"charged", "billed", "cobrado", "cobraron", "cobrasteis", "cobro")

var notBudgetUnit = textmatch.NewSet("sq", "sqft", "square", "feet", "ft", "miles", "people", "users", "employees", "seats", "units",
	"days", "dias", "weeks", "semanas", "months", "meses", "years", "anos", "hours", "horas", "score", "fico", "puntaje", "puntos")

// words that cap an amount: "no quiero pasar de 200 al mes", "max 150 a month"
var capWords = textmatch.NewSet("under", "max", "maximum", "tops", "pasar", "maximo", "menos", "below",
	// "no más de 200 al mes", "abajo de 400 al mes"
	"mas", "abajo", "debajo",
	// "que no pague más de dos mil al mes"
	"pague", "pagar")

var sizeRules = textmatch.MustCompile(map[string]textmatch.Set{"who": sizeWho, "mod": sizeMod}, sizeRuleList)

// sizeMod names which people before who they are: "22 delivery drivers",
// "14 field techs", "8 full time staff".
var sizeMod = textmatch.NewSet("delivery", "field", "fulltime", "full", "parttime", "part", "sales", "support", "service", "inside",
	"outside", "office", "truck", "home", "care", "line", "route", "install", "remote", "onsite", "licensed", "loan", "customer",
	"w2", "hourly", "salaried", "admin", "front", "desk", "dental", "medical", "warehouse", "kitchen", "floor")

// sizeWho are people and sites counted as a company's size.
// frequencyWords before a unit make it how often: "most days", "some
// weeks", "other months".
var frequencyWords = textmatch.NewSet("most", "some", "many", "other", "those", "these", "alternate", "certain")

var sizeWho = textmatch.NewSet("people", "employees", "users", "seats", "staff", "reps", "agents", "engineers", "locations", "stores", "clinics", "offices", "person", "ppl", "headcount", "fte", "ftes",
	"techs", "drivers", "empleados", "personas", "trabajadores", "usuarios", "vendedores", "tecnicos", "sucursales", "agentes",
	// "15 guys give or take", "a crew of 12": people by another name
	"guys", "folks", "workers", "members", "installers", "technicians", "nurses", "providers", "chavos", "muchachos",
	// staff by their trade: "25 cleaners", "40 housekeepers"
	"cleaners", "housekeepers", "stylists", "mechanics", "plumbers", "electricians", "caregivers", "teachers", "crews",
	"limpiadoras", "meseros", "choferes", "enfermeras", "maestros",
	// "una inmobiliaria con 25 asesores", "30 loan officers"
	"asesores", "colaboradores", "ejecutivos", "consultores", "corredores", "advisors", "realtors", "brokers", "officers",
	"operadores", "instaladores", "repartidores", "doctors", "dentists", "therapists", "lawyers", "attorneys", "accountants",
	// "120 aides in the field", "dos clínicas dentales con seis dentistas"
	"aides", "assistants", "clinicas", "dentistas", "doctores", "medicos", "tiendas", "restaurantes", "locales", "oficinas",
	"abogados", "contadores", "terapeutas", "sites", "branches", "restaurants", "warehouses", "franchises")

// notStaff after "somos N" count owners or kin, not a company's staff.
var notStaff = textmatch.NewSet("socios", "socias", "hermanos", "hermanas", "duenos", "duenas", "primos", "esposos", "familia", "familias", "partners", "owners",
	"junta", "directiva", "consejo", "mesa", "casa")

var sizeRuleList = []textmatch.Rule{
	{Name: "size", Pattern: "_ @who"},
	{Name: "size", Pattern: "_ @mod @who"},
	// "25 en payroll", "about 40 on payroll"
	{Name: "size", Pattern: "_ on|en payroll|nomina"},
	{Name: "size", Pattern: "team of _"},
	// "director of nursing at a 90 bed hospital"
	{Name: "size", Pattern: "_ bed|beds hospital|facility|nursing|clinic|hospice"},
	// "somos como 9", "son unos 40" (the count is checked)
	{Name: "size es", Pattern: "somos|son como|unos|alrededor|aprox _"},
	// dev297 (stop 52): "somos doce tejedoras", "somos 11" (the count is
	// checked; "son 200 al mes" is money, so "somos" alone)
	{Name: "size es", Pattern: "somos _"},
	// "eight of us including me" (the count is checked)
	{Name: "size es", Pattern: "_ of us"},
	{Name: "size", Pattern: "startup|smb|enterprise|nonprofit|fortune|midmarket / small business"},
	// "solo" is a size in English ("solo practice", "i'm solo") and "just"
	// in Spanish ("solo estoy viendo opciones")
	{Name: "size", Pattern: "solo founder|practice|practitioner|operator|shop|agent|act|business|entrepreneur|owner|consultant|show|operation / im|a solo"},
}

// companySize returns a size statement ("200 people", "nonprofit").
func companySize(t textmatch.Text) (string, float64) {
	toks := t.Toks
	var val string
	sizeRules.Each(t, func(x textmatch.Match) bool {
		if x.Name == "size es" {
			count := func(w string) bool {
				_, _, _, ok := parseNumber(w)
				n, word := textmatch.NumberWord(w)
				return ok || word && n > 1
			}
			// ("once" is eleven after "somos", not the English word)
			if !count(toks[x.End-1]) && !count(toks[x.Start]) && !(toks[x.Start] == "somos" && toks[x.End-1] == "once") {
				return true
			}
			// "somos 4 hermanos dueños", "somos 5 en la junta", "somos 1 de
			// los distribuidores": owners, a board or one of many, not the
			// staff
			if toks[x.Start] == "somos" && x.End-x.Start == 2 && (toks[x.End-1] == "1" || toks[x.End-1] == "uno" ||
				x.End < len(toks) && (notStaff.Has(toks[x.End]) || toks[x.End] == "de" ||
					toks[x.End] == "en" && x.End+2 < len(toks) && notStaff.Has(toks[x.End+2]))) {
				return true
			}
		}
		if x.Name != "size es" && (x.End-x.Start == 2 || x.End-x.Start == 3 && sizeMod.Has(toks[x.Start+1])) && toks[x.Start] != "team" && toks[x.Start] != "solo" && toks[x.End-1] != "solo" {
			// a count in digits or in words from two: "seis dentistas"
			n, word := textmatch.NumberWord(toks[x.Start])
			if _, _, _, ok := parseNumber(toks[x.Start]); !ok && !(word && n > 1) {
				return true
			}
		}
		val = strings.Join(toks[x.Start:x.End], " ")
		return false
	})
	if val == "" {
		return "", 0
	}
	return val, 1
}

// RuleScorer is the reference [Scorer]. Its documented signals:
//
//   - base 10;
//   - +15 per confident schema field (so a qualified real-estate lead
//     alone scores 40);
//   - commitment language (see trigger.Signals.Commitment): a commitment
//     or readiness phrase ("let's do it", "yes I'm ready", "can we move
//     forward", "book the demo", "send the paperwork", "contract expires
//     Friday") +60; with an intensifier ("yes definitely", "absolutely!!!",
//     "100%") +65 — so clear readiness reaches 70 on its own and a soft yes
//     ("sure", "ok", "maybe") adds only +3 and never fires alone. The
//     learned tier's commitment (internal/learned, unless
//     [ScorerConfig.NoModel]) and [ScoreInput.Commitment] count as a
//     commitment phrase when the rules find less;
//   - hedges ("maybe", "let me think", "not sure", "depends") cap the
//     message's contribution at a soft yes;
//   - so does a short yes or go-ahead ("yes go ahead", "let's do it")
//     to the assistant's leave to ask ("Can I ask a few questions?",
//     "got a minute?"): it lets the assistant ask. After a check-in
//     ("Still interested in selling the house?") only a yes or a
//     go-ahead is capped; readiness in the lead's own words ("can we
//     move forward?", "let's do it", "send the paperwork") counts;
//   - the score never drops below the prior score unless the lead
//     objects or loses interest ("not interested", "changed my mind"),
//     which subtracts 20 from the prior.
//
// The result is clamped to 0..100.
type RuleScorer struct {
	cfg ScorerConfig
}

// ScorerConfig configures [NewRuleScorer]. The zero value means defaults.
type ScorerConfig struct {
	// Base is the starting score; 0 means 10.
	Base int
	// PerField is added per confident field; 0 means 15.
	PerField int
	// NoModel stops the scorer from consulting the learned tier for
	// commitment; rules and [ScoreInput.Commitment] still count.
	NoModel bool
}

// NewRuleScorer returns the reference scorer. cfg may be nil.
func NewRuleScorer(cfg *ScorerConfig) *RuleScorer {
	s := &RuleScorer{}
	if cfg != nil {
		s.cfg = *cfg
	}
	if s.cfg.Base == 0 {
		s.cfg.Base = 10
	}
	if s.cfg.PerField == 0 {
		s.cfg.PerField = 15
	}
	return s
}

// Config returns the scorer's configuration, defaults applied: with
// NoModel set, [NewRuleScorer] of it gives the rules' score alone.
func (s *RuleScorer) Config() ScorerConfig { return s.cfg }

// Score implements [Scorer].
func (s *RuleScorer) Score(ctx context.Context, in ScoreInput) (int, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	return s.score(textmatch.Cached(in.Text), in), nil
}

func (s *RuleScorer) score(t textmatch.Text, in ScoreInput) int {
	score := s.cfg.Base + s.cfg.PerField*in.Schema.confident(in.Known)
	level, cue, hesitant := textmatch.Commitment(t)
	// a soft yes however long ("ok ok ok ... ok" thirty times, a run of
	// emoji) commits to nothing, whatever a judge or the model reads in
	// it: their heads fire on a long run of one token
	soft := textmatch.SoftOnly(t)
	// readiness said with an eye-roll is sarcasm, whoever reads a
	// commitment in it: "ajá, firmo hoy mismo 🙄 como no"
	sarcastic := textmatch.EyeRoll(in.Text)
	if sarcastic {
		level, soft = 0, true
	}
	if !soft {
		level = max(level, min(in.Commitment, 3))
	}
	asked := lastQuestion(in.History, in.Text)
	if level == 2 && cue == "deadline" && expiryOnly(t) && slices.Contains(askedAbout(in.Schema, asked).fields, Timeline) {
		// "aquí dice que vence el 15 de junio" after "¿cuándo vence su
		// póliza actual?": the date asked for is the timeline, told
		// without hurry (blind74, stop 72); "it expires Friday and I
		// need it done before" still hurries
		level = 1
	}
	if level < 2 && !s.cfg.NoModel && !soft {
		// (an angry message is no readiness, whatever the commitment head
		// reads in "what do you even want from me": the model leaning to
		// frustration, not only firing on it, is enough to say so)
		m := learned.Default()
		// (nor is a need told: "it's killing us, want to get that payment
		// down" reads as readiness to the model)
		// (nor is a choice of someone else: "decision's made, we're going
		// with the other vendor", nor a case weighed: "and if we move, does
		// the policy follow us?")
		if sc := m.Score(in.Text); m.Fires(sc, learned.Commitment) && sc.Prob(learned.Frustration) < 0.5 && !textmatch.StatesNeed(t) && !textmatch.StatesAuthority(t) && !textmatch.StatesCompany(t) && !textmatch.ChoseOther(t) &&
			!textmatch.WeighsCase(in.Text, t) {
			level = 2
		}
	}
	if !hesitant && (t.WordCount() <= 6 || cue == "go ahead") {
		// "Yes, go ahead." after "can I ask a few questions?" lets the
		// assistant ask; it commits to nothing. After a check-in, "Still
		// interested in selling?", only a yes or a go-ahead does: "can we
		// move forward with this?", "let's do it" or "send the paperwork"
		// tell readiness in the lead's own words
		l := leaveAsked(asked)
		if l == noLeave {
			l = leaveAskedEarlier(in.History, in.Text)
		}
		hesitant = l == leaveToAsk || l == checkIn && !readinessTold(cue)
	}
	if !hesitant && !sarcastic && level < 2 && takesNextStep(t, asked) {
		// "do it" after "should I go ahead and lock it today?", "go for
		// it" after "want me to bind everything?": the yes to the next
		// step the assistant offered is the commitment
		level = 2
	}
	if hesitant {
		// hedges cap the message at a soft yes, whoever read a
		// commitment in it (the model, a judge): "let's do it... maybe
		// next year" never fires
		level = min(level, 1)
	}
	switch level {
	case 1:
		score += 3
	case 2:
		score += 60
	case 3:
		score += 65
	}
	if x, ok := lostInterest.First(t, nil); ok {
		// "never mind, they're all on board. Let's get started": readiness
		// after it takes the retraction back
		if l, _, h := textmatch.Commitment(t.From(x.End)); l < 2 || h {
			return clamp(min(score, in.Prior-20))
		}
	}
	return clamp(max(score, in.Prior))
}

// expiryOnly reports an expiry told with no word of hurry or need and
// no date close at hand: "it expires on the 15th", "vence el 15 de
// junio", "it expires june 15, no need to rush" (not "it expires Friday,
// we need it asap", "it expires tomorrow so yeah, cutting it close",
// "vence este viernes!! ayúdenme").
func expiryOnly(t textmatch.Text) bool {
	if !t.HasAny(expiryWords) || t.Bangs > 0 {
		return false
	}
	for k, w := range t.Toks {
		if hurryWords.Has(w) && !textmatch.Before(t.Toks, k, 3, textmatch.Negators) {
			return false
		}
	}
	return true
}

var (
	expiryWords = textmatch.NewSet("expires", "expire", "expiring", "vence", "vencen", "lapses", "ends", "renews", "termina")
	hurryWords  = textmatch.NewSet("need", "needs", "necesito", "necesitamos", "ocupo", "asap", "urgent", "urgente", "urge", "rush", "soon", "pronto", "quickly",
		"rapido", "hurry", "prisa", "before", "antes", "want", "quiero", "queremos", "ready", "listo", "lista", "must", "tenemos", "tengo",
		// a date at hand: "it expires tomorrow", "vence este viernes",
		// "ya casi", "cutting it close", "help"
		"tomorrow", "today", "tonight", "manana", "hoy", "this", "este", "esta", "casi", "close", "help", "ayuda", "ayudenme")
)

// leave is what an assistant's turn asks leave for (see leaveAsked).
type leave int

const (
	noLeave    leave = iota
	leaveToAsk       // to ask, explain, send or look up: "Can I ask a few questions?"
	checkIn          // whether the lead still wants it: "Still interested in selling?"
)

// readinessTold reports a commitment cue (see textmatch.Commitment) that
// tells readiness in the lead's own words, more than a yes or a
// go-ahead: "let's do it", "what's the next step?", "send the
// paperwork", "I'm ready".
func readinessTold(cue string) bool {
	return cue != "" && cue != "soft yes" && cue != "go ahead" && cue != "hedged"
}

// leaveAskedEarlier reports leave asked one exchange back: "got a
// minute?", "give me 10 min", "No rush at all!", "ok im back. go ahead".
func leaveAskedEarlier(history []Turn, text string) leave {
	_, q, ok := exchangeBack(history, text)
	if !ok {
		return noLeave
	}
	return leaveAsked(q)
}

// permissionAsked reports an assistant's turn that asks leave to ask
// its questions or checks in: "Can I ask a few questions?", "got a
// minute?", "¿le puedo hacer unas preguntas?", "Still interested?".
func permissionAsked(q string) bool {
	return leaveAsked(q) != noLeave
}

// leaveAsked reads what leave q, an assistant's turn, asks: leave to ask
// its questions (or to explain, send or look something up), a check-in
// only ("Still interested in selling the house?", "¿Sigue pensando en
// vender?"), or none. Leave to ask wins over a check-in in the same turn.
func leaveAsked(q string) leave {
	if q == "" {
		return noLeave
	}
	// each sentence that asks leave is read with the offer it asks about:
	// its own words, and for "would that be ok?" the sentence before
	// ("Thanks for starting an application. Got a few minutes?" asks
	// leave; "Want me to send the application over?" offers a step)
	found := noLeave
	ss := textmatch.Sentences(q)
	for i, sn := range ss {
		st := textmatch.Cached(sn)
		m, ok := permissionRules.First(st, func(m textmatch.Match) bool { return m.Name != "check in" })
		if !ok {
			m, ok = permissionRules.First(st, nil)
		}
		if !ok {
			continue
		}
		about := sn
		if m.Name == "ok to send" && i > 0 {
			about = ss[i-1] + ". " + sn
		}
		t := textmatch.Cached(about)
		if _, ok := bookingOffer.First(t, nil); ok {
			continue
		}
		if m.Name == "check in" {
			found = checkIn
			continue
		}
		// "would that be ok?" asks leave only for something to send or
		// look up: "I can pull comps and send over a rough range", not
		// "we do a walkthrough and present an offer"
		if m.Name != "ok to send" || t.HasAny(sendOffer) && !t.HasAny(offerWords) {
			return leaveToAsk
		}
	}
	return found
}

var (
	sendOffer  = textmatch.NewSet("send", "pull", "email", "text", "share", "forward", "mandar", "mando", "enviar", "envio").Gated()
	offerWords = textmatch.NewSet("walkthrough", "offer", "visit", "inspection", "demo", "appointment", "oferta", "visita", "cita").Gated()
)

// takesNextStep reports a short yes ("do it", "yep send it over", "go
// for it", "dale") to q, an assistant's question offering the next step.
func takesNextStep(t textmatch.Text, q string) bool {
	if q == "" || t.Quests > 0 || t.WordCount() == 0 || t.WordCount() > 6 {
		return false
	}
	// the question itself offers it: "Should I go ahead and lock it
	// today?", not "You started an application. Any questions?"
	end := strings.LastIndexByte(q, '?')
	if end < 0 {
		return false
	}
	start := strings.LastIndexAny(q[:end], ".!?\n") + 1
	qt := textmatch.Cached(q[start:end])
	if !offerOpeners.HasAnyID(qt.IDs) {
		return false
	}
	if _, ok := nextStepOffer.First(qt, nil); !ok {
		return false
	}
	if t.HasAny(textmatch.Negators) {
		return false
	}
	words := t.Words()
	return textmatch.OpeningYes.Has(words[0]) || len(words) > 1 && (words[0] == "do" || words[0] == "go" || words[0] == "lets" || words[0] == "send" || words[0] == "book" || words[0] == "lock") && (words[1] == "it" || words[1] == "for" || words[1] == "ahead" || words[1] == "do")
}

// nextStepOffer is an offer to do the next step now: book or lock a
// slot, send the papers to sign, bind the policy. (Re-engaging openers,
// "want to pick up where you left off?", "would you like to get
// started?", are not.)
var nextStepOffer = textmatch.MustCompile(nil, nextStepRules)

var nextStepRules = []textmatch.Rule{
	{Name: "next step", Pattern: "book|schedule|lock|reserve|pencil|agendar|agendo|agende|apartar|aparto ~4 in|it|you|a|the|for|visit|call|demo|time|slot|appointment|la|el|cita|visita / send|email|mandar|mando|envio ~3 paperwork|contract|agreement|docusign|contrato|papeles|order form / get it signed / bind|binding ~2 it|everything|the|your|policy|coverage / sign you up"},
}

// offerOpeners open an offer: "want me to", "should I", "shall we",
// "ready to", "¿le agendo...?", "¿quiere que...?".
var offerOpeners = textmatch.NewSet("want", "wanna", "should", "shall", "ready", "can", "could", "may", "like", "quiere", "quieres", "le", "te", "lo", "la")

// bookingOffer is an assistant's turn that offers or names the next
// step ("want me to book Tuesday at 3?", "shall I send the paperwork?",
// "¿le agendo la visita?", "your application", "get started"): a yes to
// it is no mere leave to ask (see permissionAsked). It is nextStepOffer
// and the words that only name the step or the papers.
var bookingOffer = textmatch.MustCompile(nil, append(slices.Clip(nextStepRules),
	textmatch.Rule{Name: "booking", Pattern: "booking|scheduling ~4 in|it|you|a|the|for|visit|call|demo|time|slot|appointment / paperwork|contract|agreement|application|docusign|contrato|papeles|solicitud / order form / get you on the schedule|calendar / get started / move forward / sign up"}))

var permissionRules = textmatch.MustCompile(nil, []textmatch.Rule{
	// leave to confirm details or to send something: "Can I confirm a
	// few details?", "Want me to send a quick guide?", "Would it help if
	// I sent a rough range?" (an offer to book is no such leave: see
	// bookingOffer)
	{Name: "permission", Pattern: "can|may|could i|we ~1 confirm|verify|check|grab|get ~3 details|info|information|things|questions / want|like me|us to send|share|text|email|forward / would it help if i|we / shall|should i|we send|share|text|email / le|te puedo|podemos mandar|enviar|compartir / quiere|quieres que le|te mande|envie|comparta"},
	// an offer to send or look something up, asked leave for: "I can
	// pull comps and send over a rough range. Would that be ok?" (an offer
	// to book is a booking offer, checked first)
	// a check-in: "Still interested?", "¿Sigue pensando en vender?" (a
	// yes, go ahead lets the assistant go on; readiness in the lead's own
	// words is readiness: see leaveAsked)
	{Name: "check in", Pattern: "still interested|looking|considering|thinking|open / sigue|sigues|siguen interesado|interesada|interesados|pensando|buscando"},
	// still at the phone: "Still there?"
	{Name: "permission", Pattern: "still there|around"},
	{Name: "ok to send", Pattern: "would|will that|this be ok|alright|fine|helpful|useful / is that|this ok|alright / le|te parece bien|si"},
	// leave to explain: "Want me to walk through the details?", "should
	// I go over the numbers?", "¿quiere que le explique?"
	{Name: "permission", Pattern: "want|like me|us to walk|go|run|talk ~1 through|over|you / want|like me|us to explain|break|show|tell / shall|should|can i|we walk|go|run ~1 through|over / shall|should|can i|we explain|break ~2 down|it|the / quiere|quieres que le|te explique|cuente|muestre"},
	{Name: "permission", Pattern: "can|may|could i ~1 ask ~4 question|questions|things / mind if i ask / ok|alright if i|we ask|asked / do you have|got ~1 a minute|sec|second|moment / got a minute|sec|second|moment / is now a good time / le|te|les puedo|podemos hacer ~2 pregunta|preguntas / tiene|tienes|tienen ~1 un minuto|momento|minutito"},
	// "do you have a few minutes to go over next steps?", "¿tiene unos
	// minutos?"
	{Name: "permission", Pattern: "do you have|got a few|couple minutes|mins / got a few|couple minutes|mins / tiene|tienes|tienen unos|algunos minutos|minutitos / tiene|tienes|tienen un par de minutos|minutitos"},
	// an offer to look something up or send it, left to the lead: "I can
	// pull a quote for you today if you'd like" (an offer to book is a
	// booking offer, checked first)
	{Name: "permission", Pattern: "can|could run|pull|send|check|email|text|share ~6 if youd|you like|want / if youd|you like|want ~2 i|we can run|pull|send|check|email|text|share / si gusta|gustas|quiere|quieres ~2 le|te mando|envio|reviso|cotizo"},
	// an offer to review what the lead has: "Your renewal is coming up.
	// Want to review your coverage?", "¿quiere revisar su póliza?"
	{Name: "permission", Pattern: "want|like|ready to review|revisit / want|like|ready to go|look over / quiere|quieres|desea|gustaria revisar|repasar"},
	// an offer to look for something better: "Want me to check if
	// there's a better rate?", "¿quiere que le busque algo mejor?"
	{Name: "permission", Pattern: "want|like me|us to check|look|see|shop|compare / quiere|quieres que le|te busque|revise|cotice|compare"},
	// "good time to chat?", "¿es buen momento para escribirle?"
	{Name: "permission", Pattern: "good|bad|better time to|for ~1 chat|talk|text|questions / good|bad|better time for a few|some questions / is this|now a good|bad time / buen momento|rato para|pa ~2 escribir|escribirle|escribirte|platicar|hablar|charlar|preguntar / es buen momento"},
	// "Is now an ok time for a couple quick questions?" (blind75, stop
	// 73: "Sure, go ahead." after it had read as readiness)
	{Name: "permission", Pattern: "is this|now an? ok|alright|convenient time / ok|alright|convenient time to|for ~2 chat|talk|text|questions / a couple|few ~1 quick questions"},
})

var lostInterest = textmatch.MustCompile(nil, []textmatch.Rule{
	{Name: "lost", Pattern: "not interested"},
	{Name: "lost", Pattern: "changed my mind"},
	{Name: "lost", Pattern: "no thanks / no thank you"},
	{Name: "lost", Pattern: "not selling"},
	{Name: "lost", Pattern: "never mind / nevermind"},
})

func clamp(v int) int {
	if v < 0 {
		return 0
	}
	if v > 100 {
		return 100
	}
	return v
}

// String renders a field value for logs.
func (v Value) String() string {
	return fmt.Sprintf("%s=%q (%.2f, %s)", v.Field, v.Value, v.Confidence, v.MessageID)
}

// sets used inside functions, built once
var (
	litRules0 = textmatch.NewSet("i", "we", "you", "id", "they", "me", "really", "just")
	litRules1 = textmatch.NewSet("approved", "gave", "budget", "set", "aside",
		// "the board budgeted 25k for a scheduling tool" (blind78)
		"budgeted", "allocated", "earmarked")
)

// writeAt reports a timeline value said as when to write or call: it
// follows a request to be contacted in the same clause ("escríbame para
// el martes", "text me tuesday").
// freeAt reports a time the lead will be free to talk, not a timeline
// for the deal: "ahorita estoy en el trabajo, para el viernes tengo más
// tiempo", "I'll have more time friday", "I'm free after 5": the value's
// clause says the lead has time or is free.
func freeAt(t textmatch.Text, val string) bool {
	// the test below needs a free word or "time" somewhere
	if !t.HasAnyWord(freeOrTime) {
		return false
	}
	first, _, _ := strings.Cut(val, " ")
	for i, w := range t.Toks {
		if w != first {
			continue
		}
		cs, ce := textmatch.ClauseStart(t.Toks, i), textmatch.ClauseEnd(t.Toks, i)
		for k := cs; k < ce; k++ {
			if freeWords.HasToken(t.Toks, t.IDs, k) || (t.Toks[k] == "tiempo" || t.Toks[k] == "time") && k > cs && haveTime.HasToken(t.Toks, t.IDs, k-1) {
				return true
			}
		}
	}
	return false
}

var (
	freeWords = textmatch.NewSet("free", "libre", "libres", "desocupado", "desocupada")
	// "tengo más tiempo", "I'll have more time"
	haveTime = textmatch.NewSet("more", "mas", "tengo", "tendre", "tenga", "have")
	// freeOrTime are the words freeAt cannot answer true without
	freeOrTime = textmatch.Union([]textmatch.Set{freeWords}, "tiempo", "time").Gated()
)

func writeAt(t textmatch.Text, val string) bool {
	toks := t.Toks
	if !t.HasAny(contactAny) {
		return false
	}
	// the value's first or last word ("within a few months" was read
	// from "in a few months")
	first, _, _ := strings.Cut(val, " ")
	last := val[strings.LastIndexByte(val, ' ')+1:]
	for i, id := range t.IDs {
		if !contactAny.HasID(id) {
			continue
		}
		contact := contactMe.HasID(id) || contactV.HasID(id) && i+1 < len(toks) && (toks[i+1] == "me" || toks[i+1] == "us") ||
			// "check back in a few months", "follow up after the holidays"
			followV.HasID(id) && i+1 < len(toks) && followP.Has(toks[i+1])
		if !contact {
			continue
		}
		for k := i + 1; k < len(toks) && toks[k] != textmatch.Break; k++ {
			if toks[k] == first || toks[k] == last {
				return true
			}
		}
	}
	return false
}

var (
	// a request to be written to or called, in one word
	contactMe = textmatch.NewSet("escribame", "escribeme", "escribanme", "llameme", "llamame", "llamenme", "marcame", "marqueme",
		"marquenme", "textame", "textenme", "contacteme", "contactenme", "hableme", "hablame",
		// the offer sent: "mándela para el fin de semana y la vemos"
		"mandela", "mandenla", "mandemela", "mandenmela", "mandamela", "mandala", "enviela", "envienla", "envienmela")
	// verbs of contact before "me": "text me tuesday"
	contactV = textmatch.NewSet("text", "call", "email", "ping", "contact", "ring", "hit", "message", "try")
	// following up: "check back", "follow up", "touch base", "reach out"
	followV = textmatch.NewSet("check", "follow", "touch", "reach", "circle")
	followP = textmatch.NewSet("back", "up", "base", "out", "in")
	// any of the three kinds of word writeAt starts from
	contactAny = textmatch.Union([]textmatch.Set{contactMe, contactV, followV}).Gated()
)

// sendOfferNow are the one-word requests to send the offer: a time with
// them is when to send it.
var sendOfferNow = textmatch.NewSet("mandela", "mandenla", "mandemela", "mandenmela", "mandamela", "mandala", "enviela", "envienla", "envienmela").Gated()

var officialWords = textmatch.NewSet("official", "oficial")

// amountTail ends an amount said in words: "five hundred", "two grand",
// "50 bucks"
var amountTail = textmatch.NewSet("hundred", "thousand", "grand", "bucks", "dollars", "dolares", "mil", "k")

// behindWords before a span in its clause make it how long the lead has
// been behind: "atrasados con la mortgage like three months"
var behindWords = textmatch.NewSet("behind", "atrasados", "atrasado", "atrasada", "atrasadas", "overdue")

// afterthought words may follow a time said after the goal's clause:
// "comprar una troca, this summer si se puede", "..., this month
// ideally"
var afterthought = textmatch.NewSet("si", "if", "ideally", "hopefully", "idealmente", "ojala", "please", "porfa", "maybe", "quizas", "at", "or")

// behindBefore reports a word of being behind in toks[from:to] with no
// goal after it: "behind like 4 months", "atrasados con la mortgage like
// three months" (not "behind on payments and need to be out like three
// months").
func behindBefore(t textmatch.Text, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if goalVerbs.HasID(t.IDs[k]) && t.Toks[k] != "like" {
			return false
		}
		if behindWords.Has(t.Toks[k]) {
			return true
		}
	}
	return false
}

// hurriedActs before "as fast as possible" are what is done fast, not the
// sale: "text me back as fast as possible"
var hurriedActs = textmatch.NewSet("reply", "respond", "answer", "text", "call", "drove", "drive", "ran", "run", "email", "write", "contesten",
	"contestar", "responder")

// hasProblems before "problemas" make them the house's: "no tiene
// problemas grandes", "no hay problemas".
var hasProblems = textmatch.NewSet("tiene", "hay", "tenia", "tuvo", "presenta")

// divorceFinalAt reports a clause from cs to i that says a divorce
// becomes final, with no "before", "by" or "after" that would make its
// time the sale's: "divorce is final next month", "mi divorce se
// finaliza en agosto".
func divorceFinalAt(toks []string, cs, i int) bool {
	divorce, final := false, false
	for k := cs; k < i; k++ {
		switch toks[k] {
		case "divorce", "divorcio":
			divorce = true
		case "final", "finalizes", "finalizing", "finaliza", "finalice":
			// the time right after it: "final next month", "se finaliza
			// en agosto" (not "final and I need to refinance ... within 60
			// days")
			final = k+3 >= i
		case "before", "by", "after", "until", "till", "antes", "despues", "hasta", "when", "cuando", "once":
			return false
		}
	}
	if !divorce || !final {
		return false
	}
	// what follows makes the time the sale's or the loan's: "..., after
	// that la vendemos", "y necesito sacar a mi ex del loan"
	for k := i; k < len(toks) && k < i+12; k++ {
		if afterDivorce.Has(toks[k]) {
			return false
		}
	}
	return true
}

// divorceFinalTime reports a time in t that the rules read as when a
// divorce becomes final ("divorce is final next month and we both just
// want it sold"): the model, which reads the same words as a timeline,
// does not overrule them.
func divorceFinalTime(t textmatch.Text) bool {
	if !hasToken(t, "divorce", "divorcio") {
		return false
	}
	found := false
	timeRules.Each(t, func(x textmatch.Match) bool {
		found = divorceFinalAt(t.Toks, textmatch.ClauseStart(t.Toks, x.Start), x.Start)
		return !found
	})
	return found
}

// afterDivorce after "divorce is final next month" tie the sale or the
// loan to that time.
var afterDivorce = textmatch.NewSet("after", "then", "despues", "need", "necesito", "necesitamos", "refinance", "refi", "refinanciar")

// hedgeWords hold a maybe, before a "maybe not" that takes it back.
var hedgeWords = textmatch.NewSet("maybe", "perhaps", "mejor", "quizas", "quiza", "vez")

// monthOrSeason reports a month or a season named.
func monthOrSeason(w string) bool {
	return textmatch.Months.Has(w) || textmatch.Meses.Has(w) || seasons.Has(w)
}

// needDenied reports a message that says the lead has no problem to
// solve: "honestly scheduling isn't a problem for us right now", "no es
// un problema para nosotros" (blind75, stop 73): no need, no fit and no
// hurry, whatever the model reads in its words.
func needDenied(t textmatch.Text) bool {
	toks := t.Toks
	for i, w := range toks {
		if !problemWords.Has(w) {
			continue
		}
		k := i - 1
		if k >= 0 && (toks[k] == "a" || toks[k] == "an" || toks[k] == "un" || toks[k] == "una" || toks[k] == "really" || toks[k] == "much" || toks[k] == "big") {
			k--
		}
		// ("no problem, Tuesday works" agrees; "no es un problema" denies)
		if k >= 1 && (toks[k] == "es" || toks[k] == "son") && toks[k-1] == "no" {
			return true
		}
		// ("if it's not a problem, can we start asap?" asks politely)
		if k >= 0 && (toks[k] == "not" || toks[k] == "isnt" || toks[k] == "arent" || toks[k] == "never") &&
			!textmatch.Before(toks, k, 3, ifWords) {
			return true
		}
		if k >= 1 && toks[k-1] == "not" && (toks[k] == "really" || toks[k] == "much") {
			return true
		}
	}
	return false
}

var problemWords = textmatch.NewSet("problem", "issue", "priority", "concern", "problema", "prioridad")
