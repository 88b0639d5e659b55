// Package store is the persistence contract of handoffkit: the records a
// handoff reads and writes, the [Store] and [Tx] interfaces every adapter
// implements, and the sentinel errors callers branch on.
//
// It is a leaf package (standard library only) so every layer can import it
// without cycles. Adapters live beside it:
//
//	store/memstore   in-memory Store for tests and prototypes
//	store/sqlstore   database/sql Store: SQLite (embedded default) and PostgreSQL
//	store/storetest  the conformance suite every adapter runs: storetest.Run(t, newStore)
//
// The contract in one paragraph: [Store.InTx] runs a function in one
// transaction; if the function returns an error or panics, nothing it wrote
// is visible afterwards. Conversations are updated by compare-and-swap on
// [Conversation.Version] ([ErrConflict] when the version moved). Every read
// is scoped to a tenant: another tenant's record is [ErrNotFound]. Messages
// with a provider ID are unique per tenant ([ErrDuplicate]), as are outbox
// idempotency keys. [Tx.OutboxClaim] leases due items so that no item is
// handed to two claimers while its lease holds.
//
// Details every adapter keeps (store/storetest checks them):
//
//   - Times are returned in UTC with at least microsecond precision; a zero
//     time stays zero.
//   - Lists ordered "oldest first" are ordered by CreatedAt, then by append
//     order.
//   - Conversation IDs are unique per tenant; an empty provider ID or
//     idempotency key means "none" and never collides.
//   - [Tx.OutboxClaim] claims across all tenants (one dispatcher serves all)
//     unless [OutboxClaimParams.TenantIDs] names the tenants to claim for.
//   - A nil and an empty Fields map or Payload are equivalent: adapters may
//     return either.
package store
