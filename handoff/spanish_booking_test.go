package handoff_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
)

// requireSpanish fails when text reads as English: a word only an
// English booking text uses.
func requireSpanish(t *testing.T, text string) {
	t.Helper()
	for _, w := range []string{"call ", "you", "booked", "remind", "today", "tomorrow", "works", " at ", "will", "Sorry"} {
		require.NotContains(t, text, w, "English in %q", text)
	}
}

// A lead who writes Spanish and books by text gets the offer, the
// confirmation and the reminder in Spanish, the times in Spanish words,
// as they got the bridge and the notices; they were English (the
// slots "today at 3:30pm") while the opt-out confirmation, the HELP
// reply and the bridge were Spanish.
func TestSpanishLeadBooksInSpanish(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		env, _ := bookingSetupOn(t, st, monday3pm, nil, route.Rep{ID: "sarah", Name: "Sarah"})
		env.startWith(t, "c1", "+12125550101", "America/New_York")
		out := env.say(t, "c1", "¿me puede llamar alguien?")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Len(t, out.Conversation.Meeting.Offered, 2)
		require.Contains(t, out.Reply, "hoy a las 3:30pm", "%q", out.Reply)
		require.Contains(t, out.Reply, "Sarah")
		require.True(t, strings.HasSuffix(out.Reply, "?"), "%q", out.Reply)
		requireSpanish(t, out.Reply)

		out = env.say(t, "c1", "la primera")
		require.Equal(t, "es", env.conv(t, "c1").Lang)
		require.NotEmpty(t, env.conv(t, "c1").Meeting.BookingID)
		require.Contains(t, out.Reply, "Sarah hoy a las 3:30pm", "%q", out.Reply)
		require.Contains(t, out.Reply, "recordatorio 30 minutos antes", "%q", out.Reply)
		requireSpanish(t, out.Reply)

		rems := onlyKind(outboxOf(t, st, "c1"), store.OutboxReminder)
		require.Len(t, rems, 1)
		var p struct{ Body string }
		require.NoError(t, json.Unmarshal(rems[0].Payload, &p))
		rem := p.Body
		require.Contains(t, rem, "Sarah", "%q", rem)
		require.Contains(t, rem, "hoy a las 3:30pm", "%q", rem)
		requireSpanish(t, rem)
	})
}

// A Spanish lead who turns the offer down when the rep has nothing else
// is told in Spanish that a person will follow up.
func TestSpanishLeadNothingToOffer(t *testing.T) {
	t.Parallel()
	env, _ := bookingSetupWith(t, monday3pm, func(b *handoff.BookingConfig) { b.Window = time.Hour }, route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "¿me puede llamar alguien?").Kind)
	out := env.say(t, "c1", "ninguna, ¿tienen otro día?")
	require.NotEmpty(t, out.Reply, "a lead who asked is answered")
	require.Empty(t, env.events(t, "c1", store.EventBookingOffer)[1:], "nothing more to offer: %q", out.Reply)
	require.True(t, strings.HasSuffix(out.Reply, "?"), "%q", out.Reply)
	requireSpanish(t, out.Reply)
}

// noticeBody is the text queued to the lead by the latest rep change
// of c1's meeting whose key contains part (":cancelled", ":rep:"), or
// that names neither when part is "".
func (env *afterEnv) noticeBody(t *testing.T, part string) string {
	t.Helper()
	body := ""
	for _, it := range onlyKind(env.items(t, "c1"), store.OutboxReminder) {
		k := it.IdempotencyKey
		if !strings.HasPrefix(k, "notice:") || part != "" && !strings.Contains(k, part) ||
			part == "" && (strings.Contains(k, ":cancelled") || strings.Contains(k, ":rep:")) {
			continue
		}
		var p struct{ Body string }
		require.NoError(t, json.Unmarshal(it.Payload, &p))
		body = p.Body
	}
	require.NotEmpty(t, body, "no text queued for %q", part)
	return body
}

// A rep who moves or calls off a Spanish lead's meeting, or books one
// for them, tells the lead in Spanish; so is a lead who calls it off by
// text.
func TestSpanishLeadToldOfMeetingChangesInSpanish(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	env, _ := bookingSetup(t, monday3pm)
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "¿me puede llamar alguien?").Kind)
	require.Contains(t, env.say(t, "c1", "la segunda").Reply, "Sarah")

	_, err := env.e.MoveMeeting(ctx, handoff.MoveMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Start: wednesday10am, NotifyLead: true})
	require.NoError(t, err)
	moved := env.noticeBody(t, "")
	require.Contains(t, moved, "el miércoles a las 10am", "%q", moved)
	require.Contains(t, moved, "Sarah tuvo que mover tu llamada", "%q", moved)
	requireSpanish(t, moved)

	_, err = env.e.CancelMeeting(ctx, handoff.CancelMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah", NotifyLead: true})
	require.NoError(t, err)
	require.Equal(t, "Perdona, tu llamada con Sarah el miércoles a las 10am queda cancelada. Sarah se va a comunicar contigo.",
		env.noticeBody(t, ":cancelled"))

	_, err = env.e.BookMeeting(ctx, handoff.BookMeetingParams{TenantID: dspTenant, ConversationID: "c1", RepID: "sarah",
		Start: wednesday10am, NotifyLead: true})
	require.NoError(t, err)
	booked := env.noticeBody(t, ":rep:")
	require.Contains(t, booked, "Sarah el miércoles a las 10am", "%q", booked)
	requireSpanish(t, booked)

	out := env.say(t, "c1", "necesito cancelar la llamada")
	require.Empty(t, env.conv(t, "c1").Meeting.BookingID)
	require.Equal(t, "Listo, cancelé tu llamada con Sarah.", out.Reply)
}

// The configured Drafter (an LLM adapter) is told the Spanish lead's
// language for every text it writes: the AI's reply, the offer, the
// confirmation and the reminder. The booking texts' requests carried
// no language.
func TestDrafterToldTheLeadsLanguageForEveryText(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	langs := map[bridge.Purpose]string{}
	env, _ := bookingSetupConfig(t, monday3pm, func(c *handoff.Config) {
		c.Drafter = bridge.DrafterFunc(func(_ context.Context, req bridge.Request) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			langs[req.Purpose] = req.Lang
			return "", errors.New("no model here") // the template writes it
		})
	}, route.Rep{ID: "sarah", Name: "Sarah"})
	env.startWith(t, "c1", "+12125550101", "America/New_York")
	require.Equal(t, handoff.OutcomeReplied, env.say(t, "c1", "Hola, quiero vender mi casa").Kind)
	require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "¿me puede llamar alguien?").Kind)
	env.say(t, "c1", "la primera")
	mu.Lock()
	defer mu.Unlock()
	require.Equal(t, map[bridge.Purpose]string{bridge.PurposeReply: "es", bridge.PurposeBookingOffer: "es",
		bridge.PurposeBookingConfirm: "es", bridge.PurposeReminder: "es"}, langs)
}
