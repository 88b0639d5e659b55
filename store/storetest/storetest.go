package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/handoffkit/handoffkit/store"
)

// Run runs the conformance suite against the stores made by newStore.
// Every rule is a subtest (grouped as "Tx/...", "Conversation/...",
// "Message/...", "Event/...", "Outbox/...", "Sending/...",
// "Suppression/...", "Tenant/...", "RoundTrip/...", and "Ability/..." for
// the optional abilities the store has) and gets its own store from
// newStore, which should register any cleanup with t.Cleanup. Subtests do
// not run in parallel, so newStore need not be safe for concurrent use;
// see [RunFeatures] to declare abilities and run in parallel.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Helper()
	run(t, newStore, false)
}

func run(t *testing.T, newStore func(t *testing.T) store.Store, parallel bool) {
	for _, g := range append(groups, group{"Ability", abilityCases()}) {
		t.Run(g.name, func(t *testing.T) {
			for _, c := range g.cases {
				t.Run(c.name, func(t *testing.T) {
					if parallel {
						t.Parallel()
					}
					st := newStore(t)
					if st == nil {
						t.Fatal("newStore returned nil")
					}
					c.fn(t, st)
				})
			}
		})
	}
}

// testCase is one rule of the contract.
type testCase struct {
	name string
	fn   func(t *testing.T, st store.Store)
}

// group is a set of rules about one part of the contract.
type group struct {
	name  string
	cases []testCase
}

// groups lists every rule; each file adds its own group in init order.
var groups = []group{
	{"Tx", txCases()},
	{"Conversation", conversationCases()},
	{"Message", messageCases()},
	{"Event", eventCases()},
	{"Outbox", outboxCases()},
	{"Sending", sendingCases()},
	{"Suppression", suppressionCases()},
	{"Tenant", tenantCases()},
	{"RoundTrip", roundTripCases()},
}

// harness bundles the store under test with helpers that fail the test on
// unexpected errors. Helpers run each operation in its own transaction.
type harness struct {
	t   *testing.T
	st  store.Store
	ctx context.Context
}

func newHarness(t *testing.T, st store.Store) *harness {
	return &harness{t: t, st: st, ctx: t.Context()}
}

// txFunc is the function type run by InTx and View.
type txFunc = func(ctx context.Context, tx store.Tx) error

// mustTx runs fn in InTx and fails the test on error.
func (h *harness) mustTx(fn txFunc) {
	h.t.Helper()
	if err := h.st.InTx(h.ctx, fn); err != nil {
		h.t.Fatalf("InTx: %v", err)
	}
}

// mustView runs fn in View and fails the test on error.
func (h *harness) mustView(fn txFunc) {
	h.t.Helper()
	if err := h.st.View(h.ctx, fn); err != nil {
		h.t.Fatalf("View: %v", err)
	}
}

func (h *harness) insertConv(cs ...*store.Conversation) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, c := range cs {
			if err := tx.ConversationInsert(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
}

func (h *harness) getConv(tenantID, id string) (store.Conversation, error) {
	var c store.Conversation
	err := h.st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		c, err = tx.ConversationGet(ctx, tenantID, id)
		return err
	})
	return c, err
}

func (h *harness) mustGetConv(tenantID, id string) store.Conversation {
	h.t.Helper()
	c, err := h.getConv(tenantID, id)
	if err != nil {
		h.t.Fatalf("ConversationGet(%q, %q): %v", tenantID, id, err)
	}
	return c
}

func (h *harness) updateConv(c *store.Conversation) error {
	return h.st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.ConversationUpdate(ctx, c)
	})
}

func (h *harness) listConvs(p store.ConversationListParams) []store.Conversation {
	h.t.Helper()
	var out []store.Conversation
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = tx.ConversationList(ctx, p)
		return err
	})
	return out
}

func (h *harness) appendMsg(ms ...*store.Message) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, m := range ms {
			if err := tx.MessageAppend(ctx, m); err != nil {
				return err
			}
		}
		return nil
	})
}

func (h *harness) listMsgs(p store.MessageListParams) []store.Message {
	h.t.Helper()
	var out []store.Message
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = tx.MessageList(ctx, p)
		return err
	})
	return out
}

func (h *harness) msgByProvider(tenantID, providerID string) (store.Message, error) {
	var m store.Message
	err := h.st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		m, err = tx.MessageGetByProviderID(ctx, tenantID, providerID)
		return err
	})
	return m, err
}

func (h *harness) appendEvent(es ...*store.Event) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, e := range es {
			if err := tx.EventAppend(ctx, e); err != nil {
				return err
			}
		}
		return nil
	})
}

func (h *harness) listEvents(tenantID, convID string) []store.Event {
	h.t.Helper()
	var out []store.Event
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = tx.EventList(ctx, tenantID, convID)
		return err
	})
	return out
}

func (h *harness) enqueue(items ...*store.OutboxItem) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, it := range items {
			if err := tx.OutboxEnqueue(ctx, it); err != nil {
				return err
			}
		}
		return nil
	})
}

func (h *harness) getItem(tenantID, id string) (store.OutboxItem, error) {
	var it store.OutboxItem
	err := h.st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		it, err = tx.OutboxGet(ctx, tenantID, id)
		return err
	})
	return it, err
}

func (h *harness) mustGetItem(tenantID, id string) store.OutboxItem {
	h.t.Helper()
	it, err := h.getItem(tenantID, id)
	if err != nil {
		h.t.Fatalf("OutboxGet(%q, %q): %v", tenantID, id, err)
	}
	return it
}

func (h *harness) listItems(p store.OutboxListParams) []store.OutboxItem {
	h.t.Helper()
	var out []store.OutboxItem
	h.mustView(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = tx.OutboxList(ctx, p)
		return err
	})
	return out
}

func (h *harness) claim(p store.OutboxClaimParams) []store.OutboxItem {
	h.t.Helper()
	var out []store.OutboxItem
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		var err error
		out, err = tx.OutboxClaim(ctx, p)
		return err
	})
	return out
}

func (h *harness) settle(p store.OutboxSettleParams) error {
	return h.st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		return tx.OutboxSettle(ctx, p)
	})
}

func (h *harness) mustSettle(p store.OutboxSettleParams) {
	h.t.Helper()
	if err := h.settle(p); err != nil {
		h.t.Fatalf("OutboxSettle(%s %s -> %s): %v", p.TenantID, p.ID, p.Status, err)
	}
}

func (h *harness) cancel(p store.OutboxCancelParams) (int, error) {
	var n int
	err := h.st.InTx(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		n, err = tx.OutboxCancel(ctx, p)
		return err
	})
	return n, err
}

func (h *harness) putSupp(ss ...*store.Suppression) {
	h.t.Helper()
	h.mustTx(func(ctx context.Context, tx store.Tx) error {
		for _, s := range ss {
			if err := tx.SuppressionPut(ctx, s); err != nil {
				return err
			}
		}
		return nil
	})
}

func (h *harness) getSupp(tenantID, address string) (store.Suppression, error) {
	var s store.Suppression
	err := h.st.View(h.ctx, func(ctx context.Context, tx store.Tx) error {
		var err error
		s, err = tx.SuppressionGet(ctx, tenantID, address)
		return err
	})
	return s, err
}

// wantErr fails the test unless errors.Is(err, target).
func wantErr(t *testing.T, err, target error, what string) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Fatalf("%s: got error %v, want one wrapping %v", what, err, target)
	}
}

// noErr fails the test if err is not nil.
func noErr(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}
