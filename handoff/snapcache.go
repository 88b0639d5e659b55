package handoff

import (
	"container/list"
	"slices"
	"sync"

	"github.com/handoffkit/handoffkit/store"
)

// snapshotCache keeps, per conversation, the snapshot this engine wrote in
// its last commit, so the next inbound message can skip the snapshot read
// (step 2 of Receive), which costs more than the commit itself on SQL stores.
//
// Every commit of this engine that writes a conversation's row drops its
// entry (writeConversation), whatever path it takes: a handoff, an
// opt-out and the other conversations it pauses, a review, a rep's
// takeover, a pause; Receive puts the committed snapshot back when it is
// still ai_active. A message after a change this engine made therefore
// never plans from the state before it.
//
// It is safe because the commit is a compare-and-swap on the version the
// snapshot carries: if anything changed the conversation meanwhile (another
// engine instance, a rep, an opt-out on another thread with the same number,
// which pauses this one too), the version moved, the commit fails with
// ErrConflict, and the retry reads a fresh snapshot. The one change that does
// not move the version is a suppression written straight into the store by
// the host, so a commit from a cached snapshot re-checks the suppression
// inside its transaction. Messages classified by the DNC detector always
// read a fresh snapshot.
//
// A nil *snapshotCache is a disabled cache.
type snapshotCache struct {
	mu  sync.Mutex
	max int
	m   map[threadKey]*list.Element
	ll  *list.List // front: most recently used
}

type cacheEntry struct {
	key threadKey
	s   snapshot
}

// newSnapshotCache returns a cache of at most n conversations, or nil when
// n <= 0.
func newSnapshotCache(n int) *snapshotCache {
	if n <= 0 {
		return nil
	}
	return &snapshotCache{max: n, m: map[threadKey]*list.Element{}, ll: list.New()}
}

// get returns a copy of the cached snapshot.
func (c *snapshotCache) get(tenantID, convID string) (snapshot, bool) {
	if c == nil {
		return snapshot{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[threadKey{tenantID, convID}]
	if !ok {
		return snapshot{}, false
	}
	c.ll.MoveToFront(el)
	s := el.Value.(*cacheEntry).s
	s.conv.Fields = cloneFields(s.conv.Fields)
	s.history = slices.Clone(s.history)
	s.cached = true
	return s, true
}

// put stores s (which the caller must not modify afterwards), keeping at
// most the last keep messages of its history.
func (c *snapshotCache) put(s snapshot, keep int) {
	if c == nil {
		return
	}
	if len(s.history) > keep {
		s.history = slices.Clone(s.history[len(s.history)-keep:])
	}
	s.cached = false
	k := threadKey{s.conv.TenantID, s.conv.ID}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[k]; ok {
		el.Value.(*cacheEntry).s = s
		c.ll.MoveToFront(el)
		return
	}
	c.m[k] = c.ll.PushFront(&cacheEntry{key: k, s: s})
	for c.ll.Len() > c.max {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.m, old.Value.(*cacheEntry).key)
	}
}

// drop forgets a conversation's snapshot.
func (c *snapshotCache) drop(tenantID, convID string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	k := threadKey{tenantID, convID}
	if el, ok := c.m[k]; ok {
		c.ll.Remove(el)
		delete(c.m, k)
	}
}

// appendHistory returns history with ms appended, as a new slice.
func appendHistory(history []store.Message, ms ...store.Message) []store.Message {
	out := make([]store.Message, 0, len(history)+len(ms))
	return append(append(out, history...), ms...)
}
