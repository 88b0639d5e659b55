// Package route picks the rep who receives a handoff: account owner first
// when known, then skill and territory matches among available reps, with
// round-robin among equals.
package route

import (
	"context"
	"errors"
	"slices"
	"sync"
)

// ErrNoRep means no available rep matches the request.
var ErrNoRep = errors.New("route: no available rep")

// Rep is a person who can receive handoffs.
type Rep struct {
	ID          string
	Name        string
	Skills      []string // "technical", "commercial", "spanish", ...
	Territories []string // "TX", "EMEA", ...
	Unavailable bool     // off shift, on vacation
}

// Request describes the lead being handed off.
type Request struct {
	TenantID       string
	ConversationID string
	Reason         string   // trigger reason
	OwnerID        string   // the CRM's account owner, if any
	Territory      string   // "" when unknown
	Skills         []string // skills the lead needs, "" when none
}

// Assignment is the chosen rep.
type Assignment struct {
	RepID   string
	RepName string
	Rule    string // "owner", "skill", "territory", "round_robin"
}

// Router assigns a rep to a handoff. Implementations must be safe for
// concurrent use; they run outside any transaction and may call out.
type Router interface {
	Route(ctx context.Context, req Request) (Assignment, error)
}

// RouterFunc adapts a function to [Router].
type RouterFunc func(ctx context.Context, req Request) (Assignment, error)

// Route calls f(ctx, req).
func (f RouterFunc) Route(ctx context.Context, req Request) (Assignment, error) { return f(ctx, req) }

// Pool is the reference [Router] over a fixed team: the account owner when
// available, otherwise the available reps with the most matching skills
// and territory, round-robin among them.
type Pool struct {
	mu   sync.Mutex
	reps []Rep
	next int
}

// NewPool returns a Pool over reps (copied).
func NewPool(reps ...Rep) *Pool { return &Pool{reps: slices.Clone(reps)} }

// SetAvailable marks a rep available or not.
func (p *Pool) SetAvailable(repID string, available bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := range p.reps {
		if p.reps[i].ID == repID {
			p.reps[i].Unavailable = !available
		}
	}
}

// Route implements [Router].
func (p *Pool) Route(ctx context.Context, req Request) (Assignment, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if req.OwnerID != "" {
		for _, r := range p.reps {
			if r.ID == req.OwnerID && !r.Unavailable {
				return Assignment{RepID: r.ID, RepName: r.Name, Rule: "owner"}, nil
			}
		}
	}
	best, bestScore := []int(nil), -1
	for i, r := range p.reps {
		if r.Unavailable {
			continue
		}
		s := 0
		for _, sk := range req.Skills {
			if slices.Contains(r.Skills, sk) {
				s += 2
			}
		}
		if req.Territory != "" && slices.Contains(r.Territories, req.Territory) {
			s++
		}
		switch {
		case s > bestScore:
			best, bestScore = []int{i}, s
		case s == bestScore:
			best = append(best, i)
		}
	}
	if len(best) == 0 {
		return Assignment{}, ErrNoRep
	}
	i := best[p.next%len(best)]
	p.next++
	rule := "round_robin"
	if bestScore > 0 {
		rule = "match"
	}
	return Assignment{RepID: p.reps[i].ID, RepName: p.reps[i].Name, Rule: rule}, nil
}
