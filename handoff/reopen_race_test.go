package handoff_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// beforeTxStore runs its hook, once, when the next transaction begins,
// before it begins: armed after a Receive's snapshot read is as good as
// between that read and the commit, since Receive reads outside any
// transaction and commits in one.
type beforeTxStore struct {
	store.Store
	mu   sync.Mutex
	hook func()
}

func (s *beforeTxStore) arm(hook func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hook = hook
}

func (s *beforeTxStore) InTx(ctx context.Context, fn func(ctx context.Context, tx store.Tx) error) error {
	s.mu.Lock()
	hook := s.hook
	s.hook = nil
	s.mu.Unlock()
	if hook != nil {
		hook()
	}
	return s.Store.InTx(ctx, fn)
}

// TestLeadMessageRacingDoneReopens: the lead writes on a thread a rep
// drives, and the rep clicks Done after Receive read its snapshot (status
// hot) and before it commits. The lead's message, which carries no field
// and no callback time, is recorded after the Done: it must put the
// conversation back in the Hot inbox as when it arrives after the Done
// (see [handoff.ReasonLeadWroteAfterClose]). It was appended without a
// compare-and-swap on the status read before the Done: the conversation
// stayed closed, out of the Hot inbox, and the lead's question was the
// last line of a thread nobody looked at (reviewer T, D1). On memstore,
// SQLite and PostgreSQL.
func TestLeadMessageRacingDoneReopens(t *testing.T) {
	t.Parallel()
	tenantStores(t, func(t *testing.T, st store.Store) {
		ctx := context.Background()
		hooked := &beforeTxStore{Store: st}
		env := afterSetup(t, hooked, team(t, hooked), nil)
		env.startWith(t, "c1", "+12125550171", "America/New_York")
		rep := env.say(t, "c1", "can you just call me").Conversation.AssignedTo
		require.NotEmpty(t, rep)
		_, err := env.e.RepMessage(ctx, handoff.RepMessageParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep,
			Body: "Hi Maria, Ana here, I'll call you this afternoon", Send: true})
		require.NoError(t, err)

		done := false
		hooked.arm(func() {
			env.clock.Advance(time.Minute)
			_, err := env.e.Complete(ctx, handoff.HandoffActionParams{TenantID: dspTenant, ConversationID: "c1", RepID: rep})
			require.NoError(t, err)
			done = true
			env.clock.Advance(time.Minute)
		})
		out := env.say(t, "c1", "hello? nobody called me back yet")
		require.True(t, done, "the Done committed between the snapshot and the commit")
		require.Equal(t, handoff.OutcomeRecorded, out.Kind)

		c := env.conv(t, "c1")
		require.Equal(t, store.StatusHot, c.Status, "the lead wrote after the Done")
		require.Equal(t, handoff.ReasonLeadWroteAfterClose, c.HandoffReason)
		require.Equal(t, store.StateHuman, c.State, "still the rep's thread; the AI stays silent")
		require.Equal(t, rep, c.AssignedTo)
		reopened := env.events(t, "c1", store.EventReopened)
		require.Len(t, reopened, 1)
		complete := env.events(t, "c1", store.EventKind(handoff.ActionComplete))
		require.Len(t, complete, 1)
		require.True(t, reopened[0].CreatedAt.After(complete[0].CreatedAt), "reopened after the Done")
		page, err := env.e.HotInbox(ctx, handoff.HotInboxParams{TenantID: dspTenant})
		require.NoError(t, err)
		require.True(t, slices.ContainsFunc(page.Entries, func(en handoff.InboxEntry) bool { return en.Conversation.ID == "c1" }),
			"back in the Hot inbox")
	})
}
