package store_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/store"
)

// TestOutboxKindsCoverEveryKind: every OutboxKind constant of records.go
// has its row in the kinds table, once: a kind left out would be read as
// a text to the lead that stops on nothing but an opt-out.
func TestOutboxKindsCoverEveryKind(t *testing.T) {
	t.Parallel()
	f, err := parser.ParseFile(token.NewFileSet(), "records.go", nil, 0)
	require.NoError(t, err)
	var declared []store.OutboxKind
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "OutboxKind" {
				continue
			}
			for _, v := range vs.Values {
				s, err := strconv.Unquote(v.(*ast.BasicLit).Value)
				require.NoError(t, err)
				declared = append(declared, store.OutboxKind(s))
			}
		}
	}
	require.NotEmpty(t, declared)
	require.ElementsMatch(t, declared, store.OutboxKinds())
}

// TestOutboxKindRules pins who stops what: a pause stops everything
// automated, a person taking the thread the AI's side of it (not the
// reminder of the meeting the rep will attend), an opt-out every text to
// the lead but its own confirmation.
func TestOutboxKindRules(t *testing.T) {
	t.Parallel()
	type rule struct{ ToLead, Automated, StopsOnTakeover, StopsOnOptOut bool }
	want := map[store.OutboxKind]rule{
		store.OutboxBridgeSMS:       {true, true, true, true},
		store.OutboxAIReply:         {true, true, true, true},
		store.OutboxBookingOffer:    {true, true, true, true},
		store.OutboxBookingConfirm:  {true, true, true, true},
		store.OutboxReminder:        {true, true, false, true},
		store.OutboxOptOutConfirm:   {true, false, false, false},
		store.OutboxOptInConfirm:    {true, false, false, true},
		store.OutboxHelpReply:       {true, false, false, true},
		store.OutboxRepSMS:          {true, false, false, true},
		store.OutboxRepNotification: {false, false, false, false},
		store.OutboxRepUpdate:       {false, false, false, false},
		store.OutboxSLACheck:        {false, false, false, false},
	}
	got := map[store.OutboxKind]rule{}
	for _, k := range store.OutboxKinds() {
		got[k] = rule{k.ToLead(), k.Automated(), k.StopsOnTakeover(), k.StopsOnOptOut()}
		require.False(t, k.StopsOnTakeover() && !k.Automated(), "%s: what a takeover stops, a pause stops", k)
	}
	require.Equal(t, want, got)
	for _, k := range store.NonLeadKinds() {
		require.False(t, k.ToLead(), k)
	}
	require.Equal(t, rule{ToLead: true, StopsOnOptOut: true}, func(k store.OutboxKind) rule {
		return rule{k.ToLead(), k.Automated(), k.StopsOnTakeover(), k.StopsOnOptOut()}
	}("custom"), "a kind of another writer is a text to the lead")
}

// TestConversationBookedOnHandoff: a meeting the lead booked at or after
// the latest handoff settles it (the inbox shows "Meeting booked", the
// 5-minute rule stops); one booked before the handoff, a cancelled one
// (no BookingID) or one stored before BookedAt existed does not. The
// stores keep microseconds, so a booking in the handoff's microsecond
// counts.
func TestConversationBookedOnHandoff(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 3, 16, 9, 0, 0, 1500, time.UTC) // 1.5 µs past the second
	booked := func(id string, bookedAt time.Time) store.Conversation {
		return store.Conversation{HandoffAt: at, Meeting: store.Meeting{BookingID: id, BookedAt: bookedAt}}
	}
	for _, tc := range []struct {
		name string
		c    store.Conversation
		want bool
	}{
		{"booked after the handoff", booked("b1", at.Add(time.Minute)), true},
		{"booked in the handoff's microsecond", booked("b1", at.Add(-400*time.Nanosecond)), true},
		{"booked before the handoff", booked("b1", at.Add(-time.Minute)), false},
		{"cancelled", booked("", at.Add(time.Minute)), false},
		{"stored before BookedAt", booked("b1", time.Time{}), false},
		{"no handoff", store.Conversation{Meeting: store.Meeting{BookingID: "b1", BookedAt: at}}, false},
	} {
		require.Equal(t, tc.want, tc.c.BookedOnHandoff(), tc.name)
	}
}
