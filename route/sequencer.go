package route

import (
	"context"
	"sync"
)

// Sequencer is a durable counter that keeps round-robin positions outside
// the process, so the rotation is fair across restarts and across instances
// sharing one database. The engine backs it with the store.
//
// Next returns the current value of the counter named (tenantID, key) and
// advances it by one, atomically with respect to every other caller of the
// same counter, processes included. Counters start at 0. A value may be
// skipped (a failed transaction) but must not be handed out twice while
// the counter is shared. Keys are short ASCII strings chosen by the
// [Pool]: "team", "territory:TX", "skill:technical", "value_tier".
// Implementations must be safe for concurrent use and honour ctx.
type Sequencer interface {
	Next(ctx context.Context, tenantID, key string) (uint64, error)
}

// SequencerFunc adapts a function to [Sequencer].
type SequencerFunc func(ctx context.Context, tenantID, key string) (uint64, error)

// Next calls f(ctx, tenantID, key).
func (f SequencerFunc) Next(ctx context.Context, tenantID, key string) (uint64, error) {
	return f(ctx, tenantID, key)
}

// MemorySequencer is an in-memory [Sequencer] for tests and prototypes. It
// is fair among the Pools of one process that share it; its counters
// restart with the process. The zero value is ready to use.
type MemorySequencer struct {
	mu sync.Mutex
	n  map[[2]string]uint64
}

// NewMemorySequencer returns an empty [MemorySequencer].
func NewMemorySequencer() *MemorySequencer { return &MemorySequencer{} }

// Next implements [Sequencer].
func (s *MemorySequencer) Next(ctx context.Context, tenantID, key string) (uint64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n == nil {
		s.n = map[[2]string]uint64{}
	}
	k := [2]string{tenantID, key}
	v := s.n[k]
	s.n[k] = v + 1
	return v, nil
}

// Load counts the handoffs each rep holds, for [Rep.MaxOpen]. The engine
// backs it with the store: the tenant's conversations assigned to the rep
// that a rep has not completed (state handoff or human).
//
// OpenHandoffs returns the count for each of repIDs; a rep missing from the
// map holds none. One call covers every capped rep that is on duty, so a
// store answers it with one grouped query. Implementations must be safe
// for concurrent use and honour ctx; an error fails the routing (a [Pool]
// never guesses that a rep has room).
type Load interface {
	OpenHandoffs(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error)
}

// LoadFunc adapts a function to [Load].
type LoadFunc func(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error)

// OpenHandoffs calls f(ctx, tenantID, repIDs).
func (f LoadFunc) OpenHandoffs(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error) {
	return f(ctx, tenantID, repIDs)
}
