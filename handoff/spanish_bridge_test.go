package handoff_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// A lead who writes Spanish hears the handoff in Spanish, as they already
// heard the opt-out confirmation and the HELP reply: the bridge (from the
// very message that hands off and sets the conversation's language), the
// transparent notice, its update after the rep declines and the team's
// after the 5-minute rule escalates, and, while nobody is on duty, when
// someone is back. They were English (reviewer V, noticed).
func TestSpanishLeadHearsTheHandoffInSpanish(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()

		// the default bridge names the rep, in Spanish
		env := afterSetup(t, st, mikeAndSarah(t, st), nil)
		env.start(t, "b1")
		out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: dspTenant, ConversationID: "b1", Body: "¿me puede llamar alguien?"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, "es", env.conv(t, "b1").Lang)
		require.Contains(t, []string{
			"¡Claro! " + out.Conversation.AssignedName + " te va a contactar personalmente. ¿A qué hora te queda mejor una llamada?",
			"Perfecto, le paso tus datos a " + out.Conversation.AssignedName + ". ¿A qué hora te podemos llamar?",
			"Gracias, " + out.Conversation.AssignedName + " se va a comunicar contigo. ¿Qué horario te queda mejor para llamarte?",
		}, out.Reply)
		env.runOnce(t)
		_, err = env.e.Decline(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "b1", RepID: out.Conversation.AssignedTo})
		require.NoError(t, err)
		env.runOnce(t)
		texts := env.sender.bodies()
		require.Len(t, texts, 2, "%q", texts)
		now := env.conv(t, "b1").AssignedName
		require.Contains(t, []string{
			"¡Perdona la espera! Ahora te atiende " + now + ", que te va a escribir en unos dos minutos.",
			"Perdona la espera: te va a escribir " + now + " en unos dos minutos.",
		}, texts[1])
		env.clock.Advance(5*time.Minute + time.Second)
		env.runOnce(t)
		env.runOnce(t)
		texts = env.sender.bodies()
		require.Len(t, texts, 3, "%q", texts)
		require.Equal(t, "¡Perdona la espera! Alguien de nuestro equipo te va a escribir lo antes posible.", texts[2])

		// a transparent notice
		var n atomic.Int64
		env2 := afterSetup(t, st, mikeAndSarah(t, st), func(c *handoff.Config) {
			c.Notices = []handoff.NoticeRule{{}}
			c.NewID = func() string { return fmt.Sprintf("notice%06d", n.Add(1)) }
		})
		env2.startWith(t, "n1", "+12125550177", "America/New_York")
		env2.receive(t, "n1", "Hola, quiero vender mi casa")
		out = env2.receive(t, "n1", "¿me puede llamar alguien?")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Contains(t, []string{
			"Te comunico con " + out.Conversation.AssignedName + ", que te va a escribir en unos dos minutos.",
			"¡Gracias! Te paso con " + out.Conversation.AssignedName + ", que te escribe en unos dos minutos.",
		}, out.Reply)
	})
}

// Nobody on duty: a Spanish lead is told when someone is back, in
// Spanish and in their zone.
func TestSpanishLeadToldWhenSomeoneIsBack(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ny, err := time.LoadLocation("America/New_York")
		require.NoError(t, err)
		env := afterSetup(t, st, nineToFive(t, st), nil)
		env.clock.Set(time.Date(2026, 3, 3, 22, 0, 0, 0, ny))
		_, err = env.e.Start(context.Background(), handoff.StartParams{TenantID: dspTenant, ConversationID: "c1", Channel: store.ChannelChat,
			TimeZone: "America/Chicago", Lead: store.Lead{Name: "Lucía"}})
		require.NoError(t, err)
		out := env.receive(t, "c1", "¿me puede llamar alguien?")
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, "¡Gracias! Nuestro equipo vuelve mañana a las 8am y un asesor te va a contactar entonces. ¿Qué teléfono y horario te quedan mejor?", out.Reply)
	})
}
