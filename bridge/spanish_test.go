package bridge_test

import (
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
	// English stays English, and other texts are English for everyone
	req := bridge.Request{Purpose: bridge.PurposeBridge, RepName: "Pat", Reason: "explicit_ask"}
	eq(t, "Of course, Pat will reach out shortly. What's the best time to call?", bridge.NewTemplate(bridge.Voice{}).Line(req))
	req.Lang = "fr"
	eq(t, "Of course, Pat will reach out shortly. What's the best time to call?", bridge.NewTemplate(bridge.Voice{}).Line(req))
	reply := bridge.Request{Purpose: bridge.PurposeReply, Lang: "es", Missing: []string{"timeline"}}
	eq(t, "Thanks! What kind of timeline are you working with?", bridge.NewTemplate(bridge.Voice{}).Line(reply))
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
		{"es", time.Date(2026, 3, 7, 9, 0, 0, 0, ny), false, "el sábado a las 9am"},
		{"es", time.Date(2026, 3, 12, 9, 0, 0, 0, ny), false, "el 12 de marzo a las 9am"},
		{"", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), false, "tomorrow at 9am"},
		{"en", time.Date(2026, 3, 4, 9, 0, 0, 0, ny), true, "Wed at 9am"},
		{"", time.Date(2026, 3, 12, 9, 0, 0, 0, ny), true, "Mar 12 at 9am"},
	} {
		eq(t, tc.want, bridge.SlotPhraseIn(tc.lang, tc.t, now, tc.byDay))
	}
}
