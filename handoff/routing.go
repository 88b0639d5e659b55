package handoff

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/handoffkit/handoffkit/route"
	"github.com/handoffkit/handoffkit/store"
	"github.com/handoffkit/handoffkit/trigger"
)

// StoreSequencer is a [route.Sequencer] kept in st, so that round-robin
// stays fair across restarts and across every instance sharing the store.
// Each Next is its own short transaction. On a store without the
// [store.RoutingTx] ability it returns an error wrapping
// errors.ErrUnsupported; use route.NewMemorySequencer there.
func StoreSequencer(st store.Store) route.Sequencer {
	return route.SequencerFunc(func(ctx context.Context, tenantID, key string) (uint64, error) {
		var v uint64
		err := st.InTx(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			v, err = store.NextCounter(ctx, tx, tenantID, key)
			return err
		})
		return v, err
	})
}

// StoreLoad is a [route.Load] that counts each rep's open handoffs (status
// hot) in st, across every instance sharing the store.
func StoreLoad(st store.Store) route.Load {
	return route.LoadFunc(func(ctx context.Context, tenantID string, repIDs []string) (map[string]int, error) {
		var out map[string]int
		err := st.View(ctx, func(ctx context.Context, tx store.Tx) error {
			var err error
			out, err = store.OpenHandoffCounts(ctx, tx, tenantID, repIDs)
			return err
		})
		return out, err
	})
}

// routeRequest is what the Router sees of a handoff: the whole lead.
func (e *Engine) routeRequest(c store.Conversation, reason trigger.Reason, sig trigger.Signals, message string, fields map[string]string, score int, tags []string) route.Request {
	req := route.Request{TenantID: c.TenantID, ConversationID: c.ID, Reason: string(reason),
		Lead:   route.Lead{OwnerID: c.Lead.OwnerID, Company: c.Lead.Company, Region: c.Attributes[AttributeRegion], Phone: c.Lead.Phone, Lang: c.Lang},
		Fields: fields, Score: score, Message: message, At: e.now(),
		Signals: route.Signals{Competitors: slices.Clone(sig.Competitors), HighValue: reason == trigger.ReasonHighValue}}
	for _, t := range sig.OutOfScope {
		req.Signals.Topics = append(req.Signals.Topics, route.Topic(t))
	}
	for _, t := range c.Tags {
		req.Tags = append(req.Tags, t.Name)
		if t.Name == "high_value" {
			req.Signals.HighValue = true
		}
	}
	for _, t := range tags {
		if !slices.Contains(req.Tags, t) {
			req.Tags = append(req.Tags, t)
		}
		if t == "high_value" {
			req.Signals.HighValue = true
		}
	}
	sort.Strings(req.Tags)
	return req
}

// assign asks the Router, outside any transaction; a router failure or no
// eligible rep leaves the handoff to the team queue (unassigned).
func (e *Engine) assign(ctx context.Context, req route.Request, tried ...string) (route.Assignment, error) {
	if e.cfg.Router == nil {
		return route.Assignment{}, route.ErrNoRep
	}
	rctx, cancel := context.WithTimeout(ctx, e.cfg.DraftTimeout)
	defer cancel()
	tried = append(slices.Clone(tried), stateOf(ctx).excluded()...)
	a, err := route.NextEligible(rctx, e.cfg.Router, req, tried...)
	if err == nil {
		a, err = e.storableAssignment(ctx, req, a)
	}
	if err != nil && !errors.Is(err, route.ErrNoRep) {
		e.warn(ctx, req.TenantID, req.ConversationID, "handoff: router failed; the team queue takes the handoff", "err", logged(err, routerTexts(req)...))
	}
	return a, err
}

// routerTexts lists what a Router is handed of the lead's words (the
// message, the known values, the company), for logged.
func routerTexts(req route.Request) []string {
	out := []string{req.Message, req.Lead.Company}
	for _, v := range req.Fields {
		out = append(out, v)
	}
	return out
}

// storableAssignment is the Router's a as the engine records it. A rep ID
// that is not an identifier as IDs are (checkOptionalID: at most 256 bytes
// of valid UTF-8, no NUL or other control or format character) names no
// rep a store can keep, nor a rep anyone could act as: the routing failed,
// and the team queue takes the handoff, rather than the commit that
// records the lead's message failing. A name that is no value
// (checkHostValue) is dropped, as if the router gave none, so it never
// reaches a lead's text; Rule and Match, audit text, are hostLine text.
func (e *Engine) storableAssignment(ctx context.Context, req route.Request, a route.Assignment) (route.Assignment, error) {
	if err := checkOptionalID("RepID", a.RepID); err != nil {
		return route.Assignment{}, fmt.Errorf("handoff: router answered a rep ID no store keeps: %w", err)
	}
	if a.RepName != "" {
		if err := checkHostValue("RepName", a.RepName); err != nil {
			e.warn(ctx, req.TenantID, req.ConversationID, "handoff: router's rep name dropped", "rep", a.RepID, "err", err)
			a.RepName = ""
		}
	}
	a.Rule, a.Match = route.Rule(hostLine(string(a.Rule), maxIDBytes)), hostLine(a.Match, maxHostValueBytes)
	return a, nil
}

// capacityCheck re-checks a's cap inside the commit that assigns the rep:
// the router counted the rep's open handoffs outside any transaction, so
// simultaneous handoffs (in one process or several) could each take the
// last place. The store's address lock, keyed "rep:<id>" (no lead address
// has that form: phones are E.164, e-mails have no colon before the @),
// serialises the commits that assign one rep; it is taken after the lead's
// address lock, never before. A full rep is recorded in the call state and
// the check answers ErrConflict, so the pipeline plans again and routes
// with that rep excluded, to another rep or the team queue, whatever the
// router's own Load says. It runs among the commit's inTx writes, before
// the conversation is written, so the conversation does not count itself.
// Nil when a has no cap.
func capacityCheck(tenantID string, a route.Assignment) func(context.Context, store.Tx) error {
	if a.RepID == "" || a.MaxOpen <= 0 {
		return nil
	}
	return func(ctx context.Context, tx store.Tx) error {
		if err := store.LockAddress(ctx, tx, tenantID, "rep:"+a.RepID); err != nil {
			return err
		}
		open, err := store.OpenHandoffCounts(ctx, tx, tenantID, []string{a.RepID})
		if err != nil {
			return err
		}
		if open[a.RepID] >= a.MaxOpen {
			if st := stateOf(ctx); st != nil {
				st.markFull(a.RepID)
			}
			return fmt.Errorf("handoff: rep %s already holds %d open handoffs (MaxOpen %d): %w", a.RepID, open[a.RepID], a.MaxOpen, store.ErrConflict)
		}
		return nil
	}
}

// slaPayload is the payload of an sla_check item: which assignment it
// checks and who was tried.
type slaPayload struct {
	Attempt    int       `json:"attempt"` // 1 for the first assignment's check
	RepID      string    `json:"rep_id"`  // the rep who should have engaged
	AssignedAt time.Time `json:"assigned_at"`
	HandoffAt  time.Time `json:"handoff_at"`
	Tried      []string  `json:"tried"`
}

// slaSend is the send of the 5-minute rule's check for the current
// assignment, due Config.SLA after now, which is the clock (never a
// change's date: see Engine.stamp); none when the SLA is off.
func (e *Engine) slaSend(c store.Conversation, p slaPayload, key string, now time.Time) []send {
	if e.cfg.SLA < 0 {
		return nil
	}
	p.AssignedAt = now
	return []send{{kind: store.OutboxSLACheck, msg: -1, payload: mustJSON(p), key: key, notBefore: now.Add(e.cfg.SLA)}}
}
