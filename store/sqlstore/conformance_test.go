package sqlstore_test

import (
	"testing"

	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/store/storetest"
)

// TestConformance runs the store conformance suite on SQLite and on
// PostgreSQL, each subtest on a fresh database (PostgreSQL: a fresh schema).
func TestConformance(t *testing.T) {
	forEachDB(t, func(t *testing.T, d database) {
		storetest.RunFeatures(t, storetest.Features{Index: true, AddressLock: true, Wake: true, Bookings: true, Routing: true, Metrics: true, Parallel: true}, func(t *testing.T) store.Store {
			return d.newStore(t, d.location(t))
		})
	})
}
