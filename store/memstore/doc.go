// Package memstore is an in-memory [store.Store] for tests, examples and
// prototypes. It passes the conformance suite in package
// [github.com/handoffkit/handoffkit/store/storetest].
//
// Transactions are real: [Store.InTx] runs one transaction at a time (a
// single lock serialises writers) and keeps an undo log, so when the
// function returns an error or panics every write it made is reverted
// before the lock is released. [Store.View] transactions share a read lock
// and may run concurrently with each other, never with a writer.
//
// Records are deep-copied on the way in and out (the Fields map of a
// conversation, the Payload of an outbox item), so a caller can never
// change stored state by mutating a value it passed or received. Times are
// stored in UTC at full (nanosecond) precision.
//
// Hot paths do not scan: messages are indexed per conversation and by
// provider ID, outbox idempotency keys by tenant, and only pending or leased
// outbox items are considered by claims and cancellations.
//
// Nothing is persisted: the data lives as long as the [Store] value.
package memstore
