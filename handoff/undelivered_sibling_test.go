package handoff_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// TestUndelivered_ARepsTextOnASiblingTheLeadsStopCancelled: the lead has
// two conversations, x and y, and texts STOP on x while sarah's reply on
// y is queued. The opt-out reaches every conversation of the lead, so
// sarah's text is cancelled; y's own audit trail says so (an
// outbox_cancelled event, reason opt_out) and Undelivered(y) gives the
// opt-out as why, whether y shares the lead's phone (another line) or is
// the lead's chat sharing only the email. The cancellation was counted
// in x's event, y's trail had none, and Undelivered(y) said only
// "cancelled before it was sent" (reviewer T, D2). On memstore, SQLite
// and PostgreSQL.
func TestUndelivered_ARepsTextOnASiblingTheLeadsStopCancelled(t *testing.T) {
	t.Parallel()
	const phone, email = "+12125550191", "dana@example.com"
	siblings := []struct {
		name   string
		params handoff.StartParams
	}{
		{"same phone, other line", handoff.StartParams{TenantID: dspTenant, ConversationID: "y", Line: "+12125550901",
			Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}}},
		{"chat with the email", handoff.StartParams{TenantID: dspTenant, ConversationID: "y", Channel: store.ChannelChat,
			Line: "web-widget", Lead: store.Lead{Name: "Dana", Email: email}}},
	}
	tenantStores(t, func(t *testing.T, st store.Store) {
		for i, sib := range siblings {
			t.Run(sib.name, func(t *testing.T) {
				ctx := context.Background()
				tenantID := dspTenant + string(rune('a'+i)) // one store: a tenant per case
				env := afterSetup(t, st, nil, nil)
				x := handoff.StartParams{TenantID: tenantID, ConversationID: "x", Line: "+12125550900",
					Lead: store.Lead{Name: "Dana", Phone: phone, Email: email}}
				_, err := env.e.Start(ctx, x)
				require.NoError(t, err)
				y := sib.params
				y.TenantID = tenantID
				_, err = env.e.Start(ctx, y)
				require.NoError(t, err)
				rm, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenantID, ConversationID: "y", RepID: "sarah",
					Body: "Hi Dana, Sarah here. Does 3pm work for a call?", Send: true})
				require.NoError(t, err)

				out, err := env.e.Receive(ctx, handoff.Inbound{TenantID: tenantID, ConversationID: "x", Body: "STOP"})
				require.NoError(t, err)
				require.Equal(t, handoff.OutcomeOptedOut, out.Kind)

				got, err := env.e.Undelivered(ctx, tenantID, "y")
				require.NoError(t, err)
				require.Equal(t, []handoff.NotSent{{MessageID: rm.MessageID, Status: store.OutboxCancelled,
					Why: "cancelled because the lead opted out"}}, got)
				kinds := func(id string) []string {
					evs, err := env.e.Events(ctx, tenantID, id)
					require.NoError(t, err)
					var out []string
					for _, ev := range evs {
						out = append(out, string(ev.Kind)+"("+ev.Reason+")")
					}
					return out
				}
				require.Equal(t, []string{"created(start)", "rep_message(rep message)",
					"opt_out(keyword:STOP)", "outbox_cancelled(opt_out)"}, kinds("y"), "y's own trail records its text cancelled")
				require.NotContains(t, kinds("x"), "outbox_cancelled(opt_out)", "x had nothing queued")
			})
		}
	})
}
