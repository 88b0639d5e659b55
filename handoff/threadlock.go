package handoff

import "sync"

// threadLocks serialises, within one process, the work that decides who
// speaks on a conversation's thread:
//
//   - the Dispatcher holds a conversation's lock from its last re-check of
//     an outgoing text (suppression, state) through the Sender call to the
//     commit that records the delivery and the provider's message ID;
//   - the engine holds it around every transaction that silences the AI or
//     records a person's message (rep message, takeover, pause, opt-out,
//     provider-reported outbound messages).
//
// Without it, a rep message committed between the dispatcher's re-check
// and its Sender call would let the AI reply go out after the rep spoke
// ("two voices"), and the provider's report of our own message could
// arrive before its provider ID is recorded and look like a rep typing
// from a phone. The lock is always taken outside any store transaction
// (never while one is open), so it cannot deadlock with the store's own
// locking. Across processes the store's compare-and-swap still guarantees
// that nothing is enqueued after a takeover; only the microseconds between
// a re-check and a provider call remain unserialised.
var threadLocks = lockTable{m: map[threadKey]*threadLock{}}

type threadKey struct{ tenant, conv string }

type threadLock struct {
	mu   sync.Mutex
	refs int
}

type lockTable struct {
	mu sync.Mutex
	m  map[threadKey]*threadLock
}

// lockThread locks the thread of conversation convID in tenantID and
// returns the function that unlocks it. The lock is not reentrant.
func lockThread(tenantID, convID string) (unlock func()) {
	k := threadKey{tenantID, convID}
	t := &threadLocks
	t.mu.Lock()
	l := t.m[k]
	if l == nil {
		l = &threadLock{}
		t.m[k] = l
	}
	l.refs++
	t.mu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		t.mu.Lock()
		l.refs--
		if l.refs == 0 {
			delete(t.m, k)
		}
		t.mu.Unlock()
	}
}
