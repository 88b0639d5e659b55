// Package pgxlisten is a [sqlstore.Listener] on github.com/jackc/pgx/v5,
// for this module's tests and examples. The library itself imports no SQL
// driver; a host writes the same few lines with its own (see the
// documentation of sqlstore.Listener).
package pgxlisten

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// Listener opens its own connection to URL for each Listen.
type Listener struct {
	URL string // a pgx connection URL
}

// Listen implements sqlstore.Listener.
func (l Listener) Listen(ctx context.Context, channel string, notify func()) error {
	conn, err := pgx.Connect(ctx, l.URL)
	if err != nil {
		return err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return err
	}
	notify() // commits before the LISTEN took effect were not heard
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return err
		}
		notify()
	}
}
