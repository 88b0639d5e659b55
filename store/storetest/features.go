package storetest

import (
	"context"
	"testing"

	"github.com/handoffkit/handoffkit/store"
)

// Features declares the optional abilities a store adapter promises (see
// the optional interfaces of package store). [RunFeatures] fails when a
// declared ability is missing, and checks the rules of every ability the
// store has, declared or not.
type Features struct {
	// Index: the Tx implements [store.IndexTx].
	Index bool
	// AddressLock: the Tx implements [store.AddressLockTx].
	AddressLock bool
	// Wake: the Store implements [store.Waker].
	Wake bool
	// Bookings: the Tx implements [store.BookingTx] (booking.go).
	Bookings bool
	// Metrics: the Tx implements [store.MetricsTx] (metrics.go).
	Metrics bool
	// Routing: the Tx implements [store.RoutingTx] (routing.go).
	Routing bool

	// Parallel runs the subtests in parallel. newStore must then be safe
	// for concurrent use.
	Parallel bool
}

// RunFeatures is [Run] for an adapter that declares its abilities.
func RunFeatures(t *testing.T, f Features, newStore func(t *testing.T) store.Store) {
	t.Helper()
	t.Run("Features", func(t *testing.T) {
		st := newStore(t)
		var tx store.Tx
		err := st.View(t.Context(), func(ctx context.Context, v store.Tx) error { tx = v; return nil })
		noErr(t, err, "View")
		check := func(name string, declared, has bool) {
			if declared && !has {
				t.Errorf("the store declares %s but does not implement it", name)
			}
		}
		_, ix := tx.(store.IndexTx)
		_, lk := tx.(store.AddressLockTx)
		_, wk := st.(store.Waker)
		_, bk := tx.(store.BookingTx)
		_, mt := tx.(store.MetricsTx)
		_, rt := tx.(store.RoutingTx)
		check("Index (store.IndexTx)", f.Index, ix)
		check("AddressLock (store.AddressLockTx)", f.AddressLock, lk)
		check("Wake (store.Waker)", f.Wake, wk)
		check("Bookings (store.BookingTx)", f.Bookings, bk)
		check("Metrics (store.MetricsTx)", f.Metrics, mt)
		check("Routing (store.RoutingTx)", f.Routing, rt)
	})
	run(t, newStore, f.Parallel)
}
