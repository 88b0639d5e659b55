package store

import "errors"

// Sentinel errors returned (possibly wrapped) by every [Store] and [Tx]
// implementation. Callers use errors.Is.
var (
	// ErrNotFound means the record does not exist for the given tenant. A
	// record that exists under another tenant is also ErrNotFound, so that
	// tenants cannot probe each other's IDs.
	ErrNotFound = errors.New("store: not found")

	// ErrConflict means a compare-and-swap lost: the conversation's version
	// moved since it was read, or an outbox item is no longer leased.
	ErrConflict = errors.New("store: conflict")

	// ErrDuplicate means a unique key already exists: a conversation ID, a
	// message's provider ID, or an outbox idempotency key.
	ErrDuplicate = errors.New("store: duplicate")

	// ErrReadOnly is returned by write methods called on the Tx handed to
	// [Store.View].
	ErrReadOnly = errors.New("store: read-only transaction")

	// ErrClosed means the store was closed or its database is unreachable.
	ErrClosed = errors.New("store: closed")

	// ErrBusy means the database stayed locked or kept failing the
	// transaction for a reason that retrying can cure (another process's
	// write lock past the store's busy timeout, serialization failures past
	// its retries); the driver's error is wrapped with it. Nothing was
	// written, and calling again later is safe: a webhook answers it with a
	// status the provider retries.
	ErrBusy = errors.New("store: busy")
)
