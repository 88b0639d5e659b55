package qualify_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/qualify"
)

// TestAnswersToTheQuestionAsked: a bare answer fills the field the
// assistant's last question asked about, and only that one; the same
// words with no question, or after a question about something else,
// fill nothing.
func TestAnswersToTheQuestionAsked(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct {
		schema   qualify.Schema
		question string
		answer   string
		field    qualify.Field
		want     string
	}{
		{qualify.BANT, "What price range are you looking in?", "probably 300 to 340", qualify.Budget, "$300,000-$340,000"},
		{qualify.BANT, "Thanks for your inquiry! What are you looking to do?", "Buy a two-family in the Bronx, live in one unit and rent the other", qualify.Need, "buy a two family in the bronx"},
		// two words the next clause explains, when the trouble comes
		// included ("they text me")
		{qualify.B2B, "Got it. What's the biggest headache right now?", "Swapping shifts. Right now they text me at 11pm asking who can cover Saturday", qualify.UseCaseFit, "swapping shifts right now they text me"},
		{qualify.BANT, "¿Qué quiere hacer con la casa?", "pagarla más rápido, el interés está muy alto", qualify.Need, "pagarla mas rapido"},
		{qualify.BANT, "Will anyone else be deciding with you?", "nope, just me", qualify.Authority, "decision maker"},
		{qualify.BANT, "¿Usted decide sola o con alguien más?", "nosotros dos", qualify.Authority, "joint decision"},
		// "who'll be signing?" asks who decides as much as "who decides?"
		{qualify.BANT, "Who'll be signing for the policy?", "me, it's my shop. my nephew just helps out", qualify.Authority, "decision maker"},
		{qualify.BANT, "¿Quién va a firmar el contrato?", "yo mero", qualify.Authority, "decision maker"},
		{qualify.BANT, "What would you use the loan for?", "a new roof and paying off a truck", qualify.Need, "a new roof and paying off a truck"},
		{qualify.BANT, "¿Cuánto quisiera pagar al mes?", "máximo 180 al mes", qualify.Budget, "$180/month"},
		{qualify.RealEstate, "What would you want to get for the house?", "like 215", qualify.Price, "around $215,000"},
		{qualify.B2B, "How many reps are on your team?", "about 40", qualify.CompanySize, "40"},
		{qualify.RealEstate, "Why are you thinking of selling?", "the hill out front is too much for my knees now", qualify.Motivation, "the hill out front"},
		{qualify.BANT, "When does your policy renew?", "june 1", qualify.Timeline, "june 1"},
		{qualify.BANT, "What are you paying now?", "1,900 a year", qualify.Budget, "$1,900"},
		{qualify.B2B, "How many folks would use it?", "30ish", qualify.CompanySize, "30"},
		{qualify.B2B, "What's your title there?", "ops supervisor, I'd be running it", qualify.Role, "ops supervisor"},
		// a kind or a choice asked for: the answer is the need, in a word
		{qualify.BANT, "Thanks! What type of coverage are you after?", "renters, for my apartment", qualify.Need, "renters for my apartment"},
		{qualify.BANT, "¿Lo busca para usted o para toda la familia?", "para mi esposa y yo", qualify.Need, "para mi esposa y yo"},
		{qualify.BANT, "Are you shopping for a purchase or a refinance?", "refi", qualify.Need, "refi"},
		// a longer answer to "when" that names a date
		{qualify.BANT, "When would you want coverage to start?", "current policy is good thru march 3 so anytime after", qualify.Timeline, "march 3"},
		{qualify.RealEstate, "¿Para cuándo le gustaría tenerla vendida?", "mi abogado calcula que pa'l verano ya estaría todo listo", qualify.Timeline, "verano"},
		// the size of the company, asked as how big
		{qualify.B2B, "Roughly how big is the company?", "~80", qualify.CompanySize, "80"},
		{qualify.B2B, "¿Cuántas personas sois en el equipo?", "somos unos 40", qualify.CompanySize, "40"},
		// owning the place answers who decides
		{qualify.BANT, "Is this your home, or are you renting?", "own it", qualify.Authority, "decision maker"},
		{qualify.BANT, "Are you the homeowner?", "yep it's my house", qualify.Authority, "decision maker"},
		{qualify.BANT, "Thanks for reaching out! What project did you have in mind?", "new patio out back with some lighting", qualify.Need, "new patio out back"},
		{qualify.BANT, "Lo siento. ¿Qué le pasa al equipo?", "hace un ruido horrible cuando arranca", qualify.Need, "hace un ruido horrible"},
		// agreement before the answer: "Sure. ..."
		{qualify.BANT, "What would you use the funds for?", "Sure. Mostly to pay off the truck and a couple cards", qualify.Need, "mostly to pay off the truck"},
		// the problem asked about
		{qualify.BANT, "What's the main problem you're hoping to fix?", "the upstairs bathroom never gets any pressure", qualify.Need, "upstairs bathroom never gets any pressure"},
		// "your own home", "what's the project", an estimate kept as written
		{qualify.BANT, "Great. Is this for your own home?", "yeah mine", qualify.Authority, "decision maker"},
		{qualify.BANT, "You asked about a HELOC, what's the project?", "roof and windows", qualify.Need, "roof and windows"},
		{qualify.BANT, "Got it, thanks. How much are you hoping to pull out?", "40ish", qualify.Budget, "40ish"},
		// the opening question about what brings them
		{qualify.B2B, "You asked about password management for teams. What's prompting the search?", "an intern pasted our AWS root login into a public slack channel", qualify.UseCaseFit, "an intern pasted our aws root login"},
	} {
		hist := []qualify.Turn{{Text: "Hi, thanks for reaching out."}, {FromLead: true, Text: "hi"}, {Text: tc.question}}
		vals, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: tc.schema, Text: tc.answer, History: hist})
		require.NoError(t, err)
		got := map[qualify.Field]string{}
		for _, v := range vals {
			got[v.Field] = v.Value
			require.GreaterOrEqual(t, v.Confidence, 0.6, "%q after %q: %s", tc.answer, tc.question, v.Field)
		}
		require.Contains(t, got[tc.field], tc.want, "%q after %q", tc.answer, tc.question)
		// with no question, or after one about something else, the
		// lenient reading of a bare answer fills nothing (the learned
		// field model may still read the message as stating the field:
		// the rows it learned from label "june 1" a timeline)
		ex := qualify.NewRuleExtractor(&qualify.ExtractorConfig{NoModel: true})
		alone, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: tc.schema, Text: tc.answer})
		other, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: tc.schema, Text: tc.answer,
			History: []qualify.Turn{{Text: "Is this still a good number for you?"}}})
		for _, v := range append(alone, other...) {
			// (a bare number alone is read as a price or budget anyway,
			// a title alone as a role, "ops supervisor", and "somos unos
			// 40", we are about 40, as the company's size)
			if v.Field == tc.field && tc.field != qualify.Budget && tc.field != qualify.Price && tc.field != qualify.Role &&
				!(tc.field == qualify.CompanySize && strings.HasPrefix(tc.answer, "somos")) {
				t.Errorf("%q with no question about %s still filled it: %q", tc.answer, tc.field, v.Value)
			}
		}
	}
	// a call being scheduled is no timeline for the deal, someone else on
	// the loan is not the lead deciding, and "a little of everything"
	// names no need
	for _, tc := range []struct{ question, answer string }{
		{"Great, Ana will give you a call. When's a good time?", "tomorrow morning"},
		{"Let me have our LO call you with a side-by-side. When works?", "friday after 2"},
		{"Is there anyone else on the current loan?", "my ex is still on it actually"},
		{"What's the main thing you want to fix in your process?", "honestly a little of everything"},
		{"What would you use it for?", "I'll explain later, at the gym rn"},
	} {
		vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: tc.answer,
			History: []qualify.Turn{{Text: tc.question}}})
		require.Empty(t, vals, "%q after %q", tc.answer, tc.question)
	}
	// a hedge or a vague answer states nothing even when asked
	for _, s := range []string{"idk, depends", "maybe, not sure yet", "few things", "just seeing what's out there", "ill explain later",
		"I'd rather not get into that", "honestly that's private", "just weighing my options", "hmm why do you ask"} {
		vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: s,
			History: []qualify.Turn{{Text: "What would you use it for, and why are you selling?"}}})
		require.Empty(t, vals, "%q", s)
	}
}

// TestSoloIsASizeOnlyInEnglish: "solo" names a one-person business in
// English ("solo practice", "I'm solo") and means "just" in Spanish
// ("solo estoy viendo opciones"), which states no company size.
func TestSoloIsASizeOnlyInEnglish(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	size := func(s string) string {
		vals, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.B2B, Text: s})
		require.NoError(t, err)
		for _, v := range vals {
			if v.Field == qualify.CompanySize {
				return v.Value
			}
		}
		return ""
	}
	require.NotEmpty(t, size("it's a solo practice, just me and a part-time assistant"))
	require.NotEmpty(t, size("I'm solo right now"))
	require.Empty(t, size("hola, solo estoy viendo opciones por ahora"))
	require.Empty(t, size("solo quería saber el precio"))
}

// TestWhoDecidesInOtherWords: whose the place is and who approves, asked
// in other words ("the only owner?", "¿está a su nombre?", "is it your
// house?", "the one approving?"), and a check with someone else, asked or
// not ("I'd have to check with my manager", "tengo que preguntarle a mi
// esposo"), state the authority; "why do you ask?" states none.
func TestWhoDecidesInOtherWords(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ question, answer string }{
		{"Are you the only owner, or is there a co-owner?", "just me since my husband passed"},
		{"¿La casa está a su nombre?", "a nombre mío y de mi hermano"},
		{"¿Usted es el dueño?", "no, es de mi papá y tengo que consultarle a él"},
		{"Is it your place?", "me and my sister own it together"},
		{"Would you or your dad be the one approving the quote?", "he'll let me decide"},
		{"Who else is involved?", "I'd need to check with my manager"},
		{"ok", "tengo que preguntarle a mi esposa primero"},
		{"ok", "my wife decides this kind of thing"},
		{"ok", "we need the green light from corporate"},
	} {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: tc.answer,
			History: []qualify.Turn{{Text: tc.question}}})
		require.NoError(t, err)
		require.True(t, hasField(vs, qualify.Authority), "%q after %q states who decides: %v", tc.answer, tc.question, vs)
	}
	for _, tc := range []struct{ question, answer string }{
		{"What's your role on the team?", "hmm why do you ask"},
		{"Any questions about your pre-approval letter?", "not yet, we're still looking on weekends"},
		{"ok", "asking for my brother, he's self-employed"},
	} {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: tc.answer,
			History: []qualify.Turn{{Text: tc.question}}})
		require.NoError(t, err)
		require.False(t, hasField(vs, qualify.Authority), "%q after %q states nobody deciding: %v", tc.answer, tc.question, vs)
	}
}

// hasField reports whether vs sets f.
func hasField(vs []qualify.Value, f qualify.Field) bool {
	for _, v := range vs {
		if v.Field == f {
			return true
		}
	}
	return false
}

// TestPurposeSizeTitleAndDay: a short answer to what the money is for
// ("kitchen redo"), to what prompted the inquiry, to who handles a job;
// people counted by another name ("15 guys"), a title alone ("VP Sales.")
// and a day of the month after "when" ("the 15th") state their fields; a
// one-word or vague answer to what it is for does not ("work stuff").
func TestPurposeSizeTitleAndDay(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "What would you put the funds toward? What would you use them for?", "bathroom remodel", qualify.Need},
		{qualify.BANT, "May I ask what prompted you to look into coverage?", "Good morning. My sister just had a scare and it got me thinking about my own kids", qualify.Need},
		{qualify.B2B, "What are you hoping the app helps with?", "scheduling the crews without a whiteboard", qualify.UseCaseFit},
		{qualify.B2B, "Who handles the scheduling on your side?", "that would be me, plus the books", qualify.Role},
		{qualify.B2B, "How big is the crew?", "about 12 guys in the busy season", qualify.CompanySize},
		{qualify.B2B, "Tell me a bit about yourself?", "Director of Ops. Mid-size clinic group.", qualify.Role},
		{qualify.BANT, "When does the current policy end?", "the 3rd", qualify.Timeline},
	})
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ question, answer string }{
		{"What would you use it for?", "work stuff"},
		{"What brought you to our site today?", "just poking around"},
	} {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.B2B, Text: tc.answer,
			History: []qualify.Turn{{Text: tc.question}}})
		require.NoError(t, err)
		require.False(t, hasField(vs, qualify.UseCaseFit), "%q after %q states no need: %v", tc.answer, tc.question, vs)
	}
}

// TestJustMeAndBothSign: "nah just me" and "no, solo yo" answer who else
// is on the deal with the lead alone; "we both have to sign off" is a
// joint decision.
func TestJustMeAndBothSign(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct{ question, answer, want string }{
		{"Anyone applying with you?", "nah just me", "decision maker"},
		{"¿Alguien más está en el préstamo?", "no, solo yo", "decision maker"},
		{"Is it just you, or do you have a partner?", "my cousin and I, we both have to sign off", "joint decision"},
		{"", "los dos tenemos que firmar", "joint decision"},
		// the lead alone on the title or the loan
		{"Is it just you on the loan, or a co-borrower too?", "Just me. Only name on the title, my decision.", "decision maker"},
		{"", "it's only in my name", "decision maker"},
		{"", "my wife and I are both on the title", "joint decision"},
		// "it's ours" ends its clause; "es nuestra primera casa" is
		// "it's our first house", no say
		{"", "sí, la casa es mía", "decision maker"},
		{"¿Busca comprar casa o refinanciar?", "Comprar, es nuestra primera casa", ""},
	} {
		in := qualify.ExtractInput{Schema: qualify.BANT, Text: tc.answer}
		if tc.question != "" {
			in.History = []qualify.Turn{{Text: tc.question}}
		}
		vs, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		got := ""
		for _, v := range vs {
			if v.Field == qualify.Authority {
				got = v.Value
			}
		}
		require.Equal(t, tc.want, got, "%q after %q", tc.answer, tc.question)
	}
}

// TestMoneyAskedAsPremium: a premium, what the lead could manage or is
// comfortable with asks the budget; the answer fills it.
func TestMoneyAskedAsPremium(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, q := range []string{"What monthly premium could you manage?", "What could you manage each month?", "¿Qué cuota le quedaría cómoda?"} {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: "350 tops", History: []qualify.Turn{{Text: q}}})
		require.NoError(t, err)
		require.True(t, hasField(vs, qualify.Budget), "%q answers %q: %v", "350 tops", q, vs)
	}
}

// TestFirstPlaceAndOldRoofInSpanish: a first place to buy, tired of
// renting, is the need; an old roof or missing paint said in Spanish is
// the condition; "me mandaron una oferta" is no relocation.
func TestFirstPlaceAndOldRoofInSpanish(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	get := func(s qualify.Schema, text string) []qualify.Value {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: s, Text: text})
		require.NoError(t, err)
		return vs
	}
	require.True(t, hasField(get(qualify.BANT, "yes! first place, we're so done renting"), qualify.Need))
	require.True(t, hasField(get(qualify.RealEstate, "el techo ya tiene sus años"), qualify.Condition))
	require.True(t, hasField(get(qualify.RealEstate, "por dentro bien, le falta pintura nomás"), qualify.Condition))
	require.False(t, hasField(get(qualify.RealEstate, "los de enfrente ya me mandaron una oferta"), qualify.Motivation))
	require.True(t, hasField(get(qualify.RealEstate, "me mandaron a Houston por el trabajo"), qualify.Motivation))
}

// TestProviderMessingUpAndEitherOr: a provider that keeps messing up is
// the need; "X, Y, or both?" asks for a kind, answered in a word.
func TestProviderMessingUpAndEitherOr(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: "our payroll company keeps messing up the state filings"})
	require.NoError(t, err)
	require.True(t, hasField(vs, qualify.Need), "%v", vs)
	vs, err = ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.B2B, Text: "scheduling mostly",
		History: []qualify.Turn{{Text: "Is it for scheduling, invoicing, or both?"}}})
	require.NoError(t, err)
	require.True(t, hasField(vs, qualify.UseCaseFit), "%v", vs)
}

// TestWhoKnowsAndVehicles: "who knows" and "not really thinking about it"
// hedge, so they state nothing; the vehicles asked for are the need.
func TestWhoKnowsAndVehicles(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: "I'm not really thinking about it. was just curious",
		History: []qualify.Turn{{Text: "Mind if I ask what's got you thinking about selling?"}}})
	require.NoError(t, err)
	require.False(t, hasField(vs, qualify.Motivation), "%v", vs)
	vs, err = ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: "maybe in a couple years? who knows"})
	require.NoError(t, err)
	for _, v := range vs {
		require.Less(t, v.Confidence, 0.6, "a hedged %s is no confident field", v.Field)
	}
	vs, err = ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: "2018 tacoma and my daughter's old corolla",
		History: []qualify.Turn{{Text: "What vehicles are we quoting?"}}})
	require.NoError(t, err)
	require.True(t, hasField(vs, qualify.Need), "%v", vs)
}

// TestDev17Fields: fields dev17 showed in other words: damage listed part
// by part ("carpet shot, windows busted, holes in the walls"), a sheet
// that falls apart, a transfer in the present ("lo trasladan a Houston por
// su trabajo"), "I'll be the one paying for and approving it", a
// landlord, the pain point asked for, "how can we help?", "what coverage
// are you looking for?", "a date you need it by?" answered with "the
// 1st", a holiday as the deadline; a holiday in the past is none.
func TestDev17Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.RealEstate, "", "rough. carpet shot, a window busted, holes in the bedroom walls", qualify.Condition},
		{qualify.B2B, "", "scheduling lives in a google sheet and it falls apart every week", qualify.UseCaseFit},
		{qualify.RealEstate, "", "a mi esposo lo trasladan a Dallas por su trabajo", qualify.Motivation},
		{qualify.BANT, "", "I'll be the one paying for and approving it", qualify.Authority},
		{qualify.B2B, "What's the biggest pain point right now?", "los horarios, todo en papel y cada lunes es un desmadre", qualify.UseCaseFit},
		{qualify.BANT, "Hello! How can we help?", "my mother can't get in and out of the tub anymore since her surgery", qualify.Need},
		{qualify.BANT, "What coverage are you looking for?", "general liability and workers comp", qualify.Need},
		{qualify.BANT, "Is there a date you need it by?", "the lease starts the 1st", qualify.Timeline},
		{qualify.BANT, "When would you like it done?", "we'd love it finished before Thanksgiving, family is coming", qualify.Timeline},
	})
	vs, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate,
		Text: "my daughter has been after me about it since Christmas, she lives in Atlanta now", History: []qualify.Turn{{Text: "Is there a timeframe you'd have in mind?"}}})
	require.NoError(t, err)
	require.False(t, hasField(vs, qualify.Timeline), "%v", vs)
}

// TestDev18Fields: fields dev18 showed in other words: a Spanish spending
// cap ("no puedo gastar más de 4,500"), "need it covered", "somos como
// 9", falling behind on the mortgage in Spanish, a seller worn out ("I
// don't have it in me to find another tenant").
func TestDev18Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "no puedo gastar más de 3,000 en la reparación", qualify.Budget},
		{qualify.BANT, "", "just bought a used camry and need it covered", qualify.Need},
		{qualify.B2B, "", "somos como 12 en la oficina", qualify.CompanySize},
		{qualify.RealEstate, "", "me atrasé con la hipoteca tres meses", qualify.Motivation},
		{qualify.RealEstate, "", "honestly I don't have it in me to find another tenant", qualify.Motivation},
	})
	vs, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: qualify.B2B, Text: "somos como familia aquí"})
	require.NoError(t, err)
	require.False(t, hasField(vs, qualify.CompanySize), "%v", vs)
}

// stated is a message, the question it answers ("" for none), and a
// field it states.
type stated struct {
	schema           qualify.Schema
	question, answer string
	field            qualify.Field
}

// requireStated checks that each answer, after its question, states its
// field by the rules alone, with the schema's confidence: a class of cues
// must not pass on the learned field model's say.
func requireStated(t *testing.T, cases []stated) {
	t.Helper()
	ex := qualify.NewRuleExtractor(&qualify.ExtractorConfig{NoModel: true})
	for _, tc := range cases {
		in := qualify.ExtractInput{Schema: tc.schema, Text: tc.answer}
		if tc.question != "" {
			in.History = []qualify.Turn{{Text: tc.question}}
		}
		vs, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		require.True(t, slices.ContainsFunc(vs, func(v qualify.Value) bool { return v.Field == tc.field && v.Confidence >= tc.schema.MinConfidence }),
			"%q after %q states %s: %v", tc.answer, tc.question, tc.field, vs)
	}
}

// requireNotStated checks that no answer, after its question, states
// its field.
func requireNotStated(t *testing.T, cases []stated) {
	t.Helper()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range cases {
		in := qualify.ExtractInput{Schema: tc.schema, Text: tc.answer}
		if tc.question != "" {
			in.History = []qualify.Turn{{Text: tc.question}}
		}
		vs, err := ex.Extract(context.Background(), in)
		require.NoError(t, err)
		require.False(t, hasField(vs, tc.field), "%q after %q states no %s: %v", tc.answer, tc.question, tc.field, vs)
	}
}

// TestDev19Fields: hurricane damage in Spanish and a roof "basically a
// blue tarp", a practice owned ("I own a small dental clinic"), "eight of
// us", what the lead wants taken off their plate.
func TestDev19Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.RealEstate, "", "tiene damage del huracán", qualify.Condition},
		{qualify.RealEstate, "", "the roof is basically a blue tarp now", qualify.Condition},
		{qualify.B2B, "", "I own a small dental clinic", qualify.Role},
		{qualify.B2B, "", "eight of us including me", qualify.CompanySize},
		{qualify.B2B, "What's the main thing you'd want us to take off your plate?", "answering patient texts after hours", qualify.UseCaseFit},
	})
}

// TestDev20Fields: reasons to sell a doctor or a grown child gave
// ("shouldn't climb stairs", "my son wants us nearer"), questions about
// the reason ("what's got you thinking about selling?", "¿qué la motiva
// a vender?") and about the owner ("you're the one making the call?",
// "it's your house?"), "the quicker the better" in Spanish, a seasonal
// deadline in Spanish, a closing on a day, a choice between kinds of
// insurance, and what a product would replace.
func TestDev20Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.RealEstate, "", "the doctor said I shouldn't climb stairs with these knees", qualify.Motivation},
		{qualify.RealEstate, "", "my cardiologist says no more steps for me", qualify.Motivation},
		{qualify.RealEstate, "", "my son wants us nearer to him up in Ohio", qualify.Motivation},
		{qualify.RealEstate, "", "mis hijos quieren que viva más cerca de ellos", qualify.Motivation},
		{qualify.RealEstate, "So what's got you thinking about selling?", "honestly we just want a fresh start somewhere new", qualify.Motivation},
		{qualify.RealEstate, "¿Y qué la motiva a vender?", "pues a mi marido lo contrataron en Dallas", qualify.Motivation},
		{qualify.BANT, "You're the one making the call on this?", "yes that's me", qualify.Authority},
		{qualify.BANT, "It's your house, right?", "yep my house, bought it in 09", qualify.Authority},
		{qualify.RealEstate, "", "entre más pronto mejor la verdad", qualify.Timeline},
		{qualify.RealEstate, "", "quisiera cerrar antes de que empiece la temporada de lluvias", qualify.Timeline},
		{qualify.BANT, "", "we close on the 9th so the policy has to be in place", qualify.Timeline},
		{qualify.BANT, "¿Busca seguro de auto o de casa?", "de casa, la acabamos de comprar", qualify.Need},
		{qualify.BANT, "Life or health coverage?", "life, I've got two little ones", qualify.Need},
		{qualify.B2B, "What would Acme be replacing for you?", "a mess of spreadsheets and email threads", qualify.UseCaseFit},
		{qualify.B2B, "¿Qué usan ahora para eso?", "pura hoja de excel y mensajes de whatsapp", qualify.UseCaseFit},
	})
}

// TestDev21Fields: "sometime this spring" answers when even with "no
// rush" after it, tired of tenants in Spanglish, no cover at all is a
// need; someone else's price or quote is no price or budget of the lead's.
func TestDev21Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "sometime this summer, not in a rush", qualify.Timeline},
		{qualify.RealEstate, "", "la neta estoy cansada de los renters, siempre pagan tarde", qualify.Motivation},
		{qualify.BANT, "", "we've got zero coverage right now", qualify.Need},
		{qualify.BANT, "", "no tenemos seguro de ningún tipo", qualify.Need},
	})
	requireNotStated(t, []stated{
		{qualify.BANT, "", "condos in that building are going for like 480k now, wild", qualify.Budget},
		{qualify.BANT, "", "my brother in law paid 11k for his furnace, is that normal", qualify.Budget},
		{qualify.RealEstate, "", "the roofer quoted 18k for a full tear off", qualify.Price},
		{qualify.RealEstate, "", "houses on our street sold for 300 last year", qualify.Price},
	})
}

// TestNumberThatWouldWork: a floor after "wouldn't go lower" or "won't
// take below" is the price; a friend's sale before the lead's own floor
// does not hide the floor.
func TestNumberThatWouldWork(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.RealEstate, "Is there a figure that would make it worth your while?", "I wouldn't go lower than 275", qualify.Price},
		{qualify.RealEstate, "", "my cousin sold hers for way too little so I want three twenty minimum", qualify.Price},
	})
}

// TestDev22BANT: equipment trouble in plain words is the need ("the AC
// is blowing warm air", "furnace makes a grinding noise", "sump pump
// quit", "se tapó el fregadero", "la nevera no está enfriando"); someone
// else's approval or payment in other words is authority (a landlord
// who pays, a power of attorney, an owner who approves, an association
// that must approve, purchases that go through a board).
func TestDev22BANT(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "upstairs AC is blowing warm air again", qualify.Need},
		{qualify.BANT, "", "furnace makes a grinding noise when it starts", qualify.Need},
		{qualify.BANT, "", "the sump pump quit last night", qualify.Need},
		{qualify.BANT, "", "se tapó el fregadero y no baja nada", qualify.Need},
		{qualify.BANT, "", "la nevera del negocio no está enfriando", qualify.Need},
		{qualify.BANT, "", "my landlord said he'd cover it if you send him the quote", qualify.Authority},
		{qualify.BANT, "", "my brother holds power of attorney for mom", qualify.Authority},
		{qualify.BANT, "", "the building owner is the one who approves any repairs", qualify.Authority},
		{qualify.BANT, "", "la junta de condominio tiene que aprobar cualquier cambio", qualify.Authority},
		{qualify.BANT, "", "every purchase goes through our finance committee", qualify.Authority},
	})
}

// TestDev25BANT: a date written as month and day ("renewal is Oct 31",
// "lease is up August 31", "antes del 15 de diciembre") is the timeline;
// "whatever it takes", "lo que cueste", "money isn't the issue" state a
// budget; an owner who signs the checks, "él decide al final", partners
// who vote, parents who approve and a co-signer are authority. A
// coverage limit, a payment's increase, a debt and an approval limit
// are no budget, and a policy that doesn't cover something is no one's
// approval.
func TestDev25BANT(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "our current contract renews Nov 30 and I'm not renewing", qualify.Timeline},
		{qualify.BANT, "", "the lease is up August 31 no matter what", qualify.Timeline},
		{qualify.BANT, "", "tenemos que cerrar antes del 20 de enero", qualify.Timeline},
		{qualify.BANT, "", "honestly whatever it takes to fix this", qualify.Budget},
		{qualify.BANT, "", "lo que cueste, pero que venga hoy", qualify.Budget},
		{qualify.BANT, "", "money isn't the issue, time is", qualify.Budget},
		{qualify.BANT, "", "I run the crew but the owner signs the checks", qualify.Authority},
		{qualify.BANT, "", "yo busco las opciones pero él decide al final", qualify.Authority},
		{qualify.BANT, "", "the partners vote on anything like this", qualify.Authority},
		{qualify.BANT, "", "my parents want to approve whatever we pick", qualify.Authority},
		{qualify.BANT, "", "mi tía va a ser co-signer en el préstamo", qualify.Authority},
	})
	requireNotStated(t, []stated{
		{qualify.BANT, "", "the client wants a $2M liability certificate before we start", qualify.Budget},
		{qualify.BANT, "", "my payment is going to jump by about 450 next year", qualify.Budget},
		{qualify.BANT, "", "we have about 35k in credit card debt we want to roll in", qualify.Budget},
		{qualify.BANT, "", "the condo association policy doesn't cover the inside of units", qualify.Authority},
	})
}

// TestDev24Fields: a heater that won't turn on in Spanish, "we own the
// home", "my wife and I have agreed", "me van a transferir", a permit
// refused without insurance, "perdemos todo" are stated; "kids are in
// school here" is no timeline, and "no idea, could be next year" hedges.
func TestDev24Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "la secadora no prende desde el lunes", qualify.Need},
		{qualify.BANT, "", "yes we own the house, since 2011", qualify.Authority},
		{qualify.BANT, "", "my husband and I have agreed on a max already", qualify.Authority},
		{qualify.RealEstate, "", "a mi esposo lo van a transferir a Monterrey", qualify.Motivation},
		{qualify.BANT, "", "the venue won't let us set up without liability insurance", qualify.Need},
		{qualify.B2B, "", "cada vez que un vendedor renuncia perdemos todos sus contactos", qualify.UseCaseFit},
		{qualify.B2B, "", "todo va por correo y se nos pierden los pedidos", qualify.UseCaseFit},
	})
	requireNotStated(t, []stated{
		{qualify.BANT, "", "depende de lo que cueste, la verdad", qualify.Budget},
		{qualify.RealEstate, "", "we're staying put, the kids are in school here", qualify.Timeline},
	})
	vs, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: "no idea man, could be next year"})
	require.NoError(t, err)
	for _, v := range vs {
		require.Less(t, v.Confidence, 0.7, "%v is hedged", v)
	}
}

// TestDev30BANT: someone who handles the lead's finances or insurance,
// a policy that lapses on a day of the month, equipment not pumping and
// water coming through a ceiling are stated; an approval limit named
// before whoever approves, a premium that went up, and another
// contractor's quote are no budget.
func TestDev30BANT(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "", "my daughter handles my finances these days", qualify.Authority},
		{qualify.BANT, "", "honestly my wife manages all the insurance stuff", qualify.Authority},
		{qualify.BANT, "", "la póliza vieja se vence el 28", qualify.Timeline},
		{qualify.BANT, "", "la bomba del pozo no está bombeando", qualify.Need},
		{qualify.BANT, "", "there's water coming through the bathroom fan", qualify.Need},
	})
	requireNotStated(t, []stated{
		{qualify.BANT, "", "I'm the office manager. Anything over 5k goes up to the owner though.", qualify.Budget},
		{qualify.BANT, "", "my premium went up $45 this year for no reason", qualify.Budget},
		{qualify.BANT, "", "otro plomero me dijo 6 mil por todo", qualify.Budget},
	})
}

// TestAdoptedAmount: someone else's amount that the lead then takes up
// ("so something around there") is the lead's budget.
func TestAdoptedAmount(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "Do you have a budget range in mind?", "my brother paid 12k for his last year so something around that", qualify.Budget},
	})
}

// TestDev28Fields: staff counted by their trade ("25 cleaners"), a
// choice of kinds asked with commas ("buying, refinancing, or just
// exploring?"), "¿qué problema quieren resolver?", "¿qué rango le queda
// cómodo?", and a Spanish approver after the verb ("la compra la autoriza
// mi papá").
func TestDev28Fields(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.B2B, "", "tenemos como 40 housekeepers en tres hoteles", qualify.CompanySize},
		{qualify.BANT, "Are you buying, refinancing, or just looking?", "refinancing, rates dropped", qualify.Need},
		{qualify.B2B, "¿Qué problema quieren resolver?", "que las citas no se crucen entre las dos clínicas", qualify.UseCaseFit},
		{qualify.BANT, "Suele costar entre $150 y $250 al mes. ¿Qué rango le queda cómodo?", "hasta 200 está bien", qualify.Budget},
		{qualify.BANT, "", "yo escojo pero la compra la autoriza mi suegro", qualify.Authority},
	})
}

// TestRentalIOwn: "it's a rental I own" is authority.
func TestRentalIOwn(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{{qualify.BANT, "", "it's a duplex we own, tenant says the AC died", qualify.Authority}})
}

// TestQuestionStaysOpenAfterTheLeadAsksBack: a lead who answers "do you
// have a budget in mind?" with a question of their own, and gets an answer
// with no new question, then answers the budget question; a new question
// from the assistant closes the old one.
func TestQuestionStaysOpenAfterTheLeadAsksBack(t *testing.T) {
	t.Parallel()
	extract := func(lastAI, text string) map[qualify.Field]qualify.Value {
		return ruleFields(t, qualify.BANT, []qualify.Turn{
			{Text: "Love that. Do you have a monthly budget in mind?"},
			{FromLead: true, Text: "no se, how much is it normally?"},
			{Text: lastAI},
		}, text)
	}
	quote := "For healthy adults a 20-year term policy often runs $25-40 a month per person, depending on the amount."
	budget := extract(quote, "ok we can do like 60 for both of us")[qualify.Budget]
	require.Equal(t, "around $60/month", budget.Value)
	require.GreaterOrEqual(t, budget.Confidence, 0.6)
	// a new question of the assistant's closes the budget question
	require.NotContains(t, extract("Want me to pencil in a call on Saturday?", "ok we can do like 60 for both of us"), qualify.Budget)
}

// TestNewIsNoSeasonAndABuildYearIsNoPrice: "put in a new water heater"
// says no when, "built in 78" is a year and "third eviction in four
// years" counts evictions; "after new years" is still a timeline.
func TestNewIsNoSeasonAndABuildYearIsNoPrice(t *testing.T) {
	t.Parallel()
	fields := func(text string) map[qualify.Field]qualify.Value { return ruleFields(t, qualify.RealEstate, nil, text) }
	for _, text := range []string{
		"its in decent shape I guess. put in a new water heater last year",
		"It's in fine shape. My son-in-law put a new roof on two summers ago.",
		"Tenants. Third eviction in four years. I'm tired.",
	} {
		require.NotContains(t, fields(text), qualify.Timeline, text)
	}
	require.NotContains(t, fields("3 bed 2 bath, built in 78. needs a new water heater"), qualify.Price)
	require.Equal(t, "after new years", fields("want it sold after new years")[qualify.Timeline].Value)
}

// TestTenantsWhoLeftOccupyNothing: tenants who moved out, or "the tenant
// situation", say why the owner is tired, not that the place is
// tenant-occupied; tenants still living there do.
func TestTenantsWhoLeftOccupyNothing(t *testing.T) {
	t.Parallel()
	condition := func(text string) string { return ruleFields(t, qualify.RealEstate, nil, text)[qualify.Condition].Value }
	require.Empty(t, condition("The tenants moved out in March and I just don't want to deal with another round of renting it out."))
	require.Empty(t, condition("maybe. the tenant situation over there has been a mess for two years"))
	require.Equal(t, "tenant-occupied", condition("got tenants in it right now"))
	require.Equal(t, "tenant-occupied", condition("the tenant is still there"))
}

// TestVisitsFollowUpsAndNonAnswers: a visit ("my son might stop by this
// weekend") or a time to follow up ("check back in a few months") is no
// timeline for the deal, and "does it matter" or "I'll have to think about
// it" answers no question.
func TestVisitsFollowUpsAndNonAnswers(t *testing.T) {
	t.Parallel()
	fields := func(schema qualify.Schema, question, text string) map[qualify.Field]qualify.Value {
		var hist []qualify.Turn
		if question != "" {
			hist = []qualify.Turn{{Text: question}}
		}
		return ruleFields(t, schema, hist, text)
	}
	require.NotContains(t, fields(qualify.RealEstate, "", "idk. my son might stop by there this weekend to grab the last of his stuff"), qualify.Timeline)
	require.NotContains(t, fields(qualify.RealEstate, "Mind if I check back sometime?", "sure, whatever, check back in a few months I guess"), qualify.Timeline)
	require.Equal(t, "this weekend", fields(qualify.RealEstate, "", "we want it sold this weekend")[qualify.Timeline].Value)
	require.NotContains(t, fields(qualify.B2B, "And what's your role there?", "does it matter lol"), qualify.Role)
	require.NotContains(t, fields(qualify.BANT, "What are you looking for in a plan?", "I will have to think about it and talk to my daughter this weekend."), qualify.Need)
}

// TestShrugThenEstimate: "idk like a couple months" after "how soon?"
// answers it approximately; a lone "why" asks back and leaves the
// question open; "antes de que acabe el trimestre" is a timeline.
func TestShrugThenEstimate(t *testing.T) {
	t.Parallel()
	fields := func(schema qualify.Schema, hist []qualify.Turn, text string) map[qualify.Field]string {
		got := map[qualify.Field]string{}
		for f, v := range ruleFields(t, schema, hist, text) {
			require.GreaterOrEqual(t, v.Confidence, 0.6, "%s", f)
			got[f] = v.Value
		}
		return got
	}
	asked := []qualify.Turn{{Text: "Thanks, good to know. How soon are you hoping to close?"}}
	require.Equal(t, "like a couple months", fields(qualify.BANT, asked, "idk like a couple months")[qualify.Timeline])
	require.NotContains(t, fields(qualify.BANT, asked, "idk, whenever"), qualify.Timeline)
	whyHist := []qualify.Turn{{Text: "Got it. Are you the sole owner on the home?"}, {FromLead: true, Text: "why"},
		{Text: "Just so we know who needs to sign. Some folks co-own with a spouse."}}
	require.Equal(t, "joint decision", fields(qualify.BANT, whyHist, "its me and my brother, we both got it from our grandpa")[qualify.Authority])
	require.Contains(t, fields(qualify.B2B, nil, "Tendríamos que cerrarlo antes de que acabe el trimestre")[qualify.Timeline], "trimestre")
}

// ruleFields is what the rule extractor alone (no learned tier) reads in
// text after hist, by field.
func ruleFields(t *testing.T, schema qualify.Schema, hist []qualify.Turn, text string) map[qualify.Field]qualify.Value {
	t.Helper()
	vals, err := qualify.NewRuleExtractor(&qualify.ExtractorConfig{NoModel: true}).Extract(context.Background(),
		qualify.ExtractInput{Schema: schema, Text: text, History: hist})
	require.NoError(t, err)
	got := map[qualify.Field]qualify.Value{}
	for _, v := range vals {
		got[v.Field] = v
	}
	return got
}

// TestInsuranceAnswersAndSpanishMonthParts: "mine" after "are you the
// policyholder?" is the lead's authority, a list after "what do you want
// covered?" is the need, and "pa finales de año" or "a mediados de
// marzo" is a timeline, while "los fines de semana" (weekends) is not.
func TestInsuranceAnswersAndSpanishMonthParts(t *testing.T) {
	t.Parallel()
	after := func(q string) []qualify.Turn { return []qualify.Turn{{Text: q}} }
	got := ruleFields(t, qualify.BANT, after("Quick one: is the policy in your name, or are you a named insured on your dad's?"), "mine")
	require.Equal(t, "decision maker", got[qualify.Authority].Value)
	got = ruleFields(t, qualify.BANT, after("Sure thing. What would you want covered?"), "the condo contents, my camera gear and a road bike")
	require.Contains(t, got, qualify.Need)
	got = ruleFields(t, qualify.BANT, after("¿Para cuándo necesita la póliza?"), "pa finales de mes")
	require.Contains(t, got[qualify.Timeline].Value, "finales de mes")
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "la queremos vender a mediados de marzo")[qualify.Timeline].Value, "mediados de marzo")
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "mi hermano la limpia los fines de semana"), qualify.Timeline)
}

// TestDeadlinesLeaksAndPriceRises: a sale date reported from the latest
// notice ("the last notice says the sheriff sale is on the 3rd"), water
// coming into the house ("the crawlspace takes on water"), a holiday
// ("después de Reyes") and a rising premium ("my rate went up again")
// each state a field; "the last one sold in May" is a time past.
func TestDeadlinesLeaksAndPriceRises(t *testing.T) {
	t.Parallel()
	re := ruleFields(t, qualify.RealEstate, nil, "the last notice says the auction is on the 3rd, so sooner would be better")
	require.Contains(t, re, qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "the crawlspace takes on water whenever it rains hard"), qualify.Condition)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "la queremos vender después de Reyes"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "my homeowners rate went up again this year and I'm done with it"), qualify.Need)
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "we sold the last one in may"), qualify.Timeline)
}

// TestRolesInEverydayWords: a role said as the work one does ("i mostly
// run dispatch for the crews", "me encargo de la facturación") or in
// answer to "¿cuál es tu papel?" or "what kind of role are you in?" is a
// role; a question back or "I just want prices" in answer is not.
func TestRolesInEverydayWords(t *testing.T) {
	t.Parallel()
	after := func(q string) []qualify.Turn { return []qualify.Turn{{Text: q}} }
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "honestly i mostly run dispatch for the crews"), qualify.Role)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "me encargo de la facturación y poco más"), qualify.Role)
	require.Contains(t, ruleFields(t, qualify.B2B, after("Genial. ¿Y cuál es tu papel en el despacho?"), "soy uno de los socios"), qualify.Role)
	require.Contains(t, ruleFields(t, qualify.B2B, after("Nice! What kind of role are you in over there?"), "im on the ops side mostly"), qualify.Role)
	require.NotContains(t, ruleFields(t, qualify.B2B, after("¿Qué cargo tienes en la empresa?"), "¿funciona con Shopify?"), qualify.Role)
	require.NotContains(t, ruleFields(t, qualify.B2B, after("¿Qué cargo tienes en la empresa?"), "solo quiero ver precios"), qualify.Role)
}

// TestKindOfTeamAsksWhoTheyAre: "what kind of team are you running?"
// asks who the lead is; its answer ("small crew, like 8 of us") states a
// size, not what they need.
func TestKindOfTeamAsksWhoTheyAre(t *testing.T) {
	t.Parallel()
	got := ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "Welcome! What kind of team are you running over there?"}}, "small crew, like 8 of us")
	require.NotContains(t, got, qualify.UseCaseFit)
	got = ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "What kind of reporting are you hoping to get?"}}, "weekly pipeline by rep and region")
	require.Contains(t, got, qualify.UseCaseFit)
}

// TestYearsLivedThereIsNoTimeline: how long the lead has lived in or
// owned the place ("we've lived in this house 30 years") says nothing of
// when they would sell.
func TestYearsLivedThereIsNoTimeline(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "I have lived in this house 30 years and raised my kids here"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we want to be out of this house in 2 months"), qualify.Timeline)
}

// TestHowOftenAndSeasonalHelpAreNoTimeline: "most days" says how often
// and "a few extra guys in the summer" is seasonal headcount; neither is
// when they would buy. "in a few weeks" still is.
func TestHowOftenAndSeasonalHelpAreNoTimeline(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "20 total, half of them are on job sites most days"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "8 year round plus a few extra guys in the summer"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "we'd want it running in a few weeks"), qualify.Timeline)
	// a headcount by season, said with a shrug first or not
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "11 in summer, 6 in winter"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "Depende de la temporada, en invierno somos poquitos y en verano contrato a los que vengan"), qualify.Timeline)
	hist := []qualify.Turn{{Text: "Roughly how many techs are we talking about?"}}
	require.Equal(t, "35", ruleFields(t, qualify.B2B, hist, "Depends on the season. Call it 35 in summer, 20ish in winter")[qualify.CompanySize].Value)
	// "what kind of work does your crew do?" asks what the business
	// does; "what kind of work do you need done?" asks the need
	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "What kind of work does your crew do?"}}, "landscaping and snow removal, Boise area"), qualify.UseCaseFit)
	require.Contains(t, ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "What kind of work do you need done?"}}, "new gutters on the back side"), qualify.Need)
}

// TestPricesOfOtherThings: an age ("I am 78"), what they paid once ("we
// paid 90,000 for it in 2001"), a repair's cost ("about 8 grand to fix"),
// money spent before ("we blew 12k on the last tool") and the sender's
// price read back ("your site says $39 a seat?") are no asking price or
// budget; "we'd take 150 for it" and "we can spend 12k" are. A job that
// started in January is no timeline, and a question about "your" plan is
// no need.
func TestPricesOfOtherThings(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I am 78 and the yard is too much now", "we paid 90,000 for it in 2001",
		"the foundation is about 8 grand to fix from what they said"} {
		require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, s), qualify.Price, s)
	}
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we'd take 150 for it"), qualify.Price)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "we blew 12k on the last tool and nobody used it"), qualify.Budget)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "your site says $39 a seat, is that right?"), qualify.Budget)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "we can spend 12k this year"), qualify.Budget)
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "su trabajo nuevo empezó en enero"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "What brings you in today?"}}, "your site says there's a free tier? does it expire?"), qualify.UseCaseFit)
}

// TestCrewsByTradeUseForAndWaitAndSee: "18 field techs" is a size, money
// spent before is no budget even in answer to "what's your budget?", a
// use answered to "what would you like to use X for?" is the use case,
// clashing bookings on paper are a need, and "let's see how the next few
// weeks go" is no timeline.
func TestCrewsByTradeUseForAndWaitAndSee(t *testing.T) {
	t.Parallel()
	after := func(q string) []qualify.Turn { return []qualify.Turn{{Text: q}} }
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "we run 18 field techs out of two shops"), qualify.CompanySize)
	require.NotContains(t, ruleFields(t, qualify.B2B, after("Got it. What budget are you working with?"), "we sunk 15k into the last system and got nothing"), qualify.Budget)
	require.Contains(t, ruleFields(t, qualify.B2B, after("Nice! What would you like to use Tallybook for?"), "tracking job costs per crew so we stop guessing"), qualify.UseCaseFit)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "we keep the appointments in a notebook and they get double booked"), qualify.UseCaseFit)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "no idea yet, let's see how the next couple of months go"), qualify.Timeline)
}

// TestOwedWantedToSeeAndGetOutOf: money owed ("we still owe about 280")
// is no budget; "primero quiero ver precios" is curiosity, while "quiero
// ver si me bajan la tasa" is a need; a use answered to "what are you
// hoping to get out of it?" is the use case.
func TestOwedWantedToSeeAndGetOutOf(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "we still owe about 280 on it"), qualify.Budget)
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "todavía no sé, primero quiero ver precios"), qualify.Need)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "quiero ver si me bajan la tasa"), qualify.Need)
	require.Contains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "What are you hoping to get out of a tool like this?"}},
		"mainly getting invoices out the same day the job closes"), qualify.UseCaseFit)
}

// TestLifeEventsAuditsPayrollAndHaveGot: a new driver ("my son just got
// his license"), a new baby and an audit finding state the need; "about
// 40 on payroll" is a size; "we've got until spring" is a timeline (have
// got is having), "we got a letter in may" is not.
func TestLifeEventsAuditsPayrollAndHaveGot(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"my son just got his license last week", "we just had a baby in august", "our auditors flagged the lack of access reviews"} {
		require.Contains(t, ruleFields(t, qualify.BANT, nil, s), qualify.Need, s)
	}
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "about 40 on payroll right now"), qualify.CompanySize)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "we've got until spring before the contract ends"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "we got a letter in may about it"), qualify.Timeline)
}

// TestOwnerYesSoleSignersCostsThatHurtAndBookedDays: a yes to "do you own
// the home?" and "I'm the only member, nobody else to ask" are the lead's
// authority, "the other owner has to sign too" a joint one; a bill that
// hurts ("la luz nos está matando") is the need; a bill's season ("como
// 300 en verano"), a fee queried ("$120 just for the visit?") and the day
// of a visit being booked ("book the inspection, ¿tienen el jueves?") are
// no timeline or budget, while "close by friday" is a timeline.
func TestOwnerYesSoleSignersCostsThatHurtAndBookedDays(t *testing.T) {
	t.Parallel()
	after := func(q string) []qualify.Turn { return []qualify.Turn{{Text: q}} }
	require.Equal(t, "decision maker", ruleFields(t, qualify.BANT, after("Thanks! Do you own the home?"), "yep, bought it in 2019")[qualify.Authority].Value)
	require.Equal(t, "decision maker", ruleFields(t, qualify.BANT, after("Will it be in your name or the company's?"), "company's, I'm the sole member, nobody else to check with")[qualify.Authority].Value)
	require.Equal(t, "joint decision", ruleFields(t, qualify.BANT, after("¿Está a su nombre nada más?"), "a nombre de mi y mi hermana, ella tiene que firmar también")[qualify.Authority].Value)
	require.NotContains(t, ruleFields(t, qualify.BANT, after("Thanks! Do you own the home?"), "no, I rent"), qualify.Authority)
	// ("he'd have to ok it" is someone else's approval in plain words
	// since stop 57, when the rule's "okay" became the "ok" the
	// normaliser turns it into; before, only the answer read it)
	require.Equal(t, "approval", ruleFields(t, qualify.BANT, after("Are you the one who signs off?"), "nope, my uncle's the money guy, he'd have to ok it")[qualify.Authority].Value)
	require.Equal(t, "someone else decides", ruleFields(t, qualify.BANT, after("Are you the one who signs off?"), "nope, my uncle's the money guy")[qualify.Authority].Value)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "el recibo de la luz nos está matando"), qualify.Need)
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "pagamos como 300 al mes en verano"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "$120 just for the visit? wow"), qualify.Budget)
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "ok book the inspection, ¿tienen el jueves?"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "we need to close by friday"), qualify.Timeline)
}

// TestYesToANeedQuestionRentalsAndBabies: a yes to "are you buying a new
// home?" states that need, "not sure" or a yes to "looking at this for
// your team?" does not; "for my rental on Elm" is the owner's say; a
// baby on the way is an insurance need; "keep it under" asks a budget.
func TestYesToANeedQuestionRentalsAndBabies(t *testing.T) {
	t.Parallel()
	after := func(q string) []qualify.Turn { return []qualify.Turn{{Text: q}} }
	require.Contains(t, ruleFields(t, qualify.BANT, after("Congrats! Are you refinancing the place on Oak?"), "yes ma'am"), qualify.Need)
	require.NotContains(t, ruleFields(t, qualify.BANT, after("Congrats! Are you refinancing the place on Oak?"), "not sure yet"), qualify.Need)
	require.NotContains(t, ruleFields(t, qualify.B2B, after("Are you looking at this for your own team?"), "yeah"), qualify.UseCaseFit)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "it's for my rental on Elm, the tenant says the AC quit"), qualify.Authority)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "baby number three is on the way so it's time"), qualify.Need)
	require.Contains(t, ruleFields(t, qualify.BANT, after("What would you want to keep the monthly cost under?"), "ideally 180"), qualify.Budget)
}

// TestABillsSeasonIsNoTimeline: "la luz está carísima en el verano" is a
// bill's season, not when to act; "antes del verano" is a timeline.
func TestABillsSeasonIsNoTimeline(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "la luz está carísima en el verano"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "queremos instalar antes del verano"), qualify.Timeline)
}

// TestChargedAndSoldAreNoBudget: what was charged ("nos cobraron 189
// euros dos veces") and what the company sold ("vendimos como 2 millones")
// are no budget or timeline.
func TestChargedAndSoldAreNoBudget(t *testing.T) {
	t.Parallel()
	got := ruleFields(t, qualify.B2B, nil, "este mes nos habéis cobrado 189 euros dos veces")
	require.NotContains(t, got, qualify.Budget)
	require.NotContains(t, got, qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "el año pasado vendimos como 2 millones"), qualify.Budget)
}

// TestAPriceAnswerIsNoNeed: "algo de unos 300 mil, no más" to "¿qué
// precio de casa buscan?" answers the price, not the need.
func TestAPriceAnswerIsNoNeed(t *testing.T) {
	t.Parallel()
	got := ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "¿Tienen idea del precio de la casa que buscan?"}}, "unos 280 mil, no más")
	require.NotContains(t, got, qualify.Need)
	require.Contains(t, got, qualify.Budget)
}

// TestSchoolAsAPlaceIsNoTimeline: "in the school pickup line" is where
// the lead is; "after school ends" is a timeline.
func TestSchoolAsAPlaceIsNoTimeline(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "one sec, sitting in the school parking lot"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we want to move after school ends"), qualify.Timeline)
}

// TestNumericDates: "start date 6/3" and a bare "4/30" to "when does it
// renew?" are timelines; "2 3" to "how many cars?" is not.
func TestNumericDates(t *testing.T) {
	t.Parallel()
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "relocating for work, start date 7/15"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "When does the current policy renew?"}}, "5/31. want it under 150 a month"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "How many cars and drivers?"}}, "2 3"), qualify.Timeline)
}

// TestQuestionBackIsNoReason: asking the sender something back ("do you
// buy houses as-is?") after "why are you selling?" tells no reason; an
// answer that goes on to one still does.
func TestQuestionBackIsNoReason(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	hist := []qualify.Turn{{Text: "Thanks! What's got you thinking about selling?"}}
	for _, s := range []string{"do you guys buy houses in whatever shape they are in?", "¿Y ustedes compran casas tal como están, sin arreglarlas?"} {
		vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: s, History: hist})
		require.Empty(t, vals, "%q", s)
	}
	vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: "we're moving back to be near my wife's mom, she's sick", History: hist})
	require.NotEmpty(t, vals)
}

// TestAnswerToTheQuestionNotToWhatCameBefore: a lead answers the question
// of the assistant's turn, not what the assistant told before it ("you
// pick the closing date. Can you tell me about the house?"), unless the
// question alone names nothing ("Many pay $60 to $150 a month. Does a
// range like that work?"); a credit score is no budget.
func TestAnswerToTheQuestionNotToWhatCameBefore(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate,
		Text:    "Era de mi tío. Murió en enero y ahora la casa es de mi mamá y de mí.",
		History: []qualify.Turn{{Text: "Pagamos en efectivo y usted escoge la fecha de cierre. ¿Me cuenta un poco de la casa?"}}})
	for _, v := range vals {
		require.NotEqual(t, qualify.Timeline, v.Field, "a death in January is no timeline: %+v", v)
	}
	vals, _ = ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT,
		Text:    "the low end, maybe 80",
		History: []qualify.Turn{{Text: "Most folks your age pay between $60 and $150 a month. Does a range like that work for you?"}}})
	require.NotEmpty(t, vals)
	vals, _ = ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT,
		Text:    "no idea, my bank says I need a 640 score first",
		History: []qualify.Turn{{Text: "Do you know what price range you'd be shopping in?"}}})
	for _, v := range vals {
		require.NotEqual(t, qualify.Budget, v.Field, "a credit score is no budget: %+v", v)
	}
}

// TestHowLongOwnedIsNoReasonAndTimesAYearNoTimeline: "bought it in 2013"
// answers how long the lead has owned the place, not why they would
// sell; "maybe two weeks a year" is how often, and an offer turned down in
// June a time past; neither is a timeline.
func TestHowLongOwnedIsNoReasonAndTimesAYearNoTimeline(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate,
		Text:    "bought it in 2013. just looking at options for now",
		History: []qualify.Turn{{Text: "How long have you owned it, and what's got you thinking about selling?"}}})
	for _, v := range vals {
		require.NotEqual(t, qualify.Motivation, v.Field, "%+v", v)
	}
	for _, s := range []string{
		"we only get out to the lake place maybe two weeks a year now",
		"I turned down 210 from an investor in June, so I know what it's worth",
	} {
		vals, _ := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: s})
		for _, v := range vals {
			require.NotEqual(t, qualify.Timeline, v.Field, "%q: %+v", s, v)
		}
	}
}

// TestAuthorityInOtherWords: who decides, said without a stock phrase:
// the board it goes to, the spouse who does the money, all partners
// agreeing, "eso lo ve mi jefe", "my boss tiene que aprobarlo", an IT
// guy to loop in.
func TestAuthorityInOtherWords(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"It goes to our board. Always does, doesn't matter what it is.",
		"My wife does all the money stuff, she'd have to say ok",
		"Three of us partners, we'd all have to agree. No number yet",
		"Todavía no sé cuánto podemos gastar, eso lo ve mi jefe",
		"Mira, el budget es like 2 a 3 mil al año, pero my boss tiene que aprobarlo.",
		"Our IT guy in Omaha picks the software, I'd have to loop him in",
		"la verdad solo estoy viendo, but my boss is the one who decides, not me",
	} {
		require.Contains(t, ruleFields(t, qualify.BANT, nil, s), qualify.Authority, s)
	}
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "my wife loves the blue house, she does yoga there lol"), qualify.Authority)
}

// TestSpringThePlace: "Silver Spring", "Colorado Springs" and "Spring
// Hill" are places, not the season; "in the spring" is a time.
func TestSpringThePlace(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"It's a townhouse in Silver Spring, dated but solid. Original 90s kitchen.",
		"we're in Colorado Springs near the base", "the house is out in Spring Hill off 19"} {
		require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, s), qualify.Timeline, s)
	}
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we'd like to sell in the spring"), qualify.Timeline)
}

// TestOthersOwnPlaceTimeline: a relative's or a neighbour's own sale
// has their time, not the lead's: "my sister is selling her place in
// Manayunk by Christmas", "mi vecina quiere vender la suya en la
// primavera"; a relative's event that times the lead's own move ("my son
// turns 16 in April", "hasta que mi hijo se gradúe en junio") stays.
func TestOthersOwnPlaceTimeline(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"my sister is selling her place in Manayunk by Christmas and wants like 380 for it. mine I'm not sure about yet",
		"Mi vecina quiere vender la suya en la primavera, ¿ustedes compran en la calle Douglass?",
		"Mi hermana sí quiere vender la de ella en Kensington antes de diciembre, pero esa no es mi casa"} {
		require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, s), qualify.Timeline, s)
	}
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "My neighbor is closing on her house in two weeks and her rate was 6.25, is that what I'd get?"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "Sí quiero venderla, pero hasta que mi hijo se gradúe de la prepa en junio"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "~60k. cabinet guy needs his deposit by the 15th so sooner better"), qualify.Timeline)
}

// TestSpeltOutDayOfMonth: "before the Fourth", "by the fifteenth" are
// dates.
func TestSpeltOutDayOfMonth(t *testing.T) {
	t.Parallel()
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "Nah, I make the call. Timing wise before the Fourth would be nice, it's supposed to be brutal"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "we need it done by the fifteenth"), qualify.Timeline)
}

// TestShareOfTheYear: "he's in Florida half the year" says where the
// landlord spends his time, not when the lead buys.
func TestShareOfTheYear(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "it's technically my landlord's heater, he's in Florida half the year"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "we want it done before the end of the year"), qualify.Timeline)
}

// TestReviewStop35Fields: "our fifth rental" is no date, "most of the
// year" is a share of it, and looping someone in on an inspection,
// agreeing it is a deal or a tenant paying a bill names no authority.
func TestReviewStop35Fields(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "We're closing on our fifth rental next month")[qualify.Timeline].Value, "fifth")
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "the owner lives in Arizona most of the year"), qualify.Timeline)
	for _, s := range []string{"I'll loop them in on the inspection", "we would all agree it's a great deal", "the tenant is the one who pays the water bill"} {
		require.NotContains(t, ruleFields(t, qualify.BANT, nil, s), qualify.Authority, s)
	}
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "Im a realtor, not the buyer lol. my client is the one who decides"), qualify.Authority)
}

// TestReasonsAndTimesInPlainWords: reasons and times stated without a
// stock phrase: a house "my aunt left me", "debo seis meses de taxes",
// "estoy enfermo del corazón", moving to live with a daughter, closing on
// a new place; "sooner the better" without its article and "whenever
// y'all can close". An abandonment ("my dad left us in 1990") inherits
// nothing.
func TestReasonsAndTimesInPlainWords(t *testing.T) {
	t.Parallel()
	re := qualify.RealEstate
	requireStated(t, []stated{
		{re, "", "It's the house on Elm that my aunt left me.", qualify.Motivation},
		{re, "", "Debo como seis meses de taxes y el condado ya me mandó carta.", qualify.Motivation},
		{re, "", "Estoy enfermo del corazón y ya no puedo con el mantenimiento de la yarda.", qualify.Motivation},
		{re, "", "Nos vamos a vivir con mi hija porque mi esposo ya no puede manejar.", qualify.Motivation},
		{re, "", "Just need to sell porque me voy a Houston con mis hijos.", qualify.Motivation},
		{re, "", "Closing on our new place in Broken Arrow, so we need this one sold.", qualify.Motivation},
		{re, "", "We need the money for his care. Sooner the better honestly.", qualify.Timeline},
		{re, "", "I'd sell it as is, whenever y'all can close.", qualify.Timeline},
	})
	requireNotStated(t, []stated{{re, "", "my dad left us in 1990", qualify.Motivation}})
}

// TestAuthorityByOthersAndFiftyFifty: authority stated as someone
// else's ("He decides, yo nomás investigo", "eso ya lo aprobó el
// patrón", "the owner es mi tío", a board that meets) by the rules
// alone; an ownership split "fifty fifty" is no $50,000 budget.
func TestAuthorityByOthersAndFiftyFifty(t *testing.T) {
	t.Parallel()
	b := qualify.BANT
	requireStated(t, []stated{
		{b, "", "He decides, yo nomás investigo.", qualify.Authority},
		{b, "", "El presupuesto es de cinco a siete mil, eso ya lo aprobó el patrón.", qualify.Authority},
		{b, "", "The owner es mi tío, yo nomás manejo.", qualify.Authority},
		{b, "", "Our board meets in two weeks and they'd want three quotes.", qualify.Authority},
	})
	requireNotStated(t, []stated{{b, "", "Me and my brother own the place fifty fifty so we'd both have to agree.", qualify.Budget}})
}

// TestInterestAndDecidingLeftToMe: "paying way too much interest ... want
// to get it lowered" is a mortgage need, and "he leaves all the
// paperwork and the deciding to me" makes the lead the decision maker.
func TestInterestAndDecidingLeftToMe(t *testing.T) {
	t.Parallel()
	b := qualify.BANT
	requireStated(t, []stated{
		{b, "", "We're paying way too much interest on this old loan and want to get it lowered.", qualify.Need},
		{b, "", "Just my husband, but he leaves all the paperwork and the deciding to me.", qualify.Authority},
	})
}

// TestDev207PlainWords: a job offered far away, health as the reason
// ("por mi salud"), a house "left to the five of us", wanting to be
// close to the grandkids, a house grown too small, "come spring" and
// "after harvest's in"; a bank's qualification as the budget, and an
// owner stated as "Own a little bakery" or "somos dueños" (not "we run a
// plumbing company", which says what the company does).
func TestDev207PlainWords(t *testing.T) {
	t.Parallel()
	re, b := qualify.RealEstate, qualify.BANT
	requireStated(t, []stated{
		{re, "", "Got offered the plant manager job down in Columbus.", qualify.Motivation},
		{re, "", "Por mi salud me tengo que salir de esa casa.", qualify.Motivation},
		{re, "", "La casa era de mi abuelita, she left it to the five of us.", qualify.Motivation},
		{re, "", "Our daughter's in Minneapolis with the grandkids and we want to be close.", qualify.Motivation},
		{re, "", "Ya se nos hizo chica la casa con los cuatro niños.", qualify.Motivation},
		{re, "", "We'd like this one sold come spring.", qualify.Timeline},
		{re, "", "Figured we'd sell the house and the ten acres after harvest's in.", qualify.Timeline},
		{b, "", "El banco dice que calificamos para como 220.", qualify.Budget},
		{b, "", "Own a little bakery in Stillwater.", qualify.Authority},
		{b, "", "mi hermano y yo somos dueños", qualify.Authority},
	})
	requireNotStated(t, []stated{{b, "", "We run a bakery, 3 locations, my dad started it in '89.", qualify.Authority}})
}

// TestTimeOfAThingDoneOrOwed: a time told of a thing done or owed, the
// verb after it ("that hailstorm in May beat up the roof", "four months
// behind with the bank"), is no timeline; "behind with the bank" is a
// reason to sell, and "I need this handled fast" wants it soon.
func TestTimeOfAThingDoneOrOwed(t *testing.T) {
	t.Parallel()
	re := qualify.RealEstate
	requireNotStated(t, []stated{
		{re, "", "That hailstorm in May beat up the roof and the siding pretty good.", qualify.Timeline},
		{re, "", "We're about four months behind with the bank and they sent the letter.", qualify.Timeline},
	})
	requireStated(t, []stated{
		{re, "", "We're about four months behind with the bank and they sent the letter.", qualify.Motivation},
		{re, "", "three months behind on the mortgage. I need this handled fast", qualify.Timeline},
		{re, "", "we want to sell in May", qualify.Timeline},
	})
}

// TestReviewOfStop42Fields: look-alikes a review found for this stop's
// field rules, and "get it lowered" alone.
func TestReviewOfStop42Fields(t *testing.T) {
	t.Parallel()
	re, b := qualify.RealEstate, qualify.BANT
	requireNotStated(t, []stated{
		{re, "", "el sábado vamos con mi hija a ver otras casas", qualify.Motivation},
		{re, "", "hubo un derrame de agua en el baño", qualify.Motivation},
		{re, "", "that my dad left us to fix up ourselves", qualify.Motivation},
		{b, "", "whatever he decides is fine", qualify.Authority},
	})
	requireStated(t, []stated{
		{b, "", "We want to get it lowered", qualify.Need},
		{re, "", "Me voy para España con mis hijos a fin de año, por eso vendo.", qualify.Motivation},
	})
}

// TestSecondReviewOfStop42Fields: a house left "to me to sell" is still
// inherited, "me voy con mis hijos a Texas" is a move near family, and
// "nos vamos con mi hija a ver otras casas" a visit.
func TestSecondReviewOfStop42Fields(t *testing.T) {
	t.Parallel()
	re := qualify.RealEstate
	requireStated(t, []stated{
		{re, "", "my mom left the house to me to sell", qualify.Motivation},
		{re, "", "me voy con mis hijos a Texas, por eso vendo", qualify.Motivation},
	})
	requireNotStated(t, []stated{{re, "", "nos vamos con mi hija a ver otras casas", qualify.Motivation}})
}

// TestStop51Qualify: a question about what the sender buys, said to be
// about the lead's own place, states the condition ("asking for my own
// place"); a reason held back states no motivation, whether volunteered
// or answering the question.
func TestStop51Qualify(t *testing.T) {
	t.Parallel()
	e := qualify.NewRuleExtractor(nil)
	has := func(text, asked string, f qualify.Field) bool {
		in := qualify.ExtractInput{Schema: qualify.RealEstate, Text: text}
		if asked != "" {
			in.History = []qualify.Turn{{Text: asked}}
		}
		vals, err := e.Extract(context.Background(), in)
		require.NoError(t, err)
		return slices.ContainsFunc(vals, func(v qualify.Value) bool { return v.Field == f })
	}
	require.True(t, has("yinz buy houses with a slate roof thats leaking in 3 spots? asking for my own place", "", qualify.Condition))
	require.False(t, has("do you buy houses with a slate roof thats leaking in 3 spots?", "", qualify.Condition))
	require.False(t, has("I'd rather keep that part to myself for now, no offense", "What has you thinking about selling?", qualify.Motivation))
	require.False(t, has("I'd rather go over that part later. Mostly I want to know how this even works.", "", qualify.Motivation))
}

// TestYesToTheRequestNamed: a yes to a question that names what the lead
// asked for ("You asked about a business policy?") states that need,
// whatever follows it; a yes to another question asked after the
// request is named ("Thanks for your interest. Do you own your home?"),
// a yes to "still looking?" and a no state no need.
func TestYesToTheRequestNamed(t *testing.T) {
	t.Parallel()
	ex := qualify.NewRuleExtractor(nil)
	for _, tc := range []struct {
		question, answer string
		need             bool
	}{
		{"Hi Esteban, this is Carla with Raza Insurance Group. You asked about a business policy?", "yeah for my landscaping company", true},
		{"Hi! Harbor Point Insurance here. Looking for a commercial policy?", "Yes, for my shrimp boat and the dock.", true},
		{"Hi Brandon, it's Lisa from Piedmont Home Loans. You requested info on FHA loans?", "yeah, for a first place", true},
		{"Thanks for requesting a homeowners quote from Elmwood!", "Hi! yes, we close on the 14th", true},
		{"Hola, le escribe Laura de Andes Home Loans. ¿Usted pidió información sobre préstamos para comprar?", "hola, sí, estamos mirando casas", true},
		{"Hi Deb! Thanks for your interest in SunHarbor Solar. Do you own your home?", "yes, 22 years now", false},
		{"Hi Denise! You requested info on FHA loans. Still looking?", "yes still looking", false},
		{"You asked about a business policy?", "no, that was my brother", false},
		{"Vimos que pidió un estimado. ¿Me confirma la dirección?", "Buenas, sí, en Kissimmee", false},
		// offers, questions about an act, someone else's request, a
		// request named after the question (a review's inputs)
		{"Would you be interested in a quick call tomorrow at 3?", "yes", false},
		{"Looking for a good time to call, does 3pm work?", "yes", false},
		{"Have you already asked your husband about it?", "yes", false},
		{"Have you started the application yet?", "yes", false},
		{"Thanks for asking, we do offer financing, want me to send details?", "yes", false},
		{"Le pregunto una cosa: ¿es usted el dueño?", "sí", false},
		{"Su vecino pidió una cotización, ¿le interesa una también?", "sí", false},
		{"Do you own your home? Thanks for your interest in SunHarbor Solar!", "yes", false},
		// a yes taken back or followed by a question
		{"You asked about a business policy?", "yes but that was my neighbor using my phone", false},
		{"You asked about a business policy?", "yes who is this?", false},
		{"¿Usted pidió una cotización de seguro de auto?", "sí pero ya compramos", false},
		// a negation in a later sentence tells more; in the yes's own
		// sentence it takes the yes back
		{"Hi! This is Familia Life Insurance. You asked about final expense coverage?", "Sí, for my mom. She's 78 y no quiere que nosotros paguemos el funeral.", true},
		{"You asked about a business policy?", "Yes. We don't need it anymore though.", false},
	} {
		vs, err := ex.Extract(context.Background(), qualify.ExtractInput{Schema: qualify.BANT, Text: tc.answer, History: []qualify.Turn{{Text: tc.question}}})
		require.NoError(t, err)
		got := slices.ContainsFunc(vs, func(v qualify.Value) bool { return v.Field == qualify.Need })
		require.Equal(t, tc.need, got, "%q after %q: %+v", tc.answer, tc.question, vs)
	}
}

// TestCountOfWhatTheBusinessHas: in B2B, a number answering "how many
// <anything> do you have?" is the company's size, whatever the business
// calls them; a count of time, money or events, a rate, and money in the
// answer are not.
func TestCountOfWhatTheBusinessHas(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		question, answer, size string
	}{
		{"Love it. How many barbers do you have?", "5 chairs, all booth renters", "5"},
		{"Mucho gusto, Mildred. ¿Cuántas cuidadoras tienen en la agencia?", "Ahora mismo como 85, entre el Bronx y Yonkers", "85"},
		{"Very common. How many units does the association have?", "212 units across three buildings.", "212"},
		{"¡Excelente! ¿Cuántas unidades manejan?", "Como 45 tractocamiones", "45"},
		{"What kind of operation do you run, and about how many trucks?", "Regional trucking out of Allentown. 22 trucks right now", "22"},
		// money in the answer is no count
		{"Cool! ¿Cuántas cuentas manejan?", "unos cuantos, depende del mes. uno es un dealer que vende como 20 millones al año", ""},
		// not what the business has
		{"How many years have you had the shop?", "12", ""},
		{"How many invoices do you send a month?", "about 300", ""},
		{"How many of them would use it?", "40", ""},
	} {
		got := ruleFields(t, qualify.B2B, []qualify.Turn{{Text: tc.question}}, tc.answer)
		require.Equal(t, tc.size, got[qualify.CompanySize].Value, "%q after %q: %+v", tc.answer, tc.question, got)
	}
}

// TestAnswerThenQuestion: an answer first and a question after it
// ("Buying. First place. Can you help with that?") still answers what
// the assistant asked; a question back first answers nothing.
func TestAnswerThenQuestion(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		question, answer string
		need             bool
	}{
		{"Hi, thanks for reaching out to Summit Lending. Are you looking to buy or refinance?", "Buying. First place. Can you help with that?", true},
		{"What are you hoping to fix?", "Our shift scheduling is a mess. Do you integrate with QuickBooks?", true},
		{"Are you looking to buy or refinance?", "what rates do you have right now?", false},
		{"What are you hoping to fix?", "do you work with clinics?", false},
		{"¿Busca comprar o refinanciar?", "¿y ustedes qué ofrecen?", false},
	} {
		got := ruleFields(t, qualify.BANT, []qualify.Turn{{Text: tc.question}}, tc.answer)
		_, ok := got[qualify.Need]
		require.Equal(t, tc.need, ok, "%q after %q: %+v", tc.answer, tc.question, got)
	}
}

// TestReplyLaterIsNoAnswer: "Driving. Will text you back later" to a
// need question answers nothing; a trouble that comes by text does.
func TestReplyLaterIsNoAnswer(t *testing.T) {
	t.Parallel()
	hist := []qualify.Turn{{Text: "What's the main headache?"}}
	require.NotContains(t, ruleFields(t, qualify.B2B, hist, "Driving. Will text you back later"), qualify.UseCaseFit)
	require.Contains(t, ruleFields(t, qualify.B2B, hist, "Overtime. Guys punch in early and text me to approve it"), qualify.UseCaseFit)
}

// TestMonthlyBudgetsAsSaid: a budget capped by a negation a few words
// back is a cap ("don't want to pay more than 150 a month"), and a bare
// number answering a monthly question is that much a month, not
// thousands ("que no pase de 180" to "¿cuánto le gustaría pagar al
// mes?").
func TestMonthlyBudgetsAsSaid(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ question, answer, want string }{
		{"", "Rent roll is 14 units, all on spreadsheets. Don't want to pay more than 150 a month for it", "up to $150/month"},
		{"Do you have a monthly budget in mind?", "i don't want to pay more than like 50 a month", "up to $50/month"},
		{"Buena troca. ¿Cuánto le gustaría pagar al mes más o menos?", "que no pase de 180, 200 a lo mucho", "$180/month"},
		{"Is anyone else involved in the decision?", "Nope, just me. I can swing about sixty a month if it's worth having.", "around $60/month"},
		// a scale said stays: "180 mil"
		{"¿Cuánto le gustaría pagar al mes?", "el carro costó 180 mil, no sé", ""},
	} {
		var hist []qualify.Turn
		if tc.question != "" {
			hist = []qualify.Turn{{Text: tc.question}}
		}
		got := ruleFields(t, qualify.BANT, hist, tc.answer)[qualify.Budget].Value
		if tc.want == "" {
			require.NotContains(t, got, "/month", "%q", tc.answer)
			continue
		}
		require.Equal(t, tc.want, got, "%q", tc.answer)
	}
}

// TestSelfIntroIsNoNeed: who the lead is, told in answer to "what brings
// you in?", states no need; a need told with it does.
func TestSelfIntroIsNoNeed(t *testing.T) {
	t.Parallel()
	hist := []qualify.Turn{{Text: "Hi Erik, thanks for checking out RouteWise! What brings you in today?"}}
	for _, tc := range []struct {
		answer string
		need   bool
	}{
		{"Hey. I'm the ops manager at a landscaping and snow removal outfit in the cities.", false},
		{"Hola! Trabajo en un law firm chiquito en Doral, somos como 9", false},
		{"we're a 12 person agency, just poking around", false},
		{"I'm the ops manager and we need a way to route 14 crews", true},
		{"our dispatch is a whiteboard and a group text", true},
	} {
		got := ruleFields(t, qualify.B2B, hist, tc.answer)
		_, ok := got[qualify.UseCaseFit]
		require.Equal(t, tc.need, ok, "%q: %+v", tc.answer, got)
	}
}

// TestSomeoneElsesDealIsNoTimeline: how long a relative's or a
// neighbour's sale took is no timeline of the lead's; a wish for the
// lead's own sale, said by a relative, is.
func TestSomeoneElsesDealIsNoTimeline(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		schema qualify.Schema
		text   string
		want   string
	}{
		{qualify.BANT, "hola, my sister-in-law closed on her house en Thornton in like 30 days con ustedes, so she gave me your number", ""},
		{qualify.RealEstate, "Maybe. The Hendersons next door sold to one of you guys in like three weeks last spring", ""},
		{qualify.RealEstate, "my neighbor sold hers in 2 weeks, we want to sell in a month too", "within a month"},
		{qualify.RealEstate, "the basement floods when it rains. my tía wants it sold by spring", "by spring"},
	} {
		got := ruleFields(t, tc.schema, nil, tc.text)[qualify.Timeline].Value
		require.Equal(t, tc.want, got, "%q", tc.text)
	}
}

// TestFineIsNoConditionUnlessThePlaceIsMeant: "yes it's fine" to "is now
// a good time?" says nothing of the place; to "what shape is it in?", or
// with a part of the place named, it does.
func TestFineIsNoConditionUnlessThePlaceIsMeant(t *testing.T) {
	t.Parallel()
	timeQ := []qualify.Turn{{Text: "Thanks for reaching out about the house on Tangerine Dr. Is now a good time for a couple of quick questions?"}}
	require.NotContains(t, ruleFields(t, qualify.RealEstate, timeQ, "Good morning Anna, yes it's fine, I'm just sitting with my coffee."), qualify.Condition)
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "it's fine I guess, depends who's asking lol"), qualify.Condition)
	require.Contains(t, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: "What kind of shape is it in?"}}, "it's fine"), qualify.Condition)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "eh its ok. could use paint"), qualify.Condition)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "the house is fine"), qualify.Condition)
}

// TestHowLongItHasBeenIsNoTimeline: "had it listed for like four months"
// says how long it has been; "ando en la labor" is out in the field, not
// Labor Day, which still counts when named ("around labor day").
func TestHowLongItHasBeenIsNoTimeline(t *testing.T) {
	t.Parallel()
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "the house on Oak Hollow, I've had it listed with a realtor for like four months and nada"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "Buenas tardes. Sí, un ratito nomás, ando en la labor."), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we'd want to close in like 30 days"), qualify.Timeline)
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we want to be out around labor day"), qualify.Timeline)
}

// TestStop60ReviewFields: a review's inputs. A negation of something
// else does not turn a bound; a headcount by season leaves a timeline
// said beside it; "it's fine" to a question about the roof is its
// condition; an introduction that goes on to the trouble states a need;
// "call me after 3" answers nothing; workload is no company size; "es
// nuestra" names the owner unless a noun follows; a spelled monthly
// amount is read a month.
func TestStop60ReviewFields(t *testing.T) {
	t.Parallel()
	budget := func(q, a string) string {
		var hist []qualify.Turn
		if q != "" {
			hist = []qualify.Turn{{Text: q}}
		}
		return ruleFields(t, qualify.BANT, hist, a)[qualify.Budget].Value
	}
	require.Equal(t, "more than $2,000", budget("", "not sure but definitely more than 2k"))
	require.Equal(t, "more than $400/month", budget("", "It's not a problem to spend more than 400 a month"))
	require.Equal(t, "under $1,000", budget("", "didn't budget yet but under 1000"))
	require.Equal(t, "around $60/month", budget("¿Cuánto le gustaría pagar al mes?", "about sixty"))
	require.Contains(t, budget("What monthly payment would work?", "sixty a month max"), "$60/month")

	require.Equal(t, "by spring", ruleFields(t, qualify.B2B, nil, "its a mess. we need it fixed by spring, we're 40 in summer")[qualify.Timeline].Value)
	require.Equal(t, "in summer", ruleFields(t, qualify.B2B, nil, "in summer we want to switch systems")[qualify.Timeline].Value)

	for _, q := range []string{"How's the roof?", "How's the house holding up?", "Does it need any work?"} {
		require.Contains(t, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: q}}, "it's fine"), qualify.Condition, q)
	}
	require.NotContains(t, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: "I'm following up about the house in Bowie. Is this a good time?"}}, "Yes it is fine, I am just closing from work."), qualify.Condition)

	intro := []qualify.Turn{{Text: "Hi, what brings you in?"}}
	require.Contains(t, ruleFields(t, qualify.B2B, intro, "I work at a dental office and we lose track of recalls"), qualify.UseCaseFit)
	require.Contains(t, ruleFields(t, qualify.B2B, intro, "I'm tired of missing calls at my shop"), qualify.UseCaseFit)
	require.NotContains(t, ruleFields(t, qualify.B2B, intro, "I'm retired but I sit on the board of a nonprofit that runs senior centers"), qualify.UseCaseFit)
	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "What are you looking to do?"}}, "In meeting. Call me after 3"), qualify.UseCaseFit)

	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "How many jobs do you have going right now?"}}, "7 jobs"), qualify.CompanySize)
	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "how many customers do you have?"}}, "over 5000"), qualify.CompanySize)

	for _, a := range []string{"es nuestra desde hace años", "es nuestra y de nadie mas", "es nuestra decision"} {
		require.Equal(t, "decision maker", ruleFields(t, qualify.BANT, nil, a)[qualify.Authority].Value, a)
	}
}

// TestSeasonalHeadcountWithTheModel: the learned tier reads "in summer"
// as a timeline; a short B2B headcount by season vetoes it.
func TestSeasonalHeadcountWithTheModel(t *testing.T) {
	t.Parallel()
	vs, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: qualify.B2B, Text: "11 in summer, 6 in winter",
		History: []qualify.Turn{{Text: "Makes sense. How many people are on the team?"}}})
	require.NoError(t, err)
	require.False(t, slices.ContainsFunc(vs, func(v qualify.Value) bool { return v.Field == qualify.Timeline }), "%+v", vs)
	require.True(t, slices.ContainsFunc(vs, func(v qualify.Value) bool { return v.Field == qualify.CompanySize }), "%+v", vs)
}

// TestWhereTheLeadStaysIsNoTimeline: how long a snowbird stays away
// ("we're down in Fort Myers until April", "in Florida for the winter"),
// how long the place stands empty and a clause of the lease are no
// timeline; a contract until March and a move on the 1st are.
func TestWhereTheLeadStaysIsNoTimeline(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Yes, Bev and I have owned it since 1979. We're down in Fort Myers until April, though.",
		"As I mentioned, we're in Florida for the winter.", "The house sits empty until spring.",
		"my landlord says I need at least a million in liability in the lease, is that normal?"} {
		require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, s), qualify.Timeline, s)
	}
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "we're in contract until March")[qualify.Timeline].Value, "march")
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "renters! moving into my first apartment w/o roommates on the 1st")[qualify.Timeline].Value, "1st")
	// "whenever" names no time
	when := []qualify.Turn{{Text: "Fair enough! Any timeframe you're hoping for?"}}
	for _, s := range []string{"hmm not sure, whenever really", "Whenever works."} {
		require.NotContains(t, ruleFields(t, qualify.BANT, when, s), qualify.Timeline, s)
	}
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "whenever you can close, sooner the better"), qualify.Timeline)
}

// TestVacancyAndLandlordsSaidInPassing: a place that sits empty is
// vacant, not a downsizing; a tenants' lease running out is no tired
// landlord, being worn out with tenants is.
func TestVacancyAndLandlordsSaidInPassing(t *testing.T) {
	t.Parallel()
	motivation := func(s string) string { return ruleFields(t, qualify.RealEstate, nil, s)[qualify.Motivation].Value }
	require.Equal(t, "vacant property", motivation("We already moved to Cheyenne so it's just sitting there empty."))
	require.Equal(t, "vacant property", motivation("The house sits empty until spring."))
	require.Equal(t, "downsizing", motivation("we are empty nesters now, want to sell by summer"))
	require.Equal(t, "", motivation("We'd want it settled before the tenants' lease runs out at the end of August."))
	require.Equal(t, "tired landlord", motivation("I've been renting the duplex out for fifteen years and I'm worn out with tenants."))
}

// TestDoubtAboutTheProcessKeepsTheValue: "no idea what i'm doing" doubts
// the lead's know-how, not the value stated; "no se like 40, 50 al mes"
// guesses it.
func TestDoubtAboutTheProcessKeepsTheValue(t *testing.T) {
	t.Parallel()
	got := ruleFields(t, qualify.RealEstate, nil, "hey yes kinda?? it was my grandpa's, he passed in october and it's in my name now. i'm 22 and have no idea what i'm doing lol")
	require.Equal(t, "death in family", got[qualify.Motivation].Value)
	require.InDelta(t, 0.8, got[qualify.Motivation].Confidence, 0.001)
	monthly := []qualify.Turn{{Text: "Do you have an idea of how much you'd like to spend per month?"}}
	require.Less(t, ruleFields(t, qualify.BANT, monthly, "no se like 40, 50 al mes?? idk how it works")[qualify.Budget].Confidence, 0.7)
}

// TestATenantDecidesNothing: "I rent" to "do you rent or own the space?"
// names no decision maker; "I rent it out" owns, and a couple who rent
// still decide together.
func TestATenantDecidesNothing(t *testing.T) {
	t.Parallel()
	q := []qualify.Turn{{Text: "Just a few things: how many employees do you have, and do you rent or own the space?"}}
	require.NotContains(t, ruleFields(t, qualify.BANT, q, "2 part time girls, and I rent."), qualify.Authority)
	require.Equal(t, "joint decision", ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "Who will be on the loan?"}}, "me and my wife, we rent now")[qualify.Authority].Value)
	require.Equal(t, "decision maker", ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "Who will be on the loan?"}}, "just me, divorced as of last year. my lease is up end of october")[qualify.Authority].Value)
}

// TestAnswersReadInTheirOwnTerms: a band of prices in the 380s runs to
// 389k, a range asked "in mind for the home price" is money, "what are
// you thinking?" asks the need (180 linear feet of fence is no money),
// the one who signs is named in Spanish, the last week of next month is
// to come, and a figure given only to refuse one states no price.
func TestAnswersReadInTheirOwnTerms(t *testing.T) {
	t.Parallel()
	rng := []qualify.Turn{{Text: "Haha we'll find out! Do you have a range in mind for the home price?"}}
	require.Equal(t, "around $380,000-$390,000", ruleFields(t, qualify.BANT, rng, "somewhere in the 380s, 400 tops. rocket ya me dio pre-approval pero el rate estaba feo")[qualify.Budget].Value)
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "we're looking in the 300s")[qualify.Budget].Value, "$400,000")

	fence := []qualify.Turn{{Text: "Hey Ben, it's Gwen from Hometown Fence Co. Thanks for requesting a quote! What are you thinking?"}}
	got := ruleFields(t, qualify.BANT, fence, "new privacy fence for the backyard, around 180 linear feet. old one's falling over")
	require.Equal(t, "new privacy fence for the backyard", got[qualify.Need].Value)
	require.NotContains(t, got, qualify.Budget)

	require.Equal(t, "approval", ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "Who would be on the loan with you?"}}, "con mi hijo, él tiene mejor crédito y él es el que va a firmar todo")[qualify.Authority].Value)

	require.Contains(t, ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "Congrats! When's the closing?"}}, "lawyer's aiming for the last week of next month, date's not final"), qualify.Timeline)
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "we bought it last week of june 2019"), qualify.Timeline)

	price := []qualify.Turn{{Text: "Thanks for the detail. Do you have a price in mind?"}}
	require.NotContains(t, ruleFields(t, qualify.RealEstate, price, "la de al lado se vendió en como 480 pero esa estaba toda remodelada. no sé, no quiero decir un número todavía"), qualify.Price)
	require.Contains(t, ruleFields(t, qualify.RealEstate, price, "como 480, la de al lado se vendió igual"), qualify.Price)
}

// TestValuesThatWereNotThere: readings a blind set's early handoffs
// showed wrong, each kept with its counterpart that still reads.
func TestValuesThatWereNotThere(t *testing.T) {
	t.Parallel()
	// all year, a year past, a business opened in March: no timeline
	for _, s := range []string{"Necesito seguro para el motorhome, vivimos en él todo el año", "Bueno, sí, la teníamos en venta el año pasado.",
		"para mi negocio, tengo un taco truck que abrí en marzo", "we live out there all year"} {
		require.NotContains(t, ruleFields(t, qualify.BANT, nil, s), qualify.Timeline, s)
	}
	require.Contains(t, ruleFields(t, qualify.BANT, nil, "la queremos vender en marzo"), qualify.Timeline)
	// "one sec" counts nobody
	require.NotContains(t, ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "Got it. How many people are on the team?"}}, "sorry one sec, need to call into standup"), qualify.CompanySize)
	// a fine time is no fine house
	require.NotContains(t, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: "Hi, this is Ben. Do you have a minute?"}}, "Good morning Ben. Yes it is a fine time, I am just having my coffee."), qualify.Condition)
	// a neighbour's regret is not the lead's
	require.NotContains(t, ruleFields(t, qualify.RealEstate, nil, "Thank you. My neighbor sold to one of those Opendoor outfits and regretted it, so I am cautious."), qualify.Motivation)
	require.Equal(t, "regrets purchase", ruleFields(t, qualify.RealEstate, nil, "I regret buying this place, the commute is awful")[qualify.Motivation].Value)
	// naming the business names no role and no size
	got := ruleFields(t, qualify.B2B, nil, "Tenemos una compañía de drywall y pintura en Kenner, somos como 25.")
	require.NotContains(t, got, qualify.Role)
	require.Contains(t, got, qualify.CompanySize)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "We're a home health agency out of Atlanta."), qualify.CompanySize)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "soy la dueña de una compañía de limpieza"), qualify.Role)
	// a cousin's advice is no one the lead researches for; a boss's
	// errand is
	help := []qualify.Turn{{Text: "Hi! How can I help?"}}
	got = ruleFields(t, qualify.BANT, help, "hey just got some questions, my cousin said y'all helped her. she told me to stop by the office but I work days")
	require.NotContains(t, got, qualify.Authority)
	require.NotContains(t, got, qualify.Need)
	require.Equal(t, "influencer", ruleFields(t, qualify.BANT, nil, "my boss asked me to look into this for the office")[qualify.Authority].Value)
}

// TestBedsAndShopsSayWhoAndHowBig: "a 90 bed hospital" is the size of
// the place, and owning a barbershop is a role.
func TestBedsAndShopsSayWhoAndHowBig(t *testing.T) {
	t.Parallel()
	got := ruleFields(t, qualify.B2B, []qualify.Turn{{Text: "Thanks for downloading our guide! What's your role there?"}}, "Director of nursing at a 90 bed hospital in Harlan")
	require.Contains(t, got[qualify.CompanySize].Value, "90 bed")
	require.Contains(t, got, qualify.Role)
	require.Contains(t, ruleFields(t, qualify.B2B, nil, "My wife and I own a barbershop in Little Havana, going on 38 years."), qualify.Role)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "we have 3 beds in the back room"), qualify.CompanySize)
}

// TestReviewOfStop61: a review's inputs against this stop's readings.
// A stay that is a state of the deal keeps its timeline, "pasado el
// lunes" is after Monday, a greeting or a good time had is no time said
// to be fine, a sole borrower who rents still decides, a boss's errand is
// an influencer and a cousin's advice is not, a garage next door and a 3
// bed home are no business, worn carpets and a tenant moving out are no
// tired landlord, a need or a budget given beside a refusal of a figure
// stays, and "no sé cómo le vamos a hacer" doubts no date.
func TestReviewOfStop61(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"we're in probate until March, then we can sell", "I'm in training until May, then I can start", "estamos en trámite hasta marzo, después vendemos"} {
		require.Contains(t, ruleFields(t, qualify.RealEstate, nil, s), qualify.Timeline, s)
	}
	require.Contains(t, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: "¿Cuándo quiere vender?"}}, "puede ser la próxima semana pasado el lunes"), qualify.Timeline)
	cond := []qualify.Turn{{Text: "What condition is the house in?"}}
	for _, s := range []string{"Good morning! it's good", "it's in good shape, we had a good time there"} {
		require.Contains(t, ruleFields(t, qualify.RealEstate, cond, s), qualify.Condition, s)
	}
	loan := []qualify.Turn{{Text: "Who will be on the loan?"}}
	for _, s := range []string{"just me, I rent right now", "me. rent is killing me"} {
		require.Equal(t, "decision maker", ruleFields(t, qualify.BANT, loan, s)[qualify.Authority].Value, s)
	}
	require.Equal(t, "influencer", ruleFields(t, qualify.B2B, nil, "my boss asked me to set up a demo")[qualify.Role].Value)
	require.NotContains(t, ruleFields(t, qualify.BANT, nil, "my cousin told me to check you guys out"), qualify.Authority)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "we own the garage next door and the house"), qualify.Role)
	require.NotContains(t, ruleFields(t, qualify.B2B, nil, "we're selling a 3 bed home in Tulsa"), qualify.CompanySize)
	for _, s := range []string{"tenants left the carpets pretty worn, needs paint", "tenant is getting out end of june, we'd list after"} {
		require.NotEqual(t, "tired landlord", ruleFields(t, qualify.RealEstate, nil, s)[qualify.Motivation].Value, s)
	}
	require.Contains(t, ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "What are you looking to do?"}}, "redo the whole back deck with composite, don't want to put a number on it yet"), qualify.Need)
	require.Equal(t, "$500/month", ruleFields(t, qualify.BANT, []qualify.Turn{{Text: "What's your budget?"}}, "i dont want to put a number on it but we can do 500 a month")[qualify.Budget].Value)
	require.InDelta(t, 0.8, ruleFields(t, qualify.RealEstate, []qualify.Turn{{Text: "When do you want to sell?"}}, "en marzo, no se como le vamos a hacer con la mudanza")[qualify.Timeline].Confidence, 0.001)
	require.Equal(t, "downsizing", ruleFields(t, qualify.RealEstate, nil, "the house feels empty since the kids left")[qualify.Motivation].Value)
}

// TestPlacesSeasonsAndFollowUpsNoTimeline: a school that is a place ("in
// the school drop-off line"), a headcount by season ("forty-some in
// season") and a time to follow up ("Want me to check back next week?"
// "Sure, next week works.") are no timeline; a move into care with no
// word of the house is no condition. A school year, a season to buy by
// and a time asked for the deal still are, and a house told of with the
// move still has its condition.
func TestPlacesSeasonsAndFollowUpsNoTimeline(t *testing.T) {
	t.Parallel()
	requireNotStated(t, []stated{
		{qualify.B2B, "", "hi, sorry, writing this in the school drop-off line. our clinic's staff scheduling is a mess", qualify.Timeline},
		{qualify.B2B, "About how many people would be using it?", "Forty-some in season, a dozen in winter.", qualify.Timeline},
		{qualify.B2B, "Great. Want me to check back next week?", "Sure, next week works.", qualify.Timeline},
		{qualify.RealEstate, "What's got you thinking about selling?", "She moved into assisted living in May. Nobody's in the house now.", qualify.Condition},
	})
	requireStated(t, []stated{
		{qualify.B2B, "", "we want it live before the school year starts", qualify.Timeline},
		{qualify.B2B, "When are you hoping to have something in place?", "next week ideally", qualify.Timeline},
		{qualify.B2B, "", "we need it by spring, we're 40 in summer", qualify.Timeline},
	})
	require.Contains(t, ruleFields(t, qualify.RealEstate, nil, "Mom moved into assisted living and the roof leaks over the kitchen"), qualify.Condition)
}

// TestNeedsPricesAndInheritancesSaidPlainly: "trying to get a house" and
// "starting to look at houses" state the need to buy, "260 and u can
// have it" after "what number would you need?" the price, and "my aunt
// leave it to me when she pass" an inheritance; "trying to get a hold of
// my agent" and "I have 260 sq ft of deck" state none of them.
func TestNeedsPricesAndInheritancesSaidPlainly(t *testing.T) {
	t.Parallel()
	requireStated(t, []stated{
		{qualify.BANT, "Still looking to buy?", "yeah, trying to get a house near the port in Savannah so I'm not driving 2 hrs to the yard", qualify.Need},
		{qualify.BANT, "Are you working with a lender yet?", "Not yet. We're just starting to look at houses in Bridgeport, my agent said to get pre-approved first.", qualify.Need},
		{qualify.RealEstate, "If we made a fair cash offer, what number would you need to walk away happy?", "tell u what, 260 and u can have it with whatever junk he left in the basement", qualify.Price},
		{qualify.RealEstate, "What has you thinking about selling this one?", "My aunt leave it to me when she pass last year, and I live in Randolph now so is far for me.", qualify.Motivation},
	})
	requireNotStated(t, []stated{
		{qualify.BANT, "Still looking to buy?", "trying to get a hold of my agent first", qualify.Need},
		{qualify.RealEstate, "", "I have 260 sq ft of deck out back", qualify.Price},
		{qualify.RealEstate, "", "I'll leave it to my kids someday", qualify.Motivation},
	})
}

// TestReviewStop62Fields: what the review of stop 62's change found. A
// seller getting the house ready and a realtor's comparison want to buy
// nothing; a bequest to come is no inheritance; a timeline asked after a
// follow-up told is still a timeline; a house in poor shape beside a move
// into care keeps its condition.
func TestReviewStop62Fields(t *testing.T) {
	t.Parallel()
	requireNotStated(t, []stated{
		{qualify.BANT, "", "trying to get my house painted before we sell", qualify.Need},
		{qualify.BANT, "", "We're trying to get our house ready to list this spring", qualify.Need},
		{qualify.BANT, "", "my realtor started looking at homes to compare prices for our place", qualify.Need},
		{qualify.RealEstate, "", "mi tia dice que she will leave it to me when she die, pero ahorita she want to sell", qualify.Motivation},
	})
	requireStated(t, []stated{
		{qualify.RealEstate, "Got it. I'll check back then — roughly when are you thinking of listing?", "End of summer probably", qualify.Timeline},
		{qualify.BANT, "Totally fine, I can touch base later. What's your timeline looking like?", "within 3 months", qualify.Timeline},
	})
	vs, err := qualify.NewRuleExtractor(nil).Extract(context.Background(), qualify.ExtractInput{Schema: qualify.RealEstate, Text: "Mi mamá está en un asilo, la casa está muy descuidada"})
	require.NoError(t, err)
	require.True(t, hasField(vs, qualify.Condition), "%v", vs)
}

// TestHeadCountAfterABudgetQuestionIsNoBudget: "we're a 200 person
// company" or "we have 50 reps" after "What's your budget?" counts
// people, as the size rules read it, and states no budget (a reviewer
// saw budget "$200" shown to the rep and counted toward BANT's 3 of 4).
// A bare figure, or one a month or per rep, still answers the budget.
func TestHeadCountAfterABudgetQuestionIsNoBudget(t *testing.T) {
	t.Parallel()
	const q = "What's your budget?"
	requireNotStated(t, []stated{
		{qualify.B2B, q, "we're a 200 person company", qualify.Budget},
		{qualify.B2B, q, "we have 50 reps", qualify.Budget},
		{qualify.BANT, "Thanks Alex! Do you have a budget in mind for this?", "we're a 200 person company and I'm the VP of Sales", qualify.Budget},
		{qualify.BANT, q, "we've got 60 sales reps", qualify.Budget},
		{qualify.B2B, q, "there's 75 agents on the floor", qualify.Budget},
		{qualify.BANT, q, "somos 80 vendedores", qualify.Budget},
	})
	requireStated(t, []stated{
		{qualify.B2B, q, "we're a 200 person company", qualify.CompanySize},
		{qualify.B2B, q, "we have 50 reps", qualify.CompanySize},
		{qualify.BANT, q, "200 a month", qualify.Budget},
		{qualify.BANT, q, "50 per rep", qualify.Budget},
		{qualify.BANT, q, "maybe 300", qualify.Budget},
		{qualify.BANT, q, "about 500 for the whole team", qualify.Budget},
	})
}
