package twoproc_test

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
)

// sqlEngines opens two stores on one database ("two instances") and an
// Engine on each.
func sqlEngines(t *testing.T, db database) (*handoff.Engine, *handoff.Engine) {
	dsn := db.dsn(t)
	var es []*handoff.Engine
	for range 2 {
		st, closeDB, err := openStore(db.dialect, dsn)
		require.NoError(t, err)
		t.Cleanup(closeDB)
		e, err := handoff.NewEngine(st, nil)
		require.NoError(t, err)
		es = append(es, e)
	}
	return es[0], es[1]
}

// TestStartRacingStopOnSQL: a conversation started while a STOP from the
// same number commits on another instance never ends up ai_active with its
// number suppressed (the address lock serialises them).
func TestStartRacingStopOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			a, b := sqlEngines(t, databases[name])
			ctx := context.Background()
			for i := range 150 {
				phone := fmt.Sprintf("+1646%07d", i)
				first, second := fmt.Sprintf("f%04d", i), fmt.Sprintf("s%04d", i)
				_, err := a.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: first, Lead: store.Lead{Phone: phone}})
				require.NoError(t, err)
				var wg sync.WaitGroup
				errs := make([]error, 2)
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, errs[0] = a.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: first, Body: "STOP"})
				}()
				go func() {
					defer wg.Done()
					_, errs[1] = b.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: second, Lead: store.Lead{Phone: phone}})
				}()
				wg.Wait()
				require.NoError(t, errors.Join(errs...))
				c, err := b.Conversation(ctx, tenant, second)
				require.NoError(t, err)
				require.Equal(t, store.StatePaused, c.State, "trial %d: a conversation of a suppressed number is paused", i)
				require.Equal(t, store.StatusOptedOut, c.Status, "trial %d", i)
			}
		})
	}
}

// TestStartRacingAddressOptOutOnSQL: an opt-out known only by the address
// (a carrier's report) racing the first Start for that number on another
// instance always leaves the new conversation paused and opted out.
func TestStartRacingAddressOptOutOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			a, b := sqlEngines(t, databases[name])
			ctx := context.Background()
			for i := range 150 {
				phone := fmt.Sprintf("+1718%07d", i)
				id := fmt.Sprintf("n%04d", i)
				var wg sync.WaitGroup
				errs := make([]error, 2)
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, errs[0] = a.OptOutAddress(ctx, handoff.AddressOptOut{TenantID: tenant, Address: phone, Rule: "carrier:opted_out"})
				}()
				go func() {
					defer wg.Done()
					_, errs[1] = b.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: phone}})
				}()
				wg.Wait()
				require.NoError(t, errors.Join(errs...))
				c, err := b.Conversation(ctx, tenant, id)
				require.NoError(t, err)
				require.Equal(t, store.StatePaused, c.State, "trial %d: a conversation of a suppressed number is paused", i)
				require.Equal(t, store.StatusOptedOut, c.Status, "trial %d", i)
			}
		})
	}
}

// TestHelpRacingStopOnSQL: HELP on one conversation racing a STOP on
// another with the same number, on two instances, never leaves a help
// reply queued to the suppressed number.
func TestHelpRacingStopOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			a, b := sqlEngines(t, databases[name])
			ctx := context.Background()
			for i := range 150 {
				phone := fmt.Sprintf("+1917%07d", i)
				x, y := fmt.Sprintf("x%04d", i), fmt.Sprintf("y%04d", i)
				for _, id := range []string{x, y} {
					_, err := a.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: id, Lead: store.Lead{Phone: phone}})
					require.NoError(t, err)
				}
				var wg sync.WaitGroup
				errs := make([]error, 2)
				wg.Add(2)
				go func() {
					defer wg.Done()
					_, errs[0] = a.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: x, Body: "STOP"})
				}()
				go func() {
					defer wg.Done()
					_, errs[1] = b.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: y, Body: "HELP"})
				}()
				wg.Wait()
				require.NoError(t, errors.Join(errs...))
				err := a.Store().View(ctx, func(ctx context.Context, tx store.Tx) error {
					items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: tenant, To: phone, Status: store.OutboxPending})
					for _, it := range items {
						if it.Kind != store.OutboxOptOutConfirm {
							t.Errorf("trial %d: %s queued to the suppressed number", i, it.Kind)
						}
					}
					return err
				})
				require.NoError(t, err)
			}
		})
	}
}

// TestBadCursorOnSQL: a crafted Hot inbox cursor is a typed input error
// on every database, not a driver's error.
func TestBadCursorOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			a, _ := sqlEngines(t, databases[name])
			for _, id := range []string{"a\x00b", "\xff\xfe", "a\tb"} {
				cur := base64.RawURLEncoding.EncodeToString([]byte("1|" + id))
				_, err := a.HotInbox(context.Background(), handoff.HotInboxParams{TenantID: tenant, Cursor: cur})
				require.ErrorIs(t, err, handoff.ErrInvalidInput, "cursor id %q", id)
			}
		})
	}
}

// TestAnswerToARepOnAnotherInstanceOnSQL: the rep asks "want me to take
// you off our list?" through one instance while the other has the
// conversation cached from before the question; the lead's "yep" reaching
// the second instance is still read against the rep's question and opts
// out (the stale cached plan loses its compare-and-swap and is planned
// again on what the store holds).
func TestAnswerToARepOnAnotherInstanceOnSQL(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			a, b := sqlEngines(t, databases[name])
			ctx := context.Background()
			phone := "+16465550100"
			_, err := a.Start(ctx, handoff.StartParams{TenantID: tenant, ConversationID: "q1", Lead: store.Lead{Phone: phone}})
			require.NoError(t, err)
			// b reads and caches the conversation while the AI drives
			_, err = b.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "q1", Body: "hi, who is this?"})
			require.NoError(t, err)
			_, err = a.RepMessage(ctx, handoff.RepMessageParams{TenantID: tenant, ConversationID: "q1", RepID: "rep1",
				Body: "Hi, this is Sam from the office. Want me to take you off our list?"})
			require.NoError(t, err)
			out, err := b.Receive(ctx, handoff.Inbound{TenantID: tenant, ConversationID: "q1", Body: "yep"})
			require.NoError(t, err)
			require.Equal(t, handoff.OutcomeOptedOut, out.Kind)
			c, err := a.Conversation(ctx, tenant, "q1")
			require.NoError(t, err)
			require.Equal(t, store.StatusOptedOut, c.Status)
		})
	}
}
