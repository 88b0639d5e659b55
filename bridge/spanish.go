package bridge

import (
	"fmt"
	"strings"
	"time"
)

// The template's Spanish lines, for a lead who writes Spanish
// ([Request].Lang "es"): the reply, the bridge, the notice and its
// update, and the booking texts. They
// speak to the lead as "tú", as the Spanish consent texts do, and keep to
// the GSM-7 alphabet (é, ñ, ¿ and ¡ are in it; á, í, ó and ú are not) so
// that a line fits one 160-character segment rather than a 70-unit UCS-2
// one. No rep named, a Spanish line says "un asesor": Voice.PartnerWord is
// the business's English.
var spanish = phrasebook{
	// The replies ask what the English ones ask, field by field, in words
	// qualify's rule extractor reads as that field's question (a bare
	// answer to "¿Qué plazo tienes en mente?" is a timeline), and in
	// GSM-7: "¿Cuándo...?" and "¿Cuántas...?" are not, so the lines ask
	// for a "plazo" or a "tamaño". They offer no call, so a lead's "sí"
	// is no ask.
	reply: map[string][]string{
		"motivation": {"¡Gracias{lead}! ¿Qué te motiva a vender?", "Entendido{lead}. ¿Por qué quieres vender ahora?"},
		"condition":  {"¡Gracias{lead}! ¿En qué estado se encuentra la propiedad?", "Entendido{lead}. ¿La propiedad necesita reparaciones?"},
		"timeline":   {"¡Gracias{lead}! ¿Qué plazo tienes en mente?", "Entendido{lead}. ¿Tienes alguna fecha en mente?"},
		"price":      {"¡Gracias{lead}! ¿Qué rango de precio tienes en mente?", "Entendido{lead}. ¿En qué rango de precio piensas vender?"},
		"budget":     {"¡Gracias{lead}! ¿Tienes un presupuesto en mente?", "Entendido{lead}. ¿Con qué presupuesto cuentas?"},
		"authority":  {"¡Gracias{lead}! ¿Hay alguien que decida esto contigo?", "Entendido{lead}. ¿Quién firma o aprueba la compra?"},
		"need":       {"¡Gracias{lead}! ¿Qué problema quieres resolver?", "Entendido{lead}. ¿En qué te podemos ayudar?"},
		"size":       {"¡Gracias{lead}! ¿Qué tamaño de equipo tienen?", "Entendido{lead}. ¿Qué tamaño de empresa tienen?"},
		"role":       {"¡Gracias{lead}! ¿Qué puesto tienes en la empresa?", "Entendido{lead}. ¿Qué cargo tienes en la empresa?"},
		"":           {"¡Gracias{lead}! ¿Me cuentas un poco de lo que tienes en mente?", "Entendido{lead}. ¿Hay algo importante que deba saber?"},
	},
	bridge: map[string][]string{
		"": {
			"¡Claro! {Who} te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?",
			"Perfecto, le paso tus datos a {who}. ¿A qué hora te podemos llamar?",
			"Gracias, {who} se va a comunicar contigo. ¿Qué horario te queda mejor para llamarte?",
		},
		reasonFrustration: {
			"Lamento lo ocurrido. {Who} te va a llamar para resolverlo. ¿A qué hora te queda bien?",
			"Perdona las molestias, {who} te va a ayudar directamente. ¿A qué hora te podemos llamar?",
		},
	},
	chatBridge: []string{
		"¡Claro! {Who} te va a contactar personalmente. ¿Qué teléfono y horario te quedan mejor?",
		"Gracias, le paso tus datos a {who}. ¿A qué teléfono y a qué hora te contactamos?",
	},
	callback: map[string][]string{
		"": {
			"Claro, {who} te va a llamar {when}.",
			"Perfecto, {who} te llama {when}.",
		},
		reasonFrustration: {
			"Lamento lo ocurrido. {Who} te va a llamar {when} para resolverlo.",
		},
	},
	chatCallback: []string{
		"Perfecto, {who} te va a contactar {when}. ¿A qué teléfono o correo te escribimos?",
	},
	callbackFallback: map[string]string{
		"sms":  "Perfecto, {who} te va a llamar a la hora que pediste.",
		"chat": "Perfecto, {who} te va a contactar a la hora que pediste. ¿A qué teléfono o correo te escribimos?",
	},
	notice: map[string]map[string][]string{
		"": {
			"sms": {
				"Te comunico con {who}, que te va a escribir {wait}.",
				"¡Gracias! Te paso con {who}, que te escribe {wait}.",
			},
			"chat": {
				"Te comunico con {who}, que va a estar contigo {wait}.",
			},
		},
		reasonFrustration: {
			"sms":  {"Lamento lo ocurrido. Te comunico con {who}, que te va a escribir {wait}."},
			"chat": {"Lamento lo ocurrido. Te comunico con {who}, que va a estar contigo {wait}."},
		},
	},
	shortNotice: map[string]string{
		"sms":  "{Who} te va a escribir {wait}.",
		"chat": "{Who} va a estar contigo {wait}.",
	},
	update: map[string][]string{
		"sms":                     {"¡Perdona la espera! Ahora te atiende {who}, que te va a escribir {wait}.", "Perdona la espera: te va a escribir {who} {wait}."},
		"chat":                    {"¡Perdona la espera! Ahora te atiende {who}, que va a estar contigo {wait}."},
		"short/sms":               {"Perdona, {who} te va a escribir {wait}."},
		"short/chat":              {"Perdona, {who} va a estar contigo {wait}."},
		"team/sms":                {"¡Perdona la espera! Alguien de nuestro equipo te va a escribir lo antes posible."},
		"team/chat":               {"¡Perdona la espera! Alguien de nuestro equipo va a estar contigo lo antes posible."},
		"callback/sms":            {"Un aviso: {who} te va a llamar a la hora que pediste."},
		"callback/chat":           {"Un aviso: {who} te va a contactar a la hora que pediste."},
		"callback/team/sms":       {"Un aviso: alguien de nuestro equipo te va a llamar a la hora que pediste."},
		"callback/team/chat":      {"Un aviso: alguien de nuestro equipo te va a contactar a la hora que pediste."},
		"team/back/sms":           {"¡Perdona la espera! Nuestro equipo vuelve {back} y alguien te va a escribir entonces."},
		"team/back/chat":          {"¡Perdona la espera! Nuestro equipo vuelve {back} y alguien va a estar contigo entonces."},
		"callback/team/back/sms":  {"Un aviso: nuestro equipo vuelve {back} y alguien te va a llamar {when}."},
		"callback/team/back/chat": {"Un aviso: nuestro equipo vuelve {back} y alguien te va a contactar {when}."},
	},
	offDuty: map[string]string{
		"sms":                 "¡Gracias! Nuestro equipo vuelve {back} y {who} te va a contactar entonces. ¿A qué hora te podemos llamar?",
		"chat":                "¡Gracias! Nuestro equipo vuelve {back} y {who} te va a contactar entonces. ¿Qué teléfono y horario te quedan mejor?",
		"frustration/sms":     "Lamento lo ocurrido. Nuestro equipo vuelve {back} y {who} te va a contactar entonces. ¿A qué hora te podemos llamar?",
		"frustration/chat":    "Lamento lo ocurrido. Nuestro equipo vuelve {back} y {who} te va a contactar entonces. ¿Qué teléfono y horario te quedan mejor?",
		"callback/sms":        "Perfecto. Nuestro equipo vuelve {back} y {who} te va a llamar {when}.",
		"callback/chat":       "Perfecto. Nuestro equipo vuelve {back} y {who} te va a contactar {when}. ¿A qué teléfono o correo te escribimos?",
		"short/sms":           "Volvemos {back}. ¿A qué hora te llamamos?",
		"short/chat":          "Volvemos {back}. ¿A qué teléfono y hora?",
		"short/callback/sms":  "Perfecto, volvemos {back} y te llamamos entonces.",
		"short/callback/chat": "Volvemos {back}. ¿A qué teléfono o correo?",
		// (a frustrated lead's short line is the general one)
		"short/frustration/sms":  "Volvemos {back}. ¿A qué hora te llamamos?",
		"short/frustration/chat": "Volvemos {back}. ¿A qué teléfono y hora?",
	},
	// The booking texts. {slot1} and {slot2} are SlotPhraseIn's Spanish
	// ("mañana a las 10:30am", "el jueves a la 1:15pm"), {reminder}
	// ReminderPhraseIn's ("30 minutos"). A line names no other time
	// ("hora" is one: CheckFacts refuses it) and promises no reminder
	// but in the lines that state one.
	offer: []string{
		"¿Quieres agendar una llamada con {who}? Tengo {slot1} o {slot2}. ¿Qué horario te queda mejor?",
		"{Who} te puede llamar {slot1} o {slot2}. ¿Qué te queda mejor?",
		"Te puedo agendar una llamada con {who}: {slot1} o {slot2}. ¿Qué horario prefieres?",
	},
	offerOne: []string{
		"¿Quieres agendar una llamada con {who}? Tengo {slot1}. ¿Te queda bien?",
	},
	confirm: []string{
		"¡Listo! Tienes una llamada con {who} {slot1}. Te mandamos un recordatorio {reminder} antes.",
		"Perfecto, quedas con {who} {slot1}. Te enviamos un recordatorio {reminder} antes.",
	},
	confirmNoReminder: []string{
		"¡Listo! Tienes una llamada con {who} {slot1}. Si necesitas cambiarla, responde a este mensaje.",
		"Perfecto, quedas con {who} {slot1}. Si algo cambia, solo responde a este mensaje.",
	},
	reminder: []string{
		"Hola{lead}, un recordatorio: tu llamada con {who} es {slot1}. ¡Hasta pronto!",
		"Hola{lead}, te recuerdo tu llamada con {who} {slot1}. Si ya no te queda bien, responde a este mensaje.",
	},
	unnamed: strings.NewReplacer("{slot1}", "en el horario acordado", "{slot2}", "otro horario"),
	or:      orES,
	partner: "un asesor", from: " de ", at: " de ", then: "entonces", asked: "a la hora que pediste",
	wait: waitPhraseES, when: callbackWhenES,
}

// orES joins two slots of a Spanish offer: " u " before one that starts
// with an "o" sound ("mañana a las 10am u hoy a las 4pm"), else " o ".
func orES(slot2 string) string {
	low := strings.ToLower(slot2)
	if strings.HasPrefix(low, "o") || strings.HasPrefix(low, "ho") {
		return " u "
	}
	return " o "
}

// ReminderPhraseIn is [ReminderPhrase] in lang: Spanish for "es" ("30
// minutos", "1 hora", "2 horas"; whole days as hours, "24 horas", since
// "día" is not in the GSM-7 alphabet), English otherwise.
func ReminderPhraseIn(lang string, d time.Duration) string {
	if !isSpanish(lang) {
		return ReminderPhrase(d)
	}
	m := max(int(d.Round(time.Minute)/time.Minute), 1)
	switch {
	case m == 60:
		return "1 hora"
	case m%60 == 0:
		return fmt.Sprintf("%d horas", m/60)
	case m == 1:
		return "1 minuto"
	}
	return fmt.Sprintf("%d minutos", m)
}

// waitPhraseES is [WaitPhrase] in Spanish: "ahora mismo", "en un minuto",
// "en unos dos minutos", "en unos 15 minutos", "dentro de una hora", "en
// unas horas", "dentro de 5 horas", "dentro de 24 horas", "dentro de 72
// horas".
func waitPhraseES(d time.Duration) string {
	words := []string{"", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"}
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case d <= 30*time.Second:
		return "ahora mismo"
	case m <= 1:
		return "en un minuto"
	case m <= 10:
		return "en unos " + words[m] + " minutos"
	case m <= 45:
		return fmt.Sprintf("en unos %d minutos", (m+4)/5*5)
	case m <= 60:
		return "dentro de una hora"
	case m <= 4*60:
		return "en unas horas"
	case m <= 48*60:
		return fmt.Sprintf("dentro de %d horas", longHours(m))
	}
	// (counted in hours: "días" would take the text out of GSM-7)
	return fmt.Sprintf("dentro de %d horas", (m+24*60-1)/(24*60)*24)
}

// callbackWhenES is callbackWhen for a Spanish line: the lead's time as
// they wrote it ("mañana después de las 5"), a bare clock time as "a las
// 5pm", "cuando sea" as "pronto", one too long to restate as "a la hora
// que pediste".
func callbackWhenES(cb string) string {
	s := strings.ToLower(strings.Trim(clean(cb), " ,.!?¿¡"))
	for _, p := range []string{"llámame ", "llamame ", "llámenme ", "llamenme "} {
		s = strings.TrimPrefix(s, p)
	}
	switch {
	case s == "" || len(s) > callbackLongest:
		return "a la hora que pediste"
	case s == "cuando sea" || s == "a cualquier hora" || s == "cualquier hora" || s == "anytime" || s == "whenever":
		return "pronto"
	case s[0] >= '0' && s[0] <= '9':
		if strings.HasPrefix(s, "1:") || s == "1" || strings.HasPrefix(s, "1pm") || strings.HasPrefix(s, "1am") || strings.HasPrefix(s, "1 ") {
			return "a la " + s
		}
		return "a las " + s
	}
	return s
}

// spanishDays and spanishMonths name days and months in Spanish, in
// the GSM-7 alphabet: Saturday is "sabado", as Spanish texts often write
// it, since "á" would turn a whole text to UCS-2 and its 70-unit
// segments ("é" of "miércoles" is in GSM-7).
var (
	spanishDays   = [...]string{"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sabado"}
	spanishMonths = [...]string{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
		"octubre", "noviembre", "diciembre"}
)

// slotPhraseES is [SlotPhrase] in Spanish: "hoy a las 4pm", "mañana a las
// 10:30am", "el jueves a la 1:15pm", "el sabado a las 9am", "el 12 de
// marzo a las 9am".
func slotPhraseES(t, now time.Time, byDay bool) string {
	now = now.In(t.Location())
	clock := strings.Replace(t.Format("3:04pm"), ":00", "", 1)
	at := "a las "
	if t.Hour()%12 == 1 {
		at = "a la "
	}
	y1, m1, d1 := now.Date()
	day0 := time.Date(y1, m1, d1, 0, 0, 0, 0, t.Location())
	date := fmt.Sprintf("el %d de %s ", t.Day(), spanishMonths[t.Month()-1])
	switch days := int(t.Sub(day0).Hours() / 24); {
	case t.Before(day0) || days >= 7:
		return date + at + clock
	case days == 0 && !byDay:
		return "hoy " + at + clock
	case days == 1 && !byDay:
		return "mañana " + at + clock
	}
	return "el " + spanishDays[t.Weekday()] + " " + at + clock
}
