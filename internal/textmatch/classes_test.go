package textmatch

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestNormalizeFoldsDiacritics(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"ARRÊTEZ!", "arretez"},
		{"Désolé, déjà vendu", "desole | deja vendu"},
		{"señor Müller", "senor muller"},
		{"Fußweg", "fussweg"},
		{"ŁÓDŹ", "lodz"},
	} {
		require.Equal(t, tc.want, Normalize(tc.in).String(), "%q", tc.in)
	}
}

func TestFuzzyKeepsPastTense(t *testing.T) {
	t.Parallel()
	// an inflection is not a typo: the tense must survive
	require.Equal(t, "i unsubscribed", Normalize("I unsubscribed").String())
	// a real typo is still corrected
	require.Equal(t, "unsubscribe", Normalize("unsubscibe").String())
	// and so is a typo of the -ing form, which keeps its form
	require.Equal(t, "need help unsubscribing", Normalize("need help unsuscribing").String())
	require.Equal(t, "unsubscribing", Normalize("unsubscribeing").String())
	require.Equal(t, "unsubscribing", Normalize("unsubscribing").String())
}

func TestAmountsApproxAndFractions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in     string
		value  int
		approx bool
	}{
		{"about 320ish", 320000, true},
		{"maybe 95-ish", 95000, true},
		{"half a million", 500000, false},
		{"quarter mil", 250000, false},
	} {
		a := Amounts(Normalize(tc.in))
		require.NotEmpty(t, a, "%q", tc.in)
		require.Equal(t, tc.value, a[0].Value, "%q", tc.in)
		require.Equal(t, tc.approx, a[0].Approx, "%q", tc.in)
	}
	require.Empty(t, Amounts(Normalize("half a dozen")))
	// Spanish periods keep a small amount as written, and a small "N mil"
	// before them is thousands
	for _, tc := range []struct {
		in    string
		value int
		per   string
	}{
		{"unos 150 al mes", 150, "month"},
		{"4 mil al año", 4000, "year"},
		{"como 8 mil dolares", 8000, ""},
		{"1.5 mil", 1500000, ""},
	} {
		a := Amounts(Normalize(tc.in))
		require.NotEmpty(t, a, "%q", tc.in)
		require.Equal(t, tc.value, a[0].Value, "%q", tc.in)
		require.Equal(t, tc.per, a[0].Per, "%q", tc.in)
	}
}

func TestCommitmentSpanishAndReadiness(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"sí, estoy listo", "vamos a hacerlo", "¿dónde firmo?", "mándeme el contrato hoy", "agenda la demo para el martes",
		"yes, I'm ready", "can we move forward", "book the demo", "my contract expires Friday, need this done before",
		// a seventh writer's next steps (issue 8, this stop)
		"how do we upgrade to the pro plan", "add 12 more seats please", "queremos subir al plan business", "grab me the earliest slot you have",
		"please lock in my rate", "bloquéenme la tasa hoy", "acepto, manden los papeles", "firmemos esta semana", "ya me decidí, ¿cuándo instalan?",
		"what time tomorrow can you come", "yeah lets get it on the books, whats your soonest opening?",
		// a slot taken for the lead (dev10, this stop)
		"alright schedule me friday afternoon", "pencil us in for the 10th", "book us tuesday, gate code is 12",
		// the step asked for, and papers to be sent (stop 61)
		"What do you need from me to get started?", "manden los documentos hoy",
		"perfect, that price works. what do you need from me?", "¿quiere que ya les mande los documentos?",
		// enrolling, the first opening taken, and "not yet" answering the
		// question before the step (older blind sets, stop 61)
		"Skip the comparison. I've read enough brochures to wallpaper the den. Enroll me in Plan G. What do you need?",
		"Yes, first slot you've got. I'm home all day Thursday, just put me on it.",
		"Okay, do the heat pump with the extended labor. What's your first open install day?",
		"Not yet. Honestly we found the one yesterday and we want to put an offer in Friday. What do you need from me to get started today?"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"tal vez", "lo voy a pensar", "ok gracias", "sure", "maybe later this year", "what's the schedule for the inspection?",
		"does the upgrade include support?", "¿cómo funciona lo de congelar la tasa?", "we did, our offer got accepted yesterday", "acepto ofertas",
		"don't book me anything yet", "who do I call to schedule",
		// someone else's, past or imagined readiness, and leave to ask
		// (w15, a development set before it is trained on)
		"my sister is ready to sell her share but I'm not there yet", "we were going to sign last spring but the rates jumped",
		"let's do it... in about 10 years lol", "sounds great if we won the lottery", "all set, ready for your questions",
		"sure, go ahead and ask away",
		// someone else's step, reported (dev11)
		"the inspector called me this morning to set up the walkthrough, is that normal?",
		// help offered to a first text, and papers already sent (blind54,
		// stop 61)
		"Sure, what do you need from me?", "hey yes, sorry between customers at the salon. what do you need from me",
		"si, ya les mande los documentos el lunes", "ya se los mandé los documentos ayer",
		"Not yet. Maybe next month", "the first slot you had was too early for me",
		// the process asked, not the step (blind35, dev50, dev61)
		"haven't picked anyone. what docs do you need from me", "What documents would you need from me?"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestAmountsInSpanishWordsAndCouples: amounts spelled in Spanish ("dos
// mil" is two thousand, not two million), and "a couple thousand" or "a
// few grand"; Spanish numbers of other things are no money.
func TestAmountsInSpanishWordsAndCouples(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in    string
		value int
	}{
		{"unos dos mil", 2000},
		{"no menos de ciento ochenta mil", 180000},
		{"como trescientos cincuenta mil", 350000},
		{"cuarenta y cinco mil al año", 45000},
		{"un millón y medio", 1000000},
		{"medio millón", 500000},
		{"pido doscientos cincuenta", 250000},
		{"a couple thousand", 2000},
		{"couple hundred a month", 200},
		{"a few grand", 3000},
		// a Spanish word before "N mil" makes it thousands, as "90 mil" is
		{"si hay que cambiarlo we can do hasta 6 mil max", 6000},
		{"unos 8 mil", 8000},
		// thousands grouped by dots
		{"la casa vale como 1.200.000 pesos", 1200000},
		{"no menos de 650.000 dólares", 650000},
	} {
		a := Amounts(Normalize(tc.in))
		require.NotEmpty(t, a, "%q", tc.in)
		require.Equal(t, tc.value, a[0].Value, "%q", tc.in)
	}
	for _, s := range []string{"tengo dos hijos", "hace cincuenta años", "una casa de tres cuartos", "a couple of weeks", "a few days", "doce personas",
		"it crashes on more than a few thousand rows", "a couple thousand contacts", "we vote on anything over a few thousand"} {
		require.Empty(t, Amounts(Normalize(s)), "%q", s)
	}
}

// TestReadinessElsewhere: readiness for something else, someone else's,
// or on a condition is no commitment; the lead's own readiness for the
// deal is.
func TestReadinessElsewhere(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"so ready for the weekend lol, I'll look Monday", "my brother's ready to sign, I'm not",
		"we'd be ready to go if you had SSO", "estoy lista para las vacaciones jaja", "ready for bed, talk tomorrow"} {
		level, _, _ := Commitment(Normalize(s))
		require.Less(t, level, 2, "%q commits to nothing", s)
	}
	for _, s := range []string{"I'm ready to sign", "we're ready to move forward", "estamos listos, ¿qué sigue?"} {
		level, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, level, 2, "%q commits", s)
	}
}

// TestHundredsTensUnits: "one seventy-five" is 175 thousand.
func TestHundredsTensUnits(t *testing.T) {
	t.Parallel()
	a := Amounts(Normalize("wouldn't go below one seventy-five"))
	require.NotEmpty(t, a)
	require.Equal(t, 175000, a[0].Value)
}

// TestEnrolAndChosenPlan: asking how to enrol or buy now, and naming the
// plan one takes, are next steps; asking how enrolment works, or what a
// plan covers, is curiosity.
func TestEnrolAndChosenPlan(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok how do I enroll", "WHAT DO WE DO NOW TO SIGN UP", "how do i buy it", "i want option B",
		"I'll take the gold plan", "we'll go with the family package", "¿cómo me inscribo?", "quiero el plan básico", "me quedo con el paquete premium"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"how does enrollment work?", "what does plan B cover", "does the gold plan include dental?",
		"¿qué cubre el plan básico?", "how do i unsubscribe from the emails", "my neighbor went with the family package"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestCommitmentDev21: a policy that cancels on a date, something needed
// bound or done this week, "vamos pa'lante", "¿qué hay que firmar?" and
// a bare "agendemos" are readiness; a date with nothing to do by it, or
// a question how signing works, is not.
func TestCommitmentDev21(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"my current plan cancels on the 3rd", "need this bound this week, not next", "need it installed tomorrow",
		"vamos pa'lante", "ok ¿qué hay que firmar?", "dale, agendemos", "la póliza se vence el viernes"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"my lease started on the 3rd", "how does signing work with you guys?", "¿qué cubre la póliza?",
		"we need it this week? no, next year is fine lol", "the old policy was cancelled years ago"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestCommitmentDev24: locking a rate now, "upgrade me", "ya quiero
// avanzar", asking which documents to send; the same words as questions
// about the process are not.
func TestCommitmentDev24(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I want to lock a rate today", "ok upgrade us", "listo, actívemela hoy", "perfecto, ¿cómo hago el pago?", "ya quiero avanzar con esto", "¿qué documentos le mando?",
		"which docs do you need from me, I can send them tonight"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"how does a rate lock work?", "does the upgrade cost extra", "¿cómo pago menos de seguro?", "¿qué documentos piden normalmente?", "no quiero avanzar todavía"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestCommitmentTakeItAndPay: taking the offer ("we'll take it", "me lo
// quedo", "sí, la quiero"), asking to pay ("send the payment link", "card
// or bank transfer?") or where the papers or the purchase order go are
// readiness; the same words about price, someone else or the past are
// not.
func TestCommitmentTakeItAndPay(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"fine, we'll take it", "perfecto me lo quedo", "sí, la quiero. ¿cuándo la instalan?",
		"text me the payment link and I'll set it up", "do you take card or do I do a bank transfer",
		"where do I upload the paystubs", "who should we send the purchase order to", "just tell me where to send the deposit",
		"ok book it"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"my brother said he'd take it if I don't", "is the payment link safe?", "I took it to the shop last year",
		"lo quiero pensar un poco", "where do you guys send the inspectors from", "do you take card payments for the deposit or only checks?",
		"I would take it if the price were lower"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestCommitmentActivate: "¿cómo la activo ya?" and "how do I activate
// it?" ask for the next step; "how does activation work?" does not.
func TestCommitmentActivate(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"me mudo el sábado, ¿cómo la activo ya?", "ok how do I activate it"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	l, _, _ := Commitment(Normalize("how does activation work with you guys?"))
	require.Less(t, l, 2)
}

// TestCommitmentFillTheForm: "mándame el link que la lleno ahorita" asks
// for the form to fill now; "the link didn't work" does not.
func TestCommitmentFillTheForm(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"si si, mándame el link q la lleno ya", "send me the application link and I'll fill it out tonight"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	l, _, _ := Commitment(Normalize("the link you sent didn't work"))
	require.Less(t, l, 2)
}

// TestNormalizeJoinsEmphaticWords: three or more one-word sentences in a
// row are one clause said with emphasis ("Leave. Us. Alone."); one or two,
// a list after commas, or a one-word sentence before a longer one keep
// their breaks.
func TestNormalizeJoinsEmphaticWords(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"Leave. Us. Alone.", "leave us alone"},
		{"ok fine. NO. MAS. MENSAJES. gracias por todo", "ok fine | no mas mensajes | gracias por todo"},
		{"Sold. Thanks.", "sold | thanks"},
		{"roof, windows, floors", "roof | windows | floors"},
		{"Yes. Tuesday. Works for me.", "yes | tuesday | works for me"},
	} {
		require.Equal(t, tc.want, Normalize(tc.in).String(), "%q", tc.in)
	}
}

// TestCommitmentSlotTakenAndSignUp: a concrete slot taken for the visit,
// the install, the demo or the signing ("Friday at 2 works for the
// walkthrough", "el jueves a las 9 me queda bien para la instalación"),
// asking the crew to come on a day, "apúntenme" and "I'm in" as a clause
// are readiness; a day that works for something else, a question about
// the schedule and "I'm in Dallas" are not.
func TestCommitmentSlotTakenAndSignUp(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Friday at 2 works for the walkthrough", "el jueves a las 9 me queda bien para la instalación",
		"nos viene bien el lunes a las cuatro", "monday 8am for the install, I'll leave the side gate open",
		"can your crew come out saturday morning?", "¿pueden venir el martes a revisar el techo?",
		"apúntenme para el mantenimiento anual", "ok I'm in. what do you need first?"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q is readiness", s)
	}
	for _, s := range []string{"friday works better for my wife's schedule, she's off then", "what days does the crew usually work?",
		"I'm in Dallas until Tuesday", "is monday a holiday for you guys?"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q is no readiness", s)
	}
}

// TestCountsWithUnitsAreNoMoney: "210k miles" and "12 thousand followers"
// count things, and "5'2" is a height, not 52; "210k" alone stays money.
func TestCountsWithUnitsAreNoMoney(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"2011 civic with 210k miles on it", "we have 12 thousand followers on insta", "I'm 5'2 so the ladder is a no"} {
		require.Empty(t, Amounts(Normalize(s)), "%q", s)
	}
	require.Equal(t, 210000, Amounts(Normalize("budget is 210k"))[0].Value)
}

// TestHundredsWithAnd: "a hundred and forty thousand" is 140,000 and "one
// hundred and twenty five thousand" 125,000; "a hundred questions" is no
// amount.
func TestHundredsWithAnd(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{"if someone gave me a hundred and forty thousand it's theirs": 140000,
		"one hundred and twenty five thousand": 125000, "two hundred fifty thousand": 250000} {
		a := Amounts(Normalize(s))
		require.Len(t, a, 1, "%q", s)
		require.Equal(t, want, a[0].Value, "%q", s)
	}
	require.Empty(t, Amounts(Normalize("I have a hundred questions about this")))
}

// TestCappedThousandsAreMoney: a number from 1,000 to 9,999 is money
// after a cap ("que no pase de unos 1,200", "no more than 2500"); without
// one it stays ambiguous, and a year stays a year.
func TestCappedThousandsAreMoney(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{"que no pase de unos 1,200 ya instalado": 1200, "no more than 2500 for the repair": 2500} {
		a := Amounts(Normalize(s))
		require.Len(t, a, 1, "%q", s)
		require.Equal(t, want, a[0].Value, "%q", s)
	}
	for _, s := range []string{"the house is about 1,800", "no more than 2019 models please"} {
		require.Empty(t, Amounts(Normalize(s)), "%q", s)
	}
}

// TestDotsBeforeThreeDigits: "6.125" is a rate and "1.500" stays 1.5;
// only two or more leading digits or several groups are thousands.
func TestDotsBeforeThreeDigits(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		want float64
	}{{"6.125", 6.125}, {"1.500", 1.5}, {"650.000", 650000}, {"1.200.000", 1200000}, {"12.5", 12.5}} {
		v, _, _, ok := parseNum(tc.in)
		require.True(t, ok, tc.in)
		require.InDelta(t, tc.want, v, 1e-9, tc.in)
	}
}

// TestCommitmentOnTheScheduleNotWhenReady: "put us on the calendar" takes
// a slot; readiness the lead will have one day ("for when we're ready")
// is no readiness now.
func TestCommitmentOnTheScheduleNotWhenReady(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"fine, put us on the calendar for Thursday", "go ahead and get me on your schedule"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q is readiness", s)
	}
	for _, s := range []string{"thanks! I'll save this for when we're ready to list next year", "cuando estemos listos para vender te aviso",
		"once I'm ready to buy I'll reach out"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q is no readiness", s)
	}
}

// TestAgendemela: the booking verb with two pronouns is a booking.
func TestAgendemela(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"va pues, agéndemela para el martes", "agéndamelo para el viernes temprano"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
}

// TestSpanishSendTheCrew: "díganle a los muchachos que se vengan" and
// "¿cuándo pueden venir?" ask for the work to start.
func TestSpanishSendTheCrew(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ya, díganles a los muchachos que se vengan", "¿cuándo pueden empezar?", "¿qué día vienen?"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
}

// TestHypotheticalAndAdelante: "hypothetically" hedges a question about
// starting; "sí, adelante con el plan" goes ahead.
func TestHypotheticalAndAdelante(t *testing.T) {
	t.Parallel()
	l, _, _ := Commitment(Normalize("when could your crew start, hypothetically?"))
	require.Less(t, l, 2)
	l, _, _ = Commitment(Normalize("sí, adelante con el plan familiar"))
	require.GreaterOrEqual(t, l, 2)
}

// TestPayingAndTheInvite: asking where to put the card numbers, asking
// when the crew is sent and asking for the invite move forward.
func TestPayingAndTheInvite(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"dígame dónde le pongo los números de la tarjeta", "¿qué día mandan a los muchachos?", "blocked 9 to 10 Thursday, shoot me the calendar invite"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
}

// TestDecimalInWordsAndAListPriceSaidShort: "one point four million" is
// 1.4 million, not 4 million; a list price said short is thousands
// ("listed at 865") or millions ("asking 1.2", "listed at one point
// four"); without a word of listing a bare number stays unread as money.
func TestDecimalInWordsAndAListPriceSaidShort(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]int{
		"we'd want one point four million for it": 1400000,
		"it's listed at one point two":            1200000,
		"the one we like is listed at 865":        865000,
		"asking 1.3 for the lake house, firm":     1300000,
	} {
		got, ok := MaxAmount(Normalize(text))
		require.True(t, ok, "%q", text)
		require.Equal(t, want, got, "%q", text)
	}
	_, ok := MaxAmount(Normalize("we have 865 followers and a 1.3 rating"))
	require.False(t, ok)
	// thousands as a separate "k" after a count (stop 57)
	for text, want := range map[string]int{"mi jefe said we got like twenty k for the whole year": 20000, "around 300 k or so": 300000} {
		got, ok := MaxAmount(Normalize(text))
		require.True(t, ok, "%q", text)
		require.Equal(t, want, got, "%q", text)
	}
	// rent listed by the month is no list price in thousands
	for _, s := range []string{"the unit is listed at 700 a month", "asking 900 per month plus utilities"} {
		a := Amounts(Normalize(s))
		require.Len(t, a, 1, "%q", s)
		require.Equal(t, "month", a[0].Per, "%q", s)
		require.Less(t, a[0].Value, 1000, "%q", s)
	}
}

// TestAHouseAcrossTheStreetAndTheBossesPurchase: what the house across
// the street sold for, or what the lead's patrón just paid, is someone
// else's amount.
func TestAHouseAcrossTheStreetAndTheBossesPurchase(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the house across the street just sold for $580,000, crazy",
		"mi patrón acaba de comprar una casa de 650 mil en Overland Park",
	} {
		_, ok := MaxAmount(Normalize(s))
		require.False(t, ok, "%q", s)
	}
}

// TestSameBytes: the probe table's comparison of a key (its length, its
// first eight bytes held in the slot, the rest in the tails) agrees with
// the string comparison, for keys that share a head or differ only past
// it or in trailing zero bytes, and the table finds every interned word
// by bytes and by string, and no word it lacks.
func TestSameBytes(t *testing.T) {
	words := []string{"a", "b", "ab", "ba", "abc", "abd", "call", "calls", "callme", "\xff", "é", "a\x00", "a\x00\x00",
		"abcdefgh", "abcdefgi", "abcdefghi", "abcdefghj", "abcdefghij", "abcdefgh\x00", "unsubscribe", "unsubscribed"}
	ids := map[string]vocabEntry{}
	for i, w := range words {
		ids[w] = vocabEntry{id: int32(i) + 2, gates: uint64(i)}
	}
	tv := buildVocabulary(ids)
	for _, w := range append(words, "", "\x00", "abcdefghik", "abcdefgh\x00\x00", "unsubscribes", "c") {
		want, known := ids[w]
		got, ok := tv.lookup([]byte(w))
		require.Equal(t, known, ok, "%q", w)
		require.Equal(t, want, got, "%q", w)
		require.Equal(t, want, tv.lookupString(w), "%q", w)
	}
	v := vocabSnapshot()
	vocabMu.RLock()
	defer vocabMu.RUnlock()
	for w, e := range vocabIDs {
		got, ok := v.lookup([]byte(w))
		require.True(t, ok, w)
		require.Equal(t, e, got, w)
		require.Equal(t, e, v.lookupString(w), w)
		for _, miss := range []string{w + "q", w[:len(w)/2] + "#"} {
			if _, in := vocabIDs[miss]; !in {
				_, ok := v.lookup([]byte(miss))
				require.False(t, ok, miss)
				require.Equal(t, vocabEntry{}, v.lookupString(miss), miss)
			}
		}
	}
}

// TestANeedWithADate: a need with a date is urgency ("I need a roofer
// before Monday", "necesito el seguro antes del viernes"); time to think
// or talk it over before a date is not, nor is a need denied.
func TestANeedWithADate(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I need a roofer before Monday", "necesito el seguro antes del viernes, recojo la troca",
		"tengo que salir de la casa antes del 15"} {
		l, cue, _ := Commitment(Normalize(s))
		require.Equal(t, 2, l, s)
		require.Equal(t, "deadline", cue, s)
	}
	for _, s := range []string{"I need to think about it before Friday", "necesito hablarlo con mi esposo antes del lunes",
		"we don't need it before March"} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, s)
	}
}

// TestLetsDoItRight: "let's do it right or not at all" says how, not
// whether; "let's do it" still commits.
func TestLetsDoItRight(t *testing.T) {
	t.Parallel()
	l, _, _ := Commitment(Normalize("Let's do it right or not at all. What brand of shingles do you use?"))
	require.Less(t, l, 2)
	l, _, _ = Commitment(Normalize("ok let's do it, send the contract"))
	require.GreaterOrEqual(t, l, 2)
}

// TestAYesThatWaitsOnSomebody: "let's do it... after I talk to my wife"
// and "primero lo hablo con mi esposa" are hedged; "I talked to my wife,
// let's do it" is not.
func TestAYesThatWaitsOnSomebody(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"yeah let's do it... after I talk to my wife", "ok let's do it, but I need to run it by my partner first",
		"vamos a hacerlo, pero primero lo hablo con mi esposa"} {
		l, _, hedged := Commitment(Normalize(s))
		require.Equal(t, 1, l, s)
		require.True(t, hedged, s)
	}
	l, _, _ := Commitment(Normalize("I talked to my wife, let's do it"))
	require.Equal(t, 2, l)
}

// TestGroupedHalfMillionIsMoney: a number grouped in thousands, half a
// million or more, is money as written ("probably 850,000 give or
// take"); one that counts miles, BTU or users is not, nor is a smaller
// one with nothing to make it a price.
func TestGroupedHalfMillionIsMoney(t *testing.T) {
	t.Parallel()
	got, ok := MaxAmount(Normalize("probably 850,000 give or take. ag land aint cheap anymore"))
	require.True(t, ok)
	require.Equal(t, 850000, got)
	requireNoHalfMillion(t, "the truck has 250,000 miles on it", "the old furnace is 1,200,000 BTU lol", "we have 600,000 users a month",
		"we drove 120,000 last year")
	require.False(t, thousandsGrouped("85,00"))
	require.True(t, thousandsGrouped("1,250,000"))
	// Spanish groups thousands with dots
	for s, want := range map[string]int{"no lo dejaría por menos de 650.000": 650000, "pedimos 1.200.000 por las dos casas": 1200000} {
		requireAmount(t, s, want, want)
	}
	requireNoHalfMillion(t, "el carro ya tiene 650.000 km", "son 600.000 usuarios al mes")
	require.False(t, thousandsGrouped("1.250,5"))
	require.True(t, thousandsGrouped("1.200.000"))
	// dotted figures that are no money: an address, a record's number, a
	// count
	requireNoHalfMillion(t, "la ip es 192.168.100.254", "la cuenta es 100.200.300", "folio 123.456.789", "tenemos 1.200.000 seguidores",
		"son 650.000 m2 de terreno")
}

// TestAMillionAndItsHundreds: "a million", "a million two" (1.2M), "a
// million two fifty" (1.25M) and "a million and a half" are prices;
// "a million times", "thanks a million" and "feel like a million bucks"
// are sayings.
func TestAMillionAndItsHundreds(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{
		"the houses we like are around a million two":                    1_200_000,
		"thinking a million one max":                                     1_100_000,
		"budget is a million two fifty":                                  1_250_000,
		"a million and a half if it's on the water":                      1_500_000,
		"Zillow says 1.1 but I'd take a million flat if you close quick": 1_000_000,
		"one million two for both buildings":                             1_200_000,
	} {
		got, ok := MaxAmount(Normalize(s))
		require.True(t, ok, s)
		require.Equal(t, want, got, s)
	}
	for _, s := range []string{"I've told you a million times", "thanks a million!", "i feel like a million bucks today"} {
		_, ok := MaxAmount(Normalize(s))
		require.False(t, ok, s)
	}
}

// TestReviewStop35Amounts: "500,000 orders" counts orders and "a
// million of these calls" is a saying; "we'll take it to use as a
// rental" still takes it.
func TestReviewStop35Amounts(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"she ran 500,000 orders last year", "I get a million of these calls, not selling"} {
		a, ok := MaxAmount(Normalize(s))
		require.False(t, ok && a >= 500000, "%q read as %d", s, a)
	}
	l, _, h := Commitment(Normalize("Love it, we'll take it to use as a rental"))
	require.GreaterOrEqual(t, l, 2)
	require.False(t, h)
}

// TestAmountsSpelledWithCurrency: a spelled number with a currency word
// or a period after it is money as written ("forty bucks a month" is
// $40 a month, not $40,000); without one a bare "two fifty" is still
// read in thousands.
func TestAmountsSpelledWithCurrency(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text  string
		value int
		per   string
	}{
		{"we could swing forty bucks a month", 40, "month"},
		{"a hundred dollars is our limit", 100, ""},
		{"maybe three hundred a month tops", 300, "month"},
		{"unos ochenta dólares al mes", 80, "month"},
		{"around two fifty", 250000, ""},
	} {
		as := Amounts(Normalize(c.text))
		require.Len(t, as, 1, c.text)
		require.Equal(t, c.value, as[0].Value, c.text)
		require.Equal(t, c.per, as[0].Per, c.text)
	}
}

// TestAmountsDecadesAreNoPrices: "from the 80s" and "built in the 70s"
// name decades; "something in the 80s" is still a band of prices.
func TestAmountsDecadesAreNoPrices(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"the wiring is from the 80s", "it was built in the 70s and we want out", "desde los 90s nadie la arregla"} {
		require.Empty(t, Amounts(Normalize(s)), s)
	}
	as := Amounts(Normalize("we'd want something in the 80s"))
	require.Len(t, as, 1)
	require.Equal(t, 80000, as[0].Value)
}

// TestAmountsSpanishAreasAreNoPrices: "como 150 metros cuadrados" and
// "200 pies de frente" measure land; "queremos 300 mil" is still money.
func TestAmountsSpanishAreasAreNoPrices(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"la casa tiene como 150 metros cuadrados", "son 200 pies de frente"} {
		require.Empty(t, Amounts(Normalize(s)), s)
	}
	as := Amounts(Normalize("son 200 pies de frente, queremos 300 mil"))
	require.Len(t, as, 1)
	require.Equal(t, 300000, as[0].Value)
}

// TestCommitmentOptionChosenAndSigningOnACondition: an option chosen in
// Spanish ("vamos con la segunda opción", "vamos con el financing"),
// "dale con" the next step and "youse" read as "you" commit; "vamos con
// calma" and a signing offered on a condition ("¿y si firmamos hoy nos
// rebajan algo?") do not.
func TestCommitmentOptionChosenAndSigningOnACondition(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"listo, vamos con la segunda opción", "ok vamos con el financing entonces", "dale con la instalación el lunes",
		"when can youse come start the job?", "we're going with the financing, what's next"} {
		n, _, hedged := Commitment(Normalize(s))
		require.True(t, n >= 2 && !hedged, s)
	}
	for _, s := range []string{"vamos con calma, no hay prisa", "vamos con mi hermano a ver la casa", "¿y si firmamos hoy nos rebajan algo?",
		"si contrato ahora me dan el descuento?"} {
		n, _, hedged := Commitment(Normalize(s))
		require.False(t, n >= 2 && !hedged, s)
	}
}

// TestCommitmentReviewStop39: what the review of stop 39 found. "y dale
// con" is exasperation, a choice still open ("¿vamos con el básico o el
// premium?", "should we go with the financing or cash?") is no
// commitment, "y sí firmo hoy" is one (its accent folded away), and a
// "dale" clause before a break no longer runs past it.
func TestCommitmentReviewStop39(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"¡y dale con los mensajes!", "¿vamos con el básico o el premium? no sé", "should we go with the financing or pay cash?",
		"are we going with the financing or not?"} {
		n, _, hedged := Commitment(Normalize(s))
		require.False(t, n >= 2 && !hedged, s)
	}
	for _, s := range []string{"ok y sí firmo hoy mismo", "dale, lo quiero, ¿cuándo empiezan?"} {
		n, _, hedged := Commitment(Normalize(s))
		require.True(t, n >= 2 && !hedged, s)
	}
}

// TestQuotedLinesReviewStop39: a quote the reply calls the lead's own
// earlier words, and arrows for emphasis, are the lead's; a relayed
// quotation sent to someone else, taken back, or one of two quotations,
// is no relay.
func TestQuotedLinesReviewStop39(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"> take me off your list\nlike I said last week", "> call me\nasked this on monday", ">>> STOP <<<\nplease"} {
		reply, quoted := SplitQuoted(s)
		require.Equal(t, s, reply, s)
		require.Empty(t, quoted, s)
	}
	for _, s := range []string{`my wife wrote "take us off" in the wrong chat, ignore it`, `my son texted "call me" to his girlfriend, not you`,
		`my husband says "sure" and your flyer says "call today"`} {
		require.False(t, HouseholdQuote(s), s)
	}
	require.True(t, HouseholdQuote(`my husband's text: "have someone call us tonight"`))
}

// TestCommitmentUnderDeadline: an order with the cost no object
// ("whatever it costs, send someone today") or to renew ("Renew the
// policy. Same limits.") commits; "renew it?", "should we renew?",
// "whatever it costs is more than we have" and a deadline told with "no
// sé qué vamos a hacer" do not.
func TestCommitmentUnderDeadline(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok whatever it costs, send someone today", "Renew the policy. Same limits as before."} {
		n, _, hedged := Commitment(Normalize(s))
		require.True(t, n >= 2 && !hedged, s)
	}
	for _, s := range []string{"renew it?", "should we renew the plan?", "whatever it costs is more than we have", "se nos vence el seguro el 15 y no sé qué vamos a hacer"} {
		n, _, hedged := Commitment(Normalize(s))
		require.False(t, n >= 2 && !hedged, s)
	}
}

// TestReviewStop39Second: what the second review of stop 39 found. "Will
// go with the financing.", "vamos con el plan premium o como se llame",
// "ya dale con el contrato" and "y dale con el plan" commit; "¿y si
// contratamos el plan anual?" asks. A reply that says "I texted my wife"
// does not make the quote the lead's own; a relayed quotation followed
// by "in case that helps", "a las 5" or "the wrong quotes" still relays.
func TestReviewStop39Second(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Will go with the financing. Thanks!", "vamos con el plan premium o como se llame", "perfecto, ya dale con el contrato",
		"listo y dale con el plan básico"} {
		n, _, hedged := Commitment(Normalize(s))
		require.True(t, n >= 2 && !hedged, s)
	}
	n, _, hedged := Commitment(Normalize("¿y si contratamos el plan anual?"))
	require.False(t, n >= 2 && !hedged)
	reply, quoted := SplitQuoted("> Want us to stop texting?\nI texted my husband, Saturday works")
	require.Equal(t, "I texted my husband, Saturday works", reply)
	require.Equal(t, "Want us to stop texting?", quoted)
	for _, s := range []string{`my wife says "have the owner call us" in case that helps`, `mi esposo dice "que me llame el dueño" a las 5`,
		`my husband says "get a manager to call", he's tired of the wrong numbers you quote`} {
		require.True(t, HouseholdQuote(s), s)
	}
}

// TestReviewStop39Third: what the third review of stop 39 found. A
// refused cost ("whatever it costs, we can't pay it", "cueste lo que
// cueste no lo pago"), "should we go with the financing" and "ya dale
// con los mensajes" commit to nothing; "yes renew it", "whatever it costs
// just get someone out" and "no sé qué haríamos sin ustedes, mándenme el
// contrato" commit. A reply "I told you yesterday" or "te lo dije ayer"
// keeps its quote the lead's; "I already told my wife" does not.
func TestReviewStop39Third(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"whatever it costs, we can't pay it", "cueste lo que cueste no lo pago", "should we go with the financing",
		"ya dale con los mensajes", "¡y dale con la insistencia!"} {
		n, _, hedged := Commitment(Normalize(s))
		require.False(t, n >= 2 && !hedged, s)
	}
	for _, s := range []string{"yes renew it", "whatever it costs just get someone out today", "no sé qué vamos a hacer sin ustedes, mándenme el contrato"} {
		n, _, hedged := Commitment(Normalize(s))
		require.True(t, n >= 2 && !hedged, s)
	}
	for _, s := range []string{"> stop texting me\nI told you yesterday", "> quítenme de su lista\nte lo dije ayer"} {
		_, quoted := SplitQuoted(s)
		require.Empty(t, quoted, s)
	}
	_, quoted := SplitQuoted("> Want us to stop texting?\nI already told my wife, Saturday works")
	require.Equal(t, "Want us to stop texting?", quoted)
}

// TestCreditScoreRangeIsNoPrice: a bare number framed by a range is a
// price in thousands ("looking at homes in Fox Chapel, around 850 to
// 900"), but not right after a credit score is named ("my credit is in
// the 720 range", "mi crédito está en el rango de 700").
func TestCreditScoreRangeIsNoPrice(t *testing.T) {
	t.Parallel()
	got, ok := MaxAmount(Normalize("looking at homes in Fox Chapel, around 850 to 900"))
	require.True(t, ok)
	require.Equal(t, 900000, got)
	for _, s := range []string{"my credit is in the 720 range", "mi crédito está en el rango de 700", "fico's in the 680 range",
		"fico's like 680, so the 650 range", "my score is 680. lender said the 650 range is fine"} {
		a, ok := MaxAmount(Normalize(s))
		require.False(t, ok, "%q read as %d", s, a)
	}
	// a price named after the score's clause, or by a credit union
	for s, want := range map[string]int{"my fico is fine. we want the 800 range": 899000, "credit union approved us for the 850 range": 949000,
		"credit score 760, looking at houses in the 500 range": 599000, "my credit is 720 and we're looking in the 650 range for a house": 749000} {
		requireAmount(t, s, want-99000, want)
	}
}

// requireAmount requires the largest amount of s within [lo, hi].
func requireAmount(t *testing.T, s string, lo, hi int) {
	t.Helper()
	got, ok := MaxAmount(Normalize(s))
	require.True(t, ok, "%q", s)
	require.GreaterOrEqual(t, got, lo, "%q", s)
	require.LessOrEqual(t, got, hi, "%q", s)
}

// requireNoHalfMillion requires that no text reads as half a million or
// more.
func requireNoHalfMillion(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		a, ok := MaxAmount(Normalize(s))
		require.False(t, ok && a >= 500000, "%q read as %d", s, a)
	}
}

// TestHundredsSaidAndMilAlone: "fourteen hundred" and "twenty five
// hundred" are so many hundreds of dollars (the second was read as
// "five hundred", $500,000), "mil trescientos al mes" is 1,300 a month
// (it was 300), and "de 5 a 7 mil" is seven thousand, not seven million;
// a year said in hundreds and a floor area are no money.
func TestHundredsSaidAndMilAlone(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]int{
		"payment cant go over fourteen hundred":       1400,
		"the deductible which is twenty five hundred": 2500,
		"pagamos mil trescientos al mes":              1300,
		"el enganche es de mil quinientos dolares":    1500,
		"el presupuesto es de 5 a 7 mil para el año":  7000,
		"twenty five hundred a month is our ceiling":  2500,
	} {
		requireAmount(t, s, want, want)
	}
	requireNoHalfMillion(t, "the deductible which is twenty five hundred", "el presupuesto es de 5 a 7 mil para el año")
	for _, s := range []string{"built in nineteen hundred and five", "about fourteen hundred square feet", "tengo mil cosas que hacer"} {
		_, ok := MaxAmount(Normalize(s))
		require.False(t, ok, "%q holds no amount", s)
	}
	a := Amounts(Normalize("pagamos mil trescientos al mes"))
	require.Len(t, a, 1)
	require.Equal(t, "month", a[0].Per)
}

// TestRangesAndAddressesInHundreds: a range's low end takes its high
// end's scale ("8 to 10 thousand", "de 5 a 7 mil", "between 300 and
// 350k"); an address or a year said in hundreds is no money.
func TestRangesAndAddressesInHundreds(t *testing.T) {
	t.Parallel()
	for s, want := range map[string][2]int{
		"budget is 8 to 10 thousand": {8000, 10000},
		"de 5 a 7 mil":               {5000, 7000},
		"between 300 and 350k":       {300000, 350000},
	} {
		a := Amounts(Normalize(s))
		require.Len(t, a, 1, "%q", s)
		require.Equal(t, want, [2]int{a[0].Value, a[0].High}, "%q", s)
	}
	for _, s := range []string{"we live at twenty two hundred Main street", "the house was built around nineteen hundred", "le faltan mil doscientas cosas"} {
		for _, a := range Amounts(Normalize(s)) {
			require.False(t, a.Explicit && a.Value >= 1000 && a.Value < 10000, "%q read as %+v", s, a)
		}
	}
}

// TestRangeSaidShortAndMilDe: "3 to 400k" is 300,000 to 400,000 (the low
// end said short), "mil quinientos de entrada" is 1,500, and "fifteen
// hundred to drive out here" is money, not an address.
func TestRangeSaidShortAndMilDe(t *testing.T) {
	t.Parallel()
	a := Amounts(Normalize("we were thinking 3 to 400k"))
	require.Len(t, a, 1)
	require.Equal(t, [2]int{300000, 400000}, [2]int{a[0].Value, a[0].High})
	requireAmount(t, "puedo dar mil quinientos de entrada", 1500, 1500)
	requireAmount(t, "they want fifteen hundred to drive out here", 1500, 1500)
}

// TestRangeAsSaidAndStreetSuffix: "5 a 60 mil" and "1 to 15k" are as
// said, "twenty one hundred oak drive" is an address, and "de mil
// novecientos dolares al mes" is 1,900 a month.
func TestRangeAsSaidAndStreetSuffix(t *testing.T) {
	t.Parallel()
	for s, want := range map[string][2]int{"nuestro presupuesto es de 5 a 60 mil": {5000, 60000}, "repairs from 1 to 15k": {1000, 15000}} {
		a := Amounts(Normalize(s))
		require.Len(t, a, 1, "%q", s)
		require.Equal(t, want, [2]int{a[0].Value, a[0].High}, "%q", s)
	}
	require.Empty(t, Amounts(Normalize("la casa esta en twenty one hundred oak drive")))
	requireAmount(t, "el pago es de mil novecientos dolares al mes", 1900, 1900)
}

// TestFourthReviewAmounts: "la renta es de mil novecientos" is 1,900
// (only tens after the hundreds make a year, and a year's words are not
// read again as thousands); a range's low end said short is scaled when
// the high end is said in hundreds ("between 15 and 600k"); "twenty five
// hundred way too much" and "fifteen hundred court fees" are money.
func TestFourthReviewAmounts(t *testing.T) {
	t.Parallel()
	requireAmount(t, "la renta es de mil novecientos", 1900, 1900)
	requireNoHalfMillion(t, "la casa es de mil novecientos ochenta y tiene tres cuartos", "le faltan mil doscientas cosas")
	a := Amounts(Normalize("between 15 and 600k"))
	require.Len(t, a, 1)
	require.Equal(t, [2]int{150000, 600000}, [2]int{a[0].Value, a[0].High})
	q := Amounts(Normalize("they quoted twenty five hundred way too much"))
	require.Len(t, q, 1)
	require.Equal(t, 2500, q[0].Value)
	requireAmount(t, "fifteen hundred court fees", 1500, 1500)
}

// TestCommitmentSendersFirstStep (stop 47): "tell me what comes first on
// your end" asks for the sender's next step; the same words read about,
// or asked out of curiosity, do not.
func TestCommitmentSendersFirstStep(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"We go live in April. Show me what happens first on your side and we'll block the time.", "ok tell me what comes next from your end"} {
		l, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, l, 2, "%q", s)
	}
	for _, s := range []string{"I read what comes first on your end in the FAQ, seems slow.", "Can you tell me what happens first on your side? Just curious how onboarding works."} {
		l, _, _ := Commitment(Normalize(s))
		require.Less(t, l, 2, "%q", s)
	}
}

// TestJustSetItUp: "just set it up" opening its clause is an order given
// (blind77's class, after it was measured); asked on a condition, told of
// someone else, or of the lead's own doing, it is not.
func TestJustSetItUp(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"no need to shop around, just set it up, we close friday", "ok just set it up", "go ahead and set it up for us"} {
		level, _, _ := Commitment(Normalize(s))
		require.GreaterOrEqual(t, level, 2, "%q commits", s)
	}
	for _, s := range []string{"if I buy it can you just set it up", "my son will just set it up for me when he visits",
		"we'd just set it up ourselves, what's the price"} {
		level, _, _ := Commitment(Normalize(s))
		require.Less(t, level, 2, "%q commits to nothing", s)
	}
}
