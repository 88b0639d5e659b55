package bridge_test

import (
	"fmt"
	"time"

	"github.com/handoffkit/handoffkit/bridge"
)

// A lead who writes Spanish ([bridge.Request].Lang "es", which the engine
// keeps from the lead's messages) gets the bridge, the transparent notice
// and its update in Spanish; the same request without Lang is English.
func ExampleTemplate_spanish() {
	tpl := bridge.NewTemplate(bridge.Voice{})
	for _, req := range []bridge.Request{
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Mike"},
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", RepName: "Mike", Lang: "es"},
		{Purpose: bridge.PurposeNotice, Reason: "explicit_ask", RepName: "Mike", Wait: 2 * time.Minute, Lang: "es"},
		{Purpose: bridge.PurposeNoticeUpdate, RepName: "Sarah", Wait: 2 * time.Minute, Lang: "es"},
		{Purpose: bridge.PurposeBridge, Reason: "explicit_ask", NextOnDuty: "mañana a las 9am", Lang: "es"},
	} {
		fmt.Println(tpl.Line(req))
	}
	// Output:
	// Of course, Mike will reach out shortly. What's the best time to call?
	// ¡Claro! Mike te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?
	// Te comunico con Mike, que te va a escribir en unos dos minutos.
	// ¡Perdona la espera! Ahora te atiende Sarah, que te va a escribir en unos dos minutos.
	// ¡Gracias! Nuestro equipo vuelve mañana a las 9am y un asesor te va a contactar entonces. ¿A qué hora te podemos llamar?
}
