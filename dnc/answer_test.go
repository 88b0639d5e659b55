package dnc_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/dnc"
)

// TestAnswerToAContactQuestion: a bare yes or no revokes consent when it
// answers a question about further contact the way that refuses it, and
// only then; the same words alone, or after another question, do not.
func TestAnswerToAContactQuestion(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, tc := range []struct {
		asked, reply string
		optOut       bool
	}{
		{"Understood. Should I stop texting you?", "yes please", true},
		// stop 60: "would you like me to check back", "like to stay on",
		// "que no le sigamos escribiendo", a "sir" in the answer
		{"Would you like me to check back in with you in a few months in case anything changes?", "I'd prefer you didn't, if it's all the same to you.", true},
		{"Would you like me to check back in with you in a few months?", "sure, that works", false},
		{"Would you like to stay on our seasonal maintenance texts?", "No sir, I don't reckon so.", true},
		{"Would you like to stay on our seasonal maintenance texts?", "yes sir", false},
		{"Entendido. ¿Prefiere que no le sigamos escribiendo?", "sí, por favor", true},
		{"Entendido. ¿Prefiere que no le sigamos escribiendo?", "no, sí sigan", false},
		// contact with someone else, not the lead
		{"Ah, got it. Would you like us to reach out to your landlord?", "No no, he's weird about that.", false},
		{"Want me to take you off our list?", "yep", true},
		{"¿Prefiere que dejemos de escribirle?", "sí, por favor", true},
		{"OK if we check back in a few months?", "no thanks", true},
		{"Can I keep you posted on new listings?", "nope", true},
		{"¿Le puedo escribir más adelante?", "mejor no, gracias", true},
		{"Mind if we keep texting you about it?", "yes I do", true},
		{"¿Le molesta si le sigo escribiendo?", "sí me molesta", true},
		{"Should I stop texting you?", "please do", true},
		{"Honestly, want me to just leave you alone?", "that would be great", true},
		{"OK if I check in around your renewal in 6 months?", "no need", true},
		{"¿Quieres que te siga mandando updates cuando salgan features nuevos?", "nel, no hace falta, gracias", true},
		{"Totally understand. Any chance I can check back closer to your renewal?", "no", true},
		{"¿Le parece si le escribimos en unos meses por si tenemos alguna promoción?", "no, gracias", true},
		{"Your number may have been entered by mistake. Should I remove it from our system?", "yup", true},
		{"Would you like us to stop sending you plan information by text?", "Yes, I think that would be best. Thank you kindly.", true},
		{"Do you mind if we keep texting you every couple of months?", "si me molesta la verdad", true},
		{"Would you like us to keep sending seasonal reminders to this number?", "no thank you", true},
		{"Would you like me to keep checking in every few weeks with rates?", "nope", true},
		{"Would you like me to keep checking in every few weeks with rates?", "yes please", false},
		// a long reply answers in its last sentence
		{"I've reached out a few times now. Should I stop texting you?",
			"sorry I know I've been MIA, between work and my brother and the kids soccer I barely look at my phone.. but honestly yes please", true},
		// a bare answer in a clause of its own, with a reason after it
		{"Are you ok with us texting now and then about solar incentives?", "not really, i only filled out the card for the raffle lol", true},
		{"Would it be ok if I kept checking in once a month with rate updates?", "I'd prefer you didn't, but thanks for being nice about it", true},
		{"Can we add you to our text list for spring opening specials?", "no mija, gracias. me voy a vivir con mi hija el año que viene", true},
		{"¿Te molesta si un agente te escribe la semana que viene?", "ay bendito, sí me molesta. prefiero buscar yo sola", true},
		{"Are you ok with us texting now and then?", "not really, call me instead", false},
		// the answer that lets the sender go on
		{"Should I stop texting you?", "no, its fine", false},
		{"OK if we check back in a few months?", "sure", false},
		{"Mind if I check back in a few months?", "sure", false},
		{"Mind if we keep texting?", "no go ahead", false},
		// questions about something else
		{"Can I send you a quick estimate?", "no.", false},
		{"Mind if I ask a few questions?", "yes", false},
		{"Should I stop by Tuesday to look at the roof?", "yes", false},
		{"Mind if I call you tomorrow?", "yes I do", false},
		{"The stump is still in the yard. Want us to remove it too?", "yes please", false},
		{"Do you mind if we keep texting you?", "no me molesta", false},
		// more than a yes or a no is for the other rules
		{"Should I stop texting you?", "yes but call me instead", false},
		{"OK if we check back in a few months?", "no, check back next week", false},
	} {
		r := d.Detect(dnc.Input{Text: tc.reply, Asked: tc.asked})
		require.Equal(t, tc.optOut, r.Kind == dnc.OptOut, "%q after %q: %+v", tc.reply, tc.asked, r)
		if tc.optOut {
			require.Contains(t, r.Rule, "context:")
			// the same words alone revoke nothing
			require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: tc.reply}).Kind, "%q alone", tc.reply)
		}
	}
}

// TestNeitherWayOfContact: "neither" to a question that offers one way of
// contact for another (email instead of texts, a call or a text) refuses
// them all; "neither" to a choice of days, or with a way of its own
// ("neither, I'll stop by"), does not.
func TestNeitherWayOfContact(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	for _, tc := range []struct {
		asked, reply string
		optOut       bool
	}{
		{"No problem. Would email work better for you than texts?", "honestly neither", true},
		{"Should I reach out by phone or keep it to text?", "i'd rather you did neither, thanks", true},
		{"¿Prefiere que le mande la info por correo o por WhatsApp?", "ninguno, gracias", true},
		{"¿Le escribo por aquí o le marco mejor? Una llamada o un mensaje, lo que prefiera", "ni uno ni otro", true},
		{"Would Thursday or Friday work better for the inspection?", "neither", false},
		{"Would email work better for you than texts?", "neither, I'll stop by the office Friday", false},
		{"Would email work better for you than texts?", "email is fine", false},
	} {
		r := d.Detect(dnc.Input{Text: tc.reply, Asked: tc.asked})
		require.Equal(t, tc.optOut, r.Kind == dnc.OptOut, "%q after %q: %+v", tc.reply, tc.asked, r)
	}
}

// TestChoosingNoFurtherContact: picking by its place the option that ends
// contact ("the second one please" to "check back in a few months, or
// would you rather we not reach out?") revokes consent; picking the
// other option, or the second of two days, does not.
func TestChoosingNoFurtherContact(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	q := "No worries. Can I check in after the holidays, or would you prefer we don't contact you again?"
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "the second option, thanks", Asked: q}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "la segunda porfa", Asked: "¿Le escribo en unos meses, o prefiere que no lo contactemos más?"}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "first one", Asked: "Should we stop texting you, or check back in spring?"}).Kind)
	require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: "the first is fine", Asked: q}).Kind)
	require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: "the second one", Asked: "Would Tuesday or Thursday work better for the visit?"}).Kind)
}

// TestPreferNotAndPolicyCancellation: "prefiero que no" to "¿le importa
// si le escribo en unos meses?" revokes consent ("I'd prefer you didn't"
// to "should I stop texting?" keeps them), and asking who cancels the old
// policy ("¿tengo que dar de baja yo la póliza?") revokes nothing.
func TestPreferNotAndPolicyCancellation(t *testing.T) {
	t.Parallel()
	d := dnc.New(nil)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "Prefiero que no, gracias. Si lo necesito yo les escribo", Asked: "¿Le molesta si le escribo en un par de meses?"}).Kind)
	require.Equal(t, dnc.OptOut, d.Detect(dnc.Input{Text: "mejor que no", Asked: "¿Puedo seguir mandándole promociones por aquí?"}).Kind)
	require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: "I'd prefer you didn't", Asked: "Should I stop texting you?"}).Kind)
	require.Equal(t, dnc.None, d.Detect(dnc.Input{Text: "si me cambio, ¿tengo que dar de baja yo el seguro viejo o lo hacen ustedes?"}).Kind)
}
