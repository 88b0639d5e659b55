package bridge_test

import (
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// A lead who writes Spanish ([bridge.Request].Lang "es", which the engine
// keeps from the lead's messages) gets the AI's replies (the question
// for the first missing field), the bridge, the transparent notice and
// its update, and the booking texts in Spanish, the slots named with
// [bridge.SlotPhraseIn] and the reminder's lead time with
// [bridge.ReminderPhraseIn]; the same request without Lang is English.
func ExampleTemplate_spanish() {
	tpl := bridge.NewTemplate(bridge.Voice{})
	ny, _ := time.LoadLocation("America/New_York")
	now := time.Date(2026, 3, 3, 15, 0, 0, 0, ny) // a Tuesday afternoon
	slots := []string{
		bridge.SlotPhraseIn("es", time.Date(2026, 3, 3, 16, 0, 0, 0, ny), now, false),
		bridge.SlotPhraseIn("es", time.Date(2026, 3, 4, 10, 30, 0, 0, ny), now, false),
	}
	for _, req := range []bridge.Request{
		{Purpose: bridge.PurposeReply, LeadName: "Ana", Missing: []string{"timeline", "price"}},
		{Purpose: bridge.PurposeReply, LeadName: "Ana", Missing: []string{"timeline", "price"}, Lang: "es"},
		{Purpose: bridge.PurposeReply, LeadName: "Ana", Missing: []string{"budget"}, Lang: "es"},
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Mike"},
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Mike", Lang: "es"},
		{Purpose: bridge.PurposeNotice, Reason: "explicit_ask", RepName: "Mike", Wait: 2 * time.Minute, Lang: "es"},
		{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah", Wait: 2 * time.Minute, Lang: "es"},
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", NextOnDuty: "mañana a las 9am", Lang: "es"},
		{Purpose: bridge.PurposeBookingOffer, RepName: "Sarah", Slots: slots, Lang: "es"},
		{Purpose: bridge.PurposeBookingConfirm, RepName: "Sarah", Slots: slots[1:],
			Reminder: bridge.ReminderPhraseIn("es", 30*time.Minute), Lang: "es"},
		{Purpose: bridge.PurposeReminder, RepName: "Sarah", LeadName: "Ana", Slots: []string{"hoy a las 10:30am"}, Lang: "es"},
	} {
		fmt.Println(tpl.Line(req))
	}
	// Output:
	// Thanks Ana! What kind of timeline are you working with?
	// ¡Gracias Ana! ¿Qué plazo tienes en mente?
	// ¡Gracias Ana! ¿Tienes un presupuesto en mente?
	// Of course, Mike will reach out shortly. What's the best time to call?
	// ¡Claro! Mike te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?
	// Te comunico con Mike, que te va a escribir en unos dos minutos.
	// ¡Perdona la espera! Ahora te atiende Sarah, que te va a escribir en unos dos minutos.
	// ¡Gracias! Nuestro equipo vuelve mañana a las 9am y un asesor te va a contactar entonces. ¿A qué hora te podemos llamar?
	// ¿Quieres agendar una llamada con Sarah? Tengo hoy a las 4pm o mañana a las 10:30am. ¿Qué horario te queda mejor?
	// ¡Listo! Tienes una llamada con Sarah mañana a las 10:30am. Te mandamos un recordatorio 30 minutos antes.
	// Hola Ana, un recordatorio: tu llamada con Sarah es hoy a las 10:30am. ¡Hasta pronto!
}
