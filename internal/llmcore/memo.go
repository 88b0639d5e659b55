package llmcore

import (
	"container/list"
	"context"
	"errors"
	"sync"
	"time"
)

// memo runs at most one analysis per key at a time and keeps recent
// results in a small LRU cache, so Extract, Score and Judge of one message
// — called separately, possibly concurrently — share one model call.
//
// The call runs on a context detached from its callers' cancellation
// (its values kept) and bounded by the Core's Timeout. A caller whose
// context ends returns at once with its context's error; the call goes on
// for the callers still waiting and is cancelled when none is left, in
// which case its result is not cached.
type memo struct {
	mu      sync.Mutex
	size    int
	ttl     time.Duration
	failTTL time.Duration
	now     func() time.Time
	flights map[string]*flight
	entries map[string]*list.Element
	lru     *list.List // of *entry, most recent first
}

type entry struct {
	key     string
	a       Analysis
	err     error
	expires time.Time
}

type flight struct {
	done    chan struct{}
	a       Analysis
	err     error
	waiters int
	cancel  context.CancelFunc
}

func newMemo(size int, ttl, failTTL time.Duration, now func() time.Time) *memo {
	return &memo{size: size, ttl: ttl, failTTL: failTTL, now: now,
		flights: map[string]*flight{}, entries: map[string]*list.Element{}, lru: list.New()}
}

// errAbandoned is the result of a call every caller left.
var errAbandoned = errors.New("llm: every caller left")

func (m *memo) do(ctx context.Context, key string, call func(context.Context) (Analysis, error)) (Analysis, error) {
	m.mu.Lock()
	if el, ok := m.entries[key]; ok {
		e := el.Value.(*entry)
		if m.now().Before(e.expires) {
			m.lru.MoveToFront(el)
			m.mu.Unlock()
			return e.a, e.err
		}
		m.lru.Remove(el)
		delete(m.entries, key)
	}
	f, ok := m.flights[key]
	if !ok {
		callCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
		f = &flight{done: make(chan struct{}), cancel: cancel}
		m.flights[key] = f
		go m.run(key, f, callCtx, call)
	}
	f.waiters++
	m.mu.Unlock()

	select {
	case <-f.done:
		return f.a, f.err
	case <-ctx.Done():
		m.mu.Lock()
		f.waiters--
		if f.waiters == 0 {
			f.cancel()
		}
		m.mu.Unlock()
		return Analysis{}, ctx.Err()
	}
}

func (m *memo) run(key string, f *flight, ctx context.Context, call func(context.Context) (Analysis, error)) {
	a, err := call(ctx)
	// the entry lives from when the call ended: read the clock before the
	// callers are woken, so that none of them sees it move first
	ended := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	defer f.cancel()
	// The call's context ends only when every caller left: such a result
	// is never cached (a caller that joined meanwhile gets the error).
	abandoned := ctx.Err() != nil
	if abandoned {
		err = errAbandoned
	}
	f.a, f.err = a, err
	delete(m.flights, key)
	close(f.done)
	if abandoned {
		return
	}
	ttl := m.ttl
	if err != nil {
		ttl = m.failTTL
	}
	m.entries[key] = m.lru.PushFront(&entry{key: key, a: a, err: err, expires: ended.Add(ttl)})
	for m.lru.Len() > m.size {
		old := m.lru.Remove(m.lru.Back()).(*entry)
		delete(m.entries, old.key)
	}
}
