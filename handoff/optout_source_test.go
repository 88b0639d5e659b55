package handoff_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// optOutMessage is the message an opt_out event names ("message=" in its
// Detail), "" when it names none.
func optOutMessage(t *testing.T, ev store.Event) string {
	t.Helper()
	require.Equal(t, store.EventOptOut, ev.Kind)
	for _, f := range strings.Fields(ev.Detail) {
		if v, ok := strings.CutPrefix(f, "message="); ok {
			id, err := url.QueryUnescape(v)
			require.NoError(t, err)
			return id
		}
	}
	return ""
}

// sourceOf is the SourceMessageID of the tenant's suppression of addr.
func sourceOf(t *testing.T, st store.Store, addr string) string {
	t.Helper()
	var s store.Suppression
	require.NoError(t, st.View(context.Background(), func(ctx context.Context, tx store.Tx) error {
		var err error
		s, err = tx.SuppressionGet(ctx, dspTenant, addr)
		return err
	}))
	return s.SourceMessageID
}

// TestOptOutEventNamesItsMessage: the opt_out event names the lead
// message that carried the opt-out, on the conversation that received it
// and on the other conversation with the lead's number it paused, and
// keeps naming it after START deleted the suppression (whose
// SourceMessageID named it until then): the audit trail alone links an
// opt-out to its message. A person's confirmation of a review names the
// message in review (the suppression too, not the confirmation text); a
// carrier's report, which no message carried, names none. The opt-in
// still returns each conversation where the opt-out found it. On
// memstore, SQLite and PostgreSQL.
func TestOptOutEventNamesItsMessage(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		env := afterSetup(t, st, nil, nil)
		const phone = "+12125550101"
		env.startWith(t, "c1", phone, "America/New_York")
		_, err := env.e.Start(ctx, handoff.StartParams{TenantID: dspTenant, ConversationID: "c2", Line: "+12125550199",
			Lead: store.Lead{Name: "Maria", Phone: phone}})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, env.say(t, "c1", "can someone call me").Kind)

		out := env.say(t, "c1", "STOP")
		require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
		stop := out.Result.MessageID
		require.NotEmpty(t, stop)
		require.Equal(t, stop, sourceOf(t, st, phone))
		for _, id := range []string{"c1", "c2"} {
			evs := env.events(t, id, store.EventOptOut)
			require.Len(t, evs, 1, id)
			require.Equal(t, stop, optOutMessage(t, evs[0]), "%s: %q", id, evs[0].Detail)
		}

		require.Equal(t, handoff.OutcomeOptedIn, env.say(t, "c1", "START").Kind)
		require.Equal(t, stop, optOutMessage(t, env.events(t, "c1", store.EventOptOut)[0]), "after START deleted the suppression")
		c := env.conv(t, "c1")
		require.Equal(t, [2]string{string(store.StateHandoff), string(store.StatusHot)}, [2]string{string(c.State), string(c.Status)},
			"the opt-in returns the handoff the opt-out paused")

		// A possible opt-out, confirmed by a person with a confirmation text.
		require.Equal(t, handoff.OutcomeReview, env.say(t, "c1", maybeRevoked).Kind)
		reviewed := env.conv(t, "c1").HandoffMessageID
		require.NotEmpty(t, reviewed)
		_, err = env.e.ReviewOptOut(ctx, handoff.ReviewParams{TenantID: dspTenant, ConversationID: "c1", RepID: "dana", OptOut: true, Confirm: true})
		require.NoError(t, err)
		evs := env.events(t, "c1", store.EventOptOut)
		require.Len(t, evs, 2)
		require.Equal(t, "review_confirmed", evs[1].Reason)
		require.Equal(t, reviewed, optOutMessage(t, evs[1]), "%q", evs[1].Detail)
		require.Equal(t, reviewed, sourceOf(t, st, phone), "the message in review, not the confirmation text")

		// A carrier's report: no message carried it.
		const other = "+12125550102"
		env.startWith(t, "c3", other, "America/New_York")
		_, err = env.e.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: dspTenant, Address: other, Rule: "carrier:opted_out"})
		require.NoError(t, err)
		evs = env.events(t, "c3", store.EventOptOut)
		require.Len(t, evs, 1)
		require.Empty(t, optOutMessage(t, evs[0]), "%q", evs[0].Detail)
		require.Empty(t, sourceOf(t, st, other))
	})
}
