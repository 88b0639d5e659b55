// Package storetest is the conformance suite every [store.Store] adapter
// must pass. It uses only the standard library testing package, so
// third-party adapters can import it without extra dependencies.
//
// An adapter's test calls [Run] once:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store { return memstore.New() })
//	}
//
// Run checks every rule documented on [store.Store] and [store.Tx], one
// subtest per rule, each on a fresh store from newStore: transactions
// (commit, rollback on error and on panic for every kind of write,
// read-only views, context cancellation, no use of a Tx after its function
// returned), compare-and-swap and concurrent updates of conversations,
// conversation listing with filters (status, state, phone, line, and an
// email by its [store.EmailKey]),
// order and cursor pagination, message and event order, provider-ID and
// idempotency-key uniqueness, outbox claims, leases, settlement and
// cancellation, concurrent claimers, suppressions (an email's keyed by
// [store.AddressKey]), tenant isolation, and byte-for-byte round trips of
// every record field.
//
// # What the suite assumes of an adapter
//
// Times: a store keeps at least microsecond precision and returns times in
// UTC. The suite writes times with a sub-microsecond part (under half a
// microsecond, so truncating and rounding stores agree) and in a non-UTC
// zone, and compares what it reads back with [time.Time.Equal] after
// truncating both to the microsecond. A zero time must come back zero.
//
// Empty values: a nil and an empty Conversation.Fields map are
// interchangeable, as are a nil and an empty OutboxItem.Payload.
//
// Strings: every string field must round-trip byte for byte, including
// quotes, backslashes, SQL-shaped text, 4-byte UTF-8 and control characters
// other than NUL (which some databases refuse in text). Payload bytes,
// NUL included, must round-trip exactly.
//
// Referential integrity: the suite always inserts a conversation before
// writing messages, events or outbox items for it, so adapters may enforce
// foreign keys.
//
// Retries: [store.Store.InTx] may run its function more than once, so the
// suite's functions have no side effects outside the transaction except
// recording what the last run read.
package storetest
