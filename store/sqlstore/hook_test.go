package sqlstore_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// TestOnHandoffJoinsHostTransaction checks, on both databases, that a
// host's write through sqlstore.SQLTx in handoff.Config.OnHandoff commits
// with the handoff, and that when the hook fails neither the host's write
// nor any handoff record survives.
func TestOnHandoffJoinsHostTransaction(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		ctx := context.Background()
		st := d.newStore(t, d.location(t))
		// The host's statements, run through the store's writer.
		hostDB := func(q string, args ...any) error {
			return st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
				sqlTx, _ := sqlstore.SQLTx(tx)
				_, err := sqlTx.ExecContext(ctx, rebindN(d, q), args...)
				return err
			})
		}
		require.NoError(t, hostDB(`CREATE TABLE leads (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, stage TEXT NOT NULL)`))
		require.NoError(t, hostDB(`INSERT INTO leads VALUES ('l1', 'c1', 'nurturing'), ('l2', 'c2', 'nurturing')`))

		errHost := errors.New("host says no")
		failFor := "c2"
		e, err := handoff.NewEngine(st, &handoff.Config{
			OnHandoff: func(ctx context.Context, tx store.Tx, c store.Conversation) error {
				sqlTx, ok := sqlstore.SQLTx(tx)
				if !ok {
					return errors.New("not a sqlstore Tx")
				}
				if _, err := sqlTx.ExecContext(ctx, rebindN(d, `UPDATE leads SET stage = 'hot' WHERE conversation_id = ?`), c.ID); err != nil {
					return err
				}
				if c.ID == failFor {
					return errHost
				}
				return nil
			},
		})
		require.NoError(t, err)
		for _, id := range []string{"c1", "c2"} {
			_, err := e.Start(ctx, handoff.StartParams{TenantID: "t", ConversationID: id, Lead: store.Lead{Phone: "+15550101234"}})
			require.NoError(t, err)
		}

		out, err := e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c1", Body: "can you just call me", ProviderID: "p1"})
		require.NoError(t, err)
		require.Equal(t, handoff.OutcomeHandoff, out.Kind)

		_, err = e.Receive(ctx, handoff.Inbound{TenantID: "t", ConversationID: "c2", Body: "can you just call me", ProviderID: "p2"})
		require.ErrorIs(t, err, errHost)

		stages := map[string]string{}
		rows, err := d.openQuery(t, st, `SELECT conversation_id, stage FROM leads`)
		require.NoError(t, err)
		for _, r := range rows {
			stages[r[0]] = r[1]
		}
		require.Equal(t, map[string]string{"c1": "hot", "c2": "nurturing"}, stages)

		require.NoError(t, st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			c1, err := tx.ConversationGet(ctx, "t", "c1")
			require.NoError(t, err)
			require.Equal(t, store.StatusHot, c1.Status)
			c2, err := tx.ConversationGet(ctx, "t", "c2")
			require.NoError(t, err)
			require.Equal(t, store.StateAIActive, c2.State, "the failed hook rolled the handoff back")
			items, err := tx.OutboxList(ctx, store.OutboxListParams{TenantID: "t", ConversationID: "c2"})
			require.NoError(t, err)
			require.Empty(t, items)
			_, err = tx.MessageGetByProviderID(ctx, "t", "p2")
			require.ErrorIs(t, err, store.ErrNotFound, "the inbound message is rolled back too: the provider retries")
			return nil
		}))
	})
}

// openQuery reads two-column string rows through a write transaction of
// st (the host's view of its own table).
func (d database) openQuery(t *testing.T, st *sqlstore.Store, q string) ([][2]string, error) {
	var out [][2]string
	err := st.InTx(context.Background(), func(ctx context.Context, tx store.Tx) error {
		sqlTx, _ := sqlstore.SQLTx(tx)
		rows, err := sqlTx.QueryContext(ctx, q)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r [2]string
			if err := rows.Scan(&r[0], &r[1]); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}
