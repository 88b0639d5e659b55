package main

// handoffkit metrics prints the handoff report (package metrics) of a
// handoffkit SQLite database:
//
//	handoffkit metrics --db FILE [--tenant ID] [--from TIME] [--to TIME] [--schema real_estate|bant|b2b] [--json]
//
// --from and --to are RFC 3339 times or dates (2026-03-01); --from
// defaults to the beginning, --to to now. Without --tenant it reports on
// every tenant in the database, one table each; --json prints one JSON
// report a line instead. A --tenant the database holds no conversation of
// is an error naming the tenants it holds (exit 1), not a report of
// zeros; a tenant it holds with no activity in the window gets its
// report, zeros. An argument left over is a usage error (exit 2). The
// database is opened read-only, as it is: the command never migrates it
// (a database without migration 0005's indexes is read all the same, more
// slowly) and writes nothing to it, so a file that is no handoffkit
// database is left byte for byte as it was. There is no PostgreSQL form:
// a PostgreSQL host computes the report with metrics.Compute on its own
// store.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the SQLite driver of the embedded store

	"github.com/handoffkit/handoffkit/metrics"
	"github.com/handoffkit/handoffkit/store/sqlstore"
)

const metricsUsage = "usage: handoffkit metrics --db FILE [--tenant ID] [--from TIME] [--to TIME] [--schema NAME] [--json]"

func runMetrics(args []string, out, errw io.Writer) int {
	fs := flag.NewFlagSet("metrics", flag.ContinueOnError)
	fs.SetOutput(errw)
	db := fs.String("db", "", "handoffkit SQLite database file")
	tenant := fs.String("tenant", "", "tenant ID, one the database holds conversations of (default: every tenant in the database)")
	fromS := fs.String("from", "", "window start, RFC 3339 or YYYY-MM-DD (default: the beginning)")
	toS := fs.String("to", "", "window end, exclusive, RFC 3339 or YYYY-MM-DD (default: now)")
	schemaS := fs.String("schema", "real_estate", "qualification schema: real_estate, bant or b2b")
	asJSON := fs.Bool("json", false, "print one JSON report a line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if leftoverArgs("metrics", fs, errw) {
		fmt.Fprintln(errw, metricsUsage)
		return 2
	}
	if *db == "" {
		fmt.Fprintln(errw, "handoffkit: metrics: --db FILE is required")
		fmt.Fprintln(errw, metricsUsage)
		return 2
	}
	p := metrics.Params{To: time.Now().UTC()}
	var err error
	if *fromS != "" {
		if p.From, err = parseTime(*fromS); err != nil {
			fmt.Fprintln(errw, "handoffkit: metrics: --from:", err)
			return 2
		}
	}
	if *toS != "" {
		if p.To, err = parseTime(*toS); err != nil {
			fmt.Fprintln(errw, "handoffkit: metrics: --to:", err)
			return 2
		}
	}
	var ok bool
	if p.Schema, ok = schemasByName[*schemaS]; !ok || *schemaS == "" {
		fmt.Fprintf(errw, "handoffkit: metrics: unknown --schema %q (real_estate, bant, b2b)\n", *schemaS)
		return 2
	}
	if err := reportMetrics(context.Background(), *db, *tenant, p, *asJSON, out); err != nil {
		fmt.Fprintln(errw, "handoffkit: metrics:", err)
		return 1
	}
	return 0
}

func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	return time.Parse(time.DateOnly, s)
}

// reportMetrics opens the database and prints the report of tenant, or of
// every tenant when tenant is "".
func reportMetrics(ctx context.Context, path, tenant string, p metrics.Params, asJSON bool, out io.Writer) error {
	if _, err := os.Stat(path); err != nil {
		return err // never create an empty database
	}
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return err
	}
	defer db.Close()
	st, err := sqlstore.New(sqlstore.SQLite, db, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	tenants := []string{tenant}
	if tenant == "" {
		if tenants, err = allTenants(ctx, db); err != nil {
			return err
		}
		if len(tenants) == 0 {
			return errors.New("the database has no conversations")
		}
	} else if err := checkTenant(ctx, db, tenant); err != nil {
		return err
	}
	for i, t := range tenants {
		p.TenantID = t
		r, err := metrics.Compute(ctx, st, p)
		if err != nil {
			return err
		}
		if asJSON {
			if err := json.NewEncoder(out).Encode(r); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(out)
		}
		if err := r.WriteTable(out); err != nil {
			return err
		}
	}
	return nil
}

// readOnlyDSN opens the SQLite file at path for reading only: not
// sqlstore.SQLiteDSN, whose journal_mode(WAL) pragma rewrites the file's
// header (a CRM's database switched to WAL for good, its change counter
// bumped) before the command could tell it is no handoffkit database.
// mode=ro makes SQLite refuse every write; query_only refuses them in SQL
// as well. A WAL database still being written by its host is read as of
// its last commit; busy_timeout waits out a checkpoint's lock.
func readOnlyDSN(path string) string {
	v := url.Values{}
	v.Set("mode", "ro")
	v.Add("_pragma", "busy_timeout(5000)")
	v.Add("_pragma", "query_only(1)")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + v.Encode()
}

// checkTenant returns an error naming the tenants db holds when it holds
// no conversation of tenant: a mistyped --tenant would otherwise print a
// report of zeros, read as a tenant without activity. A tenant with
// conversations but no activity in the window is not checked here: it
// gets its report.
func checkTenant(ctx context.Context, db *sql.DB, tenant string) error {
	var held bool
	err := db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM handoff_conversations WHERE tenant_id = ?)`, tenant).Scan(&held)
	if err != nil {
		return fmt.Errorf("look up tenant %q (is this a handoffkit database?): %w", tenant, err)
	}
	if held {
		return nil
	}
	tenants, err := allTenants(ctx, db)
	if err != nil {
		return err
	}
	if len(tenants) == 0 {
		return fmt.Errorf("no tenant %q in the database: it has no conversations", tenant)
	}
	const shown = 20
	list := strings.Join(tenants[:min(len(tenants), shown)], ", ")
	if len(tenants) > shown {
		list += fmt.Sprintf(" and %d more", len(tenants)-shown)
	}
	return fmt.Errorf("no tenant %q in the database (it holds conversations of %s)", tenant, list)
}

// allTenants lists the tenants that have conversations.
func allTenants(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT DISTINCT tenant_id FROM handoff_conversations ORDER BY tenant_id`)
	if err != nil {
		return nil, fmt.Errorf("list tenants (is this a handoffkit database?): %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
