package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the SQLite driver; sqlstore imports none

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// A CRM keeps its own leads table in the same SQLite file as handoffkit.
// handoff.Config.OnHandoff runs inside the handoff transaction, and
// sqlstore.SQLTx gives it the *sql.Tx: the lead row turns hot in the same
// commit as the conversation, the bridge text and the rep notification, or
// not at all.
func ExampleSQLTx() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "handoffkit-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "crm.db")

	writer, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		log.Fatal(err)
	}
	defer writer.Close()
	reader, err := sql.Open("sqlite", sqlstore.SQLiteDSN(path))
	if err != nil {
		log.Fatal(err)
	}
	defer reader.Close()
	st, err := sqlstore.New(sqlstore.SQLite, writer, &sqlstore.Config{Reader: reader})
	if err != nil {
		log.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		log.Fatal(err)
	}

	// The host's own table.
	if _, err := writer.ExecContext(ctx, `CREATE TABLE leads (
		id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, stage TEXT NOT NULL, handoff_reason TEXT)`); err != nil {
		log.Fatal(err)
	}
	if _, err := writer.ExecContext(ctx, `INSERT INTO leads VALUES ('lead-42', 'conv-1', 'nurturing', NULL)`); err != nil {
		log.Fatal(err)
	}

	e, err := handoff.NewEngine(st, &handoff.Config{
		OnHandoff: func(ctx context.Context, tx store.Tx, c store.Conversation) error {
			sqlTx, ok := sqlstore.SQLTx(tx)
			if !ok {
				return errors.New("not a sqlstore transaction")
			}
			res, err := sqlTx.ExecContext(ctx,
				`UPDATE leads SET stage = 'hot', handoff_reason = ? WHERE conversation_id = ?`, c.HandoffReason, c.ID)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != 1 {
				return fmt.Errorf("no lead row for conversation %s", c.ID)
			}
			return nil
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	if _, err := e.Start(ctx, handoff.StartParams{TenantID: "acme", ConversationID: "conv-1",
		Lead: store.Lead{Name: "Dana", Phone: "+15550101234"}}); err != nil {
		log.Fatal(err)
	}
	out, err := e.Receive(ctx, handoff.Inbound{TenantID: "acme", ConversationID: "conv-1",
		Body: "can you just call me", ProviderID: "SM1"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("outcome:", out.Kind)

	var stage, reason string
	if err := writer.QueryRowContext(ctx, `SELECT stage, handoff_reason FROM leads WHERE id = 'lead-42'`).Scan(&stage, &reason); err != nil {
		log.Fatal(err)
	}
	fmt.Println("lead-42:", stage, reason)
	// Output:
	// outcome: handoff
	// lead-42: hot explicit_ask
}
