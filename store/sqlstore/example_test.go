package sqlstore_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, for ExampleNew_postgres
	_ "modernc.org/sqlite"             // the SQLite driver; sqlstore imports none

	"github.com/handoffkit/handoffkit/handoff"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

// The embedded default: a SQLite file with one writer connection and a
// reader pool, migrated once, driving an Engine.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "handoffkit-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "handoff.db")

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

	e, err := handoff.NewEngine(st, nil)
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

	// The Hot inbox, read back from the file.
	err = st.View(ctx, func(ctx context.Context, tx store.Tx) error {
		hot, err := tx.ConversationList(ctx, store.ConversationListParams{TenantID: "acme", Status: store.StatusHot})
		for _, c := range hot {
			fmt.Println("hot:", c.ID, c.HandoffReason)
		}
		return err
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// outcome: handoff
	// hot: conv-1 explicit_ask
}

// PostgreSQL: one pool serves reads and writes. Several app instances may
// share the database; outbox claims skip each other's rows.
func ExampleNew_postgres() {
	ctx := context.Background()
	db, err := sql.Open("pgx", os.Getenv("DATABASE_URL")) // e.g. postgres://app@localhost/crm
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	st, err := sqlstore.New(sqlstore.Postgres, db, nil)
	if err != nil {
		log.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		log.Fatal(err)
	}
	e, err := handoff.NewEngine(st, nil)
	if err != nil {
		log.Fatal(err)
	}
	_ = e
}
