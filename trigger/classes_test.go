package trigger_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/trigger"
)

// TestExplicitAskClasses covers the generalised ask classes with examples
// written for this test, each with look-alikes that are not asks.
func TestExplicitAskClasses(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		class string
		asks  []string
		not   []string
	}{
		{
			class: "an eighth writer's Spanish asks and look-alikes",
			asks: []string{"órale, márqueme pues", "¿me podéis llamar al móvil?", "¿sería tan amable de llamarme?", "¿el asesor puede venir a ver la casa?",
				"¿nos podemos ver mañana para platicar?", "pásame con alguien que sepa", "quiero que venga alguien de ustedes a la casa", "hablemos por cel mejor",
				"quiero hablar con Rosa, la que vino ayer"},
			not: []string{"ni se les ocurra llamarme en el trabajo", "¿con quién hablo?", "mañana tengo junta con el gerente de mi banco",
				"me llaman del trabajo, luego te escribo", "quiero hablar con mi esposa primero", "¿puedo mandar fotos en vez de que venga alguien?",
				"el martes está bien para que venga el técnico"},
		},
		{
			class: "Spanish calls, returned calls and people who attend",
			asks:  []string{"échenme una llamadita en la tarde", "¿a qué hora me regresan la llamada?", "¿me podría atender un asesor?", "quisiera una cita con un vendedor", "necesito hablar con el técnico", "márcame vos"},
			not:   []string{"el técnico ya vino ayer", "la llamada de ayer se cortó", "tengo cita con el dentista", "ando en un call ahorita, text me later"},
		},
		{
			class: "a call that would be easier",
			asks: []string{"honestly it'd be simpler if someone called me", "would you mind calling me instead?", "yes please call, anytime after 2",
				"rather just talk than type", "what's the number for the sales team?", "can i get the loan officer's cell?", "¿no me puede marcar?",
				"llamadme cuando podáis", "prefiero una call", "¿puedo hablar directamente con un oficial de préstamos?", "¿alguien tiene cinco minutos para una llamada?"},
			not: []string{"we already had the call with your rep, what's next", "i prefer texting, i hate phone calls", "people call me Sam wrong all the time", "tengo junta con mi asesor el lunes", "¿cuál es el número de la oficina de permisos?", "we have a team call on fridays about it", "i'm a real person, promise lol", "you're quick for a human, is this automated?", "my daughter is the one to talk to about the house", "i'd rather keep this over text", "on the phone with my lender, one sec", "can i pay by phone?", "best way to reach me is text", "had a good talk with your rep yesterday, send the contract", "the form asks for your agent id"},
		},
		{
			class: "in person, callbacks and awaited calls (issue 8, this stop)",
			asks: []string{"could we meet at the house on saturday", "I'd rather sit down face to face for this", "set me up a walkthrough with one of your agents",
				"missed you earlier, ring me again after lunch", "I'll wait for your call", "quedo en espera de su llamada", "¿me pueden volver a llamar?",
				"¿podríamos reunirnos en su oficina?", "una videollamada con alguien de su equipo estaría bien", "what's the número to call?"},
			not: []string{"can we meet the closing date if I sign today", "is the walkthrough in person or online?", "I'm meeting in person with my accountant monday",
				"I had to cancel my appointment with your guy, sorry", "let's talk numbers, what's the best you can do", "is your software able to let agents call leads?",
				"we run a call center with 40 agents", "the other lender had a real person on chat", "I'm hard to reach by phone, text works",
				"prefiero no hablar por teléfono", "ya tuvimos la llamada con su asesor", "mi hermano habló con alguien de ustedes"},
		},
		{
			class: "a sixth writer's genres: quotes, texts meant for friends, a human instead of the bot",
			asks: []string{"is there a direct line for the billing team?", "can I get the cell of whoever handles the estimates",
				"can a real person help me with this booking", "is there a human who can check my order", "anyone there who isn't a bot?",
				"I want to talk to the manager, not an assistant", "no more bots please, a person", "Is this automated? If not I'd like someone to call"},
			not: []string{"play \"Call Me Maybe\"", "the flyer says \"call us today for a free quote\", what's in the quote?",
				"got a voicemail saying \"press 1 to speak to an agent\", is that you?", "ring me back babe, phone died",
				"what's the customer service number for United", "call me Sam btw, only my gran says Samantha", "not a bot, just slow at typing"},
		},
		{
			class: "connection verbs",
			asks:  []string{"can i get connected with an agent", "please route me to a live rep", "pass me over to your supervisor", "could i have a word with the owner"},
			not:   []string{"switch my plan to the annual one", "forward the inspection report to my lawyer", "hand the spare keys to the buyer", "how do i transfer funds to another customer"},
		},
		{
			class: "a person who can explain",
			asks:  []string{"do you have someone there who could walk me through the offer", "is there a human who can answer this"},
			not:   []string{"my nephew is someone who can fix anything"},
		},
		{
			class: "stated phone preference",
			asks:  []string{"a phone call works better for me honestly", "voice would be easier than all this typing", "id welcome a quick call", "happy to discuss live"},
			not:   []string{"my phone is great now that it's fixed", "the phone works fine", "texting works better for me"},
		},
		{
			class: "call-time scheduling",
			asks:  []string{"after lunch works for a quick call", "easiest to reach me mornings", "free for a call at 4?"},
			not:   []string{"the best time to visit is fall", "works for me, see you at the closing"},
		},
		{
			class: "how to reach the sender",
			asks:  []string{"how should we contact you folks", "best to reach me on my cell after 5", "can someone in charge look at this"},
			not:   []string{"what number do i dial for the plumber", "who is in charge of the parade at the park"},
		},
		{
			class: "third parties and idioms",
			not: []string{
				"could you call my landlord for me",
				"smart call holding off until summer",
				"what's the number to reach them",
				"am i chatting with a real human right now?",
				"spoke to the appraiser on the phone last week",
				"i'd rather not hop on the phone, text is fine",
			},
		},
	} {
		for _, s := range tc.asks {
			require.True(t, trigger.Analyze(s).ExplicitAsk, "%s: %q is an ask", tc.class, s)
		}
		for _, s := range tc.not {
			sig := trigger.Analyze(s)
			require.False(t, sig.ExplicitAsk, "%s: %q is not an ask (%s)", tc.class, s, sig.ExplicitAskRule)
		}
	}
}

// TestFrustrationClasses covers frustration without profanity, and a
// past annoyance that the message resolves.
func TestFrustrationClasses(t *testing.T) {
	t.Parallel()
	frustrated := []string{
		"honestly tired of hearing from you people",
		"quit playing games and give me a straight answer",
		"you are harassing me at this point",
		"thank you for nothing",
		"zero effort on your end",
		"are you blind? the price is in my last message",
		"how many more calls will you make today",
		"where the h*ll is my deposit",
		"this app is such cr*p",
		"sh** service as usual",
	}
	calm := []string{
		"i was frustrated before but this offer works",
		"how many messages can i send per day",
		"no help needed, thanks",
		"thanks for the quick reply",
		"the price is *firm* by the way",
		"**note** the garage is detached",
		"3*4 acres",
	}
	for _, s := range frustrated {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
	for _, s := range calm {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q is calm (%s)", s, sig.FrustrationRule)
	}
}

// TestFrustrationAimedElsewhere: strong words that are not aimed at the
// sender (delight, someone else's anger, an annoying thing, idioms) are
// not frustration; Spanish frustration is.
func TestFrustrationAimedElsewhere(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"damn that's a great price", "holy crap you guys are quick", "YES!!! THANK YOU SO MUCH",
		"my tenant is furious about the showings, can we do fewer?", "my dad was unhappy with his old lender",
		"the noise from the furnace is awful at night", "worst case the install slips a week, right?",
		"no frustration here at all, take your time", "ay carajo, llegaron rapidísimo, gracias",
		"you guys did a hell of a job on the roof", "the kids are upset about moving, so june works best",
		// someone else's doing: the subject or the feeling's object
		"the last contractor was a total moron", "i'm so annoyed with my bank right now, can you help me switch",
		"ya me tienen harta mis inquilinos", "estoy harto de mis tenants, por eso vendo", "qué lluvia tan horrible hoy",
		"my wife is fed up with our current insurer, hence the message", "los vecinos me tienen cansado, por eso vendemos",
		"mi cuñada está frustrated con su banco",
		// the lead's own customers go unanswered: their problem, told calmly
		"los clientes se desesperan porque nadie les contesta a tiempo",
	} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q is not frustration (%s)", s, sig.FrustrationRule)
	}
	for _, s := range []string{
		"this is the worst service ever", "you people are useless", "are you even reading my messages??",
		"estoy harta de esperar", "qué falta de respeto, nadie me contesta", "no sirven para nada", "otra vez no vino nadie",
		"estoy harta de sus mensajes",
		// a noun beside a swear is not delight, "bad" is not a happy word
		// and "the" does not name someone else
		"you did a shit job", "this rate is crap", "why is this so bad??", "the process has been awful",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
}

// TestHedgeCapsJudgedCommitment: a judge (the learned tier, an LLM) may
// add a commitment the rules missed, but not to a message the rules read
// as hedged: soft yeses never fire.
func TestHedgeCapsJudgedCommitment(t *testing.T) {
	t.Parallel()
	sig := trigger.Analyze("ok let's do it, but no promises")
	require.True(t, sig.Hesitant)
	require.Less(t, sig.Merge(trigger.Judgement{Commitment: 3, Tier: "llm"}).Commitment, 2)
	require.Less(t, trigger.Judged("let's do it... pero más adelante").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("hmm").Merge(trigger.Judgement{Commitment: 2}).Commitment, 2, "an unhedged message takes the judge's reading")
}

// TestRuleClassesInOtherWords covers the optional rules and signals as
// leads state them in whole conversations: a competitor named by what it
// did, a seat count in the hundreds, a price that depends on the lead's
// situation, "enough already" and its Spanish kin; and look-alikes that
// fire nothing.
func TestRuleClassesInOtherWords(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	comp := trigger.Competitor()
	for _, s := range []string{"Allstate quoted me 120 for the same coverage", "Offerpad already sent us an offer"} {
		require.True(t, fires(comp, s), "%q names a competitor", s)
	}
	// Spanish, and a comparison with what the lead uses now
	for _, s := range []string{"otra aseguradora me cotizó más barato", "¿qué ofrecen ustedes que no tenga Contpaqi?", "how is yours different from the one we have now?", "what does your app do that Jobber doesn't?"} {
		require.True(t, fires(comp, s), "%q mentions a competitor", s)
	}
	for _, s := range []string{"tengo otra oferta de trabajo en Dallas", "how are you doing today", "otra vez se fue la luz"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
	// a lender or a shop named by its kind
	for _, s := range []string{"the credit union near my office quoted 5.9 with no points", "my bank offered to match it"} {
		require.True(t, fires(comp, s), "%q mentions a competitor", s)
	}
	for _, s := range []string{"you quoted me 120 last week", "my brother offered me a hand with the move", "they sent me an offer letter for the job",
		"your loan officer quoted me 6.1 yesterday, is that still good?"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
	hv := trigger.HighValueScope(500000)
	require.True(t, fires(hv, "about 300 users at first, more later"))
	require.False(t, fires(hv, "we have 12 users"))
	require.True(t, fires(hv, "the duplex plus my other rentals, I'd sell the whole bundle to one buyer"))
	require.False(t, fires(hv, "I'd sell the house to one buyer"))
	oos := trigger.OutOfScope()
	require.True(t, fires(oos, "what rate would I get with a 640 credit score?"))
	require.True(t, fires(oos, "what's the exact premium for two cars?"))
	require.False(t, fires(oos, "rates seem to be dropping lately"))
	for _, s := range []string{"omg enough already, just fix the sink", "you've got to be kidding me", "¿no leen lo que les escribo?", "qué pérdida de tiempo",
		"did nobody read my last message", "ok that's enough, this is getting out of hand"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{"client billing takes forever to reconcile, that's our pain", "the water pressure is terrible upstairs"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is a pain, not frustration", s)
	}
	require.False(t, trigger.Analyze("I make the call on this one").ExplicitAsk)
	for _, s := range []string{"hard to say", "ehh hard to tell", "ni idea la verdad"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q is unsure, not frustrated", s)
	}
	require.Less(t, trigger.Judged("sí, pero apenas estamos empezando").Commitment, 2)
	require.Less(t, trigger.Judged("just looking for now, let's do it later maybe").Commitment, 2)
	for _, s := range []string{"let's do it some other time", "sign me up i guess", "if we move forward what are the next steps?", "what are the next steps, just asking"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q is hedged", s)
	}
	require.False(t, trigger.Analyze("tired of being a landlord, that's all").Frustrated)
	require.True(t, trigger.Analyze("tired of being ignored by you guys").Frustrated)
	require.False(t, trigger.Analyze("on a call, one sec").ExplicitAsk)
	require.True(t, trigger.Analyze("can we hop on a call later?").ExplicitAsk)
	// Spanish fatigue with a situation is a reason to sell; with the
	// sender it is frustration
	require.False(t, trigger.Analyze("ya me cansé de tener inquilinos, quiero vender").Frustrated)
	require.True(t, trigger.Analyze("ya me cansé de sus mensajes").Frustrated)
	// a legal noun in a statement is the lead's situation; asked about,
	// it is a legal question
	require.False(t, fires(oos, "the title is in my late father's name"))
	require.True(t, fires(oos, "do I need probate before the title can transfer?"))
	require.True(t, fires(oos, "should I talk to a lawyer first"))
	// several properties, in Spanish
	require.True(t, fires(hv, "tengo cinco departamentos que quiero vender"))
	// two systems in one job, in Spanish or English
	require.True(t, fires(hv, "queremos cambiar la caldera y poner aire en toda la casa"))
	require.True(t, fires(hv, "replace the furnace and the ac before winter"))
	require.False(t, fires(hv, "the ac is fine, the furnace is the problem"))
	require.True(t, fires(hv, "queremos cambiar el aire central, la calefacción y poner mini splits"))
	require.True(t, fires(hv, "at this point I want the whole house repiped"))
	require.False(t, fires(hv, "the new ac works, the furnace is fine too"))
	// the shell's jobs with the systems' count when they are wanted as one
	require.True(t, fires(hv, "the AC is dying too, so we want it all at once: new roof, solar panels and the AC. can you do all three?"))
	require.False(t, fires(hv, "roof is 20 years old, the AC is shot and the windows are single pane"))
	require.True(t, fires(hv, "the inspector said it's galvanized and all of it will need to be repiped eventually"))
	require.False(t, fires(hv, "just the kitchen line needs to be repiped"))
	// "the Nth time" of a problem is a fact; of the sender's asks, frustration
	require.False(t, trigger.Analyze("2nd time this winter, the pipes are original").Frustrated)
	require.True(t, trigger.Analyze("this is the 4th time I've sent the form").Frustrated)
	require.False(t, trigger.Analyze("i told you last week i'd call when ready").Frustrated)
	// Spanish exasperation, emergencies, compliance and taxes, "beat that"
	for _, s := range []string{"¿en serio? es el colmo", "qué fastidio, nadie lee nada aquí"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	require.True(t, fires(oos, "está entrando agua por el techo, ¿qué hago?"))
	require.True(t, fires(oos, "we can't use anything that isn't HIPAA compliant, will you sign a BAA?"))
	require.True(t, fires(oos, "if I put it in an LLC does that affect my taxes?"))
	require.False(t, fires(oos, "my CPA does our books"))
	require.True(t, fires(comp, "paying 90 a month with them now, if you can't beat that forget it"))
	// a seventh writer's frustration: commands, incompetence, giving up,
	// sarcasm, disbelief, eye-rolls, regional Spanish; and its calm look-alikes
	for _, s := range []string{"please pay attention, it's Mesa not Phoenix", "what a waste of my evening", "does anyone over there know what they're doing",
		"forget it, too much hassle", "oh so now you answer", "Unbelievable.", "again? 🙄", "me tenés podrido con esto", "qué bronca, otra vez lo mismo",
		"hasta la madre de este proceso", "¿me estás leyendo o solo copias y pegas?", "still waiting. STILL."} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{"still waiting on the appraisal", "todavía esperando a mi esposo", "this rate is unreal, is that right?",
		"shit yeah, that's cheaper than I thought", "ugh mondays 😂 anyway the address is 12 Elm", "I'm terrible at paperwork, bear with me",
		"the weather's been terrible here", "joder, qué buen precio", "ya les dije ayer que sí"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is not frustration (%s)", s, trigger.Analyze(s).FrustrationRule)
	}
	// a ninth writer's conversations: comparisons, Spanish emergencies,
	// insurance law, not listening; a self-introduction and agreement
	// words are neither an ask nor a commitment for the learned tier
	require.True(t, fires(comp, "Progressive wants 190 a month, can you beat that?"))
	require.True(t, fires(comp, "Offerpad sent me one yesterday"))
	require.True(t, fires(comp, "otro lender me ofreció 6.1"))
	require.True(t, fires(oos, "se reventó un tubo y el agua está regando por todo el baño"))
	require.True(t, fires(oos, "does the policy cover the indemnification clause in my lease?"))
	for _, s := range []string{"do you people just not listen??", "I've told you twice already"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{"Santiago, pero llámame Santi", "it's Robert but call me Bobby"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q names the lead", s)
	}
	for _, s := range []string{"puede ser", "maybe later"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q is a hedge, not an ask", s)
	}
	for _, s := range []string{"listo, sí", "ok sounds good", "dale"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q is a soft yes", s)
	}
	// a count that answers a question is no commitment for the learned tier
	for _, s := range []string{"8 to start", "like 10 users para empezar", "about 25 to begin with"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q", s)
	}
	// a one-word calm answer is not frustration for the learned tier
	for _, s := range []string{"sometimes", "mornings", "weekdays"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
}

// TestAskForOthers: a business lead asking about what the product does
// for their own customers or users ("can my customers reach a live agent
// through it?") or whether it routes to people is asking about a feature,
// not for a person; and the lead's own broker calling them is a report.
// The lead in the clause keeps a real ask.
func TestAskForOthers(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"we need our clients to be able to speak to a real person after hours, is that built in?",
		"can callers request a callback from the widget on our site",
		"does your platform hand off to a live agent when the bot is stuck?",
		"mi asesor me llama todos los días para que firme, por eso pregunto",
	)
	requireAsks(t,
		"can your team call me this afternoon",
		"can I speak to a real person please",
		"quiero que mi asesor me llame mañana",
	)
}

// TestCapitalsAsAHabit: capitals are a shout when they carry a complaint
// ("WHY IS NOBODY CALLING ME BACK"), not when they only acknowledge ("ITS
// WORKING FINE SO FAR") or when the lead writes every turn in capitals.
func TestCapitalsAsAHabit(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("WHY IS NOBODY CALLING ME BACK").Frustrated)
	require.True(t, trigger.Analyze("OK BUT I SAID NO BASEMENT").Frustrated)
	require.False(t, trigger.Analyze("ITS WORKING FINE SO FAR").Frustrated)
	require.False(t, trigger.Analyze("YEP GOT THE EMAIL THANKS").Frustrated)
	hist := []trigger.Turn{{Text: "How did setup go?"}, {FromLead: true, Text: "WENT FINE"}, {Text: "How many on the team?"}}
	require.True(t, trigger.CapsHabit("4 OF US FOR NOW", hist))
	require.False(t, trigger.CapsHabit("4 OF US FOR NOW", hist[:1]), "no earlier lead turn")
	require.False(t, trigger.CapsHabit("4 OF US FOR NOW", []trigger.Turn{{FromLead: true, Text: "went fine"}}))
}

// TestCallSomeoneElse: asking the sender's crew to call a third party
// ("have your guys call the property manager when they get there", "ask
// the tech to call my renter") arranges access, it asks for no person;
// "can someone call the house phone" is the lead's own line.
func TestCallSomeoneElse(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"have your guys call the property manager when they get there",
		"could you ask the tech to call my renter before he comes, she'll open up",
	)
	requireAsks(t, "can someone call the house phone after 6", "can one of your people call me tomorrow")
}

// TestAskClassesW14: asks a writer of varied phrasing found missing (w14,
// a development set before it is trained on), in my own words, and the
// look-alikes it showed: a gate buzzer, the lead calling later, staff
// doing the work, a condition the lead will report back on, a question
// about whether the process needs a person at all, a call that happened.
func TestAskClassesW14(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"échame un fonazo en la tarde", "pégueme un telefonazo mañana", "dame un toque cuando llegues a la oficina",
		"timbrame cuando puedas", "can you give me a holler after lunch", "hit my cell when you get a sec",
		"send me your direct line please", "¿me puede contestar una persona?", "could we do a zoom with someone from sales",
	)
	for _, s := range []string{
		"buzz me in at the side door when you get here", "I'll give you a ring next week once we decide",
		"do you have real people doing the installs or subcontractors?",
		"if we end up needing someone to explain the contract I'll let you know",
		"si luego necesito hablar con alguien, le aviso",
		"will I ever have to speak to an agent, or is it all online?",
		"¿tengo que hablar con un asesor o se hace todo por la app?",
		"estuve en una llamada con la asesora ayer y quedó de mandarme todo",
	} {
		sig := trigger.Judged(s)
		require.False(t, sig.ExplicitAsk, "%q asks for no person now (%s)", s, sig.ExplicitAskRule)
	}
}

// TestRuleClassesDev11: rule topics and asks a development set (dev11)
// found missing, in my own words: water spraying as an emergency, a
// payment taken twice or a refund wanted as a billing dispute, a company
// named in Spanish by what it quoted, "those we-buy-houses companies
// offered", "somebody telephone me".
func TestRuleClassesDev11(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	oos := trigger.OutOfScope()
	for _, s := range []string{"water is spraying from the line behind the fridge, what do I do", "you pulled the payment twice this month",
		"I want the duplicate charge refunded"} {
		require.True(t, fires(oos, s), "%q is out of scope", s)
	}
	require.False(t, fires(oos, "we paid twice as much last year for the same plan"))
	comp := trigger.Competitor()
	for _, s := range []string{"Geico me cotizó 98 al mes", "Banco Azteca nos ofreció 7.2", "one of those cash buyer companies offered 150 last week"} {
		require.True(t, fires(comp, s), "%q mentions a competitor", s)
	}
	for _, s := range []string{"ustedes me cotizaron 120 la otra vez", "mi esposo me ofreció ayudar con la mudanza"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
	require.True(t, trigger.Analyze("I'd rather somebody telephone me, the keys are too small").ExplicitAsk)
}

// TestSelfFaultAndCalmCapitals: a lead faulting themselves ("sorry, I'm
// hopeless with these forms", "my bad, gave you the wrong street") and
// capitals that greet, introduce or offer a time are no frustration;
// "sorry but this is ridiculous" still is.
func TestSelfFaultAndCalmCapitals(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"sorry I took ages to answer, crazy week at work", "sorry if that's a dumb question, first time buying",
		"HELLO THIS IS GLORIA, I GOT YOUR NOTE ABOUT THE ROOF", "I AM FREE THURSDAY AFTER 2, DOES THAT WORK?"} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q is no frustration (%s)", s, sig.FrustrationRule)
	}
	for _, s := range []string{"sorry but this is ridiculous, third time I'm sending it", "WHY IS THIS SO COMPLICATED"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
}

// TestBookedDemoIsCommitment: booking the demo with whoever runs it
// commits (the score's signal), it asks for no person; a meeting with an
// agent still does.
func TestBookedDemoIsCommitment(t *testing.T) {
	t.Parallel()
	sig := trigger.Analyze("seen enough, schedule the demo with whoever handles onboarding, we want it live this month")
	require.False(t, sig.ExplicitAsk, sig.ExplicitAskRule)
	require.GreaterOrEqual(t, sig.Commitment, 2)
	require.True(t, trigger.Analyze("can I get a meeting with one of your agents this week").ExplicitAsk)
}

// TestAskLookAlikesW16: look-alikes from a writer of mid-conversation
// messages (w16), in my own words: whether signing needs a visit at all,
// a name given with "nomás", an identity question out of curiosity.
func TestAskLookAlikesW16(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"¿tengo que ir en persona a la oficina o se firma todo electrónico?", "llámame Lalo nomás, así me dicen todos",
		"eres real person o un bot? pura curiosidad, me da igual"} {
		sig := trigger.Analyze(s)
		require.False(t, sig.ExplicitAsk, "%q asks for no person (%s)", s, sig.ExplicitAskRule)
	}
	require.True(t, trigger.Analyze("can a real person text me back please").ExplicitAsk)
}

// ruleFires reports whether r hands off on text alone.
func ruleFires(t *testing.T, r trigger.Rule, text string) bool {
	t.Helper()
	return firesAfter(t, r, "", text)
}

// firesAfter reports whether r hands off on text sent in reply to asked,
// the business's last message.
func firesAfter(t *testing.T, r trigger.Rule, asked, text string) bool {
	t.Helper()
	d, err := r.Evaluate(context.Background(), trigger.Input{Text: text, Asked: asked})
	require.NoError(t, err)
	return d.Handoff
}

// TestAskForPrincipal: someone writing for the owner who does not text
// asks for a call to them ("my mother owns it and doesn't text, can your
// agent call her?", "mi abuelo es el dueño y no usa mensajes, ¿alguien
// lo puede llamar?"); without that, "call her" is still someone else.
func TestAskForPrincipal(t *testing.T) {
	t.Parallel()
	requireAsks(t, "my mother owns the house and doesn't text. can your agent call her tomorrow?",
		"mi abuelo es el dueño y no usa mensajes, ¿alguien lo puede llamar?",
		"Mi tía quiere que la llame una persona, con los mensajes se confunde")
	require.False(t, trigger.Analyze("could your tech call her before coming? she'll open the gate").ExplicitAsk)
}

// TestAskRelayed: a lead who writes for someone of the household or the
// office passes on their ask for a call ("my wife asks if someone can call
// her", "mi mamá pregunta si le pueden llamar"), or asks a call for the one
// who decides ("can someone call my wife, she handles this"). A call to
// someone of the lead's own with no such reason stays someone else's call.
func TestAskRelayed(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"my wife asks if someone can call her",
		"my husband wants someone to call him this evening",
		"can someone call my wife, she handles this",
		"can your rep call my husband at 555-1212, he makes the decisions",
		"mi esposo quiere que alguien le llame",
		"mi mamá pregunta si le pueden llamar",
		"la secretaria pregunta si alguien le puede marcar",
	)
	requireNoAsks(t,
		"can you call my wife",
		"my wife asked if the inspector can call her",
		"my husband wants to call you guys later",
		"could your tech call her before coming? she'll open the gate",
		"mi esposo dice que le llame el plomero",
	)
}

// TestNamedRivalAndWholeHouseInOtherWords: a company named by what it did
// ("Rocket gave me a pre approval", "Looker came in 20% cheaper") is a
// competitor, the sender's own quote coming in lower is not; a whole-home
// job in other words ("redo the whole house in pex") is high value.
func TestNamedRivalAndWholeHouseInOtherWords(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	comp := trigger.Competitor()
	for _, s := range []string{"Better Mortgage gave me a pre approval at 6.1", "honestly Tableau came in about 15% cheaper for the same seats"} {
		require.True(t, fires(comp, s), "%q mentions a competitor", s)
	}
	for _, s := range []string{"the estimate came in lower than I expected, nice", "your quote came in under budget"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"we should just repipe the whole house at this point", "thinking we redo the whole home in pex", "all the wiring in the house is original"} {
		require.True(t, fires(hv, s), "%q is a whole-home job", s)
	}
	require.False(t, fires(hv, "just the pipe under the kitchen sink"))
}

// TestDev14Classes: "no tiene sentido quedarme con la casa" (no point in
// keeping it) is no confusion, "esto no tiene sentido" is; an exasperated
// "contesta lo que te pregunto" is frustration, a calm "ya les dije" is
// not; "me mandaron una oferta" names a competitor; "every line in the
// house" is a whole-home job; "how soon can you come install it" commits;
// a company of 120 people is no hundreds of seats, 350 agents are.
func TestDev14Classes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("mi hija vive en Ohio, no tiene sentido quedarme aquí sola").Frustrated)
	require.True(t, trigger.Analyze("esto no tiene sentido, ya van tres formularios").Frustrated)
	require.True(t, trigger.Analyze("contesta lo que te pregunto y ya").Frustrated)
	require.False(t, trigger.Analyze("ya les dije ayer, el martes").Frustrated)
	require.True(t, ruleFires(t, trigger.Competitor(), "los de la otra compañía ya me mandaron una oferta"))
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "I want every line in the house replaced"))
	require.Equal(t, 2, trigger.Analyze("ok I want the 3 ton unit, how soon can you come install it").Commitment)
	require.True(t, trigger.Analyze("how soon could you start if we were to decide?").Hesitant)
	hv := trigger.HighValueScope(500000)
	require.False(t, ruleFires(t, hv, "about 120 people, maybe 30 would use it"))
	require.True(t, ruleFires(t, hv, "roughly 350 agents to start"))
}

// TestDev16Classes: a crash happening now is an emergency in either
// language ("acabo de chocar", "just got in a wreck"), an old accident is
// not; a price asked for the lead's own situation ("how much would it be
// with my son who's 17") is out of scope; a question thick with a trade's
// jargon is a technical one; the provider the lead is with now, named as
// a name ("sí, con State Farm", "my loan is with Rocket"), and a company
// that "sent me something" are competitors; "with my wife" is not.
func TestDev16Classes(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	has := func(text string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(text).OutOfScope, tp) }
	require.True(t, has("acabo de chocar saliendo del trabajo, ¿qué hago?", trigger.TopicEmergency))
	require.True(t, has("just got in a wreck on 5th, other driver left, what do I do", trigger.TopicEmergency))
	require.False(t, has("tuve un choque hace dos años, ¿sube mucho?", trigger.TopicEmergency))
	require.True(t, has("how much would it be with my daughter who just got her license?", trigger.TopicPricing))
	require.True(t, has("what rate would I actually get with a 640 score?", trigger.TopicPricing))
	require.True(t, has("the blower runs but the compressor won't kick on and the thermostat shows an error code 33, is it the capacitor?", trigger.TopicTechnical))
	require.False(t, has("can you install a new thermostat?", trigger.TopicTechnical))
	comp := trigger.Competitor()
	for _, s := range []string{"sí, con State Farm, pero me subieron la renovación", "my loan is with Rocket right now", "Opendoor already sent me something"} {
		require.True(t, fires(comp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"yes, with my wife", "si, con mi esposo", "yeah I'm with Jessica at the office", "my insurance is with you guys"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
}

// TestDev16MoreClasses: sarcasm in other words ("never would've thought
// of that", an eye-roll after praise), Spain's exasperation ("vaya tela",
// "¿me estáis tomando el pelo?"); "what do we do next" and a Spanish
// deadline commit; "450 agent seats", "one of five I own" and a repipe of
// "toda la casa" are high value. A plain eye-roll-free thanks is calm.
func TestDev16MoreClasses(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"wow never would've thought of that on my own, genius", "oh wow 80k, so generous 🙄",
		"vaya tela, os lo acabo de decir", "¿me estáis tomando el pelo?", "thanks for the laugh I guess", "así no hay quien os entienda"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
	require.False(t, trigger.Analyze("wow 80k, so generous, thank you!").Frustrated)
	requireCommits(t, "contract ends june 30, so what do we do next?", "cerramos el 28, necesito que arranquen esta misma semana")
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"roughly 450 agent seats across 3 countries", "that house is one of five I own", "hay que hacer repipe de toda la casa"} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
	require.False(t, ruleFires(t, hv, "one of my neighbors sold last year"))
}

// TestDev15Classes: an oath of exasperation ("jesus christ. three emails
// and now texts??") is frustration; other people's anger ("fielding the
// angry emails") is not; "call me Jim by the way" gives a name, not an
// ask.
func TestDev15Classes(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("jesus christ, a fourth text today??").Frustrated)
	require.True(t, trigger.Analyze("for god's sake, I answered that already").Frustrated)
	require.False(t, trigger.Analyze("I'm the one fielding the angry emails from our drivers").Frustrated)
	require.False(t, trigger.Analyze("we have a lot of frustrated customers on hold").Frustrated)
	require.True(t, trigger.Analyze("honestly I'm angry, this is the third reschedule").Frustrated)
	require.False(t, trigger.Analyze("yes. call me Jim by the way").ExplicitAsk)
	require.True(t, trigger.Analyze("call me tomorrow by 5 please").ExplicitAsk)
}

// TestDev15MoreClasses: smelling gas is an emergency; "we're with State
// Farm" names the provider the lead is with; "I need it by friday"
// commits with a date.
func TestDev15MoreClasses(t *testing.T) {
	t.Parallel()
	require.True(t, slices.Contains(trigger.Analyze("it clicks and I'm smelling gas by the furnace").OutOfScope, trigger.TopicEmergency))
	require.True(t, ruleFires(t, trigger.Competitor(), "ok just checked, we're with Allstate and pay 290"))
	require.False(t, ruleFires(t, trigger.Competitor(), "we're with the kids at the park, text later"))
	require.GreaterOrEqual(t, trigger.Analyze("yes please, the car is stuck in there and I need it by friday").Commitment, 2)
}

// TestAskRelayedMore: asks passed on for the one the lead writes for, in
// more forms ("mi esposo quiere que lo llamen", "él me pidió que alguien
// de ustedes le llame", "she'd like somebody to call her", "he wants you
// guys to call him", "my boss says have someone call him, he hates
// texting"), and Spanish asks in other words ("devuélvame la llamada",
// "¿un número fijo para llamarte?", "que alguien pase por la casa a
// platicar", "¿me podés pasar con alguien?"). A call to someone of the
// lead's own with no such reason stays theirs.
func TestAskRelayedMore(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"mi papá quiere que lo llamen, él decide",
		"mi mamá me pidió que alguien de ustedes le marque hoy",
		"I'm writing for my grandma. She'd like somebody to call her tomorrow",
		"my wife makes the decisions, she wants you to call her after 6",
		"My partner says have someone call him, he hates texting",
		"devuélvame la llamada por favor",
		"¿tienen un número para llamarles?",
		"que alguien venga a la casa a platicar, estoy todo el día",
		"¿me puedes pasar con alguien de ventas?",
	)
	requireNoAsks(t,
		"can you call my wife",
		"she wants to call you guys later",
		"mi hermano dice que le llame el plomero",
	)
}

// TestAskClassesW18: asks in other words ("I should like to speak with the
// proprietor", "can your AE grab 10 min on the phone", "HUMAN." shouted
// apart, "please return my call", "FaceTime me", "meet the loan officer",
// "I want a word with them", "somebody to come out and talk with me", "do
// you have an 800 number?", "set up time with a solutions engineer"); and
// look-alikes ("you sound like a real person", "u a real person or nah",
// "why did u call me at 7am", "our reps live on the phone", "I prefer
// this over phone calls", "the landlord will meet the plumber", "did
// someone from your office try calling me?").
func TestAskClassesW18(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"I should like to speak with the proprietor, if you would be so kind",
		"can your AE hop on the phone with me at 2?",
		"this bot is useless. HUMAN. now",
		"Please return my call, I left a voicemail",
		"facetime me when you're free",
		"Could I come by and meet the loan officer this week?",
		"whoever runs this place, I want a word with them",
		"I'd like somebody to come over and talk with me and my husband",
		"do you have an 800 number?",
		"I'd like to set up time with a solutions engineer",
	)
	requireNoAsks(t,
		"my son says you sound like a real person lol",
		"u a real person or nah",
		"why did u call me at 6am",
		"our techs live on the phone all day, does it have a mobile app?",
		"I prefer this over phone calls, keep it here",
		"the tenant will meet the plumber at 9",
		"what's the toll free number on my card for?",
	)
	require.False(t, trigger.Model().JudgeText("did someone from your office try calling me? I had a missed call").ExplicitAsk)
}

// TestFrustrationClassesW19: sarcasm and exasperation in other words
// ("must be nice to work where nobody calls back", "not like I have
// anything else to do", "gee thanks", "sure you do", "you people have the
// nerve", "I swear to god if", "losing my mind", "out of your mind",
// "go to hell", "a human would have figured it out", "me cago en todo",
// "déjenme respirar", "qué desastre", "vultures", an upside-down face on
// a complaint), and calm look-alikes (polite capitals, "not your fault",
// "without making me feel dumb", "so pumped!!", "not upset", a sincere
// "thanks a lot").
func TestFrustrationClassesW19(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"must be nice to have a job where nobody returns calls",
		"not like I have anything better to do than wait",
		"gee thanks for the 12 hour window",
		"'we value you' - sure you do",
		"you people have the nerve to text me after that",
		"I swear to god if the phone buzzes again",
		"three forms and none open, I'm losing my mind",
		"you want my bank login by text? are you out of your mind",
		"go to hell with that offer",
		"a human would have figured out by now that I said no",
		"me cago en todo, otra vez sin luz",
		"déjenme respirar, cuatro mensajes hoy",
		"qué desastre de servicio",
		"you guys are vultures",
		"no hay prisa, solo llevo una semana sin agua 🙃",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
	for _, s := range []string{
		"I DO NOT HAVE A COMPUTER. PLEASE SEND IT BY MAIL",
		"NO TENGO CORREO, MÁNDEME TODO POR TEXTO POR FAVOR",
		"the delay is annoying but not your fault",
		"she walked me through it twice without making me feel dumb",
		"we are so pumped!! is kickoff still monday?",
		"I'm not upset, just busy today",
		"Thanks a lot for the quick reply!",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm", s)
	}
}

// TestAskClassesW20: asks in more forms ("arrange for an adjuster to
// telephone me", "I'm more of a phone person", "easier if your AE just
// calls me", "I'd feel better if a technician talked me through it",
// "who over there can?", "my foreman said to have your estimator call his
// cell", "dice mi mamá que mejor la llamen", "¿con una persona de verdad
// se puede hablar?", "mejor por phone", "quiere hablar with your sales
// guy"); a third party's step asked about ("will the inspector call me
// first?") is none.
func TestAskClassesW20(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"please arrange for an adjuster to telephone me",
		"honestly I'm more of a phone person",
		"easier if your AE just calls me tomorrow",
		"I'd feel better if a technician talked me through it",
		"you can't answer that. who over there can?",
		"my foreman said to have your estimator call his cell",
		"dice mi papá que mejor lo llamen, no ve bien",
		"¿se puede hablar con una persona?",
		"mejor por phone, es mucho texto",
		"mi socio quiere hablar with your sales guy",
	)
	requireNoAsks(t, "will the inspector call me before coming?", "¿el inspector me llama antes de venir?")
}

// TestBillingInSpanishAndPasa: charges that went on and money asked back
// in Spanish are a billing dispute; "lo que pasa es que" names no contact,
// so the model's ask is not taken from it.
func TestBillingInSpanishAndPasa(t *testing.T) {
	t.Parallel()
	s := "no, lo que pasa es que me siguieron cobrando abril y mayo y quiero que me devuelvan ese dinero"
	require.True(t, slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicBilling))
	require.False(t, trigger.Model().JudgeText(s).ExplicitAsk)
	require.True(t, trigger.Analyze("¿me pasas con alguien de facturación?").ExplicitAsk)
}

// TestDev18Classes: a rotten-egg smell is an emergency, "everything
// swapped to PEX" a whole-home job, "a sales guy I can just hop on the
// phone with" an ask.
func TestDev18Classes(t *testing.T) {
	t.Parallel()
	require.True(t, slices.Contains(trigger.Analyze("there's a rotten egg smell by the water heater, is that normal??").OutOfScope, trigger.TopicEmergency))
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "both baths and the kitchen, everything swapped to PEX"))
	require.True(t, trigger.Analyze("is there a sales guy i can just hop on the phone w for 10 min").ExplicitAsk)
	require.False(t, trigger.Analyze("our techs hop on the phone with customers all day, does it log calls?").ExplicitAsk)
}

// TestAskClassesW21: a call asked for the owner of the place ("la casa es
// de mi papá... que alguien lo llame a él"); not someone else's promise
// ("the contractor said he'd call me back", "el contratista quedó en
// llamarme") nor a call center.
func TestAskClassesW21(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("la casa es de mi mamá, mejor que alguien la llame a ella").ExplicitAsk)
	requireNoAsks(t,
		"the plumber said he'd call me back and never did",
		"el técnico quedó en llamarme y nada",
		"we have 80 reps in the call center, does it scale?",
	)
}

// TestAskClassesW22: "who's the person I'd talk to about a pilot?", the
// roofer who did the estimate asked to reach out, "necesito un callback";
// a rep's promise last week is a report.
func TestAskClassesW22(t *testing.T) {
	t.Parallel()
	requireAsks(t, "who's the person I'd talk to about pricing?", "can the roofer who came out reach out to me directly?", "necesito un callback hoy")
	require.False(t, trigger.Analyze("the rep on the phone last week promised me 6.1%, still good?").ExplicitAsk)
}

// TestDev19Classes: six properties "of them" and "all as a package", a
// whole house that "needs to be repiped", "Opendoor ya me ofreció 310".
func TestDev19Classes(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"I've got six of them on that street", "I'd sell them all as a package", "he said the whole house needs to be repiped"} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
	require.True(t, ruleFires(t, trigger.Competitor(), "es que Opendoor ya me ofreció 310"))
	require.False(t, ruleFires(t, trigger.Competitor(), "mi hermano me ofreció 5 mil para la mudanza"))
}

// requireAsks checks that the rules read every text as an explicit ask.
func requireAsks(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for a person", s)
	}
}

// requireNoAsks checks that the rules read no text as an explicit ask.
func requireNoAsks(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for no person", s)
	}
}

// TestEmergencyWaterComingIn: water coming in through a roof or a
// ceiling right now, in Spanish, is an emergency; a drip fixed last
// year is not.
func TestEmergencyWaterComingIn(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	require.True(t, has("con la lluvia se está metiendo el agua por la lámpara de la sala"))
	require.True(t, has("se mete el agua por el techo cada vez que llueve y ahorita está lloviendo"))
	require.False(t, has("el año pasado se metía un poquito de agua pero ya lo arreglamos"))
}

// TestDev24Classes: a relative's house price is no high-value lead;
// "I don't want to screw him over" and "is that dumb?" are no
// frustration, while "you screwed me over" and "this is dumb" are.
func TestDev24Classes(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	for text, want := range map[string]bool{
		"my cousin just bought a 750k house and regrets it": false,
		"houses on our block are going for 900k":            false,
		"we're looking at places around 750k":               true,
		"we bought ours for 820k in 2019 and want to sell":  true,
	} {
		d, err := hv.Evaluate(context.Background(), trigger.Input{Text: text})
		require.NoError(t, err)
		require.Equal(t, want, d.Handoff, text)
	}
	for text, want := range map[string]bool{
		"I don't want to screw my tenant over, he's been great": false,
		"like 4k of stuff maybe? is that dumb":                  false,
		"you guys totally screwed me over on the estimate":      true,
		"this is dumb, third time I'm answering that":           true,
	} {
		require.Equal(t, want, trigger.Analyze(text).Frustrated, text)
	}
}

// TestAskClassesDev26: a human "with a pulse", someone to get on
// speaker, "mejor que la llamen a ella", "por
// teléfono mejor", a real person asked for in Spanish, "alguien me
// marke"; their look-alikes are no asks.
func TestAskClassesDev26(t *testing.T) {
	t.Parallel()
	requireAsks(t, "is there anyone with a pulse I can ask about this?",
		"we're at the property now, can somebody get on speaker with us?",
		"mi mamá dice que mejor que la llamen a ella directamente",
		"por teléfono mejor, después de las 5",
		"¿y una persona de verdad no hay por ahí?",
		"k alguien me marke porfa")
	requireNoAsks(t, "my dog has more of a pulse than this market lol",
		"put it on speaker when you play the voicemail for your team?",
		"¿eres una persona de verdad?",
		"mi hermana dice que mejor que le manden el papeleo por correo")
}

// TestAskClassesDev29: a human asked to look at something, sitting down
// with someone, "charlarlo con un representante", "telephone me" (dev27).
func TestAskClassesDev29(t *testing.T) {
	t.Parallel()
	requireAsks(t, "can a human please look at my application", "honestly I would much rather you just telephone me in the mornings",
		"prefiero sentarme con alguien a ver los números",
		"antes de firmar quisiera platicarlo con un asesor")
	requireNoAsks(t, "can a human tell the difference between these two photos lol",
		"me voy a sentar con mi esposa a verlo",
		"lo voy a platicar con mi esposo")
}

// TestDev27Dev28Rules: an "online iBuyer place", a current tool named
// after "usamos" with a comparison, a whole-house repipe in Spanish,
// supply lines in the whole house, 1,800 store associates, a lawsuit or
// a lawyer asked about in Spanish, an inch of water spreading on the
// floor.
func TestDev27Dev28Rules(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	require.True(t, ruleFires(t, cmp, "one of those online ibuyer places already gave me a number"))
	require.True(t, ruleFires(t, cmp, "ahora usamos Deputy y queremos comparar antes de renovar"))
	require.False(t, ruleFires(t, cmp, "ahora usamos Excel para todo y es un desastre"))
	hv := trigger.HighValueScope(500_000)
	for _, s := range []string{"quiero cambiar toda la plomería de la casa", "we want a repipe completo, no more patching",
		"redo all the supply lines in the whole house", "about 1,800 store associates would use it"} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("el otro conductor dice que me va a demandar, ¿la póliza me cubre?", trigger.TopicLegal))
	require.True(t, has("¿necesito un abogado para quitarlo del título?", trigger.TopicLegal))
	require.False(t, has("mi abogado ya revisó el contrato, todo bien", trigger.TopicLegal))
	require.True(t, has("the water heater is leaking, there's an inch of water on the garage floor and it's spreading", trigger.TopicEmergency))
	require.False(t, has("we had water on the floor once last year, fixed now", trigger.TopicEmergency))
}

// TestCompetitorDev24: a named buyer that "made an offer", seeing if
// someone will beat it, "convince me why you're any different".
func TestCompetitorDev24(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	for _, s := range []string{"Opendoor came by Tuesday and made an offer",
		"just seeing if anyone will beat it",
		"we demoed Zendesk last week, so convince me why you're any different"} {
		require.True(t, ruleFires(t, cmp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"my husband made an offer on a boat lol", "why are you different colors on the app and the site?"} {
		require.False(t, ruleFires(t, cmp, s), "%q names no competitor", s)
	}
}

// TestDev32Classes: "estoy hartísima", "esto es un abuso" are
// frustration; 900 nurses are seats.
func TestDev32Classes(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"estoy hartísima de subir los mismos papeles": true,
		"esto es un abuso, nadie contesta":            true,
		"no es abuso pedir un descuento, ¿verdad?":    false,
	} {
		require.Equal(t, want, trigger.Analyze(text).Frustrated, text)
	}
	require.True(t, ruleFires(t, trigger.HighValueScope(500_000), "probably ~900 nurses across the hospitals"))
}

// TestCompetitorByWhatItSent: a company that already sent "a number",
// asking whether we'd beat it, a Spanish "me mandó una oferta" in the
// singular, and a broker or bank that pre-qualified the lead in Spanish;
// the same verbs from the lead's own people, or about something else, are
// no competitor.
func TestCompetitorByWhatItSent(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	for _, s := range []string{"one of those cash-for-houses apps already sent me a number",
		"curious if you'd beat it honestly",
		"Offerpad me mandó una oferta el lunes",
		"un banco de Doral ya me ha precalificado con buena tasa",
		"la aseguradora de mi cuñado me cotizó 90 al mes"} {
		require.True(t, ruleFires(t, cmp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"my sister sent me a number for a good roofer", "mi esposo me mandó una foto del techo",
		"would you beat the eggs first?", "ya me precalificaron ustedes, ¿no?"} {
		require.False(t, ruleFires(t, cmp, s), "%q names no competitor", s)
	}
}

// TestHighValueScopeDev33: a whole house redone in PEX, all of it redone
// across the whole house, a Spanish multifamily and "this one and two
// others" are large scopes; 500 people on a newsletter list are no seats,
// and a single pipe redone in PEX is no whole-home job.
func TestHighValueScopeDev33(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	for _, s := range []string{"honestly just want it all ripped out and redone in pex", "at this point we want all of it torn out and replaced with pex",
		"we need to replace all of it. whole house, every bathroom and the main line",
		"tengo dos multifamiliares más aquí en Lawrence",
		"I've got this one and three others on the same street",
		"yes but all at once: the furnace, both ACs and the ductwork"} {
		require.True(t, ruleFires(t, hv, s), "%q is a large scope", s)
	}
	for _, s := range []string{"newsletter for my shop, about 500 people on the mailing list",
		"the one leaking pipe under the sink got redone in pex last year",
		"all of it? no, just the kitchen faucet",
		"the furnace is fine, it's just the AC"} {
		require.False(t, ruleFires(t, hv, s), "%q is no large scope", s)
	}
}

// TestSpanishFrustrationDev34: "así no se puede", "me tienen mareado",
// Caribbean "ustedes sí joden" and "qué vaina tan mala" are frustration;
// "la otra vez" (last time) is no "otra vez" (again), and "nadie sabe
// quién viene" describes the lead's own mess, not us not showing up.
func TestSpanishFrustrationDev34(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"ya me tienen mareado con tantos papeles, así no se puede":   true,
		"ustedes sí joden, tres días esperando":                      true,
		"qué vaina tan mala, nadie me avisó":                         true,
		"la otra vez vino un técnico muy amable, queremos al mismo":  false,
		"usamos excel y nadie sabe quién viene a trabajar el sábado": false,
		"así se puede pagar en cuotas? porque si es así me interesa": false,
	} {
		require.Equal(t, want, trigger.Analyze(text).Frustrated, text)
	}
}

// TestAskDev36: "have the guy who did the estimate call me back" and
// coffee with one of your loan officers ask for a person; the lead's
// realtor talking to another agent, "your best number" in a haggle and
// whether the crew calls before coming do not.
func TestAskDev36(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"have the lady who came out for the quote call me back please":                   true,
		"would love to grab lunch with one of your agents if anyone is local":            true,
		"my attorney is going to talk to the seller's agent on monday about the deposit": false,
		"meet me at 175 and it's a deal. what's your best number?":                       false,
		"does the crew call before they show up? we have a gate":                         false,
	} {
		require.Equal(t, want, trigger.Analyze(text).ExplicitAsk, text)
	}
}

// TestDev37SelfAndBoss: "I'm kind of clueless" describes the lead, and
// "she's the real boss" names who decides; neither is frustration or an
// ask. "You guys are clueless" and "I need a real person" still are.
func TestDev37SelfAndBoss(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("first time buying anything big so im pretty clueless lol").Frustrated)
	require.True(t, trigger.Analyze("you guys are clueless, third time I'm explaining this").Frustrated)
	require.False(t, trigger.Analyze("probably 350ish, my wife's the real boss here, whatever she says goes").ExplicitAsk)
	require.True(t, trigger.Analyze("can I talk to a real person please").ExplicitAsk)
}

// TestDev38Classes: someone else "supposed to call me" is no ask, "damn
// ok" is surprise, and "si legalmente puedo refinanciar" asks a legal
// question.
func TestDev38Classes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("my cousin does roofing, he's supposed to call me about it friday").ExplicitAsk)
	require.True(t, trigger.Analyze("can someone from your office call me about it friday").ExplicitAsk)
	require.False(t, trigger.Analyze("damn ok. I can do maybe 80 a month").Frustrated)
	require.True(t, trigger.Analyze("damn, third time I'm asking").Frustrated)
	require.Contains(t, trigger.Analyze("mi duda es si legalmente puedo vender antes del divorcio").OutOfScope, trigger.TopicLegal)
}

// TestAskDev39: "pásame el teléfono del que compra las casas" asks for a
// number; a license number and "el número mínimo de usuarios" do not.
func TestAskDev39(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]bool{
		"pásame el cel del señor que hace las ofertas":                      true,
		"what's your contractor license number? I like to look it up first": false,
		"¿cuál es el número máximo de casas que compran al mes?":            false,
	} {
		require.Equal(t, want, trigger.Analyze(text).ExplicitAsk, text)
	}
}

// TestDev40Dev41Classes: a rival that "came in at 287" or "has me at
// 14", "me mandó un offer", "en Rocket me dieron 6.6 … si me lo mejoran"
// are competitors; a gas smell is an emergency; "más otras seis" is
// several properties; "how hard is this 🤦" and "qué poca madre, es un
// robo" are frustration.
func TestDev40Dev41Classes(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	for _, s := range []string{"offerpad came in at 301 last week", "honestly geico has me at 95 for the same thing",
		"Opendoor me mandó un offer ayer", "en Chase me dieron 6.4, a ver si me lo mejoran"} {
		require.True(t, ruleFires(t, cmp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"my son came in at 5 to help", "my doctor has me at 2 pills a day"} {
		require.False(t, ruleFires(t, cmp, s), "%q names no competitor", s)
	}
	require.Contains(t, trigger.Analyze("it smells really strong like gas in the basement, is that normal??").OutOfScope, trigger.TopicEmergency)
	require.True(t, ruleFires(t, trigger.HighValueScope(500_000), "tengo esta más otras cinco de 2 familias en la zona"))
	require.True(t, trigger.Analyze("TWO wheels. no doors. how hard is this 🤦").Frustrated)
	require.True(t, trigger.Analyze("me suben 60 dólares así nomás, qué poca madre, es un robo").Frustrated)
	require.False(t, trigger.Analyze("how hard is it to install one of these yourself?").Frustrated)
}

// TestDev41OwnTeamAndHassle: "nobody answers til morning" said of the
// lead's own team, and "no inspection bs" said of what the lead wants,
// are no frustration; "nobody answers here" and "this is bs" are.
func TestDev41OwnTeamAndHassle(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("we lose a ton of leads after hours, nobody answers til morning").Frustrated)
	require.False(t, trigger.Analyze("yall buy it as is? no inspection bs").Frustrated)
	require.True(t, trigger.Analyze("3 calls today and nobody answers. seriously").Frustrated)
	require.True(t, trigger.Analyze("this is bs, you said tuesday").Frustrated)
}

// TestDev44Classes: "for the third time: REFINANCE" repeats the lead,
// sparks and a burnt smell are an emergency, "Geico came in about $40 a
// month lower" names a rival, "preferimos hablarlo con alguien … quedar
// en persona" asks for a person, and "cuál es su número lol jk" does not.
func TestDev44Classes(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("amazing tech. for the third time: PURCHASE").Frustrated)
	require.False(t, trigger.Analyze("the AC quit for the third time this summer").Frustrated)
	require.Contains(t, trigger.Analyze("el enchufe echó chispas y ahora huele a quemado, ¿es peligroso?").OutOfScope, trigger.TopicEmergency)
	require.True(t, ruleFires(t, trigger.Competitor(), "Progressive came in about $40 a month lower for the same coverage"))
	require.True(t, trigger.Analyze("preferimos hablarlo con alguien, ¿podemos quedar un día en persona?").ExplicitAsk)
	require.False(t, trigger.Analyze("mi primo los usa, cuál es su número jaja es broma").ExplicitAsk)
}

// TestDev43Classes: "five single families … all five as a package" is a
// portfolio, "tell me why I'd bother switching" names a rival in use, and
// "one more 2am call about a clogged toilet" asks for no call.
func TestDev43Classes(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.HighValueScope(500_000), "I own four single families in town, I'd let all four go as a package"))
	require.True(t, ruleFires(t, trigger.Competitor(), "we're mid-trial with another tool, so tell me why I'd bother switching"))
	require.False(t, trigger.Analyze("my back can't take one more midnight call about a leaky faucet").ExplicitAsk)
	require.True(t, trigger.Analyze("can one of your guys call me tonight").ExplicitAsk)
}

// TestDev45AskClasses: "can I get your account exec on a quick call" asks
// for a person, to the rules too; the model's ask is vetoed where the
// lead asks for a language ("speak to me in Spanish please").
func TestDev45AskClasses(t *testing.T) {
	t.Parallel()
	requireAsks(t, "can I get your underwriter on a quick call",
		"can we get your account manager on a quick zoom tomorrow")
	j := trigger.Model()
	for _, s := range []string{
		"speak to me in spanish please, I read it better",
	} {
		require.False(t, j.JudgeText(s).ExplicitAsk, "%q asks for no person", s)
	}
}

// TestDev45AskRules: "talk 2 sum1", "is there a good time for me to
// ring your office", "can a person get back to me", "¿qué número tiene el
// plomero? pa llamarle", "text me from a real person's phone" ask for a
// person; a phone call narrated with what was said on it, "hey what
// should I call you" and "your NMLS number" do not.
func TestDev45AskRules(t *testing.T) {
	t.Parallel()
	requireAsks(t, "need 2 talk 2 sum1 about my deductible",
		"is there a good time for me to ring your office?",
		"can a person get back to me today",
		"qué número tiene el plomero? pa llamarle directo",
		"can you text me from a real person's phone")
	requireNoAsks(t, "spoke w/ your rep on the phone monday and he said he would email the quote. nothing yet",
		"hey what should I call you",
		"what's your NMLS number, my daughter wants to check you out")
}

// TestDev46And47Classes: a short question whether the product has a
// feature ("do you guys support SSO?") is no complex technical question;
// a neighbour who "said it took forever" is no frustration of the
// lead's; "the Progressive guy quoted us" names a rival; "send the link
// and I'll do it tonight" is readiness; "swap all of it to pex" is a
// whole-home job.
func TestDev46And47Classes(t *testing.T) {
	t.Parallel()
	require.Empty(t, trigger.Analyze("do you guys support SSO?").OutOfScope)
	require.Contains(t, trigger.Analyze("does it integrate with our warehouse system, and how do you handle the SKU sync when two bins share a barcode?").OutOfScope, trigger.TopicTechnical)
	require.False(t, trigger.Analyze("my neighbor used you guys and said it took forever").Frustrated)
	require.True(t, trigger.Analyze("I said it already, this is taking forever").Frustrated)
	require.True(t, ruleFires(t, trigger.Competitor(), "the Progressive guy quoted us 120 for both cars"))
	require.Equal(t, 2, trigger.Analyze("send the link and I'll do it tonight").Commitment)
	require.True(t, ruleFires(t, trigger.HighValueScope(500_000), "swap all of it to pex, I'm done with copper"))
}

// TestDev48AskClasses: "mind if I call you?" asks to talk; an adjuster
// who is "supposed to call me friday" and a pricing page that "says talk
// to sales" do not.
func TestDev48AskClasses(t *testing.T) {
	t.Parallel()
	requireAsks(t, "mind if I ring you this afternoon?")
	requireNoAsks(t, "the adjuster is supposed to call me friday, anything I should prep?",
		"the website says talk to sales for the team plan, what's in it")
}

// TestDev49Classes: "send me whatever I gotta sign" is readiness; "two
// closers who refuse to dial" describes people, it asks for no call.
func TestDev49Classes(t *testing.T) {
	t.Parallel()
	require.Equal(t, 2, trigger.Analyze("no questions, text me whatever I need to sign so it stays on").Commitment)
	requireNoAsks(t, "6 SDRs, plus 2 AEs who refuse to dial, long story")
}

// TestDev51AskClasses: "get me someone from billing" asks for a person;
// whether a product has live support, a talk already under way, a
// number to send photos to and the lead's own IT guy calling do not.
func TestDev51AskClasses(t *testing.T) {
	t.Parallel()
	requireAsks(t, "third time explaining. get me someone from your claims department")
	requireNoAsks(t, "our old vendor was just a chatbot. does yours have live support?",
		"I'm already talking to someone at your Tampa branch, just comparing",
		"what's the best number to send photos to? the thread won't attach",
		"our office manager will call your help line if setup breaks, right?")
}

// TestDev50Classes: "I'm also talking to Navy Federal" names a rival; a
// quote "from you guys" is the sender's own; "question about your API"
// only announces a question; "she doesn't speak English" speaks of a
// language, which the model must not read as an ask.
func TestDev50Classes(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.Competitor(), "heads up, I'm also talking to Rocket and a credit union"))
	require.False(t, ruleFires(t, trigger.Competitor(), "we got a quote from you guys in march for the fence"))
	require.Empty(t, trigger.Analyze("hey, quick question about your SSO").OutOfScope)
	require.False(t, trigger.Model().JudgeText("mi mamá quiere un seguro but she doesn't speak English").ExplicitAsk)
}

// TestDev52Commitment: "Deal." as a whole clause, "tell your tech to come
// friday", "book me for the free inspection", "schedule it for this
// saturday", "signing up for the team plan right now", "¿cuándo podemos
// firmar?" and "I'll pay the rush fee" are readiness; moving forward with
// another vendor, a manager's readiness that is not her call, "lista
// para que se acabe el verano" and "a great deal" are not.
func TestDev52Commitment(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Deal. 195 and you handle the title stuff.", "ok tell your tech to come friday, gate code is 4411",
		"book me for the free inspection, mornings work", "perfect, schedule it for this saturday",
		"signing up for the team plan right now, does checkout take paypal?", "Sí, ya me decidí. ¿Cuándo podemos firmar?",
		"can you come tonight? I'll pay the rush fee"} {
		require.Equal(t, 2, trigger.Analyze(s).Commitment, "%q is readiness", s)
	}
	requireNoCommitment(t, "We've decided to go ahead with another provider, thanks anyway.",
		"our office manager is ready to switch but it's not her call, the director hasn't seen a demo",
		"ya estoy lista para que se acabe el calor jaja, ¿cuánto cobran por el servicio?", "that's a great deal on the roof")
}

// TestDev52Frustration: "do you actually read my replies", "for the last
// time", "again with the wrong name", "a straight answer for once",
// "sure buddy", thanks for a 6am text, "me siento ... molesta" are
// frustration; "ridiculously good", "la casa está fatal" and an anger at
// another contractor that has passed are not.
func TestDev52Frustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"do you actually read my replies or is this all canned", "for the last time, it's a duplex not a single family",
		"again with the wrong address. it's 14 Elm.", "can I get a straight answer for once, do you do flat roofs",
		"'no hidden fees' but then a $300 admin fee. sure buddy", "thanks so much for the 6am text, really needed that",
		"me siento confundido y la verdad molesto, nadie me explica nada"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
	for _, s := range []string{"the new roof looks ridiculous, ridiculously good I mean", "la casa está fatal, hay goteras por todos lados, la vendo así",
		"me dio coraje lo que hizo el otro plomero, pero ya pasó. ¿cuánto cobran ustedes?"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm", s)
	}
}

// TestCurrentToolComplaint: a tool the lead names as the one used now,
// with a complaint about it or how long they have had it, is a
// competitor ("we run on Hubspot but nobody on the team likes it",
// "llevamos 3 años con Zoho y ya nos cansamos"); a tool named as
// something to connect to, with no complaint, is not.
func TestCurrentToolComplaint(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	for _, s := range []string{"we're using Hubspot right now but honestly nobody on the team likes it",
		"tenemos Zoho desde hace tres años y la verdad ya no nos gusta", "we've had Calendly for a while, it's too basic for us",
		"been on Toast 2 years, way too expensive for what it does"} {
		require.True(t, ruleFires(t, cmp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"we use Salesforce, does yours sync with it?", "usamos Shopify para la tienda, ¿se conecta?",
		"we use Excel but it's a mess"} {
		require.False(t, ruleFires(t, cmp, s), "%q names no competitor", s)
	}
}

// TestSpanishAsksEveryday: everyday Spanish asks the rules missed: "ahora
// sí, llámame" (an affirming "sí", not "if"), a bare "un asesor por
// favor", "pásame a tu jefe", "no sea malo y ..." (a courtesy, not a
// negation), the familiar "para que me llames", "me timbras", "me das un
// ring", "llamen a este número", "dime tu número", and "call me a las 6";
// a caller named after "me llama", "llámame loca" and "si me llaman otra
// vez" are no asks.
func TestSpanishAsksEveryday(t *testing.T) {
	t.Parallel()
	requireAsks(t, "listo, ya firmé. ahora sí llámame para ver lo del cierre", "bueno ahora sí me puedes marcar",
		"un asesor por favor", "pásame a tu jefe", "no sea malo y comuníqueme con alguien que sepa de seguros",
		"te paso mi cel para que me llames mañana", "me timbras cuando salgas", "me das un ring en la tarde?",
		"llamen a este número después de las 4", "dime tu número y te marco", "estoy manejando, call me a las 6")
	requireNoAsks(t, "el viernes me llama el del banco para lo del avalúo", "llámame loca pero prefiero el plan de 20 años",
		"si me llaman otra vez a las 7am me voy con otra compañía", "no me llames, estoy en el trabajo")
}

// TestFrustrationRepeatsSilenceAndImpatience: asking or sending twice,
// nobody answering, refusing to give something to a bot, "like talking
// to a wall", impatience ("tick tock", "get to the point", "no tengo todo
// el día", "yes or no") and sarcastic praise are frustration; asking a
// relative twice, an answer that came, a bot mentioned calmly and a
// calm yes-or-no question are not.
func TestFrustrationRepeatsSilenceAndImpatience(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I've sent the payoff letter twice now. check the thread", "ya les pregunté dos veces si aceptan FHA",
		"called Tuesday and Wednesday and still no answer from anyone", "les escribí el lunes y nadie me contestó",
		"I'm not giving my bank info to a bot lol nice try", "no le voy a mandar mis papeles a un robot",
		"honestly it's like talking to a wall", "tick tock, my lease ends in 10 days", "can you get to the point please",
		"no tengo todo el día, ¿compran o no?", "Yes or no. Do you buy mobile homes.", "wow, what a treat, another form to fill out",
		"ay qué eficientes, un mes para contestar", "ya díganme el precio, no me anden dando vueltas"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
	for _, s := range []string{"I asked my sister twice and she finally agreed to sell", "your assistant answered quickly, thanks",
		"is this a bot? just curious, no problem either way", "quick yes or no question: do you buy condos?",
		"the tenant answered the door, nobody else was home", "le estoy dando vueltas todavía, no sé si vender"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm", s)
	}
}

// TestAsksToldOfThePast: a call or a person told of as past ("the last
// company made me talk to four people", "we had a great call with your
// rep last week", "another lender had a guy call me within the hour",
// "I spoke to a real human last time"), being on a call right now, and
// "the live one" (a recording) ask for nothing; the same words as a
// request still ask.
func TestAsksToldOfThePast(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "the last company made me talk to four different people, hope you're simpler",
		"we had a great call with your rep last week, order form attached",
		"another lender had a guy call me within the hour and beat your rate",
		"I spoke to a real human last time and she fixed it in 2 min. anyway the gate code changed",
		"on a call rn, give me 5", "can you send the recording? I missed the live one")
	requireAsks(t, "last time I talked to a real human it took 2 min, can I get a real human again?",
		"can your rep call me this afternoon", "I'd like to talk to a real person please", "hello?? i asked for a real person an hour ago")
}

// TestCalmLeadsNotFrustrated: sending papers to someone else, unsure
// "??" about the lead's own facts, a family going back and forth, "ahí
// está, como siempre" (the place as usual), tired of the rent the lead
// pays, and a sigh at a complicated situation are calm; the same words
// at the sender stay frustration.
func TestCalmLeadsNotFrustrated(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I already sent my bank statements to Maria at the title company on friday",
		"the lot on Hwy 12?? I think my uncle still owns half, not sure honestly",
		"my brother and I have been going back and forth on selling for months", "la casa ahí sigue, como siempre",
		"ya nos cansamos de tirar la plata en alquiler", "ugh, it's complicated, long story"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm", s)
	}
	for _, s := range []string{"I already sent you my statements, twice", "still no callback?? seriously",
		"we've been going back and forth with your office for two weeks just to get a date", "tarde como siempre, ni avisan",
		"ya me cansé de esperar su llamada"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
}

// TestCompetitorEvaluatedOrPriceRaised: a tool the lead is trying out,
// asked whether the sender is cheaper, and the current insurer named
// with a raise ("tengo Allstate y me subieron la prima") are competitors;
// looking at a day and a raise with no provider named are not.
func TestCompetitorEvaluatedOrPriceRaised(t *testing.T) {
	t.Parallel()
	cmp := trigger.Competitor()
	for _, s := range []string{"we're trialing Gusto right now, are you cheaper?", "tengo Allstate y me subieron la prima otra vez",
		"currently with Progressive and it went up $300 this year"} {
		require.True(t, ruleFires(t, cmp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"looking at Monday for the walkthrough, is that ok?", "my premium went up $300 this year, can you help?"} {
		require.False(t, ruleFires(t, cmp, s), "%q names no competitor", s)
	}
}

// TestOutOfScopeEstatesClaimsAndCustomBuilds: settling an estate ("la
// declaratoria de herederos", "the heirs"), a denied claim to appeal and
// a product wired into the lead's own system instead of the sender's app
// are out of scope; an heir who just owns the house now, a claim filed
// and an app used as it comes are not.
func TestOutOfScopeEstatesClaimsAndCustomBuilds(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("¿se puede vender sin hacer la declaratoria de herederos?", trigger.TopicLegal))
	require.True(t, has("two of the heirs live overseas, can we sell without them?", trigger.TopicLegal))
	require.True(t, has("my claim for the roof got denied as wear and tear, how do I appeal", trigger.TopicBilling))
	require.True(t, has("can the opener be wired into my own server instead of your app?", trigger.TopicCustomization))
	require.False(t, has("I filed a claim last week for the hail", trigger.TopicBilling))
	require.False(t, has("your app works fine for me", trigger.TopicCustomization))
}

// TestDev61Classes: houses the market sold are no lead's portfolio, a
// feature on the phone is no call, and "cansada de bregar con eso" is a
// reason to sell, not anger; "quiero el demo, el jueves puedo" is
// readiness.
func TestDev61Classes(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	require.False(t, ruleFires(t, hv, "four houses on our block sold last month, all over asking"))
	require.True(t, ruleFires(t, hv, "I own four houses on that block and want to sell them together"))
	requireNoAsks(t, "we need dispatch and invoicing on the phone so the techs stop losing paper")
	requireAsks(t, "can we do this on the phone instead")
	require.False(t, trigger.Analyze("la verdad estoy cansada de bregar con esa casa").Frustrated)
	require.Equal(t, 2, trigger.Analyze("ok me gusta, quiero el demo, el jueves en la tarde puedo").Commitment)
}

// TestDev60Classes: "illegal" asks a legal question, a strong gas smell
// in Spanish is an emergency, "call me loco" is an idiom, "we reimburse
// mileage" is no billing dispute and "which I know is dumb" faults the
// lead, not the sender.
func TestDev60Classes(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("can you cover my deductible or is that illegal here?", trigger.TopicLegal))
	require.True(t, has("huele fuertísimo a gas en el sótano", trigger.TopicEmergency))
	require.False(t, has("their own cars, we reimburse mileage", trigger.TopicBilling))
	requireNoAsks(t, "call me loco pero no quiero paneles en el frente")
	require.False(t, trigger.Analyze("nope, we've gone without insurance, which I know is dumb").Frustrated)
}

// TestNotByTextWithOtherWays: declining to do something by text asks for
// a call only when no other way is named: an upload link, a form, email,
// or the phone refused too ask for no person, and neither does accepting
// that the sender can't give a number over text.
func TestNotByTextWithOtherWays(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "I won't send my SSN by text. do you have a secure upload link?",
		"not comfortable typing my medical history over text, and not by phone either",
		"I get that you can't quote exact rates over text. ballpark is fine")
	requireAsks(t, "this is too complicated to explain over text", "I'd rather not do this by text")
}

// TestSeatsAnsweredToTheQuestion: a bare number counts seats when the
// business asked how many seats or users; without that question it is no
// scope at all, and after one about locations it counts sites (five or
// more are a large account), not seats.
func TestSeatsAnsweredToTheQuestion(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	fires := func(asked, text string) bool { return firesAfter(t, hv, asked, text) }
	require.True(t, fires("Great! How many agents would need seats?", "roughly 350 to start, more once we migrate EMEA"))
	require.True(t, fires("¿Para cuántos usuarios sería?", "unos 450"))
	require.True(t, fires("About how many employees would need training?", "roughly 4,800 across 6 hospitals"))
	require.False(t, fires("", "roughly 350 to start"))
	d, err := hv.Evaluate(context.Background(), trigger.Input{Text: "350", Asked: "How many locations do you have?"})
	require.NoError(t, err)
	require.Equal(t, "high value: many sites", d.Detail)
	require.False(t, fires("How many locations do you have?", "3"))
	require.False(t, fires("How many seats would you need?", "about 40"))
	// a headcount counts from 200
	require.False(t, fires("How many people would use it?", "150 or so"))
	require.False(t, fires("How many seats would you need?", "not 300, more like 30"))
}

// TestNationalCompaniesNamedOutright: a well-known company in the seeds'
// verticals is a competitor mention even lowercase and with no verb of
// quoting; ordinary words that are also brands are not, and a tenant that
// names its own competitors hears only those.
func TestNationalCompaniesNamedOutright(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	comp := trigger.Competitor()
	for _, s := range []string{"we're on salesforce and honestly nobody opens it", "ya with state farm, paying way too much tho",
		"ok well Opendoor already put a number on it so you'd have to beat that", "tenemos HubSpot pero es carísimo"} {
		require.True(t, fires(comp, s), "%q names a competitor", s)
	}
	for _, s := range []string{"I bank with chase", "my boss is pretty progressive about this", "we use a compass to find the lot lol"} {
		require.False(t, fires(comp, s), "%q names no competitor", s)
	}
	require.False(t, fires(trigger.Competitor("Offerpad"), "we're on salesforce"), "configured names only")
	// a tool to connect to, asked about as such
	require.False(t, firesAfter(t, comp, "What tools are you hoping to connect?", "salesforce + our data warehouse mostly"))
}

// TestIronicPraise: intensified praise beside a failure, an eye-roll or
// "love that for me" is sarcasm; the same praise meant, or "thanks
// again", is not.
func TestIronicPraise(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"wow, a video. what an irresistible offer. do you just keep going until people cave?",
		"Wow. Amazing. Truly a masterpiece of customer service. Five months of payments on panels that do nothing.",
		"really great stuff guys 👏 that makes me feel SO much better about paying $900 more",
		"so the one quick question was actually five questions. love that for me",
		"for crying out loud I don't need a NEW quote, I need to ADD A CAR"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is sarcasm", s)
	}
	for _, s := range []string{"wow, amazing, thank you so much!", "wow that was fast, great service", "really great job, thanks again guys",
		"so great, nothing else needed"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is praise", s)
	}
}

// TestAcceptingAnOfferedCall: a yes, or a time, in reply to the offer of
// a call with a person is an ask for that person; the same words after
// "what should I call you?", a "no", or with no offer, are not.
func TestAcceptingAnOfferedCall(t *testing.T) {
	t.Parallel()
	ask := trigger.ExplicitAsk()
	fires := func(asked, text string) bool { return firesAfter(t, ask, asked, text) }
	offer := "It's usually quicker by phone. Want me to have one of our loan officers give you a call?"
	require.True(t, fires(offer, "yeah after 5 is best"))
	require.True(t, fires(offer, "after 5 is best"))
	require.True(t, fires("¿Quiere que un asesor le llame mañana?", "sí, en la tarde"))
	// the call offered in the past tense of a polite "would it help if"
	require.True(t, fires("Would it help if Dana from our team gave you a quick ring this week?", "tomorrow morning is good"))
	require.True(t, fires("Would it be simpler if one of our estimators gave you a call?", "sure"))
	// a long yes, the offer as talking it over with a person, and the
	// person chosen between text and an agent
	require.True(t, fires("Want one of our advisors to give you a ring?", "yes honestly that would be so much easier than typing all this out on my phone while I'm at work"))
	require.True(t, fires("Would it help to go over the numbers on the phone with one of our loan officers?", "yes please"))
	require.True(t, fires("Happy to keep texting, or would you rather talk it over with a licensed agent?", "agent. I'd mess this up over text"))
	require.False(t, fires("Happy to keep texting, or would you rather talk it over with a licensed agent?", "texting is good"))
	// "¿le puedo llamar?" offers a call; a filler may open the yes
	require.True(t, fires("Es más fácil por teléfono. ¿Le puedo llamar hoy a las 5 o mañana?", "mañana mejor, tipo 10"))
	require.True(t, fires("¿Le gustaría agendar una llamada con un especialista?", "pues sí, de una"))
	require.True(t, fires("¿Le puedo llamar hoy o prefiere mañana?", "mañana temprano mejor, tipo 9 o 10 si se puede"))
	require.False(t, fires("Want one of our advisors to give you a ring?", "yes but not this week, honestly we are slammed with the move"))
	require.False(t, fires(offer, "no, text is fine"))
	require.False(t, fires(offer, "not right now"))
	require.False(t, fires("", "yeah after 5 is best"))
	require.False(t, fires("Thanks for reaching out! What should I call you?", "Jim is fine"))
}

// TestScopeAnsweredToTheQuestion: a short answer that takes the large
// scope offered ("full" to "patching, or a full repipe?"), counts the
// properties asked about ("eleven total"), or gives a home's value in
// millions ("probably 1.4") is high value; the same words after other
// questions are not.
func TestScopeAnsweredToTheQuestion(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	fires := func(asked, text string) bool { return firesAfter(t, hv, asked, text) }
	require.True(t, fires("Would you want us to quote patching the worst sections, or a full repipe?", "full. im done patching"))
	require.False(t, fires("Would you want us to quote patching the worst sections, or a full repipe?", "patching for now"))
	require.True(t, fires("Is it just the one house on Larchwood, or are there others you'd consider selling too?", "eleven total. all rentals"))
	require.False(t, fires("¿Cuántos baños tiene la casa?", "3 baños"))
	require.True(t, fires("What would you estimate the home's replacement value at?", "probably 1.4, maybe 1.5"))
	require.False(t, fires("What rate did they quote you?", "like 6.5"))
	// a bare number in the hundreds is thousands when the question asks
	// a home's or a loan's price, not a monthly amount or a job's
	require.True(t, fires("Nice! What's the list price on the home you're after?", "640, we'd put 10% down"))
	require.True(t, fires("Any idea how much you'd want to borrow for the purchase?", "roughly six fifty"))
	require.False(t, fires("Any idea how much you'd want to borrow for the purchase?", "roughly 350"))
	require.False(t, fires("What monthly payment would you be comfortable with on the new house?", "900 tops"))
	require.False(t, fires("What price range are you thinking for the water heater?", "like 900"))
}

// TestCompetitorAnsweredInContext: a reply names a competitor through the
// question it answers. A product named to "what do you use now?" and a
// yes to "any other quotes?" count; no product, a tool everyone has, a
// no, the sender's own quote, and the same words after an unrelated
// question do not.
func TestCompetitorAnsweredInContext(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	tool := "Thanks! Which system are you running today for payroll?"
	toolES := "Perfecto. ¿Y qué usan ahora mismo para la nómina?"
	others := "Makes sense. Have you had any other bids on the job yet?"
	for _, c := range [][2]string{
		{tool, "we're stuck on Paylocity, it's a mess"},
		{tool, "Gusto."},
		{toolES, "pues tenemos Runa desde hace poco y no convence"},
		{others, "yep, three so far"},
		{others, "a couple, one was way cheaper"},
		{"¿Le han dado otras cotizaciones?", "sí, dos"},
	} {
		require.True(t, firesAfter(t, comp, c[0], c[1]), "%q after %q names a competitor", c[1], c[0])
	}
	for _, c := range [][2]string{
		{tool, "Excel and a lot of coffee"},
		{tool, "nothing yet, it's all on paper"},
		{tool, "Honestly we just do it by hand"},
		{toolES, "nada, todo a mano"},
		{others, "nope, you're the first"},
		{others, "just yours so far"},
		{"What would you mainly use it for?", "reporting for Dana in accounting"},
		{"Anything else I can help with?", "yes, three questions actually"},
	} {
		require.False(t, firesAfter(t, comp, c[0], c[1]), "%q after %q names no competitor", c[1], c[0])
	}
}

// TestCountedMessagesAreNoReadiness: a lead counting the sender's texts
// ("like the 5th text from you this week") is exasperated, and the angry
// message is no commitment for the score, whatever the learned tier
// reads in "want" and "this week".
func TestCountedMessagesAreNoReadiness(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, s := range []string{"like the 5th text from you this week. what do you want from me",
		"this is like the 3rd text from yall this week. what do you even want from me",
		"es el cuarto mensaje que me mandan hoy"} {
		rules := trigger.Analyze(s)
		require.True(t, rules.Frustrated, "%q counts the sender's texts", s)
		j, err := trigger.Model().Judge(ctx, trigger.JudgeInput{Text: s, Rules: rules})
		require.NoError(t, err)
		require.Less(t, rules.Merge(j).Commitment, 2, "%q is no readiness", s)
	}
	require.False(t, trigger.Analyze("did you get my second text about the gate code?").Frustrated)
}

// TestLegalTeamAndWholeThingRepiped: "legal" naming a department or a
// trade ("tools for our legal team") asks no legal question, a lien or a
// lawsuit question still does; "need the whole thing repiped" is a
// whole-home job, "replace the whole thing" for one water heater is not.
func TestLegalTeamAndWholeThingRepiped(t *testing.T) {
	t.Parallel()
	oos := trigger.OutOfScope()
	require.False(t, ruleFires(t, oos, "shopping for something our legal department could use"))
	require.False(t, ruleFires(t, oos, "we're a small legal services firm, 9 people"))
	require.True(t, ruleFires(t, oos, "is it even legal to sell with a lien on it?"))
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "honestly the whole place needs to be rewired, it's all knob and tube"))
	require.True(t, ruleFires(t, hv, "pretty sure we need the whole thing repiped at this point"))
	require.False(t, ruleFires(t, hv, "the water heater is leaking, just replace the whole thing"))
}

// TestPlainCapitalsAndAgeAreCalm: a plain statement typed in capitals
// with no mark of complaint ("ITS A DUPLEX AND I WANT TO SELL BY FALL"),
// and being too old for a task ("im getting too old to be a landlord"),
// are no frustration; capitals with a "?" or a "NO", and "this is
// getting old", are. Texts read "on the phone" ask for no call.
func TestPlainCapitalsAndAgeAreCalm(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ITS A DUPLEX AND I WANT TO SELL BY FALL", "honestly im getting too old to be a landlord"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm", s)
	}
	for _, s := range []string{"I SAID NO TWICE", "WHY DO YOU KEEP TEXTING ME?", "ok this is getting old"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is exasperated", s)
	}
	require.False(t, trigger.Analyze("my son set me up to read these on the phone, so bear with me").ExplicitAsk)
	require.True(t, trigger.Analyze("could somebody go over it with me on the phone").ExplicitAsk)
}

// TestProviderAnswersSitesAndSecondOpinions: the provider named to "who
// are you with right now?" or "who did the service before?" even in
// lower case, a quote someone else gave to "¿algún otro banco?" or "has
// anyone looked at it?", a company by its web address and a second
// opinion are competitors; "not sure, my wife handles it", "nobody yet",
// the sender's own site and a mail address are not.
func TestProviderAnswersSitesAndSecondOpinions(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, c := range [][2]string{
		{"Quick one: who are you insured with right now?", "allstate. renewal jumped a lot"},
		{"Do you know who was handling the lawn before you bought?", "the old owners used greenpro i think"},
		{"¿Ya le cotizó algún otro banco?", "el banco de mi trabajo me dio una tasa de 6.8"},
		{"Has anyone else come out to look at it yet?", "one guy came out friday and quoted 9 grand"},
		{"", "a friend refinanced through lendtree.com last month, was easy"},
		{"", "honestly just want a second opinion before I sign anything"},
	} {
		require.True(t, firesAfter(t, comp, c[0], c[1]), "%q after %q names a competitor", c[1], c[0])
	}
	for _, c := range [][2]string{
		{"Quick one: who are you insured with right now?", "not sure, my wife handles it"},
		{"Quick one: who are you insured with right now?", "nobody yet, it's my first car"},
		{"Has anyone else come out to look at it yet?", "no, you're the first"},
		{"", "I found your site greenpro.com through a friend"},
		{"", "send it to jen@homemail.com please"},
	} {
		require.False(t, firesAfter(t, comp, c[0], c[1]), "%q after %q names no competitor", c[1], c[0])
	}
}

// TestOutOfScopeDutiesStatusJargonAndRunningWater: a landlord's duty, a
// legal requirement, immigration status, a question thick with a
// trade's jargon, a job-specific price and water still running are out
// of scope; the same words in calm statements are not.
func TestOutOfScopeDutiesStatusJargonAndRunningWater(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("the landlord says mold is my problem, isn't that his responsibility under the lease?", trigger.TopicLegal))
	require.True(t, has("¿es obligatorio por ley tener seguro de responsabilidad para un food truck?", trigger.TopicLegal))
	require.True(t, has("I'm on a work permit, not a citizen yet. can I still get a mortgage?", trigger.TopicLegal))
	require.True(t, has("would a two stage unit need bigger ductwork? my supply registers are undersized already", trigger.TopicTechnical))
	require.True(t, has("how much roughly would it be for 30 squares with new decking and flashing?", trigger.TopicPricing))
	require.True(t, has("the dishwasher line popped and water is all over the kitchen, where do I turn the water off", trigger.TopicEmergency))
	require.False(t, has("the tenant's lease ends in june", trigger.TopicLegal))
	require.False(t, has("we had water in the basement years ago, it's dry now", trigger.TopicEmergency))
}

// TestRepeatedAnswersWastedTimeAndAwaitedCalls: "I literally answered
// that first" and "no me haga perder el tiempo" are exasperation; a
// callback awaited from someone else ("still waiting on the appraiser to
// call me back") asks for nobody, one awaited from the sender does.
func TestRepeatedAnswersWastedTimeAndAwaitedCalls(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I literally answered that two messages ago", "ya le di el precio, no me haga perder el tiempo"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is exasperated", s)
	}
	require.False(t, trigger.Analyze("no quiero perder la casa por los impuestos").Frustrated)
	require.False(t, trigger.Analyze("still waiting on the appraiser to call me back, no news yet").ExplicitAsk)
	require.True(t, trigger.Analyze("still waiting for you guys to call me back").ExplicitAsk)
}

// TestExplainedOnThePhoneListedCallsAndWholeJobs: "I explained all this
// on the phone twice already" and "it's all whiteboard and phone calls"
// ask for no call; "repiping the entire thing" and "replace both units
// and the furnace" are large jobs.
func TestExplainedOnThePhoneListedCallsAndWholeJobs(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I explained the whole thing on the phone twice already", "scheduling is all sticky notes and phone calls right now"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for no call", s)
	}
	require.True(t, trigger.Analyze("could you explain it to me on the phone instead").ExplicitAsk)
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "at this point we're talking about repiping the whole place"))
	require.True(t, ruleFires(t, hv, "just replace both units and the furnace while you're at it"))
	require.False(t, ruleFires(t, hv, "just replace the one unit upstairs"))
}

// TestDev68Classes: "arranquemos, ¿qué te tengo que mandar?" is readiness;
// "does anybody over there talk to each other?" exasperation; an exact
// rate and a permit or HOA question are out of scope, an appraisal told
// is not; "look decent on a phone" asks for no call; three locations are
// a size, not several properties, while "~600 across the sites" to "how
// many agents?" is hundreds of seats.
func TestDev68Classes(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.GreaterOrEqual(t, trigger.Analyze("listo, empecemos. ¿qué te tengo que mandar?").Commitment, 2)
	require.True(t, trigger.Analyze("Do any of you people talk to each other? I've given this three times").Frustrated)
	require.True(t, has("quiero saber la tasa exacta con mi crédito de 650", trigger.TopicPricing))
	require.True(t, has("do I need a permit from the county for the panels?", trigger.TopicLegal))
	require.False(t, has("the appraisal came in right at 410", trigger.TopicPricing))
	require.False(t, trigger.Analyze("the forms need to read well on a phone, most clients sign in the waiting room").ExplicitAsk)
	hv := trigger.HighValueScope(500000)
	require.False(t, ruleFires(t, hv, "2 offices, about 30 people"))
	require.True(t, ruleFires(t, hv, "we'd want it at all 12 stores"))
	require.True(t, firesAfter(t, hv, "How many reps would need seats?", "eventually everyone, so around 450 across both floors"))
	require.False(t, firesAfter(t, trigger.Competitor(), "", "the appraisal came in at 1.2 million"))
}

// TestDev69Classes: "1,2 millones" is $1.2M; five duplexes sold "como un
// paquete" are several properties; "¿cuándo empiezan? dígame qué día
// vienen" is readiness, "puede ser el miércoles, yo le confirmo" is not;
// "nos habéis cobrado dos veces, quiero que me devolváis el cargo" is a
// billing dispute.
func TestDev69Classes(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "la casa que nos gustó sale por 1,3 millones"))
	require.True(t, ruleFires(t, hv, "son cuatro dúplex y los quiero vender juntos"))
	require.False(t, ruleFires(t, hv, "la casa sale por 350 mil"))
	require.GreaterOrEqual(t, trigger.Analyze("todo claro. ¿cuándo empiezan? dígame qué día vienen").Commitment, 2)
	require.Less(t, trigger.Analyze("listo, puede ser el jueves. yo le confirmo mañana").Commitment, 2)
	require.True(t, slices.Contains(trigger.Analyze("nos han cobrado la cuota dos veces y quiero que me devolváis el cargo duplicado").OutOfScope, trigger.TopicBilling))
}

// TestCalmReminderIsNoFrustration: a short plain note that something was
// already given ("I sent that already") is calm; the same with a count,
// a "you", marks or capitals is exasperation.
func TestCalmReminderIsNoFrustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I sent that already", "pretty sure I gave it already"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is a calm reminder", s)
		j := trigger.Model().JudgeText(s)
		require.False(t, j.Frustrated, "the learned tier reads %q as frustrated: %s", s, j.Why)
	}
	// a short complaint that reminds of nothing is still the model's
	require.True(t, trigger.Analyze("worst bot ever honestly").Frustrated || trigger.Model().JudgeText("worst bot ever honestly").Frustrated)
	for _, s := range []string{"I already told you that twice", "I SENT THAT ALREADY", "I gave it already!!", "i already answered that, do you even read these?"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is exasperated", s)
	}
}

// TestHeadsUpOnTheWayIsNoAsk: "can the tech text me when he's on the way
// instead of calling?" asks for a heads-up, not a call; "can your rep
// call me on the way home" still asks.
func TestHeadsUpOnTheWayIsNoAsk(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("can the installer text me when he's on the way? i can't pick up calls at work").ExplicitAsk)
	require.True(t, trigger.Analyze("can your rep call me on the way home? after 5").ExplicitAsk)
}

// TestDev72Classes: how the lead came by the number asks for nothing;
// "one of those we buy houses outfits" and "they already preapproved us"
// are competitors; "very cool, very 2009 ... like a normal person" is
// sarcasm.
func TestDev72Classes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("got your number from my cousin, she sold to you last year").ExplicitAsk)
	require.True(t, trigger.Analyze("what's your number? easier to call").ExplicitAsk)
	comp := trigger.Competitor()
	require.True(t, ruleFires(t, comp, "a guy from one of those we buy houses outfits came by and lowballed us"))
	require.True(t, ruleFires(t, comp, "our agent sent us to a big online lender first and they already preapproved us"))
	require.True(t, trigger.Analyze("a whole demo just to see a price. very cool, very 2009. I'll google it like a normal person").Frustrated)
}

// TestPrivateMatterNotByText: keeping a private matter off text asks for
// no one; doing the whole thing off text still does.
func TestPrivateMatterNotByText(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("personal stuff, rather not get into it over text").ExplicitAsk)
	require.False(t, trigger.Analyze("it's a private matter, I'd rather not explain by text").ExplicitAsk)
	require.True(t, trigger.Analyze("I'd rather not do this by text").ExplicitAsk)
}

// TestComparedWithPeople: the assistant compared with people asks for
// none; wanting a person over it still does.
func TestComparedWithPeople(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("honestly you're quicker than the human reps at my bank lol. ok what's next").ExplicitAsk)
	require.True(t, trigger.Analyze("I'd rather deal with a human rep than a bot").ExplicitAsk)
}

// TestFrustrationClassesDev77: a set written blind for this (dev77)
// found these classes, here in my own words. Exasperation: a count of the
// sender's texts ("that's the 3rd text this morning", a pattern that
// could never match before), conflicting answers counted, "why do you
// keep calling", "read the thread", "that's not what I asked", dodging
// the question, "for nothing", "what part of ... don't you understand"
// across a quotation, a correction shouted, "¿me estás cargando?".
// Calm: calling oneself names, a hard day, a former company's ripoff and
// a small letdown inside praise.
func TestFrustrationClassesDev77(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"that's the 3rd text this morning", "this is the second different quote you've sent me, which is it",
		"why do you keep calling me at work", "please just read the thread", "that's not what I asked", "quit dodging my question",
		"so I waited home all afternoon for nothing", `what part of "no HOA" don't you understand`, "I SAID THE BACK DOOR. not the front.",
		"¿me están tomando el pelo? ya les mandé todo"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{"I'm such an idiot, I gave you the old zip code", "ugh I'm so dumb, forgot to attach it",
		"the commute was hell today so I missed your text", "my previous insurance company was a total ripoff, hoping you're better",
		"a bit disappointed the tech was late, but he was great and the AC works", "I said I'd send it Tuesday and I will"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm (%s)", s, trigger.Analyze(s).FrustrationRule)
	}
}

// TestCallChosenAmongOptions: a reply that picks, by name or by place,
// the option of an either-or question that holds the call asks for the
// person; picking the other option does not (dev73, written blind).
func TestCallChosenAmongOptions(t *testing.T) {
	t.Parallel()
	ask := trigger.ExplicitAsk()
	q1 := "Would it help if Sam, our buyer, gave you a call, or would you rather keep texting?"
	require.True(t, firesAfter(t, ask, q1, "the call, I'm on the road all day"))
	require.True(t, firesAfter(t, ask, q1, "first one"))
	require.False(t, firesAfter(t, ask, q1, "the second, texting is easier"))
	q2 := "I can (1) send a range by text once I pull comps, or (2) have Marcus, our buyer, call you in 10 minutes. Which works?"
	require.True(t, firesAfter(t, ask, q2, "2. typing is a pain"))
	require.False(t, firesAfter(t, ask, q2, "1 please"))
	q3 := "Le puedo hacer unas preguntas por aquí o, si prefiere, una asesora le marca hoy. ¿Qué le acomoda?"
	require.True(t, firesAfter(t, ask, q3, "lo segundo, después de las 5"))
}

// TestClassesDev73: "the worst possible time" is timing, not the sender;
// "bind it" commits to the policy.
func TestClassesDev73(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("6.9%, we locked at the worst possible time").Frustrated)
	require.Equal(t, 2, trigger.Analyze("yep, bind it. want it active before the old one lapses").Commitment)
}

// TestClassesDev74: near misses from dev74 (written blind), in my own
// words. Calm: "looks good for once" (praise), "our backlog is getting
// out of hand" (the lead's own problem), "still waiting on contractor
// bids". No competitor: a brand where the lead works, a tool the lead
// asks the product to work with. No billing dispute: the billing team.
func TestClassesDev74(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"the painters finished, so the place looks nice for once", "our backlog is getting out of hand",
		"no idea yet, still waiting on contractor bids"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm (%s)", s, trigger.Analyze(s).FrustrationRule)
	}
	require.True(t, trigger.Analyze("can I get a straight answer for once").Frustrated)
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	comp := trigger.Competitor()
	require.False(t, fires(comp, "on shift till 6, I'm over at the Lowes on Route 9 so I only see texts on break"))
	require.False(t, fires(comp, "our payroll runs through Gusto, does yours play nice with it?"))
	require.True(t, fires(comp, "we're on Gusto right now and it's fine"))
	require.False(t, fires(trigger.OutOfScope(), "our billing team has been trying the reminder templates"))
	require.True(t, fires(trigger.OutOfScope(), "you billed me twice this month"))
}

// TestOthersMoneyAndCoincidence: dev74's other near misses. A client's
// sales and what building owners spent are no deal size; a real
// coincidence is no sarcasm; waiting to hear back on an application is
// no impatience with the sender.
func TestOthersMoneyAndCoincidence(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.False(t, fires(hv, "one client is a car dealer que vende como 30 millones al año"))
	require.False(t, fires(hv, "we do about 12M in revenue, small team though"))
	require.False(t, fires(hv, "the owners just put $3M into the lobby so use the service elevator"))
	require.True(t, fires(hv, "the job is around $800k all in"))
	require.False(t, trigger.Analyze("mi hermana me preguntó lo mismo ayer, qué casualidad").Frustrated)
	require.True(t, trigger.Analyze("ahora sí contestan, qué casualidad").Frustrated)
	require.False(t, trigger.Analyze("no idea yet, still waiting to hear back on the lease").Frustrated)
	require.True(t, trigger.Analyze("still waiting to hear back from you guys").Frustrated)
}

// TestScopeClassesDev73: large scopes from dev73, dev74 and dev79
// (written blind), in my own words: "plus four more, all rentals", "y
// las otras tres que tengo", "tengo 6 en la misma cuadra, all rentals";
// "both then" to a question that offers two systems; a price bracket
// answered to a question about listings. "and 3 more questions" counts
// nothing.
func TestScopeClassesDev73(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.True(t, fires(hv, "I'd sell Elm plus four more across town, all rentals, one closing"))
	require.True(t, fires(hv, "vendería esa y las otras tres que tengo en Kendall"))
	require.True(t, fires(hv, "sí, tengo 6 en la misma cuadra. all rentals"))
	require.False(t, fires(hv, "ok and 3 more questions about the process"))
	require.False(t, fires(hv, "I have 5 kids so the yard matters"))
	require.True(t, firesAfter(t, hv, "Should we look at just the AC, or the furnace too?", "both then"))
	require.True(t, firesAfter(t, hv, "Roughly where are the listings you've been saving?", "750-800ish"))
}

// TestSpanishClassesDev79: dev79 (Spanish conversations written blind),
// in my own words: "quiero ver si ustedes me mejoran eso" compares with
// another offer; integrating with the lead's system and adapting a module
// are technical and customization questions; "lo llevamos fatal" about
// the lead's own work is no frustration.
func TestSpanishClassesDev79(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.True(t, fires(trigger.Competitor(), "el banco me dio 7.2, a ver si ustedes me mejoran eso"))
	require.False(t, fires(trigger.Competitor(), "¿me pueden bajar la tasa si doy más de enganche?"))
	oos := trigger.OutOfScope()
	require.True(t, fires(oos, "¿pueden integrarse con nuestro ERP hecho en casa por ficheros planos?"))
	require.True(t, fires(oos, "¿y podrían adaptar el módulo de facturación a nuestro flujo?"))
	require.False(t, trigger.Analyze("la cobranza la llevamos fatal, todo en Excel").Frustrated)
	require.True(t, trigger.Analyze("su servicio es fatal").Frustrated)
}

// TestAskAndCommitmentDev77: dev77 (written blind, 60% look-alikes), in
// my own words. Asks: "I'll pick up if you call now", "queremos una
// reunión con el asesor". No ask: "my CPA will call around", "a fee if I
// call in to cancel?", "tengo un meeting con mi jefe". Commitment: "just
// sent you the signed application", "venga, contratamos el plan". No
// commitment: "sure go ahead and text me the details", readiness once
// someone is back, "ready when you are for the rest of the questions".
func TestAskAndCommitmentDev77(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I'll pick up if you call now", "queremos una reunión con el asesor el sábado"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks", s)
	}
	for _, s := range []string{"my CPA will call around and compare, then I'll get back to you", "is there a fee if I call in to cancel later?",
		"tengo un meeting con mi jefe el jueves, luego te digo"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for no one (%s)", s, trigger.Analyze(s).ExplicitAskRule)
	}
	requireCommits(t, "just sent you the signed application", "venga, contratamos el plan. ¿me pasas el enlace para pagar?")
	requireNoCommitment(t, "sure, go ahead and text me the details", "we'd be ready to move forward once my wife is back from her trip",
		"ready when you are for the rest of your questions")
}

// TestToolTriedAndTelephoned: a product named to "have you tried any
// tools for it?" is a competitor, in English and Spanish; "if someone
// telephoned me at the house" asks for a call (dev73, dev74).
func TestToolTriedAndTelephoned(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	require.True(t, firesAfter(t, comp, "Have you tried any scheduling apps before?", "we did a trial of Deputy last year, the staff hated it"))
	require.True(t, firesAfter(t, comp, "¿Ha probado alguna herramienta para eso?", "sí, usamos Fresha como un año"))
	require.False(t, firesAfter(t, comp, "Have you tried any scheduling apps before?", "no, just paper and a group chat"))
	require.True(t, trigger.Analyze("would it be alright if someone from your office phoned me at home instead?").ExplicitAsk)
	require.False(t, trigger.Analyze("the last guy who called me was pushy, I prefer texting").ExplicitAsk)
}

// TestTopicsDev78: dev78's late topics, in my own words: a job's price
// asked as "a real number"; "what would a full replacement cost for...";
// a solar and battery question thick with jargon; working without a
// permit; "¿me pueden mejorar eso?" after naming the current insurer.
func TestTopicsDev78(t *testing.T) {
	t.Parallel()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	oos := trigger.OutOfScope()
	require.True(t, fires(oos, "before I book, I need a real number for the whole roof, not a range"))
	require.True(t, fires(oos, "what would a new 3-ton system cost for a 1,800 sq ft ranch?"))
	require.True(t, fires(oos, "can your inverter AC-couple to my existing LiFePO4 rack and expose Modbus TCP locally?"))
	require.True(t, fires(oos, "¿lo pueden hacer sin sacar permiso de la ciudad?"))
	require.False(t, fires(oos, "the permit came through yesterday"))
	require.True(t, fires(trigger.Competitor(), "es con Universal. ¿ustedes me pueden mejorar eso?"))
}

// TestCalmClassesDev78: dev78 and dev82 (written blind), in my own
// words. Calm: "been stalking zillow for months", a sigh at roaches,
// "terrible signal" in the warehouse, an eye-roll at the lead's own
// teenager. Still frustration: "third time I'm explaining ... ugh", an
// eye-roll at the sender. "Go ahead and cancel Thursday, I'll reach out
// when I'm ready" commits to nothing.
func TestCalmClassesDev78(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"been stalking redfin for months lol, finally found one", "ants all over the pantry again. ugh",
		"fine. the shop floor has terrible signal though", "family of 5, my teen takes hour long showers 🙄"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is calm (%s)", s, trigger.Analyze(s).FrustrationRule)
	}
	for _, s := range []string{"third time I'm explaining the leak is in the BASEMENT. ugh", "you sent the same form again 🙄"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	require.Less(t, trigger.Analyze("go ahead and cancel the friday one, I'll reach out when I'm ready").Commitment, 2)
}

// TestComparisonsDev82: "how do I know you're any different from them?"
// and "why would I go with you over them?" compare; "some outfit mailed
// me a written offer" names a competitor by what it did (dev82).
func TestComparisonsDev82(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.True(t, fires(comp, "another buyer already texted me. how do I know you're any different from them?"))
	require.True(t, fires(comp, "we're halfway through a trial elsewhere. why would I go with you over them?"))
	require.True(t, fires(comp, "Cashly mailed me a written offer last week"))
	require.False(t, fires(comp, "you're so different from what I expected, in a good way"))
}

// TestClassesDev80: dev80 (qualification conversations written blind),
// in my own words. "yes, ugh" to a question about a chore is a sigh; "6 rentals over there, I'd
// rather sell them together than one at a time" asks for no person; a
// need told ("it's killing us, want to get that payment down") is no
// readiness for the learned tier either.
func TestClassesDev80(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("yes, ugh").Frustrated)
	require.False(t, trigger.Judged("honestly I've got 6 rentals over there and I'd rather sell them together than one at a time").ExplicitAsk)
	require.Less(t, trigger.Judged("we're at 7.8 and it's killing us, want to get that payment down").Commitment, 2)
	require.Equal(t, 2, trigger.Judged("it's killing us, let's get started this week").Commitment)
}

// askBoth reports whether the rules or the learned tier read text as an
// explicit ask, as the engine merges them.
func askBoth(t *testing.T, text string) bool {
	t.Helper()
	rules := trigger.Analyze(text)
	j, err := trigger.Model().Judge(context.Background(), trigger.JudgeInput{Text: text, Rules: rules})
	require.NoError(t, err)
	return rules.Merge(j).ExplicitAsk
}

// TestProcessQuestionsAskForNobody: dev83 (English ask look-alikes,
// written blind) found asks read into questions about how the process
// goes, in my own words: a habit ("do the inspectors usually phone ahead,
// or is it all by email?", "does anybody call to confirm the delivery
// date"), an obligation ("will we have to speak with an underwriter to
// get approved?"), the lead's own future in a hypothetical or beside an
// alternative ("if the heater dies on a weekend, who would we call?",
// "would I be able to talk to someone later, or is it text only?"), a
// hypothetical named as one, a talk the lead would rather avoid ("texting
// works better for me than talking on the phone"), a call told in the
// past ("your rep phoned me last week about it, all sorted") and one put
// off ("if prices drop I might want to talk to somebody, for now just
// keep me posted"). Plain requests in the same words still ask.
func TestProcessQuestionsAskForNobody(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"do the inspectors usually phone ahead, or is it all by email?",
		"does anybody call to confirm the delivery date",
		"will we have to speak with an underwriter to get approved?",
		"if the heater dies on a weekend, who would we call?",
		"would I be able to talk to someone later, or is it text only?",
		"hypothetically, if the bank says no, could I ask for a supervisor to look again?",
		"texting works better for me than talking on the phone, send the list",
		"I'd honestly rather keep it in the chat instead of speaking to a person. can we keep going?",
		"your rep phoned me last week about it, all sorted",
		"if prices drop I might want to talk to somebody, for now just keep me posted",
		"Do I need to speak with an agent to change my address?",
	} {
		require.False(t, askBoth(t, s), "%q asks for nobody", s)
	}
	for _, s := range []string{
		"would I be able to talk to someone this afternoon?",
		"I'd rather talk to a person than keep texting",
		"can somebody call me, or is everything online?",
		"Do call me when you have a minute",
		"does your office have an advisor available thursday? we'd like to meet",
	} {
		require.True(t, askBoth(t, s), "%q asks", s)
	}
}

// TestCallsDescribedNotAsked: calls a lead puts up with ("I'm done with
// the midnight phone calls from tenants") and what people do to the
// lead ("customers text me all weekend about openings") ask for nobody;
// "have your people call me" still asks.
func TestCallsDescribedNotAsked(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I'm done with landlording, the midnight phone calls from tenants, the repairs",
		"customers text me all weekend about openings and I lose track",
		"7am phone calls about leaks, every single week",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for nobody", s)
	}
	for _, s := range []string{"have your people call me tomorrow", "can your reps call me after 5?"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks", s)
	}
}

// TestStoreBoughtAndOthersHoldings: a home-improvement store named as
// where the lead bought something ("used some foam I picked up at Home
// Depot") is no competitor, one that quoted still is; an amount another
// person has ("my brother has like a 1.5 million policy") is no deal of
// the lead's.
func TestStoreBoughtAndOthersHoldings(t *testing.T) {
	t.Parallel()
	require.False(t, ruleFires(t, trigger.Competitor(), "used some foam I picked up at Home Depot, didn't help"))
	require.True(t, ruleFires(t, trigger.Competitor(), "Home Depot quoted us 9k for the install"))
	hv := trigger.HighValueScope(500000)
	require.False(t, ruleFires(t, hv, "my brother has like a 1.5 million policy but I just need 300k"))
	require.False(t, ruleFires(t, hv, "mi cuñado tiene como 1 millón de cobertura, yo no necesito tanto"))
	require.True(t, ruleFires(t, hv, "we'd want about 1.5 million in coverage"))
}

// TestBookedMeetingsAndMeaningsDev83: a meeting the lead already has ("is
// our consultation with the advisor still on for friday?", "what do I
// need for my appointment with the agent?") and a question what
// something means ("does that mean a phone call or a letter?") ask for
// nobody; a typed "need 2 speek w sumbody" still asks.
func TestBookedMeetingsAndMeaningsDev83(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"is our consultation with the advisor still on for friday?",
		"what do I need for my appointment with the agent",
		"you said someone will follow up, does that mean a phone call or a letter?",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for nobody", s)
	}
	require.True(t, trigger.Analyze("need 2 speek w sumbody today abt my claim").ExplicitAsk)
	require.True(t, trigger.Analyze("can we set up a meeting with the agent this week?").ExplicitAsk)
}

// TestClassesDev85: dev85 (conversations written blind), in my own
// words. A sigh that names no one ("ugh, hope we don't need a new
// one") is no frustration, one at the sender ("ugh, your texts again")
// is; one technical term in a statement ("okta is the main thing") is
// the lead's situation, two describe a complex setup; "harassment
// training" is a course; another tradesman who came out and a lower
// price for the same unit name a competitor; how much a change raises
// the lead's own premium is pricing that depends on the case; a number
// grouped in thousands after a word of value ("appraised at 810,000")
// is an amount.
func TestClassesDev85(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("ugh, hope we don't need a new one").Frustrated)
	require.True(t, trigger.Analyze("ugh, your texts again").Frustrated)
	require.False(t, trigger.Analyze("okta is the main thing for us").Frustrated)
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.False(t, has("okta is the main thing for us", trigger.TopicTechnical))
	require.True(t, has("we run okta with scim into an on-prem ldap directory", trigger.TopicTechnical))
	require.False(t, trigger.Analyze("they all did the harassment training last month").Frustrated)
	require.True(t, trigger.Analyze("this is harassment at this point").Frustrated)
	require.True(t, ruleFires(t, trigger.Competitor(), "we had a different crew come look friday, they're 900 cheaper for the same unit"))
	require.False(t, ruleFires(t, trigger.Competitor(), "my brother and another guy helped me move it"))
	require.True(t, has("how much would putting my daughter on the policy raise the premium?", trigger.TopicPricing))
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "it appraised at 810,000 in march"))
	require.False(t, ruleFires(t, hv, "we ship about 150,000 orders a year"))
}

// TestJoyAndOwnCountsAreNoFrustration: in my own words, from dev52 and
// dev56 rows the rules misread. Good news shouted ("WE GOT APPROVED!!!
// literally crying happy tears") is joy; counting asks of the lead's own
// people ("asked my wife like four times if she's ok selling") and the
// last time of something ("closing on it for the last time as owners")
// are no exasperation; "estoy harto de pagar renta" is a reason to buy,
// as "tired of renting" is, while "estoy harto de esperar" is at the
// sender.
func TestJoyAndOwnCountsAreNoFrustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"omg they approved us!!! my kids are literally dancing around the kitchen",
		"I asked my husband three times if he's sure about selling, he is",
		"closing on it for the last time as owners, feels strange",
		"estoy harto de pagar renta, por eso quiero comprar",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is no frustration", s)
	}
	for _, s := range []string{"estoy harto de esperar su llamada", "for the last time, I am not selling", "how many times have I told you this"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
}

// TestFrustrationClassesDev86: dev86 (frustration look-alikes, written
// blind), in my own words. Frustrated: a word of the sender's mocked in
// quotes ('the "free" inspection cost me 150. Great.', 'so the "quick"
// approval took six weeks, not "quick" at all'), "enough with the
// reminders", "this runaround", chasing the sender every month, "per my
// last two messages", "please actually read them", "I give up", "esto
// ya es too much". Not frustrated: someone else's words in quotes ('my
// dad says his old insurer "screwed him"'), the lead's own many
// questions, a repeat laughed off.
func TestFrustrationClassesDev86(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		`the "free" inspection cost me 150. Great.`,
		`so the "quick" approval took six weeks, not quick at all`,
		"enough with the reminders already",
		"I'm 81 and I'm tired of this runaround, just send somebody",
		"every month I have to chase you people about the same invoice",
		"per my last two messages, the gate code is 1234",
		"please actually read them before you reply",
		"I give up. the portal logs me out every time",
		"ok esto ya es too much, tres semanas sin respuesta",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		`my dad says his old insurer "screwed him" on the claim, so I'd like to read the fine print first`,
		"my husband is the reason I'm asking so many questions. what's the warranty?",
		"lol I've asked this twice now, my memory is gone. what time again?",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is no frustration", s)
	}
}

// TestProductFeatureQuestionsDev87: "hey quick q, does your booking app
// sync with outlook?" asks whether the product has a feature, an
// ordinary question; a question with the setup's details ("does your app
// sync with outlook and our on-prem exchange with SAML?") is technical.
func TestProductFeatureQuestionsDev87(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicTechnical) }
	require.False(t, has("hey quick q, does your booking app integrate with outlook?"))
	require.True(t, has("does your app integrate with outlook and our on-prem exchange with SAML?"))
}

// TestClassesDev88: dev88 (conversations written blind), in my own
// words. A past provider ("our first mortgage was with Ditech ages ago,
// paid it off in 2015") is no competitor, a current one still is;
// another company's headcount ("we're a division of a big holding
// company, they're about 6,000 people") is no seat count; a statement
// about the lead's lawyers ("our attorneys are still going over it") is
// no legal question; scorn for a valuation site ("redfin says 455, redfin
// is garbage lol") is no frustration; "we both sign and decide together"
// says who decides, not readiness.
func TestClassesDev88(t *testing.T) {
	t.Parallel()
	require.False(t, ruleFires(t, trigger.Competitor(), "go ahead. our first mortgage was with Ditech ages ago, paid it off in 2015"))
	require.True(t, ruleFires(t, trigger.Competitor(), "yes, we're currently with Allstate"))
	hv := trigger.HighValueScope(500000)
	require.False(t, ruleFires(t, hv, "sure. we're a division of a big holding company (they're about 6,000 people) but we buy our own software"))
	require.True(t, ruleFires(t, hv, "we'd need it for about 600 users"))
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.False(t, has("our attorneys are still going over it, so I can't give you a date yet", trigger.TopicLegal))
	require.False(t, trigger.Analyze("redfin says 455 but redfin is garbage lol").Frustrated)
	rules := trigger.Analyze("los dos, firmamos juntos y decidimos juntos")
	j, err := trigger.Model().Judge(context.Background(), trigger.JudgeInput{Text: "los dos, firmamos juntos y decidimos juntos", Rules: rules})
	require.NoError(t, err)
	require.Less(t, rules.Merge(j).Commitment, 2)
}

// TestMoreClassesDev88: in my own words. Friends' purchase price ("our
// friends paid like 1.3M for theirs") is no deal of the lead's; "stay
// under 500" is below $500,000; "me and 3 others are testing it" counts
// people, not properties ("this one and 3 others" with rentals named
// still does); "mi préstamo anterior era con Ocwen" names a past provider;
// "I have to ask the building manager if they send someone" asks for no
// one of the sender's.
func TestMoreClassesDev88(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.False(t, ruleFires(t, hv, "our friends paid like 1.3M for theirs, we're not those people"))
	require.False(t, ruleFires(t, hv, "we want to stay under 500, ideally 470 or so"))
	require.False(t, ruleFires(t, hv, "so far it's me and 3 others testing it"))
	require.True(t, ruleFires(t, hv, "I'd sell this one and 3 others, all rentals on the same block"))
	require.False(t, ruleFires(t, trigger.Competitor(), "estoy mirando nada más. mi préstamo anterior era con Ocwen"))
	require.False(t, trigger.Analyze("I have to ask the building manager first if they send someone or if I fix it").ExplicitAsk)
	require.True(t, trigger.Analyze("is the office manager available to talk today?").ExplicitAsk)
}

// TestJoyCommitmentAndOwnTroublesAreNoFrustration: with frustration now
// ahead of qualification, the frustration false positives the older sets
// hid behind a fields or score handoff, in my own words. Good news with
// "!!" ("they accepted our offer last night!! ... whatever you need"); an
// eye-roll at a pet by a lead who signs up in the same message; what
// may happen again ("antes de que nos vuelvan a subir otra vez el
// alquiler"); tired of the house ("el techo gotea y el aire no enfría,
// ya me cansé"); nobody else on the lead's own team ("our payroll lady
// retired and nobody else knows how to run it").
func TestJoyCommitmentAndOwnTroublesAreNoFrustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"they accepted our offer last night!! can you get the letter done by friday? whatever you need I'll send tonight",
		"the dog chewed the remote AGAIN 🙃 ok fine you convinced me, sign me up for the annual plan",
		"ojalá antes de marzo, antes de que nos suban otra vez el alquiler",
		"el techo gotea y el aire no enfría desde julio, ya me cansé",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is no frustration", s)
	}
	j := trigger.Model()
	s := "our payroll lady retired and nobody else knows how to run it, we need something simple enough for me"
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.Frustrated, "%q is a pain to solve", s)
	// still frustration
	for _, s := range []string{"ya me cansé, nadie de ustedes contesta", "AGAIN?? 🙄 this is the third time you sent the wrong form"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
}

// TestAsksDev89Dev91: dev89 (Spanish and Spanglish) and dev91 (English
// in many voices), written blind; in my own words. Asks: "¿me pueden
// yamar mañana?", "¿me podéis poner con un comercial?", "¿tienen algún
// teléfono de contacto?", "esto se arregla antes con una llamada",
// "which number I can call for ask about the policy?", "we'd love an in
// person with your team", "would you mind giving me a call tomorrow?".
// No asks: "te llamo yo si me decido", "my neighbor said someone could
// fix it cheaper", "do I need a realtor to sell to you, or can I do it
// myself?". "My daughter says I should ask for a human. may I have one?"
// still asks.
func TestAsksDev89Dev91(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"¿me pueden yamar mañana?",
		"¿me podéis poner con un comercial? quiero cerrar lo del seguro",
		"¿tienen algún teléfono de contacto?",
		"esto se arregla antes con una llamada, ¿no?",
		"which number I can call for ask about the policy?",
		"we'd love an in person with your team next month",
		"would you mind giving me a call tomorrow?",
		"My daughter says I should ask for a human. may I have one?",
	} {
		require.True(t, askBoth(t, s), "%q asks", s)
	}
	for _, s := range []string{
		"te llamo yo si me decido, gracias",
		"my neighbor said someone could fix it cheaper, what do you charge?",
		"do I need a realtor to sell to you, or can I do it myself?",
	} {
		require.False(t, askBoth(t, s), "%q asks for nobody", s)
	}
}

// TestTerseRepliesDev90: dev90 (terse replies, written blind), in my own
// words. "does it do SAML with okta plus customer managed keys in our kms"
// is a technical question without its "?"; "1.5ish" to "what range are
// you shopping in?" is $1.5M; "te lo he dicho tres veces ya" is
// exasperation; "tenemos la casa y dos locales al lado" names three
// properties.
func TestTerseRepliesDev90(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("does it do SAML with okta plus customer managed keys in our kms", trigger.TopicTechnical))
	hv := trigger.HighValueScope(500000)
	require.True(t, firesAfter(t, hv, "Nice! What range are you shopping in?", "1.5ish"))
	require.False(t, firesAfter(t, hv, "Nice! What range are you shopping in?", "3.5 bedrooms ideally"))
	require.True(t, trigger.Analyze("que si tiene garantía!! te lo he dicho tres veces ya").Frustrated)
	require.True(t, ruleFires(t, hv, "tenemos la casa y dos locales al lado, todo en el mismo terreno"))
}

// TestYesToACallWithSomeone: "yep" to "Would a quick call with one of our
// onboarding specialists help?" takes the call; "nope" does not.
func TestYesToACallWithSomeone(t *testing.T) {
	t.Parallel()
	q := "Nice. Would a quick call with one of our onboarding specialists help?"
	require.True(t, firesAfter(t, trigger.ExplicitAsk(), q, "yep"))
	require.False(t, firesAfter(t, trigger.ExplicitAsk(), q, "nope, all good"))
}

// TestSpanishCustomization: "¿eso lo pueden personalizar?" and "lo
// necesitamos hecho a medida" ask for customization; "me gusta cómo se
// ve" does not.
func TestSpanishCustomization(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicCustomization) }
	require.True(t, has("queremos que el formulario pida el RUT, ¿eso lo pueden personalizar?"))
	require.True(t, has("lo necesitamos hecho a medida para la clínica"))
	require.False(t, has("me gusta cómo se ve la agenda, gracias"))
}

// TestOtherToolsNamed: "trello and notion" to "Looking at any other
// tools?" names competitors; "nah, just you" and "excel and paper" to
// "what are you using right now?" do not.
func TestOtherToolsNamed(t *testing.T) {
	t.Parallel()
	c := trigger.Competitor()
	require.True(t, firesAfter(t, c, "Makes sense. Looking at any other tools?", "trello and notion"))
	require.False(t, firesAfter(t, c, "Makes sense. Looking at any other tools?", "nah, just you"))
	require.False(t, firesAfter(t, c, "What are you using right now?", "excel and paper"))
}

// TestTopicsDev88: in my own words. "me cobraron dos veces la inspección,
// quiero que me devuelvan uno" is a billing dispute; "can I take the
// contractor to small claims for this?" a legal question; "what would I
// pay a month with the teen on the policy?" pricing that depends on the
// case. "we pay our invoices monthly" is none.
func TestTopicsDev88(t *testing.T) {
	t.Parallel()
	has := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, has("me cobraron dos veces la inspección, quiero que me devuelvan uno", trigger.TopicBilling))
	require.True(t, has("can I take the contractor to small claims for this?", trigger.TopicLegal))
	require.True(t, has("so what would I pay a month with the teen on the policy?", trigger.TopicPricing))
	require.False(t, has("tengo dos hijos y un perro", trigger.TopicBilling))
}

// TestCalmNoShowsAndContractsDev85: a short calm report that nobody
// came ("hmm, nobody came", "no, nadie llegó, estuve todo el día") is no
// frustration for the rules or the learned tier; "nobody came?? I took
// the whole day off" still is. "can you send the contract today?" is a next
// step, not a legal question; "is the contract binding if I move?" is.
func TestCalmNoShowsAndContractsDev85(t *testing.T) {
	t.Parallel()
	j := trigger.Model()
	for _, s := range []string{"hmm, nobody came", "no, nadie llegó, estuve todo el día"} {
		got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
		require.NoError(t, err)
		require.False(t, trigger.Analyze(s).Merge(got).Frustrated, "%q is a calm report", s)
	}
	angry := "nobody came?? I took the whole day off for this"
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: angry, Rules: trigger.Analyze(angry)})
	require.NoError(t, err)
	require.True(t, trigger.Analyze(angry).Merge(got).Frustrated, "%q is frustration", angry)
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicLegal) }
	require.False(t, has("great, can you send the contract today?"))
	require.True(t, has("is the contract binding if I move out of state?"))
}

// TestThingsTheLeadPaysForAreNoFrustration: "our property taxes jumped
// again, it's getting ridiculous", "property taxes are ridiculous this
// year" and "the hoa dues are insane now" are about what the lead pays
// others; "your texts are getting ridiculous" is at the sender.
func TestThingsTheLeadPaysForAreNoFrustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"our property taxes jumped again, it's getting ridiculous", "property taxes are ridiculous this year", "the hoa dues are insane now"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is about a cost", s)
	}
	require.True(t, trigger.Analyze("your texts are getting ridiculous").Frustrated)
}

// TestFeelingsAboutOthersThenAQuestion: a feeling told about the lead's
// own people or a former provider, then one calm question to the sender,
// is no frustration for either tier ("my tenant wrecked the kitchen and
// i'm livid. do you buy houses like that?"); the same feeling aimed at
// the sender, shouted, or closed with "??" still is.
func TestFeelingsAboutOthersThenAQuestion(t *testing.T) {
	t.Parallel()
	merged := func(s string) bool { return trigger.Judged(s).Frustrated }
	for _, s := range []string{
		"my tenant wrecked the kitchen and i'm livid. do you buy houses like that?",
		"The previous plumber overcharged us and I'm still furious about it. Are you able to look at the water heater Monday?",
		"Our old insurer was a damn nightmare after the hail. What would a policy with you run?",
	} {
		require.False(t, merged(s), "%q: the feeling is about someone else", s)
	}
	for _, s := range []string{
		"you people wrecked my kitchen and i'm livid. do you even care?",
		"my tenant wrecked the kitchen and i'm livid. why do you keep ignoring me??",
		"my tenant wrecked the kitchen, your crew made it worse, and i am livid. will anyone fix it?",
	} {
		require.True(t, merged(s), "%q is frustration", s)
	}
}

// TestDev94LookAlikes: a double negative ("never asked for nothing") is no
// "thanks for nothing"; a tax refund is no refund dispute; "on one phone"
// counts a device, not a person to call.
func TestDev94LookAlikes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("who is this? i didnt sign up for nothing").Frustrated)
	require.True(t, trigger.Analyze("well thanks for nothing").Frustrated)
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicBilling) }
	require.False(t, has("that deposit is just my tax refund"))
	require.True(t, has("can I get a refund for the visit you cancelled?"))
	require.False(t, trigger.Analyze("we run everything off one phone right now").ExplicitAsk)
	require.True(t, trigger.Analyze("could one of your guys phone me tonight").ExplicitAsk)
}

// TestFormerProviderStory: a complaint about another or a former
// provider, told with no word of the sender, is no frustration for
// either tier; the same complaint turned on the sender is.
func TestFormerProviderStory(t *testing.T) {
	t.Parallel()
	merged := func(s string) bool { return trigger.Judged(s).Frustrated }
	for _, s := range []string{"Oh dear. The last company said 90 and then they never came out.", "my old agent was useless, never returned a single call",
		"another roofer quoted us and then ghosted for three weeks"} {
		require.False(t, merged(s), "%q is about another provider", s)
	}
	for _, s := range []string{"the last company never came out and now you're doing the same thing", "my old agent was useless and honestly so are you"} {
		require.True(t, merged(s), "%q is frustration with the sender", s)
	}
}

// TestDev94Classes: Spanish asks how to pay or sign up ("¿cómo le hago
// para pagar?") as a next step; a contractor the lead already had out is
// a competitor; security and hosting requirements are technical.
func TestDev94Classes(t *testing.T) {
	t.Parallel()
	require.Equal(t, 2, trigger.Analyze("listo, ¿cómo hacemos para pagarles?").Commitment)
	require.Equal(t, 0, trigger.Analyze("no sé cómo le hago para pagar la renta este mes").Commitment)
	d, err := trigger.Competitor().Evaluate(context.Background(), trigger.Input{Text: "we had a fella from Tri-County Plumbing come look last week, he said 9 grand"})
	require.NoError(t, err)
	require.True(t, d.Handoff)
	d, err = trigger.Competitor().Evaluate(context.Background(), trigger.Input{Text: "we had a guy come look at it last spring, it held up fine"})
	require.NoError(t, err)
	require.False(t, d.Handoff)
	require.Contains(t, trigger.Analyze("we'd need data residency in the EU and the audit logs shipped to our SIEM").OutOfScope, trigger.TopicTechnical)
}

// TestAskClassesDev92: the asks a development writer (dev92) found
// missed, in my own words, each beside a look-alike: a call wanted after
// a question how the process goes, a named person asked to reach out,
// getting on the phone with whoever decides, callbacks, a preference for
// meeting in person and a conditional call in Spanish; a curious "bot or
// real person? just asking" is an identity question.
func TestAskClassesDev92(t *testing.T) {
	t.Parallel()
	merged := func(s string) bool { return trigger.Judged(s).ExplicitAsk }
	for _, s := range []string{
		"Does anybody pick up the phone there? I'd like to call and go over the loan options.",
		"could you have Denise reach out? she handled our claim last year",
		"can I get on the phone with whoever handles the pricing",
		"do you guys do callbacks? i'm on the road all day",
		"mejor en persona, ¿tienen oficina por acá?",
		"si alguien me llama después de las 4 lo cerramos hoy",
	} {
		require.True(t, merged(s), "%q is an ask", s)
	}
	for _, s := range []string{
		"i have to get on a call with my lender first",
		"could you have the inspection report ready by friday",
		"oye, ¿eres un bot or a real person? just asking lol",
		"si me llaman del banco te aviso",
		"does the adjuster usually call before coming out?",
	} {
		require.False(t, merged(s), "%q is no ask", s)
	}
}

// TestWeakCuesConfirmTheModel: the model leaning to frustration below its
// threshold plus a cue too common to count alone ("asked twice", "not
// impressed", "it's been a week", a closing "Great.") is frustration; the
// same cues in calm messages, or the model leaning with no cue, are not.
func TestWeakCuesConfirmTheModel(t *testing.T) {
	t.Parallel()
	merged := trigger.Judged
	for _, s := range []string{
		"You promised the estimate by Monday. It's been a week. Not impressed.",
		"this is the third time I'm sending the address",
	} {
		require.True(t, merged(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		"I read your message twice, so the closing costs go into the loan, right?",
		"great, thanks for explaining it so clearly",
		"the sink backed up again last night, can someone come look",
	} {
		require.False(t, merged(s).Frustrated, "%q is calm", s)
	}
}

// TestCommitmentsDev93: readiness a development writer (dev93) found
// missed, in my own words: "we're sold", a request to start the process,
// "tell me where to sign", a purchase order, a date to close by; "not
// sold on the pavers" and "the po box" are none.
func TestCommitmentsDev93(t *testing.T) {
	t.Parallel()
	requireCommits(t, "ok we're sold. when can your crew start?", "please start the application, I'll send the paystubs tonight",
		"just tell me where to sign", "finance approved it, purchase order number is 5521", "we need to close before the 15th, whatever you need from us",
		"¿cómo le hago para pagarles?")
	requireNoCommitment(t, "I'm not sold on the pavers yet", "mail it to the po box on Elm", "the house next door sold in a week")
}

// TestDev95Classes: money asked back in Spanish ("que me regresen uno de
// esos cobros") is no call asked for; "también estamos viendo X" and
// "quería comparar con ustedes" compare with another company.
func TestDev95Classes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("me cobraron el avalúo dos veces, quiero que me devuelvan uno de los cargos").ExplicitAsk)
	require.True(t, trigger.Analyze("quiero que me regresen la llamada hoy").ExplicitAsk)
	for _, s := range []string{"somos 40 y también estamos evaluando otra plataforma", "ya tengo preaprobación con mi banco pero quería comparar con ustedes"} {
		d, err := trigger.Competitor().Evaluate(context.Background(), trigger.Input{Text: s})
		require.NoError(t, err)
		require.True(t, d.Handoff, "%q compares", s)
	}
}

// TestRuleEventsDev97: the rule-based events a development writer
// (dev97) found late, in my own words, each beside what stays under the
// bar.
func TestRuleEventsDev97(t *testing.T) {
	t.Parallel()
	eval := func(r trigger.Rule, asked, text string) bool {
		d, err := r.Evaluate(context.Background(), trigger.Input{Text: text, Asked: asked})
		require.NoError(t, err)
		return d.Handoff
	}
	hv := trigger.HighValueScope(500000)
	for _, c := range [][2]string{
		{"", "por aquí las casas andan en setecientos y pico mil"},
		{"", "we run 30 stores across the southeast"},
		{"How many locations would this cover?", "12, maybe more next year"},
		{"", "commercial auto for 16 dump trucks, 6 vans and my pickup"},
	} {
		require.True(t, eval(hv, c[0], c[1]), "%q is high value", c[1])
	}
	for _, c := range [][2]string{{"", "like 14 trucks"}, {"How many locations?", "2 for now"}, {"", "they have 40 stores, we're just one"}} {
		require.False(t, eval(hv, c[0], c[1]), "%q is not high value", c[1])
	}
	oos := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	require.True(t, oos("si la compran como está, ¿cuánto me estarían rebajando por el techo?", trigger.TopicPricing))
	require.True(t, oos("could you buy it and let me rent it back for a few months?", trigger.TopicCustomization))
	require.True(t, oos("can I pay quarterly instead of monthly? most of my income is in summer", trigger.TopicCustomization))
	require.True(t, oos("will you sign our DPA as written?", trigger.TopicLegal))
	require.True(t, oos("ustedes me pueden hacer el reporte a la medida?", trigger.TopicCustomization))
	require.True(t, oos("can you backfeed 8kW through the old panel or do I need a line side tap?", trigger.TopicTechnical))
	require.True(t, oos("someone just rear ended me on the freeway, what do I do about the claim?", trigger.TopicEmergency))
	require.True(t, oos("hay agua saliendo del techo ahorita, ¿qué hago?", trigger.TopicEmergency))
	require.True(t, oos("with the teen on the camry and 1000 deductible, ballpark per month?", trigger.TopicPricing))
	require.False(t, oos("how long does closing usually take?", trigger.TopicPricing))
	require.True(t, oos("what are your closing costs?", trigger.TopicPricing))
	comp := trigger.Competitor()
	require.True(t, eval(comp, "", "my brother-in-law can get me 6.1 through his credit union. beat that"))
	require.False(t, eval(comp, "", "honestly you can't beat that price"))
	require.True(t, eval(comp, "", "our current provider is raising the renewal 25%"))
	require.True(t, eval(comp, "", "the roofer down the street is stopping by friday to give me a number too"))
	require.True(t, eval(comp, "Are you using anything for scheduling right now?", "we do but it keeps crashing on mondays"))
	require.False(t, eval(comp, "Are you using anything for scheduling right now?", "just a paper calendar lol"))
}

// TestTermsAndBurdensDev97: a question about the terms of a step ("how
// long can you lock a rate?") commits to nothing; phone calls a business
// drowns in are no ask; "the real one" after a rate is no person.
func TestTermsAndBurdensDev97(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("how long can you lock the rate for?").Commitment, 2)
	require.Equal(t, 2, trigger.Analyze("when can we lock the rate?").Commitment)
	require.False(t, trigger.Analyze("our front desk is drowning in phone calls every morning").ExplicitAsk)
	require.False(t, trigger.Analyze("what rate would you give me? not the teaser rate, the real one").ExplicitAsk)
	require.True(t, trigger.Analyze("can I talk to a real one, not a bot").ExplicitAsk)
}

// TestAskClassesDev98: a call accepted ("a call would work, after 5"),
// "¿me pasa con la encargada?" and "que una persona real me conteste"
// ask for a person; a call that did not work out does not.
func TestAskClassesDev98(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok a call would work, after 5 is best", "the 10am call slot on friday works for me", "¿me pasa con la encargada, por favor?",
		"¿puede ser que una persona real me conteste?"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q is an ask", s)
	}
	for _, s := range []string{"the call didn't work out, text me instead", "the bot is fine, no need for a real person"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q is no ask", s)
	}
}

// TestReadyToScreamAndTwoHouses: "ready to scream" is no readiness; the
// two houses and a fourplex are several properties, the two bedrooms of
// one house are not.
func TestReadyToScreamAndTwoHouses(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("honestly I'm ready to scream, what were the numbers again?").Commitment, 2)
	require.Equal(t, 2, trigger.Analyze("I'm ready, send the agreement").Commitment)
	hv := trigger.HighValueScope(500000)
	d, err := hv.Evaluate(context.Background(), trigger.Input{Text: "can you also quote the two rentals on Oak and the duplex by the school?"})
	require.NoError(t, err)
	require.True(t, d.Handoff)
	d, err = hv.Evaluate(context.Background(), trigger.Input{Text: "two bedrooms upstairs and a den"})
	require.NoError(t, err)
	require.False(t, d.Handoff)
}

// TestShortRepliesDev101: "sure, call" and "dale, llama" accept a call;
// "ok, call Mark about the roof" sends it elsewhere.
func TestShortRepliesDev101(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"sure, call", "yeah call anytime", "dale, llama"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q accepts a call", s)
	}
	require.False(t, trigger.Analyze("ok, call Mark about the roof").ExplicitAsk)
}

// TestDev100Classes: "I'm the one making the call" decides, it asks for
// no call; a contractor who "me dejó una cotización" and "comparar con la
// de ustedes" name a competitor.
func TestDev100Classes(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("it's only my name on the loan, so I'm the one making the call here").ExplicitAsk)
	require.True(t, trigger.Analyze("could one of you call me this afternoon").ExplicitAsk)
	for _, s := range []string{"ya vino otro técnico y nos dejó un presupuesto", "tengo un presupuesto de otro lado y quiero comparar con el de ustedes"} {
		d, err := trigger.Competitor().Evaluate(context.Background(), trigger.Input{Text: s})
		require.NoError(t, err)
		require.True(t, d.Handoff, "%q names a competitor", s)
	}
}

// TestWeakCuesDev104: more cues that confirm a leaning model ("filled
// out this form four times", "not cool", "nunca contestan", "on hold for
// 40 minutes"); a reply of three words or fewer ("yes 3 times") answers.
func TestWeakCuesDev104(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I have now sent this same form four times and nobody tells me anything.", "bueno ya qué, nunca contestan"} {
		require.True(t, trigger.Judged(s).Frustrated, "%q is frustration", s)
	}
	// the model leaned (p 0.75) and the cue confirmed it; since stop 45's
	// model, "bueno, ya qué. hagan lo que quieran, total nunca contestan"
	// leans less (p 0.60 -> 0.48) and is missed; since stop 51's model
	// "nunca contestan" ending its clause is a rule of its own (and the
	// model alone is sure of the form sent four times)
	require.False(t, trigger.Judged("yes 3 times").Frustrated)
}

// TestNotBuyingAndTheNewsletter: "sign me up for the emails, but I'm not
// buying anything" and "I'll probably just renew with them" commit to
// nothing; "sign me up for the demo" does.
func TestNotBuyingAndTheNewsletter(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("sure, sign me up for the updates, but I'm not buying anything yet").Commitment, 2)
	require.Less(t, trigger.Analyze("our policy renews friday but I'll probably just stick with them").Commitment, 2)
	require.Equal(t, 2, trigger.Analyze("ok sign me up for the demo").Commitment)
}

// TestAppraisalStatusIsNoPricingQuestion: asking after an appraisal's
// progress is no out-of-scope pricing question; asking how it set the
// offer is.
func TestAppraisalStatusIsNoPricingQuestion(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicPricing) }
	require.False(t, has("hey any news on the appraisal?"))
	require.False(t, has("did the appraisal get ordered yet?"))
	require.True(t, has("how does the appraisal factor into your number?"))
}

// TestCirclesAndSpanishAre: "going in circles" is exasperation; Spanish
// "son" (are) before an insult names no son of the lead's, while "my son"
// still makes the feeling someone else's.
func TestCirclesAndSpanishAre(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("honestly we're going in circles here, just give me the number").Frustrated)
	require.True(t, trigger.Analyze("ustedes son bien unprofessional, neta").Frustrated)
	require.False(t, trigger.Analyze("my son is furious about the roof").Frustrated)
	require.False(t, trigger.Analyze("the puppy was running in circles all morning lol").Frustrated)
}

// TestDev109Classes: the exact rate asked in Spanglish is a pricing
// question; a pest that drives the lead mad is no frustration with the
// sender; a support team's work described is no ask for customer
// service.
func TestDev109Classes(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicPricing) }
	require.True(t, has("con 640 de score, qué rate me darían en un 30 años?"))
	require.True(t, has("y cuánto pagaría de closing costs más o menos?"))
	require.False(t, trigger.Analyze("tenemos ratones en el garaje que me tienen loca, ¿cuándo pueden venir?").Frustrated)
	require.True(t, trigger.Analyze("ustedes con tanta pregunta que me tienen loca").Frustrated)
	require.False(t, trigger.Analyze("mostly customer service tickets and chats, nothing fancy").ExplicitAsk)
	require.True(t, trigger.Analyze("customer service number?").ExplicitAsk)
}

// TestPersonToTextAndMinutesWithARep: a person the lead can text with is
// asked for even beside a question whether the sender is automated, and
// "can I get 20 minutes with a sales rep" books time with a person; time
// spent with a rep in the past is told, not asked.
func TestPersonToTextAndMinutesWithARep(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"Is there a real person I can text with or is this all automated?",
		"Budget is there if it fits. Can I get 20 minutes with a sales rep this week?")
	requireNoAsks(t,
		"I spent 20 minutes with a rep yesterday and got nowhere",
		"we had 30 minutes with your sales guy last week, it went fine",
		"is this a real person or a bot?")
}

// TestDev111Lookalikes: a garbage disposal, "the worst one" of the lead's
// troubles, annoyance at a unit that died and anger "con esa gente" at
// the bank are no frustration with the sender; a menu item named Billing
// is no billing dispute; the lead's day on zoom and texts asked for
// instead of calls are no ask.
func TestDev111Lookalikes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Hi, my garbage disposal is humming but not spinning.",
		"Honestly everything is a headache during the season, pero I'll tell you the worst one.",
		"that mini split is only like 4 years old, so I'm kinda annoyed it died already.",
		"el banco perdió mis papeles y me tuvieron tres meses así. Qué coraje con esa gente, la verdad, por eso busco otra opción.",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	require.True(t, trigger.Analyze("qué coraje con ustedes, ya les dije tres veces").Frustrated)
	require.True(t, trigger.Analyze("your texts are garbage").Frustrated)
	require.NotContains(t, trigger.Analyze("Ok I see Settings but there's no Team thing. Mine says Account, Billing, Integrations, and that's it.").OutOfScope, trigger.TopicBilling)
	require.Contains(t, trigger.Analyze("can you check the billing section, I was charged twice").OutOfScope, trigger.TopicBilling)
	j := trigger.Model()
	for _, s := range []string{
		"a spreadsheet and vibes. it's mostly me doing sales rn, I'm one of the founders, so it's me on zoom all day and then updating the sheet at midnight",
		"Um I'd rather you don't call her, she doesn't speak English and she gets confused and stressed easily. Text me instead please.",
	} {
		got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
		require.NoError(t, err)
		require.False(t, got.ExplicitAsk, "%q: %s", s, got.Why)
	}
	const person = "Is it possible for a real person on your team to text me instead of the automated system?"
	sig := trigger.Analyze(person)
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: person, Rules: sig})
	require.NoError(t, err)
	require.True(t, sig.Merge(got).ExplicitAsk, "%q asks for a person", person)
}

// TestDev111Frustration: "who does that??" after what the sender did, a
// bot "dumber than my microwave" and "qué desmadre traen" are
// frustration; the same question about a neighbor, "the dumber the
// question the better" and a sigh at the lead's bank are not.
func TestDev111Frustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"You people texted me at 6am on a Sunday. Who does that?? I work nights.",
		"lmao this bot is dumber than my microwave",
		"¡Ya estuvo! Qué desmadre traen, me cambian la cita cada día.",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{
		"my neighbor mows his lawn at 6am, who does that lol. anyway yes the house is still for sale",
		"the dumber the question the better, right? what's the rate on a 15 year",
		"Ugh my bank is the worst, they put a hold on my transfer for no reason. I'll have the earnest money to you by Friday though.",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
}

// TestDev112RuleEvents: the rule events a development writer (dev112)
// found late. A listing's asking price answered to "what price range?"
// and caregivers counted in the hundreds are high value (a repair's
// price range is not); a bank's rate with "¿ustedes lo pueden
// mejorar?" names a competitor ("la cocina la pueden mejorar" does not).
func TestDev112RuleEvents(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.True(t, firesAfter(t, hv, "Sounds beautiful! What price range are we talking about?", "They're asking 875 and we'll probably end up right around there."))
	require.True(t, firesAfter(t, hv, "How many caregivers would need the scheduling app?", "Ahorita como 350 caregivers, and we're hiring más para el verano."))
	require.False(t, firesAfter(t, hv, "What price range for the new water heater?", "like 900 installed"))
	require.False(t, firesAfter(t, hv, "What price range are you thinking?", "we're thinking 875 or so for the whole remodel"))
	require.NotEmpty(t, trigger.Analyze("El banco de la base, el de Fort Bliss, me ofreció 6.1 por ciento. ¿Ustedes lo pueden mejorar?").Competitors)
	require.NotEmpty(t, trigger.Analyze("el banco me ofreció 6.1 pero quiero ver opciones").Competitors)
	require.Empty(t, trigger.Analyze("la cocina la pueden mejorar con poco dinero").Competitors)
	require.Empty(t, trigger.Analyze("mi papá trabajaba en el banco y me dio la idea").Competitors)
}

// TestNumberToCallThem: "What's the number pa' llamarlos?" asks for a
// number to reach the sender.
func TestNumberToCallThem(t *testing.T) {
	t.Parallel()
	requireAsks(t, "What's the number pa' llamarlos?", "what is the number para llamarles?")
	requireNoAsks(t, "the number for calling them is on the fridge, my wife put it there")
}

// TestDev114Signals: a wry face at the lead's own mishap is no
// frustration (at the sender it is); Spanish "me gustó" names no
// payroll company ("we use Gusto" does); the builder's own lender and
// "switching from 7shifts" are competitors, "switching from paper" is
// not.
func TestDev114Signals(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("hola! no pude entrar, se me cayó el internet 🙃").Frustrated)
	require.True(t, trigger.Analyze("you sent me the wrong form again 🙃").Frustrated)
	require.Empty(t, trigger.Analyze("Bien, me gustó. Vamos a hacerlo.").Competitors)
	require.NotEmpty(t, trigger.Analyze("we use Gusto for payroll right now").Competitors)
	for _, s := range []string{
		"well, the builder has their own lender y nos ofrecen pagar los closing costs si usamos a ellos, so idk",
		"we're switching from 7shifts porque subieron el precio. can y'all import our data from them?",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
	for _, s := range []string{"we are switching from paper to something online", "we are moving from Denver to Austin", "estamos cambiando de trabajo"} {
		require.Empty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
}

// TestToolAnswerNamesAPerson: "Sister Mae counts it by hand on Monday"
// answers "what are you using?" with a person and a day, no product.
func TestToolAnswerNamesAPerson(t *testing.T) {
	t.Parallel()
	c := trigger.Competitor()
	require.False(t, firesAfter(t, c, "Ha! What are you using for giving right now?", "paper envelopes and a lockbox. Sister Mae counts it all by hand on Monday, bless her"))
	require.True(t, firesAfter(t, c, "What are you using now?", "ahorita usamos Monday pero ya no nos gusta"))
}

// TestDev114Events: "call the church office ... and ask for me" asks for
// a call; "put me down for Saturday morning" takes a slot; "312 churches
// across both Carolinas" is a large account while "12 churches" visited
// is not.
func TestDev114Events(t *testing.T) {
	t.Parallel()
	requireAsks(t, "I don't know all that. can you call the church office Tuesday morning, ext 204, and ask for me, Gloria",
		"llamen a la oficina y pregunten por mí, soy Rosa")
	requireNoAsks(t, "could you check and ask for me if the roof is covered?", "my son called and asked for me")
	require.GreaterOrEqual(t, trigger.Analyze("alright that's fine, put me down for Saturday morning. 1142 Lilac Ln").Commitment, 2)
	require.Less(t, trigger.Analyze("put me down as a maybe").Commitment, 2)
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "reason I ask is I oversee the district too. 312 churches across both Carolinas."))
	require.False(t, ruleFires(t, hv, "we visited 12 churches before picking ours"))
}

// TestDev115Signals: repeated explanations, "amateur hour", "Nice. Real
// nice." and "justo lo que necesitaba hoy" are frustration; "the damn
// generator" and "probably a stupid question" are not ("fix my damn AC"
// still is). "When can your crew come out", "agéndeme la inspección",
// "we're in." and "lock it in" are commitment; "we're in Tampa" is not.
func TestDev115Signals(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I have explained this to three different people now. The claim is for Helene, not Ian.",
		"Telling me sometime next week for a demo that was booked a month ago is amateur hour. Get it together.",
		"Nice. Real nice. Your no obligation estimate turned into four calls a day.",
		"Ay, qué bien, otro mensaje automático. Justo lo que necesitaba hoy.",
		"Fix my damn AC. It's been a week. A WEEK.",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{
		"we lost power for six hours and the damn generator wouldn't start. Anyway, yes, Thursday still works.",
		"Probably a stupid question, but does the policy cover the golf cart too?",
		"a real nice house, really nice yard",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	requireCommits(t,
		"I'm done babying it. When can your crew come out and do the install?",
		"Agéndeme la inspección para el sábado por la mañana, por favor.",
		"we went through the whole proposal line by line, y we're in. Can we do the kickoff call el lunes?",
		"Lock it in, el rate está bien.",
	)
	require.Less(t, trigger.Analyze("we're in Tampa this week, back on Monday").Commitment, 2)
}

// TestAnyCountOfRentals: "14 rental units" is several properties whatever
// the count; "about 45 between both locations" counts people over two
// sites; a portfolio named alone still counts.
func TestAnyCountOfRentals(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "honestly I got 14 rental units total and every one of them needs a tune-up. could y'all handle all that?"))
	require.True(t, ruleFires(t, hv, "it's part of my portfolio"))
	require.False(t, ruleFires(t, hv, "about 45 between both locations"))
	require.False(t, ruleFires(t, hv, "I have 2 rentals"))
}

// TestDev117Asks: "¿y no hay un humano por ahí?" asks for a person;
// "prefiero texto, I'm bad with phone calls" asks for none.
func TestDev117Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Oye, ¿y no hay un humano por ahí?", "I'd rather not text, give me a phone call tomorrow")
	requireNoAsks(t, "Prefiero texto, I'm bad with phone calls.", "en mi casa no hay un humano que aguante este calor")
}

// TestDev116Events: "I want all four under one roof" after naming the
// properties, "cambiar toda la tubería" and "tengo Progressive ... ¿me
// conviene pasar todo con ustedes?" are rule events; a pipe of one
// bathroom is not.
func TestDev116Events(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "There's also a summer place in Narragansett and two rentals in Providence. I want all four under one roof if the price is right"))
	require.True(t, ruleFires(t, hv, "Lo que quiero es cambiar toda la tubería de los tres pisos, es un three-decker"))
	require.False(t, ruleFires(t, hv, "hay que cambiar la tubería del baño nomás"))
	require.True(t, ruleFires(t, trigger.Competitor(), "Ah mira. Ahora mismo tengo Progressive en el carro viejo, ¿me conviene pasar todo con ustedes?"))
}

// TestCompanyStoryIsNoReadiness: what the lead's business is and how it
// began ("we make custom cabinets, 14 guys", "arrancamos con un solo
// local en el 99") is no commitment; "¿arrancamos?" and a house offer
// this weekend still are.
func TestCompanyStoryIsNoReadiness(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Slow. I'm doing it in between quotes. We make custom cabinets, 14 guys",
		"somos una cadena familiar, arrancamos con un solo local en Doraville en el 99"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q", s)
	}
	for _, s := range []string{"¿arrancamos?", "let's get the preapproval going, we're putting an offer on a house this weekend"} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, "%q", s)
	}
}

// TestSarcasmAccusationsAndOwnTroubles: "just what I needed" after
// another automated message, an accusation ("bait and switch"), "I don't appreciate it"
// and pulling one's hair out are frustration; a swear at the lead's own
// appliance, a bad week of the lead's own, the heat indoors and anger at
// a football club are not.
func TestSarcasmAccusationsAndOwnTroubles(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"first you quote 4.9, now it's 5.6. that's a bait and switch",
		"you sold my number to three other companies and I don't appreciate it",
		"three different dates from three people, I'm pulling my hair out",
		"Otro mensaje automático. Justo lo que necesitaba a las 6 de la mañana.",
	} {
		sig := trigger.Judged(s)
		require.True(t, sig.Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		"the stupid thermostat keeps resetting, can your guy look at it Tuesday?",
		"worst weekend ever, the basement flooded. I'll send the photos tomorrow",
		"hace un calor horrible adentro, ¿pueden venir hoy?",
		"estoy furiosa con el Cruz Azul, otra derrota. Bueno, mándame la cotización",
		// "just what I needed, thanks for the checklist!" left this list
		// in stop 48: read alone it may be sarcasm, and the model trained
		// on the development conversations reads it so (p 0.79)
	} {
		sig := trigger.Judged(s)
		require.False(t, sig.Frustrated, "%q is not frustration (%s)", s, sig.FrustrationRule)
	}
}

// TestDev119Events: a price to match ("you'd have to be close to
// that"), staying with the insurer one has, a contract "locked in with"
// a named provider and Farm Bureau are competitor mentions ("locked in
// with a 3% rate" is not); "can you build that in for us?" asks for
// customization; a count of trailers rented out and a bare "around 640"
// for the build cost are high value.
func TestDev119Events(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, s := range []string{
		"my brother-in-law pays 40 a month with his guy, you'd have to be close to that",
		"la compañía que tengo me cobra 90, si ustedes no bajan me quedo donde estoy",
		"we're locked in with Verizon Connect through March, what would y'all do about that?",
		"we've been with Farm Bureau since the 90s",
	} {
		require.True(t, ruleFires(t, comp, s), "%q names a competitor", s)
	}
	require.False(t, ruleFires(t, comp, "we're locked in with a 3% rate so no refi for us"))
	require.True(t, ruleFires(t, trigger.OutOfScope(), "we print our own weight tickets. could you build that into the app for us?"))
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "tenemos 9 trailas en el parque, todas rentadas"))
	require.True(t, firesAfter(t, hv, "Any idea what the construction will run?", "builder says around 720 with the garage"))
	require.False(t, firesAfter(t, hv, "Any idea what the construction will run?", "no idea yet, still picking a builder"))
}

// TestServiceCallAndSittingDownWithStaff: "$95 for the service call" is
// no ask to be called; sitting down with someone asked after at the
// business is, with a spouse it is not.
func TestServiceCallAndSittingDownWithStaff(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "they billed me for the service call when it quit again", "I need to sit down with him first, he's the one with the checkbook")
	requireAsks(t, "Does Ray still work there? I'd rather sit down with him than do this by text")
}

// TestSpanishNameIsNoAsk: "así me pueden llamar" says what to call the
// lead, not to phone them.
func TestSpanishNameIsNoAsk(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Me llamo Guadalupe pero todos me dicen Lupe, así me pueden llamar")
	requireAsks(t, "mejor me pueden llamar después de las 5")
}

// TestDev122Events: numbers to beat, a provider the lead sticks with, "can
// you do better than that?" and "¿qué tienen ustedes de diferente?" name
// a competitor; a rotten-egg smell is an emergency; places listed in
// Spanish ("dos dúplex ... y el lotecito", "otras tres que rento", "todo
// junto con una sola compañía") are several properties.
func TestDev122Events(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, s := range []string{
		"a man came by Tuesday and wrote me a cash number, so whatever you offer has to beat his",
		"the agent by the feed store already quoted me. come in under that or I'm staying with what I have",
		"la cooperativa ya me dio el rate y los costos, can you do better than that?",
		"ya vinieron otros a medir, ¿qué tienen ustedes de diferente?",
	} {
		require.True(t, ruleFires(t, comp, s), "%q", s)
	}
	require.True(t, ruleFires(t, trigger.OutOfScope(), "the kitchen smells like rotten eggs since this morning, anyway when can you come for the tune up?"))
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"tengo dos casas en Fontana y el terreno de Rialto", "aparte tengo otras cuatro que rento en Indio",
		"quiero asegurar todo junto con una sola compañía, la casa, el local y la bodega"} {
		require.True(t, ruleFires(t, hv, s), "%q", s)
	}
	require.False(t, ruleFires(t, hv, "about 45 people between both locations"))
}

// TestDev123AsksAndFrustration: someone sent "pa' platicar" is an ask
// (sent to measure is not); a neighbour's or a boss's wish to talk is
// theirs, a spouse's asks for them; "is anyone even working there?" and
// "who am I supposed to believe" are frustration, a Spanglish swear at
// the roof and "horrible por dentro" are not.
func TestDev123AsksAndFrustration(t *testing.T) {
	t.Parallel()
	requireAsks(t, "mándenme a un asesor a la casa para platicar, el sábado estoy", "my wife wants to talk to somebody before we sign")
	requireNoAsks(t, "mándeme a alguien a medir el patio y ahí vemos", "my neighbor wants to talk to someone about a quote too, can I pass her your number?",
		"mi jefe quiere hablar con un agente, él les va a escribir")
	for _, s := range []string{"three calls, two chatbots, zero answers. is anyone even working there?", "four people gave me four dates. which one am I supposed to believe"} {
		require.True(t, trigger.Judged(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"ese deck está bien jodido, ¿cuándo lo pueden ver?", "la casa está horrible por dentro pero el lote vale"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
}

// TestDev125Events: places listed one by one, "all under one policy" and
// "around 900 hourly folks" are high value ("500 people on the list" is
// not); "can your system be changed so ..." asks for customization.
func TestDev125Events(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{
		"the house on Elm, the duplex by the school, the two ranches off Route 9 and the lot behind the church",
		"the body shop building, my restaurant and the strip center. I'd like it all under one policy",
		"it'd be both plants and the warehouse, around 650 hourly workers",
	} {
		require.True(t, ruleFires(t, hv, s), "%q", s)
	}
	for _, s := range []string{"newsletter for my bakery, like 500 people on the list", "the house and the lot next to it"} {
		require.False(t, ruleFires(t, hv, s), "%q", s)
	}
	require.True(t, ruleFires(t, trigger.OutOfScope(), "could your software be set up so the invoice splits parts and labor by job?"))
}

// TestNeighboursWishIsNoAskForTheModel: the learned tier's ask is vetoed
// on a wish to talk that is a friend's, a neighbour's or a boss's; a
// husband's still asks.
func TestNeighboursWishIsNoAskForTheModel(t *testing.T) {
	t.Parallel()
	s := "My friend wants to talk to an actual human about her refinance, she'll reach out herself."
	require.False(t, trigger.Analyze(s).ExplicitAsk, "the rules read no ask in %q", s)
	require.False(t, trigger.Judged(s).ExplicitAsk, "the model's ask is vetoed in %q", s)
	require.True(t, trigger.Judged("My husband wants to talk to a real person before we sign anything.").ExplicitAsk)
}

// TestQuietExasperationAndAWrittenOffer: "get it together" said to the
// sender is exasperation (gathering papers is not); "oh joy, one more
// ..." and a Dominican "¡tremenda vaina!" are frustration when the
// learned tier leans that way; a written offer asked for with a month to
// close commits, and readiness told in the past and taken back does not.
func TestQuietExasperationAndAWrittenOffer(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Three people from your office called me about the same thing today. Get it together.",
		"you people need to get it together",
		"oh joy, one more automated message from you",
		"Tremenda vaina, el plomero vino y dejó todo mojado y ahora me quieren cobrar completo?",
	} {
		require.True(t, trigger.Judged(s).Frustrated, "%q is exasperated", s)
	}
	for _, s := range []string{
		"I'll get it together by Friday and send it over",
		"can you get it together for me by monday?",
		"the furnace is getting old, what would a new one run?",
	} {
		require.False(t, trigger.Judged(s).Frustrated, "%q is no frustration", s)
	}
	requireCommits(t,
		"if your number is anywhere close to mine we can close this month",
		"ya lo hablé con mi esposa, queremos vender la casa esta semana",
		"mándeme la oferta por escrito",
	)
	require.Less(t, trigger.Analyze("yo estaba ready to sign el lunes, but then the inspection came back y ahora no sé").Commitment, 2)
}

// TestOwnBurdenAndAPartReplacedTwice: a seller tired of landlording says
// why they would sell, and a part "replaced twice already" keeps failing;
// neither is frustration with the sender, while weariness aimed at the
// sender still is.
func TestOwnBurdenAndAPartReplacedTwice(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"honestly just done with it. been a landlord since 05 and im tired of chasing the rent every month",
		"need someone to look at the water heater, the thermostat on it has been replaced twice already",
	} {
		require.False(t, trigger.Judged(s).Frustrated, "%q is no frustration with the sender", s)
	}
	require.True(t, trigger.Judged("I told you twice already, the tenant is still in there").Frustrated)
}

// TestPossessiveBrandAndTheLawsAsk: a national company named with a
// possessive ("State Farm's agent") or a lender used ("went with
// Rocket") is a competitor; what the state requires of the lead, or a
// waiver, is a legal question.
func TestPossessiveBrandAndTheLawsAsk(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	require.True(t, ruleFires(t, comp, "State Farm's agent already sent me a number, you'd have to beat it"))
	require.True(t, ruleFires(t, comp, "my brother in law went with Rocket and got a better rate than this"))
	require.False(t, ruleFires(t, comp, "that's not exactly rocket science lol, just send the form"))
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicLegal) }
	require.True(t, has("does the state require me to carry workers comp for my nephew or can he sign a waiver?"))
}

// TestPatienceInsultsAndReportedCalls: running out of patience, "born
// yesterday", "son unos ineptos" and "me tiene molesta" are frustration;
// "nadie me explicó nada, ¿qué onda con eso?" is when the learned tier
// leans that way. A relative who will call the lead, a sister who talked
// to the sender's agent and advice to reach out are no asks.
func TestPatienceInsultsAndReportedCalls(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I am running out of patience here",
		"240 for a house that just appraised at 400? do I look like I was born yesterday",
		"Son unos ineptos.",
		"la neta me tienes bien molesto con tanto cambio de fecha",
	} {
		require.True(t, trigger.Judged(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		"My husband will call me once the inspector is done, then I'll send the photos",
		"Mi hermana habló con una agente de ustedes el año pasado y le fue bien, ¿qué cubre el plan de renta?",
		"The loan officer said to reach out to y'all for the homeowners policy. what would it run?",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q is no ask", s)
	}
}

// TestTheBinThePlaceAndAYesToSelling: "straight in the trash" is the bin
// and "worst on the top floor" where a problem is worst, neither a
// verdict on the sender ("your offer is trash" still is); someone who got
// a phone call asks for none; "sí, la queremos vender" wants to sell and
// takes no offer ("sí, la quiero" does).
func TestTheBinThePlaceAndAYesToSelling(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("Offerpad mailed me the same thing, tossed it in the trash").Frustrated)
	require.False(t, trigger.Analyze("every faucet is weak but its worst on the third floor").Frustrated)
	require.True(t, trigger.Analyze("honestly your offer is trash").Frustrated)
	require.False(t, trigger.Analyze("sorry, my wife got a phone call and I lost track").ExplicitAsk)
	require.Less(t, trigger.Analyze("ninguno va a vivir ahí, así que sí, la queremos vender").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("sí, la queremos").Commitment, 2)
}

// TestRowhomesAndAnApproximateHeadcount: five rowhomes are several
// properties, and "600 y pico de empleados" a headcount in the hundreds.
func TestRowhomesAndAnApproximateHeadcount(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "I'd sell all of them together, I got 6 rowhomes in Kensington"))
	require.True(t, ruleFires(t, hv, "si funciona lo ponemos en toda la cadena, somos 400 y pico de empleados"))
	require.False(t, ruleFires(t, hv, "somos 12 y pico de empleados nomás"))
}

// TestVamosHaciendolaAndAPurchaseYear: "vamos haciéndola, ¿qué ocupa de
// mí?" moves forward; a purchase told with its year ("la compramos en el
// 2009") is history, whatever the learned tier reads in the buying.
func TestVamosHaciendolaAndAPurchaseYear(t *testing.T) {
	t.Parallel()
	require.GreaterOrEqual(t, trigger.Analyze("sale pues, vamos haciéndola. ¿qué ocupa de mí?").Commitment, 2)
	require.Less(t, trigger.Judged("Desde el 2009, la compramos nuevecita cuando llegamos de Ponce").Commitment, 2)
}

// TestWaterOnTheFloorAndAwfulSmall: a heater "tirando agua" and "¿eso
// es peligroso?" are an emergency; "awful small" intensifies, it judges
// nobody.
func TestWaterOnTheFloorAndAwfulSmall(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	require.True(t, has("el boiler está echando agua por debajo y ya se mojó la alfombra, ¿eso es peligroso?"))
	require.False(t, trigger.Analyze("that font is awful small for my eyes, can you send a bigger one").Frustrated)
	require.True(t, trigger.Analyze("your service has been awful").Frustrated)
}

// TestDoYouQuoteByPhone: asking whether the sender gives quotes by phone
// asks about the service; asking to do it by phone asks for a call.
func TestDoYouQuoteByPhone(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("Do you guys give quotes over the phone or does someone come out to look?").ExplicitAsk)
	require.True(t, trigger.Analyze("can we do this over the phone instead?").ExplicitAsk)
}

// TestTypedSlowAndJustWhatIWasMissing: "I'm gonna type this slow" talks
// down in exasperation, "justo lo que me faltaba" and "qué cólera" are
// frustration; "let's do it another time" puts the step off.
func TestTypedSlowAndJustWhatIWasMissing(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"ok let me type this slowly. the ROOF. not the gutters.",
		"otro recordatorio automático. justo lo que me faltaba hoy",
		"qué cólera, nadie vino y ya perdí la mañana",
		"se me está acabando la paciencia con ustedes",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	require.Less(t, trigger.Analyze("let's do it another week, this one is packed").Commitment, 2)
}

// TestTiredOfTheLandlordAndTheInsurerOnAClaim: "cansados del landlord" is
// a reason to buy, not frustration with the sender; an insurer named as
// the one paying the lead's claim does not compete with a roofer.
func TestTiredOfTheLandlordAndTheInsurerOnAClaim(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("queremos comprar ya, estamos hartos de la renta jaja").Frustrated)
	require.True(t, trigger.Analyze("estamos hartos de ustedes y sus mensajes").Frustrated)
	comp := trigger.Competitor()
	require.False(t, ruleFires(t, comp, "sí, con Allstate, el ajustador ya vino y aprobaron el reclamo, nomás pago el deducible"))
	require.True(t, ruleFires(t, comp, "Allstate quoted me 140 a month for the same coverage"))
}

// TestDemeLlamandoAndAnotherOneOfThose: Andean "deme llamando en la
// tarde" asks for a call; "another one of those cash buyers came by" is
// another company.
func TestDemeLlamandoAndAnotherOneOfThose(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("mejor deme llamando mañana en la tarde a este número").ExplicitAsk)
	require.True(t, ruleFires(t, trigger.Competitor(), "fyi another one of those cash buyers came by to see it last week"))
}

// TestGuttingThePlumbingAndAmericanFamily: gutting all the plumbing is a
// whole-home job; "estoy con American Family" names the lead's insurer.
func TestGuttingThePlumbingAndAmericanFamily(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "while you're here we're thinking of ripping out all the plumbing, it's the old galvanized"))
	require.True(t, ruleFires(t, trigger.Competitor(), "ahorita estoy con American Family y cada año me sube"))
}

// TestBetterIfYouCallAndTheSendersHabit: "better si me hablas" asks for a
// call; "my tío said y'all call back fast" reports the sender's habit.
func TestBetterIfYouCallAndTheSendersHabit(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("mejor si me llamas, ando en la troca todo el día").ExplicitAsk)
	require.False(t, trigger.Analyze("my cousin said y'all call back quick, that's why I filled it out").ExplicitAsk)
}

// TestNumberForCustomerService: asking how to reach the sender's support
// asks for a person whichever word comes first ("is there a number for
// customer service", "how do i contact the help desk"); a number for
// another company's support or for roadside assistance does not.
func TestNumberForCustomerService(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"is there a number for customer service", "give me the number for support",
		"what's the phone line for client support", "can you tell me how to contact the help desk?",
		"what's the customer service number at your office"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for a person", s)
	}
	for _, s := range []string{"what's the number for roadside assistance", "is there a number for tech support at comcast",
		"the phone line for support at my bank is down", "what's the customer service number for delta"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q asks for no one here", s)
	}
}

// TestHighValuePriceFramed: hundreds of seats told as "600 of our
// agents" are a high value, and a bare number of hundreds is a price in
// thousands when it is framed as one ("in the 850 to 900 range",
// "appraised at 940"); unframed, or under the threshold, or by the month
// ("listed at 700 a month" was read as $700,000), it is no high value.
func TestHighValuePriceFramed(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	for _, s := range []string{"we're shopping in the 850 to 900 range", "the building was appraised at 940 last year",
		"buscamos algo en el rango de 600 a 650",
		// a count of seats told as "N of our ..."
		"we'd want seats for all 600 of our agents", "lo necesitamos para los 300 de nuestros técnicos"} {
		require.True(t, ruleFires(t, hv, s), "%q is a high value", s)
	}
	for _, s := range []string{"we have 340 in the field plus 25 in the office", "the unit is listed at 700 a month",
		"asking 250 for it, maybe less",
		// somebody else's appraisal
		"my neighbor's place was appraised at $900k", "la casa de mi vecino la tasaron en 900 mil"} {
		require.False(t, ruleFires(t, hv, s), "%q is no high value", s)
	}
}

// TestJuntarnosIsMeeting: "¿podemos juntarnos con el corredor?" asks to
// meet a person; gathering money, or meeting the family or the bank, does
// not.
func TestJuntarnosIsMeeting(t *testing.T) {
	t.Parallel()
	requireAsks(t, "¿podemos juntarnos con la agente el lunes?", "juntémonos con el vendedor el sábado")
	requireNoAsks(t, "tengo que juntar el dinero del enganche primero",
		"mi esposa y yo vamos a juntarnos con el banco para ver el préstamo",
		"vamos a reunirnos con mi suegro para decidir")
}

// TestStoodUpAndSoDone: being stood up and "so done" said of the sender
// or the exchange are frustration; "so done being a landlord" (a reason
// to sell), "so done with them" (somebody else) and "done with the forms"
// (finished) are not.
func TestStoodUpAndSoDone(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"me dejaron plantada otra vez, qué onda", "nos dejaron plantados el sábado, nadie vino",
		"the tech stood us up", "im so done", "so done with this", "I'm done with y'all"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{"so done being a landlord lol", "Wells is making me jump through hoops. So done with them. What are your rates?",
		"I'm so done with this house, the tenants wrecked it", "I'm done with the forms, what's next?", "dejaron la llave con el vecino"} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q is not frustration (%s)", s, sig.FrustrationRule)
	}
}

// TestSpanishObjections: the objections a rep reads in the brief are
// found in Spanish too, and "more than I wanted to spend" is a price
// concern; a low rate welcomed, time that runs short and an ask for the
// boss are none.
func TestSpanishObjections(t *testing.T) {
	t.Parallel()
	for s, want := range map[string]string{
		"that's more than I wanted to spend": "price concern",
		"se me hace caro":                    "price concern",
		"no nos alcanza para el enganche":    "price concern",
		"la oferta está muy baja":            "price too low",
		"no estoy interesada por ahora":      "not interested",
		"tengo que platicarlo con mi esposo": "needs to consult",
		"¿cuál es la trampa?":                "trust",
		"todavía no estamos listos":          "timing",
		"otra compañía me dio mejor precio":  "other offer",
		"¿cuánto cobran de comisión?":        "fees",
	} {
		require.Contains(t, trigger.Analyze(s).Objections, want, s)
	}
	for _, s := range []string{"la tasa está muy baja, perfecto", "no me alcanza el tiempo hoy, mañana le escribo", "quiero hablar con el jefe"} {
		require.Empty(t, trigger.Analyze(s).Objections, s)
	}
	require.Contains(t, trigger.Analyze("I'm disputing the charge with my bank").OutOfScope, trigger.TopicBilling)
}

// TestStarredCorrection: "Can you cal me *call" corrects the word before
// and asks for a call; it is not "call me Jim".
func TestStarredCorrection(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Can you cal me *call", "can someone call me *today")
	requireNoAsks(t, "call me *Jim* please, not James")
}

// TestCursingTheWeather: "the hail was terrible this year" is no anger
// at the sender; "the storm was terrible and your crew was worse" is.
func TestCursingTheWeather(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"The hail was terrible this year, took out half the roofs in town", "el granizo estuvo horrible, se llevó medio techo",
		"traffic was awful getting here, running 10 min late"} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q (%s)", s, sig.FrustrationRule)
	}
	require.True(t, trigger.Analyze("the storm was terrible and your crew was worse").Frustrated)
}

// TestHomeShoppedForBeforeABareRange: "looking at homes in Fox Chapel,
// around 850 to 900" prices homes in thousands; a bare count without a
// home shopped for does not, nor does a home's size.
func TestHomeShoppedForBeforeABareRange(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	require.True(t, ruleFires(t, hv, "Buy. Looking at homes in Fox Chapel, around 850 to 900"))
	require.True(t, ruleFires(t, hv, "estamos buscando casa por Clovis, algo de 600 a 650"))
	require.False(t, ruleFires(t, hv, "we sold ours for 850 last spring"))
	require.False(t, ruleFires(t, hv, "looking at homes with 3 or 4 bedrooms, 2 baths"))
}

// TestOneOfYoursToMeetMeAndCallme: "¿puede venir alguien de ustedes a ver
// la propiedad conmigo?" and "callme plz" ask for a person; someone sent
// to measure the yard does not.
func TestOneOfYoursToMeetMeAndCallme(t *testing.T) {
	t.Parallel()
	requireAsks(t, "¿Puede venir alguien de ustedes a ver la casa conmigo el sábado?", "callme plz, toy manejando")
	requireNoAsks(t, "¿puede venir alguien de ustedes a medir el patio?")
}

// TestAskCallMeYa: "ya" after "call me" is Spanish for "now", not a
// name: "CALL ME YA PORFA, el tenant tiene el AC descompuesto".
func TestAskCallMeYa(t *testing.T) {
	t.Parallel()
	requireAsks(t, "CALL ME YA PORFA, el tenant tiene el AC descompuesto y hace 110", "call me ahora, es urgente")
	requireNoAsks(t, "call me Yolanda, not Yoli")
}

// TestAskPutMeThroughToHim: "ponme con él que ..." asks for the person
// in charge; Spain's vosotros "dadme un toque" asks for a call.
func TestAskPutMeThroughToHim(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Qué bolá, ¿quién es el que maneja esto? Ponme con él que yo no me entiendo con estos mensajitos.",
		"Dadme un toque al móvil cuando podáis, que lo hablamos mejor.")
	requireNoAsks(t, "ponme con el plan básico por ahora")
}

// TestFrustrationRepeatAndJodedera: asking to have something explained
// or sent again is no complaint; Central American "qué jodedera" is.
func TestFrustrationRepeatAndJodedera(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"¿Me puede explicar otra vez lo del deducible? No le entendí bien.", "¿me puede mandar otra vez el link? no me llegó"} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q is calm (%s)", s, sig.FrustrationRule)
	}
	for _, s := range []string{"Idiay, ¿me van a tener aquí sudando sin aire otro día? Qué jodedera.", "¿Otra vez no vino nadie? qué jodienda"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated", s)
	}
}

// TestOutOfScopeHardwareLinks: asking whether the system reads old
// hardware over a serial link is a complex technical question.
func TestOutOfScopeHardwareLinks(t *testing.T) {
	t.Parallel()
	has := func(text string) bool {
		return slices.Contains(trigger.Analyze(text).OutOfScope, trigger.TopicTechnical)
	}
	require.True(t, has("Need it to talk to our old scale indicators, they're from the 90s with an RS-232 port. Can your system read that directly or do we need some kind of converter box?"))
	require.True(t, has("does it speak modbus to our PLCs?"))
	require.False(t, has("we ship out of the port of Houston, can you do a demo thursday?"))
}

// TestCommitmentTakenToOthers: taking it to the Lord, the board or the
// partners first is a hedge, for the rules and the learned tier; "we'll
// take it, send the contract" still commits.
func TestCommitmentTakenToOthers(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I'll take it to the Lord and the deacon board.", "we'll take it up with the partners monday",
		"let me run it by my wife tonight", "we're praying on it"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q is hedged", s)
	}
	require.GreaterOrEqual(t, trigger.Judged("ok we'll take it, send the contract").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Judged("Alright, I've prayed on it and the answer is yes. Where do I sign?").Commitment, 2)
}

// TestAskCallMeTitleName: "Call me Deacon Jim" gives a name with its
// title; "call me back tomorrow" still asks.
func TestAskCallMeTitleName(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Call me Deacon Jim. Everybody does.", "you can call me Miss Ruth, honey")
	requireAsks(t, "call me back tomorrow", "call me after church please")
}

// TestOutOfScopeSmellingGasAndCeilingDrip: smelling gas in Spanish
// ("estoy oliendo gas") and water through the ceiling into a light
// fixture are emergencies.
func TestOutOfScopeSmellingGasAndCeilingDrip(t *testing.T) {
	t.Parallel()
	has := func(text string) bool {
		return slices.Contains(trigger.Analyze(text).OutOfScope, trigger.TopicEmergency)
	}
	require.True(t, has("espérese, ahorita estoy oliendo gas en la cocina, bien fuerte. qué hago?"))
	require.True(t, has("there's water dripping through the ceiling in the hallway RIGHT NOW, it's getting into the light fixture, what do I do??"))
	require.False(t, has("the ceiling fan in the hallway is kind of dated, can you quote a new one?"))
}

// TestAskCanYouCallRunOn: "can u call" with nothing after it asks for a
// call, also run on after a negated statement with no punctuation; "can
// you call the inspector" calls someone else.
func TestAskCanYouCallRunOn(t *testing.T) {
	t.Parallel()
	requireAsks(t, "im not good with texting can u call", "could you call tomorrow")
	requireNoAsks(t, "can you call the inspector and ask", "will you call it off if the appraisal is low?")
}

// TestReviewStop35Signals: water through or from the ceiling and into an
// outlet is an emergency; "the protocol for showings" is no technical
// question; "ponme con el que sea más barato" picks a plan; "¿van a
// mandar otra vez al mismo técnico?" complains.
func TestReviewStop35Signals(t *testing.T) {
	t.Parallel()
	topic := func(text string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(text).OutOfScope, tp) }
	for _, s := range []string{"water is dripping through the ceiling", "water leaking from the ceiling in the kitchen", "water is getting into the outlet"} {
		require.True(t, topic(s, trigger.TopicEmergency), s)
	}
	require.False(t, topic("what's the protocol for showings?", trigger.TopicTechnical))
	requireNoAsks(t, "Ponme con el que sea más barato")
	require.True(t, trigger.Analyze("¿Van a mandar otra vez al mismo técnico que no arregló nada?").Frustrated)
}

// TestTakenBackAtOnce: a request or a yes the next clause takes back
// ("wait no", "no espera", "scratch that", "that was to my son") asks for
// nothing; said again later, or corrected towards it, it still counts.
func TestTakenBackAtOnce(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "give me a call— wait no, I'm in the school pickup line, just text",
		"llámame... no espera, mejor por mensaje que estoy en el súper")
	requireAsks(t, "text me— wait no, call me, it's faster", "call me back— scratch that, I'm free now, call me now")
	require.Less(t, trigger.Judged("sign me up— no wait, my husband wants to see the numbers first").Commitment, 2)
	require.Less(t, trigger.Judged("I'm ready to go ahead! sorry, that was to my son").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Judged("ok let's do it, sign me up").Commitment, 2)
}

// TestBusyOnACallAndTickedBoxes: the lead busy on a call with someone
// ("on a call w a client, brb", "ando on a call con mi jefe") asks for no
// call, and "márcame la casilla" ticks a box; "márcame al rato" and "call
// me when you're off your call" still ask.
func TestBusyOnACallAndTickedBoxes(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "on a call w a client, brb", "ando on a call con mi jefe, ahorita te escribo",
		"estoy en un call con mi manager, dame 5 min",
		"¿me marcas la casilla de cobertura total? no la encuentro")
	requireAsks(t, "márcame al rato porfa", "call me when you're off your call",
		"quiero un call con tu manager hoy")
}

// TestReadyThingIsNoCommitment: a house made ready ("getting my late
// aunt's house ready to sell") is preparation, not the lead's readiness;
// "we're getting ready to sell" and "get the papers ready to sign" still are.
func TestReadyThingIsNoCommitment(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("Yes please. I'm getting my late aunt's house ready to sell. The roof is the worst of it.").Commitment, 2)
	require.Less(t, trigger.Analyze("yes, we're getting the house ready to sell this spring").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("yes! we're getting ready to sell, let's do it").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("yes, get the papers ready to sign").Commitment, 2)
}

// TestOthersWordsToTheLead: what someone else said to the lead ("he kept
// telling me I was wasting my time", "the case worker explained it to me
// twice") is no frustration with the sender; the lead's own "you're
// wasting my time" and "I told you twice" are.
func TestOthersWordsToTheLead(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("Twelve steps, I measured them Sunday while he told me I was wasting my time.").Frustrated)
	require.False(t, trigger.Analyze("Medicaid is confusing, the case worker explained it to me twice and I still don't get it all.").Frustrated)
	require.True(t, trigger.Analyze("you're wasting my time").Frustrated)
	require.True(t, trigger.Analyze("I told you twice already, the address is 14 Elm").Frustrated)
}

// TestAsksForATextingHumanAndSpanglishCallbacks: "is there a human who
// can text me?" asks for a person, and "¿me puedes hacer callback?" for
// a call; "is this a human texting me?" only asks what the sender is.
func TestAsksForATextingHumanAndSpanglishCallbacks(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Is there a human that can text me? The bot answers confuse me", "¿me puedes hacer callback? andaba manejando", "hágame un callback mañana")
	requireNoAsks(t, "is this a human texting me?")
}

// TestSpanglishDecisionsAndPartnersTalks: "es tu call" leaves a choice to
// the sender, and "mi socio ya habló con su gerente" tells of a partner's
// talk; neither asks for one.
func TestSpanglishDecisionsAndPartnersTalks(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Es tu call on the move-in date, any day after the 15th works", "Mi socia ya habló con su gerente el lunes y quedó contenta.")
	requireAsks(t, "quiero hablar con su gerente")
}

// TestVideoCallsAsked: "could we do this on Zoom with an interpreter?",
// "can we do FaceTime?" and "can someone cull me back" (a slip) ask for a
// person; a FaceTime tour of the house and a Zoom refused do not.
func TestVideoCallsAsked(t *testing.T) {
	t.Parallel()
	requireAsks(t, "I'm hard of hearing. Could we do this on Zoom with captions? mornings are best", "Can we do FaceTime? I read lips.",
		"can someone cull me back about the estimate")
	requireNoAsks(t, "can you do facetime tours of the house?", "I can't do zoom, text only")
}

// TestExasperationAtTheOperation: "what kind of outfit is this?", "knock
// it off", "¿así atienden ustedes?" and "me tiene mamado" are aimed at
// the sender; "what kind of business are you in?" asks.
func TestExasperationAtTheOperation(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"The price jumped $900 overnight. What kind of outfit is this?", "Three calls to my crew in one morning. Knock it off.",
		"Subieron el precio sin avisar. ¿Así atienden ustedes?", "Ya me tiene mamado, de verdad."} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	require.False(t, trigger.Analyze("what kind of business are you in? we might be a fit").Frustrated)
}

// TestGladOmgAndTiredOfBeingALandlord: "omg hi ... we might??" is glad
// surprise, and "estoy cansado ya de ser casero" a reason to sell; "omg
// again??" and "estoy cansada ya de sus mensajes" are frustration.
func TestGladOmgAndTiredOfBeingALandlord(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("omg hi!! this is Jess, we actually might sell??").Frustrated)
	require.False(t, trigger.Analyze("Mire, estoy cansado ya de ser casero.").Frustrated)
	require.True(t, trigger.Analyze("omg again?? same question").Frustrated)
	require.True(t, trigger.Analyze("estoy cansada ya de sus mensajes").Frustrated)
}

// TestReadinessPendingAStep: readiness that waits on an inspection or an
// appraisal, a Spanish offer to sign if the price is matched and "solo
// pregunto" are hedged; plain readiness is not.
func TestReadinessPendingAStep(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"We're ready pending the appraisal.", "Listos en cuanto salga bien el avalúo.",
		"Si me mejoran el precio, firmamos mañana.", "¿Cuál es el siguiente paso? Solo pregunto."} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	require.GreaterOrEqual(t, trigger.Analyze("We're ready, send the paperwork").Commitment, 2)
}

// TestSpanishGoingWithTheSender: "vamos con ustedes" and "mándenme los
// papeles para firmar" commit; "vamos con mi esposo a verla" does not.
func TestSpanishGoingWithTheSender(t *testing.T) {
	t.Parallel()
	require.GreaterOrEqual(t, trigger.Analyze("Lo platicamos con mi socio y vamos con ustedes.").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("Mándenme los papeles para firmar la venta.").Commitment, 2)
	require.Less(t, trigger.Analyze("vamos con mi esposo a verla el sábado").Commitment, 2)
}

// TestCallsCutAndTextsWelcome: a relay call that dropped is told, not
// asked for, and "please don't call the house, texts are fine" prefers
// texts; "can someone call me back, the call dropped" still asks.
func TestCallsCutAndTextsWelcome(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Sorry, the relay operator dropped the call midway. Anyway the roof is 20 years old.",
		"I'm her aide. Please do not call the house, phone calls upset her. Texts to this number are fine.")
	requireAsks(t, "can someone call me back, the call dropped")
}

// TestSpanishSoConfused: "estoy muy confundida" is upset confusion, as
// "I'm so confused" is; "estoy confundida con una palabra" is not
// intensified and stays calm.
func TestSpanishSoConfused(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("Estoy muy confundido y molesto, cada quien me dice otra cosa").Frustrated)
	require.True(t, trigger.Analyze("ando bien confundida con tanto papel").Frustrated)
	require.False(t, trigger.Analyze("estoy confundida con una palabra, ¿qué es escrow?").Frustrated)
}

// TestReviewStop36Signals: what the review of stop 36 found. Zoom as a
// product feature asks for no call and Teams as a call does; "what kind
// of company is this?", "knock it off the price" and a question about a
// contract's terms are calm; the sender told twice by the lead's people
// is a complaint; "márcame con la respuesta" asks; readiness after "we
// got pre-approved" commits.
func TestReviewStop36Signals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Can we get Zoom integration on the starter plan?", "Can I get my Zoom meetings transcribed automatically?")
	requireAsks(t, "could we do this over teams? I'm deaf", "Márcame con la respuesta del banco")
	for _, s := range []string{"Hi, who is this? What kind of company is this exactly?", "The inspection found $5k in repairs, can you knock it off the price?",
		"¿Así trabajan ustedes, con contrato de 6 meses?"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"The tenant asked you twice to fix the leak", "my husband told your guy twice the gate code, still locked out",
		"Subieron el precio sin avisar. ¿Así trabajan?"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	require.GreaterOrEqual(t, trigger.Analyze("We got pre-approved and we're ready to make an offer").Commitment, 2)
}

// TestSpanishOwnThingsWearingTheLeadOut: "esta casa me tiene harto" and
// "mi ex me tiene harta" are the lead's own lot, reasons to sell; "esta
// compañía me tiene harto" and "me tienen harta con tanto mensaje" are
// at the sender.
func TestSpanishOwnThingsWearingTheLeadOut(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("Esta casa me tiene harto con tantas goteras").Frustrated)
	require.False(t, trigger.Analyze("Mi ex me tiene harta, por eso la vendo").Frustrated)
	require.True(t, trigger.Analyze("esta compañía me tiene harto").Frustrated)
	require.True(t, trigger.Analyze("me tienen harta con tanto mensaje").Frustrated)
}

// TestBusinessAskedToCallThePrincipal: someone of the business asked to
// call the one the lead speaks for ("can your agent call my dad
// tomorrow", "could a loan officer phone my client?") asks for a person;
// the lead's own realtor or the other side's agent calling does not.
func TestBusinessAskedToCallThePrincipal(t *testing.T) {
	t.Parallel()
	requireAsks(t, "can your agent call my dad tomorrow", "could a loan officer phone my client this afternoon? she has questions on the estimate")
	requireNoAsks(t, "can my realtor call my mom for me", "can the agent on the seller side call my client directly?")
}

// TestLeadIsMad: the lead saying it is mad ("I'm mad", "honestly im so
// mad right now", "mad at you guys") is frustrated; "mad props", "mad
// expensive", "not mad" and "mad at my ex" are not.
func TestLeadIsMad(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok I'm mad now", "honestly im so mad right now", "we were pretty mad at you guys after the second reschedule"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"mad props on the quick quote", "rent is mad expensive around here", "I'm not mad, just asking", "I'm mad at my ex for leaving me the mortgage"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestLostACustomerAndMakeItMakeSense: "you just lost a customer" and
// "make it make sense" on its own are frustration; a lost business card,
// a customer the lead lost and "should make it make sense for buyers"
// are not.
func TestLostACustomerAndMakeItMakeSense(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"well you just lost a client", "you've lost my business, period", "the quote said 210 and the contract says 238. make it make sense"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"did you lose my business card? I can resend", "we lost a customer over the old system, that's why we want this", "the portal should make it make sense for new buyers, nice work"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestSpanishRepeatsAndNerve: "ya van tres veces que les mando los
// papeles ... ¿qué no los leen?" names the sender ("les") before its
// question, so it is no feeling told about someone else; "qué descaro" and
// "no me jodas, ¿otro cargo?" are frustration; "el descaro de mi ex" and
// a glad "no me jodas, qué buena noticia" are not.
func TestSpanishRepeatsAndNerve(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Ya van cuatro veces que les mando la póliza de mi papá. ¿No la ven o qué?", "qué descaro, cobrar eso por una visita", "no me jodas, ¿otro cargo? cada mes uno nuevo"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"el descaro de mi ex, quiere la mitad de la casa", "no me jodas, ¿ya aprobaron? qué buena noticia, gracias"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestStoodUpByAnotherFirm: "la otra compañía me dejó plantado" is
// another firm's no-show, the lead's reason to write; "su técnico me dejó
// plantado" is at the sender.
func TestStoodUpByAnotherFirm(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("La otra aseguradora me dejó plantada dos veces, por eso les escribo").Frustrated)
	require.True(t, trigger.Analyze("su técnico me dejó plantado ayer y ni un mensaje").Frustrated)
}

// TestSpanishReportedWords: what someone else says, reported ('mi abuela
// dice que "esto es un robo"'), is no frustration of the lead's; "mi
// esposo dice que ustedes son unos rateros" is aimed at the sender.
func TestSpanishReportedWords(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze(`mi tío dice que "es un robo" de todo lo que compra jaja, su precio está bien`).Frustrated)
	require.True(t, trigger.Analyze("mi esposo dice que ustedes son unos rateros y tiene razón").Frustrated)
}

// TestSignMeUpForSomethingElse: "sign me up for a nap" and "sign me up
// para unas vacaciones" joke about something else; "sign me up for a demo
// thursday" and "sign me up for a yearly plan" still commit.
func TestSignMeUpForSomethingElse(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"after all those disclosures, sign me up for a long nap lol", "jaja sign me up para unas vacaciones después de tanto papeleo"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"sign me up for a demo thursday", "ok sign me up for a yearly plan"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestSpanishHowDoWeGoOn: "¿Cómo seguimos?" after a decision and "¿qué día
// pueden?" ask for the next step; "¿cómo sigue su mamá?" does not.
func TestSpanishHowDoWeGoOn(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Ya lo pensamos bien y sí, queremos venderla. ¿Cómo seguimos?", "el calentador ya no sirve, ¿qué día pueden?"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	require.Less(t, trigger.Analyze("gracias por preguntar, ¿cómo sigue su mamá?").Commitment, 2)
}

// TestWrongChatIsNoCommitment: "oops wrong chat, the I'm in was for the
// game" was sent here by mistake, in English or in Spanish ("me
// equivoqué de grupo"); "I'm in" on its own commits.
func TestWrongChatIsNoCommitment(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("oops wrong chat lol. the 'count me in' was for bowling night").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("count me in").Commitment, 2)
	// the rules' reading and the learned tier's alike
	for _, s := range []string{
		"ay perdón, me equivoqué de grupo. vamos con el plan, firmamos mañana",
		"sorry wrong group chat, lets do it, we're in!!",
	} {
		require.Less(t, trigger.Judged(s).Commitment, 2, s)
	}
	require.GreaterOrEqual(t, trigger.Judged("vamos con el plan, firmamos mañana").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Judged("Me equivoqué de número de cuenta, ya se lo corrijo. Vamos a firmar mañana").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Judged("We were on the wrong group plan last year so we're ready to switch, let's do it").Commitment, 2)
}

// TestImInEndingAClause: "I'm in" joins only where it opens its clause
// or follows a yes ("ok im in", "we're in!"); "that's the neighborhood
// im in" ends a relative clause.
func TestImInEndingAClause(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("that's the neighborhood im in").Commitment, 2)
	require.Less(t, trigger.Analyze("idk what tax bracket im in").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("ok im in").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("we're in!").Commitment, 2)
}

// TestWrongChatIsNoAsk: an ask in a message the lead says went to the
// wrong chat is meant for someone else, in English or in Spanish; an ask
// after another mistake ("me equivoqué de hora ayer") or about a wrong
// number on file still asks.
func TestWrongChatIsNoAsk(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"oops wrong chat, call me when you get off work",
		"wrong thread sorry. can you call me at lunch",
		"me equivoqué de chat, llámame cuando salgas del trabajo",
		"perdón, me equivoqué de grupo, márcame al rato",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"me equivoqué de hora ayer, llámame hoy por favor",
		"you have the wrong number for my office, call me on this one",
		"wrong thread maybe but I need an agent to call me about the policy",
		// the sender's slip, or another wrong thing, not the lead's
		"Your chatbot put me in the wrong chat twice, just have someone call me",
		"You've got the wrong thread, this is about 12 Oak St not 14. Can you have the agent call me?",
		"I picked the wrong group plan at work, can someone call me to fix it?",
		"Perdón, me equivoqué de número de lote en el formulario, ¿me puede llamar alguien?",
		"me equivoqué de chat jaja, pero ya que estamos, ¿me puede llamar un asesor?",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, s)
	}
}

// TestDealDoneElsewhere: "just closed with another lender, let's gooo,
// all set" celebrates a deal that is over; "we went with another roofer
// last time, let's do it with you guys" still commits.
func TestDealDoneElsewhere(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("signed with another agent on friday, let's go!! all set now, thanks").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("we went with another roofer last time and regretted it, so let's do it with you guys").Commitment, 2)
}

// TestWithProgressive: "con Progressive, como 1,400 al año" and "I'm with
// Progressive right now" name the insurer the lead has; "with
// progressive lenses" names none.
func TestWithProgressive(t *testing.T) {
	t.Parallel()
	require.NotEmpty(t, trigger.Analyze("Con Progressive, pago como 1,200 al año").Competitors)
	require.NotEmpty(t, trigger.Analyze("I'm with progressive right now, can you beat it?").Competitors)
	require.Empty(t, trigger.Analyze("I need new glasses with progressive lenses lol, anyway what's the rate").Competitors)
}

// TestCallAskedOfAnotherFirm: "le dije a la otra aseguradora que me
// llamara" reports a request to someone else; "le pedí al otro banco que
// me marcara y nada, ustedes márquenme" still asks.
func TestCallAskedOfAnotherFirm(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "le pedí a la otra compañía que me llamara y nunca lo hicieron. ¿ustedes trabajan en Kona?")
	requireAsks(t, "le pedí al otro banco que me marcara y nada. ustedes márquenme porfa")
}

// TestWaitingFirstHedges: "my client is ready to sign, but I'm advising
// her to wait" and "we'd rather hold off till spring" hedge; "can't wait
// to get started, send the contract" commits.
func TestWaitingFirstHedges(t *testing.T) {
	t.Parallel()
	require.Less(t, trigger.Analyze("my buyer is ready to sign but I'm advising him to wait for the inspection").Commitment, 2)
	require.Less(t, trigger.Analyze("we're ready, but we'd rather hold off till spring").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("can't wait to get started, send the contract").Commitment, 2)
}

// TestFrustrationReviewStop37: what the review of stop 37 found the new
// frustration rules got wrong. The sender's own broken word ("me dijeron
// que venían. Qué descaro"), "el otro día ustedes me dejaron plantado",
// "ok make it make sense" and "I'm mad you guys never showed" are
// frustration; anger about the hail, "don't get mad", tenants who were
// mad, a tenant's unanswered calls, asking one's own husband three times,
// "you haven't lost a customer" and "make it make sense for me?" are not.
func TestFrustrationReviewStop37(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Me dijeron que sí venían hoy. Qué descaro.", "El otro día ustedes me dejaron plantado", "charged twice?? ok make it make sense",
		"I'm mad you guys never showed", "you just lost my business for good"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"I'm mad about the hail damage on the roof, need an estimate", "please don't get mad. we decided to wait till spring",
		"my tenants were mad about the rent increase, so we're selling", "Mi inquilino es un pendejo, no contesta mis llamadas. ¿Cuánto tardan en comprar?",
		"llevo tres veces que le pregunto a mi esposo y no se decide, denme chance", "don't worry, you haven't lost a customer, just a busy week",
		"make it make sense for me? first time buyer, what's escrow"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestCommitmentReviewStop37: what the review of stop 37 found the new
// commitment rules got wrong. A cancellation or a refund asked "¿qué día
// pueden...?" and a conditional "si decido vender, ¿cómo procedemos?"
// commit to nothing; "sign me up for a quick call tomorrow", "I almost
// went with another company but let's do it" and an earlier text sent to
// the wrong person still commit.
func TestCommitmentReviewStop37(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Ya cancelé el servicio, ¿qué día pueden pasar a recoger el equipo?", "¿qué día pueden devolverme el depósito? ya no quiero seguir",
		"No estoy segura todavía. Si decido vender, ¿cómo procedemos?"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"sign me up for a quick call tomorrow", "I almost went with another company but let's do it, send the contract",
		"sorry, my earlier text went to the wrong person. yes let's move forward, send the paperwork"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestAskReviewStop37: what the review of stop 37 found. "could someone
// from your office call my wife" and "en un call con tu manager porfa"
// ask; "can a buyer's agent call my client directly, or does it have to
// go through me?" and "ahorita en un call con mi supervisor" do not.
func TestAskReviewStop37(t *testing.T) {
	t.Parallel()
	requireAsks(t, "could someone from your office call my wife this afternoon", "en un call con tu manager porfa, no por texto")
	requireNoAsks(t, "can a buyer's agent call my client directly, or does it have to go through me?", "ahorita en un call con mi supervisor, te escribo luego")
}

// TestAskCallHouseholdOnThisLine: a call asked for one of the lead's
// household on the lead's own line ("call my wife at this number") asks
// for a person; a call to a relative about something else, or the lead
// calling them, does not.
func TestAskCallHouseholdOnThisLine(t *testing.T) {
	t.Parallel()
	requireAsks(t, "could you ring my dad on this phone tomorrow morning, he owns the place",
		"can u call my wife at this number after work, she handles the bills")
	requireNoAsks(t, "can you call my son about the gate code", "i'll call my husband on this phone tonight and ask him")
}

// TestAskBusinessPersonMeetsLead: one of the business's people asked to
// meet the lead ("can your agent meet me at the house Saturday?") asks
// for a person; a product meeting a need or a tech coming out for a repair
// does not.
func TestAskBusinessPersonMeetsLead(t *testing.T) {
	t.Parallel()
	requireAsks(t, "can your agent meet me at the house saturday around 9", "could someone meet us at the lot this week?")
	requireNoAsks(t, "can your software meet our audit needs", "will your plumber meet me at the rental or just go in with the lockbox code")
}

// TestFrustrationAccusationsAndPoliteComplaints: a lie or robbery called
// out, excuses, "when is this going to end", regret at choosing the
// sender, and Spanish "no es justo", "¿me está leyendo?", "es la
// tercera vez que les escribo" and "me tienen aburrida" are frustration, and so is a complaint that opens with an apology and
// "but" ("disculpe, pero esto es el colmo"). Someone else's lie, a third
// sale, being bored, anger at another contractor ("angry with him") and
// the weather a clause before "terrible" are not, nor "no more excuses"
// the lead says to itself or a bill that has the lead fed up.
func TestFrustrationAccusationsAndPoliteComplaints(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the contract says 150 and you promised 175, that's a lie",
		"same excuses every week, the crew never showed",
		"when will this ever end, three weeks and no adjuster",
		"seriously what else do you want from me, I sent everything",
		"you lied about the closing costs",
		"I regret calling you guys in the first place",
		"$90 to look at a faucet? that is highway robbery",
		"no es justo, pagué a tiempo y me suben la prima",
		"¿tres semanas esperando la cotización? no es justo",
		"¿me están leyendo? ya les mandé la escritura",
		"es la tercera vez que les escribo por lo mismo",
		"ustedes ya me tienen aburrido con ese formulario",
		"Perdón, pero esto es el colmo, nadie vino",
		"sorry to say it, but enough already with the reminders",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		"my brother lied about the lien, that's why we need to sell",
		"es la tercera vez que compro casa, ya conozco el proceso",
		"estoy aburrida en la casa, mándame las opciones",
		"ok, no more excuses, send me the link and I'll fill it out tonight",
		"la cuenta de la luz me tiene aburrida, por eso quiero los paneles",
		"the first contractor walked off the job, I was furious with him. anyway what's your schedule like?",
		"the snow won't quit up here, it's terrible, but the house is fine. what would you offer?",
		"sorry, wrong photo, here's the kitchen",
		"¡qué barbaridad, qué rápido contestaron! gracias",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is no frustration", s)
	}
}

// TestCommitmentAgreementAndDeadlines: agreeing to the price or the
// terms, a closing wanted before a date in Spanish, the owner's yes that
// a relative relays ("Dad said yes, he's ready to sell") and "go ahead,
// I don't want to wait" commit; a doubt ("I don't think we'll move
// forward") and a price merely discussed do not.
func TestCommitmentAgreementAndDeadlines(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok we agree to the terms you sent, what's next", "yes I agree with the quote, come Thursday",
		"queremos firmar antes del 30, ¿se puede?", "Dad said yes, he's ready to sell whenever you are",
		"go ahead and book it, we don't want to wait till spring"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"honestly I don't think we'll move forward this year", "I doubt we'll go ahead with the roof",
		"we don't agree with the price at all", "my husband's ready to sell but I'm not"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestCompanyToldIsNoCommitment: a lead saying what its business is
// ("we're a supplier for the plants") describes itself; the learned tier
// reads it as readiness, and the company veto keeps it out of the score.
func TestCompanyToldIsNoCommitment(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"We're a manufacturer, we make seat foam for the plants", "we're a subcontractor pa' la planta de Ford, hacemos foam"} {
		require.Less(t, trigger.Model().JudgeText(s).Commitment, 2, s)
	}
}

// TestAskReviewStop38: what the review of stop 38 found. A price or
// terms met ("will your buyer meet us at 415?") and a question how a
// visit goes ("... or do we use the lockbox?") ask for no person; a role
// of two words, "meet with us" and "on my phone" do.
func TestAskReviewStop38(t *testing.T) {
	t.Parallel()
	requireAsks(t, "could your loan officer meet us at the branch on friday", "can your rep meet with me next week?",
		"could you call my wife on my cell after 6")
	requireNoAsks(t, "will your buyer meet me at 310? that's the floor", "can someone meet us in the middle on the price",
		"will your agent meet me there or should I leave the key under the mat?")
}

// TestFrustrationReviewStop38: what the review of stop 38 found. A lie or
// robbery called out about someone else or on a condition, a question
// when a policy ends or what else to send, no regret, "no es justo lo que
// buscamos" (not exactly), a second purchase and anger at one's own
// brother are no frustration; anger "with him" at the sender's own
// person, "terrible" after traffic or waiting, a lie called out before
// the sender is named and regret begun are.
func TestFrustrationReviewStop38(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"your tech Danny didn't show again, I'm so annoyed with him",
		"you guys came 3 hours late and blamed the traffic. awful",
		"llevo mucho tiempo esperando la cotización de ustedes. esto es horrible",
		"That's a lie. You said there was no prepayment penalty",
		"I'm starting to regret hiring you people",
		"no es justo lo que me cobraron",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustration", s)
	}
	for _, s := range []string{
		"my cousin swears he paid the taxes, that's a lie, which is why I'm selling",
		"State Farm quoted $310 a month, that's highway robbery, what can you do?",
		"when will this promo end? I want the lower rate",
		"ok the W2s are uploaded, what else do you want me to send?",
		"I don't regret calling you at all, thanks",
		"no es justo lo que buscábamos pero la casa nos gusta",
		"es la segunda vez que les compro y todo bien",
		"you lying?? that's cheaper than I expected lol",
		"what happens if I lied on the app by accident?",
		"you guys were awesome, my brother flaked on the signing though, so annoyed with him",
		"no es justo en la esquina pero queda cerca",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is no frustration", s)
	}
}

// TestCommitmentReviewStop38: what the review of stop 38 found. An
// agreement qualified ("but not the date", "being too high") or asked
// about ("who said yes to the contract?"), a yes to someone else's step
// before another's readiness, "antes de 5 años" and a Spanish closing date
// asked "solo preguntando" do not commit; "without a doubt we want to
// move forward" and a belief denied before "so let's ..." do.
func TestCommitmentReviewStop38(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"we agree with the quote but not the start date", "I agree with the price being way too high",
		"did my wife say yes to the offer? she didn't mention it", "the lender said yes to the refi, but my brother's ready to sell and I'm not",
		"quisiéramos vender antes de 3 años, por ahora solo el valor", "queremos firmar antes del 20? solo preguntando"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"without a doubt we want to move forward", "I don't think we need more quotes so let's move forward",
		"me gustaría firmar antes del lunes"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestReviewStop38Second: what the second review of stop 38 found. "has
// said yes", an agreement followed by "not gonna haggle" or "too", "I
// really doubt" read as doubt, "I just don't think", a Spanish month or
// "fin de mes" as the date to close, and a company told with readiness
// after it; and asks at a time or an address, "can an agent meet us" and
// "or is Sunday better" still ask, "call my wife not my phone" does not.
func TestReviewStop38Second(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"my husband has said yes to your quote", "we agree to the price, not gonna counter", "I agree to your terms too",
		"queremos firmar antes de noviembre", "quisiéramos cerrar antes de fin de mes"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"I really doubt we'll move forward this year", "I just don't think we're going to go ahead"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	require.Equal(t, 2, trigger.Model().JudgeText("we're a clinic and we want to switch to you starting next week").Commitment)
	requireAsks(t, "can your agent meet us at 5 at the house?", "can an agent meet us at the lot tomorrow", "can your rep meet us friday or is monday better for her?")
	requireNoAsks(t, "please call my husband, not my phone")
}

// TestQuotedLinesAndRelays: a reply that quotes the business's earlier
// message ("> ...") is read without the quote, which is only what it
// answers: a person offered in the quote is no ask, a yes to a quoted
// call offer is; a quotation relayed from the lead's spouse or parent
// asks as the lead would.
func TestQuotedLinesAndRelays(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "> Would you like a specialist to go over it?\nnot now, just email the numbers",
		"> Shall we have someone call you?\n> Reply 1 for yes\nno, texting is easier")
	requireAsks(t, "> Want one of our agents to give you a call?\nsure, after 4 works",
		`my wife says: "have the manager call us tonight"`, `Reenvío lo que dice mi papá: "quiero hablar con una persona"`)
	requireNoAsks(t, `your ad says "call us today" but the number is dead`, `my coworker said "call me" and hung up lol`)
	require.False(t, trigger.Model().JudgeText("> Would you rather speak to a real person?\nno thanks, the bot is fine").ExplicitAsk)
}

// TestEmergencyPastOrRecurring: damage told as a past event ("the pipes
// burst two winters ago", "se inundó el sótano el año pasado") or as
// one that comes with the rain is no emergency now; the same damage
// happening tonight, or the rain falling now, still is.
func TestEmergencyPastOrRecurring(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	for _, s := range []string{"the basement was flooding last spring, it's been dry since", "our pipes burst two years ago, the house still needs paint",
		"se nos inundó la cocina el verano pasado", "hace tres meses se reventó un tubo, ya está arreglado", "water comes in under the back door when it rains"} {
		require.False(t, has(s), s)
	}
	for _, s := range []string{"pipes burst last night and water is everywhere right now", "the basement is flooding again today",
		"se mete el agua cuando llueve y ahorita está lloviendo fuerte"} {
		require.True(t, has(s), s)
	}
}

// TestFrustrationHagglersIdioms: annoyance at the business in idioms a
// bargain hunter uses ("you folks take the cake", "stop dancing around
// my question", "you had the nerve to call that a deal", "es un afano",
// "qué gacho lo que hacen", "su servicio es un desastre", "la neta que
// me tienen harta") is frustration; the same words about someone else or
// as a plea ("no sea gacho") are not.
func TestFrustrationHagglersIdioms(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"honestly you folks take the cake with these fees", "stop dancing around my question, is tax included or not",
		"your 'best deal' was higher than last month and you had the nerve to call it a deal", "es un afano lo que piden por el flete",
		"qué gacho lo que hacen con los cargos extra", "su servicio es un desastre, tres semanas esperando", "la neta que me tienen harta, ya contesten"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"no sea gacho, déjemelo en 300", "my uncle takes the cake for haggling lol", "the cat has the nerve to sit on my laptop",
		"unos vecinos ruidosos que me tienen harto, por eso vendo"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestAskPersonToWriteInSpanish: a real person asked to write to the
// lead instead of the machine asks ("¿me puede escribir una persona de
// verdad y no el robot?"); asking whether a person or a machine answers
// only asks who is there.
func TestAskPersonToWriteInSpanish(t *testing.T) {
	t.Parallel()
	requireAsks(t, "¿me puede escribir una persona en lugar de la máquina?", "que me escriba una persona de la oficina, no un robot")
	requireNoAsks(t, "¿me va a escribir una persona o la máquina?")
}

// TestHighValuePropertiesCounted: properties counted without their noun
// where properties are named or asked about ("there's 7 of them plus a
// corner store", "I've got 9 altogether", "tengo cuatro, 2 en Corona y 2
// en Astoria", "seis multi-families", "and 5 more building") are a large
// scope; a count of children, questions or rooms is not.
func TestHighValuePropertiesCounted(t *testing.T) {
	t.Parallel()
	fires := func(text, asked string) bool { return highValueFires(t, text, asked) }
	require.True(t, fires("my uncle left rowhomes all over Kensington, there's 7 of them plus a garage", ""))
	require.True(t, fires("honestly I've got 9 altogether, 5 on the south side and 4 up north", "Which property are you thinking of selling?"))
	require.True(t, fires("tengo cuatro, 2 en Corona y 2 en Astoria", "¿Cuál casa quiere vender?"))
	require.True(t, fires("could you buy them all together? the duplex, the corner lot and my mom's house", ""))
	require.False(t, fires("tengo tres hijos y poco tiempo", "¿Quiere asegurar la casa o el carro?"))
	require.False(t, fires("there's 5 of them, plus a half bath", "How many bedrooms does the house have?"))
	require.False(t, fires("there's 6 of them in the family chat arguing about it", ""))
}

// TestReviewStop39: what the review of stop 39 found. A Spanish report
// that an agent wrote is no ask; "your competitor had the nerve", the
// lead's own "won't beat around the bush", another firm's or a storm's
// "desastre", a neighbour's "qué gacho" and a thing of the lead's after
// an oath ("te juro que me tienen loca las hormigas") are no
// frustration; a pipe that burst minutes ago, a basement flooding now
// "like last spring" and "hace años" read at a clause's end are told
// right.
func TestReviewStop39(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "me acaba de escribir el asesor, ya quedamos el martes", "ya me vino a escribir la vendedora ayer")
	for _, s := range []string{"the other company had the nerve to offer 180k", "I won't beat around the bush, we need 250",
		"la empresa anterior fue un desastre, ojalá ustedes no", "qué gacho lo que le pasó a mi compadre con el banco",
		"es un desastre lo que dejó el granizo en el techo", "te juro que me tienen loca las hormigas en la cocina"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	for _, s := range []string{"a pipe burst 15 minutes ago, water everywhere", "the basement is flooding like it did last spring",
		"I smell gas by the stove, same as last winter", "se está inundando el patio de tanto que llueve"} {
		require.True(t, has(s), s)
	}
	require.False(t, has("el garaje se inundó hace años, ya está arreglado"))
}

// TestFrustrationUnderDeadline: patience run out ("I'm done being
// polite", "my patience is running thin"), "are you even reading my
// texts?" with a word between, and "¿tan difícil es contestar?" are
// frustration; "are you even looking at condos?" and "is it hard to
// learn?" ask.
func TestFrustrationUnderDeadline(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I'm done being polite, the closing is Friday", "honestly my patience is running thin", "are you people even reading my texts?",
		"¿tan difícil es contestar un mensaje?"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"are you even looking at condos or just houses?", "¿tan difícil es aprender el sistema?"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestReviewStop39Second: what the second review of stop 39 found. A
// count of children, dogs, windows or things in a garage, with a house
// named, is no portfolio; "5 more building" still is. "El servicio es un
// desastre", "enough beating around the bush", "don't beat around the
// bush with me", an oath followed by the sender's messages, and "me
// escriba un agente" are read right; "¿qué tan difícil es...?", someone
// else's patience and "not done being patient" are no frustration; damage
// "about two years ago" or "2 weeks ago" and fixed is no emergency; a
// plain "why is it asking for my ssn" is calm.
func TestReviewStop39Second(t *testing.T) {
	t.Parallel()
	fires := func(text, asked string) bool { return highValueFires(t, text, asked) }
	require.False(t, fires("we need a bigger house for the kids, there's 5 of them", ""))
	require.False(t, fires("the house needs new windows, 11 altogether", ""))
	require.False(t, fires("I have 3 in college so money is tight", "Which property are you selling?"))
	require.True(t, fires("this one is mine, plus 6 more building in Queens", ""))
	for _, s := range []string{"el servicio es un desastre, tres días esperando", "enough beating around the bush, what's the number",
		"don't beat around the bush with me, best price?", "posta que me tienen harto con sus mensajes"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"¿qué tan difícil es llenar la solicitud?", "the buyer's patience is running out, can we close friday?",
		"I'm not done being patient with the lender, you've been great", "why is it asking for my ssn"} {
		require.False(t, trigger.Judged(s).Frustrated, s)
	}
	requireAsks(t, "por favor me escriba un asesor, no el sistema")
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	require.False(t, has("se inundó la cocina como hace dos años, ya está arreglado"))
	require.False(t, has("a pipe burst 2 weeks ago, the plumber fixed it"))
}

// highValueFires reports whether the high-value rule with large-scope
// cues and a $500,000 threshold hands off on text after asked.
func highValueFires(t *testing.T, text, asked string) bool {
	t.Helper()
	d, err := trigger.HighValueScope(500_000).Evaluate(context.Background(), trigger.Input{Text: text, Asked: asked})
	require.NoError(t, err)
	return d.Handoff
}

// TestReviewStop39Third: what the third review of stop 39 found.
// Patience run out without "I'm" before it, "¿tan difícil es dar un
// precio?" are frustration; "enough beating around the bush, I'll be
// straight" is not. "this house and 5 more", rentals near a college,
// "take them all together" of a duplex and a fourplex, and "tengo cuatro
// en Corona" asked about the only property are a large scope. Heat out
// "since 3 days ago" and a burst pipe "como el invierno pasado" are
// emergencies.
func TestReviewStop39Third(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Done being patient with you guys", "Patience is running out here", "¿tan difícil es dar un precio?"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	require.False(t, trigger.Analyze("Enough beating around the bush, I'll be straight: we want 400k").Frustrated)
	require.True(t, highValueFires(t, "I'm selling this house and 5 more", ""))
	require.True(t, highValueFires(t, "there are 8 of them, all rentals near the college", ""))
	require.True(t, highValueFires(t, "could you take them all together? the duplex and the two fourplexes", ""))
	require.True(t, highValueFires(t, "tengo cuatro en Corona", "¿Es la única propiedad que tiene?"))
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	require.True(t, has("no heat since 3 days ago and it's freezing"))
	require.True(t, has("se reventó la tubería como el invierno pasado, manden a alguien ya"))
}

// TestStop41DevClasses: what dev198 to dev200 (stop 41) and its second
// review taught, in new words. A call said to be the easier way to
// understand each other, in Spanish, and "quicker if I spoke to one of
// your agents" ask for a person (not "your website", nor a call wished
// for and turned down). "Me están volviendo loca", "qué mamera con
// ustedes" and a portal called "una porquería" are frustration (not the
// kids driving the lead mad, a chore, a roof's condition). Ready "para
// firmar", "start the paperwork", "order the parts" and the plumber sent
// on Monday commit (not years off, a divorce signed, an order asked
// about or refused).
func TestStop41DevClasses(t *testing.T) {
	t.Parallel()
	requireAsks(t, "con una llamada nos entenderíamos mejor, creo yo", "it'd be quicker if I spoke to one of your agents", "mejor si hablo con uno de sus asesores",
		"it'd go faster if I talked to your underwriter", "por teléfono nos entenderíamos mejor, pero después del trabajo")
	requireNoAsks(t, "it'd be faster if I talked to your website", "hablando nos entendemos, pero ahorita no puedo, mejor por mensaje",
		"hablando nos entendemos, pero estoy en el trabajo", "hablando nos entendemos, pero no contesto números desconocidos, mándenme mensaje primero")
	for _, s := range []string{"me están volviendo loca con tantos mensajes", "me vuelven loco con tanto papel", "qué mamera con ustedes y sus formularios",
		"me está volviendo loca con sus llamadas", "qué mamera con esta compañía",
		"el portal es una porquería, no carga nada"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"los niños me están volviendo loca, pero sí el martes", "qué mamera tener que mudarnos, ¿cuándo firmamos?", "esto es una porquería de techo",
		"me está volviendo loca esa casa, está preciosa", "la mudanza me está volviendo loca, pero sí el martes",
		"qué mamera la otra compañía, por eso me cambio con ustedes"} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{"estamos listas para firmar, dígame dónde", "ok the numbers work. start the paperwork", "sounds right, order the parts then",
		"mande al plomero el lunes temprano", "please order the parts, can you text me the total?", "just order the parts",
		"mande al técnico mañana, ¿a qué hora llega?", "sounds good, go ahead! do you need a deposit?",
		"start the paperwork, what do you need from me?", "I didn't even see the price but go ahead and order the parts"} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{"estamos listos para mudarnos en dos años", "did they start the install yet?", "estoy lista para firmar el divorcio, por eso vendemos",
		"start the application? what application? I never applied", "don't go ahead and order the parts yet, I need to talk to my wife",
		"I don't want to go ahead and order the parts", "no one said go ahead and order the parts"} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestTalkWithSomeoneElseIsNoAsk: a preference to talk with someone the
// lead names by an article or a possessive, who is none of the
// business's people, asks for no call: "better if we talked to a lawyer
// first". The same words with a person, a rep or the office still ask.
func TestTalkWithSomeoneElseIsNoAsk(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "better if we talked to a lawyer first", "I'd rather talk with my wife before anything",
		"easier if we spoke to our accountant about it first")
	requireAsks(t, "rather talk to a real person", "better if we talked to the office directly",
		"prefer to talk to one of your agents", "better if we talked on the phone", "it'd be easier to talk to a human")
}

// TestPatienceVentsAndSpanishExasperation: "losing my patience" is the
// lead's temper, not someone of theirs, even before a business question;
// "me estoy desesperando" and "¿qué parte de ... no entiendes?" are
// frustration, and so are "you keep asking me the same stuff" and "your
// so called specialist"; "desesperado por vender" and the lead's own
// confusion are not; a vent about the heat, the boss or the truck followed by "anyway"
// or "pero sí" and business is no frustration with the sender.
func TestPatienceVentsAndSpanishExasperation(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"I'm losing my patience here. Just answer yes or no: do you buy houses with foundation problems?",
		"Me estoy desesperando. ¿Me pueden decir de una vez si aceptan casas de adobe o no?",
		"ya me desesperaron con tanta pregunta",
		`Dude, qué parte de "no tengo garage" no entiendes?`,
		"this traffic is killing me. anyway you guys are useless, what time?",
		"qué coraje con ustedes, pero bueno, ¿a qué hora?",
		"standing in the bridge line with 2% battery and you keep asking me the same stuff",
		`your so called "specialist" hung up on me. classy.`,
	)
	requireNotFrustrated(t,
		"estoy desesperado por vender la casa, cuanto me dan?",
		"no sé qué parte de la póliza no entiendo",
		"This freaking heat is killing me, the line at the bridge took two hours today. Anyway what time tomorrow?",
		"Mi jefe me cambió de turno otra vez, qué coraje. Pero sí puedo el sábado en la mañana",
		"La troca otra vez con el check engine light, ugh. Anyway, ¿me mandan el quote por email?",
		"my kids keep asking the same question lol", "it's so called because of the river",
	)
}

// TestCommitmentToStartAndSign: asking for the DocuSign, asking when the
// crew ("they") can start after a yes, and a start day with the job
// named in between are commitment.
func TestCommitmentToStartAndSign(t *testing.T) {
	t.Parallel()
	requireCommits(t,
		"Can you email me the DocuSign? I'm at my desk till 5",
		"Yes to the full replacement, not the repair. When can they start?",
		"Pueden empezar con el techo el lunes, yo pido el día en la planta",
	)
	require.Less(t, trigger.Analyze("we use docusign for everything").Commitment, 2)
}

// TestBusyCallGasSmellAndContractTerms: a call the lead has to step into
// asks for none ("just got out of a call, can you call me in 10?" still
// asks); "un olor re fuerte a gas" is an emergency; "annual contracts"
// are a term of the plan, not a legal question.
func TestBusyCallGasSmellAndContractTerms(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Hello Jordan. I do, although I have to step into a call in about twenty minutes.")
	requireAsks(t, "just got out of a call, can you call me in 10?", "give me a call in an hour")
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	require.Contains(t, oos("hay un olor re fuerte a gas en el garage, al lado del water heater. ¿qué hago?"), trigger.TopicEmergency)
	require.NotContains(t, oos("Could you first tell me whether you offer annual contracts?"), trigger.TopicLegal)
	require.Contains(t, oos("can my lawyer review the contract first?"), trigger.TopicLegal)
}

// TestContentLeadIsCalm: a lead who says they are content with what they
// have is not frustrated, though the learned tier reads "the same plan"
// as a complaint repeated; a complaint turned against the contentment
// ("until you raised the price") still is.
func TestContentLeadIsCalm(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Judged("I'm 71 and I've had the same plan for six years, happy with it.").Frustrated)
	require.True(t, trigger.Judged("I was happy with it until you raised the price, this is ridiculous").Frustrated)
	require.True(t, trigger.Judged("not happy with the same runaround every time").Frustrated)
}

// TestAllTheSupplyLinesInTheHouse: "replacing all of the supply lines in
// the house" is a whole-home job, with words between "all" and the
// lines; one supply line under a sink is not.
func TestAllTheSupplyLinesInTheHouse(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.True(t, fires(hv, "I am thinking of replacing all of the supply lines in the house, both floors, including the kitchen and all three bathrooms."))
	require.False(t, fires(hv, "the supply line under the kitchen sink is dripping"))
}

// TestCallPlacedToSomeoneElse: a request that the assistant place a call
// to someone else ("give liz a call", "call someone for me", "can you
// call my sister") is no ask for a person, though the learned tier reads
// "call" and "me" as one; the lead's own call still is.
func TestCallPlacedToSomeoneElse(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"give liz a call", "call someone for me", "can you call my sister", "please call my landlord about the leak"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q asks for no call with the lead", s)
	}
	for _, s := range []string{"give me a call", "give us a ring tomorrow", "call my cell after 5", "call me", "can you have someone call me"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q asks for a call", s)
	}
}

// TestFormerProviderIsWhyTheyCame: a complaint about a former or another
// provider told as the reason the lead now turns to the sender ("that's
// why I'm looking at you guys", "por eso les escribo") is no frustration
// with the sender; the sender blamed before the turn still is.
func TestFormerProviderIsWhyTheyCame(t *testing.T) {
	t.Parallel()
	requireNotFrustrated(t,
		"the last company I used was terrible, that's why I'm looking at you guys",
		"el roofer de mi vecino was a disaster, qué desastre total. that's why I want ustedes for mine",
		"La otra compañía de plomería me dejó plantado dos veces, por eso les escribo a ustedes. Ojalá sea diferente.",
	)
	requireFrustrated(t,
		"you guys are terrible, that's why I'm leaving for the other company",
		"the last guy was useless and so are you, that's why I'm angry",
		"ustedes me dejaron plantado, la otra compañía nunca, por eso les escribo enojada",
	)
}

// TestMockPatience: patience offered in mockery of a harm ("take your
// time, it's only rain coming through the ceiling") is sarcasm; patience
// meant ("take your time, no rush at all", "it's only a small job") is
// not.
func TestMockPatience(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"Sure, take your time, it's only rain coming through the ceiling into my baby's room. No rush at all.",
		"tómate tu tiempo, solo es el techo que se cae",
	)
	requireNotFrustrated(t,
		"take your time, no rush at all, I'm out of town till the 20th",
		"no rush, take your time to look at the photos, it's only a small job",
	)
}

// TestReviewOfStop42Signals: the look-alikes a review found for this
// stop's signal rules. Anger at the sender after "that's why", a vent
// about the sender's own installer or hold line, "qué parte de la casa"
// asked plainly, despair at a leaking roof, patience meant about a small
// harm, a whole-home job only in so many words, a gas smell from a new
// oven, and leaving a contract early.
func TestReviewOfStop42Signals(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"My last agent was a nightmare, that's why I'm so frustrated that you're doing the exact same thing",
		"the installer never showed and I missed work for nothing, so frustrating. anyway what's the next slot?",
		"Been on hold on the line for 45 minutes, absolutely ridiculous. anyway can someone call me",
	)
	requireNotFrustrated(t,
		"¿Qué parte de la casa necesitan ver? Mi esposo entiende más de eso",
		"Qué parte de la póliza cubre el granizo? mi esposo no le entiende",
		"las goteras me tienen desesperada, ¿cuándo pueden venir?",
		"take your time, it's only a slow drip from the ceiling, nothing urgent",
		"take your time, the water heater is only 3 years old",
		"tómate tu tiempo, solo es una gotera chiquita en el techo del garage",
	)
	hv := trigger.HighValueScope(500000)
	fires := func(r trigger.Rule, text string) bool { return ruleFires(t, r, text) }
	require.False(t, fires(hv, "every so often the line in the house clogs"))
	require.False(t, fires(hv, "all of a sudden pipes in the house started making noise"))
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	require.NotContains(t, oos("tiene olor el horno a gas, es normal cuando es nuevo?"), trigger.TopicEmergency)
	require.Contains(t, oos("can I get out of my 2 year contract early without a penalty?"), trigger.TopicLegal)
	require.Less(t, trigger.Analyze("the other company said they could do it in june, when can they start?").Commitment, 2)
}

// TestDev208SignalsInPlainWords: Colombian and Cuban exasperation ("qué
// boleta", "me dejen de enredar", "¿me entendió o le repito?", "escribiendo
// al aire", "no tengo paciencia pa esto"), "how many different ways can I
// say this", "stop sending me the same checklist"; a former agency that
// was clueless while "you guys seem to actually get it" is not; "¿cuáles
// son los siguientes pasos?" and asking for the invoice to pay commit;
// "¿hay alguien que hable español?" asks for a person, unless it is for
// documents.
func TestDev208SignalsInPlainWords(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"Qué boleta, I've been on hold 40 minutes y luego me cuelgan.",
		"Le pido el favor de que me dejen de enredar. Solo quiero saber cuánto cuesta.",
		"Como le dije, la póliza es para la empresa. ¿Me entendió o le repito?",
		"¿Hola? ¿Hay alguien? Llevo 20 minutos escribiendo al aire.",
		"Mira, yo no tengo paciencia pa' esto. ¿Qué clase de sistema es este?",
		"Not sure how many different ways I can say this. We do NOT need payroll.",
		"Kindly stop sending me the same onboarding checklist. I've completed it.",
	)
	require.False(t, trigger.Analyze("Honestly the agency we had before was clueless about contractor insurance. You guys seem to actually get it.").Frustrated)
	requireCommits(t, "Decidimos irnos con ustedes. ¿Cuáles son los siguientes pasos?", "Listo, de una. ¿Me regala la factura para hacer la transferencia?")
	requireAsks(t, "Hay alguien que hable español? I want to put my dad on the phone with them")
	requireNoAsks(t, "Hay alguien que hable español? Para mandarle los documentos a mi mamá en español")
}

// TestDev206RulesInPlainWords: "why I'd pick y'all over them" compares
// with a competitor, "eleven more houses" are several properties, and
// "it's not urgent or an emergency" denies an emergency ("no heat and
// the pipe burst" is one).
func TestDev206RulesInPlainWords(t *testing.T) {
	t.Parallel()
	require.NotEmpty(t, trigger.Analyze("I've got a trial going with Mindbody, so tell me why I'd pick y'all over them").Competitors)
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "to be upfront, the company owns eleven more houses around south Fulton"))
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	require.NotContains(t, oos("nah that's it. it's not urgent or an emergency or anything"), trigger.TopicEmergency)
	require.Contains(t, oos("we have no heat and the pipe burst"), trigger.TopicEmergency)
}

// requireFrustrated checks that the rules read every text as frustrated
// with the sender.
func requireFrustrated(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.True(t, trigger.Analyze(s).Frustrated, "%q is frustrated with the sender", s)
	}
}

// requireNotFrustrated checks that the rules read no text as frustrated
// with the sender.
func requireNotFrustrated(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.False(t, trigger.Analyze(s).Frustrated, "%q is not frustrated with the sender", s)
	}
}

// requireCommits checks that the rules read every text as a commitment
// (level 2 or more: a yes to a next step, a deadline).
func requireCommits(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, "%q commits", s)
	}
}

// requireNoCommitment checks that the rules read no text as a
// commitment.
func requireNoCommitment(t *testing.T, texts ...string) {
	t.Helper()
	for _, s := range texts {
		require.Less(t, trigger.Analyze(s).Commitment, 2, "%q commits to nothing", s)
	}
}

// TestSecondReviewOfStop42Signals: look-alikes a second review found. An
// emergency is denied only by a word right before it ("not joking this
// is an emergency" is one); any strong gas smell is an emergency, a new
// oven's is not; "no tengo paciencia pa esto" and "me desesperan con
// tantos mensajes" are frustration, a plain "¿qué tipo de servicio es
// este?", "o le repito el número" and an apology "qué boleta" are not;
// mock patience is read near "only"; "once" counts no properties; a
// yearly contract is a term even with "out of the office"; "when can
// they start" commits after the other company was cancelled; "someone
// who speaks spanish for the front desk" is no ask, while a dad who
// wants to call is; a turn to the sender taken back is none.
func TestSecondReviewOfStop42Signals(t *testing.T) {
	t.Parallel()
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	for _, s := range []string{"not joking this is an emergency", "nada funciona es una emergencia", "hay un olor como a gas en la cocina"} {
		require.Contains(t, oos(s), trigger.TopicEmergency, "%q", s)
	}
	for _, s := range []string{"no es una emergencia, cuando puedan", "tiene olor el horno a gas, es normal cuando es nuevo?"} {
		require.NotContains(t, oos(s), trigger.TopicEmergency, "%q", s)
	}
	require.NotContains(t, oos("is it a yearly contract? we're out of the office fridays"), trigger.TopicLegal)
	requireFrustrated(t, "no tengo paciencia pa esto", "tengo cero paciencia con esto", "me desesperan con tantos mensajes",
		"¿Qué parte de 'no me interesa' no entiende usted?",
		"take your time, it's only the ceiling caving in. not like it's urgent or anything",
		"The agency we had before was clueless. Not sure you seem to get it either")
	requireNotFrustrated(t, "¿Qué tipo de servicio es este? ¿cuánto cuesta al mes?", "¿Ya lo anotó o le repito el número?",
		"¡Qué boleta! Perdón, me equivoqué de número", "Should I stop sending the same photos?",
		"ugh the line at the DMV was insane, so frustrating. anyway what's the next step?")
	require.False(t, ruleFires(t, trigger.HighValueScope(500000), "once the houses sell we'll be fine"))
	require.GreaterOrEqual(t, trigger.Analyze("Cancelled with the other company. When can they start?").Commitment, 2)
	requireNoAsks(t, "we need someone who speaks spanish for the front desk, is that part of your staffing plan?")
	requireAsks(t, "Is there someone who speaks Spanish? my dad wants to call and go over the email you sent")
}

// TestThirdReviewOfStop42Signals: a gas smell in a newly bought house is
// an emergency, a new oven's is not; Spanish denials with fillers ("no
// creo que sea una emergencia") deny; "the last company ... was terrible
// and no help, that's why I'm looking at you guys" turns to the sender;
// "only a leak, nothing urgent" is patience meant; ending a yearly
// contract early is legal, breaking down its cost is not; "stop sending
// the same message over and over" is exasperation; "do you guys have
// someone who speaks spanish?" asks; "we went with the other company,
// when can they start" commits to no one here.
func TestThirdReviewOfStop42Signals(t *testing.T) {
	t.Parallel()
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	require.Contains(t, oos("acabamos de comprar la casa nueva y hay olor a gas"), trigger.TopicEmergency)
	require.NotContains(t, oos("no creo que sea una emergencia"), trigger.TopicEmergency)
	require.Contains(t, oos("can I end my yearly contract early?"), trigger.TopicLegal)
	require.NotContains(t, oos("we need to break down the cost of the annual contract"), trigger.TopicLegal)
	requireNotFrustrated(t, "the last company I used was terrible and no help, that's why I'm looking at you guys",
		"take your time, it's only a leak, nothing urgent")
	requireFrustrated(t, "stop sending the same message over and over")
	requireAsks(t, "do you guys have someone who speaks spanish?")
	require.Less(t, trigger.Analyze("we went with the other company, when can they start i wonder").Commitment, 2)
}

// TestFourthReviewSignals: "No it's an emergency" affirms one; "you dont
// seem to know what you are doing" after a former provider is no turn to
// the sender; a price break on a contract and paying it early are no
// legal question.
func TestFourthReviewSignals(t *testing.T) {
	t.Parallel()
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	require.Contains(t, oos("No it's an emergency, I need someone today"), trigger.TopicEmergency)
	requireFrustrated(t, "the last company was a joke and you dont seem to know what you are doing")
	require.NotContains(t, oos("what's the price break on the annual contract?"), trigger.TopicLegal)
	require.NotContains(t, oos("how much is the yearly contract if we pay it early?"), trigger.TopicLegal)
}

// TestSpanishCallPlacedToSomeoneElse: "que alguien la llame a ella, no a
// mí" and a call to a neighbour are no ask for the lead; a call to the
// lead's own household ("a mi papá, él no lee mensajes") still is.
func TestSpanishCallPlacedToSomeoneElse(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"mi vecina quiere que alguien la llame a ella, no a mí. le mando su número",
		"pueden llamar a mi compadre? él anda buscando casa"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q asks for no call with the lead", s)
	}
	for _, s := range []string{"que alguien le llame a mi papá porfa, él no lee mensajes", "que alguien me llame a mí o a mi esposa"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q asks for a call", s)
	}
}

// TestRelayedSpanishCalls: a grandchild relaying the household's ask
// ("dice mi abuelo que le llamen en la tarde", a grandmother's words in
// quotes) asks; a call to dinner in the wrong chat and a grandmother's
// saying do not.
func TestRelayedSpanishCalls(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"dice mi abuelo que le llamen en la tarde", `mi abuela dice: "quiero hablar con una persona"`} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q asks", s)
	}
	for _, s := range []string{"mi abuelita dice que lo llamen a comer, perdón me equivoqué de chat",
		`my abuela always says "nunca firmes sin hablar con alguien" lol, where do I sign?`} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q asks nothing", s)
	}
}

// TestPatienceInCapitals: patience typed in capitals, as a flip phone
// writes, is no shout; capitals that go on to a complaint still are.
func TestPatienceInCapitals(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Judged("I DONT MIND WAITING JUST LET ME KNOW WHEN").Frustrated)
	require.True(t, trigger.Judged("I DONT MIND WAITING BUT THIS IS THE THIRD WEEK").Frustrated)
}

// TestStickingWithTheOtherOne: "sticking with him" and "staying with my
// guy" compare with a competitor (the pattern had split the phrases
// across its alternations and matched neither).
func TestStickingWithTheOtherOne(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"honestly im sticking with him", "think im staying with my guy"} {
		require.NotEmpty(t, trigger.Judged(s).Competitors, "%q", s)
	}
}

// TestPassiveAggressiveFrustration: a buyer's dry register is frustration
// too: a repetition offered sarcastically ("happy to walk you through it
// a third time"), being lost or confused, "great use of my Saturday",
// "at this point I could have done it myself", "are you reading what I
// write", waiting weeks on the sender, and in Spanish "estoy perdida",
// "ya me confundieron", "sigo sin entender", "ya no sé cómo explicarles",
// "ya son cuatro veces que les pido". A roof leaking three times and a
// calm "did that. twice" are not.
func TestPassiveAggressiveFrustration(t *testing.T) {
	t.Parallel()
	requireFrustrated(t, "happy to walk you through it a third time", "I'm honestly lost here", "great use of my saturday",
		"at this point I could have done it myself", "are you reading what I write?", "we waited two weeks for your reply",
		"estoy perdida con tanto plan", "ya me confundieron con los precios", "sigo sin entender qué incluye",
		"ya no sé cómo explicarles que es para la clínica", "ya son cuatro veces que les pido la factura")
	requireNotFrustrated(t, "ya van tres veces que el techo se gotea este año", "did that. twice")
}

// TestNeedsSomeoneToCall: Central American "ocupo" ("I need") asks for
// a person as "necesito" does, "yámeme" is "llámeme", and a parent who
// "needs someone to call him" is relayed as one who wants it.
func TestNeedsSomeoneToCall(t *testing.T) {
	t.Parallel()
	requireAsks(t, "ocupo hablar con alguien de la oficina", "ocupo platicar con el encargado", "yameme en la tarde porfa",
		"my grandpa needs someone to call him, he doesn't text")
}

// TestFirstReviewOfStop43Judgement: the household's relayed "que le
// ..." asks only for a call ("que le pongan pisos nuevos" asks nothing),
// a day or a date after the call keeps it the household's ("que le
// llamen el 15", "los sábados"), only the wrong chat takes it back, and
// patience in capitals yields to a complaint after it.
func TestFirstReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "mi esposa quiere que le pongan pisos nuevos en la cocina", "mi esposo dice que le pasen precio por whatsapp",
		"mi mama dice que le regresen su deposito")
	requireAsks(t, "mi abuela dice que le llamen el 15", "mi mama dice que la llamen los sabados",
		"dice mi abuelo que le llamen hoy, perdon me equivoque de hora ayer")
	requireFrustrated(t, "I DONT MIND WAITING HOWEVER THIS IS THE THIRD WEEK WITH NO CALL", "NO RUSH MY FOOT, YOU SAID MONDAY")
}

// TestCaribbeanAndNorteñoConversations: from dev210 and dev215. An order
// given in other words commits ("set it up for second shift and send me
// the login", "put me down, first opening you got", "send someone ya",
// "dígame qué ocupa pa darme de alta"), not a setup told ("my son set it
// up for me"); another company's quote and the lead's dare are a
// competitor ("a nex company come out an quote mi 7800", "convénceme");
// "allyuh is thieves" accuses, a relative's saying about every insurer
// does not; one system for three floors is high value.
func TestCaribbeanAndNorteñoConversations(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok va, set it up for second shift and send me the login", "yes put me down, first opening you got",
		"pues send someone ya, I'm home all day", "sí, el básico. dígame qué ocupa pa darme de alta"} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, "%q commits", s)
	}
	require.Less(t, trigger.Judged("Yes, my son set it up for me, he worries too much.").Commitment, 2)
	comp := trigger.Competitor()
	for _, s := range []string{"a nex company come out yesterday an quote mi 7800. yuh can do better?", "mi amiga usa otra app y dice que es más barata, so convénceme"} {
		require.True(t, ruleFires(t, comp, s), "%q mentions a competitor", s)
	}
	requireFrustrated(t, "it went UP again?? allyuh is thieves, straight robbery")
	requireNotFrustrated(t, `mi suegro dice que "todos los de seguros son unos ladrones" jaja, pero yo sí quiero comparar`)
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"sistema central nuevo para los tres pisos", "we need new AC for all three floors"} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
}

// TestProcurementSteps: a decided buyer's procurement steps commit
// ("decision's made, we're going with you", "send the MSA", "we'll
// execute everything this week", "looped in legal on the redlines", "en
// cuanto las regrese, firmamos"); the same papers asked for before a
// decision, or a demo "then we'll see", are hedged. More of the dry
// register is frustration: waiting on "the thing I actually asked for",
// "circling back otra vez", "apparently that's the process now",
// "llevo esperando desde el lunes".
func TestProcurementSteps(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ok decision's made, we're going with you", "please send the MSA over today", "add the BAA and we'll execute everything friday",
		"looped in legal on the redlines, keep the 15th as the go-live", "el abogado tiene el contrato; en cuanto lo regrese, firmamos"} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, "%q commits", s)
	}
	for _, s := range []string{"can you send the MSA? want to read the terms before we decide", "we're going with you for the demo first, then we'll see"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q is hedged", s)
	}
	requireFrustrated(t, "got the newsletter. still waiting on the thing I actually asked for", "circling back otra vez on the invoice",
		"guess I'll forward it myself, apparently that's the process now", "llevo esperando su respuesta desde el lunes")
	requireNotFrustrated(t, "just circling back on the quote, no rush", "still waiting on the appraisal, then I'll let you know")
}

// TestSecondReviewOfStop43Judgement: what the second review of stop 43
// found. An order is an order only where it is given ("you said you
// would send someone out", "did you send someone out?", "I just set it
// up yesterday", "you put me down for an appointment I never asked
// for" are none), "mañana van a darme de alta" leaves a hospital and "si
// el precio está bien lo hacemos" is a condition; "manden a alguien hoy"
// orders. A company sought "to quote my roof" and a bargain ("you can do
// better on the price") name no competitor; repairs on both floors are
// no high-value job, a new system for three floors is; "ya no sé qué
// hacer con mi mamá", a store robbed and a brother's saying are no
// frustration, "you guys are thieves" is.
func TestSecondReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"you said you would send someone out today and nobody showed", "did you send someone out? nobody came",
		"I just set it up yesterday and it keeps beeping", "please set us up with a quote first", "send me the login, I can't get in to my account",
		"estoy en el hospital, mañana van a darme de alta y ahi vemos", "si el precio esta bien lo hacemos de una vez",
		"you put me down for an appointment I never asked for"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q commits to nothing", s)
	}
	for _, s := range []string{"manden a alguien hoy por favor", "mándeme a alguien ahorita, se está saliendo el agua", "manden un tecnico hoy"} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, "%q orders", s)
	}
	comp := trigger.Competitor()
	for _, s := range []string{"I need a contractor to quote my roof", "can you send a guy to quote the job this week?", "I think you can do better on the price", "ok, convénceme"} {
		require.False(t, ruleFires(t, comp, s), "%q names no competitor", s)
	}
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"the ac is not cooling on both floors", "need an ac tune up for both units", "mantenimiento del aire en las dos unidades"} {
		require.False(t, ruleFires(t, hv, s), "%q is a repair", s)
	}
	for _, s := range []string{"we need a new system for the three floors", "aire central nuevo para las dos plantas"} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
	requireNotFrustrated(t, "ya no se que hacer con mi mama, necesita cuidado en casa", "my store got hit last night, straight robbery, need cameras asap",
		"my brother says you all are crooks lol but I still want a quote")
	requireFrustrated(t, "you guys are thieves")
}

// TestThirdReviewOfStop43Judgement: from dev219 and dev223 and the third
// review of stop 43. Asks: "I'd rather explain this live", "prefiero
// explicarlo en vivo", an extension asked for, "llámenme nomás", "¿me
// llamáis vosotros?"; not: a technician's visit, a number to pass on, an
// extension on a cord. Orders asked politely commit ("can you send
// someone out friday?"), a lost deal and a product's price do not
// compare or commit; maintenance on both units is no high-value job;
// "let's circle back again next week" and waiting on the bank are no
// frustration.
func TestThirdReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	requireAsks(t, "I'd rather explain this live than in 15 texts", "prefiero explicarlo en vivo, por escrito me enredo",
		"what's the extension for the underwriting person I spoke with", "ya pues, llámenme nomás", "esto por mensajes es un lío, ¿me llamáis vosotros?")
	requireNoAsks(t, "el técnico puede venir el jueves en la mañana", "¿me pasa el número de la oficina? es para dárselo a mi cuñado",
		"what's the extension on that cord", "I'd rather explain it to my wife in person first", "lol no, no me llames, me da ansiedad el phone")
	for _, s := range []string{"can you send someone out friday morning?", "can you put me down for saturday?"} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, "%q commits", s)
	}
	for _, s := range []string{"decision's made, we're going with the other vendor", "please set me up for a quote, just want to compare"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q commits to nothing", s)
	}
	comp := trigger.Competitor()
	require.False(t, ruleFires(t, comp, "the tankless uses less gas and is cheaper to run right?"))
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"replace the filters on both units", "install a new thermostat on both floors"} {
		require.False(t, ruleFires(t, hv, s), "%q is upkeep", s)
	}
	requireNotFrustrated(t, "let's circle back again next week", "still waiting on the appraisal I ordered from the bank",
		"apparently the system now says I'm approved! what's next?")
	requireFrustrated(t, "like I said, you guys are thieves", "I was on hold with your office for 45 minutes today. Shameful.")
}

// TestToolUsedNowCompared: the tool used now, then the question, is a
// comparison ("we use it right now but the fees keep going up. what's
// different with you guys?", "ahorita uso otro, ¿el suyo es mejor?"),
// and "ya estoy ready, mándamelo" commits.
func TestToolUsedNowCompared(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, s := range []string{"we use another app right now but the fees keep going up. what's different with you guys?", "ahorita uso otro programa, ¿el suyo es mejor o qué?"} {
		require.True(t, ruleFires(t, comp, s), "%q compares", s)
	}
	require.GreaterOrEqual(t, trigger.Judged("ya estoy ready, mándamelo ahorita").Commitment, 2)
}

// TestIfNotTalkToOne: "if not" opening a clause negates nothing after
// it, and "one" stands for the person named before: "is this a real
// person? if not I need to talk to one" asks; "talk to one of the
// owners" names no person asked for before.
func TestIfNotTalkToOne(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Is this a real person? If not I need to talk to one", "is there an agent near me? I need to talk to one")
	requireNoAsks(t, "which house do I need to talk about? the blue one", "if not interested I will not call you")
}

// TestFourthReviewOfStop43Judgement: what the fourth review of stop 43
// found. "We were going with you until the price went up" and a visit
// asked for a quote commit to nothing, nor does "just comparing" hedge a
// yes said after it; "what's different about you guys?" with no tool
// named compares with nobody, "what makes you different?" after a tool
// does; a rate lock's extension and "prefiero explicarle a mi esposa en
// persona" ask for no one; a neighbour's "told me you guys are crooks"
// and a house called shameful are no frustration; new central air for
// both floors is high value.
func TestFourthReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"we were going with you until the price went up", "could you send someone out today to give me a quote?"} {
		require.Less(t, trigger.Judged(s).Commitment, 2, "%q commits to nothing", s)
	}
	require.GreaterOrEqual(t, trigger.Judged("we were just comparing at first but you won. let's do it").Commitment, 2)
	comp := trigger.Competitor()
	require.False(t, ruleFires(t, comp, "hey what's different about you guys? just curious what you do"))
	require.True(t, ruleFires(t, comp, "Mostly the big job board, honestly it's been fine. What makes you different?"))
	requireNoAsks(t, "what's the extension for the rate lock going to cost?", "prefiero explicarle a mi esposa en persona primero")
	requireNotFrustrated(t, "my neighbor told me you guys are crooks lol, but the reviews look good", "the state of the house is shameful, the tenants trashed it")
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "need new central air for both floors"))
}

// TestFifthReviewOfStop43Judgement: what the fifth review of stop 43
// found. "what's the extension for billing?" asks; "quote looks good,
// can you send someone out friday?" commits while "just comparing at
// this point" still hedges; "I have Square, what's different about you?"
// compares; "your customer service is shameful" and "on hold 20 minutes
// again" are frustration; new air filters are no high-value job.
func TestFifthReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	requireAsks(t, "what's the extension for billing?")
	require.GreaterOrEqual(t, trigger.Judged("quote looks good, can you send someone out friday?").Commitment, 2)
	require.Less(t, trigger.Judged("ok send me the paperwork but just comparing at this point, first time buyer here").Commitment, 2)
	require.True(t, ruleFires(t, trigger.Competitor(), "I have Square, what's different about you?"))
	requireFrustrated(t, "your customer service is shameful", "on hold 20 minutes again")
	require.False(t, ruleFires(t, trigger.HighValueScope(500000), "need new air filters for both units"))
}

// TestSixthReviewOfStop43Judgement: what the sixth review of stop 43
// found. "I have a question, what's different about you guys?" names no
// tool; "what's the extension to the kitchen going to run?" asks for no
// one while "what is the extension for the loan department?" does;
// "That's shameful." is frustration, a shameful neighbourhood and an
// hour on hold with the IRS are not; new air conditioning for both
// floors is high value.
func TestSixthReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	require.False(t, ruleFires(t, trigger.Competitor(), "I have a question, what's different about you guys?"))
	requireNoAsks(t, "what's the extension to the kitchen going to run?", "what's the extension for the back deck")
	requireAsks(t, "what is the extension for the loan department?")
	requireFrustrated(t, "That's shameful.")
	requireNotFrustrated(t, "I'll be on hold with the IRS for hours today", "shameful what happened to the neighborhood, prices dropped")
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "new air conditioning for both floors"))
}

// TestSeventhReviewOfStop43Judgement: what the seventh review of stop 43
// found. An extension asks unless a term or a room is named after it
// ("for Maria" asks, "to the kitchen" does not); another company's
// number "que tiene mi hipoteca" asks for no one of the sender's; "I
// already have a realtor, what's different?" compares; air conditioning
// parts for both units are no high-value job.
func TestSeventhReviewOfStop43Judgement(t *testing.T) {
	t.Parallel()
	requireAsks(t, "what's the extension for Maria?", "what's the extension for the front desk")
	requireNoAsks(t, "what's the extension to the kitchen going to run?", "cual es el numero de la compania que tiene mi hipoteca?")
	require.True(t, ruleFires(t, trigger.Competitor(), "I already have a realtor, what's different about you?"))
	require.False(t, ruleFires(t, trigger.HighValueScope(500000), "new air conditioning filters for both units"))
}

// TestReadinessInDealSteps: readiness told as a step of the deal, with
// no stock word: the deposit or earnest money to be paid ("Who do I
// wire the earnest money to?", "¿A qué cuenta deposito el adelanto?"),
// papers returned at once, coming in to sign, a rate taken, "if you can
// close by the end of February, it's yours", a closing date asked for.
// Questions about the process, a relative's nagging yes, a yes only
// imagined, ready for something else, a step asked about stay under 2.
func TestReadinessInDealSteps(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Who do I wire the earnest money to?",
		"¿A qué cuenta deposito el adelanto?",
		"¿a nombre de quién hago el depósito del enganche?",
		"bro, te mando el earnest money hoy, just give me the wire info",
		"Email me the disclosure forms, I'll have them back to you by tonight.",
		"mándeme la documentación y hoy mismo se la regreso llenita",
		"Mañana puedo pasar a firmar. ¿A qué hora abren?",
		"I'll take the 30-year fixed at the rate you quoted. What's the lock fee?",
		"I start the new job in Denver on March 3rd. If you can close by the end of February, it's yours.",
		"Already have the inspection report, can we close by the 20th?",
		"my wife says let's do it",
	} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{
		"Do I have to pay a deposit upfront?",
		"how much is the earnest money usually?",
		"I'll take the kids to school first then call you",
		"the decision is yours, I just want a fair price",
		"voy a pasar a firmar con la otra compañía",
		"My brother keeps saying \"let's do it\" but I need to sleep on it. It's our childhood home.",
		"mi realtor dice que move forward, pero yo no estoy tan seguro",
		"let's do it... es lo q diría si tuviera el dinero jaja. Ahorita no",
		"Estoy ready pa' llorar, not to sign anything. Hablamos later.",
		"Wait, move forward con qué? Nobody explained what the fee is for yet.",
	} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestIndirectAsksCustomerService: asks for a person in other words, in
// customer-service chat and in regional Spanish: "get me to a
// specialist", a time booked with an underwriter, a quote to go over
// with someone, "sit down con el dueño", a call owed ("nobody returned
// my voicemail", "quedaron de marcarme el lunes y nadie se comunicó"),
// "que me eche un grito", "¿no será más fácil por teléfono?", a number
// asked for, "cara a cara", "con ese quiero hablar", "¿me lo pueden
// conectar?", "¿me pone en contacto con…?". Look-alikes: a paper to be
// passed, a wait for something else, a technician's call, a neighbour's
// talk that went well, a human underwriter asked about.
func TestIndirectAsksCustomerService(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I tried the chat assistant, but I think my question needs someone with experience. Can you get me to a specialist?",
		"Would it be possible to book a time with an underwriter to go through my conditions together?",
		"Nobody ever returned my voicemail from Thursday. I'd still like to go over the quote with someone.",
		"Tengo un building con 12 unidades y I'd like to sit down con el dueño de la compañía.",
		"Quedaron de marcarme el lunes y nadie se comunicó. Sigo esperando la llamada.",
		"Hey, me dijeron que un agent me iba a llamar ayer y nada. Still waiting.",
		"dígale al jefe q me eche un grito al cel, ando en la troca todo el dia",
		"disculpe, ya son muchas preguntas x aqui. ¿No será más fácil por teléfono?",
		"Che, ¿tenés un fijo o un celu donde te ubique? por acá no llegamos a nada",
		"yo soy old school, I do business face to face. ¿cuándo nos juntamos?",
		"a ver, ¿quien es el q decide ahi? con ese quiero hablar",
		"the adjuster de la otra vez, ¿me lo pueden conectar? él ya vio los daños",
		"Sumercé, ¿me pone en contacto con quien maneja los créditos?",
		"el sabado estoy en la casa toda la mañana, q venga alguien de ustedes a verla y platicamos ahi",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"¿me lo pueden pasar por correo?",
		"still waiting on the appraisal, any news?",
		"sigo esperando los papeles del banco",
		"can you get me to the closing faster?",
		"the inspector told me to sit down with my lender first",
		"el técnico dijo que me iba a llamar para la cita, y nada",
		"la vecina habló con un representante de ustedes y le fue bien, x eso escribo",
		"Is a human underwriter the one reviewing my file or is it automated? Just want to understand the process",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
}

// TestHighValueInPlainWords: a high-value lead told in plain words: a
// crew of hundreds ("35 crews, 300 and something guys"), boats to
// insure, sites by the dozen ("38 shops across Arizona"), both units and
// the ducts ("might as well do the whole house at once"). A count of
// 1099 contractors, a fleet of trucks for dispatch software and three
// shops are not.
func TestHighValueInPlainWords(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	fires := func(s string) bool { return ruleFires(t, hv, s) }
	for _, s := range []string{
		"ok so after Ida he took contracts everywhere. a busy week is like 35 crews, 300 and something guys between all the jobs",
		"all of it really. four trawlers, the dock they tie up at, the ice house, and the two reefer trucks",
		"all of them eventually. 38 shops across Arizona and New Mexico, 6 to 10 people on the registers at each one",
		"replace. both of them, and honestly the ducts too, half of them are crushed up in the attic. might as well do the whole house at once",
	} {
		require.True(t, fires(s), s)
	}
	for _, s := range []string{
		"a veces, 1099 guys. mi contador me llamó ayer diciendo que necesito certificates de ellos",
		"ahorita 15 trucks",
		"we have 3 shops in town, thinking about a fourth",
	} {
		require.False(t, fires(s), s)
	}
}

// TestFrustrationInGrief: anger said with no stock word, by leads in
// grief or hardship: "am I talking to a toaster?", "is there anyone on
// your end who actually reads these", "who trained this thing?", "same
// question, fourth time", "Wow. Just wow.", "you still charged my card.
// Twice.", "el técnico vino sin las piezas", "no puedo más con ustedes",
// "a single human being over there with a heart?". Look-alikes: amazed
// ("wow, just wow, the kitchen looks amazing"), asking whether it is a
// bot, a second visit planned, a pipe that burst for the third time,
// "no puedo más con esto del calor jaja".
func TestFrustrationInGrief(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Is there anyone on your end who actually reads these, or am I talking to a toaster?",
		"Who trained this thing? It keeps calling me Robert. I'm Roberta, and Robert was my father, and he's dead.",
		"Same question, fourth time: what is the offer. Not a \"range.\" Not \"depends.\" The number.",
		"Y'all really sent a \"congrats on your new home!\" when we got evicted. Wow. Just wow.",
		"Canceled the trial when we shut the shop down, and you still charged my card. Twice. The week of the funeral.",
		"El técnico vino sin las piezas. Otra vez. Es la tercera visita y el calentador de mi mamá enferma sigue sin funcionar.",
		"Me quedé sin trabajo, me estoy divorciando y ahora su portal no me deja entrar. De verdad que no puedo más con ustedes.",
		"Do you people have a single human being over there with a heart?",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{
		"wow, just wow, the kitchen looks amazing in the photos",
		"is there anyone on your team who actually reads spanish? my mom prefers it",
		"am I talking to a bot? just curious, no worries",
		"es la segunda visita del técnico, la primera fue para medir",
		"Hola, mira, se nos reventó otra pipe este invierno, ya es la tercera vez.",
		"no puedo más con esto del calor jaja, ¿cuándo pueden venir?",
		"you guys still charging me the old rate or the new one?",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestIndirectAsksCaribbean: asks for a person in other words from
// Puerto Rican, Dominican, Colombian and Venezuelan leads: "prefiero
// oír una voz", "deme un teléfono y yo mismo marco", "¿tienen un número
// fijo?", "necesito que alguien me oiga", "¿hay forma de hacer esto por
// teléfono?", "quiero a alguien de la empresa", "¿me lo consigue?",
// "que vengan y lo hablemos", "I explain better talking", "I rather go
// in person", "need this escalated", "I missed a call de ustedes, can
// you guys try again?". Look-alikes: a name after a title ("Llámeme Don
// Cheo"), a reference number, someone sent to measure, an appointment
// the appraiser missed.
func TestIndirectAsksCaribbean(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Yo prefiero oir una voz, con todo respeto. No me gusta hacer negocios con una maquina",
		"Con todo el respeto, pero lo del banco no lo hablo con robots. Deme un telefono y yo mismo marco",
		"tienen un numero fijo o algo? mi mama quiere saber con quien estamos tratando antes de firmar na",
		"Eso no se explica x texto, necesito que alguien me oiga",
		"Hay forma de hacer esto por telefono? estoy manejando por la 417 y no puedo estar escribiendo",
		"no quiero seguir con el asistente virtual, quiero a alguien de la empresa",
		"Aqui el problema es que tengo preguntas que solo el gerente puede contestar, me lo consigue?",
		"Me sale mejor que vengan y lo hablemos en la sala de mi casa con un cafecito",
		"chamo la vaina es que I'm not good at writing, I explain better talking, sabes?",
		"Tienen office aqui en el Bronx? I rather go in person pa lo del seguro del carro",
		"who's your supervisor? need this escalated today",
		"I missed a call de ustedes como a las 3, can you guys try again? ya estoy free",
		"Me gustaría agendar una cita presencial con el ajustador para revisar el reclamo en persona.",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"Llameme Don Cheo, que aqui en el barrio nadie me conoce por Jose",
		"dame un numero de referencia para el reclamo y yo llamo al banco",
		"quiero a alguien de la empresa que venga a medir",
		"can you guys try again tomorrow? the appraiser missed the appointment",
		"mi hija me explica mejor hablando que por texto jaja",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
}

// TestStop44ReviewLookAlikes: the second review of this stop's cues.
// The lead's own people, lender, bank or appraiser, an appliance to
// connect, a phone as a device, a meeting refused or past, a quote taken
// to someone, a wire-fraud worry, a refusal or a process question about
// signing or closing, goods returned, a whole house not wanted, amenities
// and acreage, a heart condition, praise after "wow", tenants, a free
// visit: none is an ask, readiness, high value or frustration. Their
// variants are, and the cues' own exclusions no longer drop real
// commitments.
func TestStop44ReviewLookAlikes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Let me sit down with my team this week and I'll get back to you",
		"Let me sit down with my realtor and go over your offer",
		"Let me sit down con la esposa and I'll let you know",
		"I'll go over it with someone at my bank before I decide",
		"Still waiting on the call from my lender before I can commit",
		"Mi banco quedó de llamarme, sigo esperando la aprobación",
		"Yo les iba a llamar ayer y nada, se me pasó. ¿Qué necesitan?",
		"El tasador quedó de llamarme para la cita y nada",
		"La secadora nueva, ¿me la pueden conectar también?",
		"Mi esposa decide, con ella necesito hablar primero",
		"Le mando las fotos por aquí, es más rápido por cel",
		"Todo por texto porfa, nada de cara a cara",
		"Ya hablamos cara a cara con el vendedor la semana pasada",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"Quedaron de llamarme y nunca me llamaron",
		"Me iban a llamar el lunes y hasta ahorita nada",
		"I'd like to sit down with someone from your team",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"I'll take the quote to my wife and see what she thinks",
		"I'll take the offer to my attorney and get back to you",
		"If you want the old water heater, it's yours",
		"Why do you need my routing number?",
		"Got an email asking me to update wire instructions, is that you guys?",
		"Why would I come in and sign anything before seeing numbers?",
		"Cuando firmemos, ¿cuánto tarda el proceso?",
		"Can we close on a Saturday or do title companies not do that?",
		"The thermostat you installed is the wrong model, I'll send it back to you tomorrow",
		"El taladro que dejó el técnico se lo devuelvo mañana",
	} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{
		"Let's do it what time works for you",
		"Sí, firmo hoy, ni se preocupe",
		"No need to sleep on it, let's do it",
		"Let's do it. Just make sure not to close before the 30th",
		"Yo diría que adelante, mándame el contrato",
		"Te los regreso firmados hoy",
		"How do I send the earnest money?",
		"Can I come sign tomorrow?",
	} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	hv := trigger.HighValueScope(500_000)
	for _, s := range []string{
		"I don't want to do the whole house at once, just the kitchen",
		"The condo is walking distance to dozens of restaurants and shops",
		"Looking for a home with room for 2 boats",
		"We're on 150 acres with 4 workers, need farm liability",
		"I pay 300 for 2 guys to mow every week",
	} {
		require.False(t, ruleFires(t, hv, s), s)
	}
	for _, s := range []string{
		"Mejor hacemos toda la casa de una vez",
		"we have a dozen shops in Phoenix",
	} {
		require.True(t, ruleFires(t, hv, s), s)
	}
	for _, s := range []string{
		"Do you cover anyone with a heart condition?",
		"Wow. Just wow. You guys are awesome, best rate I've seen",
		"No puedo más con ellos, los inquilinos me deben 4 meses",
		"¿Es la tercera visita gratis o se cobra?",
		"Es la tercera vez que los llamo para un servicio, siempre quedo muy contento",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{
		"No puedo más con esta compañía",
		"El técnico vino sin las refacciones. Otra vez.",
		"Is there a single person there with a heart",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestReadinessInClosingSteps: readiness told as the closing arranged
// or the place given, with no stock word: "the house is yours", "se la
// vendo", "get the title company going", "what's the earliest closing
// date", "¿cuándo cerramos?", keys left, papers ready to send, an order
// in Spanish ("aseguren la guagua desde hoy", "amarren la tasa hoy"),
// "switch me over", "my husband said yes", "no necesito pensarlo más".
// Put off, taken back or for the lead's own job, it is not: "let's do it
// sometime next year", "let's do it... nah just kidding", "ready to
// paint the kitchen ourselves", "moving forward with the kitchen remodel
// first", "I'd be ready to go, but right now no", "ready for Christmas".
// A price accepted alone stays short of readiness.
func TestReadinessInClosingSteps(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Not gonna keep you waiting anymore, the answer is yes. Mom's house is yours.",
		"Se la vendo. Nomás díganme dónde dejo las llaves.",
		"We don't need to see it again. Get the title company going.",
		"I already told the other two buyers no. Whats the earliest closing date u can do",
		"Acho, ese precio me funciona. ¿Cuándo cerramos? Tengo que estar en Puerto Rico pa' diciembre.",
		"What time should I be at the title office Tuesday? I'll bring my license.",
		"Ya junté los talones de pago y las planillas de los últimos dos años. ¿A qué correo se los mando?",
		"Aseguren la guagua nueva desde hoy, la recojo en el dealer a las 4.",
		"Bendito, por fin bajó. Sí, amarren la tasa hoy antes de que suba otra vez.",
		"Switch me over, la renewal con la otra compañía es el 12.",
		"My husband said yes 🙌 Do you need both our IDs or just mine?",
		"No necesito pensarlo más. Díganme la fecha y ahí estamos con la escritura.",
		"How do I get you the deposit? Is Venmo ok or does it gotta be a check",
	} {
		require.GreaterOrEqual(t, trigger.Judged(s).Commitment, 2, s)
	}
	for _, s := range []string{
		"Let's do it sometime next year, once the kids are out of the house.",
		"Let's do it... nah just kidding, todavía lo estoy pensando lol",
		"We're ready to paint the kitchen ourselves, just wanted a ballpark on cabinets for down the road.",
		"We're moving forward with the kitchen remodel first, the roof will have to wait till spring.",
		"If the rate drops under 6 I'd be ready to go, but right now no.",
		"Ya estamos ready for Christmas en la oficina, so nothing new until January.",
		"that price works for me",
	} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
}

// TestFrustrationAtTheSender: frustration at the sender in plain words:
// "¿No tienen corazón?", "Y'all don't care, eh?", "Así no se trabaja",
// "who is running this?", "worse than the Secretary of State office", "a
// better offense than your customer service", "¿Leen o nomás contestan
// por contestar?", "van tres visitas", "¿tú te crees que yo tengo todo
// el día?", "Qué conveniente.". Not frustration: the lead's own question
// called stupid or dumb, who runs a project, a child who does not care,
// visits counted with thanks.
func TestFrustrationAtTheSender(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Mi mamá se murió hace dos semanas y ustedes llamando a cada rato por su casa. ¿No tienen corazón?",
		"Toda la semana sin AC con un baby en la casa. Y'all don't care, eh?",
		"Me dejaron el sótano peor de como estaba. Así no se trabaja, señores.",
		"Neta, who is running this? Tres técnicos, tres precios diferentes.",
		"Ustedes are worse than the Secretary of State office y eso es decir mucho.",
		"The Browns have a better offense than your customer service, and that's saying something.",
		"Se suponía que era una reparación de una hora. Van tres visitas y el calentador sigue sin servir.",
		"Nene, ¿tú te crees que yo tengo todo el día? Contesta lo que te pregunté.",
		"Oh ok so now the rate is different \"porque cambió el mercado.\" Qué conveniente.",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{
		"Stupid question probably, but do you guys do gutters too?",
		"Ok this might be dumb pero what's escrow exactly?",
		"that's a great question, who is running this project on your side?",
		"my kids don't care where we move as long as there's a pool",
		"van tres visitas y todo quedó perfecto, gracias",
		"qué conveniente que tengan oficina cerca de mi casa",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestCaregiverAsks: asks from caregivers and ranch families: "can
// whoever that was try again this afternoon?" after a missed call, "I'd
// want to deal with them directly", "anybody free to go over this out
// loud tonight?", "¿podemos platicarlo de viva voz?".
func TestCaregiverAsks(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I missed a call from your office yesterday. Can whoever that was try again this afternoon?",
		"Who owns the company? I'd want to deal with them directly.",
		"Anybody free to go over this out loud tonight? I'm with Mom at the hospital until 7.",
		"Por mensaje no le voy a poder explicar todo lo del terreno. ¿Podemos platicarlo de viva voz?",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	require.False(t, trigger.Judged("read it out loud to my dad, he can't see the screen").ExplicitAsk)
}

// TestStop44ThirdReview: the third review of this stop's cues.
func TestStop44ThirdReview(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	notReady := []string{
		"my husband said yes to the other company",
		"My wife said yes to the idea but not at that price",
		"mi esposo dijo que si puede ir el martes",
		"no necesito pensarlo más, no me interesa",
		"I'll leave the key under the mat for your plumber",
		"where do I leave the keys for the inspector tomorrow?",
		"Cuando firmamos con la otra compañía nos cobraron de más",
		"come sign what? I never agreed to anything",
		"can you switch me over to email instead of texts?",
		"We're ready to talk numbers, not to move forward yet",
		"Sounds good, let's do it. We need to sleep on it though",
		"mi casa es suya, pase cuando quiera a ver el techo",
	}
	for _, s := range notReady {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	ready := []string{
		"Let's do it. Right now no one is home but tomorrow after 5 works",
		"Dale, adelante con la póliza. Por ahora no necesito la de inundación",
		"We're ready to move forward, we'll handle the permits ourselves",
		"Let's do it, we want it installed before next year",
		"If you guys can do 250 it's yours",
		"If u do 200k it's yours",
		"could we close on Friday?",
		"¿a qué correo se los mando?",
		"upload link?",
		"My husband said yes 🙌 Do you need both our IDs or just mine?",
	}
	for _, s := range ready {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{
		"¿me lo consigue más barato? el otro me lo dejaba en 1,200",
		"voy a pasar al banco para que me expliquen lo del préstamo",
		"ocupo alguien de la oficina que me mande la factura por correo",
		"necesito a alguien de la compañía que venga a revisar la fuga",
		"prefiero por voz, te mando una nota de voz",
		"mejor por voz, le mando un audio",
		"I'll escalate it to my attorney if this isn't fixed",
		"we need this escalated to the city, the permit is stuck",
		"I rather go in person to the bank and get a cashier's check",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"can we sit down with the adjuster",
		"still waiting on the call from your underwriter",
		"Llámeme Doña Rosa a las 3 por favor",
		"ya quiero verlos cara a cara para firmar",
		"mi esposa habló con la agente Marta, con ella necesito hablar",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	require.False(t, ruleFires(t, hv, "Toda la casa de una vez? no, nomás el baño"))
	for _, s := range []string{
		"is there anyone with a heart over there? my mom is 82 and has no heat",
		"es la tercera visita y sigue goteando",
	} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
}

// TestStop44FourthReview: the fourth review of this stop's cues.
func TestStop44FourthReview(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Honestly I can't keep doing this with the tenants, I just want to sell the house",
		"Van tres visitas a la casa y nos encanta, ya queremos hacer la oferta",
		"Van 3 visitas programadas: lunes, miércoles y viernes, ¿está bien?",
		"Qué conveniente, el sábado tengo libre, ¿pueden venir a las 10?",
		"Parking is worse than at your old office lol",
		"El estacionamiento está peor que en la oficina vieja",
		"I saw the open house sign on Elm, who is running that?",
		"You don't care if I send the W2s tomorrow, right?",
	} {
		require.False(t, trigger.Analyze(s).Frustrated, s)
	}
	for _, s := range []string{
		"Don't worry about the HOA, I'll deal with them directly",
		"The roofer sent me a quote too, I'll deal with him directly",
		"I'll go through it out loud with my wife tonight",
		"Me lo dijo de viva voz su agente que la instalación venía incluida",
		"I'm the property manager, I'll sit down with the owner this week and get back to you",
		"still waiting on the call back from my lender",
		"Ya nos vimos cara a cara la semana pasada, gracias",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"Necesito a alguien de la compañía que me explique, el banco me pide el seguro",
		"Necesito a alguien de la oficina para ver lo del contrato",
		"Mejor por voz, ya les mandé audios y nadie contesta",
		"I'd rather go in person to the office",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"Ready to move forward but right now no money for the deposit",
		"Estoy listo para firmar pero ahorita no tengo para el enganche",
	} {
		require.Less(t, trigger.Analyze(s).Commitment, 2, s)
	}
	for _, s := range []string{
		"Mi esposa dijo que sí a la oferta",
		"No necesito pensarlo más, lo único que no sé es la fecha de cierre",
		"Listo, cuando cerramos",
		"Dejamos las llaves el viernes en la title, el inspector ya vino",
	} {
		require.GreaterOrEqual(t, trigger.Analyze(s).Commitment, 2, s)
	}
	require.True(t, ruleFires(t, trigger.HighValueScope(500_000), "Toda la casa de una vez, no solo la cocina"))
}

// TestCaregiverAsksFifthReview: a voice note offered is no ask, one sent
// in vain is; "de viva voz" asked for is one, told of is not; "can I
// deal with you directly?", "I'll sit down with you guys whenever works",
// a call back owed by the agent; a repair visit is no ask.
func TestCaregiverAsksFifthReview(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Mejor por voz, te dejo un audio",
		"Prefiero por voz, ¿le puedo mandar un audio?",
		"Necesito a alguien de la compañía que venga a ver la fuga",
		"Me lo dijo de viva voz su agente que la instalación venía incluida",
	} {
		require.False(t, trigger.Judged(s).ExplicitAsk, s)
	}
	for _, s := range []string{
		"Quiero que me lo expliquen de viva voz",
		"Prefiero de viva voz",
		"Can I deal with you directly instead of the app?",
		"I'll sit down with you guys whenever works, can we set that up?",
		"Still waiting on that call back from the agent you promised",
		"Mejor por voz, ya les mandé audios y nadie contesta",
	} {
		require.True(t, trigger.Judged(s).ExplicitAsk, s)
	}
}

// TestAskClassesStop46: asks a hard development set of stop 46 showed
// the rules missing (a number asked for with "got"/"have", a person asked
// to ring the lead's cell, hearing it from a person, a rep asked to come
// by), and look-alikes: a meeting with someone else, a number for a
// neighbour or a figure, a number to fill in on a form.
func TestAskClassesStop46(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"y'all got a phone number? typing all this is a pain",
		"do you have a direct line",
		"could you have the woman who did our walkthrough call my cell",
		"I'd be more comfortable hearing this from a person.",
		"Can your rep swing by the shop Friday morning?",
		// a question, not a plan told
		"Am I meeting with a loan officer or an assistant? Either way let's book it.",
	)
	requireNoAsks(t,
		"I'm meeting with a realtor Saturday, I'll know more after",
		"we're meeting with our attorney on Monday",
		"do you have a number in mind for the deposit?",
		"Do y'all have a number I can pass to my sister? She wants a quote too.",
		"Do you have any line items for the permit fees?",
		"do y'all have a number yet? the other installer quoted 12k",
		"We have the tenants call my cell when something breaks, is that okay?",
		"¿Cuál es el número que pongo en la solicitud, el mío o el de mi esposa?",
	)
}

// TestAskClassesStop46Second: asks a second round of hard development
// sets showed missing, mostly Spanish and Spanglish (someone of the
// company to ring the lead, a call offered instead of texts, a time to
// talk by phone), a staff member to ring back, and the number of the one
// who came out; beside them, the same words about someone else.
func TestAskClassesStop46Second(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"Quiero que alguno de ustedes me llame hoy, ya me cansé de escribir.",
		"Por aquí no le entiendo, mejor una llamadita.",
		"Que alguien me dé una llamada para lo del depósito, por favor.",
		"¿Cuándo podemos platiquemos por teléfono? Mañana salgo temprano.",
		"What time works para una llamada? I'm off at 4.",
		"I need to hablar con un loan officer first.",
		"Can your roofer who measured Tuesday hit me back tonight?",
		"Please put me in touch with Arlene, she did our first quote.",
		"Can your installer hit me back tonight?",
		"Send me the number for the lady who did our estimate, please.",
	)
	requireNoAsks(t,
		"I need to hablar con el banco primero.",
		"Can the lender reach out to you directly? I don't understand the numbers.",
		"Would the bank give me a call or do I need to call them?",
		"Here's the number for the guy who did our roof, he can vouch for the work.",
		"Mandé todo al abogado para que me explique.",
		"my brother-in-law put me in touch with you guys",
	)
	// a call-back asked for, never a call to someone else
	requireAsks(t, "Regrésame la llamada al rato porfa.", "Por favor devuélvanme la llamada a mi celular.")
}

// TestFrustrationClassesStop47: dev244 (stop 47) read two reasons to
// move as anger at the sender. Fed up with paying or keeping something of
// the lead's own, the verb carrying its pronoun ("pagarle", "rentarle",
// "mantenerla"), is a reason to buy or sell, as the bare infinitive was;
// someone of the lead's own who is "not helping" is no complaint about
// the sender. Lines in our own words; the sender named, or a sender's
// verb with its pronoun ("escribirles"), stays frustration.
func TestFrustrationClassesStop47(t *testing.T) {
	t.Parallel()
	requireNotFrustrated(t,
		"Diez años rentando, ya estamos cansados de pagarle a otro.",
		"Estoy harta de rentarle a ese señor, por eso queremos comprar.",
		"Ya me cansé de mantenerla, la casa es muy grande para mí sola.",
		"We split last spring and I can't cover the note alone. He's not helping with any of it.",
		"My ex is never helping with the kids or the bills, so the house has to go.",
	)
	requireFrustrated(t,
		"Ya me cansé de escribirles y nadie me contesta.",
		"Estoy harta de explicarles lo mismo cada semana.",
		"You're not helping at all.",
		"He's not helping and you guys aren't either.",
		"Your team is not listening, I said Tuesday.",
	)
}

// TestCompetitorClassesStop47: an offer told, then "can y'all beat it" or
// "¿ustedes pueden mejorarlo?" (the pronoun after the verb), and a
// number a company sent ("ya me mandó un número"), in our own words. The
// same verbs with no offer before them, or a number from a relative, are
// no competitor.
func TestCompetitorClassesStop47(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, s := range []string{
		"The lender at my job has me penciled in at 6.4, wondering if y'all can beat it.",
		"Me ofrecieron 6.5 en otro lado, ¿usted puede mejorarla?",
		"Una empresa de esas que compran al contado ya nos mandó un número.",
	} {
		require.True(t, ruleFires(t, comp, s), s)
	}
	for _, s := range []string{
		"¿Ustedes pueden mejorarla? La cocina necesita pintura y piso.",
		"Honestly you could top it with a metal roof, the old one's shot.",
		"Mi cuñado me mandó un número de un electricista.",
	} {
		require.False(t, ruleFires(t, comp, s), s)
	}
}

// TestOutOfScopeRateStop47: a rate asked in Spanish or Spanglish with a
// word between the question and the rate ("qué interest rate me
// darían", "cuál es la tasa que nos tocaría") is pricing; a rate only
// told about is not.
func TestOutOfScopeRateStop47(t *testing.T) {
	t.Parallel()
	oos := func(s string) []trigger.Topic { return trigger.Analyze(s).OutOfScope }
	for _, s := range []string{
		"Oye, con 620 de score y 3% down, ¿qué interest rate me darían?",
		"¿Cuál es la tasa que nos tocaría si damos el 10 por ciento?",
	} {
		require.Contains(t, oos(s), trigger.TopicPricing, s)
	}
	for _, s := range []string{
		"Qué bueno que la tasa me darían fija, ¿verdad?",
		"La tasa me la dieron en el banco anterior, ya cerramos.",
	} {
		require.NotContains(t, oos(s), trigger.TopicPricing, s)
	}
}

// TestAskClassesStop47: the ask classes of dev245 and dev246 in our own
// words: the house phone named for a call, a telephone discussion
// wished for, one of the business's people wanted at the lead's, a
// landline's hours given, and in Spanish someone of the business to seek
// the lead out or to explain by phone. The look-alikes: a call of the
// past or of someone else, texts preferred, a claim's number.
func TestAskClassesStop47(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"Not a texter, honestly. Could you ring the house after six?",
		"Please call the landline instead, the cell hardly works out here.",
		"I would prefer to discuss the offer by telephone if that suits you.",
		"Could we chat about it by telephone?",
		"I'd want one of your folks out here to look at it with me.",
		"The landline works anytime after five.",
		"Mejor que me busque el señor de la oferta.",
		"Mi papá quiere que alguien le explique el seguro por teléfono.",
	)
	requireNoAsks(t,
		"The inspector will call the house first, then come by.",
		"I'll call the house and ask my son where the papers are.",
		"We don't need one of your guys out here, the photos are enough.",
		"I'd rather text than talk, calls are hard with my hearing.",
		"You can reach me at this number anytime, texts are best.",
		"¿Cuál es el número de póliza que les doy?",
		"Alguien me llamó por teléfono ayer pero no dejó mensaje.",
		// review: a house that is fine, visits of the past or already there
		"the house is fine after the storm, no damage at all",
		"home is fine anytime, nobody lives there",
		"one of your guys out here last month said the roof was fine",
		"we already have one of your agents over here doing the walkthrough",
	)
	requireAsks(t, "Can you send one of your guys out to look at the roof?",
		"¿Tiene el directo del señor que vino la vez pasada?",
		"Me gustaría seguir con la señora que me atendió.")
	requireNoAsks(t, "Quiero seguir con el proceso, ¿qué sigue?",
		"Gracias pero prefiero seguir con el agente que ya tengo.",
		"Lo pensé y no voy a vender la casa, quiero seguir con ella.",
		"Prefiero seguir con usted por mensaje, no tengo tiempo de llamadas.")
}

// TestCuesReviewStop47: the review of this stop's competitor and
// frustration changes: a claim's or an account's number and the
// sender's own offer to better are no competitor; a complaint about the
// sender's rep who "is not helping" is still frustration.
func TestCuesReviewStop47(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"la aseguradora me dio un número de reclamo",
		"el banco me dio un número de cuenta para el depósito",
		"su oferta de 180 está muy baja, ¿ustedes pueden mejorarla?",
	} {
		require.False(t, ruleFires(t, trigger.Competitor(), s), "%q names no competitor", s)
	}
	require.True(t, ruleFires(t, trigger.Competitor(), "una de esas compañías que compran casas ya me mandó un número de 200 mil, ¿ustedes pueden mejorarlo?"))
	require.True(t, trigger.Analyze("your rep said he'd call me back, he's not helping at all").Frustrated)
}

// TestDifficultyQuestionIsCalm: a short question that asks how hard a
// step is before taking it is calm, though the learned tier reads the
// difficulty words as exasperation; the same words about being answered,
// or with the lead's edge, are not.
func TestDifficultyQuestionIsCalm(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"¿qué tan difícil es llenar la solicitud?", "how hard is it to fill out the application?",
		"how easy is it to switch plans mid year?", "que tan complicado es sacar el permiso?"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"qué tan difícil es que me contesten?", "how hard is it to get a straight answer from you?",
		"qué tan difícil es contestar un mensaje, ustedes?", "how hard is it to answer one question?!"} {
		require.True(t, trigger.Judged(s).Frustrated, "%q", s)
	}
}

// TestPhoneAssistantCallsAreNoAsk: a short command to ring someone named
// ("ring jasper", "could you please dial marisol") or to call the lead a
// ride is a call placed for the lead, not one asked of a person, though
// the learned tier reads "call" and "ring" as an ask; a call to the lead,
// a time, a line of theirs or the household still asks.
func TestPhoneAssistantCallsAreNoAsk(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"ring jasper", "could you please dial marisol", "call me a taxi to the airport", "pls call me an uber"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q", s)
	}
	for _, s := range []string{"call me tomorrow", "please call me after 5, my husband will be home", "can you call me back",
		"call asap", "ring me tonight", "could you please call my cell", "please call urgently", "call urgente", "can you call mee"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q", s)
	}
}

// TestDifficultyOfTheSendersStep: how hard a step of the sender's is
// ("how hard is it to send a simple quote?") is exasperation; only the
// lead's own steps are asked calmly, and "con ustedes" after one names
// where the lead goes.
func TestDifficultyOfTheSendersStep(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"how hard is it to send a simple quote?", "how hard is it to show up on time?",
		"how hard is it to get a callback?", "que tan dificil es pedir una respuesta?",
		"qué tan difícil es conseguir que alguien me conteste?", "que tan dificil es mandar la cotizacion que prometieron?"} {
		require.True(t, trigger.Judged(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"qué tan difícil es cambiarse de compañía?", "qué tan difícil es cambiar con ustedes?"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
}

// TestSomeoneElseWillCall: a call someone else named will place ("my
// sister's gonna call me after her shift", "is the adjuster going to call
// me?", "will the tech call me first?", "mi hija me va a call mañana") and
// a name just given ("you can call me that too") are no asks; a request
// for their call ("can the inspector call me?", "have my agent call me")
// and anyone's call ("will someone call me today?") still are.
func TestSomeoneElseWillCall(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"my sister's gonna call me after her shift and we'll decide", "is the adjuster going to call me or should I call him?",
		"will the tech call me before he comes out?", "mi hija me va a call mañana desde Houston", "the guys at work call me Flaco, you can call me that too"} {
		require.False(t, trigger.Judged(s).ExplicitAsk, "%q", s)
	}
	for _, s := range []string{"could you have the inspector call me tomorrow?", "have my agent call me", "will someone call me today?", "please call me that afternoon"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q", s)
	}
}

// TestSendersPeopleStillCall: the review's findings: the sender's own
// people ("is your agent gonna call me", "is the realtor going to call
// me?") and "they" (the company) are no third party, and a want earlier
// in the message does not turn a relative's call into a request.
func TestSendersPeopleStillCall(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"is your agent gonna call me or what", "are they gonna call me? been waiting all day", "is the realtor going to call me?"} {
		require.True(t, trigger.Judged(s).ExplicitAsk, "%q", s)
	}
	require.False(t, trigger.Judged("i need to sell fast, my husband is gonna call me tonight about it").ExplicitAsk)
}

// TestEagerWaitIsCalm: "yes!! been waiting on this, send it over" is
// eagerness, not frustration; a long wait told is still frustration.
func TestEagerWaitIsCalm(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"yes!! been waiting on this, send it over and I'll sign tonight", "oh heck yes, been waiting for you guys, when can we close"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
	require.True(t, trigger.Judged("yes I've been waiting on this for weeks, nobody ever answers").Frustrated)
}

// TestAShortWaitToldIsFrustration: the review's findings on eagerWait: a
// wait of a week, an hour or all day is still frustration after "oh".
func TestAShortWaitToldIsFrustration(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"oh been waiting on you for a week", "yes been waiting on this all day, where is it"} {
		require.True(t, trigger.Judged(s).Frustrated, "%q", s)
	}
}

// TestSpanishAsksStop50: dev257 to dev259's indirect Spanish asks: a call
// that would settle it ("por teléfono lo arreglamos"), wanting to hear the
// buyer's voice, a person to answer instead of the machine, a missed call
// to return ("me la pueden regresar") and something to go over with a
// person. Their look-alikes stay: a phone that would not settle it, a
// document to return, going over it with the lead's own spouse, and what
// people at work call the lead.
func TestSpanishAsksStop50(t *testing.T) {
	t.Parallel()
	requireAsks(t, "eso por teléfono lo arreglamos en un ratito", "quisiera escuchar la voz del agente antes de firmar",
		"que me conteste una persona, no el robot", "Tengo una llamada perdida de este número, me la pueden regresar porfa",
		"eso lo quiero revisar con un asesor, no por mensaje")
	requireNoAsks(t, "por teléfono no lo resolvemos, mándeme fotos del techo", "lo voy a revisar con mi esposo y les aviso",
		"mi hermana dice que la cotización se la pueden devolver firmada mañana, ¿me la pueden regresar?",
		"todos en la chamba me llaman el Güero", `En el trabajo me llaman "la güera", jaja. ¿Ya está mi cotización?`)
}

// TestDev260Classes: dev260's misses as classes. Frustration: blame the
// lead lays on themselves ("I'm the worst", "sorry to be annoying"),
// joy with its emoji, a confusion past and cleared up are none; being one
// more slip from walking and waiting sarcastically while the sender
// sorts itself out are. Commitment: the crew let in to do the work, "John
// Hancock", where to pay; "just so I can read through it, not deciding
// till my brother weighs in" hedges.
func TestDev260Classes(t *testing.T) {
	t.Parallel()
	requireNotFrustrated(t, "ugh I'm the worst, I forgot the pay stubs, sending now", "sorry to be annoying, one more question about the deductible",
		"omg finally!!! we got the keys 🎉", "I was so confused by the escrow thing but now I understand, thanks")
	requireFrustrated(t, "honestly I'm one more missed call from walking", "I'll just keep sweating in here while y'all sort out your schedule",
		"you guys are the worst", "you are so annoying")
	for _, s := range []string{"tell the guys the side gate is open, and Tuesday they can come out and install it", "where do I put my John Hancock?",
		"the down payment is ready, just tell me where to pay it"} {
		require.Greater(t, trigger.Analyze(s).Commitment, 0, "%q", s)
	}
	require.Less(t, trigger.Analyze("send me the contract just so I can read through it, not signing anything till my wife sees it").Commitment,
		trigger.Analyze("send me the contract").Commitment)
}

// TestDev260Rules: a trial with another app and a neighbour's agent who
// wrote a number are competitors; a premium drafted twice is a billing
// dispute; logins by the hundred and selling several properties together
// are high value.
func TestDev260Rules(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.Competitor(), "we're doing a trial con otra app right now"))
	require.True(t, ruleFires(t, trigger.Competitor(), "my cousin's roofer already came out and wrote me up a number"))
	require.NotEmpty(t, trigger.Analyze("you drafted my premium twice this month, I need it put back in my account").OutOfScope)
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "if it works it's about 400 logins across the district"))
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "she wants to sell todo junto, the duplex and the lots"))
	require.False(t, ruleFires(t, trigger.HighValueScope(500000), "we have 22 logins for the pilot"))
}

// TestSpanishAsksFormalStop50: dev261 to dev264's asks: put through to
// whoever decides, someone sent to explain, a human ("un cristiano") to
// answer, a call relayed to the one who decides, a phone call preferred,
// explaining in person, a meeting proposed or asked of the sender's
// people, minutes set up with the account executive. "Prefiero que no me
// llamen", a meeting of the lead's own team and a worker sent to fix
// something ask for no person.
func TestSpanishAsksFormalStop50(t *testing.T) {
	t.Parallel()
	requireAsks(t, "¿me pasa con quien decide los precios?", "¿pueden mandar a un muchacho que me explique la póliza?", "que me conteste un cristiano, porfa",
		"que le marquen a él, él es el que decide", "lo vemos mejor de preferencia por teléfono", "quiero que alguien me explique los números en persona",
		"le agradecería coordinar una reunión presencial", "le propongo una videollamada con su equipo", "¿qué disponibilidad tiene su gerente para una llamada?",
		"me gustaría una cita con alguno de sus asesores", "I'd like to set up 20 minutes with your account manager")
	requireNoAsks(t, "prefiero que no me llamen, por mensaje es más fácil", "le propongo una reunión de nuestro equipo interno primero",
		"manden a un muchacho que me arregle el techo", "tenemos una reunión con el contador el lunes", "me pasa el precio por favor")
}

// TestDev265Dev266Classes: the two conversation sets' misses as classes.
// Frustration: "not okay, not even close", no survey wanted right now,
// "what year do you think it is", "really selling me on it", "¿no tienen
// dónde apuntar?"; "kinda clueless" of the lead is none. Commitment:
// wrapping it up today; "let's do it the old fashioned way" hedges.
// Rules: beating another outfit's number, the vendor of nine years, storm
// chasers; an underwriting question; premiums still pulled from the
// account; a program to modify in Spanish; legal papers for a sale (not
// the will alone); a whole house of pipes and three systems with a heat
// pump in two words; a house's price in words once a home is named.
// Asks: what was talked about on the phone and a production line are no
// call.
func TestDev265Dev266Classes(t *testing.T) {
	t.Parallel()
	requireFrustrated(t, "your rep kept my dad on the phone an hour. Not okay. Not even close.", "I do not need a survey right now, the basement is flooding",
		"180 for a 4 bed? what year do you think it is",
		"¿otra vez? ¿no tienen dónde apuntar las cosas o qué?")
	requireNotFrustrated(t, "first time buyer here, kinda clueless lol")
	require.Greater(t, trigger.Analyze("closing is the 28th, can we wrap this up today?").Commitment, 0)
	require.Less(t, trigger.Analyze("let's do it the old fashioned way, mail me a brochure").Commitment, trigger.Analyze("let's do it").Commitment)
	require.True(t, ruleFires(t, trigger.Competitor(), "you'd have to beat what the outfit from Tulsa put on the table"))
	require.True(t, ruleFires(t, trigger.Competitor(), "the outfit we've been with for nine years raised our license 30 percent"))
	require.True(t, ruleFires(t, trigger.Competitor(), "a storm chaser crew has been knocking doors all down our road"))
	require.NotEmpty(t, trigger.Analyze("does that loss count against me, and can the lease count as income?").OutOfScope)
	require.NotEmpty(t, trigger.Analyze("the July premium still got pulled out of my checking after I canceled").OutOfScope)
	require.NotEmpty(t, trigger.Analyze("¿el programa se puede modificar para pagar por pieza?").OutOfScope)
	require.NotEmpty(t, trigger.Analyze("¿qué papeles legales necesito para vender?").OutOfScope)
	require.Empty(t, trigger.Analyze("la casa era de mi papá y falleció sin testamento, somos cinco hermanos").OutOfScope)
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "everything with a pipe in it, all the galvanized has to come out"))
	require.True(t, ruleFires(t, hv, "he wants the whole house: heat pump, new water heater, ductwork"))
	require.True(t, ruleFires(t, hv, "we're looking at a place near Steamboat. Asking is a hair under eight hundred"))
	require.False(t, ruleFires(t, hv, "the price is eight twenty-five for the repair"))
	requireNoAsks(t, "if your number lands near what we talked about on the phone, I'm ready", "our plant has about 2800 on the line across two shifts")
}

// TestReviewStop50Signals: the first review of this stop's trigger rules.
// Spanish asks that were ordinary messages ("¿qué me pasa con la póliza?",
// who lives with the lead, a meeting with the lead's partner or one that
// happened, money to give back, a call already made) stay no ask; looks
// of frustration, high value, competitors and scope that were sincere or
// done stay none, and the real ones the dead alternatives missed are read.
func TestReviewStop50Signals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "¿Qué me pasa con la póliza si me mudo a otro estado?", "A mí me pasa con el banco lo mismo, nunca contestan",
		"Mi suegra vive conmigo una parte del año, ¿afecta la póliza?", "Tengo que ver con quién dejo a los niños el sábado para la visita",
		"Ya vino alguien de su equipo y no resolvió nada", "Ya lo aclaramos por teléfono con su compañero ayer, todo bien",
		"Necesito coordinar una junta con mi socio antes de decidir", "Ya tuve una llamada con uno de sus asesores y no me resolvió nada")
	requireAsks(t, "Preferentemente por teléfono, gracias", "I said phone call, not text!")
	requireNotFrustrated(t, "Si no tiene dónde anotar, le mando el número por aquí", "We're literally one more paycheck away from walking into our first home!",
		"I'll keep waiting while you check with the manager, no rush")
	requireFrustrated(t, "I was so confused by the fees and honestly none of this makes sense!!", "The rep was pretty clueless about my policy",
		"I don't need a survey about how I heard about you right now")
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"The house was redone top to bottom in 2019, so it should show well", "All the copper was replaced in 2015 by the previous owner",
		"Queremos vender todo junto, la casa y los muebles", "It's a 3 bed with a heat pump, solar panels and a newer water heater, thinking of listing in spring"} {
		require.False(t, ruleFires(t, hv, s), "%q", s)
	}
	require.True(t, ruleFires(t, hv, "el edificio de Riverside es mío, el de Perris también y mi casa en Hemet, quisiera vender todo junto"))
	require.False(t, ruleFires(t, trigger.Competitor(), "The company I've been with for 12 years is relocating me to Denver"))
	require.Empty(t, trigger.Analyze("¿El sistema se puede ajustar para que no haga tanto ruido?").OutOfScope)
	require.Empty(t, trigger.Analyze("Will the cancellation fee count against me?").OutOfScope)
	require.NotEmpty(t, trigger.Analyze("My premium was pulled from my checking account even though I canceled").OutOfScope)
	require.Equal(t, trigger.Analyze("let's do it").Commitment, trigger.Analyze("Let's do it the cash way, when can you close?").Commitment)
}

// TestDev269Signals: another lender's rate through the credit union a
// coworker banks with, a promise another vendor made before, a relative
// who says she can do it cheaper; money the lead was to be credited;
// hundreds of volunteers; putting the lead on a plan with the card on
// file; "by phone mostly" of how customers order is no ask.
func TestDev269Signals(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.Competitor(), "a coworker got his refi at 6 and a quarter with the credit union he banks with"))
	require.True(t, ruleFires(t, trigger.Competitor(), "eso mismo me prometió el otro y terminé pagando de más, por eso me salí"))
	require.True(t, ruleFires(t, trigger.Competitor(), "my sister in law says she can do it más barato"))
	require.NotEmpty(t, trigger.Analyze("you were supposed to credit me the appraisal. I want those 500 back").OutOfScope)
	require.True(t, ruleFires(t, trigger.HighValueScope(500000), "so we're looking at four or five hundred volunteers total"))
	require.Greater(t, trigger.Analyze("put me on the 49 one and charge the card you have on file").Commitment, 0)
	requireNoAsks(t, "by phone mostly. on fridays the phone doesn't stop ringing and we lose orders")
}

// TestDev270Frustration: "qué bárbaros", "sí que son chistosos", "Dios me
// dé paciencia" are frustration; a pump that burned out again is a repair
// asked for.
func TestDev270Frustration(t *testing.T) {
	t.Parallel()
	requireFrustrated(t, "me ofrecen la mitad de lo que vale y todavía quieren que les dé las gracias. Qué bárbaros.", "Dios me dé paciencia porque ustedes no tienen")
	requireNotFrustrated(t, "la bomba del pozo se quemó otra vez anoche y no tenemos agua, ¿cuándo pueden venir?")
}

// TestDev272Signals: "try me again after 3", "tell him to try again", a
// loan officer to come by the house and a talk with "un señor de la
// compañía" are asks; a closing that has to be before Christmas commits;
// "could you explain it slowly?" is a polite request, no frustration.
func TestDev272Signals(t *testing.T) {
	t.Parallel()
	requireAsks(t, "please ask him to try me again after 3", "el muchacho que llamó, tell him to try again", "would the loan officer be able to come by the house?",
		"mi esposo quiere tratarlo con un señor de la compañía, no por mensaje")
	require.Greater(t, trigger.Analyze("mi closing tiene que ser before Christmas").Commitment, 0)
	requireNotFrustrated(t, "I'm not sure what escrow means. Could you explain it slowly? I'm a retired mailman")
}

// TestReviewStop50SecondSignals: the second review's trigger findings.
func TestReviewStop50SecondSignals(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Can we go over it by phone too? Texting is hard for me", "Could someone explain the contract by phone also?",
		"We have 40 customers to migrate, can we do the setup by phone?", "can you send someone out to explain the options to my wife",
		"have your manager call me")
	comp := trigger.Competitor()
	for _, s := range []string{"Lo mismo me dijo mi esposo, que esperemos a la primavera", "Eso mismo me dijo el inspector, que el techo aguanta 5 años más",
		"That's the same thing you promised me last week!", "Había mucho ruido, por eso nos cambiamos de departamento",
		"Me quedé sin trabajo, por eso me salí de la casa de renta", "We'll pay with a cashier's check from the account with the credit union we bank with"} {
		require.False(t, ruleFires(t, comp, s), "%q", s)
	}
	require.True(t, ruleFires(t, comp, "my cousin got a better rate with the bank she uses"))
	for _, s := range []string{"The seller is supposed to credit us 5k at closing for the roof, right?", "I left the spare keys with your agent, I'll need those keys back"} {
		require.Empty(t, trigger.Analyze(s).OutOfScope, "%q", s)
	}
	require.NotEmpty(t, trigger.Analyze("you were supposed to credit me the appraisal, I want those 500 back").OutOfScope)
	requireNoCommitment(t, "Why did you charge the card on file without asking me?", "If you put me on the annual plan do I get a discount?")
	requireNotFrustrated(t, "Qué bárbaro, qué rápido contestan, así sí da gusto", "Jaja sí que son chistosos, me encantó el video del tour",
		"Dios me dé paciencia con estos niños jaja. ¿A qué hora es la visita mañana?")
	requireFrustrated(t, "Se descompuso otra vez el aire, ya es la tercera vez que lo arreglan y nada")
	require.False(t, ruleFires(t, trigger.HighValueScope(500000), "Our church has hundreds of members, we're selling the old parsonage on Elm"))
}

// TestDev271Asks: someone to ring a parent, the voice preferred, things
// asked "de palabra", the lady who helped last year again, a man of the
// company to call the father, the buyer sent to talk at the house.
func TestDev271Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t, "my mom says she'd rather someone from your office rings her", "prefiero oír la voz, por texto no entiendo",
		"¿quién me puede atender de palabra?", "¿puede la señora que me ayudó el año pasado atenderme otra vez?",
		"él prefiere que un señor de la compañía le hable por teléfono", "mándeme al muchacho que compra casas y platicamos aquí")
}

// TestDev273Signals: a pre-approval the lead's bank already gave and a
// price another agent gave with "si ustedes lo ganan" are competitors;
// "I need it built that way" is customization; "the nerve" closing a
// complaint is frustration; signing together is who signs, no commitment.
func TestDev273Signals(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.Competitor(), "el banco donde tenemos la cuenta ya nos dio una pre-aprobación al 6.9"))
	require.True(t, ruleFires(t, trigger.Competitor(), "el señor de los seguros del bayou ya me dio un precio. Si ustedes lo ganan, me cambio"))
	require.NotEmpty(t, trigger.Analyze("the app has to come out in Spanish, I need it built that way").OutOfScope)
	requireFrustrated(t, "nine months with a tarp on my roof and now you're selling me more insurance? The nerve")
	require.Less(t, trigger.Analyze("estamos buscando casa, mi esposo y yo vamos a firmar juntos").Commitment, trigger.Analyze("estamos buscando casa, vamos a firmar").Commitment)
}

// TestRetrainStop50Asks: asks the second retrain's model no longer
// carried and the rules now read ("que me den un timbrazo", meeting the
// owner), and a visit to do the install, which the model read as an ask,
// vetoed.
func TestRetrainStop50Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Que me den un timbrazo cuando puedan, estoy en casa.", "My husband wants to meet el dueño before signing.")
	j := trigger.Model()
	for _, s := range []string{"no questions, ya lo decidí. cuando pueden venir a hacer el install? this week if possible", "when can you come out and do the install?"} {
		got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
		require.NoError(t, err)
		require.False(t, got.ExplicitAsk, "%q", s)
	}
}

// TestSplitPhrasesRepaired: alternatives the new pattern lint found
// split ("nobody|noone|no one" read "nobody one"; "when|once|cuando
// im|i am ready" read "im am ready") now match in every form.
func TestSplitPhrasesRepaired(t *testing.T) {
	t.Parallel()
	requireAsks(t, "nobody returned my calls all week", "no one answered my voicemail yesterday")
	require.Less(t, trigger.Analyze("let's do it when im ready").Commitment, trigger.Analyze("let's do it").Commitment)
}

// TestStop51Asks: a person asked for without the stock words (whoever
// makes the decisions, a grown-up, the owner to run something by, voices
// instead of text, the boss, an adviser's visit to go over papers, people
// not a program, the same man as last time, flesh and blood, a call
// requested formally, a human to review a case, a voice-to-text "Carl
// me"). A name given, a date marked, a prayer chain's call, a call an API
// handles, someone else's habit, words said on a past call, only a name
// wanted, a visit to do the work and an answer asked by text are none.
func TestStop51Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"who over you? I need whoever makes the decisions",
		"you're a bot, go get me a grown-up",
		"is the manager around? I want to run something by her",
		"texting ain't cutting it, need voices",
		"mándeme al encargado, con una máquina no negocio",
		"quiero que me visite un agente para revisar la póliza",
		"quiero resolver esto con gente, no con un robot",
		"¿me podría atender la misma señora que vino en marzo?",
		"a mí denme una voz, no mensajitos",
		"mi papá quiere que alguien de la compañía le hable",
		"I'd rather deal with a flesh and blood person on this",
		"Le escribo de parte del Ing. Soto: solicita una llamada con el gerente esta semana",
		"necesito que un ser humano revise mi caso",
		"Carl me tomorrow before 8",
		"mándenme a alguien a la casa para que nos sentemos a ver los papeles",
	)
	requireNoAsks(t,
		"call me Lupe no más, no señora",
		"Call me Junior everybody does, what's the offer",
		"márqueme la cita en el calendario para el jueves",
		"we have a prayer chain call tonight so I won't answer till late",
		"How does your API handle a call when the webhook times out?",
		"He's old school, he doesn't like talking money over text.",
		"She told me on the phone no more than about six grand",
		"Who's in charge of the install? Just want the name for the super",
		"Va pues, mándeme a alguien este sábado para empezar el techo",
		"If you need anything else, text is the best way to reach me this week",
	)
	j := trigger.Model()
	s := "Honestly a quick look at the numbers would save us both time. Can you text me the breakdown?"
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk)
}

// TestStop51Signals: frustration said as a plea for strength, a lost
// religion, being played with, a genius told to read, both hands and a
// flashlight, being worn out, fuming, the same question again, a company
// unable to answer; not a spelling corrected in quotes nor the lead's own
// photo sent again. A quote from State Farm with a deductible competes. A
// yes on a condition that has not held, and leave to ask given with the
// time the lead has, are hedged; "I thought. Let's go." and a slot booked
// before the furnace gives out are not.
func TestStop51Signals(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"Lord give me strength. the plumber was supposed to be here at 9",
		"this bot bout to make me lose my religion",
		"keep playing with me and see what happens",
		"Hey genius, maybe read the form before you text me",
		"yall couldnt find your own hind end with both hands and a flashlight",
		"another form? yall are wearing me slap out",
		"My wife is fuming. Explain yourselves.",
		"omg the same question again",
		"increíble que no sean capaces de contestar una pregunta sencilla",
	)
	requireNotFrustrated(t,
		`forgive me for correcting you: it's "their" not "there". Otherwise very clear, thank you.`,
		"ahí le mando la foto otra vez por si no le llegó",
	)
	require.True(t, ruleFires(t, trigger.Competitor(), "State Farm me sacó $129 con el mismo deductible, so you gotta do better"))
	require.Less(t, trigger.Analyze("I'd move forward if the number was 40 higher. It isn't.").Commitment, trigger.Analyze("I'd move forward").Commitment)
	require.Less(t, trigger.Analyze("Go ahead, I'm on lunch.").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("I said I'd think about it for a month. I thought. Let's go.").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("Put me down for the Saturday slot, the furnace won't make it through another week.").Commitment, 2)
}

// TestStop51BorderAsks: the boss asked for with "su", a call by phone in
// slang, the "mero mero", FaceTime offered, a human in the building; a
// call of the lead's own duty and a text preferred to a call are none.
// A strong word of praise is no frustration; "real impressive" at the
// end is sarcasm; an order to start the policy commits.
func TestStop51BorderAsks(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Mándeme a su jefe, por favor.", "llego en 20 min, hit me up por teléfono", "¿Quién es el mero mero ahí?",
		"FaceTime works for me if your guy has a minute", "Is there a human in the building?")
	requireNoAsks(t, "I have a call at 0600 for formation, slow to reply")
	j := trigger.Model()
	s := "¿Marcarte? Nah, mejor seguimos por text, es más fácil pa' mí."
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk)
	requireNotFrustrated(t, "Ridiculous lo rápido que mandaron el quote, gracias!")
	requireFrustrated(t, "Three weeks and still no appraisal. Real impressive.")
	require.GreaterOrEqual(t, trigger.Analyze("Empiecen la póliza el primero, ya tengo el carro").Commitment, 2)
}

// TestStop51ConversationSignals: what the conversations of dev276 to
// dev288 needed. High value: other properties moved over or sold as a
// package, a split system in every unit. Competitors: another AC company,
// theirs lower, a roofer had out, a number got from another outfit, a
// comparison promised, "los de ... ya vinieron". An emergency: water
// running down the wall. Commitment: the policy bound, the papers sent
// this minute, "estamos decididos". Not: an invoice routed to a spouse,
// a repair refused a fourth time, a quick yes-or-no question, phone
// calls the lead is between, customers who call the lead, papers to
// bring to an appointment.
func TestStop51ConversationSignals(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"if the price is right I'd move the other four rentals over too", "and a fourplex on Elm I'd rather move as a package",
		"a split system in every unit so each tenant has their own heat"} {
		require.True(t, ruleFires(t, hv, s), "%q", s)
	}
	for _, s := range []string{"a guy from another AC company came by Monday", "their estimate came in lower on the fees, theirs is lower",
		"we already had Smith Roofing out Tuesday", "my cousin got us a number from Jones Bros", "I will compare yours with what they showed me",
		"los de Techos Garza ya vinieron y me cobran 9 mil"} {
		require.True(t, ruleFires(t, trigger.Competitor(), s), "%q", s)
	}
	has := func(s string, topic trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, topic) }
	require.True(t, has("water running down the wall from the attic and the ceiling is getting soft", trigger.TopicEmergency))
	require.False(t, has("go ahead and turn it back on and send the invoice to my wife", trigger.TopicBilling))
	require.GreaterOrEqual(t, trigger.Analyze("whatever, bind the $900 one and send me the ID cards").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("I've got my license right here, I can send it all this minute").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("ya lo hablamos y estamos decididos").Commitment, 2)
	require.Less(t, trigger.Analyze("thank you!! also what papers do I bring").Commitment, 2)
	requireNotFrustrated(t, "she's not fixing it a fourth time though, so we're thinking replacement", "we're small. quick q though: Shopify, yes or no?")
	requireFrustrated(t, "ya te di la dirección hace dos mensajes. Do you also want my blood type?")
	requireNoAsks(t, "Caught about half of it between phone calls.", "los clientes me llaman a mí directo, it's a mess")
}

// TestStop51RustBeltAndBoricuaSignals: asks on the horn, for a voice,
// for the girl who helped last time; not someone else's doctor wanting a
// talk, the church that calls on Sundays, the lead's own number for a
// form. Frustration: the dumbest thing, jerked around; not a team that
// looked like hell, another office's hold praised. Someone else's
// readiness to sign is no commitment; a visit needed before the freeze
// is.
func TestStop51RustBeltAndBoricuaSignals(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Is there a fella I could just get on the horn?", "Mi nieto set this up pero yo quiero una voz, not a computer.",
		"¿Me pasas con la muchacha que me atendió la otra vez?")
	requireNoAsks(t, "La iglesia me llama todos los domingos para el bingo.",
		"¿Cuál es el phone number que tengo que poner en la aplicación?")
	j := trigger.Model()
	s := "My doctor wants to speak with me about my test results so I might be slow answering."
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk)
	requireFrustrated(t, "This is the dumbest thing my granddaughter ever talked me into.", "34 years at Buick and I never got jerked around like this.")
	requireNotFrustrated(t, "Steelers looked like hell yesterday. Anyhow, Thursday at 2 works.",
		"The doctor's office had me on hold 40 minutes today, so this is a nice change.")
	require.Less(t, trigger.Analyze("The union's ready to sign the new contract Friday, so I'll know about money after that.").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("Furnace quit last night. Need somebody out before Thursday.").Commitment, 2)
}

// TestStop51UrbanMidwest: dev293's classes. Commitment: a slot taken in
// Spanish ("apúntanos el martes"), the contract asked for with a date,
// the tech to come ready to install, "bring it over and put it in"; not
// a gate code given for a visit, a trial's expiry asked about, and "ya no
// queremos seguir con las rutas en papel" is no hedge. A flyer seen at
// the Home Depot names no competitor; "we make custom ductwork" asks for
// no customization; small letters on the phone ask for no call.
func TestStop51UrbanMidwest(t *testing.T) {
	t.Parallel()
	requireCommits(t, "Apúntanos el martes a las 2, arrancamos ese mismo mes", "Get me the contract, I want ink on it before the 15th",
		"Y que el técnico venga preparado para instalarlo ese mismo día", "If y'all got a 50 gallon unit on a truck, bring it over and put it in")
	requireNoCommitment(t, "gate code is 4471. dog is friendly", "Before sizes, can I ask something about the trial? Does it expire after 14 days no matter what?")
	require.False(t, trigger.Analyze("arrancamos con ustedes, ya no queremos seguir con las rutas en papel").Hesitant)
	require.False(t, ruleFires(t, trigger.Competitor(), "Is this the mortgage place from the flyer at the Home Depot on 38th?"))
	require.NotContains(t, trigger.Analyze("We make custom HVAC ductwork up in Fridley. Looking at shop floor tracking").OutOfScope, trigger.TopicCustomization)
	requireNoAsks(t, "78. My eyes are not so good with the small letters on the phone")
}

// TestStop51ReviewSignals: what the review of this stop's trigger rules
// found. Ordinary replies that the new rules had read as commitment,
// asks, frustration, competitors or high value stay ordinary; the splits
// it found match in every form.
func TestStop51ReviewSignals(t *testing.T) {
	t.Parallel()
	requireNoCommitment(t, "I can send it tonight when I get home, the photo of the unit", "Cuando empiece la obra, ¿cuánto tiempo tarda?",
		"estoy decidida a no firmar hasta ver otras opciones", "¿es necesario que el técnico venga a instalarlo o lo puedo hacer yo?",
		"Do I need someone out before the inspection or after?", "if you bring it over and put it in, how much would that be?",
		"what documents should I have ready for the appointment", "Go ahead, I've got a minute.")
	require.GreaterOrEqual(t, trigger.Analyze("Our company is ready to sign, send it over").Commitment, 2)
	require.True(t, trigger.Analyze("ya no quiero seguir con el proceso, gracias").Hesitant)
	requireNoAsks(t, "whoever makes the decisions at my company is out until Monday", "we need voice for the call center",
		"Zoom works fine for our internal meetings", "Soy un ser humano, no me traten así", "I live with one of your customers, she recommended you",
		"my own flesh and blood is handling the sale", "Manden al encargado de obra el lunes para medir",
		"Lo que me pasa con el muchacho del techo es que nunca llega a tiempo", "mi vecina quiere que alguien le hable de los paneles",
		"dame una voz cuando esté el presupuesto", "Tell me where and when the tech is coming", "my daughter wants to meet them before she moves in",
		"Is there a person there to let the tech in? I'll be at work")
	requireAsks(t, "¿Me da su número por favor?", "Who's in charge there? Just give me their name and number, I'll call them",
		"dígales a ellos que me llamen hoy", "hit me up on my cell", "is there a human there?", "necesito que un ser humano me diga si califico")
	requireNotFrustrated(t, "I did the dumbest thing and locked my keys in the car", "I'll try reading the form again tonight",
		"Does the life insurance need my blood type?", "Sorry to ask the same question again, what's the deductible?",
		"these stairs are wearing me out, that's why we're moving", "Lord give me strength, my grandkids are visiting all week. Monday is fine",
		"the kids were playing with us like crazy all weekend")
	for _, s := range []string{"we had the heating out all weekend", "I used to work for another roofing company",
		"our neighbors did their roof last year, theirs is better", "los de la aseguranza ya vinieron a ver el daño",
		"si ustedes me lo dejan en menos, firmo hoy"} {
		require.False(t, ruleFires(t, trigger.Competitor(), s), "%q", s)
	}
	for _, s := range []string{"Jones Roofing came out Tuesday and quoted 12k", "had a roofer out yesterday, he said 12k"} {
		require.True(t, ruleFires(t, trigger.Competitor(), s), "%q", s)
	}
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"I'd like to go with the roof and gutters as a package", "¿cuánto sale por el paquete completo de limpieza?",
		"we'd need a heater for each floor, it's a two story house"} {
		require.False(t, ruleFires(t, hv, s), "%q", s)
	}
}

// TestSpeakToAPoint: "I'd like to speak to the condition of the house"
// addresses a point; the learned tier's ask is vetoed.
func TestSpeakToAPoint(t *testing.T) {
	t.Parallel()
	j := trigger.Model()
	s := "I'd like to speak to the condition of the house: new water heater 2021, AC 2019, roof original."
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk)
}

// TestPlainPraiseIsCalm: praise of the sender's people with no complaint
// beside it is no frustration, whatever the learned tier reads in
// "professional" or "genius"; praise turned by "but" or a complaint cue
// still is read.
func TestPlainPraiseIsCalm(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Your tech was very professional.", "The crew was truly professional. Thanks again", "Thanks genius, that fixed it!"} {
		require.False(t, trigger.Judged(s).Frustrated, "%q", s)
	}
	require.True(t, trigger.Judged("very professional, except nobody showed up again and I waited 3 hours").Frustrated)
}

// TestStop52Asks: Spain's "dar un toque" (a ring), "que me telefoneara";
// a reach by text and the sender's own reminder quoted are no asks, nor a
// touch of colour.
func TestStop52Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"¿Podéis darme un toque mañana a primera hora? Por aquí me pierdo.",
		"un toque cuando puedan, que no tengo datos",
		"¿Sería posible que alguien de la oficina me telefoneara esta tarde?",
	)
	requireNoAsks(t,
		"Al salón le falta un toque de color, ¿tenéis muestras?",
		"Your email said to call us with any questions, but I'll just ask here: is there a fee?",
	)
	j := trigger.Model()
	s := "You can get me at this same number by text anytime."
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk, "reached by text, no call asked for")
}

// TestStop52CaribbeanFrustration: "steups", "vex", "tek mi fi fool".
func TestStop52CaribbeanFrustration(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"Steups. Mi tell unno already, the appointment was Tuesday.",
		"I am so vex right now, nobody came",
		"unno tek mi fi fool? that's not the price you said",
	)
}

// TestStop52RuleAskedAbout: a rule or a licence asked about without a
// question mark is a legal question; a rule stated as met is not.
func TestStop52RuleAskedAbout(t *testing.T) {
	t.Parallel()
	s := trigger.Analyze("What I need to know is whether that needs a licensed crew and what the county requires for it.")
	require.Contains(t, s.OutOfScope, trigger.TopicLegal)
	s = trigger.Analyze("The smoke detectors are in, we already did what the inspector asked.")
	require.NotContains(t, s.OutOfScope, trigger.TopicLegal)
}

// TestStop52ReviewSignals: what the review of this stop's trigger rules
// found: a touch a room needs, someone else taking the lead for a fool,
// vexed with the bank, and rules or certified things named in passing are
// no signals; the paraphrases stay signals.
func TestStop52ReviewSignals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "El baño necesita un toque cuando puedan, la pintura está pelada.")
	requireNotFrustrated(t,
		"My ex took me for a fool for years, that's why the house has to go.",
		"Mi vex wid di bank, not unno, dem still nuh send di payoff letter.",
	)
	requireFrustrated(t, "Yuh tekkin mi fi fool wid dat price?")
	for _, s := range []string{
		"Let me know if you need a certified check for the earnest money.",
		"Tell me whether we need a certified letter or if email is fine.",
		"If the state requires it we'll do it, no problem, already booked the inspector.",
		"I'll send you what the county says the square footage is.",
	} {
		require.NotContains(t, trigger.Analyze(s).OutOfScope, trigger.TopicLegal, "%q", s)
	}
	for _, s := range []string{
		"whether the addition needs a licensed electrician",
		"what the county requires for a septic transfer",
		"if the law says I have to disclose the leak",
	} {
		require.Contains(t, trigger.Analyze(s).OutOfScope, trigger.TopicLegal, "%q", s)
	}
}

// TestStop52FormalAsks: dev299's formal asks (a person rather than an
// automated service, "I look forward to the conversation" after a time to
// reach the lead); not a title to be called by, the lead's own meeting,
// texts preferred.
func TestStop52FormalAsks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"I would prefer to deal with a qualified person rather than an automated system.",
		"My assistant can put you through after lunch. I look forward to the call.",
	)
	requireNoAsks(t,
		"Puede llamarme doctora Ruiz, así me conocen todos.",
		"at a meeting with the plant manager until 4, text me after",
		"I look forward to your reply by text.",
	)
	j := trigger.Model()
	s := "Le pido que no me llamen por teléfono, estoy en audiencias todo el día y prefiero los mensajes."
	got, err := j.Judge(context.Background(), trigger.JudgeInput{Text: s, Rules: trigger.Analyze(s)})
	require.NoError(t, err)
	require.False(t, got.ExplicitAsk, "texts preferred")
}

// TestStop52MidwestAsks: "try my cell around noon", a conference call
// with someone from the company; not a call that happened, a number
// checked, someone named by title to be called.
func TestStop52MidwestAsks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"Go ahead and try my cell after lunch, leave a message if I miss it.",
		"We'd like a quick video call with someone from your team this weekend.",
	)
	requireNoAsks(t,
		"we had a conference call with someone from the title company yesterday",
		"try my cell phone number on the form, is it correct?",
		"Have your plumber call Mr. Patel at the desk when he gets there.",
	)
}

// TestStop52ConversationSignals: dev300, dev301 and dev303's signals: a
// competitor's lower price told in Spanish ("otro señor ... me lo deja en
// 120", "los de ... me dejan ... 900 menos", "me sacaron una tasa más
// abajo"), the provider the lead is with now, a charge to be credited back
// or a duplicate reversed, someone of the company asked to come and talk;
// not haggling with this sender, nor a crew sent to do the work.
func TestStop52ConversationSignals(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"Otra compañía que vi en el periódico me lo deja en 95. ¿Ustedes?",
		"Los de la esquina me dejan la misma unidad instalada en como 700 menos.",
		"En mi cooperativa me sacaron una tasa medio punto más baja.",
		"the carrier I'm with now raised my renewal 30%",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
	require.Empty(t, trigger.Analyze("¿Me lo dejan en menos?").Competitors)
	for _, s := range []string{
		"I want the $300 from the last visit credited back to my card.",
		"I see two payments to you on the 5th. Please get the duplicate reversed.",
	} {
		require.Contains(t, trigger.Analyze(s).OutOfScope, trigger.TopicBilling, "%q", s)
	}
	requireAsks(t, "Mejor que venga alguien de ustedes el domingo, y en la casa platicamos.")
	requireNoAsks(t, "que venga alguien de ustedes a medir la ventana el lunes")
}

// TestStop52ActivateIt: "actívela de una vez" orders the policy started,
// a commitment.
func TestStop52ActivateIt(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Ok perfecto, actívala.", "Actívelo de una vez por favor, ¿qué datos le paso?"} {
		require.Positive(t, trigger.Analyze(s).Commitment, "%q", s)
	}
}

// TestStop53Signals: dev306 to dev308's asks (a call relayed for an old
// man in Spanish, the lead's shop line to be reached on, a warm body who
// can hop on), a scam warning that names the phone and asks nothing,
// commitments (a yes to the replacement, work wanted started this week, an
// appraisal set, papers to be mailed; not ready only to listen, not work
// wanted done before a season), and high-value scopes (headsets in the
// hundreds, the whole house at once in Spanish).
func TestStop53Signals(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"Mi abuela pide que alguien de la oficina le llame el jueves, ella no lee mensajes.",
		"Try me later, you can catch me at the office line until 5.",
		"Is there a live body over there who can get on with me for ten minutes?",
	)
	requireNoAsks(t,
		"The bank told me never to share my account number over the phone. Do you need it for the quote?",
		"Your texts reach me fine, no need for anything else.",
	)
	requireCommits(t,
		"My dad said yes to the repair, go ahead.",
		"We want the job started this week if the crew is free.",
		"Ok. Let's schedule the inspection for Thursday.",
		"Please fax the paperwork to my office, I'll sign today.",
	)
	requireNoCommitment(t,
		"I'm ready to hear what you have.",
		"no hurry, we just want it done before spring",
	)
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{
		"we run 300 headsets across two call floors",
		"la tubería está vieja, mejor arreglar la casa completa de una vez en vez de parchar cada año",
	} {
		require.True(t, ruleFires(t, hv, s), "%q is high value", s)
	}
	require.False(t, ruleFires(t, hv, "need 4 headsets for the front desk"))
}

// TestStop53YoungAndFormal: dev309, dev312 and dev313's asks (a call for a
// grandmother asked in Spanglish, the cell of whoever handles the house,
// "the best is if someone rings me", a named person himself) and
// look-alikes (the lead's own call to an aunt, a tradesman's number, a
// listing agent's number, an idiom with "real human"); frustration
// ("are u fr rn", "this is so messed up", a rubbish offer, being taken for
// fools) and a sore knee that is not.
func TestStop53YoungAndFormal(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"could someone from the office llamarle a mi abuelo? he doesn't text",
		"¿me pasan el número de quien ve lo de la casa de mi tía?",
		"Best would be if your agent calls me after six.",
		"Can Ms. Rivera herself phone me? She helped my cousin.",
	)
	requireNoAsks(t,
		"voy a llamarle a mi tío para ver qué piensa",
		"¿Me pasas el teléfono del electricista que mencionaste?",
		"what's the listing agent's number on that yellow house?",
		"real human behavior is forgetting to reply, my bad. anyway yes it's still for sale",
		"It'd be better if no one calls me, text only please",
		"best that my husband calls me back, he knows the numbers",
		"the best part is when the kids call me from college",
	)
	requireFrustrated(t,
		"are you fr rn? i said mornings",
		"this is so messed up, you said 200 last week",
		"What kind of joke offer is this?",
		"you must think we are stupid",
	)
	requireNotFrustrated(t, "my back is so messed up from moving boxes, can we do Friday?")
}

// TestStop53QuietAndOffice: dev310, dev311 and dev314's signals:
// generic competitors (a credit union's number, someone else's cheaper
// plan, another outfit coming to do the same), commitments (the day the
// crew comes, the card taken), an emergency (water across the floor),
// frustration (what the lead pays for, "qué falta de seriedad", "slow
// enough for you?") and look-alikes (an office's "per my last message,
// attaching", a former tool the lead was fed up with, caller ID, tenants
// who call the lead, the cheapest plan asked for).
func TestStop53QuietAndOffice(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"the credit union already gave me a quote, can you beat it?",
		"con los de la cooperativa les sale más barato",
		"the guy from the co-op is coming out Thursday to do the same thing",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
	require.Empty(t, trigger.Analyze("¿cuál plan me sale más barato a mí?").Competitors)
	requireCommits(t, "price is fine. what day can your crew start?", "ok what card do you take")
	require.Contains(t, trigger.Analyze("the pipe split and there's water pouring across the floor").OutOfScope, trigger.TopicEmergency)
	requireFrustrated(t,
		"What exactly are we paying you for?",
		"qué falta de respeto, de verdad",
		"2019. Ford. Ranger. slow enough for you?",
	)
	requireNotFrustrated(t,
		"Per my last email, attaching the signed form.",
		"We were fed up with our old provider, that's why we're looking at you.",
	)
	requireNoAsks(t,
		"what number shows up on caller id when you text our customers?",
		"mis inquilinos me llaman a cada rato por cualquier cosa",
	)
}

// TestStop53ReviewSignals: what the review of this stop's signal rules
// found: the lead's own call or a refused one is no relayed ask, a story
// about a number is no ask, a refused or praised call is no ask, the
// lead's own line on caller ID is no ask, a listing in the subject is; a
// former tool named after "fed up", an office's attachment, a question
// about a clear picture, the price of an inspection and a delighted "are
// you fr" are no frustration; an estimate visit while comparing bids and
// a competitor's plan accepted are no commitment, the contract is; a
// lead writing to the buyer, rent that costs less and the sender's own
// tech are no competitor.
func TestStop53ReviewSignals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"Porfa déjeme hablarle a mi esposo primero y le aviso",
		"Can I llamarle a mi abuela first y luego le digo?",
		"Mi prima me pasa el número de quien le maneja las rentas, ¿ustedes hacen eso?",
		"I'd prefer if you didn't call me at work",
		"The best part is when your team calls me back within minutes, love it",
		"What number shows on caller ID when we dial out? We need our own line to display.",
	)
	requireAsks(t,
		"Re the listing on Elm - what's your number?",
		"Can I get your number? caller ID just says unknown",
		"Me pueden pasar el número de quien lleva lo de la casa?",
	)
	requireFrustrated(t,
		"I'm fed up with your last minute cancellations",
		"Per my last message, here is my address AGAIN since nobody read it",
	)
	requireNotFrustrated(t,
		"We were fed up with the old dialer, that's why we're shopping.",
		"Is the picture clear enough for you or should I retake it?",
		"What are we paying you for the inspection? Just want to budget",
		"¿Qué pasa con ustedes si vendo con otro agente?",
		"Are you fr right now? That's a great price!!",
	)
	requireNoCommitment(t,
		"What day can your tech come look at it? I'm still comparing bids",
		"My wife said yes to the cheaper plan from the other company",
	)
	require.GreaterOrEqual(t, trigger.Analyze("I'm ready to see the contract, send it over").Commitment, 2)
	for _, s := range []string{
		"Vi su anuncio que compran casas y quiero saber cuánto me dan",
		"Mi hermano dice que rentar le sale más barato que comprar",
		"Your tech is coming out Monday to do the same thing on the other unit?",
	} {
		require.Empty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
	require.NotEmpty(t, trigger.Analyze("El banco ya me dio una tasa de 6.1, ¿ustedes?").Competitors)
}

// TestStop53PhoneticAndOffice: dev315 to dev319's signals: asks (spelled
// as they sound, a boss put on, a call returned, a person to yell at,
// one of the sender's people to ring the office, a voice to explain),
// commitments (the next hoop, a card put down, papers to sign sent),
// out-of-scope questions (a notice clause, a double charge in Spanish,
// something built for the lead), competitors (another program cheaper,
// the agent who writes the policy now), frustration (nobody reads what
// the lead sends, bad service in Spanish); and a power of attorney told
// as a fact, which is no legal question.
func TestStop53PhoneticAndOffice(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"get me the manager plz",
		"hook me up with a loan officer",
		"Put your supervisor on.",
		"can somebody return my call already",
		"who's the person I can complain to?",
		"Easiest is one of your people calls the front desk",
		"¿hay alguien que me lo explique con su voz? is there a person over there",
	)
	requireCommits(t, "ok what's the next hoop", "send me whatever I need to put a card down on", "mándeme lo que tenga que firmar")
	require.Contains(t, trigger.Analyze("If you buy it with the tenant inside, can he come after me for it?").OutOfScope, trigger.TopicLegal)
	require.Contains(t, trigger.Analyze("El cargo aparece cobrado dos veces en mi tarjeta").OutOfScope, trigger.TopicBilling)
	require.Contains(t, trigger.Analyze("Is a custom intake form something you'd build for us?").OutOfScope, trigger.TopicCustomization)
	require.NotContains(t, trigger.Analyze("My aunt gave me power of attorney, so I decide.").OutOfScope, trigger.TopicLegal)
	for _, s := range []string{
		"mi contador encontró otro programa que sale más barato",
		"the agent who writes our policy now says he can beat any quote",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q", s)
	}
	requireFrustrated(t, "Does anyone over there read a single thing I send?", "qué servicio tan malo, nadie vino")
}

// TestStop54Emergencies: water moving across a floor now, said with the
// verb's helper and the room between ("water is running across the
// kitchen floor"), left from stop 53; a floor plan is no flood.
func TestStop54Emergencies(t *testing.T) {
	t.Parallel()
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	for _, s := range []string{
		"water is running across the kitchen floor, what do I do",
		"water keeps pouring onto the basement floor from the heater",
		"the water was flowing all over the laundry room floor when I got home",
	} {
		require.True(t, has(s), "%q is an emergency", s)
	}
	require.False(t, has("we're running across the floor plan tomorrow with the builder"))
}

// TestStop54Asks: dev321 and dev322's asks in our own words (the boss put
// on the line, a person with a pulse) and look-alikes: a call asked as a
// joke taken back, and whether a person is behind the texts, asked alone
// (a bot question, no ask).
func TestStop54Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"is your supervisor around? can you get your manager on the phone",
		"my boss is out, could you put your supervisor on the line",
		"I'd like one of the folks with a heartbeat please",
	)
	requireNoAsks(t,
		"is there an actual person behind these texts?",
		"call me crazy, just kidding, texting works fine for me",
	)
}

// TestStop54FaithAndChilango: dev326 and dev328's asks in our own words
// (someone of the team asked to meet the lead, a manager told to reach
// the lead in Spanish), a prayer that is no call, and a repair left worse
// than before as frustration in both languages.
func TestStop54FaithAndChilango(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"could one of your reps meet with us at the shop Tuesday?",
		"dile a tu jefe que me llame cuando pueda",
	)
	requireNoAsks(t,
		"call on God and He'll answer, my grandma used to say. I'll think about the quote.",
		"dígale que me busque una casa con patio, por favor",
	)
	requireFrustrated(t,
		"nos lleva la trampa, la regadera quedó peor que antes",
		"your guy made it worse than before, the sink leaks twice as much",
	)
}

// TestStop54GreatLakes: dev323's rule topics and readiness in our own
// words: a legal question in Spanish (selling without the other owner's
// signature, what the judge must decide), several two-family houses as a
// high-value scope, hundreds of hourly workers, a competitor's offer
// named by what it includes or as "su propia oferta", GEICO by its
// mascot; the crew told to just come, the day left to the business.
func TestStop54GreatLakes(t *testing.T) {
	t.Parallel()
	has := func(s string, topic trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, topic) }
	require.True(t, has("¿puedo rentar la casa sin su firma o el juez tiene que aprobar algo?", trigger.TopicLegal))
	require.False(t, has("el juez del concurso de chili fue mi compadre", trigger.TopicLegal))
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "if we sell it goes with our other four doubles on the block"))
	require.True(t, ruleFires(t, hv, "both plants would be on it eventually, around 450 hourly"))
	for _, s := range []string{
		"the other installer's bid covers the permits and yours doesn't",
		"el banco me mandó su propia oferta y está mejor",
		"my cousin is with the gecko guys and pays less",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q names a competitor", s)
	}
	requireCommits(t,
		"I'm home all day Friday, whoever's available can come, I'll leave the garage unlocked",
		"dígame qué día les conviene y yo pido permiso en el trabajo",
	)
}

// TestStop54ShiftsAndNeighbours: dev330, dev331 and dev333's asks and
// frustration in our own words: a live employee to discuss with, someone
// who dials the lead, to be received in person (Spanish); frustration in
// Central American Spanish. Look-alikes: a name given ("call me Bea,
// everybody does"), the lead's own boss who will call, a talk someone
// else wants the lead to have, a talk told of, tired from work.
func TestStop54ShiftsAndNeighbours(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"is there a live person I could ask about the deductible?",
		"too much to type, better somebody calls me after six",
		"quiero que me atiendan en persona, ¿tienen oficina en Dallas?",
		"my boss wants me to talk to your manager about the contract",
	)
	requireNoAsks(t,
		"call me Bea, everybody does",
		"my manager will call me if the shift changes, so I may drop off",
		"the nurse manager wants me to talk to payroll first, then I'll get back to you",
		"mi hermana dice que habló con un asesor ayer y le dieron otra tasa",
	)
	requireFrustrated(t,
		"qué babosos, me pusieron el apellido mal otra vez",
		"no me vengan con cuentos, ayer era otro precio",
	)
	requireNotFrustrated(t, "ando bien cansado del turno, mañana le mando los papeles")
}

// TestStop54RetireesAndFamilies: dev332's classes in our own words:
// readiness ("go ahead and put a lock on it", the papers taken where the
// business says), a competitor that came back with a better rate or is
// compared in Spanish, a burning smell from the panel (Spanish); and
// look-alikes: chosen again is no complaint, a fright that was none, a
// heart bursting with pride.
func TestStop54RetireesAndFamilies(t *testing.T) {
	t.Parallel()
	requireCommits(t,
		"ok, go ahead and put a lock on it",
		"dígame adónde le llevo los papeles, quiero que esto avance",
	)
	for _, s := range []string{
		"the bank my daughter uses came back with a lower rate",
		"¿qué tal ustedes comparados con esos?",
	} {
		require.NotEmpty(t, trigger.Analyze(s).Competitors, "%q names a competitor", s)
	}
	has := func(s string) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, trigger.TopicEmergency) }
	require.True(t, has("hay un olor a quemado en el cuarto de lavado y el breaker está caliente"))
	require.False(t, has("at the party the kids thought the grill was on fire, it was just smoke from the ribs"))
	require.False(t, has("we're so happy we could burst, the baby came early"))
	requireNotFrustrated(t, "me nombraron otra vez tesorera porque nadie más quiere hacerlo")
}

// TestStop54TechWorkers: dev327's classes in our own words: a sync by
// phone asked, minutes on the calendar with an engineer, "we covered
// this" and yelling into a bot as frustration, a Spanish question whether
// a co-owner's signature is needed, the lockbox code handed over with a
// day to pick, the address sent in Spanish, a B2B brand in its possessive.
// Look-alikes: a sync that happened.
func TestStop54TechWorkers(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"can we do a quick call over zoom? free after 4",
		"book me 30 minutes with an engineer this week",
	)
	requireNoAsks(t, "we synced by phone with your rep last week, all good")
	requireFrustrated(t,
		"we already went over this. twice",
		"feels like I'm talking into the void here",
	)
	require.Contains(t, trigger.Analyze("¿necesitamos la firma de mi hermano para vender?").OutOfScope, trigger.TopicLegal)
	requireCommits(t,
		"gate code is yours, name a day and I'll make it work",
		"listo, le paso la dirección por aquí",
	)
	require.NotEmpty(t, trigger.Analyze("we're comparing you against HubSpot's service hub").Competitors)
}

// TestStop54ReviewLookAlikes: the review's asks and readiness: a pulse
// on the market, a relative put on the line, a crew to meet the
// inspector, "not even kidding" that still asks, "call me, God bless";
// a lock for a gate, a door left open as a figure of speech, a day that
// never comes.
func TestStop54ReviewLookAlikes(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"we need someone with a pulse on the local market",
		"I'll try to get her on the line tonight, my mom decides everything",
		"will one of your guys meet with the inspector Friday?",
	)
	requireAsks(t,
		"call me asap, I'm not even kidding",
		"call me tonight, God bless",
	)
	requireNoCommitment(t,
		"the back gate latch is broken, can you put a lock on that too?",
		"I'll leave the door open in case we change our minds later",
		"the day you pick up the phone is the day I'll trust you",
	)
}

// TestStop55Asks: dev336 to dev343's asks in our own words (stop 55): a
// ring asked for instead of texts, a word wanted with the owner, a call
// with the lead's lawyer, minutes with the boss, whoever is in charge, a
// misspelt "phone is easier", a visit, a video call and an appointment in
// Spanish; and look-alikes: the lead's own lawyer who will call, how a
// visit is done asked, minutes spent with someone.
func TestStop55Asks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"in the car rn, could you phone instead?",
		"my dad would like a word with whoever runs the place",
		"our accountant needs a quick call with your loan officer this week",
		"I'd like ten minutes with her before we sign anything",
		"can I get whoever's in charge of the billing side",
		"fone is easyer than all this typing",
		"me gustaría que alguien de ustedes viniera a ver la casa",
		"¿puedo hacerle una videollamada mañana?",
		"quiero sacar una cita en su oficina para el martes",
	)
	requireNoAsks(t,
		"my lawyer is going to call me after lunch, I'll text you then",
		"does a technician come out for the estimate or is it done by photos?",
		"I spent ten minutes with her at the open house and she was lovely",
		"if you phone instead of texting I won't answer",
		"let me have a word with my husband first",
		"I need a word of advice on the down payment",
		"I only get 10 minutes with them at drop off so text is better",
		"espero que alguien me venga a ayudar con la mudanza",
		"tengo que agendar una cita en la oficina del dentista",
		"quiero tener una videollamada con mi hija antes",
	)
}

// TestStop55Mocked: dev341's sarcasm in our own words (stop 55): a step
// mocked or refused in the same message commits to nothing, a step the
// lead would take "if I could" neither; and the readiness classes of
// dev336 and dev337 (a crew booked, the door left open to the crew).
func TestStop55Mocked(t *testing.T) {
	t.Parallel()
	requireNoCommitment(t,
		"\"Let's do it!\" said no one ever about a 3 year lease",
		"book the install? slow down, we haven't even got a quote",
		"sure, sign me up, right after I win the lottery. not happening",
		"we'd sign today if we could, but the bank wants another month",
		"send the contract? lol no",
		"Friday I'm stuck at home for the electrician, text me after",
	)
	requireCommits(t,
		"book the plumber for Thursday morning please",
		"schedule your electrician for Friday, gate code is 4411",
		"Tuesday at 10 works for the inspection. No, we don't have pets",
		"I'd like to book the demo for Tuesday if we could do 9am",
		"sign me up, no more waiting",
	)
}

// TestStop55ShortAsks: dev350, dev351 and dev355's asks in our own words
// (stop 55, a second round): someone of the sender's to swing by, the
// manager asked for, a Spanish call thrown, a visit to the office, "¿será
// posible que me llamen?"; and look-alikes: a house to be seen, the
// lead's own inspector; readiness said as "just lock it", "pulled the
// trigger", "put us down para el viernes", and a step only supposed or
// asked of other people.
func TestStop55ShortAsks(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"can the loan officer swing by my house?",
		"me echan una llamadita en la tarde?",
		"¿será posible que alguien me llame hoy?",
		"who's the manager there? need her",
		"paso a verlos mañana a su oficina",
	)
	requireNoAsks(t,
		"vamos a verla el sábado con mi esposo",
		"the inspector will swing by the house Tuesday",
	)
	requireCommits(t, "just lock it, 6.2 works", "pulled the trigger, send the docs", "put us down para el viernes")
	requireNoCommitment(t, "let's say we're ready to sign in May, what's the payment?", "do people usually sign right away?")
}

// TestStop55NextStepAsked: dev352's readiness in our own words (stop 55):
// the next step asked once the lead has done their part, in English and
// Spanish, and room cleared for the crew; a process question asked before
// anything is decided stays below a commitment.
func TestStop55NextStepAsked(t *testing.T) {
	t.Parallel()
	requireCommits(t,
		"the title papers are in an envelope on the counter. who do I give them to?",
		"ya tengo las fotos del daño, ¿a qué correo?",
		"moved the truck out so your crew can get in tomorrow",
		"ya firmó mi esposa, ¿qué nos toca primero?",
	)
	requireNoCommitment(t,
		"how does the process usually work with your company?",
		"¿cómo le hacemos para que me bajen el precio? está carísimo",
		"I already scanned the quote and honestly it's too high",
		"who should I send this to for a second opinion?",
	)
}

// TestStop56ConfusionAndVoice: dev356 to dev360's misses as classes (stop
// 56): a voice preferred to typing, a person at the business asked for
// by what they can look at, a call on offer asked about, Venezuelan
// "repicar" and shorthand "m"; confusion and failure that repeat as
// frustration, and others' strong words as none; a yes in principle or by
// mistake hedged, the deal asked for, a visit wanted without fail.
func TestStop56ConfusionAndVoice(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"this is a lot, quicker to say it out loud than type it",
		"anyone on your end who could check my account?",
		"does anybody over there do quick calls? easier for me",
		"mejor repícame en la tarde",
		"xfa m llamas?",
	)
	requireNoAsks(t,
		"I read the contract out loud to my husband, easier than texting him",
		"can I give your number to my brother, his roof leaks too",
		"anyone there do cold calls? I got three yesterday",
	)
	requireFrustrated(t,
		"nope, still not loading for me. what now",
		"how many more times do I have to upload the same pay stub",
		"I've had three different answers from three people",
		"cada quien me dice otra cosa",
		"none of this makes sense to me anymore",
	)
	requireNotFrustrated(t,
		"my brother was furious with the company that did his windows, so I want it in writing",
		"I'm terrible with computers, can you send it by mail?",
		"reviews said customers were frustrated with the wait, is that still true?",
		"the portal isn't loading for me, could you resend the link?",
	)
	requireCommits(t,
		"ok let's put the house under contract",
		"necesito que vengan el martes sin falta",
	)
	requireNoCommitment(t,
		"in principle we'd like to move forward, but nothing happens until my partner signs off",
		"I clicked 'move forward' by mistake, can you undo it?",
		"sorry, what did you need from me?",
		"ready when you are! jk, I still need to check with my wife",
	)
}

// TestStop56ReviewAndRoundTwo: the review of this stop's first rules and
// the second round of dev writers (dev361 to dev365).
func TestStop56ReviewAndRoundTwo(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"can you send your number to my email so I can call you",
		"easier to talk than text, can one of your guys call?",
		"I manage the office for Dr. Patel. He'd like your rep to phone him around 12:30",
		"Dial me up when you get a chance",
	)
	requireNoAsks(t,
		"si m llamas no contesto, mejor por texto",
		"ahorita no puedo, mi jefa m llama.",
		"el celular me repica todo el día con sus mensajes",
		"I'd rather not say it out loud, can I text you the details?",
		"my wife would rather say it out loud at the closing",
		"easier to tell you here than text my contractor",
		"the guy on your side that came out fixed it, all good now",
		"Tell the guy not to call when he gets here, the baby will be asleep.",
		"If the tech needs to call me when he gets there that's fine, otherwise text is best.",
		"My landlord said he'd talk to your manager about the bill.",
	)
	requireFrustrated(t,
		"not sure how many more times I can click verify and watch the wheel spin forever",
		"es como hablar con la pared, de verdad",
	)
	requireNotFrustrated(t,
		"I got 3 different quotes and yours was the best",
		"how many more times will the inspector come out?",
		"same issue as last time with the water heater, can you send the same tech? he was great",
		"Nope, still down to do it Saturday!",
		"lol no idea what any of that means but sounds good, let's go",
	)
	requireCommits(t,
		"Ready to move forward, need to talk with the installer about the start date",
		"Sorry for ghosting, didn't mean to. Let's sign tomorrow",
		"a car hit our fence by accident, ready to get the new fence started monday",
		"dice mi señora que le entremos, ¿qué sábado tienen?",
	)
	requireNoCommitment(t,
		"I hit \"move forward\" on the app by accident. Can you undo that?",
		"Si el inspector dice que la casa está bien, entonces le entramos",
		"le dije al otro contratista que venga el lunes sin falta y ni apareció",
	)
	sig := trigger.Analyze("pues se siente un olor como a plástico quemado y el breaker se pone bien caliente")
	require.Contains(t, sig.OutOfScope, trigger.TopicEmergency)
	require.NotEmpty(t, trigger.Analyze("the outfit with the orange signs already emailed me a number, so tomorrow works if yours can beat it").Competitors)
	require.Empty(t, trigger.Analyze("can you match it with the blue paint instead?").Competitors)
	// the second review (200 messages in /tmp/rev56b/set)
	requireAsks(t,
		"call me when you get home",
		"my husband set this up but id rather explain it out loud",
		"m llamas cuando salgas del trabajo?",
	)
	requireNoAsks(t,
		"she said she would speak with your manager at the closing",
		"have the tech call me when he gets here, gate is locked",
	)
	requireFrustrated(t,
		"how many more times will you reschedule on me",
		"i have no idea what any of this means. thanks a lot",
	)
	requireNotFrustrated(t,
		"how many more times can we reschedule before the fee kicks in?",
		"got 2 different prices from you, one for the 30 year shingle and one for the 50, which do you recommend?",
		"nope still broken lol no worries",
		"nope, still not working on my end but no rush, whenever you get to it",
		"es como hablar con la pared de enfrente, se escucha todo",
		"Good afternoon. Yes, I am still thinking it over, though I confess I don't understand all of it.",
	)
	requireCommits(t,
		"ready to sign. could you undo that discount code thing, it didn't apply",
		"pasen el lunes sin falta porfa",
		"orale pues, le entramos",
	)
	requireNoCommitment(t,
		"ok lets do it, just need to talk with the wife tonight",
		"dudo que le entremos, esta muy caro",
		"entrele por la puerta de atras, el perro no muerde",
	)
}

// TestStop56ThirdReview: the third review of this stop's rules (180
// messages in /tmp/rev56c/set).
func TestStop56ThirdReview(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"call me once the paperwork arrives, I want to go over the numbers",
		"call me when he gets home, he needs to hear this too",
		"they could call me tomorrow morning if that works for them",
	)
	requireNoAsks(t,
		"siempre m llaman en la noche y es molesto",
		"id rather tell my husband out loud tonight than text him the numbers",
		"Honestly it's easier to tell the crew in person than text them",
		"is there anyone over there who can send me the invoice by email?",
	)
	requireFrustrated(t,
		"everyone there is so rude",
		"I keep getting conflicting answers from your team",
		"how many more times are you going to cancel on me",
	)
	requireNotFrustrated(t,
		"the tenants gave me three different stories about how the pipe burst",
		"How many more times will you need to come out to finish the install?",
		"How many more times do we have to pay before the loan is paid off?",
		"nah still not working since the layoff so financing might be hard",
		"first time buyer, no idea what any of that means, could you explain escrow?",
		"Me dieron tres cotizaciones diferentes y la de ustedes fue la mejor",
	)
	requireCommits(t,
		"Send the contract, I'll sign tonight. Still need to check with the bank on the wire amount",
		"book me for tuesday, I need to check with my husband what time he can let the crew in",
		"dudo que haya algo mejor, mándeme el contrato",
		"que venga el técnico el lunes si o si",
	)
	requireNoCommitment(t,
		"ya le entramos a la remodelación con otra compañía",
		"ok le entro pero hasta que mi esposo vea el contrato",
		"Le pedí al otro plomero que venga el lunes sin falta y nunca llegó",
		"lets do it, I need to talk to my wife first though",
	)
}

// TestStop56FourthReview: the fourth review (196 messages in
// /tmp/rev56d/set).
func TestStop56FourthReview(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"tell them to call me when they get in the office",
		"give your number to my wife please, she'll call you tonight",
		"easier to explain it to you guys than type it all out",
		"my husband set this up and it's easier to explain it out loud",
	)
	requireNoAsks(t,
		"nos repican a cada rato con sus mensajes, ya basta",
		"siempre m llamas en horario de trabajo y no puedo contestar",
		"need someone on your side to sign off on the change order, can you email it?",
	)
	requireFrustrated(t,
		"no, still broken for me",
		"I have no idea what any of this means, please stop sending me jargon",
		"whenever I ask your team I get conflicting answers from your people",
	)
	requireNotFrustrated(t,
		"I got conflicting answers online about whether I need a permit",
		"me mandaron dos archivos, ¿cuál es el correcto para firmar?",
		"basement flooded again, same problem as yesterday, can you send someone?",
		"nope, still not working, got laid off in march",
		"nope, still frozen, can someone come out today?",
		"the HOA sent this notice, no idea what any of it means, can you look?",
	)
	requireCommits(t,
		"Firmamos hoy, pero hasta que llegue el material no pueden empezar, verdad?",
		"le di el anticipo por error al otro contratista, con ustedes quiero empezar el lunes, firmamos",
		"I already told your office I need them out here Monday no matter what",
	)
	requireNoCommitment(t,
		"ni modo que le entremos con esos precios",
		"para que le entremos necesitan bajar el precio",
		"we decided to go with the other buyer, we want to get it under contract with them this week",
	)
}

// TestStop57ScopeLookAlikes: a topic word that names the lead's own job
// ("I'm an ER nurse", "soy abogado") or an emergency the lead had and
// got fixed is no out-of-scope question; a lawyer asked about, or a
// burst pipe nobody has fixed, still is.
func TestStop57ScopeLookAlikes(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"I'm an ER nurse so I answer late, texts are best",
		"soy abogado, escríbame en la tarde por favor",
		"my wife works at the emergency vet so evenings are better",
		"we had a burst pipe last spring, a plumber fixed it, now we just want the AC looked at",
		"tuvimos una inundación en el sótano pero ya la arreglaron, ahora queremos vender",
	} {
		require.Empty(t, trigger.Analyze(s).OutOfScope, "%q", s)
	}
	for _, s := range []string{
		"I'm a little worried, do I need a lawyer for the closing?",
		"we had a pipe burst an hour ago and nobody has fixed it, there's water everywhere",
		"is a lawyer needed for the probate part?",
		"I'm in an emergency here, the basement is filling with water",
		"I am having an emergency, the pipe burst under the sink",
		"we had a pipe burst last night and need it fixed asap",
		"trabajo y tengo una emergencia ahorita, se está saliendo el gas",
	} {
		require.NotEmpty(t, trigger.Analyze(s).OutOfScope, "%q", s)
	}
}

// TestHighValueInReplyToAPrice: a bare number that answers a question
// about a home's price is thousands of dollars, and the sellers' asking
// price is what a buyer will pay; a credit score, a monthly figure, a
// ceiling at the line, a band's low end, another home's price and a
// question about anything but a price stay below.
func TestHighValueInReplyToAPrice(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValue(500_000)
	eval := func(asked, text string) bool {
		d, err := hv.Evaluate(context.Background(), trigger.Input{Text: text, Asked: asked})
		require.NoError(t, err)
		return d.Handoff
	}
	for _, c := range [][2]string{
		{"What price range are you shopping in?", "the ones we keep going back to are all 650 to 700"},
		{"What price range are you looking at?", "honestly everything we like is 850 to 950, which hurt"},
		{"Do you have a number in mind for the house?", "my wife won't let it go for less than six-forty"},
		{"Do you know the purchase price yet?", "they're asking 720 for it and we'd put 15% down"},
		{"¿Qué rango de precio está buscando?", "lo que nos gusta anda entre 600 y 650"},
		{"", "found the one! they're asking $1.2 million, we need a jumbo loan"},
	} {
		require.True(t, eval(c[0], c[1]), "%q after %q is high value", c[1], c[0])
	}
	for _, c := range [][2]string{
		{"What price range are you shopping in?", "low 400s"},
		{"What price range are you shopping in?", "around 450, definitely not over 500"},
		{"What price range are you shopping in?", "my credit's like 700 so whatever that gets me"},
		{"How's your credit looking?", "somewhere in the 680s"},
		{"What's your monthly budget?", "around 600"},
		{"¿Cuánto pagan de renta ahora?", "pagamos 900 al mes, no queremos pasar de 500"},
		{"¿Qué rango de precio está buscando?", "algo tranquilo, no queremos pasar de 500"},
		{"What price range are you shopping in?", "no more than 500, and less than 500 would be better"},
		{"What price range are you shopping in?", "our rent is 900 now so nothing crazy"},
		{"What price range are you looking at for the new water heater?", "like 900 hopefully"},
		{"Do you have a number in mind for the new roof?", "maybe 800?"},
		{"Would you like to finance the new furnace?", "it's like 700 right?"},
		{"¿Tiene un número en mente para la cerca?", "unos 700"},
		{"What number of square feet are you hoping for?", "maybe 900"},
		{"", "we're not buying, just curious, they're asking 650 for the home next to the school"},
		{"Do you have a number in mind?", "the neighbors are asking 650 but ours is smaller, maybe 450"},
		{"", "they're asking 690 for the one on Elm, ours is in worse shape"},
		{"Sorry, what's the best number to reach you?", "555 0199"},
		{"How big is the house?", "3 bed, about 900 square feet"},
	} {
		require.False(t, eval(c[0], c[1]), "%q after %q is not high value", c[1], c[0])
	}
}

// TestCompetitorModelOverruled: the learned tier's competitor reading
// gives way on a tool to connect to and on people the lead knows with no
// offer named, not on a rival a relative names with a price compared.
func TestCompetitorModelOverruled(t *testing.T) {
	t.Parallel()
	comp := trigger.Competitor()
	for _, s := range []string{"we use Salesforce, does yours sync with it?", "our neighbors did their roof last year, theirs is better",
		"my sister did her kitchen with the same tile, hers came out nicer"} {
		require.False(t, ruleFires(t, comp, s), "%q", s)
	}
	for _, s := range []string{"my husband says we should stick with Lemonade unless yours is cheaper",
		"mi esposo dice que nos quedemos con Lemonade, ¿ustedes me lo dejan en menos?"} {
		require.True(t, ruleFires(t, comp, s), "%q", s)
	}
}

// TestHighValueScopeLearned: where no scope cue matches, the learned
// tier reads a large job told in words; a small job, one rental, the
// whole of a small thing (a fence, a window) and the whole of something
// that is no deal stay below, and a message with a number is left to the
// rules.
func TestHighValueScopeLearned(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500_000)
	d, err := hv.Evaluate(context.Background(), trigger.Input{Text: "honestly at this point we want the whole house done over, every bathroom and the kitchen"})
	require.NoError(t, err)
	require.True(t, d.Handoff)
	require.Contains(t, d.Detail, "(model p=")
	for _, s := range []string{"just the kitchen sink for now", "we only have the one rental", "my kid broke the whole window lol",
		"honestly at this point we want the whole fence redone", "toda la cerca, quiero cambiar todo",
		"tengo que cambiar todo el piso del baño chiquito", "the whole family loved the house",
		"honestly at this point we want the whole house redone, all 2 bathrooms and the kitchen"} {
		d, err := hv.Evaluate(context.Background(), trigger.Input{Text: s})
		require.NoError(t, err)
		require.False(t, d.Handoff && strings.Contains(d.Detail, "(model p="), "%q: %s", s, d.Detail)
	}
}

// TestAsksSaidAside: asks the rules missed because a word beside them
// read as something else: an interjection or "mae" after "call me" is no
// name, an impatient "already" no past call, "manager please." first in
// a longer message a demand, a visit ("stop in") no meeting the lead is
// in, a callback "from Tuesday" a time, and a person of the business
// asked to call the lead no call the lead makes. Their look-alikes stay
// no asks.
func TestAsksSaidAside(t *testing.T) {
	t.Parallel()
	requireAsks(t, "just call me omg", "someone call me about this already 😤", "tlk to a prsn pls", "Rep. Ahora.",
		"manager please. asked three times how the software handles lumper receipts and got nothing",
		"can you call me mejor? my english escrito no es muy bueno", "Llamame mae, es más fácil",
		"Could you ask Dave to give me a shout? He did our estimate last year",
		"Would you kindly ask Mr. Jenkins to return my call? He came by last week about the house.",
		"Feel free to dial this number, I'll pick up.", "still waiting on that callback from Tuesday, 305-555-0148",
		"I'll be in Grand Island Tuesday for parts. Could I stop in and sit down with one of your people?",
		"Pegame un tubazo cuando estés libre", "Por escrito me enredo. Dame un timbre esta tarde",
		"¿Me pueden timbrar al rato? Ahorita estoy en el break", "Mejor de voz, ¿no? Así le entiendo más.")
	requireNoAsks(t, "call me Sam btw", "I'll call my lender tomorrow", "i told my wife to call me back after work",
		"still waiting on the call from my lender", "in a meeting with the site manager til 3, text me after",
		"Manager. I run a team of 12 at the warehouse", "Te dejé un mensaje de voz ayer", "we talked already")
}

// TestSignalsSaidInOtherWords: a visit sent for a day ("sí, mándenlo
// mañana ... ¿a qué hora puede llegar?") commits, the deposit invoice
// asked for in a yes is no billing question, "¡qué cosa seria! vengan a
// arreglar lo que dañaron" is frustration, a repipe of a whole building
// is high value and "mejor que el electricista le marque a mi abuela"
// asks for a call; their look-alikes do not.
func TestSignalsSaidInOtherWords(t *testing.T) {
	t.Parallel()
	a := trigger.Analyze("Sí, mándenlo mañana en la mañana, yo pido permiso en el trabajo. ¿A qué hora puede llegar?")
	require.GreaterOrEqual(t, a.Commitment, 2)
	a = trigger.Analyze("Perfect, that settles it. They voted to go ahead, send the contract and the deposit invoice to the church office.")
	require.Empty(t, a.OutOfScope)
	require.Contains(t, trigger.Analyze("you charged the deposit invoice twice, I want a refund").OutOfScope, trigger.TopicBilling)
	require.True(t, trigger.Analyze("¿Foto? Ya está todo mojado y ustedes me piden fotos. ¡Qué cosa seria! Vengan a arreglar lo que dañaron.").Frustrated)
	require.False(t, trigger.Analyze("el plomero arregló lo que dañaron los inquilinos, todo bien").Frustrated)
	hv := trigger.HighValueScope(500000)
	require.True(t, ruleFires(t, hv, "el board quiere hacer repipe de todo el edificio, los 24 apartamentos"))
	require.False(t, ruleFires(t, hv, "la tubería del baño del edificio gotea"))
	requireAsks(t, "Ni idea, honestly. Mejor que el electricista le marque a mi abuela directo, she knows more.")
	requireNoAsks(t, "mejor que mi abuela le marque al electricista, ella tiene su número")
}

// TestBlind53And54Signals: property-management tools named as the system
// in use are competitors, "the least helpful thing I've dealt with all
// year" and "is anybody actually looking at the file?" are frustration,
// "he owns five more on the same street" after "is it just the one
// house?" is several properties, and "can the estimate guy just marcarle
// a ella?" asks for a call.
func TestBlind53And54Signals(t *testing.T) {
	t.Parallel()
	require.True(t, ruleFires(t, trigger.Competitor(), "Our current system is AppFolio, they raised the price again"))
	require.True(t, trigger.Analyze("Swell. This is about the least helpful thing I've dealt with all year.").Frustrated)
	require.True(t, trigger.Analyze("I just said I uploaded them. Is anybody actually looking at the file, or is this going to loop forever?").Frustrated)
	hv := trigger.HighValueScope(500000)
	d, err := hv.Evaluate(context.Background(), trigger.Input{Asked: "Is it just the one house?", Text: "no thats the thing, he owns five more on the same street, all rented"})
	require.NoError(t, err)
	require.True(t, d.Handoff)
	require.False(t, ruleFires(t, hv, "he has five more kids"))
	requireAsks(t, "sí, toda la semana. mi mamá is worried, can the estimate guy just marcarle a ella? she's home all day")
}

// TestScopeAndRivalsSaidPlainly: all of several places offered at once
// ("you take all five", "les vendo las cinco"), apartments owned in a
// town, two-families counted, a whole house redone or repiped ("repipe de
// everything") are high value; the apartments of one building are one
// property. Insurers and tools named as the lead's own (Farm Bureau, Next
// Insurance, odoo, a quote from Citizens, "Progressive me está dando")
// are competitors.
func TestScopeAndRivalsSaidPlainly(t *testing.T) {
	t.Parallel()
	hv := trigger.HighValueScope(500000)
	for _, s := range []string{"118 Oak, 122 Oak, the duplex on Fulton and two more on the south side. You want one, you take all five.",
		"Si el precio es justo les vendo las cinco, son casitas chicas todas en la misma colonia",
		"Tengo cuatro apartamentos en Río Piedras y una casa en Caguas que eran de mi papá.",
		"it's not one place. 4 two-families, Bushwick and East New York, all tenant occupied",
		"at this point I think we want the whole house redone, PEX probably", "toda la casa honestly, quiero hacer repipe de everything"} {
		require.True(t, ruleFires(t, hv, s), "%q", s)
	}
	for _, s := range []string{"Sí, un building de seis apartamentos en Washington Heights que es de la familia", "a building of six apartments in Washington Heights",
		"I'd sell the house with all the furniture", "we redid the whole kitchen last year"} {
		require.False(t, ruleFires(t, hv, s), "%q", s)
	}
	comp := trigger.Competitor()
	for _, s := range []string{"Farm Bureau's had us for twenty years but the premium went up again.", "ya with Next Insurance but they raised my premium like 40%",
		"ahorita usamos odoo pero está muy complicado", "ya tengo una cotización de Citizens y está bastante buena",
		"Es que Progressive me está dando casi lo mismo con deducible más bajo"} {
		require.True(t, ruleFires(t, comp, s), "%q", s)
	}
	require.False(t, ruleFires(t, comp, "the neighborhood citizens group meets Tuesday"))
}

// TestReviewStop62Asks: what the review of stop 62's change found. "Agent
// now." and "manager ya." tell what the lead is; the tenant, a neighbour
// or the lead's own relative asked to call is no ask of the business;
// "¡qué cosa seria!" may marvel.
func TestReviewStop62Asks(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Agent now. We signed with Keller last week", "Manager now. The owner sold it to us last year", "manager ya. the old one left",
		"could you ask the tenant to give me a shout about the lease", "please tell the neighbor to give us a shout if the water comes back",
		"can you tell my wife to give me a shout when she's done at the house? her phone's dead",
		"Mejor que mi hijo le llame a mi mamá, él le explica", "porfa que mi esposo le llame a mi suegra, ella decide")
	require.False(t, trigger.Analyze("¡Qué cosa seria! Nos quedó preciosa la cocina").Frustrated)
	require.False(t, trigger.Analyze("Is anyone actually looking at the file? Just curious when the appraisal is").Frustrated)
}

// TestFrustrationUnderstatedOrShaming: annoyance said dryly ("not best
// pleased", "slightly cheesed off", "not real impressed so far"), the
// business shamed ("you people ought to be ashamed of yourselves", "are
// y'all being dense on purpose"), an idiom of uselessness ("about as
// useful as a screen door") and Spanish scolding ("¿tú eres bruto o te
// haces?", "yo no soy tonto", "está furiosa y yo también") are
// frustration; the same words calm are not.
func TestFrustrationUnderstatedOrShaming(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Not best pleased, to be honest. The adjuster was meant to ring Monday and it's Friday.",
		"Slightly cheesed off that my deposit's 'still processing' three weeks on.", "Not real impressed so far. Three days and still no quote.",
		"You people ought to be ashamed of yourselves, pestering widows about their houses.", "Are y'all being dense on purpose or does it come natural?",
		"This is about as useful as a screen door on a fishing boat.", "Chamo, ¿tú eres bruto o te haces? Te dije Doral, no Kendall",
		"Mire, yo no soy tonto eh, ya me di cuenta que me subieron el precio", "Mi seller está furiosa y honestly yo también.",
		"Well, this is a heck of a way to run a business.", "I said the cabin. Not the house. The cabin. We've been over this."} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"I'm impressed so far, the quote came fast", "my neighbor said you were very competent",
		"we went over the numbers last night, looks good", "mi hija es muy paciente con la casa"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
}

// TestCommitmentSaidAsAnOrder: the decision told as an order or a deal
// ("consider it a deal", "the job is yours", "we doing it", "draw up the
// agreement", "get the paperwork started", "decidimos avanzar", "manda el
// contrato", "amarra la tasa", "lock it ahorita", "grab me a demo slot",
// "enroll her hoy", "get a crew here as soon as you can") commits; the
// same words about something else do not.
func TestCommitmentSaidAsAnOrder(t *testing.T) {
	t.Parallel()
	requireCommits(t, "If you can have someone here Saturday morning, consider it a deal.", "If you can start Monday the job is yours.",
		"Ok we doing it. My brother in Guyana signed his part.", "The verdict is in: we're doing it. Draw up the agreement.",
		"I've decided. Please get the paperwork started for the house on Coquina Court.", "luego de revisar la propuesta, decidimos avanzar.",
		"Manda el contrato, ya no tengo na que pensar", "Amarra la tasa, no quiero esperar a ver si sube", "that rate está bien, lock it ahorita",
		"grab me a demo slot for Tuesday", "she wants the Plan G. Enroll her hoy please", "Furnace quit last night. Get a crew here as soon as you can.")
	requireNoCommitment(t, "is it a deal if I sell the car too? just asking", "we're not doing it this year", "the kids are doing it for school")
}

// TestAsksPutOffOrToldOf: a talk offered as a maybe for later, with the
// lead's present told apart ("tal vez más adelante we can talk on the
// phone, ahorita solo estoy viendo opciones"), a name given with "like
// everybody else" or "nadie me dice", and other people's calls told of
// ("used to call me every week", "the 4th company to call me") ask for
// nobody; "maybe call me later, I'm at work right now" still asks.
func TestAsksPutOffOrToldOf(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "tal vez más adelante we can talk on the phone, ahorita solo estoy viendo opciones",
		"maybe after the holidays podemos hablar por teléfono, ahorita tengo mil cosas",
		"Pues a lo mejor luego les hablo por teléfono, todavía no decido nada",
		"Maybe down the road we could hop on a call, but honestly I'm just poking around for now",
		"jaja ok, call me Titi like everybody else. So what's the next step pa' la casa?", "call me Lupe nadie me dice Guadalupe",
		"ur the 4th company to call me this week lol", "My old agent used to call me every single week and it drove me nuts.")
	requireAsks(t, "maybe call me later, I'm at work right now", "call me like tomorrow morning", "I need someone to call me asap")
}

// TestAsksTakenBackPutOffOrOthers: an ask taken back in the clause after
// it ("pero mejor no", "but nah"), a talk put off to a condition with
// the present told apart ("once ..., maybe a call. Not yet", "si ...,
// pero por ahora", "if ..., let's see first"), a call on the way over, a
// talk someone of the lead's had ("mi cuñado habló con ...") and a
// question whether a talk is needed at all ask for nobody; the same asks
// said plainly still ask.
func TestAsksTakenBackPutOffOrOthers(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "Pensaba pedir que me marcaran, pero mejor no, por aquí seguimos",
		"I was gonna ask for a call, but nah. texting works",
		"Once the appraisal is back maybe we can get on a call. Not yet though.",
		"si luego tengo preguntas a lo mejor pido hablar con alguien, pero por ahora todo bien",
		"If the numbers look off I might want to speak to a manager, but let's see first",
		"¿el plomero me marca antes de venir?",
		"mi suegra ya habló con una agente de ustedes y le fue bien",
		"do I gotta talk to someone or can I do it all by text?")
	requireAsks(t, "Pensaba mandarles texto, pero mejor que me marquen hoy",
		"Once you get this, please call me", "si puede, llámeme hoy", "I want to speak to a manager",
		"yo hablo con quien sea, nomás llámenme",
		// (a "sí" is no condition, a "not yet" about something else puts
		// nothing off, a detail after "but wait" keeps the ask, an
		// ultimatum demands, an article is no possessive, the lead's own
		// errand is no arrival)
		"Sí, quiero hablar con un agente. Todavía no entiendo el contrato", "If you can, call me today. not yet decided on price",
		"I called once already, I need to speak with a manager. Not yet fixed", "can someone call me? but wait, after 3 pm is better",
		"I have to talk to someone today or I'm canceling, texting isn't working", "El lunes hablo con el gerente por favor",
		"Llámeme antes de ir al banco por favor, necesito saber el monto")
}

// TestSignalsOverturnedOrConditional (stop 63): a hedge the lead meant
// and then dropped ("I was gonna wait ... but", "let me think... no, you
// know what") or a hurry ("can't wait another week") leaves the yes
// committed; a yes taken back ("pero wait, ...", "bueno, no, mejor
// espero") or said on a condition ("if ..., we'd be ready") does not
// commit; a feeling the lead would have if something happened is no
// frustration.
func TestSignalsOverturnedOrConditional(t *testing.T) {
	t.Parallel()
	requireCommits(t, "I was going to wait till spring but the basement can't wait. Put me on the schedule",
		"let me sleep on it... no, you know what, I've thought enough. let's do it", "lets do it, the furnace can't wait another week",
		"Lo iba a pensar, pero ya no hay nada que pensar. ¿Cuándo firmamos?")
	requireNoCommitment(t, "Let's do it... bueno, no, mejor espero a mi esposa", "If the appraisal comes in right we'd be ready to sign. Still waiting.",
		"We're going to wait a few weeks but we definitely want to move forward", "I want to move forward but need to think about it, you know what I mean")
	// (a detail after the yes, a second answer, a condition the sender
	// can meet or a plain acceptance leave it committed)
	requireCommits(t, "Let's do it! But wait, what's the deposit?", "yes let's do it. no, ill pay cash", "If that's the final price, I'd like to go ahead",
		"If you match the price I'd be ready to sign today", "Si, I'd like to get started", "If you can do Wed let's do it")
	for _, s := range []string{"If the crew is late Saturday I'll be annoyed, but I'm sure they'll show", "I'd be upset if the price changed, so is it locked?"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"I'll be upset if this happens again, the crew was late twice", "to be honest im frustrated, if nobody calls me today I'm canceling",
		"I'm starting to be annoyed. If you can't fix this I'm leaving", "I'll be pissed if you text me one more time",
		"I'll be annoyed if you don't call me back today"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
}

// TestAsksForANamedPerson (stop 63): a person asked for by name or by
// what they did ("Can you have Brother Nielsen reach me?", "I'd like
// Rodney to reach me directly", "can I have a word with the fella who
// did the inspection?", "put me through to Mike") asks; a word the lead
// will have with their own, or "I'd like you to call me Cap", does not.
func TestAsksForANamedPerson(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Could you have Sister Alvarez reach me? She did my mom's closing", "I'd like Dwayne to reach me directly about the estimate",
		"can I have a word with the lady who did the appraisal?", "put me through to the owner please", "I'd like a natter with whoever handles the loan")
	requireNoAsks(t, "I'll have a word with my husband tonight and get back to you", "i'd like you to call me Cap, everyone does",
		"can I have a word with my husband first", "they put me through to voicemail 3 times today", "I'd like you to contact me only by text",
		"I'd like my wife to reach me at work")
}

// TestFrustrationToldPlainly (stop 63): told to read again, calm kept
// with effort, the cost counted, help nobody bothered to give, the
// lead's wits defended.
func TestFrustrationToldPlainly(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Please reread my last message. The lot is 2 acres, not 1.",
		"do you know how much time we wasted on this today?", "the roof still leaks and nobody bothered to call back",
		"I'm 75, I'm not an idiot, stop explaining it like that"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	// (the lead rereading, a loss not laid at the sender's door, a
	// question nobody asked, a fact about the lead)
	for _, s := range []string{"can you re-send the last message? my phone deleted it", "let me re read the message and get back to you",
		"I don't know how much money we lost on the last sale, maybe 10k", "nobody bothered to ask if we had pets, is that an issue?",
		"No I'm not a child of a veteran, does that matter for the VA loan?", "trying to be patient but we're so excited to move in",
		"Oh great! Another thing - can we close by the 30th?"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
}

// TestAsksNotMeantAsCalls (stop 63): "call" asking for a name, a topic
// to talk over by text, phone calls named as what the lead is bad with,
// and a name the lead goes by ask for nobody; the same words as a
// request still ask.
func TestAsksNotMeantAsCalls(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "what would you call this type of policy, term or whole?", "Let's talk timing: nothing before June",
		"text is better for me, I'm terrible with phone calls", "Llámame Memo nomás, todos me dicen así")
	requireAsks(t, "what time would you call me tomorrow? anytime after 5 works", "let's talk dates on the phone tonight",
		"can we do this by phone? typing is hard for me", "What time can you call this afternoon?", "what do I have to do to get someone to call this number?!",
		"let's talk details tomorrow at 5, I'm free then", "Siempre me dicen así y nunca llaman. Llámenme hoy")
}

// TestSignalsOfStop64 (stop 64): a person of the sender's asked for by
// "he" ("ustedes tienen un señor que habla español, can he call me?")
// asks, "he" of the lead's own does not; being on the phone now, calls
// refused in the same message and what someone said the sender is ask
// for nobody. A former provider called a frustration, "otra vez" in a
// request to look again, are no frustration; the lead among the upset
// ("mi esposa y yo tamo bien molestos"), "nadie da la cara" and "what a
// racket" are. The crew asked for on a day ("have the installers out
// Friday", "que vinieran a instalar el martes") and "how do we get the
// contract started" commit.
func TestSignalsOfStop64(t *testing.T) {
	t.Parallel()
	requireAsks(t, "My cousin said y'all have a lady who speaks Spanish. Can she call me tonight?")
	requireNoAsks(t, "my husband is the one who decides. can he call me when he gets home?",
		"toy on the phone con la aseguradora, give me a minute", "mejor por texto, I can't hear on the phone. please don't call",
		"my sister says you folks are real people, not a bot. Anyway the condo has 2 baths")
	for _, s := range []string{"The old contractor we had was a real frustration. You all have been great, when do you start?",
		"¿Lo podemos revisar otra vez cuando llegue el avalúo?"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"mi esposa y yo tamo bien molestos, nos cobraron doble", "les llamé tres veces y nadie da la cara",
		"What a racket. The fee doubled overnight."} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	requireCommits(t, "Could you send the installers out Friday? The old unit is done", "¿Sería posible que vinieran a instalar el martes?",
		"Boss signed off. How do we get the paperwork started?")
}

// TestSignalsOfStop64Review (stop 64): the review's cases and the asks
// of blind50 to blind55. "he" or "she" asks only as the sender's person
// ("your inspector came by, can he reach out to me?"), not the lead's
// own ("my brother is a realtor too, could he reach out to me"); "get in
// touch", "have somebody ring my office", "15 min on someone's
// calendar", "I'd appreciate a technician ringing me" and "quiero
// preguntarle yo directo" ask; a client's wish to talk turned down, and
// the lead's own word kept by texting, do not. "what a racket" and
// "nadie da la cara" need the sender or money named; upset at a tenant
// is no frustration; the crew and quote visits do not commit.
func TestSignalsOfStop64Review(t *testing.T) {
	t.Parallel()
	requireAsks(t, "your inspector came by yesterday, can he reach out to me about the roof?", "can someone get in touch with me this week",
		"Could the lady who showed us the house in May get in touch?", "Just have somebody ring my cell after 3", "can I get 20 minutes on your calendar Thursday?",
		"I'd appreciate someone calling me before the crew comes", "¿el dueño tiene cel? quiero preguntarle yo directo lo del precio")
	requireNoAsks(t, "my brother is a realtor too, could he reach out to me with comps", "the guy from the bank said he'd call. can he call me tomorrow instead?",
		"My buyer keeps saying he wants to talk to someone in person, but texting works better for me.",
		"Mi cliente quiere hablar con el gerente, pero yo le dije que mejor seguimos por aquí", "Told my wife I'd talk to your team today, so here I am. How much?",
		"I'd appreciate you not calling me, texts only", "my agent will be in touch with you")
	for _, s := range []string{"what a racket the neighbors make", "the kids are asleep, what a racket today", "mis hermanos no ayudan, nadie da la cara por la casa",
		"mi esposo y yo estamos molestos porque el inquilino no paga"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	require.True(t, trigger.Analyze("the last agent we had was a frustration, and so is your company").Frustrated)
	requireNoCommitment(t, "can you get your crew out of here by Friday? they block my driveway", "¿pueden venir a ver el techo el lunes? solo para cotizar",
		"how do I get the paperwork started to cancel my order?")
}

// TestAsksOfStop64SecondReview (stop 64): the second review's cases.
// What someone said would happen is no ask ("the tenant said someone
// would get in touch with us"), nor "idk when you can call, text is
// better", "I spent 30 minutes on your calendar link", "why do you have
// someone call my house at 7am" or "quiero preguntarle directamente a mi
// esposo"; the sender's person named after the noun ("the inspector you
// sent out, can he call me?") is asked for.
func TestAsksOfStop64SecondReview(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "The tenant said someone would get in touch with us about the lease", "i work nights so idk when you can call, text is better",
		"I spent 30 minutes on your calendar link and it doesn't work", "why do you have someone ring my office every morning, it is a law firm",
		"quiero preguntarle directamente a mi esposo primero y le aviso", "quiero hablarle directo: no me interesa vender")
	requireAsks(t, "The inspector you sent out was great, can he call me about the roof?", "the guy from your company left a card, can he call me tomorrow")
}

// TestSignalsOfStop64Third (stop 64): readiness as the deal's next step
// ("What do you need from her to open escrow?", "just need the dotted
// line", "can you have the contract to me this week?", "¿a nombre de
// quién giro el depósito?") commits and "not deciding anything yet"
// holds a yes back. The third review's cases, from rules tried and
// dropped: a choice told of or asked about ("we chose you guys last time
// too, but this time I'm shopping around", "should we go with your offer
// or the cash buyer's?") does not commit, "actually wait" inside a yes
// does not hold it back, and "where is everyone?", "what a mess" of the
// lead's own kitchen and "who is paying for that?" of a fee are no
// frustration, while "brilliant" and "cheers" said sourly still are.
func TestSignalsOfStop64Third(t *testing.T) {
	t.Parallel()
	requireCommits(t, "ok my buyer's in. What do you need from him to open escrow?", "just need the dotted line, we agreed over dinner",
		"Can you have the contract to me this week? We close on the other place the 30th", "Can you get the paperwork to us today please",
		"¿A nombre de quién hago el cheque del depósito?", "actually wait, let's do it today instead of Monday")
	requireNoCommitment(t, "send me a sample contract, not deciding anything yet", "we chose you guys last time too, but this time I'm shopping around",
		"should we go with your offer or the cash buyer's offer? they're close", "where's the dotted line on the HOA form? my neighbor needs it back")
	for _, s := range []string{"Just landed for the family reunion, where is everyone?", "You should see my kitchen right now, what a mess lol",
		"Quick question on your quote: the $200 inspection, who is paying for that?"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	for _, s := range []string{"Thanks a LOT for the hard credit pull. Cheers.", "Oh brilliant, you charged my card twice 😡"} {
		require.True(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
}

// TestSignalsOfStop65 (stop 65): a call invited rather than asked for
// ("is a callback possible?", "leave a voicemail if I don't pick up", "I'll
// pick up if anyone rings this number now", "¿quién me puede dial?") is
// an ask; someone else's number named by role ("the seller's agent's
// number", "what number did the inspector call from"), someone else's
// habit ("my uncle asks to talk to a manager at every store") and "call
// me dramatic" are not. "Y'all deaf or what", "¿no sabes leer o qué?",
// "no manches, ya te dije" and "esto ha sido un dolor de cabeza" are
// frustration (a plain "ya te dije" and a headache of one's own are not);
// "book the tech for Thursday" commits and "gonna sleep on this one" holds
// a yes back.
func TestSignalsOfStop65(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"is a callback possible today? my data keeps dropping", "phone tag is ok, leave a voicemail if i cant pick up",
		"texts are too slow, i'll pick up if someone rings this number now", "¿quién me puede dial? ando en la troca"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
	for _, s := range []string{"what's the buyer's agent's number? my lawyer needs it", "what number did the inspector call from, I missed it",
		"my uncle asks to talk to a manager at every store he goes lol. anyway whats the price", "call me dramatic but that kitchen is perfect"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
	requireFrustrated(t, "y'all deaf or what", "¿no sabes leer o qué?", "no manches, ya te dije", "esto ha sido un dolor de cabeza desde el principio")
	for _, s := range []string{"ya te dije", "tengo un dolor de cabeza, le escribo mañana", "mis papás no saben leer inglés, mándeme audio"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	require.GreaterOrEqual(t, trigger.Analyze("book the tech for thursday").Commitment, 2)
	require.Less(t, trigger.Analyze(`"let's do it" is what I say about everything, gonna sleep on this one`).Commitment, 2)
}

// TestSignalsOfStop65Review (stop 65): the review's cases. Someone's
// instruction told of ("she said leave a voicemail if I don't pick up") is
// no ask; "no manches, ya te dije que sí" is delight and a headache that
// is someone else's is no frustration; "¿estás sordo o qué?" and "can't
// y'all read?" are; "book him for Friday" commits.
func TestSignalsOfStop65Review(t *testing.T) {
	t.Parallel()
	require.False(t, trigger.Analyze("she said leave a voicemail if I don't pick up and she'd call back, so I did").ExplicitAsk)
	for _, s := range []string{"no manches, ya te dije que sí me encantó!! when can we sign", "esto ha sido un dolor de cabeza para el vendedor, no para mí jaja"} {
		require.False(t, trigger.Analyze(s).Frustrated, "%q", s)
	}
	requireFrustrated(t, "¿estás sordo o qué?", "can't y'all read? I said tuesday")
	require.GreaterOrEqual(t, trigger.Analyze("book him for friday").Commitment, 2)
}

// TestCallsOthersWillMake (stop 65): a call someone of the lead's own
// or of another office will make, told ("Our IT guy will call me after he
// reads the report", "the lady from the bank will phone me Monday", "my
// wife will give you a call tonight"), is no ask; the sender's person
// ("your guy will call me, right?") still is.
func TestCallsOthersWillMake(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"Our IT guy will call me after he reads the report, then I'll let you know", "the lady from the bank will phone me Monday about the payoff",
		"my wife will give you a call tonight about the estimate"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
	require.True(t, trigger.Analyze("your guy will call me today, right?").ExplicitAsk)
}

// TestSignalsOfStop66 (stop 66): asks in other words ("does anybody
// there pick up a phone?", "ring this number and ask for Nev", "who's my
// rep? I want their cell", "you're not a person, get me one", "dame un
// timbrazo", "¿me hacen una videollamada?", "mándeme al señor de los
// préstamos a la casa", "¿quién me puede atender en vivo?"), and what is
// none: a talk put off to next month "for now", an offer's number, a
// saying, a number offered ("want his number?"). Frustration: "shame on every one of you", a count of the lead's
// own tries, "answer the question I asked". Commitment: "how do I get the
// application going".
func TestSignalsOfStop66(t *testing.T) {
	t.Parallel()
	requireAsks(t, "does anybody over there pick up a phone??", "ring 555-0142 and ask for Dee", "who's my rep? I want their cell",
		"ok you're obviously not a person. get me one.", "dame un timbrazo cuando puedan, ando en el trabajo", "¿me hacen una videollamada? así les enseño el techo",
		"mándeme al señor de los préstamos a la casa, no sé de celulares", "¿quién me puede atender en vivo? no entiendo el contrato",
		"left a voicemail monday, need someone to return it")
	requireNoAsks(t, "next month I'll want to talk to someone about the refi, for now texts are fine",
		"el mes que viene quizás quiero hablar con alguien, por ahora mándeme todo por aquí",
		"the appraisal came back fine, so what's your new number?", "¿y cuál es el número que me ofrecen por la casa?",
		"talk to anybody on this road and they'll tell you the basement floods", "my neighbor's selling too, want his number?")
	requireFrustrated(t, "you buried my mother's claim under paperwork. shame on every one of you.",
		"fourth time I've sent the declarations page. does anybody over there open attachments?",
		"for the love of god, answer the question I asked and not some other one")
	require.False(t, trigger.Analyze("the county inspector failed us for the third time. can your crew fix the railing?").Frustrated)
	require.GreaterOrEqual(t, trigger.Analyze("was on the fence but I'm in now. how do I get the application going?").Commitment, 2)
}

// TestAsksOfStop66Review (stop 66): the review's cases. A touch of paint
// ("denle un toque a la pared"), a number changed ("I want his number
// updated on the file") and a joke about nobody answering phones, texts
// welcome, are no asks; "is there anybody over there who picks up phones?",
// "¿alguien me puede atender por teléfono?", "¿hacemos videollamada?" and
// "quiero que el jefe me atienda" are.
func TestAsksOfStop66Review(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "denle un toque a la pared del baño con la pintura que sobró", "my dad's on the deed, I want his number updated on the file",
		"lol does anybody pick up the phone anymore? my own kids don't. anyway text is fine")
	requireAsks(t, "is there anybody over there who picks up phones?", "¿alguien me puede atender por teléfono?", "¿hacemos videollamada? así ven el techo",
		"quiero que el jefe me atienda", "mándeme a la señorita que me atendió la vez pasada, ella sí sabía")
}

// TestAsksOfStop66ThirdReview (stop 66): another place's phones ("does
// anybody at the HOA pick up a phone?"), a door rung or another office's
// number passed on ("ring the bell and ask for Nev", "dial 555-0188 and
// ask for the clerk, that's the county office") and someone of another
// business ("quiero que el jefe del banco me atienda") are no asks;
// "does anyone there answer phones anymore??" is (its "answer" was never
// read: "answer|pick up" had split the phrase).
func TestAsksOfStop66ThirdReview(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "does anybody at the HOA pick up a phone? anyway the listing looks good", "ring the bell and ask for Nev when you get there",
		"dial 555-0188 and ask for the clerk, that's the county office, they have the plat", "quiero que el jefe del banco me atienda, el cajero no sabe nada")
	requireAsks(t, "does anyone there answer phones anymore??", "ring 312-555-0144 and ask for Deb, she handles our bills")
}

// TestCustomBuildAsked (stop 66): "something you could build for us"
// asks for customization; the pattern had read "build|make|set up" as
// "(build | make | set) up", so only "set up" ever matched.
func TestCustomBuildAsked(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"is a custom report something you could build for us?", "would a dashboard like that be something y'all can make for us",
		"is that something you can set up for me?"} {
		require.Contains(t, trigger.Analyze(s).OutOfScope, trigger.TopicCustomization, "%q", s)
	}
}

// TestAsksOfStop67 (stop 67): "give her a holler" for the one who does the
// bills asks for a call. A talk told to someone else ("told him to call
// the title company and talk to some lady"), a talk supposed ("so I'd have
// to talk to a person every time?"), a call taken back as a joke ("kidding,
// don't"), a neighbour's talk told of ("dice que habló con una persona")
// and the lead's own people who call ("our drivers call me every time")
// do not.
func TestAsksOfStop67(t *testing.T) {
	t.Parallel()
	ask := func(s string) bool { return trigger.Analyze(s).ExplicitAsk }
	for _, s := range []string{"my husband does the finances, can someone give him a holler at 555 0142"} {
		require.True(t, ask(s), s)
	}
	for _, s := range []string{
		"the lender told her to call the bank and talk to a guy named Lou, but we're not there yet",
		"wait so I'd have to talk to a person every time I change a date? can't I do it online?",
		"call me whenever... kidding, don't, I never pick up. text is better",
		"mi comadre dice que habló con una señorita de ustedes bien amable",
		"it's chaos. our drivers call me every time the route app crashes",
	} {
		require.False(t, ask(s), s)
	}
}

// TestSignalsOfStop67 (stop 67): "qué mensos son" insults the sender, not
// the lead's own "qué mensos somos"; a commitment turned down in a clause
// of its own ("no gracias por ahora", "no por ahora") is none, while "no
// thanks for the extended warranty" turns down only an extra.
func TestSignalsOfStop67(t *testing.T) {
	t.Parallel()
	require.True(t, trigger.Analyze("qué mensos son, ya les mandé la póliza").Frustrated)
	require.False(t, trigger.Analyze("qué mensos somos, se nos olvidó mandar el W2 jaja").Frustrated)
	require.Less(t, trigger.Analyze("sure, I'm so ready to sign up for another bill 🙄 no por ahora").Commitment, 2)
	require.GreaterOrEqual(t, trigger.Analyze("let's do it, send the contract. no thanks for the extended warranty though").Commitment, 2)
}

// TestAsksOfStop67OlderSets (stop 67): a call said better as a clause of
// its own ("Call better.", "better una llamada"), "can we FaceTime?",
// "what's yalls phone number" and the voseo "devolveme la llamada" ask for
// a person. The lead saying they are human ("I'm a real person btw, not a
// bot"), "phone support" asked about as a plan's feature, and "mejor por
// teléfono no" do not.
func TestAsksOfStop67OlderSets(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"typing is slow for me. Call better.", "los mensajes se me hacen difíciles, better una llamada",
		"could we FaceTime tonight? easier to show you the leak", "what's yalls phone number? I'll ring you", "devolveme la llamada cuando salgas"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, s)
	}
	for _, s := range []string{"I'm a real person btw, not a bot, just typing slow", "human here not a bot haha. what else?", "I am real person, not spam",
		"is phone support included in the pro plan?", "do you have phone support on Sundays? just curious", "mejor por texto, por teléfono no oigo bien"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, s)
	}
}

// TestAsksOfStop67Conversations (stop 67): the asks older sets'
// conversations missed: "it would be easiest if someone from your office
// just called me", "I'd rather hop on with one of your engineers",
// Spain's "prefiero que me llaméis", "regáleme una timbrada", "prefiero
// que venga alguien a la casa". Not: a call told in a clause of time
// ("cuando el asesor me llame", "en cuanto mi agente me marque"), "it
// would be easier if you called the seller", "easiest if someone from the
// bank called me", "I'd rather hop on with my wife first", "with your
// competitor", "can we FaceTime with the tenants?", "call better? the line
// kept cutting out", "better una llamada? no, prefiero texto".
func TestAsksOfStop67Conversations(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"it'd be easiest if somebody from the office just called me tonight", "I'd rather hop on with one of your specialists for ten minutes",
		"la verdad prefiero que me llaméis", "regáleme una timbrada en la tarde", "prefiero que venga alguien a explicarme"} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, s)
	}
	for _, s := range []string{"cuando el asesor me llame le aviso", "en cuanto mi agente me marque le paso los datos",
		"it would be easier if you called the seller directly, I'm just the neighbor", "it would be easiest if someone from the bank called me, can you ask them?",
		"honestly I'd rather hop on with my wife first before deciding", "we'd rather hop on with your competitor honestly, their price is lower",
		"can we FaceTime with the tenants? no lol I'm kidding", "call better? the line kept cutting out yesterday",
		"better una llamada? no, prefiero texto, estoy en el trabajo"} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, s)
	}
}

// TestSignalsOfStop67Conversations (stop 67): frustration and
// out-of-scope topics older sets' conversations missed: "this is
// maddening", "does anybody over there give a flip?", "¿me ven cara de
// qué?", "does anybody read these before they send em?"; a chapter 13
// with a trustee to approve and Medicaid eligibility are legal; "smellin
// gas" and sparks from a switch are emergencies. A bankruptcy told of
// and a church's trustee board are not legal questions.
func TestSignalsOfStop67Conversations(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"I've been at this all afternoon, this is maddening", "does anybody over there give a flip?", "¿me ven cara de qué? eso es el doble",
		"does anybody read these before they send em?"} {
		require.True(t, trigger.Analyze(s).Frustrated, s)
	}
	has := func(s string, topic trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, topic) }
	require.True(t, has("I'm in a chapter 13, does the trustee have to approve a refi?", trigger.TopicLegal))
	require.True(t, has("how does selling affect my mom's Medicaid eligibility?", trigger.TopicLegal))
	require.True(t, has("smellin gas by the water heater now", trigger.TopicEmergency))
	require.True(t, has("there's sparks when I flip the kitchen switch", trigger.TopicEmergency))
	require.False(t, has("Yeah I had a bankruptcy discharged in 2021", trigger.TopicLegal))
	require.False(t, has("I'm on the trustee board at church, we need coverage for the van", trigger.TopicLegal))
}

// TestCallAcceptedWithReasons (stop 67): a yes to a call offered stays a
// yes when the lead adds that texting is hard for them ("I don't text so
// good") or answers "That would be lovely" with a time after it.
func TestCallAcceptedWithReasons(t *testing.T) {
	t.Parallel()
	asked := "Would it help if one of our managers gave you a call to walk through the numbers?"
	for _, s := range []string{"yes that would be better. I'm 71 and I don't text so good", "That would be lovely, actually. Afternoons are best for me, after two."} {
		d, err := trigger.DefaultPolicy().Evaluate(context.Background(), trigger.Input{Text: s, Asked: asked})
		require.NoError(t, err)
		require.True(t, d.Handoff, s)
	}
	d, err := trigger.DefaultPolicy().Evaluate(context.Background(), trigger.Input{Text: "no, I don't want a call, texting is fine", Asked: asked})
	require.NoError(t, err)
	require.False(t, d.Handoff)
}

// TestTapbackTakesACall (stop 67): a like or a thumbs up sent as text to
// a call offered takes the call; a dislike, or a like of something else,
// does not; an angry reaction is frustration.
func TestTapbackTakesACall(t *testing.T) {
	t.Parallel()
	for _, s := range []string{`Loved "Would a quick phone chat with Dana from our team work better?"`,
		`Reacted 👍 to "Want me to have a loan officer ring you this afternoon?"`, `Le encantó "¿Te parece si Martina te llama hoy a las 4?"`} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, s)
	}
	for _, s := range []string{`Disliked "Would a quick phone chat with Dana work better?"`, `Liked "Here are the three plans we talked about!"`,
		`Liked "Did the loan officer call you yesterday?"`, `Le gustó "¿Preferís que no te llamemos y seguimos por acá?"`} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, s)
	}
	require.True(t, trigger.Analyze(`Reacted 🤬 to "Just following up on your quote!"`).Frustrated)
	require.True(t, trigger.Analyze(`Reacted 🖕 to "Want me to keep sending you offers?"`).Frustrated)
	require.True(t, trigger.Analyze(`Reaccionó con 👍 a "¿Te puede llamar Martina hoy?"`).ExplicitAsk)
}

// TestSupportChatAsksStop68: the support-chat register, where customers
// ask for the company's people in few words: the help desk, the support
// email or hotline, customer service's hours, a bare or hurried request,
// and the Spanish "servicio al cliente", "atención al cliente",
// "soporte". Its look-alikes are support described as a product feature
// and the lead's own front desk.
func TestSupportChatAsksStop68(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"when is your help desk open on saturdays?",
		"can I talk to the help desk please",
		"what's your support email",
		"is there a phone number for the support team",
		"customer service please, this is the third time",
		"get me customer service",
		"agent please",
		"¿a qué hora abre servicio al cliente?",
		"quiero comunicarme con atención al cliente",
		"¿cuál es el teléfono de soporte?",
		"dame una persona por favor",
		"¿hay alguien humano que me pueda atender?",
		"pásame con customer care porfa",
		"customer support cuando abre?",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for the people", s)
	}
	for _, s := range []string{
		"does your support line run 24/7 after we sign?",
		"The front desk is drowning in phone calls, that's why we're looking",
		"our IT guy will call your support line if the setup breaks",
		"customer service at the airport already rebooked me, all good",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
}

// TestSpanglishSupportAsksStop69: Spanish and Spanglish requests to reach
// the help desk, customer care or an operator (blind65, studied after its
// two measurements).
func TestSpanglishSupportAsksStop69(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"cómo contacto al help desk?",
		"quiero hablar con customer care",
		"a qué hora abre customer care?",
		"transfiérame con un operador",
		"conécteme con un asesor por favor",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for the people", s)
	}
	for _, s := range []string{
		"el help desk ya me ayudó, gracias",
		"customer care me dijo que ya salió el reembolso",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
}

// TestOwnedContactIsNoAsk: "email" or "phone" after "my" is the lead's
// own address, a noun: changing it asks for nobody (w83, stop 68), while
// the same words as a verb to a person still ask.
func TestOwnedContactIsNoAsk(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"update my email to the new one i sent",
		"change my phone to the one ending in 42",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q changes an address", s)
	}
	for _, s := range []string{
		"I want to email someone on your team",
		"please connect me to the new one, the old rep never answers",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for a person", s)
	}
}

// TestBreadthWriterAsksStop70: the asks the breadth-first training
// writers of stop 70 (w89, w91) showed the rules lacked, in our own
// words: a case to escalate, a department to be put through to, when the
// people work, and the people needed said alone; a staffing question, a
// department or an escalation told about, and software for customer
// service ask for nobody.
func TestBreadthWriterAsksStop70(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"please escalate my ticket",
		"necesito que escalen mi caso",
		"patch me through to the billing department",
		"conéctame con el departamento de cobranza",
		"when is the help desk staffed?",
		"what time do your phone reps start?",
		"¿a qué hora abren las líneas de atención al cliente?",
		"I need customer care.",
		"necesito servicio al cliente, el técnico nunca llegó",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for the people", s)
	}
	for _, s := range []string{
		"Is your call center in the US? And what hours is it staffed?",
		"the claims department already called me",
		"the argument escalated quickly",
		"no need to escalate it, they fixed it",
		"we need customer service software for our team",
		"I worked in customer service for years",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
}

// TestFreshSetAsksStop70: asks blind67 and blind68 showed after both of
// their measurements, the support email also missed in blind65 and
// blind66, in our own words: support's email address, the live chat, an
// operator reached and the manager needed; support's email told about
// asks for nobody.
func TestFreshSetAsksStop70(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"is there an email address for your support team?",
		"me pasas el email de support?",
		"where is the live chat",
		"¿dónde puedo chatear con soporte en vivo?",
		"¿cómo llego a un operador?",
		"necesito al gerente",
		"I want customer service",
	} {
		require.True(t, trigger.Analyze(s).ExplicitAsk, "%q asks for the people", s)
	}
	for _, s := range []string{
		"the live chat helped me yesterday, thanks",
		"I want customer service software for my shop",
	} {
		require.False(t, trigger.Analyze(s).ExplicitAsk, "%q", s)
	}
}

// TestOlderSetAsksStop71: asks the studied fresh sets blind63 to blind69
// still missed, in our own words: a wish said afresh after a refusal,
// support's hours and customer care's email address. Look-alikes: the
// staff's pay, the phone support judged, a wish the refusal governs, a
// store's hours.
func TestOlderSetAsksStop71(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"i dont need a robot i need customer service",
		"does support work on saturdays?",
		"is there an email address for customer service",
		"what time does customer service open tomorrow",
		"¿a qué hora abren customer service mañana?",
		"¿en qué horario atiende soporte?",
	)
	requireNoAsks(t,
		"do your reps work on commission?",
		"your phone support was better last year",
		"not that i want to talk to anyone",
		"what time does the store open",
	)
}

// TestFreshSetSignalsStop71: asks, frustration and commitment blind70
// showed after both of its measurements, in our own words. Asks: someone
// told to look for the lead at this number, "by phone, please". Not asks:
// a nickname and who uses it, a house looked for. Frustration: answers
// given again, the same thing asked back, what was told not written
// down, an answer about something else, "some nerve", confusion sworn
// to; not a calm reminder after the answer. Commitment: the rate locked
// today, an application this week; not a yes put off at once.
func TestFreshSetSignalsStop71(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"dile al técnico que me busque a este número en la tarde",
		"mejor por teléfono, por favor",
	)
	requireNoAsks(t,
		"me llaman Tito en el trabajo, pero me llamo Alberto",
		"que el agente me busque una casa más grande",
	)
	requireFrustrated(t,
		"fourth time I'm answering this same question",
		"you keep asking the same thing over and over",
		"lo que le conté ayer, ¿no lo apuntaron?",
		"I asked about the roof. You answered about the windows.",
		"charging me double? y'all got some nerve",
		"I'm confused as heck about these numbers",
	)
	sig := trigger.Analyze("It's three bedrooms and a den. It's all on the application too.")
	require.False(t, sig.Frustrated, "a calm reminder after the answer (%s)", sig.FrustrationRule)
	requireCommits(t,
		"lock the rate now, I don't want to wait another week",
		"quiero aplicar mañana",
		"we want to apply this week",
	)
	require.Less(t, trigger.Analyze("dale pues... luego. ahorita ando ocupado").Commitment, 2)
}

// TestFreshSetSignalsStop71b: signals blind71 showed after its
// measurements, in our own words. Frustration: the lead shares another's
// anger, the blood type offered, an old oath; not another provider's
// fault with the sender praised. Commitment: the earliest opening taken,
// what to send to start; "todavía no" answering the question asked.
// Competitor: a free plan limped along on. Not an ask: "tú me hablas de".
func TestFreshSetSignalsStop71b(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"my wife is livid and so am I, nobody came",
		"should I send you my blood type as well?",
		"what in tarnation is this charge",
	)
	sig := trigger.Analyze("I was upset with the other roofer but you guys were great, thanks!")
	require.False(t, sig.Frustrated, "another provider's fault, the sender praised (%s)", sig.FrustrationRule)
	requireCommits(t,
		"earliest you've got works for me",
		"book the soonest opening you have",
		"¿qué tenemos que mandar para empezar?",
		"Todavía no. ¿Qué necesito llenar para empezar?",
	)
	require.NotEmpty(t, trigger.Analyze("we've been limping along on a free plan from another app").Competitors)
	require.False(t, trigger.Analyze("te pregunto del seguro y tú me hablas de precios").ExplicitAsk)
}

// TestFreshSetSignalsStop71c: signals blind72 showed after both of its
// measurements, in our own words. Asks: a person asked back by name, a
// desk across from someone, walk-ins at the sender's office; not a call
// to someone named at a place, nor another office's walk-ins.
// Frustration: a form letter mocked, "what the heck?" closing a
// complaint; not "what the heck, let's do it", nor a game lost before
// "pero sí". Out of scope: changed to the lead's own way.
func TestFreshSetSignalsStop71c(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"can I get Maria back? she was the one who sorted it out last time",
		"this is something I'd rather sit across a table from someone for",
		"does your Tulsa office take walk-ins?",
	)
	requireNoAsks(t,
		"have your tech call Rosa at the front office about the gate code",
		"does the DMV office take walk ins",
	)
	requireFrustrated(t,
		"wow, a form letter. so personal. thanks.",
		"the quote said 600 and the invoice says 950. what the heck?",
	)
	for _, s := range []string{
		"eh, what the heck, let's do it",
		"the Chiefs lost otra vez, qué coraje! pero sí, el jueves está bien",
	} {
		sig := trigger.Analyze(s)
		require.False(t, sig.Frustrated, "%q (%s)", s, sig.FrustrationRule)
	}
	require.Contains(t, trigger.Analyze("¿se puede ajustar para que los reportes salgan a nuestra manera?").OutOfScope, trigger.TopicCustomization)
}

// TestReviewOfStop71Signals: look-alikes a review of this stop's rules
// found, and asks and commitments its first exclusions let through.
func TestReviewOfStop71Signals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"Can I get it back? He was the one who lost my keys",
		"I hate having to sit across a desk from someone, can we do it all by text?",
		"does your support work after the subscription ends?",
		"When does the support start, on day one or after onboarding?",
		"I sent my docs to the email address for customer service like you said",
		"mi horario en el call center es de 9 a 6, textéame después",
	)
	requireAsks(t,
		"sí me interesa, pero por teléfono porfa",
		"oye me hablas de nuevo mañana temprano?",
		"Can your rep call Maria at the office? She's my wife and she's the one deciding",
	)
	requireNotFrustrated(t,
		"you guys did the same thing again, amazing job on the kitchen!",
		"My thermostat is stuck in a loop, can your tech look at it?",
		"What the heck! You found a buyer already?",
		"lol I'm confused as heck but sounds good, let's go",
		"I got some nerve damage from surgery, can we do a call instead of typing?",
		"Do I have to send my blood type for the medical exam?",
		"My husband is furious at the HOA and so am I, that's why we're selling",
	)
	require.Empty(t, trigger.Analyze("Vamos a celebrar a nuestra manera cuando firmemos").OutOfScope)
	require.Empty(t, trigger.Analyze("We're getting along with the app just fine, thanks!").Competitors)
	requireCommits(t, "ok book it. later", "Sounds good, let's do it. later!", "we'll go with the earliest you've got")
	requireNoCommitment(t, "the soonest you can do is Friday? that's too late, we'll go with someone else", "We want to apply this week but my husband isn't sure yet")
}

// TestFreshSetSignalsStop72: classes blind74 showed after it was
// measured, in sentences of our own: someone's time asked for a talk
// over the phone, an oath of surprise at good news (no frustration,
// for the rules nor the model) and "no me mareen" (frustration).
func TestFreshSetSignalsStop72(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"does anyone there have a few minutes to walk me through this over the phone",
		"can we just do this over the phone? typing is a pain",
	)
	requireNoAsks(t,
		"do your loan officers usually walk people through this over the phone?",
		"I don't give out my card number over the phone",
		"does anyone have time to mow on saturdays? asking my neighbors lol",
	)
	calm := []string{"wtf that was quick 😂 thanks!!", "omg wtf already approved?? 🙌", "wtf lol that was fast, you guys rock"}
	requireNotFrustrated(t, calm...)
	for _, s := range calm {
		require.False(t, trigger.Model().JudgeText(s).Frustrated, "%q", s)
	}
	requireFrustrated(t,
		"wtf, already a week and still nothing",
		"wtf that was fast, you charged my card before I even signed",
		"ya no me mareen con tantos links, solo díganme el precio",
		"no me estén mareando con tanta pregunta, ya les dije todo",
	)
	requireNotFrustrated(t, "no me mareo en el carro si voy adelante")
}

// TestFreshSetConversationsStop72: conversation classes blind74 showed
// after it was measured, in words of our own. "call me Jake" names the
// lead even after "should I call you Jake or Jacob?"; a count of
// mailboxes asked for is seats; "what do you do differently?" closing
// its clause compares with a competitor, not "... for flat roofs";
// "vénganse mañana mismo" and "ya quiero que empiecen" commit.
func TestFreshSetConversationsStop72(t *testing.T) {
	t.Parallel()
	require.False(t, firesAfter(t, trigger.ExplicitAsk(), "Got it! Should I call you Sam or Samuel?", "lol call me sam, samuel is for church"))
	require.True(t, firesAfter(t, trigger.ExplicitAsk(), "Want me to have Dana give you a call this afternoon?", "yes please, after 3"))
	require.True(t, firesAfter(t, trigger.HighValueScope(500000), "How many mailboxes would you be moving over?", "about 650 between the two campuses"))
	require.False(t, firesAfter(t, trigger.HighValueScope(500000), "How many mailboxes would you be moving over?", "just 12 for now"))
	comp := trigger.Competitor()
	require.True(t, ruleFires(t, comp, "we piloted another scheduling tool in spring and nobody used it. what do you do differently?"))
	require.True(t, ruleFires(t, comp, "probamos otra app el año pasado y se trababa. ¿qué hacen ustedes diferente?"))
	require.False(t, ruleFires(t, comp, "what do you do differently for flat roofs vs shingles?"))
	require.False(t, ruleFires(t, comp, "what would you do differently if it was your house?"))
	requireCommits(t, "pues vénganse mañana mismo si pueden", "ya quiero que empiecen, antes de que vuelva a llover", "véngase hoy mismo a medir, aquí estoy")
	requireNoCommitment(t, "quiero que empiecen a contestar mis mensajes", "vénganse a la fiesta del sábado jaja")
}

// TestReviewOfStop72Signals: look-alikes a review of this stop's rules
// wrote for them. "over the phone" told with no ask in its clause asks
// nothing; an oath at something fast beside a complaint, sarcasm or a
// refusal is still frustration; "mareé" (I got dizzy) is no "no me
// mareen"; an echoed "¿que vengan mañana mismo?" refused, or "quiero que
// empiecen" with something else to start, commits to nothing; "what do
// you do differently?" about a case of the lead's own compares nobody; a
// count of devices asked, bounded under 100 or of money, is no seats.
func TestReviewOfStop72Signals(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"my brother walked me through it over the phone already, I'm good",
		"no need to walk me through this over the phone, I get it now",
		"my realtor will walk me through this over the phone tonight, you can just text me the numbers",
	)
	requireFrustrated(t,
		"wtf you already ran my credit?? lol who said you could do that",
		"wtf lol already 3 texts today. chill",
		"wth already?? I said thanks but no thanks yesterday lol",
		"wtf that was quick, you raised the price in 2 days lol nice try",
		"wtf already got a bill before any work was done haha awesome",
		"lmao wtf the 'fast approval' was a denial. perfect",
	)
	requireNotFrustrated(t,
		"Fui en el carro 3 horas a ver la casa y no me mareé, todo bien",
		"ojalá no me maree subiendo al techo con ustedes jaja",
	)
	requireNoCommitment(t, "¿quiero que empiecen hoy? no, primero quiero ver la cotización", "¿que vengan mañana mismo? no creo, estoy fuera hasta el 20",
		"quiero que empiecen por explicarme esta cuota de $300", "véngase a ver el partido con nosotros jaja, no ya en serio, ¿cuánto cuesta?")
	require.GreaterOrEqual(t, trigger.Analyze("quiero que comiencen esta misma semana si se puede").Commitment, 2)
	comp := trigger.Competitor()
	for _, s := range []string{"with the panels on there, what do you do differently?", "we have a septic system, what do you guys do different?",
		"prices look higher now, what do you do different than last year?"} {
		require.False(t, ruleFires(t, comp, s), "%q", s)
	}
	require.True(t, ruleFires(t, comp, "honestly what do you do differently from the other guys?"))
	hv := trigger.HighValueScope(500000)
	for _, a := range []string{"under 100 for sure, maybe 60", "100 bucks a month is our max, it's like 15 devices"} {
		require.False(t, firesAfter(t, hv, "How many devices would you enroll?", a), "%q", a)
	}
	require.True(t, firesAfter(t, hv, "How many devices would you enroll?", "around 400 across both plants"))
	require.False(t, ruleFires(t, hv, "we repair about 200 devices a week and need a simple ticketing tool for our 4 techs"))
	require.True(t, firesAfter(t, trigger.ExplicitAsk(), "Want me to have Dana give you a call this afternoon?", "yes call me tho"))
}

// TestSeedSignalsStop73: what a review walking the seeds found missing.
// Seed 002 names "confused" among the words that bring a person in: a
// message that says only that the lead is confused or lost, or that the
// texts confuse them, is frustration; confusion asked about calmly,
// cleared up, laughed off, someone else's, or "lost" in another sense is
// not. Seed 003's "I have a 1920s historic home with no ductwork" is a
// customization question, and seed 001's "pricing specifics that depend
// on context" include an exact price asked with "exactly" after the verb.
func TestSeedSignalsStop73(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"I'm confused", "confused!!!", "wait now im lost", "ok I'm totally confused",
		"estoy bien confundida", "no le entiendo nada a sus mensajes",
		"You've lost me. Start over?", "honestly this is confusing me more every text",
		"ya no entiendo qué quieren de mí",
	)
	requireNotFrustrated(t,
		"I'm confused about what escrow is, can you explain?",
		"I was confused at first but I get it now, thanks",
		"haha im confused but sure, sounds good",
		"my dad is confused about the paperwork, can you send it to me instead",
		"lost my keys lol running late, be there at 3",
		"we lost the house to foreclosure in 2019, want to buy again",
		"¿Tune-up? No sé de qué me habla. ¿Ustedes vinieron el año pasado?",
		"Can you clarify the difference between term and whole life? A bit confused",
	)
	topic := func(s string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(s).OutOfScope, tp) }
	for _, s := range []string{"I have a 1920s historic home with no ductwork", "We don't have any ductwork in the house, can you still do central AC?",
		"la casa es de adobe y no tiene ductos, se puede?", "we need copper gutters to meet the historic district rules"} {
		require.True(t, topic(s, trigger.TopicCustomization), "%q", s)
	}
	for _, s := range []string{"it's a historic home, built 1925, lots of charm", "the ductwork is fine, it's the unit that died",
		"do you guys clean ducts too?", "no issues with the ducts as far as I know"} {
		require.False(t, topic(s, trigger.TopicCustomization), "%q", s)
	}
	for _, s := range []string{"how much would a full HVAC replacement cost exactly?", "Exactly how much to replace a 50 gallon water heater?",
		"whats the exact cost for a 40 person team", "¿cuánto exactamente sería mi pago si compro de 280 mil?"} {
		require.True(t, topic(s, trigger.TopicPricing), "%q", s)
	}
	for _, s := range []string{"lol exactly how much coffee do I need to get through today", "exactly, that's what it cost last time",
		"How much would it cost?"} {
		require.False(t, topic(s, trigger.TopicPricing), "%q", s)
	}
}

// TestFreshSetSignalsStop73: classes blind75 showed after it was
// measured, in sentences of our own: a visit with someone asked for
// (Southern for a talk), talking it over by phone asked in Spanish,
// sarcasm about an offer or a repeated question, and a tech sent for
// tomorrow in Spanglish; a hedge of taking one's time.
func TestFreshSetSignalsStop73(t *testing.T) {
	t.Parallel()
	requireAsks(t,
		"who runs the place? let me visit with them before I sign anything",
		"can I visit with someone about the numbers this week",
		"¿podríamos platicarlo por teléfono el lunes? escribiendo no me explico",
		"prefiero hablarlo por teléfono, ¿se puede?",
	)
	requireNoAsks(t,
		"we're gonna visit with my sister in Tulsa next week, text me after",
		"let me visit with my wife about it tonight and I'll get back to you",
		"la verdad prefiero no hablar por teléfono, me pongo nerviosa",
		"¿podemos no hablar por teléfono? mejor por mensaje",
		"el plomero dijo que me iba a call back y nada, so I'm looking around",
	)
	requireFrustrated(t,
		"who do you think you're fooling with that number",
		"so you really thought 150k was a fair price for a 4 bed? ok",
		"is this bot on a loop or something",
		"we literally just went over this yesterday",
	)
	requireCommits(t, "sí, manda al muchacho mañana, ya no enfría nada")
	requireNoCommitment(t, "my cousin jumped right in and said let's do it, I'm taking my time though")
}

// TestFreshSetSignalsStop73Second: classes blind76 showed after it was
// measured, in sentences of our own: "contradicts the last one" compares
// answers, it tells of no former provider, so "I'm fed up" beside it is
// frustration; the same question asked twice, in Spanish.
func TestFreshSetSignalsStop73Second(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"Honestly I'm fed up. Every quote you send contradicts the last one.",
		"ya se lo mandé. ¿para qué me preguntan lo mismo otra vez?",
	)
	requireNotFrustrated(t,
		"mi doctor me pregunta lo mismo cada vez jaja, anyway sí mañana",
		"same as the last one, 3 bed 2 bath",
	)
}

// TestFreshSetStop74: classes blind77 showed after it was measured, in
// sentences of our own. The same mistake of the sender's told as made
// again is frustration (not one asked about, nor one the lead made);
// "one form, then another one" lists things in turn and names no former
// provider, so "I give up" after it is the lead's.
func TestFreshSetStop74(t *testing.T) {
	t.Parallel()
	requireFrustrated(t,
		"you guys booked the wrong day again",
		"Yall mailed the wrong forms twice now.",
		"first its one page then another one then the login fails. I give up",
	)
	requireNotFrustrated(t,
		"did you get the wrong address again? its 14 elm",
		"if you send it to the wrong place again just call me",
		"thank you! sorry I gave the wrong address twice lol",
		"one roofer said 12k then another one said 20k, honestly I give up on roofers",
	)
}

// TestFreshSetStop75: classes blind78 showed after it was measured, in
// our own sentences: a person over the crew asked for, and "does anybody
// read these?" asked of the sender; their look-alikes want something
// done or ask about something else.
func TestFreshSetStop75(t *testing.T) {
	t.Parallel()
	requireAsks(t, "I need whoever's over the install crew.", "we want whoever runs the shop, nobody else")
	requireNoAsks(t, "I need whoever's over the install crew to bring the permit", "whoever's in charge of the crew did a great job")
	requireFrustrated(t, "third time I typed my address. does anybody over there read these?")
	requireNotFrustrated(t, "does anyone read these reviews before posting them")
}

// TestLikedCallOfferFromSomeoneNamed: a like of "I can have Mike from our
// team phone you at 6, does that work?" takes the call (blind79, after
// its measurement: the rep's name and team between the offer's words).
func TestLikedCallOfferFromSomeoneNamed(t *testing.T) {
	t.Parallel()
	requireAsks(t, "Reacted 👍 to “I can have Mike from our team phone you at 6, does that work?”")
	requireNoAsks(t, "Disliked “I can have Mike from our team phone you at 6, does that work?”")
}

// TestFreshSetStop76: classes blind80 showed after it was measured, in
// our own sentences. Readiness with an eye-roll is sarcasm. An ask that
// is advice someone gave the lead ("says I should", "said always"), set
// aside after it ("but texting is fine", "just a quote"), asks nothing of
// the sender; advice told alone is taken and asks, as a request relayed
// for someone, or an ask made after the advice, does. An ask put off
// to a condition the lead will report ("if I want to talk to someone
// I'll let y'all know") is no ask. The sender's promise of service
// quoted back beside the days it went unkept is frustration.
func TestFreshSetStop76(t *testing.T) {
	t.Parallel()
	requireCommits(t, "ok let's do it, send the paperwork 😊")
	requireNoCommitment(t, "sure I'll sign today 🙄 right after you fix the fee", "claro que sí, firmo hoy mismo 😒")
	requireNoAsks(t,
		"my aunt says I should always talk to a person before I sign, but honestly texting is fine for me",
		"my uncle told me always speak to a human before you sign. this is just a quote though",
		"mi vecino dice que siempre hable con una persona antes de firmar, pero por mensaje estoy bien",
		"if I want to speak with someone I'll let y'all know",
		"if i need to talk to a person ill tell you",
		"si necesito hablar con alguien ya les aviso",
	)
	requireAsks(t,
		"my husband says have your manager call us",
		"my son says I should get a person on the phone for this",
		"my husband said I should ask. can someone call me tonight?",
		"I want to talk to a person, I'll let you know when I'm free",
	)
	requireFrustrated(t,
		`si claro, "les llamamos enseguida" jaja, ya van 3 dias`,
		`four days since "an agent will text you soon". still nothing`,
	)
	requireNotFrustrated(t,
		`you said "we'll get back to you by friday", is that still the plan?`,
		`the ad says "24 hour service", do you guys really come at night?`,
	)
}

// TestFreshSetStop76Second: more classes blind80 showed after its
// measurement, in our own sentences. A person named in a test of whether
// one is typing ("say pineapple if a real human is typing") asks nothing; a
// complaint taken back at once as a joke is no frustration; whether the
// product keeps the law, and the product changed for the lead, asked in
// Spanish, are out of scope.
func TestFreshSetStop76Second(t *testing.T) {
	t.Parallel()
	requireNoAsks(t, "say pineapple if a real human is typing lol", `type "pickle" if you're a real person`, "di papa si eres persona de verdad")
	requireAsks(t, "if there's a real human there I'd like to talk to them", "I texted you twice, if a real person reads this call me")
	requireNotFrustrated(t, "jeje you guys are stalkers 👀 nah I'm kidding, only browsing", "you guys are stalkers lol jk just browsing")
	requireFrustrated(t, "you guys are stalkers. I'm not kidding, this is harassment")
	has := func(text string, tp trigger.Topic) bool { return slices.Contains(trigger.Analyze(text).OutOfScope, tp) }
	require.True(t, has("queremos estar seguros que su sistema cumple con la ley de overtime", trigger.TopicLegal))
	require.True(t, has("does your app comply with the new state privacy law?", trigger.TopicLegal))
	require.False(t, has("we follow the law on overtime, that's not the issue, how much is it per month", trigger.TopicLegal))
	require.False(t, has("cumple años mi hija el sábado, mejor el lunes", trigger.TopicLegal))
	require.True(t, has("¿nos la pueden cambiar para que mande los avisos por WhatsApp?", trigger.TopicCustomization))
	require.True(t, has("que se conecte con el sistema de nómina que ya tenemos", trigger.TopicCustomization))
	require.False(t, has("ya la pueden cambiar para que llegue el martes? la cita digo", trigger.TopicCustomization))
	require.False(t, has("mi hijo me lo puede cambiar para que salga en español", trigger.TopicCustomization))
}

// TestFreshSetStop78: classes blind84 showed after its measurement, in
// our own sentences. A meeting in person said to be unneeded asks for
// nothing; a lead called in by their own boss is not asking us to call; a
// question weighing a case ("and if we move...?", "do we need to close
// before...?") is no readiness, while a date to act by in learner English
// ("we want close by the 30th") is.
func TestFreshSetStop78(t *testing.T) {
	t.Parallel()
	requireNoAsks(t,
		"in person is not necessary, the website told me everything",
		"cara a cara no hace falta, nomás una pregunta del seguro",
		"sorry my boss call me in, talk later",
	)
	requireAsks(t, "face to face please, not by text", "call me in 10 min", "can you call me in the morning")
	requireNoCommitment(t, "do we need to sign before the inspection?")
	requireCommits(t, "we want close by the 30th, ok for you?")
	// the learned tier, which reads a move or a plan as readiness, is held
	// back by the question too; not when the lead is ready first
	m := trigger.Model()
	for _, s := range []string{
		"and if I move next year, does the policy go with me?",
		"y si me mudo, ¿el seguro se va conmigo?",
		"do we need to close before the appraisal?",
	} {
		require.Less(t, m.JudgeText(s).Commitment, 2, "%q weighs a case", s)
	}
	require.Equal(t, 2, m.JudgeText("ok lets do it, what if we start monday?").Commitment)
}
