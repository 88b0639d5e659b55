package dnc_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

// TestOptOutClasses covers the generalised opt-out classes with examples
// written for this test: each row is one class, with look-alikes that must
// stay ordinary messages.
func TestOptOutClasses(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, tc := range []struct {
		class    string
		optOut   []string
		ordinary []string
	}{
		{
			class: "a work line with a request not to use it",
			optOut: []string{"this is my office number, please don't text it", "it's my work cell. do not use it for this", "es el celular de la oficina, no me escriban aquí",
				// the request a sentence after the phone is named
				"Well this is my work cell and my employer monitors it. I can't have real estate solicitations coming to it so please don't use it for this."},
			ordinary: []string{"you can reach me on my work line after 3", "my work phone died so use this one"},
		},
		{
			class:    "forget or lose the number, in Spanish too",
			optOut:   []string{"forget you ever had my number", "olvídense de este número por favor", "pierda mi teléfono, gracias"},
			ordinary: []string{"i forgot my account number, can you resend it", "perdí el número de la cuenta"},
		},
		{
			class:    "the carriers' spam short code and threats on more messages",
			optOut:   []string{"forwarding every one of these to 7726", "if you keep messaging me i'm calling my attorney", "si siguen escribiendo voy a llamar a mi abogado"},
			ordinary: []string{"my attorney is looking over the deed", "mi abogado tiene los papeles de la venta", "sent you the signed copy, check your spam folder"},
		},
		{
			class:    "asides and other senders that take a keyword back",
			optOut:   []string{"how do i unsubscribe from these", "take me off your list"},
			ordinary: []string{"just curious, how would someone opt out of these? asking for my mom", "another agent kept texting so i blocked him, you're fine", "got my name off the other realtor's list finally", "le di el número equivocado de la caja, es 4471"},
		},
		{
			class: "more requests in other words (w8's classes)",
			optOut: []string{"honestly i'd like to not be on this list", "please unenroll me from these", "i'll pass on the texts, thanks",
				"i'd rather you didn't message me again", "i don't want to hear from you", "shouldn't i have been removed by now?",
				"this is a dental office number", "forwarded your texts to the BBB", "nunca di permiso para esto",
				"no quiero saber nada de ustedes", "me dijeron que me iban a quitar de la lista", "este número ya es mío, la señora ya no vive aquí"},
			ordinary: []string{"i'd love to hear from you again next spring", "me dieron de baja en el trabajo, ¿todavía califico?",
				"no me llamen que estoy en el trabajo, solo por mensaje", "porfa no escriban después de las 10",
				"my mom asked the other realtor to never contact her again, you're fine", "my ex's name should have been removed from the deed"},
		},
		{
			class: "polite, passive and reassigned-number requests",
			optOut: []string{"we'd be grateful if you no longer sent these to us", "if you could quit sending these that would be lovely, thanks",
				"i got this number a few months ago, not who you want", "thanks, but please don't send me anything else"},
			ordinary: []string{"i was about to tell you to take me off your list, but the offer sounds good now",
				"my wife wants the roofing guys to stop calling, not you", "the other agent kept texting after i said stop, you're fine",
				"please don't send me any attachments, just type the number", "had to cancel a bunch of subscriptions this year",
				"take the shed off the list of repairs", "le dije al otro agente que stop calling"},
		},
		{
			class:    "keywords spelt letter by letter, a fat-fingered STOP, a present obligation to cancel",
			optOut:   []string{"A L T O", "u.n.s.u.b.s.c.r.i.b.e", "s-t-o-p", "stoo", "i have to cancel the newsletter subscription"},
			ordinary: []string{"a b c", "I M O K", "had to cancel a bunch of subscriptions this year"},
		},
		{
			class:    "accented and typo keywords",
			optOut:   []string{"ARRÊTEZ", "arrête svp", "stopp", "Sstop!!", "Alto por favor", "desabonner"},
			ordinary: []string{"Straße 12 is the address", "café at noon?"},
		},
		{
			class: "non-English revocations",
			optOut: []string{
				"por favor no me llamen más",
				"ya no quiero recibir textos de ustedes",
				"paren de enviarme promociones",
				"denme de baja de esta lista",
				"merci de ne plus m'appeler",
				"arrêtez de m'appeler svp",
				"bitte keine SMS mehr",
				"rufen Sie mich nicht mehr an... nicht mehr anrufen bitte",
				"parem de me ligar",
			},
			ordinary: []string{"la casa es para mi hermana", "de baja calidad no gracias", "el precio no me gusta", "para el lunes?"},
		},
		{
			class:    "never or do-not with a contact verb and again",
			optOut:   []string{"never call this phone again", "please do not message us again", "don't ever reach out again"},
			ordinary: []string{"never mind, text me after lunch", "don't text while you drive"},
		},
		{
			class:    "short channel lists",
			optOut:   []string{"do not text or call", "dont email or text me", "no texts no calls please", "no emails, no calls"},
			ordinary: []string{"dont text or call him, he is sleeping", "no calls no texts from my son all week, is he ok?"},
		},
		{
			class:    "how to make them stop",
			optOut:   []string{"how do i get the texts to end", "how can I make these calls stop"},
			ordinary: []string{"how do i make the leak stop", "when does the bus stop here"},
		},
		{
			class:    "conditional threats",
			optOut:   []string{"if you message me again i will report you", "one more call and i am reporting this to the ftc", "text this phone again and i'll block you"},
			ordinary: []string{"if you text me the address i can come by", "if you call the office they can help"},
		},
		{
			class: "reports of an earlier opt-out",
			optOut: []string{
				"we already asked you guys twice to stop",
				"i told you to stop texting weeks ago",
				"I've typed STOP before, why am i still getting these",
				"i opted out in may",
				"i have unsubscribed already, quit it",
				"already asked to be removed",
				"i unsubscribed from your texts last week",
			},
			ordinary: []string{
				"my daughter replied stop by accident, we still want updates",
				"i unsubscribed by mistake, please add me back",
				"i told him to stop by the house saturday",
				"she asked me to stop worrying about the price",
			},
		},
		{
			class: "third parties, calendars and polite conditionals",
			optOut: []string{
				"stop messaging my mother, she does not use this number",
				"i would be grateful if you quit texting me",
				"put this number on your do not text list",
				"kindly refrain from calling us",
				"how many times must i type stop",
				"Stop means stop.",
			},
			ordinary: []string{
				"tell him to quit calling my sister",
				"i blocked off the morning for the walkthrough",
				"how many times did the train stop",
				"one more email from my landlord and im reporting him",
				"finally unsubscribed from that streaming app",
				"no more calls after 8 please, the baby sleeps",
				"you never call or text me anymore",
			},
		},
		{
			class:    "getting off a newsletter",
			optOut:   []string{"how do i get off the company newsletter", "take me off the distribution list"},
			ordinary: []string{"turn off the alerts on my phone", "how do i get the newsletter"},
		},
		{
			class: "instruction footers",
			ordinary: []string{
				"WIN a cruise! Reply Y to enter or STOP to end",
				"Flash sale today only. Text HALT to stop getting offers",
				"Your code is 1234. Reply N to cancel",
			},
		},
		{
			class: "a fifth writer's look-alikes and requests (issue 8, this stop)",
			optOut: []string{
				"es el celular de la oficina, no me escriban aquí", "Es el número de la empresa, no lo usen para ventas",
				"you people message me every morning, make it stop", "I texted BAJA last week and you're still writing",
				"please don't send any more, thanks",
				"I did not give you permission to text me", "if this keeps up i will report you",
				// a sixth writer's genres: support chats and Spanish newsletters
				"how do I shut off these delivery texts", "my dad's number is on your list by mistake, he wants it removed",
				"can you take me off the reminders list, I finished the course", "¿cómo me doy de baja de las promociones?",
				"quiero cancelar la suscripción a los correos", "ya no quiero los boletines, gracias",
				// an eighth writer's Spanish
				"ya no kiero q me escriban xfa", "me prometieron que me quitaban y siguen", "un mensaje más y los demando",
				"es el cel de mi chamba. bórrenlo de su lista",
			},
			ordinary: []string{
				"stop, you're kidding, 90k for my house?", "stop, that's too low for a 4 bedroom",
				"when should we stop sending the signed forms?", "drop me a line when the crew heads over",
				"can my tenants unsubscribe from the rent reminders your app sends?",
				"my dad told them wrong number last year, do you have his new one?",
				"quiero dar de baja mi seguro con la otra aseguradora y cambiarme con ustedes",
				"¿se puede dar de baja el servicio cuando uno quiera?", "con que me den una buena oferta me conformo",
				"prefiero que me manden los detalles por la tarde",
				"the unsubscribe link in your email confused me, but I'm still interested in the quote",
				"make it stop leaking before the inspection",
				"yes i did give you permission to text, go ahead",
				"no, nada más, gracias", "that's all for now, thanks",
				"lol stop, you're making me blush", "if I subscribe can I unsubscribe later?", "turn off the reminders in the app settings",
				"quiero darme de baja del gimnasio", "quiero dar de baja mi tarjeta vieja", "¿cómo me doy de baja si luego no quiero? solo pregunto",
				"sáquenme una cita para el lunes", "¿cobran multa si cancelo la suscripción anual?", "mi vecina dice que ya los bloqueó, ¿ustedes son otros?",
				"take me off el plan premium porfa", "no me manden notas de voz, mejor texto", "mi hermano me dijo que les pidiera que me quitaran, pero yo sí quiero saber más",
			},
		},
		{
			class:    "product subscriptions and channel preferences",
			optOut:   []string{"cancel my email subscription", "quit calling and texting this number"},
			ordinary: []string{"please cancel my subscription to the gold plan", "stop calling, text me instead", "quit calling me at work and just email"},
		},
		{
			class: "polite disinterest in more contact",
			optOut: []string{"honestly not interested in receiving any more of your texts", "we're not interested in hearing from you again",
				"no me interesa recibir más mensajes de ustedes", "not interested in getting more emails from this company"},
			ordinary: []string{"not interested in receiving a quote by mail, text it", "I'm not interested in getting a lower offer",
				"not interested in hearing the warranty pitch, just the price"},
		},
		{
			// a stop that names no texts, in a message that says texts
			// are welcome, is about something else
			class: "texts said to be fine or wanted",
			optOut: []string{"stop texting me, calls are fine", "take me off your list, texting is not ok",
				"please remove me from your list, i don't want the texts"},
			ordinary: []string{"quit sending me the weekly market report, text is fine though",
				"you can stop sending the rate sheets every morning, the texts are ok",
				"please stop sending the printed statements, texts are still fine",
				"ya me di de baja del boletín, pero sí quiero los mensajes de la cita",
				// the learned tier reads "unsubscribed ... texts" as a
				// revocation; the welcome overrules it too
				"I already unsubscribed from your newsletter pero sí quiero los texts, ok?",
				"I unsubscribed from your newsletter, pero los texts sí los quiero"},
		},
	} {
		for _, s := range tc.optOut {
			r := d.Detect(dnc.Input{Text: s})
			require.Equal(t, dnc.OptOut, r.Kind, "%s: %q should opt out", tc.class, s)
		}
		for _, s := range tc.ordinary {
			r := d.Detect(dnc.Input{Text: s})
			require.NotEqual(t, dnc.OptOut, r.Kind, "%s: %q is not an opt-out (%s)", tc.class, s, r.Rule)
		}
	}
}

// TestWhoIsWritingIsNotReviewed: a short question about who is writing
// ("who's this again?") is neither an opt-out nor a possible one; the
// learned tier alone read "again" as a revocation and paused the
// conversation for review.
func TestWhoIsWritingIsNotReviewed(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"who's this again", "who is this?", "quién habla?", "who dis"} {
		require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "who is this? stop texting me"}).Kind)
}

// TestGuardsKeepRealOptOuts: the look-alike guards of issue 8 must not
// take back a real request whose words only resemble their cues (found
// by a review of those guards): "almost" without a verb of saying, "just
// asking" as politeness, an unnamed object of "send", "your team", a
// bare "last" or "another", "get lost" with an insult, and Spanish "ni
// mensajes" or "después de esto".
func TestGuardsKeepRealOptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	for _, s := range []string{
		"It's almost midnight stop texting me", "I was going to ignore this but please stop texting me",
		"I'm just asking you to stop", "Stop. In case I wasn't clear", "Don't send me junk", "Please don't send me listings",
		"Tell your team to never call me again", "Get lost loser", "Last warning stop texting me",
		"I asked you last Tuesday to take me off your list", "No me llamen ni me manden mensajes",
		"No me escriban más después de esto",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q is an opt-out by the rules alone", s)
	}
	for _, s := range []string{
		"If you can stop by around 3 that would work", "Please send the paperwork to 7726 Oak Lane",
		"The office phone is not working right now, text my cell", "This is the business line, feel free to text here",
		"Can you pass on the message to your manager", "Is the fee supposed to be taken out at closing?",
		"Me dijeron que me iban a dar una cotización", "Olvidé mi celular en la casa, le llamo luego",
		"Voy a hablar con mi abogada sobre el contrato", "We no longer send paper statements, can you email them",
		"I don't need updates on the loan every day, weekly is fine", "I've had this number since 2010, text me anytime",
	} {
		require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q is not an opt-out", s)
	}
}

// TestComplaintIsNotARevocation: an exasperated complaint that names no
// contact ("this is a complete waste of my time") is frustration for a person to take
// over, not an opt-out: the learned tier alone read its "this is" and its
// count of times as a revocation and silenced the conversation. The same
// anger aimed at the messages stays an opt-out.
func TestComplaintIsNotARevocation(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"this is a complete waste of my time",
		"This is a mess and nobody has answers",
		"Seriously?? This is the fourth time you've asked me that",
		// "be" in "got to be kidding me" is no "leave me be"
		"this is a complete waste of my time, you can't be serious",
	)
	for _, s := range []string{
		"Enough with the texts already, I'm so fed up with this",
		"ya me tienen harta con tanto mensaje, no me escriban",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Contains(t, []dnc.Kind{dnc.OptOut, dnc.PossibleOptOut}, r.Kind, "%q names the messages: still an opt-out", s)
	}
}

// TestOptOutClassesW13: revocations a hard-boundary training writer (w13)
// found missing, in my own words: no need to follow up any more, the
// phone or its elderly user left alone, consent revoked or never given in
// Spanish, "ya no escriban", not being included in the mailings, not
// wanting to hear about it again, blocked and reported. And a pause bound
// in time is not a revocation, while an open-ended one is.
func TestOptOutClassesW13(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"we sold it last month, no need to follow up with us anymore",
		"Thanks but no. Don't follow up.",
		"this is my grandfather's phone, he's 88, please leave this number alone",
		"dejen en paz a mi mamá, ella no va a vender nada",
		"revoco el permiso que les di para escribirme",
		"yo nunca autoricé que me mandaran mensajes",
		"ya no escriban, por favor",
		"ya no hace falta que me sigan escribiendo, gracias",
		"no me incluyan en sus listas de correos",
		"not selling, and I don't want to hear about it again",
		"número bloqueado y denunciado",
	)
	full := dnc.New(nil)
	// a pause bound in time
	requireNoOptOuts(t, full,
		"leave me alone for a couple hours, in a meeting, then send the numbers",
		"no me escribas hasta el jueves que estoy fuera",
		"don't text me today, at a funeral. tomorrow is fine",
	)
	for _, s := range []string{
		"don't text me until further notice",
		"no me escribas hasta que yo te avise",
		"leave me alone for good",
	} {
		r := full.Detect(dnc.Input{Text: s})
		require.NotEqual(t, dnc.None, r.Kind, "%q is open-ended", s)
	}
}

// TestOptOutClassesW14: more ways to say it, from a writer of varied
// phrasing (w14, a development set before it is trained on), in my own
// words; and the look-alikes it showed.
func TestOptOutClassesW14(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"🛑 🛑",
		"whoever runs this, make sure I never get another one of these",
		"please let this be the last message",
		"ghost me pls",
		"pull me out of your automation, I never asked for this",
		"I agreed to texts back in March. I'm taking that back.",
		"one more text and the AG hears about it",
		"my cell is not a billboard, stop advertising to it",
		"que ya no me llegue nada de ustedes",
		"fuera de mi celular",
		"suelten mi número ya",
		"no fastidien más",
		"stop mandando mensajes porfa",
		"una más y se los paso a mi abogado",
		"no más, gracias",
		"sakenme de su lista",
	)
	requireNoOptOuts(t, d,
		"bórrenme el apellido viejo de la póliza, ya me casé",
		"me di de baja del club de golf, así que tengo más tiempo",
		"voy a unsubscribe de Spotify para ahorrar",
		"Stop. Before you send it, does the price include closing costs?",
		"pull me a copy of the last quote",
	)
}

// TestDev11LookAlikes: "knock it out" gets something done and not giving
// one detail by message is no revocation; "knock it off with the texts"
// still is one.
func TestDev11LookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	for _, s := range []string{"give me a ring tonight and we'll knock it out", "prefiero no dar eso por mensaje, mejor por teléfono"} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.None, r.Kind, "%q is no revocation (%s)", s, r.Rule)
	}
	for _, s := range []string{"knock it off with the texts", "prefiero no recibir más información"} {
		require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q revokes consent", s)
	}
}

// TestOptOutClassesW16: requests and look-alikes from a writer of
// mid-conversation messages (w16, a development set), in my own words.
// Revocations: "no need to keep writing to me", "take me out of whatever
// sequence this is", someone answering for the lead ("take him off"),
// Spanish "ya no me
// llegaran", "el próximo mensaje se lo mando a mi abogado". Not
// revocations: one kind of content stopped with another asked for, a
// channel stopped while texts are welcome, a report nearly made, a wish
// to be added back, a person the crew sends.
func TestOptOutClassesW16(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"we retired years ago, no need to keep writing to me about payroll",
		"budget got cut. take me out of whatever sequence this is",
		"this is his daughter, he's 90 and not selling. take him off",
		"quisiera que ya no me llegaran estos mensajes",
		"el próximo mensaje se lo mando a mi abogado",
		"Already switched carriers, quit sending me quotes.",
		"We've decided to stay put. I'd prefer not to receive further texts on this.",
		"one more text y le hablo a mi attorney",
		// a household member relays it
		"grandpa says STOP",
		"soy su hija, ella dice que no le interesa y que no escriban más",
	)
	requireNoOptOuts(t, d,
		"20 seats. stop sending the pricing sheet, I have it, just send the SOC 2 report",
		"please stop emailing me and just text me here, I never check email",
		"ok pero no me mandes links que no abren, mejor pon la info en el mensaje",
		"ngl I nearly reported you as spam at first but the offer seems real",
		"I unsubscribed by accident last week, can you put me back on?",
		"quit sending the guy who tracked mud everywhere lol, otherwise all good",
		"my neighbor asked another buyer to take her off their list, is that you guys too?",
		"the sign at the corner says stop, is that where your crew parks?",
	)
}

// TestOptOutClassesRelayedAtWork: someone answering a business line relays
// the request of whoever runs it, or asks to be unsubscribed in the
// passive for someone else; unsubscribing from something else, or a
// story of an instruction about another thing, stays ordinary.
func TestOptOutClassesRelayedAtWork(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"the owner said take us off",
		"Hi, front desk here. Our office manager said please stop texting this line",
		"my boss says remove this number from your list",
		"she'd like to be unsubscribed",
		"Mr. Alvarez would like to be unsubscribed from these texts, thank you",
		"we want to be unsubscribed",
	)
	requireNoOptOuts(t, d,
		"she'd like to be unsubscribed from the gym newsletter",
		"my boss said stop by the office friday and sign",
		"the owner said the roof was redone in 2019",
		"I don't want to be unsubscribed, I just missed your text",
		"I was unsubscribed by mistake, can you add me back?",
	)
}

// TestOtherChannelTextsWelcome: letters, emails or calls refused while
// texts are welcome, in English, Spanish or a mix, are no revocation of
// texts; refusing texts is.
func TestOtherChannelTextsWelcome(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"porfa no me manden cartas, mejor todo por mensaje",
		"no me manden correos que no los abro, mejor aquí por whatsapp",
		"no me llamen en horas de trabajo, texting está bien",
		"how do I unsubscribe from the promo emails but still get texts about the appointment?",
		"stop sending the contract to my work email, it bounces. can you text it here?",
	)
	requireOptOuts(t, d,
		"no me manden cartas ni mensajes, nada",
		"stop sending the texts, email is fine",
	)
}

// TestOffAScheduleOrAPayment: taken off a waitlist, autopay or a route is
// no list of contacts; taken off the list is.
func TestOffAScheduleOrAPayment(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"take me off the waitlist for thursday and book me for the 2pm slot",
		"can you take me off autopay, I'd rather mail a check",
		"please take me off the schedule for saturday, my kid has a game",
		"no me llamen ahorita que estoy manejando, pero por texto está bien",
	)
	requireOptOuts(t, d,
		"take me off the list please",
		"take me off whatever list this is",
		"no me llamen ni me escriban nunca más",
	)
}

// TestShoutedKeywordLastAndBusinessLine: a message that ends on a
// carrier keyword alone in capitals ends the conversation ("no gracias.
// BAJA"), a keyword said again is an earlier request ("I said ALTO"), and
// a business line the sender must quit using is a revocation; the same
// words in a sentence are not.
func TestShoutedKeywordLastAndBusinessLine(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"no gracias, ya tengo seguro. BAJA",
		"we sold it last year. STOP",
		"ya les dije ALTO ayer",
		"that's the shop's business number, please quit texting it",
	)
	requireNoOptOuts(t, d,
		"no puedo hoy. para el martes mejor",
		"ok. stop by friday then",
		"the estimate has to be under 10k. cancel the tile upgrade",
		"my business line is best, I stop using the cell after 6",
	)
}

// TestNoMoreCapsAnAmount: "no más" after an amount caps the money.
func TestNoMoreCapsAnAmount(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"si hay que cambiarlo podemos hasta 5 mil max, no más",
		"we can do 250 a month tops. no more",
	)
	requireOptOuts(t, d, "ya les dije que no. no más", "no more")
}

// TestOptOutClassesW17W18: revocations in forms w17 and w18 showed the
// rules missing, each in other words here: vosotros commands, "no deseo
// recibir comunicaciones", "favor de removernos", a request told to the
// sender for the one the lead speaks for, threats with "one more of
// these" and the TCPA, a bare "do not text" clause, "remove from the SMS
// outreach", "no need to check back in", "hmu", a previous owner of the
// number, "already replied STOP", a polite "if you could take us off
// that'd be great", "my number should've been removed", "also stop", and
// a Spanglish work line. Their look-alikes stay ordinary.
func TestOptOutClassesW17W18(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"no me escribáis más, gracias",
		"no deseo recibir más comunicaciones suyas",
		"por favor, removernos de su lista",
		"my dad asked me to tell you to stop calling him",
		"one more of these and I'm filing with the attorney general",
		"every text is $500 under the TCPA, just so you know",
		"Do not text. Do not email.",
		"not a fit. please remove from your texting campaign",
		"we're all set, no need to check back in",
		"dont hmu again pls",
		"the guy you want had this number before me",
		"I already replied STOP last week",
		"if you could take me off your list that would be great",
		"my number was supposed to be removed in march",
		"haha no. also stop",
		"es el celular de la oficina, don't text it",
	)
	requireNoOptOuts(t, d,
		"don't text, call me after 5",
		"no me mandéis cartas, mejor por aquí",
		"how do my clients unsubscribe from your texts?",
		"please remove the old carpet from the quote",
		"my neighbor asked them to stop calling her",
		"if you could send the estimate that would be great",
	)
}

// TestLookAlikesW17: a wrong figure corrected ("número equivocado en la
// factura, termina en 31"), "stop" meaning wait ("ok stop, déjame ver"),
// another sender's newsletter left ("me di de baja del boletín del otro
// banco" in Spanglish), a do-not-call list with this sender allowed, and a
// report of someone else are no revocation; a wrong number that refers
// the sender elsewhere still is.
func TestLookAlikesW17(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"número equivocado en la factura, el mío termina en 31",
		"wrong number on the application, mine ends in 4410",
		"ok stop, let me get this straight: no fees at all?",
		"I unsubscribed del newsletter del otro banco, ahora quiero info de ustedes",
		"I'm on the do not call list but you have my permission, send the quote",
		"the last guy kept calling so I reported him to the FCC. anyway what's your rate?",
	)
	requireOptOuts(t, d,
		"wrong number. call 555 0101 for the owner",
		"número equivocado, aquí no vive ningún Pedro",
		"I'm on the do not call list",
		"reported this number to the FCC",
	)
}

// TestKeywordWithPolitenessAndDNC: a keyword with "please and thank you"
// around it, and "DNC" alone, are keywords; a keyword with an object is
// not one.
func TestKeywordWithPolitenessAndDNC(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{KeywordsOnly: true})
	requireOptOuts(t, d, "STOP please and thank you", "Baja por favor y gracias", "DNC", "dnc please")
	requireNoOptOuts(t, d, "stop and go traffic", "DNC convention tickets?")
}

// TestOptOutClassesW20: ending the exchange in other words ("this
// conversation is over", "consider this my final reply", "the last one
// you should send", "excluded from future
// correspondence", "there's no Mr. Ruiz here", "keep it up and you'll
// explain yourself to the FCC", "BASTA", "ya estuvo con los mensajitos",
// "que me saques de tu base", "marcado como spam"), and look-alikes
// (another company made to stop, a cease-and-desist-style NDA, TCPA
// compliance of the lead's own campaigns, the do-not-call list for the
// lead's own leads, a phone that flagged the number as spam).
func TestOptOutClassesW20(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"no thanks. this conversation is over",
		"please consider this my final response",
		"this is the last text you should send",
		"I ask to be excluded from future correspondence",
		"there's no Linda here, never was",
		"keep this up and you'll hear from the attorney general",
		"BASTA",
		"ya estuvo con los textos, gracias",
		"te pido que me saques de tu lista",
		"marcado como spam",
	)
	requireNoOptOuts(t, d,
		"we had to make the other company stop calling, hope you're better",
		"legal will send a cease-and-desist-style NDA first",
		"is your dialer TCPA compliant for our own campaigns?",
		"do you scrub against the do not call list when we text our leads?",
		"my phone flagged you as spam likely lol, what's up",
	)
}

// TestTitlesAndSlang: a title's period ends no clause ("there's no Mr.
// Ruiz here"); "can u not" alone is a keyword; a threat a few more words
// away still counts ("keep it up and you'll be explaining yourself to the
// FCC").
func TestTitlesAndSlang(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "There's no Mrs. Patel here, wrong person", "can u not", "keep this up and you will be explaining it to the FCC")
	requireNoOptOuts(t, d, "can u not text before 9? thanks", "Dr. Lee said the roof is fine")
}

// TestTextsWelcomedW21: another channel left or refused with texts
// welcomed anywhere in the message is no revocation of texts, whichever
// rule matched ("I unsubscribed from your emails but texting is fine",
// "no quiero que me llamen, mejor por texto", "hice unsubscribe del
// newsletter pero por aquí sí me pueden escribir"); a waiting list and a
// file redirected are none either; "don't call or text me" still is one.
func TestTextsWelcomedW21(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"I already unsubscribed from the emails, but texting is fine",
		"no quiero que me llamen, mejor por mensaje",
		"me di unsubscribe del newsletter pero por aquí sí me pueden escribir",
		"sáquenme de la lista de espera y pónganme el martes",
		"ya no me manden el PDF, mejor díganme el total por aquí",
	)
	requireOptOuts(t, d, "don't call or text me", "no me llames ni me mandes mensajes", "I unsubscribed already, stop texting")
}

// TestOptOutClassesW21: contact from the sender told to cease ("all
// direct contact from your firm cease"), a husband who does not want to be
// texted ("no quiere que le sigan textiando"), "me quitan de la lista",
// a request after what the lead nearly asked ("i was going to ask but
// nvm, stop texting me"); not "the contact form stops breaking".
func TestOptOutClassesW21(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"on behalf of my client: all contact from your company must cease",
		"mi papá dice que no quiere que lo sigan llamando",
		"me quitan de la lista por favor",
		"i was going to ask about the price but nvm, stop texting me",
	)
	requireNoOptOuts(t, d, "we need the contact form to stop breaking", "I was about to tell you to stop but the offer looks good")
}

// TestOptOutClassesW22: "no need to keep checking in with me" ends it; a
// broken unsubscribe link mentioned, or a platform's unsubscribe links
// asked about, do not.
func TestOptOutClassesW22(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "we went another way. no need to keep checking in with me")
	requireNoOptOuts(t, d, "fyi the unsubscribe link in your email is broken, not that I'd use it",
		"does it add unsubscribe links to our campaigns automatically?")
	wide := dnc.New(&dnc.Config{SuppressAt: 0.6, ReviewAt: 0.05})
	require.Equal(t, dnc.None, wide.Detect(dnc.Input{Text: "este es mi número nuevo, el otro ya no lo uso. escríbanme aquí"}).Kind)
}

// requireOptOuts checks that d reads every text as an opt-out.
func requireOptOuts(t *testing.T, d dnc.Detector, texts ...string) {
	t.Helper()
	for _, s := range texts {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q revokes consent", s)
	}
}

// requireRuleOptOuts checks that d's rules, not its model, read every
// text as an opt-out.
func requireRuleOptOuts(t *testing.T, d dnc.Detector, texts ...string) {
	t.Helper()
	for _, s := range texts {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q revokes consent", s)
		require.Equal(t, "rules", r.Tier, "%q is read by the rules", s)
	}
}

// requireNoOptOuts checks that d reads no text as an opt-out.
func requireNoOptOuts(t *testing.T, d dnc.Detector, texts ...string) {
	t.Helper()
	for _, s := range texts {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.None, r.Kind, "%q is no revocation (%s)", s, r.Rule)
	}
}

// TestOptOutClassesDev20: asking for email only, from now on, moves the
// lead off texts; email asked for a document, or as one channel among
// others, does not.
func TestOptOutClassesDev20(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "that's my office cell. email only going forward",
		"only email me from now on, thanks",
		"por favor solo por correo de ahora en adelante",
		"reach me by email only please")
	requireNoOptOuts(t, d, "send the quote by email, texts are fine too",
		"is the statement email only or can I get paper?",
		"email me the floor plans please",
		"the portal is email only, no app")
}

// TestOptOutLookalikesDev23: "stop, stop, wait" is a pause; a question
// about how people opt out, or whether one must, asks about the process;
// texts called useful, or asked for at a cell, are welcome while another
// channel is refused; a cc line is no list; a document not sent yet is
// no revocation. Each class's revocation still counts.
func TestOptOutLookalikesDev23(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "stop stop wait, is that 4.5 or 5.4?",
		"STOP. STOP. hold on, which house do you mean",
		"how do folks normally opt out of these, my dad gets a ton of them",
		"if I end up not buying, do I need to unsubscribe or do the texts just stop?",
		"can I unsubscribe from just the mailers? your texts are useful, keep them coming",
		"take me off the cc on those contract emails and add my assistant instead",
		"No me manden la cotización todavía, primero lo hablo con mi esposo",
		"Mi papá dice que ya no le manden cartas, que mejor le escriban a mi celular")
	requireOptOuts(t, d, "stop. stop. no more texts", "how do I opt out of these",
		"unsubscribe me from the mailers and the texts", "take me off your list", "no me manden más mensajes")
}

// TestOptOutClassesDev26: "never" as the answer to when ("the best time
// is never", "ni el mes que viene ni nunca"), refused channels in a list
// ("no calls, no texts, nada"), no follow-up wanted, "didn't I reply STOP
// already?", a newly assigned number, a phone the employer issued, "don't
// text back", Spanish vosotros and "favor de no ...", "déjenme en paz",
// and a threat with a long aside. Their look-alikes stay ordinary.
func TestOptOutClassesDev26(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "honestly the best time is never",
		"would I like a check-in next month? I'd like you to never check in again",
		"¿La semana que viene? Ni la semana que viene ni nunca.",
		"no calls, no texts, nada",
		"and no, I don't want a follow up in six weeks either",
		"didn't I reply STOP to you people already?",
		"I don't know any Dana, this is a new number I got last spring",
		"this cell was issued by my employer, please don't use it for this",
		"ok bye. don't text back",
		"Os pido por favor que borréis mi teléfono de vuestra lista",
		"Favor de no escribirnos más a este número",
		"ya déjenme en paz por favor",
		"one more message and I'm sending this whole thread over to the state attorney general")
	requireNoOptOuts(t, d, "never had a problem with you guys, what's next?",
		"no calls before 9 please, texts any time",
		"the follow up email never arrived, can you resend?",
		"didn't I send you the photos already?",
		"I got a new number last spring, this is it, text me here",
		"my employer issued me a new laptop so the app works now",
		"text back when you have the numbers",
		"déjenme pensarlo y les aviso",
		"déjenme en paz un rato que estoy en el trabajo, luego les escribo",
		"no me llames que estoy manejando, por aquí nomás",
		"my dad told the last agent to never contact him again, you're fine")
}

// TestOptOutLookalikesDev26: texts that "have been helpful", the company
// the lead blocked being someone else, calls from a third party not
// wanted, and asking whether this is spam are no revocations; the same
// words aimed at this sender are.
func TestOptOutLookalikesDev26(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "I unsubscribed from the Redfin emails ages ago but your texts have honestly been useful",
		"ha, I thought you were that roofing company I blocked in May. yes I still need a quote",
		"I don't want any more calls from the title company, can you deal with them for me?",
		"¿esto es spam o son ustedes de verdad la financiera?")
	requireOptOuts(t, d, "I blocked you once already, stop",
		"I don't want any more calls from you",
		"esto es spam, ya basta")
}

// TestOptOutClassesDev29: getting off the list, "cancelen los mensajes",
// Caribbean "suéltame" and "suelta el número" revoke; the same verbs
// about other things do not.
func TestOptOutClassesDev29(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "quisiera salirme de su lista de mensajes",
		"cancelen ya los textos por favor",
		"oye suéltame ya con eso",
		"suelten mi número, no me interesa")
	requireNoOptOuts(t, d, "quiero salir de la casa antes de agosto",
		"cancelen la cita del martes, no puedo",
		"suelta la llave del agua antes de empezar")
}

// TestOptOutLookalikesDev31: a third party's wrong-number text, someone
// who told the lead never to contact *him*, "if you stop texting me who
// else will remind me", "I'd block you but ...", the same PDF sent twice,
// a work do-not-call list with "you're fine", "text is better"; and a
// message "reported as junk" revokes.
func TestOptOutLookalikesDev31(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "my dad got a wrong number text from some solar company and thought it was you",
		"a mi tía le llegó un mensaje de número equivocado de otra aseguradora",
		"my old agent told me never to contact him again after I asked for a discount lol, anyway what's your rate",
		"if you stop texting me who else will remind me about my gutters",
		"I'd block you but then I'd miss the free quote 😂",
		"stop sending me the same attachment, I need the signed one",
		"our office is on the do not call list but you're fine, I reached out first",
		"no me llamen, text is better",
		"my phone marked you as spam at first lol, what's the offer")
	requireOptOuts(t, d, "reported as junk. don't bother", "wrong number", "stop sending me these texts")
}

// TestOptOutLookalikesDev34: "I've read enough marketing PDFs" is a
// quantity, not "enough marketing!"; a lead who says the texts are hard
// for them describes themselves; and a lead who never got the reset
// email wants to receive, not to stop. Revocations in the same words
// still revoke.
func TestOptOutLookalikesDev34(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "honestly ive read enough marketing pdfs to last me a decade, just get me an engineer")
	requireOptOuts(t, rules, "enough marketing!", "enough with the follow up texts")
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "I am 79 and I do not do well with all these little text messages, my daughter helps me",
		"ya lo intenté tres veces y no me llega nada, ni en la carpeta de spam",
		"still didn't receive the code, nothing in junk either")
	requireOptOuts(t, d, "I do not want these text messages, remove me", "no me lleguen más mensajes")
}

// TestThirdPartyStopWhileTheLeadCarriesOn: someone else's wish to stop,
// told by a lead who carries on with the business ("but I don't", "pero
// a mí sí", "kidding", a quote asked for), is no revocation of the
// lead's consent; a relayed stop with nothing else still is.
func TestThirdPartyStopWhileTheLeadCarriesOn(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"my brother wants off your list but I don't, still want the cash offer for mine",
		"My husband says unsubscribe but he's not the one fixing the roof. Send me the quote.",
		"mi hija dice que ya no le manden mensajes a ella, pero a mí sí, yo soy la que vende",
		"lol my mom just said 'tell them to stop texting' jk she wants the refi more than me. call her after 5",
		"our tenant told the old landlord to stop contacting her. does that complicate selling with her in there?",
		"mi vecino ya bloqueó a otra compañía que le escribía diario. yo sí quiero saber cuánto me dan",
		"a mi suegra le llegan mensajes de otra compañía todo el día y ya los bloqueó. yo sí quiero saber cuánto me dan",
		"my teenager answers 'unsubscribe' to every chore I give him. anyway what's the next step on the preapproval?")
	requireOptOuts(t, d,
		"my husband says stop texting us",
		"mi esposa dice que ya no nos escriban, por favor",
		"my wife wants off your list and so do I",
		"this is her son, she doesn't text. She wants these to stop, she's not selling the house")
}

// TestThingRemovedDev37: a stump, a tree or a fee the lead wants removed
// is no revocation; the lead asking to be removed is.
func TestThingRemovedDev37(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "there's an old oak stump by the driveway I've been wanting to get removed, do you do that?",
		"the late fee should be removed, I paid on time",
		"can my ex's name be removed from the deed before we sell?")
	requireOptOuts(t, d, "I would like to be removed", "please get me removed from this", "how do I get removed?")
}

// TestOptOutClassesDev36: "baja por favor" with a reason after it,
// "elimínenlo" after a question about the number, being dropped from a
// sequence, getting off "it", "don't use this number", and "no le
// escriban" about the number's owner revoke; the same words about other
// things do not.
func TestOptOutClassesDev36(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "Baja porfa, ya no me interesa vender",
		"no sé de dónde sacaron este número. Bórrenlo.",
		"I'd appreciate being dropped from the drip sequence, thanks",
		"no idea how I got on this but I'd like to get off of it",
		"please don't use this number anymore, it's my work phone",
		"este número es de mi papá, no le escriban más")
	requireNoOptOuts(t, d, "la baja de tasas por favor explíquemela",
		"don't use this number for the closing docs, use my email",
		"get off of it? the tarp? no, leave the tarp on the roof",
		"no le escriban a mi esposo al trabajo, mejor a mí a este número")
}

// TestOptOutLookalikesDev36: messages from someone else named after the
// noun ("no quiero más llamadas del banco"), fewer messages rather than
// none ("I don't need daily updates"), and how to leave asked before
// joining ("si me inscribo, ¿cómo me doy de baja?") are no revocations.
func TestOptOutLookalikesDev36(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "ya no quiero más llamadas de la financiera, por eso quiero vender. ¿cuánto me ofrecen?",
		"I don't want more calls from the old lender, that's why I'm refinancing with you",
		"once a week is plenty, I don't need daily texts about rates",
		"si me registro y no me gusta, ¿cómo me doy de baja? pregunto antes de firmar",
		"if I sign up and hate it, how do I unsubscribe? just asking first")
	requireOptOuts(t, d, "no quiero más llamadas de ustedes", "I don't want any more texts from you", "quiero darme de baja")
}

// TestOptOutClassesDev39: "no me sigan escribiendo", "no quiero ser
// contactada", "ya me di de baja" (SMS "m di d baja"), a removal that was
// supposed to happen ("se supone que me iban a quitar de la lista") and
// a shouted "TAKE. ME. OFF." revoke; "is this a wrong number question",
// "no me llames ahorita ..., mándame texto", "si algún día ya no quiero
// textos, ¿qué hago?" and "wait, stop, antes de mandar ..." do not.
func TestOptOutClassesDev39(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "gracias por todo pero por favor no me sigan escribiendo",
		"no quiero ser contactado otra vez",
		"ya m di d baja en su web y siguen llegando",
		"se supone que me iban a quitar de la lista la semana pasada",
		"5th time. REMOVE. MY. NUMBER.")
	requireNoOptOuts(t, d, "is this a wrong number question or a real one? which house do you mean",
		"no me llames ahorita que ando manejando, mándame texto",
		"si algún día ya no quiero mensajes, ¿cómo le hago? por ahora todo bien",
		"espera, stop, antes de mandar el contrato revisa mi apellido")
}

// TestComplaintWithMessagesAgo: "like I said two messages ago" times a
// complaint; it names no messages to stop, so the model does not read
// the sarcasm after it as a revocation.
func TestComplaintWithMessagesAgo(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(nil), "wow. yes. like I said two messages ago. really top notch system you've got going here 🙄")
}

// TestOptOutClassesDev42: flagging the chat as spam, "the last text I
// want from you", "how do I get off it", "now forget mine" revoke; a
// scammer blocked and an opt-out feature for the lead's own clients do
// not. ("I unsubscribed from Redfin emails" stays a revocation: the name
// after "from" may be the sender's own.)
func TestOptOutClassesDev42(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "flagged this thread as spam with my carrier. don't reply",
		"not selling, ever, so this is the last text I want from you",
		"no clue how I got on this list, how do I get off it",
		"I know your number by heart at this point. now forget mine")
	requireNoOptOuts(t, d, "I blocked a number that called pretending to be you, asking for my bank info. heads up",
		"does it have an opt out for customers who don't want SMS? we need it for compliance")
}

// TestOptOutNewsletterSupportStyle: the way people ask a support desk to
// be let off a newsletter or mailing list. The other verbs and the nouns
// of ending a subscription ("stop my subscription", "deactivate the
// mailing list", "newsletter unsubscription"), a misspelt "cancel", a
// failed attempt ("not able to cancel") and asking what it takes ("what
// do I have to do to opt out") revoke; a footer's "unsubscribe with STOP"
// and ending an order, an account or a son's programme do not.
func TestOptOutNewsletterSupportStyle(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "pls stop my subscription to ur mailing list",
		"how can i deactivate the newsletter emails",
		"need info on newsletter unsubscription",
		"im trying to cancle the newsletter, help",
		"I am not able to cancel my subscription to your mailing list",
		"what do i have to do to opt out of the newsletter?",
		"assistance with unsubscribe please",
		"i'd like to leave your mailing list",
		"how do I quit being subscribed")
	requireNoOptOuts(t, d, "great deals this week! unsubscribe with STOP, msg rates apply",
		"what's the cancellation fee on my order",
		"I want to deactivate my account",
		"need to unsubscribe my son from the after school program")
}

// TestOptOutClassesDev45: how long the messages have come is no pause
// ("texted me daily for three weeks ... leave me alone"), "until then"
// after "I'll reach out when I need you" is open-ended, and a drip
// sequence is a list to come off; a playful bare "stop" in a message
// that goes on haggling or accepting, and "no sé mandar" (the lead
// cannot send), do not revoke.
func TestOptOutClassesDev45(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "You've texted me daily for three weeks. Not interested. Leave me alone.",
		"all good, when I want a quote I'll call you. until then don't message me",
		"we went another direction this quarter. could you close my trial and remove me from the sequence? thanks")
	requireNoOptOuts(t, d, "haha stop, you're too much 😂 ok ok send the agreement over, I'll sign tonight",
		"no sé mandar fotos por aquí, mi nieto me ayuda",
		// a time named elsewhere still bounds "until then"
		"my daughter sets up the phone on saturdays, can it wait until then?")
}

// TestUntilFurtherNoticeIsNoQuietHours: "until further notice" after
// "don't text me" is open-ended, to the rules alone; "until 5" is quiet
// hours.
func TestUntilFurtherNoticeIsNoQuietHours(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "do not text me until further notice", "no me escriban hasta nuevo aviso")
	requireNoOptOuts(t, d, "don't text me until 5, I'm in surgery all day")
}

// TestOptOutClassesDev45Rules: idioms and threats that end contact ("go
// take a hike", "save your texts", "don't make me report you", "I'd be
// happiest if you didn't text me again", "who has my number? I want it
// erased") revoke to the rules alone; opt-out handling and a do-not-call
// list as features of a product, a wait-list slot moved and hours
// around the siesta do not.
func TestOptOutClassesDev45Rules(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "go take a hike, house isn't for sale",
		"not interested. so save your texts for somebody else",
		"third message today. don't make me report this",
		"it'd be better for everyone if you didn't text me again",
		"how did you even get my number. I want it erased")
	requireNoOptOuts(t, d, "does your software have an opt out feature for texts",
		"we need an internal do not call list integration before we buy",
		"can you take me off the wait list for friday and put me on for next week",
		"no me llamen a la hora de la siesta, mejor a las 6")
}

// TestOptOutClassesDev46And47: "this goes to my work line ... please don't
// use it" revokes; someone else who "had to tell them stop calling me"
// (reported in Spanish) and calls refused during working hours ("no me
// llames en horas de trabajo") do not.
func TestOptOutClassesDev46And47(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "wait, this number is my office line and IT reads everything. please don't use it.")
	requireNoOptOuts(t, d, "a mi vecina le llamaban diario de otro banco, les tuvo que decir stop calling me jaja",
		"sí, pero no me llames en horas de trabajo, mi jefe es bien estricto")
}

// TestOptOutClassesDev48: "any way to just not receive these?", "texts
// aren't welcome here", "how do I get off the promo emails" revoke; a
// lead taken off a loan application or a co-signer slot, the lead's own
// wrong-number slip, "wrong number? no, this is me", licences "dadas de
// baja", what unsubscribing does to rewards, "stop sending me the wrong
// unit number" and "thought I unsubscribed but glad I didn't" do not.
func TestOptOutClassesDev48(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "any way to just not receive these? never signed up",
		"texts aren't welcome here, mail a letter if you have to",
		"how do I get off the promo emails")
	requireNoOptOuts(t, d, "take me off the application, my husband will apply alone",
		"remove me as the co-borrower and add my sister instead",
		"sorry, texted the wrong number a minute ago, that was for my coach",
		"wrong number? no, this is Dana, I asked for the quote",
		"queremos dar de baja 3 licencias y quedarnos con 10",
		"will unsubscribing from the emails cancel my points?",
		"stop sending me the wrong unit number lol, it's 12B",
		"thought I unsubscribed from you guys but glad I didn't, what's the rate today")
}

// TestOptOutClassesDev51: a work line with "no solicitations", a phone
// whose owner died, "don't tie it up with sales texts", "no need to text
// me going forward", "if you'd not text me anymore" revoke; "stop calling,
// text is fine", unsubscribing from another site's alerts while these
// are welcome, and the "rate drop alerts" do not.
func TestOptOutClassesDev51(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "office policy here, no solicitations on this line",
		"the owner of this number passed away in june",
		"this is the front desk line. don't tie it up with promo texts",
		"appreciate it, but no need to message me going forward",
		"i'd be grateful if you'd not text me again")
	requireNoOptOuts(t, d, "stop calling please, I can't answer at work. text is fine",
		"I unsubscribed from the Redfin alerts, total junk. yours are helpful, keep em coming",
		"how do I sign up for the rate drop text alerts?")
}

// TestCapAfterWhatICanPay: "no más" after what the lead can pay caps the
// money, even a clause later.
func TestCapAfterWhatICanPay(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(&dnc.Config{NoModel: true}), "unos 80 dólares al mes es lo que puedo pagar, no más")
}

// TestSpanishUnsubscribeAndStopInsisting: "desuscribir" in any form of
// the writer's, a removal verb with its "me" attached, "paren con los
// mensajes", "no insistan" closing a refusal, not wanting to receive more
// of the sender's information, and "what part of STOP / BAJA don't you
// understand" revoke; unsubscribing from something else, "no insistan"
// about a price, stopping the work, asking about the contract and "what
// part of NO ME INTERESA" (the offer refused, angrily) do not.
func TestSpanishUnsubscribeAndStopInsisting(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "ya me desuscribí dos veces y siguen llegando", "desuscríbanme porfa",
		"quiero desuscribirme de todo esto", "remuévanme de todo", "elimíneme, gracias",
		"ya paren con los mensajes, por favor", "gracias pero no, y no insistan",
		"ya no quiero recibir más promociones de ustedes", "¿qué parte de BAJA no entienden?",
		"what part of unsubscribe do you people not get")
	requireNoOptOuts(t, d, "no insistan con el precio, ya les dije que 200 es lo mínimo",
		"me desuscribí del newsletter pero los textos sí los quiero",
		"paren la obra hasta que llegue el inspector", "quiero recibir la información del seguro por correo también",
		"¿qué parte del contrato no entiendo bien? la cláusula 4", "¿qué parte de NO ME INTERESA no entiende?")
}

// TestIMind: "I do mind", "I mind." answer a sender's "mind if we keep
// texting?" with a refusal; "I don't mind", "I mind the gap lol" and "do
// you mind if I send photos?" do not.
func TestIMind(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "yeah I do mind actually. no thanks", "I mind.")
	requireNoOptOuts(t, d, "I don't mind, text away", "I mind the noise more than the price", "do you mind if I send photos?")
}

// TestOptOutLookalikesDev65: a company's paid subscription ("how do we
// cancel our annual subscription before renewal?") and a document sent
// once too often ("ya no me manden la factura otra vez") are no
// revocation; the same verbs about the texts are.
func TestOptOutLookalikesDev65(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "what's the process to cancel our subscription? we're cutting vendors before the renewal date",
		"can I cancel the annual subscription and go monthly instead?",
		"ya no me manden la factura otra vez, ya la pagué. ¿cuándo viene el técnico?")
	requireOptOuts(t, d, "please cancel the subscription to these texts", "ya no me manden mensajes, gracias")
}

// TestOptOutLookalikesDev70: the lead's own misdirected text ("oops wrong
// person, that was meant for my brother") or a number given wrong ("te
// di el wrong number, es el 555-0199"), and keeping a tenant out of it
// ("no le escriban al inquilino, todo conmigo") revoke nothing; "drop me
// from the sequence" after "nothing to discuss until 2028" does.
func TestOptOutLookalikesDev70(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "oops wrong person, that was meant for my brother. anyway yes friday works",
		"perdón te di el wrong number de mi esposo, es el 555-0199",
		"please don't contact the tenant, everything goes through me")
	requireOptOuts(t, d, "we just renewed with someone else, nothing to discuss until 2028. feel free to drop me from the sequence", "wrong number")
}

// TestOptOutClassesDev75: look-alikes and indirect revocations from a
// set written blind for this (dev75), in my own words. A stop bound to
// an hour or a day, with another time welcomed, is a schedule; a word
// asked about, a spam check before sending details, the lead's users
// removed, being blocked from a loan, another sender's emails left and
// updates wanted back are not revocations. A spam report threatened and a
// lawyer named before "if you don't stop" are; so is a request at the end
// of a long message that also says "for a while" about something else.
func TestOptOutClassesDev75(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"pls stop texting at 7am, evenings are fine though. still want the quote",
		"los sábados no me manden nada que trabajo, entre semana está bien",
		"no me llamen que ando manejando, mejor escríbanme",
		"what does unsubscribe mean on this consent form? is that for emails too?",
		"¿esto es spam? quiero confirmar antes de mandarles mi dirección",
		"need to dar de baja three users, they quit last month",
		"our credit has blocked us from refinancing for two years, any options?",
		"I unsubscribed from the emails from Redfin but yours are useful",
		"Did I opt out by accident? the alerts stopped and I want them back",
	)
	requireOptOuts(t, d,
		"I'm going to flag this as spam if it keeps happening",
		"my attorney will hear about this if you don't stop",
		"we looked at you last year and went with someone else, so nothing to discuss for a while. please remove me from the sequence",
		"stop texting me at night",
	)
}

// TestMorningIsAnHour: "en la mañana" bounds a Spanish "don't write" to
// an hour of the day, as "en la noche" did; "mañana" alone is tomorrow.
func TestMorningIsAnHour(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(nil), "porfa no me escriban en la mañana, salgo del turno a las 8 y duermo")
}

// TestBajaFromOldPolicy: leaving the old policy, the gym or a plan, named
// after "de baja de", is no revocation; leaving the sender's list is.
func TestBajaFromOldPolicy(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "¿y cómo me doy de baja de la póliza anterior cuando arranque la suya?")
	requireOptOuts(t, d, "quiero darme de baja de su lista")
}

// TestOptOutClassesDev73: "wrong number, no soy Carlos" confirms the
// wrong number (only "no, sí soy yo" denies it); "do you people even read
// your own texts" is a complaint about reading, no revocation (dev73).
func TestOptOutClassesDev73(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "wrong number, no soy Marta y no tengo alberca jaja")
	requireNoOptOuts(t, d, "I ALREADY ANSWERED THAT. do you guys even read your own texts", "wrong number? no, sí soy yo")
}

// TestNobodyToRefer: "no conozco a nadie" answering a referral question
// is no wrong number; "no conozco a nadie con ese nombre" is (dev79).
func TestNobodyToRefer(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "no, no conozco a nadie que ande buscando casa")
	requireOptOuts(t, d, "aquí no conozco a nadie con ese nombre")
}

// TestEngagedIsNoRevocation: a lead who says they will hear the sender
// out is going on with the exchange, whatever the model reads in "this
// number"; a request to stop in the same words still revokes.
func TestEngagedIsNoRevocation(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Evening Tom. I am not sure where you got this number but I will hear you out.")
	requireOptOuts(t, d, "I have no idea how you got this number, take me off your list")
}

// TestOptOutClassesDev78: dev78 (the seeds' verticals, written blind)
// found four suppressions of leads who wanted to go on, in my own words:
// an email looked for in the spam folder, a lead lost among the texts who
// asks for a call, a long message that ends with "have someone call me",
// and equipment swapped out ("swap out all three systems"). A spam
// threat and "get lost" alone still revoke.
func TestOptOutClassesDev78(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "not there. checked my spam too",
		"can you just call me instead? I get lost with all these texts",
		"I get a lot of these texts and most of you vanish after one offer. I don't text well. If you're local, have somebody call me after 10.",
		"honestly I'd rather swap out both systems together and be done")
	requireOptOuts(t, d, "keep it up and this number goes straight to the spam folder", "get lost")
}

// TestSpanishOptOutsDev81: dev81 (Spanish and Spanglish rows written
// blind), in my own words. Revocations: "no tienen mi permiso para
// escribirme", "voy a marcar esto como spam", "hablaré con un abogado si
// siguen", "olvidarse de este número". No revocation: an old number
// removed from the lead's account, "que me den de baja allá" about the
// company the lead leaves for this one.
func TestSpanishOptOutsDev81(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "ustedes no tienen mi permiso para mandarme mensajes", "voy a marcar esto como spam",
		"hablaré con un abogado si esto sigue", "no gracias, y háganme el favor de olvidarse de este número")
	requireNoOptOuts(t, d, "bórrame el teléfono viejo de mi perfil y deja solo este",
		"ya les pedí que me den de baja allá porque me voy con ustedes, ¿qué papeles necesitan?")
}

// TestOptOutLookAlikesDev84: dev84 (opt-out look-alikes, written blind)
// found revocations read into, in my own words: a name objected to
// ("quit calling me ma'am, I'm 30 lol. anyway it's still for sale"), an
// unsubscribe nearly made and taken back ("I was going to unsubscribe
// but this one's actually useful"), a question how opting out works and
// a keyword quoted in a question ('does it understand "STOP"?'). A
// plain request in the same words still revokes.
func TestOptOutLookAlikesDev84(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "quit calling me ma'am, I'm 30 lol. anyway it's still for sale",
		"I was going to unsubscribe but this one's actually useful, what's the rate?",
		"how does the opt out work here? I still want the reminders",
		`our staff need to text customers, does it understand "STOP"?`)
	requireOptOuts(t, d, "quit calling me, I'm not selling", "I want to unsubscribe", "STOP")
}

// TestReviewNeedsAContactWord: a message in the review band pages a
// person only when it names the contact somewhere (the messages, the
// number, calling, a list, "anymore"): "we moved out of that place years
// ago, it's rented now I think" is about the property, and the AI may
// answer it. With the band opened for the test to just below that
// message's score (whatever the embedded model gives it), it stays
// unpaged, and the same opening with a contact word goes to review.
func TestReviewNeedsAContactWord(t *testing.T) {
	t.Parallel()
	const rented = "we moved out of that place years ago, it's rented now I think"
	score := dnc.New(nil).Detect(dnc.Input{Text: rented}).Score
	require.Greater(t, score, 0.001, "the model reads something of an opt-out in it")
	d := dnc.New(&dnc.Config{ReviewAt: score / 2, SuppressAt: 0.9999})
	r := d.Detect(dnc.Input{Text: rented})
	require.Equal(t, dnc.None, r.Kind, "score %.2f", r.Score)
	r = d.Detect(dnc.Input{Text: "we moved out of that place years ago, no need to text this number"})
	require.Equal(t, dnc.PossibleOptOut, r.Kind, "score %.3f %s", r.Score, r.Rule)
}

// TestOptOutsDev89Dev91: in my own words. Revocations: "please have me
// removed, my wife already told you we're not selling", "how do I make
// sure I never hear from you again?", "STOP period" (dictated). No
// revocation: 'wrong chat, sorry, the "quítame del grupo" was for my
// sister, what were we saying about the house?'; "our spam filter is
// blocking your invite emails, what domain do they come from?"; a
// revocation quoted as the lead's own ('I already told you "take me off
// your list"') still revokes.
func TestOptOutsDev89Dev91(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "please have me removed, my wife already told you we're not selling",
		"how do I make sure I never hear from you again?", "STOP period",
		`I already told you "take me off your list"`)
	requireNoOptOuts(t, d, `wrong chat, sorry, the "quítame del grupo" was for my sister. what were we saying about the house?`,
		"our firewall is blocking your invite emails, what domain do they come from?")
}

// TestAnotherCompanysTextsDev92: a STOP the lead once sent another
// company that kept texting is a story told to the sender, not a
// request; the same reminder said to the sender still opts out.
func TestAnotherCompanysTextsDev92(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "honestly the previous insurer I used kept messaging even after I sent STOP. hopefully you're different, what's the premium?",
		"my old agent would not stop messaging me even after i texted STOP lol. anyway, what do you need from me?")
	requireOptOuts(t, d, "I already replied STOP, why are you still texting", "I said stop twice already")
}

// TestOptOutLookAlikesDev96: what a development writer (dev96) found the
// rules reading as revocations, in my own words: unsubscribing from a
// service plan, a plea to keep texting beside a stop of something else,
// a relative's number corrected, another number reported as spam, the
// same canned content refused with an answer asked for; and leave given
// to stop ("you can stop checking in on me") is a revocation.
func TestOptOutLookAlikesDev96(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"unsubscribe me from the weekly lawn plan, I want biweekly. same card",
		"I asked you to STOP mailing the estimate to my work address, not to stop texting me",
		"ese no es el número de mi esposo, el de él es 555-0142",
		"someone reported a number as spam on our street group, is this you guys for real?",
		"quit sending me the same canned reply and just answer: is the roof covered or not")
	requireOptOuts(t, d, "you can stop checking in on me, we're all set. thank you", "unsubscribe me from your texts", "wrong number",
		"stop sending me this junk")
}

// TestGoodbyesAndSpanglishDev101: "take care" ends a chat and revokes
// nothing; "olvida mi number" is "lose my number".
func TestGoodbyesAndSpanglishDev101(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "take care", "ok cuídese mucho")
	requireOptOuts(t, d, "olvida mi number porfa", "take care and stop texting me")
}

// TestLongMessagesDev105: in long messages, a problem that should stop
// ("I need it to stop before the drywall caves in"), a tenant kept out of
// it ("don't contact her directly, come through me"), others blocked, a
// question how the do-not-call list works, "I unsubscribed last year but
// things changed" and the lead's customers' unsubscribing are no
// revocation; "unsubscribe me from everything" after a story, "I need it
// off your list today" and "I'd rather not get more" are.
func TestLongMessagesDev105(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"The sump pump runs all night and the basement still floods. I need it to stop before the carpet is ruined. Can someone come Thursday?",
		"My dad still lives there. Please don't contact him directly, he gets confused. Go through me for anything.",
		"Been getting spam from every flipper in town since I listed it. I blocked most of them. You actually answered though, so what's your offer?",
		"Is your company on the do not call list or how does that work? I registered my landline ages ago.",
		"I unsubscribed from you last spring, but things changed. We're ready to sell now.",
		"How does it work if one of our clients clicks unsubscribe? Do they drop off every list?")
	requireOptOuts(t, d,
		"I TOLD YOUR REP TWICE. I SAID IT IN THE EMAIL TOO. UNSUBSCRIBE ME FROM EVERYTHING.",
		"This number is my son's, he's 15. No idea how it got on your list but I need it off today.",
		"Thanks for the info, we decided to wait. I'd rather not get more, thank you for understanding.")
}

// TestSenderSentToTheWrongNumber: "you sent this to the wrong number"
// names the sender's mistake, so it denies the number like "you have the
// wrong number"; the lead's own slip ("I sent that to the wrong number",
// "oops texted the wrong number") revokes nothing.
func TestSenderSentToTheWrongNumber(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"you sent this to the wrong number",
		"you guys texted the wrong number, there's no Dave here",
		"y'all sent it to the wrong number")
	requireNoOptOuts(t, d,
		"oops I sent that to the wrong number, it was for my sister",
		"oops texted the wrong number earlier, that pic was for my cousin",
		"I typed the wrong number on the form, mine ends in 42")
}

// TestKeywordAskedBackAndDenied: a keyword alone, asked back and answered
// "no" ("Unsubscribe? lol no, I'm interested"), is no revocation; "STOP?
// yes. stop." and "stop? no more texts" still are.
func TestKeywordAskedBackAndDenied(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Unsubscribe? lol no, I'm interested. Just busy. Text me tonight",
		"stop? nah keep em coming, I like the listings",
		"¿Cancelar? no no, sí me interesa, nomás ando ocupada")
	requireOptOuts(t, d,
		"stop? yes. stop.",
		"Unsubscribe? no, I mean it, unsubscribe me",
		"stop?? no more texts please")
}

// TestFewerTextsAndOtherChannelInSpanish: "sin hacer unsubscribe" asks
// for fewer texts without leaving, and mail stopped while "seguir
// recibiendo los textos" keeps texts; "sin más mensajes" and "quiero
// dejar de recibir los textos" ask for none.
func TestFewerTextsAndOtherChannelInSpanish(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"¿Hay forma de recibir menos texts sin hacer unsubscribe? Like una vez por semana",
		"¿Cómo hago para dejar de recibir los correos pero seguir recibiendo los textos?")
	requireOptOuts(t, d,
		"ya no quiero nada, sin más mensajes por favor",
		"quiero dejar de recibir los textos y los correos")
	// "dejar de recibir" the messages is a rule, not left to the model
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules,
		"quiero dejar de recibir los textos y los correos",
		"porfa, ya quiero dejar de recibir sus mensajes")
	requireNoOptOuts(t, rules,
		"¿Cómo hago para dejar de recibir los correos pero seguir recibiendo los textos?",
		// they stopped arriving ("dejé", accent dropped), and a footer
		"deje de recibir los mensajes desde el lunes, ¿pasó algo?",
		"Para dejar de recibir mensajes, responda BAJA",
		// not wanting them to stop
		"no, yo no quiero dejar de recibir los textos, solo cámbienme la hora")
	// nor does the model overrule that reading, with a greeting or thanks
	// around it, unless a "pero" takes something back
	requireNoOptOuts(t, d, "yo no quiero dejar de recibir sus textos",
		"No, no quiero dejar de recibir sus mensajes",
		"no quiero dejar de recibir sus mensajes, gracias")
	requireOptOuts(t, d, "no quiero dejar de recibir el boletín, pero los mensajes de texto ya no los quiero")
}

// TestOurNumbersAskedRemovedAndLoseMyNumber: the household's own numbers
// asked to be removed earlier is a revocation still owed ("asked for
// both our numbers to be removed, mine is still getting texts"), a
// sister's is not the lead's; "piérdeme el número" is "lose my number".
func TestOurNumbersAskedRemovedAndLoseMyNumber(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"My husband called and asked for both our numbers to be removed, mine is still getting texts. Fix it.",
		"we asked for our numbers to be removed",
		"Asere, piérdeme el número.",
		"piérdanme el número de una vez")
	requireNoOptOuts(t, d,
		"my aunt asked for my cousin to be removed from the lease, can you help with the paperwork?",
		"she asked for her number to be removed from the flyer, it's on there by mistake")
}

// TestAnotherLineWithThisCellWelcome: texts to the lead's landline
// stopped with this cell named for texts from now on is no revocation;
// the landline alone still is, and so is "stop texting me" beside a
// number given for someone else.
func TestAnotherLineWithThisCellWelcome(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Quit texting the landline number lol it can't even get texts. Use this cell from now on",
		"dejen de mandar al fijo, usen este celular")
	requireOptOuts(t, d,
		"stop texting the landline",
		"stop texting me, use this number for my husband instead")
}

// TestWorkerSentIsNoRevocation: "dejen de mandar al tech sin avisar"
// stops sending a worker unannounced, not the messages.
func TestWorkerSentIsNoRevocation(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Please dejen de mandar al tech sin avisar, call first next time. Still need the AC fixed.",
		"no me manden a un muchacho diferente cada vez")
	requireOptOuts(t, d, "dejen de mandarme mensajes", "no me manden mas mensajes al celular", "no me manden más mensajes ni al técnico")
}

// TestLeadsOwnTitleIsNoThreat: "I'm the managing attorney" names the
// lead's job; "I am an attorney and this is harassment, stop texting"
// still revokes.
func TestLeadsOwnTitleIsNoThreat(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "I'm the managing attorney. also the janitor and the IT department apparently")
	requireOptOuts(t, d, "I am an attorney and this is harassment, stop texting")
}

// TestDev117Spanish: a week's pause with "el lunes seguimos", an old
// email removed with texts kept, a question whether one drops off by
// itself, a number the sender gave for someone else and a request told
// to another company are no revocation; "que me deis de baja" (Spain)
// is one.
func TestDev117Spanish(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Esta semana no me escriba porfa, estoy de viaje. El lunes seguimos.",
		"Remove mi email viejo and use the new one, pero keep texting this number.",
		"Will I get taken off the list automatically if I don't respond for a while?",
		"It's a wrong number el que me diste for the inspector, me contestó una señora.",
		"Le dije a la otra compañía que me borrara de su lista porque eran muy insistentes. Ustedes no, tranquilos.")
	requireOptOuts(t, d,
		"Que me deis de baja ya, hombre, que es la cuarta vez que lo pido.",
		"take me off the list, I don't want these automatically sent texts",
		"you have the wrong number, whoever gave you this",
		"les pedí que me borraran de la lista y siguen escribiendo")
}

// TestDayOfSomethingElseIsNoPause: a day told of the lead's own news
// ("we got the keys saturday", "a review this weekend") does not make
// "take me off the texts now" a pause; "leave me alone today, talk
// tomorrow" still is one.
func TestDayOfSomethingElseIsNoPause(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"we got the keys saturday!! thanks for everything. you can take me off the texts now",
		"Crew did great. I'll post a review this weekend. Can you remove me from the promo texts now that it's done?")
	requireNoOptOuts(t, d, "leave me alone today please, talk tomorrow")
}

// TestDev54Revocations: a pause of all outreach until the lead writes,
// "don't text this one" with another number given, Spain's "quitéis",
// "eliminarlo de su base de datos" of a number, and STOP sent on its own
// after quoting the footer revoke; "she doesn't text", a question whether
// one step stops the reminders, a wrong number asked as one of two
// possibilities and paper bills moved to email do not.
func TestDev54Revocations(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"We've gone another direction for now. If that changes I'll contact you, so please pause all messages until then.",
		"that's my work phone, please don't text this one. my personal is 555 0199",
		"Os agradezco, pero no nos interesa. Os pido que me quitéis de vuestra lista.",
		"Este número es de una clínica, no de un particular. Favor de borrarlo de su lista.",
		"The footer says 'text STOP to quit', fine, here you go: STOP. Never got a real answer anyway.")
	requireNoOptOuts(t, d,
		"My mom owns it but she doesn't text, can I be the contact?",
		"Does signing up for the app stop the text reminders? I like the texts.",
		"Is this a wrong number or did my wife sign us up? Either way, what's the rate for a 15 year?",
		"How do I unsubscribe from the printed statements and just get them by email?")
}

// TestWorkPhoneAndTakenOffALoan: a company phone with "no lo usen para
// esto" revokes; taking an ex off the loan does not.
func TestWorkPhoneAndTakenOffALoan(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "Oiga, este teléfono me lo da la empresa y lo revisan. No lo usen para esto, por favor.")
	requireNoOptOuts(t, d, "my ex is still on the mortgage, can the lender take him off if he refuses to sign?",
		"ese programa no lo usen para esto, mejor el otro")
}

// TestDev123Revocations: "do not use it for this stuff" of a company
// phone and Pidgin "please no text this number again" revoke; a call
// refused with texts welcome in Spanish does not.
func TestDev123Revocations(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"This is the work cell the hospital gives us, they audit it. Do not use it for this stuff, thanks.",
		"already got one guy fixing um. please no text this number again k")
	requireNoOptOuts(t, d,
		"Escríbame por aquí nomás, pero no me llame que ando manejando el tractor.",
		"no me marquen porfa, ando en la línea de empaque, pero los textos sí están bien")
}

// TestKindlyTheLastOneAndABlockedSlot: "I'd be grateful if this was the
// last one" revokes; "I've blocked Thursday 9 to 10" books a slot.
func TestKindlyTheLastOneAndABlockedSlot(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "I'd be grateful if this was the last text, this phone belongs to my mother")
	requireNoOptOuts(t, d, "I've blocked Thursday 2 to 3 for the walkthrough, send the invite")
}

// TestUseForSalesAndAPolicyCancelled: refusing the number "for sales" or
// "for marketing" refuses what a sender's texts are, unlike refusing one
// use ("for the closing docs"); "me cancelaron ... de baja el seguro"
// cancels a policy, not the messages.
func TestUseForSalesAndAPolicyCancelled(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"this line is for my job at the refinery, dont use this number for marketing",
		"No usen este número para publicidad por favor")
	requireNoOptOuts(t, d,
		"don't use this number for the appraisal paperwork, send it to my wife's email",
		"nos dieron de baja la póliza del carro por un pago atrasado, ¿ustedes me pueden cotizar otra?",
		"Me dieron de baja la aseguranza porque se me pasó el pago. Ocupo una nueva para la troca")
}

// TestCallsRefusedTextsWelcomeAndAnotherUnsubscribe: refusing calls to a
// work line while welcoming texts here is a channel preference, and
// unsubscribing from another company, told as a comparison, is no
// request; redirecting to another number still is.
func TestCallsRefusedTextsWelcomeAndAnotherUnsubscribe(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"pls never call my office line during the day, just text me here, that's fine",
		"unsubscribing from Spectrum took less effort than this loan application, what's left?")
	requireOptOuts(t, d,
		"this is my office line, don't call it, text my personal cell instead",
		"I keep unsubscribing from your texts and they keep showing up")
}

// TestToldAnotherCompanyAndYourFrontDesk: telling another company, named
// with "that" or "the", to stop is a story; asking the sender's own
// people ("the lady at your front desk") to take the lead off is a
// revocation told after it; "prefiero mensajes, no me llamen" welcomes
// texts before refusing calls.
func TestToldAnotherCompanyAndYourFrontDesk(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"I told that solar outfit from Conroe to quit calling, they were nonstop. yall are ok",
		"Prefiero mensajes de texto, no me llamen que ando manejando la troca")
	requireOptOuts(t, d,
		"I already asked the guy at your office to take me off the list",
		"I told your company to stop texting me a month ago")
}

// TestToldGeicoLowOffersAndRepairList: telling another company by name
// to stop calling is a story ("le dije a su agente" is not); stopping
// lowball offers while asking for a real one wants contact; email left
// with "texting is the best way to reach me" keeps texts; a garage door
// taken off the repair list is no list of contacts.
func TestToldGeicoLowOffersAndRepairList(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Le pedí a Allstate que me dejaran de llamar, so ustedes son mi única opción",
		"Dejen de mandarme ofertas tan bajas y mándenme una de verdad",
		"take me off the email newsletter, texting is the best way to reach me",
		"please take the water heater off the repair list, my brother in law swapped it")
	requireOptOuts(t, d,
		"ya le dije a su agente que me dejaran de mandar mensajes")
}

// TestTakeHimOffTheRefi: taking an ex off a refinance is the loan, not
// the list.
func TestTakeHimOffTheRefi(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(nil), "if we refi, does the lender just take him off or does he have to sign something?")
}

// TestPoliteDeclinesAndLookAlikesDev137: "I'll pass on getting these
// going forward", "no need to message me in the meantime" and "leave us
// alone, not now and not later" revoke; a typo caught after "Stop", paper
// mail stopped with texts welcome, papers for the wrong loan, "sólo ...,
// no más" and a layoff at the cannery do not.
func TestPoliteDeclinesAndLookAlikesDev137(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"appreciate it, but I'll pass on getting these going forward",
		"we'll call you if we decide anything. no need to text us in the meantime",
		"leave us alone please, not now and not later")
	requireNoOptOuts(t, d,
		"Stop, I typed that wrong, it's a 2 car garage not 1",
		"could you stop mailing us flyers? just text, the box is stuffed",
		"please don't send me papers for the adjustable one, we only want the fixed rate",
		"quiero nomás la cobertura básica, no más",
		"me dieron de baja en la empacadora, ¿todavía califico?")
}

// TestDeleteThisOneFromTheListAndTheInspectionList: "delete this one
// from whatever list you bought it from" revokes; a pool taken off the
// inspection list does not.
func TestDeleteThisOneFromTheListAndTheInspectionList(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "erase this number from whatever list you got it off of")
	requireNoOptOuts(t, d, "can you take the shed off the inspection list? we tore it down")
}

// TestWorkCelOfTheBossAndBorranos: "es el cel del trabajo, es de mi
// patrón, no lo usen" and "bórranos de la lista" revoke; "no lo usen" of
// a quote, with no work phone named, does not.
func TestWorkCelOfTheBossAndBorranos(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"oiga, este teléfono es del trabajo, es de mi jefa, no lo usen porfa",
		"bórranos de la lista, gracias")
	requireNoOptOuts(t, d, "no lo usen para la cotización, usen el correo de mi esposo")
}

// TestDNCTalkAndTheLeadsOwnStop: keywords with "po" or "pues" revoke,
// and so do a household's spam report and the list named as a request;
// the lead promising to stop bothering, a scam text or a coworker's
// report, "fine with texts" and the list kept for somebody else do not.
func TestDNCTalkAndTheLeadsOwnStop(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"ALTO po", "baja pues", "stop po",
		"my wife reported these texts as spam",
		"I reported a couple texts from you as spam",
		"put me on your do not call list, I do not want you texting me",
		"ya me metí a la lista de no llamar, no me escriban")
	requireNoOptOuts(t, d,
		"ok I'll stop pestering you, just let me know when the appraisal is back",
		"sorry I'll quit texting you so much haha",
		"I reported a phishing text to 7726 this morning, so just checking you're legit",
		"my coworker flagged your ad as spam on facebook lol, anyway is the lot still for sale",
		"I'm on the do not call registry because of robocalls, but I'm ok with texts from you",
		"I signed up for the do not call list because of the robocalls, not you guys",
		"lo de la lista de no llamar es por los bancos, no por ustedes")
}

// TestWrongNumberOfTheLeadsOwnSlip: "wrong number" followed by the
// lead's own slip ("I meant to send that to my husband", "le mandé a
// usted, era pa' mi prima") revokes nothing; a number that changed hands
// still does.
func TestWrongNumberOfTheLeadsOwnSlip(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"sorry wrong number, I meant to text that to my wife",
		"wrong number lol that was meant for my brother",
		"perdón, número equivocado, le escribí a usted pero era para mi cuñada")
	requireOptOuts(t, d,
		"número equivocado, ese número era para mi papá que ya falleció",
		"wrong number. I meant to tell you last week, stop texting")
}

// TestThreatWithTheConditionAfter: "my attorney will be hearing about
// this if it keeps up" revokes; a lawyer's news about something that
// keeps going does not.
func TestThreatWithTheConditionAfter(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "my attorney will be hearing about this if it keeps up", "the FCC gets a call from me if this happens again")
	requireNoOptOuts(t, d, "my lawyer says we can close on the 15th if it keeps going this smoothly",
		"my lawyer said the HOA can fine us if this happens again", "I'll report back if it keeps leaking")
}

// TestCanYouNotTextMe: "can you guys not text me anymore?" revokes, as
// does "don't text me again until I say so"; a link not to be texted and
// a pause until the appraisal is back do not.
func TestCanYouNotTextMe(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Can you guys not text me anymore? Every other day about the condo.",
		"could you not message this number again please",
		"don't text me again until I say so")
	requireNoOptOuts(t, d,
		"can you not text me the link, just email it",
		"could you not text me again until the appraisal is back",
		"don't text me the photos, my phone is full, email them")
}

// TestSpanglishToldAnotherAndUnsubscribedElsewhere: "le dije al otro
// wholesaler que stop calling me" is told to someone else, and leaving
// the MLS alerts while asking this sender for its own deals revokes
// nothing; asking for email instead of texts still does.
func TestSpanglishToldAnotherAndUnsubscribedElsewhere(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"Le dije al otro agente que stop calling me, pero contigo sí hablo. What's the offer?",
		"Unsubscribed from the MLS alerts because they were junk, so just send me your off-market stuff direct.")
	requireOptOuts(t, d,
		"I unsubscribed from your texts, send me your emails instead",
		"ya le dije a ustedes que stop calling me")
}

// TestOptOutHowManyNotWhether: refusing a flood of messages ("I don't
// want a ton of messages", "don't need a bunch of texts") limits how
// many come, it does not end them; a refusal with "thanks a lot" after
// it still revokes.
func TestOptOutHowManyNotWhether(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "do you guys text a lot? I don't want a ton of messages",
		"I don't need a bunch of texts, just send the address when it's ready")
	requireOptOuts(t, d, "I don't want any more texts, thanks a lot", "I don't want messages from you")
}

// TestOptOutKeywordThenDash: a keyword set off from the rest by a dash
// is a clause of its own, as after a comma: "STOP - not interested",
// "stopall - im a trucker, dont need a roof guy".
func TestOptOutKeywordThenDash(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "STOP - not interested", "stop -- im a trucker, dont need a roof guy", "stop—wrong number")
}

// TestOptOutHoursWithClockAndSi: a stop bound to an hour with another
// hour welcomed is a timing preference, also when the hour is a bare
// number after a preposition ("entre las 9 y las 5", "before 9") or
// the welcome a clause-final "sí" ("en la tarde sí", "después sí"). A
// stop for good keeps revoking.
func TestOptOutHoursWithClockAndSi(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "pls stop texting me at 6am lol I just got off a 12. after 2pm is fine, I still want the quote",
		"No me escriban antes del mediodía, trabajo de noche en la planta. En la tarde sí.",
		"No me escriban entre las 9 y las 5 que estoy trabajando, después sí.",
		"don't text me before 9, I work nights. after that is fine")
	requireOptOuts(t, d, "stop texting me at 6am. I'm done, not interested",
		"no me escriban más, después de las 5 ni se les ocurra",
		"quit texting me at night. actually quit texting me at all")
}

// TestOptOutOffASlot: taken off an appointment slot, not a list: "take
// me off the Saturday slot, I picked up a shift. Sunday ok?".
func TestOptOutOffASlot(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "take me off the Saturday slot, I picked up a shift. Sunday ok?",
		"can you take me off the 3pm appointment and put me on friday")
	requireOptOuts(t, d, "take me off your list, no more appointments")
}

// TestOptOutForSomeoneNamedAfter: a Spanish stop whose object is named
// after it ("ya no le manden mensajes a mi hermano") with the lead's own
// business going on is someone else's stop; with nothing going on, or
// for the lead too, it revokes.
func TestOptOutForSomeoneNamedAfter(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Ya no le manden mensajes a mi hermano, él no quiere nada. Pero a mí sí mándeme la información.")
	requireOptOuts(t, d, "Este número era de mi mamá, ya no le manden mensajes",
		"ya no les manden nada a mis papás, ellos no quieren nada y yo tampoco")
}

// TestOptOutForTenantsAndPatients: a landlord or an office asking to
// stop texting its tenants, with its own business going on, and a
// question how its patients leave are not the sender's revocation.
func TestOptOutForTenantsAndPatients(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Stop texting our tenants at 4B and 4C about selling, they rent. Any offers go to me.",
		"Ya no le manden mensajes a los inquilinos, ellos rentan. Las ofertas mándemelas a mí.",
		"Si usamos su sistema para los recordatorios, ¿cómo se dan de baja nuestros pacientes?")
	requireOptOuts(t, d, "stop texting my husband, he passed in March", "stop texting our office, we are not interested")
}

// TestOptOutCaribbeanEnglish: Caribbean English as it is texted ("lose
// dis number", "allyuh doh message me again") and Haitian Kreyòl
// ("sispann voye m tèks", "pa voye m mesaj ankò") revoke.
func TestOptOutCaribbeanEnglish(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "Do me a favour and lose dis number, seen?", "Allyuh doh message me again eh. I done with this")
}

// TestOptOutKreyol: Haitian Kreyòl revocations; Kreyòl about calling or
// sending something else does not revoke.
func TestOptOutKreyol(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "Sispann voye m tèks. I don't want no life insurance, mèsi", "pa voye m mesaj ankò tanpri",
		"retire nimewo m nan lis ou a", "kite m anpè, mwen pa enterese")
	requireNoOptOuts(t, d, "mwen pa ka rele w jodi a, demen pito", "mwen pral voye papye yo demen")
}

// TestOptOutBusinessLineShorthand: an office's shorthand and Spanglish
// ("pls rmv our # frm ur list thx", "plz ya no txt a este #", "sáquenos
// de su lista") revokes.
func TestOptOutBusinessLineShorthand(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "pls rmv our # frm ur list thx", "plz ya no txt a este #, es del jale",
		"Por favor sáquenos de su lista. Somos una iglesia, no ocupamos seguro.")
}

// TestOptOutKeywordFirstSentence: a keyword in capitals sent as the
// first sentence revokes whatever follows ("BAJA. Este número es de la
// oficina"); a question, a wait or a take-back after it does not.
func TestOptOutKeywordFirstSentence(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "BAJA. Este número es de la oficina de la llantera.", "CANCEL. this is a business line",
		"ALTO! no somos dueños de esa casa")
	requireNoOptOuts(t, d, "CANCEL? what for, I still want it", "ALTO. Antes de mandar nada revisa mi apellido",
		"STOP. Sorry that was meant for my son, he keeps taking the car. Yes Thursday works for the inspection")
}

// TestOptOutOtherChannelTextsWelcomedES: "Textéame mejor, no me llames"
// and "unsubscribe me from the email newsletter but keep the text
// reminders" leave calls or email, not texts.
func TestOptOutOtherChannelTextsWelcomedES(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Textéame mejor, no me llames que estoy en el job.",
		"Unsubscribe me from the email newsletter but keep the text reminders for my appointments please.")
	requireOptOuts(t, d, "no me llames ni me textees, mándame mejor nada")
}

// TestOptOutGetLostSelf: "this is where I get lost" is the writer
// confused; "get lost" told to the sender revokes.
func TestOptOutGetLostSelf(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "See this is where I get lost, I'm not great over text. Can yinz just give me a call after 5?",
		"honestly we always get lost in the paperwork part")
	requireOptOuts(t, d, "get lost", "just get lost already, not selling")
}

// TestComplaintOwnWriting: "I write everything on form" is the lead's
// own writing, so the complaint names no contact and the model's
// exasperation score does not make it a revocation.
func TestComplaintOwnWriting(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(nil), "Why you ask me same thing again and again?? I write everything on form. This is waste my time, very bad")
}

// TestOptOutHerRemoval: a neighbour's or a sister's removal told with
// "la/le" ("pidió que la quitaran de su lista") is theirs; the lead's
// own ("que me quiten de su lista") revokes.
func TestOptOutHerRemoval(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Mi hermana me dijo que ella pidió que la quitaran de su lista, eso me afecta a mí?")
	requireOptOuts(t, d, "que me quiten de su lista", "Este número era de mi mamá, quiero que lo borren de la lista")
}

// TestOptOutReviewStop35: what the review of stop 35 found the new rules
// got wrong: a relayed stop with "everything" or "todo" after it, a
// complaint that texts keep coming, a keyword taken back at once, a
// CANCEL that reschedules, and "al número" without a determiner.
func TestOptOutReviewStop35(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "My husband wants you to stop texting. We already sold everything, my agent handled it",
		"mi hija dice que ya no le manden mensajes, yo ya les dije todo",
		"I unsubscribed from your emails, why do you keep sending me text messages?",
		"still getting text messages, remove me from your email list and texts",
		"ya no message al numero")
	requireNoOptOuts(t, d, "BAJA. Perdón, me equivoqué, ¿me pueden volver a agregar?", "CANCEL. Need to reschedule to Thursday")
}

// TestOptOutOthersKept: a colleague or a family member taken off while
// the message asks the sender to go on writing to the rest ("send it all
// to the main line instead", "a mí sí me siguen mandando") is no
// revocation; removing the lead, or this line, still is.
func TestOptOutOthersKept(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Stop texting Ron's phone please, he retired in June. Send it all to the main line instead.",
		"Take Ana off these updates, she moved to the Tulsa branch. Keep me and our bookkeeper on.",
		"Ya no le escriban a Chuy, se fue de la empresa. Al número de la tienda sí sigan escribiendo.")
	requireOptOuts(t, d, "Stop texting me please, I retired in June. My son still wants the updates",
		"Take this number off your list, he left the company. Keep the office on.")
}

// TestOptOutTakenBackAtOnce: "take me off speaker— sorry, that was to my
// wife" and a removal corrected at once ("no wait") are no revocation; a
// correction that says it again is.
func TestOptOutTakenBackAtOnce(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "quit messaging me— sorry, that was meant for my brother. What time Thursday?",
		"remove me from the group— no wait, wrong app, ignore that. Is the inspection still Monday?")
	requireOptOuts(t, d, "stop— wait no, I mean it, stop texting me", "take me off this list. never mind the quote")
}

// TestOptOutSendNoTextsToThisLine: "do not send promo texts to this
// number" names the line and revokes; a request to send by text welcomes
// texts whatever else was unsubscribed from.
func TestOptOutSendNoTextsToThisLine(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "This is the church office cell. Do not send promo texts to this number.",
		"dont send marketing messages to my phone")
	requireNoOptOuts(t, d, "I unsubscribed from your mailers since they pile up, so send me the quote by text instead")
}

// TestOptOutGreetingIsNoTimeWelcome: "Good morning" opening a long
// message welcomes no hour, so a removal after a weekend mentioned
// stays a revocation; a stop at one hour with another welcomed is not.
func TestOptOutGreetingIsNoTimeWelcome(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "Good afternoon. We were out of town all weekend and I rarely look at this phone. We are staying put, so please remove us from your list. Regards, Walt",
		"Buenas tardes. Estuvimos fuera el fin de semana y casi no miro este teléfono. Por favor quítenos de su lista.")
	requireNoOptOuts(t, d, "quit texting me at 6am lol, afternoons are better")
}

// TestOptOutToldAnotherSender: a learner's "I told to the other lender to
// stop" and "le dije a la otra compañía que ya no me llamen" with this
// sender kept are another sender's stop; told to this sender they revoke.
func TestOptOutToldAnotherSender(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "I told to the other agent to stop texting me, too many. You are more patient, I like",
		"Le pedí a la otra empresa que ya no me escriban. Ustedes sí pueden seguir")
	requireOptOuts(t, d, "I told to you already to stop texting me", "ya no me escriban, se los pedí hace una semana")
}

// TestOptOutHoursWithCallsWelcomed: a stop in the mornings with a later
// hour welcomed in words that name the call ("after 3 is ok to call")
// limits the hours; without a welcome it is a stop.
func TestOptOutHoursWithCallsWelcomed(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Stop calling in the morning please, I sleep days. After 4pm is fine to call")
	requireOptOuts(t, d, "Stop calling in the morning please, I sleep days.")
}

// TestOptOutThirdLanguagePolitenessAndPolicies: a keyword with a please
// or thanks in Haitian, Portuguese, Tagalog or Polish is still the
// keyword; taking someone off an insurance is no list.
func TestOptOutThirdLanguagePolitenessAndPolicies(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "STOP tanpri", "stop obrigada", "UNSUBSCRIBE salamat", "STOP prosze")
	requireNoOptOuts(t, d, "can you take me off the auto insurance? I sold the car")
}

// TestOptOutDesist: "desist" is a verb of stopping, as in "cease and
// desist": the rules read "desist the messages" without the model.
func TestOptOutDesist(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "Desist the texts please. We not selling the land, never we will", "please desist from calling this number")
	requireNoOptOuts(t, d, "I desist of the sale, my son will live there. You can continue to contact me about the lot")
}

// TestOptOutSomeoneElsesSubscription: cancelling a late parent's or a
// spouse's subscription is a billing errand, not this lead's revocation;
// cancelling "my subscription" still is.
func TestOptOutSomeoneElsesSubscription(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "I need to cancel my mom's subscription, she passed in April and it still bills her card",
		"how do I cancel the subscription of my late husband? I'm the executor")
	requireOptOuts(t, d, "cancel my subscription please", "cancel the subscription of my phone number")
}

// TestOptOutScratchedDroppedGAndVosotros: "scratch my name off", a verb
// with its g dropped ("quit textin me") and a vosotros threat ("os
// denuncio") revoke without the model; scratching a house off a list
// does not.
func TestOptOutScratchedDroppedGAndVosotros(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "I'm 80 and I don't do business by telephone. Scratch my name off.", "y'all quit textin me at supper",
		"Como me volváis a escribir os denuncio, ¿vale?")
	requireNoOptOuts(t, d, "scratch the Elm street house off the list, it sold")
}

// TestOptOutEraseItNow: "who gave you my number?? erase it now" names the
// number and asks to erase it at once; a photo to delete does not.
func TestOptOutEraseItNow(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "who gave you my number?? erase it now")
	requireNoOptOuts(t, d, "sent you the wrong photo, delete it now and I'll resend")
}

// TestOptOutReviewStop36: what the review of stop 36 found the new
// vetoes got wrong. A third person who "still wants to live there", a
// Spanish "if he keeps sending", "ignore that other email", a complaint
// that offers come by text and a sarcastic "is it ok to call at 6am?" do
// not take a revocation back; a late father's subscription is still
// his.
func TestOptOutReviewStop36(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "Stop calling. He doesn't want to sell, he still wants to live there",
		"Dejen de molestar, ella ya no quiere vender. Si sigue mandando mensajes la voy a reportar",
		"Please remove me from your list. Ignore that other email I sent, not interested",
		"Take me off your list. Why do you still send me offers by text??",
		"Quit calling me at 6am. Is it ok to call anyone at 6am??")
	requireNoOptOuts(t, d, "how do I cancel the subscription for my late father? I'm the executor")
}

// TestOptOutReportedAlready: "spam, ya los reporté" and "ya los bloqueé"
// say the sender was reported or blocked, which revokes; damage or
// receipts reported to the insurer ("los daños ya los reporté al
// seguro") do not.
func TestOptOutReportedAlready(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "otra vez spam? ya los reporté al tiro", "ya las bloqueé, no me manden nada")
	requireNoOptOuts(t, d, "los daños del techo ya los reporté al seguro", "las facturas ya las reporté el martes, ¿qué sigue?")
}

// TestOptOutWrongNumberOfTheTenant: the wrong number on file for a tenant
// ("tienen el wrong number del tenant", "the wrong number for the
// tenant") corrects a record; "wrong number, I'm not the tenant" still
// revokes.
func TestOptOutWrongNumberOfTheTenant(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "ojo, tienen el wrong number del inquilino, el bueno es 555-0177",
		"you have the wrong number for the tenant in your notes, hers ends in 0199")
	requireOptOuts(t, d, "wrong number, I'm not the tenant")
}

// TestOptOutSomeoneElseOnTheList: asking whether someone else is on a
// do-not-call list ("is the seller on some do not call list? I can't
// reach her") revokes nothing; "is this number on your do not call list
// yet?" still does.
func TestOptOutSomeoneElseOnTheList(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "is the buyer on a do not call list or something? he never picks up", "is she on some do-not-call list? I need her signature")
	requireOptOuts(t, d, "is this number on your do not call list yet? it better be")
}

// TestOptOutStopOrKeepQuestion: a question between stopping and going on
// ("if I say no, will you stop texting or keep following up?") asks how
// the sender works; "will you stop texting me already" revokes.
func TestOptOutStopOrKeepQuestion(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "say I pass on the offer, do you stop texting or just keep checking in? curious")
	requireOptOuts(t, d, "will you stop texting me already", "will you stop texting me or not??")
}

// TestOptOutReviewStop37: what the review of stop 37 found the new
// exclusions got wrong. The lead's own number on the list, "stop texting
// or just give it a rest", "ya los reporté con Telcel" and a tenant's
// wrong number the lead does not know still revoke; tenants reported and
// cousins blocked do not.
func TestOptOutReviewStop37(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "is the number on your do not call list yet? it better be",
		"would you stop texting me or just give it a rest, not interested",
		"can you stop texting or continue bugging me, which is it",
		"spam otra vez, ya los reporté con Telcel",
		"tienen el wrong number del inquilino, yo ni lo conozco")
	requireNoOptOuts(t, d, "mis inquilinos no pagan, ya los denuncié. ¿cuánto me dan por la casa?",
		"a mis primos ya los bloqueé, ustedes sigan")
}

// TestOptOutKeywordWithApology: a keyword sent with an apology of a few
// words or a diminutive "please" is still the keyword, and a reply
// keyword ("CANCEL") opening a message that denies signing up is the
// lead's; an apology's words alone are no filler ("¿para qué?" asks what
// for) and "CANCEL." before other business stays a reply.
func TestOptOutKeywordWithApology(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "ALTO, qué pena con usted", "Para porfis", "BAJA, disculpe la molestia 🙏",
		"STOP sorry to bother you", "Cancelar por favorcito",
		"CANCEL. my bad, I never meant to sign up for these", "CANCELAR. Yo nunca me inscribí a esto")
	requireNoOptOuts(t, d, "¿para qué?", "para que quede claro", "que pena",
		"CANCEL. I haven't signed the listing agreement yet, can we talk friday",
		"CANCEL. the 3pm walkthrough, sorry, my kid is sick")
}

// TestOptOutWithoutLeaveIsAboutContact: "sin mi permiso" complains of
// the sender only when what was done without leave is contact or the
// lead ("me anotaron sin mi permiso"); software that acts without the
// owner's leave is a product question.
func TestOptOutWithoutLeaveIsAboutContact(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "me anotaron en su lista sin mi permiso", "sin mi consentimiento!! de dónde sacaron mi número")
	requireNoOptOuts(t, d, "¿la app deja que los empleados cambien precios sin mi autorización?",
		"el contratista anterior cambió el diseño sin mi permiso, por eso busco otro")
}

// TestOptOutReviewStop38: what the review of stop 38 found. Plural and
// other common apologies go with a keyword ("BAJA, disculpe las
// molestias", "STOP, sorry to bother you guys"); "CANCEL." before a
// denied sign-up revokes only when the sign-up denied is these messages,
// not a plan or a walkthrough; "sin mi permiso" after an email, WhatsApp
// or calls to the house still complains, and not after something done by
// someone of the lead's own.
func TestOptOutReviewStop38(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "BAJA, disculpa las molestias", "ALTO, perdón por la molestia", "Para, que pena con ustedes",
		"STOP, sorry to bother you guys", "STOP sorry for bothering", "ALTO, mil disculpas",
		"CANCEL. we never opted in", "CANCEL. I never signed up.",
		"¿de dónde sacaron mi email sin mi permiso?", "me siguen llamando al celular sin mi permiso")
	requireNoOptOuts(t, d, "CANCEL. I didn't mean to sign up for the yearly plan, put me on monthly",
		"CANCEL. never signed up for the Saturday showing, that was my wife", "CANCELAR. No me inscribí en el plan premium, solo el básico",
		"mi socio me quitó de la cuenta del banco sin mi permiso, ¿igual puedo vender?")
}

// TestOptOutReviewStop38Second: what the second review of stop 38 found.
// "never opted into this", a sign-up "to receive these messages" and
// "for text alerts" deny the messages; "for this appointment" and "for
// your premium plan" name something else; the agent or the bank writing
// without leave complains.
func TestOptOutReviewStop38Second(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "CANCEL. I never opted into this", "CANCEL. never signed up to get these texts", "CANCEL. never signed up for text alerts",
		"el agente me sigue mandando textos sin mi permiso", "STOP, sorry for the trouble")
	requireNoOptOuts(t, d, "CANCEL. I never signed up for this walkthrough, my husband did", "CANCEL. we never signed up for your premium plan, only basic")
}

// TestOptOutSpamReportedElsewhere: a lead wary of scams talks about
// reporting other numbers, asks how reports are made and tells what they
// told another company; none of that revokes this sender's messages. A
// report of this sender's texts, or a threat to make one, still does.
func TestOptOutSpamReportedElsewhere(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "sent a fake toll text to 7726 yesterday, not yours, so what's the next step on the roof?",
		"is 7726 where you report spam? my dad keeps getting fake bank texts",
		"how do I report spam calls on an android? anyway, still want the quote",
		"I told the last lender that kept calling to stop and never contact me again. You guys are fine though",
		"Ayer denuncié un número que se hacía pasar por el banco. ¿Ustedes son de verdad?",
		"Perdón, número equivocado en mi mensaje de ayer, el de mi hijo termina en otro")
	requireOptOuts(t, d, "I reported your texts as spam", "how many times do I have to say stop before I report you as spam",
		"where do I report spam like this? you people keep texting", "never contact me again")
}

// TestOptOutUnderQuotedLines: a reply under a quoted footer is the
// lead's revocation; a relayed quotation from the lead's household
// revokes for the lead.
func TestOptOutUnderQuotedLines(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "> Text STOP to opt out, YES for a quote\nneither of those. just stop", "> Responda BAJA para salir\nBAJA por favor, gracias",
		`my husband says: "tell them to stop texting us"`)
	requireNoOptOuts(t, d, "> Reply STOP to opt out\nwhat's the earliest you could come out?", `my cousin says "stop texting me" to everyone lol, anyway when can you come`)
}

// TestOptOutReviewStop39: what the review of stop 39 found. "mi último
// aviso" is a warning, not the lead's own earlier message; "No you
// can't call me" after a report is no "not yours"; a question how to
// report spam followed by a count of this sender's texts, and "some
// number, yours" reported, still revoke.
func TestOptOutReviewStop39(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "número equivocado, es mi último aviso", "forwarded your text to 7726. No you may not call me",
		"how do I report spam? that's the 4th text from you this week", "what number do you report spam to? another text today",
		"reporté un número como spam, el de ustedes", "I reported a number as spam and it was yours")
	requireNoOptOuts(t, d, "número equivocado en mi último mensaje, el bueno es el de mi hijo")
}

// TestOptOutCurtAndMixedUp: curt revocations ("This chat's closed.",
// "I'm done reading them", "I said stop el mes pasado", "STOPALL wrong
// guy", "can you just not") revoke; a wrong number believed and given
// up, one told to another company, and someone else taken off the list
// in a friend's story do not.
func TestOptOutCurtAndMixedUp(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "Copy that. This channel is closed.", "fourth one today. I'm done reading them.", "ya te lo dije, I said stop el mes pasado",
		"STOPALL wrong guy", "UNSUBSCRIBE not interested thx", "your texts keep coming for my dad. can you just not")
	requireNoOptOuts(t, d, "STOP by the office whenever", "can you just not send the brochure, a link is fine",
		"I figured it was a wrong number at first, but yes I asked for the quote", "I told the old insurer it was the wrong number, you have the right one",
		"my cousin says you took her off the list right away. is that how it works?")
}

// TestOptOutReviewStop39Second: what the second review of stop 39 found.
// A number reported that "wasn't yours", "not you guys" after a report,
// and a question how to report spam about someone else's texts do not
// revoke; "done reading them" needs texts named, and "STOP not even
// kidding" exclaims; a wrong number told to someone else while "you're
// still texting" revokes.
func TestOptOutReviewStop39Second(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "flagged a number as spam last night, it wasn't yours", "sent a scam text to 7726 today, not you guys lol",
		"how do I report spam? some other lender keeps texting, you're fine", "where do I report spam on android? got another text from a crypto guy",
		"I'm done reading them, the reviews sold me. Book Tuesday", "STOP not even kidding, that's the best rate yet")
	requireOptOuts(t, d, "I told the lady who called it was the wrong number and you keep texting", "5th text this week. I'm done reading them.")
}

// TestOptOutReviewStop39Third: what the third review of stop 39 found.
// "STOP not kidding", "I'm done reading your texts" and a short "done
// reading these" revoke; "done reading them" before texts are named
// ("... text me the contract") and a wrong number told to another firm
// while "you guys are still fine to text" do not.
func TestOptOutReviewStop39Third(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "STOP not kidding", "I'm done reading your texts", "done reading these", "told the old agency it was the wrong number, and you keep texting anyway")
	requireNoOptOuts(t, d, "done reading them, the reviews sold me. text me the contract",
		"I told the old insurer it was the wrong number, you guys are still fine to text")
}

// TestRefusalAtAll: "at all" widens a refusal rather than naming a time
// ("don't text me at all" is not quiet hours like "at 6am"), and "the
// rest of the texts" are texts cancelled; rules alone, so the learned
// tier cannot hide a gap.
func TestRefusalAtAll(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "don't text me at all", "dont text at all", "do not message at all please",
		"Dont text while Im driving!! actually dont text at all", "cancel the rest of the texts too, not just the emails")
	requireNoOptOuts(t, d, "don't text me at 6am", "he doesn't text at all", "dont text at all, call me",
		"don't text at all until the appraisal is back", "cancel the rest of the order but keep the texts coming",
		// quiet hours after "at all", and calls of a day cancelled
		"don't text me at all on weekends", "don't text me at all this week, I'm traveling", "cancel the rest of the calls today, I'm in meetings")
}

// TestModelDoubtsARule: a phrase rule's hit that the learned tier all but
// rules out goes to a person's review instead of suppressing the number;
// the AI is silenced either way. Keywords, a subscription named and
// cancelled, and a language the model was not trained in are not doubted;
// DoubtAt < 0 turns doubting off.
func TestModelDoubtsARule(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"can you end the reminder calls on my calendar? I get two for the same visit",
		"your tech can stop calling ahead since the gate code is 4471",
		// someone else's clause is read in its message
		"my mom always says, stop calling me about the car warranty, haha", "your tech can stop calling ahead, the gate code is 4471 and I'm home all day"} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.PossibleOptOut, r.Kind, "%q", s)
		require.Equal(t, "rules", r.Tier, "%q", s)
		require.Contains(t, r.Rule, "model doubts", "%q", s)
		// under the default doubt threshold, 0.05
		require.Less(t, r.Score, 0.05, "%q", s)
		// the rules alone, and with doubting off, suppress
		require.Equal(t, dnc.OptOut, dnc.New(&dnc.Config{NoModel: true}).Detect(dnc.Input{Text: s}).Kind, "%q", s)
		require.Equal(t, dnc.OptOut, dnc.New(&dnc.Config{DoubtAt: -1}).Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	for _, s := range []string{"STOP", "stop sending me texts", "please remove me from your list",
		"can you help me cancel my newsletter subscription?", "bitte keine Nachrichten mehr schicken",
		"rufen Sie mich nicht mehr an, nicht mehr anrufen bitte",
		// a third language with an English tail
		"parem de me ligar. can you email me the invoice instead?",
		// the sentence that refuses, alone, is no doubt to the model,
		// whatever the message as a whole scores
		"Stop calling me. Is this a scam?", "Stop calling me. Who is your manager?", "Don't call me again. My wife is sick.",
		"Quit calling my cell at 7 in the morning. Who does that?", "guys you can stop calling me now, we found a roofer haha",
		// "ok they can stop calling me now, we found a roofer haha" left
		// this list in stop 48: the model trained on the development
		// conversations scores its refusing clause at p 0.002, so it is
		// doubted and a person decides (the AI silent meanwhile)
		// one sentence of commas: the refusing clause alone is no doubt
		"we went with another roofer for the full replacement, the insurance covered it, so you can stop calling me about the estimate"} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.OptOut, r.Kind, "%q", s)
		require.NotContains(t, r.Rule, "doubts", "%q", s)
	}
	// no reviewers, no doubts: with the review band off a rule suppresses
	off := dnc.New(&dnc.Config{ReviewAt: 0.99, SuppressAt: 0.5})
	require.Equal(t, dnc.OptOut, off.Detect(dnc.Input{Text: "can you end the reminder calls on my calendar? I get two for the same visit"}).Kind)
}

// TestKeywordWithDecline: a carrier keyword with a decline for its reason
// ("CANCELAR, no me interesa", "cancel. not selling") revokes; a decline
// makes no opt-in or help of START or HELP. A wrong number on an estimate
// corrects a figure, but an estimate named in the next clause does not.
func TestKeywordWithDecline(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "CANCELAR, no me interesa", "cancel. not selling", "CANCEL not interested", "para, no gracias",
		"wrong number, this isn't the estimate guy")
	requireNoOptOuts(t, d, "wrong number en el estimate, dice 1200 sq ft pero son 1500", "wrong number on the estimate, the square footage is off",
		// a question echoed and declined
		"cancel? no thanks", "cancelar? no gracias")
	// a document named after a denial is no figure corrected
	requireOptOuts(t, d, "wrong number never asked for an estimate", "wrong number not the estimate guy", "wrong number no estimate here",
		"wrong number never got a bill from you")
	for _, s := range []string{"START no thanks", "help, not interested"} {
		require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestOptOutClassesStop41Dev: what dev198 to dev200 (stop 41) taught, in
// new words. "Revoke." as a first sentence, "no me estén mandando
// mensajes", "no need to keep in touch" revoke; "no need to stay in
// touch with the appraiser", a request told to another insurer and calls
// refused with "mejor textea aquí" do not.
func TestOptOutClassesStop41Dev(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "Revoke. I didn't sign up for any of this", "no me estén mandando mensajes, por favor", "no nos anden llamando",
		"all good with the policy we have. no need to keep in touch")
	requireNoOptOuts(t, d, "no need to stay in touch with the appraiser, I already have her report",
		"le dije a la otra aseguradora que ya no me llame, ustedes sí", "no me marquen al cel, mejor textea aquí")
	// the second review of stop 41
	requireOptOuts(t, d, "cancel the rest of the calls please, we sold", "le dije a la otra aseguradora que ya no me llame, y ustedes tampoco",
		"don't text me at all after this", "dont text me at all this year or next, we're not selling", "no hace falta que sigamos en contacto",
		"no me estén marcando")
	requireNoOptOuts(t, d, "No need to keep in touch so often, once a month is plenty", "no need to keep in touch until spring, I'll reach out in March",
		"there's no need to keep in touch through the agent, text me directly", "no me estén llamando al trabajo, mejor al cel",
		"espero que no me estén mandando spam", "cancel the rest of the calls, text me instead")
	// the third review of stop 41
	requireOptOuts(t, d, "no need to keep in touch by text or phone", "no need to stay in touch as we already closed",
		"no need to keep in touch with us on this, we went another way", "no me estén mandando mensajes, mejor al rato les marco yo si me interesa",
		"espero que entiendan que no me estén llamando más", "cancel the rest of the texts today, I'm done with this")
	requireNoOptOuts(t, d, "le dije a la otra aseguradora que ya no me llame, ni modo, ¿ustedes qué ofrecen?")
	// the fourth review of stop 41
	requireOptOuts(t, d, "le dije a la otra aseguradora que ya no me llame, lo mismo para ustedes", "no need to keep in touch by email or text, we bought elsewhere")
	requireNoOptOuts(t, d, "no need to keep in touch that often", "espero que no me estén llamando más tarde, estoy en junta")
}

// TestWelcomeRefusedWithinAndOnMyEnd: a negator inside a welcome to texts
// ("mejor ni me escriban") refuses texts too, so the refusal of calls
// before it stands; "on my end" says whose wish it is, not a time, so
// "no need to keep in touch on my end" is no quiet-hours request. Rules
// alone, so the learned tier cannot hide a gap.
func TestWelcomeRefusedWithinAndOnMyEnd(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "ya no me llamen, mejor ni me escriban", "no me llamen, mejor no me escriban tampoco",
		"no need to keep in touch on my end", "no need to keep in touch on our side, thanks")
	requireNoOptOuts(t, d, "no me llames, mejor escríbeme", "no me llamen porfa, por aquí no más",
		"don't text me at all on weekends")
}

// TestHowToLeaveAnotherSender: asking how to unsubscribe from messages
// named as another sender's ("de los emails de Zillow") asks about them,
// and an email unsubscription that keeps "getting the appointment texts"
// keeps consent to texts; "how do I unsubscribe from your texts" still
// revokes. Rules alone, so the learned tier cannot hide a gap.
func TestHowToLeaveAnotherSender(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "How do I unsubscribe de los emails de Zillow? Me tienen loca",
		"how do i unsubscribe from the alerts from redfin",
		"Can I unsubscribe from the email newsletter but keep getting the appointment texts?")
	requireOptOuts(t, d, "how do i unsubscribe from your texts", "how do i unsubscribe from the text alerts",
		"how do I unsubscribe from these", "unsubscribe me from the email newsletter and the appointment texts")
}

// TestNextOneAndMailOnlyTo: "next one goes to the AG" threatens a
// complaint like "next text goes to the attorney general", and "Mail
// only to the PO box" moves the lead to mail; "the email only to my
// husband" names an email, not a channel. Rules alone.
func TestNextOneAndMailOnlyTo(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "Next one goes to the Georgia AG. Consider this your notice",
		"I don't do texts. Mail only to the PO box if you have to reach me", "email only to my work address from now")
	requireNoOptOuts(t, d, "the next one is on friday, I'll report back", "send the email only to my husband please")
}

// TestPorAcaSi: "no me llames que no puedo atender. Por acá sí." refuses
// calls and welcomes texts, so consent to texts stands; "por acá sí que
// no" welcomes nothing. Rules alone.
func TestPorAcaSi(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "Hola Paola, ahora estoy en el laburo, no me llames que no puedo atender. Por acá sí.")
	requireOptOuts(t, d, "no me llamen ni me escriban, por aca si que no")
}

// TestStillArrivingAndNumberGivenByMistake: "ya me desuscribí, q raro q
// me siga llegando esto" revokes (the messages still coming sit in the
// next clause), but "me desuscribí del club de golf. ¿Siguen con la
// oferta?" does not; a number put on a form "by mistake" is why the lead
// wants off, not an unsubscription undone, so the learned tier may read
// "I don't want these. take it off."; "unsubscribed by mistake" and "hit
// stop by mistake" still undo.
func TestStillArrivingAndNumberGivenByMistake(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "eso fue hace mucho, yo ya me desuscribi, q raro q me siga llegando esto")
	requireNoOptOuts(t, rules, "me desuscribí del club de golf. ¿Siguen con la oferta de la casa?")
	d := dnc.New(nil)
	requireOptOuts(t, d, "my daughter put this number on some form by mistake. I don't want these. take it off.")
	requireNoOptOuts(t, d, "I unsubscribed by mistake, can you add me back", "I hit stop by mistake", "oops I put the wrong zip by mistake, it's 77002")
}

// TestReviewOfStop42OptOuts: the look-alikes a review found for this
// stop's opt-out rules: a document sent to a lawyer next, "por acá sí te
// aviso" after texts refused, another thing left and other things
// arriving, and a document sent "by email only to" someone; "el próximo
// va directo a Profeco" threatens. Rules alone.
func TestReviewOfStop42OptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "el próximo va directo a Profeco", "no me llames ni me mandes nada, por aca si te aviso si me interesa")
	requireNoOptOuts(t, d, "I signed the first doc, next one goes to my lawyer to look over",
		"me di de baja del gym y ahora me llegan cobros dobles, necesito vender rapido",
		"ya me desuscribí del boletín de la escuela. me llegan muchos correos, pero los de ustedes sí los quiero",
		"send the appraisal by email only to my wife please", "mándenme el contrato por correo solamente a mi esposa")
}

// TestDev205OptOutLookAlikes: a thing named and then "remove it" (a late
// fee), a request told to another company with "ustedes sí me pueden
// escribir", and paper letters redirected to a new address are no
// revocation; "remove it. remove me too" still is. Rules alone.
func TestDev205OptOutLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d, "They charged me a late fee de $35, can you remove it? pagué on time",
		"Le dije a la otra compañía que ya no me llamen, pero ustedes sí me pueden escribir",
		"Stop sending the paper letters to the old address, send them to my new apartment instead")
	requireOptOuts(t, d, "I got your texts about the listing. remove it. remove me too")
}

// TestDeathWithNoContactIsNoRevocation: a parent's death told with no
// word of the contact ("she passed in march and none of us kids want to
// keep it") may be why the family sells, so the learned tier's opt-out
// goes to a person instead of suppressing the number; a number that was
// the deceased's is not suppressed by this either.
func TestDeathWithNoContactIsNoRevocation(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	// stop 48's model reads no opt-out in it at all (p 0.02), which is
	// as good: the AI may answer it
	require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: "it was my mom's. she passed in march and none of us kids want to keep it"}).Kind)
	require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: "this number was my dad's, he passed away last year"}).Kind)
}

// TestSecondReviewOfStop42OptOuts: a death with no word of the contact
// goes to a person instead of being dropped ("my wife passed away ...
// please respect that"), and "we passed already" is no death; "por acá
// sí" welcomes texts with "porfa" or a request after it and after "ni me
// escribas al correo", not after "ni me mandes nada"; "next one is a
// report to the BBB" threatens; "remove it all, I'm not interested"
// revokes though a thing was named; "send all updates by email only from
// now on" is a channel request, not a document sent to someone.
func TestSecondReviewOfStop42OptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	require.Equal(t, dnc.PossibleOptOut, d.Detect(dnc.Input{Text: "my wife passed away. I'm not interested in any of this. please respect that."}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "I already passed, we're done here"}).Kind)
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "no me llames ni me escribas al correo, por acá sí", "no me llames porfa, por aca si mandame la info",
		"no me llames que no puedo atender. Por acá sí porfa")
	requireOptOuts(t, rules, "no me llames ni me mandes nada, por aca si te aviso si me interesa", "the next one is a report to the BBB",
		"I never asked for an appointment. remove it all, I'm not interested", "please send all updates by email only from now on")
}

// TestThirdReviewOfStop42OptOuts: a fee disputed and "please remove it"
// is no revocation though "never" is in the message; "mom has passed,
// we are done with this" goes to a person; "the next one is a report to
// the BBB" threatens and "the next one is the home inspection report"
// does not.
func TestThirdReviewOfStop42OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "they charged me a fee I never agreed to, please remove it",
		"the next one is the home inspection report, can you send it")
	requireOptOuts(t, rules, "the next one is a report to the BBB")
	require.Equal(t, dnc.PossibleOptOut, dnc.New(nil).Detect(dnc.Input{Text: "mom has passed, we are done with this, goodbye"}).Kind)
}

// TestNotInterestedRemoveIt: "remove it" after a thing named still
// revokes with "not interested" in the message. Rules alone.
func TestNotInterestedRemoveIt(t *testing.T) {
	t.Parallel()
	requireOptOuts(t, dnc.New(&dnc.Config{NoModel: true}), "I never asked for an appointment, remove it. not interested")
}

// TestBetterBusinessBureau: "BBB" reaches the rules that name it (it was
// read as a stretched "b", so every such rule was dead and "b" stood in
// for it); a report of some other business to it, or one someone else
// made with no word of this sender, is no revocation. Rules alone.
func TestBetterBusinessBureau(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "if these texts keep up the BBB hears about it", "I reported your company to the BBB",
		"my husband reported you guys to the FCC already", "already sent screenshots to the BBB")
	requireNoOptOuts(t, rules, "I reported the roofer to the BBB last year, thats why im careful",
		"reported it to my b", "is this the same outfit my cousin reported to the BBB?")
}

// TestSpanishRemovalsAskedAfter: a removal asked after in the past ("¿me
// quitaron de la lista?"), "bota mi número", "no se moleste en mandar
// más", a threat with "si me siguen escribiendo" revoke; a waiting list,
// a technician not to be sent, another sender's newsletter left with
// these welcome, and papers by mail sent by email instead do not. Rules
// alone.
func TestSpanishRemovalsAskedAfter(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "oiga y ya me quitaron de la lista? lo pedí la semana pasada", "bota mi numero mano",
		"no se moleste en mandarme más promociones", "no se molesten en seguir escribiendo",
		"llamo a la policía si me siguen escribiendo a esta hora")
	requireNoOptOuts(t, rules, "me quitaron de la lista de espera? necesito la cita", "no se moleste en mandar el técnico, ya quedó",
		"hice unsubscribe del boletín del seguro viejo, ustedes sí sigan", "stop sending the papers by mail, mándamelos por email")
}

// TestRelayedAndDictatedStops: a household member's stop asked now ("my
// grandpa is asking you to stop") or threatened on more messages ("mi
// esposa dice que si siguen escribiendo ..."), texts refused with "ni
// por mensaje", and a keyword with its comma said aloud revoke; a bus
// stop, a neighbour's story of a stop, deleting messages and calls
// refused with texts kept ("nomás por mensaje") do not. Rules alone.
func TestRelayedAndDictatedStops(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "my grandpa is asking you to stop, he can't sleep with the phone going off",
		"mi esposa dice que si siguen escribiendo va a hablar con su abogado", "no me llamen por favor, ni por mensaje",
		"stop all comma thanks")
	requireNoOptOuts(t, rules, "waiting at the bus stop now, I'll text you the address later",
		"my neighbor said she told you to stop, is that true?", "le dije a mi hijo ya deja de borrar los mensajes, sí quiero la info",
		"soy sordo, no me llamen, nomás por mensaje de texto porfa")
}

// TestEarlierMessageIsNoContact: a complaint that points at a message
// the lead already sent ("te lo dije hace dos mensajes", "in my last
// message") names no contact; the learned tier's opt-out stands down on
// it as on any complaint.
func TestEarlierMessageIsNoContact(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "¿es en serio? te dije AUTO hace dos mensajes. esto es una pérdida de tiempo")
}

// TestCentralAmericanAndGenZStops: messages named and then refused with
// a clitic ("ya no quiero recibirlos"), a removal asked after with the
// English "list", leaving the list in Spanish, spam reported as "it" or
// marked in a longer phrase revoke; another company told in Spanglish
// ("le dije al agente de la otra compañía"), the lead's own remittance,
// one offer swapped for another, a tool's spam filter, a report meant and
// not made, a policy the lead wants kept and packages refused do not.
// Rules alone.
func TestCentralAmericanAndGenZStops(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "estoy cansado de sus mensajes, ya no quiero recibirlos", "ya me sacaron de la list? I asked last week",
		"ya me salí de su lista y me siguen llegando", "this is spam, reporting it", "marking all of these as spam")
	requireNoOptOuts(t, rules, "le dije al agente de la otra compañía que stop calling, con ustedes sí quiero seguir",
		"dejé de mandar dinero este mes para pagar la luz", "dejen de mandarme la cotización vieja y mándenme la nueva",
		"our CRM keeps marking replies as spam, can yours filter better?", "I was gonna report this as spam but then I remembered the form",
		"I don't want to get dropped from my policy", "los paquetes llegan rotos, ya no quiero recibirlos así")
}

// TestFirstReviewOfStop43OptOuts: what the first review of stop 43
// found in its own changes. Leads who are buying ("no se moleste en
// mandar más info, ya decidimos comprar"), who want back on a list,
// whose document would be sent again, who work as police, whose
// neighbours or HOA ask, whose neighbour's story comes with the mother's
// question, who give a new number, and a tool's spam folder are no
// revocations; a report of "the company" to the BBB, "first stop the
// texts", "no me llamen por mensaje, no me interesa" and a husband's
// quoted stop told with "siempre" are. Rules alone.
func TestFirstReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "no se moleste en mandar mas info, ya decidimos comprar con ustedes",
		"no se moleste en buscar mas, esta casa es la que queremos", "no te molestes en seguir explicando, ya entendi, mandame el contrato",
		"por que me sacaron de la lista? si quiero recibir las ofertas", "me quitaron de la lista de precalificados? todavia quiero comprar",
		"nos borraron de la base del programa de vivienda, nos pueden volver a meter?",
		"mi abogado dice que si me vuelven a mandar el contrato con ese error no lo firmo",
		"trabajo de policia y si me siguen llamando en turno no puedo contestar mejor escribanme",
		"mi vecina dice que ya los reporto, mi mama pregunta si siguen teniendo casas",
		"the neighbors are asking you to stop, the noise starts at 6am", "our HOA is asking you to stop, you need a permit for the sign first",
		"if the calls keep dropping I'll block out an hour thursday and we can do it in person",
		"bota el numero viejo, este es mi nuevo", "I sent my husband your BBB page, he likes the reviews")
	requireOptOuts(t, rules, "I already reported the company to the BBB", "first stop the texts then maybe we can talk",
		"no me llamen por mensaje, no me interesa", `mi esposo que siempre contesta dice: "ya no nos manden mensajes"`,
		"my grandma is asking yall to stop", "unsubscribe me from the previous texts and all future ones")
	require.NotEqual(t, dnc.OptOut, dnc.New(nil).Detect(dnc.Input{Text: `le dije a mi mama "ya deja de borrar los mensajes"`}).Kind)
}

// TestTenantPutOut: "how do I legally get him out" (a tenant, before the
// sale) is no revocation for someone else; "get her out of your system"
// is. Rules alone.
func TestTenantPutOut(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "how do I legally get him out before we sell? he hasn't paid in months")
	requireOptOuts(t, rules, "my mom passed, please get her out of your system")
}

// TestKeywordToSomeoneAndRelayedUnsubscribe: a keyword with the one
// addressed after it ("PARA ya, vos", "STOP bro") is a keyword; "dice mi
// mamá que unsubscribe her please" takes the mother off; "unsubscribe
// her from the gym newsletter" is another list. Rules alone.
func TestKeywordToSomeoneAndRelayedUnsubscribe(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "PARA ya, vos", "STOP bro", "dice mi mamá que unsubscribe her please, she can't figure out how")
	requireNoOptOuts(t, rules, "how do I unsubscribe her from the gym newsletter")
}

// TestSecondReviewOfStop43OptOuts: what the second review of stop 43
// found. "Done with these" names the messages or is nothing ("done with
// these tenants"); "take him out" after a death revokes, only "get him
// out" of a place is a tenant's; the Spanish offer "¿quiere que lo dé de
// baja?" answered yes revokes again. Rules alone.
func TestSecondReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "yes im done with those", "I am done with these tenants, want to sell",
		"I'm done with these repairs, just want to sell as is", "I'm done with those guys, they never showed up. can you come friday?")
	requireOptOuts(t, rules, "I'm done with these texts", "my dad passed away, take him out please", "take him out of your phone book")
	require.Equal(t, dnc.OptOut, rules.Detect(dnc.Input{Text: "sí por favor", Asked: "¿Quiere que lo dé de baja de la lista?"}).Kind)
}

// TestThirdReviewOfStop43AndSpainOptOuts: from dev219 and dev221 and the
// third review of stop 43. Revocations: "denme de baja de todo", a
// threat in Spain's vosotros ("si me volvéis a escribir pongo una
// reclamación en la OCU") or to the sheriff, "ya saben qué hacer con mi
// número", "no me pueden estar texteando aquí"; not: a boat or a truck
// taken out, a user unsubscribed from seats, rain and the sheriff, calls
// refused with texts welcome. Rules alone.
func TestThirdReviewOfStop43AndSpainOptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "denme de baja de todo, correo y mensajes", "si me volvéis a escribir pongo una reclamación en la OCU",
		"si no paran I'm calling the sheriff", "ya saben qué hacer con mi número", "es mi celular del trabajo, no me pueden estar texteando aquí",
		"mom passed in june. take her out.")
	requireNoOptOuts(t, rules, "I'd like to take her out on the lake before I buy", "love the truck, when can I take her out for a spin",
		"one of our reps quit, how do I unsubscribe him? we're down to 4 seats", "si no para la lluvia el sheriff cierra el camino",
		"I don't use this number for calls much, texting is better")
}

// TestDontSendThem: "ya no me los manden" revokes when nothing else is
// named for "los" (alone, or after the messages named), not when a thing
// is ("ya compré los materiales") nor when texts are welcome instead.
// Rules alone.
func TestDontSendThem(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "ya no me los manden", "no me los manden más porfa", "esos mensajes, ya no me los manden")
	requireNoOptOuts(t, rules, "ya no me los manden, ya compré los materiales", "no me los manden por correo, mejor por whatsapp")
}

// TestFourthReviewOfStop43OptOuts: what the fourth review of stop 43
// found. A person taken off after a death or for a child revokes again
// ("unsubscribe him please", "take him out asap"), a user's seat does not;
// a sheriff sale, a lawyer told of a contract sent again, cancelling other
// policies "de todos los seguros", asking to keep sending houses, calls
// refused with texts welcome and a number given to call are no
// revocations. Rules alone.
func TestFourthReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "my husband passed away in may, unsubscribe him please", "my son is 12, unsubscribe him pls",
		"my husband passed last month, take him out asap", "take her out of your crm")
	requireNoOptOuts(t, rules, "if you could call me again before the sheriff sale that would really help",
		"the next text you get from me will have the sheriff sale date",
		"si me vuelve a mandar el contrato se lo paso a mi abogado para que lo revise",
		"me di de baja de todos los seguros para ahorrar, por eso busco algo más barato",
		"¿no me pueden estar mandando las casas nuevas por aquí?", "no me puede estar llamando a cada rato, mejor mándeme mensaje",
		"ya sabes qué hacer con mi número, llámame cuando quieras", "one of our reps quit, how do I unsubscribe him? we're down to 4 seats")
}

// TestFifthReviewOfStop43OptOuts: what the fifth review of stop 43
// found. "no me sigan mandando ofertas", "no me pueden estar mandando
// información que no pedí", "quiero darme de baja de todo lo que me
// mandan", "si me vuelves a escribir te demando" revoke; a dog taken
// out every morning and someone taken out of the will do not. Rules
// alone.
func TestFifthReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "no me sigan mandando ofertas", "no me pueden estar mandando informacion que no pedi",
		"no me pueden estar escribiendo a todas horas", "quiero darme de baja de todo lo que me mandan", "denme de baja de todas las listas",
		"si me vuelves a escribir te demando")
	requireNoOptOuts(t, rules, "my dog is fine, we take him out every morning", "we had to take him out of the will",
		"si me vuelves a llamar mañana te digo lo que dijo el abogado")
}

// TestSixthReviewOfStop43OptOuts: what the sixth review of stop 43
// found. "take him out of the mailings" after a death revokes again (an
// outing needs its word: "every morning", "of the will"); "no me pueden
// estar llamando a todas horas, mejor mándeme mensaje" and "¿no me
// pueden estar mandando las casas nuevas que salgan en mi zona?" are no
// revocations; a complaint to the manager and the lead's own policies
// cancelled are none either. Rules alone.
func TestSixthReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, rules, "my husband passed away in march, take him out of the mailings", "she moved out, take her out of the chat",
		"please take him out right away")
	requireNoOptOuts(t, rules, "no me pueden estar llamando a todas horas, mejor mándeme mensaje",
		"¿no me pueden estar mandando las casas nuevas que salgan en mi zona?", "si me vuelven a mandar la factura mal me quejo con el gerente",
		"quiero darme de baja de todos mis seguros con ustedes", "can i take him out of school early for the closing")
}

// TestSeventhReviewOfStop43OptOuts: what the seventh review of stop 43
// found. An outing is any word after "take her out" but a removal's
// ("this weekend", "around 6"), and contact named after it is a removal
// again ("of the mailings"); "no me pueden estar mandando ofertas a cada
// rato" and "... llamando a todas horas, ya no quiero nada" revoke, a
// request for new houses does not; "me quejo con la profeco" and
// "reporto el número como spam" threaten; "de todo lo que me han mandado"
// is everything. Rules alone.
func TestSeventhReviewOfStop43OptOuts(t *testing.T) {
	t.Parallel()
	rules := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, rules, "I'll take her out this weekend to see the houses", "I take him out around 6 every night, call after that",
		"¿no me pueden estar mandando las casas nuevas que salgan en mi zona?")
	requireOptOuts(t, rules, "he passed, take him out of the group text", "no me pueden estar mandando ofertas a cada rato",
		"no me pueden estar llamando a todas horas, ya no quiero nada", "si me vuelven a escribir me quejo con la profeco",
		"si me vuelven a escribir reporto el numero como spam", "quiero darme de baja de todo lo que me han mandado")
}

// TestEnoughOfMessages: "ya basta de mensajes" says enough as "ya basta
// con los mensajes" does, said by the lead or relayed from the
// household ("mi papá dice: ya basta de mensajes").
func TestEnoughOfMessages(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d, "ya basta de mensajes", "mi papá dice: ya basta de mensajes", "suficiente de textos, gracias")
	requireNoOptOuts(t, d, "basta de preguntas, ¿cuánto me ofrecen por la casa?")
}

// TestStopThenApology: a keyword followed by an apology for sending it
// ("STOP. Sorry, too much going on with my dad right now") is sent; an
// apology for a slip ("Stop, sorry, that was for my son", "STOP. sorry
// wrong chat") takes it back, and "stop, that's too much money lol" is
// an exclamation at the offer.
func TestStopThenApology(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"STOP. Sorry, too much going on with my dad right now.",
		"QUIT. Sorry, too much going on with my dad right now.",
		"Stop. Sorry for the trouble, we are not selling anymore",
	)
	requireNoOptOuts(t, d,
		"Stop, sorry, that was for my son",
		"STOP. sorry wrong chat",
		"stop, that is too much money lol",
		"Stop, sorry, I typed it wrong. It's 3 bedrooms",
	)
}

// TestIndirectOptOutsGrief: revocations that name no stop word, from
// leads in grief, illness or a move ("I replied the magic word twice
// already", "I need my phone for family only", "you don't need to keep
// checking in with me", "so these texts end", "I'd appreciate it if this
// is the last one", "Forget me", "leave it out of your campaigns",
// "make sure I don't hear from you guys again", messages forwarded to a
// lawyer named in the message, a complaint filed with DACO, a text sent
// to 7726), and their look-alikes.
func TestIndirectOptOutsGrief(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"I replied the magic word twice already. Your system isn't listening.",
		"I'm not in a place to talk about houses. I need my phone for family only.",
		"we're set, so you don't need to keep checking in with me",
		"Who do I have to talk to so these texts end?",
		"Not the owner. I'd appreciate it if this is the last one.",
		"Forget me, for real.",
		"This phone is getting shut off anyway but until then, leave it out of your campaigns.",
		"Can you make sure I don't hear from you guys again?",
		"My lawyer is handling the estate. Anything else you send goes straight to her.",
		"Mi abogada se está encargando de la herencia. Cualquier mensaje más se lo reenvío a ella.",
		"Si siguen escribiendo, pongo la querella en DACO.",
		"Ya lo mandé al 7726 como spam.",
	)
	requireNoOptOuts(t, d,
		"so your texts stop at 9pm right?",
		"forget me not seeds lol, anyway what's the offer",
		"if I don't hear from you again by Friday I'll go with the other buyer",
		"Send the offer, anything else you send goes to my lawyer too so she can review it",
		"anything else you send goes to my wife, she handles the money",
		"don't forget me when it lists",
		"keep me out of it, talk to my husband about the price",
	)
}

// TestCustomerServiceLookAlikes: customer-service chat that names
// opting out, a do-not-call list, a wrong number or being left alone
// without revoking: a question about what opting out of emails does,
// notifications missed, another line put on the list with this one
// given, tenants who should leave the lead alone, the number on file
// replaced by this one. The requests themselves still revoke.
func TestCustomerServiceLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"Quick question: does opting out of marketing emails also turn off my closing notifications? I still need those.",
		"I'm not getting any notifications about my claim. Can you check whether my number is entered correctly?",
		"I put my landline on the do not call list years ago, so please use this cell for everything.",
		"Honestly I just want the roof fixed so my tenants will leave me alone about the drip.",
		"Oye, el número que tienen en el file es el de mi ex, wrong number totally. Este es el mío, use this one.",
	)
	requireOptOuts(t, d,
		"I don't want to get any more messages",
		"I wish you would leave me alone",
		"please opt me out of these texts",
		"wrong number, I don't know any Maria",
		"add me to your do not call list",
	)
}

// TestIndirectOptOutLookAlikes: the review of the rules above. A nudge
// for more contact ("did you forget me?", "I never hear from you guys
// anymore"), a sign-off, a keyword from an ad sent to get the offer,
// paperwork that should be the last, a question about the sender's
// emergency line or another line given, papers passed to a lawyer for a
// closing, texts to be sent to a new number, a lawsuit against someone
// else, a house number 7726, a price that is "too much to ask", a stop
// meant for someone else: none revokes. Their variants do.
func TestIndirectOptOutLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"Did you forget me? Still waiting on that quote",
		"I never hear from you guys anymore, is the deal still on?",
		"In case I don't hear from you again before closing, thanks for everything",
		"Me basta con los mensajes, no hace falta que me llamen",
		"Leave it out of the campaign for now, the landing page isn't ready",
		"I replied the magic word HOME like the postcard said, where's my valuation?",
		"I'd appreciate it if this was the last one, I've uploaded 5 bank statements already",
		"Is this line for emergencies only? My AC is out and it's 95 in here",
		"My wife's cell is for emergencies only, text me at this one",
		"El número de mi esposa es solo para emergencias, a mí escríbanme aquí",
		"My attorney handles the closing, anything else you send goes to her",
		"Police report number is 2231. Any further messages go to my husband, he's handling the claim",
		"Please update my number so your texts stop going to my old phone",
		"Le vamos a meter una demanda al contratista anterior, por eso necesito la cotización",
		"Ya le envié el contrato de la 7726",
		"Can you send the inspector to 7726",
		"Stop, that's too much to ask for a 2 bed",
		"Stop, sorry, wasn't talking to you",
		"STOP. sorry, that was supposed to go to my sister",
	)
	requireOptOuts(t, d,
		"Who do I have to talk to so the texts stop?",
		"Who do I have to talk to so that these texts stop?",
		"Anything else you send I'm forwarding to my attorney",
		"Cualquier otro mensaje se lo reenvío a mi abogado",
		"Lo reporté al 7726",
		"I'd appreciate it if that was the last one",
		"Please leave us out of future campaigns",
		"STOP. Sorry, it's too much with my mom in the hospital",
	)
}

// TestSpanishRequestToldBefore: a removal asked of the sender's staff
// before ("le pedí a otra muchacha de ustedes que me sacaran de su
// lista y aquí siguen", "otra vez les dije que ya no me escribieran",
// "les pedí que no me llamaran más") revokes; a request to be called
// told ("les dije que me llamaran en la tarde") and one told to another
// company, before or after the telling ("a la otra aseguradora le dije
// que ya no me llamaran") do not.
func TestSpanishRequestToldBefore(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"el mes pasado le pedí a otra muchacha de ustedes que me sacaran de su lista y aquí siguen. hágame el favor",
		"otra vez les dije que ya no me escribieran",
		"les dije otra vez que me sacaran de su lista",
		"le dije a su agente que ya no me escribieran",
		"les pedí que no me llamaran más",
		"les pedí que me dejaran de llamar",
	)
	requireNoOptOuts(t, d,
		"les dije que me llamaran en la tarde",
		"les dije que me escribieran por whatsapp",
		"Le cuento que a la otra aseguradora le dije que ya no me llamaran, por eso le escribo a usted, sumercé.",
		"le pedí a la otra compañía que me sacaran de su lista",
	)
}

// TestSpanishRequestToldBeforeReview: a request told about content or
// timing ("que no me mandaran el contrato hasta que…", "que no me
// molestaran en la mañana, que me llamaran en la tarde") is no removal;
// "la otra semana", "otro día", "en otro mensaje" are times, not another
// company, and "otro de sus agentes" is the sender's.
func TestSpanishRequestToldBeforeReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"Les dije que no me mandaran el contrato hasta que mi abogado lo revise",
		"Les pedí que no me molestaran en la mañana, que me llamaran en la tarde",
	)
	requireOptOuts(t, d,
		"La otra semana les pedí que me sacaran de la lista y siguen mandando",
		"Otro día les pedí que me sacaran de la lista y siguen",
		"En otro mensaje les pedí que me borraran de su lista",
		"Ya le dije a otro de sus agentes que me quitaran de la lista",
		"Les dije que ni me llamaran ni me mandaran nada",
	)
}

// TestCaregiverOptOuts: revocations by caregivers for a parent ("Leave
// him be.", "I don't want anyone from your agency texting him again",
// "I'd appreciate it if this was the last follow-up", "how many times do
// I have to say we're not interested before these end", "si vuelven a
// mandar algo, le paso todo a mi abogado", "eso ya es acoso"); paper
// mail from other companies to unsubscribe from is not one.
func TestCaregiverOptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"My dad is 88 and hard of hearing and your texts wake him up at 7am. Leave him be.",
		"We already have coverage for Dad through the co-op. I don't want anyone from your agency texting him again.",
		"I just don't think it's a fit for our little clinic. I'd appreciate it if this was the last follow-up.",
		"How many times do I have to say we're not interested before these end",
		"Si vuelven a mandar algo, le paso todo a mi abogado.",
		"Llevan tres semanas escribiéndole a mi mamá a diario. Eso ya es acoso y se tiene que acabar.",
	)
	requireNoOptOuts(t, d,
		"How do I unsubscribe Dad from all the paper mail he gets from other companies about reverse mortgages?",
		"leave her be for a minute, she's resting, then the tech can come in",
	)
}

// TestSpanishRequestToldBeforeThirdReview: when the request was made
// ("la semana pasada") is no limit on it, and "otra muchacha de la
// compañía" is the sender's.
func TestSpanishRequestToldBeforeThirdReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"ya les dije que no me escribieran la semana pasada y siguen",
		"ya les dije que no me llamaran en todo el día y siguen",
		"ya le dije a otra muchacha de la compañía que no me escribieran más",
	)
}

// TestCaregiverOptOutsReview: the review of the caregiver cues.
func TestCaregiverOptOutsReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireNoOptOuts(t, d,
		"I want to lock the rate before they stop offering it",
		"Can I still get the rebate before they end?",
		"We get paid on these contracts until they end in June",
		"Just the countertops please, the cabinets are fine, leave them be",
		"The tenants are renting month to month, leave them be",
		"I don't want anybody else calling me again, only Maria please",
		"Si vuelven a llamar los del banco le paso todo a mi abogado",
		"Mi inquilino me manda mensajes a diario, eso ya es acoso, por eso quiero vender",
		"Les dije que no me llamaran los domingos",
	)
	requireOptOuts(t, d,
		"Please unsubscribe me, I already went with one of the other companies",
		"Unsubscribe me please, I'm tired of all the mail from you and other companies",
		"Please leave my dad be, your texts wake him up",
		"Leave him be please, he's 89 and your texts confuse him",
		"I don't want anyone texting my father again",
		"Hopefully this is the last follow up",
		"Esto es puro acoso",
	)
}

// TestCaregiverOptOutsFifthReview: bare refusals on someone's behalf
// revoke, as do "don't want anyone … again" with "someone else" further
// on, harassment by the sender ("me llama todos los días, esto ya es
// acoso") and "until they stop" after a threat; harassment by a landlord
// or an HOA and calls to one's tenants or lender do not.
func TestCaregiverOptOutsFifthReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"Leave him be. He's not interested.",
		"Leave them be, they already said no",
		"My dad has dementia, please just leave him be",
		"My mother is in hospice. Leave her be.",
		"Leave my dad be.",
		"I don't want anyone from your company calling me again. I already went with someone else.",
		"I don't want anyone texting me again, I only asked for a quote once",
		"Me llama todos los días, esto ya es acoso",
		"Me molesta que me escriban tanto, eso ya es acoso",
		"I'll keep blocking every number until they stop",
	)
	requireNoOptOuts(t, d,
		"Mi casero entra a la casa sin avisar, ya es acoso",
		"El HOA me multa cada semana, ya es acoso",
		"I don't want anyone calling my tenants again without notice",
		"I don't want anyone calling my lender again before I approve it",
		"The tenants are renting month to month, leave them be",
	)
}

// TestNeverAnswersBack: "you never text me back" complains that the
// sender does not answer; the lead wants more contact. With no subject
// before it, "never text me back" is a request like "never text me
// again".
func TestNeverAnswersBack(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "you never text me back", "you guys never text me back, is this still available?",
		"they never call me back when they say they will")
	requireOptOuts(t, d, "never text me back. ever.", "you never text me again", "never text me again")
}

// TestOptOutClassesStop46: the classes a hard development set of stop 46
// showed the rules missing, in our own words: a wrong person named with
// no stock phrase, a reassigned number in Spanish, threats to counsel or
// a regulator, a spam report flagged to 7726, consent told as withdrawn,
// a wish to be left alone, a keyword already sent, a relative's earlier
// opt-out, a company-issued phone, "put me back on" told of someone else,
// and a line kept for emergencies. Each beside a look-alike the same
// words do not make a revocation.
func TestOptOutClassesStop46(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"nobody named Darnell here, please update your list",
		"There's no Mrs. Whitaker at this number anymore.",
		"no one here by that name",
		"this phone used to belong to somebody else, I just got it in May",
		"Este celular es nuevo, no conozco a esa persona.",
		"el dueño anterior de este número ya no lo usa",
		"Text me one more time and I'm sending all of it to our counsel.",
		"Keep it up and these go to the CFPB.",
		"if we get another message like this I'm filing with the CFPB",
		"Si vuelvo a recibir otro texto suyo pongo una queja en PROFECO.",
		"Flagged this with 7726 just now",
		"Please consider my consent withdrawn.",
		"our permission is revoked as of today",
		"Revoqué mi autorización hace un mes.",
		"I'd prefer to be left alone, thanks.",
		"This number used to be somebody else's, please update it.",
		"This is my home phone. Please use it for nothing but emergencies.",
		"I would rather not hear from anyone at your office again.",
		"please don't keep texting me about the house",
		"I put this number on donotcall.gov years ago.",
		"I replied with the keyword twice already",
		"My husband opted us out in March. Why are we getting these?",
		"Heads up, this is a county-issued phone and I can't take sales texts on it.",
		"Somebody put me back on your list. Take me off again.",
		"We're set with our current provider, and I'd ask that the texts end here.",
		"I'd ask that you not text this number again.",
		"Thanks for everything but I'm not needing the promo texts.",
		"we don't want to keep hearing from you about this",
		"My mother passed in June. Her family does not want these texts.",
		"This phone is for the ER. Please use it for nothing but emergencies.",
		"no requiero más mensajes de su parte",
		"Déjenme tranquilo, por favor.",
	)
	requireNoOptOuts(t, d,
		"there's no rush on this, the house is staying empty",
		"nobody named a price yet, we're still thinking",
		"el dueño anterior de la casa dejó todo roto",
		"our counsel is reviewing the purchase agreement",
		"if I get another quote I'll let you know",
		"filed a complaint with the CFPB about my old servicer last year",
		"si vuelvo a recibir la carta del banco le aviso",
		"I flagged the 7726 thing to my wife, she didn't know",
		"the seller would prefer to be left alone during showings",
		"I'd rather not hear from the lender again until the appraisal is in",
		"I texted the keyword to join last week",
		"I texted the word YES to confirm and it still hasn't been scheduled",
		"I opted us out by mistake, can you put us back on?",
		"can you put me back on the list? I unsubscribed by mistake",
		"we don't want to keep getting the runaround on the price",
		"my phone is nothing but trouble lately, can you email the quote",
		"Do your sequences include an opt-out line? We need it for patient reminders.",
		"I blocked two other cash-buyer numbers this week but your offer seemed fair",
		"don't email me, my inbox is a mess, just text this number",
		"No more calls please, texting works better for me.",
		"how would I turn off the email updates but keep getting texts?",
		"Take me off the Monday call, my partner will join. Keep sending me the notes though.",
		// a review of this stop's rules
		"Nobody called me at this number like you promised.",
		"There's no one at this number in the daytime, text after 6",
		"I sent your keyword CONFIRM already, are we still on for Friday?",
		"I texted the keyword START again and still no updates.",
		"Este teléfono es nuevo, es el de mi esposo. Sigan escribiendo aquí.",
		"Este número es nuevo, guárdalo por favor.",
		"¿Tienen el teléfono del dueño anterior? Quiero preguntarle por la cerca.",
		"We don't want to keep getting these leaks, when can you come out?",
		"I don't want to keep hearing from the bank that it's pending, can you call them?",
		"I'd ask that you not call before 9am, texts are fine anytime.",
		"I'd ask that you not text during school pickup, 3 to 4.",
		"The lender opted us out of escrow, does that change the payment?",
		"Our permission was revoked by the HOA so the fence is on hold.",
		"I checked donotcall.gov and my number isn't even on it.",
		"This is a company issued phone, text me here anytime during business hours.",
		"It is a company owned line, can you port it to the new plan?",
		"The generator? We use it for nothing but emergencies.",
		"If you call again tomorrow I'll have our counsel on the line.",
		"Si vuelvo a recibir un mensaje del ajustador te lo reenvío para la reclamación.",
		"Text me one more time with the address and I'll block out Saturday",
	)
	// a complaint that they keep texting welcomes nothing, and a stop that
	// names no other channel is not a channel preference
	requireOptOuts(t, d,
		"I unsubscribed from your emails, why do you keep sending me text messages?",
		"Sure, keep texting me, I'll keep ignoring it. Or just take me off.",
	)
}

// TestOptOutClassesStop46Second: the classes a second round of hard
// development sets (stop 46) showed missing, in our own words: texts
// passed on or refused ahead, a wish that this be the last message, a
// complaint filed about the texts, the number reported through the
// carrier, a request to be left out or let be, and Spanish refusals of
// every channel, of the company, of the lead's data, a relative's or an
// office's number. Beside each, the same words about something else.
func TestOptOutClassesStop46Second(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"Appreciate it, but I'll pass on any more texts.",
		"no thanks to the next ten messages either",
		"I'd rather these messages didn't continue, thanks.",
		"Could you make sure that this be the last text from your office?",
		"I'd like this to be the end of it.",
		"We're set. I don't need any more check-ins.",
		"We filed a complaint with the FCC about your texts this morning.",
		"Just reported the number through my carrier's app.",
		"Forwarded all of it to the CFPB.",
		"I rent here. I'd appreciate being left out of this.",
		"She's in hospice, please just let us be.",
		"Ni por WhatsApp ni por llamada, gracias.",
		"No queremos nada con ustedes, ya vendimos.",
		"Borren mi info de su sistema, gracias.",
		"Mi papá está enfermo, déjenlo en paz.",
		"El número que tienen es de mi abuela, ella no usa mensajes.",
		"Este celular es de mi trabajo y me llaman la atención por sus textos.",
		"See you in court if this keeps up.",
		"That's my last reply, and I'd ask that it be your last text.",
		"Kindly direct nothing further to this number.",
		"Ya van seis mensajes, el próximo mensaje que me llegue lo reporto con las autoridades.",
		"All fixed by my cousin, so I'd rather not keep getting texts about it, thanks.",
	)
	requireNoOptOuts(t, d,
		"I'll pass on the inspection, just send the offer",
		"no thanks on the warranty add-on",
		"I filed a complaint with the county about the permit",
		"I reported a number to the FTC last week for pretending to be my bank.",
		"my mom asked to be left out of the will",
		"let me be clear, I want the offer",
		"can you let us be the first to see it?",
		"Ni modo, ni por llamada se arregló lo del banco, pásame la oferta.",
		"no quiero nada con el banco anterior, por eso les escribo",
		"Este celular es de mi trabajo, escríbanme aquí sin problema.",
		// a review of these rules
		"¿Este número es de la oficina o es su celular?",
		"Este número es de mi trabajo, mándenme la oferta por aquí.",
		"My neighbor filed a complaint with the HOA about these calls from the contractor next door.",
		"I filed a complaint about your texts last year but Mike fixed it, we're good now, send the new offer.",
		"I reported the number of the scammer to my carrier, is yours legit?",
		"Forwarded the old lender's letters to the CFPB, now let's get this refi moving.",
		"See you in court Tuesday for the probate hearing, bring the listing paperwork.",
		"I'd like to be taken out of this lease, can you help me sell?",
		"I'd like to be left out of it, talk to my wife, she's handling the sale.",
		"I told you the lockbox needs to be left on the side door.",
		"I'd like this to be the end of it, just send the final numbers and we'll sign.",
		"I don't need any more check ups on the furnace, it runs fine now.",
		"I'd rather your texts not come after 8pm, otherwise fine.",
		"I ask that this be the last one I need to sign, we've done three already.",
		"I'd ask that it be the last one I sign, then we close.",
		"I'd rather not keep getting texts after 9pm, mornings are fine.",
		"No me han mandado nada, ni por mensaje ni por llamada. Sigo esperando la oferta.",
		"El jardín déjenlo en paz, solo quiero cotización del techo.",
		"No queremos nada con ustedes hasta que nos den el precio por escrito.",
		"El número que tienen es de mi esposo, él es el interesado, llámenle en la tarde.",
	)
}

// TestOptOutClassesStop47: the classes of dev245 and dev246 (80 %
// Spanish, and English with few of the stock words), in our own words:
// the post instead of this phone, no business by text, a phone that
// belongs to an employer or is off limits, a correspondence ended, ways
// parted, a minor's phone, "go pester someone else", "take the hint",
// a report to a phone company or as a scam, and in Spanish the post
// only, no deals by message, a number marked as spam and one to pretend
// does not exist. The look-alikes use the same words for other things.
func TestOptOutClassesStop47(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"From now on send anything by regular mail only, not to this cell.",
		"Paper letters only, please.",
		"I don't do business over text, sorry.",
		"This cell belongs to my employer.",
		"Please consider my number off limits.",
		"My dad's number is off limits from here on out.",
		"Company cell. Not yours to call.",
		"Not the right person.",
		"Any paperwork goes to the PO box. Not to this number.",
		"I would like all further correspondence to end now.",
		"Thanks, but this is where we part ways.",
		"There's no reason to keep me on your list anymore.",
		"Strike my number from your sheet, thanks.",
		"my wife reads this tablet, leave us off whatever this is",
		"I think I'll pass on any more of these.",
		"this is the reception line for a vet clinic, we can't have sales texts on it",
		"You're texting a minor. I'm his dad. This ends now.",
		"Go pester somebody else.",
		"Eight texts, zero replies. Take the hint.",
		"Screenshots forwarded to T-Mobile already.",
		"I flagged this number as a scam on my phone.",
		"I was supposed to have been dropped from it in June.",
		"Wrote your office twice to be left alone.",
		"Solo por correo postal, nada al celular por favor.",
		"No hacemos tratos por mensajes de texto.",
		"Marqué este número como spam ayer.",
		"Hagan de cuenta que este número no existe.",
	)
	requireNoOptOuts(t, d,
		"The letters only arrived yesterday.",
		"Regular mail only takes two days out here.",
		"We never do deals over text, come by the office Tuesday.",
		"I don't do business over text, what's your number? I'll ring you.",
		"Does this phone belong to the company or the agent?",
		"It's not the right number of bedrooms for us.",
		"Not the right person for this, the owner decides.",
		"I'd like our correspondence to end up in one thread.",
		"My husband says this is where we part ways with the old roofer.",
		"He never took the hint about the price.",
		"There's no need to keep me on hold, text me back.",
		"My son is texting a kid from school about the yard sale.",
		"Can you bug someone else at the office for the form?",
		"I reported the claim to my carrier already, do you need the number?",
		"Leave me off at the corner by the mailbox.",
		"Take me off the email list, I never read those. Texts here are good though.",
		"Unsubscribed from the newsletter but keep me on for texts about the listings.",
		"Leave me off the group chat and just text me directly.",
		"The neighbors asked to be left alone during the remodel.",
		"My cell is off limits during work hours, evenings are fine.",
		// review: a document, someone else, an owner answering, a bill
		"please leave my number off the listing",
		"scratch my number from the flyer, use my wife's",
		"leave her off the deed, it's only in my name",
		"his cell is off limits, he's recovering, text me here",
		"this is the shop phone, I'm the owner, what would you offer for the building?",
		"this phone belongs to my job so please text after 5",
		"the payoff check goes by regular mail only, no wires",
		"the tenants were supposed to have been removed by the sheriff last week",
		"marqué este número como spam sin querer, perdón",
		"this is my kids phone, text me at my cell instead",
		"Ya no hace falta que me manden la cotización, mi esposo ya la tiene.",
		"Ya no me anden buscando al técnico, ya llegó.",
		"One more question for the lawyer: when is closing?",
	)
	requireOptOuts(t, d,
		"Y tampoco queremos más mensajes, gracias.",
		"Ya no hace falta que me manden nada, ya vendimos.",
		"Ya no hay necesidad de que nos anden escribiendo, gracias.",
		"Les pido que ya no me tengan en sus listas.",
		"Creo que le erraron de número, aquí no vive ningún Pedro.",
		"Send one more and my lawyer hears about it.",
		"my number's off limits from now on",
		"by post only, not this phone",
		"you're texting a 15 year old, try a different number",
	)
}

// TestOptOutClassesStop47Conversations: the classes dev244 (stop 47) showed missing,
// in our own words: the lead's number, rather than the lead, to be left
// out from here on, and a follow-up the business announces without a
// question, declined ("I'll check back next month" - "I'd rather you
// didn't"). Beside each, the same words about something else or with an
// invitation back.
func TestOptOutClassesStop47Conversations(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"My son set this up. I'd like this number left out of it from here on.",
		"Would appreciate my cell being kept out of this, thanks.",
		"We'd want our phone kept out of things going forward.",
	)
	requireNoOptOuts(t, d,
		"I'd like my number left out of it, call my husband's cell instead.",
		"I'd want our number kept out of it when you post the listing.",
		"I'd prefer my number kept out of the public listing.",
		"I'd like the old phone line left out of the inspection report.",
		"I'd like my number kept out of it, the tenants don't know we're selling.",
	)
	for _, tc := range []struct {
		asked, reply string
		optOut       bool
	}{
		{"Totally fine! I'll check back in a few weeks.", "Truthfully I'd rather you didn't. If we change our minds we'll reach out.", true},
		{"No worries, we'll follow up next month.", "Please don't. We found a buyer.", true},
		{"Great, I'll text you again soon.", "I'd prefer you didn't, thank you.", true},
		{"Perfecto, le escribo la otra semana para ver cómo siguen.", "Prefiero que no, gracias.", true},
		{"Sounds good, I'll check back in a couple of months.", "No thanks, I'll be the one to reach out when we're ready.", true},
		// an invitation back, one message refused, a day that does not work
		{"Sounds good, I'll check back in a couple of months.", "No thanks, check back after the holidays.", false},
		{"I'll check back in a couple of weeks.", "I'd rather you didn't, just text me once the quote is done.", false},
		{"I'll text you the floor plan tonight.", "I'd rather you didn't.", false},
		{"I'll text you the floor plan tonight.", "Please don't, email it instead.", false},
		{"I'll follow up Thursday.", "Nah, I'm slammed at work Thursday.", false},
		{"I'll follow up Thursday.", "No, you can reach me Friday though.", false},
		{"I'll check back in a couple of weeks.", "Sounds good, thanks!", false},
		// review: one thing promised, or a reason after a mild no
		{"I'll text you back in a bit with the lockbox code.", "no need, my neighbor has it", false},
		{"I'll follow up with the inspection photos this afternoon.", "no need, the inspector emailed them", false},
		{"I'll check back in a few weeks!", "no thanks, we signed with a realtor", false},
	} {
		r := d.Detect(dnc.Input{Text: tc.reply, Asked: tc.asked})
		want := dnc.None
		if tc.optOut {
			want = dnc.OptOut
		}
		require.Equal(t, want, r.Kind, "%q after %q (%s)", tc.reply, tc.asked, r.Rule)
	}
}

// TestModelAloneOnOwn: "alone" as by oneself, in a message that names no
// contact, is no revocation for the model ("can't cover the note
// alone"); left alone, or alone beside a word of contact, still is.
func TestModelAloneOnOwn(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"We split last spring and I can't cover the note alone. He's not helping with any of it.",
		"Dad passed and mom lives alone out there now, none of us can keep up with it.",
	)
	requireOptOuts(t, d,
		"Please just leave me alone.",
		"I'm alone in this and I want no more of these texts.",
	)
}

// TestOptOutClassesStop47Third: the classes of dev247 (English from the
// West Coast) and dev248 (Caribbean and Central American Spanish and
// Spanglish), in our own words: an ending said plainly ("we're done
// here", "hasta aquí llegamos", "dar esto por terminado"), "don't bother
// circling back", a curt "never again", "give it a rest", texting that
// "has to stop", never having agreed to the texts, a promise of no more
// broken, "one more and it goes to the AG", a job's line, "the last time
// I want to hear from you", offers kept to yourselves, "desaparezcan mi
// número", "pueden dejarme tranquilo", and threats after their
// condition. The look-alikes: the work done, a promise about terms,
// updates about one thing, another channel refused with texts welcome.
func TestOptOutClassesStop47Third(t *testing.T) {
	t.Parallel()
	d := dnc.New(&dnc.Config{NoModel: true})
	requireOptOuts(t, d,
		"We're done here.",
		"ok I think we're finished with this conversation. permanently.",
		"Yeah no. Don't come back to this thread.",
		"Don't bother circling back next month.",
		"Nope. Never again.",
		"Alright, give it a rest.",
		"Texting this number has to stop today.",
		"I was promised I wouldn't hear from you again.",
		"Got screenshots. One more and it all goes to the AG.",
		"This is my job's phone, I can't have these coming in.",
		"This is the last time I want to hear from you guys.",
		"Went with another company, no need for more updates.",
		"I'd prefer you keep your offers to yourselves.",
		"My lawyer will hear about this if you send one more.",
		"Ya vendimos, pueden dejarme tranquilo, gracias.",
		"Hasta aquí llegamos, cuídese.",
		"Desaparezcan mi número de su lista por favor.",
		"Sigan mandando mensajes y van directo a la FCC.",
	)
	requireNoOptOuts(t, d,
		"We're done here, see you at closing Friday.",
		"We are done talking about the roof, what about the windows?",
		"Never again will I use a realtor, so what's your offer?",
		"I never agreed to these terms, can you resend the contract?",
		"I'm not saying never contact me, just not this week.",
		"Tell your other guy to quit calling my brother, I'm the one you want.",
		"This is the last time I want to hear about the roof leak.",
		"No need for updates on the permit, I'll check the portal myself.",
		"No me escriban al correo, mejor todo por aquí.",
		"Ya no hace falta que me manden la cotización, mi esposo ya la tiene.",
		// the second review
		"Keep sending the docs and I'll forward them to my attorney.",
		"My attorney will review it if you send me one more draft.",
		"Podemos ofrecer 300 mil, hasta aquí llegamos.",
		"Listo, demos esto por terminado. Gracias!",
		"We're done here at the house, don't forget to grab the lockbox.",
		"Perfect, we are done here, don't need anything else. When's closing?",
		"Give it a rest for the weekend, text me Monday.",
		"I'm going to give it a rest and think it over this weekend.",
		"Don't bother coming out Tuesday, we'll reschedule for Thursday.",
		"Don't come back to me with anything under 300k.",
		"No hace falta que nos busquen, llegamos solos a la casa.",
		"No hace falta que me manden más fotos, ya vi la casa en persona.",
		"Ya no me estén llamando, mejor mándenme texto.",
		"Eso va a dejarme tranquila, gracias por confirmar.",
		"Desaparezcan mi número del letrero por favor, a mí escríbanme aquí.",
		"I was told I wouldn't get any more bills from the HOA.",
	)
	requireOptOuts(t, d,
		"Quit calling my husband, we're not selling.",
		"I was told I wouldn't get any more texts from you.",
	)
}

// TestBoundExclusionsStayNarrow: the exclusions that bind the learned tier
// (stop 48) do not reach real opt-outs: "no texts from you guys" names
// whose texts, "anymore" makes daily texts all of them, and an opt-out
// after a sentence break, or with "but thanks anyway" after it, was not
// nearly made and taken back.
func TestBoundExclusionsStayNarrow(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"we were going to list with you. stop texting me, but thanks anyway",
		"I was gonna say it. stop texting me. but whatever", "no texts from you guys please, email only",
		"I don't need your daily texts anymore"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "i was about to tell you to take me off your list, but the offer sounds good now",
		"got no texts from your office, only the emails. is the number right?",
		"once a week is plenty, I don't need daily texts about rates")
	// the second review: "again" or "no more" elsewhere keeps fewer
	// fewer, "received" is still arrival, and someone else's near miss
	// ("you were going to take me off") is no near miss of the lead's
	for _, s := range []string{"Can you switch me to weekly again? I don't need daily texts",
		"I don't need daily texts, weekly is fine, no more than that", "no texts received here, email me"} {
		require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: "you were going to take me off your list, but I'm still getting texts"}).Kind)
}

// TestStop49Classes: a request bounded by "mientras" (the lead busy) and
// someone else who stopped answering the lead are no opt-outs; the
// lead's own earlier "reply STOP", told as done and ignored, is one, and
// so is "mientras" with "nunca más".
func TestStop49Classes(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "el último mensaje que me mandaron decía martes, ¿sigue en pie?",
		"no me escriban mientras estoy en el turno porfa, después de las 6 sí",
		"don't text me mientras manejo the truck, lunch break is fine",
		"my daughter stopped returning my calls so I'm asking you, is the closing still friday?")
	for _, s := range []string{"ya hice lo de reply STOP hace un mes and the texts keep coming, check your list",
		"no me manden mensajes mientras trabajo, ni nunca más",
		// dev253: vosotros, the last message wished for, and a keyword
		// replied before in Spanish
		"Mirad, no me interesa. Dejadme tranquila, por favor.", "Dadnos de baja, gracias.",
		"ojalá este sea el último mensaje que recibo de ustedes", "please let this be the last text I get from your office",
		"ya les respondí STOP el lunes y siguen escribiendo"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestToldElsewhereAndNumbersOfThings: a stop told to another party
// ("I told the gym to cancel my subscription, not you") and the number
// of an apartment are no opt-outs.
func TestToldElsewhereAndNumbersOfThings(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "I told the gym to cancel my subscription, not you. Send the offer.",
		"had to tell the other company, the one with the billboards, to stop calling me at work. you guys are fine",
		"oops I put the wrong number for the unit, it's 4C not 4B")
}

// TestLastTurnOptOuts: opt-outs that close a conversation in other words
// (dev254, dev256): the last of it, a closed file, no need to check
// back any other week, not hearing from the sender again, "ya no buscarme", "no me busque más" and "ya no
// ocupo recordatorios". Searching for houses is no contact.
func TestLastTurnOptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"kindly let today be the last of it, this is a work phone",
		"we went with my cousin, so consider me a closed case. thanks", "no need to check back next week or any other week, we sold", "appreciate it but I'd just as soon not hear from Homelight again",
		"le pido de favor ya no buscarme, gracias", "ya decidimos, que no me busquen más", "ya no necesito mensajes ni recordatorios, gracias"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "no me busques más casas por ese rumbo, mejor en Pomona", "no need to check back, we signed today, see you at closing",
		"let this be the last of the repairs, what's your cash offer?")
}

// TestReviewStop49Optouts: the second review's findings. A stop told to
// the sender's people after another party was told, "mientras no ..."
// and "mientras yo viva", the sender's agent asked to stop the alerts
// and a wrong number of the house told by someone who is no owner stay
// opt-outs; the lead's own last text, a hope about bad news, house
// hunting, the HOA and an invoice do not become ones.
func TestReviewStop49Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"I told the lender we are not interested, please tell your people to stop calling me",
		"no me escriban mientras yo viva", "No me molesten mientras no les pida nada", "please have your agent stop my alerts",
		"tienen wrong number de la casa, yo no soy el dueño"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "Es el último texto que te mando hoy, ya me voy a dormir", "ojala sea el ultimo mensaje que recibo con malas noticias jaja",
		"deja de buscarme casas en Katy, mejor en Cypress", "I'd just as soon not hear from the HOA again, can you handle them for me?",
		"Paid the last invoice, let that be the last of it", "No need to check back with me again, I'll call you when the appraisal is in")
}

// TestSpanishImpliedOptOutsStop50: dev257 to dev259 (Caribbean, Mexican
// interior and Central American Spanish, new this stop): no point in
// going on, "haga de cuenta que nunca tuvo este número", a phone's other
// user who wants no messages, "no me anden buscando", "no quiero saber
// más de ustedes", "ya basta, se acabó" after a count of texts, a threat
// on the next one, "déjenme vivir", "de aquí en adelante ni mensajes ni
// llamadas" and a promise that the lead would not hear again. Their
// look-alikes stay ordinary: one kind of thing ("fotos", "mensajes de
// voz", "un cheque"), a contractor searched for, a time of grief that asks
// for no pause, a message never received, and a promise to hear back.
func TestSpanishImpliedOptOutsStop50(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"ya no tiene sentido que me sigan escribiendo, la casa ya se vendió", "hagan de cuenta que nunca tuvieron mi número, gracias",
		"mi hijo ya no quiere que lo contacten, él ya compró", "ella ya no quiere mensajes, es el cel de mi mamá", "no me anden buscando, ya vendimos",
		"no quiero saber más de ustedes ni de su oferta", "Ya, basta, se acabó. Ya me mandaron mil mensajes", "si me llega otro mensaje se lo paso a mi abogado",
		"un mensaje más y llamo a la procuraduría", "déjenme vivir, ya les dije que no", "estamos pasando por un momento difícil, no me escriban por favor",
		"de ahora en adelante ni mensajes ni llamadas", "your rep promised me I wouldn't hear from you again, this is the third text"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "no tiene caso que me sigan mandando fotos del techo, ya vi suficiente", "no me anden buscando al técnico, yo le hablo",
		"ella no quiere mensajes de voz, mándele texto", "si me llega otro cheque se lo paso a mi abogado para que lo revise",
		"la verdad estamos pasando por un momento difícil, denme un mes y les aviso", "no me llegó ni texto ni llamada, por favor confirmen la cita",
		"you promised I would hear from you by Friday", "no quiero saber más de la casa hasta que firme el juez")
}

// TestOthersAndOwnSlipsStop50: dev257 and dev259's false opt-outs: the
// lead's own text sent to the wrong number ("oops wrong number, esa foto
// era pa' mi hermana", "le quería escribir a mi prima"), a complaint
// about a former insurer taken up by "los", a removal asked of "los de la
// otra compañía" in the clause before, and another sender's newsletter
// left with this sender kept ("pero ustedes tranquilos, keep me posted").
func TestOthersAndOwnSlipsStop50(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "ups wrong number, ese audio era pa mi esposo jaja. ¿Mañana a qué hora vienen?",
		"perdón, wrong number, le quería mandar esto a mi hermano. ¿Siguen comprando casas?",
		"mi aseguranza anterior nunca me pagó lo del granizo, los voy a reportar. ¿Ustedes cubren techo?",
		"los del otro banco me tenían loca, les tuve que pedir que me quitaran de la lista. Ustedes sí contestan rápido.",
		"I unsubscribed from the Redfin alerts, too many, but you guys are fine, keep me posted")
	for _, s := range []string{"wrong number", "ya los voy a reportar, esto es acoso", "sáquenme de la lista, les tuve que decir dos veces"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestSpanishFormalAndRelayedOptOutsStop50: dev261 to dev264's classes
// (Southern Cone, South Texas elders, Gen-Z Spanglish and formal business
// Spanish, new this stop): a wish that this be the last one, no wish to
// go on receiving, how to make it stop arriving, having had enough of the
// sender, a conversation closed for good, a relation ended with the
// messages included, no place in the sender's database, consent
// withdrawn in formal words, a shared or work phone that cannot receive
// them, no reason left to write, no more campaigns or reminders, a
// relayed request, a threat if it happens again, "basta ya" as the last
// words after the texts are named, "I'm done hearing from you" and
// "nobody reach out anymore". Their look-alikes stay ordinary.
func TestSpanishFormalAndRelayedOptOutsStop50(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"te agradecería que este fuera el último, gracias", "no tengo ganas de seguir recibiendo ofertas, saludos",
		"¿cómo le hago para que dejen de llegarme? ya contesté y nada", "ya tuvimos suficiente de ustedes, gracias",
		"damos por cerrada la conversación, que estén bien", "decidimos terminar con ustedes, incluyendo los mensajes y las llamadas",
		"no queremos estar en su base de datos", "dejamos sin efecto el consentimiento que les dimos", "es el cel de la chamba, no puedo estar recibiendo esto",
		"nadie en esta casa quiere sus mensajes", "ya no hay razón para que me sigan escribiendo", "le pido que no se nos incluya en más campañas",
		"eso sí, no más recordatorios a este número por favor", "mi papá me pide que les diga que no le sigan mandando ofertas",
		"si vuelve a pasar, el asunto lo verá nuestro abogado", "otro mensaje hoy, el tercero. basta ya", "I'm done hearing from you guys, the answer is no",
		"Nobody I'm handing over to a bot. This number is done hearing from Acme, period.",
		"my grandma asked that nobody reach out about the house anymore", "please stop adding my dad to the text blasts", "tienen el número mal, aquí no vive ningún Roberto",
		"no quiero más recados de ustedes"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "¿su software permite eliminar los datos de un paciente si lo pide?", "vamos a cancelar la suscripción del programa que usamos, ¿ustedes importan el historial?",
		"le mandaron el contrato a la persona equivocada, mándelo a la gerente", "hay que suspender el servicio de jardinería en enero, ¿eso cuesta?",
		"if we sign, is there a way to opt out after 60 days if it's not working?", "si me doy de baja de los correos, ¿igual me siguen llegando los avisos por texto?",
		"ya no me manden al señor de la otra vez, mejor otro técnico", "el link de unsubscribe de su newsletter no sirve, nomás aviso",
		"unsubscribing from a bunch of lists today but not yours, keep them coming", "estoy en la lista de no llamar pero a ustedes sí les di permiso, seguimos por aquí",
		"ya basta de calor, ¿cuándo vienen a instalar el aire? llevo 3 mensajes preguntando", "no me mandes más fotos por WhatsApp, mándalas por correo")
}

// TestReviewStop50Optouts: the first review of this stop's opt-out rules.
// Ordinary messages that the new patterns read as opt-outs stay ordinary
// (a fiscal year, a father who wants no more of his own house, messages
// of one kind, a last change to a contract, hearing from an appraiser,
// nobody answering, a technician not to send, an outlet, a listing page,
// a punch list, the spam folder, another sender's texts), and the
// opt-outs the new exclusions let through are caught again (the message
// service suspended, a number taken out of the sender's system, consent
// denied, a formal request, the dead alternatives).
func TestReviewStop50Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"In your next text please add the fiscal year budget line",
		"Si llega a pasar el cierre del año fiscal sin firmar, perdemos el presupuesto",
		"Mi papá no quiere saber nada de su casa de Laredo, quiere venderla rápido",
		"Mi papá no quiere saber más de su casa vieja, quiere venderla ya",
		"Ella no quiere mensajes en inglés, solo en español por favor",
		"El no quiere textos largos, mándenle algo corto con el precio",
		"Ya le dejé dos recados a su oficina y nada, no quiero dejar más recados, mejor llámenme",
		"Porfa, que este sea el último cambio al contrato y lo firmamos",
		"Si este es el último documento que necesitan, por favor avísenme",
		"Let me know once you're done hearing from your appraiser",
		"I'm not done hearing from you yet, send the other two listings",
		"my phone is done hearing from the hospital once the bill is paid",
		"Honestly nobody reaches out anymore, I had to chase your office twice for an update",
		"Nobody texts me back anymore, is anyone even working on my file?",
		"Does nobody call back anymore? I've been waiting 3 days",
		"El técnico de ayer, que no lo vuelvan a mandar, mejor otro",
		"Que no le sigan mandando la factura a mi mamá, que me la manden a mí",
		"Quiero que este contacto quede aquí, junto al refri",
		"Que no se me incluyan cargos por envíos, por favor",
		"Los muebles viejos no los queremos, no quiero nada de esto aquí para la venta",
		"Quiero mi número fuera de la página del anuncio, que me contacten por la plataforma",
		"Ya no me tomen en cuenta para la casa de Elm, pero sí para la de Oak",
		"No tiene caso que me sigan mandando casas en el centro, solo quiero en las afueras",
		"Nadie quiere leer los mensajes largos, manden algo más corto",
		"Perfecto, damos por cerrado el tema del enganche. ¿Cuándo firmamos?",
		"¿Pueden terminar la obra antes del 15, incluyendo el envío de materiales?",
		"No tengo ganas de recibir visitas los domingos, mejor entre semana",
		"I'd prefer if this conversation ended here and we switched to a phone call, can someone call me?",
		"My ex and the divorce? I'd just as soon not hear about it again. Anyway, what's the house worth?",
		"Ahorita no me estés buscando, ando en el trabajo, mañana sí",
		"Quit adding them to the list, those items were already fixed by the plumber",
		"Your texts can't keep landing in my spam folder, can you fix that? I want the updates",
		"Tres mensajes de la aseguradora vieja hoy. Basta ya.",
	)
	for _, s := range []string{
		"Suspendan el servicio de mensajes a mi número",
		"Necesito suspender el servicio de mensajes, gracias",
		"Quitad mi número del sistema",
		"Borrad mi número del programa",
		"I'm unsubscribing, but not you guys' fault, I just moved",
		"Yo nunca les di permiso para mandarme mensajes, los voy a reportar",
		"Ya tengo seguro con otra compañía, si me siguen mandando mensajes los voy a reportar",
		"¿Me puede borrar de su base de datos?",
		"Is there a way to opt out of these texts? If so do it",
		"pretend you never had my number",
		"act like you never had my number",
		"Les pido dejar de usar mis datos para mercadotecnia",
		"no puedo recibir estos mensajes en el trabajo",
		"de ahora en adelante nada de textos",
		"Un texto más y llamo a la oficina del fiscal general del estado.",
		"I've got the Do Not Call paper on the fridge. One more and I file.",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestDev269Optouts: the wrong person by name and a number that "isn't
// the one you're looking for"; a relative's work phone not to be used for
// anything else; "no más" after an amount in words caps a price.
func TestDev269Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"I think you have the wrong person, this number isn't the one you're looking for",
		"this is his work phone and his boss reads it, so don't use it for anything else ok?"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "Buscamos algo de unos doscientos cincuenta, no más", "don't use it for the closing, use the other account")
}

// TestDev270Optouts: "ni quiero que me sigan contactando" goes on with a
// refusal ("no necesito ... ni ..."), "forget about me" asked, and "no se
// olviden de mí" is the opposite; someone else's name off a file is no
// removal.
func TestDev270Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"no necesito el seguro ni quiero que me sigan contactando por eso", "I'd really appreciate if you guys just forgot about me, thanks",
		"olvídense de mí, por favor"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "No se olviden de mí, por favor, sigan avisándome cuando bajen las tasas", "my ex is off the deed now, so you can take his name off the file")
}

// TestDev272Optouts: "I'd appreciate it if this was the last text I got",
// a last warning with the FCC named, surviving without the texts, no
// further solicitations; a sister who made a company leave her alone
// and the Do Not Call list that makes texts welcome are no opt-outs.
func TestDev272Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"we sold last month, so I'd appreciate it if this was the last text I got from you", "four texts a day is the kind of thing the FCC hears about. Last warning.",
		"I survived two winters without heat, I can survive without your texts. Good riddance.", "I would like to not receive further solicitations on this phone"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "my cousin had to threaten a lawyer to get a company to leave her alone, you've been polite so far",
		"I'm on the Do Not Call list, which is why I like that you text instead. Next question?", "Last warning before I list it with an agent: is 250 your best?")
}

// TestReviewStop50SecondOptouts: the second review of this stop's rules.
// "The wrong one", an SSN or a key not to be used for anything else, a
// "ni" that refuses one kind of thing, "never forget about me" stay
// ordinary; counts of messages in words before "no más", a number that
// isn't the one, a dead grandfather's phone, "not after Friday", "para
// nada más", a thread to let die and pitches that can't come in revoke.
func TestReviewStop50SecondOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"I think you got the wrong one, I asked about the 3 bedroom on Oak",
		"You have the wrong one, the listing I meant is 42 Elm",
		"Here's my SSN for the credit check, don't use it for anything else",
		"This is my work email, don't use it for anything else but the closing docs",
		"Les mando mi número de seguro social para el crédito, no lo usen para otra cosa",
		"Ahí les dejé la llave de la casa, no la usen para otra cosa",
		"Ahorita no busco nada ni quiero que me manden casas de más de 300 mil",
		"No me interesa la de Elm ni quiero que me manden más fotos de esa, pero la de Oak sí",
		"Please never forget about me lol, I'm your best customer",
		"Please don't forget about me when new listings come out!",
	)
	for _, s := range []string{
		"Ya van como cuarenta llamadas esta semana. No más.",
		"Es el mensaje número veinte que me mandan. No más.",
		"I think this number isn't the one you're looking for, sorry",
		"This phone was my grandpa's, he passed away. Nobody here wants it",
		"I'd rather not hear from you after Friday",
		"mi número es personal, no lo usen para nada más",
		"Please just let this thread die.",
		"Sales pitches can't come in on this number",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestDev271Optouts: no longer welcome on this phone, nothing more to
// reach a relative, a parent taken off a list, "please let him be", no
// more of the messages at all; what an "opt out" option is, asked, is no
// revocation.
func TestDev271Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"ustedes ya no son bienvenidos en este teléfono", "por favor ya no le llegue nada de ustedes a mi papá",
		"pls take my mom off that list, she passed", "My dad can't read these and they stress him out. Please let him be.",
		"cada mensaje de ustedes me despierta, ya no quiero ninguno"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, `mi hija dice que hay una opción de "opt out" en la forma, ¿qué es eso?`)
}

// TestDev273Optouts: marketing kept off a reservation line is an
// opt-out; a former insurer that dropped the lead is no removal asked.
func TestDev273Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: "this is the shop's order line, so please keep your marketing off of it"}).Kind)
	requireNoOptOuts(t, d, "Old insurance company drop me after the hurricane, they say too much claim")
}

// TestSplitPhrasesRepairedOptouts: "we're done here" in its contracted
// form ("were|we are done" read "were are done") is a close.
func TestSplitPhrasesRepairedOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{"we're done here. goodbye", "were done talking, bye"} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestStop51Optouts: a line kept from sales ("don't use it for sales
// pitches", "no lo usen pa vender"), the messages ended for the lead
// ("se acabaron los mensajes pa mí"), the phone to be left alone, a list
// of things not wanted that ends with the messages, "ya párenle", a
// vacation from the sender, nothing else to this number, and a request of
// the lead's own after a quoted footer. A footer's keyword stays quoted;
// a bound in time ("antes del viernes") is no revocation; opting out of
// a product feature and leaving another sender's emails while asking to
// be kept posted keep the texts.
func TestStop51Optouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		"this is the front desk line for patients, please don't use it for sales pitches",
		"es el cel de la clínica, no lo usen para vender nada",
		"me dicen en la oficina que ya no lo pueden seguir usando para publicidad",
		"aquí solo clientes, sus anuncios aquí no",
		"en serio, se acabaron los mensajes para mí",
		"ya dejen mi celular en paz",
		"déjenme el teléfono tranquilo por favor",
		"no quiero casa, ni préstamo, ni mensajes",
		"otra vez con lo mismo? ya parenle",
		"my phone needs a vacation from yall",
		"thanks but do not send anything else to this number",
		"your text says reply stop but I never signed up. Sácame de eso ya",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d,
		"Reply STOP to 55123 to opt out. Msg rates apply",
		"no me manden el contrato antes del viernes, mi esposo no está",
		"can I opt out of the rental car coverage to lower the premium?",
		"I unsubscribed from Redfin emails, too many. you guys are fine, keep me posted",
		"don't use it for anything but the closing, it's my work email",
		"se me acabaron los mensajes del plan, te escribo por whatsapp")
}

// TestStop51BorderOptouts: dev289 and dev290's classes. A removal asked
// in anger ("¿cuántas veces tengo que decirles que me saquen de su
// sistema?") is no mere complaint; "ni un mensaje más", a complaint filed
// with the FCC, "quit clogging it up", "olvídenme", "corten toda
// comunicación". A number corrected or replaced, a step held back for
// now, a chain letter's quoted footer and someone else's phone with the
// lead's texts welcome are none.
func TestStop51BorderOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		"¿Cuántas veces tengo que decirles que me quiten de su sistema? Ya van tres.",
		"I asked in March to be taken off. Y siguen. Qué falta de respeto.",
		"me cobran roaming por cada mensaje. Ni un mensaje más, por favor",
		"Ya puse una queja en la página de la FCC.",
		"this is my work truck phone. Quit clogging it up.",
		"cada mensajito me sale caro. Ya estuvo, olvídenme.",
		"Corten toda comunicación con este número.",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d,
		"Número equivocado el que le di, el bueno es 915 555 0199.",
		"Ya no uso el número viejo que les di, bórrenlo y anoten este.",
		"Pausa, todavía no me mandes el contrato, mi esposo quiere revisarlo.",
		`Mi tía recibió una cadena que dice "escriba BAJA para no recibir más". ¿Es de ustedes?`,
		"El teléfono de mi esposo no sirve allá, no le manden nada a él. Todo por aquí conmigo.",
		"La oferta subió otra vez, ni uno más le subo al precio.")
}

// TestStop51ConversationOptouts: promos and reminders declined "from here
// on out" (a time, not another sender), a removal the lead thought done,
// follow-ups declined; not a product question about the lead's own
// unsubscribes, a wrong figure sent again, calls refused with "yo le
// escribo".
func TestStop51ConversationOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		"so Thursday is off, and honestly I'm good on all the promos and reminders from here on out",
		"I really thought I'd been taken off everything",
		"we've decided to sit this one out. I'd prefer not to get more follow-ups here",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d, "mostly wanted to see how you handle unsubscribes, we get a ton of those at our gyms",
		"you keep sending me the same wrong number again for the premium",
		"No gracias, no me llame, yo le escribo.")
}

// TestStop51RustBeltAndBoricua: dev291 and dev292's classes. "yinz" is
// "you all" ("I already told yinz back in June to take me off"); "I want
// off", a removal the lead was told was done, a threat "a la próxima",
// "que no me llegue na' más", "desaparezcan", "no gasten más mensajes
// conmigo", "pónganle punto final", "take me out of the rotation". Not: a
// number corrected ("wrong number. Use este."), someone else told to
// knock it off, an unsubscription asked about for later, another
// product's subscription cancelled, another sender blocked with "ustedes
// tranquilos".
func TestStop51RustBeltAndBoricua(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		"I already told yinz back in June to take me off.",
		"However yinz got this number, I want off.",
		"Se suponía que ya me habían borrado del sistema.",
		"A la próxima llamo al abogado.",
		"Ni un chavo más les regalo: que no me llegue na' más de ustedes.",
		"Dije que no me interesaba. Desaparezcan.",
		"La casa ya se vendió, así que no gasten más mensajes conmigo.",
		"Pónganle punto final a esto.",
		"It is 6 in the morning. Please take me out of the rotation.",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
	requireNoOptOuts(t, d,
		"Ay, I gave you mi número viejo on the form, wrong number. Use este.",
		"The pharmacy keeps texting me refill reminders and I told them to knock it off. Anyway, send me the numbers.",
		"Is there a way to unsubscribe later if I change my mind? Not now.",
		"Quiero cancel mi subscription con el CRM viejo antes de empezar con ustedes.",
		"I blocked los de la competencia porque eran pushy. Ustedes tranquilos, sigan.")
}

// TestStop51LastWish: "I'd like this to be the last one", "I'd rather
// not keep getting the plumbing stuff on it", "we only hear from you when
// we're the ones reaching out".
func TestStop51LastWish(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{
		"the answer is the same, I'd like this to be the last one of these I get from you all",
		"this phone is mine, not his, so I'd rather not keep getting the plumbing stuff on it ok?",
		"he said he'd flag our account so we only hear from you when we're the ones reaching out. Please make sure it does this time",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestStop51ReviewOptouts: what the review of this stop's opt-out rules
// found. Ordinary replies that the new rules had read as opt-outs stay
// ordinary (urgency, a last house to look at, haggling, offers accepted,
// a removal from a title, card notices, a listing photo, outages, a bank's
// collections); the polite opt-outs the new exclusions had let through
// are opt-outs again.
func TestStop51ReviewOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"no pierda tiempo, mándeme la cotización hoy mismo",
		"I want this to be the last one we look at, let's write an offer",
		"¿bajarle 20 mil al precio? ni se le ocurra.",
		"pónganle punto final a la negociación, aceptamos la oferta",
		"I'm good on the offers you sent, let's go with the second one",
		"I thought I was removed from the loan when we divorced",
		"me dijeron que ya me habían dado de alta en el sistema",
		"why do I only hear from you when I'm the one calling? any update on the loan?",
		"I filed a report with the FTC about identity theft last year, will that hurt my application?",
		"el mensaje de la tarjeta dice transacción no autorizada",
		"don't use this pic for marketing, the kitchen looks dark",
		"my ex and I are both on the mortgage. I want off.",
		"these roaches are everywhere i need them gone. text me a time",
		"dont want to see another one of these split levels, we need a ranch",
		"let's both quit while we're ahead and sign today",
		"no quiero recibir nada más que la cotización final",
		"el otro agente cobra 6 por ciento, ni uno más le pago",
		"tuve que cortar todo contacto con mi ex, así que solo yo firmo",
		"necesito que esa mancha de humedad desaparezca.",
		"Envíe BAJA para no recibir más mensajes. ¿Esto es de ustedes? quiero ver la casa",
	)
	for _, s := range []string{
		"Not now, not ever. Unsubscribe me.",
		"Please unsubscribe me. You guys are fine, I'm just not buying",
		"denme de baja, yo les aviso si algún día vendo",
		"you're sending to a wrong number",
		"it says text END to quit, I don't want these anymore",
		"I want to opt out of everything",
		"we only hear from yall when we reach out, keep it that way",
	} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q", s)
	}
}

// TestStop52SpainAndCaribbean: dev294 to dev296's classes: Spain's
// vosotros and formal Spanish (forget us, abstain, consent no longer
// given, not included in more reminders, the next one spared), Caribbean
// English ("nuh bother send"), a spam report, the messages to end here,
// and a bare "no más recordatorios". Look-alikes in the same words stay
// ordinary: money capped with "no más", a wrong number given to the lead,
// calls refused with texts welcome, an hour kept, a phone's do-not-disturb
// mode, another sender told before, a third person's wish, texts welcomed
// back.
func TestStop52SpainAndCaribbean(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Otro mensaje más. ¿Qué tengo que hacer para que os olvidéis de mí?",
		"Por la presente les ruego que se abstengan de mandarme más mensajes.",
		"Me apunté sin leer bien. Ya no doy permiso para mensajes de ustedes.",
		"Les agradecería que no me incluyan en más recordatorios, gracias.",
		"Ya lo denuncié ante la FTC. Ahórrense el siguiente.",
		"mi hija dice que no sigáis escribiendo a este móvil",
		"no más mensajes porfa",
		"mi nuh interested. nuh bother send nothing else pon this phone",
		"adding this number to my spam report, that's four today",
		"I'd like the texts to this number to end here.",
		"las promos aquí no, gracias",
	)
	requireNoOptOuts(t, d,
		"Tenemos unos trescientos al año para eso, no más.",
		"Me pasaron un número equivocado del electricista, ¿me dais el bueno?",
		"No quiero que me llamen, prefiero mensajes.",
		"No me llaméis ahora, estoy en clase. Por aquí escribidme.",
		"Lo de no llamar antes de las nueve sigue en pie, por mensaje cuando quieras.",
		"Pongo el móvil en modo no molestar cuando duermo, por eso tardo.",
		"no más mensajes de voz, mejor texto",
		"The old lender was awful, I had to tell them to stop calling me at work. You seem better, send the numbers.",
		"My mother-in-law says she wants your flyers to stop. Not my call, I'm still interested.",
		"My phone was blocking short codes, the carrier fixed it. You can text me now.",
		"I don't want to leave the list, can you just send these monthly?",
		"I unsubscribed from the Redfin emails but I want to keep hearing from you about this one.",
		"let's end it here for today, talk tomorrow",
		"don't bother sending more photos, I've seen enough of that one",
		"las promos aquí no aplican, ¿verdad?",
	)
}

// TestStop52ReviewOptouts: what the review of this stop's opt-out rules
// found (about 240 messages of the reviewer's own): look-alikes the new
// rules had read as opt-outs stay ordinary, and opt-outs a new exclusion
// had hidden are opt-outs again.
func TestStop52ReviewOptouts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"¿Ya os olvidáis de mí? Llevo una semana esperando la tasación.",
		"Los compradores que se abstengan de hacer ofertas por debajo de 180 mil.",
		"Ya no doy autorización para enviar gente a la casa sin cita.",
		"No nos metan en las promos de pintura, solo queremos la oferta de la casa.",
		"Me llegó el primer recordatorio y no más recordatorios. ¿Se canceló la cita?",
		"Ya pagué este mes y ahorré el próximo, así que no hay prisa.",
		"don't bother sending me another copy, I printed the one you emailed",
		"Don't bother sending more, I got the offer and it looks good, what's next?",
		"nuh bother send nothing, mi a come by di office tomorrow",
		"Don't bother sending another inspector, the first one covered everything.",
		"Ok let's end it here, talk tomorrow about the price.",
		"I need the calls from the tenant to end now",
		"No volváis a mandar al técnico el lunes.",
		"No sigáis esperando al tasador, ya vino ayer.",
		"Las ventas aquí no, pero en Phoenix sí se mueven rápido.",
		"I do not wish to be contacted by the buyer directly; all communication should go through you.",
		"I received a message from a different company that I never requested, and I reported it as spam. I trust your firm is not affiliated with them.",
	)
	requireOptOuts(t, d,
		"I don't want to leave messages on your voicemail, just stop calling me.",
		"I don't want to unsubscribe from texts by replying STOP, it never works, just remove me manually.",
		"I have no further interest and no desire to hear from your firm again.",
		"le ruego que se abstenga de enviar mensajes a este número",
	)
	for _, s := range []string{"Not interested. You may contact me again if I ever reach out first."} {
		require.NotEqual(t, dnc.None, d.Detect(dnc.Input{Text: s}).Kind, "%q: a condition, not a welcome", s)
	}
}

// TestStop52WorkingHandsAndFormal: dev299 and dev304's opt-outs (a typed
// "stip", "nix me from it", a thread to go quiet, follow-ups declined,
// "consider this the end of it") and look-alikes (another organisation's
// newsletter left, texts welcome in a formal voice).
func TestStop52WorkingHandsAndFormal(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"stip pls",
		"whatever this roofing deal is nix me from it",
		"no offense but id like this thread to go quiet for good",
		"we'd prefer no follow ups, consider this the end of it",
	)
	requireNoOptOuts(t, d,
		"unsubscribed from the school newsletter so now i miss everything, do yall know when pickup is",
		"Cancel the paper statements. Text messages to this number are entirely sufficient.",
		"nix the second showing, we'll see it friday",
	)
}

// TestStop52SecondLanguageAndMidwest: dev298 and dev302's opt-outs (ads
// kept off a business line, no messages preferred, asked not to write
// again, "prefiero que ya no se comuniquen conmigo", left off going
// forward, no need to check back) and look-alikes (a phone lost, the
// lead's other phone, what the lead almost said, the sender's number
// printed wrong, what the lead told a former sender, texting hours, calls
// refused with texts welcome).
func TestStop52SecondLanguageAndMidwest(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"this number is for my bakery orders, please keep your advertisements off of it",
		"I respect you but I would prefer to receive no messages from your company from now.",
		"My son say I must ask you to not write again, so I ask.",
		"Con respeto, prefiero que ya no me escriban. Dios los bendiga.",
		"could you leave me off going forward, thanks",
		"we'll pass, and no need to circle back with us later. Thanks!",
		"please stop texting me after this",
	)
	requireNoOptOuts(t, d,
		"So sorry, I lost my phone last week and lost all your texts. Can you resend the offer?",
		"My other phone is my work phone, don't use that one, use this one only.",
		"I was going to say no more messages, but then I saw the offer. How do you figure it?",
		"The number on your website is wrong number, it rings a dentist. Which one is right?",
		"I told the last guy who texted about the lot to stop, lose my number, all of it. You seem decent though, what's your offer?",
		"Can you stop texting during school pickup? After 5 is better.",
		"Please no calls, only messages. I can't hear well on the phone.",
	)
}

// TestStop53PoliteAndRelayed: dev306 and dev307's opt-outs (a wish not to
// hear again said by a couple, a hope not to receive more, info not to be
// kept, the sender's name not to be seen again, silence wanted, someone
// else to bother, an unsubscribe a relative made that did not work, a
// keyword said three times, texts the lead would rather not be on) and
// look-alikes (how to unsubscribe later, with texts welcome for now; a
// wish to hear again; a request about a tenant).
func TestStop53PoliteAndRelayed(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Good evening. My husband and I talked it over and we don't want to hear from your office again. Thanks.",
		"We are not selling at this time and we hope not to get any more messages, thank you kindly.",
		"I signed up by accident on the wrong site. Please don't keep my number.",
		"Okay okay, I understand the offer. I don't want to see your company name on my screen again.",
		"I would like silence from your company from today, thank you.",
		"Texting me at 5am? Find somebody else to pester.",
		"My grandson unsubscribed me from these on Sunday. Why do they still come?",
		"STOP STOP STOP. Is it done now?",
		"Thank you for thinking of me but I'd prefer not to be on these texts.",
		"this number goes in the garbage on your end, ok?",
		"unsubscribe me, and for now send me nothing else",
	)
	requireNoOptOuts(t, d,
		"If I ever want to unsubscribe how would I do it? I'm glad to keep getting them for now.",
		"We'd like to hear from you again after the appraisal comes back.",
		"My neighbour said yes to the roof replacement, want to hear about her price?",
		"Stop by Tuesday, the key is with the neighbour.",
		"Out of curiosity, how would I unsubscribe? For now send me the details please.",
		"Please don't contact my renter, she works nights. Text only me about the inspection.",
		"my granddaughter unsubscribed me from some spam emails, hope your quote wasn't one of them, I still want it",
	)
}

// TestStop53YoungAndGrieving: dev309 and dev313's opt-outs (a grieving
// family asks that the number be let rest) and look-alikes (the end of a
// message, texts welcome after another sender's emails were dropped, one
// brochure stopped with the rest still wanted).
func TestStop53YoungAndGrieving(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Dad passed last month. Please let this number rest for now on, we need peace.",
		"stop sending me that brochure and stop texting me",
	)
	requireNoOptOuts(t, d,
		"the end of your text didn't come through, what time did you say?",
		"i unsubscribed from the Redfin emails, they were a lot, but you can keep texting me",
		"Please stop sending the same flyer, I have two already. I still want the numbers for the duplex though.",
	)
}

// TestStop53LinesAndOffices: dev310, dev311 and dev314's opt-outs (a line
// that shouldn't be getting these, reminders nobody on the line needs, a
// polite Spanish request in the past subjunctive) and look-alikes (fees
// the lead shouldn't be getting, the lead's own do-not-call list as data,
// a user unsubscribed in an admin panel, calls refused with texts
// welcome, an amount capped with "no más").
func TestStop53LinesAndOffices(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"this is the church office phone, we shouldn't be getting these",
		"you can let the payment reminders go, nobody on this line uses them",
		"Les agradeceríamos que dejaran de mandar mensajes a este número.",
	)
	requireNoOptOuts(t, d,
		"we shouldn't be getting these late fees, can you check the account?",
		"our do not call list is about 2,000 rows, can we import it into your tool?",
		"how do I unsubscribe an employee who left, from the admin console?",
		"no me llame ahorita que estoy en la chamba, mejor por aquí",
		"Tenemos 5 mil del refund y eso es lo que hay, no más.",
	)
}

// TestStop53ReviewLookAlikes: what the review of this stop's opt-out
// rules found. Real requests that the new exclusions must not swallow
// (texts welcome for someone else, a plea for now taken back, calls and
// texts refused together, a request to be put on the sender's list), and
// ordinary messages the new rules must leave alone (a keyword said three
// times as "wait", another sender's messages, hours, a portal that won't
// save, a battery, alerts sent out, an article and a user in a product).
func TestStop53ReviewLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"You can keep texting my brother if he wants, not me. Remove my number please",
		"I was fine getting them for now but not anymore, please stop texting me",
		"No me llamen. Ya les dije por aquí que no me interesa",
		"Stop sending me quotes. I do want you to know we went with someone else, so we're done",
		"Tengo 7 mil para el enganche, eso es lo que hay. Y ya no me escriban, gracias",
		"I hope not to receive any more messages after this, thank you",
	)
	requireNoOptOuts(t, d,
		"I hope not to get any more letters from the county this year lol, anyway what's next",
		"I'd like not to receive any more texts after 9pm, mornings are fine",
		"The website would not save my details, can you help?",
		"I need to let my phone charge, battery is dying, text you in an hour",
		"you can let the alerts go out to the whole office at 8",
		"how do I unsubscribe two former employees from the seats we pay for?",
		"Tengo 7 mil para el enganche, eso es lo que hay, no más",
		"por aqui, no me llame que ando en el trabajo",
		"the plant closed in March and there's no work around here, so we're selling",
	)
}

// TestStop53BluntAndPhonetic: dev315 to dev318's opt-outs (spelled as
// they sound, blunt Northeast sarcasm, Texas and Tejano) and look-alikes
// (shorter texts wanted, a co-signer removed, another sender's emails
// left with this sender read).
func TestStop53BluntAndPhonetic(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"pleez delet my numbr",
		"leev me alon",
		"u got the rong numbr",
		"never contac me agen",
		"ya no me ablen",
		"one more txt and im callin my atorny",
		"i want out of these mesages",
		"Don't hold your breath, and don't send another one.",
		"Go pester somebody in Quincy.",
		"ok this conversation's over, bye",
		"had my number pulled from you guys last spring, how is it back",
		"My husband wants you off his phone, period.",
		"forget you ever had it, thanks",
		"por favor ya no me busquen",
		"I'd just as soon you not light my phone up again",
	)
	requireNoOptOuts(t, d,
		"Don't text me novels, just the price and the date.",
		"How do I get removed as a co-signer on my daughter's car loan?",
		"I unsubscribed from the Redfin emails last year, that's why I missed your ad. Is the offer still open?",
		"the photo loose in the envelope is the old roof, the new one is on my number 2 phone",
	)
}

// TestStop54OfficeAndJokes: dev320 to dev322's classes, in our own words:
// a thread retired, a wish to vanish from the inbox, "let me go", a
// texter told to spend the effort on people who asked, the last
// installment, "why is my number still on your list", a number wished
// gone from the sender's records, a threat once the next text arrives
// (Spanish and Spanglish), a lawyer "if these keep coming", think twice
// before the next one, "want none of these", messages kept off a work
// line, a sign-up made by mistake, and "not now, not later" that is no
// pause. Look-alikes: a thread about a job closed, "let me go check",
// how many quotes, another channel wanted, a list for an open house.
func TestStop54OfficeAndJokes(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"ok you can retire this convo now, thanks",
		"please evaporate from my phone, it's been a week of these",
		"honestly, please just let us go",
		"save all that hustle for folks who signed up",
		"let's make this the final reminder, ok?",
		"why is my number still in your database? I asked in May",
		"I need my number gone from your records this week",
		"si vienen otros mensajes, le paso todo a mi abogado",
		"if another text comes, she's calling el abogado",
		"I have a lawyer and he'll deal with it if those keep coming",
		"think hard before you text me again",
		"my wife and I want none of these, thanks",
		"this is the shop phone for my customers. keep your promos away from this line",
		"my nephew signed me up for this by accident, I want none of these",
		"the account moved to our Dallas office. take us out of your sequence. not interested now, not interested later",
	)
	requireNoOptOuts(t, d,
		"can you end the thread on the inspection and send me the report?",
		"please just let me go ask my husband first",
		"don't send me more than two options, I get overwhelmed",
		"why are you still texting me instead of calling? I asked for a call",
		"why am I still on your list for the open house saturday? I thought it was full",
		"my number got removed from the app and now I can't log in",
	)
}

// TestStop54ServiceAndFaith: dev325, dev326 and dev328's classes in our
// own words: radio silence for good, a comms blackout, "negative on
// further texts", transmissions ceased, a roster or the rolls struck
// from, "about leaving me alone", a Spanish threat of what comes next
// and "ilegal ... sin permiso", no follow-up wanted in Spanish.
// Look-alikes: a relative's number dropped with this one kept, a thing
// taken off a list, a number corrected from last time, a texter asked
// to reach the lead not her husband, a competitor's emails left.
func TestStop54ServiceAndFaith(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"time for you folks to go radio silent. permanently.",
		"request permanent radio silence from your office. thank you",
		"negative on any further texts, thanks",
		"please cease transmissions to this phone",
		"scratch us from your roster",
		"be as prompt about leaving us alone as you were about texting",
		"lo que sigue será una queja formal, se los advierto",
		"es ilegal enviarme esto sin autorización",
		"no queremos ningún seguimiento, gracias",
	)
	requireNoOptOuts(t, d,
		"why did you guys go quiet? still waiting on the quote",
		"cross the deck off the list, we'll do it next year",
		"perdón, wrong number earlier, el de mi hija termina en 4410",
		"No need to text my wife, she's fine with whatever I pick. I'm the one to deal with.",
		"I unsubscribed from a competitor's alerts because they spammed me. yours are fine",
	)
}

// TestStop54NumberWiped: dev323's number wished wiped out of the
// sender's records, in our own words; a number wiped from a phone by a
// reset is none.
func TestStop54NumberWiped(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "we moved, so I'd appreciate my cell getting wiped out of your customer files")
	requireNoOptOuts(t, d, "my phone got reset and my number got wiped off the old sim, so I missed your call about the quote")
}

// TestStop54ShiftsAndNeighbours: dev330, dev331 and dev333's classes in
// our own words: "keep texting me and see what happens", "can we just
// not, forever", a report as junk promised if another comes (Spanish),
// "ya no me tienen que estar escribiendo", "not on this line please",
// "she wants no more of these", "I would like that you don't write me
// again" and the sender's own mistake, neither an undoing. Look-alikes:
// how to leave a listing site's emails, a wrong-number story with this
// line the lead's, calls refused with texts asked for.
func TestStop54ShiftsAndNeighbours(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"go ahead, keep messaging us and see what happens",
		"a text at 5am again. can we just not, forever",
		"ya sé cómo bloquearlos como spam, si me mandan otro eso hago",
		"ya no nos tienen que estar mandando nada, gracias",
		"this phone is for my job. whatever it is, not on this number please",
		"my mother wants no more of these",
		"I would like that you don't text me again, thank you",
		"you made a mistake, I never owned a house on Pine. Please don't contact this number",
	)
	requireNoOptOuts(t, d,
		"how do I unsubscribe from Redfin alerts? they send 8 a day",
		"I get wrong number texts all the time but this one's actually me, send the quote",
		"no me tienen que llamar, mándenme el precio por aquí",
	)
}

// TestStop54RetireesAndFamilies: dev332's classes in our own words: a
// number that should come off whatever list, a relative marked as do not
// contact, "hasta aquí" as an end (not a pause), a visit's stay that is
// no pause; English "quite a" is no Spanish "quite" (remove).
func TestStop54RetireesAndFamilies(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"we'd be grateful if her number came off your list, she gets confused by these",
		"this is her son, I'm visiting for the week. please flag her as do not contact",
		"le agradezco, pero dejemos los mensajes hasta aquí, olvídese de este número",
	)
	requireNoOptOuts(t, d,
		"oh my, that's quite a number for a little condo",
		"I'm here for the week with my mom, she says send the paperwork to this phone",
	)
}

// TestStop54ReviewLookAlikes: the review of this stop's rules, in its
// classes: an apology for the lead's own radio silence, "end
// transmission" signing off, a tree to be taken out, tenants wanted no
// more of, a market that keeps up, a phone wiped, a list for an open
// house; and real opt-outs the first exclusions swallowed: "why am I
// still on your list for some reason", "don't send me more of these
// messages", a Spanish "quite a este número".
func TestStop54ReviewLookAlikes(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"sorry about the radio silence, back for good now. Saturday works",
		"Inspection confirmed Tuesday 0900. End transmission.",
		"I'd appreciate it if the stump got taken out before closing",
		"the tenants have been a nightmare, I want no more of them",
		"my lawyer says if the market keeps up like this we should sell in spring",
		"sorry, my phone got wiped, who is this again?",
		"why am I still on your list for the open house? I thought it filled up",
	)
	requireOptOuts(t, d,
		"why am i still on ur list for some reason",
		"please don't send me more of these messages",
		"porfa quite a este número de su lista",
	)
}

// TestStop55RightsAndSarcasm: dev335 to dev344's opt-out classes in our
// own words (stop 55): a number binned, every channel declined, the
// unsubscribe link used, "ion" for "I don't", a break-up joke, the last
// conversation, consent revoked, a warning to quit while ahead, a promise
// of no more messages broken, Spanish silence asked of the number, run-on
// Spanish; and look-alikes: a joke taken back, a thought of asking, a
// thing removed, texts that do not bother the lead, a language asked for.
func TestStop55RightsAndSarcasm(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"enough already, just stick my number in the shredder",
		"honestly we're good on all the texts, thanks",
		"I clicked that link at the bottom to get off your list, twice now",
		"ion want no more texts from y'all",
		"it's not you, it's us. we're breaking up with you",
		"can we make this the last text, please",
		"any consent I gave at the open house is hereby withdrawn",
		"you're at nine messages. quit while you're ahead",
		"your rep promised me I wouldn't be hearing from you guys again",
		"prefiero que este celular se quede en silencio de su parte",
		"Stop texting me, my kid was just playing on my phone when he signed me up",
		"yanomemanden mas mensajes porfavor",
		"we'd appreciate it if no one contacted us again",
		"please leave my work cell alone, I'm on shift",
		"gracias pero ya no nos busquen por aquí, ya compramos",
		"we'd appreciate it if that was the last of the texts, thanks",
		"ya no me sigan ofreciendo nada, gracias",
		"ni me sigan escribiendo de eso, ya compré",
	)
	requireNoOptOuts(t, d,
		"tell them to leave her number alone, she's my tenant",
		"ya no me busque casas en esa zona, mejor por el norte",
		"did you put my number in the trash? still waiting on that quote",
		"me molesta que no se comuniquen más seguido",
		"they promised I wouldn't be getting a rate hike again this year",
		"let's make this the last conversation about price, I'm ready at 450",
		"how many times can the underwriter say no before we're out of options?",
		"the HOA's consent to the rental was withdrawn so the sale is stuck",
		"I'd quit while you're ahead on the price, 425 is as high as we go",
		"I'm good on all the texts so far, they've been super helpful",
		"This is Ion text me the price when you can",
		"I'd prefer if this chat ended here, can you call instead?",
		"leave me alone with the paperwork, I'm kidding, send it over tonight please",
		"I almost thought about asking you to stop texting but the new listings are good",
		"there's an old shed out back. could that be removed before the sale?",
		"the reminders don't bother me, they actually help. what time tomorrow?",
		"no me escriban en inglés por favor, mejor en español",
		"you should see other people's reviews before you decide",
		"I'd appreciate it if the thread ended with a firm price",
	)
}

// TestStop55ShortAndPolite: dev348 to dev351's opt-out classes in our
// own words (stop 55, a second round): nothing more sent this way,
// contact without consent, the sender put in the spam folder, the phone
// given a rest for good, whatever list it is, the number not to be used
// again, skipped from now on, nothing further, none going forward, a work
// phone "no para ventas", a threat if it goes on, a number the sender
// has wrong, "ya les dije que no y siguen"; and look-alikes: a phone that
// filed a text as junk, a lease left, another person's number, a thing
// the lead already has.
func TestStop55ShortAndPolite(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"please don't send anything more to this number, thanks hon",
		"you shouldn't text me without my permission, and you don't have it",
		"I hit report spam on your last one",
		"I'm moving y'all into my junk folder",
		"maybe give this number a rest for good",
		"whatever list this is, we don't want to be on it",
		"please don't use my number again for any of this",
		"skip us from now on, thx",
		"we want nothing further, thank you",
		"that's five texts. how about none going forward",
		"es el cel del trabajo, no para ventas",
		"la profeco se entera si siguen escribiendo",
		"mi abogado se entera si me siguen enviando mensajes",
		"ya te dije que no me interesa y sigues",
		"tienen mal mi número, no soy Carlos",
		"ya no ocupamos que nos llamen, gracias",
		"ya les dije que no y siguen",
	)
	requireNoOptOuts(t, d,
		"my phone put your text in the junk folder, can you resend it?",
		"that's why I want out of the lease early",
		"don't text my wife's number anymore, this is the one to use",
		"no need to send the quote again, I have it. what time tomorrow?",
		"I tapped report junk by accident, yours is fine",
		"as for the wait list, I don't want to be on it, just show me what's available",
		"how about zero fees going forward?",
		"mi cel de trabajo no para de sonar, mándeme la info por correo",
		"ya le dije que no a mi esposo y sigue insistiendo con la casa",
	)
	// the second review's opt-outs that the first round's exclusions
	// swallowed
	requireOptOuts(t, d,
		"Take me off. My realtor will text me directly if I need anything.",
		"Don't send me the quote again, or anything else.",
		"Don't call the Hendersons number anymore, that's us and we're done",
		"I told the former agent at your company to stop texting me and you're still doing it.",
	)
}

// TestStop56WayOutAndWrongPerson: dev356 and dev357's misses as classes
// (stop 56): the way out looked for, a newsletter refused in Spanish, a
// dead owner's phone that needs nothing, a minor's phone, a number given
// by mistake with something refused, a contact to be left alone; and the
// look-alikes: someone else's email, what leaving does, a portal left
// while this sender is praised, the mistake alone.
func TestStop56WayOutAndWrongPerson(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"been searching for the unsubscribe link for ages, where is it",
		"cant find where to opt out on these",
		"ya no quiero sus newsletters, gracias",
		"Dad passed last fall. This was his phone and he won't be buying anything.",
		"you're texting my 13 year old son about solar panels",
		"el dueño se fue, dejen este contacto en paz",
	)
	// a number given by mistake and a need refused goes at least to a
	// person when the model doubts it
	r := d.Detect(dnc.Input{Text: "she typed my number on the form by mistake, I don't need a loan"})
	require.Contains(t, []dnc.Kind{dnc.OptOut, dnc.PossibleOptOut}, r.Kind)
	requireNoOptOuts(t, d,
		"does unsubscribing from the emails also stop the appointment reminders? I want those",
		"si me doy de baja de los correos, ¿también pierdo los avisos de pago?",
		"I unsubscribed from Redfin's alerts a while ago, yours are actually useful",
		"I think my son put my number on your form by mistake, he's the one buying",
		"I typed my number wrong by mistake, the right one is 2025550143",
		"can't find the unsubscribe link on the Zillow emails, do you know how?",
	)
}

// TestStop56ReviewAndRoundTwo: the review of this stop's first rules (188
// messages) and the second round of dev writers (dev361 to dev365):
// real requests the first version missed or swallowed, and look-alikes
// it fired on.
func TestStop56ReviewAndRoundTwo(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		// the review: swallowed or missed by the first version
		"take my mother off, she gets ur stuff at her email and by text",
		"you've been texting my 13 year old son",
		"this is my 12 year old's phone",
		"I'm only 14, I don't own a house",
		"i'm 15. i'm not buying a roof",
		"trying to find the unsubscribe link, where is it?",
		// the second round
		"Whatever list my number is on, I'd be grateful if it came off.",
		"Mi número debió haber sido dado de baja hace un mes.",
		"Gracias por todo, pero ya no necesito más avisos.",
		"ya le dije a mi esposo: aquí le paramos.",
		"Forwarded the whole thread to Verizon's spam department.",
		"If there's another one, the BBB gets all of them.",
		"love getting these at 5am, really",
	)
	requireNoOptOuts(t, d,
		// the review: look-alikes the first version fired on
		"couldnt find the unsubscribe link in my realtors newsletter lol, still interested in the 3 bed",
		"Can't find the unsubscribe button on my HOA newsletter, ugh. Anyway what's the price on 12 Elm?",
		"looking for the unsubscribe button for my mom's account",
		"my mom passed away in march, this was her phone. the bank won't tell me anything about her loan, can you help?",
		"Which lot are you on? im 12",
		"I'm 14 years into a 30 year mortgage, what would a refi look like?",
		// the second round's look-alikes
		"Gracias, ya no necesito más información, ¿cuándo firmamos?",
		"que los clientes dejen de llamar a preguntar dónde viene su pedido",
		"I unsubscribed from the newsletter emails, but texts like this one are just fine.",
		"The last roofer who texted me got reported to the BBB by my neighbors. What makes you different?",
		"love getting these at 6am, perfect for my commute, keep them coming",
	)
	// the second review (200 messages in /tmp/rev56b/set)
	requireOptOuts(t, d,
		"been looking for the unsubscribe button for a good 10 minutes",
		"i cant find the unsubscribe link anywhere on my phone",
		"youre texting my 14yo daughter",
		"if theres another text im going to the bbb",
	)
	requireNoOptOuts(t, d,
		"would appreciate it if this could come off my bill since the tech was late",
		"forwarded it to my spam people at work so they can whitelist your emails",
		"ya no necesito mas textos, mejor llameme",
		"aqui le dejamos, manana le hablo para confirmar",
		"im only 15 min away, dont start without me",
		"i accidentally put my number in twice, dont want you to think im two people lol",
		"your bbb rating looks great, submitting the application tonight",
		"if there is any more paperwork ill have my attorney review it",
		"mi telefono debio haber sido dado de baja por la compania, mandeme la cotizacion",
	)
}

// TestStop56ThirdReview: the third review of this stop's rules (180
// messages in /tmp/rev56c/set): what leaving does is asked only of
// something the lead keeps, the lead's staff are excused only when the
// message is not addressed to the sender, and the round's looser rules
// keep to their class.
func TestStop56ThirdReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Ya les dije que los choferes dejen de llamar a esta casa",
		"I unsubscribed from zillow texts and yours a month ago and yours actually keep coming",
		"someone entered my number by mistake, that's correct, I never asked for this and I dont want it",
	)
	requireNoOptOuts(t, d,
		"Déjame el contacto tranquilo yo te marco mañana",
		"I'd really appreciate it if this could come off the estimate",
		"aquí le paramos, mañana seguimos con los papeles",
		"forwarded your email to our spam team at work to check if the link is safe, then ill sign",
		"trying to find the unsubscribe link setting in your template builder, where is it?",
		"would unsubscribing from the emails also stop the texts about my install date?",
	)
}

// TestStop56FourthReview: the fourth review (196 messages in
// /tmp/rev56d/set) found this stop's rules still firing on the device,
// the roof and the job, and its exclusions swallowing real requests.
func TestStop56FourthReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"if i unsubscribe do you still text me because i really want the texts to stop?",
		"take him off, he passed in may. his email still gets ur flyers too",
		"que los empleados dejen de llamarme, no me interesa",
		"someone put my number on your form by mistake and i'm not happy about it. not interested",
		"no queremos volver a saber nada de ustedes, ya lo vemos con otra compañía",
	)
	requireNoOptOuts(t, d,
		"no le muevan, dejen el contacto en paz hasta que llegue el electricista",
		"I'd appreciate it if I got off work early enough to meet the tech",
		"my phone was accidentally put on silent, sorry I missed your call",
		"I put my phone on silent by accident, didn't hear it ring",
		"mi numero viejo debió haber sido dado de baja por AT&T, mándeme la cotización a este",
		"looking for an opt out option on the extended warranty, is there one?",
		"sent it to the spam department at my job to make sure it's legit, then i'll sign",
		"if there is any more fees the cfpb says i can dispute them, right?",
	)
}

// TestRatherNotCountMeOutAndStaying: a wish not to get these any more
// and "count me out" of a list or of the messages revoke; a removal asked
// not to happen, a new number to use, a thing left off a list and a
// pause of an hour do not.
func TestRatherNotCountMeOutAndStaying(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"thanks for all the info but honestly I'd rather not get these anymore, between doubles at the hospital I just can't keep up with it",
		"You bet I'm done. Count me out of all of it — texts, calls, the whole works.",
		"But count me out of whatever list this is, I never asked for none of it.",
		"don't use this number from now on",
		"please leave me alone for good, stop texting",
	)
	requireNoOptOuts(t, d,
		"count me out on the open house this weekend, text me the photos though",
		"Per my earlier message, do NOT remove me from the list. I only asked you to change the email address on file.",
		"please don't take me off, I want the updates",
		"Texting from my personal phone since my work line blocks these. Please use this number from now on.",
		"We had the old water heater removed last spring, so leave that off the list.",
		"Leave me be for about an hour, I'm pulling a calf. Text me back after.",
	)
}

// TestOthersListsLeft: unsubscribing from many lists, from someone's
// own alerts or from a service set against the sender is no revocation;
// from the sender's texts, or from all of it, it is.
func TestOthersListsLeft(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"I unsubscribed from your texts twice and you keep sending them",
		"I unsubscribed from the texts last week and I'm still getting them",
		"I already unsubscribed from all of it, why am I still getting these",
		"unsubscribe me from all 3 of your lists",
	)
	requireNoOptOuts(t, d,
		"I unsubscribed from like 10 email lists today trying to clean up my inbox lol. anyway what's the update on my loan?",
		"Just unsubscribed from like 40 newsletters at work, feels great. Anyway can you resend the demo link?",
		"Zillow was blowing up my phone so I unsubscribed from all their alerts. You're local though, what can you do for me?",
		"i unsubscribed from spotify not you lol. still want the offer on the house",
		"lol I unsubscribed from their newsletter years ago, that's why I never saw the renewal notice",
	)
}

// TestLastHeardAndNoSenseReaching: "the last I heard from you", "consider
// this the last conversation" and "no sense in anybody reaching out on
// this line again" revoke; the last text before a decision and a call
// to someone else do not.
func TestLastHeardAndNoSenseReaching(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"That's kind of you but we manage just fine with a pencil, I'd appreciate it if this was the last I heard from CloudDesk",
		"Appreciate it, but there's no sense in anybody from CrewClock reaching out on this line again.",
		"Six months, six years, the answer is the same. Consider this the last conversation we have, hear?",
		"no point in you texting me again, we sold",
	)
	requireNoOptOuts(t, d,
		"no point in you calling the title company again, they already have it",
		"consider this the last text before I decide, need to talk to my wife",
		"I'd rather it if this was the last payment we make on the old loan",
	)
}

// TestStop60ReviewOptOuts: a review's inputs. A removal the lead does not
// order ("if you don't remove me I'll report you"), a number refused from
// now on, a pause with no end ("for a while") and an order to unsubscribe
// the lead from someone's list stay revocations; an event left with
// texts welcome, a pause till after the holidays and fewer pictures are
// none.
func TestStop60ReviewOptOuts(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"if you don't remove me I'll report you",
		"if you dont take me off this list I will file a complaint",
		"why do you never take me off your list??",
		"dont ever use my number from now on",
		"no longer use this number from now on",
		"i don't want u to use my number from now on",
		"leave me be for a while",
		"leave me be for a couple weeks",
		"unsubscribe me from their list too, they are your partner",
	)
	requireNoOptOuts(t, d,
		"count me out of the workshop, text me about listings",
		"count me out of the group text, but you can text me directly",
		"count me out of the texts for the open house, I can't make it",
		"I'd rather not get these anymore until after the holidays, then hit me up",
		"id rather not get these pics anymore, the links work better",
	)
}

// TestOptOutsRelayedDeadlinesAndSlang (stop 63): a household member away
// until a day who sends word to leave them be, a deadline to stop by,
// "no more messages on this", the exasperated "¿hasta cuándo ...?" and
// kitchen slang revoke; a question what a link or a reply would do, a
// removal wanted only once something is done with the texts kept till
// then, and a request the lead says they would make do not.
func TestOptOutsRelayedDeadlinesAndSlang(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"My wife is at her sister's till Friday but she said tell whoever keeps texting to leave us alone.",
		"you got till tonight to quit blowing up my phone or I'm calling my lawyer",
		"Changed our minds, we're keeping the place. No more messages on this please.",
		"¿hasta cuándo me van a seguir escribiendo? ya dije que no",
		"86 my number, chef. not interested")
	requireNoOptOuts(t, d,
		"if I text STOP will it stop the appointment reminders too? I want those",
		"After we close you can take me off the list, but until then keep the updates coming",
		"If the appraisal comes in low I'll probably tell you to stop texting, lol. Send it anyway.",
		"no more updates on that one for now, we're pausing till spring. Follow up then!",
		// (a dialect "hasta cuando" that ends a pause, a question how long
		// the updates run, a number after an address)
		"No me manden mensajes hasta cuando regrese el lunes", "¿Hasta cuándo van a seguir mandando las fotos del avance? me encantan",
		"apt 86 my number changed to 555 201 3344")
	// (a question what it does, then the go-ahead; a removal with what the
	// lead expects meanwhile)
	requireOptOuts(t, d, "will that remove me from the list? If so, do it", "ok do that unsubscribe me",
		"Remove me. Until then I guess I'll keep getting spam")
}

// TestOptOutsToldBeforeOrSparedSaid (stop 63): an earlier request told
// to whoever answered the sender's phone, a keyword typed already, a
// promise of no more told in the passive, "spare me the rest", "I want
// off it" and "quit using my number" revoke; "spare me the details" and
// a wish to stop using a product do not.
func TestOptOutsToldBeforeOrSparedSaid(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"I told the lady on the phone Tuesday to take me off. And here we go again",
		"me type STOP already two time. still coming",
		"I was assured by your manager in June that I wouldn't hear from you again",
		"Message five this week. Please spare me the texts.",
		"whatever list this is, I want off it",
		"quit using my number, I never gave it to you")
	requireNoOptOuts(t, d,
		"spare me the details, what's the bottom line on the roof?",
		"we might stop using our old app once yours is set up",
		"spare me the pitch, I already want it. what's the next step?",
		"I was promised I wont hear from the bank until closing, is something wrong?",
		"I'll stop using this number next month, new number is 555-222-1111",
		"did I text stop already? I didn't mean to",
		"we want off that thread, my ex is on it, please text me separately")
}

// TestOptOutsKeptUpOrClosedOrAskedForLater (stop 64): messages kept up
// after a request ("why do you keep texting me?", "¿por qué siguen
// escribiendo?"), a file closed, the correspondence ended, a line kept
// free for the lead's own and "no hace falta que sigan pendientes"
// revoke; how to leave asked about a time to come, leaving another plan
// or a portal's emails while welcoming these, and the same quote sent
// again do not.
func TestOptOutsKeptUpOrClosedOrAskedForLater(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"why do you guys keep texting me?",
		"¿por qué siguen mandándome esto?",
		"We sold last spring. Kindly close my file.",
		"Please let this be the end of our correspondence.",
		"this line is for my shop's orders, keep it free for customers, not for sales pitches",
		"ya compramos con otra gente, no hace falta que sigan pendientes de mi")
	requireNoOptOuts(t, d,
		"how would I opt out down the road if I need to? asking before I sign up",
		"If I ever want to unsubscribe later, how does that work?",
		"¿pueden unsubscribe a mi mamá del otro servicio y pasarla al de ustedes?",
		"I unsubscribed from the Redfin alerts so now I'm only getting yours, perfect",
		"why do you keep texting me the same listing? I asked for 3 bedrooms",
		"when you close my file at the title company, send me the receipt",
		"keep Friday free for the walkthrough please",
		// (what the texts carry or whom they go to, a file closed for a
		// while, a relative's agent, a question asked before blocking)
		"why do you keep texting me back so fast lol, 3pm works", "why do you guys keep sending me these deals? they're great",
		"por que siguen escribiendo en ingles? prefiero español", "why siguen escribiendo a mi esposo? escríbanme a mí",
		"Delete my files from the shared folder, I uploaded the wrong ones", "close my file for now and check back in spring",
		"no hace falta que sigan pendientes de mi mamá, ella ya tiene agente")
	requireOptOuts(t, d, "ok i change my mind. how do i opt out", "how do I opt out of these down the road? actually, just do it now")
	// (kept up after a removal told of, which the model doubts: silenced
	// for a person to confirm)
	requireKind(t, d, dnc.PossibleOptOut, "mi hijo me borró de eso hace un mes, so why estan escribiendo todavia?")
}

// TestOptOutsOfStop64SomeoneElsesNumber (stop 64): the number someone
// else's once ("this is Dale's old number", "I bought this SIM ... the
// old owner is not me"), the last text the lead means to see, in
// Spanish, and "take my info out of there" revoke; the lead's own old
// number does not, nor "u can stop calling, texting is how i respond"
// or "leave me be for a week, then we'll talk" (a pause).
func TestOptOutsOfStop64SomeoneElsesNumber(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "This is Marcy's old number, she moved away years ago. I'm not her.",
		"bought this phone used last month, the old owner isn't me", "esta es la última vez que quiero recibir un mensaje de ustedes",
		"signed up by accident at the fair. Please take my info out of there")
	requireNoOptOuts(t, d, "this is my old number, text me at the new one", "it was an old phone, the pics didn't save",
		"stop calling me lol, I never pick up. texting is how I reply", "Leave me be for about two weeks, harvest. Then we'll talk.")
}

// TestOptOutsOfStop64SecondReview (stop 64): the second review's cases.
// "got this number ... ago" and an old line in another sense are no one's
// old number, a number "mine now" is the lead's, "la última vez que
// quiero ver mensajes de mi ex" is someone else's, "get my name out of
// it" is a deed; another sender refused with this one praised after it
// ("You seem nicer", "yours came through fine", "pero ustedes sí me
// interesan") is no revocation.
func TestOptOutsOfStop64SecondReview(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "got this number a week ago from my realtor, is the house on Elm still available?",
		"bought this number 2 years ago, love your updates", "This is the same old line you guys always use lol. what's the offer",
		"it is a really old phone so pics might not load", "It is my wife's old cell but it's mine now. Still interested",
		"former owner of the line dance studio here, selling the building", "la ultima vez que quiero ver los mensajes de mi ex es nunca jaja",
		"I need to get my name out of it, the house is in my ex's name too",
		"I blocked that Zillow guy, he was rude. You seem nicer. What would you offer?",
		"I blocked the number that kept calling about my car warranty, but yours came through fine",
		"Ya le dije a la otra compañía que no me llamen más, pero ustedes sí me interesan")
	requireOptOuts(t, d, "Este es el número viejo de mi suegro, ya no lo usa", "why do y'all keep texting me lol")
}

// TestOptOutsOfStop64WrongPersonOrPromised (stop 64): the number or the
// person is not who the sender thinks ("this isn't Carl's phone", "was
// Tammy's number before she moved", "whoever you're looking for, it
// ain't me", "me confunden con otra persona", "ese no soy yo", "este
// celular era de mi cuñado ... no tengo nada que ver"), a removal the
// sender promised ("your rep told me Monday I'd be deleted from the
// list"), and plain refusals ("block me on your end", "I want nothing
// from this company on my phone", "borren ese contacto", "ignoren este
// número", "meant to type STOP") revoke. The lead's own phone, a relative's
// number the lead now uses, the lead's boss's word and "the next one"
// of something else do not.
func TestOptOutsOfStop64WrongPersonOrPromised(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "who's Dana? this isn't Dana's phone and never was", "This was Earl's number before he passed. I'm not Earl.",
		"Whoever you're looking for, it ain't me", "ya les dije que ese no soy yo",
		"este número era de mi primo, ya no lo usa y yo no tengo nada que ver con esa casa",
		"Your agent told me last week I'd be removed from the list. Still here.", "just block me on your end, thanks",
		"I want nothing from your company on my phone", "borren este contacto por favor", "ignoren este numero", "sorry, meant to type STOP")
	requireNoOptOuts(t, d, "this isn't my phone, it's my wife's, she's the one interested", "Este número era de mi hijo, pero sígame escribiendo a mí",
		"my boss told me I'd be removed from the schedule if I'm late again", "the next one is on friday, I'll report back",
		// (the fourth review's look-alikes: the lead's own business after
		// the number named, a condition on the list, a charge or a chore
		// not taken away, a question, a time or a place of coming, a
		// number corrected, a storm blocked, a stop by the office)
		"this isn't Carl's phone but I'm his wife, what's the offer?", "that was Grandma's number before, now its mine, keep me posted",
		"ese no soy yo en la foto jaja",
		"your rep told me I'd be removed from your waitlist once the unit is ready", "they told me I'd be taken off the list of applicants if I didn't send docs",
		"me tenían que haber quitado la multa, ¿qué pasó?", "tenían que haber sacado la basura",
		"I don't want these coming late again, last time the crew was 3 hours late", "i don't want them coming before 9am, dogs go crazy",
		"borren ese contacto viejo y usen este", "ignore este numero, me equivoqué, el correcto es 555-2020",
		"if another one of those storms comes I'm blocking the windows", "I meant to say stop by Friday", "quise decir alto como tall",
		// (the fifth review's: the lead's own company's line, the right
		// person pointed to, a block told of, an old number dropped)
		"este celular era de mi empresa y sí me interesa, no tengo nada que ver con la otra oferta", "esa no soy yo, es mi hermana, ella le llama mañana",
		"my sister keeps saying just block me on your end to her ex lol", "just block me on your end for the old number and use this one",
		"no tienen por qué seguir escribiéndome a esta hora", "no tienen por qué seguir escribiéndome en inglés, hablo español")
	// (the phrase's clause may end in politeness or "from now on")
	requireOptOuts(t, d, "ignoren este número de ahora en adelante", "no tiene por que seguir escribiendome señor", "meant to type stop sorry")
	// the lead's own mistake told ("wrong contact on my end") is a soft
	// veto: the model reads this one at p 0.72, above the suppression
	// threshold since stop 72 (0.7126), so it is not suppressed but a
	// person decides, and the AI stays silent meanwhile
	requireKind(t, d, dnc.PossibleOptOut, "oops this isn't Bob's number, sorry, wrong contact on my end")
}

// TestOptOutsOfStop65WorkPhoneAndPlainEnds (stop 65): a work phone
// refused in a few words ("rig phone, get off it", "cel del trabajo, aquí
// no"), texts kept off a phone for email ("future messages should go to
// the office email, not here", "can't have vendor texts coming to this
// phone", "mensajes a este número ya no"), plain ends ("call it quits on
// the texts", "I'd rather my phone stay quiet from you all", "I need the
// messages to end", "my attorney gets the next one", "ya le paren", "te
// doy block", "lose my digits") and a stop told to the sender's own people
// before ("told the other lady from your office que ya no me escribieran")
// revoke. A deal's way out, calls refused with texts welcome, a stop told
// to another sender whose texts are welcome here, and a noise stopped do
// not.
func TestOptOutsOfStop65WorkPhoneAndPlainEnds(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "shop phone. you guys cant be on it", "this here's the foreman's work cell, stay off it", "es el celular de la empresa, aquí no",
		"That's fine, I'll pass it along. This is my own cell though, all future messages need to go to the office email, not here.",
		"Send it over by email. I can't have sales texts coming to this phone, the whole crew sees it.",
		"mándenme la factura al correo, pero mensajes a este número ya no",
		"nothing left to sell, let's call it quits on the messages", "appreciate it but I'd rather my phone stay quiet from you all",
		"i need these texts to end, seriously", "my attorney gets the next one", "mi señora dice que ya le paren", "ya mismo te doy block",
		"nah. lose my digits", "i told the other lady from your office que ya no me escribieran, that's it")
	requireNoOptOuts(t, d, "what's the opt out if the appraisal comes in low?", "can we opt out of the inspection if we waive financing",
		"no me llames, texto nomás", "I told the other lender que ya no me llamaran. Ustedes sí me pueden escribir.",
		"los vecinos otra vez con la música, ya le paren a eso", "my attorney gets the next one to look over before I sign",
		"is the work phone okay to use for the closing docs? not here at the house right now",
		"id rather my phone stay quiet till after the funeral, then text me")
}

// TestOptOutsOfStop65Review (stop 65): the review's look-alikes. Noise
// stopped, post sent elsewhere, a lawyer who reads the next contract,
// "nothing further than a fair quote", a stop told of one channel or one
// kind of listing, and a day blocked in a calendar are no revocation.
func TestOptOutsOfStop65Review(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "el perro del vecino ladra toda la noche, ojalá ya le paren", "future mail should go to my PO box not here, the mailbox out front is broken",
		"my lawyer gets the next one, she reads every contract first", "I want nothing further from your company than a fair quote",
		"le dije al otro de su oficina que ya no me escribieran al correo, mejor por aquí",
		"I told the other guy from your company que ya no me mandaran condos, solo casas", "ya te bloqueé el martes en mi agenda para la firma")
	requireOptOuts(t, d, "ya les había dicho que no me escribieran más y aún así llegan")
}

// TestOptOutsOfStop65OlderSets (stop 65): classes from the remaining
// misses of older blind sets: a work phone "aquí no porfa", texts that
// "can't be coming through here", "would prefer not to receive any further
// correspondence", "rather not hear from anyone on this number again",
// "spare me the rest", "I am done receiving", "ya te puse como spam", "me
// nah want dem message no more", "don't want to keep seeing these".
func TestOptOutsOfStop65OlderSets(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "es el cel del trabajo, aquí no porfa", "this is the agency phone, your texts cant come to it",
		"we would prefer not to receive any further correspondence on this phone", "I'd rather not hear from anyone about siding on this number again",
		"kindly spare me the rest", "6 texts this week. i am done receiving.", "ya te puse como spam", "me nah want dem message no more",
		"she passed in May. I don't want to keep seeing these come in with her name")
	requireNoOptOuts(t, d, "aquí no, en la otra casa, la de la esquina", "I'd rather not hear from anyone until the appraisal is in, then let's talk numbers",
		// (the third review's look-alikes)
		"I don't want to keep seeing these come in with mold reports, only move-in ready please", "te puse como spam sin querer, perdón, sigue escribiendo",
		"we would prefer not to receive any further correspondence by mail, text us here instead")
}

// TestOptOutsOfStop66 (stop 66): "same goes for the texts" after another
// list was left, "I don't want these coming to me anymore", a number
// refused as "quit using it" or "keep off it" once the line is named, a
// work phone's "nada de eso por aquí", a threat on the next message, and a
// number reported in Spanish revoke consent. Another company's texts that
// never stopped, a stop denied ("nunca dije que no me escribieran"), a
// former work phone freed up and "leave me be a minute" do not; nor do
// the review's look-alikes (texts kept, bills, a time, an app).
func TestOptOutsOfStop66(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "me di de baja de los correos la semana pasada. lo mismo va para los textos", "honestly I don't want these coming to me anymore",
		"this is my personal cell, no idea how you got it. quit using it.", "that's the tenants' maintenance line. keep off it.",
		"es el celular de la compañía, lo revisa mi jefe. nada de casas por aquí", "next one of these I get, I'm calling the attorney general",
		"mi hijo ya reportó este número a la compañía de teléfono")
	requireNoOptOuts(t, d, "the insurance company I had before never stopped texting even after I said quit, you guys are way better",
		"nunca dije que no me escribieran, solo que no me llamaran en la mañana", "¿cómo que me di de baja? yo no hice eso, sigo interesada",
		"this used to be my work phone but I left that job, you can use it for everything now", "leave me be a minute, driving, I'll text you back in 10",
		"unsubscribed from the zillow emails, same goes for the texts? no, keep those coming",
		"my number is on the old app but it freezes, quit using it and use the website", "next text I send will have my lawyer's email for the closing docs")
	// (the model may still put it in front of a person; the rule does not
	// suppress it)
	require.NotEqual(t, dnc.OptOut, d.Detect(dnc.Input{Text: "paper statements - I don't want these coming to me anymore, switch me to email"}).Kind)
}

// TestOptOutsOfStop66Review (stop 66): someone else's advice to stop
// that the lead declines ("my son says I should tell you to stop, but I
// want to hear the number"), a stop told to another company with this one
// reassured, and the lead's own last message taken back are no
// revocation; nor are the reviews' look-alikes of "quit using it" and of a
// threat on the next message (a deck, a driveway, a laptop; a closing, a
// report). The line declared and then refused still is.
func TestOptOutsOfStop66Review(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "my daughter says I should tell you to stop, but it's my land and I want to hear the offer",
		"my husband thinks I should unsubscribe from all this. I told him not yet", "the other roofers me llamaban diario, les dije que stop. ustedes are cool tho",
		"a la aseguradora de al lado le dije que no me llamen más, pero con ustedes sí quiero seguir", "sorry stop my last message, I meant Tuesday",
		"my cell is 555-0199. the porch paint is still wet, tell the kids to stay off it", "text this number anytime. the driveway is the neighbor's, your crew needs to keep off it",
		"next one of these closings I'll bring my attorney lol", "next text from me will be the photo of the inspection report",
		"mi esposa ya reportó el número de cuenta a la compañía de luz")
	requireOptOuts(t, d, "my husband says I should tell you to stop, and honestly I agree, stop texting", "that's my landline you keep texting, it's my dad's. stay off it",
		"este teléfono es de mi chamba, mi supervisor lo checa. nada de la casa por aquí")
}

// TestAdviceToldNo (stop 66, third review): "my daughter thinks I should
// tell you to stop texting. I told her no" declines the advice.
func TestAdviceToldNo(t *testing.T) {
	t.Parallel()
	requireNoOptOuts(t, dnc.New(nil), "my daughter thinks I should tell u to stop texting. I told her no, I like the updates")
}

// TestOptOutsOfStop67 (stop 67): a request taken back for good ("better
// yet, don't ever"), "lose my contact info ... and won't be later" (no
// pause), a polite Spanish preference ("prefiero no seguir recibiendo",
// "prefiero que no me llegue más"), "cero mensajes más", "seriously no
// more", a removal that should have happened ("suposed to be took off"),
// "leave me fuera de la lista" and someone else's quoted stop the lead
// takes up ("I agree with him, please do that") revoke consent. "No me
// dejen de mandar", a stop told to another company with this one found
// better, a quoted stop the lead declines with a saying after it ("I
// asked them for this"), "before I quit" and another sender's emails left
// for texting this one direct do not.
func TestOptOutsOfStop67(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "oh sure, call me during dinner again, great idea. actually, don't ever.",
		"please lose my number. not interested now and won't be later either",
		"muchas gracias pero prefiero no seguir recibiendo sus mensajes", "prefiero que esos mensajes ya no me lleguen más, gracias",
		"cero textos más por favor", "honestly, seriously no more",
		"i was supposed to be took off this list in june", "honestly just keep me fuera de su lista, gracias",
		"my daughter read it and said \"tell them to remove our number\". I agree with her, please do that.")
	// a quoted stop the lead disagrees with is not taken up
	requireNoOptOuts(t, d, "my daughter read it and said \"tell them to remove our number\". I don't agree with her, keep them coming",
		"mi hija dice \"diles que borren mi número\" pero yo no estoy de acuerdo, sigan")
	requireNoOptOuts(t, d, "no me dejen de mandar las ofertas, las reviso cada noche",
		"I told the other realtor que no me escribieran más. ustedes are way better though",
		"Le dije a la otra agencia que ya no me llamen. Ustedes sí me caen bien, ¿cuándo vienen?",
		"my sister texted \"tell them to stop bothering you\" but no, I asked them for this. keep going",
		"I'm retiring in May, so can you check if I still qualify before I quit?",
		"I unsubscribed from the Redfin emails, that's why I'm texting you guys directly. What's it worth?")
}

// TestOptOutsOfStop67Review (stop 67): the review's look-alikes. A bill,
// a package or a technician that should not arrive, a document on paper,
// a question "no more?", a lease or a shift one was to be taken off, and a
// list of repairs are no revocation.
func TestOptOutsOfStop67Review(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "prefiero que el paquete no me llegue a la casa, mándenlo a la oficina",
		"prefiero que los recibos no me lleguen en papel, mejor por email",
		"prefiero no seguir recibiendo la póliza en papel, me la pueden mandar en pdf?",
		"prefiero que no me llegue el técnico antes de las 10, trabajo de noche",
		"for real no more? that's the lowest they'll take?",
		"I was supposed to be took off the lease by now, can I still qualify",
		"déjenme fuera de la lista de reparaciones, el baño ya lo arreglé yo")
	requireOptOuts(t, d, "on second thought, don't ever.", "cero llamadas más, gracias")
}

// TestOptOutsOfStop67Conversations (stop 67): "mejor ni nos sigan
// buscando" as a clause of its own, "hágame el favor y se olvida de este
// número", "would be awesome if u guys stopped texting me" and a keyword
// in capitals sent last after "but" revoke consent. The review's
// look-alikes do not: "ni nos sigan buscando terreno", "que ni me vuelvan
// a llamar los de la otra compañía", "el técnico se olvida de este número
// de unidad", "don't tell me to STOP".
func TestOptOutsOfStop67Conversations(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d, "mi esposo dice que mejor ni nos sigan buscando, gracias", "hágame el favor y se olvida de mi número",
		"would be awesome if u guys stopped texting me", "not sure this is how it works but STOP")
	requireNoOptOuts(t, d, "dice mi suegro que mejor ni nos sigan buscando terreno en esa zona porque se inunda",
		"que ni me vuelvan a llamar los de la otra compañía, ustedes sí llámenme cuando puedan",
		"el técnico se olvida de este número de unidad, es el 4B no el 4D", "don't tell me to STOP lol, I'm interested, send the listing")
}

// TestTapbackAnswersItsQuestion (stop 67): a reaction sent as text answers
// the message it quotes. A thumbs down or a dislike to an offer of more
// messages, or a like to an offer to stop, may revoke consent: a reaction
// is a weaker answer than words, so the AI falls silent and a person
// decides (PossibleOptOut). A reaction to any other question, a laugh and
// a reaction taken back do nothing.
func TestTapbackAnswersItsQuestion(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, s := range []string{`Disliked "Should I keep sending you the weekly rate sheet?"`, `Reacted 👎🏾 to "Can I follow up with you next month?"`,
		`Reaccionó con 🙅 a "¿Te sigo mandando casas en Kapolei?"`, `Liked "Want me to take you off our list?"`,
		`Liked "Would you prefer I don't text you anymore?"`, `Reacted 👍 to "Would you like to unsubscribe?"`} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.PossibleOptOut, r.Kind, "%s (%s)", s, r.Rule)
	}
	requireNoOptOuts(t, d, `Disliked "Is the roof original to the house?"`, `Liked "Can I follow up with you next month?"`,
		`Laughed at "Should I keep sending you listings?"`, `Reacted 😂 to "Want me to stop texting?"`,
		`Removed a like from "Want me to take you off the list?"`)
}

// TestKindsOfMessagesStop69: the rules read the other kinds of messages a
// business sends (robocalls, surveys, invites, catalogs) and a word of
// kind before the noun ("no more sales calls", "stop the cart reminder
// emails"), and Spanish "paren los ..." and "basta de ..." (w86, stop
// 69); a price, another channel with texts welcome, "me basta con", and
// a wish for some day stay ordinary.
func TestKindsOfMessagesStop69(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"no more sales calls",
		"stop the cart reminder emails",
		"stop the robocalls",
		"no more event invites please",
		"no more postcards",
		"paren los mensajes",
		"quiero que paren los push notifications de la app",
		"basta de llamadas de ventas por favor",
		"no quiero mas encuestas",
	)
	requireNoOptOuts(t, d,
		"No more lowball offers please. I know what my land is worth.",
		"No more voicemails please, my mailbox is full. Just message me here.",
		"Me basta con los mensajes, no hace falta que me llamen",
		"Me llegó el primer recordatorio y no más recordatorios. ¿Se canceló la cita?",
		"Una pregunta nomás: si algún día quiero que paren los mensajes, ¿qué pongo? Por ahora sí me sirven.",
		"subscribe me to the deals emails pls",
		"stop by the office and bring the flyers",
	)
}

// TestSpanishHowToLeaveStop69: "no more" before a Spanish noun and how to
// leave asked in Spanish are read by the rules (blind65, studied after
// its two measurements).
func TestSpanishHowToLeaveStop69(t *testing.T) {
	t.Parallel()
	requireRuleOptOuts(t, dnc.New(nil),
		"no more llamadas please",
		"como dejo de recibir sus correos",
		"cómo hago para salirme del newsletter",
		"vos, ¿cómo me saco del boletín?",
	)
}

// TestBreadthWritersStop70: the forms the breadth-first training writers
// of stop 70 (w88, w90) showed the rules lacked, in our own words: a wish
// in the past subjunctive, Spain's vosotros imperative, leaving a list
// asked in the first person ("¿cómo me salgo?"), a removal asked for as
// a noun, "no soy esa persona" on a recycled number and "kill" the
// notifications; a wish reported about someone else, a negation of the
// same verbs, texts welcome "por aquí" and what unsubscribing would do
// stay no revocation.
func TestBreadthWritersStop70(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"quisiera que dejaran de llamarme",
		"me gustaría que ya dejaran de escribirme, gracias",
		"dejad de llamarle a mi padre, por favor",
		"¿cómo me salgo de la lista de correos?",
		"requesting removal of my email address from your fundraising list",
		"me tocó un número reciclado, no soy esa persona",
		"kill the push notifications about deals",
	)
	requireNoOptOuts(t, d,
		"I told the other lender que dejaran de llamarme, ustedes sí pueden escribirme",
		"mi vecino les dijo que dejaran de llamarle",
		"que no dejaran de escribirme, me interesa la casa",
		"Vale, pero dejad de mandarme el folleto por correo postal, por aquí me va mejor",
		"como me salgo de la lista de espera del apartamento?",
		"kill the deal if the inspection comes back bad",
	)
}

// TestBreadthWriterLookalikesStop70: look-alikes the second round of
// breadth-first training writers (w92, w94) showed the rules reading as
// revocations, in our own words: goods a shop sends, a question why the
// messages stopped, a fear of missing them, and another channel stopped
// with texts welcome in Spanglish; the same verbs on messages still
// revoke. The model may still send "dejen de enviar el paquete" to a
// person (p 0.65 after this stop's retrain): the rules no longer
// suppress it.
func TestBreadthWriterLookalikesStop70(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, dnc.New(&dnc.Config{NoModel: true}),
		"dejen de enviar el paquete de este mes, no voy a estar en casa",
		"por favor no me envíen el segundo par de zapatos",
	)
	requireNoOptOuts(t, d,
		"por favor no me envíen el segundo par de zapatos",
		"why no more emails about the sale? I missed it",
		"please update my number, I don't want to miss the closing updates",
		"no me llamen porfa, mejor send me a text",
	)
	requireRuleOptOuts(t, d,
		"dejen de enviarme mensajes de este mes",
		"no more emails please",
		"I don't want your updates anymore",
	)
}

// TestFreshSetClassesStop70: classes blind67 and blind68 showed after
// both of their measurements, each also seen in an earlier fresh set, in
// our own words: a kind word before the noun ("no more phone calls"),
// "no más" before an English noun, "stop getting" with two words of kind,
// leaving a list asked with "esa", the tú past subjunctive of a request
// made before, and "otra vez" as "again"; texts welcome as "texting is
// easier" keeps the texts.
func TestFreshSetClassesStop70(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"no more phone calls please",
		"no más calls por favor",
		"how do I stop getting the monthly promo emails",
		"quiero dejar de recibir los texts de ofertas",
		"¿cómo me salgo de esa lista?",
		"ya te dije que no me escribieras más",
		"please don't call me otra vez",
	)
	requireNoOptOuts(t, d,
		"no more phone calls please, texting is way easier for me",
	)
}

// TestOlderSetClassesStop71: classes the studied fresh sets blind63 to
// blind69 still missed, in our own words: "stop getting" one email, the
// way out asked for ("where's the unsubscribe link?", "¿dónde está el
// botón para darme de baja?"), the sender's app alerts turned off, a
// name unknown at this number said "ain't no", and how to turn messages
// off asked in Spanish with a pronoun for them. Look-alikes: someone
// else's click told in Spanish, lights turned off, messages that stopped
// coming asked about, and a charge asked to stop.
func TestOlderSetClassesStop71(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"how can i stop getting the monthly newsletter email",
		"there ain't no Keisha at this number",
		"las encuestas que mandan después de cada pedido, ¿cómo las apago?",
		"¿dónde desactivo las notificaciones de ofertas?",
		"where's the unsubscribe link? I can't see it",
		"¿dónde está el botón para darme de baja? no lo veo",
		"how do I turn off the sale alerts your app keeps sending me",
	)
	requireNoOptOuts(t, d,
		"mi hermano le dio unsubscribe a todo y ahora se pierde las ofertas",
		"las luces del porche, ¿cómo las apago?",
		"why did your emails stop? I liked the coupons",
		"dejen de cobrarme la garantía extendida, nunca la pedí",
	)
}

// TestFreshSetClassesStop71: classes blind70 showed after both of its
// measurements, in our own words: a removal promised in the passive and
// the messages kept up, a warning of whom the sender will hear from, "que
// nos dejen en paz", "no queremos más contacto" and the sender named as
// the subject of "no quiero que ... me escriba más". Look-alikes: a
// cousin's stop told, another sender blocked in Spanglish, a later time
// ("más tarde") and the lead's own brother.
func TestFreshSetClassesStop71(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"I was told last week I would be taken off, and you're still texting me",
		"my sister's a paralegal. keep calling me and you'll hear from her boss",
		"que nos dejen en paz de una vez",
		"ya no queremos más contacto con ustedes",
		"no quiero que su empresa me escriba más",
	)
	requireNoOptOuts(t, d,
		"my cousin got them to stop calling by saying he sold, but I do want an offer",
		"I blocked the otro vendedor's number, not yours, what now?",
		"no quiero que me llamen más tarde, mejor en la mañana",
		"no quiero que mi hermano me llame más",
	)
}

// TestFreshSetClassesStop71b: classes blind71 showed after its
// measurements, in our own words: a whole family or office asked off
// before, struck "from your books". Look-alikes: a neighbour's request,
// texts limited to an hour with "after that fine", and a call refused
// with the thing asked for sent here instead.
func TestFreshSetClassesStop71b(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"I asked your team last fall to take the whole family off, why are these still coming?",
		"kindly strike my number from your books",
	)
	requireNoOptOuts(t, d,
		"my neighbor asked them to take the whole family off",
		"don't text me antes de las 8 please, I work nights. after that fine",
		"No me llamen, no oigo bien. Mándenlo por mensaje.",
	)
}

// TestFreshSetClassesStop71c: classes blind72 showed after both of its
// measurements, in our own words: done "permanently", a name kept out of
// the sender's phone, everyone refused "you included", a plea taken back
// with "said no one ever", and "que ya no me mandaran nada" told to the
// sender. Look-alikes: a laughed "stop" at good news, a name kept out of
// a newspaper.
func TestFreshSetClassesStop71c(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"thanks but we're good, permanently",
		"and keep my number out of your system while you're at it",
		"I'd rather not hear from anybody, you included",
		"yes please, keep texting me at dawn. said no one ever. I'm done forever",
		"les dije el mes pasado que ya no me mandaran nada, y siguen",
	)
	requireNoOptOuts(t, d,
		"jaja stop, ¿800 por todo el techo? increíble ese precio, me encanta",
		"keep my name out of the newspaper please",
	)
}

// TestReviewOfStop71: look-alikes a review of this stop's rules found,
// and revocations its first exclusions let through.
func TestReviewOfStop71(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"We were told we'd be taken care of, still waiting on the quote",
		"I was told I'd be removed from the schedule, can you still come Tuesday?",
		"I already asked your office to get the whole family out to see the house Saturday",
		"No quiero que el banco me llame más, por eso quiero vender rápido",
		"I'm set forever after this new roof, thanks!",
		"Keep texting me and you'll be hearing from my son, he's the one buying",
		"Ain't no signal on this phone out here, text me later",
		"No necesitamos más contacto con el inquilino, por eso vendemos",
		"Quiero vender la casa para que me dejen en paz los cobradores",
		"can I turn off the notifications on my work phone and get them on my personal one instead?",
		"I'd rather not hear about politics from anyone right now, you included lol, but yes send the listing",
	)
	requireOptOuts(t, d,
		"mi esposo le dio unsubscribe hace un mes y hoy llegó otro",
		"I blocked you guys otra vez last night, and now this",
	)
}

// TestFreshSetClassesStop72: classes blind74 showed after it was
// measured, in sentences of our own. A block made by mistake or taken
// back is no revocation, nor is another channel left with everything
// moved to texts, nor a Spanish request with its hour said in English;
// a death told with "no need to keep looking for" the dead one revokes.
func TestFreshSetClassesStop72(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"my bad, I blocked this number by mistake last night. unblocked it, still want the info",
		"blocked you accidentally, sorry! just unblocked, keep me posted",
		"remove me from the mailing list for paper bills and just send everything by text",
		"quítenme de la lista de correo postal y mándenme todo por texto",
		"take me off the postcard list, you can text me whatever you need",
		"No me manden mensajes after 9 porfa, the kids are asleep. Before that any time works",
	)
	requireOptOuts(t, d,
		"I blocked this number, stop texting",
		"blocked you. I won't unblock you, stop",
		"take me off the mailing list and stop texting too",
		"no me manden mensajes after this one",
		"mi papá murió en marzo, no tienen por qué seguir buscándolo",
	)
}

// TestReviewOfStop72: look-alikes a review of this stop's rules wrote
// for them. A block refused again, made conditional or denied as a
// mistake stays a revocation; "everything by text" refused, or named
// among what must stop, welcomes nothing; "you can't text me" refuses; an
// English hour that is a span ("after 2 weeks") or beside "nunca" keeps
// the stop; "buscándola" revokes only where a death is told.
func TestReviewOfStop72(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"blocked. there's no way you're getting unblocked after 6 texts in one day",
		"blocked you guys. if I unblocked you it would just be more spam",
		"blocked you tuesday, unblocked wed to get my code, blocking again for good",
		"please remove me from the list for catalogs and flyers, and don't just switch to sending everything by text",
		"quítenme de la lista de correo y tampoco quiero todo por texto, no quiero nada de ustedes",
		"take me off the list, mail and email and everything by text too, I'm done",
		"take me off the postcard list. and no, you can't text me whatever you want either",
		"no me textees, I'll text YOU after 2 weeks if I'm interested",
		"no me manden mensajes before noon or after noon. nunca",
		"Rosa era mi tía, murió el año pasado, no tienen porque seguir buscandola",
	)
	requireNoOptOuts(t, d,
		"Remove me from your list for the print catalog. Send everything via text instead",
		"sáquenme de la lista de correo postal, todo por texto mejor",
		"Marta ya no vive aquí pero no tienen por qué seguir buscándola, soy su hija y yo llevo la venta",
		"no tienen por qué seguir buscándolo, el título ya apareció en la caja fuerte",
	)
}

// TestFreshSetStop73: classes blind75 showed after it was measured, in
// sentences of our own, with the look-alikes a review wrote for them.
// "can't stop getting" messages from someone else (parents, robocalls)
// is no request to this sender, while "can't stop getting your texts"
// is; a stop relayed for the one whose phone this is ("my husband Joe
// says quit texting him on this number") revokes, as does "wants nothing
// more from your company"; a generic day ("on a Sunday") is no day to
// resume on, so a removal asked beside it stands.
func TestFreshSetStop73(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"just the one class. I can't stop getting emails from parents at midnight lol",
		"can't stop getting robocalls about my car warranty smh. anyway what's the rate today",
		"i cant stop getting texts from my ex lol, yes I'm still interested in the house",
		"I'd like to go back to not hearing from the HOA lol. anyway what's the offer",
		"I want nothing more than to sell this house fast",
	)
	requireOptOuts(t, d,
		"I can't stop getting your texts, make it stop",
		"cant stop getting spam from you guys. remove me",
		"my husband Joe says quit texting him on this number, it's his work phone",
		"my dad wants nothing more from your company, please respect that",
		"I'd like to go back to not hearing from you, thanks",
		"so you text folks at 7am on a Saturday? take me off whatever list this is",
	)
}

// TestFreshSetStop73Second: classes blind76 showed after it was
// measured, in sentences of our own. The lead stopping to write
// ("couldn't stop to text") asks nothing; whom the lead works for is no
// time to wait ("I drive for Uber all day ... please quit" revokes); a
// work line closed to sales revokes.
func TestFreshSetStop73Second(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"sorry, slammed at the shop all day and couldn't stop to text. still interested",
		"had to stop to answer my boss, anyway yes send the offer",
		"sales stuff can come to it later, first tell me about the roof",
		"done with the last agent, never want to hear from him again. so what's your number on the house?",
	)
	requireOptOuts(t, d,
		"I drive for Uber all day and my phone buzzes every time you send one. Please quit, not interested.",
		"this is the front desk line at the clinic. sales stuff can't come to it",
		"no sales texts on this number please",
		"I never want to hear from this company again",
	)
	// (a pause with its words between "for" and the days still pauses)
	requireNoOptOuts(t, d, "leave me alone for two whole days, then text me")
}

// TestFreshSetStop74: classes blind77 showed after it was measured, in
// sentences of our own. A list the lead is on and wants off, a household
// that speaks as one, a wish to go back to hearing from nobody, Spanish
// "no vuelvan a comunicarse" and a polite conditional removal; their
// look-alikes name someone else's list or messages.
func TestFreshSetStop74(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"no clue how I got on it but whatever list im on I want off of it",
		"none of us want to hear from you guys again",
		"nobody in this family wants to hear from you anymore",
		"honestly I'd love to go back to not hearing from anyone",
		"por favor no vuelvan a comunicarse conmigo",
		"no se vuelvan a comunicar con nosotros, gracias",
		"I'd appreciate it si me quitan de la lista",
		"les agradecería si me sacan de ahí, nunca pedí info",
		"we already have a vendor, would appreciate it if you took my number off your follow up list",
	)
	requireNoOptOuts(t, d,
		"the daycare waitlist im on, i want off it since we found another one. anyway the house",
		"nobody wants to hear from the HOA again lol, when can you list it",
		"none of us want to hear from the bank again, how fast can you close",
		"no se vuelvan a comunicar con mi esposo, él ya no vive aquí; conmigo sí",
		"I'd appreciate it if you took me off the other branch's waitlist and put me on yours",
	)
}

// TestFreshSetStop75: classes blind78 showed after it was measured, in
// our own sentences. A stop told as a kindness or a wish revokes; this
// line refused with the messages sent to someone or somewhere else goes
// at least to a person's review (the model doubts the redirect, and a
// person decides); the look-alikes (a document sent elsewhere, quiet
// hours, a return from a shift, things no longer wanted) stay ordinary.
func TestFreshSetStop75(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"if this is about the loan again save yourself the trouble",
		"I'll reach out when I need a plumber. Until then I'd appreciate the quiet.",
		"I would appreciate some quiet from you folks",
		"these texts keep coming at 6am and I just don't want them anymore at all",
		"Not sure how I got on this, but I'd like to get back off it.",
	)
	for _, s := range []string{
		"send everything to my wife's phone from now on instead of mine",
		"please use my work email for all this, not this number anymore",
		"text my son at 555-201-3344 about it, not me",
		"mándenle todo a mi hija, a mí ya no",
		"por correo está bien, por aquí ya no",
		"use the landline on file and not this cell",
	} {
		r := d.Detect(dnc.Input{Text: s})
		require.Contains(t, []dnc.Kind{dnc.OptOut, dnc.PossibleOptOut}, r.Kind, "%q refuses this line", s)
	}
	requireNoOptOuts(t, d,
		"Can yall stop by Saturday after 10? My husband will be back off the rig by then.",
		"save yourself the trouble and just call me at 5",
		"save yourself the trouble, call me after 5",
		"I'd appreciate the quiet hours being respected, text after 9 is fine",
		"I'd like some peace of mind about the roof before winter",
		"the old cabinets, I don't want them anymore, you can haul them",
		"send the contract to my wife's email instead of mine",
		"text my husband the address, not me, he's driving over",
		"my daughter set this up, not me, but go ahead and send me the quote",
		"a mí ya no me interesa pero a mi esposo sí, escríbanle a él",
		"por correo no, por aquí sí",
		"use my work email for the forms and keep texting this number for updates",
	)
}

// TestFiguresByEmailAreNoStop: "don't text me the numbers, email them"
// moves a document to email, not the conversation (blind78); "don't text
// me the numbers anymore" still revokes.
func TestFiguresByEmailAreNoStop(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d, "Don't text me the numbers, email them. My phone screen is cracked.")
	requireOptOuts(t, d, "don't text me the numbers anymore, I'm not selling")
}

// TestYesToAnOfferToStop: the business's offer to stop ("would you rather
// we not text this number anymore?", "should we take your number off our
// list?", "¿prefiere que no le escribamos más?") answered yes, in words
// is the stop it offered, and a like of it sent as text goes to a
// person's review like every reaction (blind79, after its measurement:
// such a like had gone unread); a yes to keep going, and a like of it,
// are not; a roof removed is no number removed.
func TestYesToAnOfferToStop(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, c := range []dnc.Input{
		{Text: "yes", Asked: "Would you rather we not text this number anymore?"},
		{Text: "yes please", Asked: "Should we take your number off our list?"},
		{Text: "sí", Asked: "¿Prefiere que no le escribamos más?"},
		{Text: "yep", Asked: "Got it. Want me to close out your file so the texts end here?"},
	} {
		r := d.Detect(c)
		require.Equal(t, dnc.OptOut, r.Kind, "%+v (%s)", c, r.Rule)
	}
	for _, s := range []string{"Liked “Should we take your number off our list?”", "Reacted 👍 to “Would you rather we not text this number anymore?”",
		"Le gustó “¿Prefiere que no le escribamos más?”"} {
		r := d.Detect(dnc.Input{Text: s})
		require.Equal(t, dnc.PossibleOptOut, r.Kind, "%s (%s)", s, r.Rule)
	}
	for _, c := range []dnc.Input{
		{Text: "yes", Asked: "Is it ok if we keep texting you about listings?"},
		{Text: "Liked “Want me to keep sending you listings in Union City?”"},
		{Text: "no", Asked: "Should we take your number off our list?"},
		{Text: "Brutal, the whole roof has to be removed? Más o menos cuánto sale eso?"},
	} {
		r := d.Detect(c)
		require.Equal(t, dnc.None, r.Kind, "%+v (%s)", c, r.Rule)
	}
	// a dislike of an offer to keep going still goes to a person
	r := d.Detect(dnc.Input{Text: "Disliked “Would you like me to keep sending you cash offers for your property?”"})
	require.Equal(t, dnc.PossibleOptOut, r.Kind, r.Rule)
}

// TestFreshSetStop75Second: classes blind79 showed after it was measured,
// in our own sentences: a line's rule against solicitations, "que se
// olvide de mí" said through someone; their look-alikes (a rental's
// rules, a house forgotten) stay ordinary.
func TestFreshSetStop75Second(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"Personal solicitations on this line are not allowed under company policy.",
		"dígale al muchacho que se olviden de mí, por favor",
	)
	r := d.Detect(dnc.Input{Text: "dígale al robot que se olvide de esta viejita"})
	require.Contains(t, []dnc.Kind{dnc.OptOut, dnc.PossibleOptOut}, r.Kind, r.Rule)
	requireNoOptOuts(t, d,
		"Pets are not permitted in the rental, is that a problem for the buyer?",
		"dígale que se olvide de esta casa, ya la vendí, pero la otra sí",
		"Personal calls are not allowed at my job, so text me instead",
	)
}

// TestDeniedWrongNumberAndOtherSendersList: "No es número equivocado,
// soy la hija de Doña Carmen" denies a wrong number (the model had read
// its words and not the "no es"), and "lo del unsubscribe era pa' los
// emails de Home Depot, no pa' ustedes" left another sender's list
// (blind79, after its measurement); a request in the same message still
// revokes.
func TestDeniedWrongNumberAndOtherSendersList(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireNoOptOuts(t, d,
		"No es número equivocado, soy la hija de Doña Carmen, ella no tiene celular",
		"Lo del unsubscribe era pa' los emails de Home Depot, no pa' ustedes. Still want the quote!",
	)
	requireOptOuts(t, d, "No es número equivocado, pero ya no me escriban", "número equivocado")
}

// TestWantedOffToldBefore: an earlier request told in the lead's words of
// then ("I already told the gentleman before you I wanted off") revokes, the more so
// with "how come I'm still on here" after it (blind80, after its
// measurement, in our own sentences); a wish to be off a day, a project
// or another company's list does not.
func TestWantedOffToldBefore(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"I told you guys I wanted off.",
		"told the last fella I wanted off. how come I'm still on here",
		"we told yall we want off your list",
	)
	requireNoOptOuts(t, d,
		"I told my boss I wanted off friday so I can meet the appraiser",
		"I told the newspaper I wanted off their list",
		"I told the last guy I wanted off the project, can you finish it?",
	)
}

// TestGoodOnTheTextsThanks: the polite "no thanks" to the messages
// revokes ("im good on the texts thx", "good on the follow ups for the
// rest of my life, thanks though"; blind80, after its measurement, in our
// own words); being satisfied with updates so far, or declining
// paperwork, does not.
func TestGoodOnTheTextsThanks(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d, "im good on the texts thx", "we're good on the follow ups for the rest of our lives, thanks though")
	requireNoOptOuts(t, d, "I'm good on the updates so far, thanks for keeping me posted", "im good on the paperwork thanks")
}

// TestFreshSetStop77: classes blind82 showed after it was measured, in
// our own sentences. A revocation after a correction of an earlier
// message ("disregard what I sent earlier. no more messages at all"), "I
// mean" that insists rather than quotes, and the lead's window "at all"
// that is no window; Spanish "nothing of this" and "what do I answer so
// they stop"; a request the lead says they are not making, a revocation
// the same message holds back ("bueno no, espérese"), a past intention
// not carried out ("was about to block you, but") and another sender's
// list left with this one welcomed.
func TestFreshSetStop77(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireRuleOptOuts(t, d,
		"disregard what I sent earlier. no more messages at all",
		"nope. I mean no more texts, period",
		"no more messages at all thank you",
		"mi esposo y yo no queremos recibir nada de ustedes",
		"¿qué hay que responder para que ya no nos lleguen?",
	)
	requireNoOptOuts(t, d,
		"I'm not saying quit texting, I'm saying send the offer in writing",
		"quítenme de la lista... bueno no, espere, mi esposa quiere ver la cotización primero",
		"I was about to report you guys lol but the offer's actually fair, when can you come",
		"ya me di de baja del boletín de la farmacia, pero a ustedes sí los queremos recibir",
		"no quiero recibir nada más que el contrato final",
	)
	requireOptOuts(t, d, "I'm about to block you")
}

// TestTooOftenGoesToAPerson: a complaint that the sender writes too often
// ("you text me way too much", "no me escriban tanto") may want fewer
// messages or none: the AI is silenced and a person decides (reviewer J,
// stop 77). The lead's own texting, and another sender's, are no such
// complaint.
func TestTooOftenGoesToAPerson(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireKind(t, d, dnc.PossibleOptOut,
		"y'all text me way too much",
		"please don't message me so often",
		"too many texts lately",
		"me mandan demasiados mensajitos, la verdad",
	)
	requireNoOptOuts(t, d,
		"sorry I text so much lol, one more question about the roof",
		"too many texts from other investors already, which one are you?",
	)
	r := d.Detect(dnc.Input{Text: "no me escribas"})
	require.Equal(t, dnc.OptOut, r.Kind)
	require.Equal(t, "es", r.Lang, "a short Spanish request is confirmed in Spanish")
}

// TestLearnerEnglishRevocations: a request to stop written the way a
// second-language writer often puts it, the verb where English wants a
// noun ("no more send") or the contact itself closed or finished, is a
// revocation like any other (blind84, stop 78). The same words about
// papers, or asked about, are not.
func TestLearnerEnglishRevocations(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	requireOptOuts(t, d,
		"no more send. the phone is beeping all day",
		"no more sending me please",
		"no more texting to me ok",
		"kindly finish all contact with us now",
		"close all message to me",
	)
	requireNoOptOuts(t, d,
		"no more sending papers, I uploaded all",
		"there is no more sending needed, the docs are in",
		"why you close all contact with me? I still want an offer",
		"no more texting while driving lol",
		"no more texting me at 5am please, after 10 is ok",
	)
	// (the model doubts this one: a person decides)
	requireKind(t, d, dnc.PossibleOptOut, "terminate the communication with me")
}
