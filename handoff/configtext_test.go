package handoff_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/bridge"
	"github.com/handoffkit/handoffkit/calendar"
	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/qualify"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/memstore"
	"github.com/handoffkit/handoffkit/trigger"
)

// TestNewEngineRefusesConfigTextsNoStoreHolds: NewEngine took a consent
// text, a Voice field or the Team with a NUL byte, invalid UTF-8 or a
// control character. PostgreSQL's text columns refuse NUL, so on it the
// lead's STOP then failed in its commit ("invalid byte sequence for
// encoding UTF8: 0x00"), the opt-out was lost and the AI went on texting
// (the confirmation, or Voice.BusinessName in the default one, carried
// the NUL), and every handoff to a Team with a NUL failed in its commit,
// the lead's ask lost (reviewer K's repros). NewEngine refuses each text
// field of the Config that holds one (Team as it refuses a bad ID),
// naming the field, and returns no engine, so nothing is written.
func TestNewEngineRefusesConfigTextsNoStoreHolds(t *testing.T) {
	t.Parallel()
	cal := calendar.Calendar(unreachableCalendar{})
	for _, bad := range []struct{ name, v string }{{"NUL", "Acme\x00 Homes"}, {"invalid UTF-8", "Acme \xc3 Homes"}, {"ESC", "Acme \x1b[31mHomes"}} {
		for field, cfg := range map[string]*handoff.Config{
			"Config.OptOutConfirmation":                 {OptOutConfirmation: bad.v},
			"Config.OptInConfirmation":                  {OptInConfirmation: bad.v},
			"Config.HelpReply":                          {HelpReply: bad.v},
			`Config.Localized["es"].OptOutConfirmation`: {Localized: map[string]handoff.ConsentTexts{"es": {OptOutConfirmation: bad.v}}},
			`Config.Localized["fr"].HelpReply`:          {Localized: map[string]handoff.ConsentTexts{"fr": {HelpReply: bad.v}}},
			fmt.Sprintf("Config.Localized[%q]", bad.v):  {Localized: map[string]handoff.ConsentTexts{bad.v: {HelpReply: "Acme: texts about your home."}}},
			"Config.Voice.BusinessName":                 {Voice: bridge.Voice{BusinessName: bad.v}},
			"Config.Voice.AgentName":                    {Voice: bridge.Voice{AgentName: bad.v}},
			"Config.Voice.PartnerWord":                  {Voice: bridge.Voice{PartnerWord: bad.v}},
			"Config.Voice.Tone":                         {Voice: bridge.Voice{Tone: bad.v}},
			"Config.Team":                               {Team: bad.v},
			"Config.Schema.Name":                        {Schema: qualify.Schema{Name: bad.v, Fields: []qualify.Field{"budget"}, Required: 1}},
			"Config.Schema.Fields[1]":                   {Schema: qualify.Schema{Name: "custom", Fields: []qualify.Field{"budget", qualify.Field(bad.v)}, Required: 1}},
			"Config.Competitors[1]":                     {Competitors: []string{"Opendoor", bad.v}},
			"Config.Notices[0].Reason":                  {Notices: []handoff.NoticeRule{{Reason: trigger.Reason(bad.v)}}},
			"Config.Booking.Tenants[0]":                 {Booking: &handoff.BookingConfig{Calendar: cal, Tenants: []string{bad.v}}},
			"Config.Booking.Reasons[0]":                 {Booking: &handoff.BookingConfig{Calendar: cal, Reasons: []trigger.Reason{trigger.Reason(bad.v)}}},
		} {
			e, err := handoff.NewEngine(memstore.New(), cfg)
			requireConfigError(t, err, field)
			require.Nil(t, e, "%s with %s", field, bad.name)
		}
	}
}

// TestConfigTextsEveryStoreHolds: what NewEngine accepts (consent texts
// of several lines, a business name with accents and an emoji sequence, a
// Team of any script) every store holds: on memstore, SQLite and
// PostgreSQL the lead's STOP pauses the conversation as opted out with the
// confirmation queued, and an explicit ask hands off to the team's queue.
func TestConfigTextsEveryStoreHolds(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		e, err := handoff.NewEngine(st, &handoff.Config{
			Voice:     bridge.Voice{BusinessName: "Café Olé 👩‍👩‍👧", AgentName: "Zoë", Tone: "warm,\nshort"},
			Team:      "ventas/sur – Müller",
			Localized: map[string]handoff.ConsentTexts{"es": {OptOutConfirmation: "Listo, no más mensajes.\nResponde START para volver."}},
		})
		require.NoError(t, err)
		for _, id := range []string{"c1", "c2"} {
			_, err := e.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id,
				Lead: store.Lead{Name: "Dana", Phone: "+1555010" + map[string]string{"c1": "1234", "c2": "5678"}[id]}})
			require.NoError(t, err)
		}
		out, err := e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c1", Body: "STOP", ProviderID: "p1"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		require.Contains(t, out.Reply, "Café Olé 👩‍👩‍👧")
		require.Equal(t, store.StatusOptedOut, out.Conversation.Status)

		out, err = e.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "c2", Body: "can someone call me", ProviderID: "p2"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)
		require.Equal(t, store.StateHandoff, out.Conversation.State)
	})
}
