package dnc_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

// TestSpanish covers the Spanish carrier keywords (ALTO, AYUDA), their
// synonyms, opt-out classes in Spanish and Spanglish with look-alikes,
// and the language the reply should use.
func TestSpanish(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, tc := range []struct {
		in   string
		kind dnc.Kind
		lang string
	}{
		{"ALTO", dnc.OptOut, "es"}, {"alto por favor", dnc.OptOut, "es"}, {"Baja", dnc.OptOut, "es"}, {"CANCELAR", dnc.OptOut, "es"},
		{"fin", dnc.OptOut, "es"}, {"no más mensajes", dnc.OptOut, "es"}, {"AYUDA", dnc.Help, "es"}, {"iniciar", dnc.OptIn, "es"},
		{"STOP", dnc.OptOut, "en"}, {"HELP", dnc.Help, "en"}, {"START", dnc.OptIn, "en"},
	} {
		r := d.Detect(dnc.Input{Text: tc.in})
		require.Equal(t, tc.kind, r.Kind, "%q", tc.in)
		require.Equal(t, tc.lang, r.Lang, "%q", tc.in)
		require.Equal(t, "keyword", r.Tier, "%q", tc.in)
	}
	optOut := []string{
		"sáquenme de su lista por favor",
		"le agradecería que retire mi número de su base de datos",
		"no me vuelvan a escribir, gracias",
		"ya no quiero que me sigan mandando mensajes",
		"gracias, pero prefiero no recibir más mensajes",
		"favor de suspender el envío de mensajes",
		"se equivocaron de número, aquí no vive ningún Pedro",
		"si me siguen escribiendo los voy a reportar",
		"ya pedí que me dieran de baja hace un mes",
		"please stop con los mensajes",
		"remove mi número porfa",
	}
	for _, s := range optOut {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q (%s)", s, r.Rule)
	}
	for _, s := range []string{"sáquenme de su lista por favor", "no me vuelvan a escribir, gracias"} {
		require.Equal(t, "es", d.Detect(dnc.Input{Text: s}).Lang, "%q", s)
	}
	ordinary := []string{
		"no me quiten de la lista, estaba de viaje",
		"no quiero darme de baja, solo mándeme la info por correo",
		"¿puedo dar de baja a un usuario de la cuenta?",
		"la oferta es muy baja",
		"para el martes está bien",
		"mi hijo es muy alto",
		"el número de la póliza es 4471",
	}
	for _, s := range ordinary {
		r := d.Detect(dnc.Input{Text: s})
		require.NotEqual(t, dnc.OptOut, r.Kind, "%q (%s)", s, r.Rule)
	}
}

// TestReportsAboutOthers: a request the lead reports someone else made,
// or made to someone else, is not the lead's own opt-out.
func TestReportsAboutOthers(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	for _, s := range []string{
		"i told the other solar company to stop calling me, you're fine",
		"my neighbor asked your company to stop texting her, but i want a quote",
		"my husband tells solicitors to stop calling all the time",
		"why did you stop texting? still want the offer",
		"i think you have the wrong number for my property, it's 1,850 sq ft",
		"can i remove my name from the title and keep the loan?",
		"how do we opt out of the auto-renewal on the contract?",
		"we'll unsubscribe our team from the other vendor's tool first",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.None, r.Kind, "%q (%s)", s, r.Rule)
	}
	for _, s := range []string{
		"i must ask you to stop texting me",
		"i was told i'd be removed, clearly not",
		"i've asked you twice to take me off",
		"remove me from the newsletter emails please",
		"you have the wrong number",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q", s)
	}
}

// TestLearnedTier: the model only adds (every rule opt-out stays one),
// reports its tier, score and features, and its review band yields a
// PossibleOptOut that a detector without the model never returns.
func TestLearnedTier(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	full := dnc.New(nil)
	msgs := []string{"STOP", "take me off your list", "wrong number", "never text this phone again", "stop by tomorrow",
		"what's the offer?", "i'd be happier never hearing from you folks again", "please quit with these", "bus stop"}
	for _, s := range msgs {
		r, f := rules.Detect(dnc.Input{Text: s}), full.Detect(dnc.Input{Text: s})
		if r.Kind == dnc.OptOut {
			require.Equal(t, r, f, "%q: the model never changes a rule's verdict", s)
		}
		require.NotEqual(t, dnc.PossibleOptOut, r.Kind)
		if f.Tier == "model" {
			require.True(t, strings.HasPrefix(f.Rule, "model:p="), f.Rule)
			require.Greater(t, f.Score, 0.5)
		}
	}
	// a review band wide open: a message the model leans toward but the
	// rules miss goes to review, not to suppression
	wide := dnc.New(&dnc.Config{SuppressAt: 0.9999, ReviewAt: 0.5})
	r := wide.Detect(dnc.Input{Text: "please quit with these"})
	require.Equal(t, dnc.PossibleOptOut, r.Kind, "%+v", r)
	require.Equal(t, "model", r.Tier)
	off := dnc.New(&dnc.Config{SuppressAt: 0.9999, ReviewAt: 0.9999})
	require.Equal(t, dnc.None, off.Detect(dnc.Input{Text: "please quit with these"}).Kind)
	// quoted keywords and undone opt-outs are never the model's
	for _, s := range []string{"Reply STOP to opt out. WIN a prize at 80086", "i unsubscribed by mistake, please add me back"} {
		require.NotEqual(t, "model", wide.Detect(dnc.Input{Text: s}).Tier, "%q", s)
	}
}

// TestDoubtedRevocationGoesToAPerson: where the model is past the
// suppression threshold and a rule reads the message as something else
// (a complaint, a mistake, someone else's number), the rule only keeps
// the address from being suppressed: a person decides and the AI stays
// silent. Where the lead wants the messages to go on, a rule read the
// opt-out phrase and declined it, or a rule reads another matter (a
// number given for something else, nobody answering), nothing is paused.
func TestDoubtedRevocationGoesToAPerson(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	// ("Seriously, how many times do I need to reply to get off of this"
	// asks to get off: a removal asked is a revocation, however angry)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "Seriously, how many times do I need to reply to get off of this"}).Kind)
	for _, s := range []string{
		"Esto ya es puro acoso, cada día lo mismo. Basta ya.",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.PossibleOptOut, r.Kind, "%q: %+v", s, r)
		require.Equal(t, "model", r.Tier)
		require.Contains(t, r.Rule, "a person decides")
	}
	// a need denied is no plea to keep texting
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "I closed my account back in May, there is no reason to keep messaging me"}).Kind)
	for _, s := range []string{
		"oops, unsubscribed by mistake, can you add me back?",
		"yo no quiero dejar de recibir sus textos",
		"i was about to tell you to take me off your list, but the offer sounds good now",
		// the vetoes that read another matter still stand whatever the
		// model's score (a review's inputs)
		"I replied stop by mistake, please don't remove me",
		"les mando mi número de seguro social, no lo usen para otra cosa",
		"te mando mi correo, no lo usen para nada más por favor",
		"nadie me contesta los mensajes, ya no me escriben, ¿siguen con mi caso?",
	} {
		require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestModelNeverOverrulesWelcomedTexts: a message that asks for texts (a
// plea to go on, or another channel refused with texts welcome) is never
// the model's revocation, even with the review band wide open.
func TestModelNeverOverrulesWelcomedTexts(t *testing.T) {
	t.Parallel()
	wide := dnc.New(&dnc.Config{SuppressAt: 0.6, ReviewAt: 0.05})
	for _, s := range []string{
		"Please DON'T stop texting me, email never reaches me",
		"keep texting me here, the emails go to spam",
		"no dejen de escribirme por favor, el correo casi no lo reviso",
		"could you unsubscribe me from the mailers but I'd still get texts about my claim?",
	} {
		require.Equal(t, dnc.None, wide.Detect(dnc.Input{Text: s}).Kind, "%q asks for texts", s)
	}
	// without a welcome the same band still hears a revocation, and a
	// dare is no welcome
	for _, s := range []string{"please quit with these", "go ahead, keep texting me and see what my lawyer says"} {
		require.NotEqual(t, dnc.None, wide.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestModelNeverOverrulesASignUp: a request to be signed up for a
// newsletter, a mailing list or updates is no revocation, however the
// model scores it (it learned a newsletter named in a support request as
// one being left); the same request with a word of leaving still is.
func TestModelNeverOverrulesASignUp(t *testing.T) {
	t.Parallel()
	wide := dnc.New(&dnc.Config{SuppressAt: 0.6, ReviewAt: 0.05})
	for _, s := range []string{
		"I need assistance to receive your company newsletter",
		"can u help me subscribe to the mailing list",
		"how do I sign up for the weekly newsletter?",
		"quiero suscribirme al boletín de ofertas",
		"I do not know how to receive the company newsletter",
	} {
		require.Equal(t, dnc.None, wide.Detect(dnc.Input{Text: s}).Kind, "%q asks to join", s)
	}
	for _, s := range []string{
		"I don't want to receive your company newsletter",
		"help me unsubscribe from the mailing list",
		"ya no quiero recibir el boletín",
		"I dont get why I receive your newsletter, stop",
	} {
		require.NotEqual(t, dnc.None, wide.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestModelNeverOverrulesBlessingsOrSelfDescription: a blessing that
// closes the exchange and a lead describing their own texting are never
// the model's revocation, even with the review band wide open; "do not
// text me" still is a revocation, by the rules.
func TestModelNeverOverrulesBlessingsOrSelfDescription(t *testing.T) {
	t.Parallel()
	wide := dnc.New(&dnc.Config{SuppressAt: 0.6, ReviewAt: 0.05})
	for _, s := range []string{"Gracias, Dios le bendiga", "thank you, god bless", "ok have a blessed day",
		"I am 81 so be patient, I do not text very fast and my eyes are bad"} {
		require.Equal(t, dnc.None, wide.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	require.Equal(t, dnc.OptOut, wide.Detect(dnc.Input{Text: "I am 81, do not text me again"}).Kind)
}

// TestKeywordSentByMistake: a keyword the lead says went out by mistake
// or as a joke, and a plea to keep texting "for now", are no revocation
// for either tier; a removal request beside a mistake still is.
func TestKeywordSentByMistake(t *testing.T) {
	t.Parallel()
	wide := dnc.New(&dnc.Config{SuppressAt: 0.6, ReviewAt: 0.05})
	requireKind(t, wide, dnc.None,
		"le puse BAJA por error, sigan avisándome del pago",
		"did I just unsubscribe by accident? the updates stopped coming",
		"escribí ALTO sin querer, ¿me siguen avisando de la inspección?",
		"oops I hit STOP by accident, am I still getting the closing reminders?",
		"for now keep sending me the listings, I'll say when I'm done",
	)
	full := dnc.New(nil)
	requireKind(t, full, dnc.OptOut,
		"remove me, somebody added my number by mistake",
		"take me off this list, I signed up by accident",
		"stop texting me, for now and forever",
		"accidentally hit stop? no, I meant it, stop texting me",
	)
}

// TestJokesAndOtherChannels: a laughing threat to unsubscribe on a
// condition, in a message that goes on with the business; another
// channel left with texts asked to go on; contact routed to the lead in
// Spanish: none of them revokes consent to texts. The same threat made
// plainly, and a stop of the texts beside another channel's, still do.
func TestJokesAndOtherChannels(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.None,
		"lol if you send me one more roof meme I'm unsubscribing 😂 anyway what time tomorrow?",
		"jajaja si me mandan otra foto de goteras me doy de baja 🤣 ¿a qué hora llegan?",
		"take me off the email newsletter but keep texting me the payoff numbers",
		"me salí de la lista de correos, pero sigan mandándome mensajes de la póliza",
		"mi inquilino recibió su mensaje y se asustó, please contacten a mí nomás",
	)
	requireKind(t, full, dnc.OptOut,
		"if you send me one more of these I'm unsubscribing",
		"take me off the email newsletter and stop texting me too",
	)
}

// TestFewerMessagesAndSelfDescriptionInSpanish: "not so many reminders"
// asks for fewer messages, not none, and "no soy buena con los
// mensajitos" describes the lead; neither revokes consent.
func TestFewerMessagesAndSelfDescriptionInSpanish(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.None,
		"ok pero no me manden tantas alertas porfa, con una a la semana basta",
		"mire joven, yo no soy buena con esto de los textos",
	)
	require.Equal(t, dnc.OptOut, full.Detect(dnc.Input{Text: "no soy bueno con el celular, mejor ya no me manden mensajes"}).Kind)
}

// TestQuotedThenSent: a keyword quoted from an earlier message and then
// sent on its own as the last sentence is a revocation; quoted alone it
// stays a mention.
func TestQuotedThenSent(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	require.Equal(t, dnc.OptOut, full.Detect(dnc.Input{Text: "the text says reply STOP to quit and I already did that, still getting them. STOP"}).Kind)
	require.Equal(t, dnc.None, full.Detect(dnc.Input{Text: "the text says reply STOP to quit, does that cancel my appointment too?"}).Kind)
}

// TestTextsRefusedEmailWelcome: texts refused with email asked for
// instead revoke consent to texts; no texts received, or texting that
// cannot happen for now, do not.
func TestTextsRefusedEmailWelcome(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.OptOut,
		"going forward no texts please, email works better for me",
		"could you set it so I don't receive texts anymore? email is ok",
	)
	requireKind(t, full, dnc.None,
		"got no texts from your office, only the emails. is the number right?",
		"no text yet from the inspector, could you email me his arrival time?",
		"I cannot text while at the hospital, email me and I'll reply tonight",
	)
}

// TestPlainEnds: the everyday ways of ending contact ("forget about
// me", "done getting these", "don't bother following up", "no call, no
// text", "no sigan", "no me agreguen a nada") revoke consent; the same
// words about something else do not.
func TestPlainEnds(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.OptOut,
		"look, just forget about me, we're keeping the house",
		"i'm done receiving these, seriously",
		"we went another way. don't bother reaching out again",
		"thanks, but there's no need for any further outreach",
		"No call. No text. Nothing.",
		"ya, no sigan",
		"no me inscriban a nada por favor",
	)
	requireKind(t, full, dnc.None,
		"don't forget about me when the new listings come out!",
		"when I'm done getting these estimates I'll let you know",
		"no need for more follow up on the roof claim, it got paid, thank you!",
		"no, sigan con la cita del martes",
	)
}

// TestLongMessagesThatKeepTexts: another channel stopped with texting
// called fine, an earlier opt-out denied with a plea to go on, a Spanish
// footer quoted, a spam report nearly made, and the lead's own message
// misdirected: none revokes consent to texts.
func TestLongMessagesThatKeepTexts(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.None,
		"please stop calling the house phone, my dad naps in the afternoon. texting this number is perfectly fine though",
		"yo nunca pedí que me dieran de baja, fue mi esposo. sigan mandándome las cotizaciones por favor",
		"me llegó un mensaje que decía responda STOP para cancelar su garantía, ¿eso es de ustedes?",
		"I nearly reported your number as spam before I remembered I filled out the form, lol. what's the rate?",
		"sorry, I sent that last text to the wrong person! yes Thursday works for the inspection",
	)
	requireKind(t, full, dnc.OptOut,
		"stop calling me, and texting isn't fine either",
		"mandé STOP hace una semana y siguen. quítenme ya",
	)
}

// TestSpanglishRequestsInLongMessages: "I'd rather no recibir más
// mensajes", "remove este número de su lista" and "can you please just
// stop" revoke consent inside a long message; a waiting list and a
// question how a trial ends do not.
func TestSpanglishRequestsInLongMessages(t *testing.T) {
	t.Parallel()
	full := dnc.New(nil)
	requireKind(t, full, dnc.OptOut,
		"gracias por la paciencia, de verdad. ya decidimos esperar al año que viene, so I'd rather no recibir más mensajes de esto. saludos a todos",
		"ya tenemos techo nuevo con otra gente y quedó bien. thanks anyway but please remove este número de la lista, me escriben cada semana",
		"weeks of 'just checking in' and 'any updates?' and I have none, I've told you. I'm worn out. can you please just stop",
	)
	requireKind(t, full, dnc.None,
		"remove este número de la lista de espera y pónganme el jueves",
		"when the trial is over does it bill me or just stop?",
	)
}

// requireKind asserts that det reads every message as want.
func requireKind(t *testing.T, det *dnc.RuleDetector, want dnc.Kind, msgs ...string) {
	t.Helper()
	for _, s := range msgs {
		require.Equal(t, want, det.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestModelLeavesChoicesAndMissedContact: the learned tier does not decide
// a bare refusal of a choice ("neither": of days, or of ways of contact,
// which only the question tells apart) nor a complaint that the sender no
// longer gets in touch, each of which it scores above its suppression
// threshold (p 0.87 to 0.99); a request to stop beside them, or in the
// same words with more in them, still revokes.
func TestModelLeavesChoicesAndMissedContact(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "neither", "neither, thanks", "neither thank you", "you never call or text me anymore",
		"you never text me anymore", "ya no me escriben")
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "neither", Asked: "Should I call you or keep texting?"}).Kind)
	requireOptOuts(t, d, "you never listen. do not text me anymore", "you never have to text me anymore",
		"you never answer anymore, i'm done. goodbye forever", "you never answer anymore, dont bother texting")
}

// TestInsultsNeverDoubted: "get lost" and "buzz off" are revocations the
// model has seen few of (p 0.003 to 0.02); the learned tier never sends
// them to a person in doubt, however high the doubt is set.
func TestInsultsNeverDoubted(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{DoubtAt: 0.5})
	for _, s := range []string{"get lost", "just get lost", "buzz off", "take a hike, pal"} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q: %s", s, r.Rule)
	}
}

// TestSenderUnknownIsNoWrongNumber: "no conozco a ningún X" is a wrong
// number unless X is the name the business's last message introduced
// itself with; then the rest of the message is read alone.
func TestSenderUnknownIsNoWrongNumber(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	intro := "¡Hola! Soy Ana, asistente de Casa Rápida. ¿Ha pensado en vender?"
	require.Equal(t, dnc.None, d.Detect(dnc.Input{Asked: intro, Text: "¿Quién habla? Yo no conozco a ninguna Ana."}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "¿Quién habla? Yo no conozco a ninguna Ana."}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Asked: intro, Text: "No conozco a ninguna Ana. Bórrenme de su lista."}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Asked: "Buscamos a Ana Ruiz. ¿Es usted?", Text: "No conozco a ninguna Ana."}).Kind)
	// a request to stop in the same clause still revokes consent; a name
	// the business asks for, a name it also seeks, a surname it did not
	// give, a break where the name would be are no sender (a review's
	// inputs)
	marcus := "Hi! This is Marcus with Killeen Cash Offers. Would you consider an offer?"
	for _, c := range [][2]string{
		{marcus, "No conozco a ningún Marcus y no quiero que me escriban"},
		{marcus, "No conozco a ningún Marcus pero no me vuelvan a escribir"},
		{marcus, "No conozco a ningún Marcus Ortiz."},
		{"Hi, is Marcus there?", "No conozco a ningún Marcus."},
		{"Hi, can I speak with Marcus about the property?", "No conozco a ningún Marcus."},
		{"¿Habla Marcus Ortiz? Le escribo por la casa.", "No conozco a ningún Marcus."},
		{"Hola, soy Ana de Casa Rápida. Buscamos a Ana Ruiz, ¿es usted?", "No conozco a ninguna Ana."},
		{"Thanks. Here is the link. Is this still your number?", "No conozco a ningún... esta no es su casa"},
	} {
		require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Asked: c[0], Text: c[1]}).Kind, "%q after %q", c[1], c[0])
	}
}

// TestRevocationsTheVetoesHeldBack: a wish never to receive another text
// is no complaint about a text that never came, and a removal asked
// before ("I already replied to get off this thing twice") is no
// complaint only; both revoke. A code that never came still goes to no
// one, and a work cell kept out of it is a revocation.
func TestRevocationsTheVetoesHeldBack(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"i would genuinely like to never receive a text from this company again",
		"I already replied to get off this thing twice last week and here you are again",
		"this is my work cell from my internship, they can see the logs. please keep this number out of it",
		"This cell is issued by the school board. Kindly keep them off this line.",
		"this is my personal cell. quit using it"} {
		require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, s)
	}
	for _, s := range []string{"i never got the code you texted, can you resend it?", "still didn't receive the link, can you send it again",
		"keep this number on file, it's my new cell", "can you keep them coming to this line instead of my email",
		// a review's inputs: texts that do not arrive, a number kept out
		// of something else
		"I never get your texts, is my number right?", "I never receive your messages, can you check my number?",
		"keep my number out of your listing, i dont want randoms calling. you can still text me here",
		"keep my cell out of this group chat pls, text me direct"} {
		require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, s)
	}
}

// TestLastMessageOrderedAndTextsHeldOff: "Que este sea el último mensaje,
// ¿ok?" orders it in the subjunctive, "ni pierdan su tiempo conmigo"
// tells them not to bother, and "until then pls hold off on the texts"
// holds them until the lead comes back; a change that is the last one, a
// pause to a date and paperwork held off are none.
func TestLastMessageOrderedAndTextsHeldOff(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireKind(t, d, dnc.OptOut, "Thank you, pero no. Que este sea el último mensaje, ¿ok? Tengo mucho trabajo en el feedlot.",
		"Mi hija me va a bloquear este número, así que ni pierdan su tiempo conmigo.",
		"thank you, i'll reach out if i ever need anything. until then pls hold off on the texts")
	requireKind(t, d, dnc.None, "que este sea el último cambio al contrato", "hold off on the texts until after the holidays please",
		"hold off on the paperwork until my wife gets back", "Sorry, ese último mensaje lo escribió mi esposo by mistake. Sí estamos interesados.")
}

// TestPoliteAndTerseGoodbyes: older blind sets' revocations said as a
// kindness or in four words: "misplace this number for good", "please
// just bin my details", "you can give it a rest for good now", "Please
// let that be the last text", "I. Don't. Want. These."; their look-alikes
// stay ordinary.
func TestPoliteAndTerseGoodbyes(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireKind(t, d, dnc.OptOut, "Do me one kindness and misplace this number for good, hear?", "Please just bin my details. Not selling, never was.",
		"Eleven texts in two days. You have been very thorough. You can give it a rest for good now, I am not selling.",
		"Not to be funny but I've said no three times. Please let that be the last text.",
		"Oh brilliant, another one 🙄 I'll say it slower this time: I. Don't. Want. These.")
	requireKind(t, d, dnc.None, "I don't want these windows, the old ones are fine", "delete my details from the application and resend it, the address is wrong",
		"can you give it a rest for a week, im swamped", "I lost my phone for a week, sorry for the late reply")
}

// TestRevocationsBoundsAndRatesHeldBack: a bound that is the lead's own state
// ("I'm on a rigging call til 3"), a rate ("tres mensajes por día",
// "twelve hours a day"), a day told in the past or the lead's own errand
// tomorrow no longer make a revocation a pause; "back in June" and "I was
// gonna ignore this" undo nothing; "before you text me again" warns; a
// keyword in capitals takes a please or a blessing after it. Pauses,
// undoings and a price lowered stay what they were.
func TestRevocationsBoundsAndRatesHeldBack(t *testing.T) {
	t.Parallel()
	det := dnc.New(nil)
	for _, s := range []string{
		"Im a stagehand, I'm on a rigging call til 3, I dont have time for this. Opt me out",
		"Please lose my number. I don't want to sell, I am staying in this house until the Lord calls me home.",
		"Qué lindo recibir tres mensajes por día de gente que no conozco. Dejame en paz de una vez, ¿sí?",
		"Look, I drive for Uber twelve hours a day and every time my phone buzzes I think it's a ride. Just take this number out of your system please.",
		"I asked the lady on the phone Monday to take me off. guess it didnt work. do it now please",
		"fourth one this week. im sending screenshots to the attorney generals office tomorrow morning",
		"Pretty sure I already replied to get off this thing back in June. Why am I still hearing from you",
		"So I was gonna ignore this but these are eating up my texts. I'd like to be left alone please.",
		"I'm on the do not call registry. Look it up before you text me again.",
		"CANCELAR. Gracias, que tenga buen día.", "STOP plis, estoy en mi shift",
		"bájame de la lista please, ya refinancié con otro banco",
	} {
		require.True(t, det.Detect(dnc.Input{Text: s}).Kind != dnc.None, "%q", s)
	}
	requireKind(t, det, dnc.None, "leave me alone for like an hour, then text me the numbers", "no me escribas hasta el lunes",
		"don't text me until Monday", "I'd rather you not text until after the holidays", "no me textees hoy, mañana hablamos",
		"please add me back on the list", "I unsubscribed by mistake, please put me back in the system", "Cancel. I'll come Tuesday instead",
		"bájame el precio un poco y hablamos", "STOP by the office plis", "don't text me today, I'm at the hospital until 6. text me tomorrow",
		"esta semana no me escriba, estoy de viaje. El lunes seguimos")
}

// TestKeywordSentAndThreatsSaidPlainly: a keyword reported sent ("I
// replied STOP on Monday", "I replied cancel a month ago"), named by a
// word for it with the texts still coming ("i texted the word you guys
// want ... still getting stuff", "contesté con la palabrita esa y siguen
// mandando"), a STOP the sender did not get, threats said as a condition
// ("continue and I will file a complaint", "voy a llamar al attorney
// general si esto sigue") and plain Spanish goodbyes revoke; a STOP taken
// back, another company's STOP, the reply thing asked about and a cancel
// sent for a visit do not.
func TestKeywordSentAndThreatsSaidPlainly(t *testing.T) {
	t.Parallel()
	det := dnc.New(nil)
	for _, s := range []string{
		"I replied STOP on Monday. That should have been the end of it.", "I replied cancel a month ago. Check your logs.",
		"Did you not get my STOP yesterday? Because here you are again.",
		"ok so last month i texted the word you guys want, the one thats supposed to end this. still getting stuff. fix it",
		"Ya yo les contesté con la palabrita esa que dicen y siguen mandando", "I already did the reply thing hace dos semanas and you're still here.",
		"How many times do I have to reply with the word y'all told me to reply with? I did it twice already.",
		"Continue and I will file a complaint with the Better Business Bureau.", "Voy a llamar al attorney general si esto sigue.",
		"si me mandan otro mensaje hago la denuncia, eh. ya fue", "Next one goes to the Oregon AG's consumer protection people.",
		"Keep texting me and you can explain yourself to him.", "Hasta aquí nomás con los textos, gracias.", "Perdé mi número mae",
		"Le ruego no utilizarlo para ofertas de seguros.", "ya no qiero mensages",
	} {
		require.Equal(t, dnc.OptOut, det.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireKind(t, det, dnc.None, "Ignore my STOP earlier, my kid grabbed my phone. Still want the quote.",
		"The last company I dealt with ignored my STOP texts for a month. Glad you guys actually answer questions.",
		"I did the reply thing you asked, what's next?", "I replied cancel to the appointment reminder, can we do Friday instead?",
		"I texted the word JOIN and got the confirmation, thanks", "Continue with the quote and send it to my email",
		"hasta aquí todo bien con la casa, gracias")
}

// TestLookAlikesOfRevocations: another feed left with this one kept, a
// wrong number corrected or supposed, a stop aimed at someone else or at
// paper, a phone that blocked texts, listings of a kind refused and no
// more messages that came are no revocations; their revoking neighbours
// still are.
func TestLookAlikesOfRevocations(t *testing.T) {
	t.Parallel()
	det := dnc.New(nil)
	requireKind(t, det, dnc.None, "unsubscribe del newsletter pero los texts sí mándenlos",
		"desuscríbanme del boletín pero sigan mandando los whats de la cita", "Unsubscribe me del email pero keep texting aquí, I check this more",
		"I unsubscribed from the yelp emails lol, not you. what's the update?",
		"I was about to unsubscribe, honestly, but that rate is better than what my bank gave me.",
		"The wrong number was the one en el flyer, este es el correcto, text me here",
		"Número equivocado el que le di ayer, perdón, el correcto termina en 4471.", "Si es número equivocado avísenme, porque mi cuñado me dio este contacto.",
		"Número equivocado no, nada más el nombre: soy Julio no Julia jaja. Sí quiero la cotización",
		"wife says quit texting her about the roof and text me instead, this is the right number",
		"My daughter says I should stop texting strangers lol but you seem legit.", "Y'all can stop sending the paper mailers, I'd rather just get texts.",
		"Would you quit texting me if I said no? Just curious, I haven't decided yet.",
		"my phone was blocking your texts by accident, just saw all of these", "Dejen de mandarme casas de dos recámaras, necesito tres mínimo.",
		"My phone had no signal in the basement so no more messages came through yesterday.")
	requireKind(t, det, dnc.OptOut, "I unsubscribed from your emails, why do you keep sending me text messages?",
		"my dad asked me to tell you to stop calling him", "Quit calling my husband, we're not selling.", "wrong number, no es el bueno. no me escriban",
		"Dejen de mandarme casas, no vendo ni compro", "stop sending me mail and texts", "I blocked your texts, stop")
}

// TestLastHeardAndDetailsStruck: "if this was the last I heard from your
// outfit" and "my details were struck from your outreach" revoke.
func TestLastHeardAndDetailsStruck(t *testing.T) {
	t.Parallel()
	requireKind(t, dnc.New(nil), dnc.OptOut, "What would be helpful is if this was the last I heard from your outfit. Appreciate it.",
		"I'd be grateful if my details were struck from your outreach.")
	requireKind(t, dnc.New(nil), dnc.None, "That was the last I heard from my lender, can you help?")
}

// TestReviewStop62Optouts: what the review of stop 62's change found. The
// texts left with another feed, a wrong number said with "sí" or
// "bueno", a stop aimed at the sender's habit, "come on", a pause with
// the lead's own reasons and a resume by the lead revoke or pause as
// before; a word sent for something else, a stop on a route, a cancel of
// a visit and records struck elsewhere do not revoke; a courtesy CANCEL
// after an appointment goes to a person.
func TestReviewStop62Optouts(t *testing.T) {
	t.Parallel()
	det := dnc.New(nil)
	requireKind(t, det, dnc.OptOut, "Unsubscribe me from your emails and texts. Not from you, not from anybody, I never signed up",
		"unsubscribe me from the email list and these texts. not this again", "desuscríbanme del correo y de los mensajes, ya pedí y sigue mandando mensajes",
		"si es numero equivocado, no soy Lupe", "stop calling people at dinner time", "no more calls come on!")
	requireKind(t, det, dnc.None, "I don't want any texts until January, we're traveling", "Leave me alone today, I'll reach out tomorrow",
		"leave me alone for a few hours a day lol kidding, text me tonight",
		"my info was scrubbed from the MLS when the listing expired, can you relist?", "El abogado dice que si esto sigue así mejor vendemos la casa",
		"Please continue and cc my lawyer on everything", "I texted the word you told me to for the open house and still nothing",
		"How many times do I have to send you the Word doc?? I emailed it twice", "did you guys get my baja de precio request? still waiting",
		"you guys got my stop wrong again, it's 4471 Elm not Oak", "I texted cancel on Monday bc I couldn't make the appt, can we do Thursday instead?",
		"Hasta aquí bien con los mensajes, cuándo viene el técnico?", "le pido no usarlo hasta que firme el contrato")
	for _, s := range []string{"Sí, número equivocado", "Número equivocado. Bueno, que tenga buen día"} {
		require.NotEqual(t, dnc.None, det.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	r := det.Detect(dnc.Input{Text: "CANCEL. Thanks, have a good day", Asked: "Your showing at 123 Main is confirmed for Sat 2pm."})
	require.Equal(t, dnc.PossibleOptOut, r.Kind)
	require.Equal(t, dnc.OptOut, det.Detect(dnc.Input{Text: "CANCEL. Thanks, have a good day"}).Kind)
}

// TestRemovalsSaidToTheRecords: "please do not write more to this
// number", "kindly purge it from your CRM", "the decedent's number should
// be purged from your records", "I want nothing from this company on my
// phone", "pull me off la lista", "no me rompan más las bolas con los
// mensajitos" and "si me llega otro text de ustedes, mi lawyer se va a
// encargar" revoke; a document deleted and someone else wanting nothing
// from a company do not.
func TestRemovalsSaidToTheRecords(t *testing.T) {
	t.Parallel()
	det := dnc.New(nil)
	requireKind(t, det, dnc.OptOut, "Good afternoon. We decided to keep the house. Please do not write more to this number. Thank you for the understanding.",
		"Office manager here. This cell belongs to Dr. Okafor's practice. Kindly purge it from your CRM.",
		"I represent the estate. The decedent's number should be purged from your records.",
		"pull me off la lista, I'm parking this until spring",
		"Loco, no me rompan más las bolas con los mensajitos. Chau.", "Si me llega otro text de ustedes, mi lawyer se va a encargar, just saying")
	// (the learned tier doubts this one: a person decides)
	require.NotEqual(t, dnc.None, det.Detect(dnc.Input{Text: "I'll make it simple: I want nothing from this company on my phone."}).Kind)
	requireKind(t, det, dnc.None, "I sent you the wrong document, please delete it from your system, the new one is coming tonight",
		"my ex wants nothing from this company, the house is mine now")
}
