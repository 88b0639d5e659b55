package bridge_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// A lead who writes Spanish (Request.Lang "es") gets the bridge, the
// notice and its update in Spanish, every variant passing the checks an
// English one passes: ValidateWith for its purpose in one segment, and
// CheckFacts (the wait, the lead's time, when someone is back). They had
// the English lines while the opt-out confirmation and HELP reply were
// already Spanish.
func TestTemplateSpanish(t *testing.T) {
	t.Parallel()
	english := []string{" will ", "you", "the ", "Thanks", "Sorry", "what"}
	for _, voice := range []bridge.Voice{{}, {BusinessName: "Bluebird Home Buyers", PartnerWord: "a specialist"}} {
		tpl := bridge.NewTemplate(voice)
		for _, base := range []bridge.Request{
			{Purpose: bridge.PurposeBridge, RepName: "Pat"},
			{Purpose: bridge.PurposeBridge},
			{Purpose: bridge.PurposeBridge, RepName: "Pat", Callback: "mañana después de las 5"},
			{Purpose: bridge.PurposeBridge, Callback: "5pm"},
			{Purpose: bridge.PurposeBridge, NextOnDuty: "mañana a las 9am"},
			{Purpose: bridge.PurposeBridge, NextOnDuty: "el miércoles a las 9am", Callback: "mañana después de las 5"},
			{Purpose: bridge.PurposeBridge, NextOnDuty: "el sábado a las 9am EST"},
			{Purpose: bridge.PurposeNotice, RepName: "Pat", Wait: 2 * time.Minute},
			{Purpose: bridge.PurposeNotice, RepName: "Pat", Wait: 15 * time.Minute},
			{Purpose: bridge.PurposeNotice, RepName: "Pat"},
			{Purpose: bridge.PurposeNoticeUpdate, RepName: "Rae", Wait: 2 * time.Minute},
			{Purpose: bridge.PurposeNoticeUpdate, RepName: "Rae", Wait: 50 * time.Minute},
			{Purpose: bridge.PurposeNoticeUpdate},
			{Purpose: bridge.PurposeNoticeUpdate, RepName: "Rae", Callback: "mañana"},
			{Purpose: bridge.PurposeNoticeUpdate, Callback: "mañana"},
		} {
			for _, reason := range []string{"explicit_ask", "frustration", "fields"} {
				for _, ch := range []string{"sms", "chat"} {
					for i := range 6 {
						req := base
						req.Lang, req.Reason, req.Channel, req.ConversationID, req.LeadName = "es", reason, ch, fmt.Sprintf("c%d", i), "Lucía"
						got := tpl.Line(req)
						what := fmt.Sprintf("%+v: %q", req, got)
						n, _ := bridge.Segments(got)
						eq(t, 1, n, what)
						eq(t, nil, bridge.ValidateWith(got, req.Purpose, &bridge.ValidateOpts{RepName: req.RepName, Callback: req.Callback}), what)
						if req.Purpose != bridge.PurposeNoticeUpdate {
							eq(t, nil, bridge.CheckFacts(got, req), what)
						} else if req.Callback == "" {
							eq(t, nil, bridge.CheckFacts(got, req), what)
						}
						for _, w := range english {
							eq(t, false, strings.Contains(got, w), what+": English "+w)
						}
						if req.RepName != "" && req.Purpose != bridge.PurposeBridge {
							eq(t, true, strings.Contains(got, req.RepName), what)
						}
					}
				}
			}
		}
	}
	// the canonical lines
	for _, tc := range []struct {
		req  bridge.Request
		want string
	}{
		{bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Pat", Reason: "explicit_ask"},
			"¡Claro! Pat te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?"},
		{bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask"},
			"¡Claro! Un asesor te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?"},
		{bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Pat", Reason: "explicit_ask", Callback: "mañana después de las 5"},
			"Claro, Pat te va a llamar mañana después de las 5."},
		{bridge.Request{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", NextOnDuty: "mañana a las 9am"},
			"¡Gracias! Nuestro equipo vuelve mañana a las 9am y un asesor te va a contactar entonces. ¿A qué hora te podemos llamar?"},
		{bridge.Request{Purpose: bridge.PurposeNotice, RepName: "Pat", Reason: "explicit_ask", Wait: 2 * time.Minute},
			"Te comunico con Pat, que te va a escribir en unos dos minutos."},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Rae", Wait: 2 * time.Minute},
			"¡Perdona la espera! Ahora te atiende Rae, que te va a escribir en unos dos minutos."},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate},
			"¡Perdona la espera! Alguien de nuestro equipo te va a escribir lo antes posible."},
		{bridge.Request{Purpose: bridge.PurposeNoticeUpdate, RepName: "Rae", Callback: "mañana"},
			"Un aviso: Rae te va a llamar a la hora que pediste."},
	} {
		tc.req.Lang = "es"
		eq(t, tc.want, bridge.NewTemplate(bridge.Voice{}).Line(tc.req))
	}
	// English stays English, and every other language is English
	req := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Pat", Reason: "explicit_ask"}
	eq(t, "Of course, Pat will reach out shortly. What's the best time to call?", bridge.NewTemplate(bridge.Voice{}).Line(req))
	req.Lang = "fr"
	eq(t, "Of course, Pat will reach out shortly. What's the best time to call?", bridge.NewTemplate(bridge.Voice{}).Line(req))
	// A reply is Spanish too. It was English on purpose, when only the
	// handoff's texts were translated, so a lead who wrote Spanish got
	// "Thanks! What kind of timeline are you working with?" between a
	// Spanish greeting and a Spanish bridge; a business using the
	// defaults (no LLM) expects its qualifying questions in the lead's
	// language as much as its handoff texts (see TestTemplateSpanishReply).
	reply := bridge.Request{Purpose: bridge.PurposeReply, Lang: "es", Missing: []string{"timeline"}}
	eq(t, "¡Gracias! ¿Qué plazo tienes en mente?", bridge.NewTemplate(bridge.Voice{}).Line(reply))
	reply.Lang = "fr"
	eq(t, "Thanks! What kind of timeline are you working with?", bridge.NewTemplate(bridge.Voice{}).Line(reply))
}

// schemaFields are the fields of the default schemas (qualify's
// RealEstate, BANT and B2B), which a reply asks about one at a time.
var schemaFields = []string{"motivation", "condition", "timeline", "price", "budget", "authority", "need", "company_size", "role", "use_case_fit"}

// A lead who writes Spanish gets the template's replies in Spanish: the
// question of each missing field of the default schemas and the general
// line, in every variant and voice, in one GSM-7 segment (when the
// lead's name is), valid for a reply and holding to the facts, with no
// English in them. A reply does not ask again a question the lead
// answered in either language: a lead who answered the English question
// and then wrote Spanish is not asked it again in Spanish. They were
// English.
func TestTemplateSpanishReply(t *testing.T) {
	t.Parallel()
	english := []string{"Thanks", "Got it", "What", "you", "your", "the ", " is ", "How "}
	for _, v := range voices {
		tpl := bridge.NewTemplate(v.voice)
		general := map[string]bool{}
		for _, missing := range append([][]string{nil, {"unknown"}}, func() (m [][]string) {
			for _, f := range schemaFields {
				m = append(m, []string{f})
			}
			return m
		}()...) {
			for _, lead := range []string{"Ana", "Lucía", "Maria Lopez", ""} {
				for i := range 16 {
					req := bridge.Request{Purpose: bridge.PurposeReply, Lang: "es", Missing: missing, LeadName: lead, RepName: v.rep,
						ConversationID: fmt.Sprintf("c%d", i), Voice: v.voice}
					got := tpl.Line(req)
					what := fmt.Sprintf("%s %+v: %q", v.name, req, got)
					n, enc := bridge.Segments(got)
					eq(t, 1, n, what)
					if lead != "Lucía" {
						eq(t, bridge.EncodingGSM7, enc, what)
					}
					eq(t, nil, bridge.ValidateWith(got, bridge.PurposeReply, &bridge.ValidateOpts{RepName: req.RepName, Voice: v.voice}), what)
					eq(t, nil, bridge.CheckFacts(got, req), what)
					eq(t, true, strings.HasPrefix(got, "¡Gracias") || strings.HasPrefix(got, "Entendido"), what)
					eq(t, true, strings.Contains(got, "¿") && strings.HasSuffix(got, "?"), what+": asks")
					for _, w := range english {
						eq(t, false, strings.Contains(got, w), what+": English "+w)
					}
					req.Lang = ""
					eq(t, false, got == tpl.Line(req), what+": the English line")
					if len(missing) == 0 || missing[0] == "unknown" {
						general[got] = true
					} else {
						eq(t, false, general[got], what+": the general line for a field")
					}
				}
			}
		}
	}
	// the canonical lines, one a field
	for _, tc := range []struct {
		field, want string
	}{
		{"motivation", "¡Gracias Ana! ¿Qué te motiva a vender?"},
		{"condition", "¡Gracias Ana! ¿En qué estado se encuentra la propiedad?"},
		{"timeline", "¡Gracias Ana! ¿Qué plazo tienes en mente?"},
		{"price", "¡Gracias Ana! ¿Qué rango de precio tienes en mente?"},
		{"budget", "¡Gracias Ana! ¿Tienes un presupuesto en mente?"},
		{"authority", "¡Gracias Ana! ¿Hay alguien que decida esto contigo?"},
		{"need", "¡Gracias Ana! ¿Qué problema quieres resolver?"},
		{"role", "¡Gracias Ana! ¿Qué puesto tienes en la empresa?"},
		{"company_size", "¡Gracias Ana! ¿Qué tamaño de equipo tienen?"},
		{"use_case_fit", "¡Gracias Ana! ¿Qué problema quieres resolver?"},
		{"", "¡Gracias Ana! ¿Me cuentas un poco de lo que tienes en mente?"},
	} {
		req := bridge.Request{Purpose: bridge.PurposeReply, Lang: "es", LeadName: "Ana"}
		if tc.field != "" {
			req.Missing = []string{tc.field}
		}
		eq(t, tc.want, bridge.NewTemplate(bridge.Voice{}).Line(req))
	}
	// a question answered, in English or in Spanish, is not asked again
	tpl := bridge.NewTemplate(bridge.Voice{})
	for _, id := range []string{"", "c1", "c2", "c3"} {
		for _, lang := range []string{"", "es"} {
			asked := tpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Ana", Lang: lang,
				Missing: []string{"motivation", "condition"}})
			req := bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Ana", Lang: "es",
				Missing:    []string{"motivation", "condition"},
				Transcript: []bridge.Turn{{Origin: "ai", Text: asked}, {Origin: "lead", Text: "pues la herede de mi mama"}}}
			next := tpl.Line(bridge.Request{Purpose: bridge.PurposeReply, ConversationID: id, LeadName: "Ana", Lang: "es",
				Missing: []string{"condition"}})
			eq(t, next, tpl.Line(req), fmt.Sprintf("%q answered", asked))
		}
	}
}

// SlotPhraseIn names a time in the lead's language, by weekday when
// quiet hours may hold the text to a later day.
func TestSlotPhraseIn(t *testing.T) {
	t.Parallel()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 3, 22, 0, 0, 0, ny) // a Tuesday
	for _, tc := range []struct {
		lang  string
		t     time.Time
		byDay bool
		want  string
	}{
		{"es", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), false, "mañana a las 9am"},
		{"es", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), true, "el miércoles a las 9am"},
		{"es", time.Date(2026, 3, 3, 23, 30, 0, 0, ny), false, "hoy a las 11:30pm"},
		{"es", time.Date(2026, 3, 5, 13, 15, 0, 0, ny), false, "el jueves a la 1:15pm"},
		{"es", time.Date(2026, 3, 7, 9, 0, 0, 0, ny), false, "el sabado a las 9am"}, // GSM-7: "á" is not in it
		{"es", time.Date(2026, 3, 12, 9, 0, 0, 0, ny), false, "el 12 de marzo a las 9am"},
		{"", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), false, "tomorrow at 9am"},
		{"en", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), true, "Wed at 9am"},
		{"", time.Date(2026, 3, 12, 9, 0, 0, 0, ny), true, "Mar 12 at 9am"},
	} {
		eq(t, tc.want, bridge.SlotPhraseIn(tc.lang, tc.t, now, tc.byDay))
	}
}

// A lead who writes Spanish gets the booking texts in Spanish too: the
// offer of one or two slots, the confirmation with its reminder or
// without, and the reminder, with the slots in Spanish words (see
// SlotPhraseIn) and the reminder's lead time too (ReminderPhraseIn).
// Every variant passes the checks an English one passes (ValidateWith
// for its purpose in one segment, CheckFacts: the slots, the rep and the
// reminder as given, no other time), keeps to GSM-7 when the names do,
// and says nothing in English. They were English.
func TestTemplateSpanishBooking(t *testing.T) {
	t.Parallel()
	english := []string{" will ", "you", "the ", "Thanks", "Sorry", "what", "call ", "book", "remind", " at ", " or "}
	two := [][]string{{"hoy a las 4pm", "mañana a las 10:30am"}, {"el jueves a la 1:15pm EST", "el sabado a las 10am EST"},
		{"el 12 de marzo a las 9am", "el miércoles a las 11:45am"}}
	var reqs []bridge.Request
	for _, s := range two {
		reqs = append(reqs,
			bridge.Request{Purpose: bridge.PurposeBookingOffer, Slots: s},
			bridge.Request{Purpose: bridge.PurposeBookingOffer, Slots: s[1:]},
			bridge.Request{Purpose: bridge.PurposeBookingConfirm, Slots: s[:1], Reminder: bridge.ReminderPhraseIn("es", 30*time.Minute)},
			bridge.Request{Purpose: bridge.PurposeBookingConfirm, Slots: s[1:], Reminder: bridge.ReminderPhraseIn("es", 24*time.Hour)},
			bridge.Request{Purpose: bridge.PurposeBookingConfirm, Slots: s[:1]},
			bridge.Request{Purpose: bridge.PurposeReminder, Slots: s[1:]},
		)
	}
	for _, voice := range []bridge.Voice{{}, {BusinessName: "Bluebird Home Buyers", PartnerWord: "a specialist"}} {
		tpl := bridge.NewTemplate(voice)
		for _, base := range reqs {
			for _, rep := range []string{"Sarah Lee", ""} {
				for _, lead := range []string{"Ana", "Lucía", ""} {
					for _, ch := range []string{"sms", "chat"} {
						for i := range 6 {
							req := base
							req.Lang, req.RepName, req.LeadName, req.Channel, req.ConversationID = "es", rep, lead, ch, fmt.Sprintf("c%d", i)
							got := tpl.Line(req)
							what := fmt.Sprintf("%+v: %q", req, got)
							n, enc := bridge.Segments(got)
							eq(t, 1, n, what)
							if lead != "Lucía" {
								eq(t, bridge.EncodingGSM7, enc, what)
							}
							eq(t, nil, bridge.ValidateWith(got, req.Purpose, &bridge.ValidateOpts{RepName: req.RepName}), what)
							eq(t, nil, bridge.CheckFacts(got, req), what)
							for _, s := range req.Slots {
								eq(t, true, strings.Contains(got, s), what+": states "+s)
							}
							for _, w := range english {
								eq(t, false, strings.Contains(got, w), what+": English "+w)
							}
							if rep != "" {
								eq(t, true, strings.Contains(got, "Sarah"), what)
							}
						}
					}
				}
			}
		}
	}
	// every voice, the long and the hostile: a valid line, never a placeholder
	for _, v := range voices {
		tpl := bridge.NewTemplate(v.voice)
		for _, base := range reqs {
			for i := range 6 {
				req := base
				req.Lang, req.RepName, req.LeadName, req.ConversationID = "es", v.rep, "Maria Lopez", fmt.Sprintf("c%d", i)
				got := tpl.Line(req)
				eq(t, nil, bridge.Validate(got, req.Purpose), fmt.Sprintf("%s %+v: %q", v.name, req, got))
				eq(t, false, strings.Contains(got, "{"), got)
			}
		}
	}
	// the canonical lines
	for _, tc := range []struct {
		req  bridge.Request
		want string
	}{
		{bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah", Slots: []string{"hoy a las 4pm", "mañana a las 10:30am"}},
			"¿Quieres agendar una llamada con Sarah? Tengo hoy a las 4pm o mañana a las 10:30am. ¿Qué horario te queda mejor?"},
		{bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah", Slots: []string{"mañana a las 10:30am", "hoy a las 4pm"}},
			"¿Quieres agendar una llamada con Sarah? Tengo mañana a las 10:30am u hoy a las 4pm. ¿Qué horario te queda mejor?"},
		{bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah", Slots: []string{"mañana a las 10:30am"}},
			"¿Quieres agendar una llamada con Sarah? Tengo mañana a las 10:30am. ¿Te queda bien?"},
		{bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah", Slots: []string{"mañana a las 10:30am"}, Reminder: "30 minutos"},
			"¡Listo! Tienes una llamada con Sarah mañana a las 10:30am. Te mandamos un recordatorio 30 minutos antes."},
		{bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah", Slots: []string{"mañana a las 10:30am"}},
			"¡Listo! Tienes una llamada con Sarah mañana a las 10:30am. Si necesitas cambiarla, responde a este mensaje."},
		{bridge.Request{Purpose: bridge.PurposeReminder, RepName: "Sarah", LeadName: "Ana", Slots: []string{"hoy a las 4pm"}},
			"Hola Ana, un recordatorio: tu llamada con Sarah es hoy a las 4pm. ¡Hasta pronto!"},
	} {
		tc.req.Lang = "es"
		eq(t, tc.want, bridge.NewTemplate(bridge.Voice{}).Line(tc.req))
	}
}

// ReminderPhraseIn says how long before the meeting the reminder goes
// in the lead's language, in GSM-7: a day as hours, since "día" is not.
func TestReminderPhraseIn(t *testing.T) {
	t.Parallel()
	for d, want := range map[time.Duration]string{
		30 * time.Minute: "30 minutos",
		time.Minute:      "1 minuto",
		time.Hour:        "1 hora",
		90 * time.Minute: "90 minutos",
		2 * time.Hour:    "2 horas",
		24 * time.Hour:   "24 horas",
		48 * time.Hour:   "48 horas",
	} {
		eq(t, want, bridge.ReminderPhraseIn("es", d), d)
		eq(t, bridge.ReminderPhrase(d), bridge.ReminderPhraseIn("", d), d)
	}
}

// CheckFacts reads a model's Spanish booking text as it reads an English
// one: the slots, the rep and the reminder as given pass, whatever
// accents the text puts on the day ("el sábado" for the slot "el sabado
// ..."), and a time it adds, a reminder it words otherwise or one it
// promises with none queued are refused.
func TestCheckFactsSpanishBooking(t *testing.T) {
	t.Parallel()
	offer := bridge.Request{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah Lee", LeadName: "Ana", Lang: "es",
		Slots: []string{"hoy a las 4pm", "el sabado a las 10am"}}
	confirm := bridge.Request{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah Lee", Lang: "es", Slots: []string{"mañana a las 9am"},
		Reminder: "30 minutos"}
	none := confirm
	none.Reminder = ""
	reminder := bridge.Request{Purpose: bridge.PurposeReminder, RepName: "Sarah Lee", Lang: "es", Slots: []string{"hoy a las 4pm"}}
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Hola Ana, Sarah te puede llamar hoy a las 4pm o el sábado a las 10am. ¿Cuál prefieres?", offer},
		{"Sarah tiene libre hoy a las 4pm o el sabado a las 10am, ¿cuál de las dos te queda mejor?", offer},
		{"Listo, tu llamada con Sarah es mañana a las 9am. Te mando un recordatorio 30 minutos antes.", confirm},
		{"Listo, tu llamada con Sarah quedó para manana a las 9am. Te enviamos un recordatorio 30 minutos antes.", confirm},
		{"¡Listo! Sarah te llama mañana a las 9am. Si necesitas cambiarla, responde aquí.", none},
		{"Hola, te recuerdo tu llamada con Sarah hoy a las 4pm. Si ya no puedes, responde aquí.", reminder},
		{"¡Gracias! Nuestro equipo vuelve el sábado a las 9am y un asesor te va a contactar entonces. ¿A qué hora te llamamos?",
			bridge.Request{Purpose: bridge.PurposeBridge, Lang: "es", NextOnDuty: "el sabado a las 9am"}},
	} {
		if err := bridge.CheckFacts(tt.text, tt.req); err != nil {
			t.Errorf("CheckFacts(%q) = %v, want nil", tt.text, err)
		}
	}
	for _, tt := range []struct {
		text string
		req  bridge.Request
	}{
		{"Sarah te puede llamar hoy a las 4pm o el domingo a las 10am. ¿Cuál prefieres?", offer},
		{"Sarah te puede llamar hoy a las 4pm o el sábado a las 10am, o a las ocho. ¿Cuál prefieres?", offer},
		{"Sarah te puede llamar hoy a las 4pm o el sábado a las 10am, o por la noche. ¿Cuál prefieres?", offer},
		{"Listo, tu llamada con Sarah es mañana a las 9am. Te mando un recordatorio una hora antes.", confirm},
		{"Listo, tu llamada con Sarah es mañana a las 9am. Te aviso antes de la llamada.", none},
		{"Hola, te recuerdo tu llamada con Sarah esta noche a las 7pm.", reminder},
	} {
		var te *bridge.TextError
		if err := bridge.CheckFacts(tt.text, tt.req); !errors.As(err, &te) || te.Problem != bridge.ProblemFacts {
			t.Errorf("CheckFacts(%q) = %v, want ProblemFacts", tt.text, err)
		}
	}
}
